//! The progress arena in the demo (`shared/seeds/002_*`: "At the end of 2018 the
//! progress arena held about 350 development solutions from different sectors. The
//! autumn's challenge campaign brought in tens of new solutions."): solutions of
//! 2015–2018 generated from every demo organisation, in Finnish with every third also
//! in Swedish; the autumn 2018 challenge campaign with its own; a few waiting in the
//! moderators' queue.

use domain::{
    Lang,
    solutions::{Sector, SolutionState, Topic},
};

use crate::{
    FileStorage, Result, Store,
    demo_development::at,
    organisations::Organisation,
    solutions::{CampaignInput, SolutionInput, SolutionText, attach_demo, insert_demo},
    worksheet,
};

const SEEDED_KEY: &str = "demo_solutions_seeded_at";

/// Approved solutions outside the campaign, and the campaign's approved ones.
const APPROVED: usize = 322;
const CAMPAIGN_APPROVED: usize = 30;

/// What was developed, by topic: (fi, sv).
const STEMS: &[(Topic, &str, &str)] = &[
    (Topic::Wellbeing, "Kävelypalaverit", "Promenadmöten"),
    (
        Topic::Wellbeing,
        "Taukojumppa ja palautumisen hetket",
        "Pausgympa och stunder för återhämtning",
    ),
    (
        Topic::Wellbeing,
        "Varhaisen tuen keskustelumalli",
        "Modell för samtal om tidigt stöd",
    ),
    (
        Topic::Leadership,
        "Jaetun johtajuuden kokeilu",
        "Försök med delat ledarskap",
    ),
    (
        Topic::Leadership,
        "Esihenkilöiden vertaisryhmä",
        "Kamratgrupp för chefer",
    ),
    (
        Topic::Leadership,
        "Kehityskeskustelut tiimeittäin",
        "Utvecklingssamtal i team",
    ),
    (
        Topic::Collaboration,
        "Yhteinen viikkopalaveri",
        "Gemensamt veckomöte",
    ),
    (
        Topic::Collaboration,
        "Työnkierto yksiköiden välillä",
        "Arbetsrotation mellan enheterna",
    ),
    (
        Topic::Collaboration,
        "Yhteiskehittämisen työpajat",
        "Workshoppar för samutveckling",
    ),
    (
        Topic::Digitalisation,
        "Sähköinen ajanvaraus",
        "Elektronisk tidsbokning",
    ),
    (
        Topic::Digitalisation,
        "Mobiilikirjaaminen",
        "Mobil dokumentation",
    ),
    (
        Topic::Digitalisation,
        "Etäyhteydet asiakastyöhön",
        "Distansförbindelser i klientarbetet",
    ),
    (
        Topic::WorkArrangements,
        "Työvuorosuunnittelu yhdessä",
        "Gemensam arbetsturplanering",
    ),
    (
        Topic::WorkArrangements,
        "Tehtävien uudelleenjako",
        "Ny fördelning av uppgifterna",
    ),
    (
        Topic::WorkArrangements,
        "Monipaikkaisen työn pelisäännöt",
        "Spelregler för flerplatsarbete",
    ),
    (
        Topic::CustomerService,
        "Asiakaspalautteen viikkokatsaus",
        "Veckoöversikt över kundrespons",
    ),
    (
        Topic::CustomerService,
        "Yhden luukun palvelupiste",
        "Servicepunkt med en lucka",
    ),
    (
        Topic::Competence,
        "Osaamiskartoitus ja mentorointi",
        "Kompetenskartläggning och mentorskap",
    ),
    (
        Topic::Competence,
        "Perehdytyksen uudistus",
        "Förnyad introduktion",
    ),
    (
        Topic::Change,
        "Muutoksen tukiryhmä",
        "Stödgrupp för förändringen",
    ),
    (
        Topic::Change,
        "Organisaatiomuutoksen viestintäsuunnitelma",
        "Kommunikationsplan för omorganisationen",
    ),
];

/// Where, by sector: (fi, sv).
const PLACES: &[(Sector, &str, &str)] = &[
    (Sector::SocialHealth, "kotihoidossa", "inom hemvården"),
    (
        Sector::SocialHealth,
        "terveysasemalla",
        "vid hälsostationen",
    ),
    (
        Sector::SocialHealth,
        "vanhuspalveluissa",
        "inom äldreomsorgen",
    ),
    (Sector::Education, "päiväkodissa", "på daghemmet"),
    (Sector::Education, "yläkoulussa", "i högstadiet"),
    (
        Sector::Technical,
        "kiinteistöhuollossa",
        "inom fastighetsskötseln",
    ),
    (Sector::Technical, "ruokapalveluissa", "inom kostservicen"),
    (
        Sector::Administration,
        "talouspalveluissa",
        "inom ekonomiförvaltningen",
    ),
    (
        Sector::Administration,
        "henkilöstöpalveluissa",
        "inom personalförvaltningen",
    ),
    (Sector::Culture, "kirjastossa", "på biblioteket"),
    (
        Sector::Culture,
        "liikuntapalveluissa",
        "inom idrottstjänsterna",
    ),
    (
        Sector::WholeOrganisation,
        "koko organisaatiossa",
        "i hela organisationen",
    ),
];

/// A deterministic sequence, so every seeded demo is the same.
struct Draw(u64);

impl Draw {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from((self.0 >> 33) % u64::try_from(below.max(1)).unwrap_or(1)).unwrap_or(0)
    }
}

fn texts(draw: &mut Draw, with_swedish: bool, topic: Topic) -> (Vec<(Lang, SolutionText)>, Sector) {
    let stems: Vec<_> = STEMS.iter().filter(|(t, _, _)| *t == topic).collect();
    let (_, stem_fi, stem_sv) = stems[draw.next(stems.len())];
    let (sector, place_fi, place_sv) = PLACES[draw.next(PLACES.len())];
    let staff = 8 + draw.next(60);
    let weeks = 4 + draw.next(40);
    let better = 5 + draw.next(30);
    let fi = SolutionText {
        title: format!("{stem_fi} {place_fi}"),
        problem: format!(
            "Työyhteisössä oli {staff} työntekijää, ja arjen kiire vei ajan yhteiseltä \
             kehittämiseltä. Työhyvinvointikyselyssä toistui toive paremmasta \
             tiedonkulusta ja mahdollisuudesta vaikuttaa omaan työhön."
        ),
        actions: format!(
            "Kokeilimme mallia {weeks} viikon ajan. Esihenkilö ja työntekijät sopivat \
             yhdessä pelisäännöt, ja kokeilua arvioitiin kuukausittain lyhyellä \
             kyselyllä. Ulkopuolinen sparraaja tuki kahtena päivänä."
        ),
        results: format!(
            "Työtyytyväisyys nousi {better} prosenttiyksikköä, ja sairauspoissaolot \
             vähenivät. Malli on jäänyt pysyväksi käytännöksi."
        ),
        lessons: "Pienikin kokeilu kannattaa aloittaa heti, kun yhteinen tavoite on \
                  selvä. Tärkeintä oli, että jokainen sai sanoa sanansa."
            .to_owned(),
    };
    let mut texts = vec![(Lang::Fi, fi)];
    if with_swedish {
        texts.push((
            Lang::Sv,
            SolutionText {
                title: format!("{stem_sv} {place_sv}"),
                problem: format!(
                    "Arbetsgemenskapen hade {staff} anställda, och brådskan i vardagen tog \
                     tiden från den gemensamma utvecklingen. I enkäten om arbetsvälbefinnande \
                     önskade många bättre informationsgång och möjlighet att påverka sitt \
                     arbete."
                ),
                actions: format!(
                    "Vi prövade modellen i {weeks} veckor. Chefen och de anställda kom \
                     tillsammans överens om spelreglerna, och försöket utvärderades varje \
                     månad med en kort enkät. En extern sparrare stödde oss under två dagar."
                ),
                results: format!(
                    "Arbetstillfredsställelsen steg med {better} procentenheter och \
                     sjukfrånvaron minskade. Modellen har blivit bestående praxis."
                ),
                lessons: "Även ett litet försök lönar sig att börja genast när det \
                          gemensamma målet är klart. Viktigast var att alla fick säga sitt."
                    .to_owned(),
            },
        ));
    }
    (texts, sector)
}

/// A solution's model as a worksheet page in one language: what was done, the lessons
/// as points to check, and room for the reader's own notes.
fn model_sheet((lang, text): &(Lang, SolutionText)) -> worksheet::Sheet<'_> {
    let (heading, notes) = match lang {
        Lang::Sv => (
            "KunTeko · Utvecklingsarenan · Verksamhetsmodell",
            "Hur skulle det fungera hos oss?",
        ),
        _ => (
            "KunTeko · Kehittämisareena · Toimintamalli",
            "Miten tämä toimisi meillä?",
        ),
    };
    worksheet::Sheet {
        heading,
        title: &text.title,
        body: &text.actions,
        items: text
            .lessons
            .split(". ")
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect(),
        notes,
    }
}

impl Store {
    pub(crate) async fn seed_demo_solutions(&self, files: &FileStorage) -> Result<bool> {
        if self.setting(SEEDED_KEY).await?.is_some() {
            return Ok(false);
        }
        let orgs: Vec<Organisation> = self.organisations().all().await?;
        let coordinator = self.demo_user("coordinator.fi@kt.example").await?;
        let campaign = self
            .solutions()
            .create_campaign(
                &CampaignInput {
                    title_fi: "Syksyn 2018 haastekampanja: Tulevaisuuden työpaikka".into(),
                    title_sv: "Höstens utmaningskampanj 2018: Framtidens arbetsplats".into(),
                    call_fi: "Kerro, miten työpaikallanne on uudistettu työtä niin, että se \
                              sujuu paremmin ja tuntuu hyvältä. Parhaat ratkaisut esitellään \
                              KunTeko-päivillä."
                        .into(),
                    call_sv: "Berätta hur ni har förnyat arbetet på er arbetsplats så att det \
                              löper bättre och känns bra. De bästa lösningarna presenteras \
                              på KunTeko-dagarna."
                        .into(),
                    topic: Topic::WorkArrangements,
                    prize_fi: "Kolme parasta ratkaisua saavat kaksi sparrauspäivää.".into(),
                    prize_sv: "De tre bästa lösningarna får två sparringdagar.".into(),
                    opens_at: at(2018, 9, 1, "09:00")?,
                    closes_at: at(2018, 11, 30, "16:00")?,
                },
                Some(coordinator),
            )
            .await?;
        let authors = [
            self.demo_user("hr-developer.fi@espoo.example").await?,
            self.demo_user("manager.sv@espoo.example").await?,
        ];
        let espoo = self
            .organisations()
            .organisation_of_domain("espoo.example")
            .await?
            .ok_or(crate::StoreError::NotFound)?;
        let mut draw = Draw(2018);
        let mut with_model = Vec::new();
        let txn = self.begin_write().await?;
        let total = APPROVED + CAMPAIGN_APPROVED + 7;
        for n in 0..total {
            let in_campaign = n >= APPROVED && n < total - 2;
            let waiting = n >= APPROVED + CAMPAIGN_APPROVED;
            let topic = if in_campaign {
                [
                    Topic::WorkArrangements,
                    Topic::Wellbeing,
                    Topic::Digitalisation,
                ][draw.next(3)]
            } else {
                Topic::ALL[draw.next(Topic::ALL.len())]
            };
            let (texts, sector) = texts(&mut draw, n % 3 == 0, topic);
            let year = if in_campaign || waiting {
                2018
            } else {
                2015 + i32::try_from(n % 4).unwrap_or(0)
            };
            let org = if waiting {
                espoo
            } else {
                orgs[draw.next(orgs.len())].id
            };
            let day = 1 + u32::try_from(draw.next(27)).unwrap_or(0);
            let month = if in_campaign {
                9 + u32::try_from(draw.next(3)).unwrap_or(0)
            } else {
                1 + u32::try_from(n % 12).unwrap_or(0)
            };
            let state = match n.checked_sub(APPROVED + CAMPAIGN_APPROVED) {
                None => SolutionState::Approved,
                Some(0..=2) => SolutionState::Submitted,
                Some(3) => SolutionState::Returned,
                Some(4) => SolutionState::Hidden,
                Some(5) => SolutionState::Submitted,
                Some(_) => SolutionState::Draft,
            };
            let consent = draw.next(2) == 0;
            let input = SolutionInput {
                organisation_id: org,
                campaign_id: in_campaign.then_some(campaign),
                original_lang: Lang::Fi,
                sector,
                topic,
                year,
                period: format!("{year}"),
                contact_name: if consent {
                    "Anna Kehittäjä".into()
                } else {
                    String::new()
                },
                contact_email: if consent {
                    "kehittaminen@kunta.example".into()
                } else {
                    String::new()
                },
                contact_consent: consent,
                texts,
            };
            let author = waiting.then_some(authors[n % 2]);
            let id =
                insert_demo(&txn, &input, author, state, at(year, month, day, "12:00")?).await?;
            if in_campaign && (n - APPROVED).is_multiple_of(6) {
                with_model.push((id, input.texts));
            }
        }
        txn.commit().await?;
        // Some of the campaign's solutions come with their model as a printable PDF.
        for (id, texts) in with_model {
            let sheets: Vec<worksheet::Sheet<'_>> = texts.iter().map(model_sheet).collect();
            let name = format!("{}.pdf", crate::organisations::slugify(&texts[0].1.title));
            let bytes = worksheet::pdf(&sheets);
            let file = self
                .files()
                .save_file(files, &name, domain::FileKind::Pdf, bytes.into(), None)
                .await?;
            attach_demo(&self.db, id, file.id).await?;
        }
        self.set_setting(SEEDED_KEY, &chrono::Utc::now().to_rfc3339())
            .await?;
        Ok(true)
    }
}
