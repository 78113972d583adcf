//! "My data": what johto holds about the signed-in person, by kind, and all of it as
//! one ZIP of JSON files (one for each table and column that names them) with the
//! files they uploaded. Each download is written in the audit log.

use std::io::Write;

use askama::Template;
use axum::{
    Extension,
    http::header,
    response::{IntoResponse, Response},
};
use domain::personal_data::{DataKind, may_export_data_of};
use store::{
    audit::{AuditEvent, AuditQuery},
    personal_data::PersonalData,
};

use crate::{AppError, AppState, PageCtx, error::AppResult, render::render};

#[derive(Template)]
#[template(path = "accounts/my_data.html")]
struct MyDataPage {
    ctx: PageCtx,
    /// Each kind with the number of records of it.
    kinds: Vec<(DataKind, usize)>,
    files: usize,
    /// The newest entries of the log about the person.
    about: Vec<AuditEvent>,
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
    let (user_id, data) = own_data(&ctx, &state).await?;
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
    render(MyDataPage {
        ctx: ctx.at("/profile/data"),
        kinds,
        files: data.files.len(),
        about,
    })
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
