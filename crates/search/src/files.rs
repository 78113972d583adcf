//! The files an index is written to and read from: a folder of the instance's own,
//! made for one build and removed with the index it holds.
//!
//! A search reads the index with `pread`, a few kilobytes where it needs them (a
//! term's block of the dictionary, its list of documents, the block of texts that
//! holds a hit's snippet), into memory that is freed when the search ends. The files
//! themselves stay in the kernel's page cache, which the kernel takes back when it
//! needs it: an index in the heap (tantivy's `RamDirectory`) stayed whole, and mapped
//! files (its `MmapDirectory`) became resident a large folio at a time (measured in
//! ARCHITECTURE, "Memory").

use std::{
    fs::File,
    io::{self, BufWriter, Write},
    ops::Range,
    os::unix::fs::FileExt,
    path::{Path, PathBuf},
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
};

use tantivy::{
    HasLen,
    directory::{
        AntiCallToken, Directory, FileHandle, OwnedBytes, TerminatingWrite, WatchCallback,
        WatchHandle, WritePtr,
        error::{DeleteError, OpenReadError, OpenWriteError},
    },
};

/// The file in each folder that its process holds a lock on while the folder is in use.
const OWNER: &str = "owner";

/// One index's folder. While it lives its process holds a lock on its [`OWNER`] file,
/// so a folder whose lock no one holds was left by a process that was killed: the next
/// start removes it ([`sweep`]).
pub(crate) struct Files {
    folder: Arc<PathBuf>,
    _owner: File,
}

impl Files {
    /// A new, empty folder in `parent`.
    pub(crate) fn new(parent: &Path) -> io::Result<Files> {
        static MADE: AtomicU64 = AtomicU64::new(0);
        std::fs::create_dir_all(parent)?;
        let folder = parent.join(format!(
            "index-{}-{}",
            std::process::id(),
            MADE.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir(&folder)?;
        let owner = File::create(folder.join(OWNER))?;
        owner.try_lock().map_err(io::Error::from)?;
        Ok(Files {
            folder: Arc::new(folder),
            _owner: owner,
        })
    }

    /// The folder as tantivy writes and reads it.
    pub(crate) fn directory(&self) -> Folder {
        Folder {
            root: self.folder.clone(),
        }
    }
}

impl Drop for Files {
    fn drop(&mut self) {
        if let Err(e) = std::fs::remove_dir_all(&*self.folder) {
            tracing::warn!(folder = %self.folder.display(), "cannot remove a search index: {e}");
        }
    }
}

/// Removes the index folders in `parent` that no process holds, those of a process that
/// was killed; a folder just made, whose owner file is not written yet, is left.
pub(crate) fn sweep(parent: &Path) {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let folder = entry.path();
        let Ok(owner) = File::open(folder.join(OWNER)) else {
            continue;
        };
        if owner.try_lock().is_ok() {
            drop(owner);
            if let Err(e) = std::fs::remove_dir_all(&folder) {
                tracing::warn!(folder = %folder.display(), "cannot remove an old search index: {e}");
            }
        }
    }
}

/// An index's folder as a tantivy [`Directory`]: files written once, read in pieces.
#[derive(Clone, Debug)]
pub(crate) struct Folder {
    root: Arc<PathBuf>,
}

impl Folder {
    fn path(&self, path: &Path) -> PathBuf {
        self.root.join(path)
    }
}

fn read_error(e: io::Error, path: &Path) -> OpenReadError {
    if e.kind() == io::ErrorKind::NotFound {
        OpenReadError::FileDoesNotExist(path.to_owned())
    } else {
        OpenReadError::wrap_io_error(e, path.to_owned())
    }
}

impl Directory for Folder {
    fn get_file_handle(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError> {
        let file = File::open(self.path(path)).map_err(|e| read_error(e, path))?;
        let len = file.metadata().map_err(|e| read_error(e, path))?.len();
        let len = usize::try_from(len).map_err(|e| read_error(io::Error::other(e), path))?;
        Ok(Arc::new(Piecewise { file, len }))
    }

    fn delete(&self, path: &Path) -> Result<(), DeleteError> {
        std::fs::remove_file(self.path(path)).map_err(|e| {
            if e.kind() == io::ErrorKind::NotFound {
                DeleteError::FileDoesNotExist(path.to_owned())
            } else {
                DeleteError::IoError {
                    io_error: Arc::new(e),
                    filepath: path.to_owned(),
                }
            }
        })
    }

    fn exists(&self, path: &Path) -> Result<bool, OpenReadError> {
        self.path(path)
            .try_exists()
            .map_err(|e| read_error(e, path))
    }

    fn open_write(&self, path: &Path) -> Result<WritePtr, OpenWriteError> {
        let file = File::create_new(self.path(path)).map_err(|e| {
            if e.kind() == io::ErrorKind::AlreadyExists {
                OpenWriteError::FileAlreadyExists(path.to_owned())
            } else {
                OpenWriteError::wrap_io_error(e, path.to_owned())
            }
        })?;
        Ok(BufWriter::new(Box::new(Written(file))))
    }

    fn atomic_read(&self, path: &Path) -> Result<Vec<u8>, OpenReadError> {
        std::fs::read(self.path(path)).map_err(|e| read_error(e, path))
    }

    /// Written beside and renamed, so that a reader finds the old file or the new one.
    fn atomic_write(&self, path: &Path, data: &[u8]) -> io::Result<()> {
        let mut beside = self.path(path).into_os_string();
        beside.push(".new");
        std::fs::write(&beside, data)?;
        std::fs::rename(&beside, self.path(path))
    }

    /// Nothing to make durable: the folder does not outlive its process.
    fn sync_directory(&self) -> io::Result<()> {
        Ok(())
    }

    /// An index here is built once and never changes, so there is nothing to watch.
    fn watch(&self, _: WatchCallback) -> tantivy::Result<WatchHandle> {
        Ok(WatchHandle::empty())
    }
}

/// A file of the index, read a piece at a time.
#[derive(Debug)]
struct Piecewise {
    file: File,
    len: usize,
}

impl HasLen for Piecewise {
    fn len(&self) -> usize {
        self.len
    }
}

impl FileHandle for Piecewise {
    fn read_bytes(&self, range: Range<usize>) -> io::Result<OwnedBytes> {
        let mut bytes = vec![0; range.len()];
        let at = u64::try_from(range.start).map_err(io::Error::other)?;
        self.file.read_exact_at(&mut bytes, at)?;
        Ok(OwnedBytes::new(bytes))
    }
}

/// A file of the index being written.
struct Written(File);

impl Write for Written {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

impl TerminatingWrite for Written {
    fn terminate_ref(&mut self, _: AntiCallToken) -> io::Result<()> {
        self.0.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_index_folder_goes_with_its_index_or_with_the_next_start_after_a_kill() {
        let parent = std::env::temp_dir().join(format!("johto-search-{}", std::process::id()));
        let count = || std::fs::read_dir(&parent).unwrap().count();
        let files = Files::new(&parent).unwrap();
        let (schema, _) = crate::schema();
        let index = crate::writer(&files, schema).unwrap().finalize().unwrap();
        sweep(&parent);
        assert_eq!(count(), 1, "a folder in use is kept");
        drop(index);
        drop(files);
        assert_eq!(count(), 0, "a folder goes with its index");

        // What a killed process leaves: a folder whose owner no one holds.
        let left = parent.join("index-left");
        std::fs::create_dir(&left).unwrap();
        std::fs::write(left.join(OWNER), "").unwrap();
        std::fs::write(left.join("meta.json"), "{}").unwrap();
        // A folder another process has just made, its owner file not yet written.
        let new = parent.join("index-new");
        std::fs::create_dir(&new).unwrap();
        sweep(&parent);
        assert!(
            !left.exists(),
            "the next start removes what a killed process left"
        );
        assert!(new.exists());
        std::fs::remove_dir_all(&parent).unwrap();
    }
}
