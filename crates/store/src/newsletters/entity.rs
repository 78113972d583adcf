//! The newsletters' tables: subscribers, newsletters, their images and their
//! deliveries.

pub mod newsletter_subscriber {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "newsletter_subscribers")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub email: String,
        pub lang: String,
        pub secret: String,
        pub user_id: Option<i32>,
        pub created_at: DateTimeUtc,
        pub confirmed_at: Option<DateTimeUtc>,
        pub consent_version: String,
        pub unsubscribed_at: Option<DateTimeUtc>,
        pub bouncing_at: Option<DateTimeUtc>,
    }
    plain_entity!();
}

pub mod newsletter {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "newsletters")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub subject_fi: String,
        pub subject_sv: String,
        #[sea_orm(column_type = "Text")]
        pub body_fi: String,
        #[sea_orm(column_type = "Text")]
        pub body_sv: String,
        pub state: String,
        pub editions: String,
        pub scheduled_at: Option<DateTimeUtc>,
        pub started_at: Option<DateTimeUtc>,
        pub sent_at: Option<DateTimeUtc>,
        #[sea_orm(column_type = "Text")]
        pub paused_reason: String,
        pub created_by: Option<i32>,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod newsletter_delivery {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "newsletter_deliveries")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub newsletter_id: i32,
        pub subscriber_id: i32,
        pub state: String,
        pub attempts: i32,
        #[sea_orm(column_type = "Text")]
        pub error: String,
        pub claimed_at: Option<DateTimeUtc>,
        pub sent_at: Option<DateTimeUtc>,
    }
    plain_entity!();
}

pub mod newsletter_image {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "newsletter_images")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub newsletter_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub file_id: i32,
    }
    plain_entity!();
}
