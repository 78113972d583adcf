//! Signing in through an organisation's own identity provider (OpenID Connect): who
//! configures providers, how long a started sign-in may take, and whom a provider's
//! answer lets in. The protocol itself (PKCE, `state`, `nonce`, the ID token's
//! signature) is checked in `web::accounts::oidc`; what it vouches for is decided here.

use crate::{Email, Principal};

/// How long a started sign-in may take before its answer is refused, in seconds.
pub const FLOW_SECONDS: i64 = 600;

/// Whether `who` may add, change and remove identity providers: administrators.
pub fn may_configure_providers(who: &Principal) -> bool {
    who.is_admin()
}

/// What a provider vouches for, as its administrator set it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vouches {
    /// The e-mail domains whose addresses it may sign in (lower case).
    pub domains: Vec<String>,
    /// The organisations whose people it may bring in.
    pub organisations: Vec<i32>,
    /// Whether a new person gets an account at once, or waits as an account request.
    pub auto_approve: bool,
}

/// The account that has the person's verified address, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Known {
    pub user_id: i32,
    pub disabled: bool,
}

/// What a provider's answer comes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Admission {
    /// Sign in to this account.
    SignIn(i32),
    /// A new person of this organisation: an account at once.
    Create(i32),
    /// A new person of this organisation: an account request in its queue.
    Request(i32),
}

/// Why a provider's answer lets no one in; each is a translated page
/// (`sso-refused-{as_str}`), and nothing is created.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The answer's `state` matches no sign-in started in this browser.
    UnknownState,
    /// The sign-in was started too long ago.
    Expired,
    /// The provider refused the code (used already, or not its own), or answered
    /// with an error.
    Code,
    /// The ID token failed its checks: signature, audience, issuer or `nonce`.
    Token,
    /// The provider does not say the address is verified.
    Unverified,
    /// The address's domain is not one the provider vouches for.
    Domain,
    /// The account is disabled.
    Disabled,
    /// No organisation the provider vouches for has the address's domain.
    NoOrganisation,
    /// The person already has an account request waiting.
    Waiting,
}

impl Refusal {
    pub fn as_str(self) -> &'static str {
        match self {
            Refusal::UnknownState => "state",
            Refusal::Expired => "expired",
            Refusal::Code => "code",
            Refusal::Token => "token",
            Refusal::Unverified => "unverified",
            Refusal::Domain => "domain",
            Refusal::Disabled => "disabled",
            Refusal::NoOrganisation => "organisation",
            Refusal::Waiting => "waiting",
        }
    }
}

/// Whom a provider's verified answer lets in. `linked` is the account already linked
/// to the provider's subject; `known` the account with the address; `organisation_of_domain`
/// the organisation that has the address's domain. A link made once holds even when
/// the address changes at the provider; an address is trusted only when verified and
/// of a vouched domain.
pub fn admit(
    vouches: &Vouches,
    email: &Email,
    email_verified: bool,
    linked: Option<Known>,
    known: Option<Known>,
    organisation_of_domain: Option<i32>,
) -> Result<Admission, Refusal> {
    if let Some(account) = linked {
        return if account.disabled {
            Err(Refusal::Disabled)
        } else {
            Ok(Admission::SignIn(account.user_id))
        };
    }
    if !email_verified {
        return Err(Refusal::Unverified);
    }
    let domain = email.domain().to_ascii_lowercase();
    if !vouches.domains.contains(&domain) {
        return Err(Refusal::Domain);
    }
    if let Some(account) = known {
        return if account.disabled {
            Err(Refusal::Disabled)
        } else {
            Ok(Admission::SignIn(account.user_id))
        };
    }
    match organisation_of_domain {
        Some(org) if vouches.organisations.contains(&org) => Ok(if vouches.auto_approve {
            Admission::Create(org)
        } else {
            Admission::Request(org)
        }),
        _ => Err(Refusal::NoOrganisation),
    }
}

/// A provider's issuer address, whose discovery document is at
/// `{issuer}/.well-known/openid-configuration`: https, or http on this machine only.
pub fn parse_issuer_url(raw: &str) -> Result<String, crate::Invalid> {
    let value = raw.trim().trim_end_matches('/');
    let rest = value
        .strip_prefix("https://")
        .or_else(|| {
            value.strip_prefix("http://").filter(|rest| {
                ["127.0.0.1", "localhost", "[::1]"]
                    .iter()
                    .any(|host| rest.starts_with(host))
            })
        })
        .ok_or(crate::invalid("error-sso-issuer"))?;
    let host = rest.split('/').next().unwrap_or_default();
    if host.is_empty() || value.len() > 500 || value.chars().any(char::is_whitespace) {
        return Err(crate::invalid("error-sso-issuer"));
    }
    Ok(value.to_owned())
}

/// A provider's name in one language, or its client id: required, at most 200
/// characters.
pub fn parse_provider_text(raw: &str) -> Result<String, crate::Invalid> {
    crate::required_text(raw, 200, "error-sso-text", "error-sso-text-long")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vouches(auto_approve: bool) -> Vouches {
        Vouches {
            domains: vec!["espoo.example".into()],
            organisations: vec![3],
            auto_approve,
        }
    }

    fn email(raw: &str) -> Email {
        Email::parse(raw).unwrap()
    }

    const OPEN: Known = Known {
        user_id: 7,
        disabled: false,
    };
    const DISABLED: Known = Known {
        user_id: 7,
        disabled: true,
    };

    #[test]
    fn a_verified_address_of_a_vouched_domain_signs_into_its_account() {
        let e = email("maija@Espoo.example");
        assert_eq!(
            admit(&vouches(false), &e, true, None, Some(OPEN), Some(3)),
            Ok(Admission::SignIn(7))
        );
        assert_eq!(
            admit(&vouches(false), &e, true, None, Some(DISABLED), Some(3)),
            Err(Refusal::Disabled)
        );
    }

    #[test]
    fn an_address_is_trusted_only_verified_and_of_a_vouched_domain() {
        assert_eq!(
            admit(
                &vouches(false),
                &email("maija@espoo.example"),
                false,
                None,
                Some(OPEN),
                Some(3)
            ),
            Err(Refusal::Unverified)
        );
        assert_eq!(
            admit(
                &vouches(false),
                &email("maija@vantaa.example"),
                true,
                None,
                Some(OPEN),
                Some(4)
            ),
            Err(Refusal::Domain)
        );
    }

    #[test]
    fn a_link_made_once_holds_and_a_disabled_account_stays_out() {
        let e = email("uusi@muualla.example");
        assert_eq!(
            admit(&vouches(false), &e, false, Some(OPEN), None, None),
            Ok(Admission::SignIn(7))
        );
        assert_eq!(
            admit(&vouches(false), &e, true, Some(DISABLED), None, None),
            Err(Refusal::Disabled)
        );
    }

    #[test]
    fn a_new_person_waits_or_comes_in_by_the_providers_setting() {
        let e = email("uusi@espoo.example");
        assert_eq!(
            admit(&vouches(false), &e, true, None, None, Some(3)),
            Ok(Admission::Request(3))
        );
        assert_eq!(
            admit(&vouches(true), &e, true, None, None, Some(3)),
            Ok(Admission::Create(3))
        );
        assert_eq!(
            admit(&vouches(true), &e, true, None, None, Some(4)),
            Err(Refusal::NoOrganisation),
            "an organisation the provider does not vouch for"
        );
        assert_eq!(
            admit(&vouches(true), &e, true, None, None, None),
            Err(Refusal::NoOrganisation)
        );
    }

    #[test]
    fn an_issuer_is_https_or_on_this_machine() {
        assert_eq!(
            parse_issuer_url(" https://login.espoo.example/ ").unwrap(),
            "https://login.espoo.example"
        );
        assert!(parse_issuer_url("http://127.0.0.1:4000").is_ok());
        assert!(parse_issuer_url("http://login.espoo.example").is_err());
        assert!(parse_issuer_url("https://").is_err());
        assert!(parse_issuer_url("ftp://x.example").is_err());
    }
}
