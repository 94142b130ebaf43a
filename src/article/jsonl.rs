//! JSON Lines corpora: one article (or one `extract` analysis) per line.
//!
//! Records are read one line at a time from a [`BufRead`], never the whole
//! file. Fields: `text` (required, a string), `id` (string or number; missing
//! → `<file name>:<line>`), `title`, `author`, `source`, `url`, and `published`
//! or `date` (`2020-01-16`, `1987-02-26T15:01:01`, RFC 3339, a written date,
//! or null). A record with an `article` object and an `entities` array is
//! newsgraph's own `extract` output and is read back as an [`Analysis`].
//! The `text` value is plain text, unless it plainly is HTML.

use std::borrow::Cow;
use std::io::{BufRead, Read};
use std::sync::Arc;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Number, Value};

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

/// One field value of a record, as far as the reader needs it: a string
/// (borrowed from the line when it has no escapes), a number, null, or the
/// kind of anything else (for the error message).
#[derive(Debug)]
enum FieldValue<'a> {
    Null,
    Str(Cow<'a, str>),
    Num(Number),
    Other(&'static str),
}

impl<'a> FieldValue<'a> {
    /// The field as a [`Value`] holds it (the general reader).
    fn of(v: &'a Value) -> FieldValue<'a> {
        match v {
            Value::Null => FieldValue::Null,
            Value::String(s) => FieldValue::Str(Cow::Borrowed(s)),
            Value::Number(n) => FieldValue::Num(n.clone()),
            other => FieldValue::Other(kind_of(other)),
        }
    }

    fn kind(&self) -> &'static str {
        match self {
            FieldValue::Null => "null",
            FieldValue::Str(_) => "a string",
            FieldValue::Num(_) => "a number",
            FieldValue::Other(kind) => kind,
        }
    }
}

/// The fields of an article record, each `None` when its key is absent.
#[derive(Debug, Default)]
struct RecordFields<'a> {
    text: Option<FieldValue<'a>>,
    id: Option<FieldValue<'a>>,
    published: Option<FieldValue<'a>>,
    date: Option<FieldValue<'a>>,
    title: Option<FieldValue<'a>>,
    author: Option<FieldValue<'a>>,
    source: Option<FieldValue<'a>>,
    url: Option<FieldValue<'a>>,
}

impl<'a> RecordFields<'a> {
    /// The slot of a known key (`None`: a key the reader does not use).
    fn slot(&mut self, key: &str) -> Option<&mut Option<FieldValue<'a>>> {
        Some(match key {
            "text" => &mut self.text,
            "id" => &mut self.id,
            "published" => &mut self.published,
            "date" => &mut self.date,
            "title" => &mut self.title,
            "author" => &mut self.author,
            "source" => &mut self.source,
            "url" => &mut self.url,
            _ => return None,
        })
    }
}

fn opt_string(field: Option<FieldValue<'_>>, key: &str) -> Result<Option<String>, RecordError> {
    match field {
        None | Some(FieldValue::Null) => Ok(None),
        Some(FieldValue::Str(s)) => Ok(Some(s.into_owned())),
        Some(other) => Err(RecordError::Syntax(format!(
            "field `{key}` must be a string, found {}",
            other.kind()
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
///
/// An article record is read straight into its fields, the values of other
/// keys parsed and dropped as they are met (no [`Value`] tree, no copies of
/// strings without escapes). Anything else, an `extract` (analysis) record or
/// a line that is not a JSON object, goes through a [`Value`], which also
/// gives the error messages: the first reader only answers when it has read
/// the same fields the second would have.
pub(crate) fn parse_record(
    line: &[u8],
    line_no: usize,
    path: &str,
    file_name: &str,
    opts: &ReadOptions,
) -> Result<Input, RecordError> {
    let line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
    if let Ok(FastRecord::Article(fields)) = serde_json::from_slice::<FastRecord<'_>>(line) {
        return article_record(fields, line_no, path, file_name, opts);
    }
    parse_record_value(line, line_no, path, file_name, opts)
}

/// [`parse_record`] through a [`Value`]: analysis records, and every line
/// the direct reader does not take (it gives the error messages).
fn parse_record_value(
    line: &[u8],
    line_no: usize,
    path: &str,
    file_name: &str,
    opts: &ReadOptions,
) -> Result<Input, RecordError> {
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
    let mut fields = RecordFields::default();
    for (key, v) in &obj {
        if let Some(slot) = fields.slot(key) {
            *slot = Some(FieldValue::of(v));
        }
    }
    article_record(fields, line_no, path, file_name, opts)
}

/// The article of a record's fields (the checks in the order the messages name them).
fn article_record(
    f: RecordFields<'_>,
    line_no: usize,
    path: &str,
    file_name: &str,
    opts: &ReadOptions,
) -> Result<Input, RecordError> {
    let text = match f.text {
        Some(FieldValue::Str(s)) => s,
        Some(other) => {
            return Err(RecordError::Syntax(format!(
                "field `text` must be a string, found {}",
                other.kind()
            )));
        }
        None => return Err(RecordError::Syntax("missing field `text`".to_string())),
    };
    let id = match f.id {
        None | Some(FieldValue::Null) => format!("{file_name}:{line_no}"),
        Some(FieldValue::Str(s)) if !s.trim().is_empty() => s.into_owned(),
        Some(FieldValue::Str(_)) => format!("{file_name}:{line_no}"),
        Some(FieldValue::Num(n)) => n.to_string(),
        Some(FieldValue::Other(kind)) => {
            return Err(RecordError::Syntax(format!(
                "field `id` must be a string or number, found {kind}"
            )));
        }
    };
    let (date_key, date) = if f.published.is_some() {
        ("published", f.published)
    } else {
        ("date", f.date)
    };
    let published = match opt_string(date, date_key)? {
        None => None,
        Some(s) if s.trim().is_empty() => None,
        Some(s) => Some(parse_date_str(&s).ok_or_else(|| {
            RecordError::Syntax(format!("field `{date_key}`: cannot read date {s:?}"))
        })?),
    };
    let fields = Fields {
        title: opt_string(f.title, "title")?,
        author: opt_string(f.author, "author")?,
        source: opt_string(f.source, "source")?,
        published,
        url: opt_string(f.url, "url")?,
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

/// What the direct reader made of a line: an article record's fields, or a
/// record it leaves to the [`Value`] reader (an `extract` record, whose
/// `article` is an object and `entities` an array).
enum FastRecord<'a> {
    Article(RecordFields<'a>),
    Analysis,
}

impl<'de> Deserialize<'de> for FastRecord<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(FastRecordVisitor)
    }
}

struct FastRecordVisitor;

impl<'de> Visitor<'de> for FastRecordVisitor {
    type Value = FastRecord<'de>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<FastRecord<'de>, A::Error> {
        let mut fields = RecordFields::default();
        // The kinds of the last `article` and `entities` values (a repeated
        // key keeps its last value, as in a `Value`).
        let (mut article, mut entities) = ("", "");
        while let Some(key) = map.next_key::<Key<'de>>()? {
            match key.0.as_ref() {
                "article" => article = map.next_value::<FieldValue<'de>>()?.kind(),
                "entities" => entities = map.next_value::<FieldValue<'de>>()?.kind(),
                k => match fields.slot(k) {
                    Some(slot) => *slot = Some(map.next_value()?),
                    None => {
                        map.next_value::<Skip>()?;
                    }
                },
            }
        }
        Ok(if article == "an object" && entities == "an array" {
            FastRecord::Analysis
        } else {
            FastRecord::Article(fields)
        })
    }
}

/// An object key, borrowed from the line when it has no escapes.
#[derive(serde::Deserialize)]
#[serde(transparent)]
struct Key<'a>(#[serde(borrow)] Cow<'a, str>);

impl<'de> Deserialize<'de> for FieldValue<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(FieldVisitor)
    }
}

/// Reads a value as [`Value`] would (same numbers, same string checks, same
/// nesting limit), keeping only what [`FieldValue`] holds.
struct FieldVisitor;

impl<'de> Visitor<'de> for FieldVisitor {
    type Value = FieldValue<'de>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E>(self) -> Result<FieldValue<'de>, E> {
        Ok(FieldValue::Null)
    }

    fn visit_bool<E>(self, _: bool) -> Result<FieldValue<'de>, E> {
        Ok(FieldValue::Other("a boolean"))
    }

    fn visit_i64<E>(self, v: i64) -> Result<FieldValue<'de>, E> {
        Ok(FieldValue::Num(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<FieldValue<'de>, E> {
        Ok(FieldValue::Num(v.into()))
    }

    fn visit_f64<E>(self, v: f64) -> Result<FieldValue<'de>, E> {
        Ok(Number::from_f64(v).map_or(FieldValue::Null, FieldValue::Num))
    }

    fn visit_borrowed_str<E>(self, s: &'de str) -> Result<FieldValue<'de>, E> {
        Ok(FieldValue::Str(Cow::Borrowed(s)))
    }

    fn visit_str<E>(self, s: &str) -> Result<FieldValue<'de>, E> {
        Ok(FieldValue::Str(Cow::Owned(s.to_string())))
    }

    fn visit_string<E>(self, s: String) -> Result<FieldValue<'de>, E> {
        Ok(FieldValue::Str(Cow::Owned(s)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<FieldValue<'de>, A::Error> {
        SkipVisitor.visit_seq(seq)?;
        Ok(FieldValue::Other("an array"))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<FieldValue<'de>, A::Error> {
        SkipVisitor.visit_map(map)?;
        Ok(FieldValue::Other("an object"))
    }
}

/// A value parsed and dropped. Unlike serde's `IgnoredAny` (which serde_json
/// skips without reading numbers) it is parsed as [`Value`] parses it, so a
/// line the `Value` reader refuses (a number out of range, say) is refused here too.
struct Skip;

impl<'de> Deserialize<'de> for Skip {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(SkipVisitor)
    }
}

struct SkipVisitor;

impl<'de> Visitor<'de> for SkipVisitor {
    type Value = Skip;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E>(self) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_bool<E>(self, _: bool) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_str<E>(self, _: &str) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Skip, A::Error> {
        while seq.next_element::<Skip>()?.is_some() {}
        Ok(Skip)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Skip, A::Error> {
        while map.next_entry::<Skip, Skip>()?.is_some() {}
        Ok(Skip)
    }
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

    /// The direct reader and the `Value` reader give the same outcome, line by line.
    #[test]
    fn direct_reader_matches_value_reader() {
        let lines = [
            r#"{"id":"a1","title":"T","text":"Baghdad wants missiles.","published":"2020-01-16","author":"A","source":"S","url":"u"}"#,
            r#"{"text":"esc\naped \u00e9 \"q\"","title":"t\tab","topics":["x","y"],"places":[],"n":{"a":[1,2.5,-3,null,true]}}"#,
            r#"{"id":"a","id":"b","text":"first","text":"second"}"#,
            r#"{"id":7,"text":"x"}"#,
            r#"{"id":-7,"text":"x"}"#,
            r#"{"id":7.25,"text":"x"}"#,
            r#"{"id":1e3,"text":"x"}"#,
            r#"{"id":"  ","text":"x"}"#,
            r#"{"id":null,"text":"x","published":null,"date":"2020-01-16"}"#,
            r#"{"text":"x","date":"1987-02-26T15:01:01"}"#,
            r#"{"text":"x","published":"","date":"2020-01-16"}"#,
            r#"{"text":"x","published":"someday"}"#,
            r#"{"text":"x","date":5}"#,
            r#"{"text":"x","title":3}"#,
            r#"{"text":"x","title":[]}"#,
            r#"{"text":"x","author":{}}"#,
            r#"{"text":"x","source":true}"#,
            r#"{"text":"x","url":false}"#,
            r#"{"text":5}"#,
            r#"{"text":null}"#,
            r#"{"text":"   "}"#,
            r#"{"text":"<p>Baghdad &amp; Moscow</p><p>talk.</p>"}"#,
            r#"{"id":[],"text":"x"}"#,
            r#"{"id":{"a":1},"text":"x"}"#,
            r#"{"id":"a"}"#,
            r#"{"text":"x","other":1e400}"#,
            r#"{"text":"x","other":[[[1e400]]]}"#,
            r#"{"text":"x","other":"\ud800"}"#,
            r#"{"text":"x","other":"bad \q escape"}"#,
            r#"{"te\u0078t":"escaped key"}"#,
            r#"{"text":"x",}"#,
            r#"{"text":"x"} trailing"#,
            r#"{"text":"x"}   "#,
            "{not json",
            "[1,2]",
            "\"text\"",
            "null",
            r#"{"article":{"id":"a"},"entities":[]}"#,
            r#"{"article":{"id":"a"},"entities":[{"bogus":1}]}"#,
            r#"{"article":"a","entities":[],"text":"an article after all"}"#,
            r#"{"article":{"id":"a"},"entities":{},"text":"an article after all"}"#,
            r#"{"article":{},"entities":[],"article":1,"text":"last article wins"}"#,
        ];
        let opts = ReadOptions::default();
        for line in lines {
            let fast = parse_record(line.as_bytes(), 3, "dir/c.jsonl", "c.jsonl", &opts);
            let slow = parse_record_value(line.as_bytes(), 3, "dir/c.jsonl", "c.jsonl", &opts);
            assert_eq!(format!("{fast:?}"), format!("{slow:?}"), "{line}");
        }
        // The BOM is stripped on both paths.
        let bom = b"\xEF\xBB\xBF{\"text\":\"x\"}";
        assert!(matches!(
            parse_record(bom, 1, "p", "p", &opts),
            Ok(Input::Article(_))
        ));
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
