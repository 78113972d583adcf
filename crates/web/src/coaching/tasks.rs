//! Interim tasks and the certificate work: coaches and coordinators set them (with
//! attachments and per-person extensions), participants write a draft and hand it in
//! (alone, or as their peer group for a group's task), coaches give feedback from their
//! queue, and the coordinator sees the cohort as a grid of participants and tasks.

use askama::Template;
use axum::{
    Extension,
    extract::{Multipart, Path, Query},
    response::Response,
};
use chrono::{DateTime, Utc};
use domain::{
    coaching::tasks::{
        Deadlines, Outcome, TaskKind, TaskState, may_read_work, may_set_tasks, may_work_on_tasks,
        parse_feedback, parse_instructions, parse_task_title, parse_work_text,
    },
    events::in_helsinki,
};
use store::{
    StoredFile,
    coaching::{HandInRefusal, Owner, Participant, PeerGroup, Task, TaskInput, Waiting, Work},
};

use super::{Seen, seen_cohort};
use crate::{
    AppError, AppState, PageCtx,
    error::AppResult,
    export::{self, Cell, Table},
    files::Upload,
    form::Form,
    render::{render, render_form},
};

pub(crate) fn state_label(ctx: &PageCtx, state: TaskState) -> String {
    ctx.t(&format!("task-state-{}", state.as_str().replace('_', "-")))
}

fn kind_label(ctx: &PageCtx, kind: TaskKind) -> String {
    ctx.t(&format!("task-kind-{}", kind.as_str().replace('_', "-")))
}

/// The cohort for those who set its tasks; 404 for everyone else.
async fn seen_by_setter(ctx: &PageCtx, state: &AppState, code: &str) -> AppResult<Seen> {
    let seen = seen_cohort(ctx, state, code).await?;
    if may_set_tasks(&seen.who, seen.cohort.tie(seen.participant)) {
        Ok(seen)
    } else {
        Err(AppError::not_found())
    }
}

/// A task of the cohort, or 404.
async fn task_of(state: &AppState, seen: &Seen, task: &str) -> AppResult<Task> {
    let id: i32 = task.parse().map_err(|_| AppError::not_found())?;
    state
        .store
        .coaching()
        .task(id)
        .await?
        .filter(|t| t.cohort_id == seen.cohort.id)
        .ok_or_else(AppError::not_found)
}

/// Whose work the person writes on a task: theirs, or their peer group's for a group's
/// task (`None` when they are in no group yet).
fn owner_for(task: &Task, user_id: i32, group: Option<&PeerGroup>) -> Option<Owner> {
    if task.for_groups {
        group.map(|g| Owner::Group(g.id))
    } else {
        Some(Owner::Person(user_id))
    }
}

async fn group_of(state: &AppState, cohort_id: i32, user_id: i32) -> AppResult<Option<PeerGroup>> {
    Ok(state
        .store
        .coaching()
        .groups(cohort_id)
        .await?
        .into_iter()
        .find(|g| g.members.contains(&user_id)))
}

/// Whether the person is among those the work belongs to.
fn owns(owner: Owner, user_id: i32, groups: &[PeerGroup]) -> bool {
    match owner {
        Owner::Person(u) => u == user_id,
        Owner::Group(g) => groups
            .iter()
            .any(|x| x.id == g && x.members.contains(&user_id)),
    }
}

fn moment_fields(prefix: &str, at: DateTime<Utc>) -> [(String, String); 2] {
    let (date, time) = in_helsinki(at);
    [
        (format!("{prefix}_date"), date),
        (format!("{prefix}_time"), time),
    ]
}

// The task list -------------------------------------------------------------------------

/// A task as the list shows it to the reader.
struct TaskRow {
    task: Task,
    /// The participant's own state and due date.
    mine: Option<(TaskState, DateTime<Utc>)>,
    /// For those who set tasks: works handed in and waiting for feedback, approved.
    waiting: usize,
    approved: usize,
}

#[derive(Template)]
#[template(path = "coaching/tasks.html")]
struct ListPage {
    ctx: PageCtx,
    seen: Seen,
    rows: Vec<TaskRow>,
    sets: bool,
}

impl ListPage {
    fn state(&self, s: &TaskState) -> String {
        state_label(&self.ctx, *s)
    }

    fn kind(&self, k: &TaskKind) -> String {
        kind_label(&self.ctx, *k)
    }

    fn time(&self, at: &DateTime<Utc>) -> String {
        self.ctx.time(at)
    }

    fn base(&self) -> String {
        self.ctx
            .href(&format!("/coaching/{}/tasks", self.seen.cohort.code))
    }
}

pub async fn list(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let seen = seen_cohort(&ctx, &state, &code).await?;
    let coaching = state.store.coaching();
    let sets = may_set_tasks(&seen.who, seen.cohort.tie(seen.participant));
    let tasks = coaching.tasks(seen.cohort.id).await?;
    let works = if sets || seen.participant {
        coaching.works_of_cohort(seen.cohort.id).await?
    } else {
        Vec::new()
    };
    let group = group_of(&state, seen.cohort.id, seen.who.user_id).await?;
    let mut rows = Vec::new();
    for task in tasks {
        let of_task: Vec<&Work> = works.iter().filter(|w| w.task_id == task.id).collect();
        let mine = match (
            seen.participant,
            owner_for(&task, seen.who.user_id, group.as_ref()),
        ) {
            (true, owner) => {
                let work = owner.and_then(|o| of_task.iter().find(|w| w.owner == o).copied());
                let times = coaching.times_for(&task, seen.who.user_id).await?;
                Some((store::coaching::state_of(work), times.due_at))
            }
            (false, _) => None,
        };
        let (waiting, approved) = if sets {
            (
                of_task
                    .iter()
                    .filter(|w| w.state().awaits_feedback())
                    .count(),
                of_task
                    .iter()
                    .filter(|w| w.state() == TaskState::Approved)
                    .count(),
            )
        } else {
            (0, 0)
        };
        rows.push(TaskRow {
            task,
            mine,
            waiting,
            approved,
        });
    }
    let path = format!("/coaching/{}/tasks", seen.cohort.code);
    render(ListPage {
        ctx: ctx.at(&path),
        seen,
        rows,
        sets,
    })
}

/// A participant's tasks in a cohort, with their state and their own due date.
pub(crate) async fn tasks_of_participant(
    state: &AppState,
    cohort_id: i32,
    user_id: i32,
) -> AppResult<Vec<(Task, TaskState, DateTime<Utc>)>> {
    let coaching = state.store.coaching();
    let group = group_of(state, cohort_id, user_id).await?;
    let works = coaching.works_of_cohort(cohort_id).await?;
    let mut rows = Vec::new();
    for task in coaching.tasks(cohort_id).await? {
        let work = owner_for(&task, user_id, group.as_ref())
            .and_then(|o| works.iter().find(|w| w.task_id == task.id && w.owner == o));
        let times = coaching.times_for(&task, user_id).await?;
        rows.push((task, store::coaching::state_of(work), times.due_at));
    }
    Ok(rows)
}

// Setting a task ------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "coaching/task_form.html")]
struct FormPage {
    ctx: PageCtx,
    seen: Seen,
    form: Form,
    editing: Option<Task>,
    kinds: &'static [TaskKind],
}

impl FormPage {
    fn kind(&self, k: &TaskKind) -> String {
        kind_label(&self.ctx, *k)
    }

    fn action(&self) -> String {
        let base = format!("/coaching/{}/tasks", self.seen.cohort.code);
        self.ctx.href(&match &self.editing {
            Some(t) => format!("{base}/{}/edit", t.id),
            None => format!("{base}/new"),
        })
    }
}

fn form_page(ctx: PageCtx, seen: Seen, form: Form, editing: Option<Task>) -> AppResult<Response> {
    let refused = !form.is_valid();
    let base = format!("/coaching/{}/tasks", seen.cohort.code);
    let path = match &editing {
        Some(t) => format!("{base}/{}/edit", t.id),
        None => format!("{base}/new"),
    };
    render_form(
        FormPage {
            ctx: ctx.at(&path),
            seen,
            form,
            editing,
            kinds: TaskKind::ALL,
        },
        refused,
    )
}

pub async fn new(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let seen = seen_by_setter(&ctx, &state, &code).await?;
    let today = Utc::now().date_naive();
    let (opens, due, closes) = (
        today.format("%Y-%m-%d").to_string(),
        (today + chrono::Duration::days(28))
            .format("%Y-%m-%d")
            .to_string(),
        (today + chrono::Duration::days(35))
            .format("%Y-%m-%d")
            .to_string(),
    );
    let form = Form::with_values(
        ctx.lang,
        &[
            ("kind", "interim"),
            ("opens_date", &opens),
            ("opens_time", "09:00"),
            ("due_date", &due),
            ("due_time", "16:00"),
            ("closes_date", &closes),
            ("closes_time", "23:59"),
        ],
    );
    form_page(ctx, seen, form, None)
}

fn parse(form: &mut Form) -> Option<TaskInput> {
    let kind = form.parse("kind", TaskKind::parse);
    let title_fi = form.parse("title_fi", parse_task_title);
    let title_sv = form.parse("title_sv", parse_task_title);
    let instructions_fi = form.parse("instructions_fi", parse_instructions);
    let instructions_sv = form.parse("instructions_sv", parse_instructions);
    let opens = form.moment("opens_date", "opens_time");
    let due = form.moment("due_date", "due_time");
    let closes = form.moment("closes_date", "closes_time");
    let times = match (opens, due, closes) {
        (Some(o), Some(d), Some(c)) => match Deadlines::new(o, d, c) {
            Ok(times) => Some(times),
            Err((field, invalid)) => {
                let field = if field == "due_at" {
                    "due_date"
                } else {
                    "closes_date"
                };
                form.refuse(field, invalid.message_id);
                None
            }
        },
        _ => None,
    };
    let for_groups = form.has("for_groups", "yes");
    if !form.is_valid() {
        return None;
    }
    Some(TaskInput {
        kind: kind?,
        title_fi: title_fi?,
        title_sv: title_sv?,
        instructions_fi: instructions_fi?,
        instructions_sv: instructions_sv?,
        times: times?,
        for_groups,
    })
}

pub async fn create(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(code): Path<String>,
    mut form: Form,
) -> AppResult<Response> {
    let seen = seen_by_setter(&ctx, &state, &code).await?;
    let Some(input) = parse(&mut form) else {
        return form_page(ctx, seen, form, None);
    };
    match state
        .store
        .coaching()
        .create_task(seen.cohort.id, &input, Some(seen.who.user_id))
        .await
    {
        Ok(id) => {
            ctx.flash("task-created");
            Ok(ctx.redirect(&format!("/coaching/{}/tasks/{id}", seen.cohort.code)))
        }
        Err(store::StoreError::CertificateWorkTaken) => {
            form.refuse("kind", "error-task-certificate-work-taken");
            form_page(ctx, seen, form, None)
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn edit(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((code, task)): Path<(String, String)>,
) -> AppResult<Response> {
    let seen = seen_by_setter(&ctx, &state, &code).await?;
    let task = task_of(&state, &seen, &task).await?;
    let mut values: Vec<(String, String)> = vec![
        ("kind".into(), task.kind.as_str().into()),
        ("title_fi".into(), task.title_fi.clone()),
        ("title_sv".into(), task.title_sv.clone()),
        ("instructions_fi".into(), task.instructions_fi.clone()),
        ("instructions_sv".into(), task.instructions_sv.clone()),
    ];
    values.extend(moment_fields("opens", task.times.opens_at));
    values.extend(moment_fields("due", task.times.due_at));
    values.extend(moment_fields("closes", task.times.closes_at));
    if task.for_groups {
        values.push(("for_groups".into(), "yes".into()));
    }
    let pairs: Vec<(&str, &str)> = values
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let form = Form::with_values(ctx.lang, &pairs);
    form_page(ctx, seen, form, Some(task))
}

pub async fn update(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((code, task)): Path<(String, String)>,
    mut form: Form,
) -> AppResult<Response> {
    let seen = seen_by_setter(&ctx, &state, &code).await?;
    let task = task_of(&state, &seen, &task).await?;
    let Some(input) = parse(&mut form) else {
        return form_page(ctx, seen, form, Some(task));
    };
    match state
        .store
        .coaching()
        .update_task(task.id, &input, Some(seen.who.user_id))
        .await
    {
        Ok(()) => {
            ctx.flash("task-saved");
            Ok(ctx.redirect(&format!("/coaching/{}/tasks/{}", seen.cohort.code, task.id)))
        }
        Err(store::StoreError::CertificateWorkTaken) => {
            form.refuse("kind", "error-task-certificate-work-taken");
            form_page(ctx, seen, form, Some(task))
        }
        Err(e) => Err(e.into()),
    }
}

// A task's page -------------------------------------------------------------------------

/// A work as the setter's list on the task page shows it.
struct WorkRow {
    name: String,
    state: TaskState,
    work: Option<Work>,
}

#[derive(Template)]
#[template(path = "coaching/task.html")]
struct TaskPage {
    ctx: PageCtx,
    seen: Seen,
    task: Task,
    sets: bool,
    /// The participant's own work: whose it is (none when a group's task finds them in
    /// no group), the work, their times.
    owner: Option<Owner>,
    work: Option<Work>,
    times: Deadlines,
    /// For setters: each participant's (or group's) work.
    works: Vec<WorkRow>,
    people: Vec<Participant>,
    extensions: Vec<(String, DateTime<Utc>)>,
    form: Form,
    max_upload_mb: usize,
}

impl TaskPage {
    fn state(&self, s: &TaskState) -> String {
        state_label(&self.ctx, *s)
    }

    fn my_state(&self) -> TaskState {
        store::coaching::state_of(self.work.as_ref())
    }

    fn my_state_label(&self) -> String {
        state_label(&self.ctx, self.my_state())
    }

    fn kind(&self) -> String {
        kind_label(&self.ctx, self.task.kind)
    }

    fn instructions(&self) -> String {
        crate::markdown::to_html(self.task.instructions(self.ctx.lang))
    }

    fn time(&self, at: &DateTime<Utc>) -> String {
        self.ctx.time(at)
    }

    fn outcome(&self, o: &Outcome) -> String {
        self.ctx
            .t(&format!("task-outcome-{}", o.as_str().replace('_', "-")))
    }

    fn base(&self) -> String {
        self.ctx.href(&format!(
            "/coaching/{}/tasks/{}",
            self.seen.cohort.code, self.task.id
        ))
    }

    /// Whether the draft may be changed and handed in (time allowing).
    fn open_to_work(&self) -> bool {
        self.owner.is_some() && self.my_state().is_open_to_work()
    }

    fn file_link(&self, f: &StoredFile) -> String {
        f.href()
    }
}

async fn task_page(
    ctx: PageCtx,
    state: &AppState,
    seen: Seen,
    task: Task,
    form: Form,
) -> AppResult<Response> {
    let refused = !form.is_valid();
    let coaching = state.store.coaching();
    let sets = may_set_tasks(&seen.who, seen.cohort.tie(seen.participant));
    let groups = coaching.groups(seen.cohort.id).await?;
    let group = groups
        .iter()
        .find(|g| g.members.contains(&seen.who.user_id));
    let owner = if may_work_on_tasks(seen.cohort.tie(seen.participant)) {
        owner_for(&task, seen.who.user_id, group)
    } else {
        None
    };
    let work = match owner {
        Some(o) => coaching.work(task.id, o).await?,
        None => None,
    };
    let times = coaching.times_for(&task, seen.who.user_id).await?;
    let mut works = Vec::new();
    let mut people = Vec::new();
    let mut extensions = Vec::new();
    if sets {
        people = coaching
            .participants(seen.cohort.id)
            .await?
            .into_iter()
            .filter(|p| p.enrolment == domain::coaching::Enrolment::Confirmed)
            .collect();
        let all = coaching.works_of_cohort(seen.cohort.id).await?;
        let of_task = |owner: Owner| {
            all.iter()
                .find(|w| w.task_id == task.id && w.owner == owner)
        };
        if task.for_groups {
            for g in &groups {
                let work = of_task(Owner::Group(g.id)).cloned();
                works.push(WorkRow {
                    name: g.name.clone(),
                    state: store::coaching::state_of(work.as_ref()),
                    work,
                });
            }
        } else {
            for p in &people {
                let work = of_task(Owner::Person(p.user_id)).cloned();
                works.push(WorkRow {
                    name: p.name.clone(),
                    state: store::coaching::state_of(work.as_ref()),
                    work,
                });
            }
        }
        for (user_id, until) in coaching.extensions(task.id).await? {
            if let Some(p) = people.iter().find(|p| p.user_id == user_id) {
                extensions.push((p.name.clone(), until));
            }
        }
    }
    let path = format!("/coaching/{}/tasks/{}", seen.cohort.code, task.id);
    render_form(
        TaskPage {
            ctx: ctx.at(&path),
            seen,
            task,
            sets,
            owner,
            work,
            times,
            works,
            people,
            extensions,
            form,
            max_upload_mb: state.config.max_upload_bytes / (1024 * 1024),
        },
        refused,
    )
}

pub async fn show(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((code, task)): Path<(String, String)>,
) -> AppResult<Response> {
    let seen = seen_cohort(&ctx, &state, &code).await?;
    let task = task_of(&state, &seen, &task).await?;
    let work_body = if seen.participant {
        let group = group_of(&state, seen.cohort.id, seen.who.user_id).await?;
        match owner_for(&task, seen.who.user_id, group.as_ref()) {
            Some(o) => state
                .store
                .coaching()
                .work(task.id, o)
                .await?
                .map(|w| w.body)
                .unwrap_or_default(),
            None => String::new(),
        }
    } else {
        String::new()
    };
    let form = Form::with_values(ctx.lang, &[("body", work_body.as_str())]);
    task_page(ctx, &state, seen, task, form).await
}

/// Attaches a file to the task's instructions (those who set tasks).
pub async fn attach(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((code, task)): Path<(String, String)>,
    multipart: Multipart,
) -> AppResult<Response> {
    let seen = seen_by_setter(&ctx, &state, &code).await?;
    let task = task_of(&state, &seen, &task).await?;
    let upload = Upload::read(multipart).await?;
    let mut form = Form::empty(ctx.lang);
    if upload.file.is_none() {
        form.refuse("attachment", "error-file-missing");
    }
    let file = upload
        .keep(&state, &mut form, "attachment", seen.who.user_id)
        .await?
        .map(|f| f.id);
    let Some(file_id) = file else {
        return task_page(ctx, &state, seen, task, form).await;
    };
    state
        .store
        .coaching()
        .attach_to_task(task.id, file_id, Some(seen.who.user_id))
        .await?;
    ctx.flash("task-attached");
    Ok(ctx.redirect(&format!("/coaching/{}/tasks/{}", seen.cohort.code, task.id)))
}

/// Saves the participant's draft (text, and a file when one is chosen), and hands it
/// in when asked. A refused handing-in keeps the draft and says why beside the text.
pub async fn write(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((code, task)): Path<(String, String)>,
    multipart: Multipart,
) -> AppResult<Response> {
    let seen = seen_cohort(&ctx, &state, &code).await?;
    let task = task_of(&state, &seen, &task).await?;
    if !may_work_on_tasks(seen.cohort.tie(seen.participant)) {
        return Err(AppError::not_found());
    }
    let group = group_of(&state, seen.cohort.id, seen.who.user_id).await?;
    let owner =
        owner_for(&task, seen.who.user_id, group.as_ref()).ok_or_else(AppError::forbidden)?;
    let coaching = state.store.coaching();
    let upload = Upload::read(multipart).await?;
    let mut form = Form::with_values(ctx.lang, &upload.pairs());
    let hand_in = form.has("action", "hand_in");
    let current = coaching.work(task.id, owner).await?;
    if !store::coaching::state_of(current.as_ref()).is_open_to_work() {
        form.refuse("body", "error-task-handed-in");
        return task_page(ctx, &state, seen, task, form).await;
    }
    let body = form.parse("body", parse_work_text);
    let file = upload
        .keep(&state, &mut form, "file", seen.who.user_id)
        .await?
        .map(|f| f.id);
    let Some(body) = body else {
        return task_page(ctx, &state, seen, task, form).await;
    };
    coaching.save_draft(task.id, owner, &body).await?;
    if let Some(file_id) = file {
        coaching.add_work_file(task.id, owner, file_id).await?;
    }
    if !form.is_valid() {
        return task_page(ctx, &state, seen, task, form).await;
    }
    if !hand_in {
        ctx.flash("work-saved");
        return Ok(ctx.redirect(&format!("/coaching/{}/tasks/{}", seen.cohort.code, task.id)));
    }
    let times = coaching.times_for(&task, seen.who.user_id).await?;
    match coaching
        .hand_in(&task, owner, times, seen.who.user_id, Utc::now())
        .await?
    {
        Ok(_) => {
            ctx.flash("work-handed-in");
            Ok(ctx.redirect(&format!("/coaching/{}/tasks/{}", seen.cohort.code, task.id)))
        }
        Err(HandInRefusal::Refused(invalid)) => {
            form.refuse("body", invalid.message_id);
            task_page(ctx, &state, seen, task, form).await
        }
    }
}

/// Takes a file out of the draft.
pub async fn remove_file(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((code, task, file)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let seen = seen_cohort(&ctx, &state, &code).await?;
    let task = task_of(&state, &seen, &task).await?;
    let file_id: i32 = file.parse().map_err(|_| AppError::not_found())?;
    let group = group_of(&state, seen.cohort.id, seen.who.user_id).await?;
    let owner = owner_for(&task, seen.who.user_id, group.as_ref())
        .filter(|_| seen.participant)
        .ok_or_else(AppError::not_found)?;
    let coaching = state.store.coaching();
    let work = coaching
        .work(task.id, owner)
        .await?
        .ok_or_else(AppError::not_found)?;
    if work.state().is_open_to_work() {
        coaching.remove_work_file(work.id, file_id).await?;
    }
    ctx.flash("work-file-removed");
    Ok(ctx.redirect(&format!("/coaching/{}/tasks/{}", seen.cohort.code, task.id)))
}

/// Gives one participant a later due date.
pub async fn extend(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((code, task)): Path<(String, String)>,
    mut form: Form,
) -> AppResult<Response> {
    let seen = seen_by_setter(&ctx, &state, &code).await?;
    let task = task_of(&state, &seen, &task).await?;
    let coaching = state.store.coaching();
    let people = coaching.participants(seen.cohort.id).await?;
    let person = form.parse("person", |raw| {
        raw.trim()
            .parse::<i32>()
            .ok()
            .filter(|id| people.iter().any(|p| p.user_id == *id))
            .ok_or(domain::Invalid {
                message_id: "error-extension-person",
            })
    });
    let until = form.moment("extension_date", "extension_time");
    let (Some(person), Some(until)) = (person, until) else {
        return task_page(ctx, &state, seen, task, form).await;
    };
    coaching
        .grant_extension(task.id, person, until, Some(seen.who.user_id))
        .await?;
    ctx.flash("task-extended");
    Ok(ctx.redirect(&format!("/coaching/{}/tasks/{}", seen.cohort.code, task.id)))
}

// A work and its feedback ---------------------------------------------------------------

#[derive(Template)]
#[template(path = "coaching/work.html")]
struct WorkPage {
    ctx: PageCtx,
    seen: Seen,
    task: Task,
    work: Work,
    whose: String,
    form: Form,
    outcomes: &'static [Outcome],
    max_upload_mb: usize,
}

impl WorkPage {
    fn state(&self) -> String {
        state_label(&self.ctx, self.work.state())
    }

    fn outcome(&self, o: &Outcome) -> String {
        self.ctx
            .t(&format!("task-outcome-{}", o.as_str().replace('_', "-")))
    }

    fn time(&self, at: &DateTime<Utc>) -> String {
        self.ctx.time(at)
    }

    fn awaits(&self) -> bool {
        self.work.state().awaits_feedback()
    }

    fn base(&self) -> String {
        self.ctx.href(&format!(
            "/coaching/{}/tasks/{}",
            self.seen.cohort.code, self.task.id
        ))
    }
}

/// The name a work goes by: its participant's, or its group's.
async fn whose(state: &AppState, owner: Owner) -> AppResult<String> {
    Ok(match owner {
        Owner::Person(u) => state
            .store
            .accounts()
            .user(u)
            .await?
            .map(|u| u.name)
            .unwrap_or_default(),
        Owner::Group(g) => state
            .store
            .coaching()
            .group(g)
            .await?
            .map(|g| g.name)
            .unwrap_or_default(),
    })
}

/// A work of the task that the person may read, or 404.
async fn readable_work(state: &AppState, seen: &Seen, task: &Task, work: &str) -> AppResult<Work> {
    let id: i32 = work.parse().map_err(|_| AppError::not_found())?;
    let work = state
        .store
        .coaching()
        .work_by_id(id)
        .await?
        .filter(|w| w.task_id == task.id)
        .ok_or_else(AppError::not_found)?;
    let groups = state.store.coaching().groups(seen.cohort.id).await?;
    let own = owns(work.owner, seen.who.user_id, &groups);
    if may_read_work(&seen.who, seen.cohort.tie(seen.participant), own) {
        Ok(work)
    } else {
        Err(AppError::not_found())
    }
}

async fn work_page(
    ctx: PageCtx,
    state: &AppState,
    seen: Seen,
    task: Task,
    work: Work,
    form: Form,
) -> AppResult<Response> {
    let refused = !form.is_valid();
    let path = format!(
        "/coaching/{}/tasks/{}/works/{}",
        seen.cohort.code, task.id, work.id
    );
    let whose = whose(state, work.owner).await?;
    render_form(
        WorkPage {
            ctx: ctx.at(&path),
            seen,
            task,
            work,
            whose,
            form,
            outcomes: Outcome::ALL,
            max_upload_mb: state.config.max_upload_bytes / (1024 * 1024),
        },
        refused,
    )
}

pub async fn work(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((code, task, work)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let seen = seen_by_setter(&ctx, &state, &code).await?;
    let task = task_of(&state, &seen, &task).await?;
    let work = readable_work(&state, &seen, &task, &work).await?;
    let form = Form::empty(ctx.lang);
    work_page(ctx, &state, seen, task, work, form).await
}

/// A coach's feedback on the work's latest handing-in: text, an optional file, approved
/// or a revision asked for.
pub async fn feedback(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((code, task, work)): Path<(String, String, String)>,
    multipart: Multipart,
) -> AppResult<Response> {
    let seen = seen_by_setter(&ctx, &state, &code).await?;
    let task = task_of(&state, &seen, &task).await?;
    let work = readable_work(&state, &seen, &task, &work).await?;
    let upload = Upload::read(multipart).await?;
    let mut form = Form::with_values(ctx.lang, &upload.pairs());
    let text = form.parse("feedback", parse_feedback);
    let outcome = form.parse("outcome", Outcome::parse);
    let file = upload
        .keep(&state, &mut form, "file", seen.who.user_id)
        .await?
        .map(|f| f.id);
    let attempt = work
        .latest()
        .filter(|_| work.state().awaits_feedback())
        .map(|a| a.id);
    let (Some(text), Some(outcome), Some(attempt), true) =
        (text, outcome, attempt, form.is_valid())
    else {
        if attempt.is_none() {
            form.refuse("feedback", "error-feedback-given");
        }
        return work_page(ctx, &state, seen, task, work, form).await;
    };
    let given = state
        .store
        .coaching()
        .give_feedback(attempt, outcome, &text, file, seen.who.user_id)
        .await?;
    ctx.flash(if given {
        "feedback-given"
    } else {
        "error-feedback-given"
    });
    Ok(ctx.redirect("/coaching/queue"))
}

// The coach's queue ---------------------------------------------------------------------

/// What waits for feedback, named for the reader.
pub(crate) struct QueueRow {
    pub waiting: Waiting,
    pub cohort: String,
    pub task: String,
    pub whose: String,
}

#[derive(Template)]
#[template(path = "coaching/queue.html")]
struct QueuePage {
    ctx: PageCtx,
    rows: Vec<QueueRow>,
    cohorts: Vec<String>,
    chosen: String,
}

impl QueuePage {
    fn time(&self, at: &DateTime<Utc>) -> String {
        self.ctx.time(at)
    }

    fn href(&self, row: &QueueRow) -> String {
        self.ctx.href(&format!(
            "/coaching/{}/tasks/{}/works/{}",
            row.cohort, row.waiting.task_id, row.waiting.work_id
        ))
    }
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct QueueFilter {
    cohort: String,
}

/// The codes of the cohorts whose tasks the person sets (coaches their own, those who
/// run the programme every one), and the works waiting for feedback in them (or in the
/// one `only` names), the oldest first.
pub(crate) async fn queue_of(
    state: &AppState,
    who: &domain::Principal,
    only: &str,
    lang: domain::Lang,
) -> AppResult<(Vec<String>, Vec<QueueRow>)> {
    let coaching = state.store.coaching();
    let joined = coaching.cohorts_joined(who.user_id).await?;
    let mine: Vec<store::coaching::Cohort> = coaching
        .cohorts()
        .await?
        .into_iter()
        .filter(|c| may_set_tasks(who, c.tie(joined.contains(&c.id))))
        .collect();
    let chosen: Vec<&store::coaching::Cohort> = mine
        .iter()
        .filter(|c| only.is_empty() || c.code.as_str() == only)
        .collect();
    let ids: Vec<i32> = chosen.iter().map(|c| c.id).collect();
    let waiting = coaching.awaiting_feedback(&ids).await?;
    let mut tasks: Vec<Task> = Vec::new();
    for id in &ids {
        tasks.extend(coaching.tasks(*id).await?);
    }
    let mut names = std::collections::BTreeMap::new();
    let mut rows = Vec::new();
    for w in waiting {
        let whose = match names.get(&w.owner) {
            Some(n) => String::clone(n),
            None => {
                let n = whose(state, w.owner).await?;
                names.insert(w.owner, n.clone());
                n
            }
        };
        let cohort = mine
            .iter()
            .find(|c| c.id == w.cohort_id)
            .map(|c| c.code.to_string())
            .unwrap_or_default();
        let task = tasks
            .iter()
            .find(|t| t.id == w.task_id)
            .map(|t| t.title(lang).to_owned())
            .unwrap_or_default();
        rows.push(QueueRow {
            waiting: w,
            cohort,
            task,
            whose,
        });
    }
    Ok((mine.iter().map(|c| c.code.to_string()).collect(), rows))
}

/// The works waiting for the reader's feedback in the cohorts they coach (every
/// cohort for those who run the programme), the oldest first.
pub async fn queue(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Query(filter): Query<QueueFilter>,
) -> AppResult<Response> {
    let who = ctx.require_user()?.principal();
    let (cohorts, rows) = queue_of(&state, &who, &filter.cohort, ctx.lang).await?;
    if cohorts.is_empty() && !domain::coaching::works_with_cohorts(&who) {
        return Err(AppError::not_found());
    }
    render(QueuePage {
        ctx: ctx.at("/coaching/queue"),
        rows,
        cohorts,
        chosen: filter.cohort,
    })
}

// The cohort's grid ---------------------------------------------------------------------

/// Participants × tasks, each cell the participant's state (their group's, for a group's
/// task).
async fn grid_table(ctx: &PageCtx, state: &AppState, seen: &Seen) -> AppResult<Table> {
    let coaching = state.store.coaching();
    let tasks = coaching.tasks(seen.cohort.id).await?;
    let works = coaching.works_of_cohort(seen.cohort.id).await?;
    let groups = coaching.groups(seen.cohort.id).await?;
    let organisations = state.store.organisations().all().await?;
    let people: Vec<Participant> = coaching
        .participants(seen.cohort.id)
        .await?
        .into_iter()
        .filter(|p| p.enrolment == domain::coaching::Enrolment::Confirmed)
        .collect();
    let mut header = vec![ctx.t("field-name"), ctx.t("cohort-organisation")];
    header.extend(tasks.iter().map(|t| t.title(ctx.lang).to_owned()));
    let rows = people
        .iter()
        .map(|p| {
            let group = groups.iter().find(|g| g.members.contains(&p.user_id));
            let mut row = vec![
                Cell::Text(p.name.clone()),
                Cell::Text(super::org_name(&organisations, p.organisation_id, ctx.lang)),
            ];
            row.extend(tasks.iter().map(|t| {
                let work = owner_for(t, p.user_id, group)
                    .and_then(|o| works.iter().find(|w| w.task_id == t.id && w.owner == o));
                Cell::Text(state_label(ctx, store::coaching::state_of(work)))
            }));
            row
        })
        .collect();
    Ok(Table {
        title: ctx.t("tasks-grid-title"),
        header,
        rows,
    })
}

#[derive(Template)]
#[template(path = "coaching/task_grid.html")]
struct GridPage {
    ctx: PageCtx,
    seen: Seen,
    table: Table,
}

impl GridPage {
    fn base(&self) -> String {
        self.ctx
            .href(&format!("/coaching/{}/tasks", self.seen.cohort.code))
    }
}

pub async fn grid(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let seen = seen_by_setter(&ctx, &state, &code).await?;
    let table = grid_table(&ctx, &state, &seen).await?;
    let path = format!("/coaching/{}/tasks/grid", seen.cohort.code);
    render(GridPage {
        ctx: ctx.at(&path),
        seen,
        table,
    })
}

pub async fn grid_csv(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let seen = seen_by_setter(&ctx, &state, &code).await?;
    let table = grid_table(&ctx, &state, &seen).await?;
    export::csv(&table, &format!("{}-tasks.csv", seen.cohort.code))
}

pub async fn grid_xlsx(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let seen = seen_by_setter(&ctx, &state, &code).await?;
    let table = grid_table(&ctx, &state, &seen).await?;
    export::xlsx(&[table], &format!("{}-tasks.xlsx", seen.cohort.code))
}
