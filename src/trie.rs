//! A byte trie for "the longest phrase starting exactly here".
//!
//! The recogniser only ever asks one question of its phrase tables: which
//! listed phrase is the longest prefix of the text at this word start? An
//! Aho-Corasick automaton answers that too, but spends most of the program's
//! start-up computing failure links an anchored search never follows. This
//! trie is built in about a millisecond and walks at most the length of the
//! longest phrase per question.

/// Longest-prefix lookup over a fixed set of phrases.
///
/// Phrases keep their insertion index; when two phrases are the same bytes
/// (or the same up to ASCII case, for a case-folding trie) the first one
/// wins.
///
/// ```
/// use newsgraph::trie::PrefixTrie;
/// let t = PrefixTrie::new(["Iran", "Iranian", "Iraq"], false);
/// assert_eq!(t.longest_at(b"Iranian forces", 0), Some((7, 1)));
/// assert_eq!(t.longest_at(b"the Iraq war", 4), Some((8, 2)));
/// assert_eq!(t.longest_at(b"Ira", 0), None);
/// ```
#[derive(Debug, Clone)]
pub struct PrefixTrie {
    /// Children of the root by first byte (0 = none).
    root: Box<[u32; 256]>,
    /// Per node: the phrase ending here (`u32::MAX` = none) and its children
    /// as a range of `edges`.
    nodes: Vec<Node>,
    /// (byte, child node), sorted by byte within each node's range.
    edges: Vec<(u8, u32)>,
    /// Children by byte (0 = none) of the nodes with many children, 256 per
    /// such node: one load instead of a binary search.
    dense: Vec<u32>,
    /// The byte compared for each text byte (see [`PrefixTrie::key`]).
    map: Box<[u8; 256]>,
    /// A filter of the phrases' first three (compared) bytes, hashed to a bit: a start
    /// whose bit is clear begins no phrase of three bytes or more, and is answered
    /// without touching the nodes (most word starts begin no phrase).
    prefix3: Box<[u64; PREFIX_WORDS]>,
    /// First bytes that begin a phrase of one or two bytes: never filtered.
    short: Box<[bool; 256]>,
    /// The four-byte filter ([`PrefixTrie::may_begin`]): the phrases' first four (compared)
    /// bytes hashed to a bit, ...
    prefix4: Box<[u64; PREFIX4_WORDS]>,
    /// ... the phrases of one to three bytes whole, hashed with their length to a bit, ...
    short_phrases: Box<[u64; SHORT_WORDS]>,
    /// ... and the first bytes of those short phrases.
    short_first: Box<[bool; 256]>,
    /// The nodes three bytes deep by their three bytes (open addressing, a power of two
    /// long, at least half empty): a search that passes `prefix3` starts there, rather than
    /// walking the three levels that lie farthest apart in memory.
    deep: Box<[Deep]>,
    len: usize,
}

/// A node three bytes deep ([`PrefixTrie::deep`]).
#[derive(Debug, Clone, Copy)]
struct Deep {
    /// The three bytes (`NONE`: an empty slot).
    key: u32,
    node: u32,
    /// The longest phrase of one or two bytes on the way (`NONE`: none) and its length.
    best: u32,
    best_len: u32,
}

const EMPTY_DEEP: Deep = Deep {
    key: NONE,
    node: 0,
    best: NONE,
    best_len: 0,
};

/// The key of three compared bytes in [`PrefixTrie::deep`].
#[inline]
fn deep_key(a: u8, b: u8, c: u8) -> u32 {
    (u32::from(a) << 16) | (u32::from(b) << 8) | u32::from(c)
}

/// The first slot tried for `key` in a table of `mask + 1` slots.
#[inline]
fn deep_slot(key: u32, mask: usize) -> usize {
    ((u64::from(key).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize) & mask
}

#[derive(Debug, Clone, Copy)]
struct Node {
    phrase: u32,
    first: u32,
    count: u16,
    /// The byte of the child numbered right after this node, or `NO_NEXT`. Nodes are made
    /// in phrase order, so that is the first child, and the only one along a phrase's
    /// tail: followed without reading `edges`.
    next: u16,
    /// Offset of the node's block in `dense`, or `NONE` (children in `edges`).
    dense: u32,
}

/// [`Node::next`] of a node without such a child.
const NO_NEXT: u16 = u16::MAX;

/// Nodes with more children than this get a dense child table.
const DENSE_MIN: u32 = 9;

/// Words of the three-byte prefix filter (2^16 bits).
const PREFIX_WORDS: usize = 1 << 10;

/// Words of the four-byte prefix filter (2^16 bits).
const PREFIX4_WORDS: usize = 1 << 10;

/// Words of the short-phrase filter (2^12 bits).
const SHORT_WORDS: usize = 1 << 6;

/// The [`PrefixTrie::prefix4`] bit of four compared bytes.
#[inline]
fn prefix4_bit(a: u8, b: u8, c: u8, d: u8) -> usize {
    let h = u32::from_be_bytes([a, b, c, d]);
    (h.wrapping_mul(0x9E37_79B1) >> 16) as usize
}

/// The [`PrefixTrie::short_phrases`] bit of a phrase of one to three compared bytes.
#[inline]
fn short_bit(len: u8, a: u8, b: u8, c: u8) -> usize {
    let h = u32::from_be_bytes([len, a, b, c]);
    (h.wrapping_mul(0x9E37_79B1) >> 20) as usize
}

/// Sets bit `bit` of a bit set.
fn set_bit(bits: &mut [u64], bit: usize) {
    bits[bit / 64] |= 1 << (bit % 64);
}

/// Is bit `bit` of a bit set on?
#[inline]
fn has_bit(bits: &[u64], bit: usize) -> bool {
    bits[bit / 64] & (1 << (bit % 64)) != 0
}

/// The filter bit of three compared bytes.
#[inline]
fn prefix_bit(a: u8, b: u8, c: u8) -> usize {
    let h = (u32::from(a) << 16) | (u32::from(b) << 8) | u32::from(c);
    (h.wrapping_mul(0x9E37_79B1) >> 16) as usize
}

const NONE: u32 = u32::MAX;

impl PrefixTrie {
    /// Builds the trie; with `fold` the phrases and the searched text are
    /// compared ignoring ASCII case.
    pub fn new<I, P>(phrases: I, fold: bool) -> PrefixTrie
    where
        I: IntoIterator<Item = P>,
        P: AsRef<[u8]>,
    {
        let phrases: Vec<P> = phrases.into_iter().collect();
        let len = phrases.len();
        let key = |b: u8| if fold { b.to_ascii_lowercase() } else { b };
        // The phrases in byte order (folded), equal ones by index: walking them
        // makes each node once, the children of a node in byte order, and the
        // first of equal phrases reaches its node first. No per-node lists.
        let mut order: Vec<usize> = (0..len)
            .filter(|&i| !phrases[i].as_ref().is_empty())
            .collect();
        // The compared bytes of each phrase, folded once (a copy only for a phrase with
        // upper-case ASCII), so the sort compares slices (memcmp) rather than folding
        // both phrases byte by byte at every comparison (half of the build).
        let compared: Vec<std::borrow::Cow<'_, [u8]>> = phrases
            .iter()
            .map(|p| {
                let p = p.as_ref();
                if fold && p.iter().any(u8::is_ascii_uppercase) {
                    std::borrow::Cow::Owned(p.to_ascii_lowercase())
                } else {
                    std::borrow::Cow::Borrowed(p)
                }
            })
            .collect();
        order.sort_unstable_by(|&a, &b| compared[a].cmp(&compared[b]).then(a.cmp(&b)));
        let mut phrase_of: Vec<u32> = vec![NONE];
        // (parent, byte, child), children of a parent in byte order.
        let mut links: Vec<(u32, u8, u32)> = Vec::new();
        // The nodes along the previous phrase: `path[d]` is reached after d + 1 bytes.
        let mut path: Vec<u32> = Vec::new();
        let mut prev: &[u8] = &[];
        for &i in &order {
            let p = phrases[i].as_ref();
            let common = p
                .iter()
                .zip(prev)
                .take_while(|&(&x, &y)| key(x) == key(y))
                .count();
            path.truncate(common);
            let mut node = path.last().copied().unwrap_or(0);
            for &b in &p[common..] {
                let child = phrase_of.len() as u32;
                phrase_of.push(NONE);
                links.push((node, key(b), child));
                path.push(child);
                node = child;
            }
            if phrase_of[node as usize] == NONE {
                phrase_of[node as usize] = u32::try_from(i).unwrap_or(NONE);
            }
            prev = p;
        }
        // Flatten: each node's children as one range of `edges` (a counting sort
        // by parent keeps them in byte order).
        let n = phrase_of.len();
        let mut first = vec![0u32; n + 1];
        for &(parent, _, _) in &links {
            first[parent as usize + 1] += 1;
        }
        for k in 0..n {
            first[k + 1] += first[k];
        }
        let mut fill = first.clone();
        let mut edges = vec![(0u8, 0u32); links.len()];
        for &(parent, b, child) in &links {
            edges[fill[parent as usize] as usize] = (b, child);
            fill[parent as usize] += 1;
        }
        let mut dense: Vec<u32> = Vec::new();
        let nodes: Vec<Node> = (0..n)
            .map(|k| {
                let count = first[k + 1] - first[k];
                let mut block = NONE;
                if k > 0 && count >= DENSE_MIN {
                    block = u32::try_from(dense.len()).unwrap_or(NONE);
                    if block != NONE {
                        dense.resize(dense.len() + 256, 0);
                        for &(b, child) in &edges[first[k] as usize..first[k + 1] as usize] {
                            dense[block as usize + b as usize] = child;
                        }
                    }
                }
                let next = edges[first[k] as usize..first[k + 1] as usize]
                    .first()
                    .filter(|e| e.1 as usize == k + 1)
                    .map_or(NO_NEXT, |e| u16::from(e.0));
                Node {
                    phrase: phrase_of[k],
                    first: first[k],
                    count: count as u16,
                    next,
                    dense: block,
                }
            })
            .collect();
        let mut root = Box::new([0u32; 256]);
        for &(b, child) in &edges[first[0] as usize..first[1] as usize] {
            root[b as usize] = child;
        }
        let mut map = Box::new([0u8; 256]);
        for (b, m) in map.iter_mut().enumerate() {
            *m = Self::key_of(fold, b as u8);
        }
        let mut prefix3 = Box::new([0u64; PREFIX_WORDS]);
        let mut short = Box::new([false; 256]);
        let mut prefix4 = Box::new([0u64; PREFIX4_WORDS]);
        let mut short_phrases = Box::new([0u64; SHORT_WORDS]);
        let mut short_first = Box::new([false; 256]);
        for p in &phrases {
            match *p.as_ref() {
                [] => {}
                [a] | [a, _] => short[usize::from(key(a))] = true,
                [a, b, c, ..] => {
                    let bit = prefix_bit(key(a), key(b), key(c));
                    prefix3[bit / 64] |= 1 << (bit % 64);
                }
            }
            match *p.as_ref() {
                [] => {}
                [a] => set_bit(&mut *short_phrases, short_bit(1, key(a), 0, 0)),
                [a, b] => set_bit(&mut *short_phrases, short_bit(2, key(a), key(b), 0)),
                [a, b, c] => set_bit(&mut *short_phrases, short_bit(3, key(a), key(b), key(c))),
                [a, b, c, d, ..] => {
                    set_bit(&mut *prefix4, prefix4_bit(key(a), key(b), key(c), key(d)));
                }
            }
            if let [a, ..] = *p.as_ref()
                && p.as_ref().len() <= 3
            {
                short_first[usize::from(key(a))] = true;
            }
        }
        let deep = deep_table(&nodes, &edges, &root);
        PrefixTrie {
            root,
            nodes,
            edges,
            dense,
            map,
            prefix3,
            short,
            prefix4,
            short_phrases,
            short_first,
            deep,
            len,
        }
    }

    /// Number of phrases given to [`PrefixTrie::new`].
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when built from no phrases.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The longest phrase that `text[start..]` begins with: its end offset
    /// (absolute) and its index.
    pub fn longest_at(&self, text: &[u8], start: usize) -> Option<(usize, usize)> {
        let mut best = None;
        let mut at = start;
        let first = self.key(*text.get(at)?);
        let mut node = self.root[first as usize] as usize;
        if node == 0 {
            return None;
        }
        let short = self.short[usize::from(first)];
        let deep = match text.get(at..at + 4) {
            // Most word starts begin no phrase but share three bytes with one ("pre" of
            // "president", "min" of "minister"): the first four bytes and the short phrases
            // turn away about half of those before the walk, whose nodes lie far apart in
            // memory. (The three-byte filter would say nothing more: a phrase of three bytes or
            // more that begins here has its four-byte or short-phrase bit on.)
            Some(&[_, b, c, d]) => {
                let (b, c, d) = (self.key(b), self.key(c), self.key(d));
                if !self.may_begin(first, b, c, d) {
                    return None;
                }
                Some(self.deep_at(deep_key(first, b, c)))
            }
            _ => match (text.get(at + 1), text.get(at + 2)) {
                (Some(&b), Some(&c)) => {
                    let (b, c) = (self.key(b), self.key(c));
                    let bit = prefix_bit(first, b, c);
                    Some(
                        (self.prefix3[bit / 64] & (1 << (bit % 64)) != 0)
                            .then(|| self.deep_at(deep_key(first, b, c)))
                            .flatten(),
                    )
                }
                _ => None,
            },
        };
        match deep {
            // Resume the walk below at the node three bytes deep.
            Some(Some(d)) => {
                if d.best != NONE {
                    best = Some((start + d.best_len as usize, d.best as usize));
                }
                node = d.node as usize;
                at += 2;
            }
            // No phrase of three bytes or more starts here.
            Some(None) if !short => return None,
            // Fewer than three bytes left, or a phrase of one or two bytes may start here.
            _ => {}
        }
        loop {
            at += 1;
            let n = self.nodes[node];
            if n.phrase != NONE {
                best = Some((at, n.phrase as usize));
            }
            if n.count == 0 {
                break;
            }
            let Some(&b) = text.get(at) else { break };
            let b = self.key(b);
            let child = if u16::from(b) == n.next {
                node as u32 + 1
            } else if n.count == 1 && n.next != NO_NEXT {
                0
            } else if n.dense != NONE {
                self.dense[n.dense as usize + b as usize]
            } else {
                // Few children: a scan.
                let kids = &self.edges[n.first as usize..(n.first + u32::from(n.count)) as usize];
                kids.iter().find(|e| e.0 == b).map_or(0, |e| e.1)
            };
            if child == 0 {
                break;
            }
            node = child as usize;
        }
        best
    }

    /// False when no phrase is a prefix of a text whose first four compared bytes are
    /// `a b c d`: neither a phrase of four bytes or more (by its first four) nor one of one
    /// to three bytes (whole) has its filter bit on.
    #[inline]
    fn may_begin(&self, a: u8, b: u8, c: u8, d: u8) -> bool {
        has_bit(&*self.prefix4, prefix4_bit(a, b, c, d))
            || self.short_first[usize::from(a)]
                && (has_bit(&*self.short_phrases, short_bit(1, a, 0, 0))
                    || has_bit(&*self.short_phrases, short_bit(2, a, b, 0))
                    || has_bit(&*self.short_phrases, short_bit(3, a, b, c)))
    }

    /// The node three bytes deep reached by `key` ([`deep_key`]).
    #[inline]
    fn deep_at(&self, key: u32) -> Option<&Deep> {
        let mask = self.deep.len() - 1;
        let mut i = deep_slot(key, mask);
        loop {
            let d = &self.deep[i];
            if d.key == key {
                return Some(d);
            }
            if d.key == NONE {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    /// The byte compared: a line break in the text counts as a space (hard-wrapped
    /// text breaks "United\nStates" across lines); ASCII case folded when asked.
    fn key(&self, b: u8) -> u8 {
        self.map[b as usize]
    }

    fn key_of(fold: bool, b: u8) -> u8 {
        match b {
            b'\n' => b' ',
            _ if fold => b.to_ascii_lowercase(),
            _ => b,
        }
    }
}

/// [`PrefixTrie::deep`] of a built trie.
fn deep_table(nodes: &[Node], edges: &[(u8, u32)], root: &[u32; 256]) -> Box<[Deep]> {
    let children = |k: u32| {
        let n = nodes[k as usize];
        &edges[n.first as usize..(n.first + u32::from(n.count)) as usize]
    };
    let mut deep = Vec::new();
    for (a, &n1) in root.iter().enumerate() {
        if n1 == 0 {
            continue;
        }
        for &(b, n2) in children(n1) {
            let (best, best_len) = match (nodes[n2 as usize].phrase, nodes[n1 as usize].phrase) {
                (NONE, NONE) => (NONE, 0),
                (NONE, p) => (p, 1),
                (p, _) => (p, 2),
            };
            for &(c, node) in children(n2) {
                deep.push(Deep {
                    key: deep_key(a as u8, b, c),
                    node,
                    best,
                    best_len,
                });
            }
        }
    }
    let mut table = vec![EMPTY_DEEP; (deep.len() * 2).next_power_of_two()].into_boxed_slice();
    let mask = table.len() - 1;
    for d in deep {
        let mut i = deep_slot(d.key, mask);
        while table[i].key != NONE {
            i = (i + 1) & mask;
        }
        table[i] = d;
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_match_wins_and_first_duplicate_keeps_its_index() {
        let t = PrefixTrie::new(["S-400", "S-400 Triumf", "s-400", "U.S."], true);
        assert_eq!(t.longest_at(b"an S-400 Triumf system", 3), Some((15, 1)));
        // Folded duplicate: the first spelling's index.
        assert_eq!(t.longest_at(b"s-400 missiles", 0), Some((5, 0)));
        assert_eq!(t.longest_at(b"U.S", 0), None);
        assert_eq!(t.longest_at(b"x", 5), None);
        assert_eq!(t.len(), 4);
    }

    #[test]
    fn matches_a_brute_force_search() {
        let phrases = [
            "a", "ab", "abc", "b", "ba", "AB", "", "abd", "b c", "ab", "Ab", "bab", "c", "dab",
            "dabc", "Dab c", "d\nab", "xyz", "xY",
        ];
        let text = b"ab abc ABD ba b c Abd bab aB dab dabc Dab\nc DAB d\nab xyz xYz xy";
        for fold in [false, true] {
            let t = PrefixTrie::new(phrases, fold);
            // A line break in the text reads as a space.
            let eq = |x: u8, y: u8| {
                let y = if y == b'\n' { b' ' } else { y };
                if fold {
                    x.eq_ignore_ascii_case(&y)
                } else {
                    x == y
                }
            };
            for start in 0..text.len() {
                let want = phrases
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| {
                        !p.is_empty()
                            && text.len() - start >= p.len()
                            && p.bytes().zip(&text[start..]).all(|(x, &y)| eq(x, y))
                    })
                    .max_by_key(|(i, p)| (p.len(), std::cmp::Reverse(*i)))
                    .map(|(i, p)| (start + p.len(), i));
                assert_eq!(t.longest_at(text, start), want, "at {start}, fold {fold}");
            }
        }
    }

    #[test]
    fn filters_agree_with_a_brute_force_search_on_random_phrases() {
        // Phrases of one to six bytes over a small alphabet, so that many texts share three
        // or four bytes with a phrase (what the four-byte and short-phrase filters decide).
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n) as usize
        };
        let alphabet = b"abAB \n.";
        for round in 0..40 {
            let phrases: Vec<Vec<u8>> = (0..1 + next(60))
                .map(|_| (0..1 + next(6)).map(|_| alphabet[next(7)]).collect())
                .collect();
            let text: Vec<u8> = (0..300).map(|_| alphabet[next(7)]).collect();
            for fold in [false, true] {
                let t = PrefixTrie::new(&phrases, fold);
                let key = |b: u8| {
                    let b = if b == b'\n' { b' ' } else { b };
                    if fold { b.to_ascii_lowercase() } else { b }
                };
                let pkey = |b: u8| if fold { b.to_ascii_lowercase() } else { b };
                for start in 0..text.len() {
                    let want = phrases
                        .iter()
                        .enumerate()
                        .filter(|(_, p)| {
                            text.len() - start >= p.len()
                                && p.iter()
                                    .zip(&text[start..])
                                    .all(|(&x, &y)| pkey(x) == key(y))
                        })
                        .max_by_key(|(i, p)| (p.len(), std::cmp::Reverse(*i)))
                        .map(|(i, p)| (start + p.len(), i));
                    assert_eq!(
                        t.longest_at(&text, start),
                        want,
                        "round {round}, at {start}"
                    );
                }
            }
        }
    }

    #[test]
    fn many_children_match_as_few() {
        // More than `DENSE_MIN` children under "x" and under the root.
        let phrases: Vec<String> = (b'a'..=b'z')
            .flat_map(|c| [format!("x{}", c as char), format!("x{}y", c as char)])
            .chain(["x".to_string(), "X Y".to_string()])
            .collect();
        for fold in [false, true] {
            let t = PrefixTrie::new(&phrases, fold);
            assert_eq!(t.longest_at(b"xqy", 0), Some((3, 33)));
            assert_eq!(t.longest_at(b"xq", 0), Some((2, 32)));
            assert_eq!(t.longest_at(b"x1", 0), Some((1, 52)));
            let folded = if fold { (3, 53) } else { (1, 52) };
            assert_eq!(t.longest_at(b"x\ny", 0), Some(folded));
            assert_eq!(t.longest_at(b"XQY", 0), fold.then_some((3, 33)));
            assert_eq!(t.longest_at(b"X\nY", 0), Some((3, 53)));
        }
    }

    #[test]
    fn a_line_break_matches_a_space() {
        let t = PrefixTrie::new(["United States"], false);
        assert_eq!(t.longest_at(b"the United\nStates said", 4), Some((17, 0)));
        assert_eq!(t.longest_at(b"United\n\nStates", 0), None);
    }

    #[test]
    fn case_matters_without_folding() {
        let t = PrefixTrie::new(["Turkey"], false);
        assert_eq!(t.longest_at(b"Turkey", 0), Some((6, 0)));
        assert_eq!(t.longest_at(b"turkey", 0), None);
    }

    #[test]
    fn multibyte_phrases_match_bytewise() {
        let t = PrefixTrie::new(["Erdoğan", "Erdo"], false);
        assert_eq!(t.longest_at("Erdoğan said".as_bytes(), 0), Some((8, 0)));
    }
}
