//! The yearly statistics in the API: the figures of the statistics page, counted by the
//! same report, for the same reach (the public: totals of past years; an HR developer:
//! their own organisation beside the totals; a coordinator: any organisation).

use axum::{
    Extension, Json,
    extract::Query,
    http::{HeaderMap, StatusCode},
};
use domain::statistics::Shown;
use serde::Serialize;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::{router::OpenApiRouter, routes};

use super::{ApiError, Caller};
use crate::{
    AppState,
    ctx::preferred_lang,
    statistics::{self as page, Asked, Line, figure_label},
};

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(statistics))
}

#[derive(IntoParams, Default)]
#[into_params(parameter_in = Query)]
pub struct StatisticsQuery {
    /// The first year; this year by default (last year for the public).
    #[param(value_type = Option<i32>, minimum = 2000, maximum = 2099)]
    from: Option<String>,
    /// The last year; the first year by default.
    #[param(value_type = Option<i32>, minimum = 2000, maximum = 2099)]
    to: Option<String>,
    /// An organisation's id, for its figures beside the totals.
    #[param(value_type = Option<i32>)]
    organisation: Option<String>,
    /// `1`: include the organisation's group companies.
    group: Option<String>,
}

impl StatisticsQuery {
    /// The parameters as given, the last of a name that comes twice.
    fn from_pairs(pairs: &[(String, String)]) -> StatisticsQuery {
        let last = |name: &str| {
            pairs
                .iter()
                .rev()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.clone())
        };
        StatisticsQuery {
            from: last("from"),
            to: last("to"),
            organisation: last("organisation"),
            group: last("group"),
        }
    }
}

/// A figure: a number, or `null` where it is hidden or not told, with `shown` as the
/// page shows it (`< 5`, `–`).
#[derive(Serialize, ToSchema)]
pub struct ValueOut {
    pub value: Option<u64>,
    pub shown: String,
}

#[derive(Serialize, ToSchema)]
pub struct FigureOut {
    /// A stable name: `people`, `registrations_webinar`, …
    pub key: String,
    /// The figure's name in the caller's language.
    pub label: String,
    /// `academy`, `events`, `coaching`, `sparring`, `arena`, `newsletters`, or `across`.
    pub service: String,
    /// The anchors of its counting rules on the page (`/fi/statistics#rule-…`).
    pub rules: Vec<String>,
    pub all_organisations: ValueOut,
    /// The organisation's figure, when one was asked for (or is the caller's own).
    pub organisation: Option<ValueOut>,
}

#[derive(Serialize, ToSchema)]
pub struct YearOut {
    pub year: i32,
    pub organisations: ValueOut,
    pub people: ValueOut,
    pub participations: ValueOut,
}

#[derive(Serialize, ToSchema)]
pub struct GroupOut {
    /// `municipality`, … for kinds; `uusimaa`, …, or `none` for regions.
    pub group: String,
    pub label: String,
    pub organisations: ValueOut,
    pub people: ValueOut,
    pub participations: ValueOut,
}

#[derive(Serialize, ToSchema)]
pub struct StatisticsOut {
    pub first_year: i32,
    pub last_year: i32,
    /// The organisation beside the totals, and whether its group companies are in.
    pub organisation_id: Option<i32>,
    pub group: bool,
    pub figures: Vec<FigureOut>,
    pub years: Vec<YearOut>,
    pub by_kind: Vec<GroupOut>,
    pub by_region: Vec<GroupOut>,
}

fn value(lang: domain::Lang, shown: Shown) -> ValueOut {
    ValueOut {
        value: shown.number(),
        shown: page::shown_text(lang, shown),
    }
}

fn group_out(lang: domain::Lang, g: &domain::statistics::GroupRow) -> GroupOut {
    use domain::statistics::Group;
    let group = match g.group {
        Group::Kind(k) => k.as_str(),
        Group::Region(r) => r.as_str(),
        Group::NoRegion => "none",
    };
    GroupOut {
        group: group.to_owned(),
        label: page::group_label(lang, g.group),
        organisations: value(lang, g.organisations),
        people: value(lang, g.people),
        participations: value(lang, g.participations),
    }
}

/// The yearly statistics: every figure of the statistics page, for a year or a span of
/// years. Without signing in, the totals across all services of past years.
#[utoipa::path(
    get,
    path = "/statistics",
    tag = "development",
    security((), ("token" = []), ("session" = [])),
    params(StatisticsQuery),
    responses(
        (status = 200, description = "The figures", body = StatisticsOut),
        (status = 400, description = "A year or an organisation that is not a whole number", body = ApiError),
        (status = 404, description = "No such figures: an organisation that is not the caller's to see, or years that cannot be shown (in the future, not yet public, the last before the first, more than 20); the message says which", body = ApiError),
    )
)]
pub async fn statistics(
    Extension(state): Extension<AppState>,
    caller: Option<Caller>,
    headers: HeaderMap,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Json<StatisticsOut>, ApiError> {
    let query = StatisticsQuery::from_pairs(&pairs);
    let lang = caller
        .as_ref()
        .map_or_else(|| preferred_lang(None, &headers), |c| c.lang);
    // The years and the organisation are whole numbers; anything else, an empty value
    // too, is not a question the document allows.
    let whole = |value: &Option<String>| {
        value
            .as_deref()
            .is_none_or(|v| v.trim().parse::<i32>().is_ok())
    };
    if !(whole(&query.from) && whole(&query.to) && whole(&query.organisation)) {
        return Err(ApiError::new(StatusCode::BAD_REQUEST, "bad-request", lang));
    }
    let principal = caller.as_ref().map(Caller::principal);
    let asked = Asked {
        from: query.from.unwrap_or_default(),
        to: query.to.unwrap_or_default(),
        organisation: query.organisation.unwrap_or_default(),
        group: query.group.unwrap_or_default(),
        table: String::new(),
    };
    let checked = page::check(&state, lang, principal.as_ref(), &asked)
        .await?
        .ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, "not-found", lang))?;
    // Years that cannot be shown are figures that do not exist (yet) for the caller.
    if let Some((_, message)) = checked.form.errors().first() {
        return Err(ApiError::with_message(
            StatusCode::NOT_FOUND,
            "not-found",
            message.clone(),
        ));
    }
    let report = page::report(&state, checked.reach, checked.years, checked.beside).await?;
    let figure = |service: &str, line: &Line| FigureOut {
        key: line.figure.key(),
        label: figure_label(lang, line.figure),
        service: service.to_owned(),
        rules: line
            .figure
            .rules()
            .iter()
            .map(|r| format!("rule-{}", r.anchor()))
            .collect(),
        all_organisations: value(lang, line.whole),
        organisation: line.own.map(|o| value(lang, o)),
    };
    let mut figures: Vec<FigureOut> = report.across.iter().map(|l| figure("across", l)).collect();
    for (service, lines) in &report.services {
        figures.extend(lines.iter().map(|l| figure(service.as_str(), l)));
    }
    Ok(Json(StatisticsOut {
        first_year: report.years.first,
        last_year: report.years.last,
        organisation_id: report.beside.as_ref().map(|b| b.id),
        group: report.beside.as_ref().is_some_and(|b| b.group),
        figures,
        years: report
            .by_year
            .iter()
            .map(|(year, f)| YearOut {
                year: *year,
                organisations: value(lang, f[0]),
                people: value(lang, f[1]),
                participations: value(lang, f[2]),
            })
            .collect(),
        by_kind: report.by_kind.iter().map(|g| group_out(lang, g)).collect(),
        by_region: report
            .by_region
            .iter()
            .map(|g| group_out(lang, g))
            .collect(),
    }))
}
