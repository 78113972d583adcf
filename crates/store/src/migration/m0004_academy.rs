//! The Manager Academy: themes cut into parts, their texts per language, revisions,
//! and what managers do with them (progress, ratings, tool answers, subscriptions).

use sea_orm_migration::{prelude::*, schema::*};

use super::cascading_fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("themes")
                .col(pk_auto("id"))
                .col(string_uniq("slug"))
                .col(integer("position"))
                .col(string_len("source_lang", 2))
                .col(timestamp_with_time_zone_null("published_at"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("theme_texts")
                .col(integer("theme_id"))
                .col(string_len("lang", 2))
                .col(string("title"))
                .col(text("summary"))
                .col(text("hr_note"))
                .col(timestamp_with_time_zone("updated_at"))
                .primary_key(Index::create().col("theme_id").col("lang"))
                .foreign_key(&mut cascading_fk("theme_texts", "theme_id", "themes"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("parts")
                .col(pk_auto("id"))
                .col(integer("theme_id"))
                .col(string("kind"))
                .col(integer("minutes"))
                .col(integer("position"))
                .col(string_null("video_url"))
                .foreign_key(&mut cascading_fk("parts", "theme_id", "themes"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_parts_theme")
                .table("parts")
                .col("theme_id")
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("part_texts")
                .col(integer("part_id"))
                .col(string_len("lang", 2))
                .col(string("title"))
                .col(text("body"))
                .col(text("transcript"))
                .col(text("captions"))
                .col(text("checklist"))
                .col(timestamp_with_time_zone("updated_at"))
                .primary_key(Index::create().col("part_id").col("lang"))
                .foreign_key(&mut cascading_fk("part_texts", "part_id", "parts"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("theme_revisions")
                .col(pk_auto("id"))
                .col(integer("theme_id"))
                .col(integer("number"))
                .col(text("snapshot"))
                .col(integer_null("author_id"))
                .col(string("action"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut cascading_fk("theme_revisions", "theme_id", "themes"))
                .index(
                    Index::create()
                        .name("ux_theme_revisions_number")
                        .col("theme_id")
                        .col("number")
                        .unique(),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("part_progress")
                .col(integer("user_id"))
                .col(integer("part_id"))
                .col(timestamp_with_time_zone("started_at"))
                .col(timestamp_with_time_zone_null("finished_at"))
                .col(timestamp_with_time_zone("seen_at"))
                .primary_key(Index::create().col("user_id").col("part_id"))
                .foreign_key(&mut cascading_fk("part_progress", "user_id", "users"))
                .foreign_key(&mut cascading_fk("part_progress", "part_id", "parts"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("part_ratings")
                .col(integer("user_id"))
                .col(integer("part_id"))
                .col(integer("usefulness"))
                .col(boolean("used_with_team"))
                .col(text("comment"))
                .col(timestamp_with_time_zone("rated_at"))
                .primary_key(Index::create().col("user_id").col("part_id"))
                .foreign_key(&mut cascading_fk("part_ratings", "user_id", "users"))
                .foreign_key(&mut cascading_fk("part_ratings", "part_id", "parts"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("tool_answers")
                .col(integer("user_id"))
                .col(integer("part_id"))
                .col(text("answers"))
                .col(timestamp_with_time_zone("updated_at"))
                .primary_key(Index::create().col("user_id").col("part_id"))
                .foreign_key(&mut cascading_fk("tool_answers", "user_id", "users"))
                .foreign_key(&mut cascading_fk("tool_answers", "part_id", "parts"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("theme_subscriptions")
                .col(integer("user_id").primary_key())
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut cascading_fk("theme_subscriptions", "user_id", "users"))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "theme_subscriptions",
            "tool_answers",
            "part_ratings",
            "part_progress",
            "theme_revisions",
            "part_texts",
            "parts",
            "theme_texts",
            "themes",
        ] {
            m.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
