//! People's accounts: creation, roles, passwords, login with lock-out, one-time links,
//! throttling by address, and requests for an account that wait for approval.

use argon2::{
    Argon2, PasswordHash, PasswordHasher, PasswordVerifier,
    password_hash::{SaltString, rand_core::OsRng},
};
use chrono::{DateTime, Duration, Utc};
use domain::{Email, Lang, NewPassword, PersonName, Role, lockout};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    sea_query::{Expr, ExprTrait},
};

use crate::{
    Result, Store, StoreError,
    entity::{
        account_request, login_throttle, one_time_token, session, trusted_device, user, user_role,
    },
    known, random_token, token_hash,
};

#[derive(Debug, Clone, PartialEq, Eq)]
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    let password = password.expose().to_owned();
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| StoreError::Hashing(e.to_string()))
    })
    .await
    .map_err(|e| StoreError::Hashing(e.to_string()))?
}

/// Verifies off the async threads. With no stored hash a dummy hash is checked, so a
/// missing account takes as long to refuse as a wrong password.
async fn verify_password(password: &str, stored: Option<String>) -> bool {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let password = password.to_owned();
    tokio::task::spawn_blocking(move || {
        let dummy = DUMMY.get_or_init(|| {
            let salt = SaltString::generate(&mut OsRng);
            Argon2::default()
                .hash_password(b"no account here", &salt)
                .map(|h| h.to_string())
                .unwrap_or_default()
        });
        let real = stored.is_some();
        let hash = stored.unwrap_or_else(|| dummy.clone());
        let ok = PasswordHash::new(&hash)
            .map(|parsed| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false);
        ok && real
    })
    .await
    .unwrap_or(false)
}

async fn roles_of(db: &impl ConnectionTrait, user_id: i32) -> Result<Vec<Role>> {
    let mut roles: Vec<Role> = user_role::Entity::find()
        .filter(user_role::Column::UserId.eq(user_id))
        .all(db)
        .await?
        .into_iter()
        .map(|r| known("user_roles.role", &r.role, Role::parse(&r.role).ok()))
        .collect::<Result<_>>()?;
    roles.sort();
    Ok(roles)
}

/// People with their roles, from rows that include each person's roles.
fn with_roles(models: Vec<user::Model>, roles: &[user_role::Model]) -> Result<Vec<User>> {
    models
        .into_iter()
        .map(|m| {
            let mut theirs: Vec<Role> = roles
                .iter()
                .filter(|r| r.user_id == m.id)
                .map(|r| known("user_roles.role", &r.role, Role::parse(&r.role).ok()))
                .collect::<Result<_>>()?;
            theirs.sort();
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

async fn insert_user(
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

impl Store {
    pub async fn create_user(&self, new: &NewUser, actor: Option<i32>) -> Result<i32> {
        let hash = match &new.password {
            Some(p) => Some(hash_password(p).await?),
            None => None,
        };
        let txn = self.begin_write().await?;
        let id = insert_user(&txn, new, hash).await?;
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

    pub async fn user(&self, id: i32) -> Result<Option<User>> {
        let Some(m) = user::Entity::find_by_id(id).one(&self.db).await? else {
            return Ok(None);
        };
        let roles = roles_of(&self.db, id).await?;
        Ok(Some(from_model(m, roles)?))
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

    /// Disables or enables an account. Disabling ends its sessions everywhere.
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

    /// Checks a password. A wrong one counts towards the account's lock; a locked
    /// account is refused without looking at the password at all.
    ///
    /// A browser that logged in to this account before (`device`, its trusted-device
    /// token) is exempt from the lock, so that other people's guesses never keep the
    /// owner out. Its own wrong passwords count against its trust instead.
    pub async fn check_login(
        &self,
        email: &str,
        password: &str,
        device: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<LoginOutcome> {
        let found = match Email::parse(email) {
            Ok(email) => {
                user::Entity::find()
                    .filter(user::Column::Email.eq(email.as_str()))
                    .one(&self.db)
                    .await?
            }
            Err(_) => None,
        };
        let trusted = match (&found, device) {
            (Some(u), Some(token)) => {
                trusted_device::Entity::find_by_id(token_hash(token))
                    .filter(trusted_device::Column::UserId.eq(u.id))
                    .one(&self.db)
                    .await?
            }
            _ => None,
        };
        if trusted.is_none()
            && let Some(until) = found
                .as_ref()
                .and_then(|u| u.locked_until)
                .filter(|t| *t > now)
        {
            return Ok(LoginOutcome::Locked { until });
        }
        let stored = found.as_ref().and_then(|u| u.password_hash.clone());
        let ok = verify_password(password, stored).await;
        let Some(found) = found else {
            return Ok(LoginOutcome::Refused);
        };
        if ok && !found.disabled {
            user::Entity::update_many()
                .col_expr(user::Column::FailedLogins, Expr::value(0))
                .col_expr(
                    user::Column::LockedUntil,
                    Expr::value(Option::<DateTime<Utc>>::None),
                )
                .filter(user::Column::Id.eq(found.id))
                .exec(&self.db)
                .await?;
            if let Some(device) = &trusted {
                trusted_device::Entity::update_many()
                    .col_expr(trusted_device::Column::Failures, Expr::value(0))
                    .filter(trusted_device::Column::TokenHash.eq(device.token_hash.as_str()))
                    .exec(&self.db)
                    .await?;
            }
            let roles = roles_of(&self.db, found.id).await?;
            return Ok(LoginOutcome::SignedIn(from_model(found, roles)?));
        }
        if found.disabled {
            return Ok(LoginOutcome::Refused);
        }
        if let Some(device) = trusted {
            if device.failures + 1 >= TRUSTED_DEVICE_FAILURES {
                trusted_device::Entity::delete_by_id(device.token_hash)
                    .exec(&self.db)
                    .await?;
            } else {
                trusted_device::Entity::update_many()
                    .col_expr(
                        trusted_device::Column::Failures,
                        Expr::col(trusted_device::Column::Failures).add(1),
                    )
                    .filter(trusted_device::Column::TokenHash.eq(device.token_hash))
                    .exec(&self.db)
                    .await?;
            }
            return Ok(LoginOutcome::Refused);
        }
        // Counted in the database, so concurrent guesses on several instances add up.
        user::Entity::update_many()
            .col_expr(
                user::Column::FailedLogins,
                Expr::col(user::Column::FailedLogins).add(1),
            )
            .filter(user::Column::Id.eq(found.id))
            .exec(&self.db)
            .await?;
        let failures = user::Entity::find_by_id(found.id)
            .one(&self.db)
            .await?
            .map_or(0, |u| u.failed_logins);
        if let Some(until) = lockout::locked_until(u32::try_from(failures).unwrap_or(0), now) {
            user::Entity::update_many()
                .col_expr(user::Column::LockedUntil, Expr::value(Some(until)))
                .filter(user::Column::Id.eq(found.id))
                .exec(&self.db)
                .await?;
            return Ok(LoginOutcome::Locked { until });
        }
        Ok(LoginOutcome::Refused)
    }

    /// Remembers the browser a person just logged in with; returns the token for its
    /// cookie. Only the token's hash is kept.
    pub async fn trust_device(&self, user_id: i32) -> Result<String> {
        let token = random_token();
        trusted_device::Entity::insert(trusted_device::ActiveModel {
            token_hash: Set(token_hash(&token)),
            user_id: Set(user_id),
            failures: Set(0),
            created_at: Set(Utc::now()),
        })
        .exec(&self.db)
        .await?;
        Ok(token)
    }

    /// Whether a browser's token is trusted for this person.
    pub async fn is_trusted_device(&self, user_id: i32, token: &str) -> Result<bool> {
        Ok(trusted_device::Entity::find_by_id(token_hash(token))
            .filter(trusted_device::Column::UserId.eq(user_id))
            .one(&self.db)
            .await?
            .is_some())
    }

    /// Whether an address may try a password now: fewer than the allowed number of
    /// failures in the window. Asked before any password is hashed, so a flood costs the
    /// server little; successful logins do not count, so a whole organisation behind one
    /// address can log in at nine in the morning.
    pub async fn address_may_try(&self, address: &str, now: DateTime<Utc>) -> Result<bool> {
        let window_start = now - Duration::seconds(ADDRESS_WINDOW_SECONDS);
        Ok(login_throttle::Entity::find_by_id(address.to_owned())
            .one(&self.db)
            .await?
            .is_none_or(|row| {
                row.window_start < window_start || row.attempts < ATTEMPTS_PER_ADDRESS
            }))
    }

    /// Counts a failed login from an address.
    pub async fn note_failed_login(&self, address: &str, now: DateTime<Utc>) -> Result<()> {
        self.count_attempt(address, now, i32::MAX).await.map(|_| ())
    }

    /// Counts an attempt that is always costly (a reset e-mail, an account request)
    /// and says whether it may go on.
    pub async fn take_login_attempt(&self, address: &str, now: DateTime<Utc>) -> Result<bool> {
        self.count_attempt(address, now, ATTEMPTS_PER_ADDRESS).await
    }

    /// Adds one to an address's count in its window, unless it has reached `limit`.
    async fn count_attempt(&self, address: &str, now: DateTime<Utc>, limit: i32) -> Result<bool> {
        let window_start = now - Duration::seconds(ADDRESS_WINDOW_SECONDS);
        let txn = self.begin_write().await?;
        login_throttle::Entity::insert(login_throttle::ActiveModel {
            address: Set(address.to_owned()),
            window_start: Set(now),
            attempts: Set(0),
        })
        .on_conflict_do_nothing_on([login_throttle::Column::Address])
        .exec(&txn)
        .await?;
        // A window that has run out starts again.
        login_throttle::Entity::update_many()
            .col_expr(login_throttle::Column::WindowStart, Expr::value(now))
            .col_expr(login_throttle::Column::Attempts, Expr::value(0))
            .filter(login_throttle::Column::Address.eq(address))
            .filter(login_throttle::Column::WindowStart.lt(window_start))
            .exec(&txn)
            .await?;
        let taken = login_throttle::Entity::update_many()
            .col_expr(
                login_throttle::Column::Attempts,
                Expr::col(login_throttle::Column::Attempts).add(1),
            )
            .filter(login_throttle::Column::Address.eq(address))
            .filter(login_throttle::Column::Attempts.lt(limit))
            .exec(&txn)
            .await?;
        txn.commit().await?;
        Ok(taken.rows_affected == 1)
    }

    /// Issues a one-time link secret for a person. Only its hash is kept.
    pub async fn issue_token(
        &self,
        user_id: i32,
        purpose: TokenPurpose,
        valid_for: Duration,
    ) -> Result<String> {
        let token = random_token();
        let now = Utc::now();
        one_time_token::Entity::insert(one_time_token::ActiveModel {
            token_hash: Set(token_hash(&token)),
            user_id: Set(user_id),
            purpose: Set(purpose.as_str().to_owned()),
            expires_at: Set(now + valid_for),
            used_at: Set(None),
            created_at: Set(now),
        })
        .exec(&self.db)
        .await?;
        Ok(token)
    }

    /// The person a still valid, unused token belongs to, without using it up.
    pub async fn token_owner(
        &self,
        token: &str,
        purpose: TokenPurpose,
        now: DateTime<Utc>,
    ) -> Result<Option<i32>> {
        Ok(one_time_token::Entity::find_by_id(token_hash(token))
            .filter(one_time_token::Column::Purpose.eq(purpose.as_str()))
            .filter(one_time_token::Column::UsedAt.is_null())
            .filter(one_time_token::Column::ExpiresAt.gt(now))
            .one(&self.db)
            .await?
            .map(|t| t.user_id))
    }

    /// Uses a token up and sets the password it was issued for, in one step: of two
    /// concurrent uses only one succeeds.
    pub async fn redeem_token(
        &self,
        token: &str,
        purpose: TokenPurpose,
        password: &NewPassword,
        now: DateTime<Utc>,
    ) -> Result<Option<i32>> {
        let hash = token_hash(token);
        let Some(owner) = self.token_owner(token, purpose, now).await? else {
            return Ok(None);
        };
        let used = one_time_token::Entity::update_many()
            .col_expr(one_time_token::Column::UsedAt, Expr::value(Some(now)))
            .filter(one_time_token::Column::TokenHash.eq(hash))
            .filter(one_time_token::Column::UsedAt.is_null())
            .filter(one_time_token::Column::ExpiresAt.gt(now))
            .exec(&self.db)
            .await?;
        if used.rows_affected != 1 {
            return Ok(None);
        }
        self.set_password(owner, password, Some(owner)).await?;
        Ok(Some(owner))
    }

    /// Files a request for an account. It waits for an HR developer of the organisation
    /// or a coordinator.
    pub async fn request_account(
        &self,
        name: &PersonName,
        email: &Email,
        org_id: i32,
        lang: Lang,
    ) -> Result<i32> {
        let txn = self.begin_write().await?;
        if user::Entity::find()
            .filter(user::Column::Email.eq(email.as_str()))
            .one(&txn)
            .await?
            .is_some()
        {
            return Err(StoreError::EmailTaken);
        }
        let waiting = account_request::Entity::find()
            .filter(account_request::Column::Email.eq(email.as_str()))
            .filter(account_request::Column::Status.eq(RequestStatus::Pending.as_str()))
            .one(&txn)
            .await?;
        if waiting.is_some() {
            return Err(StoreError::AlreadyRequested);
        }
        let id = account_request::Entity::insert(account_request::ActiveModel {
            name: Set(name.as_str().to_owned()),
            email: Set(email.as_str().to_owned()),
            organisation_id: Set(org_id),
            lang: Set(lang.code().to_owned()),
            status: Set(RequestStatus::Pending.as_str().to_owned()),
            decided_by: Set(None),
            decided_at: Set(None),
            created_at: Set(Utc::now()),
            ..Default::default()
        })
        .exec(&txn)
        .await?
        .last_insert_id;
        txn.commit().await?;
        Ok(id)
    }

    /// Requests waiting for a decision; of one organisation when `org` is given.
    pub async fn pending_requests(&self, org: Option<i32>) -> Result<Vec<AccountRequest>> {
        let mut query = account_request::Entity::find()
            .filter(account_request::Column::Status.eq(RequestStatus::Pending.as_str()))
            .order_by_asc(account_request::Column::CreatedAt);
        if let Some(org) = org {
            query = query.filter(account_request::Column::OrganisationId.eq(org));
        }
        query
            .all(&self.db)
            .await?
            .into_iter()
            .map(request_from_model)
            .collect()
    }

    pub async fn account_request(&self, id: i32) -> Result<Option<AccountRequest>> {
        account_request::Entity::find_by_id(id)
            .one(&self.db)
            .await?
            .map(request_from_model)
            .transpose()
    }

    /// Approves or rejects a waiting request. Approval creates the account, as a
    /// manager of the requested organisation, without a password: the person sets one
    /// through the link they are sent. Returns the new account's id on approval.
    pub async fn decide_request(&self, id: i32, approve: bool, by: i32) -> Result<Option<i32>> {
        let txn = self.begin_write().await?;
        let status = if approve {
            RequestStatus::Approved
        } else {
            RequestStatus::Rejected
        };
        let decided = account_request::Entity::update_many()
            .col_expr(
                account_request::Column::Status,
                Expr::value(status.as_str()),
            )
            .col_expr(account_request::Column::DecidedBy, Expr::value(Some(by)))
            .col_expr(
                account_request::Column::DecidedAt,
                Expr::value(Some(Utc::now())),
            )
            .filter(account_request::Column::Id.eq(id))
            .filter(account_request::Column::Status.eq(RequestStatus::Pending.as_str()))
            .exec(&txn)
            .await?;
        if decided.rows_affected != 1 {
            return Err(StoreError::NotFound);
        }
        let request = account_request::Entity::find_by_id(id)
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        let created = if approve {
            let new = NewUser {
                email: Email::parse(&request.email).map_err(|_| StoreError::NotFound)?,
                name: PersonName::parse(&request.name).map_err(|_| StoreError::NotFound)?,
                org_id: request.organisation_id,
                lang: known(
                    "account_requests.lang",
                    &request.lang,
                    Lang::parse(&request.lang).ok(),
                )?,
                roles: vec![Role::Manager],
                password: None,
            };
            Some(insert_user(&txn, &new, None).await?)
        } else {
            None
        };
        let action = if approve {
            "account_request.approve"
        } else {
            "account_request.reject"
        };
        crate::audit::record(
            &txn,
            Some(by),
            action,
            &format!("account_request:{id}"),
            &request.email,
        )
        .await?;
        txn.commit().await?;
        Ok(created)
    }
}

fn request_from_model(m: account_request::Model) -> Result<AccountRequest> {
    Ok(AccountRequest {
        id: m.id,
        name: m.name,
        email: m.email,
        org_id: m.organisation_id,
        lang: known("account_requests.lang", &m.lang, Lang::parse(&m.lang).ok())?,
        status: known(
            "account_requests.status",
            &m.status,
            RequestStatus::parse(&m.status),
        )?,
        created_at: m.created_at,
    })
}
