//! What the web layer needs to know about its installation.

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct WebConfig {
    /// The address people use to reach johto, without a trailing slash. Links in
    /// e-mails use it; `https://` turns on secure cookies and HSTS.
    pub public_url: String,
    /// Take the client's address from `X-Forwarded-For` (behind a load balancer only).
    pub trust_proxy: bool,
    /// A session ends after this long without requests.
    pub session_idle_seconds: i64,
    /// A session ends this long after login, however active.
    pub session_absolute_seconds: i64,
    /// The largest file an editor may upload, in bytes.
    pub max_upload_bytes: usize,
    /// Newsletter messages sent per second at most; 0 for as fast as the SMTP server
    /// takes them.
    pub newsletter_per_second: u32,
    /// Newsletter messages one job sends before it queues the next batch.
    pub newsletter_batch: u64,
    /// How long a worker holds a job (and a newsletter message it is sending) before
    /// another worker takes it up, as after a crash.
    pub job_lease_seconds: i64,
    /// How long what is no longer needed is kept (`[retention]`).
    pub retention: domain::personal_data::Retention,
}

impl Default for WebConfig {
    fn default() -> Self {
        WebConfig {
            public_url: "http://127.0.0.1:8080".to_owned(),
            trust_proxy: false,
            session_idle_seconds: 2 * 60 * 60,
            session_absolute_seconds: 12 * 60 * 60,
            max_upload_bytes: domain::files::DEFAULT_MAX_UPLOAD_BYTES,
            newsletter_per_second: 20,
            newsletter_batch: 200,
            job_lease_seconds: store::jobs::LEASE_SECONDS,
            retention: domain::personal_data::Retention::default(),
        }
    }
}

/// The cookies johto sets.
#[derive(Debug, Clone, Copy)]
pub enum Cookie {
    /// The session's id.
    Session,
    /// Marks a browser this person logged in with before.
    Device,
    /// Carries a one-time notice to the next page (`ctx::carry_flash`).
    Flash,
    /// An anonymous visitor's CSRF token (`security::AnonymousCsrf`).
    Csrf,
}

impl WebConfig {
    pub fn is_https(&self) -> bool {
        self.public_url.starts_with("https://")
    }

    /// A cookie's name. Over https each takes the `__Host-` prefix, which browsers
    /// accept only with `Secure`, `Path=/` and no domain: no subdomain can plant or
    /// read it.
    pub fn cookie_name(&self, cookie: Cookie) -> &'static str {
        let (plain, host_only) = match cookie {
            Cookie::Session => ("johto", "__Host-johto"),
            Cookie::Device => ("johto-device", "__Host-johto-device"),
            Cookie::Flash => ("johto-flash", "__Host-johto-flash"),
            Cookie::Csrf => ("johto-csrf", "__Host-johto-csrf"),
        };
        if self.is_https() { host_only } else { plain }
    }

    pub fn job_lease(&self) -> chrono::Duration {
        chrono::Duration::seconds(self.job_lease_seconds.max(1))
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.public_url.trim_end_matches('/'))
    }
}
