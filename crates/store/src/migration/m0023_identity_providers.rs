//! Signing in through an organisation's identity provider: the providers and what they
//! vouch for, the sign-ins under way (any instance may finish one), and the link from
//! a provider's subject to an account.

use sea_orm_migration::{prelude::*, schema::*};

use super::cascading_fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("identity_providers")
                .col(pk_auto("id"))
                .col(string("name_fi"))
                .col(string("name_sv"))
                .col(string("issuer_url"))
                .col(string("client_id"))
                .col(text("client_secret"))
                .col(text("domains"))
                .col(boolean("auto_approve").default(false))
                .col(boolean("enabled").default(true))
                .col(timestamp_with_time_zone("created_at"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("identity_provider_organisations")
                .col(integer("provider_id"))
                .col(integer("organisation_id"))
                .primary_key(Index::create().col("provider_id").col("organisation_id"))
                .foreign_key(&mut cascading_fk(
                    "identity_provider_organisations",
                    "provider_id",
                    "identity_providers",
                ))
                .foreign_key(&mut cascading_fk(
                    "identity_provider_organisations",
                    "organisation_id",
                    "organisations",
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("sign_in_flows")
                .col(string("state").primary_key())
                .col(integer("provider_id"))
                .col(string("nonce"))
                .col(string("pkce_verifier"))
                .col(string("lang"))
                .col(text("next"))
                .col(timestamp_with_time_zone("expires_at"))
                .foreign_key(&mut cascading_fk(
                    "sign_in_flows",
                    "provider_id",
                    "identity_providers",
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("identity_links")
                .col(integer("provider_id"))
                .col(string("subject"))
                .col(integer("user_id"))
                .col(timestamp_with_time_zone("created_at"))
                .primary_key(Index::create().col("provider_id").col("subject"))
                .foreign_key(&mut cascading_fk(
                    "identity_links",
                    "provider_id",
                    "identity_providers",
                ))
                .foreign_key(&mut cascading_fk("identity_links", "user_id", "users"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_identity_links_user")
                .table("identity_links")
                .col("user_id")
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "identity_links",
            "sign_in_flows",
            "identity_provider_organisations",
            "identity_providers",
        ] {
            m.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
