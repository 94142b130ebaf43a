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
struct FileMeta {
    format_version: u32,
    #[serde(default)]
    generator: String,
    #[serde(default)]
    article_count: usize,
    #[serde(default)]
    node_count: usize,
    #[serde(default)]
    link_count: usize,
    #[serde(default)]
    quote_count: usize,
    articles: Vec<ArticleMeta>,
    quotes: Vec<Quote>,
}

#[derive(Serialize, Deserialize)]
struct FileNode {
    id: String,
    name: String,
    kind: EntityKind,
    aliases: Vec<String>,
    mention_count: usize,
    articles: Vec<String>,
    #[serde(default)]
    affiliations: Vec<NodeAffiliation>,
    #[serde(default)]
    members: Vec<EntityFact>,
}

#[derive(Serialize, Deserialize)]
struct FileLink {
    source: String,
    target: String,
    key: String,
    #[serde(rename = "type")]
    rel_type: String,
    cameo: Option<String>,
    count: usize,
    first_date: Option<String>,
    last_date: Option<String>,
    evidence: Vec<LinkEvidence>,
}

// The writing side borrows from the graph instead of copying it (a copy of a
// large graph doubled the peak memory of `build`). Field for field the same
// shape as `FileGraph`, so the bytes are the same.
#[derive(Serialize)]
struct FileGraphOut<'a> {
    directed: bool,
    multigraph: bool,
    graph: FileMetaOut<'a>,
    nodes: SeqOut<'a, &'a super::Node, FileNodeOut<'a>>,
    links: SeqOut<'a, &'a super::Link, FileLinkOut<'a>>,
}

#[derive(Serialize)]
struct FileMetaOut<'a> {
    format_version: u32,
    generator: &'a str,
    article_count: usize,
    node_count: usize,
    link_count: usize,
    quote_count: usize,
    articles: SeqOut<'a, &'a ArticleMeta, &'a ArticleMeta>,
    quotes: &'a [Quote],
}

#[derive(Serialize)]
struct FileNodeOut<'a> {
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
struct FileLinkOut<'a> {
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

/// A JSON array made on the fly from items of a graph, one at a time.
struct SeqOut<'a, T, O> {
    items: Vec<T>,
    make: fn(T) -> O,
    _life: std::marker::PhantomData<&'a ()>,
}

impl<T: Copy, O: Serialize> Serialize for SeqOut<'_, T, O> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_seq(self.items.iter().map(|&t| (self.make)(t)))
    }
}

fn seq<'a, T, O>(items: Vec<T>, make: fn(T) -> O) -> SeqOut<'a, T, O> {
    SeqOut {
        items,
        make,
        _life: std::marker::PhantomData,
    }
}

fn to_file(g: &KnowledgeGraph) -> FileGraphOut<'_> {
    FileGraphOut {
        directed: true,
        multigraph: true,
        graph: FileMetaOut {
            format_version: FORMAT_VERSION,
            generator: "newsgraph",
            article_count: g.articles.len(),
            node_count: g.node_count(),
            link_count: g.link_count(),
            quote_count: g.quotes.len(),
            articles: seq(g.articles.values().collect(), |a| a),
            quotes: &g.quotes,
        },
        nodes: seq(g.nodes().collect(), |n| FileNodeOut {
            id: &n.id,
            name: &n.name,
            kind: n.kind,
            aliases: &n.aliases,
            mention_count: n.mention_count,
            articles: &n.articles,
            affiliations: &n.affiliations,
            members: &n.members,
        }),
        links: seq(g.links().collect(), |l| FileLinkOut {
            source: &l.source,
            target: &l.target,
            key: l.key(),
            rel_type: &l.rel_type,
            cameo: l.cameo.as_deref(),
            count: l.count(),
            first_date: l.first_date(),
            last_date: l.last_date(),
            evidence: &l.evidence,
        }),
    }
}

/// Writes the graph as node-link JSON (pretty-printed, deterministic).
///
/// ```
/// use newsgraph::graph::{GraphStore, KnowledgeGraph, write_graph_json};
/// let g = KnowledgeGraph::from_store(GraphStore::new());
/// let mut out = Vec::new();
/// write_graph_json(&g, &mut out).unwrap();
/// assert!(String::from_utf8(out).unwrap().contains("\"format_version\": 1"));
/// ```
pub fn write_graph_json<W: Write>(g: &KnowledgeGraph, w: W) -> std::io::Result<()> {
    // The serializer makes many tiny writes: buffer them here, in a concrete
    // type, rather than through whatever (often `dyn`) writer we were given.
    let mut w = std::io::BufWriter::with_capacity(1 << 16, w);
    serde_json::to_writer_pretty(&mut w, &to_file(g))?;
    w.write_all(b"\n")?;
    w.flush()
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
    // One pass checks the syntax and finds the version; only a document of
    // another shape needs a second look to tell bad JSON from a foreign file.
    let version = match serde_json::from_slice::<Probe>(&bytes) {
        Ok(p) => p
            .graph
            .and_then(|g| g.format_version)
            .and_then(|v| v.as_u64()),
        Err(e) if e.is_data() => {
            serde_json::from_slice::<serde::de::IgnoredAny>(&bytes).map_err(syntax)?;
            None
        }
        Err(e) => return Err(syntax(e)),
    };
    match version {
        Some(v) if v == u64::from(FORMAT_VERSION) => {}
        Some(v) => {
            return Err(bad(format!(
                "format_version {v} is not supported (this newsgraph reads version {FORMAT_VERSION}); rebuild the graph with this version"
            )));
        }
        None => {
            return Err(bad(
                "not a newsgraph graph file (no graph.format_version): pass a graph.json written by `newsgraph build` or `merge`".to_string(),
            ));
        }
    }
    let file: FileGraph = serde_json::from_slice(&bytes)
        .map_err(|e| bad(format!("does not match the graph schema: {e}")))?;
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
    let mut store = GraphStore::new();
    for a in file.graph.articles {
        store.articles.insert(a.id.clone(), a);
    }
    for n in file.nodes {
        for m in n.members {
            store.add_entity_fact(m);
        }
    }
    for l in &file.links {
        for e in &l.evidence {
            if l.rel_type == SAYS_ABOUT && e.rule == "quote" {
                continue; // rebuilt from the quotes
            }
            store.relations.insert(RelationFact {
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
    for q in file.graph.quotes {
        store.quotes.insert(QuoteFact {
            article: q.article,
            speaker: q.raw_speaker.or(q.speaker),
            speaker_mention: q.speaker_mention,
            cue: q.cue,
            content: q.content,
            direct: q.direct,
            about: q.raw_about.unwrap_or(q.about).into_iter().collect(),
            date: q.date,
        });
    }
    Ok(store)
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
