//! What the command-line tests share: the real binary run as an operator would, on a
//! fresh SQLite or PostgreSQL database.
#![allow(dead_code)]

use std::{
    io::Write,
    process::{Command, Output, Stdio},
};

/// A fresh database and data folder, and the binary run against them.
pub struct Cli {
    pub database: String,
    pub dir: tempfile::TempDir,
}

impl Cli {
    pub fn sqlite() -> Cli {
        let dir = tempfile::tempdir().unwrap();
        let database = format!(
            "sqlite://{}?mode=rwc",
            dir.path().join("johto.db").display()
        );
        Cli { database, dir }
    }

    /// A fresh PostgreSQL database, or `None` (a skip) where there is none outside CI.
    pub fn postgres() -> Option<Cli> {
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
                dir: tempfile::tempdir().unwrap(),
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

    pub fn run(&self, args: &[&str], stdin: &str) -> Output {
        let mut child = Command::new(env!("CARGO_BIN_EXE_johto"))
            .args(args)
            .env("JOHTO_DATABASE_URL", &self.database)
            .env("JOHTO_DATA_DIR", self.dir.path())
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

/// A process the test started, stopped when the test ends, however it ends.
pub struct Running(pub std::process::Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}
