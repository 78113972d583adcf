//! Telling an applicant of their application, in the language they applied in, at the
//! contact address they gave: its receipt, the decision's letter with their own
//! figures, and the answer to their reconsideration request.

use store::{
    development::{SPARRING_JOB, SparringEvent, SparringNotice},
    jobs::Job,
};

use crate::{
    AppState,
    feature::{JobKind, JobRun},
    mail::Mail,
};

pub(super) const JOBS: &[JobKind] = &[JobKind {
    kind: SPARRING_JOB,
    run: run_notice,
}];

fn run_notice<'a>(state: &'a AppState, job: &'a Job) -> JobRun<'a> {
    Box::pin(async move {
        let job: SparringNotice = job.payload()?;
        let development = state.store.development();
        let Some(app) = development.application(job.application_id).await? else {
            return Ok(());
        };
        let Some(round) = development.round(app.round_id).await? else {
            return Ok(());
        };
        let lang = app.lang;
        let text = match job.event {
            SparringEvent::Receipt => String::new(),
            SparringEvent::Decision => {
                let Some(decision) = development.decision(round.id).await? else {
                    return Ok(());
                };
                let decider = match decision.decided_by {
                    Some(id) => state.store.accounts().user(id).await?.map(|u| u.name),
                    None => None,
                }
                .unwrap_or_default();
                super::letter(lang, &round, &app, &decision, &decider).join("\n\n")
            }
            SparringEvent::Reconsidered => development
                .reconsiderations(&[app.id])
                .await?
                .into_iter()
                .filter_map(|r| r.answer)
                .next_back()
                .unwrap_or_default(),
        };
        let mail = Mail::Sparring {
            event: job.event,
            round: round.name(lang).to_owned(),
            text,
            link: state.config.url(&format!(
                "/{}/sparring/applications/{}",
                lang.code(),
                app.id
            )),
        };
        state.mailer.send(&app.contact_email, lang, &mail).await
    })
}
