//! Export module: formats, view filters, golden files, and external checks
//! (Graphviz `dot`, networkx, headless Chromium) that skip with a printed
//! reason when the tool is missing.

use std::path::{Path, PathBuf};
use std::process::Command;

use newsgraph::Error;
use newsgraph::export::{
    ExportFormat, HtmlLayout, View, ViewFilter, apply, dot_string, export, write_dot,
    write_graphml, write_html, write_html_with_layout, write_json, write_neo4j_nodes,
    write_neo4j_relationships, write_to_path,
};
use newsgraph::graph::{GraphStore, KnowledgeGraph, write_graph_json};
use newsgraph::model::{
    Affiliation, Analysis, ArticleMeta, EntityKind, EntityRecord, Evidence, MentionRecord,
    QuoteRecord, RelationRecord,
};

const PWN_SCRIPT: &str = "<script>document.title='pwned'</script>";
const PWN_IMG: &str = "<img src=x onerror=\"document.title='pwned'\">";

fn ev(start: usize, text: &str) -> Evidence {
    Evidence {
        start,
        end: start + text.len(),
        text: text.to_string(),
    }
}

fn ent(id: &str, name: &str, kind: EntityKind, aliases: &[&str], at: &[usize]) -> EntityRecord {
    EntityRecord {
        id: id.to_string(),
        name: name.to_string(),
        kind,
        aliases: aliases.iter().map(|s| s.to_string()).collect(),
        affiliations: Vec::new(),
        mentions: at
            .iter()
            .map(|&s| MentionRecord {
                start: s,
                end: s + name.len(),
                text: name.to_string(),
                rule: String::new(),
            })
            .collect(),
    }
}

#[allow(clippy::too_many_arguments)]
fn rel(
    source: &str,
    rel_type: &str,
    target: &str,
    cameo: Option<&str>,
    date: Option<&str>,
    at: usize,
    text: &str,
    sentence: Option<&str>,
) -> RelationRecord {
    RelationRecord {
        source: source.to_string(),
        target: target.to_string(),
        rel_type: rel_type.to_string(),
        cameo: cameo.map(str::to_string),
        modality: Default::default(),
        date: date.map(str::to_string),
        title: None,
        evidence: ev(at, text),
        sentence: sentence.map(|s| ev(at, s)),
        rule: String::new(),
    }
}

/// The small hand-made graph of the golden files: hostile names and evidence.
fn small_graph() -> KnowledgeGraph {
    let mut erdogan = ent(
        "person:recep-tayyip-erdogan",
        "Recep Tayyip Erdoğan",
        EntityKind::Person,
        &["Erdoğan", "=cmd|' /C calc'!A0"],
        &[10, 200],
    );
    erdogan.affiliations.push(Affiliation {
        title: Some("President".to_string()),
        org: Some("country:turkey".to_string()),
        evidence: ev(0, "President Erdoğan"),
    });
    let a1 = Analysis {
        article: ArticleMeta {
            id: "a1".to_string(),
            title: Some("Turkey \"buys\" <S-400> & more </script>".to_string()),
            published: chrono::NaiveDate::from_ymd_opt(2019, 7, 12),
            source: Some("Wire & Co".to_string()),
            ..Default::default()
        },
        entities: vec![
            ent(
                "country:russia",
                "Russia",
                EntityKind::Country,
                &["Moscow", "Russia"],
                &[30, 300],
            ),
            ent(
                "country:turkey",
                "Turkey",
                EntityKind::Country,
                &["Ankara", "Turkey"],
                &[0, 50, 120],
            ),
            ent(
                "country:united-states",
                "United States",
                EntityKind::Country,
                &["+US", "Washington"],
                &[400],
            ),
            ent(
                "loc:idlib",
                "Idlib",
                EntityKind::Location,
                &["-Idlib-"],
                &[500],
            ),
            ent(
                "org:nato",
                "NATO \"Alliance\"",
                EntityKind::Organization,
                &["@NATO", "North Atlantic; Treaty"],
                &[600],
            ),
            erdogan,
            ent(
                "weapon:s-400",
                "S-400",
                EntityKind::Weapon,
                &["S-400", "S400\\Triumf"],
                &[60],
            ),
        ],
        relations: vec![
            rel(
                "country:russia",
                "praises",
                "country:turkey",
                Some("051"),
                Some("2019-07-12"),
                30,
                &format!("praised {PWN_SCRIPT}"),
                Some(&format!("Russia praised {PWN_SCRIPT} Turkey, {PWN_IMG}.")),
            ),
            rel(
                "country:turkey",
                "buys",
                "weapon:s-400",
                Some("0831"),
                Some("2019-07-12"),
                50,
                "bought",
                Some("Turkey bought the \"S-400\" system\nfrom C:\\Russia\\ & co."),
            ),
            rel(
                "country:united-states",
                "threatens",
                "country:turkey",
                Some("138"),
                None,
                400,
                "<img src=x onerror=alert(1)>",
                None,
            ),
            rel(
                "country:turkey",
                "fights",
                "loc:idlib",
                Some("190"),
                Some("2020-02"),
                500,
                "-1 casualties @ dawn",
                None,
            ),
            rel(
                "country:turkey",
                "member_of",
                "org:nato",
                None,
                None,
                120,
                "Turkey, a NATO member",
                None,
            ),
        ],
        quotes: vec![QuoteRecord {
            speaker: Some("person:recep-tayyip-erdogan".to_string()),
            speaker_mention: Some(ev(200, "Erdoğan")),
            cue: Some(ev(208, "said")),
            content: ev(
                220,
                "We will not step back </script><script>alert(1)</script>",
            ),
            direct: true,
            about: vec!["country:russia".to_string()],
            date: Some("2019-07-12".to_string()),
        }],
    };
    let a2 = Analysis {
        article: ArticleMeta {
            id: "a2".to_string(),
            title: Some("Second delivery".to_string()),
            published: chrono::NaiveDate::from_ymd_opt(2019, 9, 2),
            ..Default::default()
        },
        entities: vec![
            ent(
                "country:turkey",
                "Turkey",
                EntityKind::Country,
                &["Turkey"],
                &[0],
            ),
            ent(
                "weapon:s-400",
                "S-400",
                EntityKind::Weapon,
                &["S-400"],
                &[20],
            ),
        ],
        relations: vec![rel(
            "country:turkey",
            "buys",
            "weapon:s-400",
            Some("0831"),
            Some("2019-09"),
            0,
            "received the second battery",
            None,
        )],
        quotes: Vec::new(),
    };
    let mut store = GraphStore::new();
    store.add_analysis(&a1);
    store.add_analysis(&a2);
    KnowledgeGraph::from_store(store)
}

fn golden(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden/export")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run with UPDATE_GOLDEN=1)", path.display()));
    assert!(
        expected == actual,
        "{} differs from the output (UPDATE_GOLDEN=1 rewrites it):\n{actual}",
        path.display()
    );
}

fn to_string<F: FnOnce(&mut Vec<u8>)>(f: F) -> String {
    let mut out = Vec::new();
    f(&mut out);
    String::from_utf8(out).unwrap()
}

fn all(g: &KnowledgeGraph) -> View<'_> {
    apply(g, &ViewFilter::default()).unwrap()
}

fn has_program(name: &str, arg: &str) -> bool {
    Command::new(name).arg(arg).output().is_ok()
}

fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

// ---------------------------------------------------------------- formats

#[test]
fn format_names_and_extensions_round_trip() {
    for f in ExportFormat::ALL {
        assert_eq!(ExportFormat::from_name(f.name()), Some(f));
        assert_eq!(ExportFormat::from_name(&f.name().to_uppercase()), Some(f));
        if f != ExportFormat::Neo4j {
            assert_eq!(ExportFormat::from_extension(f.file_extension()), Some(f));
        }
    }
    assert_eq!(ExportFormat::from_name("nope"), None);
    assert_eq!(ExportFormat::from_extension(".GV"), Some(ExportFormat::Dot));
}

#[test]
fn streaming_dispatch_refuses_file_formats() {
    let g = small_graph();
    let view = all(&g);
    for f in [ExportFormat::Neo4j, ExportFormat::Png] {
        let err = export(&view, f, &mut Vec::new()).unwrap_err();
        assert!(matches!(err, Error::Export(_)), "{err}");
    }
    let dot = to_string(|o| export(&view, ExportFormat::Dot, o).unwrap());
    assert_eq!(dot, dot_string(&view));
}

// ---------------------------------------------------------------- goldens

#[test]
fn golden_small_exports() {
    let g = small_graph();
    assert_eq!(g.node_count(), 7);
    assert_eq!(g.link_count(), 6);
    let view = all(&g);
    golden("small.dot", &to_string(|o| write_dot(&view, o).unwrap()));
    golden(
        "small.graphml",
        &to_string(|o| write_graphml(&view, o).unwrap()),
    );
    golden(
        "small.nodes.csv",
        &to_string(|o| write_neo4j_nodes(&view, o).unwrap()),
    );
    golden(
        "small.relationships.csv",
        &to_string(|o| write_neo4j_relationships(&view, o).unwrap()),
    );
}

#[test]
fn exports_are_deterministic() {
    let (g1, g2) = (small_graph(), small_graph());
    let (v1, v2) = (all(&g1), all(&g2));
    for f in [ExportFormat::Dot, ExportFormat::GraphMl, ExportFormat::Json] {
        assert_eq!(
            to_string(|o| export(&v1, f, o).unwrap()),
            to_string(|o| export(&v2, f, o).unwrap())
        );
    }
}

// ---------------------------------------------------------------- DOT

#[test]
fn dot_quotes_every_id_and_escapes_labels() {
    let g = small_graph();
    let dot = dot_string(&all(&g));
    assert!(dot.starts_with("digraph \"newsgraph\" {"));
    for line in dot.lines().map(str::trim) {
        if line.is_empty()
            || line == "}"
            || line.starts_with("graph[")
            || line.starts_with("node[")
            || line.starts_with("edge[")
            || line.starts_with("label=")
            || line.starts_with("style=")
            || line.starts_with("color=")
            || line.starts_with("fontname=")
            || line.starts_with("digraph")
            || line.starts_with("subgraph")
        {
            continue;
        }
        assert!(line.starts_with('"'), "unquoted statement: {line}");
    }
    assert!(!dot.contains("label=<"), "no HTML labels");
    assert!(dot.contains(r#"\"S-400\" system\nfrom C:\\Russia\\ &amp; co."#));
    assert!(dot.contains(r#"label="NATO \"Alliance\"""#));
    assert!(dot.contains("label=\"buys ×2\""));
    assert!(dot.contains("penwidth=\"2.00\""));
    assert!(dot.contains("cluster_legend"));
    assert!(dot.contains("rankdir=\"LR\""));
    for i in 0..6 {
        assert!(dot.contains(&format!("id=\"e{i}\"")));
    }
}

fn dot_accepts(dot: &str) -> Option<String> {
    let dir = tempdir();
    let p = dir.path().join("g.dot");
    std::fs::write(&p, dot).unwrap();
    let out = Command::new("dot").arg("-Tsvg").arg(&p).output().ok()?;
    assert!(
        out.status.success(),
        "dot rejected:\n{dot}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "dot warned: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8(out.stdout).unwrap())
}

#[test]
fn graphviz_accepts_every_dot() {
    if !has_program("dot", "-V") {
        eprintln!("skipping: Graphviz `dot` is not installed");
        return;
    }
    let g = small_graph();
    let filters = [
        ViewFilter::default(),
        ViewFilter {
            types: vec!["buys".into()],
            ..Default::default()
        },
        ViewFilter {
            focus: Some("erdoğan".into()),
            depth: 2,
            ..Default::default()
        },
        ViewFilter {
            since: Some("2030".into()),
            ..Default::default()
        },
    ];
    for f in &filters {
        let svg = dot_accepts(&dot_string(&apply(&g, f).unwrap())).unwrap();
        assert!(svg.contains("<svg"));
    }
    let svg = dot_accepts(&dot_string(&all(&g))).unwrap();
    assert!(svg.contains("id=\"e0\" class=\"edge\""));
    assert!(svg.contains("id=\"n0\" class=\"node\""));
    assert!(!svg.contains("<script>"), "labels reach SVG escaped");
    // Names ending in a backslash, lone quotes, controls.
    let mut store = GraphStore::new();
    let mut a = Analysis {
        article: ArticleMeta {
            id: "x\\".into(),
            ..Default::default()
        },
        entities: vec![
            ent(
                "person:a\\",
                "A \\",
                EntityKind::Person,
                &["\"", "\u{1}\r\n"],
                &[0],
            ),
            ent("org:b\"", "B\"\n}", EntityKind::Organization, &[], &[5]),
        ],
        relations: vec![],
        quotes: vec![],
    };
    a.relations.push(rel(
        "person:a\\",
        "leads\"",
        "org:b\"",
        Some("x"),
        None,
        0,
        "\\",
        None,
    ));
    store.add_analysis(&a);
    let g = KnowledgeGraph::from_store(store);
    dot_accepts(&dot_string(&all(&g))).unwrap();
}

// ---------------------------------------------------------------- GraphML

#[test]
fn graphml_loads_in_networkx() {
    let ok = Command::new("python3")
        .args(["-c", "import networkx"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        eprintln!("skipping: python3 with networkx is not installed");
        return;
    }
    let g = small_graph();
    for f in [
        ViewFilter::default(),
        ViewFilter {
            kinds: vec![EntityKind::Country],
            ..Default::default()
        },
    ] {
        let view = apply(&g, &f).unwrap();
        let dir = tempdir();
        let p = dir.path().join("g.graphml");
        std::fs::write(&p, to_string(|o| write_graphml(&view, o).unwrap())).unwrap();
        let script = "import sys, json, networkx as nx\n\
            g = nx.read_graphml(sys.argv[1])\n\
            e = [d for _, _, d in g.edges(data=True)]\n\
            print(json.dumps({'directed': g.is_directed(), 'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(),\n\
              'names': sorted(d['label'] for _, d in g.nodes(data=True)),\n\
              'counts': sorted(d['count'] for d in e), 'mentions': sorted(d['mention_count'] for _, d in g.nodes(data=True)),\n\
              'evidence': sorted(d.get('evidence', '') for d in e)}))";
        let out = Command::new("python3")
            .arg("-c")
            .arg(script)
            .arg(&p)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "networkx failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["directed"], true);
        assert_eq!(v["nodes"], view.nodes.len());
        assert_eq!(v["edges"], view.links.len());
        let mut names: Vec<&str> = view.nodes.iter().map(|n| n.name.as_str()).collect();
        names.sort();
        assert_eq!(v["names"], serde_json::json!(names));
        assert!(v["counts"].as_array().unwrap().iter().all(|c| c.is_i64()));
        if view.is_whole_graph() {
            let ev = v["evidence"].to_string();
            assert!(
                ev.contains(PWN_SCRIPT),
                "evidence survives XML escaping: {ev}"
            );
            assert!(ev.contains(r"C:\\Russia\\"));
        }
    }
}

// ---------------------------------------------------------------- Neo4j

/// A small RFC 4180 reader for the test.
fn parse_csv(s: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = s.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(
        !quoted && field.is_empty() && row.is_empty(),
        "CSV ends cleanly"
    );
    rows
}

#[test]
fn neo4j_csv_is_well_formed_and_neutralised() {
    let g = small_graph();
    let view = all(&g);
    let nodes = parse_csv(&to_string(|o| write_neo4j_nodes(&view, o).unwrap()));
    let rels = parse_csv(&to_string(|o| write_neo4j_relationships(&view, o).unwrap()));
    assert_eq!(nodes.len(), 1 + view.nodes.len());
    assert_eq!(rels.len(), 1 + view.links.len());
    assert!(nodes.iter().all(|r| r.len() == 7));
    assert!(rels.iter().all(|r| r.len() == 9));
    let danger = ['=', '+', '-', '@', '\t', '\r'];
    for cell in nodes.iter().chain(&rels).skip(1).flatten() {
        assert!(!cell.starts_with(danger), "formula cell: {cell:?}");
    }
    let erdogan = nodes
        .iter()
        .find(|r| r[0] == "person:recep-tayyip-erdogan")
        .unwrap();
    assert_eq!(erdogan[3], "Entity;Person");
    assert_eq!(erdogan[4], "'=cmd|' /C calc'!A0;Erdoğan");
    let nato = nodes.iter().find(|r| r[0] == "org:nato").unwrap();
    assert_eq!(nato[1], "NATO \"Alliance\"");
    assert_eq!(nato[4], "'@NATO;North Atlantic, Treaty");
    let types: Vec<&str> = rels.iter().skip(1).map(|r| r[2].as_str()).collect();
    assert!(types.contains(&"SAYS_ABOUT") && types.contains(&"MEMBER_OF"));
    let buys = rels.iter().find(|r| r[2] == "BUYS").unwrap();
    assert_eq!(buys[5], "2");
    assert_eq!(
        (buys[6].as_str(), buys[7].as_str()),
        ("2019-07-12", "2019-09")
    );
    let fights = rels.iter().find(|r| r[2] == "FIGHTS").unwrap();
    assert_eq!(fights[8], "'-1 casualties @ dawn");
}

#[test]
fn neo4j_writes_folder_or_prefix() {
    let g = small_graph();
    let dir = tempdir();
    let out = dir.path().join("neo");
    let files = write_to_path(&g, &ViewFilter::default(), ExportFormat::Neo4j, &out).unwrap();
    let names: Vec<String> = files
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["nodes.csv", "relationships.csv", "load.cypher"]);
    let cypher = std::fs::read_to_string(out.join("load.cypher")).unwrap();
    assert!(cypher.contains("LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row"));
    assert!(cypher.contains("MERGE (a)-[r:`BUYS`]->(b)"));
    assert!(cypher.contains("SET n:Person;"));
    let files = write_to_path(
        &g,
        &ViewFilter::default(),
        ExportFormat::Neo4j,
        &dir.path().join("g.csv"),
    )
    .unwrap();
    assert!(files[0].ends_with("g.nodes.csv") && files[0].exists());
    let cypher = std::fs::read_to_string(&files[2]).unwrap();
    assert!(cypher.contains("'file:///g.relationships.csv'"));
    assert_no_temp_files(dir.path());
}

fn assert_no_temp_files(dir: &Path) {
    for e in std::fs::read_dir(dir).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        assert!(!name.contains(".tmp"), "temp file left: {name}");
    }
}

// ---------------------------------------------------------------- JSON

#[test]
fn json_export_is_graph_json_and_filtered_json_loads() {
    let g = small_graph();
    let whole = to_string(|o| write_json(&all(&g), o).unwrap());
    let mut direct = Vec::new();
    write_graph_json(&g, &mut direct).unwrap();
    assert_eq!(whole.as_bytes(), direct.as_slice());
    let view = apply(
        &g,
        &ViewFilter {
            types: vec!["buys".into(), "says_about".into()],
            until: Some("2019-07-31".into()),
            ..Default::default()
        },
    )
    .unwrap();
    let json = to_string(|o| write_json(&view, o).unwrap());
    let back = newsgraph::graph::read_graph(json.as_bytes(), Path::new("filtered.json")).unwrap();
    assert_eq!(back.node_count(), view.nodes.len());
    assert_eq!(back.link_count(), view.links.len());
    let buys = back.links().find(|l| l.rel_type == "buys").unwrap();
    assert_eq!(buys.count(), 1, "evidence outside the window is dropped");
}

// ---------------------------------------------------------------- filters

fn ids(v: &View<'_>) -> Vec<String> {
    v.nodes.iter().map(|n| n.id.clone()).collect()
}

#[test]
fn filter_by_type_kind_and_count() {
    let g = small_graph();
    let v = apply(
        &g,
        &ViewFilter {
            types: vec!["BUYS".into()],
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(ids(&v), ["country:turkey", "weapon:s-400"]);
    let v = apply(
        &g,
        &ViewFilter {
            kinds: vec![EntityKind::Country],
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(v.nodes.len(), 3);
    assert!(
        v.links
            .iter()
            .all(|l| l.source.starts_with("country:") && l.target.starts_with("country:"))
    );
    assert_eq!(v.links.len(), 2);
    let v = apply(
        &g,
        &ViewFilter {
            min_count: 2,
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(v.links.len(), 1);
    assert_eq!(v.links[0].rel_type, "buys");
    // kinds/min_count alone keep isolated nodes (United States has 1 mention).
    assert!(ids(&v).contains(&"country:russia".to_string()));
}

#[test]
fn filter_by_date_window() {
    let g = small_graph();
    let v = apply(
        &g,
        &ViewFilter {
            since: Some("2019-08-01".into()),
            ..Default::default()
        },
    )
    .unwrap();
    let types: Vec<&str> = v.links.iter().map(|l| l.rel_type.as_str()).collect();
    assert_eq!(types, ["fights", "buys"]);
    let buys = &v.links[1];
    assert_eq!(buys.count(), 1);
    assert_eq!(buys.first_date(), Some("2019-09"));
    // Undated evidence (threatens, member_of) is dropped under a window.
    let v = apply(
        &g,
        &ViewFilter {
            since: Some("2019".into()),
            until: Some("2019".into()),
            ..Default::default()
        },
    )
    .unwrap();
    assert!(
        v.links
            .iter()
            .all(|l| l.evidence.iter().all(|e| e.date.is_some()))
    );
    assert!(!ids(&v).contains(&"country:united-states".to_string()));
    assert!(!ids(&v).contains(&"org:nato".to_string()));
}

#[test]
fn focus_by_id_name_alias_and_depth() {
    let g = small_graph();
    let f = |focus: &str, depth| ViewFilter {
        focus: Some(focus.into()),
        depth,
        ..Default::default()
    };
    let v = apply(&g, &f("weapon:s-400", 1)).unwrap();
    assert_eq!(ids(&v), ["country:turkey", "weapon:s-400"]);
    let v = apply(&g, &f("s400\\triumf", 0)).unwrap();
    assert_eq!(ids(&v), ["weapon:s-400"]);
    assert!(v.links.is_empty());
    let v = apply(&g, &f("ERDOĞAN", 1)).unwrap();
    assert_eq!(ids(&v), ["country:russia", "person:recep-tayyip-erdogan"]);
    let v = apply(&g, &f("Recep Tayyip Erdoğan", 2)).unwrap();
    assert_eq!(
        ids(&v),
        [
            "country:russia",
            "country:turkey",
            "person:recep-tayyip-erdogan"
        ]
    );
    match apply(&g, &f("Turk", 1)) {
        Err(Error::Query(m)) => assert!(m.contains("country:turkey"), "{m}"),
        other => panic!("expected a query error, got {other:?}"),
    }
    match apply(&g, &f("nobody at all", 1)) {
        Err(Error::Query(m)) => assert!(m.contains("nobody at all"), "{m}"),
        other => panic!("expected a query error, got {other:?}"),
    }
}

#[test]
fn ambiguous_focus_lists_candidates() {
    let mut store = GraphStore::new();
    store.add_analysis(&Analysis {
        article: ArticleMeta {
            id: "b".into(),
            ..Default::default()
        },
        entities: vec![
            ent("country:georgia", "Georgia", EntityKind::Country, &[], &[0]),
            ent("loc:georgia", "Georgia", EntityKind::Location, &[], &[10]),
        ],
        relations: vec![],
        quotes: vec![],
    });
    let g = KnowledgeGraph::from_store(store);
    let err = apply(
        &g,
        &ViewFilter {
            focus: Some("georgia".into()),
            ..Default::default()
        },
    )
    .unwrap_err();
    let Error::Query(m) = err else { panic!() };
    assert!(
        m.contains("country:georgia") && m.contains("loc:georgia"),
        "{m}"
    );
}

#[test]
fn max_nodes_keeps_best_connected() {
    let g = small_graph();
    let v = apply(
        &g,
        &ViewFilter {
            max_nodes: Some(2),
            ..Default::default()
        },
    )
    .unwrap();
    // Turkey has 5 links; Russia and Erdoğan tie on 2 links and 2 mentions,
    // so the id decides.
    assert_eq!(ids(&v), ["country:russia", "country:turkey"]);
    assert_eq!(v.links.len(), 1);
    let v = apply(
        &g,
        &ViewFilter {
            max_nodes: Some(1),
            ..Default::default()
        },
    )
    .unwrap();
    assert!(v.nodes.is_empty(), "isolated nodes drop under max_nodes");
}

// ---------------------------------------------------------------- rendering

#[test]
fn write_to_path_renders_svg_beside_dot() {
    let g = small_graph();
    let dir = tempdir();
    let out = dir.path().join("g.svg");
    let res = write_to_path(&g, &ViewFilter::default(), ExportFormat::Svg, &out);
    assert!(dir.path().join("g.dot").exists(), "DOT written first");
    if !has_program("dot", "-V") {
        let err = res.unwrap_err().to_string();
        assert!(err.contains("apt-get install graphviz"), "{err}");
        eprintln!("skipping rendering checks: Graphviz `dot` is not installed");
        return;
    }
    let files = res.unwrap();
    assert_eq!(files, [dir.path().join("g.dot"), out.clone()]);
    assert!(std::fs::read_to_string(&out).unwrap().contains("<svg"));
    for (f, magic) in [
        (ExportFormat::Png, &b"\x89PNG"[..]),
        (ExportFormat::Pdf, &b"%PDF"[..]),
    ] {
        let p = dir.path().join(format!("g.{}", f.file_extension()));
        write_to_path(&g, &ViewFilter::default(), f, &p).unwrap();
        assert!(std::fs::read(&p).unwrap().starts_with(magic));
    }
    assert_no_temp_files(dir.path());
}

// ---------------------------------------------------------------- HTML

fn assert_safe_report(html: &str) {
    assert!(html.contains("Content-Security-Policy"));
    assert!(html.contains("default-src 'none'"));
    assert!(!html.contains(PWN_SCRIPT), "raw script payload in the page");
    assert!(!html.contains(PWN_IMG), "raw img payload in the page");
    assert!(!html.contains("<img"), "no image element at all");
    let start = html
        .find("<script type=\"application/json\" id=\"data\">")
        .unwrap();
    let rest = &html[start..];
    let data = &rest[rest.find('>').unwrap() + 1..rest.find("</script>").unwrap()];
    let v: serde_json::Value = serde_json::from_str(data).unwrap();
    assert!(
        v["links"][0]["evidence"][0]["text"]
            .as_str()
            .unwrap()
            .contains(PWN_SCRIPT)
    );
    assert_eq!(html.matches("<script").count(), 2, "data + code only");
    assert!(
        !html.contains("src=\"http") && !html.contains("href=\"http"),
        "no remote resources"
    );
    assert!(!html.contains("innerHTML"));
}

#[test]
fn html_report_is_self_contained_and_escaped() {
    let g = small_graph();
    let view = all(&g);
    let html = to_string(|o| write_html(&view, o).unwrap());
    assert_safe_report(&html);
    let builtin = to_string(|o| write_html_with_layout(&view, HtmlLayout::Builtin, o).unwrap());
    assert_safe_report(&builtin);
    for i in 0..view.nodes.len() {
        assert!(builtin.contains(&format!("<g id=\"n{i}\" class=\"node\">")));
    }
    if has_program("dot", "-V") {
        assert!(html.contains("<g id=\"e5\" class=\"edge\">"));
    }
}

/// Runs headless Chromium on a file and returns the serialised DOM.
fn chromium_dump(url: &str) -> Option<String> {
    let bin = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|b| has_program(b, "--version"))?;
    let profile = tempdir();
    let out = Command::new(bin)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--virtual-time-budget=3000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(url)
        .output()
        .ok()?;
    assert!(
        out.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn file_url(p: &Path) -> String {
    format!("file://{}", p.display())
}

fn panel_of(dom: &str) -> &str {
    let start = dom.find("<aside id=\"panel\"").expect("panel in DOM");
    let end = dom[start..].find("</aside>").unwrap() + start;
    &dom[start..end]
}

fn write_report(dir: &Path, layout: HtmlLayout, extra: &str) -> PathBuf {
    let g = small_graph();
    let mut html = to_string(|o| write_html_with_layout(&all(&g), layout, o).unwrap());
    if !extra.is_empty() {
        html = html.replace("</body>", &format!("{extra}</body>"));
    }
    let p = dir.join("report.html");
    std::fs::write(&p, html).unwrap();
    p
}

#[test]
fn html_report_in_headless_chromium() {
    if !["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .any(|b| has_program(b, "--version"))
    {
        eprintln!("skipping: chromium is not installed");
        return;
    }
    let dir = tempdir();
    for layout in [HtmlLayout::Auto, HtmlLayout::Builtin] {
        // Deep link to the link holding the hostile evidence.
        let p = write_report(dir.path(), layout, "");
        let dom = chromium_dump(&format!("{}#select=e0", file_url(&p))).unwrap();
        assert!(
            dom.contains("<title>newsgraph report</title>"),
            "title kept"
        );
        assert!(!dom.contains("pwned</title>"));
        let panel = panel_of(&dom);
        assert!(!panel.contains(" hidden"), "panel open: {panel}");
        assert!(
            panel.contains(
                "Russia praised &lt;script&gt;document.title='pwned'&lt;/script&gt; Turkey"
            ),
            "evidence shown as text: {panel}"
        );
        assert!(panel.contains("&lt;img src=x onerror=\"document.title='pwned'\"&gt;"));
        assert!(panel.contains("Turkey \"buys\" &lt;S-400&gt; &amp; more &lt;/script&gt;"));
        assert!(!panel.contains("<img") && !panel.contains("<script"));
        assert!(
            dom.contains("id=\"e0\" class=\"edge selected\""),
            "edge highlighted"
        );

        // The quote of a says_about link.
        let dom = chromium_dump(&format!("{}#select=e5", file_url(&p))).unwrap();
        assert!(panel_of(&dom).contains(
            "We will not step back &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
        ));

        // A real click event on a node goes through the click handler.
        let click = "<script>window.addEventListener('load', function () {\
            var g = document.getElementById('n5');\
            var t = g.querySelector('text') || g;\
            t.dispatchEvent(new MouseEvent('click', {bubbles: true}));\
            });</script>";
        let p = write_report(dir.path(), layout, click);
        let dom = chromium_dump(&file_url(&p)).unwrap();
        let panel = panel_of(&dom);
        assert!(panel.contains("Recep Tayyip Erdoğan"), "{panel}");
        assert!(
            panel.contains("=cmd|' /C calc'!A0; Erdoğan"),
            "aliases: {panel}"
        );
        assert!(panel.contains("President, Turkey"), "affiliation: {panel}");
        assert!(panel.contains("Top relations (1)"));
        assert!(dom.contains("id=\"n5\" class=\"node selected\""));

        // A real click on an edge opens its evidence, escaped, and runs nothing from it.
        let click_edge = "<script>window.addEventListener('load', function () {\
            var g = document.getElementById('e0');\
            var t = g.querySelector('path') || g.querySelector('text') || g;\
            t.dispatchEvent(new MouseEvent('click', {bubbles: true}));\
            });</script>";
        let p = write_report(dir.path(), layout, click_edge);
        let dom = chromium_dump(&file_url(&p)).unwrap();
        let panel = panel_of(&dom);
        assert!(
            panel.contains(
                "Russia praised &lt;script&gt;document.title='pwned'&lt;/script&gt; Turkey"
            ),
            "edge click shows evidence: {panel}"
        );
        assert!(!dom.contains("pwned</title>"));

        // Search highlights and Enter selects; unchecking a kind hides it.
        let drive = "<script>window.addEventListener('load', function () {\
            var s = document.getElementById('search');\
            s.value = 'erdoğan';\
            s.dispatchEvent(new Event('input'));\
            s.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter'}));\
            var box = document.querySelector('#kind-filters input[data-value=weapon]');\
            box.click();\
            document.getElementById('zoom-in').click();\
            });</script>";
        let p = write_report(dir.path(), layout, drive);
        let dom = chromium_dump(&file_url(&p)).unwrap();
        assert!(
            dom.contains("<span id=\"search-hits\">1 match</span>"),
            "search count"
        );
        assert!(
            dom.contains("id=\"n5\" class=\"node hit selected\""),
            "hit + selected"
        );
        assert!(
            dom.contains("id=\"n6\" class=\"node hidden\""),
            "weapon hidden"
        );
        assert!(
            dom.contains("id=\"e3\" class=\"edge hidden\""),
            "edge to weapon hidden"
        );
        assert!(panel_of(&dom).contains("Recep Tayyip Erdoğan"));
    }
}

/// Without Graphviz on PATH: rendering fails with install advice after the
/// DOT file is written, and the HTML report falls back to the built-in
/// layout. Runs itself again as a child process with an empty PATH.
#[test]
fn without_graphviz() {
    if std::env::var_os("NEWSGRAPH_TEST_NO_DOT").is_none() {
        let out = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "export::without_graphviz", "--nocapture"])
            .env("PATH", "/nonexistent")
            .env("NEWSGRAPH_TEST_NO_DOT", "1")
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success() && text.contains("1 passed"),
            "child run failed:\n{text}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        return;
    }
    let g = small_graph();
    let dir = tempdir();
    let out = dir.path().join("g.png");
    let err = write_to_path(&g, &ViewFilter::default(), ExportFormat::Png, &out)
        .unwrap_err()
        .to_string();
    assert!(err.contains("apt-get install graphviz"), "{err}");
    assert!(err.contains("brew install graphviz"), "{err}");
    assert!(err.contains("g.dot"), "{err}");
    assert!(dir.path().join("g.dot").exists() && !out.exists());
    assert_no_temp_files(dir.path());
    let html = to_string(|o| write_html(&all(&g), o).unwrap());
    assert!(
        html.contains("<marker id=\"arrow\""),
        "built-in layout used"
    );
    assert_safe_report(&html);
}

/// Markdown markup in evidence: the data keeps the article's bytes (spans stay
/// checkable), the diagram tooltip shows the words a reader sees.
#[test]
fn markdown_markup_stays_in_data_but_not_in_tooltips() {
    use newsgraph::article::{InputFormat, ReadOptions, parse_document};
    use newsgraph::pipeline::Pipeline;
    let md =
        "# Sanctions\n\n**President Donald Trump** threatened Iraq with sanctions on Sunday.\n";
    let a = parse_document(
        "t.md",
        None,
        md.as_bytes(),
        InputFormat::Markdown,
        &ReadOptions::default(),
    )
    .unwrap();
    let an = Pipeline::builtin().unwrap().analyze(&a);
    let mut store = GraphStore::new();
    store.add_analysis(&an);
    let g = KnowledgeGraph::from_store(store);
    let json = to_string(|o| write_graph_json(&g, o).unwrap());
    assert!(
        json.contains("Donald Trump** threatened Iraq"),
        "graph.json keeps the original bytes: {json}"
    );
    let dot = dot_string(&all(&g));
    let tip = dot
        .lines()
        .find(|l| l.contains("label=\"threatens\""))
        .expect("a threatens edge");
    assert!(
        tip.contains("tooltip=\"President Donald Trump threatened Iraq"),
        "{tip}"
    );
    assert!(!tip.contains("**"), "{tip}");
}
