//! The accounts' e-mails, written by the worker from the notices the store queued with
//! each change: a one-time link (its secret is made here, when it is sent, so none
//! waits in the queue), a request waiting for its approver, a request turned down.

use chrono::Duration;
use store::{
    TokenPurpose,
    accounts::{ACCOUNT_NOTICE_JOB, AccountNotice},
    jobs::Job,
};

use super::password::{RESET_VALID_HOURS, WELCOME_VALID_DAYS, kind_of};
use crate::{
    AppState,
    feature::{JobKind, JobRun},
    mail::Mail,
};

pub(super) const JOBS: &[JobKind] = &[JobKind {
    kind: ACCOUNT_NOTICE_JOB,
    run,
}];

fn run<'a>(state: &'a AppState, job: &'a Job) -> JobRun<'a> {
    Box::pin(async move {
        match job.payload::<AccountNotice>()? {
            AccountNotice::Link { user_id, purpose } => send_link(state, user_id, purpose).await,
            AccountNotice::RequestWaiting {
                request_id,
                approver_id,
            } => tell_approver(state, request_id, approver_id).await,
            AccountNotice::RequestRejected { request_id } => {
                let Some(request) = state.store.accounts().account_request(request_id).await?
                else {
                    return Ok(());
                };
                let mail = Mail::RequestRejected {
                    name: request.name.clone(),
                };
                state.mailer.send(&request.email, request.lang, &mail).await
            }
        }
    })
}

async fn send_link(state: &AppState, user_id: i32, purpose: TokenPurpose) -> anyhow::Result<()> {
    let Some(user) = state.store.accounts().open_user(user_id).await? else {
        return Ok(());
    };
    let valid_for = match purpose {
        TokenPurpose::PasswordReset => Duration::hours(RESET_VALID_HOURS),
        TokenPurpose::Welcome => Duration::days(WELCOME_VALID_DAYS),
    };
    let token = state
        .store
        .accounts()
        .issue_token(user.id, purpose, valid_for)
        .await?;
    let link = state.config.url(&format!(
        "/{}/password/{}/{token}",
        user.lang.code(),
        kind_of(purpose)
    ));
    let mail = match purpose {
        TokenPurpose::PasswordReset => Mail::PasswordReset { link },
        TokenPurpose::Welcome => Mail::Welcome {
            name: user.name.clone(),
            link,
        },
    };
    state.mailer.send(&user.email, user.lang, &mail).await
}

/// An approver hears of a request while it still waits.
async fn tell_approver(state: &AppState, request_id: i32, approver_id: i32) -> anyhow::Result<()> {
    let Some(request) = state.store.accounts().account_request(request_id).await? else {
        return Ok(());
    };
    let Some(approver) = state.store.accounts().open_user(approver_id).await? else {
        return Ok(());
    };
    if request.status != store::RequestStatus::Pending {
        return Ok(());
    }
    let link = state
        .config
        .url(&format!("/{}/requests", approver.lang.code()));
    let mail = Mail::RequestWaiting {
        name: request.name.clone(),
        email: request.email.clone(),
        link,
    };
    state
        .mailer
        .send(&approver.email, approver.lang, &mail)
        .await
}
