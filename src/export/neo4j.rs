//! Neo4j bulk import files: `nodes.csv`, `relationships.csv`, `load.cypher`.
//!
//! Two ways to load them:
//!
//! **Offline bulk import** into a new, empty database (Neo4j 5; the database
//! must be stopped; copy the CSV files somewhere readable first):
//!
//! ```text
//! neo4j-admin database import full --overwrite-destination \
//!     --nodes=nodes.csv --relationships=relationships.csv \
//!     --multiline-fields=true --array-delimiter=';' neo4j
//! ```
//!
//! **Online load** into a running database: copy `nodes.csv` and
//! `relationships.csv` into the server's `import/` folder, then
//!
//! ```text
//! cypher-shell -u neo4j -p <password> -f load.cypher
//! ```
//!
//! # Format
//!
//! * `nodes.csv`: `id:ID,name,kind,:LABEL,aliases:string[],mention_count:int,articles:int`;
//!   labels are `Entity;Person`, `Entity;Country`, ...; `articles` is the
//!   number of articles mentioning the entity.
//! * `relationships.csv`:
//!   `:START_ID,:END_ID,:TYPE,type,cameo,count:int,first_date,last_date,evidence`;
//!   `:TYPE` is the relation type in upper snake case (`BUYS`, `SAYS_ABOUT`,
//!   `MEMBER_OF`; characters other than ASCII letters and digits become `_`),
//!   `type` keeps the original; `evidence` is the first evidence sentence
//!   (or stating words).
//! * Arrays use `;`, neo4j-admin's default delimiter, so a `;` inside an
//!   alias is replaced by `,`.
//! * Fields are quoted per RFC 4180 when they hold `,`, `"`, a line break or
//!   outer spaces (quotes doubled); evidence may span lines, hence
//!   `--multiline-fields=true`.
//! * Spreadsheet formula injection is neutralised: a text cell (or array
//!   element) starting with `=`, `+`, `-`, `@`, tab or CR gets a leading
//!   `'`, which then is part of the value in Neo4j too.
//!
//! `load.cypher` is APOC-free: it MERGEs `:Entity` nodes by `id`, adds the
//! kind label with one statement per kind, and creates relationships with
//! one statement per relation type present in the export, using the same
//! upper-snake type as the bulk import, so both ways give the same graph.

use std::collections::BTreeSet;
use std::io::Write;

use super::View;
use super::dot::first_evidence_text;
use crate::error::{Error, Result};
use crate::model::EntityKind;

/// Header of `nodes.csv`.
pub const NEO4J_NODES_HEADER: &str =
    "id:ID,name,kind,:LABEL,aliases:string[],mention_count:int,articles:int";

/// Header of `relationships.csv`.
pub const NEO4J_RELATIONSHIPS_HEADER: &str =
    ":START_ID,:END_ID,:TYPE,type,cameo,count:int,first_date,last_date,evidence";

/// Prefixes `'` to text a spreadsheet would run as a formula.
fn neutralise(s: &str) -> String {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}"),
        _ => s.to_string(),
    }
}

/// RFC 4180 quoting of one already-neutralised field.
fn quote(s: &str) -> String {
    let needs = s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ');
    if needs {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// A text cell: neutralised, then quoted as needed.
fn text(s: &str) -> String {
    quote(&neutralise(s))
}

/// The Neo4j relationship type of a relation type (`member_of` → `MEMBER_OF`).
pub(crate) fn rel_type_name(t: &str) -> String {
    let s: String = t
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect();
    if s.is_empty() {
        "RELATED".to_string()
    } else {
        s
    }
}

fn label(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "Person",
        EntityKind::Country => "Country",
        EntityKind::Organization => "Organization",
        EntityKind::Location => "Location",
        EntityKind::Weapon => "Weapon",
    }
}

fn io(e: std::io::Error) -> Error {
    Error::Export(e.to_string())
}

/// Writes `nodes.csv` of a view.
///
/// ```
/// use newsgraph::export::{apply, write_neo4j_nodes, ViewFilter, NEO4J_NODES_HEADER};
/// use newsgraph::graph::{GraphStore, KnowledgeGraph};
/// let g = KnowledgeGraph::from_store(GraphStore::new());
/// let mut out = Vec::new();
/// write_neo4j_nodes(&apply(&g, &ViewFilter::default()).unwrap(), &mut out).unwrap();
/// assert_eq!(String::from_utf8(out).unwrap(), format!("{NEO4J_NODES_HEADER}\n"));
/// ```
pub fn write_neo4j_nodes<W: Write>(view: &View<'_>, w: &mut W) -> Result<()> {
    let mut s = String::new();
    s.push_str(NEO4J_NODES_HEADER);
    s.push('\n');
    for n in &view.nodes {
        let aliases: Vec<String> = n
            .aliases
            .iter()
            .map(|a| neutralise(&a.replace(';', ",")))
            .collect();
        let row = [
            text(&n.id),
            text(&n.name),
            text(n.kind.as_str()),
            format!("Entity;{}", label(n.kind)),
            quote(&aliases.join(";")),
            n.mention_count.to_string(),
            n.articles.len().to_string(),
        ];
        s.push_str(&row.join(","));
        s.push('\n');
    }
    w.write_all(s.as_bytes()).map_err(io)
}

/// Writes `relationships.csv` of a view.
///
/// ```
/// use newsgraph::export::{apply, write_neo4j_relationships, ViewFilter};
/// use newsgraph::graph::{GraphStore, KnowledgeGraph};
/// let g = KnowledgeGraph::from_store(GraphStore::new());
/// let mut out = Vec::new();
/// write_neo4j_relationships(&apply(&g, &ViewFilter::default()).unwrap(), &mut out).unwrap();
/// assert!(out.starts_with(b":START_ID,:END_ID,:TYPE"));
/// ```
pub fn write_neo4j_relationships<W: Write>(view: &View<'_>, w: &mut W) -> Result<()> {
    let mut s = String::new();
    s.push_str(NEO4J_RELATIONSHIPS_HEADER);
    s.push('\n');
    for l in &view.links {
        let row = [
            text(&l.source),
            text(&l.target),
            rel_type_name(&l.rel_type),
            text(&l.rel_type),
            text(l.cameo.as_deref().unwrap_or("")),
            l.count().to_string(),
            text(l.first_date().unwrap_or("")),
            text(l.last_date().unwrap_or("")),
            text(&first_evidence_text(l)),
        ];
        s.push_str(&row.join(","));
        s.push('\n');
    }
    w.write_all(s.as_bytes()).map_err(io)
}

/// Escapes a Cypher single-quoted string literal.
fn cypher_str(s: &str) -> String {
    let mut out = String::from("'");
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// Writes `load.cypher` for the given CSV file names (as placed in the
/// server's import folder) and the relation types of the view.
///
/// ```
/// use newsgraph::export::{apply, write_neo4j_load_cypher, ViewFilter};
/// use newsgraph::graph::{GraphStore, KnowledgeGraph};
/// let g = KnowledgeGraph::from_store(GraphStore::new());
/// let view = apply(&g, &ViewFilter::default()).unwrap();
/// let mut out = Vec::new();
/// write_neo4j_load_cypher(&view, "nodes.csv", "relationships.csv", &mut out).unwrap();
/// assert!(String::from_utf8(out).unwrap().contains("LOAD CSV WITH HEADERS FROM 'file:///nodes.csv'"));
/// ```
pub fn write_neo4j_load_cypher<W: Write>(
    view: &View<'_>,
    nodes_file: &str,
    relationships_file: &str,
    w: &mut W,
) -> Result<()> {
    let nodes_url = cypher_str(&format!("file:///{nodes_file}"));
    let rels_url = cypher_str(&format!("file:///{relationships_file}"));
    let mut s = String::new();
    s.push_str("// Generated by newsgraph. Load with: cypher-shell -f load.cypher\n");
    s.push_str("// (the CSV files go into the server's import folder).\n");
    s.push_str(
        "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n\n",
    );
    s.push_str(&format!(
        "LOAD CSV WITH HEADERS FROM {nodes_url} AS row\n\
         MERGE (n:Entity {{id: row.`id:ID`}})\n\
         SET n.name = row.name,\n    \
         n.kind = row.kind,\n    \
         n.aliases = CASE WHEN coalesce(row.`aliases:string[]`, '') = '' THEN [] \
         ELSE split(row.`aliases:string[]`, ';') END,\n    \
         n.mention_count = toInteger(row.`mention_count:int`),\n    \
         n.articles = toInteger(row.`articles:int`);\n\n"
    ));
    for kind in EntityKind::ALL {
        s.push_str(&format!(
            "LOAD CSV WITH HEADERS FROM {nodes_url} AS row\n\
             WITH row WHERE row.kind = '{}'\n\
             MATCH (n:Entity {{id: row.`id:ID`}})\n\
             SET n:{};\n\n",
            kind.as_str(),
            label(kind)
        ));
    }
    let types: BTreeSet<String> = view
        .links
        .iter()
        .map(|l| rel_type_name(&l.rel_type))
        .collect();
    for t in types {
        s.push_str(&format!(
            "LOAD CSV WITH HEADERS FROM {rels_url} AS row\n\
             WITH row WHERE row.`:TYPE` = '{t}'\n\
             MATCH (a:Entity {{id: row.`:START_ID`}})\n\
             MATCH (b:Entity {{id: row.`:END_ID`}})\n\
             MERGE (a)-[r:`{t}`]->(b)\n\
             SET r.type = row.type,\n    \
             r.cameo = row.cameo,\n    \
             r.count = toInteger(row.`count:int`),\n    \
             r.first_date = row.first_date,\n    \
             r.last_date = row.last_date,\n    \
             r.evidence = row.evidence;\n\n"
        ));
    }
    w.write_all(s.as_bytes()).map_err(io)
}

/// Writes the three Neo4j files into one stream, each preceded by a
/// `// ==> name <==` line: for previews. [`super::write_to_path`] writes
/// them as separate files.
pub fn write_neo4j<W: Write>(view: &View<'_>, w: &mut W) -> Result<()> {
    w.write_all(b"// ==> nodes.csv <==\n").map_err(io)?;
    write_neo4j_nodes(view, w)?;
    w.write_all(b"// ==> relationships.csv <==\n").map_err(io)?;
    write_neo4j_relationships(view, w)?;
    w.write_all(b"// ==> load.cypher <==\n").map_err(io)?;
    write_neo4j_load_cypher(view, "nodes.csv", "relationships.csv", w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_are_quoted_and_neutralised() {
        assert_eq!(text("=cmd|' /C calc'!A0"), "'=cmd|' /C calc'!A0");
        assert_eq!(text("a,\"b\""), "\"a,\"\"b\"\"\"");
        assert_eq!(text("-1"), "'-1");
        assert_eq!(text("line\nbreak"), "\"line\nbreak\"");
        assert_eq!(rel_type_name("member_of"), "MEMBER_OF");
        assert_eq!(rel_type_name("says-about"), "SAYS_ABOUT");
    }
}
