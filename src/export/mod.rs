//! Exports of a [`KnowledgeGraph`]: DOT, node-link JSON, GraphML, Neo4j bulk
//! import CSV, a self-contained HTML report, and SVG/PNG/PDF renderings.
//!
//! This module owns everything that turns a graph into files for other tools:
//!
//! * [`ViewFilter`] and [`apply`] select the part of the graph to export (a
//!   [`View`]); every exporter takes a view, so filters work for all formats.
//! * [`write_dot`] (Graphviz, printed with `graphviz_rust`), [`render`]
//!   (SVG/PNG/PDF by running Graphviz), [`write_graphml`], [`write_neo4j`],
//!   [`write_html`], and the JSON export, which is the graph's own node-link
//!   file ([`crate::graph::write_graph_json`]) restricted to the view.
//! * [`export`] dispatches the formats that fit one stream and
//!   [`write_to_path`] writes files atomically (temp file, then rename).
//!
//! All output is deterministic: the same graph and filter give the same bytes
//! (renderings depend on the installed Graphviz version).

mod dot;
mod filter;
mod graphml;
mod html;
mod neo4j;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

pub use dot::{SFDP_THRESHOLD, dot_graph, dot_string, render, write_dot};
pub use filter::{View, ViewFilter, apply};
pub use graphml::write_graphml;
pub use html::{HtmlLayout, REPORT_CSP, write_html, write_html_with_layout};
pub use neo4j::{
    NEO4J_NODES_HEADER, NEO4J_RELATIONSHIPS_HEADER, write_neo4j, write_neo4j_load_cypher,
    write_neo4j_nodes, write_neo4j_relationships,
};

use crate::error::{Error, Result};
use crate::graph::{KnowledgeGraph, write_graph_json};

/// An output format of `newsgraph export`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ExportFormat {
    /// Graphviz DOT source.
    Dot,
    /// Node-link JSON (the `graph.json` format).
    Json,
    /// GraphML (yEd, Gephi, networkx, Cytoscape).
    GraphMl,
    /// Neo4j bulk import: `nodes.csv`, `relationships.csv`, `load.cypher`.
    Neo4j,
    /// One self-contained interactive HTML report.
    Html,
    /// SVG drawn by Graphviz.
    Svg,
    /// PNG drawn by Graphviz.
    Png,
    /// PDF drawn by Graphviz.
    Pdf,
}

impl ExportFormat {
    /// Every format, in display order.
    pub const ALL: [ExportFormat; 8] = [
        ExportFormat::Dot,
        ExportFormat::Json,
        ExportFormat::GraphMl,
        ExportFormat::Neo4j,
        ExportFormat::Html,
        ExportFormat::Svg,
        ExportFormat::Png,
        ExportFormat::Pdf,
    ];

    /// Parses a format name, case-insensitively (`graphml`, `neo4j`, `gv`, ...).
    ///
    /// ```
    /// # use newsgraph::export::ExportFormat;
    /// assert_eq!(ExportFormat::from_name("GraphML"), Some(ExportFormat::GraphMl));
    /// ```
    pub fn from_name(name: &str) -> Option<ExportFormat> {
        Some(match name.trim().to_ascii_lowercase().as_str() {
            "dot" | "gv" | "graphviz" => ExportFormat::Dot,
            "json" | "node-link" => ExportFormat::Json,
            "graphml" => ExportFormat::GraphMl,
            "neo4j" | "csv" => ExportFormat::Neo4j,
            "html" | "report" => ExportFormat::Html,
            "svg" => ExportFormat::Svg,
            "png" => ExportFormat::Png,
            "pdf" => ExportFormat::Pdf,
            _ => return None,
        })
    }

    /// The canonical lower-case name.
    ///
    /// ```
    /// # use newsgraph::export::ExportFormat;
    /// assert_eq!(ExportFormat::Neo4j.name(), "neo4j");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            ExportFormat::Dot => "dot",
            ExportFormat::Json => "json",
            ExportFormat::GraphMl => "graphml",
            ExportFormat::Neo4j => "neo4j",
            ExportFormat::Html => "html",
            ExportFormat::Svg => "svg",
            ExportFormat::Png => "png",
            ExportFormat::Pdf => "pdf",
        }
    }

    /// The file extension, without dot (empty for Neo4j, which writes a folder).
    ///
    /// ```
    /// # use newsgraph::export::ExportFormat;
    /// assert_eq!(ExportFormat::Dot.file_extension(), "dot");
    /// ```
    pub fn file_extension(self) -> &'static str {
        match self {
            ExportFormat::Neo4j => "",
            other => other.name(),
        }
    }

    /// The format an output file name implies, from its extension.
    ///
    /// ```
    /// # use newsgraph::export::ExportFormat;
    /// assert_eq!(ExportFormat::from_extension("gv"), Some(ExportFormat::Dot));
    /// ```
    pub fn from_extension(ext: &str) -> Option<ExportFormat> {
        match ext.trim_start_matches('.').to_ascii_lowercase().as_str() {
            "dot" | "gv" => Some(ExportFormat::Dot),
            "json" => Some(ExportFormat::Json),
            "graphml" | "xml" => Some(ExportFormat::GraphMl),
            "html" | "htm" => Some(ExportFormat::Html),
            "svg" => Some(ExportFormat::Svg),
            "png" => Some(ExportFormat::Png),
            "pdf" => Some(ExportFormat::Pdf),
            _ => None,
        }
    }

    /// True for the formats [`export`] can write to one stream.
    pub fn is_streaming(self) -> bool {
        matches!(
            self,
            ExportFormat::Dot | ExportFormat::Json | ExportFormat::GraphMl | ExportFormat::Html
        )
    }
}

impl std::fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

fn io_err(e: std::io::Error) -> Error {
    Error::Export(e.to_string())
}

/// Evidence text as a reader sees it, for diagrams and the report: Markdown
/// emphasis, code marks and link targets dropped ("**President Trump**" →
/// "President Trump", "[the deal](https://…)" → "the deal"); everything else,
/// whitespace included, as it was. Data exports (JSON, GraphML, Neo4j) keep
/// the original bytes.
///
/// ```
/// use newsgraph::export::readable;
/// assert_eq!(readable("**President Donald Trump** said [the deal](https://x.y/z) is off"),
///            "President Donald Trump said the deal is off");
/// ```
pub fn readable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'*' | b'`' => i += 1,
            b'_' if b.get(i + 1) == Some(&b'_') => i += 2,
            b']' if b.get(i + 1) == Some(&b'(') => {
                // "[words](target)": keep the words, drop the target.
                match text[i + 2..].find(')') {
                    Some(close) if !text[i + 2..i + 2 + close].contains(char::is_whitespace) => {
                        i += 2 + close + 1;
                    }
                    _ => {
                        out.push(']');
                        i += 1;
                    }
                }
            }
            b'[' if text[i + 1..]
                .find("](")
                .is_some_and(|k| !text[i + 1..i + 1 + k].contains('[')) =>
            {
                i += 1
            }
            _ => {
                let c = text[i..].chars().next().unwrap_or(' ');
                out.push(c);
                i += c.len_utf8();
            }
        }
    }
    out
}

/// Writes the node-link JSON of a view: the graph restricted to the view's
/// nodes, links and evidence, in the `graph.json` format.
///
/// ```
/// use newsgraph::export::{apply, write_json, ViewFilter};
/// use newsgraph::graph::{GraphStore, KnowledgeGraph};
/// let g = KnowledgeGraph::from_store(GraphStore::new());
/// let mut out = Vec::new();
/// write_json(&apply(&g, &ViewFilter::default()).unwrap(), &mut out).unwrap();
/// assert!(!out.is_empty());
/// ```
pub fn write_json<W: Write>(view: &View<'_>, w: &mut W) -> Result<()> {
    if view.is_whole_graph() {
        return write_graph_json(view.graph, w).map_err(io_err);
    }
    let mut buf = Vec::new();
    write_graph_json(view.graph, &mut buf).map_err(io_err)?;
    let mut v: serde_json::Value =
        serde_json::from_slice(&buf).map_err(|e| Error::Export(e.to_string()))?;
    restrict_json(view, &mut v);
    serde_json::to_writer_pretty(&mut *w, &v).map_err(|e| Error::Export(e.to_string()))?;
    w.write_all(b"\n").map_err(io_err)
}

/// Cuts a node-link JSON value of the whole graph down to a view: its nodes,
/// its links with the view's evidence, the quotes of kept speakers and the
/// articles still cited. (Keys come out sorted, so only the whole-graph
/// export is byte-identical to `graph.json`.)
fn restrict_json(view: &View<'_>, v: &mut serde_json::Value) {
    use serde_json::Value;
    let keep: BTreeSet<&str> = view.nodes.iter().map(|n| n.id.as_str()).collect();
    let links: BTreeMap<(&str, &str, &str), &crate::graph::Link> = view
        .links
        .iter()
        .map(|l| {
            (
                (l.source.as_str(), l.target.as_str(), l.rel_type.as_str()),
                l,
            )
        })
        .collect();
    let s = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    if let Some(Value::Array(nodes)) = v.get_mut("nodes") {
        nodes.retain(|n| keep.contains(s(n, "id").as_str()));
    }
    if let Some(Value::Array(ls)) = v.get_mut("links") {
        ls.retain_mut(|l| {
            let (src, tgt, ty) = (s(l, "source"), s(l, "target"), s(l, "type"));
            let Some(vl) = links.get(&(src.as_str(), tgt.as_str(), ty.as_str())) else {
                return false;
            };
            l["count"] = Value::from(vl.count());
            l["first_date"] = vl.first_date().map_or(Value::Null, Value::from);
            l["last_date"] = vl.last_date().map_or(Value::Null, Value::from);
            l["evidence"] = serde_json::to_value(&vl.evidence).unwrap_or(Value::Null);
            true
        });
    }
    let mut cited: BTreeSet<String> = view
        .nodes
        .iter()
        .flat_map(|n| n.articles.iter().cloned())
        .collect();
    cited.extend(
        view.links
            .iter()
            .flat_map(|l| l.evidence.iter().map(|e| e.article.clone())),
    );
    let (node_count, link_count) = (view.nodes.len(), view.links.len());
    if let Some(meta) = v.get_mut("graph") {
        if let Some(Value::Array(qs)) = meta.get_mut("quotes") {
            qs.retain(|q| {
                q.get("speaker")
                    .and_then(Value::as_str)
                    .is_some_and(|sp| keep.contains(sp))
            });
        }
        if let Some(Value::Array(arts)) = meta.get_mut("articles") {
            arts.retain(|a| cited.contains(&s(a, "id")));
        }
        let qn = meta
            .get("quotes")
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        let an = meta
            .get("articles")
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        meta["node_count"] = Value::from(node_count);
        meta["link_count"] = Value::from(link_count);
        meta["quote_count"] = Value::from(qn);
        meta["article_count"] = Value::from(an);
    }
}

/// Writes a view in one of the streaming formats (DOT, JSON, GraphML, HTML).
///
/// Neo4j writes three files and the rendered formats need Graphviz and a
/// path: use [`write_to_path`] for those.
///
/// ```
/// use newsgraph::export::{apply, export, ExportFormat, ViewFilter};
/// use newsgraph::graph::{GraphStore, KnowledgeGraph};
/// let g = KnowledgeGraph::from_store(GraphStore::new());
/// let view = apply(&g, &ViewFilter::default()).unwrap();
/// let mut out = Vec::new();
/// export(&view, ExportFormat::Dot, &mut out).unwrap();
/// assert!(String::from_utf8(out).unwrap().starts_with("digraph"));
/// ```
pub fn export<W: Write>(view: &View<'_>, format: ExportFormat, w: &mut W) -> Result<()> {
    match format {
        ExportFormat::Dot => write_dot(view, w),
        ExportFormat::Json => write_json(view, w),
        ExportFormat::GraphMl => write_graphml(view, w),
        ExportFormat::Html => write_html(view, w),
        other => Err(Error::Export(format!(
            "{other} cannot be written to a stream; give an output path"
        ))),
    }
}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder,
/// then a rename over the target.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "export".to_string());
    let tmp = dir.join(format!(".{name}.tmp{}", std::process::id()));
    let res = (|| {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        fs::rename(&tmp, path)
    })();
    if let Err(e) = res {
        let _ = fs::remove_file(&tmp);
        return Err(Error::io(path, e));
    }
    Ok(())
}

/// The three Neo4j file paths for an output path: a folder (`out/` or a path
/// without extension) gets `nodes.csv` etc. inside; `out/prefix.csv` or any
/// path with an extension is used as a prefix (`out/prefix.nodes.csv`).
fn neo4j_paths(path: &Path) -> (PathBuf, PathBuf, PathBuf) {
    if path.is_dir() || path.extension().is_none() {
        (
            path.join("nodes.csv"),
            path.join("relationships.csv"),
            path.join("load.cypher"),
        )
    } else {
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let dir = path.parent().unwrap_or(Path::new(""));
        (
            dir.join(format!("{stem}.nodes.csv")),
            dir.join(format!("{stem}.relationships.csv")),
            dir.join(format!("{stem}.load.cypher")),
        )
    }
}

/// Filters `g`, exports it in `format` to `path`, and returns the files written.
///
/// * DOT, JSON, GraphML, HTML: the one file at `path`.
/// * Neo4j: `path` is a folder (created if needed) receiving `nodes.csv`,
///   `relationships.csv` and `load.cypher`, or, when it has an extension,
///   a prefix: `out/g.csv` gives `out/g.nodes.csv`, `out/g.relationships.csv`,
///   `out/g.load.cypher`.
/// * SVG, PNG, PDF: the DOT source beside it (`path` with extension `.dot`)
///   is written first, then Graphviz renders `path`. When Graphviz is missing
///   the error says so, and the DOT file is still there.
///
/// Every file is written atomically.
///
/// ```no_run
/// use newsgraph::export::{write_to_path, ExportFormat, ViewFilter};
/// use newsgraph::graph::load_graph;
/// let g = load_graph("graph.json".as_ref()).unwrap();
/// let written = write_to_path(&g, &ViewFilter::default(), ExportFormat::Svg, "g.svg".as_ref()).unwrap();
/// assert_eq!(written.len(), 2); // g.dot and g.svg
/// ```
pub fn write_to_path(
    g: &KnowledgeGraph,
    filter: &ViewFilter,
    format: ExportFormat,
    path: &Path,
) -> Result<Vec<PathBuf>> {
    let view = apply(g, filter)?;
    match format {
        ExportFormat::Neo4j => {
            let (np, rp, cp) = neo4j_paths(path);
            if let Some(dir) = np.parent() {
                if !dir.as_os_str().is_empty() {
                    fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
                }
            }
            let mut nodes = Vec::new();
            write_neo4j_nodes(&view, &mut nodes)?;
            let mut rels = Vec::new();
            write_neo4j_relationships(&view, &mut rels)?;
            let mut cypher = Vec::new();
            let file = |p: &Path| {
                p.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default()
            };
            write_neo4j_load_cypher(&view, &file(&np), &file(&rp), &mut cypher)?;
            write_atomic(&np, &nodes)?;
            write_atomic(&rp, &rels)?;
            write_atomic(&cp, &cypher)?;
            Ok(vec![np, rp, cp])
        }
        ExportFormat::Svg | ExportFormat::Png | ExportFormat::Pdf => {
            let dot_path = path.with_extension("dot");
            let src = dot_string(&view);
            write_atomic(&dot_path, src.as_bytes())?;
            let tmp = path.with_file_name(format!(
                ".{}.tmp{}",
                path.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                std::process::id()
            ));
            let res = render(&src, format, &tmp)
                .and_then(|()| fs::rename(&tmp, path).map_err(|e| Error::io(path, e)));
            if let Err(e) = res {
                let _ = fs::remove_file(&tmp);
                return Err(match e {
                    Error::Export(m) => Error::Export(format!(
                        "{m} (the DOT source was written to {})",
                        dot_path.display()
                    )),
                    other => other,
                });
            }
            Ok(vec![dot_path, path.to_path_buf()])
        }
        streaming => {
            let mut buf = Vec::new();
            export(&view, streaming, &mut buf)?;
            write_atomic(path, &buf)?;
            Ok(vec![path.to_path_buf()])
        }
    }
}
