//! Configuration: defaults in code, then `johto.toml`, then `JOHTO_*` environment
//! variables (nested keys with `__`, e.g. `JOHTO_MAIL__SMTP__HOST`), then the command
//! line. johto starts with no configuration at all.

use std::path::{Path, PathBuf};

use anyhow::Context;
use figment::{
    Figment,
    providers::{Env, Format, Toml},
};
use serde::Deserialize;
use web::{WebConfig, mail::SmtpConfig};

#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct Config {
    /// The address to listen on.
    pub bind: String,
    /// Where the SQLite database, development e-mails and files live.
    pub data_dir: PathBuf,
    /// `sqlite://…` or `postgres://…`; by default a SQLite file in `data_dir`.
    pub database_url: Option<String>,
    /// Where uploaded files are kept; by default `files` in `data_dir`.
    pub files_dir: Option<PathBuf>,
    /// The certificates' signing key (Ed25519, multibase); by default
    /// `issuer-ed25519.key` in `data_dir`, made on first start. Point it at a new file
    /// to rotate the key: the old public keys stay in the DID document.
    pub issuer_key_file: Option<PathBuf>,
    /// Seed the demo data on first start. By default only on the embedded SQLite
    /// database, never on a database named explicitly.
    pub demo: Option<bool>,
    /// Apply migrations when serving. Turn off when several instances share one
    /// database, and run `johto migrate` once per deployment instead.
    pub migrate_on_start: bool,
    /// `text` or `json`.
    pub log_format: String,
    pub mail: MailConfig,
    #[serde(flatten)]
    pub web: WebConfig,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct MailConfig {
    pub from: String,
    pub smtp: Option<SmtpConfig>,
}

impl Default for MailConfig {
    fn default() -> Self {
        MailConfig {
            from: "Johto <noreply@johto.example>".to_owned(),
            smtp: None,
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            bind: "127.0.0.1:8080".to_owned(),
            data_dir: PathBuf::from("data"),
            database_url: None,
            files_dir: None,
            issuer_key_file: None,
            demo: None,
            migrate_on_start: true,
            log_format: "text".to_owned(),
            mail: MailConfig::default(),
            web: WebConfig::default(),
        }
    }
}

impl Config {
    pub fn load(file: &Path) -> anyhow::Result<Config> {
        Figment::new()
            .merge(Toml::file(file))
            .merge(Env::prefixed("JOHTO_").split("__"))
            .extract()
            .context("the configuration is not valid")
    }

    pub fn database_url(&self) -> String {
        self.database_url
            .clone()
            .filter(|u| !u.trim().is_empty())
            .unwrap_or_else(|| {
                format!(
                    "sqlite://{}?mode=rwc",
                    self.data_dir.join("johto.db").display()
                )
            })
    }

    pub fn seeds_demo(&self) -> bool {
        self.demo.unwrap_or(
            self.database_url
                .as_deref()
                .is_none_or(|u| u.trim().is_empty()),
        )
    }

    pub fn files_dir(&self) -> PathBuf {
        self.files_dir
            .clone()
            .unwrap_or_else(|| self.data_dir.join("files"))
    }

    pub fn issuer_key_file(&self) -> PathBuf {
        self.issuer_key_file
            .clone()
            .unwrap_or_else(|| self.data_dir.join("issuer-ed25519.key"))
    }

    pub fn mail_dir(&self) -> PathBuf {
        self.data_dir.join("mail")
    }

    /// Where the search indexes are written while the server runs (rebuilt from the
    /// database at each start).
    pub fn search_dir(&self) -> PathBuf {
        self.data_dir.join("search")
    }
}
