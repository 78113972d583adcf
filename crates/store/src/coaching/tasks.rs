//! A cohort's interim tasks and its certificate work, and the works handed in for them.
//!
//! A work belongs to a participant, or to a peer group for a group's task; it holds the
//! draft (text and files) and every handing-in (`attempts`), each kept with the coach's
//! feedback. Handing in and feedback are each one transaction that queues what should
//! be told: the coaches' daily digest (one `coach_digests` row a coach and day, so one
//! mail however many works come in) and the feedback's mail to whoever handed in.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use domain::{
    Invalid, Role,
    coaching::tasks::{
        self as rules, Deadlines, Outcome, TaskKind, TaskState, check_work_has_content,
        next_digest_at,
    },
};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder,
    sea_query::{Expr, OnConflict},
};

use super::{Coaching, cohort_row};
use crate::{
    LiteralCondition, Result, StoreError, StoredFile,
    entity::{
        attempt, attempt_file, coach_digest, peer_group_member, task, task_attachment,
        task_extension, user, user_role, work, work_file,
    },
    jobs, known,
};

/// The job that tells whoever handed a work in of the coach's feedback.
pub const FEEDBACK_JOB: &str = "coaching.feedback";
/// The job that sends a coach the day's digest of works handed in.
pub const DIGEST_JOB: &str = "coaching.digest";

/// Whom to tell of which feedback.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FeedbackNotice {
    pub attempt_id: i32,
    pub user_id: i32,
}

/// Which coach's digest, due when.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DigestNotice {
    pub coach_id: i32,
    pub due_at: DateTime<Utc>,
}

/// A task of a cohort, with its attachments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Task {
    pub id: i32,
    pub cohort_id: i32,
    pub kind: TaskKind,
    pub title_fi: String,
    pub title_sv: String,
    pub instructions_fi: String,
    pub instructions_sv: String,
    pub times: Deadlines,
    pub for_groups: bool,
    pub attachments: Vec<StoredFile>,
}

impl Task {
    pub fn title(&self, lang: impl std::borrow::Borrow<domain::Lang>) -> &str {
        if *lang.borrow() == domain::Lang::Sv {
            &self.title_sv
        } else {
            &self.title_fi
        }
    }

    pub fn instructions(&self, lang: impl std::borrow::Borrow<domain::Lang>) -> &str {
        if *lang.borrow() == domain::Lang::Sv {
            &self.instructions_sv
        } else {
            &self.instructions_fi
        }
    }
}

/// What a coach or coordinator writes of a task.
#[derive(Debug, Clone)]
pub struct TaskInput {
    pub kind: TaskKind,
    pub title_fi: String,
    pub title_sv: String,
    pub instructions_fi: String,
    pub instructions_sv: String,
    pub times: Deadlines,
    pub for_groups: bool,
}

/// Whose a work is: a participant's, or a peer group's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Owner {
    Person(i32),
    Group(i32),
}

/// One handing-in of a work, with the feedback once given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attempt {
    pub id: i32,
    pub number: i32,
    pub body: String,
    pub submitted_at: DateTime<Utc>,
    pub submitted_by: Option<i32>,
    pub late: bool,
    pub outcome: Option<Outcome>,
    pub feedback: Option<String>,
    pub feedback_file: Option<StoredFile>,
    pub feedback_by: Option<i32>,
    pub feedback_at: Option<DateTime<Utc>>,
    pub files: Vec<StoredFile>,
}

/// A participant's or a group's work on a task: the draft and every handing-in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Work {
    pub id: i32,
    pub task_id: i32,
    pub owner: Owner,
    pub body: String,
    pub updated_at: DateTime<Utc>,
    pub files: Vec<StoredFile>,
    /// The oldest first.
    pub attempts: Vec<Attempt>,
}

impl Work {
    pub fn latest(&self) -> Option<&Attempt> {
        self.attempts.last()
    }

    pub fn state(&self) -> TaskState {
        rules::task_state(
            true,
            self.latest().map(|a| rules::Attempt {
                late: a.late,
                outcome: a.outcome,
            }),
        )
    }
}

/// The state of a possibly missing work.
pub fn state_of(work: Option<&Work>) -> TaskState {
    work.map_or(TaskState::NotStarted, Work::state)
}

/// A work that waits for feedback, as a coach's queue lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiting {
    pub attempt_id: i32,
    pub work_id: i32,
    pub task_id: i32,
    pub cohort_id: i32,
    pub owner: Owner,
    pub number: i32,
    pub submitted_at: DateTime<Utc>,
    pub late: bool,
}

/// Why a handing-in was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HandInRefusal {
    /// A rule of `domain::coaching::tasks` refused it (too early, closed, empty, …).
    Refused(Invalid),
}

fn task_of(m: task::Model, attachments: Vec<StoredFile>) -> Result<Task> {
    Ok(Task {
        id: m.id,
        cohort_id: m.cohort_id,
        kind: known("tasks.kind", &m.kind, TaskKind::parse(&m.kind).ok())?,
        title_fi: m.title_fi,
        title_sv: m.title_sv,
        instructions_fi: m.instructions_fi,
        instructions_sv: m.instructions_sv,
        times: Deadlines {
            opens_at: m.opens_at,
            due_at: m.due_at,
            closes_at: m.closes_at,
        },
        for_groups: m.for_groups,
        attachments,
    })
}

fn owner_of(m: &work::Model) -> Result<Owner> {
    match (m.user_id, m.group_id) {
        (Some(u), None) => Ok(Owner::Person(u)),
        (None, Some(g)) => Ok(Owner::Group(g)),
        _ => Err(StoreError::UnknownValue {
            column: "works.user_id",
            value: format!("{:?}/{:?}", m.user_id, m.group_id),
        }),
    }
}

fn owner_filter(owner: Owner) -> sea_orm::Condition {
    match owner {
        Owner::Person(u) => sea_orm::Condition::all().add(work::Column::UserId.eq(u)),
        Owner::Group(g) => sea_orm::Condition::all().add(work::Column::GroupId.eq(g)),
    }
}

/// The works' drafts' files, attempts and their files, loaded in four statements.
async fn works_of(db: &impl ConnectionTrait, rows: Vec<work::Model>) -> Result<Vec<Work>> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<i32> = rows.iter().map(|w| w.id).collect();
    let draft_files = work_file::Entity::find()
        .filter(work_file::Column::WorkId.is_in(ids.clone()))
        .all(db)
        .await?;
    let attempts = attempt::Entity::find()
        .filter(attempt::Column::WorkId.is_in(ids))
        .order_by_asc(attempt::Column::Number)
        .all(db)
        .await?;
    let attempt_files = if attempts.is_empty() {
        Vec::new()
    } else {
        attempt_file::Entity::find()
            .filter(attempt_file::Column::AttemptId.is_in(attempts.iter().map(|a| a.id)))
            .all(db)
            .await?
    };
    let mut file_ids: Vec<i32> = draft_files.iter().map(|f| f.file_id).collect();
    file_ids.extend(attempt_files.iter().map(|f| f.file_id));
    file_ids.extend(attempts.iter().filter_map(|a| a.feedback_file_id));
    let files = crate::files::by_id(db, &file_ids).await?;
    let pick = |id: i32| files.get(&id).cloned();
    let mut by_work: BTreeMap<i32, Vec<Attempt>> = BTreeMap::new();
    for a in attempts {
        let outcome = match &a.outcome {
            Some(raw) => Some(known("attempts.outcome", raw, Outcome::parse(raw).ok())?),
            None => None,
        };
        by_work.entry(a.work_id).or_default().push(Attempt {
            id: a.id,
            number: a.number,
            files: attempt_files
                .iter()
                .filter(|f| f.attempt_id == a.id)
                .filter_map(|f| pick(f.file_id))
                .collect(),
            body: a.body,
            submitted_at: a.submitted_at,
            submitted_by: a.submitted_by,
            late: a.late,
            outcome,
            feedback: a.feedback,
            feedback_file: a.feedback_file_id.and_then(pick),
            feedback_by: a.feedback_by,
            feedback_at: a.feedback_at,
        });
    }
    rows.into_iter()
        .map(|w| {
            Ok(Work {
                owner: owner_of(&w)?,
                files: draft_files
                    .iter()
                    .filter(|f| f.work_id == w.id)
                    .filter_map(|f| pick(f.file_id))
                    .collect(),
                attempts: by_work.remove(&w.id).unwrap_or_default(),
                id: w.id,
                task_id: w.task_id,
                body: w.body,
                updated_at: w.updated_at,
            })
        })
        .collect()
}

/// The work's row, made when it is missing.
async fn work_row(txn: &DatabaseTransaction, task_id: i32, owner: Owner) -> Result<work::Model> {
    let found = work::Entity::find()
        .filter(work::Column::TaskId.eq(task_id))
        .filter(owner_filter(owner))
        .one(txn)
        .await?;
    if let Some(found) = found {
        return Ok(found);
    }
    let (user_id, group_id) = match owner {
        Owner::Person(u) => (Some(u), None),
        Owner::Group(g) => (None, Some(g)),
    };
    Ok(work::Entity::insert(work::ActiveModel {
        task_id: Set(task_id),
        user_id: Set(user_id),
        group_id: Set(group_id),
        body: Set(String::new()),
        updated_at: Set(Utc::now()),
        ..Default::default()
    })
    .exec_with_returning(txn)
    .await?)
}

/// The people a work belongs to: the person, or the group's members.
async fn people_of(db: &impl ConnectionTrait, owner: Owner) -> Result<Vec<i32>> {
    Ok(match owner {
        Owner::Person(u) => vec![u],
        Owner::Group(g) => peer_group_member::Entity::find()
            .filter(peer_group_member::Column::GroupId.eq(g))
            .all(db)
            .await?
            .into_iter()
            .map(|m| m.user_id)
            .collect(),
    })
}

/// The coaches of a training provider: its people with the coach's role.
pub(crate) async fn coaches_of(db: &impl ConnectionTrait, provider_id: i32) -> Result<Vec<i32>> {
    let people = user::Entity::find()
        .filter(user::Column::OrganisationId.eq(provider_id))
        .find_with_related(user_role::Entity)
        .all(db)
        .await?;
    Ok(people
        .into_iter()
        .filter(|(_, roles)| roles.iter().any(|r| r.role == Role::Coach.as_str()))
        .map(|(u, _)| u.id)
        .collect())
}

impl Coaching {
    /// Sets a task for a cohort. A cohort has one certificate work: a second is refused
    /// with `StoreError::CertificateWorkTaken`.
    pub async fn create_task(
        &self,
        cohort_id: i32,
        input: &TaskInput,
        author: Option<i32>,
    ) -> Result<i32> {
        let txn = self.begin_write().await?;
        cohort_row(&txn, cohort_id).await?;
        if input.kind == TaskKind::CertificateWork
            && certificate_work_of(&txn, cohort_id, None).await?
        {
            return Err(StoreError::CertificateWorkTaken);
        }
        let row = task::Entity::insert(task::ActiveModel {
            cohort_id: Set(cohort_id),
            kind: Set(input.kind.as_str().to_owned()),
            title_fi: Set(input.title_fi.clone()),
            title_sv: Set(input.title_sv.clone()),
            instructions_fi: Set(input.instructions_fi.clone()),
            instructions_sv: Set(input.instructions_sv.clone()),
            opens_at: Set(input.times.opens_at),
            due_at: Set(input.times.due_at),
            closes_at: Set(input.times.closes_at),
            for_groups: Set(input.for_groups),
            created_by: Set(author),
            created_at: Set(Utc::now()),
            ..Default::default()
        })
        .exec_with_returning(&txn)
        .await?;
        crate::audit::record(
            &txn,
            author,
            "task:create",
            &format!("task:{}", row.id),
            &format!("cohort:{cohort_id}"),
        )
        .await?;
        txn.commit().await?;
        Ok(row.id)
    }

    /// Changes a task's texts and times. Whether it is for groups stays as it was once
    /// works exist, so no work changes owner.
    pub async fn update_task(
        &self,
        task_id: i32,
        input: &TaskInput,
        author: Option<i32>,
    ) -> Result<()> {
        let txn = self.begin_write().await?;
        let current = task::Entity::find_by_id(task_id)
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        if input.kind == TaskKind::CertificateWork
            && certificate_work_of(&txn, current.cohort_id, Some(task_id)).await?
        {
            return Err(StoreError::CertificateWorkTaken);
        }
        let has_works = work::Entity::find()
            .filter(work::Column::TaskId.eq(task_id))
            .one(&txn)
            .await?
            .is_some();
        let for_groups = if has_works {
            current.for_groups
        } else {
            input.for_groups
        };
        task::Entity::update_many()
            .col_expr(task::Column::Kind, Expr::value(input.kind.as_str()))
            .col_expr(task::Column::TitleFi, Expr::value(input.title_fi.clone()))
            .col_expr(task::Column::TitleSv, Expr::value(input.title_sv.clone()))
            .col_expr(
                task::Column::InstructionsFi,
                Expr::value(input.instructions_fi.clone()),
            )
            .col_expr(
                task::Column::InstructionsSv,
                Expr::value(input.instructions_sv.clone()),
            )
            .col_expr(task::Column::OpensAt, Expr::value(input.times.opens_at))
            .col_expr(task::Column::DueAt, Expr::value(input.times.due_at))
            .col_expr(task::Column::ClosesAt, Expr::value(input.times.closes_at))
            .col_expr(task::Column::ForGroups, Expr::value(for_groups))
            .filter(task::Column::Id.eq(task_id))
            .exec(&txn)
            .await?;
        crate::audit::record(&txn, author, "task:update", &format!("task:{task_id}"), "").await?;
        txn.commit().await?;
        Ok(())
    }

    /// The cohort's tasks by due date, the certificate work last among equals.
    pub async fn tasks(&self, cohort_id: i32) -> Result<Vec<Task>> {
        let rows = task::Entity::find()
            .filter(task::Column::CohortId.eq(cohort_id))
            .order_by_asc(task::Column::DueAt)
            .order_by_asc(task::Column::Id)
            .all(&self.db)
            .await?;
        self.with_attachments(rows).await
    }

    pub async fn task(&self, task_id: i32) -> Result<Option<Task>> {
        let rows: Vec<task::Model> = task::Entity::find_by_id(task_id)
            .one(&self.db)
            .await?
            .into_iter()
            .collect();
        Ok(self.with_attachments(rows).await?.pop())
    }

    async fn with_attachments(&self, rows: Vec<task::Model>) -> Result<Vec<Task>> {
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let links = task_attachment::Entity::find()
            .filter(task_attachment::Column::TaskId.is_in(rows.iter().map(|t| t.id)))
            .all(&self.db)
            .await?;
        let files = crate::files::by_id(
            &self.db,
            &links.iter().map(|l| l.file_id).collect::<Vec<_>>(),
        )
        .await?;
        rows.into_iter()
            .map(|t| {
                let attached = links
                    .iter()
                    .filter(|l| l.task_id == t.id)
                    .filter_map(|l| files.get(&l.file_id).cloned())
                    .collect();
                task_of(t, attached)
            })
            .collect()
    }

    /// Attaches an uploaded file to a task's instructions.
    pub async fn attach_to_task(
        &self,
        task_id: i32,
        file_id: i32,
        author: Option<i32>,
    ) -> Result<()> {
        let txn = self.begin_write().await?;
        task_attachment::Entity::insert(task_attachment::ActiveModel {
            task_id: Set(task_id),
            file_id: Set(file_id),
        })
        .on_conflict(
            OnConflict::columns([
                task_attachment::Column::TaskId,
                task_attachment::Column::FileId,
            ])
            .do_nothing()
            .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?;
        crate::audit::record(
            &txn,
            author,
            "task:attach",
            &format!("task:{task_id}"),
            &format!("file:{file_id}"),
        )
        .await?;
        txn.commit().await?;
        Ok(())
    }

    /// Gives one person a later due date (and cut-off, when later) for a task.
    pub async fn grant_extension(
        &self,
        task_id: i32,
        user_id: i32,
        due_at: DateTime<Utc>,
        author: Option<i32>,
    ) -> Result<()> {
        let txn = self.begin_write().await?;
        task_extension::Entity::insert(task_extension::ActiveModel {
            task_id: Set(task_id),
            user_id: Set(user_id),
            due_at: Set(due_at),
            granted_by: Set(author),
        })
        .on_conflict(
            OnConflict::columns([
                task_extension::Column::TaskId,
                task_extension::Column::UserId,
            ])
            .update_columns([
                task_extension::Column::DueAt,
                task_extension::Column::GrantedBy,
            ])
            .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?;
        crate::audit::record(
            &txn,
            author,
            "task:extend",
            &format!("user:{user_id}"),
            &format!("task:{task_id} until {}", due_at.to_rfc3339()),
        )
        .await?;
        txn.commit().await?;
        Ok(())
    }

    /// The extensions of a task, by person.
    pub async fn extensions(&self, task_id: i32) -> Result<BTreeMap<i32, DateTime<Utc>>> {
        Ok(task_extension::Entity::find()
            .filter(task_extension::Column::TaskId.eq(task_id))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|e| (e.user_id, e.due_at))
            .collect())
    }

    /// One person's times for a task: the task's, moved by their extension.
    pub async fn times_for(&self, task: &Task, user_id: i32) -> Result<Deadlines> {
        let extension = task_extension::Entity::find()
            .filter(task_extension::Column::TaskId.eq(task.id))
            .filter(task_extension::Column::UserId.eq(user_id))
            .one(&self.db)
            .await?
            .map(|e| e.due_at);
        Ok(task.times.extended(extension))
    }

    /// One work with its files and handings-in.
    pub async fn work(&self, task_id: i32, owner: Owner) -> Result<Option<Work>> {
        let rows = work::Entity::find()
            .filter(work::Column::TaskId.eq(task_id))
            .filter(owner_filter(owner))
            .all(&self.db)
            .await?;
        Ok(works_of(&self.db, rows).await?.pop())
    }

    pub async fn work_by_id(&self, work_id: i32) -> Result<Option<Work>> {
        let rows: Vec<work::Model> = work::Entity::find_by_id(work_id)
            .one(&self.db)
            .await?
            .into_iter()
            .collect();
        Ok(works_of(&self.db, rows).await?.pop())
    }

    /// Every work on the cohort's tasks.
    pub async fn works_of_cohort(&self, cohort_id: i32) -> Result<Vec<Work>> {
        let task_ids: Vec<i32> = task::Entity::find()
            .filter(task::Column::CohortId.eq(cohort_id))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|t| t.id)
            .collect();
        if task_ids.is_empty() {
            return Ok(Vec::new());
        }
        let rows = work::Entity::find()
            .filter(work::Column::TaskId.is_in(task_ids))
            .order_by_asc(work::Column::Id)
            .all(&self.db)
            .await?;
        works_of(&self.db, rows).await
    }

    /// Saves a draft's text; the work is made when it is the first word written.
    pub async fn save_draft(&self, task_id: i32, owner: Owner, body: &str) -> Result<i32> {
        let txn = self.begin_write().await?;
        let row = work_row(&txn, task_id, owner).await?;
        work::Entity::update_many()
            .col_expr(work::Column::Body, Expr::value(body))
            .col_expr(work::Column::UpdatedAt, Expr::value(Utc::now()))
            .filter(work::Column::Id.eq(row.id))
            .exec(&txn)
            .await?;
        txn.commit().await?;
        Ok(row.id)
    }

    /// Adds an uploaded file to a work's draft.
    pub async fn add_work_file(&self, task_id: i32, owner: Owner, file_id: i32) -> Result<()> {
        let txn = self.begin_write().await?;
        let row = work_row(&txn, task_id, owner).await?;
        work_file::Entity::insert(work_file::ActiveModel {
            work_id: Set(row.id),
            file_id: Set(file_id),
        })
        .on_conflict(
            OnConflict::columns([work_file::Column::WorkId, work_file::Column::FileId])
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?;
        txn.commit().await?;
        Ok(())
    }

    /// Takes a file out of a work's draft (earlier handings-in keep it).
    pub async fn remove_work_file(&self, work_id: i32, file_id: i32) -> Result<()> {
        work_file::Entity::delete_many()
            .filter(work_file::Column::WorkId.eq(work_id))
            .filter(work_file::Column::FileId.eq(file_id))
            .exec(&self.db)
            .await?;
        Ok(())
    }

    /// Hands a work in as its draft stands, if `domain::coaching::tasks::hand_in` takes
    /// it at `now` with these times: a new attempt (late or not) with the draft's text
    /// and files. The coaches of the cohort each get the next morning's digest queued,
    /// once however many works come in.
    pub async fn hand_in(
        &self,
        task: &Task,
        owner: Owner,
        times: Deadlines,
        author: i32,
        now: DateTime<Utc>,
    ) -> Result<std::result::Result<i32, HandInRefusal>> {
        let txn = self.begin_write().await?;
        let row = work_row(&txn, task.id, owner).await?;
        let work = works_of(&txn, vec![row.clone()])
            .await?
            .pop()
            .ok_or(StoreError::NotFound)?;
        let late = match rules::hand_in(now, times, work.state()) {
            Ok(late) => late,
            Err(refused) => return Ok(Err(HandInRefusal::Refused(refused))),
        };
        if let Err(refused) = check_work_has_content(&work.body, work.files.len()) {
            return Ok(Err(HandInRefusal::Refused(refused)));
        }
        let number = work.latest().map_or(1, |a| a.number + 1);
        let attempt = attempt::Entity::insert(attempt::ActiveModel {
            work_id: Set(work.id),
            number: Set(number),
            body: Set(work.body.clone()),
            submitted_at: Set(now),
            submitted_by: Set(Some(author)),
            late: Set(late),
            outcome: Set(None),
            feedback: Set(None),
            feedback_file_id: Set(None),
            feedback_by: Set(None),
            feedback_at: Set(None),
            ..Default::default()
        })
        .exec_with_returning(&txn)
        .await?;
        for f in &work.files {
            attempt_file::Entity::insert(attempt_file::ActiveModel {
                attempt_id: Set(attempt.id),
                file_id: Set(f.id),
            })
            .exec_without_returning(&txn)
            .await?;
        }
        let cohort = cohort_row(&txn, task.cohort_id).await?;
        let due_at = next_digest_at(now);
        for coach in coaches_of(&txn, cohort.provider_id).await? {
            let new = coach_digest::Entity::insert(coach_digest::ActiveModel {
                coach_id: Set(coach),
                due_at: Set(due_at),
            })
            .on_conflict(
                OnConflict::columns([coach_digest::Column::CoachId, coach_digest::Column::DueAt])
                    .do_nothing()
                    .to_owned(),
            )
            .exec_without_returning(&txn)
            .await?;
            if new == 1 {
                jobs::enqueue(
                    &txn,
                    DIGEST_JOB,
                    &DigestNotice {
                        coach_id: coach,
                        due_at,
                    },
                    due_at,
                )
                .await?;
            }
        }
        crate::audit::record(
            &txn,
            Some(author),
            if late {
                "task:hand-in-late"
            } else {
                "task:hand-in"
            },
            &format!("work:{}", work.id),
            &format!("task:{} attempt {number}", task.id),
        )
        .await?;
        txn.commit().await?;
        Ok(Ok(attempt.id))
    }

    /// A coach's feedback on a handing-in that waits for it: approved, or a revision
    /// asked for. Each person the work belongs to is told, queued with the feedback.
    /// `false` when the attempt has had its feedback already (a second click).
    pub async fn give_feedback(
        &self,
        attempt_id: i32,
        outcome: Outcome,
        text: &str,
        file_id: Option<i32>,
        author: i32,
    ) -> Result<bool> {
        let txn = self.begin_write().await?;
        let given = attempt::Entity::update_many()
            .col_expr(
                attempt::Column::Outcome,
                Expr::value(Some(outcome.as_str())),
            )
            .col_expr(attempt::Column::Feedback, Expr::value(Some(text)))
            .col_expr(attempt::Column::FeedbackFileId, Expr::value(file_id))
            .col_expr(attempt::Column::FeedbackBy, Expr::value(Some(author)))
            .col_expr(attempt::Column::FeedbackAt, Expr::value(Some(Utc::now())))
            .filter(attempt::Column::Id.eq(attempt_id))
            .filter(attempt::Column::Outcome.is_null())
            .exec(&txn)
            .await?
            .rows_affected;
        if given == 0 {
            return Ok(false);
        }
        let a = attempt::Entity::find_by_id(attempt_id)
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        let w = work::Entity::find_by_id(a.work_id)
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        for user_id in people_of(&txn, owner_of(&w)?).await? {
            jobs::enqueue(
                &txn,
                FEEDBACK_JOB,
                &FeedbackNotice {
                    attempt_id,
                    user_id,
                },
                Utc::now(),
            )
            .await?;
        }
        crate::audit::record(
            &txn,
            Some(author),
            &format!("task:feedback:{}", outcome.as_str()),
            &format!("work:{}", w.id),
            &format!("attempt:{attempt_id}"),
        )
        .await?;
        txn.commit().await?;
        Ok(true)
    }

    /// What waits for feedback in these cohorts, the oldest first.
    pub async fn awaiting_feedback(&self, cohort_ids: &[i32]) -> Result<Vec<Waiting>> {
        if cohort_ids.is_empty() {
            return Ok(Vec::new());
        }
        let tasks = task::Entity::find()
            .filter(task::Column::CohortId.is_in(cohort_ids.iter().copied()))
            .all(&self.db)
            .await?;
        if tasks.is_empty() {
            return Ok(Vec::new());
        }
        let works = work::Entity::find()
            .filter(work::Column::TaskId.is_in(tasks.iter().map(|t| t.id)))
            .all(&self.db)
            .await?;
        if works.is_empty() {
            return Ok(Vec::new());
        }
        let attempts = attempt::Entity::find()
            .filter(attempt::Column::WorkId.is_in(works.iter().map(|w| w.id)))
            .filter(attempt::Column::Outcome.is_null())
            .order_by_asc(attempt::Column::SubmittedAt)
            .order_by_asc(attempt::Column::Id)
            .all(&self.db)
            .await?;
        attempts
            .into_iter()
            .filter_map(|a| {
                let w = works.iter().find(|w| w.id == a.work_id)?;
                let t = tasks.iter().find(|t| t.id == w.task_id)?;
                Some(owner_of(w).map(|owner| Waiting {
                    attempt_id: a.id,
                    work_id: w.id,
                    task_id: t.id,
                    cohort_id: t.cohort_id,
                    owner,
                    number: a.number,
                    submitted_at: a.submitted_at,
                    late: a.late,
                }))
            })
            .collect()
    }

    /// The attempt with its work, whatever its cohort.
    pub async fn attempt(&self, attempt_id: i32) -> Result<Option<(Work, Attempt)>> {
        let Some(a) = attempt::Entity::find_by_id(attempt_id)
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        let Some(work) = self.work_by_id(a.work_id).await? else {
            return Ok(None);
        };
        let found = work.attempts.iter().find(|x| x.id == attempt_id).cloned();
        Ok(found.map(|attempt| (work, attempt)))
    }

    /// The people a work belongs to.
    pub async fn people_of_work(&self, owner: Owner) -> Result<Vec<i32>> {
        people_of(&self.db, owner).await
    }

    /// The cohorts whose tasks have a file among their attachments, drafts, handings-in
    /// or feedback: (cohort, the task's work's owner when the file is in a work).
    pub async fn file_in_tasks(&self, file_id: i32) -> Result<Vec<(i32, Option<Owner>)>> {
        let mut found = Vec::new();
        for link in task_attachment::Entity::find()
            .filter(task_attachment::Column::FileId.eq(file_id))
            .all(&self.db)
            .await?
        {
            if let Some(t) = task::Entity::find_by_id(link.task_id).one(&self.db).await? {
                found.push((t.cohort_id, None));
            }
        }
        let mut work_ids: Vec<i32> = work_file::Entity::find()
            .filter(work_file::Column::FileId.eq(file_id))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|w| w.work_id)
            .collect();
        let attempt_ids: Vec<i32> = attempt_file::Entity::find()
            .filter(attempt_file::Column::FileId.eq(file_id))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|a| a.attempt_id)
            .collect();
        work_ids.extend(
            attempt::Entity::find()
                .filter(
                    sea_orm::Condition::any()
                        .add(attempt::Column::Id.is_in(attempt_ids))
                        .add(attempt::Column::FeedbackFileId.eq(file_id)),
                )
                .all(&self.db)
                .await?
                .into_iter()
                .map(|a| a.work_id),
        );
        if !work_ids.is_empty() {
            for w in work::Entity::find()
                .filter(work::Column::Id.is_in(work_ids))
                .all(&self.db)
                .await?
            {
                if let Some(t) = task::Entity::find_by_id(w.task_id).one(&self.db).await? {
                    found.push((t.cohort_id, Some(owner_of(&w)?)));
                }
            }
        }
        Ok(found)
    }
}

/// Whether the cohort has a certificate work other than `except`.
async fn certificate_work_of(
    txn: &DatabaseTransaction,
    cohort_id: i32,
    except: Option<i32>,
) -> Result<bool> {
    let mut query = task::Entity::find()
        .filter(task::Column::CohortId.eq(cohort_id))
        .filter(task::Column::Kind.eq_literal(TaskKind::CertificateWork.as_str()));
    if let Some(id) = except {
        query = query.filter(task::Column::Id.ne(id));
    }
    Ok(query.one(txn).await?.is_some())
}
