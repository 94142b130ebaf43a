//! `newsgraph query` on the sample corpus (`data/articles`), table and
//! `--json`, against golden files in `tests/golden/query/`.
//!
//! Extraction is still improving, so these files will change. To regenerate
//! them after a deliberate change, run
//!
//! ```text
//! UPDATE_GOLDEN=1 cargo test --test integration query::
//! ```
//!
//! and read the diff (`git diff tests/golden`) before committing.
//! The acceptance checks at the end do not depend on the golden files.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use serde_json::Value;

fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The sample graph, built once per test run by the real binary.
fn graph() -> &'static Path {
    static GRAPH: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, p) = GRAPH.get_or_init(|| {
        let t = tempfile::tempdir().expect("tempdir");
        // Read as `articles/...` from data/, as `newsgraph build articles` would be run there.
        let out = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
            .current_dir(manifest().join("data"))
            .args(["-q", "build", "articles", "--formats", "json", "-o"])
            .arg(t.path())
            .output()
            .expect("running newsgraph build");
        assert!(
            out.status.success(),
            "build failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let p = t.path().join("graph.json");
        (t, p)
    });
    p
}

fn query(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .arg("query")
        .arg(graph())
        .args(args)
        .output()
        .expect("running newsgraph query")
}

fn query_ok(args: &[&str]) -> String {
    let out = query(args);
    assert!(
        out.status.success(),
        "query {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

fn query_json(args: &[&str]) -> Value {
    let mut a = args.to_vec();
    a.push("--json");
    serde_json::from_str(&query_ok(&a)).expect("--json prints JSON")
}

/// Compares `actual` with `tests/golden/query/<name>`; `UPDATE_GOLDEN=1` rewrites it.
fn golden(name: &str, actual: &str) {
    let path = manifest().join("tests/golden/query").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, actual).expect("writing golden file");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run `UPDATE_GOLDEN=1 cargo test --test integration query::` to create it.\nactual:\n{actual}",
            path.display()
        )
    });
    if expected != actual {
        panic!(
            "{} differs (UPDATE_GOLDEN=1 rewrites it after a deliberate change)\n\
             ----- expected -----\n{expected}----- actual -----\n{actual}----- end -----",
            path.display()
        );
    }
}

/// Checks the table and the JSON output of one query against `<name>.txt` and `<name>.json`.
fn both(name: &str, args: &[&str]) {
    golden(&format!("{name}.txt"), &query_ok(args));
    let mut a = args.to_vec();
    a.push("--json");
    golden(&format!("{name}.json"), &query_ok(&a));
}

#[test]
fn golden_quotes() {
    both("quotes-about-s400", &["quotes", "--about", "S-400"]);
    both("quotes-by-trump", &["quotes", "--speaker", "Trump"]);
    both(
        "quotes-january-2020",
        &["quotes", "--since", "2020-01-01", "--until", "2020-01-31"],
    );
}

#[test]
fn golden_relations() {
    both(
        "relations-us-threatens",
        &[
            "relations",
            "--source",
            "United States",
            "--type",
            "threatens",
        ],
    );
    both("relations-target-iraq", &["relations", "--target", "Iraq"]);
}

#[test]
fn golden_entity() {
    both("entity-trump", &["entity", "Trump"]);
    both("entity-s400", &["entity", "s400"]);
}

#[test]
fn golden_neighbors() {
    both("neighbors-turkey", &["neighbors", "Turkey"]);
    both(
        "neighbors-iraq-threatens-depth2",
        &["neighbors", "Iraq", "--depth", "2", "--type", "threatens"],
    );
}

#[test]
fn golden_path() {
    both("path-joey-hood-turkey", &["path", "Joey Hood", "Turkey"]);
}

#[test]
fn golden_top() {
    both("top-degree", &["top", "--by", "degree", "--limit", "10"]);
    both(
        "top-pagerank",
        &["top", "--by", "pagerank", "--limit", "10"],
    );
    both(
        "top-mentions-person",
        &[
            "top", "--by", "mentions", "--kind", "person", "--limit", "10",
        ],
    );
}

// ---- Acceptance: independent of the golden files. ----

fn speakers(rows: &Value) -> Vec<String> {
    rows.as_array()
        .expect("rows")
        .iter()
        .filter_map(|r| r["speaker_name"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn quotes_about_the_s400_include_elaiwi_and_hood_with_dates() {
    let rows = query_json(&["quotes", "--about", "S-400"]);
    for who in ["Karim Elaiwi", "Joey Hood"] {
        let row = rows
            .as_array()
            .expect("rows")
            .iter()
            .find(|r| r["speaker_name"] == who)
            .unwrap_or_else(|| panic!("no quote by {who}: {:?}", speakers(&rows)));
        let date = row["date"].as_str().expect("dated");
        assert!(date.starts_with("2020-01"), "{who}: {date}");
        assert_eq!(row["date_is_article_date"], false, "{who}: own date");
    }
    let table = query_ok(&["quotes", "--about", "S-400"]);
    assert!(table.contains("Karim Elaiwi") && table.contains("Joey Hood"));
}

#[test]
fn the_united_states_threatens_turkey() {
    let rows = query_json(&[
        "relations",
        "--source",
        "United States",
        "--type",
        "threatens",
    ]);
    assert!(
        rows.as_array()
            .expect("rows")
            .iter()
            .any(|r| r["target"] == "country:turkey"),
        "{rows:#}"
    );
}

#[test]
fn the_trump_profile_shows_name_title_and_country() {
    let t = query_ok(&["entity", "Trump"]);
    for want in ["Donald Trump", "President", "United States"] {
        assert!(t.contains(want), "`{want}` missing from:\n{t}");
    }
    let p = query_json(&["entity", "Trump"]);
    assert_eq!(p["id"], "person:donald-trump");
    assert!(
        p["articles"].as_array().expect("articles").len() >= 3,
        "Trump is in three articles: {}",
        p["articles"]
    );
}

#[test]
fn names_match_through_aliases_and_case() {
    for (name, id) in [
        ("us", "country:united-states"),
        ("U.S.", "country:united-states"),
        ("Americans", "country:united-states"),
        // A capital is its country's alias ("ambassador to Moscow"); "officials in Washington"
        // and "a drone strike in Baghdad" made Washington and Baghdad cities too, so a bare
        // "Washington" or "Baghdad" is ambiguous in this graph.
        ("Moscow", "country:russia"),
        ("Trump", "person:donald-trump"),
        ("donald trump", "person:donald-trump"),
        ("s400", "weapon:s-400"),
        ("Erdogan", "person:recep-tayyip-erdogan"),
        ("country:iraq", "country:iraq"),
    ] {
        assert_eq!(query_json(&["entity", name])["id"], id, "`{name}`");
    }
}

#[test]
fn an_ambiguous_name_lists_candidates() {
    let out = query(&["entity", "Hood"]);
    assert!(!out.status.success(), "`Hood` must not be guessed");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("ambiguous"), "{err}");
    assert!(
        err.contains("person:joey-hood") && err.contains("person:ruth-hood"),
        "{err}"
    );
    // Unknown names fail too, with a clear message.
    let out = query(&["entity", "Atlantis"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no entity named"));
}
