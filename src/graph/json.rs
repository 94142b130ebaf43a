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

fn to_file(g: &KnowledgeGraph) -> FileGraph {
    FileGraph {
        directed: true,
        multigraph: true,
        graph: FileMeta {
            format_version: FORMAT_VERSION,
            generator: "newsgraph".to_string(),
            article_count: g.articles.len(),
            node_count: g.node_count(),
            link_count: g.link_count(),
            quote_count: g.quotes.len(),
            articles: g.articles.values().cloned().collect(),
            quotes: g.quotes.clone(),
        },
        nodes: g
            .nodes()
            .map(|n| FileNode {
                id: n.id.clone(),
                name: n.name.clone(),
                kind: n.kind,
                aliases: n.aliases.iter().cloned().collect(),
                mention_count: n.mention_count,
                articles: n.articles.iter().cloned().collect(),
                affiliations: n.affiliations.iter().cloned().collect(),
                members: n.members.clone(),
            })
            .collect(),
        links: g
            .links()
            .map(|l| FileLink {
                source: l.source.clone(),
                target: l.target.clone(),
                key: l.key().to_string(),
                rel_type: l.rel_type.clone(),
                cameo: l.cameo.clone(),
                count: l.count(),
                first_date: l.first_date().map(str::to_string),
                last_date: l.last_date().map(str::to_string),
                evidence: l.evidence.clone(),
            })
            .collect(),
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
pub fn write_graph_json<W: Write>(g: &KnowledgeGraph, mut w: W) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut w, &to_file(g))?;
    w.write_all(b"\n")
}

/// Reads `graph.json` (or any reader of it) back into a graph; `origin` names
/// the source in errors.
pub fn read_graph<R: Read>(r: R, origin: &Path) -> Result<KnowledgeGraph> {
    let bad = |message: String| Error::Graph {
        path: origin.to_path_buf(),
        message,
    };
    let value: serde_json::Value = serde_json::from_reader(r).map_err(|e| {
        if e.is_eof() {
            bad(format!("the file ends early (line {}, column {}): it is truncated; restore it from a backup or rebuild it", e.line(), e.column()))
        } else if e.is_io() {
            bad(format!("cannot be read: {e}"))
        } else {
            bad(format!("not valid JSON at line {}, column {}: {e}", e.line(), e.column()))
        }
    })?;
    let version = value
        .pointer("/graph/format_version")
        .and_then(|v| v.as_u64());
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
    let file: FileGraph = serde_json::from_value(value)
        .map_err(|e| bad(format!("does not match the graph schema: {e}")))?;
    let node_ids: std::collections::BTreeSet<&str> =
        file.nodes.iter().map(|n| n.id.as_str()).collect();
    let mut store = GraphStore::new();
    for a in file.graph.articles {
        store.articles.insert(a.id.clone(), a);
    }
    for n in &file.nodes {
        for m in &n.members {
            store.add_entity_fact(m.clone());
        }
    }
    for l in &file.links {
        for end in [&l.source, &l.target] {
            if !node_ids.contains(end.as_str()) {
                return Err(bad(format!(
                    "link {} -{}-> {} names an unknown node `{end}`",
                    l.source, l.rel_type, l.target
                )));
            }
        }
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
    Ok(KnowledgeGraph::from_store(store))
}

/// Loads a graph file from disk.
pub fn load_graph(path: &Path) -> Result<KnowledgeGraph> {
    let f = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    read_graph(std::io::BufReader::new(f), path)
}
