//! `graph.json`: node-link JSON that networkx and d3 read, and that newsgraph
//! reads back without losing a fact.
//!
//! # Wire format (format_version 1)
//!
//! ```text
//! {"directed": true, "multigraph": true,
//!  "graph": {"format_version": 1, "generator": "newsgraph",
//!            "article_count", "node_count", "link_count", "quote_count",
//!            "articles": [ArticleMeta], "quotes": [Quote]},
//!  "nodes": [{"id", "name", "kind", "aliases", "mention_count", "articles",
//!             "affiliations": [{"title", "org"}], "members": [EntityFact]}],
//!  "links": [{"source", "target", "key", "type", "cameo", "count",
//!             "first_date", "last_date", "evidence": [LinkEvidence]}]}
//! ```
//!
//! On disk it is compact JSON with one article, quote, node or link per line.
//! `networkx.node_link_graph(data, edges="links")` loads it. Nodes are sorted
//! by id, links by (source, target, type), evidence by (article, span): the same
//! facts always give the same bytes. `members`, the evidence's `raw_source` /
//! `raw_target` and the quotes' `raw_*` fields carry the ids as extracted, so
//! [`read_graph`] rebuilds the exact fact store and graphs can be merged again.

use std::io::{Read, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{
    EntityFact, GraphStore, KnowledgeGraph, LinkEvidence, NodeAffiliation, Quote, QuoteFact,
    RelationFact, SAYS_ABOUT,
};
use crate::error::{Error, Result};
use crate::model::{ArticleMeta, EntityKind, Evidence};

/// Version of the `graph.json` schema this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct FileGraph {
    directed: bool,
    multigraph: bool,
    graph: FileMeta,
    nodes: Vec<FileNode>,
    links: Vec<FileLink>,
}

#[derive(Serialize, Deserialize)]
pub(super) struct FileMeta {
    pub(super) format_version: u32,
    #[serde(default)]
    pub(super) generator: String,
    #[serde(default)]
    pub(super) article_count: usize,
    #[serde(default)]
    pub(super) node_count: usize,
    #[serde(default)]
    pub(super) link_count: usize,
    #[serde(default)]
    pub(super) quote_count: usize,
    pub(super) articles: Vec<ArticleMeta>,
    pub(super) quotes: Vec<Quote>,
}

#[derive(Serialize, Deserialize)]
pub(super) struct FileNode {
    pub(super) id: String,
    pub(super) name: String,
    pub(super) kind: EntityKind,
    pub(super) aliases: Vec<String>,
    pub(super) mention_count: usize,
    pub(super) articles: Vec<String>,
    #[serde(default)]
    pub(super) affiliations: Vec<NodeAffiliation>,
    #[serde(default)]
    pub(super) members: Vec<EntityFact>,
}

#[derive(Serialize, Deserialize)]
pub(super) struct FileLink {
    pub(super) source: String,
    pub(super) target: String,
    pub(super) key: String,
    #[serde(rename = "type")]
    pub(super) rel_type: String,
    pub(super) cameo: Option<String>,
    pub(super) count: usize,
    pub(super) first_date: Option<String>,
    pub(super) last_date: Option<String>,
    pub(super) evidence: Vec<LinkEvidence>,
}

// The writing side borrows from the graph instead of copying it (a copy of a
// large graph doubled the peak memory of `build`). Field for field the same
// shapes as `FileNode` and `FileLink`, so what is written reads back.
#[derive(Serialize)]
pub(super) struct FileNodeOut<'a> {
    id: &'a str,
    name: &'a str,
    kind: EntityKind,
    aliases: &'a std::collections::BTreeSet<String>,
    mention_count: usize,
    articles: &'a std::collections::BTreeSet<String>,
    affiliations: &'a std::collections::BTreeSet<NodeAffiliation>,
    members: &'a [EntityFact],
}

#[derive(Serialize)]
pub(super) struct FileLinkOut<'a> {
    source: &'a str,
    target: &'a str,
    key: &'a str,
    #[serde(rename = "type")]
    rel_type: &'a str,
    cameo: Option<&'a str>,
    count: usize,
    first_date: Option<&'a str>,
    last_date: Option<&'a str>,
    evidence: &'a [LinkEvidence],
}

pub(super) fn node_out(n: &super::Node) -> FileNodeOut<'_> {
    FileNodeOut {
        id: &n.id,
        name: &n.name,
        kind: n.kind,
        aliases: &n.aliases,
        mention_count: n.mention_count,
        articles: &n.articles,
        affiliations: &n.affiliations,
        members: &n.members,
    }
}

pub(super) fn link_out(l: &super::Link) -> FileLinkOut<'_> {
    FileLinkOut {
        source: &l.source,
        target: &l.target,
        key: l.key(),
        rel_type: &l.rel_type,
        cameo: l.cameo.as_deref(),
        count: l.count(),
        first_date: l.first_date(),
        last_date: l.last_date(),
        evidence: &l.evidence,
    }
}

/// Items serialised per parallel task: big enough to amortise the task,
/// small enough that the pool never waits long for one (node sizes are very
/// uneven: a country's node holds thousands of articles' facts).
const CHUNK: usize = 256;

/// Chunks serialised or waiting to be written at any time: enough to keep the
/// pool busy while this thread waits for a large one, few enough that the
/// buffers stay a few megabytes.
const IN_FLIGHT: usize = 24;

/// Writes `"key":[` then one compact item per line, then `]`. Items are
/// serialised in parallel in chunks and written in order, so the bytes do not
/// depend on the thread count.
///
/// The chunks stream: the pool serialises up to [`IN_FLIGHT`] chunks ahead
/// while this thread writes each as soon as it and those before it are done,
/// and every chunk written starts another. (Batches of chunks with a wait at
/// the end of each left a core idle whenever one chunk took longer than the
/// rest, and at the start and end of every batch.)
pub(super) fn write_array<W, T, F>(w: &mut W, key: &str, items: &[T], put: F) -> std::io::Result<()>
where
    W: Write,
    T: Sync,
    F: Fn(&mut Vec<u8>, &T) -> serde_json::Result<()> + Sync,
{
    use std::collections::VecDeque;
    use std::sync::mpsc;
    write!(w, "\"{key}\":[")?;
    let put = &put;
    // Each chunk's buffer is sized from the bytes per item of the chunk
    // written last (items of one array are alike): growing them by doubling
    // copied each buffer again and again (a tenth of the serialisation's
    // instructions).
    let serialise = move |c: usize, chunk: &[T], per_item: usize| -> std::io::Result<Vec<u8>> {
        let mut buf = Vec::with_capacity(chunk.len() * per_item);
        for (i, item) in chunk.iter().enumerate() {
            let first = c == 0 && i == 0;
            buf.extend_from_slice(if first { b"\n" } else { b",\n" });
            put(&mut buf, item)?;
        }
        Ok(buf)
    };
    rayon::in_place_scope(|scope| -> std::io::Result<()> {
        let mut chunks = items.chunks(CHUNK).enumerate();
        let mut in_flight: VecDeque<mpsc::Receiver<std::io::Result<Vec<u8>>>> = VecDeque::new();
        let mut per_item = 256;
        loop {
            while in_flight.len() < IN_FLIGHT {
                let Some((c, chunk)) = chunks.next() else {
                    break;
                };
                let (tx, rx) = mpsc::sync_channel(1);
                scope.spawn(move |_| {
                    // The receiver is gone only when writing already failed.
                    let _ = tx.send(serialise(c, chunk, per_item));
                });
                in_flight.push_back(rx);
            }
            let Some(rx) = in_flight.pop_front() else {
                return Ok(());
            };
            let buf = rx
                .recv()
                .map_err(|_| std::io::Error::other("a chunk of graph.json was not serialised"))??;
            w.write_all(&buf)?;
            // A quarter more than this chunk's mean, for the chunks after it.
            per_item = buf.len() / CHUNK * 5 / 4 + 16;
        }
    })?;
    if !items.is_empty() {
        w.write_all(b"\n")?;
    }
    w.write_all(b"]")
}

/// How many items a graph file holds, as its header line states them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Articles.
    pub articles: usize,
    /// Nodes (entities).
    pub nodes: usize,
    /// Links.
    pub links: usize,
    /// Quotes.
    pub quotes: usize,
}

/// The header line of the layout: everything before the `articles` array.
pub(super) fn write_head<W: Write>(w: &mut W, c: Counts) -> std::io::Result<()> {
    writeln!(
        w,
        "{{\"directed\":true,\"multigraph\":true,\"graph\":{{\"format_version\":{FORMAT_VERSION},\"generator\":\"newsgraph\",\"article_count\":{},\"node_count\":{},\"link_count\":{},\"quote_count\":{},",
        c.articles, c.nodes, c.links, c.quotes
    )
}

/// Writes the graph as node-link JSON (deterministic).
///
/// The layout is compact JSON with one article, quote, node or link per
/// line, so `grep` and `diff` work on it and it stays a third the size of
/// pretty-printed JSON; any JSON reader reads it.
///
/// ```
/// use newsgraph::graph::{GraphStore, KnowledgeGraph, write_graph_json};
/// let g = KnowledgeGraph::from_store(GraphStore::new());
/// let mut out = Vec::new();
/// write_graph_json(&g, &mut out).unwrap();
/// assert!(String::from_utf8(out).unwrap().contains("\"format_version\":1"));
/// ```
pub fn write_graph_json<W: Write>(g: &KnowledgeGraph, w: W) -> std::io::Result<()> {
    // Many small writes: buffer them here, in a concrete type, rather than
    // through whatever (often `dyn`) writer we were given.
    let mut w = std::io::BufWriter::with_capacity(1 << 16, w);
    let counts = Counts {
        articles: g.articles.len(),
        nodes: g.node_count(),
        links: g.link_count(),
        quotes: g.quotes.len(),
    };
    write_front(&mut w, counts, &g.articles, &g.quotes)?;
    write_back(&mut w, g)?;
    w.flush()
}

/// The front of `graph.json`: the header line, the articles and the quotes
/// (all a graph's file needs before its nodes).
pub(super) fn write_front<W: Write>(
    w: &mut W,
    counts: Counts,
    articles: &std::collections::BTreeMap<String, ArticleMeta>,
    quotes: &[Quote],
) -> std::io::Result<()> {
    write_head(w, counts)?;
    let articles: Vec<&ArticleMeta> = articles.values().collect();
    write_array(w, "articles", &articles, |b, a| {
        super::fastjson::put_article(b, a);
        Ok(())
    })?;
    w.write_all(b",\n")?;
    write_array(w, "quotes", quotes, |b, q| {
        super::fastjson::put_quote(b, q);
        Ok(())
    })?;
    w.write_all(b"},\n")
}

/// The rest of `graph.json` after [`write_front`]: the nodes and the links.
pub(super) fn write_back<W: Write>(w: &mut W, g: &KnowledgeGraph) -> std::io::Result<()> {
    let nodes: Vec<&super::Node> = g.nodes().collect();
    write_array(w, "nodes", &nodes, |b, n| {
        super::fastjson::put_node(b, n);
        Ok(())
    })?;
    w.write_all(b",\n")?;
    let links: Vec<&super::Link> = g.links().collect();
    write_array(w, "links", &links, |b, l| {
        super::fastjson::put_link(b, l);
        Ok(())
    })?;
    w.write_all(b"}\n")
}

/// Reads `graph.json` (or any reader of it) back into a graph; `origin` names
/// the source in errors.
pub fn read_graph<R: Read>(r: R, origin: &Path) -> Result<KnowledgeGraph> {
    read_store(r, origin).map(KnowledgeGraph::from_store)
}

/// Reads `graph.json` back into its fact store only, without building the
/// resolved view (for adding to it: the view is rebuilt afterwards anyway).
pub fn read_store<R: Read>(r: R, origin: &Path) -> Result<GraphStore> {
    let bad = |message: String| Error::Graph {
        path: origin.to_path_buf(),
        message,
    };
    // Read the bytes once and parse from the slice: a `Value` tree of a large
    // graph costs several times the file's size, and a reader parses slowly.
    let mut bytes = Vec::new();
    let mut r = r;
    r.read_to_end(&mut bytes)
        .map_err(|e| bad(format!("cannot be read: {e}")))?;
    let syntax = |e: serde_json::Error| {
        if e.is_eof() {
            bad(format!(
                "the file ends early (line {}, column {}): it is truncated; restore it from a backup or rebuild it",
                e.line(),
                e.column()
            ))
        } else if e.is_io() {
            bad(format!("cannot be read: {e}"))
        } else {
            bad(format!(
                "not valid JSON at line {}, column {}: {e}",
                e.line(),
                e.column()
            ))
        }
    };
    // The common case, a graph this version wrote, takes one pass. Only when
    // that fails is the document looked at again, to say what is wrong with it.
    let parsed = match parse_lines(&bytes) {
        Some(f) => Ok(f),
        None => serde_json::from_slice::<FileGraph>(&bytes),
    };
    let file: FileGraph = match parsed {
        Ok(f) if f.graph.format_version == FORMAT_VERSION => f,
        Ok(f) => return Err(bad(unsupported(u64::from(f.graph.format_version)))),
        Err(e) if !e.is_data() => return Err(syntax(e)),
        Err(e) => {
            #[derive(Deserialize)]
            struct Probe {
                #[serde(default)]
                graph: Option<ProbeMeta>,
            }
            #[derive(Deserialize)]
            struct ProbeMeta {
                #[serde(default)]
                format_version: Option<serde_json::Value>,
            }
            let version = match serde_json::from_slice::<Probe>(&bytes) {
                Ok(p) => p
                    .graph
                    .and_then(|g| g.format_version)
                    .and_then(|v| v.as_u64()),
                Err(_) => None,
            };
            return Err(bad(match version {
                Some(v) if v == u64::from(FORMAT_VERSION) => {
                    format!("does not match the graph schema: {e}")
                }
                Some(v) => unsupported(v),
                None => "not a newsgraph graph file (no graph.format_version): pass a graph.json written by `newsgraph build` or `merge`".to_string(),
            }));
        }
    };
    drop(bytes);
    {
        let node_ids: std::collections::BTreeSet<&str> =
            file.nodes.iter().map(|n| n.id.as_str()).collect();
        for l in &file.links {
            for end in [&l.source, &l.target] {
                if !node_ids.contains(end.as_str()) {
                    return Err(bad(format!(
                        "link {} -{}-> {} names an unknown node `{end}`",
                        l.source, l.rel_type, l.target
                    )));
                }
            }
        }
    }
    // The store is built in bulk: sets made from sorted runs are built in
    // linear time, where inserting one fact at a time compares every key.
    let mut store = GraphStore::new();
    store.articles = file
        .graph
        .articles
        .into_iter()
        .map(|a| (a.id.clone(), a))
        .collect();
    let mut facts: Vec<((String, String), EntityFact)> = file
        .nodes
        .into_iter()
        .flat_map(|n| n.members)
        .map(|m| ((m.id.clone(), m.article.clone()), m))
        .collect();
    facts.sort_by(|a, b| a.0.cmp(&b.0));
    let mut united: Vec<((String, String), EntityFact)> = Vec::with_capacity(facts.len());
    for (key, fact) in facts {
        match united.last_mut() {
            Some((k, have)) if *k == key => have.absorb(&fact),
            _ => united.push((key, fact)),
        }
    }
    store.entities = united.into_iter().collect();
    let mut relations = Vec::new();
    for l in &file.links {
        relation_facts(l, &mut relations);
    }
    store.relations = relations.into_iter().collect();
    let mut quotes: Vec<QuoteFact> = file.graph.quotes.into_iter().map(quote_fact).collect();
    // Quotes in the file are sorted by article first, like the facts: sorting
    // each article's run makes the set's own sort a linear check.
    for run in quotes.chunk_by_mut(|a, b| a.article == b.article) {
        run.sort();
    }
    store.quotes = quotes.into_iter().collect();
    Ok(store)
}

/// The header line of the layout, parsed.
#[derive(Deserialize)]
pub(super) struct Head {
    pub(super) directed: bool,
    pub(super) multigraph: bool,
    pub(super) graph: FileMeta,
}

/// A file in the layout [`write_graph_json`] writes, cut into its item lines
/// (without their separating commas), not yet parsed.
pub(super) struct Layout<'a> {
    /// The whole file the lines are cut from.
    pub(super) bytes: &'a [u8],
    /// The header (its `articles` and `quotes` arrays empty).
    pub(super) head: Head,
    pub(super) articles: Vec<&'a [u8]>,
    pub(super) quotes: Vec<&'a [u8]>,
    pub(super) nodes: Vec<&'a [u8]>,
    pub(super) links: Vec<&'a [u8]>,
}

/// Cuts `bytes` into the sections of our layout: the header line, then each
/// section's items one per line. `None` when the bytes are laid out any other way.
pub(super) fn split_layout(bytes: &[u8]) -> Option<Layout<'_>> {
    let mut start = 0;
    let mut lines = memchr::memchr_iter(b'\n', bytes)
        .map(Some)
        .chain([None])
        .map(|end| {
            let end = end.unwrap_or(bytes.len());
            let line = &bytes[start..end];
            start = end + 1;
            line
        });
    // The header line is the document up to the first array: closed with
    // empty arrays it is a whole document; the arrays are filled in later.
    let head = lines.next()?.strip_suffix(b",")?;
    let mut head_doc = head.to_vec();
    head_doc.extend_from_slice(br#","articles":[],"quotes":[]}}"#);
    let head: Head = serde_json::from_slice(&head_doc).ok()?;
    let lines: Vec<&[u8]> = lines.collect();
    let mut at = 0;
    // One section: `"key":[` then items then `]` + `end`, or `"key":[]` + `end`.
    let mut section = |key: &str, end: &[u8]| -> Option<Vec<&[u8]>> {
        let open = format!("\"{key}\":[");
        let line = *lines.get(at)?;
        at += 1;
        let rest = line.strip_prefix(open.as_bytes())?;
        if rest.first() == Some(&b']') {
            return (&rest[1..] == end).then(Vec::new);
        }
        if !rest.is_empty() {
            return None;
        }
        let first = at;
        loop {
            let line = *lines.get(at)?;
            at += 1;
            if line.first() == Some(&b']') {
                if &line[1..] != end {
                    return None;
                }
                let items = &lines[first..at - 1];
                let (last, init) = items.split_last()?;
                let mut out: Vec<&[u8]> = Vec::with_capacity(items.len());
                for l in init {
                    out.push(l.strip_suffix(b",")?);
                }
                out.push(last);
                return Some(out);
            }
        }
    };
    let articles = section("articles", b",")?;
    let quotes = section("quotes", b"},")?;
    let nodes = section("nodes", b",")?;
    let links = section("links", b"}")?;
    if !lines[at..].iter().all(|l| l.trim_ascii().is_empty()) {
        return None;
    }
    Some(Layout {
        bytes,
        head,
        articles,
        quotes,
        nodes,
        links,
    })
}

/// The fast path for the layout [`write_graph_json`] writes: the lines of
/// [`split_layout`] parsed in parallel. `None` when the bytes are laid out
/// any other way (or an item does not parse): the caller then parses the
/// whole document, which also gives the error.
fn parse_lines(bytes: &[u8]) -> Option<FileGraph> {
    use rayon::prelude::*;
    let layout = split_layout(bytes)?;
    fn items<T: serde::de::DeserializeOwned + Send>(lines: &[&[u8]]) -> Option<Vec<T>> {
        lines
            .par_iter()
            .map(|l| serde_json::from_slice(l).ok())
            .collect()
    }
    let ((articles, quotes), (nodes, links)) = rayon::join(
        || rayon::join(|| items(&layout.articles), || items(&layout.quotes)),
        || rayon::join(|| items(&layout.nodes), || items(&layout.links)),
    );
    let mut graph = layout.head.graph;
    graph.articles = articles?;
    graph.quotes = quotes?;
    Some(FileGraph {
        directed: layout.head.directed,
        multigraph: layout.head.multigraph,
        graph,
        nodes: nodes?,
        links: links?,
    })
}

/// The relation statements a link's evidence holds, with the ids as extracted
/// (`says_about` evidence from quotes is left out: the quotes give it again).
pub(super) fn relation_facts(l: &FileLink, out: &mut Vec<RelationFact>) {
    for e in &l.evidence {
        if l.rel_type == SAYS_ABOUT && e.rule == "quote" {
            continue;
        }
        out.push(RelationFact {
            article: e.article.clone(),
            source: e.raw_source.clone().unwrap_or_else(|| l.source.clone()),
            target: e.raw_target.clone().unwrap_or_else(|| l.target.clone()),
            rel_type: l.rel_type.clone(),
            cameo: e.cameo.clone(),
            modality: e.modality,
            date: e.date.clone(),
            title: e.title.clone(),
            evidence: Evidence {
                start: e.start,
                end: e.end,
                text: e.text.clone(),
            },
            sentence: e.sentence.clone(),
            rule: e.rule.clone(),
        });
    }
}

/// A quote of the file back as the fact it was resolved from.
pub(super) fn quote_fact(q: Quote) -> QuoteFact {
    QuoteFact {
        article: q.article,
        speaker: q.raw_speaker.or(q.speaker),
        speaker_mention: q.speaker_mention,
        cue: q.cue,
        content: q.content,
        direct: q.direct,
        about: super::into_set(q.raw_about.unwrap_or(q.about)),
        date: q.date,
    }
}

fn unsupported(v: u64) -> String {
    format!(
        "format_version {v} is not supported (this newsgraph reads version {FORMAT_VERSION}); rebuild the graph with this version"
    )
}

/// Loads a graph file's fact store from disk (see [`read_store`]).
pub fn load_store(path: &Path) -> Result<GraphStore> {
    let f = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    read_store(std::io::BufReader::new(f), path)
}

/// Loads a graph file from disk.
pub fn load_graph(path: &Path) -> Result<KnowledgeGraph> {
    let f = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    read_graph(std::io::BufReader::new(f), path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;
    use crate::pipeline::Pipeline;

    fn sample_graph() -> KnowledgeGraph {
        let p = Pipeline::builtin().unwrap();
        let mut store = GraphStore::new();
        for (id, text) in [
            (
                "a",
                "Turkey bought the S-400 from Russia. \"We will respond,\" said Mike Pompeo.",
            ),
            (
                "b",
                "Iraq threatened the United States with sanctions, Iraqi officials said.",
            ),
        ] {
            store.add(p.analyze(&Article::from_text(id, text)));
        }
        KnowledgeGraph::from_store(store)
    }

    #[test]
    fn the_written_layout_takes_the_line_parser_and_other_layouts_read_the_same() {
        let g = sample_graph();
        let mut out = Vec::new();
        write_graph_json(&g, &mut out).unwrap();
        assert!(
            parse_lines(&out).is_some(),
            "our own layout must take the fast path"
        );
        let fast = read_store(out.as_slice(), Path::new("g.json")).unwrap();

        // The same document indented (as `jq .` writes it) is another layout:
        // the general parser reads it, to the same facts.
        let value: serde_json::Value = serde_json::from_slice(&out).unwrap();
        let pretty = serde_json::to_vec_pretty(&value).unwrap();
        assert!(parse_lines(&pretty).is_none());
        let slow = read_store(pretty.as_slice(), Path::new("g.json")).unwrap();
        assert_eq!(fast, slow);
        assert!(!fast.quotes.is_empty() && !fast.relations.is_empty());

        // A damaged item line falls back to the general parser, whose error names the place.
        let text = String::from_utf8(out).unwrap();
        let broken = text.replacen("\"kind\":", "\"kind\"", 1);
        let err = read_store(broken.as_bytes(), Path::new("g.json")).unwrap_err();
        assert!(err.to_string().contains("line"), "{err}");
    }

    #[test]
    fn an_empty_graph_takes_the_line_parser_too() {
        let mut out = Vec::new();
        write_graph_json(&KnowledgeGraph::from_store(GraphStore::new()), &mut out).unwrap();
        let file = parse_lines(&out).expect("empty sections on one line");
        assert!(file.nodes.is_empty() && file.links.is_empty() && file.graph.quotes.is_empty());
    }
}
