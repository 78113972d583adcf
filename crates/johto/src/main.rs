//! `johto`: serves the platform, migrates and seeds its database, and manages users.

mod bench;
mod config;
mod org;

use std::{io::Read, path::PathBuf, process::ExitCode};

use anyhow::{Context, bail};
use clap::{Args, Parser, Subcommand};
use domain::{Email, Lang, NewPassword, PersonName, Role};
use store::{FileStorage, NewUser, Store};
use web::{AppState, Mailer};

use crate::config::Config;

/// jemalloc, for Rust and, unprefixed, for the C that johto links too (SQLite): an
/// arena per CPU, and a thread of its own that gives freed pages back a tenth of a
/// second after they were freed (its settings are built in, from `.cargo/config.toml`;
/// see ARCHITECTURE, "Memory").
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

#[derive(Parser)]
#[command(
    name = "johto",
    version,
    about = "Leadership development for Finland's municipal sector"
)]
struct Cli {
    /// The configuration file (optional).
    #[arg(
        long,
        global = true,
        default_value = "johto.toml",
        env = "JOHTO_CONFIG"
    )]
    config: PathBuf,
    /// The database URL (`sqlite://…` or `postgres://…`).
    #[arg(long, global = true, env = "JOHTO_DATABASE_URL")]
    database: Option<String>,
    /// The data folder: the SQLite database, development e-mails, files.
    #[arg(long, global = true, env = "JOHTO_DATA_DIR")]
    data: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the web application (the default).
    Serve(ServeArgs),
    /// Run background jobs (e-mail) without serving pages.
    Worker,
    /// Apply database migrations and exit.
    Migrate,
    /// Seed data into the database.
    Seed {
        /// The demo organisations and people.
        #[arg(long)]
        demo: bool,
    },
    /// Manage organisations.
    #[command(subcommand)]
    Org(org::OrgCommand),
    /// Manage user accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// Measure speed and memory on a large academy, on SQLite and PostgreSQL.
    Bench(bench::BenchArgs),
}

#[derive(Args, Default)]
struct ServeArgs {
    /// The address to listen on, e.g. 127.0.0.1:8080.
    #[arg(long, env = "JOHTO_BIND")]
    bind: Option<String>,
    /// Leave background jobs to separate `johto worker` processes.
    #[arg(long)]
    no_worker: bool,
}

#[derive(Subcommand)]
enum UserCommand {
    /// Add a person with one or more roles.
    Add {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// The organisation: its URL name (slug), id or an e-mail domain of its staff.
        #[arg(long)]
        org: String,
        /// A role; repeat for several (manager, hr_developer, content_editor,
        /// coordinator, coach, evaluator, certifier, administrator).
        #[arg(long = "role", required = true)]
        roles: Vec<String>,
        /// fi, sv or en.
        #[arg(long, default_value = "fi")]
        lang: String,
        /// Read the password from standard input.
        #[arg(long)]
        password_stdin: bool,
    },
    /// Set a person's password, read from standard input.
    SetPassword {
        #[arg(long)]
        email: String,
        #[arg(long, required = true)]
        password_stdin: bool,
    },
    /// Disable a person's account and end their sessions.
    Disable {
        #[arg(long)]
        email: String,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    let mut config = Config::load(&cli.config)?;
    if let Some(url) = cli.database {
        config.database_url = Some(url);
    }
    if let Some(data) = cli.data {
        config.data_dir = data;
    }
    init_logging(&config);
    match cli.command.unwrap_or(Command::Serve(ServeArgs::default())) {
        Command::Serve(args) => {
            if let Some(bind) = args.bind {
                config.bind = bind;
            }
            serve(config, !args.no_worker).await
        }
        Command::Worker => {
            let store = connect(&config).await?;
            let state = app_state(&config, store)?;
            println!(
                "johto worker is running ({} database)",
                state.store.backend()
            );
            tokio::select! {
                () = web::jobs::Worker::new(state).run_forever() => {}
                _ = tokio::signal::ctrl_c() => {}
            }
            Ok(())
        }
        Command::Migrate => {
            let store = connect(&config).await?;
            store.migrate().await.context("migration failed")?;
            println!("Migrations applied ({}).", store.backend());
            Ok(())
        }
        Command::Seed { demo } => {
            if !demo {
                bail!("say what to seed: --demo");
            }
            let store = connect(&config).await?;
            store.migrate().await?;
            let files = FileStorage::local(&config.files_dir())?;
            if store.seed_demo(&files).await? {
                println!("Demo data seeded.");
            } else {
                println!("Demo data was there already; nothing seeded.");
            }
            Ok(())
        }
        Command::Org(command) => {
            let store = connect(&config).await?;
            store.migrate().await?;
            org::run(&store, command).await
        }
        Command::User(command) => user(config, command).await,
        Command::Bench(args) => bench::run(args).await,
    }
}

fn init_logging(config: &Config) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("JOHTO_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn,sea_orm=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if config.log_format == "json" {
        let _ = builder.json().try_init();
    } else {
        let _ = builder.try_init();
    }
}

async fn connect(config: &Config) -> anyhow::Result<Store> {
    let url = config.database_url();
    Store::connect(&url)
        .await
        .with_context(|| format!("cannot open the database {}", redact(&url)))
}

/// A database URL without its password, for messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => match url[scheme + 3..at].split_once(':') {
            Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
            None => url.to_owned(),
        },
        _ => url.to_owned(),
    }
}

/// What the web layer and the worker share.
fn app_state(config: &Config, store: Store) -> anyhow::Result<AppState> {
    let mailer = match &config.mail.smtp {
        Some(smtp) => Mailer::smtp(smtp, &config.mail.from)?,
        None => Mailer::to_folder(config.mail_dir(), &config.mail.from)?,
    };
    Ok(AppState {
        store,
        config: std::sync::Arc::new(config.web.clone()),
        mailer,
        search: std::sync::Arc::new(search::SearchIndex::new(config.search_dir())),
        files: FileStorage::local(&config.files_dir())?,
        issuer: std::sync::Arc::new(web::IssuerKey::load_or_create(&config.issuer_key_file())?),
    })
}

async fn serve(config: Config, with_worker: bool) -> anyhow::Result<()> {
    let store = connect(&config).await?;
    if config.migrate_on_start {
        store.migrate().await.context("migration failed")?;
    }
    let state = app_state(&config, store.clone())?;
    // The DID document lists every key the certificates were ever signed with.
    let key = state.issuer.public_multibase();
    store.certificates().register_key(&key, &key).await?;
    let seeded = if config.seeds_demo() {
        store.seed_demo(&state.files).await?
    } else {
        false
    };
    // The statistics are counted again every night by a job that queues its next
    // night; the first start begins the chain, later ones find it there.
    store
        .statistics()
        .queue_refresh(chrono::Utc::now(), None)
        .await?;
    // So is the removal of what is past its retention period.
    store.queue_retention(chrono::Utc::now(), None).await?;
    // The first search should not wait for the index to be built.
    state
        .search
        .refresh(&store)
        .await
        .context("the search index could not be built")?;
    if with_worker {
        tokio::spawn(web::jobs::Worker::new(state.clone()).run_forever());
    }
    let listener = tokio::net::TcpListener::bind(&config.bind)
        .await
        .with_context(|| format!("cannot listen on {}", config.bind))?;
    let address = listener.local_addr()?;
    spawn_session_cleanup(store.clone());

    println!(
        "johto is running at http://{address}/ ({} database)",
        store.backend()
    );
    if config.mail.smtp.is_none() {
        println!("E-mails are written to {}", config.mail_dir().display());
    }
    if config.seeds_demo() || store.demo_seeded().await? {
        if seeded {
            println!("Demo data was seeded.");
        }
        println!("Demo logins (password: {}):", store::demo::DEMO_PASSWORD);
        for login in store::demo::demo_logins() {
            println!(
                "  {:<15} {}  {}",
                login.role.as_str(),
                login.lang.code(),
                login.email
            );
        }
    }
    web::serve(state, listener).await
}

/// Removes expired sessions every hour.
fn spawn_session_cleanup(store: Store) {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            every.tick().await;
            match store.sessions().delete_expired(chrono::Utc::now()).await {
                Ok(n) if n > 0 => tracing::info!(removed = n, "expired sessions removed"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "expired sessions could not be removed"),
            }
        }
    });
}

fn read_password() -> anyhow::Result<NewPassword> {
    let mut input = String::new();
    std::io::stdin()
        .read_to_string(&mut input)
        .context("cannot read the password from standard input")?;
    let password = input.lines().next().unwrap_or_default();
    NewPassword::parse(password, password)
        .map_err(|e| anyhow::anyhow!("the password is not acceptable: {}", describe(e.message_id)))
}

/// An English description of a refusal, for the command line.
fn describe(message_id: &str) -> String {
    web::i18n::t(Lang::En, message_id)
}

fn parse<T>(what: &str, result: Result<T, domain::Invalid>) -> anyhow::Result<T> {
    result.map_err(|e| anyhow::anyhow!("--{what}: {}", describe(e.message_id)))
}

async fn find_org(store: &Store, org: &str) -> anyhow::Result<i32> {
    if let Ok(id) = org.parse::<i32>()
        && store.organisations().organisation(id).await?.is_some()
    {
        return Ok(id);
    }
    if let Some(found) = store.organisations().organisation_by_slug(org).await? {
        return Ok(found.id);
    }
    if let Some(id) = store.organisations().organisation_of_domain(org).await? {
        return Ok(id);
    }
    let known: Vec<String> = store
        .organisations()
        .all()
        .await?
        .into_iter()
        .map(|o| o.slug)
        .collect();
    bail!(
        "no organisation {org:?}; known organisations: {}",
        known.join(", ")
    )
}

async fn user(config: Config, command: UserCommand) -> anyhow::Result<()> {
    let store = connect(&config).await?;
    store.migrate().await?;
    match command {
        UserCommand::Add {
            email,
            name,
            org,
            roles,
            lang,
            password_stdin,
        } => {
            let email = parse("email", Email::parse(&email))?;
            let name = parse("name", PersonName::parse(&name))?;
            let lang = parse("lang", Lang::parse(&lang))?;
            let roles = roles
                .iter()
                .map(|r| parse("role", Role::parse(r)))
                .collect::<anyhow::Result<Vec<_>>>()?;
            let org_id = find_org(&store, &org).await?;
            let password = if password_stdin {
                Some(read_password()?)
            } else {
                None
            };
            let new = NewUser {
                email: email.clone(),
                name,
                org_id,
                lang,
                roles,
                password,
            };
            match store.accounts().create_user(&new, None).await {
                Ok(id) => println!("Added {email} (id {id})."),
                Err(store::StoreError::EmailTaken) => bail!("{email} has an account already"),
                Err(e) => return Err(e.into()),
            }
        }
        UserCommand::SetPassword { email, .. } => {
            let email = parse("email", Email::parse(&email))?;
            let user = store
                .accounts()
                .user_by_email(&email)
                .await?
                .with_context(|| format!("no account {email}"))?;
            let password = read_password()?;
            store
                .accounts()
                .set_password(user.id, &password, None)
                .await?;
            println!("Password set for {email}; their sessions were ended.");
        }
        UserCommand::Disable { email } => {
            let email = parse("email", Email::parse(&email))?;
            let user = store
                .accounts()
                .user_by_email(&email)
                .await?
                .with_context(|| format!("no account {email}"))?;
            store.accounts().set_disabled(user.id, true, None).await?;
            println!("Disabled {email}; their sessions were ended.");
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn database_passwords_never_reach_messages() {
        assert_eq!(
            redact("postgres://johto:secret@db:5432/johto"),
            "postgres://johto:***@db:5432/johto"
        );
        assert_eq!(
            redact("sqlite://data/johto.db?mode=rwc"),
            "sqlite://data/johto.db?mode=rwc"
        );
    }
}
