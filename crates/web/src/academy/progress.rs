//! What a manager does with a part: finishes it, rates it, fills in a tool.

use axum::{Extension, extract::Path, response::Response};
use domain::{PartKind, Usefulness};
use store::academy::ToolAnswers;

use super::published_part;
use crate::{AppError, AppState, PageCtx, error::AppResult, form::Form};

fn back_to(ctx: &PageCtx, slug: &str, part: i32) -> Response {
    ctx.redirect(&format!("/academy/{slug}/{part}"))
}

pub async fn finish(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((slug, part)): Path<(String, String)>,
    form: Form,
) -> AppResult<Response> {
    let user_id = ctx.require_user()?.id;
    let (theme, part) = published_part(&state, &slug, &part).await?;
    let finished = form.value("finished") != "0";
    state
        .store
        .academy()
        .mark_finished(user_id, part.id, finished)
        .await?;
    ctx.flash(if finished {
        "academy-finished-saved"
    } else {
        "academy-unfinished-saved"
    });
    let next = theme.parts.iter().skip_while(|p| p.id != part.id).nth(1);
    match (finished, next) {
        (true, Some(next)) => Ok(back_to(&ctx, &theme.slug, next.id)),
        _ => Ok(back_to(&ctx, &theme.slug, part.id)),
    }
}

pub async fn rate(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((slug, part)): Path<(String, String)>,
    mut form: Form,
) -> AppResult<Response> {
    let user_id = ctx.require_user()?.id;
    let (theme, part) = published_part(&state, &slug, &part).await?;
    let Some(usefulness) = form.parse("usefulness", Usefulness::parse) else {
        // The only field that can be wrong is a choice of five; the notice says which.
        ctx.flash("error-usefulness-invalid");
        return Ok(back_to(&ctx, &theme.slug, part.id));
    };
    let comment = form.value("comment").to_owned();
    if comment.chars().count() > 2000 {
        ctx.flash("error-comment-too-long");
        return Ok(back_to(&ctx, &theme.slug, part.id));
    }
    state
        .store
        .academy()
        .rate_part(
            user_id,
            part.id,
            usefulness,
            form.value("used_with_team") == "1",
            &comment,
        )
        .await?;
    ctx.flash("academy-rating-saved");
    Ok(back_to(&ctx, &theme.slug, part.id))
}

pub async fn answers(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((slug, part)): Path<(String, String)>,
    form: Form,
) -> AppResult<Response> {
    let user_id = ctx.require_user()?.id;
    let (theme, part) = published_part(&state, &slug, &part).await?;
    if part.kind != PartKind::Tool {
        return Err(AppError::not_found());
    }
    let part = state.store.academy().with_texts(part).await?;
    let items = part.checklist(ctx.lang).len();
    let checked = form
        .values("item")
        .into_iter()
        .filter_map(|v| v.parse::<usize>().ok())
        .filter(|i| *i < items)
        .collect();
    let notes: String = form.value("notes").chars().take(10_000).collect();
    state
        .store
        .academy()
        .save_tool_answers(user_id, part.id, &ToolAnswers { checked, notes })
        .await?;
    ctx.flash("academy-answers-saved");
    Ok(back_to(&ctx, &theme.slug, part.id))
}

pub async fn subscription(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    form: Form,
) -> AppResult<Response> {
    let user_id = ctx.require_user()?.id;
    let subscribed = form.value("subscribed") == "1";
    state
        .store
        .academy()
        .set_theme_subscription(user_id, subscribed)
        .await?;
    ctx.flash(if subscribed {
        "academy-subscribed"
    } else {
        "academy-unsubscribed"
    });
    Ok(ctx.redirect("/academy"))
}
