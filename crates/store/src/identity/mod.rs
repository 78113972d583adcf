//! Identity providers (OpenID Connect): their settings and what they vouch for, the
//! sign-ins under way, kept here so that any instance can finish one (each is taken
//! once), and the links from a provider's subject to an account.

pub mod entity;

use chrono::{DateTime, Utc};
use domain::{
    Email, Lang, PersonName, Role,
    sign_in::{Known, Vouches},
};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, sea_query::OnConflict,
};

use crate::{
    NewUser, Result, StoreError,
    entity::{
        identity_link, identity_provider, identity_provider_organisation, organisation_domain,
        sign_in_flow, user,
    },
};

repository!(
    /// Identity providers, sign-ins under way and the links they made.
    Identity,
    identity
);

/// A provider as configured. Its client secret is read only to talk to the provider,
/// never shown.
#[derive(Clone, PartialEq, Eq)]
pub struct Provider {
    pub id: i32,
    pub name_fi: String,
    pub name_sv: String,
    pub issuer_url: String,
    pub client_id: String,
    pub client_secret: String,
    pub vouches: Vouches,
    pub enabled: bool,
}

impl std::fmt::Debug for Provider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Provider")
            .field("id", &self.id)
            .field("name_fi", &self.name_fi)
            .field("issuer_url", &self.issuer_url)
            .field("client_id", &self.client_id)
            .field("client_secret", &"…")
            .field("vouches", &self.vouches)
            .field("enabled", &self.enabled)
            .finish()
    }
}

impl Provider {
    /// Its name in the reader's language (Swedish for Swedish, Finnish otherwise).
    pub fn name(&self, lang: impl std::borrow::Borrow<Lang>) -> &str {
        match lang.borrow() {
            Lang::Sv => &self.name_sv,
            _ => &self.name_fi,
        }
    }
}

/// A provider's settings as an administrator saves them; `client_secret: None` keeps
/// the one saved before.
#[derive(Debug, Clone)]
pub struct ProviderSettings {
    pub name_fi: String,
    pub name_sv: String,
    pub issuer_url: String,
    pub client_id: String,
    pub client_secret: Option<String>,
    pub vouches: Vouches,
    pub enabled: bool,
}

/// A sign-in under way: what its answer is checked against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flow {
    pub state: String,
    pub provider_id: i32,
    pub nonce: String,
    pub pkce_verifier: String,
    pub lang: Lang,
    pub next: String,
    pub expires_at: DateTime<Utc>,
}

/// The person a provider's answer describes.
#[derive(Debug, Clone)]
pub struct Arrival {
    pub subject: String,
    pub email: Email,
    pub name: PersonName,
    pub lang: Lang,
}

impl Identity {
    /// Every provider, by Finnish name.
    pub async fn providers(&self) -> Result<Vec<Provider>> {
        let rows = identity_provider::Entity::find()
            .order_by_asc(identity_provider::Column::NameFi)
            .all(&self.db)
            .await?;
        let ties = identity_provider_organisation::Entity::find()
            .all(&self.db)
            .await?;
        Ok(rows
            .into_iter()
            .map(|row| {
                let organisations = ties
                    .iter()
                    .filter(|t| t.provider_id == row.id)
                    .map(|t| t.organisation_id)
                    .collect();
                provider_of(row, organisations)
            })
            .collect())
    }

    /// The providers a person may sign in with.
    pub async fn enabled_providers(&self) -> Result<Vec<Provider>> {
        Ok(self
            .providers()
            .await?
            .into_iter()
            .filter(|p| p.enabled)
            .collect())
    }

    pub async fn provider(&self, id: i32) -> Result<Option<Provider>> {
        Ok(self.providers().await?.into_iter().find(|p| p.id == id))
    }

    /// Adds a provider (`id: None`) or changes one; an audit entry without the secret.
    pub async fn save_provider(
        &self,
        id: Option<i32>,
        settings: &ProviderSettings,
        admin: i32,
    ) -> Result<i32> {
        let txn = self.begin_write().await?;
        let mut row = identity_provider::ActiveModel {
            name_fi: Set(settings.name_fi.clone()),
            name_sv: Set(settings.name_sv.clone()),
            issuer_url: Set(settings.issuer_url.clone()),
            client_id: Set(settings.client_id.clone()),
            domains: Set(settings.vouches.domains.join("\n")),
            auto_approve: Set(settings.vouches.auto_approve),
            enabled: Set(settings.enabled),
            ..Default::default()
        };
        if let Some(secret) = &settings.client_secret {
            row.client_secret = Set(secret.clone());
        }
        let id = match id {
            Some(id) => {
                row.id = Set(id);
                identity_provider::Entity::update(row)
                    .exec(&txn)
                    .await
                    .map_err(|_| StoreError::NotFound)?;
                identity_provider_organisation::Entity::delete_many()
                    .filter(identity_provider_organisation::Column::ProviderId.eq(id))
                    .exec(&txn)
                    .await?;
                id
            }
            None => {
                if settings.client_secret.is_none() {
                    row.client_secret = Set(String::new());
                }
                row.created_at = Set(Utc::now());
                identity_provider::Entity::insert(row)
                    .exec(&txn)
                    .await?
                    .last_insert_id
            }
        };
        if !settings.vouches.organisations.is_empty() {
            identity_provider_organisation::Entity::insert_many(
                settings.vouches.organisations.iter().map(|org| {
                    identity_provider_organisation::ActiveModel {
                        provider_id: Set(id),
                        organisation_id: Set(*org),
                    }
                }),
            )
            .exec(&txn)
            .await?;
        }
        crate::audit::record(
            &txn,
            Some(admin),
            "identity-provider:save",
            &format!("identity_provider:{id}"),
            &format!(
                "{} {} domains: {}",
                settings.name_fi,
                settings.issuer_url,
                settings.vouches.domains.join(" ")
            ),
        )
        .await?;
        txn.commit().await?;
        Ok(id)
    }

    /// Keeps a sign-in just started; sign-ins past their time go at the same time.
    pub async fn start_flow(&self, flow: &Flow, now: DateTime<Utc>) -> Result<()> {
        sign_in_flow::Entity::delete_many()
            .filter(sign_in_flow::Column::ExpiresAt.lt(now))
            .exec(&self.db)
            .await?;
        sign_in_flow::Entity::insert(sign_in_flow::ActiveModel {
            state: Set(flow.state.clone()),
            provider_id: Set(flow.provider_id),
            nonce: Set(flow.nonce.clone()),
            pkce_verifier: Set(flow.pkce_verifier.clone()),
            lang: Set(flow.lang.code().to_owned()),
            next: Set(flow.next.clone()),
            expires_at: Set(flow.expires_at),
        })
        .exec(&self.db)
        .await?;
        Ok(())
    }

    /// Takes the sign-in with this `state`: once, whichever instance asks first.
    pub async fn take_flow(&self, state: &str) -> Result<Option<Flow>> {
        let Some(row) = sign_in_flow::Entity::find_by_id(state.to_owned())
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        let taken = sign_in_flow::Entity::delete_by_id(state.to_owned())
            .exec(&self.db)
            .await?
            .rows_affected
            == 1;
        if !taken {
            return Ok(None);
        }
        Ok(Some(Flow {
            lang: Lang::parse(&row.lang).unwrap_or_default(),
            state: row.state,
            provider_id: row.provider_id,
            nonce: row.nonce,
            pkce_verifier: row.pkce_verifier,
            next: row.next,
            expires_at: row.expires_at,
        }))
    }

    /// The account linked to the provider's subject, and the one with the address.
    pub async fn accounts_for(
        &self,
        provider_id: i32,
        subject: &str,
        email: &Email,
    ) -> Result<(Option<Known>, Option<Known>)> {
        let known = |u: user::Model| Known {
            user_id: u.id,
            disabled: u.disabled,
        };
        let linked = match identity_link::Entity::find_by_id((provider_id, subject.to_owned()))
            .one(&self.db)
            .await?
        {
            Some(link) => user::Entity::find_by_id(link.user_id)
                .one(&self.db)
                .await?
                .map(known),
            None => None,
        };
        let by_email = user::Entity::find()
            .filter(user::Column::Email.eq(email.as_str()))
            .one(&self.db)
            .await?
            .map(known);
        Ok((linked, by_email))
    }

    /// The organisation whose staff have addresses of this domain.
    pub async fn organisation_of_domain(&self, email: &Email) -> Result<Option<i32>> {
        Ok(
            organisation_domain::Entity::find_by_id(email.domain().to_ascii_lowercase())
                .one(&self.db)
                .await?
                .map(|d| d.organisation_id),
        )
    }

    /// Links the provider's subject to the account (a first sign-in), and records it.
    pub async fn link(&self, provider_id: i32, subject: &str, user_id: i32) -> Result<()> {
        let txn = self.begin_write().await?;
        let inserted = identity_link::Entity::insert(identity_link::ActiveModel {
            provider_id: Set(provider_id),
            subject: Set(subject.to_owned()),
            user_id: Set(user_id),
            created_at: Set(Utc::now()),
        })
        .on_conflict(
            OnConflict::columns([
                identity_link::Column::ProviderId,
                identity_link::Column::Subject,
            ])
            .do_nothing()
            .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?;
        if inserted == 1 {
            crate::audit::record(
                &txn,
                Some(user_id),
                "identity:link",
                &format!("user:{user_id}"),
                &format!("identity_provider:{provider_id}"),
            )
            .await?;
        }
        txn.commit().await?;
        Ok(())
    }

    /// Makes the account of a new person the provider vouches for, linked to them, in
    /// one transaction.
    pub async fn create_linked(
        &self,
        provider_id: i32,
        arrival: &Arrival,
        org_id: i32,
    ) -> Result<i32> {
        let txn = self.begin_write().await?;
        let new = NewUser {
            email: arrival.email.clone(),
            name: arrival.name.clone(),
            org_id,
            lang: arrival.lang,
            roles: vec![Role::Manager],
            password: None,
        };
        let user_id = crate::accounts::insert_user(&txn, &new, None).await?;
        identity_link::Entity::insert(identity_link::ActiveModel {
            provider_id: Set(provider_id),
            subject: Set(arrival.subject.clone()),
            user_id: Set(user_id),
            created_at: Set(Utc::now()),
        })
        .exec_without_returning(&txn)
        .await?;
        crate::audit::record(
            &txn,
            None,
            "identity:create",
            &format!("user:{user_id}"),
            &format!("identity_provider:{provider_id}"),
        )
        .await?;
        txn.commit().await?;
        Ok(user_id)
    }
}

fn provider_of(row: identity_provider::Model, organisations: Vec<i32>) -> Provider {
    Provider {
        id: row.id,
        name_fi: row.name_fi,
        name_sv: row.name_sv,
        issuer_url: row.issuer_url,
        client_id: row.client_id,
        client_secret: row.client_secret,
        vouches: Vouches {
            domains: row
                .domains
                .lines()
                .filter(|d| !d.is_empty())
                .map(str::to_owned)
                .collect(),
            organisations,
            auto_approve: row.auto_approve,
        },
        enabled: row.enabled,
    }
}
