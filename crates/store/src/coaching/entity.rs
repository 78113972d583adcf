//! The coaching programme's tables: cohorts, the organisations taking part and their
//! development projects, participants, forums with their lecturers, and peer groups.

pub mod cohort {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "cohorts")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub code: String,
        pub name_fi: String,
        pub name_sv: String,
        pub provider_id: i32,
        pub starts_on: Date,
        pub ends_on: Date,
        pub status: String,
        pub forums: i32,
        #[sea_orm(column_type = "Text")]
        pub description_fi: String,
        #[sea_orm(column_type = "Text")]
        pub description_sv: String,
        pub created_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod cohort_organisation {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "cohort_organisations")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub cohort_id: i32,
        pub organisation_id: i32,
        pub project_title_fi: String,
        pub project_title_sv: String,
        #[sea_orm(column_type = "Text")]
        pub goals: String,
    }
    plain_entity!();
}

pub mod project_part {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "project_parts")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub project_id: i32,
        pub position: i32,
        pub title_fi: String,
        pub title_sv: String,
        #[sea_orm(column_type = "Text")]
        pub result_goal: String,
    }
    plain_entity!();
}

pub mod project_part_manager {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "project_part_managers")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub part_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i32,
    }
    plain_entity!();
}

pub mod progress_entry {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "progress_entries")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub part_id: i32,
        pub written_by: Option<i32>,
        pub done_on: Date,
        #[sea_orm(column_type = "Text")]
        pub what: String,
        pub status: String,
        pub created_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod participant {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "participants")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub cohort_id: i32,
        pub user_id: i32,
        pub sector: String,
        pub level: String,
        pub enrolment: String,
        pub proposed_by: Option<i32>,
        pub created_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod cohort_forum {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "cohort_forums")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub event_id: i32,
        pub cohort_id: i32,
        pub position: i32,
    }
    plain_entity!();
}

pub mod forum_lecturer {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "forum_lecturers")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub event_id: i32,
        pub name: String,
        pub affiliation: String,
    }
    plain_entity!();
}

pub mod peer_group {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "peer_groups")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub cohort_id: i32,
        pub name: String,
    }
    plain_entity!();
}

pub mod peer_group_member {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "peer_group_members")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub group_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i32,
        pub cohort_id: i32,
    }
    plain_entity!();
}

pub mod peer_group_meeting {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "peer_group_meetings")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub group_id: i32,
        pub meets_at: DateTimeUtc,
        pub place: String,
        #[sea_orm(column_type = "Text")]
        pub notes: String,
        pub written_by: Option<i32>,
    }
    plain_entity!();
}

pub mod peer_group_post {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "peer_group_posts")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub group_id: i32,
        pub author_id: i32,
        #[sea_orm(column_type = "Text")]
        pub body: String,
        pub created_at: DateTimeUtc,
        pub edited_at: Option<DateTimeUtc>,
    }
    plain_entity!();
}
