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
    render(markdown, None)
}

/// For an e-mail, read away from the site: addresses within the site (`/fi/…`,
/// `/files/…`) become absolute under `base`.
pub fn to_html_for_mail(markdown: &str, base: &str) -> String {
    render(markdown, Some(base.trim_end_matches('/')))
}

fn render(markdown: &str, base: Option<&str>) -> String {
    let absolute = |url: CowStr<'_>| -> CowStr<'static> {
        match base {
            Some(base) if url.starts_with('/') => CowStr::from(format!("{base}{url}")),
            _ => CowStr::from(url.into_string()),
        }
    };
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
        }) => Event::Start(Tag::Link {
            link_type,
            dest_url: if safe_url(&dest_url) {
                absolute(dest_url)
            } else {
                CowStr::Borrowed("#")
            },
            title,
            id,
        }),
        Event::Start(Tag::Image { dest_url, .. }) if !safe_url(&dest_url) => {
            Event::Text(CowStr::Borrowed(""))
        }
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Image {
            link_type,
            dest_url: absolute(dest_url),
            title,
            id,
        }),
        other => other,
    });
    let mut out = String::new();
    html::push_html(&mut out, parser);
    out
}

#[cfg(test)]
mod tests {
    use super::{to_html, to_html_for_mail};

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

    #[test]
    fn a_mail_links_to_the_site_by_absolute_addresses() {
        let html = to_html_for_mail(
            "[arena](/fi/solutions) ![kuva](/files/3/kuva.png) [x](https://a.example/)",
            "https://johto.example/",
        );
        assert!(
            html.contains("href=\"https://johto.example/fi/solutions\""),
            "{html}"
        );
        assert!(
            html.contains("src=\"https://johto.example/files/3/kuva.png\""),
            "{html}"
        );
        assert!(html.contains("href=\"https://a.example/\""), "{html}");
    }
}
