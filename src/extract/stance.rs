//! Stance read out of quotes: who criticizes, praises or blames whom in their own words.
//!
//! A speaker who calls a named person or body "a fraud", "reckless" or "a disgrace"
//! criticizes them (CAMEO 111); one who calls them "the superior candidate" or says they
//! "embody" something praises them (CAMEO 051); one who says they are "to blame" accuses
//! them (112); "I strongly support X" backs them (050). The judgement words are the lexicon's `stance` table
//! (`data/lexicons/stance.tsv`, phrases like "great job" matched on their last word); the
//! module owns the test that ties a word to an entity: inside one clause of the quote, the
//! word is said of the entity ("X is reckless", "X's ignorant view", "crooked X", "described
//! X as reckless"), done by it ("X has lied") or done to it by the speaker ("I admire X");
//! the word is not negated, hedged ("X may have lied"), in a condition, in a claim reported
//! ("claims that X lied") or in someone else's words inside the quote ("Y said X lied"); the
//! cue does not deny or ask ("denied that X lied"); and the entity is neither the speaker nor
//! the article's home country.
//!
//! The same table reads a verb of naming outside quotes: "X called Y a liar", "calling Y's
//! plan 'pathetic'" ([`named_as`], asked by the event finder for the lexicon's `call names`
//! verb).
//!
//! What a speaker says another should or must do is an appeal to them: "Saito said Japan
//! should stop paying lip service" ([`exhortations`]).

use rustc_hash::{FxHashMap, FxHashSet};

use super::Doc;
use super::affil::Affil;
use super::quotes::QuoteOut;
use crate::lexicon::Lexicon;
use crate::model::{EntityKind, Modality, RelationRecord};
use crate::span::Span;

/// Prepositions whose object is not the one who acts in the clause ("talks with X", "a case
/// involving X").
pub(super) const PREPOSITIONS: &[&str] = &[
    "with",
    "between",
    "of",
    "to",
    "for",
    "against",
    "on",
    "by",
    "from",
    "about",
    "in",
    "at",
    "involving",
    "including",
    "than",
    "like",
];

/// How a judgement word takes the one it judges.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    /// An adjective or noun said of the entity: "X is reckless", "X, a fraud", "crooked X",
    /// "X's ignorant view".
    Said,
    /// Said of the entity only as a predicate: "X was a disaster", not "Japan's earthquake
    /// disaster".
    Is,
    /// A verb the entity does, in the active voice: "X lied", "X has failed".
    Does,
    /// A verb the speaker does to the entity: "I admire X", "we congratulate X".
    Speaker,
    /// A feeling of the speaker's about what the entity did: "I am ashamed that X ...", "we
    /// are appalled by X's remarks".
    Feels,
}

/// What a judgement states: the relation type and its CAMEO code.
type Stance = (&'static str, &'static str);

/// A judgement entry: the words standing right before its last word, how it takes its
/// entity, what it states.
type Judgement = (Vec<String>, Shape, Stance);

/// The stance tables, compiled from the lexicon's `stance` entries
/// (`data/lexicons/stance.tsv`).
#[derive(Debug, Default)]
pub(crate) struct Words {
    /// Judgements by their last word, the longest phrase first.
    judge: FxHashMap<String, Vec<Judgement>>,
    /// The shapes of [`Words::judge`]'s keys: most words need no hashing.
    judge_shapes: super::Shapes,
    /// Nouns for what a body or a person does, judged in its stead.
    deeds: FxHashSet<String>,
    /// Hedges, reported claims and nested speech: before the judgement in its clause, they
    /// make it no judgement of the speaker's own.
    block: FxHashSet<String>,
    /// Cues whose content is denied or asked ("denied that X lied").
    deny_cues: FxHashSet<String>,
    /// Cues that take "X as <judgement>" ("described X as reckless").
    as_cues: FxHashSet<String>,
}

impl Words {
    /// Does a cue (its lower-case words) deny or ask what it reports ("denied", "asked")?
    fn denies(&self, cue_words: &str) -> bool {
        cue_words
            .split_whitespace()
            .any(|c| self.deny_cues.contains(c))
    }

    /// Compiles the lexicon's stance entries.
    pub(crate) fn new(lex: &Lexicon) -> Words {
        let mut w = Words::default();
        for e in &lex.stance {
            let shape = match e.role.as_str() {
                "said" => Shape::Said,
                "is" => Shape::Is,
                "does" => Shape::Does,
                "speaker" => Shape::Speaker,
                "feel" => Shape::Feels,
                other => {
                    let set = match other {
                        "deed" => &mut w.deeds,
                        "block" => &mut w.block,
                        "cue" => &mut w.deny_cues,
                        _ => &mut w.as_cues,
                    };
                    set.insert(e.word.clone());
                    continue;
                }
            };
            let stance = match e.polarity.as_str() {
                "praise" => ("praises", "051"),
                "accuse" => ("accuses", "112"),
                "support" => ("supports", "050"),
                _ => ("criticizes", "111"),
            };
            let mut parts: Vec<String> = e.word.split(' ').map(str::to_string).collect();
            let Some(last) = parts.pop() else { continue };
            w.judge
                .entry(last)
                .or_default()
                .push((parts, shape, stance));
        }
        for v in w.judge.values_mut() {
            v.sort_by_key(|(before, _, _)| std::cmp::Reverse(before.len()));
        }
        w.judge_shapes = super::Shapes::of(w.judge.keys());
        w
    }

    /// The judgement ending at word `w` of `text`, given the words before it (nearest
    /// first): its span (the phrase's), shape and polarity.
    fn judgement(&self, text: &str, w: Span, prev: &[Span]) -> Option<(Span, Shape, Stance)> {
        let word = &text[w.start..w.end];
        if !self.judge_shapes.may_hold(word) {
            return None;
        }
        let entries = self.judge.get(word)?;
        entries.iter().find_map(|(before, shape, stance)| {
            let mut start = w;
            for (i, b) in before.iter().rev().enumerate() {
                let p = *prev.get(i)?;
                // (An intensifier the caller passed over may stand between: "not even fit".)
                let gap = text[p.end..start.start].trim();
                if text[p.start..p.end] != **b || !(gap.is_empty() || INTENSIFIERS.contains(&gap)) {
                    return None;
                }
                start = p;
            }
            Some((Span::new(start.start, w.end), *shape, *stance))
        })
    }
}

/// Intensifiers a judgement phrase is read through ("not even fit to be", "never ever").
const INTENSIFIERS: &[&str] = &["even", "ever"];

/// Words that may stand between an entity and what is said of it: "X is simply a fraud",
/// "X has done a fantastic job", "X has repeatedly lied".
const LINKS: &[&str] = &[
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
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
    "even",
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
    let bytes = s.as_bytes();
    // Whether the character at byte `i` is part of a word (a letter or digit, `'`, `’`,
    // `-`), and its length: ASCII from a table, anything else decoded.
    let part_at = move |i: usize| -> (bool, usize) {
        match WORD_BYTE[usize::from(bytes[i])] {
            ASCII_PART => (true, 1),
            ASCII_OTHER => (false, 1),
            _ => {
                let c = s[i..].chars().next().unwrap_or(' ');
                (c.is_alphanumeric() || c == '’', c.len_utf8())
            }
        }
    };
    let mut i = 0;
    std::iter::from_fn(move || {
        let start = loop {
            if i >= bytes.len() {
                return None;
            }
            let (part, n) = part_at(i);
            if part {
                break i;
            }
            i += n;
        };
        while i < bytes.len() {
            // The rest of an ASCII word at a table load per byte.
            if WORD_BYTE[usize::from(bytes[i])] == ASCII_PART {
                i += 1;
                continue;
            }
            let (part, n) = part_at(i);
            if !part {
                break;
            }
            i += n;
        }
        Some(Span::new(span.start + start, span.start + i))
    })
}

/// [`WORD_BYTE`]: an ASCII byte of a word (letter, digit, `'`, `-`).
const ASCII_PART: u8 = 1;
/// [`WORD_BYTE`]: any other ASCII byte.
const ASCII_OTHER: u8 = 0;

/// What a byte says of [`word_spans`]' words: [`ASCII_PART`], [`ASCII_OTHER`], or 2 for
/// a byte of a non-ASCII character (decoded).
static WORD_BYTE: [u8; 256] = {
    let mut t = [2u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphanumeric() || c == b'\'' || c == b'-' {
            ASCII_PART
        } else {
            ASCII_OTHER
        };
        b += 1;
    }
    t
};

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

/// A lower-case word that may stand as an adjective before a judgement ("a proven failure",
/// "a pathological liar"): not a negation, a hedge or a time word that changes whose or
/// whether the judgement is ("an alleged fraud", "a former racist").
fn free_adjective(w: &str) -> bool {
    w.len() > 2
        && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        && !NEGATORS.contains(&w)
        && !matches!(
            w,
            "alleged"
                | "supposed"
                | "so-called"
                | "former"
                | "reformed"
                | "potential"
                | "possible"
                | "would-be"
                | "accused"
                | "suspected"
                | "anti"
                | "non"
        )
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

/// Where the apposition opening right after a name at `from` ends, before `to`: after the
/// comma that closes ", the party's leader," or ", who chairs the panel,"; else `from`.
fn apposition_end(text: &str, from: usize, to: usize) -> usize {
    let Some(rest) = text[from..to].strip_prefix(", ") else {
        return from;
    };
    let Some(close) = rest.find(',') else {
        return from;
    };
    let inner = &rest[..close];
    let opens = inner
        .split(' ')
        .next()
        .is_some_and(|w| matches!(w, "the" | "a" | "an" | "who" | "whose"));
    if opens && inner.split(' ').count() <= 12 && !inner.contains(['"', '“', '”']) {
        from + 2 + close + 1
    } else {
        from
    }
}

/// Is `w` (lower case) an adverb that may stand between "I" or "we" and the verb of a
/// stance: "I strongly support", "we also condemn", "I do admire"?
fn is_adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly") || matches!(w, "also" | "still" | "do" | "just" | "all")
}

/// Is the speech word `lead[j]` the speaker's own, "what he called X's failure" (a pronoun
/// after "what") or "we thought X was ..." (the first person), rather than someone else's
/// words?
fn speakers_own(lead: &[(Span, String)], j: usize) -> bool {
    let pronoun = |i: usize| {
        matches!(
            lead.get(i).map(|(_, p)| p.as_str()),
            Some("he" | "she" | "they" | "we" | "i")
        )
    };
    j >= 1 && matches!(lead[j - 1].1.as_str(), "we" | "i")
        || j >= 2 && lead[j - 2].1 == "what" && pronoun(j - 1)
}

/// Are the words all [`LINKS`]? "being" links after a form of "be" ("X was being
/// hypocritical").
fn all_links<'a>(mut words: impl Iterator<Item = &'a str>) -> bool {
    let mut prev = "";
    words.all(|g| {
        let ok = LINKS.contains(&g)
            || g == "being" && matches!(prev, "is" | "was" | "are" | "were" | "'s" | "’s");
        prev = g;
        ok
    })
}

/// Quote marks written with apostrophes ("''It's nonsense,''"), which the word finder keeps.
fn unquoted(w: &str) -> &str {
    w.trim_matches(['\'', '‘', '’'])
}

/// Is the word `lead[j]` where a clause's subject stands: the clause's first word (past quote
/// marks), or right after "and", "but", "because" or "that" ("and she's a liar")?
fn opens_clause(lead: &[(Span, String)], j: usize) -> bool {
    let mut before = lead[..j]
        .iter()
        .map(|(_, p)| unquoted(p))
        .filter(|p| !p.is_empty());
    before
        .next_back()
        .is_none_or(|p| matches!(p, "and" | "but" | "because" | "that"))
}

/// Are the words from a subject ending at `from` to the judgement `w` linking words that tie
/// a judgement of `shape` to that subject ("she's a liar", "Cruz 'has courage'")?
/// `contracted`: the subject carries "'s" ("she's"), an "is" for a predicate (too unsure
/// before a verb: "he's weakened").
fn linked_subject(text: &str, from: usize, w: Span, shape: Shape, contracted: bool) -> bool {
    let gap: Vec<String> = words(text, Span::new(from, w.start))
        .into_iter()
        .map(|(_, g)| unquoted(&g).to_string())
        .filter(|g| !g.is_empty())
        .collect();
    let be = gap.iter().any(|g| BE.contains(&g.as_str()));
    // "she is a pathological liar": one adjective of the speaker's own after an article.
    let adjective = gap.len() >= 2
        && matches!(gap[gap.len() - 2].as_str(), "a" | "an")
        && gap.last().is_some_and(|g| free_adjective(g))
        && (be || contracted);
    let linked = if adjective {
        &gap[..gap.len() - 1]
    } else {
        &gap[..]
    };
    if !all_links(linked.iter().map(String::as_str)) {
        return false;
    }
    match shape {
        Shape::Said => gap.len() <= 5,
        Shape::Is => gap.len() <= 5 && (be || contracted),
        // ("he's very weakened": after "'s" a participle may be a state, not a deed.)
        Shape::Does => gap.len() <= 3 && !be && !contracted && !gap.iter().any(|g| g == "and"),
        Shape::Speaker | Shape::Feels => false,
    }
}

/// How the article speaks of entity `e`: > 0 as a man ("Mr", a "he" after it in a sentence
/// naming no other person), < 0 as a woman ("Mrs", "Ms", "she"), 0 unknown.
fn gender(doc: &Doc<'_>, e: usize) -> i32 {
    let text = doc.text;
    let mut vote = 0;
    for (k, m) in doc.mentions.iter().enumerate() {
        if doc.res.entity_of[k] != Some(e) {
            continue;
        }
        vote += super::quotes::honorific_vote(text, m.span);
        // The first subject pronoun after the mention in a sentence naming no other person
        // ("her" may be another's: "met Bill Clinton aboard her plane").
        let Some(si) = doc.sentence_at(m.span.start) else {
            continue;
        };
        let sent = doc.sentences[si].span;
        let alone = doc
            .mentions_in(sent)
            .into_iter()
            .all(|o| doc.kind(o) != EntityKind::Person || doc.res.entity_of[o] == Some(e));
        if !alone {
            continue;
        }
        let after = words(text, Span::new(m.span.end, sent.end));
        vote += after
            .iter()
            .find_map(|(_, p)| match unquoted(p) {
                "he" => Some(1),
                "she" => Some(-1),
                _ => None,
            })
            .unwrap_or(0);
    }
    vote
}

/// The person a "he" or "she" opening the clause before the judgement `w` stands for:
/// "'She lies like crazy; she's a liar,' Mr. Vendrum said" of the one person of that gender
/// (other than the speaker) named before it in its sentence or the two before, when the
/// article shows the gender of each person named there (in reported speech, only when the
/// speaker is of the other gender).
fn pronoun_subject(
    doc: &Doc<'_>,
    q: &QuoteOut,
    speaker: usize,
    cl: Span,
    w: Span,
    shape: Shape,
) -> Option<usize> {
    let text = doc.text;
    let lead = words(text, Span::new(cl.start, w.start));
    let (j, (p, pw)) = lead.iter().enumerate().rev().find(|(_, (_, p))| {
        matches!(
            unquoted(p),
            "he" | "she" | "he's" | "she's" | "he’s" | "she’s"
        )
    })?;
    let pw = unquoted(pw);
    if !opens_clause(&lead, j) || !linked_subject(text, p.end, w, shape, pw.len() > 3) {
        return None;
    }
    let female = pw.starts_with("she");
    // In reported speech "he" or "she" is mostly the speaker ("Sullivan said he lied"): only
    // a speaker known to be of the other gender leaves it to someone else.
    if !q.record.direct {
        let g = gender(doc, speaker);
        if female && g <= 0 || !female && g >= 0 {
            return None;
        }
    }
    let si = doc.sentence_at(q.content.start.min(p.start))?;
    let from = doc.sentences[si.saturating_sub(2)].span.start;
    let mut persons: Vec<usize> = doc
        .mentions_in(Span::new(from, p.start))
        .into_iter()
        .filter(|&k| doc.kind(k) == EntityKind::Person && !doc.is_modifier(k))
        .filter_map(|k| doc.res.entity_of[k])
        .filter(|&e| e != speaker)
        .collect();
    persons.sort_unstable();
    persons.dedup();
    // One person of the pronoun's gender; for "he", none the article leaves unknown (a
    // "she" needs a person known as a woman: most persons of unknown gender are men).
    let genders: Vec<(usize, i32)> = persons.iter().map(|&e| (e, gender(doc, e))).collect();
    if !female && genders.iter().any(|&(_, g)| g == 0) {
        return None;
    }
    let mut fits = genders
        .iter()
        .filter(|&&(_, g)| if female { g < 0 } else { g > 0 });
    match (fits.next(), fits.next()) {
        (Some(&(e, _)), None) => Some(e),
        _ => None,
    }
}

/// The body a quote's "the company", "the management" or "the union" standing as the subject
/// of the judgement `w` stands for: "said the company had ignored the consultation period"
/// judges the one firm the article named before the quote, "the committee was biased" the
/// one committee (see [`super::affil::one_body_before`]), unless the speaker is that body
/// or is named with it in the cue's sentence (one speaking for it).
fn firm_subject(
    doc: &Doc<'_>,
    q: &QuoteOut,
    speaker: usize,
    cl: Span,
    w: Span,
    shape: Shape,
) -> Option<usize> {
    let text = doc.text;
    let lead = words(text, Span::new(cl.start, w.start));
    let j = lead.iter().position(|(_, p)| unquoted(p) == "the")?;
    let (head, noun) = lead.get(j + 1)?;
    // An adjective after "has" is mostly the object's ("the company has tremendous
    // leverage"): a word said of the body needs a form of "be".
    let be = lead[j + 2..].iter().any(|(_, g)| BE.contains(&g.as_str()));
    if !opens_clause(&lead, j)
        || !linked_subject(text, head.end, w, shape, false)
        || matches!(shape, Shape::Said | Shape::Is) && !be
    {
        return None;
    }
    // "the management" is the firm's; "the union", "the committee": the one body of that
    // kind (see `one_body_before`, which answers no other word).
    let word = if noun == "management" {
        "company"
    } else {
        noun.as_str()
    };
    let id = super::affil::one_body_before(doc, word, q.content.start)?;
    let e = doc.res.entities.iter().position(|x| x.id == id)?;
    // A firm's own officer judging "the company" speaks of their own (mostly a loss, not
    // a judgement): the firm must not be the speaker's.
    (e != speaker && !speaks_for(doc, q, e)).then_some(e)
}

/// The person a title standing as the subject of the judgement `w` names: "said the prime
/// minister was wrong" judges the one person the article names with that title ("Prime
/// Minister Tony Blair"), other than the speaker.
fn title_subject(doc: &Doc<'_>, speaker: usize, cl: Span, w: Span, shape: Shape) -> Option<usize> {
    let text = doc.text;
    let lead = words(text, Span::new(cl.start, w.start));
    let j = lead.iter().position(|(_, p)| unquoted(p) == "the")?;
    // The title: lower-case words after "the", the last inside a title match, then only
    // linking words to the judgement.
    let n = (j + 1..lead.len().min(j + 4)).rev().find(|&i| {
        doc.titles
            .iter()
            .any(|t| t.span.start <= lead[i].0.start && lead[i].0.end <= t.span.end)
    })?;
    let (first, last) = (lead[j + 1].0, lead[n].0);
    if !opens_clause(&lead, j)
        || !text[first.start..last.end]
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b == b' ')
        || !linked_subject(text, last.end, w, shape, false)
    {
        return None;
    }
    let title = &text[first.start..last.end];
    let mut holders: Vec<usize> = doc
        .mentions
        .iter()
        .enumerate()
        .filter(|&(o, m)| {
            let before = text[..m.span.start].trim_end().to_lowercase();
            // "shadow chancellor X" holds no "chancellor" title.
            let qualified = before
                .strip_suffix(title)
                .and_then(|b| b.split_whitespace().next_back())
                .is_some_and(|q| {
                    matches!(
                        q,
                        "shadow" | "former" | "deputy" | "vice" | "assistant" | "junior" | "lord"
                    ) || q.ends_with('-')
                });
            doc.kind(o) == EntityKind::Person && before.ends_with(title) && !qualified
        })
        .filter_map(|(o, _)| doc.res.entity_of[o])
        .collect();
    holders.sort_unstable();
    holders.dedup();
    match holders.as_slice() {
        [e] if *e != speaker => Some(*e),
        _ => None,
    }
}

/// Does the quote's speaker speak for body `e`: named with it in the speaker's sentence
/// ("Jo Hale, Acme's chief executive, said", "an Acme spokesman said")?
fn speaks_for(doc: &Doc<'_>, q: &QuoteOut, e: usize) -> bool {
    let Some(sm) = q.record.speaker_mention.as_ref() else {
        return false;
    };
    let Some(si) = doc.sentence_at(sm.start) else {
        return false;
    };
    doc.mentions_in(doc.sentences[si].span)
        .into_iter()
        .any(|k| doc.res.entity_of[k] == Some(e))
}

/// The name standing right before a partial quote that opens with the judgement's clause,
/// after the cue: "He said Cruz 'has courage to fight'" (not after "told": "told CNN" names
/// the one told).
fn named_before_quote(
    doc: &Doc<'_>,
    q: &QuoteOut,
    cl: Span,
    w: Span,
    shape: Shape,
) -> Option<usize> {
    let text = doc.text;
    let cue = q.record.cue.as_ref()?;
    if !text[q.content.start..cl.start].trim().is_empty()
        || matches!(cue.text.to_lowercase().as_str(), "told" | "tells" | "tell")
    {
        return None;
    }
    let lead = text[..q.content.start]
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '\'' | '‘'));
    let k = doc.mention_ending_at(lead.len())?;
    let m = doc.mentions[k].span;
    // Only "that", "the" or a title between the cue and the name.
    let between_ok = cue.end <= m.start
        && word_spans(text, Span::new(cue.end, m.start))
            .all(|g| &text[g.start..g.end] == "that" || the_or_title(doc, g));
    if !between_ok
        || !matches!(doc.kind(k), EntityKind::Person | EntityKind::Organization)
        || !linked_subject(text, m.end, w, shape, false)
    {
        return None;
    }
    doc.res.entity_of[k]
}

/// Is the subject of a verb the speaker does to someone (`lead`: the clause's words before
/// the verb) the speaker: "I" or "we" ("I admire X"), or in reported speech a "he", "she"
/// or (for a body) "they" opening the clause ("Trump said he admires X"), which there is
/// mostly the speaker, unless the article shows the speaker to be of the other gender. An
/// adverb may stand between ("I strongly support X"), a modal may not ("I will support X"),
/// except before a vote (`vote`), where the intent is the support ("she would rather vote for
/// X", "I'll vote for X"; not "I would not vote for X").
fn speaker_subject(
    doc: &Doc<'_>,
    q: &QuoteOut,
    speaker: usize,
    lead: &[(Span, String)],
    vote: bool,
) -> bool {
    let Some(j) = lead.iter().rposition(|(_, p)| {
        !(is_adverb(p) || vote && matches!(unquoted(p), "will" | "would" | "shall" | "rather"))
    }) else {
        return false;
    };
    let word = unquoted(&lead[j].1);
    let word = match word {
        "i'll" | "i’ll" | "i'd" | "i’d" if vote => "i",
        "we'll" | "we’ll" | "we'd" | "we’d" if vote => "we",
        "he'll" | "he’ll" | "he'd" | "he’d" if vote => "he",
        "she'll" | "she’ll" | "she'd" | "she’d" if vote => "she",
        w => w,
    };
    match word {
        "i" | "we" => true,
        "he" | "she" if !q.record.direct && opens_clause(lead, j) => {
            let g = gender(doc, speaker);
            doc.res.entities[speaker].kind == EntityKind::Person
                && if word == "she" { g <= 0 } else { g >= 0 }
        }
        "they" => {
            !q.record.direct
                && opens_clause(lead, j)
                && doc.res.entities[speaker].kind == EntityKind::Organization
        }
        _ => false,
    }
}

/// Does a feeling word ("ashamed", "appalled") say the speaker's own feeling about the one
/// named after it: "I am ashamed that X ...", "we are appalled by X's remarks"? `before`: the
/// words before the feeling in its clause (at most three); `gap`: from it to the name.
fn feels_about(doc: &Doc<'_>, before: &[(Span, String)], gap: Span) -> bool {
    let text = doc.text;
    let mut own = before
        .iter()
        .rev()
        .map(|(_, p)| p.as_str())
        .filter(|p| !is_adverb(p) && !matches!(*p, "so" | "very" | "really" | "truly"));
    let felt = match own.next() {
        Some("i'm" | "i’m" | "we're" | "we’re") => true,
        Some("am" | "are" | "was" | "were" | "feel" | "felt") => {
            matches!(own.next(), Some("i" | "we"))
        }
        _ => false,
    };
    let mut g = word_spans(text, gap);
    felt && g
        .next()
        .is_some_and(|c| matches!(&text[c.start..c.end], "that" | "by" | "at"))
        && g.all(|x| the_or_title(doc, x))
}

/// Is the word at `g` "the" or inside a title ("the", "Sen.", "President")? The words a
/// judgement may pass between its cue or feeling and the name it judges.
fn the_or_title(doc: &Doc<'_>, g: Span) -> bool {
    &doc.text[g.start..g.end] == "the"
        || doc
            .titles
            .iter()
            .any(|t| t.span.start <= g.start && g.end <= t.span.end)
}

/// Is the block word `lead[j]` a deed noun its owner's name holds, said to be something
/// ("X's claims were misleading"), rather than a claim reported ("claims that X lied")?
fn owned_deed(lead: &[(Span, String)], j: usize) -> bool {
    j >= 1
        && (lead[j - 1].1.ends_with("'s") || lead[j - 1].1.ends_with("’s"))
        && lead.get(j + 1).is_some_and(|(_, g)| {
            BE.contains(&g.as_str()) || matches!(g.as_str(), "have" | "has" | "had")
        })
}

/// The speaker of a quote whose cue names them by title alone: "The shadow chancellor said
/// X's plans were a shambles", "... a shambles, said the home secretary": the person the
/// sentence before opens with ("But Jo Hale, for the Tories, attacked ..."), in its
/// paragraph or the one before (news paragraphs are mostly one sentence long), unless the
/// article gives that title to another person.
fn title_speaker(doc: &Doc<'_>, q: &QuoteOut) -> Option<usize> {
    let text = doc.text;
    let cue = q.record.cue.as_ref()?;
    let si = doc.sentence_at(cue.start)?;
    let sent = doc.sentences[si].span;
    // The description: before the cue ("The shadow chancellor said") or after it ("...,
    // said the shadow chancellor.").
    let desc = if cue.start < q.content.start {
        Span::new(sent.start, cue.start)
    } else {
        Span::new(cue.end, sent.end)
    };
    let ws: Vec<Span> = word_spans(text, desc).collect();
    let (first, last) = (ws.first()?, ws.last()?);
    let titled = |g: &Span| {
        doc.titles
            .iter()
            .any(|t| t.span.start <= g.start && g.end <= t.span.end)
    };
    if !(2..=4).contains(&ws.len())
        || !text[first.start..first.end].eq_ignore_ascii_case("the")
        || !ws[1..]
            .iter()
            .all(|g| text[g.start..g.end].bytes().all(|b| b.is_ascii_lowercase()))
        || !titled(last)
        || !doc.mentions_in(desc).is_empty()
    {
        return None;
    }
    let prev = doc.sentences.get(si.checked_sub(1)?)?.span;
    // The person the sentence before opens with: only a conjunction, title words and
    // modifiers ("But Tory leader Jo Hale ...") before the name.
    let k = doc
        .mentions_in(prev)
        .into_iter()
        .find(|&o| !doc.is_modifier(o))?;
    let opens = word_spans(text, Span::new(prev.start, doc.mentions[k].span.start)).all(|g| {
        let w = text[g.start..g.end].to_lowercase();
        matches!(w.as_str(), "but" | "and" | "however" | "meanwhile")
            || titled(&g)
            || doc
                .mentions_in(Span::new(prev.start, doc.mentions[k].span.start))
                .into_iter()
                .any(|o| doc.mentions[o].span.start <= g.start && g.end <= doc.mentions[o].span.end)
    });
    let e = doc.res.entity_of[k]
        .filter(|_| opens && doc.kind(k) == EntityKind::Person && !doc.is_modifier(k))?;
    // "Michael Howard spoke ... The prime minister said": not when the article gives the
    // title to another person ("Prime Minister Tony Blair").
    let title = text[ws[1].start..last.end].to_lowercase();
    let held_by_other = doc.mentions.iter().enumerate().any(|(o, m)| {
        doc.kind(o) == EntityKind::Person
            && doc.res.entity_of[o].is_some_and(|x| x != e)
            && text[..m.span.start]
                .trim_end()
                .to_lowercase()
                .ends_with(&title)
    });
    (!held_by_other).then_some(e)
}

/// Criticism, praise and blame relations from the attributed quotes of an article.
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
            .or_else(|| title_speaker(doc, q))
            .filter(|&e| doc.res.entities[e].kind != EntityKind::Country)
        else {
            continue;
        };
        let table = &doc.pipeline.extractor.stance;
        // Judgement words are matched as written, in lower case ("Superior Coffee" is a
        // name), with the last few words kept for phrases ("to blame").
        let mut hits: Vec<(Span, Shape, Stance)> = Vec::new();
        let mut prev = [Span::new(0, 0); 3];
        for (seen, w) in word_spans(text, q.content).enumerate() {
            // "is not even fit to be": an intensifier inside a phrase is passed over.
            if INTENSIFIERS.contains(&&text[w.start..w.end]) {
                continue;
            }
            if let Some(hit) = table.judgement(text, w, &prev[..seen.min(3)]) {
                hits.push(hit);
            }
            prev.rotate_right(1);
            prev[0] = w;
        }
        if hits.is_empty() {
            continue;
        }
        // A content the cue denies or asks about is no judgement ("denied that X lied",
        // "asked whether X lied"); a cue like "described" takes "X as reckless".
        let cue_words = lowered_cue(q);
        if table.denies(&cue_words) {
            continue;
        }
        // "did not call X a liar", "never said that X was a fraud": a cue right before its
        // content that is negated judges nobody.
        let mut from = q.content.start.saturating_sub(60);
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let lead = text[from..q.content.start]
            .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | ':' | ','))
            .to_ascii_lowercase();
        let lead = lead.strip_suffix(" that").unwrap_or(&lead);
        if !cue_words.is_empty() && lead.ends_with(cue_words.as_str()) {
            let negated = lead[..lead.len() - cue_words.len()]
                .split_whitespace()
                .rev()
                .take(2)
                .any(|p| NEGATORS.contains(&p) || p.ends_with("n't") || p.ends_with("n’t"));
            if negated {
                continue;
            }
        }
        let as_cue = cue_words
            .split_whitespace()
            .any(|c| table.as_cues.contains(c));
        for (w, shape, (rel_type, cameo)) in hits {
            let cl = clause(text, q.content, w.start);
            let before = words(text, Span::new(cl.start, w.start));
            let before = &before[before.len().saturating_sub(3)..];
            // A negation or a condition in the clause before it judges nobody: "no-one felt X
            // was a racist", "if Tokyo failed to act"; nor does a question ("Does this mean
            // X abandons ...?"), a hedge ("X may have lied"), a claim reported ("claims that
            // X lied") or someone else's words ("Y said X lied").
            let lead = words(text, Span::new(cl.start, w.start));
            // "Let me be clear, if I haven't said it before, that X is unfit": a condition
            // closed by a comma before "that" does not reach the "that" clause.
            let closed_condition = |j: usize| {
                (0..=j)
                    .rev()
                    .any(|i| matches!(lead[i].1.as_str(), "if" | "unless"))
                    && lead[j + 1..].iter().enumerate().any(|(n, (ts, t))| {
                        t == "that" && {
                            let prev = if n == 0 {
                                lead[j].0.end
                            } else {
                                lead[j + n].0.end
                            };
                            text[prev..ts.start].contains(',')
                        }
                    })
            };
            // "she would rather vote for X": an intended vote is a vote's support.
            let vote = text[w.start..].starts_with("vot");
            let own_intent = |j: usize| {
                vote && lead[j + 1..]
                    .iter()
                    .all(|(_, x)| x == "rather" || is_adverb(x))
            };
            if text[cl.end..].starts_with('?')
                || lead.iter().enumerate().any(|(j, (_, p))| {
                    (NEGATORS.contains(&p.as_str())
                        || p.ends_with("n't")
                        || p.ends_with("n’t")
                        || matches!(p.as_str(), "no-one" | "if" | "unless" | "whether" | "could")
                        || p == "would" && !own_intent(j)
                        || table.block.contains(p.as_str())
                            && !speakers_own(&lead, j)
                            && !owned_deed(&lead, j))
                        && !closed_condition(j)
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
                // "Labour's tax plans", "X's golden rule": one word of the speaker's own
                // before the deed noun.
                if gap.get(i).is_some_and(|(_, g)| free_adjective(g))
                    && gap
                        .get(i + 1)
                        .is_some_and(|(_, g)| table.deeds.contains(g.as_str()))
                {
                    i += 1;
                }
                if !gap
                    .get(i)
                    .is_some_and(|(_, g)| table.deeds.contains(g.as_str()))
                {
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
                    Shape::Said | Shape::Is => be && rest.len() - q <= 5,
                    Shape::Does => !be && rest.len() - q <= 3,
                    Shape::Speaker | Shape::Feels => false,
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
                        } || PREPOSITIONS.contains(&p.as_str())
                    })
            };
            // Mention k is the object of a preposition other than "of" or "by" ("a case
            // involving X was biased", "talks with X were a failure").
            // After "of", only the author of a deed or the body a government runs is judged
            // ("the policies of X were wrong", "the government of X is corrupt"), not X in
            // "critics of X were wrong" or "the leader of X is incompetent"; a name right
            // before its judgement is judged after "of" too ("typical of X hypocrisy").
            let after_preposition = |k: usize, judged_next: bool| {
                let lead = words(text, Span::new(cl.start, doc.mentions[k].span.start));
                let mut rest = lead
                    .iter()
                    .rev()
                    .filter(|(_, p)| !matches!(p.as_str(), "the" | "a" | "an"));
                rest.next().is_some_and(|(_, p)| match p.as_str() {
                    "of" => {
                        !judged_next
                            && !rest.next().is_some_and(|(_, h)| {
                                table.deeds.contains(h.as_str())
                                    || matches!(
                                        h.as_str(),
                                        "government" | "administration" | "regime"
                                    )
                            })
                    }
                    "by" => false,
                    p => PREPOSITIONS.contains(&p),
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
                    // "X, the mother of a soldier, is absolutely wrong": the judgement
                    // reads past an apposition.
                    let gap = words(
                        text,
                        Span::new(apposition_end(text, m.end, w.start), w.start),
                    );
                    // "described X as reckless": the cue's "as" links too.
                    let skip = usize::from(
                        as_cue
                            && matches!(shape, Shape::Said | Shape::Is)
                            && gap.first().is_some_and(|(_, g)| g == "as"),
                    );
                    // "X was a proven failure": one adjective of the speaker's own may stand
                    // between an article and the judgement (not a hedge: "an alleged fraud").
                    let adjective = gap.len() >= 3
                        && matches!(gap[gap.len() - 2].1.as_str(), "a" | "an")
                        && gap.last().is_some_and(|(_, g)| free_adjective(g))
                        && gap.iter().any(|(_, g)| BE.contains(&g.as_str()));
                    let linked = if adjective {
                        &gap[skip..gap.len() - 1]
                    } else {
                        &gap[skip..]
                    };
                    let links = all_links(linked.iter().map(|(_, g)| g.as_str()));
                    let possessive = doc.possessive_at(m.end);
                    match shape {
                        // "Israel's security barrier" is no judgement: an obstacle is one
                        // only when something is said to be it (shape `Is`).
                        // Said of a subject, not of the object of a preposition ("sales in
                        // Japan were weak", "a case involving X was biased").
                        // A predicate-only word needs a form of "be" ("X was a disaster",
                        // not "offered X an amazing chance") and a subject.
                        Shape::Said => {
                            links && gap.len() <= 5 && !after_preposition(k, gap.is_empty())
                                || possessive && gap.len() <= 2
                        }
                        Shape::Is => {
                            links
                                && gap.len() <= 5
                                && (skip == 1 || gap.iter().any(|(_, g)| BE.contains(&g.as_str())))
                                && subject_like(k)
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
                        Shape::Speaker | Shape::Feels => false,
                    }
                } else if m.start >= w.end {
                    let gap = words(text, Span::new(w.end, m.start));
                    match shape {
                        // "crooked X": a person (a body here is mostly a modifier, "a
                        // brilliant Supreme Court justice").
                        Shape::Said => gap.is_empty() && doc.kind(k) == EntityKind::Person,
                        Shape::Is => false,
                        // "I admire X", "we congratulate the X", "I commend President
                        // X", "I strongly support X" (an adverb may stand between; a modal
                        // may not: "I will support X" is no stance yet).
                        Shape::Speaker => {
                            gap.iter().all(|(gs, g)| {
                                matches!(g.as_str(), "the" | "my" | "our")
                                    || doc
                                        .titles
                                        .iter()
                                        .any(|t| t.span.start <= gs.start && gs.end <= t.span.end)
                            }) && speaker_subject(doc, q, speaker, &lead, vote)
                        }
                        Shape::Feels => feels_about(doc, before, Span::new(w.end, m.start)),
                        Shape::Does => false,
                    }
                } else {
                    false
                };
                ok.then_some((k, shape == Shape::Does))
            });
            // With no name tied to it, a subject written otherwise: "she's a liar", or a name
            // right before a partial quote ("said X 'has courage'").
            let tied = match tied {
                Some((k, deed)) => doc.res.entity_of[k].map(|e| (e, deed)),
                None => pronoun_subject(doc, q, speaker, cl, w, shape)
                    .or_else(|| named_before_quote(doc, q, cl, w, shape))
                    .or_else(|| firm_subject(doc, q, speaker, cl, w, shape))
                    .or_else(|| title_subject(doc, speaker, cl, w, shape))
                    .map(|e| (e, shape == Shape::Does)),
            };
            let Some((target, deed)) = tied else { continue };
            let target_id = doc.res.entities[target].id.as_str();
            // The home country is judged only through its deeds ("Britain had undermined the
            // UN", "UK policy was a barrier"), not in patriotic talk ("Britain is wonderful").
            if target == speaker || Some(target_id) == home && !deed {
                continue;
            }
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
                    rule: format!(
                        "quote/stance/{}",
                        text[w.start..w.end]
                            .split_whitespace()
                            .collect::<Vec<_>>()
                            .join("-")
                    ),
                });
            }
        }
    }
    out
}

/// The quote's cue in lower case ("" without one).
fn lowered_cue(q: &QuoteOut) -> String {
    q.record
        .cue
        .as_ref()
        .map(|c| c.text.to_lowercase())
        .unwrap_or_default()
}

/// Verbs after "should" that foretell rather than ask: "British Airways should outperform
/// the market", "Viacom should receive about 450 mln dlrs".
const OUTCOME_VERBS: &[&str] = &[
    "outperform",
    "underperform",
    "add",
    "receive",
    "benefit",
    "rise",
    "fall",
    "grow",
    "increase",
    "decline",
    "drop",
    "gain",
    "earn",
    "reach",
    "see",
    "show",
    "remain",
    "continue",
    "improve",
    "recover",
    "exceed",
    "total",
    "yield",
    "win",
    "lose",
    "end",
    "finish",
    "top",
    "fare",
    "get",
];

/// Appeals read out of what a speaker says another should do: "Saito said Japan should stop
/// paying lip service", "Coleman said Mr. Kasich should leave the race" (CAMEO 020).
///
/// The content opens with the one addressed (after "that" or "the"), a person, body or
/// country whose name is followed at once by "should", "must" or "ought to" and, past at
/// most two adverbs or a "not", a verb of its own doing: not "be" ("X should be stripped of
/// his medals" asks others to act) nor "have" ("X should have acted" reproaches). A cue that
/// denies ("denied that X must go") appeals to no one, nor does a speaker to its own side:
/// itself, the bodies it is tied to and their countries, and, for a speaker tied to no other
/// country and no international body, the article's home country ("Trump said the United
/// States should ...").
pub(crate) fn exhortations(
    doc: &Doc<'_>,
    quotes: &[QuoteOut],
    affils: &[Affil],
) -> Vec<RelationRecord> {
    let text = doc.text;
    let home = doc
        .res
        .main_country
        .map(|i| doc.pipeline.recognizer.entities[i].id.as_str());
    let table = &doc.pipeline.extractor.stance;
    let mut out: Vec<RelationRecord> = Vec::new();
    for q in quotes {
        let Some(speaker) = q.speaker else { continue };
        // The content's first twelve words (spans only: most contents fail at once).
        let mut spans = [Span::new(0, 0); 12];
        let mut n = 0;
        for w in word_spans(text, q.content).take(12) {
            spans[n] = w;
            n += 1;
        }
        let ws = &spans[..n];
        let word = |j: usize| ws.get(j).map(|w| &text[w.start..w.end]);
        let is = |j: usize, s: &str| word(j).is_some_and(|w| w.eq_ignore_ascii_case(s));
        let mut i = usize::from(is(0, "that"));
        // The name opening the content (with or without its "the").
        let opens = |i: usize| {
            let w = ws.get(i)?;
            let k = doc.mentions.partition_point(|m| m.span.start < w.start);
            (doc.mentions.get(k)?.span.start == w.start && doc.id(k).is_some()).then_some(k)
        };
        // The addressee: a name (with or without its "the"), or a person's office after "the"
        // ("said the prime minister should sack him"): its span and entity.
        let named = |k: usize| {
            (matches!(
                doc.kind(k),
                EntityKind::Person | EntityKind::Organization | EntityKind::Country
            ) && !doc.is_modifier(k))
            .then(|| doc.res.entity_of[k].map(|e| (doc.mentions[k].span, e)))
            .flatten()
        };
        let addressee = match opens(i) {
            Some(k) => named(k),
            None if is(i, "the") => match opens(i + 1) {
                Some(k) => {
                    i += 1;
                    named(k)
                }
                None => described_addressee(doc, ws, i, (affils, quotes), speaker),
            },
            None => None,
        };
        let Some((m, target)) = addressee else {
            continue;
        };
        // The modal right after the name, with nothing but a space between.
        let Some(j) = (i..ws.len()).find(|&j| ws[j].start >= m.end) else {
            continue;
        };
        if !text[m.end..ws[j].start].trim().is_empty() {
            continue;
        }
        let mut v = if is(j, "should") || is(j, "must") {
            j + 1
        } else if is(j, "ought") && is(j + 1, "to") {
            j + 2
        } else {
            continue;
        };
        let mut skipped = 0;
        while skipped < 2
            && word(v).is_some_and(|w| {
                ["not", "also", "now", "still"]
                    .iter()
                    .any(|a| w.eq_ignore_ascii_case(a))
                    || w.len() > 4 && w.as_bytes()[w.len() - 2..].eq_ignore_ascii_case(b"ly")
            })
        {
            v += 1;
            skipped += 1;
        }
        let Some(verb) = word(v) else {
            continue;
        };
        if !verb.bytes().all(|b| b.is_ascii_lowercase())
            || matches!(verb, "be" | "have" | "not")
            || OUTCOME_VERBS.contains(&verb)
        {
            continue;
        }
        let cue_words = lowered_cue(q);
        if table.denies(&cue_words) {
            continue;
        }
        // The content opens a clause: after punctuation, "that" or the cue ("said Japan
        // should"), not after a verb it was cut from ("recommendation that the federation
        // endorse Hillary Clinton should end ...").
        let lead = text[..q.content.start]
            .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '\'' | '‘'));
        let last = lead
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
            .to_lowercase();
        if !last.is_empty() && last != "that" && cue_words.split_whitespace().last() != Some(&last)
        {
            continue;
        }
        // The speaker's own side.
        let speaker_id = doc.res.entities[speaker].id.as_str();
        let mut own: Vec<String> = vec![speaker_id.to_string()];
        own.extend(
            affils
                .iter()
                .filter(|a| a.person == speaker)
                .filter_map(|a| a.org.clone()),
        );
        // (A body's country: the lexicon's, or its name's demonym.)
        let countries: Vec<String> = own
            .iter()
            .filter_map(|o| {
                doc.lexicon_attr_of(o, "country")
                    .map(str::to_string)
                    .or_else(|| super::events::institution_country(doc, o))
            })
            .collect();
        own.extend(countries);
        let target_id = doc.res.entities[target].id.as_str();
        // An international body or another country may call on the home country.
        let outside = own.iter().any(|o| {
            o.starts_with("country:") && Some(o.as_str()) != home
                || doc.lexicon_attr_of(o, "type") == Some("intl")
        });
        if own.iter().any(|o| o == target_id) || Some(target_id) == home && !outside {
            continue;
        }
        let cl = clause(text, q.content, m.start);
        out.push(RelationRecord {
            source: speaker_id.to_string(),
            target: target_id.to_string(),
            rel_type: "appeals".to_string(),
            cameo: Some("020".to_string()),
            modality: Modality::Asserted,
            date: q.record.date.clone(),
            title: None,
            evidence: doc.article.evidence(Span::new(m.start, cl.end)),
            sentence: doc
                .sentence_at(m.start)
                .map(|si| doc.article.evidence(doc.sentences[si].span)),
            rule: format!(
                "quote/appeal/{}",
                word(j).unwrap_or_default().to_ascii_lowercase()
            ),
        });
    }
    out
}

/// The person a description opening the content at word `i` ("the") stands for: "the prime
/// minister" in "said the prime minister should sack him", resolved as descriptions are
/// (`coref::description_antecedent`, never the speaker). Gives the description's span and the
/// person.
fn described_addressee(
    doc: &Doc<'_>,
    ws: &[Span],
    i: usize,
    (affils, quotes): (&[Affil], &[QuoteOut]),
    speaker: usize,
) -> Option<(Span, usize)> {
    let the = ws.get(i)?.start;
    let phrase = ws.get(i + 1..(i + 4).min(ws.len()))?.iter().find_map(|w| {
        super::coref::description_at(doc, doc.token_at_or_after(w.start))
            .filter(|p| p.start == the && p.end == w.end)
    })?;
    if !super::coref::describes_person(doc, phrase) {
        return None;
    }
    let e = super::coref::description_antecedent(doc, affils, quotes, phrase, Some(speaker))?;
    (doc.res.entities[e].kind == EntityKind::Person).then_some((phrase, e))
}

/// Words that may stand between a verb of naming and the one it names: "called his rival X",
/// "calling the former governor X" (title words are allowed too).
const NAMED_GAP: &[&str] = &[
    "the", "his", "her", "their", "its", "fellow", "rival", "opponent", "former",
];

/// Words after the one named that end the search for what they are called: "called X to
/// congratulate him", "called X on Tuesday for ...", "a group called X, which ...".
const NAMED_STOP: &[&str] = &[
    "to", "for", "on", "in", "at", "with", "by", "from", "about", "over", "after", "before",
    "when", "and", "or", "but", "that", "who", "which", "because", "while", "as", "if", "since",
    "during", "said", "says", "told", "of",
];

/// After a possessive ("called X's plan ..."), the words that still end the search; the
/// possessed noun phrase may hold prepositions ("X's use of private servers careless").
const NAMED_POSSESSED_STOP: &[&str] = &[
    "and", "or", "but", "that", "who", "which", "to", "when", "because", "while", "as", "if",
    "said", "says", "told",
];

/// What a verb of naming ("called", "calls", "calling") at `trigger` calls the one named
/// right after it: "called Senator X a liar", "calling X 'an orange buffoon'", "called X's
/// remarks 'pathetic'", "branded the Tory plans as 'fantasy economics'" (a deed judged in its
/// author's stead, the author a possessor or a name before the deed noun). The judgement is a
/// `said` or `is` word of the stance table within a few words, not negated and with no clause
/// break between; the answer is the named mention and the relation type and CAMEO code
/// (criticizes 111, praises 051, accuses 112). "so-called X" and "a group called X" call
/// nobody anything.
/// "called him a liar", "calling her 'a disgrace'": the one named may be an object pronoun
/// right after the verb, whose person the caller resolves.
pub(crate) fn named_as(
    doc: &Doc<'_>,
    trigger: Span,
    end: usize,
) -> Option<(Named, &'static str, &'static str)> {
    let text = doc.text;
    // "so-called X"; "too soon to call X a failure", "refused to call X a terrorist": an
    // infinitive names no one yet.
    if text[..trigger.start].ends_with('-')
        || text[..trigger.start]
            .trim_end()
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|p| p.eq_ignore_ascii_case("to"))
    {
        return None;
    }
    // "called him a liar": an object pronoun right after the verb.
    let pronoun = word_spans(text, Span::new(trigger.end, end))
        .next()
        .filter(|w| {
            text[trigger.end..w.start].trim().is_empty()
                && matches!(&text[w.start..w.end], "him" | "her")
        });
    // "called her husband a liar": "her" owns the next word unless an article or the
    // judgement itself follows ("called her a liar", "called her reckless").
    let her = pronoun.is_some_and(|w| &text[w.start..w.end] == "her");
    let (named, from) = match pronoun {
        Some(w) => (Named::Pronoun(w.start), w.end),
        None => {
            let k = named_mention(doc, trigger, end)?;
            (Named::Mention(k), doc.mentions[k].span.end)
        }
    };
    let mut from = apposition_end(text, from, end);
    let possessive = ["'s", "’s"].iter().find(|p| text[from..].starts_with(**p));
    if let Some(p) = possessive {
        from += p.len();
    }
    // "branded the Tory plans 'fantasy economics'": a name before a deed noun is the deed's
    // author, as a possessor is.
    let modifier =
        matches!(named, Named::Mention(_)) && possessive.is_none() && deed_word_at(doc, from, end);
    let (limit, stops) = if possessive.is_some() || modifier {
        (8, NAMED_POSSESSED_STOP)
    } else {
        (4, NAMED_STOP)
    };
    let table = &doc.pipeline.extractor.stance;
    let mut prev = [Span::new(0, 0); 3];
    let mut last = from;
    for (seen, w) in word_spans(text, Span::new(from, end))
        .take(limit)
        .enumerate()
    {
        if text[last..w.start].contains([',', ';', ':', '.', '(', ')', '!', '?', '—', '–']) {
            return None;
        }
        let lw = text[w.start..w.end].to_lowercase();
        // "branded X as 'fantasy economics'": the "as" of the naming itself.
        // ("described X's decision as unjustified": after a possessed noun too.)
        let naming_as =
            lw == "as" && (seen == 0 || (modifier || possessive.is_some()) && seen == 1);
        if NEGATORS.contains(&lw.as_str()) || stops.contains(&lw.as_str()) && !naming_as {
            return None;
        }
        if let Some((_, shape, (rel, cameo))) = table.judgement(text, w, &prev[..seen.min(3)]) {
            if matches!(shape, Shape::Said | Shape::Is) && rel != "supports" {
                return Some((named, rel, cameo));
            }
        }
        if her
            && seen == 0
            && !matches!(lw.trim_start_matches(['\'', '’', '‘']), "a" | "an" | "the")
        {
            return None;
        }
        prev.rotate_right(1);
        prev[0] = w;
        last = w.end;
    }
    None
}

/// Is the first word from `from` (before `end`) a deed noun of the stance table ("plans",
/// "policy")?
fn deed_word_at(doc: &Doc<'_>, from: usize, end: usize) -> bool {
    word_spans(doc.text, Span::new(from, end))
        .next()
        .is_some_and(|w| {
            doc.pipeline
                .extractor
                .stance
                .deeds
                .contains(doc.text[w.start..w.end].to_lowercase().as_str())
        })
}

/// The one a verb of naming names, as [`named_as`] answers it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Named {
    /// A mention (its index in `doc.mentions`): "called Senator X a liar".
    Mention(usize),
    /// An object pronoun starting at this byte: "called him a liar".
    Pronoun(usize),
}

/// The mention a verb of naming at `trigger` names: the first mention after the verb, past
/// modifiers ("U.S. President X") and title words, a person, organisation or country.
fn named_mention(doc: &Doc<'_>, trigger: Span, end: usize) -> Option<usize> {
    let text = doc.text;
    let mut pos = trigger.end;
    let k = loop {
        let k = doc.mentions.partition_point(|m| m.span.start < pos);
        let m = doc.mentions.get(k)?;
        if m.span.start >= end || doc.res.entity_of[k].is_none() {
            return None;
        }
        let gap = &text[pos..m.span.start];
        if gap.contains([',', ';', ':', '"', '“', '”', '(', ')']) {
            return None;
        }
        let gap_ok = word_spans(text, Span::new(pos, m.span.start)).all(|w| {
            NAMED_GAP.contains(&text[w.start..w.end].to_lowercase().as_str())
                || doc
                    .titles
                    .iter()
                    .any(|t| t.span.start <= w.start && w.end <= t.span.end)
        });
        if !gap_ok {
            return None;
        }
        // A name modifying a deed noun is the deed's author ("the Tory plans").
        if doc.is_modifier(k) {
            if deed_word_at(doc, m.span.end, end) {
                break k;
            }
            pos = m.span.end;
            continue;
        }
        break k;
    };
    matches!(
        doc.kind(k),
        EntityKind::Person | EntityKind::Organization | EntityKind::Country
    )
    .then_some(k)
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
