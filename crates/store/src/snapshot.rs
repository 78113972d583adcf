//! What every reader of an instance shares from memory: an immutable snapshot that
//! names the version (a setting every change of its content moves) it was read at.
//! An instance asks the database for the version at most once every `RECHECK` and
//! reloads when it has moved, so a change made on another instance is seen within that
//! time; a change made through this instance's store is seen at once, because the
//! writes `forget` the snapshot after they commit. The published academy, the
//! arena's approved solutions, the organisations and the themes that have a published
//! event are held this way.

use std::{
    future::Future,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use crate::Result;

/// How long a snapshot is served before the database's version is asked again.
pub const RECHECK: Duration = Duration::from_secs(1);

/// A snapshot knows the version it was read at.
pub(crate) trait Versioned {
    fn version(&self) -> &str;
}

/// One instance's snapshot and when its version was last confirmed.
pub(crate) struct Snapshots<T> {
    current: Mutex<Option<(Arc<T>, Instant)>>,
    /// One reload at a time; the others wait for it rather than reload too.
    reloading: tokio::sync::Mutex<()>,
}

impl<T> Default for Snapshots<T> {
    fn default() -> Snapshots<T> {
        Snapshots {
            current: Mutex::new(None),
            reloading: tokio::sync::Mutex::new(()),
        }
    }
}

impl<T> std::fmt::Debug for Snapshots<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Snapshots")
    }
}

impl<T: Versioned> Snapshots<T> {
    /// The snapshot, if it was confirmed less than `RECHECK` ago.
    fn fresh(&self) -> Option<Arc<T>> {
        let current = self.current.lock().unwrap_or_else(|e| e.into_inner());
        current
            .as_ref()
            .filter(|(_, confirmed)| confirmed.elapsed() < RECHECK)
            .map(|(snapshot, _)| snapshot.clone())
    }

    fn held(&self) -> Option<Arc<T>> {
        let current = self.current.lock().unwrap_or_else(|e| e.into_inner());
        current.as_ref().map(|(snapshot, _)| snapshot.clone())
    }

    fn keep(&self, snapshot: Arc<T>) {
        *self.current.lock().unwrap_or_else(|e| e.into_inner()) = Some((snapshot, Instant::now()));
    }

    /// Makes the next reader ask the database's version (after a change committed).
    pub(crate) fn forget(&self) {
        let mut current = self.current.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, confirmed)) = current.as_mut() {
            *confirmed = Instant::now().checked_sub(RECHECK).unwrap_or(*confirmed);
        }
    }

    /// The snapshot: from memory, confirmed with `version` at most once every
    /// `RECHECK`, read anew by `load` when the version has moved.
    pub(crate) async fn get<V, L, LF>(&self, version: impl FnOnce() -> V, load: L) -> Result<Arc<T>>
    where
        V: Future<Output = Result<String>>,
        L: FnOnce(String) -> LF,
        LF: Future<Output = Result<T>>,
    {
        if let Some(snapshot) = self.fresh() {
            return Ok(snapshot);
        }
        let _one_at_a_time = self.reloading.lock().await;
        if let Some(snapshot) = self.fresh() {
            return Ok(snapshot);
        }
        let version = version().await?;
        if let Some(held) = self.held()
            && held.version() == version
        {
            self.keep(held.clone());
            return Ok(held);
        }
        let snapshot = Arc::new(load(version).await?);
        self.keep(snapshot.clone());
        Ok(snapshot)
    }
}
