//! The events' tables: events with their texts, registrations, calendar feeds,
//! feedback, materials, the named groups events are for, and a course's sessions with
//! their attendance.

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
        pub region: Option<String>,
        pub created_by: Option<i32>,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }
    plain_entity!();

    // An event's texts and sessions are read with it, in the same statement.
    impl Related<super::event_text::Entity> for Entity {
        fn to() -> RelationDef {
            Entity::belongs_to(super::event_text::Entity)
                .from(Column::Id)
                .to(super::event_text::Column::EventId)
                .into()
        }
    }

    impl Related<super::event_session::Entity> for Entity {
        fn to() -> RelationDef {
            Entity::belongs_to(super::event_session::Entity)
                .from(Column::Id)
                .to(super::event_session::Column::EventId)
                .into()
        }
    }
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

pub mod event_session {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "event_sessions")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub event_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub position: i32,
        pub starts_at: DateTimeUtc,
        pub ends_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod session_attendance {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "session_attendance")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub event_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub position: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i32,
    }
    plain_entity!();
}
