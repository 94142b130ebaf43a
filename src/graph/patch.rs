//! Adding articles to a `graph.json` without rebuilding it: `build --into`.
//!
//! A graph file is one item (article, quote, node, link) per line, sorted, and
//! every item is a function of a few facts: a node of the facts that resolve
//! to its id, a link of the statements between its two ends, a quote of
//! itself and the resolution of its ids. New articles therefore change only
//! the items that touch the ids they resolve to, plus the items of ids whose
//! resolution they change (a new "Joey Hood" makes a bare "Hood" elsewhere
//! join him). This module finds those items, rebuilds them from their facts
//! with the resolution of the whole store, and copies every other line as it
//! is. The result is byte for byte the file a full rebuild writes; the tests
//! check that against [`super::write_graph_json`] on every case they build.
//!
//! What is read of the old file:
//!
//! * every line's sort key, from the start of the line (ids are at the front);
//! * the person facts (id, name, aliases) of the nodes holding any, which
//!   is all the cross-article resolution looks at;
//! * in full: the nodes and links that touch an affected id, and the quote
//!   lines that name one (found with one multi-pattern scan).
//!
//! Anything unexpected (another layout, another format version, an article
//! that is already in the graph) returns `None` and the caller takes the
//! full path, which also gives the error messages.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

use aho_corasick::AhoCorasick;
use rayon::prelude::*;
use serde::Deserialize;

use super::json::{
    Counts, FileLink, FileNode, Layout, link_out, node_out, quote_fact, relation_facts,
    split_layout, write_head,
};
use super::resolve::{build_with_map, person_map};
use super::{GraphStore, Quote, SAYS_ABOUT};
use crate::model::EntityKind;

/// A graph file with articles added: write it with [`Patched::write`].
pub struct Patched<'a> {
    layout: Layout<'a>,
    counts: Counts,
    article_keys: Vec<Cow<'a, str>>,
    /// New article lines, by id.
    articles: Replace<Cow<'a, str>>,
    /// Article id of every old quote line.
    quote_keys: Vec<Cow<'a, str>>,
    /// Quote runs rewritten whole, by article id.
    quotes: BTreeMap<Cow<'a, str>, Vec<Vec<u8>>>,
    node_keys: Vec<Cow<'a, str>>,
    nodes: Replace<Cow<'a, str>>,
    link_keys: Vec<LinkKey<'a>>,
    links: Replace<LinkKey<'a>>,
}

/// (source, target, type) of a link line.
type LinkKey<'a> = (Cow<'a, str>, Cow<'a, str>, Cow<'a, str>);

/// Lines rewritten, by sort key: `Some` replaces or inserts, `None` removes.
type Replace<K> = BTreeMap<K, Option<Vec<u8>>>;

impl Patched<'_> {
    /// How many items the new file holds.
    pub fn counts(&self) -> Counts {
        self.counts
    }

    /// Writes the new file: the old lines, with the rewritten ones in their place.
    pub fn write<W: Write>(&self, w: W) -> std::io::Result<()> {
        let mut w = std::io::BufWriter::with_capacity(1 << 16, w);
        write_head(&mut w, self.counts)?;
        let l = &self.layout;
        let mut out = Section::open(&mut w, "articles")?;
        merge(&mut out, &l.articles, &self.article_keys, &self.articles)?;
        out.close(b",\n")?;

        // Quotes are sorted by article first: a rewritten article's run
        // replaces all of that article's old lines.
        let mut out = Section::open(&mut w, "quotes")?;
        let mut runs = self.quotes.iter().peekable();
        let mut skipping: Option<&str> = None;
        for (line, key) in l.quotes.iter().zip(&self.quote_keys) {
            while let Some((k, run)) = runs.next_if(|(k, _)| *k <= key) {
                for q in run {
                    out.item(q)?;
                }
                skipping = Some(k);
            }
            if skipping != Some(key.as_ref()) {
                out.item(line)?;
            }
        }
        for q in runs.flat_map(|(_, run)| run) {
            out.item(q)?;
        }
        out.close(b"},\n")?;

        let mut out = Section::open(&mut w, "nodes")?;
        merge(&mut out, &l.nodes, &self.node_keys, &self.nodes)?;
        out.close(b",\n")?;
        let mut out = Section::open(&mut w, "links")?;
        merge(&mut out, &l.links, &self.link_keys, &self.links)?;
        out.close(b"}\n")?;
        w.flush()
    }
}

/// One array of the layout being written: `"key":[`, items one per line, `]`.
struct Section<'w, W: Write> {
    w: &'w mut W,
    first: bool,
}

impl<'w, W: Write> Section<'w, W> {
    fn open(w: &'w mut W, key: &str) -> std::io::Result<Self> {
        write!(w, "\"{key}\":[")?;
        Ok(Section { w, first: true })
    }

    fn item(&mut self, line: &[u8]) -> std::io::Result<()> {
        self.w.write_all(if self.first { b"\n" } else { b",\n" })?;
        self.first = false;
        self.w.write_all(line)
    }

    fn close(self, end: &[u8]) -> std::io::Result<()> {
        if !self.first {
            self.w.write_all(b"\n")?;
        }
        self.w.write_all(b"]")?;
        self.w.write_all(end)
    }
}

/// Writes the sorted old lines with the replacements in key order: a key in
/// `new` replaces the old line of that key (`None` removes it) or, when no
/// line has it, is inserted where it sorts.
fn merge<K: Ord, W: Write>(
    out: &mut Section<'_, W>,
    old: &[&[u8]],
    keys: &[K],
    new: &Replace<K>,
) -> std::io::Result<()> {
    let mut pending = new.iter().peekable();
    for (line, k) in old.iter().zip(keys) {
        let mut replaced = false;
        while let Some((nk, v)) = pending.next_if(|(nk, _)| *nk <= k) {
            replaced |= nk == k;
            if let Some(v) = v {
                out.item(v)?;
            }
        }
        if !replaced {
            out.item(line)?;
        }
    }
    for v in pending.filter_map(|(_, v)| v.as_ref()) {
        out.item(v)?;
    }
    Ok(())
}

/// The JSON string value after `prefix` at the start of `line`, and the rest
/// of the line after it.
fn json_field<'a>(line: &'a [u8], prefix: &[u8]) -> Option<(Cow<'a, str>, &'a [u8])> {
    json_str(line.strip_prefix(prefix)?)
}

/// Reads the JSON string at the start of `s`: its value and the bytes after it.
fn json_str(s: &[u8]) -> Option<(Cow<'_, str>, &[u8])> {
    let body = s.strip_prefix(b"\"")?;
    let mut i = 0;
    let mut escaped = false;
    loop {
        i += memchr::memchr2(b'"', b'\\', &body[i..])?;
        if body[i] == b'"' {
            break;
        }
        escaped = true;
        i += 2;
        if i > body.len() {
            return None;
        }
    }
    let value = if escaped {
        Cow::Owned(serde_json::from_slice(&s[..i + 2]).ok()?)
    } else {
        Cow::Borrowed(std::str::from_utf8(&body[..i]).ok()?)
    };
    Some((value, &body[i + 1..]))
}

/// The (source, target, type) a link line starts with.
fn link_key(line: &[u8]) -> Option<LinkKey<'_>> {
    let (s, rest) = json_field(line, b"{\"source\":")?;
    let (t, rest) = json_field(rest, b",\"target\":")?;
    let (y, _) = json_field(rest, b",\"key\":")?;
    Some((s, t, y))
}

/// The person facts of a node line, for resolution.
#[derive(Deserialize)]
struct PersonProbe {
    members: Vec<MemberProbe>,
}

#[derive(Deserialize)]
struct MemberProbe {
    id: String,
    kind: EntityKind,
    name: String,
    #[serde(default)]
    aliases: BTreeSet<String>,
}

/// `"id"` as it appears quoted in a line, for the scans.
fn quoted(id: &str) -> Vec<u8> {
    serde_json::to_vec(id).unwrap_or_default()
}

/// Adds the facts of `added` to the graph file `old`, or `None` when the file
/// is not in the layout this version writes or an added article is already in
/// it (the caller then reads the whole store and rebuilds; see the module docs).
///
/// ```
/// use newsgraph::{article::Article, graph::*, pipeline::Pipeline};
/// let p = Pipeline::builtin().unwrap();
/// let (a, b) = (
///     p.analyze(&Article::from_text("a", "Turkey bought the S-400 from Russia.")),
///     p.analyze(&Article::from_text("b", "Iraq threatened Turkey with sanctions.")),
/// );
/// let mut old = Vec::new();
/// let mut store = GraphStore::new();
/// store.add(a.clone());
/// write_graph_json(&KnowledgeGraph::from_store(store.clone()), &mut old).unwrap();
///
/// let mut added = GraphStore::new();
/// added.add(b.clone());
/// let mut patched = Vec::new();
/// patch_graph_json(&old, &added).unwrap().write(&mut patched).unwrap();
///
/// store.add(b);
/// let mut full = Vec::new();
/// write_graph_json(&KnowledgeGraph::from_store(store), &mut full).unwrap();
/// assert_eq!(patched, full);
/// ```
pub fn patch_graph_json<'a>(old: &'a [u8], added: &GraphStore) -> Option<Patched<'a>> {
    let layout = split_layout(old)?;
    if layout.head.graph.format_version != super::FORMAT_VERSION {
        return None;
    }
    // Sort keys of every line, from the line's start.
    let article_keys: Vec<Cow<str>> = layout
        .articles
        .par_iter()
        .map(|l| json_field(l, b"{\"id\":").map(|(k, _)| k))
        .collect::<Option<_>>()?;
    let quote_keys: Vec<Cow<str>> = layout
        .quotes
        .par_iter()
        .map(|l| json_field(l, b"{\"article\":").map(|(k, _)| k))
        .collect::<Option<_>>()?;
    let node_keys: Vec<Cow<str>> = layout
        .nodes
        .par_iter()
        .map(|l| json_field(l, b"{\"id\":").map(|(k, _)| k))
        .collect::<Option<_>>()?;
    let link_keys: Vec<LinkKey> = layout
        .links
        .par_iter()
        .map(|l| link_key(l))
        .collect::<Option<_>>()?;
    let sorted = article_keys.windows(2).all(|w| w[0] < w[1])
        && quote_keys.windows(2).all(|w| w[0] <= w[1])
        && node_keys.windows(2).all(|w| w[0] < w[1])
        && link_keys.windows(2).all(|w| w[0] < w[1]);
    if !sorted {
        return None;
    }
    // An article already in the graph unites with its old facts: the full path.
    if added.articles.keys().any(|id| {
        article_keys
            .binary_search_by(|k| k.as_ref().cmp(id))
            .is_ok()
    }) {
        return None;
    }

    // Resolution before and after, from the person facts alone.
    let person_lines: Vec<usize> = {
        let finder = AhoCorasick::new([br#""kind":"person""#]).ok()?;
        (0..layout.nodes.len())
            .into_par_iter()
            .filter(|&i| finder.is_match(layout.nodes[i]))
            .collect()
    };
    let old_persons: Vec<MemberProbe> = person_lines
        .par_iter()
        .map(|&i| serde_json::from_slice::<PersonProbe>(layout.nodes[i]).ok())
        .collect::<Option<Vec<_>>>()?
        .into_iter()
        .flat_map(|p| p.members)
        .filter(|m| m.kind == EntityKind::Person)
        .collect();
    let old_iter = || {
        old_persons
            .iter()
            .map(|m| (m.id.as_str(), m.name.as_str(), &m.aliases))
    };
    let new_iter = added
        .entities
        .values()
        .filter(|f| f.kind == EntityKind::Person)
        .map(|f| (f.id.as_str(), f.name.as_str(), &f.aliases));
    let (old_map, new_map) = rayon::join(
        || person_map(old_iter()),
        || person_map(old_iter().chain(new_iter)),
    );
    let res = |m: &BTreeMap<String, String>, id: &str| -> String {
        m.get(id).cloned().unwrap_or_else(|| id.to_string())
    };

    // Ids whose facts move: both ends of every change of resolution. Their
    // nodes, links and quotes are all rebuilt.
    let mut changed: BTreeSet<String> = BTreeSet::new();
    let mut moved: BTreeSet<String> = BTreeSet::new();
    for (id, to) in &new_map {
        let before = res(&old_map, id);
        if &before != to {
            changed.insert(id.clone());
            moved.insert(before);
            moved.insert(to.clone());
        }
    }
    // What the new facts alone give, resolved as the whole store resolves:
    // those nodes gain members, those links evidence.
    let fresh = build_with_map(added.clone(), &new_map);
    let grown: BTreeSet<String> = fresh.nodes().map(|n| n.id.clone()).collect();
    let fresh_links: BTreeSet<(&str, &str, &str)> = fresh
        .links()
        .map(|l| (l.source.as_str(), l.target.as_str(), l.rel_type.as_str()))
        .collect();
    let touched = |s: &str, t: &str, y: &str| {
        moved.contains(s) || moved.contains(t) || fresh_links.contains(&(s, t, y))
    };

    // Old links rebuilt; the other ends of those that lose facts are
    // rewritten too (a node that is only there because a link names it may go).
    let link_hit: Vec<usize> = (0..link_keys.len())
        .filter(|&i| {
            let (s, t, y) = &link_keys[i];
            touched(s, t, y)
        })
        .collect();
    let mut node_set: BTreeSet<String> = moved.union(&grown).cloned().collect();
    for &i in &link_hit {
        let (s, t, _) = &link_keys[i];
        if moved.contains(s.as_ref()) || moved.contains(t.as_ref()) {
            node_set.insert(s.to_string());
            node_set.insert(t.to_string());
        }
    }
    // A node naming a changed id (an affiliation) is rewritten as well.
    if !changed.is_empty() {
        let finder = AhoCorasick::new(changed.iter().map(|c| quoted(c))).ok()?;
        let extra: Vec<String> = (0..layout.nodes.len())
            .into_par_iter()
            .filter(|&i| finder.is_match(layout.nodes[i]))
            .map(|i| node_keys[i].to_string())
            .collect();
        node_set.extend(extra);
    }
    let node_hit: Vec<usize> = (0..node_keys.len())
        .filter(|&i| node_set.contains(node_keys[i].as_ref()))
        .collect();
    // The facts of the affected items, with the new ones.
    let mut part = added.clone();
    let nodes: Vec<FileNode> = node_hit
        .par_iter()
        .map(|&i| serde_json::from_slice(layout.nodes[i]).ok())
        .collect::<Option<_>>()?;
    for n in nodes {
        for m in n.members {
            part.add_entity_fact(m);
        }
    }
    let links: Vec<FileLink> = link_hit
        .par_iter()
        .map(|&i| serde_json::from_slice(layout.links[i]).ok())
        .collect::<Option<_>>()?;
    let mut facts = Vec::new();
    for l in &links {
        relation_facts(l, &mut facts);
    }
    part.relations.extend(facts);
    // Quote runs rebuilt whole, by article: those with a quote naming a
    // moved id, and those giving evidence to a `says_about` link that gains
    // some (that evidence comes from the quotes, not from the link's line).
    let mut runs: BTreeSet<String> = BTreeSet::new();
    for l in links.iter().filter(|l| l.rel_type == SAYS_ABOUT) {
        let from_quotes = l.evidence.iter().filter(|e| e.rule == "quote");
        runs.extend(from_quotes.map(|e| e.article.clone()));
    }
    if !moved.is_empty() {
        let finder = AhoCorasick::new(moved.iter().map(|h| quoted(h))).ok()?;
        let named: Vec<Quote> = (0..layout.quotes.len())
            .into_par_iter()
            .filter(|&i| finder.is_match(layout.quotes[i]))
            .map(|i| serde_json::from_slice::<Quote>(layout.quotes[i]).ok())
            .collect::<Option<_>>()?;
        for q in named {
            let names_moved = q.speaker.as_deref().is_some_and(|s| moved.contains(s))
                || q.about.iter().any(|a| moved.contains(a));
            if names_moved {
                runs.insert(q.article);
            }
        }
    }
    // Every quote of those runs goes into the part: the links it gives that
    // are not rebuilt are left out below, and the quote itself comes out as
    // it went in unless its ids moved.
    let mut run_lines = 0;
    for (i, k) in quote_keys.iter().enumerate() {
        if runs.contains(k.as_ref()) {
            let q: Quote = serde_json::from_slice(layout.quotes[i]).ok()?;
            part.quotes.insert(quote_fact(q));
            run_lines += 1;
        }
    }
    let new_articles = part.articles.len();

    // The part resolved as the whole store resolves it.
    let view = build_with_map(part, &new_map);
    let mut counts = Counts {
        articles: layout.articles.len() + new_articles,
        nodes: layout.nodes.len(),
        links: layout.links.len(),
        quotes: layout.quotes.len() - run_lines + view.quotes.len(),
    };
    let articles: Replace<Cow<str>> = view
        .articles
        .values()
        .map(|a| Some((Cow::Owned(a.id.clone()), Some(serde_json::to_vec(a).ok()?))))
        .collect::<Option<_>>()?;

    // The view's quotes are those runs and the new articles' quotes, sorted.
    let mut quotes: BTreeMap<Cow<str>, Vec<Vec<u8>>> = BTreeMap::new();
    for q in &view.quotes {
        let line = serde_json::to_vec(q).ok()?;
        quotes
            .entry(Cow::Owned(q.article.clone()))
            .or_default()
            .push(line);
    }

    // Links: every old one touched goes; every one of the part with an
    // affected end comes (its evidence is complete: see the module docs).
    let mut links: Replace<LinkKey> = link_hit
        .iter()
        .map(|&i| (link_keys[i].clone(), None))
        .collect();
    for l in view.links() {
        if touched(&l.source, &l.target, &l.rel_type) {
            let key = (
                Cow::Owned(l.source.clone()),
                Cow::Owned(l.target.clone()),
                Cow::Owned(l.rel_type.clone()),
            );
            links.insert(key, Some(serde_json::to_vec(&link_out(l)).ok()?));
        }
    }
    counts.links -= link_hit.len();
    counts.links += links.values().filter(|v| v.is_some()).count();

    // Nodes: every affected id as the part builds it. A node the part does
    // not have is removed, unless it is outside the hit set and a link the
    // part does not hold still names it (then its old line stays).
    let old_nodes: BTreeSet<&str> = node_hit.iter().map(|&i| node_keys[i].as_ref()).collect();
    let hit_links: BTreeSet<usize> = link_hit.iter().copied().collect();
    let named_elsewhere = |id: &str| {
        link_keys
            .iter()
            .enumerate()
            .any(|(i, (s, t, _))| !hit_links.contains(&i) && (s == id || t == id))
    };
    let mut nodes: Replace<Cow<str>> = BTreeMap::new();
    for id in &node_set {
        if let Some(n) = view.node(id) {
            let line = serde_json::to_vec(&node_out(n)).ok()?;
            nodes.insert(Cow::Owned(id.clone()), Some(line));
        } else if old_nodes.contains(id.as_str()) && (moved.contains(id) || !named_elsewhere(id)) {
            nodes.insert(Cow::Owned(id.clone()), None);
        }
    }
    counts.nodes -= nodes
        .keys()
        .filter(|k| old_nodes.contains(k.as_ref()))
        .count();
    counts.nodes += nodes.values().filter(|v| v.is_some()).count();

    Some(Patched {
        layout,
        counts,
        article_keys,
        articles,
        quote_keys,
        quotes,
        node_keys,
        nodes,
        link_keys,
        links,
    })
}
