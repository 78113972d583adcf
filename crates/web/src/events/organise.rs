//! The organisers' side: creating and changing events in Finnish and Swedish,
//! publishing and cancelling them, and the registrations with their waiting list.

use askama::Template;
use axum::{
    Extension,
    extract::{Path, Query},
    http::header,
    response::{IntoResponse, Response},
};
use domain::{
    EventKind, EventStatus, Lang, Region, Standing,
    events::{
        MAX_SESSIONS, Session, check_sessions, helsinki_time, in_helsinki, parse_capacity,
        parse_online_url,
    },
};
use store::{
    Organisation, Theme, User,
    events::{Event, EventInput, EventText, Registration},
};

use super::{kind_label, visible_event, when};
use crate::{
    AppError, AppState, PageCtx,
    error::AppResult,
    form::Form,
    render::{render, render_form},
};

pub(crate) fn require_organiser(ctx: &PageCtx) -> AppResult<i32> {
    let user = ctx.require_user()?;
    if domain::events::may_organise_events(&user.principal()) {
        Ok(user.id)
    } else {
        Err(AppError::forbidden())
    }
}

/// An event for its organisers: the organiser's id, and the event (403 for others).
pub(crate) async fn organised_event(
    ctx: &PageCtx,
    state: &AppState,
    id: &str,
) -> AppResult<(i32, Event)> {
    let organiser = require_organiser(ctx)?;
    Ok((organiser, visible_event(ctx, state, id).await?))
}

#[derive(Template)]
#[template(path = "events/form.html")]
struct FormPage {
    ctx: PageCtx,
    form: Form,
    /// `None` for a new event.
    event: Option<Event>,
    organisations: Vec<Organisation>,
    themes: Vec<Theme>,
    kinds: [EventKind; 5],
    regions: [Region; 19],
    /// The numbers of a course's further sessions the form offers (from 2): those
    /// filled in and two more.
    further: Vec<usize>,
}

impl FormPage {
    fn region_label(&self, region: &Region) -> String {
        crate::pages::region_label(self.ctx.lang, Some(*region))
    }

    /// A further session's field name, e.g. `session2_date`.
    fn session_field(&self, n: &usize, part: &str) -> String {
        session_field(*n, part)
    }

    fn kind_label(&self, kind: &EventKind) -> String {
        kind_label(&self.ctx, *kind)
    }

    fn action(&self) -> String {
        match &self.event {
            Some(e) => self.ctx.href(&format!("/events/{}/edit", e.id)),
            None => self.ctx.href("/events/new"),
        }
    }
}

async fn form_page(
    ctx: PageCtx,
    state: &AppState,
    form: Form,
    event: Option<Event>,
) -> AppResult<Response> {
    let refused = !form.is_valid();
    let path = match &event {
        Some(e) => format!("/events/{}/edit", e.id),
        None => "/events/new".to_owned(),
    };
    let filled = (2..=MAX_SESSIONS)
        .filter(|n| !form.value(&session_field(*n, "date")).trim().is_empty())
        .max()
        .unwrap_or(1);
    let page = FormPage {
        regions: Region::ALL,
        further: (2..=Ord::min(filled + 2, MAX_SESSIONS)).collect(),
        ctx: ctx.at(&path),
        form,
        event,
        organisations: state.store.organisations().all().await?,
        themes: state.store.academy().published_theme_headings().await?,
        kinds: EventKind::ALL,
    };
    render_form(page, refused)
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct NewQuery {
    /// A published theme whose launch webinar this is.
    theme: String,
}

/// An empty event form, or, from a theme's editing page, its launch webinar
/// prefilled in both languages and linked to the theme.
pub async fn new(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Query(query): Query<NewQuery>,
) -> AppResult<Response> {
    require_organiser(&ctx)?;
    let theme = match query.theme.parse::<i32>() {
        Ok(id) => state
            .store
            .academy()
            .theme(id)
            .await?
            .filter(Theme::is_published),
        Err(_) => None,
    };
    let mut values: Vec<(String, String)> = vec![("kind".into(), "webinar".into())];
    if let Some(theme) = &theme {
        values.push(("theme".into(), theme.id.to_string()));
        for lang in [Lang::Fi, Lang::Sv] {
            let title = crate::i18n::t_args(
                lang,
                "event-launch-title",
                &[("title", theme.title(lang).to_owned())],
            );
            values.push((format!("title_{}", lang.code()), title));
            let summary = theme
                .text(lang)
                .map(|t| t.summary.clone())
                .unwrap_or_default();
            values.push((format!("description_{}", lang.code()), summary));
        }
    }
    let pairs: Vec<(&str, &str)> = values
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let form = Form::with_values(ctx.lang, &pairs);
    form_page(ctx, &state, form, None).await
}

/// The name of a field of a course's further session: `session2_date`.
fn session_field(n: usize, part: &str) -> String {
    format!("session{n}_{part}")
}

/// Reads one session from its date and its start and end times, each refused beside
/// its own field.
fn read_session(form: &mut Form, date: &str, start: &str, end: &str) -> Option<Session> {
    // A date alone is checked at midnight, which no clock change skips in Helsinki.
    let day = form.parse(date, |d| {
        helsinki_time(d, "00:00").map(|_| d.trim().to_owned())
    })?;
    let starts_at = form.parse(start, |t| helsinki_time(&day, t));
    let ends_at = form.parse(end, |t| helsinki_time(&day, t));
    Some(Session {
        starts_at: starts_at?,
        ends_at: ends_at?,
    })
}

/// The event's days: the first from `date`, `start` and `end`, a course's further ones
/// from their numbered fields (those left empty are none), checked to follow one
/// another by `domain::events::check_sessions`.
fn read_sessions(form: &mut Form) -> Option<Vec<Session>> {
    let mut fields = vec![("date".to_owned(), "start".to_owned(), "end".to_owned())];
    for n in 2..=MAX_SESSIONS {
        let names = ["date", "start", "end"].map(|part| session_field(n, part));
        if names.iter().any(|f| !form.value(f).trim().is_empty()) {
            let [date, start, end] = names;
            fields.push((date, start, end));
        }
    }
    let mut sessions = Vec::new();
    for (date, start, end) in &fields {
        sessions.push(read_session(form, date, start, end));
    }
    let sessions: Vec<Session> = sessions.into_iter().collect::<Option<_>>()?;
    if let Err((at, refusal)) = check_sessions(&sessions) {
        let field = if refusal.message_id == "error-session-order" {
            &fields[at].0
        } else {
            &fields[at.min(fields.len() - 1)].2
        };
        form.refuse(field, refusal.message_id);
        return None;
    }
    Some(sessions)
}

/// Reads the event form; refusals stay beside their fields.
pub(crate) fn parse(form: &mut Form) -> Option<EventInput> {
    let kind = form.parse("kind", EventKind::parse);
    let mut texts = Vec::new();
    for lang in Lang::ALL {
        let title = form
            .value(&format!("title_{}", lang.code()))
            .trim()
            .to_owned();
        let description = form
            .value(&format!("description_{}", lang.code()))
            .trim()
            .to_owned();
        if title.chars().count() > 200 {
            form.refuse(&format!("title_{}", lang.code()), "error-title-too-long");
        }
        if !title.is_empty() {
            texts.push(EventText {
                lang,
                title,
                description,
            });
        }
    }
    for lang in [Lang::Fi, Lang::Sv] {
        let field = format!("title_{}", lang.code());
        if form.value(&field).trim().is_empty() {
            form.refuse(&field, "error-event-title-missing");
        }
    }
    let sessions = read_sessions(form);
    let online_url = form.parse("online_url", parse_online_url);
    let venue = form.value("venue").trim().to_owned();
    if venue.chars().count() > 300 {
        form.refuse("venue", "error-event-venue-too-long");
    }
    if online_url == Some(None) && venue.is_empty() {
        form.refuse("venue", "error-event-place-missing");
    }
    let capacity = form.parse("capacity", parse_capacity);
    let optional_time = |date: String| {
        move |t: &str| {
            if date.is_empty() && t.trim().is_empty() {
                Ok(None)
            } else {
                helsinki_time(&date, t).map(Some)
            }
        }
    };
    let opens_date = form.value("opens_date").trim().to_owned();
    let opens = form.parse("opens_time", optional_time(opens_date));
    let closes_date = form.value("closes_date").trim().to_owned();
    let closes = form.parse("closes_time", optional_time(closes_date));
    if let (Some(Some(opens)), Some(Some(closes))) = (opens, closes)
        && closes <= opens
    {
        form.refuse("closes_time", "error-event-closes-before-opens");
    }
    let organisation_id = form.value("organisation").parse::<i32>().ok();
    let theme_id = form.value("theme").parse::<i32>().ok();
    let region = Region::parse(form.value("region")).ok();
    if !form.is_valid() {
        return None;
    }
    let sessions = sessions?;
    let (first, last) = (sessions.first()?, sessions.last()?);
    Some(EventInput {
        kind: kind?,
        starts_at: first.starts_at,
        ends_at: last.ends_at,
        region,
        sessions: if sessions.len() > 1 {
            sessions.clone()
        } else {
            Vec::new()
        },
        online_url: online_url?,
        venue,
        capacity: capacity?,
        registration_opens_at: opens?,
        registration_closes_at: closes?,
        organisation_id,
        invitees: None,
        theme_id,
        texts,
    })
}

/// Reads the form with the named group it may be for: the e-mail addresses given,
/// one per line (or separated by commas). None given: the event is for everyone its
/// organisation setting allows. An address of nobody is refused, naming it.
async fn parse_with_invitees(state: &AppState, form: &mut Form) -> AppResult<Option<EventInput>> {
    let mut invitees = Vec::new();
    let mut unknown = Vec::new();
    for address in form.listed("invitees") {
        let person = match domain::Email::parse(&address) {
            Ok(email) => state.store.accounts().user_by_email(&email).await?,
            Err(_) => None,
        };
        match person {
            Some(person) if !person.disabled => invitees.push(person.id),
            _ => unknown.push(address),
        }
    }
    if !unknown.is_empty() {
        let addresses = unknown.join(", ");
        form.refuse_with(
            "invitees",
            "error-event-invitees-unknown",
            &[("addresses", addresses)],
        );
    }
    let mut input = parse(form);
    if let Some(input) = &mut input
        && !invitees.is_empty()
    {
        input.invitees = Some(invitees);
    }
    Ok(input)
}

pub async fn create(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    mut form: Form,
) -> AppResult<Response> {
    let author = require_organiser(&ctx)?;
    let Some(input) = parse_with_invitees(&state, &mut form).await? else {
        return form_page(ctx, &state, form, None).await;
    };
    let id = state
        .store
        .events()
        .create_event(&input, Some(author))
        .await?;
    ctx.flash("event-created");
    Ok(ctx.redirect(&format!("/events/{id}")))
}

pub async fn edit(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let (_, event) = organised_event(&ctx, &state, &id).await?;
    let days = event.days();
    let (date, start) = in_helsinki(days[0].starts_at);
    let (_, end) = in_helsinki(days[0].ends_at);
    let (opens_date, opens_time) = event
        .registration_opens_at
        .map(in_helsinki)
        .unwrap_or_default();
    let (closes_date, closes_time) = event
        .registration_closes_at
        .map(in_helsinki)
        .unwrap_or_default();
    let capacity = event.capacity.map(|c| c.to_string()).unwrap_or_default();
    let organisation = event
        .organisation_id
        .map(|o| o.to_string())
        .unwrap_or_default();
    let theme = event.theme_id.map(|t| t.to_string()).unwrap_or_default();
    let invitees: Vec<String> = match &event.invitees {
        Some(ids) => state
            .store
            .accounts()
            .users_by_ids(ids)
            .await?
            .into_iter()
            .map(|person| person.email.to_string())
            .collect(),
        None => Vec::new(),
    };
    let values = vec![
        ("kind", event.kind.as_str().to_owned()),
        ("date", date),
        ("start", start),
        ("end", end),
        ("online_url", event.online_url.clone().unwrap_or_default()),
        ("venue", event.venue.clone()),
        ("capacity", capacity),
        ("opens_date", opens_date),
        ("opens_time", opens_time),
        ("closes_date", closes_date),
        ("closes_time", closes_time),
        ("organisation", organisation),
        ("invitees", invitees.join("\n")),
        ("theme", theme),
        (
            "region",
            event
                .region
                .map(|r| r.as_str().to_owned())
                .unwrap_or_default(),
        ),
    ];
    let mut values: Vec<(String, String)> =
        values.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
    for (n, day) in days.iter().enumerate().skip(1) {
        let (date, start) = in_helsinki(day.starts_at);
        let (_, end) = in_helsinki(day.ends_at);
        for (part, value) in [("date", date), ("start", start), ("end", end)] {
            values.push((session_field(n + 1, part), value));
        }
    }
    let mut text_fields = Vec::new();
    for text in &event.texts {
        text_fields.push((format!("title_{}", text.lang.code()), text.title.clone()));
        text_fields.push((
            format!("description_{}", text.lang.code()),
            text.description.clone(),
        ));
    }
    let mut pairs: Vec<(&str, &str)> = values
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    pairs.extend(text_fields.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let form = Form::with_values(ctx.lang, &pairs);
    form_page(ctx, &state, form, Some(event)).await
}

pub async fn update(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
    mut form: Form,
) -> AppResult<Response> {
    let (author, event) = organised_event(&ctx, &state, &id).await?;
    let Some(input) = parse_with_invitees(&state, &mut form).await? else {
        return form_page(ctx, &state, form, Some(event)).await;
    };
    state
        .store
        .events()
        .update_event(event.id, &input, Some(author))
        .await?;
    ctx.flash("edit-saved");
    Ok(ctx.redirect(&format!("/events/{}", event.id)))
}

pub async fn publish(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let (author, event) = organised_event(&ctx, &state, &id).await?;
    if event.status == EventStatus::Draft {
        state
            .store
            .events()
            .set_event_status(event.id, EventStatus::Published, Some(author))
            .await?;
        ctx.flash("event-published");
    }
    Ok(ctx.redirect(&format!("/events/{}", event.id)))
}

/// Cancels the event; everyone registered is told, with a calendar cancellation.
pub async fn cancel_event(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let (author, event) = organised_event(&ctx, &state, &id).await?;
    if event.status != EventStatus::Cancelled {
        state
            .store
            .events()
            .set_event_status(event.id, EventStatus::Cancelled, Some(author))
            .await?;
        ctx.flash("event-cancelled");
    }
    Ok(ctx.redirect(&format!("/events/{}", event.id)))
}

struct Row {
    registration: Registration,
    person: Option<User>,
}

impl Row {
    fn person_name(&self) -> String {
        self.person
            .as_ref()
            .map(|p| p.name.clone())
            .unwrap_or_default()
    }
}

#[derive(Template)]
#[template(path = "events/registrations.html")]
struct RegistrationsPage {
    ctx: PageCtx,
    event: Event,
    rows: Vec<Row>,
    confirmed: usize,
    waiting: usize,
    /// A course's days that have begun, whose attendance is marked: (day, label).
    begun: Vec<(i32, String)>,
    /// Who was present on which day of a course: (day, person).
    present: Vec<(i32, i32)>,
}

impl RegistrationsPage {
    fn when(&self) -> String {
        when(&self.event)
    }

    fn standing_label(&self, standing: &Standing) -> String {
        self.ctx.t(&format!("event-standing-{}", standing.as_str()))
    }

    fn was_present(&self, day: &i32, user_id: &i32) -> bool {
        self.present.contains(&(*day, *user_id))
    }

    fn attended_label(&self, row: &Row, day: &i32) -> String {
        crate::i18n::t_args(
            self.ctx.lang,
            "event-attended-session-label",
            &[("name", row.person_name()), ("number", day.to_string())],
        )
    }
}

/// The days of a course that have begun by `now`, numbered from 1.
pub(crate) fn begun_days(event: &Event, now: chrono::DateTime<chrono::Utc>) -> Vec<i32> {
    event
        .sessions
        .iter()
        .zip(1..)
        .filter(|(s, _)| s.starts_at <= now)
        .map(|(_, n)| n)
        .collect()
}

async fn rows_of(state: &AppState, event: &Event) -> AppResult<Vec<Row>> {
    let registrations = state.store.events().registrations(event.id).await?;
    let ids: Vec<i32> = registrations.iter().map(|r| r.user_id).collect();
    let mut people: std::collections::HashMap<i32, User> = state
        .store
        .accounts()
        .users_by_ids(&ids)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    Ok(registrations
        .into_iter()
        .map(|registration| Row {
            person: people.remove(&registration.user_id),
            registration,
        })
        .collect())
}

pub async fn registrations(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let (_, event) = organised_event(&ctx, &state, &id).await?;
    let rows = rows_of(&state, &event).await?;
    let count = |s: Standing| rows.iter().filter(|r| r.registration.standing == s).count();
    let (confirmed, waiting) = (count(Standing::Confirmed), count(Standing::Waiting));
    let begun = begun_days(&event, chrono::Utc::now())
        .into_iter()
        .map(|n| (n, ctx.t1("event-session-n", "number", &n.to_string())))
        .collect();
    let present = state.store.events().session_attendance(event.id).await?;
    render(RegistrationsPage {
        ctx,
        event,
        rows,
        confirmed,
        waiting,
        begun,
        present,
    })
}

/// The registrations as CSV, headed in the organiser's language.
pub async fn registrations_csv(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let (_, event) = organised_event(&ctx, &state, &id).await?;
    let rows = rows_of(&state, &event).await?;
    let mut out = csv::Writer::from_writer(Vec::new());
    let header = [
        "field-name",
        "field-email",
        "event-standing",
        "event-queued-at",
        "event-attended",
    ]
    .map(|k| ctx.t(k));
    out.write_record(&header)?;
    for row in &rows {
        let r = &row.registration;
        out.write_record([
            row.person.as_ref().map_or("", |p| p.name.as_str()),
            row.person.as_ref().map_or("", |p| p.email.as_str()),
            &ctx.t(&format!("event-standing-{}", r.standing.as_str())),
            &ctx.time(&r.queued_at),
            &ctx.t(if r.attended {
                "event-attended-yes"
            } else {
                "event-attended-no"
            }),
        ])?;
    }
    let bytes = out.into_inner()?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"registrations.csv\"",
            ),
        ],
        bytes,
    )
        .into_response())
}
