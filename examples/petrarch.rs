//! Development harness: event coding measured against the PETRARCH unit-test records.
//!
//! ```text
//! cargo run --release --example petrarch -- /work/petr [--show] [--all]
//! ```
//!
//! The directory (kept outside the repository, see `docs/events-eval.md`) holds
//! * `records.jsonl`: one sentence per line, `{"id", "published", "text", "sentence", "gold":
//!   [{"source", "target", "code"}]}`, converted from `PETR.UnitTest.records.xml` of
//!   openeventdata/petrarch2 (the `<Text>` and `<EventCoding>` of every `<Sentence>`);
//! * `lexicon.tsv`: a user lexicon (`--lexicon` format) declaring the fictional actors of
//!   `PETR.Validate.actors.txt` (countries with their stated synonyms, demonyms and capitals,
//!   named people with the country their synonym line ties them to);
//! * `codes.tsv`: CAMEO actor code -> the entity ids that carry it (`GON` ->
//!   `country:gondor`, `HOB` -> the hobbit people, `IGOEEU` -> `org:european-union`).
//!
//! Scoring is at actor level: agent codes are dropped (`GONGOV`, `MORMIL` -> `GON`, `MOR`;
//! a leading agent as in `NGOARN` is skipped), and a found relation's actor is its entity or
//! any organisation or country the entity is affiliated with in the article ("Bree Prime
//! Minister Romendacil" counts as Bree). A gold event is found when a relation of the same
//! sentence has the right source, the right target (direction counts) and a CAMEO code with
//! the same two-digit family (root). Gold events with a null or unnamed actor (`---GOV`,
//! `###`, quoted new-actor phrases) or an actor with no code mapping stay in the gold count
//! (they are misses: the extractor needs two named actors); they are also reported apart.
//! Records whose gold uses the test suite's own non-CAMEO codes (roots above 20: `345`,
//! `9xx`, `802`) are left out whole, as are records marked `sentence="false"` (features the
//! suite itself marks as not implemented) unless `--all` is given. Every relation the
//! extractor reports on a scored record is a prediction, whatever its modality; the
//! modality of found and extra relations is tallied.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;

use newsgraph::article::{Input, ReadOptions, read_inputs};
use newsgraph::lexicon::Lexicon;
use newsgraph::model::Analysis;
use newsgraph::pipeline::Pipeline;
use serde::Deserialize;

#[derive(Deserialize)]
struct GoldEvent {
    source: String,
    target: String,
    code: String,
}

#[derive(Deserialize)]
struct Record {
    id: String,
    text: String,
    #[serde(default = "yes")]
    sentence: bool,
    #[serde(default)]
    gold: Vec<GoldEvent>,
}

fn yes() -> bool {
    true
}

/// Agent codes that can stand before the actor code (`NGOARN`: an NGO of Arnor).
const LEADING_AGENTS: &[&str] = &["NGO", "ORC"];

/// The entities an actor code names, or `None` for a null, unnamed or unmapped actor.
fn actor(code: &str, codes: &HashMap<String, Vec<String>>) -> Option<BTreeSet<String>> {
    if code.is_empty() || code.starts_with('-') || code.starts_with('#') || code.starts_with('"') {
        return None;
    }
    let mut c = code;
    // Longest known prefix: `IGOEEU`, `IMGMOSALQ` are whole codes; otherwise three letters.
    for n in (3..=c.len()).rev() {
        if let Some(ids) = c.get(..n).and_then(|p| codes.get(p)) {
            return Some(ids.iter().cloned().collect());
        }
    }
    if c.len() >= 6 && LEADING_AGENTS.contains(&&c[..3]) {
        c = &c[3..];
        return codes.get(&c[..3]).map(|ids| ids.iter().cloned().collect());
    }
    None
}

/// The two-digit CAMEO root of a code, when it is a CAMEO root (01-20).
fn family(code: &str) -> Option<u32> {
    let f: u32 = code.get(..2)?.parse().ok()?;
    (1..=20).contains(&f).then_some(f)
}

struct Gold {
    src: Option<BTreeSet<String>>,
    tgt: Option<BTreeSet<String>>,
    fam: u32,
    label: String,
}

struct Pred {
    src: BTreeSet<String>,
    tgt: BTreeSet<String>,
    fam: u32,
    label: String,
    modality: &'static str,
}

/// An entity and everything it is affiliated with in the article.
fn actor_set(a: &Analysis, id: &str) -> BTreeSet<String> {
    let mut s = BTreeSet::from([id.to_string()]);
    if let Some(e) = a.entities.iter().find(|e| e.id == id) {
        s.extend(e.affiliations.iter().filter_map(|f| f.org.clone()));
    }
    s
}

#[derive(Default, Clone, Copy)]
struct Tally {
    gold: usize,
    found: usize,
    pred: usize,
    right: usize,
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

fn main() {
    let mut dir: Option<PathBuf> = None;
    let mut show = false;
    let mut all = false;
    for a in std::env::args().skip(1) {
        match a.as_str() {
            "--show" => show = true,
            "--all" => all = true,
            _ => dir = Some(PathBuf::from(a)),
        }
    }
    let Some(dir) = dir else {
        println!(
            "usage: petrarch DIR [--show] [--all]  (DIR holds records.jsonl, lexicon.tsv, codes.tsv)"
        );
        return;
    };
    let records_path = dir.join("records.jsonl");
    if !records_path.exists() {
        println!("skipping: {} not found", records_path.display());
        return;
    }
    let mut lex = Lexicon::builtin().expect("built-in lexicons");
    let lexicon_path = dir.join("lexicon.tsv");
    if lexicon_path.exists() {
        lex.load_file(&lexicon_path).expect("user lexicon");
    }
    let p = Pipeline::new(&lex);
    let mut codes: HashMap<String, Vec<String>> = HashMap::new();
    if let Ok(t) = std::fs::read_to_string(dir.join("codes.tsv")) {
        for line in t
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            if let Some((c, ids)) = line.split_once('\t') {
                codes.insert(
                    c.trim().to_string(),
                    ids.split('|').map(str::to_string).collect(),
                );
            }
        }
    }
    let text = std::fs::read_to_string(&records_path).expect("records.jsonl");
    let records: HashMap<String, Record> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str::<Record>(l).expect("record"))
        .map(|r| (r.id.clone(), r))
        .collect();

    let mut by_fam: BTreeMap<u32, Tally> = BTreeMap::new();
    let (mut n_rec, mut n_test_codes, mut n_not_sentence) = (0, 0, 0);
    let (mut gold_n, mut gold_named, mut found, mut pred_n, mut right) = (0, 0, 0, 0, 0);
    let (mut reversed, mut wrong_family, mut dyad, mut pred_dyad) = (0, 0, 0, 0);
    let mut modality_found: BTreeMap<&str, usize> = BTreeMap::new();
    let mut modality_extra: BTreeMap<&str, usize> = BTreeMap::new();
    let mut misses = Vec::new();
    let mut extras = Vec::new();
    for input in read_inputs(std::slice::from_ref(&records_path), &ReadOptions::default()) {
        let Ok(Input::Article(art)) = input else {
            continue;
        };
        let Some(rec) = records.get(&art.meta.id) else {
            continue;
        };
        if rec.gold.iter().any(|g| family(&g.code).is_none()) {
            n_test_codes += 1;
            continue;
        }
        if !rec.sentence && !all {
            n_not_sentence += 1;
            continue;
        }
        n_rec += 1;
        let a = p.analyze(&art);
        // Gold events, one per distinct (source actors, target actors, root).
        let mut gold: Vec<Gold> = Vec::new();
        for g in &rec.gold {
            let item = Gold {
                src: actor(&g.source, &codes),
                tgt: actor(&g.target, &codes),
                fam: family(&g.code).unwrap_or(0),
                label: format!("{} {}>{}", g.code, g.source, g.target),
            };
            let dup = gold.iter().any(|o| {
                o.fam == item.fam && o.src.is_some() && o.src == item.src && o.tgt == item.tgt
            });
            if !dup {
                gold.push(item);
            }
        }
        // Predictions, one per distinct (source, target, root).
        let mut preds: Vec<Pred> = Vec::new();
        let mut seen = BTreeSet::new();
        for r in &a.relations {
            let Some(fam) = r.cameo.as_deref().and_then(family) else {
                continue;
            };
            if !seen.insert((r.source.clone(), r.target.clone(), fam)) {
                continue;
            }
            preds.push(Pred {
                src: actor_set(&a, &r.source),
                tgt: actor_set(&a, &r.target),
                fam,
                label: format!(
                    "{} {} {}>{} [{}] \"{}\"",
                    r.cameo.as_deref().unwrap_or(""),
                    r.rel_type,
                    r.source,
                    r.target,
                    r.modality.as_str(),
                    r.evidence.text
                ),
                modality: r.modality.as_str(),
            });
        }
        let hits = |s: &Option<BTreeSet<String>>, p: &BTreeSet<String>| {
            s.as_ref().is_some_and(|s| !s.is_disjoint(p))
        };
        let mut used = vec![false; preds.len()];
        for g in &gold {
            gold_n += 1;
            by_fam.entry(g.fam).or_default().gold += 1;
            if g.src.is_some() && g.tgt.is_some() {
                gold_named += 1;
            }
            if preds
                .iter()
                .any(|pr| hits(&g.src, &pr.src) && hits(&g.tgt, &pr.tgt))
            {
                dyad += 1;
            }
            let m = preds.iter().enumerate().position(|(i, pr)| {
                !used[i] && pr.fam == g.fam && hits(&g.src, &pr.src) && hits(&g.tgt, &pr.tgt)
            });
            if let Some(i) = m {
                used[i] = true;
                found += 1;
                by_fam.entry(g.fam).or_default().found += 1;
                *modality_found.entry(preds[i].modality).or_default() += 1;
            } else {
                let why = if preds
                    .iter()
                    .any(|pr| pr.fam == g.fam && hits(&g.src, &pr.tgt) && hits(&g.tgt, &pr.src))
                {
                    reversed += 1;
                    "reversed"
                } else if preds
                    .iter()
                    .any(|pr| hits(&g.src, &pr.src) && hits(&g.tgt, &pr.tgt))
                {
                    wrong_family += 1;
                    "family"
                } else if g.src.is_none() || g.tgt.is_none() {
                    "unnamed"
                } else {
                    "missed"
                };
                misses.push(format!(
                    "{:<16} {:<8} {}\n    {}",
                    rec.id,
                    why,
                    g.label,
                    rec.text.trim()
                ));
            }
        }
        for (i, pr) in preds.iter().enumerate() {
            pred_n += 1;
            if gold
                .iter()
                .any(|g| hits(&g.src, &pr.src) && hits(&g.tgt, &pr.tgt))
            {
                pred_dyad += 1;
            }
            by_fam.entry(pr.fam).or_default().pred += 1;
            if used[i] {
                right += 1;
                by_fam.entry(pr.fam).or_default().right += 1;
            } else {
                *modality_extra.entry(pr.modality).or_default() += 1;
                extras.push(format!("{:<16} {}", rec.id, pr.label));
            }
        }
    }
    println!(
        "{n_rec} records scored ({n_test_codes} left out for non-CAMEO test codes, {n_not_sentence} marked sentence=\"false\")"
    );
    println!(
        "gold events    {gold_n} ({gold_named} with both actors named in the lexicon, {} with a null or unmapped actor)",
        gold_n - gold_named
    );
    println!("found          {pred_n} relations with a CAMEO code");
    println!(
        "matched        {found} (family and direction right); also {reversed} reversed, {wrong_family} right dyad in another family"
    );
    println!(
        "recall         {:5.1} % ({found}/{gold_n})",
        pct(found, gold_n)
    );
    println!(
        "  named dyads  {:5.1} % ({found}/{gold_named})",
        pct(found, gold_named)
    );
    println!(
        "precision      {:5.1} % ({right}/{pred_n})",
        pct(right, pred_n)
    );
    println!(
        "dyad only      {:5.1} % ({dyad}/{gold_n} gold events with a relation of the right source and target, any family)",
        pct(dyad, gold_n)
    );
    println!(
        "  precision    {:5.1} % ({pred_dyad}/{pred_n} relations whose source and target are a gold event's, any family)",
        pct(pred_dyad, pred_n)
    );
    println!("modality of matched: {modality_found:?}");
    println!("modality of extras:  {modality_extra:?}");
    println!("family  gold found  recall   pred right precision");
    for (f, t) in &by_fam {
        println!(
            "  {f:02}    {:4} {:5}  {:5.1} %  {:4} {:5}  {:5.1} %",
            t.gold,
            t.found,
            pct(t.found, t.gold),
            t.pred,
            t.right,
            pct(t.right, t.pred)
        );
    }
    if show {
        println!("\nmisses:");
        for m in &misses {
            println!("{m}");
        }
        println!("\nextras:");
        for e in &extras {
            println!("{e}");
        }
    }
}
