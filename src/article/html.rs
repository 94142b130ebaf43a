//! HTML: tag and comment removal, entity decoding, and `<head>` metadata.
//!
//! One forward pass over the bytes, linear on any input: every search starts
//! where the previous one ended, unterminated tags, comments and raw-text
//! elements blank the rest of the document, and nesting is only counted,
//! never recursed into. Tags and comments become spaces; block-level tags put a
//! `\n` at their `<`; `<script>`, `<style>`, `<noscript>`, `<template>` and the
//! whole `<head>` are blanked (after `<title>` and `<meta>` were read);
//! navigation chrome (`<nav>`, `<footer>`, `<aside>`, `<form>`, ...) is blanked
//! when properly closed. Entities are decoded in place.

use crate::span::Span;

use super::meta::{Hints, parse_date_str};
use super::text::{TextBuf, collapse_ws, trim_range};

/// Decodes the entity at the start of `s` (which begins with `&`).
///
/// Returns the character and the entity's byte length. Only entities ending in
/// `;` are decoded; the character is never longer than the entity.
pub(crate) fn decode_entity(s: &[u8]) -> Option<(char, usize)> {
    if s.len() < 3 || s[0] != b'&' {
        return None;
    }
    let limit = s.len().min(34);
    let semi = s[1..limit].iter().position(|&b| b == b';')? + 1;
    let body = &s[1..semi];
    let len = semi + 1;
    let ch = if let Some(num) = body.strip_prefix(b"#") {
        let (digits, radix) = match num.first() {
            Some(b'x' | b'X') => (&num[1..], 16),
            _ => (num, 10),
        };
        if digits.is_empty() || digits.len() > 8 {
            return None;
        }
        let text = std::str::from_utf8(digits).ok()?;
        let code = u32::from_str_radix(text, radix).ok()?;
        match code {
            0 => '\u{FFFD}',
            0xA0 => ' ',
            _ => char::from_u32(code).unwrap_or('\u{FFFD}'),
        }
    } else {
        if !body.iter().all(|b| b.is_ascii_alphanumeric()) {
            return None;
        }
        named_entity(std::str::from_utf8(body).ok()?)?
    };
    (ch.len_utf8() <= len).then_some((ch, len))
}

fn named_entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" | "ensp" | "emsp" | "thinsp" | "shy" | "zwj" | "zwnj" | "lrm" | "rlm" => ' ',
        "mdash" => '—',
        "ndash" => '–',
        "minus" => '−',
        "lsquo" => '‘',
        "rsquo" => '’',
        "sbquo" => '‚',
        "ldquo" => '“',
        "rdquo" => '”',
        "bdquo" => '„',
        "laquo" => '«',
        "raquo" => '»',
        "lsaquo" => '‹',
        "rsaquo" => '›',
        "prime" => '′',
        "Prime" => '″',
        "hellip" => '…',
        "bull" => '•',
        "middot" => '·',
        "dagger" => '†',
        "Dagger" => '‡',
        "sect" => '§',
        "para" => '¶',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "deg" => '°',
        "plusmn" => '±',
        "times" => '×',
        "divide" => '÷',
        "frac12" => '½',
        "frac14" => '¼',
        "frac34" => '¾',
        "sup1" => '¹',
        "sup2" => '²',
        "sup3" => '³',
        "micro" => 'µ',
        "ordf" => 'ª',
        "ordm" => 'º',
        "not" => '¬',
        "euro" => '€',
        "pound" => '£',
        "yen" => '¥',
        "cent" => '¢',
        "curren" => '¤',
        "iexcl" => '¡',
        "iquest" => '¿',
        "larr" => '←',
        "rarr" => '→',
        "uarr" => '↑',
        "darr" => '↓',
        "harr" => '↔',
        "le" => '≤',
        "ge" => '≥',
        "ne" => '≠',
        "asymp" => '≈',
        "infin" => '∞',
        "aacute" => 'á',
        "Aacute" => 'Á',
        "agrave" => 'à',
        "Agrave" => 'À',
        "acirc" => 'â',
        "Acirc" => 'Â',
        "atilde" => 'ã',
        "Atilde" => 'Ã',
        "auml" => 'ä',
        "Auml" => 'Ä',
        "aring" => 'å',
        "Aring" => 'Å',
        "aelig" => 'æ',
        "AElig" => 'Æ',
        "ccedil" => 'ç',
        "Ccedil" => 'Ç',
        "eacute" => 'é',
        "Eacute" => 'É',
        "egrave" => 'è',
        "Egrave" => 'È',
        "ecirc" => 'ê',
        "Ecirc" => 'Ê',
        "euml" => 'ë',
        "Euml" => 'Ë',
        "iacute" => 'í',
        "Iacute" => 'Í',
        "igrave" => 'ì',
        "Igrave" => 'Ì',
        "icirc" => 'î',
        "Icirc" => 'Î',
        "iuml" => 'ï',
        "Iuml" => 'Ï',
        "eth" => 'ð',
        "ETH" => 'Ð',
        "ntilde" => 'ñ',
        "Ntilde" => 'Ñ',
        "oacute" => 'ó',
        "Oacute" => 'Ó',
        "ograve" => 'ò',
        "Ograve" => 'Ò',
        "ocirc" => 'ô',
        "Ocirc" => 'Ô',
        "otilde" => 'õ',
        "Otilde" => 'Õ',
        "ouml" => 'ö',
        "Ouml" => 'Ö',
        "oslash" => 'ø',
        "Oslash" => 'Ø',
        "uacute" => 'ú',
        "Uacute" => 'Ú',
        "ugrave" => 'ù',
        "Ugrave" => 'Ù',
        "ucirc" => 'û',
        "Ucirc" => 'Û',
        "uuml" => 'ü',
        "Uuml" => 'Ü',
        "yacute" => 'ý',
        "Yacute" => 'Ý',
        "yuml" => 'ÿ',
        "Yuml" => 'Ÿ',
        "szlig" => 'ß',
        "thorn" => 'þ',
        "THORN" => 'Þ',
        "scaron" => 'š',
        "Scaron" => 'Š',
        "zcaron" => 'ž',
        "Zcaron" => 'Ž',
        "oelig" => 'œ',
        "OElig" => 'Œ',
        "fnof" => 'ƒ',
        "circ" => 'ˆ',
        "tilde" => '˜',
        "alpha" => 'α',
        "beta" => 'β',
        "gamma" => 'γ',
        "delta" => 'δ',
        "Delta" => 'Δ',
        "pi" => 'π',
        "mu" => 'μ',
        "sigma" => 'σ',
        "omega" => 'ω',
        "Omega" => 'Ω',
        _ => return None,
    })
}

/// Decodes entities in a string (for attribute values and `<title>`).
pub(crate) fn decode_entities_str(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    let mut plain = 0;
    while i < bytes.len() {
        if bytes[i] == b'&'
            && let Some((ch, len)) = decode_entity(&bytes[i..])
        {
            out.push_str(&s[plain..i]);
            out.push(ch);
            i += len;
            plain = i;
            continue;
        }
        i += 1;
    }
    out.push_str(&s[plain..]);
    out
}

const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "tr",
    "td",
    "th",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "caption",
    "article",
    "section",
    "blockquote",
    "header",
    "footer",
    "nav",
    "aside",
    "main",
    "figure",
    "figcaption",
    "hr",
    "pre",
    "address",
    "form",
    "fieldset",
    "details",
    "summary",
    "body",
    "html",
    "title",
];

/// Elements whose text content is never article body.
const RAW_TEXT: &[&str] = &["script", "style", "noscript", "template", "textarea"];

/// Page chrome blanked when the element is properly closed.
const CHROME: &[&str] = &[
    "nav", "footer", "aside", "form", "button", "select", "iframe", "svg", "object", "canvas",
];

/// Case-insensitive search for ASCII `needle` (lowercase) in `hay[from..]`.
fn find_ci(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || from >= hay.len() {
        return None;
    }
    let first = needle[0];
    let last_start = hay.len().checked_sub(needle.len())?;
    let mut i = from;
    while i <= last_start {
        if hay[i].to_ascii_lowercase() == first
            && hay[i..i + needle.len()]
                .iter()
                .zip(needle)
                .all(|(a, b)| a.to_ascii_lowercase() == *b)
        {
            return Some(i);
        }
        i += 1;
    }
    None
}

fn find_byte(hay: &[u8], from: usize, b: u8) -> Option<usize> {
    hay.get(from..)?
        .iter()
        .position(|&x| x == b)
        .map(|p| p + from)
}

/// One parsed tag: name (lowercase), end tag?, attribute ranges, end offset.
struct Tag {
    name: String,
    closing: bool,
    attrs: Vec<(String, usize, usize)>,
    end: usize,
}

/// Parses a tag starting at `src[i] == b'<'`; `None` when the tag never ends.
fn parse_tag(src: &[u8], i: usize) -> Option<Tag> {
    let n = src.len();
    let mut j = i + 1;
    let closing = src.get(j) == Some(&b'/');
    if closing {
        j += 1;
    }
    let name_start = j;
    while j < n && !src[j].is_ascii_whitespace() && src[j] != b'/' && src[j] != b'>' {
        j += 1;
    }
    let name = String::from_utf8_lossy(&src[name_start..j]).to_ascii_lowercase();
    let mut attrs = Vec::new();
    loop {
        while j < n && (src[j].is_ascii_whitespace() || src[j] == b'/') {
            j += 1;
        }
        if j >= n {
            return None;
        }
        if src[j] == b'>' {
            return Some(Tag {
                name,
                closing,
                attrs,
                end: j + 1,
            });
        }
        let an_start = j;
        while j < n && !src[j].is_ascii_whitespace() && !matches!(src[j], b'=' | b'>' | b'/') {
            j += 1;
        }
        let an = String::from_utf8_lossy(&src[an_start..j]).to_ascii_lowercase();
        while j < n && src[j].is_ascii_whitespace() {
            j += 1;
        }
        if j < n && src[j] == b'=' {
            j += 1;
            while j < n && src[j].is_ascii_whitespace() {
                j += 1;
            }
            if j >= n {
                return None;
            }
            if src[j] == b'"' || src[j] == b'\'' {
                let q = find_byte(src, j + 1, src[j])?;
                attrs.push((an, j + 1, q));
                j = q + 1;
            } else {
                let vs = j;
                while j < n && !src[j].is_ascii_whitespace() && src[j] != b'>' {
                    j += 1;
                }
                attrs.push((an, vs, j));
            }
        } else if !an.is_empty() {
            attrs.push((an, j, j));
        }
    }
}

fn attr<'a>(src: &'a [u8], tag: &Tag, name: &str) -> Option<(&'a str, usize, usize)> {
    tag.attrs
        .iter()
        .find(|(n, _, _)| n == name)
        .and_then(|&(_, s, e)| std::str::from_utf8(&src[s..e]).ok().map(|v| (v, s, e)))
}

/// Strips HTML markup from the buffer in place and collects metadata hints.
pub(crate) fn strip(tb: &mut TextBuf, hints: &mut Hints) {
    let src = tb.buf.clone();
    let n = src.len();
    let mut i = 0;
    let mut in_head = false;
    let mut h1_start: Option<usize> = None;
    let mut h1_span: Option<Span> = None;
    let mut html_title: Option<(String, Span)> = None;
    let mut og_title: Option<String> = None;
    let mut time_date = None;
    // Chrome element being skipped: (name, start, depth).
    let mut chrome: Option<(String, usize, usize)> = None;

    while i < n {
        let c = src[i];
        if c == b'&' {
            if !in_head && let Some((ch, len)) = decode_entity(&src[i..]) {
                tb.put_char(i, i + len, ch);
                i += len;
                continue;
            }
            if in_head {
                tb.blank(i, i + 1);
            }
            i += 1;
            continue;
        }
        if c != b'<' {
            if in_head && c != b'\n' {
                tb.blank(i, i + 1);
            }
            i += 1;
            continue;
        }
        let next = src.get(i + 1).copied().unwrap_or(0);
        if src[i..].starts_with(b"<!--") {
            let end = find_ci(&src, i + 4, b"-->").map_or(n, |p| p + 3);
            tb.blank(i, end);
            i = end;
            continue;
        }
        if src[i..].starts_with(b"<![CDATA[") {
            let end = find_ci(&src, i + 9, b"]]>").map_or(n, |p| p + 3);
            tb.blank(i, end);
            i = end;
            continue;
        }
        if next == b'!' || next == b'?' {
            let end = find_byte(&src, i + 1, b'>').map_or(n, |p| p + 1);
            tb.blank(i, end);
            i = end;
            continue;
        }
        let is_tag = next.is_ascii_alphabetic()
            || (next == b'/' && src.get(i + 2).is_some_and(|b| b.is_ascii_alphabetic()));
        if !is_tag {
            if in_head {
                tb.blank(i, i + 1);
            }
            i += 1;
            continue;
        }
        let Some(tag) = parse_tag(&src, i) else {
            // An unterminated tag swallows the rest of the document.
            tb.blank(i, n);
            break;
        };
        tb.blank(i, tag.end);
        let name = tag.name.as_str();
        if BLOCK_TAGS.contains(&name) {
            tb.newline_at(i);
        }
        let mut next_i = tag.end;
        if tag.closing {
            match name {
                "head" => in_head = false,
                "h1" => {
                    if let Some(s) = h1_start.take()
                        && h1_span.is_none()
                    {
                        h1_span = Some(Span::new(s, i));
                    }
                }
                _ => {}
            }
            if let Some((cn, start, depth)) = chrome.as_mut()
                && cn == name
            {
                *depth -= 1;
                if *depth == 0 {
                    tb.blank(*start, tag.end);
                    chrome = None;
                }
            }
        } else {
            match name {
                "head" => in_head = true,
                "body" => in_head = false,
                "h1" if h1_span.is_none() && !in_head => h1_start = Some(tag.end),
                "hr" => hints.rules.push(i),
                "title" => {
                    let close = find_ci(&src, tag.end, b"</title").unwrap_or(n);
                    let (s, e) = trim_range(&src, tag.end, close);
                    if html_title.is_none() && s < e {
                        let t =
                            collapse_ws(&decode_entities_str(&String::from_utf8_lossy(&src[s..e])));
                        if !t.is_empty() {
                            html_title = Some((t, Span::new(s, e)));
                        }
                    }
                    let end = find_byte(&src, close, b'>').map_or(n, |p| p + 1);
                    tb.blank(tag.end, end);
                    next_i = end;
                }
                "meta" => read_meta(&src, &tag, hints, &mut og_title),
                "time" => {
                    if time_date.is_none()
                        && let Some((v, _, _)) = attr(&src, &tag, "datetime")
                    {
                        time_date = parse_date_str(v);
                    }
                }
                _ if RAW_TEXT.contains(&name) => {
                    let mut needle = b"</".to_vec();
                    needle.extend_from_slice(name.as_bytes());
                    let end = match find_ci(&src, tag.end, &needle) {
                        Some(p) => find_byte(&src, p, b'>').map_or(n, |q| q + 1),
                        None => n,
                    };
                    tb.blank(tag.end, end);
                    next_i = end;
                }
                _ => {}
            }
            let self_closing = src[..tag.end].ends_with(b"/>");
            if CHROME.contains(&name) && !self_closing {
                match chrome.as_mut() {
                    None => chrome = Some((name.to_string(), i, 1)),
                    Some((cn, _, depth)) if cn == name => *depth += 1,
                    _ => {}
                }
            }
        }
        i = next_i;
    }

    // Title: the first <h1> when there is one (it stays in the text), else <title>.
    if let Some(span) = h1_span {
        let (s, e) = trim_range(&tb.buf, span.start, span.end);
        let t = collapse_ws(&String::from_utf8_lossy(&tb.buf[s..e]));
        if !t.is_empty() {
            hints.title = Some((t, Span::new(s, e)));
        }
    }
    if hints.title.is_none() {
        hints.title = html_title;
    }
    if hints.title.is_none()
        && let Some(t) = og_title
    {
        hints.title_text = Some(t);
    }
    if hints.published.is_none() {
        hints.published = time_date;
    }
}

fn read_meta(src: &[u8], tag: &Tag, hints: &mut Hints, og_title: &mut Option<String>) {
    let key = attr(src, tag, "property")
        .or_else(|| attr(src, tag, "name"))
        .or_else(|| attr(src, tag, "itemprop"));
    let (Some((key, _, _)), Some((value, vs, ve))) = (key, attr(src, tag, "content")) else {
        return;
    };
    let key = key.to_ascii_lowercase();
    let decoded = collapse_ws(&decode_entities_str(value));
    if decoded.is_empty() {
        return;
    }
    let (s, e) = trim_range(src, vs, ve);
    let span = Span::new(s, e);
    match key.as_str() {
        "author" | "article:author" | "dc.creator" | "byl" | "sailthru.author"
        | "parsely-author" => {
            let name = decoded
                .strip_prefix("By ")
                .or_else(|| decoded.strip_prefix("by "))
                .unwrap_or(&decoded)
                .to_string();
            if hints.author.is_none() && !name.contains("://") && !name.is_empty() {
                hints.author = Some((name, span));
            }
        }
        "article:published_time"
        | "datepublished"
        | "date"
        | "pubdate"
        | "publishdate"
        | "publish-date"
        | "dc.date"
        | "dc.date.issued"
        | "og:published_time"
        | "sailthru.date"
        | "parsely-pub-date"
            if hints.published.is_none() =>
        {
            hints.published = parse_date_str(&decoded);
        }
        "og:site_name" | "dc.publisher" | "application-name" if hints.source.is_none() => {
            hints.source = Some((decoded, span));
        }
        "og:title" | "twitter:title" if og_title.is_none() => {
            *og_title = Some(decoded);
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strip_str(s: &str) -> (String, Hints) {
        let mut tb = TextBuf::new(s.as_bytes());
        let mut h = Hints::default();
        strip(&mut tb, &mut h);
        let t = tb.into_string();
        assert_eq!(t.len(), s.len());
        (t, h)
    }

    #[test]
    fn entities_table() {
        let cases: &[(&str, Option<(char, usize)>)] = &[
            ("&amp;", Some(('&', 5))),
            ("&lt;x", Some(('<', 4))),
            ("&mdash;", Some(('—', 7))),
            ("&eacute;", Some(('é', 8))),
            ("&#8217;", Some(('’', 7))),
            ("&#x2014;", Some(('—', 8))),
            ("&#X41;", Some(('A', 6))),
            ("&#0;", Some(('\u{FFFD}', 4))),
            ("&#xD800;", Some(('\u{FFFD}', 8))),
            ("&#128512;", Some(('😀', 9))),
            ("&nbsp;", Some((' ', 6))),
            ("&T", None),
            ("&bogus;", None),
            ("&#;", None),
            ("&#xZZ;", None),
            ("&amp", None),
        ];
        for (input, want) in cases {
            assert_eq!(decode_entity(input.as_bytes()), *want, "{input}");
        }
        assert_eq!(decode_entities_str("A&amp;B &lt;3 AT&T"), "A&B <3 AT&T");
    }

    #[test]
    fn every_named_entity_fits() {
        for name in ["le", "ne", "pi", "mu", "Gt", "trade", "hellip", "euro"] {
            let ent = format!("&{name};");
            if let Some((ch, len)) = decode_entity(ent.as_bytes()) {
                assert!(ch.len_utf8() <= len);
            }
        }
    }

    #[test]
    fn tags_blocks_and_entities() {
        let (t, _) = strip_str("<p>Tom &amp; Jerry</p><p>caf&eacute;</p>");
        assert_eq!(t, "\n  Tom &     Jerry\n   \n  café      \n   ");
    }

    #[test]
    fn script_style_comments_head() {
        let html = "<html><head><title>Big &amp; News | Site</title>\
            <meta property=\"og:site_name\" content=\"Daily Planet\">\
            <meta name=\"author\" content=\"Lois Lane\">\
            <meta property=\"article:published_time\" content=\"2020-01-16T10:00:00Z\">\
            <style>p{color:red}</style></head><body>\
            <script>var x = \"<p>not body</p>\";</script><!-- hidden -->\
            <p>Body text.</p><noscript>enable js</noscript></body></html>";
        let (t, h) = strip_str(html);
        assert!(t.contains("Body text."));
        for bad in [
            "Big", "color", "not body", "hidden", "enable", "Daily", "Lois",
        ] {
            assert!(!t.contains(bad), "{bad} in {t:?}");
        }
        let (title, span) = h.title.clone().unwrap();
        assert_eq!(title, "Big & News | Site");
        assert_eq!(&html[span.start..span.end], "Big &amp; News | Site");
        let (author, aspan) = h.author.clone().unwrap();
        assert_eq!(author, "Lois Lane");
        assert_eq!(&html[aspan.start..aspan.end], "Lois Lane");
        assert_eq!(h.source.as_ref().unwrap().0, "Daily Planet");
        assert_eq!(h.published.unwrap().to_string(), "2020-01-16");
    }

    #[test]
    fn h1_wins_for_title_and_chrome_blanked() {
        let html = "<title>T | S</title><nav><a href=\"/\">Home</a></nav>\
            <h1 class=\"x\">The  <b>Headline</b></h1><p>x</p><footer>Copyright</footer>";
        let (t, h) = strip_str(html);
        let (title, span) = h.title.unwrap();
        assert_eq!(title, "The Headline");
        assert_eq!(&t[span.start..span.end], "The     Headline");
        assert!(!t.contains("Home"));
        assert!(!t.contains("Copyright"));
    }

    #[test]
    fn hostile_inputs_are_linear_and_safe() {
        let cases = [
            "<div>".repeat(100_000),
            "<!-- never closed ".repeat(1000),
            format!("<p>{}", "a".repeat(10_000_000)),
            "<a href=\"unterminated".to_string(),
            "<script>".repeat(10_000),
            "< < < <a <b <".repeat(10_000),
            "&".repeat(100_000),
            "&#99999999999;&#x;&;".repeat(1000),
        ];
        for c in &cases {
            let (t, _) = strip_str(c);
            assert_eq!(t.len(), c.len());
        }
    }

    #[test]
    fn unterminated_tag_blanks_rest() {
        let (t, _) = strip_str("Hello <a href='x  world");
        assert_eq!(t.trim(), "Hello");
        let (t, _) = strip_str("1 < 2 and 3 > 2");
        assert_eq!(t, "1 < 2 and 3 > 2");
    }
}
