//! Ingestion: reading articles from files, folders, stdin and JSON Lines.
//!
//! This module owns everything up to the analysis text: format detection,
//! markup removal, metadata (title, byline, date, outlet), boilerplate, and
//! skipping bad files. It never moves bytes: the analysis text
//! [`Article::text`] has exactly the byte length of the original input
//! [`Article::raw`], with markup and boilerplate blanked out by spaces
//! (newlines kept), so a span found in `text` is a span of the original.

//!
//! Entry points: [`read_inputs`] streams [`Input`]s from files, folders and
//! stdin; [`parse_document`] parses one document from bytes. Submodules:
//! `text` (the length-preserving buffer), `markdown`, `html`, `jsonl`, `meta`
//! (headline, byline, dateline), `boilerplate`, `walk` (files and folders).

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::model::{Analysis, ArticleMeta, Evidence};
use crate::span::Span;

mod boilerplate;
mod html;
pub(crate) use html::decode_entity;
mod jsonl;
mod markdown;
mod meta;
mod text;
mod walk;

#[cfg(test)]
mod tests;

pub use jsonl::Record;
pub use walk::{Inputs, read_inputs};

/// Compiles the header and boilerplate patterns now rather than in the first articles,
/// where every worker would wait for them: [`crate::pipeline::Pipeline::new`] does it
/// beside the recogniser's start-up.
pub(crate) fn compile_patterns() {
    meta::compile_patterns();
    boilerplate::compile_patterns();
}

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
    /// Where the headline was found in `raw` (it stays in `text`).
    pub title_span: Option<Span>,
    /// Where the author's name was found in `raw` (byline or `<meta>`).
    pub author_span: Option<Span>,
    /// Where the outlet's name was found in `raw` (dateline or `<meta>`).
    pub source_span: Option<Span>,
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
            title_span: None,
            author_span: None,
            source_span: None,
        }
    }

    /// The original text a span covers (lossily decoded if the input was not UTF-8).
    pub fn slice(&self, span: Span) -> Cow<'_, str> {
        let end = span.end.min(self.raw.len());
        let start = span.start.min(end);
        let bytes = &self.raw[start..end];
        // Nearly always UTF-8: the validator's ASCII fast path first, the
        // character-by-character lossy decoder only when it fails.
        match std::str::from_utf8(bytes) {
            Ok(s) => Cow::Borrowed(s),
            Err(_) => String::from_utf8_lossy(bytes),
        }
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

impl InputFormat {
    /// The format a file extension names (`txt`, `md`, `markdown`, `html`,
    /// `htm`, `jsonl`, `ndjson`, `json`; case-insensitive, without the dot).
    ///
    /// ```
    /// use newsgraph::article::InputFormat;
    /// assert_eq!(InputFormat::from_extension("MD"), Some(InputFormat::Markdown));
    /// assert_eq!(InputFormat::from_extension("pdf"), None);
    /// ```
    pub fn from_extension(ext: &str) -> Option<InputFormat> {
        Some(match ext.to_ascii_lowercase().as_str() {
            "txt" | "text" => InputFormat::Text,
            "md" | "markdown" => InputFormat::Markdown,
            "html" | "htm" | "xhtml" => InputFormat::Html,
            "jsonl" | "ndjson" | "json" => InputFormat::JsonLines,
            _ => return None,
        })
    }

    /// The format a command-line name (or extension) names: `text`, `markdown`, `html`, `jsonl`.
    ///
    /// ```
    /// use newsgraph::article::InputFormat;
    /// assert_eq!(InputFormat::from_name("jsonl"), Some(InputFormat::JsonLines));
    /// ```
    pub fn from_name(name: &str) -> Option<InputFormat> {
        Self::from_extension(name)
    }

    /// The format's name as used on the command line (`text`, `markdown`, `html`, `jsonl`).
    pub fn name(self) -> &'static str {
        match self {
            InputFormat::Text => "text",
            InputFormat::Markdown => "markdown",
            InputFormat::Html => "html",
            InputFormat::JsonLines => "jsonl",
        }
    }

    /// Guesses the format from the first bytes of a document.
    ///
    /// `{` first → JSON Lines; `<!doctype`, `<html` or many tags → HTML; a
    /// `# ` heading or a `](` link → Markdown; else plain text.
    ///
    /// ```
    /// use newsgraph::article::InputFormat;
    /// assert_eq!(InputFormat::sniff(b"{\"id\":1}"), InputFormat::JsonLines);
    /// assert_eq!(InputFormat::sniff(b"<!DOCTYPE html><p>x"), InputFormat::Html);
    /// assert_eq!(InputFormat::sniff(b"\n# Title\n\ntext"), InputFormat::Markdown);
    /// assert_eq!(InputFormat::sniff(b"Just words."), InputFormat::Text);
    /// ```
    pub fn sniff(bytes: &[u8]) -> InputFormat {
        let head = &bytes[..bytes.len().min(8192)];
        let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
        let start = head
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .unwrap_or(head.len());
        let body = &head[start..];
        if body.first() == Some(&b'{') {
            return InputFormat::JsonLines;
        }
        let lower: Vec<u8> = body.iter().take(64).map(u8::to_ascii_lowercase).collect();
        if lower.starts_with(b"<!doctype")
            || lower.starts_with(b"<html")
            || lower.starts_with(b"<?xml")
        {
            return InputFormat::Html;
        }
        // One pass over the bytes for tags, headings and link brackets.
        let (mut closing, mut tags) = (0usize, 0usize);
        let mut heading = body.starts_with(b"# ") || body.starts_with(b"## ");
        let mut link = false;
        // Only these three bytes open a pattern: memchr skips the rest.
        for i in memchr::memchr3_iter(b'<', b'\n', b']', body) {
            let next = |k: usize| body.get(i + k).copied().unwrap_or(0);
            match body[i] {
                b'<' if next(1) == b'/' && next(2).is_ascii_alphabetic() => closing += 1,
                b'<' if looks_like_tag(&body[i + 1..]) => tags += 1,
                b'\n'
                    if next(1) == b'#'
                        && (next(2) == b' ' || next(2) == b'#' && next(3) == b' ') =>
                {
                    heading = true
                }
                b']' if next(1) == b'(' => link = true,
                _ => {}
            }
        }
        if closing >= 2 || tags >= 5 || (body.first() == Some(&b'<') && closing >= 1) {
            return InputFormat::Html;
        }
        if heading || link {
            return InputFormat::Markdown;
        }
        InputFormat::Text
    }
}

/// Does the text after a `<` open an HTML tag: a lower-case name ended by `>`, a space or
/// `/` (`<p>`, `<a href`, `<br/>`), or a name in capitals with an attribute (`<A HREF="x">`)?
/// Wire copy brackets tickers and unlisted companies ("<IBM>", "<MONI.MI>", "<Plant Cell
/// Research Institute>", "<DD>"); those are no tags.
fn looks_like_tag(rest: &[u8]) -> bool {
    let n = rest
        .iter()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(rest.len());
    let (name, after) = rest.split_at(n);
    if name.first().is_none_or(|b| !b.is_ascii_alphabetic()) {
        return false;
    }
    match after.first() {
        Some(b'>' | b'/') | Some(b' ' | b'\t' | b'\n' | b'\r')
            if name.iter().all(|b| !b.is_ascii_uppercase()) =>
        {
            true
        }
        Some(b' ' | b'\t' | b'\n' | b'\r') if name.iter().all(|b| !b.is_ascii_lowercase()) => {
            // An attribute before the tag closes.
            let end = after.iter().take(200).position(|&b| b == b'>');
            end.is_some_and(|e| after[..e].contains(&b'='))
        }
        _ => false,
    }
}

/// How inputs are read.
#[derive(Clone, Debug)]
pub struct ReadOptions {
    /// Read every input as this format instead of detecting it.
    pub format: Option<InputFormat>,
    /// Larger articles are skipped (default 16 MiB).
    pub max_article_bytes: usize,
    /// Turn skips of bad files (binary, not UTF-8, empty, too large) into errors.
    pub strict: bool,
    /// Report malformed JSON Lines records as skips and keep reading.
    pub skip_bad: bool,
    /// Publication date for every article, overriding what was found.
    pub published: Option<NaiveDate>,
    /// Outlet for every article, overriding what was found.
    pub source: Option<String>,
}

impl Default for ReadOptions {
    fn default() -> ReadOptions {
        ReadOptions {
            format: None,
            max_article_bytes: 16 * 1024 * 1024,
            strict: false,
            skip_bad: false,
            published: None,
            source: None,
        }
    }
}

/// An input that was passed over, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    /// The file (`-` for stdin).
    pub path: String,
    /// 1-based line, for a JSON Lines record.
    pub line: Option<usize>,
    /// Why it was skipped.
    pub reason: String,
}

/// One item read from the inputs.
// Articles are the common case; boxing them would only add an allocation.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug)]
pub enum Input {
    /// An article to analyse.
    Article(Article),
    /// A record of newsgraph's own `extract` output, read back.
    Analysis(Box<Analysis>),
    /// A bad file or record that was passed over.
    Skipped(Skipped),
    /// A JSON Lines record not parsed yet (only from [`Inputs::deferred`]):
    /// [`Record::parse`] turns it into one of the others.
    Record(Record),
}

/// Metadata given by a JSON Lines record (wins over what the text shows).
#[derive(Clone, Debug, Default)]
pub(crate) struct Fields {
    pub title: Option<String>,
    pub author: Option<String>,
    pub source: Option<String>,
    pub published: Option<NaiveDate>,
    pub url: Option<String>,
}

/// Why a whole document is refused, if it is: empty, too large, binary, or
/// mostly not UTF-8 (more than 1% invalid bytes).
pub(crate) fn reject_reason(bytes: &[u8], opts: &ReadOptions) -> Option<String> {
    if bytes.len() > opts.max_article_bytes {
        return Some(format!(
            "larger than the maximum article size ({} > {} bytes)",
            bytes.len(),
            opts.max_article_bytes
        ));
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Some("empty".to_string());
    }
    if bytes.contains(&0) {
        return Some("binary file (contains NUL bytes)".to_string());
    }
    let invalid = text::lossy_spaces(bytes).1;
    if invalid * 100 > bytes.len() {
        return Some(format!(
            "not UTF-8 ({invalid} of {} bytes invalid)",
            bytes.len()
        ));
    }
    None
}

/// Parses one document from bytes (no file access).
///
/// Text, Markdown and HTML never fail: invalid UTF-8 bytes become spaces.
/// For [`InputFormat::JsonLines`] the first non-blank line is read as one
/// record; a malformed record or an `extract` (analysis) record is an error.
/// Bad-file checks (binary, empty, too large) are [`read_inputs`]'s job.
///
/// ```
/// use newsgraph::article::{parse_document, InputFormat, ReadOptions};
/// let md = "# Iraq eyes S-400\n\nBy Jane Doe\n\nBaghdad wants [missiles](http://x).\n";
/// let a = parse_document("a.md", None, md.as_bytes(), InputFormat::Markdown, &ReadOptions::default()).unwrap();
/// assert_eq!(a.meta.title.as_deref(), Some("Iraq eyes S-400"));
/// assert_eq!(a.meta.author.as_deref(), Some("Jane Doe"));
/// assert_eq!(a.text.len(), a.raw.len());
/// assert!(a.text.contains("Baghdad wants  missiles "));
/// assert!(!a.text.contains("http"));
/// ```
pub fn parse_document(
    id: &str,
    path: Option<&str>,
    bytes: &[u8],
    format: InputFormat,
    opts: &ReadOptions,
) -> Result<Article> {
    if format == InputFormat::JsonLines {
        let file = path.unwrap_or(id);
        let file_name = walk::file_name_of(file);
        for (i, line) in bytes.split(|&b| b == b'\n').enumerate() {
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return match jsonl::parse_record(line, i + 1, file, &file_name, opts) {
                Ok(Input::Article(a)) => Ok(a),
                Ok(_) => Err(Error::Rejected {
                    path: file.into(),
                    reason: format!("line {}: an analysis record, not an article", i + 1),
                }),
                Err(jsonl::RecordError::Syntax(message)) => Err(Error::Syntax {
                    path: file.into(),
                    line: i + 1,
                    message,
                }),
                Err(jsonl::RecordError::Bad(reason)) => Err(Error::Rejected {
                    path: file.into(),
                    reason: format!("line {}: {reason}", i + 1),
                }),
            };
        }
        return Err(Error::Rejected {
            path: file.into(),
            reason: "no JSON Lines record".to_string(),
        });
    }
    Ok(build_article(id, path, bytes, format, opts, None))
}

/// Runs the text pipeline: markup, header metadata, boilerplate, then merges
/// metadata (record fields, then options, win over what was detected).
pub(crate) fn build_article(
    id: &str,
    path: Option<&str>,
    bytes: &[u8],
    format: InputFormat,
    opts: &ReadOptions,
    fields: Option<Fields>,
) -> Article {
    let mut tb = text::TextBuf::new(bytes);
    if tb.buf.starts_with("\u{FEFF}".as_bytes()) {
        tb.blank(0, 3);
    }
    let mut hints = meta::Hints::default();
    match format {
        InputFormat::Markdown => markdown::strip(&mut tb, &mut hints),
        InputFormat::Html => html::strip(&mut tb, &mut hints),
        InputFormat::Text | InputFormat::JsonLines => {}
    }
    tb.repair();
    let det = meta::detect(&mut tb, &hints);
    let title_span = det
        .title
        .as_ref()
        .map(|(_, s)| *s)
        .filter(|s| !s.is_empty());
    boilerplate::strip(&mut tb, &hints.rules, title_span);

    let fields = fields.unwrap_or_default();
    let pick = |given: Option<String>, found: Option<(String, Span)>| match (given, found) {
        (Some(g), Some((f, span))) => {
            let span = (g == f && !span.is_empty()).then_some(span);
            (Some(g), span)
        }
        (Some(g), None) => (Some(g), None),
        (None, Some((f, span))) => (Some(f), (!span.is_empty()).then_some(span)),
        (None, None) => (None, None),
    };
    let (title, title_span) = pick(fields.title, det.title);
    let (author, author_span) = pick(fields.author, det.author);
    let (source, source_span) = pick(opts.source.clone().or(fields.source), det.source);
    let published = opts.published.or(fields.published).or(det.published);
    Article {
        meta: ArticleMeta {
            id: id.to_string(),
            path: path.map(str::to_string),
            title,
            published,
            author,
            source,
            url: fields.url,
        },
        raw: bytes.to_vec(),
        text: tb.into_string(),
        format,
        title_span,
        author_span,
        source_span,
    }
}
