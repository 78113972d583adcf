//! The public proof of a certificate, at addresses printed on paper: its page in
//! Finnish, Swedish or English (`/{lang}/certificates/{code}`), its signed credential
//! (`/certificates/{code}/credential.json`), the issuer's DID document
//! (`/.well-known/did.json`) and the revocation list
//! (`/certificates/status-list.json`); and the holder's own certificates. The page says
//! no more of the holder than their name and organisation, and of a revocation only
//! its date; of a certificate whose holder's data was erased, only that it was revoked
//! (it has no printable or credential any more).

use askama::Template;
use axum::{
    Extension, Json, Router,
    extract::Path,
    http::header,
    response::{IntoResponse, Response},
    routing::get,
};
use chrono::Datelike;
use domain::{
    Lang,
    certificates::{Criterion, may_certify},
};
use serde_json::{Value, json};
use store::{Organisation, certificates::Certificate, coaching::Cohort};

use super::{
    cohort_years,
    credential::{did_document, did_web, encoded_status_list, key_id},
    criterion_label,
};
use crate::{
    AppError, AppState, PageCtx,
    error::AppResult,
    form::Form,
    i18n,
    pages::{day, org_name},
    render::render_form,
};

/// Routes outside the language prefix: what software fetches.
pub(super) fn root_routes() -> Router<AppState> {
    Router::new()
        .route("/certificates/{code}/credential.json", get(credential))
        .route("/certificates/status-list.json", get(status_list))
        .route("/.well-known/did.json", get(did))
}

/// What the public page and the credential say of a certificate.
pub(crate) struct Proof {
    pub certificate: Certificate,
    pub cohort: Cohort,
    pub organisation: String,
    pub issuer: String,
    pub provider: String,
    /// The criteria the cohort states, and what they ask.
    pub criteria: Vec<Criterion>,
    pub asks: domain::certificates::Criteria,
}

pub(crate) async fn proof_of(state: &AppState, cert: Certificate, lang: Lang) -> AppResult<Proof> {
    let cohort = state
        .store
        .coaching()
        .cohort(cert.cohort_id)
        .await?
        .ok_or_else(AppError::not_found)?;
    let orgs: Vec<Organisation> = state.store.organisations().all().await?;
    let asks = state.store.certificates().criteria(cohort.id).await?;
    let criteria = domain::certificates::checklist(asks, domain::certificates::Facts::default())
        .into_iter()
        .map(|c| c.criterion)
        .collect();
    Ok(Proof {
        organisation: org_name(&orgs, cert.organisation_id, lang),
        issuer: org_name(&orgs, cert.issuer_id, lang),
        provider: org_name(&orgs, cohort.provider_id, lang),
        cohort,
        criteria,
        asks,
        certificate: cert,
    })
}

#[derive(Template)]
#[template(path = "certificates/public.html")]
struct PublicPage {
    ctx: PageCtx,
    proof: Proof,
    credential: String,
    certifies: bool,
    form: Form,
}

impl PublicPage {
    fn criterion(&self, c: &Criterion) -> String {
        criterion_label(&self.ctx, *c, &self.proof.asks)
    }

    fn issued(&self) -> String {
        day(self.proof.certificate.issued_on)
    }

    fn revoked(&self) -> Option<String> {
        self.proof.certificate.revoked_on.map(day)
    }

    fn years(&self) -> String {
        cohort_years(&self.proof.cohort)
    }

    fn base(&self) -> String {
        self.ctx
            .href(&format!("/certificates/{}", self.proof.certificate.code))
    }
}

pub(super) async fn page_of(
    ctx: PageCtx,
    state: &AppState,
    cert: Certificate,
    form: Form,
) -> AppResult<Response> {
    let refused = !form.is_valid();
    let certifies = ctx.principal().is_some_and(|p| may_certify(&p));
    let path = format!("/certificates/{}", cert.code);
    let credential = state
        .config
        .url(&format!("/certificates/{}/credential.json", cert.code));
    let proof = proof_of(state, cert, ctx.lang).await?;
    render_form(
        PublicPage {
            ctx: ctx.at(&path),
            proof,
            credential,
            certifies,
            form,
        },
        refused,
    )
}

/// Anyone's check of a certificate, signed in or not, or its printable PDF
/// (`….pdf`); an unknown code is 404.
pub async fn page(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(code): Path<String>,
) -> AppResult<Response> {
    if let Some(code) = code.strip_suffix(".pdf") {
        return printable(ctx, &state, code).await;
    }
    let cert = state
        .store
        .certificates()
        .by_code(&code)
        .await?
        .ok_or_else(AppError::not_found)?;
    let form = Form::empty(ctx.lang);
    page_of(ctx, &state, cert, form).await
}

/// The printable certificate in the page's language: the page's facts on A4, with a QR
/// code to the page.
async fn printable(ctx: PageCtx, state: &AppState, code: &str) -> AppResult<Response> {
    let cert = state
        .store
        .certificates()
        .by_code(code)
        .await?
        .filter(|c| !c.holder_erased)
        .ok_or_else(AppError::not_found)?;
    let lang = ctx.lang;
    let url = state.config.url(&super::public_path(lang, &cert));
    let proof = proof_of(state, cert, lang).await?;
    let c = &proof.certificate;
    let facts = certificate_pdf::Certificate {
        lang: lang.code().to_owned(),
        title: ctx.t("certificate-name"),
        programme: format!(
            "{} ({})",
            proof.cohort.name(lang),
            cohort_years(&proof.cohort)
        ),
        granted_to: ctx.t("certificate-granted-to"),
        holder: c.holder_name.clone(),
        organisation: proof.organisation.clone(),
        meaning: ctx.t("certificate-meaning"),
        status: c
            .revoked_on
            .map(|d| ctx.t1("certificate-revoked-on", "date", &day(d)))
            .unwrap_or_default(),
        certifies: ctx.t("certificate-certifies"),
        criteria: proof
            .criteria
            .iter()
            .map(|k| criterion_label(&ctx, *k, &proof.asks))
            .collect(),
        issued_label: ctx.t("certificate-issued"),
        issued: day(c.issued_on),
        issuer_label: ctx.t("certificate-issuer"),
        issuer: proof.issuer.clone(),
        organisers: ctx.t1("certificate-organisers-text", "provider", &proof.provider),
        signatory: ctx.t("certificate-signatory"),
        code_label: ctx.t("certificate-code"),
        code: c.code.to_string(),
        qr_alt: ctx.t("certificate-qr-alt"),
        url,
    };
    let bytes = tokio::task::spawn_blocking(move || certificate_pdf::render(&facts)).await??;
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"EKJ-{}.pdf\"", c.code),
            ),
        ],
        bytes,
    )
        .into_response())
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct Check {
    code: String,
}

/// A code typed into the start page's form: its page, or 404 when there is none.
pub async fn check(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    axum::extract::Query(check): axum::extract::Query<Check>,
) -> AppResult<Response> {
    let cert = state
        .store
        .certificates()
        .by_code(&check.code)
        .await?
        .ok_or_else(AppError::not_found)?;
    Ok(ctx.redirect(&format!("/certificates/{}", cert.code)))
}

// The credential ------------------------------------------------------------------------------

/// The issuer's DID, its current key's verification method, and the key.
fn issuer(state: &AppState) -> (String, String) {
    let did = did_web(&state.config.public_url);
    let method = key_id(&did, &state.issuer.public_multibase());
    (did, method)
}

/// A text in Finnish and Swedish, as one string for the credential.
fn both(key: &str, args: &[(&'static str, String)]) -> String {
    format!(
        "{} / {}",
        i18n::t_args(Lang::Fi, key, args),
        i18n::t_args(Lang::Sv, key, args)
    )
}

/// The certificate as an unsigned Open Badges 3.0 `OpenBadgeCredential`.
pub(crate) fn credential_of(state: &AppState, proof: &Proof, did: &str) -> Value {
    let cert = &proof.certificate;
    let url = |path: &str| state.config.url(path);
    let issued = cert
        .issued_on
        .and_hms_opt(0, 0, 0)
        .map(|t| {
            t.and_utc()
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
        })
        .unwrap_or_default();
    let count = proof.asks.min_forums.to_string();
    let criteria: Vec<String> = proof
        .criteria
        .iter()
        .map(|c| {
            both(
                &format!("criterion-{}", c.as_str().replace('_', "-")),
                &[("count", count.clone())],
            )
        })
        .collect();
    let cohort = &proof.cohort;
    json!({
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
        ],
        "id": url(&format!("/certificates/{}/credential.json", cert.code)),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": both("certificate-name", &[]),
        "issuer": {
            "id": did,
            "type": ["Profile"],
            "name": proof.issuer,
            "url": url("/"),
        },
        "validFrom": issued,
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [{
                "type": "IdentityObject",
                "identityHash": cert.holder_name,
                "identityType": "name",
                "hashed": false,
            }],
            "activityStartDate": cohort.starts_on.and_hms_opt(0, 0, 0).map(|t| t.and_utc().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
            "activityEndDate": cohort.ends_on.and_hms_opt(0, 0, 0).map(|t| t.and_utc().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
            "achievement": {
                "id": url(&format!("/fi/coaching/{}", cohort.code)),
                "type": ["Achievement"],
                "achievementType": "Certificate",
                "name": format!("{} / {} ({})", cohort.name_fi, cohort.name_sv, cohort_years(cohort)),
                "description": both("certificate-meaning", &[]),
                "criteria": { "narrative": criteria.join("\n") },
                "creator": {
                    "id": did,
                    "type": ["Profile"],
                    "name": proof.issuer,
                },
            },
        },
        "credentialStatus": {
            "id": url(&format!("/certificates/status-list.json#{}", cert.status_index())),
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": cert.status_index().to_string(),
            "statusListCredential": url("/certificates/status-list.json"),
        },
    })
}

fn json_ld(value: Value) -> Response {
    ([(header::CONTENT_TYPE, "application/ld+json")], Json(value)).into_response()
}

/// The signed credential. It is signed when fetched, with the issuer's current key, at
/// the time of issue, so its bytes stay the same while the key does.
async fn credential(
    Extension(state): Extension<AppState>,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let cert = state
        .store
        .certificates()
        .by_code(&code)
        .await?
        .filter(|c| !c.holder_erased)
        .ok_or_else(AppError::not_found)?;
    let created = cert
        .granted_at
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let proof = proof_of(&state, cert, Lang::Fi).await?;
    let (did, method) = issuer(&state);
    let signed = state
        .issuer
        .sign(credential_of(&state, &proof, &did), &method, &created)?;
    Ok(json_ld(signed))
}

/// The issuer's DID document: every key ever used, so earlier credentials verify.
async fn did(Extension(state): Extension<AppState>) -> AppResult<Response> {
    let (did, _) = issuer(&state);
    let keys: Vec<String> = state
        .store
        .certificates()
        .keys()
        .await?
        .into_iter()
        .map(|k| k.public_key)
        .collect();
    Ok((
        [(header::CONTENT_TYPE, "application/did+ld+json")],
        Json(did_document(&did, &keys)),
    )
        .into_response())
}

/// The Bitstring Status List of revocations, itself a signed credential.
async fn status_list(Extension(state): Extension<AppState>) -> AppResult<Response> {
    let revoked = state.store.certificates().revoked_indices().await?;
    let (did, method) = issuer(&state);
    let url = state.config.url("/certificates/status-list.json");
    let now = chrono::Utc::now();
    let list = json!({
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": did,
        "validFrom": now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "credentialSubject": {
            "id": format!("{url}#list"),
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encoded_status_list(&revoked)?,
        },
    });
    let signed = state.issuer.sign(
        list,
        &method,
        &now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    )?;
    Ok(json_ld(signed))
}

// The holder's own ------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "certificates/mine.html")]
struct MinePage {
    ctx: PageCtx,
    proofs: Vec<Proof>,
    /// The address the service is reached at, for links to copy.
    public_url: String,
}

impl MinePage {
    fn public(&self, p: &Proof) -> String {
        self.ctx
            .href(&format!("/certificates/{}", p.certificate.code))
    }

    fn address(&self, p: &Proof) -> String {
        format!(
            "{}{}",
            self.public_url.trim_end_matches('/'),
            self.public(p)
        )
    }

    fn pdf(&self, p: &Proof, lang: &str) -> String {
        format!("/{lang}/certificates/{}.pdf", p.certificate.code)
    }

    fn credential(&self, p: &Proof) -> String {
        format!("/certificates/{}/credential.json", p.certificate.code)
    }

    fn issued(&self, p: &Proof) -> String {
        day(p.certificate.issued_on)
    }

    fn years(&self, p: &Proof) -> String {
        cohort_years(&p.cohort)
    }

    /// LinkedIn's "add to profile" address for a certification.
    fn linkedin(&self, p: &Proof) -> String {
        let cert = &p.certificate;
        let q = |v: &str| crate::form::url_encode(v);
        format!(
            "https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&name={}&organizationName={}&issueYear={}&issueMonth={}&certUrl={}&certId={}",
            q(&format!(
                "{} ({})",
                self.ctx.t("certificate-name"),
                p.cohort.code
            )),
            q(&p.issuer),
            cert.issued_on.year(),
            cert.issued_on.month(),
            q(&self.address(p)),
            q(cert.code.as_str())
        )
    }
}

pub async fn mine(ctx: PageCtx, Extension(state): Extension<AppState>) -> AppResult<Response> {
    let who = ctx.require_user()?.principal();
    let mut proofs = Vec::new();
    for cert in state.store.certificates().of_holder(who.user_id).await? {
        proofs.push(proof_of(&state, cert, ctx.lang).await?);
    }
    render_form(
        MinePage {
            ctx: ctx.at("/certificates/mine"),
            proofs,
            public_url: state.config.public_url.clone(),
        },
        false,
    )
}
