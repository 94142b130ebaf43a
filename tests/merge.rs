//! Incremental builds and `merge` through the real binary: building in parts
//! gives the same bytes as building everything at once.
//!
//! Article metadata records the path an article was read from, so every run
//! below reads its inputs under the same relative name (`articles/`,
//! `bbc.jsonl`) from its own working folder.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_newsgraph")
}

fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs newsgraph in `cwd`; panics with its stderr when it fails.
fn newsgraph(cwd: &Path, args: &[&str]) -> String {
    let out = Command::new(bin())
        .current_dir(cwd)
        .args(args)
        .output()
        .expect("running newsgraph");
    assert!(
        out.status.success(),
        "newsgraph {args:?} in {} failed:\n{}",
        cwd.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn read(p: &Path) -> Vec<u8> {
    std::fs::read(p).unwrap_or_else(|e| panic!("reading {}: {e}", p.display()))
}

fn assert_same(what: &str, want: &Path, got: &Path) {
    let (w, g) = (read(want), read(got));
    if w != g {
        let diff_at = w.iter().zip(&g).position(|(a, b)| a != b).unwrap_or(0);
        let from = diff_at.saturating_sub(200);
        panic!(
            "{what}: {} and {} differ at byte {diff_at} ({} vs {} bytes)\nwant: …{}…\ngot:  …{}…",
            want.display(),
            got.display(),
            w.len(),
            g.len(),
            String::from_utf8_lossy(&w[from..(diff_at + 200).min(w.len())]),
            String::from_utf8_lossy(&g[from..(diff_at + 200).min(g.len())]),
        );
    }
}

/// Copies the named sample articles into `dir/articles/`.
fn sample(dir: &Path, names: &[&str]) {
    let to = dir.join("articles");
    std::fs::create_dir_all(&to).expect("mkdir");
    for n in names {
        std::fs::copy(manifest().join("data/articles").join(n), to.join(n)).expect("copy");
    }
}

fn sample_names() -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(manifest().join("data/articles"))
        .expect("data/articles")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".md") && n != "README.md")
        .collect();
    v.sort();
    v
}

const BUILD: &[&str] = &["-q", "build", "--formats", "json"];

fn build(cwd: &Path, extra: &[&str]) {
    let mut args = BUILD.to_vec();
    args.extend_from_slice(extra);
    newsgraph(cwd, &args);
}

#[test]
fn building_the_sample_in_two_parts_equals_one_build() {
    let names = sample_names();
    assert!(names.len() >= 4, "the sample corpus has {names:?}");
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let (first, second) = names.split_at(names.len() / 2);
    let t = tempfile::tempdir().expect("tempdir");
    let (all, a, b) = (t.path().join("all"), t.path().join("a"), t.path().join("b"));
    sample(&all, &names);
    sample(&a, first);
    sample(&b, second);

    build(&all, &["articles", "-o", "out"]);
    build(&a, &["articles", "-o", "out"]);
    // The old articles are gone: `--into` must not need them.
    std::fs::remove_dir_all(a.join("articles")).expect("rm");
    build(
        &b,
        &["articles", "--into", "../a/out/graph.json", "-o", "out"],
    );
    let one = all.join("out/graph.json");
    assert_same("build A; build B --into A", &one, &b.join("out/graph.json"));
    // With graph.json the only output, `--into` patches the old file's lines
    // instead of re-reading the whole graph: the same bytes again.
    build(
        &b,
        &[
            "articles",
            "--into",
            "../a/out/graph.json",
            "-o",
            "patched",
            "--formats",
            "json",
        ],
    );
    assert_same("--into, patched", &one, &b.join("patched/graph.json"));

    // The same through `merge`, in both orders.
    build(&b, &["articles", "-o", "alone"]);
    newsgraph(
        t.path(),
        &[
            "-q",
            "merge",
            "a/out/graph.json",
            "b/alone/graph.json",
            "-o",
            "ab.json",
        ],
    );
    newsgraph(
        t.path(),
        &[
            "-q",
            "merge",
            "b/alone/graph.json",
            "a/out/graph.json",
            "-o",
            "ba.json",
        ],
    );
    assert_same("merge A B", &one, &t.path().join("ab.json"));
    assert_same("merge B A", &one, &t.path().join("ba.json"));

    // Re-adding articles already in the graph changes nothing.
    build(
        &all,
        &["articles", "--into", "out/graph.json", "-o", "again"],
    );
    assert_same("re-adding everything", &one, &all.join("again/graph.json"));
    build(
        &all,
        &[
            "articles",
            "--into",
            "out/graph.json",
            "-o",
            "again-json",
            "--formats",
            "json",
        ],
    );
    assert_same(
        "re-adding everything, json only",
        &one,
        &all.join("again-json/graph.json"),
    );
    newsgraph(
        t.path(),
        &[
            "-q",
            "merge",
            "all/out/graph.json",
            "all/out/graph.json",
            "-o",
            "aa.json",
        ],
    );
    assert_same("merge G G", &one, &t.path().join("aa.json"));
}

#[test]
fn the_sample_graph_unites_entities_across_articles() {
    let t = tempfile::tempdir().expect("tempdir");
    sample(
        t.path(),
        &sample_names()
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    );
    build(t.path(), &["articles", "-o", "out"]);
    let g: serde_json::Value =
        serde_json::from_slice(&read(&t.path().join("out/graph.json"))).expect("json");
    let node = |id: &str| {
        g["nodes"]
            .as_array()
            .expect("nodes")
            .iter()
            .find(|n| n["id"] == id)
            .unwrap_or_else(|| panic!("no node {id}"))
            .clone()
    };
    let articles = |id: &str| node(id)["articles"].as_array().map_or(0, Vec::len);
    // Named differently in different articles, one node each.
    assert!(
        articles("person:donald-trump") >= 3,
        "{}",
        node("person:donald-trump")
    );
    assert!(articles("country:united-states") >= 3);
    assert!(articles("weapon:s-400") >= 2);
    let us_aliases = node("country:united-states")["aliases"].to_string();
    for alias in ["U.S.", "United States", "Washington"] {
        assert!(us_aliases.contains(alias), "{alias} not in {us_aliases}");
    }
    // Two different Hoods stay apart.
    let hoods: Vec<String> = g["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .filter_map(|n| n["id"].as_str())
        .filter(|id| id.starts_with("person:") && id.ends_with("-hood"))
        .map(str::to_string)
        .collect();
    assert_eq!(hoods, ["person:joey-hood", "person:ruth-hood"]);
}

/// `../shared` (or `$NEWSGRAPH_SHARED`), when present.
fn shared() -> Option<PathBuf> {
    let p = std::env::var_os("NEWSGRAPH_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest().join("../shared"));
    p.join("corpus/bbc-news/bbc-news.jsonl")
        .is_file()
        .then_some(p)
}

/// BBC News in two halves, merged, equals one build. Uses the first 300
/// articles (`NEWSGRAPH_BBC_LIMIT=N` to change, 0 for all 2,225) so the debug
/// binary finishes in reasonable time.
#[test]
fn bbc_news_in_two_halves_equals_one_build() {
    let Some(shared) = shared() else {
        println!(
            "SKIPPED bbc_news_in_two_halves_equals_one_build: no ../shared/corpus/bbc-news \
             (set NEWSGRAPH_SHARED to the shared folder to run it)"
        );
        return;
    };
    let limit: usize = std::env::var("NEWSGRAPH_BBC_LIMIT")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300);
    let text =
        String::from_utf8(read(&shared.join("corpus/bbc-news/bbc-news.jsonl"))).expect("utf-8");
    let mut lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    if limit > 0 {
        lines.truncate(limit);
    }
    let half = lines.len() / 2;
    let t = tempfile::tempdir().expect("tempdir");
    let write = |dir: &str, part: &[&str]| {
        let d = t.path().join(dir);
        std::fs::create_dir_all(&d).expect("mkdir");
        std::fs::write(d.join("bbc.jsonl"), part.join("\n") + "\n").expect("write");
        d
    };
    let all = write("all", &lines);
    let h1 = write("h1", &lines[..half]);
    let h2 = write("h2", &lines[half..]);
    let start = Instant::now();
    build(&all, &["bbc.jsonl", "-o", "out"]);
    build(&h1, &["bbc.jsonl", "-o", "out"]);
    build(&h2, &["bbc.jsonl", "-o", "out"]);
    newsgraph(
        t.path(),
        &[
            "-q",
            "merge",
            "h1/out/graph.json",
            "h2/out/graph.json",
            "-o",
            "merged.json",
        ],
    );
    build(
        &h2,
        &["bbc.jsonl", "--into", "../h1/out/graph.json", "-o", "into"],
    );
    build(
        &h2,
        &[
            "bbc.jsonl",
            "--into",
            "../h1/out/graph.json",
            "-o",
            "patched",
            "--formats",
            "json",
        ],
    );
    println!(
        "bbc: {} articles, 3 builds + 1 merge + 1 incremental build in {:.1} s",
        lines.len(),
        start.elapsed().as_secs_f64()
    );
    let one = all.join("out/graph.json");
    assert_same("bbc halves merged", &one, &t.path().join("merged.json"));
    assert_same("bbc half --into half", &one, &h2.join("into/graph.json"));
    assert_same(
        "bbc half --into half, patched",
        &one,
        &h2.join("patched/graph.json"),
    );
}

/// networkx reads `graph.json` as node-link data with the graph's node and edge counts, under
/// `links` (the default) and under `edges` (`export --edges-key edges`, networkx 3.6+).
#[test]
fn networkx_loads_the_node_link_json() {
    let ok = std::process::Command::new("python3")
        .args(["-c", "import networkx"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        eprintln!("skipping: python3 with networkx is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let bin = env!("CARGO_BIN_EXE_newsgraph");
    let root = env!("CARGO_MANIFEST_DIR");
    run_ok(
        std::process::Command::new(bin)
            .args(["build", "data/articles", "--formats", "json", "-q", "-o"])
            .arg(dir.path())
            .current_dir(root),
    );
    let graph = dir.path().join("graph.json");
    let g = newsgraph::graph::load_graph(&graph).unwrap();
    let edges_file = dir.path().join("edges.json");
    run_ok(
        std::process::Command::new(bin)
            .args(["export", "--format", "json", "--edges-key", "edges", "-o"])
            .arg(&edges_file)
            .arg(&graph),
    );
    let script = "import sys, json, networkx as nx\n\
        a = nx.node_link_graph(json.load(open(sys.argv[1])), edges='links')\n\
        b = nx.node_link_graph(json.load(open(sys.argv[2])), edges='edges')\n\
        print(a.number_of_nodes(), a.number_of_edges(), b.number_of_nodes(), b.number_of_edges(), a.is_directed(), a.is_multigraph())";
    let out = run_ok(
        std::process::Command::new("python3")
            .arg("-c")
            .arg(script)
            .arg(&graph)
            .arg(&edges_file),
    );
    let got = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let (n, l) = (g.node_count(), g.link_count());
    assert_eq!(got, format!("{n} {l} {n} {l} True True"));
}

/// Runs a command and asserts it succeeded, showing its stderr if not.
fn run_ok(cmd: &mut std::process::Command) -> std::process::Output {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}
