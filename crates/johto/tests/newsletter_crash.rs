//! A newsletter's send survives its worker's crash. The worker, the real binary run as
//! `johto worker`, is killed (SIGKILL) in the middle of an SMTP transaction: the SMTP
//! server (aiosmtpd) holds one message unanswered, so the worker has claimed that
//! delivery and not seen it through. A second worker takes the send up when the lease
//! runs out, and every subscriber gets exactly one message. SQLite and PostgreSQL.
#![allow(clippy::unwrap_used)]

mod common;

use std::{
    collections::BTreeMap,
    io::BufRead,
    path::PathBuf,
    process::{Command, Stdio},
    time::{Duration, Instant},
};

use common::{Cli, Running};
use domain::{Email, Lang, newsletters::NewsletterState};
use store::{Store, newsletters::NewsletterInput};

const SUBSCRIBERS: usize = 300;
/// The message the SMTP server holds while the worker is killed.
const HELD: usize = 120;

/// A real SMTP server on loopback (`tests/tools/smtp_server.py`) that keeps each
/// message as JSON and holds the `hold_at`-th unanswered.
struct Smtp {
    _process: Running,
    port: u16,
    dir: tempfile::TempDir,
}

impl Smtp {
    fn start(hold_at: usize) -> Smtp {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let dir = tempfile::tempdir().unwrap();
        let tool: PathBuf = [
            env!("CARGO_MANIFEST_DIR"),
            "../../tests/tools/smtp_server.py",
        ]
        .iter()
        .collect();
        let mut child = Command::new("/usr/bin/python3")
            .arg(tool)
            .arg(port.to_string())
            .arg(dir.path())
            .arg(hold_at.to_string())
            .stdout(Stdio::piped())
            .spawn()
            .expect("Debian's python3 with python3-aiosmtpd (installed by .ci/run)");
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert_eq!(line.trim(), "ready", "the SMTP server started");
        Smtp {
            _process: Running(child),
            port,
            dir,
        }
    }

    /// Whether the held message has come.
    fn holds(&self) -> bool {
        self.dir.path().join("held").exists()
    }

    /// The recipient of every message kept.
    fn recipients(&self) -> Vec<String> {
        std::fs::read_dir(self.dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .map(|p| {
                let mail: serde_json::Value =
                    serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap();
                mail["to"][0].as_str().unwrap().to_owned()
            })
            .collect()
    }
}

/// `johto worker` sending to `smtp`, fast, with a lease of two seconds.
fn worker(cli: &Cli, smtp: &Smtp) -> Running {
    Running(
        Command::new(env!("CARGO_BIN_EXE_johto"))
            .arg("worker")
            .env("JOHTO_DATABASE_URL", &cli.database)
            .env("JOHTO_DATA_DIR", cli.dir.path())
            .env("JOHTO_LOG", "error")
            .env("JOHTO_MAIL__SMTP__HOST", "127.0.0.1")
            .env("JOHTO_MAIL__SMTP__PORT", smtp.port.to_string())
            .env("JOHTO_MAIL__SMTP__SECURITY", "none")
            .env("JOHTO_NEWSLETTER_PER_SECOND", "1000")
            .env("JOHTO_JOB_LEASE_SECONDS", "2")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    )
}

fn wait_for(what: &str, mut done: impl FnMut() -> bool) {
    let started = Instant::now();
    while !done() {
        assert!(started.elapsed() < Duration::from_secs(120), "{what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn a_send_survives_a_killed_worker(cli: Cli) {
    // An operator sets up an organisation and its coordinator.
    for args in [
        &[
            "org",
            "add",
            "--slug",
            "esimerkki",
            "--name-fi",
            "Esimerkin kunta",
            "--name-sv",
            "Exempels kommun",
            "--kind",
            "municipality",
            "--business-id",
            "0101263-6",
            "--domain",
            "kunta.example",
        ][..],
        &[
            "user",
            "add",
            "--email",
            "koordinaattori@kunta.example",
            "--name",
            "Kaisa Koordinaattori",
            "--org",
            "esimerkki",
            "--role",
            "coordinator",
        ],
    ] {
        let out = cli.run(args, "");
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let store = runtime.block_on(Store::connect(&cli.database)).unwrap();
    let newsletters = store.newsletters();
    let id = runtime.block_on(async {
        let email = Email::parse("koordinaattori@kunta.example").unwrap();
        let coordinator = store
            .accounts()
            .user_by_email(&email)
            .await
            .unwrap()
            .unwrap();
        for n in 0..SUBSCRIBERS {
            let lang = if n % 4 == 0 { Lang::Sv } else { Lang::Fi };
            newsletters
                .subscribe(&format!("lukija{n}@kunta.example"), &[lang], None, true)
                .await
                .unwrap();
        }
        let input = NewsletterInput {
            subject_fi: "Joulukuun uutiskirje".to_owned(),
            subject_sv: "Decembers nyhetsbrev".to_owned(),
            body_fi: "## Uutta\n\nValmennuksia ja työpajoja.".to_owned(),
            body_sv: "## Nytt\n\nTräningar och verkstäder.".to_owned(),
        };
        let id = newsletters.create(&input, coordinator.id).await.unwrap();
        let started = newsletters
            .start(id, &[Lang::Fi, Lang::Sv], Some(coordinator.id))
            .await
            .unwrap();
        assert!(started);
        id
    });

    let smtp = Smtp::start(HELD);
    let first = worker(&cli, &smtp);
    wait_for("the worker reaches the held message", || smtp.holds());
    drop(first);
    assert_eq!(smtp.recipients().len(), HELD - 1, "kept before the crash");

    let second = worker(&cli, &smtp);
    wait_for("the second worker finishes the send", || {
        runtime
            .block_on(newsletters.newsletter(id))
            .unwrap()
            .is_some_and(|n| n.state == NewsletterState::Sent)
    });
    drop(second);

    let mut received: BTreeMap<String, usize> = BTreeMap::new();
    for to in smtp.recipients() {
        *received.entry(to).or_default() += 1;
    }
    let twice: Vec<_> = received.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "sent more than once: {twice:?}");
    assert_eq!(received.len(), SUBSCRIBERS, "every subscriber got it");
    let progress = runtime.block_on(newsletters.progress(id)).unwrap();
    assert_eq!(progress.sent as usize, SUBSCRIBERS);
    assert_eq!((progress.pending, progress.failed), (0, 0));
}

#[test]
fn a_send_survives_a_killed_worker_on_sqlite() {
    a_send_survives_a_killed_worker(Cli::sqlite());
}

#[test]
fn a_send_survives_a_killed_worker_on_postgres() {
    if let Some(cli) = Cli::postgres() {
        a_send_survives_a_killed_worker(cli);
    }
}
