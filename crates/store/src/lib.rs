//! johto's storage. One `Store` over SeaORM serves SQLite (the embedded default) and
//! PostgreSQL (production); the database URL picks the backend. Repositories are
//! grouped by feature and return plain types, never SeaORM models.

/// The relations of a plain entity: none (repositories follow them with explicit
/// queries).
macro_rules! plain_entity {
    () => {
        #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
        pub enum Relation {}
        impl ActiveModelBehavior for ActiveModel {}
    };
}

/// A feature's repository: a handle on the store, reached as `store.<feature>()`,
/// whose methods are that feature's storage. It derefs to the `Store`, so a feature's
/// code reaches the connection, `begin_write` and the other features the same way.
macro_rules! repository {
    ($(#[$doc:meta])* $name:ident, $accessor:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug)]
        pub struct $name(crate::Store);

        impl std::ops::Deref for $name {
            type Target = crate::Store;

            fn deref(&self) -> &crate::Store {
                &self.0
            }
        }

        impl crate::Store {
            $(#[$doc])*
            pub fn $accessor(&self) -> $name {
                $name(self.clone())
            }
        }
    };
}

pub mod academy;
pub mod accounts;
pub mod api_tokens;
pub mod audit;
pub mod bench_data;
pub mod certificates;
pub mod coaching;
pub mod demo;
mod demo_certificates;
mod demo_coaching;
mod demo_coaching_work;
mod demo_development;
mod demo_newsletters;
mod demo_participation;
mod demo_solutions;
mod demo_trainings;
pub mod development;
pub mod entity;
pub mod events;
pub mod files;
pub mod identity;
pub mod jobs;
mod migration;
pub mod newsletters;
pub mod organisations;
pub mod personal_data;
pub mod sessions;
pub mod settings;
mod snapshot;
pub mod solutions;
pub mod statistics;
mod worksheet;

use std::time::Duration;

use sea_orm::{
    ColumnTrait, ConnectOptions, ConnectionTrait, Database, DatabaseConnection,
    DatabaseTransaction, DbBackend, DbErr, EntityTrait, FromQueryResult, QueryResult, Select,
    SqliteTransactionMode, TransactionOptions, TransactionTrait,
    sea_query::Expr,
    sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous},
};
use sea_orm_migration::MigratorTrait;

pub use academy::{Part, Theme};
pub use accounts::{AccountRequest, LoginOutcome, NewUser, RequestStatus, TokenPurpose, User};
pub use api_tokens::ApiToken;
pub use files::{FileStorage, StoredFile};
pub use organisations::{NewOrganisation, Organisation};
pub use sessions::SessionRepo;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("this e-mail address already has an account")]
    EmailTaken,
    #[error("an account request for this e-mail address is already waiting")]
    AlreadyRequested,
    #[error("not found")]
    NotFound,
    #[error("an e-mail domain belongs to another organisation already")]
    DomainTaken,
    #[error("another organisation has this URL name already")]
    SlugTaken,
    #[error("an organisation cannot be its own parent or its own descendant's")]
    ParentCycle,
    #[error("another cohort has this code already")]
    CodeTaken,
    #[error("the organisation takes part in this cohort already")]
    AlreadyTakingPart,
    #[error("the cohort has a certificate work already")]
    CertificateWorkTaken,
    #[error("a round of this survey has opened: its questions are fixed")]
    SurveyInUse,
    #[error("a reviewer has scored in this round: its rubric is fixed")]
    RubricInUse,
    #[error("the round's pool has fewer days left than the decision grants")]
    PoolExhausted,
    #[error("database: {0}")]
    Db(#[from] DbErr),
    #[error("password hashing: {0}")]
    Hashing(String),
    #[error("file storage: {0}")]
    Files(String),
    /// A text column holds a value johto does not know: the data was written by
    /// something else, or by a newer johto.
    #[error("the column {column} holds {value:?}, which is not one of its known values")]
    UnknownValue { column: &'static str, value: String },
    /// Data that ships with johto (the demo) does not hold together.
    #[error("built-in data: {0}")]
    BuiltInData(String),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Statements sent to the database by this process, for `/metrics` and `johto bench`
/// (queries per page).
static QUERIES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// How many statements this process has sent to the database so far.
pub fn queries_made() -> u64 {
    QUERIES.load(std::sync::atomic::Ordering::Relaxed)
}

/// A handle to the database. Cheap to clone: it holds a connection pool.
#[derive(Clone, Debug)]
pub struct Store {
    db: DatabaseConnection,
    /// Where changes are written (`begin_write`, the sessions' writes). On SQLite a
    /// pool of its one connection: SQLite writes one change at a time, and this
    /// process's writers queue for that connection in turn rather than each sleeping
    /// on the busy timeout and trying again. On PostgreSQL the same pool as `db`.
    writer: DatabaseConnection,
    /// This instance's snapshot of the published academy (`Academy::published`).
    published: std::sync::Arc<snapshot::Snapshots<academy::Published>>,
    /// This instance's snapshot of the arena's approved solutions
    /// (`Solutions::approved_facts`).
    arena: std::sync::Arc<snapshot::Snapshots<solutions::Arena>>,
    /// This instance's snapshot of the organisations (`Organisations::all`).
    directory: std::sync::Arc<snapshot::Snapshots<organisations::Directory>>,
    /// This instance's snapshot of the themes with a published event
    /// (`Events::events_of_theme`).
    themed: std::sync::Arc<snapshot::Snapshots<events::Themed>>,
}

impl Store {
    /// Connects to the database the URL names. A SQLite file's folder is created when
    /// it is missing.
    pub async fn connect(url: &str) -> Result<Store> {
        let file = sqlite_file(url);
        if let Some(path) = &file
            && let Some(parent) = std::path::Path::new(&path).parent()
            && !parent.as_os_str().is_empty()
        {
            std::fs::create_dir_all(parent)
                .map_err(|e| DbErr::Custom(format!("cannot create {}: {e}", parent.display())))?;
        }
        // Six readers on SQLite: each connection keeps its own page cache and
        // statements (a few MB); eight answered no faster on two cores and held
        // 4-10 MB more at the peak, four were slower (ARCHITECTURE, "Measuring").
        let sqlite = url.starts_with("sqlite:");
        let db = pool(url, if sqlite { 6 } else { postgres_connections() }).await?;
        let writer = if file.is_some() {
            pool(url, 1).await?
        } else {
            db.clone()
        };
        Ok(Store {
            db,
            writer,
            published: Default::default(),
            arena: Default::default(),
            directory: Default::default(),
            themed: Default::default(),
        })
    }

    /// Applies every migration not yet applied.
    pub async fn migrate(&self) -> Result<()> {
        migration::Migrator::up(&self.db, None).await?;
        Ok(())
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> bool {
        self.db.ping().await.is_ok()
    }

    pub fn backend(&self) -> &'static str {
        match self.db.get_database_backend() {
            DbBackend::Sqlite => "sqlite",
            DbBackend::Postgres => "postgres",
            _ => "other",
        }
    }

    pub fn connection(&self) -> &DatabaseConnection {
        &self.db
    }

    /// The one way a change begins: a transaction on the writer that holds SQLite's
    /// write lock from its first statement (`BEGIN IMMEDIATE`), so a read-then-write
    /// never fails on upgrading its lock; this process's changes queue for the writer,
    /// another process's on the busy timeout. PostgreSQL begins as usual.
    pub(crate) async fn begin_write(&self) -> Result<DatabaseTransaction> {
        Ok(self
            .writer
            .begin_with_options(TransactionOptions {
                sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
                ..Default::default()
            })
            .await?)
    }
}

/// How many connections to PostgreSQL an instance keeps: twice its CPUs, at least
/// four. PostgreSQL runs each connection's statements in a process of its own, and
/// more of them than the CPUs can run at once only take turns: on two CPUs, twenty
/// connections answered the signed-in pages and the registrations fewer requests a
/// second than four, with longer waits (ARCHITECTURE, "Measuring").
fn postgres_connections() -> u32 {
    let cpus = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    u32::try_from(cpus.saturating_mul(2))
        .unwrap_or(u32::MAX)
        .max(4)
}

/// A pooled connection is checked before it is lent (a ping: one more round trip to
/// PostgreSQL or to SQLite's connection thread) only when it has lain idle this long: a
/// server restarted, or a proxy or firewall that dropped a quiet connection, is found
/// out before a statement fails, while a busy server's connections, lent again within
/// milliseconds, go unchecked. By default sqlx checked every statement's connection
/// first (it checks it again, always, when it comes back to the pool).
pub const CHECKED_AFTER_IDLE: Duration = Duration::from_secs(1);

/// A pool of at most `size` connections to the database the URL names, each counted
/// in `queries_made`.
async fn pool(url: &str, size: u32) -> Result<DatabaseConnection> {
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .max_connections(size)
        .acquire_timeout(Duration::from_secs(10))
        .test_before_acquire_if_idle_for(CHECKED_AFTER_IDLE)
        .sqlx_logging(false)
        // Every pooled SQLite connection is opened with these, not only the first:
        // WAL lets readers work while one writer writes; foreign keys are off in
        // SQLite unless asked for; a writer of another process waits its turn for up to
        // 10 s. With WAL, `synchronous = NORMAL` keeps the database consistent through a
        // crash and syncs at checkpoints rather than at every commit: a power cut may
        // lose the last commits, never corrupt the file (see ARCHITECTURE). Each
        // connection caches at most 1,000 KiB of the file's pages, half SQLite's
        // default: the server held 8-11 MB less, the sparring board was a fifth slower
        // and the other pages as fast (ARCHITECTURE, "Measuring").
        .map_sqlx_sqlite_opts(|opts| {
            opts.journal_mode(SqliteJournalMode::Wal)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10))
                .synchronous(SqliteSynchronous::Normal)
                .pragma("cache_size", "-1000")
        });
    let mut db = Database::connect(options).await?;
    db.set_metric_callback(|_| {
        QUERIES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    });
    Ok(db)
}

/// The file path of a `sqlite:` URL, or `None` for other backends and memory databases.
fn sqlite_file(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or_default();
    if path.is_empty() || path == ":memory:" {
        None
    } else {
        Some(path.to_owned())
    }
}

/// How many ids one statement binds in an `IN` list: a list of every id could pass
/// the parameters a statement may bind (32,766 on SQLite, 65,535 on PostgreSQL).
const IDS_AT_ONCE: usize = 500;

/// Every row `query` finds for the ids it is given, asked `IDS_AT_ONCE` ids to a
/// statement, the statements' rows one after another.
pub(crate) async fn for_ids<E: EntityTrait>(
    db: &impl ConnectionTrait,
    ids: &[i32],
    query: impl Fn(Vec<i32>) -> Select<E>,
) -> Result<Vec<E::Model>> {
    read_by_ids(ids, |chunk| query(chunk).all(db)).await
}

/// Every row `read` gives for the ids, asked `IDS_AT_ONCE` ids at a time, the rows
/// one after another: [`for_ids`] for a statement that reads some columns alone.
pub(crate) async fn read_by_ids<T, Rows>(
    ids: &[i32],
    read: impl Fn(Vec<i32>) -> Rows,
) -> Result<Vec<T>>
where
    Rows: std::future::Future<Output = std::result::Result<Vec<T>, DbErr>>,
{
    let mut rows = Vec::new();
    for chunk in ids.chunks(IDS_AT_ONCE) {
        rows.extend(read(chunk.to_vec()).await?);
    }
    Ok(rows)
}

/// The rows of a statement that joins each row of a table to several (an event to its
/// texts), grouped by the table's `id` column in the order each id first came: its
/// columns, under their own names, read from its first row, and every row of it
/// handed to `add` with the id, to gather what was joined.
pub(crate) fn one_to_many<M: FromQueryResult, Many: Default>(
    rows: Vec<QueryResult>,
    mut add: impl FnMut(&mut Many, i32, &QueryResult) -> Result<()>,
) -> Result<Vec<(M, Many)>> {
    use std::collections::hash_map::{Entry, HashMap};

    let mut grouped: Vec<(M, Many)> = Vec::new();
    let mut at = HashMap::new();
    for row in rows {
        let id: i32 = row.try_get("", "id")?;
        let i = match at.entry(id) {
            Entry::Occupied(seen) => *seen.get(),
            Entry::Vacant(first) => {
                grouped.push((M::from_query_result(&row, "")?, Many::default()));
                *first.insert(grouped.len() - 1)
            }
        };
        add(&mut grouped[i].1, id, &row)?;
    }
    Ok(grouped)
}

/// A text column read into its typed enum: `parsed` is what the enum's parser made of
/// `raw`; nothing means an unknown value, an error that names the column rather than a
/// silent default.
pub(crate) fn known<T>(column: &'static str, raw: &str, parsed: Option<T>) -> Result<T> {
    parsed.ok_or_else(|| StoreError::UnknownValue {
        column,
        value: raw.to_owned(),
    })
}

/// A value the code fixes (a standing, a status, a flag), written into the statement
/// as a literal instead of bound as a parameter: the statement says which value it
/// asks for, and no request's value can take its place. PostgreSQL keeps one plan for
/// a prepared statement only where that plan is as good for any value of its
/// parameters; with a standing bound (its values differ a thousandfold in frequency)
/// it planned the seat's statement anew at every execution (ARCHITECTURE,
/// "Measuring").
pub(crate) fn literal(value: impl Into<sea_orm::Value> + Copy + 'static) -> Expr {
    Expr::Constant(value.into())
}

/// A column compared with a value the code fixes, written as a `literal`.
pub(crate) trait LiteralCondition: ColumnTrait {
    fn eq_literal(self, value: impl Into<sea_orm::Value> + Copy + 'static) -> Expr {
        sea_orm::ExprTrait::eq(self.into_expr(), literal(value))
    }

    fn ne_literal(self, value: impl Into<sea_orm::Value> + Copy + 'static) -> Expr {
        sea_orm::ExprTrait::ne(self.into_expr(), literal(value))
    }

    fn is_in_literals(self, values: impl IntoIterator<Item = &'static str>) -> Expr {
        sea_orm::ExprTrait::is_in(self.into_expr(), values.into_iter().map(literal))
    }
}

impl<C: ColumnTrait> LiteralCondition for C {}

/// A random secret of 32 bytes, URL-safe, for tokens that go into links.
pub fn random_token() -> String {
    use base64::Engine;
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// A token is stored only as its SHA-256, so a copy of the database opens no accounts.
pub(crate) fn token_hash(token: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(token.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_value_in_a_column_is_an_error_that_names_the_column() {
        let err = known(
            "registrations.standing",
            "maybe",
            domain::Standing::parse("maybe"),
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "the column registrations.standing holds \"maybe\", which is not one of its known values"
        );
        assert_eq!(
            known(
                "events.status",
                "draft",
                domain::EventStatus::parse("draft")
            )
            .ok(),
            Some(domain::EventStatus::Draft)
        );
    }

    /// Every pooled SQLite connection is set up alike, the readers and the writer, not
    /// only the first: transactions begun at once each hold a connection of their own.
    #[tokio::test]
    async fn every_pooled_sqlite_connection_has_the_settings() {
        let folder = std::env::temp_dir().join(format!("johto-pool-{}", random_token()));
        let url = format!("sqlite://{}?mode=rwc", folder.join("johto.db").display());
        let store = Store::connect(&url).await.unwrap();
        let mut held = vec![store.writer.begin().await.unwrap()];
        for _ in 0..6 {
            held.push(store.db.begin().await.unwrap());
        }
        for txn in &held {
            let mut settings = Vec::new();
            for pragma in [
                "journal_mode",
                "synchronous",
                "foreign_keys",
                "busy_timeout",
                "cache_size",
            ] {
                let statement =
                    sea_orm::Statement::from_string(DbBackend::Sqlite, format!("PRAGMA {pragma}"));
                let row = txn.query_one_raw(statement).await.unwrap().unwrap();
                let value = row
                    .try_get_by_index::<String>(0)
                    .or_else(|_| row.try_get_by_index::<i64>(0).map(|n| n.to_string()))
                    .unwrap();
                settings.push(value);
            }
            // WAL; NORMAL is 1; on; 10 s; 1,000 KiB.
            assert_eq!(settings, ["wal", "1", "1", "10000", "-1000"]);
        }
        drop(held);
        std::fs::remove_dir_all(folder).unwrap();
    }

    #[test]
    fn sqlite_urls_name_their_file() {
        assert_eq!(
            sqlite_file("sqlite://data/johto.db?mode=rwc").as_deref(),
            Some("data/johto.db")
        );
        assert_eq!(sqlite_file("sqlite::memory:"), None);
        assert_eq!(sqlite_file("postgres://localhost/johto"), None);
    }
}
