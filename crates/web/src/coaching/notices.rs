//! The coaching programme's background jobs, each writing its mail in the recipient's
//! language from the objects as they are when it is sent: a new post to a peer group's
//! other members, a coach's feedback to whoever handed the work in, a coach's morning
//! digest of works handed in, and the evaluation's invitations and reminders.

use chrono::Duration;
use domain::coaching::tasks::may_set_tasks;
use store::{
    coaching::{
        DIGEST_JOB, DigestNotice, FEEDBACK_JOB, FeedbackNotice, INVITE_JOB, Invitation, Owner,
        POST_JOB, PostNotice,
    },
    jobs::Job,
};

use crate::{
    AppState,
    feature::{JobKind, JobRun},
    i18n,
    mail::Mail,
};

pub(super) const JOBS: &[JobKind] = &[
    JobKind {
        kind: POST_JOB,
        run: run_post,
    },
    JobKind {
        kind: FEEDBACK_JOB,
        run: run_feedback,
    },
    JobKind {
        kind: DIGEST_JOB,
        run: run_digest,
    },
    JobKind {
        kind: INVITE_JOB,
        run: run_invitation,
    },
];

/// Tells one person of the feedback on a work of theirs (or their group's). Nothing is
/// sent to a closed account.
fn run_feedback<'a>(state: &'a AppState, job: &'a Job) -> JobRun<'a> {
    Box::pin(async move {
        let job: FeedbackNotice = job.payload()?;
        let coaching = state.store.coaching();
        let Some((work, attempt)) = coaching.attempt(job.attempt_id).await? else {
            return Ok(());
        };
        let Some(outcome) = attempt.outcome else {
            return Ok(());
        };
        let Some(task) = coaching.task(work.task_id).await? else {
            return Ok(());
        };
        let Some(cohort) = coaching.cohort(task.cohort_id).await? else {
            return Ok(());
        };
        let Some(reader) = state.store.accounts().open_user(job.user_id).await? else {
            return Ok(());
        };
        let mail = Mail::Feedback {
            task: task.title(reader.lang).to_owned(),
            outcome: i18n::t(
                reader.lang,
                &format!("task-outcome-{}", outcome.as_str().replace('_', "-")),
            ),
            link: state.config.url(&format!(
                "/{}/coaching/{}/tasks/{}",
                reader.lang.code(),
                cohort.code,
                task.id
            )),
        };
        state.mailer.send(&reader.email, reader.lang, &mail).await
    })
}

/// A coach's digest: the works handed in, in the cohorts they coach, during the day
/// before it is due and still waiting for feedback. Nothing is sent when none is left.
fn run_digest<'a>(state: &'a AppState, job: &'a Job) -> JobRun<'a> {
    Box::pin(async move {
        let job: DigestNotice = job.payload()?;
        let Some(coach) = state.store.accounts().open_user(job.coach_id).await? else {
            return Ok(());
        };
        let who = coach.principal();
        let coaching = state.store.coaching();
        let cohorts: Vec<_> = coaching
            .cohorts()
            .await?
            .into_iter()
            .filter(|c| may_set_tasks(&who, c.tie(false)))
            .collect();
        let ids: Vec<i32> = cohorts.iter().map(|c| c.id).collect();
        let since = job.due_at - Duration::days(1);
        let new: Vec<_> = coaching
            .awaiting_feedback(&ids)
            .await?
            .into_iter()
            .filter(|w| w.submitted_at >= since && w.submitted_at < job.due_at)
            .collect();
        if new.is_empty() {
            return Ok(());
        }
        let lang = coach.lang;
        let mut lines = Vec::new();
        for w in &new {
            let task = coaching
                .task(w.task_id)
                .await?
                .map(|t| t.title(lang).to_owned())
                .unwrap_or_default();
            let whose = match w.owner {
                Owner::Person(u) => state.store.accounts().user(u).await?.map(|u| u.name),
                Owner::Group(g) => coaching.group(g).await?.map(|g| g.name),
            }
            .unwrap_or_default();
            let code = cohorts
                .iter()
                .find(|c| c.id == w.cohort_id)
                .map(|c| c.code.to_string())
                .unwrap_or_default();
            let late = if w.late {
                format!(" ({})", i18n::t(lang, "task-late"))
            } else {
                String::new()
            };
            lines.push(format!("- {whose}: {task}, {code}{late}"));
        }
        let mail = Mail::CoachDigest {
            count: new.len(),
            late: new.iter().filter(|w| w.late).count(),
            list: lines.join("\n"),
            link: state
                .config
                .url(&format!("/{}/coaching/queue", lang.code())),
        };
        state.mailer.send(&coach.email, lang, &mail).await
    })
}

/// An invitation to answer a round of the evaluation, or a reminder; nothing is sent to
/// someone who has answered since, nor for a round no longer open.
fn run_invitation<'a>(state: &'a AppState, job: &'a Job) -> JobRun<'a> {
    Box::pin(async move {
        let job: Invitation = job.payload()?;
        let coaching = state.store.coaching();
        let Some(round) = coaching.round(job.round_id).await? else {
            return Ok(());
        };
        if round.status != domain::coaching::evaluation::RoundStatus::Open
            || coaching.respondent(round.id, job.user_id).await? != Some(false)
        {
            return Ok(());
        }
        let Some(survey) = coaching.survey(round.survey_id).await? else {
            return Ok(());
        };
        let Some(reader) = state.store.accounts().open_user(job.user_id).await? else {
            return Ok(());
        };
        let mail = Mail::Evaluation {
            reminder: job.reminder,
            survey: survey.title(reader.lang).to_owned(),
            round: round.name(reader.lang).to_owned(),
            closes: round.closes_on.format("%-d.%-m.%Y").to_string(),
            link: state.config.url(&format!(
                "/{}/evaluation/rounds/{}/answer",
                reader.lang.code(),
                round.id
            )),
        };
        state.mailer.send(&reader.email, reader.lang, &mail).await
    })
}

/// The first words of a post for the mail, at most 200 characters.
fn excerpt(body: &str) -> String {
    let flat = body.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() > 200 {
        format!("{}…", flat.chars().take(199).collect::<String>())
    } else {
        flat
    }
}

/// Nothing is sent for a post deleted since, nor to someone who has left the group or
/// whose account is closed.
fn run_post<'a>(state: &'a AppState, job: &'a Job) -> JobRun<'a> {
    Box::pin(async move {
        let job: PostNotice = job.payload()?;
        let coaching = state.store.coaching();
        let Some(post) = coaching.post(job.post_id).await? else {
            return Ok(());
        };
        let Some(group) = coaching.group(post.group_id).await? else {
            return Ok(());
        };
        let Some(cohort) = coaching.cohort(group.cohort_id).await? else {
            return Ok(());
        };
        if !group.members.contains(&job.user_id) {
            return Ok(());
        }
        let Some(reader) = state.store.accounts().open_user(job.user_id).await? else {
            return Ok(());
        };
        let author = state
            .store
            .accounts()
            .user(post.author_id)
            .await?
            .map(|a| a.name)
            .unwrap_or_default();
        let mail = Mail::GroupPost {
            group: group.name.clone(),
            author,
            excerpt: excerpt(&post.body),
            link: state.config.url(&format!(
                "/{}/coaching/{}/groups/{}",
                reader.lang.code(),
                cohort.code,
                group.id
            )),
        };
        state.mailer.send(&reader.email, reader.lang, &mail).await
    })
}

#[cfg(test)]
mod tests {
    use super::excerpt;

    #[test]
    fn an_excerpt_is_one_line_of_at_most_200_characters() {
        assert_eq!(excerpt("Hei\n\n  kaikki "), "Hei kaikki");
        let long = "sana ".repeat(100);
        assert_eq!(excerpt(&long).chars().count(), 200);
        assert!(excerpt(&long).ends_with('…'));
    }
}
