//! Translations. Every text of the interface and the e-mails lives in
//! `locales/{fi,sv,en}/*.ftl`; Finnish and Swedish are complete (a test checks), and a
//! key missing in English falls back to Finnish.

use std::{borrow::Cow, collections::HashMap};

use domain::Lang;
use fluent_templates::{Loader, fluent_bundle::FluentValue};
use unic_langid::{LanguageIdentifier, langid};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "fi",
        // Unicode isolation marks around arguments would show up in e-mail subjects
        // and form values.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

fn language_id(lang: Lang) -> LanguageIdentifier {
    match lang {
        Lang::Fi => langid!("fi"),
        Lang::Sv => langid!("sv"),
        Lang::En => langid!("en"),
    }
}

/// The text of `key` in `lang`.
pub fn t(lang: Lang, key: &str) -> String {
    LOCALES.lookup(&language_id(lang), key)
}

/// The text of `key` in `lang`, with named arguments.
pub fn t_args(lang: Lang, key: &str, args: &[(&'static str, String)]) -> String {
    // A whole number goes in as a number, so that plural forms are chosen by it.
    let args: HashMap<Cow<'static, str>, FluentValue> = args
        .iter()
        .map(|(k, v)| {
            let value = match v.parse::<i64>() {
                Ok(n) => FluentValue::from(n),
                Err(_) => FluentValue::from(v.clone()),
            };
            (Cow::Borrowed(*k), value)
        })
        .collect();
    LOCALES.lookup_with_args(&language_id(lang), key, &args)
}

/// Whether `key` exists in `lang` itself, without falling back. (A message that
/// wants arguments answers with a Fluent error when asked without them: it exists.)
pub fn has_key(lang: Lang, key: &str) -> bool {
    // The crate does not export its error type, so its variant is told by name.
    match LOCALES.lookup_single_language::<&str>(&language_id(lang), key, None) {
        Ok(_) => true,
        Err(e) => {
            let variant = format!("{e:?}");
            !variant.starts_with("MessageRetrieval") && !variant.starts_with("LangNotLoaded")
        }
    }
}

/// A date and time as people in Finland read it, in Europe/Helsinki.
pub fn local_time(at: chrono::DateTime<chrono::Utc>) -> String {
    at.with_timezone(&chrono_tz::Europe::Helsinki)
        .format("%-d.%-m.%Y %H.%M")
        .to_string()
}

/// The day of an instant in Finland, as Finnish and Swedish write it: 13.4.2018.
pub fn local_date(at: chrono::DateTime<chrono::Utc>) -> String {
    at.with_timezone(&chrono_tz::Europe::Helsinki)
        .format("%-d.%-m.%Y")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_choose_their_plural_form() {
        assert_eq!(
            t_args(Lang::Fi, "academy-finished-count", &[("count", "1".into())]),
            "Olet suorittanut yhden osan."
        );
        assert_eq!(
            t_args(Lang::Sv, "academy-finished-count", &[("count", "3".into())]),
            "Du har slutfört 3 delar."
        );
        assert_eq!(
            t_args(Lang::Fi, "start-requests-count", &[("count", "0".into())]),
            "Odottavia pyyntöjä ei ole."
        );
    }
}
