//! What operators look at: liveness, readiness and Prometheus metrics, plus the
//! request counters every response passes.

use std::{
    sync::OnceLock,
    time::{Duration, Instant},
};

use axum::{
    Extension, Router,
    extract::{MatchedPath, Request},
    http::StatusCode,
    middleware::Next,
    response::{IntoResponse, Response},
    routing::get,
};
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};

use crate::AppState;

/// The process-wide Prometheus recorder, installed on first use.
pub fn prometheus() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let recorder = PrometheusBuilder::new().build_recorder();
        let handle = recorder.handle();
        // A second install (several apps in one test process) keeps the first.
        let _ = metrics::set_global_recorder(recorder);
        handle
    })
}

/// How often the recorder folds the request durations recorded since into their
/// summaries (see [`keep_metrics`]).
const UPKEEP_EVERY: Duration = Duration::from_secs(1);

/// Folds the request durations recorded since the last run into their summaries, every
/// [`UPKEEP_EVERY`], for as long as the server runs. The recorder keeps each duration
/// (24 bytes) until then: without this, only a scrape of `/metrics` would let them go,
/// and a server no one scrapes would hold every request's duration it ever answered (in
/// `johto bench`, 15 MB more in ten seconds of `/healthz`).
pub async fn keep_metrics() {
    let mut every = tokio::time::interval(UPKEEP_EVERY);
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        every.tick().await;
        prometheus().run_upkeep();
    }
}

pub fn routes<S: Clone + Send + Sync + 'static>() -> Router<S> {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics_text))
}

async fn healthz() -> &'static str {
    "ok"
}

async fn readyz(Extension(state): Extension<AppState>) -> Response {
    if state.store.ping().await {
        "ready".into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unreachable").into_response()
    }
}

async fn metrics_text() -> Response {
    // Statements sent to the database since start (queries per page in `johto bench`).
    metrics::counter!("johto_database_statements_total").absolute(store::queries_made());
    (
        [(
            axum::http::header::CONTENT_TYPE,
            "text/plain; version=0.0.4",
        )],
        prometheus().render(),
    )
        .into_response()
}

/// Counts requests and their duration by route pattern (never by raw path, which
/// would carry ids and tokens into the metrics).
pub async fn track_requests(request: Request, next: Next) -> Response {
    prometheus();
    let started = Instant::now();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |m| m.as_str().to_owned());
    let method = request.method().to_string();
    let response = next.run(request).await;
    let status = response.status().as_u16().to_string();
    metrics::counter!("johto_http_requests_total", "method" => method.clone(), "route" => route.clone(), "status" => status)
        .increment(1);
    metrics::histogram!("johto_http_request_seconds", "method" => method, "route" => route)
        .record(started.elapsed().as_secs_f64());
    response
}
