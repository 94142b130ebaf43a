//! newsgraph: news articles in, an entity and event knowledge graph out.
#![warn(missing_docs)]

pub mod article;
pub mod error;
pub mod extract;
pub mod headline;
pub mod io;
pub mod lexicon;
pub mod model;
pub mod ner;
pub mod pipeline;
pub mod query;
pub mod resolve;
pub mod slug;
pub mod span;

pub use error::{Error, Result};
pub use model::{Analysis, ArticleMeta, EntityKind, Evidence, Modality};
pub use span::Span;
pub mod export;
pub mod graph;
pub mod text;
pub mod trie;
pub mod wordscan;
pub mod wordset;
