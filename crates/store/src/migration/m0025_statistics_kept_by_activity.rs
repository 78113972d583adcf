//! The years the nightly refresh counted were kept with each record written whole;
//! they are now kept by activity (`store::statistics::Kept`). The years kept the old
//! way go: until the next night's refresh keeps them again, a page counts them from
//! the rows, as it does a year never counted.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.exec_stmt(Query::delete().from_table("statistics_years").to_owned())
            .await
    }

    /// The years counted since are kept the new way, which the old code cannot read;
    /// they go too, and are counted from the rows.
    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.exec_stmt(Query::delete().from_table("statistics_years").to_owned())
            .await
    }
}
