//! `johto bench`: a large academy on each database, served by a real `johto serve`
//! process, measured from outside over HTTP/1.1 keep-alive connections.
//!
//! For each backend it starts the server on an empty database (it migrates and seeds
//! the demo itself, so its peak memory covers a first start), writes the large
//! academy (themes, parts in Finnish and Swedish, managers with progress) beside it,
//! gives PostgreSQL its statistics (`VACUUM (ANALYZE)`, as autovacuum would), times a
//! full search-index rebuild, signs one manager in per connection, and runs
//! each scenario for a fixed time: the minimal `/healthz` route, signed-in pages (a
//! theme, the bank, the event list, the start page), an anonymous page, two-word
//! searches at every connection and at one, and a burst of registrations (on
//! PostgreSQL also across two instances). Each scenario reports the statements the
//! server sent to the database per request (its `/metrics`). Last, a `johto worker`
//! sends a newsletter to every subscriber (ten thousand more written for it) at no set
//! rate, to a real SMTP server on loopback (aiosmtpd, `tests/tools/smtp_server.py`):
//! messages per second, the worker's peak memory, and whether each arrived once. Every figure is also
//! given as a ratio to `/healthz` of the same server in the same run.
//! The load generator shares the machine with the server, so the absolute figures are
//! a floor; the ratios travel better.

use std::{
    net::SocketAddr,
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    sync::Arc,
    time::{Duration, Instant},
};

use anyhow::{Context, bail};
use bytes::Bytes;
use clap::Args;
use domain::NewPassword;
use http_body_util::{BodyExt, Full};
use hyper::{Method, Request, StatusCode, client::conn::http1::SendRequest, header};
use hyper_util::rt::TokioIo;
use sea_orm::ConnectionTrait;
use store::{
    Store,
    bench_data::{FINNISH_WORDS, SWEDISH_WORDS, Sizes, bench_manager_email},
};

#[derive(Debug, Args)]
pub struct BenchArgs {
    /// Themes to write.
    #[arg(long, default_value_t = 1000)]
    themes: usize,
    /// Parts in each theme, each in Finnish and Swedish.
    #[arg(long, default_value_t = 10)]
    parts_per_theme: usize,
    /// Managers to write, each with some progress.
    #[arg(long, default_value_t = 25_000)]
    managers: usize,
    /// Approved solutions to write into the progress arena.
    #[arg(long, default_value_t = 10_000)]
    solutions: usize,
    /// Registrations to write into one year (2017), for the statistics.
    #[arg(long, default_value_t = 1_000_000)]
    participations: usize,
    /// Newsletter subscribers to write for the send, beside the demo's.
    #[arg(long, default_value_t = 10_000)]
    subscribers: usize,
    /// Concurrent connections, each signed in as its own manager.
    #[arg(long, default_value_t = 64)]
    connections: usize,
    /// How long each scenario runs.
    #[arg(long, default_value_t = 10)]
    seconds: u64,
    /// Distinct signed-in managers in the registration burst (over 20 events).
    #[arg(long, default_value_t = 5000)]
    burst_people: usize,
    /// Only the scenarios whose names contain this (e.g. `arena`); `/healthz` always.
    #[arg(long, default_value = "")]
    only: String,
    /// The databases to measure: `sqlite`, `postgres` or both.
    #[arg(long, value_delimiter = ',', default_value = "sqlite,postgres")]
    backends: Vec<String>,
    /// The PostgreSQL server; a fresh database is made on it and dropped afterwards.
    #[arg(
        long,
        env = "JOHTO_BENCH_POSTGRES",
        default_value = "postgres://postgres@127.0.0.1:5432"
    )]
    postgres: String,
    /// Run each server under valgrind's callgrind, which writes the functions it ran
    /// into this folder (`callgrind.PID`) when the server ends: the input of
    /// `crates/johto/hot-code.py`. Slow, so give it few connections and little data.
    #[arg(long)]
    callgrind: Option<PathBuf>,
}

const PASSWORD: &str = "bench-password-2026";
/// The year the bench's participations are written into, before the demo's 2018.
const STATISTICS_YEAR: i32 = 2017;

pub async fn run(args: BenchArgs) -> anyhow::Result<()> {
    println!(
        "johto bench: {} themes × {} parts (fi+sv), {} managers, {} solutions, {} connections, {} s per scenario",
        args.themes,
        args.parts_per_theme,
        args.managers,
        args.solutions,
        args.connections,
        args.seconds
    );
    if cfg!(debug_assertions) {
        println!("note: a debug build; measure with `cargo run --release -- bench`");
    }
    let mut reports = Vec::new();
    for backend in &args.backends {
        let report = match backend.as_str() {
            "sqlite" => bench_sqlite(&args).await?,
            "postgres" => bench_postgres(&args).await?,
            other => bail!("unknown backend {other}: say sqlite or postgres"),
        };
        report.print();
        reports.push(report);
    }
    Ok(())
}

async fn bench_sqlite(args: &BenchArgs) -> anyhow::Result<Report> {
    let dir = tempfile::tempdir()?;
    let url = format!(
        "sqlite://{}?mode=rwc",
        dir.path().join("johto.db").display()
    );
    bench_on("SQLite", &url, dir.path(), args).await
}

async fn bench_postgres(args: &BenchArgs) -> anyhow::Result<Report> {
    let base = args.postgres.trim_end_matches('/');
    let admin = Store::connect(&format!("{base}/postgres"))
        .await
        .with_context(|| format!("PostgreSQL is not reachable at {base}"))?;
    let name = format!(
        "johto_bench_{}",
        store::random_token().to_lowercase().replace(['-', '_'], "")[..12].to_owned()
    );
    admin
        .connection()
        .execute_unprepared(&format!("CREATE DATABASE {name}"))
        .await?;
    let dir = tempfile::tempdir()?;
    let result = bench_on("PostgreSQL", &format!("{base}/{name}"), dir.path(), args).await;
    admin
        .connection()
        .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        .await?;
    result
}

async fn bench_on(
    backend: &'static str,
    url: &str,
    data: &Path,
    args: &BenchArgs,
) -> anyhow::Result<Report> {
    println!("\n{backend}: a first start with the demo…");
    let addr = free_address()?;
    let mut server = Server::start(url, data, addr, true, args.callgrind.as_deref())?;
    server.wait_ready(addr).await?;
    let first_start = server.memory();
    println!("  writing the academy…");
    let store = Store::connect(url).await?;
    let org = store
        .organisations()
        .organisation_of_domain("espoo.example")
        .await?
        .context("the demo organisation is missing")?;
    let sizes = Sizes {
        themes: args.themes,
        parts_per_theme: args.parts_per_theme,
        managers: args.managers,
    };
    let password = NewPassword::parse(PASSWORD, PASSWORD).map_err(|e| anyhow::anyhow!("{e}"))?;
    let started = Instant::now();
    store.seed_bench_academy(sizes, org, &password).await?;
    store.seed_bench_solutions(args.solutions).await?;
    let participations = store
        .seed_bench_participation(STATISTICS_YEAR, args.participations)
        .await?;
    println!("  {participations} registrations in {STATISTICS_YEAR}");
    let seeding = started.elapsed();
    if store.backend() == "postgres" {
        // What autovacuum does to a database this size before it is in use: without it
        // (it is off on some servers, this machine's among them) PostgreSQL plans every
        // statement with no statistics, as no database in production does, and a plan
        // that only statistics bring is never measured (ARCHITECTURE, "Measuring").
        store
            .connection()
            .execute_unprepared("VACUUM (ANALYZE)")
            .await?;
    }
    // The nightly job's work: every year counted again and kept, for the page to read.
    let started = Instant::now();
    store
        .statistics()
        .refresh(chrono::Datelike::year(&chrono::Utc::now()))
        .await?;
    let statistics_refresh = started.elapsed();
    println!("  written in {:.1} s", seeding.as_secs_f64());

    let index = search::SearchIndex::new(data.join("search-rebuilt"));
    let started = Instant::now();
    index.refresh(&store).await?;
    let index_rebuild = started.elapsed();
    drop(index);
    drop(store);

    let result = run_scenarios(args, url, data, &server, addr, backend == "PostgreSQL").await;
    let memory = server.memory();
    server.stop();
    let (hello, scenarios, bursts) = result?;
    let newsletter = if "newsletter send".contains(args.only.as_str()) {
        println!("  a newsletter to every subscriber…");
        Some(newsletter_send(args, url, data).await?)
    } else {
        None
    };
    Ok(Report {
        backend,
        seeding,
        index_rebuild,
        statistics_refresh,
        hello,
        scenarios,
        bursts,
        newsletter,
        first_start,
        memory,
    })
}

/// A newsletter's send, measured.
struct NewsletterSend {
    messages: u64,
    took: Duration,
    worker_peak_kb: u64,
    /// Every recipient's message arrived, and none twice.
    each_once: bool,
}

/// Writes the subscribers, starts a newsletter to all of them and lets a `johto
/// worker` of its own send it at no set rate to aiosmtpd on loopback, until the
/// newsletter is sent.
async fn newsletter_send(
    args: &BenchArgs,
    url: &str,
    data: &Path,
) -> anyhow::Result<NewsletterSend> {
    use domain::{Email, Lang, newsletters::NewsletterState};
    let store = Store::connect(url).await?;
    store.seed_bench_subscribers(args.subscribers).await?;
    // The jobs the server queued without a worker (the statistics' count, the demo's
    // notices) are not this measurement's.
    store
        .connection()
        .execute_unprepared("UPDATE jobs SET done_at = created_at WHERE done_at IS NULL")
        .await?;
    let coordinator = store
        .accounts()
        .user_by_email(
            &Email::parse("coordinator.fi@kt.example").map_err(|e| anyhow::anyhow!("{e}"))?,
        )
        .await?
        .context("the demo's coordinator is missing")?;
    let newsletters = store.newsletters();
    let input = store::newsletters::NewsletterInput {
        subject_fi: "Penkin uutiskirje".to_owned(),
        subject_sv: "Bänkens nyhetsbrev".to_owned(),
        body_fi: format!("## Uutta\n\n{}", FINNISH_WORDS.join(" ")),
        body_sv: format!("## Nytt\n\n{}", SWEDISH_WORDS.join(" ")),
    };
    let id = newsletters.create(&input, coordinator.id).await?;
    newsletters
        .start(id, &[Lang::Fi, Lang::Sv], Some(coordinator.id))
        .await?;
    let messages = newsletters.progress(id).await?.pending;

    let smtp_dir = tempfile::tempdir()?;
    let smtp_port = free_address()?.port();
    let tool = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/tools/smtp_server.py");
    let mut smtp = Command::new("/usr/bin/python3")
        .arg(&tool)
        .arg(smtp_port.to_string())
        .arg(smtp_dir.path())
        .stdout(Stdio::piped())
        .spawn()
        .with_context(|| {
            format!(
                "cannot start {} (Debian's python3 with python3-aiosmtpd)",
                tool.display()
            )
        })?;
    {
        use std::io::BufRead;
        let mut line = String::new();
        let out = smtp.stdout.take().context("the SMTP server's output")?;
        std::io::BufReader::new(out).read_line(&mut line)?;
        if line.trim() != "ready" {
            let _ = smtp.kill();
            bail!("the SMTP server did not start");
        }
    }
    let started = Instant::now();
    let mut worker = Server {
        child: Command::new(std::env::current_exe()?)
            .arg("worker")
            .arg("--config")
            .arg(data.join("no-config.toml"))
            .env("JOHTO_DATABASE_URL", url)
            .env("JOHTO_DATA_DIR", data)
            .env("JOHTO_LOG", "warn")
            .env("JOHTO_MAIL__SMTP__HOST", "127.0.0.1")
            .env("JOHTO_MAIL__SMTP__PORT", smtp_port.to_string())
            .env("JOHTO_MAIL__SMTP__SECURITY", "none")
            .env("JOHTO_NEWSLETTER_PER_SECOND", "0")
            .stdout(Stdio::null())
            .spawn()
            .context("cannot start johto worker")?,
        callgrind: false,
    };
    let until = Instant::now() + Duration::from_secs(600);
    let sent = loop {
        let state = newsletters.newsletter(id).await?.map(|n| n.state);
        if state == Some(NewsletterState::Sent) || Instant::now() > until {
            break state == Some(NewsletterState::Sent);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let took = started.elapsed();
    let worker_peak_kb = worker.memory().peak_kb;
    worker.stop();
    let _ = smtp.kill();
    let _ = smtp.wait();
    if !sent {
        bail!("the newsletter was not sent within ten minutes");
    }
    let mut received: std::collections::BTreeMap<String, u64> = std::collections::BTreeMap::new();
    for entry in std::fs::read_dir(smtp_dir.path())? {
        let path = entry?.path();
        if path.extension().is_some_and(|x| x == "json") {
            let mail: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path)?)?;
            // A bilingual reader has a subscription, and a secret, per language.
            let subscription = mail["headers"]["List-Unsubscribe"]
                .as_str()
                .unwrap_or_default()
                .to_owned();
            *received.entry(subscription).or_default() += 1;
        }
    }
    let progress = newsletters.progress(id).await?;
    let each_once = received.len() as u64 == messages
        && received.values().all(|n| *n == 1)
        && progress.sent == messages;
    Ok(NewsletterSend {
        messages,
        took,
        worker_peak_kb,
        each_once,
    })
}

/// The scenarios against the running server; on PostgreSQL the registration burst
/// runs again across this server and a second one on the same database.
async fn run_scenarios(
    args: &BenchArgs,
    url: &str,
    data: &Path,
    server: &Server,
    addr: SocketAddr,
    two_instances: bool,
) -> anyhow::Result<(
    Figures,
    Vec<(&'static str, Figures)>,
    Vec<(&'static str, Burst)>,
)> {
    let (hello, scenarios) = measure(args, server, addr).await?;
    println!("  a burst of registrations…");
    let mut one = burst(args, url, &[addr]).await?;
    one.figures.server_mb = server.memory().current_kb / 1024;
    let mut bursts = vec![("one instance", one)];
    if two_instances {
        println!("  a burst of registrations across two instances…");
        let second = free_address()?;
        let mut other = Server::start(url, data, second, false, args.callgrind.as_deref())?;
        other.wait_ready(second).await?;
        let result = burst(args, url, &[addr, second]).await;
        other.stop();
        let mut two = result?;
        two.figures.server_mb = server.memory().current_kb / 1024;
        bursts.push(("two instances", two));
    }
    Ok((hello, scenarios, bursts))
}

async fn measure(
    args: &BenchArgs,
    server: &Server,
    addr: SocketAddr,
) -> anyhow::Result<(Figures, Vec<(&'static str, Figures)>)> {
    println!("  signing in {} managers…", args.connections);
    let mut sessions = Vec::new();
    let stride = (args.managers / args.connections.max(1)).max(1);
    for i in 0..args.connections {
        let mut conn = Conn::open(addr).await?;
        conn.login(&bench_manager_email(i * stride)).await?;
        sessions.push(conn.cookie);
    }
    let seconds = Duration::from_secs(args.seconds);
    let themes = args.themes.max(1);
    let paths_theme: Paths =
        Arc::new(move |seed: &mut u64| format!("/fi/academy/bench-{}", next(seed) % themes as u64));
    let paths_search: Paths = Arc::new(|seed: &mut u64| {
        let (prefix, words) = if next(seed) % 3 == 2 {
            ("sv", SWEDISH_WORDS)
        } else {
            ("fi", FINNISH_WORDS)
        };
        let a = words[(next(seed) % words.len() as u64) as usize];
        let b = words[(next(seed) % words.len() as u64) as usize];
        format!("/{prefix}/search?q={}+{}", encode(a), encode(b))
    });
    let bank_pages = themes.div_ceil(24) as u64;
    let paths_bank: Paths =
        Arc::new(move |seed: &mut u64| format!("/fi/academy?page={}", next(seed) % bank_pages + 1));
    let anonymous = vec![String::new(); sessions.len()];
    // The public arena narrowed by three facets (two sectors, a theme, a year) and two
    // words.
    let paths_arena: Paths = Arc::new(|seed: &mut u64| {
        let sectors = domain::solutions::Sector::ALL;
        let topics = domain::solutions::Topic::ALL;
        let pick = |seed: &mut u64, n: usize| (next(seed) % n as u64) as usize;
        let a = FINNISH_WORDS[pick(seed, FINNISH_WORDS.len())];
        let b = FINNISH_WORDS[pick(seed, FINNISH_WORDS.len())];
        format!(
            "/fi/solutions?sector={}&sector={}&topic={}&year={}&q={}+{}",
            sectors[pick(seed, sectors.len())].as_str(),
            sectors[pick(seed, sectors.len())].as_str(),
            topics[pick(seed, topics.len())].as_str(),
            2015 + pick(seed, 4),
            encode(a),
            encode(b)
        )
    });
    // The demo's coordinator on every connection, at the allocation board of the
    // sparring round of 2018 (its 53 applications; the round made first).
    let mut coordinator = Conn::open(addr).await?;
    coordinator
        .login_with("coordinator.fi@kt.example", store::demo::DEMO_PASSWORD)
        .await?;
    let (_, list) = coordinator.send(Method::GET, "/fi/sparring", None).await?;
    let round = String::from_utf8_lossy(&list)
        .split("/fi/sparring/")
        .skip(1)
        .filter_map(|rest| rest.split('"').next()?.parse::<i32>().ok())
        .min()
        .context("the demo has no sparring round")?;
    let coordinators = vec![coordinator.cookie.clone(); sessions.len()];
    let board = format!("/fi/sparring/{round}/allocation");
    println!("  warming up…");
    load(addr, &sessions, Duration::from_secs(2), paths_theme.clone()).await?;
    load(
        addr,
        &sessions[..1],
        Duration::from_secs(2),
        paths_search.clone(),
    )
    .await?;
    println!("  /healthz…");
    let mut hello = load(addr, &sessions, seconds, fixed("/healthz")).await?;
    hello.server_mb = server.memory().current_kb / 1024;
    let all = &sessions[..];
    let one = &sessions[..1];
    let mut scenarios = Vec::new();
    for (name, who, path) in [
        ("signed-in theme page", all, paths_theme),
        (
            "signed-in academy bank, a page of 24 themes",
            all,
            paths_bank,
        ),
        ("signed-in event list", all, fixed("/fi/events")),
        (
            "signed-in event list of one region",
            all,
            fixed("/fi/events?region=pirkanmaa"),
        ),
        (
            "coordinator's sparring board, 53 applications",
            &coordinators[..],
            fixed(board),
        ),
        (
            "coordinator's statistics of a year of participations, one connection",
            &coordinators[..1],
            fixed(format!("/fi/statistics?from={STATISTICS_YEAR}")),
        ),
        ("signed-in start page", all, fixed("/fi/")),
        (
            "anonymous page (accessibility statement)",
            &anonymous[..],
            fixed("/fi/accessibility"),
        ),
        (
            "public arena, three facets and two words",
            &anonymous[..],
            paths_arena.clone(),
        ),
        (
            "public arena, three facets and two words, one connection",
            &anonymous[..1],
            paths_arena,
        ),
        ("search, two words", all, paths_search.clone()),
        ("search, two words, one connection", one, paths_search),
    ]
    .into_iter()
    .filter(|(name, _, _)| name.contains(args.only.as_str()))
    {
        println!("  {name}…");
        let mut figures = load(addr, who, seconds, path).await?;
        figures.server_mb = server.memory().current_kb / 1024;
        scenarios.push((name, figures));
    }
    Ok((hello, scenarios))
}

/// What a scenario's connections ask for, request by request.
type Paths = Arc<dyn Fn(&mut u64) -> String + Send + Sync>;

fn fixed(path: impl Into<String>) -> Paths {
    let path = path.into();
    Arc::new(move |_| path.clone())
}

/// Statements these servers together have sent to the database.
async fn statements_of(servers: &[SocketAddr]) -> anyhow::Result<u64> {
    let mut made = 0;
    for server in servers {
        made += statements(*server).await?;
    }
    Ok(made)
}

/// Statements the server has sent to its database, from its `/metrics`.
async fn statements(addr: SocketAddr) -> anyhow::Result<u64> {
    let mut conn = Conn::open(addr).await?;
    let (_, body) = conn.send(Method::GET, "/metrics", None).await?;
    let text = String::from_utf8_lossy(&body);
    text.lines()
        .find(|l| l.starts_with("johto_database_statements_total"))
        .and_then(|l| l.split_whitespace().last())
        .and_then(|n| n.parse::<f64>().ok())
        .map(|n| n as u64)
        .context("the server's /metrics has no statement count")
}

fn next(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

fn encode(word: &str) -> String {
    word.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// One scenario: every connection sends requests one after another until the time is
/// up, each to the path `path` picks.
async fn load(
    addr: SocketAddr,
    sessions: &[String],
    duration: Duration,
    path: Paths,
) -> anyhow::Result<Figures> {
    let statements_before = statements(addr).await?;
    let deadline = Instant::now() + duration;
    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for (i, cookie) in sessions.iter().enumerate() {
        let cookie = cookie.clone();
        let path = path.clone();
        tasks.spawn(async move {
            let mut conn = Conn::open(addr).await?;
            conn.cookie = cookie;
            let mut seed = 0x2545_F491_4F6C_DD1D ^ ((i as u64 + 1) * 0x9E37_79B9);
            let mut latencies = Vec::new();
            let mut failures = 0usize;
            while Instant::now() < deadline {
                let target = path(&mut seed);
                let sent = Instant::now();
                let (status, _) = conn.send(Method::GET, &target, None).await?;
                latencies.push(sent.elapsed());
                if status != StatusCode::OK {
                    failures += 1;
                }
            }
            anyhow::Ok((latencies, failures))
        });
    }
    let mut latencies = Vec::new();
    let mut failures = 0;
    while let Some(done) = tasks.join_next().await {
        let (l, f) = done??;
        latencies.extend(l);
        failures += f;
    }
    let elapsed = started.elapsed();
    // Reading /metrics makes no statement, so the difference is the scenario's.
    let made = statements(addr).await? - statements_before;
    Ok(figures_of(latencies, failures, elapsed, made))
}

fn figures_of(
    mut latencies: Vec<Duration>,
    failures: usize,
    elapsed: Duration,
    statements: u64,
) -> Figures {
    latencies.sort();
    let at = |q: f64| {
        latencies
            .get(((latencies.len().saturating_sub(1)) as f64 * q) as usize)
            .copied()
            .unwrap_or_default()
    };
    Figures {
        requests: latencies.len(),
        failures,
        per_second: latencies.len() as f64 / elapsed.as_secs_f64(),
        p50: at(0.50),
        p99: at(0.99),
        statements_per_request: statements as f64 / latencies.len().max(1) as f64,
        server_mb: 0,
    }
}

struct Figures {
    requests: usize,
    failures: usize,
    per_second: f64,
    p50: Duration,
    p99: Duration,
    /// Database statements the server made per request.
    statements_per_request: f64,
    /// The (first) server's resident memory after the scenario.
    server_mb: u64,
}

struct Report {
    backend: &'static str,
    seeding: Duration,
    index_rebuild: Duration,
    /// The statistics' nightly count of every year, the bench's year of participations
    /// among them.
    statistics_refresh: Duration,
    hello: Figures,
    scenarios: Vec<(&'static str, Figures)>,
    bursts: Vec<(&'static str, Burst)>,
    newsletter: Option<NewsletterSend>,
    /// The server's memory once it had migrated and seeded an empty database.
    first_start: Memory,
    /// The same server's memory at the end of every scenario.
    memory: Memory,
}

/// The registration burst: its figures and what the database holds afterwards.
struct Burst {
    figures: Figures,
    people: usize,
    events: usize,
    rows: usize,
    distinct: usize,
    confirmed: usize,
    seats: usize,
    over_capacity: usize,
}

impl Report {
    fn print(&self) {
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        let hello = &self.hello;
        let row = |name: &str, f: &Figures| {
            println!(
                "| {name} | {} | {} | {:.0} | {:.2} | {:.2} | {:.3} | {:.1} | {:.1} | {:.1} | {} |",
                f.requests,
                f.failures,
                f.per_second,
                ms(f.p50),
                ms(f.p99),
                f.per_second / hello.per_second.max(f64::MIN_POSITIVE),
                ms(f.p50) / ms(hello.p50).max(f64::MIN_POSITIVE),
                ms(f.p99) / ms(hello.p99).max(f64::MIN_POSITIVE),
                f.statements_per_request,
                f.server_mb,
            );
        };
        println!("\n## {}\n", self.backend);
        println!(
            "| scenario | requests | failed | req/s | p50 ms | p99 ms | req/s ÷ hello | p50 × hello | p99 × hello | statements per request | server MB after |"
        );
        println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        row("hello (/healthz)", hello);
        for (name, f) in &self.scenarios {
            row(name, f);
        }
        for (name, b) in &self.bursts {
            row(
                &format!(
                    "registrations, {name}, {} people × {} events",
                    b.people, b.events
                ),
                &b.figures,
            );
        }
        for (name, b) in &self.bursts {
            println!(
                "\nafter the burst ({name}): {} registrations for {} people ({} distinct person–event pairs), {} confirmed of {} seats, events over capacity: {}",
                b.rows, b.people, b.distinct, b.confirmed, b.seats, b.over_capacity
            );
        }
        if let Some(send) = &self.newsletter {
            println!(
                "\nnewsletter send: {} messages in {:.1} s, {:.0} per second · worker peak memory (VmHWM): {} MB · each arrived once: {}",
                send.messages,
                send.took.as_secs_f64(),
                send.messages as f64 / send.took.as_secs_f64().max(f64::MIN_POSITIVE),
                send.worker_peak_kb / 1024,
                if send.each_once { "yes" } else { "NO" },
            );
        }
        println!(
            "\nwriting the academy: {:.1} s · search index rebuild: {:.0} ms · statistics counted and kept (every year, the nightly job's work): {:.0} ms · server memory after its first start with the demo: {} MB · peak through every scenario (VmHWM): {} MB · at the end (VmRSS): {} MB",
            self.seeding.as_secs_f64(),
            ms(self.index_rebuild),
            ms(self.statistics_refresh),
            self.first_start.current_kb / 1024,
            self.memory.peak_kb / 1024,
            self.memory.current_kb / 1024,
        );
    }
}

/// The server process's memory, from `/proc`.
#[derive(Default)]
struct Memory {
    peak_kb: u64,
    current_kb: u64,
}

struct Server {
    child: Child,
    /// Under callgrind: given longer to start, and asked to end, not killed.
    callgrind: bool,
}

impl Server {
    /// `johto serve` on the database; `first` migrates and seeds the demo, as the
    /// README's first start does. With `callgrind`, under valgrind's callgrind, writing
    /// into that folder.
    fn start(
        url: &str,
        data: &Path,
        addr: SocketAddr,
        first: bool,
        callgrind: Option<&Path>,
    ) -> anyhow::Result<Server> {
        let exe = std::env::current_exe()?;
        let mut command = match callgrind {
            Some(dir) => {
                let mut valgrind = Command::new("valgrind");
                valgrind
                    .arg("--tool=callgrind")
                    .arg(format!(
                        "--callgrind-out-file={}/callgrind.%p",
                        dir.display()
                    ))
                    .args(["--demangle=no", "--compress-strings=no"])
                    .arg(exe);
                valgrind
            }
            None => Command::new(exe),
        };
        let child = command
            .args(["serve", "--no-worker", "--bind", &addr.to_string()])
            .arg("--config")
            .arg(data.join("no-config.toml"))
            .env("JOHTO_DATABASE_URL", url)
            .env("JOHTO_DATA_DIR", data)
            .env("JOHTO_DEMO", first.to_string())
            .env("JOHTO_MIGRATE_ON_START", first.to_string())
            .env("JOHTO_LOG", "warn")
            .stdout(Stdio::null())
            .spawn()
            .context("cannot start johto serve")?;
        Ok(Server {
            child,
            callgrind: callgrind.is_some(),
        })
    }

    async fn wait_ready(&mut self, addr: SocketAddr) -> anyhow::Result<()> {
        let patience = if self.callgrind { 1800 } else { 120 };
        let until = Instant::now() + Duration::from_secs(patience);
        while Instant::now() < until {
            if let Some(status) = self.child.try_wait()? {
                bail!("johto serve ended early: {status}");
            }
            if let Ok(mut conn) = Conn::open(addr).await
                && let Ok((StatusCode::OK, _)) = conn.send(Method::GET, "/healthz", None).await
            {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        bail!("johto serve did not answer within {patience} s")
    }

    fn memory(&self) -> Memory {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .unwrap_or_default();
        let field = |name: &str| {
            status
                .lines()
                .find(|l| l.starts_with(name))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
                .unwrap_or(0)
        };
        Memory {
            peak_kb: field("VmHWM:"),
            current_kb: field("VmRSS:"),
        }
    }

    fn stop(&mut self) {
        if self.callgrind {
            // callgrind writes its file when the server ends, as it does on SIGTERM.
            let _ = Command::new("kill")
                .args(["-TERM", &self.child.id().to_string()])
                .status();
        } else {
            let _ = self.child.kill();
        }
        let _ = self.child.wait();
    }
}

fn free_address() -> anyhow::Result<SocketAddr> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    Ok(listener.local_addr()?)
}

/// One keep-alive HTTP/1.1 connection with its session cookie.
struct Conn {
    sender: SendRequest<Full<Bytes>>,
    cookie: String,
    host: String,
}

impl Conn {
    async fn open(addr: SocketAddr) -> anyhow::Result<Conn> {
        let stream = tokio::net::TcpStream::connect(addr).await?;
        stream.set_nodelay(true)?;
        let (sender, connection) =
            hyper::client::conn::http1::handshake(TokioIo::new(stream)).await?;
        tokio::spawn(connection);
        Ok(Conn {
            sender,
            cookie: String::new(),
            host: addr.to_string(),
        })
    }

    async fn send(
        &mut self,
        method: Method,
        path: &str,
        form: Option<String>,
    ) -> anyhow::Result<(StatusCode, Bytes)> {
        let mut request = Request::builder()
            .method(method)
            .uri(path)
            .header(header::HOST, &self.host);
        if !self.cookie.is_empty() {
            request = request.header(header::COOKIE, &self.cookie);
        }
        if form.is_some() {
            request = request.header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        }
        let request = request.body(Full::new(Bytes::from(form.unwrap_or_default())))?;
        self.sender.ready().await?;
        let response = self.sender.send_request(request).await?;
        let status = response.status();
        for set in response.headers().get_all(header::SET_COOKIE) {
            if let Some(pair) = set.to_str().ok().and_then(|s| s.split(';').next()) {
                self.cookie = with_cookie(&self.cookie, pair);
            }
        }
        let body = response.into_body().collect().await?.to_bytes();
        Ok((status, body))
    }

    /// Signs in a bench manager through the login form, as a browser does.
    async fn login(&mut self, email: &str) -> anyhow::Result<()> {
        self.login_with(email, PASSWORD).await
    }

    /// Signs in through the login form with the given password.
    async fn login_with(&mut self, email: &str, password: &str) -> anyhow::Result<()> {
        let (_, page) = self.send(Method::GET, "/fi/login", None).await?;
        let page = String::from_utf8_lossy(&page);
        let marker = "name=\"csrf\" value=\"";
        let csrf = page
            .find(marker)
            .map(|i| &page[i + marker.len()..])
            .and_then(|rest| rest.split('"').next())
            .context("the login page has no CSRF token")?
            .to_owned();
        let form = format!(
            "csrf={}&email={}&password={}&next=",
            encode(&csrf),
            encode(email),
            encode(password)
        );
        let (status, _) = self.send(Method::POST, "/fi/login", Some(form)).await?;
        if status != StatusCode::SEE_OTHER {
            bail!("{email} could not sign in: {status}");
        }
        Ok(())
    }
}

/// A `Cookie` header with one cookie set anew (`name=value`), as a browser keeps them.
fn with_cookie(header: &str, pair: &str) -> String {
    let name = pair.split('=').next().unwrap_or_default();
    header
        .split("; ")
        .filter(|c| !c.is_empty() && c.split('=').next() != Some(name))
        .chain(std::iter::once(pair))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Seats in each burst event: together fewer than the people, so queues form.
const BURST_SEATS: i32 = 100;
const BURST_EVENTS: usize = 20;

/// 5,000 distinct signed-in managers register at once, each for one of 20 events,
/// through the HTTP servers at the given concurrency (the connections taking the
/// servers in turn); then the database is checked: every registration there once, no
/// event over capacity.
async fn burst(args: &BenchArgs, url: &str, servers: &[SocketAddr]) -> anyhow::Result<Burst> {
    use std::sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    };
    use store::events::{EventInput, EventText};
    let people = args.burst_people.min(args.managers);
    let store = Store::connect(url).await?;
    let mut events = Vec::new();
    for i in 0..BURST_EVENTS {
        let starts_at = chrono::Utc::now() + chrono::Duration::days(30 + i as i64);
        let input = EventInput {
            region: None,
            sessions: Vec::new(),
            kind: domain::EventKind::Webinar,
            starts_at,
            ends_at: starts_at + chrono::Duration::hours(1),
            online_url: Some("https://webinar.example/bench".to_owned()),
            venue: String::new(),
            capacity: Some(BURST_SEATS),
            registration_opens_at: None,
            registration_closes_at: None,
            organisation_id: None,
            invitees: None,
            theme_id: None,
            texts: vec![
                EventText {
                    lang: domain::Lang::Fi,
                    title: format!("Webinaari {i}"),
                    description: String::new(),
                },
                EventText {
                    lang: domain::Lang::Sv,
                    title: format!("Webbinarium {i}"),
                    description: String::new(),
                },
            ],
        };
        let id = store.events().create_event(&input, None).await?;
        store
            .events()
            .set_event_status(id, domain::EventStatus::Published, None)
            .await?;
        events.push(id);
    }
    // Sessions are written straight into the session store: 5,000 Argon2 logins would
    // measure the password hash, not the seats.
    let mut sessions = Vec::with_capacity(people);
    for i in 0..people {
        let user = store
            .accounts()
            .user_by_email(
                &domain::Email::parse(&bench_manager_email(i))
                    .map_err(|e| anyhow::anyhow!("{e}"))?,
            )
            .await?
            .context("a bench manager is missing")?;
        let (id, csrf) = web::ctx::open_session(&store, user.id).await?;
        sessions.push((format!("johto={id}"), csrf));
    }
    let sessions = Arc::new(sessions);
    let next_person = Arc::new(AtomicUsize::new(0));
    let events = Arc::new(events);
    let before = statements_of(servers).await?;
    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for n in 0..args.connections {
        let (sessions, next_person, events) =
            (sessions.clone(), next_person.clone(), events.clone());
        let addr = servers[n % servers.len()];
        tasks.spawn(async move {
            let mut conn = Conn::open(addr).await?;
            let mut latencies = Vec::new();
            let mut failures = 0usize;
            loop {
                let i = next_person.fetch_add(1, Ordering::Relaxed);
                let Some((cookie, csrf)) = sessions.get(i) else {
                    break;
                };
                conn.cookie = cookie.clone();
                let event = events[i % events.len()];
                let sent = Instant::now();
                let (status, _) = conn
                    .send(
                        Method::POST,
                        &format!("/fi/events/{event}/register"),
                        Some(format!("csrf={}", encode(csrf))),
                    )
                    .await?;
                latencies.push(sent.elapsed());
                if status != StatusCode::SEE_OTHER {
                    failures += 1;
                }
            }
            anyhow::Ok((latencies, failures))
        });
    }
    let mut latencies = Vec::new();
    let mut failures = 0;
    while let Some(done) = tasks.join_next().await {
        let (l, f) = done??;
        latencies.extend(l);
        failures += f;
    }
    let elapsed = started.elapsed();
    let made = statements_of(servers).await? - before;
    let figures = figures_of(latencies, failures, elapsed, made);

    let mut rows = 0;
    let mut distinct = std::collections::HashSet::new();
    let mut confirmed = 0;
    let mut over_capacity = 0;
    for event in events.iter() {
        let registrations = store.events().registrations(*event).await?;
        rows += registrations.len();
        let here = registrations
            .iter()
            .filter(|r| r.standing == domain::Standing::Confirmed)
            .count();
        confirmed += here;
        if here > BURST_SEATS as usize {
            over_capacity += 1;
        }
        distinct.extend(registrations.iter().map(|r| (r.event_id, r.user_id)));
    }
    Ok(Burst {
        figures,
        people,
        events: BURST_EVENTS,
        rows,
        distinct: distinct.len(),
        confirmed,
        seats: BURST_SEATS as usize * BURST_EVENTS,
        over_capacity,
    })
}
