//! "My data": what johto holds about the signed-in person, by kind, and all of it as
//! one ZIP of JSON files (one for each table and column that names them) with the
//! files they uploaded. Each download is written in the audit log. Here the person
//! also asks for their data to be erased, and sees what came of it.

use std::io::Write;

use askama::Template;
use axum::{
    Extension,
    http::header,
    response::{IntoResponse, Response},
};
use domain::personal_data::{
    DataKind, ErasureStatus, may_export_data_of, may_request_erasure, parse_erasure_message,
};
use store::{
    audit::{AuditEvent, AuditQuery},
    personal_data::{ErasureRequest, PersonalData},
};

use crate::{AppError, AppState, PageCtx, error::AppResult, form::Form, render::render_form};

#[derive(Template)]
#[template(path = "accounts/my_data.html")]
struct MyDataPage {
    ctx: PageCtx,
    /// Each kind with the number of records of it.
    kinds: Vec<(DataKind, usize)>,
    files: usize,
    /// The newest entries of the log about the person.
    about: Vec<AuditEvent>,
    /// Their requests for erasure, newest first.
    requests: Vec<ErasureRequest>,
    form: Form,
}

impl MyDataPage {
    fn waiting(&self) -> bool {
        self.requests
            .iter()
            .any(|r| r.status == ErasureStatus::Waiting)
    }
}

/// How many of the log's entries about the person the page shows; the download has
/// them all.
const ENTRIES_SHOWN: u64 = 50;

/// The signed-in person's id and everything held about them.
async fn own_data(ctx: &PageCtx, state: &AppState) -> AppResult<(i32, PersonalData)> {
    let who = ctx.require_user()?.principal();
    if !may_export_data_of(&who, who.user_id) {
        return Err(AppError::not_found());
    }
    let data = state
        .store
        .personal_data(who.user_id)
        .await?
        .ok_or_else(AppError::not_found)?;
    Ok((who.user_id, data))
}

pub async fn show(ctx: PageCtx, Extension(state): Extension<AppState>) -> AppResult<Response> {
    let form = Form::empty(ctx.lang);
    page(ctx, &state, form).await
}

async fn page(ctx: PageCtx, state: &AppState, form: Form) -> AppResult<Response> {
    let (user_id, data) = own_data(&ctx, state).await?;
    let query = AuditQuery {
        subject: Some(user_id),
        ..AuditQuery::default()
    };
    let about = state.store.audit_search(&query, ENTRIES_SHOWN).await?;
    let counts = data.counts();
    let kinds = DataKind::ALL
        .into_iter()
        .map(|kind| (kind, counts.get(&kind).copied().unwrap_or(0)))
        .collect();
    let requests = state.store.erasure_requests_of(user_id).await?;
    let refused = !form.is_valid();
    render_form(
        MyDataPage {
            ctx: ctx.at("/profile/data"),
            kinds,
            files: data.files.len(),
            about,
            requests,
            form,
        },
        refused,
    )
}

/// The person asks for their data to be erased; an administrator decides.
pub async fn request_erasure(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    mut form: Form,
) -> AppResult<Response> {
    let who = ctx.require_user()?.principal();
    if !may_request_erasure(&who, who.user_id) {
        return Err(AppError::not_found());
    }
    let Some(message) = form.parse("message", parse_erasure_message) else {
        return page(ctx, &state, form).await;
    };
    if state
        .store
        .request_erasure(who.user_id, &message)
        .await?
        .is_none()
    {
        form.refuse("message", "error-erasure-waiting");
        return page(ctx, &state, form).await;
    }
    ctx.flash("erasure-request-sent");
    Ok(ctx.redirect("/profile/data"))
}

/// The ZIP: `{table}.{column}.json` for every holding that has rows, and
/// `files/{id}-{name}` for every uploaded file.
pub async fn download(ctx: PageCtx, Extension(state): Extension<AppState>) -> AppResult<Response> {
    let (user_id, data) = own_data(&ctx, &state).await?;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for rows in data.holdings.iter().filter(|r| !r.rows.is_empty()) {
        zip.start_file(rows.file_name(), options)?;
        zip.write_all(&serde_json::to_vec_pretty(&rows.rows)?)?;
    }
    for file in &data.files {
        let bytes = state.files.read(file, None).await?;
        zip.start_file(format!("files/{}-{}", file.id, file.name), options)?;
        zip.write_all(&bytes)?;
    }
    let bytes = zip.finish()?.into_inner();
    state.store.record_data_export(user_id).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/zip".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"johto-my-data.zip\"".to_owned(),
            ),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        bytes,
    )
        .into_response())
}
