//! The one migration set, written once for SQLite and PostgreSQL alike.

use sea_orm_migration::prelude::*;

mod m0001_foundation;
mod m0002_trusted_devices;
mod m0003_jobs;
mod m0004_academy;
mod m0005_files_and_api_tokens;
mod m0006_events;
mod m0007_calendar_feeds;
mod m0008_feedback;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m0001_foundation::Migration),
            Box::new(m0002_trusted_devices::Migration),
            Box::new(m0003_jobs::Migration),
            Box::new(m0004_academy::Migration),
            Box::new(m0005_files_and_api_tokens::Migration),
            Box::new(m0006_events::Migration),
            Box::new(m0007_calendar_feeds::Migration),
            Box::new(m0008_feedback::Migration),
        ]
    }
}
