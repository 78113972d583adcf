//! The jobs worker: claims due jobs from the queue and runs them. It runs inside
//! `johto serve` and alone as `johto worker`; any number of workers may share one
//! database.

use std::time::Duration;

use chrono::Utc;
use domain::Lang;
use serde::{Deserialize, Serialize};
use store::{
    Store,
    events::{Event, NOTICE_JOB, Notice, NoticeJob, Place, REMINDER_JOB, ReminderJob},
    jobs::Job,
};

use crate::{AppState, mail::Mail};

/// The kinds of job, as stored in the queue.
pub const SEND_MAIL: &str = "send_mail";

/// An e-mail waiting to be sent.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MailJob {
    pub to: String,
    pub lang: Lang,
    pub mail: Mail,
}

/// Queues an e-mail. It is sent by a worker, and retried until it goes through.
pub async fn send_mail(store: &Store, to: &str, lang: Lang, mail: Mail) -> anyhow::Result<()> {
    store
        .jobs()
        .enqueue(
            SEND_MAIL,
            &MailJob {
                to: to.to_owned(),
                lang,
                mail,
            },
        )
        .await?;
    Ok(())
}

pub struct Worker {
    state: AppState,
    name: String,
}

impl Worker {
    pub fn new(state: AppState) -> Worker {
        let name = format!("{}-{}", std::process::id(), &store::random_token()[..8]);
        Worker { state, name }
    }

    /// Runs one job if one is due; says whether it found one.
    pub async fn run_one(&self) -> anyhow::Result<bool> {
        let Some(job) = self
            .state
            .store
            .jobs()
            .claim_job(&self.name, Utc::now())
            .await?
        else {
            return Ok(false);
        };
        match self.run(&job).await {
            Ok(()) => {
                self.state
                    .store
                    .jobs()
                    .complete_job(job.id, &self.name, Utc::now())
                    .await?;
                metrics::counter!("johto_jobs_done_total", "kind" => job.kind.clone()).increment(1);
            }
            Err(e) => {
                tracing::warn!(job = job.id, kind = %job.kind, attempt = job.attempt, error = %e, "job failed; it will be retried");
                self.state
                    .store
                    .jobs()
                    .fail_job(job.id, &self.name, &format!("{e:#}"), Utc::now())
                    .await?;
                metrics::counter!("johto_jobs_failed_total", "kind" => job.kind.clone())
                    .increment(1);
            }
        }
        Ok(true)
    }

    /// Runs every due job, then returns.
    pub async fn run_until_idle(&self) -> anyhow::Result<usize> {
        let mut ran = 0;
        while self.run_one().await? {
            ran += 1;
        }
        Ok(ran)
    }

    /// Runs jobs until the process ends, polling when the queue is empty.
    pub async fn run_forever(self) {
        loop {
            match self.run_one().await {
                Ok(true) => continue,
                Ok(false) => {}
                Err(e) => tracing::error!(error = %e, "the jobs queue could not be read"),
            }
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
    }

    /// An event's e-mail, written now from the event as it is; nothing when the
    /// event or the person is gone.
    async fn tell(&self, event: &Event, user_id: i32, notice: Notice) -> anyhow::Result<()> {
        let Some(person) = self.state.store.accounts().user(user_id).await? else {
            return Ok(());
        };
        let mail = crate::events::event_mail(&self.state, event, person.lang, notice);
        self.state
            .mailer
            .send(&person.email, person.lang, &mail)
            .await
    }

    async fn notice(&self, job: &NoticeJob) -> anyhow::Result<()> {
        match self.state.store.events().event(job.event_id).await? {
            Some(event) => self.tell(&event, job.user_id, job.notice).await,
            None => Ok(()),
        }
    }

    /// A reminder is sent only if the person still has their seat and the event has
    /// not moved since it was planned (a move planned a new one).
    async fn remind(&self, job: &ReminderJob) -> anyhow::Result<()> {
        let store = &self.state.store;
        let Some(event) = store.events().event(job.event_id).await? else {
            return Ok(());
        };
        let still_confirmed =
            store.events().place(event.id, job.user_id).await? == Some(Place::Confirmed);
        if event.is_published() && event.sequence == job.sequence && still_confirmed {
            self.tell(&event, job.user_id, Notice::Reminder).await?;
        }
        Ok(())
    }

    async fn run(&self, job: &Job) -> anyhow::Result<()> {
        match job.kind.as_str() {
            SEND_MAIL => {
                let mail: MailJob = job.payload()?;
                self.state
                    .mailer
                    .send(&mail.to, mail.lang, &mail.mail)
                    .await
            }
            NOTICE_JOB => {
                let job: NoticeJob = job.payload()?;
                self.notice(&job).await
            }
            REMINDER_JOB => {
                let job: ReminderJob = job.payload()?;
                self.remind(&job).await
            }
            other => anyhow::bail!("no handler for jobs of kind {other:?}"),
        }
    }
}
