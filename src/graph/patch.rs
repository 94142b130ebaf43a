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
//! * the sort keys (at the start of each line) that a binary search for the
//!   changed items looks at;
//! * the person facts (id, name, aliases) of the nodes holding any, which
//!   is all the cross-article resolution looks at;
//! * in full: the nodes and links that touch an affected id, and the quote
//!   lines that name one (found with one multi-pattern scan).
//!
//! Anything unexpected (another layout, another format version, a line
//! without its key at the front, an article that is already in the graph)
//! returns `None` and the caller takes the full path, which also gives the
//! error messages. The lines are trusted to be sorted, as this version writes
//! them (a hand-sorted file would get new lines in odd places; a full
//! rebuild, `build` without `--into`, sorts everything again).

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
    articles: Vec<Edit>,
    quotes: Vec<Edit>,
    nodes: Vec<Edit>,
    links: Vec<Edit>,
}

/// At old line `at`, `removed` old lines give way to `lines` (in key order,
/// so edits of a section come sorted by `at`).
struct Edit {
    at: usize,
    removed: usize,
    lines: Vec<Vec<u8>>,
}

/// (source, target, type) of a link line.
type LinkKey<'a> = (Cow<'a, str>, Cow<'a, str>, Cow<'a, str>);

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
        for (key, lines, edits, end) in [
            ("articles", &l.articles, &self.articles, &b",\n"[..]),
            ("quotes", &l.quotes, &self.quotes, b"},\n"),
            ("nodes", &l.nodes, &self.nodes, b",\n"),
            ("links", &l.links, &self.links, b"}\n"),
        ] {
            let mut out = Section::open(&mut w, key)?;
            let mut cursor = 0;
            for e in edits {
                out.items(l.run(&lines[cursor..e.at]))?;
                for line in &e.lines {
                    out.item(line)?;
                }
                cursor = e.at + e.removed;
            }
            out.items(l.run(&lines[cursor..]))?;
            out.close(end)?;
        }
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

    /// Several items at once: their lines as they lie in the old file, with
    /// the separators between them (see [`Layout::run`]); none when empty.
    fn items(&mut self, run: &[u8]) -> std::io::Result<()> {
        if run.is_empty() {
            return Ok(());
        }
        self.item(run)
    }

    fn close(self, end: &[u8]) -> std::io::Result<()> {
        if !self.first {
            self.w.write_all(b"\n")?;
        }
        self.w.write_all(b"]")?;
        self.w.write_all(end)
    }
}

impl<'a> Layout<'a> {
    /// Consecutive item lines of one section as one slice of the file: the
    /// lines with the `,\n` between them, i.e. the bytes the items are
    /// written as (copied in one piece instead of line by line).
    fn run(&self, lines: &[&'a [u8]]) -> &'a [u8] {
        let (Some(first), Some(last)) = (lines.first(), lines.last()) else {
            return &[];
        };
        let offset = |line: &[u8]| line.as_ptr() as usize - self.bytes.as_ptr() as usize;
        let run = &self.bytes[offset(first)..offset(last) + last.len()];
        debug_assert_eq!(
            run.len(),
            lines.iter().map(|l| l.len() + 2).sum::<usize>() - 2,
            "the lines of a run lie one after the other"
        );
        run
    }
}

/// The sorted lines of one section, searched by the key at their start.
struct Sorted<'a, K> {
    lines: &'a [&'a [u8]],
    key: fn(&'a [u8]) -> Option<K>,
}

impl<'a, K: Ord> Sorted<'a, K> {
    fn new(lines: &'a [&'a [u8]], key: fn(&'a [u8]) -> Option<K>) -> Self {
        Sorted { lines, key }
    }

    /// The first line whose key is not less than `k` (`None`: a line without its key).
    fn lower_bound(&self, k: &K) -> Option<usize> {
        let (mut lo, mut hi) = (0, self.lines.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if (self.key)(self.lines[mid])? < *k {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        Some(lo)
    }

    /// The lines whose key is `k`, as a range.
    fn range(&self, k: &K) -> Option<std::ops::Range<usize>> {
        let start = self.lower_bound(k)?;
        let mut end = start;
        while end < self.lines.len() && (self.key)(self.lines[end])? == *k {
            end += 1;
        }
        Some(start..end)
    }

    /// Edits replacing the lines of each key with the given lines (none: removed).
    fn edits(&self, new: BTreeMap<K, Vec<Vec<u8>>>) -> Option<Vec<Edit>> {
        new.into_iter()
            .map(|(k, lines)| {
                let r = self.range(&k)?;
                Some(Edit {
                    at: r.start,
                    removed: r.len(),
                    lines,
                })
            })
            .collect()
    }
}

/// Lines an edit list adds, less those it removes.
fn growth(edits: &[Edit]) -> isize {
    edits
        .iter()
        .map(|e| e.lines.len() as isize - e.removed as isize)
        .sum()
}

fn id_key(line: &[u8]) -> Option<Cow<'_, str>> {
    json_field(line, b"{\"id\":").map(|(k, _)| k)
}

fn article_key(line: &[u8]) -> Option<Cow<'_, str>> {
    json_field(line, b"{\"article\":").map(|(k, _)| k)
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
    aliases: Vec<String>,
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
    let articles = Sorted::new(&layout.articles, id_key);
    let quote_lines = Sorted::new(&layout.quotes, article_key);
    let node_lines = Sorted::new(&layout.nodes, id_key);
    let link_lines = Sorted::new(&layout.links, link_key);
    // An article already in the graph unites with its old facts: the full path.
    for id in added.articles.keys() {
        if !articles.range(&Cow::Borrowed(id.as_str()))?.is_empty() {
            return None;
        }
    }

    // Resolution before and after, from the person facts alone.
    let person_lines: Vec<usize> = {
        let finder = memchr::memmem::Finder::new(br#""kind":"person""#);
        (0..layout.nodes.len())
            .into_par_iter()
            .filter(|&i| finder.find(layout.nodes[i]).is_some())
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
            .map(|m| (m.id.as_str(), m.name.as_str(), m.aliases.as_slice()))
    };
    let new_iter = added
        .entities
        .values()
        .filter(|f| f.kind == EntityKind::Person)
        .map(|f| (f.id.as_str(), f.name.as_str(), f.aliases.as_slice()));
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

    // Old links rebuilt: those of a moved id (every link line is looked at)
    // and those gaining evidence (found by key).
    let mut link_hit: BTreeSet<usize> = BTreeSet::new();
    if !moved.is_empty() {
        let moved_links: Vec<usize> = (0..layout.links.len())
            .into_par_iter()
            .map(|i| link_key(layout.links[i]).map(|(s, t, y)| touched(&s, &t, &y).then_some(i)))
            .collect::<Option<Vec<_>>>()?
            .into_iter()
            .flatten()
            .collect();
        link_hit.extend(moved_links);
    }
    for (s, t, y) in &fresh_links {
        let k = (Cow::Borrowed(*s), Cow::Borrowed(*t), Cow::Borrowed(*y));
        link_hit.extend(link_lines.range(&k)?);
    }
    let links: Vec<FileLink> = link_hit
        .par_iter()
        .map(|&i| serde_json::from_slice(layout.links[i]).ok())
        .collect::<Option<_>>()?;
    // The other ends of links that lose facts are rewritten too (a node that
    // is only there because a link names it may go).
    let mut node_set: BTreeSet<String> = moved.union(&grown).cloned().collect();
    for l in &links {
        if moved.contains(&l.source) || moved.contains(&l.target) {
            node_set.insert(l.source.clone());
            node_set.insert(l.target.clone());
        }
    }
    // A node naming a changed id (an affiliation) is rewritten as well.
    if !changed.is_empty() {
        let finder = AhoCorasick::new(changed.iter().map(|c| quoted(c))).ok()?;
        let extra: Vec<String> = (0..layout.nodes.len())
            .into_par_iter()
            .filter(|&i| finder.is_match(layout.nodes[i]))
            .map(|i| id_key(layout.nodes[i]).map(Cow::into_owned))
            .collect::<Option<_>>()?;
        node_set.extend(extra);
    }
    let mut node_hit: BTreeMap<&str, usize> = BTreeMap::new();
    for id in &node_set {
        if let Some(i) = node_lines.range(&Cow::Borrowed(id.as_str()))?.next() {
            node_hit.insert(id, i);
        }
    }

    // The facts of the affected items, with the new ones.
    let mut part = added.clone();
    let nodes: Vec<FileNode> = node_hit
        .values()
        .collect::<Vec<_>>()
        .par_iter()
        .map(|&&i| serde_json::from_slice(layout.nodes[i]).ok())
        .collect::<Option<_>>()?;
    for n in nodes {
        for m in n.members {
            part.add_entity_fact(m);
        }
    }
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
    for a in &runs {
        for i in quote_lines.range(&Cow::Borrowed(a.as_str()))? {
            let q: Quote = serde_json::from_slice(layout.quotes[i]).ok()?;
            part.quotes.insert(quote_fact(q));
        }
    }

    // The part resolved as the whole store resolves it.
    let view = build_with_map(part, &new_map);

    let new_articles: BTreeMap<Cow<str>, Vec<Vec<u8>>> = view
        .articles
        .values()
        .map(|a| Some((Cow::Owned(a.id.clone()), vec![serde_json::to_vec(a).ok()?])))
        .collect::<Option<_>>()?;
    // The view's quotes are those runs and the new articles' quotes, sorted.
    let mut new_quotes: BTreeMap<Cow<str>, Vec<Vec<u8>>> = runs
        .iter()
        .map(|a| (Cow::Owned(a.clone()), Vec::new()))
        .collect();
    for q in &view.quotes {
        let line = serde_json::to_vec(q).ok()?;
        new_quotes
            .entry(Cow::Owned(q.article.clone()))
            .or_default()
            .push(line);
    }
    // Links: every old one touched goes; every one of the part with an
    // affected end comes (its evidence is complete: see the module docs).
    let mut new_links: BTreeMap<LinkKey, Vec<Vec<u8>>> = links
        .iter()
        .map(|l| {
            let k = (
                Cow::Owned(l.source.clone()),
                Cow::Owned(l.target.clone()),
                Cow::Owned(l.rel_type.clone()),
            );
            (k, Vec::new())
        })
        .collect();
    for l in view.links() {
        if touched(&l.source, &l.target, &l.rel_type) {
            let key = (
                Cow::Owned(l.source.clone()),
                Cow::Owned(l.target.clone()),
                Cow::Owned(l.rel_type.clone()),
            );
            new_links.insert(key, vec![serde_json::to_vec(&link_out(l)).ok()?]);
        }
    }
    // Nodes: every affected id as the part builds it. A node the part does
    // not have is removed, unless it is not a moved id and a link the part
    // does not hold still names it (then its old line stays).
    // Whether a link line the part does not hold names `id` (only asked
    // for the rare node that is there because a link names it).
    let named_elsewhere = |id: &str| -> Option<bool> {
        for (i, l) in layout.links.iter().enumerate() {
            let (s, t, _) = link_key(l)?;
            if !link_hit.contains(&i) && (s == id || t == id) {
                return Some(true);
            }
        }
        Some(false)
    };
    let mut new_nodes: BTreeMap<Cow<str>, Vec<Vec<u8>>> = BTreeMap::new();
    for id in &node_set {
        if let Some(n) = view.node(id) {
            let line = serde_json::to_vec(&node_out(n)).ok()?;
            new_nodes.insert(Cow::Owned(id.clone()), vec![line]);
        } else if node_hit.contains_key(id.as_str())
            && (moved.contains(id) || !named_elsewhere(id)?)
        {
            new_nodes.insert(Cow::Owned(id.clone()), Vec::new());
        }
    }

    let articles = articles.edits(new_articles)?;
    let quotes = quote_lines.edits(new_quotes)?;
    let nodes = node_lines.edits(new_nodes)?;
    let links = link_lines.edits(new_links)?;
    let grow = |n: usize, e: &[Edit]| n.checked_add_signed(growth(e));
    let counts = Counts {
        articles: grow(layout.articles.len(), &articles)?,
        quotes: grow(layout.quotes.len(), &quotes)?,
        nodes: grow(layout.nodes.len(), &nodes)?,
        links: grow(layout.links.len(), &links)?,
    };
    Some(Patched {
        layout,
        counts,
        articles,
        quotes,
        nodes,
        links,
    })
}
