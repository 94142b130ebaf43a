//! Quotes: direct (in quotation marks), partial and indirect ("X said that ..."),
//! attributed to a speaker.
//!
//! Speakers are found next to a reporting cue: after the quote (`"...," X said`,
//! `"...," said X`), before it in the same sentence (`X said on Tuesday that "..."`),
//! or at the end of the previous paragraph (`X said last week that` / `"..."`).
//! Pronouns ("he said") and bare titles ("the minister said") resolve to the
//! last person mentioned (with that title).

use super::Doc;
use super::affil::Affil;
use crate::model::{EntityKind, QuoteRecord};
use crate::span::Span;
use crate::text::{lower_cow, word_spans};

/// A quote with the spans the event extractor needs.
#[derive(Clone, Debug)]
pub(crate) struct QuoteOut {
    pub record: QuoteRecord,
    pub content: Span,
    /// Entity index of the speaker.
    pub speaker: Option<usize>,
}

/// True when `w` is a reporting noun (`comments`, `statement`, `claim`): a cue like a
/// reporting verb. A `match`, as the cue loops test every word.
fn is_reporting_noun(w: &str) -> bool {
    REPORTING_NOUNS.contains(&w)
}

/// The nouns of [`is_reporting_noun`].
const REPORTING_NOUNS: &[&str] = &[
    "comments",
    "comment",
    "remarks",
    "remark",
    "statement",
    "statements",
    "claim",
    "claims",
    "words",
    "warning",
    "assertion",
    "announcement",
];

const PRONOUNS: &[&str] = &["he", "she", "they", "He", "She", "They"];

/// Paragraphs for quoting: non-blank lines (some sources break paragraphs with one newline).
/// In hard-wrapped wire copy, where a paragraph opens with an indent (`    "We will," he
/// said`), a line with no indent right after a non-blank one continues that paragraph.
fn lines(text: &str) -> Vec<(usize, usize)> {
    let wire = indented_paragraphs(text);
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut off = 0;
    let mut prev_blank = true;
    for line in crate::text::split_lines(text) {
        let t = line.trim_end();
        let lead = t.len() - t.trim_start().len();
        // (All of a line trimmed at its end is blank when its indent is all of it.)
        if lead == t.len() {
            prev_blank = true;
        } else {
            match out.last_mut() {
                Some(last) if wire && lead == 0 && !prev_blank => last.1 = off + t.len(),
                _ => out.push((off + lead, off + t.len())),
            }
            prev_blank = false;
        }
        off += line.len();
    }
    out
}

/// True when paragraphs open with an indent of two spaces or more before a word or a quote
/// mark, as in wire copy (`\n    The bank said ...`), and run on over lines with none.
fn indented_paragraphs(text: &str) -> bool {
    crate::text::match_starts(text, "\n  ").any(|i| {
        text[i + 1..]
            .trim_start_matches([' ', '\t'])
            .starts_with(|c: char| c.is_alphabetic() || matches!(c, '"' | '“'))
    })
}

/// Quotation spans: (content without the marks, content with the marks).
///
/// Double marks only (`"`, `“ ”`, `« »`, `„`, and `''` as some outlets write them).
/// A paragraph that opens a quote and never closes it continues into the next paragraph
/// when that one opens with a mark; the run becomes one quote. Not when the quote left open
/// followed an attributed one in its paragraph and the next paragraph's quote is closed by
/// a named speaker of its own (`"A," said Jo Lee. "B` / `"C," said Al Green.`): then the
/// open one ends with its paragraph.
fn quote_spans(text: &str, lines: &[(usize, usize)]) -> Vec<(Span, Span)> {
    let mut out = Vec::new();
    // An unclosed quote carried over from the previous paragraph:
    // (open mark start, mark length, end of the paragraph it was left open in).
    let mut carry: Option<(usize, usize, usize)> = None;
    // Whether the carried quote opened after a quote closed in its paragraph.
    let mut carry_after_quote = false;
    for &(ps, pe) in lines {
        let para = &text[ps..pe];
        let mut open: Option<(usize, usize)> = None;
        // A quote closed in this paragraph before.
        let mut closed_here = false;
        let mut last_close = ps;
        // The carried quote taken up by this paragraph's first mark, when it may end with
        // its own paragraph: (its open mark, mark length, its paragraph's end, this mark).
        let mut taken: Option<(usize, usize, usize, usize)> = None;
        let bytes = para.as_bytes();
        let mut from = 0;
        // Only `"`, `'` and the lead bytes of `“ ” „` (0xE2) and `« »` (0xC2) can
        // begin a mark: the bytes between are skipped without decoding (in an ASCII
        // paragraph, by memchr).
        let ascii = para.is_ascii();
        let next_mark = |from: usize| {
            let rest = &bytes[from..];
            if ascii {
                memchr::memchr2(b'"', b'\'', rest)
            } else {
                rest.iter()
                    .position(|&b| matches!(b, b'"' | b'\'' | 0xC2 | 0xE2))
            }
        };
        while let Some(k) = next_mark(from) {
            let i = from + k;
            let c = para[i..].chars().next().unwrap_or(' ');
            let mut len = c.len_utf8();
            from = i + len;
            let is_mark = match c {
                '"' | '“' | '”' | '«' | '»' | '„' => true,
                '\'' if bytes.get(i + 1) == Some(&b'\'') => {
                    len = 2;
                    from = i + 2;
                    true
                }
                _ => false,
            };
            if !is_mark {
                continue;
            }
            // The character before the mark, and whether the mark opens the paragraph.
            let prev = para[..i].chars().next_back();
            let first = i == 0;
            let next = para[i + len..].chars().next();
            let straight = c == '"' || c == '\'';
            let can_open = matches!(c, '“' | '«' | '„')
                || (straight
                    && prev.is_none_or(|p| p.is_whitespace() || "([{:—–-,".contains(p))
                    && next.is_some_and(|x| !x.is_whitespace()));
            let can_close =
                matches!(c, '”' | '»') || (straight && next.is_none_or(|x| !x.is_alphanumeric()));
            // A paragraph opening with a mark continues the quote left open before it.
            if first && carry.is_some() && can_open {
                if carry_after_quote {
                    taken = carry.map(|(o, ol, cpe)| (o, ol, cpe, ps + i));
                }
                open = carry.take().map(|(o, ol, _)| (o, ol));
            } else {
                match open {
                    None if can_open => open = Some((ps + i, len)),
                    Some((o, ol)) if can_close => {
                        let (o, ol) = match taken.take() {
                            Some((to, tol, tpe, m))
                                if to == o && named_speaker_after(&text[ps + i + len..pe]) =>
                            {
                                push_open(text, &mut out, (to, tol, tpe));
                                (m, len_at(text, m))
                            }
                            _ => (o, ol),
                        };
                        let inner = Span::new(o + ol, ps + i);
                        if !text[inner.start..inner.end].trim().is_empty() {
                            out.push((trim(text, inner), Span::new(o, ps + i + len)));
                        }
                        open = None;
                        closed_here = true;
                        last_close = ps + i + len;
                    }
                    _ => {}
                }
            }
        }
        if let Some(c) = carry.take() {
            // The next paragraph did not continue it: the quote ran to the end of its paragraph.
            push_open(text, &mut out, c);
        }
        if let Some((o, ol)) = open {
            carry = Some((o, ol, pe));
            // (Not after a colon: `..., X shot back: "A` is one speaker's.)
            carry_after_quote = closed_here && !text[last_close..o].contains(':');
        }
    }
    if let Some(c) = carry {
        push_open(text, &mut out, c);
    }
    out.sort_by_key(|q| (q.1.start, q.1.end));
    out
}

/// The length of the quote mark at `at` (`''` counts as one mark).
fn len_at(text: &str, at: usize) -> usize {
    if text[at..].starts_with("''") {
        2
    } else {
        text[at..].chars().next().map_or(1, char::len_utf8)
    }
}

/// True when the words after a closing mark name who spoke (`, said Al Green.`, `, Al Green
/// said.`), not a pronoun or a description (`, he said`, `, the founder said`).
fn named_speaker_after(after: &str) -> bool {
    let mut ws = after
        .trim_start_matches([',', ' ', '\n'])
        .split_whitespace()
        .map(|w| w.trim_end_matches([',', '.']));
    let speech = |w: &str| matches!(w, "said" | "says" | "added" | "adds" | "told");
    let named = |w: &str| {
        w.starts_with(|c: char| c.is_uppercase())
            && !matches!(w, "He" | "She" | "They" | "It" | "The" | "A" | "An" | "But")
    };
    match ws.next() {
        Some(w) if speech(w) => ws.next().is_some_and(named),
        Some(w) if named(w) => ws.take(4).any(speech),
        _ => false,
    }
}

/// `The banks were "in no hurry to lend," Jo Lee said.`: a quote inside a sentence after a
/// lead of two to forty words that opens the sentence with a capital letter and holds no
/// other quote mark, no reporting cue and no colon, comma or dash just before the mark: the
/// lead, to be read with the quote as what was said (`sent` the sentence, `marks` the quote
/// with its marks).
fn lead_clause_of(doc: &Doc<'_>, sent: Span, marks: Span) -> Option<Span> {
    let text = doc.text;
    if sent.start >= marks.start {
        return None;
    }
    let lead = trim(text, Span::new(sent.start, marks.start));
    let lt = lead.slice(text);
    let n = lt.split_whitespace().count();
    let refused = !(2..=40).contains(&n)
        || !lt.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        || lt.ends_with([':', ',', ';', '-', '—', '–', '('])
        || lt.contains(['"', '“', '”', '\n'])
        || lt.contains("''")
        || last_cue(doc, lead).is_some()
        || lt
            .split_whitespace()
            .any(|w| w.eq_ignore_ascii_case("according"));
    (!refused).then_some(lead)
}

/// A quote left open to the end of its paragraph: kept when it has at least four words.
fn push_open(text: &str, out: &mut Vec<(Span, Span)>, (o, ol, pe): (usize, usize, usize)) {
    let inner = Span::new(o + ol, pe);
    if text[inner.start..inner.end]
        .split_whitespace()
        .nth(3)
        .is_some()
    {
        out.push((trim(text, inner), Span::new(o, pe)));
    }
}

fn trim(text: &str, s: Span) -> Span {
    let inner = &text[s.start..s.end];
    let lead = inner.len() - inner.trim_start().len();
    let t = inner.trim();
    Span::new(s.start + lead, s.start + lead + t.len())
}

/// A speaker candidate: (mention index or pronoun span, entity index).
#[derive(Clone, Copy)]
struct Speaker {
    mention: Span,
    entity: Option<usize>,
}

/// True when the words before `pos` end in a preposition ("ambassador to Moscow"): such a
/// mention is not the subject of the cue.
fn after_preposition(text: &str, pos: usize) -> bool {
    let before = text[..pos].trim_end();
    let before = before.strip_suffix("the").unwrap_or(before).trim_end();
    let last = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    [
        "to", "of", "in", "at", "from", "for", "with", "by", "on", "against", "about", "into",
    ]
    .contains(&last)
}

/// Documents whose author speaks for them (`a report by X said`).
const DOCUMENTS: &[&str] = &[
    "report",
    "study",
    "survey",
    "review",
    "analysis",
    "paper",
    "statement",
    "letter",
    "poll",
    "audit",
    "inquiry",
    "assessment",
];

/// True when the words before `pos` are a document and "by" or "from" (`the report by the
/// Electoral Commission said`): the mention at `pos` wrote it and is the speaker.
fn authored_by(text: &str, pos: usize) -> bool {
    let before = text[..pos].trim_end();
    let before = before.strip_suffix("the").unwrap_or(before).trim_end();
    let mut words = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    matches!(words.next(), Some("by" | "from"))
        && words.next().is_some_and(|w| DOCUMENTS.contains(&w))
}

/// What speaker choice needs beyond the document: affiliations (titles) and the grammatical
/// gender of each entity as the article shows it.
struct Cx<'a> {
    affils: &'a [Affil],
    /// Per entity: > 0 referred to as "he"/"Mr.", < 0 as "she"/"Mrs."/"Ms.", 0 unknown.
    gender: Vec<i32>,
    /// Per entity: the gender its given name usually shows ([`given_name_vote`]): only a
    /// tie-breaker where `gender` is 0.
    name_gender: Vec<i32>,
    /// The spans inside quote marks, by start: a name someone quotes is not who "he" or
    /// "she" attributing words is (`"Smith will lose," he said`).
    quoted: Vec<Span>,
}

/// The gender an honorific before a person's mention `span`, or opening it, shows: +3 for
/// each "Mr", -3 for each "Mrs", "Ms" or "Miss" ("Mr. Vendrum", "Mrs Ruiz").
pub(crate) fn honorific_vote(text: &str, span: Span) -> i32 {
    let before = text[..span.start].trim_end().trim_end_matches('.');
    let w = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let first = span
        .slice(text)
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    [w, first]
        .iter()
        .map(|w| match *w {
            "Mr" => 3,
            "Mrs" | "Ms" | "Miss" => -3,
            _ => 0,
        })
        .sum()
}

/// The gender a person's name shows by its first word, a given name usually borne by women
/// (-1) or by men (+1); 0 for any other.
pub(crate) fn given_name_vote(doc: &Doc<'_>, name: &str) -> i32 {
    let first = name.split([' ', '-']).next().unwrap_or("");
    i32::from(doc.pipeline.recognizer.given_name_gender(first))
}

const MALE: &[&str] = &["he", "him", "his", "himself"];
const FEMALE: &[&str] = &["she", "her", "hers", "herself"];

impl<'a> Cx<'a> {
    /// True when `s` lies inside quote marks.
    fn in_quotes(&self, s: Span) -> bool {
        let i = self.quoted.partition_point(|q| q.start <= s.start);
        i > 0 && self.quoted[i - 1].end >= s.end
    }

    /// One pass over the mentions (honorifics) and the words (pronouns): a pronoun votes
    /// for the person named last before it in its sentence when that sentence names no
    /// other person before it.
    fn new(doc: &Doc<'_>, affils: &'a [Affil], quoted: Vec<Span>) -> Cx<'a> {
        let text = doc.text;
        let mut gender = vec![0i32; doc.res.entities.len()];
        for (k, m) in doc.mentions.iter().enumerate() {
            let Some(e) = doc.res.entity_of.get(k).copied().flatten() else {
                continue;
            };
            if m.kind != EntityKind::Person {
                continue;
            }
            gender[e] += honorific_vote(text, m.span);
        }

        // The one person the previous sentence names (None: none or several).
        let mut prev: Option<usize> = None;
        // Only a resolved person's mention takes a pronoun's vote: with none, no sentence
        // needs reading.
        let sentences = if any_resolved_person(doc) {
            doc.sentences
        } else {
            &[]
        };
        for s in sentences {
            let mut seen = SentencePersons::default();
            let mut next_mention = doc
                .mentions
                .partition_point(|m| m.span.start < s.span.start);
            for t in doc.tokens_in(s.span) {
                let tok = doc.tokens[t].span;
                while next_mention < doc.mentions.len()
                    && doc.mentions[next_mention].span.end <= tok.start
                {
                    see_person(doc, s.span.start, next_mention, &mut seen);
                    next_mention += 1;
                }
                // Every pronoun counted starts with "h" or "s": other words need no look-up.
                if !matches!(
                    doc.text.as_bytes().get(tok.start),
                    Some(b'h' | b's' | b'H' | b'S')
                ) {
                    continue;
                }
                let w = doc.word_cow(t);
                let vote = if MALE.contains(&w.as_ref()) {
                    1
                } else if FEMALE.contains(&w.as_ref()) {
                    -1
                } else {
                    continue;
                };
                // A sentence opening with the pronoun continues the previous sentence's person.
                let opens = text[s.span.start..tok.start].trim().is_empty();
                if let Some(e) = seen
                    .subject()
                    .or(prev.filter(|_| seen.person.is_none() && opens))
                    .or_else(|| said_subject(doc, t, &seen))
                {
                    gender[e] += vote;
                }
            }
            // The rest of the sentence's mentions.
            while next_mention < doc.mentions.len()
                && doc.mentions[next_mention].span.start < s.span.end
            {
                see_person(doc, s.span.start, next_mention, &mut seen);
                next_mention += 1;
            }
            prev = seen.subject();
        }
        let name_gender = doc
            .res
            .entities
            .iter()
            .map(|ent| given_name_vote(doc, &ent.name))
            .collect();
        Cx {
            affils,
            gender,
            name_gender,
            quoted,
        }
    }
}

/// True when some mention is of a resolved person (what [`see_person`] notes).
fn any_resolved_person(doc: &Doc<'_>) -> bool {
    doc.mentions
        .iter()
        .zip(&doc.res.entity_of)
        .any(|(m, e)| m.kind == EntityKind::Person && e.is_some())
}

/// The persons one sentence names, as far as it has been read.
#[derive(Default)]
struct SentencePersons {
    /// The last person named.
    person: Option<usize>,
    /// More than one person named.
    several: bool,
    /// The first person is the sentence's subject (named at the start, after at
    /// most a few capitalised words: "Then", "Sen.", "Former Gov.").
    subject: bool,
    /// The first person named.
    first: Option<usize>,
    /// Where the first person's mention ends.
    first_end: usize,
}

impl SentencePersons {
    /// The sentence's one person when it is also its subject.
    fn subject(&self) -> Option<usize> {
        self.person.filter(|_| !self.several && self.subject)
    }
}

/// Notes mention `k` (of the sentence starting at `start`) when it is a resolved person.
fn see_person(doc: &Doc<'_>, start: usize, k: usize, seen: &mut SentencePersons) {
    if doc.mentions[k].kind != EntityKind::Person {
        return;
    }
    let Some(e) = doc.res.entity_of[k] else {
        return;
    };
    if seen.person.is_none() && fronted_topic(doc, start, k) {
        return;
    }
    if seen.person.is_none() {
        // A title written before the name is part of it ("Home Office minister Jane Adley").
        let m = &doc.mentions[k];
        let cut = m
            .title
            .filter(|t| t.end <= m.span.start && t.start >= start)
            .map_or(m.span.start, |t| t.start);
        let lead = &doc.text[start..cut];
        seen.subject = lead.split_whitespace().count() <= 3
            && lead
                .split_whitespace()
                .all(|w| w.starts_with(|c: char| c.is_uppercase()));
    }
    seen.several |= seen.person.is_some_and(|p| p != e);
    seen.person = Some(e);
    if seen.first.is_none() {
        seen.first = Some(e);
        seen.first_end = doc.mentions[k].span.end;
    }
}

/// `Prof Jo Lee, who wrote the study with Ann Kay, said she was shocked`: a pronoun right
/// after `said` (token `t`) stands for the sentence's subject, even when a clause set off
/// by commas after the subject names someone else. Only such a clause may lie between the
/// subject and `said` (`Lee said X, noting Y, in which she said she ...` is no vote).
fn said_subject(doc: &Doc<'_>, t: usize, seen: &SentencePersons) -> Option<usize> {
    if t == 0 || !matches!(doc.word_cow(t - 1).as_ref(), "said" | "says") {
        return None;
    }
    let said = doc.tokens[t - 1].span.start;
    let between = doc.text.get(seen.first_end..said)?;
    let set_off = between.starts_with(',') && between.trim_end().ends_with(',');
    seen.first.filter(|_| seen.subject && set_off)
}

/// Words that open a sentence's topic set off by a comma before its subject: "Of Sanders,
/// McCaskill said", "On Iran, Kerry said".
const TOPIC_OPENERS: &[&str] = &["Of", "On", "About", "As for", "Regarding", "Asked about"];

/// Is mention `k` a topic fronted before the subject of the sentence starting at `start`:
/// right after one of [`TOPIC_OPENERS`] and right before a comma?
fn fronted_topic(doc: &Doc<'_>, start: usize, k: usize) -> bool {
    let m = doc.mentions[k].span;
    start <= m.start
        && TOPIC_OPENERS.contains(&doc.text[start..m.start].trim())
        && doc.text[m.end..].starts_with(',')
}

/// What a subject pronoun before `pos` stands for: "he"/"she", the last person named before
/// it whose gender does not clash; "they", the last organisation named in the same or the
/// previous sentence (never a person).
fn pronoun_antecedent(doc: &Doc<'_>, pos: usize, pronoun: &str, cx: &Cx<'_>) -> Option<usize> {
    let upto = doc.mentions.partition_point(|m| m.span.start < pos);
    match pronoun.to_lowercase().as_str() {
        "they" => {
            let from = doc.sentence_at(pos).map_or(0, |i| {
                let prev = i.saturating_sub(1);
                // (`X officials said A. The officials noted B. C, they said.`: the officials
                // opening the sentence before are the ones named one sentence earlier.)
                let head = &doc.text[doc.sentences[prev].span.start..];
                let again = ["The officials ", "The sources ", "The spokesmen "]
                    .iter()
                    .any(|h| head.starts_with(h));
                doc.sentences[if again { prev.saturating_sub(1) } else { prev }]
                    .span
                    .start
            });
            // `[words naming MITI], they said`: a body named in the words attributed is not
            // who says them; only the sentences before count.
            let upto = if doc.text[..pos].trim_end().ends_with([',', '"', '”']) {
                let own = doc
                    .sentence_at(pos)
                    .map_or(pos, |i| doc.sentences[i].span.start);
                doc.mentions.partition_point(|m| m.span.start < own)
            } else {
                upto
            };
            (0..upto)
                .rev()
                .take_while(|&k| doc.mentions[k].span.start >= from)
                .find_map(|k| {
                    // ("Six Gannett newspapers, including the Asbury Park Press, said A. They
                    // ...": a body named as one example of the subject is not who "they" are.)
                    let before = doc.text[..doc.mentions[k].span.start].trim_end();
                    let example = before.ends_with("including")
                        || before
                            .strip_suffix("the")
                            .is_some_and(|b| b.trim_end().ends_with("including"));
                    (doc.mentions[k].kind == EntityKind::Organization
                        && !doc.is_modifier(k)
                        && !example)
                        .then(|| doc.res.entity_of[k])
                        .flatten()
                })
                .or_else(|| {
                    // Not from the clause the pronoun attributes (`X officials did Y, they said`).
                    let own = doc
                        .sentence_at(pos)
                        .map_or(pos, |i| doc.sentences[i].span.start);
                    officials_before(doc, from, own)
                })
        }
        p => {
            // The nearest person known to match within a few paragraphs, else the nearest
            // one not known to clash.
            let sign = if p == "she" { -1 } else { 1 };
            // (A "she" needs a person known as a woman: most persons of unknown gender are men.)
            // A given name ("Ruth", "John") only breaks a tie the article's own words leave:
            // it may make the previous sentence's subject a "she", and it rules a candidate
            // out; it never makes a person nearer in the text a match.
            let named = |e: usize| cx.name_gender[e];
            if let Some(e) = previous_subject(doc, pos, cx).filter(|&e| {
                cx.gender[e] * sign > 0
                    || cx.gender[e] == 0 && (sign > 0 && named(e) >= 0 || named(e) * sign > 0)
            }) {
                return Some(e);
            }
            let mut unknown = None;
            // A possessor in the pronoun's own sentence waits for a person named before it
            // there: "that Lazar accessed Clinton's email ... though he admitted" is Lazar.
            let own_start = doc
                .sentence_at(pos)
                .map_or(pos, |i| doc.sentences[i].span.start);
            let mut possessor = None;
            let lead = participle_lead(doc, pos);
            for k in (upto.saturating_sub(200)..upto).rev() {
                let m = &doc.mentions[k];
                if possessor.is_some() && unknown.is_none() && m.span.start < own_start {
                    unknown = possessor;
                }
                if m.kind != EntityKind::Person || lead.is_some_and(|l| l.contains(m.span)) {
                    continue;
                }
                // (A mention read as a person's name may resolve to a company: `Acme bought
                // X` after `Acme Industries Inc`; a "he" or "she" is never a body.)
                let Some(e) = doc.res.entity_of[k]
                    .filter(|&e| doc.res.entities[e].kind == EntityKind::Person)
                else {
                    continue;
                };
                if cx.in_quotes(m.span) {
                    continue;
                }
                if cx.gender[e] * sign > 0 {
                    return Some(e);
                }
                // ("The Obama administration's waiver system ..., she said": a name inside
                // a noun phrase in the pronoun's sentence is no one who speaks.)
                let inside_phrase = || {
                    m.span.start >= own_start
                        && doc.text[..m.span.start]
                            .trim_end()
                            .rsplit(|c: char| !c.is_alphanumeric())
                            .next()
                            .is_some_and(|w| w.eq_ignore_ascii_case("the"))
                        && doc.text[m.span.end..].strip_prefix(' ').is_some_and(|r| {
                            let next = r
                                .split(|c: char| !c.is_ascii_alphabetic())
                                .next()
                                .unwrap_or("");
                            next.starts_with(|c: char| c.is_ascii_lowercase())
                                && !next.ends_with("ed")
                                && !doc.pipeline.extractor.is_reporting(next)
                        })
                };
                if cx.gender[e] == 0
                    && named(e) * sign >= 0
                    && unknown.is_none()
                    && !inside_phrase()
                {
                    if m.span.start >= own_start && doc.is_possessor(k) {
                        possessor = possessor.or(Some(e));
                    } else {
                        unknown = Some(e);
                    }
                }
                if pos - m.span.start > 1500 && unknown.is_some() {
                    break;
                }
            }
            unknown.or(possessor)
        }
    }
}

/// Participles that open a sentence before its subject pronoun: `Asked about Howard's
/// remarks, he said`. Whoever they name is asked or spoken of, not the one who answers.
const LEAD_PARTICIPLES: &[&str] = &[
    "asked",
    "pressed",
    "questioned",
    "challenged",
    "quizzed",
    "interviewed",
    "responding",
    "replying",
    "referring",
    "commenting",
    "reacting",
];

/// The participle clause opening the sentence of a pronoun at `pos` and ending with a comma
/// right before it (`Pressed on whether he would attack Howard's beliefs, he replied`).
fn participle_lead(doc: &Doc<'_>, pos: usize) -> Option<Span> {
    let start = doc.sentences[doc.sentence_at(pos)?].span.start;
    let lead = &doc.text[start..pos];
    let first = lead.split_whitespace().next()?;
    (lead.trim_end().ends_with(',') && LEAD_PARTICIPLES.contains(&lower_cow(first).as_ref()))
        .then_some(Span::new(start, pos))
}

/// `Denman told Rostenkowski the rules forbid it. He said ...`: for a pronoun opening its
/// sentence (after at most "But" or "And"), or closing a direct quote that opens its sentence
/// (`Lee said A. "B," he said.`), the person opening the sentence before as its subject (not
/// a possessive, not inside quote marks).
fn previous_subject(doc: &Doc<'_>, pos: usize, cx: &Cx<'_>) -> Option<usize> {
    let here = doc.sentence_at(pos)?;
    let lead = doc.text[doc.sentences[here].span.start..pos].trim();
    let after_quote = !matches!(lead, "" | "But" | "And");
    let i = if after_quote {
        quote_opening_sentence(doc, pos, cx)?
    } else {
        here
    };
    if i == 0 {
        return None;
    }
    let prev = doc.sentences[i - 1].span;
    let mut k = doc.mentions.partition_point(|m| m.span.start < prev.start);
    // ("Of Sanders, McCaskill said": past a fronted topic.)
    if k < doc.mentions.len() && fronted_topic(doc, prev.start, k) {
        k += 1;
    }
    // (Past a capitalised word read as a name that resolves to nothing: `Shadow` in
    // `Shadow home secretary David Davis echoed A.`)
    while k < doc.mentions.len()
        && doc.res.entity_of[k].is_none()
        && doc.mentions[k].span.start < prev.end
    {
        k += 1;
    }
    let m = doc.mentions.get(k).filter(|m| m.span.start < prev.end)?;
    if m.kind != EntityKind::Person {
        return None;
    }
    let cut = m
        .title
        .filter(|t| t.end <= m.span.start && t.start >= prev.start)
        .map_or(m.span.start, |t| t.start);
    // (`Shadow home secretary David Davis echoed A.`: a title stated right before the name,
    // lower case or not, belongs to it.)
    let cut = doc.res.entity_of[k]
        .and_then(|e| {
            cx.affils
                .iter()
                .filter(|a| a.person == e && a.span.end == m.span.end)
                .map(|a| a.span.start)
                .filter(|&s| s >= prev.start && s < cut)
                .min()
        })
        .unwrap_or(cut);
    let lead = &doc.text[prev.start..cut];
    // (Not after a subordinator: `When Lee tried A, Kim differed.` is Kim's.)
    let subject = lead.split_whitespace().count() <= 3
        && lead.split_whitespace().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && !SUBORDINATORS.contains(&w.to_lowercase().as_str())
        });
    let quoted = cx.in_quotes(m.span);
    let e = (subject && !doc.possessive_at(m.span.end) && !quoted)
        .then(|| doc.res.entity_of[k])
        .flatten()
        .filter(|&e| doc.res.entities[e].kind == EntityKind::Person)?;
    // (`Kim asked Lee A. "B," he told Kim.`: the one the pronoun's clause names after it is
    // not who the pronoun is.)
    let named_after = doc
        .mentions_in(Span::new(pos, doc.sentences[here].span.end))
        .into_iter()
        .any(|j| doc.res.entity_of[j] == Some(e));
    let about = after_quote
        && quote_about_subject(doc, Span::new(doc.sentences[i].span.start, pos), prev, e);
    (!named_after && !about).then_some(e)
}

/// `Reagan acted. "He took these steps as a last resort," he said.`: the words quoted
/// (`quote`, up to the pronoun) speak of someone as "he"/"she" (the pronoun's gender) and
/// the sentence before (`prev`) names no person but its subject `e`: they speak of `e`, so
/// someone else says them.
fn quote_about_subject(doc: &Doc<'_>, quote: Span, prev: Span, e: usize) -> bool {
    let text = doc.text;
    let pronoun: String = text[quote.end..]
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    let class = if FEMALE.contains(&pronoun.as_str()) {
        FEMALE
    } else {
        MALE
    };
    let speaks_of = text[quote.start..quote.end]
        .split(|c: char| !c.is_alphabetic())
        .any(|w| class.contains(&w.to_lowercase().as_str()));
    let others = doc
        .mentions_in(prev)
        .into_iter()
        .any(|k| doc.kind(k) == EntityKind::Person && doc.res.entity_of[k] != Some(e));
    speaks_of && !others
}

/// `Jo Lee said A. "B," he said.`: for a pronoun at `pos` right after the closing mark of
/// a direct quote that opens its sentence (the quote may run over several sentences), the
/// sentence where that quote opens; the pronoun's subject is then sought before the quote.
fn quote_opening_sentence(doc: &Doc<'_>, pos: usize, cx: &Cx<'_>) -> Option<usize> {
    let qi = cx.quoted.partition_point(|q| q.start < pos);
    // The last quoted span starting before the pronoun, ending right before it.
    let q = cx.quoted[..qi].iter().rev().find(|q| q.end <= pos)?;
    if doc.text[q.end..pos].chars().any(char::is_alphanumeric) {
        return None;
    }
    let i = doc.sentence_at(q.start)?;
    let before = &doc.text[doc.sentences[i].span.start..q.start];
    (!before.chars().any(char::is_alphanumeric)).then_some(i)
}

/// `Japanese officials did X. They ...`: the body of the last "<body> officials" between
/// `from` and `pos` (the previous sentence).
fn officials_before(doc: &Doc<'_>, from: usize, pos: usize) -> Option<usize> {
    let zone = &doc.text[from..pos];
    zone.rmatch_indices("fficials")
        .filter_map(|(i, _)| {
            let start = from + i.checked_sub(1)?;
            matches!(&doc.text[start..start + 1], "o" | "O")
                .then(|| body_before(doc, start))
                .flatten()
        })
        .find_map(|k| doc.res.entity_of[k])
}

/// People named by whom they stand beside ("allies of X", "a lawyer for X"): they speak for
/// themselves, not for X.
const GROUP_AROUND: &[&str] = &[
    "ally",
    "allies",
    "aide",
    "aides",
    "critic",
    "critics",
    "supporter",
    "supporters",
    "opponent",
    "opponents",
    "friend",
    "friends",
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "associate",
    "associates",
    "relative",
    "relatives",
    "backer",
    "backers",
    "rival",
    "rivals",
    "foe",
    "foes",
    "detractors",
    "loyalists",
    "colleague",
    "colleagues",
    "family",
    "confidant",
    "confidants",
];

/// The start of "<group word> of/to/for [the] [Title ...]" right before a name at `name_start`
/// (within `from..`): "Critics of Governor X", "an aide to X", "lawyers for the company".
///
/// ```text
/// "Allies of Governor Ben Lott said he would win." -> the start of "Allies"
/// ```
fn group_before(text: &str, from: usize, name_start: usize) -> Option<usize> {
    let pre = text.get(from..name_start)?;
    let mut words = pre
        .split_whitespace()
        .rev()
        .map(|w| (w, w.as_ptr() as usize - text.as_ptr() as usize));
    // Title words and "the" between the preposition and the name (at most three).
    let mut w = words.next()?;
    for _ in 0..3 {
        if w.0.starts_with(|c: char| c.is_uppercase()) || w.0 == "the" {
            w = words.next()?;
        } else {
            break;
        }
    }
    if !matches!(w.0, "of" | "to" | "for") {
        return None;
    }
    let (g, start) = words.next()?;
    GROUP_AROUND
        .contains(&g.to_lowercase().as_str())
        .then_some(start)
}

/// "Allies of Governor X said", "a lawyer for X said" (person mention `k`, the phrase
/// starting at or after `from`): people around X speak, not X; the phrase is the speaker's
/// mention, with no entity.
fn group_speaker(doc: &Doc<'_>, from: usize, k: usize) -> Option<Speaker> {
    let m = doc.mentions[k].span;
    (doc.kind(k) == EntityKind::Person)
        .then(|| group_before(doc.text, from, m.start))
        .flatten()
        .map(|start| Speaker {
            mention: Span::new(start, m.end),
            entity: None,
        })
}

/// True when `span` opens with "<group word> of/to/for" ([`GROUP_AROUND`]).
fn group_phrase(text: &str, span: Span) -> bool {
    let mut w = span.slice(text).split_whitespace();
    w.next()
        .is_some_and(|g| GROUP_AROUND.contains(&g.to_lowercase().as_str()))
        && w.next().is_some_and(|p| matches!(p, "of" | "to" | "for"))
}

/// Words for someone who speaks for a body without being named: "a Home Office spokesman".
pub(crate) const SPOKES: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
    "spokesmen",
    "official",
    "officials",
    "source",
    "sources",
    "representative",
    "statement",
];

/// The organisation or country named right before a [`SPOKES`] word starting at `pos` ("a
/// Home Office spokesman", "an Iraqi official"): the body the unnamed speaker speaks for.
fn body_before(doc: &Doc<'_>, pos: usize) -> Option<usize> {
    // (Wire copy wraps lines: `a Security Pacific\nspokeswoman said`.)
    let before = doc.text[..pos].strip_suffix([' ', '\n'])?;
    let k = doc.mention_covering(before.len().checked_sub(1)?)?;
    (doc.mentions[k].span.end == before.len() && is_body(doc, k)).then_some(k)
}

/// True when the words before `pos` are a person's name opening its clause (after a quote
/// or at the start of the sentence), a comma and "a"/"an" (`"...," Jo Smith, a Kelmor
/// spokesman said`): the phrase at `pos` describes that person, who speaks. (Not a name
/// inside the clause: `the visit by Jo Smith, a Kelmor spokesman said`.)
fn apposed_to_person(doc: &Doc<'_>, pos: usize) -> bool {
    let before = doc.text[..pos].trim_end();
    let Some(before) = before
        .strip_suffix(" a")
        .or_else(|| before.strip_suffix(" an"))
        .and_then(|b| b.trim_end().strip_suffix(','))
    else {
        return false;
    };
    let end = before.trim_end().len();
    end > 0
        && doc.mention_covering(end - 1).is_some_and(|k| {
            let name = doc.mentions[k].span;
            let lead = doc.text[..name.start].trim_end();
            name.end == end
                && doc.res.entity_of[k]
                    .is_some_and(|e| doc.res.entities[e].kind == EntityKind::Person)
                && (lead.ends_with(['"', '”'])
                    || doc
                        .sentence_at(name.start)
                        .is_some_and(|si| doc.sentences[si].span.start == name.start))
        })
}

/// True when mention `k` names an organisation or a country, by the kind of the entity it
/// resolves to (a lone short name, `Cyacq` after "Cyacq Corp", is typed only there).
fn is_body(doc: &Doc<'_>, k: usize) -> bool {
    let kind = doc.res.entity_of[k].map_or(doc.kind(k), |e| doc.res.entities[e].kind);
    matches!(kind, EntityKind::Organization | EntityKind::Country)
}

/// "The spokesman said" after "a National Bank spokesman said": the body of the last
/// "<body> <word>" phrase before `pos`, starting at most `reach` bytes before it ("a
/// spokesman said" right after "an Acme spokesman said" is Acme's; the misspelling
/// "spokeman" counts as "spokesman").
fn last_body_with(doc: &Doc<'_>, pos: usize, word: &str, reach: usize) -> Option<usize> {
    let text = doc.text;
    let upto = doc.mentions.partition_point(|m| m.span.start < pos);
    let has = |after: &str, word: &str| {
        after.len() >= word.len()
            && after.is_char_boundary(word.len())
            && after[..word.len()].eq_ignore_ascii_case(word)
            && !after[word.len()..].starts_with(|c: char| c.is_alphanumeric())
    };
    (upto.saturating_sub(500)..upto).rev().find_map(|k| {
        let m = &doc.mentions[k];
        if m.span.start.saturating_add(reach) < pos {
            return None;
        }
        // (Or "<word> for [the] <organisation>": `a spokesman for the Harbour Trust said`;
        // not a country or a modifier, `a spokesman for the Dutch feed industry`.)
        let mut from = m.span.start.saturating_sub(40);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let before = text[from..m.span.start]
            .trim_end_matches("the ")
            .to_ascii_lowercase();
        let for_body = before
            .strip_suffix(" for ")
            .or_else(|| before.strip_suffix(" of "))
            .is_some_and(|b| b.ends_with(&format!(" {word}")));
        let after = text[m.span.end..].strip_prefix([' ', '\n']);
        let named =
            after.is_some_and(|a| has(a, word) || (word == "spokesman" && has(a, "spokeman")));
        let organisation = doc.res.entity_of[k]
            .is_some_and(|e| doc.res.entities[e].kind == EntityKind::Organization)
            && !doc.is_modifier(k);
        (is_body(doc, k) && (named || for_body && organisation))
            .then(|| doc.res.entity_of[k])
            .flatten()
    })
}

/// `the company said`, `according to the organisation`: a generic noun for a body stands
/// for the last organisation named before it (for "the bank", "the ministry", ... one whose
/// name has that word; see [`body_for_noun`] and [`subject_company_for`]).
pub(crate) fn body_named_before(doc: &Doc<'_>, phrase: Span) -> Option<usize> {
    let p = crate::text::collapse_ws(&phrase.slice(doc.text).to_lowercase());
    let noun = p.strip_prefix("the ")?;
    body_for_noun(doc, noun, phrase.start).or_else(|| subject_company_for(doc, noun, phrase.start))
}

/// The body a generic noun (`company`, `ministry`) stands for at `pos`: see
/// [`body_named_before`]. A company word (`the company`, `the firm`) stands for the company
/// the text is about: the one named last when it opens its sentence, else the last company
/// opening a sentence before it (`Sears said its Dean Witter unit lost money. The company
/// said ...` is Sears). A noun with a modifier (`the rating agency`, `the central bank`)
/// takes its head.
fn body_for_noun(doc: &Doc<'_>, noun: &str, pos: usize) -> Option<usize> {
    let (modifier, noun) = match noun.rsplit_once(' ') {
        Some((m, n)) if NOUN_MODIFIERS.contains(&m) => (m, n),
        // "the MPs' committee": the members' possessive only says whose body it is.
        Some((m, n)) if !m.contains(' ') && (m.ends_with("s'") || m.ends_with("s’")) => ("", n),
        Some(_) => return None,
        None => ("", noun),
    };
    if matches!(
        noun,
        "newspaper" | "paper" | "daily" | "magazine" | "weekly" | "tabloid"
    ) && modifier.is_empty()
    {
        return publication_before(doc, pos);
    }
    let head = match noun {
        "company" | "firm" | "group" | "organisation" | "organization" | "corporation"
        | "utility" | "partnership" | "insurer" | "retailer" => None,
        "bank" | "ministry" | "agency" | "commission" | "union" | "party" | "council" | "court"
        | "committee" | "airline" | "fund" | "department" | "exchange" | "association"
        | "institute" | "board" | "bureau" | "authority" | "federation" => Some(noun),
        _ => return None,
    };
    let central = modifier == "central";
    if central && noun != "bank" {
        return None;
    }
    let upto = doc.mentions.partition_point(|m| m.span.start < pos);
    let company = |k: usize, e: usize| {
        doc.kind(k) == EntityKind::Organization
            && !doc.is_modifier(k)
            && doc.res.entities[e].kind == EntityKind::Organization
            && !public_body(doc, e)
    };
    let found = (upto.saturating_sub(300)..upto).rev().find_map(|k| {
        let m = &doc.mentions[k];
        if doc.kind(k) != EntityKind::Organization || doc.is_modifier(k) {
            return None;
        }
        let e = doc.res.entity_of[k]?;
        // "The company" is no government body, court or army (the SEC named in passing);
        // "the central bank" is one.
        if head.is_none() && public_body(doc, e) || central && !public_body(doc, e) {
            return None;
        }
        let fits = head.is_none_or(|h| {
            doc.res.entities[e]
                .name
                .to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == h)
                || m.span.slice(doc.text).to_lowercase().contains(h)
                || central && doc.res.entities[e].name.contains("Reserve")
        });
        fits.then_some((k, e))
    });
    match found {
        Some((k, e)) if head.is_none() && !opens_sentence(doc, k) => {
            Some(subject_company_before(doc, k, pos, company).unwrap_or(e))
        }
        Some((_, e)) => Some(e),
        None => None,
    }
}

/// Last words of a newspaper's or magazine's name (`The New York Times`, `the Observer`).
const PAPER_NAMES: &[&str] = &[
    "times",
    "post",
    "journal",
    "daily",
    "herald",
    "observer",
    "guardian",
    "telegraph",
    "tribune",
    "gazette",
    "chronicle",
    "independent",
    "mirror",
    "globe",
    "economist",
    "newsweek",
    "inquirer",
    "examiner",
    "monitor",
    "dispatch",
    "courier",
    "bulletin",
    "shimbun",
    "zeitung",
    "magazine",
    "newspaper",
];

/// `The newspaper said`, `the paper added`: the last newspaper or magazine named before
/// `pos` (a media entry of the lexicon, or a name ending in a newspaper word such as
/// "Times" or "Observer"), within 3,000 bytes.
fn publication_before(doc: &Doc<'_>, pos: usize) -> Option<usize> {
    let upto = doc.mentions.partition_point(|m| m.span.start < pos);
    (upto.saturating_sub(300)..upto).rev().find_map(|k| {
        let m = &doc.mentions[k];
        if pos.saturating_sub(m.span.start) > 3000 {
            return None;
        }
        let e = doc.res.entity_of[k]?;
        let ent = &doc.res.entities[e];
        if ent.kind != EntityKind::Organization || doc.is_modifier(k) {
            return None;
        }
        let last = ent
            .name
            .rsplit(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())
            .map(str::to_lowercase)
            .unwrap_or_default();
        (doc.lexicon_type(e) == Some("media") || PAPER_NAMES.contains(&last.as_str())).then_some(e)
    })
}

/// `the agency`, `the bank` with no body of that name before `pos`: the company last
/// opening a sentence with a reporting verb (`Moody's said it may cut X's rating. The
/// agency said ...`).
fn subject_company_for(doc: &Doc<'_>, noun: &str, pos: usize) -> Option<usize> {
    if !matches!(
        noun,
        "agency" | "bank" | "airline" | "fund" | "rating agency"
    ) {
        return None;
    }
    let upto = doc.mentions.partition_point(|m| m.span.start < pos);
    subject_company_before(doc, upto, pos, |k, e| {
        doc.kind(k) == EntityKind::Organization
            && !doc.is_modifier(k)
            && doc.res.entities[e].kind == EntityKind::Organization
            && !public_body(doc, e)
            && reports(doc, k)
    })
}

/// Modifiers a generic noun for a body may carry and still stand for the body named before
/// (`the rating agency`, `the holding company`); not `parent`, `new` or `other`, which
/// point elsewhere.
const NOUN_MODIFIERS: &[&str] = &[
    "rating",
    "credit",
    "news",
    "central",
    "holding",
    "investment",
    "brokerage",
    "insurance",
    "oil",
    "mining",
    "steel",
    "chemical",
    "software",
    "computer",
    "drug",
    "food",
    "airline",
    "finance",
    "trading",
];

/// True when mention `k` opens its sentence as its subject (after at most two capitalised
/// words: "The", "But Acme"; not after a subordinator: "If Acme buys ...").
fn opens_sentence(doc: &Doc<'_>, k: usize) -> bool {
    let s = doc.mentions[k].span.start;
    doc.sentence_at(s).is_some_and(|i| {
        let lead = &doc.text[doc.sentences[i].span.start..s];
        lead.split_whitespace().count() <= 2
            && lead.split_whitespace().all(|w| {
                w.starts_with(char::is_uppercase)
                    && !matches!(
                        w,
                        "If" | "When"
                            | "While"
                            | "Although"
                            | "After"
                            | "Before"
                            | "Unless"
                            | "As"
                            | "Since"
                            | "Because"
                            | "Once"
                            | "Until"
                    )
            })
    })
}

/// The last company (as `company` tells) opening a sentence among the mentions before
/// index `k`, within 1,000 bytes of `pos`.
fn subject_company_before(
    doc: &Doc<'_>,
    k: usize,
    pos: usize,
    company: impl Fn(usize, usize) -> bool,
) -> Option<usize> {
    let from = pos.saturating_sub(1000);
    (0..k)
        .rev()
        .take_while(|&j| doc.mentions[j].span.start >= from)
        .find_map(|j| {
            let e = doc.res.entity_of[j]?;
            // (`The Standard & Poor's 500-stock index` names an index, not a subject.)
            let number_after = doc.text[doc.mentions[j].span.end..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit());
            (opens_sentence(doc, j) && !number_after && company(j, e)).then_some(e)
        })
}

/// True when mention `k` is followed by a reporting verb, past a ticker (`Moody's said`,
/// `Acme Corp <ACM> reported`).
fn reports(doc: &Doc<'_>, k: usize) -> bool {
    let mut after = doc.text[doc.mentions[k].span.end..].trim_start();
    if after.starts_with('<') {
        if let Some(i) = after.find('>') {
            after = after[i + 1..].trim_start();
        }
    }
    let w = after
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    !w.is_empty() && doc.pipeline.extractor.is_reporting(&lower_cow(w))
}

/// True when the words before `pos` are `the`, or `the` and the words before the last word
/// of `head` (`the spokesman`, `the ministry spokesman` after "a ministry spokesman").
fn the_before(text: &str, pos: usize, head: &str) -> bool {
    let before = text[floor_char(text, pos.saturating_sub(60))..pos]
        .trim_end()
        .to_lowercase();
    let ends_the = |b: &str| {
        b.strip_suffix("the")
            .is_some_and(|r| !r.ends_with(|c: char| c.is_alphanumeric()))
    };
    let modifier = head.rsplit_once(' ').map_or("", |(m, _)| m);
    ends_the(&before)
        || (!modifier.is_empty()
            && before
                .strip_suffix(modifier)
                .is_some_and(|r| ends_the(r.trim_end())))
}

/// True when an organisation other than `e` is named at the start of a sentence (after at
/// most three words) between `from` and `to`.
fn other_subject_between(doc: &Doc<'_>, from: usize, to: usize, e: usize) -> bool {
    let a = doc.mentions.partition_point(|m| m.span.start < from);
    let b = doc.mentions.partition_point(|m| m.span.start < to);
    (a..b).any(|k| {
        let m = &doc.mentions[k];
        doc.kind(k) == EntityKind::Organization
            && doc.res.entity_of[k].is_some_and(|x| x != e)
            && doc.sentence_at(m.span.start).is_some_and(|i| {
                doc.text[doc.sentences[i].span.start..m.span.start]
                    .split_whitespace()
                    .count()
                    <= 3
            })
    })
}

/// The person of the article whose full name (two words or more) ends `zone`, when no
/// person mention covers it already.
fn person_named(doc: &Doc<'_>, zone: Span) -> Option<usize> {
    let z = zone.slice(doc.text);
    doc.res.entities.iter().position(|e| {
        e.kind == EntityKind::Person
            && e.name.contains(' ')
            && z.ends_with(e.name.as_str())
            && z[..z.len() - e.name.len()]
                .chars()
                .next_back()
                .is_none_or(|c| c == ' ')
            && doc
                .mention_covering(zone.end - 1)
                .is_none_or(|k| doc.kind(k) != EntityKind::Person)
    })
}

/// The one person of the article whose name ends in `word` (a capitalised word, not a
/// pronoun); with none, the one person whose name has `word` as another of its words
/// (`Gao said` after `Gao Jianming`, a family name written first).
fn person_by_surname(doc: &Doc<'_>, word: &str) -> Option<usize> {
    let short = word.chars().count() < 3;
    if word.chars().count() < 2
        || !word.starts_with(|c: char| c.is_uppercase())
        || !word
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        || PRONOUNS.contains(&word)
    {
        return None;
    }
    let only = |hit: &dyn Fn(&str) -> bool| {
        let mut found = doc
            .res
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == EntityKind::Person && hit(&e.name));
        let one = found.next()?;
        found.next().is_none().then_some(one.0)
    };
    // (`Yu said` after `Yu Kuo-Hua`: a two-letter family name written first, before a
    // hyphenated given name.)
    if short {
        return only(&|name: &str| {
            let mut ws = name.split(' ');
            ws.next() == Some(word) && ws.next().is_some_and(|w| w.contains('-'))
        });
    }
    let ends = |name: &str| name.rsplit(' ').next() == Some(word);
    if doc
        .res
        .entities
        .iter()
        .any(|e| e.kind == EntityKind::Person && ends(&e.name))
    {
        return only(&ends);
    }
    // (`Heinz said` after `H.J. Heinz Co` and `Henry Heinz II` is the company.)
    if doc
        .res
        .entities
        .iter()
        .any(|e| e.kind == EntityKind::Organization && e.name.split(' ').any(|w| w == word))
    {
        return None;
    }
    only(&|name: &str| name.contains(' ') && name.split(' ').any(|w| w == word))
}

/// `a government spokesman`: the one country named in the 1,000 bytes before `pos` (None
/// when there are several or none).
fn only_country_before(doc: &Doc<'_>, pos: usize) -> Option<usize> {
    let upto = doc.mentions.partition_point(|m| m.span.start < pos);
    let from = pos.saturating_sub(1000);
    let mut found = None;
    for k in (0..upto)
        .rev()
        .take_while(|&k| doc.mentions[k].span.start >= from)
    {
        if doc.kind(k) != EntityKind::Country {
            continue;
        }
        let Some(e) = doc.res.entity_of[k] else {
            continue;
        };
        if found.is_some_and(|f| f != e) {
            return None;
        }
        found = Some(e);
    }
    found
}

/// `Acme estimated OPEC output at 16 mln bpd. It said ...`: when the name last before "it"
/// (mention `k`) is a body named in passing (not opening its sentence), the
/// company opening the last sentence before it that opens with a name (from `from` on) is
/// the subject "it" goes on with.
fn subject_company_past(doc: &Doc<'_>, k: usize, from: usize) -> Option<usize> {
    // (`..., the Agriculture Department said. ... it said`: the body that spoke goes on.)
    let next = doc.text[doc.mentions[k].span.end..].trim_start();
    let next_word = next
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    // (A country after the company may be what "it" is: `Acme sells pumps to Peru. It said`.)
    if opens_sentence(doc, k)
        || doc.kind(k) != EntityKind::Organization
        || doc
            .pipeline
            .extractor
            .is_reporting(&next_word.to_lowercase())
    {
        return None;
    }
    let j = (0..k)
        .rev()
        .take_while(|&j| doc.mentions[j].span.start >= from)
        .find(|&j| !doc.is_modifier(j) && opens_sentence(doc, j))?;
    // (`Acme Corp's Zeta unit said`: the unit, not its owner, speaks.)
    if doc.text[doc.mentions[j].span.end..].starts_with(['\'', '’']) {
        return None;
    }
    let e = doc.res.entity_of[j]?;
    (doc.kind(j) == EntityKind::Organization
        && doc.res.entities[e].kind == EntityKind::Organization
        && !public_body(doc, e)
        && !(j + 1..=k).any(|i| matches!(doc.kind(i), EntityKind::Person | EntityKind::Country)))
    .then_some(e)
}

/// `It said`: the organisation named last before `pos` (within a few sentences) when it is
/// a company, not a government body, court or army, and no country or person is named after it.
fn company_before(doc: &Doc<'_>, pos: usize) -> Option<usize> {
    let upto = doc.mentions.partition_point(|m| m.span.start < pos);
    let from = pos.saturating_sub(600);
    let k = (0..upto)
        .rev()
        .take_while(|&k| doc.mentions[k].span.start >= from)
        .find(|&k| {
            matches!(
                doc.kind(k),
                EntityKind::Organization | EntityKind::Country | EntityKind::Person
            ) && !doc.is_modifier(k)
        })?;
    let e = doc.res.entity_of[k]?;
    let company = |k: usize, e: usize| {
        doc.kind(k) == EntityKind::Organization
            && doc.res.entities[e].kind == EntityKind::Organization
            && !public_body(doc, e)
    };
    if !company(k, e) {
        return subject_company_past(doc, k, from);
    }
    // `Hutchison ... reported profits. The total excluded the sale of its stake in the Post.
    // It said ...`: "it" goes on with the company that is a subject (opens a sentence), not
    // one named in passing after it.
    let opens_sentence = |k: usize| opens_sentence(doc, k);
    if opens_sentence(k) {
        return Some(e);
    }
    let subject = (0..k)
        .rev()
        .take_while(|&j| doc.mentions[j].span.start >= from)
        .find(|&j| {
            doc.kind(j) == EntityKind::Organization && !doc.is_modifier(j) && opens_sentence(j)
        })
        .and_then(|j| Some((j, doc.res.entity_of[j]?)));
    match subject {
        Some((j, s)) if company(j, s) => Some(s),
        _ => Some(e),
    }
}

/// True for an entity the lexicon types as a government body, international body,
/// legislature, court, army, intelligence service or party: never "the company" or "it".
pub(super) fn public_body(doc: &Doc<'_>, e: usize) -> bool {
    matches!(
        doc.lexicon_type(e),
        Some(
            "government" | "intl" | "legislature" | "court" | "military" | "intelligence" | "party"
        )
    )
}

/// Cataphora (`Acme could cut 4,000 jobs, its chief executive has said.`, no holder of the
/// title named before): the first person named in the 1,500 bytes after `pos` who is given
/// title word `word` just before the name (`chief executive Jo Lee`) or reports something
/// right after it (`Jo Lee has told investors`).
fn later_title_holder(doc: &Doc<'_>, pos: usize, word: &str) -> Option<usize> {
    let text = doc.text;
    let from = doc.mentions.partition_point(|m| m.span.start < pos);
    doc.mentions[from..]
        .iter()
        .enumerate()
        .take_while(|(_, m)| m.span.start < pos + 1500)
        .filter(|(_, m)| m.kind == EntityKind::Person)
        .find_map(|(i, m)| {
            let before = &text[floor_char(text, m.span.start.saturating_sub(30))..m.span.start];
            let titled = lower_cow(before).contains(word);
            let next = text[m.span.end..]
                .split_whitespace()
                .find(|w| !matches!(*w, "has" | "had" | "have"))
                .unwrap_or("")
                .trim_matches(|c: char| !c.is_alphabetic());
            let reports = doc.pipeline.extractor.is_reporting(&lower_cow(next));
            (titled || reports).then(|| doc.res.entity_of[from + i])?
        })
}

/// The last person mentioned before `pos` (optionally holding the title word written at
/// `pos`, with the same other-office word before it: `the former president`).
///
/// Capitalised words written before the title (`the Tory leader`, `the Florida senator`)
/// must be stated with the person's title or in the organisation's name: the last person who
/// fits; when nobody does, the last holder unless that holder's title is stated with another
/// organisation (`Jo Smith, the Labour leader`). With no holder stated in the text, the one
/// person named before whose lexicon title is the title as written (see
/// [`lexicon_title_holder`]).
fn last_person(doc: &Doc<'_>, pos: usize, title_word: Option<&str>, cx: &Cx<'_>) -> Option<usize> {
    last_stated_person(doc, pos, title_word, cx).or_else(|| {
        // `the prime minister` with no holder stated in the text: the words between "the"
        // and the title word, with it, as a lexicon title.
        let w = title_word?;
        let head = doc.text[..pos].trim_end();
        let cut = floor_char(head, head.len().saturating_sub(30));
        let low = lower_cow(&head[cut..]);
        let (the, between) = if low.ends_with("the") {
            (low.len() - 3, "")
        } else {
            let i = low.rfind("the ")?;
            (i, low[i + 4..].trim())
        };
        let at_word = !head[..cut + the].ends_with(|c: char| c.is_alphanumeric());
        let phrase = if between.is_empty() {
            w.to_string()
        } else {
            format!("{between} {w}")
        };
        at_word.then(|| lexicon_title_holder(doc, pos, &phrase))?
    })
}

/// [`last_person`] among the people whose title the text states.
fn last_stated_person(
    doc: &Doc<'_>,
    pos: usize,
    title_word: Option<&str>,
    cx: &Cx<'_>,
) -> Option<usize> {
    let written = lower_cow(
        doc.text[..pos]
            .trim_end_matches([' ', '-'])
            .rsplit([' ', '-', '\n'])
            .next()
            .unwrap_or(""),
    );
    let body = title_word
        .map(|_| body_words(doc.text, pos, true))
        .unwrap_or_default();
    let upto = doc.mentions.partition_point(|m| m.span.start < pos);
    let mut holders = (upto.saturating_sub(2000)..upto).rev().filter_map(|k| {
        let m = &doc.mentions[k];
        if m.kind != EntityKind::Person {
            return None;
        }
        let e = doc.res.entity_of[k]?;
        let Some(w) = title_word else {
            return Some((e, None));
        };
        cx.affils
            .iter()
            .find(|a| {
                a.person == e
                    && a.title
                        .as_deref()
                        .is_some_and(|t| holds_title(t, w, &written))
                    && office_word(doc.text, a.span, w).is_none_or(|o| o == written)
            })
            .map(|a| (e, Some(a)))
    });
    if body.is_empty() {
        return holders.next().map(|(e, _)| e);
    }
    let w = title_word?;
    let holders: Vec<(usize, Option<&Affil>)> = holders.collect();
    // (`Tory` names the Conservative Party: the same entity as the affiliation's.)
    let entity_at = |s: Span| {
        doc.mention_covering(s.start)
            .and_then(|k| doc.res.entity_of[k])
    };
    let fits = |a: &Affil| {
        // `Jo Smith, a friend of the Tory leader`: someone else's title (a misread affiliation).
        let of_the = title_at(doc.text, a.span, w).is_some_and(|at| {
            let lead = body_words(doc.text, at, false)
                .last()
                .map_or(at, |b| b.start);
            lower_cow(doc.text[a.span.start..lead.max(a.span.start)].trim_end())
                .ends_with(" of the")
        });
        if of_the {
            return false;
        }
        let said = lower_cow(a.span.slice(doc.text));
        let org = a.org.as_deref().and_then(|o| doc.res.by_id(o));
        let org_name = org
            .map(|o| doc.res.entities[o].name.to_lowercase())
            .unwrap_or_default();
        body.iter().all(|&b| {
            let word = lower_cow(b.slice(doc.text));
            let has = |s: &str| {
                word.split('-')
                    .all(|p| s.split(|c: char| !c.is_alphanumeric()).any(|x| x == p))
            };
            has(&said)
                || has(&org_name)
                || entity_at(b).is_some_and(|e| {
                    org == Some(e) || {
                        let from = doc
                            .mentions
                            .partition_point(|m| m.span.start < a.span.start);
                        doc.mentions[from..]
                            .iter()
                            .enumerate()
                            .take_while(|(_, m)| m.span.start < a.span.end)
                            .any(|(i, _)| doc.res.entity_of[from + i] == Some(e))
                    }
                })
        })
    };
    // The last person stated with those words.
    if let Some(&(e, _)) = holders.iter().find(|(_, a)| a.is_some_and(fits)) {
        return Some(e);
    }
    // Nobody stated with those words: the last holder, unless an organisation other than the
    // one written comes with that holder's title (`Jo Smith, the Labour leader` is not "the
    // Tory leader"; `Agriculture Secretary Jo Smith` is still "the USDA secretary").
    let wanted: Vec<usize> = body.iter().filter_map(|&b| entity_at(b)).collect();
    let &(e, a) = holders.first()?;
    let other = a.is_some_and(|a| {
        title_at(doc.text, a.span, w).is_some_and(|at| {
            body_words(doc.text, at, false).iter().any(|&b| {
                doc.mention_covering(b.start).is_some_and(|k| {
                    doc.kind(k) == EntityKind::Organization
                        && doc.res.entity_of[k].is_some_and(|x| !wanted.contains(&x))
                        && !body
                            .iter()
                            .any(|q| q.slice(doc.text).eq_ignore_ascii_case(b.slice(doc.text)))
                })
            })
        })
    });
    (!other).then_some(e)
}

/// The capitalised words right before `pos` (`Tory` in `the Tory leader`), at most two; with
/// `need_det`, none unless a determiner opens them.
fn body_words(text: &str, pos: usize, need_det: bool) -> Vec<Span> {
    let is_det = |w: &str| DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(w));
    let mut out = Vec::new();
    let mut rest = text[..pos].trim_end_matches(' ');
    while !rest.is_empty() {
        let i = rest.rfind([' ', '\n']).map_or(0, |i| i + 1);
        let w = &rest[i..];
        if is_det(w)
            || !w.starts_with(|c: char| c.is_uppercase())
            || !w.chars().all(|c| c.is_alphabetic() || c == '-')
        {
            break;
        }
        out.push(Span::new(i, rest.len()));
        rest = rest[..i].trim_end_matches([' ', '\n']);
    }
    let det = rest.rsplit([' ', '\n']).next().is_some_and(is_det);
    if out.len() > 2 || (need_det && !det) {
        out.clear();
    }
    out
}

/// Where title word `w` starts in the affiliation `span`, if written there.
fn title_at(text: &str, span: Span, w: &str) -> Option<usize> {
    Some(span.start + span.slice(text).to_ascii_lowercase().find(w)?)
}

/// True when `title` (as an affiliation gives it) holds title word `w`, with no word that
/// makes it another office before it unless the text wrote that word too (`written`, the
/// word before the title in the text).
fn holds_title(title: &str, w: &str, written: &str) -> bool {
    let t = title.to_lowercase();
    let Some(i) = crate::text::find_str(&t, w) else {
        return false;
    };
    let before = t[..i].trim_end_matches(['-', ' ']);
    let word = before.rsplit([' ', '-']).next().unwrap_or("");
    !super::coref::OTHER_OFFICE.contains(&word) || word == written
}

/// The other-office word written right before title word `w` where affiliation `span`
/// states it (`shadow chancellor Jo Smith`), if any.
fn office_word(text: &str, span: Span, w: &str) -> Option<String> {
    let at = span.start + span.slice(text).to_ascii_lowercase().find(w)?;
    let word = text[..at]
        .trim_end_matches([' ', '-'])
        .rsplit([' ', '-', '\n'])
        .next()?
        .to_ascii_lowercase();
    super::coref::OTHER_OFFICE
        .contains(&word.as_str())
        .then_some(word)
}

/// `Tony Blair ... The prime minister said`, nobody given the title in the text: the one
/// person named before `pos` whose lexicon title is exactly `title` (`prime minister`; not
/// `Israeli prime minister`). Two such people give none, and so does a person the lexicon
/// does not know named after the holder (`Murphy said ... The senator paused`: the lexicon's
/// senator named earlier is not meant; Murphy may be a senator the text never calls one).
fn lexicon_title_holder(doc: &Doc<'_>, pos: usize, title: &str) -> Option<usize> {
    let upto = doc.mentions.partition_point(|m| m.span.start < pos);
    let person = |k: usize| {
        (doc.mentions[k].kind == EntityKind::Person)
            .then(|| doc.res.entity_of[k])
            .flatten()
    };
    let holds = |x: usize| {
        doc.lexicon_attr(x, "title")
            .is_some_and(|t| t.eq_ignore_ascii_case(title))
    };
    let mut found = (0..upto).filter_map(person).filter(|&x| holds(x));
    let e = found.next()?;
    if !found.all(|x| x == e) {
        return None;
    }
    let last = (0..upto).rev().find(|&k| person(k) == Some(e))?;
    (last + 1..upto)
        .filter_map(person)
        .all(|x| doc.lexicon_attr(x, "title").is_some())
        .then_some(e)
}

/// `the Tory leader said`, `the senator added` with no holder in the sentences before: the
/// one person the article names earlier with exactly that title, stated before or after the
/// name (`Tory leader Jo Smith`, `Jo Smith, the senator,`). Words before the title (`Tory`,
/// `United`) must be part of the title or written where it is stated or in the organisation's
/// name. Two people who fit give none.
fn sole_title_holder(doc: &Doc<'_>, np: Span, cx: &Cx<'_>) -> Option<usize> {
    let low = crate::text::collapse_ws(&np.slice(doc.text).to_lowercase());
    let rest = low.strip_prefix("the ")?;
    // "the secretary of state", "the minister's": a longer title or someone else's.
    if doc.text[np.end..].starts_with(" of ") || doc.text[np.end..].starts_with('\'') {
        return None;
    }
    let words: Vec<&str> = rest.split(' ').collect();
    if words.len() > 3
        || words
            .iter()
            .any(|w| w.is_empty() || !w.chars().all(|c| c.is_alphanumeric() || c == '-'))
        || !doc.pipeline.recognizer.is_title(words.last()?)
    {
        return None;
    }
    // The affiliation `a` states that title, with the body words before it.
    let states = |a: &Affil| {
        let Some(t) = a.title.as_deref() else {
            return false;
        };
        // `Sen. Jo Smith` is a senator.
        let t = unabbreviated(t);
        let t = t.as_str();
        // `Jo Smith, a Treasury spokesman said`: the apposition misread, the spokesman speaks.
        let after = doc.text[a.span.end..].trim_start_matches([' ', '\n']);
        let next = after
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        if lower_cow(a.span.slice(doc.text)).ends_with(t)
            && doc.pipeline.extractor.is_reporting(&lower_cow(next))
        {
            return false;
        }
        (0..words.len()).any(|i| {
            t == words[i..].join(" ") && {
                let said = lower_cow(a.span.slice(doc.text));
                let org = a
                    .org
                    .as_deref()
                    .and_then(|o| doc.res.by_id(o))
                    .map(|o| doc.res.entities[o].name.to_lowercase())
                    .unwrap_or_default();
                words[..i].iter().all(|w| {
                    let has = |s: &str| s.split(|c: char| !c.is_alphanumeric()).any(|x| x == *w);
                    has(&said) || has(&org)
                })
            }
        })
    };
    let last = *words.last()?;
    let mut found: Vec<usize> = cx
        .affils
        .iter()
        .filter(|a| {
            a.span.end <= np.start
                && states(a)
                // `shadow chancellor Jo Smith` is not "the chancellor".
                && office_word(doc.text, a.span, last).is_none()
        })
        .map(|a| a.person)
        .collect();
    found.sort_unstable();
    found.dedup();
    if found.is_empty() {
        return lexicon_title_holder(doc, np.start, rest);
    }
    let [e] = found[..] else {
        return None;
    };
    let upto = doc.mentions.partition_point(|m| m.span.start < np.start);
    // A person named before whose lexicon title is that office ("the chancellor" after the
    // Chancellor of the Exchequer's name) is no candidate (the lexicon knows only the
    // famous) but a reason to refuse.
    let other_holder = (0..upto).any(|k| {
        doc.res.entity_of[k].is_some_and(|x| {
            x != e
                && doc.mentions[k].kind == EntityKind::Person
                && doc.lexicon_attr(x, "title").is_some_and(|t| {
                    let t = t.to_lowercase();
                    let tw: Vec<&str> = t.split(|c: char| !c.is_alphanumeric()).collect();
                    tw.contains(&last) && !tw.iter().any(|w| super::coref::OTHER_OFFICE.contains(w))
                })
        })
    });
    (!other_holder).then_some(e)
}

/// A speaker phrase `np` without a conjunction that opens it ("But the committee" → "the
/// committee").
fn without_conjunction(text: &str, np: Span) -> Span {
    let s = np.slice(text);
    ["But ", "And ", "Yet ", "So ", "However, "]
        .iter()
        .find_map(|c| s.strip_prefix(c))
        .map_or(np, |rest| {
            let rest = rest.trim_start();
            Span::new(np.end - rest.len(), np.end)
        })
}

/// Speaker around a cue: the mention right after the verb (inversion) or the nearest one before it.
/// A relative pronoun right before the verb (`Smith, who said`, `the agency, which said`) is
/// the speaker's mention; it stands for the phrase right before it, or for no entity when the
/// speaker found is not that phrase (`Smith won voters who said`).
fn speaker_near_cue(
    doc: &Doc<'_>,
    cue: Span,
    left_limit: usize,
    right_limit: usize,
    cx: &Cx<'_>,
) -> Option<Speaker> {
    let found = speaker_near_cue_inner(doc, cue, left_limit, right_limit, cx)
        .map(|s| first_of_pair(doc, s))
        .map(|s| owner_over_member(doc, s, cue).unwrap_or(s));
    let Some(rel) = relative_pronoun(doc, cue, left_limit) else {
        if let Some(s) = found.filter(|s| s.entity.is_none()) {
            // "Allies of Governor X" (see [`group_before`]): nobody named speaks.
            if group_phrase(doc.text, s.mention) {
                return Some(s);
            }
            if let Some(s) = person_after_title_phrase(doc, s.mention) {
                return Some(s);
            }
            if let Some(s) = staff_of(doc, cue, left_limit) {
                return Some(s);
            }
            if let Some(e) = spokesman_for_noun(doc, s.mention) {
                return Some(Speaker {
                    mention: s.mention,
                    entity: Some(e),
                });
            }
            // ("But the committee said": past a conjunction opening the sentence.)
            let np = without_conjunction(doc.text, s.mention);
            if let Some(e) = super::coref::description_antecedent(doc, cx.affils, &[], np, None) {
                return Some(Speaker {
                    mention: np,
                    entity: Some(e),
                });
            }
            if let Some(e) = sole_title_holder(doc, np, cx) {
                return Some(Speaker {
                    mention: s.mention,
                    entity: Some(e),
                });
            }
            if let Some(e) = short_name_after_the(doc, s.mention) {
                return Some(Speaker {
                    mention: s.mention,
                    entity: Some(e),
                });
            }
            if matches!(s.mention.slice(doc.text), "It" | "it") {
                return Some(Speaker {
                    mention: s.mention,
                    entity: company_before(doc, s.mention.start),
                });
            }
            // `The government said`: the one country named in the sentences before.
            if crate::text::collapse_ws(s.mention.slice(doc.text))
                .eq_ignore_ascii_case("the government")
            {
                return Some(Speaker {
                    mention: s.mention,
                    entity: only_country_before(doc, s.mention.start),
                });
            }
            // `Kall -- co-editor of ... -- said`: a lone surname the recogniser left alone.
            if let Some(e) = person_by_surname(doc, s.mention.slice(doc.text))
                .or_else(|| org_by_short_name(doc, s.mention))
            {
                return Some(Speaker {
                    mention: s.mention,
                    entity: Some(e),
                });
            }
            // `The information commissioner's office says`: an organisation's name written
            // in lower case.
            if let Some(e) = org_named_in_lower_case(doc, np) {
                return Some(Speaker {
                    mention: s.mention,
                    entity: Some(e),
                });
            }
            // `A foreign ministry statement said`, `the Supreme Court ruled`: the one body of
            // the article with that noun (and those modifiers) in its name, even named later.
            let entity = first_conjunct(doc, s.mention).or_else(|| sole_body_for(doc, np));
            return Some(Speaker {
                mention: s.mention,
                entity,
            });
        }
        return found;
    };
    let text = doc.text;
    // The phrase before the pronoun, past a comma, a parenthesis (`the Office of Fair Trading
    // (OFT), which`) and a reflexive (`Smith himself, who`).
    let mut before = text[..rel.start]
        .trim_end()
        .trim_end_matches(',')
        .trim_end();
    if before.ends_with(')') {
        if let Some(open) = before.rfind('(') {
            before = text[..open].trim_end();
        }
    }
    for reflexive in [" himself", " herself", " itself"] {
        before = before.strip_suffix(reflexive).unwrap_or(before);
    }
    // The mention the phrase ends with.
    let last = before
        .char_indices()
        .next_back()
        .and_then(|(i, _)| doc.mention_covering(i));
    let named = last.filter(|&k| {
        matches!(
            doc.kind(k),
            EntityKind::Person | EntityKind::Organization | EntityKind::Country
        )
    });
    // (`which` stands for no person: `Jo Lee, the group's spokesman, which claims`; and
    // only a cue a clause follows reports words: `a lawyer who supported Smith` does not.)
    let clause_next = || {
        let next = text[cue.end..].split_whitespace().next().unwrap_or("");
        clause_follows_first(Some(lower_cow(next).as_ref()))
    };
    let apposed = || {
        (rel.slice(text) == "who" && clause_next()).then(|| person_before_apposition(doc, before))
    };
    // `Senator Jo Lee of Texas, who`: a place after a person's name and "of" is where the
    // person is from; "who" is the person.
    let of_place = || {
        let k = last?;
        if !matches!(doc.kind(k), EntityKind::Location | EntityKind::Country)
            || rel.slice(text) != "who"
        {
            return None;
        }
        let head = text[..doc.mentions[k].span.start]
            .trim_end()
            .strip_suffix(" of")?;
        let p = head
            .char_indices()
            .next_back()
            .and_then(|(i, _)| doc.mention_covering(i))?;
        (doc.kind(p) == EntityKind::Person && doc.mentions[p].span.end == head.len()).then_some(p)
    };
    let entity = match of_place().or(named).or_else(|| apposed().flatten()) {
        Some(k) => doc.res.entity_of[k],
        None => found.and_then(|s| {
            let gap = text.get(s.mention.end..rel.start).unwrap_or("x");
            (s.mention.end <= rel.start && gap.chars().all(|c| c == ',' || c.is_whitespace()))
                .then_some(s.entity)
                .flatten()
        }),
    };
    Some(Speaker {
        mention: rel,
        entity,
    })
}

/// Nouns for the papers, stations or units of a named owner (`Six Acme newspapers`).
const OWNED_PARTS: &[&str] = &[
    "newspapers",
    "papers",
    "stations",
    "outlets",
    "subsidiaries",
    "affiliates",
    "units",
];

/// `Six Acme newspapers in Ohio, including the Daily Star, said`: the speaker found is one
/// organisation set off by "including" or "such as" right before the cue, after a plural
/// noun of the parts of an organisation named right before that noun: the owner speaks for
/// them all.
fn owner_over_member(doc: &Doc<'_>, s: Speaker, cue: Span) -> Option<Speaker> {
    let text = doc.text;
    let k = doc.mention_covering(s.mention.start)?;
    if doc.kind(k) != EntityKind::Organization
        || s.mention.end > cue.start
        || !text[s.mention.end..cue.start]
            .chars()
            .all(|c| c == ',' || c.is_whitespace())
        || !text[s.mention.end..cue.start].contains(',')
    {
        return None;
    }
    let before = text[..s.mention.start].trim_end();
    let before = before.strip_suffix(" the").unwrap_or(before);
    let head = before
        .strip_suffix(", including")
        .or_else(|| before.strip_suffix(", such as"))?;
    // The parts noun among the last six words, the owner's name right before it.
    let from = floor_char(text, head.len().saturating_sub(80));
    let ws = doc.word_spans(Span::new(from, head.len()));
    let n = ws.len();
    let wi =
        (n.saturating_sub(6)..n).find(|&i| OWNED_PARTS.contains(&doc.lower_at(ws[i]).as_ref()))?;
    let name_end = text[..ws[wi].start].trim_end();
    let o = name_end
        .char_indices()
        .next_back()
        .and_then(|(i, _)| doc.mention_covering(i))?;
    (doc.kind(o) == EntityKind::Organization
        && doc.mentions[o].span.end == name_end.len()
        && doc.res.entity_of[o] != doc.res.entity_of[k])
        .then(|| Speaker {
            mention: doc.mentions[o].span,
            entity: doc.res.entity_of[o],
        })
}

/// True when a mention of entity `e` ends right before `pos`, past spaces and a comma
/// (`Reid, who`).
fn named_right_before(doc: &Doc<'_>, pos: usize, e: Option<usize>) -> bool {
    let before = doc.text[..pos].trim_end().trim_end_matches(',').trim_end();
    before
        .char_indices()
        .next_back()
        .and_then(|(i, _)| doc.mention_covering(i))
        .is_some_and(|k| e.is_some() && doc.res.entity_of[k] == e)
}

/// `Jo Lee, a lawyer at the firm who said`: the person named right before an apposition (`a`,
/// `an` or `the` and at most eight words in the sentence, no comma, quote or other name of
/// a person in it, a common noun last) that `before`, the text up to a relative pronoun, ends with. The mention index, or none.
fn person_before_apposition(doc: &Doc<'_>, before: &str) -> Option<usize> {
    let comma = before.rfind(',')?;
    let appos = before[comma + 1..].trim_start();
    let desc = ["a ", "an ", "the "]
        .iter()
        .find_map(|d| appos.strip_prefix(d))?;
    if desc.split_whitespace().count() > 8
        || desc.contains(['"', '“', '”', '(', ';', '—', '–', '.', '!', '?', ':'])
        // (`Jo Lee, the lawyer of Al Green who`: a name last may be the one "who" follows.)
        || !desc
            .split_whitespace()
            .next_back()?
            .starts_with(|c: char| c.is_lowercase())
    {
        return None;
    }
    // No person named inside the apposition (`Jo Lee, the lawyer of Al Green who`).
    let at = before.len() - appos.len();
    let upto = doc
        .mentions
        .partition_point(|m| m.span.start < before.len());
    let from = doc.mentions.partition_point(|m| m.span.start < at);
    if (from..upto).any(|k| doc.kind(k) == EntityKind::Person && doc.mentions[k].span.end > at) {
        return None;
    }
    // The name before the comma, past a bracket (`Rep. Jo Lee (D-Tex.), a`).
    let mut name = before[..comma].trim_end();
    if name.ends_with(')') {
        name = before[..name.rfind('(')?].trim_end();
    }
    let k = name
        .char_indices()
        .next_back()
        .and_then(|(i, _)| doc.mention_covering(i))?;
    (doc.kind(k) == EntityKind::Person && doc.mentions[k].span.end == name.len()).then_some(k)
}

/// `the information commissioner's office`: the one organisation whose name (past a leading
/// "the") is the phrase `np` of at least two words, written in lower case, after a
/// determiner. A capitalised phrase is the recogniser's business, not this one's.
fn org_named_in_lower_case(doc: &Doc<'_>, np: Span) -> Option<usize> {
    let written = crate::text::collapse_ws(np.slice(doc.text));
    let rest = written
        .strip_prefix("the ")
        .or_else(|| written.strip_prefix("The "))?;
    if rest.split(' ').count() < 2 || rest.chars().any(|c| c.is_uppercase()) {
        return None;
    }
    let fold = |s: &str| s.to_lowercase().replace('\u{2019}', "'");
    let want = fold(rest);
    doc.sole_org(|name| {
        let name = fold(name);
        name.strip_prefix("the ").unwrap_or(&name) == want
    })
}

/// `The Ministry official`: a determiner, a capitalised [`BODY_NOUNS`] word starting at `ws`
/// and the spokesman word ending at `end` stand for the one body [`sole_body_for`] finds.
/// Gives the whole phrase and the body.
fn capitalised_body_noun(doc: &Doc<'_>, ws: usize, end: usize) -> Option<(Span, usize)> {
    let before = doc.text[..ws].trim_end_matches([' ', '\n']);
    let det = before.rsplit([' ', '\n']).next()?;
    if !matches!(det, "the" | "The" | "a" | "A") {
        return None;
    }
    let np = Span::new(before.len() - det.len(), end);
    sole_body_for(doc, np).map(|e| (np, e))
}

/// Head nouns of a public body's description that [`sole_body_for`] reads.
const BODY_NOUNS: &[&str] = &[
    "ministry",
    "committee",
    "department",
    "court",
    "commission",
    "council",
    "agency",
    "board",
    "bureau",
    "authority",
    "tribunal",
];

/// `A foreign ministry statement said`, `the ministry spokesman added`, `the Supreme Court
/// ruled`: a determiner, at most three modifiers, a [`BODY_NOUNS`] head and an optional
/// [`SPOKES`] word stand for the one organisation of the article whose name holds the head
/// and every modifier (`French Foreign Ministry`), wherever it is named. Two such bodies, or
/// none, give nothing.
fn sole_body_for(doc: &Doc<'_>, np: Span) -> Option<usize> {
    let written = crate::text::collapse_ws(&np.slice(doc.text).to_lowercase());
    let mut words: Vec<&str> = written.split(' ').collect();
    if !matches!(words.first(), Some(&("a" | "an" | "the"))) {
        return None;
    }
    if words.last().is_some_and(|w| SPOKES.contains(w)) {
        words.pop();
    }
    let (&noun, modifiers) = words[1..].split_last()?;
    let plain = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_alphabetic() || c == '.');
    if !BODY_NOUNS.contains(&noun) || modifiers.len() > 3 || !modifiers.iter().all(|w| plain(w)) {
        return None;
    }
    let fits = |e: usize| {
        let ent = &doc.res.entities[e];
        let name = ent.name.to_lowercase();
        let name_words: Vec<&str> = name.split(|c: char| !c.is_alphanumeric()).collect();
        ent.kind == EntityKind::Organization
            && name_words.contains(&noun)
            && modifiers
                .iter()
                .all(|m| name_words.contains(&m.trim_end_matches('.')))
    };
    let mut found = (0..doc.res.entities.len()).filter(|&e| fits(e));
    let e = match (found.next(), found.next()) {
        (Some(e), None) => e,
        _ => return None,
    };
    // ("The Emirates news agency, WAM, reported ... the agency added": a bare noun stands
    // for a body of that kind described before with another word.)
    if !modifiers.is_empty() {
        return Some(e);
    }
    let name = doc.res.entities[e].name.to_lowercase();
    let name_words: Vec<&str> = name.split(|c: char| !c.is_alphanumeric()).collect();
    (!other_described_before(doc.text, np.start, noun, &name_words)).then_some(e)
}

/// True when `noun` is written before `pos` after a word (one of the two right before it,
/// up to a determiner) that `name_words` lacks: `the Emirates news agency` for the
/// Qatari News Agency.
fn other_described_before(text: &str, pos: usize, noun: &str, name_words: &[&str]) -> bool {
    let before = text[..pos].to_lowercase();
    let ws: Vec<&str> = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    (0..ws.len()).filter(|&i| ws[i] == noun).any(|i| {
        ws[i.saturating_sub(2)..i]
            .iter()
            .rev()
            .take_while(|w| {
                !matches!(
                    **w,
                    "a" | "an" | "the" | "its" | "their" | "this" | "that" | "and"
                ) && w.chars().all(char::is_alphabetic)
            })
            .any(|w| !name_words.contains(w))
    })
}

/// Words that tie a name to someone else (`the wife of Jo Lee`, `a spokesman for Jo Lee`,
/// `an aide to Jo Lee`): a person after one of them in a speaker phrase is not the speaker.
const NOT_HOLDER: &[&str] = &[
    "of", "for", "to", "by", "with", "from", "and", "or", "against", "about", "on", "in",
];

/// True when the subject at `pos` is a pronoun after a lower-case word, or any subject after
/// a subordinating word, after `from` (`... longer than they wanted, saying`, `... the staff
/// they hired, adding`): the subject of a clause inside the sentence, not of the sentence a
/// participle after it goes on. (Not `co-chairman Jo Lee derided the call, saying`.)
fn embedded_subject(text: &str, from: usize, pos: usize) -> bool {
    let before = text[from.min(pos)..pos].trim_end();
    let Some(w) = before
        .strip_suffix(|c: char| c.is_alphanumeric())
        .map(|_| {
            before
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("")
        })
        .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
    else {
        return false;
    };
    let pronoun = text[pos..]
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .is_some_and(|p| PRONOUNS.contains(&p));
    pronoun
        || SUBORDINATORS.contains(&w)
        || matches!(
            w,
            "than" | "as" | "that" | "what" | "who" | "which" | "where"
        )
}

/// A speaker phrase with a title and no entity that names the person holding it: the person
/// right after the phrase (`said BA director of commercial planning, Jo Lee`, `Trade
/// Minister Jo Lee rejected X, saying ...` where the phrase found is `Trade Minister`,
/// `said former Nevada Sen. and Acme adviser Jo Lee`) or inside it after a title word
/// (`said analyst Jo Lee at Acme Brothers`). Not a person followed by a possessive (`the
/// Prime Minister Jo Lee's spokesman`) or after a word tying the name to someone else (`a
/// spokesman for Jo Lee`).
fn person_after_title_phrase(doc: &Doc<'_>, phrase: Span) -> Option<Speaker> {
    let text = doc.text;
    let ws = doc.word_spans(phrase);
    let is_title = |w: &Span| {
        let l = doc.lower_at(*w);
        let l = l.trim_end_matches('.');
        doc.pipeline.recognizer.is_title(l) || unabbreviated(l) != l
    };
    // (`an aide to USDA undersecretary Jo Lee`: the phrase found is someone else's title.)
    let lead = text[..phrase.start].trim_end();
    let lead_word = lead
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if !ws.iter().any(is_title) || NOT_HOLDER.contains(&lead_word) {
        return None;
    }
    let person = |k: usize| {
        let m = doc.mentions[k].span;
        // A name the recogniser cut short (`Blair` of `general manager Blair Pickerell`)
        // may be linked to someone else.
        let name = m.slice(text);
        let initial = name
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.len() == 1 && w.starts_with(|c: char| c.is_uppercase()));
        let rest = &text[m.end..];
        let rest = rest.strip_prefix('.').filter(|_| initial).unwrap_or(rest);
        let cut = rest
            .strip_prefix([' ', '\n'])
            .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()));
        (doc.kind(k) == EntityKind::Person && !doc.is_modifier(k) && !cut && !doc.is_possessor(k))
            .then_some(())?;
        doc.res.entity_of[k].map(|e| Speaker {
            mention: m,
            entity: Some(e),
        })
    };
    // Right after the phrase, past spaces and at most one comma.
    let rest = &text[phrase.end..];
    let gap = rest.len() - rest.trim_start().len();
    let (gap, comma) = match rest.trim_start().strip_prefix(',') {
        Some(r) => (rest.len() - r.trim_start().len(), true),
        None => (gap, false),
    };
    // With no comma the name goes with the title nearest it: not after a word tying that title
    // to someone else (`an aide to USDA undersecretary Jo Lee`, `the wife of President Jo
    // Lee`; `Secretary of State Jo Lee` is one title).
    let tied = || {
        let Some(i) = ws.iter().rposition(|w| {
            let lw = doc.lower_at(*w);
            NOT_HOLDER.contains(&lw.as_ref()) && !matches!(lw.as_ref(), "and" | "or")
        }) else {
            return false;
        };
        !matches!(doc.lower_at(ws[i]).as_ref(), "of" | "in" | "on")
            || ws[i + 1..].iter().any(is_title)
    };
    if gap > 0 && !(comma && rest[..gap].contains('\n')) && (comma || !tied()) {
        // (Past title words the phrase left out: `... President and Chief` + `Executive Jo Lee`.)
        let mut at = phrase.end + gap;
        for _ in 0..3 {
            if let Some(k) = doc
                .mention_covering(at)
                .filter(|&k| doc.mentions[k].span.start == at)
            {
                return person(k);
            }
            let w = doc.word_spans(Span::new(at, floor_char(text, (at + 40).min(text.len()))));
            let Some(w) = w.first().filter(|w| w.start == at && is_title(w)) else {
                break;
            };
            let r = &text[w.end..];
            let sp = r.len() - r.trim_start_matches(' ').len();
            if sp == 0 {
                break;
            }
            at = w.end + sp;
        }
    }
    // Inside it, right after a title word, with no word tying the name to someone else before.
    for (i, w) in ws.iter().enumerate().skip(1) {
        let lw = doc.lower_at(*w);
        if NOT_HOLDER.contains(&lw.as_ref()) {
            return None;
        }
        if let Some(k) = doc
            .mention_covering(w.start)
            .filter(|&k| doc.mentions[k].span.start == w.start)
        {
            if doc.kind(k) == EntityKind::Person {
                return is_title(&ws[i - 1]).then(|| person(k)).flatten();
            }
        }
    }
    None
}

/// The cue of the sentence right after a quote (ending at `pos`, in a paragraph ending at
/// `para_end`) when that sentence only attributes it: `Smith said.`, `the minister told
/// reporters on Monday.`: at most five words before the verb, no comma or quote mark, at
/// most eight words after it and no "that".
fn closing_sentence_cue(doc: &Doc<'_>, pos: usize, para_end: usize) -> Option<Span> {
    let text = doc.text;
    let rest = &text[pos..para_end.max(pos)];
    let lead = rest.len() - rest.trim_start().len();
    let start = pos + lead;
    if start >= para_end || !rest.trim_start().starts_with(char::is_uppercase) {
        return None;
    }
    let next = doc.sentences[doc.sentence_at(start)?].span;
    if next.start != start || next.end > para_end {
        return None;
    }
    let c = first_cue(doc, next)?;
    let before = &text[next.start..c.start];
    let after = &text[c.end..next.end];
    let quote_mark = |t: &str| t.contains(['"', '“', '”']);
    let after_ws: Vec<String> = after
        .split_whitespace()
        .map(|w| w.trim_end_matches(['.', ',', '!', '?']).to_lowercase())
        .filter(|w| !w.is_empty())
        .collect();
    // Nothing after the verb but an adverbial (`said on Twitter`, `said later`), or after
    // `told` its hearer and an adverbial; never a clause of its own (`said the plan failed`).
    let adverbial = |w: &str| {
        TAIL_PREPS.contains(&w)
            || matches!(
                w,
                "on" | "yesterday" | "today" | "tonight" | "later" | "earlier" | "then" | "again"
            )
            || crate::text::WEEKDAY_NAMES.contains(&w)
    };
    let tell = matches!(lower_cow(c.slice(text)).as_ref(), "told" | "tells");
    let tail_ok = match after_ws.first() {
        None => true,
        Some(w) if adverbial(w) => true,
        // `said as he launched the process`, `said when asked`: a clause of time.
        Some(w)
            if matches!(w.as_str(), "as" | "when" | "while" | "after" | "before")
                && after_ws
                    .get(1)
                    .is_some_and(|n| subject_pronoun(n) || n == "asked") =>
        {
            true
        }
        Some(_) => {
            tell && !after_ws
                .iter()
                .any(|w| FINITE_AUX.contains(&w.as_str()) || w == "that")
        }
    };
    // The words before the verb are its subject: no verb among them (`Talks are continuing`).
    let verb_before = before.split_whitespace().any(|w| {
        let w = w.to_lowercase();
        FINITE_AUX.contains(&w.as_str()) || w.ends_with("ing") || w.ends_with("ed")
    });
    (before.split_whitespace().count() <= 5
        && !verb_before
        && !before.contains(',')
        && !quote_mark(before)
        && !quote_mark(after)
        && after_ws.len() <= 8
        && tail_ok)
        .then_some(c)
}

/// A signature after a quote ending at `end`: a dash (`―`, `—`, `–` or `-`) right after it,
/// or opening the next line, then a named person or organisation, perhaps after title words,
/// that ends its line or is followed by a comma or full stop (`"We are ready." ― Jo Lee`,
/// `"We are ready."` / `-President Jo Lee, in Leeds.`). Gives the dash and the speaker.
fn dash_signature(doc: &Doc<'_>, end: usize) -> Option<(Span, Speaker)> {
    let text = doc.text;
    let rest = &text[end..];
    let trimmed = rest.trim_start();
    let skipped = &rest[..rest.len() - trimmed.len()];
    if skipped.matches('\n').count() > 2 {
        return None;
    }
    let dash = trimmed
        .chars()
        .next()
        .filter(|c| matches!(c, '―' | '—' | '–' | '-'))?;
    let dash_at = end + skipped.len();
    let after_dash = &trimmed[dash.len_utf8()..];
    // (A hyphen right after the quote is no dash: `"hands-off"-style`.)
    if dash == '-' && skipped.is_empty() {
        return None;
    }
    let name_from = dash_at + dash.len_utf8() + (after_dash.len() - after_dash.trim_start().len());
    let limit = floor_char(text, (name_from + 40).min(text.len()));
    let k = doc
        .mentions_in(Span::new(name_from, limit))
        .into_iter()
        .next()
        .filter(|&k| doc.kind(k) == EntityKind::Person)?;
    let m = doc.mentions[k].span;
    // Only capitalised title words between the dash and the name.
    if !text[name_from..m.start].split_whitespace().all(|w| {
        w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '.')
    }) {
        return None;
    }
    let next = text[m.end..].trim_start_matches([' ', '\t']);
    if !(next.is_empty() || next.starts_with([',', '.', '\n', '"', '“', '\r'])) {
        return None;
    }
    Some((
        Span::new(dash_at, dash_at + dash.len_utf8()),
        Speaker {
            mention: m,
            entity: doc.res.entity_of[k],
        },
    ))
}

/// `Karim and Haddad said`: of two people joined by "and" the first named speaks (see
/// [`first_conjunct`]); the speaker's mention is the pair.
fn first_of_pair(doc: &Doc<'_>, s: Speaker) -> Speaker {
    let Some(k) = doc.mention_covering(s.mention.start).filter(|&k| k > 0) else {
        return s;
    };
    if let Some(first) = first_of_bodies(doc, k).filter(|_| s.entity.is_some()) {
        return first;
    }
    let p = k - 1;
    let pm = doc.mentions[p].span;
    if s.entity.is_none()
        || doc.mentions[k].span != s.mention
        || doc.kind(k) != EntityKind::Person
        || doc.kind(p) != EntityKind::Person
        // Only lone surnames, as the recogniser splits "Karim and Haddad".
        || doc.mentions[k].rule != "pattern/single"
        || doc.mentions[p].rule != "pattern/single"
        || pm.end > s.mention.start
        || !doc.text[pm.end..s.mention.start].trim().eq_ignore_ascii_case("and")
    {
        return s;
    }
    match doc.res.entity_of[p] {
        Some(e) => Speaker {
            mention: Span::new(pm.start, s.mention.end),
            entity: Some(e),
        },
        None => s,
    }
}

/// `Oxfam, the Green Trust and Save the Rivers said`: of bodies listed as one subject, the
/// first named speaks (as for persons, one quote has one speaker).
fn first_of_bodies(doc: &Doc<'_>, k: usize) -> Option<Speaker> {
    let body = |k: usize| matches!(doc.kind(k), EntityKind::Organization | EntityKind::Country);
    if !body(k) {
        return None;
    }
    let mut first = k;
    while first > 0 && body(first - 1) {
        let (a, b) = (doc.mentions[first - 1].span, doc.mentions[first].span);
        if a.end > b.start {
            break;
        }
        let gap = doc.text[a.end..b.start].trim();
        let gap = gap
            .strip_suffix("the")
            .or_else(|| gap.strip_suffix("The"))
            .unwrap_or(gap)
            .trim();
        // The last two joined by "and" (`A, B and C`; `Russia, Germany has` is no list).
        let and = matches!(gap, ", and" | "and" | ",and");
        if !(and || gap == "," && first < k) {
            break;
        }
        first -= 1;
    }
    (first < k).then(|| Speaker {
        mention: Span::new(doc.mentions[first].span.start, doc.mentions[k].span.end),
        entity: doc.res.entity_of[first],
    })
}

/// `Hubbard and Reed reiterated ...`: surnames the recogniser left alone, joined by "and".
/// A quote has one speaker: the first named, when a person named earlier in full has that
/// surname (the graph's "X said" stays true of X; a quote per speaker would count one
/// attribution twice).
fn first_conjunct(doc: &Doc<'_>, phrase: Span) -> Option<usize> {
    let text = doc.text;
    let p = phrase.slice(text);
    let p = ["And ", "But ", "So "]
        .iter()
        .find_map(|c| p.strip_prefix(c))
        .unwrap_or(p);
    let (first, second) = crate::text::split_once_str(p, " and ")?;
    let capital = |w: &str| {
        w.split_whitespace().count() <= 3
            && w.split_whitespace().all(|x| {
                x.starts_with(char::is_uppercase)
                    && x.chars().all(|c| c.is_alphabetic() || c == '-')
            })
    };
    if !capital(first) || !capital(second) {
        return None;
    }
    let surname = first.split_whitespace().last()?;
    let upto = doc
        .mentions
        .partition_point(|m| m.span.start < phrase.start);
    (0..upto).rev().find_map(|k| {
        let m = &doc.mentions[k];
        (m.kind == EntityKind::Person
            && m.span.slice(text).split_whitespace().count() >= 2
            && m.span.slice(text).split_whitespace().last() == Some(surname))
        .then(|| doc.res.entity_of[k])
        .flatten()
    })
}

/// `Analysts at the International Crisis Group said`, `a spokesman for Acme said`: people
/// named only as staff of an organisation speak for it. The phrase is a plural noun or a
/// title (after at most a determiner and one more word), `at`/`of`/`from`/`for`/`with`, and
/// the organisation's name right before the verb.
fn staff_of(doc: &Doc<'_>, cue: Span, left_limit: usize) -> Option<Speaker> {
    let text = doc.text;
    let from = floor_char(
        text,
        left_limit.max(cue.start.saturating_sub(160)).min(cue.start),
    );
    let ws = doc.word_spans(Span::new(from, cue.start));
    let end = before_aux(text, &ws);
    let last = *ws[..end].last()?;
    let gap_end = ws.get(end).map_or(cue.start, |w| w.start);
    if !text[last.end..gap_end].trim().is_empty() {
        return None;
    }
    let k = doc.mention_covering(last.start)?;
    let m = &doc.mentions[k];
    if doc.kind(k) != EntityKind::Organization || m.span.end != last.end {
        return None;
    }
    // Words before the name: [determiner] [word] noun-or-title preposition [the].
    let mut i = ws.partition_point(|w| w.start < m.span.start);
    let word = |i: usize| lower_cow(ws[i].slice(text));
    if i > 0 && word(i - 1) == "the" {
        i -= 1;
    }
    if i == 0 || !matches!(word(i - 1).as_ref(), "at" | "of" | "from" | "for" | "with") {
        return None;
    }
    i -= 1;
    let is_title = |w: &str| doc.pipeline.recognizer.is_title(w);
    let head = *ws.get(i.checked_sub(1)?)?;
    let h = lower_cow(head.slice(text));
    if !(is_title(&h) || h.len() > 3 && h.ends_with('s') && !h.ends_with("ss"))
        || !head.slice(text).chars().skip(1).all(char::is_lowercase)
    {
        return None;
    }
    let mut start = i - 1;
    for _ in 0..2 {
        if start == 0 || !text[ws[start - 1].end..ws[start].start].trim().is_empty() {
            break;
        }
        let w = lower_cow(ws[start - 1].slice(text));
        if DETERMINERS.contains(&w.as_ref())
            || matches!(w.as_ref(), "senior" | "two" | "three" | "several" | "some")
        {
            start -= 1;
        } else {
            break;
        }
    }
    // The phrase opens its clause.
    let before = text[..ws[start].start].trim_end();
    let opens = before.len() <= from
        || before.ends_with([',', ';', ':', '"', '“', '(', '.', '—'])
        || doc
            .sentence_at(ws[start].start)
            .is_some_and(|si| doc.sentences[si].span.start == ws[start].start)
        || ws[..start]
            .last()
            .is_some_and(|w| matches!(lower_cow(w.slice(text)).as_ref(), "and" | "but" | "that"));
    opens.then(|| Speaker {
        mention: Span::new(ws[start].start, m.span.end),
        entity: doc.res.entity_of[k],
    })
}

/// `said economists at Barclays`, `say researchers at BDO Stoy Hayward`: zone `z` (the words
/// after the cue `from`, up to the clause's end) is at most a determiner and a modifier, a
/// plural noun or a spokesman's word, `at`/`of`/`from`/`with`/`for` and an organisation
/// closing it: the organisation speaks.
fn staff_after_cue(doc: &Doc<'_>, from: usize, z: Span) -> Option<Speaker> {
    let text = doc.text;
    let k = *doc.mentions_in(z).last()?;
    let m = doc.mentions[k].span;
    if doc.kind(k) != EntityKind::Organization || m.end != z.end {
        return None;
    }
    let words: Vec<&str> = text[from..m.start].split_whitespace().collect();
    let words = match words.last() {
        Some(&"the") => &words[..words.len() - 1],
        _ => &words[..],
    };
    let (prep, rest) = words.split_last()?;
    let (head, mods) = rest.split_last()?;
    // (A singular office is one unnamed person, `said the head of the IMF`: not the body.)
    let plural = head.len() > 3 && head.ends_with('s') && !head.ends_with("ss");
    (matches!(*prep, "at" | "of" | "from" | "with" | "for")
        && mods.len() <= 2
        && head.chars().all(char::is_lowercase)
        && (plural || SPOKES.contains(head))
        && mods.iter().all(|w| {
            w.chars().all(|c| c.is_lowercase() || c == '-')
                && !matches!(*w, "of" | "at" | "for" | "in" | "from" | "with")
        })
        // (`said head of equities at X, Mario Malt`: the named person after the comma.)
        && !text[m.end..]
            .strip_prefix(',')
            .map(str::trim_start)
            .is_some_and(|r| {
                let at = text.len() - r.len();
                doc.mention_covering(at)
                    .is_some_and(|p| doc.kind(p) == EntityKind::Person)
            }))
    .then(|| Speaker {
        mention: Span::new(z.start, m.end),
        entity: doc.res.entity_of[k],
    })
}

/// `a spokesman for the firm said`, `a spokeswoman for the bank said`: the body the generic
/// noun after "for"/"of" stands for (see [`body_for_noun`]), as for `a company spokesman`.
fn spokesman_for_noun(doc: &Doc<'_>, mention: Span) -> Option<usize> {
    // Both phrases hold an "f", which only "f" or "F" lower-cases to: a mention with neither
    // is passed over before it is copied.
    let raw = mention.slice(doc.text);
    memchr::memchr2(b'f', b'F', raw.as_bytes())?;
    let m = crate::text::collapse_ws(raw).to_lowercase();
    let (head, noun) = crate::text::split_once_str(&m, " for the ")
        .or_else(|| crate::text::split_once_str(&m, " of the "))?;
    let mut hw = head.split(' ');
    let (Some(det), Some(word), None) = (hw.next(), hw.next(), hw.next()) else {
        return None;
    };
    if !matches!(det, "a" | "the") || !SPOKES.contains(&word) {
        return None;
    }
    body_for_noun(doc, noun, mention.start)
}

/// `Celtic's Jo Smith admits X, but insists ...`, `Dutch firm Acme saw X and warned ...`: the
/// mention `k` opening a clause only qualifies the name after it, which speaks: a person
/// after a possessive and at most three title words (lower case or of the title lexicon), or
/// a person or organisation after a demonym and one or two lower-case words (`firm`, `oil
/// group`). No punctuation between them; the name ends before `zone_end`.
fn named_after_lead(doc: &Doc<'_>, k: usize, zone_end: usize) -> Option<usize> {
    let text = doc.text;
    let from = doc.mentions[k].span.end;
    let rest = text.get(from..zone_end)?;
    let possessive = rest.starts_with("'s ") || rest.starts_with("’s ");
    let demonym = doc.mentions[k].form == crate::ner::Form::Demonym;
    if !(possessive || demonym) {
        return None;
    }
    let limit = floor_char(text, zone_end.min(from + 90).max(from));
    let ws = doc.word_spans(Span::new(from, limit));
    let skip = usize::from(ws.first().is_some_and(|w| w.start == from));
    for (n, w) in ws.iter().skip(skip).enumerate() {
        if let Some(p) = doc.mention_covering(w.start) {
            let kind_fits = match doc.kind(p) {
                EntityKind::Person => true,
                EntityKind::Organization => demonym && !doc.is_modifier(p),
                _ => false,
            };
            let count_fits = if possessive {
                n <= 3
            } else {
                (1..=2).contains(&n)
            };
            let plain = text[from..doc.mentions[p].span.start]
                .chars()
                .all(|c| c.is_alphanumeric() || c == ' ' || c == '-' || c == '\'' || c == '’');
            return (kind_fits
                && count_fits
                && plain
                && doc.mentions[p].span.end <= zone_end
                && w.start == doc.mentions[p].span.start)
                .then_some(p);
        }
        let lw = doc.lower_at(*w);
        let lower = w.slice(text).starts_with(char::is_lowercase);
        // (After a demonym, words for a company or its trade: `firm`, `oil group`, `brewer`.)
        let body_word = lower
            && (matches!(
                lw.as_ref(),
                "firm"
                    | "company"
                    | "group"
                    | "bank"
                    | "giant"
                    | "conglomerate"
                    | "airline"
                    | "chain"
                    | "oil"
                    | "car"
                    | "steel"
                    | "drinks"
                    | "media"
                    | "software"
                    | "telecoms"
                    | "mining"
                    | "chemicals"
                    | "engineering"
                    | "insurance"
                    | "investment"
            ) || lw.len() > 4 && (lw.ends_with("maker") || lw.ends_with("er")));
        let word_fits = doc.pipeline.recognizer.is_title(&lw) || demonym && body_word;
        if !word_fits {
            return None;
        }
    }
    None
}

/// The relative pronoun ("who", "which") opening the clause of `cue`, across auxiliaries
/// and adverbs (`who has repeatedly said`), after a word of the same clause.
fn relative_pronoun(doc: &Doc<'_>, cue: Span, left_limit: usize) -> Option<Span> {
    let text = doc.text;
    let from = floor_char(
        text,
        left_limit.max(cue.start.saturating_sub(60)).min(cue.start),
    );
    let mut upto = cue.start;
    // `who, on a call Friday, criticized`: an adverbial between commas after the pronoun.
    if let Some(inner) = text[from..cue.start].trim_end().strip_suffix(',') {
        if let Some(open) = inner.rfind(',') {
            let gap = &inner[open + 1..];
            if gap.split_whitespace().count() <= 8 && !gap.contains(['"', '“', '”']) {
                upto = from + open;
            }
        }
    }
    let ws = doc.word_spans(Span::new(from, upto));
    let mut i = ws.len();
    while i > 0 {
        let w = ws[i - 1].slice(text);
        if w == "who" || w == "which" {
            let rel = ws[i - 1];
            // Only words between the pronoun and the verb, and a word before the pronoun
            // (in the zone, or a phrase and a comma before it when the zone starts at the
            // pronoun: `X praised Jo Lee, who said ...`).
            let between = &text[rel.end..upto];
            let phrase_before = || {
                text[..rel.start]
                    .trim_end()
                    .strip_suffix(',')
                    .is_some_and(|b| b.trim_end().ends_with(|c: char| c.is_alphanumeric()))
            };
            return ((i > 1 || phrase_before())
                && between
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == ' ' || c == '\'' || c == '’'))
            .then_some(rel);
        }
        let lw = lower_cow(w);
        let contracted =
            CONTRACTED.contains(&lw.as_ref()) && text[..ws[i - 1].start].ends_with('’');
        if AUX.contains(&lw.as_ref())
            || contracted
            || matches!(lw.as_ref(), "both" | "now" | "often" | "since")
            || (lw.ends_with("ly") && lw.len() > 4)
        {
            i -= 1;
        } else {
            return None;
        }
    }
    None
}

fn speaker_near_cue_inner(
    doc: &Doc<'_>,
    cue: Span,
    left_limit: usize,
    right_limit: usize,
    cx: &Cx<'_>,
) -> Option<Speaker> {
    let text = doc.text;
    let left_limit = floor_char(text, left_limit.min(cue.start));
    // The subject right before the verb, across auxiliaries and adverbs ("he has said",
    // "Smith also said", "she would only say"): it wins over inversion and over names
    // further back in the clause.
    let ws = doc.word_spans(Span::new(
        left_limit.max(cue.start.saturating_sub(80)),
        cue.start,
    ));
    let end = before_aux(text, &ws);
    if let Some(&sw) = ws[..end].last() {
        let adjacent = text[sw.end..cue.start]
            .chars()
            .all(|c| c.is_alphanumeric() || c == ' ' || c == '\'' || c == '’')
            || bracketed_name_before(text, sw.end, cue.start);
        // `he's predicting`: the pronoun of a contraction written with a straight apostrophe.
        let sw = sw
            .slice(text)
            .split_once('\'')
            .filter(|(p, t)| PRONOUNS.contains(p) && CONTRACTED.contains(t))
            .map_or(sw, |(p, _)| Span::new(sw.start, sw.start + p.len()));
        if adjacent && PRONOUNS.contains(&sw.slice(text)) {
            return Some(Speaker {
                mention: sw,
                entity: pronoun_antecedent(doc, sw.start, sw.slice(text), cx),
            });
        }
        // A capitalised word no name covers (a name the recognizer missed): the phrase
        // ending there, not a name further back.
        let capital = sw.slice(text).starts_with(|c: char| c.is_uppercase())
            && sw.slice(text).chars().count() > 1
            && doc.mention_covering(sw.start).is_none()
            && doc
                .sentence_at(sw.start)
                .is_none_or(|i| doc.sentences[i].span.start != sw.start);
        if adjacent && capital {
            if let Some(np) = np_before(text, left_limit, cue.start) {
                // A name inside the phrase ("Trade Representative Clayton Yeutter" with only
                // "Clayton" recognised) still names the entity.
                let entity = doc.mentions_in(np).into_iter().rev().find_map(|k| {
                    matches!(
                        doc.kind(k),
                        EntityKind::Person | EntityKind::Organization | EntityKind::Country
                    )
                    .then(|| doc.res.entity_of[k])
                    .flatten()
                });
                return Some(Speaker {
                    mention: np,
                    entity,
                });
            }
        }
        if let Some(k) = doc
            .mention_covering(sw.start)
            .filter(|_| adjacent)
            .filter(|&k| {
                matches!(
                    doc.kind(k),
                    EntityKind::Person | EntityKind::Organization | EntityKind::Country
                ) && (!after_preposition(text, doc.mentions[k].span.start)
                    || authored_by(text, doc.mentions[k].span.start))
            })
        {
            if let Some(s) = short_org_over_demonym(doc, k) {
                return Some(s);
            }
            return Some(group_speaker(doc, left_limit, k).unwrap_or(Speaker {
                mention: doc.mentions[k].span,
                entity: doc.res.entity_of[k],
            }));
        }
    }
    // `X did this, saying ...`: a participle after a comma has the subject opening the clause.
    let cue_word = cue.slice(text);
    if cue_word.ends_with("ing") && text[left_limit..cue.start].trim_end().ends_with(',') {
        let zone = trim(text, Span::new(left_limit, cue.start));
        // `"A," X said, referring to Y`: the subject of the reporting verb before the comma.
        let before = text[zone.start..zone.end].trim_end_matches([',', ' ']);
        let v_start = before
            .rfind(|c: char| !c.is_alphabetic())
            .map_or(0, |i| i + 1);
        let v = Span::new(zone.start + v_start, zone.start + before.len());
        if v.start < v.end {
            let lv = doc.lower_at(v);
            if !lv.ends_with("ing") && doc.pipeline.extractor.is_reporting(&lv) {
                if let Some(s) = speaker_near_cue(doc, v, left_limit, v.end, cx)
                    .filter(|s| !embedded_subject(text, left_limit, s.mention.start))
                {
                    return Some(s);
                }
            }
        }
        if let Some(s) = clause_subject(doc, zone, cx) {
            return Some(s);
        }
    }
    // `X did this and said ...`, `..., but said ...`: a second verb shares the subject opening
    // the sentence.
    let ws_before = doc.word_spans(Span::new(cue.start.saturating_sub(40), cue.start));
    if let Some(&conj) = ws_before[..before_aux(text, &ws_before)].last() {
        if matches!(conj.slice(text), "and" | "but")
            && text[conj.end..cue.start]
                .chars()
                .all(|c| c.is_alphanumeric() || c == ' ')
        {
            let start = doc
                .sentence_at(cue.start)
                .map_or(left_limit, |i| doc.sentences[i].span.start);
            let zone = trim(text, Span::new(start.min(conj.start), conj.start));
            if let Some(s) = clause_subject(doc, zone, cx) {
                return Some(s);
            }
        }
    }
    // Words of the clause before the verb: inversion (`said X`) only when there are none
    // (`"...," said X`), or when the name closes the clause (`Sadly, says X, ...`); otherwise
    // the name after the verb is the subject of the reported clause (`X says Obama is`).
    let no_subject = text[left_limit..cue.start]
        .chars()
        .all(|c| !c.is_alphanumeric());
    // (A name right before an opening quotation mark begins the quoted clause: `Jo Lee, a
    // senator, said Obama "had failed"` is Lee's.)
    let closes = |end: usize| {
        let rest = text[end..right_limit.max(end)].trim_start();
        let opens_quote = text[right_limit.max(end)..]
            .trim_start_matches([' ', '\t'])
            .starts_with(['"', '“']);
        rest.is_empty() && !opens_quote || rest.starts_with([',', '.', ':', ';', '—', '–', '('])
    };
    // Inversion: said X / said the minister. After `told` comes the hearer, never the speaker
    // (`Jo Smith, head of the union, told Reuters`: not Reuters); after `warned` only when
    // the clause before it has no words (`"...," warned Smith`).
    let lcue = lower_cow(cue.slice(text));
    let right_limit = if matches!(lcue.as_ref(), "told" | "tells" | "tell" | "telling")
        || TELL.contains(&lcue.as_ref()) && !no_subject
    {
        cue.end
    } else {
        right_limit
    };
    let after = &text[cue.end..right_limit.max(cue.end)];
    let mut lead = after.len() - after.trim_start().len();
    let after_t = after.trim_start();
    // `..., say the Tories.`: a body's name after "the".
    if let Some(rest) = after_t.strip_prefix("the ") {
        let at = cue.end + lead + 4;
        // (Not `said the American`: a demonym there is a person; the name closes the clause:
        // not `said the U.S. official`.)
        if rest.starts_with(char::is_uppercase)
            && doc.mention_covering(at).is_some_and(|k| {
                doc.mentions[k].span.start == at
                    && doc.kind(k) == EntityKind::Organization
                    && doc.mentions[k].form != crate::ner::Form::Demonym
                    && text[doc.mentions[k].span.end..]
                        .trim_start_matches(['"', '”', ')'])
                        .starts_with(['.', ',', ';', '\n'])
            })
        {
            lead += 4;
        }
    }
    if let Some(k) = doc
        .mention_covering(cue.end + lead)
        .filter(|_| cue.end + lead < right_limit)
        .filter(|&k| {
            matches!(
                doc.kind(k),
                EntityKind::Person | EntityKind::Organization | EntityKind::Country
            )
        })
        .filter(|&k| no_subject || closes(doc.mentions[k].span.end))
    {
        if let Some(s) = person_after_modifier(doc, k, right_limit) {
            return Some(s);
        }
        return Some(Speaker {
            mention: doc.mentions[k].span,
            entity: doc.res.entity_of[k],
        });
    }
    // `said former Sen. X`, `said election lawyer X`: a name after a few lower-case
    // modifiers, closing the clause.
    if no_subject {
        // (The full stop of an abbreviated title, `said the Rev. Jo Smith`, ends nothing.)
        let tail = &text[cue.end..right_limit.max(cue.end)];
        let zone_end = tail
            .match_indices([',', '.', ';', ':', '(', '"', '“', '”'])
            .find(|&(i, m)| m != "." || !abbreviation_before(&tail[..i]))
            .map_or(right_limit.max(cue.end), |(i, _)| cue.end + i);
        let zone = Span::new(cue.end, floor_char(text, zone_end));
        // `said a Home Office spokesman`: the body speaks.
        let z = trim(text, zone);
        let last_word = z
            .slice(text)
            .rsplit(' ')
            .next()
            .filter(|w| SPOKES.contains(w));
        if let Some(w) = last_word {
            let ws = z.end - w.len();
            if let Some(k) = body_before(doc, ws).filter(|&k| {
                text[z.start..doc.mentions[k].span.start]
                    .split_whitespace()
                    .count()
                    <= 2
            }) {
                return Some(Speaker {
                    mention: Span::new(doc.mentions[k].span.start, z.end),
                    entity: doc.res.entity_of[k],
                });
            }
        }
        // `say researchers at BDO Stoy Hayward`, `said economists at Barclays`: staff named
        // only by the body they work at speak for it (as `analysts at X said` does).
        if let Some(s) = staff_after_cue(doc, cue.end, z) {
            return Some(s);
        }
        // `said chief executive Jo Smith` with the name split by the recogniser: the person
        // of that full name.
        if let Some(e) = person_named(doc, trim(text, zone)) {
            if text[cue.end..trim(text, zone).end]
                .split_whitespace()
                .count()
                <= 8
            {
                let z = trim(text, zone);
                let name_len = doc.res.entities[e].name.len();
                return Some(Speaker {
                    mention: Span::new(z.end - name_len, z.end),
                    entity: Some(e),
                });
            }
        }
        if let Some(&k) = doc.mentions_in(zone).first().filter(|&&k| {
            doc.kind(k) == EntityKind::Person
                && doc.mentions[k].span.end == trim(text, zone).end
                && text[cue.end..doc.mentions[k].span.start]
                    .split_whitespace()
                    .count()
                    <= 6
        }) {
            return Some(Speaker {
                mention: doc.mentions[k].span,
                entity: doc.res.entity_of[k],
            });
        }
    }
    for p in PRONOUNS {
        if cue.end + lead < right_limit
            && after_t.starts_with(p)
            && after_t[p.len()..].starts_with(|c: char| !c.is_alphanumeric())
            && after_t.len() > p.len()
            && (no_subject || closes(cue.end + lead + p.len()))
        {
            let s = Span::new(cue.end + lead, cue.end + lead + p.len());
            return Some(Speaker {
                mention: s,
                entity: pronoun_antecedent(doc, cue.start, p, cx),
            });
        }
    }
    // Before the cue: nearest person, else org/country, within the clause.
    let left = Span::new(left_limit.min(cue.start), cue.start);
    // "the country's ambassador said": a bare title is the subject; it names a person with
    // that title mentioned earlier, or nobody, never the country next to it.
    {
        // (Past adverbs and auxiliaries: `the mayor then says`, `the minister has also said`.)
        let near = Span::new(
            floor_char(text, left.start.max(cue.start.saturating_sub(40))),
            cue.start,
        );
        let nws = doc.word_spans(near);
        let kept = before_aux(text, &nws);
        let prefix_end = if kept > 0
            && kept < nws.len()
            && text[nws[kept - 1].end..cue.start]
                .chars()
                .all(|c| c.is_alphabetic() || c == ' ')
        {
            nws[kept - 1].end
        } else {
            cue.start
        };
        let prefix = text[left.start..prefix_end].trim_end();
        let word_start = prefix.rfind(|c: char| !c.is_alphanumeric()).map_or(0, |i| {
            i + prefix[i..].chars().next().map_or(1, char::len_utf8)
        });
        let word = lower_cow(&prefix[word_start..]);
        // (The set of the title list's words: one look-up, not a scan of the list.)
        let is_title = !word.is_empty() && doc.pipeline.recognizer.is_title(&word);
        let named_right_before = doc.mention_covering(left.start + word_start).is_some();
        let spokes = SPOKES.contains(&word.as_ref());
        if (is_title || spokes) && !named_right_before {
            let s = Span::new(left.start + word_start, left.start + prefix.len());
            // "A Home Office spokesman said": the body speaks.
            if let Some(k) = body_before(doc, s.start)
                .filter(|&k| spokes && !apposed_to_person(doc, doc.mentions[k].span.start))
            {
                return Some(Speaker {
                    mention: Span::new(doc.mentions[k].span.start, s.end),
                    entity: doc.res.entity_of[k],
                });
            }
            // `a Cable spokesman said` after `Cable and Wireless Plc`: a capitalised word
            // no name covers, the short name of a company the article names.
            if spokes {
                let lead = prefix[..word_start].trim_end();
                let w = lead.rsplit([' ', '\n']).next().unwrap_or("");
                let ws = left.start + lead.len() - w.len();
                if w.starts_with(|c: char| c.is_uppercase())
                    && doc.mention_covering(ws).is_none()
                    && doc
                        .sentence_at(ws)
                        .is_none_or(|i| doc.sentences[i].span.start != ws)
                {
                    let phrase = Span::new(ws, ws + w.len());
                    if let Some(e) = org_by_short_name(doc, phrase) {
                        return Some(Speaker {
                            mention: Span::new(ws, s.end),
                            entity: Some(e),
                        });
                    }
                    // `The Ministry official told Reuters`: the one body of the article
                    // with that head noun in its name.
                    if let Some((np, e)) = capitalised_body_noun(doc, ws, s.end) {
                        return Some(Speaker {
                            mention: np,
                            entity: Some(e),
                        });
                    }
                }
            }
            // "A ministry spokesman said": the ministry named before.
            if spokes {
                let noun = prefix[..word_start]
                    .trim_end()
                    .rsplit(|c: char| !c.is_alphabetic())
                    .next()
                    .unwrap_or("");
                if noun.starts_with(|c: char| c.is_ascii_lowercase()) {
                    let local = prefix[..word_start]
                        .trim_end()
                        .strip_suffix(noun)
                        .and_then(|r| r.trim_end().rsplit(' ').next())
                        .is_some_and(|w| {
                            matches!(
                                w.to_ascii_lowercase().as_str(),
                                "local"
                                    | "state"
                                    | "city"
                                    | "provincial"
                                    | "regional"
                                    | "municipal"
                                    | "county"
                            )
                        });
                    let body = if noun == "government" {
                        only_country_before(doc, s.start).filter(|_| !local)
                    } else {
                        // (A company's spokesman never speaks for a commission or ministry the
                        // lexicon does not type.)
                        body_for_noun(doc, noun, s.start).filter(|&e| {
                            !matches!(noun, "company" | "firm")
                                || !doc.res.entities[e].name.split(' ').any(|w| {
                                    matches!(
                                        w,
                                        "Commission"
                                            | "Ministry"
                                            | "Department"
                                            | "Parliament"
                                            | "Agency"
                                            | "Court"
                                            | "Council"
                                            | "Bureau"
                                            | "Government"
                                            | "Reuters"
                                    )
                                })
                        })
                    };
                    if let Some(e) = body {
                        let ns = left.start + prefix[..word_start].trim_end().len() - noun.len();
                        return Some(Speaker {
                            mention: Span::new(ns, s.end),
                            entity: Some(e),
                        });
                    }
                }
            }
            let det = prefix[..word_start]
                .split_whitespace()
                .next_back()
                .unwrap_or("")
                .to_ascii_lowercase();
            let entity = last_person(doc, s.start, Some(word.as_ref()), cx)
                .or_else(|| {
                    // "The spokesman said": the body of the last such spokesman; "a
                    // spokesman said" the body of one in the sentence or two before.
                    let reach = match det.as_str() {
                        "the" => usize::MAX,
                        "a" | "an" => 400,
                        _ => return None,
                    };
                    spokes.then(|| last_body_with(doc, s.start, &word, reach))?
                })
                .or_else(|| {
                    // `Acme could cut jobs, its chief executive has said.`: the person
                    // named after it who holds the title or reports something.
                    (is_title
                        && prefix[..word_start]
                            .split_whitespace()
                            .rev()
                            .take(2)
                            .any(|w| w.eq_ignore_ascii_case("its")))
                    .then(|| later_title_holder(doc, cue.end, &word))?
                });
            if is_title || entity.is_some() {
                return Some(Speaker { mention: s, entity });
            }
        }
    }
    // `Smith, who met Jo Brown and Al Green on Monday, said`: the subject before a relative
    // clause, not a name inside it.
    if let Some(s) = relative_clause_subject(doc, left) {
        return Some(s);
    }
    // `Smith, a lawyer for the group, said`: the phrase before the apposition, not a name
    // inside it.
    if let Some(s) = appositive_subject(doc, left) {
        return Some(s);
    }
    if let Some(s) = common_subject_after_comma(doc, left) {
        return Some(s);
    }
    if let Some(s) = ranked_company(doc, left) {
        return Some(s);
    }
    let before = doc.mentions_in(left);
    let person = before
        .iter()
        .rev()
        .find(|&&k| doc.kind(k) == EntityKind::Person);
    let any = before.iter().rev().find(|&&k| {
        matches!(doc.kind(k), EntityKind::Organization | EntityKind::Country)
            && !doc.is_modifier(k)
            && !after_preposition(text, doc.mentions[k].span.start)
            && !ticker(text, doc.mentions[k].span)
    });
    if let Some(&k) = person.or(any) {
        return Some(group_speaker(doc, left.start, k).unwrap_or(Speaker {
            mention: doc.mentions[k].span,
            entity: doc.res.entity_of[k],
        }));
    }
    // Pronoun or bare title right before the cue.
    let prefix = text[left.start..cue.start].trim_end();
    let last_word_start = prefix
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    let lw = &prefix[last_word_start..];
    if PRONOUNS.contains(&lw) {
        let s = Span::new(left.start + last_word_start, left.start + prefix.len());
        return Some(Speaker {
            mention: s,
            entity: pronoun_antecedent(doc, s.start, lw, cx),
        });
    }
    let lower = lower_cow(lw);
    if doc.pipeline.recognizer.is_title(&lower)
        && prefix[..last_word_start]
            .trim_end()
            .to_lowercase()
            .ends_with("the")
    {
        let s = Span::new(left.start + last_word_start, left.start + prefix.len());
        return Some(Speaker {
            mention: s,
            entity: last_person(doc, s.start, Some(lower.as_ref()), cx),
        });
    }
    // A noun phrase that names no entity ("several experts said", "said a spokesman").
    np_before(text, left.start, cue.start)
        .or_else(|| np_after(text, cue.end, right_limit, no_subject))
        .map(|s| Speaker {
            mention: s,
            entity: None,
        })
}

/// `But the Forum found that ...` after `the Forum for the Future`: a determiner and a
/// capitalised phrase no name covers stand for the one organisation whose name opens with that
/// phrase (see [`org_by_short_name`]).
fn short_name_after_the(doc: &Doc<'_>, mention: Span) -> Option<usize> {
    let written = mention.slice(doc.text);
    // (After a conjunction the phrase was read with: `But the Forum`.)
    let written = ["But ", "And ", "Yet "]
        .iter()
        .find_map(|c| written.strip_prefix(c))
        .unwrap_or(written);
    let rest = written
        .strip_prefix("the ")
        .or_else(|| written.strip_prefix("The "))?;
    let start = mention.end - rest.len();
    org_by_short_name(doc, Span::new(start, mention.end))
}

/// `Dome said` after `Dome Petroleum Ltd`, `First City said` after `First City Bancorp`,
/// `a Cable spokesman` after `Cable and Wireless Plc`,
/// `Penney said` after `J.C. Penney Co`: a capitalised phrase of one to three words that no
/// name covers stands for the one organisation of the article whose name opens with those
/// words, or (one word, not an organisation head, in no person's name) has it as a word.
fn org_by_short_name(doc: &Doc<'_>, phrase: Span) -> Option<usize> {
    let written = crate::text::collapse_ws(phrase.slice(doc.text));
    let ws: Vec<&str> = written.split(' ').collect();
    if ws.len() > 3
        || !ws.iter().all(|w| {
            w.chars().count() >= 2
                && w.starts_with(|c: char| c.is_uppercase())
                && w.chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | '&' | '\''))
        })
        || matches!(ws[0], "The" | "A" | "An" | "In" | "It" | "This" | "That")
        || PRONOUNS.contains(&ws[0])
        || doc.mentions_in(phrase).into_iter().next().is_some()
    {
        return None;
    }
    // The phrase is the whole subject: a comma, an auxiliary or the verb comes next
    // (`Marsh said`, `Dome has said`, `Delta, which`; not `Telephone call centres are`).
    let next = doc.text[phrase.end..].trim_start();
    let next_word = next
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let lw = next_word.to_lowercase();
    // (`a Cable spokesman said`: the body of the spokesman.)
    if !(next.starts_with(',')
        || AUX.contains(&lw.as_str())
        || matches!(
            lw.as_str(),
            "spokesman" | "spokeswoman" | "spokesperson" | "official" | "representative"
        )
        || (lw.ends_with("ly") && lw.len() > 4)
        || doc.pipeline.extractor.is_reporting(&lw))
    {
        return None;
    }
    let single = ws.len() == 1 && !crate::ner::is_suffix(ws[0]) && !crate::ner::is_org_head(ws[0]);
    // A word inside the name only in a company's name that ends in its head or suffix
    // (`Penney` of `J.C. Penney Co`), not a person's name the recogniser ran into an
    // organisation's (`Jo Smith of Acme Corp`).
    let inside = |nw: &[&str]| {
        nw.last()
            .is_some_and(|l| crate::ner::is_suffix(l) || crate::ner::is_org_head(l))
            && nw
                .iter()
                .position(|w| *w == ws[0])
                .is_some_and(|i| nw.get(i + 1) != Some(&"of"))
    };
    let fits = |name: &str| {
        let nw: Vec<&str> = name.split(' ').collect();
        nw.len() > ws.len() && (nw.starts_with(&ws) || (single && inside(&nw)))
    };
    let mut found = doc
        .res
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityKind::Organization && fits(&e.name));
    let (one, _) = found.next()?;
    let person = doc
        .res
        .entities
        .iter()
        .any(|e| e.kind == EntityKind::Person && e.name.split(' ').any(|w| ws.contains(&w)));
    (found.next().is_none() && !person).then_some(one)
}

/// `Great American said` after `Great American Corp`: a demonym at mention `k` closing a
/// capitalised phrase that is the short name of an organisation the article names (see
/// [`org_by_short_name`]) is part of that name, not the country.
fn short_org_over_demonym(doc: &Doc<'_>, k: usize) -> Option<Speaker> {
    let m = doc.mentions[k].span;
    if doc.kind(k) != EntityKind::Country {
        return None;
    }
    let before = &doc.text[floor_char(doc.text, m.start.saturating_sub(40))..m.start];
    let lead = before.strip_suffix(' ')?;
    let w = lead.rsplit([' ', '\n']).next()?;
    // (`American said`, a lone demonym, is the one company named `American ...`.)
    let phrase = if w.is_empty() {
        // (Not a country's own name: `China said` is the country.)
        let e = doc.res.entity_of[k]?;
        if doc.res.entities[e].name == m.slice(doc.text) {
            return None;
        }
        m
    } else {
        Span::new(m.start - 1 - w.len(), m.end)
    };
    let inner = Span::new(phrase.start, phrase.start + w.len());
    if doc.mentions_in(inner).into_iter().next().is_some() {
        return None;
    }
    // (The demonym's own mention is inside the phrase: look the name up by its words.)
    let written = crate::text::collapse_ws(phrase.slice(doc.text));
    let ws: Vec<&str> = written.split(' ').collect();
    if !ws[0].starts_with(|c: char| c.is_uppercase())
        || ws[0].chars().count() < 2
        || !ws[0]
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '.'))
    {
        return None;
    }
    let mut found = doc.res.entities.iter().enumerate().filter(|(_, e)| {
        e.kind == EntityKind::Organization && {
            let nw: Vec<&str> = e.name.split(' ').collect();
            nw.len() > ws.len() && nw.starts_with(&ws)
        }
    });
    let (one, _) = found.next()?;
    found.next().is_none().then_some(Speaker {
        mention: phrase,
        entity: Some(one),
    })
}

/// True when only the closing bracket of a wire-copy company name and spaces stand between a
/// word ending at `end` and the cue at `cue` (`<Acme Holdings Corp> said`), the bracket
/// opening earlier in the same stretch of text.
fn bracketed_name_before(text: &str, end: usize, cue: usize) -> bool {
    if text[end..cue].trim() != ">" {
        return false;
    }
    let from = floor_char(text, end.saturating_sub(120));
    let before = &text[from..end];
    // (`Acme Inc and <Zeta Corp> said`: the pair speaks, read from its first name.)
    before.rfind(['<', '>', '"']).is_some_and(|i| {
        before[i..].starts_with('<') && {
            let lead = before[..i].trim_end();
            !(lead.ends_with(" and") || lead.ends_with('&'))
        }
    })
}

/// `said Acme analyst Jo Smith`, `said Tory shadow health secretary Jo Smith`, `said Smith
/// biographer Jo Doe`: the name at mention `k` right after the cue only modifies the title of
/// the person named next, who speaks. Between them stand one to five title words (lower case, or a capitalised
/// word of the title lexicon), no punctuation; the name closes the clause.
fn person_after_modifier(doc: &Doc<'_>, k: usize, right_limit: usize) -> Option<Speaker> {
    let text = doc.text;
    let from = doc.mentions[k].span.end;
    let limit = floor_char(text, right_limit.min(from + 90).max(from));
    let ws = doc.word_spans(Span::new(from, limit));
    // The possessive of the body (`Acme's chief economist Jo Smith`).
    let skip = usize::from(ws.first().is_some_and(|w| w.start == from));
    for (n, w) in ws.iter().skip(skip).enumerate() {
        if let Some(p) = doc
            .mention_covering(w.start)
            .filter(|&p| doc.kind(p) == EntityKind::Person)
        {
            let between = &text[from..doc.mentions[p].span.start];
            let rest = text[doc.mentions[p].span.end..right_limit.max(doc.mentions[p].span.end)]
                .trim_start();
            let closes = rest.is_empty() || rest.starts_with([',', '.', ':', ';', '(', '—', '–']);
            let plain = between.chars().all(|c| {
                c.is_alphanumeric() || c == ' ' || c == '\n' || c == '-' || c == '\'' || c == '’'
            });
            return ((1..=5).contains(&n) && closes && plain).then(|| Speaker {
                mention: doc.mentions[p].span,
                entity: doc.res.entity_of[p],
            });
        }
        let lw = doc.lower_at(*w);
        let title = doc.pipeline.recognizer.is_title(&lw)
            || (w.slice(text).starts_with(|c: char| c.is_lowercase())
                && !matches!(
                    lw.as_ref(),
                    "and"
                        | "or"
                        | "of"
                        | "the"
                        | "a"
                        | "an"
                        | "to"
                        | "for"
                        | "in"
                        | "on"
                        | "at"
                        | "from"
                        | "with"
                        | "by"
                        | "that"
                        | "who"
                        | "which"
                        | "is"
                        | "was"
                        | "has"
                        | "had"
                        | "will"
                        | "would"
                        | "said"
                        | "says"
                ));
        if !title || doc.mention_covering(w.start).is_some() {
            return None;
        }
    }
    None
}

/// True when `span` is a stock ticker in angle brackets after a company's name (`Royal
/// Trustco Ltd <RT.TO> said`): the name speaks, not the ticker.
fn ticker(text: &str, span: Span) -> bool {
    text[..span.start].ends_with('<')
        && text[span.end..]
            .split(char::is_whitespace)
            .next()
            .is_some_and(|w| w.contains('>'))
}

/// `The UK's biggest mortgage lender said`: a country's possessive before a ranking word
/// and at most three more lower-case words right before the verb names no speaker (the
/// country is not the lender); the phrase stands for the company last opening a sentence
/// before it (`Halvard Bank said ... The country's largest lender said`), or for nobody.
fn ranked_company(doc: &Doc<'_>, left: Span) -> Option<Speaker> {
    let text = doc.text;
    let z = text[left.start..left.end].trim_end();
    let i = crate::text::rfind_str(z, "'s ").max(crate::text::rfind_str(z, "’s "))?;
    let mark = z[i..].chars().next().map_or(1, char::len_utf8);
    let tail: Vec<&str> = z[i + mark + 1..].split_whitespace().collect();
    let ranking = |w: &str| {
        matches!(w, "top" | "leading" | "main" | "biggest" | "largest")
            || w.ends_with("-largest")
            || w.ends_with("-biggest")
    };
    if !(2..=4).contains(&tail.len())
        || !ranking(tail[0])
        || !tail
            .iter()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
        || tail.iter().any(|w| FINITE_AUX.contains(w))
    {
        return None;
    }
    let possessor_end = left.start + i;
    let owner = &text[..possessor_end];
    // The possessor: a country named, or "the country" / "the nation".
    let start = match doc.mention_ending_at(possessor_end) {
        Some(k) if doc.kind(k) == EntityKind::Country => doc.mentions[k].span.start,
        Some(_) => return None,
        None => {
            let o = owner.to_lowercase();
            if !(o.ends_with("country") || o.ends_with("nation")) {
                return None;
            }
            possessor_end - if o.ends_with("country") { 7 } else { 6 }
        }
    };
    let lead = text[left.start..start].trim_end();
    let start = match lead
        .rsplit_once(char::is_whitespace)
        .map_or(lead, |(_, w)| w)
    {
        w if w.eq_ignore_ascii_case("the") => left.start + lead.len() - 3,
        _ => start,
    };
    let upto = doc.mentions.partition_point(|m| m.span.start < start);
    let entity = subject_company_before(doc, upto, start, |k, e| {
        doc.kind(k) == EntityKind::Organization
            && !doc.is_modifier(k)
            && doc.res.entities[e].kind == EntityKind::Organization
            && !public_body(doc, e)
    });
    Some(Speaker {
        mention: Span::new(start, left.start + z.len()),
        entity,
    })
}

/// `If Brazil stops paying, the analysts said ...`: a subject of lower-case words after the
/// last comma before the verb (`the analysts`, `local bankers`, `a spokesman`), naming no
/// entity, is the speaker; a name before the comma belongs to another clause. At most a
/// determiner and three words, the last a plural noun, a title or a word for a spokesman
/// or a body (`the company`, resolved by the caller).
fn common_subject_after_comma(doc: &Doc<'_>, zone: Span) -> Option<Speaker> {
    let text = doc.text;
    let z = zone.slice(text);
    let comma = z.trim_end().rfind(',')?;
    let seg = Span::new(zone.start + comma + 1, zone.end);
    let ws = doc.word_spans(seg);
    let ws = &ws[..before_aux(text, &ws)];
    // (Past a conjunction opening the clause: `but economists said`, `which analysts said`.)
    let lead = ws
        .iter()
        .take_while(|w| {
            matches!(
                w.slice(text),
                "but" | "and" | "although" | "though" | "while" | "whereas" | "which" | "as"
            )
        })
        .count();
    let opens_at = ws.first()?.start;
    let ws = &ws[lead..];
    let (first, head) = (*ws.first()?, *ws.last()?);
    // Only spaces between the words, and nothing but spaces after the phrase.
    let joined = ws
        .windows(2)
        .all(|p| text[p[0].end..p[1].start].chars().all(|c| c == ' '));
    if !joined
        || !text[seg.start..opens_at].trim().is_empty()
        || ws.len() > 4
        || !ws
            .iter()
            .all(|w| w.slice(text).chars().all(|c| c.is_ascii_lowercase()))
        || ws.iter().any(|w| doc.mention_covering(w.start).is_some())
    {
        return None;
    }
    let det = DETERMINERS.contains(&first.slice(text));
    let n = ws.len() - usize::from(det);
    // No verb, auxiliary or adverb among the words (`has always`, `there are fears`,
    // `hopes airlines`, `accepted many experts`), no preposition opening them (`with
    // analysts saying`); without a determiner, at most one modifier.
    let verbal = ws.iter().any(|w| {
        let w = w.slice(text);
        AUX.contains(&w)
            || FINITE_AUX.contains(&w)
            || matches!(w, "always" | "never" | "also" | "still" | "there" | "then")
            || w.ends_with("ed")
            || w.ends_with("ing")
    });
    let prep = matches!(
        first.slice(text),
        "with" | "for" | "of" | "in" | "on" | "at" | "by" | "from" | "to" | "as" | "if"
    );
    let modifier_ok = det || n == 1 || !ws[0].slice(text).ends_with('s');
    if n == 0 || n > 3 || (!det && n > 2) || verbal || prep || !modifier_ok {
        return None;
    }
    let h = head.slice(text);
    let plural = h.len() > 3 && h.ends_with('s') && !h.ends_with("ss") && !h.ends_with("us");
    let body = matches!(
        h,
        "company" | "firm" | "group" | "bank" | "ministry" | "agency" | "department"
    );
    let human =
        plural || SPOKES.contains(&h) || doc.pipeline.recognizer.is_title(h) || (body && det);
    (human && !PRONOUNS.contains(&h)).then(|| Speaker {
        mention: Span::new(first.start, head.end),
        entity: None,
    })
}

/// True when an apposition opens with a determiner and a lower-case word (`a friend of Jo
/// Brown and Al Green`, `the head of Acme and Zeta`): its "and" joins words inside it, not
/// a list of subjects (`Oxfam, the Green Trust and Save the Rivers,`).
fn described(apposition: &str) -> bool {
    let mut ws = apposition.split_whitespace();
    matches!(ws.next(), Some("a" | "an" | "the"))
        && ws
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()))
}

/// Relative pronouns that open a clause set off by commas after a subject.
const RELATIVE_OPENERS: &[&str] = &[", who ", ", whose ", ", which "];

/// The subject of `zone` when it ends in a relative clause set off by commas (`Seixas, who
/// met again this morning with executive Jo Brown and the bank's lawyers,`, `Smith, whose
/// firm bought Acme,`): the mention or capitalised words before the clause's comma, not a
/// name inside the clause (which may hold "and" and up to 40 words).
fn relative_clause_subject(doc: &Doc<'_>, zone: Span) -> Option<Speaker> {
    let text = doc.text;
    let z = zone.slice(text).trim_end();
    let inner = z.strip_suffix(',')?;
    let open = RELATIVE_OPENERS
        .iter()
        .filter_map(|p| inner.rfind(p))
        .max()?;
    let clause = &inner[open + 1..];
    let head_end = zone.start + open;
    // (One sentence: `TWA bid for USAir, which was ... On Monday, TWA withdrew, saying`.)
    if clause.split_whitespace().count() > 40
        || clause.contains(['"', '“', '”', ';', '(', ')'])
        || doc.sentence_at(head_end) != doc.sentence_at(zone.end.saturating_sub(1))
    {
        return None;
    }
    if let Some(s) = head_before_comma(doc, zone.start, head_end) {
        return subject_past_complement(doc, zone.start, head_end, s);
    }
    // `The bank, which lent Peru 50 mln dlrs, said`: a description opening the phrase,
    // resolved by the caller.
    let np = np_before(text, zone.start, head_end)?;
    let first = np.slice(text).split(' ').next()?;
    (matches!(first, "The" | "the")
        && np
            .slice(text)
            .split(' ')
            .all(|w| w == "The" || w.starts_with(char::is_lowercase)))
    .then_some(Speaker {
        mention: np,
        entity: None,
    })
}

/// The mention, or the capitalised words of a name the recogniser missed, ending right
/// before `head_end` (the comma opening an apposition or a relative clause) in the zone
/// starting at `from`.
fn head_before_comma(doc: &Doc<'_>, from: usize, head_end: usize) -> Option<Speaker> {
    let text = doc.text;
    // Past a parenthesis or a ticker (`Acme Trust (AT), which`, `Acme Corp <ACM>, a`).
    let mut head_end = head_end;
    let before = text[from..head_end].trim_end();
    // (Not a name written in brackets: `<Acme Corp>, a unit of`.)
    for (open, close) in [('(', ')'), ('<', '>')] {
        if before.ends_with(close) {
            if let Some(o) = before.rfind(open) {
                let name = before[..o].trim_end();
                if name.ends_with(char::is_alphanumeric) {
                    head_end = from + name.len();
                }
            }
        }
    }
    let ws = doc.word_spans(Span::new(from, head_end));
    let last = *ws.last()?;
    if text[last.end..head_end].trim().len() > 1 {
        return None;
    }
    if let Some(k) = doc.mention_covering(last.start).filter(|&k| {
        matches!(
            doc.kind(k),
            EntityKind::Person | EntityKind::Organization | EntityKind::Country
        )
    }) {
        return Some(Speaker {
            mention: doc.mentions[k].span,
            entity: doc.res.entity_of[k],
        });
    }
    // An unrecognised name: the capitalised words ending there (at most four).
    // (Not across a comma: `with the Exchange Commission, Industrial Equity` is one name
    // after a comma.)
    let n = ws.len();
    let caps = (0..n.min(4))
        .take_while(|&i| {
            let w = ws[n - 1 - i];
            w.slice(text).starts_with(|c: char| c.is_uppercase())
                && (i == 0 || !text[w.end..ws[n - i].start].contains([',', ';', ':']))
        })
        .count();
    if caps == 0 || caps == ws.len() && ws.len() > 4 {
        return None;
    }
    let first = ws[ws.len() - caps];
    // A sentence-opening word alone ("However,") names nobody.
    if caps == 1 && AFTER_CUE.contains(&first.slice(text).to_lowercase().as_str()) {
        return None;
    }
    Some(Speaker {
        mention: Span::new(first.start, last.end),
        entity: None,
    })
}

/// The subject of `zone` when it ends in an apposition set off by commas
/// (`Smith, a lawyer for the group,`): the mention or capitalised words before the first
/// comma.
fn appositive_subject(doc: &Doc<'_>, zone: Span) -> Option<Speaker> {
    let text = doc.text;
    let z = zone.slice(text).trim_end();
    // Set off by commas, or by dashes (`Smith -- author of a book on the race -- said`).
    let (open, apposition) = if let Some(inner) = z.strip_suffix(',') {
        let open = inner.rfind(',')?;
        (open, &inner[open + 1..])
    } else if let Some(inner) = z.strip_suffix(" -") {
        // (A spaced hyphen, `Jo Hamm - the club's largest investor - said`; a hyphen inside a
        // word opens nothing.)
        let open = inner.rfind(" - ")?;
        (open + 1, &inner[open + 3..])
    } else {
        let dash = ["--", "—", "–"].into_iter().find(|d| z.ends_with(d))?;
        let inner = z.strip_suffix(dash)?;
        let open = inner.rfind(dash)?;
        if !inner[..open].ends_with(' ') {
            return None;
        }
        (open, &inner[open + dash.len()..])
    };
    let n = apposition.split_whitespace().count();
    // (`Smith, in a statement issued in Paris and released by Acme, said`: where or how he
    // spoke, whose "and" joins no second subject.)
    let circumstance = matches!(
        apposition.split_whitespace().next(),
        Some("in" | "at" | "speaking" | "writing")
    );
    if !(1..=if circumstance { 20 } else { 15 }).contains(&n)
        || apposition.contains(['"', '“', '”', ';', '(', ')'])
        || apposition.split_whitespace().any(|w| {
            matches!(w, "said" | "says" | "that" | "but")
                || w == "and" && !described(apposition) && !circumstance
        })
    {
        return None;
    }
    let head_end = zone.start + open;
    let s = head_before_comma(doc, zone.start, head_end)?;
    subject_past_complement(doc, zone.start, head_end, s)
}

/// `head`, found before the comma at `head_end`, unless a person is named before an
/// apposition holding it (`Jo Smith, a manager representing Acme, a unit of Zeta,`: Jo
/// Smith), or it is the object of a preposition (`Jo Smith of the Acme Trust, which ...,`,
/// `Jo Smith, economist at Acme, an agent for ...,`): then the person or organisation named
/// right before the preposition (`Acme AG of Bonn, Germany,`), or the subject before an
/// apposition holding it; None when neither is found (the caller looks further).
fn subject_past_complement(
    doc: &Doc<'_>,
    from: usize,
    head_end: usize,
    head: Speaker,
) -> Option<Speaker> {
    let text = doc.text;
    let person = |s: &Speaker| {
        doc.mention_covering(s.mention.start)
            .is_some_and(|k| doc.kind(k) == EntityKind::Person)
    };
    if person(&head) {
        return Some(head);
    }
    // `Jo Smith, a manager representing Acme Corp, a unit of Zeta,`: the person before the
    // apposition that holds the name.
    // (Computed once: each level reads one apposition further back.)
    let inner = appositive_subject(doc, Span::new(from, head_end + 1));
    if let Some(s) = inner.filter(person) {
        return Some(s);
    }
    if !after_preposition(text, head.mention.start) {
        return Some(head);
    }
    let before = text[from..head.mention.start].trim_end();
    let before = before.strip_suffix("the").unwrap_or(before).trim_end();
    let prep = before.rsplit(' ').next().unwrap_or("");
    let rest = before[..before.len() - prep.len()].trim_end();
    if let Some(k) = rest
        .char_indices()
        .next_back()
        .and_then(|(i, _)| doc.mention_covering(from + i))
        .filter(|&k| {
            matches!(doc.kind(k), EntityKind::Person | EntityKind::Organization)
                && doc.mentions[k].span.end == from + rest.len()
        })
    {
        return Some(Speaker {
            mention: doc.mentions[k].span,
            entity: doc.res.entity_of[k],
        });
    }
    inner.filter(|s| !after_preposition(text, s.mention.start))
}

/// The subject opening the clause `zone`: a pronoun, a name, or a noun phrase (after a
/// leading adverbial set off by a comma).
fn clause_subject(doc: &Doc<'_>, zone: Span, cx: &Cx<'_>) -> Option<Speaker> {
    let text = doc.text;
    let ws = doc.word_spans(zone);
    let f = *ws.first()?;
    if PRONOUNS.contains(&f.slice(text)) {
        return Some(Speaker {
            mention: f,
            entity: pronoun_antecedent(doc, f.start, f.slice(text), cx),
        });
    }
    // `Senator Jo Smith did this, saying ...`: the person after the titles opening the clause.
    let titles = ws
        .iter()
        .take(3)
        .take_while(|w| doc.mention_covering(w.start).is_none())
        .take_while(|w| {
            let l = lower_cow(w.slice(text));
            doc.pipeline.recognizer.is_title(&l) || unabbreviated(&l) != l.trim_end_matches('.')
        })
        .count();
    if titles > 0 {
        if let Some(k) = ws
            .get(titles)
            .and_then(|w| doc.mention_covering(w.start))
            .filter(|&k| doc.kind(k) == EntityKind::Person && !doc.is_modifier(k))
        {
            return Some(Speaker {
                mention: doc.mentions[k].span,
                entity: doc.res.entity_of[k],
            });
        }
    }
    if let Some(p) = doc
        .mention_covering(f.start)
        .and_then(|k| named_after_lead(doc, k, zone.end))
    {
        return Some(Speaker {
            mention: doc.mentions[p].span,
            entity: doc.res.entity_of[p],
        });
    }
    if let Some(k) = doc.mention_covering(f.start).filter(|&k| {
        matches!(
            doc.kind(k),
            EntityKind::Person | EntityKind::Organization | EntityKind::Country
        ) && !doc.is_modifier(k)
    }) {
        return Some(Speaker {
            mention: doc.mentions[k].span,
            entity: doc.res.entity_of[k],
        });
    }
    // `The Florida senator did this, saying ...`: the noun phrase opening the clause.
    // After a leading adverbial (`On Monday, the senator ...`), the phrase after it.
    let after_comma = zone
        .slice(text)
        .find(',')
        .map(|i| trim(text, Span::new(zone.start + i + 1, zone.end)));
    subject_np(doc, zone)
        .or_else(|| after_comma.and_then(|z| subject_np(doc, z)))
        .map(|np| titled_speaker(doc, np, cx))
        .or_else(|| pronoun_after_lead(doc, &ws, after_comma, cx))
}

/// `Then he cut into X, calling ...`, `On Sunday, she defended X, saying ...`: a subject
/// pronoun after one leading adverb (`ws`: the clause's words), or opening `after_comma`
/// (the clause past a leading adverbial set off by a comma).
fn pronoun_after_lead(
    doc: &Doc<'_>,
    ws: &[Span],
    after_comma: Option<Span>,
    cx: &Cx<'_>,
) -> Option<Speaker> {
    let text = doc.text;
    let lead_adverb = ws.first().is_some_and(|f| {
        matches!(
            f.slice(text),
            "Then" | "Later" | "Now" | "Still" | "Instead" | "Meanwhile" | "Earlier" | "Yet"
        )
    });
    let w = if lead_adverb {
        ws.get(1).copied()
    } else {
        after_comma.and_then(|z| doc.word_spans(z).first().copied())
    }?;
    let p = w.slice(text);
    PRONOUNS.contains(&p).then(|| Speaker {
        mention: w,
        entity: pronoun_antecedent(doc, w.start, p, cx),
    })
}

/// The noun phrase opening `zone` (`The Florida senator sought ...`): a determiner or
/// capitalised word and the words up to a title, an auxiliary or a word in -ed, at most five.
fn subject_np(doc: &Doc<'_>, zone: Span) -> Option<Span> {
    let text = doc.text;
    let ws = doc.word_spans(zone);
    let w0 = ws.first()?;
    let l0 = w0.slice(text).to_lowercase();
    if !(DETERMINERS.contains(&l0.as_str()) || w0.slice(text).starts_with(char::is_uppercase))
        || AFTER_CUE.contains(&l0.as_str())
        || TAIL_PREPS.contains(&l0.as_str())
        || NOT_SUBJECT.contains(&l0.as_str())
        || PRONOUNS.iter().any(|p| p.eq_ignore_ascii_case(&l0))
        || matches!(
            l0.as_str(),
            "i" | "we" | "you" | "it" | "meanwhile" | "however"
        )
        || crate::text::WEEKDAY_NAMES.contains(&l0.as_str())
        || SKIP_AFTER.contains(&l0.as_str())
        || l0.ends_with("ing")
        || l0.ends_with("ed")
    {
        return None;
    }
    let is_title = |w: &str| doc.pipeline.recognizer.is_title(w);
    let mut end = 1;
    let mut comma = false;
    if !is_title(&l0) {
        while end < ws.len() && end < 5 {
            let w = ws[end].slice(text);
            let lw = w.to_lowercase();
            let gap = text[ws[end - 1].end..ws[end].start].trim();
            if !gap.is_empty() {
                comma = gap.starts_with(',');
                break;
            }
            if AUX.contains(&lw.as_str())
                || FINITE_AUX.contains(&lw.as_str())
                || (lw.ends_with("ed") && !w.starts_with(char::is_uppercase))
            {
                break;
            }
            end += 1;
            if is_title(&lw) {
                break;
            }
        }
    }
    // Before a comma only a name of two or more words ("Jo Smith, a lawyer,"): one word or a
    // lower-case phrase is as likely an adverbial ("Tuesday,", "The day before,").
    let name = ws[..end]
        .iter()
        .all(|w| w.slice(text).starts_with(char::is_uppercase));
    (!comma || (end > 1 && name)).then(|| Span::new(w0.start, ws[end - 1].end))
}

/// A speaker phrase without a name: when it ends in a title (`the Florida senator`), the
/// last person holding that title.
fn titled_speaker(doc: &Doc<'_>, np: Span, cx: &Cx<'_>) -> Speaker {
    let text = doc.text;
    let last = np
        .slice(text)
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    let is_title = doc.pipeline.recognizer.is_title(&last);
    Speaker {
        mention: np,
        entity: is_title
            .then(|| {
                let at = floor_char(text, np.end.saturating_sub(last.len()));
                last_person(doc, at, Some(&last), cx)
            })
            .flatten(),
    }
}

/// The index in `ws` of a reporting verb that closes sentence `span` right after a comma and a
/// subject pronoun (`..., he said.`; not `..., she added on Monday.`: only the full stop may
/// follow the verb), when no word of the sentence is inside a quotation.
fn closing_pronoun_cue(
    doc: &Doc<'_>,
    span: Span,
    ws: &[Span],
    in_quote: &dyn Fn(Span) -> bool,
) -> Option<usize> {
    let text = doc.text;
    let n = ws.len();
    if n < 6 {
        return None;
    }
    let (pron, verb) = (ws[n - 2], ws[n - 1]);
    let tail = text[verb.end..span.end].trim_end();
    if !matches!(tail, "." | "")
        || !matches!(pron.slice(text), "he" | "she" | "it" | "they" | "we")
        || !text[ws[n - 3].end..pron.start].trim_end().ends_with(',')
        || !doc.pipeline.extractor.cue(&doc.lower_at(verb)).reporting
        || ws.iter().any(|&w| in_quote(w))
    {
        return None;
    }
    Some(n - 1)
}

/// The index in `ws` of a reporting verb that closes sentence `span` after a comma and a short
/// subject that is no pronoun (`..., the Treasury said.`, `..., a Dome spokeswoman said on
/// Monday.`, `..., U.S. and Soviet sources said.`): like [`closing_pronoun_cue`], the words
/// before the comma are that speaker's, and a verb inside them (`the board decided it would
/// wait`, `demand for oil rose`) is part of what was said, not a cue of its own. The verb
/// reports a bare clause and is followed by at most four words of an adverbial (`on Monday`,
/// `in a statement`, `yesterday`); the subject has one to six words, opens with no
/// conjunction or relative and holds no clause word; no word of the sentence is quoted.
fn closing_subject_cue(
    doc: &Doc<'_>,
    span: Span,
    ws: &[Span],
    in_quote: &dyn Fn(Span) -> bool,
) -> Option<usize> {
    let text = doc.text;
    let n = ws.len();
    if n < 8 || !text[span.start..span.end].trim_end().ends_with('.') {
        return None;
    }
    let comma = span.start + text[span.start..span.end].rfind(',')?;
    let first = ws.partition_point(|w| w.start < comma);
    // At least four words before the comma, two to ten after it.
    if first < 4 || !(2..=10).contains(&(n - first)) {
        return None;
    }
    let lower = |i: usize| doc.lower_at(ws[i]);
    // The subject opens with no conjunction or preposition (`, including holders of the new
    // notes.`, `, according to press reports.`).
    let opener = lower(first);
    if matches!(
        opener.as_ref(),
        "and"
            | "but"
            | "or"
            | "i"
            | "we"
            | "you"
            | "in"
            | "of"
            | "for"
            | "to"
            | "with"
            | "by"
            | "from"
            | "on"
            | "at"
            | "after"
            | "before"
            | "than"
            | "like"
            | "despite"
            | "under"
            | "over"
            | "about"
            | "without"
            | "per"
            | "plus"
            | "via"
            | "into"
            | "up"
            | "down"
            | "including"
            | "according"
            | "following"
            | "excluding"
            | "regarding"
            | "concerning"
            | "during"
            | "pending"
    ) {
        return None;
    }
    // The verb: a lower-case verb of a bare clause after a word that is no determiner
    // (`the new notes`), followed by nothing or a short adverbial.
    let tail_ok = |v: usize| {
        n - v - 1 <= 4
            && (v + 1 == n
                || TAIL_PREPS.contains(&lower(v + 1).as_ref())
                || matches!(
                    lower(v + 1).as_ref(),
                    "yesterday" | "today" | "tonight" | "last" | "this" | "earlier" | "here"
                ))
            && (v + 1..n).all(|i| lower(i) != "that" && !FINITE_AUX.contains(&lower(i).as_ref()))
            && !text[ws[v].end..span.end].contains([',', ';', ':'])
    };
    let v = (first + 1..n).find(|&i| {
        is_bare_clause(&lower(i))
            && ws[i].slice(text).starts_with(char::is_lowercase)
            && !DETERMINERS.contains(&lower(i - 1).as_ref())
            && tail_ok(i)
    })?;
    let subject_ok = (first..v).all(|i| {
        !matches!(
            lower(i).as_ref(),
            "that"
                | "which"
                | "who"
                | "whom"
                | "whose"
                | "when"
                | "while"
                | "if"
                | "as"
                | "because"
                | "although"
                | "though"
                | "since"
                | "so"
                | "then"
                | "also"
                | "it"
                | "this"
                | "there"
        ) && !FINITE_AUX.contains(&lower(i).as_ref())
            && !PRONOUNS
                .iter()
                .any(|p| p.eq_ignore_ascii_case(ws[i].slice(text)))
    });
    if !subject_ok || v - first > 6 || ws.iter().any(|&w| in_quote(w)) {
        return None;
    }
    Some(v)
}

/// The index in `ws` of a reporting verb that closes sentence `span` after a named person
/// and an apposition set off by commas (`Korvath hopes to sell the mine, Jo Lee, a Korvath
/// director, said.`): like [`closing_subject_cue`], everything before the name is that
/// person's words, and a verb inside them (`hopes to`, `believes`) is no cue of its own.
/// The name is a whole person mention, the apposition has one to eight words and opens
/// lower case (`a`, `the`, `chief`, `president of`), and the verb, a verb of a bare clause,
/// is followed by at most four words and no clause; no word of the sentence is quoted.
fn closing_apposed_cue(
    doc: &Doc<'_>,
    span: Span,
    ws: &[Span],
    in_quote: &dyn Fn(Span) -> bool,
) -> Option<usize> {
    let text = doc.text;
    let n = ws.len();
    let body = text[span.start..span.end].trim_end();
    if n < 9 || !body.ends_with('.') {
        return None;
    }
    let body = &body[..body.len() - 1];
    let c3 = body.rfind(',')?;
    let c2 = body[..c3].rfind(',')?;
    let c1 = body[..c2].rfind(',')?;
    let (c1, c2, c3) = (span.start + c1, span.start + c2, span.start + c3);
    let words = |a: usize, b: usize| {
        ws.partition_point(|w| w.start < b) - ws.partition_point(|w| w.start < a)
    };
    let v = ws.partition_point(|w| w.start < c3);
    let lv = doc.lower_at(*ws.get(v)?);
    // The tail: nothing, or an adverbial (`on Monday`, `in a statement`), after the hearer
    // of `told` (`told reporters`).
    let t = v + 1 + usize::from(TELL.contains(&lv.as_ref()));
    let tail_ok = t >= n
        || TAIL_PREPS.contains(&doc.lower_at(ws[t]).as_ref())
        || matches!(
            doc.lower_at(ws[t]).as_ref(),
            "yesterday" | "today" | "tonight" | "last" | "this" | "earlier" | "here"
        );
    if !is_bare_clause(&lv)
        || !tail_ok
        || n - v - 1 > 4
        || (v + 1..n).any(|i| {
            doc.lower_at(ws[i]) == "that" || FINITE_AUX.contains(&doc.lower_at(ws[i]).as_ref())
        })
        || ws.partition_point(|w| w.start < c1) < 4
        || !(1..=8).contains(&words(c2, c3))
        || !text[c2 + 1..c3]
            .trim_start()
            .starts_with(char::is_lowercase)
        || text[c2..c3].contains(['(', ';', ':'])
        || ws.iter().any(|&w| in_quote(w))
    {
        return None;
    }
    // (No clause inside the apposition: `, who ...`, `, which ...`.)
    let a = ws.partition_point(|w| w.start < c2);
    if (a..v).any(|i| {
        matches!(
            doc.lower_at(ws[i]).as_ref(),
            "who" | "which" | "that" | "whose"
        ) || FINITE_AUX.contains(&doc.lower_at(ws[i]).as_ref())
    }) {
        return None;
    }
    let name = trim(text, Span::new(c1 + 1, c2));
    let k = doc.mention_covering(name.start)?;
    (doc.kind(k) == EntityKind::Person && doc.mentions[k].span == name).then_some(v)
}

/// True when `after`, the text after a cue opening with a quotation mark, quotes a few words
/// that the reported clause goes on from (`"budget cuts" would pay for it`), not a whole
/// answer (`"no," when asked`, `"yes" in an interview`, `"a war" on prices`).
fn clause_after_partial(after: &str) -> bool {
    let open = after.chars().next().map_or(0, char::len_utf8);
    let inner = &after[open..];
    let Some(close) = inner.find(['"', '”']) else {
        return false;
    };
    if inner[..close].trim_end().ends_with([',', '.', '!', '?']) {
        return false;
    }
    let rest = inner[close..]
        .trim_start_matches(['"', '”'])
        .trim_start_matches([' ', '\t']);
    let next = rest
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    !next.is_empty()
        && !TAIL_PREPS.contains(&next)
        && !matches!(
            next,
            "to" | "for" | "as" | "by" | "when" | "into" | "against"
        )
}

/// The speaker after a reporting noun and "by" or "from", within three words of it
/// (`statements by Vesterland ministers that CLAUSE`, `a warning from the Danish government
/// that CLAUSE`): the first named person, organisation or country before the content at
/// `body_start`.
fn noun_agent(doc: &Doc<'_>, cue: Span, body_start: usize) -> Option<Speaker> {
    let text = doc.text;
    let zone = Span::new(cue.end, body_start.max(cue.end));
    let ws = doc.word_spans(zone);
    let by = ws.first()?;
    if !matches!(by.slice(text), "by" | "from") || !text[cue.end..by.start].trim().is_empty() {
        return None;
    }
    // (A person named with their body, `from Labour leader Jo Lee`, over the body.)
    // (A person as a modifier, `by a Reagan aide`, is not the one who spoke.)
    let near = |k: &usize| {
        let m = doc.mentions[*k].span;
        let kind = doc.kind(*k);
        matches!(
            kind,
            EntityKind::Person | EntityKind::Organization | EntityKind::Country
        ) && text[by.end..m.start].split_whitespace().count() <= 3
            && !text[by.end..m.start].contains([',', ';', ':', '('])
            && (kind != EntityKind::Person
                || text[m.end..zone.end]
                    .split_whitespace()
                    .all(|w| w == "that" || w == ","))
    };
    let found: Vec<usize> = doc.mentions_in(zone).into_iter().filter(near).collect();
    let k = found
        .iter()
        .copied()
        .find(|&k| doc.kind(k) == EntityKind::Person)
        .or(found.first().copied())?;
    let m = doc.mentions[k].span;
    Some(Speaker {
        mention: m,
        entity: doc.res.entity_of[k],
    })
}

/// Modifiers that may stand between a possessor and its reporting noun ("his own claim").
const POSSESSED_CUE_MODIFIERS: &[&str] = &[
    "own", "new", "first", "last", "latest", "recent", "earlier", "previous", "repeated", "public",
    "private", "initial", "original", "frequent", "strong", "angry", "stark", "blunt",
];

/// Does a reporting noun at `cue` take its content as a "that" clause (`his claim that`,
/// `his claim in a recent Fox News interview that`), not as the subject of a verb of its own
/// (`His comments follow news that`, `His claims were denied`)? Only "that", or a phrase
/// opened by a preposition and closed by "that", may stand before `content_start`.
fn that_after_noun(text: &str, cue: Span, content_start: usize) -> bool {
    let Some(between) = text.get(cue.end..content_start) else {
        return false;
    };
    let words: Vec<&str> = between.split_whitespace().collect();
    words.last() == Some(&"that")
        && (words.len() == 1
            || matches!(
                words[0],
                "in" | "on"
                    | "at"
                    | "during"
                    | "to"
                    | "about"
                    | "over"
                    | "last"
                    | "this"
                    | "earlier"
            ))
}

/// Whose words a reporting noun at `cue` are by its possessor: `Lazar's claim that`, `despite
/// his claim in a recent interview that` (the person "his" stands for), `the ministry's
/// repeated assurances that`. Up to two lower-case modifiers may stand between.
fn noun_possessor(doc: &Doc<'_>, cue: Span, cx: &Cx<'_>) -> Option<Speaker> {
    let text = doc.text;
    let before = doc.word_spans(Span::new(cue.start.saturating_sub(80), cue.start));
    let mut i = before.len();
    let mut skipped = 0;
    while i > 0 {
        let w = before[i - 1];
        // Only spaces between the words walked over.
        let next = before.get(i).map_or(cue.start, |n| n.start);
        if !text[w.end..next].trim().is_empty() {
            return None;
        }
        let lw = lower_cow(w.slice(text));
        match lw.as_ref() {
            "his" | "her" => {
                let p = if lw == "his" { "he" } else { "she" };
                let entity = pronoun_antecedent(doc, w.start, p, cx)?;
                return Some(Speaker {
                    mention: w,
                    entity: Some(entity),
                });
            }
            _ if lw.ends_with("'s") || lw.ends_with("’s") => {
                let word = w.slice(text);
                let name = word
                    .strip_suffix("'s")
                    .or_else(|| word.strip_suffix("’s"))
                    .unwrap_or(word);
                let k = doc.mention_ending_at(w.start + name.len())?;
                if !matches!(
                    doc.kind(k),
                    EntityKind::Person | EntityKind::Organization | EntityKind::Country
                ) {
                    return None;
                }
                return Some(Speaker {
                    mention: doc.mentions[k].span,
                    entity: doc.res.entity_of[k],
                });
            }
            // (Adjectives only: "His lawyers claim that" is the lawyers' claim.)
            _ if skipped < 2
                && w.slice(text).starts_with(|c: char| c.is_ascii_lowercase())
                && (POSSESSED_CUE_MODIFIERS.contains(&lw.as_ref())
                    || ["ed", "al", "ous", "ive", "ic", "ent", "est", "ful"]
                        .iter()
                        .any(|e| lw.ends_with(e))) =>
            {
                skipped += 1;
                i -= 1;
            }
            _ => return None,
        }
    }
    None
}

/// True when the word before `ws[wi]` ends a named person, organisation or country: the
/// verb has a subject of its own (`Koido said A. But B, he said.` keeps Koido's words).
fn named_subject(doc: &Doc<'_>, ws: &[Span], wi: usize) -> bool {
    wi.checked_sub(1)
        .and_then(|p| doc.mention_covering(ws[p].start))
        .is_some_and(|k| {
            matches!(
                doc.kind(k),
                EntityKind::Person | EntityKind::Organization | EntityKind::Country
            )
        })
}

/// Words between a subject and its verb that are not part of the subject.
const AUX: &[&str] = &[
    "also", "has", "have", "had", "then", "once", "would", "will", "never", "already", "again",
    "is", "was", "were", "are", "been", "just", "only", "still", "first", "further", "later",
    "has", "did", "does", "do", "not", "later", "even", "who",
];

/// Tails of contracted auxiliaries (`he's`, `she'd`, `they've`, `he'll`, `they're`).
const CONTRACTED: &[&str] = &["s", "d", "ve", "ll", "re"];

/// Words after a verb that start no speaker phrase (`said in a statement`).
const AFTER_CUE: &[&str] = &[
    "in", "at", "with", "during", "after", "before", "about", "of", "as", "that", "it", "so",
    "and", "but", "when", "while", "if", "because", "not", "there", "this", "these", "those",
    "what", "how", "why", "where",
];

/// Auxiliaries that make the words after a verb a clause (`said the move was symbolic`).
const FINITE_AUX: &[&str] = &[
    "is", "are", "was", "were", "will", "would", "has", "have", "had", "can", "could", "should",
    "may", "might", "must", "does", "did",
];

/// Words that show a clause has begun (a subject pronoun, a modal, a question word): a
/// "that" after them is not the complementizer of the reporting verb.
const CLAUSE_WORDS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "you", "will", "would", "can", "could", "should", "may",
    "might", "must", "how", "what", "why", "when", "where", "whether", "if", "who", "which",
];

/// True when the word after a verb opens a clause (`said he`, `said that`).
fn clause_follows_first(first: Option<&str>) -> bool {
    first.is_some_and(|t| {
        PRONOUNS.iter().any(|p| p.eq_ignore_ascii_case(t))
            || matches!(t, "that" | "it" | "we" | "i" | "there" | "this")
    })
}

/// Words that open a bare clause after a verb of thinking (`believes the plan`, `thinks he`).
const CLAUSE_SUBJECTS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "you", "there", "the", "this", "these", "those", "his",
    "her", "their", "our", "its", "my", "a", "an", "most", "many", "some", "nobody", "everyone",
];

/// Prepositions that open an adverbial after a closing cue (`..., she said in a video message.`).
const TAIL_PREPS: &[&str] = &[
    "in",
    "at",
    "during",
    "on",
    "after",
    "before",
    "while",
    "from",
    "with",
    "via",
    "of",
    "about",
    "when",
    "through",
    "outside",
    "inside",
    "near",
    "following",
    "ahead",
    "late",
];

/// Where reported clauses end inside a sentence.
const CLAUSE_BREAKS: &[&str] = &[
    ", but ",
    "; ",
    ", while ",
    ", although ",
    ", though ",
    ", and when ",
    " — and ",
    ", and if ",
    ", and after ",
    ", and because ",
    ", and as ",
    // A dash before a turn of the sentence ("X lied - though he admitted that ...").
    " - though ",
    " - although ",
    " - but ",
    " — though ",
    " — although ",
    " — but ",
];

/// Where the first of [`CLAUSE_BREAKS`] begins in `s`: the least `s.find(b)` over the
/// phrases, found in one pass over the bytes that can open one (`,`, `;`, and the
/// first byte of `—`, whose phrase begins one space earlier), then one over the hyphens
/// before it (a dash written " - ").
fn first_clause_break(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let at_break = |at: usize| {
        CLAUSE_BREAKS
            .iter()
            .any(|b| starts_with_spaced(&bytes[at..], b.as_bytes()))
    };
    let first = memchr::memchr3_iter(b',', b';', 0xE2, bytes).find_map(|i| {
        let at = if bytes[i] == 0xE2 {
            i.checked_sub(1)?
        } else {
            i
        };
        at_break(at).then_some(at)
    });
    let upto = first.map_or(bytes.len(), |f| f + 1);
    // (Only a hyphen with white space on both sides can be a dash: most are inside words
    // and numbers.)
    let dash = memchr::memchr_iter(b'-', &bytes[..upto])
        .filter(|&i| {
            i > 0
                && bytes[i - 1].is_ascii_whitespace()
                && bytes.get(i + 1).is_some_and(u8::is_ascii_whitespace)
        })
        .map(|i| i - 1)
        .find(|&at| at_break(at));
    match (first, dash) {
        (Some(f), Some(d)) => Some(f.min(d)),
        (f, d) => f.or(d),
    }
}

/// True when `s` opens with `pat`, a space of `pat` matching any run of whitespace (wire
/// copy wraps its lines: `rise,\nbut local economists`).
fn starts_with_spaced(s: &[u8], pat: &[u8]) -> bool {
    let mut i = 0;
    for &p in pat {
        if p == b' ' {
            let run = s[i.min(s.len())..]
                .iter()
                .take_while(|c| c.is_ascii_whitespace())
                .count();
            if run == 0 {
                return false;
            }
            i += run;
        } else if s.get(i) == Some(&p) {
            i += 1;
        } else {
            return false;
        }
    }
    true
}

/// True when `s` ends in a title that a full stop abbreviates (`the Rev`, `former Sen`).
fn abbreviation_before(s: &str) -> bool {
    let w = s.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    matches!(
        w,
        "Rev"
            | "Dr"
            | "Sen"
            | "Sens"
            | "Gov"
            | "Govs"
            | "Rep"
            | "Reps"
            | "Gen"
            | "Col"
            | "Lt"
            | "Sgt"
            | "Capt"
            | "Maj"
            | "Adm"
            | "Mr"
            | "Mrs"
            | "Ms"
            | "Prof"
            | "Fr"
            | "St"
            | "Hon"
    )
}

/// The largest byte offset `<= i` on a char boundary.
use crate::text::floor_char;

/// How many of `ws` remain once trailing auxiliaries and -ly adverbs are dropped
/// ("Smith has also", "she would only").
fn before_aux(text: &str, ws: &[Span]) -> usize {
    let mut end = ws.len();
    while end > 0 {
        let w = lower_cow(ws[end - 1].slice(text));
        // The tail of a contraction split off at a curly apostrophe (`he’s`, `she’d`).
        let contracted =
            CONTRACTED.contains(&w.as_ref()) && text[..ws[end - 1].start].ends_with('’');
        if AUX.contains(&w.as_ref()) || contracted || (w.ends_with("ly") && w.len() > 4) {
            end -= 1;
        } else {
            break;
        }
    }
    end
}

/// The noun phrase ending right before `pos` (at most 5 words, no punctuation inside),
/// skipping auxiliaries and adverbs in -ly.
fn np_before(text: &str, from: usize, pos: usize) -> Option<Span> {
    let from = floor_char(text, from.max(pos.saturating_sub(200)).min(pos));
    let ws = word_spans(text, Span::new(from, pos));
    let end = before_aux(text, &ws);
    // Only the skipped words (or quote marks) stand between the phrase and `pos`.
    let gap_end = ws.get(end).map_or(pos, |w| w.start);
    if end == 0
        || !text[ws[end - 1].end..gap_end]
            .trim()
            .chars()
            .all(|c| c == '\'' || c == '’')
    {
        return None;
    }
    let mut start = end - 1;
    while start > 0 && end - start < 5 {
        let gap = &text[ws[start - 1].end..ws[start].start];
        if !gap
            .chars()
            .all(|c| c == ' ' || c == '\n' || c == '.' || c == '-')
        {
            break;
        }
        start -= 1;
    }
    Some(Span::new(ws[start].start, ws[end - 1].end))
}

/// The noun phrase right after a verb (inversion: `said a spokesman`, `said Tim Hess`).
fn np_after(text: &str, pos: usize, limit: usize, no_subject: bool) -> Option<Span> {
    let limit = limit.min(pos + 200).max(pos);
    let limit = floor_char(text, limit);
    let ws = word_spans(text, Span::new(pos, limit));
    let first = ws.first()?;
    if !text[pos..first.start].trim().is_empty() {
        return None;
    }
    let w0 = first.slice(text);
    let det = matches!(
        w0.to_lowercase().as_str(),
        "the" | "a" | "an" | "his" | "her" | "their"
    );
    // With nothing before the verb (`"...," said one aide familiar with`), any phrase that
    // is not a time or manner adverbial.
    let lower_ok = no_subject
        && !skip_after(&w0.to_lowercase())
        && !NOT_SUBJECT.contains(&w0.to_lowercase().as_str())
        && !AFTER_CUE.contains(&w0.to_lowercase().as_str());
    if !det && !lower_ok && !w0.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let mut end = 1;
    while end < ws.len() && end < 6 {
        let gap = &text[ws[end - 1].end..ws[end].start];
        if !gap
            .chars()
            .all(|c| c == ' ' || c == '\n' || c == '.' || c == '-')
        {
            break;
        }
        end += 1;
    }
    Some(Span::new(first.start, ws[end - 1].end))
}

/// The last reporting cue in `span` (a verb form, or a reporting noun).
fn last_cue(doc: &Doc<'_>, span: Span) -> Option<Span> {
    let ws = doc.word_spans(span);
    ws.iter().rev().copied().find(|w| {
        let lw = doc.lower_at(*w);
        ((doc.pipeline.extractor.is_reporting(&lw) && lw != "according") || is_reporting_noun(&lw))
            && !in_name(doc, *w)
    })
}

/// The first reporting cue in `span`, not a noun after a determiner (`" towards the state`).
fn first_cue(doc: &Doc<'_>, span: Span) -> Option<Span> {
    let ws = doc.word_spans(span);
    ws.iter().copied().find(|w| {
        let lw = doc.lower_at(*w);
        doc.pipeline.extractor.is_reporting(&lw)
            && lw != "according"
            && !in_name(doc, *w)
            && !doc.text[..w.start]
                .trim_end()
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(|p| DETERMINERS.contains(&lower_cow(p).as_ref()))
    })
}

/// A word inside a name or title is no cue ("the United States", "Secretary of State"):
/// covered by a mention, or capitalised after a lower-case word (in running text, not in a
/// title-case headline like "Minister Says Talks Failed").
fn in_name(doc: &Doc<'_>, w: Span) -> bool {
    let text = doc.text;
    doc.mention_covering(w.start).is_some()
        || (w.slice(text).starts_with(|c: char| c.is_uppercase())
            && text[..w.start]
                .trim_end()
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(|p| p.starts_with(|c: char| c.is_lowercase())))
}

fn about(doc: &Doc<'_>, content: Span, speaker: Option<&str>) -> Vec<String> {
    let mut v: Vec<String> = doc
        .mentions_in(content)
        .into_iter()
        .filter_map(|k| doc.id(k).map(str::to_string))
        .filter(|id| Some(id.as_str()) != speaker)
        .collect();
    v.sort();
    v.dedup();
    v
}

pub(crate) fn find(doc: &Doc<'_>, affils: &[Affil]) -> Vec<QuoteOut> {
    let text = doc.text;
    let paras = lines(text);
    let spans = quote_spans(text, &paras);
    let mut quoted: Vec<Span> = spans.iter().map(|&(c, _)| c).collect();
    quoted.sort_by_key(|c| (c.start, c.end));
    let cx = Cx::new(doc, affils, quoted);
    let cx = &cx;
    let mut out: Vec<QuoteOut> = Vec::new();
    let para_of = |pos: usize| {
        let i = paras.partition_point(|&(_, e)| e <= pos);
        (i < paras.len() && paras[i].0 <= pos).then_some(i)
    };
    let mut covered: Vec<Span> = Vec::new();

    for &(content, marks) in &spans {
        let words = content.slice(text).split_whitespace().count();
        let sent = doc
            .sentence_at(marks.start)
            .map(|i| doc.sentences[i].span)
            .unwrap_or(marks);
        // Short quotes inside a sentence are partial quotes: left to the indirect pass.
        if words < 5 && !text[sent.start..marks.start].trim().is_empty() {
            continue;
        }
        let sent_end = doc
            .sentence_at(marks.end.saturating_sub(1))
            .map(|i| doc.sentences[i].span.end)
            .unwrap_or(marks.end);
        let pi = para_of(marks.start);
        let para = pi.map(|i| paras[i]).unwrap_or((marks.start, marks.end));
        let mut speaker: Option<Speaker> = None;
        let mut cue: Option<Span> = None;
        let mut date_zone: Option<Span> = None;

        // 0. `"..." ― Jo Lee` (or `-Jo Lee, Leeds.` on the next line): a dash and a name
        // sign the quote.
        if let Some((dash, s)) = dash_signature(doc, marks.end) {
            speaker = Some(s);
            cue = Some(dash);
        }
        // 1. Cue after the quote, up to the end of its sentence (or 80 bytes).
        let after_end = floor_char(
            text,
            sent_end.max(marks.end).min(marks.end + 120).min(
                para_of(marks.end.saturating_sub(1))
                    .map_or(marks.end, |i| paras[i].1)
                    .max(marks.end),
            ),
        );
        let after = Span::new(marks.end, after_end);
        let after_txt = after.slice(text).trim_start();
        if cue.is_none()
            && (after_txt.starts_with([',', '!', '?', '—', '–'])
                || content.slice(text).ends_with([',', '!', '?'])
                || after_txt.starts_with(|c: char| c.is_lowercase()))
        {
            if let Some(c) = first_cue(doc, after) {
                if c.start - marks.end <= 100 {
                    speaker = speaker_near_cue(doc, c, marks.end, after_end, cx);
                    cue = Some(c);
                    date_zone = Some(Span::new(marks.end, after_end));
                }
            }
        }
        // 1b. `"... now!" X said on Twitter.`: a quote that ends its sentence, attributed by a
        // short sentence right after it (a subject, the verb, at most a few words more).
        if cue.is_none() && content.slice(text).trim_end().ends_with(['.', '!', '?']) {
            if let Some(c) = closing_sentence_cue(doc, marks.end, para.1) {
                let next = doc
                    .sentence_at(c.start)
                    .map_or(c, |i| doc.sentences[i].span);
                speaker = speaker_near_cue(doc, c, next.start, next.end, cx);
                cue = Some(c);
                date_zone = Some(Span::new(next.start, next.end));
            }
        }
        // 2. Cue before the quote in the same sentence.
        if speaker.is_none() && sent.start < marks.start {
            let before = Span::new(
                sent.start.max(para.0).max(marks.start.saturating_sub(300)),
                marks.start,
            );
            let before = Span::new(floor_char(text, before.start), before.end);
            if let Some(c) = last_cue(doc, before) {
                speaker = speaker_near_cue(doc, c, before.start, marks.start, cx);
                cue = Some(c);
                date_zone = Some(Span::new(c.start, marks.start));
            }
        }
        // 3. Quote opening a paragraph: cue at the end of the previous paragraph.
        if speaker.is_none() && text[para.0..marks.start].trim().is_empty() {
            if let Some(pi) = pi.filter(|&i| i > 0) {
                let (ps, pe) = paras[pi - 1];
                let prev = &text[ps..pe];
                let tail = prev.trim_end();
                let ends_open = !tail.ends_with(['.', '!', '?', '"', '”']) || tail.ends_with(':');
                if ends_open {
                    let last_sent = doc
                        .sentence_at(ps + tail.len().saturating_sub(1))
                        .map(|i| doc.sentences[i].span.start)
                        .unwrap_or(ps);
                    let zone = Span::new(last_sent.max(ps), ps + tail.len());
                    if let Some(c) = last_cue(doc, zone) {
                        speaker = speaker_near_cue(doc, c, zone.start, zone.end, cx);
                        cue = Some(c);
                        date_zone = Some(Span::new(c.start, zone.end));
                    }
                }
            }
        }
        // Short quotes inside a sentence with no cue of their own are partial quotes: left to the indirect pass.
        let whole_sentence = text[sent.start..marks.start].trim().is_empty();
        if speaker.is_none() && words < 5 && !whole_sentence {
            continue;
        }
        // `The banks were "in no hurry to lend," Jo Lee said.`: the clause the quote
        // finishes is what was said.
        // (The attribution set off by a comma after the quote, not a clause going on past it:
        // `"..." between call centres`.)
        let set_off = after_txt.starts_with([',', '!', '?', '—', '–'])
            || content.slice(text).ends_with([',', '!', '?']);
        let content = match cue.filter(|c| set_off && c.start >= marks.end && c.start < sent_end) {
            Some(_) => {
                lead_clause_of(doc, sent, marks).map_or(content, |l| Span::new(l.start, marks.end))
            }
            _ => content,
        };
        // (A lead outside the marks makes it a partial quote.)
        let direct = content.start > marks.start;
        let speaker_id = speaker
            .as_ref()
            .and_then(|s| s.entity)
            .map(|e| doc.res.entities[e].id.clone());
        let date = date_zone.and_then(|z| doc.date_in(z));
        covered.push(Span::new(
            sent.start.min(marks.start),
            sent_end.max(marks.end),
        ));
        out.push(QuoteOut {
            record: QuoteRecord {
                about: about(doc, content, speaker_id.as_deref()),
                speaker: speaker_id,
                speaker_mention: speaker.as_ref().map(|s| doc.article.evidence(s.mention)),
                cue: cue.map(|c| doc.article.evidence(c)),
                content: doc.article.evidence(content),
                direct,
                date,
            },
            content,
            speaker: speaker.and_then(|s| s.entity),
        });
    }

    // `Name: what they said` lines (headlines, transcripts).
    for &(ps, pe) in &paras {
        if let Some(q) = colon_line(doc, Span::new(ps, pe), &out) {
            // A transcript turn replaces what the quote marks around it made of it.
            out.retain(|o| o.content.end <= q.content.start || q.content.end <= o.content.start);
            out.push(q);
        }
    }
    // Indirect speech, one attribution per sentence.
    let mut direct: Vec<Span> = out.iter().map(|q| q.content).collect();
    direct.sort_by_key(|c| (c.start, c.end));
    // Cues after the direct quote they attribute (`"...," X told reporters aboard a plane`)
    // introduce no indirect one.
    let mut direct_cues: Vec<usize> = out
        .iter()
        .filter_map(|q| {
            q.record
                .cue
                .as_ref()
                .map(|c| c.start)
                .filter(|&c| c >= q.content.end)
        })
        .collect();
    direct_cues.sort_unstable();
    for s in doc.sentences {
        // A sentence that is (inside) a direct quote has been handled, and one with any
        // direct quote in it is no impression (see `raising`): no words needed.
        if overlapping(&direct, s.span).any(|q| covers_sentence(*q, s.span)) {
            continue;
        }
        // A headline ("Tehran Rejects Talks as Pressure Mounts") reports no one's words.
        if crate::text::is_headline_case(s.span.slice(text)) {
            continue;
        }
        // The sentence's words, found once for both readings.
        let ws = doc.word_spans(s.span);
        let before = out.len();
        indirect(doc, s.span, &ws, (&direct, &direct_cues), cx, &mut out);
        if out.len() == before {
            raising(doc, s.span, &ws, &direct, &mut out);
        }
        if out.len() == before {
            poll_tail(doc, s.span, &ws, &direct, &mut out);
        }
    }
    out.sort_by_key(|q| (q.content.start, q.content.end));
    // The same words quoted twice (a pull quote): the unattributed copy takes the attributed one's speaker.
    // (With nothing unattributed there is nothing to give a speaker: no key to make.)
    let unattributed = out.iter().any(|q| q.record.speaker.is_none());
    let mut attributed: rustc_hash::FxHashMap<String, (Option<String>, Option<usize>)> =
        rustc_hash::FxHashMap::default();
    for q in out
        .iter()
        .filter(|q| unattributed && q.record.speaker.is_some())
    {
        attributed
            .entry(norm(&q.record.content.text))
            .or_insert((q.record.speaker.clone(), q.speaker));
    }
    // (With nothing attributed there is nothing to look up: no key to make.)
    for q in out
        .iter_mut()
        .filter(|q| q.record.speaker.is_none() && !attributed.is_empty())
    {
        if let Some((sp, e)) = attributed.get(&norm(&q.record.content.text)) {
            q.record.speaker = sp.clone();
            q.speaker = *e;
            q.record.about.retain(|a| Some(a) != sp.as_ref());
        }
    }
    // "The chancellor said" when the article gives no one that title: the person quoted last
    // before it (`Jo Smith told the rally ... The chancellor said ...`), when that person is
    // named or quoted in the same or the previous sentence and the article gives them no
    // other title only.
    let mut last_person_quoted: Option<(usize, Option<String>, Option<usize>)> = None;
    for q in out.iter_mut() {
        if q.speaker.is_none() {
            if let (Some(m), Some((at, id, e))) = (&q.record.speaker_mention, &last_person_quoted) {
                let w = lower_cow(&m.text);
                // A person the article gives other titles only is someone else (`the
                // chancellor` after the prime minister's words).
                let other_titles = e.is_some_and(|e| {
                    let titles = || {
                        cx.affils.iter().filter(|a| {
                            a.person == e && a.title.as_deref().is_some_and(|t| !honorific(t))
                        })
                    };
                    titles().next().is_some()
                        && !titles().any(|a| {
                            a.title
                                .as_deref()
                                .is_some_and(|t| holds_title(&unabbreviated(t), &w, ""))
                        })
                });
                if q.content.start.saturating_sub(*at) < 3000
                    && !other_titles
                    && bare_title(doc, Span::new(m.start, m.end))
                    && e.is_some_and(|e| named_since_last_sentence(doc, m.start, e, *at))
                {
                    q.record.speaker = id.clone();
                    q.speaker = *e;
                    q.record.about.retain(|a| Some(a) != id.as_ref());
                }
            }
        }
        if let Some(e) = q.speaker {
            if doc.res.entities[e].kind == EntityKind::Person {
                last_person_quoted = Some((q.content.start, q.record.speaker.clone(), Some(e)));
            }
        }
    }
    // `The spokesman said`, `It said` with no body found for it: the body whose spokesman (or
    // which itself) was quoted last, a few paragraphs back at most; for `It`, when no other
    // organisation opens a sentence in between (`For its part, Acme plans ...`).
    let mut last_body: Option<(usize, Option<String>, usize, String)> = None;
    for q in out.iter_mut() {
        if q.speaker.is_none() {
            if let (Some(m), Some((at, id, e, head))) = (&q.record.speaker_mention, &last_body) {
                let w = lower_cow(&m.text);
                let it = w == "it"
                    && doc.res.entities[*e].kind == EntityKind::Organization
                    && !other_subject_between(doc, *at, m.start, *e);
                let same_word = SPOKES.contains(&w.as_ref())
                    && head.rsplit(' ').next() == Some(w.as_ref())
                    && the_before(doc.text, m.start, head);
                if (it || same_word) && m.start.saturating_sub(*at) < 2000 {
                    q.record.speaker = id.clone();
                    q.speaker = Some(*e);
                    q.record.about.retain(|a| Some(a) != id.as_ref());
                }
            }
        }
        if let (Some(e), Some(m)) = (q.speaker, &q.record.speaker_mention) {
            if matches!(
                doc.res.entities[e].kind,
                EntityKind::Organization | EntityKind::Country
            ) {
                let head = m.text.to_lowercase();
                let head = head
                    .strip_prefix("the ")
                    .or_else(|| head.strip_prefix("a "))
                    .or_else(|| head.strip_prefix("an "))
                    .unwrap_or(&head)
                    .to_string();
                let at = q.content.end.max(m.end);
                last_body = Some((at, q.record.speaker.clone(), e, head));
            }
        }
    }
    // `a report says`, `according to the study` with no author named: the organisation quoted
    // nearest to it (`..., a report says. The Audit Office praised ...`), within 1,500 bytes.
    let bodies: Vec<(usize, Option<String>, usize)> = out
        .iter()
        .filter_map(|q| {
            let e = q.speaker?;
            let m = q.record.speaker_mention.as_ref()?;
            (doc.res.entities[e].kind == EntityKind::Organization && !report_phrase(&m.text))
                .then(|| (m.start, q.record.speaker.clone(), e))
        })
        .collect();
    if !bodies.is_empty() {
        for q in out.iter_mut().filter(|q| q.speaker.is_none()) {
            let Some(m) = &q.record.speaker_mention else {
                continue;
            };
            if !report_phrase(&m.text) {
                continue;
            }
            if let Some((_, id, e)) = bodies
                .iter()
                .filter(|b| b.0.abs_diff(m.start) < 1500)
                .min_by_key(|b| b.0.abs_diff(m.start))
            {
                q.record.speaker = id.clone();
                q.speaker = Some(*e);
                q.record.about.retain(|a| Some(a) != id.as_ref());
            }
        }
    }
    document_speaker(doc, &mut out);
    country_modifier(doc, &mut out);
    country_named_body(doc, &mut out);
    second_cue(&mut out);
    possessor_before_speaker(doc, &mut out);
    pronoun_after_attribution(doc, &mut out, cx);
    it_after_attribution(doc, &mut out, cx);
    spokesman_of_subject(doc, &mut out);
    title_of_body(doc, &mut out, cx);
    unnamed_then_pronoun(doc, &mut out);
    person_modifies_group(doc, &mut out);
    unnamed_group_then_they(doc, &mut out);
    epithet_speaker(doc, &mut out, cx);
    same_spokesman_again(doc, &mut out);
    committee_members(doc, &mut out);
    labelled_quote(doc, &mut out);
    // A direct quote with no cue of its own continues the previous speaker's words when it
    // follows them in the same or the next paragraph (`"...," he said. "More."`).
    let paras = doc.paragraphs;
    let para_index = |pos: usize| paras.partition_point(|&(_, e)| e <= pos);
    let mut last: Option<LastSpeaker> = None;
    for q in out.iter_mut() {
        if q.record.direct && q.record.speaker.is_none() && q.record.cue.is_none() {
            if let Some((p, sp, e, mention)) = &last {
                let at = para_index(q.content.start);
                if at <= p + 1 || at == p + 2 && about_speaker_only(doc, paras[p + 1], *e) {
                    q.record.speaker = sp.clone();
                    q.speaker = *e;
                    q.record.speaker_mention = mention.clone();
                    q.record.about.retain(|a| Some(a) != sp.as_ref());
                }
            }
        }
        // A speaker named without an entity ("said one former aide") ends the previous
        // speaker's run too.
        if q.record.speaker.is_some() || q.record.speaker_mention.is_some() {
            last = Some((
                para_index(q.content.start),
                q.record.speaker.clone(),
                q.speaker,
                q.record.speaker_mention.clone(),
            ));
        }
    }
    partial_in_indirect(&mut out);
    merge_interrupted(doc, out)
}

/// True when paragraph `para` opens with a mention of person `e` and names no other person
/// (`Howard continued his scathing remarks.` between two paragraphs of his words): the
/// speaker's run of words goes on past it.
fn about_speaker_only(doc: &Doc<'_>, (start, end): (usize, usize), e: Option<usize>) -> bool {
    let Some(e) = e else {
        return false;
    };
    let para = Span::new(start, end);
    let ks = doc.mentions_in(para);
    let opens = ks.first().is_some_and(|&k| {
        doc.res.entity_of[k] == Some(e)
            && doc.text[start..doc.mentions[k].span.start]
                .trim()
                .is_empty()
    });
    opens
        && doc.res.entities[e].kind == EntityKind::Person
        && ks
            .iter()
            .all(|&k| doc.kind(k) != EntityKind::Person || doc.res.entity_of[k] == Some(e))
        && !doc.text[start..end].contains(['"', '“', '”'])
}

/// `X called the plan "a waste of money" and said ...`: a direct quote inside the content of
/// an indirect one is a partial quote of the same attribution, not a second one, when both
/// have the same cue or the same speaker. `out` is sorted by content start.
fn partial_in_indirect(out: &mut Vec<QuoteOut>) {
    let inside = |q: &QuoteOut, o: &QuoteOut| {
        !o.record.direct
            && o.content.start <= q.content.start
            && q.content.end <= o.content.end
            && (o.speaker.is_some() && o.speaker == q.speaker
                || o.record.cue.as_ref().is_some_and(|c| {
                    q.record
                        .cue
                        .as_ref()
                        .is_some_and(|d| (c.start, c.end) == (d.start, d.end))
                }))
    };
    let drop: Vec<bool> = out
        .iter()
        .map(|q| q.record.direct && out.iter().any(|o| inside(q, o)))
        .collect();
    if drop.iter().any(|&d| d) {
        let mut i = 0;
        out.retain(|_| {
            i += 1;
            !drop[i - 1]
        });
    }
}

/// `In a statement, the party said X. "Y," said the statement.`: a document that speaks
/// (`the statement`, `the communique`, `the letter`) with no body found for it stands for
/// the speaker of the last attribution before it (within 1,500 bytes) whose sentence names
/// that document as the speaker's own (`in a statement`, `issued a statement`). `out` is in
/// text order.
fn document_speaker(doc: &Doc<'_>, out: &mut [QuoteOut]) {
    for i in 0..out.len() {
        if out[i].speaker.is_some() {
            continue;
        }
        let Some(m) = out[i].record.speaker_mention.as_ref() else {
            continue;
        };
        let lw = lower_cow(&m.text);
        let Some(noun) = lw
            .strip_prefix("the ")
            .filter(|n| matches!(*n, "statement" | "communique" | "letter"))
        else {
            continue;
        };
        let pos = m.start;
        let found = out[..i]
            .iter()
            .rev()
            .take_while(|p| pos.saturating_sub(p.content.start) < 1500)
            .find_map(|p| {
                let e = p.speaker?;
                let at = p.record.cue.as_ref().map_or(p.content.start, |c| c.start);
                let sentence = doc.sentences[doc.sentence_at(at)?].span.slice(doc.text);
                let words: Vec<String> = sentence
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .map(str::to_lowercase)
                    .collect();
                // The speaker's own document: `said in a statement`, `issued a statement`.
                let own = words.iter().enumerate().any(|(i, w)| {
                    w == noun
                        && words[i.saturating_sub(3)..i].iter().any(|x| {
                            matches!(
                                x.as_str(),
                                "in" | "issued" | "released" | "sent" | "wrote" | "signed"
                            )
                        })
                });
                own.then(|| (e, p.record.speaker.clone()))
            });
        if let Some((e, id)) = found {
            let q = &mut out[i];
            q.speaker = Some(e);
            q.record.about.retain(|a| Some(a) != id.as_ref());
            q.record.speaker = id;
        }
    }
}

/// Nouns for a company or one person that a country's name only describes (`a US firm`,
/// `the U.S. agricultural officer`): see [`country_modifier`].
const DESCRIBED_BY_COUNTRY: &[&str] = &[
    "firm",
    "company",
    "maker",
    "producer",
    "manufacturer",
    "carmaker",
    "automaker",
    "retailer",
    "insurer",
    "lender",
    "bank",
    "airline",
    "investor",
    "officer",
    "businessman",
    "businesswoman",
    "executive",
    "bankers",
    "banker",
];

/// The entity and the speaker phrase of a quote whose speaker is a country, for the rules
/// that re-read such a phrase ([`country_modifier`], [`country_named_body`]).
fn country_speaker(doc: &Doc<'_>, q: &QuoteOut) -> Option<(usize, Span)> {
    let (e, m) = (q.speaker?, q.record.speaker_mention.as_ref()?);
    (doc.res.entities[e].kind == EntityKind::Country).then(|| (e, Span::new(m.start, m.end)))
}

/// `A US firm has said ...`, `the U.S. agricultural officer in Berlin said`: a country
/// written before a company noun or one person's noun (after at most two lower-case words)
/// describes the speaker and is not it; the speaker is the whole phrase, with no entity.
fn country_modifier(doc: &Doc<'_>, out: &mut [QuoteOut]) {
    let text = doc.text;
    for q in out.iter_mut() {
        let Some((_, m)) = country_speaker(doc, q) else {
            continue;
        };
        let after = &text[m.end..];
        // (Only the words between the name and the cue: `Britain said bank lending rose`.)
        let Some(cue) = q.record.cue.as_ref().filter(|c| c.start > m.end) else {
            continue;
        };
        let cue_start = cue.start;
        if !after.starts_with(char::is_whitespace) {
            continue;
        }
        let mut end = None;
        let mut at = m.end;
        for _ in 0..3 {
            let rest = &text[at..];
            let start = at + (rest.len() - rest.trim_start().len());
            let w = text[start..]
                .split(char::is_whitespace)
                .next()
                .unwrap_or("");
            let lw = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            if start >= cue_start
                || !lw.starts_with(|c: char| c.is_lowercase())
                || matches!(lw, "its" | "their" | "of" | "the" | "a" | "an")
            {
                break;
            }
            if DESCRIBED_BY_COUNTRY.contains(&lw) {
                end = Some(start + lw.len());
                break;
            }
            at = start + w.len();
        }
        let Some(end) = end else { continue };
        q.record.speaker = None;
        q.speaker = None;
        q.record.speaker_mention = Some(doc.article.evidence(Span::new(m.start, end)));
    }
}

/// Capitalised words after a country in a speaker's name that make it the country's own
/// body or people (`U.S. Officials`, `the U.K. Government`), not a company named after it.
const COUNTRY_BODY_WORDS: &[&str] = &[
    "government",
    "administration",
    "authorities",
    "embassy",
    "mission",
    "delegation",
    "department",
    "ministry",
    "agency",
    "bureau",
    "office",
    "service",
    "survey",
    "commission",
    "council",
    "board",
    "treasury",
    "mint",
    "congress",
    "senate",
    "house",
    "parliament",
    "court",
    "courts",
    "army",
    "navy",
    "military",
    "forces",
    "troops",
    "police",
    "customs",
    "team",
    "side",
    "plan",
    "economy",
    "legislators",
    "lawmakers",
    "negotiators",
];

/// `US Sprint said`, `Japan Line said`, `the Swiss Bankers' Association said`: a speaker's
/// name that is a country followed by capitalised words (none a title, a word for an unnamed
/// speaker or one of [`COUNTRY_BODY_WORDS`]) is a company or body named after the country,
/// not the country. It speaks as the organisation whose name opens with those words (`U.S.
/// Video` for "U.S. Video Vending Corp"), else as no entity. `of`/`and` may join the words.
fn country_named_body(doc: &Doc<'_>, out: &mut [QuoteOut]) {
    let text = doc.text;
    for q in out.iter_mut() {
        let Some((e, m)) = country_speaker(doc, q) else {
            continue;
        };
        let [k] = doc.mentions_in(m)[..] else {
            continue;
        };
        let km = doc.mentions[k].span;
        if doc.res.entity_of[k] != Some(e)
            || !matches!(text[m.start..km.start].trim(), "" | "The" | "the")
        {
            continue;
        }
        let rest = &text[km.end..m.end];
        let name_word = |w: &str| {
            let lw = w
                .trim_end_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            w.starts_with(char::is_uppercase)
                && !lw.is_empty()
                && !doc.pipeline.recognizer.is_title(&lw)
                && !SPOKES.contains(&lw.as_str())
                && !COUNTRY_BODY_WORDS.contains(&lw.as_str())
        };
        let mut words = rest.split_whitespace();
        if !rest.starts_with(char::is_whitespace)
            || !words.next().is_some_and(name_word)
            || !words.all(|w| matches!(w, "of" | "and") || name_word(w))
        {
            continue;
        }
        let name: Vec<&str> = text[km.start..m.end].split_whitespace().collect();
        let name = name.join(" ");
        let org = doc.res.entities.iter().position(|x| {
            x.kind == EntityKind::Organization
                && x.name
                    .strip_prefix(name.as_str())
                    .is_some_and(|r| r.is_empty() || r.starts_with(' '))
        });
        q.speaker = org;
        q.record.speaker = org.map(|o| doc.res.entities[o].id.clone());
    }
}

/// `Acme said sales rose, adding that costs fell`, `The fund said X, but added that Y`: a
/// participle cue (`adding`, `citing`) or `added`/`noted` whose speaker phrase found no one
/// and runs over the cue of an earlier quote (`Acme said sales`) speaks as that quote's
/// speaker. `out` is in text order.
fn second_cue(out: &mut [QuoteOut]) {
    for i in 1..out.len() {
        let (Some(m), Some(cue)) = (&out[i].record.speaker_mention, &out[i].record.cue) else {
            continue;
        };
        let lc = cue.text.to_ascii_lowercase();
        if out[i].speaker.is_some()
            || !(lc.ends_with("ing") || matches!(lc.as_str(), "added" | "adds" | "noted"))
        {
            continue;
        }
        let (ms, me) = (m.start, m.end);
        let Some(j) = (0..i).rev().find(|&j| {
            out[j]
                .record
                .cue
                .as_ref()
                .is_some_and(|c| ms <= c.start && c.end <= me)
        }) else {
            continue;
        };
        if out[j].record.speaker_mention.is_none() {
            continue;
        }
        take_speaker(out, i, j);
    }
}

/// Quote `i` takes the speaker (entity, id and mention) of quote `j`, which is then no
/// longer among what quote `i` is about.
fn take_speaker(out: &mut [QuoteOut], i: usize, j: usize) {
    let (speaker, id, mention) = (
        out[j].speaker,
        out[j].record.speaker.clone(),
        out[j].record.speaker_mention.clone(),
    );
    let q = &mut out[i];
    q.speaker = speaker;
    q.record.about.retain(|a| Some(a) != id.as_ref());
    q.record.speaker = id;
    q.record.speaker_mention = mention;
}

/// `Lee's uncle, Tom Lee, told reporters A, saying B`: a participle cue (`saying`) whose
/// speaker mention is a possessor followed by a short lower-case description and a comma
/// goes with the attribution of the same sentence whose speaker is named right after that
/// comma (the possessor only says whose relative or colleague the speaker is). `out` is in
/// text order.
fn possessor_before_speaker(doc: &Doc<'_>, out: &mut [QuoteOut]) {
    for i in 1..out.len() {
        let (Some(m), Some(cue)) = (&out[i].record.speaker_mention, &out[i].record.cue) else {
            continue;
        };
        if !cue.text.to_ascii_lowercase().ends_with("ing") || !doc.possessive_at(m.end) {
            continue;
        }
        let (me, cs) = (m.end, cue.start);
        let Some(j) = (0..i).rev().find(|&j| {
            let (Some(pm), Some(pc)) = (&out[j].record.speaker_mention, &out[j].record.cue) else {
                return false;
            };
            out[j].speaker.is_some()
                && pm.start > me
                && pc.end <= cs
                && described_possessor(&doc.text[me..pm.start])
        }) else {
            continue;
        };
        take_speaker(out, i, j);
    }
}

/// True when `between` (from a possessor's end to a name) is a possessive, one to three
/// lower-case words and a comma: `'s uncle, `, `'s former lawyer, `.
fn described_possessor(between: &str) -> bool {
    let Some(rest) = between
        .strip_prefix("'s ")
        .or_else(|| between.strip_prefix("’s "))
    else {
        return false;
    };
    let Some(desc) = rest.strip_suffix(", ") else {
        return false;
    };
    let words: Vec<&str> = desc.split(' ').collect();
    words.len() <= 3
        && words
            .iter()
            .all(|w| !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-'))
}

/// `"...," Jo Lee told reporters. He said ...` / `Jo Lee said X. "...," she added.`: a
/// "he" or "she" opening its sentence (after at most "But" or "And"), or right after a
/// quote that opens it, goes on with the person whose words the sentence before attributes
/// (the last such attribution there), when no other person is named between that speaker
/// and the pronoun outside quote marks and that person's own words, and the gender does not
/// clash. Before, a person known as "he" further back won over a nearer one of unknown
/// gender. `out` is in text order.
fn pronoun_after_attribution(doc: &Doc<'_>, out: &mut [QuoteOut], cx: &Cx<'_>) {
    let text = doc.text;
    for i in 1..out.len() {
        let Some(m) = out[i].record.speaker_mention.as_ref() else {
            continue;
        };
        let lw = lower_cow(&m.text);
        let sign = match lw.as_ref() {
            "he" => 1,
            "she" => -1,
            _ => continue,
        };
        let ms = m.start;
        let Some(si) = doc.sentence_at(ms).filter(|&si| si > 0) else {
            continue;
        };
        let sent = doc.sentences[si].span;
        let lead = text[sent.start..ms].trim();
        let content = out[i].content;
        let after_quote = out[i].record.direct
            && content.start >= sent.start
            && content.start <= sent.start + 4
            && content.end <= ms
            && text[content.end..ms].chars().all(|c| !c.is_alphanumeric());
        if !(matches!(lead, "" | "But" | "And")
            || after_quote
            || closing_pronoun_attribution(doc, &out[i], sent, ms)
            || adverbial_lead(doc, Span::new(sent.start, ms)))
        {
            continue;
        }
        // The last attribution of the sentence before (by its speaker's words), not one
        // nested in a relative clause with no speaker (`students who were told ...`; `Reid,
        // who endorsed X, said` is Reid's); past one sentence that attributes nothing (`He
        // did not elaborate.`; a person it names blocks below).
        let attribution_in = |prev: Span| {
            out[..i].iter().rev().find(|p| {
                p.record.speaker_mention.as_ref().is_some_and(|pm| {
                    pm.start >= prev.start
                        && pm.end <= prev.end
                        && !(p.speaker.is_none()
                            && matches!(pm.text.as_str(), "who" | "which" | "that"))
                    // (Nor `..., Jo Lee, a lawyer who has called it a hoax, ...`: the
                    // relative clause of an apposition, nested in the sentence.)
                    && (pm.text != "who" || named_right_before(doc, pm.start, p.speaker))
                })
            })
        };
        let mut prev = doc.sentences[si - 1].span;
        let mut found = attribution_in(prev);
        // (Only a sentence about the same subject: it opens with the same pronoun or goes on
        // quoting. `The German got on top. And he ...` is about someone new.)
        // Nor one that names no person, describes none as its subject and attributes
        // nothing by a verb of speech (`Jo Lee noted A. Every year B. "C," he said.`; not
        // `The chancellor left. He said` nor `Another trader said A. He noted B`).
        let unnamed = found.is_none_or(|p| p.speaker.is_none() && !speech_cue(p))
            && names_no_person(doc, prev)
            && !opens_with_description(text, prev);
        if si >= 2 && (found.is_none() && opens_with_pronoun(text, prev, &lw) || unnamed) {
            prev = doc.sentences[si - 2].span;
            found = attribution_in(prev);
        }
        let Some(p) = found else {
            continue;
        };
        let Some(e) = p.speaker else { continue };
        if doc.res.entities[e].kind != EntityKind::Person
            || Some(e) == out[i].speaker
            || cx.gender[e] * sign < 0
            || sign < 0 && cx.gender[e] == 0
        {
            continue;
        }
        let Some(pm) = p.record.speaker_mention.as_ref() else {
            continue;
        };
        // (`Asked about Lee's calling X a liar, Kim blamed ...`: a possessive speaker is an
        // attribution nested in the sentence, not its subject.)
        if doc.possessive_at(pm.end) {
            continue;
        }
        let from = pm.end;
        let k0 = doc.mentions.partition_point(|x| x.span.start < from);
        let other = doc.mentions[k0..]
            .iter()
            .enumerate()
            .take_while(|(_, x)| x.span.start < ms)
            .any(|(j, x)| {
                let k = k0 + j;
                let inside = |s: Span| s.start <= x.span.start && x.span.end <= s.end;
                let qi = cx.quoted.partition_point(|q| q.start <= x.span.start);
                let quoted = qi > 0 && inside(cx.quoted[qi - 1]);
                // (Nor one inside the words of another attribution of the same speaker in that
                // sentence: `He said Jo Lee and he would stay and added that ...`.)
                let reported = out[..i].iter().any(|o| {
                    o.speaker == Some(e)
                        && o.content.start >= prev.start
                        && o.content.end <= prev.end
                        && inside(o.content)
                });
                x.kind == EntityKind::Person
                    && doc.res.entity_of[k].is_some_and(|o| o != e)
                    && !inside(p.content)
                    && !reported
                    && !quoted
                    && !in_attribution_frame(doc, pm, p.content, k)
            });
        if other {
            continue;
        }
        let id = p.record.speaker.clone();
        let q = &mut out[i];
        q.speaker = Some(e);
        q.record.about.retain(|a| Some(a) != id.as_ref());
        q.record.speaker = id;
    }
}

/// True when sentence `sent` opens (after at most "But" or "And", and one word set off by a
/// comma: `Meanwhile,`) with "the", which may describe a person (`The Tory leader argued`,
/// `Meanwhile, the chancellor left`).
fn opens_with_description(text: &str, sent: Span) -> bool {
    let s = sent.slice(text);
    let s = ["But ", "And "]
        .iter()
        .find_map(|c| s.strip_prefix(c))
        .unwrap_or(s);
    let mut words = s.split(' ');
    let first = words.next().unwrap_or("");
    let w = if first.ends_with(',') {
        words.next().unwrap_or("")
    } else {
        first
    };
    w.eq_ignore_ascii_case("the")
}

/// True when sentence `sent` names no person.
fn names_no_person(doc: &Doc<'_>, sent: Span) -> bool {
    doc.mentions_in(sent)
        .into_iter()
        .all(|k| doc.kind(k) != EntityKind::Person)
}

/// `He told reporters after meeting with President Suharto that X. Y, he said.`: mention `k`
/// stands between the speaker mention `pm` of an attribution and its `content` (or the end of
/// the sentence, when the content comes first), as an object or inside an adverbial of the
/// attributing clause (the word before the name or
/// its title is lower case and is no "and"/"or", which would make it a second subject). Such
/// a person does not take over a following "he"/"she" from the speaker.
fn in_attribution_frame(
    doc: &Doc<'_>,
    pm: &crate::model::Evidence,
    content: Span,
    k: usize,
) -> bool {
    let m = &doc.mentions[k];
    // The attributing clause runs from the speaker to the content, or (`CLAUSE, X said after
    // meeting Y.`) from the speaker to the end of its sentence.
    let frame_end = if content.start >= pm.end {
        content.start
    } else if content.end <= pm.start {
        doc.sentence_at(pm.start)
            .map_or(pm.end, |i| doc.sentences[i].span.end)
    } else {
        return false;
    };
    if m.span.start < pm.end || m.span.end > frame_end {
        return false;
    }
    let start = m
        .title
        .filter(|t| t.end <= m.span.start && t.start >= pm.end)
        .map_or(m.span.start, |t| t.start);
    let before = doc.text[pm.end..start].trim_end();
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    word.starts_with(|c: char| c.is_ascii_lowercase())
        && !matches!(word, "and" | "or")
        && !before.contains(['"', '“', '”', '.', ';'])
}

/// True when sentence `sent` opens (after at most "But" or "And") with the pronoun `lower`
/// ("he"/"she", lower case), or with a quote mark (words quoted on from the attribution
/// before).
fn opens_with_pronoun(text: &str, sent: Span, lower: &str) -> bool {
    let s = sent.slice(text);
    if s.starts_with(['"', '“']) {
        return true;
    }
    let s = ["But ", "And "]
        .iter()
        .find_map(|c| s.strip_prefix(c))
        .unwrap_or(s);
    let w = s.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    w.eq_ignore_ascii_case(lower)
}

/// `Asked what the output was, he replied: ...`, `In an interview, he said ...`: the words of
/// `lead` (the sentence up to a subject pronoun) are an adverbial set off by a comma, of at
/// most fifteen words, naming no person and holding no quote mark, so the pronoun is still the
/// sentence's subject.
fn adverbial_lead(doc: &Doc<'_>, lead: Span) -> bool {
    let l = lead.slice(doc.text).trim_end();
    l.ends_with(',')
        && !l.contains(['"', '“', '”'])
        && l.split_whitespace().count() <= 15
        && doc
            .mentions_in(lead)
            .into_iter()
            .all(|k| doc.kind(k) != EntityKind::Person)
}

/// `Jo Lee said X. However, Y will fall, he said.`: quote `q` is the clause its "he"/"she"
/// (at `ms`) closes, indirect, from the start of sentence `sent` (after at most one
/// word: `However,`) to the comma before the pronoun. Such a pronoun goes on with the speaker
/// of the sentence before, as one opening its sentence does (see [`pronoun_after_attribution`]).
fn closing_pronoun_attribution(doc: &Doc<'_>, q: &QuoteOut, sent: Span, ms: usize) -> bool {
    let text = doc.text;
    let c = q.content;
    !q.record.direct
        && c.start >= sent.start
        && c.end <= ms
        && text[sent.start..c.start].split_whitespace().count() <= 1
        && text[c.end..ms].trim() == ","
}

/// True when quote `q` is attributed by a plain verb of speech (`said`, `added`, `told`), not
/// a verb that may be no speech at all (`It is expected`, `X will support Y`).
fn speech_cue(q: &QuoteOut) -> bool {
    q.record.cue.as_ref().is_some_and(|c| {
        matches!(
            c.text.as_str(),
            "said" | "says" | "added" | "adds" | "noted" | "stated" | "told" | "explained"
        )
    })
}

/// `..., the department said. An extra 500 head are still available, it said.`: an "it"
/// opening its sentence (after at most "But" or "And") or closing the clause it attributes
/// goes on with the organisation whose words the sentence before attributes (its last
/// attribution), when no other organisation or country is named between them outside that
/// attribution's words and quote marks. Before, the organisation named last won (`CCC`
/// named inside the department's words). `out` is in text order.
fn it_after_attribution(doc: &Doc<'_>, out: &mut [QuoteOut], cx: &Cx<'_>) {
    let text = doc.text;
    for i in 1..out.len() {
        let Some(m) = out[i].record.speaker_mention.as_ref() else {
            continue;
        };
        // (Speech, not `It is expected ...` or `It decided ...`.)
        if !m.text.eq_ignore_ascii_case("it") || !speech_cue(&out[i]) {
            continue;
        }
        let ms = m.start;
        let Some(si) = doc.sentence_at(ms).filter(|&si| si > 0) else {
            continue;
        };
        let sent = doc.sentences[si].span;
        let lead = text[sent.start..ms].trim();
        if !(matches!(lead, "" | "But" | "And")
            || closing_pronoun_attribution(doc, &out[i], sent, ms))
        {
            continue;
        }
        let prev = doc.sentences[si - 1].span;
        // The attribution named last in that sentence (`Acme has said X, Beta said` is
        // Beta's), by a name (a description such as "the company" may stand for the wrong
        // body).
        let in_prev = |p: &&QuoteOut| {
            p.record
                .speaker_mention
                .as_ref()
                .is_some_and(|pm| pm.start >= prev.start && pm.end <= prev.end)
        };
        let candidates: Vec<&QuoteOut> = out[..i]
            .iter()
            .filter(in_prev)
            .filter(|p| speech_cue(p))
            .collect();
        // (Not one nested in another's words: `Beta has said X, Acme said` is Acme's.)
        let Some(p) = candidates
            .iter()
            .filter(|p| {
                let pm = p.record.speaker_mention.as_ref().map_or(0, |pm| pm.start);
                !candidates
                    .iter()
                    .any(|o| o.content.start <= pm && pm < o.content.end)
            })
            .max_by_key(|p| p.record.speaker_mention.as_ref().map(|pm| pm.start))
        else {
            continue;
        };
        let Some(e) = p.speaker else { continue };
        // A name (not `the company`), the subject opening the sentence or closing it
        // (`..., Acme said.`).
        let named = p.record.speaker_mention.as_ref().is_some_and(|pm| {
            doc.mention_covering(pm.start).is_some_and(|k| {
                doc.mentions[k].span == Span::new(pm.start, pm.end)
                    && (opens_sentence(doc, k)
                        || text[pm.end..prev.end.max(pm.end)]
                            .split_whitespace()
                            .count()
                            <= 4)
            })
        });
        if doc.res.entities[e].kind != EntityKind::Organization
            || Some(e) == out[i].speaker
            || !named
        {
            continue;
        }
        let Some(pm) = p.record.speaker_mention.as_ref() else {
            continue;
        };
        let k0 = doc.mentions.partition_point(|x| x.span.start < pm.end);
        let other = doc.mentions[k0..]
            .iter()
            .enumerate()
            .take_while(|(_, x)| x.span.start < ms)
            .any(|(j, x)| {
                let inside = |s: Span| s.start <= x.span.start && x.span.end <= s.end;
                matches!(x.kind, EntityKind::Organization | EntityKind::Country)
                    && doc.res.entity_of[k0 + j].is_some_and(|o| o != e)
                    && !inside(p.content)
                    && !cx.in_quotes(x.span)
            });
        if other {
            continue;
        }
        let id = p.record.speaker.clone();
        let q = &mut out[i];
        q.speaker = Some(e);
        q.record.about.retain(|a| Some(a) != id.as_ref());
        q.record.speaker = id;
    }
}

/// `Acme Corp will close the plant, a spokesman said.`: an unnamed spokesman whose body no
/// step found speaks for the organisation that opens his words as their subject (after at
/// most a few lower-case or demonym words, `British courier <Acme Plc> plans ...`); with
/// none, for the organisation whose words the sentence before reports (`Acme said A. A
/// spokesman said B.`).
fn spokesman_of_subject(doc: &Doc<'_>, out: &mut [QuoteOut]) {
    let text = doc.text;
    for i in 0..out.len() {
        let q = &out[i];
        let Some(m) = q.record.speaker_mention.as_ref() else {
            continue;
        };
        if q.speaker.is_some()
            || !matches!(
                lower_cow(&m.text).as_ref(),
                "spokesman" | "spokeswoman" | "spokesperson"
            )
            || !matches!(
                lower_cow(text[..m.start].trim_end().rsplit(' ').next().unwrap_or("")).as_ref(),
                "a" | "an"
            )
        {
            continue;
        }
        let Some(e) = subject_org(doc, q.content).or_else(|| {
            let si = doc.sentence_at(m.start)?;
            let p = out[..i].last()?;
            let pm = p.record.speaker_mention.as_ref()?;
            let e = p.speaker?;
            (doc.sentence_at(pm.start).is_some_and(|ps| ps + 1 == si)
                && doc.res.entities[e].kind == EntityKind::Organization
                && speech_cue(p))
            .then_some(e)
        }) else {
            continue;
        };
        let q = &mut out[i];
        let id = doc.res.entities[e].id.clone();
        q.record.about.retain(|a| *a != id);
        q.record.speaker = Some(id);
        q.speaker = Some(e);
    }
}

/// The organisation that opens `content` as its subject: after at most four lower-case
/// words (no preposition or "and"), demonyms or `The`; not a possessor, nor a name before a
/// noun and its verb (`The NASDAQ listing will end`).
fn subject_org(doc: &Doc<'_>, content: Span) -> Option<usize> {
    let text = doc.text;
    let k = doc
        .mentions_in(content)
        .into_iter()
        .find(|&k| !doc.is_modifier(k))?;
    let e = doc.res.entity_of[k]?;
    let name = doc.mentions[k].span;
    let lead = doc.word_spans(Span::new(content.start, name.start));
    let lead_ok = lead.len() <= 4
        && lead.iter().all(|w| {
            let t = w.slice(text);
            matches!(t, "The" | "A" | "An")
                || (t.starts_with(|c: char| c.is_lowercase())
                    && !matches!(
                        t,
                        "of" | "in" | "for" | "at" | "by" | "to" | "from" | "with" | "on" | "and"
                    ))
                || doc
                    .mention_covering(w.start)
                    .is_some_and(|j| doc.is_modifier(j))
        })
        && !text[content.start..name.start].contains([',', ';', ':', '"']);
    let mut next = text[name.end..content.end.max(name.end)]
        .split_whitespace()
        .take(2);
    let noun_after = next
        .next()
        .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()) && !AUX.contains(&w))
        && next.next().is_some_and(|w| AUX.contains(&w));
    (lead_ok
        && !noun_after
        && doc.kind(k) == EntityKind::Organization
        && doc.res.entities[e].kind == EntityKind::Organization
        && !doc.possessive_at(name.end))
    .then_some(e)
}

/// `..., the president of the Acme Association said.` (then `Jo Smith, Acme president,
/// told Reuters`): an organisation given as the speaker after "the <title> of" is where
/// the title is held; its one holder the article states (before or after) speaks.
fn title_of_body(doc: &Doc<'_>, out: &mut [QuoteOut], cx: &Cx<'_>) {
    let text = doc.text;
    for q in out.iter_mut() {
        let (Some(e), Some(m)) = (q.speaker, q.record.speaker_mention.as_ref()) else {
            continue;
        };
        if doc.res.entities[e].kind != EntityKind::Organization {
            continue;
        }
        let mut before = text[..m.start].trim_end();
        // (`the president of the Acme Association, AA, said`: the name before the short one.)
        if let Some(b) = before.strip_suffix(',') {
            match doc.mention_ending_at(b.len()) {
                Some(k) if doc.res.entity_of[k] == Some(e) => {
                    before = text[..doc.mentions[k].span.start].trim_end();
                }
                _ => continue,
            }
        }
        let Some(before) = before
            .strip_suffix(" the")
            .or_else(|| before.strip_suffix("\nthe"))
            .unwrap_or(before)
            .trim_end()
            .strip_suffix(" of")
        else {
            continue;
        };
        let mut ws = before.rsplit([' ', '\n']);
        let title = lower_cow(ws.next().unwrap_or(""));
        if !matches!(ws.next().map(lower_cow).as_deref(), Some("the"))
            || !doc.pipeline.recognizer.is_title(&title)
            || SPOKES.contains(&title.as_ref())
        {
            continue;
        }
        let id = &doc.res.entities[e].id;
        let mut holders: Vec<usize> = cx
            .affils
            .iter()
            .filter(|a| {
                a.org.as_ref() == Some(id)
                    && a.title
                        .as_deref()
                        .is_some_and(|t| lower_cow(t).split(' ').any(|w| w == title))
            })
            .map(|a| a.person)
            .collect();
        holders.sort_unstable();
        holders.dedup();
        let [p] = holders[..] else {
            continue;
        };
        let pid = doc.res.entities[p].id.clone();
        q.record.about.retain(|a| *a != pid);
        q.record.speaker = Some(pid);
        q.speaker = Some(p);
    }
}

/// Words for one unnamed person who speaks (`the spokesman`, `a senior official`, `one
/// analyst`): a "he" or "she" in the next sentence goes on with their words.
const UNNAMED_ONE: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "source",
    "representative",
    "analyst",
    "economist",
    "dealer",
    "trader",
    "banker",
    "aide",
    "delegate",
    "diplomat",
];

/// `But the spokesman said X. He noted Y.`: a "he"/"she" attributing words in the sentence
/// after (or the same sentence as) an unnamed speaker's attribution is that speaker, not
/// the last person named (who is often the one the spokesman spoke about). The pronoun takes
/// the unnamed speaker's body when one was found (`a JAMA spokesman`), else no entity.
/// `out` is in text order.
fn unnamed_then_pronoun(doc: &Doc<'_>, out: &mut [QuoteOut]) {
    // (sentence of the last attribution, speaker id, entity, the word for the speaker, where
    // its words end)
    type Unnamed = (usize, Option<String>, Option<usize>, &'static str, usize);
    let mut prev: Option<Unnamed> = None;
    for q in out.iter_mut() {
        let Some(m) = q.record.speaker_mention.as_ref() else {
            // `"A," the official said. "B. C." He said D.`: a direct quote with no cue right
            // after the unnamed speaker's words goes on with them (a later step gives it that
            // speaker), so the pronoun after it still follows them.
            if let Some((_, _, _, _, end)) = prev.as_mut() {
                if continues_words(doc, q, *end) {
                    *end = q.content.end;
                }
            }
            continue;
        };
        let Some(si) = doc.sentence_at(m.start) else {
            continue;
        };
        let lw = lower_cow(&m.text);
        if matches!(lw.as_ref(), "he" | "she") {
            // A direct quote closed by `he added` starts where its words do (`A spokesman
            // said X. "A. B," he added.`: the quote's sentences come between).
            let first = doc
                .sentence_at(q.content.start.min(m.start))
                .map_or(si, |f| f.min(si));
            match &mut prev {
                // (After the unnamed speaker's words: `a spokesman said X and that he was Y`
                // quotes someone else's "he".)
                Some((ps, id, e, word, end))
                    if m.start >= *end && follows_unnamed(doc, (*ps, *end), first, m.start) =>
                {
                    let clash = match *word {
                        "spokesman" => lw == "she",
                        "spokeswoman" => lw == "he",
                        _ => false,
                    };
                    // (With no body found for the unnamed speaker, a body the pronoun was
                    // resolved to stays: only a person named last is replaced.)
                    let keep = e.is_none()
                        && q.speaker
                            .is_some_and(|x| doc.res.entities[x].kind != EntityKind::Person);
                    if clash {
                        prev = None;
                    } else {
                        if q.speaker != *e && !keep {
                            q.record.speaker = id.clone();
                            q.speaker = *e;
                            q.record.about.retain(|a| Some(a) != id.as_ref());
                        }
                        *ps = si;
                        *end = q.content.end.max(m.end);
                    }
                }
                _ => prev = None,
            }
            continue;
        }
        // The last word, or the head before the body it speaks for (`a spokesman for the
        // Harbour Trust`).
        let last_of = |s: &'_ str| s.rsplit([' ', '\n']).next().unwrap_or("").to_string();
        let mut last = last_of(&lw);
        if !UNNAMED_ONE.contains(&last.as_str()) {
            // The first " for ", " of ", " at " or " with " (a line break counting as a
            // space): one pass over the bytes, no copy and no searcher per word.
            let b = lw.as_bytes();
            let space = |i: usize| matches!(b.get(i), Some(b' ' | b'\n'));
            if let Some(i) = (0..b.len()).find(|&i| {
                space(i)
                    && ["for", "of", "at", "with"]
                        .iter()
                        .any(|p| b[i + 1..].starts_with(p.as_bytes()) && space(i + 1 + p.len()))
            }) {
                last = last_of(&lw[..i]);
            }
        }
        let person = q
            .speaker
            .is_some_and(|e| doc.res.entities[e].kind == EntityKind::Person);
        // (`in an official statement` names no speaker.)
        let noun_cue = q
            .record
            .cue
            .as_ref()
            .is_some_and(|c| is_reporting_noun(&lower_cow(&c.text)));
        prev = UNNAMED_ONE
            .iter()
            .find(|&&w| w == last)
            .filter(|_| !person && !noun_cue)
            .map(|&w| {
                let end = q.content.end.max(m.end);
                (si, q.record.speaker.clone(), q.speaker, w, end)
            });
    }
}

/// True when `q` is a direct quote with no cue that opens in the sentence where words ending
/// at `end` end, or in the one after, with at most the attribution's lower-case verb and
/// punctuation between (`official said. "`): the same speaker's words going on.
fn continues_words(doc: &Doc<'_>, q: &QuoteOut, end: usize) -> bool {
    if !q.record.direct || q.record.cue.is_some() || q.content.start < end {
        return false;
    }
    let (Some(a), Some(b)) = (
        doc.sentence_at(end.saturating_sub(1)),
        doc.sentence_at(q.content.start),
    ) else {
        return false;
    };
    let gap = &doc.text[end..q.content.start];
    b <= a + 1
        && gap.split_whitespace().count() <= 3
        && gap.chars().all(|c| {
            c.is_ascii_lowercase() || c.is_whitespace() || matches!(c, '"' | '“' | '”' | ',' | '.')
        })
}

/// True when the sentence `first`, where a "he"/"she" attribution opens, goes on from an
/// unnamed speaker's attribution in sentence `ps` whose words end at `end`: it is the
/// sentence after the attribution or after its words, or the one after that when the
/// sentence between names no person and attributes nothing to anyone (`A spokesman told
/// reporters A. But that was not so for B. "C," he said.`; a quote in between with a speaker
/// of its own has already ended the unnamed speaker's turn). Past the sentence after the
/// attribution, no person is named between its words and the pronoun at `pos` (`Iran gave
/// Jo Lee a reward when he refused` is Lee's).
fn follows_unnamed(doc: &Doc<'_>, (ps, end): (usize, usize), first: usize, pos: usize) -> bool {
    if first <= ps + 1 {
        return true;
    }
    let last = doc
        .sentence_at(end.saturating_sub(1))
        .map_or(ps, |l| l.max(ps));
    (first <= last + 1 || first == last + 2 && names_no_person(doc, doc.sentences[last + 1].span))
        && names_no_person(doc, Span::new(end, pos))
}

/// Nouns that describe a person the text has just named rather than an office someone else
/// may hold (`said the Tottenham striker`, `the pop star said`): see [`epithet_speaker`].
/// (`woman`, `man`, `official` and the like are as often someone the text never names.)
const EPITHET_NOUNS: &[&str] = &[
    "star",
    "superstar",
    "singer",
    "actor",
    "actress",
    "rapper",
    "musician",
    "comedian",
    "presenter",
    "broadcaster",
    "novelist",
    "player",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "keeper",
    "winger",
    "captain",
    "skipper",
    "champion",
    "titleholder",
    "veteran",
    "batsman",
    "sprinter",
    "athlete",
    "golfer",
    "seed",
    "briton",
    "scot",
    "welshman",
    "irishman",
    "englishman",
    "frenchman",
    "spaniard",
    "dutchman",
    "swede",
    // Politics and business: `the candidate`, `the real estate mogul`, `the retired
    // neurosurgeon` for the person the sentence before is about.
    "candidate",
    "nominee",
    "front-runner",
    "frontrunner",
    "hopeful",
    "billionaire",
    "millionaire",
    "businessman",
    "businesswoman",
    "mogul",
    "tycoon",
    "magnate",
    "entrepreneur",
    "neurosurgeon",
    "lawmaker",
    "legislator",
    "politician",
    "congressman",
    "congresswoman",
    "incumbent",
    "campaigner",
];

/// True when `phrase` is a description of a person just named: "the", at most three
/// modifiers (lower-case words, capitalised names of places, clubs or parties, `former`),
/// and an age (`the 23-year-old`), an [`EPITHET_NOUNS`] noun, a demonym used as a noun
/// (`said the American`) or a title after `former` or `outgoing` (`the former Labour
/// leader`); not followed by `of` or a possessive (`the captain of the ship`).
fn epithet(doc: &Doc<'_>, phrase: Span) -> bool {
    let text = doc.text;
    let after = &text[phrase.end..];
    if after.starts_with(" of ") || after.starts_with(['\'', '’', '-']) {
        return false;
    }
    let written = phrase.slice(text);
    let ws: Vec<&str> = written.split_whitespace().collect();
    let [first, mods @ .., head] = &ws[..] else {
        return false;
    };
    if !first.eq_ignore_ascii_case("the")
        || mods.len() > 3
        || written.ends_with(char::is_whitespace)
    {
        return false;
    }
    let ok_mod = |w: &&str| {
        w.chars().all(|c| c.is_alphanumeric() || c == '-')
            && !matches!(
                lower_cow(w).as_ref(),
                "other" | "another" | "two" | "three" | "both" | "same" | "unnamed" | "new"
            )
    };
    if !mods.iter().all(ok_mod) {
        return false;
    }
    let h = lower_cow(head);
    let age = h
        .strip_suffix("-year-old")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    let head_span = Span::new(phrase.end - head.len(), phrase.end);
    let demonym = mods.is_empty()
        && doc.mention_covering(head_span.start).is_some_and(|k| {
            doc.mentions[k].span == head_span && doc.mentions[k].form == crate::ner::Form::Demonym
        });
    let former = mods
        .iter()
        .any(|w| matches!(lower_cow(w).as_ref(), "former" | "outgoing" | "ex"))
        && doc.pipeline.recognizer.is_title(&h)
        && !SPOKES.contains(&h.as_ref());
    age || demonym || former || EPITHET_NOUNS.contains(&h.as_ref()) || bare_office(doc, &h)
}

/// True when `head` is a title word for one office holder (`chancellor`, `senator`), not a
/// spokesman's, an official's or an economist's (one of many, often never named), nor an
/// [`EPITHET_NOUNS`] noun (`champion`, a description): `the shadow chancellor said` with no
/// holder stated speaks as the person just named (see [`epithet_speaker`], which checks
/// that person's stated and lexicon titles and other holders of the office).
fn bare_office(doc: &Doc<'_>, head: &str) -> bool {
    doc.pipeline.recognizer.is_title(head)
        && !SPOKES.contains(&head)
        && !UNNAMED_ONE.contains(&head)
        && !EPITHET_NOUNS.contains(&head)
        && !matches!(
            head,
            "officer" | "adviser" | "advisor" | "expert" | "strategist"
        )
}

/// `Jo Marsh scored twice. "We deserved it," said the 24-year-old.`: a description of a
/// person just named (see [`epithet`]) that no title holder was found for speaks as the
/// person in the nearest sentence that names one (its own before the phrase, then up to two
/// before it; names inside quote marks do not count): the one person named there, or the
/// first when it opens the sentence and is not joined to the next by "and" or a comma.
/// `actress` needs a person not known as a man. `out` is in text order.
fn epithet_speaker(doc: &Doc<'_>, out: &mut [QuoteOut], cx: &Cx<'_>) {
    for q in out.iter_mut() {
        let Some(m) = q.record.speaker_mention.as_ref() else {
            continue;
        };
        // (A bare title is found as its word alone: `leader` in `the former party leader`;
        // `the senator from Vermont` is the senator.)
        let phrase = match q.speaker {
            None => without_from_place(doc, the_phrase(doc.text, Span::new(m.start, m.end))),
            Some(e) => match party_before_epithet(doc, q, e) {
                Some(p) => p,
                None => continue,
            },
        };
        if !epithet(doc, phrase) {
            continue;
        }
        let Some(e) = epithet_antecedent(doc, phrase, cx) else {
            continue;
        };
        if lower_cow(&m.text).ends_with("actress") && cx.gender[e] > 0 {
            continue;
        }
        // `the captain` is not someone the text gives another title only (a former office
        // is one the text may not have stated: `the former teacher`; `Mr Brown` states no
        // office at all).
        let low = lower_cow(phrase.slice(doc.text));
        let head = low.rsplit(' ').next().unwrap_or("");
        let former = low.contains("former ") || low.contains("outgoing ");
        let titles = || {
            cx.affils
                .iter()
                .filter(|a| a.person == e)
                .filter_map(|a| a.title.as_deref())
                .filter(|t| !honorific(t))
        };
        if !former
            && doc.pipeline.recognizer.is_title(head)
            && titles().next().is_some()
            && !titles().any(|t| unabbreviated(t).contains(head))
        {
            continue;
        }
        // Nor someone the lexicon gives another office (`Tony Blair ... the chancellor said`;
        // its `offices=` are other offices held: Gordon Brown was chancellor), nor anyone
        // when the article knows another holder of the office (`Borger asked. "...," the
        // senator said.` after Senator Sanders).
        let holds = |t: &str| lower_cow(t).split([' ', '-']).any(|w| w == head);
        let other_office =
            doc.lexicon_attr(e, "title").is_some() && !lexicon_offices(doc, e).any(&holds);
        // (`the Vermont senator` after `Sen. Sanders (I-Vt.)`: a place or body in the
        // description that the text ties to this person and to no one else marks the holder.)
        let marked = doc.mentions_in(phrase).into_iter().any(|k| {
            doc.res.entity_of[k].is_some_and(|o| {
                let id = doc.res.entities[o].id.as_str();
                let tied = |p: usize| super::affil::tied_to(cx.affils, p, id);
                o != e
                    && tied(e)
                    && !cx
                        .affils
                        .iter()
                        .any(|a| a.person != e && a.org.as_deref() == Some(id))
            })
        });
        if !former
            && bare_office(doc, head)
            && (other_office || !marked && other_holder(doc, e, cx, holds))
        {
            continue;
        }
        // `the Tory leader`, `the Dean Witter economist`: a body named in the description is
        // one the text states the person with (`George Bush opposed it. But the Tory leader
        // argued` is not Bush).
        if !stated_with_bodies(doc, phrase, e, cx) {
            continue;
        }
        // `The former finance officer said Mr Ebbers knew`: no one speaks of themselves by name.
        if doc
            .mentions_in(q.content)
            .into_iter()
            .any(|k| doc.res.entity_of[k] == Some(e))
        {
            continue;
        }
        // (The body the description named becomes the words' subject matter no more than
        // before; its mention gives way to the whole description.)
        if q.speaker.is_some() {
            q.record.speaker_mention = Some(doc.article.evidence(phrase));
        }
        let id = doc.res.entities[e].id.clone();
        q.record.about.retain(|a| *a != id);
        q.record.speaker = Some(id);
        q.speaker = Some(e);
    }
}

/// `- Rovers boss Jo Smith: "We were lucky."`: a direct quote whose line opens with a person's
/// name (after at most a dash or bullet and a few capitalised or title words) and a colon
/// right before its opening mark is that person's, whatever speaker it was given before (as a
/// run of the last speaker's words, it went to the previous speaker).
fn labelled_quote(doc: &Doc<'_>, out: &mut [QuoteOut]) {
    let text = doc.text;
    for q in out
        .iter_mut()
        .filter(|q| q.record.direct && q.record.cue.is_none())
    {
        let open = q.content.start;
        // (A label is short: only the 200 bytes before the mark are looked at.)
        let from = floor_char(text, open.saturating_sub(200));
        let Some(line_start) = text[from..open]
            .rfind('\n')
            .map(|i| from + i + 1)
            .or_else(|| (from == 0).then_some(0))
        else {
            continue;
        };
        let Some(head) = text[line_start..open]
            .trim_end_matches(['"', '“', ' '])
            .strip_suffix(':')
        else {
            continue;
        };
        let name_end = line_start + head.trim_end().len();
        let Some(k) = doc
            .mention_covering(name_end.saturating_sub(1))
            .filter(|&k| doc.mentions[k].span.end == name_end)
            .filter(|&k| doc.kind(k) == EntityKind::Person)
        else {
            continue;
        };
        let Some(e) =
            doc.res.entity_of[k].filter(|&e| doc.res.entities[e].kind == EntityKind::Person)
        else {
            continue;
        };
        let lead = text[line_start..doc.mentions[k].span.start]
            .trim_start()
            .trim_start_matches(['-', '–', '•', '*'])
            .trim();
        let words: Vec<&str> = lead.split_whitespace().collect();
        let titled = words.len() <= 6
            && words.iter().all(|w| {
                w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
                    && (w.starts_with(char::is_uppercase)
                        || doc.pipeline.recognizer.is_title(&lower_cow(w)))
            });
        if !titled || q.speaker == Some(e) {
            continue;
        }
        let m = doc.mentions[k].span;
        let id = doc.res.entities[e].id.clone();
        q.record.about.retain(|a| *a != id);
        q.record.speaker = Some(id);
        q.speaker = Some(e);
        q.record.speaker_mention = Some(doc.article.evidence(m));
    }
}

/// The offices the lexicon gives person `e`: its best-known `title=` and the other
/// `offices=` it held.
fn lexicon_offices<'a>(doc: &Doc<'a>, e: usize) -> impl Iterator<Item = &'a str> {
    let others = doc.lexicon_attr(e, "offices").unwrap_or("");
    doc.lexicon_attr(e, "title")
        .into_iter()
        .chain(others.split('|').filter(|o| !o.is_empty()))
}

/// True when a person of the article other than `e` holds an office that `holds` accepts,
/// by the lexicon or a stated title.
fn other_holder(doc: &Doc<'_>, e: usize, cx: &Cx<'_>, holds: impl Fn(&str) -> bool) -> bool {
    let by_lexicon = (0..doc.res.entities.len()).any(|x| {
        x != e
            && doc.res.entities[x].kind == EntityKind::Person
            && doc.lexicon_attr(x, "title").is_some_and(&holds)
    });
    by_lexicon
        || cx
            .affils
            .iter()
            .any(|a| a.person != e && a.title.as_deref().is_some_and(|t| holds(&unabbreviated(t))))
}

/// True when every organisation named inside description `phrase` is one an affiliation
/// of person `e` gives (`the Dean Witter economist` after `Jo Lee of Dean Witter`).
fn stated_with_bodies(doc: &Doc<'_>, phrase: Span, e: usize, cx: &Cx<'_>) -> bool {
    doc.mentions_in(phrase).into_iter().all(|k| {
        let Some(o) = doc.res.entity_of[k] else {
            return true;
        };
        let ent = &doc.res.entities[o];
        ent.kind != EntityKind::Organization || super::affil::tied_to(cx.affils, e, &ent.id)
    })
}

/// `The Republican front-runner told reporters`: a party (or other body) named as the
/// speaker when it only modifies a description of a person (see [`epithet`]) running from
/// "the" to the cue. Returns that description, whose antecedent then speaks.
fn party_before_epithet(doc: &Doc<'_>, q: &QuoteOut, e: usize) -> Option<Span> {
    let m = q.record.speaker_mention.as_ref()?;
    let cue = q.record.cue.as_ref()?;
    if doc.res.entities[e].kind != EntityKind::Organization || cue.start <= m.end {
        return None;
    }
    let text = doc.text;
    let before = text.get(..m.start)?.strip_suffix(' ')?;
    let the = before.len().checked_sub(3)?;
    let word = before.get(the..)?;
    let at_word = !before[..the].ends_with(|c: char| c.is_alphanumeric());
    if !at_word || !word.eq_ignore_ascii_case("the") {
        return None;
    }
    // One or two lower-case words between the name and the cue: the head noun.
    let rest = text.get(m.end..cue.start)?.trim_end();
    let words: Vec<&str> = rest.split_whitespace().collect();
    let plain = (1..=2).contains(&words.len())
        && rest.starts_with(' ')
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
    let head = words.last()?;
    (plain && (EPITHET_NOUNS.contains(head) || bare_office(doc, head)))
        .then(|| Span::new(the, m.end + rest.len()))
}

/// `phrase` without a closing `from <Place>` (`the senator from Vermont`, `the Democrat from
/// New York`): the description before it, when a location or country is all that follows.
fn without_from_place(doc: &Doc<'_>, phrase: Span) -> Span {
    let written = phrase.slice(doc.text);
    let Some(i) = written.rfind(" from ") else {
        return phrase;
    };
    let place = phrase.start + i + " from ".len();
    let whole = doc.mention_covering(place).is_some_and(|k| {
        doc.mentions[k].span == Span::new(place, phrase.end)
            && matches!(doc.kind(k), EntityKind::Location | EntityKind::Country)
    });
    if whole {
        Span::new(phrase.start, phrase.start + i)
    } else {
        phrase
    }
}

/// `m` widened to the "the" at most three words before it on its line (`the former party
/// leader` for `leader`), or `m` itself.
fn the_phrase(text: &str, m: Span) -> Span {
    let head = &text[..m.start];
    let mut end = head.trim_end_matches(' ').len();
    for _ in 0..4 {
        let start = head[..end].rfind([' ', '\n']).map_or(0, |i| i + 1);
        let w = &head[start..end];
        if w.eq_ignore_ascii_case("the") {
            return Span::new(start, m.end);
        }
        if w.is_empty() || !w.chars().all(|c| c.is_alphanumeric() || c == '-') {
            break;
        }
        end = head[..start].trim_end_matches(' ').len();
    }
    m
}

/// The person a description at `pos` stands for: see [`epithet_speaker`].
/// (`The actor's friend Jo Lee said ... The actor refused`: the phrase written in that
/// sentence for someone else names no one there.)
fn epithet_antecedent(doc: &Doc<'_>, phrase: Span, cx: &Cx<'_>) -> Option<usize> {
    let pos = phrase.start;
    let si = doc.sentence_at(pos)?;
    for back in 0..=si.min(2) {
        let s = doc.sentences[si - back].span;
        let zone = Span::new(s.start, if back == 0 { pos } else { s.end });
        let persons: Vec<usize> = doc
            .mentions_in(zone)
            .into_iter()
            .filter(|&k| {
                doc.mentions[k].kind == EntityKind::Person && !cx.in_quotes(doc.mentions[k].span)
            })
            .collect();
        let Some(&first) = persons.first() else {
            continue;
        };
        if back > 0 && doc.lower_at(s).contains(doc.lower_at(phrase).as_ref()) {
            return None;
        }
        // `Nielsen had panicked, Greer said.`: the one whose words the sentence reports.
        let k = persons
            .iter()
            .copied()
            .find(|&k| !doc.is_possessor(k) && before_reporting_verb(doc, k))
            .unwrap_or(first);
        let e = doc.res.entity_of[k].filter(|&e| doc.res.entities[e].kind == EntityKind::Person)?;
        // (`Smith and Jones withdrew`: either.)
        let joined = doc.mentions.get(k + 1).is_some_and(|n| {
            n.kind == EntityKind::Person
                && matches!(
                    text_between(doc.text, doc.mentions[k].span.end, n.span.start),
                    "and" | "," | ", and" | "or"
                )
        });
        return (!joined && sentence_subject(doc, s.start, k, cx)).then_some(e);
    }
    None
}

/// True when a reporting verb follows mention `k` (`Smith said`, `Smith, 54, told`).
fn before_reporting_verb(doc: &Doc<'_>, k: usize) -> bool {
    let next = doc.text[doc.mentions[k].span.end..]
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches(|c: char| !c.is_alphabetic());
    doc.pipeline.extractor.is_reporting(&lower_cow(next))
}

/// The text between `a` and `b`, trimmed (empty when `b` is before `a`).
fn text_between(text: &str, a: usize, b: usize) -> &str {
    text.get(a..b.max(a)).unwrap_or("").trim()
}

/// True when person mention `k` is the subject of the sentence starting at `start`: not a
/// possessor, and either opening it (after at most four capitalised or title words, its
/// title included: `Former Chelsea captain Jo Smith`, `But Smith`) or right before a
/// reporting verb (`"...," Smith said`).
fn sentence_subject(doc: &Doc<'_>, start: usize, k: usize, cx: &Cx<'_>) -> bool {
    let text = doc.text;
    let m = &doc.mentions[k];
    if doc.is_possessor(k) {
        return false;
    }
    if before_reporting_verb(doc, k) {
        return true;
    }
    let cut = m
        .title
        .filter(|t| t.end <= m.span.start && t.start >= start)
        .map_or(m.span.start, |t| t.start);
    // "said Mr Brown": a form of address is no title span of its own; step back over it.
    let cut = text[start..cut]
        .trim_end()
        .rsplit_once([' ', '\n'])
        .filter(|(_, w)| honorific(w))
        .map_or(cut, |(b, _)| start + b.len() + 1);
    if after_inverted_cue(doc, start, cut) {
        return true;
    }
    let lead = &text[start..cut];
    let words: Vec<&str> = lead.split_whitespace().collect();
    !cx.in_quotes(Span::new(start, start + 1))
        && words.len() <= 4
        && words.iter().all(|w| {
            let w = w.trim_end_matches(',');
            w.starts_with(char::is_uppercase) || doc.pipeline.recognizer.is_title(&lower_cow(w))
        })
}

/// True when the words from `start` to `pos` end in a comma (or a closing quotation mark
/// after one) and a reporting verb: the name at `pos` is the inverted subject (`"We had to
/// show character," said Jo Smith.`).
fn after_inverted_cue(doc: &Doc<'_>, start: usize, pos: usize) -> bool {
    let Some(lead) = doc.text.get(start..pos) else {
        return false;
    };
    let lead = lead.trim_end();
    let verb_at = lead.rfind([' ', '\n']).map_or(0, |i| i + 1);
    let verb = &lead[verb_at..];
    let before = lead[..verb_at].trim_end();
    let closed = before.ends_with(',')
        || before
            .strip_suffix(['"', '”', '\''])
            .is_some_and(|b| b.ends_with([',', '?', '!']));
    closed && doc.pipeline.extractor.is_reporting(&lower_cow(verb))
}

/// Plural words for unnamed speakers (`dealers said`, `Japanese officials said`): see
/// [`unnamed_group_then_they`].
const UNNAMED_MANY: &[&str] = &[
    "sources",
    "officials",
    "analysts",
    "economists",
    "dealers",
    "traders",
    "bankers",
    "brokers",
    "delegates",
    "diplomats",
    "spokesmen",
    "executives",
    "experts",
    "aides",
    "representatives",
    "observers",
];

/// `Three former Vendrum administration officials said`, `Clinton campaign aides said`: a
/// person's name before lower-case words that end in an unnamed group ([`UNNAMED_MANY`])
/// right before the cue modifies the group, which is the speaker (unnamed): the speaker's
/// mention becomes the whole phrase, with no entity.
fn person_modifies_group(doc: &Doc<'_>, out: &mut [QuoteOut]) {
    let text = doc.text;
    for q in out.iter_mut() {
        let (Some(e), Some(m), Some(cue)) = (
            q.speaker,
            q.record.speaker_mention.as_ref(),
            q.record.cue.as_ref(),
        ) else {
            continue;
        };
        if doc.res.entities[e].kind != EntityKind::Person || cue.start <= m.end {
            continue;
        }
        let between = &text[m.end..cue.start];
        let mut words: Vec<&str> = between.split_whitespace().collect();
        // (`... officials have also said`: auxiliaries before the cue.)
        while words.last().is_some_and(|w| {
            matches!(
                *w,
                "have" | "has" | "had" | "also" | "all" | "both" | "were" | "are"
            )
        }) {
            words.pop();
        }
        let group_last = words.last().is_some_and(|w| UNNAMED_MANY.contains(w));
        // (`Martell and other analysts said`: the person is one of the speakers.)
        if !(2..=3).contains(&words.len())
            || !group_last
            || words
                .iter()
                .any(|w| matches!(*w, "and" | "or" | "with" | "along"))
            || !words
                .iter()
                .all(|w| w.bytes().all(|b| b.is_ascii_lowercase()))
        {
            continue;
        }
        // Where the group noun ends: the end of the `words.len()`-th word.
        let Some(last_end) = between
            .split_whitespace()
            .nth(words.len() - 1)
            .map(|w| w.as_ptr() as usize - between.as_ptr() as usize + w.len())
        else {
            continue;
        };
        let end = m.end + last_end;
        let phrase = Span::new(m.start, end);
        q.record.speaker_mention = Some(doc.article.evidence(phrase));
        q.record.speaker = None;
        q.speaker = None;
    }
}

/// The singular [`SPOKES`] words that [`same_spokesman_again`] follows.
const ONE_SPOKES: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "representative",
];

/// `A spokesman for Acme said A. ... The spokesman said B.`: "the spokesman" with no body of
/// its own is the last spokesman quoted before it (the last earlier attribution whose phrase
/// ends in that word), and speaks for whom that one spoke for. A last one with no entity gives
/// none.
fn same_spokesman_again(doc: &Doc<'_>, out: &mut [QuoteOut]) {
    let text = doc.text;
    for i in 0..out.len() {
        let Some(m) = out[i].record.speaker_mention.as_ref() else {
            continue;
        };
        let word = lower_cow(&m.text);
        let det = text[..m.start].trim_end().rsplit([' ', '\n']).next();
        if out[i].speaker.is_some()
            || !ONE_SPOKES.contains(&word.as_ref())
            || !det.is_some_and(|d| d.eq_ignore_ascii_case("the"))
        {
            continue;
        }
        // (The attribution before it whose phrase ends in the word: the latest by position.)
        let ends_in = |t: &str| {
            lower_cow(t.rsplit([' ', '\n']).next().unwrap_or("")).as_ref() == word.as_ref()
        };
        let before = out
            .iter()
            .filter_map(|p| {
                let pm = p.record.speaker_mention.as_ref()?;
                (pm.start < m.start && ends_in(&pm.text)).then_some((pm.start, p))
            })
            .max_by_key(|&(start, _)| start)
            .map(|(_, p)| (p.speaker, p.record.speaker.clone()));
        if let Some((Some(e), id)) = before {
            let q = &mut out[i];
            q.record.about.retain(|a| Some(a) != id.as_ref());
            q.record.speaker = id;
            q.speaker = Some(e);
        }
    }
}

/// `The MPs said ...`, `says a new MPs' report`: members of parliament unnamed, in an article
/// about the one committee it names (`the home affairs committee`), are that committee
/// speaking. Bare `MPs` or `the MPs` (not `Labour MPs`), or a report of MPs, only.
fn committee_members(doc: &Doc<'_>, out: &mut [QuoteOut]) {
    let Some(c) = doc.sole_org(|name| name.ends_with(" Committee")) else {
        return;
    };
    let id = doc.res.entities[c].id.clone();
    for q in out.iter_mut() {
        let Some(m) = q.record.speaker_mention.as_ref() else {
            continue;
        };
        let low = crate::text::collapse_ws(&m.text.to_lowercase()).replace('\u{2019}', "'");
        let members = matches!(low.as_str(), "mps" | "the mps");
        let report = matches!(
            low.as_str(),
            "the mps' report" | "a new mps' report" | "an mps' report" | "the committee's report"
        );
        if q.speaker.is_some() || !(members || report) {
            continue;
        }
        q.record.about.retain(|a| *a != id);
        q.record.speaker = Some(id.clone());
        q.speaker = Some(c);
    }
}

/// `The Bundesbank bought dollars, dealers said. They said ...`: a "they" attributing words in
/// the sentence after (or the same sentence as) an unnamed group's attribution is that group,
/// not the last body named (most often the one the group spoke about). The pronoun takes the
/// group's body when one was found (`Commerce Ministry officials`), else no entity; so does a
/// "they" after one no one was found for. `out` is in text order.
fn unnamed_group_then_they(doc: &Doc<'_>, out: &mut [QuoteOut]) {
    // (sentence of the last attribution, speaker id, entity, where its words end)
    let mut prev: Option<(usize, Option<String>, Option<usize>, usize)> = None;
    for q in out.iter_mut() {
        let Some(m) = q.record.speaker_mention.as_ref() else {
            continue;
        };
        let Some(si) = doc.sentence_at(m.start) else {
            continue;
        };
        let lw = lower_cow(&m.text);
        if lw == "they" {
            match &mut prev {
                Some((ps, id, e, end)) if si <= *ps + 1 && m.start >= *end => {
                    if q.speaker != *e {
                        q.record.speaker = id.clone();
                        q.speaker = *e;
                        q.record.about.retain(|a| Some(a) != id.as_ref());
                    }
                    *ps = si;
                    *end = q.content.end.max(m.end);
                }
                // (A "they" no one was found for goes on in the "they" after it: `..., they
                // said. [a body named] ..., they added.`)
                _ => {
                    prev = q
                        .speaker
                        .is_none()
                        .then(|| (si, None, None, q.content.end.max(m.end)))
                }
            }
            continue;
        }
        // The last word, or the head before the body it speaks for (`officials at the
        // ministry`, `sources close to the talks`).
        let head = lw
            .split([' ', '\n'])
            .take_while(|w| !matches!(*w, "for" | "of" | "at" | "with" | "in" | "close"))
            .last()
            .unwrap_or("");
        let person = q
            .speaker
            .is_some_and(|e| doc.res.entities[e].kind == EntityKind::Person);
        prev = (UNNAMED_MANY.contains(&head) && !person).then(|| {
            let end = q.content.end.max(m.end);
            (si, q.record.speaker.clone(), q.speaker, end)
        });
    }
}

/// True when entity `e` is mentioned, or quoted (its quote's content starting at `quoted`),
/// in the sentence before `pos` or earlier in its own.
fn named_since_last_sentence(doc: &Doc<'_>, pos: usize, e: usize, quoted: usize) -> bool {
    let from = doc
        .sentence_at(pos)
        .map_or(pos, |i| doc.sentences[i.saturating_sub(1)].span.start);
    if quoted >= from {
        return true;
    }
    let upto = doc.mentions.partition_point(|m| m.span.start < pos);
    (0..upto)
        .rev()
        .take_while(|&k| doc.mentions[k].span.start >= from)
        .any(|k| doc.res.entity_of[k] == Some(e))
}

/// A title with its abbreviation written out (`Sen.` is "senator", `Gov.` "governor").
fn unabbreviated(title: &str) -> String {
    let t = title.to_lowercase();
    let full = match t.trim_end_matches('.') {
        "sen" => "senator",
        "sens" => "senators",
        "gov" => "governor",
        "govs" => "governors",
        "rep" => "representative",
        "reps" => "representatives",
        "gen" => "general",
        "pres" => "president",
        _ => return t,
    };
    full.to_string()
}

/// True for a form of address rather than an office (`Mr`, `Dr.`, `Sir`).
fn honorific(title: &str) -> bool {
    matches!(
        lower_cow(title.trim_end_matches('.')).as_ref(),
        "mr" | "mrs" | "ms" | "miss" | "dr" | "sir" | "dame" | "lord" | "lady"
    )
}

/// True when `m` is a bare title after "the" (`The chancellor`, `the secretary-general`,
/// `the Vermont senator`), naming no one; a spokesman or official is no such title (see
/// [`SPOKES`]).
fn bare_title(doc: &Doc<'_>, m: Span) -> bool {
    let text = doc.text;
    let w = lower_cow(m.slice(text));
    if SPOKES.contains(&w.as_ref()) || !doc.pipeline.recognizer.is_title(&w) {
        return false;
    }
    // `secretary-general`: the word before the hyphen is part of the title.
    let before = match text[..m.start].strip_suffix('-') {
        Some(b) => b.trim_end_matches(char::is_alphabetic),
        None => &text[..m.start],
    };
    // At most two capitalised words between that name a place or nothing (`the Vermont
    // senator`), not a body (`the Daily Courier editor` is that paper's).
    let mut end = before.trim_end().len();
    for _ in 0..3 {
        let head = &before[..end];
        let start = head.rfind(char::is_whitespace).map_or(0, |i| i + 1);
        let x = &head[start..];
        if x.eq_ignore_ascii_case("the") {
            return true;
        }
        let place = doc
            .mention_covering(start)
            .is_none_or(|k| matches!(doc.kind(k), EntityKind::Location | EntityKind::Country));
        if x.is_empty()
            || !x.starts_with(char::is_uppercase)
            || !x.chars().all(char::is_alphabetic)
            || !place
        {
            return false;
        }
        end = head[..start].trim_end().len();
    }
    false
}

/// One utterance interrupted by its attribution (`"A," she said. "B."`, `"A," she said, "B."`)
/// is one quote: its content runs from the first piece to the last, attribution included.
/// The second piece joins when it is a direct quote on the same line with no cue of its own
/// (or the same cue) and only the first piece's attribution stands between them.
fn merge_interrupted(doc: &Doc<'_>, quotes: Vec<QuoteOut>) -> Vec<QuoteOut> {
    let text = doc.text;
    let mut out: Vec<QuoteOut> = Vec::with_capacity(quotes.len());
    for q in quotes {
        if let Some(p) = out.last_mut().filter(|p| {
            p.record.direct
                && q.record.direct
                && p.content.end <= q.content.start
                && p.record.speaker_mention.is_some()
                && (q.record.cue.is_none() || q.record.cue == p.record.cue)
                && q.record.speaker == p.record.speaker
        }) {
            let gap = &text[p.content.end..q.content.start];
            let mention = p.record.speaker_mention.as_ref();
            let cue_between = p
                .record
                .cue
                .as_ref()
                .is_some_and(|c| c.start >= p.content.end && c.end <= q.content.start);
            let mention_between =
                mention.is_some_and(|m| m.start >= p.content.end && m.end <= q.content.start);
            if !gap.contains('\n')
                && cue_between
                && mention_between
                && gap.split_whitespace().count() <= 12
            {
                p.content = Span::new(p.content.start, q.content.end);
                p.record.content = doc.article.evidence(p.content);
                for a in q.record.about {
                    if !p.record.about.contains(&a) {
                        p.record.about.push(a);
                    }
                }
                p.record.about.sort();
                if p.record.date.is_none() {
                    p.record.date = q.record.date;
                }
                continue;
            }
        }
        out.push(q);
    }
    out
}

/// Words that label a line without naming a speaker (`Update: ...`, `Photo: ...`).
const NOT_SPEAKERS: &[&str] = &[
    "update",
    "note",
    "editor",
    "editors",
    "photo",
    "photos",
    "video",
    "watch",
    "read",
    "related",
    "source",
    "sources",
    "correction",
    "caption",
    "credit",
    "image",
    "listen",
    "advertisement",
    "see",
    "also",
    "more",
    "click",
    "here",
    "subscribe",
    "follow",
    "share",
    "tags",
    "filed",
    "posted",
    "published",
    "updated",
    "by",
    "q",
    "question",
    "answer",
];

/// A line `Name: what they said` (a headline or a transcript turn): the speaker is the one
/// to five capitalised words opening the line, the content the rest of the line.
fn colon_line(doc: &Doc<'_>, line: Span, quotes: &[QuoteOut]) -> Option<QuoteOut> {
    let text = doc.text;
    // A transcript turn may open with the quote mark of a quoted passage: `"PENCE: Well,`.
    let raw = line.slice(text);
    let skip = raw.len() - raw.trim_start_matches(['"', '\u{201c}']).len();
    let line = Span::new(line.start + skip, line.end);
    let l = line.slice(text);
    let colon = l.find(':')?;
    let head = &l[..colon];
    // Its words as written: a Title Case headline read as prose
    // ([`crate::headline::fold_headline`]) keeps its capitals in the article's own text.
    let written = doc
        .article
        .text
        .get(line.start..line.start + colon)
        .unwrap_or(head);
    let words: Vec<&str> = written.split_whitespace().collect();
    if words.is_empty()
        || words.len() > 5
        || !words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) || matches!(*w, "of" | "the"))
        || words.iter().any(|w| {
            NOT_SPEAKERS.contains(&w.trim_end_matches(['\'', '’', 's']).to_lowercase().as_str())
        })
        || head.contains(|c: char| c.is_ascii_digit() || "\"“”'‘’([".contains(c))
    {
        return None;
    }
    let content = trim(text, Span::new(line.start + colon + 1, line.end));
    let content = Span::new(
        content.start,
        strip_final_punct(text, content).max(content.start),
    );
    // A speaker label in capitals (`WALLACE:`) marks a transcript turn, whatever quote marks
    // around it made of the paragraph.
    let label = head.chars().any(char::is_alphabetic)
        && head
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '\''));
    if content.slice(text).split_whitespace().nth(2).is_none()
        || !label
            && quotes
                .iter()
                .any(|q| q.content.start < content.end && content.start < q.content.end)
    {
        return None;
    }
    let cue = Span::new(line.start + colon, line.start + colon + 1);
    let hs = trim(text, Span::new(line.start, line.start + colon));
    let speaker = doc
        .mentions_in(hs)
        .into_iter()
        .rev()
        .find(|&k| {
            matches!(
                doc.kind(k),
                EntityKind::Person | EntityKind::Organization | EntityKind::Country
            )
        })
        .map(|k| Speaker {
            mention: doc.mentions[k].span,
            entity: doc.res.entity_of[k],
        })
        // `PENCE:`: the person of that surname named in the article.
        .or_else(|| {
            let last = hs.slice(text).split_whitespace().last()?;
            let e = label
                .then(|| {
                    let mut found = doc.res.entities.iter().enumerate().filter(|(_, e)| {
                        e.kind == EntityKind::Person
                            && e.name
                                .split_whitespace()
                                .last()
                                .is_some_and(|w| w.to_uppercase() == last)
                    });
                    let one = found.next()?;
                    found.next().is_none().then_some(one.0)
                })
                .flatten()?;
            Some(Speaker {
                mention: hs,
                entity: Some(e),
            })
        })
        // No entity (`JOHNSON:`, `Poll:`): the words themselves.
        .unwrap_or(Speaker {
            mention: hs,
            entity: None,
        });
    let mut v = Vec::new();
    push_indirect(doc, &mut v, content, cue, Some(speaker), None);
    v.pop()
}

/// The last attributed quote: (paragraph, speaker id, speaker entity, speaker mention).
type LastSpeaker = (
    usize,
    Option<String>,
    Option<usize>,
    Option<crate::model::Evidence>,
);

/// Verbs that take a bare clause: `X said CLAUSE` without "that".
const BARE_CLAUSE: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "telling",
    "added",
    "adds",
    "wrote",
    "writes",
    "argued",
    "argues",
    "noted",
    "notes",
    "claimed",
    "claims",
    "insisted",
    "insists",
    "explained",
    "stated",
    "warned",
    "warns",
    "predicted",
    "acknowledged",
    "conceded",
    "suggested",
    "suggests",
    "admitted",
    "contended",
    "maintained",
    "recalled",
    "reported",
    "reports",
    "tweeted",
    "declared",
    "asserted",
    "countered",
    "replied",
    "responded",
];

/// [`BARE_CLAUSE`] as a set: tested on every word of an attributed clause.
static BARE_CLAUSE_SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| BARE_CLAUSE.iter().copied().collect());

/// True for a verb of [`BARE_CLAUSE`] (`w` lower case).
fn is_bare_clause(w: &str) -> bool {
    BARE_CLAUSE_SET.contains(w)
}

/// After the hearer of `told`, its programme or publication is part of the hearer too:
/// `told BBC Radio 4's Today programme CLAUSE`, `told the BBC's Newsnight programme CLAUSE`.
/// `j` is the first word after the hearer; the answer is the first word after the
/// programme, or `j` when no possessive and media noun follow.
fn past_hearers_programme(text: &str, ws: &[Span], j: usize) -> usize {
    let possessive = |k: usize| {
        ws.get(k)
            .is_some_and(|w| w.slice(text).ends_with("'s") || w.slice(text).ends_with("’s"))
    };
    let mut k = j;
    if possessive(k) {
        k += 1;
    } else if !(j > 0 && possessive(j - 1)) {
        return j;
    }
    k += capitalised_run(text, ws, k);
    if is_medium(text, ws, k) { k + 1 } else { j }
}

/// `told The Star-Ledger of Newark last week she`, `told the House budget committee the
/// government`: the last word of a hearer the recogniser did not name, which opens at `ws[j]`
/// with `run` capitalised words (two to four, up to a person's name or a form of address,
/// which open the clause: `told the Times Mr Campbell would`), then perhaps "of" and a town,
/// then perhaps lower-case nouns of a body or an occasion ("subcommittee hearing"). `None`
/// when no such hearer stands there.
fn unnamed_hearer_end(doc: &Doc<'_>, ws: &[Span], j: usize, run: usize) -> Option<usize> {
    let text = doc.text;
    let clause_opener = |i: usize| {
        ws.get(i).is_some_and(|w| {
            matches!(
                w.slice(text),
                "Mr" | "Mrs" | "Ms" | "Dr" | "Mr." | "Mrs." | "Ms." | "Dr."
            ) || doc
                .mention_covering(w.start)
                .is_some_and(|k| doc.kind(k) == EntityKind::Person)
        })
    };
    let run = (1..run).find(|&i| clause_opener(j + i)).unwrap_or(run);
    if !(2..=4).contains(&run) {
        return None;
    }
    // (`told the Senate Reagan's decision was`: a possessive opens the clause's subject, and
    // where its name begins is not known.)
    let last_word = ws[j + run - 1].slice(text);
    if last_word.ends_with("'s") || last_word.ends_with("’s") {
        return None;
    }
    let mut last = j + run - 1;
    // Its bracketed acronym or gloss: "London Metal Exchange (LME)", "Supreme Soviet
    // (parliament)".
    if let Some(n) = ws.get(last + 1) {
        let between = &text[ws[last].end..n.start];
        if between.trim() == "(" && text[n.end..].starts_with(')') {
            last += 1;
        }
    }
    if ws.get(last + 1).is_some_and(|w| w.slice(text) == "of") {
        let town = capitalised_run(text, ws, last + 2);
        if (1..=2).contains(&town) && !clause_opener(last + 2) {
            last += 1 + town;
        }
    }
    while ws
        .get(last + 1)
        .is_some_and(|w| HEARER_NOUNS.contains(&w.slice(text)))
    {
        last += 1;
    }
    Some(last)
}

/// Lower-case nouns that close the name of a body or an occasion one is told something at.
const HEARER_NOUNS: &[&str] = &[
    "committee",
    "subcommittee",
    "sub-committee",
    "panel",
    "hearing",
    "conference",
    "luncheon",
    "lunch",
    "meeting",
    "session",
    "forum",
    "breakfast",
    "dinner",
    "audience",
    "gathering",
    "summit",
    "seminar",
    "symposium",
    "convention",
];

/// How many capitalised words run from `ws[j]` on (a name or a title: "BBC News").
fn capitalised_run(text: &str, ws: &[Span], j: usize) -> usize {
    ws.get(j..).map_or(0, |rest| {
        rest.iter()
            .take_while(|w| w.slice(text).starts_with(|c: char| c.is_uppercase()))
            .count()
    })
}

/// Is `ws[i]` one of [`MEDIA_NOUNS`] ("programme", "website")?
fn is_medium(text: &str, ws: &[Span], i: usize) -> bool {
    ws.get(i)
        .is_some_and(|w| MEDIA_NOUNS.contains(&lower_cow(w.slice(text)).as_ref()))
}

/// Nouns that close the name of a programme or publication after its owner's possessive.
const MEDIA_NOUNS: &[&str] = &[
    "programme",
    "program",
    "show",
    "newspaper",
    "paper",
    "magazine",
    "website",
    "channel",
    "station",
    "podcast",
    "bulletin",
    "broadcast",
    "network",
];

/// Verbs whose first object is the hearer: `X told reporters CLAUSE`.
const TELL: &[&str] = &[
    "told", "tells", "tell", "telling", "warned", "assured", "reminded",
];
/// Words between a verb and its clause that belong to neither (`said Tuesday`, `said last week`).
/// Day names count too (see [`skip_after`]).
const SKIP_AFTER: &[&str] = &[
    "on",
    "yesterday",
    "today",
    "tonight",
    "earlier",
    "later",
    "last",
    "this",
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "previously",
    "also",
    "recently",
    "again",
    "repeatedly",
    "privately",
    "publicly",
    "flatly",
    "then",
    "now",
];

/// True when `ws[j]` opens a possessive time phrase that is the reported clause's subject
/// (`said this year's increases will ...`, `said last week's talks had failed`), not a time
/// adverb to pass over (`said this week that ...`).
fn time_possessive(text: &str, ws: &[Span], j: usize) -> bool {
    matches!(lower_cow(ws[j].slice(text)).as_ref(), "this" | "last")
        && ws.get(j + 1).is_some_and(|n| {
            let after = &text[n.end..];
            n.slice(text).ends_with("'s")
                || n.slice(text).ends_with("’s")
                || after.starts_with("'s")
                || after.starts_with("’s")
        })
}

/// A word between a verb and its clause ([`SKIP_AFTER`] or a day name).
fn skip_after(w: &str) -> bool {
    SKIP_AFTER.contains(&w) || crate::text::WEEKDAY_NAMES.contains(&w)
}
/// Words before a verb that make it passive (`was called`) or not the subject's act.
const PASSIVE: &[&str] = &[
    "was", "were", "is", "are", "be", "been", "being", "get", "got",
];
/// Words before an object-taking verb that show it has no subject of its own: an infinitive
/// (`able to defend`), a gerund after a preposition (`by calling for`), a noun (`military support`).
const NOT_SUBJECT: &[&str] = &[
    "to",
    "by",
    "of",
    "for",
    "from",
    "without",
    "military",
    "political",
    "public",
];
/// Cue words that are more often nouns than verbs in news text.
const NOUN_FIRST: &[&str] = &["state", "states"];

/// A word after which a verb can follow: a subject pronoun, a relative, an auxiliary, an
/// adverb, "to", a conjunction.
fn verb_context(p: &str) -> bool {
    matches!(
        p,
        "he" | "she"
            | "they"
            | "it"
            | "we"
            | "i"
            | "you"
            | "who"
            | "which"
            | "that"
            | "to"
            | "and"
            | "or"
            | "but"
            | "also"
            | "not"
            | "never"
    ) || AUX.contains(&p)
        || FINITE_AUX.contains(&p)
        || p.ends_with("n't")
        || p.ends_with("n’t")
        || (p.ends_with("ly") && p.len() > 4)
}

/// A participle: an -ed or -ing form or an irregular past participle (`Smith's said`, `she's told`).
fn participle(w: &str) -> bool {
    w.ends_with("ed")
        || w.ends_with("ing")
        || matches!(
            w,
            "said"
                | "told"
                | "written"
                | "shown"
                | "given"
                | "made"
                | "thought"
                | "spoken"
                | "put"
                | "taken"
                | "known"
                | "found"
                | "held"
                | "led"
                | "sought"
                | "brought"
        )
}

/// Pronouns and words whose "'s" is "is" or "has", not a possessive.
const S_CONTRACTIONS: &[&str] = &[
    "he", "she", "it", "that", "there", "what", "who", "here", "let", "where", "how", "this",
];

/// True when the word at `pos` follows a possessive (`Smith's`, `the party’s`).
fn after_possessive(text: &str, pos: usize) -> bool {
    let before = text[..pos].trim_end();
    let Some(head) = before
        .strip_suffix("'s")
        .or_else(|| before.strip_suffix("’s"))
    else {
        return false;
    };
    let owner = head
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    !owner.is_empty() && !S_CONTRACTIONS.contains(&lower_cow(owner).as_ref())
}

/// Prepositions after which a cue word that is no gerund is a noun (`an increase in demand`).
const NOUN_PREPS: &[&str] = &["in", "on", "at", "into", "under", "without"];
/// Words after a noun cue that give what was said (`in hopes that`, `in support of`).
const NOUN_COMPLEMENT: &[&str] = &["that", "of", "for", "to", "about", "on", "against"];
/// Forms of "take" and "make", after which a cue word is their object (`took charge`).
const LIGHT_VERBS: &[&str] = &[
    "take", "takes", "took", "taken", "taking", "make", "makes", "made", "making",
];
/// Finite verbs after which the word before them is their subject, not a verb
/// (`consumer demand is cooling`).
const SUBJECT_OF: &[&str] = &[
    "is", "was", "are", "were", "has", "had", "will", "would", "remains", "remained",
];

/// True when the cue word `ws[wi]` (lower case `lw`, after `prev`) reads as a noun or as part
/// of a name: capitalised after a capitalised word that names nothing and before a
/// lower-case one (`the Motor Show in Geneva`, not a headline's `Jo Smith Refuses to Go`); when it is no participle, after a
/// preposition with no complement after it (`an increase in demand and`, not `in hopes
/// that`), after "take"/"make" (`took charge`), or after a lower-case word as the subject of
/// a finite verb after it (`consumer demand is cooling`).
fn noun_reading(doc: &Doc<'_>, ws: &[Span], wi: usize, lw: &str, prev: Option<&str>) -> bool {
    let Some(prev) = prev else {
        return false;
    };
    let text = doc.text;
    let w = ws[wi].slice(text);
    let joined = text[ws[wi - 1].end..ws[wi].start].trim().is_empty();
    let next = ws
        .get(wi + 1)
        .filter(|n| text[ws[wi].end..n.start].trim().is_empty());
    if joined
        && w.starts_with(char::is_uppercase)
        && ws[wi - 1].slice(text).starts_with(char::is_uppercase)
        && doc.mention_covering(ws[wi - 1].start).is_none()
        && next.is_some_and(|n| n.slice(text).starts_with(char::is_lowercase))
    {
        return true;
    }
    if participle(lw) || !joined {
        return false;
    }
    let next = next.map(|n| lower_cow(n.slice(text)));
    if LIGHT_VERBS.contains(&prev) && next.as_deref() != Some("that")
        || NOUN_PREPS.contains(&prev)
            && !next
                .as_deref()
                .is_some_and(|n| NOUN_COMPLEMENT.contains(&n))
    {
        return true;
    }
    next.is_some_and(|n| SUBJECT_OF.contains(&n.as_ref()))
        && ws[wi - 1].slice(text).starts_with(char::is_lowercase)
        && !verb_context(prev)
        && !PRONOUNS.iter().any(|p| p.eq_ignore_ascii_case(prev))
        && !matches!(prev, "i" | "we" | "you" | "what")
}

/// True when the words after cue `ws[wi]` (lower-cased `lw`) make it a noun: "to the
/// contrary" (`despite claims to the contrary`), or a past participle after a plural cue noun
/// (`claims made in his book`, `reports published on Monday`).
fn noun_by_next(text: &str, ws: &[Span], wi: usize, lw: &str) -> bool {
    let word = |i: usize| ws.get(wi + i).map(|w| lower_cow(w.slice(text)));
    let next = word(1);
    if next.as_deref() == Some("to")
        && word(2).as_deref() == Some("the")
        && word(3).as_deref() == Some("contrary")
    {
        return true;
    }
    // `pledged delegates`: an adjective. `the conservative news show of record`, `his radio
    // show on Sirius XM`, `show up in a primary`: a programme or a phrasal verb, not a finding.
    let after_show = || {
        let gap = ws.get(wi + 1).map(|n| &text[ws[wi].end..n.start]);
        gap.is_none_or(|g| g.contains(['.', ',', '"', '“', '”', ';', ':', '(']))
            || next.as_deref().is_some_and(|n| {
                matches!(
                    n,
                    // (Not "in" or "about": `show in detail how`, `shows about a third`.)
                    "up" | "off" | "of" | "on" | "at" | "host" | "hosts" | "and" | "with" | "for"
                )
            })
    };
    if lw == "pledged" && matches!(next.as_deref(), Some("delegates" | "delegate"))
        || matches!(lw, "show" | "shows") && after_show()
    {
        return true;
    }
    // (`the claims made on Monday by X that he could ...` still report X's words.)
    lw.ends_with('s')
        && NOUN_CUES.contains(&lw)
        && !(2..10).any(|i| word(i).as_deref() == Some("that"))
        && next.as_deref().is_some_and(|n| {
            matches!(
                n,
                "made"
                    | "published"
                    | "contained"
                    | "carried"
                    | "aired"
                    | "printed"
                    | "levelled"
                    | "leveled"
                    | "circulating"
                    | "issued"
            )
        })
}

/// Adjectives that only go with a noun: `full support`, `a growing demand`.
const NOUN_ADJECTIVES: &[&str] = &[
    "full",
    "huge",
    "strong",
    "broad",
    "widespread",
    "popular",
    "overwhelming",
    "growing",
    "fresh",
    "latest",
    "wide",
    "massive",
    "considerable",
    "tacit",
    "financial",
    "military",
];

/// Cue words that are also nouns (`a wake-up call`, `strong demand`, `full support`).
const NOUN_CUES: &[&str] = &[
    "call",
    "calls",
    "show",
    "shows",
    "note",
    "notes",
    "demand",
    "demands",
    "support",
    "supports",
    "report",
    "reports",
    "promise",
    "promises",
    "fear",
    "fears",
    "claim",
    "claims",
    "point",
    "points",
    "forecast",
    "forecasts",
    "warning",
    "warnings",
    "pledge",
    "pledges",
    "request",
    "requests",
    "appeal",
    "appeals",
    "concern",
    "concerns",
    "estimate",
    "estimates",
];

/// `rising demand for fuel`, `held talks about a deal`: "demand(s)" before "for" is a market's
/// demand unless a possessive names whose it is (`the union's demand for`, `their demands
/// for`); "talks" after "in", "of" or a form of "hold" is a meeting.
fn market_or_meeting_noun(
    doc: &Doc<'_>,
    ws: &[Span],
    wi: usize,
    lw: &str,
    prev: Option<&str>,
) -> bool {
    match lw {
        "demand" | "demands" => {
            ws.get(wi + 1).is_some_and(|n| n.slice(doc.text) == "for")
                && !prev.is_some_and(|p| {
                    matches!(p, "his" | "her" | "its" | "their" | "our" | "my" | "your")
                })
                && !after_possessive(doc.text, ws[wi].start)
        }
        "talks" => {
            prev.is_some_and(|p| matches!(p, "in" | "of" | "hold" | "holds" | "held" | "holding"))
        }
        _ => false,
    }
}

/// Nouns for figures, not words: `according to official figures` attributes statistics.
const STATISTICS: &[&str] = &["figures", "statistics", "data", "estimates", "numbers"];

/// True when the source after "according to" (`rest`) is figures: one of [`STATISTICS`]
/// among its first four words (`official figures`, `Commerce Department data`, `figures
/// released by X`).
fn statistics_source(text: &str, rest: Span) -> bool {
    rest.slice(text)
        .split_whitespace()
        .take(4)
        .any(|w| STATISTICS.contains(&lower_cow(w.trim_end_matches(['.', ',', ';'])).as_ref()))
}

/// True when cue word `wi` of `ws` is no verb: the second half of a hyphenated word
/// (`well-known`, `so-called`), or a word that is also a noun right after a lower-case
/// hyphenated word (`a wake-up call`, `medium-term notes`) or after an adjective that only
/// goes with a noun (`full support for`, `has huge support in`).
fn adjective_before(text: &str, ws: &[Span], wi: usize) -> bool {
    let w = ws[wi];
    let before = &text[..w.start];
    if before.ends_with('-') && before[..before.len() - 1].ends_with(char::is_alphabetic) {
        return true;
    }
    let Some(p) = wi.checked_sub(1).map(|i| ws[i]) else {
        return false;
    };
    if text[p.end..w.start] != *" " || !NOUN_CUES.contains(&lower_cow(w.slice(text)).as_ref()) {
        return false;
    }
    // The whole word before, across its hyphens (`wake-up`, not just `up`).
    let start = text[..p.end]
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '-'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let pw = &text[start..p.end];
    let hyphenated = pw.contains('-') && pw.chars().all(|c| c.is_ascii_lowercase() || c == '-');
    // (Capitalised only when it opens the sentence: `Full support for X is ...`.)
    let adjective = NOUN_ADJECTIVES.contains(&pw)
        || wi == 1 && NOUN_ADJECTIVES.contains(&pw.to_ascii_lowercase().as_str());
    // `won the first show`, `his last call`: an ordinal after a determiner ("he first said"
    // and "she last called" are verbs).
    let ordinal = matches!(
        pw,
        "first" | "second" | "third" | "last" | "final" | "next" | "new" | "previous" | "latest"
    ) && wi >= 2
        && text[ws[wi - 2].end..p.start] == *" "
        && matches!(
            lower_cow(ws[wi - 2].slice(text)).as_ref(),
            "the"
                | "a"
                | "an"
                | "this"
                | "that"
                | "his"
                | "her"
                | "its"
                | "their"
                | "our"
                | "my"
                | "your"
        );
    hyphenated || adjective || ordinal
}

/// Nouns that "call" qualifies (`call centres`, `call options`): "call" is then a noun.
const CALL_COMPOUNDS: &[&str] = &[
    "centre",
    "centres",
    "center",
    "centers",
    "option",
    "options",
    "money",
    "rate",
    "rates",
    "loan",
    "loans",
    "provision",
    "provisions",
    "feature",
    "features",
    "price",
    "prices",
    "barring",
    "volume",
    "volumes",
    "resolution",
    "charges",
    "handling",
    "box",
    "boxes",
    "sign",
    "signs",
    "worker",
    "workers",
    "agent",
    "agents",
    "premium",
    "premiums",
    "protection",
    "date",
    "dates",
    "waiting",
    "forwarding",
    "record",
    "records",
];

/// Words after "call(s)" that make it a noun: where a telephone call goes or how (`free calls
/// to landlines`, `calls via the net`, `calls made from`).
const AFTER_CALL_NOUN: &[&str] = &[
    "to", "from", "via", "over", "between", "per", "anywhere", "made", "while", "and", "or",
];

/// True when cue word `wi` of `ws` ("call", "calls", "called", lower case `lw`) reports no
/// words: a noun (`call centres`, `cheap calls to landlines`), or "called" giving a name after
/// an indefinite noun phrase or a comma (`a robot called Kimbo`, `its tool, called Pixlo,`).
fn call_not_speech(doc: &Doc<'_>, ws: &[Span], wi: usize, lw: &str) -> bool {
    let text = doc.text;
    let next = ws
        .get(wi + 1)
        .filter(|n| text[ws[wi].end..n.start].trim().is_empty());
    match lw {
        "call" | "calls" => next.is_some_and(|n| {
            let ln = doc.lower_at(*n);
            // (`calls to resign` asks for something; `calls to the office`, `calls to
            // mobiles`, `calls to Jo Smith` go somewhere.)
            let infinitive = ln == "to"
                && ws.get(wi + 2).is_some_and(|v| {
                    let lv = doc.lower_at(*v);
                    v.slice(text).starts_with(char::is_lowercase)
                        && !DETERMINERS.contains(&lv.as_ref())
                        && !matches!(lv.as_ref(), "any" | "other" | "another" | "all")
                        && (!lv.ends_with('s') || lv.ends_with("ss"))
                });
            CALL_COMPOUNDS.contains(&ln.as_ref())
                || AFTER_CALL_NOUN.contains(&ln.as_ref()) && !infinitive
        }),
        "called" => {
            let name_next = next.is_some_and(|n| {
                n.slice(text).starts_with(char::is_uppercase)
                    || text[ws[wi].end..n.start].contains(['"', '“', '\''])
            });
            if !name_next || wi == 0 {
                return false;
            }
            let gap = &text[ws[wi - 1].end..ws[wi].start];
            let lower = |w: Span| w.slice(text).starts_with(char::is_lowercase);
            // (`An analyst called Acme's plan weak`, `a spokesman called Jo Smith a liar`:
            // a person speaks of the name; not a name given.)
            let prev_word = doc.lower_at(ws[wi - 1]);
            if doc.pipeline.recognizer.is_title(&prev_word)
                || UNNAMED_ONE.contains(&prev_word.as_ref())
                || text[ws[wi].end..]
                    .split([',', '.', ';', ':', '(', ')'])
                    .next()
                    .is_some_and(|t| t.contains("'s ") || t.contains("’s "))
            {
                return false;
            }
            if gap.trim() == "," {
                // `its tool, called Pixlo, finds`: a lower-case noun before the comma and one
                // to four capitalised words up to the next comma (not `X, an aide to the
                // campaign, called Friday for ...`); `..., called The Rise Of Jo Lee.`: up to
                // seven capitalised words ending the sentence.
                let name = text[ws[wi].end..].split([',', ')']).next().unwrap_or("");
                let words: Vec<&str> = name.split_whitespace().collect();
                let capitalised = |words: &[&str]| {
                    words
                        .iter()
                        .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
                };
                let end_name = text[ws[wi].end..]
                    .split(['.', '!', '?'])
                    .next()
                    .unwrap_or("");
                let end_words: Vec<&str> = end_name.split_whitespace().collect();
                if !end_name.contains([',', ')', ';', ':', '"', '“'])
                    && (1..=7).contains(&end_words.len())
                    && capitalised(&end_words)
                    && end_words.last().is_some_and(|w| w.len() > 1)
                {
                    return true;
                }
                return lower(ws[wi - 1])
                    && !doc.pipeline.extractor.is_reporting(&prev_word)
                    && (1..=4).contains(&words.len())
                    && capitalised(&words)
                    && text[ws[wi].end..].contains(',');
            }
            if !gap.trim().is_empty() {
                return false;
            }
            // `a (new) robot called Kimbo`: "a"/"an", then one to three lower-case words.
            (1..=3).any(|back| {
                wi > back
                    && matches!(doc.lower_at(ws[wi - back - 1]).as_ref(), "a" | "an")
                    && (wi - back..wi).all(|i| {
                        lower(ws[i])
                            && text[ws[i - 1].end..ws[i].start].trim().is_empty()
                            && !AUX.contains(&doc.lower_at(ws[i]).as_ref())
                    })
            })
        }
        _ => false,
    }
}

/// `a report`, `the new study`: a document standing for its unnamed author.
fn report_phrase(m: &str) -> bool {
    let mut ws = m.split_whitespace();
    let first = ws.next().unwrap_or("").to_ascii_lowercase();
    let rest: Vec<&str> = ws.collect();
    matches!(first.as_str(), "a" | "the")
        && matches!(rest.as_slice(), [n] | ["new", n] | ["latest", n]
            if matches!(*n, "report" | "study" | "survey" | "review"))
}

/// Words after "declined" that make it a refusal (`declined to`, `declined comment`,
/// `declined an interview`), not a fall (`declined 3 percent`, `declined sharply`).
const DECLINED_WHAT: &[&str] = &[
    "to",
    "comment",
    "comments",
    "a",
    "an",
    "the",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "multiple",
    "several",
    "numerous",
    "repeated",
    "further",
    "any",
    "all",
    "that",
    "this",
    "requests",
    "request",
    "interview",
    "interviews",
    "invitation",
    "invitations",
    "offer",
    "offers",
    "for",
];

/// True when the "decline" word at `wi` turns something down (see [`DECLINED_WHAT`]): the
/// next word, unbroken by punctuation, is one of those words or a capitalised name.
/// True when the "charge" at word `wi` reports words: `charge(s) that ...`; or "charged" or
/// "charging" not after a form of "be" or "get" and followed by "that" within six words
/// (no "with", "of", "for", amount or verb before it: `charged at the meeting that`), or
/// by the comma or full stop closing the clause it attributes (`..., two senators charged.`).
fn charges_that(doc: &Doc<'_>, ws: &[Span], wi: usize) -> bool {
    let text = doc.text;
    let lw = doc.lower_at(ws[wi]);
    let next_that = ws
        .get(wi + 1)
        .is_some_and(|n| doc.lower_at(*n) == "that" && text[ws[wi].end..n.start].trim().is_empty());
    if next_that {
        return true;
    }
    if !matches!(lw.as_ref(), "charged" | "charging") {
        return false;
    }
    let passive = wi > 0
        && matches!(
            doc.lower_at(ws[wi - 1]).as_ref(),
            "was" | "were" | "been" | "be" | "being" | "is" | "are" | "get" | "got" | "gets"
        );
    if passive {
        return false;
    }
    if text[ws[wi].end..].trim_start().starts_with(['.', ',']) {
        return true;
    }
    for n in ws.iter().skip(wi + 1).take(6) {
        let ln = doc.lower_at(*n);
        match ln.as_ref() {
            "that" => return true,
            "with" | "of" | "for" | "against" | "over" | "more" | "less" | "than" => return false,
            w if w.starts_with(|c: char| c.is_ascii_digit())
                || FINITE_AUX.contains(&w)
                || doc.pipeline.extractor.is_reporting(w) =>
            {
                return false;
            }
            _ => {}
        }
    }
    false
}

fn declines_something(text: &str, ws: &[Span], wi: usize) -> bool {
    let Some(n) = ws.get(wi + 1) else {
        return false;
    };
    if !text[ws[wi].end..n.start].trim().is_empty() {
        return false;
    }
    let w = n.slice(text);
    w.starts_with(|c: char| c.is_uppercase()) || DECLINED_WHAT.contains(&lower_cow(w).as_ref())
}

/// Heads of a company's results (`reported a net loss of 3 mln dlrs`, `reported first
/// quarter earnings of 40 cts`): figures, not someone's words.
const RESULT_NOUNS: &[&str] = &[
    "loss", "losses", "profit", "profits", "earnings", "net", "income", "revenue", "revenues",
    "sales", "deficit", "surplus", "turnover", "results",
];

/// True when the cue at `ws[wi]` has no proposition for content: "add" before the
/// preposition "to" (`added to the decline`); a participle after a number, an adjective
/// (`300 pledged delegates`); "consider" passive or after "to" or a modal before a noun
/// phrase (`is considered a key state`, `will consider the plan`); "report" before a company's
/// results with no clause (`reported a net loss of 3 mln dlrs`, not `reported sales rose`).
fn no_proposition(text: &str, ws: &[Span], wi: usize, lw: &str, prev: Option<&str>) -> bool {
    let next = |i: usize| {
        ws.get(wi + i)
            .filter(|n| text[ws[wi + i - 1].end..n.start].trim().is_empty())
            .map(|n| lower_cow(n.slice(text)))
    };
    let n1 = next(1);
    let n1 = n1.as_deref();
    if lw.starts_with("add") && n1 == Some("to") {
        return true;
    }
    if lw.ends_with("ed")
        && wi > 0
        && text[ws[wi - 1].end..ws[wi].start].trim().is_empty()
        && prev.is_some_and(|p| p.starts_with(|c: char| c.is_ascii_digit()))
        && n1.is_some_and(|n| {
            n.len() > 3
                && n.ends_with('s')
                && n.bytes().all(|b| b.is_ascii_lowercase())
                && !matches!(n, "this" | "was" | "does" | "has")
        })
    {
        return true;
    }
    if lw.starts_with("consider") {
        // Passive (`is widely considered a key state`) or a plan not yet weighed (`met to
        // consider the bill`, `will consider a package`); `X considered the deal as a sign
        // of Y` stays.
        let passive = prev.is_some_and(|p| {
            matches!(p, "is" | "are" | "was" | "were" | "be" | "been" | "being")
                || (p.ends_with("ly") && ws[wi - 1].slice(text).starts_with(char::is_lowercase))
        });
        let unweighed = prev.is_some_and(|p| {
            matches!(
                p,
                "to" | "will" | "would" | "could" | "might" | "may" | "should" | "must" | "can"
            )
        }) && n1.is_some_and(|n| DETERMINERS.contains(&n));
        return passive || unweighed;
    }
    if lw.starts_with("report") {
        // Up to four modifiers (`a`, `1986`, `first quarter`, `pretax`) before the head.
        for i in 1..=5 {
            let Some(w) = next(i) else { return false };
            let after = next(i + 1);
            // `net loss`, `net income`: the head is the second noun.
            let head = RESULT_NOUNS.contains(&w.as_ref())
                && !after.as_deref().is_some_and(|n| RESULT_NOUNS.contains(&n));
            if head {
                return after.is_none_or(|n| {
                    matches!(
                        n.as_ref(),
                        "of" | "for"
                            | "in"
                            | "at"
                            | "on"
                            | "from"
                            | "up"
                            | "down"
                            | "and"
                            | "compared"
                            | "before"
                            | "after"
                            | "per"
                            | "totalling"
                    ) || n.starts_with(|c: char| c.is_ascii_digit())
                }) && !text[ws[wi].end..ws[wi + i].end].contains(['"', '“', '”']);
            }
            if w == "that" || FINITE_AUX.contains(&w.as_ref()) {
                return false;
            }
        }
    }
    false
}

/// `"...," the governor said, before clarifying that he was the best candidate`: a gerund
/// cue `ws[wi]` after a comma and a subordinator ("before", "after", "while", "without") in a
/// sentence `sent` whose earlier words already have a speaker says its words through that
/// speaker, not through a name inside the quotation before it.
fn gerund_of_attribution(
    doc: &Doc<'_>,
    out: &[QuoteOut],
    ws: &[Span],
    wi: usize,
    sent: Span,
) -> Option<Speaker> {
    let text = doc.text;
    let w = ws[wi];
    if wi < 2 || !lower_cow(w.slice(text)).ends_with("ing") {
        return None;
    }
    let sub = ws[wi - 1];
    if !matches!(
        lower_cow(sub.slice(text)).as_ref(),
        "before" | "after" | "while" | "without"
    ) || !text[ws[wi - 2].end..sub.start].contains(',')
    {
        return None;
    }
    let q = out.iter().rev().find(|q| {
        q.record
            .cue
            .as_ref()
            .is_some_and(|c| sent.start <= c.start && c.end <= sub.start)
    })?;
    // (The speaker's entity may be resolved by a later pass, through its mention.)
    let m = q.record.speaker_mention.as_ref()?;
    Some(Speaker {
        mention: Span::new(m.start, m.end),
        entity: q.speaker,
    })
}

/// The subject of the main clause after a lead clause that ends at `from`: a person,
/// organisation or country named right after the comma (a title may come first).
fn main_clause_subject(doc: &Doc<'_>, from: usize, end: usize) -> Option<Speaker> {
    let text = doc.text;
    let rest = text.get(from..end)?;
    let after = rest.trim_start().strip_prefix(',')?;
    let start = end - after.len();
    let k = doc.mentions_in(Span::new(start, end)).into_iter().next()?;
    let m = doc.mentions[k].span;
    let gap = &text[start..m.start];
    if gap.split_whitespace().count() > 3
        || gap.contains([',', '"', '“', '”', '(', ';'])
        || doc.is_modifier(k)
        || doc.is_possessor(k)
        || !matches!(
            doc.kind(k),
            EntityKind::Person | EntityKind::Organization | EntityKind::Country
        )
    {
        return None;
    }
    Some(Speaker {
        mention: m,
        entity: doc.res.entity_of[k],
    })
}

/// Words opening a subordinate clause before the main one (`While X said A, B`).
const SUBORDINATORS: &[&str] = &[
    "while", "although", "though", "if", "when", "after", "before", "because", "since", "once",
    "unless", "whereas", "until", "whether",
];

/// True when the cue `ws[wi]` is in a subordinate clause opening the sentence: the sentence
/// starts with a subordinator, or with the cue as a participle (`Blasting the plan, X ...`),
/// and no comma stands before the cue.
fn lead_clause(text: &str, ws: &[Span], wi: usize, start: usize) -> bool {
    let Some(first) = ws.first() else {
        return false;
    };
    let lf = lower_cow(first.slice(text));
    // "Even though X said A, B", "But while X said A, B": a subordinator after a lead word.
    let second = || {
        ws.get(1).filter(|_| wi > 1).is_some_and(|w| {
            let l2 = lower_cow(w.slice(text));
            matches!(lf.as_ref(), "even" | "just" | "but" | "and" | "yet")
                && (SUBORDINATORS.contains(&l2.as_ref())
                    || l2 == "as" && matches!(lf.as_ref(), "even" | "just"))
        })
    };
    // "One month after announcing his support for X, Y ...", "Asked about his criticism of
    // X, Y said": a gerund after a subordinator early in the sentence, or "Asked" opening it.
    let gerund = || {
        (1..=4).contains(&wi)
            && lower_cow(ws[wi].slice(text)).ends_with("ing")
            && (SUBORDINATORS.contains(&lower_cow(ws[wi - 1].slice(text)).as_ref())
                || matches!(
                    lower_cow(ws[wi - 1].slice(text)).as_ref(),
                    "by" | "without" | "upon"
                ))
    };
    (SUBORDINATORS.contains(&lf.as_ref())
        || (wi == 0 && (lf.ends_with("ing") || lf == "asked"))
        || second()
        || gerund())
        && !text[start..ws[wi].start].contains([',', ';', '"', '“', '”'])
}

/// True when "that" or "this" at `at` is the subject of the clause after a cue, not its
/// complementizer or a time word: a finite verb follows it (`said that was the only
/// meeting`, `said this would help`), so the content starts with it.
fn demonstrative_subject(doc: &Doc<'_>, ws: &[Span], at: usize) -> bool {
    let i = ws.partition_point(|w| w.start < at);
    let Some(w) = ws.get(i).filter(|w| w.start == at) else {
        return false;
    };
    if !matches!(doc.lower_at(*w).as_ref(), "that" | "this") {
        return false;
    }
    ws.get(i + 1).is_some_and(|n| {
        doc.text[w.end..n.start].trim().is_empty()
            && FINITE_AUX.contains(&doc.lower_at(*n).as_ref())
    })
}

/// True when a cue after `prev` ("not", "to", a negated auxiliary) opens a question it leaves
/// open (`did not say when the plant would reopen`, `was unable to say whether ...`): nothing
/// was said.
fn open_question(text: &str, prev: Option<&str>, content: Span) -> bool {
    let unsaid = prev.is_some_and(|p| matches!(p, "not" | "to" | "never") || p.ends_with("n't"));
    unsaid
        && content
            .slice(text)
            .split(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|w| {
                matches!(
                    w,
                    "when" | "whether" | "if" | "how" | "what" | "why" | "where" | "who" | "which"
                )
            })
}

/// True when the cue at `ws[wi]` (form `lw`, a verb of thinking or not) compares a figure
/// with what was expected (`rose more than expected`, `fell as forecast`): no one is reported.
fn comparison_cue(
    doc: &Doc<'_>,
    ws: &[Span],
    wi: usize,
    (lw, cognition): (&str, bool),
    prev: Option<&str>,
) -> bool {
    let Some(p) = prev else { return false };
    let next = ws.get(wi + 1).map(|n| doc.lower_at(*n));
    let adjacent = doc.text[ws[wi - 1].end..ws[wi].start].trim().is_empty();
    adjacent
        && (p == "than" || (p == "as" && (cognition || AS_PARTICIPLES.contains(&lw))))
        && next.as_deref() != Some("by")
}

/// `is predicted to last`, `was warned to leave`: a passive speech verb before an infinitive
/// reports no one's words (the infinitive is what is said of the subject).
fn passive_infinitive(doc: &Doc<'_>, ws: &[Span], wi: usize, prev: Option<&str>) -> bool {
    prev.is_some_and(|p| PASSIVE.contains(&p))
        && ws.get(wi + 1).is_some_and(|n| doc.lower_at(*n) == "to")
}

/// Participles of speech verbs that after "as" compare with a plan or a promise (`as
/// pledged in the accord`, `as opposed to`); `As announced, X will ...` still reports.
const AS_PARTICIPLES: &[&str] = &[
    "pledged",
    "promised",
    "agreed",
    "opposed",
    "forecast",
    "predicted",
];

/// Prepositions that cannot open the object of an object-taking verb.
const NOT_OBJECT: &[&str] = &[
    "from", "by", "into", "after", "during", "at", "under", "since", "before", "until", "through",
    "across", "onto", "toward", "towards", "amid", "among",
];

/// Fewest words in the object of an object-taking verb (`endorsed her`).
const MIN_OBJECT_WORDS: usize = 1;
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "his", "her", "its", "their", "our", "my", "no",
];

/// The sorted direct-quote spans that overlap `span`.
fn overlapping(direct: &[Span], span: Span) -> impl Iterator<Item = &Span> {
    // Quotes never nest, so ends are sorted like starts.
    let from = direct.partition_point(|q| q.end <= span.start);
    direct[from..]
        .iter()
        .take_while(move |q| q.start < span.end)
}

/// True when direct quote `q` is the sentence `span` or inside it, or holds more than half
/// of it: the sentence has been read as a direct quote.
fn covers_sentence(q: Span, span: Span) -> bool {
    q.contains(span) || span.contains(q) && q.len() * 2 > span.len()
}

/// Indirect speech in one sentence: `X said (that) CLAUSE`, `X told reporters CLAUSE`,
/// `CLAUSE, X said.`, `according to X, CLAUSE`, `CLAUSE, according to X`, `X's comments that CLAUSE`.
/// `ws` are the sentence's [`word_spans`]. The caller skips sentences a direct quote
/// covers ([`covers_sentence`]).
fn indirect(
    doc: &Doc<'_>,
    span: Span,
    ws: &[Span],
    (direct, direct_cues): (&[Span], &[usize]),
    cx: &Cx<'_>,
    out: &mut Vec<QuoteOut>,
) {
    let text = doc.text;
    let in_quote = |w: Span| overlapping(direct, w).next().is_some();
    // Words counted up to three: every test below compares with three or less.
    const _: () = assert!(MIN_OBJECT_WORDS <= 3);
    let n_words = |a: usize, b: usize| text[a..b].split_whitespace().take(3).count();
    asked_lead(doc, ws, span, &in_quote, out);
    if poll_lead(doc, ws, span, &in_quote, out) {
        return;
    }
    // Only a word that can open a cue reads the sentence as indirect speech: with none, there
    // is nothing to find, and the words before the first one are passed over below anyway.
    let Some(first_head) = first_cue_head(doc, ws) else {
        return;
    };
    // After a first attribution that a second one cuts short (`While X said A, Y said B`):
    // the word to resume at and where the second clause starts.
    let mut resume = 0;
    let mut clause_start = span.start;
    // The speaker of a second verb sharing the first one's subject (`X said A and urged B`).
    let mut inherited: Option<(usize, Speaker)> = None;
    // "according to" attributes the whole sentence: read it before any verb inside the clause
    // (`X declined the offer, according to Y`).
    let according = ws.iter().position(|w| {
        w.len() == "according".len()
            && w.slice(text).eq_ignore_ascii_case("according")
            && !in_quote(*w)
    });
    // `Officials think that the plan will fail, he added.`: a pronoun and a reporting verb
    // closing the sentence after a comma attribute all of it; a cue inside the clause
    // ("think that") is part of what was said.
    let closing = closing_pronoun_cue(doc, span, ws, &in_quote)
        .or_else(|| closing_subject_cue(doc, span, ws, &in_quote));
    // (After a named, apposed speaker closing the sentence even a named subject's verb,
    // `Korvath hopes to`, is part of what was said.)
    let apposed = closing
        .is_none()
        .then(|| closing_apposed_cue(doc, span, ws, &in_quote))
        .flatten();
    let closing = closing.or(apposed);
    // The sentence gives figures (`according to official figures`): only a verb of speech
    // (`X said A, according to figures`) still attributes it.
    let mut figures = false;
    for wi in according.into_iter().chain(first_head..ws.len()) {
        let w = &ws[wi];
        if wi < resume
            || closing.is_some_and(|c| wi < c && (apposed.is_some() || !named_subject(doc, ws, wi)))
        {
            continue;
        }
        let lw = doc.lower_at(*w);
        if !doc.pipeline.extractor.indirect_heads.contains(&lw) {
            continue;
        }
        // `They claim the checks are fair`: after a subject pronoun, a verb.
        let is_noun = is_reporting_noun(&lw)
            && !(matches!(lw.as_ref(), "claim" | "claims" | "comment" | "comments")
                && wi > 0
                && text[ws[wi - 1].end..w.start].trim().is_empty()
                && {
                    let p = doc.lower_at(ws[wi - 1]);
                    subject_pronoun(&p) || p == "you"
                });
        let mut cue = doc.pipeline.extractor.cue(&lw);
        // `referred to X`, `spoke about X`: the object after the verb's own preposition
        // (not `two percentage points to`).
        if !cue.object
            && !cue.cognition
            && prep_verb(&lw).is_some_and(|p| ws.get(wi + 1).is_some_and(|n| n.slice(text) == p))
            && !(lw.starts_with("point")
                && wi > 0
                && (ws[wi - 1].slice(text) == "percentage"
                    || ws[wi - 1]
                        .slice(text)
                        .starts_with(|c: char| c.is_ascii_digit())))
        {
            cue.reporting = true;
            cue.object = true;
        }
        // `hopes to X`: the infinitive is what is hoped, like an object.
        if matches!(lw.as_ref(), "hope" | "hopes" | "hoped" | "hoping")
            && ws.get(wi + 1).is_some_and(|n| n.slice(text) == "to")
        {
            cue.reporting = true;
            cue.cognition = false;
            cue.object = true;
        }
        // `pointed out that X`, `sees X as Y`, `..., I think.` (see `pol22_cue`).
        let skip = pol22_cue(doc, span, ws, wi, &lw, &mut cue);
        let phrase_span;
        let w = if skip > 0 {
            phrase_span = Span::new(w.start, ws[wi + skip].end);
            &phrase_span
        } else {
            w
        };
        let next_wi = wi + 1 + skip;
        let (reporting, cognition) = (cue.reporting, cue.cognition);
        if !(reporting || cognition || is_noun || lw == "according")
            || in_quote(*w)
            || in_name(doc, *w)
            || direct_cues.binary_search(&w.start).is_ok()
        {
            continue;
        }
        if figures && !matches!(lw.as_ref(), "said" | "says" | "say" | "told" | "tells") {
            continue;
        }
        let prev = wi.checked_sub(1).map(|i| doc.lower_at(ws[i]));
        // "according to X, CLAUSE" / "CLAUSE, according to X".
        if lw == "according" {
            let Some(to) = ws.get(wi + 1).filter(|t| t.slice(text) == "to") else {
                continue;
            };
            let rest_end = text[to.end..span.end]
                .find([',', ';'])
                .map(|i| to.end + i)
                .unwrap_or(span.end);
            let rest = Span::new(to.end, rest_end);
            // `He told reporters that according to a report, CLAUSE`: a source inside a
            // clause another cue opens; that cue reports the clause.
            let before = text[span.start..w.start].trim_end();
            if before
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(|p| p.eq_ignore_ascii_case("that"))
            {
                continue;
            }
            // `according to official figures`: statistics, no one's words.
            if statistics_source(text, rest) {
                figures = true;
                continue;
            }
            let speaker = according_source(doc, rest)
                .map(|k| Speaker {
                    mention: doc.mentions[k].span,
                    entity: doc.res.entity_of[k],
                })
                .or_else(|| {
                    let t = trim(text, rest);
                    (!t.is_empty()).then_some(Speaker {
                        mention: Span::new(t.start, strip_final_punct(text, t)),
                        entity: None,
                    })
                });
            let cue = Span::new(w.start, to.end);
            let content = according_content(text, span, w.start, rest_end);
            let content = Span::new(
                content.start,
                strip_final_punct(text, content).max(content.start),
            );
            if n_words(content.start, content.end) >= 3 {
                push_indirect(doc, out, content, cue, speaker, None);
                return;
            }
            continue;
        }
        // `better than expected`, `as forecast`: a comparison, no one's words.
        if comparison_cue(doc, ws, wi, (&lw, cognition), prev.as_deref()) {
            continue;
        }
        // "a report that", "the claim that": nouns, not verbs.
        if !is_noun && prev.as_deref().is_some_and(|p| DETERMINERS.contains(&p)) {
            continue;
        }
        if !is_noun && noun_reading(doc, ws, wi, &lw, prev.as_deref()) {
            continue;
        }
        if !is_noun && adjective_before(text, ws, wi) {
            continue;
        }
        if noun_by_next(text, ws, wi, &lw) {
            continue;
        }
        if !is_noun && call_not_speech(doc, ws, wi, &lw) {
            continue;
        }
        if market_or_meeting_noun(doc, ws, wi, &lw, prev.as_deref()) {
            continue;
        }
        // `exports declined 40 percent`, `the decline in`: "decline" reports only before `to`,
        // "comment" or what was turned down (`declined an interview request`).
        if lw.starts_with("declin") && !declines_something(text, ws, wi) {
            continue;
        }
        // `added to the decline`, `300 pledged delegates`, `reported a net loss of X`.
        if !is_noun && no_proposition(text, ws, wi, &lw, prev.as_deref()) {
            continue;
        }
        // `was charged with fraud`, `charges against the firm`, `charged him $300`: "charge"
        // reports words only before "that" (`the union charged at the meeting that ...`) or
        // closing the clause it attributes (`..., two senators charged.`), never passive.
        if lw.starts_with("charg") && !charges_that(doc, ws, wi) {
            continue;
        }
        // `needless to say, ...`: an idiom, no one's words; so is `harder than, say,
        // hooking them` (", say," for "for example").
        if lw == "say"
            && (prev.as_deref() == Some("to") && wi >= 2 && doc.lower_at(ws[wi - 2]) == "needless"
                || text[..w.start].trim_end().ends_with(',')
                    && text[w.end..].trim_start().starts_with(','))
        {
            continue;
        }
        // "the senator's support rose": after a possessive, a noun, which reports nothing
        // unless what was said follows it (`Smith's call for X`, `the party's pledge to X`;
        // "for" only after a call: `Trump's praise for Putin` is no one's words);
        // a participle after "'s" is "has" (`Smith's said`).
        if !is_noun
            && !participle(&lw)
            && after_possessive(text, w.start)
            && !ws
                .get(wi + 1)
                .is_some_and(|n| match lower_cow(n.slice(text)).as_ref() {
                    "to" | "that" | "about" | "on" | "of" | "against" => true,
                    "for" => lw.starts_with("call"),
                    _ => false,
                })
        {
            continue;
        }
        // "home state", "tough questions", "support from": a word that is more often a noun
        // is a verb only after a subject, an auxiliary or "to".
        if NOUN_FIRST.contains(&lw.as_ref())
            && wi > 0
            && !in_quote(ws[wi - 1])
            && ws[wi - 1]
                .slice(text)
                .starts_with(|c: char| c.is_lowercase())
            && doc.mention_covering(ws[wi - 1].start).is_none()
            && prev.as_deref().is_some_and(|p| !verb_context(p))
        {
            continue;
        }
        // CLAUSE, X said.  /  CLAUSE, said X.
        // The words after the cue, counted up to six: only none and at most five matter.
        let tail_words = text[w.end..span.end].split_whitespace().take(6).count();
        let tail = text[w.end..span.end].trim_end();
        // Only a cue that closes the sentence ("..., he said."), not one that opens a clause
        // ("..., said last week that" + a quote in the next paragraph). Closures, as few
        // candidates get this far.
        let closes_sentence = || {
            !tail.ends_with(':')
                && tail.ends_with(['.', '!', '?', '"', '”'])
                && !tail.split_whitespace().any(|x| x == "that")
        };
        // The verb ends its clause: a clause after it (`Asked about X, Y said she was
        // confident.`) is what was said, and the words before the comma are not.
        let tail_first = ws
            .get(wi + 1)
            .filter(|t| t.start < span.end)
            .map(|t| doc.lower_at(*t));
        let clause_follows = || {
            clause_follows_first(tail_first.as_deref())
                || tail.split_whitespace().any(|x| FINITE_AUX.contains(&x))
                // `..., said the plan failed.`: a noun phrase and a past tense are a clause,
                // not an inverted subject (`said the spokesman`).
                || tail_first.as_deref().is_some_and(|f| {
                    matches!(f, "the" | "a" | "an" | "his" | "her" | "its" | "their")
                }) && tail
                    .split_whitespace()
                    .next_back()
                    .map(|x| x.trim_end_matches(['.', '!', '?', '"', '”']))
                    .is_some_and(|x| {
                        x.len() > 3 && x.ends_with("ed") && x.starts_with(|c: char| c.is_lowercase())
                    })
        };
        // A longer tail: what follows the cue is an adverbial, the inverted subject with an
        // apposition (`said Jo Smith, a lawyer at the firm.`) or a second, comma-separated
        // part (`X said, adding "..."`), and no clause.
        let long_tail = || {
            if tail.ends_with(':')
                || !tail.ends_with(['.', '!', '?', '"', '”'])
                || lw.ends_with("ing")
                || cue.object
            {
                return false;
            }
            let tail_ws = doc.word_spans(Span::new(w.end, span.end));
            let lower = |x: &Span| lower_cow(x.slice(text));
            let Some(i) = tail_ws.iter().position(|x| !skip_after(&lower(x))) else {
                return true;
            };
            let first = lower(&tail_ws[i]);
            let gap = &text[w.end..tail_ws[i].start];
            let no_clause = |from: usize| {
                !tail_ws[from..].iter().any(|x| {
                    let lx = lower(x);
                    lx == "that" || FINITE_AUX.contains(&lx.as_ref())
                })
            };
            if gap.contains(',') {
                // `X said, adding ...` / `X said, and ...`: a second part, not the content;
                // `X said, wiping sweat off his face.`: a participle of manner, no clause.
                return (first.ends_with("ing")
                    && (doc.pipeline.extractor.is_reporting(&first)
                        || gap.trim() == ","
                            && manner_participle(tail_ws[i].slice(text))
                            && no_clause(i)))
                    || matches!(first.as_ref(), "and" | "but");
            }
            if TAIL_PREPS.contains(&first.as_ref()) {
                // `..., she said in a video message to the convention.`
                return !tail.contains([',', ';']) && no_clause(i);
            }
            // `..., Susan said as she turned around.`: a clause of time after the verb.
            if matches!(first.as_ref(), "as" | "when" | "while")
                && tail_ws
                    .get(i + 1)
                    .is_some_and(|n| subject_pronoun(&lower(n)))
            {
                return !tail.contains([',', ';', '"', '“', '”']);
            }
            // `..., said Jo Smith, a lawyer at the firm.`: nothing stands before the verb.
            let inverted = text[span.start..w.start]
                .trim_end()
                .ends_with([',', '—', '"', '”']);
            let head_end = tail.find([',', '(']).map_or(span.end, |k| w.end + k);
            // `..., said Acme Securities analyst Jo Lee.`, `..., said Jo Lee of Acme Inc.`:
            // a name phrase of at most ten words, capitalised at both ends, runs to the end.
            let name_tail = head_end == span.end
                && tail_ws.len() - i <= 10
                && tail_ws
                    .last()
                    .is_some_and(|x| x.slice(text).starts_with(char::is_uppercase));
            inverted
                && (head_end < span.end || name_tail)
                && tail_ws[i]
                    .slice(text)
                    .starts_with(|c: char| c.is_uppercase())
                && tail_ws
                    .iter()
                    .take_while(|x| x.start < head_end)
                    .all(|x| !FINITE_AUX.contains(&lower(x).as_ref()) && lower(x) != "that")
        };
        // A verb with an object after it closes nothing (`, a lawyer, cited the costs.`).
        let object_follows = tail_words > 0 && cue.object;
        // `X spoke on Tuesday, telling Jo to go home.`: a participle right after a comma opens
        // a clause of its own; it closes no attribution.
        let participle_clause =
            lw.ends_with("ing") && text[clause_start..w.start].trim_end().ends_with(',');
        if reporting
            && !is_noun
            && !object_follows
            && !participle_clause
            && !clause_follows_first(tail_first.as_deref())
            && ((tail_words <= 5 && closes_sentence() && !clause_follows()) || long_tail())
        {
            let head = &text[clause_start..w.start];
            if let Some(comma) = head.rfind([',', '—']).filter(|_| !named_apposition(head)) {
                let mark = head[comma..].chars().next().map_or(1, char::len_utf8);
                let subj = Span::new(clause_start + comma + mark, w.start);
                let content = trim(text, Span::new(clause_start, clause_start + comma));
                // A direct quote in the content: the direct pass attributed it.
                if overlapping(direct, content).next().is_some() {
                    return;
                }
                // `CLAUSE, Jo Lee, who is noted for it.`: a relative clause about a name in
                // the clause, which was not said.
                if matches!(
                    subj.slice(text).split_whitespace().next(),
                    Some("who" | "which" | "whose")
                ) {
                    return;
                }
                // `Jo Lee, head of Acme, tweeted as Obama spoke.`: a subordinate clause
                // after the comma, not a subject set off by it.
                // (`..., Jo Lee was quoted as saying.`: "as" before the cue is the verb's;
                // `..., as Jo Lee said.` attributes.)
                let sw: Vec<&str> = subj.slice(text).split_whitespace().collect();
                let inner = sw.get(1..sw.len().saturating_sub(1)).unwrap_or_default();
                let subordinate = inner.iter().any(|x| {
                    matches!(
                        *x,
                        "as" | "when"
                            | "while"
                            | "because"
                            | "if"
                            | "since"
                            | "until"
                            | "after"
                            | "before"
                    )
                });
                if subject_words(doc, subj) <= 6
                    && !subordinate
                    && n_words(content.start, content.end) >= 3
                {
                    let mut speaker = speaker_near_cue(doc, *w, subj.start, span.end, cx);
                    let mut content = content;
                    // `CLAUSE, Chris Clark, director for Acme said.` (no comma closing the
                    // apposition): a title phrase after the last comma describes the person
                    // named alone between the two commas before it, who speaks; the content
                    // ends before the name.
                    let no_person = speaker.is_none_or(|s| {
                        s.entity
                            .is_none_or(|e| doc.res.entities[e].kind != EntityKind::Person)
                    });
                    if no_person {
                        if let Some((name_spk, before)) =
                            unclosed_apposition(doc, clause_start, clause_start + comma, subj)
                        {
                            if n_words(before.start, before.end) >= 3 {
                                speaker = Some(name_spk);
                                content = before;
                            }
                        }
                    }
                    // Nothing between the comma and the verb and no speaker after it: the
                    // subject is the apposition pair before (`CLAUSE, Jo Lee, head of Acme,
                    // said.`), or the words before the comma are a subject and no content
                    // (`Jo Lee, head of Acme, said on Monday.`).
                    if speaker.is_none() && text[subj.start..subj.end].trim().is_empty() {
                        let found = apposed_subjects(head).find_map(|c| {
                            let from = clause_start + c + 1;
                            speaker_near_cue(doc, *w, from, span.end, cx)
                                .filter(|s| {
                                    s.mention.start >= from
                                        && s.mention.end <= w.start
                                        && heads_subject(text, from, s.mention)
                                })
                                .map(|s| (c, s))
                        });
                        match found {
                            Some((c, s)) => {
                                speaker = Some(s);
                                content = trim(text, Span::new(clause_start, clause_start + c));
                                // Not an adverbial, nor a verb a quote follows.
                                if n_words(content.start, content.end) < 3
                                    || adverbial_phrase(content.slice(text))
                                    || tail.contains(['"', '“', '”'])
                                {
                                    return;
                                }
                            }
                            // `Jo Lee, head of Acme, said on Monday.`: a subject, no content.
                            None if head
                                .split(',')
                                .next()
                                .map_or(0, |f| f.split_whitespace().count())
                                < 4 =>
                            {
                                return;
                            }
                            None => {}
                        }
                    }
                    push_indirect(
                        doc,
                        out,
                        content,
                        *w,
                        speaker,
                        Some(Span::new(w.start, span.end)),
                    );
                    return;
                }
            }
        }
        // X said (that) CLAUSE / X's comments last week that CLAUSE.
        if text[span.start..w.start].trim().is_empty() {
            continue;
        }
        let object = cue.object;
        // "that" after a few words (`said on Tuesday that`, `told reporters that`), not
        // inside a bare clause that has begun (`said he knows how hard that is`).
        // (`said in an interview with the financial daily Les Echos that`: a phrase of where
        // it was said may run longer.)
        // (`told a news conference during a stopover in Hong Kong that`: so may a hearer
        // and where it was told.)
        let where_said =
            ws.get(next_wi).is_some_and(|x| doc.lower_at(*x) == "in")
                && ws
                    .get(next_wi + 1)
                    .is_some_and(|x| matches!(doc.lower_at(*x).as_ref(), "a" | "an" | "its"))
                || TELL.contains(&lw.as_ref())
                    && ws[next_wi..].iter().take(5).skip(1).any(|x| {
                        matches!(doc.lower_at(*x).as_ref(), "during" | "at" | "in" | "after")
                    });
        let that = ws[next_wi..]
            .iter()
            .take(if object {
                1
            } else if where_said {
                14
            } else {
                8
            })
            .take_while(|t| {
                let lt = doc.lower_at(**t);
                !CLAUSE_WORDS.contains(&lt.as_ref())
            })
            .find(|t| t.slice(text) == "that")
            .filter(|t| !text[w.end..t.start].contains([',', ';', ':', '.']) || !is_noun)
            // (Not a clause begun after the phrase: `said in a statement the bank did not
            // accept arguments that`, `in its report there were signs that`.)
            .filter(|t| {
                !where_said
                    || !ws[next_wi..]
                        .iter()
                        .take_while(|x| x.start < t.start)
                        .any(|x| {
                            let lx = doc.lower_at(*x);
                            FINITE_AUX.contains(&lx.as_ref())
                                || matches!(lx.as_ref(), "there" | "it" | "he" | "she" | "they")
                        })
            });
        // `said that was the only meeting`: "that" is the clause's subject, the content
        // starts with it; after other words it is a relative (`technology that could`).
        let (that, demonstrative) = match that {
            Some(t) if demonstrative_subject(doc, ws, t.start) => {
                let next_to_cue = ws[next_wi..]
                    .iter()
                    .take_while(|x| x.start < t.start)
                    .all(|x| skip_after(&doc.lower_at(*x)));
                (None, next_to_cue.then_some(t.start))
            }
            t => (t, None),
        };
        let mut parenthetical: Option<usize> = None;
        let mut lead_start: Option<usize> = None;
        let content_start = if let Some(t) = that {
            t.end
        } else if let Some(d) = demonstrative {
            d
        } else if object {
            // `urged X to ...`, `endorsed X`, `called for X`, `called out X`: the object, not a passive
            // (`was called`) or a name (`a group called X`).
            // A progressive is active (`is promising to X`). An adverb may stand between
            // (`was widely criticised as sloppy`).
            let adverb_passive = wi >= 2
                && prev
                    .as_deref()
                    .is_some_and(|p| p.len() > 4 && p.ends_with("ly"))
                && PASSIVE.contains(&doc.lower_at(ws[wi - 2]).as_ref());
            if adverb_passive && !lw.ends_with("ing")
                || prev.as_deref().is_some_and(|p| {
                    (PASSIVE.contains(&p) && !lw.ends_with("ing"))
                        || NOT_SUBJECT.contains(&p)
                        || p.ends_with("so")
                })
            {
                continue;
            }
            let mut j = next_wi;
            while j < ws.len()
                && skip_after(&lower_cow(ws[j].slice(text)))
                && !demonstrative_subject(doc, ws, ws[j].start)
                && !time_possessive(text, ws, j)
            {
                j += 1;
            }
            let prep = prep_verb(&lw).or(lw.starts_with("call").then_some("for"));
            if ws.get(j).is_some_and(|x| {
                Some(x.slice(text)) == prep
                    || (lw.starts_with("call")
                        && (x.slice(text) == "on" || x.slice(text).eq_ignore_ascii_case("out")))
            }) {
                j += 1;
            }
            let Some(c) = ws.get(j) else { continue };
            if text[w.end..c.start].contains([',', ';', '(', '.', ':']) {
                continue;
            }
            // `sought clarification`: what is requested, not said (`object=to` cues).
            if cue.infinitive && doc.lower_at(*c) != "to" {
                continue;
            }
            // `who asked not to be identified`: a condition of the source, not speech.
            if text[w.end..].trim_start().starts_with("not to be ") {
                continue;
            }
            // A preposition opens an adverbial, not an object (`support from voters`,
            // `was reported by the paper`, `wrote into the program`).
            if NOT_OBJECT.contains(&lower_cow(c.slice(text)).as_ref()) {
                continue;
            }
            // A conjunction opens the next clause, not an object (`the shot is agonisingly
            // called out and Roddick claims the break`).
            if matches!(lower_cow(c.slice(text)).as_ref(), "and" | "but" | "or") {
                continue;
            }
            c.start
        } else if (reporting
            && (is_bare_clause(&lw) && !passive_infinitive(doc, ws, wi, prev.as_deref())
                || (skip == 0 && speech_clause_after(doc, span, ws, wi, prev.as_deref(), is_noun))))
            || (cognition
                && !lw.ends_with("ing")
                && (ws.get(wi + 1).is_some_and(|n| {
                    let ln = n.slice(text).to_lowercase();
                    (CLAUSE_SUBJECTS.contains(&ln.as_str())
                        || doc.mention_covering(n.start).is_some())
                        && text[w.end..n.start].trim().is_empty()
                }) || finite_clause_after(doc, span, ws, wi)))
        {
            let after = text[w.end..span.end].trim_start();
            // `LEAD, X said, CLAUSE`: an attribution set off by commas.
            if let Some(rest) = after.strip_prefix(',') {
                let head = text[clause_start..w.start].trim_end();
                let subj = head.rfind(',').map_or(head, |i| &head[i + 1..]);
                let first = rest.split_whitespace().next().unwrap_or("");
                if head.contains(',')
                    && (1..=5).contains(&subj.split_whitespace().count())
                    && rest.split_whitespace().nth(3).is_some()
                    && first.starts_with(|c: char| c.is_alphanumeric())
                    && !(first.ends_with("ing")
                        && doc.pipeline.extractor.is_reporting(&first.to_lowercase()))
                    // A participle of manner (`he said, wiping sweat off his face`) is no
                    // content, unless a finite verb follows it: a gerund subject and its
                    // verb are what was said (`he said, digging up roads can take weeks`).
                    && (!manner_participle(first)
                        || rest.split_whitespace().any(|x| {
                            let x = x.to_lowercase();
                            FINITE_AUX.contains(&x.as_str()) || x == "that"
                        }))
                {
                    parenthetical = Some(span.end - rest.trim_start().len());
                    // A lead that is a clause of its own is part of what was said
                    // (`Though A, he said, B`): the content spans both, the attribution
                    // inside. So is a lead that is the subject of the verb after the
                    // attribution (`The plan, both papers said, would cost more`).
                    let lead = head.rfind(',').map_or("", |i| &head[..i]);
                    let subject_lead = !lead.trim().is_empty()
                        && FINITE_AUX.contains(&first.to_lowercase().as_str());
                    if (lead.split_whitespace().nth(3).is_some() || subject_lead)
                        && !lead.contains(['"', '“', '”'])
                        && !lead.contains("''")
                        && overlapping(direct, Span::new(clause_start, w.start))
                            .next()
                            .is_none()
                    {
                        lead_start = Some(trim(text, Span::new(clause_start, w.start)).start);
                    }
                }
            }
            // (A short quote opening the clause that the direct pass left as partial, `said
            // "budget cuts" would pay for it`, opens the content.)
            let partial_first = after.starts_with(['"', '“'])
                && ws.get(next_wi).is_some_and(|n| !in_quote(*n))
                && clause_after_partial(after);
            if parenthetical.is_none() && after.starts_with([',', '"', '“', '(']) && !partial_first
            {
                continue;
            }
            let mut j = next_wi;
            // Where a hearer the recogniser did not name ends (a comma may follow it).
            let mut unnamed_hearer = None;
            if TELL.contains(&lw.as_ref()) {
                // Skip the hearer: a name, a pronoun, "reporters", "the Post".
                let Some(o) = ws.get(j) else { continue };
                // `warned there could be X`: "there" opens the clause, no hearer.
                let there_clause = doc.lower_at(*o) == "there"
                    && ws
                        .get(j + 1)
                        .is_some_and(|n| FINITE_AUX.contains(&doc.lower_at(*n).as_ref()));
                if !there_clause {
                    if let Some(k) = doc.mention_covering(o.start) {
                        let end = doc.mentions[k].span.end;
                        while j < ws.len() && ws[j].start < end {
                            j += 1;
                        }
                    } else {
                        if DETERMINERS.contains(&lower_cow(o.slice(text)).as_ref()) {
                            j += 1;
                            // `told the BBC News website CLAUSE`: a named outlet's medium.
                            let run = capitalised_run(text, ws, j);
                            if run > 0 && is_medium(text, ws, j + run) {
                                j += run;
                            } else if let Some(last) = unnamed_hearer_end(doc, ws, j, run) {
                                j = last;
                                let e = ws[last].end;
                                unnamed_hearer = Some(e + usize::from(text[e..].starts_with(')')));
                            }
                        }
                        j += 1;
                    }
                    j = past_hearers_programme(text, ws, j);
                    // `told the BBC World Service programme Go Digital he hoped`: after the
                    // medium, a short capitalised title before a subject pronoun is its name.
                    if j > 0 && is_medium(text, ws, j - 1) {
                        let run = capitalised_run(text, ws, j);
                        if (1..=3).contains(&run)
                            && ws.get(j + run).is_some_and(|w| {
                                matches!(
                                    w.slice(text),
                                    "he" | "she" | "it" | "they" | "we" | "there"
                                )
                            })
                        {
                            j += run;
                        }
                    }
                }
            }
            while j < ws.len()
                && skip_after(&lower_cow(ws[j].slice(text)))
                && !demonstrative_subject(doc, ws, ws[j].start)
                && !time_possessive(text, ws, j)
            {
                j += 1;
            }
            let Some(c) = ws.get(j) else { continue };
            // `said as he launched the process`: "as" and a subject open an adjunct of time,
            // not what was said (unlike `said as many as ten died`).
            if doc.lower_at(*c) == "as"
                && ws.get(j + 1).is_some_and(|n| {
                    let ln = doc.lower_at(*n);
                    subject_pronoun(&ln) || ln == "it" || doc.mention_covering(n.start).is_some()
                })
            {
                continue;
            }
            // (`told an American Stock Exchange conference, a decline ...`: the comma closes
            // the hearer; `told the London Metal Exchange (LME) a clear statement`: its
            // bracketed acronym is part of it.)
            let hearer_closed = unnamed_hearer
                .is_some_and(|e| e <= c.start && matches!(text[e..c.start].trim(), "" | ","));
            if let Some(p) = parenthetical {
                p
            } else if !hearer_closed && text[w.end..c.start].contains([',', ';', '(']) {
                continue;
            } else {
                c.start
            }
        } else {
            continue;
        };
        // The clause ends where the sentence turns to something else (`, but he urged`).
        let mut content_end = first_clause_break(&text[content_start..span.end])
            .map_or(span.end, |i| content_start + i);
        // A cue in a subordinate clause opening the sentence (`While X did not mention Y, Z
        // ...`, `Blasting Y, X ...`): what was said ends where the main clause begins.
        let lead = lead_clause(text, ws, wi, span.start);
        if lead {
            if let Some(i) = text[content_start..content_end].find(", ") {
                content_end = content_start + i;
            }
        }
        // An object is a noun phrase: it ends before a relative or participle clause set off
        // by a comma (`praised the plan, which includes ...`, `attacked the law, saying ...`)
        // or a clause of its own after `, and` (`praised the plan, and the unions were ...`).
        if object && that.is_none() {
            let tail = &text[content_start..content_end];
            let mut from = 0;
            while let Some(i) = tail[from..].find(", ") {
                let at = from + i;
                let next = tail[at + 2..].split(|c: char| !c.is_alphanumeric()).next();
                if next.is_some_and(|n| {
                    matches!(n, "which" | "who" | "whose")
                        || (n == "and" && new_clause(&tail[at + 2..]))
                        || (n.len() > 5
                            && n.ends_with("ing")
                            && n.starts_with(|c: char| c.is_lowercase())
                            && !matches!(n, "including" | "according" | "following")
                            && !doc.pipeline.extractor.is_reporting(n)
                            && !doc.pipeline.extractor.is_cognition(n))
                }) {
                    content_end = content_start + at;
                    break;
                }
                from = at + 2;
            }
        }
        // `warned against disunity and Tory leader X may ...`, `called for calm and Jones said`:
        // after an object or a cue's preposition, a bare "and" before a named subject and its
        // finite verb opens a clause of its own.
        let after_prep = matches!(
            text[..content_start]
                .trim_end()
                .rsplit(char::is_whitespace)
                .next(),
            Some("against" | "for" | "about" | "of" | "on")
        );
        if (object || after_prep) && that.is_none() {
            let tail = &text[content_start..content_end];
            if let Some(i) = tail
                .match_indices(" and ")
                .map(|(i, _)| i)
                .find(|&i| bare_and_clause(doc, content_start, content_start + i))
            {
                content_end = content_start + i;
            }
        }
        // ... or where a second speaker takes over (`..., Y said B`): a comma, a short
        // subject, a verb that takes a bare clause.
        let mut next = None;
        for (k, v) in ws.iter().enumerate().skip(wi + 1) {
            if v.start < content_start {
                continue;
            }
            if v.start >= content_end {
                break;
            }
            let lv = doc.lower_at(*v);
            let before = ws[k - 1].slice(text);
            let bare = is_bare_clause(&lv);
            // Only a participle, a word after "and" or "but" or a bare-clause verb can take
            // over (the tests below): the others are passed before the name checks.
            if !(bare || lv.ends_with("ing") || matches!(before, "and" | "but")) {
                continue;
            }
            if in_quote(*v) || in_name(doc, *v) {
                continue;
            }
            let gap = &text[ws[k - 1].end..v.start];
            // `A, arguing that B`: a participle of a reporting verb starts a second
            // attribution by the same subject.
            if gap.trim() == ","
                && lv.ends_with("ing")
                && (doc.pipeline.extractor.is_reporting(&lv)
                    || prep_verb(&lv)
                        .is_some_and(|p| ws.get(k + 1).is_some_and(|n| n.slice(text) == p)))
                && k > wi + 2
            {
                content_end = ws[k - 1].end;
                next = Some((k, clause_start, false));
                break;
            }
            // `A and said B`, `A and called for B`: a second verb of the same subject.
            if matches!(before, "and" | "but")
                && !gap.contains([',', ';'])
                && !lv.ends_with("ing")
                && (bare || doc.pipeline.extractor.takes_object(&lv))
                && k > wi + 3
            {
                content_end = ws[k - 1].start;
                next = Some((k, ws[k - 1].start, true));
                break;
            }
            if !bare {
                continue;
            }
            let Some(comma) = text[content_start..v.start].rfind(',') else {
                continue;
            };
            let comma = content_start + comma;
            let mut subj = &text[comma + 1..v.start];
            // `A, and Y said B`: "and" joins the second attribution, it is no part of its subject.
            let lead = subj.len() - subj.trim_start().len();
            let and_skip = subj[lead..]
                .strip_prefix("and ")
                .map_or(0, |rest| subj.len() - rest.len());
            subj = &subj[and_skip..];
            let n = subj.split_whitespace().count();
            // `X, which said A, said B`: the relative clause ends where the main verb
            // follows its comma; that verb is read next (with no subject: the words before the
            // relative clause would be read as a lead clause).
            if n == 0
                && matches!(prev.as_deref(), Some("which" | "who"))
                && text[comma + 1..v.start].trim().is_empty()
            {
                content_end = comma;
                break;
            }
            let after = text[v.end..span.end].trim_start();
            if (1..=5).contains(&n)
                && !subj
                    .split_whitespace()
                    .any(|x| matches!(x, "that" | "which" | "who" | "and" | "but"))
                && !after.starts_with([',', '.'])
            {
                content_end = comma;
                next = Some((k, comma + 1 + and_skip, false));
                break;
            }
        }
        let content = trim(text, Span::new(content_start, content_end));
        // A content opening inside quotation marks closed within it takes the opening mark
        // too (`said "budget cuts" would pay`: `"budget cuts" would pay`).
        let content = match text[..content.start].chars().next_back() {
            Some(m @ ('"' | '“'))
                if text[..content.start - m.len_utf8()].ends_with(char::is_whitespace)
                    && content
                        .slice(text)
                        .contains(if m == '"' { '"' } else { '”' }) =>
            {
                Span::new(content.start - m.len_utf8(), content.end)
            }
            _ => content,
        };
        let content = Span::new(
            content.start,
            strip_final_punct(text, content).max(content.start),
        );
        // "Siemens agreed to acquire X": agreeing to do something is a deal (an event), not
        // speech; nor is agreeing with or on something (`agreed with the plan`): only
        // "agreed (with X) that ..." reports, and then what follows "that" is the content.
        let mut content = content;
        if matches!(lw.as_ref(), "agree" | "agrees" | "agreed") {
            let c = &text[content.start..content.end];
            if c.starts_with("to ") {
                continue;
            }
            if ["with ", "on ", "upon "].iter().any(|p| c.starts_with(p)) {
                let that = doc
                    .word_spans(content)
                    .iter()
                    .copied()
                    .take(8)
                    .find(|x| x.slice(text) == "that");
                // (`agreed with that assessment`: "that" as a determiner opens no clause.)
                match that.map(|t| trim(text, Span::new(t.end, content.end))) {
                    Some(c) if n_words(c.start, c.end) >= 3 => content = c,
                    _ => continue,
                }
            }
        }
        if open_question(text, prev.as_deref(), content) {
            continue;
        }
        if n_words(content.start, content.end) < if object { MIN_OBJECT_WORDS } else { 3 } {
            continue;
        }
        let body_start = content.start;
        let content = lead_start.map_or(content, |l| Span::new(l, content.end));
        // A direct quote already covering most of the content.
        if overlapping(direct, content).any(|q| q.len() * 2 > content.len()) {
            return;
        }
        // An object running on into another speaker's full quote (`argued over who backed
        // which bill that Jo Lee said, "..."`): no words were said.
        if object && that.is_none() {
            // (A name or pronoun, the cue, a comma or colon and the quote.)
            let opens_quote = |c: usize| {
                let subject = text[..c].trim_end().rsplit(' ').next().unwrap_or("");
                let after = text[c..].trim_start_matches(char::is_alphabetic);
                (subject.starts_with(char::is_uppercase) || PRONOUNS.contains(&subject))
                    && after
                        .trim_start_matches([',', ':', ' '])
                        .starts_with(['"', '“'])
                    && after.starts_with([',', ':'])
            };
            // (The direct pass ran first: its quotes are in `out`.)
            if out
                .iter()
                .filter(|q| q.record.direct)
                .filter_map(|q| q.record.cue.as_ref().map(|c| c.start))
                .any(|c| c > content.start && c < content.end && opens_quote(c))
            {
                continue;
            }
        }
        let speaker = inherited
            .filter(|&(k, _)| k == wi)
            .map(|(_, s)| s)
            .or_else(|| is_noun.then(|| noun_agent(doc, *w, body_start)).flatten())
            .or_else(|| {
                (is_noun && that_after_noun(text, *w, content.start))
                    .then(|| noun_possessor(doc, *w, cx))
                    .flatten()
            })
            .or_else(|| gerund_of_attribution(doc, out, ws, wi, span))
            .or_else(|| speaker_near_cue(doc, *w, clause_start, body_start, cx));
        // ("One month after announcing his support for X, Rubio still believes": with no one
        // named in the lead clause, the subject of the main clause.)
        // ("Asked about X, Christie said": the one asked is not the asker.)
        let speaker = if lead && lw.ends_with("ing") && speaker.is_none_or(|s| s.entity.is_none()) {
            main_clause_subject(doc, content.end, span.end).or(speaker)
        } else {
            speaker
        };
        let date_zone = Span::new(w.start, body_start);
        push_indirect(doc, out, content, *w, speaker, Some(date_zone));
        if let Some((k, start, same_subject)) = next {
            resume = k;
            clause_start = start;
            if same_subject {
                inherited = speaker.map(|s| (k, s));
            }
        } else if content_end < span.end {
            // The clause ended where the sentence turns (`, but he said B`): a second
            // attribution may follow.
            resume = ws.partition_point(|x| x.start < content_end);
            clause_start = content_end;
        } else {
            return;
        }
    }
}

/// Words other than the reporting lexicon's, the reporting nouns ([`REPORTING_NOUNS`]) and
/// the verbs of [`prep_verb`] that [`indirect`] reads as (the start of) a cue: `hope`, `see`
/// (see [`pol22_cue`]) and `according`.
const OTHER_CUE_HEADS: &[&str] = &[
    "hope",
    "hopes",
    "hoped",
    "hoping",
    "see",
    "sees",
    "saw",
    "seen",
    "seeing",
    "according",
];

/// Every lower-case word [`indirect`] can read as a cue or the first word of one: the first
/// word of each reporting form (one-word forms whole; `pointed out` by `pointed`), the words
/// of [`REPORTING_NOUNS`], [`PREP_VERBS_TO`], [`PREP_VERBS_ABOUT`], [`OTHER_CUE_HEADS`] and
/// [`THAT_VERBS`]. Any other word is passed over before its
/// readings are tried, and a sentence with none of them is passed over whole.
pub(super) fn indirect_heads<'a>(
    cue_forms: impl Iterator<Item = &'a String>,
) -> crate::wordset::WordSet {
    let mut set = crate::wordset::WordSet::default();
    for f in cue_forms {
        // (A phrase is matched as the word, a space and the next words.)
        set.insert(f.split(' ').next().unwrap_or(""));
    }
    for words in [
        REPORTING_NOUNS,
        PREP_VERBS_TO,
        PREP_VERBS_ABOUT,
        OTHER_CUE_HEADS,
    ] {
        set.extend(words.iter().copied());
    }
    set.extend(THAT_VERBS.iter().copied());
    set
}

/// The index in `ws` of the first word that can open a cue of indirect speech
/// ([`indirect_heads`]).
fn first_cue_head(doc: &Doc<'_>, ws: &[Span]) -> Option<usize> {
    let heads = &doc.pipeline.extractor.indirect_heads;
    ws.iter().position(|w| heads.contains(&doc.lower_at(*w)))
}

/// The words of a subject before a closing cue, a named mention counting as one word and a
/// parenthesised abbreviation as none (`the Office of the Deputy Prime Minister (ODPM) has`
/// is three words).
fn subject_words(doc: &Doc<'_>, subj: Span) -> usize {
    let text = doc.text;
    let mut n = 0;
    let mut covered = 0;
    for w in subj.slice(text).split_whitespace() {
        // The word's own offset (the first `find` of it after the last word: only white
        // space lies between).
        let start = w.as_ptr() as usize - text.as_ptr() as usize;
        if start < covered || (w.starts_with('(') && w.ends_with(')')) {
            continue;
        }
        if let Some(k) = doc.mention_covering(start) {
            covered = doc.mentions[k].span.end;
        }
        n += 1;
    }
    n
}

/// `Tom Baker, a spokesman, said ...`: the words before the verb are a name (at most four
/// capitalised words, or up to seven with "of"/"and" inside: `Acme Co of Canada`) and an
/// apposition between commas (a determiner and at most eight words, or `90 pct-owned by X`;
/// no verb): the subject, not words said before an inverted attribution.
fn named_apposition(head: &str) -> bool {
    let Some(h) = head.trim_end().strip_suffix(',') else {
        return false;
    };
    let Some((name, app)) = h.split_once(',') else {
        return false;
    };
    // (Also a company's name with "of" or "and" inside, `Acme Co of Canada`, `<Acme Corp>`.)
    let nw: Vec<&str> = name
        .split_whitespace()
        .map(|w| w.trim_matches(['<', '>']))
        .collect();
    let capital = |w: &&str| w.starts_with(|c: char| c.is_uppercase());
    let name_ok = (1..=4).contains(&nw.len()) && nw.iter().all(capital)
        || nw.len() <= 7
            && nw.first().is_some_and(capital)
            && nw.last().is_some_and(capital)
            && nw.iter().all(|w| capital(w) || matches!(*w, "of" | "and"));
    let aw: Vec<&str> = app.split_whitespace().collect();
    // `Acme Co, 90 pct-owned by Zeta Corp,`: who owns it.
    let owned = aw
        .first()
        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
        && aw
            .get(1)
            .is_some_and(|w| *w == "pct-owned" || *w == "pct" && aw.get(2) == Some(&"owned"));
    // `Jo Lee, Acme's chief executive,`, `Jo Lee, spokesman for the ministry,`: a
    // possessor or a title with no article opens the apposition too.
    let opens_apposition = |w: &&str| {
        w.starts_with(|c: char| c.is_lowercase())
            || w.starts_with(|c: char| c.is_uppercase()) && (w.ends_with("'s") || w.ends_with("’s"))
    };
    name_ok
        && aw.len() <= 9
        && (owned || aw.first().is_some_and(opens_apposition))
        && !aw.iter().any(|w| {
            FINITE_AUX.contains(w) || matches!(*w, "that" | "who" | "which" | "said" | "says")
        })
}

/// `CLAUSE, Chris Clark, director for Acme said.`: when the words `subj` between the last
/// comma (at `comma`) and the cue hold a title word and open in lower case, and the phrase
/// between the comma before it and `comma` is one person's name (a title may precede it),
/// that person and the clause before their name.
fn unclosed_apposition(
    doc: &Doc<'_>,
    clause_start: usize,
    comma: usize,
    subj: Span,
) -> Option<(Speaker, Span)> {
    let text = doc.text;
    let words: Vec<&str> = subj.slice(text).split_whitespace().collect();
    let first = words.first()?;
    if !first.starts_with(|c: char| c.is_lowercase())
        || PRONOUNS.contains(first)
        || words.len() > 6
        || !words.iter().any(|w| {
            doc.pipeline.recognizer.is_title(
                &w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase(),
            )
        })
    {
        return None;
    }
    let c2 = text[clause_start..comma].rfind(',')? + clause_start;
    let name = trim(text, Span::new(c2 + 1, comma));
    let k = doc.mention_ending_at(name.end)?;
    let m = &doc.mentions[k];
    let e = doc.res.entity_of[k]?;
    if doc.res.entities[e].kind != EntityKind::Person {
        return None;
    }
    let lead = m.title.map_or(m.span.start, |t| t.start.min(m.span.start));
    if lead > name.start + 1 && !text[name.start..lead].trim().is_empty() {
        return None;
    }
    Some((
        Speaker {
            mention: m.span,
            entity: Some(e),
        },
        trim(text, Span::new(clause_start, c2)),
    ))
}

/// `CLAUSE, Jo Lee, head of Acme,` (`head`, the words before a cue with nothing between
/// its last comma and the verb): where a subject of two or three comma-separated phrases
/// (a name and its appositions, either way round) may open, nearest first, as offsets in
/// `head` of the comma before it. A phrase has one to twelve words and no verb; the last may
/// be a relative clause (`Acme, which owns the mill,`).
fn apposed_subjects(head: &str) -> impl Iterator<Item = usize> + '_ {
    let h = head.trim_end().strip_suffix(',').unwrap_or_default();
    let commas: Vec<usize> = h.rmatch_indices(',').map(|(i, _)| i).take(3).collect();
    (1..commas.len()).map_while(move |k| {
        let open = commas[k];
        let parts: Vec<&str> = h[open + 1..].split(',').collect();
        let last = parts.len() - 1;
        let ok = parts.iter().enumerate().all(|(i, p)| {
            let n = p.split_whitespace().count();
            let relative =
                i == last && matches!(p.split_whitespace().next(), Some("who" | "which"));
            (1..=12).contains(&n)
                && (relative
                    || !p.split_whitespace().any(|w| {
                        FINITE_AUX.contains(&w)
                            || matches!(w, "that" | "who" | "whose" | "which" | "said" | "says")
                    }))
        });
        ok.then_some(open)
    })
}

/// True for a lower-case subject pronoun of a person or people ("he", "she", "they", "we",
/// "i"), which opens a clause of its own.
fn subject_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "they" | "we" | "i")
}

/// True for a lower-case participle in "-ing" (not "nothing", "something", ..., nor a verb
/// of speaking with its preposition, [`prep_verb`]): after an attribution and its comma it
/// tells how the words were said (`he said, wiping sweat off his face`), it opens no clause
/// of what was said.
fn manner_participle(w: &str) -> bool {
    w.len() > 5
        && w.ends_with("ing")
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && !matches!(w, "nothing" | "something" | "everything" | "anything")
        // (`he said, referring to X`: what the words were about.)
        && prep_verb(w).is_none()
}

/// True for a short time or place phrase that only opens a clause (`At one point on Sunday`
/// in `At one point on Sunday, Jo Lee, who has followers, tweeted "..."`): no content.
fn adverbial_phrase(phrase: &str) -> bool {
    let mut words = phrase.split_whitespace();
    let opener = words.next().map(str::to_lowercase);
    matches!(
        opener.as_deref(),
        Some("at" | "in" | "on" | "earlier" | "later" | "last" | "after" | "before" | "during")
    ) && !phrase.contains(',')
        && words.count() < 6
}

/// True when `m`, found in a comma-separated subject starting at `from`, is its head: it
/// ends the first phrase (`Jo Lee, head of Acme,`; `Acme's chief Jo Lee, a lawyer,`) or is a
/// whole later one (`the governor of the bank, Jo Lee,`), not a word inside a phrase
/// (`Jo Lee, a director of Acme, the largest Dutch mill,`; `A and B, the new company,`).
fn heads_subject(text: &str, from: usize, m: Span) -> bool {
    let first_end = text[from..].find(',').map_or(text.len(), |i| from + i);
    let ends_phrase = text[m.end..].trim_start().starts_with(',');
    ends_phrase && (m.start < first_end || text[..m.start].trim_end().ends_with(','))
}

/// Verbs that report what was said only with their preposition (`referred to X`,
/// `talked about X`): that preposition.
fn prep_verb(w: &str) -> Option<&'static str> {
    if PREP_VERBS_TO.contains(&w) {
        Some("to")
    } else if PREP_VERBS_ABOUT.contains(&w) {
        Some("about")
    } else {
        None
    }
}

/// The verbs [`prep_verb`] reads with "to".
const PREP_VERBS_TO: &[&str] = &[
    "refer",
    "refers",
    "referred",
    "referring",
    "point",
    "points",
    "pointed",
    "pointing",
];

/// The verbs [`prep_verb`] reads with "about".
const PREP_VERBS_ABOUT: &[&str] = &[
    "talk", "talks", "talked", "talking", "speak", "speaks", "spoke", "speaking",
];

/// True when `s` (from "and" on) opens a clause of its own: a subject (a pronoun, a
/// determiner, a capitalised word or a number) and a finite verb within six words before
/// the next comma (`and three of them were`, `and there were none`), not a second verb of
/// the same subject (`wants X to stay, and keep Y that was built`).
fn new_clause(s: &str) -> bool {
    let part = s.split([',', ';']).next().unwrap_or("");
    let mut it = part.split_whitespace().skip(1).take(6);
    it.next().is_some_and(|x| {
        !FINITE_AUX.contains(&x)
            && (CLAUSE_SUBJECTS.contains(&x)
                || x.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || matches!(x, "few" | "two" | "three" | "both" | "all"))
    }) && it.any(|x| FINITE_AUX.contains(&x))
}

/// `and Tory leader Michael Howard may ...`, `and Jones said ...`: the " and " at `at` is
/// preceded by a lower-case word and followed (within three words, no comma) by a name whose
/// mention is directly followed by a finite auxiliary or a reporting verb; `between X and Y
/// was` and `X and Y had` (names on both sides) stay one noun phrase.
fn bare_and_clause(doc: &Doc<'_>, from: usize, at: usize) -> bool {
    let text = doc.text;
    let before = &text[from..at];
    if before.contains("between")
        || !before
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()))
    {
        return false;
    }
    let rest_start = at + " and ".len();
    let rest = &text[rest_start..];
    let mut off = 0;
    for w in rest.split(' ').take(3) {
        if w.contains([',', ';', '.']) && !w.ends_with('.') {
            return false;
        }
        let pos = rest_start + off;
        if let Some(k) = doc
            .mention_covering(pos)
            .filter(|&k| doc.mentions[k].span.start == pos)
        {
            let after = text[doc.mentions[k].span.end..].trim_start_matches(' ');
            let next = after
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            if after.len() < text.len() - doc.mentions[k].span.end
                && (FINITE_AUX.contains(&next)
                    || next.starts_with(|c: char| c.is_lowercase())
                        && doc.pipeline.extractor.is_reporting(next))
            {
                return true;
            }
        }
        // Only a title or a capitalised word may come before the name (`Tory leader X`).
        if !(w.starts_with(|c: char| c.is_uppercase())
            || doc.pipeline.recognizer.is_title(&lower_cow(w)))
        {
            return false;
        }
        off += w.len() + 1;
    }
    false
}

/// Words that open the question of a sentence-initial `Asked ...,` (`Asked whether X, Y
/// said`); the content runs to the first comma.
const ASKED_OPENERS: &[&str] = &[
    "about", "whether", "if", "why", "what", "how", "when", "where", "which", "who", "to",
];

/// `Asked about X, Y said ...` / `Asked whether X, ...`: the question is content of its own
/// with no speaker named (the asker is left out).
fn asked_lead(
    doc: &Doc<'_>,
    ws: &[Span],
    span: Span,
    in_quote: &dyn Fn(Span) -> bool,
    out: &mut Vec<QuoteOut>,
) {
    let text = doc.text;
    let (Some(a), Some(b)) = (ws.first(), ws.get(1)) else {
        return;
    };
    if a.slice(text) != "Asked" || in_quote(*a) {
        return;
    }
    let lb = lower_cow(b.slice(text));
    if !ASKED_OPENERS.contains(&lb.as_ref()) {
        return;
    }
    let Some(comma) = text[b.end..span.end].find(',') else {
        return;
    };
    let end = b.end + comma;
    let (cue, start) = if lb == "about" {
        (Span::new(a.start, b.end), b.end)
    } else {
        (*a, b.start)
    };
    let content = trim(text, Span::new(start, end));
    if content.is_empty() || in_quote(content) {
        return;
    }
    push_indirect(doc, out, content, cue, None, None);
}

/// Nouns for a survey that a sentence can be read from (`In a poll released Monday, X leads`).
const POLL_NOUNS: &[&str] = &["poll", "polls", "survey", "surveys"];

/// `In a new poll, X leads Y by five points.`: the clause after the comma is what the poll
/// found, and the poll is its source. True when the sentence was read this way.
fn poll_lead(
    doc: &Doc<'_>,
    ws: &[Span],
    span: Span,
    in_quote: &dyn Fn(Span) -> bool,
    out: &mut Vec<QuoteOut>,
) -> bool {
    let text = doc.text;
    let Some(a) = ws.first() else { return false };
    if a.slice(text) != "In" || in_quote(*a) {
        return false;
    }
    let Some(comma) = text[a.end..span.end].find(',') else {
        return false;
    };
    let comma = a.end + comma;
    let head = Span::new(a.end, comma);
    let head_ws: Vec<&Span> = ws.iter().filter(|w| head.contains(**w)).collect();
    if head_ws.len() > 12
        || !head_ws
            .iter()
            .any(|w| POLL_NOUNS.contains(&lower_cow(w.slice(text)).as_ref()))
    {
        return false;
    }
    let clause = trim(text, Span::new(comma + 1, span.end));
    let content = Span::new(
        clause.start,
        strip_final_punct(text, clause).max(clause.start),
    );
    if text[content.start..content.end].split_whitespace().count() < 3 || in_quote(content) {
        return false;
    }
    let source = trim(text, head);
    push_indirect(
        doc,
        out,
        content,
        *a,
        Some(Speaker {
            mention: source,
            entity: None,
        }),
        Some(head),
    );
    true
}

/// Words of a standing in a race: a clause with one of them before `in the polls` is what
/// the polls show.
const STANDING: &[&str] = &[
    "lead", "leads", "leading", "led", "ahead", "behind", "trails", "trailing", "trailed",
    "percent", "points", "second", "third", "fourth", "fell", "rose", "tied",
];

/// `X has a decisive lead in the polls.`, `Y trails by nine points in a new survey.`: the clause
/// before `in <... poll ...>` closing the sentence is content, the poll its source (no entity),
/// in a sentence with no other attribution.
fn poll_tail(doc: &Doc<'_>, span: Span, ws: &[Span], direct: &[Span], out: &mut Vec<QuoteOut>) {
    let text = doc.text;
    if overlapping(direct, span).next().is_some() {
        return;
    }
    let Some(k) = ws.iter().rposition(|w| w.slice(text) == "in") else {
        return;
    };
    let tail = &ws[k + 1..];
    if k < 3
        || tail.is_empty()
        || tail.len() > 10
        || !tail
            .iter()
            .any(|w| POLL_NOUNS.contains(&lower_cow(w.slice(text)).as_ref()))
        || text[ws[k].end..span.end].contains([',', ';', ':', '"', '“', '”'])
        || tail.iter().any(|w| {
            matches!(
                w.slice(text),
                "but" | "despite" | "while" | "although" | "among" | "and"
            )
        })
        || !ws[..k]
            .iter()
            .any(|w| STANDING.contains(&lower_cow(w.slice(text)).as_ref()))
    {
        return;
    }
    let clause = trim(text, Span::new(span.start, ws[k].start));
    let content = Span::new(
        clause.start,
        text[clause.start..clause.end]
            .trim_end_matches([',', ' '])
            .len()
            + clause.start,
    );
    let source = trim(
        text,
        Span::new(
            tail[0].start,
            strip_final_punct(text, Span::new(tail[0].start, span.end)),
        ),
    );
    push_indirect(
        doc,
        out,
        content,
        ws[k],
        Some(Speaker {
            mention: source,
            entity: None,
        }),
        None,
    );
}

use crate::text::collapse_ws as norm;

/// Verbs that present a clause as an impression or a forecast with no one named:
/// `X appears to Y`, `X seemed to Y`, `X is expected to Y`.
const RAISING: &[&str] = &["seem", "seems", "seemed", "appear", "appears", "appeared"];

/// `X appears to be Y`, `X is expected to Y`: the whole clause is the content, with no speaker.
/// `ws` are the sentence's [`word_spans`].
fn raising(doc: &Doc<'_>, span: Span, ws: &[Span], direct: &[Span], out: &mut Vec<QuoteOut>) {
    let text = doc.text;
    if overlapping(direct, span).next().is_some() {
        return;
    }
    for (wi, w) in ws.iter().enumerate() {
        let lw = doc.lower_at(*w);
        let cue_start = if RAISING.contains(&lw.as_ref()) {
            w.start
        } else if lw == "expected"
            && wi > 0
            && matches!(
                lower_cow(ws[wi - 1].slice(text)).as_ref(),
                "is" | "are" | "was" | "were"
            )
        {
            ws[wi - 1].start
        } else {
            continue;
        };
        if wi < 1
            || !ws
                .get(wi + 1)
                .is_some_and(|t| t.slice(text) == "to" && text[w.end..t.start].trim().is_empty())
        {
            continue;
        }
        // The subject: from the sentence start, or from a relative pronoun (`which is
        // expected to`).
        let start = ws[..wi]
            .iter()
            .rev()
            .find(|x| matches!(lower_cow(x.slice(text)).as_ref(), "which" | "who"))
            .map_or(span.start, |x| x.start);
        if text[start..cue_start].contains([',', ';', ':', '"', '“', '”']) {
            return;
        }
        let end = first_clause_break(&text[w.end..span.end]).map_or(span.end, |i| w.end + i);
        let content = trim(text, Span::new(start, end));
        let content = Span::new(
            content.start,
            strip_final_punct(text, content).max(content.start),
        );
        push_indirect(doc, out, content, Span::new(cue_start, w.end), None, None);
        return;
    }
}

/// Cue readings the lexicon's one-word look-up misses, for the word `ws[wi]` (`lw` lower
/// case): the number of words the cue runs on past it (0 for one word).
/// - a multi-word form of `reporting.tsv` (`pointed out`, `made it clear`, `went on to say`):
///   a speech cue spanning the phrase; not a phrase ending in "it" (`put it` has no content);
/// - `sees X as Y`: a view, whose content is the object (see [`see_as`]);
/// - a verb of thinking closing its sentence (`..., I think.`): a cue like `..., he said.`.
fn pol22_cue(
    doc: &Doc<'_>,
    span: Span,
    ws: &[Span],
    wi: usize,
    lw: &str,
    cue: &mut super::Cue,
) -> usize {
    let text = doc.text;
    if !(cue.reporting || cue.cognition) {
        // Multi-word forms, tried only after the particles that continue them.
        let Some(next) = ws.get(wi + 1) else {
            return 0;
        };
        if matches!(lw, "see" | "sees" | "saw" | "seen" | "seeing") {
            if see_as(doc, ws, wi) && !closing_attribution(doc, span, ws[wi].end) {
                cue.reporting = true;
                cue.object = true;
            }
            return 0;
        }
        // `ruled that X`, `recognized that X`: verbs that report only with "that" next.
        // (Not passive: `it should be remembered that` names no one.)
        if THAT_VERB_SET.contains(lw)
            && !wi
                .checked_sub(1)
                .is_some_and(|p| PASSIVE.contains(&lower_cow(ws[p].slice(text)).as_ref()))
        {
            let mut j = wi + 1;
            while ws
                .get(j)
                .is_some_and(|x| skip_after(&lower_cow(x.slice(text))))
            {
                j += 1;
            }
            if ws.get(j).is_some_and(|x| {
                x.slice(text) == "that" && !text[ws[wi].end..x.start].contains([',', ';', '('])
            }) && !closing_attribution(doc, span, ws[wi].end)
            {
                cue.reporting = true;
            }
            return 0;
        }
        if !matches!(next.slice(text), "out" | "clear" | "it" | "on") {
            return 0;
        }
        let mut phrase = lw.to_string();
        let mut found = 0;
        for (k, x) in ws[wi + 1..].iter().take(3).enumerate() {
            if !text[ws[wi + k].end..x.start].trim().is_empty() {
                break;
            }
            phrase.push(' ');
            phrase.push_str(&lower_cow(x.slice(text)));
            if !phrase.ends_with(" it") && doc.pipeline.extractor.cue(&phrase).reporting {
                found = k + 1;
            }
        }
        // (Not passive: `it should be pointed out that` names no one.)
        let passive = wi
            .checked_sub(1)
            .is_some_and(|p| PASSIVE.contains(&lower_cow(ws[p].slice(text)).as_ref()));
        if found == 0 || passive || closing_attribution(doc, span, ws[wi].end) {
            return 0;
        }
        cue.reporting = true;
        return found;
    }
    // `..., I think.` / `..., they believe —`: nothing but the end of the sentence after it.
    if cue.cognition && !cue.reporting && !lw.ends_with("ing") {
        let tail = text[ws[wi].end..span.end].trim();
        // The subject after the comma: a pronoun, a determiner or a name opening one to
        // three words (not `desolate of all hope.`).
        let subject = |subj: &str| {
            let words: Vec<&str> = subj.split_whitespace().collect();
            (1..=3).contains(&words.len())
                && (CLAUSE_SUBJECTS.contains(&lower_cow(words[0]).as_ref())
                    || words[0].starts_with(|c: char| c.is_uppercase()))
                && !words
                    .iter()
                    .any(|x| matches!(*x, "of" | "all" | "no" | "any" | "with" | "without" | "in"))
        };
        if matches!(tail, "" | "." | "!" | "?")
            && text[span.start..ws[wi].start].contains(',')
            && text[span.start..ws[wi].start]
                .trim_end()
                .rsplit(',')
                .next()
                .is_some_and(subject)
        {
            cue.reporting = true;
        }
    }
    0
}

/// [`THAT_VERBS`] as a set that turns most words away on their first and last byte: it is
/// asked about every word that is no cue.
static THAT_VERB_SET: std::sync::LazyLock<crate::wordset::WordSet> =
    std::sync::LazyLock::new(|| {
        let mut set = crate::wordset::WordSet::default();
        for w in THAT_VERBS {
            set.insert(w);
        }
        set
    });

/// Verbs that report (or present what someone knows) only with "that" right after them:
/// `the judge ruled that`, `she recognized that`, `he learned that` (not `ruled out`,
/// `learned a lesson`).
const THAT_VERBS: &[&str] = &[
    "ruled",
    "recognize",
    "recognizes",
    "recognized",
    "recognise",
    "recognises",
    "recognised",
    "realize",
    "realizes",
    "realized",
    "realise",
    "realises",
    "realised",
    "speculate",
    "speculates",
    "speculated",
    "recommend",
    "recommends",
    "recommended",
    "learn",
    "learns",
    "learned",
    "learnt",
    "calculate",
    "calculates",
    "calculated",
    "reasoned",
    "remember",
    "remembers",
    "remembered",
    "ordered",
    "discover",
    "discovers",
    "discovered",
    "noticed",
];

/// True when the sentence `span` holds a short attribution set off by a comma past `from`
/// (`..., a spokesman for the bank said.`, `..., said Jo Lee, founder of X, and ...`): the
/// words before it are that speaker's, and a verb of thinking or viewing inside them is no
/// cue of its own.
fn closing_attribution(doc: &Doc<'_>, span: Span, from: usize) -> bool {
    let text = doc.text;
    let Some(first) = text[from..span.end].find(',') else {
        return false;
    };
    text[from + first + 1..span.end].split(',').any(|part| {
        let words: Vec<&str> = part
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .filter(|x| !x.is_empty())
            .collect();
        words.len() <= 14
            && !words.contains(&"that")
            && words.iter().any(|x| is_bare_clause(&x.to_lowercase()))
    })
}

/// `sees the plan as a threat`, `saw her as a rival`: up to six words of a noun phrase (no
/// punctuation, number, participle, auxiliary or clause word) then "as" and a lower-case
/// word that opens no clause (`saw prices fall as he`, `as a result`, `as well as`, `such as`).
fn see_as(doc: &Doc<'_>, ws: &[Span], wi: usize) -> bool {
    let text = doc.text;
    let Some(k) = ws[wi + 1..]
        .iter()
        .take(7)
        .position(|x| x.slice(text) == "as")
        .map(|i| wi + 1 + i)
    else {
        return false;
    };
    if k == wi + 1
        || text[ws[wi].end..ws[k].start].contains([',', ';', ':', '.', '(', '"', '“', '”', '—'])
    {
        return false;
    }
    let np_word = |x: &Span| {
        let lx = lower_cow(x.slice(text));
        !(lx.ends_with("ing")
            || lx.contains(|c: char| c.is_ascii_digit())
            || FINITE_AUX.contains(&lx.as_ref())
            || CLAUSE_WORDS.contains(&lx.as_ref())
            || matches!(
                lx.as_ref(),
                "such"
                    | "well"
                    | "soon"
                    | "long"
                    | "much"
                    | "far"
                    | "that"
                    | "to"
                    | "and"
                    | "or"
                    | "but"
                    | "how"
                    | "whom"
                    | "whose"
                    | "there"
                    | "be"
                    | "been"
            ))
    };
    if !ws[wi + 1..k].iter().all(np_word) {
        return false;
    }
    let Some(after) = ws.get(k + 1) else {
        return false;
    };
    let la = after.slice(text);
    let as_a_result = la == "a" && ws.get(k + 2).is_some_and(|x| x.slice(text) == "result");
    la.starts_with(|c: char| c.is_lowercase())
        && !CLAUSE_WORDS.contains(&la)
        && !matches!(
            la,
            "well" | "soon" | "long" | "much" | "far" | "part" | "usual" | "the"
        )
        && !as_a_result
}

/// `believe other senators would be smart`, `think women are likely to`: after a verb of
/// thinking, up to four words of a subject (no preposition, punctuation or clause word) then
/// a finite auxiliary: a bare clause with a subject [`CLAUSE_SUBJECTS`] does not list.
fn finite_clause_after(doc: &Doc<'_>, span: Span, ws: &[Span], wi: usize) -> bool {
    let text = doc.text;
    let Some(first) = ws.get(wi + 1) else {
        return false;
    };
    // A participle (`best known brand is`, `is widely expected`), a capitalised verb inside
    // a title (`Do They Know It's Christmas is`), an adverb opening no subject (`think
    // probably should`), or a closing attribution (`..., X said.`) reads otherwise.
    let verb = ws[wi].slice(text);
    // (`It is understood CLAUSE` reads as a clause.)
    let impersonal = wi >= 2
        && lower_cow(ws[wi - 2].slice(text)) == "it"
        && matches!(ws[wi - 1].slice(text), "is" | "was");
    if (!impersonal
        && matches!(
            verb.to_lowercase().as_str(),
            "known" | "understood" | "considered" | "anticipated" | "expected" | "assumed"
        ))
        || (verb.starts_with(|c: char| c.is_uppercase()) && wi > 0)
        || wi.checked_sub(1).is_some_and(|p| {
            matches!(
                lower_cow(ws[p].slice(text)).as_ref(),
                "best" | "well" | "widely" | "little" | "better" | "most" | "least" | "generally"
            )
        })
        || first.slice(text).ends_with("ly")
        || closing_attribution(doc, span, ws[wi].end)
    {
        return false;
    }
    let lf = lower_cow(first.slice(text));
    if FINITE_AUX.contains(&lf.as_ref())
        || AFTER_CUE.contains(&lf.as_ref())
        || NOT_OBJECT.contains(&lf.as_ref())
        || matches!(
            lf.as_ref(),
            "to" | "for"
                | "on"
                | "by"
                | "so"
                | "too"
                | "otherwise"
                | "differently"
                | "highly"
                | "no"
                | "nothing"
                | "anything"
                | "everything"
                | "something"
                | "better"
                | "more"
        )
    {
        return false;
    }
    for (n, x) in ws[wi + 1..].iter().enumerate().take(5) {
        if !text[ws[wi + n].end..x.start].trim().is_empty() {
            return false;
        }
        let lx = lower_cow(x.slice(text));
        if n > 0 && FINITE_AUX.contains(&lx.as_ref()) {
            return true;
        }
        if CLAUSE_WORDS.contains(&lx.as_ref())
            || AFTER_CUE.contains(&lx.as_ref())
            || matches!(
                lx.as_ref(),
                "to" | "for" | "on" | "by" | "from" | "or" | "whom" | "whose"
            )
        {
            return false;
        }
    }
    false
}

/// `stressed he would stay`, `confirmed the plant would close`: a verb of speech outside
/// [`BARE_CLAUSE`] reports a clause with no "that" when a subject pronoun follows it, or a
/// short subject and a finite auxiliary do ([`finite_clause_after`]); not a participle
/// (`stressing`), an infinitive with no pronoun after it (`need to add now is`), a
/// reporting noun with no finite clause (`explain comments he made`, `over comments X is
/// alleged to have made`), a passive (`was confirmed`), an object
/// (`confirmed the deal`), a verb with a hearer (`informed the crowd X was`), a noun (`US
/// state Texas has`, `share and note holders will`), a preposition or a reporting verb after
/// it (`protests against X are`, `the Bank report said X`).
fn speech_clause_after(
    doc: &Doc<'_>,
    span: Span,
    ws: &[Span],
    wi: usize,
    prev: Option<&str>,
    noun: bool,
) -> bool {
    let text = doc.text;
    let verb = ws[wi];
    let lv = lower_cow(verb.slice(text));
    // A word that is also a reporting noun (`claim`, `comments`) or an infinitive needs the
    // whole clause, not only a pronoun (`explain comments he made`, `need to add now`).
    let strict = noun || prev == Some("to");
    // `over comments X is alleged to have made`: a noun after a preposition or determiner.
    if noun
        && prev.is_some_and(|p| {
            NOT_SUBJECT.contains(&p)
                || DETERMINERS.contains(&p)
                || TAIL_PREPS.contains(&p)
                || matches!(p, "over" | "against")
        })
    {
        return false;
    }
    if (lv.ends_with("ing") && !second_participle(text, ws, wi, prev))
        || prev.is_some_and(|p| PASSIVE.contains(&p))
        || matches!(
            lv.as_ref(),
            "state" | "states" | "note" | "notes" | "implied" | "written"
        )
        || [
            "inform", "assur", "remind", "notif", "persuad", "convinc", "advis", "urg", "ask",
        ]
        .iter()
        .any(|h| lv.starts_with(h))
    {
        return false;
    }
    let Some(next) = ws.get(wi + 1) else {
        return false;
    };
    let ln = doc.lower_at(*next);
    // (`the Bank report said X`: a noun before the verb that reports.)
    if !text[verb.end..next.start].trim().is_empty()
        || doc.pipeline.extractor.is_reporting(&ln)
        || doc.pipeline.extractor.is_cognition(&ln)
        || TAIL_PREPS.contains(&ln.as_ref())
        || matches!(
            ln.as_ref(),
            "against" | "over" | "into" | "under" | "up" | "out" | "off" | "back"
        )
    {
        return false;
    }
    let pronoun = subject_pronoun(&ln);
    if prev == Some("to") {
        return pronoun;
    }
    // (`claim they are`: a pronoun and a finite verb after a noun-like cue.)
    let aux_next = || {
        ws.get(wi + 2)
            .is_some_and(|x| FINITE_AUX.contains(&doc.lower_at(*x).as_ref()))
    };
    // (`Giuliani's written statement said A`, `a press report today said A`: a reporting
    // verb before the finite one is the clause's own cue.)
    let cue_inside = || {
        ws[wi + 1..]
            .iter()
            .take(6)
            .take_while(|x| !FINITE_AUX.contains(&doc.lower_at(**x).as_ref()))
            .any(|x| doc.pipeline.extractor.is_reporting(&doc.lower_at(*x)))
    };
    ((pronoun && (!strict || aux_next())) || finite_clause_after(doc, span, ws, wi))
        && !cue_inside()
}

/// `X sued the firm, claiming the deal broke the law`, `X said A, adding the plan would
/// fail`, `while arguing he should stay`: a participle of a speech verb after a comma or
/// "while" opens a second part sharing the clause's subject, and reports a bare clause like
/// a finite verb (the callers still ask for a pronoun or a finite clause after it).
fn second_participle(text: &str, ws: &[Span], wi: usize, prev: Option<&str>) -> bool {
    wi > 0 && (prev == Some("while") || text[ws[wi - 1].end..ws[wi].start].contains(','))
}

/// The mention that speaks in the source phrase after "according to": the first one, or
/// the person after it when only title words come between (`according to Acme Corp chief
/// executive Jo Smith`, `according to the Bank of England's deputy governor Jo Smith`).
fn according_source(doc: &Doc<'_>, rest: Span) -> Option<usize> {
    let text = doc.text;
    let ms = doc.mentions_in(rest);
    let &first = ms.first()?;
    if doc.kind(first) == EntityKind::Person {
        return Some(first);
    }
    let titled = ms.iter().copied().find(|&k| {
        doc.kind(k) == EntityKind::Person && {
            let between = &text[doc.mentions[first].span.end..doc.mentions[k].span.start];
            let between = between
                .strip_prefix("'s")
                .or_else(|| between.strip_prefix("’s"))
                .unwrap_or(between);
            between.split_whitespace().all(|w| {
                w.chars().all(|c| c.is_alphabetic() || c == '-')
                    && (w.starts_with(|c: char| c.is_lowercase())
                        || doc.pipeline.recognizer.is_title(&lower_cow(w)))
                    && !matches!(
                        w,
                        "and" | "or" | "of" | "for" | "with" | "by" | "to" | "from" | "in" | "at"
                    )
            })
        }
    });
    Some(titled.unwrap_or(first))
}

/// What "according to X" attributes (`rest_end`: where the source phrase after "to" ends):
/// the clause after `According to X,`; the clause before `..., according to X.`; both
/// around it when the source stands inside the sentence before a verb (`At the heart of it,
/// according to X, was a decision`); only the part after it when the words before are
/// fewer than three (`But, according to X, CLAUSE`, `For Jo, according to X, CLAUSE`).
fn according_content(text: &str, span: Span, cue_start: usize, rest_end: usize) -> Span {
    let after = || trim(text, Span::new((rest_end + 1).min(span.end), span.end));
    if text[span.start..cue_start].trim().is_empty() {
        return after();
    }
    let head = text[span.start..cue_start]
        .trim_end()
        .trim_end_matches([',', '—', '-']);
    let head = trim(text, Span::new(span.start, span.start + head.len()));
    if rest_end < span.end && text[rest_end..].starts_with(',') {
        let tail = after();
        // (`according to a source, who asked not to be named, CLAUSE`: past the relative.)
        let tail = match text[tail.start..tail.end].split_whitespace().next() {
            Some("who" | "which" | "whose") => {
                text[tail.start..tail.end].find(", ").map_or(tail, |i| {
                    trim(text, Span::new(tail.start + i + 1, tail.end))
                })
            }
            _ => tail,
        };
        let tail_words = text[tail.start..tail.end]
            .split_whitespace()
            .take(3)
            .count();
        let head_words = text[head.start..head.end]
            .split_whitespace()
            .take(3)
            .count();
        if tail_words >= 3 && text[head.end..cue_start].contains(',') {
            let first = text[tail.start..tail.end]
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            // (`The stockholders, according to X, have organized ...`: the head is the subject.)
            if head_words < 3 && !FINITE_AUX.contains(&first) {
                return tail;
            }
            // A head that attributes words of its own (`He said the profit, according to
            // X, was ...`) keeps its reading.
            if text[head.start..head.end]
                .split(|c: char| !c.is_alphanumeric())
                .any(|x| is_bare_clause(&x.to_lowercase()))
            {
                return head;
            }
            if FINITE_AUX.contains(&first) || (first.len() > 4 && first.ends_with("ing")) {
                return Span::new(head.start, tail.end);
            }
        }
    }
    head
}

fn strip_final_punct(text: &str, s: Span) -> usize {
    let t = &text[s.start..s.end];
    let trimmed = t.trim_end_matches(['.', ' ', '!', '?']);
    // Keep a closing quote mark when the content ends with a partial quote.
    s.start + trimmed.len()
}

fn push_indirect(
    doc: &Doc<'_>,
    out: &mut Vec<QuoteOut>,
    content: Span,
    cue: Span,
    speaker: Option<Speaker>,
    date_zone: Option<Span>,
) {
    if content.is_empty() {
        return;
    }
    let speaker_id = speaker
        .as_ref()
        .and_then(|s| s.entity)
        .map(|e| doc.res.entities[e].id.clone());
    let date = date_zone.and_then(|z| doc.date_in(z));
    out.push(QuoteOut {
        record: QuoteRecord {
            about: about(doc, content, speaker_id.as_deref()),
            speaker: speaker_id,
            speaker_mention: speaker.as_ref().map(|s| doc.article.evidence(s.mention)),
            cue: Some(doc.article.evidence(cue)),
            content: doc.article.evidence(content),
            direct: false,
            date,
        },
        content,
        speaker: speaker.and_then(|s| s.entity),
    });
}

#[cfg(test)]
mod tests {
    use crate::article::Article;
    use crate::pipeline::Pipeline;

    /// The indirect pass's gate lets through every word that one of its cue readings accepts
    /// (a reporting or cognition form, a reporting noun, a verb with its preposition, `hope`,
    /// `see`, a "that" verb, `according`, the first word of a multi-word form), over every word
    /// of the lexicons and of those lists, and turns common words away.
    #[test]
    fn indirect_heads_hold_every_cue_reading() {
        let lex = crate::lexicon::Lexicon::builtin().unwrap();
        let p = Pipeline::new(&lex);
        let ex = &p.extractor;
        let heads = &ex.indirect_heads;
        let forms: Vec<&str> = lex
            .reporting
            .iter()
            .flat_map(|r| r.forms.iter())
            .map(String::as_str)
            .collect();
        let mut vocabulary: Vec<&str> = forms.iter().flat_map(|f| f.split_whitespace()).collect();
        vocabulary.extend(
            lex.events
                .iter()
                .flat_map(|e| e.forms.iter())
                .flat_map(|f| f.split_whitespace()),
        );
        vocabulary.extend(
            super::OTHER_CUE_HEADS
                .iter()
                .chain(super::THAT_VERBS)
                .copied(),
        );
        vocabulary.extend([
            "the", "rose", "market", "shares", "percent", "and", "ruling", "talker",
        ]);
        for w in vocabulary {
            let c = ex.cue(w);
            let reads = c.reporting
                || c.cognition
                || super::is_reporting_noun(w)
                || super::prep_verb(w).is_some()
                || matches!(w, "hope" | "hopes" | "hoped" | "hoping")
                || matches!(w, "see" | "sees" | "saw" | "seen" | "seeing")
                || super::THAT_VERB_SET.contains(w)
                || w == "according"
                || forms
                    .iter()
                    .any(|f| f.strip_prefix(w).is_some_and(|r| r.starts_with(' ')));
            assert_eq!(heads.contains(w), reads, "{w}");
        }
        for w in ["the", "rose", "market", "shares", "percent", "and"] {
            assert!(!heads.contains(w), "{w}");
        }
    }

    #[test]
    fn bare_clause_set_is_the_list() {
        for w in super::BARE_CLAUSE {
            assert!(super::is_bare_clause(w), "{w}");
        }
        for w in [
            "",
            "Said",
            "sai",
            "saidx",
            "tell",
            "according",
            "that",
            "responds",
        ] {
            assert_eq!(
                super::is_bare_clause(w),
                super::BARE_CLAUSE.contains(&w),
                "{w}"
            );
        }
    }

    #[test]
    fn first_clause_break_is_the_least_find() {
        let cases = [
            "he said, but then; again",
            "a — and b, but c",
            "—— and x; — and y",
            "é — and, though z",
            ", and as , and when ",
            "no break here",
            "x,; ,  but — or",
            "x - though y, but z",
            "x, but y - though z",
            "a-b - but c",
            "",
        ];
        for s in cases {
            let want = super::CLAUSE_BREAKS.iter().filter_map(|b| s.find(b)).min();
            assert_eq!(super::first_clause_break(s), want, "{s:?}");
        }
        // A wrapped line or a double space is a space (wire copy).
        assert_eq!(super::first_clause_break("rise,\nbut local"), Some(4));
        assert_eq!(super::first_clause_break("x,  while y"), Some(1));
        assert_eq!(super::first_clause_break("x,but y"), None);
    }

    /// (text, speaker mention text or None, content starts with, direct).
    const CASES: &[(&str, Option<&str>, &str, bool)] = &[
        // A preposition opens no object; "state" after a noun is a noun.
        (
            "The plan has broad support from farmers in the north.",
            None,
            "",
            false,
        ),
        (
            "The governor won the vote easily, a rare feat in his home state.",
            None,
            "",
            false,
        ),
        (
            "\"We will not leave the country now,\" he said.",
            Some("he"),
            "We will not leave",
            true,
        ),
        (
            "\"We will not leave the country now,\" said John Smith.",
            Some("John Smith"),
            "We will not leave",
            true,
        ),
        (
            "John Smith said: \"We will not leave the country now.\"",
            Some("John Smith"),
            "We will not leave",
            true,
        ),
        (
            "“We will not leave the country now,” the minister said.",
            Some("minister"),
            "We will not leave",
            true,
        ),
        (
            "''We will not leave the country now,'' he said.",
            Some("he"),
            "We will not leave",
            true,
        ),
        (
            "John Smith said that the troops would stay in the country.",
            Some("John Smith"),
            "the troops would stay",
            false,
        ),
        (
            "John Smith said the troops would stay in the country.",
            Some("John Smith"),
            "the troops would stay",
            false,
        ),
        (
            "John Smith told reporters the troops would stay in the country.",
            Some("John Smith"),
            "the troops would stay",
            false,
        ),
        (
            "The troops would stay in the country, John Smith said.",
            Some("John Smith"),
            "The troops would stay",
            false,
        ),
        (
            "According to John Smith, the troops would stay in the country.",
            Some("John Smith"),
            "the troops would stay",
            false,
        ),
        (
            "The troops would stay, according to several senior officials.",
            Some("several senior officials"),
            "The troops would stay",
            false,
        ),
        (
            "Several experts said the plan would cost far more than promised.",
            Some("Several experts"),
            "the plan would cost",
            false,
        ),
        (
            "“We are talking to them and we will keep talking.\n\n“Nothing has been decided yet,” he said.",
            Some("he"),
            "We are talking to them",
            true,
        ),
        (
            "The weather was fine and the troops went home.",
            None,
            "",
            false,
        ),
        // The subject phrase before auxiliaries.
        (
            "Kowalczyk has refused to hold hearings on the plan.",
            Some("Kowalczyk"),
            "to hold hearings",
            false,
        ),
        // A lower-case phrase after the verb when nothing stands before it.
        (
            "\"We will not leave this country at all,\" said one aide familiar with the talks.",
            Some("one aide familiar with the talks"),
            "We will not leave",
            true,
        ),
        // A subject phrase broken across lines (hard-wrapped wire copy).
        (
            "The trade representative Zbigniewa\nKowalczyk has refused to hold hearings on the plan.",
            Some("Zbigniewa\nKowalczyk"),
            "to hold hearings",
            false,
        ),
        // Quote marks written as apostrophes are not words of the subject.
        (
            "The tax cut plans are ''profoundly irresponsible,'' said Kowalczyk, a senior director.",
            Some("Kowalczyk"),
            "The tax cut plans",
            false,
        ),
        // The name before an apposition, not one inside it.
        (
            "Kowalczyk, a lawyer for John Smith, said the troops would stay in the country.",
            Some("Kowalczyk"),
            "the troops would stay",
            false,
        ),
        // A second verb after "and" shares the subject opening the sentence.
        (
            "The defence minister toured the base on Monday and said the war would end soon.",
            Some("The defence minister"),
            "the war would end",
            false,
        ),
        // A participle's subject named by a title only.
        (
            "The defence minister visited the troops on Monday, saying the war would end soon.",
            Some("The defence minister"),
            "the war would end",
            false,
        ),
        // Verbs whose object is what was said.
        (
            "The senator denounced the new tariffs on steel.",
            Some("senator"),
            "the new tariffs",
            false,
        ),
        (
            "The mayor expressed concern about the budget cuts.",
            Some("mayor"),
            "concern about",
            false,
        ),
        (
            "The mayor mocked the plan for a new stadium.",
            Some("mayor"),
            "the plan for",
            false,
        ),
        (
            "The board decided to close the old factory.",
            Some("board"),
            "to close the old",
            false,
        ),
        (
            "The two leaders discussed the border dispute.",
            Some("leaders"),
            "the border dispute",
            false,
        ),
        // "amid", "among" open no object.
        (
            "The plan won support amid rising prices in the north.",
            None,
            "",
            false,
        ),
        // After a possessive, a cue word is a noun (nothing said follows it).
        (
            "The senator's support rose sharply after the debate.",
            None,
            "",
            false,
        ),
        // A second speaker after ", and" (the "and" is no part of the subject).
        (
            "The minister said the talks had failed, and the opposition leader said the vote would go ahead.",
            Some("leader"),
            "the vote would go ahead",
            false,
        ),
    ];

    /// The gender pass looks up only words starting with "h" or "s": every pronoun it
    /// counts does.
    #[test]
    fn gendered_pronouns_start_with_h_or_s() {
        for w in super::MALE.iter().chain(super::FEMALE) {
            assert!(w.starts_with(['h', 's']), "{w}");
        }
    }

    #[test]
    fn quote_table() {
        let p = Pipeline::builtin().unwrap();
        for &(text, speaker, starts, direct) in CASES {
            let a = p.analyze(&Article::from_text("t", text));
            if starts.is_empty() {
                assert!(a.quotes.is_empty(), "{text:?}: {:#?}", a.quotes);
                continue;
            }
            let q = a
                .quotes
                .iter()
                .find(|q| q.content.text.starts_with(starts))
                .unwrap_or_else(|| {
                    panic!("{text:?}: no quote starting {starts:?}: {:#?}", a.quotes)
                });
            assert_eq!(q.direct, direct, "{text:?}");
            let got = q.speaker_mention.as_ref().map(|m| m.text.as_str());
            match speaker {
                Some(s) => assert!(
                    got.is_some_and(|g| g.contains(s)),
                    "{text:?}: speaker {got:?}"
                ),
                None => assert_eq!(got, None, "{text:?}"),
            }
        }
    }

    #[test]
    fn pronoun_resolves_to_the_last_person() {
        let p = Pipeline::builtin().unwrap();
        let t = "John Smith arrived on Monday.\n\n\"We will not leave the country now,\" he said.";
        let a = p.analyze(&Article::from_text("t", t));
        let q = &a.quotes[0];
        assert_eq!(q.speaker.as_deref(), Some("person:john-smith"), "{a:#?}");
    }

    #[test]
    fn a_word_inside_a_name_is_no_cue() {
        let p = Pipeline::builtin().unwrap();
        let t = "Omar Haddad also said at the time that the United States had become a \u{201c}dumping ground for everybody else\u{2019}s problems.\u{201d}";
        let a = p.analyze(&Article::from_text("t", t));
        let q = &a.quotes[0];
        assert_eq!(
            q.cue.as_ref().map(|c| c.text.as_str()),
            Some("said"),
            "{a:#?}"
        );
    }

    #[test]
    fn linear_on_a_line_of_quote_marks() {
        let p = Pipeline::builtin().unwrap();
        let t = "\" a \"".repeat(20_000) + &"\"".repeat(200_000);
        let start = std::time::Instant::now();
        let _ = p.analyze(&Article::from_text("t", &t));
        assert!(start.elapsed().as_secs() < 60);
    }
}
