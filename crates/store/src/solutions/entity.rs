//! The progress arena's tables: campaigns, solutions, their texts per language and
//! their moderation history.

pub mod solution_campaign {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "solution_campaigns")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub title_fi: String,
        pub title_sv: String,
        #[sea_orm(column_type = "Text")]
        pub call_fi: String,
        #[sea_orm(column_type = "Text")]
        pub call_sv: String,
        pub topic: String,
        #[sea_orm(column_type = "Text")]
        pub prize_fi: String,
        #[sea_orm(column_type = "Text")]
        pub prize_sv: String,
        pub opens_at: DateTimeUtc,
        pub closes_at: DateTimeUtc,
        pub created_by: Option<i32>,
        pub created_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod solution {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "solutions")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub organisation_id: i32,
        pub author_id: Option<i32>,
        pub campaign_id: Option<i32>,
        pub state: String,
        pub original_lang: String,
        pub sector: String,
        pub topic: String,
        pub year: i32,
        pub period: String,
        pub contact_name: String,
        pub contact_email: String,
        pub contact_consent: bool,
        pub created_at: DateTimeUtc,
        pub submitted_at: Option<DateTimeUtc>,
        pub approved_at: Option<DateTimeUtc>,
        pub updated_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod solution_text {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "solution_texts")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub solution_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub lang: String,
        pub title: String,
        #[sea_orm(column_type = "Text")]
        pub problem: String,
        #[sea_orm(column_type = "Text")]
        pub actions: String,
        #[sea_orm(column_type = "Text")]
        pub results: String,
        #[sea_orm(column_type = "Text")]
        pub lessons: String,
    }
    plain_entity!();
}

pub mod solution_history {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "solution_history")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub solution_id: i32,
        pub at: DateTimeUtc,
        pub actor_id: Option<i32>,
        pub action: String,
        #[sea_orm(column_type = "Text")]
        pub reason: String,
    }
    plain_entity!();
}

pub mod solution_file {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "solution_files")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub solution_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub file_id: i32,
    }
    plain_entity!();
}
