//! KunTeko sparring: an organisation's region; rounds with their pool of days (and the
//! days taken, by a conditional update), eligibility, regions' floors, scoring rubric
//! and sparrers; applications (one per organisation and round), their reviewers and
//! scores; the frozen decision with its inputs; reconsideration requests; the days
//! held.

use sea_orm_migration::{prelude::*, schema::*};

use super::{cascading_fk, fk, unique};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table("organisations")
                .add_column(string_null("region"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("sparring_rounds")
                .col(pk_auto("id"))
                .col(string("name_fi"))
                .col(string("name_sv"))
                .col(integer("pool_days"))
                .col(integer("days_taken"))
                .col(integer("max_per_organisation"))
                .col(timestamp_with_time_zone("opens_at"))
                .col(timestamp_with_time_zone("closes_at"))
                .col(string("eligible_kinds"))
                .col(string("published_value"))
                .col(string("contact_name"))
                .col(string("contact_email"))
                .col(integer("reconsideration_days"))
                .col(timestamp_with_time_zone_null("decided_at"))
                .col(integer_null("created_by"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk(
                    "sparring_rounds",
                    "created_by",
                    "users",
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("sparring_floors")
                .col(integer("round_id"))
                .col(string("region"))
                .col(integer("days"))
                .primary_key(Index::create().col("round_id").col("region"))
                .foreign_key(&mut cascading_fk(
                    "sparring_floors",
                    "round_id",
                    "sparring_rounds",
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("rubric_criteria")
                .col(pk_auto("id"))
                .col(integer("round_id"))
                .col(integer("position"))
                .col(string("name_fi"))
                .col(string("name_sv"))
                .col(integer("weight"))
                .col(text("anchors_fi"))
                .col(text("anchors_sv"))
                .foreign_key(&mut cascading_fk(
                    "rubric_criteria",
                    "round_id",
                    "sparring_rounds",
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("sparrers")
                .col(pk_auto("id"))
                .col(integer("round_id"))
                .col(string("name"))
                .col(string("company"))
                .col(string("areas"))
                .foreign_key(&mut cascading_fk("sparrers", "round_id", "sparring_rounds"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("sparring_applications")
                .col(pk_auto("id"))
                .col(integer("round_id"))
                .col(integer("organisation_id"))
                .col(text("aim"))
                .col(string("workplace"))
                .col(integer("staff"))
                .col(integer("days_asked"))
                .col(integer_null("sparrer_id"))
                .col(string("contact_name"))
                .col(string("contact_email"))
                .col(string("lang"))
                .col(integer("days_granted"))
                .col(integer_null("applied_by"))
                .col(timestamp_with_time_zone("submitted_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .foreign_key(&mut cascading_fk(
                    "sparring_applications",
                    "round_id",
                    "sparring_rounds",
                ))
                .foreign_key(&mut fk(
                    "sparring_applications",
                    "organisation_id",
                    "organisations",
                    ForeignKeyAction::Restrict,
                ))
                .foreign_key(&mut fk(
                    "sparring_applications",
                    "sparrer_id",
                    "sparrers",
                    ForeignKeyAction::SetNull,
                ))
                .foreign_key(&mut fk(
                    "sparring_applications",
                    "applied_by",
                    "users",
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(unique(
            "ux_sparring_applications",
            "sparring_applications",
            &["round_id", "organisation_id"],
        ))
        .await?;
        m.create_table(
            Table::create()
                .table("sparring_reviews")
                .col(integer("application_id"))
                .col(integer("reviewer_id"))
                .col(string("status"))
                .col(text("comment"))
                .primary_key(Index::create().col("application_id").col("reviewer_id"))
                .foreign_key(&mut cascading_fk(
                    "sparring_reviews",
                    "application_id",
                    "sparring_applications",
                ))
                .foreign_key(&mut cascading_fk(
                    "sparring_reviews",
                    "reviewer_id",
                    "users",
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("sparring_scores")
                .col(integer("application_id"))
                .col(integer("reviewer_id"))
                .col(integer("criterion_id"))
                .col(integer("score"))
                .primary_key(
                    Index::create()
                        .col("application_id")
                        .col("reviewer_id")
                        .col("criterion_id"),
                )
                .foreign_key(&mut cascading_fk(
                    "sparring_scores",
                    "application_id",
                    "sparring_applications",
                ))
                .foreign_key(&mut cascading_fk("sparring_scores", "reviewer_id", "users"))
                .foreign_key(&mut cascading_fk(
                    "sparring_scores",
                    "criterion_id",
                    "rubric_criteria",
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("sparring_decisions")
                .col(integer("round_id").primary_key())
                .col(string("rule_version"))
                .col(text("inputs"))
                .col(string("inputs_hash"))
                .col(string("seed"))
                .col(text("result"))
                .col(integer_null("decided_by"))
                .col(timestamp_with_time_zone("decided_at"))
                .foreign_key(&mut cascading_fk(
                    "sparring_decisions",
                    "round_id",
                    "sparring_rounds",
                ))
                .foreign_key(&mut fk(
                    "sparring_decisions",
                    "decided_by",
                    "users",
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("reconsiderations")
                .col(pk_auto("id"))
                .col(integer("application_id"))
                .col(text("body"))
                .col(integer_null("filed_by"))
                .col(timestamp_with_time_zone("filed_at"))
                .col(text_null("answer"))
                .col(integer_null("answered_by"))
                .col(timestamp_with_time_zone_null("answered_at"))
                .foreign_key(&mut cascading_fk(
                    "reconsiderations",
                    "application_id",
                    "sparring_applications",
                ))
                .foreign_key(&mut fk(
                    "reconsiderations",
                    "filed_by",
                    "users",
                    ForeignKeyAction::SetNull,
                ))
                .foreign_key(&mut fk(
                    "reconsiderations",
                    "answered_by",
                    "users",
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("sparring_days")
                .col(pk_auto("id"))
                .col(integer("application_id"))
                .col(date("held_on"))
                .col(string("sparrer"))
                .col(text("report"))
                .col(integer_null("written_by"))
                .foreign_key(&mut cascading_fk(
                    "sparring_days",
                    "application_id",
                    "sparring_applications",
                ))
                .foreign_key(&mut fk(
                    "sparring_days",
                    "written_by",
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
            "sparring_days",
            "reconsiderations",
            "sparring_decisions",
            "sparring_scores",
            "sparring_reviews",
            "sparring_applications",
            "sparrers",
            "rubric_criteria",
            "sparring_floors",
            "sparring_rounds",
        ] {
            m.drop_table(Table::drop().table(table.to_owned()).to_owned())
                .await?;
        }
        m.alter_table(
            Table::alter()
                .table("organisations")
                .drop_column("region")
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
