//! Development harness: whole-article extraction scored against hand annotations in the
//! format of the sample article's `tests/seed-expected.json`.
//!
//! ```text
//! cargo run --release --example gold -- DIR [--show]
//! ```
//!
//! `DIR` holds `articles.jsonl` (articles, one per line, as `newsgraph` reads them) and one
//! `<article id>.json` per article: `entities` (name, kind, aliases), `optional_entities`,
//! `relations` (source, type, target, cameo, accept), `affiliations` (person, org) and `quotes`
//! (speaker, content_starts). With no argument it scores the sample article against
//! `tests/seed-expected.json`. Annotations of third-party articles stay outside the repository.
//!
//! Scoring, per article, summed over articles:
//! * an extracted entity *matches* a gold entity when its name, an alias or a mention's text is
//!   one of the gold entity's surface forms; entity precision counts extracted entities that
//!   match a gold entity of the same kind (ones matching only an optional name are left out),
//!   recall counts gold entities matched with the right kind;
//! * a gold entity with several surface forms is *merged* when one extracted entity carries every
//!   form the extraction found at all, and no other extracted entity carries any of them;
//! * a relation is right when its ends match the gold ends in order and its type or CAMEO
//!   family (first two digits) agrees; precision is over extracted relations other than
//!   `member_of` (affiliations, scored on their own). When the gold holds a fact both ways
//!   (same type, ends swapped: a mutual "negotiates" or "signs"), an extracted edge in either
//!   order matches both rows, since the extractor writes a mutual fact once;
//! * an affiliation is right when person and organisation match;
//! * a quote is found when its content contains the first five words of `content_starts`
//!   (or they contain it), and its speaker is right when the speaker entity matches (or when
//!   the annotator's speaker is `null` and the extraction names none either).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use newsgraph::article::{Input, ReadOptions, read_inputs};
use newsgraph::model::{Analysis, EntityRecord};
use newsgraph::pipeline::Pipeline;
use serde_json::Value;

/// Folds quotes, dashes and spaces so that annotators' and articles' typography agree.
fn norm(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let c = match c {
            '\u{2018}' | '\u{2019}' | '`' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            '\u{2013}' | '\u{2014}' => '-',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(c);
    }
    let t = out.trim_end();
    let t = t
        .strip_suffix("'s")
        .or_else(|| t.strip_suffix('\''))
        .unwrap_or(t);
    t.strip_prefix("the ").unwrap_or(t).to_string()
}

fn words(s: &str, n: usize) -> String {
    norm(s)
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(n)
        .collect::<Vec<_>>()
        .join(" ")
}

struct GoldEntity {
    name: String,
    kind: String,
    forms: BTreeSet<String>,
}

fn str_list(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn gold_entities(exp: &Value) -> Vec<GoldEntity> {
    exp["entities"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|e| {
                    let name = e["name"].as_str().unwrap_or_default().to_string();
                    let mut forms: BTreeSet<String> =
                        str_list(&e["aliases"]).iter().map(|s| norm(s)).collect();
                    forms.insert(norm(&name));
                    GoldEntity {
                        name,
                        kind: e["kind"].as_str().unwrap_or_default().to_string(),
                        forms,
                    }
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Every surface form of an extracted entity.
fn forms(e: &EntityRecord) -> BTreeSet<String> {
    let mut f: BTreeSet<String> = e.aliases.iter().map(|s| norm(s)).collect();
    f.insert(norm(&e.name));
    f.extend(e.mentions.iter().map(|m| norm(&m.text)));
    f
}

#[derive(Default, Clone, Copy)]
struct Prf {
    tp_pred: usize,
    pred: usize,
    tp_gold: usize,
    gold: usize,
}

impl Prf {
    fn add(&mut self, o: &Prf) {
        self.tp_pred += o.tp_pred;
        self.pred += o.pred;
        self.tp_gold += o.tp_gold;
        self.gold += o.gold;
    }
    fn line(&self, what: &str) -> String {
        let p = pct(self.tp_pred, self.pred);
        let r = pct(self.tp_gold, self.gold);
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        format!(
            "{what:<14} P {p:5.1} ({}/{})  R {r:5.1} ({}/{})  F1 {f:5.1}",
            self.tp_pred, self.pred, self.tp_gold, self.gold
        )
    }
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

#[derive(Default)]
struct Scores {
    entities: Prf,
    untyped: Prf,
    merged: (usize, usize),
    relations: Prf,
    affiliations: Prf,
    quotes: Prf,
    speakers: (usize, usize),
    by_kind: BTreeMap<String, Prf>,
}

/// The entities the article's text names: one with no mention (a lexicon body a relation
/// names, the article does not) is found in no text, scored and linked as none.
fn named_entities(a: &Analysis) -> impl Iterator<Item = &EntityRecord> {
    a.entities.iter().filter(|e| !e.mentions.is_empty())
}

/// Gold entity index for each extracted entity (by id), when it matches one.
fn link(a: &Analysis, gold: &[GoldEntity]) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for e in named_entities(a) {
        let f = forms(e);
        let hits: Vec<usize> = (0..gold.len())
            .filter(|&i| !gold[i].forms.is_disjoint(&f))
            .collect();
        // Prefer a gold entity of the same kind, then the one sharing the canonical name.
        let best = hits
            .iter()
            .copied()
            .find(|&i| gold[i].kind == e.kind.as_str() && gold[i].forms.contains(&norm(&e.name)))
            .or_else(|| {
                hits.iter()
                    .copied()
                    .find(|&i| gold[i].kind == e.kind.as_str())
            })
            .or_else(|| hits.first().copied());
        if let Some(i) = best {
            out.insert(e.id.clone(), i);
        }
    }
    out
}

fn score(p: &Pipeline, a: &Analysis, exp: &Value, show: bool) -> Scores {
    let gold = gold_entities(exp);
    let optional: BTreeSet<String> = str_list(&exp["optional_entities"])
        .iter()
        .map(|s| norm(s))
        .collect();
    let links = link(a, &gold);
    let name_of = |id: &str| {
        a.entities
            .iter()
            .find(|e| e.id == id)
            .map_or_else(|| id.to_string(), |e| e.name.clone())
    };
    let mut s = Scores::default();
    let id = &a.article.id;

    // Entities.
    let mut found = vec![false; gold.len()];
    let mut found_untyped = vec![false; gold.len()];
    for e in named_entities(a) {
        let kind = e.kind.as_str().to_string();
        let bk = s.by_kind.entry(kind.clone()).or_default();
        match links.get(&e.id) {
            Some(&i) => {
                s.untyped.pred += 1;
                s.untyped.tp_pred += 1;
                found_untyped[i] = true;
                s.entities.pred += 1;
                bk.pred += 1;
                if gold[i].kind == kind {
                    s.entities.tp_pred += 1;
                    bk.tp_pred += 1;
                    found[i] = true;
                } else if show {
                    println!(
                        "  {id}: wrong kind: {} ({kind}) is {} ({})",
                        e.name, gold[i].name, gold[i].kind
                    );
                }
            }
            None if forms(e).iter().any(|f| optional.contains(f)) => {}
            None => {
                s.untyped.pred += 1;
                s.entities.pred += 1;
                bk.pred += 1;
                if show {
                    println!("  {id}: spurious: {} ({kind})", e.name);
                }
            }
        }
    }
    for (i, g) in gold.iter().enumerate() {
        s.entities.gold += 1;
        s.untyped.gold += 1;
        let bk = s.by_kind.entry(g.kind.clone()).or_default();
        bk.gold += 1;
        if found[i] {
            s.entities.tp_gold += 1;
            bk.tp_gold += 1;
        } else if show {
            println!("  {id}: missed: {} ({})", g.name, g.kind);
        }
        if found_untyped[i] {
            s.untyped.tp_gold += 1;
        }
    }

    // Several names, one entity.
    for g in gold.iter().filter(|g| g.forms.len() > 1) {
        let carriers: Vec<(&EntityRecord, BTreeSet<String>)> = named_entities(a)
            .map(|e| (e, forms(e)))
            .filter(|(_, f)| !f.is_disjoint(&g.forms))
            .collect();
        let seen: BTreeSet<&String> = carriers
            .iter()
            .flat_map(|(_, f)| f.intersection(&g.forms))
            .collect();
        if seen.len() < 2 {
            continue; // one form found or none: nothing to merge
        }
        s.merged.1 += 1;
        if carriers.len() == 1 {
            s.merged.0 += 1;
        } else if show {
            let names: Vec<&str> = carriers.iter().map(|(e, _)| e.name.as_str()).collect();
            println!("  {id}: split: {} -> {}", g.name, names.join(" | "));
        }
    }

    let gold_idx = |name: &str| gold.iter().position(|g| g.forms.contains(&norm(name)));
    let family = |c: &str| c.get(..2).unwrap_or(c).to_string();

    // Relations.
    let grels: Vec<&Value> = exp["relations"]
        .as_array()
        .map(|v| v.iter().collect())
        .unwrap_or_default();
    // A gold relation whose reverse (same type, ends swapped) is also gold.
    let mutual = |g: &Value| {
        grels.iter().any(|h| {
            h["type"] == g["type"] && h["source"] == g["target"] && h["target"] == g["source"]
        })
    };
    let rel_ok = |r: &newsgraph::model::RelationRecord, g: &Value| {
        let (Some(src), Some(tgt)) = (links.get(&r.source), links.get(&r.target)) else {
            return false;
        };
        let gs = gold_idx(g["source"].as_str().unwrap_or_default());
        let gt = gold_idx(g["target"].as_str().unwrap_or_default());
        let forward = gs == Some(*src) && gt == Some(*tgt);
        // A mutual fact ("Canada and France concluded an accord") that the annotator wrote both
        // ways is one extracted edge in the order the text names the sides: either order counts.
        let backward = gs == Some(*tgt) && gt == Some(*src) && mutual(g);
        if !forward && !backward {
            return false;
        }
        let mut types = str_list(&g["accept"]);
        types.push(g["type"].as_str().unwrap_or_default().to_string());
        types.contains(&r.rel_type)
            || match (r.cameo.as_deref(), g["cameo"].as_str()) {
                (Some(a), Some(b)) => family(a) == family(b),
                _ => false,
            }
    };
    // Affiliations are also written as `member_of` relations; they are scored below.
    for r in a.relations.iter().filter(|r| r.rel_type != "member_of") {
        s.relations.pred += 1;
        if grels.iter().any(|g| rel_ok(r, g)) {
            s.relations.tp_pred += 1;
        } else if show {
            println!(
                "  {id}: extra relation: {} {} {} ({})",
                r.source, r.rel_type, r.target, r.evidence.text
            );
        }
    }
    for g in &grels {
        s.relations.gold += 1;
        if a.relations.iter().any(|r| rel_ok(r, g)) {
            s.relations.tp_gold += 1;
        } else if show {
            println!(
                "  {id}: missed relation: {} {} {}",
                g["source"], g["type"], g["target"]
            );
        }
    }

    // Affiliations: (person, org) pairs.
    let mut pred_aff: BTreeSet<(usize, usize)> = BTreeSet::new();
    let mut pred_aff_n = 0;
    for e in &a.entities {
        for af in &e.affiliations {
            let Some(org) = &af.org else { continue };
            pred_aff_n += 1;
            // A lexicon body the article does not name (a known leader's country).
            let org_idx = links.get(org).copied().or_else(|| {
                let i = *p.recognizer.by_id.get(org)?;
                gold_idx(&p.recognizer.entities[i].name)
            });
            if let (Some(&pi), Some(o)) = (links.get(&e.id), org_idx) {
                pred_aff.insert((pi, o));
            } else if show {
                println!("  {id}: extra affiliation: {} -> {org}", e.name);
            }
        }
    }
    let gold_aff: BTreeSet<(usize, usize)> = exp["affiliations"]
        .as_array()
        .map(|v| {
            v.iter()
                .filter_map(|g| {
                    Some((
                        gold_idx(g["person"].as_str()?)?,
                        gold_idx(g["org"].as_str()?)?,
                    ))
                })
                .collect()
        })
        .unwrap_or_default();
    s.affiliations.pred = pred_aff_n;
    s.affiliations.tp_pred = pred_aff.intersection(&gold_aff).count();
    s.affiliations.gold = gold_aff.len();
    s.affiliations.tp_gold = s.affiliations.tp_pred;
    if show {
        for (p, o) in pred_aff.difference(&gold_aff) {
            println!(
                "  {id}: extra affiliation: {} -> {}",
                gold[*p].name, gold[*o].name
            );
        }
        for (p, o) in gold_aff.difference(&pred_aff) {
            println!(
                "  {id}: missed affiliation: {} -> {}",
                gold[*p].name, gold[*o].name
            );
        }
    }

    // Quotes.
    let gq: Vec<&Value> = exp["quotes"]
        .as_array()
        .map(|v| v.iter().collect())
        .unwrap_or_default();
    let q_match = |q: &newsgraph::model::QuoteRecord, g: &Value| {
        let head = words(g["content_starts"].as_str().unwrap_or_default(), 5);
        let content = words(&q.content.text, usize::MAX);
        !head.is_empty() && (content.contains(&head) || head.contains(&content))
    };
    s.quotes.pred = a.quotes.len();
    s.quotes.tp_pred = 0;
    for q in &a.quotes {
        if gq.iter().any(|g| q_match(q, g)) {
            s.quotes.tp_pred += 1;
        } else if show {
            let text: String = q.content.text.chars().take(80).collect();
            println!("  {id}: extra quote: {text:?}");
        }
    }
    for g in &gq {
        s.quotes.gold += 1;
        let Some(q) = a.quotes.iter().find(|q| q_match(q, g)) else {
            if show {
                println!("  {id}: missed quote: {}", g["content_starts"]);
            }
            continue;
        };
        s.quotes.tp_gold += 1;
        s.speakers.1 += 1;
        let want = gold_idx(g["speaker"].as_str().unwrap_or_default());
        let got = q.speaker.as_ref().and_then(|sp| links.get(sp)).copied();
        // A quote the annotator left unattributed ("a source said") is right unattributed.
        let unnamed = g["speaker"].is_null() && q.speaker.is_none();
        if (want.is_some() && want == got) || unnamed {
            s.speakers.0 += 1;
        } else if show {
            println!(
                "  {id}: wrong speaker {:?} for {} ({})",
                q.speaker.as_ref().map(|sp| name_of(sp)),
                g["speaker"],
                g["content_starts"]
            );
        }
    }
    s
}

/// The annotation of an article, by id.
type GoldFor = Box<dyn Fn(&str) -> Option<Value>>;

fn main() {
    let mut dir: Option<PathBuf> = None;
    let mut show = false;
    for a in std::env::args().skip(1) {
        match a.as_str() {
            "--show" => show = true,
            _ => dir = Some(PathBuf::from(a)),
        }
    }
    let p = Pipeline::builtin().expect("built-in lexicons");
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (inputs, gold_for): (PathBuf, GoldFor) = match &dir {
        None => (
            manifest.join("data/articles/seed-article.md"),
            Box::new(|_: &str| {
                let t = std::fs::read_to_string(manifest.join("tests/seed-expected.json")).ok()?;
                serde_json::from_str(&t).ok()
            }),
        ),
        Some(d) => {
            let d = d.clone();
            (
                d.join("articles.jsonl"),
                Box::new(move |id: &str| {
                    let t = std::fs::read_to_string(d.join(format!("{id}.json"))).ok()?;
                    match serde_json::from_str(&t) {
                        Ok(v) => Some(v),
                        Err(e) => {
                            eprintln!("{id}.json: {e}");
                            None
                        }
                    }
                }),
            )
        }
    };
    if !inputs.exists() {
        println!("skipping: {} not found", inputs.display());
        return;
    }
    let mut total = Scores::default();
    let mut n = 0;
    for input in read_inputs(&[inputs], &ReadOptions::default()) {
        let Ok(Input::Article(art)) = input else {
            continue;
        };
        let Some(exp) = gold_for(&art.meta.id) else {
            eprintln!("no annotation for {}", art.meta.id);
            continue;
        };
        n += 1;
        let a = p.analyze(&art);
        let s = score(&p, &a, &exp, show);
        total.entities.add(&s.entities);
        total.untyped.add(&s.untyped);
        total.merged.0 += s.merged.0;
        total.merged.1 += s.merged.1;
        total.relations.add(&s.relations);
        total.affiliations.add(&s.affiliations);
        total.quotes.add(&s.quotes);
        total.speakers.0 += s.speakers.0;
        total.speakers.1 += s.speakers.1;
        for (k, v) in &s.by_kind {
            total.by_kind.entry(k.clone()).or_default().add(v);
        }
    }
    println!("{n} annotated articles");
    println!("{}", total.entities.line("entities"));
    println!("{}", total.untyped.line("  any kind"));
    for (k, v) in &total.by_kind {
        println!("{}", v.line(&format!("  {k}")));
    }
    println!(
        "merged         {:5.1} % ({}/{} entities with several names found)",
        pct(total.merged.0, total.merged.1),
        total.merged.0,
        total.merged.1
    );
    println!("{}", total.relations.line("relations"));
    println!("{}", total.affiliations.line("affiliations"));
    println!("{}", total.quotes.line("quotes"));
    println!(
        "speakers       {:5.1} % ({}/{})",
        pct(total.speakers.0, total.speakers.1),
        total.speakers.0,
        total.speakers.1
    );
}
