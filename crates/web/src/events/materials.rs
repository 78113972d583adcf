//! After an event: its organisers attach the recording and materials (an uploaded
//! file or a link each); those who had a seat find them on the event's page.

use askama::Template;
use axum::{
    Extension,
    extract::{Multipart, Path},
    response::Response,
};
use domain::events::parse_online_url;
use store::events::{Event, Material, MaterialInput};

use super::{organise::organised_event, when};
use crate::{
    AppError, AppState, PageCtx, error::AppResult, files::Upload, form::Form, render::render_form,
};

#[derive(Template)]
#[template(path = "events/materials.html")]
struct MaterialsPage {
    ctx: PageCtx,
    event: Event,
    materials: Vec<Material>,
    form: Form,
    max_upload_mb: usize,
}

impl MaterialsPage {
    fn when(&self) -> String {
        when(&self.event)
    }
}

async fn materials_page(
    ctx: PageCtx,
    state: &AppState,
    event: Event,
    form: Form,
) -> AppResult<Response> {
    let refused = !form.is_valid();
    let materials = state.store.events().materials(event.id).await?;
    let page = MaterialsPage {
        ctx: ctx.at(&format!("/events/{}/materials", event.id)),
        event,
        materials,
        form,
        max_upload_mb: state.config.max_upload_bytes / (1024 * 1024),
    };
    render_form(page, refused)
}

pub async fn page(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let (_, event) = organised_event(&ctx, &state, &id).await?;
    let form = Form::empty(ctx.lang);
    materials_page(ctx, &state, event, form).await
}

/// Adds a recording or material: a title, and a file or an https link (one of them).
/// A file is judged by its content; a recording's file must be a video. A refusal
/// keeps what was typed.
pub async fn add(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
    multipart: Multipart,
) -> AppResult<Response> {
    let (author, event) = organised_event(&ctx, &state, &id).await?;
    let upload = Upload::read(multipart).await?;
    let mut form = Form::with_values(ctx.lang, &upload.pairs());
    let title = form.value("title").trim().to_owned();
    if title.is_empty() {
        form.refuse("title", "error-material-title-missing");
    } else if title.chars().count() > 200 {
        form.refuse("title", "error-title-too-long");
    }
    let recording = form.has("recording", "yes");
    let url = form.parse("url", parse_online_url);
    let has_file = upload.file.is_some();
    let file = if has_file {
        match upload.checked_file() {
            Ok((_, kind, _)) if recording && !kind.is_video() => {
                form.refuse("file", "error-material-recording-not-video");
                None
            }
            Ok(checked) => Some(checked),
            Err(invalid) => {
                form.refuse("file", invalid.message_id);
                None
            }
        }
    } else {
        None
    };
    match (has_file, &url) {
        (false, Some(None)) => form.refuse("file", "error-material-missing"),
        (true, Some(Some(_))) => form.refuse("url", "error-material-both"),
        _ => {}
    }
    let (Some(url), true) = (url, form.is_valid()) else {
        return materials_page(ctx, &state, event, form).await;
    };
    let file_id = match file {
        Some((name, kind, bytes)) => Some(
            state
                .store
                .files()
                .save_file(&state.files, &name, kind, bytes, Some(author))
                .await?
                .id,
        ),
        None => None,
    };
    let input = MaterialInput {
        title,
        recording,
        file_id,
        url,
    };
    state
        .store
        .events()
        .add_material(event.id, &input, Some(author))
        .await?;
    ctx.flash("event-material-added");
    Ok(ctx.redirect(&format!("/events/{}/materials", event.id)))
}

pub async fn remove(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((id, material)): Path<(String, String)>,
) -> AppResult<Response> {
    let (author, event) = organised_event(&ctx, &state, &id).await?;
    let material: i32 = material.parse().map_err(|_| AppError::not_found())?;
    state
        .store
        .events()
        .remove_material(event.id, material, Some(author))
        .await?;
    ctx.flash("event-material-removed");
    Ok(ctx.redirect(&format!("/events/{}/materials", event.id)))
}
