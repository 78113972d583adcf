//! The command line, run as an operator would: the real binary on a fresh database,
//! SQLite and PostgreSQL.
#![allow(clippy::unwrap_used)]

use std::{
    io::Write,
    process::{Command, Output, Stdio},
};

struct Cli {
    database: String,
    _dir: tempfile::TempDir,
}

impl Cli {
    fn sqlite() -> Cli {
        let dir = tempfile::tempdir().unwrap();
        let database = format!(
            "sqlite://{}?mode=rwc",
            dir.path().join("johto.db").display()
        );
        Cli {
            database,
            _dir: dir,
        }
    }

    /// A fresh PostgreSQL database, or `None` (a skip) where there is none outside CI.
    fn postgres() -> Option<Cli> {
        let base = std::env::var("JOHTO_TEST_POSTGRES")
            .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".to_owned());
        let name = format!("johto_test_cli_{}", std::process::id());
        let created = Command::new("psql")
            .arg(format!("{base}/postgres"))
            .args(["-qc", &format!("CREATE DATABASE {name}")])
            .output();
        match created {
            Ok(out) if out.status.success() => Some(Cli {
                database: format!("{base}/{name}"),
                _dir: tempfile::tempdir().unwrap(),
            }),
            _ if std::env::var("CI").is_ok_and(|v| v == "true") => {
                panic!("PostgreSQL is required in CI")
            }
            _ => {
                eprintln!("skipped on PostgreSQL: unreachable at {base}");
                None
            }
        }
    }

    fn run(&self, args: &[&str], stdin: &str) -> Output {
        let mut child = Command::new(env!("CARGO_BIN_EXE_johto"))
            .args(args)
            .env("JOHTO_DATABASE_URL", &self.database)
            .env("JOHTO_DATA_DIR", self._dir.path())
            .env("JOHTO_LOG", "error")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(stdin.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    }
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn an_operator_migrates_seeds_and_manages_users(cli: &Cli) {
    let out = cli.run(&["migrate"], "");
    assert!(out.status.success(), "{}", text(&out));
    let out = cli.run(&["seed", "--demo"], "");
    assert!(text(&out).contains("Demo data seeded."), "{}", text(&out));
    let out = cli.run(&["seed", "--demo"], "");
    assert!(
        text(&out).contains("nothing seeded"),
        "seeding never runs twice: {}",
        text(&out)
    );

    let add = [
        "user",
        "add",
        "--email",
        "Anna.A@Espoo.example",
        "--name",
        "Anna A",
        "--org",
        "espoon-kaupunki",
        "--role",
        "hr-developer",
        "--role",
        "manager",
        "--lang",
        "sv",
        "--password-stdin",
    ];
    let out = cli.run(&add, "a long enough password\n");
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("anna.a@espoo.example"));
    let out = cli.run(&add, "a long enough password\n");
    assert!(!out.status.success());
    assert!(
        text(&out).contains("has an account already"),
        "{}",
        text(&out)
    );

    let out = cli.run(
        &[
            "user",
            "set-password",
            "--email",
            "anna.a@espoo.example",
            "--password-stdin",
        ],
        "short\n",
    );
    assert!(!out.status.success());
    assert!(
        text(&out).contains("at least 12 characters"),
        "{}",
        text(&out)
    );
    let out = cli.run(
        &[
            "user",
            "set-password",
            "--email",
            "anna.a@espoo.example",
            "--password-stdin",
        ],
        "another long password\n",
    );
    assert!(out.status.success(), "{}", text(&out));
    let out = cli.run(&["user", "disable", "--email", "anna.a@espoo.example"], "");
    assert!(out.status.success(), "{}", text(&out));
    let out = cli.run(&["user", "disable", "--email", "nobody@espoo.example"], "");
    assert!(!out.status.success());
    assert!(text(&out).contains("no account nobody@espoo.example"));
}

fn errors_name_what_is_wrong_and_exit_non_zero(cli: &Cli) {
    cli.run(&["seed", "--demo"], "");
    let cases: [(&[&str], &str); 4] = [
        (
            &[
                "user",
                "add",
                "--email",
                "not-an-email",
                "--name",
                "X",
                "--org",
                "keva",
                "--role",
                "manager",
            ],
            "--email",
        ),
        (
            &[
                "user",
                "add",
                "--email",
                "x@keva.example",
                "--name",
                "X",
                "--org",
                "keva",
                "--role",
                "king",
            ],
            "--role: Unknown role",
        ),
        (
            &[
                "user",
                "add",
                "--email",
                "x@keva.example",
                "--name",
                "X",
                "--org",
                "atlantis",
                "--role",
                "manager",
            ],
            "no organisation \"atlantis\"",
        ),
        (&["seed"], "--demo"),
    ];
    for (args, expected) in cases {
        let out = cli.run(args, "");
        assert!(!out.status.success(), "{args:?}");
        assert!(text(&out).contains(expected), "{args:?}: {}", text(&out));
    }
    let out = Command::new(env!("CARGO_BIN_EXE_johto"))
        .args(["serve", "--database", "mysql://nowhere/x"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        text(&out).contains("cannot open the database"),
        "{}",
        text(&out)
    );
}

#[test]
fn sqlite_an_operator_migrates_seeds_and_manages_users() {
    an_operator_migrates_seeds_and_manages_users(&Cli::sqlite());
}

#[test]
fn postgres_an_operator_migrates_seeds_and_manages_users() {
    if let Some(cli) = Cli::postgres() {
        an_operator_migrates_seeds_and_manages_users(&cli);
    }
}

#[test]
fn sqlite_errors_name_what_is_wrong_and_exit_non_zero() {
    errors_name_what_is_wrong_and_exit_non_zero(&Cli::sqlite());
}

#[test]
fn help_lists_every_command() {
    let out = Command::new(env!("CARGO_BIN_EXE_johto"))
        .arg("--help")
        .output()
        .unwrap();
    let help = text(&out);
    for command in ["serve", "migrate", "seed", "user", "bench"] {
        assert!(help.contains(command), "{help}");
    }
}

/// The benchmark runs end to end on a tiny academy: it writes, serves, signs in,
/// measures and reports, with no failed request. Its figures are not judged here.
#[test]
fn the_benchmark_runs_on_both_databases_and_reports_every_figure() {
    let backends = if std::env::var("CI").is_ok_and(|v| v == "true")
        || Command::new("pg_isready")
            .arg("-h")
            .arg("127.0.0.1")
            .status()
            .is_ok_and(|s| s.success())
    {
        "sqlite,postgres"
    } else {
        "sqlite"
    };
    let out = Command::new(env!("CARGO_BIN_EXE_johto"))
        .args([
            "bench",
            "--themes",
            "4",
            "--parts-per-theme",
            "3",
            "--managers",
            "6",
        ])
        .args([
            "--connections",
            "2",
            "--seconds",
            "1",
            "--backends",
            backends,
        ])
        .env("JOHTO_LOG", "error")
        .output()
        .unwrap();
    let report = text(&out);
    assert!(out.status.success(), "{report}");
    for backend in backends.split(',') {
        let heading = if backend == "sqlite" {
            "## SQLite"
        } else {
            "## PostgreSQL"
        };
        let section = report
            .split(heading)
            .nth(1)
            .unwrap_or_else(|| panic!("{heading} in {report}"));
        for row in [
            "| hello (/healthz) |",
            "| signed-in theme page |",
            "| search, two words |",
            "| registrations, 6 people × 20 events |",
        ] {
            let line = section
                .lines()
                .find(|l| l.starts_with(row))
                .unwrap_or_else(|| panic!("{row} in {section}"));
            let failed: Vec<&str> = line.split('|').map(str::trim).collect();
            assert_ne!(failed[2], "0", "some requests were made: {line}");
            assert_eq!(failed[3], "0", "none failed: {line}");
        }
        assert!(section.contains("search index rebuild") && section.contains("server peak memory"));
        assert!(
            section.contains("after the burst: 6 registrations for 6 people (6 distinct person–event pairs), 6 confirmed of 2000 seats, events over capacity: 0"),
            "{section}"
        );
    }
}
