//! One pass over an article for two word tables the analysis needs.
//!
//! The recogniser searches its name and title tries at [`crate::ner::word_starts`], and quote
//! attribution reads [`crate::text::text_words`]; each used to walk every byte of the article.
//! [`starts_and_words`] finds both in one walk of an all-ASCII text (most articles), the same
//! offsets and spans as the two scanners; any other text goes through them.

use crate::span::Span;
use crate::text::{ASCII_ALNUM, ascii_alnum_run};

/// What a byte is to the two scanners.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// White space as [`u8::is_ascii_whitespace`] says: never a word start.
    Space,
    /// An ASCII letter or digit.
    Alnum,
    /// `'`: inside a word of [`crate::text::text_words`], and a word start of its own unless
    /// it follows a letter or digit or is joined.
    Apostrophe,
    /// Anything else.
    Other,
}

static CLASS: [Class; 256] = {
    let mut t = [Class::Other; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = if b.is_ascii_alphanumeric() {
            Class::Alnum
        } else if b == b'\'' {
            Class::Apostrophe
        } else if b.is_ascii_whitespace() {
            Class::Space
        } else {
            Class::Other
        };
        c += 1;
    }
    t
};

/// [`crate::ner::word_starts`] and [`crate::text::text_words`] of `text`, in one pass when
/// it is all ASCII.
///
/// ```
/// let t = "O'Neil's (U.S.) deal";
/// let (starts, words) = newsgraph::wordscan::starts_and_words(t);
/// assert_eq!(starts, newsgraph::ner::word_starts(t));
/// assert_eq!(words, newsgraph::text::text_words(t));
/// ```
pub fn starts_and_words(text: &str) -> (Vec<usize>, Vec<Span>) {
    if !text.is_ascii() {
        return (crate::ner::word_starts(text), crate::text::text_words(text));
    }
    let b = text.as_bytes();
    let mut starts = Vec::with_capacity(b.len() / 5 + 1);
    let mut words = Vec::with_capacity(b.len() / 5 + 2);
    // After an apostrophe that follows a letter ("O'Neil"): no word starts here.
    let joined = |i: usize| i >= 2 && b[i - 1] == b'\'' && b[i - 2].is_ascii_alphabetic();
    let after_alnum = |i: usize| i > 0 && ASCII_ALNUM[usize::from(b[i - 1])];
    let mut i = 0;
    while i < b.len() {
        match CLASS[usize::from(b[i])] {
            Class::Space => i += 1,
            Class::Other => {
                if !(after_alnum(i) || joined(i)) {
                    starts.push(i);
                }
                i += 1;
            }
            Class::Alnum | Class::Apostrophe => {
                // A run of letters, digits and apostrophes: a word of `text_words` when it
                // has a letter or digit; word starts at the first byte of each run of
                // letters and digits in it and at the apostrophes that start one.
                let start = i;
                let mut has_alnum = false;
                while i < b.len() {
                    match CLASS[usize::from(b[i])] {
                        Class::Alnum => {
                            // The byte before is no letter or digit (the run before
                            // ended there).
                            if !joined(i) {
                                starts.push(i);
                            }
                            has_alnum = true;
                            i += 1 + ascii_alnum_run(&b[i + 1..]);
                        }
                        Class::Apostrophe => {
                            if !(after_alnum(i) || joined(i)) {
                                starts.push(i);
                            }
                            i += 1;
                        }
                        Class::Space | Class::Other => break,
                    }
                }
                if has_alnum {
                    words.push(Span::new(start, i));
                }
            }
        }
    }
    (starts, words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_both_scanners_on_random_text() {
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n) as usize
        };
        // Letters, digits, apostrophes, every kind of ASCII white space (and the vertical
        // tab, which is none), punctuation; now and then a non-ASCII letter or quote.
        let pieces = [
            "a", "B", "z", "7", "'", "''", " ", "\n", "\t", "\r", "\x0B", "\x0C", ".", "-", "(",
            ")", ",", "\"", "O", "s", "é", "’",
        ];
        for round in 0..400 {
            let len = next(60);
            let ascii_only = round % 4 != 0;
            let text: String = (0..len)
                .map(|_| pieces[next(if ascii_only { 20 } else { 22 } as u64)])
                .collect();
            let (starts, words) = starts_and_words(&text);
            assert_eq!(starts, crate::ner::word_starts(&text), "{text:?}");
            assert_eq!(words, crate::text::text_words(&text), "{text:?}");
        }
        assert_eq!(starts_and_words(""), (vec![], vec![]));
    }
}
