//! The text layer: tokens, sentences and paragraphs with byte spans.
//!
//! Works on an article's analysis text (see [`crate::article`]), whose byte
//! offsets are the original input's. Tokens keep abbreviations whole
//! ("U.S.", "Gen."), designators whole ("S-400", "Mi-28NM") and split
//! possessives ("Iraq" + "'s"). Sentences end at `.`, `!`, `?` (after closing
//! quotes and brackets) unless the period ends an abbreviation, a decimal or an
//! initial; a blank line always ends a sentence and a paragraph.

use crate::span::Span;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (possibly with digits, hyphens, apostrophes, dots inside).
    Word,
    /// Starts with a digit.
    Number,
    /// A quotation mark.
    Quote,
    /// Any other punctuation or symbol.
    Punct,
}

/// A token with its byte span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Where it is.
    pub span: Span,
    /// What it is.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        self.span.slice(text)
    }
}

/// The largest char boundary of `text` at or before `i` (clamped to the text's length), for
/// slicing a fixed number of bytes ahead without cutting a character.
///
/// ```
/// assert_eq!(newsgraph::text::floor_char("a€b", 2), 1);
/// ```
pub fn floor_char(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// True at the bytes that are ASCII letters or digits (`u8::is_ascii_alphanumeric`), as one
/// table load: the word scanners test every byte of the text with it.
pub static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The length of the run of ASCII letters and digits at the start of `bytes`.
#[inline]
pub fn ascii_alnum_run(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .position(|&b| !ASCII_ALNUM[usize::from(b)])
        .unwrap_or(bytes.len())
}

/// English day names, lower case, Monday first.
pub const WEEKDAY_NAMES: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// English month names, lower case, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A plural acronym: "MPs", "MEPs", "PACs" (an "s" after a capital), not "McInnes".
pub fn is_plural_acronym(w: &str) -> bool {
    w.len() >= 3 && w.ends_with('s') && w.as_bytes()[w.len() - 2].is_ascii_uppercase()
}

/// True for a day or month name, in any case.
///
/// ```
/// assert!(newsgraph::text::is_day_or_month("Thursday"));
/// assert!(!newsgraph::text::is_day_or_month("Thursdays"));
/// ```
pub fn is_day_or_month(w: &str) -> bool {
    WEEKDAY_NAMES
        .iter()
        .chain(MONTH_NAMES.iter())
        .any(|d| d.eq_ignore_ascii_case(w))
}

/// Collapses runs of whitespace to one space and trims: the display form of a name or phrase.
///
/// ```
/// assert_eq!(newsgraph::text::collapse_ws("  Donald \n Trump "), "Donald Trump");
/// ```
///
/// A decimal character reference to a letter, which the tokenizer keeps inside a word
/// ("Bryn F&#244;n" in plain text), is decoded: the name reads "Bryn Fôn" while its span
/// still covers the reference's bytes of the input.
pub fn collapse_ws(s: &str) -> String {
    if memchr::memmem::find(s.as_bytes(), b"&#").is_some() {
        let decoded = decode_letter_references(s);
        return collapse_plain(&decoded);
    }
    collapse_plain(s)
}

/// `s` with every decimal character reference to a letter ("&#233;") decoded (by the HTML
/// reader's [`crate::article::decode_entity`]); other references stay as written.
fn decode_letter_references(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut plain = 0;
    for p in memchr::memmem::find_iter(bytes, b"&#") {
        if p < plain {
            continue;
        }
        let digits = bytes[p + 2..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let Some((c, len)) = (1..=7)
            .contains(&digits)
            .then(|| crate::article::decode_entity(&bytes[p..]))
            .flatten()
            .filter(|&(c, len)| len == digits + 3 && c.is_alphabetic())
        else {
            continue;
        };
        out.push_str(&s[plain..p]);
        out.push(c);
        plain = p + len;
    }
    out.push_str(&s[plain..]);
    out
}

/// [`collapse_ws`] of a text with no character reference to decode.
fn collapse_plain(s: &str) -> String {
    // One allocation, no intermediate list of words (this runs for every
    // mention, title and evidence text).
    // Long texts (quotes, evidence) take the stretch-copying path; for short
    // names its searches cost more than the byte loop below.
    if s.len() >= 32 && s.is_ascii() && memchr::memchr2(0x0B, 0x0C, s.as_bytes()).is_none() {
        return collapse_ascii(s);
    }
    let mut out = String::with_capacity(s.len());
    if s.is_ascii() {
        // The same words, found byte by byte (ASCII whitespace is what
        // `char::is_whitespace` says for ASCII).
        let b = s.as_bytes();
        let is_ws = |c: u8| matches!(c, b' ' | b'\t'..=b'\r');
        let mut i = 0;
        while i < b.len() {
            while i < b.len() && is_ws(b[i]) {
                i += 1;
            }
            let start = i;
            while i < b.len() && !is_ws(b[i]) {
                i += 1;
            }
            if start < i {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(&s[start..i]);
            }
        }
        return out;
    }
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// [`collapse_ws`] of ASCII text without vertical tabs and form feeds (so its
/// white space is `' '`, `\t`, `\n` and `\r`). Text is mostly words separated by
/// single spaces: such stretches are copied whole, and only the places where
/// the white space is something else (a line break, a tab, two spaces, a space
/// at an end) are looked for, with vectorised searches.
fn collapse_ascii(s: &str) -> String {
    let b = s.as_bytes();
    let n = b.len();
    let mut out = String::with_capacity(n);
    static DOUBLE_SPACE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"  "));
    let finder = &*DOUBLE_SPACE;
    // Next line break or tab, and next double space, at or after `i` (n: none);
    // neither can be at `i`, a word's first byte, so `<= i` means not searched yet.
    let (mut brk, mut dbl) = (0, 0);
    let mut i = 0;
    loop {
        while i < n && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
            i += 1;
        }
        if i == n {
            return out;
        }
        if brk <= i {
            brk = memchr::memchr3(b'\n', b'\r', b'\t', &b[i..]).map_or(n, |k| i + k);
        }
        if dbl <= i {
            dbl = finder.find(&b[i..]).map_or(n, |k| i + k);
        }
        // Words and single spaces up to `end`; a space right before it (before a
        // line break, or at the very end) is not kept.
        let end = brk.min(dbl);
        let stop = if b[end - 1] == b' ' { end - 1 } else { end };
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&s[i..stop]);
        i = end;
    }
}

/// True for characters that are quotation marks.
pub fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '„' | '«' | '»' | '‘' | '’' | '\'' | '‹' | '›' | '「' | '」'
    )
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Splits text into tokens. Linear in the input.
///
/// ```
/// use newsgraph::text::tokenize;
/// let t = "Iraq's S-400 deal with the U.S. failed.";
/// let words: Vec<&str> = tokenize(t).iter().map(|k| k.text(t)).collect();
/// assert_eq!(words, ["Iraq", "'s", "S-400", "deal", "with", "the", "U.S.", "failed", "."]);
/// ```
pub fn tokenize(text: &str) -> Vec<Token> {
    tokenize_range(text, 0, text.len())
}

/// Tokens of `text[start..end]` with absolute offsets.
pub fn tokenize_range(text: &str, start: usize, end: usize) -> Vec<Token> {
    let s = &text[start..end];
    if s.is_ascii() {
        // One byte per character: offsets need no table and nothing is decoded.
        let bytes = s.as_bytes();
        let n = bytes.len();
        return tokenize_chars(
            n,
            |k| bytes.get(k).map_or(' ', |&b| char::from(b)),
            |k| start + k.min(n),
            |k| bytes.get(k..).map_or(0, ascii_alnum_run),
        );
    }
    let chars: Vec<(usize, char)> = s.char_indices().map(|(i, c)| (i + start, c)).collect();
    tokenize_chars(
        chars.len(),
        |k| chars.get(k).map_or(' ', |x| x.1),
        |k| chars.get(k).map_or(end, |x| x.0),
        |_| 0,
    )
}

/// The length in characters of a decimal character reference to a letter at `j` ("&#244;"
/// for "ô"), which a word goes on through; `None` for anything else.
fn letter_reference(at: &impl Fn(usize) -> char, j: usize, n: usize) -> Option<usize> {
    if at(j) != '&' || at(j + 1) != '#' {
        return None;
    }
    let mut code = 0u32;
    let mut k = j + 2;
    while k < n && k - j < 9 && at(k).is_ascii_digit() {
        code = code * 10 + at(k).to_digit(10)?;
        k += 1;
    }
    (k > j + 2 && at(k) == ';' && char::from_u32(code).is_some_and(char::is_alphabetic))
        .then_some(k + 1 - j)
}

/// The tokenizer of [`tokenize_range`] over `n` characters: `at(k)` is character `k` (a
/// space past the end), `pos(k)` its absolute byte offset (the range's end past the last),
/// `run(k)` a number of characters from `k` on (up to `n`) known to be alphanumeric
/// (skipped at once; 0 is always right).
fn tokenize_chars(
    n: usize,
    at: impl Fn(usize) -> char,
    pos: impl Fn(usize) -> usize,
    run: impl Fn(usize) -> usize,
) -> Vec<Token> {
    // About one token per five characters of prose: few regrowths.
    let mut out = Vec::with_capacity(n / 5 + 1);
    let mut i = 0;
    while i < n {
        let c = at(i);
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let begin = i;
            let mut j = i + 1;
            loop {
                j += run(j);
                let c = at(j);
                if j < n && c.is_alphanumeric() {
                    j += 1;
                } else if let Some(len) = letter_reference(&at, j, n) {
                    // "F&#244;n": a numeric character reference to a letter, undecoded in
                    // plain text, is part of the word (spans keep the reference's bytes).
                    j += len;
                } else if j + 1 < n
                    && (c == '-' || c == '.' || c == ',' || is_apostrophe(c))
                    && at(j + 1).is_alphanumeric()
                {
                    // Possessive 's / ’s ends the word.
                    if is_apostrophe(c)
                        && (at(j + 1) == 's' || at(j + 1) == 'S')
                        && !at(j + 2).is_alphanumeric()
                    {
                        break;
                    }
                    // Commas and dots only inside numbers ("1,000", "3.5"), dots in "U.S".
                    if c == ',' && !(at(j - 1).is_ascii_digit() && at(j + 1).is_ascii_digit()) {
                        break;
                    }
                    if c == '.' && !(at(j - 1).is_ascii_digit() && at(j + 1).is_ascii_digit()) {
                        // "U.S" style: single letters between dots.
                        let single_before = j >= 1
                            && (j - 1 == begin || !at(j - 2).is_alphanumeric() || at(j - 2) == '.');
                        let single_after = !at(j + 2).is_alphanumeric();
                        if !(single_before && single_after) {
                            break;
                        }
                    }
                    j += 2;
                } else {
                    break;
                }
            }
            // Trailing dot of an initialism: "U.S." (letters and dots alternating).
            if at(j) == '.'
                && (begin..j).any(|k| at(k) == '.')
                && (begin..j).all(|k| at(k) == '.' || at(k).is_alphabetic())
            {
                j += 1;
            }
            let kind = if at(begin).is_ascii_digit() {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            out.push(Token {
                span: Span::new(pos(begin), pos(j)),
                kind,
            });
            i = j;
            continue;
        }
        // Possessive 's as its own token.
        if is_apostrophe(c)
            && (at(i + 1) == 's' || at(i + 1) == 'S')
            && !at(i + 2).is_alphanumeric()
            && i > 0
            && at(i - 1).is_alphanumeric()
        {
            out.push(Token {
                span: Span::new(pos(i), pos(i + 2)),
                kind: TokenKind::Word,
            });
            i += 2;
            continue;
        }
        let kind = if is_quote_char(c) {
            TokenKind::Quote
        } else {
            TokenKind::Punct
        };
        out.push(Token {
            span: Span::new(pos(i), pos(i + 1)),
            kind,
        });
        i += 1;
    }
    out
}

/// Words after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm",
    "cmdr", "gov", "govs", "sen", "sens", "rep", "reps", "rev", "st", "sr", "jr", "no", "nos",
    "vs", "etc", "inc", "corp", "ltd", "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "mt", "ft", "fig", "approx", "dept", "est", "pres", "supt",
    "brig", "cpl", "pvt", "messrs",
];

/// A sentence: its span and the span of its paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Sentence span (trimmed of surrounding whitespace).
    pub span: Span,
    /// Index of the paragraph it belongs to.
    pub paragraph: usize,
}

/// Splits text into sentences with paragraph numbers.
///
/// ```
/// use newsgraph::text::split_sentences;
/// let t = "Gen. Smith met U.S. officials on Jan. 5. They talked.\n\nNew paragraph.";
/// let s: Vec<&str> = split_sentences(t).iter().map(|s| s.span.slice(t)).collect();
/// assert_eq!(s, ["Gen. Smith met U.S. officials on Jan. 5.", "They talked.", "New paragraph."]);
/// ```
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    split_sentences_tokens(text, &tokenize(text))
}

/// [`split_sentences`] over the text's tokens (from [`tokenize`]) when the
/// caller has them already: no second tokenisation, no second token array.
///
/// ```
/// use newsgraph::text::{split_sentences, split_sentences_tokens, tokenize};
/// let t = "One. Two!\n\nThree?";
/// assert_eq!(split_sentences_tokens(t, &tokenize(t)), split_sentences(t));
/// ```
pub fn split_sentences_tokens(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    split_sentences_paragraphs(text, tokens, &paragraphs(text))
}

/// [`split_sentences_tokens`] when the caller has the text's [`paragraphs`] too.
///
/// ```
/// use newsgraph::text::{paragraphs, split_sentences, split_sentences_paragraphs, tokenize};
/// let t = "One. Two!\n\nThree?";
/// assert_eq!(
///     split_sentences_paragraphs(t, &tokenize(t), &paragraphs(t)),
///     split_sentences(t)
/// );
/// ```
pub fn split_sentences_paragraphs(
    text: &str,
    tokens: &[Token],
    paragraphs: &[(usize, usize)],
) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (para, &(pstart, pend)) in paragraphs.iter().enumerate() {
        // Paragraphs are separated by whitespace, which no token spans.
        let a = tokens.partition_point(|t| t.span.start < pstart);
        let b = tokens.partition_point(|t| t.span.start < pend);
        split_paragraph(text, &tokens[a..b], para, &mut out);
    }
    out
}

/// The lines of `text`, each with its `'\n'` (the last one without when the text does not
/// end with one): `text.split_inclusive('\n')`, with the line breaks found by `memchr`
/// (`str`'s own search costs a few hundred instructions per line).
///
/// ```
/// let v: Vec<&str> = newsgraph::text::split_lines("a\n\nb").collect();
/// assert_eq!(v, ["a\n", "\n", "b"]);
/// ```
pub fn split_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut breaks = memchr::memchr_iter(b'\n', text.as_bytes());
    let mut start = 0;
    std::iter::from_fn(move || {
        let from = start;
        match breaks.next() {
            Some(i) => start = i + 1,
            None if from < text.len() => start = text.len(),
            None => return None,
        }
        Some(&text[from..start])
    })
}

/// Paragraph spans: runs of text separated by blank lines (lines of only whitespace).
pub fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_end = 0;
    let mut off = 0;
    for line in split_lines(text) {
        let blank = line.trim().is_empty();
        if blank {
            if let Some(s) = start.take() {
                out.push((s, last_end));
            }
        } else {
            if start.is_none() {
                start = Some(off);
            }
            last_end = off + line.len();
        }
        off += line.len();
    }
    if let Some(s) = start {
        out.push((s, last_end));
    }
    out
}

/// Longest sentence, in tokens, before it is cut (real sentences stay far below).
pub const MAX_SENTENCE_TOKENS: usize = 400;

fn split_paragraph(text: &str, toks: &[Token], para: usize, out: &mut Vec<Sentence>) {
    let mut sent_start: Option<usize> = None;
    let mut sent_tokens = 0;
    let mut k = 0;
    while k < toks.len() {
        let t = toks[k];
        if sent_start.is_none() {
            sent_start = Some(t.span.start);
            sent_tokens = 0;
        }
        sent_tokens += 1;
        let s = t.text(text);
        let mut boundary = false;
        let mut end = t.span.end;
        if s == "!"
            || s == "?"
            || s == "."
            || (t.kind == TokenKind::Word && s.ends_with('.') && s.len() > 1)
        {
            boundary = is_boundary(text, toks, k);
            // Swallow closing quotes and brackets.
            let mut m = k + 1;
            while boundary && m < toks.len() {
                let c = toks[m].text(text);
                if (toks[m].kind == TokenKind::Quote && closes(text, toks, m))
                    || c == ")"
                    || c == "]"
                {
                    end = toks[m].span.end;
                    k = m;
                    m += 1;
                } else {
                    break;
                }
            }
        }
        // A run-on "sentence" (a page with no punctuation) is cut into
        // pieces: the extractors' work per sentence grows with its length.
        if boundary || sent_tokens >= MAX_SENTENCE_TOKENS {
            out.push(Sentence {
                span: Span::new(sent_start.take().unwrap_or(t.span.start), end),
                paragraph: para,
            });
        }
        k += 1;
    }
    if let (Some(s), Some(last)) = (sent_start, toks.last()) {
        out.push(Sentence {
            span: Span::new(s, last.span.end),
            paragraph: para,
        });
    }
}

/// A quote token closes a quotation when it follows a non-space character.
fn closes(text: &str, toks: &[Token], m: usize) -> bool {
    let c = toks[m].text(text);
    if c == "”" || c == "’" || c == "»" {
        return true;
    }
    if c == "“" || c == "‘" || c == "«" {
        return false;
    }
    // Straight quote: closing if directly after the previous token.
    m > 0 && toks[m - 1].span.end == toks[m].span.start
}

fn is_boundary(text: &str, toks: &[Token], k: usize) -> bool {
    let t = toks[k];
    let s = t.text(text);
    // Next non-quote/bracket token decides.
    let mut m = k + 1;
    while m < toks.len() {
        let c = toks[m].text(text);
        if toks[m].kind == TokenKind::Quote || c == ")" || c == "]" {
            m += 1;
        } else {
            break;
        }
    }
    let Some(next) = toks.get(m) else { return true };
    let nt = next.text(text);
    let next_upper = nt
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        || next.kind == TokenKind::Quote;
    // A quote right after the terminator opening a new quotation also starts a sentence.
    let opens_quote = toks
        .get(k + 1)
        .is_some_and(|q| q.kind == TokenKind::Quote && !closes(text, toks, k + 1));
    if !next_upper && !opens_quote {
        return false;
    }
    if s == "." {
        // A period inside a ticker (`Royal Trustco Ltd <RT.TO> said`) ends nothing.
        let word = text[..t.span.start]
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("");
        if next.span.start == t.span.end && word.starts_with('<') && !word.contains('>') {
            return false;
        }
        // Period after an abbreviation or an initial.
        if k > 0 && toks[k - 1].span.end == t.span.start {
            let prev = toks[k - 1].text(text);
            // A company's designator ends a sentence before a word that opens one (`bought
            // Acme Corp. The deal ...`) or a name that is the subject of a verb (`a stake in
            // Acme Corp. Moody's said ...`), not before a name or noun the designator's name
            // runs into (`Acme Corp. Chairman Ivo Bell`, `Acme Co. Ltd`) nor a preposition
            // (wire copy capitalises the word after an abbreviation: `with Acme Co. In
            // Europe`).
            if DESIGNATORS.iter().any(|a| a.eq_ignore_ascii_case(prev)) {
                return opens_quote
                    || wire_paragraph(text, t.span.end, next.span.start)
                    || (sentence_opener(nt) && !PREPOSITION_OPENERS.contains(&nt))
                    || name_then_verb(text, toks, m);
            }
            // (The table is lower-case ASCII: no lower-cased copy of the word.)
            if ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(prev))
                || (prev.chars().count() == 1 && prev.chars().all(char::is_uppercase))
            {
                return wire_paragraph(text, t.span.end, next.span.start);
            }
        }
        return true;
    }
    if s.len() > 1 && s.ends_with('.') {
        // Initialism like "U.S." ends a sentence only before a typical sentence opener
        // ("And" is none: wire copy capitalises the word after "U.S.", as in "the U.S. And
        // Japan"), or where a wire paragraph begins.
        return sentence_opener(nt)
            || next.kind == TokenKind::Quote
            || wire_paragraph(text, t.span.end, next.span.start);
    }
    true
}

/// Company designators: abbreviations that often close a sentence (`... from Acme Inc.`).
const DESIGNATORS: &[&str] = &["inc", "corp", "co", "ltd"];

/// Does a subject name open a sentence at token `m` (after a company designator): one to
/// five capitalised words, possibly joined by "and"/"&"/"of" or a possessive (`Moody's`,
/// `Standard and Poor's`, `Roche's Lee`), then a finite verb (`said`, `has`, `will`, a
/// past tense)? Not when the first word goes on with the company's name (`Acme Co. Ltd`,
/// `Acme Co. International`) or a title word is among them (`Acme Corp. Chairman Ivo Bell
/// said` is one sentence).
fn name_then_verb(text: &str, toks: &[Token], m: usize) -> bool {
    let mut names = 0;
    for (i, t) in toks.iter().enumerate().skip(m).take(7) {
        let w = t.text(text);
        let first = w.chars().next().unwrap_or(' ');
        if t.kind == TokenKind::Word && first.is_uppercase() {
            let bare = w.trim_end_matches('.');
            // (Wire copy capitalises any word after an abbreviation: `Acme Inc. Has raised`.)
            let lower = bare.to_ascii_lowercase();
            if names == 0
                && (NAME_GOES_ON.contains(&bare)
                    || PREPOSITION_OPENERS.contains(&bare)
                    || FINITE_AFTER_NAME.contains(&lower.as_str())
                    || matches!(
                        lower.as_str(),
                        "and" | "or" | "by" | "for" | "from" | "of" | "to" | "with"
                    ))
                || TITLE_WORDS.contains(&bare)
            {
                return false;
            }
            names += 1;
            continue;
        }
        if names == 0 {
            return false;
        }
        if matches!(w, "and" | "&" | "of" | "'s" | "’s") {
            continue;
        }
        // The verb follows a name, not a joining word (`Acme Co. Rand and said`).
        let after_name = toks[i - 1].text(text).starts_with(char::is_uppercase)
            || matches!(toks[i - 1].text(text), "'s" | "’s");
        return after_name
            && t.kind == TokenKind::Word
            && first.is_lowercase()
            && (FINITE_AFTER_NAME.contains(&w)
                || w.len() > 4 && w.ends_with("ed") && w != "based" && w != "listed");
    }
    false
}

/// Words that go on with a company's name after its designator (`Acme Co. Ltd`, `Nikko
/// Securities Co. International`).
const NAME_GOES_ON: &[&str] = &[
    "AG",
    "BV",
    "Co",
    "Company",
    "Corp",
    "Corporation",
    "GmbH",
    "Group",
    "Holding",
    "Holdings",
    "Inc",
    "Incorporated",
    "International",
    "L.P",
    "LLC",
    "LP",
    "Limited",
    "Ltd",
    "N.V",
    "NV",
    "PLC",
    "Plc",
    "SA",
];

/// Title words that follow a company's designator inside a sentence (`Acme Corp. Chairman
/// Ivo Bell`, `Acme Inc. Chief Executive ...`).
const TITLE_WORDS: &[&str] = &[
    "Analyst",
    "CEO",
    "Chair",
    "Chairman",
    "Chairwoman",
    "Chief",
    "Counsel",
    "Deputy",
    "Director",
    "Economist",
    "Executive",
    "Founder",
    "General",
    "Head",
    "Managing",
    "Officer",
    "President",
    "Secretary",
    "Senior",
    "Spokesman",
    "Spokesperson",
    "Spokeswoman",
    "Treasurer",
    "Vice",
];

/// Finite verbs (besides past tenses in `-ed`) that follow a sentence's subject name.
const FINITE_AFTER_NAME: &[&str] = &[
    "also", "are", "can", "could", "had", "has", "have", "holds", "is", "may", "might", "must",
    "owns", "plans", "said", "says", "should", "told", "was", "were", "will", "would",
];

/// Openers that are prepositions, which wire copy also capitalises inside a sentence after
/// an abbreviation.
const PREPOSITION_OPENERS: &[&str] = &["In", "On", "At", "As", "After", "Despite"];

/// A word that typically opens a sentence: a pronoun, a determiner, a conjunction or
/// preposition that leads a clause (not "And", which wire copy capitalises after "U.S.").
fn sentence_opener(w: &str) -> bool {
    matches!(
        w,
        "The"
            | "A"
            | "An"
            | "It"
            | "He"
            | "She"
            | "They"
            | "We"
            | "I"
            | "This"
            | "That"
            | "But"
            | "In"
            | "On"
            | "At"
            | "However"
            | "Meanwhile"
            | "There"
            | "Its"
            | "His"
            | "Her"
            | "Their"
            | "Not"
            | "If"
            | "When"
            | "As"
            | "After"
            | "Although"
            | "Despite"
            | "Still"
            | "Yet"
    )
}

/// True when the gap between a period at `end` and the next token at `next` is a wire
/// paragraph break: a line break and an indented line (`Acme Inc.\n    The deal ...`).
fn wire_paragraph(text: &str, end: usize, next: usize) -> bool {
    let gap = &text[end..next];
    gap.rfind('\n')
        .is_some_and(|i| gap[i + 1..].starts_with("  ") || gap[i + 1..].starts_with('\t'))
}

/// Is `sentence` set in headline case: at least four words, seven in ten of
/// them capitalised, and no final full stop (a sentence that ends like prose
/// is prose)? Capitals there say nothing about names, and its verbs drop their
/// articles and tense.
///
/// ```
/// use newsgraph::text::is_headline_case;
/// assert!(is_headline_case("Iraqi Lawmakers Vote to Expel U.S. Troops"));
/// assert!(!is_headline_case("Iraqi lawmakers voted to expel U.S. troops."));
/// ```
pub fn is_headline_case(sentence: &str) -> bool {
    if sentence.trim_end().ends_with(['.', '!', '"', '”']) {
        return false;
    }
    let (mut words, mut caps) = (0usize, 0usize);
    for first in sentence.split_whitespace().filter_map(|w| w.chars().next()) {
        if first.is_alphabetic() {
            words += 1;
            caps += usize::from(first.is_uppercase());
        }
    }
    words >= 4 && caps * 10 >= words * 7
}

/// `s.find(pat)` for a string pattern, by `memchr`'s memmem (no string searcher built per
/// call; a match of valid UTF-8 starts at a character boundary).
pub fn find_str(s: &str, pat: &str) -> Option<usize> {
    memchr::memmem::find(s.as_bytes(), pat.as_bytes())
}

/// `s.rfind(pat)` for a string pattern, as [`find_str`].
pub fn rfind_str(s: &str, pat: &str) -> Option<usize> {
    memchr::memmem::rfind(s.as_bytes(), pat.as_bytes())
}

/// `s.split_once(pat)` for a string pattern, as [`find_str`].
pub fn split_once_str<'a>(s: &'a str, pat: &str) -> Option<(&'a str, &'a str)> {
    let i = find_str(s, pat)?;
    Some((&s[..i], &s[i + pat.len()..]))
}

/// Where `pat` occurs in `text`: the starts of `text.match_indices(pat)` (leftmost,
/// non-overlapping), found by `memchr`'s vectorised search rather than a string searcher
/// built per call. A match of valid UTF-8 starts at a character boundary; the test keeps
/// the empty pattern's answer too (every boundary, not every byte).
pub fn match_starts<'a>(text: &'a str, pat: &'a str) -> impl Iterator<Item = usize> + 'a {
    memchr::memmem::find_iter(text.as_bytes(), pat.as_bytes())
        .filter(move |&i| text.is_char_boundary(i))
}

/// `s` lower-cased, borrowed when it is lower-case ASCII already (most words
/// of running text, so no allocation).
///
/// ```
/// use newsgraph::text::lower_cow;
/// assert!(matches!(lower_cow("said"), std::borrow::Cow::Borrowed("said")));
/// assert_eq!(lower_cow("Said"), "said");
/// assert_eq!(lower_cow("ÉTAT"), "état");
/// ```
pub fn lower_cow(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.is_ascii() {
        std::borrow::Cow::Owned(s.to_lowercase())
    } else if s.bytes().any(|b| b.is_ascii_uppercase()) {
        // The same as `to_lowercase` on ASCII, without its Unicode tables.
        std::borrow::Cow::Owned(s.to_ascii_lowercase())
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// `f` of `s` lower-cased, the same answer as `f(&s.to_lowercase())`, with no heap copy for an
/// ASCII word of up to 32 bytes (lower-cased on the stack): for set look-ups of capitalised
/// words, which [`lower_cow`] would copy.
///
/// ```
/// use newsgraph::text::with_lower;
/// assert!(with_lower("Minister", |w| w == "minister"));
/// assert!(with_lower("ÉTAT", |w| w == "état"));
/// ```
pub fn with_lower<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    const MAX: usize = 32;
    if s.len() <= MAX && s.is_ascii() {
        let mut buf = [0u8; MAX];
        let b = &mut buf[..s.len()];
        b.copy_from_slice(s.as_bytes());
        b.make_ascii_lowercase();
        // (ASCII lower-cased is ASCII: always valid.)
        f(std::str::from_utf8(b).unwrap_or_default())
    } else {
        f(&lower_cow(s))
    }
}

/// The words of `text[span]` for quote attribution: runs of letters, digits and ASCII
/// apostrophes that hold a letter or digit (quote marks written as apostrophes, `''`, are not
/// words). The span's ends are moved back to char boundaries; a word cut by an end is the
/// part inside.
///
/// ```
/// use newsgraph::{span::Span, text::word_spans};
/// let t = "Iraq's ''deal'' -- off.";
/// let w: Vec<&str> = word_spans(t, Span::new(0, t.len())).iter().map(|s| s.slice(t)).collect();
/// assert_eq!(w, ["Iraq's", "''deal''", "off"]);
/// ```
pub fn word_spans(text: &str, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let end = floor_char(text, span.end.min(text.len()));
    let span = Span::new(floor_char(text, span.start.min(end)), end);
    let s = &text[span.start..span.end];
    // About one word per five bytes of news text: most sentences need no second allocation.
    out.reserve(s.len() / 5 + 2);
    // Start of the current word and whether it has a letter or digit yet: quote
    // marks written as apostrophes (`''`) are not words.
    let mut start: Option<(usize, bool)> = None;
    let bytes = s.as_bytes();
    let mut next = 0;
    while next < bytes.len() {
        let i = next;
        // ASCII is classified from the byte; other characters are decoded.
        let (alnum, quote) = match bytes[i] {
            b if b.is_ascii() => {
                next += 1;
                let alnum = b.is_ascii_alphanumeric();
                if alnum {
                    // The rest of an ASCII word changes nothing.
                    next += ascii_alnum_run(&bytes[next..]);
                }
                (alnum, b == b'\'')
            }
            _ => {
                let c = s[i..].chars().next().unwrap_or(' ');
                next += c.len_utf8();
                (c.is_alphanumeric(), false)
            }
        };
        if alnum || quote {
            match &mut start {
                None => start = Some((i, alnum)),
                Some((_, any)) => *any |= alnum,
            }
        } else if let Some((st, any)) = start.take() {
            if any {
                out.push(Span::new(span.start + st, span.start + i));
            }
        }
    }
    if let Some((st, true)) = start {
        out.push(Span::new(span.start + st, span.end));
    }
    out
}

/// [`word_spans`] of the whole text; ASCII text in one pass over its bytes.
///
/// ```
/// use newsgraph::{span::Span, text::{text_words, word_spans}};
/// let t = "''Iraq's deal'' 'x";
/// assert_eq!(text_words(t), word_spans(t, Span::new(0, t.len())));
/// ```
pub fn text_words(text: &str) -> Vec<Span> {
    if !text.is_ascii() {
        return word_spans(text, Span::new(0, text.len()));
    }
    // A word is a run of ASCII letters, digits and apostrophes with a letter or digit; the
    // runs are found with `position` over the bytes (a tight loop per byte).
    let b = text.as_bytes();
    static IN_WORD: [bool; 256] = {
        let mut t = [false; 256];
        let mut c = 0;
        while c < 256 {
            t[c] = (c as u8).is_ascii_alphanumeric() || c as u8 == b'\'';
            c += 1;
        }
        t
    };
    let in_word = |c: &u8| IN_WORD[usize::from(*c)];
    let mut out = Vec::with_capacity(b.len() / 5 + 2);
    let mut i = 0;
    while let Some(k) = b[i..].iter().position(in_word) {
        let start = i + k;
        let end = b[start..]
            .iter()
            .position(|c| !in_word(c))
            .map_or(b.len(), |k| start + k);
        if b[start..end].iter().any(|&c| c != b'\'') {
            out.push(Span::new(start, end));
        }
        i = end;
    }
    out
}

/// [`word_spans`] of `text[span]` read from `words`, the [`word_spans`] of the whole text:
/// the words inside the span, and the part inside of a word the span cuts when that part
/// has a letter or digit. Borrowed from `words` when the span cuts no word.
///
/// ```
/// use newsgraph::{span::Span, text::{word_spans, words_within}};
/// let t = "Iraq's deal";
/// let all = word_spans(t, Span::new(0, t.len()));
/// let w = words_within(&all, t, Span::new(2, 9));
/// assert_eq!(w.iter().map(|s| s.slice(t)).collect::<Vec<_>>(), ["aq's", "de"]);
/// ```
pub fn words_within<'w>(words: &'w [Span], text: &str, span: Span) -> std::borrow::Cow<'w, [Span]> {
    let end = floor_char(text, span.end.min(text.len()));
    let start = floor_char(text, span.start.min(end));
    // Words ending after the start and starting before the end.
    let a = words.partition_point(|w| w.end <= start);
    let b = a + words[a..].partition_point(|w| w.start < end);
    let inner = &words[a..b];
    let (Some(first), Some(last)) = (inner.first(), inner.last()) else {
        return std::borrow::Cow::Borrowed(inner);
    };
    if first.start >= start && last.end <= end {
        return std::borrow::Cow::Borrowed(inner);
    }
    // A cut word stays when the part inside has a letter or digit.
    let part = |w: &Span| {
        let p = Span::new(w.start.max(start), w.end.min(end));
        p.slice(text)
            .chars()
            .any(char::is_alphanumeric)
            .then_some(p)
    };
    let mut out = Vec::with_capacity(inner.len());
    out.extend(part(first));
    if inner.len() > 1 {
        out.extend_from_slice(&inner[1..inner.len() - 1]);
        out.extend(part(last));
    }
    std::borrow::Cow::Owned(out)
}

/// A xorshift generator for randomised tests: each call gives a number below `m`. Seeded, so
/// the tests see the same texts on every run.
#[cfg(test)]
pub(crate) fn test_rng(mut seed: u64) -> impl FnMut(usize) -> usize {
    move |m: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % m as u64) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `words_within` over the whole text's words gives what `word_spans` gives for every
    /// window of pseudo-random texts made of letters, digits, apostrophes, curly quotes,
    /// accented letters, dashes and spaces.
    #[test]
    fn split_lines_is_split_inclusive() {
        for t in [
            "",
            "\n",
            "a",
            "a\n",
            "\n\n",
            "a\nb",
            "a\n\nb\n",
            "é\n€\n\nx",
        ] {
            assert_eq!(
                split_lines(t).collect::<Vec<_>>(),
                t.split_inclusive('\n').collect::<Vec<_>>(),
                "{t:?}"
            );
        }
    }

    #[test]
    fn words_within_is_word_spans_of_the_window() {
        let pieces = [
            "a", "Z", "9", "'", "''", " ", "’", "é", "—", "\n", ".", "x'y", "ß1",
        ];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..300 {
            let mut t = String::new();
            for _ in 0..14 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                t.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            let all = word_spans(&t, Span::new(0, t.len()));
            assert_eq!(text_words(&t), all, "{t:?}");
            let ascii: String = t.chars().filter(char::is_ascii).collect();
            assert_eq!(
                text_words(&ascii),
                word_spans(&ascii, Span::new(0, ascii.len())),
                "{ascii:?}"
            );
            for a in 0..=t.len() + 1 {
                for b in 0..=t.len() + 1 {
                    assert_eq!(
                        *words_within(&all, &t, Span { start: a, end: b }),
                        word_spans(&t, Span { start: a, end: b })[..],
                        "{t:?} {a}..{b}"
                    );
                }
            }
        }
    }

    #[test]
    fn ascii_word_starts_match_the_general_scan() {
        // A non-ASCII letter at the end sends the same text through the general scan.
        for t in [
            "O'Sullivan said: \"We'll see,\" -- (the U.S.) 3.5% 1,000 rock'n'roll",
            "  x'y 'quoted' a' b '' c'-d 9'' z",
            "",
            "'a",
            "a'",
            "\tTabs\nand\r\nlines,,..!!",
        ] {
            let fast = crate::ner::word_starts(t);
            let mut slow = crate::ner::word_starts(&format!("{t}é"));
            slow.retain(|&i| i < t.len());
            assert_eq!(fast, slow, "{t:?}");
        }
    }

    fn sents(t: &str) -> Vec<&str> {
        split_sentences(t).iter().map(|s| s.span.slice(t)).collect()
    }

    proptest::proptest! {
        /// A collapsed text collapses to itself (the entity aliases rely on it to skip
        /// repeated names).
        #[test]
        fn collapse_ws_is_idempotent(s in "([a-z .]|\\s|é|\u{a0}|\u{2003}){0,30}") {
            let once = collapse_ws(&s);
            proptest::prop_assert_eq!(collapse_ws(&once), once);
        }
    }

    #[test]
    fn collapse_ascii_matches_split_whitespace() {
        // Every string of up to six characters over an alphabet of letters and
        // every kind of ASCII white space, and some longer ones.
        let alphabet = [b'a', b'b', b' ', b'\n', b'\t', b'\r', 0x0B, 0x0C];
        let mut texts: Vec<String> = vec![String::new()];
        let mut level = vec![String::new()];
        for _ in 0..6 {
            let mut next = Vec::new();
            for t in &level {
                for &c in &alphabet {
                    next.push(format!("{t}{}", char::from(c)));
                }
            }
            texts.extend(next.iter().cloned());
            level = next;
        }
        texts.push("  Donald \n Trump ".into());
        texts.push("He said  it was\n    time, and  then \r\n left. ".into());
        for t in &texts {
            let want = t.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(collapse_ws(t), want, "{t:?}");
            if !t.contains(['\u{0B}', '\u{0C}']) {
                assert_eq!(collapse_ascii(t), want, "{t:?}");
            }
        }
    }

    #[test]
    fn sentence_cases() {
        let cases: &[(&str, &[&str])] = &[
            (
                "He paid $3.5 billion. Then he left.",
                &["He paid $3.5 billion.", "Then he left."],
            ),
            ("No. 10 said so. Fine.", &["No. 10 said so.", "Fine."]),
            (
                "\"We will win.\" He smiled.",
                &["\"We will win.\"", "He smiled."],
            ),
            (
                "They met (in private.) Later, talks.",
                &["They met (in private.)", "Later, talks."],
            ),
            (
                "Talks with the U.S. military resumed.",
                &["Talks with the U.S. military resumed."],
            ),
            (
                "He left the U.S. The next day he returned.",
                &["He left the U.S.", "The next day he returned."],
            ),
            (
                "J. R. Smith arrived. Done",
                &["J. R. Smith arrived.", "Done"],
            ),
            (
                "line one\nline two.\n\nPara two",
                &["line one\nline two.", "Para two"],
            ),
            ("Why? Because!", &["Why?", "Because!"]),
        ];
        for (t, want) in cases {
            assert_eq!(sents(t), *want, "input {t:?}");
        }
    }

    /// A company designator ends a sentence before a pronoun, determiner, quote or a subject
    /// name and its verb, not before a name it runs into or a preposition; any abbreviation
    /// does before an indented wire paragraph.
    #[test]
    fn designators_and_wire_paragraphs() {
        let cases: &[(&str, &[&str])] = &[
            (
                "The loan came from Halden Corp. The bank said it would not comment.",
                &[
                    "The loan came from Halden Corp.",
                    "The bank said it would not comment.",
                ],
            ),
            (
                "Prices fell, said Ada Lim of Brill Inc. \"We see no end to it.\"",
                &[
                    "Prices fell, said Ada Lim of Brill Inc.",
                    "\"We see no end to it.\"",
                ],
            ),
            (
                "It set up a venture with Halden Co. In Europe to make valves.",
                &["It set up a venture with Halden Co. In Europe to make valves."],
            ),
            (
                "Halden Corp. Chairman Ivo Bell spoke.",
                &["Halden Corp. Chairman Ivo Bell spoke."],
            ),
            (
                "Sales rose in the U.S.\n    Farm exports fell.",
                &["Sales rose in the U.S.", "Farm exports fell."],
            ),
            (
                "The notes went to Brill and Co.\n    Dealers said they were cheap.",
                &[
                    "The notes went to Brill and Co.",
                    "Dealers said they were cheap.",
                ],
            ),
            (
                "Talks with the U.K. Treasury resumed.",
                &["Talks with the U.K. Treasury resumed."],
            ),
            (
                "It sold a stake in Halvern Corp. Moody's said it may cut the rating.",
                &[
                    "It sold a stake in Halvern Corp.",
                    "Moody's said it may cut the rating.",
                ],
            ),
            (
                "The notes of Brixton Co. Standard and Poor's lowered them.",
                &[
                    "The notes of Brixton Co.",
                    "Standard and Poor's lowered them.",
                ],
            ),
            (
                "He met Halvern Corp. Vice Chairman Ivo Bell, who said no.",
                &["He met Halvern Corp. Vice Chairman Ivo Bell, who said no."],
            ),
            (
                "Ada Lim of Acme Co. Ltd said sales rose.",
                &["Ada Lim of Acme Co. Ltd said sales rose."],
            ),
            (
                "Its unit Halvern Systems Inc. Has raised its stake in Brill Corp.",
                &["Its unit Halvern Systems Inc. Has raised its stake in Brill Corp."],
            ),
        ];
        for (t, want) in cases {
            assert_eq!(sents(t), *want, "input {t:?}");
        }
    }

    #[test]
    fn tokens_keep_designators_and_names() {
        let t = "O'Brien's Mi-28NM and F-35A, 1,000 troops; al-Assad’s men.";
        let w: Vec<&str> = tokenize(t).iter().map(|k| k.text(t)).collect();
        assert_eq!(
            w,
            [
                "O'Brien", "'s", "Mi-28NM", "and", "F-35A", ",", "1,000", "troops", ";",
                "al-Assad", "’s", "men", "."
            ]
        );
    }

    #[test]
    fn spans_are_exact() {
        let t = "  Ünïcode “quotes” — and U.S.-made gear. ";
        for tok in tokenize(t) {
            assert!(t.is_char_boundary(tok.span.start) && t.is_char_boundary(tok.span.end));
            assert!(!tok.text(t).trim().is_empty());
        }
        for s in split_sentences(t) {
            assert_eq!(s.span.slice(t).trim(), s.span.slice(t));
        }
    }

    /// `match_starts` gives the starts of `str::match_indices` (and `find_str`, `rfind_str`,
    /// `split_once_str` the answers of `find`, `rfind`, `split_once`), for random texts and
    /// patterns over ASCII and multi-byte pieces (self-overlapping ones, the empty one).
    #[test]
    fn match_starts_answer_as_match_indices() {
        const PIECES: [&str; 8] = ["a", "b", " ", "aa", "é", "“", "\n", "ab"];
        let mut next = test_rng(0x2545_f491_4f6c_dd1d);
        for _ in 0..20_000 {
            let (n, k) = (next(20), next(4));
            let text: String = (0..n).map(|_| PIECES[next(PIECES.len())]).collect();
            let pat: String = (0..k).map(|_| PIECES[next(PIECES.len())]).collect();
            let want: Vec<usize> = text.match_indices(pat.as_str()).map(|(i, _)| i).collect();
            let got: Vec<usize> = match_starts(&text, &pat).collect();
            assert_eq!(got, want, "{text:?} {pat:?}");
            assert_eq!(find_str(&text, &pat), text.find(pat.as_str()));
            assert_eq!(rfind_str(&text, &pat), text.rfind(pat.as_str()));
            assert_eq!(split_once_str(&text, &pat), text.split_once(pat.as_str()));
        }
    }
}
