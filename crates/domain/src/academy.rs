//! The Manager Academy's rules: what a part is, what a rating may say, and when a
//! theme is complete enough to publish.

use serde::{Deserialize, Serialize};

use crate::{Invalid, Lang, Principal, Role, invalid};

/// The three kinds of part a theme is cut into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartKind {
    /// A short video with captions and a transcript.
    Video,
    /// A practical exercise: a checklist or a few questions, usable on the page.
    Tool,
    /// A brief text.
    Theory,
}

impl PartKind {
    pub const ALL: [PartKind; 3] = [PartKind::Video, PartKind::Tool, PartKind::Theory];

    pub fn as_str(self) -> &'static str {
        match self {
            PartKind::Video => "video",
            PartKind::Tool => "tool",
            PartKind::Theory => "theory",
        }
    }

    pub fn parse(raw: &str) -> Result<PartKind, Invalid> {
        PartKind::ALL
            .into_iter()
            .find(|k| k.as_str() == raw.trim())
            .ok_or(invalid("error-part-kind-invalid"))
    }
}

/// How useful a manager found a part, from 1 to 5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Usefulness(u8);

impl Usefulness {
    pub fn parse(raw: &str) -> Result<Usefulness, Invalid> {
        match raw.trim().parse::<u8>() {
            Ok(n @ 1..=5) => Ok(Usefulness(n)),
            _ => Err(invalid("error-usefulness-invalid")),
        }
    }

    pub fn get(self) -> u8 {
        self.0
    }
}

/// The estimated minutes a part takes: parts are short by design.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Minutes(u8);

impl Minutes {
    pub const MAX: u8 = 60;

    pub fn parse(raw: &str) -> Result<Minutes, Invalid> {
        match raw.trim().parse::<u8>() {
            Ok(n @ 1..=Self::MAX) => Ok(Minutes(n)),
            _ => Err(invalid("error-minutes-invalid")),
        }
    }

    pub fn get(self) -> u8 {
        self.0
    }
}

/// What a theme's text in one language holds, as far as publishing is concerned.
#[derive(Debug, Clone, Default)]
pub struct ThemeTextFacts {
    pub title: bool,
    pub summary: bool,
}

/// What a part's text in one language holds.
#[derive(Debug, Clone, Default)]
pub struct PartTextFacts {
    pub title: bool,
    pub body: bool,
    pub transcript: bool,
    pub captions: bool,
    pub checklist: bool,
}

/// One thing that keeps a theme from being published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing {
    pub lang: Lang,
    /// `None` for the theme itself, else the part's position from 1.
    pub part: Option<usize>,
    /// The Fluent key of what is missing.
    pub what: &'static str,
}

/// A theme's texts and parts, as far as publishing is concerned.
#[derive(Debug, Clone, Default)]
pub struct ThemeFacts {
    pub texts: Vec<(Lang, ThemeTextFacts)>,
    pub parts: Vec<PartFacts>,
}

#[derive(Debug, Clone)]
pub struct PartFacts {
    pub kind: PartKind,
    pub texts: Vec<(Lang, PartTextFacts)>,
}

/// The languages every published theme must be complete in.
pub const REQUIRED_LANGS: [Lang; 2] = [Lang::Fi, Lang::Sv];

fn in_lang<T: Clone + Default>(texts: &[(Lang, T)], lang: Lang) -> T {
    texts
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, t)| t.clone())
        .unwrap_or_default()
}

/// Everything missing before a theme may be published: a title and summary in Finnish
/// and Swedish, at least one part, and each part complete in both languages for its
/// kind (a video's captions and transcript, a tool's checklist or instructions, a
/// theory's text). English is never required.
pub fn missing_for_publish(theme: &ThemeFacts) -> Vec<Missing> {
    let mut missing = Vec::new();
    for lang in REQUIRED_LANGS {
        let facts = in_lang(&theme.texts, lang);
        if !facts.title {
            missing.push(Missing {
                lang,
                part: None,
                what: "missing-title",
            });
        }
        if !facts.summary {
            missing.push(Missing {
                lang,
                part: None,
                what: "missing-summary",
            });
        }
        for (index, part_facts) in theme.parts.iter().enumerate() {
            let facts = in_lang(&part_facts.texts, lang);
            let part = Some(index + 1);
            if !facts.title {
                missing.push(Missing {
                    lang,
                    part,
                    what: "missing-title",
                });
            }
            let needs: &[(bool, &'static str)] = match part_facts.kind {
                PartKind::Video => &[
                    (facts.captions, "missing-captions"),
                    (facts.transcript, "missing-transcript"),
                ],
                PartKind::Tool => &[(facts.checklist || facts.body, "missing-tool")],
                PartKind::Theory => &[(facts.body, "missing-body")],
            };
            for (present, what) in needs {
                if !present {
                    missing.push(Missing { lang, part, what });
                }
            }
        }
    }
    if theme.parts.is_empty() {
        missing.push(Missing {
            lang: Lang::Fi,
            part: None,
            what: "missing-parts",
        });
    }
    missing
}

/// Content editors write the academy; administrators may too. They see drafts
/// wherever a theme is shown.
pub fn may_edit_academy(who: &Principal) -> bool {
    who.has(Role::ContentEditor) || who.is_admin()
}

/// Whether the person may see a theme and its parts: a published one anyone signed in,
/// a draft its editors only.
pub fn may_see_theme(who: &Principal, published: bool) -> bool {
    published || may_edit_academy(who)
}

/// The idea bank (how to roll a theme out, and who in one's organisation used it) is
/// for those who develop their organisation's people, and for the academy's editors,
/// who write its notes.
pub fn may_see_idea_bank(who: &Principal) -> bool {
    who.manages_people() || may_edit_academy(who)
}

#[cfg(test)]
mod access_tests {
    use super::*;

    fn person(roles: &[Role]) -> Principal {
        Principal {
            user_id: 1,
            org_id: 1,
            roles: roles.to_vec(),
        }
    }

    #[test]
    fn drafts_are_for_editors_and_administrators() {
        for role in [Role::ContentEditor, Role::Administrator] {
            assert!(may_edit_academy(&person(&[role])));
            assert!(may_see_theme(&person(&[role]), false));
        }
        for role in [
            Role::Manager,
            Role::HrDeveloper,
            Role::Coordinator,
            Role::Coach,
        ] {
            assert!(!may_edit_academy(&person(&[role])));
            assert!(!may_see_theme(&person(&[role]), false));
            assert!(may_see_theme(&person(&[role]), true));
        }
    }

    #[test]
    fn the_idea_bank_is_for_people_developers_and_editors() {
        assert!(may_see_idea_bank(&person(&[Role::HrDeveloper])));
        assert!(may_see_idea_bank(&person(&[Role::Coordinator])));
        assert!(may_see_idea_bank(&person(&[Role::ContentEditor])));
        assert!(!may_see_idea_bank(&person(&[Role::Manager])));
        assert!(!may_see_idea_bank(&person(&[Role::Certifier])));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn complete_texts() -> Vec<(Lang, ThemeTextFacts)> {
        REQUIRED_LANGS
            .map(|l| {
                (
                    l,
                    ThemeTextFacts {
                        title: true,
                        summary: true,
                    },
                )
            })
            .to_vec()
    }

    #[test]
    fn a_theme_complete_in_finnish_and_swedish_may_be_published() {
        let theory = PartTextFacts {
            title: true,
            body: true,
            ..Default::default()
        };
        let theme = ThemeFacts {
            texts: complete_texts(),
            parts: vec![PartFacts {
                kind: PartKind::Theory,
                texts: REQUIRED_LANGS.map(|l| (l, theory.clone())).to_vec(),
            }],
        };
        assert!(missing_for_publish(&theme).is_empty());
    }

    #[test]
    fn a_missing_swedish_translation_keeps_a_theme_unpublished() {
        let video = PartTextFacts {
            title: true,
            captions: true,
            transcript: true,
            ..Default::default()
        };
        let theme = ThemeFacts {
            texts: complete_texts(),
            parts: vec![PartFacts {
                kind: PartKind::Video,
                texts: vec![(Lang::Fi, video)],
            }],
        };
        let missing = missing_for_publish(&theme);
        assert!(
            missing
                .iter()
                .all(|m| m.lang == Lang::Sv && m.part == Some(1))
        );
        assert_eq!(
            missing.len(),
            3,
            "title, captions and transcript: {missing:?}"
        );
    }

    #[test]
    fn english_is_never_required_and_a_theme_needs_parts() {
        let theme = ThemeFacts {
            texts: complete_texts(),
            parts: vec![],
        };
        assert_eq!(
            missing_for_publish(&theme),
            vec![Missing {
                lang: Lang::Fi,
                part: None,
                what: "missing-parts"
            }]
        );
    }

    #[test]
    fn ratings_and_minutes_stay_in_range() {
        assert!(Usefulness::parse("0").is_err() && Usefulness::parse("6").is_err());
        assert_eq!(Usefulness::parse("5").map(Usefulness::get), Ok(5));
        assert!(
            Minutes::parse("0").is_err()
                && Minutes::parse("61").is_err()
                && Minutes::parse("x").is_err()
        );
    }
}

/// WebVTT captions for a transcript, one sentence a cue, `seconds` each.
pub fn captions_from_transcript(transcript: &str, seconds: u32) -> String {
    let mut sentences = Vec::new();
    let mut current = String::new();
    for c in transcript.chars() {
        current.push(c);
        if matches!(c, '.' | '?' | '!') {
            sentences.push(current.trim().to_owned());
            current.clear();
        }
    }
    if !current.trim().is_empty() {
        sentences.push(current.trim().to_owned());
    }
    let stamp = |s: u32| format!("{:02}:{:02}:{:02}.000", s / 3600, s / 60 % 60, s % 60);
    let mut vtt = String::from("WEBVTT\n");
    for (i, sentence) in sentences.iter().enumerate() {
        let start = u32::try_from(i).unwrap_or(u32::MAX).saturating_mul(seconds);
        vtt.push_str(&format!(
            "\n{}\n{} --> {}\n{sentence}\n",
            i + 1,
            stamp(start),
            stamp(start + seconds)
        ));
    }
    vtt
}

#[cfg(test)]
mod caption_tests {
    use super::captions_from_transcript;

    #[test]
    fn each_sentence_becomes_a_timed_cue() {
        let vtt = captions_from_transcript("Hei. Mitä kuuluu? Hyvää!", 3);
        assert!(vtt.starts_with("WEBVTT\n"));
        assert!(vtt.contains("1\n00:00:00.000 --> 00:00:03.000\nHei.\n"));
        assert!(vtt.contains("3\n00:00:06.000 --> 00:00:09.000\nHyvää!\n"));
    }
}

/// A theme's or a part's title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Title(String);

impl Title {
    pub fn parse(raw: &str) -> Result<Title, Invalid> {
        crate::required_text(raw, 200, "error-title-empty", "error-title-too-long").map(Title)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Where a video plays from: an address on the web, or a file johto serves itself.
pub fn parse_video_url(raw: &str) -> Result<Option<String>, Invalid> {
    let value = raw.trim();
    if value.is_empty() {
        return Ok(None);
    }
    let ok = (value.starts_with("https://") || value.starts_with("/static/"))
        && value.len() <= 500
        && !value
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<');
    if ok {
        Ok(Some(value.to_owned()))
    } else {
        Err(invalid("error-video-url-invalid"))
    }
}

/// Captions must be WebVTT, or left empty.
pub fn parse_captions(raw: &str) -> Result<String, Invalid> {
    let value = raw.trim().replace("\r\n", "\n");
    if value.is_empty() || value.starts_with("WEBVTT") {
        Ok(value)
    } else {
        Err(invalid("error-captions-invalid"))
    }
}
