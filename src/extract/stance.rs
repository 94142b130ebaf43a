//! Stance read out of quotes: who criticizes or praises whom in their own words.
//!
//! A speaker who calls a named person or body "a fraud", "reckless" or "a disgrace"
//! criticizes them (CAMEO 111); one who calls them "the superior candidate" or says they
//! "embody" something praises them (CAMEO 051). The module owns the judgement words and the
//! test that ties a word to an entity: inside one clause of the quote, the word is said of
//! the entity ("X is reckless", "X's ignorant view", "crooked X"), done by it ("X has
//! lied") or done to it by the speaker ("I admire X"); the word is not negated and not in a
//! condition, and the entity is neither the speaker nor the article's home country.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::Doc;
use super::quotes::QuoteOut;
use crate::model::{EntityKind, Modality, RelationRecord};
use crate::span::Span;

/// The place of each judgement word's first entry in [`WORDS`]: one hash look-up per
/// quote word instead of a scan of the list.
static WORD_INDEX: LazyLock<FxHashMap<&'static str, usize>> = LazyLock::new(|| {
    let mut index = FxHashMap::default();
    for (i, (w, _, _)) in WORDS.iter().enumerate() {
        index.entry(*w).or_insert(i);
    }
    index
});

/// How a judgement word takes the one it judges.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// An adjective or noun said of the entity: "X is reckless", "X, a fraud", "crooked X",
    /// "X's ignorant view".
    Said,
    /// A verb the entity does, in the active voice: "X lied", "X has failed".
    Does,
    /// A verb the speaker does to the entity: "I admire X", "we congratulate X".
    Speaker,
}

/// Judgement words (lower case): how they take their entity, and whether they praise.
const WORDS: &[(&str, Shape, bool)] = &[
    ("fraud", Shape::Said, false),
    ("frauds", Shape::Said, false),
    ("fraudulent", Shape::Said, false),
    ("liar", Shape::Said, false),
    ("liars", Shape::Said, false),
    ("dishonest", Shape::Said, false),
    ("corrupt", Shape::Said, false),
    ("crooked", Shape::Said, false),
    ("incompetent", Shape::Said, false),
    ("reckless", Shape::Said, false),
    ("irresponsible", Shape::Said, false),
    ("dangerous", Shape::Said, false),
    ("disgrace", Shape::Said, false),
    ("disgraceful", Shape::Said, false),
    ("shameful", Shape::Said, false),
    ("shameless", Shape::Said, false),
    ("disgusting", Shape::Said, false),
    ("deplorable", Shape::Said, false),
    ("outrageous", Shape::Said, false),
    ("appalling", Shape::Said, false),
    ("unfit", Shape::Said, false),
    ("unqualified", Shape::Said, false),
    ("hypocrite", Shape::Said, false),
    ("hypocritical", Shape::Said, false),
    ("racist", Shape::Said, false),
    ("bigot", Shape::Said, false),
    ("bigoted", Shape::Said, false),
    ("sexist", Shape::Said, false),
    ("xenophobic", Shape::Said, false),
    ("disastrous", Shape::Said, false),
    ("pathetic", Shape::Said, false),
    ("arrogant", Shape::Said, false),
    ("divisive", Shape::Said, false),
    ("demagogue", Shape::Said, false),
    ("ignorant", Shape::Said, false),
    ("failure", Shape::Said, false),
    ("failures", Shape::Said, false),
    ("misguided", Shape::Said, false),
    ("wrong", Shape::Said, false),
    ("mistaken", Shape::Said, false),
    ("unacceptable", Shape::Said, false),
    ("scandalous", Shape::Said, false),
    ("ludicrous", Shape::Said, false),
    ("absurd", Shape::Said, false),
    ("cynical", Shape::Said, false),
    ("inept", Shape::Said, false),
    ("obstacle", Shape::Said, false),
    ("barrier", Shape::Said, false),
    ("undermined", Shape::Does, false),
    ("undermines", Shape::Does, false),
    ("ignored", Shape::Does, false),
    ("ignores", Shape::Does, false),
    ("abandoned", Shape::Does, false),
    ("abandons", Shape::Does, false),
    ("neglected", Shape::Does, false),
    ("squandered", Shape::Does, false),
    ("botched", Shape::Does, false),
    ("bungled", Shape::Does, false),
    ("mishandled", Shape::Does, false),
    ("sabotaged", Shape::Does, false),
    ("deceived", Shape::Does, false),
    ("lied", Shape::Does, false),
    ("lies", Shape::Does, false),
    ("failed", Shape::Does, false),
    ("weakened", Shape::Does, false),
    ("betrayed", Shape::Does, false),
    ("mocked", Shape::Does, false),
    ("ridiculed", Shape::Does, false),
    ("insulted", Shape::Does, false),
    ("misled", Shape::Does, false),
    ("condemn", Shape::Speaker, false),
    ("blame", Shape::Speaker, false),
    ("superior", Shape::Said, true),
    ("excellent", Shape::Said, true),
    ("brilliant", Shape::Said, true),
    ("tremendous", Shape::Said, true),
    ("wonderful", Shape::Said, true),
    ("terrific", Shape::Said, true),
    ("fantastic", Shape::Said, true),
    ("extraordinary", Shape::Said, true),
    ("remarkable", Shape::Said, true),
    ("courageous", Shape::Said, true),
    ("visionary", Shape::Said, true),
    ("honourable", Shape::Said, true),
    ("honorable", Shape::Said, true),
    ("impressive", Shape::Said, true),
    ("admirable", Shape::Said, true),
    ("heroic", Shape::Said, true),
    ("inspiring", Shape::Said, true),
    ("embodies", Shape::Does, true),
    ("admire", Shape::Speaker, true),
    ("admired", Shape::Speaker, true),
    ("congratulate", Shape::Speaker, true),
    ("salute", Shape::Speaker, true),
    ("applaud", Shape::Speaker, true),
];

/// Words that may stand between an entity and what is said of it: "X is simply a fraud",
/// "X has done a fantastic job", "X has repeatedly lied".
const LINKS: &[&str] = &[
    "is",
    "was",
    "are",
    "were",
    "be",
    "has",
    "have",
    "had",
    "'s",
    "’s",
    "a",
    "an",
    "the",
    "so",
    "very",
    "really",
    "truly",
    "just",
    "simply",
    "such",
    "totally",
    "completely",
    "absolutely",
    "utterly",
    "also",
    "still",
    "clearly",
    "obviously",
    "always",
    "highly",
    "deeply",
    "most",
    "incredibly",
    "frankly",
    "done",
    "doing",
    "did",
    "repeatedly",
    "consistently",
    "again",
    "far",
    "and",
    "away",
    "by",
    "now",
    "major",
    "serious",
    "big",
    "real",
    "huge",
    "total",
    "complete",
];

/// What a body or a person does or says, judged in its stead: "UK government policy on trade
/// was a major barrier", "Mr Lund's remarks were irresponsible", "Labour's plans have failed".
const DEEDS: &[&str] = &[
    "policy",
    "policies",
    "plan",
    "plans",
    "proposal",
    "proposals",
    "decision",
    "comments",
    "remarks",
    "statement",
    "statements",
    "approach",
    "handling",
    "record",
    "response",
    "stance",
    "strategy",
    "reforms",
    "actions",
    "behaviour",
    "behavior",
    "conduct",
    "leadership",
    "tactics",
];

/// Forms of "be" that make a following participle passive ("Parliament was misled").
const BE: &[&str] = &["is", "was", "are", "were", "be", "been", "being"];

/// Words that turn a judgement round: "not a fraud", "never dishonest".
const NEGATORS: &[&str] = &[
    "not",
    "never",
    "no",
    "nothing",
    "nobody",
    "hardly",
    "isn't",
    "wasn't",
    "aren't",
    "don't",
    "doesn't",
    "didn't",
    "isn’t",
    "wasn’t",
    "aren’t",
    "don’t",
    "doesn’t",
    "didn’t",
];

/// The spans of the words of `span` (letters, digits, apostrophes and hyphens).
///
/// The words are the longest runs of such characters, read in one pass over the characters.
fn word_spans(text: &str, span: Span) -> impl Iterator<Item = Span> + '_ {
    let s = &text[span.start..span.end];
    let part = |c: char| c.is_alphanumeric() || c == '\'' || c == '’' || c == '-';
    let mut chars = s.char_indices().peekable();
    std::iter::from_fn(move || {
        let start = loop {
            let (i, c) = chars.next()?;
            if part(c) {
                break i;
            }
        };
        let mut end = s.len();
        while let Some(&(i, c)) = chars.peek() {
            if !part(c) {
                end = i;
                break;
            }
            chars.next();
        }
        Some(Span::new(span.start + start, span.start + end))
    })
}

/// Lower-case words of `span` with their spans.
fn words(text: &str, span: Span) -> Vec<(Span, String)> {
    word_spans(text, span)
        .map(|w| (w, text[w.start..w.end].to_lowercase()))
        .collect()
}

/// The clause of `content` around `pos`: bounded by sentence punctuation, a dash or a
/// semicolon.
fn clause(text: &str, content: Span, pos: usize) -> Span {
    let stop = |c: char| matches!(c, '.' | ';' | ':' | '!' | '?' | '—' | '–');
    let start = text[content.start..pos]
        .char_indices()
        .rev()
        .find(|&(_, c)| stop(c))
        .map_or(content.start, |(i, c)| content.start + i + c.len_utf8());
    let end = text[pos..content.end]
        .find(stop)
        .map_or(content.end, |i| pos + i);
    Span::new(start, end)
}

/// Persons and bodies named in a list with the quote's speaker, which may open it or end it:
/// "Oxfam, the Red Cross and Greenpeace said ..." (countries excepted, as for the speaker).
fn co_speakers<'d>(doc: &'d Doc<'_>, q: &QuoteOut) -> impl Iterator<Item = usize> + 'd {
    let first = q
        .record
        .speaker_mention
        .as_ref()
        .and_then(|sm| doc.mention_covering(sm.start));
    // Walks the list from the speaker's mention, backwards or forwards.
    let walk = move |forward: bool| {
        let mut k = first.unwrap_or(0);
        std::iter::from_fn(move || {
            first?;
            let p = if forward {
                Some(k + 1).filter(|&p| p < doc.mentions.len())?
            } else {
                k.checked_sub(1)?
            };
            let (a, b) = if forward { (k, p) } else { (p, k) };
            let (am, bm) = (doc.mentions[a].span, doc.mentions[b].span);
            if am.end > bm.start {
                return None;
            }
            let gap = doc.text[am.end..bm.start].trim();
            let gap = gap.strip_suffix(" the").unwrap_or(gap).trim();
            let gap = gap.strip_prefix(',').unwrap_or(gap).trim();
            let joined = gap.is_empty() && doc.text[am.end..bm.start].contains(',')
                || gap.eq_ignore_ascii_case("and")
                || gap.eq_ignore_ascii_case("the")
                || gap.eq_ignore_ascii_case("and the");
            if !joined || !matches!(doc.kind(p), EntityKind::Person | EntityKind::Organization) {
                return None;
            }
            k = p;
            doc.res.entity_of[p]
        })
        .take(5)
    };
    walk(false).chain(walk(true))
}

/// Criticism and praise relations from the attributed quotes of an article.
pub(crate) fn find(doc: &Doc<'_>, quotes: &[QuoteOut]) -> Vec<RelationRecord> {
    let text = doc.text;
    let home = doc
        .res
        .main_country
        .map(|i| doc.pipeline.recognizer.entities[i].id.as_str());
    let mut out: Vec<RelationRecord> = Vec::new();
    for q in quotes {
        // A country "speaks" through unnamed officials; its judgements are too loosely tied.
        let Some(speaker) = q
            .speaker
            .filter(|&e| doc.res.entities[e].kind != EntityKind::Country)
        else {
            continue;
        };
        // Judgement words are matched as written, in lower case ("Superior Coffee" is a
        // name): no copy of the quote's words unless one is there.
        let hits = word_spans(text, q.content).filter_map(|w| {
            WORD_INDEX.get(&text[w.start..w.end]).map(|&i| {
                let (x, shape, praise) = WORDS[i];
                (w, x, shape, praise)
            })
        });
        for (w, lw, shape, praise) in hits {
            let cl = clause(text, q.content, w.start);
            let before = words(text, Span::new(cl.start, w.start));
            let before = &before[before.len().saturating_sub(3)..];
            // A negation or a condition in the clause before it judges nobody: "no-one felt X
            // was a racist", "if Tokyo failed to act"; nor does a question ("Does this mean
            // X abandons ...?").
            if text[cl.end..].starts_with('?')
                || words(text, Span::new(cl.start, w.start))
                    .iter()
                    .any(|(_, p)| {
                        NEGATORS.contains(&p.as_str())
                            || p.ends_with("n't")
                            || p.ends_with("n’t")
                            || matches!(
                                p.as_str(),
                                "no-one" | "if" | "unless" | "whether" | "would" | "could"
                            )
                    })
            {
                continue;
            }
            // The entity the word is tied to, by the word's shape.
            let candidates: Vec<usize> = doc
                .mentions_in(cl)
                .into_iter()
                .filter(|&k| {
                    matches!(
                        doc.kind(k),
                        EntityKind::Person | EntityKind::Organization | EntityKind::Country
                    )
                })
                .collect();
            // "UK government policy on trade was a major barrier", "X's remarks were
            // irresponsible", "X's policies have failed": the judgement of a deed is one of
            // its author, a modifier or a possessor of the deed noun.
            let deed_of = |k: usize| {
                let m = doc.mentions[k].span;
                if m.end > w.start || text[m.end..w.start].contains(',') {
                    return false;
                }
                // "his Iran policy", "Labour's Iraq policy": the name is the topic, not the
                // author.
                let lead = text[cl.start..m.start].trim_end();
                if lead.ends_with("'s")
                    || lead.ends_with("’s")
                    || lead
                        .rsplit(|c: char| !c.is_alphabetic())
                        .next()
                        .is_some_and(|p| {
                            matches!(p, "his" | "her" | "their" | "its" | "our" | "my" | "your")
                        })
                {
                    return false;
                }
                let gap = words(text, Span::new(m.end, w.start));
                let mut i = usize::from(
                    gap.first()
                        .is_some_and(|(_, g)| matches!(g.as_str(), "'s" | "’s")),
                );
                if gap
                    .get(i)
                    .is_some_and(|(_, g)| matches!(g.as_str(), "government" | "administration"))
                {
                    i += 1;
                }
                if !gap.get(i).is_some_and(|(_, g)| DEEDS.contains(&g.as_str())) {
                    return false;
                }
                let rest = &gap[i + 1..];
                let Some(q) = (0..=rest.len().min(4))
                    .find(|&q| rest[q..].iter().all(|(_, g)| LINKS.contains(&g.as_str())))
                else {
                    return false;
                };
                // "policy on trade was": only a prepositional phrase between the noun and
                // the links ("Tory policies and then attacking the lies" is no deed judged).
                if q > 0
                    && !matches!(
                        rest[0].1.as_str(),
                        "on" | "towards" | "toward" | "over" | "in" | "of" | "for"
                    )
                    || rest[..q].iter().any(|(_, g)| g == "and")
                {
                    return false;
                }
                let be = rest[q..].iter().any(|(_, g)| BE.contains(&g.as_str()));
                match shape {
                    Shape::Said => be && rest.len() - q <= 5,
                    Shape::Does => !be && rest.len() - q <= 3,
                    Shape::Speaker => false,
                }
            };
            // Mention k is not the object of a preposition or the second of two.
            let subject_like = |k: usize| {
                let before = words(text, Span::new(cl.start, doc.mentions[k].span.start));
                !before
                    .iter()
                    .rev()
                    .find(|(_, p)| !matches!(p.as_str(), "the" | "a" | "an"))
                    .is_some_and(|(ps, p)| {
                        // "Reagan and Congress have failed", not "... July and Congress has
                        // failed": "and" after a name joins two doers.
                        p == "and" && {
                            let lead = text[..ps.start].trim_end();
                            let lead = lead.strip_suffix(',').unwrap_or(lead).trim_end();
                            // "the European Community (EC) and": the name before its acronym.
                            let lead = match lead.strip_suffix(')') {
                                Some(l) => l.rfind('(').map_or(lead, |i| l[..i].trim_end()),
                                None => lead,
                            };
                            doc.mention_ending_at(lead.len()).is_some()
                        } || matches!(
                            p.as_str(),
                            "with"
                                | "between"
                                | "of"
                                | "to"
                                | "for"
                                | "against"
                                | "on"
                                | "by"
                                | "from"
                                | "about"
                                | "in"
                        )
                    })
            };
            let tied = candidates.iter().copied().find_map(|k| {
                if deed_of(k) {
                    return Some((k, true));
                }
                if doc.is_modifier(k) {
                    return None;
                }
                let m = doc.mentions[k].span;
                let ok = if m.end <= w.start {
                    // Entity first: only linking words between ("X is a fraud", "X's
                    // ignorant view", "X has failed"); a verb not after "be" (no passive).
                    let gap = words(text, Span::new(m.end, w.start));
                    let links = gap.iter().all(|(_, g)| LINKS.contains(&g.as_str()));
                    let possessive =
                        text[m.end..].starts_with("'s") || text[m.end..].starts_with("’s");
                    match shape {
                        // "Israel's security barrier" is no judgement: an obstacle is one
                        // only when something is said to be it.
                        Shape::Said => {
                            links && gap.len() <= 5
                                || possessive
                                    && gap.len() <= 2
                                    && !matches!(lw, "obstacle" | "barrier")
                        }
                        // "X and has failed", "talks with X have failed": the doer is the
                        // subject, not one of two or the object of a preposition.
                        Shape::Does => {
                            links
                                && gap.len() <= 3
                                && !gap
                                    .iter()
                                    .any(|(_, g)| BE.contains(&g.as_str()) || g == "and")
                                && subject_like(k)
                        }
                        Shape::Speaker => false,
                    }
                } else if m.start >= w.end {
                    let gap = words(text, Span::new(w.end, m.start));
                    match shape {
                        // "crooked X": a person (a body here is mostly a modifier, "a
                        // brilliant Supreme Court justice").
                        Shape::Said => gap.is_empty() && doc.kind(k) == EntityKind::Person,
                        // "I admire X", "we congratulate the X".
                        Shape::Speaker => {
                            gap.iter()
                                .all(|(_, g)| matches!(g.as_str(), "the" | "my" | "our"))
                                && before
                                    .last()
                                    .is_some_and(|(_, p)| matches!(p.as_str(), "i" | "we"))
                        }
                        Shape::Does => false,
                    }
                } else {
                    false
                };
                ok.then_some((k, shape == Shape::Does))
            });
            let Some((k, deed)) = tied else { continue };
            let Some(target) = doc.res.entity_of[k] else {
                continue;
            };
            let target_id = doc.res.entities[target].id.as_str();
            // The home country is judged only through its deeds ("Britain had undermined the
            // UN", "UK policy was a barrier"), not in patriotic talk ("Britain is wonderful").
            if target == speaker || Some(target_id) == home && !deed {
                continue;
            }
            let (rel_type, cameo) = if praise {
                ("praises", "051")
            } else {
                ("criticizes", "111")
            };
            for source in std::iter::once(speaker).chain(co_speakers(doc, q)) {
                let source_id = doc.res.entities[source].id.as_str();
                if source == target
                    || out.iter().any(|r| {
                        r.source == source_id
                            && r.target == target_id
                            && r.rel_type == rel_type
                            && r.evidence.start >= q.content.start
                            && r.evidence.end <= q.content.end
                    })
                {
                    continue;
                }
                out.push(RelationRecord {
                    source: source_id.to_string(),
                    target: target_id.to_string(),
                    rel_type: rel_type.to_string(),
                    cameo: Some(cameo.to_string()),
                    modality: Modality::Asserted,
                    date: q.record.date.clone(),
                    title: None,
                    evidence: doc.article.evidence(cl),
                    sentence: doc
                        .sentence_at(w.start)
                        .map(|si| doc.article.evidence(doc.sentences[si].span)),
                    rule: format!("quote/stance/{lw}"),
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one-pass word finder gives the words of the first version: each character that may
    /// be part of a word and follows none starts one, which runs to the next that may not.
    #[test]
    fn word_spans_are_the_runs_of_word_characters() {
        let part = |c: char| c.is_alphanumeric() || c == '\'' || c == '’' || c == '-';
        let reference = |s: &str| -> Vec<Span> {
            s.char_indices()
                .filter(|&(i, c)| part(c) && !s[..i].chars().next_back().is_some_and(part))
                .map(|(i, _)| {
                    let len = s[i..].find(|c: char| !part(c)).unwrap_or(s.len() - i);
                    Span::new(i, i + len)
                })
                .collect()
        };
        for s in [
            "",
            " ",
            "a",
            "Lorvan's ill-judged plan, they said, was \"reckless\".",
            "  two  spaces\tand\na line ",
            "Café owners’ rivals — naïve? Über-cautious!",
            "'' quoted '' and -- dashes --",
            "x9 42 3-d it’s—end",
        ] {
            let got: Vec<Span> = word_spans(s, Span::new(0, s.len())).collect();
            assert_eq!(got, reference(s), "{s:?}");
        }
        // A span inside a longer text gives spans in the text's offsets.
        let t = "He said: Brodmoor is corrupt.";
        let got: Vec<&str> = word_spans(t, Span::new(9, t.len()))
            .map(|w| &t[w.start..w.end])
            .collect();
        assert_eq!(got, ["Brodmoor", "is", "corrupt"]);
    }
}
