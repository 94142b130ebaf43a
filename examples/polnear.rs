//! Development harness: quote extraction measured against PolNeAR attributions.
//!
//! ```text
//! cargo run --release --example polnear -- ../../shared/datasets/polnear/data/dev [--show N] [--only SUBSTR]
//! ```
//!
//! See `docs/polnear.md` for the criteria. The data set is read in place and never copied.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use newsgraph::article::Article;
use newsgraph::model::Analysis;
use newsgraph::pipeline::Pipeline;
use rayon::prelude::*;

/// A byte span set (brat spans may be discontinuous).
type Frags = Vec<(usize, usize)>;

struct Gold {
    content: Frags,
    source: Option<Frags>,
    cue: Option<Frags>,
    direct: bool,
}

struct Pred {
    content: (usize, usize),
    speaker_mention: Option<(usize, usize)>,
    /// Mentions of the speaker entity.
    speaker_mentions: Vec<(usize, usize)>,
    direct: bool,
    text: String,
    speaker: String,
    cue: String,
}

#[derive(Default, Clone, Copy)]
struct Counts {
    gold: usize,
    pred: usize,
    matched_gold: usize,
    matched_pred: usize,
    exact: usize,
    spk_total: usize,
    spk_right: usize,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.gold += o.gold;
        self.pred += o.pred;
        self.matched_gold += o.matched_gold;
        self.matched_pred += o.matched_pred;
        self.exact += o.exact;
        self.spk_total += o.spk_total;
        self.spk_right += o.spk_right;
    }
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

/// Word tokens of the text: (start, end) byte spans of alphanumeric runs.
fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push((s, i));
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// Indices of word tokens inside the fragments (sorted, deduplicated).
fn token_set(words: &[(usize, usize)], frags: &[(usize, usize)]) -> Vec<usize> {
    let mut v = Vec::new();
    for &(s, e) in frags {
        let a = words.partition_point(|w| w.0 < s);
        let b = words.partition_point(|w| w.0 < e);
        v.extend(a..b);
    }
    v.sort_unstable();
    v.dedup();
    v
}

fn f1(a: &[usize], b: &[usize]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    if n == 0 {
        return 0.0;
    }
    let p = n as f64 / a.len() as f64;
    let r = n as f64 / b.len() as f64;
    2.0 * p * r / (p + r)
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»')
}

/// Gold attributions of one article: the first annotator's file (sorted by name).
fn read_gold(dir: &Path, stem: &str, text: &str) -> Option<Vec<Gold>> {
    let mut anns: Vec<PathBuf> = std::fs::read_dir(dir.join("attributions"))
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| n.strip_prefix(stem))
                .is_some_and(|r| r.starts_with('_') && r.ends_with(".ann") && !r[1..].contains('_'))
        })
        .collect();
    anns.sort();
    let ann = std::fs::read_to_string(anns.first()?).ok()?;
    // Character offset → byte offset.
    let mut byte_of: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    byte_of.push(text.len());
    let conv = |c: usize| byte_of.get(c).copied().unwrap_or(text.len());
    let mut spans: HashMap<&str, Frags> = HashMap::new();
    let mut out = Vec::new();
    for line in ann.lines() {
        let mut parts = line.split('\t');
        let (Some(id), Some(body)) = (parts.next(), parts.next()) else {
            continue;
        };
        if id.starts_with('T') {
            let Some((_, offs)) = body.split_once(' ') else {
                continue;
            };
            let frags: Frags = offs
                .split(';')
                .filter_map(|f| {
                    let mut it = f.split_whitespace().map(|x| x.parse::<usize>().ok());
                    Some((conv(it.next()??), conv(it.next()??)))
                })
                .collect();
            spans.insert(id, frags);
        }
    }
    for line in ann.lines() {
        let mut parts = line.split('\t');
        let (Some(id), Some(body)) = (parts.next(), parts.next()) else {
            continue;
        };
        if !id.starts_with('E') {
            continue;
        }
        let mut content = None;
        let mut source = None;
        let mut cue = None;
        for role in body.split_whitespace() {
            let Some((r, t)) = role.split_once(':') else {
                continue;
            };
            match r {
                "Content" => content = spans.get(t).cloned(),
                "Source" => source = spans.get(t).cloned(),
                "Cue" => cue = spans.get(t).cloned(),
                _ => {}
            }
        }
        let Some(mut content) = content else { continue };
        content.sort();
        let (s, e) = content[0];
        let first = text[s..e].trim_start().chars().next();
        let before = text[..s].trim_end().chars().next_back();
        let direct = first.is_some_and(is_quote) || before.is_some_and(is_quote);
        out.push(Gold {
            content,
            source,
            cue,
            direct,
        });
    }
    Some(out)
}

fn preds(a: &Analysis) -> Vec<Pred> {
    a.quotes
        .iter()
        .map(|q| {
            let ent = q
                .speaker
                .as_ref()
                .and_then(|id| a.entities.iter().find(|e| &e.id == id));
            Pred {
                content: (q.content.start, q.content.end),
                speaker_mention: q.speaker_mention.as_ref().map(|m| (m.start, m.end)),
                speaker_mentions: ent
                    .map(|e| e.mentions.iter().map(|m| (m.start, m.end)).collect())
                    .unwrap_or_default(),
                direct: q.direct,
                text: q.content.text.clone(),
                cue: q.cue.as_ref().map_or(String::new(), |c| c.text.clone()),
                speaker: format!(
                    "{} [{}]",
                    q.speaker.as_deref().unwrap_or("-"),
                    q.speaker_mention
                        .as_ref()
                        .map(|m| m.text.as_str())
                        .unwrap_or("-")
                ),
            }
        })
        .collect()
}

struct ArticleResult {
    by: [Counts; 2], // [indirect, direct]
    misses: Vec<String>,
    false_pos: Vec<String>,
    wrong_speaker: Vec<String>,
}

fn short(s: &str, n: usize) -> String {
    let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= n {
        s
    } else {
        format!("{}…", s.chars().take(n).collect::<String>())
    }
}

/// How many characters of a content to show: `n`, or 1,000 with `POLNEAR_CTX` set.
fn show_len(n: usize) -> usize {
    if std::env::var_os("POLNEAR_CTX").is_some() {
        1000
    } else {
        n
    }
}

/// The text from 150 bytes before `lo` to 60 bytes after `hi`, whitespace collapsed.
fn context(text: &str, lo: usize, hi: usize) -> String {
    let mut a = lo.saturating_sub(150);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (hi + 60).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    short(&text[a..b], 700)
}

fn frag_text(text: &str, f: &[(usize, usize)]) -> String {
    f.iter()
        .map(|&(s, e)| &text[s..e])
        .collect::<Vec<_>>()
        .join(" | ")
}

fn score(id: &str, text: &str, gold: &[Gold], pred: &[Pred]) -> ArticleResult {
    let w = words(text);
    let gt: Vec<Vec<usize>> = gold.iter().map(|g| token_set(&w, &g.content)).collect();
    let pt: Vec<Vec<usize>> = pred.iter().map(|p| token_set(&w, &[p.content])).collect();
    // Greedy one-to-one matching by descending token F1.
    let mut pairs = Vec::new();
    for (i, a) in pt.iter().enumerate() {
        for (j, b) in gt.iter().enumerate() {
            let f = f1(a, b);
            if f >= 0.5 {
                pairs.push((f, i, j));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut pm = vec![None; pred.len()];
    let mut gm = vec![None; gold.len()];
    for (f, i, j) in pairs {
        if pm[i].is_none() && gm[j].is_none() {
            pm[i] = Some((j, f));
            gm[j] = Some(i);
        }
    }
    let mut r = ArticleResult {
        by: [Counts::default(); 2],
        misses: Vec::new(),
        false_pos: Vec::new(),
        wrong_speaker: Vec::new(),
    };
    for (j, g) in gold.iter().enumerate() {
        let c = &mut r.by[g.direct as usize];
        c.gold += 1;
        if gm[j].is_some() {
            c.matched_gold += 1;
        } else {
            // The prediction overlapping the gold content best (a boundary error), if any.
            let near = pt
                .iter()
                .enumerate()
                .map(|(i, a)| (f1(a, &gt[j]), i))
                .filter(|x| x.0 > 0.0)
                .max_by(|a, b| a.0.total_cmp(&b.0))
                .map(|(f, i)| format!(" near={f:.2}:{:?}", short(&pred[i].text, show_len(100))))
                .unwrap_or_default();
            r.misses.push(format!(
                "{id}: MISS{} src={:?} cue={:?} content={:?}{near}",
                if g.direct { " direct" } else { "" },
                g.source.as_ref().map(|s| frag_text(text, s)),
                g.cue.as_ref().map(|s| frag_text(text, s)),
                short(&frag_text(text, &g.content), show_len(160))
            ));
            if std::env::var_os("POLNEAR_CTX").is_some() {
                // The text around the gold source, cue and content, for grouping misses by shape.
                let all = g
                    .content
                    .iter()
                    .chain(g.source.iter().flatten())
                    .chain(g.cue.iter().flatten());
                let lo = all.clone().map(|f| f.0).min().unwrap_or(0);
                let hi = all.map(|f| f.1).max().unwrap_or(0);
                let line = r.misses.last_mut().expect("just pushed");
                line.push_str(&format!("\n    CTX: {}", context(text, lo, hi)));
            }
        }
    }
    for (i, p) in pred.iter().enumerate() {
        let c = &mut r.by[p.direct as usize];
        c.pred += 1;
        let Some((j, f)) = pm[i] else {
            r.false_pos.push(format!(
                "{id}: FP{} speaker={} cue={:?} content={:?}",
                if p.direct { " direct" } else { "" },
                p.speaker,
                p.cue,
                short(&p.text, 160)
            ));
            continue;
        };
        c.matched_pred += 1;
        if f >= 0.999 {
            c.exact += 1;
        }
        let Some(src) = &gold[j].source else { continue };
        c.spk_total += 1;
        let hit = |s: (usize, usize)| src.iter().any(|&g| overlaps(s, g));
        if p.speaker_mention.is_some_and(hit) || p.speaker_mentions.iter().copied().any(hit) {
            c.spk_right += 1;
        } else {
            let mut line = format!(
                "{id}: SPEAKER gold={:?} got={} content={:?}",
                frag_text(text, src),
                p.speaker,
                short(&p.text, 120)
            );
            if std::env::var_os("POLNEAR_CTX").is_some() {
                // The text around the gold source and the content, for classifying errors.
                let lo = src
                    .iter()
                    .map(|f| f.0)
                    .chain([p.content.0])
                    .min()
                    .unwrap_or(0);
                let hi = src
                    .iter()
                    .map(|f| f.1)
                    .chain([p.content.1])
                    .max()
                    .unwrap_or(0);
                line.push_str(&format!("\n    CTX: {}", context(text, lo, hi)));
            }
            r.wrong_speaker.push(line);
        }
    }
    r
}

fn row(name: &str, c: &Counts) {
    let p = pct(c.matched_pred, c.pred);
    let rr = pct(c.matched_gold, c.gold);
    let f = if p + rr > 0.0 {
        2.0 * p * rr / (p + rr)
    } else {
        0.0
    };
    println!(
        "{name:<9} {:>6} {:>6} {:>7.1} {:>7.1} {:>7.1} {:>7.1} {:>7.1} ({}/{})",
        c.gold,
        c.pred,
        p,
        rr,
        f,
        pct(c.exact, c.matched_pred),
        pct(c.spk_right, c.spk_total),
        c.spk_right,
        c.spk_total
    );
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut dir: Option<PathBuf> = None;
    let mut show = 0usize;
    let mut only: Option<String> = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--show" => show = args.next().and_then(|x| x.parse().ok()).unwrap_or(10),
            "--only" => only = args.next(),
            _ => dir = Some(PathBuf::from(a)),
        }
    }
    let dir = dir.unwrap_or_else(|| PathBuf::from("../shared/datasets/polnear/data/dev"));
    let text_dir = dir.join("text");
    let Ok(rd) = std::fs::read_dir(&text_dir) else {
        println!(
            "skipping: {} not found (PolNeAR is not available here)",
            text_dir.display()
        );
        return;
    };
    let mut files: Vec<PathBuf> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter(|p| {
            only.as_ref()
                .is_none_or(|o| p.to_string_lossy().contains(o.as_str()))
        })
        .collect();
    files.sort();
    let p = Pipeline::builtin().expect("built-in lexicons");
    let t0 = std::time::Instant::now();
    let crashed = std::sync::atomic::AtomicUsize::new(0);
    if std::env::var_os("POLNEAR_PANICS").is_none() {
        std::panic::set_hook(Box::new(|_| {}));
    }
    let results: Vec<ArticleResult> = files
        .par_iter()
        .filter_map(|f| {
            let stem = f.file_stem()?.to_str()?.to_string();
            let text = std::fs::read_to_string(f).ok()?;
            let gold = read_gold(&dir, &stem, &text)?;
            let art = Article::from_text(&stem, &text);
            // A panicking article counts as one with no predictions (and is reported).
            let pred = match std::panic::catch_unwind(|| preds(&p.analyze(&art))) {
                Ok(v) => v,
                Err(_) => {
                    crashed.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    Vec::new()
                }
            };
            Some(score(&stem, &text, &gold, &pred))
        })
        .collect();
    let mut all = Counts::default();
    let mut by = [Counts::default(); 2];
    for r in &results {
        for (b, c) in by.iter_mut().zip(&r.by) {
            b.add(c);
            all.add(c);
        }
    }
    println!(
        "PolNeAR {}: {} articles ({} panicked), {:.1}s. Match: token F1 >= 0.5, one-to-one.",
        dir.display(),
        results.len(),
        crashed.into_inner(),
        t0.elapsed().as_secs_f64()
    );
    println!(
        "{:<9} {:>6} {:>6} {:>7} {:>7} {:>7} {:>7} {:>7}",
        "", "gold", "pred", "P%", "R%", "F1%", "exact%", "spk%"
    );
    row("all", &all);
    row("direct", &by[1]);
    row("indirect", &by[0]);
    if show > 0 {
        let pick = |f: &dyn Fn(&ArticleResult) -> &Vec<String>| {
            let v: Vec<&String> = results.iter().flat_map(|r| f(r).iter()).collect();
            let step = (v.len() / show).max(1);
            v.into_iter()
                .step_by(step)
                .take(show)
                .cloned()
                .collect::<Vec<_>>()
        };
        for (name, v) in [
            ("wrong speakers", pick(&|r| &r.wrong_speaker)),
            ("misses", pick(&|r| &r.misses)),
            ("false positives", pick(&|r| &r.false_pos)),
        ] {
            println!("\n== {name} ==");
            for l in v {
                println!("{l}");
            }
        }
    }
}
