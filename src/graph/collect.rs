//! Collecting the facts of a whole run for `build`, cheaper than adding each
//! analysis to a [`GraphStore`].
//!
//! A store keeps its facts in maps ordered by long string keys, so every
//! added fact costs a search with a string comparison per level. A build
//! only needs that order once, at the end. Here:
//!
//! * each analysis becomes an [`ArticleFacts`] (its entity facts sorted by
//!   id, its relations and quotes sorted, duplicates united as the store
//!   unites them), on the worker that analysed it;
//! * the collector keeps one slot per article id (an article read twice is
//!   united into its slot at once, so repeated input does not grow memory)
//!   and gives each entity id a number the first time it sees it; the entity
//!   facts go straight into one run per id, with the slot of each, while the
//!   workers are still analysing (the collecting thread is otherwise idle);
//!   an entity fact of an article read again is united at once with the
//!   fact its slot already holds in that run, so a corpus fed ten times
//!   over holds the facts of one;
//! * at the end the distinct ids and the articles are sorted once, and each
//!   run is put in article order (in parallel; most runs already are).
//!
//! The facts are exactly those the store would hold, in the store's order
//! (the quotes, made into unresolved [`Quote`]s on the workers, in quote
//! order within each article, which is the order they are sorted into once
//! resolved), so the graph is byte-identical (see the tests).

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use super::resolve::{Facts, unresolved};
use super::{EntityFact, GraphStore, KnowledgeGraph, Quote, QuoteFact, RelationFact};
use crate::model::{Analysis, ArticleMeta};

/// The facts of one article, in store order. See the module docs.
#[derive(Clone, Debug)]
pub struct ArticleFacts {
    meta: ArticleMeta,
    /// Sorted by id, one per id.
    entities: Vec<EntityFact>,
    /// Sorted, no duplicates.
    relations: Vec<RelationFact>,
    /// The quote facts as unresolved quotes (made here, on the worker, not
    /// on the one thread that puts the articles together): sorted, no duplicates.
    quotes: Vec<Quote>,
}

impl ArticleFacts {
    /// The facts of one analysis, as [`GraphStore::add`] makes them.
    pub fn new(a: Analysis) -> ArticleFacts {
        let art = a.article.id.clone();
        let mut entities: Vec<EntityFact> = a
            .entities
            .into_iter()
            .map(|e| EntityFact::of_record(e, &art))
            .collect();
        entities.sort_by(|x, y| x.id.cmp(&y.id));
        let entities = unite_entities(entities);
        let mut relations: Vec<RelationFact> = a
            .relations
            .into_iter()
            .map(|r| RelationFact::of_record(r, &art))
            .collect();
        relations.sort_unstable();
        relations.dedup();
        let mut quotes: Vec<Quote> = a
            .quotes
            .into_iter()
            .map(|q| unresolved(QuoteFact::of_record(q, &art)))
            .collect();
        quotes.sort_unstable();
        quotes.dedup();
        ArticleFacts {
            meta: a.article,
            entities,
            relations,
            quotes,
        }
    }

    /// Unites another version of the same article (set union, the greater meta).
    fn absorb(&mut self, other: ArticleFacts) {
        if other.meta > self.meta {
            self.meta = other.meta;
        }
        let mut entities = std::mem::take(&mut self.entities);
        entities.extend(other.entities);
        // Stable: of two facts of one id, the one already here comes first.
        entities.sort_by(|x, y| x.id.cmp(&y.id));
        self.entities = unite_entities(entities);
        self.relations = union(std::mem::take(&mut self.relations), other.relations);
        self.quotes = union(std::mem::take(&mut self.quotes), other.quotes);
    }
}

/// Facts sorted by id, with the facts of one id united into the first.
fn unite_entities(sorted: Vec<EntityFact>) -> Vec<EntityFact> {
    let mut out: Vec<EntityFact> = Vec::with_capacity(sorted.len());
    for f in sorted {
        match out.last_mut() {
            Some(have) if have.id == f.id => have.absorb(&f),
            _ => out.push(f),
        }
    }
    out
}

/// Union of two sorted sets without duplicates.
fn union<T: Ord>(a: Vec<T>, b: Vec<T>) -> Vec<T> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut a, mut b) = (a.into_iter().peekable(), b.into_iter().peekable());
    loop {
        let next = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) => match x.cmp(y) {
                std::cmp::Ordering::Less => a.next(),
                std::cmp::Ordering::Greater => b.next(),
                std::cmp::Ordering::Equal => {
                    b.next();
                    a.next()
                }
            },
            (Some(_), None) => a.next(),
            (None, Some(_)) => b.next(),
            (None, None) => break,
        };
        out.extend(next);
    }
    out
}

/// Every article's facts of a run. See the module docs.
#[derive(Debug, Default)]
pub struct FactCollector {
    /// Each article's meta, relations and quotes (its entity facts are in `runs`).
    slots: Vec<ArticleFacts>,
    /// Slot of each article id.
    by_article: FxHashMap<String, usize>,
    /// Number of each entity id, in order of first sight: its place in `runs`.
    ids: FxHashMap<String, u32>,
    /// The entity facts of each id, in order of arrival.
    runs: Vec<IdRun>,
}

/// The entity facts of one id as they arrived, with the slot of the article of each.
#[derive(Debug, Default)]
struct IdRun {
    slots: Vec<u32>,
    facts: Vec<EntityFact>,
    /// Some slot came after a greater one (an article read again that had
    /// not named this id before): `slots` is not sorted.
    unsorted: bool,
}

impl IdRun {
    /// Adds the fact of an article read again: united at once with the fact
    /// its slot already has, as [`IdRun::into_ordered`] would unite them (in
    /// order of arrival), so repeated input does not grow the run.
    fn unite(&mut self, slot: u32, f: EntityFact) {
        let at = if self.unsorted {
            self.slots.iter().position(|&s| s == slot)
        } else {
            self.slots.binary_search(&slot).ok()
        };
        match at {
            Some(i) => self.facts[i].absorb(&f),
            None => self.push(slot, f),
        }
    }

    fn push(&mut self, slot: u32, f: EntityFact) {
        self.unsorted |= self.slots.last().is_some_and(|&last| last > slot);
        // Most ids are named in one article or a few: room for exactly those
        // (the default first growth to four facts would hold 600 bytes for one).
        if self.facts.len() < 4 {
            self.facts.reserve_exact(1);
            self.slots.reserve_exact(1);
        }
        self.slots.push(slot);
        self.facts.push(f);
    }

    /// The facts in article order (`pos`: each slot's place in article
    /// order), those of one article united in order of arrival, as
    /// [`ArticleFacts::absorb`] unites them.
    fn into_ordered(self, pos: &[u32]) -> Vec<EntityFact> {
        let IdRun { slots, facts, .. } = self;
        let at = |i: usize| pos[slots[i] as usize];
        if (1..slots.len()).all(|i| at(i - 1) < at(i)) {
            return facts;
        }
        // Stable: the facts of one article keep their order of arrival.
        let mut order: Vec<u32> = (0..slots.len() as u32).collect();
        order.sort_by_key(|&i| at(i as usize));
        let mut facts: Vec<Option<EntityFact>> = facts.into_iter().map(Some).collect();
        let mut out: Vec<EntityFact> = Vec::with_capacity(facts.len());
        let mut last = u32::MAX;
        for i in order {
            let Some(f) = facts[i as usize].take() else {
                continue;
            };
            let slot = slots[i as usize];
            match out.last_mut() {
                Some(have) if slot == last => have.absorb(&f),
                _ => out.push(f),
            }
            last = slot;
        }
        out
    }
}

impl FactCollector {
    /// An empty collector.
    pub fn new() -> FactCollector {
        FactCollector::default()
    }

    /// Adds one article's facts (uniting them with an earlier version of it).
    pub fn add(&mut self, mut facts: ArticleFacts) {
        let entities = std::mem::take(&mut facts.entities);
        let (slot, again) = match self.by_article.get(facts.meta.id.as_str()) {
            Some(&i) => {
                self.slots[i].absorb(facts);
                (i, true)
            }
            None => {
                self.by_article
                    .insert(facts.meta.id.clone(), self.slots.len());
                self.slots.push(facts);
                (self.slots.len() - 1, false)
            }
        };
        for f in entities {
            let n = match self.ids.get(f.id.as_str()) {
                Some(&n) => n as usize,
                None => {
                    let n = self.runs.len();
                    self.ids.insert(f.id.clone(), n as u32);
                    self.runs.push(IdRun::default());
                    n
                }
            };
            if again {
                self.runs[n].unite(slot as u32, f);
            } else {
                self.runs[n].push(slot as u32, f);
            }
        }
    }

    /// True when no article was added.
    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// The order of the facts: the slots in article id order, and the run
    /// numbers in entity id order (two sorts, side by side).
    fn order(&self) -> (Vec<usize>, Vec<u32>) {
        let slots = &self.slots;
        rayon::join(
            || {
                let mut order: Vec<usize> = (0..slots.len()).collect();
                order.sort_unstable_by(|&a, &b| slots[a].meta.id.cmp(&slots[b].meta.id));
                order
            },
            || {
                let mut names: Vec<(&str, u32)> =
                    self.ids.iter().map(|(k, &v)| (k.as_str(), v)).collect();
                names.sort_unstable_by(|a, b| a.0.cmp(b.0));
                names.into_iter().map(|(_, n)| n).collect()
            },
        )
    }

    /// The facts in store order.
    pub(crate) fn into_facts(self) -> Facts {
        let (order, ids) = self.order();
        self.into_facts_ordered(order, ids, false).0
    }

    /// The facts in store order, and with `with_map` their person resolution
    /// map (made from the entity facts in order while the other facts are
    /// put in order).
    fn into_facts_ordered(
        self,
        order: Vec<usize>,
        ids: Vec<u32>,
        with_map: bool,
    ) -> (Facts, Option<BTreeMap<String, String>>) {
        use rayon::prelude::*;
        let FactCollector { slots, runs, .. } = self;
        // Each slot's place in article order.
        let mut pos = vec![0u32; slots.len()];
        for (p, &slot) in order.iter().enumerate() {
            pos[slot] = p as u32;
        }
        // Each article's parts, in article order (moving the vectors, not their items).
        let mut slots: Vec<Option<ArticleFacts>> = slots.into_iter().map(Some).collect();
        let mut parts = Vec::with_capacity(order.len());
        for &slot in &order {
            if let Some(s) = slots[slot].take() {
                parts.push((s.meta, s.relations, s.quotes));
            }
        }
        drop(slots);
        // The entity runs and the other facts side by side.
        let ((entities, map), (articles, relations, quotes)) = rayon::join(
            || {
                // The runs in id order (moving the vectors), each put in
                // article order on the pool.
                let mut runs: Vec<Option<IdRun>> = runs.into_iter().map(Some).collect();
                let runs: Vec<IdRun> = ids
                    .iter()
                    .filter_map(|&n| runs[n as usize].take())
                    .collect();
                let entities: Vec<Vec<EntityFact>> = runs
                    .into_par_iter()
                    .with_min_len(256)
                    .map(|run| run.into_ordered(&pos))
                    .collect();
                let map = with_map.then(|| person_map(&entities));
                (entities, map)
            },
            || {
                let (nr, nq) = parts
                    .iter()
                    .fold((0, 0), |(r, q), p| (r + p.1.len(), q + p.2.len()));
                let mut relations = Vec::with_capacity(nr);
                let mut quotes = Vec::with_capacity(nq);
                let mut articles = Vec::with_capacity(parts.len());
                for (meta, r, q) in parts {
                    relations.extend(r);
                    quotes.extend(q);
                    articles.push((meta.id.clone(), meta));
                }
                (
                    articles.into_iter().collect::<BTreeMap<_, _>>(),
                    relations,
                    quotes,
                )
            },
        );
        let facts = Facts {
            articles,
            entities,
            relations,
            quotes,
        };
        (facts, map)
    }

    /// The store holding the same facts.
    pub fn into_store(self) -> GraphStore {
        let f = self.into_facts();
        GraphStore {
            articles: f.articles,
            entities: f
                .entities
                .into_iter()
                .flatten()
                .map(|e| ((e.id.clone(), e.article.clone()), e))
                .collect(),
            relations: f.relations.into_iter().collect(),
            quotes: f.quotes.into_iter().map(super::json::quote_fact).collect(),
        }
    }

    /// The resolved graph of the facts: [`KnowledgeGraph::from_store`] of [`FactCollector::into_store`].
    pub fn into_graph(self) -> KnowledgeGraph {
        let (order, ids) = self.order();
        let (facts, map) = self.into_facts_ordered(order, ids, true);
        let map = map.expect("asked for");
        super::resolve::build_facts_with_map(facts, &map)
    }

    /// [`FactCollector::into_graph`], writing the graph's `graph.json` to `w`
    /// while it is built: the header, articles and quotes go out as soon as
    /// they are known, while the links are still being made. The bytes are
    /// those [`super::write_graph_json`] writes of the graph returned.
    pub fn into_graph_writing_json<W: std::io::Write>(
        self,
        w: W,
    ) -> std::io::Result<KnowledgeGraph> {
        self.into_graph_writing_json_timed(w, &|_| ())
    }

    /// [`FactCollector::into_graph_writing_json`], calling `lap` with the
    /// name of each stage as it ends (for `NEWSGRAPH_TIMINGS`).
    pub fn into_graph_writing_json_timed<W: std::io::Write>(
        self,
        w: W,
        lap: &dyn Fn(&str),
    ) -> std::io::Result<KnowledgeGraph> {
        let (order, ids) = self.order();
        lap("order the articles and ids");
        let (facts, map) = self.into_facts_ordered(order, ids, true);
        let map = map.expect("asked for");
        lap("facts in store order + person resolution map");
        let mut w = std::io::BufWriter::with_capacity(1 << 16, w);
        let graph = super::resolve::build_facts_then(facts, &map, |early| {
            lap("nodes, links, quotes");
            let r = super::json::write_front(&mut w, early.counts, early.articles, early.quotes);
            lap("write articles + quotes (petgraph assembled beside)");
            r
        })?;
        lap("wait for the petgraph graph");
        super::json::write_back(&mut w, &graph)?;
        std::io::Write::flush(&mut w)?;
        lap("write nodes + links");
        Ok(graph)
    }
}

/// The resolution map of the person facts, united per (id, article) (an
/// article read twice gives one fact per id, as in a store).
fn person_map(entities: &[Vec<EntityFact>]) -> BTreeMap<String, String> {
    super::resolve::person_map(
        entities
            .iter()
            .flatten()
            .filter(|f| f.kind == crate::model::EntityKind::Person)
            .map(|f| (f.id.as_str(), f.name.as_str(), f.aliases.as_slice())),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;
    use crate::pipeline::Pipeline;

    #[test]
    fn collects_what_the_store_holds_in_any_order_and_with_repeats() {
        let p = Pipeline::builtin().unwrap();
        let texts = [
            (
                "b",
                "Turkey bought the S-400 from Russia. \"We need it,\" said Recep Tayyip Erdogan.",
            ),
            (
                "a",
                "Erdogan met Vladimir Putin in Moscow on Monday. Putin said Russia would sell more.",
            ),
            (
                "c",
                "The United Nations said Iran and Iraq signed a treaty.",
            ),
            // Another version of "a": its facts are united with the first's.
            (
                "a",
                "Vladimir Putin met Erdogan in Ankara. Russia said Turkey would buy more.",
            ),
            // Another version of "b" that names Iran, which "c" named first: a
            // run whose slots arrive out of order.
            ("b", "Turkey and Iran bought the S-400 from Russia."),
        ];
        let analyses: Vec<Analysis> = texts
            .iter()
            .map(|(id, t)| p.analyze(&Article::from_text(id, t)))
            .collect();
        let mut store = GraphStore::new();
        let mut c = FactCollector::new();
        for a in analyses.iter().chain(analyses.iter().rev()) {
            store.add(a.clone());
            c.add(ArticleFacts::new(a.clone()));
        }
        assert_eq!(c.into_store(), store);
    }

    #[test]
    fn an_article_read_again_does_not_grow_the_runs() {
        let p = Pipeline::builtin().unwrap();
        let texts = [
            ("b", "Turkey bought the S-400 from Russia, said Erdogan."),
            (
                "c",
                "The United Nations said Iran and Iraq signed a treaty.",
            ),
            ("b", "Turkey and Iran bought the S-400 from Russia."),
        ];
        let analyses: Vec<Analysis> = texts
            .iter()
            .map(|(id, t)| p.analyze(&Article::from_text(id, t)))
            .collect();
        let facts_held = |passes: usize| {
            let mut c = FactCollector::new();
            for _ in 0..passes {
                for a in &analyses {
                    c.add(ArticleFacts::new(a.clone()));
                }
            }
            let held: usize = c.runs.iter().map(|r| r.facts.len()).sum();
            (held, c.into_store())
        };
        let (once, store_once) = facts_held(1);
        let (thrice, store_thrice) = facts_held(3);
        // One fact per (id, article): Turkey, Russia, the S-400 and Iran of "b"
        // (Iran first named by its second version), the UN, Iran, Iraq of "c".
        assert!(once >= 7, "{once} facts");
        assert_eq!(thrice, once);
        assert_eq!(store_thrice, store_once);
    }

    #[test]
    fn graph_json_written_while_building_is_the_graphs_file() {
        let p = Pipeline::builtin().unwrap();
        let texts = [
            (
                "b",
                "\"We need it,\" said Recep Tayyip Erdogan. Turkey bought the S-400.",
            ),
            (
                "a",
                "Erdogan met Vladimir Putin in Moscow. Putin said Russia would sell more.",
            ),
        ];
        let collect = || {
            let mut c = FactCollector::new();
            for (id, t) in texts {
                c.add(ArticleFacts::new(p.analyze(&Article::from_text(id, t))));
            }
            c
        };
        let mut early = Vec::new();
        let graph = collect().into_graph_writing_json(&mut early).unwrap();
        let mut after = Vec::new();
        crate::graph::write_graph_json(&collect().into_graph(), &mut after).unwrap();
        assert_eq!(
            String::from_utf8(early).unwrap(),
            String::from_utf8(after).unwrap()
        );
        assert!(graph.quotes.len() >= 2 && graph.link_count() >= 1);
        // And for an empty run.
        let mut empty = Vec::new();
        FactCollector::new()
            .into_graph_writing_json(&mut empty)
            .unwrap();
        let mut expected = Vec::new();
        crate::graph::write_graph_json(&FactCollector::new().into_graph(), &mut expected).unwrap();
        assert_eq!(empty, expected);
    }
}
