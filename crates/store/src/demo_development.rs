//! The KunTeko programme's sparring in the demo (`shared/seeds/002_*`): the 2018 round,
//! to which 53 organisations applied for more days than its pool held, scored by the
//! programme office's reviewers (one abstaining, one recused for a conflict of interest
//! and replaced), decided and frozen, its letters written, one reconsideration asked
//! and answered and the first sparring days held; and the 2019 round, open now. Most
//! applicants are organisations generated for the demo, with the names of real
//! municipalities and joint authorities and business IDs whose check digit holds.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use domain::{
    EmailDomain, Lang, OrgKind, OrgLanguages, OrgName, Region,
    development::{MAX_DAYS_BY_DEFAULT, ReviewStatus, allocate},
};

use crate::{
    NewOrganisation, Result, Store, StoreError,
    demo::invalid,
    demo_coaching::{FIRST_FI, FIRST_SV, LAST_FI, LAST_SV, local_part},
    development::{ApplicationInput, CriterionInput, RoundInput},
};

const DEVELOPMENT_SEEDED_KEY: &str = "demo_development_seeded_at";

pub(crate) fn generated_organisation_count() -> usize {
    APPLICANTS.len()
}

/// The organisations generated for the demo's applications: (Finnish name, Swedish
/// name, kind, languages, domain, region).
const APPLICANTS: &[Generated] = {
    use OrgKind::{JointMunicipalAuthority as Joint, Municipality as Town};
    use OrgLanguages::{Bilingual, Finnish};
    &[
        (
            "Hämeenlinnan kaupunki",
            "Tavastehus stad",
            Town,
            Finnish,
            "hameenlinna.example",
            Region::KantaHame,
        ),
        (
            "Tampereen kaupunki",
            "Tammerfors stad",
            Town,
            Finnish,
            "tampere.example",
            Region::Pirkanmaa,
        ),
        (
            "Oulun kaupunki",
            "Uleåborgs stad",
            Town,
            Finnish,
            "oulu.example",
            Region::PohjoisPohjanmaa,
        ),
        (
            "Turun kaupunki",
            "Åbo stad",
            Town,
            Bilingual,
            "turku.example",
            Region::VarsinaisSuomi,
        ),
        (
            "Kuopion kaupunki",
            "Kuopio stad",
            Town,
            Finnish,
            "kuopio.example",
            Region::PohjoisSavo,
        ),
        (
            "Jyväskylän kaupunki",
            "Jyväskylä stad",
            Town,
            Finnish,
            "jyvaskyla.example",
            Region::KeskiSuomi,
        ),
        (
            "Vaasan kaupunki",
            "Vasa stad",
            Town,
            Bilingual,
            "vaasa.example",
            Region::Pohjanmaa,
        ),
        (
            "Lahden kaupunki",
            "Lahtis stad",
            Town,
            Finnish,
            "lahti.example",
            Region::PaijatHame,
        ),
        (
            "Joensuun kaupunki",
            "Joensuu stad",
            Town,
            Finnish,
            "joensuu.example",
            Region::PohjoisKarjala,
        ),
        (
            "Rovaniemen kaupunki",
            "Rovaniemi stad",
            Town,
            Finnish,
            "rovaniemi.example",
            Region::Lappi,
        ),
        (
            "Kajaanin kaupunki",
            "Kajana stad",
            Town,
            Finnish,
            "kajaani.example",
            Region::Kainuu,
        ),
        (
            "Seinäjoen kaupunki",
            "Seinäjoki stad",
            Town,
            Finnish,
            "seinajoki.example",
            Region::EtelaPohjanmaa,
        ),
        (
            "Kokkolan kaupunki",
            "Karleby stad",
            Town,
            Bilingual,
            "kokkola.example",
            Region::KeskiPohjanmaa,
        ),
        (
            "Lappeenrannan kaupunki",
            "Villmanstrands stad",
            Town,
            Finnish,
            "lappeenranta.example",
            Region::EtelaKarjala,
        ),
        (
            "Savonlinnan kaupunki",
            "Nyslotts stad",
            Town,
            Finnish,
            "savonlinna.example",
            Region::EtelaSavo,
        ),
        (
            "Kotkan kaupunki",
            "Kotka stad",
            Town,
            Finnish,
            "kotka.example",
            Region::Kymenlaakso,
        ),
        (
            "Porvoon kaupunki",
            "Borgå stad",
            Town,
            Bilingual,
            "porvoo.example",
            Region::Uusimaa,
        ),
        (
            "Raaseporin kaupunki",
            "Raseborgs stad",
            Town,
            Bilingual,
            "raasepori.example",
            Region::Uusimaa,
        ),
        (
            "Kirkkonummen kunta",
            "Kyrkslätts kommun",
            Town,
            Bilingual,
            "kirkkonummi.example",
            Region::Uusimaa,
        ),
        (
            "Salon kaupunki",
            "Salo stad",
            Town,
            Finnish,
            "salo.example",
            Region::VarsinaisSuomi,
        ),
        (
            "Rauman kaupunki",
            "Raumo stad",
            Town,
            Finnish,
            "rauma.example",
            Region::Satakunta,
        ),
        (
            "Forssan kaupunki",
            "Forssa stad",
            Town,
            Finnish,
            "forssa.example",
            Region::KantaHame,
        ),
        (
            "Hyvinkään kaupunki",
            "Hyvinge stad",
            Town,
            Finnish,
            "hyvinkaa.example",
            Region::Uusimaa,
        ),
        (
            "Nokian kaupunki",
            "Nokia stad",
            Town,
            Finnish,
            "nokia.example",
            Region::Pirkanmaa,
        ),
        (
            "Ylöjärven kaupunki",
            "Ylöjärvi stad",
            Town,
            Finnish,
            "ylojarvi.example",
            Region::Pirkanmaa,
        ),
        (
            "Kemin kaupunki",
            "Kemi stad",
            Town,
            Finnish,
            "kemi.example",
            Region::Lappi,
        ),
        (
            "Tornion kaupunki",
            "Torneå stad",
            Town,
            Finnish,
            "tornio.example",
            Region::Lappi,
        ),
        (
            "Iisalmen kaupunki",
            "Idensalmi stad",
            Town,
            Finnish,
            "iisalmi.example",
            Region::PohjoisSavo,
        ),
        (
            "Varkauden kaupunki",
            "Varkaus stad",
            Town,
            Finnish,
            "varkaus.example",
            Region::PohjoisSavo,
        ),
        (
            "Pietarsaaren kaupunki",
            "Jakobstads stad",
            Town,
            Bilingual,
            "pietarsaari.example",
            Region::Pohjanmaa,
        ),
        (
            "Kristiinankaupungin kaupunki",
            "Kristinestads stad",
            Town,
            Bilingual,
            "kristiinankaupunki.example",
            Region::Pohjanmaa,
        ),
        (
            "Uudenkaupungin kaupunki",
            "Nystads stad",
            Town,
            Finnish,
            "uusikaupunki.example",
            Region::VarsinaisSuomi,
        ),
        (
            "Sipoon kunta",
            "Sibbo kommun",
            Town,
            Bilingual,
            "sipoo.example",
            Region::Uusimaa,
        ),
        (
            "Paraisten kaupunki",
            "Pargas stad",
            Town,
            Bilingual,
            "parainen.example",
            Region::VarsinaisSuomi,
        ),
        (
            "Mustasaaren kunta",
            "Korsholms kommun",
            Town,
            Bilingual,
            "mustasaari.example",
            Region::Pohjanmaa,
        ),
        (
            "Närpiön kaupunki",
            "Närpes stad",
            Town,
            Bilingual,
            "narpio.example",
            Region::Pohjanmaa,
        ),
        (
            "Kuusamon kaupunki",
            "Kuusamo stad",
            Town,
            Finnish,
            "kuusamo.example",
            Region::PohjoisPohjanmaa,
        ),
        (
            "Sodankylän kunta",
            "Sodankylä kommun",
            Town,
            Finnish,
            "sodankyla.example",
            Region::Lappi,
        ),
        (
            "Kainuun sosiaali- ja terveydenhuollon kuntayhtymä",
            "Samkommunen för social- och hälsovården i Kajanaland",
            Joint,
            Finnish,
            "kainuunsote.example",
            Region::Kainuu,
        ),
        (
            "Etelä-Savon sairaanhoitopiirin kuntayhtymä",
            "Samkommunen Södra Savolax sjukvårdsdistrikt",
            Joint,
            Finnish,
            "essote.example",
            Region::EtelaSavo,
        ),
        (
            "Keski-Pohjanmaan erikoissairaanhoito- ja peruspalvelukuntayhtymä",
            "Samkommunen för specialsjukvård och primärvård i Mellersta Österbotten",
            Joint,
            Bilingual,
            "soite.example",
            Region::KeskiPohjanmaa,
        ),
        (
            "Pohjois-Karjalan koulutuskuntayhtymä",
            "Samkommunen för utbildning i Norra Karelen",
            Joint,
            Finnish,
            "pkky.example",
            Region::PohjoisKarjala,
        ),
        (
            "Helsingin seudun ympäristöpalvelut -kuntayhtymä",
            "Samkommunen Helsingforsregionens miljötjänster",
            Joint,
            Bilingual,
            "hsy.example",
            Region::Uusimaa,
        ),
    ]
};

/// The applicants that write in Swedish.
const SWEDISH_SPEAKING: &[&str] = &[
    "loviisa.example",
    "raasepori.example",
    "pietarsaari.example",
    "kristiinankaupunki.example",
    "parainen.example",
    "mustasaari.example",
    "narpio.example",
];

/// The demo organisations that applied too.
const DEMO_APPLICANTS: &[&str] = &[
    "espoo.example",
    "jamsa.example",
    "jarvenpaa.example",
    "kouvola.example",
    "loviisa.example",
    "mikkeli.example",
    "mantyharju.example",
    "pori.example",
    "riihimaki.example",
    "hus.example",
];

/// What the workplaces want to develop: (Finnish, Swedish, workplace in Finnish, in Swedish).
const AIMS: &[(&str, &str, &str, &str)] = &[
    (
        "Haluamme kehittää kotihoidon tiimien työnjakoa niin, että asiakkaan luona vietetty aika kasvaa ja kiire vähenee. Henkilöstö on itse nostanut esiin päällekkäisen kirjaamisen ja epäselvät vastuut.",
        "Vi vill utveckla arbetsfördelningen i hemvårdens team så att tiden hos klienten ökar och brådskan minskar. Personalen har själv lyft fram dubbel dokumentation och oklara ansvar.",
        "Kotihoito",
        "Hemvården",
    ),
    (
        "Varhaiskasvatuksen yksiköiden yhteinen toimintakulttuuri: uusien toimintatapojen juurruttaminen yhdistymisen jälkeen ja henkilöstön osallistaminen suunnitteluun.",
        "En gemensam verksamhetskultur för småbarnspedagogikens enheter: att förankra nya arbetssätt efter sammanslagningen och att låta personalen delta i planeringen.",
        "Varhaiskasvatus",
        "Småbarnspedagogiken",
    ),
    (
        "Asiakaspalvelupisteen palvelumuotoilu: asiakkaiden polut digitaalisiin palveluihin ja henkilöstön osaaminen niiden tukemisessa.",
        "Servicedesign för kundtjänsten: kundernas vägar till de digitala tjänsterna och personalens kunnande att stödja dem.",
        "Asiakaspalvelupiste",
        "Kundtjänsten",
    ),
    (
        "Teknisen toimen työhyvinvointi ja tuloksellisuus: henkilöstölähtöinen kehittäminen, palaverikäytännöt ja palautteen antaminen.",
        "Arbetsvälbefinnande och resultat inom den tekniska sektorn: personalbaserad utveckling, mötespraxis och att ge respons.",
        "Tekninen toimi",
        "Tekniska sektorn",
    ),
    (
        "Sosiaalityön vastaanoton prosessin sujuvoittaminen ja jonojen purkaminen yhdessä henkilöstön ja asiakkaiden kanssa.",
        "Att smidiggöra mottagningsprocessen inom socialarbetet och avveckla köerna tillsammans med personalen och klienterna.",
        "Sosiaalityö",
        "Socialarbetet",
    ),
    (
        "Koulun ja nuorisotyön yhteistyön kehittäminen: yhteinen suunnittelu, tiedonkulku ja työparityöskentely.",
        "Att utveckla samarbetet mellan skolan och ungdomsarbetet: gemensam planering, informationsgång och arbete i par.",
        "Perusopetus ja nuorisopalvelut",
        "Grundläggande utbildning och ungdomstjänster",
    ),
    (
        "Ruokapalveluiden vuorosuunnittelu ja työn kuormituksen tasaaminen; kokeilukulttuurin vahvistaminen keittiöissä.",
        "Skiftplaneringen inom kosttjänsterna och en jämnare arbetsbelastning; en starkare försökskultur i köken.",
        "Ruokapalvelut",
        "Kosttjänsterna",
    ),
    (
        "Päivystyksen ja osastojen välisen potilassiirron käytännöt ja yhteinen tilannekuva.",
        "Rutinerna för patientförflyttning mellan jouren och avdelningarna och en gemensam lägesbild.",
        "Päivystys",
        "Jouren",
    ),
];

/// Invented sparrers from the programme's tendered list: (name, company, areas).
const SPARRERS: &[(&str, &str, &str)] = &[
    (
        "Tuula Rinne",
        "Työyhteisökehitys Rinne Oy",
        "palvelumuotoilu, tiimityö / servicedesign, teamarbete",
    ),
    (
        "Mats Holmberg",
        "Holmberg & Co Ab",
        "muutosjohtaminen, kaksikielisyys / förändringsledning, tvåspråkighet",
    ),
    (
        "Päivi Saarinen",
        "Saarinen Consulting Oy",
        "tuloksellisuus, prosessit / resultat, processer",
    ),
    (
        "Kari Huttunen",
        "Huttunen Sparraus Oy",
        "työhyvinvointi, vuorovaikutus / arbetsvälbefinnande, kommunikation",
    ),
    (
        "Linda Ek",
        "Ek Utveckling Ab",
        "digitalisaatio, osallisuus / digitalisering, delaktighet",
    ),
];

/// (Finnish, Swedish, weight, anchors 1–5 in Finnish, in Swedish)
type Criterion = (
    &'static str,
    &'static str,
    i32,
    [&'static str; 5],
    [&'static str; 5],
);

const RUBRIC: &[Criterion] = &[
    (
        "Kehittämistarpeen selkeys",
        "Utvecklingsbehovets tydlighet",
        3,
        [
            "Tarvetta ei ole kuvattu.",
            "Tarve on yleisellä tasolla.",
            "Tarve on kuvattu, tavoite jää avoimeksi.",
            "Tarve ja tavoite on kuvattu.",
            "Tarve, tavoite ja mittarit on kuvattu selvästi.",
        ],
        [
            "Behovet är inte beskrivet.",
            "Behovet är allmänt hållet.",
            "Behovet är beskrivet, målet är öppet.",
            "Behovet och målet är beskrivna.",
            "Behovet, målet och mätarna är tydligt beskrivna.",
        ],
    ),
    (
        "Henkilöstön osallisuus",
        "Personalens delaktighet",
        2,
        [
            "Henkilöstö ei osallistu.",
            "Henkilöstölle tiedotetaan.",
            "Henkilöstöä kuullaan.",
            "Henkilöstö suunnittelee mukana.",
            "Henkilöstö on aloitteen tekijä ja vetää kehittämistä.",
        ],
        [
            "Personalen deltar inte.",
            "Personalen informeras.",
            "Personalen hörs.",
            "Personalen är med och planerar.",
            "Personalen har tagit initiativet och leder utvecklingen.",
        ],
    ),
    (
        "Vaikuttavuus ja levitettävyys",
        "Effekt och spridbarhet",
        1,
        [
            "Vaikutusta ei voi arvioida.",
            "Vaikutus jää yhteen työyhteisöön.",
            "Vaikutus näkyy palvelussa.",
            "Ratkaisu sopii muillekin työyhteisöille.",
            "Ratkaisu on valmis jaettavaksi Kehittämisen areenalla.",
        ],
        [
            "Effekten kan inte bedömas.",
            "Effekten stannar i en arbetsgemenskap.",
            "Effekten syns i servicen.",
            "Lösningen passar andra arbetsgemenskaper också.",
            "Lösningen är färdig att delas på framstegsarenan.",
        ],
    ),
];

/// The business ID of a base number: its check digit (weights 7 9 10 5 8 4 2, modulo
/// 11), or `None` for the bases that have none (remainder 1).
fn business_id(base: u32) -> Option<String> {
    let digits = format!("{base:07}");
    let sum: u32 = digits
        .bytes()
        .zip([7, 9, 10, 5, 8, 4, 2])
        .map(|(d, w)| u32::from(d - b'0') * w)
        .sum();
    match sum % 11 {
        0 => Some(format!("{digits}-0")),
        1 => None,
        r => Some(format!("{digits}-{}", 11 - r)),
    }
}

/// A small, repeatable spread of numbers for the generated scores.
fn spread(a: usize, b: usize) -> usize {
    (a * 7919 + b * 104_729 + a * b * 31) % 97
}

pub(crate) fn at(y: i32, m: u32, d: u32, time: &str) -> Result<DateTime<Utc>> {
    let day = NaiveDate::from_ymd_opt(y, m, d)
        .ok_or_else(|| StoreError::BuiltInData(format!("no such date {y}-{m}-{d}")))?;
    domain::events::helsinki_time(&day.to_string(), time).map_err(invalid)
}

/// An organisation the demo generates: (Finnish name, Swedish name, kind, languages,
/// domain, region).
pub(crate) type Generated = (
    &'static str,
    &'static str,
    OrgKind,
    OrgLanguages,
    &'static str,
    Region,
);

impl Store {
    /// Creates generated organisations, each with a business ID: the next number
    /// `step` on from the last (from `base`) that has a check digit. Their ids, in order.
    pub(crate) async fn create_generated(
        &self,
        list: &[Generated],
        mut base: u32,
        step: u32,
    ) -> Result<Vec<i32>> {
        let mut ids = Vec::new();
        for (name_fi, name_sv, kind, languages, domain, region) in list {
            base += step;
            while business_id(base).is_none() {
                base += 1;
            }
            let new = NewOrganisation {
                slug: None,
                name_fi: OrgName::parse(name_fi).map_err(invalid)?,
                name_sv: OrgName::parse(name_sv).map_err(invalid)?,
                name_en: None,
                kind: *kind,
                business_id: business_id(base)
                    .map(|b| domain::BusinessId::parse(&b))
                    .transpose()
                    .map_err(invalid)?,
                languages: *languages,
                parent_id: None,
                domains: vec![EmailDomain::parse(domain).map_err(invalid)?],
                region: Some(*region),
            };
            ids.push(self.organisations().create_organisation(&new, None).await?);
        }
        Ok(ids)
    }

    pub(crate) async fn seed_demo_development(&self) -> Result<bool> {
        if self.setting(DEVELOPMENT_SEEDED_KEY).await?.is_some() {
            return Ok(false);
        }
        let mut orgs: Vec<(i32, bool)> = Vec::new();
        for domain in DEMO_APPLICANTS {
            let id = self
                .organisations()
                .organisation_of_domain(domain)
                .await?
                .ok_or(StoreError::NotFound)?;
            orgs.push((id, SWEDISH_SPEAKING.contains(domain)));
        }
        let made = self.create_generated(APPLICANTS, 190_000, 7_351).await?;
        for (id, (_, _, _, _, domain, _)) in made.into_iter().zip(APPLICANTS) {
            orgs.push((id, SWEDISH_SPEAKING.contains(domain)));
        }
        let reviewers = [
            self.demo_user("coordinator.fi@kt.example").await?,
            self.demo_user("coordinator.sv@kt.example").await?,
        ];
        let substitute = self.demo_user("evaluator.sv@keva.example").await?;
        let hr = self.demo_user("hr-developer.fi@espoo.example").await?;

        let closed = self
            .demo_round_2018(&orgs, reviewers, substitute, hr)
            .await?;
        self.demo_round_2019(&orgs, reviewers).await?;
        self.seed_demo_trainings().await?;
        self.set_setting(DEVELOPMENT_SEEDED_KEY, &Utc::now().to_rfc3339())
            .await?;
        Ok(closed)
    }

    async fn demo_round(
        &self,
        (name_fi, name_sv): (&str, &str),
        (opens_at, closes_at): (DateTime<Utc>, DateTime<Utc>),
        published_value: &str,
    ) -> Result<i32> {
        let development = self.development();
        let round = development
            .create_round(
                &RoundInput {
                    name_fi: name_fi.to_owned(),
                    name_sv: name_sv.to_owned(),
                    pool_days: 60,
                    max_per_organisation: MAX_DAYS_BY_DEFAULT,
                    opens_at,
                    closes_at,
                    eligible_kinds: vec![
                        OrgKind::Municipality,
                        OrgKind::JointMunicipalAuthority,
                        OrgKind::MunicipalGroupCompany,
                    ],
                    published_value: published_value.to_owned(),
                    contact_name: "Kaisa Koordinaattori".to_owned(),
                    contact_email: "coordinator.fi@kt.example".to_owned(),
                    reconsideration_days: 14,
                    floors: vec![(Region::Lappi, 2), (Region::Kainuu, 2)],
                    sparrers: SPARRERS
                        .iter()
                        .map(|(n, c, a)| ((*n).to_owned(), (*c).to_owned(), (*a).to_owned()))
                        .collect(),
                },
                None,
            )
            .await?;
        for (name_fi, name_sv, weight, anchors_fi, anchors_sv) in RUBRIC {
            development
                .add_criterion(
                    round,
                    &CriterionInput {
                        name_fi: (*name_fi).to_owned(),
                        name_sv: (*name_sv).to_owned(),
                        weight: *weight,
                        anchors_fi: anchors_fi.iter().map(|a| (*a).to_owned()).collect(),
                        anchors_sv: anchors_sv.iter().map(|a| (*a).to_owned()).collect(),
                    },
                )
                .await?;
        }
        Ok(round)
    }

    /// The `i`th organisation's application: its words in its language, its days.
    async fn demo_application(
        &self,
        round: i32,
        (i, (org, swedish)): (usize, (i32, bool)),
        sparrers: &[i32],
        author: Option<i32>,
        submitted_at: DateTime<Utc>,
    ) -> Result<i32> {
        let (aim_fi, aim_sv, place_fi, place_sv) = AIMS[i % AIMS.len()];
        let (lang, aim, workplace, first, last) = if swedish {
            (
                Lang::Sv,
                aim_sv,
                place_sv,
                FIRST_SV[i % FIRST_SV.len()],
                LAST_SV[(i * 3) % LAST_SV.len()],
            )
        } else {
            (
                Lang::Fi,
                aim_fi,
                place_fi,
                FIRST_FI[i % FIRST_FI.len()],
                LAST_FI[(i * 7) % LAST_FI.len()],
            )
        };
        let domain = self
            .organisations()
            .organisation(org)
            .await?
            .and_then(|o| o.domains.first().cloned())
            .unwrap_or_default();
        let contact = format!("{first} {last}");
        self.development()
            .apply(
                round,
                org,
                &ApplicationInput {
                    aim: aim.to_owned(),
                    workplace: workplace.to_owned(),
                    staff: 8 + (spread(i, 1) as i32) % 60,
                    // Four in five ask for two days.
                    days_asked: if i % 5 == 3 { 1 } else { 2 },
                    sparrer_id: sparrers.get(i % (sparrers.len() + 1)).copied(),
                    contact_email: format!("{}@{domain}", local_part(&contact)),
                    contact_name: contact,
                    lang,
                },
                author,
                submitted_at,
            )
            .await
    }

    /// 2018: 53 applications, scored, decided, told; days held.
    async fn demo_round_2018(
        &self,
        orgs: &[(i32, bool)],
        reviewers: [i32; 2],
        substitute: i32,
        hr: i32,
    ) -> Result<bool> {
        let development = self.development();
        let round_id = self
            .demo_round(
                ("KunTeko-sparraus 2018", "KunTeko-sparrning 2018"),
                (at(2018, 1, 15, "09:00")?, at(2018, 3, 16, "16:00")?),
                "KunTeko 2018 / 15.1.2018 / 48213",
            )
            .await?;
        let round = development
            .round(round_id)
            .await?
            .ok_or(StoreError::NotFound)?;
        let sparrers: Vec<i32> = round.sparrers.iter().map(|s| s.id).collect();
        let mut apps = Vec::new();
        for (i, org) in orgs.iter().copied().enumerate() {
            let author = (i == 0).then_some(hr);
            let submitted = at(2018, 1, 22, "10:00")? + Duration::hours(i as i64 * 23);
            apps.push(
                self.demo_application(round_id, (i, org), &sparrers, author, submitted)
                    .await?,
            );
        }
        // Every application has two reviewers; Karin is recused from Loviisa's, where
        // she worked until last year, and Keva's evaluator reviews it instead; Kaisa
        // abstains from Järvenpää's, whose plan she helped write.
        for (i, app) in apps.iter().enumerate() {
            let recused = i == 4;
            let abstains = i == 2;
            for (r, reviewer) in reviewers.iter().enumerate() {
                development
                    .assign_reviewer(*app, *reviewer, Some(reviewers[0]))
                    .await?;
                let status = match (r, recused, abstains) {
                    (1, true, _) => ReviewStatus::Recused,
                    (0, _, true) => ReviewStatus::Abstained,
                    _ => ReviewStatus::Scored,
                };
                self.demo_scores(*app, *reviewer, status, &round, i + r * 13)
                    .await?;
            }
            if recused {
                development
                    .assign_reviewer(*app, substitute, Some(reviewers[0]))
                    .await?;
                self.demo_scores(*app, substitute, ReviewStatus::Scored, &round, i + 40)
                    .await?;
            }
        }
        let apps_now = development.applications(round_id).await?;
        let reviews = development.reviews(round_id).await?;
        let all = self.organisations().all().await?;
        let applicants = round.applicants(&apps_now, &reviews, &all);
        let seed = round.seed(&apps_now);
        let allocation = allocate(&applicants, &round.pool(), &seed);
        development
            .freeze(
                round_id,
                &applicants,
                &seed,
                &allocation,
                at(2018, 4, 13, "10:00")?,
                Some(reviewers[0]),
            )
            .await?
            .map_err(|_| StoreError::BuiltInData("the demo round was frozen already".into()))?;

        // The first granted hold their days; the first refused asks for reconsideration.
        let granted: Vec<&i32> = allocation.granted.keys().collect();
        for (n, app) in granted.iter().take(8).enumerate() {
            let (sparrer, ..) = SPARRERS[n % SPARRERS.len()];
            let held_on = NaiveDate::from_ymd_opt(2018, 5 + (n as u32 % 5), 8 + n as u32)
                .ok_or_else(|| StoreError::BuiltInData("no such day".into()))?;
            development
                .record_day(
                    **app,
                    held_on,
                    sparrer,
                    "Työpaja pidettiin koko työyhteisön kanssa; sovittiin kolme kokeilua ja niiden seuranta.",
                    None,
                )
                .await?;
        }
        if let Some(refused) = allocation
            .ranking
            .iter()
            .find(|a| !allocation.granted.contains_key(a))
        {
            let filed = at(2018, 4, 20, "14:00")?;
            let id = development
                .ask_reconsideration(
                    *refused,
                    "Hakemuksessamme kuvattu henkilöstön osallistuminen jäi mielestämme arvioinnissa huomiotta: koko henkilöstö on ollut mukana suunnittelussa alusta asti.",
                    None,
                    filed,
                )
                .await?;
            development
                .answer_reconsideration(
                    id,
                    "Hakemus arvioitiin uudelleen kaikkien arviointiperusteiden osalta. Pisteet eivät muuttuneet, eikä päätöstä muuteta. Seuraava haku avautuu tammikuussa 2019.",
                    reviewers[0],
                    filed + Duration::days(9),
                )
                .await?;
        }
        Ok(true)
    }

    /// A reviewer's review; the scores follow the application's place so that some
    /// applications score high and some low, repeatably.
    async fn demo_scores(
        &self,
        app: i32,
        reviewer: i32,
        status: ReviewStatus,
        round: &crate::development::Round,
        i: usize,
    ) -> Result<()> {
        let scores = if status == ReviewStatus::Scored {
            round
                .rubric
                .iter()
                .enumerate()
                .map(|(c, criterion)| (criterion.id, 1 + (spread(i, c) % 5) as i32))
                .collect()
        } else {
            Default::default()
        };
        let comment = match status {
            ReviewStatus::Recused => "Esteellinen: työskentelin organisaatiossa vuoteen 2017.",
            ReviewStatus::Abstained => "Pidättäydyn: olin mukana laatimassa suunnitelmaa.",
            _ => "",
        };
        self.development()
            .review(app, reviewer, status, &scores, comment)
            .await
    }

    /// 2019: open now, the first applications in, reviewers assigned.
    async fn demo_round_2019(&self, orgs: &[(i32, bool)], reviewers: [i32; 2]) -> Result<()> {
        let now = Utc::now();
        let round_id = self
            .demo_round(
                ("KunTeko-sparraus 2019", "KunTeko-sparrning 2019"),
                (now - Duration::days(14), now + Duration::days(30)),
                "KunTeko 2019 / 7734",
            )
            .await?;
        let round = self
            .development()
            .round(round_id)
            .await?
            .ok_or(StoreError::NotFound)?;
        let sparrers: Vec<i32> = round.sparrers.iter().map(|s| s.id).collect();
        // Espoo has not applied yet: its HR developer can.
        for (i, org) in orgs.iter().copied().enumerate().skip(12).step_by(5) {
            let submitted = now - Duration::days(13) + Duration::hours(i as i64 * 5);
            let app = self
                .demo_application(round_id, (i + 3, org), &sparrers, None, submitted)
                .await?;
            for reviewer in reviewers {
                self.development()
                    .assign_reviewer(app, reviewer, Some(reviewers[0]))
                    .await?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_generated_business_ids_are_valid() {
        let mut base = 190_000_u32;
        for _ in APPLICANTS {
            base += 7_351;
            while business_id(base).is_none() {
                base += 1;
            }
            let id = business_id(base).unwrap_or_default();
            assert!(domain::BusinessId::parse(&id).is_ok(), "{id}");
        }
        assert_eq!(business_id(101_263).as_deref(), Some("0101263-6"));
    }
}
