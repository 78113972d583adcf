//! Creating and editing organisations.

use askama::Template;
use axum::{Extension, extract::Path, response::Response};
use domain::{BusinessId, EmailDomain, OrgKind, OrgLanguages, OrgName, Region, Role};
use store::{NewOrganisation, Organisation, StoreError};

use crate::{
    AppError, AppState, PageCtx,
    error::AppResult,
    form::Form,
    render::{render, render_form},
};

#[derive(Template)]
#[template(path = "admin/organisations.html")]
struct ListPage {
    ctx: PageCtx,
    organisations: Vec<Organisation>,
}

pub async fn list(ctx: PageCtx, Extension(state): Extension<AppState>) -> AppResult<Response> {
    ctx.require_role(Role::Administrator)?;
    let organisations = state.store.organisations().all().await?;
    render(ListPage { ctx, organisations })
}

#[derive(Template)]
#[template(path = "admin/organisation_form.html")]
struct FormPage {
    ctx: PageCtx,
    form: Form,
    /// `None` while creating.
    editing: Option<Organisation>,
    organisations: Vec<Organisation>,
    kinds: [OrgKind; 5],
    languages: [OrgLanguages; 3],
    regions: [Region; 19],
}

impl FormPage {
    fn region_name(&self, region: Option<&Region>) -> String {
        crate::pages::region_label(self.ctx.lang, region.copied())
    }
}

async fn page(
    ctx: PageCtx,
    state: &AppState,
    form: Form,
    editing: Option<Organisation>,
) -> AppResult<Response> {
    let organisations = state.store.organisations().all().await?;
    let refused = !form.is_valid();
    render_form(
        FormPage {
            ctx,
            form,
            editing,
            organisations,
            kinds: OrgKind::ALL,
            languages: OrgLanguages::ALL,
            regions: Region::ALL,
        },
        refused,
    )
}

pub async fn new_form(ctx: PageCtx, Extension(state): Extension<AppState>) -> AppResult<Response> {
    ctx.require_role(Role::Administrator)?;
    let form = Form::with_values(
        ctx.lang,
        &[("kind", "municipality"), ("languages", "finnish")],
    );
    page(ctx, &state, form, None).await
}

/// Parses the organisation form; refusals stay in the form.
fn parse(form: &mut Form) -> Option<NewOrganisation> {
    let name_fi = form.parse("name_fi", OrgName::parse);
    let name_sv = form.parse("name_sv", OrgName::parse);
    let name_en = form.parse("name_en", |raw| {
        if raw.trim().is_empty() {
            Ok(None)
        } else {
            OrgName::parse(raw).map(Some)
        }
    });
    let kind = form.parse("kind", OrgKind::parse);
    let languages = form.parse("languages", OrgLanguages::parse);
    let business_id = form.parse("business_id", |raw| {
        if raw.trim().is_empty() {
            Ok(None)
        } else {
            BusinessId::parse(raw).map(Some)
        }
    });
    let domains = form.parse("domains", EmailDomain::parse_list);
    let region = form.parse("region", |raw| {
        if raw.trim().is_empty() {
            Ok(None)
        } else {
            Region::parse(raw).map(Some)
        }
    });
    let parent_id = match form.value("parent").trim() {
        "" => Some(None),
        raw => match raw.parse::<i32>() {
            Ok(id) => Some(Some(id)),
            Err(_) => {
                form.refuse("parent", "error-parent-invalid");
                None
            }
        },
    };
    Some(NewOrganisation {
        slug: None,
        name_fi: name_fi?,
        name_sv: name_sv?,
        name_en: name_en?,
        kind: kind?,
        business_id: business_id?,
        languages: languages?,
        parent_id: parent_id?,
        domains: domains?,
        region: region?,
    })
}

/// Saves, turning the store's refusals into messages beside the fields.
async fn save(
    state: &AppState,
    form: &mut Form,
    id: Option<i32>,
    actor: i32,
) -> AppResult<Option<i32>> {
    let Some(new) = parse(form) else {
        return Ok(None);
    };
    let saved = match id {
        Some(id) => state
            .store
            .organisations()
            .update_organisation(id, &new, Some(actor))
            .await
            .map(|()| id),
        None => {
            state
                .store
                .organisations()
                .create_organisation(&new, Some(actor))
                .await
        }
    };
    match saved {
        Ok(id) => Ok(Some(id)),
        Err(StoreError::DomainTaken) => {
            form.refuse("domains", "error-domain-taken");
            Ok(None)
        }
        Err(StoreError::ParentCycle) => {
            form.refuse("parent", "error-parent-cycle");
            Ok(None)
        }
        Err(StoreError::NotFound) => {
            form.refuse("parent", "error-parent-invalid");
            Ok(None)
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn create(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    mut form: Form,
) -> AppResult<Response> {
    let admin = ctx.require_role(Role::Administrator)?.id;
    match save(&state, &mut form, None, admin).await? {
        Some(_) => {
            ctx.flash("org-saved");
            Ok(ctx.redirect("/admin/organisations"))
        }
        None => page(ctx, &state, form, None).await,
    }
}

async fn existing(state: &AppState, id: &str) -> AppResult<Organisation> {
    let id: i32 = id.parse().map_err(|_| AppError::not_found())?;
    state
        .store
        .organisations()
        .organisation(id)
        .await?
        .ok_or_else(AppError::not_found)
}

pub async fn edit_form(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    ctx.require_role(Role::Administrator)?;
    let org = existing(&state, &id).await?;
    let parent = org.parent_id.map(|p| p.to_string()).unwrap_or_default();
    let domains = org.domains.join(", ");
    let form = Form::with_values(
        ctx.lang,
        &[
            ("name_fi", &org.name_fi),
            ("name_sv", &org.name_sv),
            ("name_en", org.name_en.as_deref().unwrap_or_default()),
            ("kind", org.kind.as_str()),
            ("languages", org.languages.as_str()),
            (
                "business_id",
                org.business_id.as_deref().unwrap_or_default(),
            ),
            ("parent", &parent),
            ("domains", &domains),
            ("region", org.region.map_or("", |r| r.as_str())),
        ],
    );
    page(ctx, &state, form, Some(org)).await
}

pub async fn update(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
    mut form: Form,
) -> AppResult<Response> {
    let admin = ctx.require_role(Role::Administrator)?.id;
    let org = existing(&state, &id).await?;
    match save(&state, &mut form, Some(org.id), admin).await? {
        Some(_) => {
            ctx.flash("org-saved");
            Ok(ctx.redirect("/admin/organisations"))
        }
        None => page(ctx, &state, form, Some(org)).await,
    }
}
