//! Tables as people take them away: CSV (UTF-8 with a byte-order mark, so that Excel in
//! Finnish reads ä, ö and å) and Excel workbooks (rust_xlsxwriter), from the same
//! `Table` a page shows.

use axum::{
    http::header,
    response::{IntoResponse, Response},
};

use crate::error::AppResult;

/// A cell: text, or a number a spreadsheet can count with.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Number(f64),
}

impl Cell {
    pub fn count(n: usize) -> Cell {
        Cell::Number(n as f64)
    }

    /// As the page and the CSV show it.
    pub fn shown(&self) -> String {
        match self {
            Cell::Text(t) => t.clone(),
            Cell::Number(n) if n.fract() == 0.0 => format!("{n:.0}"),
            Cell::Number(n) => format!("{n:.1}"),
        }
    }
}

/// A table with a title (the caption, the sheet's name), its header and its rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub title: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

fn attachment(name: &str) -> String {
    format!("attachment; filename=\"{name}\"")
}

pub fn csv(table: &Table, file_name: &str) -> AppResult<Response> {
    let mut out = csv::Writer::from_writer("\u{feff}".as_bytes().to_vec());
    out.write_record(&table.header)?;
    for row in &table.rows {
        out.write_record(row.iter().map(Cell::shown))?;
    }
    let bytes = out.into_inner()?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, attachment(file_name)),
        ],
        bytes,
    )
        .into_response())
}

/// A workbook with a sheet for each table.
pub fn xlsx(tables: &[Table], file_name: &str) -> AppResult<Response> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    for table in tables {
        let sheet = book.add_worksheet();
        // A sheet's name is at most 31 characters and has none of []:*?/\.
        let name: String = table
            .title
            .chars()
            .filter(|c| !"[]:*?/\\".contains(*c))
            .take(31)
            .collect();
        sheet.set_name(&name)?;
        for (c, title) in table.header.iter().enumerate() {
            let c = u16::try_from(c).unwrap_or(u16::MAX);
            sheet.write_string_with_format(0, c, title, &bold)?;
        }
        for (r, row) in table.rows.iter().enumerate() {
            let r = u32::try_from(r + 1).unwrap_or(u32::MAX);
            for (c, cell) in row.iter().enumerate() {
                let c = u16::try_from(c).unwrap_or(u16::MAX);
                match cell {
                    Cell::Text(t) => sheet.write_string(r, c, t),
                    Cell::Number(n) => sheet.write_number(r, c, *n),
                }?;
            }
        }
        sheet.autofit();
    }
    let bytes = book.save_to_buffer()?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".to_owned(),
            ),
            (header::CONTENT_DISPOSITION, attachment(file_name)),
        ],
        bytes,
    )
        .into_response())
}
