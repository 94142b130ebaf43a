//! Metadata found in the text: headline, byline, dateline and outlet.
//!
//! Runs after markup removal on the analysis buffer, looking at the first
//! lines of the document (the header). A byline (`By Paul Antonopoulos`) gives
//! the author, a dateline (`Global Research, January 16, 2020`,
//! `Published: 2020-01-16`, `16 January 2020`) the date and, when it names
//! one, the outlet. Byline and dateline lines are metadata, not body: they are
//! blanked, but the byte spans of the names are recorded. The headline stays
//! in the text with its span recorded.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::span::Span;

use super::text::{Lines, TextBuf, collapse_ws, trim_range};

/// Metadata hints collected by the markup stages (HTML `<meta>`, headings, rules).
#[derive(Clone, Debug, Default)]
pub(crate) struct Hints {
    /// Headline from markup (`# Heading`, `<h1>`, `<title>`) with its span.
    pub title: Option<(String, Span)>,
    /// Headline text without a span (e.g. `og:title`).
    pub title_text: Option<String>,
    /// Author from markup (`<meta name="author">`).
    pub author: Option<(String, Span)>,
    /// Outlet from markup (`og:site_name`).
    pub source: Option<(String, Span)>,
    /// Publication date from markup.
    pub published: Option<NaiveDate>,
    /// Byte offsets of horizontal rules removed by the markup stage.
    pub rules: Vec<usize>,
}

/// What the header lines gave.
#[derive(Clone, Debug, Default)]
pub(crate) struct Detected {
    pub title: Option<(String, Span)>,
    pub author: Option<(String, Span)>,
    pub source: Option<(String, Span)>,
    pub published: Option<NaiveDate>,
}

/// How many non-blank lines count as the header.
const HEADER_LINES: usize = 20;
/// Longer lines are never bylines, datelines or headlines.
const MAX_META_LINE: usize = 300;

const MONTH: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

fn date_pattern() -> String {
    let m = MONTH;
    format!(
        r"(?i:(?P<m1>{m})[ \t]+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?[ \t]+(?P<y1>\d{{4}})|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?P<m2>{m}),?[ \t]+(?P<y2>\d{{4}})|(?P<y3>\d{{4}})-(?P<mo3>\d{{1,2}})-(?P<d3>\d{{1,2}}))"
    )
}

static DATE_RE: LazyLock<Regex> = LazyLock::new(|| Regex::new(&date_pattern()).unwrap());

static DATELINE_RE: LazyLock<Regex> = LazyLock::new(|| {
    let src = r"(?P<src>\p{Lu}[\p{L}\p{N}&.'’-]*(?:[ \t]+[\p{L}\p{N}&.'’-]+){0,5})";
    let prefix = r"(?i:(?:first[ \t]+)?published|posted|updated|last[ \t]+updated|date|dated)(?:[ \t]+on)?[ \t]*:?[ \t]*";
    let weekday = r"(?i:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+)";
    let time = r"(?:[ \t,|–—-]+(?i:at[ \t]+)?\d{1,2}[:.]\d{2}.*)?";
    Regex::new(&format!(
        r"^[ \t]*(?:{src}[ \t]*(?:,|[|–—·-])[ \t]*)?(?:{prefix})?{weekday}?{date}{time}[ \t]*$",
        date = date_pattern()
    ))
    .unwrap()
});

static BYLINE_RE: LazyLock<Regex> = LazyLock::new(|| {
    let word = r"(?:\p{Lu}[\p{L}\p{M}'’.-]*|van|von|de|der|den|da|di|del|al|bin|ibn|la|le)";
    Regex::new(&format!(
        r"^[ \t]*(?:By|BY|by)[ \t]*:?[ \t]+(?P<name>\p{{Lu}}[\p{{L}}\p{{M}}'’.-]*(?:[ \t]+{word}){{0,4}})[ \t]*$"
    ))
    .unwrap()
});

/// Compiles the patterns (see [`super::compile_patterns`]).
pub(super) fn compile_patterns() {
    LazyLock::force(&DATE_RE);
    LazyLock::force(&DATELINE_RE);
    LazyLock::force(&BYLINE_RE);
}

fn month_number(m: &str) -> Option<u32> {
    let m = m.trim_end_matches('.').to_ascii_lowercase();
    let idx = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    .iter()
    .position(|p| m.starts_with(p))?;
    Some(idx as u32 + 1)
}

fn date_from_caps(c: &regex::Captures<'_>) -> Option<NaiveDate> {
    let num = |name: &str| c.name(name).and_then(|m| m.as_str().parse::<u32>().ok());
    if let (Some(m), Some(d), Some(y)) = (c.name("m1"), num("d1"), num("y1")) {
        return NaiveDate::from_ymd_opt(y as i32, month_number(m.as_str())?, d);
    }
    if let (Some(d), Some(m), Some(y)) = (num("d2"), c.name("m2"), num("y2")) {
        return NaiveDate::from_ymd_opt(y as i32, month_number(m.as_str())?, d);
    }
    if let (Some(y), Some(mo), Some(d)) = (num("y3"), num("mo3"), num("d3")) {
        return NaiveDate::from_ymd_opt(y as i32, mo, d);
    }
    None
}

/// Parses a date value: ISO 8601 (`2020-01-16`, `1987-02-26T15:01:01`, RFC 3339)
/// or a written date (`January 16, 2020`, `16 Jan 2020`, `Thu, 16 Jan 2020 10:00 GMT`).
pub(crate) fn parse_date_str(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let b = s.as_bytes();
    if b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[7] == b'-'
        && (b.len() == 10 || matches!(b[10], b'T' | b't' | b' '))
    {
        return NaiveDate::parse_from_str(&s[..10], "%Y-%m-%d").ok();
    }
    if s.len() > 100 {
        return None;
    }
    DATE_RE.captures(s).and_then(|c| date_from_caps(&c))
}

/// A dateline: date and optional outlet with its span relative to the line.
/// A name found in a line, with its byte range in the line.
type NameAt = (String, usize, usize);

/// True when `line` holds four ASCII digits in a row. A dateline's year is
/// four `\d` that must parse as a number, so a line without them is no
/// dateline and need not meet [`DATELINE_RE`].
fn has_four_digits(line: &str) -> bool {
    let mut run = 0;
    let mut chunks = line.as_bytes().chunks_exact(8);
    for w in &mut chunks {
        // Most eight-byte chunks of prose hold no digit: one test, and the run is broken.
        let x = u64::from_le_bytes(w.try_into().unwrap_or([0; 8]));
        if ascii_digit_mask(x) == 0 {
            run = 0;
            continue;
        }
        for &b in w {
            run = if b.is_ascii_digit() { run + 1 } else { 0 };
            if run == 4 {
                return true;
            }
        }
    }
    for &b in chunks.remainder() {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        if run == 4 {
            return true;
        }
    }
    false
}

/// The high bit of each byte of `x` that is an ASCII digit (the other bits clear).
#[inline]
fn ascii_digit_mask(x: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    // On the low seven bits no byte carries into the next: 0x7F + 0x50 < 0x100.
    let lo = x & LOW7;
    let ge_0 = lo.wrapping_add(0x5050_5050_5050_5050); // high bit: lo >= b'0'
    let ge_colon = lo.wrapping_add(0x4646_4646_4646_4646); // high bit: lo >= b'9' + 1
    ge_0 & !ge_colon & !x & HIGH
}

fn match_dateline(line: &str) -> Option<(NaiveDate, Option<NameAt>)> {
    if !has_four_digits(line) {
        return None;
    }
    let c = DATELINE_RE.captures(line)?;
    let date = date_from_caps(&c)?;
    let src = c.name("src").and_then(|m| {
        let name = collapse_ws(m.as_str());
        let lower = name.to_lowercase();
        let rejected = crate::text::WEEKDAY_NAMES
            .iter()
            .any(|w| lower.starts_with(&w[..3]))
            || month_number(&lower).is_some_and(|_| lower.len() <= 9)
            || ["published", "posted", "updated", "date"]
                .iter()
                .any(|p| lower.starts_with(p));
        (!rejected).then(|| (name, m.start(), m.end()))
    });
    Some((date, src))
}

fn match_byline(line: &str) -> Option<NameAt> {
    // What [`BYLINE_RE`] begins with, tested first: most lines are no byline.
    let rest = line.trim_start_matches([' ', '\t']);
    if !["By", "BY", "by"].iter().any(|b| rest.starts_with(b)) {
        return None;
    }
    let c = BYLINE_RE.captures(line)?;
    let m = c.name("name")?;
    let name = collapse_ws(m.as_str());
    let last = name.split(' ').next_back()?;
    if !last.chars().next()?.is_uppercase() {
        return None;
    }
    Some((name, m.start(), m.end()))
}

/// Whether a first line reads like a plain-text headline.
fn looks_like_headline(line: &str) -> bool {
    let t = line.trim();
    let words = t.split_whitespace().count();
    (2..=25).contains(&words)
        && t.len() <= 200
        && t.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && !t.ends_with(['.', ',', ';', ':'])
        && !t.contains("://")
}

/// [`trim_range`] of the line `ls..le` of `buf`, read from `whole` (the buffer as a
/// `str`, when it is valid UTF-8) without checking the line's UTF-8 again.
fn trim_line(buf: &[u8], whole: Option<&str>, ls: usize, le: usize) -> (usize, usize) {
    match whole.and_then(|t| t.get(ls..le)) {
        Some(line) => {
            let lead = line.len() - line.trim_start().len();
            if lead == line.len() {
                return (ls, ls);
            }
            (ls + lead, le - (line.len() - line.trim_end().len()))
        }
        None => trim_range(buf, ls, le),
    }
}

/// Finds header metadata in the buffer and blanks byline and dateline lines.
pub(crate) fn detect(tb: &mut TextBuf, hints: &Hints) -> Detected {
    let mut det = Detected {
        title: hints.title.clone(),
        ..Detected::default()
    };
    // Only the first lines are read: they are found one at a time.
    let mut lines = Lines::new(&tb.buf).peekable();
    let mut seen = 0;
    let mut first_nonblank = true;
    let mut to_blank = Vec::new();
    // Valid UTF-8 after `repair`, and lines end at ASCII bytes: checked once, not per line.
    let whole = std::str::from_utf8(&tb.buf).ok();
    while let Some((ls, le)) = lines.next() {
        if seen >= HEADER_LINES {
            break;
        }
        let (s, e) = trim_line(&tb.buf, whole, ls, le);
        if s == e {
            continue;
        }
        seen += 1;
        let was_first = std::mem::replace(&mut first_nonblank, false);
        if e - s > MAX_META_LINE {
            continue;
        }
        if det
            .title
            .as_ref()
            .is_some_and(|(_, sp)| (ls..=le).contains(&sp.start))
        {
            continue;
        }
        let line = match whole {
            Some(t) => &t[ls..le],
            None => std::str::from_utf8(&tb.buf[ls..le]).unwrap_or(""),
        };
        if det.author.is_none()
            && let Some((name, a, b)) = match_byline(line)
        {
            det.author = Some((name, Span::new(ls + a, ls + b)));
            to_blank.push((ls, le));
            continue;
        }
        if det.published.is_none()
            && let Some((date, src)) = match_dateline(line)
        {
            det.published = Some(date);
            if let Some((name, a, b)) = src {
                det.source = Some((name, Span::new(ls + a, ls + b)));
            }
            to_blank.push((ls, le));
            continue;
        }
        if was_first && det.title.is_none() && hints.title_text.is_none() {
            let next_blank = lines.peek().is_none_or(|&(ns, ne)| {
                let (a, b) = trim_line(&tb.buf, whole, ns, ne);
                a == b
            });
            if next_blank && looks_like_headline(line) {
                det.title = Some((collapse_ws(line), Span::new(s, e)));
            }
        }
    }
    for (s, e) in to_blank {
        tb.blank(s, e);
    }
    if det.title.is_none()
        && let Some(t) = &hints.title_text
    {
        det.title = Some((t.clone(), Span::default()));
    }
    // Markup metadata fills what the header lines did not give.
    if det.author.is_none() {
        det.author = hints.author.clone();
    }
    if det.source.is_none() {
        det.source = hints.source.clone();
    }
    if det.published.is_none() {
        det.published = hints.published;
    }
    det
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn date_values() {
        let cases = [
            ("2020-01-16", d(2020, 1, 16)),
            ("1987-02-26T15:01:01", d(1987, 2, 26)),
            ("2020-01-16T10:00:00+02:00", d(2020, 1, 16)),
            ("2020-01-16T10:00:00Z", d(2020, 1, 16)),
            ("January 16, 2020", d(2020, 1, 16)),
            ("Jan. 16 2020", d(2020, 1, 16)),
            ("16 January 2020", d(2020, 1, 16)),
            ("Thu, 16 Jan 2020 10:00:00 GMT", d(2020, 1, 16)),
            ("2020-02-30", None),
            ("yesterday", None),
            ("", None),
        ];
        for (s, want) in cases {
            assert_eq!(parse_date_str(s), want, "{s}");
        }
    }

    type Want = Option<(Option<NaiveDate>, Option<&'static str>)>;

    #[test]
    fn four_digits_as_a_byte_scan() {
        let slow = |s: &str| {
            s.as_bytes()
                .windows(4)
                .any(|w| w.iter().all(u8::is_ascii_digit))
        };
        let mut seed = 7u64;
        let alphabet: &[u8] = b"0123456789 a/:-\x7f\xc3\xa9";
        for len in 0..40 {
            for _ in 0..300 {
                let mut s = Vec::new();
                for _ in 0..len {
                    seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    // Mostly digits, so that runs of three, four and five are common.
                    let pick = (seed >> 33) as usize % (alphabet.len() + 10);
                    s.push(match alphabet.get(pick) {
                        Some(&b) => b,
                        None => b'0' + (pick - alphabet.len()) as u8,
                    });
                }
                let s = String::from_utf8_lossy(&s).into_owned();
                assert_eq!(has_four_digits(&s), slow(&s), "{s:?}");
            }
        }
    }

    #[test]
    fn datelines() {
        let cases: &[(&str, Want)] = &[
            (
                "Global Research, January 16, 2020",
                Some((d(2020, 1, 16), Some("Global Research"))),
            ),
            ("January 16, 2020", Some((d(2020, 1, 16), None))),
            ("Published: 2020-01-16", Some((d(2020, 1, 16), None))),
            (
                "Published on 16 January 2020 at 10:30 GMT",
                Some((d(2020, 1, 16), None)),
            ),
            ("Monday, January 16, 2020", Some((d(2020, 1, 16), None))),
            (
                "Reuters | Jan 16, 2020 10:30",
                Some((d(2020, 1, 16), Some("Reuters"))),
            ),
            ("On January 16, 2020 the army moved.", None),
            ("2020 was a year", None),
        ];
        for (line, want) in cases {
            let got = match_dateline(line).map(|(date, src)| (Some(date), src.map(|s| s.0)));
            let want = want.map(|(dt, s)| (dt, s.map(str::to_string)));
            assert_eq!(got, want, "{line}");
        }
    }

    #[test]
    fn bylines() {
        let cases = [
            ("By Paul Antonopoulos", Some("Paul Antonopoulos")),
            ("By  Paul Antonopoulos    ", Some("Paul Antonopoulos")),
            ("BY J. R. R. Tolkien", Some("J. R. R. Tolkien")),
            ("By Ludwig van Beethoven", Some("Ludwig van Beethoven")),
            ("by the river we sat", None),
            ("By One Two Three Four Five Six", None),
            ("By 2020, the war was over", None),
            ("Byron Smith", None),
        ];
        for (line, want) in cases {
            assert_eq!(
                match_byline(line).map(|m| m.0),
                want.map(str::to_string),
                "{line}"
            );
        }
    }

    #[test]
    fn plain_text_header() {
        let raw = "Iraq Weighs S-400 Purchase\n\nBy Jane Doe\nReuters, 16 January 2020\n\nBaghdad said on Thursday.\n";
        let mut tb = TextBuf::new(raw.as_bytes());
        let det = detect(&mut tb, &Hints::default());
        let (title, ts) = det.title.unwrap();
        assert_eq!(title, "Iraq Weighs S-400 Purchase");
        assert_eq!(&raw[ts.start..ts.end], title);
        let (author, asp) = det.author.unwrap();
        assert_eq!(author, "Jane Doe");
        assert_eq!(&raw[asp.start..asp.end], "Jane Doe");
        let (src, ssp) = det.source.unwrap();
        assert_eq!(src, "Reuters");
        assert_eq!(&raw[ssp.start..ssp.end], "Reuters");
        assert_eq!(det.published, d(2020, 1, 16));
        let text = tb.as_str();
        assert!(text.contains("Iraq Weighs"));
        assert!(!text.contains("Jane") && !text.contains("Reuters"));
        assert!(text.contains("Baghdad said"));
    }

    #[test]
    fn sentence_first_line_is_not_a_title() {
        let raw = "Baghdad said on Thursday it would buy missiles.\n\nMore text.";
        let mut tb = TextBuf::new(raw.as_bytes());
        assert!(detect(&mut tb, &Hints::default()).title.is_none());
    }
}
