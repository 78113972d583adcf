//! The events' background jobs: the e-mail a notice asks for, and the reminder the day
//! before. Both are written when they are sent, from the event as it is then.

use store::{
    events::{Event, NOTICE_JOB, Notice, NoticeJob, Place, REMINDER_JOB, ReminderJob},
    jobs::Job,
};

use crate::{
    AppState,
    feature::{JobKind, JobRun},
};

pub(super) const JOBS: &[JobKind] = &[
    JobKind {
        kind: NOTICE_JOB,
        run: run_notice,
    },
    JobKind {
        kind: REMINDER_JOB,
        run: run_reminder,
    },
];

fn run_notice<'a>(state: &'a AppState, job: &'a Job) -> JobRun<'a> {
    Box::pin(async move {
        let job: NoticeJob = job.payload()?;
        match state.store.events().event(job.event_id).await? {
            Some(event) => tell(state, &event, job.user_id, job.notice).await,
            None => Ok(()),
        }
    })
}

/// A reminder is sent only if the person still has their seat and the event has not
/// moved since it was planned (a move planned a new one).
fn run_reminder<'a>(state: &'a AppState, job: &'a Job) -> JobRun<'a> {
    Box::pin(async move {
        let job: ReminderJob = job.payload()?;
        let events = state.store.events();
        let Some(event) = events.event(job.event_id).await? else {
            return Ok(());
        };
        let still_confirmed = events.place(event.id, job.user_id).await? == Some(Place::Confirmed);
        if event.is_published() && event.sequence == job.sequence && still_confirmed {
            tell(state, &event, job.user_id, Notice::Reminder).await?;
        }
        Ok(())
    })
}

/// An event's e-mail to one person, in their language; nothing when they are gone.
async fn tell(state: &AppState, event: &Event, user_id: i32, notice: Notice) -> anyhow::Result<()> {
    let Some(person) = state.store.accounts().user(user_id).await? else {
        return Ok(());
    };
    let mail = super::event_mail(state, event, person.lang, notice);
    state.mailer.send(&person.email, person.lang, &mail).await
}
