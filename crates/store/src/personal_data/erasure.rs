//! Erasure (GDPR art. 17): a person asks, an administrator carries it out or refuses
//! with a reason, and the person is told. Carrying it out follows each holding's rule
//! (`Holding::erase`) in one transaction: rows go, or stay without the person, or stay
//! naming only the account, which loses its name, address and password. The files the
//! person uploaded go with the rows that used them; a file others still use stays,
//! unlinked from them.

use chrono::{DateTime, Utc};
use domain::personal_data::{Erase, ErasureStatus};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    TransactionTrait, sea_query::Expr,
};
use serde::{Deserialize, Serialize};

use super::{HOLDINGS, statement};
use crate::{
    LiteralCondition, Result, StoreError,
    entity::{erasure_request, file, user},
};

/// The job that tells the person what came of their request.
pub const ERASURE_NOTICE_JOB: &str = "privacy.erasure-notice";

/// The notice's payload: the request, whose outcome and address it reads.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct ErasureNotice {
    pub request_id: i32,
}

/// The name an erased account carries from then on.
pub const ERASED_NAME: &str = "—";

/// A request for erasure, with the person as they are now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErasureRequest {
    pub id: i32,
    pub user_id: i32,
    pub name: String,
    pub organisation_id: i32,
    pub message: String,
    pub status: ErasureStatus,
    pub reason: Option<String>,
    pub requested_at: DateTime<Utc>,
    pub decided_at: Option<DateTime<Utc>>,
}

/// What one erasure did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Erased {
    /// Rows removed, and rows kept with the person's column emptied.
    pub removed: u64,
    pub unlinked: u64,
    /// The storage keys of the files that went: their bytes are the caller's to delete
    /// once the transaction has committed.
    pub storage_keys: Vec<String>,
}

fn request_of(row: erasure_request::Model, person: Option<&user::Model>) -> Result<ErasureRequest> {
    Ok(ErasureRequest {
        status: ErasureStatus::parse(&row.status).ok_or_else(|| StoreError::UnknownValue {
            column: "erasure_requests.status",
            value: row.status.clone(),
        })?,
        id: row.id,
        user_id: row.user_id,
        name: person.map_or_else(String::new, |p| p.name.clone()),
        organisation_id: person.map_or(0, |p| p.organisation_id),
        message: row.message,
        reason: row.reason,
        requested_at: row.requested_at,
        decided_at: row.decided_at,
    })
}

impl crate::Store {
    /// Records the person's request, unless one of theirs already waits (`None`).
    pub async fn request_erasure(&self, user_id: i32, message: &str) -> Result<Option<i32>> {
        let txn = self.begin_write().await?;
        let waiting = erasure_request::Entity::find()
            .filter(erasure_request::Column::UserId.eq(user_id))
            .filter(erasure_request::Column::Status.eq_literal(ErasureStatus::Waiting.as_str()))
            .one(&txn)
            .await?;
        if waiting.is_some() {
            return Ok(None);
        }
        let id = erasure_request::Entity::insert(erasure_request::ActiveModel {
            user_id: Set(user_id),
            message: Set(message.to_owned()),
            status: Set(ErasureStatus::Waiting.as_str().to_owned()),
            reason: Set(None),
            decided_by: Set(None),
            requested_at: Set(Utc::now()),
            decided_at: Set(None),
            notify_email: Set(None),
            ..Default::default()
        })
        .exec(&txn)
        .await?
        .last_insert_id;
        crate::audit::record(
            &txn,
            Some(user_id),
            "personal-data:erasure-request",
            &format!("user:{user_id}"),
            "",
        )
        .await?;
        txn.commit().await?;
        Ok(Some(id))
    }

    /// The person's own requests, newest first.
    pub async fn erasure_requests_of(&self, user_id: i32) -> Result<Vec<ErasureRequest>> {
        let person = user::Entity::find_by_id(user_id).one(&self.db).await?;
        erasure_request::Entity::find()
            .filter(erasure_request::Column::UserId.eq(user_id))
            .order_by_desc(erasure_request::Column::RequestedAt)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|row| request_of(row, person.as_ref()))
            .collect()
    }

    /// The requests waiting for a decision, oldest first, and the decided ones after
    /// them, newest first.
    pub async fn erasure_requests(&self) -> Result<Vec<ErasureRequest>> {
        let rows = erasure_request::Entity::find()
            .order_by_desc(erasure_request::Column::RequestedAt)
            .all(&self.db)
            .await?;
        let people: std::collections::HashMap<i32, user::Model> = user::Entity::find()
            .filter(user::Column::Id.is_in(rows.iter().map(|r| r.user_id)))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|u| (u.id, u))
            .collect();
        let mut requests = rows
            .into_iter()
            .map(|row| {
                let person = people.get(&row.user_id);
                request_of(row, person)
            })
            .collect::<Result<Vec<_>>>()?;
        requests.sort_by_key(|r| match r.status {
            ErasureStatus::Waiting => (0, r.requested_at.timestamp()),
            _ => (1, -r.requested_at.timestamp()),
        });
        Ok(requests)
    }

    pub async fn erasure_request(&self, id: i32) -> Result<Option<ErasureRequest>> {
        let Some((row, person)) = self.request_and_person(id).await? else {
            return Ok(None);
        };
        request_of(row, Some(&person)).map(Some)
    }

    async fn request_and_person(
        &self,
        id: i32,
    ) -> Result<Option<(erasure_request::Model, user::Model)>> {
        let Some(row) = erasure_request::Entity::find_by_id(id)
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        Ok(user::Entity::find_by_id(row.user_id)
            .one(&self.db)
            .await?
            .map(|person| (row, person)))
    }

    /// Refuses a waiting request with its reason, and queues the person's notice.
    /// `false` when it no longer waits.
    pub async fn refuse_erasure(&self, id: i32, admin: i32, reason: &str) -> Result<bool> {
        let txn = self.begin_write().await?;
        let Some(request) = self.waiting_request(&txn, id).await? else {
            return Ok(false);
        };
        erasure_request::Entity::update_many()
            .col_expr(
                erasure_request::Column::Status,
                Expr::value(ErasureStatus::Refused.as_str()),
            )
            .col_expr(erasure_request::Column::Reason, Expr::value(Some(reason)))
            .col_expr(erasure_request::Column::DecidedBy, Expr::value(Some(admin)))
            .col_expr(
                erasure_request::Column::DecidedAt,
                Expr::value(Some(Utc::now())),
            )
            .filter(erasure_request::Column::Id.eq(id))
            .exec(&txn)
            .await?;
        crate::audit::record(
            &txn,
            Some(admin),
            "personal-data:erasure-refused",
            &format!("user:{}", request.user_id),
            reason,
        )
        .await?;
        crate::jobs::enqueue(
            &txn,
            ERASURE_NOTICE_JOB,
            &ErasureNotice { request_id: id },
            Utc::now(),
        )
        .await?;
        txn.commit().await?;
        Ok(true)
    }

    async fn waiting_request(
        &self,
        txn: &impl ConnectionTrait,
        id: i32,
    ) -> Result<Option<erasure_request::Model>> {
        Ok(erasure_request::Entity::find_by_id(id)
            .filter(erasure_request::Column::Status.eq_literal(ErasureStatus::Waiting.as_str()))
            .one(txn)
            .await?)
    }

    /// Carries out a waiting request by the rules of `HOLDINGS`, in one transaction,
    /// and queues the person's notice to the address they had. `None` when it no
    /// longer waits.
    pub async fn erase(&self, id: i32, admin: i32, now: DateTime<Utc>) -> Result<Option<Erased>> {
        let txn = self.begin_write().await?;
        let Some(request) = self.waiting_request(&txn, id).await? else {
            return Ok(None);
        };
        let person = user::Entity::find_by_id(request.user_id)
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        let backend = txn.get_database_backend();
        let mut erased = Erased::default();
        // What others keep must not lose its last reference to the person's files
        // before the rows that use them have gone: the files are handled last.
        for holding in HOLDINGS {
            let value = holding.value_for(person.id, &person.email);
            let (table, column) = (holding.table, holding.column);
            match holding.erase {
                Erase::Keep | Erase::Anonymise => {}
                Erase::Remove if table == "files" => {}
                Erase::Remove => {
                    erased.removed += txn
                        .execute_raw(statement(
                            backend,
                            &format!("DELETE FROM {table} WHERE {column} = ?"),
                            vec![value],
                        ))
                        .await?
                        .rows_affected();
                }
                Erase::Unlink => {
                    erased.unlinked += txn
                        .execute_raw(statement(
                            backend,
                            &format!("UPDATE {table} SET {column} = NULL WHERE {column} = ?"),
                            vec![value],
                        ))
                        .await?
                        .rows_affected();
                }
                Erase::Revoke => {
                    erased.unlinked += txn
                        .execute_raw(statement(
                            backend,
                            &format!(
                                "UPDATE {table} SET revoked_on = COALESCE(revoked_on, ?), \
                                 holder_name = '', holder_erased = ?, {column} = NULL \
                                 WHERE {column} = ?"
                            ),
                            vec![now.date_naive().into(), true.into(), value],
                        ))
                        .await?
                        .rows_affected();
                }
            }
        }
        // Each file goes unless a row others keep still uses it; then it stays,
        // no longer the person's.
        let files = file::Entity::find()
            .filter(file::Column::UploadedBy.eq(person.id))
            .all(&txn)
            .await?;
        for stored in files {
            let savepoint = txn.begin().await?;
            match file::Entity::delete_by_id(stored.id).exec(&savepoint).await {
                Ok(_) => {
                    savepoint.commit().await?;
                    erased.removed += 1;
                    erased.storage_keys.push(stored.storage_key);
                }
                Err(_) => {
                    savepoint.rollback().await?;
                    file::Entity::update_many()
                        .col_expr(file::Column::UploadedBy, Expr::value(None::<i32>))
                        .filter(file::Column::Id.eq(stored.id))
                        .exec(&txn)
                        .await?;
                    erased.unlinked += 1;
                }
            }
        }
        user::Entity::update_many()
            .col_expr(user::Column::Name, Expr::value(ERASED_NAME))
            .col_expr(
                user::Column::Email,
                Expr::value(format!("erased-{}@erased.invalid", person.id)),
            )
            .col_expr(user::Column::PasswordHash, Expr::value(None::<String>))
            .col_expr(user::Column::Disabled, Expr::value(true))
            .col_expr(user::Column::FailedLogins, Expr::value(0))
            .col_expr(
                user::Column::LockedUntil,
                Expr::value(None::<DateTime<Utc>>),
            )
            .col_expr(user::Column::ErasedAt, Expr::value(Some(now)))
            .filter(user::Column::Id.eq(person.id))
            .exec(&txn)
            .await?;
        // The log keeps its entries, without the address some of them were written with.
        txn.execute_raw(statement(
            backend,
            "UPDATE audit_events SET detail = REPLACE(detail, ?, '') WHERE detail LIKE ?",
            vec![
                person.email.clone().into(),
                format!("%{}%", person.email).into(),
            ],
        ))
        .await?;
        // The person's own words with any of their requests go too.
        erasure_request::Entity::update_many()
            .col_expr(erasure_request::Column::Message, Expr::value(""))
            .filter(erasure_request::Column::UserId.eq(person.id))
            .exec(&txn)
            .await?;
        erasure_request::Entity::update_many()
            .col_expr(
                erasure_request::Column::Status,
                Expr::value(ErasureStatus::Erased.as_str()),
            )
            .col_expr(erasure_request::Column::DecidedBy, Expr::value(Some(admin)))
            .col_expr(erasure_request::Column::DecidedAt, Expr::value(Some(now)))
            .col_expr(
                erasure_request::Column::NotifyEmail,
                Expr::value(Some(person.email.clone())),
            )
            .filter(erasure_request::Column::Id.eq(id))
            .exec(&txn)
            .await?;
        crate::audit::record(
            &txn,
            Some(admin),
            "personal-data:erase",
            &format!("user:{}", person.id),
            &format!(
                "removed {}, unlinked {}, files {}",
                erased.removed,
                erased.unlinked,
                erased.storage_keys.len()
            ),
        )
        .await?;
        crate::jobs::enqueue(
            &txn,
            ERASURE_NOTICE_JOB,
            &ErasureNotice { request_id: id },
            now,
        )
        .await?;
        txn.commit().await?;
        Ok(Some(erased))
    }

    /// Where the notice of a decided request goes, in which language, and what it
    /// says: the address kept for an erasure, or the account's own.
    pub async fn erasure_notice(
        &self,
        id: i32,
    ) -> Result<Option<(String, domain::Lang, ErasureRequest)>> {
        let Some((row, person)) = self.request_and_person(id).await? else {
            return Ok(None);
        };
        let address = match &row.notify_email {
            Some(address) => address.clone(),
            None if person.erased_at.is_none() => person.email.clone(),
            None => return Ok(None),
        };
        let lang = domain::Lang::parse(&person.lang).unwrap_or_default();
        Ok(Some((address, lang, request_of(row, Some(&person))?)))
    }

    /// Forgets the address an erasure's notice went to, once it has gone.
    pub async fn erasure_notice_sent(&self, id: i32) -> Result<()> {
        erasure_request::Entity::update_many()
            .col_expr(
                erasure_request::Column::NotifyEmail,
                Expr::value(None::<String>),
            )
            .filter(erasure_request::Column::Id.eq(id))
            .exec(&self.db)
            .await?;
        Ok(())
    }
}
