//! johto's domain: the product's words as types, and the rules that need no I/O.
//!
//! Input from a form or the command line becomes one of these types through `parse`,
//! so a value that exists past the edge is a valid one ("parse, don't validate").
//! Every parse error names a Fluent message id, so the web layer can show it in the
//! reader's language beside the field.

pub mod academy;
pub mod access;
pub mod certificates;
pub mod coaching;
pub mod development;
pub mod disclosure;
pub mod events;
pub mod files;
pub mod lockout;
pub mod newsletters;
pub mod org;
pub mod person;
pub mod personal_data;
pub mod sign_in;
pub mod solutions;
pub mod statistics;

pub use academy::{Minutes, PartKind, Usefulness};
pub use access::{Principal, Role};
pub use events::{EventKind, EventStatus, Standing};
pub use files::FileKind;
pub use org::{BusinessId, EmailDomain, OrgKind, OrgLanguages, OrgName, Region, Slug};
pub use person::{Email, Lang, NewPassword, PersonName};

/// Why a value was refused. `message_id` is the Fluent key of the text shown to the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{message_id}")]
pub struct Invalid {
    pub message_id: &'static str,
}

pub(crate) const fn invalid(message_id: &'static str) -> Invalid {
    Invalid { message_id }
}

/// Trims a required text field and refuses it when it is empty, too long or holds
/// control characters.
pub(crate) fn required_text(
    raw: &str,
    max_chars: usize,
    empty: &'static str,
    too_long: &'static str,
) -> Result<String, Invalid> {
    let value = raw.trim();
    if value.is_empty() {
        return Err(invalid(empty));
    }
    if value.chars().count() > max_chars {
        return Err(invalid(too_long));
    }
    if value.chars().any(char::is_control) {
        return Err(invalid("error-text-control"));
    }
    Ok(value.to_owned())
}
