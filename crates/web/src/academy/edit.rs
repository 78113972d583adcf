//! Editing the academy: themes and parts in Finnish, Swedish and English, their order,
//! publication, and their history. For content editors (and administrators).

use askama::Template;
use axum::{
    Extension,
    extract::{Multipart, Path, Query},
    response::Response,
};
use domain::{
    Lang, Minutes, PartKind,
    academy::{Missing, Title, may_edit_academy, parse_captions, parse_video_url},
};
use serde::Deserialize;
use store::{
    Part, Theme,
    academy::{PartTextInput, Revision, ThemeTextInput},
};

use crate::{
    AppError, AppState, PageCtx,
    error::AppResult,
    files::Upload,
    form::Form,
    render::{render, render_form},
};

/// Editors write the academy; administrators may too.
fn require_editor(ctx: &PageCtx) -> AppResult<i32> {
    let user = ctx.require_user()?;
    if may_edit_academy(&user.principal()) {
        Ok(user.id)
    } else {
        Err(AppError::forbidden())
    }
}

async fn theme_of(state: &AppState, id: &str) -> AppResult<Theme> {
    let id: i32 = id.parse().map_err(|_| AppError::not_found())?;
    state
        .store
        .academy()
        .theme(id)
        .await?
        .ok_or_else(AppError::not_found)
}

/// A part and its theme.
async fn part_of(state: &AppState, id: &str) -> AppResult<(Theme, Part)> {
    let id: i32 = id.parse().map_err(|_| AppError::not_found())?;
    let theme = state
        .store
        .academy()
        .theme_of_part(id)
        .await?
        .ok_or_else(AppError::not_found)?;
    let part = theme
        .parts
        .iter()
        .find(|p| p.id == id)
        .cloned()
        .ok_or_else(AppError::not_found)?;
    Ok((theme, part))
}

#[derive(Deserialize)]
pub struct EditLang {
    lang: Option<String>,
}

impl EditLang {
    fn get(&self, fallback: Lang) -> Lang {
        self.lang
            .as_deref()
            .and_then(|l| Lang::parse(l).ok())
            .unwrap_or(fallback)
    }
}

#[derive(Template)]
#[template(path = "academy/edit/list.html")]
struct ListPage {
    ctx: PageCtx,
    themes: Vec<Theme>,
    form: Form,
}

impl ListPage {
    /// Every theme's translation work, for the worklist.
    fn work(&self) -> Vec<(&Theme, store::academy::TranslationWork)> {
        self.themes
            .iter()
            .flat_map(|t| t.translation_work().into_iter().map(move |w| (t, w)))
            .collect()
    }

    fn work_href(&self, theme: &Theme, work: &store::academy::TranslationWork) -> String {
        match work.part_id {
            Some(part) => self.ctx.href(&format!(
                "/academy/edit/parts/{part}?lang={}",
                work.lang.code()
            )),
            None => self.ctx.href(&format!(
                "/academy/edit/{}?lang={}",
                theme.id,
                work.lang.code()
            )),
        }
    }

    fn stale(&self, theme: &Theme) -> String {
        theme
            .out_of_date()
            .iter()
            .map(|l| self.ctx.t(&format!("lang-{}", l.code())))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

pub async fn list(ctx: PageCtx, Extension(state): Extension<AppState>) -> AppResult<Response> {
    require_editor(&ctx)?;
    let themes = state.store.academy().themes().await?;
    let form = Form::with_values(ctx.lang, &[("lang", ctx.lang.code())]);
    render(ListPage { ctx, themes, form })
}

pub async fn create(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    mut form: Form,
) -> AppResult<Response> {
    let editor = require_editor(&ctx)?;
    let lang = form.parse("lang", Lang::parse);
    let title = form.parse("title", Title::parse);
    let (Some(lang), Some(title)) = (lang, title) else {
        let themes = state.store.academy().themes().await?;
        let ctx = ctx.at("/academy/edit");
        return render_form(ListPage { ctx, themes, form }, true);
    };
    let text = ThemeTextInput {
        title: title.as_str().to_owned(),
        summary: form.value("summary").to_owned(),
        hr_note: String::new(),
    };
    let id = state
        .store
        .academy()
        .create_theme(lang, &text, Some(editor))
        .await?;
    ctx.flash("edit-theme-created");
    Ok(ctx.redirect(&format!("/academy/edit/{id}?lang={}", lang.code())))
}

#[derive(Template)]
#[template(path = "academy/edit/theme.html")]
struct ThemePage {
    ctx: PageCtx,
    theme: Theme,
    editing: Lang,
    form: Form,
    part_form: Form,
    missing: Vec<Missing>,
    kinds: [PartKind; 3],
}

impl ThemePage {
    fn source_text(&self) -> Option<&store::academy::ThemeText> {
        (self.editing != self.theme.source_lang)
            .then(|| {
                self.theme
                    .texts
                    .iter()
                    .find(|t| t.lang == self.theme.source_lang)
            })
            .flatten()
    }

    fn missing_label(&self, m: &Missing) -> String {
        let lang = self.ctx.t(&format!("lang-{}", m.lang.code()));
        let what = self.ctx.t(m.what);
        match m.part {
            Some(n) => format!("{lang}, {} {n}: {what}", self.ctx.t("edit-part")),
            None => format!("{lang}: {what}"),
        }
    }

    fn kind_label(&self, kind: &PartKind) -> String {
        self.ctx.t(&format!("academy-kind-{}", kind.as_str()))
    }
}

fn text_form(lang: Lang, theme: &Theme, editing: Lang) -> Form {
    let text = theme.texts.iter().find(|t| t.lang == editing);
    Form::with_values(
        lang,
        &[
            ("title", text.map_or("", |t| t.title.as_str())),
            ("summary", text.map_or("", |t| t.summary.as_str())),
            ("hr_note", text.map_or("", |t| t.hr_note.as_str())),
        ],
    )
}

async fn theme_page(
    ctx: PageCtx,
    theme: Theme,
    editing: Lang,
    form: Option<Form>,
    part_form: Option<Form>,
    missing: Vec<Missing>,
) -> AppResult<Response> {
    let refused = form.as_ref().is_some_and(|f| !f.is_valid())
        || part_form.as_ref().is_some_and(|f| !f.is_valid())
        || !missing.is_empty();
    let ctx = ctx.at(&format!(
        "/academy/edit/{}?lang={}",
        theme.id,
        editing.code()
    ));
    let form = form.unwrap_or_else(|| text_form(ctx.lang, &theme, editing));
    let part_form = part_form
        .unwrap_or_else(|| Form::with_values(ctx.lang, &[("kind", "theory"), ("minutes", "3")]));
    let page = ThemePage {
        ctx,
        theme,
        editing,
        form,
        part_form,
        missing,
        kinds: PartKind::ALL,
    };
    render_form(page, refused)
}

pub async fn theme(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
    Query(q): Query<EditLang>,
) -> AppResult<Response> {
    require_editor(&ctx)?;
    let theme = theme_of(&state, &id).await?;
    let editing = q.get(ctx.lang);
    theme_page(ctx, theme, editing, None, None, Vec::new()).await
}

pub async fn save_text(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((id, lang)): Path<(String, String)>,
    mut form: Form,
) -> AppResult<Response> {
    let editor = require_editor(&ctx)?;
    let theme = theme_of(&state, &id).await?;
    let editing = Lang::parse(&lang).map_err(|_| AppError::not_found())?;
    let Some(title) = form.parse("title", Title::parse) else {
        return theme_page(ctx, theme, editing, Some(form), None, Vec::new()).await;
    };
    let text = ThemeTextInput {
        title: title.as_str().to_owned(),
        summary: form.value("summary").to_owned(),
        hr_note: form.value("hr_note").to_owned(),
    };
    state
        .store
        .academy()
        .save_theme_text(theme.id, editing, &text, Some(editor))
        .await?;
    ctx.flash("edit-saved");
    Ok(ctx.redirect(&format!(
        "/academy/edit/{}?lang={}",
        theme.id,
        editing.code()
    )))
}

pub async fn add_part(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
    mut form: Form,
) -> AppResult<Response> {
    let editor = require_editor(&ctx)?;
    let theme = theme_of(&state, &id).await?;
    let editing = Lang::parse(form.value("lang")).unwrap_or(ctx.lang);
    let kind = form.parse("kind", PartKind::parse);
    let minutes = form.parse("minutes", Minutes::parse);
    let title = form.parse("part_title", Title::parse);
    let video = form.parse("video_url", parse_video_url);
    let (Some(kind), Some(minutes), Some(title), Some(video)) = (kind, minutes, title, video)
    else {
        return theme_page(ctx, theme, editing, None, Some(form), Vec::new()).await;
    };
    let text = PartTextInput {
        title: title.as_str().to_owned(),
        ..PartTextInput::default()
    };
    let part = state
        .store
        .academy()
        .add_part(
            theme.id,
            kind,
            minutes,
            video.as_deref(),
            &[(editing, text)],
            Some(editor),
        )
        .await?;
    ctx.flash("edit-part-added");
    Ok(ctx.redirect(&format!(
        "/academy/edit/parts/{part}?lang={}",
        editing.code()
    )))
}

pub async fn publish(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let editor = require_editor(&ctx)?;
    let theme = theme_of(&state, &id).await?;
    // The first publication also queues the subscribers' "new theme" mails.
    if let Err(missing) = state
        .store
        .academy()
        .publish_theme(theme.id, Some(editor))
        .await?
    {
        let editing = ctx.lang;
        return theme_page(ctx, theme, editing, None, None, missing).await;
    }
    ctx.flash("edit-published");
    Ok(ctx.redirect(&format!("/academy/edit/{}", theme.id)))
}

pub async fn unpublish(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let editor = require_editor(&ctx)?;
    let theme = theme_of(&state, &id).await?;
    state
        .store
        .academy()
        .unpublish_theme(theme.id, Some(editor))
        .await?;
    ctx.flash("edit-unpublished");
    Ok(ctx.redirect(&format!("/academy/edit/{}", theme.id)))
}

#[derive(Template)]
#[template(path = "academy/edit/history.html")]
struct HistoryPage {
    ctx: PageCtx,
    theme: Theme,
    revisions: Vec<Revision>,
    authors: Vec<(i32, String)>,
}

impl HistoryPage {
    fn author(&self, id: &Option<i32>) -> String {
        id.and_then(|id| {
            self.authors
                .iter()
                .find(|(a, _)| *a == id)
                .map(|(_, n)| n.clone())
        })
        .unwrap_or_else(|| "–".to_owned())
    }
}

pub async fn history(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    require_editor(&ctx)?;
    let theme = theme_of(&state, &id).await?;
    let revisions = state.store.academy().revisions(theme.id).await?;
    let authors = state
        .store
        .accounts()
        .users(None)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect();
    render(HistoryPage {
        ctx,
        theme,
        revisions,
        authors,
    })
}

pub async fn restore(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((id, number)): Path<(String, String)>,
) -> AppResult<Response> {
    let editor = require_editor(&ctx)?;
    let theme = theme_of(&state, &id).await?;
    let number: i32 = number.parse().map_err(|_| AppError::not_found())?;
    match state
        .store
        .academy()
        .restore_revision(theme.id, number, Some(editor))
        .await
    {
        Ok(()) => {}
        Err(store::StoreError::NotFound) => return Err(AppError::not_found()),
        Err(e) => return Err(e.into()),
    }
    ctx.flash("edit-restored");
    Ok(ctx.redirect(&format!("/academy/edit/{}/history", theme.id)))
}

#[derive(Template)]
#[template(path = "academy/edit/part.html")]
struct PartPage {
    ctx: PageCtx,
    theme: Theme,
    part: Part,
    editing: Lang,
    form: Form,
    meta_form: Form,
    file_form: Form,
    max_upload_mb: usize,
}

impl PartPage {
    fn source_text(&self) -> Option<&store::academy::PartText> {
        (self.editing != self.theme.source_lang)
            .then(|| {
                self.part
                    .texts
                    .iter()
                    .find(|t| t.lang == self.theme.source_lang)
            })
            .flatten()
    }

    fn kind_label(&self) -> String {
        self.ctx
            .t(&format!("academy-kind-{}", self.part.kind.as_str()))
    }

    fn is(&self, kind: &str) -> bool {
        self.part.kind.as_str() == kind
    }
}

#[allow(clippy::too_many_arguments)]
async fn part_page(
    ctx: PageCtx,
    state: &AppState,
    theme: Theme,
    part: Part,
    editing: Lang,
    form: Option<Form>,
    meta_form: Option<Form>,
    file_form: Option<Form>,
) -> AppResult<Response> {
    let ctx = ctx.at(&format!(
        "/academy/edit/parts/{}?lang={}",
        part.id,
        editing.code()
    ));
    let refused = form.as_ref().is_some_and(|f| !f.is_valid())
        || meta_form.as_ref().is_some_and(|f| !f.is_valid())
        || file_form.as_ref().is_some_and(|f| !f.is_valid());
    let file_form = file_form.unwrap_or_else(|| Form::empty(ctx.lang));
    let form = form.unwrap_or_else(|| {
        let text = part.texts.iter().find(|t| t.lang == editing);
        Form::with_values(
            ctx.lang,
            &[
                ("title", text.map_or("", |t| t.title.as_str())),
                ("body", text.map_or("", |t| t.body.as_str())),
                ("transcript", text.map_or("", |t| t.transcript.as_str())),
                ("captions", text.map_or("", |t| t.captions.as_str())),
                ("checklist", text.map_or("", |t| t.checklist.as_str())),
            ],
        )
    });
    let minutes = part.minutes.to_string();
    let meta_form = meta_form.unwrap_or_else(|| {
        Form::with_values(
            ctx.lang,
            &[
                ("minutes", &minutes),
                ("video_url", part.video_url.as_deref().unwrap_or("")),
            ],
        )
    });
    let page = PartPage {
        ctx,
        theme,
        part,
        editing,
        form,
        meta_form,
        file_form,
        max_upload_mb: max_upload_mb(state),
    };
    render_form(page, refused)
}

pub async fn part(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
    Query(q): Query<EditLang>,
) -> AppResult<Response> {
    require_editor(&ctx)?;
    let (theme, part) = part_of(&state, &id).await?;
    let editing = q.get(ctx.lang);
    part_page(ctx, &state, theme, part, editing, None, None, None).await
}

pub async fn save_part_text(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((id, lang)): Path<(String, String)>,
    mut form: Form,
) -> AppResult<Response> {
    let editor = require_editor(&ctx)?;
    let (theme, part) = part_of(&state, &id).await?;
    let editing = Lang::parse(&lang).map_err(|_| AppError::not_found())?;
    let title = form.parse("title", Title::parse);
    let captions = form.parse("captions", parse_captions);
    let (Some(title), Some(captions)) = (title, captions) else {
        return part_page(ctx, &state, theme, part, editing, Some(form), None, None).await;
    };
    let text = PartTextInput {
        title: title.as_str().to_owned(),
        body: form.value("body").to_owned(),
        transcript: form.value("transcript").to_owned(),
        captions,
        checklist: form.value("checklist").to_owned(),
    };
    state
        .store
        .academy()
        .save_part_text(part.id, editing, &text, Some(editor))
        .await?;
    ctx.flash("edit-saved");
    Ok(ctx.redirect(&format!(
        "/academy/edit/parts/{}?lang={}",
        part.id,
        editing.code()
    )))
}

pub async fn save_part_meta(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
    mut form: Form,
) -> AppResult<Response> {
    let editor = require_editor(&ctx)?;
    let (theme, part) = part_of(&state, &id).await?;
    let minutes = form.parse("minutes", Minutes::parse);
    let video = form.parse("video_url", parse_video_url);
    let (Some(minutes), Some(video)) = (minutes, video) else {
        let editing = ctx.lang;
        return part_page(ctx, &state, theme, part, editing, None, Some(form), None).await;
    };
    state
        .store
        .academy()
        .set_part_meta(part.id, minutes, video.as_deref(), Some(editor))
        .await?;
    ctx.flash("edit-saved");
    Ok(ctx.redirect(&format!("/academy/edit/parts/{}", part.id)))
}

pub async fn move_part(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
    form: Form,
) -> AppResult<Response> {
    let editor = require_editor(&ctx)?;
    let (theme, part) = part_of(&state, &id).await?;
    state
        .store
        .academy()
        .move_part(part.id, form.value("direction") == "up", Some(editor))
        .await?;
    Ok(ctx.redirect(&format!("/academy/edit/{}", theme.id)))
}

fn max_upload_mb(state: &AppState) -> usize {
    state.config.max_upload_bytes / (1024 * 1024)
}

/// Gives a part its file: a video part's own video, a tool's or theory's download.
/// The file is judged by its content; a refused one leaves the part as it was.
pub async fn upload_part_file(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
    multipart: Multipart,
) -> AppResult<Response> {
    let editor = require_editor(&ctx)?;
    let (theme, part) = part_of(&state, &id).await?;
    let checked = Upload::read(multipart).await?.checked_file();
    let mut form = Form::empty(ctx.lang);
    let checked = match checked {
        Ok((name, kind, bytes)) if kind.fits(part.kind) => Some((name, kind, bytes)),
        Ok(_) => {
            form.refuse("file", "error-file-wrong-for-part");
            None
        }
        Err(invalid) => {
            form.refuse("file", invalid.message_id);
            None
        }
    };
    let Some((name, kind, bytes)) = checked else {
        let editing = ctx.lang;
        return part_page(ctx, &state, theme, part, editing, None, None, Some(form)).await;
    };
    let stored = state
        .store
        .files()
        .save_file(&state.files, &name, kind, bytes, Some(editor))
        .await?;
    state
        .store
        .academy()
        .set_part_file(part.id, Some(stored.id), Some(editor))
        .await?;
    ctx.flash("edit-file-saved");
    Ok(ctx.redirect(&format!("/academy/edit/parts/{}", part.id)))
}

/// Takes a part's file away; the file stays in earlier revisions.
pub async fn remove_part_file(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let editor = require_editor(&ctx)?;
    let (_, part) = part_of(&state, &id).await?;
    state
        .store
        .academy()
        .set_part_file(part.id, None, Some(editor))
        .await?;
    ctx.flash("edit-file-removed");
    Ok(ctx.redirect(&format!("/academy/edit/parts/{}", part.id)))
}
