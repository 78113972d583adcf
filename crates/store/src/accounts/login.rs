//! Logging in: the password check, the lock-out, trusted devices and the throttle per
//! client address.

use super::*;

impl Accounts {
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
        let ok = argon::matches(password.to_owned(), stored).await;
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
}
