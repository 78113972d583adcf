//! The academy's tables: themes and parts with their texts per language, revisions, and
//! what managers do (progress, ratings, tool answers, subscriptions).

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
