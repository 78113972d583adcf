//! Small facts about the installation itself, such as whether the demo data is in.

use sea_orm::{ActiveValue::Set, ConnectionTrait, EntityTrait, sea_query::OnConflict};

use crate::{Result, Store, entity::setting};

impl Store {
    pub async fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(setting::Entity::find_by_id(key.to_owned())
            .one(&self.db)
            .await?
            .map(|s| s.value))
    }

    pub async fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        put(&self.db, key, value).await
    }
}

/// A version: a setting that every change of some content moves, which what an
/// instance holds of that content (`snapshot::Snapshots`, the search indexes) is
/// confirmed against. Empty before its first move.
pub(crate) async fn version(db: &impl ConnectionTrait, key: &str) -> Result<String> {
    Ok(setting::Entity::find_by_id(key.to_owned())
        .one(db)
        .await?
        .map(|s| s.value)
        .unwrap_or_default())
}

/// Moves a version, inside the change's transaction, so that every instance reads
/// its content anew.
pub(crate) async fn move_version(db: &impl ConnectionTrait, key: &str) -> Result<()> {
    put(db, key, &crate::random_token()).await
}

/// Writes a setting, on a connection or inside a transaction.
pub(crate) async fn put(db: &impl ConnectionTrait, key: &str, value: &str) -> Result<()> {
    setting::Entity::insert(setting::ActiveModel {
        key: Set(key.to_owned()),
        value: Set(value.to_owned()),
    })
    .on_conflict(
        OnConflict::column(setting::Column::Key)
            .update_column(setting::Column::Value)
            .to_owned(),
    )
    .exec(db)
    .await?;
    Ok(())
}
