//! People's accounts: creation, roles, passwords, login with lock-out, one-time links,
//! throttling by address, and requests for an account that wait for approval.

pub mod entity;

use chrono::{DateTime, Duration, Utc};

mod argon;
mod links;
mod login;
mod notices;
mod requests;

pub use notices::{ACCOUNT_NOTICE_JOB, AccountNotice};
use notices::{tell, tell_approvers};

repository!(
    /// People and their accounts: users and roles, logging in, one-time links and
    /// account requests.
    Accounts,
    accounts
);
use domain::{Email, Lang, NewPassword, PersonName, Role, lockout};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    sea_query::{Expr, ExprTrait},
};
use serde::{Deserialize, Serialize};

use crate::{
    Result, StoreError,
    entity::{
        account_request, login_throttle, one_time_token, session, trusted_device, user, user_role,
    },
    known, random_token, token_hash,
};

/// A person with their roles. Serialisable so that a loaded session can carry its
/// person (`sessions::PERSON_KEY`) for the rest of the request.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct User {
    pub id: i32,
    pub email: String,
    pub name: String,
    pub org_id: i32,
    pub lang: Lang,
    pub roles: Vec<Role>,
    pub disabled: bool,
    pub has_password: bool,
    pub locked_until: Option<DateTime<Utc>>,
}

impl User {
    pub fn principal(&self) -> domain::Principal {
        domain::Principal {
            user_id: self.id,
            org_id: self.org_id,
            roles: self.roles.clone(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct NewUser {
    pub email: Email,
    pub name: PersonName,
    pub org_id: i32,
    pub lang: Lang,
    pub roles: Vec<Role>,
    pub password: Option<NewPassword>,
}

/// What a login attempt came to. A missing account, a disabled one and a wrong
/// password look the same to the person trying.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoginOutcome {
    SignedIn(User),
    Refused,
    Locked { until: DateTime<Utc> },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenPurpose {
    /// A forgotten password.
    PasswordReset,
    /// The first password of an approved or newly created account.
    Welcome,
}

impl TokenPurpose {
    fn as_str(self) -> &'static str {
        match self {
            TokenPurpose::PasswordReset => "password_reset",
            TokenPurpose::Welcome => "welcome",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestStatus {
    Pending,
    Approved,
    Rejected,
}

impl RequestStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RequestStatus::Pending => "pending",
            RequestStatus::Approved => "approved",
            RequestStatus::Rejected => "rejected",
        }
    }

    fn parse(raw: &str) -> Option<RequestStatus> {
        [
            RequestStatus::Pending,
            RequestStatus::Approved,
            RequestStatus::Rejected,
        ]
        .into_iter()
        .find(|s| s.as_str() == raw)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountRequest {
    pub id: i32,
    pub name: String,
    pub email: String,
    pub org_id: i32,
    pub lang: Lang,
    pub status: RequestStatus,
    pub created_at: DateTime<Utc>,
}

/// Wrong passwords a trusted browser may give before it loses its trust.
pub const TRUSTED_DEVICE_FAILURES: i32 = 5;

/// Attempts one address may make in a window before it is refused outright.
pub const ATTEMPTS_PER_ADDRESS: i32 = 30;
pub const ADDRESS_WINDOW_SECONDS: i64 = 10 * 60;

pub(crate) async fn hash_password(password: &NewPassword) -> Result<String> {
    argon::hash(password.expose().to_owned()).await
}

async fn roles_of(db: &impl ConnectionTrait, user_id: i32) -> Result<Vec<Role>> {
    let rows = user_role::Entity::find()
        .filter(user_role::Column::UserId.eq(user_id))
        .all(db)
        .await?;
    roles_from(rows.iter().map(|r| r.role.as_str()))
}

/// A person's roles from their stored names, in order.
pub(crate) fn roles_from<'a>(names: impl IntoIterator<Item = &'a str>) -> Result<Vec<Role>> {
    let mut roles = names
        .into_iter()
        .map(|name| known("user_roles.role", name, Role::parse(name).ok()))
        .collect::<Result<Vec<Role>>>()?;
    roles.sort();
    Ok(roles)
}

/// People with their roles, from rows that include each person's roles.
fn with_roles(models: Vec<user::Model>, roles: &[user_role::Model]) -> Result<Vec<User>> {
    models
        .into_iter()
        .map(|m| {
            let theirs = roles_from(
                roles
                    .iter()
                    .filter(|r| r.user_id == m.id)
                    .map(|r| r.role.as_str()),
            )?;
            from_model(m, theirs)
        })
        .collect()
}

fn from_model(m: user::Model, roles: Vec<Role>) -> Result<User> {
    Ok(User {
        id: m.id,
        email: m.email,
        name: m.name,
        org_id: m.organisation_id,
        lang: known("users.lang", &m.lang, Lang::parse(&m.lang).ok())?,
        roles,
        disabled: m.disabled,
        has_password: m.password_hash.is_some(),
        locked_until: m.locked_until,
    })
}

async fn end_sessions(db: &impl ConnectionTrait, user_id: i32) -> Result<()> {
    session::Entity::delete_many()
        .filter(session::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

pub(crate) async fn insert_user(
    db: &impl ConnectionTrait,
    new: &NewUser,
    hash: Option<String>,
) -> Result<i32> {
    let taken = user::Entity::find()
        .filter(user::Column::Email.eq(new.email.as_str()))
        .one(db)
        .await?;
    if taken.is_some() {
        return Err(StoreError::EmailTaken);
    }
    let id = user::Entity::insert(user::ActiveModel {
        email: Set(new.email.as_str().to_owned()),
        name: Set(new.name.as_str().to_owned()),
        organisation_id: Set(new.org_id),
        lang: Set(new.lang.code().to_owned()),
        password_hash: Set(hash),
        disabled: Set(false),
        failed_logins: Set(0),
        locked_until: Set(None),
        created_at: Set(Utc::now()),
        ..Default::default()
    })
    .exec(db)
    .await?
    .last_insert_id;
    for role in &new.roles {
        user_role::Entity::insert(user_role::ActiveModel {
            user_id: Set(id),
            role: Set(role.as_str().to_owned()),
        })
        .on_conflict_do_nothing()
        .exec(db)
        .await?;
    }
    Ok(id)
}

impl Accounts {
    pub async fn create_user(&self, new: &NewUser, actor: Option<i32>) -> Result<i32> {
        self.create(new, actor, false).await
    }

    /// Creates an account and, in the same transaction, queues its welcome link, with
    /// which the person sets their first password.
    pub async fn create_user_with_welcome(&self, new: &NewUser, actor: Option<i32>) -> Result<i32> {
        self.create(new, actor, true).await
    }

    async fn create(&self, new: &NewUser, actor: Option<i32>, welcome: bool) -> Result<i32> {
        let hash = match &new.password {
            Some(p) => Some(hash_password(p).await?),
            None => None,
        };
        let txn = self.begin_write().await?;
        let id = insert_user(&txn, new, hash).await?;
        if welcome {
            let notice = AccountNotice::Link {
                user_id: id,
                purpose: TokenPurpose::Welcome,
            };
            tell(&txn, notice).await?;
        }
        crate::audit::record(
            &txn,
            actor,
            "user.create",
            &format!("user:{id}"),
            new.email.as_str(),
        )
        .await?;
        txn.commit().await?;
        Ok(id)
    }

    /// Writes many people without passwords in one transaction (the demo's generated
    /// participants): all of them or none.
    pub(crate) async fn create_users_without_passwords(
        &self,
        people: &[NewUser],
    ) -> Result<Vec<i32>> {
        let txn = self.begin_write().await?;
        let mut ids = Vec::with_capacity(people.len());
        for new in people {
            let id = insert_user(&txn, new, None).await?;
            crate::audit::record(
                &txn,
                None,
                "user.create",
                &format!("user:{id}"),
                new.email.as_str(),
            )
            .await?;
            ids.push(id);
        }
        txn.commit().await?;
        Ok(ids)
    }

    /// The person with their roles, in one statement (a signed-in page has them from
    /// the session, `store::sessions`).
    pub async fn user(&self, id: i32) -> Result<Option<User>> {
        let Some((m, roles)) = user::Entity::find_by_id(id)
            .find_with_related(user_role::Entity)
            .all(&self.db)
            .await?
            .pop()
        else {
            return Ok(None);
        };
        Ok(with_roles(vec![m], &roles)?.pop())
    }

    /// The person, if their account is open: the one mails may go to and secrets
    /// (a calendar feed, an API token) may open.
    pub async fn open_user(&self, id: i32) -> Result<Option<User>> {
        Ok(self.user(id).await?.filter(|u| !u.disabled))
    }

    pub async fn user_by_email(&self, email: &Email) -> Result<Option<User>> {
        let Some(m) = user::Entity::find()
            .filter(user::Column::Email.eq(email.as_str()))
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        let roles = roles_of(&self.db, m.id).await?;
        Ok(Some(from_model(m, roles)?))
    }

    /// People, by name; of one organisation when `org` is given.
    pub async fn users(&self, org: Option<i32>) -> Result<Vec<User>> {
        let mut query = user::Entity::find().order_by_asc(user::Column::Name);
        if let Some(org) = org {
            query = query.filter(user::Column::OrganisationId.eq(org));
        }
        let models = query.all(&self.db).await?;
        let all_roles = user_role::Entity::find().all(&self.db).await?;
        with_roles(models, &all_roles)
    }

    /// The people of these ids, in no particular order; ids of nobody are left out.
    pub async fn users_by_ids(&self, ids: &[i32]) -> Result<Vec<User>> {
        let mut found = Vec::with_capacity(ids.len());
        // A bounded number of parameters per statement, for SQLite's limit.
        for chunk in ids.chunks(1000) {
            let models = user::Entity::find()
                .filter(user::Column::Id.is_in(chunk.to_vec()))
                .all(&self.db)
                .await?;
            let roles = user_role::Entity::find()
                .filter(user_role::Column::UserId.is_in(chunk.to_vec()))
                .all(&self.db)
                .await?;
            found.extend(with_roles(models, &roles)?);
        }
        Ok(found)
    }

    pub async fn set_roles(&self, user_id: i32, roles: &[Role], actor: Option<i32>) -> Result<()> {
        let txn = self.begin_write().await?;
        if user::Entity::find_by_id(user_id).one(&txn).await?.is_none() {
            return Err(StoreError::NotFound);
        }
        user_role::Entity::delete_many()
            .filter(user_role::Column::UserId.eq(user_id))
            .exec(&txn)
            .await?;
        for role in roles {
            user_role::Entity::insert(user_role::ActiveModel {
                user_id: Set(user_id),
                role: Set(role.as_str().to_owned()),
            })
            .on_conflict_do_nothing()
            .exec(&txn)
            .await?;
        }
        let names: Vec<&str> = roles.iter().map(|r| r.as_str()).collect();
        crate::audit::record(
            &txn,
            actor,
            "user.roles",
            &format!("user:{user_id}"),
            &names.join(","),
        )
        .await?;
        txn.commit().await?;
        Ok(())
    }

    /// Disables or enables an account. Disabling ends its sessions everywhere; an
    /// erased account stays disabled (`NotFound`).
    pub async fn set_disabled(
        &self,
        user_id: i32,
        disabled: bool,
        actor: Option<i32>,
    ) -> Result<()> {
        let txn = self.begin_write().await?;
        let res = user::Entity::update_many()
            .col_expr(user::Column::Disabled, Expr::value(disabled))
            .filter(user::Column::Id.eq(user_id))
            .filter(user::Column::ErasedAt.is_null())
            .exec(&txn)
            .await?;
        if res.rows_affected == 0 {
            return Err(StoreError::NotFound);
        }
        if disabled {
            end_sessions(&txn, user_id).await?;
        }
        let action = if disabled {
            "user.disable"
        } else {
            "user.enable"
        };
        crate::audit::record(&txn, actor, action, &format!("user:{user_id}"), "").await?;
        txn.commit().await?;
        Ok(())
    }

    /// Sets a new password, clears any lock and ends every session of the account.
    pub async fn set_password(
        &self,
        user_id: i32,
        password: &NewPassword,
        actor: Option<i32>,
    ) -> Result<()> {
        let hash = hash_password(password).await?;
        let txn = self.begin_write().await?;
        let res = user::Entity::update_many()
            .col_expr(user::Column::PasswordHash, Expr::value(hash))
            .col_expr(user::Column::FailedLogins, Expr::value(0))
            .col_expr(
                user::Column::LockedUntil,
                Expr::value(Option::<DateTime<Utc>>::None),
            )
            .filter(user::Column::Id.eq(user_id))
            .exec(&txn)
            .await?;
        if res.rows_affected == 0 {
            return Err(StoreError::NotFound);
        }
        end_sessions(&txn, user_id).await?;
        crate::audit::record(&txn, actor, "user.password", &format!("user:{user_id}"), "").await?;
        txn.commit().await?;
        Ok(())
    }

    pub async fn update_profile(&self, user_id: i32, name: &PersonName, lang: Lang) -> Result<()> {
        let res = user::Entity::update_many()
            .col_expr(user::Column::Name, Expr::value(name.as_str()))
            .col_expr(user::Column::Lang, Expr::value(lang.code()))
            .filter(user::Column::Id.eq(user_id))
            .exec(&self.db)
            .await?;
        if res.rows_affected == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    pub async fn end_sessions_of(&self, user_id: i32) -> Result<()> {
        end_sessions(&self.db, user_id).await
    }
}
