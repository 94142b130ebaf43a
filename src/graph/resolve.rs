//! Cross-article entity resolution: from a [`GraphStore`] to a [`KnowledgeGraph`].
//!
//! Most of the work is done before this point: lexicon entities carry their
//! lexicon id in every article ("Trump", "Donald Trump" and "President Trump"
//! are all `person:donald-trump`; "U.S.", "United States" and "Washington" are
//! all `country:united-states`), and pattern-found names get an id made from
//! the name, so the same full name is the same id everywhere.
//!
//! The one merge across ids made here is a *short form* joining a *full name*:
//!
//! * a short form is a person whose name is a surname key (see
//!   [`crate::resolve::surname_keys`]: the last word, or particle + last word
//!   as in "Al Azzawi") of a longer person name somewhere in the store;
//! * it joins that full name only when exactly one person id in the whole
//!   store (short forms excluded) has a name with that key; with two "... Hood"
//!   in the store a bare "Hood" stays its own node, and the two Hoods stay apart;
//! * full names never map further, and a target is never itself a short form,
//!   so there are no transitive chains: every id maps to itself or to an id
//!   that maps to itself.
//!
//! The result depends only on the set of facts, so it is the same whatever
//! order articles were added or graphs merged in.

use std::collections::{BTreeMap, BTreeSet};

use petgraph::stable_graph::{NodeIndex, StableDiGraph};
use rustc_hash::{FxHashMap, FxHashSet};

use super::{
    EntityFact, GraphStore, KnowledgeGraph, Link, LinkEvidence, Node, NodeAffiliation, Quote,
    QuoteFact, RelationFact, SAYS_ABOUT, SAYS_ABOUT_CAMEO,
};
use crate::model::{ArticleMeta, EntityKind, Modality};
use crate::resolve::surname_keys;
use crate::slug::fold;

/// The name an id goes by for resolution: its longest name over all facts
/// (most words, then most bytes, then the greatest), so it does not depend on
/// fact order.
fn display_name<'a>(names: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    names
        .into_iter()
        .max_by_key(|n| (n.split_whitespace().count(), n.len(), *n))
}

/// Maps every extracted id in the store to its resolved id. See the module docs.
#[cfg(test)]
pub(crate) fn resolution_map(store: &GraphStore) -> BTreeMap<String, String> {
    person_map(
        store
            .entities
            .values()
            .filter(|f| f.kind == EntityKind::Person)
            .map(|f| (f.id.as_str(), f.name.as_str(), f.aliases.as_slice())),
    )
}

/// [`resolution_map`] from the person facts alone, as (extracted id,
/// canonical name, aliases), one per (id, article): ids of other kinds
/// always resolve to themselves, so only people are in the map.
///
/// The per-id sets are sorted lists without repeats (one sort each instead of
/// an ordered-map insert per name): (id, name) pairs, grouped by id in id order.
pub(crate) fn person_map<'a>(
    persons: impl Iterator<Item = (&'a str, &'a str, &'a [String])>,
) -> BTreeMap<String, String> {
    // Names (canonical names and aliases) per person id, over all articles, and
    // the canonical names alone.
    // A person named in many articles gives the same pairs again and again
    // (seven pairs in ten on Reuters): repeats are dropped by hash as they
    // come, so that the sorts see each pair once.
    let mut names: Vec<(&str, &str)> = Vec::new();
    let mut canonical: Vec<(&str, &str)> = Vec::new();
    let mut seen_names: FxHashSet<(&str, &str)> = FxHashSet::default();
    let mut seen_canonical: FxHashSet<(&str, &str)> = FxHashSet::default();
    for (id, name, aliases) in persons {
        if seen_canonical.insert((id, name)) {
            canonical.push((id, name));
        }
        for n in std::iter::once(name).chain(aliases.iter().map(String::as_str)) {
            if seen_names.insert((id, n)) {
                names.push((id, n));
            }
        }
    }
    drop((seen_names, seen_canonical));
    names.sort_unstable();
    canonical.sort_unstable();
    // (surname key, person id, word count of the name giving it).
    let mut by_key: Vec<(String, &str, usize)> = Vec::new();
    for &(id, n) in &names {
        let words = n.split_whitespace().count();
        for k in surname_keys(n) {
            by_key.push((k, id, words));
        }
    }
    by_key.sort_unstable();
    by_key.dedup();
    let with_key = |key: &str| {
        let lo = by_key.partition_point(|e| e.0.as_str() < key);
        let n = by_key[lo..].partition_point(|e| e.0 == key);
        &by_key[lo..lo + n]
    };
    // Short forms: the canonical name is a key of a longer name of another id
    // (in id order, so they can be searched).
    let mut short: Vec<(&str, String)> = Vec::new();
    for group in canonical.chunk_by(|a, b| a.0 == b.0) {
        let id = group[0].0;
        let Some(name) = display_name(group.iter().map(|p| p.1)) else {
            continue;
        };
        let words = name.split_whitespace().count();
        let key = fold(name);
        let longer = with_key(&key)
            .iter()
            .any(|(_, q, w)| *q != id && *w > words);
        if longer {
            short.push((id, key));
        }
    }
    let short_at = |id: &str| short.binary_search_by(|e| e.0.cmp(id)).ok();
    let mut map = Vec::new();
    for group in names.chunk_by(|a, b| a.0 == b.0) {
        let id = group[0].0;
        let mut to = id;
        if let Some(k) = short_at(id) {
            // The one other full-name id with this key, if only one: the ids of a
            // key's entries are in order, so repeats are adjacent.
            let mut targets = with_key(&short[k].1)
                .iter()
                .map(|e| e.1)
                .filter(|q| *q != id && short_at(q).is_none());
            if let Some(first) = targets.next()
                && targets.all(|q| q == first)
            {
                to = first;
            }
        }
        map.push((id.to_string(), to.to_string()));
    }
    // Sorted by id already: the map is built in bulk.
    map.into_iter().collect()
}

#[cfg(test)]
fn resolved<'a>(map: &'a BTreeMap<String, String>, id: &'a str) -> &'a str {
    map.get(id).map(String::as_str).unwrap_or(id)
}

/// The ids resolution changes (short forms, to their full names) in a hash
/// map: most ids map to themselves, and a look-up hashes the id once instead
/// of comparing it with a string per level of the ordered map.
struct Moves<'m>(FxHashMap<&'m str, &'m str>);

impl<'m> Moves<'m> {
    fn new(map: &'m BTreeMap<String, String>) -> Moves<'m> {
        Moves(
            map.iter()
                .filter(|(id, to)| id != to)
                .map(|(id, to)| (id.as_str(), to.as_str()))
                .collect(),
        )
    }

    /// The resolved id.
    fn get<'a>(&'a self, id: &'a str) -> &'a str {
        self.0.get(id).copied().unwrap_or(id)
    }

    /// The resolved id, and the id as extracted when they differ (no copy
    /// when resolution keeps it).
    fn owned(&self, id: String) -> (String, Option<String>) {
        match self.0.get(id.as_str()) {
            Some(&to) => (to.to_string(), Some(id)),
            None => (id, None),
        }
    }
}

/// (source, target, type) of a link.
type LinkKey = (String, String, String);

/// The evidence of one link, each piece with its CAMEO code.
type LinkEvidences = Vec<(LinkEvidence, Option<String>)>;

/// Evidence of the links, by (source, target, type).
type LinkMap = BTreeMap<LinkKey, LinkEvidences>;

/// The facts of a store, in the store's order, as the view is built from them.
pub(crate) struct Facts {
    /// Articles by id.
    pub(crate) articles: BTreeMap<String, ArticleMeta>,
    /// Entity facts sorted by (id, article), one per key, in runs of one id.
    pub(crate) entities: Vec<Vec<EntityFact>>,
    /// Relation statements, sorted, no duplicates.
    pub(crate) relations: Vec<RelationFact>,
    /// Quotes with their ids as extracted ([`unresolved`]), no duplicates, an
    /// article's together (each article's are sorted once resolved in place).
    pub(crate) quotes: Vec<Quote>,
}

impl From<GraphStore> for Facts {
    fn from(store: GraphStore) -> Facts {
        Facts {
            articles: store.articles,
            entities: id_runs(store.entities.into_values()),
            relations: store.relations.into_iter().collect(),
            quotes: store.quotes.into_iter().map(unresolved).collect(),
        }
    }
}

/// Facts sorted by id cut into runs of one id.
fn id_runs(facts: impl Iterator<Item = EntityFact>) -> Vec<Vec<EntityFact>> {
    let mut runs: Vec<Vec<EntityFact>> = Vec::new();
    for f in facts {
        match runs.last_mut() {
            Some(run) if run[0].id == f.id => run.push(f),
            _ => runs.push(vec![f]),
        }
    }
    runs
}

pub(crate) fn build(store: GraphStore) -> KnowledgeGraph {
    build_facts(Facts::from(store))
}

/// [`build`] from facts in store order.
pub(crate) fn build_facts(facts: Facts) -> KnowledgeGraph {
    let map = person_map(
        facts
            .entities
            .iter()
            .flatten()
            .filter(|f| f.kind == EntityKind::Person)
            .map(|f| (f.id.as_str(), f.name.as_str(), f.aliases.as_slice())),
    );
    build_facts_with_map(facts, &map)
}

/// [`build`] with the resolution map given: a part of a store resolved as
/// the whole store resolves it (see `graph::patch`).
pub(crate) fn build_with_map(store: GraphStore, map: &BTreeMap<String, String>) -> KnowledgeGraph {
    build_facts_with_map(Facts::from(store), map)
}

pub(crate) fn build_facts_with_map(facts: Facts, map: &BTreeMap<String, String>) -> KnowledgeGraph {
    match build_facts_then(facts, map, |_| Ok::<(), std::convert::Infallible>(())) {
        Ok(graph) => graph,
        Err(never) => match never {},
    }
}

/// What a graph being built holds that is known before its links and its
/// petgraph graph are made (see [`build_facts_then`]).
pub(crate) struct Early<'a> {
    /// How many articles, nodes, links and quotes the graph will hold.
    pub(crate) counts: super::Counts,
    /// The graph's articles.
    pub(crate) articles: &'a BTreeMap<String, ArticleMeta>,
    /// The graph's quotes, resolved and sorted.
    pub(crate) quotes: &'a [Quote],
}

/// [`build_facts_with_map`], calling `early` on the calling thread as soon as
/// the counts, articles and quotes of the graph are known, while the pool
/// makes the links and the petgraph graph (e.g. to write the front of
/// `graph.json` meanwhile). An error of `early` is the result, once the
/// graph is made.
pub(crate) fn build_facts_then<E>(
    facts: Facts,
    map: &BTreeMap<String, String>,
    early: impl FnOnce(Early<'_>) -> Result<(), E>,
) -> Result<KnowledgeGraph, E> {
    let map = &Moves::new(map);
    let Facts {
        articles,
        entities,
        relations,
        quotes,
    } = facts;
    // Nodes, relation links and quotes are independent: build them side by
    // side, moving the facts' strings into the view.
    let (mut nodes, (links, (quotes, quote_links))) = rayon::join(
        || build_nodes(entities, map),
        || {
            rayon::join(
                || relation_links(relations, map),
                || build_quotes(quotes, map),
            )
        },
    );
    let links = merge_links(links, quote_links);

    // Any id a link names without an entity fact still gets a node. The ids
    // are looked up in a hash set of the node ids: an ordered-map search
    // compares strings at every level, twice per link, and this runs on the
    // one thread left between the parallel steps.
    let missing: Vec<&String> = {
        let known: FxHashSet<&str> = nodes.keys().map(String::as_str).collect();
        links
            .iter()
            .flat_map(|((s, t, _), _)| [s, t])
            .filter(|id| !known.contains(id.as_str()))
            .collect()
    };
    for id in missing {
        if nodes.contains_key(id) {
            continue;
        }
        nodes.insert(
            id.clone(),
            Node {
                id: id.clone(),
                name: id.split_once(':').map(|x| x.1).unwrap_or(id).to_string(),
                kind: EntityKind::of_id(id).unwrap_or(EntityKind::Organization),
                aliases: BTreeSet::new(),
                mention_count: 0,
                articles: BTreeSet::new(),
                affiliations: BTreeSet::new(),
                members: Vec::new(),
            },
        );
    }

    let counts = super::Counts {
        articles: articles.len(),
        nodes: nodes.len(),
        links: links.len(),
        quotes: quotes.len(),
    };
    let mut assembled = None;
    let mut early_result = Ok(());
    rayon::in_place_scope(|scope| {
        let assembled = &mut assembled;
        scope.spawn(move |_| *assembled = Some(assemble(nodes, links)));
        early_result = early(Early {
            counts,
            articles: &articles,
            quotes: &quotes,
        });
    });
    early_result?;
    let (graph, index) = assembled.expect("the scope ends when the graph is assembled");
    Ok(KnowledgeGraph::from_parts(graph, index, quotes, articles))
}

/// The petgraph graph of the nodes and of the links (their evidence given
/// in key order), with the index of the node ids.
fn assemble(
    nodes: BTreeMap<String, Node>,
    links: Vec<(LinkKey, LinkEvidences)>,
) -> (StableDiGraph<Node, Link>, BTreeMap<String, NodeIndex>) {
    // Each link's evidence sorted and deduplicated, in parallel; added in key order.
    let links: Vec<Link> = {
        use rayon::prelude::*;
        links
            .into_par_iter()
            .map(|((s, t, ty), evs)| make_link(s, t, ty, evs))
            .collect()
    };
    let mut graph = StableDiGraph::with_capacity(nodes.len(), links.len());
    // In key order: the map is bulk-built, not searched per node.
    let index: BTreeMap<String, _> = nodes
        .into_iter()
        .map(|(id, node)| (id, graph.add_node(node)))
        .collect();
    {
        // The ends are looked up by hash: an ordered-map search compared a
        // string at every level, twice per link.
        let by_id: FxHashMap<&str, NodeIndex> =
            index.iter().map(|(id, &i)| (id.as_str(), i)).collect();
        for link in links {
            let (s, t) = (by_id[link.source.as_str()], by_id[link.target.as_str()]);
            graph.add_edge(s, t, link);
        }
    }
    (graph, index)
}

/// One node per resolved id, named by the most used name of the id it is named after.
///
/// The facts come sorted by (id, article) in runs of one id: an id is
/// resolved once per run, not once per fact. Runs are ordered by
/// resolved id (a stable sort, so a node's members stay in (id, article)
/// order; only short forms move) and the runs of one resolved id joined; the
/// groups become nodes in parallel.
fn build_nodes(entities: Vec<Vec<EntityFact>>, map: &Moves<'_>) -> BTreeMap<String, Node> {
    use rayon::prelude::*;
    let mut moved = false;
    let mut runs: Vec<(String, Vec<EntityFact>)> = entities
        .into_iter()
        .filter(|run| !run.is_empty())
        .map(|run| {
            let to = map.get(&run[0].id);
            moved |= to != run[0].id;
            (to.to_string(), run)
        })
        .collect();
    if moved {
        runs.sort_by(|a, b| a.0.cmp(&b.0));
    }
    let mut groups: Vec<(String, Vec<EntityFact>)> = Vec::with_capacity(runs.len());
    for (id, mut members) in runs {
        match groups.last_mut() {
            Some((g, have)) if *g == id => have.append(&mut members),
            _ => groups.push((id, members)),
        }
    }
    let nodes: Vec<(String, Node)> = groups
        .into_par_iter()
        .map(|(id, members)| {
            let node = make_node(&id, members, map);
            (id, node)
        })
        .collect();
    nodes.into_iter().collect()
}

/// The node of one resolved id from the facts that resolve to it (in fact order).
fn make_node(id: &str, members: Vec<EntityFact>, map: &Moves<'_>) -> Node {
    // Aliases and articles gathered by reference, sorted, and copied once
    // each (not once per member that names them); the sets are bulk-built.
    let mut aliases: Vec<&str> = members
        .iter()
        .flat_map(|f| f.aliases.iter().map(String::as_str))
        .collect();
    aliases.sort_unstable();
    aliases.dedup();
    let mut articles: Vec<&str> = members.iter().map(|f| f.article.as_str()).collect();
    articles.sort_unstable();
    articles.dedup();
    let mut node = Node {
        id: id.to_string(),
        name: String::new(),
        kind: EntityKind::of_id(id).unwrap_or(members[0].kind),
        aliases: aliases.into_iter().map(str::to_string).collect(),
        mention_count: members.iter().map(|f| f.mentions.len()).sum(),
        articles: articles.into_iter().map(str::to_string).collect(),
        affiliations: BTreeSet::new(),
        members: Vec::new(),
    };
    for f in &members {
        for (title, org) in &f.affiliations {
            node.affiliations.insert(NodeAffiliation {
                title: title.clone(),
                org: org.as_deref().map(|o| map.get(o).to_string()),
            });
        }
    }
    node.members = members;
    // Names of the id the node is named after win; among them the most used, then the longest.
    let mut votes: BTreeMap<&str, usize> = BTreeMap::new();
    for m in node.members.iter().filter(|m| m.id == id) {
        *votes.entry(m.name.as_str()).or_default() += 1;
    }
    node.name = votes
        .iter()
        .max_by(|a, b| (a.1, a.0.len(), b.0).cmp(&(b.1, b.0.len(), a.0)))
        .map(|(n, _)| n.to_string())
        .or_else(|| node.members.iter().map(|m| m.name.clone()).max())
        .unwrap_or_else(|| id.split_once(':').map(|x| x.1).unwrap_or(id).to_string());
    node
}

/// Link evidence from the relation facts.
fn relation_links(relations: Vec<RelationFact>, map: &Moves<'_>) -> LinkMap {
    let mut links = LinkMap::new();
    for r in relations {
        let (s, raw_source) = map.owned(r.source);
        let (t, raw_target) = map.owned(r.target);
        let ev = LinkEvidence {
            raw_source,
            raw_target,
            article: r.article,
            start: r.evidence.start,
            end: r.evidence.end,
            text: r.evidence.text,
            date: r.date,
            modality: r.modality,
            sentence: r.sentence,
            title: r.title,
            rule: r.rule,
            cameo: r.cameo.clone(),
        };
        links
            .entry((s, t, r.rel_type))
            .or_default()
            .push((ev, r.cameo));
    }
    links
}

/// The quotes resolved and sorted, and the `says_about` link evidence they give.
///
/// The quotes are resolved in place, in parallel (they are independent; a
/// new vector of them was most of the fresh memory this stage touched); the
/// evidence is then read off the resolved quotes.
fn build_quotes(
    mut quotes: Vec<Quote>,
    map: &Moves<'_>,
) -> (Vec<Quote>, Vec<(LinkKey, LinkEvidences)>) {
    use rayon::prelude::*;
    quotes
        .par_iter_mut()
        .with_min_len(256)
        .for_each(|q| resolve_quote(q, map));
    // The facts come sorted by article first, as quotes are: sorting each
    // article's run alone gives the same order with far fewer comparisons.
    quotes
        .par_chunk_by_mut(|a, b| a.article == b.article)
        .for_each(|run| run.sort());
    debug_assert!(quotes.is_sorted());
    let links = says_about_links(&quotes);
    (quotes, links)
}

/// The `says_about` link evidence of resolved quotes, in link key order:
/// one statement from the speaker to each entity a quote is about.
///
/// The (speaker, about, quote) triples are sorted first, so each link's key
/// is made once and the evidence of different links is made in parallel
/// (the evidence order within a link does not matter: [`make_link`] sorts it).
fn says_about_links(quotes: &[Quote]) -> Vec<(LinkKey, LinkEvidences)> {
    use rayon::prelude::*;
    let mut statements: Vec<(&str, &str, usize)> = quotes
        .par_iter()
        .enumerate()
        .flat_map_iter(|(i, q)| {
            let speaker = q.speaker.as_deref();
            q.about.iter().filter_map(move |a| {
                let sp = speaker?;
                (a != sp).then_some((sp, a.as_str(), i))
            })
        })
        .collect();
    statements.par_sort_unstable();
    statements
        .par_chunk_by(|x, y| (x.0, x.1) == (y.0, y.1))
        .map(|run| {
            let key = (
                run[0].0.to_string(),
                run[0].1.to_string(),
                SAYS_ABOUT.to_string(),
            );
            let evidence = run
                .iter()
                .map(|&(_, _, i)| {
                    let q = &quotes[i];
                    let ev = LinkEvidence {
                        article: q.article.clone(),
                        start: q.content.start,
                        end: q.content.end,
                        text: q.content.text.clone(),
                        date: q.date.clone(),
                        modality: Modality::Reported,
                        sentence: None,
                        title: None,
                        rule: "quote".to_string(),
                        cameo: None,
                        raw_source: None,
                        raw_target: None,
                    };
                    (ev, Some(SAYS_ABOUT_CAMEO.to_string()))
                })
                .collect();
            (key, evidence)
        })
        .collect()
}

/// The quote of a fact, its ids as extracted (resolution comes later: [`resolve_quote`]).
pub(crate) fn unresolved(q: QuoteFact) -> Quote {
    Quote {
        raw_speaker: None,
        article: q.article,
        speaker: q.speaker,
        content: q.content,
        cue: q.cue,
        speaker_mention: q.speaker_mention,
        direct: q.direct,
        about: q.about,
        date: q.date,
        raw_about: None,
    }
}

/// Resolves the ids of an [`unresolved`] quote, keeping the ids as extracted
/// where they move.
fn resolve_quote(q: &mut Quote, map: &Moves<'_>) {
    if let Some(to) = q.speaker.as_deref().and_then(|s| map.0.get(s)) {
        let to = to.to_string();
        q.raw_speaker = q.speaker.replace(to);
    }
    // The list is sorted and unique: when resolution keeps every id, it
    // stays as it is.
    if q.about.iter().any(|a| map.0.contains_key(a.as_str())) {
        let mut about: Vec<String> = q.about.iter().map(|a| map.get(a).to_string()).collect();
        about.sort();
        about.dedup();
        if about != q.about {
            q.raw_about = Some(std::mem::replace(&mut q.about, about));
        }
    }
}

/// Two lists of link evidence in key order (each key at most once in each)
/// as one list in key order, the evidence of a key in both joined (a merge
/// of the sorted lists, not a search per key).
fn merge_links(
    a: impl IntoIterator<Item = (LinkKey, LinkEvidences)>,
    b: impl IntoIterator<Item = (LinkKey, LinkEvidences)>,
) -> Vec<(LinkKey, LinkEvidences)> {
    let (mut a, mut b) = (a.into_iter().peekable(), b.into_iter().peekable());
    let mut out = Vec::with_capacity(a.size_hint().0 + b.size_hint().0);
    loop {
        let next = match (a.peek(), b.peek()) {
            (Some((ka, _)), Some((kb, _))) => match ka.cmp(kb) {
                std::cmp::Ordering::Less => a.next(),
                std::cmp::Ordering::Greater => b.next(),
                std::cmp::Ordering::Equal => {
                    let (k, mut v) = a.next().unwrap_or_default();
                    v.extend(b.next().map(|(_, w)| w).unwrap_or_default());
                    Some((k, v))
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

/// A link from its evidence: sorted, deduplicated, CAMEO code by majority
/// (ties: the longer, then the smaller code).
fn make_link(s: String, t: String, ty: String, mut evs: LinkEvidences) -> Link {
    evs.sort();
    evs.dedup();
    let mut votes: BTreeMap<&str, usize> = BTreeMap::new();
    for (_, c) in &evs {
        if let Some(c) = c {
            *votes.entry(c.as_str()).or_default() += 1;
        }
    }
    let cameo = votes
        .iter()
        .max_by(|a, b| (a.1, a.0.len(), b.0).cmp(&(b.1, b.0.len(), a.0)))
        .map(|(c, _)| c.to_string());
    // Moved into a vector of their own size: collecting in place (the pairs
    // are larger than the evidence) ended in a shrinking reallocation, a
    // second copy of every link's evidence.
    let mut evidence = Vec::with_capacity(evs.len());
    evidence.extend(evs.into_iter().map(|(e, _)| e));
    Link {
        source: s,
        target: t,
        rel_type: ty,
        cameo,
        evidence,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Analysis, ArticleMeta, EntityRecord, Evidence, MentionRecord, QuoteRecord};

    fn person(id: &str, name: &str, aliases: &[&str]) -> EntityRecord {
        entity(id, name, EntityKind::Person, aliases)
    }

    fn entity(id: &str, name: &str, kind: EntityKind, aliases: &[&str]) -> EntityRecord {
        EntityRecord {
            id: id.to_string(),
            name: name.to_string(),
            kind,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            affiliations: Vec::new(),
            mentions: vec![MentionRecord {
                start: 0,
                end: name.len(),
                text: name.to_string(),
                rule: String::new(),
            }],
        }
    }

    fn article(id: &str, entities: Vec<EntityRecord>) -> Analysis {
        Analysis {
            article: ArticleMeta {
                id: id.to_string(),
                ..ArticleMeta::default()
            },
            entities,
            relations: Vec::new(),
            quotes: Vec::new(),
        }
    }

    fn store(analyses: &[Analysis]) -> GraphStore {
        let mut s = GraphStore::new();
        for a in analyses {
            s.add_analysis(a);
        }
        s
    }

    fn map(analyses: &[Analysis]) -> BTreeMap<String, String> {
        resolution_map(&store(analyses))
    }

    #[test]
    fn surname_joins_the_one_full_name_in_another_article() {
        let m = map(&[
            article("a", vec![person("person:trump", "Trump", &["Trump"])]),
            article(
                "b",
                vec![person(
                    "person:donald-trump",
                    "Donald Trump",
                    &["Donald Trump", "Trump"],
                )],
            ),
        ]);
        assert_eq!(m["person:trump"], "person:donald-trump");
        assert_eq!(m["person:donald-trump"], "person:donald-trump");
        let g = KnowledgeGraph::from_store(store(&[
            article("a", vec![person("person:trump", "Trump", &["Trump"])]),
            article(
                "b",
                vec![person("person:donald-trump", "Donald Trump", &[])],
            ),
        ]));
        assert_eq!(g.node_count(), 1);
        let n = g.node("person:donald-trump").unwrap();
        assert_eq!(n.name, "Donald Trump");
        assert_eq!(n.articles.len(), 2);
        assert_eq!(n.mention_count, 2);
    }

    #[test]
    fn surname_is_case_and_accent_insensitive() {
        let m = map(&[
            article("a", vec![person("person:erdogan", "Erdogan", &[])]),
            article(
                "b",
                vec![person(
                    "person:recep-tayyip-erdogan",
                    "Recep Tayyip Erdoğan",
                    &[],
                )],
            ),
        ]);
        assert_eq!(m["person:erdogan"], "person:recep-tayyip-erdogan");
    }

    #[test]
    fn two_people_sharing_a_surname_stay_apart_and_the_bare_surname_joins_neither() {
        let m = map(&[
            article(
                "seed",
                vec![person("person:joey-hood", "Joey Hood", &["Hood"])],
            ),
            article(
                "turkey",
                vec![person("person:ruth-hood", "Ruth Hood", &["Hood"])],
            ),
            article("other", vec![person("person:hood", "Hood", &[])]),
        ]);
        assert_eq!(m["person:joey-hood"], "person:joey-hood");
        assert_eq!(m["person:ruth-hood"], "person:ruth-hood");
        assert_eq!(m["person:hood"], "person:hood");
    }

    #[test]
    fn ambiguity_is_judged_on_the_whole_store() {
        // With one Hood the bare surname joins; adding a second Hood anywhere undoes it.
        let one = [
            article("a", vec![person("person:joey-hood", "Joey Hood", &[])]),
            article("b", vec![person("person:hood", "Hood", &[])]),
        ];
        assert_eq!(map(&one)["person:hood"], "person:joey-hood");
        let mut two = one.to_vec();
        two.push(article(
            "c",
            vec![person("person:ruth-hood", "Ruth Hood", &[])],
        ));
        assert_eq!(map(&two)["person:hood"], "person:hood");
    }

    #[test]
    fn particle_surnames_join_and_no_chains_form() {
        // "Azzawi" -> the full name, not to the short "Al Azzawi"; "Al Azzawi" -> the full name.
        let m = map(&[
            article(
                "a",
                vec![person(
                    "person:abdul-khaleq-al-azzawi",
                    "Abdul Khaleq Al Azzawi",
                    &[],
                )],
            ),
            article("b", vec![person("person:al-azzawi", "Al Azzawi", &[])]),
            article("c", vec![person("person:azzawi", "Azzawi", &[])]),
        ]);
        assert_eq!(m["person:al-azzawi"], "person:abdul-khaleq-al-azzawi");
        assert_eq!(m["person:azzawi"], "person:abdul-khaleq-al-azzawi");
        // Every target maps to itself: no chains.
        for to in m.values() {
            assert_eq!(&m[to], to, "{to} maps further");
        }
    }

    #[test]
    fn only_people_join_people() {
        // A place called "Hood" or an organisation is never a person's surname.
        let m = map(&[
            article("a", vec![person("person:joey-hood", "Joey Hood", &[])]),
            article(
                "b",
                vec![entity("loc:hood", "Hood", EntityKind::Location, &[])],
            ),
            article(
                "c",
                vec![entity("org:trump", "Trump", EntityKind::Organization, &[])],
            ),
            article(
                "d",
                vec![person("person:donald-trump", "Donald Trump", &[])],
            ),
        ]);
        assert_eq!(resolved(&m, "loc:hood"), "loc:hood");
        assert_eq!(resolved(&m, "org:trump"), "org:trump");
    }

    #[test]
    fn first_names_and_full_names_do_not_merge() {
        let m = map(&[
            article("a", vec![person("person:joey-hood", "Joey Hood", &[])]),
            article("b", vec![person("person:joey", "Joey", &[])]),
            article("c", vec![person("person:joey-smith", "Joey Smith", &[])]),
        ]);
        assert_eq!(m["person:joey"], "person:joey");
        assert_eq!(m["person:joey-smith"], "person:joey-smith");
        assert_eq!(m["person:joey-hood"], "person:joey-hood");
    }

    #[test]
    fn lexicon_ids_unite_surface_forms_across_articles() {
        // The extractor gives "U.S.", "United States" and "Washington" one lexicon id;
        // the graph keeps one node with every surface form.
        let us = |art: &str, alias: &str| {
            article(
                art,
                vec![entity(
                    "country:united-states",
                    "United States",
                    EntityKind::Country,
                    &[alias],
                )],
            )
        };
        let g = KnowledgeGraph::from_store(store(&[
            us("a", "U.S."),
            us("b", "United States"),
            us("c", "Washington"),
        ]));
        assert_eq!(g.node_count(), 1);
        let n = g.node("country:united-states").unwrap();
        assert_eq!(
            n.aliases.iter().map(String::as_str).collect::<Vec<_>>(),
            ["U.S.", "United States", "Washington"]
        );
    }

    #[test]
    fn quotes_and_relations_follow_the_resolved_speaker() {
        let mut a = article("a", vec![person("person:elaiwi", "Elaiwi", &[])]);
        a.quotes.push(QuoteRecord {
            speaker: Some("person:elaiwi".into()),
            speaker_mention: None,
            cue: None,
            content: Evidence {
                start: 10,
                end: 20,
                text: "about Russia".into(),
            },
            direct: true,
            about: vec!["country:russia".into()],
            date: None,
        });
        let b = article(
            "b",
            vec![person("person:karim-elaiwi", "Karim Elaiwi", &[])],
        );
        let g = KnowledgeGraph::from_store(store(&[a, b]));
        assert_eq!(g.quotes[0].speaker.as_deref(), Some("person:karim-elaiwi"));
        assert_eq!(g.quotes[0].raw_speaker.as_deref(), Some("person:elaiwi"));
        let l = g.links_from("person:karim-elaiwi");
        assert_eq!(l.len(), 1);
        assert_eq!(l[0].target, "country:russia");
        assert_eq!(l[0].rel_type, SAYS_ABOUT);
    }
}
