//! The coaching programme's demo: cohorts EKJ1–EKJ4 as the programme ran them
//! (`shared/seeds/000_*`–`003_*`). EKJ1's thirteen organisations carry their project
//! topics as the seeds name them and the managers who finished (134 in all); EKJ3 has
//! 13 organisations and 89 finishing; EKJ4 runs now with 74 managers from 10
//! organisations, among them the demo managers, with forums past and upcoming and
//! Lovisa's five-part project with its progress log. The generated people have
//! invented Finnish and Swedish names and `.example` addresses, and no password.

use chrono::{Duration, NaiveDate, Utc};
use domain::{
    Email, EventStatus, Lang, PersonName, Role,
    coaching::{CohortCode, CohortStatus, Enrolment, Level, Progress, Sector},
};

use crate::{
    NewUser, Result, Store, StoreError,
    coaching::{CohortInput, Enrollee, Lecturer, PartInput, ProjectInput},
    demo::invalid,
    events::{EventInput, EventText},
};

const COACHING_SEEDED_KEY: &str = "demo_coaching_seeded_at";

/// (demo domain, EKJ1 project in Finnish, in Swedish, EKJ1 certificates)
const EKJ1: &[(&str, &str, &str, usize)] = &[
    (
        "espoo.example",
        "Palveluliiketoimen muutoksen hallinnan toimintamalli sekä varhaisen puheeksi ottamisen työkalu",
        "Verksamhetsmodell för förändringshantering inom affärsverkssektorn och verktyg för att ta upp saker på tal tidigt",
        2,
    ),
    (
        "jamsa.example",
        "Valmentava esimies osana Jämsän tarinaa -esimiesohjelma",
        "Chefsprogrammet Valmentava esimies osana Jämsän tarinaa",
        13,
    ),
    (
        "jarvenpaa.example",
        "Asiakaslähtöinen toimintakulttuuri ja prosessimainen toimintatapa",
        "Kundorienterad verksamhetskultur och processinriktat verksamhetssätt",
        9,
    ),
    (
        "kouvola.example",
        "ASKEL Asiakas keskiöön – laadukkaasti -hanke",
        "Projektet ASKEL Asiakas keskiöön - laadukkaasti",
        21,
    ),
    (
        "loviisa.example",
        "Johtamisen ja strategisen päätöksenteon kehittäminen, johtamisjärjestelmän keventäminen",
        "Utveckling av ledarskap och strategiskt beslutsfattande, ett lättare ledningssystem",
        5,
    ),
    (
        "mikkeli.example",
        "Verkoston johtaminen palvelumurroksessa -hanke",
        "Projektet Verkoston johtaminen palvelumurroksessa",
        11,
    ),
    (
        "mantyharju.example",
        "Toimintakulttuurin muutos ja verkostoituminen",
        "Förändring av verksamhetskulturen och nätverk",
        2,
    ),
    (
        "pori.example",
        "Tiikerinloikka uudistumiseen -projekti",
        "Projektet Tiikerinloikka uudistumiseen",
        22,
    ),
    (
        "riihimaki.example",
        "Johtoryhmän toiminta, toimintatavat ja -prosessit sekä asiantuntija- ja esimiestyön kehittäminen",
        "Ledningsgruppens arbete, verksamhetssätt och verksamhetsprocesser samt utveckling av sakkunnig- och chefsarbetet",
        7,
    ),
    (
        "hus.example",
        "Esimiesten prosessijohtamisen ja muutosjohtamisen taidot",
        "Chefsfärdigheter i processledning och förändringsledning",
        3,
    ),
    (
        "carea.example",
        "Esimiesosaamisen kehittäminen osana Carea leader -ohjelmaa",
        "Utveckling av chefskompetensen som en del av Carea leader-programmet",
        15,
    ),
    (
        "akseli.example",
        "Taloustiedon hyödyntäminen johtamisessa ja sosiaali- ja terveyspalveluiden uudet palvelumuodot",
        "Användning av ekonomiska uppgifter i ledningen och nya serviceformer inom social- och hälsovården",
        14,
    ),
    (
        "keva.example",
        "Lisäksi muista organisaatioista (mm. Keva)",
        "Dessutom från andra organisationer (bl.a. Keva)",
        10,
    ),
];

/// The five leadership forums' themes of the first programme, Finnish and Swedish.
const FORUM_THEMES: &[(&str, &str)] = &[
    (
        "Tulevaisuuden palvelut ja johtajuus",
        "Framtida tjänster och ledarskap",
    ),
    (
        "Strategia ja asiakaslähtöisyys",
        "Strategier och kundorientering",
    ),
    (
        "Toimintakulttuurin muutos",
        "Förändringar av verksamhetskulturen",
    ),
    (
        "Työyhteisön ilot ja haasteet",
        "Glädje och utmaningar på arbetsplatsen",
    ),
    (
        "Henkilöstö- ja muutosjohtaminen",
        "Personal- och förändringsledning",
    ),
];

/// Lecturers from the programme's partner universities (invented names).
const LECTURERS: &[(&str, &str)] = &[
    ("Aino Lehtinen", "Tampereen yliopiston johtamiskorkeakoulu"),
    ("Mikael Westerlund", "Vaasan yliopisto"),
    ("Riitta Kallio", "Aalto University Executive Education"),
    ("Johan Sundqvist", "Vaasan yliopisto"),
    ("Hannele Aalto", "Tampereen yliopiston johtamiskorkeakoulu"),
];

/// Lovisa's five parts (`seeds/003_*`), Finnish and Swedish.
const LOVISA_PARTS: &[(&str, &str)] = &[
    (
        "Organisaatiorakenteen tarkistaminen",
        "Justering av organisationsstrukturen",
    ),
    ("Strategian päivittäminen", "Uppdatering av strategin"),
    ("Toimintatapojen uudistaminen", "Revidering av arbetssätten"),
    (
        "Tuottavuuden parantaminen",
        "Förbättring av produktiviteten",
    ),
    ("Osaamisen kehittäminen", "Kompetensutveckling"),
];

pub(crate) const FIRST_FI: &[&str] = &[
    "Aino", "Eero", "Helmi", "Juha", "Kaisa", "Lauri", "Minna", "Niko", "Outi", "Pasi", "Riikka",
    "Sami", "Tiina", "Ville", "Anu", "Jari", "Leena", "Markku", "Päivi", "Timo", "Satu", "Jukka",
    "Hanna", "Mika",
];
pub(crate) const LAST_FI: &[&str] = &[
    "Korhonen",
    "Virtanen",
    "Mäkelä",
    "Nieminen",
    "Heikkinen",
    "Koskinen",
    "Järvinen",
    "Lehtonen",
    "Laine",
    "Hämäläinen",
    "Salminen",
    "Turunen",
    "Rantanen",
    "Karjalainen",
    "Väisänen",
    "Kinnunen",
    "Peltonen",
    "Savolainen",
    "Manninen",
    "Lahtinen",
];
pub(crate) const FIRST_SV: &[&str] = &[
    "Anna", "Erik", "Johanna", "Mikael", "Sara", "Henrik", "Linnea", "Fredrik", "Ida", "Jonas",
    "Maria", "Patrik",
];
pub(crate) const LAST_SV: &[&str] = &[
    "Lindqvist",
    "Holmström",
    "Nyman",
    "Forsman",
    "Wikström",
    "Ekholm",
    "Björklund",
    "Sundström",
    "Granqvist",
    "Backman",
];

/// An e-mail address's local part from a name: lower case, ä ö å folded.
pub(crate) fn local_part(name: &str) -> String {
    name.to_lowercase()
        .chars()
        .map(|c| match c {
            'ä' | 'å' => 'a',
            'ö' => 'o',
            ' ' => '.',
            c => c,
        })
        .collect()
}

/// The sector a generated participant of an organisation leads in.
fn sector_for(domain: &str, i: usize) -> Sector {
    match domain {
        "hus.example" => Sector::HospitalCare,
        "carea.example" | "akseli.example" => Sector::SocialAndHealth,
        "keva.example" => Sector::Other,
        _ => [
            Sector::Technical,
            Sector::Education,
            Sector::SocialAndHealth,
            Sector::Other,
        ][i % 4],
    }
}

/// Lovisa's project weighs on top and middle management; elsewhere most are
/// first-line managers.
fn level_for(domain: &str, i: usize) -> Level {
    match (domain, i % 4) {
        ("loviisa.example", 0) => Level::Top,
        ("loviisa.example", _) | (_, 0) => Level::Middle,
        _ => Level::FirstLine,
    }
}

struct Generated {
    next: usize,
}

impl Generated {
    /// Writes `n` managers of an organisation, a Swedish-speaking one every third in a
    /// bilingual organisation, and returns them as enrollees.
    async fn people(
        &mut self,
        store: &Store,
        domain: &str,
        n: usize,
        bilingual: bool,
    ) -> Result<Vec<Enrollee>> {
        let org_id = store
            .organisations()
            .organisation_of_domain(domain)
            .await?
            .ok_or(StoreError::NotFound)?;
        let mut new = Vec::new();
        for _ in 0..n {
            let k = self.next;
            self.next += 1;
            let swedish = bilingual && k.is_multiple_of(3);
            let (first, last, lang) = if swedish {
                (
                    FIRST_SV[k % FIRST_SV.len()],
                    LAST_SV[(k / FIRST_SV.len()) % LAST_SV.len()],
                    Lang::Sv,
                )
            } else {
                (
                    FIRST_FI[k % FIRST_FI.len()],
                    LAST_FI[(k / FIRST_FI.len() + k) % LAST_FI.len()],
                    Lang::Fi,
                )
            };
            let name = format!("{first} {last}");
            let email = format!("{}.{k}@{domain}", local_part(&name));
            new.push(NewUser {
                email: Email::parse(&email).map_err(invalid)?,
                name: PersonName::parse(&name).map_err(invalid)?,
                org_id,
                lang,
                roles: vec![Role::Manager],
                password: None,
            });
        }
        let ids = store
            .accounts()
            .create_users_without_passwords(&new)
            .await?;
        let people = ids
            .into_iter()
            .enumerate()
            .map(|(i, user_id)| Enrollee {
                user_id,
                sector: sector_for(domain, i),
                level: level_for(domain, i),
            })
            .collect();
        Ok(people)
    }
}

fn bilingual(domain: &str) -> bool {
    matches!(
        domain,
        "espoo.example" | "loviisa.example" | "hus.example" | "keva.example"
    )
}

fn date(y: i32, m: u32, d: u32) -> Result<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
        .ok_or_else(|| StoreError::BuiltInData(format!("no such date {y}-{m}-{d}")))
}

impl Store {
    pub(crate) async fn seed_demo_coaching(&self) -> Result<bool> {
        if self.setting(COACHING_SEEDED_KEY).await?.is_some() {
            return Ok(false);
        }
        let fcg = self
            .organisations()
            .organisation_of_domain("fcg.example")
            .await?
            .ok_or(StoreError::NotFound)?;
        let mut generated = Generated { next: 0 };

        // EKJ1, 2014–2016: the seeds' organisations, topics and certificates.
        let ekj1 = self
            .demo_cohort(
                "EKJ1",
                ("Uudistuva esimiesosaaminen kuntakonsernissa", "Ny chefskompetens inom kommunkoncernen"),
                fcg,
                (date(2014, 3, 1)?, date(2016, 2, 12)?),
                CohortStatus::Ended,
                (
                    "Kehittämisohjelma, jossa uusi johtamisvalmennuksen konsepti kehitettiin. Ensimmäiset EKJ-sertifikaatit jaettiin 12.2.2016.",
                    "Utvecklingsprogrammet där det nya coachningskonceptet utvecklades. De första EKJ-certifikaten delades ut 12.2.2016.",
                ),
            )
            .await?;
        for (domain, fi, sv, finished) in EKJ1 {
            self.demo_project(ekj1, domain, fi, sv, Vec::new()).await?;
            let people = generated
                .people(self, domain, *finished, bilingual(domain))
                .await?;
            self.coaching()
                .enrol(ekj1, &people, Enrolment::Confirmed, None)
                .await?;
        }
        for (i, (fi, sv)) in FORUM_THEMES.iter().enumerate() {
            let day = date(2014, 9, 15)? + Duration::days(120 * i as i64);
            self.demo_forum(ekj1, day, fi, sv, i, true).await?;
        }

        // EKJ2 and EKJ3: ended.
        let ekj2 = self
            .demo_cohort(
                "EKJ2",
                ("EKJ-johtamisvalmennus 2", "EKJ-ledarskapscoachning 2"),
                fcg,
                (date(2016, 11, 1)?, date(2017, 10, 31)?),
                CohortStatus::Ended,
                ("", ""),
            )
            .await?;
        for (domain, _, _, _) in EKJ1.iter().take(8) {
            self.demo_project(
                ekj2,
                domain,
                "Asiakaslähtöisen johtamisen kehittäminen",
                "Utveckling av kundorienterat ledarskap",
                Vec::new(),
            )
            .await?;
            let people = generated.people(self, domain, 6, bilingual(domain)).await?;
            self.coaching()
                .enrol(ekj2, &people, Enrolment::Confirmed, None)
                .await?;
        }
        let ekj3 = self
            .demo_cohort(
                "EKJ3",
                ("EKJ-johtamisvalmennus 3", "EKJ-ledarskapscoachning 3"),
                fcg,
                (date(2017, 11, 1)?, date(2018, 11, 1)?),
                CohortStatus::Ended,
                (
                    "Päättyi 1.11.2018 Kuntatalolla, jossa 89 esimiestä sai EKJ-sertifikaatin.",
                    "Tog slut 1.11.2018 med en tillställning i Kommunernas hus där 89 förmän fick EKJ-certifikat.",
                ),
            )
            .await?;
        for (i, (domain, _, _, _)) in EKJ1.iter().enumerate() {
            self.demo_project(
                ekj3,
                domain,
                "Strategisten tavoitteiden toteuttaminen vuorovaikutteisella, läpinäkyvällä ja osallistavalla johtamisella",
                "Genomförande av organisationens strategiska målsättningar genom interaktiv, transparent och deltagande ledning",
                Vec::new(),
            )
            .await?;
            let n = if i == EKJ1.len() - 1 { 5 } else { 7 };
            let people = generated.people(self, domain, n, bilingual(domain)).await?;
            self.coaching()
                .enrol(ekj3, &people, Enrolment::Confirmed, None)
                .await?;
        }

        // EKJ4 runs now: 74 managers from 10 organisations, the demo managers among
        // Espoo's, forums behind and ahead.
        let today = Utc::now().date_naive();
        let ekj4 = self
            .demo_cohort(
                "EKJ4",
                ("EKJ-johtamisvalmennus 4", "EKJ-ledarskapscoachning 4"),
                fcg,
                (today - Duration::days(45), today + Duration::days(320)),
                CohortStatus::Running,
                (
                    "Noin vuoden valmennus: viisi johtamisfoorumia, vertaisryhmät, välitehtävät ja oman organisaation kehittämishanke.",
                    "En coachning på ungefär ett år: fem ledarskapsforum, kamratgrupper, mellanuppgifter och ett utvecklingsprojekt i den egna organisationen.",
                ),
            )
            .await?;
        let ekj4_orgs: [(&str, usize); 10] = [
            ("espoo.example", 6),
            ("jamsa.example", 7),
            ("kouvola.example", 9),
            ("loviisa.example", 6),
            ("mikkeli.example", 7),
            ("pori.example", 9),
            ("riihimaki.example", 6),
            ("carea.example", 8),
            ("akseli.example", 7),
            ("hus.example", 7),
        ];
        for (domain, n) in ekj4_orgs {
            let mut people = generated.people(self, domain, n, bilingual(domain)).await?;
            if domain == "espoo.example" {
                for (email, sector) in [
                    ("manager.fi@espoo.example", Sector::Education),
                    ("manager.sv@espoo.example", Sector::SocialAndHealth),
                ] {
                    let person = self
                        .accounts()
                        .user_by_email(&Email::parse(email).map_err(invalid)?)
                        .await?
                        .ok_or(StoreError::NotFound)?;
                    // First, so that the demo managers answer for parts of the project.
                    people.insert(
                        0,
                        Enrollee {
                            user_id: person.id,
                            sector,
                            level: Level::FirstLine,
                        },
                    );
                }
            }
            let parts = if domain == "loviisa.example" || domain == "espoo.example" {
                LOVISA_PARTS
                    .iter()
                    .enumerate()
                    .map(|(i, (fi, sv))| PartInput {
                        title_fi: (*fi).to_owned(),
                        title_sv: (*sv).to_owned(),
                        result_goal: String::new(),
                        managers: vec![people[i % people.len()].user_id],
                    })
                    .collect()
            } else {
                Vec::new()
            };
            let (fi, sv) = if domain == "loviisa.example" {
                (
                    "Tuottavuusjohtaminen ja strategioiden jalkauttaminen ammattimaisen johtamisen avulla",
                    "Produktivitetsledning och omsättning av strategierna i praktiken med hjälp av professionell ledning",
                )
            } else {
                (
                    "Strategian jalkauttaminen ja johtamisjärjestelmän keventäminen",
                    "Omsättning av strategin i praktiken och ett lättare ledningssystem",
                )
            };
            let project = self.demo_project(ekj4, domain, fi, sv, parts).await?;
            self.coaching()
                .enrol(ekj4, &people, Enrolment::Confirmed, None)
                .await?;
            self.demo_progress(project, today).await?;
        }
        let mut first = None;
        for (i, (fi, sv)) in FORUM_THEMES.iter().enumerate() {
            let day = today + Duration::days(-30 + 70 * i as i64);
            let id = self.demo_forum(ekj4, day, fi, sv, i, false).await?;
            first.get_or_insert(id);
        }
        if let Some(forum) = first {
            self.demo_first_forum_held(ekj4, forum).await?;
        }
        self.demo_groups(ekj4, today).await?;
        self.set_setting(COACHING_SEEDED_KEY, &Utc::now().to_rfc3339())
            .await?;
        Ok(true)
    }

    /// EKJ4's peer groups as johto suggests them, the two demo managers in different
    /// ones, each group with a meeting next week.
    async fn demo_groups(&self, cohort_id: i32, today: NaiveDate) -> Result<()> {
        let coaching = self.coaching();
        coaching
            .form_suggested_groups(
                cohort_id,
                6,
                |n| format!("Vertaisryhmä {n} – Kamratgrupp {n}"),
                None,
            )
            .await?;
        let mut demo = Vec::new();
        for email in ["manager.fi@espoo.example", "manager.sv@espoo.example"] {
            let person = self
                .accounts()
                .user_by_email(&Email::parse(email).map_err(invalid)?)
                .await?
                .ok_or(StoreError::NotFound)?;
            demo.push(person.id);
        }
        let groups = coaching.groups(cohort_id).await?;
        let group_of = |user| groups.iter().position(|g| g.members.contains(&user));
        if let (Some(a), Some(b)) = (group_of(demo[0]), group_of(demo[1]))
            && a == b
        {
            let other = &groups[(a + 1) % groups.len()];
            coaching
                .move_to_group(cohort_id, demo[1], other.id, None)
                .await?;
        }
        for (i, group) in groups.iter().enumerate() {
            let day = (today + Duration::days(7 + i as i64 % 3))
                .format("%Y-%m-%d")
                .to_string();
            let at = domain::events::helsinki_time(&day, "14:00").map_err(invalid)?;
            coaching
                .add_meeting(
                    group.id,
                    at,
                    "https://meet.example/ekj4",
                    "Välitehtävän purku ja kuulumiset – Genomgång av mellanuppgiften",
                    None,
                )
                .await?;
        }
        Ok(())
    }

    async fn demo_cohort(
        &self,
        code: &str,
        (name_fi, name_sv): (&str, &str),
        provider_id: i32,
        (starts_on, ends_on): (NaiveDate, NaiveDate),
        status: CohortStatus,
        (description_fi, description_sv): (&str, &str),
    ) -> Result<i32> {
        self.coaching()
            .create_cohort(
                &CohortInput {
                    code: CohortCode::parse(code).map_err(invalid)?,
                    name_fi: name_fi.to_owned(),
                    name_sv: name_sv.to_owned(),
                    provider_id,
                    starts_on,
                    ends_on,
                    status,
                    forums: domain::coaching::FORUMS_BY_DEFAULT,
                    description_fi: description_fi.to_owned(),
                    description_sv: description_sv.to_owned(),
                    end_assessment_on: None,
                },
                None,
            )
            .await
    }

    async fn demo_project(
        &self,
        cohort_id: i32,
        domain: &str,
        title_fi: &str,
        title_sv: &str,
        parts: Vec<PartInput>,
    ) -> Result<i32> {
        let organisation_id = self
            .organisations()
            .organisation_of_domain(domain)
            .await?
            .ok_or(StoreError::NotFound)?;
        self.coaching()
            .add_organisation(
                cohort_id,
                &ProjectInput {
                    organisation_id,
                    title_fi: title_fi.to_owned(),
                    title_sv: title_sv.to_owned(),
                    goals: String::new(),
                    parts,
                },
                None,
            )
            .await
    }

    /// A progress log on the project's first two parts, as its managers wrote it.
    async fn demo_progress(&self, project_id: i32, today: NaiveDate) -> Result<()> {
        let Some(project) = self.coaching().projects_by_id(&[project_id]).await?.pop() else {
            return Ok(());
        };
        let entries = [
            (
                0,
                -30,
                "Nykyinen rakenne ja esimiesten vastuualueet kartoitettu johtoryhmässä.",
                Progress::OnTrack,
            ),
            (
                0,
                -8,
                "Ehdotus suuremmista yksiköistä lähetetty lausunnoille.",
                Progress::AtRisk,
            ),
            (
                1,
                -20,
                "Strategian päivitys käsitelty henkilöstöinfossa; kommentit koottu intranetiin.",
                Progress::Done,
            ),
        ];
        for (part, days, what, status) in entries {
            if let Some(part) = project.parts.get(part) {
                self.coaching()
                    .log_progress(
                        part.id,
                        today + Duration::days(days),
                        what,
                        status,
                        part.managers.first().copied(),
                    )
                    .await?;
            }
        }
        Ok(())
    }

    async fn demo_forum(
        &self,
        cohort_id: i32,
        day: NaiveDate,
        title_fi: &str,
        title_sv: &str,
        i: usize,
        historic: bool,
    ) -> Result<i32> {
        let day = day.format("%Y-%m-%d").to_string();
        let at = |time: &str| domain::events::helsinki_time(&day, time).map_err(invalid);
        let (fi_prefix, sv_prefix) = ("Johtamisfoorumi", "Ledarskapsforum");
        let input = EventInput {
            region: None,
            sessions: Vec::new(),
            kind: domain::EventKind::Forum,
            starts_at: at("09:00")?,
            ends_at: at("15:30")?,
            online_url: None,
            venue: "Kuntatalo, Toinen linja 14, Helsinki".to_owned(),
            capacity: Some(if historic { 200 } else { 90 }),
            registration_opens_at: None,
            registration_closes_at: None,
            organisation_id: None,
            invitees: None,
            theme_id: None,
            texts: vec![
                EventText {
                    lang: Lang::Fi,
                    title: format!("{fi_prefix} {}: {title_fi}", i + 1),
                    description: "Luentoja kumppaniyliopistoista, vertaisryhmätyöskentelyä ja organisaatioiden kehittämishankkeiden esittelyjä.".to_owned(),
                },
                EventText {
                    lang: Lang::Sv,
                    title: format!("{sv_prefix} {}: {title_sv}", i + 1),
                    description: "Föreläsningar från partneruniversiteten, arbete i kamratgrupper och presentationer av organisationernas utvecklingsprojekt.".to_owned(),
                },
            ],
        };
        let (name, affiliation) = LECTURERS[i % LECTURERS.len()];
        let id = self
            .coaching()
            .add_forum(
                cohort_id,
                &input,
                &[Lecturer {
                    name: name.to_owned(),
                    affiliation: affiliation.to_owned(),
                }],
                None,
            )
            .await?;
        self.events()
            .set_event_status(id, EventStatus::Published, None)
            .await?;
        Ok(id)
    }

    /// EKJ4's first forum is behind: most registered and came, and many answered the
    /// feedback form, so the cohort's reports have something to show.
    async fn demo_first_forum_held(&self, cohort_id: i32, forum: i32) -> Result<()> {
        let people: Vec<i32> = self
            .coaching()
            .participants(cohort_id)
            .await?
            .into_iter()
            .map(|p| p.user_id)
            .collect();
        let came: Vec<i32> = people.iter().copied().take(60).collect();
        for person in people.iter().take(66) {
            self.events().register(forum, *person).await?;
        }
        self.events().set_attendance(forum, &came).await?;
        let comments = [
            "Hyviä esimerkkejä muista kunnista.",
            "",
            "Vertaisryhmän keskustelu oli päivän paras osuus.",
            "Bra föreläsning, men för lite tid för diskussion.",
            "",
            "Luento olisi voinut olla lyhyempi.",
        ];
        let ratings = [4, 5, 4, 3, 5, 4, 4, 5, 2, 4];
        for (i, person) in came.iter().enumerate().take(48) {
            let rating = domain::Usefulness::parse(&ratings[i % ratings.len()].to_string())
                .map_err(invalid)?;
            self.events()
                .give_feedback(forum, *person, rating, comments[i % comments.len()])
                .await?;
        }
        Ok(())
    }
}
