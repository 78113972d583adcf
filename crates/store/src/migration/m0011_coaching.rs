//! The EKJ coaching programme: cohorts, the organisations taking part with their
//! development projects (parts, responsible managers, progress logs), participants,
//! the cohort's leadership forums (events) with their lecturers, and peer groups.

use sea_orm_migration::{prelude::*, schema::*};

use super::{cascading_fk, fk, unique};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("cohorts")
                .col(pk_auto("id"))
                .col(string("code"))
                .col(string("name_fi"))
                .col(string("name_sv"))
                .col(integer("provider_id"))
                .col(date("starts_on"))
                .col(date("ends_on"))
                .col(string("status"))
                .col(integer("forums"))
                .col(text("description_fi"))
                .col(text("description_sv"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk(
                    "cohorts",
                    "provider_id",
                    "organisations",
                    ForeignKeyAction::Restrict,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(unique("ux_cohorts_code", "cohorts", &["code"]))
            .await?;

        m.create_table(
            Table::create()
                .table("cohort_organisations")
                .col(pk_auto("id"))
                .col(integer("cohort_id"))
                .col(integer("organisation_id"))
                .col(string("project_title_fi"))
                .col(string("project_title_sv"))
                .col(text("goals"))
                .foreign_key(&mut cascading_fk(
                    "cohort_organisations",
                    "cohort_id",
                    "cohorts",
                ))
                .foreign_key(&mut fk(
                    "cohort_organisations",
                    "organisation_id",
                    "organisations",
                    ForeignKeyAction::Restrict,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(unique(
            "ux_cohort_organisations",
            "cohort_organisations",
            &["cohort_id", "organisation_id"],
        ))
        .await?;

        m.create_table(
            Table::create()
                .table("project_parts")
                .col(pk_auto("id"))
                .col(integer("project_id"))
                .col(integer("position"))
                .col(string("title_fi"))
                .col(string("title_sv"))
                .col(text("result_goal"))
                .foreign_key(&mut cascading_fk(
                    "project_parts",
                    "project_id",
                    "cohort_organisations",
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("project_part_managers")
                .col(integer("part_id"))
                .col(integer("user_id"))
                .primary_key(Index::create().col("part_id").col("user_id"))
                .foreign_key(&mut cascading_fk(
                    "project_part_managers",
                    "part_id",
                    "project_parts",
                ))
                .foreign_key(&mut cascading_fk(
                    "project_part_managers",
                    "user_id",
                    "users",
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("progress_entries")
                .col(pk_auto("id"))
                .col(integer("part_id"))
                .col(integer_null("written_by"))
                .col(date("done_on"))
                .col(text("what"))
                .col(string("status"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut cascading_fk(
                    "progress_entries",
                    "part_id",
                    "project_parts",
                ))
                .foreign_key(&mut fk(
                    "progress_entries",
                    "written_by",
                    "users",
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("participants")
                .col(pk_auto("id"))
                .col(integer("cohort_id"))
                .col(integer("user_id"))
                .col(string("sector"))
                .col(string("level"))
                .col(string("enrolment"))
                .col(integer_null("proposed_by"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut cascading_fk("participants", "cohort_id", "cohorts"))
                .foreign_key(&mut cascading_fk("participants", "user_id", "users"))
                .foreign_key(&mut fk(
                    "participants",
                    "proposed_by",
                    "users",
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(unique(
            "ux_participants",
            "participants",
            &["cohort_id", "user_id"],
        ))
        .await?;
        m.create_index(
            Index::create()
                .name("ix_participants_user")
                .table("participants")
                .col("user_id")
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("cohort_forums")
                .col(integer("event_id").primary_key())
                .col(integer("cohort_id"))
                .col(integer("position"))
                .foreign_key(&mut cascading_fk("cohort_forums", "event_id", "events"))
                .foreign_key(&mut cascading_fk("cohort_forums", "cohort_id", "cohorts"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("forum_lecturers")
                .col(pk_auto("id"))
                .col(integer("event_id"))
                .col(string("name"))
                .col(string("affiliation"))
                .foreign_key(&mut cascading_fk("forum_lecturers", "event_id", "events"))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("peer_groups")
                .col(pk_auto("id"))
                .col(integer("cohort_id"))
                .col(string("name"))
                .foreign_key(&mut cascading_fk("peer_groups", "cohort_id", "cohorts"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("peer_group_members")
                .col(integer("group_id"))
                .col(integer("user_id"))
                .col(integer("cohort_id"))
                .primary_key(Index::create().col("group_id").col("user_id"))
                .foreign_key(&mut cascading_fk(
                    "peer_group_members",
                    "group_id",
                    "peer_groups",
                ))
                .foreign_key(&mut cascading_fk("peer_group_members", "user_id", "users"))
                .to_owned(),
        )
        .await?;
        // A person is in at most one peer group of a cohort.
        m.create_index(unique(
            "ux_peer_group_members_cohort",
            "peer_group_members",
            &["cohort_id", "user_id"],
        ))
        .await?;
        m.create_table(
            Table::create()
                .table("peer_group_meetings")
                .col(pk_auto("id"))
                .col(integer("group_id"))
                .col(timestamp_with_time_zone("meets_at"))
                .col(string("place"))
                .col(text("notes"))
                .col(integer_null("written_by"))
                .foreign_key(&mut cascading_fk(
                    "peer_group_meetings",
                    "group_id",
                    "peer_groups",
                ))
                .foreign_key(&mut fk(
                    "peer_group_meetings",
                    "written_by",
                    "users",
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("peer_group_posts")
                .col(pk_auto("id"))
                .col(integer("group_id"))
                .col(integer("author_id"))
                .col(text("body"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone_null("edited_at"))
                .foreign_key(&mut cascading_fk(
                    "peer_group_posts",
                    "group_id",
                    "peer_groups",
                ))
                .foreign_key(&mut cascading_fk("peer_group_posts", "author_id", "users"))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "peer_group_posts",
            "peer_group_meetings",
            "peer_group_members",
            "peer_groups",
            "forum_lecturers",
            "cohort_forums",
            "participants",
            "progress_entries",
            "project_part_managers",
            "project_parts",
            "cohort_organisations",
            "cohorts",
        ] {
            m.drop_table(Table::drop().table(table.to_owned()).to_owned())
                .await?;
        }
        Ok(())
    }
}
