//! Personal API tokens: a person's own key to the JSON API, with the same permissions
//! as the person. Only a token's SHA-256 is kept; the token itself is shown once.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, sea_query::Expr,
};

use crate::{Result, User, entity::api_token, random_token, token_hash};

repository!(
    /// Personal API tokens, kept as SHA-256 only.
    ApiTokens,
    api_tokens
);

/// What every token starts with, so a leaked one is easy to recognise.
pub const API_TOKEN_PREFIX: &str = "johto_";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiToken {
    pub id: i32,
    pub name: String,
    pub created_at: DateTime<Utc>,
    pub last_used_at: Option<DateTime<Utc>>,
}

impl From<api_token::Model> for ApiToken {
    fn from(m: api_token::Model) -> ApiToken {
        ApiToken {
            id: m.id,
            name: m.name,
            created_at: m.created_at,
            last_used_at: m.last_used_at,
        }
    }
}

impl ApiTokens {
    /// Makes a token and returns it in clear, the only time it exists so.
    pub async fn create_api_token(&self, user_id: i32, name: &str) -> Result<(String, ApiToken)> {
        let token = format!("{API_TOKEN_PREFIX}{}", random_token());
        let txn = self.begin_write().await?;
        let row = api_token::Entity::insert(api_token::ActiveModel {
            user_id: Set(user_id),
            name: Set(name.to_owned()),
            token_hash: Set(token_hash(&token)),
            created_at: Set(Utc::now()),
            last_used_at: Set(None),
            ..Default::default()
        })
        .exec_with_returning(&txn)
        .await?;
        let subject = format!("user:{user_id}");
        crate::audit::record(&txn, Some(user_id), "api-token:create", &subject, name).await?;
        txn.commit().await?;
        Ok((token, row.into()))
    }

    pub async fn of(&self, user_id: i32) -> Result<Vec<ApiToken>> {
        Ok(api_token::Entity::find()
            .filter(api_token::Column::UserId.eq(user_id))
            .order_by_desc(api_token::Column::CreatedAt)
            .all(&self.db)
            .await?
            .into_iter()
            .map(Into::into)
            .collect())
    }

    /// Ends one of the person's own tokens; false when they have no such token.
    pub async fn revoke_api_token(&self, user_id: i32, token_id: i32) -> Result<bool> {
        let txn = self.begin_write().await?;
        let done = api_token::Entity::delete_many()
            .filter(api_token::Column::Id.eq(token_id))
            .filter(api_token::Column::UserId.eq(user_id))
            .exec(&txn)
            .await?;
        if done.rows_affected == 0 {
            return Ok(false);
        }
        let subject = format!("user:{user_id}");
        let detail = format!("api-token:{token_id}");
        crate::audit::record(&txn, Some(user_id), "api-token:revoke", &subject, &detail).await?;
        txn.commit().await?;
        Ok(true)
    }

    /// The person a token belongs to, if it is theirs and they may still sign in. Notes
    /// the use at most once a minute, so reading the API does not write on every call.
    pub async fn user_by_api_token(&self, token: &str) -> Result<Option<User>> {
        if !token.starts_with(API_TOKEN_PREFIX) {
            return Ok(None);
        }
        let Some(found) = api_token::Entity::find()
            .filter(api_token::Column::TokenHash.eq(token_hash(token)))
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        // Only a use more than a minute after the last one noted is written.
        let now = Utc::now();
        if found
            .last_used_at
            .is_none_or(|at| at < now - Duration::minutes(1))
        {
            api_token::Entity::update_many()
                .col_expr(api_token::Column::LastUsedAt, Expr::value(Some(now)))
                .filter(api_token::Column::Id.eq(found.id))
                .filter(
                    Condition::any()
                        .add(api_token::Column::LastUsedAt.is_null())
                        .add(api_token::Column::LastUsedAt.lt(now - Duration::minutes(1))),
                )
                .exec(&self.db)
                .await?;
        }
        self.accounts().open_user(found.user_id).await
    }
}
