//! What a feature brings to the platform: its pages, the kinds of background job it
//! runs, and its links in the main navigation. `lib.rs` lists the features once
//! (`FEATURES`); the router, the worker and the navigation read that list, so adding a
//! feature adds its folder and one line there, never an arm in a shared `match`.

use std::{future::Future, pin::Pin};

use axum::Router;
use domain::Principal;
use store::jobs::Job;

use crate::AppState;

/// A job's run, borrowed from the worker for as long as it takes.
pub type JobRun<'a> = Pin<Box<dyn Future<Output = anyhow::Result<()>> + Send + 'a>>;

/// A kind of background job and what runs it.
pub struct JobKind {
    /// The kind as stored in the queue.
    pub kind: &'static str,
    pub run: for<'a> fn(&'a AppState, &'a Job) -> JobRun<'a>,
}

/// A link in the main navigation, for the signed-in people it is `shown` to.
pub struct NavEntry {
    /// Its place among the others: lower comes first.
    pub order: u8,
    /// The path under the language prefix.
    pub path: &'static str,
    /// The Fluent id of its label.
    pub label: &'static str,
    pub shown: fn(&Principal) -> bool,
    /// Whether visitors who have not signed in see it too.
    pub public: bool,
}

/// One feature of the platform.
pub struct Feature {
    /// Its pages, mounted under each language prefix.
    pub pages: fn() -> Router<AppState>,
    /// Its addresses outside the language prefix, for software and printed links (a
    /// calendar feed, a credential), with the session and CSRF layers as the pages.
    pub root: Option<fn() -> Router<AppState>>,
    pub jobs: &'static [JobKind],
    pub nav: &'static [NavEntry],
}

/// For navigation entries every signed-in person sees.
pub fn everyone(_: &Principal) -> bool {
    true
}
