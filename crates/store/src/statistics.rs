//! What the yearly statistics are counted from: for each year, the records of every
//! service (`domain::statistics::Record`), read with one grouped query per kind of
//! record, and the organisations as the counting rules see them. The counting itself
//! is `domain::statistics::Counts`, given the records one at a time.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use chrono_tz::Europe::Helsinki;
use domain::{
    OrgKind,
    coaching::Enrolment,
    events::{EventKind, EventStatus, Standing},
    statistics::{Activity, Organisation, Record, Years},
};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect,
    RelationDef, sea_query::Expr,
};
use serde::{
    Deserializer, Serialize,
    de::{DeserializeSeed, Error as _, SeqAccess, Visitor},
};

use crate::{
    LiteralCondition, Result, StoreError,
    entity::{
        certificate, cohort, cohort_organisation, event, newsletter, newsletter_subscriber,
        organisation, part_progress, participant, registration, solution, solution_campaign,
        sparring_application, sparring_day, statistics_year, theme, user,
    },
    known,
};

/// The job that counts the statistics again, every night.
pub const REFRESH_JOB: &str = "statistics.refresh";

/// The first year the refresh job counts: before the programme's first cohort.
pub const FIRST_YEAR: i32 = 2010;

/// The most records kept in one part of a year (about 180 KB of text): a page holds
/// one part's text at a time.
pub const PART: usize = 8192;

/// A year's records as the refresh keeps them: by activity, each record as an array of
/// its person, organisation, item and amount (`[12345,67,null,40]`). Written whole, as
/// an object with its year, activity and fields' names, a record was six times as long,
/// and a page of a year of a million registrations read and parsed all that text.
/// A year is kept in parts of at most [`PART`] records, each a `Kept` of its own, and
/// read back a part and a record at a time by [`KeptInto`].
#[derive(Debug, Default, Serialize)]
struct Kept(Vec<(Activity, Vec<KeptRecord>)>);

/// A record's person, organisation, item and amount.
type KeptRecord = (Option<i32>, Option<i32>, Option<i32>, u64);

impl Kept {
    /// The records, in their order, each run of one activity together.
    fn of(records: &[Record]) -> Kept {
        let mut kept = Kept::default();
        for r in records {
            let row = (r.person, r.organisation, r.item, r.amount);
            match kept.0.last_mut() {
                Some((activity, rows)) if *activity == r.activity => rows.push(row),
                _ => kept.0.push((r.activity, vec![row])),
            }
        }
        kept
    }
}

/// Gives a year's [`Kept`] records to `each`, one at a time as they are parsed: a
/// year keeps a record for each person and kind of event they were registered for (and
/// another where they were there), so neither the kept form nor the records are ever
/// held whole.
struct KeptInto<'a> {
    year: i32,
    each: &'a mut dyn FnMut(&Record),
}

impl KeptInto<'_> {
    fn read(year: i32, json: &str, each: &mut dyn FnMut(&Record)) -> serde_json::Result<()> {
        let mut parser = serde_json::Deserializer::from_str(json);
        KeptInto { year, each }.deserialize(&mut parser)?;
        parser.end()
    }
}

impl<'de> DeserializeSeed<'de> for KeptInto<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, parser: D) -> Result<(), D::Error> {
        parser.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for KeptInto<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a list of activities, each with its records")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut runs: A) -> Result<(), A::Error> {
        let year = self.year;
        while runs
            .next_element_seed(Run {
                year,
                each: &mut *self.each,
            })?
            .is_some()
        {}
        Ok(())
    }
}

/// One activity's run of kept records: `[activity, [record, ...]]`.
struct Run<'a> {
    year: i32,
    each: &'a mut dyn FnMut(&Record),
}

impl<'de> DeserializeSeed<'de> for Run<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, parser: D) -> Result<(), D::Error> {
        parser.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Run<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an activity and its records")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut pair: A) -> Result<(), A::Error> {
        let activity: Activity = pair
            .next_element()?
            .ok_or_else(|| A::Error::invalid_length(0, &self))?;
        let rows = Rows {
            year: self.year,
            activity,
            each: self.each,
        };
        pair.next_element_seed(rows)?
            .ok_or_else(|| A::Error::invalid_length(1, &"an activity and its records"))
    }
}

/// The records of one activity, each `[person, organisation, item, amount]`.
struct Rows<'a> {
    year: i32,
    activity: Activity,
    each: &'a mut dyn FnMut(&Record),
}

impl<'de> DeserializeSeed<'de> for Rows<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, parser: D) -> Result<(), D::Error> {
        parser.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Rows<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("records of an activity")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut rows: A) -> Result<(), A::Error> {
        while let Some((person, organisation, item, amount)) = rows.next_element::<KeptRecord>()? {
            (self.each)(&Record {
                year: self.year,
                activity: self.activity,
                person,
                organisation,
                item,
                amount,
            });
        }
        Ok(())
    }
}

repository!(
    /// The records the yearly statistics are counted from.
    Statistics,
    statistics
);

/// A year's bounds: its first instant and the next year's, in Helsinki, as UTC; and
/// its first and last day.
struct Bounds {
    from: DateTime<Utc>,
    until: DateTime<Utc>,
    first_day: NaiveDate,
    last_day: NaiveDate,
}

fn bounds(year: i32) -> Bounds {
    let start = |y: i32| {
        let day = NaiveDate::from_ymd_opt(y, 1, 1).unwrap_or_default();
        Helsinki
            .from_local_datetime(&day.and_hms_opt(0, 0, 0).unwrap_or_default())
            .earliest()
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_default()
    };
    Bounds {
        from: start(year),
        until: start(year + 1),
        first_day: NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_default(),
        last_day: NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or_default(),
    }
}

/// The join of a row's `user_id` to its person, for their organisation.
fn to_user<E: EntityTrait>(from: E::Column) -> RelationDef {
    E::belongs_to(user::Entity)
        .from(from)
        .to(user::Column::Id)
        .into()
}

fn amount(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

impl Statistics {
    /// The organisations, with who each is once (business ID), kind, region and group.
    pub async fn organisations(&self) -> Result<Vec<Organisation>> {
        // Id, business ID, kind, region, parent.
        type Row = (i32, Option<String>, String, Option<String>, Option<i32>);
        let rows: Vec<Row> = organisation::Entity::find()
            .select_only()
            .columns([
                organisation::Column::Id,
                organisation::Column::BusinessId,
                organisation::Column::Kind,
                organisation::Column::Region,
                organisation::Column::ParentId,
            ])
            .into_tuple()
            .all(&self.db)
            .await?;
        rows.into_iter()
            .map(|(id, business_id, kind, region, parent_id)| {
                Ok(Organisation {
                    id,
                    business_id,
                    kind: known("organisations.kind", &kind, OrgKind::parse(&kind).ok())?,
                    region: crate::organisations::region(region.as_deref())?,
                    parent_id,
                })
            })
            .collect()
    }

    /// Gives every record of the years to `each`, one at a time: a year the refresh
    /// job has counted is read as it counted it, one part's text at a time, and any
    /// other is counted now. Returns when the oldest count read was made, if any was.
    pub async fn records(
        &self,
        years: Years,
        mut each: impl FnMut(&Record),
    ) -> Result<Option<DateTime<Utc>>> {
        let mut counted_at: Option<DateTime<Utc>> = None;
        for year in years.iter() {
            let mut part = 0;
            while let Some(kept) = statistics_year::Entity::find_by_id((year, part))
                .one(&self.db)
                .await?
            {
                KeptInto::read(year, &kept.records, &mut each).map_err(|e| {
                    StoreError::BuiltInData(format!("statistics of {year}, part {part}: {e}"))
                })?;
                let at = kept.counted_at;
                counted_at = Some(counted_at.map_or(at, |oldest| oldest.min(at)));
                part += 1;
            }
            if part == 0 {
                self.year(year).await?.iter().for_each(&mut each);
            }
        }
        Ok(counted_at)
    }

    /// Counts every year from [`FIRST_YEAR`] to `this_year` again and keeps each, in
    /// its own transaction, in parts of at most [`PART`] records (a year with none in
    /// one empty part); returns how many records were kept.
    pub async fn refresh(&self, this_year: i32) -> Result<usize> {
        self.refresh_in_parts(this_year, PART).await
    }

    /// [`refresh`](Self::refresh) with parts of at most `most` records.
    pub async fn refresh_in_parts(&self, this_year: i32, most: usize) -> Result<usize> {
        let mut kept = 0;
        for year in FIRST_YEAR..=this_year {
            let records = self.year(year).await?;
            kept += records.len();
            let mut some: Vec<&[Record]> = records.chunks(most.max(1)).collect();
            if some.is_empty() {
                some.push(&[]);
            }
            let parts = some
                .into_iter()
                .map(|part| serde_json::to_string(&Kept::of(part)))
                .collect::<serde_json::Result<Vec<String>>>()
                .map_err(|e| StoreError::BuiltInData(format!("statistics of {year}: {e}")))?;
            let counted_at = Utc::now();
            let txn = self.begin_write().await?;
            statistics_year::Entity::delete_many()
                .filter(statistics_year::Column::Year.eq(year))
                .exec(&txn)
                .await?;
            for (part, records) in (0..).zip(parts) {
                statistics_year::Entity::insert(statistics_year::ActiveModel {
                    year: Set(year),
                    part: Set(part),
                    records: Set(records),
                    counted_at: Set(counted_at),
                })
                .exec(&txn)
                .await?;
            }
            txn.commit().await?;
        }
        Ok(kept)
    }

    /// Queues the refresh at `at` unless one is already waiting: the job queues its
    /// next night itself, and every start of the server makes sure the chain exists.
    /// `running` is the refresh job that asks for its successor, which is not waiting.
    pub async fn queue_refresh(&self, at: DateTime<Utc>, running: Option<i64>) -> Result<bool> {
        self.jobs()
            .queue_unless_waiting(REFRESH_JOB, at, running)
            .await
    }

    async fn year(&self, year: i32) -> Result<Vec<Record>> {
        let b = bounds(year);
        let mut out = Vec::new();
        let mut push = |activity, person, organisation, item, n: u64| {
            out.push(Record {
                year,
                activity,
                person,
                organisation,
                item,
                amount: n,
            });
        };

        // The academy: parts started in the year, by person.
        let used: Vec<(i32, i32, i64)> = part_progress::Entity::find()
            .select_only()
            .column(part_progress::Column::UserId)
            .column(user::Column::OrganisationId)
            .column_as(part_progress::Column::PartId.count(), "n")
            .join(
                sea_orm::JoinType::InnerJoin,
                to_user::<part_progress::Entity>(part_progress::Column::UserId),
            )
            .filter(part_progress::Column::StartedAt.gte(b.from))
            .filter(part_progress::Column::StartedAt.lt(b.until))
            .group_by(part_progress::Column::UserId)
            .group_by(user::Column::OrganisationId)
            .into_tuple()
            .all(&self.db)
            .await?;
        for (person, org, n) in used {
            push(
                Activity::AcademyUse,
                Some(person),
                Some(org),
                None,
                amount(n),
            );
        }
        let themes = theme::Entity::find()
            .filter(theme::Column::FirstPublishedAt.gte(b.from))
            .filter(theme::Column::FirstPublishedAt.lt(b.until))
            .count(&self.db)
            .await?;
        push(Activity::ThemePublished, None, None, None, themes);

        // Events held in the year: confirmed registrations, and who was there, in one
        // pass (`attended` is a boolean on PostgreSQL and 0 or 1 on SQLite; both read
        // it as a condition).
        let rows: Vec<(String, i32, i32, i64, i64)> = registration::Entity::find()
            .select_only()
            .column(event::Column::Kind)
            .column(registration::Column::UserId)
            .column(user::Column::OrganisationId)
            .column_as(registration::Column::Id.count(), "n")
            .column_as(
                Expr::cust("SUM(CASE WHEN registrations.attended THEN 1 ELSE 0 END)"),
                "present",
            )
            .join(
                sea_orm::JoinType::InnerJoin,
                registration::Entity::belongs_to(event::Entity)
                    .from(registration::Column::EventId)
                    .to(event::Column::Id)
                    .into(),
            )
            .join(
                sea_orm::JoinType::InnerJoin,
                to_user::<registration::Entity>(registration::Column::UserId),
            )
            .filter(event::Column::StartsAt.gte(b.from))
            .filter(event::Column::StartsAt.lt(b.until))
            // Named rather than "not cancelled", so that the planner starts from the
            // year's events (`ix_events_starts`: status, then time) and takes their
            // registrations by event, instead of reading every registration each year.
            .filter(
                event::Column::Status
                    .is_in_literals([EventStatus::Draft.as_str(), EventStatus::Published.as_str()]),
            )
            .filter(registration::Column::Standing.eq_literal(Standing::Confirmed.as_str()))
            .group_by(event::Column::Kind)
            .group_by(registration::Column::UserId)
            .group_by(user::Column::OrganisationId)
            .into_tuple()
            .all(&self.db)
            .await?;
        for (kind, person, org, n, present) in rows {
            let kind = known("events.kind", &kind, EventKind::parse(&kind).ok())?;
            push(
                Activity::Registration(kind),
                Some(person),
                Some(org),
                None,
                amount(n),
            );
            if present > 0 {
                push(
                    Activity::Attendance(kind),
                    Some(person),
                    Some(org),
                    None,
                    amount(present),
                );
            }
        }

        // Coaching: the cohorts running at some time of the year, their confirmed
        // participants and organisations; the certificates granted and standing.
        let running: Vec<i32> = cohort::Entity::find()
            .select_only()
            .column(cohort::Column::Id)
            .filter(cohort::Column::StartsOn.lte(b.last_day))
            .filter(cohort::Column::EndsOn.gte(b.first_day))
            .into_tuple()
            .all(&self.db)
            .await?;
        for id in &running {
            push(Activity::CohortRunning, None, None, Some(*id), 1);
        }
        let enrolled: Vec<(i32, i32, i32)> = participant::Entity::find()
            .select_only()
            .column(participant::Column::CohortId)
            .column(participant::Column::UserId)
            .column(user::Column::OrganisationId)
            .join(
                sea_orm::JoinType::InnerJoin,
                to_user::<participant::Entity>(participant::Column::UserId),
            )
            .filter(participant::Column::CohortId.is_in(running.clone()))
            .filter(participant::Column::Enrolment.eq_literal(Enrolment::Confirmed.as_str()))
            .into_tuple()
            .all(&self.db)
            .await?;
        for (cohort, person, org) in enrolled {
            push(
                Activity::Enrolment,
                Some(person),
                Some(org),
                Some(cohort),
                1,
            );
        }
        let taking_part: Vec<(i32, i32)> = cohort_organisation::Entity::find()
            .select_only()
            .column(cohort_organisation::Column::CohortId)
            .column(cohort_organisation::Column::OrganisationId)
            .filter(cohort_organisation::Column::CohortId.is_in(running))
            .into_tuple()
            .all(&self.db)
            .await?;
        for (cohort, org) in taking_part {
            push(
                Activity::CohortOrganisation,
                None,
                Some(org),
                Some(cohort),
                1,
            );
        }
        let certificates: Vec<(Option<i32>, i32, i64)> = certificate::Entity::find()
            .select_only()
            .column(certificate::Column::UserId)
            .column(certificate::Column::OrganisationId)
            .column_as(certificate::Column::Id.count(), "n")
            .filter(certificate::Column::IssuedOn.gte(b.first_day))
            .filter(certificate::Column::IssuedOn.lte(b.last_day))
            .filter(certificate::Column::RevokedOn.is_null())
            .group_by(certificate::Column::UserId)
            .group_by(certificate::Column::OrganisationId)
            .into_tuple()
            .all(&self.db)
            .await?;
        for (person, org, n) in certificates {
            push(Activity::Certificate, person, Some(org), None, amount(n));
        }

        // Sparring: applications handed in, days granted, days held.
        let applications: Vec<(i32, Option<i32>, i64, i64)> = sparring_application::Entity::find()
            .select_only()
            .column(sparring_application::Column::OrganisationId)
            .column(sparring_application::Column::AppliedBy)
            .column_as(sparring_application::Column::Id.count(), "n")
            .column_as(sparring_application::Column::DaysGranted.sum(), "days")
            .filter(sparring_application::Column::SubmittedAt.gte(b.from))
            .filter(sparring_application::Column::SubmittedAt.lt(b.until))
            .group_by(sparring_application::Column::OrganisationId)
            .group_by(sparring_application::Column::AppliedBy)
            .into_tuple()
            .all(&self.db)
            .await?;
        for (org, person, n, days) in applications {
            push(Activity::Application, person, Some(org), None, amount(n));
            if days > 0 {
                push(Activity::DaysGranted, None, Some(org), None, amount(days));
            }
        }
        let held: Vec<(i32, i64)> = sparring_day::Entity::find()
            .select_only()
            .column(sparring_application::Column::OrganisationId)
            .column_as(sparring_day::Column::Id.count(), "n")
            .join(
                sea_orm::JoinType::InnerJoin,
                sparring_day::Entity::belongs_to(sparring_application::Entity)
                    .from(sparring_day::Column::ApplicationId)
                    .to(sparring_application::Column::Id)
                    .into(),
            )
            .filter(sparring_day::Column::HeldOn.gte(b.first_day))
            .filter(sparring_day::Column::HeldOn.lte(b.last_day))
            .group_by(sparring_application::Column::OrganisationId)
            .into_tuple()
            .all(&self.db)
            .await?;
        for (org, n) in held {
            push(Activity::DayHeld, None, Some(org), None, amount(n));
        }

        // The progress arena: solutions handed in and approved, campaigns opened.
        for (activity, at) in [
            (Activity::SolutionSubmitted, solution::Column::SubmittedAt),
            (Activity::SolutionApproved, solution::Column::ApprovedAt),
        ] {
            let rows: Vec<(i32, Option<i32>, i64)> = solution::Entity::find()
                .select_only()
                .column(solution::Column::OrganisationId)
                .column(solution::Column::AuthorId)
                .column_as(solution::Column::Id.count(), "n")
                .filter(at.gte(b.from))
                .filter(at.lt(b.until))
                .group_by(solution::Column::OrganisationId)
                .group_by(solution::Column::AuthorId)
                .into_tuple()
                .all(&self.db)
                .await?;
            for (org, author, n) in rows {
                push(activity, author, Some(org), None, amount(n));
            }
        }
        let campaigns = solution_campaign::Entity::find()
            .filter(solution_campaign::Column::OpensAt.gte(b.from))
            .filter(solution_campaign::Column::OpensAt.lt(b.until))
            .count(&self.db)
            .await?;
        push(Activity::Campaign, None, None, None, campaigns);

        // Newsletters sent, and the confirmed subscribers at the year's end.
        let sent = newsletter::Entity::find()
            .filter(newsletter::Column::SentAt.gte(b.from))
            .filter(newsletter::Column::SentAt.lt(b.until))
            .count(&self.db)
            .await?;
        push(Activity::NewsletterSent, None, None, None, sent);
        let subscribers = newsletter_subscriber::Entity::find()
            .filter(newsletter_subscriber::Column::ConfirmedAt.lt(b.until))
            .filter(
                sea_orm::Condition::any()
                    .add(newsletter_subscriber::Column::UnsubscribedAt.is_null())
                    .add(newsletter_subscriber::Column::UnsubscribedAt.gte(b.until)),
            )
            .count(&self.db)
            .await?;
        push(Activity::Subscribers, None, None, None, subscribers);
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(activity: Activity, person: Option<i32>, item: Option<i32>, amount: u64) -> Record {
        Record {
            year: 2017,
            activity,
            person,
            organisation: Some(7),
            item,
            amount,
        }
    }

    #[test]
    fn kept_records_read_back_as_they_were_in_their_order() {
        let records = vec![
            record(Activity::Registration(EventKind::Webinar), Some(1), None, 3),
            record(Activity::Registration(EventKind::Webinar), Some(2), None, 1),
            record(Activity::ThemePublished, None, None, 12),
            record(Activity::Enrolment, Some(1), Some(4), 1),
            record(Activity::Registration(EventKind::Webinar), Some(3), None, 2),
        ];
        let json = serde_json::to_string(&Kept::of(&records)).unwrap();
        let mut read = Vec::new();
        KeptInto::read(2017, &json, &mut |r: &Record| read.push(r.clone())).unwrap();
        assert_eq!(read, records);
    }

    #[test]
    fn a_kept_year_that_does_not_hold_together_is_an_error() {
        for json in [
            "[[\"ThemePublished\"]]",
            "[[\"ThemePublished\",[[null,null,null,1]],3]]",
            "[[\"NoSuchActivity\",[]]]",
            "[[\"ThemePublished\",[[null,null,1]]]]",
            "[] []",
        ] {
            assert!(
                KeptInto::read(2017, json, &mut |_: &Record| {}).is_err(),
                "{json}"
            );
        }
    }
}
