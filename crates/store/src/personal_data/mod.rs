//! What johto holds about a person, table by table, for "My data": every column that
//! names a person is declared in `HOLDINGS`, with what it is about. A person's
//! download is read through this one list, so it holds every kind of data there is;
//! a story compares the list with the database's own references to `users` (and with
//! the columns named like them), so a table added without being declared fails it.
//! Each holding also says what erasure does with it (`erasure.rs`).

mod erasure;

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use domain::personal_data::{DataKind, Erase, Retention, is_secret_column};
use sea_orm::{
    ColumnTrait, DbBackend, EntityTrait, FromQueryResult, JsonValue, QueryFilter, Statement,
};

use crate::{
    Result,
    entity::{account_request, audit_event, login_throttle, one_time_token, session},
    files::StoredFile,
};

/// The job that removes, each night, what is past its retention period.
pub const RETENTION_JOB: &str = "privacy.retention";

/// What one retention run removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Purged {
    pub account_requests: u64,
    pub one_time_links: u64,
    pub sessions: u64,
    pub login_throttle: u64,
    pub audit_events: u64,
}

/// How a table's rows are found to be about the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// The column holds the person's id.
    Id,
    /// The column holds the person's e-mail address (rows made before, or without,
    /// an account).
    Email,
    /// The audit log's subject names the person (`user:{id}`).
    Subject,
}

/// A column that names a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Holding {
    pub kind: DataKind,
    pub table: &'static str,
    pub column: &'static str,
    pub key: Key,
    /// What erasing the person does with it.
    pub erase: Erase,
}

impl Holding {
    /// What the column holds for the person with this id and address.
    pub fn value_for(&self, user_id: i32, email: &str) -> sea_orm::Value {
        match self.key {
            Key::Id => user_id.into(),
            Key::Email => email.to_owned().into(),
            Key::Subject => format!("user:{user_id}").into(),
        }
    }
}

/// A statement with one value per `?`, numbered for PostgreSQL.
pub(crate) fn statement(backend: DbBackend, sql: &str, values: Vec<sea_orm::Value>) -> Statement {
    let sql = if backend == DbBackend::Postgres {
        let mut numbered = String::with_capacity(sql.len() + 4);
        let mut n = 0;
        for c in sql.chars() {
            if c == '?' {
                n += 1;
                numbered.push_str(&format!("${n}"));
            } else {
                numbered.push(c);
            }
        }
        numbered
    } else {
        sql.to_owned()
    };
    Statement::from_sql_and_values(backend, sql, values)
}

const fn by_id(kind: DataKind, table: &'static str, column: &'static str, erase: Erase) -> Holding {
    Holding {
        kind,
        table,
        column,
        key: Key::Id,
        erase,
    }
}

/// Every column of johto's tables that names a person.
pub const HOLDINGS: &[Holding] = &[
    by_id(DataKind::Account, "users", "id", Erase::Anonymise),
    Holding {
        kind: DataKind::Account,
        table: "account_requests",
        column: "email",
        erase: Erase::Remove,
        key: Key::Email,
    },
    by_id(DataKind::Roles, "user_roles", "user_id", Erase::Remove),
    by_id(DataKind::Sessions, "sessions", "user_id", Erase::Remove),
    by_id(
        DataKind::Sessions,
        "trusted_devices",
        "user_id",
        Erase::Remove,
    ),
    by_id(
        DataKind::Sessions,
        "one_time_tokens",
        "user_id",
        Erase::Remove,
    ),
    by_id(
        DataKind::Sessions,
        "calendar_feeds",
        "user_id",
        Erase::Remove,
    ),
    by_id(
        DataKind::Sessions,
        "identity_links",
        "user_id",
        Erase::Remove,
    ),
    by_id(DataKind::Academy, "part_progress", "user_id", Erase::Remove),
    by_id(DataKind::Academy, "part_ratings", "user_id", Erase::Keep),
    by_id(DataKind::Academy, "tool_answers", "user_id", Erase::Remove),
    by_id(
        DataKind::Academy,
        "theme_subscriptions",
        "user_id",
        Erase::Remove,
    ),
    by_id(DataKind::Events, "registrations", "user_id", Erase::Keep),
    by_id(
        DataKind::Events,
        "session_attendance",
        "user_id",
        Erase::Keep,
    ),
    by_id(DataKind::Events, "event_feedback", "user_id", Erase::Keep),
    by_id(DataKind::Events, "event_invitees", "user_id", Erase::Remove),
    by_id(DataKind::Coaching, "participants", "user_id", Erase::Keep),
    by_id(
        DataKind::Coaching,
        "project_part_managers",
        "user_id",
        Erase::Remove,
    ),
    by_id(
        DataKind::Coaching,
        "peer_group_members",
        "user_id",
        Erase::Remove,
    ),
    by_id(
        DataKind::Coaching,
        "peer_group_posts",
        "author_id",
        Erase::Remove,
    ),
    by_id(DataKind::Coaching, "works", "user_id", Erase::Remove),
    by_id(
        DataKind::Coaching,
        "attempts",
        "submitted_by",
        Erase::Remove,
    ),
    by_id(
        DataKind::Coaching,
        "task_extensions",
        "user_id",
        Erase::Remove,
    ),
    by_id(
        DataKind::Coaching,
        "self_assessments",
        "user_id",
        Erase::Remove,
    ),
    by_id(
        DataKind::Coaching,
        "round_respondents",
        "user_id",
        Erase::Keep,
    ),
    by_id(
        DataKind::Coaching,
        "round_responses",
        "user_id",
        Erase::Unlink,
    ),
    by_id(
        DataKind::Certificates,
        "certificates",
        "user_id",
        Erase::Revoke,
    ),
    by_id(
        DataKind::Development,
        "sparring_applications",
        "applied_by",
        Erase::Unlink,
    ),
    by_id(
        DataKind::Development,
        "reconsiderations",
        "filed_by",
        Erase::Unlink,
    ),
    by_id(
        DataKind::Development,
        "solutions",
        "author_id",
        Erase::Unlink,
    ),
    by_id(
        DataKind::Newsletters,
        "newsletter_subscribers",
        "user_id",
        Erase::Remove,
    ),
    Holding {
        kind: DataKind::Newsletters,
        table: "newsletter_subscribers",
        column: "email",
        erase: Erase::Remove,
        key: Key::Email,
    },
    by_id(DataKind::ApiTokens, "api_tokens", "user_id", Erase::Remove),
    by_id(DataKind::Files, "files", "uploaded_by", Erase::Remove),
    by_id(
        DataKind::Work,
        "account_requests",
        "decided_by",
        Erase::Unlink,
    ),
    by_id(
        DataKind::Work,
        "theme_revisions",
        "author_id",
        Erase::Unlink,
    ),
    by_id(DataKind::Work, "events", "created_by", Erase::Unlink),
    by_id(DataKind::Work, "event_materials", "added_by", Erase::Unlink),
    by_id(
        DataKind::Work,
        "progress_entries",
        "written_by",
        Erase::Unlink,
    ),
    by_id(DataKind::Work, "participants", "proposed_by", Erase::Unlink),
    by_id(
        DataKind::Work,
        "peer_group_meetings",
        "written_by",
        Erase::Unlink,
    ),
    by_id(DataKind::Work, "tasks", "created_by", Erase::Unlink),
    by_id(
        DataKind::Work,
        "task_extensions",
        "granted_by",
        Erase::Unlink,
    ),
    by_id(DataKind::Work, "attempts", "feedback_by", Erase::Unlink),
    by_id(DataKind::Work, "coach_digests", "coach_id", Erase::Remove),
    by_id(DataKind::Work, "surveys", "created_by", Erase::Unlink),
    by_id(
        DataKind::Work,
        "evaluation_responses",
        "written_by",
        Erase::Unlink,
    ),
    by_id(DataKind::Work, "certificates", "granted_by", Erase::Unlink),
    by_id(DataKind::Work, "certificates", "revoked_by", Erase::Unlink),
    by_id(
        DataKind::Work,
        "sparring_rounds",
        "created_by",
        Erase::Unlink,
    ),
    by_id(
        DataKind::Work,
        "sparring_reviews",
        "reviewer_id",
        Erase::Keep,
    ),
    by_id(
        DataKind::Work,
        "sparring_scores",
        "reviewer_id",
        Erase::Keep,
    ),
    by_id(
        DataKind::Work,
        "sparring_decisions",
        "decided_by",
        Erase::Unlink,
    ),
    by_id(
        DataKind::Work,
        "reconsiderations",
        "answered_by",
        Erase::Unlink,
    ),
    by_id(DataKind::Work, "sparring_days", "written_by", Erase::Unlink),
    by_id(
        DataKind::Work,
        "solution_campaigns",
        "created_by",
        Erase::Unlink,
    ),
    by_id(
        DataKind::Work,
        "solution_history",
        "actor_id",
        Erase::Unlink,
    ),
    by_id(DataKind::Work, "newsletters", "created_by", Erase::Unlink),
    by_id(
        DataKind::Account,
        "erasure_requests",
        "user_id",
        Erase::Keep,
    ),
    by_id(
        DataKind::Work,
        "erasure_requests",
        "decided_by",
        Erase::Unlink,
    ),
    by_id(DataKind::Audit, "audit_events", "actor_id", Erase::Keep),
    Holding {
        kind: DataKind::Audit,
        table: "audit_events",
        column: "subject",
        erase: Erase::Keep,
        key: Key::Subject,
    },
];

pub use erasure::{ERASED_NAME, ERASURE_NOTICE_JOB, Erased, ErasureNotice, ErasureRequest};

/// Columns whose names look like a person's but are not one: a worker's name.
pub const NOT_A_PERSON: &[(&str, &str)] = &[("jobs", "locked_by")];

/// The rows of one holding about the person, without the secret columns.
#[derive(Debug, Clone)]
pub struct Rows {
    pub holding: Holding,
    pub rows: Vec<serde_json::Map<String, JsonValue>>,
}

impl Rows {
    /// The file's name in the download: `table.column.json`.
    pub fn file_name(&self) -> String {
        format!("{}.{}.json", self.holding.table, self.holding.column)
    }
}

/// Everything johto holds about a person.
#[derive(Debug, Clone)]
pub struct PersonalData {
    pub holdings: Vec<Rows>,
    /// The files they uploaded, for the download to carry.
    pub files: Vec<StoredFile>,
}

impl PersonalData {
    /// The number of rows of each kind, in `DataKind` order (kinds with none left out).
    pub fn counts(&self) -> BTreeMap<DataKind, usize> {
        let mut counts = BTreeMap::new();
        for rows in &self.holdings {
            if !rows.rows.is_empty() {
                *counts.entry(rows.holding.kind).or_default() += rows.rows.len();
            }
        }
        counts
    }
}

impl crate::Store {
    /// Reads every holding about the person (`None` when there is no such person).
    pub async fn personal_data(&self, user_id: i32) -> Result<Option<PersonalData>> {
        let Some(user) = self.accounts().user(user_id).await? else {
            return Ok(None);
        };
        let backend = self.db.get_database_backend();
        let mut holdings = Vec::with_capacity(HOLDINGS.len());
        for holding in HOLDINGS {
            let sql = format!(
                "SELECT * FROM {} WHERE {} = ?",
                holding.table, holding.column
            );
            let value = holding.value_for(user_id, &user.email);
            let rows = JsonValue::find_by_statement(statement(backend, &sql, vec![value]))
                .all(&self.db)
                .await?
                .into_iter()
                .filter_map(|row| match row {
                    JsonValue::Object(mut columns) => {
                        columns.retain(|column, _| !is_secret_column(holding.table, column));
                        Some(columns)
                    }
                    _ => None,
                })
                .collect();
            holdings.push(Rows {
                holding: *holding,
                rows,
            });
        }
        let file_ids: Vec<i32> = holdings
            .iter()
            .filter(|r| r.holding.table == "files")
            .flat_map(|r| r.rows.iter())
            .filter_map(|row| row.get("id").and_then(JsonValue::as_i64))
            .filter_map(|id| i32::try_from(id).ok())
            .collect();
        let files = crate::files::by_id(&self.db, &file_ids)
            .await?
            .into_values()
            .collect();
        Ok(Some(PersonalData { holdings, files }))
    }

    /// Removes what is past its period in `retention` at `now`: account requests never
    /// approved, one-time links, ended sessions, failed-sign-in counts and audit
    /// entries. An approved request stays (it is the account's origin) until the
    /// account goes.
    pub async fn purge_expired(&self, retention: &Retention, now: DateTime<Utc>) -> Result<Purged> {
        let before = |days| Retention::cutoff(now, days);
        let txn = self.begin_write().await?;
        let purged = Purged {
            account_requests: account_request::Entity::delete_many()
                .filter(account_request::Column::Status.ne("approved"))
                .filter(
                    account_request::Column::CreatedAt.lt(before(retention.account_request_days)),
                )
                .exec(&txn)
                .await?
                .rows_affected,
            one_time_links: one_time_token::Entity::delete_many()
                .filter(one_time_token::Column::ExpiresAt.lt(before(retention.one_time_link_days)))
                .exec(&txn)
                .await?
                .rows_affected,
            sessions: session::Entity::delete_many()
                .filter(session::Column::ExpiresAt.lt(now))
                .exec(&txn)
                .await?
                .rows_affected,
            login_throttle: login_throttle::Entity::delete_many()
                .filter(
                    login_throttle::Column::WindowStart.lt(before(retention.login_throttle_days)),
                )
                .exec(&txn)
                .await?
                .rows_affected,
            audit_events: audit_event::Entity::delete_many()
                .filter(audit_event::Column::At.lt(before(retention.audit_days)))
                .exec(&txn)
                .await?
                .rows_affected,
        };
        txn.commit().await?;
        Ok(purged)
    }

    /// Queues the retention run at `at`, unless one is waiting besides `running`.
    pub async fn queue_retention(&self, at: DateTime<Utc>, running: Option<i64>) -> Result<bool> {
        self.jobs()
            .queue_unless_waiting(RETENTION_JOB, at, running)
            .await
    }

    /// Notes that the person downloaded their data.
    pub async fn record_data_export(&self, user_id: i32) -> Result<()> {
        crate::audit::record(
            &self.db,
            Some(user_id),
            "personal-data:export",
            &format!("user:{user_id}"),
            "",
        )
        .await
    }
}
