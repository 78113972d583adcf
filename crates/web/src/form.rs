//! Forms: what was typed, and what was wrong with it, field by field.
//!
//! Every form is read as name–value pairs, so a missing or extra field is never a
//! failure of its own; each field is then parsed into a domain type, and a refusal
//! is kept beside the field in the reader's language, with the typed values, so the
//! page can be shown again with nothing lost.

use axum::{
    extract::{FromRequest, Request},
    http::header,
};
use domain::{Invalid, Lang};

use crate::{AppError, i18n};

/// The fields of a submitted form, in order, repeated names kept.
#[derive(Debug, Clone, Default)]
pub struct Form {
    pairs: Vec<(String, String)>,
    errors: Vec<(String, String)>,
    lang: Lang,
}

impl<S: Send + Sync> FromRequest<S> for Form {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Form, AppError> {
        let is_form = request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
        if !is_form {
            return Err(AppError::bad_request());
        }
        let lang = request
            .extensions()
            .get::<Lang>()
            .copied()
            .unwrap_or_default();
        let bytes = axum::body::Bytes::from_request(request, state)
            .await
            .map_err(|_| AppError::bad_request())?;
        let pairs: Vec<(String, String)> =
            serde_urlencoded::from_bytes(&bytes).map_err(|_| AppError::bad_request())?;
        Ok(Form {
            pairs,
            errors: Vec::new(),
            lang,
        })
    }
}

impl Form {
    /// An empty form, as a page first shows it.
    pub fn empty(lang: Lang) -> Form {
        Form {
            lang,
            ..Form::default()
        }
    }

    /// A form shown with values already in it, as when editing.
    pub fn with_values(lang: Lang, values: &[(&str, &str)]) -> Form {
        Form {
            pairs: values
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
            errors: Vec::new(),
            lang,
        }
    }

    pub fn value(&self, name: &str) -> &str {
        self.pairs
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    }

    pub fn values(&self, name: &str) -> Vec<&str> {
        self.pairs
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// The entries of a list typed into one field (e-mail addresses, say): one per line
    /// or separated by commas or semicolons, trimmed, the empty ones left out.
    pub fn listed(&self, name: &str) -> Vec<String> {
        self.value(name)
            .split(['\n', ',', ';'])
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(str::to_owned)
            .collect()
    }

    pub fn has(&self, name: &str, value: &str) -> bool {
        self.pairs.iter().any(|(k, v)| k == name && v == value)
    }

    pub fn error(&self, name: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn has_error(&self, name: &str) -> bool {
        self.error(name).is_some()
    }

    /// Every error, in the order of the fields, for the summary at the top of a form.
    pub fn errors(&self) -> &[(String, String)] {
        &self.errors
    }

    pub fn is_valid(&self) -> bool {
        self.errors.is_empty()
    }

    /// Keeps a field's refusal, translated; the first refusal of a field wins.
    pub fn refuse(&mut self, field: &str, message_id: &str) {
        if !self.has_error(field) {
            self.errors
                .push((field.to_owned(), i18n::t(self.lang, message_id)));
        }
    }

    /// Keeps a refusal with a translated message built with arguments.
    pub fn refuse_with(&mut self, field: &str, message_id: &str, args: &[(&'static str, String)]) {
        if !self.has_error(field) {
            self.errors
                .push((field.to_owned(), i18n::t_args(self.lang, message_id, args)));
        }
    }

    /// Parses a field; a refusal is kept beside it and `None` returned.
    pub fn parse<T>(
        &mut self,
        field: &str,
        parse: impl FnOnce(&str) -> Result<T, Invalid>,
    ) -> Option<T> {
        let raw = self.value(field).to_owned();
        match parse(&raw) {
            Ok(value) => Some(value),
            Err(invalid) => {
                self.refuse(field, invalid.message_id);
                None
            }
        }
    }

    /// Reads a date and a time of day in Helsinki from two fields into one moment,
    /// each refused beside its own field. A date alone is checked at midnight, which no
    /// clock change skips in Helsinki.
    pub fn moment(&mut self, date: &str, time: &str) -> Option<chrono::DateTime<chrono::Utc>> {
        let day = self.value(date).trim().to_owned();
        self.parse(date, |d| {
            domain::events::helsinki_time(d, "00:00").map(|_| ())
        })?;
        self.parse(time, |t| domain::events::helsinki_time(&day, t))
    }

    /// Forgets a field's value, as for passwords that are never shown again.
    pub fn forget(&mut self, name: &str) {
        self.pairs.retain(|(k, _)| k != name);
    }
}

/// Percent-encodes a value for a query string.
pub fn url_encode(value: &str) -> String {
    serde_urlencoded::to_string([("", value)])
        .map(|s| s.trim_start_matches('=').to_owned())
        .unwrap_or_default()
}

/// A path inside johto that is safe to redirect to after login: local, never another
/// site (`//host` and `/\host` are other sites to a browser).
pub fn local_path(next: &str) -> Option<&str> {
    let ok = next.starts_with('/')
        && !next.starts_with("//")
        && !next.starts_with("/\\")
        && !next.contains(['\r', '\n']);
    ok.then_some(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_paths_are_redirect_targets() {
        assert_eq!(local_path("/fi/profile"), Some("/fi/profile"));
        assert_eq!(local_path("//evil.example"), None);
        assert_eq!(local_path("/\\evil.example"), None);
        assert_eq!(local_path("https://evil.example"), None);
    }

    #[test]
    fn refusals_are_kept_beside_their_fields_with_the_typed_value() {
        let mut form = Form::with_values(Lang::Sv, &[("email", "not-an-email")]);
        assert!(form.parse("email", domain::Email::parse).is_none());
        assert_eq!(form.value("email"), "not-an-email");
        assert!(form.error("email").is_some_and(|m| !m.is_empty()));
        assert!(!form.is_valid());
    }
}
