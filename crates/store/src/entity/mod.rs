//! SeaORM entities, one module per table. Relations are followed by the repositories
//! with explicit queries, so the entities stay plain.

macro_rules! plain_entity {
    () => {
        #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
        pub enum Relation {}
        impl ActiveModelBehavior for ActiveModel {}
    };
}

pub mod organisation {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "organisations")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub slug: String,
        pub name_fi: String,
        pub name_sv: String,
        pub name_en: Option<String>,
        pub kind: String,
        pub business_id: Option<String>,
        pub languages: String,
        pub parent_id: Option<i32>,
        pub created_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod organisation_domain {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "organisation_domains")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub domain: String,
        pub organisation_id: i32,
    }
    plain_entity!();
}

pub mod user {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "users")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub email: String,
        pub name: String,
        pub organisation_id: i32,
        pub lang: String,
        pub password_hash: Option<String>,
        pub disabled: bool,
        pub failed_logins: i32,
        pub locked_until: Option<DateTimeUtc>,
        pub created_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod user_role {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "user_roles")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub role: String,
    }
    plain_entity!();
}

pub mod account_request {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "account_requests")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub name: String,
        pub email: String,
        pub organisation_id: i32,
        pub lang: String,
        pub status: String,
        pub decided_by: Option<i32>,
        pub decided_at: Option<DateTimeUtc>,
        pub created_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod one_time_token {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "one_time_tokens")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub token_hash: String,
        pub user_id: i32,
        pub purpose: String,
        pub expires_at: DateTimeUtc,
        pub used_at: Option<DateTimeUtc>,
        pub created_at: DateTimeUtc,
    }
    plain_entity!();
}

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

pub mod login_throttle {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "login_throttle")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub address: String,
        pub window_start: DateTimeUtc,
        pub attempts: i32,
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

pub mod trusted_device {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "trusted_devices")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub token_hash: String,
        pub user_id: i32,
        pub failures: i32,
        pub created_at: DateTimeUtc,
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

pub mod theme {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "themes")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub slug: String,
        pub position: i32,
        pub source_lang: String,
        pub published_at: Option<DateTimeUtc>,
        pub first_published_at: Option<DateTimeUtc>,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod theme_text {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "theme_texts")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub theme_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub lang: String,
        pub title: String,
        #[sea_orm(column_type = "Text")]
        pub summary: String,
        #[sea_orm(column_type = "Text")]
        pub hr_note: String,
        pub updated_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod part {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "parts")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub theme_id: i32,
        pub kind: String,
        pub minutes: i32,
        pub position: i32,
        pub video_url: Option<String>,
        pub file_id: Option<i32>,
    }
    plain_entity!();
}

pub mod part_text {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "part_texts")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub part_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub lang: String,
        pub title: String,
        #[sea_orm(column_type = "Text")]
        pub body: String,
        #[sea_orm(column_type = "Text")]
        pub transcript: String,
        #[sea_orm(column_type = "Text")]
        pub captions: String,
        #[sea_orm(column_type = "Text")]
        pub checklist: String,
        pub updated_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod theme_revision {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "theme_revisions")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub theme_id: i32,
        pub number: i32,
        #[sea_orm(column_type = "Text")]
        pub snapshot: String,
        pub author_id: Option<i32>,
        pub action: String,
        pub created_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod part_progress {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "part_progress")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub part_id: i32,
        pub started_at: DateTimeUtc,
        pub finished_at: Option<DateTimeUtc>,
        pub seen_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod part_rating {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "part_ratings")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub part_id: i32,
        pub usefulness: i32,
        pub used_with_team: bool,
        #[sea_orm(column_type = "Text")]
        pub comment: String,
        pub rated_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod tool_answer {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "tool_answers")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub part_id: i32,
        #[sea_orm(column_type = "Text")]
        pub answers: String,
        pub updated_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod theme_subscription {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "theme_subscriptions")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i32,
        pub created_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod file {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "files")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub storage_key: String,
        pub name: String,
        pub content_type: String,
        pub size: i64,
        pub sha256: String,
        pub uploaded_by: Option<i32>,
        pub created_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod api_token {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "api_tokens")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub user_id: i32,
        pub name: String,
        pub token_hash: String,
        pub created_at: DateTimeUtc,
        pub last_used_at: Option<DateTimeUtc>,
    }
    plain_entity!();
}

pub mod event {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "events")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub kind: String,
        pub status: String,
        pub starts_at: DateTimeUtc,
        pub ends_at: DateTimeUtc,
        pub online_url: Option<String>,
        pub venue: String,
        pub capacity: Option<i32>,
        pub taken: i32,
        pub registration_opens_at: Option<DateTimeUtc>,
        pub registration_closes_at: Option<DateTimeUtc>,
        pub organisation_id: Option<i32>,
        pub theme_id: Option<i32>,
        pub sequence: i32,
        pub invited_only: bool,
        pub created_by: Option<i32>,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod event_text {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "event_texts")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub event_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub lang: String,
        pub title: String,
        pub description: String,
    }
    plain_entity!();
}

pub mod registration {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "registrations")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub event_id: i32,
        pub user_id: i32,
        pub standing: String,
        pub queued_at: DateTimeUtc,
        pub confirmed_at: Option<DateTimeUtc>,
        pub cancelled_at: Option<DateTimeUtc>,
        pub attended: bool,
        pub feedback_asked_at: Option<DateTimeUtc>,
    }
    plain_entity!();
}

pub mod calendar_feed {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "calendar_feeds")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i32,
        pub token_hash: String,
        pub created_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod event_feedback {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "event_feedback")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub event_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i32,
        pub rating: i32,
        pub comment: String,
        pub created_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod event_material {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "event_materials")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub event_id: i32,
        pub title: String,
        pub recording: bool,
        pub file_id: Option<i32>,
        pub url: Option<String>,
        pub added_by: Option<i32>,
        pub created_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod event_invitee {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "event_invitees")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub event_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i32,
    }
    plain_entity!();
}
