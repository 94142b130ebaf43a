//! Typed errors of the library.
//!
//! Each stage reports what went wrong and where (file, line) so the binary can
//! print one clear message. I/O failures are kept apart from bad input.

use std::path::PathBuf;

/// Everything the library can fail with.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file involved.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// An input file is malformed at a known place.
    #[error("{path}:{line}: {message}")]
    Syntax {
        /// The file involved (`-` for standard input).
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong, and what to do.
        message: String,
    },
    /// An input file was refused as a whole (binary, too large, not UTF-8 under `--strict`, ...).
    #[error("{path}: {reason}")]
    Rejected {
        /// The file involved.
        path: PathBuf,
        /// Why it was refused.
        reason: String,
    },
    /// A lexicon file has a bad line.
    #[error("lexicon {file}:{line}: {message}")]
    Lexicon {
        /// Lexicon file name (built-in name or user path).
        file: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A graph file cannot be loaded.
    #[error("graph file {path}: {message}")]
    Graph {
        /// The file involved.
        path: PathBuf,
        /// What is wrong, and what to do.
        message: String,
    },
    /// A query could not be answered (unknown or ambiguous name, bad argument).
    #[error("{0}")]
    Query(String),
    /// An export could not be produced.
    #[error("export: {0}")]
    Export(String),
}

/// Shorthand for results of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// Wraps an I/O error with the path it concerns.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}
