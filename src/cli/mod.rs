//! Subcommand implementations: validate arguments, call the library, print.

pub mod args;

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result, bail};
use newsgraph::article::{InputFormat, ReadOptions, read_inputs};
use newsgraph::graph::{
    ArticleFacts, FactCollector, GraphStore, KnowledgeGraph, load_graph, load_store,
    write_graph_json,
};
use newsgraph::lexicon::Lexicon;
use newsgraph::pipeline::{Pipeline, RunStats, run_map};

use args::{Cli, Command, InputOpts};

/// Entities drawn in `build`'s diagrams when `--max-nodes` is not given.
const DIAGRAM_NODES: usize = 80;

/// Articles analysed per parallel batch.
const BATCH: usize = 512;

/// Runs one command.
pub fn run(cli: Cli) -> Result<()> {
    if let Some(n) = cli.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .context("setting up worker threads")?;
    }
    match cli.command {
        Command::Extract(a) => extract(a, cli.quiet),
        Command::Build(a) => build(a, cli.quiet),
        Command::Merge(a) => merge(a, cli.quiet),
        Command::Export(a) => export(a),
        Command::Query(a) => query(a),
    }
}

fn pipeline(opts: &InputOpts) -> Result<Pipeline> {
    let mut lex = Lexicon::builtin().context("loading the built-in lexicons")?;
    for f in &opts.lexicons {
        lex.load_file(f)
            .with_context(|| format!("loading lexicon {}", f.display()))?;
    }
    let pipeline = Pipeline::new(&lex);
    // Freeing the lexicon's many small strings would take a few milliseconds before the
    // first article (on another thread, more): the process is short-lived, so it keeps them.
    std::mem::forget(lex);
    Ok(pipeline)
}

fn read_options(opts: &InputOpts) -> Result<ReadOptions> {
    let format = match &opts.input_format {
        None => None,
        Some(f) => Some(InputFormat::from_name(f).with_context(|| {
            format!("unknown --input-format `{f}`: use text, markdown, html or jsonl")
        })?),
    };
    Ok(ReadOptions {
        format,
        max_article_bytes: opts.max_article_bytes,
        strict: opts.strict,
        skip_bad: opts.skip_bad,
        published: opts.published,
        source: opts.source.clone(),
    })
}

/// A progress line on stderr, only when stderr is a terminal.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    start: Instant,
    quiet: bool,
}

impl Progress {
    fn new(quiet: bool) -> Progress {
        let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
            let b = indicatif::ProgressBar::new_spinner();
            b.set_style(
                indicatif::ProgressStyle::with_template("{spinner} {elapsed} {msg}")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
            );
            b.enable_steady_tick(std::time::Duration::from_millis(200));
            b
        });
        Progress {
            bar,
            start: Instant::now(),
            quiet,
        }
    }
    fn update(&self, s: &RunStats) {
        if let Some(b) = &self.bar {
            let secs = self.start.elapsed().as_secs_f64().max(1e-3);
            b.set_message(format!(
                "{} articles, {:.1} MB, {:.1} MB/s, {} skipped",
                s.articles + s.analyses,
                s.bytes as f64 / 1e6,
                s.bytes as f64 / 1e6 / secs,
                s.skipped
            ));
        }
    }
    fn warn(&self, msg: &str) {
        if let Some(b) = &self.bar {
            b.suspend(|| eprintln!("newsgraph: warning: {msg}"));
        } else {
            eprintln!("newsgraph: warning: {msg}");
        }
    }
    fn finish(&self, s: &RunStats, extra: &str) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
        if !self.quiet {
            let secs = self.start.elapsed().as_secs_f64().max(1e-3);
            eprintln!(
                "newsgraph: {} articles ({:.2} MB) in {:.2} s ({:.1} MB/s, {:.0} articles/s){}{}",
                s.articles + s.analyses,
                s.bytes as f64 / 1e6,
                secs,
                s.bytes as f64 / 1e6 / secs,
                (s.articles + s.analyses) as f64 / secs,
                if s.skipped > 0 {
                    format!(", {} skipped", s.skipped)
                } else {
                    String::new()
                },
                extra
            );
        }
    }
}

fn skip_message(s: &newsgraph::article::Skipped) -> String {
    match s.line {
        Some(l) => format!("skipped {}:{l}: {}", s.path, s.reason),
        None => format!("skipped {}: {}", s.path, s.reason),
    }
}

fn extract(a: args::ExtractArgs, quiet: bool) -> Result<()> {
    let p = pipeline(&a.input)?;
    let ropts = read_options(&a.input)?;
    let progress = Progress::new(quiet);
    let write_all = |w: &mut dyn Write| -> Result<RunStats> {
        // Each analysis is serialised into its line on the worker that made
        // it (the calling thread only writes), and written at once.
        let stats = run_map(
            &p,
            read_inputs(&a.input.inputs, &ropts).deferred(),
            BATCH,
            |an| {
                // serde_json's bytes, written by hand (graph::write_analysis_json).
                let mut line = Vec::with_capacity(4096);
                newsgraph::graph::write_analysis_json(&mut line, &an);
                line.push(b'\n');
                line
            },
            |line| {
                w.write_all(&line)
                    .map_err(|e| newsgraph::Error::io("<output>", e))
            },
            |s| progress.warn(&skip_message(s)),
            |s| progress.update(s),
        )?;
        w.flush()?;
        Ok(stats)
    };
    let stats = match &a.output {
        Some(path) => {
            let mut stats = None;
            newsgraph::io::write_atomic(path, |w| {
                stats = Some(write_all(w).map_err(std::io::Error::other)?);
                Ok(())
            })
            .with_context(|| format!("writing {}", path.display()))?;
            stats.unwrap_or_default()
        }
        None => {
            let stdout = std::io::stdout();
            let mut lock = std::io::BufWriter::new(stdout.lock());
            write_all(&mut lock)?
        }
    };
    progress.finish(&stats, "");
    // The process ends now: freeing the pipeline's tables one allocation at a time
    // (6 M instructions, on one thread, after the last line) is left to the exit.
    std::mem::forget(p);
    Ok(())
}

fn build(a: args::BuildArgs, quiet: bool) -> Result<()> {
    let formats: Vec<newsgraph::export::ExportFormat> = a
        .formats
        .iter()
        .map(|f| {
            newsgraph::export::ExportFormat::from_name(f)
                .with_context(|| format!("unknown format `{f}` in --formats (json, dot, svg, png, pdf, graphml, neo4j, html)"))
        })
        .collect::<Result<_>>()?;
    // With graph.json the only output, `--into` patches the old file: the new
    // articles are analysed alone and only the lines they change are rebuilt.
    // Other outputs need the whole graph, so the old facts are loaded first.
    let patching = a.into.is_some() && formats == [newsgraph::export::ExportFormat::Json];
    // The old file is read while the pipeline is compiled and the new
    // articles are analysed (reading tens of megabytes is most of a patch).
    let old_file = match &a.into {
        Some(into) if patching => Some(read_in_background(into.clone())),
        _ => None,
    };
    let p = pipeline(&a.input)?;
    let ropts = read_options(&a.input)?;
    let timings = Timings::from_env();
    let mut store = match &a.into {
        Some(g) if !patching => {
            load_store(g).with_context(|| format!("loading {} to add to it", g.display()))?
        }
        _ => GraphStore::new(),
    };
    timings.lap("load --into");
    let progress = Progress::new(quiet);
    // A fresh build collects the facts per article (made on the workers) and
    // orders them once at the end; adding to a loaded store goes through it.
    let fresh = a.into.is_none();
    let mut collector = FactCollector::new();
    let stats = run_map(
        &p,
        read_inputs(&a.input.inputs, &ropts).deferred(),
        BATCH,
        |an| {
            if fresh {
                Collected::Facts(ArticleFacts::new(an))
            } else {
                Collected::Analysis(an)
            }
        },
        |item| {
            match item {
                Collected::Analysis(an) => store.add(an),
                Collected::Facts(facts) => collector.add(facts),
            }
            Ok(())
        },
        |s| progress.warn(&skip_message(s)),
        |s| progress.update(s),
    )?;
    timings.lap("analyse + collect facts");
    if let (Some(old), Some(into)) = (old_file, &a.into) {
        let old = old
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            .with_context(|| format!("loading {} to add to it", into.display()))?;
        if let Some(patched) = newsgraph::graph::patch_graph_json(&old, &store) {
            timings.lap("plan the patch");
            // write_atomic creates the folder.
            let path = a.out_dir.join("graph.json");
            newsgraph::io::write_atomic(&path, |w| patched.write(w))
                .with_context(|| format!("writing {}", path.display()))?;
            timings.lap("write outputs");
            let c = patched.counts();
            progress.finish(
                &stats,
                &format!(
                    "; graph: {} entities, {} links, {} quotes, {} articles; added to {}, wrote {}",
                    c.nodes,
                    c.links,
                    c.quotes,
                    c.articles,
                    into.display(),
                    path.display()
                ),
            );
            // As for a full build: the process ends now, its memory goes
            // with it (freeing the old file's buffer alone took milliseconds).
            std::mem::forget(patched);
            std::mem::forget(old);
            std::mem::forget(p);
            return Ok(());
        }
        // Another layout or version, or an article already in the graph:
        // read every fact and rebuild (this also reports a damaged file).
        let mut old_store = newsgraph::graph::read_store(old.as_slice(), into)
            .with_context(|| format!("loading {} to add to it", into.display()))?;
        old_store.merge(&store);
        store = old_store;
        timings.lap("load --into");
    }
    // A fresh build writes graph.json while it resolves the graph (the
    // articles and quotes go out while the links are still being made).
    let json_path = a.out_dir.join("graph.json");
    let json_early = fresh && formats.contains(&newsgraph::export::ExportFormat::Json);
    let graph = if json_early {
        let mut graph = None;
        newsgraph::io::write_atomic(&json_path, |w| {
            graph = Some(collector.into_graph_writing_json_timed(w, &|stage| timings.lap(stage))?);
            Ok(())
        })
        .with_context(|| format!("writing {}", json_path.display()))?;
        graph.expect("graph.json was written, so the graph was built")
    } else if fresh {
        collector.into_graph()
    } else {
        KnowledgeGraph::from_store(store)
    };
    timings.lap(if json_early {
        "flush, sync and rename graph.json"
    } else {
        "resolve graph"
    });
    let written = write_outputs(&graph, &a.out_dir, &formats, &a.view, &progress, json_early)?;
    timings.lap("write outputs");
    progress.finish(
        &stats,
        &format!(
            "; graph: {} entities, {} links, {} quotes, {} articles; wrote {}",
            graph.node_count(),
            graph.link_count(),
            graph.quotes.len(),
            graph.articles.len(),
            written
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    );
    // Freeing a large graph one allocation at a time takes a while and the
    // process is about to exit anyway; so does the pipeline's lexicon
    // tables (6 M instructions on the one thread left at the end).
    std::mem::forget(graph);
    std::mem::forget(p);
    Ok(())
}

/// Reads a whole file on a thread of its own; join the handle for its bytes.
fn read_in_background(path: PathBuf) -> std::thread::JoinHandle<std::io::Result<Vec<u8>>> {
    std::thread::spawn(move || newsgraph::io::read_file(&path))
}

/// What a worker hands the build: an analysis to add to a loaded store, or
/// the facts of one article for a fresh build.
enum Collected {
    Analysis(newsgraph::model::Analysis),
    Facts(ArticleFacts),
}

/// Stage times on stderr when `NEWSGRAPH_TIMINGS` is set (for benchmarks):
/// wall time and, where `/proc` tells it, the process's CPU time.
struct Timings {
    last: Option<std::cell::Cell<(Instant, Option<f64>)>>,
}

/// User + system CPU seconds of this process so far (Linux `/proc`).
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which may hold spaces): utime is the 12th, stime the 13th.
    let rest = &stat[stat.rfind(')')? + 2..];
    let mut f = rest.split(' ').skip(11);
    let (u, s): (f64, f64) = (f.next()?.parse().ok()?, f.next()?.parse().ok()?);
    Some((u + s) / 100.0)
}

impl Timings {
    fn from_env() -> Timings {
        Timings {
            last: std::env::var_os("NEWSGRAPH_TIMINGS")
                .map(|_| std::cell::Cell::new((Instant::now(), cpu_seconds()))),
        }
    }

    fn lap(&self, stage: &str) {
        if let Some(last) = &self.last {
            let (now, cpu) = (Instant::now(), cpu_seconds());
            let (then, cpu_then) = last.get();
            let cpu = match (cpu, cpu_then) {
                (Some(c), Some(t)) => format!(" ({:.2} s CPU)", c - t),
                _ => String::new(),
            };
            use std::io::Write as _;
            let _ = writeln!(
                std::io::stderr(),
                "timing: {stage}: {:.3} s{cpu}",
                (now - then).as_secs_f64()
            );
            last.set((now, cpu_seconds()));
        }
    }
}

fn view_filter(v: &args::ViewOpts) -> Result<newsgraph::export::ViewFilter> {
    let kinds = v
        .kinds
        .iter()
        .map(|k| {
            newsgraph::EntityKind::parse(k).with_context(|| {
                format!("unknown kind `{k}` (person, country, organization, location, weapon)")
            })
        })
        .collect::<Result<_>>()?;
    Ok(newsgraph::export::ViewFilter {
        focus: v.focus.clone(),
        depth: v.depth,
        types: v.types.clone(),
        kinds,
        min_count: v.min_count,
        since: v.since.clone(),
        until: v.until.clone(),
        max_nodes: v.max_nodes,
    })
}

/// Writes the graph in each format into `dir` (graph.json only when
/// `json_written` is false: otherwise it is already there) and returns the
/// paths written, in the order of `formats`.
fn write_outputs(
    graph: &KnowledgeGraph,
    dir: &Path,
    formats: &[newsgraph::export::ExportFormat],
    view: &args::ViewOpts,
    progress: &Progress,
    json_written: bool,
) -> Result<Vec<PathBuf>> {
    use newsgraph::export::ExportFormat;
    let mut written = Vec::new();
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let mut filter = view_filter(view)?;
    // Diagrams stay readable on big corpora: the most connected entities only, no isolated nodes
    // (graph.json always keeps everything).
    if filter.max_nodes.is_none() {
        filter.max_nodes = Some(DIAGRAM_NODES);
    }
    for f in formats {
        if *f == ExportFormat::Json {
            // graph.json is always the whole graph: it is what later runs merge into.
            let path = dir.join("graph.json");
            if !json_written {
                newsgraph::io::write_atomic(&path, |w| write_graph_json(graph, w))
                    .with_context(|| format!("writing {}", path.display()))?;
            }
            written.push(path);
            continue;
        }
        let path = if *f == ExportFormat::Neo4j {
            dir.join("neo4j")
        } else {
            dir.join(format!("graph.{}", f.file_extension()))
        };
        match newsgraph::export::write_to_path(graph, &filter, *f, &path) {
            Ok(paths) => {
                for p in paths {
                    if !written.contains(&p) {
                        written.push(p);
                    }
                }
            }
            Err(e) if matches!(f, ExportFormat::Svg | ExportFormat::Png | ExportFormat::Pdf) => {
                progress.warn(&format!("{e}"))
            }
            Err(e) => return Err(e).with_context(|| format!("writing {}", path.display())),
        }
    }
    Ok(written)
}

fn merge(a: args::MergeArgs, quiet: bool) -> Result<()> {
    let start = Instant::now();
    let mut store = GraphStore::new();
    for g in &a.graphs {
        let other = load_store(g).with_context(|| format!("loading {}", g.display()))?;
        if store == GraphStore::new() {
            store = other;
        } else {
            store.merge(&other);
        }
    }
    let graph = KnowledgeGraph::from_store(store);
    newsgraph::io::write_atomic(&a.output, |w| write_graph_json(&graph, w))
        .with_context(|| format!("writing {}", a.output.display()))?;
    if !quiet {
        eprintln!(
            "newsgraph: merged {} graphs in {:.2} s: {} entities, {} links, {} quotes, {} articles -> {}",
            a.graphs.len(),
            start.elapsed().as_secs_f64(),
            graph.node_count(),
            graph.link_count(),
            graph.quotes.len(),
            graph.articles.len(),
            a.output.display()
        );
    }
    Ok(())
}

fn export(a: args::ExportArgs) -> Result<()> {
    use newsgraph::export::ExportFormat;
    let f = ExportFormat::from_name(&a.format).with_context(|| {
        format!(
            "unknown --format `{}` (dot, json, graphml, neo4j, html, svg, png, pdf)",
            a.format
        )
    })?;
    if a.edges_key != "links" && a.edges_key != "edges" {
        bail!(
            "--edges-key must be `links` or `edges`, not `{}`",
            a.edges_key
        );
    }
    let graph = load_graph(&a.graph).with_context(|| format!("loading {}", a.graph.display()))?;
    let filter = view_filter(&a.view)?;
    match &a.output {
        Some(path) => {
            let paths = if f == ExportFormat::Json {
                let view = newsgraph::export::apply(&graph, &filter)?;
                newsgraph::io::write_atomic(path, |w| write_node_link(&view, &a.edges_key, w))?;
                vec![path.clone()]
            } else {
                newsgraph::export::write_to_path(&graph, &filter, f, path)?
            };
            for p in paths {
                eprintln!("newsgraph: wrote {}", p.display());
            }
        }
        None => {
            if !f.is_streaming() {
                bail!("--format {} needs -o FILE", f.name());
            }
            let view = newsgraph::export::apply(&graph, &filter)?;
            let stdout = std::io::stdout();
            let mut lock = std::io::BufWriter::new(stdout.lock());
            if f == ExportFormat::Json {
                write_node_link(&view, &a.edges_key, &mut lock)?;
            } else {
                newsgraph::export::export(&view, f, &mut lock)?;
            }
            lock.flush()?;
        }
    }
    Ok(())
}

/// Node-link JSON with the edge list under `links` (networkx < 3.6, d3) or `edges` (networkx 3.6+).
fn write_node_link(
    view: &newsgraph::export::View<'_>,
    edges_key: &str,
    w: &mut dyn Write,
) -> std::io::Result<()> {
    let mut buf = Vec::new();
    newsgraph::export::write_json(view, &mut buf).map_err(std::io::Error::other)?;
    if edges_key == "links" {
        return w.write_all(&buf);
    }
    let mut v: serde_json::Value = serde_json::from_slice(&buf)?;
    if let Some(obj) = v.as_object_mut() {
        if let Some(links) = obj.remove("links") {
            obj.insert(edges_key.to_string(), links);
        }
    }
    serde_json::to_writer_pretty(&mut *w, &v)?;
    w.write_all(b"\n")
}

fn query(a: args::QueryArgs) -> Result<()> {
    use args::QueryCommand as Q;
    use newsgraph::query::{self, table};
    let graph = load_graph(&a.graph).with_context(|| format!("loading {}", a.graph.display()))?;
    fn emit<T: serde::Serialize>(json: bool, rows: &T, text: String) -> Result<String> {
        Ok(if json {
            serde_json::to_string_pretty(rows)? + "\n"
        } else {
            text
        })
    }
    let out = match a.query {
        Q::Quotes {
            speaker,
            about,
            since,
            until,
        } => {
            let rows = query::quotes(
                &graph,
                &query::QuoteFilter {
                    speaker,
                    about,
                    since,
                    until,
                },
            )?;
            emit(a.json, &rows, table::quotes(&rows))?
        }
        Q::Relations {
            source,
            target,
            rel_type,
            since,
            until,
        } => {
            let rows = query::relations(
                &graph,
                &query::RelationFilter {
                    source,
                    target,
                    rel_type,
                    since,
                    until,
                },
            )?;
            emit(a.json, &rows, table::relations(&rows))?
        }
        Q::Entity { name } => {
            let p = query::profile(&graph, &name)?;
            emit(a.json, &p, table::profile(&p))?
        }
        Q::Neighbors {
            name,
            depth,
            rel_type,
        } => {
            let rows = query::neighbors(&graph, &name, depth, rel_type.as_deref())?;
            emit(a.json, &rows, table::neighbors(&rows))?
        }
        Q::Path { from, to } => {
            let steps = query::path(&graph, &from, &to)?;
            emit(a.json, &steps, table::path(steps.as_deref()))?
        }
        Q::Top { by, kind, limit } => {
            let ranking = query::Ranking::parse(&by).with_context(|| {
                format!("--by must be degree, pagerank or mentions, not `{by}`")
            })?;
            let kind = kind
                .map(|k| {
                    newsgraph::EntityKind::parse(&k).with_context(|| format!("unknown kind `{k}`"))
                })
                .transpose()?;
            let rows = query::top(&graph, ranking, kind, limit);
            emit(a.json, &rows, table::top(&rows))?
        }
    };
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    lock.write_all(out.as_bytes())?;
    lock.flush()?;
    Ok(())
}
