//! The audit log for administrators: who did what to whose data, searched by who,
//! whose, action and dates, and exported as CSV with the same search.

use askama::Template;
use axum::{Extension, extract::Query, response::Response};
use chrono::{DateTime, Duration, Utc};
use domain::{Email, Role, events::helsinki_time};
use store::audit::{AuditEvent, AuditQuery};

use crate::{
    AppState, PageCtx,
    error::AppResult,
    export::{self, Cell, Table},
    form::Form,
    render::render_form,
};

/// The most entries a search shows or exports.
const LIMIT: u64 = 1000;

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct AuditPage {
    ctx: PageCtx,
    form: Form,
    events: Vec<AuditEvent>,
    csv: String,
}

/// Reads the search from the address; what cannot be read is refused beside its field.
async fn search(
    ctx: &PageCtx,
    state: &AppState,
    pairs: &[(String, String)],
) -> AppResult<(Form, Vec<AuditEvent>)> {
    let values: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let mut form = Form::with_values(ctx.lang, &values);
    let mut query = AuditQuery {
        action: form.value("action").trim().to_owned(),
        ..AuditQuery::default()
    };
    for field in ["actor", "subject"] {
        let raw = form.value(field).trim().to_owned();
        if raw.is_empty() {
            continue;
        }
        let Some(email) = form.parse(field, Email::parse) else {
            continue;
        };
        match state.store.accounts().user_by_email(&email).await? {
            Some(user) if field == "actor" => query.actor = Some(user.id),
            Some(user) => query.subject = Some(user.id),
            None => form.refuse(field, "error-audit-no-such-person"),
        }
    }
    let day = |form: &mut Form, field: &str| -> Option<DateTime<Utc>> {
        if form.value(field).trim().is_empty() {
            return None;
        }
        form.parse(field, |d| helsinki_time(d.trim(), "00:00"))
    };
    query.from = day(&mut form, "from");
    query.until = day(&mut form, "to").map(|d| d + Duration::days(1));
    let events = if form.is_valid() {
        state.store.audit_search(&query, LIMIT).await?
    } else {
        Vec::new()
    };
    Ok((form, events))
}

pub async fn page(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> AppResult<Response> {
    ctx.require_role(Role::Administrator)?;
    let (form, events) = search(&ctx, &state, &pairs).await?;
    let csv = format!(
        "/admin/audit.csv?{}",
        pairs
            .iter()
            .map(|(k, v)| format!(
                "{}={}",
                crate::form::url_encode(k),
                crate::form::url_encode(v)
            ))
            .collect::<Vec<_>>()
            .join("&")
    );
    let refused = !form.is_valid();
    render_form(
        AuditPage {
            ctx: ctx.at("/admin/audit"),
            form,
            events,
            csv,
        },
        refused,
    )
}

pub async fn csv(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> AppResult<Response> {
    ctx.require_role(Role::Administrator)?;
    let (form, events) = search(&ctx, &state, &pairs).await?;
    if !form.is_valid() {
        return page(ctx, Extension(state), Query(pairs)).await;
    }
    let table = Table {
        title: ctx.t("admin-audit"),
        header: [
            "admin-audit-time",
            "admin-audit-actor",
            "admin-audit-action",
            "admin-audit-subject",
            "admin-audit-detail",
        ]
        .iter()
        .map(|id| ctx.t(id))
        .collect(),
        rows: events
            .into_iter()
            .map(|e| {
                vec![
                    Cell::Text(e.at.to_rfc3339()),
                    Cell::Text(e.actor_name.unwrap_or_default()),
                    Cell::Text(e.action),
                    Cell::Text(e.subject),
                    Cell::Text(e.detail),
                ]
            })
            .collect(),
    };
    export::csv(&table, "audit.csv")
}
