//! A person's rights over the data johto holds about them (GDPR art. 15 and 20): what
//! of it they may download, what a download never carries, and how long what is no
//! longer needed is kept (`Retention`, in the configuration and on the privacy page);
//! and their right to erasure (art. 17): who asks and who decides, and what erasure
//! does with each kind of row (`Erase`).

use chrono::{DateTime, Duration, Utc};
use serde::Deserialize;

use crate::Principal;

/// How long johto keeps what it no longer needs, in days; a nightly job removes what
/// is older (`johto.toml`'s `[retention]`, `JOHTO_RETENTION__AUDIT_DAYS` and so on).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct Retention {
    /// An account request that was never approved (waiting or refused), from when it
    /// was made.
    pub account_request_days: i64,
    /// A one-time link (password reset, welcome), from when it stopped working.
    pub one_time_link_days: i64,
    /// The counts of failed sign-ins from an address, from their window's start.
    pub login_throttle_days: i64,
    /// The log of who handled whose data.
    pub audit_days: i64,
}

impl Default for Retention {
    fn default() -> Self {
        Retention {
            account_request_days: 90,
            one_time_link_days: 30,
            login_throttle_days: 1,
            audit_days: 5 * 365,
        }
    }
}

impl Retention {
    /// What is older than this, `days` before `now`, goes.
    pub fn cutoff(now: DateTime<Utc>, days: i64) -> DateTime<Utc> {
        now - Duration::days(days.max(0))
    }
}

/// What a piece of a person's data is about, as "My data" groups it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum DataKind {
    /// The account itself and the request that made it.
    Account,
    Roles,
    /// Sign-ins: sessions, trusted browsers, one-time links, calendar feeds.
    Sessions,
    /// The academy: progress, ratings, tool answers, followed themes.
    Academy,
    /// Events: registrations, attendance, feedback, invitations.
    Events,
    /// The coaching programme: enrolment, peer groups, tasks and submissions,
    /// self-assessments, surveys.
    Coaching,
    Certificates,
    /// The development programme: sparring applications and solutions.
    Development,
    Newsletters,
    ApiTokens,
    /// Files the person uploaded.
    Files,
    /// What the person did in a role for others: decisions, feedback, texts written.
    Work,
    /// The log of who handled the person's data, and what they did themselves.
    Audit,
}

impl DataKind {
    pub const ALL: [DataKind; 13] = [
        DataKind::Account,
        DataKind::Roles,
        DataKind::Sessions,
        DataKind::Academy,
        DataKind::Events,
        DataKind::Coaching,
        DataKind::Certificates,
        DataKind::Development,
        DataKind::Newsletters,
        DataKind::ApiTokens,
        DataKind::Files,
        DataKind::Work,
        DataKind::Audit,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DataKind::Account => "account",
            DataKind::Roles => "roles",
            DataKind::Sessions => "sessions",
            DataKind::Academy => "academy",
            DataKind::Events => "events",
            DataKind::Coaching => "coaching",
            DataKind::Certificates => "certificates",
            DataKind::Development => "development",
            DataKind::Newsletters => "newsletters",
            DataKind::ApiTokens => "api-tokens",
            DataKind::Files => "files",
            DataKind::Work => "work",
            DataKind::Audit => "audit",
        }
    }
}

/// Whether `who` may download the data of `person`: their own, and nobody else's (an
/// administrator answering a request works through the person, not around them).
pub fn may_export_data_of(who: &Principal, person: i32) -> bool {
    who.user_id == person
}

/// A column a download never carries, even to the person it is about: what would let
/// its reader act as the person (a password's or token's hash, a session, a secret
/// link) or find a file in the storage behind its access check.
pub fn is_secret_column(table: &str, column: &str) -> bool {
    column.ends_with("_hash")
        || matches!(column, "secret" | "client_secret" | "storage_key")
        || (table == "sessions" && matches!(column, "id" | "data"))
}

/// What erasing a person does with a column that names them. Every declared column
/// (`store::personal_data::HOLDINGS`) has one of these, so a table cannot be added
/// without deciding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Erase {
    /// The rows go (and what hangs on them by the database's own cascades).
    Remove,
    /// The rows stay for others and the column is emptied: a decision, a text written
    /// for others, a file others still use.
    Unlink,
    /// The rows stay, naming only the erased account, whose name and address are gone:
    /// an event's attendance, an anonymous answer, a rating in an average, the log.
    Keep,
    /// The account itself: its name, address, password and language are replaced, it is
    /// disabled for good and marked erased.
    Anonymise,
    /// A certificate: revoked, the holder's name cleared and the row unlinked; its
    /// public page then says only that it was revoked.
    Revoke,
}

/// Whether `who` may ask for the erasure of `person`'s data: only their own.
pub fn may_request_erasure(who: &Principal, person: i32) -> bool {
    who.user_id == person
}

/// Whether `who` may carry out or refuse erasure requests: administrators.
pub fn may_decide_erasure(who: &Principal) -> bool {
    who.is_admin()
}

/// Where an erasure request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErasureStatus {
    Waiting,
    Erased,
    Refused,
}

impl ErasureStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ErasureStatus::Waiting => "waiting",
            ErasureStatus::Erased => "erased",
            ErasureStatus::Refused => "refused",
        }
    }

    pub fn parse(raw: &str) -> Option<ErasureStatus> {
        [
            ErasureStatus::Waiting,
            ErasureStatus::Erased,
            ErasureStatus::Refused,
        ]
        .into_iter()
        .find(|s| s.as_str() == raw)
    }
}

/// The person's own words with their request: optional, at most 2,000 characters.
pub fn parse_erasure_message(raw: &str) -> Result<String, crate::Invalid> {
    let text = crate::coaching::parse_optional_text(raw)?;
    if text.chars().count() > 2000 {
        Err(crate::invalid("error-erasure-message-long"))
    } else {
        Ok(text)
    }
}

/// Why a request is refused (the law that requires keeping the data, say): required,
/// at most 2,000 characters; the person is told it.
pub fn parse_refusal_reason(raw: &str) -> Result<String, crate::Invalid> {
    let text = crate::coaching::parse_optional_text(raw)?;
    if text.is_empty() {
        Err(crate::invalid("error-erasure-reason"))
    } else if text.chars().count() > 2000 {
        Err(crate::invalid("error-erasure-reason-long"))
    } else {
        Ok(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_kept_goes_after_its_period_and_never_in_the_future() {
        let now = Utc::now();
        assert_eq!(Retention::cutoff(now, 30), now - Duration::days(30));
        assert_eq!(
            Retention::cutoff(now, -5),
            now,
            "a negative period keeps nothing longer"
        );
        assert!(Retention::default().audit_days >= 365);
    }

    #[test]
    fn a_person_downloads_their_own_data_and_no_one_elses() {
        let admin = Principal {
            user_id: 1,
            org_id: 1,
            roles: vec![crate::Role::Administrator],
        };
        assert!(may_export_data_of(&admin, 1));
        assert!(!may_export_data_of(&admin, 2), "not even an administrator");
    }

    #[test]
    fn a_person_asks_for_their_own_erasure_and_an_administrator_decides() {
        let manager = Principal {
            user_id: 7,
            org_id: 1,
            roles: vec![crate::Role::Manager],
        };
        let admin = Principal {
            user_id: 1,
            org_id: 1,
            roles: vec![crate::Role::Administrator],
        };
        assert!(may_request_erasure(&manager, 7));
        assert!(!may_request_erasure(&admin, 7), "nobody asks for another");
        assert!(may_decide_erasure(&admin));
        assert!(!may_decide_erasure(&manager));
    }

    #[test]
    fn a_refusal_has_a_reason_and_a_request_may_be_silent() {
        assert_eq!(parse_erasure_message("  ").unwrap(), "");
        assert!(parse_erasure_message(&"x".repeat(2001)).is_err());
        assert!(parse_refusal_reason(" ").is_err());
        assert_eq!(
            parse_refusal_reason(" Kirjanpitolaki ").unwrap(),
            "Kirjanpitolaki"
        );
        for status in [
            ErasureStatus::Waiting,
            ErasureStatus::Erased,
            ErasureStatus::Refused,
        ] {
            assert_eq!(ErasureStatus::parse(status.as_str()), Some(status));
        }
    }

    #[test]
    fn hashes_secrets_and_storage_keys_never_leave() {
        for (table, secret) in [
            ("users", "password_hash"),
            ("api_tokens", "token_hash"),
            ("newsletter_subscribers", "secret"),
            ("files", "storage_key"),
            ("sessions", "id"),
            ("sessions", "data"),
        ] {
            assert!(is_secret_column(table, secret), "{table}.{secret}");
        }
        for (table, kept) in [
            ("users", "email"),
            ("users", "id"),
            ("files", "sha256"),
            ("sessions", "expires_at"),
        ] {
            assert!(!is_secret_column(table, kept), "{table}.{kept}");
        }
    }
}
