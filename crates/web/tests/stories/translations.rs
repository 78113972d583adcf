//! Finnish and Swedish are complete: every key used anywhere exists in both, and the
//! two files hold the same keys. English may fall back to Finnish, but holds no key
//! the others lack.

use std::{collections::BTreeSet, path::Path};

use crate::common::source_files;

fn keys_of(lang: &str) -> BTreeSet<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(lang);
    let mut keys = BTreeSet::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for line in text.lines() {
            if let Some((key, _)) = line.split_once(" =")
                && !key.is_empty()
                && key
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                keys.insert(key.to_owned());
            }
        }
    }
    keys
}

/// Every literal key passed to a translating call in the sources and templates.
fn keys_used() -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    for (_, text) in source_files(&["src", "templates", "../domain/src"]) {
        // (call, which string argument is the key)
        for (call, nth) in [
            ("t(", 0),
            ("t1(", 0),
            ("flash(", 0),
            ("invalid(", 0),
            ("refuse(", 1),
            ("refuse_with(", 1),
        ] {
            let mut rest = text.as_str();
            while let Some(at) = rest.find(call) {
                let before = rest[..at].chars().next_back();
                let args = &rest[at + call.len()..];
                rest = args;
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let Some(key) = args
                    .split(')')
                    .next()
                    .and_then(|a| a.split('"').nth(2 * nth + 1))
                else {
                    continue;
                };
                if !key.is_empty()
                    && key
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                {
                    used.insert(key.to_owned());
                }
            }
        }
        // Keys named in pairs, such as the error pages' (title, text).
        for piece in text.split("(\"error-").skip(1) {
            let rest = piece.split('"').next().unwrap_or_default();
            used.insert(format!("error-{rest}"));
        }
    }
    // Keys built from a value at run time.
    for role in domain::Role::ALL {
        let name = role.as_str().replace('_', "-");
        used.insert(format!("role-{name}"));
        used.insert(format!("role-desc-{name}"));
    }
    for kind in domain::OrgKind::ALL {
        used.insert(format!("org-kind-{}", kind.as_str().replace('_', "-")));
    }
    for languages in domain::OrgLanguages::ALL {
        used.insert(format!("org-languages-{}", languages.as_str()));
    }
    for lang in domain::Lang::ALL {
        used.insert(format!("lang-{}", lang.code()));
    }
    {
        use domain::coaching::{assessment, evaluation, tasks};
        let dashed = |s: &str| s.replace('_', "-");
        for s in tasks::TaskState::ALL {
            used.insert(format!("task-state-{}", dashed(s.as_str())));
        }
        for k in tasks::TaskKind::ALL {
            used.insert(format!("task-kind-{}", dashed(k.as_str())));
        }
        for o in tasks::Outcome::ALL {
            used.insert(format!("task-outcome-{}", dashed(o.as_str())));
        }
        for a in assessment::Area::ALL {
            used.insert(format!("area-{}", dashed(a.as_str())));
        }
        for p in assessment::Phase::ALL {
            used.insert(format!("assessment-phase-{}", p.as_str()));
        }
        for (_, key) in assessment::STATEMENTS {
            used.insert(format!("statement-{key}"));
        }
        for k in evaluation::QuestionKind::ALL {
            used.insert(format!("question-kind-{}", k.as_str()));
        }
        for s in evaluation::RoundStatus::ALL {
            used.insert(format!("round-status-{}", s.as_str()));
        }
        for r in domain::Region::ALL {
            used.insert(format!("region-{}", r.as_str()));
        }
        for s in domain::development::ReviewStatus::ALL {
            used.insert(format!("review-status-{}", s.as_str()));
        }
        for key in [
            "letter-decided",
            "letter-contact",
            "letter-reconsideration",
            "error-sparring-decided",
            "error-sparring-still-open",
            "region-none",
        ] {
            used.insert(key.to_owned());
        }
        for c in domain::certificates::Criterion::ALL {
            used.insert(format!("criterion-{}", dashed(c.as_str())));
        }
        for mail in [
            "mail-sparring-receipt",
            "mail-sparring-decision",
            "mail-sparring-reconsidered",
            "mail-certificate-granted",
            "mail-certificate-revoked",
            "mail-certificate-reissued",
            "mail-feedback",
            "mail-coach-digest",
            "mail-evaluation-invitation",
            "mail-evaluation-reminder",
        ] {
            used.insert(format!("{mail}-subject"));
            used.insert(format!("{mail}-body"));
        }
    }
    for kind in ["theme", "video", "tool", "theory"] {
        used.insert(format!("search-kind-{kind}"));
    }
    for kind in ["reset", "welcome"] {
        used.insert(format!("set-password-{kind}-title"));
    }
    for mail in [
        "mail-reset",
        "mail-welcome",
        "mail-request-waiting",
        "mail-request-rejected",
        "mail-new-theme",
    ] {
        used.insert(format!("{mail}-subject"));
        used.insert(format!("{mail}-body"));
    }
    for nav in [
        "start",
        "academy",
        "academy-edit",
        "ideas",
        "organisations",
        "people",
        "requests",
        "admin",
        "profile",
    ] {
        used.insert(format!("nav-{nav}"));
    }
    used.insert("mail-footer".to_owned());
    used
}

#[test]
fn finnish_and_swedish_hold_the_same_keys() {
    let fi = keys_of("fi");
    let sv = keys_of("sv");
    let only_fi: Vec<_> = fi.difference(&sv).collect();
    let only_sv: Vec<_> = sv.difference(&fi).collect();
    assert!(
        only_fi.is_empty() && only_sv.is_empty(),
        "only in fi: {only_fi:?}; only in sv: {only_sv:?}"
    );
}

#[test]
fn every_key_used_exists_in_finnish_and_swedish() {
    let used = keys_used();
    assert!(used.len() > 150, "the scan found the keys: {}", used.len());
    for lang in ["fi", "sv"] {
        let have = keys_of(lang);
        let missing: Vec<_> = used.iter().filter(|k| !have.contains(*k)).collect();
        assert!(missing.is_empty(), "missing in {lang}: {missing:?}");
        for key in &used {
            assert!(
                web::i18n::has_key(domain::Lang::parse(lang).unwrap(), key),
                "{lang} cannot resolve {key}"
            );
        }
    }
}

#[test]
fn english_holds_no_key_the_national_languages_lack() {
    let fi = keys_of("fi");
    let extra: Vec<_> = keys_of("en")
        .into_iter()
        .filter(|k| !fi.contains(k))
        .collect();
    assert!(extra.is_empty(), "{extra:?}");
}

#[test]
fn every_email_renders_in_each_language_with_its_arguments() {
    use web::mail::Mail;
    let mails = [
        Mail::PasswordReset {
            link: "https://johto.example/x".into(),
        },
        Mail::Welcome {
            name: "Aino".into(),
            link: "https://johto.example/y".into(),
        },
        Mail::RequestWaiting {
            name: "Aino".into(),
            email: "aino@espoo.example".into(),
            link: "https://johto.example/z".into(),
        },
        Mail::RequestRejected {
            name: "Aino".into(),
        },
        Mail::NewTheme {
            title: "Etäjohtaminen".into(),
            link: "https://johto.example/w".into(),
        },
        Mail::GroupPost {
            group: "Vertaisryhmä 1".into(),
            author: "Aino".into(),
            excerpt: "Huomenta!".into(),
            link: "https://johto.example/v".into(),
        },
        Mail::Feedback {
            task: "Välitehtävä 1".into(),
            outcome: "Hyväksytty".into(),
            link: "https://johto.example/u".into(),
        },
        Mail::CoachDigest {
            count: 2,
            late: 1,
            list: "- Aino: Välitehtävä 1, EKJ4".into(),
            link: "https://johto.example/t".into(),
        },
        Mail::Evaluation {
            reminder: false,
            survey: "Kehittävä arviointi".into(),
            round: "Alkukartoitus".into(),
            closes: "1.12.2026".into(),
            link: "https://johto.example/s".into(),
        },
        Mail::Certificate {
            event: store::certificates::CertificateEvent::Granted,
            cohort: "EKJ3, 2017–2018".into(),
            code: "ABCD-EFGH-JKMN-PQR9".into(),
            link: "https://johto.example/r".into(),
            credential: "https://johto.example/q".into(),
        },
        Mail::Sparring {
            event: store::development::SparringEvent::Decision,
            round: "Sparraus 2018".into(),
            text: "Päätös.".into(),
            link: "https://johto.example/p".into(),
        },
        Mail::Solution {
            action: "return".into(),
            title: "Kävelypalaverit kotihoidossa".into(),
            reason: "Lisätkää tulokset.".into(),
            link: "https://johto.example/t".into(),
        },
        Mail::Solution {
            action: "approve".into(),
            title: "Kävelypalaverit kotihoidossa".into(),
            reason: String::new(),
            link: "https://johto.example/t".into(),
        },
        Mail::Evaluation {
            reminder: true,
            survey: "Kehittävä arviointi".into(),
            round: "Alkukartoitus".into(),
            closes: "1.12.2026".into(),
            link: "https://johto.example/s".into(),
        },
    ];
    for lang in domain::Lang::ALL {
        for mail in &mails {
            let (subject, body) = mail.render(lang);
            assert!(
                !subject.is_empty() && !subject.contains('{'),
                "{lang:?} {mail:?}: {subject}"
            );
            assert!(
                !body.contains("{ $") && !body.contains("Unknown"),
                "{lang:?} {mail:?}: {body}"
            );
        }
    }
}
