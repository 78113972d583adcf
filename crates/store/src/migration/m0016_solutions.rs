//! The progress arena: development solutions with their texts per language and their
//! moderation history, and the challenge campaigns that bring them.

use sea_orm_migration::{prelude::*, schema::*};

use super::{cascading_fk, fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("solution_campaigns")
                .col(pk_auto("id"))
                .col(string("title_fi"))
                .col(string("title_sv"))
                .col(text("call_fi"))
                .col(text("call_sv"))
                .col(string("topic"))
                .col(text("prize_fi"))
                .col(text("prize_sv"))
                .col(timestamp_with_time_zone("opens_at"))
                .col(timestamp_with_time_zone("closes_at"))
                .col(integer_null("created_by"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk(
                    "solution_campaigns",
                    "created_by",
                    "users",
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("solutions")
                .col(pk_auto("id"))
                .col(integer("organisation_id"))
                .col(integer_null("author_id"))
                .col(integer_null("campaign_id"))
                .col(string("state"))
                .col(string("original_lang"))
                .col(string("sector"))
                .col(string("topic"))
                .col(integer("year"))
                .col(string("period"))
                .col(string("contact_name"))
                .col(string("contact_email"))
                .col(boolean("contact_consent"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone_null("submitted_at"))
                .col(timestamp_with_time_zone_null("approved_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .foreign_key(&mut cascading_fk(
                    "solutions",
                    "organisation_id",
                    "organisations",
                ))
                .foreign_key(&mut fk(
                    "solutions",
                    "author_id",
                    "users",
                    ForeignKeyAction::SetNull,
                ))
                .foreign_key(&mut fk(
                    "solutions",
                    "campaign_id",
                    "solution_campaigns",
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_solutions_state")
                .table("solutions")
                .col("state")
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("solution_texts")
                .col(integer("solution_id"))
                .col(string("lang"))
                .col(string("title"))
                .col(text("problem"))
                .col(text("actions"))
                .col(text("results"))
                .col(text("lessons"))
                .primary_key(Index::create().col("solution_id").col("lang"))
                .foreign_key(&mut cascading_fk(
                    "solution_texts",
                    "solution_id",
                    "solutions",
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("solution_history")
                .col(pk_auto("id"))
                .col(integer("solution_id"))
                .col(timestamp_with_time_zone("at"))
                .col(integer_null("actor_id"))
                .col(string("action"))
                .col(text("reason"))
                .foreign_key(&mut cascading_fk(
                    "solution_history",
                    "solution_id",
                    "solutions",
                ))
                .foreign_key(&mut fk(
                    "solution_history",
                    "actor_id",
                    "users",
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "solution_history",
            "solution_texts",
            "solutions",
            "solution_campaigns",
        ] {
            m.drop_table(Table::drop().table(table.to_owned()).to_owned())
                .await?;
        }
        Ok(())
    }
}
