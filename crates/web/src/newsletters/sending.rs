//! The newsletters' jobs: the confirmation link to a new subscriber, and a send, a
//! batch at a time. Each message carries `List-Id` (RFC 2919), `List-Unsubscribe` with
//! the recipient's own https address and `List-Unsubscribe-Post` (RFC 8058), and comes
//! as HTML and as text.

use std::time::Duration;

use chrono::Utc;
use domain::{
    Lang,
    newsletters::{NewsletterState, may_send, should_pause},
};
use lettre::message::{
    MultiPart,
    header::{HeaderName, HeaderValue},
};
use store::{
    jobs::Job,
    newsletters::{CONFIRM_JOB, ConfirmNotice, Delivery, NewsletterInput, SEND_JOB, SendNotice},
};

use crate::{
    AppState,
    feature::{JobKind, JobRun},
    i18n,
    mail::{Mail, MailSession, SendError},
    markdown,
};

pub(super) const JOBS: &[JobKind] = &[
    JobKind {
        kind: CONFIRM_JOB,
        run: run_confirm,
    },
    JobKind {
        kind: SEND_JOB,
        run: run_send,
    },
];

fn run_confirm<'a>(state: &'a AppState, job: &'a Job) -> JobRun<'a> {
    Box::pin(async move {
        let job: ConfirmNotice = job.payload()?;
        let Some(subscriber) = state
            .store
            .newsletters()
            .subscriber(job.subscriber_id)
            .await?
        else {
            return Ok(());
        };
        if subscriber.confirmed_at.is_some() || subscriber.unsubscribed_at.is_some() {
            return Ok(());
        }
        let lang = subscriber.lang;
        let mail = Mail::NewsletterConfirm {
            link: state.config.url(&format!(
                "/{}/newsletters/confirm/{}",
                lang.code(),
                subscriber.secret
            )),
        };
        state.mailer.send(&subscriber.email, lang, &mail).await
    })
}

/// The recipient's own address for leaving the list.
fn unsubscribe_url(state: &AppState, secret: &str) -> String {
    state
        .config
        .url(&format!("/newsletters/unsubscribe/{secret}"))
}

/// A newsletter's edition as sent: its subject, HTML and text.
pub(super) struct Rendered {
    pub subject: String,
    pub html: String,
    pub text: String,
}

/// The edition in `lang`, with the footer that says how to leave (`{unsubscribe}` is
/// put in per recipient).
pub(super) fn render(state: &AppState, input: &NewsletterInput, lang: Lang) -> Rendered {
    let subject = input.subject(lang).to_owned();
    let body = input.body(lang);
    let archive = state.config.url(&format!("/{}/newsletters", lang.code()));
    let footer = i18n::t(lang, "newsletter-mail-footer");
    let leave = i18n::t(lang, "newsletter-mail-leave");
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"{code}\"><head><meta charset=\"utf-8\"><title>{title}</title></head>\
         <body style=\"font-family: sans-serif; max-width: 40em; margin: auto; line-height: 1.5\">\
         <h1>{title}</h1>\n{content}\n<hr><p>{footer} <a href=\"{archive}\">{archive}</a></p>\
         <p><a href=\"{{unsubscribe}}\">{leave}</a></p></body></html>\n",
        code = lang.code(),
        title = escape(&subject),
        content = markdown::to_html_for_mail(body, &state.config.public_url),
        footer = escape(&footer),
        archive = escape(&archive),
        leave = escape(&leave),
    );
    let text =
        format!("{subject}\n\n{body}\n\n-- \n{footer} {archive}\n{leave}: {{unsubscribe}}\n");
    Rendered {
        subject,
        html,
        text,
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Sends one edition to one address, with the list's headers.
pub(super) async fn send_one(
    state: &AppState,
    session: &mut MailSession<'_>,
    edition: &Rendered,
    to: &str,
    secret: &str,
) -> Result<(), SendError> {
    let unsubscribe = unsubscribe_url(state, secret);
    let host = state
        .config
        .public_url
        .split("://")
        .nth(1)
        .unwrap_or("johto.example")
        .split(['/', ':'])
        .next()
        .unwrap_or("johto.example")
        .to_owned();
    let header = |name: &str, value: String| -> anyhow::Result<HeaderValue> {
        Ok(HeaderValue::new(
            HeaderName::new_from_ascii(name.to_owned())?,
            value,
        ))
    };
    session
        .send_message(|builder| {
            Ok(builder
                .to(to.parse()?)
                .subject(edition.subject.clone())
                .raw_header(header("List-Id", format!("KunTeko <newsletter.{host}>"))?)
                .raw_header(header("List-Unsubscribe", format!("<{unsubscribe}>"))?)
                .raw_header(header(
                    "List-Unsubscribe-Post",
                    "List-Unsubscribe=One-Click".to_owned(),
                )?)
                .multipart(MultiPart::alternative_plain_html(
                    edition.text.replace("{unsubscribe}", &unsubscribe),
                    edition.html.replace("{unsubscribe}", &unsubscribe),
                ))?)
        })
        .await
}

/// A test message of each complete edition to the coordinator, with a secret that
/// leads nowhere.
pub(super) async fn send_test(
    state: &AppState,
    input: &NewsletterInput,
    to: &str,
) -> Result<usize, SendError> {
    let mut sent = 0;
    let mut session = state.mailer.session();
    for lang in [Lang::Fi, Lang::Sv] {
        if input.is_complete(lang) {
            let mut edition = render(state, input, lang);
            edition.subject = format!(
                "[{}] {}",
                i18n::t(lang, "newsletter-test-mark"),
                edition.subject
            );
            send_one(state, &mut session, &edition, to, "test").await?;
            sent += 1;
        }
    }
    session.close().await;
    Ok(sent)
}

fn run_send<'a>(state: &'a AppState, job: &'a Job) -> JobRun<'a> {
    Box::pin(async move {
        let job: SendNotice = job.payload()?;
        send_batch(state, job.newsletter_id).await
    })
}

/// Starts a scheduled send when it is due, or sends the next batch of a running one
/// and queues the batch after it.
async fn send_batch(state: &AppState, id: i32) -> anyhow::Result<()> {
    let newsletters = state.store.newsletters();
    let Some(newsletter) = newsletters.newsletter(id).await? else {
        return Ok(());
    };
    match newsletter.state {
        NewsletterState::Scheduled => {
            if newsletter.scheduled_at.is_some_and(|at| at > Utc::now()) {
                return Ok(());
            }
            let editions = newsletters.editions(&newsletter.input).await?;
            match may_send(&editions) {
                Ok(langs) => {
                    newsletters.start(id, &langs, None).await?;
                }
                Err(refused) => {
                    newsletters.unschedule(id, refused.message_id).await?;
                }
            }
            return Ok(());
        }
        NewsletterState::Sending => {}
        _ => return Ok(()),
    }
    let rendered: Vec<(Lang, Rendered)> = newsletter
        .editions
        .iter()
        .map(|lang| (*lang, render(state, &newsletter.input, *lang)))
        .collect();
    // No rate (0) sends as fast as the server takes them.
    let pause = (state.config.newsletter_per_second > 0)
        .then(|| Duration::from_secs_f64(1.0 / f64::from(state.config.newsletter_per_second)));
    let batch = newsletters
        .pending(id, state.config.newsletter_batch, state.config.job_lease())
        .await?;
    let mut errors_in_a_row = 0;
    let mut session = state.mailer.session();
    for delivery in &batch {
        if !newsletters.claim(delivery.id).await? {
            continue;
        }
        let Some((_, edition)) = rendered.iter().find(|(l, _)| *l == delivery.lang) else {
            newsletters
                .mark_failed(delivery, false, "no edition in this language")
                .await?;
            continue;
        };
        match send_one(
            state,
            &mut session,
            edition,
            &delivery.email,
            &delivery.secret,
        )
        .await
        {
            Ok(()) => {
                errors_in_a_row = 0;
                newsletters.mark_sent(delivery.id).await?;
            }
            Err(error) => {
                errors_in_a_row += 1;
                failed(state, delivery, &error).await?;
                if should_pause(errors_in_a_row) {
                    newsletters.pause(id, &error.to_string()).await?;
                    return Ok(());
                }
            }
        }
        if let Some(pause) = pause {
            tokio::time::sleep(pause).await;
        }
    }
    session.close().await;
    if !newsletters.finish_if_done(id).await? {
        // Nothing left to take but messages another worker claimed: they are either
        // marked soon or, if that worker died, free again when its lease runs out.
        let next = if batch.is_empty() {
            Utc::now() + state.config.job_lease()
        } else {
            Utc::now()
        };
        newsletters.continue_later(id, next).await?;
    }
    Ok(())
}

async fn failed(state: &AppState, delivery: &Delivery, error: &SendError) -> anyhow::Result<()> {
    let permanent = matches!(error, SendError::Permanent(_));
    tracing::warn!(delivery = delivery.id, permanent, error = %error, "a newsletter message was not sent");
    state
        .store
        .newsletters()
        .mark_failed(delivery, permanent, &error.to_string())
        .await?;
    Ok(())
}
