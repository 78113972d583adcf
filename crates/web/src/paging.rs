//! Long lists a page at a time: the page is `?page=N` in the address (so it can be
//! shared and bookmarked), and the list ends with links to the previous and next
//! pages and "page N of M". A page number that is not one is the first page, and one
//! past the end is the last.

use std::ops::Range;

use serde::Deserialize;

use crate::{PageCtx, i18n};

/// The `page` of an address's query, as typed.
#[derive(Debug, Default, Deserialize)]
pub struct PageQuery {
    pub page: Option<String>,
}

pub struct Paging {
    pub page: usize,
    pub pages: usize,
    range: Range<usize>,
    base: String,
    /// "Page 2 of 5", in the reader's language.
    pub position: String,
}

impl Paging {
    /// The page `query` asks for of `total` items, `per_page` at a time, at the
    /// address `path` (under the reader's language).
    pub fn new(
        ctx: &PageCtx,
        path: &str,
        query: &PageQuery,
        total: usize,
        per_page: usize,
    ) -> Paging {
        let pages = total.div_ceil(per_page).max(1);
        let page = query
            .page
            .as_deref()
            .and_then(|p| p.trim().parse::<usize>().ok())
            .unwrap_or(1)
            .clamp(1, pages);
        let start = (page - 1) * per_page;
        let position = i18n::t_args(
            ctx.lang,
            "paging-position",
            &[("page", page.to_string()), ("pages", pages.to_string())],
        );
        Paging {
            page,
            pages,
            range: start..(start + per_page).min(total),
            base: ctx.href(path),
            position,
        }
    }

    /// The items of this page, of all of them.
    pub fn of<'a, T>(&self, items: &'a [T]) -> &'a [T] {
        items.get(self.range.clone()).unwrap_or_default()
    }

    /// The address of a page; an address with a query of its own (a filtered list)
    /// keeps it.
    pub fn href(&self, page: &usize) -> String {
        let joint = if self.base.contains('?') { '&' } else { '?' };
        format!("{}{joint}page={page}", self.base)
    }

    pub fn previous(&self) -> Option<usize> {
        (self.page > 1).then(|| self.page - 1)
    }

    pub fn next(&self) -> Option<usize> {
        (self.page < self.pages).then(|| self.page + 1)
    }
}
