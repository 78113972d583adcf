//! Uploaded files: what kinds the academy accepts, judged by their content.
//!
//! A file's name only has to agree with what its bytes are: a `.pdf` must start like a
//! PDF, a `.docx` must be an Office Open XML document. Anything the platform would not
//! show or offer for download (programs, scripts, archives, HTML) is refused.

use crate::{
    Invalid, PartKind, Principal,
    academy::{may_edit_academy, may_see_theme},
    events::may_have_materials,
    invalid,
};

/// The largest upload accepted, unless configured otherwise.
pub const DEFAULT_MAX_UPLOAD_BYTES: usize = 100 * 1024 * 1024;

/// A kind of file the platform accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Pdf,
    Docx,
    Xlsx,
    Pptx,
    Odt,
    Ods,
    Odp,
    Png,
    Jpeg,
    Webm,
    Mp4,
}

impl FileKind {
    const ALL: [FileKind; 11] = [
        FileKind::Pdf,
        FileKind::Docx,
        FileKind::Xlsx,
        FileKind::Pptx,
        FileKind::Odt,
        FileKind::Ods,
        FileKind::Odp,
        FileKind::Png,
        FileKind::Jpeg,
        FileKind::Webm,
        FileKind::Mp4,
    ];

    pub fn content_type(self) -> &'static str {
        match self {
            FileKind::Pdf => "application/pdf",
            FileKind::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            FileKind::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            FileKind::Pptx => {
                "application/vnd.openxmlformats-officedocument.presentationml.presentation"
            }
            FileKind::Odt => "application/vnd.oasis.opendocument.text",
            FileKind::Ods => "application/vnd.oasis.opendocument.spreadsheet",
            FileKind::Odp => "application/vnd.oasis.opendocument.presentation",
            FileKind::Png => "image/png",
            FileKind::Jpeg => "image/jpeg",
            FileKind::Webm => "video/webm",
            FileKind::Mp4 => "video/mp4",
        }
    }

    /// The name endings that may carry this kind.
    fn extensions(self) -> &'static [&'static str] {
        match self {
            FileKind::Pdf => &["pdf"],
            FileKind::Docx => &["docx"],
            FileKind::Xlsx => &["xlsx"],
            FileKind::Pptx => &["pptx"],
            FileKind::Odt => &["odt"],
            FileKind::Ods => &["ods"],
            FileKind::Odp => &["odp"],
            FileKind::Png => &["png"],
            FileKind::Jpeg => &["jpg", "jpeg"],
            FileKind::Webm => &["webm"],
            FileKind::Mp4 => &["mp4", "m4v"],
        }
    }

    /// The short name shown next to a download link: "PDF", "DOCX".
    pub fn label(self) -> &'static str {
        self.extensions()[0]
    }

    pub fn from_content_type(content_type: &str) -> Option<FileKind> {
        FileKind::ALL
            .into_iter()
            .find(|k| k.content_type() == content_type)
    }

    pub fn is_video(self) -> bool {
        matches!(self, FileKind::Webm | FileKind::Mp4)
    }

    /// A picture, as a newsletter or a web page shows it.
    pub fn is_picture(self) -> bool {
        matches!(self, FileKind::Png | FileKind::Jpeg)
    }

    /// Shown in the browser rather than saved: pictures and videos.
    pub fn is_inline(self) -> bool {
        self.is_video() || self.is_picture()
    }

    /// Whether a part of this kind may carry a file of this kind: a video part plays a
    /// video; tools and theory offer documents and pictures.
    pub fn fits(self, part: PartKind) -> bool {
        match part {
            PartKind::Video => self.is_video(),
            PartKind::Tool | PartKind::Theory => !self.is_video(),
        }
    }

    /// Judges an upload by its bytes, then checks that its name agrees.
    pub fn sniff(name: &str, bytes: &[u8]) -> Result<FileKind, Invalid> {
        if bytes.is_empty() {
            return Err(invalid("error-file-empty"));
        }
        let kind = infer::get(bytes)
            .and_then(|t| FileKind::from_content_type(t.mime_type()))
            .ok_or(invalid("error-file-type"))?;
        let extension = name
            .rsplit_once('.')
            .map(|(_, e)| e.to_ascii_lowercase())
            .unwrap_or_default();
        if !kind.extensions().contains(&extension.as_str()) {
            return Err(invalid("error-file-name-mismatch"));
        }
        Ok(kind)
    }
}

/// A file name as saved and offered back: the last path component, without control
/// characters or characters that would need quoting in a header, at most 120 chars.
pub fn clean_file_name(raw: &str) -> Result<String, Invalid> {
    let last = raw.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = last
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '"' | ';' | '%'))
        .collect::<String>()
        .trim()
        .chars()
        .take(120)
        .collect();
    if cleaned.is_empty() || cleaned.starts_with('.') {
        return Err(invalid("error-file-name"));
    }
    Ok(cleaned)
}

/// What a stored file belongs to, as far as who may fetch it is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileUse {
    /// A part's file, in a theme that is published or not.
    Part { theme_published: bool },
    /// An event's recording or material; `has_seat`: the reader has or had a
    /// confirmed seat at it.
    Material { has_seat: bool },
    /// An attachment of a cohort's task; `sees_cohort`: the reader may see the cohort
    /// (`coaching::may_see_cohort`).
    TaskAttachment { sees_cohort: bool },
    /// A file of a participant's work or of a coach's feedback on it; `reads_work`:
    /// the reader may read the work (`coaching::tasks::may_read_work`).
    Work { reads_work: bool },
    /// An attachment of a development solution; `sees_solution`: the reader may see
    /// the solution (`solutions::may_see_solution`), anyone when it is approved.
    SolutionAttachment { sees_solution: bool },
    /// An image in a newsletter; `gone_out`: its send has started, so the image is in
    /// people's mailboxes and the public archive.
    NewsletterImage { gone_out: bool },
}

impl FileUse {
    /// Whether the use is the academy's editors' to oversee: the academy's and the
    /// events' files, not a person's work or an organisation's unpublished solution.
    fn is_editorial(self) -> bool {
        matches!(self, FileUse::Part { .. } | FileUse::Material { .. })
    }

    fn allows(self, who: Option<&Principal>) -> bool {
        match (self, who) {
            (FileUse::SolutionAttachment { sees_solution }, _) => sees_solution,
            (FileUse::NewsletterImage { gone_out: true }, _) => true,
            (_, None) => false,
            (FileUse::NewsletterImage { gone_out: false }, Some(who)) => {
                crate::newsletters::may_run_newsletters(who)
            }
            (FileUse::Part { theme_published }, Some(who)) => may_see_theme(who, theme_published),
            (FileUse::Material { has_seat }, Some(who)) => may_have_materials(who, has_seat),
            (FileUse::TaskAttachment { sees_cohort }, Some(_)) => sees_cohort,
            (FileUse::Work { reads_work }, Some(_)) => reads_work,
        }
    }
}

/// Whether the person (or a visitor who has not signed in, `None`) may fetch a file
/// that is used in these places: where one of its uses allows it, and the academy's
/// editors any file whose uses are all editorial (a file used nowhere is for the
/// editors alone). A participant's work and an unpublished solution are never the
/// editors' to read.
pub fn may_fetch_file(who: Option<&Principal>, uses: &[FileUse]) -> bool {
    (who.is_some_and(may_edit_academy) && uses.iter().all(|u| u.is_editorial()))
        || uses.iter().any(|used| used.allows(who))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_fetched_where_one_of_its_uses_allows_it() {
        let manager = Principal {
            user_id: 1,
            org_id: 1,
            roles: vec![crate::Role::Manager],
        };
        let draft = FileUse::Part {
            theme_published: false,
        };
        let published = FileUse::Part {
            theme_published: true,
        };
        assert!(!may_fetch_file(Some(&manager), &[]));
        assert!(!may_fetch_file(Some(&manager), &[draft]));
        assert!(may_fetch_file(Some(&manager), &[draft, published]));
        assert!(!may_fetch_file(
            Some(&manager),
            &[FileUse::Material { has_seat: false }]
        ));
        assert!(may_fetch_file(
            Some(&manager),
            &[FileUse::Material { has_seat: true }]
        ));
        let editor = Principal {
            roles: vec![crate::Role::ContentEditor],
            ..manager
        };
        assert!(may_fetch_file(Some(&editor), &[]));
        assert!(!may_fetch_file(
            Some(&editor),
            &[FileUse::Work { reads_work: false }]
        ));
        assert!(may_fetch_file(
            Some(&manager),
            &[FileUse::Work { reads_work: true }]
        ));
        let approved = FileUse::SolutionAttachment {
            sees_solution: true,
        };
        let draft_solution = FileUse::SolutionAttachment {
            sees_solution: false,
        };
        assert!(may_fetch_file(None, &[approved]));
        assert!(!may_fetch_file(None, &[draft_solution]));
        assert!(!may_fetch_file(None, &[published]));
        assert!(!may_fetch_file(Some(&editor), &[draft_solution]));
        let draft_newsletter = FileUse::NewsletterImage { gone_out: false };
        let coordinator = Principal {
            roles: vec![crate::Role::Coordinator],
            ..manager
        };
        assert!(may_fetch_file(Some(&coordinator), &[draft_newsletter]));
        assert!(!may_fetch_file(Some(&manager), &[draft_newsletter]));
        assert!(!may_fetch_file(Some(&editor), &[draft_newsletter]));
        assert!(may_fetch_file(
            None,
            &[FileUse::NewsletterImage { gone_out: true }]
        ));
    }

    const PDF: &[u8] = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n";
    const PNG: &[u8] = &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    #[test]
    fn content_decides_and_the_name_must_agree() {
        assert_eq!(FileKind::sniff("Työkirja.pdf", PDF), Ok(FileKind::Pdf));
        assert_eq!(FileKind::sniff("kuva.PNG", PNG), Ok(FileKind::Png));
        assert_eq!(
            FileKind::sniff("kuva.pdf", PNG).unwrap_err().message_id,
            "error-file-name-mismatch"
        );
        assert_eq!(
            FileKind::sniff("ohjelma.pdf", b"MZ\x90\x00\x03\x00\x00\x00")
                .unwrap_err()
                .message_id,
            "error-file-type"
        );
        assert_eq!(
            FileKind::sniff("sivu.pdf", b"<html><script>alert(1)</script>")
                .unwrap_err()
                .message_id,
            "error-file-type"
        );
        assert_eq!(
            FileKind::sniff("tyhja.pdf", b"").unwrap_err().message_id,
            "error-file-empty"
        );
    }

    #[test]
    fn videos_go_with_video_parts_and_documents_with_the_rest() {
        assert!(FileKind::Webm.fits(PartKind::Video));
        assert!(!FileKind::Pdf.fits(PartKind::Video));
        assert!(FileKind::Pdf.fits(PartKind::Tool));
        assert!(!FileKind::Mp4.fits(PartKind::Theory));
    }

    #[test]
    fn names_lose_their_folders_and_header_characters() {
        assert_eq!(
            clean_file_name("C:\\Users\\a\\Työkirja \"1\".pdf").as_deref(),
            Ok("Työkirja 1.pdf")
        );
        assert_eq!(clean_file_name("../../etc/passwd").as_deref(), Ok("passwd"));
        assert!(clean_file_name(".htaccess").is_err());
        assert!(clean_file_name("   ").is_err());
    }
}
