//! What anyone does: read the archive of sent newsletters, subscribe (a confirmation
//! link follows by e-mail; the answer is the same whether or not the address was on
//! the list), confirm, and leave. The one-click address of the `List-Unsubscribe`
//! header lives outside the language prefix and the CSRF check (`one_click`): a mail
//! service posts to it with no session, and the recipient's secret is the credential.

use std::collections::BTreeMap;

use askama::Template;
use axum::{
    Extension, Router,
    body::Bytes,
    extract::Path,
    http::request::Parts,
    response::{IntoResponse, Redirect, Response},
    routing::get,
};
use domain::{
    Email, Lang,
    events::in_helsinki,
    newsletters::{may_run_newsletters, parse_languages},
};
use store::newsletters::{Newsletter, Subscriber};

use super::id_of;
use crate::{
    AppError, AppState, PageCtx,
    error::AppResult,
    form::Form,
    i18n, markdown,
    render::{render, render_form},
    security::take_costly_attempt,
};

#[derive(Template)]
#[template(path = "newsletters/archive.html")]
struct ArchivePage {
    ctx: PageCtx,
    form: Form,
    /// The sent newsletters by year, the newest first.
    years: Vec<(i32, Vec<Issue>)>,
    /// The signed-in person's own subscriptions.
    own: Vec<Subscriber>,
    may_run: bool,
    /// What a subscription led to (shown on the page itself: a visitor's subscribing
    /// writes no session).
    notice: Option<String>,
}

impl ArchivePage {
    fn chose(&self, lang: &str) -> bool {
        self.form.values("lang").contains(&lang)
    }
}

/// A sent newsletter in the archive: its id, subject, the subject's language where it
/// is not the page's, and the day it went out.
type Issue = (i32, String, String, String);

/// The archive's rows, by year of sending.
fn by_year(ctx: &PageCtx, sent: &[Newsletter]) -> Vec<(i32, Vec<Issue>)> {
    let mut years: BTreeMap<i32, Vec<Issue>> = BTreeMap::new();
    for n in sent {
        let Some(at) = n.sent_at else { continue };
        let edition = n.edition_for(ctx.lang);
        let lang = if edition == ctx.lang {
            String::new()
        } else {
            edition.code().to_owned()
        };
        let year = in_helsinki(at).0[..4].parse().unwrap_or_default();
        years.entry(year).or_default().push((
            n.id,
            n.input.subject(edition).to_owned(),
            lang,
            i18n::local_date(at),
        ));
    }
    years.into_iter().rev().collect()
}

async fn archive_page(
    ctx: PageCtx,
    state: &AppState,
    form: Form,
    notice: Option<&str>,
) -> AppResult<Response> {
    let newsletters = state.store.newsletters();
    let sent = newsletters.archive().await?;
    let own = match ctx.user.as_ref() {
        Some(user) => newsletters.subscriptions_of(&user.email).await?,
        None => Vec::new(),
    };
    let refused = !form.is_valid();
    render_form(
        ArchivePage {
            years: by_year(&ctx, &sent),
            own,
            may_run: ctx.principal().as_ref().is_some_and(may_run_newsletters),
            notice: notice.map(|key| ctx.t(key)),
            form,
            ctx: ctx.at("/newsletters"),
        },
        refused,
    )
}

pub async fn archive(ctx: PageCtx, Extension(state): Extension<AppState>) -> AppResult<Response> {
    let email = ctx
        .user
        .as_ref()
        .map(|u| u.email.clone())
        .unwrap_or_default();
    let form = Form::with_values(
        ctx.lang,
        &[("email", email.as_str()), ("lang", ctx.lang.code())],
    );
    archive_page(ctx, &state, form, None).await
}

/// Subscribes an address. A signed-in person's own address is subscribed at once;
/// any other waits for its confirmation link. Either way the page says the same to
/// everyone, so no one learns from it who is on the list.
pub async fn subscribe(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    parts: Parts,
    mut form: Form,
) -> AppResult<Response> {
    take_costly_attempt(&state, &parts).await?;
    let email = form.parse("email", Email::parse);
    let chosen = form.values("lang");
    let langs = match parse_languages(&chosen) {
        Ok(langs) => Some(langs),
        Err(invalid) => {
            form.refuse("lang", invalid.message_id);
            None
        }
    };
    let (Some(email), Some(langs)) = (email, langs) else {
        return archive_page(ctx, &state, form, None).await;
    };
    let own = ctx
        .user
        .as_ref()
        .filter(|u| u.email.eq_ignore_ascii_case(email.as_str()));
    state
        .store
        .newsletters()
        .subscribe(email.as_str(), &langs, own.map(|u| u.id), own.is_some())
        .await?;
    let notice = if own.is_some() {
        "newsletter-subscribed"
    } else {
        "newsletter-check-mail"
    };
    let form = Form::with_values(ctx.lang, &[("lang", ctx.lang.code())]);
    archive_page(ctx, &state, form, Some(notice)).await
}

#[derive(Template)]
#[template(path = "newsletters/show.html")]
struct ShowPage {
    ctx: PageCtx,
    newsletter: Newsletter,
    edition: Lang,
    html: String,
    day: String,
}

impl ShowPage {
    fn lang_attr(&self) -> String {
        if self.edition == self.ctx.lang {
            String::new()
        } else {
            format!(" lang=\"{}\"", self.edition.code())
        }
    }

    /// The other edition that went out, to link to.
    fn other(&self) -> Option<Lang> {
        self.newsletter
            .editions
            .iter()
            .copied()
            .find(|l| *l != self.edition)
    }
}

/// A sent newsletter, in the reader's language where that edition went out; to
/// anyone. A newsletter not yet sent is the coordinators' (its preview).
pub async fn show(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(raw): Path<String>,
) -> AppResult<Response> {
    let newsletter = state
        .store
        .newsletters()
        .newsletter(id_of(&raw)?)
        .await?
        .ok_or_else(AppError::not_found)?;
    let Some(sent_at) = newsletter.sent_at else {
        return Err(AppError::not_found());
    };
    let edition = newsletter.edition_for(ctx.lang);
    let path = format!("/newsletters/{}", newsletter.id);
    render(ShowPage {
        html: markdown::to_html(newsletter.input.body(edition)),
        day: i18n::local_date(sent_at),
        edition,
        newsletter,
        ctx: ctx.at(&path),
    })
}

/// What a confirmation or an unsubscribe link led to.
#[derive(Template)]
#[template(path = "newsletters/link.html")]
struct LinkPage {
    ctx: PageCtx,
    /// The Fluent id of the heading and of the text.
    heading: &'static str,
    text: &'static str,
    /// The button that does it, where the link is good and it is not yet done.
    button: Option<&'static str>,
    action: String,
}

fn link_page(
    ctx: PageCtx,
    heading: &'static str,
    text: &'static str,
    button: Option<&'static str>,
    action: String,
) -> AppResult<Response> {
    render(LinkPage {
        ctx,
        heading,
        text,
        button,
        action,
    })
}

/// A confirmation link shows a button: a link scanner that follows it confirms nothing.
pub async fn confirm_form(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(secret): Path<String>,
) -> AppResult<Response> {
    let found = state
        .store
        .newsletters()
        .subscriber_by_secret(&secret)
        .await?;
    let action = format!("/newsletters/confirm/{secret}");
    match found {
        Some(s) if s.confirmed_at.is_none() && s.unsubscribed_at.is_none() => link_page(
            ctx,
            "newsletter-confirm-heading",
            "newsletter-confirm-text",
            Some("newsletter-confirm-button"),
            action,
        ),
        Some(s) if s.is_active() => link_page(
            ctx,
            "newsletter-confirmed-heading",
            "newsletter-confirmed-text",
            None,
            action,
        ),
        _ => bad_link(ctx),
    }
}

pub async fn confirm(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(secret): Path<String>,
) -> AppResult<Response> {
    match state.store.newsletters().confirm(&secret).await? {
        Some(s) if s.is_active() => link_page(
            ctx,
            "newsletter-confirmed-heading",
            "newsletter-confirmed-text",
            None,
            String::new(),
        ),
        _ => bad_link(ctx),
    }
}

fn bad_link(ctx: PageCtx) -> AppResult<Response> {
    link_page(
        ctx,
        "newsletter-bad-link-heading",
        "newsletter-bad-link-text",
        None,
        String::new(),
    )
}

/// The visible unsubscribe link: a button to press, so that no scanner following the
/// link ever unsubscribes anyone.
pub async fn leave_form(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(secret): Path<String>,
) -> AppResult<Response> {
    let found = state
        .store
        .newsletters()
        .subscriber_by_secret(&secret)
        .await?;
    match found {
        Some(s) if s.unsubscribed_at.is_none() => link_page(
            ctx,
            "newsletter-leave-heading",
            "newsletter-leave-text",
            Some("newsletter-leave-button"),
            format!("/newsletters/unsubscribe/{secret}"),
        ),
        Some(_) => left(ctx),
        None => bad_link(ctx),
    }
}

pub async fn leave(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(secret): Path<String>,
) -> AppResult<Response> {
    match state.store.newsletters().unsubscribe(&secret).await? {
        Some(_) => left(ctx),
        None => bad_link(ctx),
    }
}

fn left(ctx: PageCtx) -> AppResult<Response> {
    link_page(
        ctx,
        "newsletter-left-heading",
        "newsletter-left-text",
        None,
        String::new(),
    )
}

/// The `List-Unsubscribe` address, outside the language prefix: a GET goes to the
/// page with the button in the subscriber's language; a POST of
/// `List-Unsubscribe=One-Click` (RFC 8058) unsubscribes without a session or a token.
pub(crate) fn one_click() -> Router<AppState> {
    Router::new().route(
        "/newsletters/unsubscribe/{secret}",
        get(one_click_page).post(one_click_post),
    )
}

async fn subscriber_lang(state: &AppState, secret: &str) -> AppResult<(Lang, bool)> {
    let found = state
        .store
        .newsletters()
        .subscriber_by_secret(secret)
        .await?;
    Ok(found.map_or((Lang::Fi, false), |s| (s.lang, true)))
}

async fn one_click_page(
    Extension(state): Extension<AppState>,
    Path(secret): Path<String>,
) -> AppResult<Response> {
    let (lang, _) = subscriber_lang(&state, &secret).await?;
    Ok(Redirect::to(&format!(
        "/{}/newsletters/unsubscribe/{}",
        lang.code(),
        store::files::percent_encode(&secret)
    ))
    .into_response())
}

async fn one_click_post(
    mut ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(secret): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let (lang, known) = subscriber_lang(&state, &secret).await?;
    ctx.lang = lang;
    let one_click =
        serde_urlencoded::from_bytes::<Vec<(String, String)>>(&body).is_ok_and(|pairs| {
            pairs
                .iter()
                .any(|(k, v)| k == "List-Unsubscribe" && v == "One-Click")
        });
    if !known {
        return bad_link(ctx);
    }
    if !one_click {
        return leave_form(ctx, Extension(state), Path(secret)).await;
    }
    state.store.newsletters().unsubscribe(&secret).await?;
    left(ctx)
}
