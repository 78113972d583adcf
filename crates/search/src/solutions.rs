//! Search over the progress arena's approved solutions, in Finnish and Swedish at
//! once: a reader finds a solution written in either language with the words of
//! either, each language stemmed by its own analyser.
//!
//! Like the academy's index it is the instance's own and is rebuilt when the solutions'
//! version (bumped whenever what is public changes) differs from the one it was built
//! from. It answers ids only: the list intersects them with the approved solutions of
//! the arena's snapshot (`store::solutions::Arena`), whose version it is built at.

use std::{
    path::{Path, PathBuf},
    sync::Arc,
};

use domain::{Lang, solutions::Found};
use store::Store;
use tantivy::{
    Index, IndexReader, TantivyDocument,
    collector::{Collector, FilterCollector, SegmentCollector, TopDocs},
    query::QueryParser,
    schema::{FAST, Field, INDEXED, Schema},
};

use crate::{Files, Rebuilt, reader, text, writer};

#[derive(Clone, Copy)]
struct Fields {
    id: Field,
    title_fi: Field,
    body_fi: Field,
    title_sv: Field,
    body_sv: Field,
}

struct Built {
    index: Index,
    reader: IndexReader,
    fields: Fields,
    version: String,
    /// Each segment's solution ids by document (read from the id's fast field once).
    ids: Ids,
    /// Last, so that the index is closed before its files are removed.
    _files: Files,
}

pub struct SolutionIndex {
    built: Rebuilt<Built>,
    folder: PathBuf,
}

fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let fields = Fields {
        id: builder.add_u64_field("id", INDEXED | FAST),
        title_fi: builder.add_text_field("title_fi", text("fi")),
        body_fi: builder.add_text_field("body_fi", text("fi")),
        title_sv: builder.add_text_field("title_sv", text("sv")),
        body_sv: builder.add_text_field("body_sv", text("sv")),
    };
    (builder.build(), fields)
}

fn document(fields: Fields, s: &store::solutions::Solution) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_u64(fields.id, u64::try_from(s.id).unwrap_or_default());
    for (lang, t) in &s.input.texts {
        let (title, body) = match lang {
            Lang::Sv => (fields.title_sv, fields.body_sv),
            Lang::Fi | Lang::En => (fields.title_fi, fields.body_fi),
        };
        doc.add_text(title, &t.title);
        doc.add_text(
            body,
            format!("{}\n{}\n{}\n{}", t.problem, t.actions, t.results, t.lessons),
        );
    }
    doc
}

/// Builds the index of the approved solutions, at `version`, a page at a time.
async fn build(store: &Store, version: String, folder: &Path) -> anyhow::Result<Built> {
    let (schema, fields) = schema();
    let files = Files::new(folder)?;
    let mut writer = writer(&files, schema)?;
    let mut pages = store.solutions().approved_pages();
    while let Some(page) = pages.next().await? {
        writer = tokio::task::spawn_blocking(move || {
            for solution in &page {
                writer.add_document(document(fields, solution))?;
            }
            Ok::<_, tantivy::TantivyError>(writer)
        })
        .await??;
    }
    let index = tokio::task::spawn_blocking(move || writer.finalize()).await??;
    let reader = reader(&index)?;
    let ids = Ids(reader
        .searcher()
        .segment_readers()
        .iter()
        .map(|segment| {
            let column = segment.fast_fields().u64("id")?;
            Ok((0..segment.max_doc())
                .map(|doc| {
                    column
                        .first(doc)
                        .and_then(|id| i32::try_from(id).ok())
                        .unwrap_or(-1)
                })
                .collect())
        })
        .collect::<tantivy::Result<_>>()?);
    Ok(Built {
        index,
        reader,
        fields,
        version,
        ids,
        _files: files,
    })
}

impl SolutionIndex {
    /// An index not yet built, whose builds write their files in `folder`.
    pub(crate) fn new(folder: PathBuf) -> SolutionIndex {
        SolutionIndex {
            built: Rebuilt::default(),
            folder,
        }
    }

    /// Rebuilds the index if the public solutions have changed since it was built.
    pub async fn refresh(&self, store: &Store) -> anyhow::Result<bool> {
        // The arena's snapshot knows the version, so a search asks the database
        // nothing more when nothing has changed.
        let version = || async { Ok(store.solutions().approved_facts().await?.version.clone()) };
        self.built
            .refresh(
                |built| built.version.as_str(),
                &version,
                || async { build(store, version().await?, &self.folder).await },
            )
            .await
    }

    /// The ids of the solutions the words find, the best first; the reader's language
    /// weighs more. With `within`, only those solutions are found (the ones the facets
    /// leave).
    pub fn search(
        &self,
        text: &str,
        lang: Lang,
        limit: usize,
        within: Option<&Found>,
    ) -> anyhow::Result<Vec<i32>> {
        self.with_words(text, lang, |built, words| {
            let searcher = built.reader.searcher();
            let top = TopDocs::with_limit(limit.max(1)).order_by_score();
            let top = match within {
                // Only the solutions the facets left count, read against the id's fast
                // field as the words' matches are collected.
                Some(within) => {
                    let within = Arc::new(within.clone());
                    let only = FilterCollector::new(
                        "id".to_owned(),
                        move |id: u64| i32::try_from(id).is_ok_and(|id| within.contains(&id)),
                        top,
                    );
                    searcher.search(words, &only)?
                }
                None => searcher.search(words, &top)?,
            };
            Ok(top
                .into_iter()
                .filter_map(|(_score, address)| built.ids.id(address))
                .collect())
        })
    }

    /// The ids of every solution the words find, in no order: without scoring, for a
    /// list in another order than the best match first.
    pub fn matching(&self, text: &str, lang: Lang) -> anyhow::Result<Vec<i32>> {
        self.with_words(text, lang, |built, words| {
            Ok(built.reader.searcher().search(words, &built.ids)?)
        })
    }

    /// What `answer` makes of the index and the words as its query; nothing for no
    /// words or an index not yet built.
    fn with_words(
        &self,
        text: &str,
        lang: Lang,
        answer: impl FnOnce(&Built, &dyn tantivy::query::Query) -> anyhow::Result<Vec<i32>>,
    ) -> anyhow::Result<Vec<i32>> {
        let guard = self.built.read()?;
        match guard.as_ref().and_then(|b| Some((b, b.query(text, lang)?))) {
            Some((built, words)) => answer(built, words.as_ref()),
            None => Ok(Vec::new()),
        }
    }
}

/// Each segment's solution ids by document; as a collector, the ids of the documents
/// found, in no order and without scoring.
struct Ids(Vec<Arc<[i32]>>);

struct SegmentIds {
    by_doc: Arc<[i32]>,
    ids: Vec<i32>,
}

impl Ids {
    fn id(&self, address: tantivy::DocAddress) -> Option<i32> {
        let segment = self.0.get(usize::try_from(address.segment_ord).ok()?)?;
        segment.get(usize::try_from(address.doc_id).ok()?).copied()
    }
}

impl Collector for Ids {
    type Fruit = Vec<i32>;
    type Child = SegmentIds;

    fn for_segment(
        &self,
        segment: tantivy::SegmentOrdinal,
        _reader: &tantivy::SegmentReader,
    ) -> tantivy::Result<SegmentIds> {
        let by_doc = usize::try_from(segment)
            .ok()
            .and_then(|s| self.0.get(s))
            .cloned()
            .unwrap_or_else(|| Arc::from([]));
        Ok(SegmentIds {
            by_doc,
            ids: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, segments: Vec<Vec<i32>>) -> tantivy::Result<Vec<i32>> {
        Ok(segments.concat())
    }
}

impl SegmentCollector for SegmentIds {
    type Fruit = Vec<i32>;

    fn collect(&mut self, doc: tantivy::DocId, _score: tantivy::Score) {
        if let Some(id) = usize::try_from(doc).ok().and_then(|d| self.by_doc.get(d)) {
            self.ids.push(*id);
        }
    }

    fn harvest(self) -> Vec<i32> {
        self.ids
    }
}

impl Built {
    /// The words as a query over both languages, the reader's weighing more; `None`
    /// for no words.
    fn query(&self, text: &str, lang: Lang) -> Option<Box<dyn tantivy::query::Query>> {
        let text = crate::plain_words(text);
        if text.trim().is_empty() {
            return None;
        }
        let f = self.fields;
        let mut parser = QueryParser::for_index(
            &self.index,
            vec![f.title_fi, f.body_fi, f.title_sv, f.body_sv],
        );
        let (own_title, own_body) = match lang {
            Lang::Sv => (f.title_sv, f.body_sv),
            Lang::Fi | Lang::En => (f.title_fi, f.body_fi),
        };
        parser.set_field_boost(own_title, 3.0);
        parser.set_field_boost(own_body, 1.5);
        parser.set_field_boost(
            if lang == Lang::Sv {
                f.title_fi
            } else {
                f.title_sv
            },
            2.0,
        );
        parser.set_conjunction_by_default();
        Some(parser.parse_query_lenient(&text).0)
    }
}
