//! Uploaded files. Their bytes live in the file storage (`object_store`: a local folder
//! by default), their facts in the `files` table; a part points at its file.

pub mod entity;

use std::{collections::BTreeMap, ops::Range, sync::Arc};

use bytes::Bytes;
use chrono::Utc;
use domain::{
    FileKind, Principal,
    files::{FileUse, may_fetch_file},
};
use object_store::{ObjectStore, ObjectStoreExt, PutPayload, local::LocalFileSystem, path::Path};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::{
    Result, StoreError,
    entity::{event_material, file, part, theme},
    random_token,
};

repository!(
    /// Uploaded files' facts, and who may fetch them.
    Files,
    files
);

/// Where uploaded bytes are kept.
#[derive(Clone, Debug)]
pub struct FileStorage {
    objects: Arc<dyn ObjectStore>,
}

impl FileStorage {
    /// Files under a local folder, created when missing.
    pub fn local(dir: &std::path::Path) -> Result<FileStorage> {
        std::fs::create_dir_all(dir)
            .map_err(|e| StoreError::Files(format!("{}: {e}", dir.display())))?;
        let objects = LocalFileSystem::new_with_prefix(dir).map_err(files_error)?;
        Ok(FileStorage {
            objects: Arc::new(objects),
        })
    }

    async fn put(&self, key: &str, bytes: Bytes) -> Result<()> {
        self.objects
            .put(&Path::from(key), PutPayload::from_bytes(bytes))
            .await
            .map_err(files_error)?;
        Ok(())
    }

    /// Deletes the bytes kept under `key`; bytes already gone are no error.
    pub async fn delete(&self, key: &str) -> Result<()> {
        match self.objects.delete(&Path::from(key)).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(files_error(e)),
        }
    }

    /// The file's bytes, or the given range of them.
    pub async fn read(&self, file: &StoredFile, range: Option<Range<u64>>) -> Result<Bytes> {
        let path = Path::from(file.storage_key.as_str());
        match range {
            Some(range) => self.objects.get_range(&path, range).await,
            None => match self.objects.get(&path).await {
                Ok(found) => found.bytes().await,
                Err(e) => Err(e),
            },
        }
        .map_err(files_error)
    }
}

fn files_error(e: object_store::Error) -> StoreError {
    StoreError::Files(e.to_string())
}

/// An uploaded file's facts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredFile {
    pub id: i32,
    pub storage_key: String,
    pub name: String,
    pub content_type: String,
    pub size: i64,
}

impl StoredFile {
    pub fn kind(&self) -> Option<FileKind> {
        FileKind::from_content_type(&self.content_type)
    }

    /// The address it is served at.
    pub fn href(&self) -> String {
        format!("/files/{}/{}", self.id, percent_encode(&self.name))
    }

    /// "PDF, 34 kB"
    pub fn describe(&self) -> String {
        let label = self
            .kind()
            .map_or(String::new(), |k| k.label().to_uppercase());
        let size = if self.size < 1024 * 1024 {
            format!("{} kB", (self.size + 1023) / 1024)
        } else {
            format!("{:.1} MB", self.size as f64 / (1024.0 * 1024.0))
        };
        format!("{label}, {size}")
    }
}

/// Percent-encodes everything but unreserved characters: for a path segment or a
/// `filename*` parameter.
pub fn percent_encode(name: &str) -> String {
    name.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

impl From<file::Model> for StoredFile {
    fn from(m: file::Model) -> StoredFile {
        StoredFile {
            id: m.id,
            storage_key: m.storage_key,
            name: m.name,
            content_type: m.content_type,
            size: m.size,
        }
    }
}

/// The files of the ids, by id.
pub(crate) async fn by_id(
    db: &impl ConnectionTrait,
    ids: &[i32],
) -> Result<BTreeMap<i32, StoredFile>> {
    Ok(crate::for_ids(db, ids, |ids| {
        file::Entity::find().filter(file::Column::Id.is_in(ids))
    })
    .await?
    .into_iter()
    .map(|f| (f.id, StoredFile::from(f)))
    .collect())
}

impl Files {
    /// Keeps an upload already judged by its content: the bytes first, then the row, so
    /// a row never points at missing bytes.
    pub async fn save_file(
        &self,
        storage: &FileStorage,
        name: &str,
        kind: FileKind,
        bytes: Bytes,
        uploaded_by: Option<i32>,
    ) -> Result<StoredFile> {
        let sha256: String = Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let storage_key = format!("{}/{}", &sha256[..2], random_token());
        let size = i64::try_from(bytes.len()).unwrap_or(i64::MAX);
        storage.put(&storage_key, bytes).await?;
        let row = file::Entity::insert(file::ActiveModel {
            storage_key: Set(storage_key),
            name: Set(name.to_owned()),
            content_type: Set(kind.content_type().to_owned()),
            size: Set(size),
            sha256: Set(sha256),
            uploaded_by: Set(uploaded_by),
            created_at: Set(Utc::now()),
            ..Default::default()
        })
        .exec_with_returning(&self.db)
        .await?;
        Ok(row.into())
    }

    pub async fn file(&self, id: i32) -> Result<Option<StoredFile>> {
        Ok(file::Entity::find_by_id(id)
            .one(&self.db)
            .await?
            .map(Into::into))
    }

    /// A file the person (or a visitor, `None`) may fetch, by
    /// `domain::files::may_fetch_file` over every place the file is used in.
    pub async fn file_for(
        &self,
        id: i32,
        reader: Option<&Principal>,
    ) -> Result<Option<StoredFile>> {
        let Some(found) = self.file(id).await? else {
            return Ok(None);
        };
        let mut uses: Vec<FileUse> = self
            .solutions()
            .file_in_solutions(id)
            .await?
            .iter()
            .map(|tie| FileUse::SolutionAttachment {
                sees_solution: domain::solutions::may_see_solution(reader, tie),
            })
            .collect();
        uses.extend(
            self.newsletters()
                .file_in_newsletters(id)
                .await?
                .into_iter()
                .map(|state| FileUse::NewsletterImage {
                    gone_out: !state.is_editable(),
                }),
        );
        let Some(reader) = reader else {
            return Ok(may_fetch_file(None, &uses).then_some(found));
        };
        let material_of: Vec<i32> = event_material::Entity::find()
            .filter(event_material::Column::FileId.eq(id))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|m| m.event_id)
            .collect();
        if !material_of.is_empty() {
            let seats = self.events().places(reader.user_id, &material_of).await?;
            uses.extend(material_of.iter().map(|event_id| FileUse::Material {
                has_seat: seats.get(event_id) == Some(&crate::events::Place::Confirmed),
            }));
        }
        let theme_ids: Vec<i32> = part::Entity::find()
            .filter(part::Column::FileId.eq(id))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|p| p.theme_id)
            .collect();
        if !theme_ids.is_empty() {
            let themes = theme::Entity::find()
                .filter(theme::Column::Id.is_in(theme_ids))
                .all(&self.db)
                .await?;
            uses.extend(themes.iter().map(|t| FileUse::Part {
                theme_published: t.published_at.is_some(),
            }));
        }
        for (cohort_id, owner) in self.coaching().file_in_tasks(id).await? {
            let Some(cohort) = self.coaching().cohort(cohort_id).await? else {
                continue;
            };
            let participant = self
                .coaching()
                .cohorts_joined(reader.user_id)
                .await?
                .contains(&cohort_id);
            let tie = cohort.tie(participant);
            uses.push(match owner {
                None => FileUse::TaskAttachment {
                    sees_cohort: domain::coaching::may_see_cohort(reader, tie),
                },
                Some(owner) => {
                    let own = self
                        .coaching()
                        .people_of_work(owner)
                        .await?
                        .contains(&reader.user_id);
                    FileUse::Work {
                        reads_work: domain::coaching::tasks::may_read_work(reader, tie, own),
                    }
                }
            });
        }
        Ok(may_fetch_file(Some(reader), &uses).then_some(found))
    }
}
