//! The start page, the organisation pages and the accessibility statement.

use askama::Template;
use axum::{
    Extension, Router,
    extract::Path,
    http::HeaderMap,
    response::{Redirect, Response},
    routing::get,
};
use domain::Role;
use store::{Organisation, User};
use tower_sessions::Session;

use crate::{
    AppError, AppState, PageCtx,
    ctx::preferred_lang,
    error::AppResult,
    feature::{Feature, NavEntry, everyone},
    render::render,
};

pub(crate) const FEATURE: Feature = Feature {
    pages: routes,
    root: None,
    jobs: &[],
    nav: &[NavEntry {
        order: 40,
        path: "/organisations",
        label: "nav-organisations",
        shown: everyone,
        public: false,
    }],
};

fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(start))
        .route("/accessibility", get(accessibility))
        .route("/organisations", get(organisations))
        .route("/organisations/{slug}", get(organisation))
}

/// `/` leads to the reader's language: saved choice, then the browser's, then Finnish.
pub async fn root_redirect(
    Extension(state): Extension<AppState>,
    session: Session,
    headers: HeaderMap,
) -> AppResult<Redirect> {
    let user = match session.get::<i32>(store::sessions::USER_ID_KEY).await? {
        Some(id) => state.store.accounts().user(id).await?,
        None => None,
    };
    let lang = preferred_lang(user.as_ref(), &headers);
    Ok(Redirect::to(&format!("/{}/", lang.code())))
}

#[derive(Template)]
#[template(path = "start.html")]
struct StartPage {
    ctx: PageCtx,
    organisation: Option<Organisation>,
    /// The academy part this person opened last and has not finished.
    next_part: Option<(
        store::Theme<store::academy::PartTitle>,
        store::Part<store::academy::PartTitle>,
    )>,
    pending_requests: usize,
    roles: Vec<Role>,
    /// The coaching cohorts the person takes part in.
    cohorts: Vec<store::coaching::Cohort>,
}

impl StartPage {
    fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    fn manages_people(&self) -> bool {
        self.ctx.principal().is_some_and(|p| p.manages_people())
    }
}

pub async fn start(ctx: PageCtx, Extension(state): Extension<AppState>) -> AppResult<Response> {
    let (organisation, pending_requests, roles) = match &ctx.user {
        Some(user) => {
            let principal = user.principal();
            let pending = if principal.manages_people() {
                state
                    .store
                    .accounts()
                    .pending_requests(principal.people_scope())
                    .await?
                    .len()
            } else {
                0
            };
            (
                state
                    .store
                    .organisations()
                    .organisation(user.org_id)
                    .await?,
                pending,
                user.roles.clone(),
            )
        }
        None => (None, 0, Vec::new()),
    };
    let next_part = match &ctx.user {
        Some(user) => state.store.academy().continue_with(user.id).await?,
        None => None,
    };
    let cohorts = match &ctx.user {
        Some(user) => state.store.coaching().cohorts_of(user.id).await?,
        None => Vec::new(),
    };
    render(StartPage {
        ctx,
        cohorts,
        organisation,
        next_part,
        pending_requests,
        roles,
    })
}

#[derive(Template)]
#[template(path = "accessibility.html")]
struct AccessibilityPage {
    ctx: PageCtx,
}

async fn accessibility(ctx: PageCtx) -> AppResult<Response> {
    render(AccessibilityPage { ctx })
}

#[derive(Template)]
#[template(path = "organisations.html")]
struct OrganisationsPage {
    ctx: PageCtx,
    organisations: Vec<Organisation>,
}

async fn organisations(ctx: PageCtx, Extension(state): Extension<AppState>) -> AppResult<Response> {
    ctx.require_user()?;
    let organisations = state.store.organisations().all().await?;
    render(OrganisationsPage { ctx, organisations })
}

#[derive(Template)]
#[template(path = "organisation.html")]
struct OrganisationPage {
    ctx: PageCtx,
    organisation: Organisation,
    parent: Option<Organisation>,
    children: Vec<Organisation>,
    /// The people of the organisation, shown only to those who manage them.
    people: Option<Vec<User>>,
}

async fn organisation(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let principal = ctx.require_user()?.principal();
    let organisation = state
        .store
        .organisations()
        .organisation_by_slug(&slug)
        .await?
        .ok_or_else(AppError::not_found)?;
    let parent = match organisation.parent_id {
        Some(id) => state.store.organisations().organisation(id).await?,
        None => None,
    };
    let children = state
        .store
        .organisations()
        .all()
        .await?
        .into_iter()
        .filter(|o| o.parent_id == Some(organisation.id))
        .collect();
    let people = if principal.may_manage_people_of(organisation.id) {
        Some(state.store.accounts().users(Some(organisation.id)).await?)
    } else {
        None
    };
    render(OrganisationPage {
        ctx,
        organisation,
        parent,
        children,
        people,
    })
}

/// The translated name of a role, as templates show it.
pub fn role_label(ctx: &PageCtx, role: &Role) -> String {
    ctx.t(&format!("role-{}", role.as_str().replace('_', "-")))
}

/// The translated name of an organisation kind.
pub fn kind_label(ctx: &PageCtx, kind: &domain::OrgKind) -> String {
    ctx.t(&format!("org-kind-{}", kind.as_str().replace('_', "-")))
}

/// An organisation's name in the reader's language, found in a list already loaded.
pub fn org_name(orgs: &[store::Organisation], id: i32, lang: domain::Lang) -> String {
    orgs.iter()
        .find(|o| o.id == id)
        .map(|o| o.name(lang).to_owned())
        .unwrap_or_default()
}

/// A day as Finnish and Swedish write it: "1.11.2018".
pub fn day(date: chrono::NaiveDate) -> String {
    date.format("%-d.%-m.%Y").to_string()
}

/// The translated name of a region, or of having none.
pub fn region_label(lang: domain::Lang, region: Option<domain::Region>) -> String {
    match region {
        Some(r) => crate::i18n::t(lang, &format!("region-{}", r.as_str())),
        None => crate::i18n::t(lang, "region-none"),
    }
}

/// The translated name of an organisation's languages.
pub fn languages_label(ctx: &PageCtx, languages: &domain::OrgLanguages) -> String {
    ctx.t(&format!("org-languages-{}", languages.as_str()))
}
