//! Ingestion: reading articles from files, folders, stdin and JSON Lines.
//!
//! This module owns everything up to the analysis text: format detection,
//! markup removal, metadata (title, byline, date, outlet), boilerplate, and
//! skipping bad files. It never moves bytes: the analysis text
//! [`Article::text`] has exactly the byte length of the original input
//! [`Article::raw`], with markup and boilerplate blanked out by spaces
//! (newlines kept), so a span found in `text` is a span of the original.

use std::borrow::Cow;

use crate::model::{ArticleMeta, Evidence};
use crate::span::Span;

/// The input formats newsgraph reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InputFormat {
    /// Plain text.
    Text,
    /// Markdown.
    Markdown,
    /// HTML.
    Html,
    /// JSON Lines, one article per line.
    JsonLines,
}

/// One article ready for analysis.
#[derive(Clone, Debug)]
pub struct Article {
    /// Metadata (id, title, date, ...).
    pub meta: ArticleMeta,
    /// The original bytes: the file's bytes, or the JSONL record's `text` value.
    pub raw: Vec<u8>,
    /// Analysis text: same byte length as `raw`; markup, link targets and
    /// boilerplate replaced by spaces (newlines kept), invalid UTF-8 bytes by spaces.
    pub text: String,
    /// The format it was read as.
    pub format: InputFormat,
    /// Where the byline's author name is, when found.
    pub author_span: Option<Span>,
    /// Where the outlet's name is, when found.
    pub source_span: Option<Span>,
    /// Where the headline is, when found.
    pub title_span: Option<Span>,
}

impl Article {
    /// An article from plain text, with no markup and no metadata but its id.
    ///
    /// ```
    /// use newsgraph::article::Article;
    /// let a = Article::from_text("a1", "Iraq buys the S-400.");
    /// assert_eq!(a.text.len(), a.raw.len());
    /// ```
    pub fn from_text(id: &str, text: &str) -> Article {
        Article {
            meta: ArticleMeta {
                id: id.to_string(),
                ..ArticleMeta::default()
            },
            raw: text.as_bytes().to_vec(),
            text: text.to_string(),
            format: InputFormat::Text,
            author_span: None,
            source_span: None,
            title_span: None,
        }
    }

    /// The original text a span covers (lossily decoded if the input was not UTF-8).
    pub fn slice(&self, span: Span) -> Cow<'_, str> {
        let end = span.end.min(self.raw.len());
        let start = span.start.min(end);
        String::from_utf8_lossy(&self.raw[start..end])
    }

    /// The span with its original text, as written to JSON.
    pub fn evidence(&self, span: Span) -> Evidence {
        Evidence {
            start: span.start,
            end: span.end,
            text: self.slice(span).into_owned(),
        }
    }
}
