//! Markdown: blanking markup while keeping every byte in place.
//!
//! Block markup is handled per line (headings, block quotes, list bullets,
//! horizontal rules, code fences, reference definitions, table pipes); inline
//! markup per line in a few linear passes (backslash escapes and code spans,
//! embedded HTML tags and autolinks, links and images, entities, emphasis).
//! Link and image targets are never body: `[text](target)` keeps `text` only.
//! Emphasis markers follow CommonMark's flanking rules, so `snake_case` and
//! `5 * 3` are left alone.

use std::collections::{HashMap, VecDeque};

use crate::span::Span;

use super::html::decode_entity;
use super::meta::Hints;
use super::text::{TextBuf, collapse_ws, line_ranges, trim_range};

const NORMAL: u8 = 0;
const LIT: u8 = 1;
const DONE: u8 = 2;

/// Finds the next occurrence of a byte at or after monotonically growing positions.
struct NextPos {
    byte: u8,
    cached: Option<usize>,
    from: usize,
    exhausted: bool,
}

impl NextPos {
    fn new(byte: u8) -> NextPos {
        NextPos {
            byte,
            cached: None,
            from: 0,
            exhausted: false,
        }
    }

    /// First position `>= at` holding the byte; `at` must not decrease between calls.
    fn get(&mut self, s: &[u8], at: usize) -> Option<usize> {
        if let Some(c) = self.cached
            && c >= at
        {
            return Some(c);
        }
        if self.exhausted {
            return None;
        }
        let start = at.max(self.from);
        match s
            .get(start..)
            .and_then(|t| t.iter().position(|&b| b == self.byte))
        {
            Some(p) => {
                self.cached = Some(start + p);
                self.from = start + p + 1;
                self.cached
            }
            None => {
                self.exhausted = true;
                None
            }
        }
    }
}

/// Strips Markdown markup from the buffer in place and collects the headline and rules.
pub(crate) fn strip(tb: &mut TextBuf, hints: &mut Hints) {
    let src = tb.buf.clone();
    let mut fence: Option<(u8, usize)> = None;
    let mut prev_para: Option<(usize, usize)> = None;
    let mut h1: Option<(usize, usize)> = None;
    let mut first_heading: Option<(usize, usize)> = None;
    for (ls, le) in line_ranges(&src) {
        let line = &src[ls..le];
        let indent = line
            .iter()
            .take_while(|&&b| b == b' ' || b == b'\t')
            .count();
        if let Some((fc, fl)) = fence {
            let t = &line[indent..];
            let run = t.iter().take_while(|&&b| b == fc).count();
            if run >= fl && t[run..].iter().all(u8::is_ascii_whitespace) {
                tb.blank(ls, le);
                fence = None;
            }
            continue;
        }
        if indent == line.len() {
            prev_para = None;
            continue;
        }
        let mut p = indent;
        if indent <= 3 && matches!(line[p], b'`' | b'~') {
            let c = line[p];
            let run = line[p..].iter().take_while(|&&b| b == c).count();
            if run >= 3 && (c == b'~' || !line[p + run..].contains(&b'`')) {
                fence = Some((c, run));
                tb.blank(ls, le);
                prev_para = None;
                continue;
            }
        }
        // Block quote markers, possibly nested.
        loop {
            let q = p + line[p..].iter().take_while(|&&b| b == b' ').count().min(3);
            if line.get(q) == Some(&b'>') {
                tb.blank(ls + p, ls + q + 1);
                p = q + 1;
                if line.get(p) == Some(&b' ') {
                    p += 1;
                }
            } else {
                break;
            }
        }
        let rest = &line[p..];
        if let Some(ch) = rule_char(rest) {
            tb.blank(ls + p, le);
            match prev_para {
                Some(para) if ch == b'=' || ch == b'-' => {
                    if ch == b'=' && h1.is_none() {
                        h1 = Some(para);
                    }
                    first_heading.get_or_insert(para);
                }
                _ if ch != b'=' => hints.rules.push(ls + p),
                _ => {}
            }
            prev_para = None;
            continue;
        }
        let hashes = rest.iter().take_while(|&&b| b == b'#').count();
        if (1..=6).contains(&hashes) && rest.get(hashes).is_none_or(|&b| b == b' ' || b == b'\t') {
            let cs = ls + p + hashes;
            tb.blank(ls + p, cs);
            let (_, mut ce) = trim_range(&src, cs, le);
            let mut k = ce;
            while k > cs && src[k - 1] == b'#' {
                k -= 1;
            }
            if k < ce && (k == cs || src[k - 1] == b' ' || src[k - 1] == b'\t') {
                tb.blank(k, ce);
                ce = k;
            }
            inline(tb, &src, cs, ce, false);
            if hashes == 1 && h1.is_none() {
                h1 = Some((cs, ce));
            }
            first_heading.get_or_insert((cs, ce));
            prev_para = None;
            continue;
        }
        if rest.first() == Some(&b'[')
            && let Some(close) = rest.iter().position(|&b| b == b']')
            && close > 1
            && rest.get(close + 1) == Some(&b':')
        {
            tb.blank(ls + p, le);
            prev_para = None;
            continue;
        }
        if rest.len() >= 2
            && matches!(rest[0], b'-' | b'*' | b'+')
            && matches!(rest[1], b' ' | b'\t')
        {
            tb.blank(ls + p, ls + p + 1);
            p += 2;
        }
        let table = line[indent..].first() == Some(&b'|');
        if table
            && line[indent..]
                .iter()
                .all(|b| matches!(b, b'|' | b'-' | b':' | b' ' | b'\t'))
        {
            tb.blank(ls, le);
            continue;
        }
        inline(tb, &src, ls + p, le, table);
        prev_para = Some((ls + p, le));
    }
    if let Some((s, e)) = h1.or(first_heading) {
        let (s, e) = trim_range(&tb.buf, s, e);
        let title = collapse_ws(std::str::from_utf8(&tb.buf[s..e]).unwrap_or(""));
        if !title.is_empty() {
            hints.title = Some((title, Span::new(s, e)));
        }
    }
}

/// The character of a horizontal rule or setext underline (`---`, `* * *`, `___`, `===`).
fn rule_char(rest: &[u8]) -> Option<u8> {
    let first = *rest.first()?;
    if !matches!(first, b'-' | b'*' | b'_' | b'=') {
        return None;
    }
    let mut count = 0;
    for &b in rest {
        if b == first {
            count += 1;
        } else if b == b' ' || b == b'\t' {
            if first == b'=' {
                // setext underlines allow trailing spaces only
                continue;
            }
        } else {
            return None;
        }
    }
    (count >= 3 || (first == b'=' && count >= 1)).then_some(first)
}

fn is_ws(b: Option<u8>) -> bool {
    b.is_none_or(|b| b.is_ascii_whitespace())
}

fn is_punct(b: Option<u8>) -> bool {
    b.is_some_and(|b| b.is_ascii_punctuation())
}

/// Blanks inline markup of `src[start..end]`.
fn inline(tb: &mut TextBuf, src: &[u8], start: usize, end: usize, table: bool) {
    if start >= end {
        return;
    }
    let s = &src[start..end];
    let n = s.len();
    let mut mask = vec![NORMAL; n];
    let blank = |tb: &mut TextBuf, mask: &mut [u8], a: usize, b: usize| {
        tb.blank(start + a, start + b);
        for m in &mut mask[a..b] {
            *m = DONE;
        }
    };

    // 1. Backslash escapes and backtick runs.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < n {
        match s[i] {
            b'\\' if i + 1 == n => {
                blank(tb, &mut mask, i, i + 1);
                i += 1;
            }
            b'\\' if s[i + 1].is_ascii_punctuation() => {
                blank(tb, &mut mask, i, i + 1);
                mask[i + 1] = LIT;
                i += 2;
            }
            b'`' => {
                let j = i + s[i..].iter().take_while(|&&b| b == b'`').count();
                runs.push((i, j - i));
                i = j;
            }
            _ => i += 1,
        }
    }
    // Code spans: a run closes at the next run of the same length.
    let mut by_len: HashMap<usize, VecDeque<usize>> = HashMap::new();
    for (k, &(_, len)) in runs.iter().enumerate() {
        by_len.entry(len).or_default().push_back(k);
    }
    let mut k = 0;
    let mut covered = 0;
    while k < runs.len() {
        let (pos, len) = runs[k];
        if pos < covered {
            k += 1;
            continue;
        }
        let q = by_len.entry(len).or_default();
        while q.front().is_some_and(|&f| f <= k) {
            q.pop_front();
        }
        if let Some(j) = q.pop_front() {
            let (cpos, clen) = runs[j];
            blank(tb, &mut mask, pos, pos + len);
            blank(tb, &mut mask, cpos, cpos + clen);
            for m in &mut mask[pos + len..cpos] {
                if *m == NORMAL {
                    *m = LIT;
                }
            }
            covered = cpos + clen;
            k = j + 1;
        } else {
            for m in &mut mask[pos..pos + len] {
                *m = LIT;
            }
            k += 1;
        }
    }

    // 2. Embedded HTML tags, comments and autolinks.
    let mut gt = NextPos::new(b'>');
    let mut i = 0;
    while i < n {
        if s[i] == b'<' && mask[i] == NORMAL {
            if s[i..].starts_with(b"<!--") {
                let e = s[i + 4..]
                    .windows(3)
                    .position(|w| w == b"-->")
                    .map_or(n, |p| i + 4 + p + 3);
                blank(tb, &mut mask, i, e);
                i = e;
                continue;
            }
            let next = s.get(i + 1).copied();
            if next.is_some_and(|b| b.is_ascii_alphabetic() || b == b'/')
                && let Some(g) = gt.get(s, i + 1)
            {
                blank(tb, &mut mask, i, g + 1);
                i = g + 1;
                continue;
            }
        }
        i += 1;
    }

    // 3. Links and images: keep the text, blank brackets and targets.
    let mut stack: Vec<usize> = Vec::new();
    let mut close_paren = NextPos::new(b')');
    let mut open_paren = NextPos::new(b'(');
    let mut close_br = NextPos::new(b']');
    let mut i = 0;
    while i < n {
        if mask[i] != NORMAL {
            i += 1;
            continue;
        }
        match s[i] {
            b'[' => stack.push(i),
            b']' => {
                if let Some(o) = stack.pop() {
                    let target_end = match s.get(i + 1) {
                        Some(b'(') => close_paren.get(s, i + 2).map(|mut c| {
                            if open_paren.get(s, i + 2).is_some_and(|op| op < c)
                                && let Some(c2) = close_paren.get(s, c + 1)
                            {
                                c = c2;
                            }
                            c
                        }),
                        Some(b'[') => close_br.get(s, i + 2),
                        _ => None,
                    };
                    if let Some(c) = target_end {
                        blank(tb, &mut mask, o, o + 1);
                        if o > 0 && s[o - 1] == b'!' && mask[o - 1] == NORMAL {
                            blank(tb, &mut mask, o - 1, o);
                        }
                        blank(tb, &mut mask, i, c + 1);
                        stack.clear();
                        i = c + 1;
                        continue;
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }

    // 4. Entities.
    let mut i = 0;
    while i < n {
        if s[i] == b'&'
            && mask[i] == NORMAL
            && let Some((ch, len)) = decode_entity(&s[i..])
            && mask[i..i + len].iter().all(|&m| m == NORMAL)
        {
            tb.put_char(start + i, start + i + len, ch);
            for m in &mut mask[i..i + len] {
                *m = DONE;
            }
            i += len;
            continue;
        }
        i += 1;
    }

    // 5. Emphasis with CommonMark flanking rules.
    let mut openers: [Vec<(usize, usize)>; 2] = [Vec::new(), Vec::new()];
    let mut i = 0;
    while i < n {
        let c = s[i];
        if !(c == b'*' || c == b'_') || mask[i] != NORMAL {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < n && s[j] == c && mask[j] == NORMAL {
            j += 1;
        }
        let prev = if i > 0 { Some(s[i - 1]) } else { None };
        let next = s.get(j).copied();
        let left = !is_ws(next) && (!is_punct(next) || is_ws(prev) || is_punct(prev));
        let right = !is_ws(prev) && (!is_punct(prev) || is_ws(next) || is_punct(next));
        let (can_open, can_close) = if c == b'*' {
            (left, right)
        } else {
            (
                left && (!right || is_punct(prev)),
                right && (!left || is_punct(next)),
            )
        };
        let stack = &mut openers[usize::from(c == b'_')];
        let mut cpos = i;
        let mut clen = j - i;
        if can_close {
            while clen > 0 {
                let Some((op, ol)) = stack.pop() else { break };
                let m = ol.min(clen);
                blank(tb, &mut mask, op + ol - m, op + ol);
                blank(tb, &mut mask, cpos, cpos + m);
                if ol > m {
                    stack.push((op, ol - m));
                }
                cpos += m;
                clen -= m;
            }
        }
        if can_open && clen > 0 {
            stack.push((cpos, clen));
        }
        i = j;
    }

    // 6. Table cell separators.
    if table {
        for i in 0..n {
            if s[i] == b'|' && mask[i] == NORMAL {
                blank(tb, &mut mask, i, i + 1);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md(s: &str) -> String {
        let mut tb = TextBuf::new(s.as_bytes());
        let mut h = Hints::default();
        strip(&mut tb, &mut h);
        let t = tb.into_string();
        assert_eq!(t.len(), s.len());
        t
    }

    #[test]
    fn markup_table() {
        let cases = [
            ("# Title #", "  Title  "),
            ("## Sub", "   Sub"),
            ("#hashtag", "#hashtag"),
            ("**bold** and *it*", "  bold   and  it "),
            ("__b__ _i_", "  b    i "),
            ("snake_case_name", "snake_case_name"),
            ("5 * 3 * 2", "5 * 3 * 2"),
            ("[text](http://x.y/a_b_c)", " text                   "),
            ("![alt](img.png)", "  alt          "),
            ("[a](b (c))", " a        "),
            ("[ref][1]", " ref    "),
            ("[1]: http://example.com", "                       "),
            ("\\$250 and \\*", " $250 and  *"),
            ("> quoted", "  quoted"),
            ("> > deep", "    deep"),
            ("- item", "  item"),
            ("* item", "  item"),
            ("+ item", "  item"),
            ("---", "   "),
            ("* * *", "     "),
            ("use `a_b*c*` here", "use  a_b*c*  here"),
            ("x <b>y</b> <https://a.b>", "x    y                  "),
            ("A &amp; B", "A &     B"),
            ("| a | b |", "  a   b  "),
            ("[unclosed](link", "[unclosed](link"),
            ("a [b] c", "a [b] c"),
            ("**[Paul Antonopoulos](#)**", "   Paul Antonopoulos      "),
            ("***both***", "   both   "),
        ];
        for (input, want) in cases {
            assert_eq!(md(input), want, "{input:?}");
        }
    }

    #[test]
    fn fences_and_setext() {
        let t = md("```rust\nlet a_b = *x*;\n```\nTitle\n=====\n");
        assert_eq!(t, "       \nlet a_b = *x*;\n   \nTitle\n     \n");
        let mut tb = TextBuf::new(b"Title\n=====\nbody\n");
        let mut h = Hints::default();
        strip(&mut tb, &mut h);
        assert_eq!(h.title.unwrap().0, "Title");
    }

    #[test]
    fn heading_title_and_rules() {
        let src = "intro\n\n# The *Big* Story\n\ntext\n\n---\n\nfooter";
        let mut tb = TextBuf::new(src.as_bytes());
        let mut h = Hints::default();
        strip(&mut tb, &mut h);
        let (title, span) = h.title.unwrap();
        assert_eq!(title, "The Big Story");
        assert_eq!(&src[span.start..span.end], "The *Big* Story");
        assert_eq!(h.rules, vec![src.find("---").unwrap()]);
    }

    #[test]
    fn hostile_lines_are_linear() {
        let cases = [
            "](".repeat(1_000_000),
            "[".repeat(1_000_000),
            "`".repeat(100_000) + &"a`".repeat(100_000),
            "*a ".repeat(300_000),
            "<a".repeat(300_000),
            "_".repeat(1_000_000),
        ];
        for c in &cases {
            assert_eq!(md(c).len(), c.len());
        }
    }
}
