//! Shared checks for the fuzz targets: every reader and the extractor must
//! not panic, and every span they report must be a valid range of the raw
//! bytes whose lossy decoding is the evidence text.

use std::io::Write;
use std::sync::OnceLock;

use newsgraph::article::{
    Article, Input, InputFormat, ReadOptions, parse_document, read_inputs,
};
use newsgraph::model::Analysis;
use newsgraph::pipeline::Pipeline;

/// The built-in pipeline, compiled once per process.
pub fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::builtin().expect("built-in lexicons load"))
}

/// The article invariant: analysis text as long as the raw bytes, spans inside.
pub fn check_article(a: &Article) {
    assert_eq!(a.text.len(), a.raw.len(), "text and raw lengths differ");
    for s in [a.title_span, a.author_span, a.source_span].into_iter().flatten() {
        assert!(s.start <= s.end && s.end <= a.raw.len(), "meta span {s:?}");
    }
}

/// Every span of an analysis is valid for `raw` and its text is the lossy slice.
pub fn check_analysis(raw: &[u8], an: &Analysis) {
    if let Err(e) = an.check_spans(raw) {
        panic!("bad span: {e}");
    }
    serde_json::to_string(an).expect("analysis serialises");
}

/// Parses `data` as one document of `format` and, when it parses, analyses it.
pub fn document(data: &[u8], format: InputFormat, analyze: bool) {
    let opts = ReadOptions::default();
    if let Ok(a) = parse_document("fuzz", Some("fuzz"), data, format, &opts) {
        check_article(&a);
        if analyze {
            let an = pipeline().analyze(&a);
            check_analysis(&a.raw, &an);
        }
    }
}

/// Reads `data` as a JSON Lines file from disk through `read_inputs`.
pub fn jsonl_file(data: &[u8], analyze: bool) {
    let dir = std::env::temp_dir().join(format!("newsgraph-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("input.jsonl");
    std::fs::File::create(&path)
        .and_then(|mut f| f.write_all(data))
        .expect("write temp file");
    for skip_bad in [false, true] {
        let opts = ReadOptions {
            skip_bad,
            ..ReadOptions::default()
        };
        for item in read_inputs(std::slice::from_ref(&path), &opts) {
            match item {
                Ok(Input::Article(a)) => {
                    check_article(&a);
                    if analyze {
                        check_analysis(&a.raw, &pipeline().analyze(&a));
                    }
                }
                Ok(Input::Analysis(an)) => {
                    serde_json::to_string(&an).expect("analysis serialises");
                }
                Ok(Input::Skipped(s)) => assert!(!s.reason.is_empty()),
                // Only `Inputs::deferred` hands out records to parse later.
                Ok(Input::Record(_)) => panic!("read_inputs gave an unparsed record"),
                Err(e) => assert!(!e.to_string().is_empty()),
            }
        }
    }
}

/// Loads `data` as a graph file; a loaded graph must serialise and load again.
pub fn graph(data: &[u8]) {
    let origin = std::path::Path::new("fuzz.json");
    if let Ok(g) = newsgraph::graph::read_graph(data, origin) {
        let mut out = Vec::new();
        newsgraph::graph::write_graph_json(&g, &mut out).expect("graph serialises");
        newsgraph::graph::read_graph(out.as_slice(), origin).expect("written graph loads");
    }
}
