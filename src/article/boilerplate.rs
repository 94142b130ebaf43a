//! Boilerplate of news web pages, blanked in the analysis text.
//!
//! Works line by line on the text after markup removal, with patterns of web
//! news pages rather than strings of one site: tag lines (`Region:`, `Tags:`),
//! share and subscribe prompts, lone separators, copyright lines, "The
//! original source of this article is ...", media-inquiry and membership
//! prompts. A `Disclaimer:` paragraph ends the body: it and everything after
//! it are blanked. After a horizontal rule in the second half of a page, a tail
//! that is mostly boilerplate is blanked whole. Author bios and "originally
//! published on" lines are body and stay.

use std::sync::LazyLock;

use regex::Regex;

use crate::span::Span;

use super::text::{TextBuf, line_ranges, trim_range};

/// Single lines that are page furniture.
static LINE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(?:
        (?:region|regions|theme|themes|in-depth\ report|tags?|topics?|categor(?:y|ies)|filed\ under|keywords?)\s*:
        | note\ to\ readers\b
        | share\ (?:this|on|via)\b | share\s*$
        | follow\ us\b | like\ us\ on\b | join\ us\ on\b
        | subscribe\b | sign\ up\b | click\ here\b
        | please\ (?:share|support|donate|subscribe|follow)\b
        | support\ (?:us|our\ work|independent)\b | donate\b
        | copyright\b | © | \(c\)\s*\d{4}
        | the\ original\ source\ of\ this\ article\ is\b
        | (?:for\ )?media\ (?:inquiries|enquiries)\b
        | (?:articles|more\ articles|all\ articles|posts)\ by\s*:
        | comment\ on\b.*\b(?:facebook|twitter|page)\b
        | become\ a\ (?:member|patron|subscriber)\b
        | read\ more\s*: | read\ also\s*: | see\ also\s*: | you\ (?:may|might)\ also\ like\b
        | advertisement\s*$ | sponsored\ content\s*$
        | (?:photo|image|picture)\ ?(?:credit|source)?s?\s*:
        | (?:print|email|e-mail|share|tweet|facebook|twitter|whatsapp|linkedin|reddit|telegram)
          (?:[\s|·•,/]+(?:print|email|e-mail|share|tweet|facebook|twitter|whatsapp|linkedin|reddit|telegram))*\s*$
        )",
    )
    .unwrap()
});

/// Lines anywhere in a line that mark it as furniture.
static ANYWHERE_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)all rights reserved").unwrap());

/// Lines that end the body wherever they are.
static HARD_FOOTER_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^disclaimer\s*:").unwrap());

/// Lines that end the body when they sit in the second half of the page.
static SOFT_FOOTER_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:related(?:\s+(?:articles|stories|posts|news|content|reading|coverage))?|(?:\d+\s+)?comments?|leave a (?:comment|reply)|about the publisher)\s*:?\s*$",
    )
    .unwrap()
});

/// Compiles the patterns (see [`super::compile_patterns`]).
pub(super) fn compile_patterns() {
    LazyLock::force(&LINE_RE);
    LazyLock::force(&ANYWHERE_RE);
    LazyLock::force(&HARD_FOOTER_RE);
    LazyLock::force(&SOFT_FOOTER_RE);
}

/// Only this many leading bytes of a line are matched.
const PREFIX: usize = 400;
/// Longer lines are body, whatever they start with (except a disclaimer).
const MAX_LINE: usize = 600;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Body,
    Blank,
    Separator,
    Line,
    SoftFooter,
    HardFooter,
}

fn prefix(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// False when `head` opens with none of `words` (literal openings of a
/// pattern's matches: lower-case ASCII, spaces as the pattern's literal spaces)
/// in any ASCII case. A non-ASCII byte where a word is compared lets the head
/// through: case-insensitive `k` and `s` also match `K` and `ſ`, so
/// "li\u{212A}e us on" is "like us on" to the pattern. An empty word lets every
/// head through.
fn opens_with_any(head: &str, words: &[&str]) -> bool {
    let h = head.as_bytes();
    words.iter().any(|w| {
        for (i, &c) in w.as_bytes().iter().enumerate() {
            match h.get(i) {
                None => return false,
                Some(&b) if !b.is_ascii() => return true,
                Some(&b) if b.to_ascii_lowercase() != c => return false,
                Some(_) => {}
            }
        }
        true
    })
}

/// The literal openings of [`LINE_RE`]'s matches, by first byte (lower case):
/// every match opens with one of the list of its first byte, or with a
/// non-ASCII character. Most lines open with none, sparing them the regex call.
fn line_openers(first: u8) -> &'static [&'static str] {
    match first {
        b'(' => &["(c)"],
        b'a' => &["articles by", "all articles by", "advertisement"],
        b'b' => &["become a "],
        b'c' => &["categor", "click here", "copyright", "comment on"],
        b'd' => &["donate"],
        b'e' => &["email", "e-mail"],
        b'f' => &["filed under", "follow us", "for media ", "facebook"],
        b'i' => &["in-depth report", "image"],
        b'j' => &["join us on"],
        b'k' => &["keyword"],
        b'l' => &["like us on", "linkedin"],
        b'm' => &["media ", "more articles by"],
        b'n' => &["note to readers"],
        b'p' => &["please ", "posts by", "photo", "picture", "print"],
        b'r' => &["region", "read more", "read also", "reddit"],
        b's' => &[
            "share",
            "subscribe",
            "sign up",
            "support ",
            "see also",
            "sponsored content",
        ],
        b't' => &[
            "theme",
            "tag",
            "topic",
            "the original source of this article is",
            "tweet",
            "twitter",
            "telegram",
        ],
        b'w' => &["whatsapp"],
        b'y' => &["you m"],
        _ => &[],
    }
}

/// The literal openings of [`SOFT_FOOTER_RE`]'s matches, by first byte (a
/// digit opens a comment count: let through).
fn soft_footer_openers(first: u8) -> &'static [&'static str] {
    match first {
        b'0'..=b'9' => &[""],
        b'a' => &["about the publisher"],
        b'c' => &["comment"],
        b'l' => &["leave a "],
        b'r' => &["related"],
        _ => &[],
    }
}

/// The literal opening of [`HARD_FOOTER_RE`]'s matches.
const HARD_FOOTER_OPENERS: &[&str] = &["disclaimer"];

/// False when `head` cannot match a pattern whose openings `openers` lists by
/// first byte (see [`opens_with_any`]); a head opening with a non-ASCII
/// character is let through.
fn may_open(head: &str, openers: fn(u8) -> &'static [&'static str]) -> bool {
    match head.as_bytes().first() {
        None => true,
        Some(&b) if !b.is_ascii() => true,
        Some(&b) => opens_with_any(head, openers(b.to_ascii_lowercase())),
    }
}

/// True when `t` may hold [`ANYWHERE_RE`]'s phrase: every match ends in the
/// ASCII bytes "erved" in some case (none of these letters has a non-ASCII
/// case variant, unlike `s` and `k`).
fn may_hold_anywhere(t: &str) -> bool {
    let bytes = t.as_bytes();
    memchr::memchr2_iter(b'v', b'V', bytes).any(|i| {
        // The 'v' is the third byte of "erved".
        i >= 2
            && bytes
                .get(i - 2..i + 3)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"erved"))
    })
}

fn classify(line: &str) -> Kind {
    let t = line.trim();
    if t.is_empty() {
        return Kind::Blank;
    }
    let head = prefix(t, PREFIX);
    if may_open(head, |_| HARD_FOOTER_OPENERS) && HARD_FOOTER_RE.is_match(head) {
        return Kind::HardFooter;
    }
    if t.len() > MAX_LINE {
        return Kind::Body;
    }
    if t.chars().all(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '*' | '-' | '_' | '=' | '~' | '•' | '·' | '#' | '\\' | '—' | '–'
            )
    }) {
        return Kind::Separator;
    }
    if may_open(head, soft_footer_openers) && SOFT_FOOTER_RE.is_match(head) {
        return Kind::SoftFooter;
    }
    if may_open(head, line_openers) && LINE_RE.is_match(head)
        || (t.len() <= 300 && may_hold_anywhere(t) && ANYWHERE_RE.is_match(t))
    {
        return Kind::Line;
    }
    Kind::Body
}

/// Blanks boilerplate lines in place; `rules` are offsets of horizontal rules
/// already removed by the markup stage; the `keep` span (the headline) is never blanked.
pub(crate) fn strip(tb: &mut TextBuf, rules: &[usize], keep: Option<Span>) {
    let total = tb.len();
    let lines = line_ranges(&tb.buf);
    // The buffer is valid UTF-8 between stages and lines end at ASCII bytes, so
    // it is checked once, not once per line.
    let whole = std::str::from_utf8(&tb.buf).ok();
    let kinds: Vec<Kind> = lines
        .iter()
        .map(|&(s, e)| {
            let kept = keep.is_some_and(|k| !k.is_empty() && k.start < e.max(s + 1) && s < k.end);
            if kept {
                Kind::Body
            } else {
                classify(match whole {
                    Some(t) => &t[s..e],
                    None => std::str::from_utf8(&tb.buf[s..e]).unwrap_or(""),
                })
            }
        })
        .collect();

    // Rule positions: from markup, plus separator lines still in the text.
    let mut rule_lines: Vec<usize> = rules
        .iter()
        .filter_map(|&r| lines.partition_point(|&(s, _)| s <= r).checked_sub(1))
        .collect();
    rule_lines.extend(
        kinds
            .iter()
            .enumerate()
            .filter(|(_, k)| **k == Kind::Separator)
            .map(|(i, _)| i),
    );
    rule_lines.sort_unstable();
    rule_lines.dedup();

    // Suffix counts up to the next hard footer (which counts as furniture):
    // body lines and furniture lines after each line.
    let mut body_after = vec![0usize; lines.len() + 1];
    let mut furniture_after = vec![0usize; lines.len() + 1];
    for i in (0..lines.len()).rev() {
        (body_after[i], furniture_after[i]) = match kinds[i] {
            Kind::HardFooter => (0, 1),
            Kind::Blank => (body_after[i + 1], furniture_after[i + 1]),
            Kind::Body => (body_after[i + 1] + 1, furniture_after[i + 1]),
            _ => (body_after[i + 1], furniture_after[i + 1] + 1),
        };
    }

    let mut cut: Option<usize> = None;
    for (idx, &(s, _)) in lines.iter().enumerate() {
        let in_second_half = s * 2 >= total;
        match kinds[idx] {
            Kind::HardFooter => {
                cut = Some(idx);
                break;
            }
            Kind::SoftFooter if in_second_half => {
                cut = Some(idx);
                break;
            }
            _ => {}
        }
        if in_second_half && rule_lines.binary_search(&idx).is_ok() {
            let body = body_after[idx + 1];
            let furniture = furniture_after[idx + 1];
            if furniture > 0 && (body == 0 || (body == 1 && furniture >= 3)) {
                cut = Some(idx);
                break;
            }
        }
    }

    for (idx, &(s, e)) in lines.iter().enumerate() {
        if cut.is_some_and(|c| idx >= c) {
            tb.blank(s, total);
            break;
        }
        if matches!(kinds[idx], Kind::Line | Kind::Separator) {
            let (a, b) = trim_range(&tb.buf, s, e);
            tb.blank(a, b);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classify_table() {
        let cases = [
            ("Region: Middle East", Kind::Line),
            ("  Theme:   Intelligence", Kind::Line),
            ("In-depth Report: IRAQ REPORT", Kind::Line),
            ("Tags: iraq, russia", Kind::Line),
            (
                "Note to readers: please click the share buttons above",
                Kind::Line,
            ),
            ("Share this article", Kind::Line),
            ("Follow us on Twitter", Kind::Line),
            ("Subscribe to our newsletter", Kind::Line),
            ("Subscribers said the service was slow.", Kind::Body),
            ("Click here to donate", Kind::Line),
            (" *", Kind::Separator),
            ("---", Kind::Separator),
            ("Copyright © Paul, Global Research, 2020", Kind::Line),
            ("© 2020 Example News", Kind::Line),
            ("Example Corp. All rights reserved.", Kind::Line),
            (
                "The original source of this article is Global Research",
                Kind::Line,
            ),
            ("Disclaimer: The contents of this article", Kind::HardFooter),
            ("For media inquiries: x@y.z", Kind::Line),
            ("Articles by: Paul Antonopoulos", Kind::Line),
            (
                "Comment on Global Research Articles on our Facebook page",
                Kind::Line,
            ),
            ("Become a Member of Global Research", Kind::Line),
            ("Related articles", Kind::SoftFooter),
            ("Read more: Iraq buys missiles", Kind::Line),
            ("Facebook Twitter Email", Kind::Line),
            (
                "Paul Antonopoulos is a Research Fellow at the Center.",
                Kind::Body,
            ),
            (
                "This article was originally published on InfoBrics.",
                Kind::Body,
            ),
            ("The theme of the talks: oil.", Kind::Body),
            ("", Kind::Blank),
            ("LIKE US ON FACEBOOK", Kind::Line),
            ("Li\u{212A}e us on the web", Kind::Line),
            ("\u{17F}hare this", Kind::Line),
            ("Photocredits: the agency", Kind::Line),
            ("E-mail | Print", Kind::Line),
            ("(c) 2020 The Paper", Kind::Line),
            ("12 comments", Kind::SoftFooter),
            ("DISCLAIMER: none", Kind::HardFooter),
            ("Likewise, the talks went on.", Kind::Body),
            ("Shares fell sharply on Monday.", Kind::Body),
        ];
        for (line, want) in cases {
            assert_eq!(classify(line), want, "{line:?}");
        }
    }

    /// The opening filters let through every line their pattern matches: the
    /// table's lines, lines made of each listed opening, their upper-case forms,
    /// and forms with `K`/`ſ` (which match `k`/`s` without case).
    #[test]
    fn opening_filters_keep_every_match() {
        let mut lines: Vec<String> = [
            "In-depth Report: X",
            "more articles by: X",
            "All articles by : X",
            "for media enquiries",
            "Media inquiries: x",
            "print · email",
            "\u{A9} 2020",
            "(C)2020 X",
            "photo credit: X",
            "Image sources:",
            "Please support us",
            "Support independent news",
            "You might also like",
            "Related stories",
            "3 Comments",
            "Leave a reply",
            "About the publisher:",
            "Disclaimer: x",
            "Sponsored content",
            "Share",
            "Tweet Share Email",
        ]
        .map(str::to_string)
        .to_vec();
        let openers = (0..=127u8)
            .flat_map(|b| line_openers(b).iter().chain(soft_footer_openers(b)))
            .chain(HARD_FOOTER_OPENERS);
        for w in openers {
            for tail in [
                "",
                ":",
                " :",
                "s:",
                "s",
                " this",
                " us on",
                " by:",
                " us",
                " x",
                "y:",
                "ies:",
                " credits:",
                "member",
                "also:",
            ] {
                lines.push(format!("{w}{tail}"));
            }
        }
        for l in lines.clone() {
            lines.push(l.to_uppercase());
            lines.push(l.replace('k', "\u{212A}").replace('s', "\u{17F}"));
        }
        let mut matched = 0;
        for l in &lines {
            let head = prefix(l.trim(), PREFIX);
            for (re, openers) in [
                (&*LINE_RE, line_openers as fn(u8) -> &'static [&'static str]),
                (&*SOFT_FOOTER_RE, soft_footer_openers),
                (&*HARD_FOOTER_RE, |_| HARD_FOOTER_OPENERS),
            ] {
                if re.is_match(head) {
                    matched += 1;
                    assert!(may_open(head, openers), "{l:?}");
                }
            }
        }
        assert!(matched > 150, "{matched}");
        // Each list sits under its own first byte.
        for b in 0..=127u8 {
            for w in line_openers(b).iter().chain(soft_footer_openers(b)) {
                assert!(w.is_empty() || w.as_bytes()[0] == b, "{w}");
            }
        }
    }

    #[test]
    fn footer_after_rule_and_disclaimer() {
        let body = "Body line one that is long enough to matter here.\n".repeat(10);
        let src = format!(
            "{body}\n---\nBecome a Member of X\nArticles by: Y\nFollow us on Z\nsome other line\n"
        );
        let mut tb = TextBuf::new(src.as_bytes());
        let rule = src.find("---").unwrap();
        strip(&mut tb, &[], None);
        let t = tb.as_str();
        assert_eq!(&t[..rule], body.as_str().to_owned() + "\n");
        assert!(t[rule..].trim().is_empty());

        let src = "Text.\nDisclaimer: nothing\nmore footer\n";
        let mut tb = TextBuf::new(src.as_bytes());
        strip(&mut tb, &[], None);
        assert_eq!(tb.as_str().trim(), "Text.");
    }

    #[test]
    fn rule_in_first_half_keeps_body() {
        let src = "Intro\n\n---\n\nBody paragraph one.\nBody paragraph two.\nBody three.\n";
        let mut tb = TextBuf::new(src.as_bytes());
        strip(&mut tb, &[], None);
        assert!(tb.as_str().contains("Body three."));
        assert!(!tb.as_str().contains("---"));
    }
}
