//! GraphML, hand-written: scalar attributes only, declared with `<key>`.

use std::io::Write;

use super::View;
use super::dot::first_evidence_text;
use crate::error::{Error, Result};

/// Escapes text for XML 1.0 content and attribute values: `& < > " '`, and
/// drops characters XML 1.0 forbids (controls other than tab, newline and
/// carriage return, lone surrogates cannot occur in `str`, U+FFFE/U+FFFF).
pub(crate) fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Keep CR as a reference so parsers do not normalise it away.
            '\r' => out.push_str("&#13;"),
            '\t' | '\n' => out.push(c),
            c if (c as u32) < 0x20 => {}
            '\u{FFFE}' | '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// (id, for, name, type) of every `<key>`.
const KEYS: [(&str, &str, &str, &str); 14] = [
    ("d0", "node", "label", "string"),
    ("d1", "node", "kind", "string"),
    ("d2", "node", "aliases", "string"),
    ("d3", "node", "mention_count", "int"),
    ("d4", "node", "articles", "int"),
    ("d5", "edge", "label", "string"),
    ("d6", "edge", "type", "string"),
    ("d7", "edge", "cameo", "string"),
    ("d8", "edge", "count", "int"),
    ("d9", "edge", "first_date", "string"),
    ("d10", "edge", "last_date", "string"),
    ("d11", "edge", "evidence", "string"),
    ("d12", "edge", "weight", "double"),
    ("d13", "node", "degree", "int"),
];

/// Writes a view as GraphML (`edgedefault="directed"`).
///
/// Node data: `label` (name), `kind`, `aliases` (joined with `; `),
/// `mention_count`, `articles` (count), `degree` (links in the view). Edge
/// data: `label` and `type` (the relation type), `cameo`, `count`,
/// `first_date`, `last_date`, `evidence` (first evidence sentence or text),
/// `weight` (= count, as a double for layout tools). Edge ids are `e0, e1,
/// ...` in link order. Missing values are omitted, not written empty.
///
/// ```
/// use newsgraph::export::{apply, write_graphml, ViewFilter};
/// use newsgraph::graph::{GraphStore, KnowledgeGraph};
/// let g = KnowledgeGraph::from_store(GraphStore::new());
/// let mut out = Vec::new();
/// write_graphml(&apply(&g, &ViewFilter::default()).unwrap(), &mut out).unwrap();
/// assert!(String::from_utf8(out).unwrap().contains("edgedefault=\"directed\""));
/// ```
pub fn write_graphml<W: Write>(view: &View<'_>, w: &mut W) -> Result<()> {
    let mut s = String::new();
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.push_str(
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns \
         http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    );
    for (id, target, name, ty) in KEYS {
        s.push_str(&format!(
            "  <key id=\"{id}\" for=\"{target}\" attr.name=\"{name}\" attr.type=\"{ty}\"/>\n"
        ));
    }
    s.push_str("  <graph id=\"newsgraph\" edgedefault=\"directed\">\n");
    let data = |s: &mut String, key: &str, value: &str| {
        s.push_str(&format!(
            "      <data key=\"{key}\">{}</data>\n",
            xml_escape(value)
        ));
    };
    for n in &view.nodes {
        s.push_str(&format!("    <node id=\"{}\">\n", xml_escape(&n.id)));
        data(&mut s, "d0", &n.name);
        data(&mut s, "d1", n.kind.as_str());
        if !n.aliases.is_empty() {
            let aliases: Vec<&str> = n.aliases.iter().map(String::as_str).collect();
            data(&mut s, "d2", &aliases.join("; "));
        }
        data(&mut s, "d3", &n.mention_count.to_string());
        data(&mut s, "d4", &n.articles.len().to_string());
        data(&mut s, "d13", &view.degree(&n.id).to_string());
        s.push_str("    </node>\n");
    }
    for (i, l) in view.links.iter().enumerate() {
        s.push_str(&format!(
            "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\">\n",
            xml_escape(&l.source),
            xml_escape(&l.target)
        ));
        data(&mut s, "d5", &l.rel_type);
        data(&mut s, "d6", &l.rel_type);
        if let Some(c) = &l.cameo {
            data(&mut s, "d7", c);
        }
        data(&mut s, "d8", &l.count().to_string());
        if let Some(d) = l.first_date() {
            data(&mut s, "d9", d);
        }
        if let Some(d) = l.last_date() {
            data(&mut s, "d10", d);
        }
        let ev = first_evidence_text(l);
        if !ev.is_empty() {
            data(&mut s, "d11", &ev);
        }
        data(&mut s, "d12", &format!("{:.1}", l.count() as f64));
        s.push_str("    </edge>\n");
    }
    s.push_str("  </graph>\n</graphml>\n");
    w.write_all(s.as_bytes())
        .map_err(|e| Error::Export(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::xml_escape;

    #[test]
    fn escapes_markup_and_drops_illegal_chars() {
        assert_eq!(
            xml_escape("<a href='x'>&\"\u{1}\u{b}\tz</a>"),
            "&lt;a href=&apos;x&apos;&gt;&amp;&quot;\tz&lt;/a&gt;"
        );
    }
}
