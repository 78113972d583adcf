//! The certificates' tables: a cohort's criteria, the certificates granted, and the
//! issuer's public keys.

pub mod certificate_criteria {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "certificate_criteria")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub cohort_id: i32,
        pub min_forums: i32,
        pub tasks: bool,
        pub certificate_work: bool,
        pub assessments: bool,
        pub evaluation: bool,
    }
    plain_entity!();
}

pub mod certificate {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "certificates")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub code: String,
        pub cohort_id: i32,
        pub user_id: Option<i32>,
        pub holder_name: String,
        pub organisation_id: i32,
        pub issuer_id: i32,
        pub issued_on: Date,
        pub granted_at: DateTimeUtc,
        pub granted_by: Option<i32>,
        #[sea_orm(column_type = "Text", nullable)]
        pub exception_reason: Option<String>,
        pub revoked_on: Option<Date>,
        #[sea_orm(column_type = "Text", nullable)]
        pub revoked_reason: Option<String>,
        pub revoked_by: Option<i32>,
        pub reissued_at: Option<DateTimeUtc>,
        /// The holder's data was erased: the page says only that it was revoked.
        pub holder_erased: bool,
    }
    plain_entity!();
}

pub mod issuer_key {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "issuer_keys")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub key_id: String,
        pub public_key: String,
        pub created_at: DateTimeUtc,
    }
    plain_entity!();
}
