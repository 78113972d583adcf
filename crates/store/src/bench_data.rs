//! A large academy for `johto bench`: many published themes with parts in Finnish and
//! Swedish written from a small vocabulary (so that searches find many passages), and
//! many managers with some progress. Written in batches, not through the editors'
//! functions, which would make a revision of every change. Also a large progress arena:
//! approved solutions of the demo's organisations in every sector, theme and year.

use chrono::Utc;
use domain::{Lang, NewPassword, PartKind, Role};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::{
    Result, Store, StoreError,
    entity::{
        newsletter_subscriber, organisation, part, part_progress, part_text, solution,
        solution_text, theme, theme_text, user, user_role,
    },
};

/// How large an academy to write.
#[derive(Debug, Clone, Copy)]
pub struct Sizes {
    pub themes: usize,
    pub parts_per_theme: usize,
    pub managers: usize,
}

/// Words of the texts, base and inflected forms mixed, as managers would write them.
pub const FINNISH_WORDS: &[&str] = &[
    "viestintä",
    "viestinnän",
    "viestintää",
    "tiimi",
    "tiimin",
    "tiimissä",
    "palaute",
    "palautteen",
    "palautetta",
    "muutos",
    "muutoksen",
    "muutoksessa",
    "vuorovaikutus",
    "vuorovaikutuksen",
    "työhyvinvointi",
    "työhyvinvoinnin",
    "turvallisuus",
    "turvallisuuden",
    "kokous",
    "kokouksen",
    "kokouksessa",
    "tavoite",
    "tavoitteen",
    "tavoitteet",
    "luottamus",
    "luottamuksen",
    "johtaminen",
    "johtamisen",
    "esihenkilö",
    "esihenkilön",
    "työyhteisö",
    "työyhteisön",
    "osaaminen",
    "osaamisen",
    "kehityskeskustelu",
    "kehityskeskustelun",
    "etätyö",
    "etätyössä",
    "ratkaisu",
    "ratkaisun",
    "keskustelu",
    "keskustelun",
    "ristiriita",
    "ristiriidan",
    "motivaatio",
    "motivaation",
    "perehdytys",
    "perehdytyksen",
    "päätös",
    "päätöksen",
    "vastuu",
    "vastuun",
    "arvostus",
    "arvostuksen",
    "jaksaminen",
    "jaksamisen",
    "yhteistyö",
    "yhteistyön",
    "suunnitelma",
    "suunnitelman",
    "kuormitus",
    "kuormituksen",
];

pub const SWEDISH_WORDS: &[&str] = &[
    "kommunikation",
    "kommunikationen",
    "team",
    "teamet",
    "teamets",
    "återkoppling",
    "återkopplingen",
    "förändring",
    "förändringen",
    "förändringar",
    "samarbete",
    "samarbetet",
    "arbetsmiljö",
    "arbetsmiljön",
    "säkerhet",
    "säkerheten",
    "möte",
    "mötet",
    "mötena",
    "mål",
    "målet",
    "målen",
    "förtroende",
    "förtroendet",
    "ledarskap",
    "ledarskapet",
    "chef",
    "chefen",
    "cheferna",
    "kompetens",
    "kompetensen",
    "distansarbete",
    "distansarbetet",
    "lösning",
    "lösningen",
    "lösningar",
    "samtal",
    "samtalet",
    "konflikt",
    "konflikten",
    "motivation",
    "motivationen",
    "introduktion",
    "introduktionen",
    "beslut",
    "beslutet",
    "ansvar",
    "ansvaret",
    "uppskattning",
    "uppskattningen",
    "ork",
    "plan",
    "planen",
    "belastning",
    "belastningen",
    "känsla",
    "känslan",
    "arbetsgemenskap",
    "arbetsgemenskapen",
];

/// A small deterministic generator, so every run writes the same academy.
struct Words {
    state: u64,
}

impl Words {
    fn next(&mut self) -> u64 {
        self.state ^= self.state << 13;
        self.state ^= self.state >> 7;
        self.state ^= self.state << 17;
        self.state
    }

    fn pick<'a>(&mut self, words: &[&'a str]) -> &'a str {
        let n = u64::try_from(words.len()).unwrap_or(1);
        words[usize::try_from(self.next() % n).unwrap_or(0)]
    }

    fn sentence(&mut self, words: &[&str], count: usize) -> String {
        let mut out: Vec<&str> = Vec::with_capacity(count);
        for _ in 0..count {
            out.push(self.pick(words));
        }
        let mut text = out.join(" ");
        if let Some(first) = text.get(..1) {
            text = first.to_uppercase() + &text[1..];
        }
        text + "."
    }
}

/// Rows are written this many at a time: within both databases' parameter limits.
const BATCH: usize = 400;

impl Store {
    /// Writes the large academy and its managers into organisation `org_id`. Every
    /// manager's password is `password`.
    pub async fn seed_bench_academy(
        &self,
        sizes: Sizes,
        org_id: i32,
        password: &NewPassword,
    ) -> Result<()> {
        let hash = crate::accounts::hash_password(password).await?;
        let now = Utc::now();
        let mut words = Words {
            state: 0x9E37_79B9_7F4A_7C15,
        };
        let txn = self.begin_write().await?;

        let themes: Vec<theme::ActiveModel> = (0..sizes.themes)
            .map(|i| theme::ActiveModel {
                slug: Set(format!("bench-{i}")),
                position: Set(i32::try_from(i).unwrap_or(i32::MAX)),
                source_lang: Set(Lang::Fi.code().to_owned()),
                published_at: Set(Some(now)),
                first_published_at: Set(Some(now)),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            })
            .collect();
        for batch in themes.chunks(BATCH) {
            theme::Entity::insert_many(batch.to_vec())
                .exec(&txn)
                .await?;
        }
        let theme_ids: Vec<i32> = theme::Entity::find()
            .filter(theme::Column::Slug.starts_with("bench-"))
            .order_by_asc(theme::Column::Position)
            .all(&txn)
            .await?
            .into_iter()
            .map(|t| t.id)
            .collect();

        let mut texts = Vec::new();
        for (i, id) in theme_ids.iter().enumerate() {
            for (lang, vocabulary) in [(Lang::Fi, FINNISH_WORDS), (Lang::Sv, SWEDISH_WORDS)] {
                texts.push(theme_text::ActiveModel {
                    theme_id: Set(*id),
                    lang: Set(lang.code().to_owned()),
                    title: Set(format!(
                        "{} {i}",
                        words.sentence(vocabulary, 3).trim_end_matches('.')
                    )),
                    summary: Set(words.sentence(vocabulary, 20)),
                    hr_note: Set(words.sentence(vocabulary, 15)),
                    updated_at: Set(now),
                });
            }
        }
        for batch in texts.chunks(BATCH) {
            theme_text::Entity::insert_many(batch.to_vec())
                .exec(&txn)
                .await?;
        }

        let kinds = [PartKind::Video, PartKind::Tool, PartKind::Theory];
        let mut parts = Vec::new();
        for id in &theme_ids {
            for p in 0..sizes.parts_per_theme {
                let kind = kinds[p % kinds.len()];
                parts.push(part::ActiveModel {
                    theme_id: Set(*id),
                    kind: Set(kind.as_str().to_owned()),
                    minutes: Set(3 + i32::try_from(p % 5).unwrap_or(0)),
                    position: Set(i32::try_from(p).unwrap_or(i32::MAX)),
                    video_url: Set(
                        (kind == PartKind::Video).then(|| crate::demo::SAMPLE_VIDEO.to_owned())
                    ),
                    file_id: Set(None),
                    ..Default::default()
                });
            }
        }
        for batch in parts.chunks(BATCH) {
            part::Entity::insert_many(batch.to_vec()).exec(&txn).await?;
        }
        let parts = part::Entity::find()
            .filter(part::Column::ThemeId.is_in(theme_ids.clone()))
            .order_by_asc(part::Column::Id)
            .all(&txn)
            .await?;
        let mut part_texts = Vec::new();
        for p in &parts {
            for (lang, vocabulary) in [(Lang::Fi, FINNISH_WORDS), (Lang::Sv, SWEDISH_WORDS)] {
                let video = p.kind == PartKind::Video.as_str();
                let tool = p.kind == PartKind::Tool.as_str();
                part_texts.push(part_text::ActiveModel {
                    part_id: Set(p.id),
                    lang: Set(lang.code().to_owned()),
                    title: Set(words
                        .sentence(vocabulary, 4)
                        .trim_end_matches('.')
                        .to_owned()),
                    body: Set(words.sentence(vocabulary, 60)),
                    transcript: Set(if video {
                        words.sentence(vocabulary, 80)
                    } else {
                        String::new()
                    }),
                    captions: Set(String::new()),
                    checklist: Set(if tool {
                        (0..5)
                            .map(|_| words.sentence(vocabulary, 6))
                            .collect::<Vec<_>>()
                            .join("\n")
                    } else {
                        String::new()
                    }),
                    updated_at: Set(now),
                });
            }
        }
        for batch in part_texts.chunks(BATCH) {
            part_text::Entity::insert_many(batch.to_vec())
                .exec(&txn)
                .await?;
        }

        let users: Vec<user::ActiveModel> = (0..sizes.managers)
            .map(|i| user::ActiveModel {
                email: Set(bench_manager_email(i)),
                name: Set(format!("Bench Manager {i}")),
                organisation_id: Set(org_id),
                lang: Set(if i % 3 == 2 { "sv" } else { "fi" }.to_owned()),
                password_hash: Set(Some(hash.clone())),
                disabled: Set(false),
                failed_logins: Set(0),
                locked_until: Set(None),
                created_at: Set(now),
                ..Default::default()
            })
            .collect();
        for batch in users.chunks(BATCH) {
            user::Entity::insert_many(batch.to_vec()).exec(&txn).await?;
        }
        let user_ids: Vec<i32> = user::Entity::find()
            .filter(user::Column::Email.starts_with("bench.manager."))
            .all(&txn)
            .await?
            .into_iter()
            .map(|u| u.id)
            .collect();
        let roles: Vec<user_role::ActiveModel> = user_ids
            .iter()
            .map(|id| user_role::ActiveModel {
                user_id: Set(*id),
                role: Set(Role::Manager.as_str().to_owned()),
            })
            .collect();
        for batch in roles.chunks(BATCH) {
            user_role::Entity::insert_many(batch.to_vec())
                .exec(&txn)
                .await?;
        }
        // Each manager has opened three parts and finished the first.
        let mut progress = Vec::new();
        for id in &user_ids {
            let start =
                usize::try_from(words.next() % u64::try_from(parts.len().max(3) - 2).unwrap_or(1))
                    .unwrap_or(0);
            for (k, p) in parts.iter().skip(start).take(3).enumerate() {
                progress.push(part_progress::ActiveModel {
                    user_id: Set(*id),
                    part_id: Set(p.id),
                    started_at: Set(now),
                    finished_at: Set((k == 0).then_some(now)),
                    seen_at: Set(now),
                });
            }
        }
        for batch in progress.chunks(BATCH) {
            part_progress::Entity::insert_many(batch.to_vec())
                .exec(&txn)
                .await?;
        }
        crate::settings::move_version(&txn, crate::academy::SEARCH_VERSION_KEY).await?;
        txn.commit().await?;
        self.published.forget();
        if theme_ids.len() != sizes.themes {
            return Err(StoreError::BuiltInData("bench themes went missing".into()));
        }
        Ok(())
    }
}

impl Store {
    /// Writes `count` approved solutions of the demo's organisations, spread over every
    /// sector, theme and the years 2015–2018, in Finnish with every third also in Swedish.
    pub async fn seed_bench_solutions(&self, count: usize) -> Result<()> {
        use domain::solutions::{Sector, Topic};
        let now = Utc::now();
        let mut words = Words {
            state: 0x2545_F491_4F6C_DD1D,
        };
        let orgs: Vec<i32> = organisation::Entity::find()
            .all(&self.db)
            .await?
            .into_iter()
            .map(|o| o.id)
            .collect();
        if orgs.is_empty() {
            return Err(StoreError::BuiltInData(
                "no organisations to write solutions for".into(),
            ));
        }
        let txn = self.begin_write().await?;
        let rows: Vec<solution::ActiveModel> = (0..count)
            .map(|i| solution::ActiveModel {
                organisation_id: Set(orgs[i % orgs.len()]),
                author_id: Set(None),
                campaign_id: Set(None),
                state: Set("approved".to_owned()),
                original_lang: Set(Lang::Fi.code().to_owned()),
                sector: Set(Sector::ALL[i % Sector::ALL.len()].as_str().to_owned()),
                topic: Set(Topic::ALL[(i / 7) % Topic::ALL.len()].as_str().to_owned()),
                year: Set(2015 + i32::try_from(i % 4).unwrap_or(0)),
                period: Set("bench".to_owned()),
                contact_name: Set(String::new()),
                contact_email: Set(String::new()),
                contact_consent: Set(false),
                created_at: Set(now),
                submitted_at: Set(Some(now)),
                approved_at: Set(Some(now)),
                updated_at: Set(now),
                ..Default::default()
            })
            .collect();
        for batch in rows.chunks(BATCH / 2) {
            solution::Entity::insert_many(batch.to_vec())
                .exec(&txn)
                .await?;
        }
        let ids: Vec<i32> = solution::Entity::find()
            .filter(solution::Column::Period.eq("bench"))
            .order_by_asc(solution::Column::Id)
            .all(&txn)
            .await?
            .into_iter()
            .map(|s| s.id)
            .collect();
        let mut texts = Vec::new();
        for (i, id) in ids.iter().enumerate() {
            let languages: &[(Lang, &[&str])] = if i % 3 == 0 {
                &[(Lang::Fi, FINNISH_WORDS), (Lang::Sv, SWEDISH_WORDS)]
            } else {
                &[(Lang::Fi, FINNISH_WORDS)]
            };
            for (lang, vocabulary) in languages {
                texts.push(solution_text::ActiveModel {
                    solution_id: Set(*id),
                    lang: Set(lang.code().to_owned()),
                    title: Set(words
                        .sentence(vocabulary, 4)
                        .trim_end_matches('.')
                        .to_owned()),
                    problem: Set(words.sentence(vocabulary, 40)),
                    actions: Set(words.sentence(vocabulary, 40)),
                    results: Set(words.sentence(vocabulary, 20)),
                    lessons: Set(words.sentence(vocabulary, 20)),
                });
            }
        }
        for batch in texts.chunks(BATCH / 2) {
            solution_text::Entity::insert_many(batch.to_vec())
                .exec(&txn)
                .await?;
        }
        crate::settings::move_version(&txn, crate::solutions::VERSION_KEY).await?;
        txn.commit().await?;
        Ok(())
    }
}

/// The address of the `i`th bench manager.
pub fn bench_manager_email(i: usize) -> String {
    format!("bench.manager.{i}@espoo.example")
}

impl Store {
    /// Writes `rows` confirmed registrations of the bench's managers to webinars of
    /// `year` (as many webinars as it takes, every manager at each), nine in ten
    /// attended: a year of participations for the statistics. One statement copies the
    /// pairs of events and managers, so a million rows are written in seconds.
    pub async fn seed_bench_participation(&self, year: i32, rows: usize) -> Result<usize> {
        use sea_orm::{ConnectionTrait, PaginatorTrait};

        use crate::events::{EventInput, EventText};
        let managers = user::Entity::find()
            .filter(user::Column::Email.starts_with("bench.manager."))
            .count(&self.db)
            .await?;
        let managers = usize::try_from(managers).unwrap_or(usize::MAX);
        if managers == 0 {
            return Err(StoreError::BuiltInData(
                "no bench managers to register".into(),
            ));
        }
        let webinars = rows.div_ceil(managers);
        let mut ids = Vec::new();
        for i in 0..webinars {
            let day = chrono::NaiveDate::from_ymd_opt(
                year,
                1 + (i % 12) as u32,
                1 + (i / 12 % 28) as u32,
            )
            .ok_or_else(|| StoreError::BuiltInData(format!("no day for webinar {i}")))?;
            let starts_at = day.and_hms_opt(11, 0, 0).unwrap_or_default().and_utc();
            let text = |lang, title: &str| EventText {
                lang,
                title: format!("{title} {i}"),
                description: "Bench.".to_owned(),
            };
            let input = EventInput {
                online_url: Some("https://webinaari.example/bench".to_owned()),
                ..EventInput::for_everyone(
                    domain::EventKind::Webinar,
                    starts_at,
                    starts_at + chrono::Duration::hours(1),
                    vec![
                        text(Lang::Fi, "Penkkiwebinaari"),
                        text(Lang::Sv, "Bänkwebbinarium"),
                    ],
                )
            };
            ids.push(self.events().create_event(&input, None).await?);
        }
        let list = ids.iter().map(i32::to_string).collect::<Vec<_>>().join(",");
        // `(u.id % 10 <> 3)` is a boolean on PostgreSQL and 0 or 1 on SQLite, as each
        // stores `attended`.
        let sql = format!(
            "INSERT INTO registrations (event_id, user_id, standing, queued_at, confirmed_at, attended) \
             SELECT e.id, u.id, 'confirmed', e.starts_at, e.starts_at, (u.id % 10 <> 3) \
             FROM events e CROSS JOIN users u \
             WHERE e.id IN ({list}) AND u.email LIKE 'bench.manager.%'"
        );
        let written = self.db.execute_unprepared(&sql).await?.rows_affected();
        Ok(usize::try_from(written).unwrap_or(usize::MAX))
    }

    /// Writes `count` confirmed newsletter subscribers at `bench.reader.{i}@…` (a
    /// fifth in Swedish), for the bench's send.
    pub async fn seed_bench_subscribers(&self, count: usize) -> Result<()> {
        let now = Utc::now();
        let rows: Vec<newsletter_subscriber::ActiveModel> = (0..count)
            .map(|i| newsletter_subscriber::ActiveModel {
                email: Set(format!("bench.reader.{i}@kunta.example")),
                lang: Set(if i % 5 == 0 { Lang::Sv } else { Lang::Fi }
                    .code()
                    .to_owned()),
                secret: Set(crate::random_token()),
                user_id: Set(None),
                created_at: Set(now),
                confirmed_at: Set(Some(now)),
                consent_version: Set(domain::newsletters::CONSENT_VERSION.to_owned()),
                unsubscribed_at: Set(None),
                bouncing_at: Set(None),
                ..Default::default()
            })
            .collect();
        let txn = self.begin_write().await?;
        for batch in rows.chunks(BATCH) {
            newsletter_subscriber::Entity::insert_many(batch.to_vec())
                .exec_without_returning(&txn)
                .await?;
        }
        txn.commit().await?;
        Ok(())
    }
}
