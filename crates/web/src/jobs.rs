//! The jobs worker: claims due jobs from the queue and runs each with the handler its
//! feature registered for its kind (`feature::JobKind`). It runs inside `johto serve`
//! and alone as `johto worker`; any number of workers may share one database.

use std::time::Duration;

use chrono::Utc;
use store::jobs::Job;

use crate::AppState;

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
            .claim_job(&self.name, Utc::now(), self.state.config.job_lease())
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

    /// Runs a job with the handler its feature registered for its kind.
    async fn run(&self, job: &Job) -> anyhow::Result<()> {
        let Some(handler) = crate::FEATURES
            .iter()
            .flat_map(|feature| feature.jobs)
            .find(|handler| handler.kind == job.kind)
        else {
            anyhow::bail!("no handler for jobs of kind {:?}", job.kind);
        };
        (handler.run)(&self.state, job).await
    }
}

/// Three o'clock of the night after `now`, in Helsinki, as UTC.
pub fn next_night(now: chrono::DateTime<Utc>) -> chrono::DateTime<Utc> {
    use chrono::TimeZone;
    let tomorrow =
        now.with_timezone(&chrono_tz::Europe::Helsinki).date_naive() + chrono::Days::new(1);
    tomorrow
        .and_hms_opt(3, 0, 0)
        .and_then(|t| {
            chrono_tz::Europe::Helsinki
                .from_local_datetime(&t)
                .earliest()
        })
        .map_or(now + chrono::Duration::days(1), |t| t.with_timezone(&Utc))
}
