//! The people who took part in 2018 (`shared/seeds/002_*`: "In 2018, 90 municipal
//! organisations and over 2,200 participants took part in the programme's
//! services"): 32 more organisations beside those of the sparring round and the
//! cohorts, the programme's webinars and regional workshops of 2018, and the managers
//! and developers of the organisations that took part registered to them and to the
//! seven courses. Nothing here is a figure: the statistics count these rows.

use chrono::{Duration, Utc};
use domain::{EventKind, EventStatus, Lang, OrgKind, OrgLanguages, Region, Role, Standing};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QuerySelect, sea_query::Expr,
};

use crate::{
    LiteralCondition, Result, Store,
    demo_coaching::{FIRST_FI, FIRST_SV, LAST_FI, LAST_SV, local_part},
    demo_development::{Generated, at},
    entity::{event, registration, sparring_application, user, user_role},
    events::{EventInput, EventText},
};

const PARTICIPATION_SEEDED_KEY: &str = "demo_participation_seeded_at";

pub(crate) fn more_organisation_count() -> usize {
    MORE_2018.len()
}

/// The organisations that took part in 2018 beside those already in the demo:
/// (Finnish name, Swedish name, kind, languages, domain, region).
const MORE_2018: &[Generated] = {
    use OrgKind::{JointMunicipalAuthority as Joint, Municipality as Town};
    use OrgLanguages::{Bilingual, Finnish, Swedish};
    &[
        (
            "Vantaan kaupunki",
            "Vanda stad",
            Town,
            Bilingual,
            "vantaa.example",
            Region::Uusimaa,
        ),
        (
            "Keravan kaupunki",
            "Kervo stad",
            Town,
            Bilingual,
            "kerava.example",
            Region::Uusimaa,
        ),
        (
            "Tuusulan kunta",
            "Tusby kommun",
            Town,
            Finnish,
            "tuusula.example",
            Region::Uusimaa,
        ),
        (
            "Nurmijärven kunta",
            "Nurmijärvi kommun",
            Town,
            Finnish,
            "nurmijarvi.example",
            Region::Uusimaa,
        ),
        (
            "Lohjan kaupunki",
            "Lojo stad",
            Town,
            Finnish,
            "lohja.example",
            Region::Uusimaa,
        ),
        (
            "Kaarinan kaupunki",
            "S:t Karins stad",
            Town,
            Finnish,
            "kaarina.example",
            Region::VarsinaisSuomi,
        ),
        (
            "Naantalin kaupunki",
            "Nådendals stad",
            Town,
            Finnish,
            "naantali.example",
            Region::VarsinaisSuomi,
        ),
        (
            "Ulvilan kaupunki",
            "Ulvsby stad",
            Town,
            Finnish,
            "ulvila.example",
            Region::Satakunta,
        ),
        (
            "Kankaanpään kaupunki",
            "Kankaanpää stad",
            Town,
            Finnish,
            "kankaanpaa.example",
            Region::Satakunta,
        ),
        (
            "Valkeakosken kaupunki",
            "Valkeakoski stad",
            Town,
            Finnish,
            "valkeakoski.example",
            Region::Pirkanmaa,
        ),
        (
            "Kangasalan kaupunki",
            "Kangasala stad",
            Town,
            Finnish,
            "kangasala.example",
            Region::Pirkanmaa,
        ),
        (
            "Heinolan kaupunki",
            "Heinola stad",
            Town,
            Finnish,
            "heinola.example",
            Region::PaijatHame,
        ),
        (
            "Orimattilan kaupunki",
            "Orimattila stad",
            Town,
            Finnish,
            "orimattila.example",
            Region::PaijatHame,
        ),
        (
            "Haminan kaupunki",
            "Fredrikshamns stad",
            Town,
            Finnish,
            "hamina.example",
            Region::Kymenlaakso,
        ),
        (
            "Imatran kaupunki",
            "Imatra stad",
            Town,
            Finnish,
            "imatra.example",
            Region::EtelaKarjala,
        ),
        (
            "Pieksämäen kaupunki",
            "Pieksämäki stad",
            Town,
            Finnish,
            "pieksamaki.example",
            Region::EtelaSavo,
        ),
        (
            "Siilinjärven kunta",
            "Siilinjärvi kommun",
            Town,
            Finnish,
            "siilinjarvi.example",
            Region::PohjoisSavo,
        ),
        (
            "Kiuruveden kaupunki",
            "Kiuruvesi stad",
            Town,
            Finnish,
            "kiuruvesi.example",
            Region::PohjoisSavo,
        ),
        (
            "Kiteen kaupunki",
            "Kides stad",
            Town,
            Finnish,
            "kitee.example",
            Region::PohjoisKarjala,
        ),
        (
            "Lieksan kaupunki",
            "Lieksa stad",
            Town,
            Finnish,
            "lieksa.example",
            Region::PohjoisKarjala,
        ),
        (
            "Äänekosken kaupunki",
            "Äänekoski stad",
            Town,
            Finnish,
            "aanekoski.example",
            Region::KeskiSuomi,
        ),
        (
            "Laukaan kunta",
            "Laukas kommun",
            Town,
            Finnish,
            "laukaa.example",
            Region::KeskiSuomi,
        ),
        (
            "Lapuan kaupunki",
            "Lappo stad",
            Town,
            Finnish,
            "lapua.example",
            Region::EtelaPohjanmaa,
        ),
        (
            "Kauhajoen kaupunki",
            "Kauhajoki stad",
            Town,
            Finnish,
            "kauhajoki.example",
            Region::EtelaPohjanmaa,
        ),
        (
            "Kaskisten kaupunki",
            "Kaskö stad",
            Town,
            Bilingual,
            "kaskinen.example",
            Region::Pohjanmaa,
        ),
        (
            "Kannuksen kaupunki",
            "Kannus stad",
            Town,
            Finnish,
            "kannus.example",
            Region::KeskiPohjanmaa,
        ),
        (
            "Raahen kaupunki",
            "Brahestads stad",
            Town,
            Finnish,
            "raahe.example",
            Region::PohjoisPohjanmaa,
        ),
        (
            "Ylivieskan kaupunki",
            "Ylivieska stad",
            Town,
            Finnish,
            "ylivieska.example",
            Region::PohjoisPohjanmaa,
        ),
        (
            "Sotkamon kunta",
            "Sotkamo kommun",
            Town,
            Finnish,
            "sotkamo.example",
            Region::Kainuu,
        ),
        (
            "Kemijärven kaupunki",
            "Kemijärvi stad",
            Town,
            Finnish,
            "kemijarvi.example",
            Region::Lappi,
        ),
        (
            "Maarianhaminan kaupunki",
            "Mariehamns stad",
            Town,
            Swedish,
            "mariehamn.example",
            Region::Ahvenanmaa,
        ),
        (
            "Päijät-Hämeen hyvinvointikuntayhtymä",
            "Samkommunen för välfärd i Päijänne-Tavastland",
            Joint,
            Finnish,
            "phhyky.example",
            Region::PaijatHame,
        ),
    ]
};

/// The programme's webinars of 2018: (month, day, Finnish title, Swedish title, people).
const WEBINARS_2018: &[(u32, u32, &str, &str, usize)] = &[
    (
        1,
        25,
        "Henkilöstölähtöinen tuloksellisuus",
        "Personalorienterad resultatutveckling",
        210,
    ),
    (
        2,
        22,
        "Kehittämiskumppanuus työpaikalla",
        "Utvecklingspartnerskap på arbetsplatsen",
        190,
    ),
    (
        3,
        22,
        "Työhyvinvointi ja tuottavuus",
        "Arbetshälsa och produktivitet",
        230,
    ),
    (
        4,
        19,
        "Digitalisaatio ja työn muutos",
        "Digitaliseringen och arbetets förändring",
        200,
    ),
    (5, 24, "Osallistava johtaminen", "Delaktigt ledarskap", 180),
    (
        8,
        30,
        "Kokeilukulttuuri kunnissa",
        "Försökskultur i kommunerna",
        170,
    ),
    (
        9,
        27,
        "Muutoksen johtaminen maakuntauudistuksessa",
        "Att leda förändring i landskapsreformen",
        220,
    ),
    (
        10,
        25,
        "Palkitseminen ja kannustaminen",
        "Belöning och sporrande",
        160,
    ),
    (
        11,
        22,
        "Tuloksellisuuden mittaaminen",
        "Att mäta resultat",
        150,
    ),
    (
        12,
        13,
        "Vuoden kehittämistarinat",
        "Årets utvecklingsberättelser",
        140,
    ),
];

/// The regional workshops of 2018: (month, day, city fi, city sv, region, people).
const WORKSHOPS_2018: &[(u32, u32, &str, &str, Region, usize)] = &[
    (2, 8, "Helsinki", "Helsingfors", Region::Uusimaa, 55),
    (3, 15, "Jyväskylä", "Jyväskylä", Region::KeskiSuomi, 45),
    (4, 12, "Kuopio", "Kuopio", Region::PohjoisSavo, 40),
    (5, 17, "Vaasa", "Vasa", Region::Pohjanmaa, 40),
    (9, 20, "Rovaniemi", "Rovaniemi", Region::Lappi, 35),
    (10, 11, "Lahti", "Lahtis", Region::PaijatHame, 45),
    (11, 8, "Joensuu", "Joensuu", Region::PohjoisKarjala, 40),
    (11, 29, "Seinäjoki", "Seinäjoki", Region::EtelaPohjanmaa, 40),
];

/// How many managers and developers of the organisations took part in 2018's events.
const PEOPLE_2018: usize = 2_250;

fn webinar_texts(fi: &str, sv: &str) -> Vec<EventText> {
    vec![
        EventText {
            lang: Lang::Fi,
            title: format!("KunTeko-webinaari: {fi}"),
            description: format!(
                "Tunnin webinaari kunta-alan työpaikkojen kehittäjille ja esihenkilöille: {}. \
                 Esimerkkejä kunnista ja aikaa kysymyksille.",
                fi.to_lowercase()
            ),
        },
        EventText {
            lang: Lang::Sv,
            title: format!("KunTeko-webbinarium: {sv}"),
            description: format!(
                "Ett webbinarium på en timme för utvecklare och chefer på kommunala \
                 arbetsplatser: {}. Exempel från kommunerna och tid för frågor.",
                sv.to_lowercase()
            ),
        },
    ]
}

fn workshop_texts(fi: &str, sv: &str) -> Vec<EventText> {
    vec![
        EventText {
            lang: Lang::Fi,
            title: format!("KunTeko-alueellinen työpaja, {fi}"),
            description: "Puolen päivän työpaja, jossa alueen kunnat suunnittelevat omaa \
                kehittämishankettaan ja vaihtavat kokemuksia sparrauksesta."
                .to_owned(),
        },
        EventText {
            lang: Lang::Sv,
            title: format!("KunTeko regional workshop, {sv}"),
            description: "En workshop på en halv dag där kommunerna i regionen planerar sina \
                egna utvecklingsprojekt och utbyter erfarenheter av sparringen."
                .to_owned(),
        },
    ]
}

impl Store {
    pub(crate) async fn seed_demo_participation(&self) -> Result<bool> {
        if self.setting(PARTICIPATION_SEEDED_KEY).await?.is_some() {
            return Ok(false);
        }
        // The organisations of the 2018 sparring round took part, and these others.
        let round_2018_opened = at(2018, 1, 1, "00:00")?;
        let round_2018_closed = at(2019, 1, 1, "00:00")?;
        let mut orgs: Vec<(i32, OrgLanguages, String)> = Vec::new();
        let applicants: Vec<i32> = sparring_application::Entity::find()
            .select_only()
            .column(sparring_application::Column::OrganisationId)
            .filter(sparring_application::Column::SubmittedAt.gte(round_2018_opened))
            .filter(sparring_application::Column::SubmittedAt.lt(round_2018_closed))
            .into_tuple()
            .all(&self.db)
            .await?;
        for id in applicants {
            if let Some(o) = self.organisations().organisation(id).await? {
                let domain = o.domains.first().cloned().unwrap_or_default();
                if !domain.is_empty() {
                    orgs.push((o.id, o.languages, domain));
                }
            }
        }
        let made = self.create_generated(MORE_2018, 640_000, 5_113).await?;
        for (id, (_, _, _, languages, domain, _)) in made.into_iter().zip(MORE_2018) {
            orgs.push((id, *languages, (*domain).to_owned()));
        }

        let events = self.demo_events_2018().await?;
        let people = self.demo_people_2018(&orgs).await?;

        // Every event takes its people in turn from the list, round and round: so
        // nearly everyone came once, and the first ones came again later in the year.
        let mut next = 0;
        let now = Utc::now();
        let txn = self.begin_write().await?;
        for (event_id, starts_at, wanted) in events {
            let mut rows = Vec::new();
            for n in 0..wanted {
                let person = people[next % people.len()];
                next += 1;
                rows.push(registration::ActiveModel {
                    event_id: Set(event_id),
                    user_id: Set(person),
                    standing: Set(Standing::Confirmed.as_str().to_owned()),
                    queued_at: Set(starts_at - Duration::days(14)),
                    confirmed_at: Set(Some(starts_at - Duration::days(14))),
                    cancelled_at: Set(None),
                    // One in ten did not come.
                    attended: Set(n % 10 != 3),
                    feedback_asked_at: Set(Some(now)),
                    ..Default::default()
                });
            }
            for chunk in rows.chunks(300) {
                registration::Entity::insert_many(chunk.to_vec())
                    .exec(&txn)
                    .await?;
            }
            event::Entity::update_many()
                .col_expr(
                    event::Column::Taken,
                    Expr::value(i32::try_from(wanted).unwrap_or(i32::MAX)),
                )
                .filter(event::Column::Id.eq(event_id))
                .filter(event::Column::Capacity.is_not_null())
                .exec(&txn)
                .await?;
        }
        txn.commit().await?;
        self.set_setting(PARTICIPATION_SEEDED_KEY, &Utc::now().to_rfc3339())
            .await?;
        Ok(true)
    }

    /// 2018's webinars and workshops, made and published, and the seven courses
    /// already there: (event, its start, how many registered).
    async fn demo_events_2018(&self) -> Result<Vec<(i32, chrono::DateTime<Utc>, usize)>> {
        let mut made = Vec::new();
        for (month, day, fi, sv, people) in WEBINARS_2018 {
            let starts_at = at(2018, *month, *day, "13:00")?;
            made.push((
                EventInput {
                    online_url: Some("https://webinaari.example/kunteko".to_owned()),
                    ..EventInput::for_everyone(
                        EventKind::Webinar,
                        starts_at,
                        starts_at + Duration::hours(1),
                        webinar_texts(fi, sv),
                    )
                },
                *people,
            ));
        }
        for (month, day, fi, sv, region, people) in WORKSHOPS_2018 {
            let starts_at = at(2018, *month, *day, "09:00")?;
            made.push((
                EventInput {
                    venue: format!("{fi}, kaupungintalo"),
                    capacity: Some(60),
                    region: Some(*region),
                    ..EventInput::for_everyone(
                        EventKind::Workshop,
                        starts_at,
                        starts_at + Duration::hours(4),
                        workshop_texts(fi, sv),
                    )
                },
                *people,
            ));
        }
        let mut events = Vec::new();
        for (input, people) in made {
            let id = self.events().create_event(&input, None).await?;
            self.events()
                .set_event_status(id, EventStatus::Published, None)
                .await?;
            events.push((id, input.starts_at, people));
        }
        let courses: Vec<(i32, chrono::DateTime<Utc>, Option<i32>)> = event::Entity::find()
            .select_only()
            .columns([
                event::Column::Id,
                event::Column::StartsAt,
                event::Column::Capacity,
            ])
            .filter(event::Column::Kind.eq_literal(EventKind::Training.as_str()))
            .filter(event::Column::StartsAt.gte(at(2018, 1, 1, "00:00")?))
            .filter(event::Column::StartsAt.lt(at(2019, 1, 1, "00:00")?))
            .into_tuple()
            .all(&self.db)
            .await?;
        for (id, starts_at, capacity) in courses {
            let seats = usize::try_from(capacity.unwrap_or(24)).unwrap_or(24);
            events.push((id, starts_at, seats));
        }
        Ok(events)
    }

    /// The managers and developers of the organisations, in turn; no passwords, so
    /// they cannot sign in.
    async fn demo_people_2018(&self, orgs: &[(i32, OrgLanguages, String)]) -> Result<Vec<i32>> {
        let created_at = at(2018, 1, 2, "08:00")?;
        let mut rows = Vec::new();
        for i in 0..PEOPLE_2018 {
            let (org, languages, domain) = &orgs[i % orgs.len()];
            let swedish = match languages {
                OrgLanguages::Swedish => true,
                OrgLanguages::Bilingual => i % 3 == 0,
                OrgLanguages::Finnish => false,
            };
            let name = if swedish {
                format!(
                    "{} {}",
                    FIRST_SV[i % FIRST_SV.len()],
                    LAST_SV[(i / FIRST_SV.len()) % LAST_SV.len()]
                )
            } else {
                format!(
                    "{} {}",
                    FIRST_FI[i % FIRST_FI.len()],
                    LAST_FI[(i / FIRST_FI.len()) % LAST_FI.len()]
                )
            };
            // Numbered from 10,000, apart from the cohorts' people (`name.0@…`).
            rows.push(user::ActiveModel {
                email: Set(format!("{}.{}@{domain}", local_part(&name), 10_000 + i)),
                name: Set(name),
                organisation_id: Set(*org),
                lang: Set(if swedish { Lang::Sv } else { Lang::Fi }.code().to_owned()),
                password_hash: Set(None),
                disabled: Set(false),
                failed_logins: Set(0),
                locked_until: Set(None),
                created_at: Set(created_at),
                ..Default::default()
            });
        }
        let txn = self.begin_write().await?;
        let mut ids = Vec::new();
        for chunk in rows.chunks(300) {
            let made = user::Entity::insert_many(chunk.to_vec())
                .exec_with_returning(&txn)
                .await?;
            ids.extend(made.into_iter().map(|u| u.id));
        }
        for chunk in ids.chunks(500) {
            user_role::Entity::insert_many(chunk.iter().map(|id| user_role::ActiveModel {
                user_id: Set(*id),
                role: Set(Role::Manager.as_str().to_owned()),
            }))
            .exec(&txn)
            .await?;
        }
        txn.commit().await?;
        Ok(ids)
    }
}
