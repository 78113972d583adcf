//! Uploaded files (their bytes live in the file storage, their facts here), a part's
//! file, and personal API tokens.

use sea_orm_migration::{prelude::*, schema::*};

use super::cascading_fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("files")
                .col(pk_auto("id"))
                .col(string_uniq("storage_key"))
                .col(string("name"))
                .col(string("content_type"))
                .col(big_integer("size"))
                .col(string("sha256"))
                .col(integer_null("uploaded_by"))
                .col(timestamp_with_time_zone("created_at"))
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table("parts")
                .add_column(integer_null("file_id"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("api_tokens")
                .col(pk_auto("id"))
                .col(integer("user_id"))
                .col(string("name"))
                .col(string_uniq("token_hash"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone_null("last_used_at"))
                .foreign_key(&mut cascading_fk("api_tokens", "user_id", "users"))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("api_tokens").to_owned())
            .await?;
        m.alter_table(
            Table::alter()
                .table("parts")
                .drop_column("file_id")
                .to_owned(),
        )
        .await?;
        m.drop_table(Table::drop().table("files").to_owned()).await
    }
}
