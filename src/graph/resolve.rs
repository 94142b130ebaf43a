//! Cross-article entity resolution: from a [`GraphStore`] to a [`KnowledgeGraph`].
//!
//! The only merge across ids is a surname-only person joining the one full
//! name in the whole store that ends with that surname (or lists it as an
//! alias). Full names never map further, so there are no transitive chains.

use std::collections::{BTreeMap, BTreeSet};

use petgraph::stable_graph::StableDiGraph;

use super::{
    GraphStore, KnowledgeGraph, Link, LinkEvidence, Node, NodeAffiliation, Quote, SAYS_ABOUT,
    SAYS_ABOUT_CAMEO,
};
use crate::model::{EntityKind, Modality};

fn fold(s: &str) -> String {
    s.chars().flat_map(char::to_lowercase).collect()
}

/// Maps every extracted id in the store to its resolved id.
pub(crate) fn resolution_map(store: &GraphStore) -> BTreeMap<String, String> {
    // Names per extracted id.
    let mut names: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for f in store.entities.values() {
        let set = names.entry(f.id.as_str()).or_default();
        set.insert(f.name.as_str());
        set.extend(f.aliases.iter().map(String::as_str));
    }
    // Surname (folded) -> person ids with a multi-word name ending in it.
    let mut by_surname: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
    // An id's names are the same for each of its facts: index them once per id
    // (not once per article that mentions it, which is quadratic for busy ids).
    let mut indexed: BTreeSet<&str> = BTreeSet::new();
    for f in store.entities.values() {
        if f.kind != EntityKind::Person || f.name.split_whitespace().count() < 2 {
            continue;
        }
        if !indexed.insert(f.id.as_str()) {
            continue;
        }
        for n in names.get(f.id.as_str()).into_iter().flatten() {
            let words: Vec<&str> = n.split_whitespace().collect();
            if words.len() == 1 {
                by_surname
                    .entry(fold(words[0]))
                    .or_default()
                    .insert(f.id.as_str());
            } else if let Some(last) = words.last() {
                by_surname
                    .entry(fold(last))
                    .or_default()
                    .insert(f.id.as_str());
            }
        }
    }
    let mut map = BTreeMap::new();
    for f in store.entities.values() {
        if map.contains_key(&f.id) {
            continue;
        }
        let mut to = f.id.clone();
        if f.kind == EntityKind::Person && f.name.split_whitespace().count() == 1 {
            if let Some(c) = by_surname.get(&fold(&f.name)) {
                let others: Vec<&&str> = c.iter().filter(|c| **c != f.id).collect();
                if others.len() == 1 && c.len() <= 2 {
                    to = others[0].to_string();
                }
            }
        }
        map.insert(f.id.clone(), to);
    }
    map
}

fn resolved<'a>(map: &'a BTreeMap<String, String>, id: &'a str) -> &'a str {
    map.get(id).map(String::as_str).unwrap_or(id)
}

fn raw_if_changed(raw: &str, to: &str) -> Option<String> {
    (raw != to).then(|| raw.to_string())
}

/// (source, target, type) of a link.
type LinkKey = (String, String, String);

pub(crate) fn build(store: GraphStore) -> KnowledgeGraph {
    let map = resolution_map(&store);

    // Nodes.
    let mut nodes: BTreeMap<String, Node> = BTreeMap::new();
    let mut name_votes: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    for f in store.entities.values() {
        let id = resolved(&map, &f.id).to_string();
        let node = nodes.entry(id.clone()).or_insert_with(|| Node {
            id: id.clone(),
            name: String::new(),
            kind: EntityKind::of_id(&id).unwrap_or(f.kind),
            aliases: BTreeSet::new(),
            mention_count: 0,
            articles: BTreeSet::new(),
            affiliations: BTreeSet::new(),
            members: Vec::new(),
        });
        node.aliases.extend(f.aliases.iter().cloned());
        node.mention_count += f.mentions.len();
        node.articles.insert(f.article.clone());
        for (title, org) in &f.affiliations {
            node.affiliations.insert(NodeAffiliation {
                title: title.clone(),
                org: org.as_deref().map(|o| resolved(&map, o).to_string()),
            });
        }
        node.members.push(f.clone());
        // Names of the id the node is named after win; among them the most used, then the longest.
        if f.id == id {
            *name_votes
                .entry(id)
                .or_default()
                .entry(f.name.clone())
                .or_default() += 1;
        }
    }
    for (id, node) in nodes.iter_mut() {
        node.name = name_votes
            .get(id)
            .and_then(|v| {
                v.iter()
                    .max_by(|a, b| (a.1, a.0.len(), b.0).cmp(&(b.1, b.0.len(), a.0)))
            })
            .map(|(n, _)| n.clone())
            .or_else(|| node.members.iter().map(|m| m.name.clone()).max())
            .unwrap_or_else(|| id.split_once(':').map(|x| x.1).unwrap_or(id).to_string());
    }

    // Links from relation facts, then from quotes.
    let mut links: BTreeMap<LinkKey, Vec<(LinkEvidence, Option<String>)>> = BTreeMap::new();
    for r in &store.relations {
        let s = resolved(&map, &r.source).to_string();
        let t = resolved(&map, &r.target).to_string();
        let ev = LinkEvidence {
            article: r.article.clone(),
            start: r.evidence.start,
            end: r.evidence.end,
            text: r.evidence.text.clone(),
            date: r.date.clone(),
            modality: r.modality,
            sentence: r.sentence.clone(),
            title: r.title.clone(),
            rule: r.rule.clone(),
            cameo: r.cameo.clone(),
            raw_source: raw_if_changed(&r.source, &s),
            raw_target: raw_if_changed(&r.target, &t),
        };
        links
            .entry((s, t, r.rel_type.clone()))
            .or_default()
            .push((ev, r.cameo.clone()));
    }
    let mut quotes = Vec::with_capacity(store.quotes.len());
    for q in &store.quotes {
        let speaker = q.speaker.as_deref().map(|s| resolved(&map, s).to_string());
        let mut about: Vec<String> = q
            .about
            .iter()
            .map(|a| resolved(&map, a).to_string())
            .collect();
        about.sort();
        about.dedup();
        let raw_about: Vec<String> = q.about.iter().cloned().collect();
        let about_changed = raw_about != about;
        if let Some(sp) = &speaker {
            for a in about.iter().filter(|a| *a != sp) {
                let ev = LinkEvidence {
                    article: q.article.clone(),
                    start: q.content.start,
                    end: q.content.end,
                    text: q.content.text.clone(),
                    date: q.date.clone(),
                    modality: Modality::Reported,
                    sentence: None,
                    title: None,
                    rule: "quote".to_string(),
                    cameo: None,
                    raw_source: None,
                    raw_target: None,
                };
                links
                    .entry((sp.clone(), a.clone(), SAYS_ABOUT.to_string()))
                    .or_default()
                    .push((ev, Some(SAYS_ABOUT_CAMEO.to_string())));
            }
        }
        quotes.push(Quote {
            article: q.article.clone(),
            raw_speaker: match (&q.speaker, &speaker) {
                (Some(r), Some(s)) => raw_if_changed(r, s),
                _ => None,
            },
            speaker,
            content: q.content.clone(),
            cue: q.cue.clone(),
            speaker_mention: q.speaker_mention.clone(),
            direct: q.direct,
            about,
            date: q.date.clone(),
            raw_about: about_changed.then_some(raw_about),
        });
    }
    quotes.sort();

    // Any id a link names without an entity fact still gets a node.
    for (s, t, _) in links.keys() {
        for id in [s, t] {
            nodes.entry(id.clone()).or_insert_with(|| Node {
                id: id.clone(),
                name: id.split_once(':').map(|x| x.1).unwrap_or(id).to_string(),
                kind: EntityKind::of_id(id).unwrap_or(EntityKind::Organization),
                aliases: BTreeSet::new(),
                mention_count: 0,
                articles: BTreeSet::new(),
                affiliations: BTreeSet::new(),
                members: Vec::new(),
            });
        }
    }

    let mut graph = StableDiGraph::with_capacity(nodes.len(), links.len());
    let mut index = BTreeMap::new();
    for (id, node) in nodes {
        index.insert(id, graph.add_node(node));
    }
    for ((s, t, ty), mut evs) in links {
        evs.sort();
        evs.dedup();
        let mut votes: BTreeMap<&str, usize> = BTreeMap::new();
        for (_, c) in &evs {
            if let Some(c) = c {
                *votes.entry(c.as_str()).or_default() += 1;
            }
        }
        let cameo = votes
            .iter()
            .max_by(|a, b| (a.1, a.0.len(), b.0).cmp(&(b.1, b.0.len(), a.0)))
            .map(|(c, _)| c.to_string());
        let link = Link {
            source: s.clone(),
            target: t.clone(),
            rel_type: ty,
            cameo,
            evidence: evs.into_iter().map(|(e, _)| e).collect(),
        };
        graph.add_edge(index[&s], index[&t], link);
    }
    KnowledgeGraph::from_parts(graph, index, quotes, store)
}
