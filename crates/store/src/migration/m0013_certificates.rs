//! Certificates: each cohort's criteria, the certificates granted (a public code, the
//! holder's name and organisation as printed, the exception's reason, a revocation),
//! and the issuer's public keys, every one ever used, for the DID document.

use sea_orm_migration::{prelude::*, schema::*};

use super::{cascading_fk, fk, unique};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("certificate_criteria")
                .col(integer("cohort_id").primary_key())
                .col(integer("min_forums"))
                .col(boolean("tasks"))
                .col(boolean("certificate_work"))
                .col(boolean("assessments"))
                .col(boolean("evaluation"))
                .foreign_key(&mut cascading_fk(
                    "certificate_criteria",
                    "cohort_id",
                    "cohorts",
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("certificates")
                .col(pk_auto("id"))
                .col(string("code"))
                .col(integer("cohort_id"))
                .col(integer_null("user_id"))
                .col(string("holder_name"))
                .col(integer("organisation_id"))
                .col(integer("issuer_id"))
                .col(date("issued_on"))
                .col(timestamp_with_time_zone("granted_at"))
                .col(integer_null("granted_by"))
                .col(text_null("exception_reason"))
                .col(date_null("revoked_on"))
                .col(text_null("revoked_reason"))
                .col(integer_null("revoked_by"))
                .col(timestamp_with_time_zone_null("reissued_at"))
                .foreign_key(&mut fk(
                    "certificates",
                    "cohort_id",
                    "cohorts",
                    ForeignKeyAction::Restrict,
                ))
                .foreign_key(&mut fk(
                    "certificates",
                    "user_id",
                    "users",
                    ForeignKeyAction::SetNull,
                ))
                .foreign_key(&mut fk(
                    "certificates",
                    "organisation_id",
                    "organisations",
                    ForeignKeyAction::Restrict,
                ))
                .foreign_key(&mut fk(
                    "certificates",
                    "issuer_id",
                    "organisations",
                    ForeignKeyAction::Restrict,
                ))
                .foreign_key(&mut fk(
                    "certificates",
                    "granted_by",
                    "users",
                    ForeignKeyAction::SetNull,
                ))
                .foreign_key(&mut fk(
                    "certificates",
                    "revoked_by",
                    "users",
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(unique("ux_certificates_code", "certificates", &["code"]))
            .await?;
        // One certificate a person and cohort: a second grant finds the first.
        m.create_index(unique(
            "ux_certificates_holder",
            "certificates",
            &["cohort_id", "user_id"],
        ))
        .await?;
        m.create_table(
            Table::create()
                .table("issuer_keys")
                .col(string("key_id").primary_key())
                .col(string("public_key"))
                .col(timestamp_with_time_zone("created_at"))
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in ["issuer_keys", "certificates", "certificate_criteria"] {
            m.drop_table(Table::drop().table(table.to_owned()).to_owned())
                .await?;
        }
        Ok(())
    }
}
