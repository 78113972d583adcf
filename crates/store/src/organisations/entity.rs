//! The organisations' tables: the organisations and their staff e-mail domains.

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
        pub region: Option<String>,
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
