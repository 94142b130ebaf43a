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
    len: usize,
}

#[derive(Debug, Clone, Copy)]
struct Node {
    phrase: u32,
    first: u32,
    count: u32,
    /// Offset of the node's block in `dense`, or `NONE` (children in `edges`).
    dense: u32,
}

/// Nodes with more children than this get a dense child table.
const DENSE_MIN: u32 = 9;

/// Words of the three-byte prefix filter (2^16 bits).
const PREFIX_WORDS: usize = 1 << 10;

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
        order.sort_unstable_by(|&a, &b| {
            let (pa, pb) = (phrases[a].as_ref(), phrases[b].as_ref());
            let bytes = if fold {
                (pa.iter().map(|&x| key(x))).cmp(pb.iter().map(|&x| key(x)))
            } else {
                pa.cmp(pb)
            };
            bytes.then(a.cmp(&b))
        });
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
                Node {
                    phrase: phrase_of[k],
                    first: first[k],
                    count,
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
        for p in &phrases {
            match *p.as_ref() {
                [] => {}
                [a] | [a, _] => short[usize::from(key(a))] = true,
                [a, b, c, ..] => {
                    let bit = prefix_bit(key(a), key(b), key(c));
                    prefix3[bit / 64] |= 1 << (bit % 64);
                }
            }
        }
        PrefixTrie {
            root,
            nodes,
            edges,
            dense,
            map,
            prefix3,
            short,
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
        if !self.short[usize::from(first)] {
            if let (Some(&b), Some(&c)) = (text.get(at + 1), text.get(at + 2)) {
                let bit = prefix_bit(first, self.key(b), self.key(c));
                if self.prefix3[bit / 64] & (1 << (bit % 64)) == 0 {
                    return None;
                }
            }
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
            let child = if n.dense != NONE {
                self.dense[n.dense as usize + b as usize]
            } else {
                // Few children: a scan.
                let kids = &self.edges[n.first as usize..(n.first + n.count) as usize];
                kids.iter().find(|e| e.0 == b).map_or(0, |e| e.1)
            };
            if child == 0 {
                break;
            }
            node = child as usize;
        }
        best
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
