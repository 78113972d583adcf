//! Telling a holder of their certificate granted, revoked or reissued, in their
//! language, with its addresses, from the certificate as it is when the mail is sent.

use store::{
    certificates::{CERTIFICATE_JOB, CertificateNotice},
    jobs::Job,
};

use crate::{
    AppState,
    feature::{JobKind, JobRun},
    mail::Mail,
};

pub(super) const JOBS: &[JobKind] = &[JobKind {
    kind: CERTIFICATE_JOB,
    run: run_notice,
}];

/// Nothing is sent to a closed account, nor for a certificate erased since.
fn run_notice<'a>(state: &'a AppState, job: &'a Job) -> JobRun<'a> {
    Box::pin(async move {
        let job: CertificateNotice = job.payload()?;
        let Some(cert) = state.store.certificates().by_id(job.certificate_id).await? else {
            return Ok(());
        };
        let Some(holder) = cert.user_id else {
            return Ok(());
        };
        let Some(reader) = state.store.accounts().open_user(holder).await? else {
            return Ok(());
        };
        let Some(cohort) = state.store.coaching().cohort(cert.cohort_id).await? else {
            return Ok(());
        };
        let lang = reader.lang;
        let mail = Mail::Certificate {
            event: job.event,
            cohort: super::cohort_years(&cohort),
            code: cert.code.to_string(),
            link: state.config.url(&super::public_path(lang, &cert)),
            credential: state
                .config
                .url(&format!("/certificates/{}/credential.json", cert.code)),
        };
        state.mailer.send(&reader.email, lang, &mail).await
    })
}
