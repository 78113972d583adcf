//! People: their names, e-mail addresses, passwords and languages.

use serde::{Deserialize, Serialize};

use crate::{Invalid, invalid, required_text};

/// The languages of the interface. Finnish and Swedish are the national languages and
/// are complete everywhere; English is the third.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Fi,
    Sv,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Fi, Lang::Sv, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Fi => "fi",
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    pub fn parse(raw: &str) -> Result<Lang, Invalid> {
        match raw.trim().to_ascii_lowercase().as_str() {
            "fi" => Ok(Lang::Fi),
            "sv" => Ok(Lang::Sv),
            "en" => Ok(Lang::En),
            _ => Err(invalid("error-lang-invalid")),
        }
    }

    /// The best supported language of an `Accept-Language` header, honouring q-values.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(f32, Lang)> = None;
        for item in header.split(',') {
            let mut parts = item.trim().split(';');
            let tag = parts.next().unwrap_or_default().trim();
            let q = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            let primary = tag.split('-').next().unwrap_or_default();
            if let Ok(lang) = Lang::parse(primary)
                && q > 0.0
                && best.is_none_or(|(bq, _)| q > bq)
            {
                best = Some((q, lang));
            }
        }
        best.map(|(_, lang)| lang)
    }
}

/// A work e-mail address, trimmed and lower-cased.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Email, Invalid> {
        let value = raw.trim().to_lowercase();
        if value.is_empty() {
            return Err(invalid("error-email-empty"));
        }
        if value.len() > 254 {
            return Err(invalid("error-email-invalid"));
        }
        let (local, domain) = value
            .rsplit_once('@')
            .ok_or(invalid("error-email-invalid"))?;
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && domain
                .chars()
                .all(|c| c.is_alphanumeric() || c == '.' || c == '-');
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || c == '@');
        if !domain_ok || !local_ok {
            return Err(invalid("error-email-invalid"));
        }
        Ok(Email(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn domain(&self) -> &str {
        self.0.rsplit_once('@').map_or("", |(_, d)| d)
    }
}

impl std::fmt::Display for Email {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A person's full name as they want it shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonName(String);

impl PersonName {
    pub fn parse(raw: &str) -> Result<PersonName, Invalid> {
        required_text(raw, 200, "error-name-empty", "error-name-too-long").map(PersonName)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A password someone chose. Length is what matters (NCSC-FI and NIST SP 800-63B):
/// at least 12 characters, no composition rules, and an upper bound that keeps hashing
/// cheap enough.
#[derive(Clone, PartialEq, Eq)]
pub struct NewPassword(String);

impl NewPassword {
    pub const MIN_CHARS: usize = 12;

    pub fn parse(raw: &str, confirmation: &str) -> Result<NewPassword, Invalid> {
        if raw.chars().count() < Self::MIN_CHARS {
            return Err(invalid("error-password-too-short"));
        }
        if raw.len() > 1024 {
            return Err(invalid("error-password-too-long"));
        }
        if raw != confirmation {
            return Err(invalid("error-password-mismatch"));
        }
        Ok(NewPassword(raw.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(***)")
    }
}

/// The name a person gives an API token, to tell their tokens apart.
pub fn parse_token_name(raw: &str) -> Result<String, Invalid> {
    required_text(
        raw,
        80,
        "error-token-name-empty",
        "error-token-name-too-long",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_is_trimmed_and_lower_cased() {
        let email = Email::parse("  Maija.Manager@Espoo.FI ").expect("valid");
        assert_eq!(email.as_str(), "maija.manager@espoo.fi");
        assert_eq!(email.domain(), "espoo.fi");
    }

    #[test]
    fn malformed_emails_are_refused_with_a_message_id() {
        for bad in [
            "",
            "no-at-sign",
            "a@b",
            "a@.fi",
            "a b@c.fi",
            "@espoo.fi",
            "a@espoo..fi",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} should be refused");
        }
        assert_eq!(
            Email::parse("").unwrap_err().message_id,
            "error-email-empty"
        );
    }

    #[test]
    fn accept_language_picks_the_best_supported_language() {
        assert_eq!(
            Lang::from_accept_language("sv-FI,sv;q=0.9,en;q=0.5"),
            Some(Lang::Sv)
        );
        assert_eq!(
            Lang::from_accept_language("de-DE,en;q=0.3,fi;q=0.8"),
            Some(Lang::Fi)
        );
        assert_eq!(Lang::from_accept_language("de,fr"), None);
        assert_eq!(Lang::from_accept_language("fi;q=0"), None);
    }

    #[test]
    fn short_or_mismatched_passwords_are_refused() {
        assert_eq!(
            NewPassword::parse("short", "short").unwrap_err().message_id,
            "error-password-too-short"
        );
        assert_eq!(
            NewPassword::parse("long enough password", "another one here")
                .unwrap_err()
                .message_id,
            "error-password-mismatch"
        );
        assert!(NewPassword::parse("long enough password", "long enough password").is_ok());
    }

    #[test]
    fn names_are_trimmed_and_never_empty() {
        assert_eq!(
            PersonName::parse("  Aino  ").expect("valid").as_str(),
            "Aino"
        );
        assert!(PersonName::parse("   ").is_err());
        assert!(PersonName::parse("a\u{0}b").is_err());
    }
}
