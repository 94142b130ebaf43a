//! Graphviz DOT, built as a `graphviz_rust` graph and printed by its printer,
//! and rendering through the `dot` (or `sfdp`) program.
//!
//! Every ID and attribute value is emitted as a quoted string escaped here:
//! `graphviz_rust`'s `esc` ids do not escape inner quotes, so nothing is
//! left to it. No HTML-like labels are ever produced.

use std::io::Write;
use std::path::Path;

use graphviz_rust::cmd::{CommandArg, Format, Layout};
use graphviz_rust::dot_structures::{
    Attribute, Edge, EdgeTy, Graph, GraphAttributes, Id, Node as DotNode, NodeId, Stmt, Subgraph,
    Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};

use super::{ExportFormat, View};
use crate::error::{Error, Result};
use crate::graph::{Link, SAYS_ABOUT};
use crate::model::EntityKind;

/// Above this many entity nodes, renderings use `sfdp` instead of `dot`.
pub const SFDP_THRESHOLD: usize = 300;

/// Longest tooltip text, in characters.
const TOOLTIP_CHARS: usize = 200;

/// Escapes a string for the inside of a DOT quoted string.
///
/// `text` = the value is an escString shown to people (label, tooltip):
/// newlines become `\n` and `&` becomes `&amp;` (Graphviz reads entities in
/// labels). Otherwise (ids, names) newlines become spaces. Backslashes and
/// quotes are always escaped; other control characters are dropped.
pub(crate) fn escape(s: &str, text: bool) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' if text => out.push_str("\\n"),
            '\n' | '\t' => out.push(' '),
            '&' if text => out.push_str("&amp;"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn quoted(s: &str) -> Id {
    Id::Escaped(format!("\"{}\"", escape(s, false)))
}

fn quoted_text(s: &str) -> Id {
    Id::Escaped(format!("\"{}\"", escape(s, true)))
}

fn attr(k: &str, v: &str) -> Attribute {
    Attribute(Id::Plain(k.to_string()), quoted(v))
}

fn text_attr(k: &str, v: &str) -> Attribute {
    Attribute(Id::Plain(k.to_string()), quoted_text(v))
}

/// Truncates to `max` characters, adding `…` when cut.
pub(crate) fn truncate(s: &str, max: usize) -> String {
    let s = s.trim();
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max).collect();
        t.push('…');
        t
    }
}

/// Shape, extra style and fill colour per kind.
pub(crate) fn kind_style(kind: EntityKind) -> (&'static str, &'static str, &'static str) {
    match kind {
        EntityKind::Person => ("ellipse", "filled", "#cfe2f3"),
        EntityKind::Country => ("box", "filled", "#d9ead3"),
        EntityKind::Organization => ("box", "rounded,filled", "#fff2cc"),
        EntityKind::Location => ("house", "filled", "#ead1dc"),
        EntityKind::Weapon => ("diamond", "filled", "#fce5cd"),
    }
}

/// The edge families of the legend, each with its colour and style.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum EdgeFamily {
    VerbalCooperation,
    MaterialCooperation,
    VerbalConflict,
    MaterialConflict,
    MemberOf,
    SaysAbout,
    Other,
}

impl EdgeFamily {
    pub(crate) const ALL: [EdgeFamily; 7] = [
        EdgeFamily::VerbalCooperation,
        EdgeFamily::MaterialCooperation,
        EdgeFamily::VerbalConflict,
        EdgeFamily::MaterialConflict,
        EdgeFamily::MemberOf,
        EdgeFamily::SaysAbout,
        EdgeFamily::Other,
    ];

    /// The family of a link: its type for `member_of`/`says_about`, else the
    /// CAMEO quad class of its code's two-digit root.
    pub(crate) fn of(link: &Link) -> EdgeFamily {
        if link.rel_type == "member_of" {
            return EdgeFamily::MemberOf;
        }
        if link.rel_type == SAYS_ABOUT {
            return EdgeFamily::SaysAbout;
        }
        let root = link
            .cameo
            .as_deref()
            .and_then(|c| c.get(..2))
            .and_then(|r| r.parse::<u32>().ok());
        match root {
            Some(1..=5) => EdgeFamily::VerbalCooperation,
            Some(6..=8) => EdgeFamily::MaterialCooperation,
            Some(9..=13) => EdgeFamily::VerbalConflict,
            Some(14..=20) => EdgeFamily::MaterialConflict,
            _ => EdgeFamily::Other,
        }
    }

    pub(crate) fn label(self) -> &'static str {
        match self {
            EdgeFamily::VerbalCooperation => "verbal cooperation",
            EdgeFamily::MaterialCooperation => "material cooperation",
            EdgeFamily::VerbalConflict => "verbal conflict",
            EdgeFamily::MaterialConflict => "material conflict",
            EdgeFamily::MemberOf => "member of",
            EdgeFamily::SaysAbout => "says about",
            EdgeFamily::Other => "other",
        }
    }

    /// (colour, style)
    pub(crate) fn style(self) -> (&'static str, &'static str) {
        match self {
            EdgeFamily::VerbalCooperation => ("#2e7d32", "solid"),
            EdgeFamily::MaterialCooperation => ("#1565c0", "solid"),
            EdgeFamily::VerbalConflict => ("#ef6c00", "solid"),
            EdgeFamily::MaterialConflict => ("#c62828", "solid"),
            EdgeFamily::MemberOf => ("#888888", "dashed"),
            EdgeFamily::SaysAbout => ("#999999", "dotted"),
            EdgeFamily::Other => ("#555555", "solid"),
        }
    }
}

fn node_id(s: &str) -> Vertex {
    Vertex::N(NodeId(quoted(s), None))
}

/// The first evidence of a link as shown in tooltips: its sentence when
/// known, else the stating words.
pub(crate) fn first_evidence_text(link: &Link) -> String {
    link.evidence
        .first()
        .map(|e| {
            e.sentence
                .as_ref()
                .map_or(e.text.as_str(), |s| s.text.as_str())
                .to_string()
        })
        .unwrap_or_default()
}

/// The edge label: the type, plus ` ×N` when stated more than once.
pub(crate) fn edge_label(link: &Link) -> String {
    if link.count() > 1 {
        format!("{} ×{}", link.rel_type, link.count())
    } else {
        link.rel_type.clone()
    }
}

/// Builds the `graphviz_rust` graph of a view.
pub fn dot_graph(view: &View<'_>) -> Graph {
    let mut stmts: Vec<Stmt> = vec![
        Stmt::GAttribute(GraphAttributes::Graph(vec![
            attr("rankdir", "LR"),
            attr("overlap", "false"),
            attr("splines", "true"),
            attr("fontname", "Helvetica"),
            attr("bgcolor", "white"),
        ])),
        Stmt::GAttribute(GraphAttributes::Node(vec![
            attr("fontname", "Helvetica"),
            attr("fontsize", "11"),
            attr("color", "#555555"),
        ])),
        Stmt::GAttribute(GraphAttributes::Edge(vec![
            attr("fontname", "Helvetica"),
            attr("fontsize", "9"),
        ])),
    ];
    for (i, n) in view.nodes.iter().enumerate() {
        let (shape, style, fill) = kind_style(n.kind);
        let mut tip = format!("{} ({})", n.name, n.kind);
        if !n.aliases.is_empty() {
            let aliases: Vec<&str> = n.aliases.iter().map(String::as_str).collect();
            tip.push_str(&format!("\naliases: {}", aliases.join("; ")));
        }
        tip.push_str(&format!(
            "\nmentions: {} in {} article(s)",
            n.mention_count,
            n.articles.len()
        ));
        let mut attrs = vec![
            attr("id", &format!("n{i}")),
            text_attr("label", &n.name),
            attr("shape", shape),
            attr("style", style),
            attr("fillcolor", fill),
        ];
        if n.kind == EntityKind::Country {
            attrs.push(attr("peripheries", "2"));
        }
        attrs.push(text_attr("tooltip", &truncate(&tip, TOOLTIP_CHARS)));
        stmts.push(Stmt::Node(DotNode::new(NodeId(quoted(&n.id), None), attrs)));
    }
    for (i, l) in view.links.iter().enumerate() {
        let fam = EdgeFamily::of(l);
        let (color, style) = fam.style();
        let width = 1.0 + (l.count().max(1) as f64).log2();
        let tip = truncate(&super::readable(&first_evidence_text(l)), TOOLTIP_CHARS);
        let attrs = vec![
            attr("id", &format!("e{i}")),
            text_attr("label", &edge_label(l)),
            attr("color", color),
            attr("fontcolor", color),
            attr("style", style),
            attr("penwidth", &format!("{width:.2}")),
            text_attr("tooltip", if tip.is_empty() { &l.rel_type } else { &tip }),
        ];
        stmts.push(Stmt::Edge(Edge {
            ty: EdgeTy::Pair(node_id(&l.source), node_id(&l.target)),
            attributes: attrs,
        }));
    }
    if let Some(legend) = legend(view) {
        stmts.push(Stmt::Subgraph(legend));
    }
    Graph::DiGraph {
        id: quoted("newsgraph"),
        strict: false,
        stmts,
    }
}

/// The legend cluster: one sample node per kind and one sample edge per
/// edge family present in the view.
fn legend(view: &View<'_>) -> Option<Subgraph> {
    if view.nodes.is_empty() {
        return None;
    }
    let mut stmts = vec![
        Stmt::Attribute(attr("label", "Legend")),
        Stmt::Attribute(attr("style", "rounded")),
        Stmt::Attribute(attr("color", "#bbbbbb")),
        Stmt::Attribute(attr("fontname", "Helvetica")),
    ];
    for kind in EntityKind::ALL {
        if !view.nodes.iter().any(|n| n.kind == kind) {
            continue;
        }
        let (shape, style, fill) = kind_style(kind);
        let mut attrs = vec![
            attr("id", &format!("legend_{}", kind.as_str())),
            attr("label", kind.as_str()),
            attr("shape", shape),
            attr("style", style),
            attr("fillcolor", fill),
        ];
        if kind == EntityKind::Country {
            attrs.push(attr("peripheries", "2"));
        }
        stmts.push(Stmt::Node(DotNode::new(
            NodeId(quoted(&format!("legend_{}", kind.as_str())), None),
            attrs,
        )));
    }
    for (i, fam) in EdgeFamily::ALL.iter().enumerate() {
        if !view.links.iter().any(|l| EdgeFamily::of(l) == *fam) {
            continue;
        }
        let (color, style) = fam.style();
        let (a, b) = (format!("legend_edge{i}_a"), format!("legend_edge{i}_b"));
        for end in [&a, &b] {
            stmts.push(Stmt::Node(DotNode::new(
                NodeId(quoted(end), None),
                vec![
                    attr("label", ""),
                    attr("shape", "point"),
                    attr("width", "0.05"),
                ],
            )));
        }
        stmts.push(Stmt::Edge(Edge {
            ty: EdgeTy::Pair(node_id(&a), node_id(&b)),
            attributes: vec![
                attr("id", &format!("legend_edge{i}")),
                attr("label", fam.label()),
                attr("color", color),
                attr("fontcolor", color),
                attr("style", style),
            ],
        }));
    }
    Some(Subgraph {
        id: quoted("cluster_legend"),
        stmts,
    })
}

/// The DOT source of a view, as a string (deterministic).
///
/// ```
/// use newsgraph::export::{apply, dot_string, ViewFilter};
/// use newsgraph::graph::{GraphStore, KnowledgeGraph};
/// let g = KnowledgeGraph::from_store(GraphStore::new());
/// let dot = dot_string(&apply(&g, &ViewFilter::default()).unwrap());
/// assert!(dot.contains("rankdir=\"LR\""));
/// ```
pub fn dot_string(view: &View<'_>) -> String {
    let mut ctx = PrinterContext::default();
    let mut s = dot_graph(view).print(&mut ctx);
    s.push('\n');
    s
}

/// Writes the DOT source of a view: nodes shaped and coloured by kind,
/// edges coloured by CAMEO quad class, widths growing with the evidence
/// count, tooltips with the first evidence, a legend cluster, and explicit
/// `id="n<i>"` / `id="e<i>"` attributes (positions in the view).
///
/// ```
/// use newsgraph::export::{apply, write_dot, ViewFilter};
/// use newsgraph::graph::{GraphStore, KnowledgeGraph};
/// let g = KnowledgeGraph::from_store(GraphStore::new());
/// let mut out = Vec::new();
/// write_dot(&apply(&g, &ViewFilter::default()).unwrap(), &mut out).unwrap();
/// assert!(out.starts_with(b"digraph"));
/// ```
pub fn write_dot<W: Write>(view: &View<'_>, w: &mut W) -> Result<()> {
    w.write_all(dot_string(view).as_bytes())
        .map_err(|e| Error::Export(e.to_string()))
}

/// Counts the entity nodes of DOT source written by [`write_dot`].
fn entity_node_count(dot: &str) -> usize {
    dot.matches("[id=\"n").count()
}

fn missing_graphviz() -> Error {
    Error::Export(
        "Graphviz is not installed (no `dot` program on PATH): install it with \
         `apt-get install graphviz` or `brew install graphviz`; the DOT file was still written"
            .to_string(),
    )
}

fn run_graphviz(dot: &str, args: Vec<CommandArg>) -> Result<Vec<u8>> {
    let mut args = args;
    if entity_node_count(dot) > SFDP_THRESHOLD {
        args.push(CommandArg::Layout(Layout::Sfdp));
    }
    graphviz_rust::exec_dot(dot.to_string(), args).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            missing_graphviz()
        } else {
            Error::Export(format!("Graphviz failed: {}", e.to_string().trim()))
        }
    })
}

/// Renders DOT source to SVG, PNG or PDF at `out` by running Graphviz
/// (`dot`, or its `sfdp` layout for more than [`SFDP_THRESHOLD`] nodes).
///
/// When Graphviz is not installed this is an [`Error::Export`] saying how to
/// install it. Callers write the DOT file first, so it is never lost.
///
/// ```no_run
/// use newsgraph::export::{render, ExportFormat};
/// render("digraph { a -> b }", ExportFormat::Svg, "g.svg".as_ref()).unwrap();
/// ```
pub fn render(dot: &str, format: ExportFormat, out: &Path) -> Result<()> {
    let fmt = match format {
        ExportFormat::Svg => Format::Svg,
        ExportFormat::Png => Format::Png,
        ExportFormat::Pdf => Format::Pdf,
        other => {
            return Err(Error::Export(format!(
                "{other} is not a Graphviz rendering (use svg, png or pdf)"
            )));
        }
    };
    let bytes = run_graphviz(dot, vec![CommandArg::Format(fmt)])?;
    std::fs::write(out, bytes).map_err(|e| Error::io(out, e))
}

/// The SVG Graphviz draws for DOT source (for the HTML report).
pub(crate) fn render_svg(dot: &str) -> Result<String> {
    let bytes = run_graphviz(dot, vec![CommandArg::Format(Format::Svg)])?;
    String::from_utf8(bytes).map_err(|e| Error::Export(format!("Graphviz wrote bad UTF-8: {e}")))
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_quotes_backslashes_and_controls() {
        assert_eq!(escape("a\"b\\c\n\u{7}", false), "a\\\"b\\\\c ");
        assert_eq!(escape("x\ny & z", true), "x\\ny &amp; z");
    }
}
