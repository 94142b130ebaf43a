//! The one place that knows the whole chain:
//! article → text → ner → resolve → extract → [`Analysis`].

use std::collections::BTreeSet;

use crate::article::Article;
use crate::error::Result;
use crate::extract;
use crate::lexicon::Lexicon;
use crate::model::{Analysis, EntityRecord, MentionRecord};
use crate::ner::Recognizer;
use crate::resolve::resolve;
use crate::text::{split_sentences, tokenize};

/// A compiled extraction pipeline, shared read-only by worker threads.
#[derive(Debug)]
pub struct Pipeline {
    /// The recogniser and its lexicon-derived tables.
    pub recognizer: Recognizer,
    /// Event and reporting tables.
    pub extractor: extract::Extractor,
}

impl Pipeline {
    /// A pipeline over the built-in lexicons.
    ///
    /// ```
    /// use newsgraph::{article::Article, pipeline::Pipeline};
    /// let p = Pipeline::builtin().unwrap();
    /// let a = p.analyze(&Article::from_text("a", "Turkey bought the S-400 from Russia."));
    /// assert!(a.relations.iter().any(|r| r.source == "country:turkey" && r.rel_type == "buys"));
    /// ```
    pub fn builtin() -> Result<Pipeline> {
        Ok(Pipeline::new(&Lexicon::builtin()?))
    }

    /// A pipeline over a given lexicon.
    pub fn new(lex: &Lexicon) -> Pipeline {
        Pipeline {
            recognizer: Recognizer::new(lex),
            extractor: extract::Extractor::new(lex),
        }
    }

    /// Analyses one article.
    pub fn analyze(&self, article: &Article) -> Analysis {
        let text = article.text.as_str();
        let tokens = tokenize(text);
        let sentences = split_sentences(text);
        let titles = self.recognizer.find_titles(text);
        let mut mentions = self
            .recognizer
            .recognize(text, &tokens, &sentences, &titles);
        extract::add_meta_mentions(self, article, &mut mentions);
        let res = resolve(&self.recognizer, text, &mentions);
        let doc = extract::Doc {
            article,
            text,
            tokens: &tokens,
            sentences: &sentences,
            titles: &titles,
            mentions: &mentions,
            res: &res,
            pipeline: self,
        };
        let extracted = extract::extract(&doc);
        let mut entities = Vec::with_capacity(res.entities.len());
        for (ei, e) in res.entities.iter().enumerate() {
            let mut mrecs: Vec<MentionRecord> = e
                .mentions
                .iter()
                .map(|&k| {
                    let ev = article.evidence(mentions[k].span);
                    MentionRecord {
                        start: ev.start,
                        end: ev.end,
                        text: ev.text,
                        rule: mentions[k].rule.to_string(),
                    }
                })
                .collect();
            mrecs.sort();
            mrecs.dedup_by(|a, b| a.start == b.start && a.end == b.end);
            let aliases: BTreeSet<String> = e
                .mentions
                .iter()
                .map(|&k| {
                    article
                        .slice(mentions[k].span)
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .filter(|s| !s.is_empty())
                .collect();
            entities.push(EntityRecord {
                id: e.id.clone(),
                name: e.name.clone(),
                kind: e.kind,
                aliases: aliases.into_iter().collect(),
                affiliations: extracted.affiliations.get(&ei).cloned().unwrap_or_default(),
                mentions: mrecs,
            });
        }
        Analysis {
            article: article.meta.clone(),
            entities,
            relations: extracted.relations,
            quotes: extracted.quotes,
        }
    }
}

/// Counts of one run.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RunStats {
    /// Articles analysed.
    pub articles: usize,
    /// Ready-made analyses read (newsgraph `extract` output given as input).
    pub analyses: usize,
    /// Inputs skipped (bad files, bad lines under `--skip-bad`).
    pub skipped: usize,
    /// Bytes of article text analysed.
    pub bytes: usize,
}

/// Streams inputs through the pipeline in batches, analysing each batch in
/// parallel (rayon) and handing results to `sink` in input order, so the
/// output does not depend on the number of threads.
pub fn run<I>(
    p: &Pipeline,
    inputs: I,
    batch: usize,
    mut sink: impl FnMut(Analysis) -> Result<()>,
    mut on_skip: impl FnMut(&crate::article::Skipped),
    mut on_progress: impl FnMut(&RunStats),
) -> Result<RunStats>
where
    I: Iterator<Item = Result<crate::article::Input>>,
{
    use rayon::prelude::*;

    use crate::article::Input;
    let mut stats = RunStats::default();
    let mut pending: Vec<Input> = Vec::with_capacity(batch);
    let mut flush = |pending: &mut Vec<Input>, stats: &mut RunStats| -> Result<()> {
        let items = std::mem::take(pending);
        let results: Vec<Option<Analysis>> = items
            .into_par_iter()
            .map(|it| match it {
                Input::Article(a) => Some(p.analyze(&a)),
                Input::Analysis(a) => Some(*a),
                Input::Skipped(_) => None,
            })
            .collect();
        for a in results.into_iter().flatten() {
            sink(a)?;
        }
        on_progress(stats);
        Ok(())
    };
    for item in inputs {
        let item = item?;
        match &item {
            Input::Skipped(s) => {
                stats.skipped += 1;
                on_skip(s);
                continue;
            }
            Input::Article(a) => {
                stats.articles += 1;
                stats.bytes += a.raw.len();
            }
            Input::Analysis(_) => stats.analyses += 1,
        }
        pending.push(item);
        if pending.len() >= batch.max(1) {
            flush(&mut pending, &mut stats)?;
        }
    }
    flush(&mut pending, &mut stats)?;
    Ok(stats)
}
