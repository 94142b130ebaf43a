//! The knowledge graph: model, lawful merging, provenance, and its JSON file.
//!
//! The graph is kept in two layers:
//!
//! * [`GraphStore`], the *facts*: per article, which entities it mentions
//!   (under the id the article-level extractor gave them), which relations it
//!   states and which quotes it holds, each with its byte span. Merging two
//!   stores is a set union, so it is associative, commutative and idempotent
//!   by construction, and evidence is never duplicated or lost.
//! * [`KnowledgeGraph`], the *view*: a petgraph `StableDiGraph` derived from a
//!   store by a deterministic function. It resolves entity ids across
//!   articles (a surname-only "Hood" joins "Joey Hood" only when no other
//!   "... Hood" exists in the whole store), gives one node per entity and one
//!   link per (source, type, target) carrying all its evidence.
//!
//! Because the view is a function of the union of facts, building everything
//! at once, building in shards and merging, or adding articles incrementally
//! all give byte-identical files.

mod collect;
mod fastjson;
mod json;
mod patch;
mod resolve;

pub use collect::{ArticleFacts, FactCollector};
pub use fastjson::put_analysis as write_analysis_json;
pub use json::{
    Counts, FORMAT_VERSION, load_graph, load_store, read_graph, read_store, write_graph_json,
};
pub use patch::{Patched, patch_graph_json};

use std::collections::{BTreeMap, BTreeSet};

use petgraph::stable_graph::{NodeIndex, StableDiGraph};
use serde::{Deserialize, Deserializer, Serialize};

use crate::model::{
    Analysis, ArticleMeta, EntityKind, EntityRecord, Evidence, Modality, QuoteRecord,
    RelationRecord,
};

/// One entity as one article knows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityFact {
    /// The id the article-level extractor gave (before cross-article resolution).
    pub id: String,
    /// Article id.
    pub article: String,
    /// Kind.
    pub kind: EntityKind,
    /// Name the article uses as canonical.
    pub name: String,
    /// Surface forms in that article, sorted, no repeats.
    #[serde(deserialize_with = "de_set")]
    pub aliases: Vec<String>,
    /// Mention spans `[start, end]` in that article, sorted, no repeats.
    #[serde(deserialize_with = "de_set")]
    pub mentions: Vec<(usize, usize)>,
    /// Titles and affiliations stated in that article: (title, org id).
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub affiliations: BTreeSet<(Option<String>, Option<String>)>,
}

impl EntityFact {
    /// The fact an article's entity record states.
    pub fn of_record(e: EntityRecord, article: &str) -> EntityFact {
        EntityFact {
            id: e.id,
            article: article.to_string(),
            kind: e.kind,
            name: e.name,
            aliases: into_set(e.aliases),
            mentions: into_set(e.mentions.iter().map(|m| (m.start, m.end)).collect()),
            affiliations: e
                .affiliations
                .into_iter()
                .map(|f| (f.title, f.org))
                .collect(),
        }
    }

    fn absorb(&mut self, other: &EntityFact) {
        extend_set(&mut self.aliases, &other.aliases);
        extend_set(&mut self.mentions, &other.mentions);
        self.affiliations.extend(other.affiliations.iter().cloned());
        // Two versions of one article may disagree on the kind: the least kind
        // wins, so the result does not depend on the order facts arrive in.
        self.kind = self.kind.min(other.kind);
        if (other.name.len(), &other.name) > (self.name.len(), &self.name) {
            self.name = other.name.clone();
        }
    }
}

/// One statement of a relation in one article.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct RelationFact {
    /// Article id.
    pub article: String,
    /// Source entity id as extracted.
    pub source: String,
    /// Target entity id as extracted.
    pub target: String,
    /// Relation type.
    #[serde(rename = "type")]
    pub rel_type: String,
    /// CAMEO code.
    #[serde(default)]
    pub cameo: Option<String>,
    /// Modality.
    #[serde(default)]
    pub modality: Modality,
    /// ISO date, if dated.
    #[serde(default)]
    pub date: Option<String>,
    /// Title, for `member_of`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The stating words.
    pub evidence: Evidence,
    /// The sentence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentence: Option<Evidence>,
    /// Rule id.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rule: String,
}

/// One quote in one article.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct QuoteFact {
    /// Article id.
    pub article: String,
    /// Speaker entity id as extracted.
    pub speaker: Option<String>,
    /// Words naming the speaker.
    #[serde(default)]
    pub speaker_mention: Option<Evidence>,
    /// Reporting cue.
    #[serde(default)]
    pub cue: Option<Evidence>,
    /// What was said.
    pub content: Evidence,
    /// In quotation marks.
    pub direct: bool,
    /// Entity ids it is about, as extracted: sorted, no repeats.
    #[serde(default, deserialize_with = "de_set")]
    pub about: Vec<String>,
    /// ISO date.
    #[serde(default)]
    pub date: Option<String>,
}

impl RelationFact {
    /// The fact an article's relation record states.
    pub fn of_record(r: RelationRecord, article: &str) -> RelationFact {
        RelationFact {
            article: article.to_string(),
            source: r.source,
            target: r.target,
            rel_type: r.rel_type,
            cameo: r.cameo,
            modality: r.modality,
            date: r.date,
            title: r.title,
            evidence: r.evidence,
            sentence: r.sentence,
            rule: r.rule,
        }
    }
}

impl QuoteFact {
    /// The fact an article's quote record states.
    pub fn of_record(q: QuoteRecord, article: &str) -> QuoteFact {
        QuoteFact {
            article: article.to_string(),
            speaker: q.speaker,
            speaker_mention: q.speaker_mention,
            cue: q.cue,
            content: q.content,
            direct: q.direct,
            about: into_set(q.about),
            date: q.date,
        }
    }
}

/// A list sorted and without repeats: the form of the facts' set-valued
/// fields. A sorted vector holds the one or two items most facts have in a
/// few dozen bytes, where a `BTreeSet` allocates a node of 200-300 bytes
/// (tens of megabytes over a corpus, and every one a page to fault in and a
/// pointer to chase when the graph is built and written).
pub(crate) fn into_set<T: Ord>(mut v: Vec<T>) -> Vec<T> {
    if !v.is_sorted_by(|a, b| a < b) {
        v.sort_unstable();
        v.dedup();
    }
    v
}

/// Adds the items of the set `other` to the set `v` (both as [`into_set`] makes them).
fn extend_set<T: Ord + Clone>(v: &mut Vec<T>, other: &[T]) {
    if other.iter().all(|x| v.binary_search(x).is_ok()) {
        return;
    }
    v.extend_from_slice(other);
    v.sort_unstable();
    v.dedup();
}

/// A set-valued field as [`into_set`] makes it, whatever order a file holds it in.
fn de_set<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Ord,
{
    Vec::<T>::deserialize(d).map(into_set)
}

/// The fact layer: a set of per-article facts. See the module docs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GraphStore {
    /// Articles by id.
    pub articles: BTreeMap<String, ArticleMeta>,
    /// Entity facts by (extracted id, article id).
    pub entities: BTreeMap<(String, String), EntityFact>,
    /// Relation statements.
    pub relations: BTreeSet<RelationFact>,
    /// Quotes.
    pub quotes: BTreeSet<QuoteFact>,
}

impl GraphStore {
    /// An empty store.
    pub fn new() -> GraphStore {
        GraphStore::default()
    }

    /// Adds everything one article yielded. Adding the same analysis twice changes nothing.
    pub fn add_analysis(&mut self, a: &Analysis) {
        self.add(a.clone());
    }

    /// [`GraphStore::add_analysis`] for an analysis that is no longer needed:
    /// its strings move into the store instead of being copied.
    ///
    /// ```
    /// use newsgraph::{article::Article, graph::GraphStore, pipeline::Pipeline};
    /// let an = Pipeline::builtin().unwrap().analyze(&Article::from_text("a", "Turkey bought the S-400."));
    /// let mut store = GraphStore::new();
    /// store.add(an.clone());
    /// store.add(an);
    /// assert_eq!(store.articles.len(), 1);
    /// ```
    pub fn add(&mut self, a: Analysis) {
        let art = a.article.id.clone();
        match self.articles.entry(art.clone()) {
            std::collections::btree_map::Entry::Vacant(slot) => {
                slot.insert(a.article);
            }
            std::collections::btree_map::Entry::Occupied(mut have) => {
                if a.article > *have.get() {
                    have.insert(a.article);
                }
            }
        }
        for e in a.entities {
            self.add_entity_fact(EntityFact::of_record(e, &art));
        }
        for r in a.relations {
            self.relations.insert(RelationFact::of_record(r, &art));
        }
        for q in a.quotes {
            self.quotes.insert(QuoteFact::of_record(q, &art));
        }
    }

    /// Adds one entity fact, uniting it with an existing fact of the same id and article.
    pub fn add_entity_fact(&mut self, fact: EntityFact) {
        use std::collections::btree_map::Entry;
        match self.entities.entry((fact.id.clone(), fact.article.clone())) {
            Entry::Occupied(mut have) => have.get_mut().absorb(&fact),
            Entry::Vacant(slot) => {
                slot.insert(fact);
            }
        }
    }

    /// Set union with another store: associative, commutative and idempotent.
    ///
    /// ```
    /// use newsgraph::graph::GraphStore;
    /// let mut a = GraphStore::new();
    /// let b = GraphStore::new();
    /// a.merge(&b);
    /// assert_eq!(a, GraphStore::new());
    /// ```
    pub fn merge(&mut self, other: &GraphStore) {
        for (id, meta) in &other.articles {
            match self.articles.get_mut(id) {
                Some(have) if *meta > *have => *have = meta.clone(),
                Some(_) => {}
                None => {
                    self.articles.insert(id.clone(), meta.clone());
                }
            }
        }
        for fact in other.entities.values() {
            self.add_entity_fact(fact.clone());
        }
        self.relations.extend(other.relations.iter().cloned());
        self.quotes.extend(other.quotes.iter().cloned());
    }

    /// True when the store holds no article.
    pub fn is_empty(&self) -> bool {
        self.articles.is_empty() && self.entities.is_empty()
    }
}

/// A title held, and where (an org or country id).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct NodeAffiliation {
    /// The title.
    pub title: Option<String>,
    /// Resolved entity id of the organisation or country.
    pub org: Option<String>,
}

/// One entity of the graph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Node {
    /// Resolved id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Kind.
    pub kind: EntityKind,
    /// Every surface form, across articles.
    pub aliases: BTreeSet<String>,
    /// Total mentions.
    pub mention_count: usize,
    /// Articles mentioning it.
    pub articles: BTreeSet<String>,
    /// Titles and affiliations.
    pub affiliations: BTreeSet<NodeAffiliation>,
    /// The per-article facts it was built from.
    pub members: Vec<EntityFact>,
}

/// One piece of evidence for a link.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct LinkEvidence {
    /// Article id.
    pub article: String,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The stating words (or, for `says_about`, the quote).
    pub text: String,
    /// ISO date.
    pub date: Option<String>,
    /// Modality.
    pub modality: Modality,
    /// Sentence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentence: Option<Evidence>,
    /// Title (for `member_of`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Rule.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rule: String,
    /// CAMEO code of this statement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cameo: Option<String>,
    /// The source id as extracted, when resolution changed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raw_source: Option<String>,
    /// The target id as extracted, when resolution changed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raw_target: Option<String>,
}

/// One link: all statements of (source, type, target).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    /// Source node id.
    pub source: String,
    /// Target node id.
    pub target: String,
    /// Relation type.
    pub rel_type: String,
    /// CAMEO code (the most specific one seen, ties by value).
    pub cameo: Option<String>,
    /// Every statement, sorted.
    pub evidence: Vec<LinkEvidence>,
}

impl Link {
    /// Number of distinct statements.
    pub fn count(&self) -> usize {
        self.evidence.len()
    }
    /// Earliest dated statement.
    pub fn first_date(&self) -> Option<&str> {
        self.evidence.iter().filter_map(|e| e.date.as_deref()).min()
    }
    /// Latest dated statement.
    pub fn last_date(&self) -> Option<&str> {
        self.evidence.iter().filter_map(|e| e.date.as_deref()).max()
    }
    /// The key that tells links apart in a multigraph: the type.
    pub fn key(&self) -> &str {
        &self.rel_type
    }
}

/// A quote with resolved ids.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Quote {
    /// Article id.
    pub article: String,
    /// Resolved speaker id.
    pub speaker: Option<String>,
    /// What was said.
    pub content: Evidence,
    /// Reporting cue.
    #[serde(default)]
    pub cue: Option<Evidence>,
    /// Words naming the speaker.
    #[serde(default)]
    pub speaker_mention: Option<Evidence>,
    /// In quotation marks.
    pub direct: bool,
    /// Resolved ids it is about.
    pub about: Vec<String>,
    /// ISO date.
    pub date: Option<String>,
    /// Speaker as extracted, when resolution changed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raw_speaker: Option<String>,
    /// About ids as extracted, when resolution changed any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raw_about: Option<Vec<String>>,
}

/// The link type quotes produce, from speaker to each entity the quote is about.
pub const SAYS_ABOUT: &str = "says_about";
/// CAMEO code given to `says_about` links ("make public statement").
pub const SAYS_ABOUT_CAMEO: &str = "010";

/// The resolved graph over petgraph. See the module docs.
#[derive(Clone, Debug)]
pub struct KnowledgeGraph {
    graph: StableDiGraph<Node, Link>,
    index: BTreeMap<String, NodeIndex>,
    /// Articles by id.
    pub articles: BTreeMap<String, ArticleMeta>,
    /// Every quote, also those without a speaker or about no entity.
    pub quotes: Vec<Quote>,
}

impl KnowledgeGraph {
    /// Builds the resolved view of a store. The store's facts move into the
    /// view (nothing is copied); to keep adding to the facts, keep the store
    /// (or re-read it with [`read_store`]) instead of the view.
    ///
    /// ```
    /// use newsgraph::graph::{GraphStore, KnowledgeGraph};
    /// let g = KnowledgeGraph::from_store(GraphStore::new());
    /// assert_eq!(g.node_count(), 0);
    /// ```
    pub fn from_store(store: GraphStore) -> KnowledgeGraph {
        resolve::build(store)
    }

    /// Number of entities.
    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    /// Number of links.
    pub fn link_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// Nodes sorted by id.
    pub fn nodes(&self) -> impl Iterator<Item = &Node> + '_ {
        self.index.values().map(move |&i| &self.graph[i])
    }

    /// A node by resolved id.
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.index.get(id).map(|&i| &self.graph[i])
    }

    /// Links sorted by (source, target, type).
    pub fn links(&self) -> impl Iterator<Item = &Link> + '_ {
        self.graph.edge_indices().map(move |e| &self.graph[e])
    }

    /// Outgoing links of a node, sorted by (target, type).
    pub fn links_from(&self, id: &str) -> Vec<&Link> {
        self.links_dir(id, petgraph::Direction::Outgoing)
    }

    /// Incoming links of a node, sorted by (source, type).
    pub fn links_to(&self, id: &str) -> Vec<&Link> {
        self.links_dir(id, petgraph::Direction::Incoming)
    }

    fn links_dir(&self, id: &str, dir: petgraph::Direction) -> Vec<&Link> {
        let Some(&i) = self.index.get(id) else {
            return Vec::new();
        };
        let mut v: Vec<&Link> = self
            .graph
            .edges_directed(i, dir)
            .map(|e| e.weight())
            .collect();
        v.sort_by(|a, b| {
            (&a.source, &a.target, &a.rel_type).cmp(&(&b.source, &b.target, &b.rel_type))
        });
        v
    }

    /// The underlying petgraph graph (indices are not stable ids: use [`Node::id`]).
    pub fn petgraph(&self) -> &StableDiGraph<Node, Link> {
        &self.graph
    }

    /// The petgraph index of a node id.
    pub fn node_index(&self, id: &str) -> Option<NodeIndex> {
        self.index.get(id).copied()
    }

    pub(crate) fn from_parts(
        graph: StableDiGraph<Node, Link>,
        index: BTreeMap<String, NodeIndex>,
        quotes: Vec<Quote>,
        articles: BTreeMap<String, ArticleMeta>,
    ) -> KnowledgeGraph {
        KnowledgeGraph {
            graph,
            index,
            articles,
            quotes,
        }
    }
}
