//! The background jobs queue: retries, leases, and never the same job twice at once.

use std::collections::BTreeSet;

use chrono::{Duration, Utc};
use sea_orm::{ConnectionTrait, Statement};
use store::accounts::ACCOUNT_NOTICE_JOB;
use web::jobs::Worker;

#[allow(unused_imports)]
use crate::common::*;

fn lease() -> Duration {
    Duration::seconds(store::jobs::LEASE_SECONDS)
}

async fn make_due(app: &TestApp) {
    let backend = app.store.connection().get_database_backend();
    let sql = match backend {
        sea_orm::DbBackend::Postgres => "UPDATE jobs SET run_at = $1 WHERE done_at IS NULL",
        _ => "UPDATE jobs SET run_at = ? WHERE done_at IS NULL",
    };
    let past = Utc::now() - Duration::seconds(1);
    app.store
        .connection()
        .execute_raw(Statement::from_sql_and_values(backend, sql, [past.into()]))
        .await
        .unwrap();
}

on_both_databases! {
    async fn an_email_that_fails_is_retried_later_and_then_sent(app) {
        let maija = app.user_id("manager.fi@espoo.example").await;
        app.store.accounts().send_password_reset(maija).await.unwrap();
        let broken = Worker::new(app.state_with_broken_smtp());
        assert!(broken.run_one().await.unwrap(), "the job was tried");
        let stats = app.store.jobs().job_stats().await.unwrap();
        assert_eq!(stats.waiting, 1, "the failed job waits for its retry");
        assert!(!broken.run_one().await.unwrap(), "not before its backoff has passed");
        assert!(app.mails_to("manager.fi@espoo.example").await.is_empty());
        make_due(&app).await;
        let mails = app.mails_to("manager.fi@espoo.example").await;
        assert_eq!(mails.len(), 1, "sent on the retry, once");
        assert_eq!(app.store.jobs().job_stats().await.unwrap().waiting, 0);
    }

    async fn a_job_whose_worker_died_is_taken_over_after_its_lease(app) {
        let id = app.store.jobs().enqueue(ACCOUNT_NOTICE_JOB, &serde_json::json!({"anything": 1})).await.unwrap();
        let now = Utc::now();
        let first = app.store.jobs().claim_job("worker-a", now, lease()).await.unwrap().unwrap();
        assert_eq!((first.id, first.attempt), (id, 1));
        assert!(app.store.jobs().claim_job("worker-b", now, lease()).await.unwrap().is_none(), "held by its lease");
        let later = now + Duration::seconds(store::jobs::LEASE_SECONDS + 1);
        let second = app.store.jobs().claim_job("worker-b", later, lease()).await.unwrap().unwrap();
        assert_eq!((second.id, second.attempt), (id, 2));
        // The first worker wakes up and reports: it no longer holds the job.
        app.store.jobs().complete_job(id, "worker-a", later).await.unwrap();
        assert!(app.store.jobs().job(id).await.unwrap().unwrap().done_at.is_none());
        app.store.jobs().complete_job(id, "worker-b", later).await.unwrap();
        assert!(app.store.jobs().job(id).await.unwrap().unwrap().done_at.is_some());
        let much_later = later + Duration::days(1);
        assert!(app.store.jobs().claim_job("worker-c", much_later, lease()).await.unwrap().is_none(), "done is done");
    }

    async fn concurrent_workers_never_take_the_same_job(app) {
        let mut ids = BTreeSet::new();
        for n in 0..40 {
            ids.insert(app.store.jobs().enqueue(ACCOUNT_NOTICE_JOB, &n).await.unwrap());
        }
        let mut tasks = Vec::new();
        for w in 0..4 {
            let store = app.store.clone();
            tasks.push(tokio::spawn(async move {
                let mut taken = Vec::new();
                while let Some(job) = store.jobs().claim_job(&format!("w{w}"), Utc::now(), lease()).await.unwrap() {
                    taken.push(job.id);
                }
                taken
            }));
        }
        let mut all = Vec::new();
        for task in tasks {
            all.extend(task.await.unwrap());
        }
        let unique: BTreeSet<i64> = all.iter().copied().collect();
        assert_eq!(all.len(), 40, "every job taken once: {all:?}");
        assert_eq!(unique, ids);
    }

    async fn a_job_is_given_up_after_its_last_attempt(app) {
        let id = app.store.jobs().enqueue("no_such_kind", &()).await.unwrap();
        let worker = Worker::new(app.state.clone());
        for _ in 0..store::jobs::MAX_ATTEMPTS {
            make_due(&app).await;
            assert!(worker.run_one().await.unwrap());
        }
        make_due(&app).await;
        assert!(!worker.run_one().await.unwrap());
        let job = app.store.jobs().job(id).await.unwrap().unwrap();
        assert!(job.dead);
        assert!(job.last_error.unwrap().contains("no handler"));
        assert_eq!(app.store.jobs().job_stats().await.unwrap(), store::jobs::QueueStats { waiting: 0, dead: 1 });
    }
}
