//! Organisations, people and their roles, account requests, one-time tokens,
//! sessions, login throttling, the audit log and settings.

use sea_orm_migration::{prelude::*, schema::*};

use super::fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("organisations")
                .col(pk_auto("id"))
                .col(string_uniq("slug"))
                .col(string("name_fi"))
                .col(string("name_sv"))
                .col(string("kind"))
                .col(string_null("business_id"))
                .col(string("languages"))
                .col(integer_null("parent_id"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk(
                    "organisations",
                    "parent_id",
                    "organisations",
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("organisation_domains")
                .col(string("domain").primary_key())
                .col(integer("organisation_id"))
                .foreign_key(&mut fk(
                    "organisation_domains",
                    "organisation_id",
                    "organisations",
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("users")
                .col(pk_auto("id"))
                .col(string_uniq("email"))
                .col(string("name"))
                .col(integer("organisation_id"))
                .col(string_len("lang", 2))
                .col(string_null("password_hash"))
                .col(boolean("disabled").default(false))
                .col(integer("failed_logins").default(0))
                .col(timestamp_with_time_zone_null("locked_until"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk(
                    "users",
                    "organisation_id",
                    "organisations",
                    ForeignKeyAction::Restrict,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_users_organisation")
                .table("users")
                .col("organisation_id")
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("user_roles")
                .col(integer("user_id"))
                .col(string("role"))
                .primary_key(Index::create().col("user_id").col("role"))
                .foreign_key(&mut fk(
                    "user_roles",
                    "user_id",
                    "users",
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("account_requests")
                .col(pk_auto("id"))
                .col(string("name"))
                .col(string("email"))
                .col(integer("organisation_id"))
                .col(string_len("lang", 2))
                .col(string("status"))
                .col(integer_null("decided_by"))
                .col(timestamp_with_time_zone_null("decided_at"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk(
                    "account_requests",
                    "organisation_id",
                    "organisations",
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    "account_requests",
                    "decided_by",
                    "users",
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_account_requests_org_status")
                .table("account_requests")
                .col("organisation_id")
                .col("status")
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("one_time_tokens")
                .col(string("token_hash").primary_key())
                .col(integer("user_id"))
                .col(string("purpose"))
                .col(timestamp_with_time_zone("expires_at"))
                .col(timestamp_with_time_zone_null("used_at"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk(
                    "one_time_tokens",
                    "user_id",
                    "users",
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("sessions")
                .col(string("id").primary_key())
                .col(integer_null("user_id"))
                .col(text("data"))
                .col(timestamp_with_time_zone("expires_at"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_sessions_user")
                .table("sessions")
                .col("user_id")
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_sessions_expires")
                .table("sessions")
                .col("expires_at")
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("login_throttle")
                .col(string("address").primary_key())
                .col(timestamp_with_time_zone("window_start"))
                .col(integer("attempts"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("audit_events")
                .col(pk_auto("id"))
                .col(timestamp_with_time_zone("at"))
                .col(integer_null("actor_id"))
                .col(string("action"))
                .col(string("subject"))
                .col(text("detail"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("settings")
                .col(string("key").primary_key())
                .col(text("value"))
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "settings",
            "audit_events",
            "login_throttle",
            "sessions",
            "one_time_tokens",
            "account_requests",
            "user_roles",
            "users",
            "organisation_domains",
            "organisations",
        ] {
            m.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
