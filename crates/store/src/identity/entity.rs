//! The identity providers' tables.

pub mod identity_provider {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "identity_providers")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub name_fi: String,
        pub name_sv: String,
        pub issuer_url: String,
        pub client_id: String,
        #[sea_orm(column_type = "Text")]
        pub client_secret: String,
        /// The vouched e-mail domains, one per line.
        #[sea_orm(column_type = "Text")]
        pub domains: String,
        pub auto_approve: bool,
        pub enabled: bool,
        pub created_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod identity_provider_organisation {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "identity_provider_organisations")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub provider_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub organisation_id: i32,
    }
    plain_entity!();
}

pub mod sign_in_flow {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "sign_in_flows")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub state: String,
        pub provider_id: i32,
        pub nonce: String,
        pub pkce_verifier: String,
        pub lang: String,
        #[sea_orm(column_type = "Text")]
        pub next: String,
        pub expires_at: DateTimeUtc,
    }
    plain_entity!();
}

pub mod identity_link {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "identity_links")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub provider_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub subject: String,
        pub user_id: i32,
        pub created_at: DateTimeUtc,
    }
    plain_entity!();
}
