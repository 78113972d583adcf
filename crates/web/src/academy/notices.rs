//! The academy's background job: a subscriber hears of a theme opened for the first
//! time, if they still subscribe and the theme is still out.

use store::{
    academy::{NEW_THEME_JOB, NewThemeJob},
    jobs::Job,
};

use crate::{
    AppState,
    feature::{JobKind, JobRun},
    mail::Mail,
};

pub(super) const JOBS: &[JobKind] = &[JobKind {
    kind: NEW_THEME_JOB,
    run,
}];

fn run<'a>(state: &'a AppState, job: &'a Job) -> JobRun<'a> {
    Box::pin(async move {
        let job: NewThemeJob = job.payload()?;
        let academy = state.store.academy();
        let Some(user) = state.store.accounts().open_user(job.user_id).await? else {
            return Ok(());
        };
        let Some(theme) = academy
            .theme(job.theme_id)
            .await?
            .filter(store::Theme::is_published)
        else {
            return Ok(());
        };
        if !academy.is_subscribed_to_themes(user.id).await? {
            return Ok(());
        }
        let link = state
            .config
            .url(&format!("/{}/academy/{}", user.lang.code(), theme.slug));
        let mail = Mail::NewTheme {
            title: theme.title(user.lang).to_owned(),
            link,
        };
        state.mailer.send(&user.email, user.lang, &mail).await
    })
}
