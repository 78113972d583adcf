//! Peer groups across organisations: the coach (or a coordinator) has johto suggest
//! groups that mix organisations and sectors, adjusts them by moving people, and each
//! group has a page with its members and meetings.

use askama::Template;
use axum::{Extension, extract::Path, response::Response};
use domain::coaching::{
    may_change_post, may_form_groups, may_see_group, parse_group_size, parse_optional_text,
    parse_post,
};
use store::{
    Organisation, User,
    coaching::{Meeting, Participant, PeerGroup, Post},
};

use super::{Seen, participants::sector_label, seen_cohort};
use crate::{AppError, AppState, PageCtx, error::AppResult, form::Form, i18n, render::render_form};

fn member_of(group: &PeerGroup, user_id: i32) -> bool {
    group.members.contains(&user_id)
}

#[derive(Template)]
#[template(path = "coaching/groups.html")]
struct GroupsPage {
    ctx: PageCtx,
    seen: Seen,
    groups: Vec<PeerGroup>,
    people: Vec<Participant>,
    organisations: Vec<Organisation>,
    form: Form,
}

impl GroupsPage {
    fn person(&self, id: &i32) -> Option<&Participant> {
        self.people.iter().find(|p| p.user_id == *id)
    }

    fn org(&self, id: &i32) -> String {
        super::org_name(&self.organisations, *id, self.ctx.lang)
    }

    fn sector(&self, p: &Participant) -> String {
        sector_label(&self.ctx, p.sector)
    }

    /// Confirmed participants in no group yet.
    fn ungrouped(&self) -> Vec<&Participant> {
        self.people
            .iter()
            .filter(|p| p.enrolment == domain::coaching::Enrolment::Confirmed)
            .filter(|p| !self.groups.iter().any(|g| member_of(g, p.user_id)))
            .collect()
    }

    fn base(&self) -> String {
        self.ctx
            .href(&format!("/coaching/{}/groups", self.seen.cohort.code))
    }
}

async fn seen_by_former(ctx: &PageCtx, state: &AppState, code: &str) -> AppResult<Seen> {
    let seen = seen_cohort(ctx, state, code).await?;
    if may_form_groups(&seen.who, seen.cohort.tie(seen.participant)) {
        Ok(seen)
    } else {
        Err(AppError::not_found())
    }
}

async fn groups_page(
    ctx: PageCtx,
    state: &AppState,
    seen: Seen,
    form: Form,
) -> AppResult<Response> {
    let refused = !form.is_valid();
    let path = format!("/coaching/{}/groups", seen.cohort.code);
    render_form(
        GroupsPage {
            groups: state.store.coaching().groups(seen.cohort.id).await?,
            people: state.store.coaching().participants(seen.cohort.id).await?,
            organisations: state.store.organisations().all().await?,
            ctx: ctx.at(&path),
            seen,
            form,
        },
        refused,
    )
}

pub async fn page(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let seen = seen_by_former(&ctx, &state, &code).await?;
    let form = Form::with_values(ctx.lang, &[("size", "6")]);
    groups_page(ctx, &state, seen, form).await
}

/// Replaces the groups with johto's suggestion.
pub async fn suggest(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(code): Path<String>,
    mut form: Form,
) -> AppResult<Response> {
    let seen = seen_by_former(&ctx, &state, &code).await?;
    let Some(size) = form.parse("size", parse_group_size) else {
        return groups_page(ctx, &state, seen, form).await;
    };
    let lang = ctx.lang;
    let formed = state
        .store
        .coaching()
        .form_suggested_groups(
            seen.cohort.id,
            size,
            |n| i18n::t_args(lang, "group-name", &[("number", n.to_string())]),
            Some(seen.who.user_id),
        )
        .await?;
    if !formed {
        form.refuse("size", "error-groups-one-organisation");
        return groups_page(ctx, &state, seen, form).await;
    }
    ctx.flash("groups-formed");
    Ok(ctx.redirect(&format!("/coaching/{}/groups", seen.cohort.code)))
}

/// Moves a participant to another group.
pub async fn move_member(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(code): Path<String>,
    form: Form,
) -> AppResult<Response> {
    let seen = seen_by_former(&ctx, &state, &code).await?;
    let user: i32 = form
        .value("user")
        .parse()
        .map_err(|_| AppError::not_found())?;
    let group: i32 = form
        .value("group")
        .parse()
        .map_err(|_| AppError::not_found())?;
    match state
        .store
        .coaching()
        .move_to_group(seen.cohort.id, user, group, Some(seen.who.user_id))
        .await
    {
        Ok(()) => {
            ctx.flash("group-member-moved");
            Ok(ctx.redirect(&format!("/coaching/{}/groups", seen.cohort.code)))
        }
        Err(store::StoreError::NotFound) => Err(AppError::not_found()),
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "coaching/group.html")]
struct GroupPage {
    ctx: PageCtx,
    seen: Seen,
    group: PeerGroup,
    people: Vec<Participant>,
    organisations: Vec<Organisation>,
    meetings: Vec<Meeting>,
    posts: Vec<Post>,
    authors: Vec<User>,
    form: Form,
}

impl GroupPage {
    fn author(&self, id: &i32) -> String {
        self.authors
            .iter()
            .find(|a| a.id == *id)
            .map(|a| a.name.clone())
            .unwrap_or_default()
    }

    /// The edit form's field of a post: `body-7`.
    fn post_field(&self, p: &Post) -> String {
        format!("body-{}", p.id)
    }

    fn mine(&self, p: &Post) -> bool {
        may_change_post(&self.seen.who, p.author_id)
    }

    fn posted(&self, p: &Post) -> String {
        i18n::local_time(p.created_at)
    }

    fn base(&self) -> String {
        self.ctx.href(&format!(
            "/coaching/{}/groups/{}",
            self.seen.cohort.code, self.group.id
        ))
    }

    fn org(&self, id: &i32) -> String {
        super::org_name(&self.organisations, *id, self.ctx.lang)
    }

    fn sector(&self, p: &Participant) -> String {
        sector_label(&self.ctx, p.sector)
    }

    fn when(&self, m: &Meeting) -> String {
        i18n::local_time(m.meets_at)
    }
}

/// A group the person may see, with the cohort, or 404.
async fn seen_group(
    ctx: &PageCtx,
    state: &AppState,
    code: &str,
    group: &str,
) -> AppResult<(Seen, PeerGroup)> {
    let seen = seen_cohort(ctx, state, code).await?;
    let id: i32 = group.parse().map_err(|_| AppError::not_found())?;
    let group = state
        .store
        .coaching()
        .groups(seen.cohort.id)
        .await?
        .into_iter()
        .find(|g| g.id == id)
        .ok_or_else(AppError::not_found)?;
    let member = member_of(&group, seen.who.user_id);
    if !may_see_group(&seen.who, seen.cohort.tie(seen.participant), member) {
        return Err(AppError::not_found());
    }
    Ok((seen, group))
}

async fn group_page(
    ctx: PageCtx,
    state: &AppState,
    seen: Seen,
    group: PeerGroup,
    form: Form,
) -> AppResult<Response> {
    let refused = !form.is_valid();
    let people = state
        .store
        .coaching()
        .participants(seen.cohort.id)
        .await?
        .into_iter()
        .filter(|p| group.members.contains(&p.user_id))
        .collect();
    let path = format!("/coaching/{}/groups/{}", seen.cohort.code, group.id);
    let posts = state.store.coaching().posts(group.id).await?;
    let mut ids: Vec<i32> = posts.iter().map(|p| p.author_id).collect();
    ids.sort_unstable();
    ids.dedup();
    render_form(
        GroupPage {
            authors: state.store.accounts().users_by_ids(&ids).await?,
            posts,
            meetings: state.store.coaching().meetings(group.id).await?,
            organisations: state.store.organisations().all().await?,
            ctx: ctx.at(&path),
            seen,
            group,
            people,
            form,
        },
        refused,
    )
}

pub async fn group(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((code, group)): Path<(String, String)>,
) -> AppResult<Response> {
    let (seen, group) = seen_group(&ctx, &state, &code, &group).await?;
    let form = Form::empty(ctx.lang);
    group_page(ctx, &state, seen, group, form).await
}

/// Notes a meeting: when (Helsinki time), where or the link, and notes.
pub async fn add_meeting(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((code, group)): Path<(String, String)>,
    mut form: Form,
) -> AppResult<Response> {
    let (seen, group) = seen_group(&ctx, &state, &code, &group).await?;
    let date = form.value("date").to_owned();
    let meets_at = form.parse("time", |t| domain::events::helsinki_time(&date, t));
    if form.value("date").trim().is_empty() {
        form.refuse("date", "error-event-date");
    }
    let place = form.parse("place", |raw| {
        domain::coaching::parse_title(raw).map_err(|_| domain::coaching::place_missing())
    });
    let notes = form.parse("notes", parse_optional_text);
    let (Some(meets_at), Some(place), Some(notes), true) =
        (meets_at, place, notes, form.is_valid())
    else {
        return group_page(ctx, &state, seen, group, form).await;
    };
    state
        .store
        .coaching()
        .add_meeting(group.id, meets_at, &place, &notes, Some(seen.who.user_id))
        .await?;
    ctx.flash("group-meeting-added");
    Ok(ctx.redirect(&format!(
        "/coaching/{}/groups/{}",
        seen.cohort.code, group.id
    )))
}

/// Writes a post in the group's discussion; the other members are told by e-mail.
pub async fn add_post(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((code, group)): Path<(String, String)>,
    mut form: Form,
) -> AppResult<Response> {
    let (seen, group) = seen_group(&ctx, &state, &code, &group).await?;
    let Some(body) = form.parse("body", parse_post) else {
        return group_page(ctx, &state, seen, group, form).await;
    };
    state
        .store
        .coaching()
        .add_post(group.id, seen.who.user_id, &body)
        .await?;
    ctx.flash("group-post-added");
    Ok(ctx.redirect(&format!(
        "/coaching/{}/groups/{}#discussion",
        seen.cohort.code, group.id
    )))
}

/// A post of this group by the person asking, or 404.
async fn own_post(
    ctx: &PageCtx,
    state: &AppState,
    code: &str,
    group: &str,
    post: &str,
) -> AppResult<(Seen, PeerGroup, Post)> {
    let (seen, group) = seen_group(ctx, state, code, group).await?;
    let id: i32 = post.parse().map_err(|_| AppError::not_found())?;
    let post = state
        .store
        .coaching()
        .post(id)
        .await?
        .filter(|p| p.group_id == group.id && may_change_post(&seen.who, p.author_id))
        .ok_or_else(AppError::not_found)?;
    Ok((seen, group, post))
}

pub async fn edit_post(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((code, group, post)): Path<(String, String, String)>,
    mut form: Form,
) -> AppResult<Response> {
    let (seen, group, post) = own_post(&ctx, &state, &code, &group, &post).await?;
    let field = format!("body-{}", post.id);
    let Some(body) = form.parse(&field, parse_post) else {
        return group_page(ctx, &state, seen, group, form).await;
    };
    state
        .store
        .coaching()
        .edit_post(post.id, seen.who.user_id, &body)
        .await?;
    ctx.flash("group-post-saved");
    Ok(ctx.redirect(&format!(
        "/coaching/{}/groups/{}#discussion",
        seen.cohort.code, group.id
    )))
}

pub async fn delete_post(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((code, group, post)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let (seen, group, post) = own_post(&ctx, &state, &code, &group, &post).await?;
    state
        .store
        .coaching()
        .delete_post(post.id, seen.who.user_id)
        .await?;
    ctx.flash("group-post-deleted");
    Ok(ctx.redirect(&format!(
        "/coaching/{}/groups/{}#discussion",
        seen.cohort.code, group.id
    )))
}
