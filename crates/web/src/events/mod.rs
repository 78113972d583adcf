//! Events: the list of upcoming ones, an event's page with registration and
//! cancellation, its calendar file, and the organisers' pages.

mod calendar;
mod feedback;
mod materials;
mod notices;
pub(crate) mod organise;

use askama::Template;
use axum::{
    Extension, Router,
    extract::{Path, Query},
    http::header,
    response::{IntoResponse, Response},
    routing::{get, post},
};
use chrono::Utc;
use domain::events::{is_in_region, may_have_materials, may_organise_events};
use domain::{EventKind, Lang, Region};
use serde::Deserialize;
use store::events::{Event, Notice, Place};

use crate::{
    AppError, AppState, PageCtx,
    error::AppResult,
    feature::{Feature, NavEntry, everyone},
    i18n,
    mail::Mail,
    markdown,
    render::render,
};

pub(crate) const FEATURE: Feature = Feature {
    pages: routes,
    root: Some(root_routes),
    jobs: notices::JOBS,
    nav: &[NavEntry {
        order: 20,
        path: "/events",
        label: "nav-events",
        shown: everyone,
        public: false,
    }],
};

/// Outside the language prefix: a person's calendar feed, fetched by calendar programs
/// without a session.
fn root_routes() -> Router<AppState> {
    Router::new().route("/calendar/{file}", get(feed))
}

fn routes() -> Router<AppState> {
    Router::new()
        .route("/events", get(list))
        .route("/events/new", get(organise::new).post(organise::create))
        .route("/events/calendar", post(renew_feed))
        .route("/events/{id}", get(show))
        .route("/events/{id}/calendar.ics", get(ics))
        .route("/events/{id}/register", post(register))
        .route("/events/{id}/cancel", post(cancel))
        .route(
            "/events/{id}/edit",
            get(organise::edit).post(organise::update),
        )
        .route("/events/{id}/publish", post(organise::publish))
        .route("/events/{id}/attendance", post(feedback::attendance))
        .route(
            "/events/{id}/feedback",
            get(feedback::results).post(feedback::give),
        )
        .route("/events/{id}/cancel-event", post(organise::cancel_event))
        .route(
            "/events/{id}/materials",
            get(materials::page).post(materials::add),
        )
        .route(
            "/events/{id}/materials/{material}/remove",
            post(materials::remove),
        )
        .route("/events/{id}/registrations", get(organise::registrations))
        .route(
            "/events/{id}/registrations.csv",
            get(organise::registrations_csv),
        )
}

/// An event the person may see, or 404.
async fn visible_event(ctx: &PageCtx, state: &AppState, id: &str) -> AppResult<Event> {
    let who = ctx.require_user()?.principal();
    let id: i32 = id.parse().map_err(|_| AppError::not_found())?;
    state
        .store
        .events()
        .event(id)
        .await?
        .filter(|e| e.visible_to(&who))
        .ok_or_else(AppError::not_found)
}

pub(crate) fn kind_label(ctx: &PageCtx, kind: EventKind) -> String {
    ctx.t(&format!("event-kind-{}", kind.as_str()))
}

/// "12.3.2026 14.00–15.30", in Helsinki: the event, or a course's first day.
pub(crate) fn when(event: &Event) -> String {
    session_time(&event.days()[0])
}

/// One day's time: "12.3.2026 14.00–15.30", in Helsinki.
pub(crate) fn session_time(session: &domain::events::Session) -> String {
    let end = session
        .ends_at
        .with_timezone(&chrono_tz::Europe::Helsinki)
        .format("%H.%M");
    format!("{}–{end}", i18n::local_time(session.starts_at))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Filter {
    kind: String,
    theme: String,
    region: String,
}

struct Row {
    event: Event,
    place: Option<Place>,
}

#[derive(Template)]
#[template(path = "events/list.html")]
struct ListPage {
    ctx: PageCtx,
    rows: Vec<Row>,
    kind: String,
    kinds: [EventKind; 5],
    /// The themes that have upcoming events, for the filter; and the chosen one.
    themes: Vec<(i32, String)>,
    theme: Option<i32>,
    regions: [Region; 19],
    region: Option<Region>,
    /// Ended events: the reader's own, or for organisers every one (the latest).
    past: Vec<Event>,
    organiser: bool,
    has_feed: bool,
    /// A feed address just made: shown this once.
    feed_url: Option<String>,
}

impl ListPage {
    fn kind_label(&self, kind: &EventKind) -> String {
        kind_label(&self.ctx, *kind)
    }

    fn when(&self, event: &Event) -> String {
        when(event)
    }

    fn is_kind(&self, kind: &EventKind) -> bool {
        self.kind == kind.as_str()
    }

    fn is_theme(&self, id: &i32) -> bool {
        self.theme == Some(*id)
    }

    fn is_region(&self, region: &Region) -> bool {
        self.region == Some(*region)
    }

    fn region_label(&self, region: &Region) -> String {
        crate::pages::region_label(self.ctx.lang, Some(*region))
    }

    fn sessions_text(&self, event: &Event) -> Option<String> {
        sessions_text(&self.ctx, event)
    }

    /// "You are registered" or "You are number 3 in the queue".
    fn standing_text(&self, row: &Row) -> Option<String> {
        match row.place? {
            Place::Confirmed => Some(self.ctx.t("event-you-are-registered")),
            Place::Waiting(n) => Some(self.ctx.t1(
                "event-you-are-waiting",
                "place",
                &n.to_string(),
            )),
        }
    }
}

async fn list(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Query(filter): Query<Filter>,
) -> AppResult<Response> {
    list_page(ctx, &state, filter, None).await
}

/// A new secret address for the person's calendar feed, shown once on the list.
async fn renew_feed(ctx: PageCtx, Extension(state): Extension<AppState>) -> AppResult<Response> {
    let user_id = ctx.require_user()?.id;
    let token = state.store.events().renew_calendar_feed(user_id).await?;
    let url = state.config.url(&format!("/calendar/{token}.ics"));
    let ctx = ctx.at("/events");
    list_page(ctx, &state, Filter::default(), Some(url)).await
}

/// How many ended events the list shows; of a region, those among the latest 500.
const PAST_SHOWN: u64 = 20;

async fn list_page(
    ctx: PageCtx,
    state: &AppState,
    filter: Filter,
    feed_url: Option<String>,
) -> AppResult<Response> {
    let user = ctx.require_user()?;
    let who = user.principal();
    let kind = EventKind::parse(&filter.kind).ok();
    let theme = filter.theme.parse::<i32>().ok();
    let region = Region::parse(&filter.region).ok();
    let store::events::EventList {
        upcoming,
        past,
        mut mine,
    } = state
        .store
        .events()
        .list(
            &who,
            Utc::now(),
            if region.is_some() { 500 } else { PAST_SHOWN },
        )
        .await?;
    // Where an event is: its venue's region, or that of the organisation it is for
    // (read for the events that have no venue's region).
    let organisation_regions = match region {
        Some(_) => {
            let ids: Vec<i32> = upcoming
                .iter()
                .chain(&past)
                .filter(|e| e.region.is_none())
                .filter_map(|e| e.organisation_id)
                .collect();
            state.store.organisations().regions(&ids).await?
        }
        None => Default::default(),
    };
    let in_region = |e: &Event| {
        region.is_none_or(|wanted| {
            let organisation = e
                .organisation_id
                .and_then(|o| organisation_regions.get(&o).copied().flatten());
            is_in_region(e.region, organisation, wanted)
        })
    };
    // The themes that have upcoming events, in the academy's order.
    let themes: Vec<(i32, String)> = state
        .store
        .academy()
        .published()
        .await?
        .themes
        .iter()
        .filter(|t| upcoming.iter().any(|e| e.theme_id == Some(t.id)))
        .map(|t| (t.id, t.title(ctx.lang).to_owned()))
        .collect();
    let shown: Vec<Event> = upcoming
        .into_iter()
        .filter(|e| {
            kind.is_none_or(|k| k == e.kind)
                && theme.is_none_or(|t| e.theme_id == Some(t))
                && in_region(e)
        })
        .collect();
    let rows = shown
        .into_iter()
        .map(|event| Row {
            place: mine.places.remove(&event.id),
            event,
        })
        .collect();
    let past = past
        .into_iter()
        .filter(|e| in_region(e))
        .take(PAST_SHOWN as usize)
        .collect();
    render(ListPage {
        past,
        has_feed: mine.has_calendar_feed,
        feed_url,
        organiser: may_organise_events(&who),
        kind: kind.map(|k| k.as_str().to_owned()).unwrap_or_default(),
        themes,
        theme,
        regions: Region::ALL,
        region,
        kinds: EventKind::ALL,
        rows,
        ctx,
    })
}

/// "3 days" for a course; nothing for an event of one session.
fn sessions_text(ctx: &PageCtx, event: &Event) -> Option<String> {
    (!event.sessions.is_empty()).then(|| {
        ctx.t1(
            "event-sessions-n",
            "count",
            &event.sessions.len().to_string(),
        )
    })
}

#[derive(Template)]
#[template(path = "events/show.html")]
struct ShowPage {
    ctx: PageCtx,
    event: Event,
    description_html: String,
    place: Option<Place>,
    open: bool,
    organiser: bool,
    theme: Option<store::Theme>,
    /// The recording and materials, for those who had a seat and the organisers.
    materials: Vec<store::events::Material>,
    /// The reader attended, and may give feedback.
    attended: bool,
    my_feedback: Option<store::events::Feedback>,
}

impl ShowPage {
    fn kind_label(&self) -> String {
        kind_label(&self.ctx, self.event.kind)
    }

    /// A course's days, each with its time.
    fn session_times(&self) -> Vec<String> {
        self.event.sessions.iter().map(session_time).collect()
    }

    fn when(&self) -> String {
        when(&self.event)
    }

    fn confirmed(&self) -> bool {
        self.place == Some(Place::Confirmed)
    }

    fn queue_place(&self) -> Option<u64> {
        match self.place {
            Some(Place::Waiting(n)) => Some(n),
            _ => None,
        }
    }

    fn rated(&self, value: &i32) -> bool {
        self.my_feedback
            .as_ref()
            .is_some_and(|f| f.rating == *value)
    }

    fn status_key(&self) -> &'static str {
        match self.event.status {
            domain::EventStatus::Draft => "event-status-draft",
            domain::EventStatus::Published => "event-status-published",
            domain::EventStatus::Cancelled => "event-status-cancelled",
        }
    }
}

async fn show(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let event = visible_event(&ctx, &state, &id).await?;
    let user = ctx.require_user()?;
    let who = user.principal();
    let place = state.store.events().place(event.id, user.id).await?;
    let open = event.open_to(&who, Utc::now());
    let theme = match event.theme_id {
        Some(theme_id) => state
            .store
            .academy()
            .theme(theme_id)
            .await?
            .filter(store::Theme::is_published),
        None => None,
    };
    let description_html =
        markdown::to_html(event.text(ctx.lang).map_or("", |t| t.description.as_str()));
    let materials = if may_have_materials(&who, place == Some(Place::Confirmed)) {
        state.store.events().materials(event.id).await?
    } else {
        Vec::new()
    };
    let attended = state.store.events().attended(event.id, user.id).await?;
    let my_feedback = state.store.events().my_feedback(event.id, user.id).await?;
    render(ShowPage {
        materials,
        attended,
        my_feedback,
        organiser: may_organise_events(&who),
        ctx,
        event,
        description_html,
        place,
        open,
        theme,
    })
}

/// One click: a seat if one is free, else a place in the queue; the page says which.
async fn register(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let event = visible_event(&ctx, &state, &id).await?;
    let user = ctx.require_user()?;
    if !event.open_to(&user.principal(), Utc::now()) {
        ctx.flash("event-not-open");
        return Ok(ctx.redirect(&format!("/events/{}", event.id)));
    }
    let place = state.store.events().register(event.id, user.id).await?;
    ctx.flash(match place {
        Place::Confirmed => "event-registered",
        Place::Waiting(_) => "event-waitlisted",
    });
    Ok(ctx.redirect(&format!("/events/{}", event.id)))
}

async fn cancel(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let event = visible_event(&ctx, &state, &id).await?;
    let user = ctx.require_user()?;
    state
        .store
        .events()
        .cancel_registration(event.id, user.id)
        .await?;
    ctx.flash("event-cancelled-registration");
    Ok(ctx.redirect(&format!("/events/{}", event.id)))
}

/// The event's page in `lang`, as a full address for e-mails and calendars.
pub(crate) fn event_link(config: &crate::WebConfig, lang: Lang, event_id: i32) -> String {
    config.url(&format!("/{}/events/{event_id}", lang.code()))
}

/// An e-mail about an event in `lang`, with the event's calendar entry where it
/// concerns a time.
pub(crate) fn event_mail(state: &AppState, event: &Event, lang: Lang, notice: Notice) -> Mail {
    let calendar = match notice {
        // A place in the queue is not a calendar entry, nor is a feedback request.
        Notice::Waiting(_) | Notice::Feedback => None,
        // For this person the event is gone: their calendar drops it.
        Notice::Removed => {
            let gone = Event {
                status: domain::EventStatus::Cancelled,
                ..event.clone()
            };
            Some(calendar::ics(&gone, lang, &state.config))
        }
        _ => Some(calendar::ics(event, lang, &state.config)),
    };
    Mail::Event {
        notice,
        title: event.title(lang).to_owned(),
        when: when(event),
        link: event_link(&state.config, lang, event.id),
        calendar,
    }
}

/// The event as a calendar file, for anyone who may see it.
async fn ics(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let event = visible_event(&ctx, &state, &id).await?;
    let body = calendar::ics(&event, ctx.lang, &state.config);
    Ok((
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"johto-event.ics\"",
            ),
        ],
        body,
    )
        .into_response())
}

/// The personal calendar feed at its secret address: no session, the secret decides.
pub async fn feed(
    Extension(state): Extension<AppState>,
    Path(file): Path<String>,
) -> AppResult<Response> {
    let token = file.strip_suffix(".ics").unwrap_or(&file);
    let owner = state
        .store
        .events()
        .calendar_feed_owner(token)
        .await?
        .ok_or_else(AppError::not_found)?;
    let events = state
        .store
        .events()
        .calendar_events(&owner.principal())
        .await?;
    let body = calendar::feed(&events, owner.lang, &state.config);
    Ok((
        [(header::CONTENT_TYPE, "text/calendar; charset=utf-8")],
        body,
    )
        .into_response())
}
