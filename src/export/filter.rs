//! Selecting what to export: [`ViewFilter`] → [`View`].

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use crate::error::{Error, Result};
use crate::graph::{KnowledgeGraph, Link, Node, Quote};
use crate::model::EntityKind;

/// What part of the graph to export. `ViewFilter::default()` keeps everything.
///
/// Semantics, applied in this order by [`apply`]:
///
/// 1. **Links.** `types` (relation types, case-insensitive; empty = all) and
///    `kinds` (both ends must be of one of these kinds; empty = all) select
///    links. `since`/`until` (ISO dates, inclusive, `2019`, `2019-09` or
///    `2019-09-14`) drop every evidence dated outside the window, compared on
///    the common prefix, so `2019-09` is inside `since = 2019-09-14`; when a
///    window is set, undated evidence is dropped too. A link left without
///    evidence is dropped. Then links with fewer than `min_count` statements
///    are dropped.
/// 2. **Nodes.** `kinds` applies to nodes too, and `min_count` drops nodes
///    mentioned fewer than `min_count` times. Links need both ends kept.
/// 3. **Focus.** `focus` names a node by id, or by name or alias
///    (case-insensitive); the view becomes its ego network: nodes within
///    `depth` hops over the kept links, ignoring direction, and the links
///    among them. An unknown or ambiguous name is an [`Error::Query`] that
///    lists candidates. The focus node is kept even if `kinds` or
///    `min_count` would drop it.
/// 4. **Size.** `max_nodes` keeps the N nodes with the most kept links (ties:
///    more mentions first, then id; the focus node comes first) and, of the
///    links among them, the 2×N with the most evidence.
///
/// **Isolated nodes** (no kept link) are dropped when the filter restricts
/// links — `types`, `since`/`until`, `focus` or `max_nodes` is set — since
/// they would only be noise around the selected relations; the focus node
/// itself always stays. With only `kinds`/`min_count` (or nothing) set they
/// are kept, so the default view is the whole graph.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewFilter {
    /// Node id, name or alias whose ego network to export.
    pub focus: Option<String>,
    /// Hops around `focus` (ignored without it). 0 = the node alone.
    pub depth: usize,
    /// Relation types to keep (empty = all).
    pub types: Vec<String>,
    /// Entity kinds to keep (empty = all).
    pub kinds: Vec<EntityKind>,
    /// Minimum statements per link and mentions per node.
    pub min_count: usize,
    /// Earliest evidence date kept (inclusive).
    pub since: Option<String>,
    /// Latest evidence date kept (inclusive).
    pub until: Option<String>,
    /// Keep at most this many nodes, the best connected.
    pub max_nodes: Option<usize>,
}

impl ViewFilter {
    fn has_window(&self) -> bool {
        self.since.is_some() || self.until.is_some()
    }

    fn restricts_links(&self) -> bool {
        !self.types.is_empty()
            || self.has_window()
            || self.focus.is_some()
            || self.max_nodes.is_some()
    }

    fn is_noop(&self) -> bool {
        *self == ViewFilter::default()
    }
}

/// A selection of a graph: the nodes and links to export.
///
/// Nodes keep the graph's order (by id), links keep theirs (by source,
/// target, type). Links are copies whose evidence is cut to the date window.
/// Exporters number nodes `n0, n1, ...` and links `e0, e1, ...` by position.
#[derive(Clone, Debug)]
pub struct View<'g> {
    /// The graph the view is of (articles, quotes, full nodes).
    pub graph: &'g KnowledgeGraph,
    /// Kept nodes, sorted by id.
    pub nodes: Vec<&'g Node>,
    /// Kept links with their kept evidence, sorted by (source, target, type).
    pub links: Vec<Link>,
    index: BTreeMap<&'g str, usize>,
    whole: bool,
}

impl<'g> View<'g> {
    /// The view of the whole graph.
    pub fn all(graph: &'g KnowledgeGraph) -> View<'g> {
        let nodes: Vec<&Node> = graph.nodes().collect();
        View::new(graph, nodes, graph.links().cloned().collect(), true)
    }

    fn new(graph: &'g KnowledgeGraph, nodes: Vec<&'g Node>, links: Vec<Link>, whole: bool) -> Self {
        let index = nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (n.id.as_str(), i))
            .collect();
        View {
            graph,
            nodes,
            links,
            index,
            whole,
        }
    }

    /// Position of a node id in [`View::nodes`].
    pub fn node_index(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    /// A kept node by id.
    pub fn node(&self, id: &str) -> Option<&'g Node> {
        self.node_index(id).map(|i| self.nodes[i])
    }

    /// True when nothing was filtered out.
    pub fn is_whole_graph(&self) -> bool {
        self.whole
    }

    /// Quotes whose speaker is in the view.
    pub fn quotes(&self) -> impl Iterator<Item = &'g Quote> + '_ {
        self.graph.quotes.iter().filter(|q| {
            q.speaker
                .as_deref()
                .is_some_and(|s| self.index.contains_key(s))
        })
    }

    /// Number of kept links touching a node (either direction).
    pub fn degree(&self, id: &str) -> usize {
        self.links
            .iter()
            .filter(|l| l.source == id || l.target == id)
            .count()
    }
}

/// True when a (possibly partial) ISO date lies in the inclusive window.
fn in_window(date: &str, since: Option<&str>, until: Option<&str>) -> bool {
    let prefix = |a: &str, b: &str| -> (String, String) {
        let n = a.len().min(b.len());
        (a.chars().take(n).collect(), b.chars().take(n).collect())
    };
    if let Some(s) = since {
        let (d, s) = prefix(date, s);
        if d < s {
            return false;
        }
    }
    if let Some(u) = until {
        let (d, u) = prefix(date, u);
        if d > u {
            return false;
        }
    }
    true
}

/// Finds the node a focus string names: an id, else a name or alias
/// (case-insensitive).
fn resolve_focus<'g>(g: &'g KnowledgeGraph, focus: &str) -> Result<&'g Node> {
    if let Some(n) = g.node(focus) {
        return Ok(n);
    }
    let want = focus.trim().to_lowercase();
    let hits: Vec<&Node> = g
        .nodes()
        .filter(|n| {
            n.id.to_lowercase() == want
                || n.name.to_lowercase() == want
                || n.aliases.iter().any(|a| a.to_lowercase() == want)
        })
        .collect();
    match hits.len() {
        1 => Ok(hits[0]),
        0 => {
            let near: Vec<String> = g
                .nodes()
                .filter(|n| {
                    !want.is_empty()
                        && (n.name.to_lowercase().contains(&want)
                            || n.id.to_lowercase().contains(&want)
                            || n.aliases.iter().any(|a| a.to_lowercase().contains(&want)))
                })
                .take(10)
                .map(|n| format!("{} ({})", n.id, n.name))
                .collect();
            Err(Error::Query(if near.is_empty() {
                format!("no entity named `{focus}` in the graph")
            } else {
                format!("no entity named `{focus}`; candidates: {}", near.join(", "))
            }))
        }
        _ => Err(Error::Query(format!(
            "`{focus}` is ambiguous; use one of these ids: {}",
            hits.iter()
                .map(|n| format!("{} ({})", n.id, n.name))
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}

/// Applies a filter to a graph. See [`ViewFilter`] for the semantics.
///
/// ```
/// use newsgraph::export::{apply, ViewFilter};
/// use newsgraph::graph::{GraphStore, KnowledgeGraph};
/// let g = KnowledgeGraph::from_store(GraphStore::new());
/// let view = apply(&g, &ViewFilter { types: vec!["buys".into()], ..Default::default() }).unwrap();
/// assert!(view.nodes.is_empty() && view.links.is_empty());
/// ```
pub fn apply<'g>(g: &'g KnowledgeGraph, f: &ViewFilter) -> Result<View<'g>> {
    let focus = match &f.focus {
        Some(name) => Some(resolve_focus(g, name)?),
        None => None,
    };
    if f.is_noop() {
        return Ok(View::all(g));
    }
    let types: BTreeSet<String> = f.types.iter().map(|t| t.trim().to_lowercase()).collect();
    let kind_ok = |k: EntityKind| f.kinds.is_empty() || f.kinds.contains(&k);
    let is_focus = |id: &str| focus.is_some_and(|n| n.id == id);

    // Nodes by their own criteria.
    let mut keep: BTreeSet<&str> = g
        .nodes()
        .filter(|n| is_focus(&n.id) || (kind_ok(n.kind) && n.mention_count >= f.min_count))
        .map(|n| n.id.as_str())
        .collect();

    // Links.
    let mut links: Vec<Link> = Vec::new();
    for l in g.links() {
        if !types.is_empty() && !types.contains(&l.rel_type.to_lowercase()) {
            continue;
        }
        if !keep.contains(l.source.as_str()) || !keep.contains(l.target.as_str()) {
            continue;
        }
        let mut l = l.clone();
        if f.has_window() {
            l.evidence.retain(|e| {
                e.date
                    .as_deref()
                    .is_some_and(|d| in_window(d, f.since.as_deref(), f.until.as_deref()))
            });
            if l.evidence.is_empty() {
                continue;
            }
        }
        if l.count() < f.min_count {
            continue;
        }
        links.push(l);
    }

    // Focus: ego network over the kept links, ignoring direction.
    if let Some(center) = focus {
        let mut adj: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for l in &links {
            adj.entry(l.source.as_str())
                .or_default()
                .insert(l.target.as_str());
            adj.entry(l.target.as_str())
                .or_default()
                .insert(l.source.as_str());
        }
        let mut dist: BTreeMap<&str, usize> = BTreeMap::new();
        dist.insert(center.id.as_str(), 0);
        let mut queue = VecDeque::from([center.id.as_str()]);
        while let Some(at) = queue.pop_front() {
            let d = dist[at];
            if d >= f.depth {
                continue;
            }
            for &next in adj.get(at).into_iter().flatten() {
                if !dist.contains_key(next) {
                    dist.insert(next, d + 1);
                    queue.push_back(next);
                }
            }
        }
        keep.retain(|id| dist.contains_key(id));
        links.retain(|l| keep.contains(l.source.as_str()) && keep.contains(l.target.as_str()));
    }

    // Size: the best connected nodes.
    if let Some(max) = f.max_nodes {
        let mut degree: BTreeMap<&str, usize> = keep.iter().map(|&id| (id, 0)).collect();
        for l in &links {
            *degree.entry(l.source.as_str()).or_default() += 1;
            *degree.entry(l.target.as_str()).or_default() += 1;
        }
        let mut ranked: Vec<&Node> = keep.iter().filter_map(|id| g.node(id)).collect();
        ranked.sort_by(|a, b| {
            is_focus(&b.id)
                .cmp(&is_focus(&a.id))
                .then(degree[b.id.as_str()].cmp(&degree[a.id.as_str()]))
                .then(b.mention_count.cmp(&a.mention_count))
                .then(a.id.cmp(&b.id))
        });
        keep = ranked.iter().take(max).map(|n| n.id.as_str()).collect();
        links.retain(|l| keep.contains(l.source.as_str()) && keep.contains(l.target.as_str()));
        // A readable diagram also needs few edges: the 2×N best attested links (ties keep
        // their sorted order), so big corpora do not draw a hairball.
        let max_links = max.saturating_mul(2);
        if links.len() > max_links {
            let mut order: Vec<usize> = (0..links.len()).collect();
            order.sort_by(|&a, &b| links[b].count().cmp(&links[a].count()).then(a.cmp(&b)));
            let chosen: BTreeSet<usize> = order.into_iter().take(max_links).collect();
            let mut i = 0;
            links.retain(|_| {
                let k = chosen.contains(&i);
                i += 1;
                k
            });
        }
    }

    if f.restricts_links() {
        let linked: BTreeSet<&str> = links
            .iter()
            .flat_map(|l| [l.source.as_str(), l.target.as_str()])
            .collect();
        keep.retain(|id| linked.contains(id) || is_focus(id));
    }

    let nodes: Vec<&Node> = keep.iter().filter_map(|id| g.node(id)).collect();
    Ok(View::new(g, nodes, links, false))
}

#[cfg(test)]
mod tests {
    use super::in_window;

    #[test]
    fn window_compares_on_common_prefix() {
        assert!(in_window("2019-09", Some("2019-09-14"), None));
        assert!(in_window(
            "2019-09-14",
            Some("2019-09-14"),
            Some("2019-09-14")
        ));
        assert!(!in_window("2019-08-31", Some("2019-09"), None));
        assert!(!in_window("2020", None, Some("2019-12-31")));
        assert!(in_window("2019", None, Some("2019-01-01")));
    }
}
