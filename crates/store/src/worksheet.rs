//! The demo's printable worksheets: a small PDF written here, one page per language,
//! with the tool's instructions, its checklist as boxes to tick, and lines for notes.
//! It uses the PDF standard fonts, whose WinAnsi encoding covers Finnish and Swedish.

/// One language's page.
pub struct Sheet<'a> {
    pub heading: &'a str,
    pub title: &'a str,
    pub body: &'a str,
    pub items: Vec<&'a str>,
    pub notes: &'a str,
}

const WIDTH: u32 = 595;
const HEIGHT: u32 = 842;
const MARGIN: u32 = 56;

/// The PDF of the sheets, one page each.
pub fn pdf(sheets: &[Sheet<'_>]) -> Vec<u8> {
    // Objects: 1 catalog, 2 pages, 3 regular font, 4 bold font, then a page and its
    // contents for each sheet.
    let mut objects: Vec<Vec<u8>> = Vec::new();
    let page_ids: Vec<usize> = (0..sheets.len()).map(|i| 5 + 2 * i).collect();
    objects.push(b"<< /Type /Catalog /Pages 2 0 R >>".to_vec());
    let kids: Vec<String> = page_ids.iter().map(|id| format!("{id} 0 R")).collect();
    objects.push(
        format!(
            "<< /Type /Pages /Kids [{}] /Count {} >>",
            kids.join(" "),
            sheets.len()
        )
        .into_bytes(),
    );
    for font in ["Helvetica", "Helvetica-Bold"] {
        objects.push(
            format!(
                "<< /Type /Font /Subtype /Type1 /BaseFont /{font} /Encoding /WinAnsiEncoding >>"
            )
            .into_bytes(),
        );
    }
    for (sheet, page_id) in sheets.iter().zip(&page_ids) {
        objects.push(
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {WIDTH} {HEIGHT}] \
                 /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {} 0 R >>",
                page_id + 1
            )
            .into_bytes(),
        );
        let content = page_content(sheet);
        let mut stream = format!("<< /Length {} >>\nstream\n", content.len()).into_bytes();
        stream.extend_from_slice(&content);
        stream.extend_from_slice(b"\nendstream");
        objects.push(stream);
    }
    let mut out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(object);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

fn page_content(sheet: &Sheet<'_>) -> Vec<u8> {
    let mut out = Vec::new();
    let mut y = HEIGHT - MARGIN;
    let text = |out: &mut Vec<u8>, font: &str, size: u32, x: u32, y: u32, line: &str| {
        out.extend_from_slice(format!("BT /{font} {size} Tf {x} {y} Td (").as_bytes());
        out.extend_from_slice(&pdf_string(line));
        out.extend_from_slice(b") Tj ET\n");
    };
    text(&mut out, "F1", 10, MARGIN, y, sheet.heading);
    y -= 28;
    for line in wrap(sheet.title, 45) {
        text(&mut out, "F2", 20, MARGIN, y, &line);
        y -= 26;
    }
    y -= 6;
    for line in wrap(sheet.body, 90) {
        text(&mut out, "F1", 11, MARGIN, y, &line);
        y -= 16;
    }
    y -= 12;
    for item in &sheet.items {
        for (i, line) in wrap(item, 80).iter().enumerate() {
            if i == 0 {
                out.extend_from_slice(format!("{MARGIN} {} 11 11 re S\n", y - 2).as_bytes());
            }
            text(&mut out, "F1", 12, MARGIN + 22, y, line);
            y -= 18;
        }
        y -= 8;
    }
    y -= 10;
    text(&mut out, "F2", 12, MARGIN, y, sheet.notes);
    y -= 30;
    while y > MARGIN {
        out.extend_from_slice(format!("{MARGIN} {y} m {} {y} l S\n", WIDTH - MARGIN).as_bytes());
        y -= 26;
    }
    out
}

/// Breaks text into lines of at most `width` characters at spaces.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A PDF literal string's bytes in WinAnsi: Latin-1 for the letters Finnish and
/// Swedish need, the typographic dashes and quotes mapped, anything else as `?`.
fn pdf_string(text: &str) -> Vec<u8> {
    let mut out = Vec::new();
    for c in text.chars() {
        match c {
            '(' | ')' | '\\' => {
                out.push(b'\\');
                out.push(c as u8);
            }
            '–' => out.push(0x96),
            '—' => out.push(0x97),
            '’' => out.push(0x92),
            '“' => out.push(0x93),
            '”' => out.push(0x94),
            '•' => out.push(0x95),
            c if (c as u32) < 0x20 => out.push(b' '),
            c => out.push(u8::try_from(u32::from(c)).unwrap_or(b'?')),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_worksheet_is_a_pdf_with_a_page_per_language() {
        let sheet = |title| Sheet {
            heading: "Johto",
            title,
            body: "Käy lista läpi (ennen palaveria).",
            items: vec!["Ensimmäinen kohta", "Toinen kohta"],
            notes: "Muistiinpanot",
        };
        let bytes = pdf(&[sheet("Työkirja"), sheet("Arbetsblad")]);
        assert!(bytes.starts_with(b"%PDF-1.4"));
        assert!(bytes.ends_with(b"%%EOF\n"));
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.contains("/Count 2"));
        // ä in WinAnsi, parentheses escaped
        assert!(bytes.windows(3).any(|w| w == b"K\xe4y"));
        assert!(text.contains("\\(ennen palaveria\\)"));
        // The cross-reference table points at each object.
        let xref_at: usize = text
            .rsplit("startxref\n")
            .next()
            .and_then(|s| s.lines().next())
            .and_then(|s| s.parse().ok())
            .unwrap();
        assert!(bytes[xref_at..].starts_with(b"xref"));
    }

    #[test]
    fn long_lines_wrap_at_spaces() {
        assert_eq!(wrap("yksi kaksi kolme", 10), vec!["yksi kaksi", "kolme"]);
    }
}
