//! The one place that knows the whole chain:
//! article → text → ner → resolve → extract → [`Analysis`].

use std::collections::BTreeSet;

use crate::article::Article;
use crate::error::Result;
use crate::extract;
use crate::lexicon::Lexicon;
use crate::model::{Analysis, EntityRecord, MentionRecord};
use crate::ner::Recognizer;
use crate::resolve::resolve_at_home;
use crate::text::{paragraphs, split_sentences_paragraphs, tokenize};

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
        // Independent tables: compile them side by side (start-up time).
        // The article patterns too: the other side finishes long before the recogniser.
        let (recognizer, extractor) = rayon::join(
            || Recognizer::new(lex),
            || {
                let extractor = extract::Extractor::new(lex);
                crate::article::compile_patterns();
                extractor
            },
        );
        Pipeline {
            recognizer,
            extractor,
        }
    }

    /// Analyses one article.
    pub fn analyze(&self, article: &Article) -> Analysis {
        // A Title Case headline is read with its ordinary words in lower case.
        let folded = crate::headline::fold_headline(&self.recognizer, article);
        let text = folded
            .as_ref()
            .map_or(article.text.as_str(), |f| f.0.as_str());
        let tokens = tokenize(text);
        let paragraphs = paragraphs(text);
        let sentences = split_sentences_paragraphs(text, &tokens, &paragraphs);
        // The name searches' word starts and quote attribution's words, in one pass.
        let (starts, words) = crate::wordscan::starts_and_words(text);
        let titles = self.recognizer.find_titles(text, &starts);
        let mut mentions = self
            .recognizer
            .recognize(text, &tokens, &sentences, &titles, &starts);
        extract::add_meta_mentions(self, article, &mut mentions);
        // (An article that names no country is about its outlet's: "BBC News" → the UK.)
        let home = article
            .meta
            .source
            .as_deref()
            .and_then(|s| self.recognizer.outlet_country(s));
        let res = resolve_at_home(&self.recognizer, text, &mentions, home);
        let lower = text.to_ascii_lowercase();
        let doc = extract::Doc {
            article,
            text,
            lower: &lower,
            ascii: text.is_ascii(),
            paragraphs: &paragraphs,
            tokens: &tokens,
            sentences: &sentences,
            titles: &titles,
            mentions: &mentions,
            res: &res,
            pipeline: self,
            dates: extract::Doc::date_cache(&sentences),
            words: words.into(),
            headline: folded.as_ref().map(|f| f.1),
        };
        let mut extracted = extract::extract(&doc);
        drop(doc);
        // The resolution is not needed after extraction: its ids and names are moved
        // into the records, and each entity's affiliations are taken out of the map.
        let mut entities = Vec::with_capacity(res.entities.len());
        for (ei, e) in res.entities.into_iter().enumerate() {
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
            // Every mention's text, white space collapsed; the evidence texts are the
            // mentions' texts (one decoding per mention), and a text already in the set
            // is its own collapsed form (no copy per repeated name).
            let mut aliases: BTreeSet<String> = BTreeSet::new();
            for r in &mrecs {
                if !aliases.contains(r.text.as_str()) {
                    let a = crate::text::collapse_ws(&r.text);
                    if !a.is_empty() {
                        aliases.insert(a);
                    }
                }
            }
            mrecs.sort();
            mrecs.dedup_by(|a, b| a.start == b.start && a.end == b.end);
            entities.push(EntityRecord {
                id: e.id,
                name: e.name,
                kind: e.kind,
                aliases: aliases.into_iter().collect(),
                affiliations: extracted.affiliations.remove(&ei).unwrap_or_default(),
                mentions: mrecs,
            });
        }
        self.add_referenced(&mut entities, &extracted);
        Analysis {
            article: article.meta.clone(),
            entities,
            relations: extracted.relations,
            quotes: extracted.quotes,
        }
    }

    /// Adds a record, with no mentions, for every lexicon entity a relation, an affiliation
    /// or a quote of the article refers to without naming it ("Foreign Secretary Jack Straw"
    /// is of the United Kingdom, "Sen. Ada Grant (R-Ohio)" of the Republican Party), so that
    /// every id of an analysis is one of its entities, with its lexicon name and kind.
    /// `entities` stays sorted by id.
    fn add_referenced(&self, entities: &mut Vec<EntityRecord>, extracted: &extract::Extracted) {
        let known = |id: &str| entities.binary_search_by(|e| e.id.as_str().cmp(id)).is_ok();
        let quotes = extracted.quotes.iter().flat_map(|q| {
            q.speaker
                .as_deref()
                .into_iter()
                .chain(q.about.iter().map(String::as_str))
        });
        let orgs = extracted.affiliations.values().flatten();
        let missing: BTreeSet<&str> = extracted
            .relations
            .iter()
            .flat_map(|r| [r.source.as_str(), r.target.as_str()])
            .chain(orgs.filter_map(|a| a.org.as_deref()))
            .chain(quotes)
            .filter(|id| !known(id))
            .collect();
        if missing.is_empty() {
            return;
        }
        for id in missing {
            let Some(&i) = self.recognizer.by_id.get(id) else {
                continue;
            };
            let lex = &self.recognizer.entities[i];
            entities.push(EntityRecord {
                id: lex.id.clone(),
                name: lex.name.clone(),
                kind: lex.kind,
                aliases: Vec::new(),
                affiliations: Vec::new(),
                mentions: Vec::new(),
            });
        }
        entities.sort_by(|a, b| a.id.cmp(&b.id));
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

/// Streams inputs through the pipeline and hands results to `sink` in input
/// order, so the output does not depend on the number of threads.
///
/// The calling thread reads inputs and groups them into batches of `batch`;
/// each full batch is handed to the rayon pool at once (analysed in
/// parallel), and the caller goes on reading the next batch while the
/// workers analyse. Finished batches are passed to `sink` strictly in the
/// order they were read. At most a few batches per worker are in flight, so
/// memory stays bounded whatever the size of the input. Reading and sinking
/// stay on the calling thread: neither the input iterator nor the sink needs
/// to be `Send`.
///
/// Unparsed records ([`crate::article::Input::Record`], from
/// [`crate::article::Inputs::deferred`]) are parsed on the workers: the
/// calling thread then only splits lines, a serial part of the run that
/// otherwise held back both workers. Their skips, counts and errors are
/// reported in input order when their batch comes back, as if they had been
/// read on the calling thread.
pub fn run<I>(
    p: &Pipeline,
    inputs: I,
    batch: usize,
    sink: impl FnMut(Analysis) -> Result<()>,
    on_skip: impl FnMut(&crate::article::Skipped),
    on_progress: impl FnMut(&RunStats),
) -> Result<RunStats>
where
    I: Iterator<Item = Result<crate::article::Input>>,
{
    run_map(p, inputs, batch, |a| a, sink, on_skip, on_progress)
}

/// What became of one input on a worker, handed back in input order.
enum Slot<T> {
    /// An article (of so many bytes) analysed and mapped.
    Article(usize, T),
    /// A ready-made analysis, mapped.
    Analysis(T),
    /// An input passed over.
    Skipped(crate::article::Skipped),
    /// A deferred record the reader would have stopped at.
    Failed(crate::error::Error),
}

/// [`run`] with each analysis turned into a `T` by `map` on the worker that
/// made it (work taken off the calling thread, which reads and sinks).
pub fn run_map<I, T, M>(
    p: &Pipeline,
    inputs: I,
    batch: usize,
    map: M,
    mut sink: impl FnMut(T) -> Result<()>,
    mut on_skip: impl FnMut(&crate::article::Skipped),
    mut on_progress: impl FnMut(&RunStats),
) -> Result<RunStats>
where
    I: Iterator<Item = Result<crate::article::Input>>,
    T: Send,
    M: Fn(Analysis) -> T + Sync,
{
    use std::collections::VecDeque;
    use std::sync::mpsc;

    use crate::article::Input;

    type Outcome<T> = std::thread::Result<Vec<Slot<T>>>;

    let batch = batch.max(1);
    let max_in_flight = 2 * rayon::current_num_threads() + 2;
    let mut stats = RunStats::default();
    let mut pending: Vec<Input> = Vec::with_capacity(batch);
    let mut in_flight: VecDeque<mpsc::Receiver<Outcome<T>>> = VecDeque::new();

    fn work<T, M: Fn(Analysis) -> T>(p: &Pipeline, map: &M, item: Input) -> Slot<T> {
        match item {
            Input::Article(a) => Slot::Article(a.raw.len(), map(p.analyze(&a))),
            Input::Analysis(a) => Slot::Analysis(map(*a)),
            Input::Skipped(s) => Slot::Skipped(s),
            Input::Record(r) => match r.parse() {
                Ok(Input::Record(_)) => unreachable!("a parsed record is no record"),
                Ok(item) => work(p, map, item),
                Err(e) => Slot::Failed(e),
            },
        }
    }

    // Analyses one batch on the pool; the caller collects the result later.
    fn submit<'s, T: Send + 's, M: Fn(Analysis) -> T + Sync>(
        scope: &rayon::Scope<'s>,
        p: &'s Pipeline,
        map: &'s M,
        items: Vec<Input>,
    ) -> mpsc::Receiver<Outcome<T>> {
        let (tx, rx) = mpsc::sync_channel(1);
        scope.spawn(move |_| {
            let out = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                use rayon::prelude::*;
                items
                    .into_par_iter()
                    .map(|it| work(p, map, it))
                    .collect::<Vec<_>>()
            }));
            // The receiver is gone only when the run already failed.
            let _ = tx.send(out);
        });
        rx
    }
    // Reports one batch's skips and counts and hands its results to the sink,
    // in order; with `sinking` false (the run is failing) only the skips and
    // the first failure. A batch holding a failure sinks nothing, as the
    // reader stopped there: the failure is the run's error.
    let mut finish = |out: Outcome<T>, stats: &mut RunStats, sinking: bool| -> Result<()> {
        let mut slots = match out {
            Ok(slots) => slots,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        if let Some(i) = slots.iter().position(|s| matches!(s, Slot::Failed(_))) {
            for s in &slots[..i] {
                if let Slot::Skipped(s) = s {
                    stats.skipped += 1;
                    on_skip(s);
                }
            }
            match slots.swap_remove(i) {
                Slot::Failed(e) => return Err(e),
                _ => unreachable!("slot {i} is a failure"),
            }
        }
        for slot in slots {
            match slot {
                Slot::Article(bytes, t) => {
                    stats.articles += 1;
                    stats.bytes += bytes;
                    if sinking {
                        sink(t)?;
                    }
                }
                Slot::Analysis(t) => {
                    stats.analyses += 1;
                    if sinking {
                        sink(t)?;
                    }
                }
                Slot::Skipped(s) => {
                    stats.skipped += 1;
                    on_skip(&s);
                }
                Slot::Failed(_) => unreachable!("failures are handled above"),
            }
        }
        if sinking {
            on_progress(stats);
        }
        Ok(())
    };
    let wait = |rx: mpsc::Receiver<Outcome<T>>| -> Outcome<T> {
        rx.recv()
            .expect("an analysis task always answers before it ends")
    };

    // The scope waits for every spawned batch before returning, also on error.
    rayon::in_place_scope(|scope| -> Result<()> {
        for item in inputs {
            let item = match item {
                Ok(item) => item,
                Err(e) => {
                    // A deferred record read before this error, and bad, is the
                    // error the reader would have stopped at first.
                    if !pending.is_empty() {
                        let items = std::mem::take(&mut pending);
                        in_flight.push_back(submit(scope, p, &map, items));
                    }
                    while let Some(rx) = in_flight.pop_front() {
                        finish(wait(rx), &mut stats, false)?;
                    }
                    return Err(e);
                }
            };
            pending.push(item);
            if pending.len() >= batch {
                let items = std::mem::replace(&mut pending, Vec::with_capacity(batch));
                in_flight.push_back(submit(scope, p, &map, items));
                // Sink whatever is already done, in order, without waiting…
                while let Some(rx) = in_flight.front() {
                    match rx.try_recv() {
                        Ok(out) => {
                            in_flight.pop_front();
                            finish(out, &mut stats, true)?;
                        }
                        Err(_) => break,
                    }
                }
                // …and wait only when too much is queued.
                while in_flight.len() > max_in_flight {
                    if let Some(rx) = in_flight.pop_front() {
                        finish(wait(rx), &mut stats, true)?;
                    }
                }
            }
        }
        if !pending.is_empty() {
            let items = std::mem::take(&mut pending);
            in_flight.push_back(submit(scope, p, &map, items));
        }
        while let Some(rx) = in_flight.pop_front() {
            finish(wait(rx), &mut stats, true)?;
        }
        Ok(())
    })?;
    on_progress(&stats);
    Ok(stats)
}
