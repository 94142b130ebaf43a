//! Hand-written JSON for the items of `graph.json` that make most of it
//! (quotes, about half the file, nodes and links), byte for byte what `serde_json` writes for
//! them (the tests compare both on every shape), without its per-byte
//! string loop: strings are scanned eight bytes at a time for the few bytes
//! that need escaping.

use super::{EntityFact, Link, LinkEvidence, Node, Quote};
use crate::model::{
    Analysis, ArticleMeta, EntityRecord, Evidence, MentionRecord, QuoteRecord, RelationRecord,
};

/// True when some byte of `w` is below 0x20, a `"` or a `\`.
fn needs_escape(w: u64) -> bool {
    escape_mask(w) != 0
}

/// The high bit of each byte of `w` (little-endian: first byte lowest) that is
/// below 0x20, a `"` or a `\`. A borrow can also mark a byte above a marked
/// one, never below it: the lowest mark is always the first such byte.
fn escape_mask(w: u64) -> u64 {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let control = w.wrapping_sub(LO * 0x20) & !w & HI;
    let q = w ^ (LO * u64::from(b'"'));
    let quote = q.wrapping_sub(LO) & !q & HI;
    let s = w ^ (LO * u64::from(b'\\'));
    let slash = s.wrapping_sub(LO) & !s & HI;
    control | quote | slash
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// A JSON string, escaped as `serde_json` escapes it.
pub(super) fn put_str(b: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    b.reserve(bytes.len() + 2);
    b.push(b'"');
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let mut w = [0u8; 8];
        if i + 8 <= bytes.len() {
            w.copy_from_slice(&bytes[i..i + 8]);
            let mask = escape_mask(u64::from_le_bytes(w));
            if mask == 0 {
                i += 8;
                continue;
            }
            // Straight to the first byte to escape (text with line breaks has
            // one every line).
            i += (mask.trailing_zeros() / 8) as usize;
        } else if bytes.len() >= 8 {
            // The last eight bytes (some already written or seen): most
            // strings end with nothing to escape, seen in one step instead
            // of byte by byte.
            w.copy_from_slice(&bytes[bytes.len() - 8..]);
            if !needs_escape(u64::from_le_bytes(w)) {
                break;
            }
        }
        let c = bytes[i];
        let esc: &[u8] = match c {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0c => b"\\f",
            0..=0x1f => &[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(c >> 4)],
                HEX[usize::from(c & 0xf)],
            ],
            _ => {
                i += 1;
                continue;
            }
        };
        b.extend_from_slice(&bytes[start..i]);
        b.extend_from_slice(esc);
        i += 1;
        start = i;
    }
    b.extend_from_slice(&bytes[start..]);
    b.push(b'"');
}

/// The two-digit numbers 00 to 99, back to back.
const DIGIT_PAIRS: &[u8; 200] = b"\
0001020304050607080910111213141516171819\
2021222324252627282930313233343536373839\
4041424344454647484950515253545556575859\
6061626364656667686970717273747576777879\
8081828384858687888990919293949596979899";

/// A number in decimal, two digits per division (byte offsets have four to
/// six digits: a third of the tail's `graph.json` instructions went to one
/// division per digit).
fn put_usize(b: &mut Vec<u8>, n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = n;
    while n >= 100 {
        let pair = (n % 100) * 2;
        n /= 100;
        at -= 2;
        digits[at..at + 2].copy_from_slice(&DIGIT_PAIRS[pair..pair + 2]);
    }
    if n >= 10 {
        at -= 2;
        digits[at..at + 2].copy_from_slice(&DIGIT_PAIRS[n * 2..n * 2 + 2]);
    } else {
        at -= 1;
        digits[at] = b'0' + n as u8;
    }
    b.extend_from_slice(&digits[at..]);
}

fn put_opt_str(b: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => put_str(b, s),
        None => b.extend_from_slice(b"null"),
    }
}

/// A JSON array: `[`, each item written by `put` with commas between, `]`.
fn put_seq<T>(
    b: &mut Vec<u8>,
    items: impl IntoIterator<Item = T>,
    mut put: impl FnMut(&mut Vec<u8>, T),
) {
    b.push(b'[');
    for (i, x) in items.into_iter().enumerate() {
        if i > 0 {
            b.push(b',');
        }
        put(b, x);
    }
    b.push(b']');
}

fn put_strs<'a>(b: &mut Vec<u8>, items: impl IntoIterator<Item = &'a String>) {
    put_seq(b, items, |b, s| put_str(b, s));
}

fn put_evidence(b: &mut Vec<u8>, e: &Evidence) {
    b.extend_from_slice(b"{\"start\":");
    put_usize(b, e.start);
    b.extend_from_slice(b",\"end\":");
    put_usize(b, e.end);
    b.extend_from_slice(b",\"text\":");
    put_str(b, &e.text);
    b.push(b'}');
}

fn put_opt_evidence(b: &mut Vec<u8>, e: Option<&Evidence>) {
    match e {
        Some(e) => put_evidence(b, e),
        None => b.extend_from_slice(b"null"),
    }
}

/// `serde_json::to_writer(b, q)`.
pub(super) fn put_quote(b: &mut Vec<u8>, q: &Quote) {
    b.extend_from_slice(b"{\"article\":");
    put_str(b, &q.article);
    b.extend_from_slice(b",\"speaker\":");
    put_opt_str(b, q.speaker.as_deref());
    b.extend_from_slice(b",\"content\":");
    put_evidence(b, &q.content);
    b.extend_from_slice(b",\"cue\":");
    put_opt_evidence(b, q.cue.as_ref());
    b.extend_from_slice(b",\"speaker_mention\":");
    put_opt_evidence(b, q.speaker_mention.as_ref());
    b.extend_from_slice(if q.direct {
        b",\"direct\":true"
    } else {
        b",\"direct\":false"
    });
    b.extend_from_slice(b",\"about\":");
    put_strs(b, &q.about);
    b.extend_from_slice(b",\"date\":");
    put_opt_str(b, q.date.as_deref());
    if let Some(r) = &q.raw_speaker {
        b.extend_from_slice(b",\"raw_speaker\":");
        put_str(b, r);
    }
    if let Some(r) = &q.raw_about {
        b.extend_from_slice(b",\"raw_about\":");
        put_strs(b, r);
    }
    b.push(b'}');
}

/// A name that needs no escaping (a kind or a modality), quoted.
fn put_name(b: &mut Vec<u8>, name: &str) {
    b.push(b'"');
    b.extend_from_slice(name.as_bytes());
    b.push(b'"');
}

fn put_link_evidence(b: &mut Vec<u8>, e: &LinkEvidence) {
    b.extend_from_slice(b"{\"article\":");
    put_str(b, &e.article);
    b.extend_from_slice(b",\"start\":");
    put_usize(b, e.start);
    b.extend_from_slice(b",\"end\":");
    put_usize(b, e.end);
    b.extend_from_slice(b",\"text\":");
    put_str(b, &e.text);
    b.extend_from_slice(b",\"date\":");
    put_opt_str(b, e.date.as_deref());
    b.extend_from_slice(b",\"modality\":");
    put_name(b, e.modality.as_str());
    if let Some(s) = &e.sentence {
        b.extend_from_slice(b",\"sentence\":");
        put_evidence(b, s);
    }
    if let Some(t) = &e.title {
        b.extend_from_slice(b",\"title\":");
        put_str(b, t);
    }
    if !e.rule.is_empty() {
        b.extend_from_slice(b",\"rule\":");
        put_str(b, &e.rule);
    }
    if let Some(c) = &e.cameo {
        b.extend_from_slice(b",\"cameo\":");
        put_str(b, c);
    }
    if let Some(r) = &e.raw_source {
        b.extend_from_slice(b",\"raw_source\":");
        put_str(b, r);
    }
    if let Some(r) = &e.raw_target {
        b.extend_from_slice(b",\"raw_target\":");
        put_str(b, r);
    }
    b.push(b'}');
}

/// `serde_json::to_writer(b, &link_out(l))`.
pub(super) fn put_link(b: &mut Vec<u8>, l: &Link) {
    b.extend_from_slice(b"{\"source\":");
    put_str(b, &l.source);
    b.extend_from_slice(b",\"target\":");
    put_str(b, &l.target);
    b.extend_from_slice(b",\"key\":");
    put_str(b, l.key());
    b.extend_from_slice(b",\"type\":");
    put_str(b, &l.rel_type);
    b.extend_from_slice(b",\"cameo\":");
    put_opt_str(b, l.cameo.as_deref());
    b.extend_from_slice(b",\"count\":");
    put_usize(b, l.count());
    b.extend_from_slice(b",\"first_date\":");
    put_opt_str(b, l.first_date());
    b.extend_from_slice(b",\"last_date\":");
    put_opt_str(b, l.last_date());
    b.extend_from_slice(b",\"evidence\":");
    put_seq(b, &l.evidence, put_link_evidence);
    b.push(b'}');
}

/// `serde_json::to_writer(b, a)`.
pub(super) fn put_article(b: &mut Vec<u8>, a: &ArticleMeta) {
    b.extend_from_slice(b"{\"id\":");
    put_str(b, &a.id);
    b.extend_from_slice(b",\"path\":");
    put_opt_str(b, a.path.as_deref());
    b.extend_from_slice(b",\"title\":");
    put_opt_str(b, a.title.as_deref());
    b.extend_from_slice(b",\"published\":");
    match a.published {
        // chrono writes a date as its `Display` text.
        Some(d) => put_str(b, &d.to_string()),
        None => b.extend_from_slice(b"null"),
    }
    b.extend_from_slice(b",\"author\":");
    put_opt_str(b, a.author.as_deref());
    b.extend_from_slice(b",\"source\":");
    put_opt_str(b, a.source.as_deref());
    if let Some(u) = &a.url {
        b.extend_from_slice(b",\"url\":");
        put_str(b, u);
    }
    b.push(b'}');
}

/// `serde_json::to_writer(b, a)` for one `extract` output line (without its
/// line break): the serialisation was a sixth of `extract`'s instructions.
pub fn put_analysis(b: &mut Vec<u8>, a: &Analysis) {
    b.extend_from_slice(b"{\"article\":");
    put_article(b, &a.article);
    b.extend_from_slice(b",\"entities\":");
    put_seq(b, &a.entities, put_entity_record);
    b.extend_from_slice(b",\"relations\":");
    put_seq(b, &a.relations, put_relation_record);
    b.extend_from_slice(b",\"quotes\":");
    put_seq(b, &a.quotes, put_quote_record);
    b.push(b'}');
}

fn put_entity_record(b: &mut Vec<u8>, e: &EntityRecord) {
    b.extend_from_slice(b"{\"id\":");
    put_str(b, &e.id);
    b.extend_from_slice(b",\"name\":");
    put_str(b, &e.name);
    b.extend_from_slice(b",\"kind\":\"");
    b.extend_from_slice(e.kind.as_str().as_bytes());
    b.extend_from_slice(b"\",\"aliases\":");
    put_strs(b, &e.aliases);
    if !e.affiliations.is_empty() {
        b.extend_from_slice(b",\"affiliations\":");
        put_seq(b, &e.affiliations, |b, f| {
            b.extend_from_slice(b"{\"title\":");
            put_opt_str(b, f.title.as_deref());
            b.extend_from_slice(b",\"org\":");
            put_opt_str(b, f.org.as_deref());
            b.extend_from_slice(b",\"evidence\":");
            put_evidence(b, &f.evidence);
            b.push(b'}');
        });
    }
    b.extend_from_slice(b",\"mentions\":");
    put_seq(b, &e.mentions, put_mention_record);
    b.push(b'}');
}

fn put_mention_record(b: &mut Vec<u8>, m: &MentionRecord) {
    b.extend_from_slice(b"{\"start\":");
    put_usize(b, m.start);
    b.extend_from_slice(b",\"end\":");
    put_usize(b, m.end);
    b.extend_from_slice(b",\"text\":");
    put_str(b, &m.text);
    if !m.rule.is_empty() {
        b.extend_from_slice(b",\"rule\":");
        put_str(b, &m.rule);
    }
    b.push(b'}');
}

fn put_relation_record(b: &mut Vec<u8>, r: &RelationRecord) {
    b.extend_from_slice(b"{\"source\":");
    put_str(b, &r.source);
    b.extend_from_slice(b",\"target\":");
    put_str(b, &r.target);
    b.extend_from_slice(b",\"type\":");
    put_str(b, &r.rel_type);
    b.extend_from_slice(b",\"cameo\":");
    put_opt_str(b, r.cameo.as_deref());
    b.extend_from_slice(b",\"modality\":\"");
    b.extend_from_slice(r.modality.as_str().as_bytes());
    b.extend_from_slice(b"\",\"date\":");
    put_opt_str(b, r.date.as_deref());
    if let Some(t) = &r.title {
        b.extend_from_slice(b",\"title\":");
        put_str(b, t);
    }
    b.extend_from_slice(b",\"evidence\":");
    put_evidence(b, &r.evidence);
    if let Some(s) = &r.sentence {
        b.extend_from_slice(b",\"sentence\":");
        put_evidence(b, s);
    }
    if !r.rule.is_empty() {
        b.extend_from_slice(b",\"rule\":");
        put_str(b, &r.rule);
    }
    b.push(b'}');
}

fn put_quote_record(b: &mut Vec<u8>, q: &QuoteRecord) {
    b.extend_from_slice(b"{\"speaker\":");
    put_opt_str(b, q.speaker.as_deref());
    b.extend_from_slice(b",\"speaker_mention\":");
    put_opt_evidence(b, q.speaker_mention.as_ref());
    b.extend_from_slice(b",\"cue\":");
    put_opt_evidence(b, q.cue.as_ref());
    b.extend_from_slice(b",\"content\":");
    put_evidence(b, &q.content);
    b.extend_from_slice(if q.direct {
        b",\"direct\":true,\"about\":"
    } else {
        b",\"direct\":false,\"about\":"
    });
    put_strs(b, &q.about);
    b.extend_from_slice(b",\"date\":");
    put_opt_str(b, q.date.as_deref());
    b.push(b'}');
}

fn put_member(b: &mut Vec<u8>, f: &EntityFact) {
    b.extend_from_slice(b"{\"id\":");
    put_str(b, &f.id);
    b.extend_from_slice(b",\"article\":");
    put_str(b, &f.article);
    b.extend_from_slice(b",\"kind\":");
    put_name(b, f.kind.as_str());
    b.extend_from_slice(b",\"name\":");
    put_str(b, &f.name);
    b.extend_from_slice(b",\"aliases\":");
    put_strs(b, &f.aliases);
    b.extend_from_slice(b",\"mentions\":");
    put_seq(b, &f.mentions, |b, &(s, e)| {
        b.push(b'[');
        put_usize(b, s);
        b.push(b',');
        put_usize(b, e);
        b.push(b']');
    });
    if !f.affiliations.is_empty() {
        b.extend_from_slice(b",\"affiliations\":");
        put_seq(b, &f.affiliations, |b, (title, org)| {
            b.push(b'[');
            put_opt_str(b, title.as_deref());
            b.push(b',');
            put_opt_str(b, org.as_deref());
            b.push(b']');
        });
    }
    b.push(b'}');
}

/// `serde_json::to_writer(b, &node_out(n))`.
pub(super) fn put_node(b: &mut Vec<u8>, n: &Node) {
    b.extend_from_slice(b"{\"id\":");
    put_str(b, &n.id);
    b.extend_from_slice(b",\"name\":");
    put_str(b, &n.name);
    b.extend_from_slice(b",\"kind\":");
    put_name(b, n.kind.as_str());
    b.extend_from_slice(b",\"aliases\":");
    put_strs(b, &n.aliases);
    b.extend_from_slice(b",\"mention_count\":");
    put_usize(b, n.mention_count);
    b.extend_from_slice(b",\"articles\":");
    put_strs(b, &n.articles);
    b.extend_from_slice(b",\"affiliations\":");
    put_seq(b, &n.affiliations, |b, a| {
        b.extend_from_slice(b"{\"title\":");
        put_opt_str(b, a.title.as_deref());
        b.extend_from_slice(b",\"org\":");
        put_opt_str(b, a.org.as_deref());
        b.push(b'}');
    });
    b.extend_from_slice(b",\"members\":");
    put_seq(b, &n.members, put_member);
    b.push(b'}');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::NodeAffiliation;
    use crate::graph::json::{link_out, node_out};
    use crate::model::{EntityKind, Modality};

    fn ev(start: usize, text: &str) -> Evidence {
        Evidence {
            start,
            end: start + text.len(),
            text: text.to_string(),
        }
    }

    /// `put_usize` writes the numbers serde_json writes.
    #[test]
    fn numbers_as_serde_writes_them() {
        let mut ns: Vec<usize> = (0..2000).collect();
        let mut p = 1usize;
        while let Some(q) = p.checked_mul(10) {
            ns.extend([p - 1, p, p + 1, q - 1]);
            p = q;
        }
        ns.extend([usize::MAX, usize::MAX - 1, 12_345_678_901, 4_294_967_296]);
        for n in ns {
            let mut mine = Vec::new();
            put_usize(&mut mine, n);
            assert_eq!(mine, serde_json::to_vec(&n).unwrap(), "{n}");
        }
    }

    /// `put_str` escapes as serde_json does, with two characters to escape (or
    /// not) at every pair of places of strings around the eight-byte steps.
    #[test]
    fn strings_as_serde_writes_them() {
        let specials = [
            "\"", "\\", "\n", "\r", "\t", "\u{1}", "\u{8}", "\u{c}", "\u{1f}", " ", "!", "#", "]",
            "é", "\u{7f}",
        ];
        for len in [1, 7, 8, 9, 15, 16, 17, 24, 31] {
            let base: Vec<String> = (0..len)
                .map(|k| ((b'a' + k as u8 % 26) as char).to_string())
                .collect();
            for p1 in 0..len {
                for p2 in p1..len {
                    for a in specials {
                        for b in specials {
                            let mut t = base.clone();
                            t[p1] = a.to_string();
                            if p2 > p1 {
                                t[p2] = b.to_string();
                            }
                            let t = t.concat();
                            let mut mine = Vec::new();
                            put_str(&mut mine, &t);
                            assert_eq!(mine, serde_json::to_vec(&t).unwrap(), "{t:?}");
                        }
                    }
                }
            }
        }
    }

    /// `put_analysis` writes serde_json's bytes: every optional field set and
    /// not, every escape, and the pipeline's own analyses.
    #[test]
    fn analyses_as_serde_writes_them() {
        use crate::model::{
            Affiliation, Analysis, EntityRecord, MentionRecord, QuoteRecord, RelationRecord,
        };
        let check = |a: &Analysis| {
            let mut mine = Vec::new();
            put_analysis(&mut mine, a);
            let theirs = serde_json::to_vec(a).unwrap();
            assert_eq!(
                String::from_utf8_lossy(&mine),
                String::from_utf8_lossy(&theirs)
            );
        };
        let ts = texts();
        for (i, t) in ts.iter().enumerate() {
            let opt = |k: usize| (i % k == 0).then(|| t.clone());
            let meta = ArticleMeta {
                id: t.clone(),
                path: opt(2),
                title: opt(3),
                published: (i % 2 == 1)
                    .then(|| chrono::NaiveDate::from_ymd_opt(2020, 1, 16).unwrap()),
                author: opt(5),
                source: opt(4),
                url: opt(3),
            };
            let a = Analysis {
                article: meta,
                entities: vec![EntityRecord {
                    id: t.clone(),
                    name: format!("{t}n"),
                    kind: EntityKind::ALL[i % 5],
                    aliases: ts.iter().take(i % 3).cloned().collect(),
                    affiliations: (0..i % 3)
                        .map(|k| Affiliation {
                            title: opt(k + 1),
                            org: opt(k + 2),
                            evidence: ev(k, t),
                        })
                        .collect(),
                    mentions: (0..i % 4)
                        .map(|k| MentionRecord {
                            start: k * 1000,
                            end: usize::MAX - k,
                            text: t.clone(),
                            rule: opt(k + 1).unwrap_or_default(),
                        })
                        .collect(),
                }],
                relations: (0..i % 3)
                    .map(|k| RelationRecord {
                        source: t.clone(),
                        target: "country:iraq".into(),
                        rel_type: t.clone(),
                        cameo: opt(k + 1),
                        modality: [Modality::Asserted, Modality::Negated, Modality::Reported][k],
                        date: opt(k + 2),
                        title: opt(k + 3),
                        evidence: ev(i, t),
                        sentence: (k % 2 == 0).then(|| ev(0, t)),
                        rule: opt(2).unwrap_or_default(),
                    })
                    .collect(),
                quotes: (0..i % 3)
                    .map(|k| QuoteRecord {
                        speaker: opt(k + 1),
                        speaker_mention: (k != 1).then(|| ev(1, t)),
                        cue: (k != 2).then(|| ev(2, t)),
                        content: ev(3, t),
                        direct: k == 0,
                        about: ts.iter().skip(i).take(k).cloned().collect(),
                        date: opt(k + 2),
                    })
                    .collect(),
            };
            check(&a);
        }
        check(&Analysis {
            article: ArticleMeta::default(),
            entities: vec![],
            relations: vec![],
            quotes: vec![],
        });
        let p = crate::pipeline::Pipeline::builtin().unwrap();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/articles");
        let mut n = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let a = p.analyze(&crate::article::Article::from_text("a", &text));
            check(&a);
            n += 1;
        }
        assert!(n > 0);
    }

    /// Strings with every kind of byte serde_json escapes, at every offset
    /// within an eight-byte word, and multi-byte characters.
    fn texts() -> Vec<String> {
        let mut v: Vec<String> = vec![
            String::new(),
            "plain".into(),
            "exactly8".into(),
            "sixteen bytes ok".into(),
            "Erdoğan said \"no\" — “quoted” \u{7f}\u{80}\u{2028}".into(),
        ];
        let specials = [
            '"', '\\', '\n', '\r', '\t', '\u{8}', '\u{c}', '\u{0}', '\u{1}', '\u{1f}', '\u{1b}',
        ];
        for c in specials {
            for pos in 0..17 {
                let mut s: String = "abcdefghijklmnopq".chars().take(pos).collect();
                s.push(c);
                s.push_str("tail of text é");
                v.push(s);
            }
        }
        v.push((0u8..0x80).map(char::from).collect());
        v
    }

    #[test]
    fn strings_escape_as_serde_json_does() {
        for t in texts() {
            let mut b = Vec::new();
            put_str(&mut b, &t);
            assert_eq!(b, serde_json::to_vec(&t).unwrap(), "{t:?}");
        }
        for n in [0usize, 7, 10, 99, 12345, usize::MAX] {
            let mut b = Vec::new();
            put_usize(&mut b, n);
            assert_eq!(b, serde_json::to_vec(&n).unwrap());
        }
    }

    #[test]
    fn quotes_and_links_write_as_serde_json_does() {
        let texts = texts();
        let modalities = [
            Modality::Asserted,
            Modality::Negated,
            Modality::Intended,
            Modality::Hypothetical,
            Modality::Reported,
        ];
        for (i, t) in texts.iter().enumerate() {
            let some = |k: usize| (i >> k) & 1 == 1;
            let q = Quote {
                article: t.clone(),
                speaker: some(0).then(|| t.clone()),
                content: ev(i, t),
                cue: some(1).then(|| ev(3, "said")),
                speaker_mention: some(2).then(|| ev(i * 1000, t)),
                direct: some(3),
                about: (0..i % 3).map(|k| format!("{t}{k}")).collect(),
                date: some(4).then(|| "2024-01-02".to_string()),
                raw_speaker: some(1).then(|| t.clone()),
                raw_about: some(2).then(|| vec![t.clone(), "x".into()]),
            };
            let mut b = Vec::new();
            put_quote(&mut b, &q);
            assert_eq!(b, serde_json::to_vec(&q).unwrap());
            let e = |k: usize| LinkEvidence {
                article: t.clone(),
                start: i,
                end: i + k,
                text: t.clone(),
                date: some(k).then(|| format!("2020-0{}-01", k + 1)),
                modality: modalities[(i + k) % 5],
                sentence: some(k + 1).then(|| ev(k, t)),
                title: some(k + 2).then(|| t.clone()),
                rule: if some(k + 3) {
                    t.clone()
                } else {
                    String::new()
                },
                cameo: some(k + 4).then(|| "010".to_string()),
                raw_source: some(k).then(|| t.clone()),
                raw_target: some(k + 2).then(|| "person:x".to_string()),
            };
            let l = Link {
                source: t.clone(),
                target: "country:x".into(),
                rel_type: "buys".into(),
                cameo: some(0).then(|| "0871".to_string()),
                evidence: (0..i % 4).map(e).collect(),
            };
            let mut b = Vec::new();
            put_link(&mut b, &l);
            assert_eq!(b, serde_json::to_vec(&link_out(&l)).unwrap());
            let member = |k: usize| EntityFact {
                id: format!("{t}{k}"),
                article: t.clone(),
                kind: EntityKind::ALL[(i + k) % 5],
                name: t.clone(),
                aliases: (0..k).map(|j| format!("{t}{j}")).collect(),
                mentions: (0..k).map(|j| (j * 10, j * 10 + i)).collect(),
                affiliations: (0..(i + k) % 3)
                    .map(|j| {
                        (
                            (j != 1).then(|| t.clone()),
                            (j != 0).then(|| format!("org:{j}")),
                        )
                    })
                    .collect(),
            };
            let n = Node {
                id: t.clone(),
                name: format!("{t}!"),
                kind: EntityKind::ALL[i % 5],
                aliases: (0..i % 3).map(|j| format!("{t}{j}")).collect(),
                mention_count: i * 7,
                articles: (0..i % 4).map(|j| format!("a{j}{t}")).collect(),
                affiliations: (0..i % 3)
                    .map(|j| NodeAffiliation {
                        title: (j != 2).then(|| t.clone()),
                        org: (j != 0).then(|| "org:x".to_string()),
                    })
                    .collect(),
                members: (0..i % 4).map(member).collect(),
            };
            let mut b = Vec::new();
            put_node(&mut b, &n);
            assert_eq!(b, serde_json::to_vec(&node_out(&n)).unwrap());
            let years = [1987, 2024, 1, 0, -44, 9999, 10000, 262_000];
            let a = ArticleMeta {
                id: t.clone(),
                path: some(0).then(|| t.clone()),
                title: some(1).then(|| t.clone()),
                published: some(2)
                    .then(|| chrono::NaiveDate::from_ymd_opt(years[i % years.len()], 2, 28))
                    .flatten(),
                author: some(3).then(|| t.clone()),
                source: some(4).then(|| "Reuters".to_string()),
                url: some(5).then(|| format!("https://x/{t}")),
            };
            let mut b = Vec::new();
            put_article(&mut b, &a);
            assert_eq!(b, serde_json::to_vec(&a).unwrap());
        }
    }
}
