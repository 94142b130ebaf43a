//! Tests of the ingestion module as a whole: the seed article, folders,
//! bad files, and the length/boundary invariant under arbitrary input.

use std::path::PathBuf;

use proptest::prelude::*;

use super::*;

const SEED: &str = include_str!("../../data/articles/seed-article.md");

fn seed() -> Article {
    parse_document(
        "seed-article.md",
        Some("data/articles/seed-article.md"),
        SEED.as_bytes(),
        InputFormat::Markdown,
        &ReadOptions::default(),
    )
    .unwrap()
}

/// The core invariant: equal lengths, and char boundaries of `text` are
/// char boundaries of `raw` (when `raw` is UTF-8).
fn check_invariant(a: &Article) {
    assert_eq!(a.text.len(), a.raw.len());
    if let Ok(raw) = std::str::from_utf8(&a.raw) {
        for (i, _) in a.text.char_indices() {
            assert!(raw.is_char_boundary(i), "boundary {i}");
        }
    }
    for span in [a.title_span, a.author_span, a.source_span]
        .into_iter()
        .flatten()
    {
        assert!(span.end <= a.raw.len());
    }
}

#[test]
fn seed_metadata() {
    let a = seed();
    check_invariant(&a);
    assert_eq!(
        a.meta.title.as_deref(),
        Some(
            "Will Baghdad Defy Washington? Iraqi Parliament Contemplates Buying Russia's S-400 Missile Defense System"
        )
    );
    let ts = a.title_span.unwrap();
    assert!(a.slice(ts).starts_with("Will Baghdad Defy Washington?"));
    assert!(a.text[ts.start..ts.end].starts_with("Will Baghdad"));

    assert_eq!(a.meta.author.as_deref(), Some("Paul Antonopoulos"));
    let asp = a.author_span.unwrap();
    assert_eq!(a.slice(asp), "Paul Antonopoulos");
    assert_eq!(asp.start, SEED.find("By [Paul").unwrap() + 4);

    assert_eq!(a.meta.source.as_deref(), Some("Global Research"));
    let ssp = a.source_span.unwrap();
    assert_eq!(a.slice(ssp), "Global Research");
    assert_eq!(ssp.start, SEED.find("Global Research, January").unwrap());

    assert_eq!(a.meta.published, NaiveDate::from_ymd_opt(2020, 1, 16));
    assert_eq!(a.meta.id, "seed-article.md");
}

#[test]
fn seed_body_and_boilerplate() {
    let a = seed();
    let t = &a.text;
    // Body kept at the same offsets.
    let k = SEED.find("Karim Elaiwi").unwrap();
    assert_eq!(&t[k..k + "Karim Elaiwi".len()], "Karim Elaiwi");
    for keep in [
        "Will Baghdad Defy Washington?",
        "We authorized the prime minister",
        "General Qassem Soleimani",
        "$250 million",
        "InfoBrics",
        "Research Fellow",
        "Will Iraq boldly defy the U.S.?",
        "said last week",
    ] {
        assert!(t.contains(keep), "lost {keep:?}");
    }
    for gone in [
        "Disclaimer",
        "Region:",
        "Theme:",
        "In-depth Report",
        "Facebook",
        "publications@globalresearch.ca",
        "Note to readers",
        "original source",
        "Copyright",
        "Become a Member",
        "Articles by",
        "media inquiries",
        "copyrighted material",
        "January 16, 2020",
        "By ",
        "](",
        "**",
        "\\",
        "#",
    ] {
        assert!(!t.contains(gone), "kept {gone:?}");
    }
    // The `\*` separator is gone, the pull quote (twice) stays.
    assert_eq!(t.matches("We authorized the prime minister").count(), 2);
    assert!(!t.lines().any(|l| l.trim() == "*"));
    // Line structure is kept.
    assert_eq!(t.matches('\n').count(), SEED.matches('\n').count());
}

#[test]
fn link_targets_blanked() {
    let md = "See [the report](https://example.com/a_b) and ![chart](c.png \"t\").\n";
    let a = parse_document(
        "x",
        None,
        md.as_bytes(),
        InputFormat::Markdown,
        &ReadOptions::default(),
    )
    .unwrap();
    check_invariant(&a);
    assert!(a.text.contains("the report"));
    assert!(a.text.contains("chart"));
    assert!(!a.text.contains("example") && !a.text.contains("png"));
}

#[test]
fn html_document() {
    let html = "<!DOCTYPE html><html><head><title>Ignored | Site</title>\
        <meta name=\"author\" content=\"Jane Doe\"><script>alert('x')</script></head>\
        <body><h1>Iraq &amp; Russia talk</h1><p>By Jane Doe</p><p>Reuters, 16 January 2020</p>\
        <p>Baghdad said &ldquo;no&rdquo; on Thursday.</p>\
        <p>Share this article</p><script>var s = '</p>';</script></body></html>";
    let a = parse_document(
        "h",
        None,
        html.as_bytes(),
        InputFormat::Html,
        &ReadOptions::default(),
    )
    .unwrap();
    check_invariant(&a);
    assert_eq!(a.meta.title.as_deref(), Some("Iraq & Russia talk"));
    assert_eq!(a.meta.author.as_deref(), Some("Jane Doe"));
    assert_eq!(a.slice(a.author_span.unwrap()), "Jane Doe");
    assert_eq!(a.meta.source.as_deref(), Some("Reuters"));
    assert_eq!(a.meta.published, NaiveDate::from_ymd_opt(2020, 1, 16));
    assert!(a.text.contains("Baghdad said \u{201C}"));
    for gone in ["alert", "var s", "Share this", "Ignored", "<", "Reuters"] {
        assert!(!a.text.contains(gone), "kept {gone:?}");
    }
}

#[test]
fn invalid_utf8_in_the_middle() {
    let mut raw = b"Iraq buys \xff\xfe the S-400 \xe2\x82 missile.".to_vec();
    raw.extend_from_slice("\nCaf\u{e9}.".as_bytes());
    for format in [InputFormat::Text, InputFormat::Markdown, InputFormat::Html] {
        let a = parse_document("x", None, &raw, format, &ReadOptions::default()).unwrap();
        check_invariant(&a);
        let s = a.text.find("S-400").unwrap();
        assert_eq!(&a.raw[s..s + 5], b"S-400");
        assert_eq!(a.slice(Span::new(s, s + 5)), "S-400");
        assert!(a.text.contains("buys    the"));
    }
}

#[test]
fn options_override_everything() {
    let opts = ReadOptions {
        published: NaiveDate::from_ymd_opt(2021, 5, 1),
        source: Some("Override".into()),
        ..ReadOptions::default()
    };
    let a = parse_document("s", None, SEED.as_bytes(), InputFormat::Markdown, &opts).unwrap();
    assert_eq!(a.meta.published, NaiveDate::from_ymd_opt(2021, 5, 1));
    assert_eq!(a.meta.source.as_deref(), Some("Override"));
    assert_eq!(a.source_span, None);
    let same = ReadOptions {
        source: Some("Global Research".into()),
        ..ReadOptions::default()
    };
    let a = parse_document("s", None, SEED.as_bytes(), InputFormat::Markdown, &same).unwrap();
    assert!(a.source_span.is_some());
}

#[test]
fn jsonl_fields_win_over_detected() {
    let line = r#"{"id":"j","title":"Given","author":"Given Author","text":"Detected Headline Here\n\nBy John Smith\nAP, 2020-01-16\n\nBody.","published":"2019-12-31"}"#;
    let a = parse_document(
        "x",
        Some("c.jsonl"),
        line.as_bytes(),
        InputFormat::JsonLines,
        &ReadOptions::default(),
    )
    .unwrap();
    check_invariant(&a);
    assert_eq!(a.meta.title.as_deref(), Some("Given"));
    assert_eq!(a.title_span, None);
    assert_eq!(a.meta.author.as_deref(), Some("Given Author"));
    assert_eq!(a.author_span, None);
    assert_eq!(a.meta.source.as_deref(), Some("AP"));
    assert_eq!(a.meta.published, NaiveDate::from_ymd_opt(2019, 12, 31));
    assert!(!a.text.contains("John Smith"));
    let err = parse_document(
        "x",
        Some("c.jsonl"),
        b"{\"id\":1}",
        InputFormat::JsonLines,
        &ReadOptions::default(),
    )
    .unwrap_err();
    assert!(matches!(err, Error::Syntax { line: 1, .. }));
}

#[test]
fn format_names_and_extensions() {
    let cases = [
        ("txt", Some(InputFormat::Text)),
        ("md", Some(InputFormat::Markdown)),
        ("markdown", Some(InputFormat::Markdown)),
        ("HTML", Some(InputFormat::Html)),
        ("htm", Some(InputFormat::Html)),
        ("jsonl", Some(InputFormat::JsonLines)),
        ("ndjson", Some(InputFormat::JsonLines)),
        ("json", Some(InputFormat::JsonLines)),
        ("pdf", None),
    ];
    for (ext, want) in cases {
        assert_eq!(InputFormat::from_extension(ext), want, "{ext}");
    }
    assert_eq!(InputFormat::Html.name(), "html");
    let sniff = [
        ("  {\"text\":1}", InputFormat::JsonLines),
        ("<html><body>x</body></html>", InputFormat::Html),
        ("<p>a</p><p>b</p>", InputFormat::Html),
        (SEED, InputFormat::Markdown),
        ("see [x](y)", InputFormat::Markdown),
        ("Plain words, 1 < 2.", InputFormat::Text),
        // Wire copy's bracketed tickers and unlisted companies are no tags.
        (
            "Acme Corp <ACME> said it sold <Widget Research Ltd> to <Gizmo Holdings NV>, \
             and <DD> and <B> shares rose; <ACM.N> fell.",
            InputFormat::Text,
        ),
        (
            "<P>One.\n<P>Two.\n<A HREF=\"x\">x</A>\n<P>Three.<BR>",
            InputFormat::Html,
        ),
        ("<p>one<br>two<br/>three<a href=x>y<b>z", InputFormat::Html),
        ("", InputFormat::Text),
    ];
    for (s, want) in sniff {
        assert_eq!(InputFormat::sniff(s.as_bytes()), want, "{s:.30}");
    }
}

// ---- files and folders ----

fn collect(paths: &[PathBuf], opts: &ReadOptions) -> Vec<Result<Input>> {
    read_inputs(paths, opts).collect()
}

fn summary(items: &[Result<Input>]) -> Vec<String> {
    items
        .iter()
        .map(|r| match r {
            Ok(Input::Article(a)) => format!("article {}", a.meta.id),
            Ok(Input::Analysis(a)) => format!("analysis {}", a.article.id),
            Ok(Input::Skipped(s)) => format!("skip {}", s.path.rsplit('/').next().unwrap()),
            Ok(Input::Record(_)) => "record".to_string(),
            Err(e) => format!("error {e}"),
        })
        .collect()
}

fn write(dir: &std::path::Path, rel: &str, bytes: &[u8]) {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, bytes).unwrap();
}

#[test]
fn folder_walk_order_ids_and_skips() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    write(d, "b.txt", b"Second file.");
    write(d, "a.md", b"# A\n\nFirst.");
    write(d, "sub/c.html", b"<p>Third.</p>");
    write(d, "sub/deeper/d.txt", b"Fourth.");
    write(
        d,
        "z.jsonl",
        b"{\"id\":\"r1\",\"text\":\"Rec one.\"}\n\n{\"text\":\"Rec two.\"}\n",
    );
    write(d, ".hidden.md", b"hidden");
    write(d, ".git/x.md", b"hidden");
    write(d, "notes.pdf", b"ignored");
    write(d, "bin.txt", b"abc\0def");
    write(d, "empty.md", b"");
    write(d, "latin1.txt", b"caf\xe9 caf\xe9 caf\xe9");
    write(d, "big.txt", &vec![b'a'; 2000]);
    write(
        d,
        "few_bad.txt",
        &[b"x".repeat(300), b"\xff".to_vec()].concat(),
    );
    let opts = ReadOptions {
        max_article_bytes: 1000,
        ..ReadOptions::default()
    };
    let items = collect(&[d.to_path_buf()], &opts);
    assert_eq!(
        summary(&items),
        vec![
            "article a.md",
            "article b.txt",
            "skip big.txt",
            "skip bin.txt",
            "skip empty.md",
            "article few_bad.txt",
            "skip latin1.txt",
            "article sub/c.html",
            "article sub/deeper/d.txt",
            "article r1",
            "article z.jsonl:3",
        ]
    );
    for item in &items {
        match item.as_ref().unwrap() {
            Input::Article(a) => {
                check_invariant(a);
                assert!(
                    a.meta
                        .path
                        .as_deref()
                        .unwrap()
                        .starts_with(d.to_str().unwrap())
                );
            }
            Input::Skipped(s) => assert!(s.line.is_none() && !s.reason.is_empty()),
            Input::Analysis(_) | Input::Record(_) => unreachable!(),
        }
    }
    let reasons: Vec<String> = items
        .iter()
        .filter_map(|r| match r {
            Ok(Input::Skipped(s)) => Some(s.reason.clone()),
            _ => None,
        })
        .collect();
    assert!(reasons[0].contains("larger"));
    assert!(reasons[1].contains("NUL"));
    assert!(reasons[2].contains("empty"));
    assert!(reasons[3].contains("not UTF-8"));

    // strict turns the first skip into an error and stops.
    let strict = ReadOptions {
        strict: true,
        ..opts.clone()
    };
    let items = collect(&[d.to_path_buf()], &strict);
    assert_eq!(items.len(), 3);
    assert!(matches!(&items[2], Err(Error::Rejected { reason, .. }) if reason.contains("larger")));
}

#[test]
fn explicit_files_and_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    write(d, "seed-article.md", SEED.as_bytes());
    write(d, "page.data", b"<!doctype html><p>Sniffed.</p>");
    write(d, "empty.txt", b"");
    let opts = ReadOptions::default();
    let items = collect(
        &[
            d.join("seed-article.md"),
            d.join("page.data"),
            d.join("empty.txt"),
        ],
        &opts,
    );
    assert_eq!(
        summary(&items),
        vec![
            "article seed-article.md",
            "article page.data",
            "skip empty.txt"
        ]
    );
    match &items[1] {
        Ok(Input::Article(a)) => {
            assert_eq!(a.format, InputFormat::Html);
            assert!(a.text.contains("Sniffed."));
        }
        _ => unreachable!(),
    }
    // format override
    let forced = ReadOptions {
        format: Some(InputFormat::Text),
        ..ReadOptions::default()
    };
    match &collect(&[d.join("page.data")], &forced)[0] {
        Ok(Input::Article(a)) => assert_eq!(a.text, "<!doctype html><p>Sniffed.</p>"),
        other => panic!("{other:?}"),
    }
    // a missing explicit file is an I/O error
    let items = collect(&[d.join("missing.md"), d.join("seed-article.md")], &opts);
    assert_eq!(items.len(), 1);
    assert!(matches!(&items[0], Err(Error::Io { .. })));
}

#[test]
fn jsonl_file_errors_name_the_line() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("c.ndjson");
    std::fs::write(&p, "{\"text\":\"a\"}\n{\"text\":\n{\"text\":\"c\"}\n").unwrap();
    let items = collect(std::slice::from_ref(&p), &ReadOptions::default());
    assert_eq!(items.len(), 2);
    match &items[1] {
        Err(e @ Error::Syntax { line: 2, .. }) => assert!(e.to_string().contains("c.ndjson:2:")),
        other => panic!("{other:?}"),
    }
    let skip = ReadOptions {
        skip_bad: true,
        ..ReadOptions::default()
    };
    let items = collect(&[p], &skip);
    assert_eq!(
        summary(&items),
        vec!["article c.ndjson:1", "skip c.ndjson", "article c.ndjson:3"]
    );
}

/// Deferred records, once parsed, are what the eager reader gives, errors included.
#[test]
fn deferred_records_parse_to_the_eager_items() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("c.jsonl");
    std::fs::write(
        &p,
        "{\"text\":\"a\",\"id\":7}\n\n{\"text\":\n{\"text\":\"  \"}\n{\"text\":\"c\",\"published\":\"2020-01-16\"}\n",
    )
    .unwrap();
    for opts in [
        ReadOptions::default(),
        ReadOptions {
            skip_bad: true,
            ..ReadOptions::default()
        },
        ReadOptions {
            skip_bad: true,
            strict: true,
            ..ReadOptions::default()
        },
    ] {
        let eager = collect(std::slice::from_ref(&p), &opts);
        let mut deferred = Vec::new();
        for item in read_inputs(std::slice::from_ref(&p), &opts).deferred() {
            match item {
                Ok(Input::Record(r)) => {
                    let parsed = r.parse();
                    let failed = parsed.is_err();
                    deferred.push(parsed);
                    if failed {
                        break;
                    }
                }
                other => deferred.push(other),
            }
        }
        assert_eq!(summary(&eager), summary(&deferred), "{opts:?}");
        for (e, d) in eager.iter().zip(&deferred) {
            if let (Ok(Input::Article(e)), Ok(Input::Article(d))) = (e, d) {
                assert_eq!(e.meta, d.meta);
                assert_eq!(e.text, d.text);
            }
            if let (Ok(Input::Skipped(e)), Ok(Input::Skipped(d))) = (e, d) {
                assert_eq!(e, d);
            }
        }
    }
}

#[cfg(unix)]
#[test]
fn symlink_loop_terminates() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    write(d, "a/x.txt", b"Text.");
    std::os::unix::fs::symlink(d, d.join("a/loop")).unwrap();
    std::os::unix::fs::symlink(d.join("a"), d.join("a/self")).unwrap();
    let items = collect(&[d.to_path_buf()], &ReadOptions::default());
    assert_eq!(summary(&items), vec!["article a/x.txt"]);
}

// ---- invariant under arbitrary input ----

fn markupish() -> impl Strategy<Value = String> {
    let atoms = prop::sample::select(vec![
        "<",
        ">",
        "</",
        "<p>",
        "</p>",
        "<br/>",
        "<script>",
        "</script>",
        "<!--",
        "-->",
        "<a href=\"",
        "\"",
        "'",
        "&",
        "&amp;",
        "&#x1F600;",
        "&#",
        ";",
        "[",
        "]",
        "(",
        ")",
        "](",
        "*",
        "**",
        "_",
        "`",
        "```",
        "\\",
        "#",
        "# ",
        "\n",
        "\r\n",
        " ",
        "> ",
        "- ",
        "---",
        "é",
        "😀",
        "—",
        "By John Smith\n",
        "Reuters, January 16, 2020\n",
        "Region: x\n",
        "Disclaimer: y\n",
        "word",
        "Iraq",
        "<head>",
        "<title>",
        "<h1>",
        "</h1>",
        "<meta name=\"author\" content=\"A B\">",
        "|",
        "{",
        "}",
        "\"text\":",
        "©",
    ]);
    prop::collection::vec(
        prop_oneof![atoms.prop_map(str::to_string), any::<String>()],
        0..40,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn every_reader_keeps_the_invariant(s in markupish()) {
        for format in [InputFormat::Text, InputFormat::Markdown, InputFormat::Html] {
            let a = parse_document("p", None, s.as_bytes(), format, &ReadOptions::default()).unwrap();
            check_invariant(&a);
        }
        let _ = parse_document("p", None, s.as_bytes(), InputFormat::JsonLines, &ReadOptions::default());
        let _ = InputFormat::sniff(s.as_bytes());
    }

    #[test]
    fn arbitrary_strings_keep_the_invariant(s in any::<String>()) {
        for format in [InputFormat::Text, InputFormat::Markdown, InputFormat::Html] {
            let a = parse_document("p", None, s.as_bytes(), format, &ReadOptions::default()).unwrap();
            check_invariant(&a);
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(b in prop::collection::vec(any::<u8>(), 0..300)) {
        for format in [InputFormat::Text, InputFormat::Markdown, InputFormat::Html] {
            let a = parse_document("p", None, &b, format, &ReadOptions::default()).unwrap();
            prop_assert_eq!(a.text.len(), b.len());
        }
        let _ = parse_document("p", None, &b, InputFormat::JsonLines, &ReadOptions::default());
    }

    #[test]
    fn jsonl_text_values_keep_the_invariant(s in markupish()) {
        let line = serde_json::json!({"id": "j", "text": s}).to_string();
        match parse_document("j", None, line.as_bytes(), InputFormat::JsonLines, &ReadOptions::default()) {
            Ok(a) => {
                prop_assert_eq!(a.raw.as_slice(), s.as_bytes());
                check_invariant(&a);
            }
            Err(Error::Rejected { .. }) => prop_assert!(s.trim().is_empty()),
            Err(e) => prop_assert!(false, "{}", e),
        }
    }
}
