//! Search over the progress arena's approved solutions, in Finnish and Swedish at
//! once: a reader finds a solution written in either language with the words of
//! either, each language stemmed by its own analyser.
//!
//! Like the academy's index it lives in memory and is rebuilt when the solutions'
//! version (bumped whenever what is public changes) differs from the one it was built
//! from. It answers ids only: the list intersects them with the approved solutions it
//! has just read from the database, so a hidden solution is gone at once, even from an
//! index not yet rebuilt.

use std::sync::{Arc, RwLock};

use domain::Lang;
use store::Store;
use tantivy::{
    Index, IndexReader, TantivyDocument,
    collector::{FilterCollector, TopDocs},
    query::QueryParser,
    schema::{FAST, Field, INDEXED, IndexRecordOption, Schema, TextFieldIndexing, TextOptions},
};

use crate::{commit_as_one, index_in_ram, one_writer};

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
}

#[derive(Default)]
pub struct SolutionIndex {
    built: RwLock<Option<Built>>,
}

fn build(solutions: &[store::solutions::Solution], version: String) -> tantivy::Result<Built> {
    let mut builder = Schema::builder();
    let text = |tokenizer: &str| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(tokenizer)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
    };
    let fields = Fields {
        id: builder.add_u64_field("id", INDEXED | FAST),
        title_fi: builder.add_text_field("title_fi", text("fi")),
        body_fi: builder.add_text_field("body_fi", text("fi")),
        title_sv: builder.add_text_field("title_sv", text("sv")),
        body_sv: builder.add_text_field("body_sv", text("sv")),
    };
    let index = index_in_ram(builder.build());
    let writer = one_writer(&index)?;
    for s in solutions {
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
        writer.add_document(doc)?;
    }
    commit_as_one(writer, &index)?;
    let reader = index.reader()?;
    Ok(Built {
        index,
        reader,
        fields,
        version,
    })
}

impl SolutionIndex {
    pub fn new() -> SolutionIndex {
        SolutionIndex::default()
    }

    /// Rebuilds the index if the public solutions have changed since it was built.
    pub async fn refresh(&self, store: &Store) -> anyhow::Result<bool> {
        // The arena's snapshot knows the version, so a search asks the database
        // nothing more when nothing has changed.
        let version = store.solutions().approved_facts().await?.version.clone();
        let current = self
            .built
            .read()
            .map_err(|_| anyhow::anyhow!("solution index lock poisoned"))?
            .as_ref()
            .map(|b| b.version.clone());
        if current.as_deref() == Some(version.as_str()) {
            return Ok(false);
        }
        let solutions = store.solutions().approved().await?;
        let built = tokio::task::spawn_blocking(move || build(&solutions, version)).await??;
        *self
            .built
            .write()
            .map_err(|_| anyhow::anyhow!("solution index lock poisoned"))? = Some(built);
        Ok(true)
    }

    /// The ids of the solutions the words find, the best first; the reader's language
    /// weighs more. With `within`, only those solutions are found (the ones the facets
    /// leave).
    pub fn search(
        &self,
        text: &str,
        lang: Lang,
        limit: usize,
        within: Option<&[i32]>,
    ) -> anyhow::Result<Vec<i32>> {
        let guard = self
            .built
            .read()
            .map_err(|_| anyhow::anyhow!("solution index lock poisoned"))?;
        let text = crate::plain_words(text);
        let Some(built) = guard.as_ref() else {
            return Ok(Vec::new());
        };
        if text.trim().is_empty() {
            return Ok(Vec::new());
        }
        let f = built.fields;
        let mut parser = QueryParser::for_index(
            &built.index,
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
        let (words, _) = parser.parse_query_lenient(&text);
        let searcher = built.reader.searcher();
        let top = TopDocs::with_limit(limit.max(1)).order_by_score();
        let top = match within {
            // Only the solutions the facets left count: a bit per id, read against the
            // id's fast field as the words' matches are collected.
            Some(ids) => {
                let mut allowed = vec![
                    false;
                    ids.iter()
                        .copied()
                        .max()
                        .map_or(0, |m| usize::try_from(m).unwrap_or(0) + 1)
                ];
                for id in ids {
                    if let Ok(i) = usize::try_from(*id) {
                        allowed[i] = true;
                    }
                }
                let allowed = Arc::new(allowed);
                let within = FilterCollector::new(
                    "id".to_owned(),
                    move |id: u64| {
                        usize::try_from(id).is_ok_and(|i| allowed.get(i).copied().unwrap_or(false))
                    },
                    top,
                );
                searcher.search(&words, &within)?
            }
            None => searcher.search(&words, &top)?,
        };
        // The ids come from the fast field, without opening the stored documents.
        let columns = searcher
            .segment_readers()
            .iter()
            .map(|segment| segment.fast_fields().u64("id"))
            .collect::<tantivy::Result<Vec<_>>>()?;
        Ok(top
            .into_iter()
            .filter_map(|(_score, address)| {
                columns
                    .get(usize::try_from(address.segment_ord).ok()?)?
                    .first(address.doc_id)
                    .and_then(|id| i32::try_from(id).ok())
            })
            .collect())
    }
}
