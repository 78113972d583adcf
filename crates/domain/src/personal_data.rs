//! A person's rights over the data johto holds about them (GDPR art. 15 and 20): what
//! of it they may download, and what a download never carries.

use crate::Principal;

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
        || matches!(column, "secret" | "storage_key")
        || (table == "sessions" && matches!(column, "id" | "data"))
}

#[cfg(test)]
mod tests {
    use super::*;

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
