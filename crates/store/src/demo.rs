//! Demo data: the organisations of the first EKJ cohort (`shared/seeds/000_*`) with
//! their Finnish and Swedish names, the programme's partners, and one demo person for
//! every role in Finnish and in Swedish. Seeding happens once; a marker in `settings`
//! keeps it from running twice.

use domain::{
    Email, EmailDomain, Lang, NewPassword, OrgKind, OrgLanguages, OrgName, PersonName, Region, Role,
};

use crate::{FileStorage, NewOrganisation, NewUser, Result, Store, StoreError, worksheet};

/// The password of every demo account. Printed at start; only for demo data.
pub const DEMO_PASSWORD: &str = "johto-demo-2026";
const SEEDED_KEY: &str = "demo_seeded_at";
const ACADEMY_SEEDED_KEY: &str = "demo_academy_seeded_at";
const EVENTS_SEEDED_KEY: &str = "demo_events_seeded_at";
/// The demo's academy themes, in Finnish and Swedish.
const ACADEMY: &str = include_str!("demo_academy.json");
/// The sample video every demo video part plays; it ships with the web crate.
pub const SAMPLE_VIDEO: &str = "/static/academy/sample.webm";

/// (Finnish name, Swedish name, kind, languages, demo domain, region)
const ORGANISATIONS: &[(&str, &str, OrgKind, OrgLanguages, &str, Region)] = &[
    (
        "KT Kuntatyönantajat",
        "KT Kommunarbetsgivarna",
        OrgKind::Other,
        OrgLanguages::Bilingual,
        "kt.example",
        Region::Uusimaa,
    ),
    (
        "Suomen Kuntaliitto",
        "Finlands Kommunförbund",
        OrgKind::Other,
        OrgLanguages::Bilingual,
        "kuntaliitto.example",
        Region::Uusimaa,
    ),
    (
        "FCG Konsultointi Oy",
        "FCG Ab",
        OrgKind::Other,
        OrgLanguages::Bilingual,
        "fcg.example",
        Region::Uusimaa,
    ),
    (
        "Espoon kaupunki",
        "Esbo stad",
        OrgKind::Municipality,
        OrgLanguages::Bilingual,
        "espoo.example",
        Region::Uusimaa,
    ),
    (
        "Jämsän kaupunki",
        "Jämsä stad",
        OrgKind::Municipality,
        OrgLanguages::Finnish,
        "jamsa.example",
        Region::KeskiSuomi,
    ),
    (
        "Järvenpään kaupunki",
        "Träskända stad",
        OrgKind::Municipality,
        OrgLanguages::Finnish,
        "jarvenpaa.example",
        Region::Uusimaa,
    ),
    (
        "Kouvolan kaupunki",
        "Kouvola stad",
        OrgKind::Municipality,
        OrgLanguages::Finnish,
        "kouvola.example",
        Region::Kymenlaakso,
    ),
    (
        "Loviisan kaupunki",
        "Lovisa stad",
        OrgKind::Municipality,
        OrgLanguages::Bilingual,
        "loviisa.example",
        Region::Uusimaa,
    ),
    (
        "Mikkelin kaupunki",
        "S:t Michels stad",
        OrgKind::Municipality,
        OrgLanguages::Finnish,
        "mikkeli.example",
        Region::EtelaSavo,
    ),
    (
        "Mäntyharjun kunta",
        "Mäntyharju kommun",
        OrgKind::Municipality,
        OrgLanguages::Finnish,
        "mantyharju.example",
        Region::EtelaSavo,
    ),
    (
        "Porin kaupunki",
        "Björneborgs stad",
        OrgKind::Municipality,
        OrgLanguages::Finnish,
        "pori.example",
        Region::Satakunta,
    ),
    (
        "Riihimäen kaupunki",
        "Riihimäki stad",
        OrgKind::Municipality,
        OrgLanguages::Finnish,
        "riihimaki.example",
        Region::KantaHame,
    ),
    (
        "HUS-Kuvantaminen",
        "HNS Bilddiagnostik",
        OrgKind::JointMunicipalAuthority,
        OrgLanguages::Bilingual,
        "hus.example",
        Region::Uusimaa,
    ),
    (
        "Kymenlaakson sairaanhoito- ja sosiaalipalvelujen kuntayhtymä Carea",
        "Samkommunen för sjukvårds- och socialtjänster i Kymmenedalen Carea",
        OrgKind::JointMunicipalAuthority,
        OrgLanguages::Finnish,
        "carea.example",
        Region::Kymenlaakso,
    ),
    (
        "Perusturvakuntayhtymä Akseli",
        "Grundtrygghetssamkommunen Akseli",
        OrgKind::JointMunicipalAuthority,
        OrgLanguages::Finnish,
        "akseli.example",
        Region::VarsinaisSuomi,
    ),
    (
        "Keva",
        "Keva",
        OrgKind::Other,
        OrgLanguages::Bilingual,
        "keva.example",
        Region::Uusimaa,
    ),
];

/// (role, organisation domain, Finnish-speaking person, Swedish-speaking person)
const PEOPLE: &[(Role, &str, &str, &str)] = &[
    (
        Role::Manager,
        "espoo.example",
        "Maija Mäkinen",
        "Sofia Lindqvist",
    ),
    (
        Role::HrDeveloper,
        "espoo.example",
        "Heikki Hakala",
        "Hanna Sjöberg",
    ),
    (
        Role::ContentEditor,
        "kt.example",
        "Eeva Editori",
        "Elin Redaktör",
    ),
    (
        Role::Coordinator,
        "kt.example",
        "Kaisa Koordinaattori",
        "Karin Koordinator",
    ),
    (
        Role::Coach,
        "fcg.example",
        "Ville Valmentaja",
        "Viktor Coach",
    ),
    (
        Role::Evaluator,
        "keva.example",
        "Arja Arvioija",
        "Anna Utvärderare",
    ),
    (
        Role::Certifier,
        "kuntaliitto.example",
        "Sari Sertifioija",
        "Sara Certifierare",
    ),
    (
        Role::Administrator,
        "kt.example",
        "Antti Ylläpitäjä",
        "Axel Administratör",
    ),
];

/// A demo account as the start-up banner lists it.
#[derive(Debug, Clone)]
pub struct DemoLogin {
    pub role: Role,
    pub lang: Lang,
    pub email: String,
}

/// The e-mail address of a demo person: role and language before the organisation's domain.
fn demo_email(role: Role, lang: Lang, domain: &str) -> String {
    format!(
        "{}.{}@{domain}",
        role.as_str().replace('_', "-"),
        lang.code()
    )
}

/// How many organisations the demo makes: the EKJ programme's, those generated for
/// the sparring round's applications and the others that took part in 2018.
pub fn demo_organisation_count() -> usize {
    ORGANISATIONS.len()
        + crate::demo_development::generated_organisation_count()
        + crate::demo_participation::more_organisation_count()
}

/// Every demo login, whether seeded yet or not.
pub fn demo_logins() -> Vec<DemoLogin> {
    PEOPLE
        .iter()
        .flat_map(|(role, domain, _, _)| {
            [Lang::Fi, Lang::Sv].map(|lang| DemoLogin {
                role: *role,
                lang,
                email: demo_email(*role, lang, domain),
            })
        })
        .collect()
}

pub(crate) fn invalid(e: domain::Invalid) -> StoreError {
    StoreError::BuiltInData(format!("demo data is invalid: {e}"))
}

impl Store {
    pub async fn demo_seeded(&self) -> Result<bool> {
        Ok(self.setting(SEEDED_KEY).await?.is_some())
    }

    /// Seeds whatever part of the demo data is not there yet. Returns whether it
    /// seeded anything.
    pub async fn seed_demo(&self, files: &FileStorage) -> Result<bool> {
        use sea_orm::{EntityTrait, QueryOrder};
        let before = crate::entity::job::Entity::find()
            .order_by_desc(crate::entity::job::Column::Id)
            .one(&self.db)
            .await?
            .map_or(0, |j| j.id);
        let people = self.seed_demo_people().await?;
        let academy = self.seed_demo_academy(files).await?;
        let events = self.seed_demo_events().await?;
        let coaching = self.seed_demo_coaching().await?;
        let coaching_work = self.seed_demo_coaching_work().await?;
        let certificates = self.seed_demo_certificates().await?;
        let development = self.seed_demo_development().await?;
        let solutions = self.seed_demo_solutions(files).await?;
        let newsletters = self.seed_demo_newsletters().await?;
        let participation = self.seed_demo_participation().await?;
        self.seed_demo_erasure_request().await?;
        self.forget_demo_history(before).await?;
        Ok(people
            || academy
            || events
            || coaching
            || coaching_work
            || certificates
            || development
            || solutions
            || newsletters
            || participation)
    }

    /// One of 2018's participants has asked for their data to be erased: the request
    /// waits for an administrator.
    async fn seed_demo_erasure_request(&self) -> Result<()> {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
        let asker = crate::entity::user::Entity::find()
            .filter(crate::entity::user::Column::Email.contains(".10000@"))
            .order_by_asc(crate::entity::user::Column::Id)
            .one(&self.db)
            .await?;
        let asked = crate::entity::erasure_request::Entity::find()
            .one(&self.db)
            .await?
            .is_some();
        if let (Some(asker), false) = (asker, asked) {
            self.request_erasure(
                asker.id,
                "En enää työskentele kunta-alalla. Poistakaa tietoni.",
            )
            .await?;
        }
        Ok(())
    }

    /// The demo's requests, registrations and publications are its past: the notices
    /// their changes queued (the jobs after `before`) are dropped, so nobody is e-mailed
    /// of them now.
    async fn forget_demo_history(&self, before: i64) -> Result<()> {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        let kinds = [
            crate::accounts::ACCOUNT_NOTICE_JOB,
            crate::academy::NEW_THEME_JOB,
            crate::events::NOTICE_JOB,
            crate::events::REMINDER_JOB,
            crate::coaching::POST_JOB,
            crate::coaching::FEEDBACK_JOB,
            crate::coaching::DIGEST_JOB,
            crate::coaching::INVITE_JOB,
            crate::certificates::CERTIFICATE_JOB,
            crate::development::SPARRING_JOB,
            crate::solutions::SOLUTION_JOB,
        ];
        crate::entity::job::Entity::delete_many()
            .filter(crate::entity::job::Column::Kind.is_in(kinds))
            .filter(crate::entity::job::Column::Id.gt(before))
            .exec(&self.db)
            .await?;
        // The digests the demo's works called for went with their jobs; a work handed
        // in today must call for its own.
        crate::entity::coach_digest::Entity::delete_many()
            .exec(&self.db)
            .await?;
        Ok(())
    }

    async fn seed_demo_people(&self) -> Result<bool> {
        if self.demo_seeded().await? {
            return Ok(false);
        }
        let password = NewPassword::parse(DEMO_PASSWORD, DEMO_PASSWORD).map_err(invalid)?;
        let mut kt = None;
        for (name_fi, name_sv, kind, languages, domain, region) in ORGANISATIONS {
            let new = NewOrganisation {
                slug: None,
                name_fi: OrgName::parse(name_fi).map_err(invalid)?,
                name_sv: OrgName::parse(name_sv).map_err(invalid)?,
                name_en: None,
                kind: *kind,
                business_id: None,
                languages: *languages,
                parent_id: None,
                domains: vec![EmailDomain::parse(domain).map_err(invalid)?],
                region: Some(*region),
            };
            let id = self.organisations().create_organisation(&new, None).await?;
            kt.get_or_insert(id);
        }
        for (role, domain, name_fi, name_sv) in PEOPLE {
            let org_id = self
                .organisations()
                .organisation_of_domain(domain)
                .await?
                .ok_or(StoreError::NotFound)?;
            for (lang, name) in [(Lang::Fi, name_fi), (Lang::Sv, name_sv)] {
                let mut roles = vec![*role];
                // Everyone who leads people can use the academy as a manager too.
                if matches!(role, Role::HrDeveloper | Role::Coordinator) {
                    roles.push(Role::Manager);
                }
                let new = NewUser {
                    email: Email::parse(&demo_email(*role, lang, domain)).map_err(invalid)?,
                    name: PersonName::parse(name).map_err(invalid)?,
                    org_id,
                    lang,
                    roles,
                    password: Some(password.clone()),
                };
                self.accounts().create_user(&new, None).await?;
            }
        }
        // A few people waiting for approval in Espoo, so the HR developer has work.
        if let Some(espoo) = self
            .organisations()
            .organisation_of_domain("espoo.example")
            .await?
        {
            for (name, email, lang) in [
                ("Pekka Uusi", "pekka.uusi@espoo.example", Lang::Fi),
                ("Greta Ny", "greta.ny@espoo.example", Lang::Sv),
            ] {
                self.accounts()
                    .request_account(
                        &PersonName::parse(name).map_err(invalid)?,
                        &Email::parse(email).map_err(invalid)?,
                        espoo,
                        lang,
                    )
                    .await?;
            }
        }
        self.set_setting(SEEDED_KEY, &chrono::Utc::now().to_rfc3339())
            .await?;
        Ok(true)
    }
}

#[derive(serde::Deserialize)]
struct DemoTheme {
    fi: DemoThemeText,
    sv: DemoThemeText,
    parts: Vec<DemoPart>,
}

#[derive(serde::Deserialize)]
struct DemoThemeText {
    title: String,
    summary: String,
    hr_note: String,
}

#[derive(serde::Deserialize)]
struct DemoPart {
    kind: domain::PartKind,
    minutes: u8,
    fi: DemoPartText,
    sv: DemoPartText,
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct DemoPartText {
    title: String,
    body: String,
    transcript: String,
    checklist: String,
}

impl DemoPartText {
    /// The tool as a printable worksheet page.
    fn sheet(&self, lang: Lang) -> worksheet::Sheet<'_> {
        let (heading, notes) = match lang {
            Lang::Sv => ("Johto · Chefsakademin · Arbetsblad", "Egna anteckningar"),
            _ => (
                "Johto · Esihenkilöakatemia · Työkirja",
                "Omat muistiinpanot",
            ),
        };
        worksheet::Sheet {
            heading,
            title: &self.title,
            body: &self.body,
            items: self
                .checklist
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect(),
            notes,
        }
    }
}

impl Store {
    /// The academy's demo themes, published, with some progress and ratings of the
    /// demo managers.
    async fn seed_demo_academy(&self, files: &FileStorage) -> Result<bool> {
        use crate::academy::{PartTextInput, ThemeTextInput};
        if self.setting(ACADEMY_SEEDED_KEY).await?.is_some() {
            return Ok(false);
        }
        let themes: Vec<DemoTheme> = serde_json::from_str(ACADEMY)
            .map_err(|e| StoreError::BuiltInData(format!("demo academy is invalid: {e}")))?;
        let mut first_parts = Vec::new();
        for demo in &themes {
            let text = |t: &DemoThemeText| ThemeTextInput {
                title: t.title.clone(),
                summary: t.summary.clone(),
                hr_note: t.hr_note.clone(),
            };
            let id = self
                .academy()
                .create_theme(Lang::Fi, &text(&demo.fi), None)
                .await?;
            self.academy()
                .save_theme_text(id, Lang::Sv, &text(&demo.sv), None)
                .await?;
            let mut part_ids = Vec::new();
            for part in &demo.parts {
                let input = |t: &DemoPartText| PartTextInput {
                    title: t.title.clone(),
                    body: t.body.clone(),
                    transcript: t.transcript.clone(),
                    captions: if part.kind == domain::PartKind::Video {
                        domain::academy::captions_from_transcript(&t.transcript, 3)
                    } else {
                        String::new()
                    },
                    checklist: t.checklist.clone(),
                };
                let minutes = domain::Minutes::parse(&part.minutes.to_string()).map_err(invalid)?;
                let video = (part.kind == domain::PartKind::Video).then_some(SAMPLE_VIDEO);
                let texts = [(Lang::Fi, input(&part.fi)), (Lang::Sv, input(&part.sv))];
                let part_id = self
                    .academy()
                    .add_part(id, part.kind, minutes, video, &texts, None)
                    .await?;
                if part.kind == domain::PartKind::Tool {
                    let name = format!("{}.pdf", crate::organisations::slugify(&part.fi.title));
                    let bytes = worksheet::pdf(&[part.fi.sheet(Lang::Fi), part.sv.sheet(Lang::Sv)]);
                    let file = self
                        .files()
                        .save_file(files, &name, domain::FileKind::Pdf, bytes.into(), None)
                        .await?;
                    self.academy()
                        .set_part_file(part_id, Some(file.id), None)
                        .await?;
                }
                part_ids.push(part_id);
            }
            if let Ok(Err(missing)) = self.academy().publish_theme(id, None).await {
                return Err(StoreError::BuiltInData(format!(
                    "demo theme {} is incomplete: {missing:?}",
                    demo.fi.title
                )));
            }
            first_parts.push(part_ids);
        }
        // Where the demo managers are: Maija has finished a video and is half-way
        // through a tool; Sofia has started on remote leadership.
        let manager_fi = self
            .accounts()
            .user_by_email(&Email::parse("manager.fi@espoo.example").map_err(invalid)?)
            .await?;
        let manager_sv = self
            .accounts()
            .user_by_email(&Email::parse("manager.sv@espoo.example").map_err(invalid)?)
            .await?;
        if let (Some(fi), Some(sv), Some(communication), Some(remote)) = (
            manager_fi,
            manager_sv,
            first_parts.first(),
            first_parts.get(3),
        ) {
            self.academy()
                .mark_finished(fi.id, communication[0], true)
                .await?;
            self.academy().mark_seen(fi.id, communication[1]).await?;
            let useful = domain::Usefulness::parse("4").map_err(invalid)?;
            self.academy()
                .rate_part(
                    fi.id,
                    communication[1],
                    useful,
                    true,
                    "Toimi hyvin maanantain palaverissa.",
                )
                .await?;
            self.academy().set_theme_subscription(fi.id, true).await?;
            self.academy().mark_seen(sv.id, remote[0]).await?;
            let very = domain::Usefulness::parse("5").map_err(invalid)?;
            self.academy()
                .rate_part(sv.id, remote[0], very, false, "Kort och konkret.")
                .await?;
        }
        self.set_setting(ACADEMY_SEEDED_KEY, &chrono::Utc::now().to_rfc3339())
            .await?;
        Ok(true)
    }
}

impl Store {
    /// Three upcoming events: the launch webinar of the first theme, a leadership
    /// forum on site, and a workshop whose only seat is taken, with one manager in its
    /// queue; and a past webinar both demo managers attended, with its recording.
    /// Times are Helsinki hours, in the coming weeks and three weeks ago.
    async fn seed_demo_events(&self) -> Result<bool> {
        use crate::events::{EventInput, EventText};
        use domain::{EventKind, EventStatus};
        if self.setting(EVENTS_SEEDED_KEY).await?.is_some() {
            return Ok(false);
        }
        let today = chrono::Utc::now()
            .with_timezone(&chrono_tz::Europe::Helsinki)
            .date_naive();
        let at = |days: i64, hour: &str| {
            let date = (today + chrono::Duration::days(days))
                .format("%Y-%m-%d")
                .to_string();
            domain::events::helsinki_time(&date, hour).map_err(invalid)
        };
        let text = |lang, title: &str, description: &str| EventText {
            lang,
            title: title.to_owned(),
            description: description.to_owned(),
        };
        let theme = self
            .academy()
            .theme_by_slug("sisainen-viestinta")
            .await?
            .map(|t| t.id);
        let events = [
            (
                EventKind::Webinar,
                at(14, "14:00")?,
                at(14, "15:00")?,
                Some("https://webinar.example/johto/sisainen-viestinta".to_owned()),
                String::new(),
                Some(500),
                theme,
                [
                    text(
                        Lang::Fi,
                        "Julkaisuwebinaari: Sisäinen viestintä",
                        "Teeman tekijät kertovat, miten videota, tarkistuslistaa ja teoriaa voi käyttää omassa tiimissä.",
                    ),
                    text(
                        Lang::Sv,
                        "Lanseringswebbinarium: Intern kommunikation",
                        "Temats skapare berättar hur videon, checklistan och teorin kan användas i det egna teamet.",
                    ),
                ],
            ),
            (
                EventKind::Forum,
                at(30, "09:00")?,
                at(30, "12:00")?,
                None,
                "Kuntatalo, Toinen linja 14, Helsinki".to_owned(),
                Some(120),
                None,
                [
                    text(
                        Lang::Fi,
                        "Johtamisfoorumi: esihenkilön jaksaminen",
                        "Puheenvuoroja ja keskustelua siitä, miten esihenkilö pitää huolta omasta ja tiiminsä jaksamisesta.",
                    ),
                    text(
                        Lang::Sv,
                        "Ledarskapsforum: chefens ork",
                        "Anföranden och samtal om hur chefen tar hand om sin egen och teamets ork.",
                    ),
                ],
            ),
            (
                EventKind::Workshop,
                at(21, "13:00")?,
                at(21, "15:30")?,
                Some("https://webinar.example/johto/tyopaja".to_owned()),
                String::new(),
                Some(1),
                None,
                [
                    text(
                        Lang::Fi,
                        "Työpaja: palautekeskustelu harjoituksena",
                        "Pienryhmässä harjoitellaan palautekeskustelua. Paikkoja on vain yksi; jonoon voi ilmoittautua.",
                    ),
                    text(
                        Lang::Sv,
                        "Workshop: återkopplingssamtal som övning",
                        "I en liten grupp övar vi återkopplingssamtal. Det finns bara en plats; man kan ställa sig i kö.",
                    ),
                ],
            ),
        ];
        let mut ids = Vec::new();
        for (kind, starts_at, ends_at, online_url, venue, capacity, theme_id, texts) in events {
            let input = EventInput {
                region: None,
                sessions: Vec::new(),
                kind,
                starts_at,
                ends_at,
                online_url,
                venue,
                capacity,
                registration_opens_at: None,
                registration_closes_at: None,
                organisation_id: None,
                invitees: None,
                theme_id,
                texts: texts.to_vec(),
            };
            let id = self.events().create_event(&input, None).await?;
            self.events()
                .set_event_status(id, EventStatus::Published, None)
                .await?;
            ids.push(id);
        }
        let fi = self
            .accounts()
            .user_by_email(&Email::parse("manager.fi@espoo.example").map_err(invalid)?)
            .await?;
        let sv = self
            .accounts()
            .user_by_email(&Email::parse("manager.sv@espoo.example").map_err(invalid)?)
            .await?;
        if let (Some(fi), Some(sv), Some(webinar), Some(workshop)) =
            (fi, sv, ids.first(), ids.get(2))
        {
            self.events().register(*webinar, fi.id).await?;
            self.events().register(*workshop, fi.id).await?;
            self.events().register(*workshop, sv.id).await?;
            // A webinar three weeks ago that both attended, with its recording.
            let past = EventInput {
                region: None,
                sessions: Vec::new(),
                kind: EventKind::Webinar,
                starts_at: at(-21, "14:00")?,
                ends_at: at(-21, "15:00")?,
                online_url: Some("https://webinar.example/johto/palaute".to_owned()),
                venue: String::new(),
                capacity: None,
                registration_opens_at: None,
                registration_closes_at: None,
                organisation_id: None,
                invitees: None,
                theme_id: None,
                texts: vec![
                    text(
                        Lang::Fi,
                        "Webinaari: palaute etätiimissä",
                        "Miten annat ja pyydät palautetta, kun tiimi tekee töitä eri paikoissa.",
                    ),
                    text(
                        Lang::Sv,
                        "Webbinarium: återkoppling i ett distansteam",
                        "Hur du ger och ber om återkoppling när teamet arbetar på olika platser.",
                    ),
                ],
            };
            let id = self.events().create_event(&past, None).await?;
            self.events()
                .set_event_status(id, EventStatus::Published, None)
                .await?;
            self.events().register(id, fi.id).await?;
            self.events().register(id, sv.id).await?;
            self.events().set_attendance(id, &[fi.id, sv.id]).await?;
            let recording = crate::events::MaterialInput {
                title: "Tallenne – Inspelning".to_owned(),
                recording: true,
                file_id: None,
                url: Some("https://video.example/johto/palaute-etatiimissa".to_owned()),
            };
            self.events().add_material(id, &recording, None).await?;
        }
        self.set_setting(EVENTS_SEEDED_KEY, &chrono::Utc::now().to_rfc3339())
            .await?;
        Ok(true)
    }
}
