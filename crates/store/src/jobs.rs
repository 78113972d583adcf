//! The background jobs queue: a `jobs` table claimed with a lease.
//!
//! `enqueue` takes a connection or a transaction: a job queued inside the transaction
//! of the change that calls for it (as the events' notices are) is never lost nor run
//! for a change that was rolled back. A worker claims
//! the oldest due job by setting its lease in one conditional `UPDATE … RETURNING`
//! (with `FOR UPDATE SKIP LOCKED` on PostgreSQL, so workers never wait on each other;
//! SQLite runs one writer at a time). A job whose worker died is taken again when its
//! lease runs out; a failed one is retried with a doubling delay until it gives up.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, FromQueryResult,
    QueryFilter, Statement, sea_query::Expr,
};
use serde::{Serialize, de::DeserializeOwned};

use crate::{LiteralCondition, Result, entity::job};

repository!(
    /// The background queue: enqueue, claim with a lease, complete, fail with backoff.
    Jobs,
    jobs
);

/// How long a worker holds a job before another may take it, unless configured
/// otherwise (`job_lease_seconds`): long enough for the longest batch a job runs, short
/// enough that a crashed worker's job is soon taken up again.
pub const LEASE_SECONDS: i64 = 120;
/// Attempts before a job is given up (marked dead) and left for an operator.
pub const MAX_ATTEMPTS: i32 = 8;

/// A claimed job, ready to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub id: i64,
    pub kind: String,
    pub payload: String,
    /// This run's number, from 1.
    pub attempt: i32,
}

impl Job {
    pub fn payload<T: DeserializeOwned>(&self) -> serde_json::Result<T> {
        serde_json::from_str(&self.payload)
    }
}

/// The delay before retrying after the `attempt`-th failure: 10 s, 20 s, 40 s, … up to
/// an hour.
pub fn backoff(attempt: i32) -> Duration {
    let doublings = u32::try_from(attempt.saturating_sub(1))
        .unwrap_or(0)
        .min(12);
    Duration::seconds((10i64 << doublings).min(3600))
}

/// A job to queue: its kind, its payload as JSON, and when it is due.
#[derive(Debug, Clone)]
pub struct NewJob {
    kind: String,
    payload: String,
    run_at: DateTime<Utc>,
}

impl NewJob {
    pub fn new<T: Serialize>(kind: &str, payload: &T, run_at: DateTime<Utc>) -> Result<NewJob> {
        Ok(NewJob {
            kind: kind.to_owned(),
            payload: serde_json::to_string(payload)
                .map_err(|e| sea_orm::DbErr::Custom(e.to_string()))?,
            run_at,
        })
    }

    fn row(self) -> job::ActiveModel {
        job::ActiveModel {
            kind: Set(self.kind),
            payload: Set(self.payload),
            run_at: Set(self.run_at),
            attempts: Set(0),
            max_attempts: Set(MAX_ATTEMPTS),
            locked_until: Set(None),
            locked_by: Set(None),
            last_error: Set(None),
            dead: Set(false),
            done_at: Set(None),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
    }
}

/// Queues a job, on a connection or inside a transaction.
pub async fn enqueue<T: Serialize>(
    db: &impl ConnectionTrait,
    kind: &str,
    payload: &T,
    run_at: DateTime<Utc>,
) -> Result<i64> {
    Ok(
        job::Entity::insert(NewJob::new(kind, payload, run_at)?.row())
            .exec(db)
            .await?
            .last_insert_id,
    )
}

/// Queues several jobs in one statement, in their order.
pub async fn enqueue_all(db: &impl ConnectionTrait, jobs: Vec<NewJob>) -> Result<()> {
    if !jobs.is_empty() {
        job::Entity::insert_many(jobs.into_iter().map(NewJob::row))
            .exec_without_returning(db)
            .await?;
    }
    Ok(())
}

#[derive(Debug, FromQueryResult)]
struct Claimed {
    id: i64,
    kind: String,
    payload: String,
    attempts: i32,
}

/// The counts an operator looks at.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QueueStats {
    pub waiting: u64,
    pub dead: u64,
}

impl Jobs {
    pub async fn enqueue<T: Serialize>(&self, kind: &str, payload: &T) -> Result<i64> {
        enqueue(&self.db, kind, payload, Utc::now()).await
    }

    /// Queues a job of `kind` at `at` unless one is already waiting (other than
    /// `running`, the job asking): a nightly chain, begun at every start and continued
    /// by each run, stays one chain. Says whether it queued one.
    pub async fn queue_unless_waiting(
        &self,
        kind: &str,
        at: DateTime<Utc>,
        running: Option<i64>,
    ) -> Result<bool> {
        use sea_orm::PaginatorTrait;
        let txn = self.begin_write().await?;
        let waiting = job::Entity::find()
            .filter(job::Column::Kind.eq(kind))
            .filter(job::Column::DoneAt.is_null())
            .filter(job::Column::Dead.eq_literal(false))
            .filter(job::Column::Id.ne(running.unwrap_or(-1)))
            .count(&txn)
            .await?;
        if waiting == 0 {
            enqueue(&txn, kind, &serde_json::json!({}), at).await?;
        }
        txn.commit().await?;
        Ok(waiting == 0)
    }

    /// Takes the oldest due job for `worker` for the length of `lease`, or `None` when
    /// nothing is due.
    pub async fn claim_job(
        &self,
        worker: &str,
        now: DateTime<Utc>,
        lease: Duration,
    ) -> Result<Option<Job>> {
        let backend = self.db.get_database_backend();
        let lease = now + lease;
        // The one backend branch of the queue: PostgreSQL's row lock that skips rows
        // other workers hold.
        let sql = match backend {
            DbBackend::Postgres => {
                "UPDATE jobs SET locked_until = $1, locked_by = $2, attempts = attempts + 1 \
                 WHERE id = (SELECT id FROM jobs WHERE done_at IS NULL AND dead = FALSE AND run_at <= $3 \
                 AND (locked_until IS NULL OR locked_until < $3) ORDER BY run_at, id LIMIT 1 FOR UPDATE SKIP LOCKED) \
                 RETURNING id, kind, payload, attempts"
            }
            _ => {
                "UPDATE jobs SET locked_until = ?, locked_by = ?, attempts = attempts + 1 \
                 WHERE id = (SELECT id FROM jobs WHERE done_at IS NULL AND dead = FALSE AND run_at <= ? \
                 AND (locked_until IS NULL OR locked_until < ?) ORDER BY run_at, id LIMIT 1) \
                 RETURNING id, kind, payload, attempts"
            }
        };
        let values: Vec<sea_orm::Value> = match backend {
            DbBackend::Postgres => vec![lease.into(), worker.into(), now.into()],
            _ => vec![lease.into(), worker.into(), now.into(), now.into()],
        };
        let claimed =
            Claimed::find_by_statement(Statement::from_sql_and_values(backend, sql, values))
                .one(&self.db)
                .await?;
        Ok(claimed.map(|c| Job {
            id: c.id,
            kind: c.kind,
            payload: c.payload,
            attempt: c.attempts,
        }))
    }

    /// Marks a job done, if `worker` still holds it.
    pub async fn complete_job(&self, id: i64, worker: &str, now: DateTime<Utc>) -> Result<()> {
        job::Entity::update_many()
            .col_expr(job::Column::DoneAt, Expr::value(Some(now)))
            .col_expr(
                job::Column::LockedUntil,
                Expr::value(Option::<DateTime<Utc>>::None),
            )
            .filter(job::Column::Id.eq(id))
            .filter(job::Column::LockedBy.eq(worker))
            .exec(&self.db)
            .await?;
        Ok(())
    }

    /// Records a failure: the job waits for its backoff, or is given up after its
    /// last attempt.
    pub async fn fail_job(
        &self,
        id: i64,
        worker: &str,
        error: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let Some(found) = job::Entity::find_by_id(id).one(&self.db).await? else {
            return Ok(());
        };
        let dead = found.attempts >= found.max_attempts;
        job::Entity::update_many()
            .col_expr(
                job::Column::LastError,
                Expr::value(Some(error.chars().take(2000).collect::<String>())),
            )
            .col_expr(
                job::Column::LockedUntil,
                Expr::value(Option::<DateTime<Utc>>::None),
            )
            .col_expr(
                job::Column::RunAt,
                Expr::value(now + backoff(found.attempts)),
            )
            .col_expr(job::Column::Dead, Expr::value(dead))
            .filter(job::Column::Id.eq(id))
            .filter(job::Column::LockedBy.eq(worker))
            .exec(&self.db)
            .await?;
        Ok(())
    }

    pub async fn job_stats(&self) -> Result<QueueStats> {
        use sea_orm::PaginatorTrait;
        let waiting = job::Entity::find()
            .filter(job::Column::DoneAt.is_null())
            .filter(job::Column::Dead.eq_literal(false))
            .count(&self.db)
            .await?;
        let dead = job::Entity::find()
            .filter(job::Column::Dead.eq_literal(true))
            .count(&self.db)
            .await?;
        Ok(QueueStats { waiting, dead })
    }

    /// A job as stored, for tests and operators.
    pub async fn job(&self, id: i64) -> Result<Option<job::Model>> {
        Ok(job::Entity::find_by_id(id).one(&self.db).await?)
    }
}

#[cfg(test)]
mod tests {
    use super::backoff;

    #[test]
    fn retries_wait_twice_as_long_each_time_up_to_an_hour() {
        assert_eq!(backoff(1).num_seconds(), 10);
        assert_eq!(backoff(2).num_seconds(), 20);
        assert_eq!(backoff(4).num_seconds(), 80);
        assert_eq!(backoff(100).num_seconds(), 3600);
    }
}
