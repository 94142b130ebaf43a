//! The real binary, end to end: exit codes (0 ok, 1 error, 2 usage), error
//! messages that say what, where and what to do, bad files in a corpus,
//! closed pipes, broken graph files, atomic writes, hostile text in every
//! export, pathological input, and the `tests/nasty/` corpus.

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_newsgraph"));
    c.stdin(Stdio::null());
    c
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run_in(dir: &Path, args: &[&str]) -> Run {
    let out: Output = bin()
        .current_dir(dir)
        .args(args)
        .output()
        .expect("run newsgraph");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn nasty() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/nasty")
}

fn warnings(stderr: &str) -> Vec<&str> {
    stderr.lines().filter(|l| l.contains("warning:")).collect()
}

#[test]
fn usage_errors_exit_2() {
    let d = tempfile::tempdir().unwrap();
    for args in [
        &[][..],
        &["build"][..],
        &["extract", "--no-such-flag", "x.txt"][..],
        &["frobnicate"][..],
        &["build", "x.txt", "--max-article-bytes", "lots"][..],
    ] {
        let r = run_in(d.path(), args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(!r.stderr.is_empty(), "{args:?}");
        assert!(!r.stderr.contains("panicked"), "{args:?}: {}", r.stderr);
    }
    assert_eq!(run_in(d.path(), &["--help"]).code, 0);
}

#[test]
fn missing_explicit_file_is_an_error() {
    let d = tempfile::tempdir().unwrap();
    let r = run_in(d.path(), &["extract", "nope.txt"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("error:") && r.stderr.contains("nope.txt"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("No such file"), "{}", r.stderr);
    assert!(r.stdout.is_empty());
}

#[test]
fn malformed_jsonl_line_names_file_and_line() {
    let d = tempfile::tempdir().unwrap();
    fs::write(
        d.path().join("c.jsonl"),
        "{\"text\":\"Iran threatens Israel.\"}\n{\"text\": oops}\n{\"text\":\"Russia sells missiles to Turkey.\"}\n",
    )
    .unwrap();
    let r = run_in(d.path(), &["extract", "c.jsonl"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("c.jsonl:2:"), "{}", r.stderr);
    assert!(
        r.stderr.contains("--skip-bad"),
        "says what to do: {}",
        r.stderr
    );
    // With --skip-bad: one warning naming file and line, the rest is read.
    let r = run_in(d.path(), &["extract", "c.jsonl", "--skip-bad"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let w = warnings(&r.stderr);
    assert_eq!(w.len(), 1, "{}", r.stderr);
    assert!(w[0].contains("c.jsonl:2"), "{}", w[0]);
    assert_eq!(r.stdout.lines().count(), 2);
    assert!(r.stderr.contains("1 skipped"), "{}", r.stderr);
}

#[test]
fn missing_text_is_an_error_for_that_record() {
    let r = run_in(&nasty(), &["extract", "missing-text.jsonl"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("missing-text.jsonl:1:"), "{}", r.stderr);
    assert!(r.stderr.contains("missing field `text`"), "{}", r.stderr);
    let r = run_in(&nasty(), &["extract", "missing-text.jsonl", "--skip-bad"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout.lines().count(), 1);
}

#[test]
fn closed_stdout_pipe_is_not_an_error() {
    let d = tempfile::tempdir().unwrap();
    let mut big = String::new();
    for i in 0..3000 {
        big.push_str(&format!(
            "{{\"id\":\"a{i}\",\"text\":\"Turkey bought the S-400 from Russia, President Erdogan said.\"}}\n"
        ));
    }
    fs::write(d.path().join("big.jsonl"), big).unwrap();
    // `newsgraph extract big.jsonl | head -1`
    let mut child = bin()
        .current_dir(d.path())
        .args(["extract", "big.jsonl", "-j", "1"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // The reader is dropped here: the pipe is closed.
    assert!(first.starts_with('{'), "{first}");
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        !stderr.contains("error") && !stderr.contains("panicked"),
        "{stderr}"
    );
}

/// A folder of bad files: each is skipped with one warning naming it and the reason.
#[test]
fn bad_files_in_a_folder_are_skipped_with_warnings() {
    let d = tempfile::tempdir().unwrap();
    let c = d.path().join("corpus");
    fs::create_dir(&c).unwrap();
    fs::write(
        c.join("good.txt"),
        "Iran threatens Israel, the minister said.\n",
    )
    .unwrap();
    fs::write(c.join("nul.txt"), b"Iran\x00threatens\x00Israel\x00").unwrap();
    fs::write(
        c.join("latin1.txt"),
        b"Le pr\xe9sident a d\xe9clar\xe9 \xe0 T\xe9h\xe9ran.\n",
    )
    .unwrap();
    fs::write(c.join("empty.md"), "").unwrap();
    fs::write(c.join("big.txt"), "Iran threatens Israel. ".repeat(100)).unwrap();
    let mut expected = vec![
        ("nul.txt", "binary"),
        ("latin1.txt", "not UTF-8"),
        ("empty.md", "empty"),
        ("big.txt", "larger than the maximum article size"),
    ];
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("loop.txt", c.join("loop.txt")).unwrap();
        expected.push(("loop.txt", "unreadable"));
        use std::os::unix::fs::PermissionsExt;
        let locked = c.join("locked.txt");
        fs::write(&locked, "Iran threatens Israel.\n").unwrap();
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
        if fs::read(&locked).is_ok() {
            println!(
                "skipping the unreadable-file case: running as root, chmod 000 does not block reads"
            );
            fs::remove_file(&locked).unwrap();
        } else {
            expected.push(("locked.txt", "unreadable"));
        }
    }
    let r = run_in(
        d.path(),
        &[
            "build",
            "corpus",
            "-o",
            "out",
            "--formats",
            "json",
            "--max-article-bytes",
            "1000",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let w = warnings(&r.stderr);
    assert_eq!(w.len(), expected.len(), "{}", r.stderr);
    for (file, reason) in &expected {
        let line = w
            .iter()
            .find(|l| l.contains(file))
            .unwrap_or_else(|| panic!("no warning for {file}: {}", r.stderr));
        assert!(line.contains(reason), "{file}: {line}");
    }
    assert!(
        r.stderr.contains(&format!("{} skipped", expected.len())),
        "{}",
        r.stderr
    );
    let g: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(d.path().join("out/graph.json")).unwrap())
            .unwrap();
    assert_eq!(g["graph"]["article_count"], 1);
    // --strict: the first bad file stops the run.
    let r = run_in(
        d.path(),
        &[
            "build",
            "corpus",
            "-o",
            "out2",
            "--formats",
            "json",
            "--max-article-bytes",
            "1000",
            "--strict",
        ],
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("error:") && r.stderr.contains("big.txt"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("--strict"),
        "says what to do: {}",
        r.stderr
    );
    assert!(!d.path().join("out2/graph.json").exists());
}

#[test]
fn invalid_utf8_inside_good_text_is_lossy_with_valid_offsets() {
    let raw = fs::read(nasty().join("mixed-utf8.txt")).unwrap();
    let r = run_in(&nasty(), &["extract", "mixed-utf8.txt"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let an: newsgraph::model::Analysis = serde_json::from_str(r.stdout.trim()).unwrap();
    assert!(!an.entities.is_empty());
    assert!(
        an.entities.iter().any(|e| e.id == "country:israel"),
        "{:?}",
        an.entities
    );
    an.check_spans(&raw).unwrap();
}

fn small_graph(dir: &Path, name: &str, text: &str) -> PathBuf {
    let src = dir.join(format!("{name}.txt"));
    fs::write(&src, text).unwrap();
    let out = dir.join(name);
    let r = run_in(
        dir,
        &[
            "build",
            src.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--formats",
            "json",
            "-q",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    out.join("graph.json")
}

#[test]
fn broken_graph_files_are_clear_errors() {
    let d = tempfile::tempdir().unwrap();
    let good = small_graph(
        d.path(),
        "g",
        "Turkey bought the S-400 from Russia, President Erdogan said.\n",
    );
    let text = fs::read_to_string(&good).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["graph"]["format_version"] = 99.into();
    let wrong_version = serde_json::to_string(&v).unwrap();
    let mut v2: serde_json::Value = serde_json::from_str(&text).unwrap();
    v2["links"][0]["source"] = "person:nobody".into();
    let dangling = serde_json::to_string(&v2).unwrap();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "truncated.json",
            text.as_bytes()[..text.len() / 2].to_vec(),
            "truncated",
        ),
        (
            "corrupt.json",
            text.replacen("\"nodes\"", "\"nodes\" ]]", 1).into_bytes(),
            "not valid JSON",
        ),
        (
            "binary.json",
            vec![0, 159, 146, 150, 0xff],
            "not valid JSON",
        ),
        ("empty.json", vec![], "truncated"),
        (
            "version.json",
            wrong_version.into_bytes(),
            "format_version 99 is not supported",
        ),
        (
            "other.json",
            b"{\"nodes\": []}".to_vec(),
            "not a newsgraph graph file",
        ),
        ("dangling.json", dangling.into_bytes(), "unknown node"),
    ];
    for (name, bytes, want) in cases {
        let p = d.path().join(name);
        fs::write(&p, &bytes).unwrap();
        for args in [
            vec!["query", name, "top"],
            vec!["merge", name, "-o", "merged.json"],
            vec!["export", name, "--format", "dot"],
        ] {
            let r = run_in(d.path(), &args);
            assert_eq!(r.code, 1, "{args:?}: {}", r.stderr);
            assert!(
                r.stderr.contains(name) && r.stderr.contains(want),
                "{args:?}: {}",
                r.stderr
            );
            assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
            assert!(r.stdout.is_empty(), "{args:?}: partial output {}", r.stdout);
        }
        assert!(!d.path().join("merged.json").exists());
    }
}

/// Runs `newsgraph` through `sh` with a file-size limit, so the output file's
/// write fails midway (EFBIG) — a real failure of the real binary, no test
/// hook in the code. SIGXFSZ is ignored so the write returns an error.
fn run_with_file_limit(dir: &Path, kib: u32, args: &[&str]) -> Option<Run> {
    let script = format!("trap '' XFSZ; ulimit -f {kib} || exit 99; exec \"$0\" \"$@\"");
    let out = Command::new("sh")
        .current_dir(dir)
        .arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_newsgraph"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .ok()?;
    let code = out.status.code().unwrap_or(-1);
    if code == 99 {
        return None;
    }
    Some(Run {
        code,
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    })
}

#[test]
fn failed_writes_keep_the_previous_graph() {
    let d = tempfile::tempdir().unwrap();
    let a = small_graph(
        d.path(),
        "a",
        "Turkey bought the S-400 from Russia, President Erdogan said.\n",
    );
    let long: String = (0..300)
        .map(|i| format!("Iran threatens Israel on day {i}, the minister Ali Khamenei said. "))
        .collect();
    let b = small_graph(d.path(), "b", &long);
    let before = fs::read(&a).unwrap();
    assert!(
        fs::metadata(&b).unwrap().len() > 64 * 1024,
        "the merged graph must exceed the limit"
    );
    let (a_s, b_s) = (a.to_str().unwrap(), b.to_str().unwrap());
    // merge over an existing graph
    let Some(r) = run_with_file_limit(d.path(), 32, &["merge", a_s, b_s, "-o", a_s]) else {
        println!("skipping: `ulimit -f` is not available in sh");
        return;
    };
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("error:") && r.stderr.contains("a/graph.json"),
        "{}",
        r.stderr
    );
    assert_eq!(
        fs::read(&a).unwrap(),
        before,
        "merge destroyed the previous graph"
    );
    // build --into the same folder
    let src = d.path().join("b.txt");
    let r = run_with_file_limit(
        d.path(),
        32,
        &[
            "build",
            src.to_str().unwrap(),
            "--into",
            a_s,
            "-o",
            a.parent().unwrap().to_str().unwrap(),
            "--formats",
            "json",
        ],
    )
    .unwrap();
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(
        fs::read(&a).unwrap(),
        before,
        "build --into destroyed the previous graph"
    );
    // No temporary files are left behind.
    let left: Vec<_> = fs::read_dir(a.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        left,
        vec![std::ffi::OsString::from("graph.json")],
        "{left:?}"
    );
    // Without the limit the same merge works.
    let r = run_in(d.path(), &["merge", a_s, b_s, "-o", a_s, "-q"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(fs::read(&a).unwrap().len() > before.len());
}

fn have(tool: &str) -> bool {
    Command::new(tool)
        .arg("-V")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok()
}

#[test]
fn hostile_article_exports_are_escaped_and_parse() {
    let d = tempfile::tempdir().unwrap();
    let src = nasty().join("hostile.md");
    let r = run_in(
        d.path(),
        &[
            "build",
            src.to_str().unwrap(),
            "-o",
            "out",
            "--formats",
            "json,dot,graphml,neo4j,html",
            "-q",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = d.path().join("out");
    let json = fs::read_to_string(out.join("graph.json")).unwrap();
    // graph.json parses (the hostile strings are JSON-escaped by serde).
    let _: serde_json::Value = serde_json::from_str(&json).unwrap();
    // DOT: Graphviz parses it.
    let dot = out.join("graph.dot");
    if have("dot") {
        let o = Command::new("dot").arg("-Tsvg").arg(&dot).output().unwrap();
        assert!(
            o.status.success(),
            "dot: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    } else {
        println!("skipping the Graphviz check: `dot` is not installed");
    }
    // GraphML: well-formed XML, no raw markup from the article.
    let graphml = fs::read_to_string(out.join("graph.graphml")).unwrap();
    assert!(!graphml.contains("<script"), "unescaped markup in GraphML");
    if have("python3") {
        let o = Command::new("python3")
            .args([
                "-c",
                "import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])",
            ])
            .arg(out.join("graph.graphml"))
            .output()
            .unwrap();
        assert!(
            o.status.success(),
            "GraphML: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        // CSV: every file parses, and no cell starts a spreadsheet formula.
        let check = r#"
import csv, glob, sys
for f in glob.glob(sys.argv[1] + "/*.csv"):
    for row in csv.reader(open(f, newline="")):
        for cell in row:
            assert not cell[:1] in ("=", "+", "@", "\t", "\r") and not (cell.startswith("-") and not cell[1:2].isdigit()), (f, cell)
"#;
        let o = Command::new("python3")
            .args(["-c", check])
            .arg(out.join("neo4j"))
            .output()
            .unwrap();
        assert!(
            o.status.success(),
            "CSV: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    } else {
        println!("skipping the XML and CSV parser checks: python3 is not installed");
    }
    // HTML: the article's markup never appears as markup.
    let html = fs::read_to_string(out.join("graph.html")).unwrap();
    assert!(!html.contains("<script>alert"), "unescaped script in HTML");
    assert!(!html.contains("<b>bold</b>"), "unescaped markup in HTML");
}

/// Pathological single documents through `build`: they must finish and give a
/// valid graph. Full sizes (10 MB of quote marks, 100k nested tags, 100k
/// capitalised words, a 5 MB line without punctuation, a few seconds in all)
/// in release builds (`cargo test --release`, as CI runs it) or with
/// NEWSGRAPH_FULL_SIZE=1; a tenth of that in debug builds, which are ~10x
/// slower (the extraction is linear, so the small size says the same).
#[test]
fn pathological_inputs_finish() {
    let full = std::env::var_os("NEWSGRAPH_FULL_SIZE").is_some() || !cfg!(debug_assertions);
    let k = if full { 1 } else { 10 };
    let d = tempfile::tempdir().unwrap();
    let c = d.path().join("corpus");
    fs::create_dir(&c).unwrap();
    let mut f = fs::File::create(c.join("quotes.txt")).unwrap();
    f.write_all(&vec![b'"'; 10_000_000 / k]).unwrap();
    let n = 100_000 / k;
    fs::write(
        c.join("deep.html"),
        format!(
            "<html><body>{}Iran threatens Israel.{}</body></html>",
            "<div>".repeat(n),
            "</div>".repeat(n)
        ),
    )
    .unwrap();
    let caps: Vec<String> = (0..n).map(|i| format!("Word{}", i % 977)).collect();
    fs::write(c.join("caps.txt"), caps.join(" ") + ".\n").unwrap();
    let words = [
        "iran",
        "threatens",
        "Israel",
        "the",
        "President",
        "said",
        "Russia",
        "sells",
        "missiles",
        "to",
        "Turkey",
        "parliament",
    ];
    let mut line = String::new();
    let mut i = 0;
    while line.len() < 5_000_000 / k {
        line.push_str(words[i % words.len()]);
        line.push(' ');
        i += 7;
    }
    fs::write(c.join("nopunct.txt"), line).unwrap();
    let r = run_in(
        d.path(),
        &["build", "corpus", "-o", "out", "--formats", "json,dot"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(warnings(&r.stderr).is_empty(), "{}", r.stderr);
    let g: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(d.path().join("out/graph.json")).unwrap())
            .unwrap();
    assert_eq!(g["graph"]["article_count"], 4);
}

/// The committed nasty corpus, end to end through `build`.
#[test]
fn nasty_corpus_builds() {
    let d = tempfile::tempdir().unwrap();
    let n = nasty();
    let r = run_in(
        d.path(),
        &[
            "build",
            n.to_str().unwrap(),
            "-o",
            "out",
            "--skip-bad",
            "--formats",
            "json,dot,graphml,neo4j,html",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    let expected = [
        ("binary.txt", "binary"),
        ("latin1.txt", "not UTF-8"),
        ("empty.md", "empty"),
        ("whitespace.txt", "empty"),
        ("truncated.jsonl:2", "not a JSON record"),
        ("missing-text.jsonl:1", "missing field `text`"),
    ];
    let w = warnings(&r.stderr);
    for (file, reason) in expected {
        assert!(
            w.iter().any(|l| l.contains(file) && l.contains(reason)),
            "{file}: {}",
            r.stderr
        );
    }
    let g: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(d.path().join("out/graph.json")).unwrap())
            .unwrap();
    let articles = g["graph"]["article_count"].as_u64().unwrap() as usize;
    assert!(articles >= 8, "{articles}");
    // Every article's evidence spans are valid for its file.
    let r = run_in(
        d.path(),
        &["extract", n.to_str().unwrap(), "--skip-bad", "-q"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    for line in r.stdout.lines() {
        let an: newsgraph::model::Analysis = serde_json::from_str(line).unwrap();
        if an.article.id.contains(".jsonl") || an.article.id.starts_with("ok") {
            continue;
        }
        let raw = fs::read(n.join(&an.article.id)).unwrap();
        an.check_spans(&raw)
            .unwrap_or_else(|e| panic!("{}: {e}", an.article.id));
    }
    // --strict: the bad files are errors.
    let r = run_in(
        d.path(),
        &["build", n.to_str().unwrap(), "-o", "strict", "--strict"],
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    // The binary.bin file given by name is sniffed and skipped, never read as text.
    let r = run_in(&n, &["extract", "binary.bin"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("binary"), "{}", r.stderr);
    assert!(r.stdout.is_empty());
}

/// Arbitrary bytes through every reader and the extractor: no panic, and
/// every span is a valid range of the raw bytes with its lossy text.
mod properties {
    use newsgraph::article::{InputFormat, ReadOptions, parse_document};
    use newsgraph::pipeline::Pipeline;
    use proptest::prelude::*;
    use std::sync::OnceLock;

    fn pipeline() -> &'static Pipeline {
        static P: OnceLock<Pipeline> = OnceLock::new();
        P.get_or_init(|| Pipeline::builtin().unwrap())
    }

    fn newsy() -> impl Strategy<Value = Vec<u8>> {
        let pieces = prop::sample::select(vec![
            "Iran",
            " threatens ",
            "Israel",
            ". ",
            "\u{201c}",
            "\u{201d}",
            "\"",
            " said ",
            "President ",
            "Donald Trump",
            "<p>",
            "</p>",
            "&amp;",
            "# ",
            "\n\n",
            "[x](",
            ")",
            "\u{ab}",
            "\u{bb}",
            "\u{201e}",
            "S-400",
            " on Tuesday",
            "{\"text\":\"",
            "\u{1F600}",
            "\u{e9}",
            "\\",
        ]);
        (
            prop::collection::vec(pieces, 0..40),
            prop::collection::vec(any::<u8>(), 0..8),
        )
            .prop_map(|(p, noise)| {
                let mut b = p.concat().into_bytes();
                let at = b.len() / 2;
                b.splice(at..at, noise);
                b
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn readers_and_extractor_keep_spans_valid(bytes in prop_oneof![newsy(), prop::collection::vec(any::<u8>(), 0..200)]) {
            for f in [InputFormat::Text, InputFormat::Markdown, InputFormat::Html, InputFormat::JsonLines] {
                if let Ok(a) = parse_document("p", None, &bytes, f, &ReadOptions::default()) {
                    prop_assert_eq!(a.text.len(), a.raw.len());
                    let an = pipeline().analyze(&a);
                    if let Err(e) = an.check_spans(&a.raw) {
                        return Err(TestCaseError::fail(format!("{f:?}: {e}")));
                    }
                }
            }
        }
    }

    /// Regression (found by the nasty corpus): an empty pair of curly quotes
    /// made a span start inside the 3-byte opening mark and panicked.
    #[test]
    fn empty_curly_quotes() {
        let a = newsgraph::article::Article::from_text(
            "q",
            "\u{201c}\u{201d} Iran \u{ab}\u{bb} said \u{201e}\u{201d}. \u{201d} said  threatens Iran\u{ab}\u{e}IranS-400 said  on Tuesday",
        );
        let an = pipeline().analyze(&a);
        an.check_spans(&a.raw).unwrap();
    }
}
