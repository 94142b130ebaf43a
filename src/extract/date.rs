//! Date expressions: finding them in text and resolving them against the
//! article's publication date (the *anchor*).
//!
//! The finder tokenises the text once (letter runs, ASCII digit runs, single
//! punctuation characters) and tries a fixed set of short patterns at each
//! token, so it is linear in the length of the text. Matching is
//! case-insensitive and on whole words only ("Mayor" holds no "May";
//! "Sunday's" holds "Sunday").
//!
//! # Covered phrases
//!
//! Absolute (resolved without an anchor, `relative: false`):
//! - `January 16, 2020`, `Jan. 16, 2020`, `Jan 16 2020`, `January 16th, 2020`,
//!   `16 January 2020`, `16th of January, 2020` → day
//! - a weekday in front of any of those (`Thursday, January 16, 2020`,
//!   `Thu, 16 Jan 2020`) is part of the same mention
//! - ISO `2020-01-16` (also `2020/01/16`; a trailing `T15:01:01` is ignored) → day
//! - `January 2020`, `Jan. 2020` → month
//! - a bare year 1900–2099 only after `in`, `since`, `by`, `from`, `during`,
//!   `until`, `till`, `early`, `late`, `mid`/`mid-` (`in 2019`, `mid-2019`) → year
//!
//! `16/01/2020` style dates are ambiguous (day/month order) and are skipped.
//! Years next to a month must lie in 1800–2199; numbers glued to letters or
//! to other digits by `,` `.` `:` `/` (`2020s`, `2,019`) are never dates.
//!
//! Relative (need the anchor, `relative: true`, `value: None` without one):
//! - `today`, `tonight`, `this morning/afternoon/evening`, `earlier today`,
//!   `later today` → anchor
//! - `yesterday` (optionally `yesterday morning/afternoon/evening/night`),
//!   `last night`, `the previous day`, `the day before` → anchor − 1
//! - `the day before yesterday` → anchor − 2; `tomorrow` → anchor + 1;
//!   `the day after tomorrow` → anchor + 2
//! - weekdays (full names): `Tuesday`, `on Tuesday`, `this Tuesday`,
//!   `Tuesday night` → the most recent Tuesday **on or before** the anchor
//!   (the anchor itself when it is a Tuesday); `last Tuesday` → the most
//!   recent Tuesday **strictly before** the anchor; `next Tuesday` → the first
//!   Tuesday strictly after it. A part of day (`morning`, `afternoon`,
//!   `evening`, `night`) after the weekday joins the mention.
//! - `N days ago` → anchor − N; `N weeks ago` → anchor − 7N (days);
//!   `N months ago` → the month N months before the anchor's;
//!   `N years ago` → the year N before. N is `a`/`an`, `one`..`twelve` or digits.
//! - `this week` → anchor; `last week` → anchor − 7 (a day inside the
//!   previous calendar week); `next week` → anchor + 7;
//!   `earlier this week` → anchor − 2, but never before the Monday of the
//!   anchor's week; `later this week` → anchor + 2, never after its Sunday
//! - `last weekend` → the Saturday before the Monday of the anchor's week
//! - `this month`, `earlier this month`, `later this month` → the anchor's
//!   month; `last month` / `next month` → the month before / after
//! - `this year`, `earlier this year`, `later this year` → the anchor's year;
//!   `last year` / `next year` → year − 1 / + 1
//! - `January 16` without a year → the nearest January 16 on or before the
//!   anchor (past bias, however far back; `January 16 last year` → year − 1)
//! - a month name alone needs a cue: a preposition (`in September`,
//!   `since May`), `early`/`late`/`mid`, `last`/`next`/`this`, or a following
//!   `last year`/`this year`/`next year`:
//!   - `in September` → the most recent September on or before the anchor's
//!     month (the anchor's own month when they are the same)
//!   - `last September` → the most recent September strictly before the
//!     anchor's month; `next September` → the first one strictly after;
//!     `this September` → September of the anchor's year
//!   - `September last year` / `in May this year` / `May next year` → that
//!     month of the anchor's year − 1 / + 0 / + 1
//! - `last spring/summer/autumn/fall/winter` → the middle month (April, July,
//!   October, January) of the most recent such season that ended before the
//!   anchor's month (seasons: Mar–May, Jun–Aug, Sep–Nov, Dec–Feb; winter
//!   Dec 2018–Feb 2019 has middle month January 2019). With anchor
//!   2020-01-16, `last summer` → 2019-07 and `last winter` → 2019-01.
//!
//! `May`, `March` and `Mar` count as months only when capitalised ("they may
//! buy" is no date). Abbreviated month names (`Jan`, `Sept.`) count only
//! next to a day number or a year. `last`/`next` right after `the` (`over the
//! last week`) is a duration, not a date, and is skipped.
//!
//! # Spans
//! A leading preposition (`on`, `in`, `since`, `during`, `until`, `till`,
//! `by`, `from`) is part of the span for weekdays, month names, explicit dates
//! and years (`on Tuesday`, `in September last year`, `since May last year`,
//! `in 2019`) but not for fixed relative phrases (`in last week's` → `last
//! week`). `early`/`late`/`mid` are always part of the span.

use std::ops::Range;

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use crate::span::Span;

/// Precision of a resolved date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateValue {
    /// A single calendar day.
    Day(NaiveDate),
    /// A calendar month.
    Month {
        /// Year of the month.
        year: i32,
        /// Month number, 1–12.
        month: u32,
    },
    /// A calendar year.
    Year(i32),
}

impl DateValue {
    /// ISO 8601 form at the value's precision: `2020-01-14`, `2019-09`, `2019`.
    pub fn iso(&self) -> String {
        match *self {
            DateValue::Day(d) => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            DateValue::Month { year, month } => format!("{year:04}-{month:02}"),
            DateValue::Year(y) => format!("{y:04}"),
        }
    }

    /// First day covered. Out-of-range fields saturate to chrono's limits.
    pub fn first_day(&self) -> NaiveDate {
        match *self {
            DateValue::Day(d) => d,
            DateValue::Month { year, month } => ymd_saturating(year, month.clamp(1, 12), 1),
            DateValue::Year(y) => ymd_saturating(y, 1, 1),
        }
    }

    /// Last day covered. Out-of-range fields saturate to chrono's limits.
    pub fn last_day(&self) -> NaiveDate {
        match *self {
            DateValue::Day(d) => d,
            DateValue::Month { year, month } => {
                let month = month.clamp(1, 12);
                ymd_saturating(year, month, days_in_month(year, month))
            }
            DateValue::Year(y) => ymd_saturating(y, 12, 31),
        }
    }

    /// True when `day` lies within the value.
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.first_day() <= day && day <= self.last_day()
    }
}

impl std::fmt::Display for DateValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.iso())
    }
}

/// One date expression found in a text.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct DateMention {
    /// First byte of the expression (absolute offset into the text).
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// The resolved date; `None` when the expression is relative and there
    /// is no anchor (or the result falls outside chrono's range).
    pub value: Option<DateValue>,
    /// True when resolving the expression needs the anchor.
    pub relative: bool,
}

impl DateMention {
    /// The mention's byte span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// The text the mention covers.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// All date expressions in `text[range]`; byte offsets are into `text`
/// (absolute), non-overlapping, in order.
///
/// The range is clamped to the text and shrunk to character boundaries; a
/// word cut by the range's edges is not matched. See the module docs for the
/// phrases covered and how they resolve against `anchor`.
///
/// ```
/// use chrono::NaiveDate;
/// use newsgraph::extract::date::find_dates;
/// let text = "He said on Tuesday that talks began in September last year.";
/// let anchor = NaiveDate::from_ymd_opt(2020, 1, 16);
/// let found: Vec<_> = find_dates(text, 0..text.len(), anchor)
///     .iter()
///     .map(|m| (m.text(text), m.value.unwrap().iso()))
///     .collect();
/// assert_eq!(found, [("on Tuesday", "2020-01-14".to_string()),
///                    ("in September last year", "2019-09".to_string())]);
/// ```
pub fn find_dates(text: &str, range: Range<usize>, anchor: Option<NaiveDate>) -> Vec<DateMention> {
    let range = clamp_range(text, range);
    let scan = Scanner::new(text, range);
    let mut out = Vec::new();
    let mut i = 0;
    while i < scan.toks.len() {
        if !scan.may_start(i) {
            i += 1;
            continue;
        }
        match scan.match_at(i) {
            Some((start_tok, end_tok, expr)) => {
                let relative = !matches!(expr, Expr::Abs(_));
                let value = match expr {
                    Expr::Abs(v) => Some(v),
                    _ => anchor.and_then(|a| resolve(&expr, a)),
                };
                out.push(DateMention {
                    start: scan.toks[start_tok].start,
                    end: scan.toks[end_tok - 1].end,
                    value,
                    relative,
                });
                i = end_tok;
            }
            None => i += 1,
        }
    }
    recycle(scan);
    out
}

/// Parse a standalone date string as found in metadata ("January 16, 2020",
/// "16 Jan 2020", "2020-01-16", "1987-02-26T15:01:01", "Jan. 16, 2020",
/// "Thursday, January 16, 2020", "Thu, 16 Jan 2020 10:00:00 +0000").
///
/// Returns the first explicit day-precision date in the string; strings with
/// only a month or year, or only relative expressions, give `None`.
///
/// ```
/// use newsgraph::extract::date::parse_date;
/// assert_eq!(parse_date("Jan. 16, 2020").unwrap().to_string(), "2020-01-16");
/// assert_eq!(parse_date("yesterday"), None);
/// ```
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    find_dates(s, 0..s.len(), None)
        .into_iter()
        .find_map(|m| match m.value {
            Some(DateValue::Day(d)) if !m.relative => Some(d),
            _ => None,
        })
}

// ---------------------------------------------------------------------------
// Calendar helpers

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if is_leap(y) => 29,
        _ => 28,
    }
}

fn ymd_saturating(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(if y < 0 {
        NaiveDate::MIN
    } else {
        NaiveDate::MAX
    })
}

/// Month value from a month index `year * 12 + (month - 1)`, if representable.
fn month_value(idx: i64) -> Option<DateValue> {
    let year = i32::try_from(idx.div_euclid(12)).ok()?;
    let month = idx.rem_euclid(12) as u32 + 1;
    NaiveDate::from_ymd_opt(year, month, 1)?;
    NaiveDate::from_ymd_opt(year, month, days_in_month(year, month))?;
    Some(DateValue::Month { year, month })
}

fn year_value(y: i64) -> Option<DateValue> {
    let y = i32::try_from(y).ok()?;
    NaiveDate::from_ymd_opt(y, 1, 1)?;
    NaiveDate::from_ymd_opt(y, 12, 31)?;
    Some(DateValue::Year(y))
}

fn month_idx(d: NaiveDate) -> i64 {
    d.year() as i64 * 12 + d.month0() as i64
}

fn add_days(d: NaiveDate, n: i64) -> Option<DateValue> {
    d.checked_add_signed(Duration::try_days(n)?)
        .map(DateValue::Day)
}

// ---------------------------------------------------------------------------
// Unresolved expressions

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    /// Bare / `on` / `in`: on or before the anchor.
    Near,
    /// `last`: strictly before.
    Last,
    /// `next`: strictly after.
    Next,
    /// `this`.
    This,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Expr {
    Abs(DateValue),
    MonthDay {
        month: u32,
        day: u32,
        year_off: Option<i32>,
    },
    MonthName {
        month: u32,
        mode: Mode,
    },
    MonthYearOff {
        month: u32,
        off: i32,
    },
    Weekday {
        wd: Weekday,
        mode: Mode,
    },
    Days(i64),
    EarlierThisWeek,
    LaterThisWeek,
    LastWeekend,
    MonthOff(i64),
    YearOff(i64),
    Season {
        mid: u32,
    },
}

impl Expr {
    /// Whether a leading preposition belongs in the span.
    fn takes_prep(&self) -> bool {
        matches!(
            self,
            Expr::Abs(_)
                | Expr::MonthDay { .. }
                | Expr::MonthName {
                    mode: Mode::Near,
                    ..
                }
                | Expr::MonthYearOff { .. }
                | Expr::Weekday {
                    mode: Mode::Near,
                    ..
                }
        )
    }
}

fn resolve(expr: &Expr, a: NaiveDate) -> Option<DateValue> {
    let a_idx = month_idx(a);
    match *expr {
        Expr::Abs(v) => Some(v),
        Expr::MonthDay {
            month,
            day,
            year_off,
        } => match year_off {
            Some(off) => {
                let y = a.year().checked_add(off)?;
                NaiveDate::from_ymd_opt(y, month, day).map(DateValue::Day)
            }
            None => (0..9).find_map(|back| {
                let d = NaiveDate::from_ymd_opt(a.year().checked_sub(back)?, month, day)?;
                (d <= a).then_some(DateValue::Day(d))
            }),
        },
        Expr::MonthName { month, mode } => {
            let am = a.month() as i64;
            let m = month as i64;
            let idx = match mode {
                Mode::Near => a_idx - (am - m).rem_euclid(12),
                Mode::Last => {
                    let back = (am - m).rem_euclid(12);
                    a_idx - if back == 0 { 12 } else { back }
                }
                Mode::Next => {
                    let fwd = (m - am).rem_euclid(12);
                    a_idx + if fwd == 0 { 12 } else { fwd }
                }
                Mode::This => a.year() as i64 * 12 + m - 1,
            };
            month_value(idx)
        }
        Expr::MonthYearOff { month, off } => {
            month_value((a.year() as i64 + off as i64) * 12 + month as i64 - 1)
        }
        Expr::Weekday { wd, mode } => {
            let back = (a.weekday().num_days_from_monday() as i64
                - wd.num_days_from_monday() as i64)
                .rem_euclid(7);
            let n = match mode {
                Mode::Near | Mode::This => -back,
                Mode::Last => -(if back == 0 { 7 } else { back }),
                Mode::Next => {
                    let fwd = (7 - back) % 7;
                    if fwd == 0 { 7 } else { fwd }
                }
            };
            add_days(a, n)
        }
        Expr::Days(n) => add_days(a, n),
        Expr::EarlierThisWeek => {
            let since_monday = a.weekday().num_days_from_monday() as i64;
            add_days(a, -(since_monday.min(2)))
        }
        Expr::LaterThisWeek => {
            let to_sunday = 6 - a.weekday().num_days_from_monday() as i64;
            add_days(a, to_sunday.min(2))
        }
        Expr::LastWeekend => add_days(a, -(a.weekday().num_days_from_monday() as i64) - 2),
        Expr::MonthOff(n) => month_value(a_idx.checked_add(n)?),
        Expr::YearOff(n) => year_value((a.year() as i64).checked_add(n)?),
        Expr::Season { mid } => {
            let y = (a_idx - 2 - (mid as i64 - 1)).div_euclid(12);
            month_value(y * 12 + mid as i64 - 1)
        }
    }
}

// ---------------------------------------------------------------------------
// Tokens

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Word,
    Num,
    Punct,
    /// A word or number cut by the range's edge: never matched.
    Broken,
}

#[derive(Clone, Debug)]
struct Tok {
    start: usize,
    end: usize,
    kind: Kind,
    /// Where the lower-cased word lies in [`Scanner::lower`] (empty for
    /// non-words and for words too long to be keywords): one allocation per
    /// word of every sentence scanned was a good part of the date finder's
    /// time, and one shared buffer needs no UTF-8 check per look-up.
    lower_start: usize,
    lower_len: u8,
    /// Value of a number (saturated).
    val: u32,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Letter,
    Digit,
    Space,
    Other,
}

fn class(c: char) -> Class {
    if c.is_ascii() {
        // The same answers for ASCII, without the Unicode look-ups.
        return match c as u8 {
            b'0'..=b'9' => Class::Digit,
            b'a'..=b'z' | b'A'..=b'Z' => Class::Letter,
            b' ' | b'\t'..=b'\r' => Class::Space,
            _ => Class::Other,
        };
    }
    if c.is_ascii_digit() {
        Class::Digit
    } else if c.is_alphabetic() || ('\u{300}'..='\u{36f}').contains(&c) {
        Class::Letter
    } else if c.is_whitespace() {
        Class::Space
    } else {
        Class::Other
    }
}

/// The class of the character at byte `off` of `s` (a character boundary) and its
/// length in bytes: ASCII from the byte, other characters decoded.
#[inline]
fn class_at(s: &str, off: usize) -> (Class, usize) {
    let b = s.as_bytes()[off];
    if b.is_ascii() {
        return (class(char::from(b)), 1);
    }
    let c = s[off..].chars().next().unwrap_or(' ');
    (class(c), c.len_utf8())
}

fn clamp_range(text: &str, range: Range<usize>) -> Range<usize> {
    let mut end = range.end.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut start = range.start.min(end);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    start..end.max(start)
}

const MAX_KEYWORD: usize = 12;

thread_local! {
    /// The token and keyword buffers of the last scan on this thread, kept for the next:
    /// a sentence's buffers are a few kilobytes, and allocating them afresh for every
    /// sentence scanned cost more than scanning it.
    static SCRATCH: std::cell::Cell<(Vec<Tok>, String)> = const {
        std::cell::Cell::new((Vec::new(), String::new()))
    };
}

/// Tokens of `range`, and the buffer holding their lower-cased keywords, in
/// buffers taken from [`SCRATCH`] (give them back with [`recycle`]).
fn tokenize(text: &str, range: Range<usize>) -> (Vec<Tok>, String) {
    let base = range.start;
    let slice = &text[range.clone()];
    let (mut toks, mut lower_buf) = SCRATCH.take();
    toks.clear();
    lower_buf.clear();
    // Sized for a sentence's tokens and keywords: no regrowth.
    toks.reserve(slice.len() / 3 + 1);
    lower_buf.reserve(slice.len());
    let mut off = 0;
    while off < slice.len() {
        let (cls, len) = class_at(slice, off);
        let start = base + off;
        off += len;
        match cls {
            Class::Space => {}
            Class::Other => toks.push(Tok {
                start,
                end: start + len,
                kind: Kind::Punct,
                lower_start: 0,
                lower_len: 0,
                val: 0,
            }),
            Class::Letter | Class::Digit => {
                let bytes = slice.as_bytes();
                loop {
                    // ASCII letters and digits are what they look like; only other
                    // characters need decoding.
                    let same = |b: &u8| match cls {
                        Class::Letter => b.is_ascii_alphabetic(),
                        _ => b.is_ascii_digit(),
                    };
                    off += bytes[off..].iter().take_while(|b| same(b)).count();
                    match bytes.get(off) {
                        Some(b) if !b.is_ascii() => {
                            let (c2, l2) = class_at(slice, off);
                            if c2 != cls {
                                break;
                            }
                            off += l2;
                        }
                        _ => break,
                    }
                }
                let end = base + off;
                let s = &text[start..end];
                let lower_start = lower_buf.len();
                let mut lower_len = 0;
                let (kind, val) = if cls == Class::Letter {
                    if s.len() <= MAX_KEYWORD {
                        if s.is_ascii() {
                            lower_buf.push_str(s);
                            lower_buf[lower_start..].make_ascii_lowercase();
                            lower_len = s.len();
                        } else {
                            let l = s.to_lowercase();
                            if l.len() <= MAX_KEYWORD {
                                lower_buf.push_str(&l);
                                lower_len = l.len();
                            }
                        }
                    }
                    (Kind::Word, 0)
                } else {
                    let val = if s.len() <= 9 {
                        s.parse().unwrap_or(u32::MAX)
                    } else {
                        u32::MAX
                    };
                    (Kind::Num, val)
                };
                toks.push(Tok {
                    start,
                    end,
                    kind,
                    lower_start,
                    lower_len: lower_len as u8,
                    val,
                });
            }
        }
    }
    // A run cut by the range's edges is not a whole word.
    let same_class_outside = |pos: usize, before: bool, inside: char| {
        let outside = if before {
            text[..pos].chars().next_back()
        } else {
            text[pos..].chars().next()
        };
        outside.is_some_and(|o| class(o) == class(inside) && class(o) != Class::Other)
    };
    if let Some(first) = toks.first_mut() {
        if first.start == range.start
            && first.kind != Kind::Punct
            && same_class_outside(
                range.start,
                true,
                text[first.start..].chars().next().unwrap_or(' '),
            )
        {
            first.kind = Kind::Broken;
        }
    }
    if let Some(last) = toks.last_mut() {
        if last.end == range.end
            && last.kind != Kind::Punct
            && same_class_outside(
                range.end,
                false,
                text[..last.end].chars().next_back().unwrap_or(' '),
            )
        {
            last.kind = Kind::Broken;
        }
    }
    (toks, lower_buf)
}

/// Hands a scan's buffers back to [`SCRATCH`] for the next scan on this thread (not
/// those of a giant range: a thread keeps at most about a megabyte).
fn recycle(scan: Scanner<'_>) {
    if scan.lower.capacity() <= 1 << 15 {
        SCRATCH.set((scan.toks, scan.lower));
    }
}

// ---------------------------------------------------------------------------
// Lexicon

const MONTHS: &[(&str, u32, bool)] = &[
    ("january", 1, true),
    ("february", 2, true),
    ("march", 3, true),
    ("april", 4, true),
    ("may", 5, true),
    ("june", 6, true),
    ("july", 7, true),
    ("august", 8, true),
    ("september", 9, true),
    ("october", 10, true),
    ("november", 11, true),
    ("december", 12, true),
    ("jan", 1, false),
    ("feb", 2, false),
    ("mar", 3, false),
    ("apr", 4, false),
    ("jun", 6, false),
    ("jul", 7, false),
    ("aug", 8, false),
    ("sep", 9, false),
    ("sept", 9, false),
    ("oct", 10, false),
    ("nov", 11, false),
    ("dec", 12, false),
];

const WEEKDAYS: &[(&str, Weekday, bool)] = &[
    ("monday", Weekday::Mon, true),
    ("tuesday", Weekday::Tue, true),
    ("wednesday", Weekday::Wed, true),
    ("thursday", Weekday::Thu, true),
    ("friday", Weekday::Fri, true),
    ("saturday", Weekday::Sat, true),
    ("sunday", Weekday::Sun, true),
    ("mon", Weekday::Mon, false),
    ("tue", Weekday::Tue, false),
    ("tues", Weekday::Tue, false),
    ("wed", Weekday::Wed, false),
    ("thu", Weekday::Thu, false),
    ("thur", Weekday::Thu, false),
    ("thurs", Weekday::Thu, false),
    ("fri", Weekday::Fri, false),
    ("sat", Weekday::Sat, false),
    ("sun", Weekday::Sun, false),
];

const PREPS: &[&str] = &["on", "in", "since", "during", "until", "till", "by", "from"];
const PART_OF_DAY: &[&str] = &["morning", "afternoon", "evening", "night"];
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "that", "this",
];

fn number_word(w: &str) -> Option<u32> {
    Some(match w {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        _ => return None,
    })
}

fn season_mid(w: &str) -> Option<u32> {
    Some(match w {
        "spring" => 4,
        "summer" => 7,
        "autumn" | "fall" => 10,
        "winter" => 1,
        _ => return None,
    })
}

/// True for a lower-case word some date pattern can begin with (see
/// `Scanner::may_start`): the prepositions ([`PREPS`]), `early`/`late`/`mid`,
/// `last`/`next`/`this`/`the`, the fixed relative words, the weekday and month
/// names ([`WEEKDAYS`], [`MONTHS`]) and the number words of [`number_word`].
fn is_start_word(w: &str) -> bool {
    matches!(
        w,
        // PREPS
        "on" | "in" | "since" | "during" | "until" | "till" | "by" | "from"
        // cues and relative words
        | "early" | "late" | "mid" | "last" | "next" | "this" | "the"
        | "today" | "tonight" | "yesterday" | "tomorrow" | "earlier" | "later"
        // number words
        | "a" | "an" | "one" | "two" | "three" | "four" | "five" | "six" | "seven"
        | "eight" | "nine" | "ten" | "eleven" | "twelve"
        // WEEKDAYS
        | "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday"
        | "sunday" | "mon" | "tue" | "tues" | "wed" | "thu" | "thur" | "thurs" | "fri"
        | "sat" | "sun"
        // MONTHS
        | "january" | "february" | "march" | "april" | "may" | "june" | "july"
        | "august" | "september" | "october" | "november" | "december" | "jan" | "feb"
        | "mar" | "apr" | "jun" | "jul" | "aug" | "sep" | "sept" | "oct" | "nov" | "dec"
    )
}

/// False when no date expression [`find_dates`] finds can lie wholly inside
/// `s` (a part of the scanned text, sentence or not): every expression begins
/// with a number or a start word ([`is_start_word`]; after a preposition
/// too, as every pattern's first word is one), so a piece of ASCII text
/// with no digit and no start word holds none. Text with other characters
/// is always let through. A word cut by an edge of `s` is judged as if it
/// were whole, which only lets more through.
pub(crate) fn may_hold_date(s: &str) -> bool {
    /// The longest start word ("wednesday", "september").
    const LONGEST: usize = 9;
    if !s.is_ascii() {
        return true;
    }
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            return true;
        }
        if !b[i].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_alphabetic() {
            i += 1;
        }
        let run = &b[start..i];
        if run.len() <= LONGEST {
            let mut lower = [0u8; LONGEST];
            lower[..run.len()].copy_from_slice(run);
            lower.make_ascii_lowercase();
            if std::str::from_utf8(&lower[..run.len()]).is_ok_and(is_start_word) {
                return true;
            }
        }
    }
    false
}

/// A token of the date scanner read straight from the text at a byte offset (after
/// ASCII spaces), for [`may_open_date`]: as [`tokenize`] would cut it when it starts
/// there, or `Unknown` where that takes decoding.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Peek<'a> {
    /// An ASCII letter run ending at an ASCII byte or the end.
    Word(&'a [u8]),
    /// A digit.
    Num,
    /// A punctuation mark or the end of the text.
    Other,
    /// A non-ASCII character, or a letter run going on in one.
    Unknown,
}

/// The token at byte `at` of `b` (after ASCII spaces) and the offset after it.
fn peek(b: &[u8], mut at: usize) -> (Peek<'_>, usize) {
    while b
        .get(at)
        .is_some_and(|&c| c == b' ' || (b'\t'..=b'\r').contains(&c))
    {
        at += 1;
    }
    let Some(&c) = b.get(at) else {
        return (Peek::Other, at);
    };
    if !c.is_ascii() {
        return (Peek::Unknown, at);
    }
    if c.is_ascii_digit() {
        let run = b[at..].iter().take_while(|c| c.is_ascii_digit()).count();
        return (Peek::Num, at + run);
    }
    if !c.is_ascii_alphabetic() {
        return (Peek::Other, at + 1);
    }
    let run = b[at..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    if b.get(at + run).is_some_and(|c| !c.is_ascii()) {
        return (Peek::Unknown, at + run);
    }
    (Peek::Word(&b[at..at + run]), at + run)
}

/// False when no date expression [`find_dates`] finds can begin at byte `start`
/// of `text`. Every expression opens with a number or a start word
/// ([`is_start_word`]), read by [`Scanner::match_at`] as: a preposition, then a
/// number or another start word; "the" only in "the day ..." and "the previous
/// day"; a number word ("a", "an", "two") only in "N days ago"; the other start
/// words in more ways. So a space, a punctuation mark, a letter run that is no
/// start word, or one of those cues not followed as required opens none. Where a
/// word needs decoding (non-ASCII) the answer is always true.
pub(crate) fn may_open_date(text: &str, start: usize) -> bool {
    /// The longest start word ("wednesday", "september").
    const LONGEST: usize = 9;
    // Whether an expression can begin with the token at `at` (a preposition only
    // when `allow_prep`: none comes after one).
    fn core_may_open(b: &[u8], at: usize, allow_prep: bool) -> bool {
        let mut buf = [0u8; LONGEST];
        let (t, after) = peek(b, at);
        let w = match t {
            Peek::Unknown | Peek::Num => return true,
            Peek::Other => return false,
            Peek::Word(w) => w,
        };
        if w.len() > LONGEST {
            return false;
        }
        buf[..w.len()].copy_from_slice(w);
        buf[..w.len()].make_ascii_lowercase();
        let Ok(w) = std::str::from_utf8(&buf[..w.len()]) else {
            return true;
        };
        if !is_start_word(w) {
            return false;
        }
        if PREPS.contains(&w) {
            // A preposition opens an expression only before its core.
            return allow_prep && core_may_open(b, after, false);
        }
        if w == "the" {
            // "the day before yesterday", "the day after tomorrow", "the previous day".
            return match peek(b, after).0 {
                Peek::Unknown => true,
                Peek::Word(x) => {
                    x.eq_ignore_ascii_case(b"day") || x.eq_ignore_ascii_case(b"previous")
                }
                _ => false,
            };
        }
        if number_word(w).is_some() {
            // "three days ago", "a week ago": "ago" two tokens on.
            let (t2, after2) = peek(b, after);
            if t2 == Peek::Unknown {
                return true;
            }
            return match peek(b, after2).0 {
                Peek::Unknown => true,
                Peek::Word(x) => x.eq_ignore_ascii_case(b"ago"),
                _ => false,
            };
        }
        true
    }
    let b = text.as_bytes();
    if b.get(start).is_none_or(|c| c.is_ascii_whitespace()) {
        return false;
    }
    core_may_open(b, start, true)
}

/// Largest number accepted in "N days ago".
const MAX_AGO: u32 = 100_000;

// ---------------------------------------------------------------------------
// Matching

struct Scanner<'a> {
    text: &'a str,
    toks: Vec<Tok>,
    /// The lower-cased keywords of all words, one after the other.
    lower: String,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str, range: Range<usize>) -> Self {
        let (toks, lower) = tokenize(text, range);
        Scanner { text, toks, lower }
    }

    fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i)
    }

    /// False when no match can start at token `i`: it is neither a number
    /// nor a word that some pattern of [`Scanner::match_at`] begins with (a
    /// preposition, `early`/`late`/`mid`, `last`/`next`/`this`, a weekday or
    /// month name, a fixed relative word, a number word). A cheap test that
    /// spares most tokens the whole cascade; it must list every such word.
    /// The commonest start words are read on as `match_at` reads them (see
    /// [`may_open_date`]): a preposition needs a number or another start word
    /// after it, "the" needs "day" or "previous", a number word "ago" two
    /// tokens on.
    fn may_start(&self, i: usize) -> bool {
        self.may_open(i, true)
    }

    /// [`Scanner::may_start`], a preposition at `i` only when `allow_prep`.
    fn may_open(&self, i: usize, allow_prep: bool) -> bool {
        let Some(t) = self.tok(i) else { return false };
        if t.kind == Kind::Num {
            return true;
        }
        let w = self.w(i);
        if !is_start_word(w) {
            return false;
        }
        if PREPS.contains(&w) {
            return allow_prep && self.may_open(i + 1, false);
        }
        if w == "the" {
            return matches!(self.w(i + 1), "day" | "previous");
        }
        if number_word(w).is_some() {
            return self.is(i + 2, "ago");
        }
        true
    }

    /// Lower-cased word at `i`, or "".
    fn w(&self, i: usize) -> &str {
        match self.tok(i) {
            Some(t) if t.kind == Kind::Word => {
                let a = t.lower_start;
                self.lower
                    .get(a..a + usize::from(t.lower_len))
                    .unwrap_or("")
            }
            _ => "",
        }
    }

    fn is(&self, i: usize, word: &str) -> bool {
        self.w(i) == word
    }

    /// True when token `i` ends exactly where token `i + 1` starts.
    fn glued(&self, i: usize) -> bool {
        match (self.tok(i), self.tok(i + 1)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }

    fn punct(&self, i: usize, c: char) -> bool {
        self.tok(i)
            .is_some_and(|t| t.kind == Kind::Punct && self.text[t.start..t.end].starts_with(c))
    }

    fn is_sep(&self, i: usize) -> bool {
        [',', '.', ':', '/'].iter().any(|&c| self.punct(i, c))
    }

    fn capitalised(&self, i: usize) -> bool {
        self.tok(i)
            .and_then(|t| self.text[t.start..t.end].chars().next())
            .is_some_and(char::is_uppercase)
    }

    /// Number at `i` not glued on its left to a word, a currency sign or a
    /// digit group (`S400`, `$2020`, `1,500`).
    fn clean_left(&self, i: usize) -> bool {
        if i == 0 || !self.glued(i - 1) {
            return true;
        }
        let prev = &self.toks[i - 1];
        match prev.kind {
            Kind::Word | Kind::Num | Kind::Broken => false,
            Kind::Punct => {
                if ['$', '£', '€', '#'].iter().any(|&c| self.punct(i - 1, c)) {
                    return false;
                }
                !(self.is_sep(i - 1)
                    && i >= 2
                    && self.glued(i - 2)
                    && self.toks[i - 2].kind == Kind::Num)
            }
        }
    }

    /// Token `i` (a number or suffix) not glued on its right to letters or a
    /// digit group (`2020s`, `2,019`).
    fn clean_right(&self, i: usize) -> bool {
        if !self.glued(i) {
            return true;
        }
        let next = &self.toks[i + 1];
        match next.kind {
            Kind::Word | Kind::Num | Kind::Broken => false,
            Kind::Punct => {
                !(self.is_sep(i + 1)
                    && self.glued(i + 1)
                    && self.tok(i + 2).is_some_and(|t| t.kind == Kind::Num))
            }
        }
    }

    /// A clean number at `i`: (value, digit count).
    fn num(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.tok(i)?;
        (t.kind == Kind::Num && self.clean_left(i) && self.clean_right(i))
            .then_some((t.val, t.end - t.start))
    }

    fn year(&self, i: usize, lo: u32, hi: u32) -> Option<i32> {
        let (v, n) = self.num(i)?;
        (n == 4 && (lo..=hi).contains(&v)).then_some(v as i32)
    }

    /// Day of month at `i`, with an optional glued ordinal suffix:
    /// (day, next token, had suffix).
    fn day(&self, i: usize) -> Option<(u32, usize, bool)> {
        let t = self.tok(i)?;
        if t.kind != Kind::Num || t.end - t.start > 2 || !(1..=31).contains(&t.val) {
            return None;
        }
        if !self.clean_left(i) {
            return None;
        }
        if self.glued(i) && matches!(self.w(i + 1), "st" | "nd" | "rd" | "th") {
            return self.clean_right(i + 1).then_some((t.val, i + 2, true));
        }
        self.clean_right(i).then_some((t.val, i + 1, false))
    }

    /// Month name at `i`: (month, next token, full name).
    fn month(&self, i: usize) -> Option<(u32, usize, bool)> {
        let w = self.w(i);
        let &(_, m, full) = MONTHS.iter().find(|(name, _, _)| *name == w)?;
        if matches!(w, "may" | "march" | "mar") && !self.capitalised(i) {
            return None;
        }
        let next = if !full && self.glued(i) && self.punct(i + 1, '.') {
            i + 2
        } else {
            i + 1
        };
        Some((m, next, full))
    }

    fn weekday(&self, i: usize) -> Option<(Weekday, usize, bool)> {
        let w = self.w(i);
        let &(_, wd, full) = WEEKDAYS.iter().find(|(name, _, _)| *name == w)?;
        let next = if !full && self.glued(i) && self.punct(i + 1, '.') {
            i + 2
        } else {
            i + 1
        };
        Some((wd, next, full))
    }

    /// `last year` / `this year` / `next year` at `i`: (offset, next token).
    fn year_ref(&self, i: usize) -> Option<(i32, usize)> {
        if !self.is(i + 1, "year") {
            return None;
        }
        let off = match self.w(i) {
            "last" => -1,
            "this" => 0,
            "next" => 1,
            _ => return None,
        };
        Some((off, i + 2))
    }

    /// A match starting at token `i`: (first token, end token, expression).
    fn match_at(&self, i: usize) -> Option<(usize, usize, Expr)> {
        let mut j = i;
        let mut cue = false;
        let mut has_prep = false;
        if PREPS.contains(&self.w(j)) {
            j += 1;
            cue = true;
            has_prep = true;
        }
        let after_prep = j;
        if matches!(self.w(j), "early" | "late" | "mid") {
            j += 1;
            if self.glued(j - 1) && self.punct(j, '-') && self.glued(j) {
                j += 1;
            }
            cue = true;
        }
        // "over the last week" is a duration.
        if matches!(self.w(j), "last" | "next") && j > 0 && self.is(j - 1, "the") {
            return None;
        }
        let (end, expr) = self.core(j, cue)?;
        let start = if has_prep && !expr.takes_prep() {
            after_prep
        } else {
            i
        };
        Some((start, end, expr))
    }

    fn core(&self, i: usize, cue: bool) -> Option<(usize, Expr)> {
        self.weekday_prefixed(i)
            .or_else(|| self.explicit(i))
            .or_else(|| self.weekday_rel(i))
            .or_else(|| self.month_alone(i, cue))
            .or_else(|| self.relative(i))
            .or_else(|| {
                if !cue {
                    return None;
                }
                let y = self.year(i, 1900, 2099)?;
                Some((i + 1, Expr::Abs(DateValue::Year(y))))
            })
    }

    /// `Thursday, January 16, 2020`, `Thu 16 Jan 2020`.
    fn weekday_prefixed(&self, i: usize) -> Option<(usize, Expr)> {
        let (_, mut j, _) = self.weekday(i)?;
        if self.punct(j, ',') {
            j += 1;
        }
        match self.explicit(j)? {
            r @ (_, Expr::Abs(DateValue::Day(_)) | Expr::MonthDay { .. }) => Some(r),
            _ => None,
        }
    }

    /// Dates written with a month name or digits: ISO, month-day(-year),
    /// day-month(-year), month-year.
    fn explicit(&self, i: usize) -> Option<(usize, Expr)> {
        if let Some(r) = self.iso(i) {
            return Some(r);
        }
        if let Some((m, j, _)) = self.month(i) {
            if let Some((d, k, _)) = self.day(j) {
                return self.finish_md(m, d, k);
            }
            let j = if self.punct(j, ',') { j + 1 } else { j };
            let y = self.year(j, 1800, 2199)?;
            return Some((j + 1, Expr::Abs(DateValue::Month { year: y, month: m })));
        }
        let (d, mut j, suffix) = self.day(i)?;
        if suffix && self.is(j, "of") {
            j += 1;
        }
        let (m, k, _) = self.month(j)?;
        self.finish_md(m, d, k)
    }

    /// After month and day (at token `k`): an optional year.
    fn finish_md(&self, m: u32, d: u32, k: usize) -> Option<(usize, Expr)> {
        if d > days_in_month(2000, m) {
            return None;
        }
        let k2 = if self.punct(k, ',') { k + 1 } else { k };
        if let Some(y) = self.year(k2, 1800, 2199) {
            let date = NaiveDate::from_ymd_opt(y, m, d)?;
            return Some((k2 + 1, Expr::Abs(DateValue::Day(date))));
        }
        if let Some((off, k3)) = self.year_ref(k) {
            return Some((
                k3,
                Expr::MonthDay {
                    month: m,
                    day: d,
                    year_off: Some(off),
                },
            ));
        }
        Some((
            k,
            Expr::MonthDay {
                month: m,
                day: d,
                year_off: None,
            },
        ))
    }

    /// `2020-01-16`, `2020/01/16` (glued, no spaces).
    fn iso(&self, i: usize) -> Option<(usize, Expr)> {
        let t = self.tok(i)?;
        if t.kind != Kind::Num || t.end - t.start != 4 || !self.clean_left(i) {
            return None;
        }
        let sep = if self.punct(i + 1, '-') {
            '-'
        } else if self.punct(i + 1, '/') {
            '/'
        } else {
            return None;
        };
        let two = |k: usize| {
            self.tok(k)
                .filter(|t| t.kind == Kind::Num && t.end - t.start == 2)
                .map(|t| t.val)
        };
        if !(self.glued(i) && self.glued(i + 1) && self.glued(i + 2) && self.glued(i + 3)) {
            return None;
        }
        if !self.punct(i + 3, sep) {
            return None;
        }
        let (m, d) = (two(i + 2)?, two(i + 4)?);
        // Not part of a longer digit string such as 2020-01-161.
        if self.glued(i + 4) && self.tok(i + 5).is_some_and(|t| t.kind == Kind::Num) {
            return None;
        }
        let date = NaiveDate::from_ymd_opt(t.val as i32, m, d)?;
        Some((i + 5, Expr::Abs(DateValue::Day(date))))
    }

    /// `[last|next|this] Tuesday [night]`.
    fn weekday_rel(&self, i: usize) -> Option<(usize, Expr)> {
        let (mode, j) = match self.w(i) {
            "last" => (Mode::Last, i + 1),
            "next" => (Mode::Next, i + 1),
            "this" => (Mode::This, i + 1),
            _ => (Mode::Near, i),
        };
        let (wd, k, full) = self.weekday(j)?;
        if !full {
            return None;
        }
        let end = if PART_OF_DAY.contains(&self.w(k)) {
            k + 1
        } else {
            k
        };
        Some((end, Expr::Weekday { wd, mode }))
    }

    /// `in September`, `last September`, `September last year`.
    fn month_alone(&self, i: usize, cue: bool) -> Option<(usize, Expr)> {
        let (mode, j) = match self.w(i) {
            "last" => (Mode::Last, i + 1),
            "next" => (Mode::Next, i + 1),
            "this" => (Mode::This, i + 1),
            _ => (Mode::Near, i),
        };
        let (month, k, full) = self.month(j)?;
        if !full {
            return None;
        }
        if mode == Mode::Near {
            if let Some((off, k2)) = self.year_ref(k) {
                return Some((k2, Expr::MonthYearOff { month, off }));
            }
            if !cue {
                return None;
            }
        }
        Some((k, Expr::MonthName { month, mode }))
    }

    /// Fixed relative phrases.
    fn relative(&self, i: usize) -> Option<(usize, Expr)> {
        let w0 = self.w(i);
        let w1 = self.w(i + 1);
        let part = |k: usize| {
            if PART_OF_DAY.contains(&self.w(k)) {
                k + 1
            } else {
                k
            }
        };
        let r = match w0 {
            "today" | "tonight" => (i + 1, Expr::Days(0)),
            "yesterday" => (part(i + 1), Expr::Days(-1)),
            "tomorrow" => (part(i + 1), Expr::Days(1)),
            "earlier" | "later" => {
                let later = w0 == "later";
                if w1 == "today" {
                    (i + 2, Expr::Days(0))
                } else if w1 == "this" {
                    let e = match self.w(i + 2) {
                        "week" if later => Expr::LaterThisWeek,
                        "week" => Expr::EarlierThisWeek,
                        "month" => Expr::MonthOff(0),
                        "year" => Expr::YearOff(0),
                        _ => return None,
                    };
                    (i + 3, e)
                } else {
                    return None;
                }
            }
            "this" => match w1 {
                "morning" | "afternoon" | "evening" => (i + 2, Expr::Days(0)),
                "week" => (i + 2, Expr::Days(0)),
                "month" => (i + 2, Expr::MonthOff(0)),
                "year" => (i + 2, Expr::YearOff(0)),
                _ => return None,
            },
            "last" | "next" => {
                let s: i64 = if w0 == "last" { -1 } else { 1 };
                match w1 {
                    "night" if s < 0 => (i + 2, Expr::Days(-1)),
                    "week" => (i + 2, Expr::Days(7 * s)),
                    "weekend" if s < 0 => (i + 2, Expr::LastWeekend),
                    "month" => (i + 2, Expr::MonthOff(s)),
                    "year" => (i + 2, Expr::YearOff(s)),
                    _ => match season_mid(w1) {
                        Some(mid) if s < 0 => (i + 2, Expr::Season { mid }),
                        _ => return None,
                    },
                }
            }
            "the" => match (w1, self.w(i + 2), self.w(i + 3)) {
                ("day", "before", "yesterday") => (i + 4, Expr::Days(-2)),
                ("day", "after", "tomorrow") => (i + 4, Expr::Days(2)),
                ("previous", "day", _) => (i + 3, Expr::Days(-1)),
                ("day", "before", next) => {
                    // "the day before the vote" is relative to the vote.
                    let followed_by_num = self.tok(i + 3).is_some_and(|t| t.kind == Kind::Num);
                    if DETERMINERS.contains(&next) || followed_by_num {
                        return None;
                    }
                    (i + 3, Expr::Days(-1))
                }
                _ => return None,
            },
            _ => return self.ago(i),
        };
        Some(r)
    }

    /// `three days ago`, `a week ago`, `2 years ago`.
    fn ago(&self, i: usize) -> Option<(usize, Expr)> {
        let n = match number_word(self.w(i)) {
            Some(n) => n,
            None => {
                let (v, _) = self.num(i)?;
                v
            }
        };
        if n > MAX_AGO || !self.is(i + 2, "ago") {
            return None;
        }
        let n = n as i64;
        let e = match self.w(i + 1) {
            "day" | "days" => Expr::Days(-n),
            "week" | "weeks" => Expr::Days(-7 * n),
            "month" | "months" => Expr::MonthOff(-n),
            "year" | "years" => Expr::YearOff(-n),
            _ => return None,
        };
        Some((i + 3, e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// Token runs as a plain character-by-character reading makes them: (start, end, class).
    fn runs_by_char(text: &str) -> Vec<(usize, usize, bool)> {
        let mut out: Vec<(usize, usize, bool)> = Vec::new();
        let mut prev: Option<Class> = None;
        for (i, c) in text.char_indices() {
            let cls = class(c);
            let end = i + c.len_utf8();
            match cls {
                Class::Space => {}
                Class::Other => out.push((i, end, false)),
                _ if prev == Some(cls) => out.last_mut().unwrap().1 = end,
                _ => out.push((i, end, cls == Class::Letter)),
            }
            prev = Some(cls);
        }
        out
    }

    proptest! {
        /// The byte-wise tokenizer (ASCII runs skipped whole) cuts the text where a
        /// character-by-character reading does.
        #[test]
        fn tokenizer_runs_match_a_char_by_char_reading(
            text in "([a-zA-Z0-9 ,.:'/-]|é|ß|\u{301}|٣|中|—|\u{a0}){0,40}"
        ) {
            let (toks, _) = tokenize(&text, 0..text.len());
            let got: Vec<(usize, usize, bool)> = toks
                .iter()
                .map(|t| (t.start, t.end, matches!(t.kind, Kind::Word) || (t.kind == Kind::Broken && class(text[t.start..].chars().next().unwrap()) == Class::Letter)))
                .collect();
            prop_assert_eq!(got, runs_by_char(&text));
        }
    }

    /// (text, anchor ("" for none), expected "span => iso" ("span => -" for no value)).
    const CASES: &[(&str, &str, &[&str])] = &[
        // From the sample article (anchor Thursday 2020-01-16).
        (
            "Karim Elaiwi said last week that",
            "2020-01-16",
            &["last week => 2020-01-09"],
        ),
        (
            "Joey Hood said on Tuesday in an appearance",
            "2020-01-16",
            &["on Tuesday => 2020-01-14"],
        ),
        (
            "the attack on the ARAMCO site in September last year.",
            "2020-01-16",
            &["in September last year => 2019-09"],
        ),
        (
            "the base in Anbar province earlier this month demonstrated",
            "2020-01-16",
            &["earlier this month => 2020-01"],
        ),
        (
            "talked about since May last year, when",
            "2020-01-16",
            &["since May last year => 2019-05"],
        ),
        (
            "Global Research, January 16, 2020",
            "2020-01-16",
            &["January 16, 2020 => 2020-01-16"],
        ),
        (
            "O'Brien comments last week that the U.S.",
            "2020-01-16",
            &["last week => 2020-01-09"],
        ),
        // Absolute.
        (
            "on Jan. 16, 2020 he",
            "",
            &["on Jan. 16, 2020 => 2020-01-16"],
        ),
        ("Jan 16 2020", "", &["Jan 16 2020 => 2020-01-16"]),
        ("16 January 2020", "", &["16 January 2020 => 2020-01-16"]),
        (
            "the 16th of January, 2020",
            "",
            &["16th of January, 2020 => 2020-01-16"],
        ),
        (
            "January 16th, 2020.",
            "",
            &["January 16th, 2020 => 2020-01-16"],
        ),
        ("in January 2020", "", &["in January 2020 => 2020-01"]),
        ("Sept. 2019", "", &["Sept. 2019 => 2019-09"]),
        (
            "Thursday, January 16, 2020",
            "",
            &["Thursday, January 16, 2020 => 2020-01-16"],
        ),
        (
            "Thu, 16 Jan 2020 10:00",
            "",
            &["Thu, 16 Jan 2020 => 2020-01-16"],
        ),
        (
            "updated 2020-01-16 at noon",
            "",
            &["2020-01-16 => 2020-01-16"],
        ),
        ("1987-02-26T15:01:01", "", &["1987-02-26 => 1987-02-26"]),
        ("in 2019 the", "", &["in 2019 => 2019"]),
        ("since 2003, troops", "", &["since 2003 => 2003"]),
        ("by mid-2021", "", &["by mid-2021 => 2021"]),
        ("in early 2019", "", &["in early 2019 => 2019"]),
        ("2020 troops were sent", "", &[]),
        ("it costs 250 million dollars", "", &[]),
        ("in 2,019 cases", "", &[]),
        ("in the 2020s", "", &[]),
        ("February 30, 2020", "", &[]),
        ("on 16/01/2020", "", &[]),
        // Month/day without year.
        (
            "on January 16",
            "2020-01-16",
            &["on January 16 => 2020-01-16"],
        ),
        (
            "on January 17",
            "2020-01-16",
            &["on January 17 => 2019-01-17"],
        ),
        (
            "on December 3",
            "2020-01-16",
            &["on December 3 => 2019-12-03"],
        ),
        ("on January 16", "", &["on January 16 => -"]),
        ("on 3 May", "2020-06-01", &["on 3 May => 2020-05-03"]),
        (
            "on February 29",
            "2021-03-01",
            &["on February 29 => 2020-02-29"],
        ),
        (
            "January 5 last year",
            "2020-01-16",
            &["January 5 last year => 2019-01-05"],
        ),
        // Months.
        ("in September", "2020-01-16", &["in September => 2019-09"]),
        ("in January", "2020-01-16", &["in January => 2020-01"]),
        (
            "last September",
            "2020-09-10",
            &["last September => 2019-09"],
        ),
        (
            "last September",
            "2020-10-10",
            &["last September => 2020-09"],
        ),
        ("next March", "2020-01-16", &["next March => 2020-03"]),
        (
            "this September",
            "2020-01-16",
            &["this September => 2020-09"],
        ),
        (
            "in May this year",
            "2020-01-16",
            &["in May this year => 2020-05"],
        ),
        (
            "September last year",
            "2020-01-16",
            &["September last year => 2019-09"],
        ),
        (
            "in late September",
            "2020-01-16",
            &["in late September => 2019-09"],
        ),
        ("they may buy it", "2020-01-16", &[]),
        ("Theresa May said", "2020-01-16", &[]),
        ("in May", "2020-01-16", &["in May => 2019-05"]),
        ("the Mayor and Marchers", "2020-01-16", &[]),
        ("thousands march in the capital", "2020-01-16", &[]),
        ("the March on Washington", "2020-01-16", &[]),
        ("on March 3", "2020-01-16", &["on March 3 => 2019-03-03"]),
        ("in March", "2020-01-16", &["in March => 2019-03"]),
        ("a Jan Smith novel", "2020-01-16", &[]),
        // Relative days.
        ("today", "2020-01-16", &["today => 2020-01-16"]),
        ("Tonight the", "2020-01-16", &["Tonight => 2020-01-16"]),
        (
            "this morning",
            "2020-01-16",
            &["this morning => 2020-01-16"],
        ),
        ("yesterday", "2020-01-16", &["yesterday => 2020-01-15"]),
        (
            "yesterday evening",
            "2020-01-16",
            &["yesterday evening => 2020-01-15"],
        ),
        ("last night", "2020-01-16", &["last night => 2020-01-15"]),
        (
            "the day before yesterday",
            "2020-01-16",
            &["the day before yesterday => 2020-01-14"],
        ),
        ("tomorrow", "2020-01-16", &["tomorrow => 2020-01-17"]),
        (
            "the previous day",
            "2020-01-16",
            &["the previous day => 2020-01-15"],
        ),
        (
            "he had left the day before.",
            "2020-01-16",
            &["the day before => 2020-01-15"],
        ),
        ("the day before the vote", "2020-01-16", &[]),
        ("Tuesday", "2020-01-16", &["Tuesday => 2020-01-14"]),
        ("on Thursday", "2020-01-16", &["on Thursday => 2020-01-16"]),
        (
            "last Thursday",
            "2020-01-16",
            &["last Thursday => 2020-01-09"],
        ),
        (
            "last Tuesday",
            "2020-01-16",
            &["last Tuesday => 2020-01-14"],
        ),
        (
            "on Tuesday night",
            "2020-01-16",
            &["on Tuesday night => 2020-01-14"],
        ),
        (
            "next Tuesday",
            "2020-01-16",
            &["next Tuesday => 2020-01-21"],
        ),
        (
            "next Thursday",
            "2020-01-16",
            &["next Thursday => 2020-01-23"],
        ),
        ("on Friday", "2020-01-16", &["on Friday => 2020-01-10"]),
        ("Sunday's attack", "2020-01-16", &["Sunday => 2020-01-12"]),
        ("Tuesday", "", &["Tuesday => -"]),
        (
            "five days ago",
            "2020-01-16",
            &["five days ago => 2020-01-11"],
        ),
        ("10 days ago", "2020-01-16", &["10 days ago => 2020-01-06"]),
        ("a week ago", "2020-01-16", &["a week ago => 2020-01-09"]),
        (
            "three weeks ago",
            "2020-01-16",
            &["three weeks ago => 2019-12-26"],
        ),
        ("a month ago", "2020-01-16", &["a month ago => 2019-12"]),
        ("two years ago", "2020-01-16", &["two years ago => 2018"]),
        // Relative weeks, months, years.
        ("this week", "2020-01-16", &["this week => 2020-01-16"]),
        (
            "earlier this week",
            "2020-01-16",
            &["earlier this week => 2020-01-14"],
        ),
        (
            "earlier this week",
            "2020-01-14",
            &["earlier this week => 2020-01-13"],
        ),
        ("next week", "2020-01-16", &["next week => 2020-01-23"]),
        (
            "last weekend",
            "2020-01-16",
            &["last weekend => 2020-01-11"],
        ),
        ("over the last week", "2020-01-16", &[]),
        ("in the next month", "2020-01-16", &[]),
        ("this month", "2020-01-16", &["this month => 2020-01"]),
        ("last month", "2020-01-16", &["last month => 2019-12"]),
        ("next month", "2020-12-16", &["next month => 2021-01"]),
        ("this year", "2020-01-16", &["this year => 2020"]),
        (
            "earlier this year",
            "2020-01-16",
            &["earlier this year => 2020"],
        ),
        (
            "in last year's election",
            "2020-01-16",
            &["last year => 2019"],
        ),
        ("late last year", "2020-01-16", &["late last year => 2019"]),
        ("last summer", "2020-01-16", &["last summer => 2019-07"]),
        ("last winter", "2020-01-16", &["last winter => 2019-01"]),
        ("last summer", "2020-11-02", &["last summer => 2020-07"]),
        ("last year", "", &["last year => -"]),
        // Several in one text.
        (
            "On Monday, officials said talks began in 2018 and stalled last month.",
            "2020-01-16",
            &[
                "On Monday => 2020-01-13",
                "in 2018 => 2018",
                "last month => 2019-12",
            ],
        ),
        (
            "Yesterday’s vote (January 15) followed a 2019-12-01 decree.",
            "2020-01-16",
            &[
                "Yesterday => 2020-01-15",
                "January 15 => 2020-01-15",
                "2019-12-01 => 2019-12-01",
            ],
        ),
    ];

    #[test]
    fn start_words_cover_the_tables() {
        let numbers = [
            "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve",
        ];
        for w in numbers.iter().filter(|w| number_word(w).is_some()) {
            assert!(is_start_word(w), "{w}");
        }
        let fixed = [
            "early",
            "late",
            "mid",
            "last",
            "next",
            "this",
            "the",
            "today",
            "tonight",
            "yesterday",
            "tomorrow",
            "earlier",
            "later",
        ];
        let tables = MONTHS
            .iter()
            .map(|m| m.0)
            .chain(WEEKDAYS.iter().map(|w| w.0));
        for w in PREPS.iter().copied().chain(fixed).chain(tables) {
            assert!(is_start_word(w), "{w}");
        }
    }

    #[test]
    fn may_open_date_cases() {
        // (text, byte offset, can a date begin there).
        let cases: &[(&str, usize, bool)] = &[
            ("met on Tuesday", 4, true),
            ("met in Washington", 4, false),
            ("met in 1987", 4, true),
            ("met in the capital", 4, false),
            ("met in the previous week", 4, true),
            ("the day before yesterday", 0, true),
            ("the company said", 0, false),
            ("a week ago", 0, true),
            ("a week later", 0, false),
            ("two years ago today", 0, true),
            ("two companies", 0, false),
            ("from early March", 0, true),
            ("sold Friday", 5, true),
            ("sold shares", 5, false),
            ("sold , then", 5, false),
            ("in  Zürich", 0, true),
            ("the  dáy", 0, true),
            ("", 0, false),
        ];
        for &(text, at, want) in cases {
            assert_eq!(may_open_date(text, at), want, "{text:?} at {at}");
        }
    }

    #[test]
    fn date_table() {
        assert!(CASES.len() >= 50);
        let mut failures = Vec::new();
        for (text, anchor, want) in CASES {
            let anchor = (!anchor.is_empty()).then(|| d(anchor));
            let found = find_dates(text, 0..text.len(), anchor);
            for m in &found {
                assert!(may_hold_date(m.text(text)), "{text:?}: {:?}", m.text(text));
                assert!(may_open_date(text, m.start), "{text:?}: {:?}", m.text(text));
            }
            let got: Vec<String> = found
                .iter()
                .map(|m| {
                    let v = m.value.map_or("-".to_string(), |v| v.iso());
                    format!("{} => {}", m.text(text), v)
                })
                .collect();
            if got != *want {
                failures.push(format!("{text:?}: got {got:?}, want {want:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn date_last_week_inside_previous_week() {
        let a = d("2020-01-16");
        let text = "said last week";
        let m = &find_dates(text, 0..text.len(), Some(a))[0];
        let Some(DateValue::Day(day)) = m.value else {
            panic!("not a day")
        };
        assert!((d("2020-01-06")..=d("2020-01-12")).contains(&day));
        assert!(m.relative);
    }

    #[test]
    fn date_relative_flag() {
        let text = "On January 16, 2020, a day after Tuesday";
        let ms = find_dates(text, 0..text.len(), None);
        assert_eq!(ms.len(), 2);
        assert!(!ms[0].relative && ms[0].value.is_some());
        assert!(ms[1].relative && ms[1].value.is_none());
    }

    #[test]
    fn date_range_offsets_are_absolute() {
        let text = "Earlier text. He said on Tuesday that in May";
        let start = text.find("He").unwrap();
        let ms = find_dates(text, start..text.len() - 4, Some(d("2020-01-16")));
        assert_eq!(ms.len(), 1);
        assert_eq!(ms[0].text(text), "on Tuesday");
        // A word cut by the range edge is not matched: "Mayor" cut to "May".
        let text = "in Mayor";
        assert!(find_dates(text, 0..6, Some(d("2020-01-16"))).is_empty());
    }

    #[test]
    fn date_value_bounds() {
        let m = DateValue::Month {
            year: 2020,
            month: 2,
        };
        assert_eq!(m.first_day(), d("2020-02-01"));
        assert_eq!(m.last_day(), d("2020-02-29"));
        assert_eq!(DateValue::Year(2019).last_day(), d("2019-12-31"));
        assert_eq!(DateValue::Day(d("2020-01-14")).iso(), "2020-01-14");
        assert_eq!(m.iso(), "2020-02");
        assert!(m.contains(d("2020-02-10")));
        // Saturates instead of panicking.
        let _ = DateValue::Year(i32::MAX).last_day();
        let _ = DateValue::Month { year: 1, month: 99 }.first_day();
    }

    #[test]
    fn date_parse_metadata() {
        for s in [
            "January 16, 2020",
            "16 Jan 2020",
            "2020-01-16",
            "Jan. 16, 2020",
            "Thursday, January 16, 2020",
            "Thu, 16 Jan 2020 10:00:00 +0000",
            "  january 16th 2020 ",
            "2020/01/16",
        ] {
            assert_eq!(parse_date(s), Some(d("2020-01-16")), "{s}");
        }
        assert_eq!(parse_date("1987-02-26T15:01:01"), Some(d("1987-02-26")));
        assert_eq!(parse_date("January 2020"), None);
        assert_eq!(parse_date("yesterday"), None);
        assert_eq!(parse_date(""), None);
        assert_eq!(parse_date("2020-13-01"), None);
    }

    #[test]
    fn date_extreme_anchors() {
        let text = "yesterday, tomorrow, next year, 100000 years ago, last September, \
                    on February 29, next Tuesday, last winter, a month ago";
        for a in [NaiveDate::MIN, NaiveDate::MAX] {
            let ms = find_dates(text, 0..text.len(), Some(a));
            assert_eq!(ms.len(), 9);
        }
    }

    fn floor_boundary(s: &str, mut i: usize) -> usize {
        i = i.min(s.len());
        while !s.is_char_boundary(i) {
            i -= 1;
        }
        i
    }

    fn check(text: &str, range: Range<usize>, anchor: Option<NaiveDate>) {
        let ms = find_dates(text, range.clone(), anchor);
        let mut last_end = range.start;
        for m in &ms {
            assert!(m.start < m.end);
            assert!(m.start >= last_end, "overlap or out of order");
            assert!(m.end <= range.end);
            assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            // `Doc::date_in` skips the scan for spans that fail this.
            assert!(may_hold_date(&text[m.start..m.end]), "{:?}", m.text(text));
            // `Doc::date_starting_at` skips the scan for positions that fail this.
            assert!(may_open_date(text, m.start), "{:?}", m.text(text));
            last_end = m.end;
        }
    }

    proptest! {
        #[test]
        fn date_no_panic_random(s in "\\PC{0,120}", a in 0usize..200, b in 0usize..200, days in -800_000i64..800_000) {
            let (a, b) = (floor_boundary(&s, a.min(b)), floor_boundary(&s, a.max(b)));
            let anchor = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap().checked_add_signed(Duration::days(days));
            check(&s, a..b, anchor);
            let _ = parse_date(&s);
        }

        #[test]
        fn date_no_panic_wordy(
            words in proptest::collection::vec(proptest::sample::select(vec![
                "on", "in", "last", "next", "this", "the", "day", "before", "May", "may",
                "January", "Jan", ".", ",", "-", "16", "16th", "2020", "01", "1999", "Tuesday",
                "week", "year", "ago", "two", "a", "mid", "early", "summer", "yesterday",
                "é", "’s", "/", "T", "31", "29", "February", "Thu", "of",
            ]), 0..20),
            seps in proptest::collection::vec(proptest::sample::select(vec!["", " ", "  "]), 20),
            a in 0usize..200, b in 0usize..200, days in -800_000i64..800_000,
        ) {
            let mut s = String::new();
            for (w, sep) in words.iter().zip(seps.iter()) {
                s.push_str(w);
                s.push_str(sep);
            }
            let (a, b) = (floor_boundary(&s, a.min(b)), floor_boundary(&s, a.max(b)));
            let anchor = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap().checked_add_signed(Duration::days(days));
            check(&s, a..b, anchor);
            check(&s, 0..s.len(), None);
        }
    }

    #[test]
    fn date_long_text_is_fast() {
        let unit = "Officials said on Tuesday that since May last year, 250 million dollars \
                    were spent; in 2019 the Mayor may march. ";
        let text = unit.repeat(20_000);
        let t = std::time::Instant::now();
        let ms = find_dates(&text, 0..text.len(), Some(d("2020-01-16")));
        assert_eq!(ms.len(), 60_000);
        assert!(t.elapsed().as_secs() < 20);
    }
}
