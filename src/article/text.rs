//! The length-preserving analysis buffer and plain-text reading.
//!
//! [`TextBuf`] starts as a copy of the original bytes with invalid UTF-8
//! bytes replaced by ASCII spaces (one space per byte). Every later stage only
//! overwrites bytes in place: blanking ranges with spaces (newlines kept),
//! putting a `\n` at a tag's first byte, or writing a decoded character at an
//! entity's first byte. Blanking always widens a range to whole characters, so
//! the buffer stays valid UTF-8 and its char boundaries stay char boundaries of
//! the original.

/// Length-preserving working copy of an article's bytes.
#[derive(Clone, Debug)]
pub(crate) struct TextBuf {
    /// Current analysis bytes; always valid UTF-8 between operations.
    pub buf: Vec<u8>,
}

fn is_cont(b: u8) -> bool {
    (0x80..0xC0).contains(&b)
}

impl TextBuf {
    /// A buffer from original bytes, invalid UTF-8 bytes replaced by spaces.
    pub fn new(raw: &[u8]) -> TextBuf {
        TextBuf {
            buf: lossy_spaces(raw).0,
        }
    }

    /// Length in bytes (always the original length).
    pub fn len(&self) -> usize {
        self.buf.len()
    }

    /// Blanks `start..end`, widened to whole characters: ASCII characters
    /// become spaces (`\n` and `\r` are kept); a 2-byte character becomes
    /// U+00A0 and a 3-byte one U+2002 (whitespace of the same width, so char
    /// boundaries stay those of the original); 4-byte characters (emoji and
    /// rare scripts) have no whitespace of their width and are kept.
    pub fn blank(&mut self, start: usize, end: usize) {
        let n = self.buf.len();
        let mut s = start.min(n);
        let mut e = end.min(n);
        if s >= e {
            return;
        }
        while s > 0 && is_cont(self.buf[s]) {
            s -= 1;
        }
        while e < n && is_cont(self.buf[e]) {
            e += 1;
        }
        let mut i = s;
        while i < e {
            let b = self.buf[i];
            let width = match b {
                0x00..=0x7F => 1,
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                _ => 4,
            }
            .min(e - i);
            match width {
                1 if b != b'\n' && b != b'\r' => self.buf[i] = b' ',
                2 => self.buf[i..i + 2].copy_from_slice("\u{A0}".as_bytes()),
                3 => self.buf[i..i + 3].copy_from_slice("\u{2002}".as_bytes()),
                _ => {}
            }
            i += width;
        }
    }

    /// Puts a newline at `pos` when that byte is ASCII (used for block tags).
    pub fn newline_at(&mut self, pos: usize) {
        if let Some(b) = self.buf.get_mut(pos)
            && b.is_ascii()
        {
            *b = b'\n';
        }
    }

    /// Writes `ch` at `start` and pads the rest of `start..end` with spaces.
    ///
    /// Does nothing when the character does not fit or the range is not ASCII
    /// (entities are ASCII, so this only guards against misuse).
    pub fn put_char(&mut self, start: usize, end: usize, ch: char) {
        let n = self.buf.len();
        if start >= end || end > n || ch.len_utf8() > end - start {
            return;
        }
        if !self.buf[start..end].is_ascii() {
            return;
        }
        let mut tmp = [0u8; 4];
        let enc = ch.encode_utf8(&mut tmp).as_bytes();
        self.buf[start..start + enc.len()].copy_from_slice(enc);
        for b in &mut self.buf[start + enc.len()..end] {
            *b = b' ';
        }
    }

    /// The buffer as text (valid UTF-8 by construction).
    #[cfg(test)]
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf).unwrap_or("")
    }

    /// Repairs the buffer should any stage have broken UTF-8 (defensive).
    pub fn repair(&mut self) {
        if std::str::from_utf8(&self.buf).is_err() {
            self.buf = lossy_spaces(&self.buf).0;
        }
    }

    /// Finishes into the analysis text.
    pub fn into_string(mut self) -> String {
        self.repair();
        String::from_utf8(self.buf).unwrap_or_default()
    }
}

/// Decodes bytes as UTF-8, each invalid byte becoming one ASCII space.
///
/// Returns the bytes (valid UTF-8, same length) and the count of invalid bytes.
pub(crate) fn lossy_spaces(raw: &[u8]) -> (Vec<u8>, usize) {
    let mut out = raw.to_vec();
    let mut invalid = 0;
    let mut pos = 0;
    while pos < out.len() {
        match std::str::from_utf8(&out[pos..]) {
            Ok(_) => break,
            Err(e) => {
                let bad_start = pos + e.valid_up_to();
                let bad_len = e.error_len().unwrap_or(out.len() - bad_start);
                for b in &mut out[bad_start..bad_start + bad_len] {
                    *b = b' ';
                }
                invalid += bad_len;
                pos = bad_start + bad_len;
            }
        }
    }
    (out, invalid)
}

/// Line ranges `(start, end)` of a buffer, `end` excluding `\n` and a trailing `\r`.
pub(crate) fn line_ranges(buf: &[u8]) -> Vec<(usize, usize)> {
    // Counting the breaks first (a vectorised pass) sizes the list exactly.
    let mut out = Vec::with_capacity(memchr::memchr_iter(b'\n', buf).count() + 1);
    let mut start = 0;
    for i in memchr::memchr_iter(b'\n', buf) {
        let end = if i > start && buf[i - 1] == b'\r' {
            i - 1
        } else {
            i
        };
        out.push((start, end));
        start = i + 1;
    }
    if start < buf.len() {
        let mut end = buf.len();
        if buf[end - 1] == b'\r' {
            end -= 1;
        }
        out.push((start, end));
    }
    out
}

/// The lines of [`line_ranges`] one at a time, for callers that stop early.
pub(crate) struct Lines<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Lines<'a> {
    pub fn new(buf: &'a [u8]) -> Self {
        Lines { buf, pos: 0 }
    }
}

impl Iterator for Lines<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let (buf, start) = (self.buf, self.pos);
        if start >= buf.len() {
            return None;
        }
        let (i, next) = match memchr::memchr(b'\n', &buf[start..]) {
            Some(k) => (start + k, start + k + 1),
            None => (buf.len(), buf.len()),
        };
        self.pos = next;
        let end = if i > start && buf[i - 1] == b'\r' {
            i - 1
        } else {
            i
        };
        Some((start, end))
    }
}

/// Trims ASCII/Unicode whitespace of `buf[s..e]` (valid UTF-8), returning the inner range.
pub(crate) fn trim_range(buf: &[u8], s: usize, e: usize) -> (usize, usize) {
    let text = std::str::from_utf8(&buf[s..e]).unwrap_or("");
    let lead = text.len() - text.trim_start().len();
    let trail = text.len() - text.trim_end().len();
    if lead == text.len() {
        return (s, s);
    }
    (s + lead, e - trail)
}

pub(crate) use crate::text::collapse_ws;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_bytes_become_spaces() {
        let raw = b"ab\xffcd\xe2\x82";
        let tb = TextBuf::new(raw);
        assert_eq!(tb.buf, b"ab cd  ");
        assert_eq!(lossy_spaces(raw).1, 3);
    }

    #[test]
    fn blank_widens_to_chars_and_keeps_newlines() {
        let mut tb = TextBuf::new("aé\nb".as_bytes());
        tb.blank(2, 4); // middle of é .. after \n
        assert_eq!(tb.as_str(), "a\u{A0}\nb");
        let mut tb = TextBuf::new("x—😀y".as_bytes());
        tb.blank(0, 8);
        assert_eq!(tb.as_str(), " \u{2002}😀y");
    }

    #[test]
    fn put_char_pads() {
        let mut tb = TextBuf::new(b"x&mdash;y");
        tb.put_char(1, 8, '\u{2014}');
        assert_eq!(tb.as_str(), "x\u{2014}    y");
        assert_eq!(tb.len(), 9);
    }

    #[test]
    fn lines_and_trim() {
        let buf = b"a\r\n  b \nc";
        assert_eq!(line_ranges(buf), vec![(0, 1), (3, 7), (8, 9)]);
        for b in [
            &b""[..],
            b"\n",
            b"\r",
            b"a",
            b"a\n",
            b"a\r\n",
            b"a\n\r",
            b"\r\n\r\n",
            b"\n\na\r",
            b"a\r\n  b \nc\r",
            b"x\ry\n\n",
        ] {
            assert_eq!(Lines::new(b).collect::<Vec<_>>(), line_ranges(b), "{b:?}");
        }
        assert_eq!(trim_range(buf, 3, 7), (5, 6));
        assert_eq!(collapse_ws("  a   b "), "a b");
    }
}
