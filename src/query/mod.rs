//! Questions analysts ask a graph: who said what about whom, relations over
//! time, entity profiles, neighbourhoods, paths and rankings.
//!
//! Every query is a plain function over a [`KnowledgeGraph`] returning rows
//! that serialise to JSON; [`table`] renders them for people. Names are
//! matched through ids, names and aliases, ignoring case, dots, hyphens and
//! spaces ("us", "Trump", "s400"); an ambiguous name is an error listing the
//! candidates rather than a guess.

pub mod table;

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use serde::Serialize;

use crate::error::{Error, Result};
use crate::graph::{KnowledgeGraph, Link, Node, SAYS_ABOUT};
use crate::model::EntityKind;
use crate::slug::fold;

fn key(s: &str) -> String {
    fold(s).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// Finds the entity a user means by `name` (id, name or alias; case-insensitive).
///
/// # Arguments
/// * `name`: an id (`country:iraq`), a name or an alias, compared ignoring case,
///   accents, dots, hyphens and spaces; failing that, a person's surname alone.
///
/// # Returns
/// The node, or [`Error::Query`] when the name is unknown (with near matches)
/// or ambiguous (listing every candidate: it never guesses).
///
/// # Complexity
/// O(nodes × aliases).
///
/// # Example
/// ```
/// use newsgraph::{article::Article, graph::{GraphStore, KnowledgeGraph}, pipeline::Pipeline, query};
/// let p = Pipeline::builtin().unwrap();
/// let mut store = GraphStore::new();
/// store.add_analysis(&p.analyze(&Article::from_text("a", "Turkey bought the S-400 from Russia.")));
/// let g = KnowledgeGraph::from_store(store);
/// assert_eq!(query::find_entity(&g, "s400").unwrap().id, "weapon:s-400");
/// ```
pub fn find_entity<'g>(g: &'g KnowledgeGraph, name: &str) -> Result<&'g Node> {
    if let Some(n) = g.node(name) {
        return Ok(n);
    }
    let k = key(name);
    if k.is_empty() {
        return Err(Error::Query(format!("`{name}` is not an entity name")));
    }
    let mut hits: BTreeSet<&str> = BTreeSet::new();
    for n in g.nodes() {
        let id_tail = n.id.split_once(':').map(|x| x.1).unwrap_or(&n.id);
        if key(id_tail) == k || key(&n.name) == k || n.aliases.iter().any(|a| key(a) == k) {
            hits.insert(n.id.as_str());
        }
    }
    if !name.trim().contains(char::is_whitespace) {
        // A surname alone: every person whose name ends with it is a candidate.
        for n in g.nodes().filter(|n| n.kind == EntityKind::Person) {
            if n.name
                .split_whitespace()
                .last()
                .is_some_and(|l| key(l) == k)
            {
                hits.insert(n.id.as_str());
            }
        }
    }
    match hits.len() {
        1 => Ok(g
            .node(hits.into_iter().next().unwrap_or_default())
            .expect("hit is a node")),
        0 => {
            let mut near: Vec<&str> = g
                .nodes()
                .filter(|n| {
                    key(&n.name).contains(&k) || n.aliases.iter().any(|a| key(a).contains(&k))
                })
                .map(|n| n.id.as_str())
                .take(10)
                .collect();
            near.sort();
            if near.is_empty() {
                Err(Error::Query(format!(
                    "no entity named `{name}` in the graph"
                )))
            } else {
                Err(Error::Query(format!(
                    "no entity named `{name}`; did you mean: {}",
                    near.join(", ")
                )))
            }
        }
        _ => {
            let list: Vec<String> = hits
                .iter()
                .map(|id| {
                    format!(
                        "{id} ({})",
                        g.node(id).map(|n| n.name.as_str()).unwrap_or("")
                    )
                })
                .collect();
            Err(Error::Query(format!(
                "`{name}` is ambiguous; use one of: {}",
                list.join(", ")
            )))
        }
    }
}

fn in_window(date: Option<&str>, since: Option<&str>, until: Option<&str>) -> bool {
    if since.is_none() && until.is_none() {
        return true;
    }
    let Some(d) = date else { return false };
    // Compare on the date's own precision: "2019-09" is within since=2019-09-10 if any day of it is.
    since.is_none_or(|s| d >= &s[..s.len().min(d.len())])
        && until.is_none_or(|u| d <= &u[..u.len().min(d.len())])
}

fn name_of(g: &KnowledgeGraph, id: &str) -> String {
    g.node(id)
        .map(|n| n.name.clone())
        .unwrap_or_else(|| id.to_string())
}

fn published(g: &KnowledgeGraph, article: &str) -> Option<String> {
    g.articles
        .get(article)
        .and_then(|a| a.published)
        .map(|d| d.to_string())
}

/// Filters for [`quotes`].
#[derive(Clone, Debug, Default)]
pub struct QuoteFilter {
    /// Speaker name.
    pub speaker: Option<String>,
    /// Entity the quote is about.
    pub about: Option<String>,
    /// Earliest date (ISO).
    pub since: Option<String>,
    /// Latest date (ISO).
    pub until: Option<String>,
}

/// One quote, for people and scripts.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct QuoteRow {
    /// Date of the quote, else the article's publication date.
    pub date: Option<String>,
    /// True when `date` is the article's date rather than one stated for the quote.
    pub date_is_article_date: bool,
    /// Speaker id.
    pub speaker: Option<String>,
    /// Speaker name.
    pub speaker_name: Option<String>,
    /// Ids the quote is about.
    pub about: Vec<String>,
    /// Article id.
    pub article: String,
    /// Quote text.
    pub text: String,
    /// In quotation marks.
    pub direct: bool,
    /// Byte span in the article.
    pub start: usize,
    /// End of the span.
    pub end: usize,
}

/// Who said what about whom, in date order (undated last).
///
/// # Arguments
/// * `filter`: speaker / about names (matched like [`find_entity`]) and a date
///   window (inclusive, compared at the precision of each date).
///
/// # Returns
/// One row per quote; a quote without a date of its own takes its article's
/// date (`date_is_article_date`). Errors when a name is unknown or ambiguous.
///
/// # Complexity
/// O(quotes).
///
/// # Example
/// ```
/// use newsgraph::{graph::{GraphStore, KnowledgeGraph}, query::{quotes, QuoteFilter}};
/// let g = KnowledgeGraph::from_store(GraphStore::new());
/// assert!(quotes(&g, &QuoteFilter::default()).unwrap().is_empty());
/// ```
pub fn quotes(g: &KnowledgeGraph, filter: &QuoteFilter) -> Result<Vec<QuoteRow>> {
    let speaker = filter
        .speaker
        .as_deref()
        .map(|s| find_entity(g, s))
        .transpose()?
        .map(|n| n.id.clone());
    let about = filter
        .about
        .as_deref()
        .map(|s| find_entity(g, s))
        .transpose()?
        .map(|n| n.id.clone());
    let mut rows: Vec<QuoteRow> = g
        .quotes
        .iter()
        .filter(|q| {
            speaker
                .as_ref()
                .is_none_or(|s| q.speaker.as_ref() == Some(s))
        })
        .filter(|q| about.as_ref().is_none_or(|a| q.about.contains(a)))
        .map(|q| {
            let (date, fallback) = match &q.date {
                Some(d) => (Some(d.clone()), false),
                None => (published(g, &q.article), true),
            };
            QuoteRow {
                date_is_article_date: fallback && date.is_some(),
                date,
                speaker_name: q.speaker.as_deref().map(|s| name_of(g, s)),
                speaker: q.speaker.clone(),
                about: q.about.clone(),
                article: q.article.clone(),
                text: q.content.text.clone(),
                direct: q.direct,
                start: q.content.start,
                end: q.content.end,
            }
        })
        .filter(|r| {
            in_window(
                r.date.as_deref(),
                filter.since.as_deref(),
                filter.until.as_deref(),
            )
        })
        .collect();
    rows.sort_by(|a, b| {
        (a.date.is_none(), &a.date, &a.article, a.start).cmp(&(
            b.date.is_none(),
            &b.date,
            &b.article,
            b.start,
        ))
    });
    Ok(rows)
}

/// Filters for [`relations`].
#[derive(Clone, Debug, Default)]
pub struct RelationFilter {
    /// Actor name.
    pub source: Option<String>,
    /// Target name.
    pub target: Option<String>,
    /// Relation type.
    pub rel_type: Option<String>,
    /// Earliest date (ISO).
    pub since: Option<String>,
    /// Latest date (ISO).
    pub until: Option<String>,
}

/// One statement of a relation.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct RelationRow {
    /// Date of the event, else the article's publication date.
    pub date: Option<String>,
    /// True when `date` is the article's date.
    pub date_is_article_date: bool,
    /// Source id.
    pub source: String,
    /// Source name.
    pub source_name: String,
    /// Relation type.
    #[serde(rename = "type")]
    pub rel_type: String,
    /// Target id.
    pub target: String,
    /// Target name.
    pub target_name: String,
    /// CAMEO code.
    pub cameo: Option<String>,
    /// Modality.
    pub modality: String,
    /// Article id.
    pub article: String,
    /// Evidence text.
    pub evidence: String,
    /// Evidence span.
    pub start: usize,
    /// End of the span.
    pub end: usize,
}

/// Relations matching a filter, one row per piece of evidence, in date order.
///
/// # Arguments
/// * `filter`: source / target names (matched like [`find_entity`]), a relation
///   type (case-insensitive) and a date window.
///
/// # Returns
/// One row per statement, sorted by (date, source, type, target, article,
/// span), undated last. Errors when a name is unknown or ambiguous.
///
/// # Complexity
/// O(links + evidence).
///
/// # Example
/// ```
/// use newsgraph::{graph::{GraphStore, KnowledgeGraph}, query::{relations, RelationFilter}};
/// let g = KnowledgeGraph::from_store(GraphStore::new());
/// assert!(relations(&g, &RelationFilter::default()).unwrap().is_empty());
/// ```
pub fn relations(g: &KnowledgeGraph, filter: &RelationFilter) -> Result<Vec<RelationRow>> {
    let source = filter
        .source
        .as_deref()
        .map(|s| find_entity(g, s))
        .transpose()?
        .map(|n| n.id.clone());
    let target = filter
        .target
        .as_deref()
        .map(|s| find_entity(g, s))
        .transpose()?
        .map(|n| n.id.clone());
    let mut rows = Vec::new();
    for l in g.links() {
        if source.as_ref().is_some_and(|s| *s != l.source)
            || target.as_ref().is_some_and(|t| *t != l.target)
            || filter
                .rel_type
                .as_ref()
                .is_some_and(|t| !t.eq_ignore_ascii_case(&l.rel_type))
        {
            continue;
        }
        for e in &l.evidence {
            let (date, fallback) = match &e.date {
                Some(d) => (Some(d.clone()), false),
                None => (published(g, &e.article), true),
            };
            if !in_window(
                date.as_deref(),
                filter.since.as_deref(),
                filter.until.as_deref(),
            ) {
                continue;
            }
            rows.push(RelationRow {
                date_is_article_date: fallback && date.is_some(),
                date,
                source: l.source.clone(),
                source_name: name_of(g, &l.source),
                rel_type: l.rel_type.clone(),
                target: l.target.clone(),
                target_name: name_of(g, &l.target),
                cameo: e.cameo.clone().or_else(|| l.cameo.clone()),
                modality: e.modality.to_string(),
                article: e.article.clone(),
                evidence: e.text.clone(),
                start: e.start,
                end: e.end,
            });
        }
    }
    rows.sort_by(|a, b| {
        (
            a.date.is_none(),
            &a.date,
            &a.source,
            &a.rel_type,
            &a.target,
            &a.article,
            a.start,
        )
            .cmp(&(
                b.date.is_none(),
                &b.date,
                &b.source,
                &b.rel_type,
                &b.target,
                &b.article,
                b.start,
            ))
    });
    Ok(rows)
}

/// A summary of one link for profiles and neighbourhoods.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct LinkSummary {
    /// Source id.
    pub source: String,
    /// Relation type.
    #[serde(rename = "type")]
    pub rel_type: String,
    /// Target id.
    pub target: String,
    /// The other end's name.
    pub other_name: String,
    /// Evidence count.
    pub count: usize,
    /// Earliest date.
    pub first_date: Option<String>,
    /// Latest date.
    pub last_date: Option<String>,
}

fn summary(g: &KnowledgeGraph, l: &Link, other: &str) -> LinkSummary {
    LinkSummary {
        source: l.source.clone(),
        rel_type: l.rel_type.clone(),
        target: l.target.clone(),
        other_name: name_of(g, other),
        count: l.count(),
        first_date: l.first_date().map(str::to_string),
        last_date: l.last_date().map(str::to_string),
    }
}

/// An entity's profile.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Profile {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: EntityKind,
    /// Aliases.
    pub aliases: Vec<String>,
    /// Titles and affiliations, as (title, organisation name).
    pub affiliations: Vec<(Option<String>, Option<String>)>,
    /// Mentions.
    pub mention_count: usize,
    /// Articles.
    pub articles: Vec<String>,
    /// Strongest outgoing links (by evidence count).
    pub relations_out: Vec<LinkSummary>,
    /// Strongest incoming links.
    pub relations_in: Vec<LinkSummary>,
    /// Quotes by the entity.
    pub quotes_by: Vec<QuoteRow>,
    /// Quotes about the entity.
    pub quotes_about: Vec<QuoteRow>,
}

/// Profile of one entity: kind, aliases, titles, strongest links, quotes.
///
/// # Arguments
/// * `name`: the entity, matched like [`find_entity`].
///
/// # Returns
/// The profile with the 10 strongest links each way (by evidence count), every
/// quote by it and every quote about it.
///
/// # Complexity
/// O(links + quotes).
///
/// # Example
/// ```
/// use newsgraph::{graph::{GraphStore, KnowledgeGraph}, query::profile};
/// let g = KnowledgeGraph::from_store(GraphStore::new());
/// assert!(profile(&g, "Iraq").is_err());
/// ```
pub fn profile(g: &KnowledgeGraph, name: &str) -> Result<Profile> {
    let n = find_entity(g, name)?;
    let top = |mut v: Vec<LinkSummary>| {
        v.sort_by(|a, b| {
            b.count
                .cmp(&a.count)
                .then_with(|| (&a.rel_type, &a.other_name).cmp(&(&b.rel_type, &b.other_name)))
        });
        v.truncate(10);
        v
    };
    let out = top(g
        .links_from(&n.id)
        .into_iter()
        .map(|l| summary(g, l, &l.target))
        .collect());
    let inc = top(g
        .links_to(&n.id)
        .into_iter()
        .map(|l| summary(g, l, &l.source))
        .collect());
    let by = quotes(
        g,
        &QuoteFilter {
            speaker: Some(n.id.clone()),
            ..Default::default()
        },
    )?;
    let about = quotes(
        g,
        &QuoteFilter {
            about: Some(n.id.clone()),
            ..Default::default()
        },
    )?;
    Ok(Profile {
        id: n.id.clone(),
        name: n.name.clone(),
        kind: n.kind,
        aliases: n.aliases.iter().cloned().collect(),
        affiliations: n
            .affiliations
            .iter()
            .map(|a| (a.title.clone(), a.org.as_deref().map(|o| name_of(g, o))))
            .collect(),
        mention_count: n.mention_count,
        articles: n.articles.iter().cloned().collect(),
        relations_out: out,
        relations_in: inc,
        quotes_by: by,
        quotes_about: about,
    })
}

/// An entity within reach.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct NeighborRow {
    /// Hops from the start.
    pub depth: usize,
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: EntityKind,
    /// The link that first reached it.
    pub via: LinkSummary,
}

/// Undirected adjacency, sorted: node → [(neighbour, link)].
fn adjacency<'g>(
    g: &'g KnowledgeGraph,
    rel_type: Option<&str>,
) -> BTreeMap<&'g str, Vec<(&'g str, &'g Link)>> {
    let mut adj: BTreeMap<&str, Vec<(&str, &Link)>> = BTreeMap::new();
    for l in g.links() {
        if rel_type.is_some_and(|t| !t.eq_ignore_ascii_case(&l.rel_type)) {
            continue;
        }
        adj.entry(&l.source).or_default().push((&l.target, l));
        adj.entry(&l.target).or_default().push((&l.source, l));
    }
    for v in adj.values_mut() {
        v.sort_by(|a, b| (a.0, &a.1.rel_type, &a.1.source).cmp(&(b.0, &b.1.rel_type, &b.1.source)));
    }
    adj
}

/// Entities within `depth` hops (either direction), breadth first.
///
/// # Arguments
/// * `name`: the start, matched like [`find_entity`].
/// * `depth`: hops to go (0 gives nothing).
/// * `rel_type`: only walk links of this type.
///
/// # Returns
/// Every entity reached, in breadth-first order (neighbours sorted by id),
/// with the link that first reached it; the start itself is not listed.
///
/// # Complexity
/// O(nodes + links).
///
/// # Example
/// ```
/// use newsgraph::{graph::{GraphStore, KnowledgeGraph}, query::neighbors};
/// let g = KnowledgeGraph::from_store(GraphStore::new());
/// assert!(neighbors(&g, "x", 1, None).is_err());
/// ```
pub fn neighbors(
    g: &KnowledgeGraph,
    name: &str,
    depth: usize,
    rel_type: Option<&str>,
) -> Result<Vec<NeighborRow>> {
    let start = find_entity(g, name)?;
    let adj = adjacency(g, rel_type);
    let mut seen: BTreeSet<&str> = BTreeSet::from([start.id.as_str()]);
    let mut queue = VecDeque::from([(start.id.as_str(), 0usize)]);
    let mut rows = Vec::new();
    while let Some((id, d)) = queue.pop_front() {
        if d >= depth {
            continue;
        }
        for (nb, l) in adj.get(id).into_iter().flatten() {
            if seen.insert(nb) {
                let n = g.node(nb).expect("link ends are nodes");
                rows.push(NeighborRow {
                    depth: d + 1,
                    id: n.id.clone(),
                    name: n.name.clone(),
                    kind: n.kind,
                    via: summary(g, l, nb),
                });
                queue.push_back((nb, d + 1));
            }
        }
    }
    Ok(rows)
}

/// One step of a path.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct PathStep {
    /// From id.
    pub from: String,
    /// To id.
    pub to: String,
    /// The link's source (the step may walk it backwards).
    pub source: String,
    /// Relation type.
    #[serde(rename = "type")]
    pub rel_type: String,
    /// The link's target.
    pub target: String,
    /// First evidence text.
    pub evidence: String,
    /// Article of that evidence.
    pub article: String,
}

/// Shortest chain of relations between two entities (either direction), with evidence.
///
/// # Arguments
/// * `from`, `to`: the two ends, matched like [`find_entity`].
///
/// # Returns
/// The steps with the first evidence of each link; `Ok(Some(vec![]))` when
/// both names are the same entity, `Ok(None)` when they are not connected.
///
/// # Complexity
/// O(nodes + links) breadth-first search.
///
/// # Example
/// ```
/// use newsgraph::{graph::{GraphStore, KnowledgeGraph}, query::path};
/// let g = KnowledgeGraph::from_store(GraphStore::new());
/// assert!(path(&g, "a", "b").is_err());
/// ```
pub fn path(g: &KnowledgeGraph, from: &str, to: &str) -> Result<Option<Vec<PathStep>>> {
    let a = find_entity(g, from)?;
    let b = find_entity(g, to)?;
    let adj = adjacency(g, None);
    let mut prev: BTreeMap<&str, (&str, &Link)> = BTreeMap::new();
    let mut seen: BTreeSet<&str> = BTreeSet::from([a.id.as_str()]);
    let mut queue = VecDeque::from([a.id.as_str()]);
    while let Some(id) = queue.pop_front() {
        if id == b.id {
            break;
        }
        for (nb, l) in adj.get(id).into_iter().flatten() {
            if seen.insert(nb) {
                prev.insert(nb, (id, l));
                queue.push_back(nb);
            }
        }
    }
    if a.id == b.id {
        return Ok(Some(Vec::new()));
    }
    if !prev.contains_key(b.id.as_str()) {
        return Ok(None);
    }
    let mut steps = Vec::new();
    let mut cur = b.id.as_str();
    while cur != a.id {
        let (p, l) = prev[cur];
        let ev = l.evidence.first();
        steps.push(PathStep {
            from: p.to_string(),
            to: cur.to_string(),
            source: l.source.clone(),
            rel_type: l.rel_type.clone(),
            target: l.target.clone(),
            evidence: ev.map(|e| e.text.clone()).unwrap_or_default(),
            article: ev.map(|e| e.article.clone()).unwrap_or_default(),
        });
        cur = p;
    }
    steps.reverse();
    Ok(Some(steps))
}

/// How [`top`] ranks entities.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ranking {
    /// Number of distinct links in and out.
    Degree,
    /// PageRank over links weighted by evidence count.
    PageRank,
    /// Number of mentions.
    Mentions,
}

impl Ranking {
    /// Parses `degree`, `pagerank` or `mentions`.
    pub fn parse(s: &str) -> Option<Ranking> {
        match s.to_ascii_lowercase().as_str() {
            "degree" => Some(Ranking::Degree),
            "pagerank" | "page-rank" => Some(Ranking::PageRank),
            "mentions" => Some(Ranking::Mentions),
            _ => None,
        }
    }
}

/// A ranked entity.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct TopRow {
    /// Rank, from 1.
    pub rank: usize,
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: EntityKind,
    /// The score ranked by.
    pub score: f64,
}

/// PageRank scores (damping 0.85, 100 iterations or until converged), links weighted by evidence count.
///
/// # Arguments
/// * `g`: the graph; dangling nodes spread their rank evenly.
///
/// # Returns
/// Score per node id; the scores sum to 1.
///
/// # Complexity
/// O(iterations × (nodes + links)).
///
/// # Example
/// ```
/// use newsgraph::{graph::{GraphStore, KnowledgeGraph}, query::pagerank};
/// let g = KnowledgeGraph::from_store(GraphStore::new());
/// assert!(pagerank(&g).is_empty());
/// ```
pub fn pagerank(g: &KnowledgeGraph) -> BTreeMap<String, f64> {
    let ids: Vec<&str> = g.nodes().map(|n| n.id.as_str()).collect();
    let n = ids.len();
    if n == 0 {
        return BTreeMap::new();
    }
    let pos: BTreeMap<&str, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    let mut out_w = vec![0.0f64; n];
    let mut edges: Vec<(usize, usize, f64)> = Vec::new();
    for l in g.links() {
        let (s, t) = (pos[l.source.as_str()], pos[l.target.as_str()]);
        let w = l.count() as f64;
        out_w[s] += w;
        edges.push((s, t, w));
    }
    let d = 0.85;
    let mut rank = vec![1.0 / n as f64; n];
    for _ in 0..100 {
        let dangling: f64 = (0..n).filter(|&i| out_w[i] == 0.0).map(|i| rank[i]).sum();
        let mut next = vec![(1.0 - d) / n as f64 + d * dangling / n as f64; n];
        for &(s, t, w) in &edges {
            next[t] += d * rank[s] * w / out_w[s];
        }
        let delta: f64 = next.iter().zip(&rank).map(|(a, b)| (a - b).abs()).sum();
        rank = next;
        if delta < 1e-12 {
            break;
        }
    }
    ids.into_iter().map(str::to_string).zip(rank).collect()
}

/// The `limit` highest-ranked entities (ties by id).
///
/// # Arguments
/// * `by`: degree (distinct links in and out), PageRank or mentions.
/// * `kind`: only entities of this kind.
/// * `limit`: how many rows.
///
/// # Returns
/// Rows ranked from 1, highest score first.
///
/// # Complexity
/// O(nodes log nodes), plus [`pagerank`] when ranking by it.
///
/// # Example
/// ```
/// use newsgraph::{graph::{GraphStore, KnowledgeGraph}, query::{top, Ranking}};
/// let g = KnowledgeGraph::from_store(GraphStore::new());
/// assert!(top(&g, Ranking::Degree, None, 5).is_empty());
/// ```
pub fn top(g: &KnowledgeGraph, by: Ranking, kind: Option<EntityKind>, limit: usize) -> Vec<TopRow> {
    let pr = (by == Ranking::PageRank).then(|| pagerank(g));
    let mut rows: Vec<TopRow> = g
        .nodes()
        .filter(|n| kind.is_none_or(|k| n.kind == k))
        .map(|n| {
            let score = match by {
                Ranking::Degree => (g.links_from(&n.id).len() + g.links_to(&n.id).len()) as f64,
                Ranking::Mentions => n.mention_count as f64,
                Ranking::PageRank => pr
                    .as_ref()
                    .and_then(|p| p.get(&n.id).copied())
                    .unwrap_or(0.0),
            };
            TopRow {
                rank: 0,
                id: n.id.clone(),
                name: n.name.clone(),
                kind: n.kind,
                score,
            }
        })
        .collect();
    rows.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.id.cmp(&b.id)));
    rows.truncate(limit);
    for (i, r) in rows.iter_mut().enumerate() {
        r.rank = i + 1;
    }
    rows
}

/// True for the link type quotes make.
///
/// # Arguments
/// * `l`: a link.
///
/// # Returns
/// Whether it is a `says_about` link derived from quotes.
///
/// # Complexity
/// O(1).
///
/// # Example
/// ```
/// use newsgraph::{graph::{GraphStore, KnowledgeGraph}, query::is_quote_link};
/// let g = KnowledgeGraph::from_store(GraphStore::new());
/// assert!(!g.links().any(is_quote_link));
/// ```
pub fn is_quote_link(l: &Link) -> bool {
    l.rel_type == SAYS_ABOUT
}
