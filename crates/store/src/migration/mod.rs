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
mod m0009_event_materials_and_invitations;
mod m0010_org_english_name_and_first_publication;
mod m0011_coaching;
mod m0012_tasks_assessments_evaluation;
mod m0013_certificates;
mod m0014_sparring;
mod m0015_training_sessions;
mod m0016_solutions;
mod m0017_solution_files;
mod m0018_newsletters;
mod m0019_statistics_years;
mod m0020_newsletter_images;
mod m0021_registrations_by_person;
mod m0022_erasure;
mod m0023_identity_providers;
mod m0024_invitations_by_person;
mod m0025_statistics_kept_by_activity;
mod m0026_registrations_by_person_cover_the_event;
mod m0027_events_by_end_and_theme;
mod m0028_statistics_kept_in_parts;

pub struct Migrator;

/// A foreign key named `fk_{from}_{column}`, to `to.id`.
fn fk(
    from: &str,
    column: &str,
    to: &str,
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(format!("fk_{from}_{column}"))
        .from(from.to_owned(), column.to_owned())
        .to(to.to_owned(), "id")
        .on_delete(on_delete)
        .to_owned()
}

/// A foreign key whose rows go with the row they point at.
fn cascading_fk(from: &str, column: &str, to: &str) -> ForeignKeyCreateStatement {
    fk(from, column, to, ForeignKeyAction::Cascade)
}

/// An index over the columns.
fn index(name: &str, table: &str, columns: &[&str]) -> IndexCreateStatement {
    let mut index = Index::create();
    index.name(name).table(table.to_owned());
    for column in columns {
        index.col(Alias::new(*column));
    }
    index.to_owned()
}

/// A unique index over the columns.
fn unique(name: &str, table: &str, columns: &[&str]) -> IndexCreateStatement {
    index(name, table, columns).unique().to_owned()
}

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
            Box::new(m0009_event_materials_and_invitations::Migration),
            Box::new(m0010_org_english_name_and_first_publication::Migration),
            Box::new(m0011_coaching::Migration),
            Box::new(m0012_tasks_assessments_evaluation::Migration),
            Box::new(m0013_certificates::Migration),
            Box::new(m0014_sparring::Migration),
            Box::new(m0015_training_sessions::Migration),
            Box::new(m0016_solutions::Migration),
            Box::new(m0017_solution_files::Migration),
            Box::new(m0018_newsletters::Migration),
            Box::new(m0019_statistics_years::Migration),
            Box::new(m0020_newsletter_images::Migration),
            Box::new(m0021_registrations_by_person::Migration),
            Box::new(m0022_erasure::Migration),
            Box::new(m0023_identity_providers::Migration),
            Box::new(m0024_invitations_by_person::Migration),
            Box::new(m0025_statistics_kept_by_activity::Migration),
            Box::new(m0026_registrations_by_person_cover_the_event::Migration),
            Box::new(m0027_events_by_end_and_theme::Migration),
            Box::new(m0028_statistics_kept_in_parts::Migration),
        ]
    }
}
