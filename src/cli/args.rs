//! Command-line arguments (clap derive). Doc comments here are the `--help` text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Turn news articles into an entity and event knowledge graph.
///
/// Reads plain text, Markdown, HTML or JSON Lines (one article per line) from
/// files, folders or stdin (`-`); finds people, countries, organisations,
/// places and weapon systems, the events between them (with CAMEO codes,
/// modality and dates) and who said what about whom; merges everything into
/// one graph with the evidence for every edge.
///
/// Typical use:
///
///   newsgraph build data/articles -o output        # graph.json, graph.dot, graph.svg
///
///   newsgraph extract article.md | jq .            # one JSON object per article
///
///   newsgraph query output/graph.json quotes --about S-400
///
///   newsgraph export output/graph.json --format graphml -o graph.graphml
#[derive(Debug, Parser)]
#[command(
    name = "newsgraph",
    version,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    /// Worker threads (default: all cores). Output is identical for any value.
    #[arg(short = 'j', long, global = true, value_name = "N")]
    pub threads: Option<usize>,

    /// No progress bar and no run summary on stderr.
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract entities, relations and quotes; print one JSON object per article (JSON Lines).
    ///
    /// Every span (`start`, `end`) is a byte offset into the original input
    /// (for JSON Lines input: into the record's `text` value).
    Extract(ExtractArgs),
    /// Extract and merge everything into one graph: DIR/graph.json, graph.dot (and graph.svg).
    ///
    /// Inputs may also be `newsgraph extract` output. With `--into GRAPH` the
    /// new articles are added to an existing graph without re-reading the old
    /// ones; the result is the same as building everything at once.
    Build(BuildArgs),
    /// Merge graph files into one (associative, commutative, idempotent).
    Merge(MergeArgs),
    /// Export a graph as DOT, JSON, GraphML, Neo4j CSV, HTML, SVG, PNG or PDF.
    Export(ExportArgs),
    /// Ask a graph questions: quotes, relations, entity profiles, neighbours, paths, top entities.
    Query(QueryArgs),
}

/// Options for reading articles.
#[derive(Debug, Args, Clone)]
pub struct InputOpts {
    /// Files, folders (read recursively in sorted order) or `-` for stdin.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,

    /// Input format when it cannot be told from the file name: text, markdown, html, jsonl.
    #[arg(long, value_name = "FORMAT")]
    pub input_format: Option<String>,

    /// Publication date for articles that do not state one (anchors "last week", "on Tuesday").
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub published: Option<chrono::NaiveDate>,

    /// Outlet name for articles that do not state one.
    #[arg(long, value_name = "NAME")]
    pub source: Option<String>,

    /// Skip articles larger than this many bytes (with a warning).
    #[arg(long, value_name = "BYTES", default_value_t = 16 * 1024 * 1024)]
    pub max_article_bytes: usize,

    /// Treat any skipped file or bad line as an error.
    #[arg(long)]
    pub strict: bool,

    /// Skip malformed JSON Lines records with a warning instead of stopping.
    #[arg(long)]
    pub skip_bad: bool,

    /// Extra lexicon file (TSV; see data/lexicons/ for the format); may be repeated.
    #[arg(long = "lexicon", value_name = "FILE")]
    pub lexicons: Vec<PathBuf>,
}

/// `extract` arguments.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: InputOpts,
    /// Write to this file instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// `build` arguments.
#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub input: InputOpts,
    /// Output folder.
    #[arg(short, long = "out-dir", value_name = "DIR", default_value = "output")]
    pub out_dir: PathBuf,
    /// Add to this existing graph.json; the result goes to --out-dir (give the graph's own
    /// folder to update it in place). Old articles are not re-read.
    #[arg(long, value_name = "GRAPH")]
    pub into: Option<PathBuf>,
    /// Formats to write: any of json, dot, svg, png, pdf, graphml, neo4j, html. graph.json always
    /// holds the whole graph; the other formats draw the 80 most connected entities unless
    /// --max-nodes or another filter says otherwise.
    #[arg(long, value_delimiter = ',', default_value = "json,dot,svg")]
    pub formats: Vec<String>,
    #[command(flatten)]
    pub view: ViewOpts,
}

/// `merge` arguments.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// Graph files (graph.json) to merge.
    #[arg(required = true, value_name = "GRAPH")]
    pub graphs: Vec<PathBuf>,
    /// Output file.
    #[arg(short, long, value_name = "OUT.json")]
    pub output: PathBuf,
}

/// Filters for exports and diagrams.
#[derive(Debug, Args, Clone, Default)]
pub struct ViewOpts {
    /// Only the neighbourhood of this entity (name, alias or id).
    #[arg(long, value_name = "ENTITY")]
    pub focus: Option<String>,
    /// Hops around --focus.
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub depth: usize,
    /// Only these relation types (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "TYPES")]
    pub types: Vec<String>,
    /// Only these entity kinds (comma-separated: person,country,organization,location,weapon).
    #[arg(long, value_delimiter = ',', value_name = "KINDS")]
    pub kinds: Vec<String>,
    /// Only links with at least N pieces of evidence.
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub min_count: usize,
    /// Only evidence dated on or after this day.
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Only evidence dated on or before this day.
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// Keep only the N most connected entities.
    #[arg(long, value_name = "N")]
    pub max_nodes: Option<usize>,
}

/// `export` arguments.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The graph file.
    #[arg(value_name = "GRAPH")]
    pub graph: PathBuf,
    /// dot, json, graphml, neo4j, html, svg, png or pdf.
    #[arg(short, long, value_name = "FORMAT")]
    pub format: String,
    /// Output file (folder for neo4j); stdout for text formats when omitted.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Edge key for node-link JSON: `links` (networkx < 3.6 default, d3) or `edges`.
    #[arg(long, default_value = "links", value_name = "KEY")]
    pub edges_key: String,
    #[command(flatten)]
    pub view: ViewOpts,
}

/// `query` arguments.
#[derive(Debug, Args)]
pub struct QueryArgs {
    /// The graph file.
    #[arg(value_name = "GRAPH")]
    pub graph: PathBuf,
    /// Print JSON instead of a table.
    #[arg(long, global = true)]
    pub json: bool,
    /// The question.
    #[command(subcommand)]
    pub query: QueryCommand,
}

/// Queries.
#[derive(Debug, Subcommand)]
pub enum QueryCommand {
    /// Who said what about whom.
    Quotes {
        /// Only quotes by this speaker.
        #[arg(long)]
        speaker: Option<String>,
        /// Only quotes about this entity.
        #[arg(long)]
        about: Option<String>,
        /// Only quotes dated on or after this day (YYYY-MM-DD).
        #[arg(long)]
        since: Option<String>,
        /// Only quotes dated on or before this day.
        #[arg(long)]
        until: Option<String>,
    },
    /// Relations, in date order: e.g. every threat the United States made.
    Relations {
        /// Actor.
        #[arg(long)]
        source: Option<String>,
        /// Target.
        #[arg(long)]
        target: Option<String>,
        /// Relation type (buys, threatens, ...).
        #[arg(long = "type")]
        rel_type: Option<String>,
        /// Only evidence dated on or after this day.
        #[arg(long)]
        since: Option<String>,
        /// Only evidence dated on or before this day.
        #[arg(long)]
        until: Option<String>,
    },
    /// Profile of one entity: kind, aliases, titles, relations, quotes.
    Entity {
        /// Name, alias or id.
        name: String,
    },
    /// Entities around one entity.
    Neighbors {
        /// Name, alias or id.
        name: String,
        /// Hops.
        #[arg(long, default_value_t = 1)]
        depth: usize,
        /// Only links of this type.
        #[arg(long = "type")]
        rel_type: Option<String>,
    },
    /// Shortest chain of relations between two entities, with evidence.
    Path {
        /// From.
        from: String,
        /// To.
        to: String,
    },
    /// The most important entities.
    Top {
        /// Ranking: degree, pagerank or mentions.
        #[arg(long, default_value = "degree")]
        by: String,
        /// Only this kind.
        #[arg(long)]
        kind: Option<String>,
        /// How many.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
}
