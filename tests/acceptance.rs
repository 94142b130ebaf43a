//! The sample article against what a careful reader extracts from it
//! (`tests/seed-expected.json`, a copy of `shared/seed/expected.json`).

use std::collections::BTreeSet;
use std::path::PathBuf;

use newsgraph::Analysis;
use newsgraph::article::{Input, ReadOptions, read_inputs};
use newsgraph::pipeline::Pipeline;
use serde_json::Value;

fn seed() -> (Analysis, Vec<u8>) {
    let path = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/articles/seed-article.md"
    ));
    let raw = std::fs::read(&path).unwrap();
    let p = Pipeline::builtin().unwrap();
    let mut it = read_inputs(&[path], &ReadOptions::default());
    let Some(Ok(Input::Article(a))) = it.next() else {
        panic!("seed article not read")
    };
    (p.analyze(&a), raw)
}

fn expected() -> Value {
    serde_json::from_str(include_str!("seed-expected.json")).unwrap()
}

/// Entity id of an expected name: the extracted entity whose name or alias is it (or one of its aliases).
fn id_for(a: &Analysis, exp: &Value, name: &str) -> Option<String> {
    let aliases: Vec<String> = exp["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == name)
        .map(|e| {
            e["aliases"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_str().unwrap().to_string())
                .collect()
        })
        .unwrap_or_else(|| vec![name.to_string()]);
    let mut names = vec![name.to_string()];
    names.extend(aliases);
    a.entities
        .iter()
        .find(|e| names.iter().any(|n| e.name == *n || e.aliases.contains(n)))
        .map(|e| e.id.clone())
}

#[test]
fn metadata_is_read() {
    let (a, _) = seed();
    assert_eq!(
        a.article.published.map(|d| d.to_string()).as_deref(),
        Some("2020-01-16")
    );
    assert_eq!(a.article.author.as_deref(), Some("Paul Antonopoulos"));
    assert_eq!(a.article.source.as_deref(), Some("Global Research"));
}

#[test]
fn every_span_points_into_the_original_bytes() {
    let (a, raw) = seed();
    let check = |s: usize, e: usize, t: &str| {
        assert_eq!(std::str::from_utf8(&raw[s..e]).unwrap(), t, "span {s}..{e}");
    };
    for e in &a.entities {
        for m in &e.mentions {
            check(m.start, m.end, &m.text);
        }
    }
    for r in &a.relations {
        check(r.evidence.start, r.evidence.end, &r.evidence.text);
    }
    for q in &a.quotes {
        check(q.content.start, q.content.end, &q.content.text);
    }
}

#[test]
fn required_entities_with_kinds_and_merged_aliases() {
    let (a, raw) = seed();
    let exp = expected();
    let text = String::from_utf8(raw).unwrap();
    let mut failures = Vec::new();
    for e in exp["entities"].as_array().unwrap() {
        let name = e["name"].as_str().unwrap();
        let kind = e["kind"].as_str().unwrap();
        let Some(id) = id_for(&a, &exp, name) else {
            failures.push(format!("{name}: not found"));
            continue;
        };
        let ent = a.entities.iter().find(|x| x.id == id).unwrap();
        if ent.kind.as_str() != kind {
            failures.push(format!("{name}: kind {} instead of {kind}", ent.kind));
        }
        // No second entity goes by one of its names ("Trump" beside "Donald Trump").
        for alias in e["aliases"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_str().unwrap())
        {
            for other in a.entities.iter().filter(|x| x.id != id) {
                if other.name == alias || other.aliases.iter().any(|x| x == alias) {
                    failures.push(format!(
                        "{name}: alias `{alias}` is also entity {}",
                        other.id
                    ));
                }
            }
            // Where the alias occurs as a word, one occurrence is a mention of this entity.
            let occurs: Vec<usize> = text
                .match_indices(alias)
                .map(|(i, _)| i)
                .filter(|&i| {
                    let before = text[..i]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !c.is_alphanumeric());
                    let after = text[i + alias.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphanumeric());
                    before && after
                })
                .collect();
            if !occurs.is_empty()
                && !occurs.iter().any(|&i| {
                    ent.mentions
                        .iter()
                        .any(|m| m.start <= i && i + alias.len() <= m.end)
                })
            {
                failures.push(format!(
                    "{name}: alias `{alias}` occurs but is never a mention of {id}"
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "entity failures:\n{}",
        failures.join("\n")
    );
}

#[test]
fn relations_with_direction() {
    let (a, _) = seed();
    let exp = expected();
    let mut found = 0;
    let mut missing = Vec::new();
    let rels = exp["relations"].as_array().unwrap();
    for r in rels {
        let src = id_for(&a, &exp, r["source"].as_str().unwrap());
        let tgt = id_for(&a, &exp, r["target"].as_str().unwrap());
        let mut types = vec![r["type"].as_str().unwrap().to_string()];
        if let Some(acc) = r["accept"].as_array() {
            types.extend(acc.iter().map(|t| t.as_str().unwrap().to_string()));
        }
        let hit = a.relations.iter().any(|x| {
            Some(&x.source) == src.as_ref()
                && Some(&x.target) == tgt.as_ref()
                && types.contains(&x.rel_type)
        });
        if hit {
            found += 1;
        } else {
            missing.push(format!("{} -{}-> {}", r["source"], r["type"], r["target"]));
        }
    }
    println!("relations: {found}/{} (missing: {missing:?})", rels.len());
    assert!(
        found == rels.len(),
        "only {found} of {} relations; missing {missing:#?}",
        rels.len()
    );
}

#[test]
fn affiliations() {
    let (a, _) = seed();
    let exp = expected();
    let affs = exp["affiliations"].as_array().unwrap();
    let mut found = 0;
    let mut missing = Vec::new();
    for f in affs {
        let person = id_for(&a, &exp, f["person"].as_str().unwrap());
        let org = id_for(&a, &exp, f["org"].as_str().unwrap());
        let hit = a.relations.iter().any(|x| {
            x.rel_type == "member_of"
                && Some(&x.source) == person.as_ref()
                && Some(&x.target) == org.as_ref()
        });
        if hit {
            found += 1;
        } else {
            missing.push(format!("{} -> {}", f["person"], f["org"]));
        }
    }
    assert!(
        found >= 6,
        "only {found} of {} affiliations; missing {missing:#?}",
        affs.len()
    );
}

#[test]
fn quotes_with_speakers_and_dates() {
    let (a, _) = seed();
    let exp = expected();
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    for q in exp["quotes"].as_array().unwrap() {
        let speaker = id_for(&a, &exp, q["speaker"].as_str().unwrap()).expect("speaker entity");
        let starts = norm(q["content_starts"].as_str().unwrap());
        let got = a.quotes.iter().find(|x| {
            norm(&x.content.text).starts_with(&starts) && x.speaker.as_ref() == Some(&speaker)
        });
        let Some(got) = got else {
            panic!(
                "no quote by {speaker} starting {starts:?}; quotes: {:#?}",
                a.quotes
                    .iter()
                    .map(|q| (&q.speaker, &q.content.text))
                    .collect::<Vec<_>>()
            )
        };
        if let Some(c) = q["content_contains"].as_str() {
            assert!(
                got.content.text.contains(c),
                "{:?} lacks {c:?}",
                got.content.text
            );
        }
        let about: BTreeSet<String> = got.about.iter().cloned().collect();
        for want in q["about"].as_array().unwrap() {
            let id = id_for(&a, &exp, want.as_str().unwrap()).unwrap();
            assert!(
                about.contains(&id),
                "quote by {speaker} is not about {id}: {about:?}"
            );
        }
        match q["speaker"].as_str().unwrap() {
            "Joey Hood" => assert_eq!(got.date.as_deref(), Some("2020-01-14")),
            "Karim Elaiwi" | "Robert O'Brien" => {
                let d = got.date.clone().expect("dated 'last week'");
                assert!(("2020-01-06"..="2020-01-12").contains(&d.as_str()), "{d}");
            }
            _ => {}
        }
        assert_eq!(
            got.direct,
            q["direct"].as_bool().unwrap(),
            "direct flag of {starts:?}"
        );
    }
}

#[test]
fn nothing_from_the_footer() {
    let (a, raw) = seed();
    let text = String::from_utf8(raw).unwrap();
    let footer = text.find("\n---\n").expect("the seed has a footer rule");
    for e in &a.entities {
        for m in &e.mentions {
            assert!(
                m.start < footer,
                "{} mentioned in the footer at {}",
                e.id,
                m.start
            );
        }
    }
    for bad in [
        "Facebook",
        "Centre for Research on Globalization",
        "Region",
        "Theme",
    ] {
        assert!(
            !a.entities
                .iter()
                .any(|e| e.name == bad || e.aliases.iter().any(|x| x == bad)),
            "{bad} extracted"
        );
    }
}

#[test]
fn minor_officials_are_not_listed_in_lexicons() {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/data/lexicons"));
    for f in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(f.unwrap().path())
            .unwrap()
            .to_lowercase();
        for name in [
            "elaiwi",
            "azzawi",
            "joey hood",
            "antonopoulos",
            "robert o'brien",
        ] {
            assert!(!text.contains(name), "a lexicon lists {name}");
        }
    }
}
