//! The newsletters in the demo (`shared/seeds/002_*`: "During the year 21 newsletters
//! were sent."): the 21 newsletters of 2018 in Finnish and Swedish, sent and in the
//! archive, and a few hundred subscribers at example domains, confirmed over 2017–2018,
//! some of whom have left.

use chrono::{DateTime, Utc};
use domain::{Lang, newsletters::NewsletterState};
use sea_orm::{ActiveValue::Set, EntityTrait};

use crate::{
    Result, Store,
    demo_development::at,
    entity::{newsletter, newsletter_subscriber},
    random_token,
};

const SEEDED_KEY: &str = "demo_newsletters_seeded_at";

/// Subscribers in the demo.
const SUBSCRIBERS: usize = 320;

/// The year's newsletters: (month, day, Finnish subject, Swedish subject, Finnish
/// lead, Swedish lead).
const ISSUES: [(u32, u32, &str, &str, &str, &str); 21] = [
    (
        1,
        16,
        "Vuosi 2018 käynnistyy",
        "År 2018 startar",
        "Kehittämisohjelman palvelut ovat taas haettavissa.",
        "Utvecklingsprogrammets tjänster kan sökas igen.",
    ),
    (
        2,
        6,
        "Sparrauskierros on auki",
        "Sparringomgången är öppen",
        "Työpaikat voivat nyt hakea maksutonta sparrausta.",
        "Arbetsplatserna kan nu ansöka om avgiftsfri sparring.",
    ),
    (
        2,
        27,
        "Sisäisten kehittäjien koulutus alkaa",
        "Utbildningen för interna utvecklare börjar",
        "Seitsemän koulutusta eri puolilla Suomea.",
        "Sju utbildningar runt om i Finland.",
    ),
    (
        3,
        13,
        "Palvelumuotoilun työpaja Tampereella",
        "Workshop i tjänstedesign i Tammerfors",
        "Tule oppimaan asiakaslähtöistä kehittämistä.",
        "Kom och lär dig kundorienterad utveckling.",
    ),
    (
        3,
        29,
        "Kehittämisareenalle uusia ratkaisuja",
        "Nya lösningar på utvecklingsarenan",
        "Kymmenen uutta ratkaisua sosiaali- ja terveysalalta.",
        "Tio nya lösningar från social- och hälsovården.",
    ),
    (
        4,
        17,
        "Webinaari: digitalisaatio arjessa",
        "Webbinarium: digitalisering i vardagen",
        "Miten digitaaliset välineet tukevat työtä?",
        "Hur stöder digitala verktyg arbetet?",
    ),
    (
        5,
        3,
        "Työelämäbrunssi Helsingissä",
        "Arbetslivsbrunch i Helsingfors",
        "Aamupäivä työhyvinvoinnin parissa.",
        "En förmiddag om välbefinnande i arbetet.",
    ),
    (
        5,
        22,
        "Sparrauspäätökset on tehty",
        "Besluten om sparring är fattade",
        "Sparrausta myönnettiin kolmellekymmenelle työpaikalle.",
        "Sparring beviljades trettio arbetsplatser.",
    ),
    (
        6,
        7,
        "Kesän lukuvinkit",
        "Sommarens lästips",
        "Kokosimme hyviä lähteitä kesäksi.",
        "Vi samlade goda källor för sommaren.",
    ),
    (
        6,
        26,
        "Hyvää kesää!",
        "Trevlig sommar!",
        "Palaamme elokuussa uusien koulutusten kanssa.",
        "Vi återkommer i augusti med nya utbildningar.",
    ),
    (
        8,
        14,
        "Syksyn koulutukset",
        "Höstens utbildningar",
        "Ilmoittautuminen syksyn koulutuksiin on alkanut.",
        "Anmälan till höstens utbildningar har börjat.",
    ),
    (
        8,
        30,
        "Haastekampanja: Tulevaisuuden työpaikka",
        "Utmaningskampanj: Framtidens arbetsplats",
        "Kerro, miten työtä on uudistettu työpaikallanne.",
        "Berätta hur arbetet har förnyats på er arbetsplats.",
    ),
    (
        9,
        11,
        "Henkilöstölähtöinen tuloksellisuus",
        "Personalbaserad resultatförmåga",
        "Työpaja henkilöstön osallistamisesta.",
        "Workshop om delaktighet för personalen.",
    ),
    (
        9,
        25,
        "Kampanjaan on tullut ensimmäiset ratkaisut",
        "De första lösningarna i kampanjen",
        "Lue, mitä työpaikoilla on jo kokeiltu.",
        "Läs vad arbetsplatserna redan har prövat.",
    ),
    (
        10,
        9,
        "Webinaari: muutoksen johtaminen",
        "Webbinarium: att leda förändring",
        "Esihenkilön keinot muutoksen keskellä.",
        "Chefens verktyg mitt i förändringen.",
    ),
    (
        10,
        23,
        "Työelämäbrunssi Oulussa",
        "Arbetslivsbrunch i Uleåborg",
        "Tervetuloa keskustelemaan työn tulevaisuudesta.",
        "Välkommen att diskutera arbetets framtid.",
    ),
    (
        11,
        6,
        "Kampanja sulkeutuu kuun lopussa",
        "Kampanjen stänger i slutet av månaden",
        "Vielä ehtii mukaan haastekampanjaan.",
        "Ännu hinner ni delta i utmaningskampanjen.",
    ),
    (
        11,
        20,
        "KunTeko-päivät lähestyvät",
        "KunTeko-dagarna närmar sig",
        "Ohjelma ja ilmoittautuminen ovat avautuneet.",
        "Programmet och anmälan har öppnat.",
    ),
    (
        12,
        4,
        "Haastekampanjan parhaat ratkaisut",
        "Utmaningskampanjens bästa lösningar",
        "Kolme ratkaisua palkittiin sparrauspäivillä.",
        "Tre lösningar belönades med sparringdagar.",
    ),
    (
        12,
        13,
        "Vuoden 2018 luvut",
        "Siffrorna för år 2018",
        "Katsaus vuoden palveluihin ja niiden osallistujiin.",
        "En överblick över årets tjänster och deltagare.",
    ),
    (
        12,
        20,
        "Rauhallista joulua",
        "En fridfull jul",
        "Kiitos yhteisestä vuodesta!",
        "Tack för det gemensamma året!",
    ),
];

/// The next issue, a draft: subject and lead in Finnish and Swedish.
const DRAFT: (&str, &str, &str, &str) = (
    "Tammikuun uutiskirje: vuoden 2019 sparrauskierros",
    "Januaris nyhetsbrev: sparrningsomgången 2019",
    "Vuoden 2019 sparrauskierroksen haku alkaa tammikuussa. Kerromme, miten työpaikka hakee sparrauspäiviä ja mitä hakemukseen kannattaa kirjoittaa.",
    "Ansökan till sparrningsomgången 2019 börjar i januari. Vi berättar hur en arbetsplats ansöker om sparrningsdagar och vad ansökan bör innehålla.",
);

/// The subscribers' example domains.
const DOMAINS: [&str; 6] = [
    "kunta.example",
    "kaupunki.example",
    "sairaanhoitopiiri.example",
    "kuntayhtyma.example",
    "stad.example",
    "kommun.example",
];

fn body(lang: Lang, lead: &str) -> String {
    let (more, arena, events) = match lang {
        Lang::Sv => ("Läs mer:", "Utvecklingsarenan", "Evenemangen"),
        _ => ("Lue lisää:", "Kehittämisareena", "Tapahtumat"),
    };
    let code = lang.code();
    format!("{lead}\n\n## {more}\n\n- [{arena}](/{code}/solutions)\n- [{events}](/{code}/events)")
}

impl Store {
    pub(crate) async fn seed_demo_newsletters(&self) -> Result<bool> {
        if self.setting(SEEDED_KEY).await?.is_some() {
            return Ok(false);
        }
        let coordinator = self.demo_user("coordinator.fi@kt.example").await?;
        let txn = self.begin_write().await?;
        for (month, day, subject_fi, subject_sv, lead_fi, lead_sv) in ISSUES {
            let sent: DateTime<Utc> = at(2018, month, day, "09:00")?;
            newsletter::Entity::insert(newsletter::ActiveModel {
                subject_fi: Set(subject_fi.to_owned()),
                subject_sv: Set(subject_sv.to_owned()),
                body_fi: Set(body(Lang::Fi, lead_fi)),
                body_sv: Set(body(Lang::Sv, lead_sv)),
                state: Set(NewsletterState::Sent.as_str().to_owned()),
                editions: Set("fi,sv".to_owned()),
                scheduled_at: Set(None),
                started_at: Set(Some(sent)),
                sent_at: Set(Some(sent)),
                paused_reason: Set(String::new()),
                created_by: Set(Some(coordinator)),
                created_at: Set(sent),
                updated_at: Set(sent),
                ..Default::default()
            })
            .exec(&txn)
            .await?;
        }
        // The coordinator's draft of the next issue, not yet sent or scheduled.
        let drafted: DateTime<Utc> = at(2018, 12, 14, "10:00")?;
        newsletter::Entity::insert(newsletter::ActiveModel {
            subject_fi: Set(DRAFT.0.to_owned()),
            subject_sv: Set(DRAFT.1.to_owned()),
            body_fi: Set(body(Lang::Fi, DRAFT.2)),
            body_sv: Set(body(Lang::Sv, DRAFT.3)),
            state: Set(NewsletterState::Draft.as_str().to_owned()),
            editions: Set(String::new()),
            scheduled_at: Set(None),
            started_at: Set(None),
            sent_at: Set(None),
            paused_reason: Set(String::new()),
            created_by: Set(Some(coordinator)),
            created_at: Set(drafted),
            updated_at: Set(drafted),
            ..Default::default()
        })
        .exec(&txn)
        .await?;
        for n in 0..SUBSCRIBERS {
            // Every fourth reads Swedish; the first of them reads both.
            let langs: &[Lang] = match n % 4 {
                0 if n % 8 == 0 => &[Lang::Fi, Lang::Sv],
                0 => &[Lang::Sv],
                _ => &[Lang::Fi],
            };
            let month = u32::try_from(n % 24).unwrap_or(0);
            let confirmed = at(
                2017 + i32::from(month >= 12),
                1 + month % 12,
                1 + u32::try_from(n % 27).unwrap_or(0),
                "12:00",
            )?;
            let left = (n % 19 == 0).then(|| confirmed + chrono::Duration::days(120));
            for lang in langs {
                newsletter_subscriber::Entity::insert(newsletter_subscriber::ActiveModel {
                    email: Set(format!("tilaaja{n:03}@{}", DOMAINS[n % DOMAINS.len()])),
                    lang: Set(lang.code().to_owned()),
                    secret: Set(random_token()),
                    user_id: Set(None),
                    created_at: Set(confirmed),
                    confirmed_at: Set(Some(confirmed)),
                    consent_version: Set(domain::newsletters::CONSENT_VERSION.to_owned()),
                    unsubscribed_at: Set(left),
                    bouncing_at: Set(None),
                    ..Default::default()
                })
                .exec(&txn)
                .await?;
            }
        }
        txn.commit().await?;
        self.set_setting(SEEDED_KEY, &Utc::now().to_rfc3339())
            .await?;
        Ok(true)
    }
}
