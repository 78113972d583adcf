//! Search across the academy in Finnish and Swedish.
//!
//! Each instance builds its own index and rebuilds it from the published academy
//! (`store::Academy::published`) whenever that snapshot's search version (bumped by
//! every academy change) differs from the one it was built from; so all instances
//! serve the same results, a change is found within `store::academy::RECHECK` (at
//! once on the instance that made it), and there is never an index file to lose: the
//! files an index is written to ([`Files`]) are the instance's own, made anew at each
//! build and removed with the index. Only published content is indexed, so a draft is
//! never found.

mod files;
mod solutions;

use std::{
    collections::HashMap,
    ops::Range,
    path::{Path, PathBuf},
    sync::{Arc, RwLock},
};

use domain::{Lang, PartKind};
use store::{
    Store,
    academy::{PartText, Published, ThemeText},
};
use tantivy::{
    Index, IndexReader, IndexSettings, ReloadPolicy, SingleSegmentIndexWriter, TantivyDocument,
    Term,
    collector::TopDocs,
    query::{BooleanQuery, Occur, Query, QueryParser, TermQuery},
    schema::{
        FAST, Field, INDEXED, IndexRecordOption, STRING, Schema, TextFieldIndexing, TextOptions,
        Value,
    },
    tokenizer::{
        Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, TextAnalyzer,
        TokenizerManager,
    },
};

use files::{Files, sweep};
pub use solutions::SolutionIndex;

/// What a result is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HitKind {
    Theme,
    Part(PartKind),
}

#[derive(Debug, Clone)]
pub struct Hit {
    pub kind: HitKind,
    pub theme_id: i32,
    pub theme_slug: String,
    pub theme_title: String,
    pub part_id: Option<i32>,
    pub title: String,
    /// The passage that matched, its words of the query marked.
    pub snippet: Vec<Piece>,
}

#[derive(Debug, Clone, Default)]
pub struct SearchQuery {
    pub text: String,
    pub lang: Lang,
    /// `theme` or a part kind.
    pub kind: Option<String>,
    pub theme: Option<i32>,
}

#[derive(Clone, Copy)]
struct Fields {
    kind: Field,
    theme_id: Field,
    /// Where the document's theme is in the snapshot's themes.
    theme_at: Field,
    /// Where its part is in the theme's parts, plus one; 0 for the theme itself.
    part_at: Field,
    title_fi: Field,
    body_fi: Field,
    title_sv: Field,
    body_sv: Field,
}

/// The language of the fields searched in `lang`: English searches the Finnish.
fn indexed(lang: Lang) -> Lang {
    match lang {
        Lang::Sv => Lang::Sv,
        Lang::Fi | Lang::En => Lang::Fi,
    }
}

impl Fields {
    fn text(&self, lang: Lang) -> (Field, Field) {
        match indexed(lang) {
            Lang::Sv => (self.title_sv, self.body_sv),
            Lang::Fi | Lang::En => (self.title_fi, self.body_fi),
        }
    }
}

/// Where a document's theme and part are in the snapshot it was built from.
#[derive(Clone, Copy)]
struct Place {
    theme: usize,
    part: Option<usize>,
}

/// A hit's titles are read from the snapshot the index was built from, found by each
/// document's place (a table per segment, built with the index); its snippet from the
/// text the index keeps of it, compressed (the snapshot keeps a part's title alone).
struct Built {
    index: Index,
    reader: IndexReader,
    fields: Fields,
    published: Arc<Published>,
    places: Vec<Vec<Place>>,
    /// Last, so that the index is closed before its files are removed.
    _files: Files,
}

pub struct SearchIndex {
    built: Rebuilt<Built>,
    solutions: SolutionIndex,
    folder: PathBuf,
}

/// An index built from what the database held at a version, and rebuilt when the
/// version moves, one build at a time: the searches that find it out of date while it
/// is built wait for that build rather than each build one (and hold one more index in
/// memory).
struct Rebuilt<T> {
    built: RwLock<Option<T>>,
    building: tokio::sync::Mutex<()>,
}

impl<T> Default for Rebuilt<T> {
    fn default() -> Rebuilt<T> {
        Rebuilt {
            built: RwLock::new(None),
            building: tokio::sync::Mutex::new(()),
        }
    }
}

impl<T> Rebuilt<T> {
    /// The index as built, if it was: read it under the guard.
    fn read(&self) -> anyhow::Result<std::sync::RwLockReadGuard<'_, Option<T>>> {
        self.built
            .read()
            .map_err(|_| anyhow::anyhow!("search index lock poisoned"))
    }

    /// Builds the index with `build` unless it was built at the version `latest` gives
    /// (asked again after waiting for another build). Returns whether it built.
    async fn refresh<V, B>(
        &self,
        version_of: impl Fn(&T) -> &str,
        latest: impl Fn() -> V,
        build: impl FnOnce() -> B,
    ) -> anyhow::Result<bool>
    where
        V: Future<Output = anyhow::Result<String>>,
        B: Future<Output = anyhow::Result<T>>,
    {
        let is_current = |version: &str| -> anyhow::Result<bool> {
            Ok(self.read()?.as_ref().map(&version_of) == Some(version))
        };
        if is_current(&latest().await?)? {
            return Ok(false);
        }
        let _one_at_a_time = self.building.lock().await;
        if is_current(&latest().await?)? {
            return Ok(false);
        }
        let built = build().await?;
        *self
            .built
            .write()
            .map_err(|_| anyhow::anyhow!("search index lock poisoned"))? = Some(built);
        Ok(true)
    }
}

fn analyzer(language: Language) -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(60))
        .filter(LowerCaser)
        .filter(Stemmer::new(language))
        .build()
}

/// A text field analysed by `tokenizer` (`fi` or `sv`), indexed with each word's
/// frequency but not where it stands: a search box's words are plain (`plain_words`),
/// never a phrase, so no query asks for positions, and without them the index, and the
/// memory that builds it, are smaller.
fn text(tokenizer: &str) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(IndexRecordOption::WithFreqs),
    )
}

fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let fields = Fields {
        kind: builder.add_text_field("kind", STRING),
        theme_id: builder.add_u64_field("theme_id", INDEXED),
        theme_at: builder.add_u64_field("theme_at", FAST),
        part_at: builder.add_u64_field("part_at", FAST),
        title_fi: builder.add_text_field("title_fi", text("fi")),
        // Kept, compressed, for the snippets.
        body_fi: builder.add_text_field("body_fi", text("fi").set_stored()),
        title_sv: builder.add_text_field("title_sv", text("sv")),
        body_sv: builder.add_text_field("body_sv", text("sv").set_stored()),
    };
    (builder.build(), fields)
}

/// A writer of a new index in `files` with the Finnish (`fi`) and Swedish (`sv`)
/// analysers. An index is built once, whole, from what the database holds: the writer
/// indexes each document on the calling thread into one segment, so no document waits
/// in a queue for an indexing thread and no segments are merged afterwards (each had
/// held the texts a second time while the index was built). tantivy keeps this writer
/// out of its documentation (`#[doc(hidden)]`), so a new tantivy may change it.
fn writer(files: &Files, schema: Schema) -> tantivy::Result<SingleSegmentIndexWriter> {
    let tokenizers = TokenizerManager::default();
    tokenizers.register("fi", analyzer(Language::Finnish));
    tokenizers.register("sv", analyzer(Language::Swedish));
    // The texts kept for the snippets are compressed in blocks of 4 KB, not tantivy's
    // 16 KB: a hit decompresses the block that holds it, and a search shows up to 30.
    let settings = IndexSettings {
        docstore_blocksize: 4096,
        ..IndexSettings::default()
    };
    // The budget sizes the writer's first table of terms; it grows as it needs.
    Index::builder()
        .schema(schema)
        .settings(settings)
        .tokenizers(tokenizers)
        .single_segment_index_writer(files.directory(), 3_000_000)
}

/// The reader of an index that is built once and never changes: no thread watches its
/// files for a commit.
fn reader(index: &Index) -> tantivy::Result<IndexReader> {
    index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .try_into()
}

/// The text of a theme searched besides its title: its summary and the HR note.
fn theme_body(text: &ThemeText) -> String {
    format!("{}\n{}", text.summary, text.hr_note)
}

/// The text of a part searched besides its title.
fn part_body(text: &PartText) -> String {
    format!("{}\n{}\n{}", text.body, text.transcript, text.checklist)
}

/// How many themes' part texts the index's build reads from the database at a time:
/// the build holds one such batch beside the index, never the academy's texts whole.
const THEMES_AT_ONCE: usize = 100;

/// The index of the published academy: its themes from the snapshot, its parts' texts
/// read from the database, `THEMES_AT_ONCE` themes' at a time.
async fn build(store: &Store, published: Arc<Published>, folder: &Path) -> anyhow::Result<Built> {
    let (schema, fields) = schema();
    let files = Files::new(folder)?;
    let mut writer = writer(&files, schema)?;
    let themes = published.themes.len();
    for from in (0..themes).step_by(THEMES_AT_ONCE) {
        let batch = from..themes.min(from + THEMES_AT_ONCE);
        let part_ids: Vec<i32> = published.themes[batch.clone()]
            .iter()
            .flat_map(|t| t.parts.iter().map(|p| p.id))
            .collect();
        let texts = store.academy().texts_of_parts(&part_ids).await?;
        let published = published.clone();
        writer = tokio::task::spawn_blocking(move || -> tantivy::Result<_> {
            for theme_at in batch {
                add_theme(&mut writer, fields, &published, theme_at, &texts)?;
            }
            Ok(writer)
        })
        .await??;
    }
    Ok(tokio::task::spawn_blocking(move || finish(writer, fields, published, files)).await??)
}

/// Adds the document of the snapshot's theme at `theme_at`, then each of its parts'.
fn add_theme(
    writer: &mut SingleSegmentIndexWriter,
    fields: Fields,
    published: &Published,
    theme_at: usize,
    texts: &HashMap<i32, Vec<PartText>>,
) -> tantivy::Result<()> {
    let at = |i: usize| u64::try_from(i).unwrap_or_default();
    let theme = &published.themes[theme_at];
    if !theme.is_published() {
        return Ok(());
    }
    let theme_id = u64::try_from(theme.id).unwrap_or_default();
    let mut doc = TantivyDocument::default();
    doc.add_text(fields.kind, "theme");
    doc.add_u64(fields.theme_id, theme_id);
    doc.add_u64(fields.theme_at, at(theme_at));
    doc.add_u64(fields.part_at, 0);
    for lang in [Lang::Fi, Lang::Sv] {
        let (title, body) = fields.text(lang);
        if let Some(text) = theme.texts.iter().find(|t| t.lang == lang) {
            doc.add_text(title, &text.title);
            doc.add_text(body, theme_body(text));
        }
    }
    writer.add_document(doc)?;
    for (part_at, part) in theme.parts.iter().enumerate() {
        let mut doc = TantivyDocument::default();
        doc.add_text(fields.kind, part.kind.as_str());
        doc.add_u64(fields.theme_id, theme_id);
        doc.add_u64(fields.theme_at, at(theme_at));
        doc.add_u64(fields.part_at, at(part_at + 1));
        let part_texts = texts.get(&part.id).map_or(&[][..], Vec::as_slice);
        for lang in [Lang::Fi, Lang::Sv] {
            let (title, body) = fields.text(lang);
            if let Some(text) = part_texts.iter().find(|t| t.lang == lang) {
                doc.add_text(title, &text.title);
                doc.add_text(body, part_body(text));
            }
        }
        writer.add_document(doc)?;
    }
    Ok(())
}

/// The index the writer has built, with each document's place in the snapshot.
fn finish(
    writer: SingleSegmentIndexWriter,
    fields: Fields,
    published: Arc<Published>,
    files: Files,
) -> tantivy::Result<Built> {
    let index = writer.finalize()?;
    let reader = reader(&index)?;
    let places = reader
        .searcher()
        .segment_readers()
        .iter()
        .map(|segment| {
            let theme_at = segment.fast_fields().u64("theme_at")?;
            let part_at = segment.fast_fields().u64("part_at")?;
            let position =
                |v: Option<u64>| usize::try_from(v.unwrap_or_default()).unwrap_or_default();
            Ok((0..segment.max_doc())
                .map(|doc| Place {
                    theme: position(theme_at.first(doc)),
                    part: position(part_at.first(doc)).checked_sub(1),
                })
                .collect())
        })
        .collect::<tantivy::Result<_>>()?;
    Ok(Built {
        index,
        reader,
        fields,
        published,
        places,
        _files: files,
    })
}

/// The words of a search box, without the query language's syntax (fields, ranges,
/// wildcards, operators): a search box is not a query language.
fn plain_words(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .to_lowercase()
}

/// The analyser of a language's texts (English's are Finnish's, as in `indexed`).
fn analyzer_of(lang: Lang) -> TextAnalyzer {
    analyzer(match indexed(lang) {
        Lang::Sv => Language::Swedish,
        Lang::Fi | Lang::En => Language::Finnish,
    })
}

/// The stems of a text's words in a language.
fn stems(lang: Lang, text: &str) -> Vec<String> {
    let mut analyzer = analyzer_of(lang);
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while let Some(token) = stream.next() {
        out.push(token.text.clone());
    }
    out
}

/// How long a hit's snippet is at the most, in bytes.
const SNIPPET: usize = 220;

/// How much of the text before its first match a snippet shows at the most, in bytes.
const LEAD: usize = 60;

/// A piece of a hit's snippet: words of the searched text, and whether they are the
/// query's words (their stem is one of the query's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub matched: bool,
}

/// Where each word of `text` is: its runs of letters and digits, as the analysers'
/// tokenizer splits them.
fn words(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut from = 0;
    std::iter::from_fn(move || {
        let start = from + text[from..].find(char::is_alphanumeric)?;
        let end = text[start..]
            .find(|c: char| !c.is_alphanumeric())
            .map_or(text.len(), |n| start + n);
        from = end;
        Some(start..end)
    })
}

/// A hit's snippet: up to `SNIPPET` bytes of `text` in whole words, from a little before
/// its first word that begins with one of the query's `stems` (from its start where no
/// word does), with the words whose stem is one of `stems` marked. Only the snippet's
/// own words are analysed, and of them only those that begin with a stem's first
/// letter, as a word's stem does.
fn snippet(analyzer: &mut TextAnalyzer, text: &str, stems: &[String]) -> Vec<Piece> {
    let begins_with = |word: &str, stem: &str| {
        let mut lower = word.chars().flat_map(char::to_lowercase);
        stem.chars().all(|c| lower.next() == Some(c))
    };
    let at = words(text)
        .find(|word| {
            stems
                .iter()
                .any(|stem| begins_with(&text[word.clone()], stem))
        })
        .map_or(0, |word| word.start);
    // Whole words only: from after the first space before the match, to before the last
    // space that leaves the snippet short enough.
    let start = text.floor_char_boundary(at.saturating_sub(LEAD));
    let start = match text[start..at].find(char::is_whitespace) {
        Some(i) if start > 0 => start + i + 1,
        _ => start,
    };
    let end = text.floor_char_boundary(start + SNIPPET);
    let end = match text[at..end].rfind(char::is_whitespace) {
        Some(i) if end < text.len() => at + i,
        _ => end,
    };
    let shown = text[start..end].trim();
    let firsts: Vec<char> = stems
        .iter()
        .filter_map(|stem| stem.chars().next())
        .collect();
    let mut is_query_word = |word: &str| {
        word.chars()
            .flat_map(char::to_lowercase)
            .next()
            .is_some_and(|first| firsts.contains(&first))
            && analyzer
                .token_stream(word)
                .next()
                .is_some_and(|token| stems.contains(&token.text))
    };
    let mut pieces = Vec::new();
    let mut plain_from = 0;
    let mut piece = |range: Range<usize>, matched: bool| {
        pieces.push(Piece {
            text: shown[range].to_owned(),
            matched,
        });
    };
    for word in words(shown).filter(|word| is_query_word(&shown[word.clone()])) {
        if plain_from < word.start {
            piece(plain_from..word.start, false);
        }
        plain_from = word.end;
        piece(word, true);
    }
    if plain_from < shown.len() {
        piece(plain_from..shown.len(), false);
    }
    pieces
}

/// Whether every word of `query` is in a text, both stemmed with the analysers of the
/// index, the query once for all the texts asked: for the few records that are
/// searched where they are loaded (the events a reader may see) rather than indexed.
pub fn finder(lang: Lang, query: &str) -> impl Fn(&str) -> bool {
    let words = stems(lang, query);
    move |text| {
        !words.is_empty() && {
            let text = stems(lang, text);
            words.iter().all(|w| text.contains(w))
        }
    }
}

impl SearchIndex {
    /// An index not yet built, whose builds write their files in `folder`; what a
    /// killed process left there is removed.
    pub fn new(folder: PathBuf) -> SearchIndex {
        sweep(&folder);
        SearchIndex {
            built: Rebuilt::default(),
            solutions: SolutionIndex::new(folder.clone()),
            folder,
        }
    }

    /// The progress arena's solutions, indexed on their own.
    pub fn solutions(&self) -> &SolutionIndex {
        &self.solutions
    }

    /// Rebuilds the index if the database has changed since it was built (or it was
    /// never built). Returns whether it rebuilt.
    pub async fn refresh(&self, store: &Store) -> anyhow::Result<bool> {
        self.built
            .refresh(
                |built| built.published.version.as_str(),
                || async { Ok(store.academy().published().await?.version.clone()) },
                || async { build(store, store.academy().published().await?, &self.folder).await },
            )
            .await
    }

    /// The best matches, at most `limit`.
    pub fn search(&self, query: &SearchQuery, limit: usize) -> anyhow::Result<Vec<Hit>> {
        let guard = self.built.read()?;
        let Some(built) = guard.as_ref() else {
            return Ok(Vec::new());
        };
        let text = plain_words(&query.text);
        if text.trim().is_empty() {
            return Ok(Vec::new());
        }
        let fields = built.fields;
        let (title, body) = fields.text(query.lang);
        let mut parser = QueryParser::for_index(&built.index, vec![title, body]);
        parser.set_field_boost(title, 2.0);
        // Every word counts towards the match; a search box is not a query language.
        let (words, _) = parser.parse_query_lenient(&text);
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, words.box_clone())];
        if let Some(kind) = query.kind.as_deref().filter(|k| !k.is_empty()) {
            clauses.push((
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_text(fields.kind, kind),
                    IndexRecordOption::Basic,
                )),
            ));
        }
        if let Some(theme) = query.theme {
            let id = u64::try_from(theme).unwrap_or_default();
            clauses.push((
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_u64(fields.theme_id, id),
                    IndexRecordOption::Basic,
                )),
            ));
        }
        let combined = BooleanQuery::new(clauses);
        let searcher = built.reader.searcher();
        let top = searcher.search(&combined, &TopDocs::with_limit(limit).order_by_score())?;
        let query_stems = stems(query.lang, &text);
        let mut analyzer = analyzer_of(query.lang);
        let lang = indexed(query.lang);
        let mut hits = Vec::new();
        for (_score, address) in top {
            let Some(place) = built
                .places
                .get(usize::try_from(address.segment_ord).unwrap_or(usize::MAX))
                .and_then(|places| places.get(usize::try_from(address.doc_id).ok()?))
            else {
                continue;
            };
            let Some(theme) = built.published.themes.get(place.theme) else {
                continue;
            };
            let (kind, part_id, title) = match place.part {
                None => (HitKind::Theme, None, theme.title(lang)),
                Some(at) => {
                    let Some(part) = theme.parts.get(at) else {
                        continue;
                    };
                    (HitKind::Part(part.kind), Some(part.id), part.title(lang))
                }
            };
            let doc: TantivyDocument = searcher.doc(address)?;
            let searched = doc
                .get_first(body)
                .and_then(|v| v.as_str())
                .unwrap_or_default();
            hits.push(Hit {
                kind,
                theme_id: theme.id,
                theme_slug: theme.slug.clone(),
                theme_title: theme.title(lang).to_owned(),
                part_id,
                title: title.to_owned(),
                snippet: snippet(&mut analyzer, searched, &query_stems),
            });
        }
        Ok(hits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflected_finnish_and_swedish_words_meet_their_base_forms() {
        assert_eq!(stems(Lang::Fi, "viestinnän"), stems(Lang::Fi, "viestintä"));
        assert_eq!(
            stems(Lang::Sv, "kommunikationen"),
            stems(Lang::Sv, "kommunikation")
        );
        assert!(finder(Lang::Fi, "viestintä työpajassa")(
            "Sisäisen viestinnän työpaja"
        ));
        assert!(!finder(Lang::Fi, "johtaminen")(
            "Sisäisen viestinnän työpaja"
        ));
    }

    #[test]
    fn a_snippet_is_the_words_around_the_first_match_with_the_query_words_marked() {
        let fi = |text: &str, query: &str| {
            snippet(&mut analyzer_of(Lang::Fi), text, &stems(Lang::Fi, query))
        };
        let joined = |pieces: &[Piece]| pieces.iter().map(|p| p.text.as_str()).collect::<String>();
        let marked = |pieces: &[Piece]| {
            pieces
                .iter()
                .filter(|p| p.matched)
                .map(|p| p.text.clone())
                .collect::<Vec<_>>()
        };
        let filler = "Työyhteisön arki jatkuu tavalliseen tapaan. ".repeat(40);
        let text = format!("{filler}Sisäisen viestinnän <työpaja> on taito. {filler}Viestintä.");
        let pieces = fi(&text, "viestintä työpaja");
        let shown = joined(&pieces);
        assert!(shown.len() <= SNIPPET, "{} bytes", shown.len());
        assert!(text.contains(&shown), "{shown}");
        assert!(
            shown.contains("Sisäisen viestinnän <työpaja> on taito."),
            "{shown}"
        );
        assert!(
            shown.starts_with(char::is_alphanumeric) && !shown.ends_with(' '),
            "{shown}"
        );
        // Every word whose stem is the query's is marked, as itself; the rest is kept.
        assert_eq!(marked(&pieces), ["viestinnän", "työpaja"]);
        assert!(
            shown.starts_with("tapaan. Työyhteisön") || shown.starts_with("Työyhteisön"),
            "{shown}"
        );
        // A short text is shown whole; where no word begins with a stem, from its start.
        assert_eq!(
            fi("Viestintä.", "viestintä"),
            [
                Piece {
                    text: "Viestintä".into(),
                    matched: true
                },
                Piece {
                    text: ".".into(),
                    matched: false
                },
            ]
        );
        let unmatched = joined(&fi(&text, "kokous"));
        assert!(unmatched.starts_with("Työyhteisön arki") && unmatched.len() <= SNIPPET);
    }
}
