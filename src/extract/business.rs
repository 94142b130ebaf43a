//! Business and legal events between organisations, on top of the event engine in
//! [`super::events`].
//!
//! Most corporate events are plain event-lexicon rows (`takeover`, an `offer` for a company,
//! `took over`, `fined`, legal action; see the business block of `events.tsv`). Two kinds of
//! trigger are patterns over a few words, found here and handed to the event engine as if
//! they were lexicon phrases:
//! * a change of stake: "raised its stake in X" (`buys`), "cut its holding in X" (`sells`),
//!   "took a 20 pct stake in X" (`buys`); the phrase ends at `in`/`of`, so the company follows;
//! * investment: "invested $2bn in X" (`cooperates`, CAMEO 061), up to `in`;
//! * contracts: "won a 50 mln dlr contract from X" (the winner cooperates with the one
//!   awarding it, 061), "received 8.3 mln dlrs in contracts from X" (relw26), "awarded a
//!   contract to X", "X was awarded a contract by Y".
//!
//! [`keep`] then checks the arguments of these events: only companies are taken over or have
//! stakes, only an authority fines, and so on.

use super::Doc;
use crate::lexicon::{EventEntry, TriggerPos};
use crate::model::{EntityKind, Modality};
use crate::span::Span;
use std::borrow::Cow;
use std::sync::LazyLock;

/// The pattern triggers' entries, in the order of [`Pattern`].
static ENTRIES: LazyLock<[EventEntry; 6]> = LazyLock::new(|| {
    let e = |lemma: &str, rel_type: &str, cameo: &str| EventEntry {
        lemma: lemma.to_string(),
        pos: TriggerPos::Verb,
        rel_type: rel_type.to_string(),
        cameo: cameo.to_string(),
        forms: Vec::new(),
    };
    [
        e("raise stake", "buys", "062"),
        e("cut stake", "sells", "062"),
        e("take stake", "buys", "062"),
        e("invest", "cooperates", "061"),
        e("win contract", "cooperates", "061"),
        e("award contract", "cooperates", "061"),
    ]
});

/// Lemmas whose object (a company, or a stake in one) is read like that of "buy" or "sell".
const DEAL_LEMMAS: &[&str] = &["raise stake", "cut stake", "take stake", "take over"];

/// True for a business lemma whose object is a company taken over or a stake in one.
pub(super) fn is_deal_lemma(lemma: &str) -> bool {
    DEAL_LEMMAS.contains(&lemma)
}

/// What a stake is called.
const STAKES: &[&str] = &["stake", "holding", "interest", "shareholding", "stakes"];
const CONTRACTS: &[&str] = &["contract", "contracts"];
/// Words that may stand between the verb and the stake or contract noun.
const FILLERS: &[&str] = &[
    "its",
    "their",
    "his",
    "her",
    "the",
    "a",
    "an",
    "pct",
    "percent",
    "per",
    "cent",
    "%",
    "equity",
    "minority",
    "majority",
    "controlling",
    "additional",
    "further",
    "small",
    "large",
    "major",
    "new",
    "big",
    "long-term",
    "mln",
    "million",
    "billion",
    "bln",
    "dlr",
    "dlrs",
    "dollar",
    "-",
];

/// Which pattern trigger starts at token `ti`: (index of its last token minus `ti`, entry).
/// `lowered` holds every token lower-cased; the phrase stays before `end` (the sentence end).
///
/// Inlined into the event finder's token loop: most words fail the `match` on their first
/// word, without a call; the phrase itself is read by [`trigger_from`].
#[inline]
pub(super) fn trigger(
    doc: &Doc<'_>,
    lowered: &[Cow<'_, str>],
    ti: usize,
    end: usize,
) -> Option<(usize, &'static EventEntry)> {
    let w = lowered[ti].as_ref();
    // One `match` per word (most words fail on their length).
    let which = match w {
        "raise" | "raises" | "raised" | "raising" | "increase" | "increases" | "increased"
        | "increasing" | "boost" | "boosts" | "boosted" | "boosting" | "lift" | "lifts"
        | "lifted" | "lifting" => 0,
        "cut" | "cuts" | "cutting" | "reduce" | "reduces" | "reduced" | "reducing" | "lower"
        | "lowers" | "lowered" | "lowering" | "trim" | "trims" | "trimmed" | "trimming"
        | "decrease" | "decreases" | "decreased" | "decreasing" => 1,
        "take" | "takes" | "took" | "taken" | "taking" => 2,
        "invest" | "invests" | "invested" | "investing" => 3,
        "win" | "wins" | "won" | "winning" | "secure" | "secures" | "secured" | "securing"
        | "land" | "lands" | "landed" | "landing" | "receive" | "receives" | "received"
        | "receiving" | "obtain" | "obtains" | "obtained" | "obtaining" => 4,
        "award" | "awards" | "awarded" | "awarding" => 5,
        _ => return None,
    };
    trigger_from(doc, lowered, ti, end, which)
}

/// The rest of [`trigger`] once the word at `ti` opens pattern `which` (an index of `ENTRIES`).
#[inline(never)]
fn trigger_from(
    doc: &Doc<'_>,
    lowered: &[Cow<'_, str>],
    ti: usize,
    end: usize,
    which: usize,
) -> Option<(usize, &'static EventEntry)> {
    let w = lowered[ti].as_ref();
    let entry = &ENTRIES[which];
    // The head noun (stake, contract) or, for investment, the "in" within a few words,
    // with nothing but fillers, numbers and money before it.
    let mut j = ti + 1;
    let last = (ti + 9).min(end);
    while j < last {
        let t = doc.tokens[j];
        let x = lowered[j].as_ref();
        let named = doc.mention_covering(t.span.start).is_some();
        match which {
            0..=2 if STAKES.contains(&x) && !named => {
                // "raised its stake in X", "its holding of X shares".
                let next = lowered.get(j + 1).map(Cow::as_ref);
                return matches!(next, Some("in" | "of")).then_some((j + 1 - ti, entry));
            }
            3 if x == "in" => return (j > ti + 1 || w != "investing").then_some((j - ti, entry)),
            4 | 5 if CONTRACTS.contains(&x) && !named => {
                let next = lowered.get(j + 1).map(Cow::as_ref);
                let prep: &[&str] = if which == 4 {
                    &["from", "with", "by"]
                } else {
                    &["to"]
                };
                // "awarded Vantor a contract": the winner is the verb's own object.
                if which == 5
                    && (ti + 1..j).any(|i| doc.mention_covering(doc.tokens[i].span.start).is_some())
                {
                    return Some((0, entry));
                }
                return match next {
                    Some(p) if prep.contains(&p) => Some((j + 1 - ti, entry)),
                    // "was awarded a contract by X" (passive): the "by" phrase follows.
                    _ if which == 5 => Some((j - ti, entry)),
                    _ => None,
                };
            }
            _ => {}
        }
        // Money and counts ("$2bn", "50 mln dlr", "a 20 pct"), fillers and, for contracts,
        // a modifier or two ("defence", "five-year").
        let ok = FILLERS.contains(&x)
            || t.kind == crate::text::TokenKind::Number
            || matches!(t.kind, crate::text::TokenKind::Punct)
                && matches!(x, "$" | "£" | "€" | "." | ",")
            || x.chars().next().is_some_and(|c| c.is_ascii_digit())
            || which >= 3
                && !named
                && x.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                && !matches!(
                    x,
                    "to" | "and"
                        | "or"
                        | "but"
                        | "that"
                        | "which"
                        | "who"
                        | "for"
                        | "from"
                        | "with"
                        | "by"
                        | "on"
                        | "at"
                        | "as"
                        | "into"
                        | "over"
                );
        if !ok {
            return None;
        }
        j += 1;
    }
    None
}

/// Whether the business event `entry` may hold between `src` and `tgt` (entity indices;
/// `tgt_span` is the target's mention, `trig_end` the end of the trigger): a company (or an
/// investor) takes a stake in or takes over a company, not a possessor of it ("the takeover of
/// X's unit"); an authority fines; contracts and investments bind organisations and states
/// named right after the trigger (not a demonym: "a contract to a Canadian firm"). Other
/// events always pass.
pub(super) fn keep(
    doc: &Doc<'_>,
    entry: &EventEntry,
    (src, tgt): (usize, usize),
    tgt_span: Span,
    trig_end: usize,
) -> bool {
    let kind = |e: usize| doc.res.entities[e].kind;
    let company = |e: usize| doc.lexicon_type(e).is_none_or(|t| t == "company");
    let body = |e: usize| matches!(kind(e), EntityKind::Organization | EntityKind::Country);
    let mention = doc.mention_covering(tgt_span.start);
    let possessor = || doc.possessive_at(tgt_span.end);
    let demonym = || mention.is_some_and(|k| doc.mentions[k].form == crate::ner::Form::Demonym);
    // Only a few determiners and descriptive words between the trigger and a target after it.
    let close = || {
        tgt_span.start < trig_end || {
            let gap: Vec<&str> = doc.text[trig_end..tgt_span.start]
                .split_whitespace()
                .collect();
            gap.len() <= 3
                && gap.iter().all(|w| {
                    w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                        && !matches!(
                            *w,
                            "with"
                                | "to"
                                | "from"
                                | "for"
                                | "in"
                                | "on"
                                | "at"
                                | "by"
                                | "of"
                                | "and"
                                | "or"
                                | "its"
                                | "their"
                                | "his"
                                | "her"
                        )
                })
        }
    };
    match entry.lemma.as_str() {
        "takeover" | "take over" | "raise stake" | "cut stake" | "take stake" => {
            kind(tgt) == EntityKind::Organization
                && company(tgt)
                && !possessor()
                && matches!(kind(src), EntityKind::Organization | EntityKind::Person)
                && company(src)
        }
        // "U.S. Government securities broker ... made an offer for X": a country makes no
        // takeover offer.
        "bid" => kind(src) != EntityKind::Country,
        "fine" => body(src) && matches!(kind(tgt), EntityKind::Organization | EntityKind::Person),
        "invest" | "win contract" | "award contract" => {
            body(src) && body(tgt) && !demonym() && !possessor() && close()
        }
        _ => true,
    }
}

/// Cues that a deal was given up or failed ("abandoned its bid for X").
const GIVEN_UP: &[&str] = &[
    "abandoned",
    "abandons",
    "abandon",
    "abandoning",
    "dropped",
    "drops",
    "scrapped",
    "scraps",
    "withdrew",
    "withdrawn",
    "unsuccessful",
    "terminated",
    "failed",
    "thwarted",
    "blocked",
    "off",
    // (relprec28) "ended its tender offer to buy X", "halted its bid for X".
    "ended",
    "cancelled",
    "canceled",
    "halted",
    "shelved",
];
/// Cues that a deal is only being discussed ("in talks to buy X").
const TALKS: &[&str] = &["talks", "discussions", "negotiating"];
/// Cues that a deal is attempted ("its bid to take over X", "an attempt to acquire X").
/// (relprec28) An approach or a proposal to buy, and trying to, are attempts too ("made a fresh
/// approach to buy X", "a proposal from X to acquire Y", "is trying to buy X").
const ATTEMPTS: &[&str] = &[
    "bid",
    "attempt",
    "attempts",
    "attempted",
    "effort",
    "offer",
    "approach",
    "approaches",
    "proposal",
    "proposals",
    "trying",
    "tries",
    "tried",
];

/// The modality of a business deal (a purchase, sale, takeover, investment or contract),
/// from the words of its clause `cl` before the trigger `trig`: given up ("abandoned its bid",
/// "called off the takeover") is negated, under discussion ("is in talks to buy") hypothetical,
/// attempted ("its bid to take over") intended. Other events keep `m`.
pub(super) fn modality(
    doc: &Doc<'_>,
    cl: Span,
    trig: Span,
    entry: &EventEntry,
    m: Modality,
) -> Modality {
    if !matches!(entry.rel_type.as_str(), "buys" | "sells")
        && !matches!(entry.cameo.as_str(), "061")
    {
        return m;
    }
    // The clause's last eight words before the trigger, nearest first.
    let before: Vec<Cow<'_, str>> = doc
        .tokens_in(Span::new(cl.start, trig.start))
        .rev()
        .take(8)
        .map(|i| doc.word_cow(i))
        .collect();
    if matches!(m, Modality::Asserted | Modality::Reported) {
        if let Some(p) = purpose(&before) {
            return p;
        }
    }
    let window = &before[..before.len().min(5)];
    let has = |words: &[&str]| window.iter().any(|w| words.contains(&w.as_ref()));
    // (relprec28) An attempt noun may stand further back before a named proposer: "a proposal
    // from chairman Carlo Brandt to acquire X" (not across a comma or a semicolon).
    // (For a reported deal only this way: "an attempt to interfere with its takeover of X"
    // leaves the takeover reported.)
    let attempted = before.first().is_some_and(|w| w == "to")
        && before
            .iter()
            .take_while(|w| !matches!(w.as_ref(), "," | ";"))
            .any(|w| ATTEMPTS.contains(&w.as_ref()));
    // "called off", "broke off": "off" only after those verbs.
    let given_up = window.iter().enumerate().any(|(i, w)| {
        GIVEN_UP.contains(&w.as_ref())
            && (w != "off"
                || i + 1 < window.len()
                    && matches!(
                        window[i + 1].as_ref(),
                        "called" | "calls" | "call" | "broke"
                    ))
    });
    match m {
        Modality::Asserted | Modality::Intended | Modality::Reported if given_up => {
            Modality::Negated
        }
        // (relprec28) A deal a source reports as discussed or attempted is no more done than
        // one the article states ("X said the administrators were in talks over the sale").
        Modality::Asserted | Modality::Intended | Modality::Reported if has(TALKS) => {
            Modality::Hypothetical
        }
        Modality::Asserted if has(ATTEMPTS) => Modality::Intended,
        Modality::Asserted | Modality::Reported if attempted => Modality::Intended,
        _ => m,
    }
}

/// Means a deal needs, before "to" and its verb ("needs 400 mln dlrs to buy", "the financing to
/// acquire", "a request for clearance to purchase", "a letter of intent to acquire").
const MEANS: &[&str] = &[
    "need",
    "needs",
    "needed",
    "financing",
    "funds",
    "funding",
    "clearance",
    "approval",
    "permission",
    "intent",
    "enough",
];
/// Verbs that keep someone "from buying".
const PREVENTS: &[&str] = &[
    "prevent",
    "prevents",
    "prevented",
    "bar",
    "bars",
    "barred",
    "barring",
    "block",
    "blocks",
    "blocked",
    "stop",
    "stops",
    "stopped",
    "enjoin",
    "enjoined",
    "prohibit",
    "prohibits",
    "prohibited",
    "restrain",
    "restrained",
];

/// The modality a deal's verb takes from a purpose or a bar in `before` (the words before it
/// in its clause, nearest first): money or leave sought for it ("needs 400 mln dlrs to buy
/// X", "a request for clearance to purchase X") is intended; kept from it ("an order to
/// prevent X from buying Y") negated.
fn purpose(before: &[Cow<'_, str>]) -> Option<Modality> {
    match before.first().map(Cow::as_ref) {
        Some("to") => before[1..]
            .iter()
            .any(|w| MEANS.contains(&w.as_ref()))
            .then_some(Modality::Intended),
        Some("from") => before[1..]
            .iter()
            .any(|w| PREVENTS.contains(&w.as_ref()))
            .then_some(Modality::Negated),
        _ => None,
    }
}
