//! The coaching programme's second part: interim tasks and the certificate work (the
//! work of a participant or a peer group, every handing-in kept with its feedback,
//! extensions, the coaches' daily digests), the self-assessment at the start and the
//! end, and the developmental evaluation's surveys, rounds and answers (an anonymous
//! answer holds no person; who has answered is a separate mark without a time).

use sea_orm_migration::{prelude::*, schema::*};

use super::{cascading_fk, fk, unique};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// A foreign key to a user that forgets the user when the account goes.
fn written_by(table: &str, column: &str) -> ForeignKeyCreateStatement {
    fk(table, column, "users", ForeignKeyAction::SetNull)
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table("cohorts")
                .add_column(date_null("end_assessment_on"))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("tasks")
                .col(pk_auto("id"))
                .col(integer("cohort_id"))
                .col(string("kind"))
                .col(string("title_fi"))
                .col(string("title_sv"))
                .col(text("instructions_fi"))
                .col(text("instructions_sv"))
                .col(timestamp_with_time_zone("opens_at"))
                .col(timestamp_with_time_zone("due_at"))
                .col(timestamp_with_time_zone("closes_at"))
                .col(boolean("for_groups"))
                .col(integer_null("created_by"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut cascading_fk("tasks", "cohort_id", "cohorts"))
                .foreign_key(&mut written_by("tasks", "created_by"))
                .to_owned(),
        )
        .await?;
        // One certificate work per cohort; SQLite and PostgreSQL write a partial index
        // the same way.
        m.get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX ux_tasks_certificate_work ON tasks (cohort_id) \
                 WHERE kind = 'certificate_work'",
            )
            .await?;
        m.create_table(
            Table::create()
                .table("task_attachments")
                .col(integer("task_id"))
                .col(integer("file_id"))
                .primary_key(Index::create().col("task_id").col("file_id"))
                .foreign_key(&mut cascading_fk("task_attachments", "task_id", "tasks"))
                .foreign_key(&mut fk(
                    "task_attachments",
                    "file_id",
                    "files",
                    ForeignKeyAction::Restrict,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("task_extensions")
                .col(integer("task_id"))
                .col(integer("user_id"))
                .col(timestamp_with_time_zone("due_at"))
                .col(integer_null("granted_by"))
                .primary_key(Index::create().col("task_id").col("user_id"))
                .foreign_key(&mut cascading_fk("task_extensions", "task_id", "tasks"))
                .foreign_key(&mut cascading_fk("task_extensions", "user_id", "users"))
                .foreign_key(&mut written_by("task_extensions", "granted_by"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("works")
                .col(pk_auto("id"))
                .col(integer("task_id"))
                .col(integer_null("user_id"))
                .col(integer_null("group_id"))
                .col(text("body"))
                .col(timestamp_with_time_zone("updated_at"))
                .foreign_key(&mut cascading_fk("works", "task_id", "tasks"))
                .foreign_key(&mut cascading_fk("works", "user_id", "users"))
                .foreign_key(&mut cascading_fk("works", "group_id", "peer_groups"))
                .to_owned(),
        )
        .await?;
        m.create_index(unique("ux_works_person", "works", &["task_id", "user_id"]))
            .await?;
        m.create_index(unique("ux_works_group", "works", &["task_id", "group_id"]))
            .await?;
        m.create_table(
            Table::create()
                .table("work_files")
                .col(integer("work_id"))
                .col(integer("file_id"))
                .primary_key(Index::create().col("work_id").col("file_id"))
                .foreign_key(&mut cascading_fk("work_files", "work_id", "works"))
                .foreign_key(&mut fk(
                    "work_files",
                    "file_id",
                    "files",
                    ForeignKeyAction::Restrict,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("attempts")
                .col(pk_auto("id"))
                .col(integer("work_id"))
                .col(integer("number"))
                .col(text("body"))
                .col(timestamp_with_time_zone("submitted_at"))
                .col(integer_null("submitted_by"))
                .col(boolean("late"))
                .col(string_null("outcome"))
                .col(text_null("feedback"))
                .col(integer_null("feedback_file_id"))
                .col(integer_null("feedback_by"))
                .col(timestamp_with_time_zone_null("feedback_at"))
                .foreign_key(&mut cascading_fk("attempts", "work_id", "works"))
                .foreign_key(&mut written_by("attempts", "submitted_by"))
                .foreign_key(&mut written_by("attempts", "feedback_by"))
                .foreign_key(&mut fk(
                    "attempts",
                    "feedback_file_id",
                    "files",
                    ForeignKeyAction::Restrict,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(unique("ux_attempts", "attempts", &["work_id", "number"]))
            .await?;
        m.create_table(
            Table::create()
                .table("attempt_files")
                .col(integer("attempt_id"))
                .col(integer("file_id"))
                .primary_key(Index::create().col("attempt_id").col("file_id"))
                .foreign_key(&mut cascading_fk("attempt_files", "attempt_id", "attempts"))
                .foreign_key(&mut fk(
                    "attempt_files",
                    "file_id",
                    "files",
                    ForeignKeyAction::Restrict,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("coach_digests")
                .col(integer("coach_id"))
                .col(timestamp_with_time_zone("due_at"))
                .primary_key(Index::create().col("coach_id").col("due_at"))
                .foreign_key(&mut cascading_fk("coach_digests", "coach_id", "users"))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("self_assessments")
                .col(pk_auto("id"))
                .col(integer("cohort_id"))
                .col(integer("user_id"))
                .col(string("phase"))
                .col(integer("instrument"))
                .col(timestamp_with_time_zone("submitted_at"))
                .foreign_key(&mut cascading_fk(
                    "self_assessments",
                    "cohort_id",
                    "cohorts",
                ))
                .foreign_key(&mut cascading_fk("self_assessments", "user_id", "users"))
                .to_owned(),
        )
        .await?;
        m.create_index(unique(
            "ux_self_assessments",
            "self_assessments",
            &["cohort_id", "user_id", "phase"],
        ))
        .await?;
        m.create_table(
            Table::create()
                .table("self_assessment_answers")
                .col(integer("assessment_id"))
                .col(string("statement"))
                .col(integer("rating"))
                .col(text("comment"))
                .primary_key(Index::create().col("assessment_id").col("statement"))
                .foreign_key(&mut cascading_fk(
                    "self_assessment_answers",
                    "assessment_id",
                    "self_assessments",
                ))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("surveys")
                .col(pk_auto("id"))
                .col(integer("cohort_id"))
                .col(string("title_fi"))
                .col(string("title_sv"))
                .col(integer_null("created_by"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut cascading_fk("surveys", "cohort_id", "cohorts"))
                .foreign_key(&mut written_by("surveys", "created_by"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("survey_questions")
                .col(pk_auto("id"))
                .col(integer("survey_id"))
                .col(integer("position"))
                .col(string("kind"))
                .col(text("text_fi"))
                .col(text("text_sv"))
                .col(text("options_fi"))
                .col(text("options_sv"))
                .foreign_key(&mut cascading_fk(
                    "survey_questions",
                    "survey_id",
                    "surveys",
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("survey_rounds")
                .col(pk_auto("id"))
                .col(integer("survey_id"))
                .col(string("name_fi"))
                .col(string("name_sv"))
                .col(boolean("anonymous"))
                .col(string("status"))
                .col(date("closes_on"))
                .col(timestamp_with_time_zone_null("opened_at"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut cascading_fk("survey_rounds", "survey_id", "surveys"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("round_respondents")
                .col(integer("round_id"))
                .col(integer("user_id"))
                .col(integer("organisation_id"))
                .col(boolean("answered"))
                .primary_key(Index::create().col("round_id").col("user_id"))
                .foreign_key(&mut cascading_fk(
                    "round_respondents",
                    "round_id",
                    "survey_rounds",
                ))
                .foreign_key(&mut cascading_fk("round_respondents", "user_id", "users"))
                .foreign_key(&mut cascading_fk(
                    "round_respondents",
                    "organisation_id",
                    "organisations",
                ))
                .to_owned(),
        )
        .await?;
        // No time and no person (unless the round is named): only which organisation.
        m.create_table(
            Table::create()
                .table("round_responses")
                .col(pk_auto("id"))
                .col(integer("round_id"))
                .col(integer("organisation_id"))
                .col(integer_null("user_id"))
                .foreign_key(&mut cascading_fk(
                    "round_responses",
                    "round_id",
                    "survey_rounds",
                ))
                .foreign_key(&mut cascading_fk(
                    "round_responses",
                    "organisation_id",
                    "organisations",
                ))
                .foreign_key(&mut fk(
                    "round_responses",
                    "user_id",
                    "users",
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("round_answers")
                .col(integer("response_id"))
                .col(integer("question_id"))
                .col(integer_null("rating"))
                .col(boolean("cannot_say"))
                .col(integer_null("choice"))
                .col(text("body"))
                .primary_key(Index::create().col("response_id").col("question_id"))
                .foreign_key(&mut cascading_fk(
                    "round_answers",
                    "response_id",
                    "round_responses",
                ))
                .foreign_key(&mut cascading_fk(
                    "round_answers",
                    "question_id",
                    "survey_questions",
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("evaluation_responses")
                .col(integer("round_id"))
                .col(integer("organisation_id"))
                .col(text("body"))
                .col(integer_null("written_by"))
                .col(timestamp_with_time_zone("updated_at"))
                .primary_key(Index::create().col("round_id").col("organisation_id"))
                .foreign_key(&mut cascading_fk(
                    "evaluation_responses",
                    "round_id",
                    "survey_rounds",
                ))
                .foreign_key(&mut cascading_fk(
                    "evaluation_responses",
                    "organisation_id",
                    "organisations",
                ))
                .foreign_key(&mut written_by("evaluation_responses", "written_by"))
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "evaluation_responses",
            "round_answers",
            "round_responses",
            "round_respondents",
            "survey_rounds",
            "survey_questions",
            "surveys",
            "self_assessment_answers",
            "self_assessments",
            "coach_digests",
            "attempt_files",
            "attempts",
            "work_files",
            "works",
            "task_extensions",
            "task_attachments",
            "tasks",
        ] {
            m.drop_table(Table::drop().table(table.to_owned()).to_owned())
                .await?;
        }
        m.alter_table(
            Table::alter()
                .table("cohorts")
                .drop_column("end_assessment_on")
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
