//! Merge laws as properties over random article analyses.
//!
//! Ids, names, spans and dates are drawn from small pools so that facts
//! collide across articles (the interesting case for a union). Stores are
//! compared on the bytes of the `graph.json` they produce, which is what
//! users see and what `build --into` / `merge` read back.

use std::collections::BTreeSet;
use std::path::Path;

use chrono::NaiveDate;
use newsgraph::graph::{
    GraphStore, KnowledgeGraph, SAYS_ABOUT, patch_graph_json, read_graph, read_store,
    write_graph_json,
};
use newsgraph::model::{
    Affiliation, Analysis, ArticleMeta, EntityKind, EntityRecord, Evidence, MentionRecord,
    Modality, QuoteRecord, RelationRecord,
};
use proptest::prelude::*;
use proptest::sample::select;

const ARTICLES: &[&str] = &["a.md", "b.md", "c.md"];
const IDS: &[&str] = &[
    "person:joey-hood",
    "person:ruth-hood",
    "person:hood",
    "person:trump",
    "person:donald-trump",
    "country:iraq",
    "country:united-states",
    "weapon:s-400",
    "org:iraqi-parliament",
];
const NAMES: &[&str] = &[
    "Hood",
    "Joey Hood",
    "Ruth Hood",
    "Trump",
    "Donald Trump",
    "Iraq",
    "U.S.",
    "United States",
    "S-400",
    "Iraqi Parliament",
];
const TEXTS: &[&str] = &[
    "threatened",
    "buy the S-400",
    "We are talking to Russia",
    "“sanctions”",
    "",
];
/// Relation types, including `says_about` stated as a relation (not from a quote).
const TYPES: &[&str] = &[
    "buys",
    "threatens",
    "sanctions",
    "member_of",
    "expels",
    SAYS_ABOUT,
];
const DATES: &[&str] = &["2019-09", "2020-01-05", "2020-01-14", "2020-12-14"];

fn kind() -> impl Strategy<Value = EntityKind> {
    select(EntityKind::ALL.to_vec())
}

fn modality() -> impl Strategy<Value = Modality> {
    select(vec![
        Modality::Asserted,
        Modality::Negated,
        Modality::Intended,
        Modality::Hypothetical,
        Modality::Reported,
    ])
}

fn id() -> impl Strategy<Value = String> {
    select(IDS).prop_map(str::to_string)
}

fn opt<T: std::fmt::Debug + Clone>(
    s: impl Strategy<Value = T>,
) -> impl Strategy<Value = Option<T>> {
    proptest::option::of(s)
}

fn date() -> impl Strategy<Value = String> {
    select(DATES).prop_map(str::to_string)
}

fn evidence() -> impl Strategy<Value = Evidence> {
    (0usize..40, 0usize..8, select(TEXTS)).prop_map(|(start, len, text)| Evidence {
        start,
        end: start + len,
        text: text.to_string(),
    })
}

fn entity() -> impl Strategy<Value = EntityRecord> {
    (
        id(),
        select(NAMES),
        kind(),
        proptest::collection::btree_set(select(NAMES), 0..3),
        proptest::collection::vec((0usize..30, 1usize..6), 0..3),
        proptest::collection::vec(
            (
                opt(select(vec!["President", "General"])),
                opt(id()),
                evidence(),
            ),
            0..2,
        ),
    )
        .prop_map(|(id, name, kind, aliases, spans, affs)| EntityRecord {
            id,
            name: name.to_string(),
            kind,
            aliases: aliases.into_iter().map(str::to_string).collect(),
            affiliations: affs
                .into_iter()
                .map(|(title, org, evidence)| Affiliation {
                    title: title.map(str::to_string),
                    org,
                    evidence,
                })
                .collect(),
            mentions: spans
                .into_iter()
                .map(|(s, l)| MentionRecord {
                    start: s,
                    end: s + l,
                    text: "x".repeat(l),
                    rule: "pattern".to_string(),
                })
                .collect(),
        })
}

fn relation() -> impl Strategy<Value = RelationRecord> {
    (
        id(),
        id(),
        select(TYPES),
        opt(select(vec!["062", "131", "1312"])),
        modality(),
        opt(date()),
        opt(select(vec!["member of parliament"])),
        evidence(),
        opt(evidence()),
        select(vec!["", "verb", "noun"]),
    )
        .prop_map(
            |(source, target, ty, cameo, modality, date, title, evidence, sentence, rule)| {
                RelationRecord {
                    source,
                    target,
                    rel_type: ty.to_string(),
                    cameo: cameo.map(str::to_string),
                    modality,
                    date,
                    title: title.map(str::to_string),
                    evidence,
                    sentence,
                    rule: rule.to_string(),
                }
            },
        )
}

fn quote() -> impl Strategy<Value = QuoteRecord> {
    (
        opt(id()),
        opt(evidence()),
        opt(evidence()),
        evidence(),
        any::<bool>(),
        proptest::collection::btree_set(id(), 0..3),
        opt(date()),
    )
        .prop_map(
            |(speaker, speaker_mention, cue, content, direct, about, date)| QuoteRecord {
                speaker,
                speaker_mention,
                cue,
                content,
                direct,
                about: about.into_iter().collect(),
                date,
            },
        )
}

fn analysis() -> impl Strategy<Value = Analysis> {
    (
        select(ARTICLES),
        opt(select(vec!["Title one", "Title two"])),
        opt(select(vec![
            NaiveDate::from_ymd_opt(2020, 1, 16).expect("date"),
            NaiveDate::from_ymd_opt(2020, 12, 15).expect("date"),
        ])),
        proptest::collection::vec(entity(), 0..4),
        proptest::collection::vec(relation(), 0..4),
        proptest::collection::vec(quote(), 0..3),
    )
        .prop_map(
            |(id, title, published, entities, relations, quotes)| Analysis {
                article: ArticleMeta {
                    id: id.to_string(),
                    path: Some(id.to_string()),
                    title: title.map(str::to_string),
                    published,
                    ..ArticleMeta::default()
                },
                entities,
                relations,
                quotes,
            },
        )
}

fn analyses() -> impl Strategy<Value = Vec<Analysis>> {
    proptest::collection::vec(analysis(), 0..4)
}

fn store(an: &[Analysis]) -> GraphStore {
    let mut s = GraphStore::new();
    for a in an {
        s.add_analysis(a);
    }
    s
}

fn merged(a: &GraphStore, b: &GraphStore) -> GraphStore {
    let mut m = a.clone();
    m.merge(b);
    m
}

fn bytes_of(g: &KnowledgeGraph) -> Vec<u8> {
    let mut out = Vec::new();
    write_graph_json(g, &mut out).expect("writing to memory");
    out
}

fn bytes(s: &GraphStore) -> Vec<u8> {
    bytes_of(&KnowledgeGraph::from_store(s.clone()))
}

fn read(b: &[u8]) -> KnowledgeGraph {
    read_graph(b, Path::new("<memory>")).expect("reading back what was written")
}

fn read_facts(b: &[u8]) -> GraphStore {
    read_store(b, Path::new("<memory>")).expect("reading back what was written")
}

/// Text of both sides for a failure message.
fn show(a: &[u8], b: &[u8]) -> String {
    format!(
        "left:\n{}\nright:\n{}",
        String::from_utf8_lossy(a),
        String::from_utf8_lossy(b)
    )
}

/// (evidence pieces not derived from quotes, quotes, mentions) in a graph.
fn evidence_counts(g: &KnowledgeGraph) -> (usize, usize, usize) {
    let rel = g
        .links()
        .flat_map(|l| l.evidence.iter().map(move |e| (l, e)))
        .filter(|(l, e)| !(l.rel_type == SAYS_ABOUT && e.rule == "quote"))
        .count();
    let mentions = g.nodes().map(|n| n.mention_count).sum();
    (rel, g.quotes.len(), mentions)
}

/// The same counts computed straight from the facts.
fn fact_counts(s: &GraphStore) -> (usize, usize, usize) {
    (
        s.relations.len(),
        s.quotes.len(),
        s.entities.values().map(|f| f.mentions.len()).sum(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn merge_is_commutative(a in analyses(), b in analyses()) {
        let (a, b) = (store(&a), store(&b));
        let (ab, ba) = (bytes(&merged(&a, &b)), bytes(&merged(&b, &a)));
        prop_assert!(ab == ba, "{}", show(&ab, &ba));
    }

    #[test]
    fn merge_is_associative(a in analyses(), b in analyses(), c in analyses()) {
        let (a, b, c) = (store(&a), store(&b), store(&c));
        let left = bytes(&merged(&merged(&a, &b), &c));
        let right = bytes(&merged(&a, &merged(&b, &c)));
        prop_assert!(left == right, "{}", show(&left, &right));
    }

    #[test]
    fn merge_is_idempotent(a in analyses()) {
        let a = store(&a);
        let (aa, one) = (bytes(&merged(&a, &a)), bytes(&a));
        prop_assert!(aa == one, "{}", show(&aa, &one));
        // Adding the same analyses again changes nothing either.
        let mut again = a.clone();
        for f in a.entities.values() {
            again.add_entity_fact(f.clone());
        }
        prop_assert_eq!(&again, &a);
    }

    #[test]
    fn write_read_write_is_byte_identical(a in analyses()) {
        let s = store(&a);
        let first = bytes(&s);
        let back = read(&first);
        prop_assert_eq!(&read_facts(&first), &s, "the fact store survives the file");
        let second = bytes_of(&back);
        prop_assert!(first == second, "{}", show(&first, &second));
    }

    #[test]
    fn all_at_once_equals_halves_merged_through_files(
        all in analyses().prop_flat_map(|v| { let n = v.len(); (Just(v), 0..=n) })
    ) {
        let (all, cut) = all;
        let once = bytes(&store(&all));
        let (left, right) = all.split_at(cut);
        let mut m = read_facts(&bytes(&store(left)));
        m.merge(&read_facts(&bytes(&store(right))));
        let halves = bytes(&m);
        prop_assert!(once == halves, "{}", show(&once, &halves));
        // And incrementally: one article at a time through the file.
        let mut g = bytes(&GraphStore::new());
        for an in &all {
            let mut s = read_facts(&g);
            s.add_analysis(an);
            g = bytes(&s);
        }
        prop_assert!(once == g, "{}", show(&once, &g));
    }

    #[test]
    fn evidence_is_never_duplicated_or_lost(a in analyses(), b in analyses()) {
        let (sa, sb) = (store(&a), store(&b));
        let m = merged(&sa, &sb);
        // The union, computed independently of GraphStore::merge.
        let rel: BTreeSet<_> = sa.relations.union(&sb.relations).collect();
        let quo: BTreeSet<_> = sa.quotes.union(&sb.quotes).collect();
        let men: BTreeSet<_> = sa
            .entities
            .values()
            .chain(sb.entities.values())
            .flat_map(|f| f.mentions.iter().map(move |sp| (&f.id, &f.article, *sp)))
            .collect();
        let want = (rel.len(), quo.len(), men.len());
        prop_assert_eq!(fact_counts(&m), want);
        // The resolved graph shows each piece once, also after a trip through the file.
        let g = KnowledgeGraph::from_store(m.clone());
        prop_assert_eq!(evidence_counts(&g), want);
        prop_assert_eq!(evidence_counts(&read(&bytes_of(&g))), want);
        for l in g.links() {
            let distinct: BTreeSet<_> = l.evidence.iter().collect();
            prop_assert_eq!(distinct.len(), l.evidence.len(), "duplicate evidence on a link");
        }
        // Merging more never loses anything.
        prop_assert!(fact_counts(&m).0 >= fact_counts(&sa).0.max(fact_counts(&sb).0));
    }

    #[test]
    fn patching_the_file_equals_rebuilding_it(old in analyses(), new in analyses()) {
        // `build --into` with graph.json alone: the old file patched with the
        // new articles' facts must be the file a full rebuild writes.
        let new: Vec<Analysis> = new
            .into_iter()
            .map(|mut a| {
                a.article.id = format!("new-{}", a.article.id);
                a
            })
            .collect();
        let (old, added) = (store(&old), store(&new));
        let file = bytes(&old);
        let patched = patch_graph_json(&file, &added)
            .expect("our own layout, and no article already in it");
        let mut out = Vec::new();
        patched.write(&mut out).expect("writing to memory");
        let full = KnowledgeGraph::from_store(merged(&old, &added));
        let want = bytes_of(&full);
        prop_assert!(out == want, "{}", show(&out, &want));
        let c = patched.counts();
        prop_assert_eq!(
            (c.articles, c.nodes, c.links, c.quotes),
            (full.articles.len(), full.node_count(), full.link_count(), full.quotes.len())
        );
    }

    #[test]
    fn patching_declines_an_article_already_in_the_file(a in analyses()) {
        let s = store(&a);
        let file = bytes(&s);
        // Re-adding an article unites it with its old facts: left to the full path.
        prop_assert_eq!(patch_graph_json(&file, &s).is_none(), !s.articles.is_empty());
    }

    #[test]
    fn patching_a_damaged_file_never_panics(
        old in analyses(),
        new in analyses(),
        cut in (0usize..4000, 0usize..200, any::<u8>()),
    ) {
        // Cut or overwrite bytes anywhere in the old file: the patch either
        // declines (the full path then reports the damage) or writes something.
        let mut file = bytes(&store(&old));
        let (at, len, b) = cut;
        let at = at.min(file.len());
        let end = (at + len).min(file.len());
        if b % 2 == 0 {
            file.drain(at..end);
        } else {
            file[at..end].iter_mut().for_each(|x| *x = b);
        }
        if let Some(p) = patch_graph_json(&file, &store(&new)) {
            let mut out = Vec::new();
            p.write(&mut out).expect("writing to memory");
        }
    }
}
