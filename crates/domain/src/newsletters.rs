//! The programme's newsletters: written in Finnish and Swedish, sent to those who
//! subscribed and confirmed their address (double opt-in), archived in public once
//! sent; one click leaves the list (RFC 8058).
//!
//! A subscription is one address in one language; a bilingual reader has two. A
//! newsletter moves draft → sending → sent (or paused by too many errors, and resumed
//! by a coordinator), or draft → scheduled → sending; `may_send` says which editions may
//! go out.

use crate::{Invalid, Lang, Principal, Role, invalid, required_text};

/// The version of the consent text a subscriber agreed to, recorded with the consent.
/// Change it when the text (`newsletter-consent` in the locales) changes.
pub const CONSENT_VERSION: &str = "2026-12";

/// Errors in a row after which a send pauses for a coordinator to look.
pub const PAUSE_AFTER_ERRORS: u32 = 10;

/// Who writes and sends the newsletters and sees the subscriber figures: the
/// programme's coordinators.
pub fn may_run_newsletters(who: &Principal) -> bool {
    who.has(Role::Coordinator) || who.is_admin()
}

/// Where a newsletter is on its way out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NewsletterState {
    Draft,
    Scheduled,
    Sending,
    Paused,
    Sent,
}

impl NewsletterState {
    pub const ALL: [NewsletterState; 5] = [
        NewsletterState::Draft,
        NewsletterState::Scheduled,
        NewsletterState::Sending,
        NewsletterState::Paused,
        NewsletterState::Sent,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            NewsletterState::Draft => "draft",
            NewsletterState::Scheduled => "scheduled",
            NewsletterState::Sending => "sending",
            NewsletterState::Paused => "paused",
            NewsletterState::Sent => "sent",
        }
    }

    pub fn parse(raw: &str) -> Option<NewsletterState> {
        NewsletterState::ALL.into_iter().find(|s| s.as_str() == raw)
    }

    /// Whether its texts may still change: until it starts going out.
    pub fn is_editable(self) -> bool {
        matches!(self, NewsletterState::Draft | NewsletterState::Scheduled)
    }
}

/// A newsletter's edition in one language, as far as sending is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Edition {
    pub lang: Lang,
    /// Both a subject and a body are written.
    pub complete: bool,
    /// Confirmed subscribers in this language.
    pub subscribers: u64,
}

/// The editions to send: every language that has subscribers, each of which must be
/// complete. A list with only Finnish subscribers may send the Finnish edition alone;
/// an edition with no one to read it is not sent.
pub fn may_send(editions: &[Edition]) -> Result<Vec<Lang>, Invalid> {
    let wanted: Vec<&Edition> = editions.iter().filter(|e| e.subscribers > 0).collect();
    if wanted.is_empty() {
        return Err(invalid("error-newsletter-no-subscribers"));
    }
    if wanted.iter().any(|e| !e.complete) {
        return Err(invalid("error-newsletter-edition-missing"));
    }
    Ok(wanted.iter().map(|e| e.lang).collect())
}

/// What an SMTP server's answer to one message means for the send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivered {
    Sent,
    /// A 5xx answer: the address bounces, and nothing more goes to it.
    Permanent,
    /// Anything else that failed: it is tried again.
    Transient,
}

/// Whether a send goes on after `errors_in_a_row` failed messages.
pub fn should_pause(errors_in_a_row: u32) -> bool {
    errors_in_a_row >= PAUSE_AFTER_ERRORS
}

/// A newsletter's subject in one language.
pub fn parse_subject(raw: &str) -> Result<String, Invalid> {
    required_text(raw, 200, "error-newsletter-subject", "error-text-too-long")
}

/// A newsletter's body (Markdown) in one language; empty while it is being written.
pub fn parse_body(raw: &str) -> Result<String, Invalid> {
    let value = raw.trim();
    if value.chars().count() > 50_000 {
        return Err(invalid("error-text-too-long"));
    }
    Ok(value.to_owned())
}

/// The languages a subscriber chose: at least one of Finnish and Swedish.
pub fn parse_languages(chosen: &[&str]) -> Result<Vec<Lang>, Invalid> {
    let langs: Vec<Lang> = [Lang::Fi, Lang::Sv]
        .into_iter()
        .filter(|l| chosen.contains(&l.code()))
        .collect();
    if langs.is_empty() {
        return Err(invalid("error-newsletter-language"));
    }
    Ok(langs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edition(lang: Lang, complete: bool, subscribers: u64) -> Edition {
        Edition {
            lang,
            complete,
            subscribers,
        }
    }

    #[test]
    fn both_editions_must_be_complete_where_both_have_readers() {
        let missing = may_send(&[edition(Lang::Fi, true, 10), edition(Lang::Sv, false, 2)]);
        assert_eq!(
            missing.unwrap_err().message_id,
            "error-newsletter-edition-missing"
        );
        assert_eq!(
            may_send(&[edition(Lang::Fi, true, 10), edition(Lang::Sv, true, 2)]),
            Ok(vec![Lang::Fi, Lang::Sv])
        );
        // Only Finnish readers: the Finnish edition alone may go.
        assert_eq!(
            may_send(&[edition(Lang::Fi, true, 10), edition(Lang::Sv, false, 0)]),
            Ok(vec![Lang::Fi])
        );
        assert!(may_send(&[edition(Lang::Fi, true, 0), edition(Lang::Sv, true, 0)]).is_err());
    }

    #[test]
    fn a_subscriber_chooses_at_least_one_language() {
        assert_eq!(parse_languages(&["sv", "fi"]), Ok(vec![Lang::Fi, Lang::Sv]));
        assert_eq!(parse_languages(&["sv"]), Ok(vec![Lang::Sv]));
        assert!(parse_languages(&["en"]).is_err());
        assert!(parse_languages(&[]).is_err());
    }

    #[test]
    fn a_send_pauses_after_errors_in_a_row() {
        assert!(!should_pause(PAUSE_AFTER_ERRORS - 1));
        assert!(should_pause(PAUSE_AFTER_ERRORS));
    }

    #[test]
    fn only_coordinators_run_the_newsletters() {
        let person = |roles: &[Role]| Principal {
            user_id: 1,
            org_id: 1,
            roles: roles.to_vec(),
        };
        assert!(may_run_newsletters(&person(&[Role::Coordinator])));
        assert!(!may_run_newsletters(&person(&[Role::HrDeveloper])));
    }
}
