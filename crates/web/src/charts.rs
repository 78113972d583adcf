//! Charts drawn as SVG with plotters (its SVG backend only). Every chart has an
//! accessible name and stands above a table with the same numbers.

use plotters::{
    prelude::*,
    style::text_anchor::{HPos, Pos, VPos},
};

const WIDTH: u32 = 640;
const ROW: u32 = 30;
const LABEL_WIDTH: i32 = 300;
const LABEL_CHARS: usize = 38;

/// A bar for each row, its label on the left and its value written after it: long
/// labels (organisations, forums) fit where columns would not.
pub fn horizontal_bars(rows: &[(String, f64, String)], label: &str) -> String {
    let label = label.replace('"', "&quot;");
    draw_bars(rows).replacen(
        "<svg ",
        &format!("<svg role=\"img\" aria-label=\"{label}\" "),
        1,
    )
}

/// The bars of [`horizontal_bars`] as an unnamed SVG image.
fn draw_bars(rows: &[(String, f64, String)]) -> String {
    let height = ROW * u32::try_from(rows.len()).unwrap_or(0) + 20;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, height)).into_drawing_area();
        let _ = root.fill(&WHITE);
        let max = rows.iter().map(|r| r.1).fold(0.0_f64, f64::max);
        let max = if max > 0.0 { max } else { 1.0 };
        let bar = RGBColor(0x1f, 0x5f, 0x8b);
        let left = TextStyle::from(("sans-serif", 14).into_font())
            .color(&BLACK)
            .pos(Pos::new(HPos::Right, VPos::Center));
        let after = TextStyle::from(("sans-serif", 14).into_font())
            .color(&BLACK)
            .pos(Pos::new(HPos::Left, VPos::Center));
        let room = f64::from(i32::try_from(WIDTH).unwrap_or(640) - LABEL_WIDTH - 70);
        for (i, (name, value, shown)) in rows.iter().enumerate() {
            let y0 = 10 + i32::try_from(i).unwrap_or(0) * i32::try_from(ROW).unwrap_or(30);
            let middle = y0 + 12;
            let name: String = if name.chars().count() > LABEL_CHARS {
                let cut: String = name.chars().take(LABEL_CHARS - 1).collect();
                format!("{cut}…")
            } else {
                name.clone()
            };
            let _ = root.draw(&Text::new(name, (LABEL_WIDTH - 8, middle), left.clone()));
            // Bars are whole pixels; the value beside them says the exact figure.
            #[allow(clippy::cast_possible_truncation)]
            let length = (room * value / max).round() as i32;
            let _ = root.draw(&Rectangle::new(
                [
                    (LABEL_WIDTH, y0 + 2),
                    (LABEL_WIDTH + length.max(1), y0 + 22),
                ],
                bar.filled(),
            ));
            let _ = root.draw(&Text::new(
                shown.clone(),
                (LABEL_WIDTH + length.max(1) + 6, middle),
                after.clone(),
            ));
        }
        let _ = root.present();
    }
    svg
}

/// Bars as [`horizontal_bars`] draws them, named by a `<title>` and read out by a
/// `<desc>` that the image points to; `id` makes their ids unique on the page.
pub fn described_bars(
    rows: &[(String, f64, String)],
    id: &str,
    title: &str,
    description: &str,
) -> String {
    let escape = |t: &str| {
        t.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let svg = draw_bars(rows).replacen(
        "<svg ",
        &format!("<svg role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" "),
        1,
    );
    let Some(end) = svg.find('>') else {
        return svg;
    };
    let (open, rest) = svg.split_at(end + 1);
    format!(
        "{open}<title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>{rest}",
        escape(title),
        escape(description)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bar_for_each_row_with_its_label_and_value() {
        let rows = vec![
            ("Porin kaupunki".to_owned(), 22.0, "22".to_owned()),
            ("Kouvolan kaupunki".to_owned(), 21.0, "21".to_owned()),
            ("A".repeat(60), 0.0, "0".to_owned()),
        ];
        let svg = horizontal_bars(&rows, "Osallistujat");
        assert!(svg.starts_with("<svg role=\"img\" aria-label=\"Osallistujat\""));
        assert_eq!(svg.matches("<rect").count(), 1 + 3);
        assert!(svg.contains("Porin kaupunki"));
        assert!(svg.contains('…'), "a long label is cut");
    }

    #[test]
    fn a_described_chart_has_its_title_and_description() {
        let rows = vec![("2018".to_owned(), 90.0, "90".to_owned())];
        let svg = described_bars(&rows, "chart-years", "Vuodet & luvut", "2018: 90");
        assert!(svg.starts_with(
            "<svg role=\"img\" aria-labelledby=\"chart-years-title chart-years-desc\""
        ));
        assert!(svg.contains("<title id=\"chart-years-title\">Vuodet &amp; luvut</title>"));
        assert!(svg.contains("<desc id=\"chart-years-desc\">2018: 90</desc>"));
    }
}
