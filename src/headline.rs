//! Title Case headlines read as prose.
//!
//! A headline in Title Case ("Obama Slams Trump Over Muslim Ban Proposal") capitalises every
//! word, so capitals say nothing there about names, and the recogniser skips its capitalised
//! runs. [`fold_headline`] gives the analysis a copy of the text in which the headline's
//! ordinary words are lower case ("Obama slams Trump over Muslim ban proposal") and its
//! names keep their capitals; ASCII lower-casing keeps every byte offset, so spans and the
//! evidence (read from the original input) stay right.
//!
//! A word keeps its capitals when it is part of a lexicon name, when the article's body writes
//! it capitalised inside a sentence more often than in lower case ("Walz", "Muslim"), when it is
//! an acronym the body writes in capitals too, or when it is a title before a kept name.

use crate::article::Article;
use crate::ner::{Form, Recognizer};
use crate::span::Span;
use crate::text::{TokenKind, is_headline_case, match_starts, tokenize_range};

/// The analysis text with the article's Title Case headline read as prose, and the
/// headline's span; `None` when the article has no such headline (or nothing in it changes).
pub fn fold_headline(rec: &Recognizer, article: &Article) -> Option<(String, Span)> {
    let text = article.text.as_str();
    let line = headline_line(article)?;
    let head = line.slice(text);
    if !is_title_case_line(head) {
        return None;
    }
    let tokens = tokenize_range(text, line.start, line.end);
    let words: Vec<Span> = tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.span)
        .collect();
    // The rest of the text besides the headline (none: a headline read alone).
    let has_body = !text[line.end..].trim().is_empty() || !text[..line.start].trim().is_empty();
    // A lexicon name keeps its capitals, but one word that may be an ordinary word (not an
    // acronym) gives way to what the body says of it: in lower case there, it is one here
    // ("Conservative"); and a lone surname the body does not use is no name here ("Hit By
    // Major Legal Action" in an article that never names John Major).
    let keep: Vec<Span> = rec
        .lexicon_name_spans(head)
        .into_iter()
        .map(|(s, form)| (Span::new(s.start + line.start, s.end + line.start), form))
        .filter(|&(k, form)| {
            let s = k.slice(text);
            if s.contains(char::is_whitespace) || is_all_caps(s) || !has_body {
                return true;
            }
            match body_evidence(rec, text, line, k, false) {
                Some(name) => name,
                None => form != Form::Surname,
            }
        })
        .map(|(k, _)| k)
        .collect();
    let kept = |s: Span| keep.iter().any(|k| k.overlaps(s));
    // Per word: keep its capitals?
    let mut keeps: Vec<bool> = words
        .iter()
        .map(|&w| {
            let s = w.slice(text);
            !is_capitalised(s) || kept(w) || body_evidence(rec, text, line, w, true) == Some(true)
        })
        .collect();
    // "Ann Coulter: ...", "Cecile Richards: ...": two capitalised words before a colon that
    // opens the headline, the second a name kept above or the first a given name, name the
    // one who speaks.
    if words.len() >= 3
        && text[words[1].end..line.end].starts_with(':')
        && words[..2].iter().all(|w| {
            let s = w.slice(text);
            is_capitalised(s) && !is_all_caps(s)
        })
        && (keeps[1] || rec.is_given_name(words[0].slice(text)))
    {
        keeps[0] = true;
        keeps[1] = true;
    }
    // A title before a kept capitalised name keeps its capitals ("Sen. Kaine").
    for i in (0..words.len().saturating_sub(1)).rev() {
        if !keeps[i] && keeps[i + 1] && is_capitalised(words[i + 1].slice(text)) {
            keeps[i] = rec.is_title_word(words[i].slice(text).trim_end_matches('.'));
        }
    }
    let mut out: Option<Vec<u8>> = None;
    for (&w, &k) in words.iter().zip(&keeps) {
        if k {
            continue;
        }
        let bytes = out.get_or_insert_with(|| text.as_bytes().to_vec());
        // Only the bytes outside a kept name ("Anti-Trump" reads "anti-Trump").
        for (p, b) in bytes.iter_mut().enumerate().take(w.end).skip(w.start) {
            if !keep.iter().any(|s| s.start <= p && p < s.end) {
                b.make_ascii_lowercase();
            }
        }
    }
    // ASCII lower-casing maps ASCII bytes to ASCII bytes: still UTF-8.
    out.and_then(|b| String::from_utf8(b).ok())
        .map(|t| (t, line))
}

/// The headline's line: the one the article reader found, or else the text's first line when
/// a blank line (or the end of the text) follows it.
fn headline_line(article: &Article) -> Option<Span> {
    let text = article.text.as_str();
    if let Some(t) = article.title_span {
        return (t.end <= text.len()
            && text.is_char_boundary(t.start)
            && text.is_char_boundary(t.end))
        .then_some(t);
    }
    let start = text.len() - text.trim_start().len();
    let end = text[start..].find('\n').map_or(text.len(), |k| start + k);
    let rest = &text[end..];
    let next_blank = rest
        .strip_prefix('\n')
        .is_none_or(|r| r.split('\n').next().is_none_or(|l| l.trim().is_empty()));
    let line = text[start..end].trim_end();
    (next_blank && !line.is_empty() && line.len() <= MAX_HEADLINE)
        .then(|| Span::new(start, start + line.len()))
}

/// The longest headline line, in bytes.
const MAX_HEADLINE: usize = 200;

/// A headline in Title Case: four words or more, every word capitalised but the short
/// function words ("of", "the", "to"), not most of them in capitals. A sentence ("Former
/// England footballer Paul Gascoigne will join ...") has lower-case words of other kinds.
fn is_title_case_line(head: &str) -> bool {
    // PolNeAR's texts end their headlines with a full stop.
    let head = head.strip_suffix('.').unwrap_or(head);
    if !is_headline_case(head) {
        return false;
    }
    let words: Vec<&str> = head
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    let shouted = words.iter().filter(|w| is_all_caps(w)).count();
    words.len() >= 4
        && shouted * 2 < words.len()
        && words
            .iter()
            .all(|w| is_capitalised(w) || FUNCTION_WORDS.contains(w))
}

/// Words a Title Case headline may leave in lower case.
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on",
    "or", "over", "per", "than", "the", "to", "up", "via", "vs", "with",
];

fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Two letters or more, every letter a capital ("FBI", "CRINGE").
fn is_all_caps(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && w.chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
}

/// What the article outside the headline line says of the headline's word at `w`:
/// `Some(true)` when it writes it as a name (an acronym in capitals anywhere; another word
/// capitalised inside a sentence more often than in lower case), `Some(false)` when it writes
/// it as an ordinary word, `None` when it does not use it. With `company` (a word no lexicon
/// name covers) a capitalised word counts only alone or among the same capitalised neighbours
/// as in the headline (a title or given name before it aside): "NBC News" says nothing of
/// "Spell Bad News".
fn body_evidence(rec: &Recognizer, text: &str, line: Span, w: Span, company: bool) -> Option<bool> {
    let word = w.slice(text);
    let outside = |p: usize| p < line.start || p >= line.end;
    let bounded = |p: usize, len: usize| {
        let before = text[..p].chars().next_back();
        let after = text[p + len..].chars().next();
        !before.is_some_and(|c| c.is_alphanumeric() || c == '-')
            && !after.is_some_and(|c| c.is_alphanumeric() || c == '-')
    };
    let lower = word.to_lowercase();
    if lower.len() != word.len() {
        return None;
    }
    let lowers = match_starts(text, &lower)
        .filter(|&p| outside(p) && bounded(p, lower.len()))
        .count();
    let acronym = is_all_caps(word);
    let (head_before, head_after) = (word_before(text, w.start), word_after(text, w.end));
    let same_company = |p: usize| {
        let before = word_before(text, p).filter(|b| is_capitalised(b));
        let after = word_after(text, p + word.len()).filter(|a| is_capitalised(a));
        !company
            || before.is_none_or(|b| {
                Some(b) == head_before || rec.is_title_word(b) || rec.is_given_name(b)
            }) && after.is_none_or(|a| Some(a) == head_after)
    };
    // An acronym counts anywhere; another word only inside a sentence (a sentence's first
    // word is capitalised whatever it is).
    let caps = match_starts(text, word)
        .filter(|&p| outside(p) && bounded(p, word.len()))
        .filter(|&p| acronym || inside_sentence(text, p) && same_company(p))
        .count();
    (caps + lowers > 0).then_some(caps > lowers)
}

/// The word right before `p` on its line, past spaces only (no punctuation between).
fn word_before(text: &str, p: usize) -> Option<&str> {
    let b = text[..p].trim_end_matches([' ', '\t']);
    if b.len() == p {
        return None;
    }
    let start = b
        .rfind(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map_or(0, |k| k + b[k..].chars().next().map_or(1, char::len_utf8));
    (start < b.len()).then(|| &b[start..])
}

/// The word right after `p` on its line, past spaces only (no punctuation between).
fn word_after(text: &str, p: usize) -> Option<&str> {
    let a = text[p..].trim_start_matches([' ', '\t']);
    if a.len() == text.len() - p {
        return None;
    }
    let end = a
        .find(|c: char| !(c.is_alphanumeric() || c == '-'))
        .unwrap_or(a.len());
    (end > 0).then(|| &a[..end])
}

/// True when the word at `p` is not a sentence's, line's or quotation's first: the last
/// character before it (past spaces) is a letter, a digit, or a comma or such, or the full
/// stop of an initial or of a title's abbreviation before a name ("Mr. Trump", "Donald J.
/// Trump").
fn inside_sentence(text: &str, p: usize) -> bool {
    let before = text[..p].trim_end_matches([' ', '\t']);
    match before.chars().next_back() {
        Some('.') => {
            let b = &before[..before.len() - 1];
            let word_start = b
                .rfind(|c: char| !c.is_alphabetic())
                .map_or(0, |k| k + b[k..].chars().next().map_or(1, char::len_utf8));
            let word = &b[word_start..];
            word.chars().count() == 1 && is_capitalised(word) || NAME_ABBREVIATIONS.contains(&word)
        }
        Some(c) => c.is_alphanumeric() || matches!(c, ',' | ';' | '(' | '-' | '–' | '—'),
        None => false,
    }
}

/// Abbreviated titles written before a name ("Mr.", "Sen.").
const NAME_ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Adm", "Maj",
    "Prof", "Rev", "Pres", "St", "Jr", "Sr", "Amb", "Cpl",
];
