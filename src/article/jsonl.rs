//! JSON Lines corpora: one article (or one `extract` analysis) per line.
//!
//! Records are read one line at a time from a [`BufRead`], never the whole
//! file. Fields: `text` (required, a string), `id` (string or number; missing
//! → `<file name>:<line>`), `title`, `author`, `source`, `url`, and `published`
//! or `date` (`2020-01-16`, `1987-02-26T15:01:01`, RFC 3339, a written date,
//! or null). A record with an `article` object and an `entities` array is
//! newsgraph's own `extract` output and is read back as an [`Analysis`].
//! The `text` value is plain text, unless it plainly is HTML.

use std::io::{BufRead, Read};
use std::sync::Arc;

use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::model::Analysis;

use super::meta::parse_date_str;
use super::{Fields, Input, InputFormat, ReadOptions, Skipped, build_article};

/// Why a record was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum RecordError {
    /// Malformed: not JSON, wrong field types, missing `text`.
    Syntax(String),
    /// Well-formed but a bad article (empty or too large text).
    Bad(String),
}

fn opt_string(obj: &Map<String, Value>, key: &str) -> Result<Option<String>, RecordError> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(other) => Err(RecordError::Syntax(format!(
            "field `{key}` must be a string, found {}",
            kind_of(other)
        ))),
    }
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Parses one JSON Lines record (`line_no` is 1-based).
pub(crate) fn parse_record(
    line: &[u8],
    line_no: usize,
    path: &str,
    file_name: &str,
    opts: &ReadOptions,
) -> Result<Input, RecordError> {
    let line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
    let value: Value = serde_json::from_slice(line)
        .map_err(|e| RecordError::Syntax(format!("not a JSON record: {e}")))?;
    let Value::Object(obj) = value else {
        return Err(RecordError::Syntax(format!(
            "expected a JSON object, found {}",
            kind_of(&value)
        )));
    };
    if obj.get("article").is_some_and(Value::is_object)
        && obj.get("entities").is_some_and(Value::is_array)
    {
        let analysis: Analysis = serde_json::from_value(Value::Object(obj))
            .map_err(|e| RecordError::Syntax(format!("bad analysis record: {e}")))?;
        return Ok(Input::Analysis(Box::new(analysis)));
    }
    let text = match obj.get("text") {
        Some(Value::String(s)) => s,
        Some(other) => {
            return Err(RecordError::Syntax(format!(
                "field `text` must be a string, found {}",
                kind_of(other)
            )));
        }
        None => return Err(RecordError::Syntax("missing field `text`".to_string())),
    };
    let id = match obj.get("id") {
        None | Some(Value::Null) => format!("{file_name}:{line_no}"),
        Some(Value::String(s)) if !s.trim().is_empty() => s.clone(),
        Some(Value::String(_)) => format!("{file_name}:{line_no}"),
        Some(Value::Number(n)) => n.to_string(),
        Some(other) => {
            return Err(RecordError::Syntax(format!(
                "field `id` must be a string or number, found {}",
                kind_of(other)
            )));
        }
    };
    let date_key = if obj.contains_key("published") {
        "published"
    } else {
        "date"
    };
    let published = match opt_string(&obj, date_key)? {
        None => None,
        Some(s) if s.trim().is_empty() => None,
        Some(s) => Some(parse_date_str(&s).ok_or_else(|| {
            RecordError::Syntax(format!("field `{date_key}`: cannot read date {s:?}"))
        })?),
    };
    let fields = Fields {
        title: opt_string(&obj, "title")?,
        author: opt_string(&obj, "author")?,
        source: opt_string(&obj, "source")?,
        published,
        url: opt_string(&obj, "url")?,
    };
    if text.len() > opts.max_article_bytes {
        return Err(RecordError::Bad(format!(
            "text larger than the maximum article size ({} > {} bytes)",
            text.len(),
            opts.max_article_bytes
        )));
    }
    if text.trim().is_empty() {
        return Err(RecordError::Bad("empty text".to_string()));
    }
    let content_format = if InputFormat::sniff(text.as_bytes()) == InputFormat::Html {
        InputFormat::Html
    } else {
        InputFormat::Text
    };
    let mut article = build_article(
        &id,
        Some(path),
        text.as_bytes(),
        content_format,
        opts,
        Some(fields),
    );
    article.format = InputFormat::JsonLines;
    Ok(Input::Article(article))
}

/// One JSON Lines record read but not parsed yet ([`Input::Record`]): the
/// line's bytes and where it came from. [`Record::parse`] gives exactly what
/// reading it eagerly would have given (an article, an analysis, a skip, or
/// an error naming the file and line).
#[derive(Clone, Debug)]
pub struct Record {
    line: Vec<u8>,
    line_no: usize,
    source: Arc<RecordSource>,
}

/// The file of deferred records and the options they are read with, shared
/// by all records of one stream.
#[derive(Debug)]
struct RecordSource {
    path: String,
    file_name: String,
    opts: ReadOptions,
}

impl Record {
    /// Parses the record: an [`Input::Article`], an [`Input::Analysis`], an
    /// [`Input::Skipped`] (a bad record under `skip_bad`, or a bad article),
    /// or the error the eager reader would have stopped at.
    pub fn parse(self) -> Result<Input> {
        let src = &*self.source;
        let outcome = parse_record(
            &self.line,
            self.line_no,
            &src.path,
            &src.file_name,
            &src.opts,
        );
        record_outcome(outcome, &src.path, self.line_no, &src.opts)
    }
}

/// A record's outcome as the stream reports it: errors or skips by `opts`.
fn record_outcome(
    outcome: Result<Input, RecordError>,
    path: &str,
    line: usize,
    opts: &ReadOptions,
) -> Result<Input> {
    match outcome {
        Ok(input) => Ok(input),
        Err(RecordError::Syntax(message)) if !opts.skip_bad => Err(Error::Syntax {
            path: path.into(),
            line,
            message,
        }),
        Err(RecordError::Bad(reason)) if opts.strict => Err(Error::Rejected {
            path: path.into(),
            reason: format!("line {line}: {reason}"),
        }),
        Err(RecordError::Syntax(reason) | RecordError::Bad(reason)) => {
            Ok(Input::Skipped(Skipped {
                path: path.to_string(),
                line: Some(line),
                reason,
            }))
        }
    }
}

/// A streaming reader of one JSON Lines source.
pub(crate) struct JsonlStream {
    reader: Box<dyn BufRead>,
    path: String,
    file_name: String,
    line: usize,
    buf: Vec<u8>,
    done: bool,
    /// Set by [`JsonlStream::defer`]: records are handed out unparsed.
    deferred: Option<Arc<RecordSource>>,
}

impl JsonlStream {
    /// Reads records from `reader`; `path` names it in errors.
    pub fn new(reader: Box<dyn BufRead>, path: String, file_name: String) -> JsonlStream {
        JsonlStream {
            reader,
            path,
            file_name,
            line: 0,
            buf: Vec::new(),
            done: false,
            deferred: None,
        }
    }

    /// Hands records out as [`Input::Record`]s, read with `opts`, for the
    /// caller to parse elsewhere (the pipeline's workers).
    pub fn defer(&mut self, opts: &ReadOptions) {
        self.deferred = Some(Arc::new(RecordSource {
            path: self.path.clone(),
            file_name: self.file_name.clone(),
            opts: opts.clone(),
        }));
    }

    /// Skips the rest of an over-long line.
    fn discard_line(&mut self) -> std::io::Result<()> {
        loop {
            let chunk = self.reader.fill_buf()?;
            if chunk.is_empty() {
                return Ok(());
            }
            if let Some(p) = chunk.iter().position(|&b| b == b'\n') {
                self.reader.consume(p + 1);
                return Ok(());
            }
            let len = chunk.len();
            self.reader.consume(len);
        }
    }

    /// The next record, skip or error; `None` at the end.
    pub fn next_item(&mut self, opts: &ReadOptions) -> Option<Result<Input>> {
        let limit = opts
            .max_article_bytes
            .saturating_mul(2)
            .saturating_add(1 << 20) as u64;
        while !self.done {
            self.buf.clear();
            let read = (&mut self.reader)
                .take(limit)
                .read_until(b'\n', &mut self.buf);
            let n = match read {
                Ok(n) => n,
                Err(e) => {
                    self.done = true;
                    return Some(Err(Error::io(&self.path, e)));
                }
            };
            if n == 0 {
                self.done = true;
                return None;
            }
            self.line += 1;
            let outcome = if n as u64 >= limit && self.buf.last() != Some(&b'\n') {
                if let Err(e) = self.discard_line() {
                    self.done = true;
                    return Some(Err(Error::io(&self.path, e)));
                }
                Err(RecordError::Bad(
                    "record larger than the maximum article size".to_string(),
                ))
            } else {
                if self.buf.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                if let Some(source) = &self.deferred {
                    // Parsing is left to whoever takes the record (a worker
                    // thread): the reader only splits lines.
                    return Some(Ok(Input::Record(Record {
                        line: self.buf.as_slice().to_vec(),
                        line_no: self.line,
                        source: Arc::clone(source),
                    })));
                }
                parse_record(&self.buf, self.line, &self.path, &self.file_name, opts)
            };
            let item = record_outcome(outcome, &self.path, self.line, opts);
            if item.is_err() {
                self.done = true;
            }
            return Some(item);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    fn stream(s: &str, opts: &ReadOptions) -> Vec<Result<Input>> {
        let mut st = JsonlStream::new(
            Box::new(Cursor::new(s.as_bytes().to_vec())),
            "dir/c.jsonl".into(),
            "c.jsonl".into(),
        );
        std::iter::from_fn(|| st.next_item(opts)).collect()
    }

    const CORPUS: &str = concat!(
        r#"{"id":"a1","title":"Iraq and the S-400","text":"Baghdad wants missiles.","published":"2020-01-16","author":"Jane Doe","source":"Reuters","url":"http://x"}"#,
        "\n\n",
        r#"{"title":"No id","text":"Text two.","date":"1987-02-26T15:01:01"}"#,
        "\n",
        r#"{"id":7,"text":"Three.","published":"2020-01-16T10:00:00+02:00"}"#,
        "\n",
        r#"{"id":"x","text":"Four.","published":null}"#,
        "\n",
    );

    #[test]
    fn good_records() {
        let items = stream(CORPUS, &ReadOptions::default());
        let arts: Vec<_> = items
            .into_iter()
            .map(|r| match r.unwrap() {
                Input::Article(a) => a,
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(arts.len(), 4);
        let a = &arts[0];
        assert_eq!(a.meta.id, "a1");
        assert_eq!(a.meta.title.as_deref(), Some("Iraq and the S-400"));
        assert_eq!(a.meta.author.as_deref(), Some("Jane Doe"));
        assert_eq!(a.meta.source.as_deref(), Some("Reuters"));
        assert_eq!(a.meta.url.as_deref(), Some("http://x"));
        assert_eq!(a.meta.published.unwrap().to_string(), "2020-01-16");
        assert_eq!(a.meta.path.as_deref(), Some("dir/c.jsonl"));
        assert_eq!(a.raw, b"Baghdad wants missiles.");
        assert_eq!(a.text, "Baghdad wants missiles.");
        assert_eq!(a.format, InputFormat::JsonLines);
        assert_eq!(arts[1].meta.id, "c.jsonl:3");
        assert_eq!(arts[1].meta.published.unwrap().to_string(), "1987-02-26");
        assert_eq!(arts[2].meta.id, "7");
        assert_eq!(arts[2].meta.published.unwrap().to_string(), "2020-01-16");
        assert_eq!(arts[3].meta.published, None);
    }

    #[test]
    fn bad_lines_table() {
        let cases = [
            ("{not json", "not a JSON record"),
            ("[1,2]", "expected a JSON object"),
            (r#"{"id":"a"}"#, "missing field `text`"),
            (r#"{"id":"a","text":5}"#, "field `text` must be a string"),
            (r#"{"id":[],"text":"x"}"#, "field `id`"),
            (r#"{"text":"x","title":3}"#, "field `title`"),
            (r#"{"text":"x","published":"someday"}"#, "cannot read date"),
            (
                r#"{"article":{"id":"a"},"entities":[{"bogus":1}]}"#,
                "bad analysis record",
            ),
        ];
        for (line, want) in cases {
            let src = format!("{{\"text\":\"ok\"}}\n{line}\n{{\"text\":\"after\"}}\n");
            let items = stream(&src, &ReadOptions::default());
            assert_eq!(items.len(), 2, "{line}");
            match &items[1] {
                Err(Error::Syntax {
                    path,
                    line: 2,
                    message,
                }) => {
                    assert_eq!(path.to_str(), Some("dir/c.jsonl"));
                    assert!(message.contains(want), "{line}: {message}");
                }
                other => panic!("{line}: {other:?}"),
            }
            let opts = ReadOptions {
                skip_bad: true,
                ..ReadOptions::default()
            };
            let items = stream(&src, &opts);
            assert_eq!(items.len(), 3, "{line}");
            match &items[1] {
                Ok(Input::Skipped(s)) => {
                    assert_eq!(s.line, Some(2));
                    assert!(s.reason.contains(want));
                }
                other => panic!("{line}: {other:?}"),
            }
            assert!(matches!(&items[2], Ok(Input::Article(a)) if a.text == "after"));
        }
    }

    #[test]
    fn empty_and_oversized_text_are_skips() {
        let opts = ReadOptions {
            max_article_bytes: 10,
            ..ReadOptions::default()
        };
        let src = "{\"text\":\"   \"}\n{\"text\":\"01234567890123\"}\n{\"text\":\"fine\"}\n";
        let items = stream(src, &opts);
        assert!(
            matches!(&items[0], Ok(Input::Skipped(s)) if s.line == Some(1) && s.reason.contains("empty"))
        );
        assert!(
            matches!(&items[1], Ok(Input::Skipped(s)) if s.line == Some(2) && s.reason.contains("larger"))
        );
        assert!(matches!(&items[2], Ok(Input::Article(_))));
        let strict = ReadOptions {
            strict: true,
            ..opts.clone()
        };
        let items = stream(src, &strict);
        assert!(matches!(&items[0], Err(Error::Rejected { .. })));
        // an over-long raw line is skipped without reading it whole
        let opts = ReadOptions {
            max_article_bytes: 0,
            ..ReadOptions::default()
        };
        let long = format!(
            "{{\"text\":\"{}\"}}\n{{\"text\":\"\"}}\n",
            "a".repeat(3 << 20)
        );
        let items = stream(&long, &opts);
        assert_eq!(items.len(), 2);
        assert!(matches!(&items[0], Ok(Input::Skipped(s)) if s.line == Some(1)));
        assert!(matches!(&items[1], Ok(Input::Skipped(s)) if s.line == Some(2)));
    }

    #[test]
    fn analysis_lines_are_read_back() {
        let analysis = Analysis {
            article: crate::model::ArticleMeta {
                id: "a1".into(),
                ..Default::default()
            },
            entities: vec![],
            relations: vec![],
            quotes: vec![],
        };
        let line = serde_json::to_string(&analysis).unwrap();
        let items = stream(&format!("{line}\n"), &ReadOptions::default());
        match &items[0] {
            Ok(Input::Analysis(a)) => assert_eq!(**a, analysis),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn html_text_values_are_stripped() {
        let src = r#"{"id":"h","text":"<p>Baghdad &amp; Moscow</p><p>talk.</p>"}"#;
        let items = stream(src, &ReadOptions::default());
        match &items[0] {
            Ok(Input::Article(a)) => {
                assert!(a.text.contains("Baghdad &     Moscow"));
                assert!(!a.text.contains("<p>"));
                assert_eq!(a.text.len(), a.raw.len());
            }
            other => panic!("{other:?}"),
        }
    }
}
