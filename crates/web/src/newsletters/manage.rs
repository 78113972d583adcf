//! The coordinators' side: writing a newsletter in both languages (with a digest of
//! what is new), previewing both editions, a test to oneself, sending now or at a set
//! time (or cancelling the schedule), following a send and resuming a paused one;
//! images from the file storage for the texts; the subscriber figures and their export.

use std::collections::BTreeMap;

use askama::Template;
use axum::{
    Extension,
    extract::{Multipart, Path},
    response::Response,
};
use chrono::{Duration, Utc};
use domain::{
    FileKind, Invalid, Lang, Principal,
    events::is_for_everyone,
    newsletters::{NewsletterState, may_run_newsletters, may_send, parse_body, parse_subject},
};
use store::{
    StoredFile,
    newsletters::{Newsletter, NewsletterInput, Progress, Subscriber},
};

use super::{
    id_of,
    sending::{Rendered, render, send_test},
};
use crate::{
    AppError, AppState, PageCtx, charts,
    error::AppResult,
    export::{self, Cell, Table},
    files::Upload,
    form::Form,
    i18n, markdown,
    render::{render as render_page, render_form},
};

fn coordinator(ctx: &PageCtx) -> AppResult<Principal> {
    let who = ctx.require_user()?.principal();
    if !may_run_newsletters(&who) {
        return Err(AppError::not_found());
    }
    Ok(who)
}

async fn newsletter_of(state: &AppState, raw: &str) -> AppResult<Newsletter> {
    state
        .store
        .newsletters()
        .newsletter(id_of(raw)?)
        .await?
        .ok_or_else(AppError::not_found)
}

fn state_label(lang: Lang, state: NewsletterState) -> String {
    i18n::t(lang, &format!("newsletter-state-{}", state.as_str()))
}

#[derive(Template)]
#[template(path = "newsletters/manage.html")]
struct ListPage {
    ctx: PageCtx,
    rows: Vec<(i32, String, String, String)>,
    counts: Vec<(Lang, u64)>,
}

pub async fn list(ctx: PageCtx, Extension(state): Extension<AppState>) -> AppResult<Response> {
    coordinator(&ctx)?;
    let newsletters = state.store.newsletters();
    let rows = newsletters
        .all()
        .await?
        .into_iter()
        .map(|n| {
            let when = n
                .sent_at
                .or(n.scheduled_at)
                .map(|at| ctx.time(&at))
                .unwrap_or_default();
            (
                n.id,
                n.input.subject(ctx.lang).to_owned(),
                state_label(ctx.lang, n.state),
                when,
            )
        })
        .collect();
    let counts = newsletters.active_counts().await?;
    render_page(ListPage { ctx, rows, counts })
}

#[derive(Template)]
#[template(path = "newsletters/form.html")]
struct FormPage {
    ctx: PageCtx,
    form: Form,
    /// The newsletter being written, or none for a new one.
    editing: Option<Newsletter>,
    progress: Progress,
    /// Which editions a send now would take, or why it may not go.
    sendable: Result<Vec<Lang>, String>,
    images: Vec<StoredFile>,
    max_upload_mb: usize,
}

impl FormPage {
    fn action(&self) -> String {
        match &self.editing {
            Some(n) => format!("/newsletters/{}/edit", n.id),
            None => "/newsletters/new".to_owned(),
        }
    }

    fn state(&self) -> String {
        self.editing
            .as_ref()
            .map(|n| state_label(self.ctx.lang, n.state))
            .unwrap_or_default()
    }

    fn is_editable(&self) -> bool {
        self.editing.as_ref().is_none_or(|n| n.state.is_editable())
    }

    fn editions(&self) -> String {
        match &self.sendable {
            Ok(langs) => langs
                .iter()
                .map(|l| self.ctx.t(&format!("lang-own-{}", l.code())))
                .collect::<Vec<_>>()
                .join(", "),
            Err(_) => String::new(),
        }
    }
}

async fn form_page(
    ctx: PageCtx,
    state: &AppState,
    form: Form,
    editing: Option<Newsletter>,
) -> AppResult<Response> {
    let newsletters = state.store.newsletters();
    let (progress, sendable, images) = match &editing {
        Some(n) => {
            let editions = newsletters.editions(&n.input).await?;
            (
                newsletters.progress(n.id).await?,
                may_send(&editions).map_err(|e| i18n::t(ctx.lang, e.message_id)),
                newsletters.images(n.id).await?,
            )
        }
        None => (Progress::default(), Ok(Vec::new()), Vec::new()),
    };
    let refused = !form.is_valid();
    let path = editing.as_ref().map_or("/newsletters/new".to_owned(), |n| {
        format!("/newsletters/{}/edit", n.id)
    });
    render_form(
        FormPage {
            ctx: ctx.at(&path),
            form,
            editing,
            progress,
            sendable,
            images,
            max_upload_mb: state.config.max_upload_bytes / (1024 * 1024),
        },
        refused,
    )
}

fn values_of(input: &NewsletterInput) -> Vec<(&'static str, String)> {
    vec![
        ("subject_fi", input.subject_fi.clone()),
        ("body_fi", input.body_fi.clone()),
        ("subject_sv", input.subject_sv.clone()),
        ("body_sv", input.body_sv.clone()),
    ]
}

fn form_of(lang: Lang, values: &[(&'static str, String)]) -> Form {
    let pairs: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
    Form::with_values(lang, &pairs)
}

/// The texts as written; a subject is required in the language where a body is.
fn read(form: &mut Form) -> Option<NewsletterInput> {
    let mut input = NewsletterInput::default();
    for lang in [Lang::Fi, Lang::Sv] {
        let code = lang.code();
        let body = form.parse(&format!("body_{code}"), parse_body);
        let subject_field = format!("subject_{code}");
        let subject = if form.value(&subject_field).trim().is_empty()
            && body.as_deref().is_some_and(str::is_empty)
        {
            Some(String::new())
        } else {
            form.parse(&subject_field, parse_subject)
        };
        match lang {
            Lang::Sv => {
                input.subject_sv = subject.unwrap_or_default();
                input.body_sv = body.unwrap_or_default();
            }
            _ => {
                input.subject_fi = subject.unwrap_or_default();
                input.body_fi = body.unwrap_or_default();
            }
        }
    }
    if input.subject_fi.is_empty() && input.subject_sv.is_empty() && form.is_valid() {
        form.refuse("subject_fi", "error-newsletter-subject");
    }
    form.is_valid().then_some(input)
}

pub async fn new(ctx: PageCtx, Extension(state): Extension<AppState>) -> AppResult<Response> {
    coordinator(&ctx)?;
    let form = Form::empty(ctx.lang);
    form_page(ctx, &state, form, None).await
}

pub async fn create(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    mut form: Form,
) -> AppResult<Response> {
    let who = coordinator(&ctx)?;
    if form.has("action", "digest") {
        let form = with_digest(&ctx, &state, &form).await?;
        return form_page(ctx, &state, form, None).await;
    }
    let Some(input) = read(&mut form) else {
        return form_page(ctx, &state, form, None).await;
    };
    let id = state
        .store
        .newsletters()
        .create(&input, who.user_id)
        .await?;
    ctx.flash("newsletter-saved");
    Ok(ctx.redirect(&format!("/newsletters/{id}/edit")))
}

pub async fn edit(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(raw): Path<String>,
) -> AppResult<Response> {
    coordinator(&ctx)?;
    let newsletter = newsletter_of(&state, &raw).await?;
    let form = form_of(ctx.lang, &values_of(&newsletter.input));
    let mut form = form;
    if !newsletter.paused_reason.is_empty() && newsletter.state == NewsletterState::Draft {
        // A scheduled send that could not start says why.
        form.refuse("send", &newsletter.paused_reason);
    }
    form_page(ctx, &state, form, Some(newsletter)).await
}

pub async fn update(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(raw): Path<String>,
    mut form: Form,
) -> AppResult<Response> {
    let who = coordinator(&ctx)?;
    let newsletter = newsletter_of(&state, &raw).await?;
    if form.has("action", "digest") {
        let form = with_digest(&ctx, &state, &form).await?;
        return form_page(ctx, &state, form, Some(newsletter)).await;
    }
    let Some(input) = read(&mut form) else {
        return form_page(ctx, &state, form, Some(newsletter)).await;
    };
    if !state
        .store
        .newsletters()
        .update(newsletter.id, &input, who.user_id)
        .await?
    {
        form.refuse("subject_fi", "error-newsletter-not-editable");
        return form_page(ctx, &state, form, Some(newsletter)).await;
    }
    ctx.flash("newsletter-saved");
    Ok(ctx.redirect(&format!("/newsletters/{}/edit", newsletter.id)))
}

/// The form as typed, with a digest of what is new appended to each body: academy
/// themes published, events for everyone coming up, and solutions approved, each with
/// its link. Nothing is saved until the coordinator saves.
async fn with_digest(ctx: &PageCtx, state: &AppState, form: &Form) -> AppResult<Form> {
    let since = Utc::now() - Duration::days(60);
    let themes = state.store.academy().published_theme_headings().await?;
    let new_themes: Vec<_> = themes
        .iter()
        .filter(|t| t.published_at.is_some_and(|at| at >= since))
        .take(5)
        .collect();
    let who = ctx.require_user()?.principal();
    let events = state
        .store
        .events()
        .upcoming_events(&who, Utc::now())
        .await?;
    let open_events: Vec<_> = events
        .iter()
        .filter(|e| is_for_everyone(e.audience()))
        .take(5)
        .collect();
    let solutions = state.store.solutions().newest(None, 5).await?;
    let mut values: Vec<(&'static str, String)> =
        ["subject_fi", "body_fi", "subject_sv", "body_sv"]
            .into_iter()
            .map(|k| (k, form.value(k).to_owned()))
            .collect();
    for lang in [Lang::Fi, Lang::Sv] {
        let url = |path: String| state.config.url(&format!("/{}{path}", lang.code()));
        let mut digest = String::new();
        let mut section = |heading: &str, lines: Vec<String>| {
            if !lines.is_empty() {
                digest.push_str(&format!(
                    "\n\n## {}\n\n{}",
                    i18n::t(lang, heading),
                    lines.join("\n")
                ));
            }
        };
        section(
            "newsletter-digest-themes",
            new_themes
                .iter()
                .map(|t| {
                    format!(
                        "- [{}]({})",
                        t.title(lang),
                        url(format!("/academy/{}", t.slug))
                    )
                })
                .collect(),
        );
        section(
            "newsletter-digest-events",
            open_events
                .iter()
                .map(|e| {
                    format!(
                        "- [{}]({}) {}",
                        e.title(lang),
                        url(format!("/events/{}", e.id)),
                        i18n::local_date(e.starts_at)
                    )
                })
                .collect(),
        );
        section(
            "newsletter-digest-solutions",
            solutions
                .iter()
                .map(|s| {
                    format!(
                        "- [{}]({})",
                        s.title(lang),
                        url(format!("/solutions/{}", s.id))
                    )
                })
                .collect(),
        );
        let key = if lang == Lang::Sv {
            "body_sv"
        } else {
            "body_fi"
        };
        if let Some((_, body)) = values.iter_mut().find(|(k, _)| *k == key) {
            body.push_str(&digest);
            *body = body.trim_start().to_owned();
        }
    }
    Ok(form_of(ctx.lang, &values))
}

#[derive(Template)]
#[template(path = "newsletters/preview.html")]
struct PreviewPage {
    ctx: PageCtx,
    newsletter: Newsletter,
    edition: Lang,
    rendered: Rendered,
    html: String,
}

impl PreviewPage {
    fn edition_name(&self) -> String {
        self.ctx.t(&format!("lang-own-{}", self.edition.code()))
    }
}

/// An edition as its readers will get it: the HTML part's content and the text part.
pub async fn preview(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((raw, lang)): Path<(String, String)>,
) -> AppResult<Response> {
    coordinator(&ctx)?;
    let newsletter = newsletter_of(&state, &raw).await?;
    let edition = match Lang::parse(&lang) {
        Ok(l @ (Lang::Fi | Lang::Sv)) => l,
        _ => return Err(AppError::not_found()),
    };
    let rendered = render(&state, &newsletter.input, edition);
    let path = format!("/newsletters/{}/preview/{}", newsletter.id, edition.code());
    render_page(PreviewPage {
        html: markdown::to_html(newsletter.input.body(edition)),
        ctx: ctx.at(&path),
        newsletter,
        edition,
        rendered,
    })
}

/// Sends each complete edition to the coordinator alone.
pub async fn test(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(raw): Path<String>,
    _form: Form,
) -> AppResult<Response> {
    coordinator(&ctx)?;
    let newsletter = newsletter_of(&state, &raw).await?;
    let to = ctx.require_user()?.email.clone();
    let mut form = form_of(ctx.lang, &values_of(&newsletter.input));
    match send_test(&state, &newsletter.input, &to).await {
        Ok(0) => {
            form.refuse("send", "error-newsletter-edition-missing");
            form_page(ctx, &state, form, Some(newsletter)).await
        }
        Ok(_) => {
            ctx.flash("newsletter-test-sent");
            Ok(ctx.redirect(&format!("/newsletters/{}/edit", newsletter.id)))
        }
        Err(e) => {
            tracing::warn!(error = %e, "a test newsletter was not sent");
            form.refuse("send", "error-newsletter-test-failed");
            form_page(ctx, &state, form, Some(newsletter)).await
        }
    }
}

/// Starts the send now, when the editions its readers need are complete.
pub async fn send(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(raw): Path<String>,
    _form: Form,
) -> AppResult<Response> {
    let who = coordinator(&ctx)?;
    let newsletter = newsletter_of(&state, &raw).await?;
    let newsletters = state.store.newsletters();
    let mut form = form_of(ctx.lang, &values_of(&newsletter.input));
    let editions = newsletters.editions(&newsletter.input).await?;
    let langs = match may_send(&editions) {
        Ok(langs) => langs,
        Err(refused) => {
            form.refuse("send", refused.message_id);
            return form_page(ctx, &state, form, Some(newsletter)).await;
        }
    };
    if !newsletters
        .start(newsletter.id, &langs, Some(who.user_id))
        .await?
    {
        form.refuse("send", "error-newsletter-not-editable");
        return form_page(ctx, &state, form, Some(newsletter)).await;
    }
    ctx.flash("newsletter-sending");
    Ok(ctx.redirect(&format!("/newsletters/{}/edit", newsletter.id)))
}

/// Sets the send for a later time, with the same check as sending now. A refused
/// time is said beside its field, as typed.
pub async fn schedule(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(raw): Path<String>,
    sent: Form,
) -> AppResult<Response> {
    let who = coordinator(&ctx)?;
    let newsletter = newsletter_of(&state, &raw).await?;
    let newsletters = state.store.newsletters();
    let mut values = values_of(&newsletter.input);
    values.push(("date", sent.value("date").to_owned()));
    values.push(("time", sent.value("time").to_owned()));
    let mut form = form_of(ctx.lang, &values);
    let Some(at) = form.moment("date", "time") else {
        return form_page(ctx, &state, form, Some(newsletter)).await;
    };
    if at <= Utc::now() {
        form.refuse("date", "error-newsletter-past");
        return form_page(ctx, &state, form, Some(newsletter)).await;
    }
    let editions = newsletters.editions(&newsletter.input).await?;
    if let Err(refused) = may_send(&editions) {
        form.refuse("send", refused.message_id);
        return form_page(ctx, &state, form, Some(newsletter)).await;
    }
    if !newsletters.schedule(newsletter.id, at, who.user_id).await? {
        form.refuse("send", "error-newsletter-not-editable");
        return form_page(ctx, &state, form, Some(newsletter)).await;
    }
    ctx.flash("newsletter-scheduled");
    Ok(ctx.redirect(&format!("/newsletters/{}/edit", newsletter.id)))
}

/// Adds a picture (PNG or JPEG) from the coordinator's computer to the file storage,
/// for the texts to show; the page gives the Markdown to copy. A refusal is said
/// beside the file field.
pub async fn add_image(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(raw): Path<String>,
    multipart: Multipart,
) -> AppResult<Response> {
    let who = coordinator(&ctx)?;
    let newsletter = newsletter_of(&state, &raw).await?;
    let upload = Upload::read(multipart).await?;
    let mut form = form_of(ctx.lang, &values_of(&newsletter.input));
    if upload.file.is_none() {
        form.refuse("file", "error-file-missing");
    }
    let picture = |kind: FileKind| {
        if kind.is_picture() {
            Ok(())
        } else {
            Err(Invalid {
                message_id: "error-newsletter-image-kind",
            })
        }
    };
    let Some(file) = upload
        .keep_if(&state, &mut form, "file", who.user_id, picture)
        .await?
    else {
        return form_page(ctx, &state, form, Some(newsletter)).await;
    };
    if !state
        .store
        .newsletters()
        .add_image(newsletter.id, &file, who.user_id)
        .await?
    {
        form.refuse("file", "error-newsletter-not-editable");
        return form_page(ctx, &state, form, Some(newsletter)).await;
    }
    ctx.flash("newsletter-image-added");
    Ok(ctx.redirect(&format!("/newsletters/{}/edit#images", newsletter.id)))
}

/// Takes a scheduled send back to a draft, to be sent or scheduled again later.
pub async fn unschedule(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(raw): Path<String>,
    _form: Form,
) -> AppResult<Response> {
    let who = coordinator(&ctx)?;
    let newsletter = newsletter_of(&state, &raw).await?;
    if !state
        .store
        .newsletters()
        .cancel_schedule(newsletter.id, who.user_id)
        .await?
    {
        // It started (or was taken back) meanwhile: the page says where it stands.
        let mut form = form_of(ctx.lang, &values_of(&newsletter.input));
        form.refuse("send", "error-newsletter-not-scheduled");
        let newsletter = newsletter_of(&state, &raw).await?;
        return form_page(ctx, &state, form, Some(newsletter)).await;
    }
    ctx.flash("newsletter-unscheduled");
    Ok(ctx.redirect(&format!("/newsletters/{}/edit", newsletter.id)))
}

pub async fn resume(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(raw): Path<String>,
    _form: Form,
) -> AppResult<Response> {
    let who = coordinator(&ctx)?;
    let newsletter = newsletter_of(&state, &raw).await?;
    state
        .store
        .newsletters()
        .resume(newsletter.id, who.user_id)
        .await?;
    ctx.flash("newsletter-resumed");
    Ok(ctx.redirect(&format!("/newsletters/{}/edit", newsletter.id)))
}

#[derive(Template)]
#[template(path = "newsletters/subscribers.html")]
struct SubscribersPage {
    ctx: PageCtx,
    counts: Vec<(Lang, u64)>,
    growth: Table,
    chart: String,
}

/// Each month's new confirmed subscriptions and leavings, by language.
fn growth(ctx: &PageCtx, subscribers: &[Subscriber]) -> Table {
    let mut months: BTreeMap<String, [usize; 4]> = BTreeMap::new();
    let month = |at: chrono::DateTime<Utc>| {
        at.with_timezone(&chrono_tz::Europe::Helsinki)
            .format("%Y-%m")
            .to_string()
    };
    for s in subscribers {
        let column = usize::from(s.lang == Lang::Sv);
        if let Some(at) = s.confirmed_at {
            months.entry(month(at)).or_default()[column] += 1;
        }
        if let Some(at) = s.unsubscribed_at {
            months.entry(month(at)).or_default()[2 + column] += 1;
        }
    }
    Table {
        title: ctx.t("newsletter-growth"),
        header: vec![
            ctx.t("newsletter-month"),
            ctx.t("newsletter-joined-fi"),
            ctx.t("newsletter-joined-sv"),
            ctx.t("newsletter-left-fi"),
            ctx.t("newsletter-left-sv"),
        ],
        rows: months
            .into_iter()
            .map(|(month, n)| {
                let mut row = vec![Cell::Text(month)];
                row.extend(n.iter().map(|c| Cell::count(*c)));
                row
            })
            .collect(),
    }
}

pub async fn subscribers(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
) -> AppResult<Response> {
    coordinator(&ctx)?;
    let newsletters = state.store.newsletters();
    let all = newsletters.subscribers().await?;
    let growth = growth(&ctx, &all);
    let bars: Vec<(String, f64, String)> = growth
        .rows
        .iter()
        .map(|row| {
            let joined: f64 = row[1..3]
                .iter()
                .map(|c| match c {
                    Cell::Number(n) => *n,
                    Cell::Text(_) => 0.0,
                })
                .sum();
            (row[0].shown(), joined, format!("{joined:.0}"))
        })
        .collect();
    let chart = charts::horizontal_bars(&bars, &ctx.t("newsletter-growth"));
    render_page(SubscribersPage {
        counts: newsletters.active_counts().await?,
        growth,
        chart,
        ctx,
    })
}

/// Every subscription without its secret: the address, the language and its dates.
pub async fn subscribers_csv(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
) -> AppResult<Response> {
    coordinator(&ctx)?;
    let all = state.store.newsletters().subscribers().await?;
    let when = |at: Option<chrono::DateTime<Utc>>| {
        Cell::Text(at.map(|t| t.to_rfc3339()).unwrap_or_default())
    };
    let table = Table {
        title: ctx.t("newsletter-subscribers"),
        header: [
            "field-email",
            "newsletter-language",
            "newsletter-created",
            "newsletter-confirmed",
            "newsletter-consent-version",
            "newsletter-unsubscribed",
            "newsletter-bouncing",
        ]
        .into_iter()
        .map(|k| ctx.t(k))
        .collect(),
        rows: all
            .into_iter()
            .map(|s| {
                vec![
                    Cell::Text(s.email),
                    Cell::Text(s.lang.code().to_owned()),
                    when(Some(s.created_at)),
                    when(s.confirmed_at),
                    Cell::Text(s.consent_version),
                    when(s.unsubscribed_at),
                    when(s.bouncing_at),
                ]
            })
            .collect(),
    };
    export::csv(&table, "newsletter-subscribers.csv")
}
