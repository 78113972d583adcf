//! The KunTeko programme's trainings for internal developers in the demo
//! (`shared/seeds/002_*`: "seven trainings for internal developers started around
//! Finland"): the seven courses of 2018, each of three days a month apart in its own
//! region, and one course ahead that the demo's people can register for.

use chrono::{Datelike, Duration, NaiveDate, Utc};
use domain::{EventKind, EventStatus, Lang, Region, events::Session};

use crate::{
    Result, Store, StoreError,
    events::{EventInput, EventText},
};

/// A course of 2018: its city in Finnish and Swedish, the venue and its region, and
/// the first day (month, day); the others follow four and eight weeks later.
struct Course {
    city: (&'static str, &'static str),
    venue: &'static str,
    region: Region,
    first: (u32, u32),
}

const fn course_2018(
    city: (&'static str, &'static str),
    venue: &'static str,
    region: Region,
    first: (u32, u32),
) -> Course {
    Course {
        city,
        venue,
        region,
        first,
    }
}

const COURSES_2018: &[Course] = &[
    course_2018(
        ("Helsinki", "Helsingfors"),
        "Kuntatalo, Toinen linja 14",
        Region::Uusimaa,
        (9, 4),
    ),
    course_2018(
        ("Tampere", "Tammerfors"),
        "Tampere-talo, Yliopistonkatu 55",
        Region::Pirkanmaa,
        (9, 6),
    ),
    course_2018(
        ("Oulu", "Uleåborg"),
        "Oulun kaupungintalo, Kirkkokatu 2",
        Region::PohjoisPohjanmaa,
        (9, 11),
    ),
    course_2018(
        ("Turku", "Åbo"),
        "Turun kaupungintalo, Aurakatu 2",
        Region::VarsinaisSuomi,
        (9, 13),
    ),
    course_2018(
        ("Kuopio", "Kuopio"),
        "Kuopion kaupungintalo, Tulliportinkatu 31",
        Region::PohjoisSavo,
        (9, 18),
    ),
    course_2018(
        ("Jyväskylä", "Jyväskylä"),
        "Jyväskylän kaupungintalo, Vapaudenkatu 32",
        Region::KeskiSuomi,
        (9, 20),
    ),
    course_2018(
        ("Vaasa", "Vasa"),
        "Vaasan kaupungintalo, Kirkkopuistikko 26",
        Region::Pohjanmaa,
        (9, 25),
    ),
];

fn texts(city_fi: &str, city_sv: &str, year: i32) -> Vec<EventText> {
    vec![
        EventText {
            lang: Lang::Fi,
            title: format!("Sisäisten kehittäjien koulutus {year}, {city_fi}"),
            description: "Kolmen päivän kurssi kunta-alan työpaikkojen sisäisille kehittäjille: \
                kehittämisen menetelmät, henkilöstölähtöinen tuloksellisuus ja oman \
                kehittämishankkeen suunnittelu. Yksi ilmoittautuminen koskee kaikkia kolmea \
                päivää; päivien välillä kokeillaan opittua omalla työpaikalla."
                .to_owned(),
        },
        EventText {
            lang: Lang::Sv,
            title: format!("Utbildning för interna utvecklare {year}, {city_sv}"),
            description: "En kurs på tre dagar för de interna utvecklarna på kommunala \
                arbetsplatser: utvecklingsmetoder, personalorienterad resultatutveckling och \
                planering av det egna utvecklingsprojektet. En anmälan gäller alla tre dagar; \
                mellan dagarna prövas det man lärt sig på den egna arbetsplatsen."
                .to_owned(),
        },
    ]
}

/// Three days four weeks apart, 9.00–15.30 in Helsinki whatever the clocks do, from
/// `first`.
fn three_days(first: NaiveDate) -> Result<Vec<Session>> {
    (0..3)
        .map(|i| {
            let day = first + Duration::weeks(4 * i);
            let at = |time| crate::demo_development::at(day.year(), day.month(), day.day(), time);
            Ok(Session {
                starts_at: at("09:00")?,
                ends_at: at("15:30")?,
            })
        })
        .collect()
}

fn course(
    (city_fi, city_sv): (&str, &str),
    venue: &str,
    region: Region,
    sessions: Vec<Session>,
    year: i32,
) -> EventInput {
    EventInput {
        kind: EventKind::Training,
        starts_at: sessions[0].starts_at,
        ends_at: sessions[sessions.len() - 1].ends_at,
        online_url: None,
        venue: venue.to_owned(),
        capacity: Some(24),
        registration_opens_at: None,
        registration_closes_at: None,
        organisation_id: None,
        invitees: None,
        theme_id: None,
        texts: texts(city_fi, city_sv, year),
        region: Some(region),
        sessions,
    }
}

impl Store {
    pub(crate) async fn seed_demo_trainings(&self) -> Result<()> {
        let mut courses = Vec::new();
        for c in COURSES_2018 {
            let (month, day) = c.first;
            let first = NaiveDate::from_ymd_opt(2018, month, day).ok_or_else(|| {
                StoreError::BuiltInData(format!("no such date 2018-{month}-{day}"))
            })?;
            courses.push(course(c.city, c.venue, c.region, three_days(first)?, 2018));
        }
        // The next Tampere course begins five weeks from the demo's first start.
        let first = (Utc::now() + Duration::weeks(5)).date_naive();
        let tampere = &COURSES_2018[1];
        courses.push(course(
            tampere.city,
            tampere.venue,
            tampere.region,
            three_days(first)?,
            first.year(),
        ));
        for input in courses {
            let id = self.events().create_event(&input, None).await?;
            self.events()
                .set_event_status(id, EventStatus::Published, None)
                .await?;
        }
        Ok(())
    }
}
