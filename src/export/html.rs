//! The self-contained HTML report: one file, no network, no third-party code.
//!
//! The page holds the drawing as inline SVG (Graphviz's `dot -Tsvg` of the
//! view's DOT, or a built-in circular layout when Graphviz is missing), the
//! view's data as JSON in `<script type="application/json" id="data">`
//! (`<`, `>`, `&`, U+2028 and U+2029 written as `\u003c`-style escapes so
//! article text cannot end the script element), and a small hand-written
//! script (`report.js`): drag to pan, wheel or buttons to zoom, a search box
//! that highlights matching nodes and centres the first on Enter, checkboxes
//! that filter kinds and relation types, and an evidence panel opened by a
//! click on a node or edge. The script only inserts text with `textContent`.
//! A Content-Security-Policy meta tag forbids every network fetch.
//!
//! Deep links: `report.html#select=e3` opens the panel for link `e3` (the
//! fourth link of the view), `#select=n0` for the first node; clicks update
//! the fragment.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::Write;

use serde_json::{Value, json};

use super::View;
use super::dot::{EdgeFamily, dot_string, edge_label, kind_style, render_svg, truncate};
use super::graphml::xml_escape;
use crate::error::{Error, Result};
use crate::graph::SAYS_ABOUT;

const SCRIPT: &str = include_str!("report.js");
const STYLE: &str = include_str!("report.css");

/// The Content-Security-Policy of the report.
pub const REPORT_CSP: &str =
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

/// How the report draws the graph.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum HtmlLayout {
    /// Graphviz when installed, else the built-in circular layout.
    #[default]
    Auto,
    /// Always the built-in circular layout (no Graphviz needed).
    Builtin,
}

/// JSON text safe inside a `<script>` element.
pub(crate) fn script_json(v: &Value) -> String {
    let s = v.to_string();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// The data the script reads: nodes, links (ends as node positions) with all
/// their evidence, quotes for `says_about` links, and cited articles.
fn report_data(view: &View<'_>) -> Value {
    let mut cited: BTreeSet<&str> = BTreeSet::new();
    let nodes: Vec<Value> = view
        .nodes
        .iter()
        .map(|n| {
            cited.extend(n.articles.iter().map(String::as_str));
            json!({
                "id": n.id,
                "name": n.name,
                "kind": n.kind.as_str(),
                "aliases": n.aliases,
                "mention_count": n.mention_count,
                "articles": n.articles,
                "affiliations": n.affiliations.iter().map(|a| json!({
                    "title": a.title,
                    "org": a.org,
                    "org_name": a.org.as_deref().and_then(|o| view.graph.node(o)).map(|o| o.name.clone()),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let links: Vec<Value> = view
        .links
        .iter()
        .map(|l| {
            cited.extend(l.evidence.iter().map(|e| e.article.as_str()));
            let quotes: Vec<Value> = if l.rel_type == SAYS_ABOUT {
                view.graph
                    .quotes
                    .iter()
                    .filter(|q| {
                        q.speaker.as_deref() == Some(l.source.as_str())
                            && q.about.contains(&l.target)
                    })
                    .map(|q| {
                        json!({
                            "article": q.article,
                            "content": super::readable(&q.content.text),
                            "cue": q.cue.as_ref().map(|c| c.text.clone()),
                            "direct": q.direct,
                            "date": q.date,
                        })
                    })
                    .collect()
            } else {
                Vec::new()
            };
            json!({
                "source": view.node_index(&l.source),
                "target": view.node_index(&l.target),
                "type": l.rel_type,
                "cameo": l.cameo,
                "count": l.count(),
                "first_date": l.first_date(),
                "last_date": l.last_date(),
                "evidence": l.evidence.iter().map(|e| json!({
                    "article": e.article,
                    "text": super::readable(&e.text),
                    "sentence": e.sentence.as_ref().map(|s| super::readable(&s.text)),
                    "date": e.date,
                    "modality": e.modality.as_str(),
                })).collect::<Vec<_>>(),
                "quotes": quotes,
            })
        })
        .collect();
    let articles: BTreeMap<&str, Value> = cited
        .iter()
        .filter_map(|id| view.graph.articles.get(*id).map(|a| (*id, a)))
        .map(|(id, a)| {
            (
                id,
                json!({
                    "title": a.title,
                    "published": a.published.map(|d| d.to_string()),
                    "source": a.source,
                }),
            )
        })
        .collect();
    json!({"nodes": nodes, "links": links, "articles": articles})
}

/// Keeps the `<svg ...>...</svg>` element of Graphviz output, without the
/// XML prolog, doctype and comments.
fn clean_svg(svg: &str) -> Result<String> {
    let start = svg
        .find("<svg")
        .ok_or_else(|| Error::Export("Graphviz output holds no <svg> element".to_string()))?;
    let end = svg
        .rfind("</svg>")
        .map_or(svg.len(), |e| e + "</svg>".len());
    let body = &svg[start..end];
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(i) = rest.find("<!--") {
        out.push_str(&rest[..i]);
        match rest[i..].find("-->") {
            Some(j) => rest = &rest[i + j + 3..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    Ok(out)
}

/// A circular layout drawn as SVG, with the same `n<i>`/`e<i>` ids Graphviz
/// would give, for when Graphviz is not installed.
fn builtin_svg(view: &View<'_>) -> String {
    let n = view.nodes.len().max(1);
    let radius = (n as f64 * 28.0).max(160.0);
    let pad = 140.0;
    let size = 2.0 * (radius + pad);
    let centre = radius + pad;
    let pos: Vec<(f64, f64)> = (0..view.nodes.len())
        .map(|i| {
            let a = std::f64::consts::TAU * i as f64 / n as f64 - std::f64::consts::FRAC_PI_2;
            (centre + radius * a.cos(), centre + radius * a.sin())
        })
        .collect();
    let mut s = String::new();
    let _ = write!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size:.0} {size:.0}\" \
         width=\"{size:.0}pt\" height=\"{size:.0}pt\" font-family=\"Helvetica,Arial,sans-serif\">\n\
         <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"10\" \
         markerHeight=\"10\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#777\"/></marker></defs>\n\
         <g id=\"graph0\" class=\"graph\">\n"
    );
    for (i, l) in view.links.iter().enumerate() {
        let (Some(a), Some(b)) = (view.node_index(&l.source), view.node_index(&l.target)) else {
            continue;
        };
        let ((x1, y1), (x2, y2)) = (pos[a], pos[b]);
        // Stop short of the target's circle.
        let (dx, dy) = (x2 - x1, y2 - y1);
        let len = (dx * dx + dy * dy).sqrt().max(1.0);
        let (ex, ey) = (x2 - dx / len * 24.0, y2 - dy / len * 24.0);
        let (color, style) = EdgeFamily::of(l).style();
        let dash = match style {
            "dashed" => " stroke-dasharray=\"6,4\"",
            "dotted" => " stroke-dasharray=\"2,3\"",
            _ => "",
        };
        let width = 1.0 + (l.count().max(1) as f64).log2();
        let _ = writeln!(
            s,
            "<g id=\"e{i}\" class=\"edge\"><title>{}</title>\
             <path d=\"M{x1:.1},{y1:.1} L{ex:.1},{ey:.1}\" fill=\"none\" stroke=\"{color}\" \
             stroke-width=\"{width:.2}\"{dash} marker-end=\"url(#arrow)\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"9\" fill=\"{color}\" text-anchor=\"middle\">{}</text></g>",
            xml_escape(&format!("{} -> {}", l.source, l.target)),
            (x1 + x2) / 2.0,
            (y1 + y2) / 2.0 - 3.0,
            xml_escape(&edge_label(l)),
        );
    }
    for (i, node) in view.nodes.iter().enumerate() {
        let (x, y) = pos[i];
        let (_, _, fill) = kind_style(node.kind);
        let _ = writeln!(
            s,
            "<g id=\"n{i}\" class=\"node\"><title>{}</title>\
             <ellipse cx=\"{x:.1}\" cy=\"{y:.1}\" rx=\"24\" ry=\"24\" fill=\"{fill}\" stroke=\"#555\"/>\
             <text x=\"{x:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"middle\">{}</text></g>",
            xml_escape(&node.id),
            y + 38.0,
            xml_escape(&truncate(&node.name, 40)),
        );
    }
    s.push_str("</g>\n</svg>");
    s
}

/// Writes the interactive HTML report of a view (Graphviz layout when
/// installed, else the built-in one). See the module docs.
///
/// ```
/// use newsgraph::export::{apply, write_html, ViewFilter};
/// use newsgraph::graph::{GraphStore, KnowledgeGraph};
/// let g = KnowledgeGraph::from_store(GraphStore::new());
/// let mut out = Vec::new();
/// write_html(&apply(&g, &ViewFilter::default()).unwrap(), &mut out).unwrap();
/// assert!(String::from_utf8(out).unwrap().contains("id=\"data\""));
/// ```
pub fn write_html<W: Write>(view: &View<'_>, w: &mut W) -> Result<()> {
    write_html_with_layout(view, HtmlLayout::Auto, w)
}

/// [`write_html`] with a choice of layout.
///
/// ```
/// use newsgraph::export::{apply, write_html_with_layout, HtmlLayout, ViewFilter};
/// use newsgraph::graph::{GraphStore, KnowledgeGraph};
/// let g = KnowledgeGraph::from_store(GraphStore::new());
/// let mut out = Vec::new();
/// let view = apply(&g, &ViewFilter::default()).unwrap();
/// write_html_with_layout(&view, HtmlLayout::Builtin, &mut out).unwrap();
/// assert!(String::from_utf8(out).unwrap().contains("<svg"));
/// ```
pub fn write_html_with_layout<W: Write>(
    view: &View<'_>,
    layout: HtmlLayout,
    w: &mut W,
) -> Result<()> {
    let svg = match layout {
        HtmlLayout::Builtin => builtin_svg(view),
        HtmlLayout::Auto => match render_svg(&dot_string(view)) {
            Ok(svg) => clean_svg(&svg)?,
            Err(Error::Export(m)) if m.contains("not installed") => builtin_svg(view),
            Err(e) => return Err(e),
        },
    };
    let data = script_json(&report_data(view));
    let summary = format!(
        "{} entities, {} relations{}",
        view.nodes.len(),
        view.links.len(),
        if view.is_whole_graph() {
            String::new()
        } else {
            format!(
                " (filtered from {} and {})",
                view.graph.node_count(),
                view.graph.link_count()
            )
        }
    );
    let mut page = String::with_capacity(svg.len() + data.len() + 16_384);
    page.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    let _ = writeln!(
        page,
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{REPORT_CSP}\">"
    );
    page.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    page.push_str("<title>newsgraph report</title>\n<style>\n");
    page.push_str(STYLE);
    page.push_str("</style>\n</head>\n<body>\n<header>\n<h1>newsgraph</h1>\n");
    let _ = writeln!(
        page,
        "<span class=\"summary\">{}</span>",
        xml_escape(&summary)
    );
    page.push_str(
        "<input id=\"search\" type=\"search\" placeholder=\"Search entities (Enter to centre)\" autocomplete=\"off\">\n\
         <span id=\"search-hits\"></span>\n\
         <button id=\"zoom-in\" type=\"button\" title=\"Zoom in\">+</button>\
         <button id=\"zoom-out\" type=\"button\" title=\"Zoom out\">−</button>\
         <button id=\"zoom-reset\" type=\"button\" title=\"Fit\">fit</button>\n\
         <details><summary>Filters</summary><fieldset id=\"kind-filters\"><legend>Kinds</legend></fieldset>\
         <fieldset id=\"type-filters\"><legend>Relations</legend></fieldset></details>\n\
         </header>\n<main>\n<div id=\"canvas\">\n",
    );
    page.push_str(&svg);
    page.push_str(
        "\n</div>\n<aside id=\"panel\" hidden>\n<button id=\"panel-close\" type=\"button\" title=\"Close\">×</button>\n\
         <h2 id=\"panel-title\"></h2>\n<div id=\"panel-body\"></div>\n</aside>\n</main>\n",
    );
    page.push_str("<script type=\"application/json\" id=\"data\">");
    page.push_str(&data);
    page.push_str("</script>\n<script>\n");
    page.push_str(SCRIPT);
    page.push_str("</script>\n</body>\n</html>\n");
    w.write_all(page.as_bytes())
        .map_err(|e| Error::Export(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_json_cannot_close_the_script() {
        let v = json!({"t": "</script><!-- & \u{2028}"});
        let s = script_json(&v);
        assert!(!s.contains('<') && !s.contains('>') && !s.contains('&'));
        assert_eq!(serde_json::from_str::<Value>(&s).unwrap(), v);
    }

    #[test]
    fn clean_svg_drops_prolog_and_comments() {
        let s = clean_svg("<?xml?><!DOCTYPE svg><!-- x --><svg><!-- a&#45;&gt;b --><g/></svg>\n")
            .unwrap();
        assert_eq!(s, "<svg><g/></svg>");
    }
}
