//! The newsletters: subscriptions with double opt-in and one-click leaving, the
//! newsletters and their archive, and sending through one delivery row per recipient.
//!
//! A send starts in one transaction: the newsletter moves to `sending`, a `pending`
//! delivery row is written for every confirmed subscriber of the editions sent, and the
//! job that sends is queued. The job sends the pending rows a batch at a time, marking
//! each `sent` the moment the SMTP server accepts it, and queues itself again for the
//! next batch; a worker that dies leaves its rows pending, and the job (taken again when
//! its lease runs out) goes on from them, so no one is skipped and no one is sent twice
//! but for the one message in flight at the moment of the crash.

pub mod entity;

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use domain::{
    Lang,
    newsletters::{CONSENT_VERSION, Edition, NewsletterState},
};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    sea_query::{Expr, ExprTrait},
};

use crate::{
    LiteralCondition, Result,
    entity::{newsletter, newsletter_delivery, newsletter_image, newsletter_subscriber},
    files::StoredFile,
    jobs, known, random_token,
};

repository!(
    /// The newsletters, their subscribers and deliveries.
    Newsletters,
    newsletters
);

/// The job that sends a confirmation link to a new subscriber.
pub const CONFIRM_JOB: &str = "newsletters.confirm";
/// The job that sends a newsletter's next batch (or starts a scheduled one).
pub const SEND_JOB: &str = "newsletters.send";

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ConfirmNotice {
    pub subscriber_id: i32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SendNotice {
    pub newsletter_id: i32,
}

/// One address in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subscriber {
    pub id: i32,
    pub email: String,
    pub lang: Lang,
    pub secret: String,
    pub user_id: Option<i32>,
    pub created_at: DateTime<Utc>,
    pub confirmed_at: Option<DateTime<Utc>>,
    pub consent_version: String,
    pub unsubscribed_at: Option<DateTime<Utc>>,
    pub bouncing_at: Option<DateTime<Utc>>,
}

impl Subscriber {
    /// Confirmed, not left, not bouncing: newsletters go to it.
    pub fn is_active(&self) -> bool {
        self.confirmed_at.is_some() && self.unsubscribed_at.is_none() && self.bouncing_at.is_none()
    }
}

fn subscriber_of(m: newsletter_subscriber::Model) -> Result<Subscriber> {
    Ok(Subscriber {
        lang: known(
            "newsletter_subscribers.lang",
            &m.lang,
            Lang::parse(&m.lang).ok(),
        )?,
        id: m.id,
        email: m.email,
        secret: m.secret,
        user_id: m.user_id,
        created_at: m.created_at,
        confirmed_at: m.confirmed_at,
        consent_version: m.consent_version,
        unsubscribed_at: m.unsubscribed_at,
        bouncing_at: m.bouncing_at,
    })
}

/// What a coordinator writes: the subject and the Markdown body in each language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewsletterInput {
    pub subject_fi: String,
    pub subject_sv: String,
    pub body_fi: String,
    pub body_sv: String,
}

impl NewsletterInput {
    pub fn subject(&self, lang: impl std::borrow::Borrow<Lang>) -> &str {
        match lang.borrow() {
            Lang::Sv => &self.subject_sv,
            _ => &self.subject_fi,
        }
    }

    pub fn body(&self, lang: impl std::borrow::Borrow<Lang>) -> &str {
        match lang.borrow() {
            Lang::Sv => &self.body_sv,
            _ => &self.body_fi,
        }
    }

    /// Whether the edition in `lang` has both its subject and its body.
    pub fn is_complete(&self, lang: Lang) -> bool {
        !self.subject(lang).trim().is_empty() && !self.body(lang).trim().is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Newsletter {
    pub id: i32,
    pub input: NewsletterInput,
    pub state: NewsletterState,
    /// The editions that went out.
    pub editions: Vec<Lang>,
    pub scheduled_at: Option<DateTime<Utc>>,
    pub started_at: Option<DateTime<Utc>>,
    pub sent_at: Option<DateTime<Utc>>,
    pub paused_reason: String,
    pub created_at: DateTime<Utc>,
}

impl Newsletter {
    /// The edition a reader of `lang` reads in the archive: theirs where it went out,
    /// else the first that did.
    pub fn edition_for(&self, lang: Lang) -> Lang {
        if self.editions.contains(&lang) || self.editions.is_empty() {
            lang
        } else {
            self.editions[0]
        }
    }
}

fn newsletter_of(m: newsletter::Model) -> Result<Newsletter> {
    Ok(Newsletter {
        id: m.id,
        state: known(
            "newsletters.state",
            &m.state,
            NewsletterState::parse(&m.state),
        )?,
        editions: m
            .editions
            .split(',')
            .filter_map(|code| Lang::parse(code).ok())
            .collect(),
        input: NewsletterInput {
            subject_fi: m.subject_fi,
            subject_sv: m.subject_sv,
            body_fi: m.body_fi,
            body_sv: m.body_sv,
        },
        scheduled_at: m.scheduled_at,
        started_at: m.started_at,
        sent_at: m.sent_at,
        paused_reason: m.paused_reason,
        created_at: m.created_at,
    })
}

/// Where a send stands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub sent: u64,
    pub pending: u64,
    pub failed: u64,
}

/// A delivery to make: the row, and what the message needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    pub id: i32,
    pub email: String,
    pub lang: Lang,
    /// The recipient's secret, for the unsubscribe address.
    pub secret: String,
}

/// Delivery states.
const PENDING: &str = "pending";
const CLAIMED: &str = "claimed";
const SENT: &str = "sent";
const FAILED: &str = "failed";

/// Tries of one message before it is given up as failed.
pub const MAX_TRIES: i32 = 3;

/// What a subscription form led to, per language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subscribed {
    /// A confirmation link is on its way.
    ToConfirm,
    /// It was already confirmed; nothing changes.
    Already,
    /// Confirmed at once (a signed-in person from their profile).
    Confirmed,
}

impl Newsletters {
    /// Subscribes an address in each language. A new or lapsed subscription waits for
    /// its confirmation link (queued in the same transaction) unless `confirmed` (a
    /// signed-in person subscribing their own address), which records the consent now.
    pub async fn subscribe(
        &self,
        email: &str,
        langs: &[Lang],
        user_id: Option<i32>,
        confirmed: bool,
    ) -> Result<Vec<(Lang, Subscribed)>> {
        let txn = self.begin_write().await?;
        let now = Utc::now();
        let mut outcome = Vec::new();
        for lang in langs {
            let found = newsletter_subscriber::Entity::find()
                .filter(newsletter_subscriber::Column::Email.eq(email))
                .filter(newsletter_subscriber::Column::Lang.eq(lang.code()))
                .one(&txn)
                .await?;
            let id = match found {
                Some(row) if row.confirmed_at.is_some() && row.unsubscribed_at.is_none() => {
                    outcome.push((*lang, Subscribed::Already));
                    continue;
                }
                Some(row) => {
                    newsletter_subscriber::Entity::update_many()
                        .col_expr(
                            newsletter_subscriber::Column::UnsubscribedAt,
                            Expr::value(None::<DateTime<Utc>>),
                        )
                        .col_expr(
                            newsletter_subscriber::Column::BouncingAt,
                            Expr::value(None::<DateTime<Utc>>),
                        )
                        .col_expr(
                            newsletter_subscriber::Column::ConfirmedAt,
                            Expr::value(None::<DateTime<Utc>>),
                        )
                        .col_expr(
                            newsletter_subscriber::Column::UserId,
                            Expr::value(user_id.or(row.user_id)),
                        )
                        .filter(newsletter_subscriber::Column::Id.eq(row.id))
                        .exec(&txn)
                        .await?;
                    row.id
                }
                None => {
                    newsletter_subscriber::Entity::insert(newsletter_subscriber::ActiveModel {
                        email: Set(email.to_owned()),
                        lang: Set(lang.code().to_owned()),
                        secret: Set(random_token()),
                        user_id: Set(user_id),
                        created_at: Set(now),
                        confirmed_at: Set(None),
                        consent_version: Set(String::new()),
                        unsubscribed_at: Set(None),
                        bouncing_at: Set(None),
                        ..Default::default()
                    })
                    .exec(&txn)
                    .await?
                    .last_insert_id
                }
            };
            if confirmed {
                consent(&txn, id, now).await?;
                outcome.push((*lang, Subscribed::Confirmed));
            } else {
                jobs::enqueue(&txn, CONFIRM_JOB, &ConfirmNotice { subscriber_id: id }, now).await?;
                outcome.push((*lang, Subscribed::ToConfirm));
            }
        }
        txn.commit().await?;
        Ok(outcome)
    }

    /// Follows a confirmation link: the consent is recorded now, with the text's
    /// version. `None` for an unknown secret.
    pub async fn confirm(&self, secret: &str) -> Result<Option<Subscriber>> {
        let Some(found) = self.subscriber_by_secret(secret).await? else {
            return Ok(None);
        };
        if found.confirmed_at.is_none() && found.unsubscribed_at.is_none() {
            let txn = self.begin_write().await?;
            consent(&txn, found.id, Utc::now()).await?;
            txn.commit().await?;
        }
        self.subscriber_by_secret(secret).await
    }

    /// Leaves the list: `None` for an unknown secret; a second time changes nothing.
    pub async fn unsubscribe(&self, secret: &str) -> Result<Option<Subscriber>> {
        let Some(found) = self.subscriber_by_secret(secret).await? else {
            return Ok(None);
        };
        if found.unsubscribed_at.is_none() {
            let txn = self.begin_write().await?;
            newsletter_subscriber::Entity::update_many()
                .col_expr(
                    newsletter_subscriber::Column::UnsubscribedAt,
                    Expr::value(Utc::now()),
                )
                .filter(newsletter_subscriber::Column::Id.eq(found.id))
                .filter(newsletter_subscriber::Column::UnsubscribedAt.is_null())
                .exec(&txn)
                .await?;
            crate::audit::record(
                &txn,
                found.user_id,
                "newsletter:unsubscribe",
                &format!("subscriber:{}", found.id),
                found.lang.code(),
            )
            .await?;
            txn.commit().await?;
        }
        self.subscriber_by_secret(secret).await
    }

    pub async fn subscriber_by_secret(&self, secret: &str) -> Result<Option<Subscriber>> {
        newsletter_subscriber::Entity::find()
            .filter(newsletter_subscriber::Column::Secret.eq(secret))
            .one(&self.db)
            .await?
            .map(subscriber_of)
            .transpose()
    }

    pub async fn subscriber(&self, id: i32) -> Result<Option<Subscriber>> {
        newsletter_subscriber::Entity::find_by_id(id)
            .one(&self.db)
            .await?
            .map(subscriber_of)
            .transpose()
    }

    /// An address's subscriptions, one per language it ever subscribed in.
    pub async fn subscriptions_of(&self, email: &str) -> Result<Vec<Subscriber>> {
        newsletter_subscriber::Entity::find()
            .filter(newsletter_subscriber::Column::Email.eq(email))
            .order_by_asc(newsletter_subscriber::Column::Lang)
            .all(&self.db)
            .await?
            .into_iter()
            .map(subscriber_of)
            .collect()
    }

    /// Every subscription, the oldest first (for the coordinators' figures and export).
    pub async fn subscribers(&self) -> Result<Vec<Subscriber>> {
        newsletter_subscriber::Entity::find()
            .order_by_asc(newsletter_subscriber::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(subscriber_of)
            .collect()
    }

    /// Active subscribers by language: Finnish, then Swedish.
    pub async fn active_counts(&self) -> Result<Vec<(Lang, u64)>> {
        let mut counts = Vec::new();
        for lang in [Lang::Fi, Lang::Sv] {
            counts.push((lang, active(lang).count(&self.db).await?));
        }
        Ok(counts)
    }

    /// The editions as sending sees them.
    pub async fn editions(&self, input: &NewsletterInput) -> Result<Vec<Edition>> {
        let counts = self.active_counts().await?;
        Ok([Lang::Fi, Lang::Sv]
            .into_iter()
            .map(|lang| Edition {
                lang,
                complete: input.is_complete(lang),
                subscribers: counts
                    .iter()
                    .find(|(l, _)| *l == lang)
                    .map_or(0, |(_, n)| *n),
            })
            .collect())
    }

    pub async fn create(&self, input: &NewsletterInput, author: i32) -> Result<i32> {
        let now = Utc::now();
        let txn = self.begin_write().await?;
        let id = newsletter::Entity::insert(newsletter::ActiveModel {
            subject_fi: Set(input.subject_fi.clone()),
            subject_sv: Set(input.subject_sv.clone()),
            body_fi: Set(input.body_fi.clone()),
            body_sv: Set(input.body_sv.clone()),
            state: Set(NewsletterState::Draft.as_str().to_owned()),
            editions: Set(String::new()),
            scheduled_at: Set(None),
            started_at: Set(None),
            sent_at: Set(None),
            paused_reason: Set(String::new()),
            created_by: Set(Some(author)),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        })
        .exec(&txn)
        .await?
        .last_insert_id;
        crate::audit::record(
            &txn,
            Some(author),
            "newsletter:create",
            &format!("newsletter:{id}"),
            "",
        )
        .await?;
        txn.commit().await?;
        Ok(id)
    }

    /// Saves the texts while the newsletter has not started going out; false after.
    pub async fn update(&self, id: i32, input: &NewsletterInput, actor: i32) -> Result<bool> {
        let txn = self.begin_write().await?;
        let changed = newsletter::Entity::update_many()
            .col_expr(
                newsletter::Column::SubjectFi,
                Expr::value(input.subject_fi.clone()),
            )
            .col_expr(
                newsletter::Column::SubjectSv,
                Expr::value(input.subject_sv.clone()),
            )
            .col_expr(
                newsletter::Column::BodyFi,
                Expr::value(input.body_fi.clone()),
            )
            .col_expr(
                newsletter::Column::BodySv,
                Expr::value(input.body_sv.clone()),
            )
            .col_expr(newsletter::Column::UpdatedAt, Expr::value(Utc::now()))
            // Why a scheduled send could not start was about the texts as they were.
            .col_expr(newsletter::Column::PausedReason, Expr::value(String::new()))
            .filter(newsletter::Column::Id.eq(id))
            .filter(
                newsletter::Column::State
                    .is_in(editable().into_iter().map(NewsletterState::as_str)),
            )
            .exec(&txn)
            .await?
            .rows_affected
            == 1;
        if changed {
            crate::audit::record(
                &txn,
                Some(actor),
                "newsletter:edit",
                &format!("newsletter:{id}"),
                "",
            )
            .await?;
            txn.commit().await?;
        }
        Ok(changed)
    }

    pub async fn newsletter(&self, id: i32) -> Result<Option<Newsletter>> {
        newsletter::Entity::find_by_id(id)
            .one(&self.db)
            .await?
            .map(newsletter_of)
            .transpose()
    }

    /// Every newsletter, the newest first (the coordinators' list).
    pub async fn all(&self) -> Result<Vec<Newsletter>> {
        newsletter::Entity::find()
            .order_by_desc(newsletter::Column::CreatedAt)
            .order_by_desc(newsletter::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(newsletter_of)
            .collect()
    }

    /// The sent newsletters, the newest first: the public archive.
    pub async fn archive(&self) -> Result<Vec<Newsletter>> {
        newsletter::Entity::find()
            .filter(newsletter::Column::State.eq_literal(NewsletterState::Sent.as_str()))
            .order_by_desc(newsletter::Column::SentAt)
            .order_by_desc(newsletter::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(newsletter_of)
            .collect()
    }

    /// Sets a time for the send; the job that starts it is queued for then.
    pub async fn schedule(&self, id: i32, at: DateTime<Utc>, actor: i32) -> Result<bool> {
        let txn = self.begin_write().await?;
        let scheduled = moved(
            moving(id, &editable(), NewsletterState::Scheduled)
                .col_expr(newsletter::Column::ScheduledAt, Expr::value(at)),
            &txn,
        )
        .await?;
        if scheduled {
            jobs::enqueue(&txn, SEND_JOB, &SendNotice { newsletter_id: id }, at).await?;
            crate::audit::record(
                &txn,
                Some(actor),
                "newsletter:schedule",
                &format!("newsletter:{id}"),
                &at.to_rfc3339(),
            )
            .await?;
            txn.commit().await?;
        }
        Ok(scheduled)
    }

    /// Starts the send of these editions: the newsletter is `sending`, a pending
    /// delivery is written for every active subscriber of them, and the sending job is
    /// queued, all in one transaction. False when it had already started.
    pub async fn start(&self, id: i32, editions: &[Lang], actor: Option<i32>) -> Result<bool> {
        let txn = self.begin_write().await?;
        let now = Utc::now();
        let codes: Vec<&str> = editions.iter().map(|l| l.code()).collect();
        let started = moved(
            moving(id, &editable(), NewsletterState::Sending)
                .col_expr(newsletter::Column::StartedAt, Expr::value(now))
                .col_expr(newsletter::Column::Editions, Expr::value(codes.join(","))),
            &txn,
        )
        .await?;
        if !started {
            return Ok(false);
        }
        let mut recipients = Vec::new();
        for lang in editions {
            recipients.extend(active(*lang).all(&txn).await?.into_iter().map(|s| s.id));
        }
        for chunk in recipients.chunks(1000) {
            newsletter_delivery::Entity::insert_many(chunk.iter().map(|subscriber_id| {
                newsletter_delivery::ActiveModel {
                    newsletter_id: Set(id),
                    subscriber_id: Set(*subscriber_id),
                    state: Set(PENDING.to_owned()),
                    attempts: Set(0),
                    error: Set(String::new()),
                    claimed_at: Set(None),
                    sent_at: Set(None),
                    ..Default::default()
                }
            }))
            .exec_without_returning(&txn)
            .await?;
        }
        jobs::enqueue(&txn, SEND_JOB, &SendNotice { newsletter_id: id }, now).await?;
        crate::audit::record(
            &txn,
            actor,
            "newsletter:send",
            &format!("newsletter:{id}"),
            &format!("{} recipients", recipients.len()),
        )
        .await?;
        txn.commit().await?;
        Ok(true)
    }

    /// The next pending deliveries of a send, the oldest first. A delivery claimed
    /// longer ago than a job's lease was a worker's that died: it is pending again.
    pub async fn pending(
        &self,
        id: i32,
        limit: u64,
        lease: chrono::Duration,
    ) -> Result<Vec<Delivery>> {
        use sea_orm::QuerySelect;
        newsletter_delivery::Entity::update_many()
            .col_expr(newsletter_delivery::Column::State, Expr::value(PENDING))
            .filter(newsletter_delivery::Column::NewsletterId.eq(id))
            .filter(newsletter_delivery::Column::State.eq(CLAIMED))
            .filter(newsletter_delivery::Column::ClaimedAt.lt(Utc::now() - lease))
            .exec(&self.db)
            .await?;
        let rows = newsletter_delivery::Entity::find()
            .filter(newsletter_delivery::Column::NewsletterId.eq(id))
            .filter(newsletter_delivery::Column::State.eq(PENDING))
            .order_by_asc(newsletter_delivery::Column::Id)
            .limit(limit)
            .all(&self.db)
            .await?;
        let ids: Vec<i32> = rows.iter().map(|d| d.subscriber_id).collect();
        let subscribers: BTreeMap<i32, newsletter_subscriber::Model> =
            newsletter_subscriber::Entity::find()
                .filter(newsletter_subscriber::Column::Id.is_in(ids))
                .all(&self.db)
                .await?
                .into_iter()
                .map(|s| (s.id, s))
                .collect();
        rows.into_iter()
            .filter_map(|d| subscribers.get(&d.subscriber_id).map(|s| (d, s)))
            .map(|(d, s)| {
                Ok(Delivery {
                    id: d.id,
                    email: s.email.clone(),
                    lang: known(
                        "newsletter_subscribers.lang",
                        &s.lang,
                        Lang::parse(&s.lang).ok(),
                    )?,
                    secret: s.secret.clone(),
                })
            })
            .collect()
    }

    /// Takes a pending delivery to send it; false when another worker has it.
    pub async fn claim(&self, delivery_id: i32) -> Result<bool> {
        Ok(newsletter_delivery::Entity::update_many()
            .col_expr(newsletter_delivery::Column::State, Expr::value(CLAIMED))
            .col_expr(
                newsletter_delivery::Column::ClaimedAt,
                Expr::value(Utc::now()),
            )
            .filter(newsletter_delivery::Column::Id.eq(delivery_id))
            .filter(newsletter_delivery::Column::State.eq(PENDING))
            .exec(&self.db)
            .await?
            .rows_affected
            == 1)
    }

    /// Marks a claimed delivery sent, the moment the SMTP server took it.
    pub async fn mark_sent(&self, delivery_id: i32) -> Result<bool> {
        Ok(newsletter_delivery::Entity::update_many()
            .col_expr(newsletter_delivery::Column::State, Expr::value(SENT))
            .col_expr(newsletter_delivery::Column::SentAt, Expr::value(Utc::now()))
            .col_expr(
                newsletter_delivery::Column::Attempts,
                Expr::col(newsletter_delivery::Column::Attempts).add(1),
            )
            .filter(newsletter_delivery::Column::Id.eq(delivery_id))
            .filter(newsletter_delivery::Column::State.eq(CLAIMED))
            .exec(&self.db)
            .await?
            .rows_affected
            == 1)
    }

    /// Notes a failed delivery: a permanent failure marks the address bouncing and
    /// gives the delivery up; a passing one is tried again up to `MAX_TRIES`.
    pub async fn mark_failed(
        &self,
        delivery: &Delivery,
        permanent: bool,
        error: &str,
    ) -> Result<()> {
        let txn = self.begin_write().await?;
        let Some(row) = newsletter_delivery::Entity::find_by_id(delivery.id)
            .one(&txn)
            .await?
        else {
            return Ok(());
        };
        let attempts = row.attempts + 1;
        let give_up = permanent || attempts >= MAX_TRIES;
        newsletter_delivery::Entity::update_many()
            .col_expr(newsletter_delivery::Column::Attempts, Expr::value(attempts))
            .col_expr(
                newsletter_delivery::Column::Error,
                Expr::value(error.chars().take(500).collect::<String>()),
            )
            .col_expr(
                newsletter_delivery::Column::State,
                Expr::value(if give_up { FAILED } else { PENDING }),
            )
            .filter(newsletter_delivery::Column::Id.eq(delivery.id))
            .filter(newsletter_delivery::Column::State.is_in([PENDING, CLAIMED]))
            .exec(&txn)
            .await?;
        if permanent {
            newsletter_subscriber::Entity::update_many()
                .col_expr(
                    newsletter_subscriber::Column::BouncingAt,
                    Expr::value(Utc::now()),
                )
                .filter(newsletter_subscriber::Column::Id.eq(row.subscriber_id))
                .exec(&txn)
                .await?;
        }
        txn.commit().await?;
        Ok(())
    }

    /// Takes a scheduled newsletter back to a draft when it could not start, with the
    /// reason (a Fluent id) for the coordinator to read.
    pub async fn unschedule(&self, id: i32, reason: &str) -> Result<bool> {
        moved(
            unscheduling(id).col_expr(
                newsletter::Column::PausedReason,
                Expr::value(reason.to_owned()),
            ),
            &self.db,
        )
        .await
    }

    /// A coordinator takes a scheduled send back to a draft; its job, when its time
    /// comes, finds nothing to start. False when it was not scheduled (any more).
    pub async fn cancel_schedule(&self, id: i32, actor: i32) -> Result<bool> {
        let txn = self.begin_write().await?;
        let cancelled = moved(
            unscheduling(id).col_expr(newsletter::Column::PausedReason, Expr::value(String::new())),
            &txn,
        )
        .await?;
        if cancelled {
            crate::audit::record(
                &txn,
                Some(actor),
                "newsletter:unschedule",
                &format!("newsletter:{id}"),
                "",
            )
            .await?;
            txn.commit().await?;
        }
        Ok(cancelled)
    }

    /// Pauses a send for a coordinator to look, with the reason.
    pub async fn pause(&self, id: i32, reason: &str) -> Result<bool> {
        moved(
            moving(id, &[NewsletterState::Sending], NewsletterState::Paused).col_expr(
                newsletter::Column::PausedReason,
                Expr::value(reason.to_owned()),
            ),
            &self.db,
        )
        .await
    }

    /// Resumes a paused send: its job is queued again.
    pub async fn resume(&self, id: i32, actor: i32) -> Result<bool> {
        let txn = self.begin_write().await?;
        let resumed = moved(
            moving(id, &[NewsletterState::Paused], NewsletterState::Sending)
                .col_expr(newsletter::Column::PausedReason, Expr::value(String::new())),
            &txn,
        )
        .await?;
        if resumed {
            jobs::enqueue(
                &txn,
                SEND_JOB,
                &SendNotice { newsletter_id: id },
                Utc::now(),
            )
            .await?;
            crate::audit::record(
                &txn,
                Some(actor),
                "newsletter:resume",
                &format!("newsletter:{id}"),
                "",
            )
            .await?;
            txn.commit().await?;
        }
        Ok(resumed)
    }

    /// Adds a kept image to a newsletter whose texts may still change; false when they
    /// no longer may (its send started meanwhile).
    pub async fn add_image(&self, id: i32, file: &StoredFile, actor: i32) -> Result<bool> {
        let txn = self.begin_write().await?;
        let editable = newsletter::Entity::find_by_id(id)
            .filter(
                newsletter::Column::State
                    .is_in(editable().into_iter().map(NewsletterState::as_str)),
            )
            .one(&txn)
            .await?
            .is_some();
        if !editable {
            return Ok(false);
        }
        newsletter_image::Entity::insert(newsletter_image::ActiveModel {
            newsletter_id: Set(id),
            file_id: Set(file.id),
        })
        .exec_without_returning(&txn)
        .await?;
        crate::audit::record(
            &txn,
            Some(actor),
            "newsletter:image",
            &format!("newsletter:{id}"),
            &format!("file:{}", file.id),
        )
        .await?;
        txn.commit().await?;
        Ok(true)
    }

    /// A newsletter's images, in the order they were added.
    pub async fn images(&self, id: i32) -> Result<Vec<StoredFile>> {
        let ids: Vec<i32> = newsletter_image::Entity::find()
            .filter(newsletter_image::Column::NewsletterId.eq(id))
            .order_by_asc(newsletter_image::Column::FileId)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|l| l.file_id)
            .collect();
        let mut files = crate::files::by_id(&self.db, &ids).await?;
        Ok(ids.iter().filter_map(|id| files.remove(id)).collect())
    }

    /// The states of the newsletters that show a file.
    pub async fn file_in_newsletters(&self, file_id: i32) -> Result<Vec<NewsletterState>> {
        let ids: Vec<i32> = newsletter_image::Entity::find()
            .filter(newsletter_image::Column::FileId.eq(file_id))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|l| l.newsletter_id)
            .collect();
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        Ok(newsletter::Entity::find()
            .filter(newsletter::Column::Id.is_in(ids))
            .all(&self.db)
            .await?
            .iter()
            .filter_map(|n| NewsletterState::parse(&n.state))
            .collect())
    }

    /// Queues the send's next batch, to run at `at`.
    pub async fn continue_later(&self, id: i32, at: DateTime<Utc>) -> Result<()> {
        jobs::enqueue(&self.db, SEND_JOB, &SendNotice { newsletter_id: id }, at).await?;
        Ok(())
    }

    /// Marks the send done when nothing is pending; says whether it is.
    pub async fn finish_if_done(&self, id: i32) -> Result<bool> {
        if self.progress(id).await?.pending > 0 {
            return Ok(false);
        }
        moved(
            moving(id, &[NewsletterState::Sending], NewsletterState::Sent)
                .col_expr(newsletter::Column::SentAt, Expr::value(Utc::now())),
            &self.db,
        )
        .await?;
        Ok(true)
    }

    pub async fn progress(&self, id: i32) -> Result<Progress> {
        let count = |state: &'static str| {
            newsletter_delivery::Entity::find()
                .filter(newsletter_delivery::Column::NewsletterId.eq(id))
                .filter(newsletter_delivery::Column::State.eq(state))
                .count(&self.db)
        };
        Ok(Progress {
            sent: count(SENT).await?,
            pending: count(PENDING).await? + count(CLAIMED).await?,
            failed: count(FAILED).await?,
        })
    }
}

/// The states in which a newsletter's texts may change and its send may start.
fn editable() -> Vec<NewsletterState> {
    NewsletterState::ALL
        .into_iter()
        .filter(|s| s.is_editable())
        .collect()
}

/// The conditional update that moves a newsletter from one of `from` to `to`; the
/// caller adds what else changes with the move.
fn moving(
    id: i32,
    from: &[NewsletterState],
    to: NewsletterState,
) -> sea_orm::UpdateMany<newsletter::Entity> {
    newsletter::Entity::update_many()
        .col_expr(newsletter::Column::State, Expr::value(to.as_str()))
        .filter(newsletter::Column::Id.eq(id))
        .filter(newsletter::Column::State.is_in(from.iter().map(|s| s.as_str())))
}

/// A scheduled newsletter back to a draft, with no time set.
fn unscheduling(id: i32) -> sea_orm::UpdateMany<newsletter::Entity> {
    moving(id, &[NewsletterState::Scheduled], NewsletterState::Draft).col_expr(
        newsletter::Column::ScheduledAt,
        Expr::value(Option::<DateTime<Utc>>::None),
    )
}

/// Runs a move; says whether it moved the newsletter (no one else moved it first).
async fn moved(
    update: sea_orm::UpdateMany<newsletter::Entity>,
    db: &impl ConnectionTrait,
) -> Result<bool> {
    Ok(update.exec(db).await?.rows_affected == 1)
}

/// The active subscribers of a language.
fn active(lang: Lang) -> sea_orm::Select<newsletter_subscriber::Entity> {
    newsletter_subscriber::Entity::find()
        .filter(newsletter_subscriber::Column::Lang.eq(lang.code()))
        .filter(newsletter_subscriber::Column::ConfirmedAt.is_not_null())
        .filter(newsletter_subscriber::Column::UnsubscribedAt.is_null())
        .filter(newsletter_subscriber::Column::BouncingAt.is_null())
        .order_by_asc(newsletter_subscriber::Column::Id)
}

/// Records the consent to the current text, now.
async fn consent(db: &impl ConnectionTrait, id: i32, now: DateTime<Utc>) -> Result<()> {
    newsletter_subscriber::Entity::update_many()
        .col_expr(newsletter_subscriber::Column::ConfirmedAt, Expr::value(now))
        .col_expr(
            newsletter_subscriber::Column::ConsentVersion,
            Expr::value(CONSENT_VERSION),
        )
        .filter(newsletter_subscriber::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}
