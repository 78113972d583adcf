//! The EKJ coaching programme: the cohorts, a cohort's page, creating one, and a
//! participant's "My programme". The organisations' projects, the participants and
//! the forums have their own files.

mod assessment;
mod evaluation;
mod forums;
mod groups;
mod notices;
mod participants;
mod projects;
mod report;
pub(crate) mod tasks;

use askama::Template;
use axum::{
    Extension, Router,
    extract::Path,
    response::{IntoResponse, Response},
    routing::{get, post},
};
use chrono::Utc;
use domain::{
    Principal,
    coaching::{
        CohortCode, CohortStatus, check_cohort_dates, may_run_cohorts, may_see_cohort,
        may_see_people_of, parse_cohort_name, parse_date, parse_forum_count, parse_optional_text,
    },
};
use store::{
    Organisation,
    coaching::{Cohort, CohortInput, Forum, Meeting, PeerGroup, Project},
    events::Place,
};

use crate::{
    AppError, AppState, PageCtx,
    error::AppResult,
    feature::{Feature, NavEntry},
    form::Form,
    render::{render, render_form},
};

pub(crate) const FEATURE: Feature = Feature {
    pages: routes,
    root: None,
    jobs: notices::JOBS,
    nav: &[
        NavEntry {
            order: 25,
            path: "/programme",
            label: "nav-programme",
            shown: domain::coaching::may_take_part,
            public: false,
        },
        NavEntry {
            order: 26,
            path: "/coaching",
            label: "nav-coaching",
            shown: domain::coaching::works_with_cohorts,
            public: false,
        },
        NavEntry {
            order: 28,
            path: "/evaluation",
            label: "nav-evaluation",
            shown: domain::coaching::evaluation::may_evaluate,
            public: false,
        },
        NavEntry {
            order: 27,
            path: "/coaching/queue",
            label: "nav-queue",
            shown: domain::coaching::tasks::gives_feedback,
            public: false,
        },
    ],
};

fn routes() -> Router<AppState> {
    Router::new()
        .route("/programme", get(my_programme))
        .route("/coaching", get(list))
        .route("/coaching/new", get(new).post(create))
        .route("/coaching/{code}", get(show))
        .route("/coaching/{code}/edit", get(edit).post(update))
        .route(
            "/coaching/{code}/participants",
            get(participants::page).post(participants::enrol),
        )
        .route(
            "/coaching/{code}/participants/upload",
            post(participants::upload),
        )
        .route(
            "/coaching/{code}/participants/{user}/confirm",
            post(participants::confirm),
        )
        .route(
            "/coaching/{code}/participants/{user}/remove",
            post(participants::remove),
        )
        .route("/coaching/{code}/report", get(report::page))
        .route("/coaching/{code}/report.csv", get(report::csv))
        .route("/coaching/{code}/report.xlsx", get(report::xlsx))
        .route("/coaching/{code}/organisations", post(projects::add))
        .route("/coaching/{code}/projects/{org}", get(projects::page))
        .route(
            "/coaching/{code}/projects/{org}/parts",
            post(projects::add_part),
        )
        .route(
            "/coaching/{code}/projects/{org}/parts/{part}/progress",
            post(projects::log_progress),
        )
        .route("/coaching/{code}/groups", get(groups::page))
        .route("/coaching/{code}/groups/suggest", post(groups::suggest))
        .route("/coaching/{code}/groups/move", post(groups::move_member))
        .route("/coaching/{code}/groups/{group}", get(groups::group))
        .route(
            "/coaching/{code}/groups/{group}/meetings",
            post(groups::add_meeting),
        )
        .route(
            "/coaching/{code}/groups/{group}/posts",
            post(groups::add_post),
        )
        .route(
            "/coaching/{code}/groups/{group}/posts/{post}/edit",
            post(groups::edit_post),
        )
        .route(
            "/coaching/{code}/groups/{group}/posts/{post}/delete",
            post(groups::delete_post),
        )
        .route(
            "/coaching/{code}/forums/new",
            get(forums::new).post(forums::create),
        )
        .route("/coaching/{code}/assessment", get(assessment::own))
        .route(
            "/coaching/{code}/assessment/summary",
            get(assessment::summary),
        )
        .route(
            "/coaching/{code}/assessment/{phase}",
            get(assessment::take).post(assessment::save),
        )
        .route(
            "/coaching/{code}/participants/{user}/assessment",
            get(assessment::of_person),
        )
        .route("/evaluation", get(evaluation::home))
        .route("/evaluation/surveys", post(evaluation::create_survey))
        .route("/evaluation/surveys/{survey}", get(evaluation::survey))
        .route(
            "/evaluation/surveys/{survey}/questions",
            post(evaluation::add_question),
        )
        .route(
            "/evaluation/surveys/{survey}/questions/{question}/remove",
            post(evaluation::remove_question),
        )
        .route(
            "/evaluation/surveys/{survey}/rounds",
            post(evaluation::add_round),
        )
        .route(
            "/evaluation/surveys/{survey}/results",
            get(evaluation::results),
        )
        .route(
            "/evaluation/surveys/{survey}/results.csv",
            get(evaluation::results_csv),
        )
        .route(
            "/evaluation/surveys/{survey}/results.xlsx",
            get(evaluation::results_xlsx),
        )
        .route(
            "/evaluation/surveys/{survey}/organisations/{org}",
            get(evaluation::organisation),
        )
        .route(
            "/evaluation/surveys/{survey}/organisations/{org}/response",
            post(evaluation::respond),
        )
        .route(
            "/evaluation/rounds/{round}/open",
            post(evaluation::open_round),
        )
        .route(
            "/evaluation/rounds/{round}/close",
            post(evaluation::close_round),
        )
        .route(
            "/evaluation/rounds/{round}/remind",
            post(evaluation::remind),
        )
        .route(
            "/evaluation/rounds/{round}/answer",
            get(evaluation::answer_form).post(evaluation::answer),
        )
        .route("/coaching/queue", get(tasks::queue))
        .route("/coaching/{code}/tasks", get(tasks::list))
        .route(
            "/coaching/{code}/tasks/new",
            get(tasks::new).post(tasks::create),
        )
        .route("/coaching/{code}/tasks/grid", get(tasks::grid))
        .route("/coaching/{code}/tasks/grid.csv", get(tasks::grid_csv))
        .route("/coaching/{code}/tasks/grid.xlsx", get(tasks::grid_xlsx))
        .route("/coaching/{code}/tasks/{task}", get(tasks::show))
        .route(
            "/coaching/{code}/tasks/{task}/edit",
            get(tasks::edit).post(tasks::update),
        )
        .route(
            "/coaching/{code}/tasks/{task}/attachments",
            post(tasks::attach),
        )
        .route("/coaching/{code}/tasks/{task}/work", post(tasks::write))
        .route(
            "/coaching/{code}/tasks/{task}/work/files/{file}/remove",
            post(tasks::remove_file),
        )
        .route(
            "/coaching/{code}/tasks/{task}/extensions",
            post(tasks::extend),
        )
        .route(
            "/coaching/{code}/tasks/{task}/works/{work}",
            get(tasks::work),
        )
        .route(
            "/coaching/{code}/tasks/{task}/works/{work}/feedback",
            post(tasks::feedback),
        )
}

/// A cohort the signed-in person may see, with them as a principal and whether they
/// take part in it; anyone else gets 404.
pub(crate) struct Seen {
    pub cohort: Cohort,
    pub who: Principal,
    pub participant: bool,
}

impl Seen {
    pub fn may_see_people_of(&self, org_id: i32) -> bool {
        may_see_people_of(&self.who, self.cohort.tie(self.participant), org_id)
    }

    pub fn runs(&self) -> bool {
        may_run_cohorts(&self.who)
    }

    /// Whether the person sees the people of at least one organisation of the cohort.
    pub fn sees_any_people(&self) -> bool {
        self.runs()
            || self
                .cohort
                .organisations
                .iter()
                .any(|o| self.may_see_people_of(*o))
    }
}

pub(crate) async fn seen_cohort(ctx: &PageCtx, state: &AppState, code: &str) -> AppResult<Seen> {
    let who = ctx.require_user()?.principal();
    let cohort = state
        .store
        .coaching()
        .cohort_by_code(code)
        .await?
        .ok_or_else(AppError::not_found)?;
    let participant = state
        .store
        .coaching()
        .cohorts_joined(who.user_id)
        .await?
        .contains(&cohort.id);
    if !may_see_cohort(&who, cohort.tie(participant)) {
        return Err(AppError::not_found());
    }
    Ok(Seen {
        cohort,
        who,
        participant,
    })
}

/// The cohort, for someone who sees at least one organisation's people; 404 for others.
pub(crate) async fn seen_with_people(
    ctx: &PageCtx,
    state: &AppState,
    code: &str,
) -> AppResult<Seen> {
    let seen = seen_cohort(ctx, state, code).await?;
    if seen.sees_any_people() {
        Ok(seen)
    } else {
        Err(AppError::not_found())
    }
}

pub(crate) fn status_label(ctx: &PageCtx, status: CohortStatus) -> String {
    ctx.t(&format!("cohort-status-{}", status.as_str()))
}

/// "1.11.2018–30.11.2019".
pub(crate) fn dates(cohort: &Cohort) -> String {
    format!(
        "{}–{}",
        cohort.starts_on.format("%-d.%-m.%Y"),
        cohort.ends_on.format("%-d.%-m.%Y")
    )
}

use crate::pages::org_name;

#[derive(Template)]
#[template(path = "coaching/list.html")]
struct ListPage {
    ctx: PageCtx,
    cohorts: Vec<Cohort>,
    may_create: bool,
}

impl ListPage {
    fn status(&self, s: &CohortStatus) -> String {
        status_label(&self.ctx, *s)
    }

    fn dates(&self, c: &Cohort) -> String {
        dates(c)
    }
}

async fn list(ctx: PageCtx, Extension(state): Extension<AppState>) -> AppResult<Response> {
    let who = ctx.require_user()?.principal();
    let joined = state.store.coaching().cohorts_joined(who.user_id).await?;
    let cohorts = state
        .store
        .coaching()
        .cohorts()
        .await?
        .into_iter()
        .filter(|c| may_see_cohort(&who, c.tie(joined.contains(&c.id))))
        .collect();
    render(ListPage {
        may_create: may_run_cohorts(&who),
        ctx,
        cohorts,
    })
}

#[derive(Template)]
#[template(path = "coaching/form.html")]
struct FormPage {
    ctx: PageCtx,
    form: Form,
    providers: Vec<Organisation>,
    statuses: &'static [CohortStatus],
    /// The cohort being changed; `None` for a new one.
    editing: Option<Cohort>,
}

impl FormPage {
    /// Where the form goes: the new cohort's address, or the cohort's own.
    fn path(&self) -> String {
        match &self.editing {
            Some(c) => format!("/coaching/{}/edit", c.code),
            None => "/coaching/new".to_owned(),
        }
    }

    fn status(&self, s: &CohortStatus) -> String {
        status_label(&self.ctx, *s)
    }

    fn provider_name(&self, o: &Organisation) -> String {
        o.name(self.ctx.lang).to_owned()
    }
}

fn require_runner(ctx: &PageCtx) -> AppResult<i32> {
    let user = ctx.require_user()?;
    if may_run_cohorts(&user.principal()) {
        Ok(user.id)
    } else {
        Err(AppError::forbidden())
    }
}

async fn form_page(
    ctx: PageCtx,
    state: &AppState,
    form: Form,
    editing: Option<Cohort>,
) -> AppResult<Response> {
    let refused = !form.is_valid();
    let path = match &editing {
        Some(c) => format!("/coaching/{}/edit", c.code),
        None => "/coaching/new".to_owned(),
    };
    render_form(
        FormPage {
            ctx: ctx.at(&path),
            form,
            providers: state.store.organisations().all().await?,
            statuses: CohortStatus::ALL,
            editing,
        },
        refused,
    )
}

async fn new(ctx: PageCtx, Extension(state): Extension<AppState>) -> AppResult<Response> {
    require_runner(&ctx)?;
    // The provider of the newest cohort is the likeliest for the next one.
    let provider = state
        .store
        .coaching()
        .cohorts()
        .await?
        .first()
        .map(|c| c.provider_id.to_string())
        .unwrap_or_default();
    let form = Form::with_values(
        ctx.lang,
        &[
            ("forums", "5"),
            ("status", "planned"),
            ("provider", provider.as_str()),
        ],
    );
    form_page(ctx, &state, form, None).await
}

/// Reads the cohort form; refusals stay beside their fields.
fn parse(form: &mut Form, providers: &[Organisation]) -> Option<CohortInput> {
    let code = form.parse("code", CohortCode::parse);
    let name_fi = form.parse("name_fi", parse_cohort_name);
    let name_sv = form.parse("name_sv", parse_cohort_name);
    let provider_id = form.parse("provider", |raw| {
        raw.trim()
            .parse::<i32>()
            .ok()
            .filter(|id| providers.iter().any(|o| o.id == *id))
            .ok_or(domain::coaching::provider_missing())
    });
    let starts_on = form.parse("starts_on", parse_date);
    let ends_on = form.parse("ends_on", parse_date);
    if let (Some(s), Some(e)) = (starts_on, ends_on) {
        form.parse("ends_on", |_| check_cohort_dates(s, e));
    }
    let status = form.parse("status", CohortStatus::parse);
    let forums = form.parse("forums", parse_forum_count);
    let description_fi = form.parse("description_fi", parse_optional_text);
    let description_sv = form.parse("description_sv", parse_optional_text);
    let end_assessment_on = form.parse("end_assessment_on", |raw| {
        if raw.trim().is_empty() {
            Ok(None)
        } else {
            parse_date(raw).map(Some)
        }
    });
    if !form.is_valid() {
        return None;
    }
    Some(CohortInput {
        code: code?,
        name_fi: name_fi?,
        name_sv: name_sv?,
        provider_id: provider_id?,
        starts_on: starts_on?,
        ends_on: ends_on?,
        status: status?,
        forums: forums?,
        description_fi: description_fi?,
        description_sv: description_sv?,
        end_assessment_on: end_assessment_on?,
    })
}

async fn create(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    mut form: Form,
) -> AppResult<Response> {
    let author = require_runner(&ctx)?;
    let providers = state.store.organisations().all().await?;
    let Some(input) = parse(&mut form, &providers) else {
        return form_page(ctx, &state, form, None).await;
    };
    match state
        .store
        .coaching()
        .create_cohort(&input, Some(author))
        .await
    {
        Ok(_) => {
            ctx.flash("cohort-created");
            Ok(ctx.redirect(&format!("/coaching/{}", input.code)))
        }
        Err(store::StoreError::CodeTaken) => {
            form.refuse("code", "error-cohort-code-taken");
            form_page(ctx, &state, form, None).await
        }
        Err(e) => Err(e.into()),
    }
}

/// The cohort's form with its facts, for a coordinator.
async fn edit(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let seen = seen_cohort(&ctx, &state, &code).await?;
    require_runner(&ctx)?;
    let c = &seen.cohort;
    let (starts, ends, provider, forums) = (
        c.starts_on.format("%Y-%m-%d").to_string(),
        c.ends_on.format("%Y-%m-%d").to_string(),
        c.provider_id.to_string(),
        c.forums.to_string(),
    );
    let end_assessment = c
        .end_assessment_on
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default();
    let form = Form::with_values(
        ctx.lang,
        &[
            ("code", c.code.as_str()),
            ("name_fi", &c.name_fi),
            ("name_sv", &c.name_sv),
            ("description_fi", &c.description_fi),
            ("description_sv", &c.description_sv),
            ("provider", &provider),
            ("starts_on", &starts),
            ("ends_on", &ends),
            ("status", c.status.as_str()),
            ("forums", &forums),
            ("end_assessment_on", &end_assessment),
        ],
    );
    form_page(ctx, &state, form, Some(seen.cohort)).await
}

/// Saves a cohort's facts; a new code moves its address.
async fn update(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(code): Path<String>,
    mut form: Form,
) -> AppResult<Response> {
    let seen = seen_cohort(&ctx, &state, &code).await?;
    let author = require_runner(&ctx)?;
    let providers = state.store.organisations().all().await?;
    let Some(input) = parse(&mut form, &providers) else {
        return form_page(ctx, &state, form, Some(seen.cohort)).await;
    };
    match state
        .store
        .coaching()
        .update_cohort(seen.cohort.id, &input, Some(author))
        .await
    {
        Ok(()) => {
            ctx.flash("cohort-saved");
            Ok(ctx.redirect(&format!("/coaching/{}", input.code)))
        }
        Err(store::StoreError::CodeTaken) => {
            form.refuse("code", "error-cohort-code-taken");
            form_page(ctx, &state, form, Some(seen.cohort)).await
        }
        Err(e) => Err(e.into()),
    }
}

/// A forum as a cohort's pages list it.
pub(crate) struct ForumRow {
    pub forum: Forum,
    pub place: Option<Place>,
    pub open: bool,
}

async fn forum_rows(state: &AppState, who: &Principal, cohort_id: i32) -> AppResult<Vec<ForumRow>> {
    let forums = state.store.coaching().forums(cohort_id).await?;
    let ids: Vec<i32> = forums.iter().map(|f| f.event.id).collect();
    let places = state.store.events().places(who.user_id, &ids).await?;
    let now = Utc::now();
    Ok(forums
        .into_iter()
        .filter(|f| f.event.visible_to(who))
        .map(|forum| ForumRow {
            place: places.get(&forum.event.id).copied(),
            open: forum.event.open_to(who, now),
            forum,
        })
        .collect())
}

#[derive(Template)]
#[template(path = "coaching/show.html")]
struct ShowPage {
    ctx: PageCtx,
    seen: Seen,
    organisations: Vec<Organisation>,
    projects: Vec<Project>,
    forums: Vec<ForumRow>,
    /// (organisation, confirmed participants) for the organisations the reader sees.
    counts: Vec<(String, usize)>,
    candidates: Vec<Organisation>,
    /// The reader's own peer group in the cohort.
    my_group: Option<PeerGroup>,
    /// The evaluation's surveys as the reader may open them: (title, address).
    surveys: Vec<(String, String)>,
    form: Form,
}

impl ShowPage {
    fn sees_summary(&self) -> bool {
        assessment::sees_summary(&self.seen)
    }

    fn sees_certificates(&self) -> bool {
        domain::certificates::may_see_checklist_grid(
            &self.seen.who,
            self.seen.cohort.tie(self.seen.participant),
        )
    }

    fn evaluates(&self) -> bool {
        domain::coaching::evaluation::may_evaluate(&self.seen.who)
    }

    fn forms_groups(&self) -> bool {
        domain::coaching::may_form_groups(
            &self.seen.who,
            self.seen.cohort.tie(self.seen.participant),
        )
    }

    fn org(&self, id: &i32) -> String {
        org_name(&self.organisations, *id, self.ctx.lang)
    }

    fn status(&self) -> String {
        status_label(&self.ctx, self.seen.cohort.status)
    }

    fn dates(&self) -> String {
        dates(&self.seen.cohort)
    }

    fn may_open_project(&self, p: &Project) -> bool {
        domain::coaching::may_see_project(
            &self.seen.who,
            self.seen.cohort.tie(self.seen.participant),
            p.organisation_id,
        )
    }

    fn sees_people(&self) -> bool {
        self.seen.sees_any_people()
    }

    fn when(&self, row: &ForumRow) -> String {
        crate::events::when(&row.forum.event)
    }

    fn place_label(&self, row: &ForumRow) -> String {
        match row.place {
            Some(Place::Confirmed) => self.ctx.t("event-standing-confirmed"),
            Some(Place::Waiting(_)) => self.ctx.t("event-standing-waiting"),
            _ => String::new(),
        }
    }
}

async fn cohort_page(
    ctx: PageCtx,
    state: &AppState,
    seen: Seen,
    form: Form,
) -> AppResult<Response> {
    let refused = !form.is_valid();
    let organisations = state.store.organisations().all().await?;
    let projects = state.store.coaching().projects(seen.cohort.id).await?;
    let forums = forum_rows(state, &seen.who, seen.cohort.id).await?;
    let participants = state.store.coaching().participants(seen.cohort.id).await?;
    let counts = seen
        .cohort
        .organisations
        .iter()
        .filter(|o| seen.may_see_people_of(**o))
        .map(|o| {
            let n = participants
                .iter()
                .filter(|p| {
                    p.organisation_id == *o && p.enrolment == domain::coaching::Enrolment::Confirmed
                })
                .count();
            (org_name(&organisations, *o, ctx.lang), n)
        })
        .collect();
    let candidates = organisations
        .iter()
        .filter(|o| !seen.cohort.organisations.contains(&o.id))
        .cloned()
        .collect();
    let my_group = state
        .store
        .coaching()
        .groups(seen.cohort.id)
        .await?
        .into_iter()
        .find(|g| g.members.contains(&seen.who.user_id));
    let surveys = survey_links(&ctx, state, &seen, &projects).await?;
    let path = format!("/coaching/{}", seen.cohort.code);
    render_form(
        ShowPage {
            surveys,
            my_group,
            ctx: ctx.at(&path),
            seen,
            organisations,
            projects,
            forums,
            counts,
            candidates,
            form,
        },
        refused,
    )
}

/// The cohort's surveys, each where the reader may open it: the evaluator's own page,
/// every organisation's results for those who run the programme, one's own
/// organisation's results for its HR developers and responsible managers.
async fn survey_links(
    ctx: &PageCtx,
    state: &AppState,
    seen: &Seen,
    projects: &[Project],
) -> AppResult<Vec<(String, String)>> {
    use domain::coaching::evaluation::{may_evaluate, may_see_results_of};
    let who = &seen.who;
    let responsible = projects.iter().any(|p| {
        p.organisation_id == who.org_id
            && p.parts
                .iter()
                .any(|part| part.managers.contains(&who.user_id))
    });
    let own = may_see_results_of(who, seen.cohort.tie(false), who.org_id, responsible)
        && seen.cohort.organisations.contains(&who.org_id);
    let mut links = Vec::new();
    for survey in state.store.coaching().surveys(Some(seen.cohort.id)).await? {
        let path = if may_evaluate(who) {
            format!("/evaluation/surveys/{}", survey.id)
        } else if may_run_cohorts(who) {
            format!("/evaluation/surveys/{}/results", survey.id)
        } else if own {
            format!(
                "/evaluation/surveys/{}/organisations/{}",
                survey.id, who.org_id
            )
        } else {
            continue;
        };
        links.push((survey.title(ctx.lang).to_owned(), ctx.href(&path)));
    }
    Ok(links)
}

async fn show(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let seen = seen_cohort(&ctx, &state, &code).await?;
    let form = Form::empty(ctx.lang);
    cohort_page(ctx, &state, seen, form).await
}

/// One cohort as "My programme" shows it to a participant.
struct Programme {
    cohort: Cohort,
    next_forum: Option<ForumRow>,
    attended: Vec<ForumRow>,
    project: Option<Project>,
    group: Option<PeerGroup>,
    next_meeting: Option<Meeting>,
    tasks: Vec<(
        store::coaching::Task,
        domain::coaching::tasks::TaskState,
        chrono::DateTime<Utc>,
    )>,
    /// The self-assessment phases taken.
    assessed: Vec<domain::coaching::assessment::Phase>,
}

#[derive(Template)]
#[template(path = "coaching/programme.html")]
struct ProgrammePage {
    ctx: PageCtx,
    programmes: Vec<Programme>,
    /// The evaluation rounds waiting for the reader's answer: (round, survey's title).
    to_answer: Vec<(store::coaching::Round, String)>,
}

impl ProgrammePage {
    fn task_state(&self, s: &domain::coaching::tasks::TaskState) -> String {
        tasks::state_label(&self.ctx, *s)
    }

    fn time(&self, at: &chrono::DateTime<Utc>) -> String {
        self.ctx.time(at)
    }

    fn assessed(&self, p: &Programme, phase: &str) -> bool {
        p.assessed.iter().any(|x| x.as_str() == phase)
    }

    fn meeting_time(&self, m: &Meeting) -> String {
        crate::i18n::local_time(m.meets_at)
    }

    fn dates(&self, c: &Cohort) -> String {
        dates(c)
    }

    fn status(&self, c: &Cohort) -> String {
        status_label(&self.ctx, c.status)
    }

    fn when(&self, row: &ForumRow) -> String {
        crate::events::when(&row.forum.event)
    }

    fn my_parts(&self, p: &Project) -> Vec<String> {
        let me = self.ctx.user.as_ref().map_or(0, |u| u.id);
        p.parts
            .iter()
            .filter(|part| part.managers.contains(&me))
            .map(|part| part.title(self.ctx.lang).to_owned())
            .collect()
    }
}

async fn my_programme(ctx: PageCtx, Extension(state): Extension<AppState>) -> AppResult<Response> {
    let who = ctx.require_user()?.principal();
    let coaching = state.store.coaching();
    let mut programmes = Vec::new();
    for cohort_id in coaching.cohorts_joined(who.user_id).await? {
        let Some(cohort) = coaching.cohort(cohort_id).await? else {
            continue;
        };
        let now = Utc::now();
        let rows = forum_rows(&state, &who, cohort.id).await?;
        let attended_ids = state
            .store
            .events()
            .attended_among(
                who.user_id,
                &rows.iter().map(|r| r.forum.event.id).collect::<Vec<_>>(),
            )
            .await?;
        let (past, upcoming): (Vec<_>, Vec<_>) =
            rows.into_iter().partition(|r| r.forum.event.ends_at < now);
        let next_forum = upcoming
            .into_iter()
            .filter(|r| r.forum.event.is_published())
            .min_by_key(|r| r.forum.event.starts_at);
        let attended = past
            .into_iter()
            .filter(|r| attended_ids.contains(&r.forum.event.id))
            .collect();
        let project = coaching.project(cohort.id, who.org_id).await?;
        let group = coaching
            .groups(cohort.id)
            .await?
            .into_iter()
            .find(|g| g.members.contains(&who.user_id));
        let next_meeting = match &group {
            Some(g) => coaching
                .meetings(g.id)
                .await?
                .into_iter()
                .find(|m| m.meets_at >= now),
            None => None,
        };
        let tasks = tasks::tasks_of_participant(&state, cohort.id, who.user_id).await?;
        let assessed = coaching
            .assessments(cohort.id, Some(who.user_id))
            .await?
            .into_iter()
            .map(|a| a.phase)
            .collect();
        programmes.push(Programme {
            tasks,
            assessed,
            group,
            next_meeting,
            cohort,
            next_forum,
            attended,
            project,
        });
    }
    let mut to_answer = Vec::new();
    for round in coaching.rounds_to_answer(who.user_id).await? {
        if let Some(survey) = coaching.survey(round.survey_id).await? {
            to_answer.push((round, survey.title(ctx.lang).to_owned()));
        }
    }
    render(ProgrammePage {
        ctx,
        programmes,
        to_answer,
    })
    .map(IntoResponse::into_response)
}
