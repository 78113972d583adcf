//! The files' table: an upload's facts; the bytes are in the file storage.

pub mod file {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "files")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub storage_key: String,
        pub name: String,
        pub content_type: String,
        pub size: i64,
        pub sha256: String,
        pub uploaded_by: Option<i32>,
        pub created_at: DateTimeUtc,
    }
    plain_entity!();
}
