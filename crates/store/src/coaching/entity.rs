//! The coaching programme's tables: cohorts, the organisations taking part and their
//! development projects, participants, forums with their lecturers, peer groups, tasks
//! and the works handed in for them, self-assessments, and the evaluation's surveys.

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
        pub end_assessment_on: Option<Date>,
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

pub mod task {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "tasks")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub cohort_id: i32,
        pub kind: String,
        pub title_fi: String,
        pub title_sv: String,
        #[sea_orm(column_type = "Text")]
        pub instructions_fi: String,
        #[sea_orm(column_type = "Text")]
        pub instructions_sv: String,
        pub opens_at: DateTimeUtc,
        pub due_at: DateTimeUtc,
        pub closes_at: DateTimeUtc,
        pub for_groups: bool,
        pub created_by: Option<i32>,
        pub created_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod task_attachment {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "task_attachments")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub task_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub file_id: i32,
    }
    plain_entity!();
}

pub mod task_extension {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "task_extensions")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub task_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i32,
        pub due_at: DateTimeUtc,
        pub granted_by: Option<i32>,
    }
    plain_entity!();
}

pub mod work {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "works")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub task_id: i32,
        pub user_id: Option<i32>,
        pub group_id: Option<i32>,
        #[sea_orm(column_type = "Text")]
        pub body: String,
        pub updated_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod work_file {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "work_files")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub work_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub file_id: i32,
    }
    plain_entity!();
}

pub mod attempt {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "attempts")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub work_id: i32,
        pub number: i32,
        #[sea_orm(column_type = "Text")]
        pub body: String,
        pub submitted_at: DateTimeUtc,
        pub submitted_by: Option<i32>,
        pub late: bool,
        pub outcome: Option<String>,
        #[sea_orm(column_type = "Text", nullable)]
        pub feedback: Option<String>,
        pub feedback_file_id: Option<i32>,
        pub feedback_by: Option<i32>,
        pub feedback_at: Option<DateTimeUtc>,
    }
    plain_entity!();
}

pub mod attempt_file {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "attempt_files")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub attempt_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub file_id: i32,
    }
    plain_entity!();
}

pub mod coach_digest {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "coach_digests")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub coach_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub due_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod self_assessment {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "self_assessments")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub cohort_id: i32,
        pub user_id: i32,
        pub phase: String,
        pub instrument: i32,
        pub submitted_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod self_assessment_answer {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "self_assessment_answers")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub assessment_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub statement: String,
        pub rating: i32,
        #[sea_orm(column_type = "Text")]
        pub comment: String,
    }
    plain_entity!();
}

pub mod survey {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "surveys")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub cohort_id: i32,
        pub title_fi: String,
        pub title_sv: String,
        pub created_by: Option<i32>,
        pub created_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod survey_question {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "survey_questions")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub survey_id: i32,
        pub position: i32,
        pub kind: String,
        #[sea_orm(column_type = "Text")]
        pub text_fi: String,
        #[sea_orm(column_type = "Text")]
        pub text_sv: String,
        #[sea_orm(column_type = "Text")]
        pub options_fi: String,
        #[sea_orm(column_type = "Text")]
        pub options_sv: String,
    }
    plain_entity!();
}

pub mod survey_round {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "survey_rounds")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub survey_id: i32,
        pub name_fi: String,
        pub name_sv: String,
        pub anonymous: bool,
        pub status: String,
        pub closes_on: Date,
        pub opened_at: Option<DateTimeUtc>,
        pub created_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod round_respondent {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "round_respondents")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub round_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i32,
        pub organisation_id: i32,
        pub answered: bool,
    }
    plain_entity!();
}

pub mod round_response {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "round_responses")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub round_id: i32,
        pub organisation_id: i32,
        pub user_id: Option<i32>,
    }
    plain_entity!();
}

pub mod round_answer {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "round_answers")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub response_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub question_id: i32,
        pub rating: Option<i32>,
        pub cannot_say: bool,
        pub choice: Option<i32>,
        #[sea_orm(column_type = "Text")]
        pub body: String,
    }
    plain_entity!();
}

pub mod evaluation_response {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "evaluation_responses")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub round_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub organisation_id: i32,
        #[sea_orm(column_type = "Text")]
        pub body: String,
        pub written_by: Option<i32>,
        pub updated_at: DateTimeUtc,
    }
    plain_entity!();
}
