//! The printable EKJ certificate. Typst compiles `certificate.typ` (compiled into the
//! binary) with the facts of one certificate, in its language, into an A4 PDF with
//! Typst's own embedded fonts and a QR code to the certificate's public page. Nothing is
//! read from the file system and nothing is downloaded.

use std::sync::LazyLock;

use anyhow::anyhow;
use qrcode::{QrCode, render::svg};
use typst::{
    Library, LibraryExt, World,
    diag::{FileError, FileResult},
    foundations::{Bytes, Datetime, Dict, Duration, IntoValue, Str},
    syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot},
    text::{Font, FontBook},
    utils::LazyHash,
};
use typst_layout::PagedDocument;

const TEMPLATE: &str = include_str!("certificate.typ");

/// What the certificate says, every text already in its language.
#[derive(Debug, Clone, Default)]
pub struct Certificate {
    /// `fi` or `sv` (or `en`): the document's language.
    pub lang: String,
    pub title: String,
    pub programme: String,
    pub granted_to: String,
    pub holder: String,
    pub organisation: String,
    pub meaning: String,
    /// Empty for a valid certificate; "Revoked on …" for a revoked one.
    pub status: String,
    pub certifies: String,
    pub criteria: Vec<String>,
    pub issued_label: String,
    pub issued: String,
    pub issuer_label: String,
    pub issuer: String,
    pub organisers: String,
    pub signatory: String,
    pub code_label: String,
    pub code: String,
    /// The public page's address, which the QR code holds.
    pub url: String,
    pub qr_alt: String,
}

/// The fonts Typst ships, parsed once.
static FONTS: LazyLock<(LazyHash<FontBook>, Vec<Font>)> = LazyLock::new(|| {
    let fonts: Vec<Font> = typst_assets::fonts()
        .flat_map(|data| Font::iter(Bytes::new(data)))
        .collect();
    (LazyHash::new(FontBook::from_fonts(&fonts)), fonts)
});

/// One compilation: the template, its inputs and the embedded fonts.
struct CertificateWorld {
    library: LazyHash<Library>,
    main: Source,
}

impl World for CertificateWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.0
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, _: FileId) -> FileResult<Bytes> {
        Err(FileError::AccessDenied)
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.1.get(index).cloned()
    }

    fn today(&self, _: Option<Duration>) -> Option<Datetime> {
        None
    }
}

/// The QR code of an address as an SVG image, dark on white with its quiet zone.
pub fn qr_svg(url: &str) -> anyhow::Result<String> {
    let code = QrCode::new(url.as_bytes())?;
    Ok(code
        .render::<svg::Color<'_>>()
        .min_dimensions(240, 240)
        .quiet_zone(true)
        .build())
}

/// The certificate as a PDF.
pub fn render(c: &Certificate) -> anyhow::Result<Vec<u8>> {
    let qr = qr_svg(&c.url)?;
    let inputs: Dict = [
        ("lang", c.lang.as_str()),
        ("title", &c.title),
        ("programme", &c.programme),
        ("granted_to", &c.granted_to),
        ("holder", &c.holder),
        ("organisation", &c.organisation),
        ("meaning", &c.meaning),
        ("status", &c.status),
        ("certifies", &c.certifies),
        ("criteria", &c.criteria.join("\n")),
        ("issued_label", &c.issued_label),
        ("issued", &c.issued),
        ("issuer_label", &c.issuer_label),
        ("issuer", &c.issuer),
        ("organisers", &c.organisers),
        ("signatory", &c.signatory),
        ("code_label", &c.code_label),
        ("code", &c.code),
        ("url", &c.url),
        ("qr", &qr),
        ("qr_alt", &c.qr_alt),
    ]
    .into_iter()
    .map(|(k, v)| (Str::from(k), v.into_value()))
    .collect();
    let path = VirtualPath::new("certificate.typ").map_err(|e| anyhow!("{e:?}"))?;
    let world = CertificateWorld {
        library: LazyHash::new(Library::builder().with_inputs(inputs).build()),
        main: Source::new(
            RootedPath::new(VirtualRoot::Project, path).intern(),
            TEMPLATE.to_owned(),
        ),
    };
    let document: PagedDocument = typst::compile(&world)
        .output
        .map_err(|errors| anyhow!("the certificate did not compile: {errors:?}"))?;
    let pdf = typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default())
        .map_err(|errors| anyhow!("the certificate did not become a PDF: {errors:?}"))?;
    // Typst keeps what it computed for the next compilation; a certificate a request
    // needs little of that, so the memory is given back.
    typst::comemo::evict(2);
    Ok(pdf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_certificate_compiles_to_a_pdf_with_its_text() {
        let c = Certificate {
            lang: "fi".into(),
            title: "EKJ-sertifikaatti".into(),
            holder: "Maija Mäkinen".into(),
            criteria: vec!["Ehto yksi".into(), "Ehto kaksi".into()],
            code: "ABCD-EFGH-JKMN-PQR9".into(),
            url: "https://johto.example/fi/certificates/ABCD-EFGH-JKMN-PQR9".into(),
            ..Certificate::default()
        };
        let pdf = render(&c).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        assert!(pdf.len() > 10_000, "the fonts are embedded");
    }
}
