//! The sparring programme's tables: rounds, their floors, rubric and sparrers,
//! applications with their reviews and scores, decisions, reconsiderations and the
//! days held.

pub mod sparring_round {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "sparring_rounds")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub name_fi: String,
        pub name_sv: String,
        pub pool_days: i32,
        pub days_taken: i32,
        pub max_per_organisation: i32,
        pub opens_at: DateTimeUtc,
        pub closes_at: DateTimeUtc,
        pub eligible_kinds: String,
        pub published_value: String,
        pub contact_name: String,
        pub contact_email: String,
        pub reconsideration_days: i32,
        pub decided_at: Option<DateTimeUtc>,
        pub created_by: Option<i32>,
        pub created_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod sparring_floor {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "sparring_floors")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub round_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub region: String,
        pub days: i32,
    }
    plain_entity!();
}

pub mod rubric_criterion {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "rubric_criteria")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub round_id: i32,
        pub position: i32,
        pub name_fi: String,
        pub name_sv: String,
        pub weight: i32,
        #[sea_orm(column_type = "Text")]
        pub anchors_fi: String,
        #[sea_orm(column_type = "Text")]
        pub anchors_sv: String,
    }
    plain_entity!();
}

pub mod sparrer {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "sparrers")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub round_id: i32,
        pub name: String,
        pub company: String,
        pub areas: String,
    }
    plain_entity!();
}

pub mod sparring_application {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "sparring_applications")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub round_id: i32,
        pub organisation_id: i32,
        #[sea_orm(column_type = "Text")]
        pub aim: String,
        pub workplace: String,
        pub staff: i32,
        pub days_asked: i32,
        pub sparrer_id: Option<i32>,
        pub contact_name: String,
        pub contact_email: String,
        pub lang: String,
        pub days_granted: i32,
        pub applied_by: Option<i32>,
        pub submitted_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod sparring_review {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "sparring_reviews")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub application_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub reviewer_id: i32,
        pub status: String,
        #[sea_orm(column_type = "Text")]
        pub comment: String,
    }
    plain_entity!();
}

pub mod sparring_score {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "sparring_scores")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub application_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub reviewer_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub criterion_id: i32,
        pub score: i32,
    }
    plain_entity!();
}

pub mod sparring_decision {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "sparring_decisions")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub round_id: i32,
        pub rule_version: String,
        #[sea_orm(column_type = "Text")]
        pub inputs: String,
        pub inputs_hash: String,
        pub seed: String,
        #[sea_orm(column_type = "Text")]
        pub result: String,
        pub decided_by: Option<i32>,
        pub decided_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod reconsideration {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "reconsiderations")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub application_id: i32,
        #[sea_orm(column_type = "Text")]
        pub body: String,
        pub filed_by: Option<i32>,
        pub filed_at: DateTimeUtc,
        #[sea_orm(column_type = "Text", nullable)]
        pub answer: Option<String>,
        pub answered_by: Option<i32>,
        pub answered_at: Option<DateTimeUtc>,
    }
    plain_entity!();
}

pub mod sparring_day {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "sparring_days")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub application_id: i32,
        pub held_on: Date,
        pub sparrer: String,
        #[sea_orm(column_type = "Text")]
        pub report: String,
        pub written_by: Option<i32>,
    }
    plain_entity!();
}
