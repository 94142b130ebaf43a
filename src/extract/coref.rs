//! Antecedents of event arguments and speakers written as a description rather than a name.
//!
//! One resolver for both: a body's generic noun ("the company", "the bank") first takes the
//! company the text is about or the body with that word in its name
//! (`quotes::body_named_before`); what that leaves is read as below.
//!
//! "the company", "the German firm", "the Belgium-based group", "the bank", "the country",
//! "the minister": the nearest compatible entity named before it, looked for in the
//! description's own sentence (before it) and then in at most [`SENTENCES_BACK`] sentences
//! before that. The nearest sentence holding a candidate decides: one entity there is the
//! antecedent; several give none unless one is that sentence's subject and not coordinated
//! with another ("Siemens and Bosch reported profits. The company ..." gives nothing).
//! A name inside a direct quotation is no antecedent for a description outside it.
//!
//! A person's office ("the president", "the Iraqi leader", "the prime minister") fits a
//! person whose title, stated in the article or in the people lexicon, is that office; two
//! such people in the nearest sentence give none. A demonym or country word must agree: a
//! person's affiliation or lexicon country, a company's lexicon home when one is known.
//! An epithet of political and business news ("the nominee", "the presumptive Republican
//! nominee", "the Manhattan billionaire") fits any person, none of the event's actors, and a
//! party it names must be the person's. "the MPs' committee" is the committee.
//! `events` reads descriptions in subject and object position ("sued the US company"); a
//! name in apposition ("the Russian president, Vladimir Putin") is the argument instead.
//!
//! Pronouns are resolved by `events::pronoun_antecedent`, which falls back on a description
//! subject found here ("The Belgium-based company is due to complete its acquisition"); object
//! pronouns ("criticised him") by `events::object_pronoun_antecedent`, which shares its list of
//! candidate persons.

use super::Doc;
use super::affil::Affil;
use super::quotes::QuoteOut;
use crate::model::EntityKind;
use crate::span::Span;

/// How many sentences before the description's own an antecedent may be named in.
const SENTENCES_BACK: usize = 2;

/// What a description noun stands for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Want {
    /// Any organisation that is not a public body ("the company", "the firm").
    Company,
    /// An organisation whose name holds one of these words ("the bank", "the ministry").
    Body(&'static [&'static str]),
    /// A country ("the country", "the nation").
    Country,
    /// A person whose title, as stated in the article or in the people lexicon, holds this
    /// word ("the minister", "the president").
    Titled(&'static str),
    /// A person whose title is that of a head of state, government or party ("the leader").
    Leader,
    /// Any person, by a word politics and business news use in place of a name ("the
    /// nominee", "the front-runner", "the billionaire"); a party named in the description
    /// must be the person's ("the Democratic nominee").
    Epithet,
}

/// The kind of antecedent a description noun wants, or None for a noun that is no
/// description of an entity.
fn want(noun: &str) -> Option<Want> {
    Some(match noun {
        "company" | "firm" | "group" | "corporation" | "conglomerate" | "carmaker"
        | "automaker" | "retailer" | "insurer" | "airline" | "bidder" | "planemaker"
        | "chipmaker" | "drugmaker" | "lender" | "carrier" | "miner" | "brewer" => Want::Company,
        "bank" => Want::Body(&["bank", "banco", "banque", "bancorp"]),
        "ministry" => Want::Body(&["ministry", "department"]),
        "agency" => Want::Body(&["agency"]),
        "commission" => Want::Body(&["commission"]),
        "committee" | "panel" => Want::Body(&["committee", "panel", "commission"]),
        "council" => Want::Body(&["council"]),
        "union" => Want::Body(&["union"]),
        "party" => Want::Body(&["party"]),
        "fund" => Want::Body(&["fund"]),
        "court" => Want::Body(&["court", "tribunal"]),
        "country" | "nation" => Want::Country,
        "president" => Want::Titled("president"),
        "minister" => Want::Titled("minister"),
        "chancellor" => Want::Titled("chancellor"),
        "premier" => Want::Titled("premier"),
        "senator" => Want::Titled("senator"),
        "governor" => Want::Titled("governor"),
        "ambassador" => Want::Titled("ambassador"),
        "envoy" => Want::Titled("envoy"),
        "chairman" => Want::Titled("chairman"),
        "chairwoman" => Want::Titled("chairwoman"),
        "mayor" => Want::Titled("mayor"),
        "king" => Want::Titled("king"),
        "queen" => Want::Titled("queen"),
        "candidate" => Want::Titled("candidate"),
        "leader" => Want::Leader,
        "nominee" | "front-runner" | "frontrunner" | "billionaire" | "businessman"
        | "businesswoman" | "mogul" | "tycoon" | "magnate" => Want::Epithet,
        // Only after their office word ("the chief executive", "the foreign secretary"): see
        // [`office_prefix`].
        "executive" => Want::Titled("executive"),
        "secretary" => Want::Titled("secretary"),
        _ => return None,
    })
}

/// What the description `phrase` wants, by its last word, its noun.
fn phrase_want(doc: &Doc<'_>, phrase: Span) -> Option<Want> {
    doc.lower_at(phrase).rsplit(' ').next().and_then(want)
}

/// True when the description `phrase` (from its "the" to its noun) stands for a person ("the
/// Russian president"), not a body or a country.
pub(crate) fn describes_person(doc: &Doc<'_>, phrase: Span) -> bool {
    phrase_want(doc, phrase)
        .is_some_and(|w| matches!(w, Want::Titled(_) | Want::Leader | Want::Epithet))
}

/// True when the description `phrase` stands for a person by an epithet ("the nominee",
/// "the Manhattan billionaire"), which any person may fit.
pub(crate) fn describes_epithet(doc: &Doc<'_>, phrase: Span) -> bool {
    phrase_want(doc, phrase) == Some(Want::Epithet)
}

/// True when the description `phrase` may be read as an event's object: a person's office
/// ("criticised the president"), a country ("urged the country") or a body of a stated
/// country ("sued the US company"). A bare "the company" after a verb is too often the one
/// the text is about rather than the one named last ("offered to buy the company").
pub(crate) fn object_description(doc: &Doc<'_>, phrase: Span) -> bool {
    match phrase_want(doc, phrase) {
        Some(Want::Titled(_) | Want::Leader | Want::Epithet | Want::Country) => true,
        Some(Want::Company | Want::Body(_)) => description_country(doc, phrase).is_some(),
        None => false,
    }
}

/// True when the description `phrase` stands for a body by a word of its name ("the
/// committee", "the commission", "the party"): one a statement may be addressed to ("warned
/// the committee that ..."), unlike a company, whatever its country.
pub(crate) fn describes_body(doc: &Doc<'_>, phrase: Span) -> bool {
    matches!(phrase_want(doc, phrase), Some(Want::Body(_)))
}

/// True for a description noun (see [`want`]).
pub(crate) fn is_description_noun(noun: &str) -> bool {
    want(noun).is_some()
}

/// A word that, before a title noun, makes one office of the two ("the prime minister", "the
/// chief executive", "the foreign secretary"): the person's title must hold it too.
fn office_prefix(prev: &str, noun: &str) -> bool {
    match noun {
        "minister" => matches!(
            prev,
            "prime" | "foreign" | "defence" | "defense" | "finance" | "interior"
        ),
        "secretary" => matches!(
            prev,
            "foreign" | "defence" | "defense" | "home" | "treasury"
        ),
        "executive" => prev == "chief",
        "president" => prev == "vice",
        _ => false,
    }
}

/// Title nouns that make sense only after their office word ("the executive" alone is no one).
fn needs_prefix(noun: &str) -> bool {
    matches!(noun, "executive" | "secretary")
}

/// Title words of a head of state, government or party ([`Want::Leader`]).
const LEADER_TITLES: &[&str] = &[
    "president",
    "premier",
    "chancellor",
    "leader",
    "king",
    "queen",
    "emir",
    "monarch",
    "sultan",
    "taoiseach",
];

/// Words that make a title another office than the bare title word ("the minister" is not
/// the shadow minister, the deputy minister or a former minister); quotes' title checks use
/// them too.
pub(crate) const OTHER_OFFICE: &[&str] = &[
    "shadow",
    "deputy",
    "vice",
    "former",
    "ex",
    "assistant",
    "junior",
    "under",
];

/// Adjectives a description may hold between "the" and its noun without changing what it
/// stands for ("the German firm" is the firm, "the combined company" is not).
fn descriptive_word(doc: &Doc<'_>, w: Span) -> bool {
    let lw = doc.lower_at(w);
    let hyphen = [
        "-based",
        "-owned",
        "-held",
        "-controlled",
        "-run",
        "-listed",
    ]
    .iter()
    .any(|s| lw.ends_with(s));
    hyphen
        || doc.mention_covering(w.start).is_some_and(|k| {
            let m = &doc.mentions[k];
            m.span == w && (m.form == crate::ner::Form::Demonym || m.kind == EntityKind::Country)
        })
}

/// May token `i` stand between "the" and an epithet ([`Want::Epithet`])? A name of a party,
/// place or country ("Republican", "GOP", "Manhattan"), a demonym, or a word of the kind
/// or the stage of a candidacy ("presumptive", "presidential", "real estate").
fn epithet_modifier(doc: &Doc<'_>, i: usize) -> bool {
    let t = doc.tokens[i];
    doc.mention_covering(t.span.start).is_some_and(|k| {
        matches!(
            doc.kind(k),
            EntityKind::Organization | EntityKind::Location | EntityKind::Country
        ) || doc.mentions[k].form == crate::ner::Form::Demonym
    }) || matches!(
        doc.word_cow(i).as_ref(),
        "presumptive"
            | "presidential"
            | "likely"
            | "probable"
            | "eventual"
            | "real"
            | "estate"
            | "billionaire"
            | "property"
            | "media"
    )
}

/// The description ending with the noun at token `j`: the span from its "the" to the noun,
/// when the words before the noun are "the" or "the" and one descriptive word ("the
/// Dutch firm", "the Paris-based bank"; before a body's noun a plural possessive, "the MPs'
/// committee"), or before an epithet up to three modifiers ([`epithet_modifier`]).
pub(crate) fn description_at(doc: &Doc<'_>, j: usize) -> Option<Span> {
    let nw = doc.word_cow(j);
    want(nw.as_ref())?;
    let noun = doc.tokens[j].span;
    // "the prime minister", "the chief executive": the office word belongs to the noun.
    let prefixed = j >= 1 && office_prefix(doc.word_cow(j - 1).as_ref(), nw.as_ref());
    if !prefixed && needs_prefix(nw.as_ref()) {
        return None;
    }
    let j = if prefixed { j - 1 } else { j };
    let is_the = |i: usize| doc.word_cow(i) == "the";
    if j >= 1 && is_the(j - 1) {
        return Some(Span::new(doc.tokens[j - 1].span.start, noun.end));
    }
    // "Mr Blair praised his chancellor": a possessive pronoun before a person's office.
    if j >= 1
        && matches!(
            doc.word_cow(j - 1).as_ref(),
            "his" | "her" | "its" | "their"
        )
        && matches!(want(nw.as_ref()), Some(Want::Titled(_) | Want::Leader))
    {
        return Some(Span::new(doc.tokens[j - 1].span.start, noun.end));
    }
    // "the presumptive Republican nominee", "the real estate mogul", "the Manhattan
    // billionaire": an epithet's modifiers, up to three words.
    if want(nw.as_ref()) == Some(Want::Epithet) {
        let mut i = j;
        while i > 0 && i + 4 > j {
            i -= 1;
            if is_the(i) {
                return (i + 1 < j).then(|| Span::new(doc.tokens[i].span.start, noun.end));
            }
            if !epithet_modifier(doc, i) {
                return None;
            }
        }
        return None;
    }
    // One descriptive word, which may be a hyphenated compound of several tokens.
    let mut i = j;
    while i > 0 && i + 4 > j {
        i -= 1;
        if is_the(i) && i + 1 < j {
            let w = Span::new(doc.tokens[i + 1].span.start, doc.tokens[j - 1].span.end);
            // "the MPs' committee", "the workers' union": a body of the people a plural
            // possessive names.
            let members = matches!(want(nw.as_ref()), Some(Want::Body(_)))
                && w.slice(doc.text).len() > 3
                && ["s'", "s’"].iter().any(|p| w.slice(doc.text).ends_with(p));
            if !w.slice(doc.text).contains(char::is_whitespace)
                && (descriptive_word(doc, w) || members)
            {
                return Some(Span::new(doc.tokens[i].span.start, noun.end));
            }
            return None;
        }
    }
    None
}

/// True when the words of `span` lie inside a direct quotation that does not also hold `pos`.
fn quoted_apart(quotes: &[QuoteOut], span: Span, pos: usize) -> bool {
    quotes.iter().any(|q| {
        q.record.direct
            && q.content.contains(span)
            && !(q.content.start <= pos && pos <= q.content.end)
    })
}

/// The titles of person `e`: those the article states, then the people lexicon's, unless
/// the article calls them a former or deputy holder ("former President Bill Clinton" is not
/// "the president", whatever the lexicon's best-known title).
fn titles_of<'a>(doc: &Doc<'a>, affils: &'a [Affil], e: usize) -> impl Iterator<Item = &'a str> {
    let stated = move || {
        affils
            .iter()
            .filter(move |a| a.person == e)
            .filter_map(|a| a.title.as_deref())
    };
    let other_office = stated().any(|t| {
        t.split(|c: char| !c.is_alphanumeric())
            .any(|w| OTHER_OFFICE.contains(&w.to_lowercase().as_str()))
    });
    let lexicon = if other_office {
        None
    } else {
        doc.lexicon_attr(e, "title")
    };
    stated().chain(lexicon)
}

/// Does `title` (as written) name the office a description wants (`noun`, with the office
/// word before it in `written`: "prime minister")? A title that is another office ("deputy
/// minister", "former president") does not, unless the description says so too.
fn title_fits(title: &str, want: Want, written: &str) -> bool {
    let t = title.to_lowercase();
    let words: Vec<&str> = t.split(|c: char| !c.is_alphanumeric()).collect();
    let office = match want {
        Want::Titled(word) => words.contains(&word),
        Want::Leader => {
            words.iter().any(|w| LEADER_TITLES.contains(w))
                || words.contains(&"prime") && words.contains(&"minister")
        }
        _ => false,
    };
    // "the prime minister" is not any minister.
    let said: Vec<&str> = written.split(' ').collect();
    let prefix_ok = match said.len().checked_sub(2) {
        Some(i) if office_prefix(said[i], said[i + 1]) => words.contains(&said[i]),
        _ => true,
    };
    office
        && prefix_ok
        && !words
            .iter()
            .any(|w| OTHER_OFFICE.contains(w) && !written.contains(w))
}

/// The country a description's demonym or country word names ("the Russian president": Russia).
fn description_country(doc: &Doc<'_>, phrase: Span) -> Option<usize> {
    doc.mentions_in(phrase)
        .into_iter()
        .find(|&k| doc.kind(k) == EntityKind::Country)
        .and_then(|k| doc.res.entity_of[k])
}

/// Does entity `e` belong to country `c`, as far as is known? A person only when the article
/// or the people lexicon ties them to it (membership of the country or of one of its
/// institutions); an organisation unless the lexicon gives it another home.
fn agrees(doc: &Doc<'_>, affils: &[Affil], e: usize, c: usize) -> bool {
    let cid = doc.res.entities[c].id.as_str();
    // An organisation id's country: itself, its lexicon home, or the demonym opening its
    // name ("Iraqi Parliament").
    let org_in = |org: &str| {
        org == cid
            || doc.res.by_id(org).is_some_and(|o| {
                doc.lexicon_attr(o, "country") == Some(cid)
                    || super::events::institution_country(doc, org).as_deref() == Some(cid)
            })
    };
    match doc.res.entities[e].kind {
        EntityKind::Person => {
            affils
                .iter()
                .any(|a| a.person == e && a.org.as_deref().is_some_and(org_in))
                || doc
                    .lexicon_attr(e, "org")
                    .is_some_and(|o| o == cid || doc.lexicon_attr_of(o, "country") == Some(cid))
        }
        EntityKind::Organization => doc.lexicon_attr(e, "country").is_none_or(|x| x == cid),
        _ => false,
    }
}

/// Does entity `e` (named by mention `k`) fit what a description wants?
fn fits(doc: &Doc<'_>, affils: &[Affil], k: usize, e: usize, want: Want, written: &str) -> bool {
    let ent = &doc.res.entities[e];
    match want {
        Want::Company => {
            doc.kind(k) == EntityKind::Organization
                && ent.kind == EntityKind::Organization
                && !super::quotes::public_body(doc, e)
                && !matches!(doc.lexicon_type(e), Some("militant" | "media"))
        }
        Want::Body(heads) => {
            doc.kind(k) == EntityKind::Organization && ent.kind == EntityKind::Organization && {
                let name = ent.name.to_lowercase();
                let said = doc.mentions[k].span.slice(doc.text).to_lowercase();
                heads.iter().any(|h| {
                    name.split(|c: char| !c.is_alphanumeric()).any(|w| w == *h)
                        || said.split(|c: char| !c.is_alphanumeric()).any(|w| w == *h)
                })
            }
        }
        Want::Country => doc.kind(k) == EntityKind::Country && ent.kind == EntityKind::Country,
        Want::Titled(_) | Want::Leader => {
            ent.kind == EntityKind::Person
                && titles_of(doc, affils, e).any(|t| title_fits(t, want, written))
        }
        Want::Epithet => doc.kind(k) == EntityKind::Person && ent.kind == EntityKind::Person,
    }
}

/// The entity a description (`phrase`, from its "the" to its noun) stands for: see the
/// module documentation. `not` is an entity the description cannot be (the event's other
/// argument).
pub(crate) fn description_antecedent(
    doc: &Doc<'_>,
    affils: &[Affil],
    quotes: &[QuoteOut],
    phrase: Span,
    not: Option<usize>,
) -> Option<usize> {
    // "the president of the bank", "the country's": a description with its own complement
    // names someone else, or is read by its possessive elsewhere.
    if doc.text[phrase.end..].trim_start().starts_with("of ") {
        return None;
    }
    charged_description_antecedent(doc, affils, quotes, phrase, not)
}

/// [`description_antecedent`] for a description followed by the "of" of a charge or a danger
/// ("accused the prime minister of lying", "warned the company of losses"), where "of" opens
/// the verb's complement, not the description's.
pub(crate) fn charged_description_antecedent(
    doc: &Doc<'_>,
    affils: &[Affil],
    quotes: &[QuoteOut],
    phrase: Span,
    not: Option<usize>,
) -> Option<usize> {
    let written = crate::text::collapse_ws(&doc.lower_at(phrase));
    if doc.text[phrase.end..].trim_start().starts_with("which ") {
        return None;
    }
    if let Some(e) = super::spoken_for::spokesman_company(doc, quotes, phrase, not) {
        return Some(e);
    }
    // A body's generic noun ("the company", "the bank", "the rating agency"): the company
    // the text is about, or the last body with that word in its name (see
    // `quotes::body_named_before`).
    if let Some(e) = super::quotes::body_named_before(doc, phrase).filter(|&e| Some(e) != not) {
        // ("Acme and Zeta reported profits. The company ...": nothing to choose between them.)
        return (!coordinated(doc, e, phrase.start)).then_some(e);
    }
    let noun = written.rsplit(' ').next()?;
    let want = want(noun)?;
    // Else the nearest fitting entity, for a description written as one ("the company",
    // "the Dutch firm"; not "the new company", "a group", "the food and beverages group").
    let j = doc.tokens.partition_point(|t| t.span.end < phrase.end);
    if doc.tokens.get(j).is_none_or(|t| t.span.end != phrase.end)
        || description_at(doc, j) != Some(phrase)
    {
        return None;
    }
    // "the Russian president", "the US company": of that country.
    let country = description_country(doc, phrase);
    // Two people of that office in the nearest sentence: nothing to choose between them.
    let strict = matches!(want, Want::Titled(_) | Want::Leader | Want::Epithet);
    // "the Democratic nominee": the person must be that party's.
    let bodies: Vec<&str> = if want == Want::Epithet {
        // "support the nominee, whoever that is", "the candidate who got the most votes":
        // whoever it may be, no one yet.
        let after = doc.text[phrase.end..].trim_start_matches([' ', ',']);
        if ["who ", "whoever", "that "]
            .iter()
            .any(|w| after.starts_with(w))
        {
            return None;
        }
        doc.mentions_in(phrase)
            .into_iter()
            .filter(|&k| doc.kind(k) == EntityKind::Organization)
            .filter_map(|k| Some(doc.res.entities[doc.res.entity_of[k]?].id.as_str()))
            .collect()
    } else {
        Vec::new()
    };
    nearest(doc, phrase.start, strict, |k, e| {
        Some(e) != not
            && !quoted_apart(quotes, doc.mentions[k].span, phrase.start)
            && fits(doc, affils, k, e, want, &written)
            && country.is_none_or(|c| agrees(doc, affils, e, c))
            && bodies.iter().all(|b| {
                super::affil::tied_to(affils, e, b) || doc.lexicon_attr(e, "org") == Some(*b)
            })
            // ("Cruz and Rubio urged the billionaire": not one of the actors.)
            && !(want == Want::Epithet && not.is_some_and(|n| joined_to(doc, k, n)))
    })
}

/// True when mention `k` is joined by "and", "or" or a comma to a mention of entity `e`
/// right before or after it ("Cruz and Rubio").
fn joined_to(doc: &Doc<'_>, k: usize, e: usize) -> bool {
    let joined = |a: Span, b: Span| joined_by(doc, a, b, true);
    let m = doc.mentions[k].span;
    (k + 1 < doc.mentions.len()
        && doc.res.entity_of[k + 1] == Some(e)
        && joined(m, doc.mentions[k + 1].span))
        || (k > 0 && doc.res.entity_of[k - 1] == Some(e) && joined(doc.mentions[k - 1].span, m))
}

/// True when only "and", "or" or ", and" (or, with `comma`, a comma) stands between the
/// names at `a` and `b`.
fn joined_by(doc: &Doc<'_>, a: Span, b: Span, comma: bool) -> bool {
    match doc.text.get(a.end..b.start).unwrap_or("x").trim() {
        "and" | "or" | ", and" => true,
        "," => comma,
        _ => false,
    }
}

/// True when the last mention of `e` before `pos` is joined to another organisation's name
/// by "and" or "or" (`Acme and Zeta reported`).
fn coordinated(doc: &Doc<'_>, e: usize, pos: usize) -> bool {
    let upto = doc.mentions.partition_point(|m| m.span.start < pos);
    let Some(k) = (0..upto).rev().find(|&k| doc.res.entity_of[k] == Some(e)) else {
        return false;
    };
    let joined = |a: Span, b: Span| joined_by(doc, a, b, false);
    let org = |j: usize| doc.kind(j) == EntityKind::Organization && doc.res.entity_of[j] != Some(e);
    let m = doc.mentions[k].span;
    (k + 1 < doc.mentions.len() && org(k + 1) && joined(m, doc.mentions[k + 1].span))
        || (k > 0 && org(k - 1) && joined(doc.mentions[k - 1].span, m))
}

/// The antecedent fitting `ok` in the nearest sentence (the current one before `pos`, then
/// up to [`SENTENCES_BACK`] before it) that names any: the one entity there, or its subject
/// when it names several and the subject is not coordinated with another (not when
/// `strict`: "the president" after a sentence naming two presidents is neither).
fn nearest(
    doc: &Doc<'_>,
    pos: usize,
    strict: bool,
    ok: impl Fn(usize, usize) -> bool,
) -> Option<usize> {
    let si = doc.sentence_at(pos)?;
    for back in 0..=SENTENCES_BACK.min(si) {
        let s = doc.sentences[si - back].span;
        let zone = Span::new(s.start, if back == 0 { pos } else { s.end });
        let found: Vec<(usize, usize)> = doc
            .mentions_in(zone)
            .into_iter()
            .filter_map(|k| Some((k, doc.res.entity_of[k]?)))
            .filter(|&(k, e)| ok(k, e))
            .collect();
        let Some(&(k0, e0)) = found.first() else {
            // "CSR officials said they would not raise the company's bid": a capitalised word
            // that is no known name may be the antecedent; look no further back.
            if back == 0 && unknown_name_in(doc, zone) {
                return None;
            }
            continue;
        };
        if found.iter().all(|&(_, e)| e == e0) {
            return Some(e0);
        }
        // "S&P affirmed the ratings of Chrysler after the automaker's agreement": several in
        // the description's own sentence, nothing to choose between them.
        if back == 0 || strict {
            return None;
        }
        // Several: the first when it opens the sentence (after at most three capitalised
        // words) and is not joined to the next by "and" or a comma.
        let lead = &doc.text[s.start..doc.mentions[k0].span.start];
        let opens = lead.split_whitespace().count() <= 3
            && lead
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase));
        let (k1, _) = *found.iter().find(|&&(_, e)| e != e0)?;
        let gap = doc.text[doc.mentions[k0].span.end..doc.mentions[k1].span.start].trim();
        let joined = gap.len() < 12
            && (gap.is_empty()
                || gap.starts_with(',')
                || gap.starts_with("and")
                || gap.starts_with("or")
                || gap.ends_with("and")
                || gap.ends_with("or"));
        return (opens && !joined).then_some(e0);
    }
    None
}

/// A capitalised word inside a sentence that names no one: a day or month name written
/// "Monday", "I", or a courtesy title.
fn names_no_one(w: &str) -> bool {
    if matches!(w, "I" | "Mr" | "Mrs" | "Ms") {
        return true;
    }
    let lower = w.to_ascii_lowercase();
    // Only the first letter capitalised ("Monday", not "MONDAY").
    w.get(1..) == lower.get(1..)
        && (crate::text::WEEKDAY_NAMES.contains(&lower.as_str())
            || crate::text::MONTH_NAMES.contains(&lower.as_str()))
}

/// True when `zone` holds, after its first word, a capitalised word that is neither part of a
/// name found nor of a title nor a day or month: a name the recogniser does not know.
fn unknown_name_in(doc: &Doc<'_>, zone: Span) -> bool {
    let r = doc.tokens_in(zone);
    r.clone().skip(1).any(|j| {
        let t = doc.tokens[j];
        let w = t.text(doc.text);
        t.kind == crate::text::TokenKind::Word
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.len() > 1
            && !names_no_one(w)
            && doc.mention_covering(t.span.start).is_none()
            && !doc.titles.iter().any(|ti| ti.span.contains(t.span))
            // A word opening a quotation or following a colon starts a sentence of its own.
            && !matches!(
                doc.text[..t.span.start].trim_end().chars().last(),
                Some('"' | '“' | ':' | '(')
            )
    })
}

/// A description opening `zone` as its subject ("The Dutch firm is due to complete ...",
/// "But the company said"): Some(its antecedent), for an "it"/"its"/"they"/"their" later in
/// the same sentence (only organisations and countries), Some(None) when it has none (the
/// pronoun then stands for the description, not for a name before it), None when the zone
/// opens with no description.
pub(crate) fn description_subject(
    doc: &Doc<'_>,
    affils: &[Affil],
    quotes: &[QuoteOut],
    zone: Span,
) -> Option<Option<usize>> {
    let r = doc.tokens_in(zone);
    // "But", "And", "However," may open the sentence.
    let mut j = r.start;
    while j < r.end
        && matches!(
            doc.word_cow(j).as_ref(),
            "but" | "and" | "however" | "meanwhile" | "," | "now"
        )
    {
        j += 1;
    }
    if j >= r.end || doc.word_cow(j) != "the" {
        return None;
    }
    let noun = (j + 1..(j + 5).min(r.end)).find(|&i| want(doc.word_cow(i).as_ref()).is_some())?;
    let phrase = description_at(doc, noun)?;
    if phrase.start != doc.tokens[j].span.start {
        return None;
    }
    Some(
        description_antecedent(doc, affils, quotes, phrase, None).filter(|&e| {
            matches!(
                doc.res.entities[e].kind,
                EntityKind::Organization | EntityKind::Country
            )
        }),
    )
}
