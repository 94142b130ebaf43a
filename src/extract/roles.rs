//! Standing relations named by a role noun: who is someone's critic, supporter or ally.
//!
//! "Jan Brewer, an early supporter of Donald Trump," and "Madeleine Albright, a Clinton
//! supporter," state that Brewer and Albright back Trump and Clinton (`supports`, CAMEO 050);
//! "Barney Frank, a fierce critic of Mr. Sanders," that Frank criticizes Sanders (111). The
//! module owns the role words ([`ROLES`]) and the three shapes that tie a role to its holder:
//!
//! * an apposition after the holder's name: "X, a longtime critic of Y", "X, a former
//!   congressman and fierce critic of Y" (the role may be the second of two descriptions);
//! * a predicate: "X is a supporter of Y", "X, who has long been an ally of Y";
//! * a name the role describes from the front: "Clinton ally James Carville", "another
//!   Clinton ally, Agriculture Secretary Tom Vilsack".
//!
//! A role held no longer ("a former supporter of Y", "an ex-ally") or only in a condition
//! ("would be a critic of Y") gives nothing; a denied one ("X is not a supporter of Y") is
//! negated. The holder and the one the role is about must be named (a person, a body or a
//! country), and differ.

use super::Doc;
use crate::model::{EntityKind, Modality, RelationRecord};
use crate::ner::Form;
use crate::span::Span;

/// Role nouns (singular): the relation the holder has with the one named, and its CAMEO code.
const ROLES: &[(&str, &str, &str)] = &[
    ("critic", "criticizes", "111"),
    ("detractor", "criticizes", "111"),
    ("supporter", "supports", "050"),
    ("backer", "supports", "050"),
    ("loyalist", "supports", "050"),
    ("ally", "supports", "050"),
    ("admirer", "praises", "051"),
];

/// Words that end a role before the time of the text: the relation no longer holds.
const PAST: &[&str] = &[
    "former",
    "onetime",
    "one-time",
    "erstwhile",
    "ex",
    "past",
    "previous",
];

/// Forms of "be" and its like that make the role a predicate of the name before them.
const COPULAS: &[&str] = &[
    "is", "was", "'s", "’s", "been", "remains", "remained", "became", "becomes", "be",
];

/// Words that may stand between a copula and the name or "who" before it: auxiliaries
/// and adverbs ("has long been", "had always been").
const AUX: &[&str] = &[
    "has",
    "have",
    "had",
    "long",
    "always",
    "also",
    "still",
    "now",
    "since",
    "already",
    "too",
    "certainly",
    "clearly",
];

/// Modals that make a predicate a condition or a wish ("would be a critic").
const MODALS: &[&str] = &[
    "would", "could", "might", "may", "will", "can", "should", "must", "to",
];

/// Words that open the noun phrase of a role.
const DETERMINERS: &[&str] = &["a", "an", "another"];

/// Is `w` a word that may describe a role between its determiner and its noun ("a longtime,
/// vocal critic", "a key Clinton supporter")? Lower-case words and hyphenated ones; a name
/// ("Clinton") is read by the caller.
fn modifier(w: &str) -> bool {
    !w.is_empty()
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
        && !matches!(
            w,
            "of" | "and" | "or" | "but" | "who" | "which" | "that" | "is" | "was" | "the"
        )
}

/// The role a lower-case word names, if any.
fn role(w: &str) -> Option<(&'static str, &'static str)> {
    ROLES
        .iter()
        .find(|(r, _, _)| *r == w)
        .map(|&(_, t, c)| (t, c))
}

/// An entity of a kind that can hold a role or have one held about it.
fn actor(doc: &Doc<'_>, k: usize) -> Option<usize> {
    let e = doc.res.entity_of[k]?;
    matches!(
        doc.res.entities[e].kind,
        EntityKind::Person | EntityKind::Organization | EntityKind::Country
    )
    .then_some(e)
}

/// The mention that opens at token `i`, its title included ("Sen. Ted Cruz", "Mr. Trump"),
/// passing over "the" and a party or country word that describes the next name ("the
/// United States", "Republican Donald Trump").
fn mention_opening(doc: &Doc<'_>, mut i: usize, end: usize) -> Option<usize> {
    if i < end && doc.word_cow(i) == "the" {
        i += 1;
    }
    let start = doc.tokens.get(i)?.span.start;
    // Mentions are sorted and do not overlap: the first one starting here or later is the
    // only one that can open here, by its name or its title.
    let k = doc.mentions.partition_point(|m| m.span.start < start);
    let m = doc.mentions.get(k)?;
    if !(m.span.start == start || m.title.is_some_and(|t| t.start == start)) {
        return None;
    }
    doc.id(k)?;
    if doc.is_modifier(k) && doc.id(k + 1).is_some() {
        return Some(k + 1);
    }
    Some(k)
}

/// Words that may follow the name a role is about when the name ends its noun phrase ("a
/// critic of Trump since 2015", "a supporter of Clinton who"), against a noun it describes
/// ("a critic of U.S. arms control", "a supporter of Grayson's opponent").
const AFTER_OBJECT: &[&str] = &[
    "and", "or", "but", "who", "whom", "which", "that", "since", "for", "in", "on", "at", "from",
    "with", "during", "until", "to", "as", "when", "while", "because", "before", "after", "over",
    "said", "says", "told", "is", "was", "has", "had", "will", "would", "by", "than", "himself",
    "herself", "itself", "even", "also", "now", "then", "there", "here",
];

/// The words a candidate's name may own when a role is about the candidate ("a supporter of
/// Trump's presidential campaign").
const CANDIDACY: &[&str] = &["campaign", "candidacy", "bid", "presidency", "leadership"];

/// True when mention `k` (after a role's "of") ends its noun phrase, or owns a candidacy: the
/// role is about the one it names.
fn heads_phrase(doc: &Doc<'_>, k: usize, end: usize) -> bool {
    let m_end = doc.mentions[k].span.end;
    let next = doc.token_at_or_after(m_end);
    if next >= end {
        return true;
    }
    let t = doc.tokens[next];
    // Only white space may stand between the name and the next token.
    if !doc.text[m_end..t.span.start].trim().is_empty() {
        return false;
    }
    let w = doc.word_cow(next);
    if matches!(w.as_ref(), "'s" | "’s") {
        return (next + 1..(next + 4).min(end))
            .any(|j| CANDIDACY.contains(&doc.word_cow(j).as_ref()));
    }
    match t.kind {
        crate::text::TokenKind::Word => AFTER_OBJECT.contains(&w.as_ref()),
        crate::text::TokenKind::Number => false,
        _ => !doc.text[t.span.start..].starts_with('-'),
    }
}

/// The named mention ending exactly where token `i` ends (a name used as a name, not an
/// adjective such as "Republican").
fn name_ending_at_token(doc: &Doc<'_>, i: usize) -> Option<usize> {
    let k = doc.mention_ending_at(doc.tokens.get(i)?.span.end)?;
    matches!(doc.mentions[k].form, Form::Name | Form::Surname).then_some(k)
}

/// The holder named before a role's determiner at token `d` (apposition or predicate), with
/// the modality of the statement; None when there is none or the role is a condition.
fn holder_before(doc: &Doc<'_>, d: usize, first: usize) -> Option<(usize, Modality)> {
    if d <= first {
        return None;
    }
    let w = doc.word_cow(d - 1);
    // Apposition: "X, a critic of Y" ("X of New York, a Trump supporter"), or after a dash
    // ("Alan Milburn - a key ally of Tony Blair").
    if matches!(w.as_ref(), "," | "-" | "–" | "—") {
        if d < first + 2 {
            return None;
        }
        let k = name_ending_at_token(doc, d - 2)?;
        if doc.is_possessor(k) {
            return None;
        }
        let at = doc.token_at_or_after(doc.mentions[k].span.start);
        let before = |at: usize| {
            if at > first {
                doc.word_cow(at - 1)
            } else {
                "".into()
            }
        };
        // (Over "the": "a candidate for the U.S. Senate".)
        let word = match before(at) {
            w if w == "the" => before(at - 1),
            w => w,
        };
        if matches!(
            doc.mentions[k].kind,
            EntityKind::Country | EntityKind::Location
        ) {
            // "Rep. Lee Zeldin of New York, a Trump supporter": the person before "of".
            if at > first + 1 && before(at) == "of" {
                let p = name_ending_at_token(doc, at - 2)?;
                return (doc.mentions[p].kind == EntityKind::Person)
                    .then_some((p, Modality::Asserted));
            }
        }
        // "a candidate for U.S. Senate, a longtime supporter of Clinton": a name inside a
        // prepositional phrase is not the one described, unless a person's ("the role went
        // to Alan Milburn, a key ally of Tony Blair"; not after "of": "the wife of X, a
        // critic of Y").
        if super::stance::PREPOSITIONS.contains(&word.as_ref())
            && (word == "of" || doc.mentions[k].kind != EntityKind::Person)
        {
            return None;
        }
        return Some((k, Modality::Asserted));
    }
    // Predicate: "X is a supporter of Y", "X, who has long been an ally of Y", "X is not
    // a supporter of Y".
    let mut modality = Modality::Asserted;
    let mut i = d;
    if matches!(w.as_ref(), "not" | "never") {
        modality = Modality::Negated;
        i -= 1;
    }
    if i <= first || !COPULAS.contains(&doc.word_cow(i - 1).as_ref()) {
        return None;
    }
    i -= 1;
    while i > first {
        let v = doc.word_cow(i - 1);
        if matches!(v.as_ref(), "not" | "never" | "n't") {
            modality = Modality::Negated;
        } else if MODALS.contains(&v.as_ref()) {
            return None;
        } else if !AUX.contains(&v.as_ref()) && !COPULAS.contains(&v.as_ref()) {
            break;
        }
        i -= 1;
    }
    if i <= first {
        return None;
    }
    // Past the auxiliaries: the name itself, or "who" after it.
    let mut j = i - 1;
    if doc.word_cow(j) == "who" {
        if j <= first {
            return None;
        }
        j -= 1;
        if doc.word_cow(j) == "," && j > first {
            j -= 1;
        }
    }
    let k = name_ending_at_token(doc, j)?;
    if doc.is_possessor(k) {
        return None;
    }
    Some((k, modality))
}

/// Standing relations stated by role nouns in the article's sentences.
pub(crate) fn find(doc: &Doc<'_>) -> Vec<RelationRecord> {
    let mut out = Vec::new();
    for (ti, t) in doc.tokens.iter().enumerate() {
        // Most words are passed over on their length and first letter, unread.
        if !(4..=9).contains(&t.span.len())
            || !matches!(
                doc.text.as_bytes()[t.span.start].to_ascii_lowercase(),
                b'a' | b'b' | b'c' | b'd' | b'l' | b's'
            )
        {
            continue;
        }
        let Some((rel_type, cameo)) = role(&doc.word_cow(ti)) else {
            continue;
        };
        let Some(si) = doc.sentence_at(t.span.start) else {
            continue;
        };
        let range = doc.tokens_in(doc.sentences[si].span);
        // (Repeats are dropped with every other finder's by `extract`.)
        out.extend(one_role(doc, si, range, ti, rel_type, cameo));
    }
    out
}

/// The relation stated by the role noun at token `ti`, if its holder and its object are named.
fn one_role(
    doc: &Doc<'_>,
    si: usize,
    range: std::ops::Range<usize>,
    ti: usize,
    rel_type: &str,
    cameo: &str,
) -> Option<RelationRecord> {
    let first = range.start;
    let end = range.end;
    // The one the role is about: after "of", or a name right before the noun.
    let (object, np_first) = if ti + 1 < end && doc.word_cow(ti + 1) == "of" {
        let k = mention_opening(doc, ti + 2, end)?;
        if !heads_phrase(doc, k, end) {
            return None;
        }
        (k, ti)
    } else {
        let k = name_ending_at_token(doc, ti.checked_sub(1)?)?;
        let m = &doc.mentions[k];
        if m.kind == EntityKind::Location || doc.is_possessor(k) {
            return None;
        }
        (k, doc.token_at_or_after(m.span.start))
    };
    let target = actor(doc, object)?;
    let object_end = if np_first == ti {
        doc.mentions[object].span.end
    } else {
        doc.tokens[ti].span.end
    };
    // Back from the noun phrase's first word to its determiner, over describing words; a
    // coordinated role ("a former congressman and fierce critic") goes on to the first
    // description's determiner, and a word of the past then describes the other one.
    let mut i = np_first;
    let mut coordinated = false;
    let mut det = None;
    let mut steps = 0;
    while i > first && steps < 10 {
        let v = doc.word_cow(i - 1);
        if DETERMINERS.contains(&v.as_ref()) {
            det = Some(i - 1);
            break;
        }
        if v == "and" && !coordinated {
            coordinated = true;
        } else if PAST.contains(&v.as_ref()) && !coordinated {
            return None;
        } else if !(modifier(&v)
            || coordinated && doc.mention_covering(doc.tokens[i - 1].span.start).is_some())
        {
            // A name inside the first description ("a former Massachusetts congressman").
            break;
        }
        // "ex-" written as a prefix of the next word.
        if !coordinated && v.starts_with("ex-") {
            return None;
        }
        i -= 1;
        steps += 1;
    }
    let (holder, modality, span_start) = match det {
        Some(d) => match holder_before(doc, d, first) {
            Some((k, m)) => (k, m, doc.mentions[k].span.start),
            // "Another Clinton ally, Agriculture Secretary Tom Vilsack": the name after.
            None => (
                holder_after(doc, ti, object, end, d, first)?,
                Modality::Asserted,
                doc.tokens[d].span.start,
            ),
        },
        // "Clinton ally James Carville": a role with no determiner names the one after it.
        None if np_first != ti => {
            let h = name_after(doc, ti + 1, end)?;
            (h, Modality::Asserted, doc.mentions[object].span.start)
        }
        None => return None,
    };
    let source = actor(doc, holder)?;
    if source == target {
        return None;
    }
    let span_end = object_end.max(doc.mentions[holder].span.end);
    let span = Span::new(span_start.min(doc.mentions[holder].span.start), span_end);
    Some(RelationRecord {
        source: doc.res.entities[source].id.clone(),
        target: doc.res.entities[target].id.clone(),
        rel_type: rel_type.to_string(),
        cameo: Some(cameo.to_string()),
        modality,
        date: None,
        title: None,
        evidence: doc.article.evidence(span),
        sentence: Some(doc.article.evidence(doc.sentences[si].span)),
        rule: format!("role/{}", doc.word_cow(ti)),
    })
}

/// The holder named right after a role phrase that opens its sentence or follows a comma
/// ("Another Clinton ally, Agriculture Secretary Tom Vilsack, said"): a person.
fn holder_after(
    doc: &Doc<'_>,
    ti: usize,
    object: usize,
    end: usize,
    d: usize,
    first: usize,
) -> Option<usize> {
    if d > first && doc.word_cow(d - 1) != "," {
        return None;
    }
    // The phrase ends at the noun, or at the object's name after "of".
    let mut j = ti + 1;
    if doc.word_cow(j) == "of" {
        j = doc.token_at_or_after(doc.mentions[object].span.end);
    }
    if j >= end || doc.word_cow(j) != "," {
        return None;
    }
    name_after(doc, j + 1, end)
}

/// The person named from token `j` on, across a few capitalised title words ("Agriculture
/// Secretary Tom Vilsack").
fn name_after(doc: &Doc<'_>, j: usize, end: usize) -> Option<usize> {
    for t in j..(j + 4).min(end) {
        if let Some(k) = mention_opening(doc, t, end) {
            return (doc.mentions[k].kind == EntityKind::Person).then_some(k);
        }
        let w = doc.tokens[t].text(doc.text);
        if doc.tokens[t].kind != crate::text::TokenKind::Word
            || !w.chars().next().is_some_and(char::is_uppercase)
        {
            return None;
        }
    }
    None
}
