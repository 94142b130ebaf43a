//! Per-stage benchmarks on embedded sample articles (no shared data needed).
//!
//! `cargo bench --bench pipeline` (or `-- --quick` for a short run).

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use newsgraph::article::{Article, InputFormat, ReadOptions, parse_document};
use newsgraph::graph::{GraphStore, KnowledgeGraph, read_graph, write_graph_json};
use newsgraph::pipeline::Pipeline;
use newsgraph::text::{split_sentences, tokenize};

/// The sample article shipped in the repository.
const SEED: &str = include_str!("../data/articles/seed-article.md");

/// A synthetic wire story in the style of a newswire corpus.
const WIRE: &str = "WASHINGTON, March 3 - The United States and Japan agreed on \
Tuesday to hold talks on semiconductor trade, Treasury Secretary James Baker said.\n    \
\"We will meet in Tokyo next week,\" Baker told reporters. Japanese officials said the \
Ministry of International Trade and Industry would send a delegation.\n    \
Earlier, President Ronald Reagan accused Tokyo of breaking a 1986 pact and threatened \
sanctions against Japanese electronics makers. The European Community also criticised \
Japan, an EC spokesman in Brussels said on Monday.\n    \
Iran attacked a Kuwaiti tanker in the Gulf, shipping sources in Bahrain said. Iraq \
bought Soviet MiG-29 fighters from the Soviet Union, according to diplomats in Baghdad.";

fn articles() -> Vec<Article> {
    let seed = parse_document(
        "seed",
        Some("data/articles/seed-article.md"),
        SEED.as_bytes(),
        InputFormat::Markdown,
        &ReadOptions::default(),
    )
    .expect("the sample article parses");
    vec![seed, Article::from_text("wire", WIRE)]
}

fn bench(c: &mut Criterion) {
    let p = Pipeline::builtin().expect("built-in lexicons load");
    let arts = articles();
    let bytes: u64 = arts.iter().map(|a| a.text.len() as u64).sum();

    let mut g = c.benchmark_group("stage");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("tokenize+sentences", |b| {
        b.iter(|| {
            for a in &arts {
                black_box(tokenize(&a.text));
                black_box(split_sentences(&a.text));
            }
        })
    });
    let prepared: Vec<_> = arts
        .iter()
        .map(|a| {
            (
                tokenize(&a.text),
                split_sentences(&a.text),
                p.recognizer
                    .find_titles(&a.text, &newsgraph::ner::word_starts(&a.text)),
                newsgraph::ner::word_starts(&a.text),
            )
        })
        .collect();
    g.bench_function("ner-recognize", |b| {
        b.iter(|| {
            for (a, (t, s, ti, ws)) in arts.iter().zip(&prepared) {
                black_box(p.recognizer.recognize(&a.text, t, s, ti, ws));
            }
        })
    });
    g.bench_function("analyze", |b| {
        b.iter(|| {
            for a in &arts {
                black_box(p.analyze(a));
            }
        })
    });
    g.finish();

    // Graph stages over 200 analyses (the samples under distinct ids).
    let analyses: Vec<_> = (0..100)
        .flat_map(|i| {
            arts.iter().map(move |a| {
                let mut a = a.clone();
                a.meta.id = format!("{}-{i}", a.meta.id);
                a
            })
        })
        .map(|a| p.analyze(&a))
        .collect();
    let mut g = c.benchmark_group("graph");
    g.throughput(Throughput::Elements(analyses.len() as u64));
    g.bench_function("store+build", |b| {
        b.iter(|| {
            let mut store = GraphStore::new();
            for a in &analyses {
                store.add_analysis(a);
            }
            black_box(KnowledgeGraph::from_store(store))
        })
    });
    let mut store = GraphStore::new();
    for a in &analyses {
        store.add_analysis(a);
    }
    let graph = KnowledgeGraph::from_store(store);
    let mut json = Vec::new();
    write_graph_json(&graph, &mut json).expect("writes");
    g.bench_function("json-write", |b| {
        b.iter(|| {
            let mut out = Vec::with_capacity(json.len());
            write_graph_json(&graph, &mut out).expect("writes");
            black_box(out)
        })
    });
    g.bench_function("json-read", |b| {
        b.iter(|| {
            black_box(read_graph(json.as_slice(), std::path::Path::new("bench")).expect("reads"))
        })
    });
    g.finish();

    c.bench_function("startup/pipeline-builtin", |b| {
        b.iter(|| black_box(Pipeline::builtin().expect("loads")))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
