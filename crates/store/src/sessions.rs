//! The session store behind `tower-sessions`, kept in the database so that every
//! instance sees every session, and so that all sessions of one person can be ended at
//! once (logout everywhere, password change, disabled account).

use chrono::{DateTime, Utc};
use domain::Lang;
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, DatabaseConnection, EntityTrait, ExprTrait, FromQueryResult, JoinType,
    QueryFilter, QuerySelect, RelationTrait,
    sea_query::{Expr, OnConflict},
};
use tower_sessions::{
    SessionStore,
    session::{Id, Record},
    session_store,
};

use crate::{
    Store, User,
    accounts::roles_from,
    entity::{session, user, user_role},
    known,
};

/// The key under which the signed-in person's id is kept in a session.
pub const USER_ID_KEY: &str = "user_id";

/// The key under which a loaded session carries its person (a [`User`]), read with
/// the session in one statement so that a signed-in page does not ask for them again.
/// It is never written back: the person is read afresh with every request.
pub const PERSON_KEY: &str = "person";

#[derive(Clone, Debug)]
pub struct SessionRepo {
    db: DatabaseConnection,
    /// The store's writer: creating, saving and deleting a session is a change.
    writer: DatabaseConnection,
}

impl Store {
    pub fn sessions(&self) -> SessionRepo {
        SessionRepo {
            db: self.db.clone(),
            writer: self.writer.clone(),
        }
    }
}

fn backend(e: impl std::fmt::Display) -> session_store::Error {
    session_store::Error::Backend(e.to_string())
}

fn to_chrono(t: time::OffsetDateTime) -> DateTime<Utc> {
    DateTime::from_timestamp(t.unix_timestamp(), t.nanosecond()).unwrap_or_default()
}

impl SessionRepo {
    fn model(record: &Record) -> session_store::Result<session::ActiveModel> {
        let kept: serde_json::Map<String, serde_json::Value> = record
            .data
            .iter()
            .filter(|(key, _)| key.as_str() != PERSON_KEY)
            .map(|(key, value)| (key.clone(), value.clone()))
            .collect();
        let data = serde_json::to_string(&kept)
            .map_err(|e| session_store::Error::Encode(e.to_string()))?;
        let user_id = record
            .data
            .get(USER_ID_KEY)
            .and_then(serde_json::Value::as_i64)
            .and_then(|id| i32::try_from(id).ok());
        Ok(session::ActiveModel {
            id: Set(record.id.to_string()),
            user_id: Set(user_id),
            data: Set(data),
            expires_at: Set(to_chrono(record.expiry_date)),
        })
    }

    /// Removes sessions whose time is up.
    pub async fn delete_expired(&self, now: DateTime<Utc>) -> Result<u64, sea_orm::DbErr> {
        Ok(session::Entity::delete_many()
            .filter(session::Column::ExpiresAt.lt(now))
            .exec(&self.writer)
            .await?
            .rows_affected)
    }
}

/// A row of [`SessionRepo::load`]: the session, its person's columns and one role.
#[derive(FromQueryResult)]
struct LoadedRow {
    data: String,
    expires_at: DateTime<Utc>,
    person_id: Option<i32>,
    email: Option<String>,
    name: Option<String>,
    organisation_id: Option<i32>,
    lang: Option<String>,
    disabled: Option<bool>,
    has_password: Option<bool>,
    locked_until: Option<DateTime<Utc>>,
    role: Option<String>,
}

/// The session's person with their roles, if it has one.
fn person_of(rows: &[LoadedRow]) -> crate::Result<Option<User>> {
    let Some(first) = rows.first() else {
        return Ok(None);
    };
    let (Some(id), Some(email), Some(name), Some(org_id), Some(lang)) = (
        first.person_id,
        &first.email,
        &first.name,
        first.organisation_id,
        &first.lang,
    ) else {
        return Ok(None);
    };
    let roles = roles_from(rows.iter().filter_map(|row| row.role.as_deref()))?;
    Ok(Some(User {
        id,
        email: email.clone(),
        name: name.clone(),
        org_id,
        lang: known("users.lang", lang, Lang::parse(lang).ok())?,
        roles,
        disabled: first.disabled.unwrap_or(false),
        has_password: first.has_password.unwrap_or(false),
        locked_until: first.locked_until,
    }))
}

#[async_trait::async_trait]
impl SessionStore for SessionRepo {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        loop {
            let inserted = session::Entity::insert(Self::model(record)?)
                .on_conflict_do_nothing_on([session::Column::Id])
                .exec(&self.writer)
                .await
                .map_err(backend)?;
            match inserted {
                sea_orm::TryInsertResult::Inserted(_) => return Ok(()),
                // An id that is taken already gets a fresh one; never overwrite.
                _ => record.id = Id::default(),
            }
        }
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        session::Entity::insert(Self::model(record)?)
            .on_conflict(
                OnConflict::column(session::Column::Id)
                    .update_columns([
                        session::Column::UserId,
                        session::Column::Data,
                        session::Column::ExpiresAt,
                    ])
                    .to_owned(),
            )
            .exec(&self.writer)
            .await
            .map_err(backend)?;
        Ok(())
    }

    /// The session with its person and their roles, in one statement: one row per
    /// role (one row with no person for an anonymous session).
    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let rows = session::Entity::find_by_id(id.to_string())
            .filter(session::Column::ExpiresAt.gt(Utc::now()))
            .select_only()
            .column(session::Column::Data)
            .column(session::Column::ExpiresAt)
            .join(
                JoinType::LeftJoin,
                session::Entity::belongs_to(user::Entity)
                    .from(session::Column::UserId)
                    .to(user::Column::Id)
                    .into(),
            )
            .join(JoinType::LeftJoin, user_role::Relation::User.def().rev())
            .column_as(user::Column::Id, "person_id")
            .column(user::Column::Email)
            .column(user::Column::Name)
            .column(user::Column::OrganisationId)
            .column(user::Column::Lang)
            .column(user::Column::Disabled)
            .expr_as(
                Expr::col((user::Entity, user::Column::PasswordHash)).is_not_null(),
                "has_password",
            )
            .column(user::Column::LockedUntil)
            .column(user_role::Column::Role)
            .into_model::<LoadedRow>()
            .all(&self.db)
            .await
            .map_err(backend)?;
        let Some(first) = rows.first() else {
            return Ok(None);
        };
        let mut data: std::collections::HashMap<String, serde_json::Value> =
            serde_json::from_str(&first.data)
                .map_err(|e| session_store::Error::Decode(e.to_string()))?;
        let expiry_date = time::OffsetDateTime::from_unix_timestamp(first.expires_at.timestamp())
            .map_err(|e| session_store::Error::Decode(e.to_string()))?;
        if let Some(person) =
            person_of(&rows).map_err(|e| session_store::Error::Decode(e.to_string()))?
        {
            let person = serde_json::to_value(person)
                .map_err(|e| session_store::Error::Encode(e.to_string()))?;
            data.insert(PERSON_KEY.to_owned(), person);
        }
        Ok(Some(Record {
            id: *id,
            data,
            expiry_date,
        }))
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        session::Entity::delete_by_id(id.to_string())
            .exec(&self.writer)
            .await
            .map_err(backend)?;
        Ok(())
    }
}
