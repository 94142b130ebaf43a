//! Typed events between entities, with CAMEO codes, modality and dates.
//!
//! A trigger word from the event lexicon (`bought`, `purchase`, `threats`,
//! `attack`) is read as a verb or a noun from its neighbours. Arguments:
//! * verbs: the actor is the nearest entity to the left in the clause that is
//!   not inside a prepositional phrase (or, in the passive, the `by` phrase);
//!   the target is the nearest entity to the right (for purchases, every
//!   weapon after the trigger: "such as the Mi-28 ... and T-90 tanks");
//! * nouns: the actor is the possessor ("Ansarullah's attack", "its
//!   acquisition"), a `by` phrase, or the subject of a light verb ("Baghdad is
//!   in negotiations for"); the target follows `of`, `on`, `against`, `to`,
//!   `with`, `for`;
//! * company deals in wire copy: a bought company may be bracketed ("<Acme Corp>") or
//!   described ("privately held X", "Toronto-based X", "brewing giant X": `described_company`);
//!   the company it is bought from sells it ("acquired X from Y": `sale_giver`); buying
//!   "X's unit" (or "X <TICK>'s unit") does not buy X; "the two companies held talks" stands
//!   for the two companies just named, when exactly two are (`two_companies`);
//! * statements between actors (rela24w_args): a demand or an appeal whose "that" clause names
//!   the one asked to act ("demanded that Chile open", "the U.S. demand that Japan lift",
//!   "insists that Japan boost"), and a statement participle with no subject of its own, said by
//!   the subject of its clause ("resigned after criticising X", "After blasting X, Y said",
//!   "issued a statement accusing X");
//! * loans and aid a state or a public body extends ("extended a 24 billion yen loan to X",
//!   "is to lend X 57 mln dlrs": `extended_aid`); subjects that form a joint venture together
//!   ("A and B formed a joint venture", "X said it and Y entered into a joint venture").
//! * deeds (rela24d): a company described by a place ("bought US rival X", "a bid for French
//!   rival X", "by US software firm X"); a passive's agent after a time adjunct ("was acquired
//!   last year by X"); "the merger of A with B"; "A received a takeover offer from B" (B buys
//!   A); a letter of intent is a signed document; a person who comes to, goes to, heads for,
//!   leaves for or returns from a place named right after the verb visits it (`rela24d_args`).
//! * political and legal actions (relb25): those who speak for a body act for it ("a
//!   spokesman for X", "the head of X", "a delegation from X": `office_of`); peers met for a
//!   body or a state ("talks with finance ministers of the G8", "met his EU counterparts",
//!   "talks with officials from Iran": `envoys_of`); a statement participle after the one a
//!   letter is written to ("wrote to Mr X on Tuesday accusing him of": `letter_participle`);
//!   a passive's pronoun subject ("it is itself being sued by X") and an agent after a short
//!   adjunct ("was sued for libel by X") (`relb25_args`); banning a named side, charging one
//!   with an offence (lexicon `ban`, `charge`).
//! * deal nouns in wire copy (rela25): a deal's price and kind do not hide its possessor or
//!   light verb ("its 80 dlr a share tender offer", "launched a 151 mln stg bid", "is making an
//!   offer", "submitted a bid"; `deal_modifier`), and past those words "its" is the nearest
//!   name before it that is no oblique; "a merger (agreement) with X" is the merger of the
//!   company the sentence opens with (`merger_subject`); "Siebe Plc of the U.K. said it": "it"
//!   is the company before its home place (`home_place_subject`); a person is never bought.
//! * wire copy (relw26): a lawsuit noun ("suit", "lawsuit", "class action") is brought against
//!   the side after "against" or "damages from" (`lawsuit_target`), by its possessor, its "by"
//!   agent or the subject of filed/brought/lodged, never by a court; a bond's guarantor backs
//!   its issuer ("The issue is guaranteed by Denmark": `guaranteed_debt`, CAMEO 061); names
//!   coordinated past a closing bracket or a ticker ("<A Ltd> and B Ltd agreed to merge"); a
//!   tariff or duty sanctions (163) the country or body whose goods follow "on"/"against"
//!   ("imposed tariffs on Japanese electronic goods": `tariff_target`).
//! * political and diplomatic events (reldip27, `reldip27_args`): "at the request of X", "as
//!   requested by X", "at X's request" are X's appeal to the one who acts (`requested_by`);
//!   "amid attacks from X", "despite criticism from X" are X's judgement of the clause's subject
//!   (`amid_from`); "went on the offensive against X" criticises X; a visit noun after "in
//!   <place>" ("X, who is in Dublin at the start of a four-nation EU visit") visits the place
//!   (`visit_located`), and so does a visit in a "<place>, where he visited" clause
//!   (`visited_where`); "At a meeting in Paris, French and Soviet ministers ..." is a meeting of
//!   the two states (`meeting_opener_sides`); a capital visited stands for its country when the
//!   article names it and the visitor is not its own (`capital_country`); "secured the
//!   endorsement of X" and "faced accusations from X" come from X (`received_from`).
//!
//! "the latter"/"the former" and "it"/"its"/"we" are resolved to entities. An object
//! "him"/"her" right after a verb whose named subject stands next to it ("Marsh attacked
//! her", "Mendes, who endorsed him"), "his" before a proposal ("accepted his resignation")
//! and "his"/"her" after a body's verb of judgement ("the party condemned his remarks") are
//! the one person, other than the actor, named before them in the sentence or the previous
//! one; such relations' rule ends in `/object-pronoun` and their evidence ends at the pronoun.
//! A subject "he"/"she" with no person before it in its sentence is the one person the
//! sentences before name as one who acts (same refusals, and not against the speaker the quote
//! finder gave the words it attributes); every actor read from a subject "he"/"she" has a rule
//! ending in `/subject-pronoun` and evidence opening at the pronoun.
//! Modality comes from cue words in the clause before the trigger.

use super::affil::Affil;
use super::quotes::QuoteOut;
use super::{Doc, WordInfo};
use crate::lexicon::{EventEntry, TriggerPos};
use crate::model::{EntityKind, Modality, RelationRecord};
use crate::span::Span;
use crate::text::TokenKind;
use std::borrow::Cow;

const PREPOSITIONS: &[&str] = &[
    "from", "to", "in", "at", "of", "with", "against", "on", "for", "by", "about", "into", "over",
    "between", "toward", "towards", "near", "under", "among", "after", "before", "since", "like",
    "than", "via", "across",
];
const CLAUSE_BREAKS: &[&str] = &[
    "which", "who", "whom", "while", "whereas", "although", "though", "because", "but", "however",
];
const NEGATORS: &[&str] = &[
    "not",
    "n't",
    "no",
    "never",
    "without",
    "refuse",
    "denied",
    "denies",
    "failed",
    "nor",
    "rejecting",
    "unable",
];
/// Refusals, which negate an event further into their complement than [`NEGATORS`]
/// ("rejected a European offer to hold informal talks").
const REFUSALS: &[&str] = &[
    "rejected",
    "rejects",
    "refused",
    "refuses",
    "declined",
    "rebuffed",
    "refusal",
    "refusing",
    // "rescinded his endorsement of X", "withdrew its offer to buy X".
    "rescinded",
    "rescinds",
    "withdrew",
    "withdraws",
    "withdrawn",
    "retracted",
];
/// Words that call an event off: "cancelled talks with X", "the visit was scrapped".
const CANCELS: &[&str] = &[
    "cancelled",
    "canceled",
    "cancels",
    "cancel",
    "cancelling",
    "canceling",
    "scrapped",
    "scraps",
    "scrap",
    "scrapping",
];
const HYPOTHETICAL: &[&str] = &[
    "if",
    "unless",
    "would",
    "could",
    "might",
    "may",
    "whether",
    "probably",
    "possible",
    "possibly",
    "potential",
    "likely",
    "unlikely",
    "should",
    "perhaps",
    "maybe",
];
const INTENDED: &[&str] = &[
    "intention",
    "intentions",
    "intend",
    "intends",
    "intended",
    "plan",
    "plans",
    "planned",
    "planning",
    "want",
    "wants",
    "wanted",
    "seek",
    "seeks",
    "seeking",
    "sought",
    "aim",
    "aims",
    "aiming",
    "hope",
    "hopes",
    "hoping",
    "willing",
    "willingness",
    // "open to negotiations with X".
    "open",
    "decided",
    "decision",
    "will",
    "considering",
    "considers",
    "contemplates",
    "contemplating",
    "pushing",
    "negotiations",
    "ready",
    "prepared",
    "preparing",
    "agreed",
    "offered",
    "proposed",
    "promised",
    "vowed",
    "pledged",
    "threatening",
    "threatened",
    "threatens",
    "threat",
    "threats",
];
/// Nouns of intent that, before an infinitive, make its event intended: "a proposal to merge".
const INTENT_NOUNS: &[&str] = &[
    "proposal",
    "proposals",
    "offer",
    "offers",
    "bid",
    "bids",
    "attempt",
    "attempts",
    "effort",
    "efforts",
];
/// Words that end a partnership, before a cooperation trigger: "ended his partnership with X",
/// "negotiated an end to its alliance with X", "terminated the joint venture with X".
const ENDINGS: &[&str] = &[
    "end",
    "ends",
    "ended",
    "ending",
    "terminate",
    "terminates",
    "terminated",
    "terminating",
    "termination",
    "dissolve",
    "dissolves",
    "dissolved",
    "dissolving",
    "dissolution",
];
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "any",
    "new", "further", "own",
];
/// Relation types whose nouns are words about someone ("criticism", "endorsement", "praise"):
/// any adjective may stand between their possessor and them.
const SPEECH_NOUN_TYPES: &[&str] = &[
    "criticizes",
    "supports",
    "praises",
    "accuses",
    "condemns",
    "rejects",
];
/// Relation types of words addressed to or about someone, whose verb's object may be a body
/// described by a word of its name ("warned the committee", "criticised the party").
const ADDRESSED_TYPES: &[&str] = &[
    "criticizes",
    "praises",
    "condemns",
    "warns",
    "appeals",
    "demands",
];
/// Is the trigger a noun of words about someone: a judging or backing noun, or a verbal attack
/// ("criticism", "endorsement", "attacks")?
fn words_noun(entry: &EventEntry) -> bool {
    SPEECH_NOUN_TYPES.contains(&entry.rel_type.as_str())
        || VERBAL_ATTACK.contains(&entry.lemma.as_str())
}

/// An adverb that may stand between a form of "be" and a passive participle ("was
/// eventually acquired", "was also endorsed", "has since been criticized").
fn passive_adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly")
        || matches!(
            w,
            "also"
                | "already"
                | "later"
                | "since"
                | "then"
                | "just"
                | "once"
                | "still"
                | "never"
                | "not"
        )
}

/// Is token `j` a word in lower case?
fn lower_word(doc: &Doc<'_>, j: usize) -> bool {
    doc.tokens.get(j).is_some_and(|t| {
        t.kind == TokenKind::Word
            && t.text(doc.text)
                .starts_with(|c: char| c.is_ascii_lowercase())
    })
}

/// Verbs that make a noun of words their subject's act ("unleashed withering attacks on X",
/// "voiced strong support for X").
const SPEECH_LIGHT_VERBS: &[&str] = &[
    "unleashed",
    "unleashes",
    "unleash",
    "escalated",
    "escalates",
    "intensified",
    "renewed",
    // (Not "voice": "a familiar voice celebrated the attacks".)
    "voiced",
    "expressed",
    "expresses",
    "express",
    "offered",
    "offers",
    "gave",
    "gives",
    "delivered",
    "leveled",
    "levelled",
    "directed",
    "stepped",
    "lent",
    "threw",
    "pledged",
    "reiterated",
    // "echoed criticism of X", "aired his criticism of X".
    "echoed",
    "echoes",
    "repeated",
    "repeats",
    "aired",
];
/// Nouns of an office or a body that a bare trigger word before them modifies ("aid
/// minister", "the aid agency", "trade officials").
const OFFICE_HEAD_NOUNS: &[&str] = &[
    "minister",
    "ministers",
    "ministry",
    "secretary",
    "spokesman",
    "spokeswoman",
    "official",
    "officials",
    "agency",
    "agencies",
    "worker",
    "workers",
    "commissioner",
    "director",
    "directors",
    "chief",
    "officer",
    "committee",
    "department",
];

/// Nouns that "meet" takes as a requirement fulfilled, not a party met ("meet U.S. demands").
const MET_REQUIREMENTS: &[&str] = &[
    "requirement",
    "requirements",
    "demand",
    "demands",
    "target",
    "targets",
    "standard",
    "standards",
    "criteria",
    "condition",
    "conditions",
    "deadline",
    "deadlines",
    "expectations",
    "needs",
    "obligation",
    "obligations",
    "commitment",
    "commitments",
    "goal",
    "goals",
    "quota",
    "quotas",
];
const NOUN_MODIFIERS: &[&str] = &[
    "planned",
    "proposed",
    "possible",
    "potential",
    "alleged",
    "latest",
    "recent",
    "deadly",
    "military",
    "missile",
    "air",
    "arms",
    "weapons",
    "drone",
    "rocket",
    "economic",
    "new",
    "fresh",
    "further",
    "major",
    "massive",
    "renewed",
    "reported",
    "suspected",
    "failed",
    "attempted",
    "successful",
    "first",
    "second",
    "last",
    "recent",
    "large",
];
/// Words by which a court or a confession gives a killing its author: "X pleaded guilty to the
/// murder of Y", "X was convicted of the killing of Y", "X admitted the murder of Y".
const GUILT_WORDS: &[&str] = &[
    "guilty",
    "convicted",
    "admitted",
    "admits",
    "confessed",
    "confesses",
];

const LIGHT_VERBS: &[&str] = &[
    "launched",
    "launch",
    "launches",
    "carried",
    "conducted",
    "conducts",
    "made",
    "makes",
    "issued",
    "issues",
    "imposed",
    "imposes",
    "put",
    "puts",
    "staged",
    "mounted",
    "announced",
    // (relbiz) "is expected to announce the purchase of".
    "announce",
    "announces",
    "held",
    "holds",
    "began",
    "completed",
    "complete",
    "begun",
    "started",
    "continued",
    "continues",
    "opened",
    // Control verbs: "X ordered the destruction of Y", "X approved the sale of F-35s to Y".
    // The ordered or approved act is read as asserted, as an event of the one who orders or
    // approves it: the news reports orders for strikes that were carried out, and an approved
    // sale or loan is the decision CAMEO codes.
    "ordered",
    "orders",
    "order",
    "approved",
    "approves",
    "authorised",
    "authorized",
    "authorises",
    "authorizes",
    "entered",
    "in",
    "is",
    "are",
    "was",
    "were",
    "been",
];

/// "will hold talks with X", "is holding meetings with X": a lower-case "hold"/"holding" at
/// token `j` as a light verb (not "a holding company", nor a name's "Holding").
fn holds_event(doc: &Doc<'_>, j: usize) -> bool {
    matches!(doc.tokens[j].text(doc.text), "hold" | "holding")
        && !matches!(
            doc.word_cow(j + 1).as_ref(),
            "company" | "companies" | "group" | "firm" | "firms" | "stake" | "stakes"
        )
}

/// Verbs whose subject forms the partnership, alliance or joint venture that is their object:
/// "formed a joint venture with X", "set up an alliance with X".
const FORMING_VERBS: &[&str] = &[
    "form",
    "forms",
    "formed",
    "forming",
    "establish",
    "establishes",
    "established",
    "establishing",
    "create",
    "creates",
    "created",
    "creating",
    "set",
    "sets",
    "setting",
    "forge",
    "forges",
    "forged",
    "forging",
];

/// Verbs whose subject makes the visit, trip, tour, meeting or call that is their object:
/// "paid a visit to Iraq", "took a trip to Rome", "declared a trip to Peru" (in a register of
/// gifts), "had a telephone conversation with X".
const ENCOUNTER_VERBS: &[&str] = &[
    "had",
    "has",
    "have",
    "paid",
    "pays",
    "took",
    "takes",
    "undertook",
    "undertakes",
    "undertaken",
    "declared",
    "declares",
    "embarked",
    "embarks",
    "pay",
    "paying",
    "make",
    "making",
    "planned",
    "planning",
];

/// Event types whose target may be a place ("visited Kyiv", "shelled Kharkiv").
const TAKES_PLACE: &[&str] = &[
    "visits",
    "attacks",
    "bombs",
    "invades",
    "occupies",
    "deploys",
    "withdraws",
    "blockades",
    "seizes",
];

/// Words that mark a sports report (sorted: looked up by binary search); an article with several of them reports games, whose
/// "meet", "host", "beat" and "withdraw" are no political events.
pub(super) const SPORTS_CUES: &[&str] = &[
    "athletics",
    "championship",
    "championships",
    "cricket",
    "defender",
    "defenders",
    "fixture",
    "fixtures",
    "football",
    "goalkeeper",
    "half-time",
    "innings",
    "keeper",
    "league",
    "medal",
    "midfield",
    "midfielder",
    "olympic",
    "olympics",
    "play-off",
    "premiership",
    "quarter-final",
    "quarter-finals",
    "referee",
    "rugby",
    "scored",
    "seed",
    "seeded",
    "semi-final",
    "semi-finals",
    "slam",
    "sprinter",
    "squad",
    "striker",
    "strikers",
    "tennis",
    "tournament",
    "winger",
];

/// Does the article read as a sports report (at least two different cue words)?
/// `info` is what [`super::Extractor::word`] says of each token, looked up once for
/// this test, the protection verbs and the triggers.
fn is_sports(info: &[Option<&WordInfo>]) -> bool {
    let mut seen = [false; SPORTS_CUES.len()];
    let mut n = 0;
    for w in info {
        if let Some(i) = w.and_then(|w| w.sports) {
            if !seen[i] {
                seen[i] = true;
                n += 1;
                if n >= 2 {
                    return true;
                }
            }
        }
    }
    false
}

#[cfg(test)]
#[test]
fn sports_cues_are_sorted() {
    assert!(SPORTS_CUES.windows(2).all(|w| w[0] < w[1]));
}

#[cfg(test)]
#[test]
fn appeal_verbs_are_the_verbs_of_asking() {
    assert_eq!(APPEAL_VERBS.first(), Some(&"urge"));
    assert_eq!(APPEAL_VERBS.last(), Some(&"encouraged"));
    assert_eq!(CONTROL_VERBS[APPEAL_VERBS.len()], "invite");
}

#[derive(Clone, Copy)]
struct Arg {
    /// Entity id index into resolution entities.
    entity: usize,
    span: Span,
}

/// Is mention k preceded by a preposition (an oblique argument)?
fn in_pp(doc: &Doc<'_>, k: usize) -> bool {
    let ti = doc.token_at_or_after(doc.mentions[k].span.start);
    // "the top Catholic in England and Wales backed X": the second of two places coordinated
    // after a locative preposition stands in the first one's phrase. (Not "a race between GM
    // and DaimlerChrysler to ally with Fiat": the pair acts.)
    if ti > 1 && matches!(doc.word_cow(ti - 1).as_ref(), "and" | "or") {
        let first = doc
            .mention_covering(doc.tokens[ti - 2].span.start)
            .filter(|&f| f < k);
        if first.is_some_and(|f| {
            preposition_before(doc, f).is_some_and(|p| LOCATIVE.contains(&p.as_ref()))
        }) {
            return true;
        }
    }
    preposition_before(doc, k).is_some()
}

/// The preposition that opens the phrase of mention `k` (past up to three determiners), if any.
fn preposition_before<'d>(doc: &'d Doc<'_>, k: usize) -> Option<std::borrow::Cow<'d, str>> {
    let mut j = doc.token_at_or_after(doc.mentions[k].span.start);
    // Skip determiners and adjectives-ish lowercase words (max 3).
    for _ in 0..4 {
        if j == 0 {
            return None;
        }
        j -= 1;
        let w = doc.word_cow(j);
        // "candidates like Marco Rubio have blasted X": a name after "like" and a plural
        // noun is an example of that noun, as after "such as", in no phrase of its own.
        if w == "like" && j > 0 && example_noun(doc, j - 1) {
            return None;
        }
        if PREPOSITIONS.contains(&w.as_ref()) {
            return Some(w);
        }
        if !DETERMINERS.contains(&w.as_ref()) {
            return None;
        }
    }
    None
}

/// True when the word at `j` is a plural common noun that "like" may follow with its examples
/// ("candidates like X", "countries like Iran"), not a verb of seeming ("looks like X").
fn example_noun(doc: &Doc<'_>, j: usize) -> bool {
    let w = doc.word_cow(j);
    // (Capitalised only as a sentence's first word: no name.)
    doc.tokens[j].kind == TokenKind::Word
        && doc.tokens[j].text(doc.text).chars().skip(1).all(|c| c.is_ascii_lowercase())
        && doc.mention_covering(doc.tokens[j].span.start).is_none()
        && w.len() > 4
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("ous")
        && !matches!(
            w.as_ref(),
            "looks" | "sounds" | "feels" | "seems" | "behaves" | "smells" | "tastes" | "appears"
                | "things" | "acts" | "talks" | "always" | "sometimes"
        )
        // ("the agenda of groups like X": the noun is in a phrase, and so its examples.)
        && (j.saturating_sub(3)..j)
            .rev()
            .take_while(|&i| doc.tokens[i].kind == TokenKind::Word)
            .all(|i| !PREPOSITIONS.contains(&doc.word_cow(i).as_ref()))
}

/// Clause span around a token: stops at ';', ':', sentence edges, and ", and"/", but"/relative pronouns.
fn clause(doc: &Doc<'_>, sent: Span, ti: usize) -> Span {
    clause_with(doc, sent, ti, |j| doc.word_cow(j))
}

/// [`clause`] with the lower-cased word of token `j` given by `word` (the event finder passes
/// its table of lower-cased tokens, so no word is lower-cased again).
fn clause_with<W: AsRef<str>>(
    doc: &Doc<'_>,
    sent: Span,
    ti: usize,
    word: impl Fn(usize) -> W,
) -> Span {
    let r = doc.tokens_in(sent);
    let mut start = sent.start;
    let mut j = ti;
    while j > r.start {
        j -= 1;
        let w = doc.tokens[j].text(doc.text);
        let lw = word(j);
        let lw = lw.as_ref();
        // "Biden complained about X but defended Y": a "but" right before the verb (an
        // adverb at most between, no comma before it) joins a second verb of the same subject.
        let but_verb = lw == "but"
            && j > r.start
            && doc.tokens[j - 1].text(doc.text) != ","
            && (j + 1 == ti
                || j + 2 == ti && {
                    let a = word(j + 1);
                    let a = a.as_ref();
                    a.len() > 4 && a.ends_with("ly") || matches!(a, "also" | "then" | "still")
                })
            // (Not "X said America must act but defended Y": the verb before is inside what
            // was said, whose subject is not the second verb's.)
            && !(r.start..j).any(|i| SAY_WORDS.contains(&word(i).as_ref()));
        if w == ";" || w == ":" || w == "—" || w == "–" || CLAUSE_BREAKS.contains(&lw) && !but_verb
        {
            start = doc.tokens[j].span.end;
            break;
        }
        // "... in 1974 after Liberals demanded": a subordinate clause starts its own subject.
        // "who once backed X", "had once called": "once" as an adverb opens no clause.
        let adverb_once = lw == "once"
            && j > r.start
            && ([
                "who", "which", "that", "has", "had", "have", "was", "were", "is", "are",
            ]
            .contains(&word(j - 1).as_ref())
                || word(j + 1).as_ref().ends_with("ed"));
        if ["after", "before", "when", "whenever", "until", "once"].contains(&lw)
            && j > r.start
            && !adverb_once
            && doc.tokens[j - 1].text(doc.text) != ","
        {
            start = doc.tokens[j].span.end;
            break;
        }
        if (lw == "and" || lw == "but") && j > r.start && doc.tokens[j - 1].text(doc.text) == "," {
            start = doc.tokens[j].span.end;
            break;
        }
    }
    let mut end = sent.end;
    let mut j = ti + 1;
    while j < r.end {
        let w = doc.tokens[j].text(doc.text);
        let lw = word(j);
        let lw = lw.as_ref();
        // "an offer worth 3.1bn dollars ($2.3bn; £1.8bn) from X": a short bracket is read past.
        if w == "(" {
            if let Some(c) =
                (j + 1..(j + 12).min(r.end)).find(|&c| doc.tokens[c].text(doc.text) == ")")
            {
                j = c + 1;
                continue;
            }
        }
        if w == ";" || w == ":" || w == "—" || lw == "that" || CLAUSE_BREAKS.contains(&lw) {
            end = doc.tokens[j].span.start;
            break;
        }
        if w == "," && j + 1 < r.end {
            let n = word(j + 1);
            let n = n.as_ref();
            if n == "and" || n == "but" || n == "while" || n == "which" || n == "who" {
                end = doc.tokens[j].span.start;
                break;
            }
        }
        j += 1;
    }
    Span::new(start, end.max(start))
}

fn arg(doc: &Doc<'_>, k: usize) -> Option<Arg> {
    if modifies_topic_noun(doc, k) {
        return None;
    }
    doc.res.entity_of[k].map(|e| Arg {
        entity: e,
        span: doc.mentions[k].span,
    })
}

/// Nouns of a matter that a country or body before them only names: "the Iraq War", "the
/// Iran deal".
const TOPIC_NOUNS: &[&str] = &[
    "war", "wars", "conflict", "crisis", "deal", "question", "issue", "debate",
];

/// Is mention `k` a country or body naming the matter of a noun right after it ("criticism of
/// the Iraq War", "a defence of his Iran policy"), no one acting or acted on? A policy is the
/// country's own ("attacked UK policy on immigration") unless someone else's possessive
/// stands before it ("his Iran policy"); "UN war crimes" and a pair's deal ("the EU-Turkey
/// deal") name their parties.
fn modifies_topic_noun(doc: &Doc<'_>, k: usize) -> bool {
    let m = &doc.mentions[k];
    if !matches!(m.kind, EntityKind::Country | EntityKind::Organization)
        || doc.text[..m.span.start].ends_with('-')
    {
        return false;
    }
    let j = doc.token_at_or_after(m.span.end);
    let Some(t) = doc.tokens.get(j) else {
        return false;
    };
    if t.kind != TokenKind::Word || !doc.text[m.span.end..t.span.start].trim().is_empty() {
        return false;
    }
    let w = doc.word_cow(j);
    match w.as_ref() {
        "policy" | "policies" => {
            let before = doc.text[..m.span.start].trim_end();
            let before = before.strip_suffix(" the").unwrap_or(before).trim_end();
            before.ends_with("'s")
                || before.ends_with("’s")
                || before
                    .rsplit(|c: char| !c.is_alphabetic())
                    .next()
                    .is_some_and(|p| matches!(p, "his" | "her" | "their" | "its" | "our" | "my"))
        }
        "war" => !matches!(
            doc.word_cow(j + 1).as_ref(),
            "crimes" | "criminal" | "criminals"
        ),
        w => TOPIC_NOUNS.contains(&w),
    }
}

/// Words allowed between "the latter" / "the former" and its verb.
const LATTER_GAP: &[&str] = &[
    "also",
    "then",
    "later",
    "since",
    "reportedly",
    "has",
    "had",
    "have",
    "is",
    "was",
    "will",
    "would",
    "now",
    "still",
    "already",
    "subsequently",
    "itself",
];

/// "the latter" / "the former" before `pos` in the sentence: the second / first of the last pair of entities.
fn latter_former(doc: &Doc<'_>, sent: Span, pos: usize) -> Option<Arg> {
    let before = &doc.text[sent.start..pos];
    let lower = before.to_lowercase();
    let mut lb = lower.as_str();
    // "the latter also ordered", "the former has since bought": auxiliaries and adverbs.
    for _ in 0..2 {
        match lb.trim_end().rsplit_once(' ') {
            // ("the latter recently bought": any "-ly" adverb.)
            Some((head, last))
                if LATTER_GAP.contains(&last) || last.len() > 4 && last.ends_with("ly") =>
            {
                lb = head
            }
            _ => break,
        }
    }
    let which = if lb.trim_end().ends_with("the latter") {
        1
    } else if lb.trim_end().ends_with("the former") {
        0
    } else {
        return None;
    };
    let pick = |from: usize| -> Vec<usize> {
        doc.mentions_in(Span::new(from, pos))
            .into_iter()
            .filter(|&k| !doc.is_modifier(k) && doc.kind(k) != EntityKind::Weapon)
            .collect()
    };
    let mut cands = pick(sent.start);
    // "Turkey and India bought S-400s. The latter also ordered ...": the pair is in the
    // sentence before.
    if cands.len() < 2 {
        if let Some(i) = doc.sentence_at(sent.start).filter(|&i| i > 0) {
            cands = pick(doc.sentences[i - 1].span.start);
        }
    }
    // "Turkey and India bought S-400s despite US objections. The latter ...": the last pair
    // joined by "and" when there is one.
    if let Some(w) = cands.windows(2).rev().find(|w| {
        let gap = doc.text[doc.mentions[w[0]].span.end..doc.mentions[w[1]].span.start].trim();
        (gap.eq_ignore_ascii_case("and") || gap.eq_ignore_ascii_case("and the"))
            && doc.res.entity_of[w[0]] != doc.res.entity_of[w[1]]
    }) {
        return arg(doc, w[which]);
    }
    // The last two distinct entities.
    let mut pair: Vec<usize> = Vec::new();
    for &k in cands.iter().rev() {
        if pair
            .iter()
            .all(|&p| doc.res.entity_of[p] != doc.res.entity_of[k])
        {
            pair.push(k);
        }
        if pair.len() == 2 {
            break;
        }
    }
    if pair.len() < 2 {
        return None;
    }
    pair.reverse();
    arg(doc, pair[which])
}

/// Irregular past tenses of common verbs, which tell a subject before them as "-ed" does
/// ("Fiorina spoke at a rally. She praised Cruz").
const IRREGULAR_PAST: &[&str] = &[
    "spoke",
    "made",
    "took",
    "gave",
    "went",
    "came",
    "ran",
    "led",
    "held",
    "left",
    "got",
    "saw",
    "wrote",
    "sent",
    "threw",
    "brought",
    "thought",
    "began",
    "became",
    "kept",
    "stood",
    "won",
    "lost",
    "found",
    "spent",
    "drew",
    "knew",
    "grew",
    "flew",
    "chose",
    "rose",
    "fell",
    "sat",
    "told",
    "heard",
    "felt",
    "meant",
    "paid",
    "built",
    "fought",
    "broke",
    "struck",
    "swore",
    "wore",
    "drove",
    "rode",
    "hid",
    "shook",
    "stole",
    "forgot",
    "understood",
    "withdrew",
];

/// The subject of a sentence: first entity (not a modifier, not in a PP) followed closely by a verb-like word.
fn sentence_subject(doc: &Doc<'_>, sent: Span) -> Option<Arg> {
    for k in doc.mentions_in(sent) {
        if doc.is_modifier(k) || in_pp(doc, k) || doc.kind(k) == EntityKind::Weapon {
            continue;
        }
        let m = &doc.mentions[k];
        // "Genentech Inc <GENE> has said": a ticker or a bracket after the name is skipped.
        let after = doc.text[m.span.end..].trim_start();
        let after = [('<', '>'), ('(', ')')]
            .iter()
            .find_map(|&(o, c)| {
                after
                    .strip_prefix(o)
                    .and_then(|r| r.split_once(c))
                    .map(|(_, r)| r)
            })
            .unwrap_or(after);
        // "Acme Corp, a Los Angeles investment firm, said"; "Fiorina, the former chief
        // executive who dropped her bid, made a surprise appearance".
        let after = if matches!(
            doc.kind(k),
            EntityKind::Organization | EntityKind::Country | EntityKind::Person
        ) {
            past_appositive(doc, after)
        } else {
            after
        };
        let next = after.split_whitespace().next().unwrap_or("").to_lowercase();
        let verbish = [
            "has",
            "have",
            "had",
            "is",
            "are",
            "was",
            "were",
            "will",
            "would",
            "said",
            "says",
            "told",
            "continues",
            "wants",
            "must",
            "can",
            "did",
            "does",
        ]
        .contains(&next.as_str())
            || next.ends_with("ed")
            || next.ends_with("es")
            // "Fiorina spoke at a rally": an irregular past tense.
            || IRREGULAR_PAST.contains(&next.as_str())
            // "Obama met Putin": an event verb of any form.
            || doc.pipeline.extractor.is_event_verb(&next);
        if verbish {
            return arg(doc, k);
        }
    }
    None
}

/// "Siebe Plc of the U.K. said it", "Bayer AG of West Germany has": a company opening the
/// sentence `sent` whose home place ("of" or "of the", a country or a place mention, and maybe
/// a second one after a comma: "of Lyon, France,") stands between it and its verb
/// ([`APPOSITIVE_VERBS`]).
fn home_place_subject(doc: &Doc<'_>, sent: Span) -> Option<Arg> {
    let k = doc.mentions_in(sent).first().copied()?;
    let m = doc.mentions[k].span;
    if doc.kind(k) != EntityKind::Organization || !doc.text[sent.start..m.start].trim().is_empty() {
        return None;
    }
    let rest = doc.text[m.end..].strip_prefix(" of ")?;
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let place_at = |pos: usize| {
        doc.mention_covering(pos).filter(|&p| {
            doc.mentions[p].span.start == pos
                && matches!(doc.kind(p), EntityKind::Country | EntityKind::Location)
        })
    };
    let p = place_at(doc.text.len() - rest.len())?;
    let mut end = doc.mentions[p].span.end;
    if let Some(q) = doc.text[end..]
        .strip_prefix(", ")
        .and_then(|r| place_at(doc.text.len() - r.len()))
    {
        end = doc.mentions[q].span.end;
        if doc.text[end..].starts_with(',') {
            end += 1;
        }
    }
    let next = doc.text[end..].split_whitespace().next()?;
    (end <= sent.end && APPOSITIVE_VERBS.contains(&next)).then(|| arg(doc, k))?
}

/// Verbs that may follow a wire story's opening name and its appositive ("Acme Corp, a
/// Texas company, said").
const APPOSITIVE_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "has",
    "have",
    "had",
    "is",
    "was",
    "will",
    "would",
    "announced",
    "reported",
    "agreed",
    "filed",
];

/// The text after a descriptive appositive that `after` (the text right after a name) opens:
/// ", a Los Angeles investment firm, said" gives "said". The appositive starts with "a", "an"
/// or "the", holds at most sixteen words and no verb, quotation mark, bracket or semicolon, and
/// closes with the comma (of possibly several: "a Cresskill, N.J. securities dealer,") that a
/// verb of [`APPOSITIVE_VERBS`] follows, after a lower-case word. Without one, `after` itself.
fn past_appositive<'t>(doc: &Doc<'_>, after: &'t str) -> &'t str {
    let Some(rest) = after.strip_prefix(',') else {
        return after;
    };
    let body = rest.trim_start();
    if !["a ", "an ", "the "].iter().any(|d| body.starts_with(d)) {
        return after;
    }
    let mut words = 0;
    let mut at = 0;
    for (i, c) in body.char_indices() {
        match c {
            '"' | '\u{201c}' | '\u{201d}' | '(' | ')' | ';' | '<' => return after,
            // A sentence's end ("... firm. It said"), not an abbreviation ("N.J.", "Pa.").
            '.' if body[at..i].len() > 3
                && body[at..i].starts_with(char::is_lowercase)
                && body[i + 1..].starts_with(char::is_whitespace) =>
            {
                return after;
            }
            ',' => {
                let tail = &body[i + 1..];
                let next = tail.split_whitespace().next().unwrap_or("");
                // The description ends in a common noun ("firm,"), not a name (", UPS, said").
                if APPOSITIVE_VERBS.contains(&next) {
                    return if body[at..i].starts_with(char::is_lowercase) {
                        tail
                    } else {
                        after
                    };
                }
            }
            c if c.is_whitespace() => {
                let w = body[at..i].trim_end_matches(',').to_ascii_lowercase();
                if doc.pipeline.extractor.is_event_verb(&w) {
                    return after;
                }
                words += 1;
                at = i + 1;
                if words > 16 {
                    return after;
                }
            }
            _ => {}
        }
    }
    after
}

/// The person a fronted phrase holding `pos` is about: the subject right after the phrase's
/// comma ("Asked about his criticisms of Trump, Christie said"; "One month after announcing
/// his support for Trump, Rubio still believes"): the first name after the first comma past
/// `pos`, a person and no modifier or possessor, with at most a title before it and a finite
/// verb (perhaps after one adverb) after it. The caller has found no person before `pos`.
fn fronted_phrase_subject(doc: &Doc<'_>, s: Span, pos: usize) -> Option<usize> {
    let comma = doc
        .tokens_in(Span::new(pos, s.end))
        .find(|&j| doc.tokens[j].text(doc.text) == ",")?;
    // (Not across a quotation or a second clause: "..., he said, Trump ...".)
    let before = doc.tokens_in(Span::new(s.start, doc.tokens[comma].span.start));
    if before
        .clone()
        .any(|j| matches!(doc.tokens[j].text(doc.text), "\"" | "“" | "”" | ";" | ":"))
    {
        return None;
    }
    let rest = Span::new(doc.tokens[comma].span.end, s.end);
    let k = doc.mentions_in(rest).into_iter().next()?;
    if doc.kind(k) != EntityKind::Person || doc.is_modifier(k) || doc.is_possessor(k) {
        return None;
    }
    let gap = doc.tokens_in(Span::new(rest.start, doc.mentions[k].span.start));
    let titles = &doc.pipeline.recognizer;
    if gap.len() > 3
        || gap.clone().any(|j| {
            let w = doc.tokens[j].text(doc.text);
            !(titles.is_title_word(w) || matches!(w, "former" | "the" | "."))
        })
    {
        return None;
    }
    // Its verb next, perhaps after one adverb ("Rubio still believes").
    let mut j = doc.token_at_or_after(doc.mentions[k].span.end);
    let w = doc.word_cow(j);
    if w.ends_with("ly") || matches!(w.as_ref(), "still" | "also" | "now" | "then" | "later") {
        j += 1;
    }
    let verb = doc.word_cow(j);
    let finite = matches!(
        verb.as_ref(),
        "has" | "had" | "is" | "was" | "will" | "would" | "said" | "says" | "told" | "can"
    ) || IRREGULAR_PAST.contains(&verb.as_ref())
        || lower_word(doc, j)
            && (verb.ends_with("ed") || verb.ends_with('s') && !verb.ends_with("ss"));
    finite.then_some(doc.res.entity_of[k]?)
}

/// [`pronoun_antecedent`] of the pronoun that token `j` of sentence `si` is.
fn pronoun_at(
    doc: &Doc<'_>,
    j: usize,
    si: usize,
    quotes: &[QuoteOut],
    affils: &[Affil],
) -> Option<Arg> {
    pronoun_antecedent(
        doc,
        &doc.word_cow(j),
        si,
        doc.tokens[j].span.start,
        quotes,
        affils,
    )
}

/// The direct quote whose content holds byte `pos`: its speaker is the "I" and "me" there.
fn direct_quote_at(quotes: &[QuoteOut], pos: usize) -> Option<&QuoteOut> {
    quotes
        .iter()
        .find(|q| q.record.direct && q.content.start <= pos && pos < q.content.end)
}

/// Resolves "it", "its", "they", "their", "we", "our" (and "I" in a direct quote) before
/// `pos` to an entity.
fn pronoun_antecedent(
    doc: &Doc<'_>,
    word: &str,
    sent_idx: usize,
    pos: usize,
    quotes: &[QuoteOut],
    affils: &[Affil],
) -> Option<Arg> {
    let span = Span::new(pos, pos);
    match word {
        // "'I urge the administration to act,' Bywater said": inside a direct quote, its
        // speaker.
        "i" => Some(Arg {
            entity: direct_quote_at(quotes, pos)?.speaker?,
            span,
        }),
        "we" | "our" | "us" => {
            // Inside a quote: the speaker's country/organisation (or the speaking body).
            let q = quotes
                .iter()
                .find(|q| q.content.start <= pos && pos <= q.content.end)?;
            let sp = q.speaker?;
            // A body or a country speaking of itself.
            if doc.res.entities[sp].kind != EntityKind::Person {
                return Some(Arg { entity: sp, span });
            }
            let org = affils
                .iter()
                .find(|a| a.person == sp && a.org.is_some())?
                .org
                .clone()?;
            let org_country = institution_country(doc, &org).unwrap_or(org);
            let e = doc.res.by_id(&org_country)?;
            Some(Arg { entity: e, span })
        }
        "he" | "she" | "his" | "her" => {
            // The person named before it in its sentence (not one inside a direct quotation
            // the pronoun is not in, not the object of a verb: "met Tony Blair on his visit");
            // of several, the one opening the sentence. With none, the person the previous
            // sentence is about ("Ham explained why he backs Trump").
            let s = doc.sentences[sent_idx].span;
            let persons = persons_before(doc, s, pos, quotes);
            let entity = if persons.is_empty() {
                // "After her talks with Ryzhkov, Thatcher ...": a possessive inside the
                // sentence may look ahead to a person named after it.
                let lead = doc.text.get(s.start..pos).unwrap_or("").trim();
                let later = doc
                    .mentions_in(Span::new(pos, s.end.max(pos)))
                    .into_iter()
                    .any(|k| doc.kind(k) == EntityKind::Person);
                if matches!(word, "his" | "her") && !matches!(lead, "" | "But" | "And") && later {
                    // "Asked about his criticisms of Trump, Christie said", "After her talks
                    // with Ryzhkov, Thatcher flew": a fronted phrase's possessive is the
                    // subject that follows its comma.
                    return fronted_phrase_subject(doc, s, pos).map(|entity| Arg { entity, span });
                }
                let prev = (sent_idx > 0).then(|| doc.sentences[sent_idx - 1].span)?;
                titled_opener(doc, affils, quotes, prev)
                    .or_else(|| sentence_subject(doc, prev).map(|a| a.entity))
                    .filter(|&e| doc.res.entities[e].kind == EntityKind::Person)?
            } else if matches!(word, "his" | "her") {
                // A possessive is not the one met, told or talked with ("met Tony Blair on his
                // first visit", "told Jake Tapper about extending his support", "after talks
                // with Helmut Kohl ahead of her visit"): the nearest other, or none.
                let before = |k: usize| {
                    // "told CNN's Jake Tapper": the word before the possessor.
                    let m = doc.mentions[k].span;
                    let start = doc.text[..m.start]
                        .strip_suffix("'s ")
                        .or_else(|| doc.text[..m.start].strip_suffix("’s "))
                        .and_then(|b| doc.mention_ending_at(b.len()))
                        .map_or(m.start, |p| doc.mentions[p].span.start);
                    word_before_object(doc, start).map(|j| doc.word_cow(j))
                };
                let told = |k: usize| {
                    object_of_verb(doc, k)
                        || before(k).is_some_and(|w| TOLD.contains(&w.as_ref()) || w == "asked")
                };
                let with = |k: usize| before(k).is_some_and(|w| w == "with");
                // "X met Tony Blair on his visit": the one met may be meant as well as X.
                if object_of_verb(doc, *persons.last()?) {
                    return None;
                }
                let k = *persons
                    .iter()
                    .rev()
                    .find(|&&k| !told(k) && !with(k))
                    .or_else(|| persons.iter().rev().find(|&&k| !told(k)))?;
                doc.res.entity_of[k]?
            } else {
                // (Not "a staunch Donald Trump ally": a name inside a noun phrase. A possessor
                // only when no one else is named: "that Lazar accessed Clinton's email ...
                // though he admitted" is Lazar.)
                let k = persons
                    .iter()
                    .rev()
                    .copied()
                    .find(|&k| !premodifying_name(doc, k) && !doc.is_possessor(k))
                    .or_else(|| {
                        persons
                            .iter()
                            .rev()
                            .copied()
                            .find(|&k| !premodifying_name(doc, k))
                    })?;
                doc.res.entity_of[k]?
            };
            Some(Arg { entity, span })
        }
        "it" | "its" | "they" | "their" => {
            // The subject of its sentence (before it), else a description opening the
            // sentence ("The Dutch firm is due to complete its acquisition"), else the
            // previous sentence's subject. Never a person.
            let s = doc.sentences[sent_idx].span;
            let here = Span::new(s.start, pos);
            let entity = match sentence_subject(doc, here) {
                Some(a) => Some(a.entity),
                None => match super::coref::description_subject(doc, affils, quotes, here)
                    .or_else(|| super::spoken_for::content_subject(doc, quotes, pos))
                {
                    // "The company said it would": the description's antecedent, or none.
                    Some(found) => found,
                    None => home_place_subject(doc, here)
                        .or_else(|| {
                            (sent_idx > 0)
                                .then(|| sentence_subject(doc, doc.sentences[sent_idx - 1].span))
                                .flatten()
                        })
                        .map(|a| a.entity),
                },
            }?;
            matches!(
                doc.res.entities[entity].kind,
                EntityKind::Organization | EntityKind::Country
            )
            .then_some(Arg { entity, span })
        }
        _ => None,
    }
}

/// (rel36b) "The prime minister took charge of ... He also spoke to X": the person a title
/// description opening sentence `zone` as its subject stands for (a lower-case word, its verb,
/// right after it).
fn titled_opener(
    doc: &Doc<'_>,
    affils: &[Affil],
    quotes: &[QuoteOut],
    zone: Span,
) -> Option<usize> {
    let r = doc.tokens_in(zone);
    let mut j = r.start;
    while j < r.end && matches!(doc.word_cow(j).as_ref(), "but" | "and" | "meanwhile") {
        j += 1;
    }
    if j >= r.end || doc.word_cow(j) != "the" {
        return None;
    }
    let the = doc.tokens[j].span.start;
    let phrase = (j + 1..(j + 5).min(r.end))
        .find_map(|i| super::coref::description_at(doc, i).filter(|p| p.start == the))?;
    if !super::coref::describes_person(doc, phrase)
        || !lower_word(doc, doc.token_at_or_after(phrase.end))
    {
        return None;
    }
    super::coref::description_antecedent(doc, affils, quotes, phrase, None)
        .filter(|&e| doc.res.entities[e].kind == EntityKind::Person)
}

/// Is mention `k` a name premodifying a common noun inside a noun phrase that a determiner
/// opens ("a staunch Donald Trump ally", "the Sanders surge")?
fn premodifying_name(doc: &Doc<'_>, k: usize) -> bool {
    if !lower_word(doc, token_after(doc, k)) {
        return false;
    }
    let first = doc.token_at_or_after(doc.mentions[k].span.start);
    (1..=3).take_while(|&n| n <= first).any(|n| {
        let j = first - n;
        matches!(doc.word_cow(j).as_ref(), "a" | "an" | "the")
            && (j + 1..first).all(|i| {
                doc.tokens[i]
                    .text(doc.text)
                    .starts_with(|c: char| c.is_ascii_lowercase())
            })
    })
}

/// The person mentions of sentence `s` before `pos`, leaving out those inside a direct
/// quotation that `pos` is not in.
fn persons_before(doc: &Doc<'_>, s: Span, pos: usize, quotes: &[QuoteOut]) -> Vec<usize> {
    doc.mentions_in(Span::new(s.start, pos.max(s.start)))
        .into_iter()
        .filter(|&k| {
            doc.kind(k) == EntityKind::Person
                && doc.res.entity_of[k].is_some()
                && !quotes.iter().any(|q| {
                    q.record.direct
                        && q.content.contains(doc.mentions[k].span)
                        && !(q.content.start <= pos && pos <= q.content.end)
                })
        })
        .collect()
}

/// The person an object pronoun ("criticised *him*", "endorsed *her* last year") or a
/// possessive in object position ("accepted *his* resignation") stands for, when a
/// verb's actor is `actor`. The one person, other than the actor and those acting with it in
/// the verb's clause `cl`, named before it in its sentence; with none there, the one person
/// the previous sentence names, other than the actor. Refused when two such people are
/// candidates, when an honorific gives the candidate the other gender, and inside a direct
/// quotation (whose speaker's "him" is unknown to us).
fn object_pronoun_antecedent(
    doc: &Doc<'_>,
    (si, cl): (usize, Span),
    pos: usize,
    actor: Option<Arg>,
    quotes: &[QuoteOut],
) -> Option<Arg> {
    let j = doc.token_at_or_after(pos);
    let tok = *doc.tokens.get(j)?;
    let actor_span = actor.map(|a| a.span);
    let actor = actor.map(|a| a.entity);
    let female = match doc.word_cow(j).as_ref() {
        "him" | "his" | "he" => false,
        "her" | "she" => true,
        // "'X attacked me,' Ames said": the speaker of the direct quote, another than the
        // actor.
        "me" => {
            let entity = direct_quote_at(quotes, pos)?
                .speaker
                .filter(|&e| Some(e) != actor)?;
            return Some(Arg {
                entity,
                span: Span::new(pos, pos),
            });
        }
        _ => return None,
    };
    if direct_quote_at(quotes, pos).is_some() {
        return None;
    }
    let s = doc.sentences[si].span;
    // The clause's own subjects are bound to a reflexive ("Smith and Jones praised
    // themselves"), never to "him": only a name before the clause.
    let clause_persons = persons_before(doc, Span::new(cl.start, pos), pos, quotes);
    // "Trump praised X and then accused him": the object of a verb coordinated before this
    // one, after the actor, is the one person it can be.
    let coordinated_object = clause_persons
        .iter()
        .copied()
        .filter(|&k| doc.res.entity_of[k] != actor)
        .collect::<Vec<_>>()
        .split_last()
        .and_then(|(&k, rest)| {
            let e = doc.res.entity_of[k]?;
            let m = doc.mentions[k].span;
            let between = doc.tokens_in(Span::new(m.end, pos));
            let and_verb = between.clone().any(|a| {
                doc.word_cow(a) == "and"
                    && (a + 1..(a + 3).min(between.end)).any(|v| {
                        let w = doc.word_cow(v);
                        w.ends_with("ed") || w.ends_with("ing") || w.ends_with('s')
                    })
            });
            (rest.iter().all(|&o| doc.res.entity_of[o] == Some(e))
                && actor_span.is_some_and(|a| !a.is_empty() && a.end <= m.start)
                && and_verb
                && !between
                    .clone()
                    .any(|a| matches!(doc.tokens[a].text(doc.text), "," | ";" | ":")))
            .then_some(e)
        });
    let others = |ks: Vec<usize>| -> Vec<usize> {
        let mut es: Vec<usize> = ks
            .into_iter()
            .filter_map(|k| doc.res.entity_of[k])
            .filter(|&e| Some(e) != actor)
            .collect();
        es.sort_unstable();
        es.dedup();
        es
    };
    let here = others(persons_before(
        doc,
        Span::new(s.start, cl.start),
        cl.start,
        quotes,
    ));
    let cands = if let Some(e) = coordinated_object {
        vec![e]
    } else if !others(clause_persons).is_empty() {
        return None;
    } else if here.is_empty() {
        if si == 0 {
            return None;
        }
        let p = doc.sentences[si - 1].span;
        let prev = others(persons_before(doc, p, p.end, quotes));
        // "Jones was due to stand. He says he will not. Smith accepted his decision": a
        // previous sentence about "he" (or "she") continues the subject of the one before.
        let first = doc.tokens_in(p);
        let about_pronoun =
            !first.is_empty() && doc.word_cow(first.start) == if female { "she" } else { "he" };
        // "He took office after Harold Wilson resigned. Blair called him a giant": the "he"
        // the previous sentence is about, unnamed there, is as likely meant as its names.
        if about_pronoun && !prev.is_empty() {
            return None;
        }
        if prev.is_empty() && si >= 2 && about_pronoun {
            let before = doc.sentences[si - 2].span;
            sentence_subject(doc, before)
                .map(|a| a.entity)
                // "Jones, who works for X, had been due to stand": a name opening it.
                .or_else(|| {
                    let k = *doc.mentions_in(before).first()?;
                    (doc.mentions[k].span.start == before.start).then_some(doc.res.entity_of[k]?)
                })
                .filter(|&e| Some(e) != actor)
                .into_iter()
                .collect()
        } else {
            prev
        }
    } else {
        here
    };
    let [e] = cands[..] else {
        return None;
    };
    // "Mrs Smith" for "him", "Mr Smith" for "her".
    let clash = if female { "Mr" } else { "Mrs" };
    let honorific_clash = doc.mentions.iter().enumerate().any(|(k, m)| {
        doc.res.entity_of[k] == Some(e) && {
            let before = doc.text[..m.span.start].trim_end().trim_end_matches('.');
            before.ends_with(clash)
                || female && before.ends_with("Mr")
                || !female && (before.ends_with("Ms") || before.ends_with("Miss"))
        }
    });
    // ("Ruth Ames" for "him", "John Smith" for "her".)
    let name_clash = super::quotes::given_name_vote(doc, &doc.res.entities[e].name)
        == if female { 1 } else { -1 };
    (doc.res.entities[e].kind == EntityKind::Person && !honorific_clash && !name_clash).then_some(
        Arg {
            entity: e,
            span: tok.span,
        },
    )
}

/// A subject "he"/"she" (token `j`, in sentence `si` and clause `cl`) of a verb, given
/// what [`pronoun_antecedent`] found (`found`): when that is nothing, the one person
/// [`object_pronoun_antecedent`] finds for it, with the same refusals (two candidates, a
/// clashing honorific, inside a direct quotation), unless the quote finder gave the words
/// the pronoun attributes to someone else ("John Marlow, the party leader, arrived. He
/// accused Germany of lying"). Other words keep `found`.
fn subject_pronoun(
    doc: &Doc<'_>,
    (si, cl): (usize, Span),
    j: usize,
    found: Option<Arg>,
    quotes: &[QuoteOut],
) -> Option<Arg> {
    if found.is_some() || !matches!(doc.word_cow(j).as_ref(), "he" | "she") {
        return found;
    }
    let tok = doc.tokens[j].span;
    let e = object_pronoun_antecedent(doc, (si, cl), tok.start, None, quotes)?.entity;
    let speaker = quotes
        .iter()
        .find(|q| {
            q.record
                .speaker_mention
                .as_ref()
                .is_some_and(|m| m.start == tok.start && m.end == tok.end)
        })
        .map(|q| q.speaker);
    // The person must have been named as one who acts, not only met, told or talked about
    // ("The Pakistani president met Prime Minister Tony Blair. He is due to visit ...",
    // "The mayor agreed to sit next to Mr. Kalanick. But he was excited to ...").
    let from = doc.sentences[si.saturating_sub(2)].span.start;
    let named_acting = doc
        .mentions_in(Span::new(from, tok.start))
        .into_iter()
        .any(|k| doc.res.entity_of[k] == Some(e) && named_as_subject(doc, k));
    if speaker.is_some_and(|s| s != Some(e)) || !named_acting {
        return None;
    }
    Some(Arg {
        entity: e,
        span: Span::new(tok.start, tok.start),
    })
}

/// Is mention `k` a name that may be a subject: not after a preposition ("next to Mr.
/// Kalanick") and not the object of a verb ("met Prime Minister Tony Blair")?
fn named_as_subject(doc: &Doc<'_>, k: usize) -> bool {
    !in_pp(doc, k)
        && !object_of_verb(doc, k)
        && word_before_object(doc, doc.mentions[k].span.start)
            .is_none_or(|j| !PREPOSITIONS.contains(&doc.word_cow(j).as_ref()))
}

/// The "he"/"she" token an empty actor span points at (an actor read from a subject
/// pronoun), if any.
fn subject_pronoun_at(doc: &Doc<'_>, span: Span) -> Option<Span> {
    if !span.is_empty() {
        return None;
    }
    let j = doc.token_at_or_after(span.start);
    let tok = doc.tokens.get(j).filter(|t| t.span.start == span.start)?;
    matches!(doc.word_cow(j).as_ref(), "he" | "she").then_some(tok.span)
}

/// Is `actor` the verb's own subject, next to it: a name or "it"/"they" right before the
/// verb, with only auxiliaries, negation, adverbs, "to" or a relative pronoun between
/// ("Smith has repeatedly attacked", "Jones, who endorsed", "urged Brown to support").
/// An object pronoun is read only then: a verb further from its actor ("Smith won twice,
/// providing her", "groups supporting her") often has an unnamed subject of its own.
fn actor_next_to(doc: &Doc<'_>, actor: Arg, ti: usize) -> bool {
    let from = if actor.span.is_empty() {
        let j = doc.token_at_or_after(actor.span.start);
        if !matches!(doc.word_cow(j).as_ref(), "it" | "they") {
            return false;
        }
        doc.tokens[j].span.end
    } else {
        match doc.mention_covering(actor.span.start) {
            Some(k) if !doc.is_modifier(k) && !doc.is_possessor(k) => doc.mentions[k].span.end,
            _ => return false,
        }
    };
    let gap = doc.tokens_in(Span::new(from, doc.tokens[ti].span.start.max(from)));
    gap.clone().all(|j| {
        let w = doc.word_cow(j);
        ACTOR_GAP.contains(&w.as_ref())
            || w.len() > 4 && w.ends_with("ly")
            || w == ","
                && j + 1 < gap.end
                && matches!(doc.word_cow(j + 1).as_ref(), "who" | "which")
    }) || coordinated_verb_gap(doc, gap)
}

/// "Trump praised X and (then) accused him": the gap between an actor and a second verb is a
/// first verb in the past tense with a short object and "and" ("and then"), no comma or
/// clause word between.
fn coordinated_verb_gap(doc: &Doc<'_>, gap: std::ops::Range<usize>) -> bool {
    if gap.len() < 3 || gap.len() > 9 {
        return false;
    }
    let first = doc.word_cow(gap.start);
    let last = doc.word_cow(gap.end - 1);
    let and_at = if last == "and" {
        gap.end - 1
    } else if last == "then" && doc.word_cow(gap.end - 2) == "and" {
        gap.end - 2
    } else {
        return false;
    };
    (first.ends_with("ed") || IRREGULAR_PAST.contains(&first.as_ref()))
        && lower_word(doc, gap.start)
        && (gap.start + 1..and_at).all(|j| {
            let t = doc.tokens[j].text(doc.text);
            t != ","
                && t != ";"
                && !CLAUSE_BREAKS.contains(&doc.word_cow(j).as_ref())
                && !["that", "and", "or", "to"].contains(&doc.word_cow(j).as_ref())
        })
}

/// Is mention `k` inside brackets right after another name of the same entity and closed
/// before `pos`: an acronym ("China and the European Community (EC) signed")? The name
/// before the brackets acts (and is the one coordinated).
fn bracketed_before(doc: &Doc<'_>, k: usize, pos: usize) -> bool {
    let m = doc.mentions[k].span;
    let lo = (m.start.saturating_sub(12)..=m.start)
        .find(|&i| doc.text.is_char_boundary(i))
        .unwrap_or(m.start);
    let before = &doc.text[lo..m.start];
    // ("They (the Kuwaitis) have asked": only brackets right after the same name. A party
    // tag, "Sen. X (D-Ohio) criticised", is left alone: on PolNeAR the verbs it let through
    // were right on only 7 of 11 rows.)
    before.rfind('(').is_some_and(|i| {
        !before[i..].contains(')')
            && doc
                .mention_ending_at(doc.text[..lo + i].trim_end().len())
                .is_some_and(|n| {
                    doc.res.entity_of[n].is_some() && doc.res.entity_of[n] == doc.res.entity_of[k]
                })
    }) && doc
        .text
        .get(m.end..pos)
        .and_then(|gap| gap.find(')').map(|i| !gap[..i].contains('(')))
        .unwrap_or(false)
}

/// "pledged Labour would", "warned Acme will": a name right before a modal is the
/// subject of the clause the verb introduces, not its object.
fn subject_of_complement(doc: &Doc<'_>, k: usize) -> bool {
    let j = token_after(doc, k);
    j < doc.tokens.len()
        && matches!(
            doc.word_cow(j).as_ref(),
            "would" | "will" | "could" | "should" | "might" | "may" | "must" | "can" | "cannot"
        )
}

/// Words that may stand between a subject and its verb in [`actor_next_to`].
const ACTOR_GAP: &[&str] = &[
    "has", "have", "had", "is", "was", "were", "are", "be", "been", "being", "will", "would",
    "could", "can", "may", "might", "should", "must", "shall", "did", "does", "do", "not", "n't",
    "never", "also", "again", "still", "already", "then", "to", "who", "which", "that",
];

/// "criticised him", "endorsed her last year", "attacked him over": an object pronoun
/// right after the verb (not "her" opening a noun phrase: "criticised her plan").
fn object_pronoun(doc: &Doc<'_>, tlast: usize, cl: Span) -> Option<usize> {
    let j = tlast + 1;
    let tok = doc.tokens.get(j)?;
    if tok.span.start >= cl.end || tok.kind != TokenKind::Word {
        return None;
    }
    match doc.word_cow(j).as_ref() {
        "him" | "me" => Some(j),
        "her" => {
            let next = doc.tokens.get(j + 1);
            next.is_none_or(|n| {
                n.kind != TokenKind::Word
                    || n.span.start >= cl.end
                    || OBJECT_PRONOUN_FOLLOWERS.contains(&doc.word_cow(j + 1).as_ref())
            })
            .then_some(j)
        }
        _ => None,
    }
}

/// Words that may follow an object "her" but do not open a noun phrase after a possessive
/// "her" ("praised her for", "met her on Monday", "called her a liar" is left alone).
const OBJECT_PRONOUN_FOLLOWERS: &[&str] = &[
    "for",
    "over",
    "on",
    "in",
    "at",
    "as",
    "after",
    "before",
    "during",
    "and",
    "but",
    "to",
    "of",
    "when",
    "while",
    "because",
    "since",
    "with",
    "about",
    "again",
    "publicly",
    "repeatedly",
    "yesterday",
    "today",
];

/// "org:iraqi-parliament" → "country:iraq" when the org is a country's institution.
pub(crate) fn institution_country(doc: &Doc<'_>, org: &str) -> Option<String> {
    let rec = &doc.pipeline.recognizer;
    let name = &doc.res.entities[doc.res.by_id(org)?].name;
    let first = name.split_whitespace().next()?;
    rec.entities
        .iter()
        .find(|e| e.kind == EntityKind::Country && e.list("demonyms").first() == Some(&first))
        .map(|e| e.id.clone())
}

fn modality(
    doc: &Doc<'_>,
    cl: Span,
    trig: Span,
    in_quote: bool,
    pos: TriggerPos,
    noun_use: bool,
    src: Option<Span>,
) -> Modality {
    // Cues count from just before the actor (when it is in this clause) up to the trigger.
    let from = match src {
        Some(s) if s.start >= cl.start && s.end <= trig.start => {
            let r = doc.tokens_in(Span::new(cl.start, s.start));
            let k = r.end.saturating_sub(2).max(r.start);
            doc.tokens
                .get(k)
                .map(|t| t.span.start)
                .unwrap_or(cl.start)
                .max(cl.start)
        }
        _ => cl.start,
    };
    let r = doc.tokens_in(Span::new(from, trig.start));
    let window: Vec<Cow<'_, str>> = r.clone().rev().take(8).map(|i| cue_word(doc, i)).collect();
    let after: Vec<Cow<'_, str>> = doc
        .tokens_in(Span::new(trig.end, cl.end))
        .take(4)
        .map(|i| cue_word(doc, i))
        .collect();
    // A refusal reaches further: "rejected a European offer to hold informal talks".
    let near_neg = window
        .iter()
        .take(5)
        .any(|w| NEGATORS.contains(&w.as_ref()))
        || window.iter().any(|w| REFUSALS.contains(&w.as_ref()));
    // (rel34b) "without admitting or denying the allegations": the allegations stand; what is
    // negated is the admission.
    let near_neg =
        near_neg && !conceding_noun(&window, pos) && !rejected_speech(doc, trig, &window, pos);
    // "no contracts have been signed": a negated noun subject.
    let neg_subject =
        window.iter().any(|w| w == "no") && window.iter().take(3).any(|w| w == "been" || w == "be");
    // "has yet to sign": not done so far; "ruled out sending troops": refused.
    let yet_to = window.len() >= 2 && window[0] == "to" && window[1] == "yet";
    let ruled_out = window
        .windows(2)
        .take(4)
        .any(|p| p[0] == "out" && matches!(p[1].as_ref(), "ruled" | "rules" | "ruling" | "rule"));
    // "stopped short of criticizing X", "stop short of imposing sanctions": not done.
    let short_of = window.windows(2).take(6).any(|p| {
        p[0] == "short" && matches!(p[1].as_ref(), "stopped" | "stops" | "stop" | "stopping")
    });
    // "cancelled its visit to X", "called off talks with X", and for a noun "the summit with X
    // was cancelled / was called off": an event called off did not take place.
    let off = |ws: &[Cow<'_, str>], prev: usize, next: usize| {
        ws.get(prev)
            .is_some_and(|w| matches!(w.as_ref(), "call" | "calls" | "called" | "calling"))
            && ws.get(next).is_some_and(|w| w == "off")
    };
    let cancelled_before = window
        .iter()
        .take(4)
        .enumerate()
        .any(|(i, w)| CANCELS.contains(&w.as_ref()) || i > 0 && off(&window, i, i - 1));
    // ("Iran's talks with Iraq", "the meeting": a verb's form read as a noun.)
    let determined = window.first().is_some_and(|w| {
        matches!(
            w.as_ref(),
            "the" | "a" | "'s" | "’s" | "its" | "their" | "his" | "her" | "planned" | "proposed"
        )
    });
    // (relprec28) "cut off talks with X", "broke off its negotiations with X", "suspended
    // talks with X": an event halted (at most one determiner between) is not going on.
    let halted_before = halted_noun(&window);
    let cancelled_after = (pos == TriggerPos::Noun || noun_use || determined) && {
        // (The noun phrase's clause may end before its verb: read on in the sentence.)
        let end = doc
            .sentence_at(trig.start)
            .map_or(cl.end, |i| doc.sentences[i].span.end);
        let rest: Vec<Cow<'_, str>> = doc
            .tokens_in(Span::new(trig.end, end))
            .take(8)
            .map(|i| doc.word_cow(i))
            .collect();
        rest.iter().enumerate().skip(1).any(|(i, w)| {
            matches!(rest[i - 1].as_ref(), "was" | "were" | "been" | "be")
                && (CANCELS.contains(&w.as_ref()) || off(&rest, i, i + 1))
        })
    };
    if near_neg
        || neg_subject
        || yet_to
        || ruled_out
        || short_of
        || cancelled_before
        || cancelled_after
        || halted_before
    {
        return Modality::Negated;
    }
    // "an opportunity for X, Y and Z to take shots at W", "gave X a chance to attack W": an
    // act offered as a chance is not one done.
    // (Not one taken: "took the opportunity to praise W", "used the chance to attack W".)
    let chance = window.iter().take(2).any(|w| w == "to")
        && doc
            .tokens_in(Span::new(cl.start, trig.start))
            .rev()
            .take(16)
            .any(|i| {
                matches!(
                    doc.word_cow(i).as_ref(),
                    "chance" | "chances" | "opportunity" | "opportunities"
                ) && matches!(doc.word_cow(i + 1).as_ref(), "for" | "to")
                    && !(i.saturating_sub(3)..i).any(|j| {
                        matches!(
                            doc.word_cow(j).as_ref(),
                            "took"
                                | "take"
                                | "takes"
                                | "taking"
                                | "used"
                                | "use"
                                | "uses"
                                | "using"
                                | "seized"
                                | "seize"
                                | "seizes"
                                | "grabbed"
                                | "grab"
                        )
                    })
            });
    // "urged Reagan to impose penalties on X", "called on Japan to open talks with X": an
    // act someone is asked to do is not done. The actor stands right before "to" and the
    // trigger, the appeal's verb right before the actor, past its title words ("urged
    // President Reagan to").
    let asked_to = window.first().is_some_and(|w| w == "to")
        && src.is_some_and(|s| {
            let mut j = doc.tokens_in(Span::new(cl.start, s.start)).end;
            let to_next = doc.tokens_in(Span::new(s.end, trig.start)).len() == 1;
            while j > 0
                && doc.tokens[j - 1].span.start >= cl.start
                && doc.tokens[j - 1]
                    .text(doc.text)
                    .starts_with(char::is_uppercase)
            {
                j -= 1;
            }
            let before = |k: usize| j >= k && doc.tokens[j - k].span.start >= cl.start;
            to_next && before(1) && {
                let verb = doc.word_cow(j - 1);
                APPEAL_VERBS.contains(&verb.as_ref())
                    || verb == "on"
                        && before(2)
                        && matches!(
                            doc.word_cow(j - 2).as_ref(),
                            "call" | "calls" | "called" | "calling"
                        )
            }
        });
    if chance
        || asked_to
        || window.iter().any(|w| HYPOTHETICAL.contains(&w.as_ref()))
        || (pos == TriggerPos::Noun
            && (after
                .iter()
                .take(2)
                .any(|w| HYPOTHETICAL.contains(&w.as_ref()))
                || modal_after_noun_phrase(doc, trig, cl)))
    {
        return Modality::Hypothetical;
    }
    // "The WTO is to hold talks": "be to" before the verb states a plan.
    // (relprec28) Also with a light verb and a modifier between: "is to hold membership talks
    // with X", "are to begin talks with X".
    let be_to = (0..3).any(|i| {
        window.get(i).is_some_and(|w| w == "to")
            && window
                .get(i + 1)
                .is_some_and(|w| matches!(w.as_ref(), "is" | "are" | "was" | "were"))
            && window[..i]
                .iter()
                .all(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
    });
    // "is due to fly to Tokyo", "was expected to arrive": a scheduled act (for a verb: "due
    // to sanctions" gives a cause).
    let scheduled = pos == TriggerPos::Verb
        && !noun_use
        && window.first().is_some_and(|w| w == "to")
        && window.get(1).is_some_and(|w| {
            matches!(
                w.as_ref(),
                "due" | "set" | "scheduled" | "expected" | "slated"
            )
        });
    // "its proposal to negotiate a three-way merger", "its offer to acquire X": an intent noun
    // right before the infinitive's "to" reaches further than four words (not across a comma
    // or a coordination: "vowed to keep the gulf open and warned X").
    // (relprec28) Up to twelve words back, and after trying and plans too: "is trying to
    // strike a similar deal with X", "announced plans to put 300 mln dlrs in tariffs on X".
    let reach: Vec<Cow<'_, str>> = r
        .clone()
        .rev()
        .take(12)
        .map(|i| cue_word(doc, i))
        .take_while(|w| !matches!(w.as_ref(), "," | "and" | "but" | "or" | ";"))
        .collect();
    // Past the old eight words, or after a word of trying, the infinitive must be the event's
    // own verb or a light verb before its noun ("did try to negotiate a deal at the meeting
    // with X" leaves the meeting as it was).
    let intent_at = reach.windows(2).enumerate().position(|(i, p)| {
        p[0] == "to"
            && (INTENT_NOUNS.contains(&p[1].as_ref()) && i < 7
                || (INTENT_NOUNS.contains(&p[1].as_ref())
                    || ATTEMPT_WORDS.contains(&p[1].as_ref()))
                    && (i == 0 || INFINITIVE_LIGHT.contains(&reach[i - 1].as_ref())))
    });
    // (relprec28) "ended its offer to buy X", "dropped plans to visit X": an intent given up
    // (its word at most three words before the intent's noun) is negated; so is one denied
    // ("has no plans to start talks with X").
    if let Some(p) = intent_at {
        if reach
            .iter()
            .skip(p + 2)
            .take(3)
            .any(|w| GIVEN_UP.contains(&w.as_ref()))
            || reach
                .get(p + 2)
                .is_some_and(|w| matches!(w.as_ref(), "no" | "never"))
        {
            return Modality::Negated;
        }
    }
    let intent_to = intent_at.is_some();
    // "next week's visit to Tokyo", "talks with X next month", "the upcoming summit": a
    // noun's event set for a time to come.
    let coming = (pos == TriggerPos::Noun || noun_use)
        && (window.iter().take(3).enumerate().any(|(i, w)| {
            matches!(w.as_ref(), "upcoming" | "forthcoming")
                || w == "next" && i > 0 && TIME_NOUNS.contains(&window[i - 1].as_ref())
        }) || after
            .windows(2)
            .any(|p| p[0] == "next" && TIME_NOUNS.contains(&p[1].as_ref())));
    // ("an open letter calling X unfit": no intent.)
    if be_to
        || scheduled
        || intent_to
        || coming
        || window.iter().take(4).enumerate().any(|(i, w)| {
            INTENDED.contains(&w.as_ref())
                // "open to talks", "aims to buy"; not "his open support", "took aim at".
                && !(matches!(w.as_ref(), "open" | "aim" | "aims" | "aiming")
                    && (i == 0 || window[i - 1] != "to"))
                // "Howard's plans were criticised by X", "the plan was rejected": the plan is
                // what the event is about, the subject of a passive, not an intent.
                && !(matches!(w.as_ref(), "plan" | "plans" | "intentions" | "hopes" | "aims")
                    && i > 0
                    && matches!(
                        window[i - 1].as_ref(),
                        "were" | "was" | "are" | "is" | "have" | "has" | "had"
                    )
                    && window.get(i + 1).is_some_and(|d| {
                        matches!(
                            d.as_ref(),
                            "'s" | "’s" | "the" | "his" | "her" | "their" | "its" | "our" | "these"
                        )
                    }))
        })
    {
        return Modality::Intended;
    }
    if proposed_by(doc, cl, trig, src) {
        return Modality::Intended;
    }
    // "X is reported to have held talks", "is said to have met", "is believed to be
    // negotiating": hearsay with no one named is reported, not asserted.
    let hearsay = window.windows(3).take(5).any(|p| {
        p[0] == "to"
            && matches!(
                p[1].as_ref(),
                "reported"
                    | "said"
                    | "believed"
                    | "alleged"
                    | "rumoured"
                    | "rumored"
                    | "thought"
                    | "understood"
            )
            && matches!(p[2].as_ref(), "is" | "are" | "was" | "were" | "been")
    });
    if in_quote || hearsay {
        return Modality::Reported;
    }
    Modality::Asserted
}

/// (relprec28) Common nouns for a category of people or firms that a demonym before them
/// only describes: "Japanese automakers", "the Irish duo", "Syrian rebels".
const CATEGORY_NOUNS: &[&str] = &[
    "automakers",
    "carmakers",
    "makers",
    "manufacturers",
    "producers",
    "exporters",
    "importers",
    "companies",
    "firms",
    "banks",
    "bankers",
    "investors",
    "businessmen",
    "businessman",
    "duo",
    "pair",
    "trio",
    "rebels",
    "insurgents",
    "militants",
    "guerrillas",
    "fans",
    "consumers",
    "shareholders",
    "traders",
    "farmers",
    "workers",
    "unions",
    "newspapers",
    "students",
    // "Putin backs American adversaries": the country's foes, not the country.
    "adversaries",
    "enemies",
    "foes",
    "opponents",
    "critics",
    "dissidents",
    "voters",
];

/// Is the argument at `span` a demonym before a [`CATEGORY_NOUNS`] word, so that it names
/// the category and not its country? "Japanese automakers signed a pact with the UAW" → no
/// Japan-UAW agreement.
fn describes_category(doc: &Doc<'_>, span: Span) -> bool {
    if span.is_empty() {
        return false;
    }
    let Some(k) = doc.mention_covering(span.start) else {
        return false;
    };
    doc.mentions[k].form == crate::ner::Form::Demonym
        && doc
            .tokens
            .get(token_after(doc, k))
            .is_some_and(|t| CATEGORY_NOUNS.contains(&t.text(doc.text)))
}

/// People who act for or are kin of a person, and are not that person: after "X's".
const AGENT_NOUNS: &[&str] = &[
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "aide",
    "aides",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "wife",
    "husband",
    "son",
    "daughter",
    "brother",
    "sister",
    "father",
    "mother",
    "rival",
    "rivals",
    "successor",
    "predecessor",
    "deputy",
];

/// Is the argument at `span` a person named only as the possessor of someone else: "asked
/// Ivo Marsh's lawyer what had happened" → the lawyer was asked, not Ivo Marsh.
fn names_someone_else(doc: &Doc<'_>, a: Arg) -> bool {
    if a.span.is_empty() || doc.res.entities[a.entity].kind != EntityKind::Person {
        return false;
    }
    let Some(k) = doc.mention_covering(a.span.start) else {
        return false;
    };
    let j = token_after(doc, k);
    doc.tokens
        .get(j)
        .is_some_and(|t| matches!(t.text(doc.text), "'s" | "’s"))
        && doc
            .tokens
            .get(j + 1)
            .is_some_and(|t| AGENT_NOUNS.contains(&t.text(doc.text)))
}

/// People a name can premodify without being them or acting for it: "Trump supporters",
/// "Democratic voters", "a White House contender" (one who wants the office, not one in it).
const MODIFIED_PERSONS: &[&str] = &[
    "contender",
    "contenders",
    "hopeful",
    "hopefuls",
    "supporters",
    "donors",
    "voters",
    // One person a party's name describes: "unloaded on the GOP front-runner".
    "front-runner",
    "frontrunner",
    "nominee",
    "challenger",
    "opponent",
    "rival",
    // One who works for a news outlet, whose words are not the outlet's: "the Fox News
    // Channel blonde unloaded on X", "attacked a BBC reporter".
    "anchor",
    "anchors",
    "host",
    "blonde",
    "commentator",
    "commentators",
    "columnist",
    "reporter",
    "reporters",
    "correspondent",
    "moderator",
    "moderators",
    "presenter",
    "pundit",
];

/// Is the argument at `span` a name that only premodifies a [`MODIFIED_PERSONS`] noun, so
/// that those people are meant and not the named? "It is not appropriate to criticize a White
/// House contender" → not the White House; "Democratic voters support X" → not the party.
/// A party's contenders are its members ("Republican hopefuls attacked X"), so they still
/// stand for it.
fn modifies_person_noun(doc: &Doc<'_>, a: Arg) -> bool {
    if a.span.is_empty() || doc.res.entities[a.entity].kind == EntityKind::Person {
        return false;
    }
    let Some(k) = doc.mention_covering(a.span.start) else {
        return false;
    };
    let party = doc.lexicon_type(a.entity) == Some("party")
        || doc.res.entities[a.entity].name.ends_with(" Party");
    doc.tokens.get(token_after(doc, k)).is_some_and(|t| {
        let w = t.text(doc.text);
        MODIFIED_PERSONS.contains(&w)
            && !(party && ["contender", "contenders", "hopeful", "hopefuls"].contains(&w))
    })
}

/// (relprec28) Words of trying and planning that, before an infinitive, make its event
/// intended like [`INTENT_NOUNS`]: "is trying to strike a deal with X", "plans to visit X".
const ATTEMPT_WORDS: &[&str] = &[
    "trying",
    "tries",
    "tried",
    "try",
    "plan",
    "plans",
    "approach",
    "approaches",
];

/// (relprec28) Light verbs that may stand between an intent's "to" and its event's noun: "plans
/// to put tariffs on X", "is trying to strike a deal with X".
const INFINITIVE_LIGHT: &[&str] = &[
    "put", "slap", "hold", "strike", "make", "take", "launch", "begin", "start", "open", "reach",
    "sign", "impose", "have", "arrange", "conduct", "resume", "win", "enter", "conclude", "form",
];

/// (relprec28) Words that give up an intent, before its noun: "ended its offer to buy X",
/// "dropped plans to visit X", "shelved a proposal to merge with X".
const GIVEN_UP: &[&str] = &[
    "ended",
    "ends",
    "terminated",
    "abandoned",
    "abandons",
    "dropped",
    "drops",
    "shelved",
    "scrapped",
    "withdrew",
    "withdrawn",
];

/// (relprec28) Verbs that halt a going event, right before its noun (after at most one
/// determiner): "suspended talks with X", "froze its negotiations with X".
const HALTS: &[&str] = &[
    "suspended",
    "suspends",
    "suspend",
    "halted",
    "halts",
    "halt",
    "froze",
    "frozen",
    "ended",
    "ends",
    "abandoned",
    "abandons",
];

/// Is the event whose preceding words are `window` (nearest first) a noun's event that was
/// halted: a [`HALTS`] verb, or "cut off" / "broke off", right before it or before one
/// determiner? "Ana Ruiz broke off talks with Ivo Marsh" → negated talks.
fn halted_noun(window: &[Cow<'_, str>]) -> bool {
    let at = usize::from(window.first().is_some_and(|w| {
        matches!(
            w.as_ref(),
            "the" | "its" | "their" | "his" | "her" | "all" | "further"
        )
    }));
    match window.get(at).map(Cow::as_ref) {
        Some("off") => window.get(at + 1).is_some_and(|w| {
            matches!(
                w.as_ref(),
                "cut" | "cuts" | "cutting" | "broke" | "broken" | "break" | "breaks" | "breaking"
            )
        }),
        Some(w) => HALTS.contains(&w),
        None => false,
    }
}

/// Is the event at `trig` proposed by its actor `src` rather than done: an intent noun, then
/// "from" or "by" and the actor (with titles between), then "to" and the trigger? "received a
/// proposal from chairman Carlo Brandt to acquire X", "an offer by Ana Ruiz to meet Ivo Marsh".
fn proposed_by(doc: &Doc<'_>, cl: Span, trig: Span, src: Option<Span>) -> bool {
    let Some(s) = src.filter(|s| s.start >= cl.start && s.end <= trig.start) else {
        return false;
    };
    let between = doc.tokens_in(Span::new(s.end, trig.start));
    if between.len() != 1 || doc.word_cow(between.start) != "to" {
        return false;
    }
    let mut seen_from = false;
    for i in doc.tokens_in(Span::new(cl.start, s.start)).rev().take(8) {
        let w = doc.word_cow(i);
        if matches!(w.as_ref(), "," | ";" | "to") {
            return false;
        }
        if seen_from && INTENT_NOUNS.contains(&w.as_ref()) {
            return true;
        }
        seen_from = seen_from || w == "from" || w == "by";
    }
    false
}

/// An [`ENDINGS`] word among the four words before the trigger `trig` in its clause `cl`.
fn ends_relation(doc: &Doc<'_>, cl: Span, trig: Span) -> bool {
    doc.tokens_in(Span::new(cl.start, trig.start))
        .rev()
        .take(4)
        .any(|i| ENDINGS.contains(&doc.word_cow(i).as_ref()))
}

/// The lower-cased word at token `i` as a modality cue, except that the month "May"
/// (capitalised inside a sentence: "signed in May") and a capitalised word of a name
/// ("Planned Parenthood", "American Subscription Plan Inc") are kept as written, so they
/// never read as a cue.
///
/// ```text
/// "talks may resume"      -> "may"  (hypothetical)
/// "talks resumed in May"  -> "May"  (no cue)
/// ```
fn cue_word<'d>(doc: &'d Doc<'_>, i: usize) -> Cow<'d, str> {
    let w = doc.word_cow(i);
    // A word of a name is no cue: "Planned Parenthood" plans nothing.
    let t = doc.tokens[i];
    if w.starts_with(|c: char| c.is_ascii_lowercase())
        && t.text(doc.text)
            .starts_with(|c: char| c.is_ascii_uppercase())
        && doc.mention_covering(t.span.start).is_some()
    {
        return Cow::Borrowed(t.text(doc.text));
    }
    if w == "may" {
        let t = doc.tokens[i];
        let opens = doc
            .sentence_at(t.span.start)
            .is_some_and(|s| doc.tokens_in(doc.sentences[s].span).start == i);
        if !opens && t.text(doc.text) == "May" {
            return Cow::Borrowed("May");
        }
    }
    w
}

/// "A purchase of the S-400 by Egypt would trigger sanctions": a modal right after the
/// noun phrase that a nominal trigger heads (its `of`/`by` phrases and names) makes the
/// event hypothetical.
fn modal_after_noun_phrase(doc: &Doc<'_>, trig: Span, cl: Span) -> bool {
    for i in doc.tokens_in(Span::new(trig.end, cl.end)).take(10) {
        let w = cue_word(doc, i);
        if HYPOTHETICAL.contains(&w.as_ref()) {
            return true;
        }
        let t = doc.tokens[i];
        let raw = t.text(doc.text);
        let in_np = matches!(
            w.as_ref(),
            "of" | "by" | "from" | "to" | "for" | "with" | "the" | "a" | "an" | "its" | "their"
        ) || raw.starts_with(char::is_uppercase)
            || raw.contains(|c: char| c.is_ascii_digit() || c == '-')
            || doc.mention_covering(t.span.start).is_some();
        if !in_np {
            return false;
        }
    }
    false
}

/// Is the trigger token used as a noun here?
fn used_as_noun(doc: &Doc<'_>, ti: usize) -> bool {
    let prev = if ti > 0 {
        doc.word_cow(ti - 1)
    } else {
        "".into()
    };
    let next = doc.word_cow(ti + 1);
    // "the clearest sign": a determiner two words back and a modifier in between.
    if ti > 1
        && DETERMINERS.contains(&doc.word_cow(ti - 2).as_ref())
        && doc.tokens[ti - 1].kind == TokenKind::Word
        && !prev.ends_with("ly")
    {
        return true;
    }
    // An -s form is a verb only right after its subject ("Iraq demands", "it threatens").
    let w = doc.word_cow(ti);
    if w.ends_with('s') && !w.ends_with("ss") {
        let subject_before = ti > 0
            && (doc
                .mention_covering(doc.tokens[ti - 1].span.start)
                .is_some()
                || [
                    "it", "he", "she", "who", "which", "also", "now", "still", "often",
                ]
                .contains(&prev.as_ref()));
        if !subject_before {
            return true;
        }
    }
    DETERMINERS.contains(&prev.as_ref())
        || prev == "'s"
        || prev == "’s"
        || prev == "of"
        || prev == "in"
        || ["of", "on", "against", "by", "would", "was", "were", "is"].contains(&next.as_ref())
        || (ti > 0
            && doc.tokens[ti - 1].kind == TokenKind::Word
            && doc
                .mention_covering(doc.tokens[ti - 1].span.start)
                .is_some()
            && !["has", "have"].contains(&prev.as_ref()))
}

/// "told a U.S.-USSR business meeting the Soviet Union produces": a meeting that is the
/// hearer of a verb of telling (the verb, then a determiner at most seven words before the
/// trigger at `ti`, with no clause of its own between) is where words were said, not an
/// encounter with the name after it.
fn told_meeting(doc: &Doc<'_>, ti: usize) -> bool {
    (1..=7).any(|back| {
        ti > back
            && matches!(
                doc.word_cow(ti - back - 1).as_ref(),
                "told" | "tells" | "tell" | "telling" | "addressed" | "addresses" | "addressing"
            )
            && matches!(doc.word_cow(ti - back).as_ref(), "a" | "an" | "the")
            // (Not "told the DIHT that his meeting with Baker": a clause of its own.)
            && (ti - back + 1..ti).all(|j| {
                !matches!(
                    doc.word_cow(j).as_ref(),
                    "that" | "his" | "her" | "their" | "its" | "which" | "who" | "," | "\""
                )
            })
    })
}

/// (relc26) "John Snow visits Ireland next week", "Blair meets Bush": an -s form right after a
/// name that is no possessor, with another name right after it, is the first name's verb, not
/// a noun the name modifies ("a Snow visit"). Not after a determiner ("the Blair visits").
fn s_form_between_names(doc: &Doc<'_>, ti: usize) -> bool {
    let w = doc.tokens[ti].text(doc.text);
    if ti == 0 || !w.ends_with('s') || w.ends_with("ss") {
        return false;
    }
    let Some(k) = doc.mention_covering(doc.tokens[ti - 1].span.start) else {
        return false;
    };
    let first = doc.token_at_or_after(doc.mentions[k].span.start);
    let next = doc
        .tokens
        .get(ti + 1)
        .and_then(|t| doc.mention_covering(t.span.start))
        .filter(|&n| doc.mentions[n].span.start == doc.tokens[ti + 1].span.start);
    next.is_some()
        && doc.mentions[k].span.end == doc.tokens[ti - 1].span.end
        && !doc.is_possessor(k)
        && !(first > 0 && DETERMINERS.contains(&doc.word_cow(first - 1).as_ref()))
}

fn is_verb_context(doc: &Doc<'_>, ti: usize) -> bool {
    let prev = if ti > 0 {
        doc.word_cow(ti - 1)
    } else {
        "".into()
    };
    [
        "to", "will", "would", "could", "has", "have", "had", "not", "did", "does", "may", "might",
        "must", "can", "already", "also", "is", "are", "was", "were", "be", "been", "being", "who",
        "which",
    ]
    .contains(&prev.as_ref())
        || doc.tokens[ti].text(doc.text).ends_with("ed")
        || s_form_between_names(doc, ti)
        // "Israel's bombing of Gaza", "the killing of X": a gerund after a possessive or a
        // determiner is a noun.
        || doc.tokens[ti].text(doc.text).ends_with("ing")
            && !(prev == "'s"
                || prev == "’s"
                || DETERMINERS.contains(&prev.as_ref()) && doc.word_cow(ti + 1) == "of")
}

pub(crate) fn find(doc: &Doc<'_>, quotes: &[QuoteOut], affils: &[Affil]) -> Vec<RelationRecord> {
    let mut out = Vec::new();
    let ex = &doc.pipeline.extractor;
    // Every token lower-cased once (not four times per word, as the trigger window slides).
    let lowered: Vec<std::borrow::Cow<'_, str>> =
        (0..doc.tokens.len()).map(|j| doc.word_cow(j)).collect();
    // Each token looked up once in the word tables.
    let info: Vec<Option<&WordInfo>> = lowered.iter().map(|w| ex.word(w)).collect();
    if is_sports(&info) {
        return out;
    }
    for (si, s) in doc.sentences.iter().enumerate() {
        let range = doc.tokens_in(s.span);
        // Headlines drop articles and tense ("Lawmakers Vote to Expel U.S. Troops"); the
        // story's own sentences state the event.
        if crate::text::is_headline_case(s.span.slice(doc.text)) {
            continue;
        }
        // Words that make a sale, supply or aid military rather than trade (looked for
        // only when a sale or supply is found).
        let military = || {
            range
                .clone()
                .any(|j| MILITARY_WORDS.contains(&lowered[j].as_ref()))
        };
        let aid_words = || {
            range
                .clone()
                .any(|j| AID_WORDS.contains(&lowered[j].as_ref()))
        };
        protection_attacks(doc, s.span, range.clone(), (&lowered, &info), &mut out);
        // Which of the per-sentence finders below can find anything (their words' flags).
        let (pay, aid) = sentence_marks(&info[range.clone()]);
        if pay {
            paid_for(doc, si, range.clone(), &lowered, quotes, &mut out);
        }
        backed_compound(doc, si, range.clone(), &lowered, &mut out);
        guaranteed_debt(doc, si, range.clone(), &lowered, quotes, &mut out);
        let mut skip_until = 0usize;
        for ti in range.clone() {
            if ti < skip_until {
                continue;
            }
            let t = doc.tokens[ti];
            if t.kind != TokenKind::Word {
                continue;
            }
            let w = &lowered[ti];
            let next = &lowered[ti + 1..(ti + 5).min(range.end)];
            let (mut extra, mut cands) = ex.trigger_with(info[ti], next);
            // Business patterns ("raised its stake in", "won a contract from") come first.
            if let Some((x, e)) = super::business::trigger(doc, &lowered, ti, range.end) {
                (extra, cands) = (x, vec![e]);
            }
            // A word that starts no trigger (most words): nothing below applies.
            if cands.is_empty() {
                continue;
            }
            // "is in talks with X", "the talks with X": a verb phrase ("talks with") after a
            // preposition or a determiner is its first word's noun.
            if extra > 0
                && ti > range.start
                && cands.iter().all(|e| e.pos == TriggerPos::Verb)
                && (DETERMINERS.contains(&lowered[ti - 1].as_ref())
                    || PREPOSITIONS.contains(&lowered[ti - 1].as_ref()) && lowered[ti - 1] != "to"
                    // "following talks with X", "during talks with X".
                    || matches!(lowered[ti - 1].as_ref(), "following" | "during"))
            {
                if let Some(f) = info[ti] {
                    let nouns: Vec<&EventEntry> = ex
                        .single(f)
                        .into_iter()
                        .filter(|e| e.pos == TriggerPos::Noun)
                        .collect();
                    if !nouns.is_empty() {
                        (extra, cands) = (0, nouns);
                    }
                }
            }
            // "called X a liar", "calling X's plan 'pathetic'": a verb of naming is a stance
            // only with a judgement after the one it names (not "called X to congratulate
            // him", "a group called X").
            let mut named = None;
            if cands.iter().any(|e| e.lemma == NAMING) {
                named = super::stance::named_as(doc, t.span, s.span.end);
                if named.is_some() {
                    cands.retain(|e| e.lemma == NAMING);
                } else {
                    cands.retain(|e| e.lemma != NAMING);
                }
            }
            let tlast = ti + extra;
            let t = phrase_token(doc, ti, tlast);
            if cands.is_empty() || doc.mention_covering(t.span.start).is_some() {
                continue;
            }
            // Triggers inside titles ("Attack Helicopter Battalion", "Finance Minister X") are
            // names, not events.
            let cap = |j: usize| {
                doc.tokens[j]
                    .text(doc.text)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            };
            // "finance minister Binyamin Netanyahu": a trigger inside a title phrase.
            if title_covering(doc, t.span).is_some() {
                continue;
            }
            // "Aid minister Hilary Benn", "the aid agency": a word that is also a trigger noun,
            // right before an office or body noun, names the office ("meet minister X" is a
            // meeting: "meet" is no noun).
            // ("the finance director", "public finance director X": after a determiner or
            // "public", a verb form too is a noun here.)
            if tlast == ti
                && ti + 1 < range.end
                && OFFICE_HEAD_NOUNS.contains(&lowered[ti + 1].as_ref())
                && (cands.iter().any(|e| e.pos == TriggerPos::Noun)
                    || ti > range.start
                        && matches!(
                            lowered[ti - 1].as_ref(),
                            "the" | "a" | "an" | "its" | "his" | "her" | "their" | "public"
                        ))
            {
                continue;
            }
            // "the Lebanese Pound fell": a capitalised word after a demonym is a name.
            let after_demonym = ti > range.start
                && doc
                    .mention_covering(doc.tokens[ti - 1].span.start)
                    .is_some_and(|k| doc.mentions[k].form == crate::ner::Form::Demonym);
            if cap(ti) && after_demonym {
                continue;
            }
            if cap(ti)
                && (ti > range.start
                    && cap(ti - 1)
                    && doc
                        .mention_covering(doc.tokens[ti - 1].span.start)
                        .is_none()
                    || tlast + 1 < range.end
                        && doc.tokens[tlast + 1].kind == TokenKind::Word
                        && cap(tlast + 1)
                        && doc
                            .mention_covering(doc.tokens[tlast + 1].span.start)
                            .is_none())
            {
                continue;
            }
            let prev_w = if ti > range.start {
                lowered[ti - 1].as_ref()
            } else {
                ""
            };
            // "told visiting Secretary X", "the visiting delegation": the visitor follows.
            if w == "visiting"
                && (DETERMINERS.contains(&prev_w) || VISITING_BEFORE.contains(&prev_w))
            {
                continue;
            }
            if w == "meeting" && told_meeting(doc, ti) {
                continue;
            }
            // "hedge fund", "pension fund": a noun.
            if w == "fund" && FUND_KINDS.contains(&prev_w) {
                continue;
            }
            // "phone banking services", "telephone lines": the noun before a noun.
            if matches!(w.as_ref(), "phone" | "phones" | "telephone" | "telephones")
                && tlast == ti
                && lower_word(doc, ti + 1)
                && !PREPOSITIONS.contains(&lowered[ti + 1].as_ref())
                && !DETERMINERS.contains(&lowered[ti + 1].as_ref())
                && !matches!(
                    lowered[ti + 1].as_ref(),
                    "him" | "her" | "them" | "me" | "us" | "back" | "again" | "later"
                )
            {
                continue;
            }
            // "fought back a bid", "cut back": the bare "back" supports only as a verb after
            // "to", a modal or a negation ("will back", "did not back").
            if w == "back"
                && ![
                    "to", "will", "would", "could", "should", "may", "might", "must", "not",
                    "also", "cannot", "can", "and", "they", "we", "i", "you", "firmly", "fully",
                    "strongly",
                ]
                .contains(&prev_w)
            {
                continue;
            }
            let noun = if cands.iter().all(|e| e.pos == TriggerPos::Noun) {
                true
            } else if cands.iter().all(|e| e.pos == TriggerPos::Verb) {
                // A verb-only form used as a noun ("the clearest sign") is no event.
                let prev = if ti > 0 {
                    doc.word_cow(ti - 1)
                } else {
                    "".into()
                };
                // "The court this month rejected": a time phrase, not a determiner and a
                // modifier before a noun.
                // "The minister met", "the company bought": a past or -s form after a
                // description noun is its verb.
                let described = ti > 0
                    && super::coref::description_at(doc, ti - 1).is_some()
                    && cands.iter().all(|e| e.lemma != w.as_ref());
                let det_before = DETERMINERS.contains(&prev.as_ref())
                    || (ti > 1
                        && !described
                        && prev != "latter"
                        && prev != "former"
                        && !TIME_NOUNS.contains(&prev.as_ref())
                        // "a statement accusing X": a statement noun before a participle.
                        // (relb25) "has written to the watchdog accusing X": a participle of
                        // words said of someone after any noun.
                        && !(w.ends_with("ing")
                            && (STATEMENT_NOUNS.contains(&prev.as_ref())
                                || cands
                                    .iter()
                                    .any(|e| SAID_OF_LEMMAS.contains(&e.lemma.as_str()))))
                        && DETERMINERS.contains(&doc.word_cow(ti - 2).as_ref())
                        && doc.tokens[ti - 1].kind == TokenKind::Word
                        && doc
                            .mention_covering(doc.tokens[ti - 1].span.start)
                            .is_none());
                // "an analyst at fund manager X": a verb form right after a preposition is a
                // noun, unless it is an infinitive or a gerund ("to fund", "by attacking").
                // "has since attacked": "since" as an adverb before a participle.
                let after_prep = PREPOSITIONS.contains(&prev.as_ref())
                    && prev != "to"
                    && !w.ends_with("ing")
                    && !(prev == "since" && w.ends_with("ed"));
                // "two radio stations to X": an -s form is a verb only right after its subject.
                // ("talks with", "calls for" name the event itself and stay.)
                let plural_noun = w.ends_with('s')
                    && !cands.iter().any(|e| {
                        matches!(e.rel_type.as_str(), "negotiates" | "demands" | "appeals")
                    })
                    && !w.ends_with("ss")
                    && ti > range.start
                    && doc.tokens[ti - 1].kind == TokenKind::Word
                    && doc
                        .mention_covering(doc.tokens[ti - 1].span.start)
                        .is_none()
                    && !doc.tokens[ti - 1]
                        .text(doc.text)
                        .starts_with(|c: char| c.is_uppercase())
                    && ![
                        "it", "he", "she", "who", "which", "also", "now", "still", "often", "that",
                        "and", "or", "then",
                    ]
                    .contains(&prev.as_ref())
                    && !prev.ends_with("ly")
                    && !described;
                if det_before || after_prep || plural_noun {
                    continue;
                }
                false
            } else {
                used_as_noun(doc, ti) && !is_verb_context(doc, ti)
            };
            let want = if noun {
                TriggerPos::Noun
            } else {
                TriggerPos::Verb
            };
            let Some(entry) = cands
                .iter()
                .find(|e| e.pos == want)
                .or(cands.first())
                .copied()
            else {
                continue;
            };
            let in_quote = quotes.iter().any(|q| q.content.contains(t.span));
            let cl = clause_with(doc, s.span, ti, |j| lowered[j].as_ref());
            let mut rel_type = entry.rel_type.clone();
            let mut cameo = entry.cameo.clone();
            // "threats of sanctions": one threat event, coded 1312.
            let ahead = &lowered[ti + 1..(ti + 4).min(range.end)];
            if rel_type == "threatens" {
                if let Some(p) = ahead.iter().position(|w| {
                    w == "sanctions" || w == "sanction" || w == "embargo" || w == "boycott"
                }) {
                    cameo = "1312".to_string();
                    skip_until = ti + 2 + p;
                } else if ahead
                    .iter()
                    .any(|w| w == "cut" || w == "freeze" || w == "ban" || w == "halt")
                {
                    cameo = if ahead.iter().any(|w| w.contains("aid")) {
                        "1311".to_string()
                    } else {
                        "131".to_string()
                    };
                } else if ahead.iter().any(|w| {
                    [
                        "strike", "strikes", "attack", "force", "war", "military", "bomb", "invade",
                    ]
                    .contains(&w.as_ref())
                }) {
                    cameo = "138".to_string();
                }
            }
            // "captured three army posts", "seized the town": taking places is occupying
            // territory (CAMEO 192); only capturing people is an arrest.
            let takes_ground = TAKE_VERBS.contains(&w.as_ref()) && takes_places(doc, tlast, cl.end);
            if takes_ground {
                rel_type = "occupies".to_string();
                cameo = "192".to_string();
            }
            if rel_type == "sanctions"
                && noun
                && ti > range.start
                && doc.word_cow(ti - 1) == "trigger"
            {
                // "would trigger sanctions": consequence, no actor stated.
                continue;
            }
            // "will meet Germany in Sunday's cup match": teams meet in games.
            if rel_type == "meets"
                && doc
                    .tokens_in(cl)
                    .any(|j| MATCH_WORDS.contains(&lowered[j].as_ref()))
            {
                continue;
            }
            // "to meet U.S. demands", "meeting the Lisbon targets": meeting a requirement is
            // no meeting with whoever set it.
            if entry.lemma == "meet"
                && (tlast + 1..(tlast + 5).min(range.end))
                    .any(|j| MET_REQUIREMENTS.contains(&lowered[j].as_ref()))
            {
                continue;
            }
            // "said he admires X": a feeling inside reported words is the stance reader's
            // (`stance`), which weighs the speaker's negations and hedges; this reader takes
            // only the narrator's ("X has long admired Y").
            if entry.lemma == "admire" && in_quote {
                continue;
            }
            let trigger = Trigger {
                si,
                sent: s.span,
                cl,
                ti,
                tlast,
                entry,
            };
            let args = if noun { noun_args } else { verb_args };
            let (mut src, mut tgt) = args(doc, &trigger, quotes, affils);
            described_object(doc, &trigger, noun, quotes, affils, src.as_ref(), &mut tgt);
            // "bought 30,000 tonnes of French maize", "sold wheat to Tunisia to Peru and Chile": a
            // commodity deal's partner countries (`trade`), which may modify the goods ("U.S.
            // wheat"); "with Italy buying": a gerund's subject right before it.
            let commodity = tgt.is_empty() && !noun && {
                if let Some(a) = super::trade::gerund_subject(doc, ti).and_then(|k| arg(doc, k)) {
                    src = Some(a);
                }
                let partner = src
                    .filter(|a| {
                        matches!(
                            doc.res.entities[a.entity].kind,
                            EntityKind::Country | EntityKind::Organization
                        )
                    })
                    .and_then(|a| {
                        super::trade::commodity_partner(
                            doc,
                            &entry.lemma,
                            (ti, tlast),
                            cl.end,
                            s.span,
                            a.span,
                        )
                    });
                if let Some(k) = partner {
                    tgt.extend(arg(doc, k));
                    tgt.extend(
                        coordinated_objects(doc, k, cl.end)
                            .filter(|&c| doc.kind(c) == EntityKind::Country)
                            .filter_map(|c| arg(doc, c)),
                    );
                }
                !tgt.is_empty()
            };
            let attended = rela20_args(doc, &trigger, noun, (quotes, affils), &mut src, &mut tgt);
            let r21 = rela21_args(doc, &trigger, noun, (quotes, affils), &mut src, &mut tgt);
            let r22 = rela22_args(doc, &trigger, noun, &mut src, &mut tgt);
            let r23v = rela23v_args(doc, &trigger, noun, &mut src, &mut tgt);
            let r24d = rela24d_args(doc, &trigger, noun, (quotes, affils), (&mut src, &mut tgt));
            rela24w_args(doc, &trigger, noun, &mut src, &mut tgt);
            relb25_args(doc, &trigger, noun, (quotes, affils), (&mut src, &mut tgt));
            let r27 = reldip27_args(doc, &trigger, noun, (quotes, affils), (&mut src, &mut tgt));
            relpol28_args(doc, &trigger, noun, &mut src, &tgt);
            if let Some((t, c)) = r27.code {
                (rel_type, cameo) = (t.to_string(), c.to_string());
            }
            if let Some((t, c)) = r23v.code {
                (rel_type, cameo) = (t.to_string(), c.to_string());
            }
            if let Some((t, c)) = r21.code {
                (rel_type, cameo) = (t.to_string(), c.to_string());
            }
            // (relbiz) "discussed A with X, B with Y and C with Z": each partner of the list.
            if matches!(
                rel_type.as_str(),
                "negotiates" | "meets" | "cooperates" | "signs"
            ) {
                let more: Vec<Arg> = tgt
                    .last()
                    .and_then(|a| doc.mention_covering(a.span.start))
                    .map(|k| parallel_with(doc, k, cl.end))
                    .unwrap_or_default()
                    .into_iter()
                    .filter_map(|k| arg(doc, k))
                    .collect();
                tgt.extend(more);
            }
            // "The two companies held talks": the two companies the story names.
            if tgt.is_empty()
                && matches!(
                    rel_type.as_str(),
                    "negotiates" | "meets" | "cooperates" | "agrees"
                )
            {
                if let Some((a, b)) = two_companies(doc, si, cl, ti) {
                    (src, tgt) = (Some(a), vec![b]);
                }
            }
            // The one named is the one judged, by the judgement's polarity.
            if let Some((who, named_type, named_cameo)) = named {
                tgt = match who {
                    super::stance::Named::Mention(k) => arg(doc, k).into_iter().collect(),
                    // "Smith called him a liar": the person "him" stands for, with the
                    // same refusals as any object pronoun.
                    super::stance::Named::Pronoun(pos) => src
                        .filter(|&a| actor_next_to(doc, a, ti))
                        .and_then(|a| {
                            object_pronoun_antecedent(doc, (si, cl), pos, Some(a), quotes)
                        })
                        .into_iter()
                        .collect(),
                };
                rel_type = named_type.to_string();
                cameo = named_cameo.to_string();
            }
            // "talks between the Taliban and the United States": the two sides, not the host.
            // "a meeting between A, B and C": the first side with each of the others.
            // "a resumption of ties between A and B": restoring or cutting ties binds the two.
            // "the merger of A and B", "a merger between A and B", "the A-B merger": the two
            // companies merge with each other.
            let merger = noun && matches!(entry.lemma.as_str(), "merger" | "joint venture");
            let between = (matches!(rel_type.as_str(), "negotiates" | "meets")
                || matches!(cameo.as_str(), "054" | "161")
                || merger
                || agreement_noun(entry, noun))
            .then(|| {
                talks_between(doc, tlast, cl, merger)
                    .or_else(|| noun.then(|| hyphen_pair(doc, ti, cl)).flatten())
            })
            .flatten();
            let (mut src, mut co_given) = match (between, src) {
                (Some(mut sides), _) => {
                    tgt = sides.split_off(1);
                    (sides[0], true)
                }
                (None, Some(src)) => (src, false),
                (None, None) => continue,
            };
            // "Russia and China held talks": with no one named after it, a meeting or
            // negotiation is between the coordinated subjects.
            if tgt.is_empty()
                && match rel_type.as_str() {
                    // ("X and Y addressed the crowd": a speech, not a meeting.)
                    "negotiates" | "meets" | "cooperates" | "cuts_ties" => {
                        entry.lemma != "address"
                            && (reciprocal_use(doc, ti, tlast, noun, cl)
                                || noun
                                    && rel_type == "cooperates"
                                    && entry.lemma != "merger"
                                    && formed_together(doc, ti, cl))
                    }
                    // "France and Germany agree that ...": each side agrees with the other.
                    "agrees" if noun => made_agreement(doc, ti, cl),
                    // ("Clinton and O'Malley have pledged to act": each promises, to no one
                    // of the two; "pledged to cooperate", "to work together" is mutual.)
                    "agrees" => {
                        !noun
                            && (entry.lemma != "pledge" || pledged_together(doc, tlast, cl))
                            && agreement_between_subjects(doc, tlast, cl)
                            && !someone_else_to(doc, ti)
                    }
                    "signs" => !noun && signed_document(doc, tlast, cl),
                    _ => false,
                }
            {
                // The sides in the order they are named: "Iraq and Iran met" is Iraq meeting Iran.
                // "A and B said they formed a joint venture": the subjects "they" stands for.
                let mut sides = if src.span.is_empty() {
                    plural_pronoun_partners(doc, src, si)
                } else {
                    coordinated_subjects(doc, src, cl)
                };
                if sides.is_empty() {
                    sides.extend(it_and_partner(doc, src, si, (quotes, affils)));
                }
                sides.reverse();
                sides.push(src);
                src = sides[0];
                tgt = sides.split_off(1);
                co_given = true;
            }
            // "talks between the U.S. and Canada, Grant Reuber said", "merger discussions with
            // MCI, Reuters quoted sources as saying": the one who reports the event, named in
            // an attribution after a comma, is none of its sides.
            let at = doc.tokens[ti].span;
            tgt.retain(|a| {
                !quotes.iter().any(|q| {
                    q.record.speaker_mention.as_ref().is_some_and(|m| {
                        m.start <= a.span.start
                            && a.span.end <= m.end
                            && at.end <= m.start
                            && doc.text[at.end..m.start].contains(',')
                            && m.end <= s.span.end
                    })
                })
            });
            if tgt.is_empty() {
                continue;
            }
            // "air strikes", "held talks": the words of a phrase that gave an event give no
            // other of their own ("strikes" as an attack, "talks" as a noun).
            skip_until = skip_until.max(tlast + 1);
            // "Turkey and India bought": every coordinated subject acts.
            // "A and B said they are open to talks": "they" stands for every coordinated
            // subject. "A and B are in talks with C": a noun's light-verb subject is
            // coordinated like a verb's (a possessor or a modifier right before it is not).
            // "a meeting between A, B and C": every side meets every later one (A-B, A-C, B-C).
            let co = if co_given {
                tgt[..tgt.len() - 1].to_vec()
            } else if src.span.is_empty() {
                plural_pronoun_partners(doc, src, si)
            } else if !noun
                || src.span.end + 1 < t.span.start
                    && doc
                        .mention_covering(src.span.start)
                        .is_some_and(|k| !doc.is_possessor(k) && !doc.is_modifier(k))
            {
                coordinated_subjects(doc, src, cl)
            } else {
                Vec::new()
            };
            if rel_type == "negotiates"
                && tgt
                    .iter()
                    .all(|a| doc.res.entities[a.entity].kind == EntityKind::Weapon)
            {
                // Talks about buying a weapon.
                rel_type = "negotiates".to_string();
            }
            // "did not sanction India for its purchase": cues before a possessed noun's
            // possessive belong to another verb.
            let poss = noun
                .then(|| {
                    (ti.saturating_sub(3)..ti)
                        .find(|&j| ["its", "their", "'s", "’s"].contains(&lowered[j].as_ref()))
                        .map(|j| doc.tokens[j].span)
                })
                .flatten();
            let mut m = modality(
                doc,
                r23v.modality_clause.unwrap_or(cl),
                t.span,
                in_quote,
                entry.pos,
                noun,
                poss.or(Some(src.span).filter(|s| !s.is_empty())),
            );
            if rel_type == "negotiates"
                && m == Modality::Asserted
                && tgt
                    .iter()
                    .any(|a| doc.res.entities[a.entity].kind == EntityKind::Weapon)
            {
                m = Modality::Intended;
            }
            // "made a bid for Volvo": a bid is an offer to buy, not a purchase.
            if entry.lemma == "bid" && m == Modality::Asserted {
                m = Modality::Intended;
            }
            m = super::business::modality(doc, cl, t.span, entry, m);
            if r21.asserted {
                m = Modality::Asserted;
            }
            if (r22.intended || r24d.intended)
                && matches!(m, Modality::Asserted | Modality::Reported)
            {
                m = Modality::Intended;
            }
            // (relbiz) "called off the merger with X", "said the merger with X was off": the
            // side that calls a merger off rejects the other.
            if merger && merger_called_off(doc, cl, ti, tlast) {
                (rel_type, cameo) = ("rejects".to_string(), "120".to_string());
                m = if in_quote {
                    Modality::Reported
                } else {
                    Modality::Asserted
                };
            }
            // "ended his partnership with X": a cooperation that ends is no cooperation edge.
            if rel_type == "cooperates" && ends_relation(doc, cl, t.span) {
                continue;
            }
            if !noun && matches!(m, Modality::Asserted | Modality::Reported) {
                if let Some(f) = for_infinitive(doc, ti, src.span) {
                    m = f;
                }
            }
            let date = doc.date_in(cl).or_else(|| doc.date_in(s.span));
            for (src, tg) in std::iter::once(src)
                .chain(co)
                .flat_map(|a| tgt.iter().map(move |&t| (a, t)))
            {
                if tg.entity == src.entity
                    || co_given
                        && tgt
                            .iter()
                            .position(|a| a.span == src.span)
                            .is_some_and(|i| tgt[..=i].iter().any(|a| a.span == tg.span))
                {
                    continue;
                }
                let src_e = &doc.res.entities[src.entity];
                // "X investors unhappy with Y", "those supporting X, who are irritated by Y":
                // the angry are a group the name describes, not the named.
                if entry.lemma == "angry at" && !src.span.is_empty() && group_of(doc, src.span) {
                    continue;
                }
                let tgt_e = &doc.res.entities[tg.entity];
                if !super::business::keep(doc, entry, (src.entity, tg.entity), tg.span, t.span.end)
                {
                    continue;
                }
                // "he pledged his support to the Trump campaign" read as Trump's: a candidate
                // and their own campaign are one side.
                if own_campaign(doc, src.entity, tg.entity)
                    || own_campaign(doc, tg.entity, src.entity)
                {
                    continue;
                }
                // "asked Bush if he was", "asking reporter X whether": a question, no appeal.
                if entry.lemma == "ask" && asked_question(doc, t.span, tg.span) {
                    continue;
                }
                // (relprec28) "the Irish duo cut off talks", "agreements between the UAW and
                // Japanese automakers": a category of people or firms is no side; "asked Ivo
                // Marsh's lawyer": the lawyer, not the person who has one.
                // (A state's sanction or threat may name its firms as the target: "threatened
                // to restrict Japanese construction firms".)
                let coercive =
                    cameo.starts_with("13") || cameo.starts_with("16") || cameo.starts_with("17");
                if describes_category(doc, src.span)
                    || !coercive && describes_category(doc, tg.span)
                    // ("railed against Democratic debate moderators")
                    || [src, tg].iter().any(|a| {
                        doc.mention_covering(a.span.start)
                            .is_some_and(|k| doc.party_thing(k))
                    })
                    || [src, tg]
                        .iter()
                        .any(|&a| names_someone_else(doc, a) || modifies_person_noun(doc, a))
                {
                    continue;
                }
                // "Kerry attacked President Bush": one person attacking another in the news is
                // a verbal attack (CAMEO 111), not the use of force.
                // "The Tories attacked Labour", "Greenpeace attacked Shell": a party, a
                // campaign group, a think tank, a newspaper or a company attacks in words too.
                // "Blair attacked France over its farm subsidies": what the target is attacked
                // over or for is its own doing, a verbal attack whoever the target is.
                let civilian = src_e.kind == EntityKind::Person
                    || VERBAL_ATTACK.contains(&entry.lemma.as_str())
                        && civilian_body(doc, src.entity);
                let over_its = || {
                    let after = &doc.text[tg.span.end..];
                    [" over its ", " over his ", " over her ", " over their "]
                        .iter()
                        .chain(&[" for its ", " for his ", " for her ", " for their "])
                        .chain(&[" for failing ", " for not "])
                        .any(|p| after.starts_with(p))
                };
                // A break-in on someone's computers is no attack in words, whoever makes it.
                let verbal = rel_type == "attacks"
                    && civilian
                    && entry.lemma != "hack"
                    && (matches!(tgt_e.kind, EntityKind::Person | EntityKind::Organization)
                        && !matches!(doc.lexicon_type(tg.entity), Some("militant" | "military"))
                        || VERBAL_ATTACK.contains(&entry.lemma.as_str()) && over_its());
                // "meet Wall Street expectations", "insisted on BBC coverage": only movement and
                // force take a place as their target.
                // "captured Kismayo", "captured East Jerusalem": taking a place or a
                // country's ground is occupying it; no country is arrested (its people are:
                // "captured two Iranian soldiers").
                let country_ground = tgt_e.kind == EntityKind::Country
                    && doc
                        .mention_covering(tg.span.start)
                        .is_some_and(|k| doc.mentions[k].form != crate::ner::Form::Demonym);
                let (rel_type, cameo) = if TAKE_VERBS.contains(&w.as_ref())
                    && (tgt_e.kind == EntityKind::Location || country_ground)
                {
                    ("occupies".to_string(), "192".to_string())
                } else {
                    (rel_type.clone(), cameo.clone())
                };
                // "Cruz has captured Texas and Oklahoma": in a report on primaries or
                // caucuses a candidate who captures a state wins its vote; nobody occupies it
                // (nor "Georgia", read as the country).
                if rel_type == "occupies"
                    && src_e.kind == EntityKind::Person
                    && (is_province(doc, tg.entity) || tgt_e.kind == EntityKind::Country)
                    && election_report(doc.text)
                {
                    continue;
                }
                // "his support for the Ohio governor", "Vermont Sen. Bernie Sanders": a place
                // before a title names where the unnamed (or next) person holds office.
                if tgt_e.kind == EntityKind::Location
                    && doc.mention_covering(tg.span.start).is_some_and(|k| {
                        let end = doc.mentions[k].span.end;
                        doc.titles
                            .iter()
                            .any(|t| t.span.start == end + 1 && doc.text[end..].starts_with(' '))
                    })
                {
                    continue;
                }
                // A state or province may be sued, ruled against, backed or urged: its
                // government acts ("the ACLU sued Ohio").
                if tgt_e.kind == EntityKind::Location
                    && !TAKES_PLACE.contains(&rel_type.as_str())
                    && !(is_province(doc, tg.entity)
                        && matches!(
                            rel_type.as_str(),
                            "accuses" | "criticizes" | "rejects" | "supports" | "appeals"
                        ))
                {
                    continue;
                }
                // "met Norway's demands", "met Neville's cross": what a possessor has is met,
                // not the possessor (but "met Kuwait's Crown Prince" meets its office holder).
                if rel_type == "meets"
                    && doc
                        .mention_covering(tg.span.start)
                        .is_some_and(|k| possesses_thing(doc, k))
                {
                    continue;
                }
                // "a tour of Asia": a tour visits a place ("tours of Parliament" are guided).
                if entry.lemma == "tour"
                    && !matches!(tgt_e.kind, EntityKind::Country | EntityKind::Location)
                {
                    continue;
                }
                // "received a U.S. Navy contract": receiving and hosting are meetings only with
                // a person.
                if matches!(entry.lemma.as_str(), "receive" | "host")
                    && tgt_e.kind != EntityKind::Person
                {
                    continue;
                }
                // "defended Trump" backs him; "defend OPEC's prices", "defending the Labour
                // seat", "help defend Pennsylvania": what a body or a place has is defended.
                if entry.lemma == "defend" && tgt_e.kind != EntityKind::Person {
                    continue;
                }
                // "its acquisition of Kerry Packer's television holdings": a person's holdings
                // are bought, never the person.
                // (relbiz) "the repurchase of shares from investor X": the seller of shares.
                if rel_type == "buys"
                    && tgt_e.kind == EntityKind::Person
                    && !(noun && entry.lemma == "purchase" && sold_from(doc, tg.span))
                {
                    continue;
                }
                // "US gamers will be able to buy Sony", "a German firm wanted to buy Fiat": a
                // demonym or a name that describes the buyer is not the buyer.
                if matches!(rel_type.as_str(), "buys" | "sells")
                    && tgt_e.kind == EntityKind::Organization
                    && src_e.kind == EntityKind::Country
                    && doc.mention_covering(src.span.start).is_some_and(|k| {
                        doc.mentions[k].form == crate::ner::Form::Demonym
                            || subject_modifies_noun(doc, k, ti)
                    })
                {
                    continue;
                }
                // "Three former Vendrum administration officials are supporting X", "Trump
                // supporters attacked X": a person's name that modifies the subject's head noun
                // is not the actor (unlike a country's: "Japanese banks want").
                if src_e.kind == EntityKind::Person
                    && doc
                        .mention_covering(src.span.start)
                        .is_some_and(|k| names_group(doc, k, ti))
                {
                    continue;
                }
                // A target that only modifies a common noun is not what the event is done to:
                // "visit an HIV clinic", "welcome BNP votes" (a body is not visited, welcomed,
                // asked or met), "block Japanese firms", "purchases of U.S. wheat".
                let modifier_target = matches!(
                    rel_type.as_str(),
                    "visits" | "praises" | "appeals" | "meets" | "agrees"
                ) && tgt_e.kind == EntityKind::Organization
                    || entry.lemma == "block"
                    || rel_type == "cuts_ties"
                    || matches!(rel_type.as_str(), "buys" | "sells")
                        && tgt_e.kind == EntityKind::Country;
                // ("met Nordbank officials": meeting a body's envoys is meeting the body.)
                if modifier_target
                    && !commodity
                    && !attended
                    && doc.mention_covering(tg.span.start).is_some_and(|k| {
                        modifies_common_noun(doc, k)
                            && !(rel_type == "meets" && envoys_named_by(doc, k))
                            // "Nigeria and NATO reached an agreement": a coordinated subject
                            // right before the verb of an agreement noun modifies nothing.
                            && !(co_given && noun && {
                                let j = token_after(doc, k);
                                j < ti && ti - j <= 3 && (j..ti).all(|i| lower_word(doc, i))
                            })
                    })
                {
                    continue;
                }
                // "LNM merged with Dutch steel maker X", "American's merger with AirCal": only
                // companies merge; a country or a demonym there describes one.
                // "Renault's bid for Volvo": a bid buys a company; "a bid for the Olympics" or
                // "Iran's bid for membership" buys nothing.
                // "his bid for the White House": a lexicon body other than a company is an
                // office, not a takeover target.
                // The bidder is no public body either, and the target follows "for" directly.
                if entry.lemma == "bid"
                    && !r24d.received_bid
                    && (tgt_e.kind != EntityKind::Organization
                        || doc.word_cow(tlast + 1) != "for"
                        || tg.span.start < t.span.end
                        || !(matches!(
                            doc.text[t.span.end..tg.span.start].trim(),
                            // "a bid for <Acme Corp>": wire copy brackets the name.
                            "for" | "for the" | "for <"
                        ) || described_bid_target(doc, tlast, cl.end, tg.span))
                        || [tg.entity, src.entity]
                            .iter()
                            .any(|&e| doc.lexicon_type(e).is_some_and(|t| t != "company")))
                {
                    continue;
                }
                // "challenged Smith to a debate", "challenged Acme to explain": a challenge to
                // do something is a demand; "challenged the ruling", "challenged Smith's
                // figures", "challenged Smith for the leadership" are not.
                // (relc26) "challenged the Angolan government to ...": a state's organ after
                // its demonym or name is the one challenged.
                let challenged_end = doc
                    .mention_covering(tg.span.start)
                    .map(|k| token_after(doc, k))
                    .filter(|&n| {
                        n < doc.tokens.len() && STATE_AGENTS.contains(&lowered[n].as_ref())
                    })
                    .map_or(tg.span.end, |n| doc.tokens[n].span.end);
                // (relc26) "forced Taiwan to revalue": forcing someone to act demands it.
                if matches!(entry.lemma.as_str(), "challenge" | "force to")
                    && (!doc.text[challenged_end..].starts_with(" to ")
                        || !matches!(
                            tgt_e.kind,
                            EntityKind::Person | EntityKind::Organization | EntityKind::Country
                        ))
                {
                    continue;
                }
                // (relb25) "charged Acme with fraud", "was charged with bribery by X": a charge
                // names its offence after "with"; "charged customers a fee" is none. A person
                // who "was charged" is charged in law ("was charged in the United States").
                let charged_person = tgt_e.kind == EntityKind::Person
                    && ti > 0
                    && matches!(lowered[ti - 1].as_ref(), "was" | "were" | "been" | "is");
                if entry.lemma == "charge"
                    && (!doc
                        .tokens_in(Span::new(t.span.end, cl.end))
                        .any(|j| lowered[j] == "with")
                        && !charged_person
                        || !matches!(
                            tgt_e.kind,
                            EntityKind::Person | EntityKind::Organization | EntityKind::Country
                        ))
                {
                    continue;
                }
                // "is to call on President X in Brasilia": calling on a person with nothing for
                // them to do is a visit, not an appeal ("called on X to resign").
                if entry.lemma == "call on"
                    && tgt_e.kind == EntityKind::Person
                    && !doc
                        .tokens_in(Span::new(tg.span.end, cl.end))
                        .any(|j| lowered[j] == "to")
                {
                    continue;
                }
                // "funded his own trip to Kenya", "funded Draper's trip": what a possessor
                // has is funded, not a name after it (`paid_for` gives paid travel).
                if entry.lemma == "fund"
                    && !noun
                    && (matches!(
                        doc.word_cow(tlast + 1).as_ref(),
                        "his" | "her" | "their" | "its" | "our" | "my"
                    ) || tgt_e.kind == EntityKind::Person
                        && ["'s ", "’s "].iter().any(|p| {
                            doc.text[tg.span.end..].starts_with(p)
                                && doc.text[tg.span.end + p.len()..]
                                    .split(|c: char| !c.is_alphabetic())
                                    .next()
                                    .is_some_and(|w| TRIP_NOUNS.contains(&w))
                        }))
                {
                    continue;
                }
                if matches!(entry.lemma.as_str(), "merge" | "merger")
                    && (src_e.kind != EntityKind::Organization
                        || tgt_e.kind != EntityKind::Organization)
                {
                    continue;
                }
                // "a joint venture with Hungary": companies and states form ventures, not people
                // or places; a state only by its name, not a demonym ("a Thai-Japanese joint
                // venture"), a possessor ("with Japan's NEC") or a city ("Paris-based X").
                if entry.lemma == "joint venture"
                    && [(src_e.kind, src.span), (tgt_e.kind, tg.span)].iter().any(
                        |&(kind, span)| match kind {
                            EntityKind::Organization => false,
                            EntityKind::Country => {
                                doc.mention_covering(span.start).is_none_or(|k| {
                                    doc.mentions[k].form != crate::ner::Form::Name
                                        || doc.is_possessor(k)
                                        || doc.text[doc.mentions[k].span.end..].starts_with('-')
                                })
                            }
                            _ => true,
                        },
                    )
                {
                    continue;
                }
                // "accused an Evening Standard journalist": a body before a title word names
                // the person's employer; the person, unnamed, is the target.
                if tgt_e.kind == EntityKind::Organization
                    && doc.mention_covering(tg.span.start).is_some_and(|k| {
                        let end = doc.mentions[k].span.end;
                        doc.text[end..].starts_with(' ')
                            && doc.titles.iter().any(|t| {
                                t.span.start == end + 1
                                    && doc.text[t.span.start..].starts_with(char::is_lowercase)
                            })
                    })
                {
                    continue;
                }
                // "Mbeki attacked British policy", "attacked Labour's plans": a person attacking
                // a demonym or a possessor attacks words, not the country.
                let verbal = verbal
                    || rel_type == "attacks"
                        && src_e.kind == EntityKind::Person
                        && VERBAL_ATTACK.contains(&entry.lemma.as_str())
                        && doc.mention_covering(tg.span.start).is_some_and(|k| {
                            doc.mentions[k].form == crate::ner::Form::Demonym
                                // "her attacks on Israel policy".
                                || tgt_e.kind == EntityKind::Country
                                    && modifies_common_noun(doc, k)
                                || doc.text[doc.mentions[k].span.end..].starts_with("'s")
                                || doc.text[doc.mentions[k].span.end..].starts_with("’s")
                        });
                // "sold F-35s to Poland": the recipient of a weapon sale is in an arms deal too.
                let weapon_target = tgt_e.kind == EntityKind::Weapon
                    || rel_type == "sells"
                        && tgt
                            .iter()
                            .any(|a| doc.res.entities[a.entity].kind == EntityKind::Weapon);
                // "ordered 30 Airbus A320 planes": buying a maker's products is economic
                // cooperation with the maker, between companies only.
                let product_maker = rel_type == "buys"
                    && !noun
                    && matches!(entry.lemma.as_str(), "buy" | "purchase" | "order")
                    && tgt_e.kind == EntityKind::Organization
                    && product_maker(doc, tlast, cl.end)
                        .is_some_and(|k| doc.mentions[k].span == tg.span);
                if product_maker && src_e.kind != EntityKind::Organization {
                    continue;
                }
                let (rel_type, cameo) = if verbal {
                    ("criticizes".to_string(), "111".to_string())
                } else if product_maker {
                    ("cooperates".to_string(), "061".to_string())
                } else if matches!(rel_type.as_str(), "buys" | "sells")
                    && cameo == "062"
                    && !weapon_target
                    && !military()
                {
                    // Trade and company deals: economic, not military, cooperation.
                    (rel_type.clone(), "061".to_string())
                } else if rel_type == "aids"
                    && !weapon_target
                    && !military()
                    && (!aid_words() || is_company(doc, src.entity))
                {
                    // "supplied South Africa with crude oil", "Airbus is providing American
                    // Airlines with planes": economic exchange, not aid.
                    ("cooperates".to_string(), "061".to_string())
                } else if rel_type == "aids" && cameo == "072" && !weapon_target && !military() {
                    (rel_type.clone(), "070".to_string())
                } else {
                    (rel_type.clone(), cameo.clone())
                };
                if src_e.kind == EntityKind::Weapon
                    || src_e.kind == EntityKind::Location && rel_type != "attacks"
                {
                    continue;
                }
                // "warned it would impose sanctions": a warning of a hostile act is a threat
                // (CAMEO 13x).
                let cameo = if matches!(m, Modality::Intended | Modality::Hypothetical)
                    && warned_before(doc, cl, t.span.start)
                {
                    threat_code(&rel_type).map_or(cameo, str::to_string)
                } else {
                    cameo
                };
                // "will meet", "plans to send aid": a stated intention to cooperate is its own
                // CAMEO event (03x), not the cooperation itself.
                let cameo =
                    if entry.lemma == "fire" && artillery_between(doc, t.span.end, tg.span.start) {
                        "194".to_string()
                    } else {
                        cameo
                    };
                let cameo = if m == Modality::Intended && tgt_e.kind != EntityKind::Weapon {
                    intent_code(&rel_type, &cameo).map_or(cameo, str::to_string)
                } else {
                    cameo
                };
                let mut lo = t.span.start.min(tg.span.start);
                let mut hi = t.span.end.max(tg.span.end);
                if src.span.end > src.span.start && s.span.contains(src.span) {
                    lo = lo.min(src.span.start);
                    hi = hi.max(src.span.end);
                }
                let record = |source: &str, rel_type: &str, lo: usize, hi: usize, tail: &str| {
                    let ev = Span::new(lo.max(s.span.start), hi.min(s.span.end));
                    RelationRecord {
                        source: source.to_string(),
                        target: tgt_e.id.clone(),
                        rel_type: rel_type.to_string(),
                        cameo: Some(cameo.clone()),
                        modality: m,
                        date: date.clone(),
                        title: None,
                        evidence: doc.article.evidence(ev),
                        sentence: Some(doc.article.evidence(s.span)),
                        rule: format!(
                            "event/{}/{}{tail}",
                            if noun { "noun" } else { "verb" },
                            entry.lemma
                        ),
                    }
                };
                // "attacked her": a target read from an object pronoun says so in its rule.
                let tail = if !tg.span.is_empty()
                    && doc.mention_covering(tg.span.start).is_none()
                    && matches!(
                        doc.text[tg.span.start..tg.span.end]
                            .to_ascii_lowercase()
                            .as_str(),
                        "him" | "her" | "his"
                    ) {
                    "/object-pronoun"
                } else {
                    ""
                };
                // "He accused X": an actor read from a subject pronoun says so too, and its
                // evidence opens with the pronoun.
                let (from, tail) = match subject_pronoun_at(doc, src.span) {
                    Some(p) => (lo.min(p.start), format!("/subject-pronoun{tail}")),
                    None => (lo, tail.to_string()),
                };
                out.push(record(&src_e.id, &rel_type, from, hi, &tail));
                // "rejected the Greens' call to cut taxes", "accepted Japan's request": the
                // possessor of the call made it to the subject.
                if let Some((ty, code)) = (!noun
                    && matches!(rel_type.as_str(), "rejects" | "agrees"))
                .then(|| possessed_appeal(doc, tg.span, cl.end))
                .flatten()
                .filter(|_| src.entity != tg.entity && s.span.contains(src.span))
                {
                    out.push(sentence_record(
                        doc,
                        (&tgt_e.id, &src_e.id),
                        (
                            ty,
                            code,
                            &format!("event/verb/{}/possessed-appeal", entry.lemma),
                        ),
                        m,
                        (s.span, Span::new(lo, hi)),
                    ));
                }
                // "sell its Apex unit to Orion Inc", "the sale of Apex to Orion": the one the
                // company (or unit) is sold to buys it.
                if rel_type == "sells" && tgt_e.kind == EntityKind::Organization && !weapon_target {
                    if let Some(b) = sale_recipient(doc, tlast + 1, cl.end)
                        .and_then(|k| arg(doc, k))
                        .filter(|b| b.entity != tg.entity && b.entity != src.entity)
                    {
                        out.push(record(
                            &doc.res.entities[b.entity].id,
                            "buys",
                            lo.min(b.span.start),
                            hi.max(b.span.end),
                            "/buyer",
                        ));
                    }
                }
                // "acquired Apex Ltd from Orion Inc", "the purchase of Apex from Orion": the
                // company it is bought from sells it.
                if rel_type == "buys" && tgt_e.kind == EntityKind::Organization && !weapon_target {
                    if let Some(g) = sale_giver(doc, tg.span, cl.end)
                        .and_then(|k| arg(doc, k))
                        .filter(|g| g.entity != tg.entity && g.entity != src.entity)
                    {
                        out.push(record(
                            &doc.res.entities[g.entity].id,
                            "sells",
                            lo,
                            hi.max(g.span.end),
                            "/seller",
                        ));
                    }
                }
            }
        }
        if aid {
            extended_aid(doc, si, range.clone(), &lowered, (quotes, affils), &mut out);
        }
        // ("borrow two billion dlrs from X" has no loan noun.)
        borrowed_from(doc, si, range.clone(), &lowered, quotes, &mut out);
        killer_apposition(doc, si, range.clone(), &lowered, &mut out);
    }
    out
}

/// Whether a sentence's words (their [`WordInfo`]) hold a verb of paying (what [`paid_for`]
/// starts from) and a verb of lending or a noun of credit (what [`extended_aid`] starts from).
fn sentence_marks(info: &[Option<&WordInfo>]) -> (bool, bool) {
    info.iter()
        .flatten()
        .fold((false, false), |(p, a), w| (p || w.pay, a || w.aid))
}

/// Is a name ending at `end` a subject: followed by its verb (an auxiliary, "said", an
/// "-ed"/"-s" form, an event verb), by the adjunct at token `prep` itself, or by a comma
/// opening an apposition that holds the adjunct ("Lukman, during a visit to London, told")?
fn followed_by_verb(doc: &Doc<'_>, end: usize, prep: usize) -> bool {
    let j = doc.token_at_or_after(end);
    if j >= prep {
        return j == prep;
    }
    // "Funaro, who is in Rome today, will fly": past a relative clause closed before the
    // adjunct to its verb (one holding the adjunct is read as an apposition below).
    let closing = (j + 2..prep).find(|&i| matches!(doc.tokens[i].text(doc.text), "," | "\"" | ";"));
    if doc.tokens[j].text(doc.text) == ","
        && matches!(doc.word_cow(j + 1).as_ref(), "who" | "which")
    {
        if let Some(close) = closing {
            return doc.tokens[close].text(doc.text) == ","
                && followed_by_verb(doc, doc.tokens[close].span.end, prep);
        }
    }
    if doc.tokens[j].text(doc.text) == "," {
        // A short apposition with no verb of saying: "Kuroda, flew in from Tokyo for talks",
        // not "Deutsche Bank, said that following meetings".
        let gap = doc.tokens_in(Span::new(
            doc.tokens[j].span.end,
            doc.tokens[prep].span.start,
        ));
        return gap.len() <= 5
            && !gap.into_iter().any(|i| {
                doc.tokens[i].text(doc.text) == ","
                    || matches!(doc.word_cow(i).as_ref(), "said" | "says" | "told" | "that")
            });
    }
    // "has also said", "will explain": an adverb may come first.
    let mut i = j;
    if doc.word_cow(i).ends_with("ly")
        || matches!(doc.word_cow(i).as_ref(), "also" | "then" | "now")
    {
        i += 1;
    }
    if i >= prep {
        return false;
    }
    let w = doc.word_cow(i);
    let x = doc.tokens[i].text(doc.text);
    x.starts_with(|c: char| c.is_lowercase())
        && (SUBJECT_AUX.contains(&w.as_ref())
            || w.ends_with("ed")
            // "leaves", "flies", not "as", "this" or "news".
            || w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && !w.ends_with("us")
                && !w.ends_with("is")
                && w != "news"
            || doc.pipeline.extractor.is_event_verb(&w))
}

/// Is mention k followed by an auxiliary, a reporting verb or an "-ed" form?
fn followed_by_aux(doc: &Doc<'_>, k: usize) -> bool {
    let j = doc.token_at_or_after(doc.mentions[k].span.end);
    j < doc.tokens.len() && {
        let w = doc.word_cow(j);
        SUBJECT_AUX.contains(&w.as_ref()) || w.ends_with("ed")
    }
}

/// Auxiliaries and reporting verbs that follow a subject.
const SUBJECT_AUX: &[&str] = &[
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "said", "says", "told",
    "must", "can", "could", "did", "does", "may", "might", "should", "met", "left", "flew", "made",
    "spoke", "took", "went", "came", "gave",
];

/// The first lower-case word before mention k's capitalised run (its title), within six
/// words: "sending" in "sending Secretary of State George Shultz", "and" in "Baker and Fed
/// chairman Paul Volcker". With `inner_of`, an "of" after a capitalised word is part of the
/// title ("Secretary of State") and is walked over too.
fn lower_word_before(doc: &Doc<'_>, k: usize, inner_of: bool) -> Option<usize> {
    let mut j = doc.token_at_or_after(doc.mentions[k].span.start);
    for _ in 0..6 {
        if j == 0 {
            return None;
        }
        j -= 1;
        let x = doc.tokens[j].text(doc.text);
        let title_of = inner_of
            && x == "of"
            && j > 0
            && doc.tokens[j - 1]
                .text(doc.text)
                .starts_with(|c: char| c.is_uppercase());
        if x.starts_with(|c: char| c.is_uppercase()) || x == "." || title_of {
            continue;
        }
        return Some(j);
    }
    None
}

/// Is the name after a title inside a prepositional phrase ("by French Agriculture Minister
/// Francois Guillaume", "for British Prime Minister Margaret Thatcher")? The first lower-case
/// word before its capitalised run is a preposition, or a determiner after one.
fn titled_in_pp(doc: &Doc<'_>, k: usize) -> bool {
    lower_word_before(doc, k, false).is_some_and(|j| {
        let w = doc.word_cow(j);
        PREPOSITIONS.contains(&w.as_ref())
            || DETERMINERS.contains(&w.as_ref())
                && j > 0
                && PREPOSITIONS.contains(&doc.word_cow(j - 1).as_ref())
    })
}

/// Prepositions that open an adjunct about the subject's own encounter: "said during a visit
/// to Britain", "arrived for talks with X", "following talks with X, Abbas said", "on a trip
/// to China", "ahead of a meeting with X", "after meeting X".
const ENCOUNTER_ADJUNCTS: &[&str] = &[
    "during",
    "for",
    "after",
    "following",
    "before",
    "on",
    "of",
    "upon",
];

/// Words allowed between an adjunct preposition and its encounter noun ("during his
/// five-day official visit to", "for fresh talks with").
const ENCOUNTER_MODIFIERS: &[&str] = &[
    "a",
    "an",
    "the",
    "his",
    "her",
    "their",
    "its",
    "two-day",
    "three-day",
    "four-day",
    "five-day",
    "one-day",
    "week-long",
    "weeklong",
    "official",
    "private",
    "brief",
    "first",
    "final",
    "last",
    "latest",
    "recent",
    "further",
    "fresh",
    "new",
    "planned",
    "bilateral",
    "scheduled",
    "separate",
    "state",
    "surprise",
    "working",
    "lengthy",
    "lunch",
    "day-long",
    "high-level",
];

/// Words between an adjunct preposition and the encounter it completes ("after having
/// completed a trip to", "after concluding talks with").
const COMPLETING_WORDS: &[&str] = &[
    "having",
    "completed",
    "completing",
    "concluded",
    "concluding",
    "ending",
    "ended",
    "wrapping",
];

/// Words before "for" that make "for talks" what is asked, planned or hoped for, not the
/// purpose of the subject's own trip ("called for talks", "hopes for a meeting").
const FOR_NOT_ADJUNCT: &[&str] = &[
    "call",
    "calls",
    "called",
    "calling",
    "press",
    "pressed",
    "push",
    "pushed",
    "pushing",
    "hope",
    "hopes",
    "room",
    "time",
    "need",
    "reason",
    "support",
    "date",
    "way",
    "plans",
    "preparations",
    "venue",
    "agenda",
    "basis",
    "ready",
    "prepared",
    "appeal",
    "appealed",
    "demand",
    "demands",
    "urged",
    "asked",
    "request",
    "requests",
    "requested",
    "pressure",
    "proposal",
    "proposals",
];

/// Who has the meeting, talks, visit or trip that an adjunct of the clause names: "Musharraf
/// has said during a visit to Britain", "al-Oteiba arrived last night for a visit to Egypt",
/// "At a news conference following talks with Mr Blair, Mr Abbas said", "told reporters after
/// meeting with President Suharto" (`ti` is the noun, or the gerund right after its
/// preposition). The actor is the subject the adjunct belongs to: the nearest name before it
/// that is no object, modifier or prepositional phrase, or, when the adjunct opens the
/// sentence, the subject after its comma. "his"/"her" before the noun need a person.
fn encounter_subject(doc: &Doc<'_>, si: usize, ti: usize) -> Option<Arg> {
    let sent = doc.sentences[si].span;
    let first = doc.tokens_in(sent).start;
    // Back over the noun's modifiers to the preposition.
    let mut j = ti;
    let mut person_only = false;
    // ("after having completed a week-long trip to": the words of completing are no modifiers.)
    let mut completing = 0;
    let prep = loop {
        if j <= first || ti - j > 4 + completing {
            return None;
        }
        j -= 1;
        let w = doc.word_cow(j);
        if ENCOUNTER_ADJUNCTS.contains(&w.as_ref()) {
            break j;
        }
        if COMPLETING_WORDS.contains(&w.as_ref()) && completing < 2 {
            completing += 1;
            continue;
        }
        if !ENCOUNTER_MODIFIERS.contains(&w.as_ref()) {
            return None;
        }
        person_only |= w == "his" || w == "her";
    };
    let pw = doc.word_cow(prep);
    // "ahead of a meeting", "at the end of his visit": "of" only after those; "on a visit",
    // "while on a trip"; "for talks" but not "calls for talks" (an appeal, not an encounter).
    let before = if prep > first {
        doc.word_cow(prep - 1)
    } else {
        "".into()
    };
    match pw.as_ref() {
        "of" if !matches!(
            before.as_ref(),
            "ahead" | "end" | "course" | "eve" | "sidelines"
        ) =>
        {
            return None;
        }
        "for"
            if doc.pipeline.extractor.is_event_verb(&before)
                || FOR_NOT_ADJUNCT.contains(&before.as_ref()) =>
        {
            return None;
        }
        _ => {}
    }
    // "the visit of X", "the trip to Tokyo by X": the visitor is named after the noun.
    if matches!(doc.word_cow(ti + 1).as_ref(), "of" | "by")
        || doc
            .tokens_in(Span::new(doc.tokens[ti].span.end, sent.end))
            .take(8)
            .any(|j| doc.word_cow(j) == "by")
    {
        return None;
    }
    let pos = doc.tokens[prep].span.start;
    let ok = |k: usize| {
        !doc.is_modifier(k)
            && doc.id(k).is_some()
            && matches!(
                doc.kind(k),
                EntityKind::Person | EntityKind::Country | EntityKind::Organization
            )
            && (!person_only || doc.kind(k) == EntityKind::Person)
    };
    // "ahead of a meeting": the adjunct starts at "ahead".
    let start = if pw == "of" { prep - 1 } else { prep };
    // The sentence opens with the adjunct: the subject follows its comma.
    let opener = doc
        .mentions_in(Span::new(sent.start, pos))
        .into_iter()
        .all(|k| doc.is_modifier(k) || in_pp(doc, k))
        && !doc
            .tokens_in(Span::new(sent.start, pos))
            .any(|j| doc.word_cow(j) == "said" || doc.tokens[j].text(doc.text) == "\"");
    if opener {
        let comma = doc
            .tokens_in(Span::new(doc.tokens[ti].span.end, sent.end))
            .find(|&j| doc.tokens[j].text(doc.text) == ",")?;
        let subj = sentence_subject(doc, Span::new(doc.tokens[comma].span.end, sent.end))?;
        let k = doc.mention_covering(subj.span.start)?;
        // The subject right after the comma, not a name deep in the clause.
        let gap = doc.tokens_in(Span::new(doc.tokens[comma].span.end, subj.span.start));
        return (ok(k) && gap.len() <= 4).then_some(subj);
    }
    // Otherwise the subject of the clause the adjunct belongs to: the last name before it
    // that is followed by its verb ("Younger said during", "Nakasone leaves ... for talks"),
    // by the adjunct itself ("Jopling during a visit") or by an apposition holding it
    // ("Lukman, during a brief visit", "Petriccioli, speaking after a visit"); a pronoun
    // subject nearer than any name ("where he is to arrive for talks") stands for its person.
    let r = doc.tokens_in(Span::new(sent.start, pos));
    let mut j = r.end;
    while j > r.start {
        j -= 1;
        let x = doc.tokens[j].text(doc.text);
        let w = doc.word_cow(j);
        if x == ";" || x == ":" {
            return None;
        }
        if matches!(w.as_ref(), "he" | "she") {
            return followed_by_verb(doc, doc.tokens[j].span.end, prep)
                .then(|| pronoun_antecedent(doc, &w, si, doc.tokens[j].span.start, &[], &[]))
                .flatten();
        }
        let Some(k) = doc.mention_covering(doc.tokens[j].span.start) else {
            continue;
        };
        j = doc.token_at_or_after(doc.mentions[k].span.start);
        let before = lower_word_before(doc, k, true).map(|i| doc.word_cow(i));
        let titled_object = before.as_ref().is_some_and(|w| {
            doc.pipeline.extractor.is_event_verb(w)
                || TOLD.contains(&w.as_ref())
                || w.ends_with("ing") && !matches!(w.as_ref(), "during" | "following")
        });
        // "sending Secretary of State George Shultz to Moscow for talks": the adjunct may be
        // the object's; no one is read.
        if doc.kind(k) == EntityKind::Person && (object_of_verb(doc, k) || titled_object) {
            return None;
        }
        // "Baker, Volcker and Michel Camdessus before travelling": a later coordinate is no
        // subject of its own.
        let coordinate = before
            .as_ref()
            .is_some_and(|w| matches!(w.as_ref(), "and" | "or"));
        // Right before the adjunct ("Jopling during a visit") only as the sentence's first name.
        let adjacent = doc.token_at_or_after(doc.mentions[k].span.end) == start;
        let first_name = doc
            .mentions_in(Span::new(sent.start, doc.mentions[k].span.start))
            .into_iter()
            .all(|p| doc.is_modifier(p) || !ok(p) || in_pp(doc, p));
        // "Kuroda, flew in from Tokyo for talks": an apposition holding the adjunct follows
        // only the sentence's first name (not "leave the European Union, telling reporters").
        let comma_after = doc
            .tokens
            .get(doc.token_at_or_after(doc.mentions[k].span.end))
            .is_some_and(|t| t.text(doc.text) == ",");
        if !ok(k)
            || coordinate
            || in_pp(doc, k)
            || titled_in_pp(doc, k)
            || doc.is_possessor(k)
            || object_of_verb(doc, k)
            || titled_object
            // "the IMF's Interim Committee meeting": a name describing a noun, but not one
            // followed by its verb ("Younger said", "Funaro has").
            || modifies_common_noun(doc, k) && !followed_by_aux(doc, k)
            || (adjacent || comma_after) && !first_name
            || !adjacent && !followed_by_verb(doc, doc.mentions[k].span.end, start)
        {
            continue;
        }
        return arg(doc, k);
    }
    // "support for Margaret Thatcher following her trip to Moscow": the person named right
    // before the adjunct.
    if person_only {
        let a = pronoun_antecedent(doc, "he", si, pos, &[], &[])?;
        let k = doc
            .mentions_in(Span::new(sent.start, pos))
            .into_iter()
            .next_back()?;
        let adjacent = doc.token_at_or_after(doc.mentions[k].span.end) == start;
        return (adjacent && doc.res.entity_of[k] == Some(a.entity)).then_some(a);
    }
    None
}

/// Nouns of a time phrase ("this month", "last week") that may stand between a subject and
/// its verb.
const TIME_NOUNS: &[&str] = &[
    "week",
    "month",
    "year",
    "weekend",
    "morning",
    "afternoon",
    "evening",
    "night",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "time",
];

/// Prepositions of place: what follows them is where something happens.
const LOCATIVE: &[&str] = &["in", "at", "near", "inside", "outside", "across", "around"];

/// Games that teams and players meet in.
const MATCH_WORDS: &[&str] = &[
    "cup",
    "derby",
    "fixture",
    "match",
    "quarter-final",
    "replay",
    "semi-final",
];

/// Words that make a sale, supply or aid military (sorted by nothing: a short linear list).
const MILITARY_WORDS: &[&str] = &[
    "arms",
    "weapon",
    "weapons",
    "weaponry",
    "missile",
    "missiles",
    "military",
    "defence",
    "defense",
    "troops",
    "fighter",
    "fighters",
    "warplanes",
    "jets",
    "tanks",
    "warships",
    "rockets",
    "drones",
    "ammunition",
    "munitions",
    "army",
    "rebels",
    "militants",
];

/// Words that make a supply or provision aid rather than trade.
const AID_WORDS: &[&str] = &[
    "aid",
    "assistance",
    "humanitarian",
    "relief",
    "loan",
    "loans",
    "credit",
    "credits",
    "grant",
    "grants",
    "donation",
    "donations",
    "funds",
    "funding",
];

/// Words before "visiting" that make it a modifier of the noun phrase after it.
const VISITING_BEFORE: &[&str] = &["told", "met", "with", "for", "to", "greeted", "welcomed"];

/// Nouns before "fund" that make it a noun ("hedge fund").
const FUND_KINDS: &[&str] = &[
    "hedge",
    "pension",
    "mutual",
    "investment",
    "monetary",
    "trust",
    "relief",
    "wealth",
    "index",
    "equity",
    "sovereign",
    "money",
    "bond",
];

/// People named after the body or person they stand with ("X investors", "supporters of
/// X"): who feels or says something is then the group, not the named.
const GROUP_NOUNS: &[&str] = &[
    "investors",
    "shareholders",
    "supporters",
    "backers",
    "members",
    "voters",
    "officials",
    "employees",
    "workers",
    "staff",
    "aides",
    "allies",
    "fans",
    "critics",
    "lawmakers",
    "executives",
];

/// Is the name at `span` one that describes a group ("X investors", "those supporting X",
/// "supporters of X")?
fn group_of(doc: &Doc<'_>, span: Span) -> bool {
    let next = doc.token_at_or_after(span.end);
    let prev = doc.token_at_or_after(span.start);
    GROUP_NOUNS.contains(&doc.word_cow(next).as_ref())
        || prev > 0
            && matches!(
                doc.word_cow(prev - 1).as_ref(),
                "supporting" | "backing" | "of" | "for"
            )
}

/// The event lexicon's lemma for a verb of naming ("called X a liar"), kept only with a
/// judgement after its object ([`super::stance::named_as`]).
const NAMING: &str = "call names";

/// Lemmas of attacks that a person can make in words ("attacked", "hit out at").
const VERBAL_ATTACK: &[&str] = &["attack", "hit", "assault"];

/// Is entity `e` a body that fights only in words: a party, a campaign group, a think tank, a
/// news outlet or a company (from the lexicon, or a name ending in "Party")?
fn civilian_body(doc: &Doc<'_>, e: usize) -> bool {
    let ent = &doc.res.entities[e];
    ent.kind == EntityKind::Organization
        && (matches!(
            doc.lexicon_type(e),
            Some("party" | "ngo" | "thinktank" | "media" | "company")
        ) || ent.name.ends_with(" Party")
            || is_company(doc, e))
}

/// Words that only a report on a party contest uses: candidates "capture" states there.
/// ("primary" alone is left out: "the primary target".)
const ELECTION_WORDS: &[&str] = &["primaries", "caucus", "caucuses", "nomination"];

/// Does the article report on an election (one of [`ELECTION_WORDS`] as a whole word)?
///
/// ```text
/// election_report("Cruz leads the race for the nomination.") == true
/// election_report("Rebels captured the province.") == false
/// ```
fn election_report(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| w.len() >= 5 && ELECTION_WORDS.contains(&w.to_ascii_lowercase().as_str()))
}

/// Is entity `e` a lexicon province or state ("Ohio", "Bavaria")?
fn is_province(doc: &Doc<'_>, e: usize) -> bool {
    doc.lexicon_type(e) == Some("province")
}

/// Is entity `e` a company (a lexicon company, or a name ending in a company word)?
fn is_company(doc: &Doc<'_>, e: usize) -> bool {
    let ent = &doc.res.entities[e];
    if ent.kind != EntityKind::Organization {
        return false;
    }
    if doc.pipeline.recognizer.by_id.contains_key(&ent.id) {
        return doc.lexicon_type(e) == Some("company");
    }
    ent.name.split_whitespace().last().is_some_and(|w| {
        [
            "Inc",
            "Corp",
            "Co",
            "Ltd",
            "Plc",
            "PLC",
            "AG",
            "SA",
            "NV",
            "LLC",
            "GmbH",
            "Corporation",
            "Company",
            "Group",
            "Holdings",
            "Industries",
            "Airlines",
        ]
        .contains(&w)
    })
}

/// Is mention k the possessor of a common noun other than the trigger ("China's attempts",
/// not "Iran's foreign minister", "Iran's military" or "Putin's visit")?
fn possesses_common_noun(doc: &Doc<'_>, k: usize, trigger: usize) -> bool {
    let j = token_after(doc, k);
    // "Putin's recent visit": the possessed noun is the trigger itself (no verb between).
    if trigger > j
        && trigger - j <= 3
        && (j + 1..trigger).all(|i| {
            !matches!(
                doc.word_cow(i).as_ref(),
                "has"
                    | "have"
                    | "had"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "will"
                    | "would"
                    | "could"
                    | "can"
                    | "may"
                    | "might"
                    | "did"
                    | "does"
                    | "also"
            )
        })
    {
        return false;
    }
    let Some(poss) = doc.tokens.get(j) else {
        return false;
    };
    if !matches!(poss.text(doc.text), "'s" | "’s") {
        return false;
    }
    let Some(next) = doc.tokens.get(j + 1) else {
        return false;
    };
    let w = doc.word_cow(j + 1);
    next.kind == TokenKind::Word
        && next.text(doc.text).starts_with(|c: char| c.is_lowercase())
        && doc.mention_covering(next.span.start).is_none()
        && title_covering(doc, next.span).is_none()
        && !doc.titles.iter().any(|t| t.span.start == next.span.start)
        && !doc.pipeline.recognizer.starts_institution(&w)
        && ![
            "own", "new", "former", "top", "chief", "senior", "foreign", "state",
        ]
        .contains(&w.as_ref())
}

/// One trigger occurrence: sentence index and span, clause span, first and last token, entry.
#[derive(Clone, Copy)]
struct Trigger<'e> {
    si: usize,
    sent: Span,
    cl: Span,
    ti: usize,
    tlast: usize,
    entry: &'e EventEntry,
}

/// True when the text before `pos` (trailing spaces ignored) ends with one of `words`,
/// ignoring ASCII case. Looks only at the last few bytes, never at the whole prefix.
fn ends_with_ci(text: &str, pos: usize, words: &[&str]) -> bool {
    let b = text[..pos].trim_end();
    words.iter().any(|w| {
        b.len() >= w.len()
            && b.is_char_boundary(b.len() - w.len())
            && b[b.len() - w.len()..].eq_ignore_ascii_case(w)
    })
}

/// A token covering a (possibly multi-word) trigger.
fn phrase_token(doc: &Doc<'_>, ti: usize, tlast: usize) -> crate::text::Token {
    let mut t = doc.tokens[ti];
    t.span = t.span.cover(doc.tokens[tlast].span);
    t
}

fn is_weapon(doc: &Doc<'_>, k: usize) -> bool {
    doc.kind(k) == EntityKind::Weapon
}

fn wants_weapon(entry: &EventEntry) -> bool {
    matches!(entry.rel_type.as_str(), "buys" | "sells" | "negotiates")
}

/// The name a participle set off by a comma after it is said of, when the participle's agent
/// follows at once: "Canada, strongly supported by Australia, has championed", "FleetBoston,
/// bought by BOA last year" (a reduced passive). One adverb may stand before the participle.
/// The name is no object of a preposition: "the head of the Gulf, captured by Iran" speaks
/// of something else.
fn reduced_passive_subject(doc: &Doc<'_>, ti: usize) -> Option<usize> {
    let word = doc.tokens[ti].text(doc.text);
    if !(word.ends_with("ed") || IRREGULAR_PARTICIPLES.contains(&word))
        || doc.word_cow(ti + 1) != "by"
    {
        return None;
    }
    let mut j = ti.checked_sub(1)?;
    if passive_adverb(&doc.word_cow(j)) {
        j = j.checked_sub(1)?;
    }
    if doc.tokens[j].text(doc.text) != "," || j == 0 {
        return None;
    }
    let k = doc.mention_ending_at(doc.tokens[j - 1].span.end)?;
    (preposition_before(doc, k).is_none() && !doc.is_modifier(k)).then_some(k)
}

fn verb_args(
    doc: &Doc<'_>,
    tr: &Trigger<'_>,
    quotes: &[QuoteOut],
    affils: &[Affil],
) -> (Option<Arg>, Vec<Arg>) {
    let Trigger {
        si,
        sent,
        cl,
        ti,
        tlast,
        entry,
    } = *tr;
    let t = phrase_token(doc, ti, tlast);
    // "won praise from X", "received support from X": a noun read as a verb.
    if let Some((g, s)) = received_from(doc, cl, t.span.start, tlast, entry) {
        return (Some(g), vec![s]);
    }
    let prev = if ti > 0 {
        doc.word_cow(ti - 1)
    } else {
        "".into()
    };
    let be_form = |w: &str| ["was", "were", "been", "being", "be", "is", "are"].contains(&w);
    // "was eventually acquired", "was also endorsed": one adverb may stand between.
    let be = be_form(prev.as_ref())
        || passive_adverb(&prev) && ti > 1 && be_form(doc.word_cow(ti - 2).as_ref());
    // An irregular participle ("sold", "taken over") reads as passive only right after its
    // subject ("The S-400 was sold", "has been bought") or the relative pronoun standing for it
    // ("Corus, which was bought by"), where nothing else could be the sold thing.
    let irregular_passive = be
        && IRREGULAR_PARTICIPLES
            .iter()
            .any(|p| p.eq_ignore_ascii_case(doc.tokens[ti].text(doc.text)))
        && (0..ti)
            .rev()
            .take(3)
            .find(|&j| {
                let w = doc.word_cow(j);
                !(be_form(w.as_ref()) || matches!(w.as_ref(), "has" | "have" | "had"))
            })
            .is_some_and(|j| {
                doc.mention_covering(doc.tokens[j].span.start).is_some()
                    || matches!(doc.word_cow(j).as_ref(), "which" | "who")
            });
    // (rel36b) "was kicked out of the party": a phrase passive by its first word.
    let passive = be
        && (t.text(doc.text).ends_with("ed")
            || tlast > ti
                && doc.tokens[ti].text(doc.text).ends_with("ed")
                && matches!(doc.word_cow(tlast).as_ref(), "out" | "off" | "down" | "up"))
        || irregular_passive;
    let reduced = if passive || tlast != ti {
        None
    } else {
        reduced_passive_subject(doc, ti)
    };
    let passive = passive || reduced.is_some();
    let left = doc.mentions_in(Span::new(cl.start, t.span.start));
    let right = doc.mentions_in(Span::new(t.span.end, cl.end));
    if passive {
        // Target = left subject; source = "by X".
        // "by X" right after the verb, or after its "to" phrase ("sold to China by Russia").
        let by = right.iter().copied().find(|&k| {
            if doc.text[doc.mentions[k].span.end..].starts_with("-based") {
                return false;
            }
            let between = doc.text[t.span.end..doc.mentions[k].span.start].to_lowercase();
            // "by the Memphis-based Union Planters Corp": the place modifies the name.
            let w: Vec<&str> = between
                .split_whitespace()
                .filter(|w| !w.ends_with("-based"))
                .collect();
            // "by state-owned energy giant Rosneft": a few descriptive words may come first.
            let descriptive = |x: &&str| {
                x.chars().all(|c| c.is_alphabetic() || c == '-')
                    && !x.ends_with("ing")
                    && !matches!(
                        *x,
                        "to" | "of"
                            | "for"
                            | "with"
                            | "from"
                            | "in"
                            | "on"
                            | "at"
                            | "and"
                            | "or"
                            | "that"
                            | "which"
                            | "who"
                            | "after"
                            | "before"
                            | "its"
                            | "their"
                            | "his"
                            | "her"
                    )
            };
            w.first() == Some(&"by")
                && (w.len() <= 2 || w.len() <= 5 && w[1..].iter().all(descriptive))
                || irregular_passive
                    && w.first() == Some(&"to")
                    && w.last() == Some(&"by")
                    && w.len() <= 5
        });
        let subj = reduced
            .or_else(|| left.iter().rev().copied().find(|&k| !doc.is_modifier(k)))
            // "X, who was criticised by Y": the name the relative clause describes.
            .or_else(|| relative_antecedent(doc, cl, ti).map(|(k, _)| k));
        let mut tgt: Vec<Arg> = subj.and_then(|k| arg(doc, k)).into_iter().collect();
        if entry.rel_type == "sells" && subj.is_some_and(|k| is_weapon(doc, k)) {
            tgt.extend(sale_recipient(doc, tlast + 1, cl.end).and_then(|k| arg(doc, k)));
        }
        // (relc26) "by Plaid Cymru's former President, Dafydd Wigley": the person the
        // possessed title names.
        let by = by.map(|k| titled_by_possessor(doc, k).unwrap_or(k));
        let by = by.or_else(|| state_of_passive(doc, entry, t.span, tgt.first(), &right));
        return (by.and_then(|k| arg(doc, k)), tgt);
    }
    // Source.
    if pronoun_for_to(doc, ti) || unnamed_noun_participle(doc, ti) {
        return (None, Vec::new());
    }
    let rel = relative_antecedent(doc, cl, ti);
    // "Analyst Tom Reddy said it would buy X": an "it" whose sentence's subject is a person
    // stands for no name found, and no name before it acts.
    let unresolved = std::cell::Cell::new(false);
    let src = controlled_subject(doc, cl, ti)
        .or_else(|| latter_former(doc, sent, t.span.start))
        .or_else(|| possessor_of_intent(doc, ti))
        .or_else(|| {
            // A pronoun subject right before the trigger (allowing auxiliaries).
            let mut j = ti;
            for _ in 0..4 {
                if j == 0 {
                    break;
                }
                j -= 1;
                let w = doc.word_cow(j);
                if ["it", "they", "we", "he", "she", "i"].contains(&w.as_ref()) {
                    let a =
                        pronoun_antecedent(doc, &w, si, doc.tokens[j].span.start, quotes, affils);
                    let a = subject_pronoun(doc, (si, cl), j, a, quotes);
                    // "FEC records show he backed X": a "he"/"she" subject that names no
                    // one found leaves the actor unknown; the body before it did not act.
                    unresolved.set(
                        a.is_none() && matches!(w.as_ref(), "he" | "she")
                            || a.is_none()
                                && w == "it"
                                && sentence_subject(
                                    doc,
                                    Span::new(sent.start, doc.tokens[j].span.start.max(sent.start)),
                                )
                                .is_some_and(|s| {
                                    doc.res.entities[s.entity].kind == EntityKind::Person
                                    // (Not "A group led by investor X said it".)
                                    && doc.text[sent.start..s.span.start.max(sent.start)]
                                        .split_whitespace()
                                        .count()
                                        <= 3
                                }),
                    );
                    return a;
                }
                // "The company plans to sell", "the German firm agreed to buy", "the minister
                // met": the company (bank, country, person of that title) named just before.
                // (Not one in a phrase of its own: "Revlon, bound after a bid for the
                // company, has asked".)
                if let Some(phrase) = super::coref::description_at(doc, j) {
                    let pb = doc.token_at_or_after(phrase.start);
                    // ("The union, which endorsed X": a relative clause is the description's.)
                    if (j..ti).any(|i| {
                        doc.tokens[i].text(doc.text) == ","
                            && !matches!(doc.word_cow(i + 1).as_ref(), "which" | "who")
                    }) || pb > 0 && PREPOSITIONS.contains(&doc.word_cow(pb - 1).as_ref())
                    {
                        return None;
                    }
                    let a = super::coref::description_antecedent(doc, affils, quotes, phrase, None)
                        .map(|e| Arg {
                            entity: e,
                            span: Span::new(phrase.start, phrase.start),
                        });
                    // "and the Queen invited Mr Wilson": a description with no antecedent and
                    // no country of its own names someone unknown; no name before it acts.
                    unresolved.set(a.is_none() && doc.mentions_in(phrase).is_empty());
                    return a;
                }
                if doc.mention_covering(doc.tokens[j].span.start).is_some() {
                    break;
                }
            }
            None
        })
        // "Egypt, which bought jets from France, is negotiating": the name the closed
        // relative clause describes.
        .or_else(|| {
            rel.filter(|&(_, closed)| closed)
                .and_then(|(k, _)| arg(doc, k))
        })
        .or_else(|| {
            if unresolved.get() || unnamed_subject(doc, ti) {
                return None;
            }
            // "Blair said states had to work with the US": a reported clause with a subject
            // of its own that no name heads; no one outside the clause is the actor.
            let clause_from = quotes
                .iter()
                .find(|q| q.content.start <= t.span.start && t.span.start < q.content.end)
                .filter(|q| {
                    let mut words = doc
                        .tokens_in(Span::new(q.content.start, t.span.start))
                        .map(|j| doc.word_cow(j))
                        .skip_while(|w| w == "that");
                    // Only a subject opened by a determiner ("said the government will
                    // work with X", "said a group of states ..."), not a pronoun ("said it has
                    // agreed to buy X"), a possessive ("his decision to sell") or the words of
                    // a phrase the speaker heads ("said recent talks with X").
                    words.next().is_some_and(|w| {
                        [
                            "the", "a", "an", "some", "many", "most", "several", "other", "these",
                            "those",
                        ]
                        .contains(&w.as_ref())
                    }) && words.next().is_some_and(|w| {
                        !ANAPHORIC_GROUPS.contains(&w.as_ref())
                            && !FORCE_NOUNS.contains(&w.as_ref())
                    }) && !used_as_noun(doc, ti)
                })
                .map_or(0, |q| q.content.start);
            left.iter()
                .rev()
                .copied()
                .take_while(|&k| doc.mentions[k].span.start >= clause_from)
                .find(|&k| {
                    (!in_pp(doc, k)
                        || clause_initial(doc, cl, k)
                        || collective_actor(doc, k)
                        || office_of(doc, cl, k))
                        && !doc.is_modifier(k)
                        && !is_weapon(doc, k)
                        && !object_of_verb(doc, k)
                        && !object_before_coordinated_vp(doc, k, ti)
                        && !bracketed_before(doc, k, t.span.start)
                        && !hyphen_pair_modifier(doc, k)
                })
                .map(|k| {
                    led_group_country(doc, k, t.span.start).unwrap_or_else(
                        || match appositive_head(doc, k, t.span.start) {
                            h if h == k => body_apposition_head(doc, k, t.span.start).unwrap_or(k),
                            h => h,
                        },
                    )
                })
                // "China's attempts to cool its economy have hit ...": the possessed noun acts.
                .filter(|&k| !possesses_common_noun(doc, k, ti))
                .and_then(|k| arg(doc, k))
        })
        .or_else(|| {
            // "its intentions in buying": possessive pronoun in the clause.
            let r = doc.tokens_in(Span::new(cl.start, doc.tokens[ti].span.start));
            r.rev().find_map(|j| {
                let w = doc.word_cow(j);
                ["its", "their", "our"]
                    .contains(&w.as_ref())
                    .then(|| {
                        pronoun_antecedent(
                            doc,
                            if w == "our" { "we" } else { &w },
                            si,
                            doc.tokens[j].span.start,
                            quotes,
                            affils,
                        )
                    })
                    .flatten()
            })
        })
        // "Saudi Arabia, which bought THAAD batteries": the name the open relative clause
        // describes, when nothing inside it acts.
        .or_else(|| rel.and_then(|(k, _)| arg(doc, k)))
        // "told reporters after meeting with X": a gerund's subject is the clause's.
        .or_else(|| {
            (matches!(entry.rel_type.as_str(), "meets" | "negotiates" | "visits")
                && doc.word_cow(ti).ends_with("ing")
                && ENCOUNTER_ADJUNCTS.contains(&prev.as_ref()))
            .then(|| encounter_subject(doc, si, ti))
            .flatten()
        });
    // Target(s).
    let mut tgt: Vec<Arg> = Vec::new();
    let against = right
        .iter()
        .copied()
        .find(|&k| ends_with_ci(doc.text, doc.mentions[k].span.start, &[" against", " on"]));
    // (rel34) "licensed the vaccine on a nonexclusive basis to Wellcome": only the licensee
    // after "to" is the partner (not "licensed Genentech's technology", the licensor).
    if entry.lemma == "license to" {
        let licensee = sale_recipient(doc, tlast + 1, cl.end).and_then(|k| arg(doc, k));
        return (src, licensee.into_iter().collect());
    }
    // (rel34) "closed its ports to French vessels": the side named right after "to", unless
    // it describes people let in ("close its borders to Syrian refugees" shuts out no state).
    if entry.lemma == "close ports to" {
        let shut = right
            .first()
            .filter(|&&k| {
                // (rel34b) "declared its ports off limits to X": "to" after the phrase.
                let gap = doc.tokens_in(Span::new(t.span.end, doc.mentions[k].span.start));
                gap.is_empty()
                    || (gap.len() == 1
                        && doc.word_cow(gap.start) == "to"
                        && doc.word_cow(tlast) == "limits")
            })
            .filter(|&&k| {
                let next = doc.token_at_or_after(doc.mentions[k].span.end);
                next >= doc.tokens.len() || !MIGRANT_NOUNS.contains(&doc.word_cow(next).as_ref())
            })
            .and_then(|&k| arg(doc, k));
        return (src, shut.into_iter().collect());
    }
    if entry.rel_type == "negotiates" {
        // "talking to Russia about the S-400": the partner right after the trigger.
        if let Some(&k) = right.first().filter(|&&k| {
            let gap = doc.tokens_in(Span::new(t.span.end, doc.mentions[k].span.start));
            // "held talks in Brussels": a place after a locative preposition is the venue.
            // "talks with US bank Wells Fargo": a modifier is not the partner.
            !is_weapon(doc, k)
                && !doc.is_modifier(k)
                && gap.len() <= 2
                && !gap
                    .into_iter()
                    .any(|j| LOCATIVE.contains(&doc.word_cow(j).as_ref()))
        }) {
            // "talks with both Iraq and Afghanistan": every coordinated partner.
            let Some(k) = described_head(doc, k) else {
                return (src, Vec::new());
            };
            // (rel37b) "talks with Deutsche Boerse's rival Euronext": the named head behind
            // the possessor and its noun, as for any other object.
            let k = possessed_head(doc, k).unwrap_or(k);
            let mut tgt: Vec<Arg> = arg(doc, k).into_iter().collect();
            tgt.extend(coordinated_objects(doc, k, cl.end).filter_map(|k| arg(doc, k)));
            return (src, dedup(tgt));
        }
    }
    if wants_weapon(entry) {
        let weapons = coordinated_weapons(doc, &right);
        if !weapons.is_empty() {
            tgt.extend(weapons.into_iter().filter_map(|k| arg(doc, k)));
            if entry.rel_type == "sells" {
                tgt.extend(sale_recipient(doc, tlast + 1, cl.end).and_then(|k| arg(doc, k)));
            }
            return (src, dedup(tgt));
        }
        // "Russia sold arms to Syria": unnamed weapons, a named recipient.
        if entry.rel_type == "sells" && generic_arms_after(doc, tlast + 1, cl.end) {
            if let Some(a) = sale_recipient(doc, tlast + 1, cl.end).and_then(|k| arg(doc, k)) {
                tgt.push(a);
                return (src, dedup(tgt));
            }
        }
        // "talking to Russia": the partner.
        if entry.rel_type == "negotiates" {
            tgt.extend(verb_object(doc, tlast, cl.end, entry).and_then(|k| arg(doc, k)));
            return (src, tgt);
        }
        // "Rosneft acquired Yukos", "bought a 15 pct stake in Burlington Industries": a
        // company, or a stake in one, changes hands. Only the plain verbs of a deal, with a
        // direct object ("sell its unit to GM" names the buyer, not what is sold) that is not
        // a brand ("buy Sony consoles") or a possessor ("buy BT's stake in Cegetel").
        // "Air Deccan has ordered 30 Airbus A320 planes": a company buying another's products
        // deals with the maker (coded as economic cooperation in `find`).
        if matches!(entry.lemma.as_str(), "buy" | "purchase" | "order") {
            if let Some(k) = product_maker(doc, tlast, cl.end) {
                tgt.extend(arg(doc, k));
                return (src, tgt);
            }
        }
        if COMPANY_DEAL_VERBS.contains(&entry.lemma.as_str())
            || super::business::is_deal_lemma(&entry.lemma)
        {
            let direct = object_np(doc, tlast + 1, cl.end, &[], false, false).filter(|&k| {
                !doc.is_possessor(k)
                    && (!names_a_product(doc, k) || names_a_unit(doc, k))
                    && !bracketed_modifier(doc, k)
            });
            // "buy privately held X", "acquire Toronto-based X" (not "the state grain buying
            // agency X": a gerund after a noun describes the agency).
            let w = doc.word_cow(ti);
            let prev = doc.word_cow(ti.saturating_sub(1));
            let attributive = w.ends_with("ing")
                && ti > 0
                && doc.tokens[ti - 1].kind == TokenKind::Word
                && doc.tokens[ti - 1]
                    .text(doc.text)
                    .starts_with(char::is_lowercase)
                && !PREPOSITIONS.contains(&prev.as_ref())
                && !matches!(
                    prev.as_ref(),
                    "is" | "are" | "was" | "were" | "be" | "been" | "not" | "also" | "and"
                );
            let described = || {
                (!attributive)
                    .then(|| described_company(doc, tlast + 1, cl.end))
                    .flatten()
                    .filter(|&k| !bracketed_modifier(doc, k))
            };
            let direct = match direct {
                Some(k) if doc.kind(k) != EntityKind::Organization => described().or(Some(k)),
                None => described(),
                d => d,
            };
            if let Some(k) = direct
                .or_else(|| stake_in(doc, tlast, cl.end))
                .or_else(|| shares_of_company(doc, ti, tlast, cl.end))
                .filter(|&k| doc.kind(k) == EntityKind::Organization)
            {
                tgt.extend(arg(doc, k));
            }
        }
        // "Egypt bought 24 jets from France": unnamed goods, a named seller (the buyer buys
        // the seller, as for commodity deals).
        if tgt.is_empty()
            && matches!(entry.lemma.as_str(), "buy" | "purchase")
            && active_buying_verb(doc, ti)
        {
            tgt.extend(sale_source(doc, tlast + 1, cl.end, false).and_then(|k| arg(doc, k)));
        }
        // "Acme sold its chemicals unit to Beta Inc": a company's unnamed asset, a named company
        // buying it; the seller sells the buyer (as "bought 24 jets from X" buys the seller).
        if tgt.is_empty()
            && entry.lemma == "sell"
            && src.is_some_and(|a| doc.res.entities[a.entity].kind == EntityKind::Organization)
            && active_selling_verb(doc, ti)
        {
            tgt.extend(
                asset_buyer(doc, tlast + 1, cl.end)
                    .and_then(|k| arg(doc, k))
                    .filter(|b| src.is_none_or(|a| a.entity != b.entity)),
            );
        }
        return (src, tgt);
    }
    // "merge with state oil firm Rosneft": the partner after its description.
    if entry.lemma == "merge"
        && let Some(a) = described_company(doc, tlast + 1, cl.end)
            .filter(|&k| doc.kind(k) == EntityKind::Organization && !doc.is_modifier(k))
            .and_then(|k| arg(doc, k))
    {
        return (src, vec![a]);
    }
    // "agreed to a takeover offer from X", "agreed to X's offer": as "accepted" below.
    if entry.lemma == "agree"
        && doc.word_cow(tlast + 1) == "to"
        && let Some(a) = accepted_proposer(doc, tlast + 1, cl.end).and_then(|k| arg(doc, k))
    {
        return (src, vec![a]);
    }
    // "accepted Knoll's offer", "accepted a bid from X": accepting agrees with whoever made the
    // proposal; accepting anything else ("accepted responsibility") is no event.
    if entry.lemma == "accept" {
        let k = accepted_proposer(doc, tlast, cl.end);
        // "accepted his resignation": the one "his" stands for made it.
        let k = k.and_then(|k| arg(doc, k)).or_else(|| {
            let j = tlast + 1;
            (j + 1 < doc.tokens.len()
                && doc.tokens[j + 1].span.end <= cl.end
                && matches!(doc.word_cow(j).as_ref(), "his" | "her")
                && {
                    let noun = doc.word_cow(j + 1);
                    PROPOSAL_NOUNS.contains(&noun.as_ref())
                        || ACCEPTED_NOUNS.contains(&noun.as_ref())
                })
            .then(|| {
                let a = src.filter(|&a| actor_next_to(doc, a, ti))?;
                object_pronoun_antecedent(doc, (si, cl), doc.tokens[j].span.start, Some(a), quotes)
            })
            .flatten()
        });
        return (src, k.into_iter().collect());
    }
    // "welcomed news that the Gates Foundation and Norway are joining up": the praise is for
    // those the news is about, the subject of the clause after "that".
    if matches!(
        entry.rel_type.as_str(),
        "praises" | "criticizes" | "condemns"
    ) {
        if let Some(k) = news_that(doc, tlast, sent.end) {
            tgt.extend(arg(doc, k));
            tgt.extend(coordinated_objects(doc, k, sent.end).filter_map(|k| arg(doc, k)));
            return (src, dedup(tgt));
        }
    }
    if let Some(k) = verb_object(doc, tlast, cl.end, entry)
        .or_else(|| {
            (entry.rel_type == "threatens").then(|| threatened_object(doc, tlast, cl.end))?
        })
        .or_else(|| {
            matches!(
                entry.rel_type.as_str(),
                "rejects" | "agrees" | "supports" | "criticizes" | "praises"
            )
            .then(|| proposal_from(doc, tlast, cl.end))?
        })
        .or_else(|| {
            matches!(
                entry.rel_type.as_str(),
                "criticizes" | "condemns" | "accuses" | "praises" | "protests"
            )
            .then(|| deed_by(doc, tlast, cl.end))?
        })
        .or_else(|| (entry.rel_type == "signs").then(|| document_with(doc, tlast, cl.end))?)
        .or_else(|| {
            matches!(entry.rel_type.as_str(), "demands" | "appeals")
                .then(|| inquiry_by(doc, tlast, cl.end))?
        })
        .or_else(|| (entry.lemma == "blame").then(|| blamed_on(doc, tlast, cl.end))?)
    {
        tgt.extend(arg(doc, k));
        tgt.extend(coordinated_objects(doc, k, cl.end).filter_map(|k| arg(doc, k)));
        if entry.rel_type == "visits" {
            tgt.extend(visited_places(doc, k, sent.end).filter_map(|k| arg(doc, k)));
            tgt = dedup(tgt);
        }
    } else if let Some(k) = against.filter(|&k| {
        // "launched strikes against X": an `against`/`on` phrase close behind the verb.
        doc.tokens_in(Span::new(t.span.end, doc.mentions[k].span.start))
            .len()
            <= 1
    }) {
        tgt.extend(arg(doc, k));
    } else if let Some((j, a)) = object_pronoun(doc, tlast, cl)
        .and_then(|j| Some((j, src.filter(|&a| actor_next_to(doc, a, ti))?)))
    {
        // "Smith criticised him": the person "him" stands for.
        tgt.extend(object_pronoun_antecedent(
            doc,
            (si, cl),
            doc.tokens[j].span.start,
            Some(a),
            quotes,
        ));
    } else if let Some(a) = src.filter(|&a| {
        // "The party condemned his remarks", "the union backed her campaign": a body judging
        // a person's words or deeds judges the person. (Not a person: "Smith defended his
        // record" is his own.)
        doc.res.entities[a.entity].kind != EntityKind::Person
            && matches!(
                entry.rel_type.as_str(),
                "criticizes" | "condemns" | "accuses" | "praises" | "supports" | "rejects"
            )
            && matches!(doc.word_cow(tlast + 1).as_ref(), "his" | "her")
            && doc
                .tokens
                .get(tlast + 2)
                .is_some_and(|n| n.kind == TokenKind::Word && n.span.end <= cl.end)
            && actor_next_to(doc, a, ti)
    }) {
        tgt.extend(object_pronoun_antecedent(
            doc,
            (si, cl),
            doc.tokens[tlast + 1].span.start,
            Some(a),
            quotes,
        ));
    }
    (src, dedup(tgt))
}

/// Verbs that, with a company as their object, state a takeover or a sale of one.
const COMPANY_DEAL_VERBS: &[&str] = &["buy", "purchase", "acquire", "sell"];

/// "buy Sony consoles", "bought Toyota Prius cars": a company name that modifies a noun or
/// opens a product name.
fn names_a_product(doc: &Doc<'_>, k: usize) -> bool {
    modifies_common_noun(doc, k) || {
        let e = doc.mentions[k].span.end;
        let j = doc.token_at_or_after(e);
        doc.tokens.get(j).is_some_and(|t| {
            t.span.start == e + 1
                && t.kind == TokenKind::Word
                && t.text(doc.text).starts_with(|c: char| c.is_uppercase())
                && doc.mention_covering(t.span.start).is_none()
        })
    }
}

/// "French carmaker Renault", "UK bank Barclays": a name that describes a common noun stands
/// for the name that noun leads to (at most three lower-case words on). A demonym with no
/// name behind stands for its state only before its agents ("Japanese officials"), not
/// before anything else ("a Canadian company").
fn described_head(doc: &Doc<'_>, k: usize) -> Option<usize> {
    if !modifies_common_noun(doc, k) {
        return Some(k);
    }
    let j = token_after(doc, k);
    let head = (j..j + 4)
        .take_while(|&i| i < doc.tokens.len())
        .find_map(|i| {
            let t = doc.tokens[i];
            match doc.mention_covering(t.span.start) {
                Some(h) => Some(Some(h)),
                // "talks with Canadian officials in Ottawa": the noun phrase ends at a
                // preposition; the place after it heads nothing.
                None if ends_noun_phrase(doc, i) => Some(None),
                None if t.kind == TokenKind::Word
                    && t.text(doc.text).starts_with(char::is_lowercase) =>
                {
                    None
                }
                None => Some(None),
            }
        })
        .flatten()
        .filter(|&h| doc.id(h).is_some());
    if head.is_some() {
        return head;
    }
    // "American trade negotiators", "his Israeli counterpart".
    let agents = (j..j + 3)
        .take_while(|&i| {
            i < doc.tokens.len()
                && doc.tokens[i].kind == TokenKind::Word
                && doc.tokens[i].text(doc.text).starts_with(char::is_lowercase)
        })
        .any(|i| {
            let w = doc.word_cow(i);
            STATE_AGENTS.contains(&w.as_ref())
                || OFFICE_WORDS.contains(&w.as_ref())
                || w == "counterpart"
                || w == "counterparts"
        });
    (doc.mentions[k].form != crate::ner::Form::Demonym || agents).then_some(k)
}

/// "The two companies held four days of talks", "both firms agreed": a subject that counts two
/// companies, within eight words before the trigger `ti` in clause `cl`, stands for the two
/// companies the sentence and the two before it name before it, when exactly two are named
/// there. Both arguments span the counting phrase.
fn two_companies(doc: &Doc<'_>, si: usize, cl: Span, ti: usize) -> Option<(Arg, Arg)> {
    let first = doc.tokens_in(cl).start.max(ti.saturating_sub(8));
    let head = (first..ti).find(|&j| {
        matches!(doc.word_cow(j).as_ref(), "companies" | "firms")
            && j >= 1
            && (doc.word_cow(j - 1) == "both"
                || doc.word_cow(j - 1) == "two" && j >= 2 && doc.word_cow(j - 2) == "the")
    })?;
    let open = head
        - if doc.word_cow(head - 1) == "both" {
            1
        } else {
            2
        };
    // The phrase is the subject: it opens the clause and no name stands between it and
    // the trigger; "the two companies'" is a possessive.
    let phrase = Span::new(doc.tokens[open].span.start, doc.tokens[head].span.end);
    if doc.tokens_in(Span::new(cl.start, phrase.start)).len() > 1
        || doc.text[phrase.end..].starts_with('\'')
        || !doc
            .mentions_in(Span::new(phrase.end, doc.tokens[ti].span.start))
            .is_empty()
    {
        return None;
    }
    let from = doc.sentences[si.saturating_sub(2)].span.start;
    let mut named: Vec<usize> = Vec::new();
    for k in doc.mentions_in(Span::new(from, phrase.start)) {
        let Some(e) = doc.res.entity_of[k] else {
            continue;
        };
        if doc.res.entities[e].kind == EntityKind::Organization
            && doc.lexicon_type(e).is_none_or(|t| t == "company")
            && !doc.is_modifier(k)
            && !named.contains(&e)
        {
            named.push(e);
        }
    }
    let [a, b] = named[..] else {
        return None;
    };
    let arg = |entity| Arg {
        entity,
        span: phrase,
    };
    Some((arg(a), arg(b)))
}

/// Does token `i`, a preposition or a clause word, end the noun phrase before it?
fn ends_noun_phrase(doc: &Doc<'_>, i: usize) -> bool {
    let w = doc.word_cow(i);
    PREPOSITIONS.contains(&w.as_ref()) || CLAUSE_BREAKS.contains(&w.as_ref())
}

/// Nouns for a part of a company that is sold whole ("its Apex unit", "the KXYZ station").
const UNIT_NOUNS: &[&str] = &[
    "unit",
    "subsidiary",
    "division",
    "station",
    "business",
    "operations",
    // (relbiz) "sell off its Reed Tool Co operation".
    "operation",
    "affiliate",
    "stake",
];

/// "ordered 30 Airbus A320 planes", "buy more Boeing jets": the company whose products follow
/// the verb (ending at `tlast`) after at most a count or a few quantity words.
fn product_maker(doc: &Doc<'_>, tlast: usize, end: usize) -> Option<usize> {
    for j in tlast + 1..tlast + 4 {
        let t = doc.tokens.get(j).filter(|t| t.span.start < end)?;
        if let Some(k) = doc.mention_covering(t.span.start) {
            // A maker's brand before a model ("Airbus A320", "Boeing 747") or a plural noun
            // ("Boeing jets"); not a company's legal name ("Jeffrey Martin Inc earlier").
            let m = doc.mentions[k].span;
            let n = doc.token_at_or_after(m.end);
            let legal = m
                .slice(doc.text)
                .split_whitespace()
                .last()
                .is_some_and(crate::ner::is_company_tail);
            let product = doc.tokens.get(n).is_some_and(|t| {
                let raw = t.text(doc.text);
                t.span.start == m.end + 1
                    && doc.mention_covering(t.span.start).is_none()
                    && (t.kind == TokenKind::Number
                        || raw.starts_with(|c: char| c.is_ascii_uppercase())
                            && raw.contains(|c: char| c.is_ascii_digit())
                        || raw.len() > 3
                            && raw.ends_with('s')
                            && raw.starts_with(char::is_lowercase)
                            && !AFTER_HEAD.contains(&raw)
                            && !STAKE_NOUNS.contains(&raw)
                            && !UNIT_NOUNS.iter().any(|u| raw.starts_with(u)))
            });
            return (doc.kind(k) == EntityKind::Organization
                && !doc.is_possessor(k)
                && !legal
                && product)
                .then_some(k);
        }
        let w = doc.word_cow(j);
        if t.kind != TokenKind::Number
            && !["a", "an", "more", "new", "additional", "another", "further"].contains(&w.as_ref())
        {
            return None;
        }
    }
    None
}

/// "sell its Apex unit": a company name before a unit noun names the unit sold.
fn names_a_unit(doc: &Doc<'_>, k: usize) -> bool {
    let j = token_after(doc, k);
    j < doc.tokens.len() && UNIT_NOUNS.contains(&doc.word_cow(j).as_ref())
}

/// What a buyer takes a share of: "a 15 pct stake in X", "500,000 shares of X".
const STAKE_NOUNS: &[&str] = &[
    "stake",
    "stakes",
    "share",
    "shares",
    "stock",
    "interest",
    "control",
    "majority",
    "unit",
    "units",
    "subsidiary",
    "assets",
    "holding",
    "holdings",
];

/// The company in "a stake in X" / "shares of X" / "the assets and liabilities of X" within
/// eight words after the verb (ending at `tlast`), before the clause ends at `end`.
fn stake_in(doc: &Doc<'_>, tlast: usize, end: usize) -> Option<usize> {
    let mut j = tlast + 1;
    let mut steps = 0;
    while j + 1 < doc.tokens.len() && doc.tokens[j].span.start < end && steps < 8 {
        // "BT's stake in Cegetel": the seller's name may stand before the stake.
        if doc
            .mention_covering(doc.tokens[j].span.start)
            .is_some_and(|k| !doc.is_possessor(k))
        {
            return None;
        }
        if STAKE_NOUNS.contains(&doc.word_cow(j).as_ref())
            && matches!(doc.word_cow(j + 1).as_ref(), "in" | "of")
        {
            return object_np(doc, j + 2, end, &[], false, false);
        }
        // "substantially all of the assets and liabilities of X".
        if doc.word_cow(j) == "assets"
            && doc.word_cow(j + 1) == "and"
            && lower_word(doc, j + 2)
            && doc.word_cow(j + 3) == "of"
        {
            return object_np(doc, j + 4, end, &[], false, false);
        }
        j += 1;
        steps += 1;
    }
    None
}

/// Words of a share class between a company's name and "shares"/"stock" ("Acme common shares",
/// "Acme class A voting stock").
const SHARE_CLASSES: &[&str] = &[
    "common",
    "ordinary",
    "preferred",
    "preference",
    "voting",
    "non-voting",
    "class",
    "a",
    "b",
    "convertible",
    "cumulative",
    "outstanding",
    "capital",
    "restricted",
    "new",
    "newly",
    "issued",
];
/// Words that may stand before the shares bought or sold ("another 42,750", "about four mln
/// shares or 15 pct of", "the remaining 15 pct of").
const SHARE_COUNT_WORDS: &[&str] = &[
    "about",
    "nearly",
    "almost",
    "some",
    "approximately",
    "roughly",
    "another",
    "additional",
    "more",
    "further",
    "remaining",
    "all",
    "the",
    "a",
    "an",
    "its",
    "shares",
    "or",
    "of",
    "total",
    "over",
    "than",
    "up",
    "to",
    "just",
    "under",
];

/// The company whose shares a purchase or sale (the verb `ti`..`tlast`) names, within ten
/// words before `end`: "bought 947,800 Acme common shares", "sold 114,000 Acme Corp shares",
/// "acquired nearly six pct of Acme", "four mln shares or 15 pct of Acme's stock". Only
/// counts and amounts stand before the name; the name is followed by a share noun (after a
/// share class), or follows "pct of". Not an option, warrant or right to buy ("holds options
/// to purchase 500 Acme shares"), which is no purchase yet.
fn shares_of_company(doc: &Doc<'_>, ti: usize, tlast: usize, end: usize) -> Option<usize> {
    if ti >= 2
        && doc.word_cow(ti - 1) == "to"
        && matches!(
            doc.word_cow(ti - 2).as_ref(),
            "option" | "options" | "warrant" | "warrants" | "right" | "rights"
        )
    {
        return None;
    }
    let mut j = tlast + 1;
    let mut steps = 0;
    while j < doc.tokens.len() && doc.tokens[j].span.start < end && steps < 10 {
        steps += 1;
        let start = doc.tokens[j].span.start;
        if let Some(k) = doc.mention_covering(start) {
            // "15 pct of Acme", "15 pct of Acme's outstanding shares".
            let pct_of = j >= 2
                && doc.word_cow(j - 1) == "of"
                && matches!(
                    doc.word_cow(j - 2).as_ref(),
                    "pct" | "percent" | "%" | "cent"
                );
            let e = doc.mentions[k].span.end;
            let mut n = doc.token_at_or_after(e);
            // A ticker after the name: "Acme Corp <ACME> common shares".
            if doc.text[e..].starts_with(" <") || doc.text[e..].starts_with('<') {
                while n < doc.tokens.len() && doc.tokens[n].text(doc.text) != ">" {
                    n += 1;
                }
                n += 1;
            }
            let possessive = n < doc.tokens.len()
                && matches!(doc.tokens[n].text(doc.text), "'s" | "’s" | "'" | "’");
            if possessive {
                n += 1;
            }
            while n < doc.tokens.len()
                && doc.tokens[n].span.start < end
                && SHARE_CLASSES.contains(&doc.word_cow(n).as_ref())
            {
                n += 1;
            }
            let shares = n < doc.tokens.len()
                && doc.tokens[n].span.start < end
                && matches!(doc.word_cow(n).as_ref(), "shares" | "stock" | "stocks");
            let ends_here = n >= doc.tokens.len()
                || doc.tokens[n].span.start >= end
                || matches!(
                    doc.word_cow(n).as_ref(),
                    "," | "." | ";" | "in" | "at" | "for" | "from" | "on" | "since" | "between"
                );
            return (shares || pct_of && !possessive && ends_here).then_some(k);
        }
        let w = doc.word_cow(j);
        if !(is_amount(&w)
            || SHARE_COUNT_WORDS.contains(&w.as_ref())
            || doc.tokens[j].kind == TokenKind::Number
            || matches!(w.as_ref(), "," | "-" | "$"))
        {
            return None;
        }
        j += 1;
    }
    None
}

/// A word shaped as a past participle: "-ed", or one of [`IRREGULAR_PARTICIPLES`].
fn passive_participle(w: &str) -> bool {
    w.ends_with("ed") || IRREGULAR_PARTICIPLES.contains(&w)
}

/// Past participles of event verbs that do not end in "-ed" ("was sold to China by Russia").
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "sold", "bought", "hit", "struck", "shot", "met", "taken", "beaten", "sent", "led", "caught",
    "fought", "paid", "given", "held", "seen",
];

/// Nouns for armed forces and their weapons, which a demonym before them makes a country's
/// ("Iranian missiles", "Russian troops").
const FORCE_NOUNS: &[&str] = &[
    "troops",
    "forces",
    "soldiers",
    "jets",
    "warplanes",
    "aircraft",
    "planes",
    "missiles",
    "rockets",
    "drones",
    "warships",
    "ships",
    "tanks",
    "artillery",
    "helicopters",
    "army",
    "navy",
    "shells",
    "bombers",
    "fighters",
    "gunboats",
    "submarines",
    "units",
];

/// Verbs of keeping something safe from an attack named after "from"/"against".
pub(super) const PROTECT_VERBS: &[&str] = &[
    "protect",
    "protects",
    "protected",
    "protecting",
    "defend",
    "defends",
    "defended",
    "defending",
    "shield",
    "shields",
    "shielded",
    "shielding",
];

/// "could not protect their base from the barrage of Iranian missiles": the forces named
/// after "from" attacked whoever owns what was protected, a country or organisation named in
/// the object, or after "its"/"their" the nearest country before the verb (the owner of
/// "American air defenses ... their base"). The attack is presupposed whatever happens to the
/// protecting ("could not protect"), so it is asserted.
fn protection_attacks(
    doc: &Doc<'_>,
    sent: Span,
    range: std::ops::Range<usize>,
    (lowered, info): (&[Cow<'_, str>], &[Option<&WordInfo>]),
    out: &mut Vec<RelationRecord>,
) {
    for ti in range.clone() {
        if !info[ti].is_some_and(|w| w.protect) {
            continue;
        }
        // The object runs to "from"/"against", within a few words and no punctuation.
        let Some(from) = (ti + 1..(ti + 8).min(range.end))
            .take_while(|&j| doc.tokens[j].kind != TokenKind::Punct)
            .find(|&j| matches!(lowered[j].as_ref(), "from" | "against"))
        else {
            continue;
        };
        // The attackers: a demonym heading forces ("Iranian missiles"), possibly inside
        // "a barrage of"; `force` is the forces' token.
        let tail_end = doc.tokens[(from + 8).min(range.end) - 1].span.end;
        let Some((actor, force)) = doc
            .mentions_in(Span::new(doc.tokens[from].span.end, tail_end))
            .into_iter()
            .map(|k| {
                let after = doc.token_at_or_after(doc.mentions[k].span.end);
                (k, after)
            })
            .find(|&(k, after)| {
                doc.mentions[k].form == crate::ner::Form::Demonym
                    && doc.kind(k) == EntityKind::Country
                    && after < range.end
                    && FORCE_NOUNS.contains(&lowered[after].as_ref())
            })
        else {
            continue;
        };
        let object = Span::new(doc.tokens[ti].span.end, doc.tokens[from].span.start);
        let named = doc
            .mentions_in(object)
            .into_iter()
            .find(|&k| matches!(doc.kind(k), EntityKind::Country | EntityKind::Organization));
        let owner = named.or_else(|| {
            if !matches!(
                lowered.get(ti + 1).map(|w| w.as_ref()),
                Some("its" | "their")
            ) {
                return None;
            }
            doc.mentions_in(Span::new(sent.start, doc.tokens[ti].span.start))
                .into_iter()
                .rev()
                .find(|&k| doc.kind(k) == EntityKind::Country)
        });
        let (Some(src), Some(tgt)) = (doc.id(actor), owner.and_then(|k| doc.id(k))) else {
            continue;
        };
        if src == tgt {
            continue;
        }
        let force_end = doc.tokens[force].span.end;
        let ev = Span::new(doc.tokens[ti].span.start, force_end);
        out.push(sentence_record(
            doc,
            (src, tgt),
            ("attacks", "190", "event/protect-from"),
            Modality::Asserted,
            (sent, ev),
        ));
    }
}

/// Verbs of paying for someone else ("paid for him to fly", "funded her trip"); the "pay"
/// forms take "for".
pub(crate) const PAY_VERBS: &[&str] = &[
    "paid",
    "pay",
    "pays",
    "paying",
    "funded",
    "financed",
    "sponsored",
    "bankrolled",
];

/// What one pays for a person: travel, stays, care ("paid for his flight").
const TRIP_NOUNS: &[&str] = &[
    "trip",
    "trips",
    "flight",
    "flights",
    "travel",
    "travels",
    "journey",
    "stay",
    "visit",
    "visits",
    "holiday",
    "holidays",
    "vacation",
    "hotel",
    "accommodation",
    "fare",
    "fares",
    "tuition",
    "treatment",
    "education",
];

/// The one a pronoun after a verb of paying stands for: the only person named before it in
/// its sentence other than the payer, else the previous sentence's subject (a person, not the
/// payer). "King Abdullah paid for him to fly" is not the king paying for himself.
fn payee_pronoun(doc: &Doc<'_>, si: usize, pos: usize, payer: usize) -> Option<Arg> {
    let s = doc.sentences[si].span;
    let mut persons: Vec<usize> = doc
        .mentions_in(Span::new(s.start, pos))
        .into_iter()
        .filter_map(|k| doc.res.entity_of[k])
        .filter(|&e| e != payer && doc.res.entities[e].kind == EntityKind::Person)
        .collect();
    persons.dedup();
    let entity = match persons.as_slice() {
        [e] => *e,
        [] => (si > 0)
            .then(|| sentence_subject(doc, doc.sentences[si - 1].span))
            .flatten()
            .map(|a| a.entity)
            .filter(|&e| e != payer && doc.res.entities[e].kind == EntityKind::Person)?,
        _ => return None,
    };
    Some(Arg {
        entity,
        span: Span::new(pos, pos),
    })
}

/// "King Abdullah paid for him to fly to Cairo", "the company paid for Smith's trip", "Acme
/// funded her stay": paying for someone to do something, or for their travel, is aid (CAMEO
/// 070) from the payer (a name before the verb, outside any prepositional phrase) to them.
/// "paid for the drinks", "paid for by donors", "funded his own trip" give nothing.
fn paid_for(
    doc: &Doc<'_>,
    si: usize,
    range: std::ops::Range<usize>,
    lowered: &[Cow<'_, str>],
    quotes: &[QuoteOut],
    out: &mut Vec<RelationRecord>,
) {
    let sent = doc.sentences[si].span;
    let word = |j: usize| {
        if j < range.end {
            lowered[j].as_ref()
        } else {
            ""
        }
    };
    for ti in range.clone() {
        let w = lowered[ti].as_ref();
        if !PAY_VERBS.contains(&w) {
            continue;
        }
        let mut j = ti + 1;
        if w.starts_with("pa") {
            if word(j) != "for" {
                continue;
            }
            j += 1;
        }
        let cl = clause(doc, sent, ti);
        // The payer: a name before the verb in its clause, not inside a prepositional phrase.
        let before = doc.mentions_in(Span::new(cl.start, doc.tokens[ti].span.start));
        let Some(src) = before
            .iter()
            .rev()
            .copied()
            .find(|&k| !in_pp(doc, k) && !doc.is_modifier(k) && !is_weapon(doc, k))
            .and_then(|k| arg(doc, k))
        else {
            continue;
        };
        // ("was paid for", "who paid for": the name before is not the payer.)
        if matches!(
            word(ti.wrapping_sub(1)),
            "was" | "were" | "been" | "being" | "be" | "is" | "are"
        ) || !matches!(
            doc.res.entities[src.entity].kind,
            EntityKind::Person | EntityKind::Organization | EntityKind::Country
        ) {
            continue;
        }
        let trip_at = |k: usize| {
            // One modifier may stand before the trip noun ("his first trip"), not "own".
            TRIP_NOUNS.contains(&word(k))
                || word(k) != "own" && TRIP_NOUNS.contains(&word(k + 1)) && k + 1 < range.end
        };
        let infinitive = |k: usize| {
            word(k) == "to"
                && k + 1 < range.end
                && doc.tokens[k + 1].kind == TokenKind::Word
                && doc.tokens[k + 1]
                    .text(doc.text)
                    .starts_with(char::is_lowercase)
        };
        let pos = doc.tokens[j.min(range.end - 1)].span.start;
        let (tgt, last) = match word(j) {
            "him" | "her" if infinitive(j + 1) => (payee_pronoun(doc, si, pos, src.entity), j + 2),
            "his" | "her" if trip_at(j + 1) => (payee_pronoun(doc, si, pos, src.entity), j + 2),
            _ => {
                // The first name after the verb, past a title ("paid for Governor X to fly").
                let Some(k) = doc
                    .mentions_in(Span::new(
                        pos,
                        doc.tokens[(j + 4).min(range.end - 1)].span.end,
                    ))
                    .first()
                    .copied()
                else {
                    continue;
                };
                if word_before_object(doc, doc.mentions[k].span.start) != Some(j - 1) {
                    continue;
                }
                let after = doc.token_at_or_after(doc.mentions[k].span.end);
                let person = doc.kind(k) == EntityKind::Person;
                let shape = if infinitive(after) {
                    matches!(
                        doc.kind(k),
                        EntityKind::Person | EntityKind::Organization | EntityKind::Country
                    )
                } else {
                    person && matches!(word(after), "'s" | "’s") && trip_at(after + 1)
                };
                if !shape {
                    continue;
                }
                (arg(doc, k), after + 1)
            }
        };
        let Some(tgt) = tgt.filter(|t| t.entity != src.entity) else {
            continue;
        };
        let end = doc.tokens[last.min(range.end - 1)].span.end;
        let ev = Span::new(src.span.start.max(sent.start), end.min(sent.end));
        let t = doc.tokens[ti].span;
        out.push(aid_record(
            doc,
            quotes,
            (cl, sent, t),
            (&src, &tgt),
            ev,
            ("070", "event/pay-for"),
        ));
    }
}

/// True when `out` already holds an `aids` row from `giver` to `target` stated in sentence
/// `sent` (one aid per pair and sentence, whichever reader found it first).
fn aid_stated_in(out: &[RelationRecord], giver: &str, target: &str, sent: Span) -> bool {
    out.iter().any(|r| {
        r.rel_type == "aids"
            && r.source == giver
            && r.target == target
            && r.evidence.start >= sent.start
            && r.evidence.start < sent.end
    })
}

/// The "aids" record of `src` helping `tgt` for the trigger at `t` in clause `cl` of sentence
/// `sent`: CAMEO `asserted` ("070", "071"), or 033 when the trigger reads as intended ("will
/// lend"); dated by the clause, else the sentence; `ev` is the evidence span.
fn aid_record(
    doc: &Doc<'_>,
    quotes: &[QuoteOut],
    (cl, sent, t): (Span, Span, Span),
    (src, tgt): (&Arg, &Arg),
    ev: Span,
    (asserted, rule): (&str, &str),
) -> RelationRecord {
    let in_quote = quotes.iter().any(|q| q.content.contains(t));
    let m = modality(
        doc,
        cl,
        t,
        in_quote,
        TriggerPos::Verb,
        false,
        Some(src.span),
    );
    let cameo = if m == Modality::Intended {
        "033"
    } else {
        asserted
    };
    RelationRecord {
        source: doc.res.entities[src.entity].id.clone(),
        target: doc.res.entities[tgt.entity].id.clone(),
        rel_type: "aids".to_string(),
        cameo: Some(cameo.to_string()),
        modality: m,
        date: doc.date_in(cl).or_else(|| doc.date_in(sent)),
        title: None,
        evidence: doc.article.evidence(ev),
        sentence: Some(doc.article.evidence(sent)),
        rule: rule.to_string(),
    }
}

/// A relation from `src` to `tgt` (entity ids) of `(rel_type, cameo, rule)`, dated by its
/// sentence `sent`, with `ev` as its evidence.
fn sentence_record(
    doc: &Doc<'_>,
    (src, tgt): (&str, &str),
    (rel_type, cameo, rule): (&str, &str, &str),
    modality: Modality,
    (sent, ev): (Span, Span),
) -> RelationRecord {
    RelationRecord {
        source: src.to_string(),
        target: tgt.to_string(),
        rel_type: rel_type.to_string(),
        cameo: Some(cameo.to_string()),
        modality,
        date: doc.date_in(sent),
        title: None,
        evidence: doc.article.evidence(ev),
        sentence: Some(doc.article.evidence(sent)),
        rule: rule.to_string(),
    }
}

/// Words of saying that end a giver's reach ("X said banks would grant Y loans").
const SAY_WORDS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "stated",
    "announced",
    "reported",
    "that",
];

/// "for Washington to join forces with Moscow", "lobbied for the Americans to support
/// Ukraine": an infinitive whose subject (`src`) follows "for" states no fact, a hypothetical
/// one, or an intended one after an agreement ("a definitive agreement for X to acquire Y");
/// "paid for X to fly", "arranged for X to fly" state a fact (`None`).
fn for_infinitive(doc: &Doc<'_>, ti: usize, src: Span) -> Option<Modality> {
    if ti < 2 || doc.word_cow(ti - 1) != "to" || src.is_empty() {
        return None;
    }
    let to = doc.tokens[ti - 1].span.start;
    if src.end > to || !doc.text[src.end..to].trim().is_empty() {
        return None;
    }
    let f = word_before_object(doc, src.start)?;
    if doc.word_cow(f) != "for" {
        return None;
    }
    let before = if f > 0 {
        doc.word_cow(f - 1)
    } else {
        "".into()
    };
    if PAY_VERBS.contains(&before.as_ref())
        || matches!(before.as_ref(), "arranged" | "arranges" | "arrange")
    {
        return None;
    }
    // "a contract signed in February for the Saudis to supply Brazil": an agreement word a
    // few words before "for".
    let agreed = (f.saturating_sub(5)..f).any(|j| {
        matches!(
            doc.word_cow(j).as_ref(),
            "agreement" | "agreements" | "contract" | "contracts" | "deal" | "accord" | "pact"
        )
    });
    Some(
        if agreed
            || matches!(
                before.as_ref(),
                "agreement"
                    | "agreements"
                    | "contract"
                    | "contracts"
                    | "deal"
                    | "accord"
                    | "pact"
                    | "plan"
                    | "plans"
                    | "proposal"
                    | "arrangement"
                    | "arrangements"
                    | "agreed"
                    | "approval"
            )
        {
            Modality::Intended
        } else {
            Modality::Hypothetical
        },
    )
}

/// Verbs whose first object receives what the second names ("gave Indonesia $5m in aid").
const GIVE_VERBS: &[&str] = &[
    "gave", "give", "gives", "giving", "granted", "grant", "grants", "granting", "extended",
    "extend", "extends", "offered", "offer", "offers", "promised", "pledged", "lent", "lend",
    "lends", "loaned", "sent", "send", "sends",
];

/// "Japan gave Indonesia $5 million in aid", "the IMF granted Ghana a new loan": a verb of
/// giving before an aid noun (at `ti`), its first object the recipient and its subject the
/// donor. Between the recipient and the noun only amounts, determiners and lower-case
/// modifiers ("in", "of", "emergency").
fn given_to(
    doc: &Doc<'_>,
    cl: Span,
    ti: usize,
    si: usize,
    (quotes, affils): (&[QuoteOut], &[Affil]),
) -> Option<(Arg, Arg)> {
    let mut j = ti;
    let mut steps = 0;
    let k = loop {
        j = j.checked_sub(1)?;
        steps += 1;
        if steps > 8 || doc.tokens[j].span.start < cl.start {
            return None;
        }
        if let Some(k) = doc.mention_covering(doc.tokens[j].span.start) {
            break k;
        }
        let w = doc.word_cow(j);
        let t = doc.tokens[j];
        let filler = is_amount(&w)
            || matches!(
                w.as_ref(),
                "in" | "of" | "worth" | "about" | "some" | "nearly"
            )
            || DETERMINERS.contains(&w.as_ref())
            || t.kind == TokenKind::Word
                && t.text(doc.text).starts_with(char::is_lowercase)
                && !PREPOSITIONS.contains(&w.as_ref())
                && !GIVE_VERBS.contains(&w.as_ref());
        if !filler {
            return None;
        }
    };
    if doc.is_modifier(k)
        || is_weapon(doc, k)
        || doc.kind(k) == EntityKind::Location
        || doc.text[doc.mentions[k].span.end..].starts_with("'s")
        || doc.text[doc.mentions[k].span.end..].starts_with("’s")
    {
        return None;
    }
    let g = word_before_object(doc, doc.mentions[k].span.start)?;
    if !GIVE_VERBS.contains(&doc.word_cow(g).as_ref()) || doc.tokens[g].span.start < cl.start {
        return None;
    }
    // "the World Bank said it has extended Pakistan ... loans": a pronoun subject first.
    if let Some(p) = (g.saturating_sub(3)..g)
        .rev()
        .find(|&p| {
            matches!(
                doc.word_cow(p).as_ref(),
                "it" | "they" | "he" | "she" | "we"
            )
        })
        .filter(|&p| doc.tokens[p].span.start >= cl.start)
    {
        let giver = pronoun_at(doc, p, si, quotes, affils)?;
        return Some((giver, arg(doc, k)?));
    }
    let before = doc.mentions_in(Span::new(cl.start, doc.tokens[g].span.start));
    let giver = before
        .iter()
        .rev()
        .copied()
        .find(|&k| !in_pp(doc, k) && !doc.is_modifier(k) && !is_weapon(doc, k))
        .and_then(|k| arg(doc, k))
        .filter(|a| {
            // "Knox said banks would grant Argentina loans": the speaker gives nothing.
            !doc.tokens_in(Span::new(a.span.end, doc.tokens[g].span.start))
                .any(|j| SAY_WORDS.contains(&doc.word_cow(j).as_ref()))
        });
    if giver.is_none()
        && !before.is_empty()
        && doc
            .tokens_in(Span::new(cl.start, doc.tokens[g].span.start))
            .any(|j| SAY_WORDS.contains(&doc.word_cow(j).as_ref()))
    {
        return None;
    }
    let giver = giver.or_else(|| {
        clause_subject_ref(
            doc,
            cl,
            doc.tokens_in(Span::new(cl.start, doc.tokens[g].span.start)),
            si,
            quotes,
            affils,
        )
    })?;
    Some((giver, arg(doc, k)?))
}

/// Nouns for a quantity or a body of forces that an `of` phrase fills ("a barrage of").
const COLLECTIVE_NOUNS: &[&str] = &[
    "barrage",
    "volley",
    "salvo",
    "wave",
    "waves",
    "hail",
    "fleet",
    "squadron",
    "convoy",
    "column",
    "unit",
    "group",
    "contingent",
    "swarm",
    "dozens",
    "hundreds",
    "thousands",
];

/// "a barrage of Iranian missiles struck": a demonym heading the forces inside an `of` phrase
/// after a quantity noun acts, although it sits in a prepositional phrase.
fn collective_actor(doc: &Doc<'_>, k: usize) -> bool {
    let m = &doc.mentions[k];
    if m.form != crate::ner::Form::Demonym {
        return false;
    }
    let ti = doc.token_at_or_after(m.span.start);
    let after = doc.token_at_or_after(m.span.end);
    // "Hundreds of Palestinians attacked": a plural demonym is the people themselves.
    ti >= 2
        && doc.word_cow(ti - 1) == "of"
        && COLLECTIVE_NOUNS.contains(&doc.word_cow(ti - 2).as_ref())
        && (after < doc.tokens.len() && FORCE_NOUNS.contains(&doc.word_cow(after).as_ref())
            || plural_demonym(doc, k))
}

/// Words between a subject and its verb: auxiliaries and adverbs.
const SUBJECT_VERB_GAP: &[&str] = &[
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "may",
    "might",
    "also",
    "then",
    "later",
    "previously",
    "recently",
    "already",
    "repeatedly",
    "reportedly",
    "subsequently",
    "now",
    "all",
    "both",
];

/// Lower-case words ending in "s" that are not plural nouns.
const NOT_PLURAL_NOUNS: &[&str] = &[
    "this",
    "thus",
    "always",
    "perhaps",
    "sometimes",
    "whereas",
    "besides",
    "afterwards",
    "towards",
    "unless",
    "across",
    "news",
    "series",
    "means",
    "plus",
    "does",
    "says",
    "hers",
    "ours",
    "yours",
    "theirs",
    "whose",
    "whereabouts",
    "nevertheless",
    "regardless",
];

/// True when a plural common noun is the subject right before the verb at `ti`
/// ("prosecutors blamed Boeing", "critics have attacked"), with no entity before
/// it naming the group ("Iraqi officials", "Boeing's lawyers"). Such a subject
/// names no one, so no entity further left is the actor ("In documents filed
/// ahead of Mr Sears' sentencing, prosecutors blamed Boeing").
fn unnamed_subject(doc: &Doc<'_>, ti: usize) -> bool {
    // A participle ("plans attacking X") is no finite verb with a subject of its own.
    if doc.tokens[ti].text(doc.text).ends_with("ing") {
        return false;
    }
    let mut j = ti;
    for _ in 0..4 {
        if j == 0 {
            return false;
        }
        j -= 1;
        if SUBJECT_VERB_GAP.contains(&doc.word_cow(j).as_ref()) {
            continue;
        }
        let w = doc.tokens[j].text(doc.text);
        let plural_noun = w.len() >= 4
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && w.ends_with('s')
            && !(w.ends_with("ss") || w.ends_with("us") || w.ends_with("is"))
            && !NOT_PLURAL_NOUNS.contains(&w);
        if !plural_noun || doc.mention_covering(doc.tokens[j].span.start).is_some() {
            return false;
        }
        // Troops are someone's: the old search finds whose ("Chad said troops killed").
        if ANAPHORIC_GROUPS.contains(&w) || FORCE_NOUNS.contains(&w) {
            return false;
        }
        // Walk back over the noun's lower-case modifiers ("helicopter gunships",
        // "grain exporting firms") to what opens the phrase.
        let mut p = j;
        for _ in 0..3 {
            let Some(q) = p.checked_sub(1) else {
                return true;
            };
            let pw = doc.tokens[q].text(doc.text);
            if doc.mention_covering(doc.tokens[q].span.start).is_some()
                || pw.ends_with(['\'', '\u{2019}'])
                || pw == "s"
                || pw.starts_with(char::is_uppercase)
            {
                return false;
            }
            if !pw.bytes().all(|b| b.is_ascii_lowercase()) || GROUP_OPENERS.contains(&pw) {
                return true;
            }
            p = q;
        }
        return true;
    }
    false
}

/// Plural nouns that point back to entities named before ("the two countries have signed").
const ANAPHORIC_GROUPS: &[&str] = &[
    "countries",
    "nations",
    "sides",
    "governments",
    "parties",
    "states",
    "allies",
    "companies",
    "firms",
    "leaders",
];

/// Words that open a noun phrase and name no one.
const GROUP_OPENERS: &[&str] = &[
    "the", "a", "an", "some", "many", "most", "several", "other", "these", "those", "few", "two",
    "three", "four", "and", "but",
];

/// Nouns of unnamed weapons in a sale ("sold arms to Syria", "delivering fighter jets to").
const ARMS_NOUNS: &[&str] = &[
    "arms",
    "weapons",
    "weaponry",
    "missiles",
    "rockets",
    "jets",
    "warplanes",
    "aircraft",
    "helicopters",
    "tanks",
    "drones",
    "submarines",
    "warships",
    "frigates",
    "rifles",
    "ammunition",
    "munitions",
    "artillery",
];

/// True when a word of [`ARMS_NOUNS`] follows `from` before "to" (within six words).
fn generic_arms_after(doc: &Doc<'_>, from: usize, end: usize) -> bool {
    (from..doc.tokens.len().min(from + 6))
        .take_while(|&j| doc.tokens[j].span.start < end && doc.word_cow(j) != "to")
        .any(|j| ARMS_NOUNS.contains(&doc.word_cow(j).as_ref()))
}

/// "sold F-35s to Poland", "the delivery of S-300 missiles to Iran": the recipient of a sale
/// in a `to` phrase shortly after the trigger.
fn sale_recipient(doc: &Doc<'_>, from: usize, end: usize) -> Option<usize> {
    let mut j = from;
    while j < doc.tokens.len() && j < from + 8 && doc.tokens[j].span.start < end {
        let w = doc.word_cow(j);
        if w == "to" {
            return object_np(doc, j, end, &["to"], true, false).filter(|&k| {
                matches!(doc.kind(k), EntityKind::Country | EntityKind::Organization)
            });
        }
        if doc.tokens[j].kind == TokenKind::Punct
            || ["from", "that", "which", "who"].contains(&w.as_ref())
        {
            return None;
        }
        j += 1;
    }
    None
}

/// True when the buying word at `ti` is an active verb of the clause's subject: not a noun
/// ("a 40 mln dlr oil purchase"), a passive ("to be bought from") or a participle after its
/// noun ("products bought from X"). "purchase" is a verb only after "to" or a modal;
/// "bought" and "purchased" only right after a name, an adverb or "has"/"have"/"had".
fn active_buying_verb(doc: &Doc<'_>, ti: usize) -> bool {
    if ti == 0 {
        return false;
    }
    let w = doc.word_cow(ti);
    let prev = doc.word_cow(ti - 1);
    let p = prev.as_ref();
    match w.as_ref() {
        "purchase" | "buy" => matches!(
            p,
            "to" | "will"
                | "would"
                | "could"
                | "can"
                | "may"
                | "might"
                | "should"
                | "must"
                | "shall"
                | "did"
                | "not"
        ),
        // (relbiz) "said it bought 12 jets from X": a subject pronoun is a subject too.
        "bought" | "purchased" => after_subject(doc, ti),
        "buys" | "purchases" => {
            doc.mention_ending_at(doc.tokens[ti - 1].span.end).is_some() || p == "it"
        }
        _ => false,
    }
}

/// True when the selling word at `ti` is an active verb of its clause's subject: right after
/// a name, a subject pronoun, an auxiliary, "to" or a modal ("Acme sold", "it has sold",
/// "agreed to sell"), not a passive ("was sold to") or a participle after its noun ("the
/// plants sold to X").
fn active_selling_verb(doc: &Doc<'_>, ti: usize) -> bool {
    ti > 0
        && matches!(doc.word_cow(ti).as_ref(), "sold" | "sell" | "sells")
        && (after_subject(doc, ti)
            || matches!(
                doc.word_cow(ti - 1).as_ref(),
                "to" | "will" | "would" | "could" | "may" | "might" | "did"
            ))
}

/// True when the word before token `ti` (> 0) shows the verb there has its clause's subject:
/// a name right before it, an adverb, "has"/"have"/"had", "also"/"then"/"just" or a subject
/// pronoun ("Acme bought", "it has sold", "they then bought").
fn after_subject(doc: &Doc<'_>, ti: usize) -> bool {
    let prev = doc.word_cow(ti - 1);
    let p = prev.as_ref();
    doc.mention_ending_at(doc.tokens[ti - 1].span.end).is_some()
        || p.len() > 4 && p.ends_with("ly")
        || matches!(
            p,
            "has" | "have" | "had" | "also" | "then" | "just" | "it" | "they" | "we"
        )
}

/// "sold its chemicals unit to Beta Inc", "sold its Travelers Life & Annuity insurance arm to
/// Metlife": the company after "to" past at most ten words of an unnamed asset opened by a
/// possessive or a determiner (names in it only as modifiers), before any comma, clause word or
/// "from"; `None` when the asset is named or no company follows.
fn asset_buyer(doc: &Doc<'_>, from: usize, end: usize) -> Option<usize> {
    if !matches!(
        doc.word_cow(from).as_ref(),
        "its" | "their" | "the" | "a" | "an" | "part" | "some" | "all"
    ) {
        return None;
    }
    let mut j = from + 1;
    while j < doc.tokens.len() && j < from + 12 && doc.tokens[j].span.start < end {
        let w = doc.word_cow(j);
        if w == "to" {
            return object_np(doc, j, end, &["to"], true, false)
                .filter(|&k| doc.kind(k) == EntityKind::Organization && !doc.is_possessor(k));
        }
        let t = doc.tokens[j].text(doc.text);
        if doc.tokens[j].kind == TokenKind::Punct && !matches!(t, "&" | "-" | "'s" | "’s")
            || [
                "from", "that", "which", "who", "for", "in", "at", "on", "and", "or", "with",
            ]
            .contains(&w.as_ref())
        {
            return None;
        }
        if let Some(k) = doc.mention_covering(doc.tokens[j].span.start) {
            if !doc.is_modifier(k) && !doc.is_possessor(k) && !modifies_common_noun(doc, k) {
                return None;
            }
            j = doc.token_at_or_after(doc.mentions[k].span.end);
            continue;
        }
        j += 1;
    }
    None
}

/// "bought 24 jets from France": the seller in a `from` phrase shortly after the trigger,
/// a country or an organisation that is no modifier ("from U.S. banks") or possessor ("from
/// Boeing's unit"), past nothing but words of the goods (no punctuation, "to", "that").
/// (relbiz) With `person`, a person may sell too ("the repurchase of shares from investor X").
fn sale_source(doc: &Doc<'_>, from: usize, end: usize, person: bool) -> Option<usize> {
    let mut j = from;
    while j < doc.tokens.len() && j < from + 8 && doc.tokens[j].span.start < end {
        let w = doc.word_cow(j);
        if w == "from" {
            return object_np(doc, j, end, &["from"], true, false).filter(|&k| {
                (matches!(doc.kind(k), EntityKind::Country | EntityKind::Organization)
                    || person && doc.kind(k) == EntityKind::Person)
                    && !doc.is_modifier(k)
                    && !doc.is_possessor(k)
            });
        }
        // (relbiz) "25 A300's from X": a model's plural "'s" is part of the goods.
        if matches!(w.as_ref(), "'s" | "’s") && j > from {
            j += 1;
            continue;
        }
        // ("buy nothing from Brazil": no deal.)
        if doc.tokens[j].kind == TokenKind::Punct
            || [
                "to", "that", "which", "who", "for", "in", "at", "on", "nothing",
            ]
            .contains(&w.as_ref())
            || doc.mention_covering(doc.tokens[j].span.start).is_some()
        {
            return None;
        }
        j += 1;
    }
    None
}

/// The byte offset past wire copy's brackets after a name ending at `end`: the ">" closing
/// "<Apex Ltd>" and a ticker (" <APX>", no space inside); `end` itself when there are none.
fn past_brackets(text: &str, end: usize) -> usize {
    let rest = &text[end..];
    let closed = rest.strip_prefix('>').unwrap_or(rest);
    let after = closed
        .strip_prefix(" <")
        .and_then(|r| r.split_once('>'))
        .filter(|(tick, _)| tick.len() <= 12 && !tick.contains(char::is_whitespace))
        .map_or(closed, |(_, r)| r);
    end + (rest.len() - after.len())
}

/// "bought Apex Ltd from Orion Inc", "acquired <Apex Ltd> from New York-based Orion": the
/// company named in a `from` phrase right after the one bought (`bought`, past a closing
/// bracket or a ticker), before the clause ends at `end`.
fn sale_giver(doc: &Doc<'_>, bought: Span, end: usize) -> Option<usize> {
    let from = past_brackets(doc.text, bought.end);
    let j = doc.token_at_or_after(from);
    if !in_clause(doc, end, j + 1) || doc.word_cow(j) != "from" {
        return None;
    }
    object_np(doc, j, end, &["from"], true, false)
        .filter(|&k| doc.kind(k) == EntityKind::Organization && !doc.is_possessor(k))
        .or_else(|| described_company(doc, j + 1, end))
        .filter(|&k| {
            doc.res.entity_of[k].is_some_and(|e| doc.lexicon_type(e).is_none_or(|t| t == "company"))
        })
}

/// Words of an office or body that a country after "of" holds ("the president of France",
/// "the foreign minister of Iran").
const OFFICE_WORDS: &[&str] = &[
    "president",
    "prime",
    "minister",
    "foreign",
    "defence",
    "defense",
    "king",
    "queen",
    "emir",
    "chancellor",
    "government",
    "leader",
    "leaders",
    "leadership",
    "regime",
    "army",
    "military",
    "navy",
    "forces",
    "troops",
    "ambassador",
    "ambassadors",
    "embassy",
    "parliament",
    "authorities",
];

/// Organs of a company or other body that act for it ("the board of X").
const BODY_ORGANS: &[&str] = &["board", "directors", "management", "shareholders"];

/// People who act for a state ("Troops from Russia", "Officials in Japan").
const STATE_AGENTS: &[&str] = &[
    // "Representatives from Nigeria are meeting".
    "representatives",
    "troops",
    "soldiers",
    "forces",
    "army",
    "military",
    "police",
    "officials",
    "lawmakers",
    "legislators",
    "diplomats",
    "ambassadors",
    "envoys",
    "ministers",
    "government",
    "authorities",
    "leaders",
    "delegation",
    "delegates",
    "negotiators",
    "security",
];

/// "The president of France criticised": a country behind a clause-initial office and "of"
/// acts through it; so does a body or a person behind its spokesman ("A spokesman for UKIP
/// called on"), a body behind its head ("The head of the CBI criticised") or its delegation
/// ("A delegation from the CBI met").
fn office_of(doc: &Doc<'_>, cl: Span, k: usize) -> bool {
    let company = doc.kind(k) == EntityKind::Organization;
    let person = doc.kind(k) == EntityKind::Person;
    if doc.kind(k) != EntityKind::Country && !company && !person {
        return false;
    }
    let m = doc.mentions[k].span;
    let r = doc.tokens_in(Span::new(cl.start, m.start));
    if m.start < cl.start || r.len() < 2 {
        return false;
    }
    // "Troops from Russia attacked", "Officials in Japan welcomed": a state's agents named
    // before "from"/"in" act for it too.
    // "The board of Orion Inc accepted": a body's own organs act for it.
    // "A spokesman for the Liberal Democrats criticised": one "the" before the name.
    let p = if doc.word_cow(r.end - 1) == "the" && r.len() > 2 {
        r.end - 2
    } else {
        r.end - 1
    };
    // (relb25) "A spokesman for UKIP called on", "The head of the CBI criticised", "A
    // delegation from the CBI met": those who speak for a body act for it too.
    let words: &[&str] = match doc.word_cow(p).as_ref() {
        "for" => SPOKESPEOPLE,
        _ if person => return false,
        "of" if company && HEADS.contains(&doc.word_cow(p.saturating_sub(1)).as_ref()) => HEADS,
        "of" if company => BODY_ORGANS,
        "from" if company => ENVOY_NOUNS,
        _ if company => return false,
        "of" => OFFICE_WORDS,
        "from" | "in" => STATE_AGENTS,
        _ => return false,
    };
    let mut office = false;
    for j in r.start..p {
        let w = doc.word_cow(j);
        if words.contains(&w.as_ref()) {
            office = true;
        } else if !DETERMINERS.contains(&w.as_ref()) && !matches!(w.as_ref(), "latest" | "senior") {
            return false;
        }
    }
    office
}

/// (relb25) Those who speak for a body or a state, before "for" ("a spokesman for UKIP").
const SPOKESPEOPLE: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokesmen",
    "spokeswomen",
    "representative",
    "representatives",
];

/// (relb25) A body's head, before "of" ("the head of the CBI", "the chairman of Acme").
const HEADS: &[&str] = &["head", "chief", "boss", "chairman", "chairwoman", "leader"];

/// Does mention k open its clause ("after the Liberals demanded": the subject, not the object
/// of "after")?
fn clause_initial(doc: &Doc<'_>, cl: Span, k: usize) -> bool {
    let m = doc.mentions[k].span;
    m.start >= cl.start
        && doc
            .tokens_in(Span::new(cl.start, m.start))
            .all(|j| DETERMINERS.contains(&doc.word_cow(j).as_ref()))
}

/// Is mention k the object of an event verb before it ("who back Mr Flight met", "visited Kyiv
/// and met")? Then it is not the subject of a later verb.
/// Verbs of telling: their object hears, it does not act.
const TOLD: &[&str] = &[
    "told", "tells", "tell", "informed", "informs", "notified", "notifies",
];

/// Verbs of asking someone to act ("urged X to", "pressed X to"), the first entries of
/// [`CONTROL_VERBS`]: the act asked for is not done (see `modality`).
const APPEAL_VERBS: &[&str] = CONTROL_VERBS.split_at(18).0;

/// Verbs whose object does what the infinitive after it says ("urged France to sanction");
/// the verbs of asking ([`APPEAL_VERBS`]) first.
const CONTROL_VERBS: &[&str] = &[
    "urge",
    "urges",
    "urged",
    "urging",
    "ask",
    "asks",
    "asked",
    "asking",
    "press",
    "presses",
    "pressed",
    "pressing",
    "persuade",
    "persuades",
    "persuaded",
    "encourage",
    "encourages",
    "encouraged",
    "invite",
    "invites",
    "invited",
    "tell",
    "tells",
    "told",
    "want",
    "wants",
    "wanted",
    "allow",
    "allows",
    "allowed",
    "force",
    "forces",
    "forced",
    "pressure",
    "pressured",
    "help",
    "helps",
    "helped",
    "require",
    "requires",
    "required",
    "expect",
    "expects",
    "expected",
    "enable",
    "enables",
    "enabled",
    "call",
    "called",
    "calls",
    "on",
    "upon",
    "warned",
    "warns",
];

/// Verbs whose object did what the gerund after `of`/`for` says ("accused India of shelling").
const ACCUSING_VERBS: &[&str] = &[
    "accuse",
    "accuses",
    "accused",
    "accusing",
    "blame",
    "blames",
    "blamed",
    "blaming",
    "charged",
    "suspected",
    "suspects",
    "convicted",
    "condemned",
    "condemns",
    "criticised",
    "criticized",
    "punish",
    "punished",
    "sanctioned",
    "thanked",
    "praised",
];

/// "asked Britain to restore relations", "urged French President X to visit": the object of a
/// verb of asking right before "to" and the trigger is the one who is to act.
fn controlled_subject(doc: &Doc<'_>, cl: Span, ti: usize) -> Option<Arg> {
    if ti < 3 {
        return None;
    }
    // "accused India of shelling Kashmir", "blamed Russia for attacking": the accused acted.
    let gerund = doc.word_cow(ti).ends_with("ing");
    let verbs = match doc.word_cow(ti - 1).as_ref() {
        "to" => CONTROL_VERBS,
        "of" | "for" if gerund => ACCUSING_VERBS,
        _ => return None,
    };
    let k = doc.mention_covering(doc.tokens[ti - 2].span.start)?;
    if is_weapon(doc, k) || doc.mentions[k].span.start < cl.start {
        return None;
    }
    let j = word_before_object(doc, doc.mentions[k].span.start)?;
    let w = doc.word_cow(j);
    // "paid for Peter Brown to fly to London": the subject of a "for ... to" infinitive.
    (verbs.contains(&w.as_ref()) || w == "for" && doc.word_cow(ti - 1) == "to")
        .then(|| arg(doc, k))
        .flatten()
}

/// Nouns for people and groups of them that, unnamed, may act in a reduced relative clause
/// ("a group backing X", "the lawyers representing X").
const UNNAMED_AGENT_NOUNS: &[&str] = &[
    "group",
    "groups",
    "organization",
    "organizations",
    "organisation",
    "organisations",
    "committee",
    "people",
    "voters",
    "donors",
    "activists",
    "protesters",
    "lawyers",
    "candidates",
    "supporters",
    "critics",
    "members",
    "businessmen",
    "firms",
    "firm",
    "companies",
    "company",
    "investors",
    "lawmakers",
    "legislators",
    "politicians",
    "man",
    "woman",
    "men",
    "women",
];

/// "given $3 million to a group backing Gov. Mike Huckabee", "the lawyers representing X":
/// a participle right after a common noun that a determiner opens is that noun's act (a
/// reduced relative clause), so no name elsewhere in the clause is its actor.
fn unnamed_noun_participle(doc: &Doc<'_>, ti: usize) -> bool {
    if ti < 2 || !lower_word(doc, ti) || !doc.word_cow(ti).ends_with("ing") {
        return false;
    }
    let n = ti - 1;
    let noun = doc.word_cow(n);
    // (Only nouns for people and their groups: "a resolution condemning X", "a letter urging
    // X", "a closed-door meeting with X" are their author's acts.)
    if !lower_word(doc, n)
        || doc.mention_covering(doc.tokens[n].span.start).is_some()
        || !UNNAMED_AGENT_NOUNS.contains(&noun.as_ref())
    {
        return false;
    }
    // The determiner right before the noun, or before one adjective and the noun.
    (1..=2).any(|back| {
        n >= back
            && matches!(
                doc.word_cow(n - back).as_ref(),
                "a" | "an" | "the" | "this" | "these" | "those" | "some" | "several" | "many"
            )
            && (back == 1 || lower_word(doc, n - 1))
            // ("Iraq is a country backing Iran": the noun is the subject's.)
            && !(n > back
                && matches!(
                    doc.word_cow(n - back - 1).as_ref(),
                    "is" | "are" | "was" | "were" | "remains" | "became" | "becomes"
                ))
    })
}

/// "paid for him to fly to Cairo": an infinitive whose own subject is an object pronoun after
/// "for" (at `ti - 3 .. ti`); its actor is no one named before it.
fn pronoun_for_to(doc: &Doc<'_>, ti: usize) -> bool {
    ti >= 3
        && doc.word_cow(ti - 1) == "to"
        && matches!(
            doc.word_cow(ti - 2).as_ref(),
            "him" | "her" | "them" | "us" | "me"
        )
        && doc.word_cow(ti - 3) == "for"
}

/// The word token that would govern a noun phrase starting at `start`, within four tokens
/// back, passing over titles and [`OBJECT_FILLERS`] ("urged *French President* X": "urged").
fn word_before_object(doc: &Doc<'_>, start: usize) -> Option<usize> {
    let mut j = doc.token_at_or_after(start);
    for _ in 0..4 {
        if j == 0 {
            return None;
        }
        j -= 1;
        let tok = doc.tokens[j];
        if title_covering(doc, tok.span).is_some()
            || OBJECT_FILLERS.contains(&doc.word_cow(j).as_ref())
        {
            continue;
        }
        return (tok.kind == TokenKind::Word).then_some(j);
    }
    None
}

fn object_of_verb(doc: &Doc<'_>, k: usize) -> bool {
    // "told the SEC it has acquired": the one told is no actor either.
    word_before_object(doc, doc.mentions[k].span.start).is_some_and(|j| {
        let w = doc.word_cow(j);
        doc.tokens[j]
            .text(doc.text)
            .starts_with(|c: char| c.is_lowercase())
            && (TOLD.contains(&w.as_ref()) || doc.pipeline.extractor.is_event_verb(&w))
    })
}

/// Words that open a verb phrase coordinated after "and" ("and has failed to", "and will").
const COORDINATED_AUX: &[&str] = &[
    "has", "have", "had", "will", "would", "could", "should", "may", "might", "must", "can", "did",
    "does", "is", "are", "was", "were",
];

/// (rel36b) "X has had the chance to help Labour and has failed to criticise Y": a name `k`
/// that a lower-case word governs (an object), followed within a few words (no comma, no
/// other name) by "and" and an auxiliary, a past-tense verb or a participle right after the
/// name ("sinking his teeth into X and vouching for Y"; not "X for shooting and killing Y")
/// before the trigger at `ti`, ends the first verb phrase; the
/// coordinated one shares the first one's subject, not its object.
fn object_before_coordinated_vp(doc: &Doc<'_>, k: usize, ti: usize) -> bool {
    let end = doc.token_at_or_after(doc.mentions[k].span.end);
    let governed = word_before_object(doc, doc.mentions[k].span.start).is_some_and(|j| {
        lower_word(doc, j) && !matches!(doc.word_cow(j).as_ref(), "and" | "or" | "but")
    });
    if !governed || end >= ti {
        return false;
    }
    let Some(and) = (end..ti.min(end + 4)).find(|&j| doc.word_cow(j) == "and") else {
        return false;
    };
    let plain = (end..and).all(|j| {
        doc.tokens[j].kind == TokenKind::Word
            && doc.mention_covering(doc.tokens[j].span.start).is_none()
    });
    let next = doc.word_cow(and + 1);
    plain
        && and < ti
        && lower_word(doc, and + 1)
        && (COORDINATED_AUX.contains(&next.as_ref())
            || next.ends_with("ed")
            || next.len() > 5 && next.ends_with("ing") && and == end
            || IRREGULAR_PAST.contains(&next.as_ref()))
}

/// (relc26) "Plaid Cymru's former President, Dafydd Wigley": the person named after the comma
/// behind the title that possessor `k` holds (only title words and up to two lower-case words
/// between the possessive and the comma).
fn titled_by_possessor(doc: &Doc<'_>, k: usize) -> Option<usize> {
    // (Also a party's or country's adjective before the title: "by the Conservative leader,
    // Michael Howard".)
    let first = if doc.is_possessor(k) {
        token_after(doc, k) + 1
    } else if doc.mentions[k].form == crate::ner::Form::Demonym {
        token_after(doc, k)
    } else {
        return None;
    };
    let mut titled = false;
    let mut plain = 0;
    for j in first..(first + 6).min(doc.tokens.len()) {
        let t = doc.tokens[j];
        if t.text(doc.text) == "," {
            let n = doc.tokens.get(j + 1)?;
            let p = doc
                .mention_covering(n.span.start)
                .filter(|&p| doc.mentions[p].span.start == n.span.start)?;
            return (titled && doc.kind(p) == EntityKind::Person).then_some(p);
        }
        if title_covering(doc, t.span).is_some() {
            titled = true;
        } else if t.text(doc.text).starts_with(char::is_lowercase) && plain < 2 {
            plain += 1;
        } else {
            return None;
        }
    }
    None
}

/// Nouns for a group that travels or negotiates for a state ("the Chilean team").
const STATE_GROUPS: &[&str] = &["team", "delegation", "mission"];

/// (rel34) "The Chilean delegation, headed by Finance Minister A and B, will hold talks": the
/// persons named in a "headed by"/"led by" apposition lead a group that acts for its country,
/// which is the actor. Returns the country mention (a demonym or name) before the group noun.
fn led_group_country(doc: &Doc<'_>, k: usize, trigger: usize) -> Option<usize> {
    let m = doc.mentions[k].span;
    // The apposition closes with a comma before the verb.
    if doc.kind(k) != EntityKind::Person
        || m.end > trigger
        || !doc.text[m.end..trigger].contains(',')
    {
        return None;
    }
    let before = &doc.text[..m.start];
    let opened = [", headed by", ", led by"]
        .iter()
        .filter_map(|c| before.rfind(c))
        .max()?;
    // Only the leaders' names and titles between "headed by" and the person: no clause break.
    let leaders = &before[opened + 2..];
    if leaders.contains([',', ';', '"', '(', ')']) || leaders.split_whitespace().count() > 14 {
        return None;
    }
    // "the Nigerian team", "a Japanese trade delegation": the country right before the group
    // noun, with at most one lower-case word between.
    let c = (0..k).rev().find(|&p| doc.mentions[p].span.end <= opened)?;
    let gap: Vec<&str> = doc.text[doc.mentions[c].span.end..opened]
        .split_whitespace()
        .collect();
    let group = gap.last().is_some_and(|w| STATE_GROUPS.contains(w))
        && gap.len() <= 2
        && gap
            .iter()
            .all(|w| w.chars().all(|ch| ch.is_ascii_lowercase()));
    (group && doc.kind(c) == EntityKind::Country && doc.id(c).is_some()).then_some(c)
}

/// Auxiliaries (and an adverb or two) between a passive subject and its participle.
const AUXILIARIES: &[&str] = &[
    "was", "were", "is", "are", "has", "have", "had", "been", "being", "later", "also",
];

/// People who cross a border rather than states ("Syrian refugees").
const MIGRANT_NOUNS: &[&str] = &[
    "refugees",
    "migrants",
    "immigrants",
    "asylum",
    "nationals",
    "citizens",
    "muslims",
];

/// (rel34) "X was arrested in Egypt", "X was charged in the United States with fraud": with no
/// "by" agent, the country a person is arrested or charged in is the state that did it. Only a
/// country right after the verb ("in Egypt", "by police in Egypt"; not a city or a later
/// phrase). One expelled "from" a party or a country was expelled by it.
fn state_of_passive(
    doc: &Doc<'_>,
    entry: &EventEntry,
    verb: Span,
    subject: Option<&Arg>,
    right: &[usize],
) -> Option<usize> {
    let expels = entry.rel_type == "expels";
    if entry.rel_type != "arrests" && entry.lemma != "charge" && !expels {
        return None;
    }
    // The one arrested is named right before the auxiliaries ("Karl Vendrum was detained"; not
    // "Scott Christie said several people had been arrested").
    // A relative clause on the subject counts ("Mr Galloway, who was expelled from Labour").
    let subject = subject.filter(|a| a.span.end <= verb.start)?;
    let gap = doc.text[subject.span.end..verb.start].to_ascii_lowercase();
    let gap = gap.trim_start();
    let gap = gap
        .strip_prefix(", who ")
        .or_else(|| gap.strip_prefix(", which "))
        .unwrap_or(gap);
    let aux = gap.split_whitespace().all(|w| AUXILIARIES.contains(&w));
    if !aux {
        return None;
    }
    let &k = right.first()?;
    let gap = doc.text[verb.end..doc.mentions[k].span.start].to_ascii_lowercase();
    let gap: Vec<&str> = gap.split_whitespace().collect();
    // (session 35) "X was expelled from the Labour party", "diplomats were expelled from
    // Russia", "X was kicked out of the union": the body or country left is the one that
    // expelled.
    if expels {
        let left = matches!(
            gap.as_slice(),
            ["from"] | ["from", "the"] | ["of"] | ["of", "the"]
        );
        let body = matches!(doc.kind(k), EntityKind::Organization | EntityKind::Country);
        return (left && body).then_some(k);
    }
    let placed = matches!(
        gap.as_slice(),
        ["in"] | ["in", "the"] | ["by", "police", "in"] | ["by", "police", "in", "the"]
    );
    (placed && doc.kind(k) == EntityKind::Country).then_some(k)
}

/// "Mohammad Javad Zarif, Iran's foreign minister, met": a mention inside an appositive stands
/// for the person the appositive describes.
fn appositive_head(doc: &Doc<'_>, k: usize, trigger: usize) -> usize {
    let m = doc.mentions[k].span;
    // The apposition closes with a comma before the verb.
    if m.end > trigger || !doc.text[m.end..trigger].contains(',') {
        return k;
    }
    // "Fritz Leutwiler, chairman of Acme AG and a former Swiss National Bank president,
    // urged": back over the bodies named inside the apposition to the person it describes.
    let mut p = k;
    while p > 0 {
        p -= 1;
        if doc.id(p).is_none() {
            continue;
        }
        if doc.kind(p) == EntityKind::Person {
            break;
        }
        // ("the brother of Hollywood legend Ron Howard": a place too.)
        if !matches!(
            doc.kind(p),
            EntityKind::Organization | EntityKind::Country | EntityKind::Location
        ) {
            return k;
        }
    }
    if doc.kind(p) != EntityKind::Person || doc.id(p).is_none() || p == k {
        return k;
    }
    let gap = &doc.text[doc.mentions[p].span.end..m.start];
    let Some(rest) = gap.trim_start().strip_prefix(',') else {
        return k;
    };
    // Only description in between: lower-case words, names, "and", no second comma and no
    // more than a dozen words.
    if descriptive_apposition(doc, rest) {
        p
    } else {
        k
    }
}

/// "Acme Corp, the Spanish subsidiary of Dreyfus, criticized Greece", "Sesostris, a unit of
/// Dreyfus, sold": a name inside an apposition (closed by a comma before the verb at byte
/// `trigger`) that describes the organisation named right before it, opened by "the", "a" or
/// "an" and made of description only (no second comma, no event verb, a dozen words at most).
/// Returns that organisation's mention.
fn body_apposition_head(doc: &Doc<'_>, k: usize, trigger: usize) -> Option<usize> {
    let m = doc.mentions[k].span;
    if m.end > trigger || !doc.text[m.end..trigger].contains(',') {
        return None;
    }
    // The nearest name before `k` with the apposition's opening comma between.
    let comma = doc.text[..m.start].rfind(',')?;
    let p = (0..k)
        .rev()
        .find(|&p| doc.id(p).is_some() && doc.mentions[p].span.end <= comma)?;
    // ("Industrial Equity, which is principally owned by Brierley Investments Ltd, a New
    // Zealand firm, said": a name in a phrase of its own is no subject.)
    if doc.kind(p) != EntityKind::Organization || in_pp(doc, p) {
        return None;
    }
    let rest = doc.text[doc.mentions[p].span.end..m.start].strip_prefix(", ")?;
    (matches!(rest.split_whitespace().next(), Some("the" | "a" | "an"))
        && descriptive_apposition(doc, rest))
    .then_some(p)
}

/// True when the words `rest` of an apposition (after its opening comma, up to the name
/// read in it) are description only: a dozen words at most, no second comma, quote or
/// bracket, and no event verb.
fn descriptive_apposition(doc: &Doc<'_>, rest: &str) -> bool {
    let words: Vec<&str> = rest.split_whitespace().collect();
    words.len() <= 12
        && !rest.contains([',', ';', '"', '\u{201c}', '(', ')'])
        && words.iter().all(|w| {
            !doc.pipeline
                .extractor
                .is_event_verb(&w.to_ascii_lowercase())
        })
}

/// A name that a non-restrictive relative clause (", which" / ", who") describes, when the
/// trigger's clause `cl` starts right after the relative pronoun: "Saudi Arabia, which bought
/// THAAD batteries" (the trigger inside the relative clause) or "Egypt, which bought jets from
/// France, is negotiating with Russia" (the relative clause closed by a comma, then at most
/// three lower-case words before the trigger). Returns the name's mention and whether the
/// relative clause closed. "who" wants a person, "which" anything else but a weapon; a closed
/// clause's name must not be an oblique or an object ("talks with Iran, which began ...").
fn relative_antecedent(doc: &Doc<'_>, cl: Span, ti: usize) -> Option<(usize, bool)> {
    let w = doc
        .tokens
        .partition_point(|t| t.span.end <= cl.start)
        .checked_sub(1)?;
    let person = match doc.word_cow(w).as_ref() {
        "which" => false,
        "who" => true,
        _ => return None,
    };
    // "Mr Snow who is in Dublin, has applauded": a person's name needs no comma before "who".
    let bare = person && w >= 1 && doc.tokens[w - 1].kind == TokenKind::Word;
    if w < 2 || doc.tokens[w - 1].text(doc.text) != "," && !bare {
        return None;
    }
    let last = if bare { w - 1 } else { w - 2 };
    let k = doc.mention_covering(doc.tokens[last].span.start)?;
    if doc.mentions[k].span.end != doc.tokens[last].span.end
        || doc.id(k).is_none()
        || doc.is_modifier(k)
        || doc.kind(k) == EntityKind::Weapon
        || person != (doc.kind(k) == EntityKind::Person)
    {
        return None;
    }
    let mut closed = false;
    for (n, j) in (w + 1..ti).rev().enumerate() {
        let t = doc.tokens[j].text(doc.text);
        if t == "," {
            closed = true;
            break;
        }
        if n == 3 || !t.bytes().all(|b| b.is_ascii_lowercase()) {
            break;
        }
    }
    if closed && (in_pp(doc, k) || object_of_verb(doc, k)) {
        return None;
    }
    Some((k, closed))
}

/// Subjects coordinated before a verb's subject: "Turkey and India bought", "X, Y and Z met".
/// The name a relative clause describes ("Saudi Arabia and the UAE, which bought") is
/// coordinated in its own clause.
fn coordinated_subjects(doc: &Doc<'_>, src: Arg, cl: Span) -> Vec<Arg> {
    let mut out = Vec::new();
    let described = src.span.end <= cl.start && {
        let gap = doc.text[src.span.end..cl.start].trim_end();
        gap.eq_ignore_ascii_case(", which") || gap.eq_ignore_ascii_case(", who")
    };
    let cl = match doc.sentence_at(src.span.start) {
        Some(si) if described => {
            let ti = doc.token_at_or_after(src.span.start);
            clause(doc, doc.sentences[si].span, ti)
        }
        _ => cl,
    };
    if src.span.is_empty() || !cl.contains(src.span) {
        return out;
    }
    let Some(mut k) = doc.mention_covering(src.span.start) else {
        return out;
    };
    // An "and" seen between the subject and the names before it so far.
    let mut and_seen = false;
    // The subject joined to the name right before it by "and"/"or".
    let mut first_and = false;
    while k > 0 {
        let mut p = k - 1;
        // "Treasury Secretary X and Fed chairman Y met": a name modifying the next one is part
        // of its description.
        if modifies_next(doc, p) && p + 1 == k && p > 0 {
            p -= 1;
        }
        // (rel36) "X and his Spanish counterpart Y": the demonym describes Y's counterpart.
        if p > 0 && before_counterpart(doc, p) {
            p -= 1;
        }
        // "Bank of Kenya and Vexa Corp agreed to merge": the name a place ends is the
        // conjunct, not the place nested in it.
        if let Some(q) = (p.saturating_sub(3)..p)
            .rev()
            .find(|&q| doc.mentions[q].span.contains(doc.mentions[p].span))
        {
            p = q;
        }
        let pm = doc.mentions[p].span;
        if pm.start < cl.start || doc.id(p).is_none() {
            break;
        }
        // ", Fed chairman Y met": a described name after a bare comma is in a list only when an
        // "and" joins a later name.
        let link = conjunct_link(doc, pm.end, doc.mentions[k].span.start, None);
        let joined = link.is_some_and(|(and, described)| and || !described || and_seen);
        if !joined
            || in_pp(doc, p)
            || doc.is_modifier(p)
            || matches!(doc.kind(p), EntityKind::Weapon | EntityKind::Location)
        {
            break;
        }
        let and = link.is_some_and(|l| l.0);
        if out.is_empty() {
            first_and = and;
        }
        and_seen |= and;
        out.extend(arg(doc, p));
        k = p;
    }
    // A lone "X," (or "X, the") before the subject is an apposition or a list lead-in, not a
    // coordination: "In talks with X, the U.S. group urged".
    if out.len() == 1 && !first_and {
        out.clear();
    }
    if out.is_empty() {
        out.extend(described_conjunct(doc, src, cl));
    }
    out
}

/// "Hubbard and Reed said they are open to talks": the subjects coordinated with the one a
/// "they" (or "their") at `src` stands for, when that is the subject of its own sentence.
fn plural_pronoun_partners(doc: &Doc<'_>, src: Arg, si: usize) -> Vec<Arg> {
    let pos = src.span.start;
    let word = doc.text[pos..]
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    if !(word.eq_ignore_ascii_case("they") || word.eq_ignore_ascii_case("their")) {
        return Vec::new();
    }
    let s = doc.sentences[si].span;
    let Some(subj) = sentence_subject(doc, Span::new(s.start, pos)) else {
        return Vec::new();
    };
    if subj.entity != src.entity {
        return Vec::new();
    }
    let ti = doc.token_at_or_after(subj.span.start);
    coordinated_subjects(doc, subj, clause(doc, s, ti))
}

/// Is the trigger (tokens `ti..=tlast`) used reciprocally, its subjects meeting or
/// talking with each other? A verb with no object after it ("met in Paris", "will meet
/// here"), or a noun that a verb of holding opens ("held talks", "opened negotiations");
/// not a noun after a name or a number ("IMF and World Bank meetings", "the fifth
/// meeting") nor a verb with an object ("to meet their commitments").
fn reciprocal_use(doc: &Doc<'_>, ti: usize, tlast: usize, noun: bool, cl: Span) -> bool {
    let w = doc.word_cow(tlast);
    let prev = if ti > 0 {
        doc.word_cow(ti - 1)
    } else {
        "".into()
    };
    let progressive = w.ends_with("ing")
        && matches!(
            prev.as_ref(),
            "is" | "are" | "was" | "were" | "be" | "been" | "am"
        );
    // "Iraq and Iran met in Baghdad": right after its subject the word is a verb.
    let after_subject = ti > 0
        && doc
            .mention_covering(doc.tokens[ti - 1].span.start)
            .is_some();
    if noun
        || used_as_noun(doc, ti) && !is_verb_context(doc, ti) && !after_subject
        || w.ends_with('s') && !after_subject
        || w.ends_with("ing") && !progressive
    {
        return matches!(
            prev.as_ref(),
            "held"
                | "hold"
                | "holding"
                | "holds"
                | "opened"
                | "open"
                | "opening"
                | "began"
                | "begin"
                | "resumed"
                | "resume"
                | "had"
                | "have"
                | "has"
                | "start"
                | "started"
                | "towards"
                | "toward"
        );
    }
    // Receiving and hosting need a guest.
    if matches!(w.as_ref(), "received" | "receive" | "hosted" | "host") {
        return false;
    }
    // "A and B met with reporters", "visit A, B and C to talk to governments": a trigger
    // ending in its own preposition has an object of its own, not the other side.
    if tlast > ti && matches!(w.as_ref(), "to" | "with") {
        return false;
    }
    let next = tlast + 1;
    // "A and B are teaming up to build": an infinitive after a phrasal verb.
    if w == "up" && next < doc.tokens.len() && doc.word_cow(next) == "to" {
        return true;
    }
    next >= doc.tokens.len()
        || doc.tokens[next].span.start >= cl.end
        || !matches!(
            doc.word_cow(next).as_ref(),
            "the"
                | "a"
                | "an"
                | "their"
                | "its"
                | "his"
                | "her"
                | "our"
                | "this"
                | "these"
                | "those"
                | "with"
                | "to"
        ) && doc.mention_covering(doc.tokens[next].span.start).is_none()
}

/// "India and Russia signed a memorandum of understanding": a document that binds the signers
/// to each other within four words after the verb (ending at `tlast`), before any name.
fn signed_document(doc: &Doc<'_>, tlast: usize, cl: Span) -> bool {
    for j in doc
        .tokens_in(Span::new(doc.tokens[tlast].span.end, cl.end))
        .take(4)
    {
        if doc.mention_covering(doc.tokens[j].span.start).is_some() {
            return false;
        }
        if SIGNED_DOCUMENTS.contains(&doc.word_cow(j).as_ref()) {
            return true;
        }
    }
    false
}

/// Documents that two signers sign with each other.
const SIGNED_DOCUMENTS: &[&str] = &[
    "agreement",
    "agreements",
    "accord",
    "accords",
    "deal",
    "deals",
    "treaty",
    "treaties",
    "pact",
    "memorandum",
    "protocol",
    "declaration",
    "communique",
    "contract",
    "contracts",
    "lease",
    "leases",
    "mou",
    // "a letter of intent", "a declaration of intent".
    "intent",
];

/// "talks between the Taliban and the United States", "a meeting between ONGC chairman Subir
/// Raha, Gazprom chairman Aleksey Miller and India's petroleum minister Mani Shankar Aiyar": the
/// sides named after "between" right behind the trigger (ending at `tlast`), in order. A name
/// that only modifies a title and a name ("Gazprom chairman", "India's petroleum minister") is
/// not a side. With `of_too`, "of" may stand for "between" ("the merger of A and B"; at least
/// two sides either way).
fn talks_between(doc: &Doc<'_>, tlast: usize, cl: Span, of_too: bool) -> Option<Vec<Arg>> {
    let mut b = tlast + 1;
    // "talks here between X and Y": the place adverb of a dateline.
    if b + 1 < doc.tokens.len() && matches!(doc.word_cow(b).as_ref(), "here" | "there") {
        b += 1;
    }
    // "negotiations currently held between X and Y", "an agreement reached between X and Y":
    // a participle of holding or reaching (an adverb before it allowed).
    if b + 2 < doc.tokens.len() && TALKS_ADVERBS.contains(&doc.word_cow(b).as_ref()) {
        b += 1;
    }
    if b + 1 < doc.tokens.len() && TALKS_PARTICIPLES.contains(&doc.word_cow(b).as_ref()) {
        b += 1;
    }
    if b >= doc.tokens.len()
        || doc.tokens[b].span.start >= cl.end
        || !(doc.word_cow(b) == "between" || of_too && doc.word_cow(b) == "of")
    {
        return None;
    }
    let from = doc.tokens[b].span.end;
    let ms = doc.mentions_in(Span::new(from, cl.end));
    let modifies = |k: usize| {
        doc.is_modifier(k)
            || {
                // "India's petroleum minister X": a possessor before titles and a name.
                let after = &doc.text[doc.mentions[k].span.end..];
                (after.starts_with("'s ") || after.starts_with("\u{2019}s "))
                    && ms.iter().any(|&n| {
                        n > k
                            && doc.kind(n) == EntityKind::Person
                            && doc.titles.iter().any(|t| {
                                t.span.end + 1 == doc.mentions[n].span.start
                                    && t.span.start >= doc.mentions[k].span.end
                            })
                    })
            }
            || demonym_before_portfolio(doc, k)
    };
    let mut sides: Vec<usize> = Vec::new();
    let mut prev_end = from;
    for &k in &ms {
        // A place nested in the last side's name ("Barclays and the Bank of England": England)
        // is no side of its own.
        if modifies(k) || doc.mentions[k].span.start < prev_end {
            continue;
        }
        // What stands between this side and the last: "and", ",", ", and" (with "the"),
        // once titles and the names that modify them are taken out.
        let mut gap = doc.text[prev_end..doc.mentions[k].span.start].to_string();
        let mut titled = false;
        for t in doc
            .titles
            .iter()
            .filter(|t| t.span.start >= prev_end && t.span.end <= doc.mentions[k].span.start)
        {
            gap = gap.replace(t.span.slice(doc.text), " ");
            titled = true;
        }
        for &n in ms.iter().filter(|&&n| {
            n != k
                && doc.mentions[n].span.start >= prev_end
                && doc.mentions[n].span.end <= doc.mentions[k].span.start
        }) {
            gap = gap.replace(doc.mentions[n].span.slice(doc.text), " ");
        }
        let gap = gap.replace("'s", " ").replace("\u{2019}s", " ");
        let raw: Vec<&str> = gap
            .split(|c: char| c.is_whitespace())
            .filter(|w| !w.is_empty() && !w.eq_ignore_ascii_case("the"))
            .collect();
        // Portfolio words of a title ("petroleum minister", "mines and power minister").
        let portfolio = |i: usize| {
            let w = raw[i];
            titled
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && !PREPOSITIONS.contains(&w)
                && (w != "and" || {
                    let plain = |v: &&str| {
                        *v != "and"
                            && v.bytes().all(|b| b.is_ascii_lowercase())
                            && !PREPOSITIONS.contains(v)
                    };
                    // (The title itself may follow: "mines and energy minister".)
                    i > 0 && raw.get(i - 1).is_some_and(plain) && raw.get(i + 1).is_none_or(plain)
                })
        };
        let words: Vec<&str> = (0..raw.len())
            .filter(|&i| !portfolio(i))
            .map(|i| raw[i])
            .collect();
        let joined = if sides.is_empty() {
            words.is_empty()
        } else {
            matches!(words.as_slice(), [","] | ["and"] | [",", "and"])
                || words.is_empty() && gap.contains(',')
                || words.as_slice() == [", and"]
        };
        if !joined {
            break;
        }
        sides.push(k);
        prev_end = doc.mentions[k].span.end;
    }
    if sides.len() < 2 {
        return None;
    }
    let args: Vec<Arg> = sides.into_iter().filter_map(|k| arg(doc, k)).collect();
    (args.len() >= 2).then_some(args)
}

/// Adverbs between a talks noun and its participle ("talks currently held between").
const TALKS_ADVERBS: &[&str] = &["currently", "now", "recently", "already", "being"];

/// Participles between a talks or agreement noun and "between" ("an agreement reached
/// between X and Y").
const TALKS_PARTICIPLES: &[&str] = &[
    "held",
    "reached",
    "signed",
    "concluded",
    "struck",
    "conducted",
    "underway",
];

/// "Nigerian mines and power minister X": a demonym, at most four lower-case portfolio words
/// and the title of the person named next describe that person.
fn demonym_before_portfolio(doc: &Doc<'_>, k: usize) -> bool {
    let m = &doc.mentions[k];
    m.form == crate::ner::Form::Demonym
        && doc.mentions.get(k + 1).is_some_and(|n| {
            n.kind == EntityKind::Person
                && n.title.is_some_and(|t| {
                    t.start >= m.span.end && {
                        let r = doc.tokens_in(Span::new(m.span.end, t.start));
                        r.len() <= 4
                            && r.clone().all(|j| {
                                doc.tokens[j].kind == TokenKind::Word
                                    && doc.tokens[j]
                                        .text(doc.text)
                                        .bytes()
                                        .all(|b| b.is_ascii_lowercase())
                                    && !PREPOSITIONS.contains(&doc.word_cow(j).as_ref())
                            })
                    }
                })
        })
}

/// "Iran-Iraq talks", "US-China trade talks", "the Russian-Turkish summit": two names joined
/// by a hyphen before a meeting noun (at `ti`, at most two lower-case modifiers between) are
/// its two sides.
fn hyphen_pair(doc: &Doc<'_>, ti: usize, cl: Span) -> Option<Vec<Arg>> {
    let mut j = ti;
    let mut modifiers = 0;
    let k2 = loop {
        j = j.checked_sub(1)?;
        let t = doc.tokens[j];
        if t.span.start < cl.start {
            return None;
        }
        // The tokeniser may keep "Iran-Iraq" as one word: the name ending it.
        if doc.mention_covering(t.span.start).is_some() {
            break doc.mention_ending_at(t.span.end)?;
        }
        if modifiers == 2
            || t.kind != TokenKind::Word
            || !t.text(doc.text).starts_with(char::is_lowercase)
        {
            return None;
        }
        modifiers += 1;
    };
    let start = doc.mentions[k2].span.start;
    let dash = ['-', '\u{2013}']
        .into_iter()
        .find(|&c| doc.text[..start].ends_with(c))?;
    let k1 = doc.mention_ending_at(start - dash.len_utf8())?;
    let sides = [k1, k2].map(|k| {
        matches!(
            doc.kind(k),
            EntityKind::Country | EntityKind::Organization | EntityKind::Person
        )
        .then(|| arg(doc, k))
        .flatten()
    });
    match sides {
        [Some(a), Some(b)] if a.entity != b.entity => Some(vec![a, b]),
        _ => None,
    }
}

/// "threatened on Sunday to impose sanctions on Iraq", "threatening to cut Baghdad's access":
/// the target of a threat is the object of the threatened act.
fn threatened_object(doc: &Doc<'_>, tlast: usize, end: usize) -> Option<usize> {
    let in_clause = |j: usize| starts_before(doc, j, end);
    let to = (tlast + 1..tlast + 5).find(|&j| in_clause(j) && doc.word_cow(j) == "to")?;
    let v = to + 1;
    if !in_clause(v) || doc.tokens[v].kind != TokenKind::Word {
        return None;
    }
    let ex = &doc.pipeline.extractor;
    let w = doc.word_cow(v);
    let next: Vec<Cow<'_, str>> = (v + 1..(v + 4).min(doc.tokens.len()))
        .map(|j| doc.word_cow(j))
        .collect();
    // Only a hostile act is threatened ("threatened to emulate Brazil" threatens nobody).
    const HARM: &[&str] = &[
        "cut",
        "block",
        "ban",
        "halt",
        "freeze",
        "punish",
        "destroy",
        "close",
        "suspend",
        "retaliate",
        "boycott",
        "bar",
        "end",
        "stop",
        "curb",
        "restrict",
    ];
    let (last, preps) = match ex.phrase(&w, &next) {
        Some((extra, e)) => (v + extra, object_preps(&e.rel_type)),
        None => match ex.triggers(&w).first() {
            Some(e) => (v, object_preps(&e.rel_type)),
            None if HARM.contains(&w.as_ref()) => (v, &[][..]),
            None => return None,
        },
    };
    object_np(doc, last + 1, end, preps, false, false)
}

/// What one side puts to another and the other rejects, accepts or backs.
/// What one accepts from someone besides a proposal: "accepted X's resignation", "accepted
/// X's apology", "accepted X's decision" (agreeing with X).
const ACCEPTED_NOUNS: &[&str] = &[
    "resignation",
    "apology",
    "apologies",
    "decision",
    "explanation",
];

const PROPOSAL_NOUNS: &[&str] = &[
    "request",
    "requests",
    "bid",
    "bids",
    "offer",
    "offers",
    "proposal",
    "proposals",
    "demand",
    "demands",
    "appeal",
    "appeals",
    "application",
    "plea",
    "pleas",
    "plan",
    "plans",
    "motion",
    "call",
    "calls",
];

/// The token index of a preposition in `preps` right after one of `nouns` found within
/// `reach` words after the verb (ending at `tlast`), no name in between, inside the clause
/// ending at `end`: "rejected a request *from*", "condemned an attack *by*".
fn noun_then(
    doc: &Doc<'_>,
    tlast: usize,
    end: usize,
    reach: usize,
    nouns: &[&str],
    preps: &[&str],
) -> Option<usize> {
    let noun = noun_within(doc, tlast, end, reach, nouns)?;
    let by = noun + 1;
    (in_clause(doc, end, by) && preps.contains(&doc.word_cow(by).as_ref())).then_some(by)
}

/// True when token `j` exists and starts inside the clause ending at `end`.
fn in_clause(doc: &Doc<'_>, end: usize, j: usize) -> bool {
    j < doc.tokens.len() && doc.tokens[j].span.start < end
}

/// The token index of one of `nouns` within `reach` words after token `tlast`, no name
/// before it, inside the clause ending at `end`.
fn noun_within(
    doc: &Doc<'_>,
    tlast: usize,
    end: usize,
    reach: usize,
    nouns: &[&str],
) -> Option<usize> {
    (tlast + 1..tlast + 1 + reach)
        .take_while(|&j| {
            in_clause(doc, end, j) && doc.mention_covering(doc.tokens[j].span.start).is_none()
        })
        .find(|&j| nouns.contains(&doc.word_cow(j).as_ref()))
}

/// Who made the proposal accepted right after token `tlast` in the clause ending at `end`: the
/// maker of a proposal noun ("a bid from X", [`proposal_from`]) or the possessor of one ("X's
/// offer", "X's resignation").
fn accepted_proposer(doc: &Doc<'_>, tlast: usize, end: usize) -> Option<usize> {
    proposal_from(doc, tlast, end).or_else(|| {
        object_np(doc, tlast + 1, end, &[], false, false).filter(|&k| {
            doc.is_possessor(k) && {
                let j = doc.token_at_or_after(doc.mentions[k].span.end) + 1;
                (j..j + 3)
                    .take_while(|&j| j < doc.tokens.len() && doc.tokens[j].span.start < end)
                    .any(|j| {
                        let w = doc.word_cow(j);
                        PROPOSAL_NOUNS.contains(&w.as_ref()) || ACCEPTED_NOUNS.contains(&w.as_ref())
                    })
            }
        })
    })
}

/// "rejected a request from Democrats", "backed a proposal by France": whose proposal it is,
/// within four words after the verb (ending at `tlast`).
fn proposal_from(doc: &Doc<'_>, tlast: usize, end: usize) -> Option<usize> {
    noun_then(doc, tlast, end, 3, PROPOSAL_NOUNS, &["from", "by"])
        .or_else(|| priced_proposal_from(doc, tlast, end))
        .and_then(|by| {
            object_np(doc, by + 1, end, &[], false, false)
                // "a bid by Swedish investors": a demonym describing the proposers is not a side.
                .filter(|&k| !modifies_common_noun(doc, k))
                .or_else(|| described_company(doc, by + 1, end))
        })
        .or_else(|| proposal_of_country(doc, tlast, end))
}

/// "declined an offer of U.S. naval escorts", "rejected the demands of Polish workers": a
/// country or demonym right after "of" that describes what a proposal noun (within three words
/// after the verb ending at `tlast`) offers, or who asks, is the one who proposes.
fn proposal_of_country(doc: &Doc<'_>, tlast: usize, end: usize) -> Option<usize> {
    let noun = noun_within(
        doc,
        tlast,
        end,
        3,
        &[
            "offer",
            "offers",
            "proposal",
            "proposals",
            "request",
            "requests",
            "demand",
            "demands",
        ],
    )?;
    if !in_clause(doc, end, noun + 2) || doc.word_cow(noun + 1) != "of" {
        return None;
    }
    let k = doc.mention_covering(doc.tokens[noun + 2].span.start)?;
    (doc.mentions[k].span.start == doc.tokens[noun + 2].span.start
        && doc.kind(k) == EntityKind::Country
        && modifies_common_noun(doc, k)
        && !doc.is_possessor(k))
    .then_some(k)
}

/// Wire-copy words that may stand before a company's name: "privately held X", "number one
/// ranked X", "closely-held X".
const COMPANY_MODIFIERS: &[&str] = &[
    "the",
    "a",
    "privately",
    "publicly",
    "closely",
    "held",
    "owned",
    "privately-held",
    "closely-held",
    "publicly-held",
    "publicly-traded",
    "family-owned",
    "number",
    "one",
    "ranked",
    "<",
];

/// "the acquisition of privately held X", "buy Toronto-based X", "an offer from brewing giant
/// X": the company named at token `j` or after at most four words of description (words of
/// [`COMPANY_MODIFIERS`], a place before "-based", or lower-case words ending in a company
/// descriptor such as "giant" or "firm"), inside the clause ending at `end`.
fn described_company(doc: &Doc<'_>, mut j: usize, end: usize) -> Option<usize> {
    // Whether the words passed need a company descriptor right before the name.
    let mut loose = false;
    let mut descriptor = false;
    for _ in 0..5 {
        let t = doc.tokens.get(j).filter(|t| t.span.start < end)?;
        if let Some(k) = doc.mention_covering(t.span.start) {
            let m = doc.mentions[k].span;
            if doc.text[m.end..].starts_with("-based") {
                j = doc.token_at_or_after(m.end + "-based".len());
                descriptor = false;
                continue;
            }
            // "US rival X", "small New York software firm X", "India's X" (rela24d).
            if let Some((next, needs_descriptor)) = place_describing_company(doc, k, end) {
                j = next;
                loose |= needs_descriptor;
                descriptor = false;
                continue;
            }
            let e = doc.res.entity_of[k]?;
            // "Foster's Group": a possessive inside a company's own name (a capitalised
            // company word right after it), not "X's unit".
            let own_name = || {
                let n = doc.token_at_or_after(m.end) + 1;
                doc.tokens.get(n).is_some_and(|t| {
                    t.text(doc.text).starts_with(char::is_uppercase)
                        && doc.mention_covering(t.span.start).is_none()
                        && crate::ner::is_company_tail(t.text(doc.text))
                })
            };
            return (doc.kind(k) == EntityKind::Organization
                && doc.lexicon_type(e).is_none_or(|ty| ty == "company")
                && (!loose || descriptor)
                && !names_a_product(doc, k)
                && (!doc.is_possessor(k) || descriptor && own_name()))
            .then_some(k);
        }
        // "Toronto-based": a place not taken as a name.
        if doc.text[t.span.end..].starts_with("-based") {
            j = doc
                .tokens
                .partition_point(|x| x.span.start < t.span.end + "-based".len());
            descriptor = false;
            continue;
        }
        let w = doc.word_cow(j);
        if COMPANY_MODIFIERS.contains(&w.as_ref())
            || w.ends_with("-based") && t.kind == TokenKind::Word
        {
            descriptor = false;
        } else if t.kind == TokenKind::Word
            && t.text(doc.text).starts_with(char::is_lowercase)
            && !PREPOSITIONS.contains(&w.as_ref())
            && !CLAUSE_BREAKS.contains(&w.as_ref())
            && !matches!(w.as_ref(), "and" | "or" | "its" | "their" | "his" | "her")
        {
            loose = true;
            descriptor = crate::ner::is_org_descriptor(&w) || matches!(w.as_ref(), "rival");
        } else {
            return None;
        }
        j += 1;
    }
    None
}

/// "rejected a takeover offer worth 3.1bn dollars from X", "an offer valued at $40 a share
/// by X": the "from"/"by" after a proposal noun and its price (at most eight words, no name
/// between).
fn priced_proposal_from(doc: &Doc<'_>, tlast: usize, end: usize) -> Option<usize> {
    let noun = noun_within(doc, tlast, end, 3, PROPOSAL_NOUNS)?;
    if !in_clause(doc, end, noun + 1)
        || !matches!(doc.word_cow(noun + 1).as_ref(), "worth" | "valued" | "of")
    {
        return None;
    }
    // The price may name its currency ("3.1bn Australian dollars", "54 mln U.S. dlrs") and
    // give it again in brackets ("($2.3bn; £1.8bn)").
    let mut j = noun + 2;
    let mut words = 0;
    while in_clause(doc, end, j) && words < 8 {
        let w = doc.word_cow(j);
        if matches!(w.as_ref(), "from" | "by") {
            return Some(j);
        }
        if w == "(" {
            j = (j + 1..j + 12)
                .take_while(|&c| in_clause(doc, end, c))
                .find(|&c| doc.tokens[c].text(doc.text) == ")")?
                + 1;
            continue;
        }
        if let Some(k) = doc.mention_covering(doc.tokens[j].span.start) {
            let n = doc.token_at_or_after(doc.mentions[k].span.end);
            if doc.kind(k) != EntityKind::Country || !CURRENCIES.contains(&doc.word_cow(n).as_ref())
            {
                return None;
            }
            j = n;
        }
        j += 1;
        words += 1;
    }
    None
}

/// (rel34b) A noun after "without admitting" or "without denying" (`window` holds the words
/// before it, nearest first): the thing not admitted is stated, not negated.
fn conceding_noun(window: &[Cow<'_, str>], pos: TriggerPos) -> bool {
    pos == TriggerPos::Noun
        && window.iter().take(5).enumerate().any(|(i, w)| {
            CONCEDING.contains(&w.as_ref())
                && window[i + 1..].iter().take(3).any(|p| p == "without")
        })
}

/// "rejected U.S. criticism of X", "denied Japan's accusations": the noun of a speech act that
/// is the object of a verb rejecting or denying it. The act took place (what is refused is
/// its claim), so the verb does not negate it; "refused to make demands" still does (a "to"
/// before the noun).
fn rejected_speech(doc: &Doc<'_>, trig: Span, window: &[Cow<'_, str>], pos: TriggerPos) -> bool {
    if pos != TriggerPos::Noun || !SPEECH_ACT_NOUNS.contains(&doc.lower_at(trig).as_ref()) {
        return false;
    }
    let Some(v) = window.iter().take(5).position(|w| {
        matches!(
            w.as_ref(),
            "rejected" | "rejects" | "rejecting" | "denied" | "denies" | "denying" | "rebuffed"
        )
    }) else {
        return false;
    };
    window[..v]
        .iter()
        .all(|w| !matches!(w.as_ref(), "to" | "no" | "not" | "never" | "any"))
}

/// Nouns of a speech act that a rejection leaves standing.
const SPEECH_ACT_NOUNS: &[&str] = &[
    "criticism",
    "criticisms",
    "accusation",
    "accusations",
    "allegation",
    "allegations",
    "charge",
    "charges",
    "warning",
    "warnings",
    "threat",
    "threats",
    "demand",
    "demands",
    "appeal",
    "appeals",
    "call",
    "calls",
    "condemnation",
    "attack",
    "attacks",
];

/// (rel34b) Verbs of conceding a charge, after "without": "without admitting or denying".
const CONCEDING: &[&str] = &[
    "admitting",
    "denying",
    "admit",
    "deny",
    "accepting",
    "contesting",
];

/// (rel34b) "without admitting or denying (any|the) allegations (made|brought) by the SEC, X
/// and Y agreed to ...": an accusation noun in an opening "without" adjunct with a "by" agent.
/// The agent and the named subjects of the main clause after the adjunct's comma (names
/// joined by commas or "and", a description before a name allowed).
fn unadmitted_allegations(doc: &Doc<'_>, tr: &Trigger<'_>) -> Option<(Arg, Vec<Arg>)> {
    if tr.entry.rel_type != "accuses" {
        return None;
    }
    // "without admitting or denying any": the verb of conceding within four words before.
    let back = tr.ti.saturating_sub(4)..tr.ti;
    let v = back
        .clone()
        .rev()
        .find(|&j| CONCEDING.contains(&doc.word_cow(j).as_ref()))?;
    let opener = v.saturating_sub(3)..v;
    if !opener.clone().any(|j| doc.word_cow(j) == "without") {
        return None;
    }
    // "made by", "brought by", "by": the agent right after "by" (one article allowed).
    let mut j = tr.tlast + 1;
    if matches!(
        doc.word_cow(j).as_ref(),
        "made" | "brought" | "filed" | "levelled" | "leveled"
    ) {
        j += 1;
    }
    if doc.word_cow(j) != "by" {
        return None;
    }
    let agent = object_np(doc, j, tr.sent.end, &["by"], true, false)?;
    // The adjunct ends at the first comma after the agent; the subjects follow it.
    let after = doc.token_at_or_after(doc.mentions[agent].span.end);
    let comma = (after..doc.tokens_in(tr.sent).end)
        .take(3)
        .find(|&i| doc.word_cow(i) == ",")?;
    let mut accused = Vec::new();
    let mut from = comma + 1;
    for k in doc.mentions_in(Span::new(doc.tokens[comma].span.end, tr.sent.end)) {
        let start = doc.token_at_or_after(doc.mentions[k].span.start);
        // (A name nested in the one taken.)
        if start < from {
            continue;
        }
        // Only commas, "and" or lower-case describing words ("primary brokerage subsidiary")
        // between one subject and the next.
        let gap_ok = (from..start).count() <= 4
            && (from..start).all(|i| {
                let w = doc.word_cow(i);
                matches!(w.as_ref(), "," | "and" | "the" | "its")
                    || (w.chars().all(|c| c.is_ascii_lowercase())
                        && !passive_participle(&w)
                        && !["has", "have", "had", "also", "said", "agreed", "consented"]
                            .contains(&w.as_ref()))
            });
        if !gap_ok {
            break;
        }
        if !matches!(doc.kind(k), EntityKind::Person | EntityKind::Organization) {
            break;
        }
        accused.extend(arg(doc, k));
        from = doc.token_at_or_after(doc.mentions[k].span.end);
        if !matches!(doc.word_cow(from).as_ref(), "," | "and") {
            break;
        }
    }
    (!accused.is_empty())
        .then(|| Some((arg(doc, agent)?, accused)))
        .flatten()
}

/// Currency words a country's name or demonym may stand before ("Canadian dlrs").
const CURRENCIES: &[&str] = &[
    "dollar", "dollars", "dlr", "dlrs", "francs", "marks", "pounds", "yen", "lire", "pesos",
    "crowns", "guilders", "kronor", "rand", "rupees", "euros",
];

/// "Blair faced criticism from the Liberal Democrats", "won praise from Paris": what the
/// subject receives comes from the one after "from". The giver and the receiver, when the
/// trigger (starting at `start`, ending at token `tlast`) follows a verb of receiving.
fn received_from(
    doc: &Doc<'_>,
    cl: Span,
    start: usize,
    tlast: usize,
    entry: &EventEntry,
) -> Option<(Arg, Arg)> {
    // (reldip27) "faced accusations from X", "came under pressure from X" too; "secured the
    // endorsement of X", "won the backing of X": a definite support or praise noun's "of"
    // names the giver.
    let prep = doc.word_cow(tlast + 1);
    let backing = matches!(entry.rel_type.as_str(), "praises" | "supports");
    let of_giver = prep == "of"
        && backing
        && doc.tokens_in(cl).start < doc.token_at_or_after(start)
        && doc.word_cow(doc.token_at_or_after(start) - 1) == "the";
    // (rel34b) "Clinton has 31 endorsements in the Senate": a body's members endorse her.
    let in_body = prep == "in" && doc.word_cow(tlast).starts_with("endorsement");
    if !matches!(
        entry.rel_type.as_str(),
        "criticizes"
            | "condemns"
            | "praises"
            | "supports"
            | "accuses"
            | "demands"
            // "Israel faces growing threats from Iran", "received a warning from X", "faced
            // sanctions from Washington".
            | "threatens"
            | "warns"
            | "sanctions"
    ) || !(prep == "from" || of_giver || in_body)
    {
        return None;
    }
    // (rel34b) "has the backing of X", "has 31 endorsements from X": support held is support
    // received.
    if !doc
        .tokens_in(Span::new(cl.start, start))
        .rev()
        .take(3)
        .any(|j| {
            let w = doc.word_cow(j);
            RECEIVING.contains(&w.as_ref()) || (backing && HOLDING.contains(&w.as_ref()))
        })
    {
        return None;
    }
    let g = object_np(doc, tlast + 1, cl.end, &[prep.as_ref()], true, false)
        .filter(|&k| !modifies_common_noun(doc, k))
        .filter(|&k| !in_body || doc.kind(k) == EntityKind::Organization)?;
    let s = doc
        .mentions_in(Span::new(cl.start, start))
        .iter()
        .rev()
        .copied()
        .find(|&k| !in_pp(doc, k) && !doc.is_modifier(k) && !is_weapon(doc, k))
        // "a Kansas farmer has drawn support": the name describes the unnamed receiver.
        .filter(|&k| {
            let j = doc.token_at_or_after(doc.mentions[k].span.end);
            let next = doc.word_cow(j);
            (RECEIVING.contains(&next.as_ref())
                || matches!(
                    next.as_ref(),
                    "has"
                        | "have"
                        | "had"
                        | "also"
                        | "already"
                        | "recently"
                        | "still"
                        | "now"
                        | "'s"
                        | "’s"
                ))
                && matches!(
                    doc.kind(k),
                    EntityKind::Person | EntityKind::Organization | EntityKind::Country
                )
        })?;
    Some((arg(doc, g)?, arg(doc, s)?))
}

/// Verbs of receiving criticism or support: "faced criticism from X", "won backing from X".
const RECEIVING: &[&str] = &[
    // "met opposition from X", "encountered resistance from X".
    "met",
    "encountered",
    "faced",
    "faces",
    "face",
    "facing",
    "drew",
    "draws",
    "drawn",
    "attracted",
    "attracts",
    "won",
    "wins",
    "received",
    "receives",
    "gained",
    "gains",
    "got",
    "earned",
    "earns",
    // (reldip27) "secured the endorsement of X", "picked up the backing of X".
    "secured",
    "secures",
    "securing",
    "winning",
    "picked",
    // (rel34b) "locked up endorsements from X", "racked up the backing of X", "garnered".
    "locked",
    "racked",
    "rung",
    "garnered",
    "garners",
    "collected",
    "landed",
];

/// (rel34b) Verbs of holding support: "has the backing of X", "has endorsements from X".
const HOLDING: &[&str] = &["has", "have", "had", "having"];

/// Nouns for a piece of news a verb of praise or blame takes: "welcomed the news that X".
const NEWS_NOUNS: &[&str] = &[
    "news",
    "announcement",
    "announcements",
    "decision",
    "report",
    "reports",
    "confirmation",
    "fact",
];

/// "welcomed (the) news that X ...": the subject X of the clause after "that", within three
/// words after the verb (ending at `tlast`), inside the sentence ending at `end`.
fn news_that(doc: &Doc<'_>, tlast: usize, end: usize) -> Option<usize> {
    let that = noun_then(doc, tlast, end, 3, NEWS_NOUNS, &["that"])?;
    let mut k = object_np(doc, that + 1, end, &[], false, false)?;
    // "the Bill Gates Foundation": the whole name, not the person nested in it.
    while doc.mentions.get(k + 1).is_some_and(|n| {
        n.span.start == doc.mentions[k].span.start && n.span.end <= end && doc.id(k + 1).is_some()
    }) {
        k += 1;
    }
    // "the Bill Gates Foundation" read as a person and a bare "Foundation": the body.
    if doc.kind(k) == EntityKind::Person
        && doc.mentions.get(k + 1).is_some_and(|n| {
            n.kind == EntityKind::Organization
                && n.span.start == doc.mentions[k].span.end + 1
                && n.span.end <= end
                && doc.id(k + 1).is_some()
        })
    {
        k += 1;
    }
    (!doc.is_modifier(k) && !doc.is_possessor(k)).then_some(k)
}

/// Prepositions that may introduce a verb's target ("met with X", "called on X").
fn object_preps(rel_type: &str) -> &'static [&'static str] {
    match rel_type {
        "attacks" | "bombs" => &["on", "against", "at"],
        "sanctions" => &["on", "against"],
        // "protested over Canada's decision".
        "protests" => &["on", "against", "over"],
        "meets" | "negotiates" | "cooperates" | "agrees" | "signs" | "cuts_ties" => &["with"],
        "appeals" => &["to", "upon"],
        "withdraws" => &["from"],
        "aids" | "cuts_aid" | "sells" | "sells_to" | "deploys" | "visits" => &["to"],
        _ => &[],
    }
}

/// True when entity `c` is the campaign named by the surname of person `p` ("Trump
/// campaign" and Donald Trump).
fn own_campaign(doc: &Doc<'_>, p: usize, c: usize) -> bool {
    let (p, c) = (&doc.res.entities[p], &doc.res.entities[c]);
    p.kind == EntityKind::Person
        && c.kind == EntityKind::Organization
        && crate::ner::campaign_surname(&c.name)
            .is_some_and(|s| p.name.split_whitespace().last() == Some(s))
}

/// Is "asked <target>" (`trigger`, `target`) a question rather than an appeal: the target
/// (a name, or a description read for it: "asked the GOP front-runner about") followed by
/// "if", "whether", "about" or a question word, or a quoted question right before ("'Did
/// you know?' Todd asked X")?
fn asked_question(doc: &Doc<'_>, trigger: Span, target: Span) -> bool {
    let mut end = target.end;
    if target.is_empty() {
        let j = doc.token_at_or_after(target.start);
        if let Some(p) = (j + 1..j + 6)
            .take_while(|&i| i < doc.tokens.len())
            .find_map(|i| super::coref::description_at(doc, i).filter(|p| p.start == target.start))
        {
            end = p.end;
        }
    }
    let rest = doc.text[end..].trim_start_matches([',', ' ']);
    let next = rest
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    // (The quotation may end a sentence of its own: look back along the line.)
    let line = &doc.text[..trigger.start];
    let line = &line[line.rfind('\n').map_or(0, |i| i + 1)..];
    let quoted_question = ["?\"", "?”", "?'", "?’"].iter().any(|q| {
        line.rfind(q)
            .is_some_and(|i| !line[i + q.len()..].contains(['.', '!', '?', '"', '“', '”']))
    });
    // "asked X: \"Will you resign?\"": a quotation after a colon that ends in a question mark
    // (within its paragraph).
    let question_after = rest.strip_prefix(':').is_some_and(|q| {
        let q = q.trim_start();
        let para = &q[..q.find('\n').unwrap_or(q.len())];
        let Some(body) = para.strip_prefix('"').or_else(|| para.strip_prefix('“')) else {
            return false;
        };
        body.find(['"', '”'])
            .is_some_and(|close| body[..close].trim_end().ends_with('?'))
    });
    quoted_question
        || question_after
        || [
            "if", "whether", "about", "what", "why", "how", "when", "where",
        ]
        .contains(&next)
}

/// Words that may stand between a verb and its object noun phrase's entity.
const OBJECT_FILLERS: &[&str] = &[
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "our",
    "these",
    "those",
    "both",
    "fellow",
    "former",
    "rival",
    "neighbouring",
    "neighboring",
    "also",
    "again",
    "directly",
    // "met senior Citibank executive X", "met top aide X".
    "senior",
    "top",
    "publicly",
    // "rejected previous Lib Dem proposals", "attacked new Tory plans".
    "new",
    "previous",
    "earlier",
    "latest",
    "recent",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    // Wire copy brackets a company's name: "acquired <Acme Corp>".
    "<",
    // "blasted congressional Republicans", "criticized Senate Democrats".
    "congressional",
    "house",
    "senate",
    "conservative",
    "moderate",
    "liberal",
    "progressive",
    "prominent",
    "leading",
];

/// The object of a verb: the first entity after the trigger across determiners, title words and
/// demonym modifiers, or after one of the verb's own prepositions ("attacked Tory leader Michael
/// Howard", "met with X", "called on Iranian President X"). None when anything else comes first:
/// "refused to say whether X", "signed the deal in X", "received a phone call from X".
fn verb_object(doc: &Doc<'_>, tlast: usize, end: usize, entry: &EventEntry) -> Option<usize> {
    if entry.lemma == "fire" {
        return fired_at(doc, tlast, end);
    }
    // "address executives of Exxon": addressing envoys is meeting their side ("address the
    // United Nations", "address U.S. concerns" are speeches and issues).
    if entry.lemma == "address" {
        return envoys_of(doc, tlast, end, &[]);
    }
    let preps = object_preps(&entry.rel_type);
    object_np(
        doc,
        tlast + 1,
        end,
        preps,
        false,
        entry.rel_type == "attacks",
    )
    .filter(|&k| !subject_of_complement(doc, k))
    .or_else(|| {
        matches!(entry.rel_type.as_str(), "meets" | "negotiates")
            .then(|| envoys_of(doc, tlast, end, preps))?
    })
    .or_else(|| {
        matches!(entry.rel_type.as_str(), "meets" | "negotiates")
            .then(|| with_after_place(doc, tlast, end))?
    })
    .or_else(|| shared_object(doc, tlast, end, entry))
    .or_else(|| {
        (entry.rel_type == "aids")
            .then(|| money_given_to(doc, tlast, end))
            .flatten()
    })
}

/// "provided 37 mln dlrs to Tanzania", "funded $5 billion in loans to Kenya": the one a sum of
/// money (a number with a currency or a scale word, then at most "in"/"of" and two lower-case
/// words) right after the verb ending at `tlast` goes to.
fn money_given_to(doc: &Doc<'_>, tlast: usize, end: usize) -> Option<usize> {
    let mut j = tlast + 1;
    let mut money = false;
    let mut steps = 0;
    while j < doc.tokens.len() && doc.tokens[j].span.start < end && steps < 6 {
        let w = doc.word_cow(j);
        let t = doc.tokens[j].text(doc.text);
        if matches!(t, "$" | "£" | "€" | "¥") || w.starts_with(['$', '£', '€', '¥']) {
            money = true;
        } else if is_amount(&w) || CURRENCIES.contains(&w.as_ref()) {
            money |= !w.starts_with(|c: char| c.is_ascii_digit())
                && !matches!(w.as_ref(), "%" | "pct" | "percent");
        } else if t == "."
            || t == ","
                && doc
                    .tokens
                    .get(j + 1)
                    .is_some_and(|n| n.span.start == doc.tokens[j].span.end)
        {
            // "37.1", "1,500".
        } else if let Some(k) = doc
            .mention_covering(doc.tokens[j].span.start)
            .filter(|&k| doc.kind(k) == EntityKind::Country)
            .filter(|_| CURRENCIES.contains(&doc.word_cow(j + 1).as_ref()))
        {
            // "500 mln U.S. dlrs": the currency's country.
            let e = doc.mentions[k].span.end;
            j = doc.token_at_or_after(e);
            steps += 1;
            continue;
        } else {
            break;
        }
        j += 1;
        steps += 1;
    }
    if !money {
        return None;
    }
    // "$5 million in aid to X", "500 mln dlrs of credits to X".
    if matches!(doc.word_cow(j).as_ref(), "in" | "of") {
        j += 1;
        for _ in 0..2 {
            let t = doc.tokens.get(j)?.text(doc.text);
            if doc.word_cow(j) == "to" || !t.starts_with(|c: char| c.is_lowercase()) {
                break;
            }
            j += 1;
        }
    }
    if doc.word_cow(j) != "to" {
        return None;
    }
    object_np(doc, j, end, &["to"], true, false)
}

/// "killed or wounded over 2,600 Iraqis", "attacked and killed three Palestinians": a verb
/// coordinated with a past-tense verb right after it shares that verb's object.
fn shared_object(doc: &Doc<'_>, tlast: usize, end: usize, entry: &EventEntry) -> Option<usize> {
    if !matches!(doc.word_cow(tlast + 1).as_ref(), "and" | "or") {
        return None;
    }
    let v = doc.tokens.get(tlast + 2).filter(|t| t.span.end < end)?;
    let w = doc.word_cow(tlast + 2);
    let past = v.kind == TokenKind::Word
        && v.text(doc.text).starts_with(char::is_lowercase)
        && (w.len() > 4 && w.ends_with("ed") || IRREGULAR_PARTICIPLES.contains(&w.as_ref()));
    if !past {
        return None;
    }
    verb_object(doc, tlast + 2, end, entry)
}

/// "met in the afternoon with X", "met at the White House residence with X": the partner after
/// a short `in`/`at` phrase (at most five words, no comma) that follows the verb.
fn with_after_place(doc: &Doc<'_>, tlast: usize, end: usize) -> Option<usize> {
    if !matches!(doc.word_cow(tlast + 1).as_ref(), "in" | "at") {
        return None;
    }
    let with = (tlast + 2..tlast + 8)
        .take_while(|&j| {
            doc.tokens.get(j).is_some_and(|t| {
                t.span.start < end
                    && matches!(t.kind, TokenKind::Word | TokenKind::Number)
                    && !CLAUSE_BREAKS.contains(&doc.word_cow(j).as_ref())
            })
        })
        .find(|&j| doc.word_cow(j) == "with")?;
    object_np(doc, with, end, &["with"], true, false)
}

/// What is fired: munitions, and the artillery among them (CAMEO 194).
const MUNITIONS: &[&str] = &[
    "shells",
    "shell",
    "rockets",
    "rocket",
    "missiles",
    "missile",
    "mortars",
    "mortar",
    "rounds",
    "shots",
    "bullets",
    "grenades",
    "artillery",
    "salvo",
    "salvoes",
    "volley",
    "volleys",
    "torpedoes",
    "torpedo",
    "drones",
    "drone",
    "projectiles",
    "warning",
];
const ARTILLERY_WORDS: &[&str] = &[
    "shells",
    "shell",
    "artillery",
    "mortars",
    "mortar",
    "howitzer",
];

/// True when token `j` exists and starts before byte `end` (a clause's end): the bound of the
/// word-by-word scans after a trigger.
fn starts_before(doc: &Doc<'_>, j: usize, end: usize) -> bool {
    doc.tokens.get(j).is_some_and(|t| t.span.start < end)
}

/// "fired two artillery shells at New Zealand", "fired on protesters": the target of a bare
/// "fire" is only ever behind `at`/`on`/`into`, and what stands before it must be a munition
/// ("fired 200 workers at its plant" is no attack).
fn fired_at(doc: &Doc<'_>, tlast: usize, end: usize) -> Option<usize> {
    let in_clause = |j: usize| starts_before(doc, j, end);
    let mut j = tlast + 1;
    let mut munition = false;
    while in_clause(j) && j <= tlast + 5 {
        let w = doc.word_cow(j);
        if matches!(
            w.as_ref(),
            "at" | "on" | "into" | "upon" | "toward" | "towards"
        ) {
            break;
        }
        match doc.mention_covering(doc.tokens[j].span.start) {
            Some(k) if is_weapon(doc, k) => munition = true,
            Some(_) => return None,
            None => munition |= MUNITIONS.contains(&w.as_ref()),
        }
        j += 1;
    }
    if !in_clause(j) || j > tlast + 1 && !munition {
        return None;
    }
    object_np(
        doc,
        j,
        end,
        &["at", "on", "into", "upon", "toward", "towards"],
        true,
        false,
    )
}

/// Is artillery named between a trigger and its target ("fired artillery shells at")?
fn artillery_between(doc: &Doc<'_>, from: usize, to: usize) -> bool {
    doc.tokens_in(Span::new(from, to.max(from)))
        .any(|j| ARTILLERY_WORDS.contains(&doc.word_cow(j).as_ref()))
}

/// Deeds that one side condemns, praises or protests in another ("condemned an attack by X").
const DEED_NOUNS: &[&str] = &[
    "attack",
    "attacks",
    "killing",
    "killings",
    "bombing",
    "bombings",
    "invasion",
    "shelling",
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "raid",
    "raids",
    "incursion",
    "offensive",
    "assault",
    "massacre",
    "arrest",
    "arrests",
    "detention",
    "execution",
    "executions",
    "crackdown",
    "decision",
    "move",
    "moves",
    "actions",
    "annexation",
    "occupation",
];

/// A side's words and conduct, judged in their author ("praised the efforts of X", "condemned
/// remarks by X").
const CONDUCT_NOUNS: &[&str] = &[
    "efforts",
    "effort",
    "work",
    "leadership",
    "handling",
    "response",
    "role",
    "stance",
    "remarks",
    "comments",
    "statement",
    "statements",
    "speech",
    "conduct",
    "behavior",
    "behaviour",
    "courage",
    "rhetoric",
];

/// Nouns for a side's armed men or officials, which make a demonym or country before them that
/// side ("by Russian soldiers", "by Osgiliath troops").
const SIDE_NOUNS: &[&str] = &[
    "troops",
    "forces",
    "soldiers",
    "army",
    "navy",
    "police",
    "militia",
    "militiamen",
    "officials",
    "authorities",
    "government",
    "gunmen",
    "fighters",
    "security",
    "warplanes",
    "jets",
    "military",
];

/// "condemned an attack by Russian soldiers", "praised the decision by France": whose deed it is,
/// a `by` phrase after a deed noun within four words after the verb (ending at `tlast`).
fn deed_by(doc: &Doc<'_>, tlast: usize, end: usize) -> Option<usize> {
    let in_clause = |j: usize| starts_before(doc, j, end);
    // "praised the efforts of John Kerry", "criticized remarks by X": a deed of words or
    // conduct is its author's after "of" too (not "condemned the killing of X").
    let by = noun_then(doc, tlast, end, 4, DEED_NOUNS, &["by"])
        .or_else(|| noun_then(doc, tlast, end, 4, CONDUCT_NOUNS, &["by", "of"]))?;
    let mut j = by + 1;
    while in_clause(j) && matches!(doc.word_cow(j).as_ref(), "the" | "a" | "an") {
        j += 1;
    }
    if !in_clause(j) {
        return None;
    }
    if let Some(k) = doc.mention_covering(doc.tokens[j].span.start) {
        if is_weapon(doc, k) {
            return None;
        }
        let after = doc.token_at_or_after(doc.mentions[k].span.end);
        if in_clause(after) && SIDE_NOUNS.contains(&doc.word_cow(after).as_ref()) {
            return Some(k);
        }
    }
    object_np(doc, by + 1, end, &[], false, false).filter(|&k| !modifies_common_noun(doc, k))
}

/// "signed an 800 million dollar trade protocol for 1990 with Vietnam": the partner behind
/// a signed document's `with`, however long the document's description (eight words).
fn document_with(doc: &Doc<'_>, tlast: usize, end: usize) -> Option<usize> {
    let in_clause = |j: usize| starts_before(doc, j, end);
    let free = |j: usize| in_clause(j) && doc.mention_covering(doc.tokens[j].span.start).is_none();
    let noun = (tlast + 1..tlast + 9)
        .take_while(|&j| free(j))
        .find(|&j| SIGNED_DOCUMENTS.contains(&doc.word_cow(j).as_ref()))?;
    let with = (noun + 1..noun + 4)
        .take_while(|&j| free(j) && doc.word_cow(j) != ",")
        .find(|&j| doc.word_cow(j) == "with")?;
    // ("a lease with Citicorp covering its project": a participle and its object after the
    // partner open a clause about the document.)
    let participle_after = |k: usize| {
        let j = token_after(doc, k);
        doc.word_cow(j).ends_with("ing")
            && matches!(
                doc.word_cow(j + 1).as_ref(),
                "the" | "a" | "an" | "its" | "their" | "his" | "her"
            )
    };
    object_np(doc, with + 1, end, &[], false, false)
        .filter(|&k| !modifies_common_noun(doc, k) || participle_after(k))
}

/// "want the seven to agree": an infinitive whose own subject, a common noun phrase, stands
/// right before "to" (not "want to agree", "are expected to agree").
fn someone_else_to(doc: &Doc<'_>, ti: usize) -> bool {
    if ti < 2 || doc.word_cow(ti - 1) != "to" {
        return false;
    }
    let w = doc.word_cow(ti - 2);
    doc.tokens[ti - 2].kind == TokenKind::Word
        && doc
            .mention_covering(doc.tokens[ti - 2].span.start)
            .is_none()
        && !INTENDED.contains(&w.as_ref())
        && !w.ends_with("ed")
        && !matches!(
            w.as_ref(),
            "likely"
                | "unlikely"
                | "able"
                | "unable"
                | "need"
                | "needs"
                | "try"
                | "trying"
                | "set"
                | "going"
                | "have"
                | "has"
                | "had"
                | "is"
                | "are"
                | "was"
                | "were"
                | "not"
                | "expect"
                | "expects"
                | "agree"
                | "agrees"
                | "managed"
                | "due"
                | "yet"
        )
}

/// "pledged to cooperate", "pledged to work together", "pledged to coordinate their policies":
/// a pledge ending at `tlast` whose next words make it one the subjects give each other.
fn pledged_together(doc: &Doc<'_>, tlast: usize, cl: Span) -> bool {
    doc.tokens_in(Span::new(doc.tokens[tlast].span.end, cl.end))
        .take(5)
        .any(|j| {
            matches!(
                doc.word_cow(j).as_ref(),
                "cooperate"
                    | "co-operate"
                    | "coordinate"
                    | "co-ordinate"
                    | "together"
                    | "jointly"
                    | "each"
                    | "mutual"
            )
        })
}

/// "France and Germany agree that ...", "agreed on a ceasefire", "agreed to cooperate": an
/// agreement whose content, not a partner, follows the verb (ending at `tlast`).
fn agreement_between_subjects(doc: &Doc<'_>, tlast: usize, cl: Span) -> bool {
    let next = tlast + 1;
    if next >= doc.tokens.len() || doc.tokens[next].span.start >= cl.end {
        return true;
    }
    match doc.word_cow(next).as_ref() {
        "that" | "on" | "upon" => true,
        // "agreed to cooperate", not "agreed to the plan", nor a payment each makes apart
        // ("agreed to pay penalties of 200,000 dlrs each"), nor a service each gives someone
        // else unless to each other ("Phelps, Baxter and Bohr agreed to perform consulting
        // services for the company", "agreed to help OPEC").
        "to" => {
            let verb = doc.word_cow(next + 1);
            let mut rest = doc.tokens_in(Span::new(doc.tokens[next].span.end, cl.end));
            let each_apart = |j: usize| doc.word_cow(j) == "each" && doc.word_cow(j + 1) != "other";
            let mutual = |j: usize| {
                matches!(
                    (doc.word_cow(j).as_ref(), doc.word_cow(j + 1).as_ref()),
                    ("each", "other") | ("one", "another")
                )
            };
            doc.tokens.get(next + 1).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && doc.mention_covering(t.span.start).is_none()
                    && !DETERMINERS.contains(&verb.as_ref())
                    && !t.text(doc.text).starts_with(|c: char| c.is_uppercase())
            }) && match verb.as_ref() {
                "pay" | "contribute" => !rest.any(each_apart),
                v if SERVICE_VERBS.contains(&v) => rest.any(mutual),
                _ => true,
            }
        }
        _ => false,
    }
}

/// Verbs of a service given to a third party, which subjects agreeing to it do not agree on
/// with each other ([`agreement_between_subjects`]), unless it is to each other ("agreed to
/// help each other").
const SERVICE_VERBS: &[&str] = &[
    "perform", "serve", "provide", "help", "assist", "join", "testify", "lend", "donate", "supply",
    "remain", "stay", "act",
];

/// A verb of warning or threatening within six words before the trigger in its clause.
fn warned_before(doc: &Doc<'_>, cl: Span, at: usize) -> bool {
    doc.tokens_in(Span::new(cl.start, at))
        .rev()
        .take(6)
        .any(|j| {
            matches!(
                doc.word_cow(j).as_ref(),
                "warned" | "warns" | "warning" | "threatened" | "threatens" | "threatening"
            )
        })
}

/// The CAMEO threat code (13x) for a hostile event of this type that is only threatened:
/// sanctions 1312, cutting aid 1311, cutting ties 1313, force 138, expulsion 137.
fn threat_code(rel_type: &str) -> Option<&'static str> {
    Some(match rel_type {
        "sanctions" | "blockades" => "1312",
        "cuts_aid" => "1311",
        "cuts_ties" => "1313",
        "attacks" | "bombs" | "invades" | "occupies" | "kills" | "seizes" => "138",
        "expels" | "arrests" => "137",
        _ => return None,
    })
}

/// The CAMEO code of a stated intention to do a cooperative event of this type (03x), when
/// CAMEO has one: meeting, negotiating and visiting 036, aid 033, material cooperation 031,
/// diplomatic cooperation (support, praise, restoring ties) 032, agreements 030.
fn intent_code(rel_type: &str, cameo: &str) -> Option<&'static str> {
    Some(match rel_type {
        "meets" | "negotiates" | "visits" => "036",
        "aids" => "033",
        "cooperates" if cameo == "054" => "032",
        "cooperates" => "031",
        "supports" | "praises" => "032",
        "signs" => "030",
        _ => return None,
    })
}

/// Words that may follow a noun phrase's head entity (so the entity is not modifying a noun).
const AFTER_HEAD: &[&str] = &[
    "and", "or", "but", "is", "was", "were", "are", "has", "had", "have", "would", "will", "could",
    "that", "which", "who", "in", "on", "at", "by", "for", "from", "to", "with", "after", "before",
    "since", "last", "this", "as", "than", "over", "of", "about", "during", "until", "into",
    "through", "amid", "despite", "because", "if", "while",
];

/// Does subject mention `k` of the verb at token `ti` modify the common noun that heads the
/// subject ("Japanese banks want", "U.S. gamers will buy")? A name right before its own verb
/// ("Chile wants Peru to", "Ivo Marsh told Japan to"), or with only auxiliaries and adverbs
/// between ("Chile now wants"), does not: [`modifies_common_noun`] alone takes that verb for
/// a noun.
fn subject_modifies_noun(doc: &Doc<'_>, k: usize, ti: usize) -> bool {
    let j = token_after(doc, k);
    j < ti && modifies_common_noun(doc, k) && {
        let w = doc.word_cow(j);
        !(ACTOR_GAP.contains(&w.as_ref()) || w == "now" || w.len() > 4 && w.ends_with("ly"))
    }
}

/// The people around a person that the person's name modifies ("Vendrum administration
/// officials", "Trump supporters", "Clinton campaign aides").
const ENTOURAGE: &[&str] = &[
    "supporters",
    "aides",
    "officials",
    "staffers",
    "allies",
    "loyalists",
    "backers",
    "advisers",
    "advisors",
    "surrogates",
    "voters",
    "delegates",
    "fans",
];

/// Is person mention `k`, before the verb at token `ti`, a name modifying the people around
/// it: its next word one of [`ENTOURAGE`] ("Trump supporters"), or one after "administration",
/// "campaign" and the like ("Vendrum administration officials", "Clinton campaign aides")?
fn names_group(doc: &Doc<'_>, k: usize, ti: usize) -> bool {
    let j = token_after(doc, k);
    let lower = |i: usize| {
        i < ti
            && doc.tokens[i].kind == TokenKind::Word
            && doc.tokens[i]
                .text(doc.text)
                .starts_with(|c: char| c.is_ascii_lowercase())
    };
    let entourage = |i: usize| lower(i) && ENTOURAGE.contains(&doc.word_cow(i).as_ref());
    // ("Trump assured voters": a verb before the group, not a modifier.)
    entourage(j)
        || lower(j)
            && matches!(
                doc.word_cow(j).as_ref(),
                "administration" | "campaign" | "transition" | "team" | "camp"
            )
            && entourage(j + 1)
}

/// "purchases of U.S. wheat", "Japanese acquisition of a major U.S. company": a country that
/// modifies a common noun is not what was bought.
fn modifies_common_noun(doc: &Doc<'_>, k: usize) -> bool {
    let j = token_after(doc, k);
    doc.tokens.get(j).is_some_and(|t| {
        t.kind == TokenKind::Word
            && t.text(doc.text).starts_with(|c: char| c.is_lowercase())
            && !AFTER_HEAD.contains(&doc.word_cow(j).as_ref())
    })
}

/// "to ease U.S.-Japan trade friction at a meeting with X": a name joined by a hyphen to
/// another name, the pair before a lower-case word that is no verb, describes that noun and
/// acts in no event.
fn hyphen_pair_modifier(doc: &Doc<'_>, k: usize) -> bool {
    let m = doc.mentions[k].span;
    let joined_before =
        doc.text[..m.start].ends_with('-') && doc.mention_ending_at(m.start - 1).is_some();
    let joined_after =
        doc.text[m.end..].starts_with('-') && doc.mention_covering(m.end + 1).is_some();
    if !(joined_before || joined_after) {
        return false;
    }
    let last = if joined_after {
        doc.mention_covering(m.end + 1).unwrap_or(k)
    } else {
        k
    };
    let j = doc.token_at_or_after(doc.mentions[last].span.end);
    lower_word(doc, j) && {
        let w = doc.word_cow(j);
        // ("An IMF-World Bank team will visit Colombo": the bodies' people act.)
        !matches!(
            w.as_ref(),
            "team"
                | "teams"
                | "delegation"
                | "delegations"
                | "mission"
                | "officials"
                | "negotiators"
                | "envoys"
                | "forces"
                | "troops"
        ) && !SUBJECT_AUX.contains(&w.as_ref())
            && !w.ends_with("ed")
            && !doc.pipeline.extractor.is_event_verb(&w)
    }
}

/// The entity heading the noun phrase that starts at token `j` (after one of `preps` when
/// `need_prep`): "on the ARAMCO site" → ARAMCO, but "on the cost of Britain's system" → none.
fn object_np(
    doc: &Doc<'_>,
    mut j: usize,
    end: usize,
    preps: &[&str],
    need_prep: bool,
    allow_weapon: bool,
) -> Option<usize> {
    let mut prep_seen = false;
    let mut skipped = 0;
    let mut steps = 0;
    while j < doc.tokens.len() && doc.tokens[j].span.start < end && steps < 8 {
        steps += 1;
        let start = doc.tokens[j].span.start;
        // "the president of Mexico, X,", "the way Mr X introduced ...": a phrase opened by
        // "the" whose person is the object.
        if doc.word_cow(j) == "the" {
            if let Some(k) =
                titled_description_person(doc, j, end).or_else(|| the_way_of(doc, j, end))
            {
                return Some(k);
            }
        }
        if let Some(k) = doc.mention_covering(start) {
            if modifies_next(doc, k) {
                let e = doc.mentions[k].span.end;
                j = doc.token_at_or_after(e);
                continue;
            }
            if is_weapon(doc, k) && !allow_weapon || (need_prep || skipped > 0) && !prep_seen {
                return None;
            }
            // (rel37a) "criticized Tulsa, Okla., police officer X": a place and the state
            // or country it lies in, comma-closed, before the title or role noun of a person.
            if let Some(n) = place_pair_before_person(doc, k, end) {
                j = n;
                continue;
            }
            // "bought Dutch firm Corus", "criticised US software maker Orix": the name behind
            // the descriptor; a demonym before a descriptor with no name ("a Dutch firm")
            // names no one.
            if let Some(h) = descriptor_head(doc, k) {
                return h;
            }
            // "for Iran's war enemy Iraq": the possessor is not the head; a named head behind
            // a short common noun is.
            return Some(possessed_head(doc, k).unwrap_or(k));
        }
        if let Some(e) = title_covering(doc, doc.tokens[j].span) {
            j = doc.token_at_or_after(e);
            continue;
        }
        let w = doc.word_cow(j);
        // "criticised Ofsted boss David Bell": an unknown name before a title belongs to it.
        let opens_title = || {
            doc.tokens[j]
                .text(doc.text)
                .starts_with(|c: char| c.is_uppercase())
                && doc
                    .tokens
                    .get(j + 1)
                    .is_some_and(|t| title_covering(doc, t.span).is_some())
        };
        if let Some(e) = doc.date_starting_at(start).filter(|_| !prep_seen) {
            // "met on Tuesday with X", "spoke last week to X": a time between the verb and
            // its object.
            j = doc.token_at_or_after(e);
            continue;
        } else if !prep_seen && preps.contains(&w.as_ref()) {
            prep_seen = true;
        } else if OBJECT_FILLERS.contains(&w.as_ref())
            || is_count(doc, j)
            || opens_title()
            || role_noun_before_person(doc, j, end)
        {
            // "killing nine French soldiers", "the arrest of two Indian diplomats": a count
            // before a demonym; the demonym stands for its country.
        } else if !prep_seen
            && !need_prep
            && !preps.is_empty()
            && skipped < 3
            && doc.tokens[j].kind == TokenKind::Word
            && doc.tokens[j]
                .text(doc.text)
                .starts_with(|c: char| c.is_lowercase())
            && !PREPOSITIONS.contains(&w.as_ref())
            && !["that", "whether", "which", "who", "if", "and", "or", "but"].contains(&w.as_ref())
        {
            // "deployed troops to Poland", "sent aid to Ukraine": a short common-noun object
            // before the verb's own preposition.
            skipped += 1;
        } else {
            return None;
        }
        j += 1;
    }
    None
}

/// (rel37a) "Tulsa, Okla., police officer Betty Shelby": place mention `k`, a comma, the
/// state or country it lies in, a comma, then a title or a lower-case role noun that describes
/// the person behind it ([`role_noun_before_person`]): the token after the second comma.
fn place_pair_before_person(doc: &Doc<'_>, k: usize, end: usize) -> Option<usize> {
    if doc.kind(k) != EntityKind::Location {
        return None;
    }
    let c1 = token_after(doc, k);
    if doc.tokens.get(c1)?.text(doc.text) != "," {
        return None;
    }
    let k2 = doc.mention_covering(doc.tokens.get(c1 + 1)?.span.start)?;
    if !matches!(doc.kind(k2), EntityKind::Location | EntityKind::Country) {
        return None;
    }
    let c2 = token_after(doc, k2);
    if doc.tokens.get(c2)?.text(doc.text) != "," {
        return None;
    }
    let n = c2 + 1;
    let t = doc.tokens.get(n)?;
    if t.span.start >= end {
        return None;
    }
    (title_covering(doc, t.span).is_some() || role_noun_before_person(doc, n, end)).then_some(n)
}

/// "criticised the way Mr Blunkett introduced the rules": the person or body whose way of
/// acting is judged, right after "the way" at token `j` (which is "the"), past a title.
fn the_way_of(doc: &Doc<'_>, j: usize, end: usize) -> Option<usize> {
    if doc.word_cow(j + 1) != "way" {
        return None;
    }
    let mut i = j + 2;
    if let Some(e) = doc.tokens.get(i).and_then(|t| title_covering(doc, t.span)) {
        i = doc.token_at_or_after(e);
    }
    let at = doc.tokens.get(i)?.span.start;
    doc.mention_covering(at).filter(|&k| {
        doc.mentions[k].span.start == at
            && doc.mentions[k].span.end <= end
            && matches!(doc.kind(k), EntityKind::Person | EntityKind::Organization)
            && !doc.is_modifier(k)
            && !doc.is_possessor(k)
    })
}

/// "the president of Mexico, Enrique Pena Nieto,", "the senior judge in England and Wales,
/// Lord Woolf,": a description opening at token `j` ("the", at most three lower-case words
/// ending in a title of the lexicon, "of"/"in"/"for", one or two names joined by "and") set
/// off by a comma before the person it describes, who is the object (before `end`). Token `j`
/// is "the".
fn titled_description_person(doc: &Doc<'_>, j: usize, end: usize) -> Option<usize> {
    let mut i = j + 1;
    while i < j + 4
        && lower_word(doc, i)
        && !matches!(doc.word_cow(i).as_ref(), "of" | "in" | "for")
    {
        i += 1;
    }
    if i == j + 1
        || !doc.pipeline.recognizer.is_title(&doc.word_cow(i - 1))
        || !matches!(doc.word_cow(i).as_ref(), "of" | "in" | "for")
    {
        return None;
    }
    // The names after the preposition, then the comma.
    let mut at = doc.tokens.get(i + 1)?.span.start;
    for _ in 0..2 {
        let k = doc
            .mention_covering(at)
            .filter(|&k| doc.mentions[k].span.start == at && doc.kind(k) != EntityKind::Person)?;
        let next = token_after(doc, k);
        match doc.tokens.get(next).map(|t| t.text(doc.text)) {
            Some("and") => at = doc.tokens.get(next + 1)?.span.start,
            Some(",") => {
                let t = doc.tokens.get(next + 1)?.span;
                // "..., Lord Woolf,": the name behind a form of address or title.
                let p = match title_covering(doc, t) {
                    Some(e) => doc.tokens.get(doc.token_at_or_after(e))?.span.start,
                    None => t.start,
                };
                return doc.mention_covering(p).filter(|&p2| {
                    doc.mentions[p2].span.start == p
                        && doc.mentions[p2].span.end <= end
                        && doc.kind(p2) == EntityKind::Person
                });
            }
            _ => return None,
        }
    }
    None
}

/// Words that are no role noun before a name: time words, adverbs and pronouns ("warned today John
/// Smith ...").
const NOT_ROLE_NOUNS: &[&str] = &[
    "today",
    "yesterday",
    "tonight",
    "tomorrow",
    "again",
    "also",
    "then",
    "now",
    "once",
    "still",
    "even",
    "only",
    "just",
    "both",
    "either",
    "neither",
    "each",
    "every",
    "all",
    "any",
    "some",
    "instead",
    "too",
    "back",
    "off",
    "out",
    "up",
    "down",
    "away",
    "not",
    "never",
    "what",
    "how",
    "him",
    "her",
    "them",
    "his",
    "its",
    "their",
    "you",
    "me",
    "us",
    "it",
    "our",
    "your",
    "who",
];

/// "lambasted referee Tomas Kvist", "criticised shadow home secretary Ivo Darnell": token `j`
/// is a lower-case role noun (one, or two before a title) that describes the full personal
/// name right behind it. General machinery for any verb's object (`object_np`). Not a plural
/// ("warned investors John Smith would resign"), an "-ing"/"-ed"/"-ly" word, a preposition
/// or a time word, nor a name of one word ("urged voters Smith ...").
fn role_noun_before_person(doc: &Doc<'_>, j: usize, end: usize) -> bool {
    let role = |i: usize| {
        let t = doc.tokens[i];
        let w = doc.word_cow(i);
        t.kind == TokenKind::Word
            && t.text(doc.text).starts_with(char::is_lowercase)
            && w.len() > 2
            && w.chars().all(|c| c.is_ascii_alphabetic())
            && (!w.ends_with('s') || w.ends_with("ss"))
            && !w.ends_with("ing")
            && !w.ends_with("ed")
            && !w.ends_with("ly")
            && !PREPOSITIONS.contains(&w.as_ref())
            && !CLAUSE_BREAKS.contains(&w.as_ref())
            && !NOT_ROLE_NOUNS.contains(&w.as_ref())
            && !matches!(
                w.as_ref(),
                "and" | "or" | "nor" | "that" | "whether" | "if" | "as" | "when" | "where"
            )
    };
    // ("asking him to attack John Smith": a verb after "to" or a modal is no role noun.)
    let after_verb_marker = j > 0
        && matches!(
            doc.word_cow(j - 1).as_ref(),
            "to" | "will" | "would" | "can" | "could" | "should" | "must" | "may" | "might" | "not"
        );
    if after_verb_marker || !role(j) {
        return false;
    }
    // At most one more role noun or title words, then the name.
    let mut i = j + 1;
    let mut extra = 0;
    while i < doc.tokens.len() && doc.tokens[i].span.start < end && extra < 3 {
        let start = doc.tokens[i].span.start;
        if let Some(k) = doc.mention_covering(start) {
            return doc.kind(k) == EntityKind::Person
                && doc.mentions[k].span.start == start
                && doc.mentions[k].span.end <= end
                && doc.text[doc.mentions[k].span.start..doc.mentions[k].span.end].contains(' ');
        }
        if let Some(e) = title_covering(doc, doc.tokens[i].span) {
            i = doc.token_at_or_after(e);
            extra += 1;
            continue;
        }
        if extra == 0 && role(i) {
            i += 1;
            extra += 1;
            continue;
        }
        return false;
    }
    false
}

/// "Dutch firm Corus", "US software maker Orix Systems": mention `k` followed by at most
/// three lower-case words, the last a company descriptor (`ner::is_org_descriptor`), describes
/// the named organisation right behind them: `Some(Some(that name))`. A demonym before such
/// a descriptor with no name behind ("a Dutch firm said") is `Some(None)`; anything else is
/// `None` (no descriptor follows).
fn descriptor_head(doc: &Doc<'_>, k: usize) -> Option<Option<usize>> {
    let j = token_after(doc, k);
    let mut last = None;
    for i in j..(j + 3).min(doc.tokens.len()) {
        let t = doc.tokens[i];
        if t.kind != TokenKind::Word || !t.text(doc.text).starts_with(char::is_lowercase) {
            break;
        }
        let w = doc.word_cow(i);
        if PREPOSITIONS.contains(&w.as_ref()) || CLAUSE_BREAKS.contains(&w.as_ref()) {
            break;
        }
        if crate::ner::is_org_descriptor(&w) {
            last = Some(i);
        }
    }
    let d = last?;
    let named = doc
        .tokens
        .get(d + 1)
        .and_then(|t| doc.mention_covering(t.span.start))
        .filter(|&h| doc.kind(h) == EntityKind::Organization);
    match named {
        Some(h) => Some(Some(h)),
        None if doc.mentions[k].form == crate::ner::Form::Demonym => Some(None),
        None => None,
    }
}

/// Is mention k the possessor of a common noun ("Norway's demands")?
fn possesses_thing(doc: &Doc<'_>, k: usize) -> bool {
    doc.is_possessor(k) && {
        let j = token_after(doc, k) + 1;
        doc.tokens.get(j).is_some_and(|t| {
            t.kind == TokenKind::Word && t.text(doc.text).starts_with(char::is_lowercase)
        })
    }
}

/// "Iran's war enemy Iraq", "Chile's old rival Peru": the named head after a possessor and at
/// most three lower-case words, if any.
fn possessed_head(doc: &Doc<'_>, k: usize) -> Option<usize> {
    if !doc.is_possessor(k) {
        return None;
    }
    let mut j = token_after(doc, k) + 1;
    for _ in 0..4 {
        let tok = doc.tokens.get(j)?;
        if let Some(h) = doc.mention_covering(tok.span.start) {
            // "Ecuador's South Korean market": a demonym modifies the head, it is none.
            return (doc.id(h).is_some()
                && !doc.is_modifier(h)
                && doc.mentions[h].form != crate::ner::Form::Demonym)
                .then_some(h);
        }
        if let Some(end) = title_covering(doc, tok.span) {
            j = doc.token_at_or_after(end);
            continue;
        }
        let w = doc.word_cow(j);
        if tok.kind != TokenKind::Word
            || !tok.text(doc.text).starts_with(char::is_lowercase)
            || AFTER_HEAD.contains(&w.as_ref())
            || PREPOSITIONS.contains(&w.as_ref())
        {
            return None;
        }
        j += 1;
    }
    None
}

/// Triggers that take people or places: "captured two soldiers" (an arrest), "captured the
/// town" (territory).
const TAKE_VERBS: &[&str] = &[
    "capture",
    "captures",
    "captured",
    "capturing",
    "seize",
    "seizes",
    "seized",
    "seizing",
];

/// Places and positions that are taken by force ("army posts", "the town of X").
const PLACE_NOUNS: &[&str] = &[
    "post",
    "posts",
    "outpost",
    "outposts",
    "position",
    "positions",
    "checkpoint",
    "checkpoints",
    "stronghold",
    "strongholds",
    "base",
    "bases",
    "town",
    "towns",
    "city",
    "cities",
    "village",
    "villages",
    "territory",
    "territories",
    "airport",
    "airfield",
    "port",
    "bridge",
    "hill",
    "hills",
    "district",
    "province",
    "region",
    "capital",
    "garrison",
    "fort",
    "island",
    "islands",
];

/// Does the object after a taking verb name a place ("three army posts", "Iranian defence
/// positions", "the capture of the town")? Looks at the noun phrase only: up to a
/// preposition or punctuation.
fn takes_places(doc: &Doc<'_>, tlast: usize, end: usize) -> bool {
    let mut j = tlast + 1;
    let mut first = true;
    for _ in 0..6 {
        let Some(tok) = doc.tokens.get(j).filter(|t| t.span.start < end) else {
            return false;
        };
        if let Some(k) = doc.mention_covering(tok.span.start) {
            if doc.kind(k) == EntityKind::Location {
                return true;
            }
            j = doc.token_at_or_after(doc.mentions[k].span.end);
            first = false;
            continue;
        }
        let w = doc.word_cow(j);
        if PLACE_NOUNS.contains(&w.as_ref()) {
            return true;
        }
        if tok.kind != TokenKind::Word
            || (PREPOSITIONS.contains(&w.as_ref()) && !(first && w == "of"))
            || AFTER_HEAD.contains(&w.as_ref()) && w != "of"
        {
            return false;
        }
        first = false;
        j += 1;
    }
    false
}

/// Words counting the people or things of a noun phrase ("two", "dozens of" is not one).
const COUNT_WORDS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "several",
    "dozens",
    "hundreds",
    "thousands",
    "scores",
    "many",
    "some",
];

/// Is token j part of a count ("nine", "12", "dozens of", "at least 20") that a counted group
/// follows ([`counted_group`]): "killing nine French soldiers", "killed more than 20
/// Palestinians", "captured three Hamas militants"?
fn is_count(doc: &Doc<'_>, j: usize) -> bool {
    let count_word = |i: usize| {
        let w = doc.word_cow(i);
        doc.tokens[i].kind == TokenKind::Number
            || COUNT_WORDS.contains(&w.as_ref())
            || QUANTITY_COUNTS.contains(&w.as_ref())
    };
    // (The "of" of "dozens of" is inside the count.)
    let mut counted = j > 0 && doc.word_cow(j) == "of" && count_word(j - 1);
    let mut i = j;
    while i < doc.tokens.len() && i < j + 6 {
        let w = doc.word_cow(i);
        if count_word(i) {
            counted = true;
        } else if w == "of" {
            // "dozens of Iraqis", not "of three Iraqis" (the verb's own preposition).
            if !counted {
                return false;
            }
        } else if !QUANTITY_WORDS.contains(&w.as_ref()) {
            break;
        }
        i += 1;
    }
    counted && counted_group(doc, i)
}

/// Count nouns and numerals of a quantity besides [`COUNT_WORDS`] ("a dozen", "tens of").
const QUANTITY_COUNTS: &[&str] = &["dozen", "hundred", "thousand", "tens", "millions"];

/// Words around a count in a quantity ("more than 20", "at least 300", "an estimated 40").
const QUANTITY_WORDS: &[&str] = &[
    "more",
    "than",
    "at",
    "least",
    "about",
    "over",
    "nearly",
    "almost",
    "around",
    "roughly",
    "approximately",
    "estimated",
    "up",
    "to",
    "a",
    "an",
];

/// Is the token at `i` a group that a count before it names as a side: a plural demonym
/// ("three Palestinians in Gaza"), a demonym before its forces or people ("nine French
/// soldiers", "384 Libyans"; not "the two German members of the Commission"), or an
/// organisation or country name before its forces, envoys or members ("three Hamas
/// militants", "two US soldiers", "four Acme executives")?
fn counted_group(doc: &Doc<'_>, i: usize) -> bool {
    let Some(k) = doc
        .tokens
        .get(i)
        .and_then(|t| doc.mention_covering(t.span.start))
    else {
        return false;
    };
    if plural_demonym(doc, k) {
        return true;
    }
    let after = doc.token_at_or_after(doc.mentions[k].span.end);
    let w = doc.word_cow(after);
    if doc.mentions[k].form == crate::ner::Form::Demonym {
        // ("about 200 Lebanese in the fighting": the demonym heads its phrase.)
        return FORCE_NOUNS.contains(&w.as_ref())
            || COUNTED_PEOPLE.contains(&w.as_ref())
            || AFTER_HEAD.contains(&w.as_ref())
            || !doc.tokens.get(after).is_some_and(|t| {
                t.kind == TokenKind::Word && t.text(doc.text).starts_with(char::is_lowercase)
            });
    }
    matches!(doc.kind(k), EntityKind::Organization | EntityKind::Country)
        && !doc.is_possessor(k)
        && (ENVOY_NOUNS.contains(&w.as_ref()) || COUNTED_MEMBERS.contains(&w.as_ref()))
}

/// Members of an armed group or a body that a count and its name make the group's ("three
/// Hamas militants", "two Nato peacekeepers"; not its craft: "54 Boeing planes").
const COUNTED_MEMBERS: &[&str] = &[
    "troops",
    "soldiers",
    "fighters",
    "militants",
    "guerrillas",
    "gunmen",
    "rebels",
    "insurgents",
    "militiamen",
    "members",
    "peacekeepers",
    "inspectors",
    "monitors",
    "policemen",
    "employees",
    "leaders",
    "commanders",
    "operatives",
];

/// Is mention k a plural demonym, a noun for people of its country ("Palestinians", "Iraqis",
/// "Poles"; "Swiss" and "Beninois" are adjectives too)?
fn plural_demonym(doc: &Doc<'_>, k: usize) -> bool {
    let m = &doc.mentions[k];
    let w = m.span.slice(doc.text);
    m.form == crate::ner::Form::Demonym
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("ois")
}

/// People and craft that a count and a demonym name as a country's ("two Indian diplomats").
const COUNTED_PEOPLE: &[&str] = &[
    "diplomats",
    "nationals",
    "citizens",
    "civilians",
    "peacekeepers",
    "sailors",
    "fishermen",
    "journalists",
    "workers",
    "policemen",
    "officers",
    "pilots",
    "hostages",
    "tourists",
    "students",
    "ships",
    "vessels",
    "boats",
    "tankers",
    // Its forces' craft and posts ("shelled two Iranian platforms", "shot down two Syrian
    // jets").
    "warships",
    "frigates",
    "jets",
    "aircraft",
    "planes",
    "helicopters",
    "platforms",
    "positions",
    "outposts",
    "bases",
    "installations",
    "servicemen",
    "guards",
    "spies",
    "prisoners",
    "border",
    // People of a country that a count makes its side ("killed three Palestinian militants").
    "militants",
    "rebels",
    "guerrillas",
    "gunmen",
    "insurgents",
    "activists",
    "protesters",
    "demonstrators",
    "villagers",
    "refugees",
    "migrants",
    "settlers",
    "farmers",
    "businessmen",
    "engineers",
    "doctors",
    "suspects",
    "men",
    "women",
    "children",
    "youths",
    "officials",
    "ministers",
    "police",
    "leaders",
    "commanders",
    "intruders",
];

/// End of the title word(s) covering `span`, if any (titles are sorted by start).
fn title_covering(doc: &Doc<'_>, span: Span) -> Option<usize> {
    let i = doc.titles.partition_point(|tm| tm.span.start <= span.start);
    doc.titles[i.saturating_sub(3)..i]
        .iter()
        .find(|tm| tm.span.contains(span))
        .map(|tm| tm.span.end)
}

/// Entities coordinated with a verb's object: "attacked Iraq and Syria", "X, Y and Z", also
/// conjuncts with their own titles and descriptions ("met Treasury Secretary James Baker, Fed
/// chairman Paul Volcker and IMF chief Michel Camdessus"; "met Citibank's William Rhodes and
/// representatives from Lloyds Bank"). A name with a description after a bare comma is in the
/// list only when an "and"/"or" conjunct follows it ("met Ito, Foreign Minister Abe told
/// reporters" names no second partner).
fn coordinated_objects<'d>(
    doc: &'d Doc<'_>,
    first: usize,
    end: usize,
) -> impl Iterator<Item = usize> + 'd {
    let mut prev = first;
    // (relbiz) "representatives of X and of co-heads Y and Z": the list's own preposition may
    // open a later conjunct.
    let prep = preposition_before(doc, first);
    // (mention, joined by "and"/"or", a description stood between the comma and the name)
    let mut links: Vec<(usize, bool, bool)> = Vec::new();
    for k in first + 1..doc.mentions.len() {
        let m = &doc.mentions[k];
        if m.span.end > end || doc.id(k).is_none() {
            break;
        }
        // A place nested in the previous name ("Bank of Japan") is part of it.
        if m.span.start < doc.mentions[prev].span.end {
            continue;
        }
        // "and Fed chairman Paul Volcker": a name modifying the next one is part of its
        // description; the list goes on at the name it describes.
        if modifies_next(doc, k) {
            continue;
        }
        let Some((and, described)) = conjunct_link(
            doc,
            doc.mentions[prev].span.end,
            m.span.start,
            prep.as_deref(),
        ) else {
            break;
        };
        // "talks with President Reagan, Ito said": a name after a comma that a reporting
        // verb follows opens the next clause.
        let reports = doc.text[m.span.end..]
            .split_whitespace()
            .next()
            .is_some_and(|w| {
                matches!(
                    w.trim_end_matches([',', '.']),
                    "said" | "says" | "told" | "added"
                )
            });
        // "praised Norway and the Gates Foundation": actors of any kind go together;
        // places and weapons only with their own kind.
        let actor = |k: usize| {
            matches!(
                doc.kind(k),
                EntityKind::Person | EntityKind::Organization | EntityKind::Country
            )
        };
        // Across kinds only after "and", and not a demonym or a name describing a common
        // noun ("and Egyptian officials"), nor a place after a comma ("Matra SA, Italy").
        let mixed = doc.kind(k) != doc.kind(first);
        // (rel36) "accused Gazprom, the Russian Federation and the EU": actors of mixed kinds
        // after a bare comma when an "and" closes the list (checked below).
        let comma_actor = !and && !reports && doc.kind(k) != EntityKind::Location;
        if !and && reports
            || mixed
                && !(actor(k)
                    && actor(first)
                    && (and || comma_actor)
                    && doc.mentions[k].form != crate::ner::Form::Demonym
                    && !modifies_common_noun(doc, k)
                    && !doc.is_possessor(k))
        {
            break;
        }
        prev = k;
        links.push((k, and, described || mixed && !and));
    }
    // A described name (or one of another kind) after a bare comma needs an "and" conjunct
    // after it.
    let last_and = links.iter().rposition(|&(_, and, _)| and);
    let cut = links
        .iter()
        .enumerate()
        .position(|(i, &(_, and, described))| !and && described && last_and.is_none_or(|l| l < i))
        .unwrap_or(links.len());
    links.truncate(cut);
    links.into_iter().map(|(k, _, _)| k)
}

/// "a visit to Tokyo by Peruvian Trade Minister X", "talks by U.S. Secretary of State Y": the
/// agent after "by" is the person the names modifying it describe, not their country (the
/// mention `k` first after "by", the clause ending at `end`).
fn by_agent_head(doc: &Doc<'_>, mut k: usize, end: usize) -> usize {
    while modifies_next(doc, k)
        && doc
            .mentions
            .get(k + 1)
            .is_some_and(|n| n.span.end <= end && doc.id(k + 1).is_some())
    {
        k += 1;
    }
    k
}

/// Does mention `k` modify the name after it ([`Doc::is_modifier`])? Also when the title between
/// them begins inside it: "Treasury Secretary John Pell", where the title "Treasury Secretary"
/// covers the name "Treasury".
fn modifies_next(doc: &Doc<'_>, k: usize) -> bool {
    if doc.is_modifier(k) {
        return true;
    }
    let m = &doc.mentions[k];
    let Some(n) = doc.mentions.get(k + 1) else {
        return false;
    };
    matches!(m.kind, EntityKind::Country | EntityKind::Organization)
        && n.kind == EntityKind::Person
        && n.title.is_some_and(|t| {
            t.start < m.span.end
                && t.end > m.span.end
                && doc.text[t.end..n.span.start].trim().is_empty()
        })
}

/// Words that may describe a conjunct between its conjunction and its name besides title words
/// and modifying names: "and senior Citibank executive X", "and the European Union".
const CONJUNCT_DESCRIPTORS: &[&str] = &[
    // (Not "visiting" or "acting": "attacking X and visiting the Y" are two verbs.)
    "the", "senior", "top", "former", "fellow", "veteran", "outgoing", "both",
];

/// How the name starting at `start` joins a list whose previous name ends at `from`:
/// `Some((true, described))` after "and"/"or" (", and"), `Some((false, described))` after a bare
/// comma, `None` when anything else stands between. `described` says that title words, a
/// modifying name or a description ("representatives from") stood between the conjunction and
/// the name.
fn conjunct_link(
    doc: &Doc<'_>,
    from: usize,
    start: usize,
    prep: Option<&str>,
) -> Option<(bool, bool)> {
    // (relw26) "InterFirst Corp <IFC> and RepublicBank Corp": past a ticker or a bracket.
    let from = past_brackets(doc.text, from).min(start);
    let r = doc.tokens_in(Span::new(from, start));
    let mut j = r.start;
    let mut comma = false;
    let mut and = false;
    if j < r.end && doc.tokens[j].text(doc.text) == "," {
        comma = true;
        j += 1;
    }
    if j < r.end && matches!(doc.word_cow(j).as_ref(), "and" | "or") {
        and = true;
        j += 1;
    } else if j + 3 <= r.end
        && doc.word_cow(j) == "as"
        && doc.word_cow(j + 1) == "well"
        && doc.word_cow(j + 2) == "as"
    {
        // (rel36) "visit Indonesia as well as Sri Lanka": an "and" in three words.
        and = true;
        j += 3;
    }
    if !comma && !and {
        return None;
    }
    let mut described = false;
    // (rel36) "X and his Spanish counterpart Y": the possessive's counterpart is a conjunct.
    if and {
        if let Some(after) = counterpart_words(doc, j, r.end) {
            j = after;
            described = true;
        }
    }
    // Lower-case words allowed after "representatives from" ("from committee vice-chairmen X").
    let mut envoy_words = 0;
    // (relbiz) "representatives of X and of co-heads Y": after "and", the first name's own
    // preposition again, then up to two descriptive words.
    if and && j < r.end && prep.is_some_and(|p| doc.word_cow(j) == p) {
        j += 1;
        described = true;
        envoy_words = 2;
    }
    while j < r.end {
        let t = doc.tokens[j];
        if let Some(e) = title_covering(doc, t.span) {
            j = doc.token_at_or_after(e);
            described = true;
            continue;
        }
        if let Some(k) = doc.mention_covering(t.span.start) {
            // Only a name that modifies the conjunct ("Fed chairman Paul Volcker").
            if !modifies_next(doc, k) {
                return None;
            }
            j = doc.token_at_or_after(doc.mentions[k].span.end);
            described = true;
            continue;
        }
        let w = doc.word_cow(j);
        if CONJUNCT_DESCRIPTORS.contains(&w.as_ref()) {
            described |= w != "the";
        } else if and
            && ENVOY_NOUNS.contains(&w.as_ref())
            && j + 1 < r.end
            && matches!(doc.word_cow(j + 1).as_ref(), "of" | "from")
        {
            // "and representatives from Lloyds Bank": those who speak for it.
            j += 1;
            described = true;
            envoy_words = 2;
        } else if envoy_words > 0 && envoy_descriptor(doc, j) {
            envoy_words -= 1;
        } else {
            return None;
        }
        j += 1;
    }
    Some((and, described))
}

/// (rel36) Is mention `k` right before "counterpart(s)" ("his Spanish counterpart")?
fn before_counterpart(doc: &Doc<'_>, k: usize) -> bool {
    let rest = doc.text[doc.mentions[k].span.end..].trim_start();
    rest.starts_with("counterpart ") || rest.starts_with("counterparts ")
}

/// (rel36) "his Spanish counterpart", "their French counterparts" from token `j` (before `end`):
/// a possessive pronoun, up to three capitalised words or names, then "counterpart(s)". The
/// token after the noun, or `None`.
fn counterpart_words(doc: &Doc<'_>, j: usize, end: usize) -> Option<usize> {
    if !matches!(doc.word_cow(j).as_ref(), "his" | "her" | "their") {
        return None;
    }
    let mut i = j + 1;
    while i < end && i <= j + 4 {
        if matches!(doc.word_cow(i).as_ref(), "counterpart" | "counterparts") {
            return Some(i + 1);
        }
        let capital = doc.tokens[i]
            .text(doc.text)
            .starts_with(|c: char| c.is_ascii_uppercase());
        if !capital {
            return None;
        }
        i += 1;
    }
    None
}

/// A lower-case word describing the organisation envoys come from ("committee", "vice-chairmen",
/// "creditor"): letters and hyphens, no function word and no verb form in "-ing".
fn envoy_descriptor(doc: &Doc<'_>, j: usize) -> bool {
    let t = doc.tokens[j];
    let w = doc.word_cow(j);
    t.kind == TokenKind::Word
        && t.text(doc.text).starts_with(char::is_lowercase)
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
        && !w.ends_with("ing")
        && !PREPOSITIONS.contains(&w.as_ref())
        && !CLAUSE_BREAKS.contains(&w.as_ref())
        && !AFTER_HEAD.contains(&w.as_ref())
        && !DETERMINERS.contains(&w.as_ref())
        && !matches!(w.as_ref(), "such" | "as" | "including" | "other" | "both")
}

/// Nouns for people who speak for an organisation or a country: meeting "representatives
/// from Lloyds Bank" or "officials of the European Union" is meeting the bank, the Union.
const ENVOY_NOUNS: &[&str] = &[
    "representatives",
    "officials",
    "executives",
    "delegates",
    "delegation",
    "delegations",
    "envoys",
    "negotiators",
    "emissaries",
];

/// (relb25) Peers one meets for a body or a state besides its [`ENVOY_NOUNS`]: "met finance
/// ministers of the G8", "met his EU counterparts", "met leaders of the Liberal Democrats".
const PEER_NOUNS: &[&str] = &["ministers", "counterparts", "leaders", "diplomats"];

/// A noun of [`ENVOY_NOUNS`] or [`PEER_NOUNS`].
fn meeting_envoy(w: &str) -> bool {
    ENVOY_NOUNS.contains(&w) || PEER_NOUNS.contains(&w)
}

/// "Calmat officials", "U.S. negotiators": mention `k` names the side of the envoy noun right
/// after it (not "officials of X", whose side follows).
fn envoys_named_by(doc: &Doc<'_>, k: usize) -> bool {
    let after = doc.token_at_or_after(doc.mentions[k].span.end);
    // (relb25) "other G8 finance ministers", "EU foreign ministers": one word of portfolio.
    let after = if after + 1 < doc.tokens.len()
        && envoy_descriptor(doc, after)
        && PEER_NOUNS.contains(&doc.word_cow(after + 1).as_ref())
    {
        after + 1
    } else {
        after
    };
    after < doc.tokens.len()
        && meeting_envoy(&doc.word_cow(after))
        && !matches!(doc.word_cow(after + 1).as_ref(), "of" | "from")
}

/// "met representatives from Lloyds Bank", "held talks with officials of the European Union":
/// the organisation or country whose envoys a meeting verb's object names, after the verb's own
/// preposition, a date and a few descriptive words.
fn envoys_of(doc: &Doc<'_>, tlast: usize, end: usize, preps: &[&str]) -> Option<usize> {
    let mut j = tlast + 1;
    let mut prep_seen = false;
    for _ in 0..6 {
        let t = doc.tokens.get(j).filter(|t| t.span.start < end)?;
        if let Some(e) = doc.date_starting_at(t.span.start) {
            j = doc.token_at_or_after(e);
            // (rel34) "meeting today and tomorrow with": a pair of dates is one time phrase.
            if doc.word_cow(j) == "and" {
                if let Some(e2) = doc
                    .tokens
                    .get(j + 1)
                    .and_then(|n| doc.date_starting_at(n.span.start))
                {
                    j = doc.token_at_or_after(e2);
                }
            }
            continue;
        }
        // "met with Calmat officials", "address Exxon executives": the name before the envoy
        // noun.
        if let Some(k) = doc.mention_covering(t.span.start) {
            return Some(k).filter(|&k| {
                doc.mentions[k].span.end < end
                    && matches!(doc.kind(k), EntityKind::Organization | EntityKind::Country)
                    && envoys_named_by(doc, k)
            });
        }
        let w = doc.word_cow(j);
        if !prep_seen && preps.contains(&w.as_ref()) {
            prep_seen = true;
        } else if CONJUNCT_DESCRIPTORS.contains(&w.as_ref())
            || OBJECT_FILLERS.contains(&w.as_ref())
            || is_count(doc, j)
        {
        } else if w == "other"
            || envoy_descriptor(doc, j) && meeting_envoy(&doc.word_cow(j + 1)) && !meeting_envoy(&w)
        {
            // (relb25) "talks with finance ministers of the G8": one word of portfolio;
            // "talks with other G8 ministers".
        } else if meeting_envoy(&w) {
            if !matches!(doc.word_cow(j + 1).as_ref(), "of" | "from") {
                return None;
            }
            // "representatives from committee vice-chairmen X": two descriptive words at most.
            let mut from = j + 2;
            for _ in 0..2 {
                if from < doc.tokens.len() && envoy_descriptor(doc, from) {
                    from += 1;
                }
            }
            return object_np(doc, from, end, &[], false, false).filter(|&k| {
                matches!(doc.kind(k), EntityKind::Organization | EntityKind::Country)
                    && !doc.is_possessor(k)
                    && !modifies_common_noun(doc, k)
            });
        } else {
            return None;
        }
        j += 1;
    }
    None
}

/// The first weapon after a trigger and those coordinated with it ("the Mi-28 ... and T-90 tanks").
fn coordinated_weapons(doc: &Doc<'_>, right: &[usize]) -> Vec<usize> {
    let ws: Vec<usize> = right
        .iter()
        .copied()
        .filter(|&k| is_weapon(doc, k))
        .collect();
    let mut out: Vec<usize> = Vec::new();
    for k in ws {
        if let Some(&prev) = out.last() {
            let between =
                doc.text[doc.mentions[prev].span.end..doc.mentions[k].span.start].to_lowercase();
            let coord =
                between.contains(" and ") || between.contains(" or ") || between.contains(',');
            if !coord || between.contains(" of ") || between.split_whitespace().count() > 6 {
                break;
            }
        }
        out.push(k);
    }
    out
}

/// "the Iraqi Parliament's decision to expel": the possessor of an intent noun before "to VERB".
fn possessor_of_intent(doc: &Doc<'_>, ti: usize) -> Option<Arg> {
    if ti < 3 || doc.word_cow(ti - 1) != "to" {
        return None;
    }
    let mut j = ti - 2;
    for _ in 0..3 {
        let w = doc.word_cow(j);
        if w == "'s" || w == "’s" {
            let k = doc.mention_covering(doc.tokens[j - 1].span.start)?;
            return (!is_weapon(doc, k)).then(|| arg(doc, k)).flatten();
        }
        if !(INTENDED.contains(&w.as_ref())
            || [
                "bid",
                "attempt",
                "move",
                "effort",
                "efforts",
                "push",
                "refusal",
                "failure",
                "readiness",
                "own",
            ]
            .contains(&w.as_ref()))
            || j == 0
        {
            return None;
        }
        j -= 1;
    }
    None
}

/// A pronoun ("he", "it", "they") or a description ("the company", "the minister") opening
/// clause `cl` (after "but", "and", "however"), within the tokens `r` before a trigger:
/// what it stands for.
fn clause_subject_ref(
    doc: &Doc<'_>,
    cl: Span,
    r: std::ops::Range<usize>,
    si: usize,
    quotes: &[QuoteOut],
    affils: &[Affil],
) -> Option<Arg> {
    let mut j = r.start;
    while j < r.end && matches!(doc.word_cow(j).as_ref(), "but" | "and" | "however" | ",") {
        j += 1;
    }
    if j >= r.end || doc.tokens[j].span.start < cl.start {
        return None;
    }
    // "It said the award was from X, in collaboration with Y": the clause's own subject
    // stands between a reporting verb and the trigger.
    // ("He also declares a trip to Peru": a reporting verb whose object is the trigger's
    // noun phrase, as in a register of gifts.)
    let reporting = |i: usize| {
        let w = doc.word_cow(i);
        doc.pipeline.extractor.is_reporting(&w)
            && !(i + 3 >= r.end && ENCOUNTER_VERBS.contains(&w.as_ref()))
    };
    let breaks = |i: usize| matches!(doc.word_cow(i).as_ref(), "," | "that") || reporting(i);
    if (j + 1..r.end).any(breaks) {
        // "The official said the bank was likely to extend a credit line to X": what was
        // said has its own subject, a description right after the one reporting verb
        // (past "that"); the speaker is not the subject.
        let said = (j + 1..r.end).find(|&i| reporting(i))?;
        let mut k = said + 1;
        if k < r.end && doc.word_cow(k) == "that" {
            k += 1;
        }
        if k >= r.end
            || doc.word_cow(k) != "the"
            || (j..k).any(|i| doc.word_cow(i) == ",")
            || (k..r.end).any(breaks)
        {
            return None;
        }
        j = k;
    }
    let w = doc.word_cow(j);
    if matches!(w.as_ref(), "he" | "she" | "it" | "they") {
        return pronoun_antecedent(doc, &w, si, doc.tokens[j].span.start, quotes, affils);
    }
    if w != "the" {
        return None;
    }
    let noun = (j + 1..(j + 4).min(r.end))
        .find(|&i| super::coref::is_description_noun(&doc.word_cow(i)))?;
    let phrase = super::coref::description_at(doc, noun)?;
    (phrase.start == doc.tokens[j].span.start)
        .then(|| super::coref::description_antecedent(doc, affils, quotes, phrase, None))
        .flatten()
        .map(|e| Arg {
            entity: e,
            span: Span::new(phrase.start, phrase.start),
        })
}

/// An amount written before a noun: "$", "4.5bn", "15", "pct", "%", "billion".
fn is_amount(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit() || "$£€¥".contains(c))
        || matches!(
            w,
            "%" | "pct"
                | "percent"
                | "mln"
                | "bln"
                | "million"
                | "billion"
                | "bn"
                | "m"
                | "dlr"
                | "dlrs"
        )
}

/// The person mention that starts exactly at token `i`, inside a clause ending at byte `end`.
fn person_starting_at(doc: &Doc<'_>, i: usize, end: usize) -> Option<usize> {
    let t = doc.tokens.get(i).filter(|t| t.span.start < end)?;
    doc.mention_covering(t.span.start).filter(|&k| {
        doc.mentions[k].span.start == t.span.start && doc.kind(k) == EntityKind::Person
    })
}

/// "sued the US company", "met with the Russian president", "talks with the Iraqi leader": a
/// description right after the trigger (or after the event's own preposition) stands for
/// the entity it describes (`coref::description_antecedent`, never the event's actor), in
/// place of its demonym ("the US company" is not the United States). An apposition ("the
/// Russian president, Vladimir Putin") or a possessive ("the company's plant") is left as
/// it is; a description with no antecedent leaves a person's office to its country
/// ("criticised the French president") but names no body.
fn described_object(
    doc: &Doc<'_>,
    tr: &Trigger<'_>,
    noun: bool,
    quotes: &[QuoteOut],
    affils: &[Affil],
    src: Option<&Arg>,
    tgt: &mut Vec<Arg>,
) {
    // "more interested in their careers than supporting the president": no event stated.
    if tr.ti > 0 && doc.word_cow(tr.ti - 1) == "than" {
        return;
    }
    let in_clause = |j: usize| j < doc.tokens.len() && doc.tokens[j].span.start < tr.cl.end;
    let preps: &[&str] = if noun {
        &["with", "against", "to", "on"]
    } else {
        object_preps(&tr.entry.rel_type)
    };
    let mut j = tr.tlast + 1;
    if in_clause(j) && preps.contains(&doc.word_cow(j).as_ref()) {
        j += 1;
    }
    // (rel36b) "discussed the issue with the prime minister": the partner after the
    // discussed matter's "with".
    if tr.entry.lemma == "discuss with" && tgt.is_empty() {
        if let Some(w) = (j..j + 4)
            .take_while(|&i| in_clause(i) && lower_word(doc, i))
            .find(|&i| doc.word_cow(i) == "with")
        {
            j = w + 1;
        }
    }
    // "attacked his wife, Heidi Cruz, and": a person's relative or colleague named in
    // apposition.
    let pronoun = in_clause(j) && matches!(doc.word_cow(j).as_ref(), "his" | "her");
    if tgt.is_empty() && pronoun {
        if let Some(a) = apposed_person(doc, tr, j) {
            tgt.extend(src.is_none_or(|s| s.entity != a.entity).then_some(a));
            return;
        }
    }
    // "praised his chancellor": a person's office after the pronoun is described as after
    // "the" (see `coref::description_at`).
    if !in_clause(j) || doc.word_cow(j) != "the" && !(pronoun && tgt.is_empty()) {
        return;
    }
    // (rel35a) "called on the senior judge, Lord Woolf, to", "praised the former chancellor, X".
    if tgt.is_empty() {
        if let Some(a) = apposed_person(doc, tr, j) {
            tgt.extend(src.is_none_or(|s| s.entity != a.entity).then_some(a));
            return;
        }
    }
    let the = doc.tokens[j].span.start;
    let Some(phrase) = (j + 1..j + 5)
        .take_while(|&i| in_clause(i))
        .find_map(|i| super::coref::description_at(doc, i).filter(|p| p.start == the))
    else {
        return;
    };
    // "warned the committee that", "urged the commission to": words addressed to a body
    // take the body the description stands for.
    let addressed_body = !noun
        && ADDRESSED_TYPES.contains(&tr.entry.rel_type.as_str())
        && super::coref::describes_body(doc, phrase);
    if !addressed_body && !super::coref::object_description(doc, phrase) {
        return;
    }
    // What follows the noun: the end of the noun phrase, not a name in apposition, a
    // possessive, an "of" complement or another noun ("the company statement").
    let n = doc.token_at_or_after(phrase.end);
    // (rel35a) "attacked the home secretary's plans": the possessor is the object.
    let possessed = possessed_by_description(doc, tr, phrase);
    // Only the description's own words may have been read as the object.
    if tgt.iter().any(|a| !phrase.contains(a.span)) {
        return;
    }
    // "met the Russian president, Vladimir Putin": the name in apposition is the object.
    let person = super::coref::describes_person(doc, phrase);
    if doc.tokens.get(n).is_some_and(|t| t.text(doc.text) == ",") {
        if let Some(k) = doc
            .tokens
            .get(n + 1)
            .and_then(|t| doc.mention_covering(t.span.start))
            .filter(|&k| {
                // ("sued the company, Acme said": not a name heading a clause of its own.)
                let after = doc.token_at_or_after(doc.mentions[k].span.end);
                let closes = doc.tokens.get(after).is_none_or(|t| {
                    t.kind != TokenKind::Word
                        || PREPOSITIONS.contains(&doc.word_cow(after).as_ref())
                });
                closes
                    && doc.mentions[k].span.start == doc.tokens[n + 1].span.start
                    && doc.kind(k)
                        == if person {
                            EntityKind::Person
                        } else {
                            EntityKind::Organization
                        }
            })
        {
            tgt.clear();
            tgt.extend(arg(doc, k));
            return;
        }
    }
    // "criticized the Republican front-runner Donald Trump": a person's name right after a
    // description of a person (a close apposition) is the object.
    if person
        && !possessed
        && let Some(k) = person_starting_at(doc, n, tr.cl.end).filter(|&k| {
            !doc.is_possessor(k) && src.is_none_or(|s| doc.res.entity_of[k] != Some(s.entity))
        })
    {
        tgt.clear();
        tgt.extend(arg(doc, k));
        return;
    }
    if let Some(t) = doc
        .tokens
        .get(n)
        .filter(|t| !possessed && t.span.start < tr.cl.end)
    {
        let w = doc.word_cow(n);
        let ends = match t.kind {
            TokenKind::Word => {
                (PREPOSITIONS.contains(&w.as_ref()) && (w != "of" || charge_of(&tr.entry.rel_type)))
                    || CLAUSE_BREAKS.contains(&w.as_ref())
                    || matches!(w.as_ref(), "and" | "that" | "as" | "when" | "if" | "amid")
            }
            _ => {
                matches!(w.as_ref(), "." | ";" | ":" | "!" | "?")
                    || w == ","
                        && doc
                            .tokens
                            .get(n + 1)
                            .is_none_or(|t| doc.mention_covering(t.span.start).is_none())
            }
        };
        if !ends || doc.mention_covering(t.span.start).is_some() {
            return;
        }
    }
    let charged = charge_of(&tr.entry.rel_type) && n < doc.tokens.len() && doc.word_cow(n) == "of"
            // ("accused the president of Ruritania of": that "of" is the description's.)
            && doc
                .tokens
                .get(n + 1)
                .is_none_or(|t| !t.text(doc.text).starts_with(char::is_uppercase));
    let antecedent = if charged {
        super::coref::charged_description_antecedent
    } else {
        super::coref::description_antecedent
    };
    // "McCain saying he will support the Republican nominee": with the actor a pronoun read
    // from the same names, an epithet naming one of the sentence's own people is too
    // uncertain; one named before the sentence is not ("But he still plans to back the
    // GOP nominee").
    let pronoun_actor = src.is_some_and(|s| subject_pronoun_at(doc, s.span).is_some())
        && super::coref::describes_epithet(doc, phrase);
    let own_sentence = doc
        .sentence_at(phrase.start)
        .map(|si| Span::new(doc.sentences[si].span.start, phrase.start));
    let antecedent = antecedent(doc, affils, quotes, phrase, src.map(|a| a.entity)).filter(|&e| {
        !(pronoun_actor
            && own_sentence.is_some_and(|z| {
                doc.mentions_in(z)
                    .into_iter()
                    .any(|k| doc.res.entity_of[k] == Some(e))
            }))
    });
    // A body addressed: one whose name holds the description's own noun ("asked the
    // committee" is no commission), not the actor's own ("Brown accused the party of").
    let antecedent = antecedent.filter(|&e| {
        !addressed_body || {
            let ent = &doc.res.entities[e];
            let written = doc.lower_at(phrase);
            let noun = written.rsplit(' ').next().unwrap_or("");
            ent.name.to_lowercase().contains(noun)
                && src.is_none_or(|s| !super::affil::tied_to(affils, s.entity, &ent.id))
        }
    });
    match antecedent {
        Some(e) => {
            tgt.clear();
            tgt.push(Arg {
                entity: e,
                span: Span::new(phrase.start, phrase.start),
            });
            tgt.extend(conjuncts_after_description(doc, n, tr.cl.end));
            let mut v = std::mem::take(tgt);
            v.retain(|a| src.is_none_or(|s| s.entity != a.entity));
            *tgt = dedup(v);
        }
        None => {
            // "accused the president and Smith": the named conjunct is accused all the same.
            if !person {
                tgt.clear();
            }
            if tgt.is_empty() {
                tgt.extend(
                    conjuncts_after_description(doc, n, tr.cl.end)
                        .into_iter()
                        .filter(|a| src.is_none_or(|s| s.entity != a.entity)),
                );
            }
        }
    }
}

/// (rel35a) "called on the senior judge, Lord Woolf, to abandon", "praised the former
/// chancellor, X", "criticised the group's chief executive, X, over": a person named in
/// apposition to a short description opening at the article `the` or at "his"/"her" ("attacked
/// his wife, X,") (at most six lower-case words or possessives, capitalised possessors ("the
/// North's leader") or non-person names, and no clause word), a title allowed before the
/// name, the name closed by a comma, a preposition or the end of the clause. Returns that person.
fn apposed_person(doc: &Doc<'_>, tr: &Trigger<'_>, the: usize) -> Option<Arg> {
    let in_clause = |i: usize| i < doc.tokens.len() && doc.tokens[i].span.start < tr.cl.end;
    let comma = (the + 2..the + 9)
        .take_while(|&i| in_clause(i))
        .find(|&i| doc.tokens[i].text(doc.text) == ",")?;
    let words_ok = (the + 1..comma).all(|i| {
        let t = doc.tokens[i].text(doc.text);
        let w = doc.word_cow(i);
        let possessive = t.starts_with('\'') || t.starts_with('’') || t == "s";
        let lower = doc.tokens[i].kind == TokenKind::Word
            && t.starts_with(char::is_lowercase)
            && !CLAUSE_BREAKS.contains(&w.as_ref())
            && !matches!(w.as_ref(), "and" | "or" | "that" | "said" | "says" | "to");
        let covering = doc.mention_covering(doc.tokens[i].span.start);
        let name = covering.is_some_and(|k| doc.kind(k) != EntityKind::Person);
        // "the North's leader": a capitalised possessor the recogniser left unnamed.
        let possessor = t.starts_with(char::is_uppercase)
            && covering.is_none()
            && doc.possessive_at(doc.tokens[i].span.end);
        possessive || lower || name || possessor
    });
    // (The noun before the comma is lower case: "the chairman, X", not "the BBC, X".)
    let noun = doc.tokens[comma - 1].text(doc.text);
    if !words_ok || !noun.starts_with(char::is_lowercase) || !in_clause(comma + 1) {
        return None;
    }
    // A title may open the name: "the senior judge, Lord Woolf,".
    let first = title_covering(doc, doc.tokens[comma + 1].span)
        .map_or(comma + 1, |e| doc.token_at_or_after(e));
    let k = person_starting_at(doc, first, tr.cl.end)?;
    let after = doc.token_at_or_after(doc.mentions[k].span.end);
    let closes = doc.tokens.get(after).is_none_or(|t| {
        t.span.start >= tr.cl.end
            || if t.kind == TokenKind::Word {
                PREPOSITIONS.contains(&doc.word_cow(after).as_ref())
            } else {
                matches!(t.text(doc.text), "," | "." | ";")
            }
    });
    closes.then(|| arg(doc, k)).flatten()
}

/// (rel35a) "attacked the home secretary's plans", "would not back the chancellor's budget",
/// "praised the prime minister's handling of the crisis": a stance verb aimed at what a
/// person's description possesses is aimed at that person, as "attacked Labour's plans" is
/// aimed at Labour. True when the description `phrase` is such a possessor: a person's
/// office followed by "'s" and a lower-case word of the clause that names nobody.
fn possessed_by_description(doc: &Doc<'_>, tr: &Trigger<'_>, phrase: Span) -> bool {
    let stance = matches!(
        tr.entry.rel_type.as_str(),
        "criticizes" | "rejects" | "condemns" | "praises" | "supports" | "attacks"
    );
    if !stance {
        return false;
    }
    let Some(len) = doc.possessive_len(phrase.end) else {
        return false;
    };
    if !super::coref::describes_person(doc, phrase) {
        return false;
    }
    let j = doc.token_at_or_after(phrase.end + len);
    doc.tokens.get(j).is_some_and(|t| {
        t.span.start < tr.cl.end
            && t.kind == TokenKind::Word
            && t.text(doc.text).starts_with(char::is_lowercase)
            && doc.mention_covering(t.span.start).is_none()
    })
}

/// "accused the prime minister of lying", "warned the company of the risk": after these
/// verbs "of" opens the charge or the danger, not a complement of the description.
fn charge_of(rel_type: &str) -> bool {
    matches!(rel_type, "accuses" | "warns")
}

/// "accused the prime minister and Mr Olund of squabbling": the names coordinated with a
/// description object by "and" (token `n` is the word after the description), with their own
/// conjuncts (`coordinated_objects`). General machinery for any verb's described object.
fn conjuncts_after_description(doc: &Doc<'_>, n: usize, end: usize) -> Vec<Arg> {
    if n + 1 >= doc.tokens.len() || doc.word_cow(n) != "and" {
        return Vec::new();
    }
    let Some(k) = object_np(doc, n + 1, end, &[], false, false).filter(|&k| {
        matches!(
            doc.kind(k),
            EntityKind::Person | EntityKind::Organization | EntityKind::Country
        ) && doc.mentions[k].form != crate::ner::Form::Demonym
            && !doc.is_possessor(k)
            && !modifies_common_noun(doc, k)
    }) else {
        return Vec::new();
    };
    // ("the president and Smith said": a name heading a clause of its own is no conjunct.)
    let after = doc.token_at_or_after(doc.mentions[k].span.end);
    if doc.tokens.get(after).is_some_and(|t| {
        t.kind == TokenKind::Word
            && t.text(doc.text).starts_with(char::is_lowercase)
            && !PREPOSITIONS.contains(&doc.word_cow(after).as_ref())
            && !matches!(doc.word_cow(after).as_ref(), "and" | "or")
    }) {
        return Vec::new();
    }
    std::iter::once(k)
        .chain(coordinated_objects(doc, k, end))
        .filter_map(|k| arg(doc, k))
        .collect()
}

fn dedup(mut v: Vec<Arg>) -> Vec<Arg> {
    let mut seen = std::collections::HashSet::new();
    v.retain(|a| seen.insert(a.entity));
    v
}

fn noun_args(
    doc: &Doc<'_>,
    tr: &Trigger<'_>,
    quotes: &[QuoteOut],
    affils: &[Affil],
) -> (Option<Arg>, Vec<Arg>) {
    let Trigger {
        si,
        sent: _,
        cl,
        ti,
        tlast,
        entry,
    } = *tr;
    let t = phrase_token(doc, ti, tlast);
    // "in consultation with X", "following consultation with X": a manner adjunct of some
    // other act, whose actor the sentence need not name.
    if doc.word_cow(ti) == "consultation"
        && ti > 0
        && matches!(
            doc.word_cow(ti - 1).as_ref(),
            "in" | "following" | "after" | "without" | "upon" | "on" | "under" | "through"
        )
    {
        return (None, Vec::new());
    }
    // (rel34b) "without admitting any allegations made by the SEC, X and Y consented": the
    // agent accuses the main clause's subjects.
    if let Some((agent, accused)) = unadmitted_allegations(doc, tr) {
        return (Some(agent), accused);
    }
    // "Japan gave Indonesia $5 million in aid", "the IMF granted Ghana a loan": the giver to
    // the first object (not "Ghana" as a modifier of "loan").
    if entry.rel_type == "aids" {
        if let Some((g, r)) = given_to(doc, cl, ti, si, (quotes, affils)) {
            return (Some(g), vec![r]);
        }
    }
    // Possessor: "X's [own|adjectives] trigger", "its [own] trigger", demonym/country directly before.
    let mut src: Option<Arg> = None;
    let mut j = ti;
    let mut hops = 0;
    let mut passed_encounter_word = false;
    let mut passed_amount = false;
    let deal = deal_noun(entry);
    let mut passed_deal_word = false;
    while j > 0 && hops < 4 {
        j -= 1;
        let w = doc.word_cow(j);
        // "its 80 dlr a share cash tender offer": the words of a deal's price and kind cost
        // no hop either.
        let deal_word = deal && !is_amount(&w) && deal_modifier(doc, j, &w);
        passed_deal_word |= deal_word;
        // "its $4.5bn acquisition", "their 15% stake": an amount is a modifier and costs no hop.
        if deal_word {
        } else if !is_amount(&w) {
            hops += 1;
        } else if !w.contains('-') {
            // (Not "its 48-year-old occupation".)
            passed_amount = true;
        }
        if w == "'s" || w == "’s" {
            if let Some(k) = doc.mention_covering(
                doc.tokens[j - 1]
                    .span
                    .start
                    .max(doc.tokens[j.saturating_sub(1)].span.start),
            ) {
                src = arg(doc, k);
            } else if let Some(phrase) = (j >= 2)
                .then(|| super::coref::description_at(doc, j - 1))
                .flatten()
            {
                // "the company's purchase of X": the company named before.
                src = super::coref::description_antecedent(doc, affils, quotes, phrase, None).map(
                    |e| Arg {
                        entity: e,
                        span: Span::new(phrase.start, phrase.start),
                    },
                );
            }
            break;
        }
        if ["his", "her"].contains(&w.as_ref()) {
            // "his trip to Washington": as for "he". "X, proposed by Y, during his two-day
            // visit": the subject of the adjunct first, when it is one.
            src = passed_encounter_word
                .then(|| encounter_subject(doc, si, ti))
                .flatten()
                .or_else(|| {
                    pronoun_antecedent(doc, &w, si, doc.tokens[j].span.start, quotes, affils)
                });
            break;
        }
        // "X, a concern formed by Y, said it completed its previously announced acquisition",
        // "Citicorp said X would terminate its competing 92.50 dlr offer": the nearest name
        // before it in the clause that is no oblique or modifier.
        if passed_deal_word && (w == "its" || w == "their") {
            src = doc
                .mentions_in(Span::new(cl.start, doc.tokens[j].span.start))
                .into_iter()
                .rev()
                .find(|&k| {
                    !in_pp(doc, k)
                        && !doc.is_modifier(k)
                        && !doc.is_possessor(k)
                        // (Not "its First Connecticut subsidiary", but "X said", "X also".)
                        && (!modifies_common_noun(doc, k)
                            || followed_by_aux(doc, k)
                            || COORDINATED_GAP
                                .contains(&doc.word_cow(token_after(doc, k)).as_ref()))
                        && doc.res.entity_of[k].is_some_and(|e| {
                            matches!(
                                doc.res.entities[e].kind,
                                EntityKind::Organization | EntityKind::Country
                            )
                        })
                })
                .and_then(|k| arg(doc, k))
                .or_else(|| {
                    pronoun_antecedent(doc, &w, si, doc.tokens[j].span.start, quotes, affils)
                });
            break;
        }
        if ["its", "their", "our"].contains(&w.as_ref()) {
            src = pronoun_antecedent(
                doc,
                if w == "our" { "we" } else { &w },
                si,
                doc.tokens[j].span.start,
                quotes,
                affils,
            );
            // ("X said it might sell its Y unit as a result of its proposed 1.3 billion dlr
            // acquisition of Z": past an amount, only the subject "its" stands for, and not a
            // name that only modifies it: "The Netherlands-based company ... its $4.5bn".)
            if passed_amount {
                let s = doc.sentences[si].span;
                src = src.filter(|a| {
                    doc.mentions_in(Span::new(s.start, doc.tokens[j].span.start))
                        .into_iter()
                        .filter(|&k| doc.res.entity_of[k] == Some(a.entity))
                        .any(|k| {
                            !doc.is_modifier(k)
                                && !doc.text[doc.mentions[k].span.end..].starts_with("-based")
                        })
                });
            }
            if (w == "its" || w == "their") && !passed_amount {
                // "Turkey for its own acquisition": nearest preceding entity in the clause.
                let before = doc.mentions_in(Span::new(
                    cl.start.min(doc.sentences[si].span.start),
                    doc.tokens[j].span.start,
                ));
                // ("Judge X from presiding over its lawsuit": "its" is never a person.)
                if let Some(k) = before.iter().rev().copied().find(|&k| {
                    !doc.is_modifier(k)
                        && !is_weapon(doc, k)
                        && (w != "its"
                            || doc.res.entity_of[k]
                                .is_none_or(|e| doc.res.entities[e].kind != EntityKind::Person))
                }) {
                    src = arg(doc, k);
                }
            }
            break;
        }
        if let Some(k) = doc.mention_covering(doc.tokens[j].span.start) {
            // "X's 54 mln U.S. dlr acquisition": a currency's country is part of the amount.
            if passed_amount
                && doc.kind(k) == EntityKind::Country
                && CURRENCIES.contains(&doc.word_cow(j + 1).as_ref())
            {
                j = doc.token_at_or_after(doc.mentions[k].span.start);
                continue;
            }
            // "U.S. sanctions", "Iranian attack": an adjacent country/org modifier.
            if doc.mentions[k].span.end + 1 >= t.span.start.min(doc.tokens[j + 1].span.start)
                && matches!(doc.kind(k), EntityKind::Country | EntityKind::Organization)
            {
                src = arg(doc, k);
            }
            break;
        }
        // "Blair's three-day tour of Asia", "X's official visit": the words of an encounter.
        let encounter_word = || {
            matches!(entry.rel_type.as_str(), "visits" | "meets" | "negotiates")
                && (ENCOUNTER_MODIFIERS.contains(&w.as_ref())
                    || [
                        "-day", "-week", "-month", "-nation", "-country", "-city", "-hour",
                    ]
                    .iter()
                    .any(|x| w.len() > x.len() && w.ends_with(x)))
        };
        // "X, whose criticism of Y": the name the relative clause describes.
        if w == "whose" && j >= 2 && doc.tokens[j - 1].text(doc.text) == "," {
            src = doc
                .mention_covering(doc.tokens[j - 2].span.start)
                .filter(|&k| {
                    doc.mentions[k].span.end == doc.tokens[j - 2].span.end
                        && !doc.is_modifier(k)
                        && !doc.is_possessor(k)
                })
                .and_then(|k| arg(doc, k));
            break;
        }
        // "X's withering attacks on Y", "her energetic endorsement of Y": an adjective before
        // a noun of words (judging, backing) costs a hop and nothing else.
        let judging_adjective = || {
            words_noun(entry)
                && lower_word(doc, j)
                && !PREPOSITIONS.contains(&w.as_ref())
                && !CLAUSE_BREAKS.contains(&w.as_ref())
                && !["and", "or", "to", "not", "no", "that", "whose", "is", "was", "be"]
                    .contains(&w.as_ref())
                // Right after the possessor: "X's", "his", "her", "their", "whose".
                && (j.saturating_sub(2)..j).rev().any(|p| {
                    ["'s", "’s", "his", "her", "their", "whose"].contains(&doc.word_cow(p).as_ref())
                        && (p + 1..j).all(|q| lower_word(doc, q))
                })
        };
        // ("Oracle's $10bn purchase": the amount stands between the possessive and the noun.)
        if !DETERMINERS.contains(&w.as_ref())
            && !NOUN_MODIFIERS.contains(&w.as_ref())
            && !is_amount(&w)
            && !deal_word
            && !judging_adjective()
        {
            if !encounter_word() {
                break;
            }
            passed_encounter_word = true;
        }
    }
    let right = doc.mentions_in(Span::new(t.span.end, cl.end));
    // "by X"
    if src.is_none() {
        if let Some(k) = right.iter().copied().find(|&k| {
            // ("a trip to Japan by senior Nigerian officials": a rank word before a demonym.)
            (ends_with_ci(
                doc.text,
                doc.mentions[k].span.start,
                &[" by", " by the", " by senior", " by top"],
            )
                || titled_agent(doc, k))
                // "the acquisition of X, following approval by X shareholders": past a
                // comma, the agent of another noun.
                && !(deal
                    && doc
                        .tokens_in(Span::new(t.span.end, doc.mentions[k].span.start))
                        .any(|j| doc.tokens[j].text(doc.text) == ",")
                    && doc
                        .tokens_in(Span::new(t.span.end, doc.mentions[k].span.start))
                        .rev()
                        .find(|&j| doc.word_cow(j) == "by")
                        .is_some_and(|b| {
                            doc.tokens[b - 1]
                                .text(doc.text)
                                .starts_with(|c: char| c.is_lowercase())
                        }))
                    // "the sale ... was approved by X": the agent of another verb; so is
                    // "talks with X as requested by Y" (an "as" clause's participle).
                    && !doc
                        .tokens_in(Span::new(t.span.end, doc.mentions[k].span.start))
                        .any(|j| {
                            let w = doc.word_cow(j);
                            matches!(
                                w.as_ref(),
                                "was" | "were" | "is" | "are" | "been" | "being" | "be"
                            ) || w == "as" && passive_participle(&doc.word_cow(j + 1))
                        })
        }) {
            src = arg(doc, by_agent_head(doc, k, cl.end));
        }
    }
    // Light verb subject: "Baghdad is already in negotiations for", "X launched an attack".
    if src.is_none() {
        let r = doc.tokens_in(Span::new(cl.start, t.span.start));
        // "launched a 151.4 mln stg bid": a deal's price costs no place in the window, nor a
        // lawsuit's ("filed a 50 mln dlr suit").
        let priced = deal || entry.lemma == LAWSUIT;
        let mut counted = 0;
        let light = r
            .clone()
            .rev()
            .take_while(|&j| {
                let w = doc.word_cow(j);
                if !(priced && (is_amount(&w) || deal_modifier(doc, j, &w))) {
                    counted += 1;
                }
                counted <= 4
            })
            .any(|j| {
                let w = doc.word_cow(j);
                // (A lawsuit only with its own verbs: not "is analyzing the pending lawsuit",
                // "granted the injunction in connection with a suit".)
                LIGHT_VERBS.contains(&w.as_ref()) && entry.lemma != LAWSUIT
                    || entry.lemma == TARIFF && TARIFF_VERBS.contains(&w.as_ref())
                    || deal && DEAL_LIGHT_VERBS.contains(&w.as_ref()) && deal_light_verb(doc, j)
                    || holds_event(doc, j)
                    || matches!(entry.rel_type.as_str(), "visits" | "meets" | "negotiates")
                        && ENCOUNTER_VERBS.contains(&w.as_ref())
                    || entry.rel_type == "cooperates" && FORMING_VERBS.contains(&w.as_ref())
                    || seeks_encounter(entry, &w)
                    || entry.lemma == "agreement" && AGREEMENT_VERBS.contains(&w.as_ref())
                    || words_noun(entry) && SPEECH_LIGHT_VERBS.contains(&w.as_ref())
                    || entry.lemma == LAWSUIT && SUIT_VERBS.contains(&w.as_ref())
                    || entry.rel_type == "kills" && GUILT_WORDS.contains(&w.as_ref())
            });
        if light {
            let left = doc.mentions_in(Span::new(cl.start, t.span.start));
            // "visited Kenya's biggest shantytown as he opened a visit to Africa": a subject
            // pronoun close before the light verb, after the last name, starts a clause of its
            // own; it is the actor.
            let pronoun = r.clone().rev().take(6).find(|&j| {
                matches!(doc.word_cow(j).as_ref(), "he" | "she")
                    && left
                        .last()
                        .is_none_or(|&k| doc.mentions[k].span.end <= doc.tokens[j].span.start)
            });
            src = match pronoun {
                Some(j) => pronoun_at(doc, j, si, quotes, affils),
                None => left
                    .iter()
                    .rev()
                    .copied()
                    .find(|&k| !in_pp(doc, k) && !doc.is_modifier(k) && !is_weapon(doc, k))
                    .and_then(|k| arg(doc, k)),
            }
            // "He is in talks with X", "The company completed the purchase of X": a
            // pronoun or a description opening the clause.
            .or_else(|| clause_subject_ref(doc, cl, r.clone(), si, quotes, affils));
        }
    }
    // "said during a visit to Britain", "arrived for talks with X": the subject's own encounter.
    if src.is_none() && matches!(entry.rel_type.as_str(), "meets" | "negotiates" | "visits") {
        src = encounter_subject(doc, si, ti);
    }
    if src.is_none() {
        if let Some((g, s)) = received_from(doc, cl, t.span.start, tlast, entry) {
            return (Some(g), vec![s]);
        }
    }
    // "Kingsbridge said it signed a letter of intent for a merger with Masco", "Wesbanco said
    // its board approved a merger agreement with X": a company merges with the one after
    // "with"; the other side is the company the sentence is about.
    if src.is_none() {
        if let Some((a, b)) = merger_subject(doc, tr, quotes, affils) {
            return (Some(a), vec![b]);
        }
    }
    // (relw26) "filed a suit seeking damages from X", "a suit filed against it by X".
    if entry.lemma == LAWSUIT {
        // "a lawsuit it filed today against X": the subject of the relative clause.
        let src = src.or_else(|| {
            let j = tlast + 1;
            let verb = (j + 1..j + 3).find(|&v| {
                v < doc.tokens.len() && SUIT_VERBS.contains(&doc.word_cow(v).as_ref())
            })?;
            if verb > j + 1 && !matches!(doc.word_cow(j + 1).as_ref(), "has" | "had" | "have") {
                return None;
            }
            match doc.word_cow(j).as_ref() {
                w @ ("it" | "they") => {
                    pronoun_antecedent(doc, w, si, doc.tokens[j].span.start, quotes, affils)
                }
                _ => doc
                    .mention_covering(doc.tokens[j].span.start)
                    .filter(|&k| doc.token_at_or_after(doc.mentions[k].span.end) == verb)
                    .and_then(|k| arg(doc, k)),
            }
        });
        // A court hears a lawsuit; it brings none. "a US lawsuit": where it is heard.
        let src = src.filter(|a| {
            !doc.res.entities[a.entity]
                .name
                .split_whitespace()
                .any(|w| w == "Court")
                && (doc.res.entities[a.entity].kind != EntityKind::Country
                    || a.span.end + 1 < t.span.start)
        });
        return (src, lawsuit_target(doc, tr, quotes, affils));
    }
    // (relw26) "imposed tariffs on Japanese electronic goods".
    if entry.lemma == TARIFF {
        let tgt = tariff_target(doc, tr);
        return (
            src.filter(|a| tgt.iter().all(|b| b.entity != a.entity)),
            tgt,
        );
    }
    // Relative clause after the noun: "threats of sanctions the U.S. has put against Turkey".
    let mut rel_target: Option<Arg> = None;
    if src.is_none() {
        for &k in &right {
            // "visit to Chile on Monday, weeks after X imposed tariffs on Y": a relative clause
            // follows its noun, not a comma or another clause's conjunction.
            if doc
                .tokens_in(Span::new(t.span.end, doc.mentions[k].span.start))
                .any(|j| {
                    doc.tokens[j].text(doc.text) == ","
                        || matches!(
                            doc.word_cow(j).as_ref(),
                            "after" | "before" | "when" | "until" | "since" | "once"
                        )
                })
            {
                break;
            }
            let after = doc.text[doc.mentions[k].span.end
                ..crate::text::floor_char(doc.text, cl.end.min(doc.mentions[k].span.end + 60))
                    .max(doc.mentions[k].span.end)]
                .to_lowercase();
            let words: Vec<&str> = after.split_whitespace().take(4).collect();
            if words.iter().any(|w| LIGHT_VERBS.contains(w))
                && (after.contains("against") || after.contains(" on "))
            {
                src = arg(doc, k);
                rel_target = right
                    .iter()
                    .copied()
                    .find(|&k2| {
                        doc.mentions[k2].span.start > doc.mentions[k].span.end && {
                            ends_with_ci(doc.text, doc.mentions[k2].span.start, &["against", " on"])
                        }
                    })
                    .and_then(|k2| arg(doc, k2));
                break;
            }
        }
    }
    let mut tgt: Vec<Arg> = Vec::new();
    if let Some(a) = rel_target {
        tgt.push(a);
        return (src, tgt);
    }
    if let Some(tgt) = agreement_partner(doc, tr) {
        return (src, tgt);
    }
    let preps: &[&str] = match entry.rel_type.as_str() {
        "buys" | "sells" | "kills" | "expels" => &["of", "for"],
        "negotiates" | "meets" | "cooperates" => &["with", "for", "over", "on", "about"],
        "aids" | "cuts_aid" | "sells_to" => &["to", "for"],
        // "China's support for North Korea".
        "supports" => &["for", "of", "to"],
        // "a raid in Syria", "strikes at dawn": `in`/`at` give places and times, not targets.
        _ => &["on", "against", "of", "to"],
    };
    let near: Vec<usize> = right.iter().copied().take(4).collect();
    if entry.rel_type == "negotiates" && doc.word_cow(tlast + 1) == "with" {
        // "talks with UK bank Barclays": the head after "with", not a name that modifies it;
        // "talks with commercial banks for loans to Argentina": no one named.
        let k = object_np(doc, tlast + 1, cl.end, &["with"], true, false)
            .and_then(|k| described_head(doc, k))
            // (relb25) "talks with officials from Iran": the side whose envoys are named.
            .or_else(|| envoys_of(doc, tlast, cl.end, &["with"]));
        let mut tgt: Vec<Arg> = k.and_then(|k| arg(doc, k)).into_iter().collect();
        if let Some(k) = k {
            tgt.extend(coordinated_objects(doc, k, cl.end).filter_map(|k| arg(doc, k)));
        }
        return (src, dedup(tgt));
    }
    if entry.rel_type == "negotiates" {
        // "negotiations with Ankara over the S-500": the partner first.
        if let Some(k) = near.iter().copied().find(|&k| {
            let before = doc.text[t.span.end..doc.mentions[k].span.start].to_lowercase();
            before.split_whitespace().next() == Some("with") && !is_weapon(doc, k)
        }) {
            // "talks with both Iraq and Afghanistan": every coordinated partner.
            let mut tgt: Vec<Arg> = arg(doc, k).into_iter().collect();
            tgt.extend(coordinated_objects(doc, k, cl.end).filter_map(|k| arg(doc, k)));
            return (src, dedup(tgt));
        }
    }
    if wants_weapon(entry) {
        let mut weapons: Vec<Arg> = coordinated_weapons(doc, &near)
            .into_iter()
            .filter_map(|k| arg(doc, k))
            .collect();
        if !weapons.is_empty() {
            if entry.rel_type == "sells" {
                weapons.extend(sale_recipient(doc, tlast + 1, cl.end).and_then(|k| arg(doc, k)));
            }
            return (src, dedup(weapons));
        }
    }
    let of_then: &[&str] = match entry.rel_type.as_str() {
        "sells" | "aids" | "deploys" => &["to"],
        "threatens" | "attacks" | "bombs" | "sanctions" => &["against", "on"],
        _ => &[],
    };
    let k = object_np(doc, tlast + 1, cl.end, preps, true, false)
        .or_else(|| {
            // "the threat of sanctions against Iraq", "the export of tanks to Ukraine": what is
            // threatened or sold, then the target behind the act's own preposition.
            (!of_then.is_empty() && doc.word_cow(tlast + 1) == "of")
                .then(|| object_np(doc, tlast + 2, cl.end, of_then, false, false))
                .flatten()
        })
        .or_else(|| target_after_agent(doc, tlast, cl.end, preps, entry));
    // "in a conversation with the Times": a talk with a body is an interview, no meeting.
    let k = k.filter(|&k| {
        !(doc.word_cow(ti).starts_with("conversation") && doc.kind(k) == EntityKind::Organization)
    });
    let deal = matches!(entry.rel_type.as_str(), "buys" | "sells");
    // "the acquisition of privately held X", "of Toronto-based X", "a bid for <X>".
    let k = k
        .filter(|&k| !(deal && doc.text[doc.mentions[k].span.end..].starts_with("-based")))
        .or_else(|| {
            (deal && doc.word_cow(tlast + 1) == "of" || bid_for(entry, doc, tlast))
                .then(|| described_company(doc, tlast + 2, cl.end))
                .flatten()
        });
    // "the acquisition of X's Canadian unit": X sells a part of itself; X is not bought.
    // "purchases of Airbus A-300s" buy the maker's products.
    if let Some(k) = k.filter(|&k| {
        !(deal
            && (possesses_unit(doc, k)
                || bracketed_modifier(doc, k)
                || names_a_product(doc, k) && !modifies_common_noun(doc, k)))
    }) {
        tgt.extend(arg(doc, k));
        tgt.extend(coordinated_objects(doc, k, cl.end).filter_map(|k| arg(doc, k)));
    } else if matches!(entry.rel_type.as_str(), "attacks" | "bombs") {
        tgt.extend(target_of_attacks(doc, si, ti, quotes, affils));
    }
    // (relbiz) "the purchase of 25 jets from X": a purchase of unnamed goods buys the seller
    // (and every seller of the list), not a name read past the goods.
    if entry.lemma == "purchase" {
        let sellers = purchase_sellers(doc, tlast, cl.end);
        if !sellers.is_empty() {
            tgt = sellers.into_iter().filter_map(|k| arg(doc, k)).collect();
        }
    }
    (src, dedup(tgt))
}

/// The target of an event noun whose "by" agent comes first: "an attack by Russia on
/// Ukraine", "sanctions by the US against Iran" (an "of" phrase after the agent is the
/// agent's own, "an attack by the army of Syria", but for a deal, whose "of" names what is
/// bought). `tlast` is the noun's last token, `end` the clause end, `preps` the noun's target
/// prepositions.
fn target_after_agent(
    doc: &Doc<'_>,
    tlast: usize,
    end: usize,
    preps: &[&str],
    entry: &EventEntry,
) -> Option<usize> {
    if doc.word_cow(tlast + 1) != "by" {
        return None;
    }
    let agent = object_np(doc, tlast + 1, end, &["by"], true, false)?;
    let j = doc.token_at_or_after(doc.mentions[agent].span.end);
    let p = doc.word_cow(j);
    let deal = matches!(entry.rel_type.as_str(), "buys" | "sells");
    if !preps.contains(&p.as_ref()) || p == "of" && !deal {
        return None;
    }
    object_np(doc, j, end, preps, true, false).filter(|&k| k != agent)
}

/// "blamed the attack on Hezbollah", "problems that he blamed on the policies of X": the one
/// blamed after "on" (or after "on the <noun> of"), at most eight words past the verb with
/// no punctuation or clause word between.
fn blamed_on(doc: &Doc<'_>, tlast: usize, end: usize) -> Option<usize> {
    let in_clause = |j: usize| starts_before(doc, j, end);
    let on = (tlast + 1..tlast + 9)
        .take_while(|&j| {
            in_clause(j)
                && (doc.tokens[j].kind == TokenKind::Word
                    || doc.tokens[j].kind == TokenKind::Number)
                && !CLAUSE_BREAKS.contains(&doc.word_cow(j).as_ref())
                && !matches!(doc.word_cow(j).as_ref(), "that" | "for" | "and")
        })
        .find(|&j| doc.word_cow(j) == "on")?;
    // ("blamed local officials on Twitter": where it was said.)
    let medium = |k: usize| {
        doc.id(k)
            .is_some_and(|id| doc.lexicon_attr_of(id, "medium").is_some())
    };
    object_np(doc, on, end, &["on"], true, false)
        .filter(|&k| !medium(k))
        .or_else(|| {
            // "on the policies of X", "on the failure of X".
            let of = (on + 2..on + 4)
                .take_while(|&j| in_clause(j))
                .find(|&j| doc.word_cow(j) == "of")?;
            (doc.word_cow(on + 1) == "the" && (on + 2..of).all(|j| lower_word(doc, j)))
                .then(|| object_np(doc, of, end, &["of"], true, false))
                .flatten()
        })
}

/// Nouns of a finding asked of someone: "called for an investigation by X".
const INQUIRY_NOUNS: &[&str] = &[
    "investigation",
    "inquiry",
    "enquiry",
    "review",
    "probe",
    "ruling",
    "audit",
    "examination",
];

/// "called for an investigation by the information commissioner Richard Thomas", "demanding
/// an inquiry by the Standards Board": the one a demanded inquiry is asked of, named after
/// "by" behind an inquiry noun that opens the object (an article and at most two adjectives
/// before it).
fn inquiry_by(doc: &Doc<'_>, tlast: usize, end: usize) -> Option<usize> {
    let in_clause = |j: usize| starts_before(doc, j, end);
    let mut j = tlast + 1;
    if matches!(doc.word_cow(j).as_ref(), "a" | "an" | "the") {
        j += 1;
    }
    let noun = (j..j + 3)
        .take_while(|&i| in_clause(i) && lower_word(doc, i))
        .find(|&i| INQUIRY_NOUNS.contains(&doc.word_cow(i).as_ref()))?;
    (in_clause(noun + 1) && doc.word_cow(noun + 1) == "by")
        .then(|| object_np(doc, noun + 1, end, &["by"], true, false))
        .flatten()
        .filter(|&k| doc.mentions[k].form != crate::ner::Form::Demonym)
}

/// The lexicon lemma of the lawsuit nouns ("suit", "lawsuit", "class action").
const LAWSUIT: &str = "lawsuit";

/// Verbs whose subject brings the lawsuit that is their object: "filed a suit", "brought a
/// class action", "lodged a countersuit".
const SUIT_VERBS: &[&str] = &[
    "file",
    "files",
    "filed",
    "filing",
    "bring",
    "brings",
    "brought",
    "bringing",
    "lodge",
    "lodges",
    "lodged",
    "lodging",
    "initiated",
    "instituted",
];

/// Words of what a lawsuit seeks, after which "from X" names the side sued ("seeking
/// punitive damages from X").
const SOUGHT_FROM: &[&str] = &[
    "damages",
    "compensation",
    "restitution",
    "repayment",
    "refund",
    "refunds",
];

/// The side a lawsuit noun is brought against: "a suit against X", "a suit filed against it
/// by Y", "a suit seeking punitive damages from X" (within ten words of the noun, in its
/// clause, before a comma or a new clause). Without one the noun is no event: "followed
/// suit", "a suit of armour". "filed suit against X" is the lexicon's verb phrase, read there.
fn lawsuit_target(
    doc: &Doc<'_>,
    tr: &Trigger<'_>,
    quotes: &[QuoteOut],
    affils: &[Affil],
) -> Vec<Arg> {
    let verb_phrase = |j: usize| SUIT_VERBS.contains(&doc.word_cow(j).as_ref());
    if doc.word_cow(tr.tlast + 1) == "against"
        && tr.ti > 0
        && (verb_phrase(tr.ti - 1)
            || tr.ti > 1
                && matches!(doc.word_cow(tr.ti - 1).as_ref(), "a" | "an")
                && verb_phrase(tr.ti - 2))
    {
        return Vec::new();
    }
    let end = tr.cl.end;
    let mut sought = false;
    let mut j = tr.tlast + 1;
    while j < doc.tokens.len() && doc.tokens[j].span.start < end && j <= tr.tlast + 10 {
        let w = doc.word_cow(j);
        if !(w == "against" || sought && w == "from") {
            if matches!(
                w.as_ref(),
                "," | ";" | "which" | "that" | "who" | "and" | "but" | "after" | "when"
            ) {
                return Vec::new();
            }
            sought |= SOUGHT_FROM.contains(&w.as_ref());
            j += 1;
            continue;
        }
        let object = doc.word_cow(j + 1);
        let pronoun = match object.as_ref() {
            "it" => "it",
            "them" => "they",
            "him" => "he",
            "her" => "she",
            _ => "",
        };
        if !pronoun.is_empty() {
            let at = doc.tokens[j + 1].span.start;
            return pronoun_antecedent(doc, pronoun, tr.si, at, quotes, affils)
                .into_iter()
                .collect();
        }
        // "against Rosneft and Gazprom": every coordinated side.
        let Some(k) =
            object_np(doc, j, end, &[w.as_ref()], true, false).and_then(|k| described_head(doc, k))
        else {
            return Vec::new();
        };
        let mut tgt: Vec<Arg> = arg(doc, k).into_iter().collect();
        tgt.extend(coordinated_objects(doc, k, end).filter_map(|k| arg(doc, k)));
        return dedup(tgt);
    }
    Vec::new()
}

/// The lexicon lemma of the tariff and duty nouns.
const TARIFF: &str = "tariff";

/// Verbs whose subject puts the tariff that is their object in place: "imposed tariffs",
/// "will raise duties", "announced 100 pct tariffs" ("announced" is a light verb already).
const TARIFF_VERBS: &[&str] = &[
    "impose",
    "imposes",
    "imposing",
    "raise",
    "raises",
    "raised",
    "raising",
    "increase",
    "increases",
    "increased",
    "increasing",
    "levy",
    "levies",
    "levied",
    "levying",
    "slap",
    "slaps",
    "slapped",
    "slapping",
];

/// Words between a tariff noun and its "on": a rate ("of 100 pct", "of up to 43 pct").
const TARIFF_RATE: &[&str] = &[
    "of", "up", "to", "pct", "percent", "%", "as", "much", "high",
];

/// Words after "on" before the goods' country or body: amounts, "imports of", "certain",
/// "a wide variety of", "selected", lower-case goods words before "from".
fn goods_word(w: &str) -> bool {
    w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        && !matches!(
            w,
            "and"
                | "or"
                | "but"
                | "that"
                | "which"
                | "who"
                | "because"
                | "in"
                | "for"
                | "to"
                | "by"
                | "if"
                | "as"
                | "on"
                | "against"
                | "after"
                | "since"
                | "until"
        )
}

/// The country or body whose goods a tariff noun is "on" or "against": "tariffs on Japanese
/// electronic goods", "a 43 pct tariff on Canada's shipments", "duties on imports of Brazilian
/// orange juice", "tariffs on European Community food imports", "duties on imports from X".
/// The first name within eight words of "on", past amounts and goods words only; with none
/// the noun is no event ("the tariffs", "duties of the office").
fn tariff_target(doc: &Doc<'_>, tr: &Trigger<'_>) -> Vec<Arg> {
    let end = tr.cl.end;
    let in_clause = |j: usize| starts_before(doc, j, end);
    let mut j = tr.tlast + 1;
    while in_clause(j) && j <= tr.tlast + 6 {
        let w = doc.word_cow(j);
        if w == "on" || w == "against" {
            break;
        }
        if !(TARIFF_RATE.contains(&w.as_ref()) || is_amount(&w)) {
            return Vec::new();
        }
        j += 1;
    }
    if !in_clause(j) || !matches!(doc.word_cow(j).as_ref(), "on" | "against") {
        return Vec::new();
    }
    let on = j;
    j += 1;
    while in_clause(j) && j <= on + 8 {
        if let Some(k) = doc.mention_covering(doc.tokens[j].span.start) {
            if !matches!(doc.kind(k), EntityKind::Country | EntityKind::Organization) {
                return Vec::new();
            }
            let mut tgt: Vec<Arg> = arg(doc, k).into_iter().collect();
            tgt.extend(coordinated_objects(doc, k, end).filter_map(|k| arg(doc, k)));
            return dedup(tgt);
        }
        let w = doc.word_cow(j);
        if !(goods_word(&w) || is_amount(&w) || w == "from") {
            return Vec::new();
        }
        j += 1;
    }
    Vec::new()
}

/// A noun of a company deal: a purchase, a bid, a takeover, a sale, a merger, a joint venture.
fn deal_noun(entry: &EventEntry) -> bool {
    entry.pos == TriggerPos::Noun
        && matches!(
            entry.lemma.as_str(),
            "acquisition" | "purchase" | "bid" | "takeover" | "sale" | "merger" | "joint venture"
        )
}

/// Words of a deal's price and kind before its noun ("80 dlr a share", "per share", "cash",
/// "hostile", "previously announced"), besides amounts.
const DEAL_MODIFIERS: &[&str] = &[
    "a-share",
    "agreed",
    "all-cash",
    "announced",
    "cash",
    "competing",
    "definitive",
    "friendly",
    "hostile",
    "improved",
    "leveraged",
    "pending",
    "per",
    "per-share",
    "previously",
    "revised",
    "rival",
    "stg",
    "sweetened",
    "unsolicited",
    "yen",
];

/// Is the word `w` at token `j` a word of a deal's price or kind ([`DEAL_MODIFIERS`], a
/// currency, "share" after "a" or "per")?
fn deal_modifier(doc: &Doc<'_>, j: usize, w: &str) -> bool {
    DEAL_MODIFIERS.contains(&w)
        || CURRENCIES.contains(&w)
        || w == "share" && j > 0 && matches!(doc.word_cow(j - 1).as_ref(), "a" | "per")
        || w == "a" && doc.word_cow(j + 1) == "share"
}

/// Verbs whose object is a deal its subject makes: "submitted a bid for X", "attempted a
/// takeover of X", "is making an offer for X".
const DEAL_LIGHT_VERBS: &[&str] = &[
    "attempted",
    "making",
    "pursued",
    "pursuing",
    "renewed",
    "submits",
    "submitted",
    "tabled",
];

/// The company that merges (or forms a joint venture) with the one named after the noun
/// ("merger with X", "merger agreement with X"), when the noun has no actor of its own: the
/// subject of the sentence, a company named at its start before a verb, or the company "it"
/// stands for in "X said it", when that is the clause's subject too. Nothing when a person or
/// a plural ("analysts") opens the sentence.
fn merger_subject(
    doc: &Doc<'_>,
    tr: &Trigger<'_>,
    quotes: &[QuoteOut],
    affils: &[Affil],
) -> Option<(Arg, Arg)> {
    if !matches!(tr.entry.lemma.as_str(), "merger" | "joint venture") {
        return None;
    }
    let mut w = tr.tlast + 1;
    if doc.word_cow(w) == "agreement" {
        w += 1;
    }
    if doc.word_cow(w) != "with" {
        return None;
    }
    let partner = object_np(doc, w, tr.cl.end, &["with"], true, false)
        .and_then(|k| described_head(doc, k))
        .filter(|&k| doc.kind(k) == EntityKind::Organization)
        .and_then(|k| arg(doc, k))?;
    let head = Span::new(tr.sent.start, doc.tokens[tr.ti].span.start);
    let a = sentence_subject(doc, head)?;
    // The subject opens the sentence ("Acme Corp said", "Acme's board approved").
    let first = doc.mentions_in(head).first().copied()?;
    (doc.mentions[first].span == a.span
        && doc.kind(first) == EntityKind::Organization
        && sentence_opener(&doc.text[tr.sent.start..a.span.start]))
    .then_some(a)
    .or_else(|| {
        // "It said the merger with X", "The company said": the antecedent.
        let j = doc.token_at_or_after(tr.sent.start);
        let w0 = doc.word_cow(j);
        (w0 == "it")
            .then(|| pronoun_antecedent(doc, "it", tr.si, doc.tokens[j].span.start, quotes, affils))
            .flatten()
    })
    .filter(|a| doc.res.entities[a.entity].kind == EntityKind::Organization)
    .map(|a| (a, partner))
}

/// (relbiz) Whether the text before a sentence's subject is empty or a short adjunct and its
/// comma ("Last night, X said", "On Monday, X said").
fn sentence_opener(before: &str) -> bool {
    let b = before.trim();
    b.is_empty()
        || b.ends_with(',') && !b[..b.len() - 1].contains(',') && b.split_whitespace().count() <= 4
}

/// Is the word of [`DEAL_LIGHT_VERBS`] at token `j` a verb: not an adjective after a
/// determiner ("an attempted takeover"), and "making" only after a form of "be" or right after
/// a name ("Tesco is making an offer", "led to Redland making an offer"; not "the group
/// making a rival bid").
fn deal_light_verb(doc: &Doc<'_>, j: usize) -> bool {
    if j == 0 || DETERMINERS.contains(&doc.word_cow(j - 1).as_ref()) {
        return false;
    }
    doc.word_cow(j) != "making"
        || matches!(
            doc.word_cow(j - 1).as_ref(),
            "is" | "are" | "was" | "were" | "be" | "been"
        )
        || doc
            .mention_ending_at(doc.tokens[j - 1].span.end)
            .is_some_and(|k| !in_pp(doc, k))
}

/// "a takeover bid for", "an offer for", "its purchase for": a purchase noun whose company
/// follows "for" (after the trigger ending at `tlast`).
fn bid_for(entry: &EventEntry, doc: &Doc<'_>, tlast: usize) -> bool {
    entry.rel_type == "buys" && entry.pos == TriggerPos::Noun && doc.word_cow(tlast + 1) == "for"
}

/// Words between a subject and "the target of": "its ships have increasingly been".
const TARGET_GAP: &[&str] = &[
    "has",
    "have",
    "had",
    "been",
    "become",
    "became",
    "is",
    "are",
    "was",
    "were",
    "increasingly",
    "often",
    "repeatedly",
    "frequently",
    "also",
    "already",
    "recently",
    "again",
];

/// "its ships have been the target of Iranian attacks", "Kuwait was the main target of
/// raids by X": the owner of the subject that is the target (or target*s*) of the attack noun
/// at `ti` (a demonym or name may stand between "of" and the noun), in sentence `si`.
fn target_of_attacks(
    doc: &Doc<'_>,
    si: usize,
    ti: usize,
    quotes: &[QuoteOut],
    affils: &[Affil],
) -> Option<Arg> {
    let s = doc.sentences[si].span;
    let first = doc.tokens_in(s).start;
    let mut j = ti.checked_sub(1)?;
    if let Some(k) = doc.mention_covering(doc.tokens[j].span.start) {
        j = doc
            .token_at_or_after(doc.mentions[k].span.start)
            .checked_sub(1)?;
    }
    let word = |j: usize| doc.word_cow(j);
    if j < first + 4 || word(j) != "of" || !matches!(word(j - 1).as_ref(), "target" | "targets") {
        return None;
    }
    j -= 2;
    if matches!(
        word(j).as_ref(),
        "main" | "prime" | "frequent" | "latest" | "chief"
    ) {
        j -= 1;
    }
    if !matches!(word(j).as_ref(), "the" | "a") {
        return None;
    }
    let gap_end = j;
    while j > first && TARGET_GAP.contains(&word(j - 1).as_ref()) {
        j -= 1;
    }
    // A form of "be" right before "the target".
    if j == gap_end
        || !matches!(
            word(gap_end - 1).as_ref(),
            "been" | "become" | "became" | "is" | "are" | "was" | "were"
        )
    {
        return None;
    }
    let subj = j.checked_sub(1).filter(|&h| h >= first)?;
    if let Some(k) = doc.mention_covering(doc.tokens[subj].span.start) {
        // "Kuwait has been the target of ...".
        return (!doc.is_modifier(k) && !is_weapon(doc, k))
            .then(|| arg(doc, k))
            .flatten();
    }
    // "its ships", "Kuwait's oil tankers", "Kuwaiti ships": the head noun and at most one
    // more lower-case word, then their owner.
    let lower = |h: usize| {
        doc.tokens[h].kind == TokenKind::Word
            && doc.tokens[h].text(doc.text).starts_with(char::is_lowercase)
            && !PREPOSITIONS.contains(&word(h).as_ref())
    };
    let mut h = subj;
    if !lower(h) {
        return None;
    }
    if h > first && lower(h - 1) && !matches!(word(h - 1).as_ref(), "its" | "their") {
        h -= 1;
    }
    let o = h.checked_sub(1).filter(|&o| o >= first)?;
    let w = word(o);
    if matches!(w.as_ref(), "its" | "their") {
        return pronoun_antecedent(doc, &w, si, doc.tokens[o].span.start, quotes, affils);
    }
    let ow = if w == "'s" || w == "\u{2019}s" {
        o.checked_sub(1)?
    } else {
        o
    };
    let k = doc.mention_covering(doc.tokens[ow].span.start)?;
    (matches!(doc.kind(k), EntityKind::Country | EntityKind::Organization)
        && doc.mentions[k].span.end <= doc.tokens[h].span.start)
        .then(|| arg(doc, k))
        .flatten()
}

/// "Acme Corp <ACM>'s unit", "the <Acme Corp> franchises", "<Acme Corp>'s system": a name in
/// wire copy's brackets, or before a ticker, that possesses or modifies the words after the
/// brackets.
fn bracketed_modifier(doc: &Doc<'_>, k: usize) -> bool {
    let end = doc.mentions[k].span.end;
    let after = &doc.text[past_brackets(doc.text, end)..];
    if after.len() == doc.text.len() - end {
        return false;
    }
    if after.starts_with("'s") || after.starts_with("’s") {
        return true;
    }
    let Some(w) = after
        .strip_prefix(' ')
        .and_then(|r| r.split_whitespace().next())
    else {
        return false;
    };
    // ("sell its <Apex Ltd> unit": the unit's own name.)
    w.starts_with(char::is_lowercase)
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
        && !UNIT_NOUNS.contains(&w)
        && !AFTER_HEAD.contains(&w)
        && !PREPOSITIONS.contains(&w)
        && !w.ends_with("ly")
        && !matches!(
            w,
            "yesterday" | "today" | "earlier" | "late" | "early" | "also" | "has" | "said"
        )
}

/// "X's Canadian unit", "X's <TICK> courier business": mention `k` possesses a part of a
/// company (a [`UNIT_NOUNS`] word or its plural after at most three words, brackets or
/// names).
fn possesses_unit(doc: &Doc<'_>, k: usize) -> bool {
    if !doc.is_possessor(k) {
        return false;
    }
    let j = doc.token_at_or_after(doc.mentions[k].span.end) + 1;
    (j..j + 6)
        .take_while(|&i| {
            doc.tokens.get(i).is_some_and(|t| {
                t.kind == TokenKind::Word
                    || matches!(t.text(doc.text), "<" | ">" | "-")
                    || doc.mention_covering(t.span.start).is_some()
            })
        })
        .take_while(|&i| !AFTER_HEAD.contains(&doc.word_cow(i).as_ref()))
        .any(|i| {
            let w = doc.word_cow(i);
            let w = w.as_ref();
            UNIT_NOUNS.contains(&w)
                || w.strip_suffix('s').is_some_and(|s| UNIT_NOUNS.contains(&s))
                || matches!(w, "subsidiaries" | "businesses")
        })
}

/// Verbs that make an agreement with a partner: "reached an accord with X", "A and B struck a
/// deal" (a light verb of [`noun_args`] for the agreement nouns).
const AGREEMENT_VERBS: &[&str] = &[
    "reach",
    "reached",
    "reaches",
    "reaching",
    "strike",
    "struck",
    "strikes",
    "striking",
    "conclude",
    "concluded",
    "concludes",
    "concluding",
    "seal",
    "sealed",
    "seals",
    "sealing",
    "clinch",
    "clinched",
    "clinches",
    "hammered",
    "finalised",
    "finalized",
];

/// An agreement or cooperation noun ("accord", "deal", "partnership", "alliance"), whose
/// sides may be named after "between" ("the accord between A and B").
fn agreement_noun(entry: &EventEntry, noun: bool) -> bool {
    noun && (entry.lemma == "agreement" || entry.rel_type == "cooperates")
}

/// "reached an agreement with Japan", "its trade deal with the EU", "an accord with A and B":
/// the partners named after "with" right behind an agreement noun of `tr` (the head of a
/// described name: "a deal with internet provider X" is with X).
fn agreement_partner(doc: &Doc<'_>, tr: &Trigger<'_>) -> Option<Vec<Arg>> {
    if tr.entry.lemma != "agreement"
        || tr.tlast + 1 >= doc.tokens.len()
        || doc.word_cow(tr.tlast + 1) != "with"
    {
        return None;
    }
    // (Not "with Jamaica's creditor banks", "with the London-based exchange".)
    let k = object_np(doc, tr.tlast + 1, tr.cl.end, &["with"], true, false)
        .and_then(|k| described_head(doc, k))
        .filter(|&k| {
            !doc.is_possessor(k) && !doc.text[doc.mentions[k].span.end..].starts_with("-based")
        })?;
    let mut tgt: Vec<Arg> = arg(doc, k).into_iter().collect();
    tgt.extend(coordinated_objects(doc, k, tr.cl.end).filter_map(|k| arg(doc, k)));
    Some(dedup(tgt))
}

/// "A and B reached an agreement", "the two sides struck a deal": an agreement noun at `ti`
/// made by its subjects, with an agreement verb at most three lower-case words before it
/// (inside clause `cl`) and no partner of its own after it.
fn made_agreement(doc: &Doc<'_>, ti: usize, cl: Span) -> bool {
    let first = doc.tokens_in(cl).start;
    let mut j = ti;
    for _ in 0..4 {
        if j <= first {
            return false;
        }
        j -= 1;
        let w = doc.word_cow(j);
        if AGREEMENT_VERBS.contains(&w.as_ref()) {
            return ti + 1 >= doc.tokens.len() || doc.word_cow(ti + 1) != "with";
        }
        if doc.mention_covering(doc.tokens[j].span.start).is_some()
            || PREPOSITIONS.contains(&w.as_ref())
            || !w
                .chars()
                .all(|c| c.is_lowercase() || c == '-' || c.is_ascii_digit())
        {
            return false;
        }
    }
    false
}

/// "a visit to Tokyo by Trade Minister X": mention `k` is a person whose title stands between
/// it and a "by" (the agent of a noun, as a bare "by X" is).
fn titled_agent(doc: &Doc<'_>, k: usize) -> bool {
    doc.kind(k) == EntityKind::Person
        && doc.titles.iter().any(|t| {
            t.span.end < doc.mentions[k].span.start && t.span.end + 2 > doc.mentions[k].span.start
        })
        && lower_word_before(doc, k, true).is_some_and(|j| doc.word_cow(j) == "by")
}

// ---- rela20: argument shapes of meetings, talks and cooperation ----

/// "met his Peruvian counterpart, Carlos Ruiz", "talks with their French counterparts Ana
/// Lobo and Jean Vidal": a demonym (or country) before "counterpart(s)" names the other
/// side's country; the person named right after (a comma allowed) is the one met. Each such
/// target in `tgt` is replaced by that person.
fn counterpart_named(doc: &Doc<'_>, tgt: &mut [Arg]) {
    for a in tgt.iter_mut() {
        let Some(k) = doc.mention_covering(a.span.start) else {
            continue;
        };
        if doc.kind(k) != EntityKind::Country {
            continue;
        }
        // (Wire copy may break the line anywhere: "his Peruvian counterpart,\nX".)
        let after = &doc.text[doc.mentions[k].span.end..];
        let word = after.trim_start();
        if word.len() == after.len() || after.len() - word.len() > 2 {
            continue;
        }
        let Some(rest) = word
            .strip_prefix("counterparts")
            .or_else(|| word.strip_prefix("counterpart"))
            .or_else(|| titled_apposition(doc, word))
        else {
            continue;
        };
        let gap = rest.len()
            - rest
                .trim_start_matches(|c: char| c == ',' || c.is_whitespace())
                .len();
        if gap == 0 || gap > 2 {
            continue;
        }
        let pos = doc.text.len() - rest.len() + gap;
        if let Some(p) = doc
            .mention_covering(pos)
            .filter(|&p| doc.mentions[p].span.start == pos && doc.kind(p) == EntityKind::Person)
            .and_then(|p| arg(doc, p))
        {
            *a = p;
        }
    }
}

/// "the Russian president, Vladimir Putin": after a country's demonym, a lower-case title of
/// one to three words (the last a title of the lexicon) right before a comma; returns the text
/// from the comma on.
fn titled_apposition<'t>(doc: &Doc<'t>, word: &'t str) -> Option<&'t str> {
    let comma = word.find(',')?;
    let words: Vec<&str> = word[..comma].split(' ').collect();
    (words.len() <= 3
        && words
            .iter()
            .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()))
        && doc.pipeline.recognizer.is_title(words.last()?))
    .then(|| &word[comma..])
}

/// Words that may open a description of a conjunct set off by commas: "and the head of X,
/// Pedro Ramos," or "and his deputy, Ana Lobo,".
const DESCRIBED_CONJUNCT_OPENERS: &[&str] = &["the", "his", "her", "its", "their"];

/// "Juan Ortega and the head of Mexico's central bank, Pedro Ramos, met": the person named
/// before "and" is coordinated with the subject `src`, a person after a comma that closes a
/// description of up to ten words that opens with a determiner and holds no verb or comma.
fn described_conjunct(doc: &Doc<'_>, src: Arg, cl: Span) -> Option<Arg> {
    let k = doc.mention_covering(src.span.start)?;
    if doc.kind(k) != EntityKind::Person {
        return None;
    }
    let start = doc.token_at_or_after(src.span.start);
    if start < 2 || doc.tokens[start - 1].text(doc.text) != "," {
        return None;
    }
    let mut j = start - 1;
    let mut words = 0;
    while j > 0 && words < 10 {
        j -= 1;
        let t = doc.tokens[j];
        if t.span.start < cl.start {
            return None;
        }
        let w = doc.word_cow(j);
        if w == "and" {
            let opener = doc.word_cow(j + 1);
            if words < 2 || !DESCRIBED_CONJUNCT_OPENERS.contains(&opener.as_ref()) {
                return None;
            }
            let p = doc.mention_covering(doc.tokens[j - 1].span.start)?;
            return (doc.kind(p) == EntityKind::Person && !in_pp(doc, p))
                .then(|| arg(doc, p))
                .flatten();
        }
        words += 1;
        if doc.mention_covering(t.span.start).is_some() {
            continue;
        }
        let verbish = w.ends_with("ed")
            || SUBJECT_AUX.contains(&w.as_ref())
            || matches!(w.as_ref(), "said" | "says" | "who" | "which" | "that");
        if t.kind != TokenKind::Word && !matches!(t.text(doc.text), "'s" | "’s" | "-") || verbish
        {
            return None;
        }
    }
    None
}

/// Verbs whose subject seeks, builds or proposes the meeting, talks or partnership that is
/// their object: "will seek a meeting with X", "failed to build a coalition with X".
const SEEKING_VERBS: &[&str] = &[
    "seek",
    "seeks",
    "sought",
    "seeking",
    "build",
    "builds",
    "built",
    "building",
    "propose",
    "proposes",
    "proposed",
    "proposing",
    "want",
    "wants",
    "wanted",
    "pursue",
    "pursues",
    "pursued",
    "pursuing",
];

/// Is the word `w` before a noun trigger of `entry` a verb whose subject seeks the meeting,
/// negotiation or cooperation the noun names?
fn seeks_encounter(entry: &EventEntry, w: &str) -> bool {
    matches!(
        entry.rel_type.as_str(),
        "meets" | "negotiates" | "cooperates"
    ) && SEEKING_VERBS.contains(&w)
}

/// "the Japanese government", "Mexican officials", "U.S. negotiators": a country, by its name or
/// its demonym, right before a word for those who act for a state stands for the state.
fn state_body(doc: &Doc<'_>, k: usize) -> bool {
    doc.kind(k) == EntityKind::Country && {
        let j = token_after(doc, k);
        j < doc.tokens.len() && STATE_AGENTS.contains(&doc.word_cow(j).as_ref())
    }
}

/// Nouns that take a "with" of their own: "discuss trade relations with Japan" talks about
/// Japan, not with it.
const WITH_TOPIC_NOUNS: &[&str] = &[
    "relations",
    "relation",
    "relationship",
    "ties",
    "links",
    "trade",
    "dealings",
    "contacts",
    "dispute",
    "disputes",
    "row",
    "problems",
    "differences",
];

/// Objects that make "seek X from Y" a claim or a search rather than an appeal to Y: "seeking
/// damages from", "seek investors from France", "relief from Japanese competition".
const SEEK_NOT_APPEALS: &[&str] = &[
    "damages",
    "penalty",
    "penalties",
    "investors",
    "investor",
    "partners",
    "buyers",
    "relief",
    "protection",
    "refuge",
    "asylum",
];

/// Words that end the search for a party after a verb's object.
const PARTY_STOPS: &[&str] = &[
    ",", ";", ":", ".", "to", "that", "which", "who", "whether", "if", "and", "but", "after",
    "before", "because", "while", "said", "says", "by",
];

/// "discussed the plan with Japan", "sought assurances from the Japanese government": the
/// party behind `prep` after a short object (up to eight words from token `from`, before
/// `end`), and every party coordinated with it. A country that only describes a common noun
/// ("relief from Japanese competition") is none, unless the noun is a state's body.
fn party_after(doc: &Doc<'_>, from: usize, end: usize, prep: &str) -> Vec<Arg> {
    let mut j = from;
    while j < doc.tokens.len() && j < from + 8 && doc.tokens[j].span.start < end {
        let w = doc.word_cow(j);
        if w == prep {
            if prep == "with"
                && j > from
                && WITH_TOPIC_NOUNS.contains(&doc.word_cow(j - 1).as_ref())
            {
                break;
            }
            let Some(k) = object_np(doc, j, end, &[prep], true, false) else {
                break;
            };
            return std::iter::once(k)
                .chain(coordinated_objects(doc, k, end))
                .filter(|&k| {
                    doc.kind(k) != EntityKind::Country
                        || !modifies_common_noun(doc, k)
                        || state_body(doc, k)
                })
                .filter(|&k| {
                    matches!(
                        doc.kind(k),
                        EntityKind::Person | EntityKind::Organization | EntityKind::Country
                    )
                })
                .filter_map(|k| arg(doc, k))
                .collect();
        }
        // ("sought to buy plants from X": an infinitive's own object.)
        if PARTY_STOPS.contains(&w.as_ref())
            || j == from && w.ends_with("ing")
            || prep == "from" && SEEK_NOT_APPEALS.contains(&w.as_ref())
        {
            break;
        }
        j += 1;
    }
    Vec::new()
}

/// Verbs of attending, before a meeting noun: "attended a BNP meeting".
const ATTEND_VERBS: &[&str] = &["attend", "attends", "attended", "attending"];

/// "He attended a BNP meeting", "India, which attends the G7 meeting", "is attending the annual
/// meeting of the Trilateral Commission": one who attends a body's meeting meets the body. The
/// attender is the subject of the verb of attending (read as any verb's subject); the body
/// modifies the meeting noun or follows it after "of" ("a Labour Party meeting" may have been
/// read as the party meeting, a verb). `None` when the meeting word at the trigger is not the
/// object of such a verb.
fn attended_meeting(
    doc: &Doc<'_>,
    tr: &Trigger<'_>,
    quotes: &[QuoteOut],
    affils: &[Affil],
) -> Option<(Option<Arg>, Vec<Arg>)> {
    if tr.entry.rel_type != "meets"
        || !matches!(
            doc.word_cow(tr.tlast).as_ref(),
            "meeting" | "meetings" | "summit" | "summits"
        )
    {
        return None;
    }
    // The verb of attending, then a determiner, then at most three modifiers.
    let av = (tr.ti.saturating_sub(6)..tr.ti)
        .rev()
        .find(|&j| ATTEND_VERBS.contains(&doc.word_cow(j).as_ref()))?;
    // ("officials attending the meeting": whose officials the clause need not say.)
    if doc.tokens[av].span.start < tr.cl.start
        || !DETERMINERS.contains(&doc.word_cow(av + 1).as_ref())
        || participle_after_noun(doc, av)
    {
        return None;
    }
    let mut bodies = Vec::new();
    for j in av + 2..tr.ti {
        let t = doc.tokens[j];
        if let Some(k) = doc.mention_covering(t.span.start) {
            if doc.mentions[k].span.start == t.span.start {
                bodies.push(k);
            }
        } else if t.kind != TokenKind::Word
            || !t.text(doc.text).starts_with(char::is_lowercase)
            || PREPOSITIONS.contains(&doc.word_cow(j).as_ref())
        {
            return None;
        }
    }
    if doc.word_cow(tr.tlast + 1) == "of" {
        bodies.extend(object_np(
            doc,
            tr.tlast + 1,
            tr.cl.end,
            &["of"],
            true,
            false,
        ));
    }
    let tgt: Vec<Arg> = bodies
        .into_iter()
        // ("the Paris G-7 meeting": a capital before it is where it meets.)
        .filter(|&k| doc.kind(k) == EntityKind::Organization)
        .flat_map(|k| std::iter::once(k).chain(coordinated_objects(doc, k, tr.cl.end)))
        .filter_map(|k| arg(doc, k))
        .collect();
    if tgt.is_empty() {
        return None;
    }
    let verb = Trigger {
        ti: av,
        tlast: av,
        ..*tr
    };
    let (src, _) = verb_args(doc, &verb, quotes, affils);
    Some((src, dedup(tgt)))
}

/// The arguments of rela20's argument shapes, replacing those read so far: "discussed X with
/// Y" negotiates with Y ([`party_after`] "with"), "sought X from Y" appeals to Y ("from"); these
/// and "persuade" read no actor for an "-ing" form after a noun or a preposition
/// ([`participle_after_noun`]) nor a name that is no one ([`place_like_actor`]); an
/// attended meeting meets its body ([`attended_meeting`]); a target "his Peruvian
/// counterpart, Carlos Ruiz" is the person ([`counterpart_named`]).
/// Returns whether the targets are the bodies of an attended meeting (which, unlike other
/// names before a common noun, are met).
fn rela20_args(
    doc: &Doc<'_>,
    tr: &Trigger<'_>,
    noun: bool,
    (quotes, affils): (&[QuoteOut], &[Affil]),
    src: &mut Option<Arg>,
    tgt: &mut Vec<Arg>,
) -> bool {
    let mut attended = false;
    let prep = match tr.entry.lemma.as_str() {
        "discuss with" if !noun => Some("with"),
        "seek from" if !noun => Some("from"),
        "persuade" => Some(""),
        _ => None,
    };
    if let Some(prep) = prep {
        if participle_after_noun(doc, tr.ti) || src.is_some_and(|a| place_like_actor(doc, a)) {
            tgt.clear();
        } else if !prep.is_empty() {
            let found = party_after(doc, tr.tlast + 1, tr.cl.end, prep);
            // (rel36b) "discussed the issue with the prime minister": with no name after the
            // preposition, the person a description after it stands for
            // ([`described_object`]) is kept.
            let with = doc
                .tokens_in(Span::new(doc.tokens[tr.tlast].span.end, tr.cl.end))
                .find(|&j| doc.word_cow(j) == prep);
            if found.is_empty() {
                tgt.retain(|a| with.is_some_and(|w| a.span.start >= doc.tokens[w].span.end));
            } else {
                *tgt = found;
            }
        }
    } else if let Some((s, t)) = attended_meeting(doc, tr, quotes, affils) {
        (*src, *tgt) = (s, t);
        attended = true;
    }
    counterpart_named(doc, tgt);
    attended
}

/// "donors like Norway seeking help", "talks aimed at persuading X": an "-ing" form at token
/// `ti` that is not after a form of "be" (an adverb allowed between) modifies the noun before
/// it or heads a preposition's object; its subject is not read from the clause.
fn participle_after_noun(doc: &Doc<'_>, ti: usize) -> bool {
    if !doc.word_cow(ti).ends_with("ing") || ti == 0 {
        return false;
    }
    let mut j = ti - 1;
    if doc.word_cow(j).ends_with("ly") && j > 0 {
        j -= 1;
    }
    !matches!(
        doc.word_cow(j).as_ref(),
        "is" | "are" | "was" | "were" | "be" | "been" | "am" | "'s" | "'re" | "not"
    )
}

/// Groups a person's name may describe ("Vance creditors", "Smith supporters").
const NAMED_GROUPS: &[&str] = &[
    "creditors",
    "shareholders",
    "investors",
    "lawyers",
    "supporters",
    "aides",
    "officials",
    "executives",
    "staff",
    "employees",
    "bankers",
    "allies",
    "critics",
    "family",
    "campaign",
];

/// An actor that is no one: a person's name before a group noun ("Vance creditors are
/// seeking"), a country after a place and a comma ("in Sfax, Tunisia, discussed"), or a
/// country before a common noun other than a state's body ("the U.S. steel industry has
/// sought").
fn place_like_actor(doc: &Doc<'_>, a: Arg) -> bool {
    let Some(k) = doc.mention_covering(a.span.start) else {
        return false;
    };
    let e = doc.mentions[k].span.end;
    let next = doc.token_at_or_after(e);
    doc.kind(k) == EntityKind::Person
        && next < doc.tokens.len()
        && doc.tokens[next].span.start == e + 1
        && NAMED_GROUPS.contains(&doc.word_cow(next).as_ref())
        || doc.kind(k) == EntityKind::Country
            && k > 0
            && doc.kind(k - 1) == EntityKind::Location
            && doc.text[doc.mentions[k - 1].span.end..a.span.start].trim() == ","
        || doc.kind(k) == EntityKind::Country
            && next < doc.tokens.len()
            && doc.tokens[next].kind == TokenKind::Word
            && doc.tokens[next]
                .text(doc.text)
                .starts_with(char::is_lowercase)
            && {
                let w = doc.word_cow(next);
                !(STATE_AGENTS.contains(&w.as_ref())
                    || OFFICE_WORDS.contains(&w.as_ref())
                    || SUBJECT_AUX.contains(&w.as_ref())
                    || HYPOTHETICAL.contains(&w.as_ref())
                    || w.ends_with("ed")
                    || w.ends_with("ly")
                    || w.ends_with('s')
                    || matches!(
                        w.as_ref(),
                        "itself" | "also" | "then" | "now" | "still" | "and" | "or"
                    ))
            }
}

/// What [`rela21_args`] changes besides the arguments: another relation type and CAMEO code
/// ("despite U.S. pressure" is the subject rejecting the presser), and whether the relation is
/// asserted whatever negation its clause holds ("would not open its market despite U.S.
/// pressure": the pressure and its refusal happened).
#[derive(Default)]
struct Rela21 {
    code: Option<(&'static str, &'static str)>,
    asserted: bool,
}

/// The arguments of rela21's shapes of statements about others: "opposed to X" and "as
/// opposed to" ([`opposed_to`]), the side opposed ([`opposed_side`]); pressure from, by or on
/// a named side ([`pressure_args`]);
/// "pressed X to ..." only with its direct object ([`pressed_object`]); "rejected the request
/// of Peru" ([`proposal_of_actor`]); "called for an end to Japan's quotas", "called for the
/// resignation of X" ([`demanded_end_of`]).
fn rela21_args(
    doc: &Doc<'_>,
    tr: &Trigger<'_>,
    noun: bool,
    (quotes, affils): (&[QuoteOut], &[Affil]),
    src: &mut Option<Arg>,
    tgt: &mut Vec<Arg>,
) -> Rela21 {
    let mut out = Rela21::default();
    match tr.entry.lemma.as_str() {
        "oppose" if !noun => {
            if let Some(t) = opposed_to(doc, tr, quotes, affils, src) {
                *tgt = t;
            }
            // "commercials opposing X", "negligent in opposing X": a participle after a noun
            // or a preposition has a subject of its own the clause need not name (not "accused
            // X of opposing Y": X opposes).
            if participle_after_noun(doc, tr.ti) && controlled_subject(doc, tr.cl, tr.ti).is_none()
            {
                tgt.clear();
            }
            tgt.retain(|&a| opposed_side(doc, a));
        }
        // "pressure" is a noun only ("under pressure from X", "U.S. pressure on Japan").
        "pressure" => {
            let (s, t, resisted) = pressure_args(doc, tr, quotes, affils);
            (*src, *tgt) = (s, t.into_iter().collect());
            if resisted {
                out = Rela21 {
                    code: Some(("rejects", "120")),
                    asserted: true,
                };
            }
        }
        "press" if !pressed_object(doc, tr, tgt) => tgt.clear(),
        _ => {}
    }
    // "called on Americans to press Congress": a people named by a plural demonym is no state.
    if matches!(tr.entry.lemma.as_str(), "oppose" | "pressure" | "press")
        && src.is_some_and(|a| {
            doc.mention_covering(a.span.start)
                .is_some_and(|k| plural_demonym(doc, k))
        })
    {
        tgt.clear();
    }
    if tgt.is_empty() && !noun {
        let rel = tr.entry.rel_type.as_str();
        let k = if matches!(
            rel,
            "rejects" | "agrees" | "supports" | "criticizes" | "praises"
        ) {
            proposal_of_actor(doc, tr.tlast, tr.cl.end)
        } else if rel == "demands" {
            demanded_end_of(doc, tr.tlast, tr.cl.end)
        } else {
            None
        };
        tgt.extend(k.and_then(|k| arg(doc, k)));
    }
    out
}

/// The subject of a clause's verb standing at token `at` (a word that takes the subject's
/// place as a verb: "Japan, under pressure from ...", "Reagan, who is opposed to ..."), as
/// [`verb_args`] reads it.
fn subject_at(
    doc: &Doc<'_>,
    tr: &Trigger<'_>,
    at: usize,
    quotes: &[QuoteOut],
    affils: &[Affil],
) -> Option<Arg> {
    let t = Trigger {
        ti: at,
        tlast: at,
        ..*tr
    };
    verb_args(doc, &t, quotes, affils).0
}

/// Adverbs between a form of "be" and "opposed to".
const OPPOSED_ADVERBS: &[&str] = &[
    "strongly",
    "firmly",
    "bitterly",
    "vehemently",
    "adamantly",
    "totally",
    "fiercely",
    "still",
    "also",
    "not",
];

/// "as opposed to X" compares and states no event (no target); "X is strongly opposed to Y"
/// criticizes Y: the subject of the form of "be" (read as active, not as a passive with no
/// "by") and the actor after "to". `None` leaves the verb's own reading.
fn opposed_to(
    doc: &Doc<'_>,
    tr: &Trigger<'_>,
    quotes: &[QuoteOut],
    affils: &[Affil],
    src: &mut Option<Arg>,
) -> Option<Vec<Arg>> {
    let ti = tr.ti;
    if ti > 0 && doc.word_cow(ti - 1) == "as" {
        return Some(Vec::new());
    }
    let to = ti + 1;
    if !in_clause(doc, tr.cl.end, to + 1) || doc.word_cow(to) != "to" {
        return None;
    }
    let mut j = ti;
    while j > 0 && OPPOSED_ADVERBS.contains(&doc.word_cow(j - 1).as_ref()) {
        j -= 1;
    }
    if j == 0
        || !matches!(
            doc.word_cow(j - 1).as_ref(),
            "is" | "are" | "was" | "were" | "be" | "been" | "'s" | "'re" | "remain" | "remains"
        )
    {
        return None;
    }
    let k = object_np(doc, to + 1, tr.cl.end, &[], false, false)?;
    *src = subject_at(doc, tr, to, quotes, affils);
    let mut t: Vec<Arg> = arg(doc, k).into_iter().collect();
    t.extend(coordinated_objects(doc, k, tr.cl.end).filter_map(|k| arg(doc, k)));
    Some(dedup(t))
}

/// What a side does or proposes, that one opposes in its stead: "opposed the Japanese
/// efforts", "opposes Soviet membership", "opposed the Fed action".
const OWN_DOINGS: &[&str] = &[
    "efforts",
    "effort",
    "membership",
    "policy",
    "policies",
    "action",
    "actions",
    "move",
    "moves",
    "stance",
    "position",
    "recommendation",
    "initiative",
    "merger",
    "takeover",
    "intervention",
    "candidacy",
    "nomination",
    "nominee",
    "legislation",
    "bill",
    "budget",
    "reforms",
    "rules",
    "ruling",
    "idea",
    "ideas",
    "proposals",
];

/// A side one opposes: a name or a possessor ("opposed Brazil's stance"), not one that opens a
/// gerund clause ("opposed to the U.S. selling bonds": the act is opposed) nor a name that
/// modifies a common noun other than one word for its own doing ("the Japanese efforts", not
/// "the Iran arms initiative" or "the Iraq invasion").
fn opposed_side(doc: &Doc<'_>, a: Arg) -> bool {
    let Some(k) = doc.mention_covering(a.span.start) else {
        return true;
    };
    let j = token_after(doc, k);
    let next = doc.word_cow(j);
    if next.ends_with("ing") && doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word) {
        return false;
    }
    if doc.is_possessor(k) || !modifies_common_noun(doc, k) {
        return true;
    }
    let own = OWN_DOINGS.contains(&next.as_ref())
        || PROPOSAL_NOUNS.contains(&next.as_ref())
        || ACCEPTED_NOUNS.contains(&next.as_ref());
    own && doc.tokens.get(j + 1).is_none_or(|t| {
        t.kind != TokenKind::Word
            || !t.text(doc.text).starts_with(char::is_lowercase)
            || AFTER_HEAD.contains(&doc.word_cow(j + 1).as_ref())
    })
}

/// Adjectives and determiners between a shape word and "pressure" ("under heavy U.S.
/// pressure", "despite mounting pressure").
const PRESSURE_MODIFIERS: &[&str] = &[
    "the",
    "a",
    "its",
    "their",
    "his",
    "her",
    "heavy",
    "mounting",
    "growing",
    "increasing",
    "increased",
    "intense",
    "strong",
    "renewed",
    "further",
    "continued",
    "continuing",
    "constant",
    "political",
    "diplomatic",
    "economic",
    "international",
    "considerable",
    "great",
    "greater",
    "new",
    "more",
    "much",
    "some",
    "stiff",
    "severe",
    "sustained",
    "strenuous",
];

/// Verbs whose subject puts the pressure on someone: "the EC has put pressure on Japan".
const PRESSING_VERBS: &[&str] = &[
    "put",
    "puts",
    "putting",
    "exert",
    "exerts",
    "exerted",
    "exerting",
    "apply",
    "applies",
    "applied",
    "applying",
    "up",
    "keep",
    "keeps",
    "kept",
    "keeping",
    "maintain",
    "maintains",
    "maintained",
    "maintaining",
    "increase",
    "increases",
    "increased",
    "increasing",
    "intensified",
    "intensify",
    "intensifies",
    "intensifying",
];

/// Words before a pressure that its target resists: "despite U.S. pressure", "resisted
/// pressure from X", "in defiance of", "regardless of", "in spite of" (the last three read by
/// their "of").
const RESISTING: &[&str] = &[
    "despite",
    "resist",
    "resists",
    "resisted",
    "resisting",
    "defy",
    "defies",
    "defied",
    "defying",
    "against",
];

/// An actor named in a pressure's source or target noun phrase: one that is not a modifier of
/// a common noun, unless of a state's agents ("pressure from U.S. officials" is the state's).
fn pressure_side(doc: &Doc<'_>, k: usize) -> bool {
    matches!(
        doc.kind(k),
        EntityKind::Country | EntityKind::Organization | EntityKind::Person
    ) && !doc.is_possessor(k)
        && (!modifies_common_noun(doc, k) || {
            let j = token_after(doc, k);
            STATE_AGENTS.contains(&doc.word_cow(j).as_ref())
        })
}

/// The token after mention `k`.
fn token_after(doc: &Doc<'_>, k: usize) -> usize {
    doc.token_at_or_after(doc.mentions[k].span.end)
}

/// A pressure noun's sides: who presses (after "from"/"by", a name or possessor right before
/// it, or "X-led"; or the subject of a verb that puts it "on Y") and who is pressed (after
/// "on", or the subject of a clause "under" it or that gives in "to" it), and whether the
/// pressed one resists it ("despite U.S. pressure", "resisted pressure from X", "regardless of
/// the U.S. pressure"): then the pressed one rejects the presser (the returned pair is already
/// turned: the resisting subject first).
fn pressure_args(
    doc: &Doc<'_>,
    tr: &Trigger<'_>,
    quotes: &[QuoteOut],
    affils: &[Affil],
) -> (Option<Arg>, Option<Arg>, bool) {
    let (ti, end) = (tr.ti, tr.cl.end);
    let none = (None, None, false);
    // Before: modifiers, then perhaps a name ("U.S. pressure", "Washington's pressure",
    // "U.S.-led pressure"), then the shape word.
    let mut j = ti;
    let mut before: Option<usize> = None;
    let mut steps = 0;
    while j > 0 && steps < 6 {
        steps += 1;
        let p = j - 1;
        let tok = doc.tokens[p];
        if tok.span.start < tr.cl.start {
            break;
        }
        if let Some(k) = doc.mention_covering(tok.span.start) {
            let rest = &doc.text[doc.mentions[k].span.end..doc.tokens[j].span.start];
            if before.is_some()
                || !matches!(rest, " " | "'s " | "’s " | "-led " | "-backed ")
                || !matches!(
                    doc.kind(k),
                    EntityKind::Country | EntityKind::Organization | EntityKind::Person
                )
            {
                return none;
            }
            before = Some(k);
            j = doc.token_at_or_after(doc.mentions[k].span.start);
            continue;
        }
        let w = doc.word_cow(p);
        // "U.S.-led": the name's own tokens end before "-led".
        if matches!(w.as_ref(), "led" | "-" | "'s" | "’s") {
            j = p;
            continue;
        }
        if !PRESSURE_MODIFIERS.contains(&w.as_ref()) {
            break;
        }
        j = p;
    }
    // The shape word right before the phrase.
    let shape = (j > 0 && doc.tokens[j - 1].span.start >= tr.cl.start).then(|| j - 1);
    let shape_w = shape.map(|s| doc.word_cow(s)).unwrap_or_default();
    // After: "from X", "by X", "on Y", in either order.
    let mut from = None;
    let mut on = None;
    let mut a = ti + 1;
    for _ in 0..2 {
        if !in_clause(doc, end, a + 1) {
            break;
        }
        let w = doc.word_cow(a);
        let want = match w.as_ref() {
            "from" | "by" if from.is_none() => &mut from,
            "on" | "upon" if on.is_none() => &mut on,
            _ => break,
        };
        let Some(k) = object_np(doc, a, end, &[w.as_ref()], true, false) else {
            break;
        };
        if !pressure_side(doc, k) {
            return none;
        }
        *want = Some(k);
        a = token_after(doc, k);
    }
    let presser = from.or(before);
    let resisting = RESISTING.contains(&shape_w.as_ref())
        || shape_w == "of"
            && shape.is_some_and(|s| {
                s > 0
                    && matches!(
                        doc.word_cow(s - 1).as_ref(),
                        "regardless" | "spite" | "defiance"
                    )
            });
    // ("Japan would not open its markets despite ...": the clause's first subject when the
    // words before the shape word read as a subject of their own.)
    // The clause's own subject before the shape word: the nearest name with its verb after it
    // ("President Reagan will not compromise despite ..."), else the verb's reading.
    let subject = |s: usize| {
        nearest_subject(doc, tr.cl.start, s).or_else(|| subject_at(doc, tr, s, quotes, affils))
    };
    // ("the EC has put pressure", "bowed to U.S. pressure": a subject next to that verb.)
    let verb_subject =
        |v: usize| subject_at(doc, tr, v, quotes, affils).filter(|&a| actor_next_to(doc, a, v));
    let (Some(p), Some(s)) = (presser, shape) else {
        // "the EC has put pressure on Japan": the subject of the verb that puts it.
        if let (Some(k), Some(s), None) = (on, shape, presser) {
            if PRESSING_VERBS.contains(&shape_w.as_ref()) {
                let v = if shape_w == "up" {
                    s.saturating_sub(1)
                } else {
                    s
                };
                return (verb_subject(v), arg(doc, k), false);
            }
        }
        return none;
    };
    if let Some(k) = on {
        return (arg(doc, p), arg(doc, k), false);
    }
    if resisting {
        return (subject(s), arg(doc, p), true);
    }
    if shape_w == "under" {
        return (arg(doc, p), subject(s), false);
    }
    // "bowed to U.S. pressure", "caved in to pressure from X".
    if shape_w == "to" && s > 0 {
        let v = if doc.word_cow(s - 1) == "in" {
            s - 1
        } else {
            s
        };
        if v > 0 && YIELDING.contains(&doc.word_cow(v - 1).as_ref()) {
            return (arg(doc, p), verb_subject(v - 1), false);
        }
    }
    none
}

/// Verbs of giving in to a pressure ("bowed to", "caved in to").
const YIELDING: &[&str] = &[
    "bow",
    "bows",
    "bowed",
    "bowing",
    "yield",
    "yields",
    "yielded",
    "yielding",
    "succumb",
    "succumbs",
    "succumbed",
    "succumbing",
    "submit",
    "submits",
    "submitted",
    "cave",
    "caves",
    "caved",
    "caving",
    "give",
    "gives",
    "gave",
    "giving",
];

/// The nearest name before token `at` in the clause starting at `cl_start` that is followed by
/// its verb (an auxiliary, "said" or the like: `SUBJECT_AUX`) and is neither a modifier, a
/// possessor nor inside a preposition's phrase.
fn nearest_subject(doc: &Doc<'_>, cl_start: usize, at: usize) -> Option<Arg> {
    doc.mentions_in(Span::new(cl_start, doc.tokens[at].span.start))
        .iter()
        .rev()
        .copied()
        .find(|&k| {
            !doc.is_modifier(k)
                && !doc.is_possessor(k)
                && !in_pp(doc, k)
                && matches!(
                    doc.kind(k),
                    EntityKind::Country | EntityKind::Organization | EntityKind::Person
                )
                && SUBJECT_AUX.contains(&doc.word_cow(token_after(doc, k)).as_ref())
        })
        .and_then(|k| arg(doc, k))
}

/// "pressed Tokyo to open its market", "pressing the Reagan administration for a cut": a verb
/// of pressing keeps its target only as the object right after it (a determiner or a possessive
/// pronoun allowed between), not a possessor or a name that describes a common noun, and
/// followed by "to", "for", "into" or "over"; a passive ("was pressed by X") keeps its reading.
fn pressed_object(doc: &Doc<'_>, tr: &Trigger<'_>, tgt: &[Arg]) -> bool {
    let ti = tr.ti;
    if ti > 0
        && matches!(
            doc.word_cow(ti - 1).as_ref(),
            "was" | "were" | "been" | "being" | "is" | "are" | "be"
        )
    {
        return true;
    }
    let Some(first) = tgt.first() else {
        return false;
    };
    let Some(k) = doc.mention_covering(first.span.start) else {
        return false;
    };
    let gap = doc.tokens_in(Span::new(
        doc.tokens[tr.tlast].span.end,
        doc.mentions[k].span.start,
    ));
    if gap.len() > 1
        || gap.clone().any(|j| {
            !matches!(
                doc.word_cow(j).as_ref(),
                "the" | "its" | "their" | "his" | "her"
            )
        })
        || !pressure_side(doc, k)
    {
        return false;
    }
    // "pressed Chile and Peru to ...": the word after the last coordinated object.
    let last = coordinated_objects(doc, k, tr.cl.end).last().unwrap_or(k);
    matches!(
        doc.word_cow(token_after(doc, last)).as_ref(),
        "to" | "for" | "into" | "over"
    )
}

/// "turned down the request of Peru", "rejected the proposal of the World Bank": a named side
/// (not a modifier, which `proposal_of_country` reads) after "of" behind a proposal noun within
/// three words after the verb ending at `tlast`.
fn proposal_of_actor(doc: &Doc<'_>, tlast: usize, end: usize) -> Option<usize> {
    let noun = noun_then(doc, tlast, end, 3, PROPOSAL_NOUNS, &["of"])?;
    let k = object_np(doc, noun, end, &["of"], true, false)?;
    (pressure_side(doc, k) && !modifies_common_noun(doc, k)).then_some(k)
}

/// What a demand ends or removes: "called for an end to Japan's quotas", "demanded the
/// resignation of X", "called for the lifting of U.S. sanctions".
const ENDED_NOUNS: &[&str] = &[
    "end",
    "resignation",
    "removal",
    "ouster",
    "dismissal",
    "sacking",
    "firing",
    "withdrawal",
    "lifting",
    "scrapping",
    "abolition",
    // (reldip27) "called for the impeachment of X": removing X from office or trying X.
    "impeachment",
    "indictment",
    "prosecution",
];

/// "called for an end to Japan's beef quotas", "demanded the resignation of X", "called for
/// Smith's resignation": the side whose doing or office a demand ends, read from the noun
/// phrase right after the verb ending at `tlast` (a possessor or a name before a common noun
/// after "an end to", the possessor of an ended noun, a side after "<ended noun> of").
fn demanded_end_of(doc: &Doc<'_>, tlast: usize, end: usize) -> Option<usize> {
    let side = |k: usize| {
        matches!(
            doc.kind(k),
            EntityKind::Country | EntityKind::Organization | EntityKind::Person
        )
    };
    // "called for Smith's resignation": the possessor of the ended noun right after the verb.
    if let Some(k) = doc
        .tokens
        .get(tlast + 1)
        .and_then(|t| doc.mention_covering(t.span.start))
    {
        let n = token_after(doc, k) + 1;
        return (side(k)
            && doc.is_possessor(k)
            && in_clause(doc, end, n)
            && ENDED_NOUNS.contains(&doc.word_cow(n).as_ref()))
        .then_some(k);
    }
    let n = noun_within(doc, tlast, end, 2, ENDED_NOUNS)?;
    if (tlast + 1..n).any(|j| !matches!(doc.word_cow(j).as_ref(), "an" | "the" | "a")) {
        return None;
    }
    let after = doc.word_cow(n + 1);
    if !matches!(after.as_ref(), "to" | "of") {
        return None;
    }
    let k = object_np(doc, n + 1, end, &[after.as_ref()], true, false)?;
    // "an end to Japan's quotas", "the lifting of U.S. sanctions": the possessor or a name
    // before the common noun; "the resignation of Smith": the side itself.
    (side(k)
        && (doc.is_possessor(k)
            || modifies_common_noun(doc, k)
            || after == "of" && doc.word_cow(n) != "end"))
        .then_some(k)
}

// ---- rela22: sides named by a possessor, a premodifier or an appositive ----

/// What [`rela22_args`] changes besides the arguments: the event an infinitive completes after
/// a possessed proposal noun ("Acme's offer to buy Orion") is at most intended.
#[derive(Default)]
struct Rela22 {
    intended: bool,
}

/// The arguments of rela22's shapes: the possessor of a proposal noun acts in the infinitive
/// after it ([`possessor_of_infinitive`]); "denied X's claims", "questioned X's commitment"
/// judge the possessor ([`judged_possessor`]); "wants the IMF to ...", "told Japan to ..." ask
/// the object to act ([`object_to_act`]); "the U.S.-backed Afghan government" backs the name
/// after it ([`backed_premodifier`]); "Delta Foods, recently acquired by Orion," is bought by the
/// agent ([`appositive_purchase`]); "the Paris agreement" names no side
/// ([`capital_names_pact`]).
fn rela22_args(
    doc: &Doc<'_>,
    tr: &Trigger<'_>,
    noun: bool,
    src: &mut Option<Arg>,
    tgt: &mut Vec<Arg>,
) -> Rela22 {
    let mut out = Rela22::default();
    let lemma = tr.entry.lemma.as_str();
    // "criticized the Paris agreement": a capital before a pact's noun names where it was
    // made, not a side.
    tgt.retain(|a| !capital_names_pact(doc, a.span));
    if matches!(lemma, "want" | "tell") {
        // "wants the IMF to soften its terms", "told Japan to resolve the row".
        let k = (!noun).then(|| object_to_act(doc, tr)).flatten();
        // "told him to go home": the person the object pronoun stands for (found as the
        // verb's object before) is asked as well.
        let pronoun = k.is_none()
            && !noun
            && matches!(doc.word_cow(tr.tlast + 1).as_ref(), "him" | "her")
            && asked_to_act(doc, tr, tr.tlast + 2);
        if !pronoun {
            *tgt = k.and_then(|k| arg(doc, k)).into_iter().collect();
        }
        // ("Japanese banks want Nigeria to ...": a demonym before a common noun is no state
        // unless the noun is one of its organs. Not the subject of a main clause a
        // participle follows: "X spoke on Tuesday, telling Y to go home".)
        if src.is_some_and(|a| {
            doc.mention_covering(a.span.start).is_some_and(|k| {
                subject_modifies_noun(doc, k, tr.ti)
                    && !(token_after(doc, k)..tr.ti).any(|j| doc.tokens[j].text(doc.text) == ",")
                    && !STATE_AGENTS.contains(&doc.word_cow(token_after(doc, k)).as_ref())
            })
        }) {
            tgt.clear();
        }
        return out;
    }
    // (rel37b) "shrugged off X's claims", "brushed aside claims from X" (the latter
    // read by [`judgement_from`]): the side judged, never the thing shrugged off.
    if matches!(lemma, "deny" | "dispute" | "question" | "shrug off") {
        let k = (!noun)
            .then(|| judged_possessor(doc, tr).or_else(|| judged_passive_subject(doc, tr, tgt)))
            .flatten();
        *tgt = k.and_then(|k| arg(doc, k)).into_iter().collect();
        return out;
    }
    if noun {
        return out;
    }
    if lemma == "back" && tr.ti > 0 && doc.tokens[tr.ti - 1].text(doc.text) == "-" {
        // "the U.S.-backed government": the name before the hyphen backs the one after.
        let hyphen = doc.tokens[tr.ti - 1].span.start;
        let pair = doc
            .mention_covering(hyphen.saturating_sub(1))
            .filter(|&k| doc.mentions[k].span.end == hyphen)
            .and_then(|k| backed_premodifier(doc, k, tr.ti));
        (*src, *tgt) = match pair {
            Some((a, b)) => (Some(a), vec![b]),
            None => (None, Vec::new()),
        };
        return out;
    }
    if let Some(poss) = possessor_of_infinitive(doc, tr) {
        *src = poss;
        out.intended = true;
        return out;
    }
    if let Some((a, b)) = appositive_purchase(doc, tr) {
        (*src, *tgt) = (Some(a), vec![b]);
    }
    out
}

/// Nouns of a side's proposal, attempt or plan that an infinitive spells out: "TWA's bid to
/// acquire USAir", "Chrysler's proposal to buy AMC".
const PROPOSAL_INFINITIVE_NOUNS: &[&str] = &[
    "offer",
    "offers",
    "bid",
    "bids",
    "proposal",
    "application",
    "request",
    "plan",
    "plans",
    "attempt",
    "attempts",
    "effort",
    "efforts",
    "intention",
    "move",
    "decision",
    "pledge",
    "promise",
    "drive",
];

/// "rejected TWA's application to acquire USAir", "supports Chrysler's proposal to buy AMC": a
/// verb right after "to" behind a proposal noun (up to two lower-case words after the
/// possessive) is done by the possessor, not by the clause's subject. `Some(Some(a))`: a named
/// possessor; `Some(None)`: a common noun possesses it ("their airline's proposal to buy"), so
/// no actor is named; `None`: not this shape (a possessive pronoun's owner is the subject's).
fn possessor_of_infinitive(doc: &Doc<'_>, tr: &Trigger<'_>) -> Option<Option<Arg>> {
    let ti = tr.ti;
    if ti < 3 || doc.word_cow(ti - 1) != "to" {
        return None;
    }
    let n = ti - 2;
    if !PROPOSAL_INFINITIVE_NOUNS.contains(&doc.word_cow(n).as_ref()) {
        return None;
    }
    let mut j = n;
    for _ in 0..3 {
        if j == 0 || doc.tokens[j - 1].span.start < tr.cl.start {
            return None;
        }
        j -= 1;
        let w = doc.word_cow(j);
        if matches!(w.as_ref(), "'s" | "’s") {
            if j == 0 {
                return None;
            }
            let before = doc.tokens[j - 1];
            return match doc.mention_covering(before.span.start) {
                Some(k) if doc.mentions[k].span.end == doc.tokens[j].span.start => matches!(
                    doc.kind(k),
                    EntityKind::Country | EntityKind::Organization | EntityKind::Person
                )
                .then(|| arg(doc, k)),
                Some(_) => None,
                None if before.kind == TokenKind::Word
                    && before.text(doc.text).starts_with(char::is_lowercase) =>
                {
                    // "the Iraqi government's intention to buy": a name before a state's or a
                    // body's organ acts through it; another name before the noun may own
                    // something else ("the Acme unit's plan"): no reading.
                    let owner = (j > 1)
                        .then(|| doc.mention_covering(doc.tokens[j - 2].span.start))
                        .flatten()
                        .filter(|&k| doc.mentions[k].span.end == doc.tokens[j - 2].span.end);
                    match owner {
                        None => Some(None),
                        Some(k) => {
                            let organ = doc.word_cow(j - 1);
                            (matches!(doc.kind(k), EntityKind::Country | EntityKind::Organization)
                                && (STATE_AGENTS.contains(&organ.as_ref())
                                    || BODY_ORGANS.contains(&organ.as_ref())))
                            .then(|| arg(doc, k))
                        }
                    }
                }
                None => None,
            };
        }
        let t = doc.tokens[j];
        if t.kind != TokenKind::Word || !t.text(doc.text).starts_with(char::is_lowercase) {
            return None;
        }
    }
    None
}

/// What a denial or a doubt is about, said by the one it judges: "denied Smith's claims",
/// "questioned Jones's commitment", "disputed Keating's allegations".
const CLAIM_NOUNS: &[&str] = &[
    "claim",
    "claims",
    "allegation",
    "allegations",
    "charge",
    "charges",
    "accusation",
    "accusations",
    "assertion",
    "assertions",
    "account",
    "version",
    "statement",
    "statements",
    "figures",
    "report",
    "reports",
    "remarks",
    "comments",
    "suggestion",
    "suggestions",
    "commitment",
    "judgement",
    "judgment",
    "motives",
    "credibility",
    "integrity",
    "competence",
    "honesty",
    // (rel33) "questioned Mr. Smith's veracity", "... his sincerity".
    "veracity",
    "truthfulness",
    "sincerity",
    // (relc26) "questioned Smith's theory".
    "theory",
    "theories",
    "argument",
    "arguments",
];

/// (relc26) "Mr Smith's theory has been questioned by X", "Acme's claims were denied by X":
/// the possessor of the claim noun that is the subject of the passive at `tr.ti` (the target
/// the passive reading gave), judged by the agent.
fn judged_passive_subject(doc: &Doc<'_>, tr: &Trigger<'_>, tgt: &[Arg]) -> Option<usize> {
    let be = tr.ti.checked_sub(1)?;
    if !matches!(
        doc.word_cow(be).as_ref(),
        "was" | "were" | "been" | "being" | "is" | "are" | "be"
    ) {
        return None;
    }
    let k = doc.mention_covering(tgt.first()?.span.start)?;
    let n = token_after(doc, k) + 1;
    (doc.is_possessor(k) && n < tr.ti && CLAIM_NOUNS.contains(&doc.word_cow(n).as_ref()))
        .then_some(k)
}

/// "denied Smith's claims", "questioned Acme's commitment to the deal": the named side (a
/// state, a body or a person) whose claim or quality the object right after the verb is.
fn judged_possessor(doc: &Doc<'_>, tr: &Trigger<'_>) -> Option<usize> {
    let k = name_after_title(doc, tr.tlast + 1)?;
    let n = token_after(doc, k) + 1;
    (doc.is_possessor(k)
        && in_clause(doc, tr.cl.end, n)
        && CLAIM_NOUNS.contains(&doc.word_cow(n).as_ref())
        && matches!(
            doc.kind(k),
            EntityKind::Country | EntityKind::Organization | EntityKind::Person
        ))
    .then_some(k)
}

/// Nouns of a call made to someone, with the type and CAMEO code of the appeal they state.
const APPEAL_NOUNS: &[(&str, &str, &str)] = &[
    ("call", "appeals", "020"),
    ("calls", "appeals", "020"),
    ("appeal", "appeals", "020"),
    ("appeals", "appeals", "020"),
    ("plea", "appeals", "020"),
    ("pleas", "appeals", "020"),
    ("request", "appeals", "020"),
    ("requests", "appeals", "020"),
    ("demand", "demands", "100"),
    ("demands", "demands", "100"),
];

/// "rejected the Greens' call to ...", "accepted Japan's request for ...": when the object at
/// `span` is the possessor of a noun of appeal (within the clause ending at `end`), the type and
/// code of the appeal its possessor made.
fn possessed_appeal(doc: &Doc<'_>, span: Span, end: usize) -> Option<(&'static str, &'static str)> {
    let k = doc
        .mention_covering(span.start)
        .filter(|&k| doc.mentions[k].span == span && doc.is_possessor(k))?;
    let n = token_after(doc, k) + 1;
    if !in_clause(doc, end, n) {
        return None;
    }
    let w = doc.word_cow(n);
    APPEAL_NOUNS
        .iter()
        .find(|(noun, _, _)| *noun == w.as_ref())
        .map(|&(_, ty, code)| (ty, code))
}

/// The mention opening at token `j`, or right after a title word opening there ("questioned
/// Mr. Smith's veracity": the name starts after "Mr.", which no mention covers).
fn name_after_title(doc: &Doc<'_>, j: usize) -> Option<usize> {
    let first = doc.tokens.get(j)?;
    let start = match title_covering(doc, first.span) {
        Some(end) if doc.mention_covering(first.span.start).is_none() => {
            doc.tokens.get(doc.token_at_or_after(end))?.span.start
        }
        _ => first.span.start,
    };
    doc.mention_covering(start)
        .filter(|&k| doc.mentions[k].span.start == start)
}

/// "the U.S.-backed government of X", "Iranian-backed Hezbollah": the backer is mention `k`
/// right before the hyphen, the one backed the name opening at token `next` (after "-backed"):
/// a named state, body or person that is no possessor, or a demonym before "government" or
/// "regime" (a demonym before other nouns names a people's fighters, not the state).
fn backed_premodifier(doc: &Doc<'_>, k: usize, ti: usize) -> Option<(Arg, Arg)> {
    let side = |k: usize| {
        matches!(
            doc.kind(k),
            EntityKind::Country | EntityKind::Organization | EntityKind::Person
        )
    };
    let next = doc.tokens.get(ti + 1)?;
    let b = doc
        .mention_covering(next.span.start)
        .filter(|&b| doc.mentions[b].span.start == next.span.start)?;
    let demonym_state = doc.mentions[b].form == crate::ner::Form::Demonym
        && matches!(
            doc.word_cow(token_after(doc, b)).as_ref(),
            "government" | "regime"
        );
    let named =
        doc.mentions[b].form == crate::ner::Form::Name && !doc.is_possessor(b) || demonym_state;
    (side(k) && side(b) && named && doc.res.entity_of[k] != doc.res.entity_of[b])
        .then(|| Some((arg(doc, k)?, arg(doc, b)?)))
        .flatten()
}

/// "Kenyan-backed", "NATO-backed": a word token ending "-backed" whose name before the hyphen
/// backs the name after it ([`backed_premodifier`]); "U.S.-backed", split at the hyphen, is a
/// trigger of its own ([`rela22_args`]). The backing is a fact the phrase presupposes.
fn backed_compound(
    doc: &Doc<'_>,
    si: usize,
    range: std::ops::Range<usize>,
    lowered: &[Cow<'_, str>],
    out: &mut Vec<RelationRecord>,
) {
    const SUFFIX: &str = "-backed";
    let sent = doc.sentences[si].span;
    for ti in range {
        let w = lowered[ti].as_ref();
        if w.len() <= SUFFIX.len() || !w.ends_with(SUFFIX) {
            continue;
        }
        let t = doc.tokens[ti].span;
        let Some(k) = doc
            .mention_covering(t.start)
            .filter(|&k| doc.mentions[k].span.end + SUFFIX.len() == t.end)
        else {
            continue;
        };
        let Some((a, b)) = backed_premodifier(doc, k, ti) else {
            continue;
        };
        let ev = Span::new(a.span.start, b.span.end.min(sent.end));
        out.push(sentence_record(
            doc,
            (
                &doc.res.entities[a.entity].id,
                &doc.res.entities[b.entity].id,
            ),
            ("supports", "050", "event/verb/back/premodifier"),
            Modality::Asserted,
            (sent, ev),
        ));
    }
}

/// Debt a guarantor stands behind ("The issue is guaranteed by X", "the bonds, guaranteed by
/// X,"); "it" stands for the issue the article is about.
const DEBT_NOUNS: &[&str] = &[
    "bond",
    "bonds",
    "borrowing",
    "credit",
    "debentures",
    "debt",
    "deal",
    "eurobond",
    "eurobonds",
    "facility",
    "issue",
    "it",
    "loan",
    "loans",
    "note",
    "notes",
    "paper",
    "placement",
    "securities",
    "transaction",
    "warrants",
];

/// Words between the debt and "guaranteed by": "is", "will be", "unconditionally", ",".
const GUARANTEE_GAP: &[&str] = &[
    ",",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "will",
    "would",
    "to",
    "also",
    "fully",
    "jointly",
    "unconditionally",
    "irrevocably",
    "explicitly",
    "pct",
    "percent",
    "100",
];

/// Verbs of raising money whose subject borrows it: "X is issuing a 10 billion yen eurobond",
/// "X launched a 75 mln ECU bond", "X is raising 150 mln marks".
const ISSUING_VERBS: &[&str] = &[
    "issuing",
    "issued",
    "issues",
    "raising",
    "raised",
    "launching",
    "launched",
    "borrowing",
    "borrowed",
    "tapping",
];

/// (relw26) "The issue is guaranteed by Denmark": the guarantor backs the borrower (CAMEO 061,
/// economic cooperation). The debt opens the passive, right before "guaranteed by" (a comma,
/// "is", "will be", "unconditionally" between). The borrower is the possessor of the debt
/// ("X's senior debt, guaranteed by Y"), else the subject of the sentence when it issues the
/// debt itself ("X is issuing a bond guaranteed by Y"), else the subject of the first
/// sentence of the article that issues or raises money. The guarantor is a company or a state
/// named after "by"; "guaranteed by the parent" names no one.
fn guaranteed_debt(
    doc: &Doc<'_>,
    si: usize,
    range: std::ops::Range<usize>,
    lowered: &[Cow<'_, str>],
    quotes: &[QuoteOut],
    out: &mut Vec<RelationRecord>,
) {
    let sent = doc.sentences[si].span;
    let body = |e: usize| {
        matches!(
            doc.res.entities[e].kind,
            EntityKind::Organization | EntityKind::Country
        )
    };
    for ti in range.clone() {
        if lowered[ti] != "guaranteed" || ti + 1 >= range.end || lowered[ti + 1] != "by" {
            continue;
        }
        let Some(g) = object_np(doc, ti + 1, sent.end, &["by"], true, false)
            .and_then(|k| described_head(doc, k))
            .and_then(|k| arg(doc, k))
            .filter(|a| body(a.entity))
        else {
            continue;
        };
        let Some(d) = (range.start..ti)
            .rev()
            .take(6)
            .find(|&j| !GUARANTEE_GAP.contains(&lowered[j].as_ref()))
            .filter(|&j| DEBT_NOUNS.contains(&lowered[j].as_ref()))
        else {
            continue;
        };
        let subject_issuing = |span: Span| {
            sentence_subject(doc, span).filter(|a| {
                doc.tokens_in(Span::new(a.span.end, span.end))
                    .take(6)
                    .any(|j| ISSUING_VERBS.contains(&doc.word_cow(j).as_ref()))
            })
        };
        let debt = doc.tokens[d].span;
        // "Caesars World Finance Corp's B-plus subordinated debt".
        let possessor = (range.start + 1..d)
            .rev()
            .take(4)
            .take_while(|&j| !matches!(lowered[j].as_ref(), "the" | "a" | "an" | "," | "its"))
            .find(|&j| matches!(lowered[j].as_ref(), "'s" | "’s"))
            .and_then(|j| doc.mention_ending_at(doc.tokens[j - 1].span.end));
        let borrower = possessor
            .and_then(|k| arg(doc, k))
            .or_else(|| subject_issuing(Span::new(sent.start, debt.start)))
            .or_else(|| {
                (0..si)
                    .map(|i| doc.sentences[i].span)
                    .find_map(subject_issuing)
            })
            .filter(|a| body(a.entity) && a.entity != g.entity);
        let Some(b) = borrower else {
            continue;
        };
        let t = doc.tokens[ti].span;
        let in_quote = quotes.iter().any(|q| q.content.contains(t));
        let modality = modality(doc, sent, t, in_quote, TriggerPos::Verb, false, None);
        out.push(sentence_record(
            doc,
            (
                &doc.res.entities[g.entity].id,
                &doc.res.entities[b.entity].id,
            ),
            ("cooperates", "061", "event/business/guarantee"),
            modality,
            (sent, Span::new(debt.start, g.span.end)),
        ));
    }
}

/// Verbs of buying a company that a reduced passive after its name may hold.
const PURCHASE_LEMMAS: &[&str] = &["acquire", "buy", "purchase", "take over"];

/// "Delta Foods Inc, recently acquired by Orion Inc,": a company named right before a comma
/// (an adverb allowed after it) is bought by the side named right after the "by" that follows
/// the verb.
fn appositive_purchase(doc: &Doc<'_>, tr: &Trigger<'_>) -> Option<(Arg, Arg)> {
    if !PURCHASE_LEMMAS.contains(&tr.entry.lemma.as_str()) || tr.ti < 2 {
        return None;
    }
    let mut c = tr.ti - 1;
    let adv = doc.word_cow(c);
    if matches!(
        adv.as_ref(),
        "recently" | "newly" | "later" | "since" | "subsequently"
    ) {
        c -= 1;
    }
    if c == 0 || doc.tokens[c].text(doc.text) != "," || doc.word_cow(tr.tlast + 1) != "by" {
        return None;
    }
    let bought = doc
        .mention_covering(doc.tokens[c - 1].span.start)
        .filter(|&k| doc.mentions[k].span.end == doc.tokens[c].span.start)?;
    let by = doc.tokens.get(tr.tlast + 2)?;
    let buyer = doc
        .mention_covering(by.span.start)
        .filter(|&k| doc.mentions[k].span.start == by.span.start)?;
    (doc.kind(bought) == EntityKind::Organization
        && matches!(
            doc.kind(buyer),
            EntityKind::Organization | EntityKind::Person
        )
        && !doc.is_possessor(buyer)
        && doc.res.entity_of[bought] != doc.res.entity_of[buyer])
        .then(|| Some((arg(doc, buyer)?, arg(doc, bought)?)))
        .flatten()
}

/// Nouns of a pact or a forum that a capital before them names the place of: "the Paris
/// agreement", "the Paris club of creditors".
const PACT_NOUNS: &[&str] = &[
    "agreement",
    "agreements",
    "accord",
    "accords",
    "pact",
    "treaty",
    "club",
    "declaration",
    "protocol",
    "consensus",
    "conference",
    "summit",
];

/// "support the February 22 Paris agreement": a capital standing for its state at `span` is the
/// place of a pact or a forum named by the noun after it.
fn capital_names_pact(doc: &Doc<'_>, span: Span) -> bool {
    doc.mention_covering(span.start).is_some_and(|k| {
        doc.mentions[k].form == crate::ner::Form::Capital
            && PACT_NOUNS.contains(&doc.word_cow(token_after(doc, k)).as_ref())
    })
}

/// Infinitives after "want X to" / "tell X to" that ask nothing of X: "wanted Will to win",
/// "want the UK to be prosperous", "want Mike to get better".
const NO_ACT_VERBS: &[&str] = &[
    "be",
    "become",
    "win",
    "stay",
    "remain",
    "get",
    "succeed",
    "feel",
    "know",
    "have",
    "come",
    "go",
    "keep",
    "continue",
    "do",
    "see",
    "hear",
    "understand",
    "think",
    "believe",
    "look",
    "like",
    "enjoy",
    "lose",
    "die",
    "live",
];

/// (rel33) Verbs of [`NO_ACT_VERBS`] that after "told X to" still order a move: "told X to go
/// home", "told X to get out", "told X to stay away" (only "wanted X to go" wishes).
const TOLD_MOVES: &[&str] = &["go", "get", "stay", "keep", "come"];

/// "wants the IMF to soften its terms", "told Japan to resolve the row": a named state, body or
/// person right after the verb ending at `tr.tlast` (a "the" allowed before it), no possessor
/// or modifier of a common noun, followed by "to" and a lower-case verb that asks it to act.
fn object_to_act(doc: &Doc<'_>, tr: &Trigger<'_>) -> Option<usize> {
    let mut j = tr.tlast + 1;
    if doc.word_cow(j) == "the" {
        j += 1;
    }
    let k = name_after_title(doc, j)?;
    (matches!(
        doc.kind(k),
        EntityKind::Country | EntityKind::Organization | EntityKind::Person
    ) && !doc.is_possessor(k)
        && asked_to_act(doc, tr, token_after(doc, k)))
    .then_some(k)
}

/// True when "to" and a lower-case verb that asks its object to act, in the trigger's clause,
/// come at token `j` (after a short time adjunct): the rest of [`object_to_act`], also asked
/// after an object pronoun ("told him to go home").
fn asked_to_act(doc: &Doc<'_>, tr: &Trigger<'_>, j: usize) -> bool {
    let to = past_time_adjunct(doc, j);
    doc.tokens.get(to + 1).is_some_and(|verb| {
        in_clause(doc, tr.cl.end, to + 1)
            && doc.word_cow(to) == "to"
            && verb.kind == TokenKind::Word
            && verb.text(doc.text).starts_with(char::is_lowercase)
            && (!NO_ACT_VERBS.contains(&doc.word_cow(to + 1).as_ref())
                || tr.entry.lemma == "tell" && TOLD_MOVES.contains(&doc.word_cow(to + 1).as_ref()))
    })
}

/// The token after a short time adjunct starting at token `j` ("on Monday", "yesterday",
/// "last week", "this month"), or `j` when none starts there: "told Japan on Monday to cut".
fn past_time_adjunct(doc: &Doc<'_>, j: usize) -> usize {
    let w = doc.word_cow(j);
    match w.as_ref() {
        "yesterday" | "today" | "tonight" => j + 1,
        "on" if crate::text::WEEKDAY_NAMES.contains(&doc.word_cow(j + 1).as_ref()) => j + 2,
        "last" | "this" | "next" if TIME_NOUNS.contains(&doc.word_cow(j + 1).as_ref()) => j + 2,
        _ => j,
    }
}

// ---- rela23v: finite verbs between named actors ----

/// What [`rela23v_args`] changes besides the arguments: the event's type and CAMEO code, and
/// the clause its modality is read in.
#[derive(Default)]
struct Rela23v {
    code: Option<(&'static str, &'static str)>,
    modality_clause: Option<Span>,
}

/// The arguments of rela23v's verb shapes: "Allied Stores, which Campeau acquired last year"
/// ([`object_relative`]); "Iran denied the reports, and warned the United States" (the subject
/// of a coordinated verb phrase, [`coordinated_verb`]); "rejected criticism from X"
/// ([`judgement_from`]); "attacked Japan's fiscal policy" (words, coded 111:
/// [`attacked_policy`]). A finite verb after "and" reads its modality after the "and" ("denied
/// the reports and warned X" is no negated warning).
fn rela23v_args(
    doc: &Doc<'_>,
    tr: &Trigger<'_>,
    noun: bool,
    src: &mut Option<Arg>,
    tgt: &mut Vec<Arg>,
) -> Rela23v {
    let mut out = Rela23v::default();
    if noun {
        return out;
    }
    let and = coordinated_verb(doc, tr.ti);
    if let Some(and) = and {
        out.modality_clause = Some(Span::new(
            doc.tokens[and].span.end,
            tr.cl.end.max(doc.tokens[and].span.end),
        ));
    }
    if let Some((s, t)) = object_relative(doc, tr) {
        (*src, *tgt) = (Some(s), vec![t]);
        return out;
    }
    if src.is_none() {
        // "Iran said the reports were baseless, and warned the United States": the subject
        // of the sentence before the coordinated verb phrase.
        // (Not a phrase inside a participle clause: "X sued Y, claiming he came up with the
        // idea and persuaded Z".)
        let participle = |and: usize| {
            doc.tokens_in(Span::new(tr.sent.start, doc.tokens[and].span.start))
                .any(|i| {
                    doc.tokens[i].text(doc.text) == "," && doc.word_cow(i + 1).ends_with("ing")
                })
        };
        if let Some(and) = and.filter(|&a| !participle(a)) {
            let before = Span::new(tr.sent.start, doc.tokens[and].span.start.max(tr.sent.start));
            *src = sentence_subject(doc, before).filter(|a| {
                !a.span.is_empty()
                    && matches!(
                        doc.res.entities[a.entity].kind,
                        EntityKind::Person | EntityKind::Organization | EntityKind::Country
                    )
            });
        }
    }
    if tgt.is_empty() {
        if let Some(k) = judgement_from(doc, tr) {
            tgt.extend(arg(doc, k));
        }
    }
    if attacked_policy(doc, tr, tgt) {
        out.code = Some(("criticizes", "111"));
    }
    out
}

/// Words between "and" and the finite verb it coordinates ("and also warned").
const COORDINATED_GAP: &[&str] = &["also", "then", "later", "subsequently", "again"];

/// "denied the reports and warned X", "said the plan was dead, and accused Y": the "and"
/// (token index) right before the finite verb at `ti` (a past or "-s" form, an adverb allowed
/// between) that coordinates it with an earlier verb phrase with an object of its own (not
/// "has met and criticised", where the two share their auxiliary).
fn coordinated_verb(doc: &Doc<'_>, ti: usize) -> Option<usize> {
    let w = doc.word_cow(ti);
    let finite = w.ends_with("ed") || w.ends_with('s') && !w.ends_with("ss");
    if !finite || ti < 3 {
        return None;
    }
    let mut j = ti - 1;
    while COORDINATED_GAP.contains(&doc.word_cow(j).as_ref())
        || doc.word_cow(j).len() > 4 && doc.word_cow(j).ends_with("ly")
    {
        j = j.checked_sub(1)?;
    }
    if doc.word_cow(j) != "and" || j < 2 {
        return None;
    }
    let mut p = j - 1;
    if doc.tokens[p].text(doc.text) == "," {
        p -= 1;
    }
    let pw = doc.word_cow(p);
    (doc.tokens[p].kind == TokenKind::Word
        && !doc.pipeline.extractor.is_event_verb(&pw)
        && !ACTOR_GAP.contains(&pw.as_ref())
        && !matches!(pw.as_ref(), "said" | "says" | "told"))
    .then_some(j)
}

/// "Allied Stores Corp, which Campeau acquired last year", "Iran, which Washington has
/// accused of ...": in a relative clause whose pronoun is the verb's object, the name before
/// ", which" (or ", whom") is the target and the name right after the pronoun the actor; the
/// verb has no object of its own (a preposition, a time word, an adverb or a punctuation mark
/// follows it).
fn object_relative(doc: &Doc<'_>, tr: &Trigger<'_>) -> Option<(Arg, Arg)> {
    // The actor: a name ending right before the verb (auxiliaries and adverbs between).
    let mut j = tr.ti.checked_sub(1)?;
    while ACTOR_GAP.contains(&doc.word_cow(j).as_ref())
        || doc.word_cow(j).len() > 4 && doc.word_cow(j).ends_with("ly")
    {
        j = j.checked_sub(1)?;
    }
    let s = doc
        .mention_covering(doc.tokens[j].span.start)
        .filter(|&s| doc.mentions[s].span.end == doc.tokens[j].span.end)?;
    let w = doc
        .token_at_or_after(doc.mentions[s].span.start)
        .checked_sub(1)?;
    if !matches!(doc.word_cow(w).as_ref(), "which" | "whom") || w < 2 {
        return None;
    }
    if doc.tokens[w - 1].text(doc.text) != "," {
        return None;
    }
    let t = doc
        .mention_ending_at(doc.tokens[w - 1].span.start)
        .filter(|&t| {
            !doc.is_modifier(t) && !doc.is_possessor(t) && !is_weapon(doc, t) && !after_of(doc, t)
        })?;
    // ("X of the U.S., which Acme agreed last year to acquire": the verb's object is the
    // infinitive's; only a company is bought or sold.)
    if tr.entry.rel_type == "agrees"
        || (tr.tlast + 1..tr.tlast + 5).any(|i| i < doc.tokens.len() && doc.word_cow(i) == "to")
        || matches!(tr.entry.rel_type.as_str(), "buys" | "sells")
            && doc.kind(t) != EntityKind::Organization
    {
        return None;
    }
    // The verb's object slot is empty.
    let next = doc.tokens.get(tr.tlast + 1)?;
    let nw = doc.word_cow(tr.tlast + 1);
    let empty = next.kind != TokenKind::Word
        || PREPOSITIONS.contains(&nw.as_ref())
        || matches!(
            nw.as_ref(),
            "last" | "this" | "earlier" | "recently" | "previously" | "yesterday" | "today"
        )
        || nw.len() > 4 && nw.ends_with("ly");
    let side = |k: usize| {
        matches!(
            doc.kind(k),
            EntityKind::Person | EntityKind::Organization | EntityKind::Country
        )
    };
    (empty
        && side(s)
        && side(t)
        && !doc.is_modifier(s)
        && doc.res.entity_of[s] != doc.res.entity_of[t])
        .then(|| Some((arg(doc, s)?, arg(doc, t)?)))
        .flatten()
}

/// Is mention `k` the complement of an "of" ("Ideal Basic of the U.S.", "a unit of X"), a
/// "the" allowed between?
fn after_of(doc: &Doc<'_>, k: usize) -> bool {
    let mut j = doc.token_at_or_after(doc.mentions[k].span.start);
    if j > 0 && doc.word_cow(j - 1) == "the" {
        j -= 1;
    }
    j > 0 && doc.word_cow(j - 1) == "of"
}

/// Criticism, attacks and claims a side rejects ("rejected criticism from X", "dismissed
/// attacks by X").
const JUDGED_NOUNS: &[&str] = &[
    "criticism",
    "criticisms",
    "attack",
    "attacks",
    "complaint",
    "complaints",
    "claim",
    "claims",
    "allegation",
    "allegations",
    "charge",
    "charges",
    "accusation",
    "accusations",
    "suggestion",
    "suggestions",
    "remarks",
    "comments",
];

/// "rejected criticism from X", "dismissed attacks by X", "denies charges by X": the named side
/// after "from"/"by" behind a noun of [`JUDGED_NOUNS`] (within three words of a verb of
/// rejection) rejected.
fn judgement_from(doc: &Doc<'_>, tr: &Trigger<'_>) -> Option<usize> {
    if tr.entry.rel_type != "rejects" {
        return None;
    }
    let by = noun_then(doc, tr.tlast, tr.cl.end, 3, JUDGED_NOUNS, &["from", "by"])?;
    object_np(doc, by + 1, tr.cl.end, &[], false, false).filter(|&k| {
        !modifies_common_noun(doc, k)
            && matches!(
                doc.kind(k),
                EntityKind::Person | EntityKind::Organization | EntityKind::Country
            )
    })
}

/// What a side does in words and law that another attacks in words: "attacked Japan's fiscal
/// policy", "targets Clinton's foreign policy".
const POLICY_NOUNS: &[&str] = &[
    "policy",
    "policies",
    "plan",
    "plans",
    "proposal",
    "proposals",
    "record",
    "stance",
    "handling",
    "decision",
    "budget",
    "remarks",
    "comments",
    "position",
    "approach",
    "strategy",
    "reforms",
    "programme",
    "program",
    "bill",
    "legislation",
    "leadership",
];

/// "The United States attacked Japan's tight-fisted fiscal policy": an attack verb whose one
/// target is the possessor of a policy noun (two lower-case words may stand before it) is a
/// verbal attack, whoever the actor is.
fn attacked_policy(doc: &Doc<'_>, tr: &Trigger<'_>, tgt: &[Arg]) -> bool {
    if !matches!(
        tr.entry.lemma.as_str(),
        "attack" | "hit" | "assault" | "target" | "pound"
    ) {
        return false;
    }
    let [t] = tgt else {
        return false;
    };
    let Some(k) = doc.mention_covering(t.span.start) else {
        return false;
    };
    if !doc.is_possessor(k) {
        return false;
    }
    let n = token_after(doc, k) + 1;
    (n..n + 3)
        .take_while(|&j| {
            in_clause(doc, tr.cl.end, j)
                && doc.tokens[j].kind == TokenKind::Word
                && doc.tokens[j].text(doc.text).starts_with(char::is_lowercase)
        })
        .any(|j| POLICY_NOUNS.contains(&doc.word_cow(j).as_ref()))
}

// ---- rela23n: loans and aid extended, partnerships formed together ----

/// Nouns of what a giver extends to a recipient: "a 90 mln dlr loan to X", "new credits to X".
pub(crate) const EXTENDED_NOUNS: &[&str] = &[
    "loan",
    "loans",
    "credit",
    "credits",
    "aid",
    "grant",
    "grants",
    "assistance",
    "financing",
    "funds",
];

/// Verbs that extend a loan, credit or aid to its recipient: "extended a loan to X",
/// "approved a 90 mln dlr loan for X", "pledged fresh funds to X".
const EXTENDING_VERBS: &[&str] = &[
    // "said it would support a 500 mln dlr bridging loan for Argentina".
    "support",
    "supports",
    "supported",
    "supporting",
    "backed",
    "back",
    "backs",
    "backing",
    "extended",
    "extend",
    "extends",
    "extending",
    "granted",
    "grant",
    "grants",
    "granting",
    "approved",
    "approve",
    "approves",
    "approving",
    "gave",
    "give",
    "gives",
    "giving",
    "provided",
    "provide",
    "provides",
    "providing",
    "offered",
    "offer",
    "offers",
    "promised",
    "promises",
    "pledged",
    "pledges",
    "lent",
    "lend",
    "lends",
];

/// "Japan has extended a 24 billion yen loan to Bangladesh", "the World Bank said it approved
/// a 90 mln dlr loan for Peru", "will extend new credits to X": a state or a public body that
/// extends a loan, credit or aid ([`aid_giver`]) aids the country or organisation named right
/// after "to"/"for" (not a possessor: "to X's largest bank"; not a modifier: "to U.S.
/// banks"). Between the verb and the noun only amounts, currencies and lower-case modifiers
/// ("a 200 mln U.S. dlr credit"). Also "X is to lend Sudan 57 mln dlrs", "X has lent 200 mln
/// francs to Y" ([`lent_to`]). Adds nothing the sentence already gave.
fn extended_aid(
    doc: &Doc<'_>,
    si: usize,
    range: std::ops::Range<usize>,
    lowered: &[Cow<'_, str>],
    (quotes, affils): (&[QuoteOut], &[Affil]),
    out: &mut Vec<RelationRecord>,
) {
    for ni in range.clone() {
        if let Some(k) = lent_to(doc, ni, range.end, lowered) {
            push_aid(doc, si, ni, k, "event/verb/lend", (quotes, affils), out);
            continue;
        }
        // "a credit line to X", "a credit facility for X": the credit's own noun.
        let credit_line = ni > range.start
            && matches!(
                lowered[ni].as_ref(),
                "line" | "lines" | "facility" | "facilities"
            )
            && lowered[ni - 1] == "credit";
        if !(EXTENDED_NOUNS.contains(&lowered[ni].as_ref()) || credit_line)
            || !doc.tokens[ni]
                .text(doc.text)
                .starts_with(char::is_lowercase)
        {
            continue;
        }
        // The preposition right after the noun, or after its amount ("a loan of 200 mln
        // dlrs to Indonesia").
        let mut p = ni + 1;
        if lowered.get(p).is_some_and(|w| w == "of") {
            p += 1;
            while p < range.end
                && p < ni + 8
                && (is_amount(&lowered[p])
                    || CURRENCIES.contains(&lowered[p].as_ref())
                    || doc.tokens[p].kind == TokenKind::Number
                    || NUMBER_WORDS.contains(&lowered[p].as_ref())
                    || matches!(lowered[p].as_ref(), "about" | "some" | "up" | "u.s." | "us"))
            {
                p += 1;
            }
            if p == ni + 2 {
                continue;
            }
        }
        if p + 1 >= range.end || !matches!(lowered[p].as_ref(), "to" | "for") {
            continue;
        }
        // The recipient right after the preposition (past "the" and an owner's hyphenated
        // word: "to state-owned Industrial Finance Corp").
        let mut r = p + 1;
        if lowered[r] == "the" {
            r += 1;
        }
        if r + 1 < range.end && OWNED_WORDS.contains(&lowered[r].as_ref()) {
            r += 1;
        }
        let Some(k) = doc.tokens.get(r).and_then(|t| {
            doc.mention_covering(t.span.start)
                .filter(|&k| doc.mentions[k].span.start == t.span.start)
        }) else {
            continue;
        };
        if !aid_recipient(doc, k) {
            continue;
        }
        // The verb before the noun, past the amount and its modifiers.
        let mut j = ni;
        let mut verb = None;
        for _ in 0..9 {
            if j <= range.start {
                break;
            }
            j -= 1;
            let w = lowered[j].as_ref();
            if EXTENDING_VERBS.contains(&w) {
                verb = Some(j);
                break;
            }
            // "extended a 100 mln dlr line of credit to X".
            if w == "of" && j > range.start && lowered[j - 1] == "line" {
                continue;
            }
            let t = doc.tokens[j];
            if let Some(m) = doc.mention_covering(t.span.start) {
                // "a 200 mln U.S. dlr credit": a currency's country is part of the amount.
                if doc.kind(m) == EntityKind::Country
                    && CURRENCIES.contains(&lowered[(j + 1).min(range.end - 1)].as_ref())
                {
                    j = doc.token_at_or_after(doc.mentions[m].span.start);
                    continue;
                }
                break;
            }
            let filler = is_amount(w)
                || CURRENCIES.contains(&w)
                || DETERMINERS.contains(&w)
                || matches!(t.text(doc.text), "." | "," | "-")
                || t.kind == TokenKind::Number
                || t.kind == TokenKind::Word
                    && t.text(doc.text).starts_with(char::is_lowercase)
                    && !PREPOSITIONS.contains(&w)
                    && !matches!(w, "and" | "or" | "but" | "that" | "which" | "who");
            if !filler {
                break;
            }
        }
        if let Some(v) = verb {
            push_aid(
                doc,
                si,
                v,
                k,
                "event/noun/funding/extended",
                (quotes, affils),
                out,
            );
        }
    }
}

/// Hyphenated words of ownership that may stand before a recipient's name: "a loan to
/// state-owned X".
const OWNED_WORDS: &[&str] = &[
    "state-owned",
    "state-run",
    "government-owned",
    "government-run",
    "publicly-owned",
    "privately-owned",
];

/// Number words that may open an amount: "borrow two billion dlrs from X".
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "several",
];

/// Verbs by which a country takes a loan: "received its first loans from X", "will borrow two
/// billion dlrs from X".
const BORROWING_VERBS: &[&str] = &[
    "receive", "receives", "received", "borrow", "borrows", "borrowed", "obtained", "secured",
];

/// Words between a borrower and its verb: "India, which received", "China is expected to
/// receive", "India will borrow".
const BORROWER_GAP: &[&str] = &[
    ",", "which", "has", "have", "had", "will", "would", "is", "are", "was", "expected", "to",
    "also", "already", "could", "may", "plans", "hopes", "wants",
];

/// Nouns for one who killed the person named before them ("the victim's killer").
const KILLER_NOUNS: &[&str] = &["killer", "murderer", "assassin"];

/// (rel34) "Jane Roe's killer, John Doe, pleaded guilty", "John Doe, Jane Roe's murderer,":
/// the person in apposition to a possessed killer noun killed its possessor. Only a possessive
/// right before the noun ("her alleged killer" hedges and is left alone).
fn killer_apposition(
    doc: &Doc<'_>,
    si: usize,
    range: std::ops::Range<usize>,
    lowered: &[Cow<'_, str>],
    out: &mut Vec<RelationRecord>,
) {
    let person = |k: usize| doc.kind(k) == EntityKind::Person && doc.id(k).is_some();
    for v in range.clone().skip(1) {
        if !KILLER_NOUNS.contains(&lowered[v].as_ref()) {
            continue;
        }
        let vt = doc.tokens[v].span;
        // The victim: a person whose possessive "'s" stands right before the noun.
        let Some(victim) = doc
            .mentions_in(Span::new(doc.tokens[range.start].span.start, vt.start))
            .into_iter()
            .rev()
            .find(|&k| person(k) && doc.is_possessor(k))
            .filter(|&k| {
                let end = doc.mentions[k].span.end;
                let pe = end
                    + if doc.text[end..].starts_with('\'') {
                        2
                    } else {
                        "\u{2019}s".len()
                    };
                pe <= vt.start && doc.text[pe..vt.start].trim().is_empty()
            })
        else {
            continue;
        };
        // The killer: the person right after ", " or right before ", " and the victim.
        let after = doc
            .mention_covering(vt.end)
            .or_else(|| {
                let rest = &doc.text[vt.end..];
                let gap = rest.len() - rest.strip_prefix(',')?.trim_start().len();
                doc.mention_covering(vt.end + gap)
            })
            .filter(|&k| person(k) && doc.mentions[k].span.start > vt.end);
        let vm = doc.mentions[victim].span;
        let before = (0..victim)
            .rev()
            .find(|&k| doc.mentions[k].span.end <= vm.start)
            .filter(|&k| person(k) && doc.text[doc.mentions[k].span.end..vm.start].trim() == ",");
        let Some(killer) = after.or(before) else {
            continue;
        };
        let (ke, ve) = (doc.res.entity_of[killer], doc.res.entity_of[victim]);
        let (Some(ke), Some(ve)) = (ke, ve) else {
            continue;
        };
        if ke == ve {
            continue;
        }
        let km = doc.mentions[killer].span;
        let sent = doc.sentences[si].span;
        let ev = Span::new(km.start.min(vm.start), km.end.max(vt.end));
        out.push(sentence_record(
            doc,
            (&doc.res.entities[ke].id, &doc.res.entities[ve].id),
            ("kills", "1823", "event/noun/killer/apposition"),
            Modality::Asserted,
            (sent, ev),
        ));
    }
}

/// "India, which received its first loans from the Asian Development Bank", "India will borrow
/// two billion dlrs from the World Bank", "China is expected to receive its first ADB loan": a
/// state or public body (the name after "from", or the one modifying the loan noun) aids the
/// country or organisation named right before the verb of borrowing. Nothing when a loan
/// noun is missing, except after "borrow" with "from".
fn borrowed_from(
    doc: &Doc<'_>,
    si: usize,
    range: std::ops::Range<usize>,
    lowered: &[Cow<'_, str>],
    quotes: &[QuoteOut],
    out: &mut Vec<RelationRecord>,
) {
    for v in range.clone() {
        if !BORROWING_VERBS.contains(&lowered[v].as_ref()) {
            continue;
        }
        let Some(k) = borrower(doc, range.start, v) else {
            continue;
        };
        let Some(g) = lender_after(doc, v, range.end, lowered) else {
            continue;
        };
        let e = &doc.res.entities[g.entity];
        let public = e.kind == EntityKind::Country
            || e.kind == EntityKind::Organization && super::quotes::public_body(doc, g.entity);
        let Some(tgt) = arg(doc, k).filter(|t| public && t.entity != g.entity) else {
            continue;
        };
        let sent = doc.sentences[si].span;
        let giver = &doc.res.entities[g.entity].id;
        let tgt_id = &doc.res.entities[tgt.entity].id;
        if aid_stated_in(out, giver, tgt_id, sent) {
            continue;
        }
        let vt = doc.tokens[v].span;
        let cl = clause(doc, sent, v);
        let ev = Span::new(tgt.span.start, g.span.end.max(vt.end));
        out.push(aid_record(
            doc,
            quotes,
            (cl, sent, vt),
            (&g, &tgt),
            ev,
            ("071", "event/noun/funding/borrowed"),
        ));
    }
}

/// The borrower before the verb at token `v`: a country or an organisation named no earlier
/// than `start`, only [`BORROWER_GAP`] words between it and the verb, not a possessor or
/// modifier.
fn borrower(doc: &Doc<'_>, start: usize, v: usize) -> Option<usize> {
    let mut j = v;
    while j > start {
        j -= 1;
        if let Some(k) = doc.mention_covering(doc.tokens[j].span.start) {
            return aid_recipient(doc, k).then_some(k);
        }
        if !BORROWER_GAP.contains(&doc.word_cow(j).as_ref()) {
            return None;
        }
    }
    None
}

/// The lender after a verb of borrowing at token `v`: past a determiner, an amount and
/// lower-case modifiers to a loan noun, either the name right before that noun ("its first
/// ADB loan") or the one right after the "from" that follows it ("loans from the ADB"). After
/// "borrow" the noun may be missing ("borrow two billion dlrs from X").
fn lender_after(doc: &Doc<'_>, v: usize, end: usize, lowered: &[Cow<'_, str>]) -> Option<Arg> {
    let borrow = lowered[v].starts_with("borrow");
    let mut j = v + 1;
    let mut noun = false;
    let mut modifier = None;
    while j < end && j <= v + 9 {
        let w = lowered[j].as_ref();
        let t = doc.tokens[j];
        if w == "from" && (noun || borrow) {
            let mut r = j + 1;
            if r < end && lowered[r] == "the" {
                r += 1;
            }
            let k = doc.tokens.get(r).and_then(|t| {
                doc.mention_covering(t.span.start)
                    .filter(|&k| doc.mentions[k].span.start == t.span.start)
            })?;
            return (!doc.is_modifier(k) && !doc.is_possessor(k))
                .then(|| arg(doc, k))
                .flatten();
        }
        if noun {
            // A year or time after the noun ("loans in 1986 from"): no lender named.
            return modifier.and_then(|k| arg(doc, k));
        }
        if EXTENDED_NOUNS.contains(&w) && t.text(doc.text).starts_with(char::is_lowercase) {
            noun = true;
            j += 1;
            continue;
        }
        if let Some(k) = doc.mention_covering(t.span.start) {
            // "its first ADB loan": a name modifying the noun.
            let after = doc.token_at_or_after(doc.mentions[k].span.end);
            if after < end && EXTENDED_NOUNS.contains(&lowered[after].as_ref()) {
                modifier = Some(k);
                j = after;
                continue;
            }
            return None;
        }
        let filler = is_amount(w)
            || NUMBER_WORDS.contains(&w)
            || CURRENCIES.contains(&w)
            || DETERMINERS.contains(&w)
            || matches!(w, "its" | "their" | "first" | "new" | "further" | "fresh")
            || t.kind == TokenKind::Number;
        if !filler {
            return None;
        }
        j += 1;
    }
    if noun {
        return modifier.and_then(|k| arg(doc, k));
    }
    None
}

/// Can mention `k` receive a loan or aid: a country or an organisation, not a possessor ("to
/// X's largest bank"), a modifier ("to U.S. banks") or a weapon.
fn aid_recipient(doc: &Doc<'_>, k: usize) -> bool {
    matches!(doc.kind(k), EntityKind::Country | EntityKind::Organization)
        && !doc.is_possessor(k)
        && !doc.is_modifier(k)
        && !is_weapon(doc, k)
}

/// Forms of "lend" (not "lending", mostly a noun: "lending to India").
pub(crate) const LEND_VERBS: &[&str] = &["lend", "lends", "lent", "loaned"];

/// "is to lend Sudan 57 mln dlrs", "will lend Ecuador up to 12.5 mln barrels", "has lent 200
/// mln francs to X": the recipient of a lending verb at token `v`, named right after it before
/// an amount, or after "to" behind a sum ([`money_given_to`]).
fn lent_to(doc: &Doc<'_>, v: usize, end: usize, lowered: &[Cow<'_, str>]) -> Option<usize> {
    if !LEND_VERBS.contains(&lowered[v].as_ref()) || v + 2 >= end {
        return None;
    }
    let mut r = v + 1;
    if lowered[r] == "the" {
        r += 1;
    }
    let first = doc.tokens.get(r).and_then(|t| {
        doc.mention_covering(t.span.start)
            .filter(|&k| doc.mentions[k].span.start == t.span.start)
    });
    if let Some(k) = first {
        let after = doc.token_at_or_after(doc.mentions[k].span.end);
        let amount = after < end
            && (doc.tokens[after].kind == TokenKind::Number
                || is_amount(&lowered[after])
                || matches!(
                    lowered[after].as_ref(),
                    "up" | "about" | "some" | "nearly" | "another" | "an" | "a"
                ));
        return (amount && doc.mentions[k].form == crate::ner::Form::Name && aid_recipient(doc, k))
            .then_some(k);
    }
    money_given_to(doc, v, doc.tokens[end - 1].span.end).filter(|&k| aid_recipient(doc, k))
}

/// The giver of a loan or aid given by the verb at token `v`: the name before it in its clause
/// (not in a prepositional phrase, not a demonym before a common noun other than a state's
/// own: "German lender X"), or the pronoun or description opening the clause. `None` unless a
/// state or a public body (a lexicon government or international body): a bank's loan to a
/// company is commerce, no aid. Nor after a passive auxiliary ("was approved") or a
/// preposition ("barred from providing").
fn aid_giver(
    doc: &Doc<'_>,
    si: usize,
    cl: Span,
    v: usize,
    (quotes, affils): (&[QuoteOut], &[Affil]),
) -> Option<Arg> {
    if v > 0
        && matches!(
            doc.word_cow(v - 1).as_ref(),
            "was" | "were" | "been" | "being" | "be" | "is" | "are" | "from"
        )
    {
        return None;
    }
    let vt = doc.tokens[v].span;
    let before = doc.mentions_in(Span::new(cl.start, vt.start));
    let src = before
        .iter()
        .rev()
        .copied()
        .find(|&m| !in_pp(doc, m) && !doc.is_modifier(m) && !is_weapon(doc, m))
        .filter(|&m| doc.mentions[m].form != crate::ner::Form::Demonym || state_body(doc, m))
        .and_then(|m| arg(doc, m))
        .or_else(|| {
            clause_subject_ref(
                doc,
                cl,
                doc.tokens_in(Span::new(cl.start, vt.start)),
                si,
                quotes,
                affils,
            )
        })?;
    let e = &doc.res.entities[src.entity];
    (e.kind == EntityKind::Country
        || e.kind == EntityKind::Organization && super::quotes::public_body(doc, src.entity))
    .then_some(src)
}

/// Records that the giver of the verb at token `v` ([`aid_giver`]) aids the recipient mention
/// `k` (rule `rule`; CAMEO 071, or 033 when intended), unless the sentence already has it.
fn push_aid(
    doc: &Doc<'_>,
    si: usize,
    v: usize,
    k: usize,
    rule: &str,
    (quotes, affils): (&[QuoteOut], &[Affil]),
    out: &mut Vec<RelationRecord>,
) {
    let sent = doc.sentences[si].span;
    let cl = clause(doc, sent, v);
    if !cl.contains(doc.mentions[k].span) {
        return;
    }
    let Some(src) = aid_giver(doc, si, cl, v, (quotes, affils)) else {
        return;
    };
    let Some(tgt) = arg(doc, k).filter(|t| t.entity != src.entity) else {
        return;
    };
    let giver = &doc.res.entities[src.entity].id;
    let tgt_id = &doc.res.entities[tgt.entity].id;
    if aid_stated_in(out, giver, tgt_id, sent) {
        return;
    }
    let vt = doc.tokens[v].span;
    let ev = Span::new(
        src.span.start.max(sent.start).min(vt.start),
        tgt.span.end.min(sent.end),
    );
    out.push(aid_record(
        doc,
        quotes,
        (cl, sent, vt),
        (&src, &tgt),
        ev,
        ("071", rule),
    ));
}

/// "Acme and Orion formed a joint venture", "A and B set up a partnership": a forming verb,
/// "announced" or "entered into" (at most three determiners or lower-case modifiers before the noun at `ti`)
/// whose subjects form the partnership together, each cooperating with the other.
fn formed_together(doc: &Doc<'_>, ti: usize, cl: Span) -> bool {
    let mut j = ti;
    for _ in 0..4 {
        if j == 0 || doc.tokens[j - 1].span.start < cl.start {
            return false;
        }
        j -= 1;
        let w = doc.word_cow(j);
        if FORMING_VERBS.contains(&w.as_ref())
            || matches!(
                w.as_ref(),
                "announced" | "announce" | "announces" | "entered" | "enter" | "enters"
            )
        {
            // "set up a partnership", not "set a partnership".
            return !w.starts_with("set") || doc.word_cow(j + 1) == "up";
        }
        // "entered into a joint venture".
        if w == "up" || w == "into" && j > 0 && doc.word_cow(j - 1).starts_with("ent") {
            continue;
        }
        let t = doc.tokens[j];
        if !(t.kind == TokenKind::Word && t.text(doc.text).starts_with(char::is_lowercase))
            || PREPOSITIONS.contains(&w.as_ref())
        {
            return false;
        }
    }
    false
}

/// "Acme said it and Orion have formed a joint venture": the one an "it" right before "and"
/// and the subject `src` stands for is the subject's partner.
fn it_and_partner(
    doc: &Doc<'_>,
    src: Arg,
    si: usize,
    (quotes, affils): (&[QuoteOut], &[Affil]),
) -> Option<Arg> {
    let j = doc.token_at_or_after(src.span.start);
    if src.span.is_empty() || j < 2 || doc.word_cow(j - 1) != "and" || doc.word_cow(j - 2) != "it" {
        return None;
    }
    let pos = doc.tokens[j - 2].span.start;
    pronoun_antecedent(doc, "it", si, pos, quotes, affils).filter(|a| a.entity != src.entity)
}

// ---- rela24d: deeds between named actors (deals, visits, passives) ----

/// In [`described_company`]: a country or place mention `k` that describes the company named
/// after it ("US rival X", "small New York software firm X", "Brazil's biggest brewer X",
/// "India's X"). Gives the token after it and whether a company descriptor noun must still
/// come before the name (not after a country's possessive, which may stand right before it).
fn place_describing_company(doc: &Doc<'_>, k: usize, end: usize) -> Option<(usize, bool)> {
    if !matches!(doc.kind(k), EntityKind::Country | EntityKind::Location) {
        return None;
    }
    let next = token_after(doc, k);
    if !in_clause(doc, end, next + 1) {
        return None;
    }
    if doc.is_possessor(k) {
        let after = doc.token_at_or_after(doc.tokens[next].span.end);
        return in_clause(doc, end, after).then_some((after, false));
    }
    (doc.tokens[next].kind == TokenKind::Word).then_some((next, true))
}

/// What [`rela24d_args`] changes besides the arguments: a bid the subject received from its
/// maker ("received a takeover offer from X"), whose target is no name after "for".
#[derive(Default)]
struct Rela24d {
    received_bid: bool,
    /// "Howard, who leaves for Japan tomorrow": a journey scheduled ahead is intended.
    intended: bool,
}

/// The arguments of rela24d's deed shapes: a passive's agent after a time adjunct ("was
/// acquired last year by X", "was attacked on Monday by X": [`adjunct_agent`]); a company deal's
/// side named behind a place that describes it ("the acquisition of US firm X", "was bought by
/// US surfwear firm X": [`place_described_side`]); "the merger of A with B"
/// ([`merger_of_with`]); "A received a takeover offer from B" ([`received_bid`]); "came to
/// Britain", "left for Japan" visit only the place right after them ([`moved_to_place`]).
fn rela24d_args(
    doc: &Doc<'_>,
    tr: &Trigger<'_>,
    noun: bool,
    (quotes, affils): (&[QuoteOut], &[Affil]),
    (src, tgt): (&mut Option<Arg>, &mut Vec<Arg>),
) -> Rela24d {
    let mut out = Rela24d::default();
    if MOVEMENT_LEMMAS.contains(&tr.entry.lemma.as_str()) {
        if !moved_to_place(doc, tr, *src, tgt) {
            tgt.clear();
        } else {
            out.intended = scheduled_journey(doc, tr, tgt[0].span);
        }
        return out;
    }
    if noun && tr.entry.lemma == "merger" {
        if let Some((a, b)) = merger_of_with(doc, tr) {
            (*src, *tgt) = (Some(a), vec![b]);
            return out;
        }
    }
    if noun && matches!(tr.entry.lemma.as_str(), "bid" | "takeover") {
        if let Some((giver, receiver)) = received_bid(doc, tr, (quotes, affils)) {
            (*src, *tgt) = (Some(giver), vec![receiver]);
            out.received_bid = true;
            return out;
        }
    }
    if !noun && src.is_none() && !tgt.is_empty() {
        *src = adjunct_agent(doc, tr);
    }
    if matches!(tr.entry.rel_type.as_str(), "buys" | "sells") {
        if let Some(a) = src.as_mut() {
            if let Some(b) = place_described_side(doc, *a, tr.cl.end, &["by"]) {
                *a = b;
            }
        }
        for a in tgt.iter_mut() {
            if let Some(b) = place_described_side(doc, *a, tr.cl.end, &["of", "for", "in", "by"]) {
                *a = b;
            }
        }
    }
    out
}

/// The company named right at token `j` ("<" and "the" allowed before it), not a possessor.
fn company_at(doc: &Doc<'_>, mut j: usize, end: usize) -> Option<usize> {
    while matches!(doc.word_cow(j).as_ref(), "the" | "<") {
        j += 1;
    }
    let t = doc.tokens.get(j).filter(|t| t.span.start < end)?;
    doc.mention_covering(t.span.start)
        .filter(|&k| doc.mentions[k].span.start == t.span.start)
        .filter(|&k| doc.kind(k) == EntityKind::Organization && !doc.is_possessor(k))
        .filter(|&k| {
            doc.res.entity_of[k].is_some_and(|e| doc.lexicon_type(e).is_none_or(|t| t == "company"))
        })
}

/// "the merger of Acme Corp with Brill Inc", "the merger of Acme into Brill": the company
/// after "of" merges with the one after "with"/"into" (a ticker or bracket between allowed).
fn merger_of_with(doc: &Doc<'_>, tr: &Trigger<'_>) -> Option<(Arg, Arg)> {
    if doc.word_cow(tr.tlast + 1) != "of" {
        return None;
    }
    let a = company_at(doc, tr.tlast + 2, tr.cl.end)?;
    let j = doc.token_at_or_after(past_brackets(doc.text, doc.mentions[a].span.end));
    if !in_clause(doc, tr.cl.end, j + 1) || !matches!(doc.word_cow(j).as_ref(), "with" | "into") {
        return None;
    }
    let b =
        company_at(doc, j + 1, tr.cl.end).or_else(|| described_company(doc, j + 1, tr.cl.end))?;
    Some((arg(doc, a)?, arg(doc, b)?))
}

/// Verbs of receiving a bid: "received a takeover offer from X".
const RECEIVED_BID: &[&str] = &[
    "received",
    "receives",
    "receive",
    "receiving",
    "got",
    "gets",
];

/// "Acme Corp received a takeover offer from Brill Inc", "Acme said it had received an offer
/// from Brill": the company after "from" bids for the receiver (the subject of the receiving
/// verb, at most three words before the bid noun; a company, or "it" standing for one).
fn received_bid(
    doc: &Doc<'_>,
    tr: &Trigger<'_>,
    (quotes, affils): (&[QuoteOut], &[Affil]),
) -> Option<(Arg, Arg)> {
    if doc.word_cow(tr.tlast + 1) != "from" {
        return None;
    }
    let verb = (tr.ti.saturating_sub(4)..tr.ti)
        .rev()
        .find(|&j| RECEIVED_BID.contains(&doc.word_cow(j).as_ref()))
        .filter(|&j| doc.tokens[j].span.start >= tr.cl.start)?;
    let giver = company_at(doc, tr.tlast + 2, tr.cl.end)
        .or_else(|| described_company(doc, tr.tlast + 2, tr.cl.end))?;
    // "received an offer from X to establish a blood bank": an offer to do anything but buy
    // or merge is no bid.
    let n = doc.token_at_or_after(past_brackets(doc.text, doc.mentions[giver].span.end));
    if in_clause(doc, tr.cl.end, n + 1)
        && doc.word_cow(n) == "to"
        && !matches!(
            doc.word_cow(n + 1).as_ref(),
            "buy" | "acquire" | "purchase" | "merge" | "take"
        )
    {
        return None;
    }
    // The subject right before the verb (an auxiliary or an adverb between).
    let mut j = verb.checked_sub(1)?;
    while matches!(
        doc.word_cow(j).as_ref(),
        "has" | "have" | "had" | "also" | "already" | "recently" | "just" | "today" | "yesterday"
    ) {
        j = j.checked_sub(1)?;
    }
    if doc.tokens[j].span.start < tr.cl.start {
        return None;
    }
    let receiver = if doc.word_cow(j) == "it" {
        pronoun_antecedent(doc, "it", tr.si, doc.tokens[j].span.start, quotes, affils)?
    } else {
        let k = doc
            .mention_covering(doc.tokens[j].span.start)
            .filter(|&k| doc.kind(k) == EntityKind::Organization && !doc.is_possessor(k))?;
        arg(doc, k)?
    };
    let company = |a: &Arg| {
        doc.res.entities[a.entity].kind == EntityKind::Organization
            && doc.lexicon_type(a.entity).is_none_or(|t| t == "company")
    };
    let giver = arg(doc, giver)?;
    (company(&receiver) && receiver.entity != giver.entity).then_some((giver, receiver))
}

/// "Kuwait was attacked on Monday by Iran", "Brill Inc was acquired last year by Acme": the
/// agent after "by" behind a passive participle (after a form of "be") and a short time
/// adjunct ([`past_time_adjunct`]); a company may be described before its name.
fn adjunct_agent(doc: &Doc<'_>, tr: &Trigger<'_>) -> Option<Arg> {
    let w = doc.word_cow(tr.ti);
    if tr.ti == 0
        || tr.ti != tr.tlast
        || !passive_participle(&w)
        || !matches!(
            doc.word_cow(tr.ti - 1).as_ref(),
            "was" | "were" | "been" | "being" | "be" | "is" | "are"
        )
    {
        return None;
    }
    let by = past_time_adjunct(doc, tr.tlast + 1);
    if by == tr.tlast + 1 || !in_clause(doc, tr.cl.end, by + 1) || doc.word_cow(by) != "by" {
        return None;
    }
    let k = object_np(doc, by + 1, tr.cl.end, &[], false, false)
        .filter(|&k| doc.mentions[k].span.start == doc.tokens[by + 1].span.start)
        .filter(|&k| !modifies_common_noun(doc, k))
        .or_else(|| described_company(doc, by + 1, tr.cl.end))?;
    arg(doc, k)
}

/// "the acquisition of US firm ISG", "was bought by US surfwear firm Zentrix": a deal's side
/// read as the place that describes a company right after one of `preps` is that company.
fn place_described_side(doc: &Doc<'_>, a: Arg, end: usize, preps: &[&str]) -> Option<Arg> {
    if !matches!(
        doc.res.entities[a.entity].kind,
        EntityKind::Country | EntityKind::Location
    ) || a.span.is_empty()
    {
        return None;
    }
    let k = doc.mention_covering(a.span.start)?;
    let first = doc.token_at_or_after(a.span.start);
    let mut before = first.checked_sub(1)?;
    if matches!(doc.word_cow(before).as_ref(), "the" | "a" | "an") {
        before = before.checked_sub(1)?;
    }
    if !preps.contains(&doc.word_cow(before).as_ref())
        || !(doc.is_possessor(k) || modifies_common_noun(doc, k))
    {
        return None;
    }
    described_company(doc, first, end)
        .filter(|&c| c != k)
        .and_then(|c| arg(doc, c))
}

/// "leaves for Washington on April 29", "goes to Moscow tomorrow": a present "-s" form of a
/// verb of going with a time ahead right after the place (`place`): a scheduled journey.
fn scheduled_journey(doc: &Doc<'_>, tr: &Trigger<'_>, place: Span) -> bool {
    if !doc.word_cow(tr.ti).ends_with('s') {
        return false;
    }
    let j = doc.token_at_or_after(place.end);
    let ahead = |i: usize| {
        let w = doc.word_cow(i);
        matches!(w.as_ref(), "tomorrow" | "tonight" | "next" | "later")
            || crate::text::WEEKDAY_NAMES.contains(&w.as_ref())
            || crate::text::MONTH_NAMES.contains(&w.as_ref())
    };
    (j..j + 2).any(|i| in_clause(doc, tr.cl.end, i) && ahead(i))
}

/// Verbs of going somewhere that visit only a place named right after them ([`moved_to_place`]).
const MOVEMENT_LEMMAS: &[&str] = &["come to", "go to", "head to", "leave for", "return from"];

/// "Ivo Marsh is coming to Britain next week", "left for Japan", "returned from Peru": a person
/// goes to (visits) the country or place named right after the preposition ("the" allowed);
/// not "came to power", "went to court", "came to terms with X".
fn moved_to_place(doc: &Doc<'_>, tr: &Trigger<'_>, src: Option<Arg>, tgt: &[Arg]) -> bool {
    let mut j = tr.tlast + 1;
    if doc.word_cow(j) == "the" {
        j += 1;
    }
    let Some(t) = doc.tokens.get(j) else {
        return false;
    };
    // The person is the subject right before the verb ("Kissinger came", "Khelaf, who came",
    // "he has come"); not an infinitive's ("wants more migrants to come to X") or a clause's
    // after "said that".
    let subject_next = |a: Arg| {
        !a.span.is_empty()
            && a.span.end <= doc.tokens[tr.ti].span.start
            && doc
                .tokens_in(Span::new(a.span.end, doc.tokens[tr.ti].span.start))
                .all(|i| {
                    matches!(
                        doc.word_cow(i).as_ref(),
                        "," | "who"
                            | "has"
                            | "have"
                            | "had"
                            | "is"
                            | "was"
                            | "will"
                            | "also"
                            | "then"
                            | "later"
                            | "first"
                            | "recently"
                            | "finally"
                    )
                })
            && doc
                .tokens_in(Span::new(a.span.end, doc.tokens[tr.ti].span.start))
                .count()
                <= 3
    };
    src.is_some_and(|a| doc.res.entities[a.entity].kind == EntityKind::Person && subject_next(a))
        && tgt.len() == 1
        && matches!(
            doc.res.entities[tgt[0].entity].kind,
            EntityKind::Country | EntityKind::Location
        )
        && tgt[0].span.start == t.span.start
}

/// "a bid for French rival X", "an offer for software firm X": the company a bid is for,
/// described between "for" (after the trigger ending at `tlast`) and its name (`tgt`).
fn described_bid_target(doc: &Doc<'_>, tlast: usize, end: usize, tgt: Span) -> bool {
    described_company(doc, tlast + 2, end).is_some_and(|k| doc.mentions[k].span == tgt)
}

// ---- rela24w: what actors say to or about each other, in shapes the arguments miss ----

/// The arguments of rela24w's shapes of statements between named actors (appeals, demands,
/// praise, criticism, accusations, rejection, warnings): the subject of a subjunctive clause
/// a demand or an appeal asks to act ("demanded that Chile open its markets", "the U.S.
/// demand that Japan lift the quotas": [`that_addressee`]); the actor of a participle with no
/// subject of its own, which is the subject of the clause it adjoins ("X wrote to the board,
/// accusing Y of", "after criticising Y", "issued a statement urging Y to":
/// [`participle_controller`]).
fn rela24w_args(
    doc: &Doc<'_>,
    tr: &Trigger<'_>,
    noun: bool,
    src: &mut Option<Arg>,
    tgt: &mut Vec<Arg>,
) {
    // "insisted that": a demand only with a subjunctive clause after it.
    // (relbiz) "required that X sell": so is a requirement (never "required X approval").
    let insist = matches!(tr.entry.lemma.as_str(), "insist" | "require that");
    if tgt.is_empty() || insist {
        let k = that_addressee(doc, tr, noun);
        tgt.clear();
        tgt.extend(k.and_then(|k| arg(doc, k)));
    }
    // "issued a statement accusing X": the statement's author, not a name that receives it
    // ("wrote Y a letter urging X") or modifies a common noun ("the U.S. meat industry has
    // prepared a petition requesting X").
    let stated = !noun
        && tr.ti > 1
        && doc.word_cow(tr.ti).ends_with("ing")
        && STATEMENT_NOUNS.contains(&doc.word_cow(tr.ti - 1).as_ref())
        && src.is_some_and(|a| {
            doc.mention_covering(a.span.start).is_some_and(|k| {
                let next = token_after(doc, k);
                subject_modifies_noun(doc, k, tr.ti)
                    || next < tr.ti && DETERMINERS.contains(&doc.word_cow(next).as_ref())
            })
        });
    if (src.is_none() || stated) && !noun && !tgt.is_empty() {
        *src = participle_controller(doc, tr);
    }
}

/// Triggers whose "that" clause names the one asked to act: "demanded that X lift",
/// "urged that X begin", "asked that X provide", "insists that X boost", "a demand that X end".
const THAT_ASKERS: &[&str] = &[
    "demand",
    "urge",
    "ask",
    "request",
    "insist",
    "appeal",
    "call",
    "call for",
    "require that",
];

/// Finite and irregular past forms that show a "that" clause states a fact rather than asks
/// for one ("insisted that X knew", "asked that X had"): never the base verb of a subjunctive.
const NOT_SUBJUNCTIVE: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "had",
    "have",
    "would",
    "will",
    "could",
    "can",
    "may",
    "might",
    "shall",
    "did",
    "does",
    "do",
    "and",
    "or",
    "who",
    "which",
    "that",
    "himself",
    "herself",
    "itself",
    "themselves",
    "knew",
    "told",
    "made",
    "gave",
    "took",
    "went",
    "said",
    "won",
    "lost",
    "kept",
    "felt",
    "thought",
    "saw",
    "came",
    "got",
    "left",
    "met",
    "paid",
    "sold",
    "bought",
    "brought",
    "held",
    "ran",
    "began",
    "wrote",
    "spoke",
    "led",
    "found",
    "meant",
    "sent",
    "spent",
    "stood",
    "became",
    "fell",
    "grew",
    "rose",
    "put",
    "let",
    "set",
    "cut",
    "hit",
    "quit",
    "cost",
    "hurt",
    "shut",
    "spread",
    "read",
    "also",
    "alone",
    "now",
    "then",
    "still",
    "already",
    "only",
    "too",
    "as",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "with",
];

/// "demanded that Chile open its markets", "urged that Congress begin", "the U.S. demand that
/// Japan lift the quotas": the named state, body or person (a "the" allowed before it) right
/// after the "that" that follows an appeal or demand trigger, when a base verb follows it (a
/// "should" or "must" and a "not" allowed between; not "be": "demand that X be removed" asks
/// someone else to act). A finite or past verb ("insisted that X had", "asked that X knew")
/// states a fact and names no one asked.
fn that_addressee(doc: &Doc<'_>, tr: &Trigger<'_>, noun: bool) -> Option<usize> {
    let lemma = tr.entry.lemma.as_str();
    if !THAT_ASKERS.contains(&lemma)
        || !matches!(tr.entry.rel_type.as_str(), "demands" | "appeals")
        || noun && !matches!(lemma, "demand" | "appeal" | "call" | "request")
        || !noun && matches!(lemma, "call" | "appeal")
    {
        return None;
    }
    let mut j = tr.tlast + 1;
    // ("require that" holds its "that".)
    if doc.word_cow(tr.tlast) != "that" {
        if doc.word_cow(j) != "that" {
            return None;
        }
        j += 1;
    }
    if doc.word_cow(j) == "the" {
        j += 1;
    }
    let first = doc.tokens.get(j)?;
    let k = doc
        .mention_covering(first.span.start)
        .filter(|&k| doc.mentions[k].span.start == first.span.start)?;
    if !matches!(
        doc.kind(k),
        EntityKind::Country | EntityKind::Organization | EntityKind::Person
    ) || doc.is_possessor(k)
    {
        return None;
    }
    let mut v = token_after(doc, k);
    // "insist that the Japanese government must boost": a state's organ, named by its
    // country; not a noun the name modifies ("that the Turkish leadership had made", "that
    // the GOP front-runner isn't").
    if STATE_ORGANS.contains(&doc.word_cow(v).as_ref()) {
        if doc.kind(k) != EntityKind::Country {
            return None;
        }
        v += 1;
    } else if doc.tokens.get(v + 1).is_some_and(|t| {
        t.text(doc.text) == "-" || NOUN_HEAD_AFTER.contains(&doc.word_cow(v + 1).as_ref())
    }) {
        return None;
    }
    if matches!(doc.word_cow(v).as_ref(), "should" | "must") {
        v += 1;
    }
    if doc.word_cow(v) == "not" {
        v += 1;
    }
    let verb = doc.tokens.get(v)?;
    let w = doc.word_cow(v);
    (verb.kind == TokenKind::Word
        && verb.text(doc.text).starts_with(char::is_lowercase)
        && w.len() > 1
        && !w.contains('-')
        && !NOT_SUBJUNCTIVE.contains(&w.as_ref())
        && !w.ends_with("ed")
        && !w.ends_with("ing")
        && !w.ends_with("ly")
        && (!w.ends_with('s') || w.ends_with("ss")))
    .then_some(k)
}

/// Words after a subjunctive clause's second word that show it was a noun the name modifies
/// ("that the Turkish leadership had made"): no base verb is followed by a finite one.
const NOUN_HEAD_AFTER: &[&str] = &[
    "is", "are", "was", "were", "has", "had", "have", "would", "will", "could", "can", "may",
    "might", "did", "does", "said", "says", "'s", "’s", "isn", "wasn", "hasn", "doesn", "didn",
];

/// Nouns for a state's organs that a country's name or demonym may modify in a subjunctive
/// clause's subject: "demanded that the Japanese government open".
const STATE_ORGANS: &[&str] = &["government", "authorities", "administration", "cabinet"];

/// Lemmas of statements a participle may carry for the subject of its clause ("..., accusing
/// X of", "after criticising X", "a letter urging X to").
const SAID_OF_LEMMAS: &[&str] = &[
    "accuse",
    "blame",
    "criticize",
    "denounce",
    "slam",
    "blast",
    "rebuke",
    "lambaste",
    "mock",
    "ridicule",
    "castigate",
    "assail",
    "condemn",
    "urge",
    "call on",
    "appeal",
    "demand",
    "praise",
    "thank",
    "congratulate",
    "compliment",
    "hail",
    "commend",
    "welcome",
    "applaud",
    "endorse",
    "reject",
    "dismiss",
    "warn",
    "threaten",
    "attack",
    // (rel37a) "Railing against X, Y vowed", "After backing X, Y said" (not "support": "a
    // band's rise after supporting X" is an opening act).
    "rail against",
    "hit out at",
    "back",
    // "X spoke on Tuesday, telling Y to go home" (the tell rule itself wants the infinitive).
    "tell",
];

/// Adjunct words a gerund of a statement may follow, its subject that of the main clause:
/// "was fined after accusing X", "by praising X", "without criticising X".
const GERUND_ADJUNCTS: &[&str] = &[
    "after", "before", "while", "when", "by", "for", "in", "without", "since", "upon",
];

/// Nouns of a written or spoken statement a participle may describe, its author the subject
/// of the clause: "issued a statement accusing X", "in a letter urging X to".
const STATEMENT_NOUNS: &[&str] = &[
    "statement",
    "letter",
    "resolution",
    "communique",
    "message",
    "note",
    "complaint",
    "motion",
    "speech",
    "advertisement",
    "petition",
    "editorial",
    "tweet",
    "video",
];

/// Verbs (and prepositions) that make the clause's subject the author of a statement noun:
/// "issued a statement", "in a letter", "with a speech".
const AUTHORING: &[&str] = &[
    "issued",
    "issues",
    "released",
    "releases",
    "sent",
    "sends",
    "wrote",
    "written",
    "writes",
    "published",
    "adopted",
    "passed",
    "filed",
    "posted",
    "delivered",
    "gave",
    "made",
    "signed",
    "unveiled",
    "approved",
    "in",
    "with",
];

/// The actor of a statement participle at `tr.ti` ("accusing", "urging", "criticising") that
/// has no subject of its own: the named subject of the clause it adjoins. After a comma that
/// closes a main clause ("X wrote to the watchdog, accusing Y of"); after an adjunct word
/// ("resigned after criticising Y", "was fined for accusing Y"); after a statement noun the
/// subject issued ("X issued a statement urging Y to"); or opening the sentence, the subject
/// after its comma ("Accusing Y of overfishing, X said").
fn participle_controller(doc: &Doc<'_>, tr: &Trigger<'_>) -> Option<Arg> {
    let w = doc.word_cow(tr.ti);
    if !w.ends_with("ing") || !SAID_OF_LEMMAS.contains(&tr.entry.lemma.as_str()) {
        return None;
    }
    let r = doc.tokens_in(tr.sent);
    // ("attacking X": words only from a person.)
    let actor = |a: &Arg| {
        !a.span.is_empty()
            && match doc.res.entities[a.entity].kind {
                EntityKind::Person => true,
                EntityKind::Organization | EntityKind::Country => tr.entry.lemma != "attack",
                _ => false,
            }
    };
    // "Accusing the French of overfishing, Canada said": the subject after the comma.
    let mut first = r.start;
    while first < tr.ti && doc.tokens[first].kind != TokenKind::Word {
        first += 1;
    }
    let leading = |from: usize| {
        let comma = (from..r.end).find(|&j| doc.tokens[j].text(doc.text) == ",")?;
        let after = Span::new(doc.tokens[comma].span.end, tr.sent.end);
        // ("Accusing Y of ..., X yesterday said": a time word before the verb.)
        sentence_subject(doc, after)
            .or_else(|| described_subject(doc, after))
            .filter(actor)
            .filter(|a| {
                let gap = doc.tokens_in(Span::new(after.start, a.span.start));
                gap.len() <= 1 || titled_gap(doc, gap, a)
            })
    };
    if first == tr.ti {
        return leading(tr.tlast + 1);
    }
    let p = tr.ti - 1;
    let pw = doc.word_cow(p);
    let before = |end: usize| {
        let span = Span::new(tr.sent.start, end.max(tr.sent.start));
        sentence_subject(doc, span)
            .or_else(|| described_subject(doc, span))
            .filter(actor)
    };
    if doc.tokens[p].text(doc.text) == "," {
        // "X, accusing Y of ..., said": the name the participle clause follows.
        if let Some(k) = doc
            .mention_covering(doc.tokens[p].span.start.saturating_sub(1))
            .filter(|&k| {
                doc.tokens_in(Span::new(tr.sent.start, doc.mentions[k].span.start))
                    .len()
                    <= 1
            })
        {
            return arg(doc, k).filter(actor);
        }
        return before(doc.tokens[p].span.start);
    }
    if GERUND_ADJUNCTS.contains(&pw.as_ref()) {
        if p == first || time_span_opener(doc, first, p) {
            return leading(tr.tlast + 1);
        }
        return before(doc.tokens[p].span.start);
    }
    if STATEMENT_NOUNS.contains(&pw.as_ref())
        || pw.ends_with('s') && STATEMENT_NOUNS.contains(&&pw[..pw.len() - 1])
    {
        // The determiner and up to two modifiers before the noun, then the authoring word.
        let authored = (p.saturating_sub(4)..p)
            .rev()
            .find(|&j| DETERMINERS.contains(&doc.word_cow(j).as_ref()))
            .and_then(|d| d.checked_sub(1))
            .filter(|&v| v >= r.start && AUTHORING.contains(&doc.word_cow(v).as_ref()))?;
        return before(doc.tokens[authored].span.start);
    }
    None
}

/// (rel37a) "Railing against X, Vermont Sen. Bernie Sanders vowed": the tokens `gap` before the
/// subject person `a` are its title or name a place or body the title is of; at most six
/// tokens.
fn titled_gap(doc: &Doc<'_>, gap: std::ops::Range<usize>, a: &Arg) -> bool {
    gap.len() <= 6
        && doc.res.entities[a.entity].kind == EntityKind::Person
        && gap.clone().all(|i| {
            let t = doc.tokens[i];
            title_covering(doc, t.span).is_some()
                || doc.mention_covering(t.span.start).is_some_and(|m| {
                    matches!(
                        doc.kind(m),
                        EntityKind::Location | EntityKind::Country | EntityKind::Organization
                    )
                })
        })
}

/// (rel37a) "Eight years after backing X, Y said": tokens `first..p` are a span of time (a
/// count and a unit) that opens the sentence before its gerund adjunct.
fn time_span_opener(doc: &Doc<'_>, first: usize, p: usize) -> bool {
    if p < first + 2 || p > first + 3 {
        return false;
    }
    let count = |i: usize| {
        let w = doc.word_cow(i);
        w.chars().all(|c| c.is_ascii_digit())
            || matches!(
                w.as_ref(),
                "a" | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
                    | "few"
                    | "several"
                    | "many"
                    | "twenty"
                    | "eleven"
                    | "twelve"
            )
    };
    let unit = matches!(
        doc.word_cow(p - 1).as_ref(),
        "years" | "year" | "months" | "month" | "weeks" | "week" | "days" | "day" | "hours"
    );
    unit && (first..p - 1).all(count)
}

/// The name opening `span` (one word such as "The" or a quotation mark allowed before it)
/// when a description or a time adjunct stands between it and its verb, which
/// [`sentence_subject`] does not read past: "Ana Ruiz, an MP for the Midlands, resigned",
/// "Ana Ruiz on Friday attacked". The description is one comma-closed phrase of at most
/// sixteen tokens with no quotation mark, bracket or semicolon; the verb a past or "-s" form,
/// an auxiliary or an event verb.
fn described_subject(doc: &Doc<'_>, span: Span) -> Option<Arg> {
    let r = doc.tokens_in(span);
    let k = doc.mentions_in(span).into_iter().next()?;
    if doc.is_modifier(k)
        || doc.is_possessor(k)
        || doc
            .tokens_in(Span::new(span.start, doc.mentions[k].span.start))
            .len()
            > 1
    {
        return None;
    }
    let mut j = token_after(doc, k);
    if j >= r.end {
        return None;
    }
    if doc.tokens[j].text(doc.text) == "," {
        let close = (j + 1..(j + 17).min(r.end)).find(|&c| {
            let t = doc.tokens[c].text(doc.text);
            t == "," || matches!(t, "\"" | "\u{201c}" | "\u{201d}" | "(" | ")" | ";")
        })?;
        if doc.tokens[close].text(doc.text) != ","
            || !doc.tokens[j + 1]
                .text(doc.text)
                .starts_with(char::is_lowercase)
        {
            return None;
        }
        j = close + 1;
    } else {
        let after = past_time_adjunct(doc, j);
        if after == j {
            return None;
        }
        j = after;
    }
    let w = doc.word_cow(j);
    let verbish = ACTOR_GAP[..11].contains(&w.as_ref())
        || matches!(w.as_ref(), "said" | "says" | "told")
        || (w.ends_with("ed") || w.ends_with('s') && !w.ends_with("ss")) && w.len() > 3
        || doc.pipeline.extractor.is_event_verb(&w);
    (j < r.end && doc.tokens[j].kind == TokenKind::Word && verbish)
        .then(|| arg(doc, k))
        .flatten()
}

// ---- relb25: political and legal actions in shapes the arguments missed ----

/// Verbs of writing before the "to" of the one written to ("has written to the watchdog").
const WRITING_VERBS: &[&str] = &["wrote", "written", "writes", "write", "writing"];

/// Words that may stand between a passive participle and a pronoun subject ("it is itself
/// being sued by X", "he has since been criticised by X").
const PASSIVE_GAP: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "will",
    "would",
    "also",
    "itself",
    "himself",
    "herself",
    "themselves",
    "now",
    "since",
    "already",
    "then",
    "later",
    "repeatedly",
    "previously",
    "recently",
];

/// Relation types of words and law whose passive agent may come after a short adjunct ("was
/// sued for libel by X", "were each fined 1m euros by X").
const JUDGED_TYPES: &[&str] = &[
    "accuses",
    "criticizes",
    "condemns",
    "sanctions",
    "praises",
    "supports",
    "rejects",
    "appeals",
    "demands",
    "warns",
    "threatens",
    "arrests",
];

/// The arguments of relb25's shapes: a statement participle after the one a letter is written
/// to ([`letter_participle`]); the pronoun subject of a passive whose agent is named ("it is
/// itself being sued by X": [`passive_pronoun`]); a passive agent of words and law after a
/// short adjunct ("was sued for libel by X": [`late_agent`]).
fn relb25_args(
    doc: &Doc<'_>,
    tr: &Trigger<'_>,
    noun: bool,
    (quotes, affils): (&[QuoteOut], &[Affil]),
    (src, tgt): (&mut Option<Arg>, &mut Vec<Arg>),
) {
    if noun {
        return;
    }
    if let Some(p) = src.as_ref().and_then(|a| titled_by_agent(doc, tr, a)) {
        *src = Some(p);
    }
    if let Some((writer, addressee)) = letter_participle(doc, tr) {
        if tgt.is_empty() || tgt.iter().all(|a| a.entity == writer.entity) {
            tgt.clear();
            tgt.extend(addressee);
        }
        if !tgt.is_empty() {
            *src = Some(writer);
        }
        return;
    }
    if src.is_some() && tgt.is_empty() {
        tgt.extend(passive_pronoun(doc, tr, (quotes, affils)));
    }
    // "was attacked on the speeches by X": a verbal attack's agent after an adjunct too.
    if src.is_none()
        && !tgt.is_empty()
        && (JUDGED_TYPES.contains(&tr.entry.rel_type.as_str())
            || VERBAL_ATTACK.contains(&tr.entry.lemma.as_str()))
    {
        *src = late_agent(doc, tr);
    }
}

/// "Ana Ruiz has written to the watchdog accusing Labour of", "Ruiz wrote to Mr Marsh on
/// Tuesday urging him to": a statement participle after the one a letter is written to (a
/// name or a short noun phrase, a time allowed after it; no comma, clause word or second verb)
/// is the writer's, the name right before the writing verb (auxiliaries and adverbs between);
/// a "him"/"her"/"them"/"it" right after the participle is the named one written to. Returns
/// the writer and that addressee (None when the participle has another object).
fn letter_participle(doc: &Doc<'_>, tr: &Trigger<'_>) -> Option<(Arg, Option<Arg>)> {
    let lemma = tr.entry.lemma.as_str();
    let request = LETTER_REQUESTS.contains(&lemma);
    if !doc.word_cow(tr.ti).ends_with("ing") || !(SAID_OF_LEMMAS.contains(&lemma) || request) {
        return None;
    }
    let first = doc.tokens_in(tr.sent).start;
    let to = (tr.ti.saturating_sub(9).max(first + 1)..tr.ti)
        .rev()
        .find(|&j| doc.word_cow(j) == "to")?;
    let between_ok = (to + 1..tr.ti).all(|j| {
        let w = doc.word_cow(j);
        doc.tokens[j].kind == TokenKind::Word
            && !CLAUSE_BREAKS.contains(&w.as_ref())
            && !matches!(
                w.as_ref(),
                "and" | "or" | "that" | "said" | "says" | "after" | "before"
            )
    });
    if !between_ok {
        return None;
    }
    let vw = doc.word_cow(to - 1);
    let verb = if WRITING_VERBS.contains(&vw.as_ref()) {
        to - 1
    } else if STATEMENT_NOUNS.contains(&vw.as_ref()) {
        // "sent a letter to X accusing": the authoring verb before the noun's determiner.
        (to.saturating_sub(4).max(first)..to - 1)
            .rev()
            .find(|&j| AUTHORING.contains(&doc.word_cow(j).as_ref()))?
    } else {
        return None;
    };
    let k = doc
        .mentions_in(Span::new(tr.sent.start, doc.tokens[verb].span.start))
        .into_iter()
        .next_back()
        .filter(|&k| !doc.is_modifier(k) && !in_pp(doc, k))?;
    let gap_ok = (token_after(doc, k)..verb).all(|j| {
        let w = doc.word_cow(j);
        SUBJECT_VERB_GAP.contains(&w.as_ref()) || w.len() > 4 && w.ends_with("ly")
    });
    let writer = arg(doc, k).filter(|a| {
        gap_ok
            && matches!(
                doc.res.entities[a.entity].kind,
                EntityKind::Person | EntityKind::Organization | EntityKind::Country
            )
    })?;
    let addressee = object_np(doc, to + 1, doc.tokens[tr.ti].span.start, &[], false, false)
        .and_then(|k| arg(doc, k))
        .filter(|a| {
            a.entity != writer.entity && {
                let kind = doc.res.entities[a.entity].kind;
                match doc.word_cow(tr.tlast + 1).as_ref() {
                    "him" | "her" => kind == EntityKind::Person,
                    "it" => matches!(kind, EntityKind::Organization | EntityKind::Country),
                    "them" => true,
                    _ => request && asks_for_thing(doc, tr),
                }
            }
        });
    Some((writer, addressee))
}

/// (rel35a) Requests whose participle after a letter is addressed to the one written to even
/// with no pronoun object: "has written to X asking for clarification", "wrote to X demanding
/// an explanation", "has written to X calling for talks".
const LETTER_REQUESTS: &[&str] = &[
    "ask",
    "request",
    "seek from",
    "call for",
    "demand",
    "urge",
    "call on",
    "appeal",
];

/// (rel35a) Is the request participle at `tr` followed by the thing asked for rather than by
/// someone asked: "for", an article or a lower-case word that is no pronoun, within the clause
/// ("asking for clarification", "demanding an explanation"; not "asking Y to", "urging us").
fn asks_for_thing(doc: &Doc<'_>, tr: &Trigger<'_>) -> bool {
    let j = tr.tlast + 1;
    let Some(t) = doc.tokens.get(j).filter(|t| t.span.start < tr.cl.end) else {
        return false;
    };
    let w = doc.word_cow(j);
    t.kind == TokenKind::Word
        && doc.mention_covering(t.span.start).is_none()
        && t.text(doc.text).starts_with(char::is_lowercase)
        && !matches!(
            w.as_ref(),
            "us" | "me" | "you" | "him" | "her" | "them" | "it" | "that" | "to" | "whether" | "if"
        )
}

/// "Deutsche Bank is involved because it is itself being sued by X", "he has since been
/// criticised by X": the antecedent of the pronoun subject of a passive participle at `tr.ti`
/// (only auxiliaries and a few adverbs between), when the passive has a named agent.
fn passive_pronoun(
    doc: &Doc<'_>,
    tr: &Trigger<'_>,
    (quotes, affils): (&[QuoteOut], &[Affil]),
) -> Option<Arg> {
    let w = doc.word_cow(tr.ti);
    if tr.ti != tr.tlast || !passive_participle(&w) {
        return None;
    }
    let start = doc.tokens_in(tr.cl).start;
    let mut be = false;
    let mut j = tr.ti;
    while j > start && tr.ti - j < 5 {
        j -= 1;
        let pw = doc.word_cow(j);
        if PASSIVE_GAP.contains(&pw.as_ref()) {
            be |= matches!(
                pw.as_ref(),
                "is" | "are" | "was" | "were" | "be" | "been" | "being"
            );
            continue;
        }
        // (rel35a) "Their demands have been backed by X": the possessor's.
        if be && STANCE_OBJECTS.contains(&pw.as_ref()) {
            return possessive_pronoun_subject(doc, tr, (start, j), (quotes, affils));
        }
        // "it was vetoed by X" may be a bill: "it" only for deeds done to an actor.
        let it_ok = matches!(
            tr.entry.rel_type.as_str(),
            "accuses" | "sanctions" | "arrests" | "appeals" | "demands"
        );
        if !be || !(matches!(pw.as_ref(), "he" | "she" | "they") || pw == "it" && it_ok) {
            return None;
        }
        let a = pronoun_antecedent(doc, &pw, tr.si, doc.tokens[j].span.start, quotes, affils);
        return subject_pronoun(doc, (tr.si, tr.cl), j, a, quotes);
    }
    None
}

/// (rel35a) "was criticised by Metropolitan Police Commissioner John Stevens", "backed by former
/// Acme chairman X": a passive agent read as the body that modifies a titled person after
/// "by" ("former" allowed between) is that person ([`by_agent_head`]).
fn titled_by_agent(doc: &Doc<'_>, tr: &Trigger<'_>, a: &Arg) -> Option<Arg> {
    let k = doc
        .mention_covering(a.span.start)
        .filter(|&k| doc.mentions[k].span == a.span && a.span.start > doc.tokens[tr.ti].span.end)?;
    let mut j = lower_word_before(doc, k, true)?;
    if doc.word_cow(j) == "former" {
        j = j.checked_sub(1)?;
    }
    let h = by_agent_head(doc, k, tr.cl.end);
    if doc.word_cow(j) != "by" || h == k || doc.kind(h) != EntityKind::Person {
        return None;
    }
    arg(doc, h)
}

/// (rel35a) Nouns of a stance or a demand that others may back, criticise or reject in its
/// author's place: "Their demands have been backed by X", "His plans were attacked by X".
const STANCE_OBJECTS: &[&str] = &[
    "demand",
    "demands",
    "plan",
    "plans",
    "proposal",
    "proposals",
    "call",
    "calls",
    "idea",
    "ideas",
    "policy",
    "policies",
    "claim",
    "claims",
    "stance",
    "campaign",
    "bid",
];

/// (rel35a) The antecedent of a possessive pronoun opening the clause of a passive stance
/// verb, before a stance noun at `noun` ("Their demands have been backed by X", "But his
/// plans were criticised by X"): the one whose stance is judged. `start` is the clause's first
/// token.
fn possessive_pronoun_subject(
    doc: &Doc<'_>,
    tr: &Trigger<'_>,
    (start, noun): (usize, usize),
    (quotes, affils): (&[QuoteOut], &[Affil]),
) -> Option<Arg> {
    let judged = matches!(
        tr.entry.rel_type.as_str(),
        "supports" | "criticizes" | "rejects" | "praises" | "condemns"
    );
    let p = noun.checked_sub(1).filter(|&p| judged && p >= start)?;
    // Only the clause's opening words before the possessive: "But", "And" or nothing.
    let opening = (start..p).all(|i| matches!(doc.word_cow(i).as_ref(), "but" | "and"));
    let w = doc.word_cow(p);
    if !opening || !matches!(w.as_ref(), "their" | "his" | "her" | "its") {
        return None;
    }
    pronoun_antecedent(doc, &w, tr.si, doc.tokens[p].span.start, quotes, affils)
}

/// "The Telegraph was sued for libel by X", "Vivendi was fined 1m euros by X": the agent of a
/// passive participle at `tr.ti` after an adjunct of at most four lower-case words or amounts
/// (no clause word, no name), right after "by".
fn late_agent(doc: &Doc<'_>, tr: &Trigger<'_>) -> Option<Arg> {
    let w = doc.word_cow(tr.ti);
    // "was also endorsed the day before by X": an adverb may follow the auxiliary.
    let aux = if tr.ti > 1 && passive_adverb(&doc.word_cow(tr.ti - 1)) {
        tr.ti - 2
    } else {
        tr.ti.saturating_sub(1)
    };
    if tr.ti == 0
        || tr.ti != tr.tlast
        || !passive_participle(&w)
        || !matches!(
            doc.word_cow(aux).as_ref(),
            "was" | "were" | "been" | "being" | "be" | "is" | "are" | "each"
        )
    {
        return None;
    }
    let by = (tr.tlast + 2..tr.tlast + 6)
        .take_while(|&j| {
            in_clause(doc, tr.cl.end, j) && doc.mention_covering(doc.tokens[j].span.start).is_none()
        })
        .find(|&j| doc.word_cow(j) == "by")?;
    let adjunct_word = |j: usize| {
        let t = doc.tokens[j];
        let w = doc.word_cow(j);
        (t.kind == TokenKind::Word && t.text(doc.text).starts_with(char::is_lowercase)
            || t.text(doc.text)
                .starts_with(|c: char| c.is_ascii_digit() || "£$€".contains(c)))
            && !CLAUSE_BREAKS.contains(&w.as_ref())
            && !matches!(w.as_ref(), "that" | "and" | "or" | "when" | "as" | "to" | "of")
            // "the day before by X": an adverb "before"/"after" right before "by", not one
            // opening a clause ("criticised after X said").
            && (!matches!(w.as_ref(), "after" | "before") || j + 1 == by)
    };
    if !(tr.tlast + 1..by).all(adjunct_word) {
        return None;
    }
    let k = object_np(doc, by + 1, tr.cl.end, &[], false, false)
        .filter(|&k| word_before_object(doc, doc.mentions[k].span.start) == Some(by))
        .filter(|&k| !modifies_common_noun(doc, k))?;
    arg(doc, k)
}

// ---- reldip27: political and diplomatic events in shapes the arguments missed ----

/// What [`reldip27_args`] changes besides the arguments: the event's type and code.
#[derive(Default)]
struct Reldip27 {
    code: Option<(&'static str, &'static str)>,
}

/// The arguments of reldip27's shapes: the one a request comes from appeals to the one who
/// acts on it ([`requested_by`]); a judgement or a demand from someone that the subject meets
/// with "amid", "despite" or "under" ([`amid_from`]); going "on the offensive against" a side
/// ([`offensive_against`]); a visit made where the visitor "is in" a place
/// ([`visit_located`]) or "where" a place's relative clause visits ([`visited_where`]); two
/// states whose officials the clause after an opening "At a meeting" names
/// ([`meeting_opener_sides`]). A capital visited is its country ([`capital_country`]).
fn reldip27_args(
    doc: &Doc<'_>,
    tr: &Trigger<'_>,
    noun: bool,
    (quotes, affils): (&[QuoteOut], &[Affil]),
    (src, tgt): (&mut Option<Arg>, &mut Vec<Arg>),
) -> Reldip27 {
    let mut out = Reldip27::default();
    // "has opposed defunding X", "voted against defunding X": a gerund that a verb of
    // opposing takes is the deed opposed, not done.
    if tr.ti > 0
        && doc.word_cow(tr.ti).ends_with("ing")
        && OPPOSING.contains(&doc.word_cow(tr.ti - 1).as_ref())
    {
        (*src, *tgt) = (None, Vec::new());
        return out;
    }
    if let Some((by, asked)) = requested_by(doc, tr, noun, (quotes, affils)) {
        (*src, *tgt) = (Some(by), vec![asked]);
    } else if let Some((from, to)) = amid_from(doc, tr, (quotes, affils)) {
        (*src, *tgt) = (Some(from), vec![to]);
    } else if let Some((from, to)) = noun.then(|| offensive_against(doc, tr)).flatten() {
        (*src, *tgt) = (Some(from), vec![to]);
        out.code = Some(("criticizes", "111"));
    } else if let Some((who, place)) = noun
        .then(|| visit_located(doc, tr, quotes, affils))
        .flatten()
    {
        (*src, *tgt) = (Some(who), vec![place]);
    } else if let Some(place) = (!noun && src.is_some() && tgt.is_empty())
        .then(|| visited_where(doc, tr))
        .flatten()
    {
        tgt.push(place);
    } else if let Some((a, b)) = tgt
        .iter()
        .all(|a| doc.res.entities[a.entity].kind == EntityKind::Location)
        .then(|| meeting_opener_sides(doc, tr))
        .flatten()
    {
        (*src, *tgt) = (Some(a), vec![b]);
    }
    if tr.entry.rel_type == "visits" {
        if let Some(s) = *src {
            for t in tgt.iter_mut() {
                if let Some(c) = capital_country(doc, t.entity, s.entity, affils) {
                    t.entity = c;
                }
            }
        }
    }
    out
}

/// Words before a gerund that make it a deed opposed: "opposed defunding X".
const OPPOSING: &[&str] = &[
    "oppose", "opposes", "opposed", "opposing", "against", "resisted", "resist", "resists",
];

/// "as requested by Governor X", "at the request of X", "at X's request": X appeals to the
/// subject of the sentence, who acts on the request (a name before the trigger, not X).
fn requested_by(
    doc: &Doc<'_>,
    tr: &Trigger<'_>,
    noun: bool,
    (quotes, affils): (&[QuoteOut], &[Affil]),
) -> Option<(Arg, Arg)> {
    if tr.entry.lemma != "request" || tr.ti < 2 {
        return None;
    }
    let end = tr.sent.end;
    let prev = doc.word_cow(tr.ti - 1);
    let (k, at) = if noun {
        // "at the request of X" / "at X's request".
        if prev == "the" && doc.word_cow(tr.ti - 2) == "at" && doc.word_cow(tr.tlast + 1) == "of" {
            let k = object_np(doc, tr.tlast + 1, end, &["of"], true, false)?;
            (titled_person_after(doc, k).unwrap_or(k), tr.ti - 2)
        } else {
            let p = if matches!(prev.as_ref(), "'s" | "’s") {
                tr.ti - 2
            } else {
                tr.ti - 1
            };
            let k = doc.mention_covering(doc.tokens[p].span.start)?;
            let start = doc.token_at_or_after(doc.mentions[k].span.start);
            if !(doc.is_possessor(k) && start > 0 && doc.word_cow(start - 1) == "at") {
                return None;
            }
            (k, start - 1)
        }
    } else {
        // "as requested by X".
        if prev != "as" || doc.word_cow(tr.ti) != "requested" || doc.word_cow(tr.tlast + 1) != "by"
        {
            return None;
        }
        let k = object_np(doc, tr.tlast + 1, end, &["by"], true, false)?;
        (titled_person_after(doc, k).unwrap_or(k), tr.ti - 1)
    };
    if !matches!(
        doc.kind(k),
        EntityKind::Person | EntityKind::Organization | EntityKind::Country
    ) || modifies_common_noun(doc, k)
    {
        return None;
    }
    let by = arg(doc, k)?;
    let asked = acting_subject(doc, tr, at, quotes, affils).filter(|a| a.entity != by.entity)?;
    Some((by, asked))
}

/// The one who acts in the clause that an adjunct starting at token `at` belongs to ("Ana Ruiz
/// delayed the vote at the request of X", "X said it would resume talks as requested by Y",
/// "At the request of X, Ana Ruiz delayed"): the nearest name before `at` that is no
/// modifier, possessor or prepositional object, or the person or body a nearer "he", "she",
/// "it" or "they" stands for; none when that name is a speaker ("X told the panel the
/// commission was preparing it"). An adjunct opening the sentence belongs to the subject
/// after its comma.
fn acting_subject(
    doc: &Doc<'_>,
    tr: &Trigger<'_>,
    at: usize,
    quotes: &[QuoteOut],
    affils: &[Affil],
) -> Option<Arg> {
    let first = doc.tokens_in(tr.sent).start;
    let actor = |a: &Arg| {
        matches!(
            doc.res.entities[a.entity].kind,
            EntityKind::Person | EntityKind::Organization | EntityKind::Country
        )
    };
    if at == first {
        let comma = doc
            .tokens_in(Span::new(doc.tokens[tr.tlast].span.end, tr.sent.end))
            .take(12)
            .find(|&j| doc.tokens[j].text(doc.text) == ",")?;
        return sentence_subject(doc, Span::new(doc.tokens[comma].span.end, tr.sent.end))
            .filter(actor);
    }
    let mut j = at;
    while j > first {
        j -= 1;
        let w = doc.word_cow(j);
        if matches!(w.as_ref(), ";" | ":") {
            return None;
        }
        if matches!(w.as_ref(), "he" | "she" | "it" | "they") {
            return pronoun_antecedent(doc, &w, tr.si, doc.tokens[j].span.start, quotes, affils)
                .filter(actor);
        }
        let Some(k) = doc.mention_covering(doc.tokens[j].span.start) else {
            continue;
        };
        j = doc.token_at_or_after(doc.mentions[k].span.start);
        if in_pp(doc, k) || doc.is_modifier(k) || doc.is_possessor(k) {
            continue;
        }
        let next = doc.word_cow(token_after(doc, k));
        if next == "told" || doc.pipeline.extractor.is_reporting(&next) {
            return None;
        }
        return arg(doc, k).filter(actor);
    }
    None
}

/// "by Wisconsin Governor Tommy Thompson", "of U.S. Treasury Secretary James Baker": the person
/// right after the title that follows place or state mention `k`.
fn titled_person_after(doc: &Doc<'_>, k: usize) -> Option<usize> {
    if !matches!(doc.kind(k), EntityKind::Location | EntityKind::Country) {
        return None;
    }
    let t = doc.tokens.get(token_after(doc, k))?;
    let e = title_covering(doc, t.span)?;
    let p = doc.tokens.get(doc.token_at_or_after(e))?;
    doc.mention_covering(p.span.start)
        .filter(|&p| doc.kind(p) == EntityKind::Person)
}

/// Words that put a noun of judgement or demand on the subject of its clause: "rose in the
/// polls amid attacks from X", "pressed on despite criticism from X".
const AMID_WORDS: &[&str] = &["amid", "amidst", "despite"];

/// "Ana Ruiz rose in the polls amid attacks from Ivo Marsh", "Amid criticism from X, Y said":
/// a noun of judgement or demand right after "amid" or "despite" (a determiner or one adjective
/// between) with its giver after "from" is the giver's, aimed at the sentence's subject.
fn amid_from(
    doc: &Doc<'_>,
    tr: &Trigger<'_>,
    (quotes, affils): (&[QuoteOut], &[Affil]),
) -> Option<(Arg, Arg)> {
    // (Pressure met "despite" is resisted: `pressure_args`.)
    if !matches!(
        tr.entry.rel_type.as_str(),
        "criticizes" | "condemns" | "accuses" | "attacks" | "threatens"
    ) || doc.word_cow(tr.tlast + 1) != "from"
    {
        return None;
    }
    let first = doc.tokens_in(tr.sent).start;
    let amid = (tr.ti.saturating_sub(3).max(first)..tr.ti)
        .rev()
        .find(|&j| AMID_WORDS.contains(&doc.word_cow(j).as_ref()))?;
    // Only lower-case words (a determiner, "growing", "sharp") between.
    if !(amid + 1..tr.ti).all(|j| {
        doc.tokens[j].kind == TokenKind::Word
            && doc.tokens[j].text(doc.text).starts_with(char::is_lowercase)
    }) {
        return None;
    }
    let k = object_np(doc, tr.tlast + 1, tr.sent.end, &["from"], true, false)?;
    let k = titled_person_after(doc, k).unwrap_or(k);
    if !matches!(
        doc.kind(k),
        EntityKind::Person | EntityKind::Organization | EntityKind::Country
    ) || modifies_common_noun(doc, k)
    {
        return None;
    }
    let from = arg(doc, k)?;
    let subject = acting_subject(doc, tr, amid, quotes, affils)
        .filter(|a| a.entity != from.entity && a.span != from.span)?;
    Some((from, subject))
}

/// "Ana Ruiz went on the offensive against Ivo Marsh": a person or a party going on the
/// offensive against a named side attacks it in words.
fn offensive_against(doc: &Doc<'_>, tr: &Trigger<'_>) -> Option<(Arg, Arg)> {
    if doc.word_cow(tr.ti) != "offensive"
        || tr.ti < 3
        || doc.word_cow(tr.ti - 1) != "the"
        || doc.word_cow(tr.ti - 2) != "on"
        || !matches!(
            doc.word_cow(tr.ti - 3).as_ref(),
            "went" | "go" | "goes" | "going" | "gone"
        )
        || doc.word_cow(tr.tlast + 1) != "against"
    {
        return None;
    }
    let k = object_np(doc, tr.tlast + 1, tr.cl.end, &["against"], true, false)?;
    let to = arg(doc, k)?;
    let from = nearest_subject(doc, tr.cl.start, tr.ti - 3)
        .or_else(|| sentence_subject(doc, tr.sent))
        .filter(|a| {
            a.entity != to.entity
                && a.span.end <= doc.tokens[tr.ti - 3].span.start
                && (doc.res.entities[a.entity].kind == EntityKind::Person
                    || civilian_body(doc, a.entity))
        })?;
    Some((from, to))
}

/// Words between a visitor and the "in" of the place where the visitor is ("X, who is
/// currently in Dublin", "X is now in Beijing", "X, in Tokyo on a visit").
const LOCATED_GAP: &[&str] = &[
    "is",
    "was",
    "are",
    "were",
    "who",
    "currently",
    "now",
    "already",
    "still",
    ",",
];

/// "Mr Snow, who is currently in Dublin at the start of a four-nation visit", "Kerry, in
/// Beijing on a three-day visit, said": a visit (or tour) noun in an adjunct ("on", "during",
/// "at the start of", "at the end of"; modifiers of a visit between, a modifying name
/// allowed: "EU visit") right after "in" and a place names the place visited; the visitor is
/// the name right before the "in" (a form of "be", "who", "currently" between) or the
/// person a "he"/"she" there stands for.
fn visit_located(
    doc: &Doc<'_>,
    tr: &Trigger<'_>,
    quotes: &[QuoteOut],
    affils: &[Affil],
) -> Option<(Arg, Arg)> {
    if tr.entry.rel_type != "visits" {
        return None;
    }
    let first = doc.tokens_in(tr.sent).start;
    // Back over the visit's modifiers to its adjunct.
    let mut j = tr.ti;
    let adjunct = loop {
        if j <= first || tr.ti - j > 6 {
            return None;
        }
        j -= 1;
        let w = doc.word_cow(j);
        if matches!(w.as_ref(), "on" | "during") {
            break j;
        }
        // "at the start of", "at the end of".
        if w == "of"
            && j >= first + 3
            && matches!(
                doc.word_cow(j - 1).as_ref(),
                "start" | "end" | "beginning" | "close"
            )
            && doc.word_cow(j - 2) == "the"
            && doc.word_cow(j - 3) == "at"
        {
            break j - 3;
        }
        let modifier = ENCOUNTER_MODIFIERS.contains(&w.as_ref())
            || ["-day", "-nation", "-country", "-week", "-city", "-stop"]
                .iter()
                .any(|x| w.len() > x.len() && w.ends_with(x))
            // "a four-nation EU visit": a body or a state named before the noun.
            || doc.mention_covering(doc.tokens[j].span.start).is_some_and(|k| {
                matches!(doc.kind(k), EntityKind::Organization | EntityKind::Country)
            });
        if !modifier {
            return None;
        }
        if let Some(k) = doc.mention_covering(doc.tokens[j].span.start) {
            j = doc.token_at_or_after(doc.mentions[k].span.start);
        }
    };
    // The place right before the adjunct, after "in".
    let pk = doc.mention_covering(doc.tokens[adjunct.checked_sub(1)?].span.start)?;
    if !matches!(doc.kind(pk), EntityKind::Country | EntityKind::Location) {
        return None;
    }
    let pin = doc.token_at_or_after(doc.mentions[pk].span.start);
    if pin <= first + 1 || doc.word_cow(pin - 1) != "in" {
        return None;
    }
    // The visitor before "in".
    let mut v = pin - 1;
    while v > first && LOCATED_GAP.contains(&doc.word_cow(v - 1).as_ref()) {
        v -= 1;
    }
    if v == pin - 1 || v == first {
        return None;
    }
    let w = doc.word_cow(v - 1);
    let who = if matches!(w.as_ref(), "he" | "she") {
        pronoun_antecedent(doc, &w, tr.si, doc.tokens[v - 1].span.start, quotes, affils)?
    } else {
        let k = doc.mention_covering(doc.tokens[v - 1].span.start)?;
        if doc.is_modifier(k) || in_pp(doc, k) || doc.kind(k) != EntityKind::Person {
            return None;
        }
        arg(doc, k)?
    };
    let place = arg(doc, pk)?;
    (who.entity != place.entity).then_some((who, place))
}

/// (rel36b) "visit Aceh in Indonesia, as well as Sri Lanka", "visited Aceh, Thailand and Sri
/// Lanka": the places listed after the visited place `k` (countries and other places go
/// together; "in <country>" after a place locates it and the list goes on after it; "," "and"
/// ", and" "as well as" join). A place after "and" that a verb follows opens a new clause.
fn visited_places<'d>(doc: &'d Doc<'_>, k: usize, end: usize) -> impl Iterator<Item = usize> + 'd {
    let place = |k: usize| matches!(doc.kind(k), EntityKind::Country | EntityKind::Location);
    let mut out = Vec::new();
    let mut cur = k;
    let mut located = false;
    while place(cur) {
        let from = doc.mentions[cur].span.end;
        let Some(&n) = doc
            .mentions_in(Span::new(from, end))
            .iter()
            .find(|&&n| doc.mentions[n].span.start >= from)
        else {
            break;
        };
        let gap: Vec<String> = doc
            .tokens_in(Span::new(from, doc.mentions[n].span.start))
            .map(|j| doc.word_cow(j).into_owned())
            .collect();
        let gap: Vec<&str> = gap.iter().map(String::as_str).collect();
        if !place(n) {
            break;
        }
        if !located && matches!(gap.as_slice(), ["in"]) && doc.kind(n) == EntityKind::Country {
            located = true;
            cur = n;
            continue;
        }
        let joined = matches!(
            gap.as_slice(),
            [","] | ["and"] | [",", "and"] | ["as", "well", "as"] | [",", "as", "well", "as"]
        );
        // "... Paris, and France agreed": a verb after the place opens a clause.
        let after = doc.token_at_or_after(doc.mentions[n].span.end);
        let clause = after < doc.tokens.len()
            && lower_word(doc, after)
            && !matches!(
                doc.word_cow(after).as_ref(),
                "and" | "or" | "in" | "on" | "as" | "last" | "this" | "next" | "during" | "to"
            );
        if !joined || clause || doc.is_modifier(n) {
            break;
        }
        out.push(n);
        located = false;
        cur = n;
    }
    out.into_iter()
}

/// "flew to the Greek island of Lesbos, where he visited a refugee camp": a visit with no
/// place of its own in a "where" clause right after a place (its comma between) visits that
/// place (the subject of "visited" right after "where").
fn visited_where(doc: &Doc<'_>, tr: &Trigger<'_>) -> Option<Arg> {
    if tr.entry.lemma != "visit" {
        return None;
    }
    let first = doc.tokens_in(tr.sent).start;
    let wh = (tr.ti.saturating_sub(4).max(first)..tr.ti)
        .rev()
        .find(|&j| doc.word_cow(j) == "where")?;
    if wh < first + 2 || doc.tokens[wh - 1].text(doc.text) != "," {
        return None;
    }
    let k = doc.mention_covering(doc.tokens[wh - 2].span.start)?;
    if !matches!(doc.kind(k), EntityKind::Country | EntityKind::Location)
        || doc.mentions[k].span.end != doc.tokens[wh - 2].span.end
    {
        return None;
    }
    arg(doc, k)
}

/// "At a meeting in Paris last January, French and Soviet trade ministers agreed": a meeting
/// (or talks) noun opening the sentence with no side of its own is between the two states
/// coordinated right after its place, time and comma (names or demonyms before a lower-case
/// noun of office).
fn meeting_opener_sides(doc: &Doc<'_>, tr: &Trigger<'_>) -> Option<(Arg, Arg)> {
    if !matches!(tr.entry.rel_type.as_str(), "meets" | "negotiates") {
        return None;
    }
    let first = doc.tokens_in(tr.sent).start;
    if !(tr.ti == first + 2
        && matches!(doc.word_cow(first).as_ref(), "at" | "during" | "after")
        && matches!(doc.word_cow(first + 1).as_ref(), "a" | "the"))
    {
        return None;
    }
    // The first state coordinated with another after the noun (its place and time between,
    // a comma or none: "At a meeting in Paris last January French and Soviet ministers").
    let mut j = tr.tlast + 1;
    let a = loop {
        if !in_clause(doc, tr.sent.end, j) || j > tr.tlast + 10 {
            return None;
        }
        if CLAUSE_BREAKS.contains(&doc.word_cow(j).as_ref()) {
            return None;
        }
        if let Some(k) = doc.mention_covering(doc.tokens[j].span.start) {
            if doc.kind(k) == EntityKind::Country && doc.word_cow(token_after(doc, k)) == "and" {
                break k;
            }
            j = token_after(doc, k);
        } else {
            j += 1;
        }
    };
    let and = token_after(doc, a);
    let b = doc.mention_covering(doc.tokens.get(and + 1)?.span.start)?;
    let after = doc.tokens.get(token_after(doc, b))?;
    if doc.kind(a) != EntityKind::Country
        || doc.kind(b) != EntityKind::Country
        || !after.text(doc.text).starts_with(char::is_lowercase)
    {
        return None;
    }
    let (a, b) = (arg(doc, a)?, arg(doc, b)?);
    (a.entity != b.entity).then_some((a, b))
}

/// The country whose capital a visited place `place` is ("in Dublin" visits Ireland), when
/// the article names that country and the visitor `visitor` is neither it nor one of its
/// officials (a leader at home is no visitor of his own country).
fn capital_country(doc: &Doc<'_>, place: usize, visitor: usize, affils: &[Affil]) -> Option<usize> {
    let pe = &doc.res.entities[place];
    if pe.kind != EntityKind::Location {
        return None;
    }
    let c = (0..doc.res.entities.len()).find(|&e| {
        doc.res.entities[e].kind == EntityKind::Country
            && doc
                .lexicon_attr(e, "capital")
                .is_some_and(|caps| caps.split('|').any(|c| c == pe.name))
    })?;
    let cid = &doc.res.entities[c].id;
    let home = c == visitor
        || super::affil::tied_to(affils, visitor, cid)
        || doc.lexicon_attr(visitor, "country") == Some(cid.as_str());
    (!home).then_some(c)
}

/// Words of shares bought back from their holder ("the repurchase of 2.5 mln shares from X"),
/// after which the seller may be a person.
const SHARE_WORDS: &[&str] = &["shares", "stock", "stake", "pct", "percent", "holding"];

/// (relbiz) The sellers of a purchase noun ending at `tlast` whose goods follow "of": "the
/// purchase of 25 jets from X" (X), "from X and Y" (both), "of 20 jets from X and 15 Y
/// 767's" or "and 10 jets from Y" (X and Y: a maker before a model number, or a second
/// `from`). A person sells only shares ("the repurchase of shares from investor X"). The
/// clause ends at `end`.
fn purchase_sellers(doc: &Doc<'_>, tlast: usize, end: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let of = tlast + 1;
    if !in_clause(doc, end, of) || doc.word_cow(of) != "of" {
        return out;
    }
    let shares = (of + 1..of + 8)
        .take_while(|&j| in_clause(doc, end, j) && doc.word_cow(j) != "from")
        .any(|j| SHARE_WORDS.contains(&doc.word_cow(j).as_ref()));
    let Some(k) = sale_source(doc, of + 1, end, shares) else {
        return out;
    };
    out.push(k);
    out.extend(coordinated_objects(doc, k, end));
    let last = *out.last().unwrap_or(&k);
    // "... and 15 Boeing Co <BA> 767's", "... and ten from Boeing".
    let and = doc.token_at_or_after(past_brackets(doc.text, doc.mentions[last].span.end));
    if !in_clause(doc, end, and + 1)
        || doc.word_cow(and) != "and"
        || !(doc.tokens[and + 1].kind == TokenKind::Number
            || COUNT_WORDS.contains(&doc.word_cow(and + 1).as_ref()))
    {
        return out;
    }
    if let Some(s) = sale_source(doc, and + 1, end, false) {
        out.push(s);
    } else if let Some(m) = (and + 1..and + 5)
        .take_while(|&j| in_clause(doc, end, j))
        .find_map(|j| doc.mention_covering(doc.tokens[j].span.start))
        .filter(|&m| {
            doc.kind(m) == EntityKind::Organization && !doc.is_possessor(m) && {
                let n = doc.token_at_or_after(past_brackets(doc.text, doc.mentions[m].span.end));
                in_clause(doc, end, n)
                    && doc.mention_covering(doc.tokens[n].span.start).is_none()
                    && doc.tokens[n]
                        .text(doc.text)
                        .contains(|c: char| c.is_ascii_digit())
            }
        })
    {
        out.push(m);
    }
    out
}

/// (relbiz) "discussed plant protection with X, packaging with Y and juice processing with Z":
/// the names of later phrases of a list that repeat the "with" of the first one, mention `k`
/// (and the names coordinated with each). Each phrase opens with a comma or "and" and holds
/// at most eight lower-case words of what is done (no verb form in "-ed", no clause word, no
/// event verb right after the conjunction: "and cooperating with Z" is another act), before the
/// clause ends at `end`.
fn parallel_with(doc: &Doc<'_>, k: usize, end: usize) -> Vec<usize> {
    let mut out = Vec::new();
    if preposition_before(doc, k).as_deref() != Some("with") {
        return out;
    }
    let mut last = coordinated_objects(doc, k, end).last().unwrap_or(k);
    loop {
        let mut j = doc.token_at_or_after(past_brackets(doc.text, doc.mentions[last].span.end));
        if !in_clause(doc, end, j) || !matches!(doc.word_cow(j).as_ref(), "," | "and") {
            break;
        }
        if doc.word_cow(j) == "," && doc.word_cow(j + 1) == "and" {
            j += 1;
        }
        let opener = j + 1;
        let with = (opener..opener + 9)
            .take_while(|&i| in_clause(doc, end, i))
            .find(|&i| {
                let t = doc.tokens[i];
                let w = doc.word_cow(i);
                w == "with"
                    || t.kind != TokenKind::Word
                    || !t.text(doc.text).starts_with(char::is_lowercase)
                    || w.ends_with("ed")
                    || i == opener && doc.pipeline.extractor.is_event_verb(&w)
                    || CLAUSE_BREAKS.contains(&w.as_ref())
                    || NOT_SUBJUNCTIVE.contains(&w.as_ref())
                    || matches!(w.as_ref(), "said" | "says" | "that" | "to" | "it" | "they")
            })
            .filter(|&i| i > opener && doc.word_cow(i) == "with");
        let Some(next) = with
            .and_then(|i| object_np(doc, i, end, &["with"], true, false))
            .filter(|&m| {
                matches!(
                    doc.kind(m),
                    EntityKind::Organization | EntityKind::Country | EntityKind::Person
                ) && !doc.is_modifier(m)
                    && !doc.is_possessor(m)
            })
        else {
            break;
        };
        out.push(next);
        out.extend(coordinated_objects(doc, next, end));
        last = *out.last().unwrap_or(&next);
    }
    out
}

/// Words that call a merger off besides [`CANCELS`] and [`ENDINGS`]: "abandoned the merger".
const CALLS_OFF: &[&str] = &["abandoned", "abandons", "abandon", "dropped", "drops"];

/// (relbiz) Whether the merger noun at `ti..=tlast` is called off: "called off (its planned)
/// merger with X", "terminated the merger agreement", "abandoned the merger" (a word of
/// [`CANCELS`], [`ENDINGS`] or [`CALLS_OFF`] within four words before it, in its clause
/// `cl`), or "the merger with X was off", "... has been called off" (in the eight words after
/// it, before the sentence ends; not "was off 5 pct", a price).
fn merger_called_off(doc: &Doc<'_>, cl: Span, ti: usize, tlast: usize) -> bool {
    let before: Vec<Cow<'_, str>> = doc
        .tokens_in(Span::new(cl.start, doc.tokens[ti].span.start))
        .rev()
        .take(4)
        .map(|j| doc.word_cow(j))
        .collect();
    let calls = |w: &str| matches!(w, "call" | "calls" | "called" | "calling");
    if before.iter().enumerate().any(|(i, w)| {
        CANCELS.contains(&w.as_ref())
            || ENDINGS.contains(&w.as_ref())
            || CALLS_OFF.contains(&w.as_ref())
            || w == "off" && before.get(i + 1).is_some_and(|v| calls(v))
    }) {
        return true;
    }
    let Some(si) = doc.sentence_at(doc.tokens[ti].span.start) else {
        return false;
    };
    let after: Vec<usize> = doc
        .tokens_in(Span::new(
            doc.tokens[tlast].span.end,
            doc.sentences[si].span.end,
        ))
        .take(10)
        .collect();
    after.windows(2).any(|p| {
        let (a, b) = (doc.word_cow(p[0]), doc.word_cow(p[1]));
        let be = matches!(a.as_ref(), "was" | "is" | "were" | "been" | "now");
        (be && (b == "off" || CANCELS.contains(&b.as_ref()) || b == "terminated")
            || calls(&a) && b == "off")
            && (b != "off"
                || doc.tokens.get(p[1] + 1).is_none_or(|t| {
                    t.kind == TokenKind::Punct
                        || matches!(
                            doc.word_cow(p[1] + 1).as_ref(),
                            "and" | "but" | "because" | "after" | "since" | "as" | "when"
                        )
                }))
    })
}

/// (relbiz) Whether the name at `span` sells shares: it follows "from" right away or past at
/// most two words of its title ("2 mln shares from investor X"), after a word of
/// [`SHARE_WORDS`] (within 40 bytes).
fn sold_from(doc: &Doc<'_>, span: Span) -> bool {
    let before =
        &doc.text[crate::text::floor_char(doc.text, span.start.saturating_sub(40))..span.start];
    before.rsplit_once(" from ").is_some_and(|(goods, rest)| {
        goods.split_whitespace().any(|w| SHARE_WORDS.contains(&w))
            && rest.split_whitespace().count() <= 2
            && !rest.contains([',', '.', ';'])
            && rest.split_whitespace().all(|w| !PREPOSITIONS.contains(&w))
    })
}

// ---- relpol28: US political news, a lawmaker's party tag between subject and verb ----

/// Words that may stand between a party tag's closing bracket (or a relative "who") and the
/// verb, up to three of them, besides weekdays and "-ly" adverbs ([`tag_gap_word`]):
/// auxiliaries, "also" ("(D-Mo.) has also endorsed", "(R-Ky.) on Tuesday urged").
const TAG_GAP: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "then",
    "later",
    "again",
    "already",
    "once",
    "on",
    "yesterday",
    "today",
    "will",
    "would",
];

/// A word of a party tag's gap: one of [`TAG_GAP`], a weekday, or an "-ly" adverb.
fn tag_gap_word(w: &str) -> bool {
    TAG_GAP.contains(&w)
        || crate::text::WEEKDAY_NAMES.contains(&w)
        || w.len() > 4 && w.ends_with("ly")
}

/// "(D-Mo.)", "(R-S.C.)", "(I-Vt.)": is the text between a bracket pair a party tag, a party
/// letter, a hyphen and a state's name or abbreviation?
fn party_tag(inside: &str) -> bool {
    let b = inside.trim().as_bytes();
    b.len() >= 4
        && b.len() <= 20
        && matches!(b[0], b'D' | b'R' | b'I')
        && b[1] == b'-'
        && b[2].is_ascii_uppercase()
        && b[2..]
            .iter()
            .all(|&c| c.is_ascii_alphabetic() || c == b'.' || c == b' ')
}

/// The person named right before a party tag that closes at token `close` (a ")"):
/// "Sen. Claire McCaskill (D-Mo.)" gives McCaskill's mention; none when the bracket holds
/// something else or the name is a preposition's object ("a letter to Rep. X (R-Ohio)").
fn person_before_tag(doc: &Doc<'_>, close: usize) -> Option<usize> {
    let open = (close.saturating_sub(8)..close)
        .rev()
        .find(|&j| doc.tokens[j].text(doc.text) == "(")?;
    let inside = &doc.text[doc.tokens[open].span.end..doc.tokens[close].span.start];
    if !party_tag(inside) {
        return None;
    }
    let k = doc.mention_ending_at(doc.text[..doc.tokens[open].span.start].trim_end().len())?;
    (doc.kind(k) == EntityKind::Person
        && doc.id(k).is_some()
        && !in_pp(doc, k)
        && !titled_in_pp(doc, k))
    .then_some(k)
}

/// The subject a lawmaker's party tag hides from the verb's actor search:
/// "Sen. Claire McCaskill (D-Mo.) endorsed X" (the tag closes right before the verb, at most
/// an auxiliary, "also", a weekday or an adverb between) and "Sen. Lindsey Graham (R-S.C.),
/// who has blasted X" (a relative clause opening right after the tag and its comma). Only the
/// named person before the tag; a tag further from the verb gives nothing.
fn party_tag_subject(doc: &Doc<'_>, tr: &Trigger<'_>) -> Option<Arg> {
    let gap = |j: usize| tag_gap_word(&doc.word_cow(j));
    let mut g = tr.ti;
    while g > 0 && tr.ti - g < 3 && gap(g - 1) {
        g -= 1;
    }
    let mut j = g.checked_sub(1)?;
    // "(R-S.C.), who has blasted": the relative pronoun and the comma before it.
    if doc.word_cow(j) == "who" && j >= 2 && doc.tokens[j - 1].text(doc.text) == "," {
        j -= 2;
    }
    if doc.tokens[j].span.start < tr.sent.start {
        return None;
    }
    if doc.tokens[j].text(doc.text) != ")" {
        // "Senator Ted Cruz of Texas, who has attacked X": a person's home state before the
        // relative clause's comma.
        let relative = g >= 1 && doc.word_cow(g - 1) == "who";
        return relative
            .then(|| person_of_place(doc, j))
            .flatten()
            .and_then(|k| arg(doc, k));
    }
    person_before_tag(doc, j).and_then(|k| arg(doc, k))
}

/// "Senator Ted Cruz of Texas": the person named right before "of" and the place or country
/// whose mention ends at token `j`; none when the person is a preposition's object.
fn person_of_place(doc: &Doc<'_>, j: usize) -> Option<usize> {
    let place = doc.mention_ending_at(doc.tokens[j].span.end)?;
    if !matches!(doc.kind(place), EntityKind::Location | EntityKind::Country) {
        return None;
    }
    let of = doc
        .token_at_or_after(doc.mentions[place].span.start)
        .checked_sub(1)?;
    if doc.word_cow(of) != "of" || of == 0 {
        return None;
    }
    let k = doc.mention_ending_at(doc.tokens[of - 1].span.end)?;
    (doc.kind(k) == EntityKind::Person
        && doc.id(k).is_some()
        && !in_pp(doc, k)
        && !titled_in_pp(doc, k))
    .then_some(k)
}

/// Words that open an appositive description: "Harlan Crow, a Texas developer, who".
const APPOSITIVE_OPENERS: &[&str] = &["a", "an", "the", "another", "one"];

/// "Robert Mercer, a longtime donor who backs Mr. Cruz", "Harlan Crow, a Texas developer, who
/// had supported X", "National Nurses United, a union that has endorsed X": the name an
/// appositive describes is the subject of the relative clause after the appositive ("who" for
/// a person or a body, "that" for a body). The description runs from its determiner to the
/// pronoun (up to twelve words, no clause mark, no verb of an event or of saying, no person
/// of its own but a modifier: not "an aide to X who"). Returns the name's mention and the
/// token of the relative pronoun.
fn appositive_relative_subject(doc: &Doc<'_>, tr: &Trigger<'_>) -> Option<(usize, usize)> {
    let gap = |j: usize| tag_gap_word(&doc.word_cow(j));
    let mut g = tr.ti;
    while g > 0 && tr.ti - g < 3 && gap(g - 1) {
        g -= 1;
    }
    let w = g.checked_sub(1)?;
    let that = match doc.word_cow(w).as_ref() {
        "who" => false,
        "that" => true,
        _ => return None,
    };
    let mut p = w.checked_sub(1)?;
    if doc.tokens[p].text(doc.text) == "," {
        p = p.checked_sub(1)?;
    }
    let lo = p
        .saturating_sub(12)
        .max(doc.token_at_or_after(tr.sent.start));
    let mut c = p;
    while c > lo {
        let t = doc.tokens[c].text(doc.text);
        if t == "," {
            break;
        }
        let lw = doc.word_cow(c);
        if matches!(t, ";" | ":" | "(" | ")" | "\"" | "“" | "”" | "—" | "–")
            || matches!(
                lw.as_ref(),
                "who" | "which" | "that" | "said" | "says" | "and"
            )
            || doc.pipeline.extractor.is_event_verb(&lw)
        {
            return None;
        }
        c -= 1;
    }
    if doc.tokens[c].text(doc.text) != ","
        || c == 0
        || !APPOSITIVE_OPENERS.contains(&doc.word_cow(c + 1).as_ref())
    {
        return None;
    }
    let desc = Span::new(doc.tokens[c].span.end, doc.tokens[w].span.start);
    if doc
        .mentions_in(desc)
        .into_iter()
        .any(|m| doc.kind(m) == EntityKind::Person && !doc.is_modifier(m))
    {
        return None;
    }
    let k = doc.mention_ending_at(doc.tokens[c - 1].span.end)?;
    let fits = match doc.kind(k) {
        EntityKind::Person => !that,
        EntityKind::Organization => true,
        _ => false,
    };
    (fits && doc.id(k).is_some() && !doc.is_modifier(k)).then_some((k, w))
}

/// relpol28's argument repair: a verb whose subject is a lawmaker with a party tag
/// ([`party_tag_subject`]) takes that person as its actor when the search found none or only
/// the state inside the tag ("Rep. Peter King (R-N.Y.) criticized X": King, not New York); a
/// relative clause after an appositive takes the name the appositive describes
/// ([`appositive_relative_subject`]) when the search found none or a name inside it.
fn relpol28_args(doc: &Doc<'_>, tr: &Trigger<'_>, noun: bool, src: &mut Option<Arg>, tgt: &[Arg]) {
    if noun || tgt.is_empty() {
        return;
    }
    let tagged_state = src.is_some_and(|a| {
        doc.res.entities[a.entity].kind == EntityKind::Location
            && doc
                .text
                .get(a.span.end..doc.tokens[tr.ti].span.start)
                .is_some_and(|gap| gap.contains(')'))
    });
    let fresh = |p: &Arg| tgt.iter().all(|t| t.entity != p.entity);
    if src.is_none() || tagged_state {
        if let Some(p) = party_tag_subject(doc, tr).filter(fresh) {
            *src = Some(p);
            return;
        }
    }
    // The appositive's name, when the search found none or a name inside the description
    // ("a longtime Club for Growth donor who backs X").
    if let Some((k, w)) = appositive_relative_subject(doc, tr) {
        let inside = src.is_some_and(|a| {
            a.span.start >= doc.mentions[k].span.end && a.span.end <= doc.tokens[w].span.start
        });
        if src.is_none() || inside {
            if let Some(p) = arg(doc, k).filter(fresh) {
                *src = Some(p);
            }
        }
    }
}
