//! Certificates in the API: anyone checks one by its code, without signing in, and a
//! signed-in caller lists their own. The public answer says what the public page says:
//! the holder's name and organisation, the programme, the dates, the status.

use axum::{
    Extension, Json,
    extract::Path,
    http::{HeaderMap, StatusCode},
};
use chrono::NaiveDate;
use domain::Lang;
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use super::{ApiError, Caller};
use crate::{AppState, certificates::public::proof_of, ctx::preferred_lang};

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(mine))
        .routes(routes!(verify))
}

#[derive(Serialize, ToSchema)]
pub struct CertificateOut {
    /// The certificate's public code, e.g. `K7QM-3XRT-9WPA-H2NE`.
    pub code: String,
    /// `valid` or `revoked`.
    pub status: String,
    pub revoked_on: Option<NaiveDate>,
    pub holder: String,
    pub organisation: String,
    /// The cohort's code, e.g. `EKJ3`.
    pub cohort: String,
    pub programme_fi: String,
    pub programme_sv: String,
    pub issued_on: NaiveDate,
    pub issuer: String,
    /// The public page, in Finnish.
    pub page: String,
    /// The signed Open Badges 3.0 credential.
    pub credential: String,
}

async fn out(
    state: &AppState,
    cert: store::certificates::Certificate,
) -> Result<CertificateOut, ApiError> {
    let page = state
        .config
        .url(&crate::certificates::public_path(Lang::Fi, &cert));
    let credential = state
        .config
        .url(&format!("/certificates/{}/credential.json", cert.code));
    let proof = proof_of(state, cert, Lang::Fi).await?;
    let c = proof.certificate;
    Ok(CertificateOut {
        code: c.code.to_string(),
        status: if c.is_valid() { "valid" } else { "revoked" }.to_owned(),
        revoked_on: c.revoked_on,
        holder: c.holder_name,
        organisation: proof.organisation,
        cohort: proof.cohort.code.to_string(),
        programme_fi: proof.cohort.name_fi,
        programme_sv: proof.cohort.name_sv,
        issued_on: c.issued_on,
        issuer: proof.issuer,
        page,
        credential,
    })
}

/// The caller's certificates, the newest first.
#[utoipa::path(
    get,
    path = "/certificates/mine",
    tag = "coaching",
    responses(
        (status = 200, description = "The caller's certificates; empty when they have none", body = Vec<CertificateOut>),
        (status = 401, description = "No valid token or session", body = ApiError),
    )
)]
async fn mine(
    caller: Caller,
    Extension(state): Extension<AppState>,
) -> Result<Json<Vec<CertificateOut>>, ApiError> {
    let mut found = Vec::new();
    for cert in state.store.certificates().of_holder(caller.user.id).await? {
        found.push(out(&state, cert).await?);
    }
    Ok(Json(found))
}

/// Anyone's check of a certificate by its code, without signing in.
#[utoipa::path(
    get,
    path = "/certificates/{code}",
    tag = "coaching",
    security(()),
    params(("code" = String, Path, description = "The certificate's code, e.g. `K7QM-3XRT-9WPA-H2NE`")),
    responses(
        (status = 200, description = "The certificate and whether it is valid", body = CertificateOut),
        (status = 404, description = "No certificate has this code", body = ApiError),
    )
)]
async fn verify(
    Extension(state): Extension<AppState>,
    headers: HeaderMap,
    Path(code): Path<String>,
) -> Result<Json<CertificateOut>, ApiError> {
    let lang = preferred_lang(None, &headers);
    let cert = state
        .store
        .certificates()
        .by_code(&code)
        .await?
        .ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, "not-found", lang))?;
    Ok(Json(out(&state, cert).await?))
}
