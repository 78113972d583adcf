//! Reading uploads from multipart forms, and serving uploaded files to the people who
//! may see them, with byte ranges so that a video can be sought in.

use axum::body::Bytes;
use axum::extract::Multipart;
use axum::{
    Extension, Router,
    extract::Path,
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
    routing::get,
};
use domain::{FileKind, Invalid, files::clean_file_name};
use store::StoredFile;

use crate::{AppError, AppState, PageCtx, error::AppResult, form::Form};

/// A multipart form as sent: its text fields, and the file of its `file` field.
pub struct Upload {
    pub fields: Vec<(String, String)>,
    pub file: Option<(String, Bytes)>,
}

impl Upload {
    pub async fn read(mut multipart: Multipart) -> AppResult<Upload> {
        let mut upload = Upload {
            fields: Vec::new(),
            file: None,
        };
        while let Some(field) = multipart
            .next_field()
            .await
            .map_err(|_| AppError::bad_request())?
        {
            let name = field.name().unwrap_or_default().to_owned();
            if name == "file" {
                let file_name = field.file_name().unwrap_or_default().to_owned();
                let bytes = field.bytes().await.map_err(|_| AppError::bad_request())?;
                // A file input left empty sends a part with no name and no bytes.
                if !file_name.is_empty() || !bytes.is_empty() {
                    upload.file = Some((file_name, bytes));
                }
            } else {
                let value = field.text().await.map_err(|_| AppError::bad_request())?;
                upload.fields.push((name, value));
            }
        }
        Ok(upload)
    }

    /// The text fields, to fill a form.
    pub fn pairs(&self) -> Vec<(&str, &str)> {
        self.fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect()
    }

    /// Keeps the uploaded file, judged by its content; a refusal goes beside `field`.
    /// `None` when no file was sent or it was refused.
    pub async fn keep(
        self,
        state: &AppState,
        form: &mut Form,
        field: &str,
        author: i32,
    ) -> AppResult<Option<StoredFile>> {
        self.keep_if(state, form, field, author, |_| Ok(())).await
    }

    /// As `keep`, for a place that takes only some kinds: `accepts` refuses the others
    /// (with its message) before anything is kept.
    pub async fn keep_if(
        self,
        state: &AppState,
        form: &mut Form,
        field: &str,
        author: i32,
        accepts: impl FnOnce(FileKind) -> Result<(), Invalid>,
    ) -> AppResult<Option<StoredFile>> {
        if self.file.is_none() {
            return Ok(None);
        }
        match self
            .checked_file()
            .and_then(|(name, kind, bytes)| accepts(kind).map(|()| (name, kind, bytes)))
        {
            Ok((name, kind, bytes)) => Ok(Some(
                state
                    .store
                    .files()
                    .save_file(&state.files, &name, kind, bytes, Some(author))
                    .await?,
            )),
            Err(invalid) => {
                form.refuse(field, invalid.message_id);
                Ok(None)
            }
        }
    }

    /// The file judged by its content: a clean name, and a kind we take.
    pub fn checked_file(self) -> Result<(String, FileKind, Bytes), Invalid> {
        match self.file {
            Some((name, bytes)) if !name.is_empty() => clean_file_name(&name)
                .and_then(|name| FileKind::sniff(&name, &bytes).map(|kind| (name, kind, bytes))),
            _ => Err(Invalid {
                message_id: "error-file-missing",
            }),
        }
    }
}

pub fn routes() -> Router<AppState> {
    Router::new().route("/files/{id}/{name}", get(download))
}

/// A file to whoever `domain::files::may_fetch_file` lets have it: an approved
/// solution's attachment to anyone, a published part's file to anyone signed in. The
/// name in the address is only for the person saving it; the id decides.
async fn download(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((id, _name)): Path<(String, String)>,
    headers: HeaderMap,
) -> AppResult<Response> {
    let principal = ctx.principal();
    let id: i32 = id.parse().map_err(|_| AppError::not_found())?;
    let Some(file) = state.store.files().file_for(id, principal.as_ref()).await? else {
        // A visitor may find the file theirs once signed in.
        ctx.require_user()?;
        return Err(AppError::not_found());
    };
    let size = u64::try_from(file.size).unwrap_or_default();
    let range = headers
        .get(header::RANGE)
        .and_then(|v| v.to_str().ok())
        .map(|v| byte_range(v, size));
    let (status, range) = match range {
        None => (StatusCode::OK, None),
        Some(Some(range)) => (StatusCode::PARTIAL_CONTENT, Some(range)),
        Some(None) => {
            let mut response = StatusCode::RANGE_NOT_SATISFIABLE.into_response();
            response.headers_mut().insert(
                header::CONTENT_RANGE,
                header_value(&format!("bytes */{size}")),
            );
            return Ok(response);
        }
    };
    let bytes = state.files.read(&file, range.clone()).await?;
    let mut response = (status, bytes).into_response();
    let out = response.headers_mut();
    out.insert(header::CONTENT_TYPE, header_value(&file.content_type));
    out.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    out.insert(header::CONTENT_DISPOSITION, disposition(&file));
    // Files change only by being replaced with a new id.
    out.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, max-age=3600"),
    );
    if let Some(range) = range {
        out.insert(
            header::CONTENT_RANGE,
            header_value(&format!("bytes {}-{}/{size}", range.start, range.end - 1)),
        );
    }
    Ok(response)
}

fn header_value(value: &str) -> HeaderValue {
    HeaderValue::from_str(value).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// Pictures and videos open in the page; documents are saved under their own name.
fn disposition(file: &StoredFile) -> HeaderValue {
    let inline = file.kind().is_some_and(|k| k.is_inline());
    let kind = if inline { "inline" } else { "attachment" };
    let ascii: String = file
        .name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded = store::files::percent_encode(&file.name);
    header_value(&format!(
        "{kind}; filename=\"{ascii}\"; filename*=UTF-8''{encoded}"
    ))
}

/// The one range of a `Range: bytes=…` header as start..end, or `None` when it
/// cannot be served. Several ranges are answered with the first.
fn byte_range(header: &str, size: u64) -> Option<std::ops::Range<u64>> {
    let spec = header.strip_prefix("bytes=")?.split(',').next()?.trim();
    let (start, end) = spec.split_once('-')?;
    let range = if start.is_empty() {
        let suffix: u64 = end.parse().ok()?;
        size.saturating_sub(suffix)..size
    } else {
        let start: u64 = start.parse().ok()?;
        let end = if end.is_empty() {
            size
        } else {
            end.parse::<u64>().ok()?.saturating_add(1).min(size)
        };
        start..end
    };
    (range.start < range.end).then_some(range)
}

#[cfg(test)]
mod tests {
    use super::byte_range;

    #[test]
    fn ranges_are_read_as_browsers_send_them() {
        assert_eq!(byte_range("bytes=0-", 100), Some(0..100));
        assert_eq!(byte_range("bytes=10-19", 100), Some(10..20));
        assert_eq!(byte_range("bytes=90-200", 100), Some(90..100));
        assert_eq!(byte_range("bytes=-10", 100), Some(90..100));
        assert_eq!(byte_range("bytes=100-", 100), None);
        assert_eq!(byte_range("bytes=a-b", 100), None);
        assert_eq!(byte_range("items=0-1", 100), None);
    }
}
