//! One-time links (password reset, welcome): stored as SHA-256 only, single use,
//! expiring.

use super::*;

impl Accounts {
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
}
