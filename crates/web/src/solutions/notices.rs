//! Telling a solution's author what a moderator did, in the author's language, with
//! the reason: approved (now public), returned for changes, or hidden.

use store::{
    jobs::Job,
    solutions::{SOLUTION_JOB, SolutionNotice},
};

use crate::{
    AppState,
    feature::{JobKind, JobRun},
    mail::Mail,
};

pub(super) const JOBS: &[JobKind] = &[JobKind {
    kind: SOLUTION_JOB,
    run: run_notice,
}];

fn run_notice<'a>(state: &'a AppState, job: &'a Job) -> JobRun<'a> {
    Box::pin(async move {
        let job: SolutionNotice = job.payload()?;
        let solutions = state.store.solutions();
        let (Some(solution), Some(entry)) = (
            solutions.solution(job.solution_id).await?,
            solutions.history_entry(job.history_id).await?,
        ) else {
            return Ok(());
        };
        let Some(author) = solution.author_id else {
            return Ok(());
        };
        let Some(user) = state.store.accounts().user(author).await? else {
            return Ok(());
        };
        if user.disabled {
            return Ok(());
        }
        let lang = user.lang;
        let mail = Mail::Solution {
            action: entry.action,
            title: solution.title(lang).to_owned(),
            reason: entry.reason,
            link: state
                .config
                .url(&format!("/{}/solutions/{}", lang.code(), solution.id)),
        };
        state.mailer.send(&user.email, lang, &mail).await
    })
}
