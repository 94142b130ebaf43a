//! Small sets of words asked about very often, most often for words they do not hold.
//!
//! The capitalised-run classifier asks a handful of word lists ("Bank", "Corp", "Ministry")
//! about every word of every run, some 135,000 times per thousand Reuters articles, and
//! nearly always for a word that is in none of them. A hash look-up hashes the word and
//! reads the table (often a cache miss) before it can say no; [`WordSet`] first reads two
//! 1 KiB tables indexed by the word's first and last byte, each a bit per word length, and
//! answers most such words without hashing.

use rustc_hash::FxHashSet as HashSet;

/// A set of words with a (first byte, length) and (last byte, length) filter in front.
#[derive(Debug, Clone)]
pub struct WordSet {
    words: HashSet<Box<str>>,
    /// Per first byte, a bit per length (lengths from 31 on share the last bit).
    first: Box<[u32; 256]>,
    /// Per last byte, the same.
    last: Box<[u32; 256]>,
    /// The set holds the empty word.
    empty: bool,
}

/// The filter bit of a word of `len` bytes.
#[inline]
fn len_bit(len: usize) -> u32 {
    1 << len.min(31)
}

impl Default for WordSet {
    fn default() -> WordSet {
        WordSet {
            words: HashSet::default(),
            first: Box::new([0; 256]),
            last: Box::new([0; 256]),
            empty: false,
        }
    }
}

impl WordSet {
    /// Adds a word (copied: the set may be built from words read at run time, such as a
    /// lexicon's).
    pub fn insert(&mut self, w: &str) {
        match (w.as_bytes().first(), w.as_bytes().last()) {
            (Some(&f), Some(&l)) => {
                self.first[usize::from(f)] |= len_bit(w.len());
                self.last[usize::from(l)] |= len_bit(w.len());
            }
            _ => self.empty = true,
        }
        self.words.insert(w.into());
    }

    /// True when the set holds `w` (the same answer as the hash set alone).
    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        let (Some(&f), Some(&l)) = (w.as_bytes().first(), w.as_bytes().last()) else {
            return self.empty;
        };
        let bit = len_bit(w.len());
        self.first[usize::from(f)] & bit != 0
            && self.last[usize::from(l)] & bit != 0
            && self.words.contains(w)
    }
}

impl<'a> FromIterator<&'a str> for WordSet {
    fn from_iter<I: IntoIterator<Item = &'a str>>(iter: I) -> WordSet {
        let mut s = WordSet::default();
        s.extend(iter);
        s
    }
}

impl<'a> Extend<&'a str> for WordSet {
    fn extend<I: IntoIterator<Item = &'a str>>(&mut self, iter: I) {
        for w in iter {
            self.insert(w);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_as_a_hash_set() {
        let words = [
            "Bank",
            "Corp",
            "Co",
            "Inc.",
            "A",
            "Ministry",
            "Société",
            "Really-Long-Word-Of-Forty-Bytes-Or-So-X",
        ];
        let set: WordSet = words.iter().copied().collect();
        let plain: HashSet<&str> = words.iter().copied().collect();
        let probes = [
            "Bank",
            "Banks",
            "bank",
            "Bunk",
            "Bang",
            "Corp",
            "Cord",
            "Co",
            "Ca",
            "Inc",
            "Inc.",
            "A",
            "B",
            "",
            "Ministry",
            "Ministri",
            "Société",
            "Societe",
            "Really-Long-Word-Of-Forty-Bytes-Or-So-X",
            "Really-Long-Word-Of-Forty-Bytes-Or-So-Y",
            "R123456789012345678901234567890123456789X",
        ];
        for p in probes {
            assert_eq!(set.contains(p), plain.contains(p), "{p:?}");
        }
        let mut with_empty = set.clone();
        with_empty.extend([""]);
        assert!(with_empty.contains(""));
        assert!(!set.contains(""));
    }
}
