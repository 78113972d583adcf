//! Markdown written by editors, rendered safely: raw HTML is shown as text, and links
//! lead only to web, mail or in-site addresses.

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, html};

fn safe_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    lower.starts_with("https://")
        || lower.starts_with("http://")
        || lower.starts_with("mailto:")
        || lower.starts_with('/')
        || lower.starts_with('#')
}

pub fn to_html(markdown: &str) -> String {
    let parser = Parser::new_ext(
        markdown,
        Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES,
    )
    .map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) if !safe_url(&dest_url) => Event::Start(Tag::Link {
            link_type,
            dest_url: CowStr::Borrowed("#"),
            title,
            id,
        }),
        Event::Start(Tag::Image { dest_url, .. }) if !safe_url(&dest_url) => {
            Event::Text(CowStr::Borrowed(""))
        }
        other => other,
    });
    let mut out = String::new();
    html::push_html(&mut out, parser);
    out
}

#[cfg(test)]
mod tests {
    use super::to_html;

    #[test]
    fn markdown_is_rendered_and_scripts_are_not() {
        assert_eq!(to_html("**tärkeä**"), "<p><strong>tärkeä</strong></p>\n");
        let evil = to_html("<script>alert(1)</script> <img src=x onerror=alert(1)>");
        assert!(
            !evil.contains("<script") && !evil.contains("<img"),
            "{evil}"
        );
        assert!(evil.contains("&lt;script&gt;"));
        let link = to_html("[x](javascript:alert(1)) and [ok](https://www.kuntatyonantajat.fi)");
        assert!(link.contains("<a href=\"#\">x</a>"), "{link}");
        assert!(
            link.contains("<a href=\"https://www.kuntatyonantajat.fi\">ok</a>"),
            "{link}"
        );
    }
}
