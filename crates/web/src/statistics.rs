//! The yearly statistics: `/statistics` for a year or a span of years, each service's
//! figures and the totals across all of them, counted by `domain::statistics` from the
//! rows, with the counting rules written out on the page; a chart above each table,
//! and the same tables as CSV and as one workbook. The public sees the totals of past
//! years, an HR developer their own organisation's figures beside the totals, and a
//! coordinator every organisation's.

use std::time::Instant;

use askama::Template;
use axum::{Extension, Router, extract::Query, response::Response, routing::get};
use chrono::{Datelike, Utc};
use domain::{
    Lang, Principal,
    statistics::{
        self, Counts, Figure, Group, GroupRow, Reach, Register, Rule, Service, Shown, Years,
    },
};

use crate::{
    AppError, AppState, PageCtx,
    charts::described_bars,
    error::AppResult,
    export::{self, Cell, Table},
    feature::{Feature, JobKind, JobRun, NavEntry, everyone},
    form::Form,
    i18n,
    render::render_form,
};

pub(crate) const FEATURE: Feature = Feature {
    pages: routes,
    root: None,
    jobs: &[JobKind {
        kind: store::statistics::REFRESH_JOB,
        run: run_refresh,
    }],
    nav: &[NavEntry {
        order: 90,
        path: "/statistics",
        label: "nav-statistics",
        shown: everyone,
        public: true,
    }],
};

/// Counts every year again and keeps the counts, then queues itself for the next
/// night at three, Helsinki time.
fn run_refresh<'a>(state: &'a AppState, job: &'a store::jobs::Job) -> JobRun<'a> {
    Box::pin(async move {
        let statistics = state.store.statistics();
        statistics.refresh(this_year()).await?;
        statistics
            .queue_refresh(crate::jobs::next_night(Utc::now()), Some(job.id))
            .await?;
        Ok(())
    })
}

fn this_year() -> i32 {
    Utc::now()
        .with_timezone(&chrono_tz::Europe::Helsinki)
        .year()
}

fn routes() -> Router<AppState> {
    Router::new()
        .route("/statistics", get(page))
        .route("/statistics.csv", get(csv))
        .route("/statistics.xlsx", get(xlsx))
}

/// What the page is asked for: `?from=2018&to=2019&organisation=12&group=1`.
#[derive(serde::Deserialize, Default, Clone)]
#[serde(default)]
pub struct Asked {
    pub from: String,
    pub to: String,
    pub organisation: String,
    pub group: String,
    pub table: String,
}

/// The organisation shown beside the totals, and whether its group companies are in.
#[derive(Debug, Clone)]
pub struct Beside {
    pub id: i32,
    pub name: String,
    pub group: bool,
}

/// A figure on a line of a table: the whole's and, where asked, one organisation's.
#[derive(Debug, Clone)]
pub struct Line {
    pub figure: Figure,
    pub whole: Shown,
    pub own: Option<Shown>,
}

/// Everything the page, the files and the API show, counted once.
#[derive(Debug, Clone)]
pub struct Report {
    pub years: Years,
    pub reach: Reach,
    pub beside: Option<Beside>,
    pub across: Vec<Line>,
    /// Each service's figures; none for the public.
    pub services: Vec<(Service, Vec<Line>)>,
    /// The figures across all services, year by year.
    pub by_year: Vec<(i32, Vec<Shown>)>,
    pub by_kind: Vec<GroupRow>,
    pub by_region: Vec<GroupRow>,
    /// How long counting (or reading the kept counts) took, in milliseconds.
    pub took_ms: u128,
    /// When the nightly job counted the oldest year read; `None`: counted now.
    pub counted_at: Option<chrono::DateTime<Utc>>,
}

/// Reads the span's records and counts every figure.
pub async fn report(
    state: &AppState,
    reach: Reach,
    years: Years,
    beside: Option<Beside>,
) -> AppResult<Report> {
    let started = Instant::now();
    let repo = state.store.statistics();
    let register = Register::new(repo.organisations().await?);
    let mut counts = Counts::new(&register, years, beside.as_ref().map(|b| (b.id, b.group)));
    let counted_at = repo.records(years, |r| counts.add(r)).await?;
    let counted = counts.counted();
    let line = |figure: Figure| Line {
        figure,
        whole: statistics::shown(figure, counted.whole.get(figure)),
        own: counted
            .own
            .as_ref()
            .map(|o| statistics::shown_beside(figure, o.get(figure), counted.whole.get(figure))),
    };
    let across = Figure::ACROSS.into_iter().map(line).collect();
    let services = if reach == Reach::Public {
        Vec::new()
    } else {
        Service::ALL
            .into_iter()
            .map(|s| (s, s.figures().into_iter().map(line).collect()))
            .collect()
    };
    let by_year = counted
        .by_year
        .iter()
        .map(|(year, figures)| {
            let shown = Figure::ACROSS
                .into_iter()
                .map(|f| statistics::shown(f, figures.get(f)))
                .collect();
            (*year, shown)
        })
        .collect();
    Ok(Report {
        years,
        reach,
        beside,
        across,
        services,
        by_year,
        by_kind: counted.by_kind,
        by_region: counted.by_region,
        took_ms: started.elapsed().as_millis(),
        counted_at,
    })
}

/// A figure's label in a language.
pub fn figure_label(lang: Lang, figure: Figure) -> String {
    match figure.kind() {
        Some(kind) => i18n::t_args(
            lang,
            figure.label(),
            &[(
                "kind",
                i18n::t(lang, &format!("event-kind-{}", kind.as_str())),
            )],
        ),
        None => i18n::t(lang, figure.label()),
    }
}

/// A figure as shown: the number, "< 5", or a dash where it is not told.
pub fn shown_text(lang: Lang, shown: Shown) -> String {
    match shown {
        Shown::Count(n) => n.to_string(),
        Shown::FewerThanFive => i18n::t(lang, "statistics-fewer-than-five"),
        Shown::NotApplicable => "–".to_owned(),
    }
}

fn cell(lang: Lang, shown: Shown) -> Cell {
    match shown {
        Shown::Count(n) => Cell::Number(n as f64),
        other => Cell::Text(shown_text(lang, other)),
    }
}

/// A breakdown group's name: an organisation kind, a region, or no region.
pub fn group_label(lang: Lang, group: Group) -> String {
    match group {
        Group::Kind(kind) => i18n::t(
            lang,
            &format!("org-kind-{}", kind.as_str().replace('_', "-")),
        ),
        Group::Region(region) => crate::pages::region_label(lang, Some(region)),
        Group::NoRegion => crate::pages::region_label(lang, None),
    }
}

/// A table of the report, with the rules its lines are counted by.
pub struct Section {
    pub key: String,
    pub table: Table,
    /// The rules of each line, for the figure tables; empty for the breakdowns.
    pub rules: Vec<Vec<Rule>>,
    pub chart: String,
}

impl Section {
    pub fn rules_of(&self, row: &usize) -> &[Rule] {
        self.rules.get(*row).map_or(&[], Vec::as_slice)
    }
}

impl Report {
    fn figure_section(&self, lang: Lang, key: &str, title: String, lines: &[Line]) -> Section {
        let mut header = vec![
            i18n::t(lang, "statistics-figure"),
            i18n::t(lang, "statistics-all-organisations"),
        ];
        if let Some(b) = &self.beside {
            header.push(b.name.clone());
        }
        let rows = lines
            .iter()
            .map(|l| {
                let mut row = vec![
                    Cell::Text(figure_label(lang, l.figure)),
                    cell(lang, l.whole),
                ];
                if let Some(own) = l.own {
                    row.push(cell(lang, own));
                }
                row
            })
            .collect();
        let bars: Vec<(String, f64, String)> = lines
            .iter()
            .map(|l| {
                let value = l.whole.number().unwrap_or(0) as f64;
                (
                    figure_label(lang, l.figure),
                    value,
                    shown_text(lang, l.whole),
                )
            })
            .collect();
        Section {
            key: key.to_owned(),
            chart: chart(lang, key, &title, &bars),
            rules: lines.iter().map(|l| l.figure.rules()).collect(),
            table: Table {
                title,
                header,
                rows,
            },
        }
    }

    fn group_section(&self, lang: Lang, key: &str, title: String, groups: &[GroupRow]) -> Section {
        let header = vec![
            i18n::t(lang, "statistics-group"),
            figure_label(lang, Figure::Organisations),
            figure_label(lang, Figure::People),
            figure_label(lang, Figure::Participations),
        ];
        let rows = groups
            .iter()
            .map(|g| {
                vec![
                    Cell::Text(group_label(lang, g.group)),
                    cell(lang, g.organisations),
                    cell(lang, g.people),
                    cell(lang, g.participations),
                ]
            })
            .collect();
        let bars: Vec<(String, f64, String)> = groups
            .iter()
            .map(|g| {
                (
                    group_label(lang, g.group),
                    g.organisations.number().unwrap_or(0) as f64,
                    shown_text(lang, g.organisations),
                )
            })
            .collect();
        let chart_title = format!("{title}: {}", figure_label(lang, Figure::Organisations));
        Section {
            key: key.to_owned(),
            chart: chart(lang, key, &chart_title, &bars),
            rules: Vec::new(),
            table: Table {
                title,
                header,
                rows,
            },
        }
    }

    /// Every table of the report, in the page's order.
    pub fn sections(&self, lang: Lang) -> Vec<Section> {
        let mut sections = vec![self.figure_section(
            lang,
            "across",
            i18n::t(lang, "statistics-across"),
            &self.across,
        )];
        let mut header = vec![i18n::t(lang, "statistics-year")];
        header.extend(Figure::ACROSS.iter().map(|f| figure_label(lang, *f)));
        let rows = self
            .by_year
            .iter()
            .map(|(year, figures)| {
                let mut row = vec![Cell::Text(year.to_string())];
                row.extend(figures.iter().map(|s| cell(lang, *s)));
                row
            })
            .collect();
        let title = i18n::t(lang, "statistics-by-year");
        let bars: Vec<(String, f64, String)> = self
            .by_year
            .iter()
            .map(|(year, figures)| {
                let people = figures[1];
                (
                    year.to_string(),
                    people.number().unwrap_or(0) as f64,
                    shown_text(lang, people),
                )
            })
            .collect();
        let chart_title = format!("{title}: {}", figure_label(lang, Figure::People));
        sections.push(Section {
            key: "years".to_owned(),
            chart: chart(lang, "years", &chart_title, &bars),
            rules: Vec::new(),
            table: Table {
                title,
                header,
                rows,
            },
        });
        for (service, lines) in &self.services {
            sections.push(self.figure_section(
                lang,
                service.as_str(),
                i18n::t(lang, &format!("statistics-service-{}", service.as_str())),
                lines,
            ));
        }
        sections.push(self.group_section(
            lang,
            "kinds",
            i18n::t(lang, "statistics-by-kind"),
            &self.by_kind,
        ));
        sections.push(self.group_section(
            lang,
            "regions",
            i18n::t(lang, "statistics-by-region"),
            &self.by_region,
        ));
        sections
    }
}

/// A chart with a title and a description that reads its bars out.
fn chart(lang: Lang, key: &str, title: &str, bars: &[(String, f64, String)]) -> String {
    let description = i18n::t_args(
        lang,
        "statistics-chart-description",
        &[(
            "values",
            bars.iter()
                .map(|(label, _, shown)| format!("{label}: {shown}"))
                .collect::<Vec<_>>()
                .join("; "),
        )],
    );
    described_bars(bars, &format!("chart-{key}"), title, &description)
}

/// The span and the organisation asked for, checked: a refused field stays in `form`.
pub struct Checked {
    pub reach: Reach,
    pub form: Form,
    pub years: Years,
    pub beside: Option<Beside>,
}

/// Checks what was asked: `None` when it names an organisation the person may not see
/// (or none at all), which is answered as a missing page.
pub async fn check(
    state: &AppState,
    lang: Lang,
    principal: Option<&Principal>,
    asked: &Asked,
) -> AppResult<Option<Checked>> {
    let reach = statistics::reach(principal);
    let this_year = this_year();
    let default = Years::default_for(this_year, reach);
    let from = if asked.from.trim().is_empty() {
        default.first.to_string()
    } else {
        asked.from.clone()
    };
    let to = if asked.to.trim().is_empty() && asked.from.trim().is_empty() {
        default.last.to_string()
    } else {
        asked.to.clone()
    };
    let mut form = Form::with_values(
        lang,
        &[
            ("from", &from),
            ("to", &to),
            ("organisation", &asked.organisation),
            ("group", &asked.group),
        ],
    );
    let years = match Years::parse(&from, &to, this_year, reach) {
        Ok(years) => years,
        Err(e) => {
            // The last year is at fault when the first one alone would do.
            let field = if Years::parse(&from, "", this_year, reach).is_ok() {
                "to"
            } else {
                "from"
            };
            form.refuse(field, e.message_id);
            default
        }
    };
    let chosen = match (asked.organisation.trim(), reach) {
        ("", Reach::Own(own)) => Some(own),
        ("", _) => None,
        (raw, _) => match raw.parse::<i32>() {
            Ok(id) => Some(id),
            Err(_) => return Ok(None),
        },
    };
    let beside = match chosen {
        Some(id) => {
            if !statistics::may_see_figures_of(principal, id) {
                return Ok(None);
            }
            let Some(org) = state.store.organisations().organisation(id).await? else {
                return Ok(None);
            };
            Some(Beside {
                id,
                name: org.name(lang).to_owned(),
                group: !asked.group.is_empty(),
            })
        }
        None => None,
    };
    Ok(Some(Checked {
        reach,
        form,
        years,
        beside,
    }))
}

#[derive(Template)]
#[template(path = "statistics.html")]
struct Page {
    ctx: PageCtx,
    form: Form,
    report: Report,
    sections: Vec<Section>,
    /// The organisations a coordinator may choose from: (id, name).
    organisations: Vec<(i32, String)>,
    query: String,
}

impl Page {
    fn rules(&self) -> [Rule; 8] {
        Rule::ALL
    }

    fn is_public(&self) -> bool {
        self.report.reach == Reach::Public
    }

    fn chooses_organisation(&self) -> bool {
        self.report.reach == Reach::Everything
    }

    fn rule_title(&self, rule: &Rule) -> String {
        self.ctx
            .t(&format!("statistics-rule-{}-title", rule.anchor()))
    }

    fn rule_text(&self, rule: &Rule) -> String {
        self.ctx.t(&format!("statistics-rule-{}", rule.anchor()))
    }

    fn span(&self) -> String {
        let y = self.report.years;
        if y.first == y.last {
            y.first.to_string()
        } else {
            format!("{}–{}", y.first, y.last)
        }
    }

    fn selected(&self, id: &i32) -> bool {
        self.report.beside.as_ref().is_some_and(|b| b.id == *id)
    }

    /// When the figures were counted: by the nightly job, or just now.
    fn counted(&self) -> String {
        match self.report.counted_at {
            Some(at) => self
                .ctx
                .t1("statistics-counted-at", "time", &self.ctx.time(&at)),
            None => self
                .ctx
                .t1("statistics-took", "ms", &self.report.took_ms.to_string()),
        }
    }
}

/// The query string the downloads repeat, so they hold the page's figures.
fn query_of(report: &Report) -> String {
    let mut q = format!("from={}&to={}", report.years.first, report.years.last);
    if let Some(b) = &report.beside {
        q.push_str(&format!("&organisation={}", b.id));
        if b.group {
            q.push_str("&group=1");
        }
    }
    q
}

pub async fn page(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Query(asked): Query<Asked>,
) -> AppResult<Response> {
    let principal = ctx.principal();
    let checked = check(&state, ctx.lang, principal.as_ref(), &asked)
        .await?
        .ok_or_else(AppError::not_found)?;
    let reach = checked.reach;
    let report = report(&state, reach, checked.years, checked.beside).await?;
    let organisations = if reach == Reach::Everything {
        let mut all: Vec<(i32, String)> = state
            .store
            .organisations()
            .all()
            .await?
            .into_iter()
            .map(|o| (o.id, o.name(ctx.lang).to_owned()))
            .collect();
        all.sort_by(|a, b| a.1.cmp(&b.1));
        all
    } else {
        Vec::new()
    };
    let refused = !checked.form.is_valid();
    render_form(
        Page {
            sections: report.sections(ctx.lang),
            query: query_of(&report),
            ctx,
            form: checked.form,
            report,
            organisations,
        },
        refused,
    )
}

/// The files' names: `statistics-2018-2019` and the organisation's id where one is in.
fn file_stem(report: &Report) -> String {
    let y = report.years;
    match &report.beside {
        Some(b) => format!("statistics-{}-{}-{}", y.first, y.last, b.id),
        None => format!("statistics-{}-{}", y.first, y.last),
    }
}

/// Asked figures for a file: a span the form would refuse is refused here too.
async fn for_file(ctx: &PageCtx, state: &AppState, asked: &Asked) -> AppResult<Report> {
    let principal = ctx.principal();
    let checked = check(state, ctx.lang, principal.as_ref(), asked)
        .await?
        .filter(|c| c.form.is_valid())
        .ok_or_else(AppError::not_found)?;
    report(state, checked.reach, checked.years, checked.beside).await
}

/// One table as CSV: `?table=across`, `years`, a service, `kinds` or `regions`.
pub async fn csv(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Query(asked): Query<Asked>,
) -> AppResult<Response> {
    let report = for_file(&ctx, &state, &asked).await?;
    let section = report
        .sections(ctx.lang)
        .into_iter()
        .find(|s| s.key == asked.table)
        .ok_or_else(AppError::not_found)?;
    export::csv(
        &section.table,
        &format!("{}-{}.csv", file_stem(&report), section.key),
    )
}

/// Every table of the page, a sheet each.
pub async fn xlsx(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Query(asked): Query<Asked>,
) -> AppResult<Response> {
    let report = for_file(&ctx, &state, &asked).await?;
    let tables: Vec<Table> = report
        .sections(ctx.lang)
        .into_iter()
        .map(|s| s.table)
        .collect();
    export::xlsx(&tables, &format!("{}.xlsx", file_stem(&report)))
}
