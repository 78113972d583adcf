//! People of an organisation and the requests for an account, for those who manage
//! them: HR developers see their own organisation only, coordinators and
//! administrators everyone. Anything outside a person's scope answers 404.

mod requests;

use askama::Template;
use axum::{
    Extension, Router,
    extract::Path,
    response::Response,
    routing::{get, post},
};
use domain::{Principal, Role};
use store::{Organisation, User};

use crate::{
    AppError, AppState, PageCtx,
    error::AppResult,
    feature::{Feature, NavEntry},
    form::Form,
    render::render,
};

pub(crate) const FEATURE: Feature = Feature {
    pages: routes,
    root: None,
    jobs: &[],
    nav: &[
        NavEntry {
            order: 60,
            path: "/people",
            label: "nav-people",
            shown: Principal::manages_people,
            public: false,
        },
        NavEntry {
            order: 70,
            path: "/requests",
            label: "nav-requests",
            shown: Principal::manages_people,
            public: false,
        },
    ],
};

fn routes() -> Router<AppState> {
    Router::new()
        .route("/people", get(list))
        .route("/people/{id}", get(show))
        .route("/people/{id}/disable", post(disable))
        .route("/people/{id}/enable", post(enable))
        .route("/people/{id}/roles", post(set_roles))
        .route("/requests", get(requests::list))
        .route("/requests/{id}/approve", post(requests::approve))
        .route("/requests/{id}/reject", post(requests::reject))
}

#[derive(Template)]
#[template(path = "people/list.html")]
struct PeoplePage {
    ctx: PageCtx,
    people: Vec<User>,
    organisations: Vec<Organisation>,
}

impl PeoplePage {
    fn org_name(&self, id: &i32) -> &str {
        self.organisations
            .iter()
            .find(|o| o.id == *id)
            .map_or("", |o| o.name(self.ctx.lang))
    }
}

async fn list(ctx: PageCtx, Extension(state): Extension<AppState>) -> AppResult<Response> {
    let principal = ctx.require_people_manager()?;
    let people = state
        .store
        .accounts()
        .users(principal.people_scope())
        .await?;
    let organisations = state.store.organisations().all().await?;
    render(PeoplePage {
        ctx,
        people,
        organisations,
    })
}

/// A person the signed-in manager may see; anyone else is not found.
pub(crate) async fn person_in_scope(
    state: &AppState,
    principal: &Principal,
    id: &str,
) -> AppResult<User> {
    let id: i32 = id.parse().map_err(|_| AppError::not_found())?;
    state
        .store
        .accounts()
        .user(id)
        .await?
        .filter(|u| principal.may_manage_people_of(u.org_id))
        .ok_or_else(AppError::not_found)
}

#[derive(Template)]
#[template(path = "people/show.html")]
struct PersonPage {
    ctx: PageCtx,
    person: User,
    organisation: Option<Organisation>,
    may_grant_roles: bool,
    is_self: bool,
    all_roles: [Role; 8],
}

impl PersonPage {
    fn lang_label(&self) -> String {
        self.ctx.t(&format!("lang-{}", self.person.lang.code()))
    }
}

async fn show(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let principal = ctx.require_people_manager()?;
    let person = person_in_scope(&state, &principal, &id).await?;
    let organisation = state
        .store
        .organisations()
        .organisation(person.org_id)
        .await?;
    let is_self = person.id == principal.user_id;
    if !is_self {
        state
            .store
            .record_person_view(principal.user_id, person.id)
            .await?;
    }
    render(PersonPage {
        ctx,
        person,
        organisation,
        may_grant_roles: principal.is_admin(),
        is_self,
        all_roles: Role::ALL,
    })
}

async fn set_disabled(
    ctx: PageCtx,
    state: AppState,
    id: String,
    disabled: bool,
) -> AppResult<Response> {
    let principal = ctx.require_people_manager()?;
    let person = person_in_scope(&state, &principal, &id).await?;
    if person.id == principal.user_id {
        return Err(AppError::bad_request());
    }
    state
        .store
        .accounts()
        .set_disabled(person.id, disabled, Some(principal.user_id))
        .await?;
    ctx.flash(if disabled {
        "person-disabled"
    } else {
        "person-enabled"
    });
    Ok(ctx.redirect(&format!("/people/{}", person.id)))
}

async fn disable(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    set_disabled(ctx, state, id, true).await
}

async fn enable(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    set_disabled(ctx, state, id, false).await
}

/// Only administrators grant roles.
async fn set_roles(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
    form: Form,
) -> AppResult<Response> {
    let admin = ctx.require_role(Role::Administrator)?.principal();
    let person = person_in_scope(&state, &admin, &id).await?;
    let mut roles = Vec::new();
    for raw in form.values("role") {
        roles.push(Role::parse(raw).map_err(|_| AppError::bad_request())?);
    }
    if person.id == admin.user_id && !roles.contains(&Role::Administrator) {
        // Nobody removes their own administration by accident and locks everyone out.
        roles.push(Role::Administrator);
    }
    state
        .store
        .accounts()
        .set_roles(person.id, &roles, Some(admin.user_id))
        .await?;
    ctx.flash("person-roles-saved");
    Ok(ctx.redirect(&format!("/people/{}", person.id)))
}
