//! What every page knows about its request: the language, the signed-in person, the
//! CSRF token, the CSP nonce, a one-time notice and where the language switch leads.

use std::sync::{Arc, Mutex, PoisonError};

use axum::{
    extract::{FromRequestParts, OriginalUri, Request, State},
    http::{HeaderMap, Uri, header, request::Parts},
    middleware::Next,
    response::Response,
};
use chrono::Utc;
use domain::{Lang, Principal, Role};
use store::{
    User,
    sessions::{PERSON_KEY, USER_ID_KEY},
};
use tower_sessions::Session;

use crate::{
    AppError, AppState, WebConfig,
    config::Cookie,
    error::{AppResult, ErrorKind},
    i18n,
    security::{self, AnonymousCsrf, CSRF_KEY, Nonce},
};

const SIGNED_IN_AT_KEY: &str = "signed_in_at";
/// When the session last moved its idle deadline.
const SEEN_AT_KEY: &str = "seen_at";
/// How stale the idle deadline may become before a request moves it.
const IDLE_STEP_SECONDS: i64 = 60;

pub struct PageCtx {
    pub lang: Lang,
    pub user: Option<User>,
    pub csrf: String,
    pub nonce: String,
    /// The path after the language prefix, with its query, for the language switch.
    pub path: String,
    /// The notice the last form left, in the page's language.
    pub flash: Option<String>,
    pub session: Session,
    /// Where this request's form leaves a notice for the next page.
    next_flash: Flash,
}

/// A link in the main navigation.
pub struct NavItem {
    pub href: String,
    pub label: String,
    pub current: bool,
}

/// A link of the language switch.
pub struct LangLink {
    pub code: &'static str,
    pub name: String,
    pub href: String,
    pub current: bool,
}

impl<S: Send + Sync> FromRequestParts<S> for PageCtx {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<PageCtx, AppError> {
        let state = parts
            .extensions
            .get::<AppState>()
            .cloned()
            .ok_or_else(|| anyhow::anyhow!("no state"))?;
        let session = parts
            .extensions
            .get::<Session>()
            .cloned()
            .ok_or_else(|| anyhow::anyhow!("no session layer"))?;
        let uri = parts
            .extensions
            .get::<OriginalUri>()
            .map_or_else(|| parts.uri.clone(), |o| o.0.clone());
        let lang = parts.extensions.get::<Lang>().copied();
        PageCtx::build(
            &state,
            &session,
            &uri,
            &parts.headers,
            lang,
            &parts.extensions,
        )
        .await
    }
}

/// The language a path's first segment names, if any.
pub fn lang_of_path(path: &str) -> Option<Lang> {
    let first = path.trim_start_matches('/').split('/').next()?;
    Lang::ALL.into_iter().find(|l| l.code() == first)
}

/// The language for a request that has no prefix: the person's saved choice, then the
/// browser's `Accept-Language`, then Finnish.
pub fn preferred_lang(user: Option<&User>, headers: &HeaderMap) -> Lang {
    user.map(|u| u.lang)
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Lang::from_accept_language)
        })
        .unwrap_or_default()
}

impl PageCtx {
    pub async fn build(
        state: &AppState,
        session: &Session,
        uri: &Uri,
        headers: &HeaderMap,
        lang: Option<Lang>,
        extensions: &axum::http::Extensions,
    ) -> AppResult<PageCtx> {
        let nonce = extensions.get::<Nonce>().cloned();
        let user = signed_in_user(state, session).await?;
        let lang = lang
            .or_else(|| lang_of_path(uri.path()))
            .unwrap_or_else(|| preferred_lang(user.as_ref(), headers));
        // A signed-in person's token is their session's; an anonymous visitor's is in a
        // cookie of its own, so that reading a page writes no session.
        let csrf = match session.get::<String>(CSRF_KEY).await? {
            Some(token) => token,
            None => extensions
                .get::<AnonymousCsrf>()
                .map(|a| a.token.clone())
                .unwrap_or_default(),
        };
        let next_flash = extensions.get::<Flash>().cloned().unwrap_or_default();
        let flash = next_flash.take().map(|id| i18n::t(lang, &id));
        let path = match lang_of_path(uri.path()) {
            Some(l) => uri.path()[l.code().len() + 1..].to_owned(),
            None => uri.path().to_owned(),
        };
        let path = match uri.query() {
            Some(q) => format!("{}?{q}", if path.is_empty() { "/" } else { &path }),
            None if path.is_empty() => "/".to_owned(),
            None => path,
        };
        Ok(PageCtx {
            lang,
            user,
            csrf,
            nonce: nonce.map(|n| n.0).unwrap_or_default(),
            path,
            flash,
            session: session.clone(),
            next_flash,
        })
    }

    /// The page's own address, for a page shown again at the address a form was sent
    /// to: the language switch then leads to the page, not to the form's target.
    pub fn at(mut self, path: &str) -> PageCtx {
        self.path = path.to_owned();
        self
    }

    pub fn t(&self, key: &str) -> String {
        i18n::t(self.lang, key)
    }

    pub fn t1(&self, key: &str, name: &'static str, value: &str) -> String {
        i18n::t_args(self.lang, key, &[(name, value.to_owned())])
    }

    /// A path under the reader's language prefix.
    pub fn href(&self, path: &str) -> String {
        format!("/{}{path}", self.lang.code())
    }

    /// A 303 to a path under the reader's language prefix: where a form goes next.
    pub fn redirect(&self, path: &str) -> axum::response::Response {
        axum::response::IntoResponse::into_response(axum::response::Redirect::to(&self.href(path)))
    }

    pub fn time(&self, at: &chrono::DateTime<Utc>) -> String {
        i18n::local_time(*at)
    }

    pub fn principal(&self) -> Option<Principal> {
        self.user.as_ref().map(User::principal)
    }

    /// The signed-in person, or a detour through the login page.
    pub fn require_user(&self) -> AppResult<&User> {
        self.user.as_ref().ok_or(AppError::new(ErrorKind::SignIn))
    }

    /// The signed-in person holding `role`.
    pub fn require_role(&self, role: Role) -> AppResult<&User> {
        let user = self.require_user()?;
        if user.roles.contains(&role) {
            Ok(user)
        } else {
            Err(AppError::forbidden())
        }
    }

    /// The signed-in person who manages people (HR developer, coordinator, administrator).
    pub fn require_people_manager(&self) -> AppResult<Principal> {
        let principal = self.require_user()?.principal();
        if principal.manages_people() {
            Ok(principal)
        } else {
            Err(AppError::forbidden())
        }
    }

    /// Starts a signed-in session: a new session id (so a planted one is worthless),
    /// a new CSRF token, and the time of login for the absolute lifetime, which is
    /// also when the person was last seen: the page after the login writes nothing.
    pub async fn sign_in(&self, user_id: i32) -> AppResult<()> {
        self.session.cycle_id().await?;
        for (key, value) in signed_in(user_id, &store::random_token()) {
            self.session.insert(key, value).await?;
        }
        Ok(())
    }

    pub async fn sign_out(&self) -> AppResult<()> {
        self.session.flush().await?;
        Ok(())
    }

    /// A notice shown once, on the next page, in that page's language.
    pub fn flash(&self, key: &str) {
        self.next_flash.leave(key);
    }

    pub fn nav(&self) -> Vec<NavItem> {
        let mut items = vec![("/", "nav-start")];
        let principal = self.principal();
        let mut entries: Vec<&crate::feature::NavEntry> = crate::FEATURES
            .iter()
            .flat_map(|feature| feature.nav)
            .filter(|entry| match &principal {
                Some(p) => (entry.shown)(p),
                None => entry.public,
            })
            .collect();
        entries.sort_by_key(|entry| entry.order);
        items.extend(entries.iter().map(|entry| (entry.path, entry.label)));
        let current_path = self.path.split('?').next().unwrap_or("/");
        let matches = |path: &str| {
            if path == "/" {
                current_path == "/"
            } else {
                current_path.starts_with(path)
            }
        };
        // The longest link that leads here is the current one: /academy/edit, not /academy.
        let current = items
            .iter()
            .map(|(path, _)| *path)
            .filter(|p| matches(p))
            .max_by_key(|p| p.len());
        items
            .into_iter()
            .map(|(path, key)| NavItem {
                href: self.href(path),
                label: self.t(key),
                current: Some(path) == current,
            })
            .collect()
    }

    pub fn languages(&self) -> Vec<LangLink> {
        Lang::ALL
            .into_iter()
            .map(|l| LangLink {
                code: l.code(),
                // Each language is named in itself, whatever the page's language.
                name: i18n::t(l, "language-switch-name"),
                href: format!("/{}{}", l.code(), self.path),
                current: l == self.lang,
            })
            .collect()
    }
}

/// The person this session belongs to, if it is still valid: the account exists and
/// is enabled, and the session is younger than its absolute lifetime.
pub(crate) async fn signed_in_user(state: &AppState, session: &Session) -> AppResult<Option<User>> {
    let Some(user_id) = session.get::<i32>(USER_ID_KEY).await? else {
        return Ok(None);
    };
    let signed_in_at = session.get::<i64>(SIGNED_IN_AT_KEY).await?.unwrap_or(0);
    let expired = Utc::now().timestamp() - signed_in_at > state.config.session_absolute_seconds;
    let user = if expired {
        None
    } else {
        // The session was read with its person; a person signed in during this request
        // is read now.
        match session.get::<User>(PERSON_KEY).await? {
            Some(person) if person.id == user_id => Some(person),
            _ => state.store.accounts().user(user_id).await?,
        }
    };
    match user {
        Some(user) if !user.disabled => {
            // The idle deadline moves when the session is written: at most once a
            // minute, so that a page read does not write on every request.
            let now = Utc::now().timestamp();
            let seen = session.get::<i64>(SEEN_AT_KEY).await?;
            if seen.is_none_or(|seen| now - seen >= IDLE_STEP_SECONDS) {
                session.insert(SEEN_AT_KEY, now).await?;
            }
            Ok(Some(user))
        }
        _ => {
            session.flush().await?;
            Ok(None)
        }
    }
}

/// What a signed-in session holds: the person, the time of login for the absolute
/// lifetime (also when they were last seen), and the CSRF token.
fn signed_in(user_id: i32, csrf: &str) -> [(&'static str, serde_json::Value); 4] {
    let now = Utc::now().timestamp();
    [
        (USER_ID_KEY, serde_json::json!(user_id)),
        (SIGNED_IN_AT_KEY, serde_json::json!(now)),
        (SEEN_AT_KEY, serde_json::json!(now)),
        (CSRF_KEY, serde_json::json!(csrf)),
    ]
}

/// A signed-in session written straight into the session store, holding what
/// `PageCtx::sign_in` holds, for the benchmark and the tests that need thousands of
/// people signed in without hashing their passwords. Returns the session id (the
/// session cookie's value) and its CSRF token.
pub async fn open_session(store: &store::Store, user_id: i32) -> anyhow::Result<(String, String)> {
    use tower_sessions::{
        SessionStore,
        session::{Id, Record},
    };
    let csrf = store::random_token();
    let data = signed_in(user_id, &csrf)
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
    let mut record = Record {
        id: Id::default(),
        data,
        expiry_date: time::OffsetDateTime::now_utc() + time::Duration::hours(1),
    };
    store
        .sessions()
        .create(&mut record)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok((record.id.to_string(), csrf))
}

/// A one-time notice on its way to the next page ("Your details have been saved."). It
/// travels in a cookie of its own, not in the session, so neither the form that leaves
/// it nor the page that shows it writes the session. The cookie holds the notice's
/// Fluent id, and the page shows the message in its own language; an id that names no
/// message is ignored, so a cookie can only ever show one of our own notices.
#[derive(Clone, Default)]
pub struct Flash(Arc<Mutex<FlashState>>);

#[derive(Default)]
struct FlashState {
    /// The id the request's cookie carried.
    arrived: Option<String>,
    /// Whether a page took it to show.
    taken: bool,
    /// The id this request's form leaves for the next page.
    left: Option<String>,
}

/// How long a notice waits for its page: the page after a form follows at once.
const FLASH_SECONDS: u32 = 300;

impl Flash {
    fn state(&self) -> std::sync::MutexGuard<'_, FlashState> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The notice that arrived, for the page to show.
    fn take(&self) -> Option<String> {
        let mut state = self.state();
        state.taken = state.arrived.is_some();
        state.arrived.clone()
    }

    fn leave(&self, id: &str) {
        self.state().left = Some(id.to_owned());
    }
}

fn is_notice_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && i18n::has_key(Lang::Fi, id)
}

/// Reads the notice a request's cookie carries, and after the handler sets the cookie
/// to the notice its form left, or removes it once a page has shown it (a redirect
/// shows nothing, so the notice waits for the page it leads to).
pub async fn carry_flash(
    State(config): State<Arc<WebConfig>>,
    mut request: Request,
    next: Next,
) -> Response {
    let name = config.cookie_name(Cookie::Flash);
    let arrived = security::cookie(request.headers(), name).filter(|id| is_notice_id(id));
    let flash = Flash(Arc::new(Mutex::new(FlashState {
        arrived,
        ..FlashState::default()
    })));
    request.extensions_mut().insert(flash.clone());
    let mut response = next.run(request).await;
    let shown = !response.status().is_redirection() && crate::render::is_html(&response);
    let state = flash.state();
    let cookie = match &state.left {
        Some(id) => security::set_cookie(&config, name, id, Some(FLASH_SECONDS)),
        None if state.taken && shown => security::set_cookie(&config, name, "", Some(0)),
        None => None,
    };
    if let Some(cookie) = cookie {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}
