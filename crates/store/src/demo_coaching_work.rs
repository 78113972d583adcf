//! The demo of the coaching programme's second part. EKJ4, running now, has interim
//! tasks in every state (handed in on time and late, revised, approved, drafts, not
//! started), a peer group's task, its certificate work still ahead, the coach's
//! feedback, start self-assessments, and an evaluation round open for answers. EKJ3,
//! ended, has its participants' start and end self-assessments and Keva's three
//! evaluation rounds with results per organisation, some organisations under five
//! answers so that the hiding of small groups shows.

use chrono::{Duration, NaiveDate, Utc};
use domain::{
    Email,
    coaching::{
        Enrolment,
        assessment::{Phase, STATEMENTS},
        evaluation::{Likert, QuestionKind},
        tasks::{Deadlines, Outcome, TaskKind},
    },
};

use crate::{
    Result, Store, StoreError,
    coaching::{Answer, Owner, QuestionInput, Rating, TaskInput},
    demo::invalid,
};

const WORK_SEEDED_KEY: &str = "demo_coaching_work_seeded_at";

/// A number from 0 to `n - 1` that looks arbitrary but is the same on every run.
fn spread(seed: usize, n: usize) -> usize {
    (seed.wrapping_mul(2_654_435_761) >> 7) % n.max(1)
}

/// (Finnish title, Swedish title, Finnish instructions, Swedish instructions, kind,
/// days from today to opening, due date and cut-off, for a peer group)
type DemoTask = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    TaskKind,
    (i64, i64, i64),
    bool,
);

const TASKS: [DemoTask; 4] = [
    (
        "Välitehtävä 1: Minä johtajana",
        "Mellanuppgift 1: Jag som ledare",
        "Kuvaa **omaa johtamistasi** nyt: mitkä ovat vahvuutesi, mitä haluat valmennuksen aikana kehittää ja miten työyhteisösi sen huomaa?\n\n- noin kaksi sivua\n- voit liittää mukaan kuvan tai taulukon",
        "Beskriv **ditt ledarskap** nu: vilka är dina styrkor, vad vill du utveckla under coachningen och hur märker din arbetsgemenskap det?\n\n- ungefär två sidor\n- du kan bifoga en bild eller en tabell",
        TaskKind::Interim,
        (-40, -20, 5),
        false,
    ),
    (
        "Välitehtävä 2: Tiimin vuorovaikutus",
        "Mellanuppgift 2: Teamets växelverkan",
        "Havainnoi yhtä tiimisi palaveria. Kuka puhui, kuka ei? Mitä muutat seuraavassa palaverissa?",
        "Observera ett av ditt teams möten. Vem talade, vem inte? Vad ändrar du till nästa möte?",
        TaskKind::Interim,
        (-10, 5, 12),
        false,
    ),
    (
        "Vertaisryhmän tehtävä: hankkeiden tilannekuva",
        "Kamratgruppens uppgift: lägesbild av projekten",
        "Kootkaa ryhmänä lyhyt tilannekuva jokaisen organisaation kehittämishankkeesta: mikä on edennyt, mikä on jumissa ja missä voitte auttaa toisianne.",
        "Sammanställ i gruppen en kort lägesbild av varje organisations utvecklingsprojekt: vad har gått framåt, vad har fastnat och var kan ni hjälpa varandra.",
        TaskKind::Interim,
        (-5, 20, 27),
        true,
    ),
    (
        "Sertifikaattityö: johtajuuteni kehittyminen",
        "Certifikatarbete: hur mitt ledarskap har utvecklats",
        "Arvioi oman johtamisesi kehittymistä valmennuksen aikana. Käytä alku- ja loppuarviointisi vertailua sekä välitehtävien palautteita.",
        "Bedöm hur ditt ledarskap har utvecklats under coachningen. Använd jämförelsen av din inledande och avslutande självvärdering och responsen på mellanuppgifterna.",
        TaskKind::CertificateWork,
        (200, 290, 300),
        false,
    ),
];

const WORK_TEXTS: [&str; 4] = [
    "Vahvuuteni on kuunteleminen; kehitettävää on palautteen antamisessa. Aloitin viikoittaiset lyhyet kahdenkeskiset keskustelut.",
    "Tiimissäni on paljon osaamista, mutta päätökset jäävät usein minulle. Haluan oppia delegoimaan ja luottamaan.",
    "Min styrka är struktur, men jag vill bli bättre på att leda förändring så att medarbetarna är med från början.",
    "Olen johtanut yksikköä vuoden. Tärkeintä on ollut oppia tuntemaan ihmiset; seuraavaksi haluan selkeyttää yhteiset tavoitteet.",
];

const FEEDBACK: [&str; 3] = [
    "Hyvä ja rehellinen pohdinta. Kehityskohteesi on selkeä – palataan siihen vertaisryhmässä.",
    "Pohdinta jää vielä yleiselle tasolle. Lisää yksi konkreettinen esimerkki viime kuukausilta ja palauta uudelleen.",
    "Tack för en genomtänkt text. Ditt mål är konkret och mätbart.",
];

/// The evaluation survey's questions: (kind, Finnish, Swedish, options fi, options sv)
type DemoQuestion = (
    QuestionKind,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

const QUESTIONS: [DemoQuestion; 7] = [
    (
        QuestionKind::Likert,
        "Kehittämishankkeen tavoitteet ovat selvät koko organisaatiolle.",
        "Utvecklingsprojektets mål är tydliga för hela organisationen.",
        "",
        "",
    ),
    (
        QuestionKind::Likert,
        "Ylin johto tukee kehittämishanketta.",
        "Den högsta ledningen stöder utvecklingsprojektet.",
        "",
        "",
    ),
    (
        QuestionKind::Likert,
        "Henkilöstö on otettu mukaan kehittämiseen.",
        "Personalen har involverats i utvecklingen.",
        "",
        "",
    ),
    (
        QuestionKind::Likert,
        "Hankkeen tuloksia seurataan sovituilla mittareilla.",
        "Projektets resultat följs upp med överenskomna mätare.",
        "",
        "",
    ),
    (
        QuestionKind::Likert,
        "Valmennus on tukenut organisaatiomme kehittämistyötä.",
        "Coachningen har stött vår organisations utvecklingsarbete.",
        "",
        "",
    ),
    (
        QuestionKind::Choice,
        "Missä vaiheessa hanke on?",
        "I vilket skede är projektet?",
        "Suunnittelu\nToteutus\nVakiinnuttaminen",
        "Planering\nGenomförande\nEtablering",
    ),
    (
        QuestionKind::Text,
        "Mikä on edistänyt tai haitannut kehittämistyötä?",
        "Vad har främjat eller hindrat utvecklingsarbetet?",
        "",
        "",
    ),
];

const COMMENTS: [&str; 5] = [
    "Johtoryhmän sitoutuminen on ollut ratkaisevaa.",
    "Aikaa kehittämiselle on liian vähän arjen keskellä.",
    "Vertaisryhmästä saimme hyviä ideoita toisista kunnista.",
    "Mittarit puuttuvat vielä, joten edistymistä on vaikea näyttää.",
    "Ledningens stöd har varit tydligt.",
];

impl Store {
    pub(crate) async fn seed_demo_coaching_work(&self) -> Result<bool> {
        if self.setting(WORK_SEEDED_KEY).await?.is_some() {
            return Ok(false);
        }
        let coaching = self.coaching();
        let (Some(ekj3), Some(ekj4)) = (
            coaching.cohort_by_code("EKJ3").await?,
            coaching.cohort_by_code("EKJ4").await?,
        ) else {
            return Ok(false);
        };
        let coach = self.demo_user("coach.fi@fcg.example").await?;
        let evaluator = self.demo_user("evaluator.fi@keva.example").await?;
        self.demo_tasks(ekj4.id, coach).await?;
        self.demo_assessments(ekj4.id, &[ekj4.starts_on + Duration::days(3)])
            .await?;
        self.demo_assessments(
            ekj3.id,
            &[
                ekj3.starts_on + Duration::days(3),
                ekj3.ends_on - Duration::days(14),
            ],
        )
        .await?;
        self.demo_evaluation(ekj3.id, evaluator, 3).await?;
        self.demo_evaluation(ekj4.id, evaluator, 1).await?;
        self.set_setting(WORK_SEEDED_KEY, &Utc::now().to_rfc3339())
            .await?;
        Ok(true)
    }

    pub(crate) async fn demo_user(&self, email: &str) -> Result<i32> {
        Ok(self
            .accounts()
            .user_by_email(&Email::parse(email).map_err(invalid)?)
            .await?
            .ok_or(StoreError::NotFound)?
            .id)
    }

    /// EKJ4's tasks and its participants' work on them, every state represented; the
    /// demo managers' own: the first approved after a revision, the second handed in,
    /// a draft of their group's; the Swedish-speaking one late with the first.
    async fn demo_tasks(&self, cohort_id: i32, coach: i32) -> Result<()> {
        let coaching = self.coaching();
        let now = Utc::now();
        let mut ids = Vec::new();
        for (title_fi, title_sv, text_fi, text_sv, kind, (opens, due, closes), for_groups) in TASKS
        {
            let times = Deadlines::new(
                now + Duration::days(opens),
                now + Duration::days(due),
                now + Duration::days(closes),
            )
            .map_err(|(_, e)| invalid(e))?;
            let input = TaskInput {
                kind,
                title_fi: title_fi.to_owned(),
                title_sv: title_sv.to_owned(),
                instructions_fi: text_fi.to_owned(),
                instructions_sv: text_sv.to_owned(),
                times,
                for_groups,
            };
            ids.push(coaching.create_task(cohort_id, &input, Some(coach)).await?);
        }
        let fi = self.demo_user("manager.fi@espoo.example").await?;
        let sv = self.demo_user("manager.sv@espoo.example").await?;
        let people: Vec<i32> = coaching
            .participants(cohort_id)
            .await?
            .into_iter()
            .filter(|p| p.enrolment == Enrolment::Confirmed)
            .map(|p| p.user_id)
            .collect();
        let tasks = coaching.tasks(cohort_id).await?;
        let task = |id: i32| {
            tasks
                .iter()
                .find(|t| t.id == id)
                .ok_or(StoreError::NotFound)
        };
        let first = task(ids[0])?;
        let second = task(ids[1])?;
        for (i, person) in people.iter().copied().enumerate() {
            let owner = Owner::Person(person);
            let text = WORK_TEXTS[i % WORK_TEXTS.len()];
            // The first task: most on time, some late, a few not at all.
            let pattern = if person == fi {
                0
            } else if person == sv {
                3
            } else {
                spread(i, 10)
            };
            if pattern < 9 {
                coaching.save_draft(first.id, owner, text).await?;
                let late = pattern == 3 || pattern == 7;
                let at = if late {
                    first.times.due_at + Duration::days(2)
                } else {
                    first.times.due_at - Duration::days(1 + (i % 5) as i64)
                };
                if let Ok(attempt) = coaching
                    .hand_in(first, owner, first.times, person, at)
                    .await?
                {
                    match pattern {
                        // Asked to revise, then handed in again and approved.
                        0 | 1 => {
                            coaching
                                .give_feedback(attempt, Outcome::Revise, FEEDBACK[1], None, coach)
                                .await?;
                            let again = format!(
                                "{text} Esimerkki: siirsin viikkopalaverin vetovuoron tiimiläisille."
                            );
                            coaching.save_draft(first.id, owner, &again).await?;
                            if let Ok(second_attempt) = coaching
                                .hand_in(first, owner, first.times, person, at + Duration::days(6))
                                .await?
                            {
                                coaching
                                    .give_feedback(
                                        second_attempt,
                                        Outcome::Approved,
                                        FEEDBACK[0],
                                        None,
                                        coach,
                                    )
                                    .await?;
                            }
                        }
                        // Asked to revise, not yet handed in again.
                        2 => {
                            coaching
                                .give_feedback(attempt, Outcome::Revise, FEEDBACK[1], None, coach)
                                .await?;
                        }
                        // Late, or waiting for feedback.
                        3 | 7 | 8 => {}
                        _ => {
                            let words = if i % 3 == 0 { FEEDBACK[2] } else { FEEDBACK[0] };
                            coaching
                                .give_feedback(attempt, Outcome::Approved, words, None, coach)
                                .await?;
                        }
                    }
                }
            }
            // The second task: handed in by some, a draft for others.
            let handing = if person == fi {
                2
            } else if person == sv {
                1
            } else {
                spread(i + 31, 4)
            };
            if handing >= 1 {
                coaching.save_draft(second.id, owner, text).await?;
            }
            if handing >= 2 {
                coaching
                    .hand_in(
                        second,
                        owner,
                        second.times,
                        person,
                        now - Duration::hours(3 + i as i64),
                    )
                    .await?
                    .ok();
            }
        }
        // A group's draft of the group task.
        let group = coaching
            .groups(cohort_id)
            .await?
            .into_iter()
            .find(|g| g.members.contains(&fi));
        if let Some(g) = group {
            coaching
                .save_draft(
                    ids[2],
                    Owner::Group(g.id),
                    "Espoo: asiakaspalautteen kerääminen alkanut. Loviisa: organisaatiouudistus lausunnoilla. Apua tarvitaan mittareissa.",
                )
                .await?;
        }
        Ok(())
    }

    /// Every confirmed participant's self-assessment of the phases whose days are given
    /// (the start, then the end); the end rates a little higher.
    async fn demo_assessments(&self, cohort_id: i32, days: &[NaiveDate]) -> Result<()> {
        let coaching = self.coaching();
        let people: Vec<i32> = coaching
            .participants(cohort_id)
            .await?
            .into_iter()
            .filter(|p| p.enrolment == Enrolment::Confirmed)
            .map(|p| p.user_id)
            .collect();
        for (i, person) in people.iter().copied().enumerate() {
            for (phase, day) in Phase::ALL.iter().zip(days) {
                let lift = i32::from(*phase == Phase::End);
                let ratings: Vec<Rating> = STATEMENTS
                    .iter()
                    .enumerate()
                    .map(|(k, (_, key))| Rating {
                        statement: (*key).to_owned(),
                        rating: (2 + spread(i * 31 + k, 3) as i32 + lift).min(5),
                        comment: if k == 0 && i % 9 == 0 {
                            "Asiakkaiden ääni kuuluu vielä liian vähän.".to_owned()
                        } else {
                            String::new()
                        },
                    })
                    .collect();
                let at = day
                    .and_hms_opt(12, 0, 0)
                    .map(|t| t.and_utc())
                    .unwrap_or_else(Utc::now);
                coaching
                    .save_assessment(cohort_id, person, *phase, &ratings, at)
                    .await?;
            }
        }
        Ok(())
    }

    /// Keva's evaluation of a cohort: the survey, `rounds` rounds (the last one left
    /// open in a running cohort), answers from most of those invited, each
    /// organisation's turnout differing so that some fall under five.
    async fn demo_evaluation(&self, cohort_id: i32, evaluator: i32, rounds: usize) -> Result<()> {
        let coaching = self.coaching();
        let Some(cohort) = coaching.cohort(cohort_id).await? else {
            return Ok(());
        };
        let survey = coaching
            .create_survey(
                cohort_id,
                "Kehittämistyön kehittävä arviointi",
                "Utvecklande utvärdering av utvecklingsarbetet",
                Some(evaluator),
            )
            .await?;
        for (kind, fi, sv, options_fi, options_sv) in QUESTIONS {
            let lines = |s: &str| s.lines().map(str::to_owned).collect::<Vec<_>>();
            coaching
                .add_question(
                    survey,
                    &QuestionInput {
                        kind,
                        text_fi: fi.to_owned(),
                        text_sv: sv.to_owned(),
                        options_fi: lines(options_fi),
                        options_sv: lines(options_sv),
                    },
                )
                .await?;
        }
        let questions = coaching
            .survey(survey)
            .await?
            .ok_or(StoreError::NotFound)?
            .questions;
        let names = [
            ("Alkukartoitus", "Inledande kartläggning"),
            ("Väliarviointi", "Mellanutvärdering"),
            ("Loppuarviointi", "Slututvärdering"),
        ];
        let running = cohort.ends_on > Utc::now().date_naive();
        for (r, (fi, sv)) in names.iter().take(rounds).enumerate() {
            let span = (cohort.ends_on - cohort.starts_on).num_days();
            let closes = cohort.starts_on + Duration::days(span * (r as i64 + 1) / 3);
            let closes = if running {
                Utc::now().date_naive() + Duration::days(21)
            } else {
                closes
            };
            let round = coaching
                .add_round(survey, (fi, sv), closes, true, Some(evaluator))
                .await?;
            coaching
                .open_round(round, Some(evaluator))
                .await?
                .map_err(|_| StoreError::BuiltInData("the demo survey does not open".into()))?;
            let invited = self.round_respondents(round).await?;
            for (i, (person, org)) in invited.iter().enumerate() {
                // An organisation's turnout: from everyone down to two, varying by round.
                let keep = 2 + spread(*org as usize * 7 + r, 7);
                let nth = invited[..i].iter().filter(|(_, o)| o == org).count();
                if nth >= keep || (running && spread(i, 3) == 0) {
                    continue;
                }
                let lift = r as i32;
                let mut answers = Vec::new();
                for (k, q) in questions.iter().enumerate() {
                    let answer = match q.kind {
                        QuestionKind::Likert => {
                            if spread(i * 11 + k, 12) == 0 {
                                Answer::Likert(Likert::CannotSay)
                            } else {
                                Answer::Likert(Likert::Rating(
                                    (2 + spread(i * 5 + k + *org as usize, 3) as i32 + lift).min(5),
                                ))
                            }
                        }
                        QuestionKind::Choice => Answer::Choice((r as i32).min(2)),
                        QuestionKind::Text => {
                            if i % 4 != 0 {
                                continue;
                            }
                            Answer::Text(COMMENTS[spread(i + r, COMMENTS.len())].to_owned())
                        }
                    };
                    answers.push((q.id, answer));
                }
                coaching.answer(round, *person, &answers).await?;
            }
            if !running {
                coaching.close_round(round, Some(evaluator)).await?;
                if r == 0 {
                    self.demo_response(round, cohort_id).await?;
                }
            }
        }
        Ok(())
    }

    /// Who a round was sent to, with their organisations.
    async fn round_respondents(&self, round: i32) -> Result<Vec<(i32, i32)>> {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
        Ok(crate::entity::round_respondent::Entity::find()
            .filter(crate::entity::round_respondent::Column::RoundId.eq(round))
            .order_by_asc(crate::entity::round_respondent::Column::UserId)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|r| (r.user_id, r.organisation_id))
            .collect())
    }

    /// Espoo's response to the first round's results, written by its HR developer.
    async fn demo_response(&self, round: i32, cohort_id: i32) -> Result<()> {
        let hr = self.demo_user("hr-developer.fi@espoo.example").await?;
        let espoo = self
            .organisations()
            .organisation_of_domain("espoo.example")
            .await?
            .ok_or(StoreError::NotFound)?;
        if self
            .coaching()
            .cohort(cohort_id)
            .await?
            .is_some_and(|c| c.organisations.contains(&espoo))
        {
            self.coaching()
                .respond_for_organisation(
                    round,
                    espoo,
                    "Tavoitteiden selkeys jäi heikoksi. Kerromme hankkeen tavoitteet kaikissa yksiköissä kevään aikana ja otamme käyttöön kolme mittaria.",
                    hr,
                )
                .await?;
        }
        Ok(())
    }
}
