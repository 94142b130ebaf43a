//! Commodity deals between countries, on top of the event engine in [`super::events`].
//!
//! The engine finds a trade verb (`buy`, `purchase`, `import`, `sell`, `export`) and its actor;
//! when it finds no weapon or company as the object, [`commodity_partner`] reads the partner
//! country from the goods' phrase, for goods named by a commodity noun or counted in a trade
//! unit ("tonnes", "barrels"), both from the lexicon's `commodities` table
//! (`data/lexicons/commodities.tsv`, plus a user's `--lexicon` rows):
//! * the buyer buys from the seller country: a country or demonym before the goods ("bought
//!   30,000 tonnes of French maize", "import more U.S. beef") or a `from` phrase after them
//!   ("will import diesel from the Soviet Union");
//! * the seller sells to the buyer country: a `to` phrase after the goods ("sold wheat to
//!   Tunisia") or the country right after the verb ("sold Greece 30,000 tonnes of corn").
//!
//! Only what the sentence states is given: "Greece bought Spanish corn" is Greece buying from
//! Spain, not Spain selling to Greece. Trade statistics and forecasts ("imports of U.S. wheat
//! rose 5 pct", "is expected to buy") are no deal: a sentence with a statistic's cue gives
//! none.

use rustc_hash::FxHashSet;

use super::Doc;
use crate::lexicon::{CommodityKind, Lexicon};
use crate::model::EntityKind;
use crate::span::Span;
use crate::text::TokenKind;

/// The commodity nouns and trade units of the lexicon's `commodities` table
/// (`data/lexicons/commodities.tsv` and a user's `--lexicon` rows).
#[derive(Debug, Default)]
pub(crate) struct Goods {
    /// Goods whose purchase or sale between countries is a trade deal ("wheat", "diesel").
    nouns: FxHashSet<String>,
    /// Units goods are counted in ("125,000 bpd from the Saudis").
    units: FxHashSet<String>,
}

impl Goods {
    /// Compiles the lexicon's commodities rows.
    pub(crate) fn new(lex: &Lexicon) -> Goods {
        let mut g = Goods::default();
        for c in &lex.commodities {
            match c.kind {
                CommodityKind::Goods => g.nouns.insert(c.word.clone()),
                CommodityKind::Unit => g.units.insert(c.word.clone()),
            };
        }
        g
    }
}

/// Words of a quantity inside the goods' phrase ("a total of", "up to 30,000 tonnes of").
const QUANTITY: &[&str] = &[
    "a",
    "about",
    "additional",
    "an",
    "and",
    "another",
    "approximately",
    "around",
    "at",
    "billion",
    "bln",
    "estimated",
    "extra",
    "further",
    "least",
    "metric",
    "million",
    "mln",
    "more",
    "nearly",
    "of",
    "over",
    "some",
    "than",
    "the",
    "to",
    "total",
    "up",
];

/// Words that can follow the goods' head noun (not a noun the commodity modifies, as in "oil
/// prices" or "wheat exports").
const AFTER_GOODS: &[&str] = &[
    "and", "as", "at", "by", "during", "for", "from", "in", "last", "on", "or", "this", "through",
    "to", "under", "valued", "via", "when", "which", "with", "worth",
];

/// Cues of a trade statistic or forecast: "up 5 pct", "in the week ended", "compared with",
/// "is expected to", "so far this season".
const STATISTIC_CUES: &[&str] = &[
    "%",
    "annual",
    "annually",
    "average",
    "calendar",
    "compared",
    "cumulative",
    "data",
    "declined",
    "dropped",
    "ended",
    "estimate",
    "estimated",
    "estimates",
    "expect",
    "expected",
    "expects",
    "fell",
    "figures",
    "forecast",
    "increased",
    "pct",
    "percent",
    "projected",
    "rose",
    "season",
    "statistics",
    "totalled",
    "totaled",
    "unchanged",
    "versus",
    "vs",
    "year-ago",
    "years",
];

/// The partner country (a mention index) of a commodity deal whose trigger, of lemma
/// `lemma`, spans tokens `ti..=tlast`, in a clause ending at byte `end` of the sentence `sent`,
/// with its actor at `src`: for a purchase the seller country, for a sale the buyer country.
/// `None` when the object is no commodity, no partner country is named, the actor is only a
/// modifier of the real buyer or seller ("Japanese crushers", "EC countries"), the verb states
/// a habit ("Taiwan imports its soybeans from ...") or the sentence reads as a statistic.
pub(super) fn commodity_partner(
    doc: &Doc<'_>,
    lemma: &str,
    (ti, tlast): (usize, usize),
    end: usize,
    sent: Span,
    src: Span,
) -> Option<usize> {
    let buys = matches!(lemma, "buy" | "purchase" | "import");
    if !buys && !matches!(lemma, "sell" | "export") {
        return None;
    }
    let w = doc.word_cow(ti);
    let before = doc.word_cow(ti.saturating_sub(1));
    // "imports of", "exports to": a noun; "buys", "normally imports": a habit.
    if w.ends_with('s')
        || HABITUAL.contains(&before.as_ref())
        || matches!(doc.word_cow(tlast + 1).as_ref(), "of" | "no")
        || describes_actor(doc, src, ti)
    {
        return None;
    }
    let from = tlast + 1;
    // "sold Greece 30,000 tonnes of corn": the buyer right after the verb, the goods after it.
    let first = doc
        .tokens
        .get(from)
        .filter(|t| t.span.start < end)
        .and_then(|t| doc.mention_covering(t.span.start));
    if let Some(k) = first.filter(|&k| !buys && doc.kind(k) == EntityKind::Country) {
        let after = doc.token_at_or_after(doc.mentions[k].span.end);
        let counted = doc.tokens.get(after).is_some_and(|t| {
            t.kind == TokenKind::Number || QUANTITY.contains(&doc.word_cow(after).as_ref())
        });
        if counted
            && doc.mentions[k].form == crate::ner::Form::Name
            && goods(doc, after, end).is_some_and(|(_, origin)| origin.is_none())
            && !statistic(doc, sent)
        {
            return Some(k);
        }
        return None;
    }
    let (head, origin) = goods(doc, from, end)?;
    let partner = if buys {
        origin.or_else(|| country_after(doc, head + 1, end, "from"))
    } else {
        country_after(doc, head + 1, end, "to")
    }?;
    (!statistic(doc, sent)).then_some(partner)
}

/// Adverbs of habit before a trade verb ("which normally imports wheat from Australia").
const HABITUAL: &[&str] = &[
    "generally",
    "normally",
    "often",
    "regularly",
    "traditionally",
    "typically",
    "usually",
];

/// Is the actor's name at `src` only a modifier of the noun that acts ("Japanese crushers
/// bought", "EC countries have bought", "the Spanish subsidiary of X sold")? The name is then
/// not the buyer or seller. A name followed by its verb ("Japan bought", "Spain has agreed
/// to sell") is.
fn describes_actor(doc: &Doc<'_>, src: Span, ti: usize) -> bool {
    let Some(k) = doc.mention_covering(src.start) else {
        return false;
    };
    let j = doc.token_at_or_after(doc.mentions[k].span.end);
    j < ti
        && doc.tokens[j].kind == TokenKind::Word
        && doc.tokens[j].text(doc.text).starts_with(char::is_lowercase)
        && {
            let w = doc.word_cow(j);
            !w.ends_with("ed") && !w.ends_with("ly") && !VERB_AFTER_SUBJECT.contains(&w.as_ref())
        }
}

/// Words that follow a subject name as its verb or before it ("Egypt has", "Brazil will").
const VERB_AFTER_SUBJECT: &[&str] = &[
    "also",
    "are",
    "bought",
    "can",
    "could",
    "did",
    "does",
    "had",
    "has",
    "have",
    "is",
    "may",
    "might",
    "must",
    "plans",
    "said",
    "says",
    "should",
    "sold",
    "still",
    "to",
    "wants",
    "was",
    "were",
    "will",
    "would",
    "yesterday",
    "today",
];

/// "with Italy buying 6,000 tonnes", "the U.S. selling wheat to X": the country or company
/// right before a gerund trigger at token `ti` is its subject.
pub(super) fn gerund_subject(doc: &Doc<'_>, ti: usize) -> Option<usize> {
    if ti == 0 || !doc.word_cow(ti).ends_with("ing") {
        return None;
    }
    doc.mention_covering(doc.tokens[ti - 1].span.start)
        .filter(|&k| {
            matches!(doc.kind(k), EntityKind::Country | EntityKind::Organization)
                && doc.mentions[k].span.end == doc.tokens[ti - 1].span.end
        })
}

/// The goods' phrase starting at token `j`: a quantity, at most one country or demonym and a
/// few adjectives before a commodity noun ("30,000 tonnes of French soft wheat", "more U.S.
/// beef"), or a quantity in a trade unit ("125,000 bpd"). Gives the head's token and the
/// country mention before the commodity, if any.
fn goods(doc: &Doc<'_>, mut j: usize, end: usize) -> Option<(usize, Option<usize>)> {
    let Goods { nouns, units } = &doc.pipeline.extractor.goods;
    let start = j;
    let mut origin = None;
    let mut adjectives = 0;
    while j < doc.tokens.len() && doc.tokens[j].span.start < end && j < start + 12 {
        let t = doc.tokens[j];
        if let Some(k) = doc.mention_covering(t.span.start) {
            if origin.is_some() || doc.kind(k) != EntityKind::Country {
                return None;
            }
            origin = Some(k);
            adjectives = 0;
            j = doc.token_at_or_after(doc.mentions[k].span.end);
            continue;
        }
        let w = doc.word_cow(j);
        let lower = t.text(doc.text).starts_with(char::is_lowercase);
        // "U.S. number two yellow soybeans", "No. 2 corn": a grade after the origin.
        if let Some(n) = origin.and_then(|_| grade_end(doc, j)) {
            j = n;
            continue;
        }
        if lower && nouns.contains(w.as_ref()) {
            // "palm oil", "crude oil": the last commodity word heads the compound.
            let mut h = j;
            while doc.tokens.get(h + 1).is_some_and(|n| {
                n.span.start < end && n.text(doc.text).starts_with(char::is_lowercase)
            }) && nouns.contains(doc.word_cow(h + 1).as_ref())
            {
                h += 1;
            }
            return ends_goods(doc, h, end).then_some((h, origin.filter(|_| adjectives <= 2)));
        }
        if lower && units.contains(w.as_ref()) && doc.word_cow(j + 1) != "of" {
            return (origin.is_none() && ends_goods(doc, j, end)).then_some((j, None));
        }
        if t.kind == TokenKind::Number
            || QUANTITY.contains(&w.as_ref())
            || lower && units.contains(w.as_ref())
        {
            if origin.is_some() {
                return None;
            }
        } else if lower
            && t.kind == TokenKind::Word
            && adjectives < 2
            && w.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
            && !w.ends_with("ing")
        {
            // "soft wheat", "white sugar", "high speed diesel".
            adjectives += 1;
        } else {
            return None;
        }
        j += 1;
    }
    None
}

/// The token after a grain grade opening at token `j` ("number two", "No. 2", "no 3"), or
/// `None` when no grade opens there.
fn grade_end(doc: &Doc<'_>, j: usize) -> Option<usize> {
    let n = match doc.word_cow(j).as_ref() {
        "number" | "no" => j + usize::from(doc.tokens.get(j + 1)?.text(doc.text) == ".") + 1,
        "no." => j + 1,
        _ => return None,
    };
    let t = doc.tokens.get(n)?;
    (t.kind == TokenKind::Number
        || matches!(
            doc.word_cow(n).as_ref(),
            "one" | "two" | "three" | "four" | "five"
        ))
    .then_some(n + 1)
}

/// Does the goods' head at token `h` end its phrase (followed by punctuation, the clause's end
/// or a preposition, not by a noun it modifies: "oil prices", "wheat exports")?
fn ends_goods(doc: &Doc<'_>, h: usize, end: usize) -> bool {
    doc.tokens.get(h + 1).is_none_or(|n| {
        n.span.start >= end
            || n.kind != TokenKind::Word
            || AFTER_GOODS.contains(&doc.word_cow(h + 1).as_ref())
    })
}

/// The country named right after token `j` opens a phrase with `prep` ("to Tunisia", "from
/// the Soviet Union"), or does so after a date ("this year to the Soviet Union").
fn country_after(doc: &Doc<'_>, mut j: usize, end: usize, prep: &str) -> Option<usize> {
    if let Some(e) = doc
        .tokens
        .get(j)
        .filter(|t| t.span.start < end)
        .and_then(|t| doc.date_starting_at(t.span.start))
    {
        j = doc.token_at_or_after(e);
    }
    if doc.word_cow(j) != prep {
        return None;
    }
    let mut i = j + 1;
    if doc.word_cow(i) == "the" {
        i += 1;
    }
    let t = doc.tokens.get(i).filter(|t| t.span.start < end)?;
    doc.mention_covering(t.span.start).filter(|&k| {
        let after = doc.token_at_or_after(doc.mentions[k].span.end);
        doc.kind(k) == EntityKind::Country
            && doc.mentions[k].span.start == t.span.start
            // ("to U.S. ports", "from Chinese mills": a country that modifies a noun.)
            && !doc.tokens.get(after).is_some_and(|n| {
                n.kind == TokenKind::Word
                    && n.text(doc.text).starts_with(char::is_lowercase)
                    && !AFTER_GOODS.contains(&doc.word_cow(after).as_ref())
            })
    })
}

/// Does the sentence read as a trade statistic or forecast: a cue word, a whole year or
/// season ("last year", "in the past three years", "in 1986", "in 1983/84"), a change ("up
/// from")?
fn statistic(doc: &Doc<'_>, sent: Span) -> bool {
    let r = doc.tokens_in(sent);
    r.clone().any(|j| {
        let w = doc.word_cow(j);
        let next = doc.word_cow(j + 1);
        let t = doc.tokens[j].text(doc.text);
        let year = |t: &str| t.len() == 4 && (t.starts_with("19") || t.starts_with("20"));
        STATISTIC_CUES.contains(&w.as_ref())
            || matches!(w.as_ref(), "last" | "previous" | "past" | "per" | "each") && next == "year"
            || matches!(w.as_ref(), "up" | "down") && next == "from"
            || w == "in"
                && doc
                    .tokens
                    .get(j + 1)
                    .is_some_and(|n| n.kind == TokenKind::Number && year(n.text(doc.text)))
            || doc.tokens[j].kind == TokenKind::Number
                && t.split_once('/')
                    .is_some_and(|(a, b)| year(a) && b.len() == 2)
    })
}
