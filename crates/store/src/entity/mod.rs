//! Every table by name. Each feature defines its tables beside its repository
//! (`events/entity.rs`, …); the platform's own tables (sessions, the audit log,
//! settings, the jobs queue) are defined here. Relations are followed by the
//! repositories with explicit queries, so the entities stay plain.

pub mod session {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "sessions")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: String,
        pub user_id: Option<i32>,
        #[sea_orm(column_type = "Text")]
        pub data: String,
        pub expires_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod audit_event {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "audit_events")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub at: DateTimeUtc,
        pub actor_id: Option<i32>,
        pub action: String,
        pub subject: String,
        #[sea_orm(column_type = "Text")]
        pub detail: String,
    }
    plain_entity!();
}

pub mod erasure_request {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "erasure_requests")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub user_id: i32,
        #[sea_orm(column_type = "Text")]
        pub message: String,
        pub status: String,
        #[sea_orm(column_type = "Text", nullable)]
        pub reason: Option<String>,
        pub decided_by: Option<i32>,
        pub requested_at: DateTimeUtc,
        pub decided_at: Option<DateTimeUtc>,
        pub notify_email: Option<String>,
    }
    plain_entity!();
}

pub mod setting {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "settings")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub key: String,
        #[sea_orm(column_type = "Text")]
        pub value: String,
    }
    plain_entity!();
}

pub mod job {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "jobs")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub kind: String,
        #[sea_orm(column_type = "Text")]
        pub payload: String,
        pub run_at: DateTimeUtc,
        pub attempts: i32,
        pub max_attempts: i32,
        pub locked_until: Option<DateTimeUtc>,
        pub locked_by: Option<String>,
        #[sea_orm(column_type = "Text", nullable)]
        pub last_error: Option<String>,
        pub dead: bool,
        pub done_at: Option<DateTimeUtc>,
        pub created_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod statistics_year {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "statistics_years")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub year: i32,
        /// Which of the year's parts, from 0.
        #[sea_orm(primary_key, auto_increment = false)]
        pub part: i32,
        /// Some of the year's `domain::statistics::Record`s as JSON
        /// (`statistics::Kept`), at most `statistics::PART` of them.
        #[sea_orm(column_type = "Text")]
        pub records: String,
        pub counted_at: DateTimeUtc,
    }
    plain_entity!();
}

pub use crate::academy::entity::{
    part, part_progress, part_rating, part_text, theme, theme_revision, theme_subscription,
    theme_text, tool_answer,
};
pub use crate::accounts::entity::{
    account_request, api_token, login_throttle, one_time_token, trusted_device, user, user_role,
};
pub use crate::certificates::entity::{certificate, certificate_criteria, issuer_key};
pub use crate::coaching::entity::{
    attempt, attempt_file, coach_digest, cohort, cohort_forum, cohort_organisation,
    evaluation_response, forum_lecturer, participant, peer_group, peer_group_meeting,
    peer_group_member, peer_group_post, progress_entry, project_part, project_part_manager,
    round_answer, round_respondent, round_response, self_assessment, self_assessment_answer,
    survey, survey_question, survey_round, task, task_attachment, task_extension, work, work_file,
};
pub use crate::development::entity::{
    reconsideration, rubric_criterion, sparrer, sparring_application, sparring_day,
    sparring_decision, sparring_floor, sparring_review, sparring_round, sparring_score,
};
pub use crate::events::entity::{
    calendar_feed, event, event_feedback, event_invitee, event_material, event_session, event_text,
    registration, session_attendance,
};
pub use crate::files::entity::file;
pub use crate::identity::entity::{
    identity_link, identity_provider, identity_provider_organisation, sign_in_flow,
};
pub use crate::newsletters::entity::{
    newsletter, newsletter_delivery, newsletter_image, newsletter_subscriber,
};
pub use crate::organisations::entity::{organisation, organisation_domain};
pub use crate::solutions::entity::{
    solution, solution_campaign, solution_file, solution_history, solution_text,
};
