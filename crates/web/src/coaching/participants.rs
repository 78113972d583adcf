//! A cohort's participants: the list (all of them for coordinators and coaches, an HR
//! developer's own organisation's for them), enrolling many at once by e-mail address,
//! confirming what HR developers proposed, and taking someone out.

use askama::Template;
use axum::{
    Extension,
    extract::{Multipart, Path},
    response::Response,
};
use domain::{
    Email,
    coaching::{Enrolment, Level, Sector, may_propose_participants},
};
use store::{
    Organisation,
    coaching::{EnrolRefusal, Participant},
};

use super::{Seen, seen_cohort, seen_with_people};
use crate::{
    AppError, AppState, PageCtx, error::AppResult, files::Upload, form::Form, render::render_form,
};

pub(crate) fn sector_label(ctx: &PageCtx, s: Sector) -> String {
    ctx.t(&format!("sector-{}", s.as_str().replace('_', "-")))
}

pub(crate) fn level_label(ctx: &PageCtx, l: Level) -> String {
    ctx.t(&format!("level-{}", l.as_str().replace('_', "-")))
}

#[derive(Template)]
#[template(path = "coaching/participants.html")]
struct Page {
    ctx: PageCtx,
    seen: Seen,
    participants: Vec<Participant>,
    organisations: Vec<Organisation>,
    form: Form,
    sectors: &'static [Sector],
    levels: &'static [Level],
    may_enrol: bool,
}

impl Page {
    fn org(&self, id: &i32) -> String {
        super::org_name(&self.organisations, *id, self.ctx.lang)
    }

    fn sector(&self, s: &Sector) -> String {
        sector_label(&self.ctx, *s)
    }

    fn level(&self, l: &Level) -> String {
        level_label(&self.ctx, *l)
    }

    fn proposed(&self, p: &Participant) -> bool {
        p.enrolment == Enrolment::Proposed
    }

    fn base(&self) -> String {
        self.ctx
            .href(&format!("/coaching/{}", self.seen.cohort.code))
    }
}

async fn page_of(ctx: PageCtx, state: &AppState, seen: Seen, form: Form) -> AppResult<Response> {
    let refused = !form.is_valid();
    let participants = state
        .store
        .coaching()
        .participants(seen.cohort.id)
        .await?
        .into_iter()
        .filter(|p| seen.may_see_people_of(p.organisation_id))
        .collect();
    let may_enrol =
        seen.runs()
            || seen.cohort.organisations.iter().any(|o| {
                may_propose_participants(&seen.who, seen.cohort.tie(seen.participant), *o)
            });
    let path = format!("/coaching/{}/participants", seen.cohort.code);
    render_form(
        Page {
            ctx: ctx.at(&path),
            seen,
            participants,
            organisations: state.store.organisations().all().await?,
            form,
            sectors: Sector::ALL,
            levels: Level::ALL,
            may_enrol,
        },
        refused,
    )
}

pub async fn page(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let seen = seen_with_people(&ctx, &state, &code).await?;
    let form = Form::with_values(ctx.lang, &[("sector", "other"), ("level", "first_line")]);
    page_of(ctx, &state, seen, form).await
}

/// Enrols the people of the addresses typed (one per line, or separated by commas):
/// confirmed when a coordinator enrols, proposed when an HR developer does. An
/// address without an account, or of someone the enroller may not propose, refuses
/// the whole list and names them.
pub async fn enrol(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(code): Path<String>,
    form: Form,
) -> AppResult<Response> {
    let seen = seen_with_people(&ctx, &state, &code).await?;
    enrol_listed(ctx, &state, seen, form).await
}

/// The addresses in a CSV file's first column, one person a row: a header row, a
/// byte-order mark and `;` as the separator (as Excel writes it in Finland) are fine.
/// `None` when the file is not UTF-8 text.
fn addresses_in_csv(bytes: &[u8]) -> Option<Vec<String>> {
    let text = std::str::from_utf8(bytes)
        .ok()?
        .trim_start_matches('\u{feff}');
    let first_line = text.lines().next().unwrap_or("");
    let separator = if first_line.contains(';') { b';' } else { b',' };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator)
        .from_reader(text.as_bytes());
    let mut addresses = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.ok()?;
        let cell = record.get(0).unwrap_or("").trim();
        // A first row without an address is the header.
        if cell.is_empty() || (i == 0 && !cell.contains('@')) {
            continue;
        }
        addresses.push(cell.to_owned());
    }
    Some(addresses)
}

/// Enrols the people of an uploaded CSV file, as if their addresses had been typed:
/// a refusal names them and shows them in the field.
pub async fn upload(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(code): Path<String>,
    multipart: Multipart,
) -> AppResult<Response> {
    let seen = seen_with_people(&ctx, &state, &code).await?;
    let upload = Upload::read(multipart).await?;
    let mut form = Form::with_values(ctx.lang, &upload.pairs());
    let Some(addresses) = upload
        .file
        .as_ref()
        .and_then(|(_, bytes)| addresses_in_csv(bytes))
    else {
        form.refuse("file", "error-enrol-file");
        return page_of(ctx, &state, seen, form).await;
    };
    let joined = addresses.join("\n");
    let form = Form::with_values(
        ctx.lang,
        &[
            ("emails", joined.as_str()),
            ("sector", form.value("sector")),
            ("level", form.value("level")),
        ],
    );
    enrol_listed(ctx, &state, seen, form).await
}

async fn enrol_listed(
    ctx: PageCtx,
    state: &AppState,
    seen: Seen,
    mut form: Form,
) -> AppResult<Response> {
    let mut emails = Vec::new();
    let mut malformed = Vec::new();
    for address in form.listed("emails") {
        match Email::parse(&address) {
            Ok(email) => emails.push(email),
            Err(_) => malformed.push(address),
        }
    }
    if !malformed.is_empty() {
        form.refuse_with(
            "emails",
            "error-enrol-malformed",
            &[("addresses", malformed.join(", "))],
        );
    } else if emails.is_empty() {
        form.refuse("emails", "error-enrol-empty");
    }
    let sector = form.parse("sector", Sector::parse);
    let level = form.parse("level", Level::parse);
    let (Some(sector), Some(level), true) = (sector, level, form.is_valid()) else {
        return page_of(ctx, state, seen, form).await;
    };
    let enrolment = if seen.runs() {
        Enrolment::Confirmed
    } else {
        Enrolment::Proposed
    };
    let tie = seen.cohort.tie(seen.participant);
    let outcome = state
        .store
        .coaching()
        .enrol_by_email(
            seen.cohort.id,
            &emails,
            (sector, level),
            |org| may_propose_participants(&seen.who, tie, org),
            enrolment,
            Some(seen.who.user_id),
        )
        .await?;
    match outcome {
        Ok(_) => {
            ctx.flash(if enrolment == Enrolment::Confirmed {
                "enrol-confirmed"
            } else {
                "enrol-proposed"
            });
            Ok(ctx.redirect(&format!("/coaching/{}/participants", seen.cohort.code)))
        }
        Err(EnrolRefusal::Unknown(addresses)) => {
            form.refuse_with(
                "emails",
                "error-enrol-unknown",
                &[("addresses", addresses.join(", "))],
            );
            page_of(ctx, state, seen, form).await
        }
        Err(EnrolRefusal::Outside(addresses)) => {
            form.refuse_with(
                "emails",
                "error-enrol-outside",
                &[("addresses", addresses.join(", "))],
            );
            page_of(ctx, state, seen, form).await
        }
    }
}

/// A participant of a cohort the coordinator runs, or 404.
async fn runner_and_participant(
    ctx: &PageCtx,
    state: &AppState,
    code: &str,
    user: &str,
) -> AppResult<(Seen, Participant)> {
    let seen = seen_cohort(ctx, state, code).await?;
    let user: i32 = user.parse().map_err(|_| AppError::not_found())?;
    let participant = state
        .store
        .coaching()
        .participants(seen.cohort.id)
        .await?
        .into_iter()
        .find(|p| p.user_id == user && seen.may_see_people_of(p.organisation_id))
        .ok_or_else(AppError::not_found)?;
    if !seen.runs() {
        return Err(AppError::forbidden());
    }
    Ok((seen, participant))
}

pub async fn confirm(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((code, user)): Path<(String, String)>,
) -> AppResult<Response> {
    let (seen, p) = runner_and_participant(&ctx, &state, &code, &user).await?;
    state
        .store
        .coaching()
        .enrol(
            seen.cohort.id,
            &[store::coaching::Enrollee {
                user_id: p.user_id,
                sector: p.sector,
                level: p.level,
            }],
            Enrolment::Confirmed,
            Some(seen.who.user_id),
        )
        .await?;
    ctx.flash("enrol-confirmed");
    Ok(ctx.redirect(&format!("/coaching/{}/participants", seen.cohort.code)))
}

pub async fn remove(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((code, user)): Path<(String, String)>,
) -> AppResult<Response> {
    let (seen, p) = runner_and_participant(&ctx, &state, &code, &user).await?;
    state
        .store
        .coaching()
        .remove_participant(seen.cohort.id, p.user_id, Some(seen.who.user_id))
        .await?;
    ctx.flash("participant-removed");
    Ok(ctx.redirect(&format!("/coaching/{}/participants", seen.cohort.code)))
}

#[cfg(test)]
mod tests {
    use super::addresses_in_csv;

    #[test]
    fn addresses_come_from_the_first_column_whatever_excel_wrote() {
        let excel = "\u{feff}Sähköposti;Nimi\r\naino@jamsa.example;Aino\r\n;\r\neero@jamsa.example;Eero\r\n";
        assert_eq!(
            addresses_in_csv(excel.as_bytes()).unwrap(),
            vec!["aino@jamsa.example", "eero@jamsa.example"]
        );
        assert_eq!(
            addresses_in_csv(b"aino@jamsa.example,education\n").unwrap(),
            vec!["aino@jamsa.example"]
        );
        assert_eq!(addresses_in_csv(&[0xff, 0xfe, 0x00]), None);
    }
}
