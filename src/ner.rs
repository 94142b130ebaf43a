//! Named-entity recognition: a gazetteer pass, then patterns.
//!
//! 1. One prefix trie ([`crate::trie::PrefixTrie`]: longest match at each word
//!    start, case-sensitive, word boundaries checked) over every lexicon name,
//!    alias, demonym and capital.
//! 2. Weapon designators by shape (`S-400`, `Mi-28NM`, `MQ-9`) when the
//!    sentence talks about weapons.
//! 3. Runs of capitalised words the gazetteer left over, classified by
//!    evidence: a title before them, an apposition after them, a reporting
//!    verb, an organisation head word or legal form, a given name, a locative
//!    preposition, a post held in a body ("analyst at X"), an electoral seat
//!    ("the X seat", "the X by-election", a peer's "Lord Y of X"), a lone
//!    surname that reports like a person (`"...," X said`, "X said he"), a
//!    speaker's name before "of" ("said X Y of Z").
//! 4. "<demonym> <institution>" phrases ("Iraqi Parliament").
//!
//! Mentions carry the rule that found them. Linking mentions into entities is
//! [`crate::resolve`]'s job.

// Hash maps keyed by words and offsets of our own text: a fast non-keyed hash.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::trie::PrefixTrie;

use crate::lexicon::{EntityEntry, InstitutionMode, Lexicon};
use crate::model::EntityKind;
use crate::span::Span;
use crate::text::{Sentence, Token, TokenKind, collapse_ws};

/// How a lexicon pattern names its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// Its name or an alias.
    Name,
    /// A demonym ("Iraqi").
    Demonym,
    /// Its capital or seat of government, standing for the state ("Baghdad").
    Capital,
    /// The surname of a well-known person ("Trump").
    Surname,
}

/// What a mention refers to before resolution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// A lexicon entry (index into [`Recognizer::entities`]).
    Lex(usize),
    /// A name found by patterns (its normalised surface form).
    Name(String),
}

/// One mention found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Where it is.
    pub span: Span,
    /// Kind.
    pub kind: EntityKind,
    /// What it refers to.
    pub target: Target,
    /// How it names it.
    pub form: Form,
    /// Which rule found it.
    pub rule: &'static str,
    /// A title written right before it ("President", "National Security Adviser").
    pub title: Option<Span>,
}

impl Mention {
    /// A mention that names its entity in its own words: the span's text, white space
    /// collapsed, is the name (no title, [`Form::Name`]).
    fn named(text: &str, span: Span, kind: EntityKind, rule: &'static str) -> Mention {
        Mention {
            span,
            kind,
            target: Target::Name(collapse_ws(span.slice(text))),
            form: Form::Name,
            rule,
            title: None,
        }
    }
}

/// A title found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TitleMatch {
    /// Where it is.
    pub span: Span,
    /// Index into the lexicon titles.
    pub index: usize,
}

/// One-word papers ("The Hill", "The Hindu") whose word after a lower-case "the" is as often
/// no paper ("on the Hill", "the Hindu majority").
const BARE_PAPER_EXCEPTIONS: &[&str] = &["Hill", "Hindu", "Sun"];

/// Titles of members elected for a seat ("MP for Sedgefield"): what follows "for" is the seat.
const SEAT_HOLDERS: &[&str] = &["mp", "member of parliament"];

/// The seat after a member's title ("MP for Kettering and Corby"), a place mention.
fn constituency(text: &str, span: Span) -> Mention {
    Mention::named(text, span, EntityKind::Location, "pattern/constituency")
}

/// Rule id of a candidate's campaign ("the Trump campaign"), an organisation mention.
pub const CAMPAIGN: &str = "pattern/campaign";
/// Rule id of a leader's government ("the Reagan administration"), an organisation mention.
pub const ADMINISTRATION: &str = "pattern/administration";

/// Rule id of a legislature's committee written in lower case ("the home affairs
/// committee"), an organisation mention.
pub const COMMITTEE: &str = "pattern/committee";

/// The policy areas of legislatures' committees, in lower case, as news copy writes them in
/// lower case ("the home affairs committee", "the environment select committee").
const COMMITTEE_AREAS: &[&str] = &[
    "home affairs",
    "foreign affairs",
    "constitutional affairs",
    "northern ireland affairs",
    "scottish affairs",
    "welsh affairs",
    "environment",
    "treasury",
    "defence",
    "defense",
    "health",
    "education",
    "education and skills",
    "public accounts",
    "public administration",
    "work and pensions",
    "transport",
    "trade and industry",
    "international development",
    "science and technology",
    "standards and privileges",
    "intelligence and security",
    "european scrutiny",
    "justice",
    "judiciary",
    "armed services",
    "appropriations",
    "finance",
    "budget",
    "banking",
    "agriculture",
    "energy",
    "ethics",
    "intelligence",
    "foreign relations",
    "homeland security",
    "ways and means",
    "energy and commerce",
];

/// Step 4d of [`Recognizer::recognize`]: "the home affairs committee", "the Commons
/// environment select committee": a policy area of [`COMMITTEE_AREAS`] (after "the", maybe
/// with a house between) before "committee" or "select committee", written in lower case,
/// is the organisation "Home Affairs Committee" (rule `pattern/committee`). Not where a
/// mention is already.
fn committee_mentions(text: &str, out: &mut Vec<Mention>) {
    let mut found = Vec::new();
    for at in crate::text::match_starts(text, " committee") {
        let end = at + " committee".len();
        if text[end..].starts_with(|c: char| c.is_alphanumeric() || c == '-') {
            continue;
        }
        let head = text[..at].strip_suffix(" select").unwrap_or(&text[..at]);
        for area in COMMITTEE_AREAS {
            let Some(lead) = head.strip_suffix(area) else {
                continue;
            };
            let start = lead.len();
            let lead = lead.trim_end();
            if lead.len() == start || !lead_is_committee_owner(lead) {
                continue;
            }
            let span = Span::new(start, end);
            if out
                .iter()
                .any(|m| m.span.start < span.end && span.start < m.span.end)
            {
                break;
            }
            let name = text[start..end]
                .split(' ')
                .map(|w| {
                    let mut c = w.chars();
                    c.next()
                        .map(|f| f.to_uppercase().chain(c).collect::<String>())
                        .unwrap_or_default()
                })
                .map(|w| if w == "And" { "and".to_string() } else { w })
                .collect::<Vec<_>>()
                .join(" ");
            found.push(Mention {
                span,
                kind: EntityKind::Organization,
                target: Target::Name(name),
                form: Form::Name,
                rule: COMMITTEE,
                title: None,
            });
            break;
        }
    }
    out.extend(found);
}

/// Rule id of a place named by its port ("the Haldia port", "the port of Haldia" is
/// [`PLACE_OF`]'s), a place mention.
const PORT_PLACE: &str = "pattern/port";

/// Rule id of an organisation named by its web address ("GenderAvenger.com").
const DOMAIN_ORG: &str = "pattern/domain";

/// Top-level parts of web addresses that name an organisation's site.
const DOMAIN_ENDS: &[&str] = &[".com", ".org", ".net", ".co.uk"];

/// True when no mention of `out` overlaps `start..end`.
fn uncovered(out: &[Mention], start: usize, end: usize) -> bool {
    !out.iter().any(|m| m.span.start < end && start < m.span.end)
}

/// Words right before a port's name: an article or a preposition of place or movement
/// ("the Haldia port", "through Rouen port", "close to Itaqui port"); not "a" or "an" (a
/// computer's "an Ethernet port").
const PORT_LEADS: &[&str] = &[
    "the", "of", "at", "in", "into", "to", "from", "near", "through", "via", "off", "outside",
    "for", "and",
];

/// The one capitalised word ("Haldia", "Port-Gentil") that ends at `end`, when a lower-case
/// word of [`PORT_LEADS`] comes before it (so it neither opens a sentence nor ends a longer
/// name): its start and that word.
fn lone_capitalised_before(text: &str, end: usize) -> Option<(usize, &str)> {
    let head = &text[..end];
    let word = head
        .rsplit(|c: char| !(c.is_alphabetic() || c == '-'))
        .next()?;
    let start = end - word.len();
    let mut chars = word.chars();
    if !chars.next().is_some_and(char::is_uppercase)
        || !chars.all(|c| c.is_lowercase() || c == '-')
        || word.len() < 3
    {
        return None;
    }
    let prev = head[..start]
        .strip_suffix(' ')?
        .rsplit([' ', '\n'])
        .next()?;
    PORT_LEADS.contains(&prev).then_some((start, prev))
}

/// Step 4e of [`Recognizer::recognize`]: a lone capitalised word before "port" or "ports"
/// ("the Haldia port", "the Haldia and Madras ports") is a place (rule `pattern/port`); a
/// capitalised name glued to a web address's end ("GenderAvenger.com") is an organisation
/// named without the end (rule `pattern/domain`). Not a common word, nor where a mention is
/// already.
fn port_and_domain_mentions(rec: &Recognizer, text: &str, out: &mut Vec<Mention>) {
    let mut found: Vec<Mention> = Vec::new();
    for at in crate::text::match_starts(text, " port") {
        let mut end = at + " port".len();
        if text[end..].starts_with('s') {
            end += 1;
        }
        if text[end..].starts_with(|c: char| c.is_alphanumeric() || c == '-') {
            continue;
        }
        let Some((start, prev)) = lone_capitalised_before(text, at) else {
            continue;
        };
        let mut spans = vec![Span::new(start, at)];
        // "the Haldia and Madras ports": two ports, each a lone name ("USB and Firewire
        // ports" are none).
        if prev == "and" {
            let Some(first_end) = start.checked_sub(" and ".len()) else {
                continue;
            };
            match lone_capitalised_before(text, first_end) {
                Some((first, lead)) if lead != "and" && text[end - 1..end] == *"s" => {
                    spans.push(Span::new(first, first_end))
                }
                _ => continue,
            }
        }
        for span in spans {
            let w = span.slice(text);
            if rec.is_nonname(w) || crate::text::is_day_or_month(w) {
                continue;
            }
            let port = Mention::named(text, span, EntityKind::Location, PORT_PLACE);
            // A lone word's guess at a person's name ("pattern/single") gives way.
            let guess = out
                .iter()
                .position(|m| m.span == span && m.rule == "pattern/single");
            if let Some(i) = guess {
                out[i] = port;
            } else if uncovered(out, span.start, span.end)
                && uncovered(&found, span.start, span.end)
            {
                found.push(port);
            }
        }
    }
    for tld in DOMAIN_ENDS {
        for at in crate::text::match_starts(text, tld) {
            let end = at + tld.len();
            if text[end..].starts_with(|c: char| c.is_alphanumeric() || c == '-') {
                continue;
            }
            let stem = text[..at]
                .rsplit(|c: char| !(c.is_alphanumeric() || c == '-'))
                .next()
                .unwrap_or("");
            let start = at - stem.len();
            if !stem.starts_with(|c: char| c.is_ascii_uppercase())
                || text[..start].ends_with(['.', '/', '@'])
            {
                continue;
            }
            let site = Mention {
                span: Span::new(start, end),
                kind: EntityKind::Organization,
                target: Target::Name(stem.to_string()),
                form: Form::Name,
                rule: DOMAIN_ORG,
                title: None,
            };
            // A lone word's guess at a person's name ("pattern/single") gives way.
            let guess = out
                .iter()
                .position(|m| m.span == Span::new(start, at) && m.rule == "pattern/single");
            if let Some(i) = guess {
                out[i] = site;
            } else if uncovered(out, start, end) {
                found.push(site);
            }
        }
    }
    out.extend(found);
}

/// The words before a committee's policy area end with "the", or with "the" and a house
/// ("the Commons", "the Senate", "the House").
fn lead_is_committee_owner(lead: &str) -> bool {
    let lead = [
        "Commons",
        "Lords",
        "Senate",
        "House",
        "parliamentary",
        "Parliament's",
    ]
    .iter()
    .find_map(|h| lead.strip_suffix(h))
    .map_or(lead, str::trim_end);
    let mut words = lead.rsplit(char::is_whitespace);
    match words.next() {
        Some("the" | "The") => true,
        // One adjective between: "the influential Commons home affairs committee".
        Some(adj) => {
            !adj.is_empty()
                && adj.bytes().all(|b| b.is_ascii_lowercase())
                && matches!(words.next(), Some("the" | "The"))
        }
        None => false,
    }
}

/// What a campaign's name adds to its candidate's surname ("Trump campaign").
const CAMPAIGN_SUFFIX: &str = " campaign";

/// What an administration's name adds to its leader's surname ("Reagan administration").
const ADMINISTRATION_SUFFIX: &str = " administration";

/// The candidate's surname in a campaign's name ("Trump campaign" → "Trump").
pub(crate) fn campaign_surname(name: &str) -> Option<&str> {
    name.strip_suffix(CAMPAIGN_SUFFIX)
}

/// Words after "X campaign" that make it a thing of the campaign, not the campaign acting:
/// "a Trump campaign rally", "Clinton campaign ads".
const CAMPAIGN_THINGS: &[&str] = &[
    "trail",
    "rally",
    "rallies",
    "event",
    "events",
    "stop",
    "stops",
    "ad",
    "ads",
    "advert",
    "adverts",
    "advertisement",
    "advertisements",
    "finance",
    "finances",
    "promise",
    "promises",
    "pledge",
    "pledges",
    "speech",
    "speeches",
    "season",
    "cycle",
    "slogan",
    "slogans",
    "website",
    "logo",
    "fund",
    "funds",
    "contribution",
    "contributions",
    "coffers",
    "money",
    "spending",
    "merchandise",
    "hat",
    "hats",
    "sign",
    "signs",
    "bus",
    "plane",
    "video",
    "videos",
    "theme",
    "message",
    "messages",
    "literature",
    "song",
    "songs",
];

/// Words after "X's campaign" that make the campaign the one acting or speaking: "Clinton's
/// campaign said", "Trump's campaign manager".
const CAMPAIGN_ACTS: &[&str] = &[
    "said",
    "says",
    "has",
    "had",
    "have",
    "is",
    "was",
    "will",
    "would",
    "did",
    "does",
    "told",
    "manager",
    "chairman",
    "chairwoman",
    "chair",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "aide",
    "aides",
    "official",
    "officials",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "staff",
    "staffer",
    "staffers",
    "director",
    "co-chair",
    "also",
    "then",
    "quickly",
];

/// Words after "X administration" that make it a thing or a time of the government, not the
/// government acting: "the Obama administration years", "a Reagan administration policy".
const ADMINISTRATION_THINGS: &[&str] = &[
    "era", "years", "year", "days", "policy", "policies", "style", "record", "legacy", "term",
];

/// Step 4c of [`Recognizer::recognize`]: a person's mention right before "campaign" ("the
/// Trump campaign", "Clinton campaign manager X", "Sanders's campaign said") becomes the
/// organisation "<Surname> campaign", unless a thing of the campaign follows ("a Trump
/// campaign rally"). After a possessive only when the campaign acts ("Clinton's campaign
/// said"): "his rival's campaign was" is a campaign, "Clinton's campaign promises" are not.
/// So does a person's mention before "administration", the organisation "<Surname>
/// administration" ("the Reagan Administration", "Trump administration officials"), unless
/// a thing or a time of it follows ("the Obama administration years"); never after a
/// possessive ("President Bush's administration" names the president).
fn campaign_mentions(rec: &Recognizer, text: &str, out: &mut [Mention]) {
    let given = |w: &str| rec.given.contains(w);
    for m in out.iter_mut() {
        if m.kind != EntityKind::Person {
            continue;
        }
        let rest = &text[m.span.end..];
        let (gap, possessive) = if let Some(r) = rest.strip_prefix("'s") {
            (r, true)
        } else if let Some(r) = rest.strip_prefix("’s") {
            (r, true)
        } else {
            (rest, false)
        };
        let (after, body, things, rule) = if let Some(a) = gap
            .strip_prefix(" campaign")
            .or_else(|| gap.strip_prefix(" Campaign"))
        {
            (a, CAMPAIGN_SUFFIX, CAMPAIGN_THINGS, CAMPAIGN)
        } else if let Some(a) = gap
            .strip_prefix(ADMINISTRATION_SUFFIX)
            .or_else(|| gap.strip_prefix(" Administration"))
            // ("President George W Bush's administration had done little": the person.)
            .filter(|_| !possessive)
        {
            (
                a,
                ADMINISTRATION_SUFFIX,
                ADMINISTRATION_THINGS,
                ADMINISTRATION,
            )
        } else {
            continue;
        };
        if after.starts_with(|c: char| c.is_alphanumeric() || c == '-') {
            continue;
        }
        let next = after
            .strip_prefix(' ')
            .and_then(|r| r.split(|c: char| !(c.is_alphanumeric() || c == '-')).next())
            .unwrap_or("");
        let lower = next.to_ascii_lowercase();
        if things.contains(&lower.as_str())
            || possessive
                && !(CAMPAIGN_ACTS.contains(&lower.as_str())
                    || next.len() > 3 && next.ends_with("ed"))
        {
            continue;
        }
        let surface = m.span.slice(text);
        let Some(mut surname) = surface.split_whitespace().last() else {
            continue;
        };
        // "Ted's campaign": a lone given name names the campaign by the surname the article
        // gives it in full ("Ted Cruz" → "Cruz campaign"), or no campaign.
        // ("Lindsey Graham ... the Graham campaign": a given name the article uses as a
        // surname stays.)
        if surname == surface
            && given(surname)
            && !rec.named_person_elsewhere(text, m.span.start, surname)
        {
            let full = crate::text::match_starts(text, surname).find_map(|p| {
                let rest = text[p + surname.len()..].strip_prefix(' ')?;
                let w = rest
                    .split(|c: char| !(c.is_alphanumeric() || c == '-'))
                    .next()?;
                (w.len() > 1 && w.starts_with(char::is_uppercase) && !given(w)).then_some(w)
            });
            match full {
                Some(w) => surname = w,
                None => continue,
            }
        }
        let end = text.len() - after.len();
        *m = Mention {
            span: Span::new(m.span.start, end),
            kind: EntityKind::Organization,
            target: Target::Name(format!("{surname}{body}")),
            form: Form::Name,
            rule,
            title: None,
        };
    }
}

/// Rule id of a bare institution word mention.
pub const BARE_INSTITUTION: &str = "pattern/bare-institution";
/// Rule id of an officer's body named right before the title ("UAL Inc Chairman X", "NUJ
/// General Secretary X", "Central Bank Governor X").
pub const EMPLOYER: &str = "pattern/employer";
/// Rule id of a capital taken as the city ("talks in Canberra"), a place mention.
const CAPITAL_PLACE: &str = "gazetteer/capital-place";
/// Rule of a lone organisation head word ("the Bank", "the Commission"): an entity only as a
/// short form of the one organisation of the article whose name has that word.
pub const BARE_HEAD: &str = "pattern/bare-head";

const ORG_HEADS: &[&str] = &[
    "Institute",
    "Institution",
    "Center",
    "Centre",
    "Council",
    "Committee",
    "Chamber",
    "Movement",
    "Party",
    "Bank",
    "Ministry",
    "Department",
    "Agency",
    "Organization",
    "Organisation",
    "University",
    "College",
    "Corporation",
    "Corp",
    "Company",
    "Co",
    "Inc",
    "Ltd",
    "Group",
    "Association",
    "Foundation",
    "Fund",
    "Forces",
    "Army",
    "Front",
    "Brigade",
    "Brigades",
    "Union",
    "League",
    "Commission",
    "Authority",
    "Service",
    "Services",
    "Office",
    "Court",
    "Assembly",
    "Parliament",
    "Congress",
    "Senate",
    "Network",
    "News",
    "Times",
    "Post",
    "Airlines",
    "Airways",
    "Lines",
    "Bureau",
    "Federation",
    "Confederation",
    "Guild",
    "Alliance",
    "Coalition",
    "Guard",
    "Guards",
    "Police",
    "Navy",
    "Society",
    "Trust",
    "Board",
    "Church",
    "Club",
    "Press",
    "Journal",
    "Television",
    "Radio",
    "Industries",
    "Holdings",
    "Systems",
    "Technologies",
    "Motors",
    "Energy",
    "Petroleum",
    "Oil",
    "Gas",
    "Exchange",
    "Reserve",
    "Tribunal",
    "School",
    "Academy",
    "Hospital",
    "Institutes",
    "Studies",
    "Research",
    "Watch",
    "International",
    "Cabinet",
    "Directorate",
    "Command",
    "Affairs",
    "Forum",
    "Centre",
    "Ministries",
    "Initiative",
    "Program",
    "Programme",
    "Labs",
    "Laboratories",
    "Laboratory",
    "Fellowship",
    "Brotherhood",
    "Syndicate",
    "Cooperative",
];

/// Heads of bodies that a demonym names on its own ("the British Council", "the Spanish
/// Federation", "the Irish League"): one organisation, not the country. State institutions
/// ("Iraqi Parliament", "British Army") stay the country's.
const DEMONYM_BODY_HEADS: &[&str] = &[
    "Council",
    "Academy",
    "Society",
    "League",
    "Federation",
    "Confederation",
    "Association",
    "Trust",
    "Foundation",
    "Institute",
];

/// Last words of newspapers' names after a place ("Toronto Star", "Calgary Herald"); alone
/// they are everyday words, so they make an organisation only right after a place's name.
const PAPER_HEADS: &[&str] = &[
    "Star",
    "Herald",
    "Tribune",
    "Gazette",
    "Chronicle",
    "Inquirer",
    "Examiner",
    "Courier",
    "Dispatch",
    "Bulletin",
    "Observer",
    "Telegraph",
    "Globe",
    "Sentinel",
    "Register",
    "Advertiser",
    "Enquirer",
    "Bee",
    "Journal",
    "Record",
];

/// "Air Deccan", "Air Canada": "Air" and one capitalised word name an airline, unless the
/// word makes it an armed service, a rank or a thing ("Air Force", "Air Marshal").
fn is_airline(first: &str, second: &str) -> bool {
    first == "Air"
        && first_upper(second)
        && !matches!(
            second,
            "Force"
                | "Forces"
                | "Marshal"
                | "Commodore"
                | "Chief"
                | "Vice"
                | "Defense"
                | "Defence"
                | "Command"
                | "Station"
                | "Base"
                | "Missile"
                | "Quality"
                | "Traffic"
                | "Pollution"
                | "Act"
                | "Show"
                | "Freight"
                | "Filter"
                | "Transport"
                // (The tail of a longer name: "Japan Air Lines", "Delta Air Lines".)
                | "Lines"
        )
}

/// Heads of sports clubs' names ("Newcastle United", "Blackburn Rovers"), organisation
/// heads too ([`is_org_head`]). A run that joins two names with "and" before one of them lists
/// clubs ("Celtic and Rangers"); it is not one organisation.
const CLUB_HEADS: &[&str] = &[
    "United",
    "Rovers",
    "Athletic",
    "Wanderers",
    "Albion",
    "Rangers",
    "Hotspur",
];

/// Words that make a capitalised run a company or firm ("Monument Securities", "High Frequency Economics").
const COMPANY_WORDS: &[&str] = &[
    "Securities",
    "Consortium",
    "Stockbrokers",
    "Economics",
    "Capital",
    "Partners",
    "Associates",
    "Management",
    "Investments",
    "Investment",
    "Advisors",
    "Advisers",
    "Consulting",
    "Consultants",
    "Markets",
    "Financial",
    "Finance",
    "Insurance",
    "Motor",
    "Motors",
    "Airlines",
    "Pharmaceuticals",
    "Biologicals",
    "Chemicals",
    "Telecom",
    "Communications",
    "Media",
    "Entertainment",
    "Records",
    "Studios",
    "Pictures",
    "Foods",
    "Brewery",
    "Steel",
    "Mining",
    "Bank",
    "Banking",
    "Brothers",
    "Plc",
    "PLC",
    "Inc",
    "Ltd",
    "LLC",
    "AG",
    "SA",
    "GmbH",
    "NV",
    "Co",
    "Corp",
    "Bancorp",
    "Bancorporation",
    "Bancshares",
    "Bankshares",
    "Group",
    "Shimbun",
    "Herald",
    "Gazette",
    "Mail",
    "Telegraph",
    "Guardian",
    "Mirror",
    "Express",
    "Tribune",
    "Chronicle",
    "Registry",
    "Software",
    "Electronics",
    "Banque",
    "Banco",
    "Gruppo",
    "Groupe",
    "Compagnie",
    "Societe",
    "S.A.",
    "SpA",
    "S.p.A.",
    "BV",
    "B.V.",
    "AB",
    "ASA",
    "Oy",
    "Oyj",
    "LP",
    "L.P.",
    "Bhd",
];

/// Legal-form suffixes of company names ("Inc", "Corp", "Co", "Ltd"): never a name on their own.
const SUFFIXES: &[&str] = &[
    "Inc",
    "Corp",
    "Co",
    "Cos",
    "Ltd",
    "AG",
    "SA",
    "NV",
    "N.V.",
    "PLC",
    "Plc",
    "plc",
    "LLC",
    "GmbH",
    "Bhd",
    "Corporation",
    "Company",
    "Limited",
    "Bancorp",
    "Bancorporation",
    "Bancshares",
    "Bankshares",
    // Continental and Asian legal forms ("Montedison SpA", "Nokia Oy"; "AB" and "ASA" are
    // also acronyms and grades on their own, so only company words; "KK" is also a pair of
    // initials, so only a suffix).
    "S.A.",
    "SpA",
    "S.p.A.",
    "BV",
    "B.V.",
    "Oy",
    "Oyj",
    "KK",
    "LP",
    "L.P.",
    "Bhd",
];

/// Heads of names of events, competitions, products and works, which are not people or organisations.
const MISC_HEADS: &[&str] = &[
    "Cup",
    "Slam",
    "Open",
    "Championship",
    "Championships",
    "Games",
    "Olympics",
    "Awards",
    "Award",
    "Prize",
    "Trophy",
    "Festival",
    "Series",
    "Tour",
    "Grand",
    "Prix",
    "Show",
    "Day",
    "Week",
    "Act",
    "Bill",
    "Treaty",
    "Accord",
    "Agreement",
    "Plan",
    "Doctrine",
    "War",
    "Revolution",
    "DS",
    "PlayStation",
    "Xbox",
    "iPod",
    "Windows",
    "Hotel",
];

/// Nouns that, right before a name, say it is an organisation: "retailer Wal-Mart",
/// "the world's largest carmaker, Toyota,", "rebel group Jaish al-Adl".
const ORG_DESCRIPTORS: &[&str] = &[
    "retailer",
    "carmaker",
    "automaker",
    "airline",
    "firm",
    "company",
    "insurer",
    "lender",
    "broadcaster",
    "publisher",
    "newspaper",
    "magazine",
    "supermarket",
    "conglomerate",
    "manufacturer",
    "maker",
    "producer",
    "miner",
    "brewer",
    "chain",
    "operator",
    "group",
    "militia",
    "website",
    "network",
    "charity",
    "contractor",
    "supplier",
    "giant",
    "subsidiary",
    "watchdog",
    "regulator",
    "broker",
    "stockbroker",
    "brokerage",
    "distributor",
    "studio",
    "agency",
    "consultancy",
    "carrier",
    "label",
    "union",
    "daily",
    "club",
    "bank",
    "winemaker",
    "chipmaker",
    "drugmaker",
    "steelmaker",
    "toymaker",
    "planemaker",
    "grocer",
    "housebuilder",
    "bookmaker",
];

/// True for a noun of [`ORG_DESCRIPTORS`] ("retailer", "carmaker"), lower case.
pub(crate) fn is_org_descriptor(w: &str) -> bool {
    WORD_SETS[5].contains(w)
}

/// [`is_org_descriptor`] in any ASCII case: true when some noun `d` of [`ORG_DESCRIPTORS`]
/// has `d.eq_ignore_ascii_case(w)` (a set look-up, not a pass over the list).
fn is_org_descriptor_ci(w: &str) -> bool {
    if w.bytes().any(|b| b.is_ascii_uppercase()) {
        is_org_descriptor(&w.to_ascii_lowercase())
    } else {
        is_org_descriptor(w)
    }
}

/// The word lists the capitalised-run classifier tests most often, as hash
/// sets built on first use: a membership test hashes the word once instead of
/// comparing it with every entry of the list.
static WORD_SETS: std::sync::LazyLock<[crate::wordset::WordSet; 6]> =
    std::sync::LazyLock::new(|| {
        let mut sets: [crate::wordset::WordSet; 6] = [
            ORG_HEADS,
            COMPANY_WORDS,
            SUFFIXES,
            MISC_HEADS,
            ORG_OPENERS,
            ORG_DESCRIPTORS,
        ]
        .map(|l| l.iter().copied().collect());
        sets[0].extend(CLUB_HEADS.iter().copied());
        sets
    });

/// True for a word of two to six ASCII capitals ("NUJ", "FERC"): the shape of an acronym.
pub(crate) fn is_short_acronym(w: &str) -> bool {
    (2..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// True for a word of [`ORG_HEADS`] or [`CLUB_HEADS`].
pub(crate) fn is_org_head(w: &str) -> bool {
    WORD_SETS[0].contains(w)
}

/// True for a word of [`COMPANY_WORDS`].
fn is_company_word(w: &str) -> bool {
    WORD_SETS[1].contains(w)
}

/// True for a word that can end a company's name after its distinctive part ("Inc",
/// "Industries", "Holdings"): "Burlington Industries Inc" is "Burlington Industries" and "AFG
/// Industries Inc" is "AFG" when the article shortens them.
pub(crate) fn is_company_tail(w: &str) -> bool {
    is_suffix(w)
        || is_company_word(w)
        || matches!(
            w,
            "Industries"
                | "Holdings"
                | "Group"
                | "International"
                | "Corporation"
                | "Company"
                | "Labs"
                | "Laboratories"
        )
}

/// True when the "and" at position `i` of a run (words by `word`, its last at `last`) joins
/// two names that end in the same head word: "Vexa Bank and Ostrel Bank", "Kestrel Group and
/// Tarn Group" (two words or more on each side; "Bank and Trust Co" stays whole).
fn same_head_pair<'w>(i: usize, word: &impl Fn(usize) -> &'w str, last: usize) -> bool {
    if i < 2 || last < i + 2 {
        return false;
    }
    let head = word(i - 1);
    word(last) == head
        && (is_org_head(head) || is_company_word(head))
        && !(is_org_head(word(i + 1)) || is_company_word(word(i + 1)))
        && (i + 1..last).all(|k| !matches!(word(k), "and" | "&" | "of" | "for"))
}

/// True for a word of [`SUFFIXES`].
pub(crate) fn is_suffix(w: &str) -> bool {
    WORD_SETS[2].contains(w)
}

/// True when `text` writes `title word` before a company suffix somewhere ("General Tire and
/// Rubber Co" does not count; "General Acquisition Co" does).
fn company_opened_by(text: &str, title: &str, word: &str) -> bool {
    crate::text::match_starts(text, word).any(|p| {
        let before = text[..p].trim_end();
        let after = &text[p + word.len()..];
        before.ends_with(title)
            && before.len() < p
            && after.starts_with([' ', '\n'])
            && after
                .split_whitespace()
                .next()
                .is_some_and(|n| is_suffix(n.trim_end_matches([',', '.', ';'])))
    })
}

/// Lower-case words that, after a hyphen, make a name into a modifier ("Bush-style",
/// "Thatcher-era").
const COMPOUND_SUFFIXES: &[&str] = &["style", "era", "like", "esque", "type", "inspired"];

/// True for a person's mention that ends in "-style", "-era" and the like ("George Bush-style",
/// "Bush-era"): a name used as a modifier, which names no one who acts or speaks.
fn compound_modifier(text: &str, m: &Mention) -> bool {
    m.kind == EntityKind::Person
        && m.span
            .slice(text)
            .rsplit_once('-')
            .is_some_and(|(head, suffix)| !head.is_empty() && COMPOUND_SUFFIXES.contains(&suffix))
}

/// True for a word of [`ORG_OPENERS`].
fn is_org_opener(w: &str) -> bool {
    WORD_SETS[4].contains(w)
}

/// Words that cannot be part of a person's name but often open an organisation's ("Federal
/// Home Loan Bank", "Muslim Council of Britain", "Central Bank of Iraq"): kept at the start
/// of a run that ends in an organisation head.
const ORG_OPENERS: &[&str] = &[
    "First",
    "Security",
    "North",
    "South",
    "East",
    "West",
    "Capital",
    "Global",
    "Allied",
    "Public",
    "Arab",
    "Federal",
    "National",
    "Central",
    "Home",
    "Supreme",
    "Royal",
    "Islamic",
    "Muslim",
    "Catholic",
    "Jewish",
    "Christian",
    "Orthodox",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Upper",
    "Greater",
    "International",
    "Democratic",
    "Republican",
    "Popular",
    "Revolutionary",
    "United",
    "General",
    "Civil",
];

/// Nouns of an electoral or political contest that a party's adjective may describe before a
/// person's name: "Republican rival Donald Trump", "his Democratic challenger X".
pub(crate) const CONTEST_NOUNS: &[&str] = &[
    "rival",
    "contender",
    "challenger",
    "opponent",
    "frontrunner",
    "front-runner",
    "hopeful",
    "incumbent",
];

/// Nouns after which "Conservative" or "Liberal" is an ideology, not a party: "Conservative
/// commentator X", "Liberal activists".
const IDEOLOGY_NOUNS: &[&str] = &[
    "commentator",
    "commentators",
    "columnist",
    "columnists",
    "pundit",
    "pundits",
    "writer",
    "writers",
    "author",
    "blogger",
    "bloggers",
    "activist",
    "activists",
    "radio",
    "talk",
    "host",
    "groups",
    "group",
    "icon",
    "media",
    "outlets",
    "websites",
    "website",
    "evangelicals",
    "Christians",
    "christians",
];

/// Words of party politics after which a party's adjective names the party but only
/// describes the thing ("the Democratic nomination", "a Republican debate", "the Democratic
/// presidential candidates"): a mention, never an event's side ([`crate::extract::Doc::is_modifier`]).
pub(crate) const PARTY_THINGS: &[&str] = &[
    "candidate",
    "presidential",
    "nomination",
    "nominee",
    "nominees",
    "debate",
    "debates",
    "delegates",
    "superdelegates",
    "donors",
    "strategist",
    "strategists",
    "operative",
    "operatives",
    "platform",
    "lawmaker",
    "congressman",
    "congresswoman",
];

/// (rel37b) Nouns of a party's programme after its adjective: "Conservative plans",
/// "Conservative tax plans" (after a word of [`PARTY_PROGRAMME_HEADS`]).
const PARTY_PROGRAMME: &[&str] = &[
    "plan",
    "plans",
    "policy",
    "policies",
    "proposal",
    "proposals",
    "manifesto",
    "pledge",
    "pledges",
];

/// Nouns of a policy field between a party's adjective and a [`PARTY_PROGRAMME`] noun:
/// "Conservative spending plans", "Democratic health proposals".
const PARTY_PROGRAMME_HEADS: &[&str] = &[
    "spending",
    "tax",
    "economic",
    "immigration",
    "asylum",
    "health",
    "education",
    "pension",
    "pensions",
    "budget",
    "welfare",
    "crime",
];

/// The word (letters and digits) right after byte `e` past one space; "" when no space
/// follows.
pub(crate) fn word_after(text: &str, e: usize) -> &str {
    text[e..]
        .strip_prefix(' ')
        .and_then(|r| r.split(|c: char| !c.is_alphanumeric()).next())
        .unwrap_or("")
}

/// Compass words that go with the place after them into an organisation's name ("Northeast
/// Ohio Coalition").
const COMPASS_WORDS: &[&str] = &[
    "North",
    "South",
    "East",
    "West",
    "Northeast",
    "Northwest",
    "Southeast",
    "Southwest",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Central",
];

/// The alphabetic word that ends one space before `start` ("Stephen" in "Stephen Toulouse";
/// empty after punctuation), if a space is there.
fn word_before(text: &str, start: usize) -> Option<&str> {
    text[..start]
        .strip_suffix(' ')
        .map(|b| b.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or(""))
}

/// True when the context of `start..end` lets a dotted state abbreviation stand for the
/// state: a comma, an opening bracket, a hyphen or a slash before it ("Fresno, Calif.", "(Vt.)",
/// "D-Kan."), or a linking word before it and no capitalised word after it ("in Mass. and
/// Conn.", not "and N.M. Rothschild").
fn state_abbreviation_context(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end();
    if before.ends_with([',', '(', '-', '/']) {
        return true;
    }
    let w = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    ["in", "and", "or", "of", "from", "near", "outside"].contains(&w)
        && !text[end..].trim_start().starts_with(char::is_uppercase)
}

/// True when `text` has `word` right before a capitalised word that does not go on with an
/// organisation's name ("Chelsea Clinton", not "Chelsea FC" or "Chelsea Football Club").
fn given_name_use(text: &str, word: &str) -> bool {
    crate::text::match_starts(text, word).any(|i| {
        let next = text[i + word.len()..]
            .strip_prefix(' ')
            .map(|r| r.split(|c: char| !c.is_alphanumeric()).next().unwrap_or(""))
            .unwrap_or("");
        boundary_ok(text, i, i + word.len())
            && first_upper(next)
            && !is_org_head(next)
            && !is_suffix(next)
            && !matches!(next, "FC" | "Football")
    })
}

/// The last word of a title phrase ("executive" in "chief executive").
fn title_head<'a>(text: &'a str, t: &TitleMatch) -> &'a str {
    let words = t.span.slice(text);
    words.rsplit(' ').next().unwrap_or(words)
}

/// True for a title a company's people hold ([`CORPORATE_TITLE_HEADS`]), in any case.
fn corporate_title(text: &str, t: &TitleMatch) -> bool {
    let head = title_head(text, t);
    CORPORATE_TITLE_HEADS
        .iter()
        .any(|h| h.eq_ignore_ascii_case(head))
}

/// Words that qualify a title ("Former chairman", "Senior economist"), not an employer.
const TITLE_MODIFIERS: &[&str] = &[
    "european",
    "asian",
    "african",
    "western",
    "eastern",
    "arab",
    "christian",
    "muslim",
    "jewish",
    "catholic",
    "former",
    "senior",
    "chief",
    "deputy",
    "acting",
    "interim",
    "veteran",
    "leading",
    "top",
    "junior",
    "assistant",
    "associate",
    "executive",
    "vice",
    "then",
    "ex",
    "new",
    "incoming",
    "outgoing",
    "retired",
    "joint",
    "lead",
    "principal",
    "managing",
    "general",
    "regional",
    "national",
    "international",
    "global",
    "local",
    "independent",
    "longtime",
    "co",
];

/// Last words of titles that a company's people hold ("chief executive", "chairman"): after
/// "<title> of", a company name is the employer, not more of the title.
const CORPORATE_TITLE_HEADS: &[&str] = &[
    "chairman",
    "chairwoman",
    "chairperson",
    "executive",
    "officer",
    "founder",
    "head",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "analyst",
    "economist",
    "strategist",
    "treasurer",
    "partner",
    "owner",
    "president",
    "director",
];

/// Last words of posts held in a body besides a company's titles ([`CORPORATE_TITLE_HEADS`]):
/// after "<post> at|of|with", capitalised words name the body ("editor of Vexa Weekly",
/// "researcher at Orvane Labs").
const ROLE_POSTS: &[&str] = &[
    "manager",
    "editor",
    "researcher",
    "fellow",
    "professor",
    "lecturer",
    "co-founder",
];

/// Office words that end a title and never a name: a capitalised run after a title that ends
/// in one ("Deputy Assistant", "Deputy Agriculture Secretary") is the rest of the title.
const OFFICE_ENDS: &[&str] = &[
    "secretary",
    "secretaries",
    "minister",
    "ministers",
    "assistant",
    "undersecretary",
    "commissioner",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chairman",
    "chairwoman",
    "ambassador",
    "official",
    "officials",
];

/// Posts whose "of" is a subject, not a body ("professor of History").
const ACADEMIC_POSTS: &[&str] = &["professor", "lecturer", "fellow", "researcher", "editor"];

/// Verbs of saying after which a name that is no person's is a body's ([`Recognizer::reporting_subject`]).
const SAY_VERBS: &[&str] = &[
    "said",
    "says",
    "added",
    "adds",
    "told",
    "announced",
    "reported",
    "warned",
    "argued",
    "claimed",
    "claims",
    "noted",
    "believes",
    "predicted",
    "estimated",
];

/// Capitalised words that name a field or a department after a post ("head of Research",
/// "director of Public Affairs", "head of Global Markets"): a run of these alone is no body.
const SUBJECT_WORDS: &[&str] = &[
    "Research",
    "Marketing",
    "Communications",
    "Communication",
    "Operations",
    "Sales",
    "Strategy",
    "Policy",
    "Economics",
    "Finance",
    "Planning",
    "Development",
    "Corporate",
    "Affairs",
    "Public",
    "Investor",
    "Relations",
    "Equity",
    "Equities",
    "Trading",
    "Technology",
    "Engineering",
    "Production",
    "Exploration",
    "Studies",
    "Compliance",
    "Risk",
    "Investment",
    "Investments",
    "Fixed",
    "Credit",
    "Markets",
    "Commodities",
    "Human",
    "Resources",
    "Legal",
    "Security",
    "Intelligence",
    "Education",
    "Health",
    "Science",
    "History",
    "Law",
    "Politics",
    "Government",
    "Global",
    "International",
    "Emerging",
    "State",
    "Staff",
    "Programming",
    "Programmes",
    "Music",
    "Football",
    "Rugby",
    "Cricket",
    "Sport",
    "Sports",
    "News",
    "Information",
    "Analysis",
    "Prosecutions",
    "Elections",
    "Income",
    "Financial",
    "Customer",
    "Media",
    "Digital",
    "Services",
];

/// Posts held in a body, after an unknown acronym that is then the body ("PCS leader",
/// "ONEMI spokesman"); trades are left out ("FCOJ broker", "DVD player", "EMS member").
const BODY_POSTS: &[&str] = &[
    "leader",
    "chief",
    "chairman",
    "chairwoman",
    "president",
    "secretary",
    "general",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "officials",
    "director",
    "head",
    "boss",
    "executive",
    "delegate",
    "delegates",
    "commissioner",
    "governor",
    "founder",
    "treasurer",
    "manager",
];

/// True for a word of [`MISC_HEADS`].
fn is_misc_head(w: &str) -> bool {
    WORD_SETS[3].contains(w)
}

/// Last words of a capitalised run that make it a place ("Heathrow Airport", "Hyde Park",
/// "Red River"), when no person or organisation reading came first.
const PLACE_HEADS: &[&str] = &[
    "Airport",
    "Island",
    "Islands",
    "River",
    "Lake",
    "Bay",
    "Mountains",
    "Mountain",
    "Valley",
    "Street",
    "Square",
    "Avenue",
    "Road",
    "Bridge",
    "Stadium",
    "Arena",
    "Park",
    "Peninsula",
    "Desert",
    "Coast",
    "Heights",
    "Canal",
    "Harbour",
    "Harbor",
    "Airbase",
    "Strait",
    "Straits",
    "Basin",
    "Temple",
    "Mosque",
    "Cathedral",
    // Buildings and grounds: "Windsor Castle", "Woodhill Prison", "Westminster Abbey".
    "Castle",
    "Prison",
    "Palace",
    "Abbey",
];

/// Place heads that also end titles of books, films and shows ("Coronation Street", "Cold
/// Mountain", "Small Island"): they make a place only after "in", "at", "near" and the like.
const STREET_HEADS: &[&str] = &[
    "Street", "Square", "Avenue", "Road", "Bridge", "Park", "Island", "Mountain", "Heights",
    "Castle", "Palace", "Abbey",
];

/// Titles that, right before a one-word place and a capitalised word, make the pair a
/// person's name ("Senator Kent Conrad", "chairman Milan Mandaric").
const PERSON_TITLES_BEFORE_PLACE_NAME: &[&str] = &[
    "Senator",
    "Sen",
    "Rep",
    "Representative",
    "Governor",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Sir",
    "chairman",
    "Chairman",
    "director",
    "Director",
];

/// Prepositions of movement or position that, like [`LOCATIVE`], make a street-like name a
/// place ("ran towards Wilmslow Road", "a shop on Oxford Street", "walked along Princes Street").
const STREET_PREPOSITIONS: &[&str] = &["towards", "toward", "along", "via", "past", "on", "off"];

/// Acronyms of measures, roles and events, not of bodies ("GNP showed", "the CEO said").
const MEASURE_ACRONYMS: &[&str] = &[
    "GDP", "GNP", "CPI", "RPI", "LIFO", "FIFO", "CEO", "CFO", "COO", "IPO", "AGM", "EGM",
];

/// What a body does, right after "the" and its letters ("the ITC ruled", "the MPC judges"):
/// decisions and votes, not what a product or a measure does ("the GDP rose").
const BODY_ACTS: &[&str] = &[
    "ruled",
    "rules",
    "decided",
    "decides",
    "voted",
    "votes",
    "judged",
    "judges",
    "approved",
    "rejected",
    "ordered",
    "urged",
    "recommended",
    "announced",
    "agreed",
    "insisted",
    "accused",
    "criticised",
    "criticized",
];

/// First words of a class of shares, not of a company: "Class A shares", "Avg shares".
const SHARE_CLASS_WORDS: &[&str] = &[
    "Class",
    "Avg",
    "Average",
    "Common",
    "Preferred",
    "Ordinary",
    "Series",
    "Voting",
    "Treasury",
];

/// What a capitalised run owns, after "'s", that says it is a company ("Tesco's chief
/// executive", "Heineken's profits"). Words a person also has ("stake", "bid", "staff") are left
/// out.
const CORPORATE_POSSESSIONS: &[&str] = &[
    "chief executive",
    "chief financial officer",
    "chief operating officer",
    "finance director",
    "managing director",
    "chairman",
    "chairwoman",
    "shares",
    "share price",
    "shareholders",
    "profits",
    "profit",
    "pre-tax",
    "sales",
    "revenues",
    "revenue",
    "turnover",
    "earnings",
    "subsidiary",
    "headquarters",
    "takeover",
    "stores",
    "factory",
    "factories",
    "plant",
    "workforce",
    "market share",
    "shareholder",
];

/// Phrases right before a capitalised run that make it a company ("shares in Heineken").
const CORPORATE_BEFORE: &[&str] = &[
    "shares in",
    "shares of",
    "stake in",
    "takeover of",
    "merger with",
    "subsidiary of",
    "shareholders in",
    "shareholders of",
    "bid for rival",
];

/// Words that end companies' names and, before "and", end one company's name in a list
/// ("Vexa Labs and Orvane"); see [`Recognizer::list_after_name_end`].
const LIST_NAME_ENDS: &[&str] = &[
    "Labs",
    "Laboratories",
    "Laboratory",
    "Technologies",
    "Software",
    "Airlines",
    "Airways",
    "Studios",
    "Holdings",
    "Industries",
    "Group",
    "Entertainment",
    "Pharmaceuticals",
    "Motors",
    // Legal forms: "Nissho Iwai Corp and Marwick Holt KK".
    "Inc",
    "Corp",
    "Ltd",
    "PLC",
    "Plc",
    "AG",
    "SA",
    "NV",
    "KK",
    "SpA",
    "GmbH",
    "LLC",
    "Bhd",
];

/// Deal words right before a capitalised run that make it the company bought or merged
/// with: "its purchase of Kestrel Software", "agreed to acquire Orvane". Not "buy" or "sold"
/// (products: "buy DVDs"), nor a bare "bid for" (sports: "bid for the Davis Cup"); see
/// [`Recognizer::deal_object`].
const DEAL_BEFORE: &[&str] = &[
    "acquire",
    "acquires",
    "acquired",
    "acquiring",
    "acquisition of",
    "purchase of",
    "takeover bid for",
    "merge with",
    "merged with",
    "merger of",
    "bought",
];

/// "the town of Hinckley": nouns that, with "of", put a place after them.
const PLACE_OF: &[&str] = &[
    "town",
    "city",
    "village",
    "port",
    "suburb",
    "hamlet",
    "province",
    "region",
    "district",
    "county",
    "island",
    "municipality",
    "borough",
    "outskirts",
    "streets",
    "suburbs",
    // "the Isle of Sheppey", "on the edge of Dartmoor" (and [`PLURAL_PLACE_NOUNS`]).
    "isle",
    "edge",
];

/// Plural place nouns before "of" and a list of places: "the London boroughs of Hillingdon
/// and Wandsworth", "the cities of Kharkov and Lviv".
const PLURAL_PLACE_NOUNS: &[&str] = &[
    "towns",
    "cities",
    "villages",
    "boroughs",
    "counties",
    "regions",
    "provinces",
    "districts",
];

/// Words after a capitalised run that say it is a place ("in Cojedes state").
const PLACE_TYPES: &[&str] = &[
    "province",
    "region",
    "county",
    "city",
    "district",
    "state",
    "village",
    "town",
    "area",
    "valley",
    "governorate",
    "prefecture",
];

const NAME_PARTICLES: &[&str] = &[
    "al", "al-", "el", "bin", "ibn", "bint", "abu", "van", "von", "de", "der", "den", "da", "di",
    "du", "del", "della", "la", "le", "ben", "ter", "dos", "das", "st.",
];

/// Letters after a name that are titles, not part of it.
const POST_NOMINALS: &[&str] = &[
    "QC", "KC", "MP", "MEP", "MSP", "OBE", "MBE", "CBE", "KBE", "DBE", "FRS",
];

/// Given names that are also months or everyday words, so not in the given-name list.
const AMBIGUOUS_GIVEN: &[&str] = &["Jan", "Jun", "May", "Will", "Per"];

const CONNECTORS: &[&str] = &["of", "for", "and", "the", "on", "&", "y"];

/// A state's or city's own bodies, written capitalised after its name ("Texas Supreme Court",
/// "Ohio Senate", "Chicago Police").
const LOCAL_BODIES: &[&str] = &[
    "Supreme Court",
    "Court of Appeals",
    "Appeals Court",
    "Superior Court",
    "High Court",
    "Senate",
    "House of Representatives",
    "House of Delegates",
    "General Assembly",
    "State Assembly",
    "Assembly",
    "Legislature",
    "Police Department",
    "Police",
    "National Guard",
];

/// Words right before "in" + a capital that make the capital stand for its government: a
/// mood or a reaction there ("resistance in Washington", "concern in Tokyo"). After any other
/// word "in" + a capital is the city ("a ceremony in Washington", "listed in London").
const CAPITAL_GOVERNMENT_BEFORE: &[&str] = &[
    "resistance",
    "opposition",
    "anger",
    "concern",
    "concerns",
    "alarm",
    "unease",
    "hackles",
    "criticism",
    "critics",
    "pressure",
    "support",
    "sympathy",
    "sentiment",
    "mood",
    "thinking",
    "attitude",
    "attitudes",
    "esteem",
    "scepticism",
    "skepticism",
    "frustration",
    "irritation",
    "impatience",
    "worry",
    "worries",
    "fear",
    "fears",
    "doubts",
    "dismay",
    "outrage",
    "fury",
    "suspicion",
    "suspicions",
    "wrangling",
    "hawks",
    "hardliners",
    "reaction",
    "reactions",
    "eyebrows",
    "nerves",
    "optimism",
    "pessimism",
    "confidence",
    "enthusiasm",
    "displeasure",
    "annoyance",
    "resentment",
    "backlash",
    "ear",
    "gridlock",
    "dysfunction",
    "paralysis",
    "partisanship",
    "bickering",
    "infighting",
    "headaches",
    "consensus",
];

/// Words after which "in" + a seat of government names the place ("officials in Whitehall",
/// "a meeting in Downing Street"); other uses stand for the government.
const CAPITAL_PLACE_BEFORE: &[&str] = &[
    "said",
    "says",
    "told",
    "spoke",
    "speaking",
    "officials",
    "diplomats",
    "delegation",
    "embassy",
    "meeting",
    "meetings",
    "talks",
    "summit",
    "conference",
    "rally",
    "visit",
    "trip",
    "office",
    "offices",
    "based",
    "headquartered",
    "held",
    "arrived",
    "landed",
    "currently",
    "reporters",
    "correspondent",
    "traders",
    "dealers",
    "trading",
    "markets",
    "born",
    "died",
    "lives",
    "lived",
    "living",
    "flat",
    "flats",
    "house",
    "houses",
    "home",
    "homes",
    "apartment",
    "property",
    "hotel",
    "restaurant",
    "hospital",
    "prison",
    "studied",
    "exhibition",
    "concert",
    "premiere",
    "festival",
    "protest",
    "protests",
    "demonstration",
];

/// Words right before "from" and a capital that make it the city someone comes from or
/// reports from ("Wolf reported from Washington").
const CAPITAL_FROM_BEFORE: &[&str] = &[
    "reported",
    "reporting",
    "reports",
    "writes",
    "returned",
    "returning",
    "flew",
    "arrived",
    "arriving",
    "travelled",
    "traveled",
    "travelling",
    "traveling",
    "flights",
    "flying",
    // "a spokesman said in a telephone call from Washington".
    "call",
    "calls",
];

/// Words right before a capital that make it a part of the city ("north west London",
/// "central Tokyo", "near Baghdad").
const CITY_PART_BEFORE: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "downtown",
    "suburban",
    "inner",
    "near",
    "outside",
    "north-west",
    "north-east",
    "south-west",
    "south-east",
    "northwest",
    "northeast",
    "southwest",
    "southeast",
];

/// Nouns right after a capital that make it the city where something is or happens ("a
/// Washington event", "the London conference", "a Paris hotel", "Tokyo shares").
const CITY_THING_AFTER: &[&str] = &[
    "event",
    "events",
    "meeting",
    "conference",
    "summit",
    "hotel",
    "hotels",
    "airport",
    "office",
    "offices",
    "headquarters",
    "rally",
    "suburb",
    "suburbs",
    "restaurant",
    "hospital",
    "apartment",
    "home",
    "streets",
    "street",
    "residents",
    "bureau",
    "venue",
    "stadium",
    "subway",
    "metro",
    // A city's market: "Tokyo shares rose", "London dealers said".
    "shares",
    "stocks",
    "stock",
    "market",
    "markets",
    "bourse",
    "traders",
    "dealers",
    "interbank",
    "branch",
];

/// Words after a capital and a hyphen that make it the city where a body is ("London-based",
/// "London-listed").
const CITY_HYPHEN_AFTER: &[&str] = &["based", "listed", "headquartered", "born"];

/// Nouns after a capital's "'s" that name a part, a building or an office of the city itself
/// ("London's Belmarsh prison", "Tokyo's stock market", "Paris's mayor").
const CITY_OWN_AFTER: &[&str] = &[
    "prison",
    "jail",
    "court",
    "airport",
    "airports",
    "hospital",
    "hotel",
    "hotels",
    "mayor",
    "streets",
    "suburbs",
    "suburb",
    "district",
    "districts",
    "skyline",
    "underground",
    "subway",
    "metro",
    "station",
    "stations",
    "port",
    "docks",
    "residents",
    "stadium",
    "bourse",
    "exchange",
    "market",
    "markets",
    "river",
    "museum",
    "cathedral",
];

/// Words that end the look past a capital's "'s": what follows them is no longer the city's own.
const CITY_OWN_STOP: &[&str] = &[
    "of", "to", "for", "and", "or", "on", "in", "with", "by", "the", "a", "an", "that", "which",
    "its", "his", "her", "their", "over", "about", "against", "from", "at", "as", "is", "was",
];

/// True when the capital ending at `end` is followed by "'s", at most two words and a noun of
/// [`CITY_OWN_AFTER`]: "London's Belmarsh prison", "Tokyo's booming stock market". A market
/// must be a stock, money or bond market ("Tokyo's market opening" is the government's).
fn city_own_after(text: &str, end: usize) -> bool {
    let Some(rest) = text[end..]
        .strip_prefix("'s ")
        .or_else(|| text[end..].strip_prefix("\u{2019}s "))
    else {
        return false;
    };
    let mut prev = "";
    for (i, raw) in rest.split([' ', '\n']).take(3).enumerate() {
        let w = raw.trim_end_matches(['.', ',', ';', ':', ')']);
        if w.is_empty() || !w.bytes().all(|b| b.is_ascii_alphabetic()) {
            return false;
        }
        let lower = w.to_ascii_lowercase();
        if CITY_OWN_AFTER.contains(&lower.as_str())
            && (!matches!(lower.as_str(), "market" | "markets" | "exchange")
                || matches!(prev, "stock" | "money" | "bond" | "financial" | "exchange"))
        {
            return true;
        }
        if CITY_OWN_STOP.contains(&lower.as_str()) || w.len() != raw.len() || i == 2 {
            return false;
        }
        prev = w;
    }
    false
}

/// True when the capital at `start` (ending at `end`) is the city as a place: "in" right
/// before it, and before that no word of [`CAPITAL_GOVERNMENT_BEFORE`] (for a `seat` of
/// government, a word of [`CAPITAL_PLACE_BEFORE`]) or the start of a sentence ("In Tokyo,
/// ..."); "from" after a word of [`CAPITAL_FROM_BEFORE`]; a word of [`CITY_PART_BEFORE`] right
/// before it; a noun of [`PLACE_OF`] and "of" ("the streets of Brasilia"); a noun of
/// [`CITY_THING_AFTER`] right after it; or the city's district ("Washington DC").
fn capital_as_place(text: &str, start: usize, end: usize, seat: bool) -> bool {
    if text[start..end].ends_with("DC")
        || text[start..end].ends_with("D.C.")
        || place_of(text, start)
    {
        return true;
    }
    let prev = text[..start]
        .strip_suffix(' ')
        .map(|b| b.rsplit([' ', '\n']).next().unwrap_or(""));
    if prev.is_some_and(|w| in_list_ascii_ci(CITY_PART_BEFORE, w)) {
        return true;
    }
    let next = text[end..]
        .strip_prefix(' ')
        .map(|a| a.split(|c: char| !c.is_alphabetic()).next().unwrap_or(""));
    if next.is_some_and(|w| CITY_THING_AFTER.contains(&w)) {
        return true;
    }
    // "a London-based charity", "London-listed shares": where a body sits or trades.
    if text[end..].strip_prefix('-').is_some_and(|a| {
        let w = a
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        CITY_HYPHEN_AFTER.contains(&w)
    }) || city_own_after(text, end)
    {
        return true;
    }
    let before = text[..start].trim_end_matches(' ');
    if let Some(rest) = before
        .strip_suffix("from")
        .filter(|r| r.ends_with([' ', '\n']))
    {
        let w = rest.trim_end().rsplit([' ', '\n']).next().unwrap_or("");
        return CAPITAL_FROM_BEFORE.contains(&w);
    }
    if let Some(rest) = before.strip_suffix("In") {
        let rest = rest.trim_end();
        return rest.is_empty() || rest.ends_with(['.', '\n', '"']);
    }
    let Some(rest) = before
        .strip_suffix("in")
        .filter(|r| r.is_empty() || r.ends_with([' ', '\n']))
    else {
        return false;
    };
    let w = rest.trim_end().rsplit([' ', '\n']).next().unwrap_or("");
    let w = w.trim_end_matches(',');
    if seat {
        CAPITAL_PLACE_BEFORE.contains(&w)
    } else {
        !in_list_ascii_ci(CAPITAL_GOVERNMENT_BEFORE, w)
    }
}

/// Particles that belong to the surname after them ("Ben Ali", "bin Salman", "Le Pen",
/// "von der Leyen", "da Silva").
const SURNAME_PARTICLES: &[&str] = &[
    "Ben", "bin", "Bin", "ibn", "Ibn", "Al", "al", "El", "el", "Le", "La", "le", "la", "de", "De",
    "da", "Da", "di", "Di", "du", "Du", "dos", "van", "Van", "von", "Von", "der", "Der",
];

/// The surname a known person is called by alone: the name's last word with the particles
/// before it, `None` for a one-word name.
///
/// ```text
/// lexicon_surname("Zine El Abidine Ben Ali") == Some("Ben Ali")
/// lexicon_surname("Ursula von der Leyen") == Some("von der Leyen")
/// lexicon_surname("Vladimir Putin") == Some("Putin")
/// ```
fn lexicon_surname(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() < 2 {
        return None;
    }
    let mut start = words.len() - 1;
    while start >= 2 && SURNAME_PARTICLES.contains(&words[start - 1]) {
        start -= 1;
    }
    Some(words[start..].join(" "))
}

/// A title with a lower-case complement right before a name: "the minister for civil
/// aviation" + "Praful Patel", "secretary of state" + "Jane Roe". `before` ends where the
/// complement ends; returns the index of the title in front of "for"/"of". One to three
/// lower-case words, no article among them: "chief executive of the carmaker" + "Toyota"
/// names a company, not a person; nor do prepositions ("director of product at" + "Ask
/// Jeeves") or a company word right before the name ("editor of gadget magazine" + "Stuff").
fn title_with_complement(before: &str, title_at_end: &HashMap<usize, usize>) -> Option<usize> {
    let mut end = before.len();
    for _ in 0..3 {
        let word_start = before[..end].rfind(' ').map_or(0, |p| p + 1);
        let w = &before[word_start..end];
        if w.is_empty()
            || !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            || matches!(
                w,
                "the"
                    | "a"
                    | "an"
                    | "or"
                    | "his"
                    | "her"
                    | "its"
                    | "their"
                    | "at"
                    | "in"
                    | "on"
                    | "by"
                    | "with"
                    | "to"
                    | "from"
                    | "as"
                    | "such"
                    | "like"
                    | "into"
                    | "about"
                    | "for"
                    | "of"
            )
            // "minister of mines and energy X": "and" only inside the complement.
            || w == "and" && end == before.len()
            // "chairman of messaging firm" + "MBlox": the complement's noun names a company.
            || end == before.len()
                && (is_org_descriptor(w)
                    || matches!(
                        w,
                        "bank" | "broker" | "stockbroker" | "agency" | "party" | "union" | "fund"
                    ))
        {
            return None;
        }
        let rest = before[..word_start].trim_end_matches(' ');
        if let Some(t) = rest
            .strip_suffix(" for")
            .or_else(|| rest.strip_suffix(" of"))
            .and_then(|r| title_at_end.get(&r.len()))
        {
            return Some(*t);
        }
        end = rest.len();
    }
    None
}

/// Is the word at `start..end` one of a list of names: next to another capitalised word
/// across "and" or a comma ("Wagner and Brown", "Butt, Harper, Milner")?
fn in_name_list(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end();
    let after = text[end..].trim_start();
    let cap_after = |rest: &str| rest.trim_start().starts_with(|c: char| c.is_uppercase());
    let cap_before = |b: &str| {
        b.trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
    };
    before.strip_suffix(" and").is_some_and(cap_before)
        || before.strip_suffix(',').is_some_and(cap_before)
        || after.strip_prefix("and ").is_some_and(cap_after)
        || after.strip_prefix(',').is_some_and(cap_after)
}

/// Does the name go on after an institution word: "Court" + " of Appeals"? Then the phrase
/// opens a longer name.
/// True when `rest` opens with `phrase` (ASCII case aside) as whole words, and no name goes on
/// after it with "of"/"for" ("Supreme Court" in "Supreme Court rulings", not in "Supreme Court
/// of Canada").
fn phrase_opens(rest: &str, phrase: &str) -> bool {
    rest.len() >= phrase.len()
        && rest.is_char_boundary(phrase.len())
        && rest[..phrase.len()].eq_ignore_ascii_case(phrase)
        && rest[phrase.len()..]
            .chars()
            .next()
            .is_none_or(|c| !is_word_char(c))
        && !names_more(&rest[phrase.len()..])
}

fn names_more(after: &str) -> bool {
    let mut words = after.split(' ').skip(1);
    let w = words.next().unwrap_or("");
    after.starts_with(' ') && (w == "of" || w == "for") && first_upper(words.next().unwrap_or(""))
}

/// Words that may open a capitalised run without being part of the name in it.
const LEADING_FUNCTION_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "however",
    "meanwhile",
    "but",
    "and",
    "or",
    "so",
    "when",
    "while",
    "after",
    "before",
    "since",
    "as",
    "if",
    "in",
    "on",
    "at",
    "by",
    "with",
    "for",
    "from",
    "to",
    "of",
    "according",
    "despite",
    "although",
    "also",
    "both",
    "his",
    "her",
    "their",
    "its",
    "our",
    "yesterday",
    "today",
    "earlier",
    "later",
    "under",
    "against",
];

/// Lower-case words that may follow a place's name ("in Lievre on Sunday", "near Kharbat,
/// where"): any other lower-case word after a name makes it a qualifier ("in Orvane stock").
const PLACE_FOLLOWERS: &[&str] = &[
    "on",
    "in",
    "at",
    "to",
    "and",
    "or",
    "but",
    "which",
    "where",
    "who",
    "whose",
    "that",
    "with",
    "for",
    "from",
    "last",
    "this",
    "next",
    "when",
    "since",
    "before",
    "after",
    "until",
    "as",
    "is",
    "was",
    "were",
    "are",
    "has",
    "had",
    "have",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "said",
    "says",
    "by",
    "near",
    "earlier",
    "yesterday",
    "today",
    "tonight",
    "during",
    "over",
    "under",
    "about",
    "than",
    "while",
    "because",
    "so",
    "the",
    "a",
    "an",
    "aged",
    "early",
    "late",
    "later",
    "recently",
    "between",
    "into",
    "via",
    "then",
    "there",
    "also",
    "s",
];

/// A peer's style before the place the title is taken from ("Duke of Edinburgh").
const PEER_STYLES: &[&str] = &[
    "Duke of ",
    "Duchess of ",
    "Earl of ",
    "Countess of ",
    "Marquess of ",
];

const LOCATIVE: &[&str] = &[
    "in", "at", "near", "from", "to", "across", "outside", "inside", "into", "around", "across",
];

const WEAPON_WORDS: &[&str] = &[
    "missile",
    "missiles",
    "system",
    "systems",
    "jet",
    "jets",
    "fighter",
    "fighters",
    "tank",
    "tanks",
    "helicopter",
    "helicopters",
    "drone",
    "drones",
    "aircraft",
    "plane",
    "planes",
    "bomber",
    "bombers",
    "submarine",
    "submarines",
    "rocket",
    "rockets",
    "weapon",
    "weapons",
    "launcher",
    "launchers",
    "air defense",
    "air defence",
    "warplane",
    "warplanes",
    "howitzer",
    "howitzers",
    "gunship",
    "frigate",
];

/// The recogniser: compiled once from a [`Lexicon`], then shared by all threads.
#[derive(Debug)]
pub struct Recognizer {
    /// Lexicon entities (indexed by [`Target::Lex`]).
    pub entities: Vec<EntityEntry>,
    gazetteer: PrefixTrie,
    gaz_info: Vec<(usize, Form)>,
    titles: PrefixTrie,
    /// The lexicon's titles as a set, for "is this word a title" ([`Recognizer::is_title`]).
    title_words: HashSet<String>,
    /// Titles of the "occupation" category ("farmer", "teacher"), lower case.
    occupations: Vec<String>,
    /// Lexicon titles (lower case), indexed by [`TitleMatch::index`].
    pub title_list: Vec<(String, String, Option<String>)>,
    given: HashSet<String>,
    /// Given names usually borne by women (-1) or men (+1).
    given_gender: HashMap<String, i8>,
    nonnames: HashSet<String>,
    reporting: HashSet<String>,
    /// Institution phrases (words joined by one space), most words first.
    institutions: Vec<(String, InstitutionMode)>,
    /// The one-word phrases of [`Recognizer::institutions`], for a look-up instead of a scan.
    lone_institutions: HashSet<String>,
    /// Indices into [`Recognizer::institutions`] (in its order) by the phrase's first byte,
    /// ASCII-lower-cased ([`institutions_by_first`]).
    institutions_by_first: Vec<Vec<usize>>,
    /// Entity index by id.
    pub by_id: HashMap<String, usize>,
    /// Institution words that titles imply (`parliament` for "member of parliament").
    title_orgs: HashSet<String>,
    /// The byte lengths of [`Recognizer::title_orgs`] as a set ([`len_bit`]): a word of
    /// another length is none of them, with no comparison.
    title_org_lens: u128,
    /// First person entity by folded name ([`crate::slug::fold`]).
    pub person_by_fold: HashMap<String, usize>,
    /// A country's one lexicon organisation named by an institution phrase: (country index,
    /// phrase) → organisation index ("parliament" of the UK → "UK Parliament").
    country_orgs: HashMap<(usize, String), usize>,
    /// Indices of the lexicon's parties (`type=party`), in lexicon order: the few entities a
    /// party-name look-up has to read.
    pub parties: Vec<usize>,
}

/// For each first byte of a text (ASCII-lower-cased; 256 for an empty text), the indices of
/// the institution phrases that may open it, in order: those whose first byte, lower-cased,
/// is that byte, and the empty ones (which any text may open).
fn institutions_by_first(institutions: &[(String, InstitutionMode)]) -> Vec<Vec<usize>> {
    let mut by_first = vec![Vec::new(); 257];
    for (i, (phrase, _)) in institutions.iter().enumerate() {
        match phrase.as_bytes().first() {
            Some(&b) => by_first[usize::from(b.to_ascii_lowercase())].push(i),
            None => by_first.iter_mut().for_each(|v| v.push(i)),
        }
    }
    by_first
}

/// "al-Hamdani", "el-Sisi", "ad-Dawla": an Arabic article joined to a capitalised name.
fn glued_particle_name(w: &str) -> bool {
    [
        "al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-",
    ]
    .iter()
    .any(|p| {
        w.len() > p.len() + 1
            && w.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
            && w[p.len()..].starts_with(|c: char| c.is_uppercase())
    })
}

/// A one-bit set of a byte length (lengths of 127 and more share the last bit): words of
/// different lengths are never equal, even ignoring ASCII case.
fn len_bit(len: usize) -> u128 {
    1 << len.min(127)
}

/// True when `w` is in `list` (lower-case words) ignoring ASCII case: what
/// `list.contains(&w.to_ascii_lowercase().as_str())` says, without the copy.
fn in_list_ascii_ci(list: &[&str], w: &str) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// `w.to_ascii_lowercase()`, borrowed when `w` has no ASCII capital (most words before a name:
/// "said", "the", "in").
fn ascii_lower_cow(w: &str) -> std::borrow::Cow<'_, str> {
    if w.bytes().any(|b| b.is_ascii_uppercase()) {
        std::borrow::Cow::Owned(w.to_ascii_lowercase())
    } else {
        std::borrow::Cow::Borrowed(w)
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The titles starting in `start..end` (titles are sorted by start): a binary search, so
/// per-run lookups stay logarithmic however many titles an article has.
fn titles_in(titles: &[TitleMatch], start: usize, end: usize) -> &[TitleMatch] {
    let lo = titles.partition_point(|t| t.span.start < start);
    let hi = titles.partition_point(|t| t.span.start < end);
    &titles[lo..hi.max(lo)]
}

/// The offsets where a name or title search may begin: a character that is not
/// whitespace, after no letter or digit and not joined to a word by an apostrophe
/// ("O'Sullivan"). Found once per article and shared by the title and gazetteer tries.
pub fn word_starts(text: &str) -> Vec<usize> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let bytes = text.as_bytes();
    if text.is_ascii() {
        ascii_word_starts(bytes, &mut out);
        return out;
    }
    let mut prev_alnum = false;
    let mut prev_char = ' ';
    let mut prev_alpha = false;
    let mut prev_prev_alpha = false;
    let mut next = 0;
    while next < bytes.len() {
        let i = next;
        // ASCII is classified from the byte; other characters are decoded.
        let (c, alpha, alnum) = match bytes[i] {
            b if b.is_ascii() => {
                next += 1;
                (
                    b as char,
                    b.is_ascii_alphabetic(),
                    b.is_ascii_alphanumeric(),
                )
            }
            _ => {
                let c = text[i..].chars().next().unwrap_or(' ');
                next += c.len_utf8();
                let alpha = c.is_alphabetic();
                (c, alpha, alpha || c.is_numeric())
            }
        };
        let joined = (prev_char == '\'' || prev_char == '’') && prev_prev_alpha;
        let starts = !prev_alnum && !joined;
        prev_prev_alpha = prev_alpha;
        prev_alpha = alpha;
        prev_alnum = alnum;
        prev_char = c;
        if alnum && c.is_ascii() {
            // The rest of an ASCII word starts nothing: skip it, leaving the
            // state as its last two characters would.
            let run = crate::text::ascii_alnum_run(&bytes[next..]);
            if run > 0 {
                next += run;
                prev_prev_alpha = if run >= 2 {
                    bytes[next - 2].is_ascii_alphabetic()
                } else {
                    prev_alpha
                };
                prev_alpha = bytes[next - 1].is_ascii_alphabetic();
                prev_char = bytes[next - 1] as char;
            }
        }
        if starts && !bytes[i].is_ascii_whitespace() {
            out.push(i);
        }
    }
    out
}

/// [`word_starts`] of an all-ASCII text, byte by byte: a start is a byte that is not
/// white space, after no letter or digit and not after an apostrophe that follows a letter.
/// A letter or digit is always reached first in its word (the rest of the word is
/// skipped), so only the apostrophe can keep it from starting one.
fn ascii_word_starts(bytes: &[u8], out: &mut Vec<usize>) {
    let joined = |i: usize| i >= 2 && bytes[i - 1] == b'\'' && bytes[i - 2].is_ascii_alphabetic();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if crate::text::ASCII_ALNUM[usize::from(b)] {
            if !joined(i) {
                out.push(i);
            }
            i += 1 + crate::text::ascii_alnum_run(&bytes[i + 1..]);
        } else {
            let after_alnum = i > 0 && crate::text::ASCII_ALNUM[usize::from(bytes[i - 1])];
            if !(b.is_ascii_whitespace() || after_alnum || joined(i)) {
                out.push(i);
            }
            i += 1;
        }
    }
}

/// Longest matches that start at a word start (of [`word_starts`]) and end at a word end,
/// left to right, not overlapping. Anchoring each search at a word start keeps a match
/// inside a word ("culture minister" in "Agriculture Minister") from hiding a real one; a
/// phrase that ends inside a word gives way to a shorter one that does not. A name kept with
/// its article ("the Gulf") gives way to a longer one that starts after the
/// article when `other(short, long)` says the two patterns name different things ("the Gulf
/// of Oman", not "the Guardian newspaper").
fn word_start_matches(
    trie: &PrefixTrie,
    text: &str,
    starts: &[usize],
    other: impl Fn(usize, usize) -> bool,
) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut next_free = 0;
    for &i in starts {
        if i < next_free {
            continue;
        }
        let mut found = trie.longest_at(bytes, i);
        // A phrase that ends inside a word ("Iranian Parliament" in "Iranian Parliamentary")
        // gives way to a shorter one that ends at a word end ("Iranian").
        while let Some((end, _)) = found
            && !boundary_ok(text, i, end)
        {
            found = text[..end]
                .rfind(|c: char| !is_word_char(c))
                .filter(|&cut| cut > i)
                .and_then(|cut| trie.longest_at(&bytes[..cut], i));
        }
        if let Some((mut end, mut pattern)) = found {
            let mut i = i;
            if end > i + 4
                && matches!(&bytes[i..i + 3], b"the" | b"The")
                && bytes[i + 3].is_ascii_whitespace()
            {
                if let Some(longer) = trie
                    .longest_at(bytes, i + 4)
                    .filter(|l| l.0 > end && other(pattern, l.1))
                {
                    (i, (end, pattern)) = (i + 4, longer);
                }
            }
            if boundary_ok(text, i, end) {
                out.push((i, end, pattern));
                next_free = end;
            }
        }
    }
    out
}

fn boundary_ok(text: &str, start: usize, end: usize) -> bool {
    // "O'Sullivan" is one word: an apostrophe after a letter joins.
    let mut back = text[..start].chars().rev();
    if let (Some('\'' | '’'), Some(c)) = (back.next(), back.next()) {
        if c.is_alphabetic() {
            return false;
        }
    }
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let b_ok = before.is_none_or(|c| !is_word_char(c));
    let a_ok = after.is_none_or(|c| !is_word_char(c));
    b_ok && a_ok
}

/// A name without the legal forms or the head word its acronym leaves out ("Public and Civil
/// Workers Union" → "Public and Civil Workers", "Vantor Data Corp Ltd" → "Vantor Data"), when
/// two words or more are left.
fn without_head(name: &str) -> Option<&str> {
    let mut short = name.trim_end();
    while let Some((rest, last)) = short.rsplit_once(' ') {
        if !(is_suffix(last) || matches!(last, "Union" | "Group" | "Holdings")) {
            break;
        }
        short = rest.trim_end();
    }
    (short.len() < name.trim_end().len() && short.contains(' ')).then_some(short)
}

/// The first letters of a name's capitalised words: "Office for National Statistics" → "ONS".
fn initials(name: &str) -> String {
    initials_counting(name, &[])
}

/// [`initials`], also counting the lower-case `small` words, upper-cased: "Department of
/// Transportation" with `["of"]` → "DOT".
fn initials_counting(name: &str, small: &[&str]) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| first_upper(w) || small.contains(w))
        .filter_map(|w| w.chars().next())
        .map(|c| {
            if small.is_empty() {
                c
            } else {
                c.to_ascii_uppercase()
            }
        })
        .collect()
}

/// "the Public and Commercial Services Union ... the PCS Union ... PCSU official", "the
/// Scottish Environment Protection Agency ... Sepa said": short forms of an organisation the
/// article names in full are that organisation. An acronym and the full name's last (head) word
/// ("PCS Union") joins the one full name it shortens; a word the patterns took for nothing
/// that spells the letters of one full name joins it, in capitals ("PCSU", three letters or
/// more) or, as some house styles write acronyms, as a word ("Sepa", "Nato": four or more).
fn acronym_short_forms(text: &str, tokens: &[Token], out: &mut Vec<Mention>) {
    // The article's organisations named in full (three words or more): name and target.
    let full: Vec<(&str, Target)> = out
        .iter()
        .filter(|m| m.kind == EntityKind::Organization)
        .map(|m| (m.span.slice(text), m.target.clone()))
        .filter(|(n, _)| n.split_whitespace().count() >= 3)
        .collect();
    if full.is_empty() {
        return;
    }
    // The one target among those whose names pass `test`.
    let one = |test: &dyn Fn(&str) -> bool| -> Option<Target> {
        let mut found = full.iter().filter(|(n, _)| test(n)).map(|(_, t)| t);
        let t = found.next()?;
        found.all(|o| o == t).then(|| t.clone())
    };
    // "PCS Union" for "Public and Commercial Services Union".
    for m in out.iter_mut() {
        let Target::Name(n) = &m.target else { continue };
        let Some((acr, head)) = n.split_once(' ') else {
            continue;
        };
        if m.kind != EntityKind::Organization || !is_short_acronym(acr) || head.contains(' ') {
            continue;
        }
        let shortens = |name: &str| {
            name.rsplit_once(' ')
                .is_some_and(|(rest, last)| last == head && initials(rest) == acr)
        };
        if let Some(t) = one(&shortens) {
            m.target = t;
        }
    }
    // "PCSU", "Sepa": a bare word of the letters. The full names' initials are read once:
    // most words tested are capitalised words of the text ("Monday", "Brown").
    let letters: Vec<String> = full.iter().map(|(n, _)| initials(n)).collect();
    let mut cov = Coverage::new(text.len());
    cov.sync(out);
    let mut found = Vec::new();
    for t in tokens.iter().filter(|t| t.kind == TokenKind::Word) {
        let w = t.text(text);
        let caps = w.len() >= 3 && is_short_acronym(w);
        let word = (4..=6).contains(&w.len())
            && first_upper(w)
            && w.bytes().skip(1).all(|b| b.is_ascii_lowercase());
        if !(caps || word) {
            continue;
        }
        let upper = w.to_ascii_uppercase();
        // The one target of the full names with these initials, unless the word opens
        // another organisation's name.
        let mut hits = full
            .iter()
            .zip(&letters)
            .filter(|(_, l)| **l == upper)
            .map(|((_, t), _)| t);
        let Some(first) = hits.next() else {
            continue;
        };
        if !hits.all(|o| o == first) || opens_org_name(text, w, out) {
            continue;
        }
        let target = first.clone();
        // A name of the word alone (taken for a person so far) is retargeted.
        let alone = out
            .iter_mut()
            .find(|m| m.span == t.span && matches!(m.target, Target::Name(_)));
        if let Some(m) = alone {
            m.kind = EntityKind::Organization;
            m.target = target;
        } else if !cov.overlaps(t.span.start, t.span.end) {
            found.push(Mention {
                span: t.span,
                kind: EntityKind::Organization,
                target,
                form: Form::Name,
                rule: "pattern/acronym",
                title: None,
            });
        }
    }
    if !found.is_empty() {
        out.extend(found);
        out.sort_by_key(|m| (m.span.start, m.span.end));
    }
}

/// True when the word `w` opens the name of another organisation of the article: "FMC Corp
/// <FMC>" beside "Ford Motor Co" (the letters may not be the longer name's then).
fn opens_org_name(text: &str, w: &str, out: &[Mention]) -> bool {
    out.iter().any(|m| {
        m.kind == EntityKind::Organization
            && m.span
                .slice(text)
                .strip_prefix(w)
                .is_some_and(|r| r.starts_with(char::is_whitespace))
    })
}

/// True for a name particle ("van", "al", "bin") or a word opening with "al-", in any case.
fn is_name_particle(w: &str) -> bool {
    in_list_ascii_ci(NAME_PARTICLES, w) || w.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("al-"))
}

fn first_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

impl Recognizer {
    /// The sovereign country of country index `i`: its `part_of` country for the UK's
    /// constituent countries (Scotland → United Kingdom), else `i` itself.
    ///
    /// ```
    /// # use newsgraph::{lexicon::Lexicon, ner::Recognizer};
    /// let rec = Recognizer::new(&Lexicon::builtin().unwrap());
    /// let (scotland, uk) = (rec.by_id["country:scotland"], rec.by_id["country:united-kingdom"]);
    /// assert_eq!(rec.sovereign(scotland), uk);
    /// assert_eq!(rec.sovereign(uk), uk);
    /// ```
    pub fn sovereign(&self, i: usize) -> usize {
        self.entities[i]
            .attrs
            .get("part_of")
            .and_then(|p| self.by_id.get(p.as_str()).copied())
            .unwrap_or(i)
    }

    /// The home country (an entity index) of the outlet named `source` exactly as the lexicon
    /// names a news medium with a country, not a wire agency (`wire=1`): the country an
    /// article from it is about when it names none.
    ///
    /// ```
    /// # use newsgraph::{lexicon::Lexicon, ner::Recognizer};
    /// let rec = Recognizer::new(&Lexicon::builtin().unwrap());
    /// assert_eq!(rec.outlet_country("BBC News"), Some(rec.by_id["country:united-kingdom"]));
    /// assert_eq!(rec.outlet_country("Reuters"), None);
    /// ```
    pub fn outlet_country(&self, source: &str) -> Option<usize> {
        let (end, pat) = self.gazetteer.longest_at(source.as_bytes(), 0)?;
        let e = &self.entities[self.gaz_info[pat].0];
        if end != source.len()
            || e.kind != EntityKind::Organization
            || e.attrs.get("type").is_none_or(|t| t != "media")
            || e.attrs.contains_key("wire")
        {
            return None;
        }
        self.by_id.get(e.attrs.get("country")?.as_str()).copied()
    }

    /// Compiles the automata for a lexicon.
    ///
    /// ```
    /// use newsgraph::{lexicon::Lexicon, ner::Recognizer};
    /// let r = Recognizer::new(&Lexicon::builtin().unwrap());
    /// assert!(r.by_id.contains_key("country:iraq"));
    /// ```
    pub fn new(lex: &Lexicon) -> Recognizer {
        let entities = lex.entities.clone();
        let mut pats: Vec<String> = Vec::new();
        let mut info: Vec<(usize, Form)> = Vec::new();
        let mut seen: HashSet<String> = HashSet::default();
        let nonnames: HashSet<String> = lex.nonnames.iter().cloned().collect();
        let mut add = |p: &str,
                       idx: usize,
                       form: Form,
                       pats: &mut Vec<String>,
                       info: &mut Vec<(usize, Form)>| {
            // A leading article would make the match start early and hide longer names ("the Middle East Institute").
            let p = p.trim();
            // ... but a single word left alone would be an everyday word ("The Hill",
            // "the States", "the Channel"): those keep their article.
            let p = p
                .strip_prefix("the ")
                .or_else(|| p.strip_prefix("The "))
                .filter(|rest| {
                    rest.contains(' ')
                        || entities[idx].name == *rest
                        || entities[idx].aliases.iter().any(|a| a == rest)
                })
                .unwrap_or(p);
            // A demonym stays one even when it also names a language ("French", "Greek"), and
            // a name the lexicon gives on purpose stays one even when it cannot be part of a
            // person's name ("Congress", "Europe", "Democrats").
            if !p.contains(' ')
                && (nonnames.contains(p) && !matches!(form, Form::Demonym | Form::Name)
                    || !p
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()))
            {
                return;
            }
            if p.is_empty() || !seen.insert(p.to_string()) {
                return;
            }
            pats.push(p.to_string());
            info.push((idx, form));
        };
        // Surnames of well-known people, when only one person has that surname.
        let surnames: Vec<Option<String>> = entities
            .iter()
            .map(|e| {
                (e.kind == EntityKind::Person)
                    .then(|| lexicon_surname(&e.name))
                    .flatten()
            })
            .collect();
        let mut surname_count: HashMap<&str, usize> = HashMap::default();
        for last in surnames.iter().flatten() {
            *surname_count.entry(last.as_str()).or_default() += 1;
        }
        for (i, e) in entities.iter().enumerate() {
            add(&e.name, i, Form::Name, &mut pats, &mut info);
            for a in &e.aliases {
                add(a, i, Form::Name, &mut pats, &mut info);
            }
            for d in e.list("demonyms") {
                add(d, i, Form::Demonym, &mut pats, &mut info);
            }
            for c in e.list("capital").into_iter().chain(e.list("seats")) {
                add(c, i, Form::Capital, &mut pats, &mut info);
            }
        }
        // "the Guardian reported": a paper the lexicon names "The Guardian" is often written with
        // a lower-case article, no part of its name (the mention starts after it). Not a paper
        // whose one word is also a place or a people in everyday use ("on the Hill", "the
        // Hindu majority").
        // (Also a paper's one-word short name: "The Daily Telegraph", "The Telegraph".)
        for (i, e) in entities.iter().enumerate() {
            let names = std::iter::once(&e.name).chain(&e.aliases);
            for w in names.filter_map(|n| n.strip_prefix("The ")).filter(|w| {
                !w.contains(' ')
                    && !BARE_PAPER_EXCEPTIONS.contains(w)
                    && e.attrs.get("type").is_some_and(|t| t == "media")
            }) {
                add(&format!("the {w}"), i, Form::Name, &mut pats, &mut info);
            }
        }
        // Upper-case variants for all-caps text, after the originals so those win.
        let n = pats.len();
        for k in 0..n {
            let up = pats[k].to_uppercase();
            if up != pats[k] && up.chars().filter(|c| c.is_alphabetic()).count() >= 4 {
                let (i, f) = info[k];
                add(&up, i, f, &mut pats, &mut info);
            }
        }
        for (i, last) in surnames.iter().enumerate() {
            if let Some(last) = last {
                if surname_count.get(last.as_str()) == Some(&1) && last.chars().count() >= 3 {
                    add(last, i, Form::Surname, &mut pats, &mut info);
                }
            }
        }
        let title_list: Vec<(String, String, Option<String>)> = lex
            .titles
            .iter()
            .map(|t| {
                (
                    t.title.clone(),
                    t.category.clone(),
                    t.attrs.get("org").cloned(),
                )
            })
            .collect();
        // Both are searched only at word starts (see `word_start_matches`); titles ignore case.
        let gazetteer = PrefixTrie::new(&pats, false);
        let titles = PrefixTrie::new(title_list.iter().map(|t| t.0.as_str()), true);
        let by_id = entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        let mut institutions: Vec<(String, InstitutionMode)> = lex
            .institutions
            .iter()
            .map(|i| (collapse_ws(&i.word), i.mode))
            .collect();
        institutions.sort_by_key(|(p, _)| std::cmp::Reverse(p.split(' ').count()));
        let title_orgs: HashSet<String> = title_list.iter().filter_map(|t| t.2.clone()).collect();
        let mut person_by_fold = HashMap::default();
        for (i, e) in entities.iter().enumerate() {
            if e.kind == EntityKind::Person {
                person_by_fold
                    .entry(crate::slug::fold(&e.name))
                    .or_insert(i);
            }
        }
        // Institution phrases that name a country's own organisation: the organisation's name
        // or an alias is the phrase, or ends with it ("UK Parliament", "HM Treasury"). A phrase
        // that fits two organisations of one country names neither.
        let mut country_orgs: HashMap<(usize, String), Option<usize>> = HashMap::default();
        let phrases: Vec<&str> = institutions
            .iter()
            .filter(|(_, m)| *m == InstitutionMode::Org)
            .map(|(p, _)| p.as_str())
            .chain(title_list.iter().filter_map(|t| t.2.as_deref()))
            .collect();
        let country_idx: HashMap<&str, usize> = entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == EntityKind::Country)
            .map(|(i, e)| (e.id.as_str(), i))
            .collect();
        for (oi, e) in entities.iter().enumerate() {
            if e.kind != EntityKind::Organization {
                continue;
            }
            let Some(&ci) = e
                .attrs
                .get("country")
                .and_then(|c| country_idx.get(c.as_str()))
            else {
                continue;
            };
            let names: Vec<String> = std::iter::once(&e.name)
                .chain(&e.aliases)
                .map(|n| n.to_lowercase())
                .collect();
            for p in &phrases {
                let fits = names
                    .iter()
                    .any(|n| n == p || n.strip_suffix(p).is_some_and(|rest| rest.ends_with(' ')));
                if fits {
                    let slot = country_orgs.entry((ci, p.to_string())).or_insert(Some(oi));
                    if *slot != Some(oi) {
                        *slot = None;
                    }
                }
            }
        }
        let country_orgs = country_orgs
            .into_iter()
            .filter_map(|(k, v)| v.map(|v| (k, v)))
            .collect();
        let title_org_lens = title_orgs
            .iter()
            .fold(0, |acc, w: &String| acc | len_bit(w.len()));
        let parties = (0..entities.len())
            .filter(|&i| entities[i].attrs.get("type").map(String::as_str) == Some("party"))
            .collect();
        Recognizer {
            country_orgs,
            parties,
            title_orgs,
            title_org_lens,
            entities,
            gazetteer,
            gaz_info: info,
            titles,
            title_words: title_list.iter().map(|t| t.0.clone()).collect(),
            occupations: title_list
                .iter()
                .filter(|t| t.1 == "occupation")
                .map(|t| t.0.clone())
                .collect(),
            title_list,
            given: lex.given_names.iter().cloned().collect(),
            given_gender: lex
                .female_names
                .iter()
                .map(|n| (n.clone(), -1))
                .chain(lex.male_names.iter().map(|n| (n.clone(), 1)))
                .collect(),
            nonnames: lex.nonnames.iter().cloned().collect(),
            reporting: lex
                .reporting
                .iter()
                .flat_map(|r| r.forms.iter().cloned())
                .collect(),
            institutions_by_first: institutions_by_first(&institutions),
            lone_institutions: institutions
                .iter()
                .filter(|(p, _)| !p.contains(' '))
                .map(|(p, _)| p.clone())
                .collect(),
            institutions,
            by_id,
            person_by_fold,
        }
    }

    /// A well-known person's bare surname counts when a title stands before it ("President
    /// Trump"), when the article also names the person in full, or when the person is a head of
    /// state or government whose surname is not also a common given name.
    fn surname_ok(&self, text: &str, idx: usize, start: usize, titles: &[TitleMatch]) -> bool {
        let e = &self.entities[idx];
        let before = text[..start].trim_end();
        // A capitalised title right before the surname. Only a title of office identifies the
        // person ("President Trump"); a form of address or rank ("Lord Harris", "Mr Brown") fits
        // anyone with that surname.
        let title_before = titles.iter().find(|t| {
            t.span.end == before.len()
                && t.span
                    .slice(text)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
        });
        let honorific = title_before.map(|t| self.title_list[t.index].1 == "honorific");
        let surname = e.name.split_whitespace().last().unwrap_or("");
        // "Cameron-Smail said" after "Barry Cameron-Smail": the first half of a double-barrelled
        // name that the article gives someone with a given name ("Reagan-Gorbachev summit" is
        // two leaders).
        if let Some(rest) = text
            .get(start + surname.len()..)
            .and_then(|rest| rest.strip_prefix('-'))
            .filter(|rest| rest.starts_with(char::is_uppercase))
        {
            let end = start
                + surname.len()
                + 1
                + rest
                    .find(|c: char| !(c.is_alphabetic() || c == '-' || c == '\''))
                    .unwrap_or(rest.len());
            let whole = &text[start..end];
            let given_before = crate::text::match_starts(text, whole).any(|at| {
                text[..at]
                    .strip_suffix(' ')
                    .and_then(|b| b.rsplit([' ', '\n']).next())
                    .is_some_and(|w| self.given.contains(w))
            });
            if given_before {
                return false;
            }
        }
        // "Trade Minister Mohammed Mustafa al-Jibouri": a surname that is also a given name,
        // followed by another capitalised word, starts someone else's full name.
        let name_goes_on = || {
            self.given.contains(surname)
                && text[start..].split_once(' ').is_some_and(|(_, rest)| {
                    let w = rest.split(' ').next().unwrap_or("");
                    first_upper(w) || glued_particle_name(w) || is_name_particle(w)
                })
        };
        if honorific == Some(false) {
            return !name_goes_on();
        }
        // "Melania Trump", "Heidi Cruz": another given name right before the surname names
        // someone else of the family, even where the article names the known person too.
        let other_given = before.rsplit(char::is_whitespace).next().is_some_and(|w| {
            self.given.contains(w)
                && !e.name.split_whitespace().any(|n| n == w)
                && !e
                    .aliases
                    .iter()
                    .any(|a| a.split_whitespace().any(|n| n == w))
        });
        if other_given {
            return false;
        }
        if text.contains(e.name.as_str()) {
            return true;
        }
        let top = e.attrs.get("title").is_some_and(|t| {
            let t = t.to_ascii_lowercase();
            [
                "president",
                "prime minister",
                "chancellor",
                "king",
                "queen",
                "supreme leader",
                "premier",
                "emir",
                "crown prince",
            ]
            .iter()
            .any(|k| t == *k)
        });
        let prev_cap = before.rsplit(char::is_whitespace).next().is_some_and(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && !w.ends_with(['.', ',', ':', ';'])
        });
        // "Mr Putin": a plain form of address before a head of state or government.
        let plain_address = title_before.is_some_and(|t| {
            let tw = t.span.slice(text).trim_end_matches('.');
            ["Mr", "Mrs", "Ms", "Dr", "MR", "MRS", "MS", "DR"].contains(&tw)
        });
        // ("Major changes were announced": a surname that is also a title word stands alone
        // for the leader only after a form of address.)
        top && (!prev_cap || plain_address)
            && !self.given.contains(surname)
            && !self.nonnames.contains(surname)
            && (plain_address || !self.is_title_ci(surname))
            && (!in_name_list(text, start, start + surname.len()) || self.home_named(text, e))
    }

    /// Does the article name the country or body a well-known person belongs to (by name,
    /// alias, demonym or capital)? A bare "Brown" in a story that never mentions Britain is
    /// not Gordon Brown ("Wagner and Brown", a Texas firm).
    fn home_named<'a>(&'a self, text: &str, e: &EntityEntry) -> bool {
        let Some(home) = e
            .attrs
            .get("org")
            .and_then(|id| self.by_id.get(id.as_str()))
            .map(|&i| &self.entities[i])
        else {
            return true;
        };
        let names = |x: &'a EntityEntry| {
            std::iter::once(x.name.as_str())
                .chain(x.aliases.iter().map(String::as_str))
                .chain(x.list("demonyms"))
                .chain(x.list("capital"))
        };
        // The country itself, or one of its bodies ("Labour", "the Treasury").
        names(home).any(|n| text.contains(n))
            || self
                .entities
                .iter()
                .filter(|o| o.attrs.get("country").is_some_and(|c| *c == home.id))
                .any(|o| names(o).any(|n| n.len() > 3 && text.contains(n)))
    }

    /// The lexicon organisation of country `country` (an entity index) that the institution
    /// phrase `phrase` (lower case, "parliament") names, when there is exactly one.
    pub fn country_org(&self, country: usize, phrase: &str) -> Option<usize> {
        self.country_orgs
            .get(&(country, phrase.to_string()))
            .copied()
    }

    /// The start of a partnership's name whose first partner stands before a comma: `idx` is a
    /// run "Roebuck and Co (Inc)" starting at `start`, and "Sears, " comes right before it.
    /// Returns the new start and the mention in `out` that the first partner already was, if
    /// any (an organisation or a person, which the firm's name absorbs).
    fn comma_partner(
        &self,
        text: &str,
        tokens: &[Token],
        idx: &[usize],
        start: usize,
        out: &[Mention],
    ) -> Option<(usize, Option<usize>)> {
        let words: Vec<&str> = idx.iter().map(|&i| tokens[i].text(text)).collect();
        let [_, join, co, rest @ ..] = words.as_slice() else {
            return None;
        };
        if !matches!(*join, "and" | "&")
            || !matches!(*co, "Co" | "Company")
            || !rest.iter().all(|w| is_suffix(w))
        {
            return None;
        }
        let before = text[..start].strip_suffix(", ")?;
        let w_start = before
            .rfind(|c: char| !c.is_ascii_alphabetic())
            .map_or(0, |i| i + 1);
        let w = &before[w_start..];
        if w.len() < 2
            || !w.starts_with(|c: char| c.is_ascii_uppercase())
            || self.nonnames.contains(w)
        {
            return None;
        }
        // The partner may already be a mention ("Goldman" as a person): absorbed, unless it is
        // a country or a place ("Britain, Smith and Co" lists two things).
        let prior = out.iter().rposition(|m| m.span.end == before.len());
        match prior {
            Some(i) if matches!(out[i].kind, EntityKind::Country | EntityKind::Location) => None,
            // A longer mention ending in the partner's name ("Co Inc and Goldman", "Thomas
            // McKiernan") is another name or a misreading: the firm is left as it was.
            Some(i) if out[i].span.start < w_start => None,
            Some(i) => Some((w_start, Some(i))),
            None => Some((w_start, None)),
        }
    }

    /// Does a party's adjective at `s..e` ("Republican", "Democrat") name the party? Before a
    /// title or a given name ("Republican senator X", "Democrat Hillary Clinton"), a word of
    /// party politics ("a bigger Democratic majority", "the Democratic nomination", "the
    /// Democratic front-runner"), in "Democratic-leaning" and as a member's noun ("X, a
    /// Democrat, said"); not as an ideology ("Conservative commentator X").
    fn party_adjective_names(&self, text: &str, s: usize, e: usize, titles: &[TitleMatch]) -> bool {
        let word = &text[s..e];
        let rest = text[e..].strip_prefix(' ');
        let next = word_after(text, e);
        if matches!(word, "Conservative" | "Liberal") && IDEOLOGY_NOUNS.contains(&next) {
            return false;
        }
        // Not "Democratic Justice Party": the title word opens a longer name.
        let title_next = titles_in(titles, e + 1, e + 2).first().is_some_and(|t| {
            t.span.start == e + 1 && {
                let w = word_after(text, t.span.end);
                !(first_upper(w) && is_org_head(w))
            }
        });
        let politics_next = self.given.contains(next)
            || [
                "majority",
                "minority",
                "leaders",
                "leadership",
                "lawmakers",
                "senators",
                "congressmen",
                "caucus",
                "primary",
                "primaries",
                "convention",
                "ticket",
                "voters",
                "candidates",
                "establishment",
            ]
            .contains(&next)
            || PARTY_THINGS.contains(&next)
            // (A contest noun may have a hyphen: "the Democratic front-runner".)
            || rest.is_some_and(|r| {
                CONTEST_NOUNS.contains(
                    &r.split(|c: char| !(c.is_alphanumeric() || c == '-'))
                        .next()
                        .unwrap_or(""),
                )
            });
        // "Ana Ruiz, a Democrat, said", "a Republican from Ohio": the noun of a member.
        let member = || {
            text[..s].ends_with(" a ")
                && matches!(word, "Democrat" | "Republican")
                && (text[e..].starts_with([',', '.', ';', ':', ')'])
                    || rest.is_some_and(|r| {
                        ["from ", "who ", "and ", "in ", "of ", "with ", "on "]
                            .iter()
                            .any(|w| r.starts_with(w))
                    }))
        };
        // (rel37b) "attacked Conservative spending plans": the British party's own
        // programme, not at a sentence's start ("Conservative policy experts say" there may
        // be the ideology). (Not "the Democratic plan": in American copy the quote finder
        // then takes the party for a nearby speaker.)
        let programme = || {
            word == "Conservative"
                && text[..s]
                    .trim_end()
                    .ends_with(|c: char| c.is_ascii_alphabetic() || c == ',')
                && (PARTY_PROGRAMME.contains(&next)
                    || (PARTY_PROGRAMME_HEADS.contains(&next)
                        && PARTY_PROGRAMME.contains(&word_after(text, e + 1 + next.len()))))
        };
        title_next || politics_next || text[e..].starts_with("-leaning") || member() || programme()
    }

    /// True when a state-institution phrase ("military", "armed forces") starts with `word`
    /// (lower case).
    pub fn starts_institution(&self, word: &str) -> bool {
        let opens = |p: &String| p.split(' ').next() == Some(word);
        // A phrase opening with a word has the word's first byte: its bucket holds every
        // such phrase (and some others). The empty word is asked of them all.
        match word.as_bytes().first() {
            Some(&b) => self.institutions_by_first[usize::from(b.to_ascii_lowercase())]
                .iter()
                .any(|&i| opens(&self.institutions[i].0)),
            None => self.institutions.iter().any(|(p, _)| opens(p)),
        }
    }

    /// True for a reporting-verb form (`said`).
    pub fn is_reporting(&self, word: &str) -> bool {
        // (Most words asked are lower case already: no copy for them.)
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            self.reporting.contains(&word.to_ascii_lowercase())
        } else {
            self.reporting.contains(word)
        }
    }

    /// True for a capitalised word that never starts a name.
    pub fn is_nonname(&self, word: &str) -> bool {
        self.nonnames.contains(word)
    }

    /// True for a title of the "occupation" category ("farmer", "teacher"), any case.
    fn is_occupation(&self, title: &str) -> bool {
        self.occupations
            .iter()
            .any(|w| w.eq_ignore_ascii_case(title))
    }

    /// True when `word` (lower case) is one of the lexicon's titles as it stands.
    pub fn is_title(&self, word: &str) -> bool {
        self.title_words.contains(word)
    }

    /// An acronym before title `t` names the body of the post ("NUJ General Secretary"):
    /// not when the acronym is a title itself ("MP", "HRH") or the title is a form of
    /// address or a royal one ("GDC Mr Allard", "BB King").
    fn acronym_employs(&self, acronym: &str, t: &TitleMatch) -> bool {
        !self.is_title_ci(acronym)
            && !matches!(self.title_list[t.index].1.as_str(), "honorific" | "royal")
    }

    /// [`Recognizer::is_title`] of `word` lower-cased (`to_lowercase`), with no copy of a
    /// short ASCII word.
    fn is_title_ci(&self, word: &str) -> bool {
        crate::text::with_lower(word, |w| self.is_title(w))
    }

    /// True when `word` lower-cased (`to_lowercase`) is a lone institution word ("Parliament",
    /// "Treasury"), with no copy of a short ASCII word.
    fn is_lone_institution_ci(&self, word: &str) -> bool {
        crate::text::with_lower(word, |w| self.lone_institutions.contains(w))
    }

    /// True when the one-word place at `s..e` is a given name: an initial stands next to it,
    /// or `next` (the word right after it) is a capitalised name the lexicon does not know, no
    /// organisation or place head, compass word, suffix or common word, and a lower-case
    /// apposition or a reporting verb follows; no preposition of place comes before it.
    fn place_as_given_name(&self, text: &str, s: usize, e: usize, next: &str) -> bool {
        // "In Frankfurt F. Wilhelm Christians said": after a preposition of place it is the place.
        let before = text[..s].trim_end();
        let prev = before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        if in_list_ascii_ci(LOCATIVE, prev) || prev == "of" {
            return false;
        }
        // Not the start of a longer known name ("Wells Fargo and Co").
        if self
            .gazetteer
            .longest_at(text.as_bytes(), s)
            .is_some_and(|(end, _)| end > e)
        {
            return false;
        }
        // "Kent O. Olin", "S. Kent Rockwell": an initial next to it makes it a given name
        // (not "U.S. Mideast", where the letter closes an abbreviation).
        let initial_after = next.len() == 1
            && first_upper(next)
            && text.get(e + 2..).is_some_and(|r| r.starts_with(". "));
        let initial_before = first_upper(next)
            && before.strip_suffix('.').is_some_and(|b| {
                let mut cs = b.chars().rev();
                cs.next().is_some_and(char::is_uppercase)
                    && cs.next().is_none_or(char::is_whitespace)
            });
        if initial_after || initial_before {
            return true;
        }
        if next.len() < 3
            || !first_upper(next)
            || !next[1..].bytes().all(|b| b.is_ascii_lowercase())
            || is_org_head(next)
            || PLACE_HEADS.contains(&next)
            || COMPASS_WORDS.contains(&next)
            || is_suffix(next)
            || self.nonnames.contains(next)
            || self.gazetteer.longest_at(text.as_bytes(), e + 1).is_some()
        {
            return false;
        }
        // "Senator Kent Conrad, D-ND": a person's title right before the pair.
        if PERSON_TITLES_BEFORE_PLACE_NAME.contains(&prev) {
            return true;
        }
        // "Milan Kerno, vice president": an apposition in lower case, or a reporting verb.
        let after = &text[e + 1 + next.len()..];
        after
            .strip_prefix(", ")
            .is_some_and(|a| a.starts_with(char::is_lowercase))
            || [" said", " says", " told"]
                .iter()
                .any(|v| after.starts_with(v))
    }

    /// The `type` attribute of lexicon entity `i` ("company", "province", ...).
    /// The state named like the capital at `s..e` ("Washington State" for "Washington") when
    /// the capital follows a place found before it (`out`) and a comma, and ends the phrase:
    /// "Seattle, Washington," is no government.
    fn state_after_place(&self, text: &str, s: usize, e: usize, out: &[Mention]) -> Option<usize> {
        // (A town of the state's country or one the lexicon does not know; not a capital:
        // "in Paris, London, Washington." is a list.)
        let place = out.last().filter(|p| {
            p.kind == EntityKind::Location
                && p.form == Form::Name
                && p.rule != CAPITAL_PLACE
                && text.get(p.span.end..s) == Some(", ")
        })?;
        // Closing: a full stop, a semicolon, a bracket, or a comma with a lower-case word
        // after it ("Seattle, Washington, told Reuters"; not a list: "Philadelphia,
        // Washington, Miami"; not a wire line break: "Chicago, Washington\nand Los Angeles").
        let after = &text[e..];
        let closes = after.is_empty()
            || after.starts_with(['.', ';', ')'])
            || after
                .strip_prefix(',')
                .is_some_and(|r| r.trim_start().starts_with(|c: char| c.is_lowercase()));
        if !closes {
            return None;
        }
        let name = format!("{} State", &text[s..e]);
        let state = self.entities.iter().position(|c| {
            c.kind == EntityKind::Location
                && c.name == name
                && c.attrs.get("type").map(String::as_str) == Some("province")
        })?;
        let country = |i: usize| self.entities[i].attrs.get("country");
        match place.target {
            Target::Lex(li) if country(li) != country(state) => None,
            _ => Some(state),
        }
    }

    fn lex_type(&self, i: usize) -> Option<&str> {
        self.entities[i].attrs.get("type").map(String::as_str)
    }

    /// The gender a given name usually shows: -1 a woman's, +1 a man's, 0 either or unknown.
    ///
    /// ```
    /// let p = newsgraph::pipeline::Pipeline::builtin().unwrap();
    /// assert_eq!(p.recognizer.given_name_gender("Ruth"), -1);
    /// assert_eq!(p.recognizer.given_name_gender("Ruritania"), 0);
    /// ```
    pub fn given_name_gender(&self, word: &str) -> i8 {
        self.given_gender.get(word).copied().unwrap_or(0)
    }

    /// True for a known given name, or a hyphenated pair of them ("Jean-Pierre", "Anne-Marie",
    /// "Jo-Anne").
    pub fn is_given_name(&self, word: &str) -> bool {
        self.given.contains(word)
            || word.split_once('-').is_some_and(|(a, b)| {
                // "Jo-Anne": a short first part is a name too, but not a particle ("Al-Hassan").
                let short = a.len() == 2
                    && a.starts_with(|c: char| c.is_ascii_uppercase())
                    && a.ends_with(|c: char| c.is_ascii_lowercase())
                    && !matches!(
                        a,
                        "Al" | "El"
                            | "Ul"
                            | "Ad"
                            | "Ab"
                            | "Bu"
                            | "Ba"
                            | "De"
                            | "Di"
                            | "Du"
                            | "La"
                            | "Le"
                            | "Da"
                    );
                !b.contains('-') && (short || self.given.contains(a)) && self.given.contains(b)
            })
    }

    /// "Charlotte Church", "Thomas Haden Church": a given name, then "Church" as the last word,
    /// is a person's name, not a church's.
    fn church_surname(&self, first: &str, last: &str) -> bool {
        last == "Church" && self.is_given_name(first)
    }

    /// Title phrases in `text`, with word boundaries; `starts` is [`word_starts`] of `text`.
    pub fn find_titles(&self, text: &str, starts: &[usize]) -> Vec<TitleMatch> {
        word_start_matches(&self.titles, text, starts, |_, _| false)
            .into_iter()
            .map(|(s, e, p)| TitleMatch {
                span: Span::new(s, e),
                index: p,
            })
            .collect()
    }

    /// Where the lexicon's names (any form: full names, surnames, demonyms, aliases) occur in
    /// `text`, each with its form, with none of the context tests of
    /// [`Recognizer::recognize`]: the words that a Title Case headline keeps capitalised when
    /// it is read as prose.
    pub fn lexicon_name_spans(&self, text: &str) -> Vec<(Span, Form)> {
        let starts = word_starts(text);
        let other = |a: usize, b: usize| self.gaz_info[a].0 != self.gaz_info[b].0;
        word_start_matches(&self.gazetteer, text, &starts, other)
            .into_iter()
            .map(|(s, e, p)| (Span::new(s, e), self.gaz_info[p].1))
            .collect()
    }

    /// True when `word`, in any case, is a title of the lexicon ("Sen.", "President").
    pub fn is_title_word(&self, word: &str) -> bool {
        self.is_title_ci(word)
    }

    /// Finds every mention in an article's analysis text.
    pub fn recognize(
        &self,
        text: &str,
        tokens: &[Token],
        sentences: &[Sentence],
        titles: &[TitleMatch],
        starts: &[usize],
    ) -> Vec<Mention> {
        let mut out: Vec<Mention> = Vec::new();
        // 1. Gazetteer.
        let other = |a: usize, b: usize| self.gaz_info[a].0 != self.gaz_info[b].0;
        for (s, e, pat) in word_start_matches(&self.gazetteer, text, starts, other) {
            let (idx, form) = self.gaz_info[pat];
            let kind = self.entities[idx].kind;
            if form == Form::Surname && !self.surname_ok(text, idx, s, titles) {
                continue;
            }
            // A party's adjective ("Republican", "Democrat") names the party only where
            // [`Recognizer::party_adjective_names`] says so.
            if form == Form::Demonym
                && kind == EntityKind::Organization
                && !self.party_adjective_names(text, s, e, titles)
            {
                continue;
            }
            // "Bristol-Myers", "Prudential-Bache": a place or company joined by a hyphen to a
            // capitalised word that names nothing known is part of a longer name ("Gaza-Israel"
            // stays two places).
            if matches!(kind, EntityKind::Location | EntityKind::Organization)
                && text[e..].strip_prefix('-').is_some_and(|rest| {
                    // (A known name there ends with a word: "Pen" names nothing in
                    // "Pennzoil".)
                    rest.starts_with(|c: char| c.is_uppercase())
                        && !self
                            .gazetteer
                            .longest_at(text.as_bytes(), e + 1)
                            .is_some_and(|(end, _)| {
                                !text[end..].starts_with(|c: char| c.is_alphanumeric())
                            })
                })
            {
                continue;
            }
            // "Trades Union Congress", "Senate Banking Committee": a one-word organisation that
            // is an organisation head ("Congress", "Senate") is part of a longer name next to
            // a capitalised word.
            let next_word = || {
                text[e..]
                    .strip_prefix(' ')
                    .map(|a| a.split(|c: char| !c.is_alphanumeric()).next().unwrap_or(""))
                    .unwrap_or("")
            };
            if form == Form::Name
                && kind == EntityKind::Organization
                && is_org_head(&text[s..e])
                && (word_before(text, s).is_some_and(|w| {
                    first_upper(w) && !in_list_ascii_ci(LEADING_FUNCTION_WORDS, w)
                }) || first_upper(next_word()))
            {
                continue;
            }
            // "Chelsea Clinton": a one-word organisation that is also a given name is no
            // organisation in an article that uses it as a given name before a capitalised word
            // ("... and his daughter Chelsea said").
            if form == Form::Name
                && kind == EntityKind::Organization
                && self.given.contains(&text[s..e])
                && given_name_use(text, &text[s..e])
            {
                continue;
            }
            // "Senator Kent Conrad said", "Milan Kerno, vice president": a one-word place used
            // as a given name (see [`Recognizer::place_as_given_name`]).
            if form == Form::Name
                && kind == EntityKind::Location
                && !text[s..e].contains(' ')
                && self.place_as_given_name(text, s, e, next_word())
            {
                continue;
            }
            // "Association of German Banks", "Union of Russian Industrialists", "Institute for
            // American Values": a demonym between an organisation head's "of" or "for" and a
            // capitalised word is part of the name.
            if form == Form::Demonym
                && first_upper(next_word())
                && [" of ", " for "].iter().any(|p| {
                    text[..s].strip_suffix(p).is_some_and(|b| {
                        is_org_head(b.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or(""))
                    })
                })
            {
                continue;
            }
            // "Air Canada", "Air India": a place after "Air" names an airline.
            if matches!(kind, EntityKind::Location | EntityKind::Country)
                && form == Form::Name
                && word_before(text, s) == Some("Air")
            {
                continue;
            }
            // "Salomon Brothers Asia Ltd", "Daiwa Europe Ltd": a one-word place before a company
            // suffix is part of the company's name.
            if form == Form::Name
                && matches!(kind, EntityKind::Location | EntityKind::Country)
                && !text[s..e].contains(' ')
                && is_suffix(next_word())
            {
                continue;
            }
            // "Merrill Lynch Canada", "IBM Europe": a country or region right after a known
            // company names the company's arm there, one organisation.
            if form == Form::Name
                && (kind == EntityKind::Country
                    || kind == EntityKind::Location && self.lex_type(idx) == Some("region"))
                && !text[e..].starts_with(['\'', '\u{2019}'])
            {
                if let Some(prev) = out.last_mut().filter(|p| {
                    p.kind == EntityKind::Organization
                        && p.span.end + 1 == s
                        && text.as_bytes()[p.span.end] == b' '
                        && matches!(p.target, Target::Lex(li) if self.lex_type(li) == Some("company"))
                }) {
                    prev.span.end = e;
                    prev.target = Target::Name(crate::text::collapse_ws(&text[prev.span.start..e]));
                    prev.rule = "gazetteer/company-arm";
                    continue;
                }
            }
            // "Fresno, Calif.", "(D-Kan.)", "in Mass. and Conn.": a state's dotted abbreviation
            // names it only after a comma, bracket or hyphen or a linking word (not "Midnight
            // Mass.", "state Del. Jane Doe", "the N.Y. Times").
            if form == Form::Name
                && kind == EntityKind::Location
                && text[s..e].ends_with('.')
                && self.lex_type(idx) == Some("province")
                && !state_abbreviation_context(text, s, e)
            {
                continue;
            }
            // "Stephen Toulouse", "David Sainsbury", "Mark Cuban": a one-word place, company
            // or demonym right after a given name is a surname.
            if matches!(form, Form::Name | Form::Demonym)
                && matches!(
                    kind,
                    EntityKind::Location | EntityKind::Country | EntityKind::Organization
                )
                && !text[s..e].contains(' ')
                && self.given_name_before(text, s)
            {
                continue;
            }
            // "the Gulf Investment Corp", "the Gulf of Bothnia": a name kept with its article
            // opens a longer name when a capitalised word or "of" follows it.
            if (text[s..e].starts_with("The ")
                || text[s..e].starts_with("the") && text[s + 3..e].starts_with(char::is_whitespace))
                && (first_upper(next_word()) || next_word() == "of")
            {
                continue;
            }
            // "the Guardian reported": the article is no part of the paper's name ("the
            // Independent on Sunday" is another paper).
            let s = if text[s..e].starts_with("the")
                && text[s + 3..e].starts_with(char::is_whitespace)
                && self.entities[idx].name.starts_with("The ")
            {
                if text[e..].starts_with(" on Sunday") {
                    continue;
                }
                e - text[s + 3..e].trim_start().len()
            } else {
                s
            };
            // "the North East", "the South West": a region named by compass words alone is the
            // region only on its own, not inside a longer name ("Leeds North West", "Central
            // and South West Corp", "North West Securities").
            if form == Form::Name
                && kind == EntityKind::Location
                && text[s..e]
                    .split([' ', '-'])
                    .all(|w| COMPASS_WORDS.contains(&w))
                && (first_upper(next_word())
                    || text[e..]
                        .strip_prefix('\n')
                        .is_some_and(|r| r.starts_with(char::is_uppercase))
                    || word_before(text, s).is_some_and(|w| {
                        first_upper(w) && !in_list_ascii_ci(LEADING_FUNCTION_WORDS, w)
                    }))
            {
                continue;
            }
            // "HBOS Treasury Services": a one-word body right after a company's name and before a
            // capitalised word is part of the company's longer name (not the U.S. Treasury).
            if form == Form::Name
                && kind == EntityKind::Organization
                && !text[s..e].contains(' ')
                && first_upper(next_word()) && out.last().is_some_and(|p| {
                p.kind == EntityKind::Organization
                    && p.span.end + 1 == s
                    && text.as_bytes()[p.span.end] == b' '
                    && matches!(p.target, Target::Lex(li) if self.lex_type(li) == Some("company"))
            }) {
                continue;
            }
            // "east of Halifax, Nova Scotia": a one-word company named after a town is the town
            // before ", <province or country>" (not an acronym: "the EC, Canada, Belgium").
            let company_town = || {
                form == Form::Name
                    && kind == EntityKind::Organization
                    && self.lex_type(idx) == Some("company")
                    && text[s..e].bytes().all(|b| b.is_ascii_alphabetic())
                    && text[s..e].bytes().skip(1).all(|b| b.is_ascii_lowercase())
                    && text[e..].strip_prefix(", ").is_some_and(|after| {
                        let p = e + 2;
                        self.place_entity_at(text, p).is_some_and(|(pe, pi)| {
                            after[pe - p..].starts_with(['.', ',', ';', ')', '\n'])
                                && (self.entities[pi].kind == EntityKind::Country
                                    || self.lex_type(pi) == Some("province"))
                        })
                    })
            };
            // "officials in Tokyo", "a meeting in Washington": a capital where people are or
            // things happen is the city, not its government.
            let capital_place = || {
                form == Form::Capital
                    && capital_as_place(
                        text,
                        s,
                        e,
                        self.entities[idx].list("seats").contains(&&text[s..e]),
                    )
            };
            // "Seattle, Washington", "Spokane, Washington.": a capital right after a place
            // and a comma, closing the phrase, is the state that shares its name.
            if form == Form::Capital {
                if let Some(state) = self.state_after_place(text, s, e, &out) {
                    out.push(Mention {
                        span: Span::new(s, e),
                        kind: EntityKind::Location,
                        target: Target::Lex(state),
                        form: Form::Name,
                        rule: "gazetteer/state-after-place",
                        title: None,
                    });
                    continue;
                }
            }
            let place_rule = if company_town() {
                Some("gazetteer/company-town")
            } else if capital_place() {
                Some(CAPITAL_PLACE)
            } else {
                None
            };
            if let Some(rule) = place_rule {
                out.push(Mention {
                    span: Span::new(s, e),
                    kind: EntityKind::Location,
                    target: Target::Name(text[s..e].to_string()),
                    form: Form::Name,
                    rule,
                    title: None,
                });
                continue;
            }
            out.push(Mention {
                span: Span::new(s, e),
                kind,
                target: Target::Lex(idx),
                form,
                rule: match form {
                    Form::Name => "gazetteer",
                    Form::Demonym => "gazetteer/demonym",
                    Form::Capital => "gazetteer/capital",
                    Form::Surname => "gazetteer/surname",
                },
                title: None,
            });
        }
        // Places named at the end of an organisation's name ("Federal Reserve Bank of New York").
        let mut nested = Vec::new();
        for m in out
            .iter()
            .filter(|m| m.kind == EntityKind::Organization && m.form == Form::Name)
        {
            let name = m.span.slice(text);
            for sep in [" of ", " in "] {
                if let Some(i) = memchr::memmem::rfind(name.as_bytes(), sep.as_bytes()) {
                    let start = m.span.start + i + sep.len();
                    let tail = &text[start..m.span.end];
                    if let Some((_, pattern)) = self
                        .gazetteer
                        .longest_at(tail.as_bytes(), 0)
                        .filter(|&(end, _)| end == tail.len())
                    {
                        let (idx, form) = self.gaz_info[pattern];
                        if form == Form::Name
                            && matches!(
                                self.entities[idx].kind,
                                EntityKind::Location | EntityKind::Country
                            )
                        {
                            nested.push(Mention {
                                span: Span::new(start, m.span.end),
                                kind: self.entities[idx].kind,
                                target: Target::Lex(idx),
                                form,
                                rule: "gazetteer/nested",
                                title: None,
                            });
                        }
                    }
                    break;
                }
            }
        }
        // "Texas City", "Quebec City": a region's name and "City" name a city.
        self.region_cities(text, &mut out);
        // "South Wales", "BBC Wales": a compass word or a broadcaster before a known place.
        self.compound_places(text, &mut out);
        // "Duchy of Cornwall", "Duke of Edinburgh": an estate and a peer's style, not places.
        self.styled_places(text, &mut out);
        // 1b. Wire copy's "<Peat Marwick>", "<Rolls-Royce Ltd>": a bracketed company name.
        self.bracketed_companies(text, &mut out);
        // Token index lookups.
        // Overlap checks against `out` in O(log n) (a linear scan per token is
        // quadratic on mention-dense text).
        let mut cov = Coverage::new(text.len());
        let mut covered = |start: usize, end: usize, out: &[Mention]| {
            cov.sync(out);
            cov.overlaps(start, end)
        };
        // Sentences are sorted and disjoint: binary search.
        let sent_of = |pos: usize| {
            let i = sentences.partition_point(|s| s.span.start <= pos);
            (i > 0)
                .then(|| i - 1)
                .filter(|&i| pos < sentences[i].span.end.max(sentences[i].span.start + 1))
        };
        let mut weaponish_sentence: HashMap<usize, bool> = HashMap::default();
        let sentence_starts: HashSet<usize> = sentences.iter().map(|s| s.span.start).collect();
        let title_at_end: HashMap<usize, usize> = titles
            .iter()
            .enumerate()
            .map(|(i, t)| (t.span.end, i))
            .collect();
        let mut ends = EndIndex::default();

        // 1c. "House Speaker X", "Senate Majority Leader X", "House Majority Leader X": the
        // chamber named at the head of a legislative title is an organisation mention (only
        // when no capitalised word precedes it: not "White House", "Opera House").
        for t in titles {
            let (ts, te) = (t.span.start, t.span.end);
            let phrase = &text[ts..te];
            let (cs, chamber) = if let Some(c) = ["House ", "Senate "]
                .into_iter()
                .find(|c| phrase.starts_with(c) && phrase.len() > c.len())
            {
                (ts, &c[..c.len() - 1])
            } else if let Some(c) = ["House", "Senate"].into_iter().find(|c| {
                text[..ts].strip_suffix(' ').is_some_and(|b| {
                    b.ends_with(c) && b[..b.len() - c.len()].ends_with([' ', '\n', '(', '"', '“'])
                        || b == *c
                })
            }) {
                (ts - 1 - c.len(), c)
            } else {
                continue;
            };
            // The title itself, after the chamber when the title phrase holds it.
            let office = if cs == ts {
                &phrase[chamber.len() + 1..]
            } else {
                phrase
            };
            let legislative = ["speaker", "majority", "minority"].iter().any(|p| {
                office
                    .get(..p.len())
                    .is_some_and(|o| o.eq_ignore_ascii_case(p))
            });
            let id = if chamber == "House" {
                "org:us-house-of-representatives"
            } else {
                "org:us-senate"
            };
            let ce = cs + chamber.len();
            if !legislative
                || word_before(text, cs)
                    .is_some_and(|w| first_upper(w) && !in_list_ascii_ci(LEADING_FUNCTION_WORDS, w))
                || out.iter().any(|m| m.span.start < ce && cs < m.span.end)
            {
                continue;
            }
            if let Some(&idx) = self.by_id.get(id) {
                out.push(Mention {
                    span: Span::new(cs, ce),
                    kind: EntityKind::Organization,
                    target: Target::Lex(idx),
                    form: Form::Name,
                    rule: "gazetteer/chamber-title",
                    title: None,
                });
            }
        }
        // 2. Weapon designators.
        for t in tokens {
            // (A designator opens with an ASCII capital: most tokens need no slice.)
            if t.kind != TokenKind::Word
                || !text
                    .as_bytes()
                    .get(t.span.start)
                    .is_some_and(u8::is_ascii_uppercase)
            {
                continue;
            }
            let w = t.text(text);
            if is_designator(w) && !covered(t.span.start, t.span.end, &out) {
                let weaponish = sent_of(t.span.start).is_some_and(|si| {
                    *weaponish_sentence.entry(si).or_insert_with(|| {
                        let s = sentences[si].span.slice(text).to_ascii_lowercase();
                        WEAPON_WORDS.iter().any(|ww| s.contains(ww))
                    })
                });
                if weaponish {
                    out.push(Mention {
                        span: t.span,
                        kind: EntityKind::Weapon,
                        target: Target::Name(w.to_string()),
                        form: Form::Name,
                        rule: "pattern/designator",
                        title: None,
                    });
                }
            }
        }

        // 3. Runs of capitalised words (not in headline-case sentences, where capitals say nothing).
        let headlines: Vec<Span> = sentences
            .iter()
            .filter(|s| crate::text::is_headline_case(s.span.slice(text)))
            .map(|s| s.span)
            .collect();
        let mut k = 0;
        // The token indices of the current run (one buffer for all runs).
        let mut run: Vec<usize> = Vec::new();
        while k < tokens.len() {
            let t = tokens[k];
            // (Punctuation and lower-case ASCII words open no run: no slice for them.)
            if t.kind != TokenKind::Word
                || text
                    .as_bytes()
                    .get(t.span.start)
                    .is_some_and(u8::is_ascii_lowercase)
            {
                k += 1;
                continue;
            }
            let w = t.text(text);
            let starts_run = t.kind == TokenKind::Word
                && first_upper(w)
                && !covered(t.span.start, t.span.end, &out);
            if !starts_run {
                k += 1;
                continue;
            }
            // Extend the run.
            let mut j = k + 1;
            let mut last_cap = k;
            while j < tokens.len() {
                let tj = tokens[j];
                let wj = tj.text(text);
                // Only whitespace between tokens, and no line break unless the text is
                // hard-wrapped prose (wire copy breaks names across lines: "Crowley
                // Mariotime\nCorp"); a short line is a headline, byline or list item.
                let gap = &text[tokens[j - 1].span.end..tj.span.start];
                if !gap.trim().is_empty() || gap.matches('\n').count() > 1 {
                    break;
                }
                if gap.contains('\n') && !wrapped_line(text, tokens[j - 1].span.end) {
                    break;
                }
                if covered(tj.span.start, tj.span.end, &out) {
                    break;
                }
                // "al-Hamdani", "el-Sisi": a particle glued to a capitalised name.
                if tj.kind == TokenKind::Word && (first_upper(wj) || glued_particle_name(wj)) {
                    last_cap = j;
                    j += 1;
                    continue;
                }
                // Particles may chain before the next capitalised word ("van der Berg").
                let mut n = j;
                while tokens.get(n).is_some_and(|t| {
                    t.kind == TokenKind::Word && n - j < 3 && is_name_particle(t.text(text))
                }) {
                    n += 1;
                }
                if n == j && in_list_ascii_ci(CONNECTORS, wj) {
                    n = j + 1;
                    // "Compania Industrial y de Abastecimiento": Spanish "y" before particles.
                    while wj == "y"
                        && n - j < 3
                        && tokens
                            .get(n)
                            .is_some_and(|t| is_name_particle(t.text(text)))
                    {
                        n += 1;
                    }
                    // "Court of Appeals for the Sixth Circuit", "Coalition for the Homeless":
                    // after an organisation head, "of the" and "for the" go on with the name.
                    if matches!(wj, "of" | "for")
                        && tokens.get(n).is_some_and(|t| t.text(text) == "the")
                        && (k..=last_cap).any(|i| is_org_head(tokens[i].text(text)))
                    {
                        n += 1;
                    }
                }
                if n > j
                    && tokens.get(n).is_some_and(|t| {
                        t.kind == TokenKind::Word
                            && first_upper(t.text(text))
                            && !crate::text::is_day_or_month(t.text(text))
                            && !covered(t.span.start, t.span.end, &out)
                    })
                {
                    j = n;
                    continue;
                }
                if wj == "&" {
                    j += 1;
                    continue;
                }
                // "Norsk Data A/S": the Danish and Norwegian legal form is three tokens.
                if wj == "/"
                    && tokens[j - 1].text(text) == "A"
                    && tokens[j - 1].span.end == tj.span.start
                    && tokens.get(j + 1).is_some_and(|n| {
                        n.text(text) == "S"
                            && n.span.start == tj.span.end
                            && !text[n.span.end..].starts_with(|c: char| c.is_alphanumeric())
                    })
                {
                    last_cap = j + 1;
                    break;
                }
                // "National Cattlemen's Association", "Coffee Growers' Federation": a
                // possessive between a capitalised word and an organisation head.
                // Not after a name that is a body or has "of" already ("Harvard
                // University's Energy Policy Center", "District of Columbia's Court"), nor
                // after an acronym or a title ("ATT's Network Group", "President's
                // Council"); an "'s" not before "of" ("Tamura's Ministry of Trade"). A title
                // after another capitalised word names an office whose head is a body
                // ("Information Commissioner's Office", "Attorney General's Office").
                let possessor = tokens[j - 1].text(text);
                let singular = wj.ends_with('s');
                if matches!(wj, "'s" | "’s" | "'" | "’")
                    && tokens[j - 1].span.end == tj.span.start
                    && (singular || possessor.ends_with('s'))
                    && possessor.chars().any(char::is_lowercase)
                    && (!self.is_title_ci(possessor) || j - 1 > k)
                    && (k..j).all(|i| {
                        let w = tokens[i].text(text);
                        !(is_org_head(w) || is_suffix(w) || CONNECTORS.contains(&w))
                    })
                    && {
                        // The head: the next word, or, after a plural owner or a
                        // saint's name, the last of up to three capitalised words
                        // ("Women's Media Center", "Workers' Educational Association",
                        // "St David's Shopping Centre"; not "Icahn's Transworld
                        // Airlines", where the owner is a name).
                        let plural_owner = matches!(wj, "'" | "’")
                            || possessor.ends_with("men")
                            || matches!(possessor, "People" | "Children")
                            || text[..tokens[j - 1].span.start]
                                .trim_end()
                                .rsplit(' ')
                                .next()
                                .is_some_and(|w| matches!(w, "St" | "Saint"));
                        let mut head = None;
                        let mut prev = tj.span.end;
                        let reach = if plural_owner { 3 } else { 1 };
                        for (i, n) in tokens.iter().skip(j + 1).take(reach).enumerate() {
                            let w = n.text(text);
                            if n.kind != TokenKind::Word
                                || text[prev..n.span.start] != *" "
                                || covered(n.span.start, n.span.end, &out)
                            {
                                break;
                            }
                            // The next word may be a lower-case head, as before.
                            if is_org_head(w) && (i == 0 || first_upper(w)) {
                                head = Some(n);
                                break;
                            }
                            if !first_upper(w) {
                                break;
                            }
                            prev = n.span.end;
                        }
                        head.is_some_and(|n| {
                            !(singular
                                && matches!(
                                    text[n.span.end..].split_whitespace().next(),
                                    Some("of" | "for")
                                ))
                        })
                    }
                {
                    j += 1;
                    continue;
                }
                // "Marvin L. Warner": a middle initial's full stop, between capitalised words;
                // inside a sentence also a leading one ("the A. Philip Randolph Institute").
                if wj == "."
                    && (j - 1 > k || !sentence_starts.contains(&t.span.start))
                    && last_cap == j - 1
                    && tokens[j - 1].span.end == tj.span.start
                    && tokens[j - 1].text(text).len() == 1
                    && tokens[j - 1]
                        .text(text)
                        .bytes()
                        .all(|b| b.is_ascii_uppercase())
                    && tokens.get(j + 1).is_some_and(|n| {
                        n.kind == TokenKind::Word
                            && first_upper(n.text(text))
                            && text[tj.span.end..n.span.start] == *" "
                    })
                {
                    j += 1;
                    continue;
                }
                break;
            }
            run.clear();
            // The words only: a middle initial's full stop stays inside the span.
            run.extend(
                (k..=last_cap).filter(|&i| {
                    !matches!(tokens[i].text(text), "." | "'s" | "’s" | "'" | "’" | "/")
                }),
            );
            k = last_cap + 1;
            let h = headlines.partition_point(|h| h.start <= t.span.start);
            if h > 0 && headlines[h - 1].contains(t.span) {
                continue;
            }
            self.classify_run(
                text,
                tokens,
                &run,
                &sentence_starts,
                titles,
                &title_at_end,
                &mut out,
                &mut ends,
            );
        }
        // Places absorbed into an organisation's name were only marked.
        out.retain(|m| m.rule != ABSORBED);
        // 3a. Names the run patterns leave out in a speaker's position.
        self.speaker_position_names(text, tokens, &headlines, &title_at_end, &mut out);

        // 3b. Acronyms defined in the text: "the National Democratic Front (NDF)" makes every
        // later "NDF" the same organisation.
        let mut acronyms: Vec<(&str, Target)> = Vec::new();
        for m in out.iter().filter(|m| m.kind == EntityKind::Organization) {
            let name = match &m.target {
                Target::Name(name) => name.as_str(),
                // A lexicon body whose letters the lexicon does not list ("the International
                // Coffee Organisation, ICO,").
                Target::Lex(i) => self.entities[*i].name.as_str(),
            };
            let k = tokens.partition_point(|t| t.span.start < m.span.end);
            let (Some(open), Some(acr), Some(close)) =
                (tokens.get(k), tokens.get(k + 1), tokens.get(k + 2))
            else {
                continue;
            };
            let acr_text = acr.text(text);
            // "(DOT)", or ", ICO," set off by commas (three letters or more).
            let bracketed = open.text(text) == "(" && close.text(text) == ")";
            let commas = open.text(text) == ","
                && matches!(close.text(text), "," | ")")
                && acr_text.len() >= 3;
            if !(bracketed || commas)
                || !(2..=8).contains(&acr_text.len())
                || !acr_text.bytes().all(|b| b.is_ascii_uppercase())
                || text[m.span.end..open.span.start].trim() != ""
            {
                continue;
            }
            // "Department of Transportation (DOT)": the letters may count "of", "and", "for".
            // ("U.S. National Association of Wheat Growers (NAWG)": also past a country's
            // name or demonym opening the name.)
            let spelled = |n: &str| {
                initials(n) == acr_text || initials_counting(n, &["of", "and", "for"]) == acr_text
            };
            if spelled(name) || self.without_country(name).is_some_and(spelled) {
                acronyms.push((acr_text, m.target.clone()));
            }
        }
        // "Organisation for Economic Cooperation and Development (OECD)": a definition that
        // spells out a lexicon body's letters, in another spelling of one of its names, names
        // that body (the long form joins it instead of the acronym leaving it).
        let loose = |s: &str| {
            s.chars()
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
                .to_lowercase()
                .replace("organisation", "organization")
        };
        let mut relink: Vec<(String, usize)> = Vec::new();
        for (a, t) in acronyms.iter_mut() {
            let Target::Name(name) = t else {
                continue;
            };
            let lex = out.iter().find_map(|m| match m.target {
                Target::Lex(i)
                    if m.span.slice(text) == *a
                        && self.entities[i].kind == EntityKind::Organization =>
                {
                    Some(i)
                }
                _ => None,
            });
            if let Some(i) = lex {
                let e = &self.entities[i];
                let ln = loose(name);
                if std::iter::once(&e.name)
                    .chain(e.aliases.iter())
                    .any(|f| loose(f) == ln)
                {
                    relink.push((name.clone(), i));
                    *t = Target::Lex(i);
                }
            }
        }
        for m in out.iter_mut() {
            if let Target::Name(n) = &m.target {
                if let Some(&(_, i)) = relink.iter().find(|(r, _)| r == n) {
                    m.target = Target::Lex(i);
                }
            }
        }
        if !acronyms.is_empty() {
            // The article's own definition wins over the lexicon's meaning of the letters
            // ("the Financial Services Authority (FSA)" is not the Free Syrian Army).
            out.retain(|m| match m.target {
                Target::Lex(i) => {
                    let w = m.span.slice(text);
                    acronyms.iter().all(|(a, target)| {
                        *a != w
                            || match target {
                                Target::Name(name) => {
                                    crate::slug::fold(name)
                                        == crate::slug::fold(&self.entities[i].name)
                                }
                                Target::Lex(j) => *j == i,
                            }
                    })
                }
                _ => true,
            });
            let mut cov = Coverage::new(text.len());
            let mut found = Vec::new();
            for t in tokens.iter().filter(|t| t.kind == TokenKind::Word) {
                let w = t.text(text);
                if let Some((_, target)) = acronyms.iter().find(|(a, _)| *a == w) {
                    cov.sync(&out);
                    if !cov.overlaps(t.span.start, t.span.end) {
                        found.push(Mention {
                            span: t.span,
                            kind: EntityKind::Organization,
                            target: target.clone(),
                            form: Form::Name,
                            rule: "pattern/acronym",
                            title: None,
                        });
                    }
                }
            }
            out.extend(found);
            out.sort_by_key(|m| (m.span.start, m.span.end));
        }

        // 3c. An acronym the article never defines but whose letters open the words of an
        // organisation it names in full is that organisation ("the Office for National
        // Statistics ... The ONS said"), also without its legal form or head word ("the Public
        // and Civil Workers Union ... the PCW said", "Vantor Data Corp ... VD").
        let full_names: Vec<(String, Target)> = out
            .iter()
            .filter(|m| m.kind == EntityKind::Organization && m.span.slice(text).contains(' '))
            .flat_map(|m| {
                let name = m.span.slice(text);
                [
                    Some(initials(name)),
                    without_head(name).map(initials),
                    self.without_country(name).map(initials),
                ]
                .into_iter()
                .flatten()
                .map(|i| (i, m.target.clone()))
            })
            .collect();
        let mut expanded: Vec<(String, Target)> = Vec::new();
        for m in out.iter().filter(|m| m.kind == EntityKind::Organization) {
            let Target::Name(acr) = &m.target else {
                continue;
            };
            if !is_short_acronym(acr) || expanded.iter().any(|(a, _)| a == acr) {
                continue;
            }
            // One organisation, however often it is named.
            let mut matching = full_names.iter().filter(|(i, _)| i == acr);
            if let Some((_, t)) = matching.next()
                && matching.all(|(_, o)| o == t)
            {
                expanded.push((acr.clone(), t.clone()));
            }
        }
        // Every bare use of the letters goes with it (also those taken for a surname so far).
        for m in out.iter_mut() {
            if let Target::Name(n) = &m.target {
                if let Some((_, t)) = expanded.iter().find(|(a, _)| a == n) {
                    m.kind = EntityKind::Organization;
                    m.target = t.clone();
                }
            }
        }
        // Letters the lexicon gives another body ("NEC", NEC Corp) name the article's own
        // body of those initials ("Labour's ruling NEC ... the National Executive Committee")
        // when the article names the lexicon's body by no other form (three letters or more)
        // and none of the lexicon body's names spells them out. The article's full name is the
        // lexicon's body instead when it is one of that body's names in another spelling
        // ("Organisation for Economic Cooperation and Development") or a company the lexicon
        // knows by its letters alone, written with its legal form ("International Business
        // Machines Corp" for "IBM"). Letters spelled out otherwise are left as they are.
        let spells_out = |i: usize, w: &str| {
            let e = &self.entities[i];
            std::iter::once(&e.name).chain(e.aliases.iter()).any(|f| {
                f.contains(' ')
                    && [initials(f), initials_counting(f, &["of", "and", "for"])]
                        .iter()
                        .chain(without_head(f).map(initials).iter())
                        .any(|x| x == w)
            })
        };
        let same_body = |i: usize, w: &str, t: &Target| {
            let Target::Name(n) = t else { return false };
            let e = &self.entities[i];
            let company = e.attrs.get("type").is_some_and(|x| x == "company")
                && n.rsplit(' ').next().is_some_and(is_suffix)
                && !spells_out(i, w);
            let ln = loose(n);
            company
                || std::iter::once(&e.name)
                    .chain(e.aliases.iter())
                    .any(|f| loose(f) == ln)
        };
        let mut lex_full: Vec<(Target, usize)> = Vec::new();
        let mut lex_letters: Vec<(usize, String, Target)> = Vec::new();
        for m in &out {
            let Target::Lex(i) = m.target else { continue };
            let w = m.span.slice(text);
            // (Each body's letters are weighed once, however often they are written.)
            if m.kind != EntityKind::Organization
                || w.len() < 3
                || !is_short_acronym(w)
                || lex_letters.iter().any(|(j, a, _)| *j == i && a == w)
                || lex_full.iter().any(|&(_, j)| j == i)
            {
                continue;
            }
            let mut matching = full_names.iter().filter(|(a, _)| a == w);
            let Some((_, t)) = matching.next() else {
                continue;
            };
            if *t == Target::Lex(i) || !matching.all(|(_, o)| o == t) {
                continue;
            }
            if same_body(i, w, t) {
                if !lex_full.iter().any(|(f, _)| f == t) {
                    lex_full.push((t.clone(), i));
                }
            } else if !spells_out(i, w)
                && !out
                    .iter()
                    .any(|o| o.target == Target::Lex(i) && o.span.slice(text) != w)
            {
                lex_letters.push((i, w.to_string(), t.clone()));
            }
        }
        for m in out.iter_mut() {
            if let Target::Lex(i) = m.target {
                let w = m.span.slice(text);
                if let Some((_, _, t)) = lex_letters.iter().find(|(j, a, _)| *j == i && a == w) {
                    m.target = t.clone();
                }
            } else if let Some(&(_, i)) = lex_full.iter().find(|(f, _)| *f == m.target) {
                m.target = Target::Lex(i);
            }
        }

        // 3c'. Other short forms of those full names ("PCS Union", "PCSU", "Sepa").
        acronym_short_forms(text, tokens, &mut out);

        // 3d. A surname of two words or more ("De Croo", "Van Hollen") is the person named in
        // full earlier ("Herman De Croo"): the run patterns take a lone two-word name for
        // nothing.
        let tails: Vec<(Vec<&str>, Target)> = out
            .iter()
            .filter(|m| m.kind == EntityKind::Person && matches!(m.target, Target::Name(_)))
            .filter_map(|m| {
                let words: Vec<&str> = m.span.slice(text).split_whitespace().collect();
                (words.len() >= 3
                    && words[1..]
                        .iter()
                        .all(|w| first_upper(w) && w.chars().all(char::is_alphabetic)))
                .then(|| (words[1..].to_vec(), m.target.clone()))
            })
            .collect();
        if !tails.is_empty() {
            let mut cov = Coverage::new(text.len());
            cov.sync(&out);
            let words: Vec<&Token> = tokens
                .iter()
                .filter(|t| t.kind == TokenKind::Word)
                .collect();
            let mut found = Vec::new();
            for (i, t) in words.iter().enumerate() {
                for (tail, target) in &tails {
                    let Some(run) = words.get(i..i + tail.len()) else {
                        continue;
                    };
                    let same = run.iter().zip(tail).all(|(t, w)| t.text(text) == *w)
                        && run.windows(2).all(|p| {
                            text[p[0].span.end..p[1].span.start]
                                .chars()
                                .all(char::is_whitespace)
                        });
                    let end = run.last().map_or(t.span.end, |l| l.span.end);
                    // Not the start of a longer name ("De Croo Holdings").
                    let longer = text[end..]
                        .strip_prefix(' ')
                        .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()));
                    if same && !longer && !cov.overlaps(t.span.start, end) {
                        found.push(Mention {
                            span: Span::new(t.span.start, end),
                            kind: EntityKind::Person,
                            target: target.clone(),
                            form: Form::Name,
                            rule: "pattern/surname",
                            title: None,
                        });
                        break;
                    }
                }
            }
            out.extend(found);
            out.sort_by_key(|m| (m.span.start, m.span.end));
        }

        // 4. Demonym + institution → organisation (or the country itself).
        let mut extra = Vec::new();
        for m in out.iter().filter(|m| {
            m.form == Form::Demonym || (m.kind == EntityKind::Country && m.form == Form::Name)
        }) {
            let Target::Lex(ci) = m.target else { continue };
            if self.entities[ci].kind != EntityKind::Country {
                continue;
            }
            // Words after the mention (skipping a possessive).
            let after = &text[m.span.end..];
            let after = after
                .strip_prefix("'s")
                .or_else(|| after.strip_prefix("’s"))
                .unwrap_or(after);
            let lead = after.len() - after.trim_start_matches([' ', '\t']).len();
            let rest = &after[lead..];
            // A phrase opens `rest` only with the same first byte (ASCII case aside): a
            // cheap test before the whole one, for the many phrases of each mention.
            let first = rest.as_bytes().first().map(u8::to_ascii_lowercase);
            let bucket = first.map_or(256, usize::from);
            for (phrase, mode) in self.institutions_by_first[bucket]
                .iter()
                .map(|&i| &self.institutions[i])
            {
                if phrase
                    .as_bytes()
                    .first()
                    .is_some_and(|&b| Some(b.to_ascii_lowercase()) != first)
                {
                    continue;
                }
                if phrase_opens(rest, phrase) {
                    if *mode == InstitutionMode::Org {
                        let start = m.span.start;
                        let end = text.len() - after.len() + lead + phrase.len();
                        extra.push((
                            m.span,
                            Mention {
                                span: Span::new(start, end),
                                kind: EntityKind::Organization,
                                target: match self.country_org(ci, phrase) {
                                    Some(oi) => Target::Lex(oi),
                                    None => {
                                        Target::Name(institution_name(&self.entities[ci], phrase))
                                    }
                                },
                                form: Form::Name,
                                rule: "pattern/institution",
                                title: None,
                            },
                        ));
                    }
                    break;
                }
            }
        }
        // "Texas Supreme Court", "Manhattan Supreme Court", "Ohio Senate": a state's or city's
        // own court, chamber or police, not the nation's.
        for m in out.iter().filter(|m| {
            m.kind == EntityKind::Location && matches!(m.form, Form::Name | Form::Capital)
        }) {
            let Target::Lex(li) = m.target else { continue };
            if !matches!(self.lex_type(li), Some("province" | "city")) {
                continue;
            }
            let Some(rest) = text[m.span.end..].strip_prefix(' ') else {
                continue;
            };
            let Some(phrase) = LOCAL_BODIES
                .iter()
                .find(|p| rest.starts_with(char::is_uppercase) && phrase_opens(rest, p))
            else {
                continue;
            };
            let end = m.span.end + 1 + phrase.len();
            extra.push((
                m.span,
                Mention {
                    span: Span::new(m.span.start, end),
                    kind: EntityKind::Organization,
                    target: Target::Name(crate::text::collapse_ws(&text[m.span.start..end])),
                    form: Form::Name,
                    rule: "pattern/local-body",
                    title: None,
                },
            ));
        }
        // "American Civil Liberties Union of Ohio", "Supreme Court of Canada": a known
        // organisation followed by "of" and a place is that place's own body, unless the
        // lexicon already ties the organisation to the place.
        for m in out
            .iter()
            .filter(|m| m.kind == EntityKind::Organization && m.form == Form::Name)
        {
            let Target::Lex(oi) = m.target else { continue };
            let name = m.span.slice(text);
            let last = name.rsplit(' ').next().unwrap_or(name);
            let acronym = name.len() >= 3 && name.bytes().all(|b| b.is_ascii_uppercase());
            if !(is_org_head(last) && !is_suffix(last) || acronym)
                || text.get(m.span.end..m.span.end + 4) != Some(" of ")
            {
                continue;
            }
            let p = m.span.end + 4;
            let Some((e, pi)) = self.place_entity_at(text, p) else {
                continue;
            };
            let place = &self.entities[pi];
            let own = self.entities[oi]
                .attrs
                .get("country")
                .is_some_and(|c| *c == place.id);
            if own || first_upper(text[e..].strip_prefix(' ').unwrap_or("")) {
                continue;
            }
            extra.push((
                m.span,
                Mention {
                    span: Span::new(m.span.start, e),
                    kind: EntityKind::Organization,
                    target: Target::Name(crate::text::collapse_ws(&text[m.span.start..e])),
                    form: Form::Name,
                    rule: "pattern/org-of-place",
                    title: None,
                },
            ));
        }
        // "Ohio Democratic Party": a region's branch of a party.
        for w in out.windows(2) {
            let (place, party) = (&w[0], &w[1]);
            if place.kind == EntityKind::Location
                && place.form == Form::Name
                && party.kind == EntityKind::Organization
                && party.form == Form::Name
                && matches!(party.target, Target::Lex(_))
                && text.get(place.span.end..party.span.start) == Some(" ")
                && party.span.slice(text).ends_with(" Party")
            {
                let span = Span::new(place.span.start, party.span.end);
                extra.push((
                    place.span,
                    Mention {
                        span,
                        kind: EntityKind::Organization,
                        target: Target::Name(crate::text::collapse_ws(span.slice(text))),
                        form: Form::Name,
                        rule: "pattern/regional-party",
                        title: None,
                    },
                ));
            }
        }
        // "Tulsa police", "Chicago Police Department": a city's or a region's police force.
        for m in out
            .iter()
            .filter(|m| m.kind == EntityKind::Location && m.form == Form::Name)
        {
            let Target::Lex(li) = m.target else { continue };
            let Some(rest) = text[m.span.end..].strip_prefix(' ') else {
                continue;
            };
            let Some(after) = rest
                .strip_prefix("police")
                .or_else(|| rest.strip_prefix("Police"))
            else {
                continue;
            };
            let unit = [
                " Department",
                " department",
                " Service",
                " service",
                " force",
            ]
            .iter()
            .find(|u| {
                after.starts_with(**u)
                    && after[u.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !is_word_char(c))
            });
            if after.chars().next().is_some_and(is_word_char) && unit.is_none() {
                continue;
            }
            let end = m.span.end + 1 + "police".len() + unit.map_or(0, |u| u.len());
            extra.push((
                m.span,
                Mention {
                    span: Span::new(m.span.start, end),
                    kind: EntityKind::Organization,
                    target: Target::Name(format!("{} Police", self.entities[li].name)),
                    form: Form::Name,
                    rule: "pattern/police",
                    title: None,
                },
            ));
        }
        // Each new mention replaces what it overlaps, later ones winning:
        // an extra survives unless a later extra overlaps it.
        if !extra.is_empty() {
            let mut later = Coverage::new(text.len());
            let mut keep = vec![false; extra.len()];
            for (i, (_, new)) in extra.iter().enumerate().rev() {
                keep[i] = !later.overlaps(new.span.start, new.span.end);
                later.insert(new.span);
            }
            out.retain(|m| !later.overlaps(m.span.start, m.span.end));
            out.extend(
                extra
                    .into_iter()
                    .zip(keep)
                    .filter(|(_, k)| *k)
                    .map(|((_, new), _)| new),
            );
        }
        // 4b. A bare single-word institution ("parliament"): resolve links it to the article's one.
        let mut cov = Coverage::new(text.len());
        for t in tokens {
            // Compare in place: lower-casing every token is costly. (The length first, from
            // the span: most tokens need no slice.)
            if self.title_org_lens & len_bit(t.span.len()) == 0 {
                continue;
            }
            let w = t.text(text);
            if self.title_org_lens & len_bit(w.len()) != 0
                && self.title_orgs.iter().any(|b| b.eq_ignore_ascii_case(w))
                && {
                    cov.sync(&out);
                    !cov.overlaps(t.span.start, t.span.end)
                }
            {
                let lw = w.to_lowercase();
                out.push(Mention {
                    span: t.span,
                    kind: EntityKind::Organization,
                    target: Target::Name(lw),
                    form: Form::Name,
                    rule: BARE_INSTITUTION,
                    title: None,
                });
            }
        }
        // 4c. "the Trump campaign said": a person's surname before "campaign" names the
        // campaign, an organisation.
        campaign_mentions(self, text, &mut out);
        // 4d. "the home affairs committee": a legislature's committee in lower case.
        committee_mentions(text, &mut out);
        // 4e. "the Haldia port", "GenderAvenger.com": a port's place, a web site's body.
        port_and_domain_mentions(self, text, &mut out);
        // 4f. 'dubbing Mr Brown "Sir Wastealot"': a nickname in quotes is no new person.
        out.retain(|m| m.kind != EntityKind::Person || !nickname_in_quotes(text, m.span));
        // 4g. "a George Bush-style tax cut", "Bush-era figures": a person's name before
        // "-style", "-era" and the like modifies a noun; it is no mention of the person.
        out.retain(|m| !compound_modifier(text, m));
        // (Only while the organisation's name still ends with the place: a name grown since
        // by a legal form, "Bank of America Corp", holds no place at its end.)
        let mut org_ends: Vec<usize> = out
            .iter()
            .filter(|m| m.kind == EntityKind::Organization)
            .map(|m| m.span.end)
            .collect();
        org_ends.sort_unstable();
        nested.retain(|n| org_ends.binary_search(&n.span.end).is_ok());
        out.extend(nested);
        out.sort_by_key(|m| (m.span.start, m.span.end));
        out
    }

    /// Names the run patterns leave out in a speaker's or actor's position (step 3a):
    /// - "Mr King said", "Ms Pound": an honorific before one capitalised word that is also a
    ///   common word or a title ("King", "Pound", "Dean") is a person's surname (rule
    ///   `pattern/honorific`);
    /// - "Harwell Foods said it would", "Drexel said its": capitalised words right before
    ///   "said"/"says"/"announced"/"reported" and "it"/"its" are an organisation: a person
    ///   says "he" or "his" (rule `pattern/said-it`). Not a common word ("Traders said it"),
    ///   a day, a title, a given name's two-word name, nor a word the article uses as a
    ///   surname ("Mr Lyle").
    fn speaker_position_names(
        &self,
        text: &str,
        tokens: &[Token],
        headlines: &[Span],
        title_at_end: &HashMap<usize, usize>,
        out: &mut Vec<Mention>,
    ) {
        let mut cov = Coverage::new(text.len());
        cov.sync(out);
        let mut found: Vec<Mention> = Vec::new();
        let in_headline = |p: usize| {
            let h = headlines.partition_point(|h| h.start <= p);
            h > 0 && headlines[h - 1].contains(Span::new(p, p + 1))
        };
        let word = |i: usize| tokens.get(i).filter(|t| t.kind == TokenKind::Word);
        let spaced = |a: &Token, b: &Token| {
            let gap = &text[a.span.end..b.span.start];
            !gap.is_empty() && gap.trim().is_empty() && gap.matches('\n').count() <= 1
        };
        for (k, t) in tokens.iter().enumerate() {
            // Only the honorifics and the four verbs below start anything: the first byte
            // passes over the other tokens before the token is sliced.
            if !text
                .as_bytes()
                .get(t.span.start)
                .is_some_and(|b| matches!(b, b'M' | b's' | b'a' | b'r'))
            {
                continue;
            }
            let w = t.text(text);
            if matches!(w, "Mr" | "Mrs" | "Ms" | "Miss") {
                // "Mr. King": the full stop is a token of its own.
                let n = if tokens
                    .get(k + 1)
                    .is_some_and(|d| d.text(text) == "." && d.span.start == t.span.end)
                {
                    k + 2
                } else {
                    k + 1
                };
                let Some(name) = word(n) else { continue };
                let nw = name.text(text);
                // One word: "Mr Justice Eady" and "Miss World Contest" are longer names.
                let longer =
                    word(n + 1).is_some_and(|a| first_upper(a.text(text)) && spaced(name, a));
                if text[tokens[n - 1].span.end..name.span.start] != *" "
                    || nw.chars().count() < 2
                    || !first_upper(nw)
                    || nw.chars().all(|c| c.is_uppercase())
                    || longer
                    || HONORIFIC_OBJECTS.contains(&nw)
                    || cov.overlaps(name.span.start, name.span.end)
                    || in_headline(name.span.start)
                    // A lexicon word the gazetteer pass dropped on purpose ("Mrs Clinton"
                    // with two Clintons, "Mr English").
                    || self
                        .gazetteer
                        .longest_at(nw.as_bytes(), 0)
                        .is_some_and(|(e, _)| e == nw.len())
                {
                    continue;
                }
                found.push(Mention {
                    span: name.span,
                    kind: EntityKind::Person,
                    target: Target::Name(nw.to_string()),
                    form: Form::Name,
                    rule: "pattern/honorific",
                    title: Some(t.span),
                });
                continue;
            }
            if !matches!(w, "said" | "says" | "announced" | "reported")
                || !word(k + 1)
                    .is_some_and(|n| matches!(n.text(text), "it" | "its") && spaced(t, n))
                || k == 0
            {
                continue;
            }
            // The capitalised words right before the verb ("and"/"&" inside: "Duff and Phelps").
            let mut first = k;
            while first > 0 && k - first < 6 {
                let p = &tokens[first - 1];
                let pw = p.text(text);
                let next = &tokens[first];
                if !spaced(p, next) || p.kind != TokenKind::Word {
                    break;
                }
                if first_upper(pw)
                    || matches!(pw, "and" | "&")
                        && first < k
                        && word(first - 2).is_some_and(|b| first_upper(b.text(text)))
                {
                    first -= 1;
                } else {
                    break;
                }
            }
            // Leading function words and days are no part of the name ("But", "The", "On
            // Tuesday").
            let mut after_the = false;
            while first < k {
                let fw = tokens[first].text(text);
                if in_list_ascii_ci(LEADING_FUNCTION_WORDS, fw) || crate::text::is_day_or_month(fw)
                {
                    after_the = fw.eq_ignore_ascii_case("the");
                    first += 1;
                } else {
                    break;
                }
            }
            // "T. Boone Pickens said it": an initial before the words opens a person's name.
            let initial_before = first >= 2
                && tokens[first - 1].text(text) == "."
                && tokens[first - 2].text(text).len() == 1
                && first_upper(tokens[first - 2].text(text));
            if first == k || initial_before || matches!(tokens[first].text(text), "and" | "&") {
                continue;
            }
            let span = Span::new(tokens[first].span.start, tokens[k - 1].span.end);
            let words: Vec<&str> = tokens[first..k].iter().map(|t| t.text(text)).collect();
            // "Fleet comptroller Irv Goss said it": a title before the name makes a person.
            if in_headline(span.start)
                || text[..span.start]
                    .strip_suffix(' ')
                    .is_some_and(|b| title_at_end.contains_key(&b.len()))
            {
                continue;
            }
            let lone = words.len() == 1;
            let one = words[0];
            let common = |w: &str| {
                self.nonnames.contains(w) || crate::text::is_day_or_month(w) || self.is_title_ci(w)
            };
            // A lone word: no bare head after "the" ("The Department said it"), no common
            // word the article also writes in lower case ("Traders said it"), no surname.
            // "Economists said it": a plural of a title or common word.
            let plural = |w: &str| {
                w.strip_suffix('s')
                    .is_some_and(|b| common(b) || self.is_title_ci(b))
            };
            if lone
                && (after_the
                    || common(one)
                    || plural(one)
                    || self.given.contains(one)
                    || is_company_tail(one)
                    || out.iter().any(|m| {
                        m.kind == EntityKind::Person
                            && m.span
                                .slice(text)
                                .strip_suffix(one)
                                .is_some_and(|b| b.ends_with(char::is_whitespace))
                    })
                    || one.contains(['\'', '’'])
                    || lower_case_use(text, one)
                    || honorific_use(text, one)
                    || surname_use(text, one))
            {
                continue;
            }
            // Two words opening with a given name are a person's name ("Kelvin Marsh said
            // it was"), unless a company's word ends them.
            let last = words[words.len() - 1];
            let business = words
                .iter()
                .any(|w| is_company_tail(w) || is_org_head(w) || is_suffix(w));
            // Nor a government ("The Hollis Administration said it"), nor words after a
            // legal form ("S.A. Rand" in a table).
            if words.len() == 2 && self.given.contains(one) && !business
                || is_suffix(one)
                || self.is_lone_institution_ci(last)
                || words.iter().all(|w| common(w) || matches!(*w, "and" | "&"))
                || words.iter().any(|w| self.is_title_ci(w))
            {
                continue;
            }
            // A person's name goes on as "he"/"she" ("Kelvin Marsh said it was fine. He
            // added ..."), or its last word stands alone elsewhere ("Marsh added").
            if !lone
                && !business
                && (pronoun_after(text, t.span.end)
                    || crate::text::match_starts(text, last).any(|i| {
                        (i < span.start || i >= span.end)
                            && boundary_ok(text, i, i + last.len())
                            && !text[..i].trim_end().ends_with(one)
                    }))
            {
                continue;
            }
            let target = Target::Name(collapse_ws(span.slice(text)));
            if cov.overlaps(span.start, span.end) {
                // "Drexel said its": a lone word the run pass took for a surname (dropped
                // later unless a full name has it) is the organisation.
                if let Some(m) = out.iter_mut().find(|m| {
                    m.span == span && m.rule == "pattern/single" && m.kind == EntityKind::Person
                }) {
                    m.kind = EntityKind::Organization;
                    m.target = target;
                    m.rule = "pattern/said-it";
                }
                continue;
            }
            found.push(Mention {
                span,
                kind: EntityKind::Organization,
                target,
                form: Form::Name,
                rule: "pattern/said-it",
                title: None,
            });
        }
        if !found.is_empty() {
            out.extend(found);
            out.sort_by_key(|m| (m.span.start, m.span.end));
        }
    }

    /// Wire copy puts a company's name in angle brackets ("<Peat Marwick>", "<Rolls-Royce
    /// Ltd>"); a ticker ("<GM>", "<MGEO.O>") is all capitals and stays out, and so does markup
    /// (lower-case tags, attributes). The bracketed words are one organisation: mentions inside
    /// go ("Asia" in "<Morgan Grenfell (Asia) Ltd>"), except a known company opening the name
    /// before suffixes only ("<Qantas Airways Ltd>" is Qantas), which takes the whole span.
    fn bracketed_companies(&self, text: &str, out: &mut Vec<Mention>) {
        let mut spans: Vec<Span> = Vec::new();
        let mut from = 0;
        while let Some(p) = memchr::memchr(b'<', &text.as_bytes()[from..]) {
            let open = from + p;
            from = open + 1;
            let s = open + 1;
            let Some(q) = memchr::memchr2(b'>', b'<', &text.as_bytes()[s..]) else {
                break;
            };
            let e = s + q;
            let inner = &text[s..e];
            if !text[e..].starts_with('>')
                || inner.len() < 2
                || inner.len() > 100
                || inner.contains(['=', '"', '\u{201c}'])
                || inner.matches('\n').count() > 1
                || !inner.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit())
                || !inner.bytes().any(|b| b.is_ascii_lowercase())
                || inner.ends_with(char::is_whitespace)
                || inner.split_whitespace().count() > 10
                || !text[..open].ends_with(|c: char| c.is_whitespace() || c == '(') && open > 0
                || text[e + 1..].starts_with(char::is_alphanumeric)
            {
                continue;
            }
            // "<Morgan Guaranty Ltd, Hong Kong>": the place after a comma is where the
            // company is, not part of its name; nor are a leading "The" and a possessive.
            let e_name = inner.find(", ").map_or(e, |c| s + c);
            let name = &text[s..e_name];
            let name = name
                .strip_suffix("'s")
                .or_else(|| name.strip_suffix("\u{2019}s"))
                .or_else(|| name.strip_suffix('\''))
                .unwrap_or(name);
            let s_name = if name.starts_with("The ") { s + 4 } else { s };
            let e_name = s + name.len();
            // A ticker with an exchange code ("Neoy.He").
            let ticker = !name.contains(' ')
                && name.split_once('.').is_some_and(|(a, b)| {
                    a.len() >= 3 && (1..=2).contains(&b.len()) && !b.contains('.')
                });
            if ticker || e_name <= s_name + 1 {
                continue;
            }
            spans.push(Span::new(s_name, e_name));
            from = e + 1;
        }
        for span in spans {
            let (s, e) = (span.start, span.end);
            // A known company opening the name, only suffixes after it: that company.
            let lex_head = out.iter().position(|m| {
                m.kind == EntityKind::Organization
                    && matches!(m.target, Target::Lex(_))
                    && m.span.start == s
                    && m.span.end <= e
                    && text[m.span.end..e].split_whitespace().all(|w| {
                        let w = w.trim_end_matches(['.', ',']);
                        is_company_tail(w) || is_org_head(w) || matches!(w, "and" | "&" | "Co")
                    })
            });
            if let Some(i) = lex_head {
                out[i].span.end = e;
                out.retain(|m| m.span.start >= e || m.span.end <= s || m.span.start == s);
                continue;
            }
            // A name already found whole stays as it is.
            if out.iter().any(|m| m.span.start == s && m.span.end == e) {
                continue;
            }
            out.retain(|m| m.span.start >= e || m.span.end <= s);
            out.push(Mention::named(
                text,
                span,
                EntityKind::Organization,
                "pattern/bracketed",
            ));
        }
    }

    /// "Texas City", "Quebec City", "Iowa City": a lexicon state or province (no city: "Exeter
    /// City" is a club) right before "City" names a city of its own; the mention takes the word in
    /// (rule `pattern/region-city`). Not when a company's name goes on ("Texas City Refining
    /// Inc") or another mention starts there.
    fn region_cities(&self, text: &str, out: &mut [Mention]) {
        for i in 0..out.len() {
            let m = &out[i];
            let end = m.span.end;
            if m.kind != EntityKind::Location
                || m.form != Form::Name
                || !matches!(m.target, Target::Lex(e) if self.lex_type(e) == Some("province"))
                || !text[end..].starts_with(" City")
                || text[end + 5..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
                || out.get(i + 1).is_some_and(|n| n.span.start < end + 5)
            {
                continue;
            }
            let next = text[end + 5..]
                .trim_start_matches(' ')
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            if is_suffix(next) || is_company_word(next) {
                continue;
            }
            let span = Span::new(m.span.start, end + 5);
            out[i] = Mention::named(text, span, EntityKind::Location, "pattern/region-city");
        }
    }

    /// True for "<place>n" or "<place minus s>n", a known place's people ("Nevadan",
    /// "Californian", "Texan", "Kansan").
    fn demonym_of_place(&self, w: &str) -> bool {
        let Some(stem) = w.strip_suffix('n').filter(|s| s.ends_with('a')) else {
            return false;
        };
        let whole = |c: &str| self.place_at(c, 0) == Some(c.len());
        whole(stem) || whole(&format!("{stem}s"))
    }

    /// Gazetteer places that a word before them makes another name: a compass word makes a
    /// region ("South Wales", "Western Europe"; for a country or a sea only "North", "South",
    /// "East", "West" and "Mid": "Northern Iraq" stays Iraq's), and a broadcaster before a place is
    /// its service there ("BBC Wales", "BBC Scotland"), one organisation. Neither when a
    /// capitalised word follows ("North Wales Police" is the run's) or, for a compass word,
    /// comes before ("Leeds North West").
    fn compound_places(&self, text: &str, out: &mut Vec<Mention>) {
        let mut drop = Vec::new();
        for i in 0..out.len() {
            let m = &out[i];
            let (s, e) = (m.span.start, m.span.end);
            let Target::Lex(pi) = m.target else {
                continue;
            };
            if m.form != Form::Name
                || !matches!(m.kind, EntityKind::Location | EntityKind::Country)
                || text[e..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
                || text[e..]
                    .strip_prefix(' ')
                    .is_some_and(|r| r.starts_with(char::is_uppercase))
            {
                continue;
            }
            let prev = i.checked_sub(1).map(|j| &out[j]);
            // "BBC Wales": the broadcaster's mention ends one space before the place (not
            // "told Reuters Japan would", the place opening a clause).
            let clause = || {
                text[e..]
                    .strip_prefix(' ')
                    .and_then(|r| r.split(|c: char| !c.is_alphabetic()).next())
                    .is_some_and(|w| {
                        matches!(
                            w,
                            "is" | "was"
                                | "are"
                                | "were"
                                | "has"
                                | "had"
                                | "have"
                                | "will"
                                | "would"
                                | "could"
                                | "should"
                                | "may"
                                | "might"
                                | "must"
                                | "can"
                                | "did"
                                | "does"
                        )
                    })
            };
            if let Some(p) = prev.filter(|p| {
                p.span.end + 1 == s
                    && text.as_bytes()[p.span.end] == b' '
                    // (Not an abbreviation: "told BBC News US policy ...".)
                    && !text[s..e].bytes().all(|b| b.is_ascii_uppercase() || b == b'.')
                    && !clause()
                    && p.form == Form::Name
                    && matches!(p.target, Target::Lex(o) if self.lex_type(o) == Some("media"))
            }) {
                let span = Span::new(p.span.start, e);
                out[i - 1] =
                    Mention::named(text, span, EntityKind::Organization, "pattern/media-region");
                drop.push(i);
                continue;
            }
            let Some(w) = word_before(text, s) else {
                continue;
            };
            // (Nor "Southern Pacific", "Western Pacific": railroads; a sea takes the short forms.)
            let country =
                self.entities[pi].kind == EntityKind::Country || self.lex_type(pi) == Some("sea");
            let compass = if country {
                matches!(w, "North" | "South" | "East" | "West" | "Mid")
            } else {
                w == "Mid" || COMPASS_WORDS.contains(&w)
            };
            let ws = s - 1 - w.len();
            if !compass
                || prev.is_some_and(|p| p.span.end >= ws)
                || word_before(text, ws)
                    .is_some_and(|b| first_upper(b) && !in_list_ascii_ci(LEADING_FUNCTION_WORDS, b))
            {
                continue;
            }
            out[i] = Mention::named(
                text,
                Span::new(ws, e),
                EntityKind::Location,
                "pattern/compass-place",
            );
        }
        for &i in drop.iter().rev() {
            out.remove(i);
        }
    }

    /// Places named in a royal or noble style: "the Duchy of Lancaster" is the estate, an
    /// organisation (rule `pattern/duchy`, replacing any place mention inside it), "the Isle of
    /// Sheppey" a place (rule `pattern/isle`); "the Duke of
    /// Edinburgh", "the Duchess of Cornwall" name a person, so the gazetteer's place mention after
    /// "Duke of" and the like is dropped.
    fn styled_places(&self, text: &str, out: &mut Vec<Mention>) {
        out.retain(|m| {
            m.kind != EntityKind::Location
                || !PEER_STYLES
                    .iter()
                    .any(|p| text[..m.span.start].ends_with(p))
        });
        for (style, kind, rule) in [
            ("Duchy of ", EntityKind::Organization, "pattern/duchy"),
            ("Isle of ", EntityKind::Location, "pattern/isle"),
        ] {
            self.style_names(text, style, kind, rule, out);
        }
    }

    /// Each "<style> <Name>" in `text` ("Duchy of Lancaster", "Isle of Sheppey") as one
    /// mention of `kind`, unless a mention already covers the style's first word ("Isle of
    /// Man" from the gazetteer); place mentions inside the name give way.
    fn style_names(
        &self,
        text: &str,
        style: &str,
        kind: EntityKind,
        rule: &'static str,
        out: &mut Vec<Mention>,
    ) {
        for (i, _) in text.match_indices(style) {
            let s = i + style.len();
            if text[..i].ends_with(|c: char| c.is_alphanumeric())
                || out.iter().any(|m| m.span.start <= i && i < m.span.end)
            {
                continue;
            }
            let len = text[s..]
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(text.len() - s);
            // (Not "Isle of Wight Council": a longer name goes on.)
            if len < 2
                || !text[s..].starts_with(|c: char| c.is_uppercase())
                || text[s + len..]
                    .strip_prefix(' ')
                    .is_some_and(|r| r.starts_with(char::is_uppercase))
            {
                continue;
            }
            let span = Span::new(i, s + len);
            out.retain(|m| m.span.end <= span.start || m.span.start >= span.end);
            let at = out.partition_point(|m| m.span.start < span.start);
            out.insert(at, Mention::named(text, span, kind, rule));
        }
    }

    /// A word that may be part of a person's name in a run split at "and": capitalised, with a
    /// lower-case letter, not a listed non-name, organisation head or company word.
    fn name_word(&self, w: &str) -> bool {
        first_upper(w)
            && w.chars().any(char::is_lowercase)
            && !self.nonnames.contains(w)
            && !is_org_head(w)
            && !is_company_word(w)
    }

    /// "Cooper and Martha Raddatz", "Sarah and Timothy Rogers": a given name after "and"
    /// opens a person's full name (two or three words); the one word before "and" is a
    /// surname kept as a lone word, or a given name that shares the full name's surname
    /// ("Sarah" is Sarah Rogers, though only "Sarah" is written).
    fn split_and_names(
        &self,
        text: &str,
        tokens: &[Token],
        run: &[usize],
        words: &[&str],
        titled: bool,
        out: &mut Vec<Mention>,
    ) {
        let name_word = |w: &str| self.name_word(w);
        if self.split_two_full_names(text, tokens, run, words, &name_word, out) {
            return;
        }
        let ([left], [right @ .., surname]) = (
            words.get(..1).unwrap_or_default(),
            words.get(2..).unwrap_or_default(),
        ) else {
            return;
        };
        if titled
            || words.len() != run.len()
            || words[1] != "and"
            || !(1..=2).contains(&right.len())
            || !self.is_given_name(right[0])
            || !right.iter().chain([surname, left]).all(|w| name_word(w))
        {
            return;
        }
        let full = Span::new(
            tokens[run[2]].span.start,
            tokens[run[run.len() - 1]].span.end,
        );
        let full_mention = (
            full,
            crate::text::collapse_ws(full.slice(text)),
            "pattern/given-name",
        );
        let left_span = tokens[run[0]].span;
        let left_mention = if !self.is_given_name(left) {
            Some((left_span, left.to_string(), "pattern/single"))
        } else if crate::text::match_starts(text, left).any(|p| {
            // "Hillary and Tim Kaine": a given name written elsewhere before another
            // capitalised word belongs to someone else; it shares no surname.
            p != left_span.start
                && text[p + left.len()..]
                    .strip_prefix(' ')
                    .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()))
        }) {
            None
        } else {
            Some((
                left_span,
                format!("{left} {surname}"),
                "pattern/shared-surname",
            ))
        };
        for (span, target, rule) in left_mention.into_iter().chain([full_mention]) {
            out.push(Mention {
                span,
                kind: EntityKind::Person,
                target: Target::Name(target),
                form: Form::Name,
                rule,
                title: None,
            });
        }
    }

    /// "John Smith and Mary Jones met", "President Ivo Kranjc and Chancellor Greta Lindqvist":
    /// two full names (two or three words, each opening with a known given name) joined by one
    /// "and" are two people; title words before the second are left to the title finder.
    /// True when it pushed them.
    fn split_two_full_names(
        &self,
        text: &str,
        tokens: &[Token],
        run: &[usize],
        words: &[&str],
        name_word: &dyn Fn(&str) -> bool,
        out: &mut Vec<Mention>,
    ) -> bool {
        let Some(k) = words.iter().position(|w| *w == "and") else {
            return false;
        };
        if words.len() != run.len() || words[k + 1..].contains(&"and") {
            return false;
        }
        let mut r = k + 1;
        while r < words.len() && self.is_title_ci(words[r]) {
            r += 1;
        }
        let sides = [(0, k), (r, words.len())];
        let full = |(a, b): (usize, usize)| {
            (2..=3).contains(&(b - a))
                && self.is_given_name(words[a])
                && words[a..b].iter().all(|w| name_word(w))
        };
        if !sides.iter().all(|&side| full(side)) {
            return false;
        }
        for (a, b) in sides {
            let span = Span::new(tokens[run[a]].span.start, tokens[run[b - 1]].span.end);
            out.push(Mention {
                span,
                kind: EntityKind::Person,
                target: Target::Name(crate::text::collapse_ws(span.slice(text))),
                form: Form::Name,
                rule: "pattern/given-name",
                title: None,
            });
        }
        true
    }

    /// A word of a person's name in [`Self::name_pair`] and [`Self::complement_name_start`]:
    /// capitalised, then lower-case letters and hyphens, no title, listed non-name,
    /// organisation head, company word, legal form or field of work ("Finance", "Sales").
    fn strict_name_word(&self, w: &str) -> bool {
        self.plain_capitalised(w)
            && !self.nonnames.contains(w)
            && !is_org_head(w)
            && !is_company_word(w)
            && !is_suffix(w)
            && !SUBJECT_WORDS.contains(&w)
    }

    /// "Jamie Vale and Hilary Orr", "Bill Tarn and Colin Reddy": a run of exactly two names of
    /// two words joined by one "and" (three words for a side that opens with a known given
    /// name), at least one side opening with a known given name, every word a
    /// [`Self::strict_name_word`]; each side is a person (the side with no known given name too:
    /// the list says what it is). Not when a surname is written elsewhere as a company's
    /// ("Vale Inc", "shares in Orr"), a side ends in an initial, or the side with no known
    /// given name opens with a particle or a word the article writes in lower case. True when
    /// it pushed them.
    fn name_pair(
        &self,
        text: &str,
        tokens: &[Token],
        run: &[usize],
        out: &mut Vec<Mention>,
    ) -> bool {
        let word = |i: usize| tokens[run[i]].text(text);
        let Some(k) = (2..run.len().saturating_sub(2)).find(|&k| word(k) == "and") else {
            return false;
        };
        let sides = [(0, k), (k + 1, run.len())];
        let given = |(a, _): (usize, usize)| self.is_given_name(word(a));
        let side_ok = |(a, b): (usize, usize)| {
            (b - a == 2 || b - a == 3 && given((a, b)))
                && (a..b).all(|i| self.strict_name_word(word(i)))
                // "James J." + "O'Hara": no initial ends a name cut short.
                && word(b - 1).chars().count() >= 2
                && !corporate_elsewhere(text, word(b - 1))
                // With no known given name, the first word is no particle ("La Traviata")
                // and no word the article writes in lower case ("Star Wars").
                && (given((a, b))
                    || word(a).chars().count() >= 3
                        && !is_name_particle(word(a))
                        && !lower_case_use(text, word(a)))
        };
        if !sides.iter().any(|&s| given(s)) || !sides.iter().all(|&s| side_ok(s)) {
            return false;
        }
        let rule = if sides.iter().all(|&s| given(s)) {
            "pattern/given-name"
        } else {
            "pattern/name-pair"
        };
        for (a, b) in sides {
            let span = Span::new(tokens[run[a]].span.start, tokens[run[b - 1]].span.end);
            out.push(Mention::named(text, span, EntityKind::Person, rule));
        }
        true
    }

    /// The index in `run` where an office holder's name opens after the capitalised
    /// complement of a title ("Minister of" + "Mines Patrick Okoro", "Secretary of State
    /// for" + "Trade and Industry Ana Ruiz Vega"): the first known given name after one or more
    /// complement words (capitalised, or and/of/for/the), the complement ending in a
    /// capitalised word, then one or two [`Self::strict_name_word`]s ending the run.
    /// After a company's post (`corporate`: "Vice President of Finance Ivo Marsh") every
    /// capitalised complement word is a field of work, so that a company's name ("Chairman of
    /// Marsh Tallis Ruiz Inc") is never cut at a given name.
    fn complement_name_start(
        &self,
        text: &str,
        tokens: &[Token],
        run: &[usize],
        corporate: bool,
    ) -> Option<usize> {
        let word = |i: usize| tokens[run[i]].text(text);
        let k = (1..run.len()).find(|&i| self.is_given_name(word(i)))?;
        let complement_word = |w: &str| {
            matches!(w, "and" | "of" | "for" | "the")
                || first_upper(w) && (!corporate || SUBJECT_WORDS.contains(&w))
        };
        ((1..=2).contains(&(run.len() - k - 1))
            && first_upper(word(k - 1))
            && (0..k).all(|i| complement_word(word(i)))
            && (k + 1..run.len()).all(|i| self.strict_name_word(word(i))))
        .then_some(k)
    }

    /// Where to split a run of two titled names joined by "and" ("President Ivo Kranjc and
    /// Chancellor Greta Lindqvist", "Mr Kranjc and Mrs Lindqvist", "Ivo Kranjc and Chancellor
    /// Lindqvist"): the index in `run` of an "and" right before a capitalised title with a
    /// name after it, when the words before the "and" are a person's (a capitalised title
    /// then one to three name words, or two or three name words opening with a known given
    /// name). "Trade and Industry Secretary X" and "Chairman and Chief Executive X" stay whole.
    fn titled_pair_split(
        &self,
        text: &str,
        tokens: &[Token],
        run: &[usize],
        titles: &[TitleMatch],
    ) -> Option<usize> {
        let word = |i: usize| tokens[run[i]].text(text);
        let k = (1..run.len().saturating_sub(2)).find(|&k| word(k) == "and")?;
        let title_from = |pos: usize| {
            titles_in(titles, pos, pos + 1)
                .iter()
                .filter(|t| t.span.start == pos && text[pos..].starts_with(char::is_uppercase))
                .map(|t| t.span.end)
                .max()
        };
        // The name words after the title that ends at `end`, up to (not with) `until`.
        let words_after = |end: usize, from: usize, until: usize| {
            (from..until)
                .filter(|&i| tokens[run[i]].span.start > end)
                .count()
        };
        let name_word = |w: &str| self.name_word(w) && !is_suffix(w);
        // Right: a title, then a name inside the run; the title may follow up to two words
        // of its body ("and Central Bank Governor X").
        let right_title =
            (k + 1..(k + 4).min(run.len())).find_map(|j| title_from(tokens[run[j]].span.start))?;
        let right_names = words_after(right_title, k + 1, run.len());
        if right_names == 0 || !(k + 1..run.len()).all(|i| word(i) != "and") {
            return None;
        }
        // Left: a title, then one to three name words; or a given name and a surname or two.
        let left = match title_from(tokens[run[0]].span.start) {
            Some(end) => {
                let n = words_after(end, 0, k);
                (1..=3).contains(&n) && (k - n..k).all(|i| name_word(word(i)))
            }
            None => {
                (2..=3).contains(&k)
                    && self.is_given_name(word(0))
                    && (0..k).all(|i| name_word(word(i)))
            }
        };
        left.then_some(k)
    }

    /// Splits a run that ends in an organisation word where wire copy glues
    /// names together: "John Rooney of Moseley Securities Corp" is a person
    /// (a given name, two or three words) and an organisation; "AFG Industries
    /// Inc and GenCorp Inc" is two organisations (an "and" right after a
    /// company suffix). "Smith and Co" and "Bank of England" stay whole.
    /// Returns (kind, start, end, rule) pieces in order; `start` is the run's
    /// start (it may reach back over an absorbed place name).
    fn split_org_run(
        &self,
        text: &str,
        tokens: &[Token],
        idx: &[usize],
        start: usize,
    ) -> Vec<(EntityKind, usize, usize, &'static str)> {
        if idx.is_empty() {
            return Vec::new();
        }
        let word = |i: usize| tokens[idx[i]].text(text);
        // Where pieces end: (position of a piece's last token in `idx`, kind, rule);
        // the next piece starts two positions later (after "of" or "and").
        let mut cuts: Vec<(usize, EntityKind, &'static str)> = Vec::new();
        let mut piece_start = start;
        // A person "of" the organisation.
        if let Some(p) = (2..idx.len().min(4)).find(|&p| word(p) == "of") {
            let person = (0..p).all(|i| {
                let w = word(i);
                first_upper(w)
                    && !is_org_head(w)
                    && !is_company_word(w)
                    && !self.nonnames.contains(w)
            });
            // "Pastor Joseph Brown of Marion Avenue Baptist Church": a title opens the run.
            let titled = p >= 3
                && self.is_title(&word(0).to_ascii_lowercase())
                && self.is_given_name(word(1));
            if person
                && (titled || self.is_given_name(word(0)))
                && p + 1 < idx.len()
                && start == tokens[idx[0]].span.start
            {
                cuts.push((p - 1, EntityKind::Person, "pattern/person-of-org"));
                if titled {
                    piece_start = tokens[idx[1]].span.start;
                }
            }
        }
        let from = cuts.last().map_or(0, |c| c.0 + 2);
        for i in from + 1..idx.len().saturating_sub(1) {
            if (word(i) == "and" || word(i) == "&")
                && (SUFFIXES.contains(&word(i - 1))
                    || self.list_after_name_end(
                        i,
                        &word,
                        cuts.last().map_or(0, |c| c.0 + 2),
                        idx.len() - 1,
                    ))
            {
                cuts.push((i - 1, EntityKind::Organization, "pattern/org-head"));
            }
        }
        cuts.push((idx.len() - 1, EntityKind::Organization, "pattern/org-head"));
        cuts.into_iter()
            .map(|(last, kind, rule)| {
                let piece = (kind, piece_start, tokens[idx[last]].span.end, rule);
                if let Some(&next) = idx.get(last + 2) {
                    piece_start = tokens[next].span.start;
                }
                piece
            })
            .collect()
    }

    /// True when the "and" at position `i` of a run (words by `word`, the current piece
    /// starting at `piece`, the run's last word at `last`) joins two companies in a list
    /// rather than two words of one name: the word before it ends companies' names
    /// ([`LIST_NAME_ENDS`]: "Vexa Labs and Orvane", "Kestrel Airlines and Tarn Air"), two or
    /// more words make the piece before it, and no organisation word follows it ("Tarn Gas
    /// and Electric", "Home Loan and Trust Co" stay whole); or the two names end in the same
    /// head word ([`same_head_pair`]).
    fn list_after_name_end<'w>(
        &self,
        i: usize,
        word: &impl Fn(usize) -> &'w str,
        piece: usize,
        last: usize,
    ) -> bool {
        let next = word(i + 1);
        i >= piece + 2
            && LIST_NAME_ENDS.contains(&word(i - 1))
            && (piece..i - 1).all(|k| !matches!(word(k), "and" | "&" | "of" | "for"))
            && !(is_org_head(next) || is_company_word(next) || is_suffix(next))
            && !matches!(next, "and" | "&" | "of" | "for" | "the")
            || same_head_pair(i, word, last)
    }

    /// Where a company's name ends one space before its legal form at `suffix_start` when
    /// a place, a demonym or a surname inside it broke the capitalised run: the start of
    /// the capitalised words before the suffix (at most four, a sentence's first word the
    /// last). The non-organisation mentions inside are marked [`ABSORBED`]. None when no
    /// such mention is there, an organisation is, or the words continue a longer name
    /// ("Bank of Tokyo Ltd", "Smith and Jones Ltd").
    fn name_before_suffix(
        &self,
        text: &str,
        suffix_start: usize,
        sentence_starts: &HashSet<usize>,
        out: &mut [Mention],
    ) -> Option<usize> {
        let mut start = suffix_start;
        let mut words = 0;
        while words < 4 {
            // One space, or a wire story's line break ("Republic\nNew York Corp").
            let Some(before) = text[..start]
                .strip_suffix(' ')
                .or_else(|| text[..start].strip_suffix('\n'))
            else {
                break;
            };
            if before.ends_with(char::is_whitespace) {
                break;
            }
            let ws = before
                .rfind(|c: char| {
                    c.is_whitespace() || matches!(c, '(' | '"' | ',' | ';' | ':' | '<')
                })
                .map_or(0, |i| i + 1);
            let w = &before[ws..];
            if !first_upper(w)
                || w.ends_with("'s")
                || !w
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | '&' | '\''))
                // "Privately-held": a lower-case part is no name's.
                || w.split('-').any(|p| p.starts_with(char::is_lowercase))
                || in_list_ascii_ci(LEADING_FUNCTION_WORDS, w)
                || self.nonnames.contains(w) && w.ends_with('s')
            {
                break;
            }
            start = ws;
            words += 1;
            if sentence_starts.contains(&ws) {
                break;
            }
        }
        if words == 0 {
            return None;
        }
        // "Bank of Tokyo Ltd", "Marks and Spencer Ltd": the name goes on before the words.
        // ... but "shares of Texas Bancorp" is the company's.
        let connector = text[..start]
            .strip_suffix(['\n', ' '])
            .map(|b| b.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or(""))
            .filter(|w| matches!(*w, "of" | "and" | "for"))
            .or_else(|| text[..start].ends_with(" & ").then_some("&"));
        if let Some(c) = connector {
            let before = text[..start - c.len() - 1].trim_end_matches([' ', '\n']);
            let prev = before
                .rsplit(|c: char| c.is_whitespace() || c == '<')
                .next()
                .unwrap_or("");
            if first_upper(prev) {
                return None;
            }
        }
        let inside = |m: &Mention| m.span.start < suffix_start && start < m.span.end;
        if out
            .iter()
            .any(|m| inside(m) && (m.kind == EntityKind::Organization || m.span.start < start))
            || !out.iter().any(|m| {
                inside(m)
                    && m.rule != ABSORBED
                    && matches!(
                        m.kind,
                        EntityKind::Location | EntityKind::Country | EntityKind::Person
                    )
            })
        {
            return None;
        }
        // "another Canadian Company": a demonym alone is no company's name, nor a place
        // alone before a spelt-out form ("a U.S. Company"; "U.S. Bancorp" is one).
        let alone = |m: &Mention| m.span.start == start && m.span.end + 1 >= suffix_start;
        let spelt = ["Company", "Corporation", "Limited"]
            .iter()
            .any(|w| text[suffix_start..].starts_with(w));
        if out.iter().any(|m| {
            inside(m)
                && (m.form == Form::Demonym
                    && m.span.start == start
                    && !text[start..suffix_start - 1].contains(' ')
                    || spelt && alone(m))
        }) {
            return None;
        }
        for m in out.iter_mut().filter(|m| inside(m)) {
            m.rule = ABSORBED;
        }
        Some(start)
    }

    /// True when a given name ends one space before `start` ("Stephen" in
    /// "Stephen Toulouse").
    /// True when the capitalised run `words` at `start` (followed by `next_text`) is the
    /// company a deal verb takes ([`DEAL_BEFORE`]): "its purchase of Kestrel Software",
    /// "agreed to acquire Orvane". Not an adjective participle ("the newly acquired Vexor
    /// missile"), an owner of two words ("acquisition of Tom Hale's stations"), a place
    /// before its state ("to acquire Dunmore, Pa., printer X"), a name the gazetteer cut ("acquire Allied Spanish
    /// Mines Inc": the run goes on after it), a product ("Orvane-brand") or model ("A-310s").
    /// A lone word after "bought" is too often a product or a player to count, and a lone
    /// word the article writes after a given name elsewhere is that person ("the purchase of
    /// Dalloway" of "Tim Dalloway").
    ///
    /// ```text
    /// deal_object("Yarrow agreed to acquire Orvane for cash", 25, " for cash", ["Orvane"]) == true
    /// ```
    fn deal_object(&self, text: &str, start: usize, next_text: &str, words: &[&str]) -> bool {
        let before = text[..start].trim_end();
        let b = before.as_bytes();
        let Some(phrase) = DEAL_BEFORE.iter().find(|p| {
            b.len() >= p.len()
                && b[b.len() - p.len()..].eq_ignore_ascii_case(p.as_bytes())
                && (b.len() == p.len() || !b[b.len() - p.len() - 1].is_ascii_alphanumeric())
        }) else {
            return false;
        };
        let (Some(&first), Some(&last)) = (words.first(), words.last()) else {
            return false;
        };
        let participle = phrase.ends_with("ed")
            && matches!(
                before[..before.len() - phrase.len()]
                    .trim_end()
                    .rsplit(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("")
                    .to_ascii_lowercase()
                    .as_str(),
                "newly" | "the" | "its" | "their" | "his" | "her" | "our" | "all" | "a" | "an"
            );
        // "acquisition of Tom Hale's stations": what two words own is bought, not they.
        let owner =
            words.len() > 1 && (next_text.starts_with("'s") || next_text.starts_with("\u{2019}s"));
        let after_ok = !(owner
            || next_text.starts_with('/')
            || next_text.starts_with(char::is_uppercase)
            || next_text
                .strip_prefix(',')
                .is_some_and(|r| r.trim_start().starts_with(char::is_uppercase)));
        let shape_ok = words.iter().all(|w| {
            !w.split_once('-')
                .is_some_and(|(_, b)| b.starts_with(|c: char| c.is_lowercase()))
        }) && !(words.len() == 1 && first.contains(|c: char| c.is_ascii_digit()));
        let lone_ok = || {
            words.len() > 1
                || *phrase != "bought" && !self.named_person_elsewhere(text, start, last)
        };
        !participle && after_ok && shape_ok && lone_ok()
    }

    /// True when the article writes `word` (the last word of the run at `start`) elsewhere
    /// right after a given name (and a middle initial): "Alfie Brannock" makes "the Brannock group" his, not a
    /// company's name. Scans the article, so only called for the rare runs a company cue
    /// already picked.
    fn named_person_elsewhere(&self, text: &str, start: usize, word: &str) -> bool {
        crate::text::match_starts(text, word).any(|p| {
            // "Robert M. Bass": over a middle initial.
            let b = &text.as_bytes()[..p];
            let q = match b {
                [.., b' ', c, b'.', b' '] if c.is_ascii_uppercase() => p - 3,
                _ => p,
            };
            p != start
                && boundary_ok(text, p, p + word.len())
                && word_before(text, q).is_some_and(|g| self.is_given_name(g))
        })
    }

    /// True when `last`, the last word of a two-word name `first last` at `start..end`,
    /// stands alone elsewhere in the article as a person's surname: after "Mr", "Mrs",
    /// "Ms", "Miss" or "Dr", or as the subject or object of a reporting verb ("Okonjo
    /// said", "said Okonjo."). Scans the article, so only called for runs no other cue
    /// classified.
    /// A company's name echoes too ("Orvane Holdings ... Holdings said"): a use of `last`
    /// before a company suffix, a bracket or "shares" rules the echo out.
    /// A plural acronym ("Super PACs") is no surname.
    fn surname_echo(&self, text: &str, start: usize, end: usize, first: &str, last: &str) -> bool {
        // "PACs", "MPs"; not "McInnes".
        if crate::text::is_plural_acronym(last) {
            return false;
        }
        let mut echo = false;
        for p in crate::text::match_starts(text, last) {
            let q = p + last.len();
            if !boundary_ok(text, p, q) {
                continue;
            }
            let after = text[q..].trim_start_matches(' ');
            let next = after
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            if after.starts_with(['(', '<']) || is_suffix(next) || next == "shares" {
                return false;
            }
            if echo || (start..end).contains(&p) {
                continue;
            }
            let before = text[..p].trim_end_matches(' ');
            let prev = before
                .rsplit(|c: char| c.is_whitespace())
                .next()
                .unwrap_or("");
            if prev == first {
                continue;
            }
            echo = matches!(
                prev,
                "Mr" | "Mrs" | "Ms" | "Miss" | "Dr" | "Mr." | "Mrs." | "Ms." | "Dr."
            ) || !next.is_empty()
                && next.starts_with(char::is_lowercase)
                && self.is_reporting(next)
                || before.len() < p
                    && self.is_reporting(prev)
                    && after.starts_with(['.', ',', ';']);
        }
        echo
    }

    /// The checks on an unknown name of one or two words right after "in", "near" or
    /// "outside" (the preposition ends `text[..start]`) before it is taken for a place: one
    /// capital letter a word and no hyphen ("EastEnders", "April-July"), not a demonym or a
    /// language ("in Scottish football", "in Aramaic"), not the start of a title ("Tears of
    /// the Sun", "Fahrenheit 9/11"), and the preposition not after a part in a show ("her
    /// role in Closer"), a holding ("its stake in Orvane", "a partner in Halcyon"), a
    /// publication ("the report in Time") or a name ("Alfie Moon in EastEnders"; but "the
    /// Bankruptcy Court in Richmond").
    fn locative_place(&self, text: &str, start: usize, words: &[&str], next_text: &str) -> bool {
        if words.len() > 2
            || next_text.starts_with(|c: char| c.is_ascii_digit())
            || next_text.starts_with("of ")
        {
            return false;
        }
        // "in Orvane stock", "in Sevens rugby": a name before a noun qualifies it.
        let next = next_text
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        if next.starts_with(char::is_lowercase) && !PLACE_FOLLOWERS.contains(&next) {
            return false;
        }
        let word_ok = |w: &&str| {
            let caps = w.chars().filter(|c| c.is_uppercase()).count();
            (caps == 1 || w.starts_with("Mc") && caps == 2)
                && !w.contains('-')
                && !self.common_or_demonym(w)
                && !["ish", "ese", "ans", "ic"]
                    .iter()
                    .any(|e| w.len() > 4 && w.ends_with(e))
                && !w.starts_with("Euro")
        };
        if !words.iter().all(word_ok) {
            return false;
        }
        // The word before the preposition.
        let before = text[..start].trim_end();
        let before =
            before[..before.len() - before.rsplit(' ').next().unwrap_or("").len()].trim_end();
        let cue = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        if cue.starts_with(char::is_uppercase) {
            return is_org_head(cue) || is_suffix(cue) || is_company_word(cue);
        }
        !matches!(
            cue,
            "role"
                | "roles"
                | "part"
                | "parts"
                | "performance"
                | "performances"
                | "appeared"
                | "appears"
                | "appearing"
                | "appearance"
                | "appearances"
                | "starred"
                | "starring"
                | "stars"
                | "star"
                | "cameo"
                | "character"
                | "played"
                | "playing"
                | "plays"
                | "cast"
                | "interest"
                | "interests"
                | "stake"
                | "stakes"
                | "holding"
                | "holdings"
                | "investment"
                | "investments"
                | "invest"
                | "invested"
                | "dealings"
                | "share"
                | "market"
                | "interested"
                | "investor"
                | "investors"
                | "ownership"
                | "block"
                | "partner"
                | "partners"
                | "shares"
                | "stock"
                | "position"
                | "report"
                | "article"
                | "story"
                | "column"
                | "editorial"
                | "interview"
                | "advertisement"
        )
    }

    /// True when the name at `start..end` is one end of a route whose other end is a known
    /// place: "from X to <place>", "from X through <place>", "from <place> to X".
    ///
    /// ```text
    /// route_end("from Gorebridge to Edinburgh", 5, 15, "from") == true
    /// ```
    fn route_end(&self, text: &str, start: usize, end: usize, prev_word: &str) -> bool {
        match prev_word {
            "from" => [" to ", " through "].iter().any(|c| {
                text[end..].strip_prefix(c).is_some_and(|r| {
                    let r = r.strip_prefix("the ").unwrap_or(r);
                    let p = text.len() - r.len();
                    self.place_at(text, p)
                        .is_some_and(|e| !text[e..].starts_with(|c: char| c.is_alphanumeric()))
                })
            }),
            "to" => {
                let before = text[..start].trim_end();
                let Some(before) = before.strip_suffix(" to") else {
                    return false;
                };
                // The known place right before " to", after "from ".
                let Some(i) = before.rfind("from ") else {
                    return false;
                };
                let p = i + 5;
                p < before.len() && self.place_at(text, p) == Some(before.len())
            }
            _ => false,
        }
    }

    /// True for a common word or a demonym-shaped word ("Korean", "Texan"), which "the X
    /// group" does not make a company's name.
    fn common_or_demonym(&self, w: &str) -> bool {
        self.nonnames.contains(w) || w.len() > 4 && w.ends_with("an")
    }

    fn given_name_before(&self, text: &str, start: usize) -> bool {
        word_before(text, start).is_some_and(|w| !w.is_empty() && self.given.contains(w))
    }

    /// Appositions that follow a person's name, not a body's: an age ("Leoncia
    /// Casalme, 42,"), a possessor's title ("Chakib Khelil, Algeria's energy
    /// minister,") and, before a reporting verb, a home town ("Kerry Dunmore,
    /// from Leeds, said") and a title with no article ("Randall Hubbard, chairman
    /// of AFG,"). `next_text` starts with the comma; `n_words` is the length of
    /// the name.
    fn name_apposition(
        &self,
        text: &str,
        titles: &[TitleMatch],
        next_text: &str,
        n_words: usize,
    ) -> bool {
        let Some(after) = next_text.strip_prefix(", ") else {
            return false;
        };
        let clause_len = after
            .find([',', ';', '.', '(', '"', '\n'])
            .unwrap_or(after.len());
        let clause = &after[..clause_len];
        let closed = after[clause_len..].starts_with(',');
        // "said Hou Chia-chi, economist at Soochow University.": a bare title may close the
        // sentence too.
        let ends_sentence = after[clause_len..]
            .strip_prefix('.')
            .is_some_and(|r| r.chars().next().is_none_or(char::is_whitespace));
        let n = clause.split_whitespace().count();
        if n_words < 2 || !(closed || ends_sentence) || n > 8 {
            return false;
        }
        let age = (1..=3).contains(&clause.len()) && clause.bytes().all(|b| b.is_ascii_digit());
        let possessor_title = clause.split_whitespace().next().is_some_and(|w| {
            w.starts_with(char::is_uppercase) && (w.ends_with("'s") || w.ends_with("\u{2019}s"))
        }) && {
            let off = text.len() - after.len();
            !titles_in(titles, off, off + clause_len).is_empty()
        };
        let home_town = clause.starts_with("from ") && {
            let rest = after[clause_len + 1..].trim_start();
            let verb = rest
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            self.is_reporting(verb)
        };
        // "Randall Hubbard, chairman of AFG,": a title with no article, right after the comma
        // or after at most two modifiers ("senior US economist at X").
        let off = text.len() - after.len();
        let mut at = off;
        let mut bare_title = false;
        // ("Rilwanu Lukman, Nigerian Oil Minister,": a demonym may open the title's phrase,
        // and capitalised portfolio words may follow it.)
        let mut demonym = false;
        for w in clause.split(' ').take(3) {
            if titles_in(titles, at, at + 1)
                .iter()
                .any(|t| t.span.start == at && t.span.end <= off + clause_len)
            {
                bare_title = after.starts_with(|c: char| {
                    c.is_ascii_lowercase() || c.is_ascii_uppercase() && at > off
                });
                break;
            }
            let modifier = w.chars().all(|c| c.is_ascii_lowercase())
                || (2..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
                || demonym && w.chars().all(|c| c.is_ascii_alphabetic());
            demonym =
                demonym
                    || at == off
                        && self.gazetteer.longest_at(text.as_bytes(), at).is_some_and(
                            |(e, pat)| e == at + w.len() && self.gaz_info[pat].1 == Form::Demonym,
                        );
            if !(modifier || demonym) {
                break;
            }
            at += w.len() + 1;
        }
        // "Ivo Marsh, Vexa's chief executive.": a possessor's title may close the sentence.
        (age || possessor_title || home_town) && closed && n <= 6
            || possessor_title && ends_sentence && n <= 6
            || bare_title
    }

    /// The end of the lexicon country or place named (by name, not demonym) at `p`.
    fn place_at(&self, text: &str, p: usize) -> Option<usize> {
        self.place_entity_at(text, p).map(|(e, _)| e)
    }

    /// [`Recognizer::place_at`] with the place's entity index.
    fn place_entity_at(&self, text: &str, p: usize) -> Option<(usize, usize)> {
        self.gazetteer_place_at(text, p, false)
    }

    /// [`Recognizer::place_entity_at`], also taking a capital's name when `capitals` is set
    /// ("University of London": the city, inside a body's name, not the government).
    fn gazetteer_place_at(&self, text: &str, p: usize, capitals: bool) -> Option<(usize, usize)> {
        let (e, pat) = self.gazetteer.longest_at(text.as_bytes(), p)?;
        let (ei, form) = self.gaz_info[pat];
        ((form == Form::Name || capitals && form == Form::Capital)
            && boundary_ok(text, p, e)
            && matches!(
                self.entities[ei].kind,
                EntityKind::Country | EntityKind::Location
            ))
        .then_some((e, ei))
    }

    /// A body's name without the country's name or demonym opening it ("U.S. National
    /// Association of Wheat Growers" → "National Association of Wheat Growers"), whose
    /// letters an acronym may spell; `None` when no one-word country opens it.
    fn without_country<'n>(&self, name: &'n str) -> Option<&'n str> {
        let (first, rest) = name.split_once(' ')?;
        (rest.contains(' ') && self.country_in_name(first).is_some()).then_some(rest)
    }

    /// The lexicon country a body's name holds by name or demonym ("French Finance Ministry",
    /// "Ministry of Finance of Brazil"): its entity index, the first one named.
    pub(crate) fn country_in_name(&self, name: &str) -> Option<usize> {
        let starts = std::iter::once(0).chain(
            name.char_indices()
                .filter(|&(_, c)| c == ' ')
                .map(|(i, _)| i + 1),
        );
        starts.into_iter().find_map(|p| {
            let (e, pat) = self.gazetteer.longest_at(name.as_bytes(), p)?;
            let (ei, form) = self.gaz_info[pat];
            (matches!(form, Form::Name | Form::Demonym)
                && boundary_ok(name, p, e)
                && self.entities[ei].kind == EntityKind::Country)
                .then_some(ei)
        })
    }

    /// True when `next_text` (what follows a capitalised run) is ", <known place>"
    /// closed by punctuation: "Hinckley, Leicestershire," or "Springfield,
    /// Illinois." names a place inside a known one.
    ///
    /// `loose` (after "in", "at", "near"): also before a lower-case word other than "and"
    /// or "or" ("in Badminton, Gloucestershire said"; not "thanks to Henson, Wales did").
    fn place_after_comma(&self, next_text: &str, loose: bool) -> bool {
        let Some(after) = next_text.strip_prefix(", ") else {
            return false;
        };
        let at = next_text.len() - after.len();
        self.place_at(next_text, at).is_some_and(|e| {
            let rest = &next_text[e..];
            rest.is_empty()
                || rest.starts_with([',', '.', ';', ':', ')', '\n'])
                || loose
                    && rest.strip_prefix(' ').is_some_and(|r| {
                        r.starts_with(|c: char| c.is_ascii_lowercase())
                            && !r.starts_with("and ")
                            && !r.starts_with("or ")
                    })
        })
    }

    /// A run ending in the legal form "A/S" (its last two tokens, "A" and "S"): the
    /// capitalised words before it, leading function words dropped, and the form are one
    /// company ("Shares in Halvorsen Kraft A/S rose"); a lone "A/S" ends the organisation
    /// right before it ("Norsk Hydro" + "A/S") or a name a place broke ("Vexa Norge A/S").
    fn legal_form_as(
        &self,
        text: &str,
        tokens: &[Token],
        run: &[usize],
        sentence_starts: &HashSet<usize>,
        out: &mut Vec<Mention>,
        ends: &mut EndIndex,
    ) {
        let end = tokens[run[run.len() - 1]].span.end;
        let mut name = &run[..run.len() - 2];
        while let [first, rest @ ..] = name {
            let w = tokens[*first].text(text);
            if in_list_ascii_ci(LEADING_FUNCTION_WORDS, w) || crate::text::is_day_or_month(w) {
                name = rest;
            } else {
                break;
            }
        }
        let form_start = tokens[run[run.len() - 2]].span.start;
        let start = match name.first() {
            Some(&f) => tokens[f].span.start,
            None => {
                let before = text[..form_start].trim_end_matches(' ');
                if let Some(i) = ends
                    .ending_at(out, before.len())
                    .find(|&i| out[i].kind == EntityKind::Organization && out[i].rule != ABSORBED)
                {
                    out[i].span.end = end;
                    return;
                }
                match self.name_before_suffix(text, form_start, sentence_starts, out) {
                    Some(s) => s,
                    None => return,
                }
            }
        };
        out.push(Mention {
            span: Span::new(start, end),
            kind: EntityKind::Organization,
            target: Target::Name(collapse_ws(&text[start..end])),
            form: Form::Name,
            rule: "pattern/org-head",
            title: None,
        });
    }

    /// True when the name `words` at `start..end`, right before a reporting verb
    /// (`reporting_after`; not before a comma), is no person's: two to four capitalised
    /// words, no given name, particle, acronym, digit or common word among them, no
    /// "he"/"she"/"his"/"her" soon after, and its last word never alone elsewhere in the
    /// article ("Retail Decisions said", "Age Concern says"; not "Kelvin Marsh said ... Marsh
    /// added"). What speaks and is no person is a body. Scans the article, so only called
    /// for runs no other cue classified.
    fn reporting_subject(
        &self,
        text: &str,
        start: usize,
        end: usize,
        words: &[&str],
        reporting_after: bool,
        next_text: &str,
    ) -> bool {
        let last = words[words.len() - 1];
        let name = &text[start..end];
        let verb = next_text
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        // "R. Yumikura said": an initial opens a person's name.
        let initial = text[..start].strip_suffix(". ").is_some_and(|b| {
            let w = b
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            w.len() == 1 && first_upper(w)
        });
        reporting_after
            && SAY_VERBS.contains(&verb)
            && !initial
            && words[0] != "St"
            && !next_text.starts_with(',')
            && (2..=4).contains(&words.len())
            && words.iter().all(|w| {
                self.plain_capitalised(w)
                    && w.len() >= 2
                    && !self.given.contains(*w)
                    && !self.nonnames.contains(*w)
                    && !is_name_particle(w)
            })
            && !pronoun_after(text, end)
            // "Debbie Wasserman Schultz ... Wasserman Schultz said": the end of a longer name.
            && !crate::text::match_starts(text, name).any(|i| {
                i != start
                    && boundary_ok(text, i, i + name.len())
                    && text[..i].strip_suffix(' ').is_some_and(|b| {
                        let w = b.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
                        first_upper(w) && !in_list_ascii_ci(LEADING_FUNCTION_WORDS, w)
                    })
            })
            && crate::text::match_starts(text, last).all(|i| {
                i == end - last.len()
                    || !boundary_ok(text, i, i + last.len())
                    || text[start..end]
                        .strip_suffix(last)
                        .is_some_and(|head| text[..i].ends_with(head))
            })
    }

    /// A capitalised word of lower-case letters and hyphens that is no title word ("Marsh",
    /// "Okafor-Ruiz"; not "Minister", "OPEC", "McKay"): the plain shape of a name word.
    fn plain_capitalised(&self, w: &str) -> bool {
        first_upper(w)
            && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
            && !self.is_title_ci(w)
    }

    /// The index of "of" in a peer's style, "Lord|Baroness|Lady <one or two name words> of
    /// <one to three capitalised words>" ("Lord Kinnock of Bedwellty", "Baroness Royall of
    /// Blaisdon"): what follows "of" is the place the peer takes the title from. Not an
    /// office ("Lord Chief Justice of England", "Lord Mayor of London") or a body after
    /// "Lord" ("Lord of the Rings" has no name word at all).
    fn peerage_place(&self, text: &str, tokens: &[Token], run: &[usize]) -> Option<usize> {
        let word = |i: usize| tokens[run[i]].text(text);
        if run.len() < 4 || !matches!(word(0), "Lord" | "Baroness" | "Lady") {
            return None;
        }
        let k = (2..=3).find(|&k| k < run.len() && word(k) == "of")?;
        let name_word =
            |w: &str| self.plain_capitalised(w) && !is_org_head(w) && !self.nonnames.contains(w);
        let place = &run[k + 1..];
        ((1..k).all(|i| name_word(word(i)))
            && (1..=3).contains(&place.len())
            && (k + 1..run.len()).all(|i| name_word(word(i))))
        .then_some(k)
    }

    /// The index of "of" in a run right after said/says/added that is a speaker's name of
    /// two or three words and where the speaker is from ("said Ivo Marsh of Copper Ridge",
    /// "says Dana Okafor of Lagos"): name words only before "of" (see [`Self::common_surname`]
    /// when a given name opens them), capitalised words after it.
    fn speaker_of_split(&self, text: &str, tokens: &[Token], run: &[usize]) -> Option<usize> {
        let word = |i: usize| tokens[run[i]].text(text);
        let k = (2..=3).find(|&k| k + 1 < run.len() && word(k) == "of")?;
        let before = text[..tokens[run[0]].span.start].strip_suffix(' ')?;
        if !["said", "says", "added"].iter().any(|v| {
            before.ends_with(v)
                && !before[..before.len() - v.len()].ends_with(char::is_alphanumeric)
        }) {
            return None;
        }
        let names: Vec<&str> = (0..k).map(word).collect();
        let plain = names.iter().all(|w| {
            self.plain_capitalised(w)
                && !is_org_head(w)
                && !is_company_word(w)
                && !self.nonnames.contains(*w)
        });
        // "said Halden Marsh of Canada Ltd economist Ena Lowe": a company, then its employee.
        let after = &text[tokens[run[run.len() - 1]].span.end..];
        let title_after = after.strip_prefix(' ').is_some_and(|r| {
            let w = r.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            self.is_title_ci(w)
        });
        ((plain || self.common_surname(&names, false))
            && !title_after
            && (k + 1..run.len()).all(|i| first_upper(word(i)) || CONNECTORS.contains(&word(i))))
        .then_some(k)
    }

    /// True for two or three name words opening with a given name ("Richard May", "Jan
    /// Ekberg", "Mike Hall") whose other words may be common words (months, nouns): a
    /// person's name where an apposition or a "said ... of" phrase says so. No title run,
    /// organisation, company or title word, acronym or digit.
    fn common_surname(&self, words: &[&str], titled: bool) -> bool {
        !titled
            && (2..=3).contains(&words.len())
            && (self.given.contains(words[0]) || AMBIGUOUS_GIVEN.contains(&words[0]))
            && words.iter().all(|w| {
                self.plain_capitalised(w)
                    && !is_org_head(w)
                    && !is_company_word(w)
                    && !is_suffix(w)
                    // "Christian Democrats", "Elliott Enterprises": a common plural ends a
                    // group's or a company's name.
                    && (!w.ends_with('s') || !self.nonnames.contains(*w))
            })
    }

    /// True when the one unknown word `word` at `start` is a person's surname by the way it
    /// reports: right before said/says/told/added/adds/tells, with a closing quote and its
    /// comma before it (`"We will not sign," Vidal said`) or "he"/"she" right after the verb
    /// at the start of a clause ("Vidal said he would", "..., Obi told she"). Companies and
    /// bodies report with "it" and seldom close a quote. Not a common, title or company word,
    /// nor a word the article uses in lower case, for a company ("Vexa Inc", "shares in
    /// Vexa"), in a partnership ("Duff and Phelps", "Vexa & Co") or inside a name found
    /// already (rule `pattern/lone-speaker`).
    fn lone_speaker(
        &self,
        text: &str,
        start: usize,
        word: &str,
        next_text: &str,
        out: &[Mention],
    ) -> bool {
        let verb = next_text
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        if !matches!(verb, "said" | "says" | "told" | "added" | "adds" | "tells")
            || !text[start + word.len()..].starts_with(' ')
            || word.chars().count() < 3
            || !first_upper(word)
            // No hyphen: "Three-quarters said".
            || !word.chars().skip(1).all(char::is_lowercase)
        {
            return false;
        }
        let before = text[..start].trim_end();
        let quoted = [",\"", ",\u{201d}", "?\"", "?\u{201d}", "!\"", "!\u{201d}"]
            .iter()
            .any(|q| before.ends_with(q));
        let pronoun = next_text[verb.len()..]
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with("he ") || r.starts_with("she "));
        // "of Greenwich, Conn said": a short word after a capitalised one and its comma may be
        // a state after its town.
        let place_list = word.len() <= 5
            && before.strip_suffix(',').is_some_and(|b| {
                b.rsplit(char::is_whitespace)
                    .next()
                    .is_some_and(first_upper)
            });
        let clause_start = before.is_empty()
            || before.ends_with(['.', ';', ':', '"', '\u{201d}'])
            || before.ends_with(',') && !place_list
            || ["But", "but", "and", "And"].iter().any(|w| {
                before.ends_with(w)
                    && !before[..before.len() - w.len()].ends_with(|c: char| c.is_alphanumeric())
            });
        // "Vidal said prices would fall. ..., he added": the first pronoun that reports after
        // it is "he" or "she" (not "it" or "they").
        let reports_on = || {
            let rest = &next_text[verb.len()..];
            let rest = &rest[..crate::text::floor_char(rest, 300)];
            let mut prev = "";
            for w in rest
                .split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
            {
                // (The pronoun first: most words follow none, and need no look-up.)
                match prev {
                    "he" | "she" | "He" | "She" if self.is_reporting(w) => return true,
                    "it" | "they" | "It" | "They" if self.is_reporting(w) => return false,
                    _ => {}
                }
                prev = w;
            }
            false
        };
        if !(quoted || clause_start) {
            return false;
        }
        // "Critics said he": a plural of a title or common word. (These word tests go before
        // the walk of `reports_on` and the scans of the article: every test here is a
        // condition of the answer, so their order changes nothing but the cost.)
        let plural = word
            .strip_suffix('s')
            .is_some_and(|b| self.nonnames.contains(b) || self.is_title_ci(b));
        if plural
            || self.nonnames.contains(word)
            || self.given.contains(word)
            || self.is_title_ci(word)
            || is_org_head(word)
            || is_company_tail(word)
            || is_suffix(word)
        {
            return false;
        }
        // (Given `quoted || clause_start`: the same as `quoted || clause_start && (pronoun ||
        // reports_on())`.)
        if !(quoted || pronoun || reports_on()) || lower_case_use(text, word) {
            return false;
        }
        // A company's name somewhere ([`corporate_elsewhere`]), or "Duff and Phelps", "Vexa &
        // Co": one of a partnership's names. (One scan of the article for both.)
        let partner = crate::text::match_starts(text, word).any(|i| {
            let j = i + word.len();
            boundary_ok(text, i, j)
                && (corporate_use_at(text, i, j) || {
                    let after = &text[j..];
                    let b = text[..i].trim_end();
                    after.starts_with(" &")
                        || after.strip_prefix(" and ").is_some_and(first_upper)
                        || b.ends_with('&')
                        || b.strip_suffix(" and").is_some_and(|bb| {
                            bb.rsplit(' ').next().is_some_and(first_upper)
                                && !bb.ends_with(['"', '\u{201d}'])
                        })
                })
        });
        // A word of a longer name found already ("Zhou Minghua ... Zhou said", "Vexa Foods ...
        // Vexa said") is left to resolve, which links it to that name; so is the same word found
        // as a body or place elsewhere ("Tass" the agency is no person in "Tass said").
        !partner
            && !out.iter().any(|m| {
                let name = m.span.slice(text);
                (name != word || m.kind != EntityKind::Person)
                    && name
                        .split(|c: char| !c.is_alphanumeric() && c != '-')
                        .any(|w| w == word)
            })
    }

    /// "fight the Kettering North seat", "Ivo Marsh's Ashfield seat", "in the Sedgefield
    /// constituency": capitalised words (a place before them included: "Suffolk" + "Coastal")
    /// between "the", a possessive or "in" and "seat" name an electoral seat, a
    /// place (rule `pattern/constituency`), and so do capitalised words before "by-election"
    /// ("the Horsham by-election"). Not a body's or a common word ("the Senate seat",
    /// "the Democratic seat", "Upper House by-election"), nor an acronym ("a CBOE seat").
    /// True when pushed.
    fn seat_name(
        &self,
        text: &str,
        tokens: &[Token],
        run: &[usize],
        out: &mut Vec<Mention>,
        ends: &mut EndIndex,
    ) -> bool {
        let end = tokens[run[run.len() - 1]].span.end;
        let next = text[end..]
            .strip_prefix(' ')
            .and_then(|r| r.split(|c: char| !c.is_alphabetic()).next());
        // "the 1904 Horsham by-election", "won the Hartlepool by-election": a by-election is
        // always a seat's, so no article or possessive is asked for.
        let by_election = text[end..]
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with("by-election"));
        if next != Some("seat") && !by_election || run.len() > 3 {
            return false;
        }
        let words: Vec<&str> = run.iter().map(|&i| tokens[i].text(text)).collect();
        if words.iter().any(|w| {
            !first_upper(w)
                || w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase())
                || is_org_head(w)
                || self.is_title_ci(w)
                || self.is_lone_institution_ci(w)
        }) || self.common_or_demonym(words[0])
            && ends
                .ending_at(out, tokens[run[0]].span.start.wrapping_sub(1))
                .next()
                .is_none()
        {
            return false;
        }
        let mut start = tokens[run[0]].span.start;
        let place = ends.ending_at(out, start.wrapping_sub(1)).find(|&i| {
            let m = &out[i];
            m.form == Form::Name
                && matches!(m.kind, EntityKind::Location | EntityKind::Country)
                && text.as_bytes()[m.span.end] == b' '
        });
        if let Some(i) = place {
            start = out[i].span.start;
        }
        let before = text[..start].trim_end();
        let cue = before.ends_with("'s")
            || before.ends_with("\u{2019}s")
            || [" the", " in"].iter().any(|c| before.ends_with(c));
        if !cue && !by_election {
            return false;
        }
        if let Some(i) = place {
            out[i].rule = ABSORBED;
        }
        out.push(constituency(text, Span::new(start, end)));
        true
    }

    /// "Ivo Marsh, analyst at Copper Ridge, said", "Tim Hale, director general of Silver Years
    /// Scotland.", "said Ana Ruiz, chairman of the group Open Borders Watch": capitalised words
    /// after a post held in a body ([`ROLE_POSTS`], or a company's title) and "at"/"of"/"with"
    /// (or "for" after a company's title: "analyst for Forrester") (and "the", and a descriptor
    /// noun) name that body, an organisation (rule
    /// `pattern/role-body`). The post stands in an apposition (a comma and at most four
    /// lower-case words before it), and the name ends the phrase (punctuation, a reporting
    /// verb, "in" and a place). Not a person ("manager of Johnny Cash"), a subject ("head of
    /// Research", "secretary of State"), a day, a title or a possessive. A country or
    /// place right after it is part of the name ("Age Concern England"). True when pushed.
    fn role_body(
        &self,
        text: &str,
        tokens: &[Token],
        run: &[usize],
        titles: &[TitleMatch],
        title_at_end: &HashMap<usize, usize>,
        out: &mut Vec<Mention>,
    ) -> bool {
        let mut run = run;
        // "at The Belgrade Institute": a capitalised article opens no name.
        if run.len() > 1 && tokens[run[0]].text(text) == "The" {
            run = &run[1..];
        }
        let start = tokens[run[0]].span.start;
        let end = tokens[run[run.len() - 1]].span.end;
        let mut before = text[..start].trim_end();
        let word_end = |b: &str| {
            b.rsplit(|c: char| !c.is_alphanumeric() && c != '-')
                .next()
                .unwrap_or("")
                .len()
        };
        // "of the group": an article and a descriptor noun between.
        let mut w = &before[before.len() - word_end(before)..];
        if is_org_descriptor(w) {
            before = before[..before.len() - w.len()].trim_end();
            w = &before[before.len() - word_end(before)..];
            if w != "the" {
                return false;
            }
        }
        if w == "the" {
            before = before[..before.len() - w.len()].trim_end();
            w = &before[before.len() - word_end(before)..];
        }
        let prep = w;
        if !matches!(prep, "at" | "of" | "with" | "for") {
            return false;
        }
        let before = before[..before.len() - prep.len()].trim_end();
        let Some(t) = title_at_end.get(&before.len()).map(|&ti| &titles[ti]) else {
            return false;
        };
        let title = t.span.slice(text).to_ascii_lowercase();
        let head = title_head(text, t).to_ascii_lowercase();
        let post = corporate_title(text, t)
            || ROLE_POSTS.contains(&head.as_str())
            || title.ends_with("director general")
            || title.ends_with("director-general");
        // "professor of History", "fellow of the Royal Society": a scholar's "of" is a subject.
        // "analyst for Forrester": "for" only after a post in a firm (not "minister for
        // Europe", "director for Asia").
        if !post
            || prep == "of" && ACADEMIC_POSTS.contains(&head.as_str())
            || prep == "for" && !corporate_title(text, t)
        {
            return false;
        }
        // The apposition: at most four lower-case words, then a comma, before the post.
        let mut b = text[..t.span.start].trim_end();
        for _ in 0..4 {
            let lw = &b[b.len() - word_end(b)..];
            if lw.is_empty() || !lw.starts_with(|c: char| c.is_ascii_lowercase()) {
                break;
            }
            b = b[..b.len() - lw.len()].trim_end();
        }
        if !b.ends_with(',') {
            return false;
        }
        // "Age Concern England": a country or place right after the name is part of it.
        let place = out.iter().position(|m| {
            m.span.start == end + 1
                && text.as_bytes()[end] == b' '
                && m.form == Form::Name
                && matches!(m.kind, EntityKind::Country | EntityKind::Location)
                && text[m.span.end..].starts_with([',', '.', ';', ')'])
        });
        let end = place.map_or(end, |i| out[i].span.end);
        // The name ends the phrase.
        let next = text[end..].trim_start();
        let next_word = next
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let ends_phrase = next.starts_with([',', '.', ';', ':', ')', '(', '\u{2013}', '\u{2014}'])
            || next.starts_with("- ")
            || next.is_empty()
            || self.is_reporting(next_word) && !next_word.is_empty()
            || next_word == "in"
                && next[2..]
                    .trim_start()
                    .starts_with(|c: char| c.is_uppercase());
        // "analyst at Carroll, McEntee and McGinley Inc": a partnership's name goes on after
        // the comma, capitalised words to "and" and the last partner.
        let partnership = next.strip_prefix(',').is_some_and(|after| {
            let mut ws = after
                .split(|c: char| c.is_whitespace() || c == ',')
                .filter(|w| !w.is_empty());
            let mut partners = 0;
            loop {
                match ws.next() {
                    Some("and" | "&") => {
                        break partners > 0 && ws.next().is_some_and(first_upper);
                    }
                    // "Schroeder, Munchmeyer, Hengst Investment GmbH".
                    Some(w) if partners > 0 && is_suffix(w) => break true,
                    Some(w) if first_upper(w) && partners < 4 => partners += 1,
                    _ => break false,
                }
            }
        });
        if !ends_phrase || partnership {
            return false;
        }
        let words: Vec<&str> = run.iter().map(|&i| tokens[i].text(text)).collect();
        let (first, last) = (words[0], words[words.len() - 1]);
        let business = words
            .iter()
            .any(|w| is_org_head(w) || is_company_word(w) || is_suffix(w));
        let lone = words.len() == 1;
        if words.len() > 6
            || !first_upper(first)
            || !first_upper(last)
            || in_list_ascii_ci(LEADING_FUNCTION_WORDS, first)
            || words
                .iter()
                .any(|w| crate::text::is_day_or_month(w) || self.is_title_ci(w))
            || words.iter().all(|w| {
                self.nonnames.contains(*w) || CONNECTORS.contains(w) || SUBJECT_WORDS.contains(w)
            })
            || self.is_given_name(first) && !business
            || last.chars().count() < 2
            || lone
                && (lower_case_use(text, last)
                    || honorific_use(text, last)
                    || surname_use(text, last))
            || !business && self.named_person_elsewhere(text, start, last)
        {
            return false;
        }
        if let Some(i) = place {
            out[i].rule = ABSORBED;
        }
        let span = Span::new(start, end);
        out.push(Mention::named(
            text,
            span,
            EntityKind::Organization,
            "pattern/role-body",
        ));
        true
    }

    #[allow(clippy::too_many_arguments)]
    fn classify_run(
        &self,
        text: &str,
        tokens: &[Token],
        run: &[usize],
        sentence_starts: &HashSet<usize>,
        titles: &[TitleMatch],
        title_at_end: &HashMap<usize, usize>,
        out: &mut Vec<Mention>,
        ends: &mut EndIndex,
    ) {
        // A part of the run, classified on its own.
        let classify = |part: &[usize], out: &mut Vec<Mention>, ends: &mut EndIndex| {
            self.classify_run(
                text,
                tokens,
                part,
                sentence_starts,
                titles,
                title_at_end,
                out,
                ends,
            )
        };
        // "President Ivo Kranjc and Chancellor Greta Lindqvist", "Mr Kranjc and Mr Lindqvist":
        // two titled names joined by "and" are two runs (the title strip below keeps only
        // what follows the last title).
        if let Some(k) = self.titled_pair_split(text, tokens, run, titles) {
            for part in [&run[..k], &run[k + 1..]] {
                classify(part, out, ends);
            }
            return;
        }
        // "Said Dorothy Poynter, ...": an inverted "said" opening the sentence before a known
        // given name is the verb, not the name's first word (unlike "Said Jalili said").
        if run.len() >= 3
            && tokens[run[0]].text(text) == "Said"
            && sentence_starts.contains(&tokens[run[0]].span.start)
            && self.given.contains(tokens[run[1]].text(text))
        {
            classify(&run[1..], out, ends);
            return;
        }
        // "Jamie Vale and Hilary Orr": two people's names joined by "and", one opening with a
        // known given name.
        if self.name_pair(text, tokens, run, out) {
            return;
        }
        // "Norsk Data A/S", "Halvorsen Kraft A/S": a company's name before its legal form.
        if let [.., a, b] = run {
            let (a, b) = (tokens[*a], tokens[*b]);
            if a.text(text) == "A" && b.text(text) == "S" && text[a.span.end..b.span.start] == *"/"
            {
                self.legal_form_as(text, tokens, run, sentence_starts, out, ends);
                return;
            }
        }
        if self.seat_name(text, tokens, run, out, ends) {
            return;
        }
        // "the boroughs of Merton and Hounslow": two places listed after a plural place noun.
        if let Some(k) = run.iter().position(|&t| tokens[t].text(text) == "and") {
            let parts = [&run[..k], &run[k + 1..]];
            if place_list_of(text, tokens[run[0]].span.start)
                && parts.iter().all(|p| {
                    (1..=2).contains(&p.len())
                        && p.iter().all(|&t| {
                            let w = tokens[t].text(text);
                            self.plain_capitalised(w) && !is_org_head(w)
                        })
                })
            {
                for part in parts {
                    let span = Span::new(
                        tokens[part[0]].span.start,
                        tokens[*part.last().unwrap()].span.end,
                    );
                    out.push(Mention::named(
                        text,
                        span,
                        EntityKind::Location,
                        "pattern/place-list",
                    ));
                }
                return;
            }
        }
        // "said Ivo Marsh of Copper Ridge": a speaker's name, then "of" and where the speaker
        // is from (classified on its own).
        if let Some(k) = self.speaker_of_split(text, tokens, run) {
            let span = Span::new(tokens[run[0]].span.start, tokens[run[k - 1]].span.end);
            out.push(Mention::named(
                text,
                span,
                EntityKind::Person,
                "pattern/speaker-of",
            ));
            classify(&run[k + 1..], out, ends);
            return;
        }
        // "Lord Kinnock of Bedwellty", "Baroness Royall of Blaisdon": a peer's title names a
        // place after "of"; the words before it are the peer.
        if let Some(k) = self.peerage_place(text, tokens, run) {
            classify(&run[..k], out, ends);
            let span = Span::new(
                tokens[run[k + 1]].span.start,
                tokens[*run.last().unwrap()].span.end,
            );
            out.push(Mention::named(
                text,
                span,
                EntityKind::Location,
                "pattern/peerage",
            ));
            return;
        }
        // "Sumitomo" + "Corp and Tanaka Kikinzoku KK": a legal form ends the organisation
        // before it, and the words after "and" are the next name of a list.
        if let [form, and, rest @ ..] = run {
            let fs = tokens[*form].span.start;
            let org = (!rest.is_empty()
                && is_suffix(tokens[*form].text(text))
                && matches!(tokens[*and].text(text), "and" | "&")
                && text[..fs].ends_with(' '))
            .then(|| {
                ends.ending_at(out, fs - 1)
                    .find(|&i| out[i].kind == EntityKind::Organization && out[i].rule != ABSORBED)
            })
            .flatten();
            if let Some(i) = org {
                out[i].span.end = tokens[*form].span.end;
                classify(rest, out, ends);
                return;
            }
        }
        // "MP for Sedgefield", "MP for Kettering and Corby": the run holds a member's title,
        // "for" and the seat, a place.
        if let Some(k) = run.iter().position(|&i| tokens[i].text(text) == "for") {
            let for_start = tokens[run[k]].span.start;
            let seat_title = text[..for_start].ends_with(' ')
                && title_at_end.get(&(for_start - 1)).is_some_and(|&ti| {
                    let t = titles[ti].span;
                    t.start >= tokens[run[0]].span.start
                        && SEAT_HOLDERS.contains(&t.slice(text).to_ascii_lowercase().as_str())
                });
            if seat_title && (1..=4).contains(&(run.len() - k - 1)) {
                let span = Span::new(
                    tokens[run[k + 1]].span.start,
                    tokens[*run.last().unwrap()].span.end,
                );
                out.push(constituency(text, span));
                return;
            }
        }
        // "Ivo Marsh, analyst at Copper Ridge, said": the body a post is held in.
        if self.role_body(text, tokens, run, titles, title_at_end, out) {
            return;
        }
        // "assistant secretary for Near Eastern Affairs": the capitalised words continue a title.
        let run_start = tokens[run[0]].span.start;
        let run_prev = text[..run_start]
            .trim_end()
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        if run_prev.eq_ignore_ascii_case("for") || run_prev.eq_ignore_ascii_case("of") {
            let prev_word = run_prev;
            let before = text[..run_start].trim_end();
            let before = &before[..before.len().saturating_sub(prev_word.len())];
            let before = before.trim_end();
            // ... but "chief executive of GenCorp Inc", "chairman of AFG": a company (a
            // suffix or an acronym) after a corporate title is the employer.
            let employer = || {
                let last = tokens[*run.last().unwrap()].text(text);
                let acronym = run.len() == 1
                    && last.len() >= 2
                    && last.bytes().all(|b| b.is_ascii_uppercase() || b == b'&');
                (is_suffix(last) || acronym)
                    && title_at_end
                        .get(&before.len())
                        .is_some_and(|&t| corporate_title(text, &titles[t]))
            };
            if let Some(&ti) = title_at_end.get(&before.len()) {
                // "the MP for Sedgefield": a member's seat is a place.
                let member = titles[ti].span.slice(text).to_ascii_lowercase();
                // "a spokesman for Harwell Foods": a spokesman speaks for a body; two to
                // five name words there that open with no given name and hold no title are
                // its name ("spokesman for Michael Howard", "for Governor X" are people).
                if prev_word.eq_ignore_ascii_case("for")
                    && matches!(
                        member.as_str(),
                        "spokesman" | "spokeswoman" | "spokesperson"
                    )
                    && (2..=5).contains(&run.len())
                    && !self.given.contains(tokens[run[0]].text(text))
                    && run.iter().all(|&i| {
                        let w = tokens[i].text(text);
                        (first_upper(w) || matches!(w, "and" | "&" | "of")) && !self.is_title_ci(w)
                    })
                    && first_upper(tokens[*run.last().unwrap()].text(text))
                    && !run
                        .iter()
                        .all(|&i| self.nonnames.contains(tokens[i].text(text)))
                {
                    let span = Span::new(run_start, tokens[*run.last().unwrap()].span.end);
                    out.push(Mention::named(
                        text,
                        span,
                        EntityKind::Organization,
                        "pattern/spokesman-for",
                    ));
                    return;
                }
                if prev_word.eq_ignore_ascii_case("for")
                    && SEAT_HOLDERS.contains(&member.as_str())
                    && run.len() <= 4
                    && run.iter().all(|&i| {
                        let w = tokens[i].text(text);
                        first_upper(w) || w == "and"
                    })
                {
                    let span = Span::new(run_start, tokens[*run.last().unwrap()].span.end);
                    out.push(constituency(text, span));
                    return;
                }
                // "Minister of Mines Patrick Okoro": the complement ends where a given name
                // opens the office holder's name.
                if let Some(k) = self.complement_name_start(
                    text,
                    tokens,
                    run,
                    corporate_title(text, &titles[ti]),
                ) {
                    let span = Span::new(
                        tokens[run[k]].span.start,
                        tokens[*run.last().unwrap()].span.end,
                    );
                    out.push(Mention::named(
                        text,
                        span,
                        EntityKind::Person,
                        "pattern/title-complement",
                    ));
                    return;
                }
                if !employer() {
                    return;
                }
                // An acronym names nothing else here: an organisation.
                if let [one] = run {
                    let t = tokens[*one];
                    if !is_suffix(t.text(text)) {
                        out.push(Mention {
                            span: t.span,
                            kind: EntityKind::Organization,
                            target: Target::Name(t.text(text).to_string()),
                            form: Form::Name,
                            rule: EMPLOYER,
                            title: None,
                        });
                        return;
                    }
                }
            }
        }
        // "Comerica economist David Littman", "Dominion Textile chairman Thomas Bell": a name
        // right before a lower-case corporate title and a person's name is the employer.
        {
            let run_end = tokens[*run.last().unwrap()].span.end;
            let employer = titles_in(titles, run_end + 1, run_end + 2)
                .iter()
                .find(|t| {
                    t.span.start == run_end + 1
                        && text[run_end..t.span.start] == *" "
                        && text[t.span.start..].starts_with(|c: char| c.is_ascii_lowercase())
                })
                .filter(|t| {
                    (corporate_title(text, t) || title_head(text, t) == "leader")
                        && text[t.span.end..]
                            .strip_prefix(' ')
                            .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()))
                });
            // (Only a run before such a title needs its words: none, no content, else.)
            let words: Vec<&str> = match employer {
                Some(_) => run.iter().map(|&i| tokens[i].text(text)).collect(),
                None => Vec::new(),
            };
            let content = words
                .iter()
                .skip_while(|w| in_list_ascii_ci(LEADING_FUNCTION_WORDS, w))
                .count();
            let run_start = tokens[run[0]].span.start;
            // A lone word opening a sentence ("Festival director X") must be a name elsewhere
            // in the article too, capitalised inside a sentence.
            let lone_word_ok = || {
                let w = tokens[run[run.len() - 1]].text(text);
                !sentence_starts.contains(&run_start)
                    || crate::text::match_starts(text, w).any(|i| {
                        i != run_start
                            && !sentence_starts.contains(&i)
                            && text[..i].ends_with(' ')
                            && boundary_ok(text, i, i + w.len())
                    })
            };
            if employer.is_some()
                && content > 0
                // "Johannesburg Stock Exchange chairman": a place before the run joins it.
                && ends.ending_at(out, run_start.wrapping_sub(1)).next().is_none()
                && !words.iter().any(|w| {
                    w.split_once('-')
                        .is_some_and(|(_, b)| b.starts_with(|c: char| c.is_lowercase()))
                })
                && (content > 1 || lone_word_ok())
                && !words.iter().rev().take(content).all(|w| {
                    self.nonnames.contains(*w) || in_list_ascii_ci(TITLE_MODIFIERS, w)
                })
            {
                let first = run[run.len() - content];
                let span = Span::new(tokens[first].span.start, run_end);
                out.push(Mention {
                    span,
                    kind: EntityKind::Organization,
                    target: Target::Name(crate::text::collapse_ws(span.slice(text))),
                    form: Form::Name,
                    rule: EMPLOYER,
                    title: None,
                });
                return;
            }
        }
        // "Sheikh Tamim bin Hamad Al Thani": a patronymic continues the person named before it.
        {
            let before = text[..run_start].trim_end_matches([' ', '\t']);
            let lb = before.len();
            let particle = ["bin", "ibn", "bint"].iter().find(|p| {
                lb > p.len()
                    && before.is_char_boundary(lb - p.len())
                    && before[lb - p.len()..].eq_ignore_ascii_case(p)
                    && before[..lb - p.len()].ends_with(' ')
            });
            if let Some(p) = particle {
                let prev_end = before[..lb - p.len()].trim_end().len();
                if let Some(i) = ends
                    .ending_at(out, prev_end)
                    .find(|&i| out[i].kind == EntityKind::Person)
                {
                    out[i].span.end = tokens[*run.last().unwrap()].span.end;
                    return;
                }
            }
        }
        let run_end = tokens[*run.last().unwrap()].span.end;
        let run_words: Vec<&str> = run.iter().map(|&i| tokens[i].text(text)).collect();
        // "General Motors" + "Corp", "Morgan Stanley" + "and Co Inc", "Federal Reserve" +
        // "Board": company suffixes and organisation words right after an organisation's
        // name belong to it.
        let joins = |w: &str| w == "and" || w == "&";
        if run_words
            .iter()
            .all(|w| is_suffix(w) || is_org_head(w) || is_company_word(w) || joins(w))
        {
            let before = text[..run_start].trim_end_matches([' ', '\t', '\n']);
            let gap_ok = |b: &str| text[b.len()..run_start].matches('\n').count() <= 1;
            // "and Co" only before "Co"/"Company" ("Goldman Sachs and Co").
            let prev_end = match before
                .strip_suffix(" and")
                .or_else(|| before.strip_suffix(" &"))
            {
                Some(b) if matches!(run_words[0], "Co" | "Company") => Some(b.trim_end().len()),
                Some(_) => None,
                None => Some(before.len()),
            }
            .filter(|&e| gap_ok(&text[..e]));
            if let Some(i) = prev_end.and_then(|e| {
                ends.ending_at(out, e)
                    .find(|&i| out[i].kind == EntityKind::Organization && out[i].rule != ABSORBED)
            }) {
                out[i].span.end = run_end;
                return;
            }
            // A bare "Corp" or "Co Inc" names nothing, unless a place, a demonym or a
            // surname broke the company's name before it ("Chemical New York Corp", "Unicorp
            // American Corp", "Duke Power Co", "Georgia-Pacific Corp").
            if run_words.iter().all(|w| is_suffix(w) || joins(w)) {
                if let Some(s) = self.name_before_suffix(text, run_start, sentence_starts, out) {
                    out.push(Mention {
                        span: Span::new(s, run_end),
                        kind: EntityKind::Organization,
                        target: Target::Name(crate::text::collapse_ws(&text[s..run_end])),
                        form: Form::Name,
                        rule: "pattern/org-head",
                        title: None,
                    });
                }
                return;
            }
        }
        // "Bank of Japan", "Export-Import Bank of Japan": an organisation head followed by
        // "of" and a place takes the place into its name.
        // "Court for the Southern District" + "of New York": also after a head's "of/for the" tail.
        let headed_tail = run_words
            .windows(3)
            .any(|w| is_org_head(w[0]) && matches!(w[1], "of" | "for") && w[2] == "the");
        // "Hospital Corp of America", "State Trading Corp of India": "Corp" before "of" and a
        // country's name is a state's or a national company's full name (a city after it is
        // the company's seat: "Terumo Corp of Tokyo"; so is a place after "Inc" or "Ltd").
        // "Co of" only before "America" ("Nippon Life Insurance Co of Japan" gives the seat);
        // not a country whose name is also a U.S. state's ("First Union Corp of Georgia").
        let corp_of_country = run.len() >= 2
            && match run_words.last() {
                Some(&("Corp" | "Corporation")) => true,
                Some(&("Co" | "Company")) => text[run_end..].starts_with(" of America"),
                _ => false,
            };
        let headed = run_words
            .last()
            .is_some_and(|w| is_org_head(w) && !is_suffix(w))
            || headed_tail;
        let of_place = (headed || corp_of_country)
            .then(|| {
                let p = run_end + 4;
                (text.get(run_end..p) == Some(" of ")).then_some(p)
            })
            .flatten()
            .and_then(|p| {
                if headed {
                    self.gazetteer_place_at(text, p, true)
                } else {
                    self.place_entity_at(text, p).filter(|&(_, pi)| {
                        let place = &self.entities[pi];
                        place.kind == EntityKind::Country && !place.attrs.contains_key("us_state")
                    })
                }
            })
            .map(|(e, _)| e);
        if let (Some(e), [_]) = (of_place, run) {
            // The capital in "University of London" is the city, not its government.
            // (The end index finds it; rewriting in place keeps its span, so the index holds.)
            let p = run_end + 4;
            let capitals: Vec<usize> = ends
                .ending_at(out, e)
                .filter(|&i| out[i].span.start == p && out[i].form == Form::Capital)
                .collect();
            for i in capitals {
                out[i] = Mention::named(text, out[i].span, EntityKind::Location, CAPITAL_PLACE);
            }
            out.push(Mention {
                span: Span::new(run_start, e),
                kind: EntityKind::Organization,
                target: Target::Name(crate::text::collapse_ws(&text[run_start..e])),
                form: Form::Name,
                rule: "pattern/org-head",
                title: None,
            });
            return;
        }
        let mut idx: Vec<usize> = run.to_vec();
        // A run ending in an organisation head is one organisation, titles inside or not ("General Motors").
        if let Some(&l) = idx.last() {
            let lw = tokens[l].text(text);
            let first_start = tokens[idx[0]].span.start;
            // "Caspian" + "Policy Forum": an adjacent place name belongs to the organisation's name.
            // "Tokyo Stock Exchange"; a demonym only before a company ("American Motors Corp").
            let company_run = is_suffix(lw) || idx.len() >= 2 && is_company_word(lw);
            // "General Electric" + "Credit Corp": a known company's name opens the name of
            // another (a subsidiary) when the run is plainly a company's name.
            // "Welsh" + "Chamber of Commerce": a demonym opens the name of a trade or
            // professional body with an "of" complement (not "Iraqi" + "Ministry of Oil");
            // "British" + "Council", "Spanish" + "Federation": also a body's one head word
            // (see [`DEMONYM_BODY_HEADS`]).
            let body_of = idx.len() >= 3
                && matches!(
                    tokens[idx[0]].text(text),
                    "Chamber" | "Confederation" | "Federation" | "Association"
                )
                && tokens[idx[1]].text(text) == "of";
            // "Canadian" + "Imperial Bank of Commerce": a head after a capitalised word and
            // before its "of" complement (not "Iraqi" + "Ministry of Oil", opening with it).
            let inner_head_of = idx.len() >= 4
                && idx[1..idx.len() - 1].windows(2).any(|p| {
                    is_org_head(tokens[p[0]].text(text)) && tokens[p[1]].text(text) == "of"
                });
            let place_before = ends.ending_at(out, first_start.wrapping_sub(1)).find(|&i| {
                let m = &out[i];
                // A wire story's hard line break may fall inside the name ("Swiss\nBank Corp").
                matches!(text.get(m.span.end..first_start), Some(" " | "\n"))
                    && (matches!(m.form, Form::Name | Form::Capital)
                        || m.form == Form::Demonym
                            && (company_run
                                || idx.len() >= 2 && is_org_head(lw)
                                || body_of
                                || inner_head_of
                                || idx.len() == 1
                                    && DEMONYM_BODY_HEADS.contains(&lw)
                                    // Not after another name word ("Arab American Institute").
                                    && !text[..m.span.start].strip_suffix(' ').is_some_and(|b| {
                                        b.rsplit(' ')
                                            .next()
                                            .is_some_and(|w| first_upper(w) && w != "The")
                                    })))
                    && m.rule != ABSORBED
                    && (matches!(m.kind, EntityKind::Location | EntityKind::Country)
                        || m.kind == EntityKind::Organization
                            && m.form == Form::Name
                            && matches!(m.target, Target::Lex(_))
                            && idx.len() >= 2
                            && (is_suffix(lw) || is_company_word(lw) || is_org_head(lw)))
            });
            let club_list = CLUB_HEADS.contains(&lw)
                && idx
                    .iter()
                    .any(|&i| matches!(tokens[i].text(text), "and" | "&"));
            // "Toronto" + "Star", "Calgary" + "Herald": a city's newspaper.
            let paper = place_before.is_some() && idx.len() == 1 && PAPER_HEADS.contains(&lw);
            let church_surname =
                idx.len() <= 3 && self.church_surname(tokens[idx[0]].text(text), lw);
            // "U.S." + "Court of Appeals": a country's name before a head and its "of"/"for"
            // complement belongs to the name (no title inside: "Court of Appeals Judge X").
            let head_of = place_before.is_some()
                && idx.len() >= 3
                && is_org_head(tokens[idx[0]].text(text))
                && matches!(tokens[idx[1]].text(text), "of" | "for")
                && titles_in(titles, first_start, tokens[l].span.end).is_empty();
            if (idx.len() >= 2 || place_before.is_some() && is_org_head(lw) || paper)
                && !church_surname
                && (is_org_head(lw)
                    || is_company_word(lw)
                    // "Marwick Holt KK": a legal form ends a company's name ("Limited" not
                    // as an adjective: "Berg Harmon Limited partners").
                    || is_suffix(lw)
                        && place_before.is_none()
                        && !(lw == "Limited"
                            && text[tokens[l].span.end..]
                                .trim_start()
                                .starts_with(|c: char| c.is_lowercase()))
                    || headed_tail
                    || paper
                    || head_of
                    || inner_head_of && place_before.is_some())
                && !club_list
            {
                // Leading words that are no part of the name go: function words anywhere, and
                // other words that cannot be a name only at a sentence start ("Shares ...");
                // inside a sentence "Security Pacific Corp" and "First Boston Corp" keep them.
                while place_before.is_none() && idx.len() > 1 && {
                    let w = tokens[idx[0]].text(text);
                    let initial = sentence_starts.contains(&tokens[idx[0]].span.start);
                    // "A. Philip Randolph Institute": an initial is part of the name.
                    let letter = w.len() == 1
                        && w.bytes().all(|b| b.is_ascii_uppercase())
                        && text[tokens[idx[0]].span.end..].starts_with(". ");
                    !letter && in_list_ascii_ci(LEADING_FUNCTION_WORDS, w)
                        || crate::text::is_day_or_month(w)
                        // "Privately-held", "Texas-based": an adjective, no name's word.
                        || w.rsplit_once('-').is_some_and(|(_, b)| {
                            matches!(b, "held" | "based" | "owned" | "controlled" | "listed")
                        })
                        || (self.nonnames.contains(w)
                            && !is_org_head(w)
                            && !is_org_opener(w)
                            && initial
                            // "Coastal Corp said", "County Bancorp Inc said": before legal
                            // forms alone the word is the name's distinctive part.
                            && !idx[1..].iter().all(|&i| {
                                let w = tokens[i].text(text);
                                is_suffix(w) || matches!(w, "Holdings" | "Industries")
                            }))
                        || in_list_ascii_ci(CONNECTORS, w)
                        // "President of Interallianz Bank": a title and "of" open no name.
                        || idx.len() > 2 && tokens[idx[1]].text(text) == "of" && {
                            let t0 = tokens[idx[0]].span;
                            titles
                                .iter()
                                .any(|t| t.span.start == t0.start && t.span.end == t0.end)
                        }
                } {
                    idx.remove(0);
                }
                // "The National Democratic Front": three or more name words are one name even
                // when each is a common word; only leading function words go.
                if idx.len() == 1 {
                    let content: Vec<usize> = run
                        .iter()
                        .copied()
                        .skip_while(|&i| {
                            let w = tokens[i].text(text).to_ascii_lowercase();
                            (LEADING_FUNCTION_WORDS.contains(&w.as_str())
                                || crate::text::is_day_or_month(&w))
                                || CONNECTORS.contains(&w.as_str())
                        })
                        .collect();
                    if content.len() >= 3
                        && content.iter().all(|&i| {
                            first_upper(tokens[i].text(text)) || tokens[i].text(text) == "&"
                        })
                    {
                        idx = content;
                    }
                }
                let mut start = tokens[idx[0]].span.start;
                // "Sears, Roebuck and Co", "Bear, Stearns and Co Inc": partners' names before
                // "and Co" are one firm, comma and all.
                if place_before.is_none() && start == first_start {
                    if let Some((s, absorbed)) = self.comma_partner(text, tokens, &idx, start, out)
                    {
                        if let Some(pos) = absorbed {
                            out[pos].rule = ABSORBED;
                        }
                        // The name without its comma may be a lexicon firm's ("Sears Roebuck").
                        let plain =
                            crate::text::collapse_ws(&text[s..run_end]).replacen(',', "", 1);
                        let lex = self
                            .gazetteer
                            .longest_at(plain.as_bytes(), 0)
                            .filter(|&(e, _)| {
                                e > text[s..start].len()
                                    && !plain[e..].starts_with(char::is_alphanumeric)
                            })
                            .map(|(_, pat)| self.gaz_info[pat])
                            .filter(|&(ei, form)| {
                                form == Form::Name
                                    && self.entities[ei].kind == EntityKind::Organization
                            });
                        out.push(Mention {
                            span: Span::new(s, run_end),
                            kind: EntityKind::Organization,
                            target: match lex {
                                Some((ei, _)) => Target::Lex(ei),
                                None => Target::Name(plain),
                            },
                            form: Form::Name,
                            rule: "pattern/partnership",
                            title: None,
                        });
                        return;
                    }
                }
                if let Some(pos) = place_before.filter(|_| start == first_start) {
                    start = out[pos].span.start;
                    // "Northeast Ohio Coalition": a compass word before the place goes with it.
                    if let Some(w) = word_before(text, start).filter(|w| COMPASS_WORDS.contains(w))
                    {
                        start -= w.len() + 1;
                    }
                    // Marked, not removed: indices into `out` stay valid.
                    out[pos].rule = ABSORBED;
                }
                if idx.len() >= 2
                    || !self.nonnames.contains(lw)
                    || of_place.is_some()
                    || place_before.is_some()
                {
                    for (mut kind, s, mut e, mut rule) in
                        self.split_org_run(text, tokens, &idx, start)
                    {
                        if e == run_end {
                            e = of_place.unwrap_or(e);
                        }
                        // "Iowa Events Center", "Bexley Shopping Centre": a venue is a place.
                        if kind == EntityKind::Organization && is_venue(&text[s..e]) {
                            kind = EntityKind::Location;
                            rule = "pattern/venue";
                        }
                        out.push(Mention {
                            span: Span::new(s, e),
                            kind,
                            target: Target::Name(crate::text::collapse_ws(&text[s..e])),
                            form: Form::Name,
                            rule,
                            title: None,
                        });
                    }
                }
                return;
            }
        }
        // "Jo Dear, NUJ General Secretary,": a lone acronym and a title that ends the run; the
        // acronym is the body (a title inside the run is handled below).
        if let [a, second, ..] = idx[..] {
            let (rs, re) = (
                tokens[a].span.end + 1,
                tokens[*idx.last().unwrap()].span.end,
            );
            let w = tokens[a].text(text);
            if tokens[second].span.start == rs
                && is_short_acronym(w)
                && ends.ending_at(out, tokens[a].span.end).next().is_none()
                && titles_in(titles, rs, rs + 1)
                    .iter()
                    .any(|t| t.span.start == rs && t.span.end == re && self.acronym_employs(w, t))
            {
                out.push(Mention::named(
                    text,
                    tokens[a].span,
                    EntityKind::Organization,
                    EMPLOYER,
                ));
                return;
            }
        }
        // Strip a title inside the run ("President Donald Trump", "Agriculture Minister Adamu Bello",
        // "SMFG President Yoshifumi Nishikawa"): the name is what follows the last title.
        let mut title: Option<Span> = None;
        if let (Some(&f), Some(&l)) = (idx.first(), idx.last()) {
            let (rs, re) = (tokens[f].span.start, tokens[l].span.end);
            // Also a title that starts before the run ("Treasury" in a name before it +
            // "Secretary John Snow").
            if let Some(tm) = titles_in(titles, rs.saturating_sub(64), re)
                .iter()
                .filter(|t| t.span.end > rs && t.span.end < re)
                // The title's part inside the run is capitalised ("police Chief Chuck Jordan").
                .filter(|t| {
                    text[t.span.start.max(rs)..t.span.end]
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase)
                })
                // A trade inside a name is part of it ("National Council of Farmer Cooperatives").
                .filter(|t| t.span.start <= rs || !self.is_occupation(t.span.slice(text)))
                // So is a title after a body's head and "of" or "for" ("Association of Chief
                // Police Officers"), unless a given name follows it ("Union of Students
                // President Ann Lee").
                .filter(|t| {
                    let n = idx.partition_point(|&i| tokens[i].span.end <= t.span.start);
                    let body = n >= 2
                        && self.title_list[t.index].1 != "honorific"
                        && matches!(tokens[idx[n - 1]].text(text), "of" | "for")
                        && idx[..n].iter().any(|&i| is_org_head(tokens[i].text(text)));
                    !body
                        || idx[n..]
                            .iter()
                            .find(|&&i| tokens[i].span.start >= t.span.end)
                            .is_some_and(|&i| self.is_given_name(tokens[i].text(text)))
                })
                .max_by_key(|t| (t.span.end, std::cmp::Reverse(t.span.start)))
            {
                // "UAL Inc Chairman Richard Ferris", "Hughes Tool Co President X": a company's
                // name (ending in its legal form) before the title is the employer.
                let lead = || {
                    idx.iter()
                        .copied()
                        .filter(|&i| tokens[i].span.end <= tm.span.start)
                        .skip_while(|&i| {
                            in_list_ascii_ci(LEADING_FUNCTION_WORDS, tokens[i].text(text))
                        })
                };
                if let (Some(a), Some(b)) = (lead().next(), lead().last()) {
                    // (Not the tail of a name the lexicon found: "MCI Communications Corp
                    // President X" is MCI's.)
                    if a != b
                        && tm.span.start > rs
                        && ends
                            .ending_at(out, tokens[a].span.start.wrapping_sub(1))
                            .next()
                            .is_none()
                        && is_suffix(tokens[b].text(text))
                        && first_upper(tokens[a].text(text))
                        && text[tokens[b].span.end..tm.span.start] == *" "
                    {
                        let span = Span::new(tokens[a].span.start, tokens[b].span.end);
                        out.push(Mention::named(
                            text,
                            span,
                            EntityKind::Organization,
                            EMPLOYER,
                        ));
                    } else if a != b
                        && tm.span.start > rs
                        && is_org_head(tokens[b].text(text))
                        && !matches!(
                            tokens[b].text(text),
                            "Affairs" | "Industries" | "Services" | "Service" | "Forces"
                        )
                        && lead().count() <= 4
                        && lead().all(|i| {
                            let w = tokens[i].text(text);
                            first_upper(w)
                                && w.chars().all(char::is_alphabetic)
                                && !self.is_title_ci(w)
                        })
                        && text[tokens[b].span.end..tm.span.start] == *" "
                        && ends.ending_at(out, tokens[b].span.end).next().is_none()
                        // (Not the tail of a longer name: "New York Mercantile Exchange".)
                        && ends
                            .ending_at(out, tokens[a].span.start.wrapping_sub(1))
                            .next()
                            .is_none()
                    {
                        // "Central Bank Governor Jo Dear", "Foreign Ministry Spokesman Jo
                        // Dear": a body's name of capitalised words (no title word among them)
                        // ending in its head word before a capitalised title is the employer
                        // ("Foreign Affairs Minister" names a portfolio, not a body).
                        let span = Span::new(tokens[a].span.start, tokens[b].span.end);
                        out.push(Mention::named(
                            text,
                            span,
                            EntityKind::Organization,
                            EMPLOYER,
                        ));
                    } else if a == b
                        && tm.span.start > rs
                        && text[tokens[a].span.end..tm.span.start] == *" "
                        && is_short_acronym(tokens[a].text(text))
                        && ends.ending_at(out, tokens[a].span.end).next().is_none()
                        && self.acronym_employs(tokens[a].text(text), tm)
                    {
                        // "NUJ General Secretary Jo Dear", "Jo Dear, NUJ General
                        // Secretary": a lone acronym before the title is the body
                        // (linked to its spelled-out name like any bare acronym).
                        out.push(Mention::named(
                            text,
                            tokens[a].span,
                            EntityKind::Organization,
                            EMPLOYER,
                        ));
                    }
                }
                let n_before = idx.len();
                idx.retain(|&i| tokens[i].span.start >= tm.span.end);
                if idx.len() < n_before {
                    title = Some(tm.span);
                }
            }
        }
        // "Minister of Mines Patrick Okoro": the title's complement inside the run, then the
        // office holder's name from a given name on.
        if title.is_some() && idx.len() >= 4 && matches!(tokens[idx[0]].text(text), "of" | "for") {
            let corporate = titles
                .iter()
                .any(|t| Some(t.span) == title && corporate_title(text, t));
            if let Some(k) = self.complement_name_start(text, tokens, &idx[1..], corporate) {
                let span = Span::new(
                    tokens[idx[1 + k]].span.start,
                    tokens[idx[idx.len() - 1]].span.end,
                );
                out.push(Mention {
                    title,
                    ..Mention::named(text, span, EntityKind::Person, "pattern/title-complement")
                });
                return;
            }
        }
        // Post-nominal letters are titles after the name ("Philippe Sands QC").
        while idx.len() >= 2 && POST_NOMINALS.contains(&tokens[idx[idx.len() - 1]].text(text)) {
            idx.pop();
        }
        // Drop leading non-name words ("However", "The"), but not organisation heads ("Center for ...").
        while let Some(&f) = idx.first() {
            let w = tokens[f].text(text);
            // After a title comes the name, whatever it looks like ("Prime Minister Jan Brodski").
            if title.is_some() && idx.len() >= 2 {
                break;
            }
            let fs = tokens[f].span.start;
            if title.is_none() && !titles_in(titles, fs, fs + 1).is_empty() {
                break;
            }
            // "Jan Berry said": kept for the speaker test below; so is "Editing by Will Dunham".
            if idx.len() == 2 && AMBIGUOUS_GIVEN.contains(&w) && credit_line_before(text, fs) {
                break;
            }
            if idx.len() == 2 && AMBIGUOUS_GIVEN.contains(&w) && {
                let after = text[tokens[idx[1]].span.end..].trim_start();
                let nw = after
                    .split(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("");
                self.is_reporting(nw)
            } {
                break;
            }
            // "Federal Home Loan Bank of Tulsa": an organisation opener stays before a head.
            let opens_org = is_org_opener(w)
                && !sentence_starts.contains(&fs)
                && idx[1..].iter().any(|&i| is_org_head(tokens[i].text(text)))
                || idx.len() == 2 && is_airline(w, tokens[idx[1]].text(text));
            // "Texan H. Ross Perot": a demonym-shaped word (no given name) before a given
            // name or an initial and a surname says where the person is from.
            // The word is a place's name plus "-n" ("Nevadan", "Californian", "Texan") or a
            // "-man" ("Welshman", "Guardsman"); "Lilian Alicia Marks" keeps her given name.
            let demonym_lead = idx.len() >= 3
                && w.len() > 4
                && !self.given.contains(w)
                && !is_org_head(w)
                && (w.len() > 6 && w.ends_with("man") || self.demonym_of_place(w))
                && {
                    let n = tokens[idx[1]].text(text);
                    self.is_given_name(n) || n.len() == 1 && first_upper(n)
                };
            // "the West Country": the compass word is the region's name.
            let region = idx.len() == 2
                && COMPASS_WORDS.contains(&w)
                && tokens[idx[1]].text(text) == "Country";
            if (self.nonnames.contains(w) && !is_org_head(w) && !opens_org && !region)
                || w.chars().all(|c| c.is_uppercase()) && w.len() > 5 && idx.len() == 1
                || demonym_lead
            {
                idx.remove(0);
            } else {
                break;
            }
        }
        // Title right before the run (lower-case or in a previous run).
        if title.is_none() {
            if let Some(&f) = idx.first() {
                let start = tokens[f].span.start;
                let before = text[..start].trim_end_matches([' ', '\t']);
                if let Some(&ti) = title_at_end.get(&before.len()) {
                    if before.len() + 3 >= start {
                        title = Some(titles[ti].span);
                    }
                } else if before.len() + 3 >= start {
                    title = title_with_complement(before, title_at_end)
                        .map(|ti| Span::new(titles[ti].span.start, before.len()));
                }
            }
        }
        // Trim trailing connectors/particles.
        while let Some(&l) = idx.last() {
            let w = tokens[l].text(text);
            if in_list_ascii_ci(CONNECTORS, w) || in_list_ascii_ci(NAME_PARTICLES, w) {
                idx.pop();
            } else {
                break;
            }
        }
        if idx.is_empty() {
            return;
        }
        let start = tokens[idx[0]].span.start;
        let end = tokens[*idx.last().unwrap()].span.end;
        let words: Vec<&str> = idx.iter().map(|&i| tokens[i].text(text)).collect();
        // A lone institution word is left to the institution pass.
        if words.len() == 1 && self.is_lone_institution_ci(words[0]) {
            return;
        }
        // A run that is only a title ("Research Fellow") is not an entity, nor is an
        // abbreviated one before its full stop ("Mr." before a known surname).
        if titles_in(titles, start, start + 1)
            .iter()
            .any(|t| t.span.end == end || t.span.end == end + 1 && text[end..].starts_with('.'))
        {
            return;
        }
        let sentence_initial = sentence_starts.contains(&start)
            || idx.len() == 1 && {
                // After an opening quote or bracket (not a closing quote: `"...," Hood said`).
                let b = text[..start].trim_end();
                b.ends_with(['“', '(', ':'])
                    || b.ends_with('"')
                        && b[..b.len() - 1]
                            .chars()
                            .next_back()
                            .is_none_or(char::is_whitespace)
            };
        let last = *words.last().unwrap();
        let first = words[0];
        let has_connector = words
            .iter()
            .any(|w| CONNECTORS.iter().any(|c| c.eq_ignore_ascii_case(w)));
        let prev_word = ascii_lower_cow(
            text[..start]
                .trim_end()
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or(""),
        );
        let prev_word: &str = &prev_word;
        let next_text = text[end..].trim_start();
        let apposition = next_text.starts_with(',') && {
            let after = next_text[1..].trim_start();
            // Only the first words matter: never lower-case the rest of the article.
            let lower = after[..crate::text::floor_char(after, 8)].to_ascii_lowercase();
            (lower.starts_with("a ")
                || lower.starts_with("an ")
                || lower.starts_with("the ")
                || lower.starts_with("who "))
                && {
                    let off = text.len() - next_text.len() + 1;
                    let window = crate::text::floor_char(after, 120);
                    !titles_in(titles, off, off + window + 1).is_empty()
                        || lower.starts_with("who ")
                }
                || self.name_apposition(text, titles, next_text, words.len())
        };
        let copula = [
            "is a ", "is an ", "is the ", "was a ", "was an ", "was the ",
        ]
        .iter()
        .any(|c| {
            next_text.starts_with(c) && {
                let off = text.len() - next_text.len() + c.len();
                !titles_in(titles, off, off + 1).is_empty()
            }
        });
        let next_word = next_text
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let reporting_after = self.is_reporting(next_word)
            || next_text.starts_with(", said")
            || next_text.starts_with(", says");
        let reporting_before = self.is_reporting(prev_word) && !sentence_initial;
        // "Their lawyer, Majeed Memon, said": a name set off by commas right after a title.
        // "his Peruvian counterpart, Wilfredo Ruiz.": also a counterpart, and before the
        // sentence's full stop.
        let title_comma = (next_text.starts_with(',')
            || next_text
                .strip_prefix('.')
                .is_some_and(|r| r.chars().next().is_none_or(char::is_whitespace)))
            && text[..start].trim_end().strip_suffix(',').is_some_and(|b| {
                let b = b.trim_end();
                title_at_end.contains_key(&b.len())
                    || b.strip_suffix("counterpart")
                        .is_some_and(|c| c.ends_with(' '))
            });
        // One word of capitals that is no measure or title abbreviation ("GDP", "CEO").
        let unknown_acronym =
            words.len() == 1 && is_short_acronym(first) && !MEASURE_ACRONYMS.contains(&first);
        // "The ONS said": an unknown acronym that reports is an organisation; so is "the ITC
        // ruled", "the MPC judges": "the", three letters or more and a body's act after them.
        let acronym_reporting = unknown_acronym && reporting_after && !next_text.starts_with(',')
            || unknown_acronym
                && first.len() >= 3
                && prev_word == "the"
                && BODY_ACTS.contains(&next_word);
        // "PCS leader Jo Smith", "the GMB general secretary": an unknown acronym of three
        // letters or more right before a post in a body is that body (not "CEO", "MP",
        // itself a title; not "DVD player", "FRN dealers").
        let acronym_title = unknown_acronym
            && first.len() >= 3
            && !self.is_title(&first.to_ascii_lowercase())
            && text[end..].starts_with(' ')
            && BODY_POSTS.contains(&next_word.to_ascii_lowercase().as_str());
        let club_list = words.iter().any(|w| CLUB_HEADS.contains(w))
            && words.iter().any(|w| matches!(*w, "and" | "&"));
        // "Farm Credit Administration"; not "Reagan Administration", a government.
        // "League Against Cruel Sports", "Citizens Against Crime": a capitalised "Against"
        // inside a name of three words or more names a campaign, a body.
        let campaign = words.len() >= 3
            && first_upper(first)
            && words[1..words.len() - 1].contains(&"Against");
        // "the Beaufort Hunt", "the East Kent Hunt": a fox hunt, a club, after "the" (not a
        // person: "the Caroline Hunt Trust" opens with a given name).
        let hunt =
            words.len() >= 2 && last == "Hunt" && prev_word == "the" && !self.is_given_name(first);
        let org_head = !club_list
            && (is_org_head(last) && !self.church_surname(first, last)
                || hunt
                || last == "Administration"
                    && (words.len() >= 3
                        // "the Vendrum Administration" of a Karl Vendrum named elsewhere:
                        // his government.
                        || words.len() == 2
                            && prev_word == "the"
                            && self.named_person_elsewhere(text, start, first))
                || words.iter().any(|w| is_org_head(w)) && has_connector
                || campaign);
        let given = self.is_given_name(first)
            || (words.len() >= 2
                && words
                    .iter()
                    .take(words.len() - 1)
                    .any(|w| self.given.contains(*w)));
        // An acronym ("UKIP MEPs", "NATO Chief") is no part of a person's name.
        let acronym = |w: &str| w.len() >= 3 && w.bytes().all(|b| b.is_ascii_uppercase());
        let person_shape = (2..=5).contains(&words.len())
            && words
                .iter()
                .all(|w| (first_upper(w) || is_name_particle(w)) && !acronym(w))
            && !has_connector
            && !words
                .iter()
                .enumerate()
                // Right after a title, a name may look like a common word ("Minister Jan Brodski").
                // After a title and a given name, a surname may be a common word too
                // ("spokesman Mike Lake", "minister Frank Field").
                .any(|(i, w)| {
                    (self.nonnames.contains(*w)
                        && !(i == 0 && title.is_some())
                        && !(i > 0 && title.is_some() && self.given.contains(first)))
                        || is_org_head(w)
                        // "Clarence House said": a house's name is a building or an office.
                        || i > 0 && i + 1 == words.len() && matches!(*w, "House" | "Hotel")
                });
        let company = words.iter().any(|w| is_company_word(w))
            || words.len() == 2 && is_airline(words[0], words[1]);
        // "Commerzbank", "Rabobank": one word ending in "bank" is a bank's name.
        let fused_bank = words.len() == 1
            && first.len() >= 7
            && first.ends_with("bank")
            && first[..first.len() - 4]
                .bytes()
                .all(|b| b.is_ascii_alphabetic());
        // A given name that is also a misc head opens a person's name ("Bill Morris", not "Finance Bill").
        let misc = words.iter().enumerate().any(|(i, w)| {
            is_misc_head(w)
                && !(i == 0
                    && person_shape
                    && self.given.contains(*w)
                    && !words
                        .iter()
                        .any(|w| w.contains(|c: char| c.is_ascii_digit())))
        });
        // A title directly before a single word only counts when written as a title ("President Bush", "Mr Ebbers").
        // Not a trade ("Farmer Cooperatives", "Engineer Mannesmann"): a trade names a person only
        // before a name of two words or more.
        let title_cap = title.is_some_and(|t| {
            t.slice(text).chars().next().is_some_and(char::is_uppercase)
                && !self.is_occupation(t.slice(text))
        });
        let place_word_after = in_list_ascii_ci(PLACE_TYPES, next_word) || last.ends_with("shire");
        // "Jan Berry said": a given name that is also a common word (a month, a verb) opens a
        // two-word name that is directly the subject of a reporting verb.
        // "the outgoing European Commissioner said": an office (a title word after a demonym
        // or a title modifier), not a name. (Asked only of a run before a reporting verb.)
        let office = || {
            self.is_title_ci(last)
                && (self.common_or_demonym(first) || TITLE_MODIFIERS.contains(&prev_word))
        };
        let direct_speaker = reporting_after
            && !next_text.starts_with(',')
            && !matches!(prev_word, "the" | "a" | "an")
            && !office()
            && words.len() == 2
            && words.iter().all(|w| w.chars().any(char::is_lowercase))
            && !company;
        // ... and only when the article treats it as a person's name: the surname stands alone
        // elsewhere ("Mr Marsh", "Marsh added"), or "he"/"she" follows soon after. Companies and
        // groups ("Age Concern said") have neither.
        let direct_speaker = direct_speaker && {
            let w = text
                .get(end..)
                .map_or("", |t| &t[..crate::text::floor_char(t, 400)]);
            // "he said", "she warned": the speaker goes on speaking.
            let mut ws = w.split_whitespace();
            let mut pronoun = false;
            while let Some(t) = ws.next() {
                if matches!(t, "he" | "she" | "He" | "She")
                    && ws.next().is_some_and(|v| {
                        self.is_reporting(v.trim_end_matches(|c: char| !c.is_alphabetic()))
                    })
                {
                    pronoun = true;
                    break;
                }
            }
            pronoun
                || crate::text::match_starts(text, last).any(|p| {
                    let before = text[..p].trim_end();
                    let after = text[p + last.len()..].trim_start();
                    let next = after.split(|c: char| !c.is_alphabetic()).next();
                    p != end - last.len()
                        && boundary_ok(text, p, p + last.len())
                        && (["Mr", "Mrs", "Ms", "Miss", "Mr.", "Mrs.", "Ms."]
                            .iter()
                            .any(|h| before.ends_with(h))
                            || !before.ends_with(first)
                                && next.is_some_and(|v| self.is_reporting(v)))
                })
        };
        let ambiguous_given = title.is_none()
            && direct_speaker
            && AMBIGUOUS_GIVEN.contains(&first)
            && !self.nonnames.contains(last)
            && !is_org_head(last);
        // "Deputy Assistant Treasury Secretary James Conrow", "Peter Myers, Deputy Agriculture
        // Secretary, said": after a title, a run ending in an office word is more of the
        // title, no name.
        if title.is_some() && OFFICE_ENDS.iter().any(|o| last.eq_ignore_ascii_case(o)) {
            return;
        }
        // "General Automation Inc said ... other General Automation systems": a title word
        // that opens a company's name (the same two words before "Inc" or "Co" elsewhere in
        // the article) is no title, and the word after it no name.
        if words.len() == 1 && title.is_some_and(|t| company_opened_by(text, t.slice(text), last)) {
            return;
        }
        let (kind, rule) = if misc {
            return;
        } else if (org_head || company && words.len() >= 2 || fused_bank) && title.is_none() {
            // "the Bank", "the Commission": resolve links it to the article's one such organisation.
            if fused_bank {
                (EntityKind::Organization, "pattern/bank-word")
            } else if words.len() == 1 {
                (EntityKind::Organization, BARE_HEAD)
            } else {
                (EntityKind::Organization, "pattern/org-head")
            }
        } else if words.len() >= 2
            && PAPER_HEADS.contains(&last)
            && prev_word == "the"
            && title.is_none()
            && !company
        {
            // "the Charlotte Observer": a newspaper's name after "the", even when it opens with a
            // given name.
            (EntityKind::Organization, "pattern/paper")
        } else if title.is_none()
            && words.len() <= 4
            && !has_connector
            // (Not a body's letters before its officer: "aerospace group EADS Ivo Marsh".)
            && !(words.len() > 1 && acronym(first))
            && band_before(text, start, next_text)
        {
            (EntityKind::Organization, "pattern/band")
        } else if title.is_some() && person_shape && !company
            || title_cap && words.len() == 1 && !sentence_initial
        {
            (EntityKind::Person, "pattern/title+name")
        } else if (person_shape || self.common_surname(&words, title.is_some()))
            && (apposition || copula || title_comma)
            && !company
        {
            (EntityKind::Person, "pattern/apposition")
        } else if (person_shape || self.common_surname(&words, title.is_some()))
            && title.is_none()
            && !company
            && matches!(prev_word, "said" | "says" | "added")
            && !sentence_initial
            && next_text
                .strip_prefix("of ")
                .is_some_and(|r| first_upper(r) || r.starts_with("the "))
        {
            // "said Junya Okabe of Marrow Lane": the name after a reporting verb, then where
            // the speaker is from.
            (EntityKind::Person, "pattern/speaker-of")
        } else if (2..=3).contains(&words.len())
            && !has_connector
            && !company
            && words
                .iter()
                .all(|w| first_upper(w) && !acronym(w) && !is_org_head(w))
            && !self.nonnames.contains(last)
            && credit_line_before(text, start)
        {
            // "(Reporting by Jane Doe; Editing by Will Dunham)": a wire story's credits.
            (EntityKind::Person, "pattern/credit")
        } else if person_shape && given && !company {
            (EntityKind::Person, "pattern/given-name")
        } else if person_shape
            && (reporting_after || reporting_before)
            && !company
            && words.len() >= 2
            && self.given.contains(last)
        {
            // "said Kim Jong": a name whose last word is a given name too (East Asian order).
            (EntityKind::Person, "pattern/speaker")
        } else if person_shape && direct_speaker || ambiguous_given {
            // "Kelvin Marsh told reporters": two name-shaped words right before a reporting verb.
            (EntityKind::Person, "pattern/speaker")
        } else if !given
            && !company
            && words.len() <= 4
            && title.is_none()
            && org_descriptor(text, start, next_text)
            // ("If I were a bank I'm not sure": a pronoun.)
            && !matches!(first, "I" | "I'm" | "I’m")
            // ("told the BBC News website Ford did not deserve": a surname the article gives a
            // person, "James Ford", is the person's.)
            // (Not "Ford, the US car company": an apposition says what it is.)
            && !(words.len() == 1
                && !next_text.trim_start().starts_with(',')
                && self.named_person_elsewhere(text, start, last))
        {
            (EntityKind::Organization, "pattern/descriptor")
        } else if (acronym_reporting || acronym_title) && title.is_none() {
            (EntityKind::Organization, "pattern/acronym")
        } else if !given
            && title.is_none()
            && words.len() <= 4
            && !has_connector
            && !SHARE_CLASS_WORDS.contains(&first)
            && org_context(text, start, next_text, sentence_initial && words.len() == 1)
        {
            (EntityKind::Organization, "pattern/org-context")
        } else if !given
            && title.is_none()
            && words.len() <= 4
            && !has_connector
            && self.deal_object(text, start, next_text, &words)
        {
            (EntityKind::Organization, "pattern/deal-object")
        } else if !given
            && title.is_none()
            && words.len() <= 4
            && !has_connector
            && !words
                .iter()
                .any(|w| w.contains(|c: char| c.is_ascii_digit()))
            && (company_list_before(text, start)
                || company_noun_after(text, start, next_text)
                    && !(words.len() == 1 && self.common_or_demonym(first))
                    && !self.named_person_elsewhere(text, start, last))
        {
            (EntityKind::Organization, "pattern/company-list")
        } else if person_shape
            && words.len() == 2
            && title.is_none()
            && !company
            && !matches!(prev_word, "the" | "a" | "an")
            && !self.common_or_demonym(first)
            && !first
                .split_once('-')
                .is_some_and(|(_, b)| b.starts_with(char::is_lowercase))
            && self.surname_echo(text, start, end, first, last)
        {
            // "said Marla Okonjo ... Ms Okonjo added": an unknown given name before a surname
            // the article uses alone for a person.
            (EntityKind::Person, "pattern/surname-echo")
        } else if place_word_after && !given && LOCATIVE.contains(&prev_word) {
            (EntityKind::Location, "pattern/place-type")
        } else if !given
            && title.is_none()
            && words.len() <= 4
            && !has_connector
            && (words.len() >= 2
                && PLACE_HEADS.contains(&last)
                && (!STREET_HEADS.contains(&last)
                    || LOCATIVE.contains(&prev_word)
                    || STREET_PREPOSITIONS.contains(&prev_word))

                || place_of(text, start)
                // "in the West Country": a compass word and "Country" after "the", a region.
                || words.len() == 2
                    && last == "Country"
                    && prev_word == "the"
                    && COMPASS_WORDS.contains(&first)
                || LOCATIVE.contains(&prev_word)
                    && self.place_after_comma(
                        next_text,
                        matches!(prev_word, "in" | "at" | "near"),
                    )
                // "Ivo Marsh, of Woodbridge, Suffolk": a person's home town.
                || prev_word == "of"
                    && text[..start]
                        .trim_end()
                        .strip_suffix("of")
                        .is_some_and(|b| b.trim_end().ends_with(','))
                    && self.place_after_comma(next_text, false))
        {
            (EntityKind::Location, "pattern/place-context")
        } else if !given
            && title.is_none()
            && !company
            && !has_connector
            && words.len() <= 2
            && words
                .iter()
                .all(|w| self.plain_capitalised(w) && !is_org_head(w))
            && !self.nonnames.contains(last)
            && self.route_end(text, start, end, prev_word)
            && !self.named_person_elsewhere(text, start, last)
        {
            // "from Gorebridge to Edinburgh", "from Edinburgh to Tweedbank": the other end of
            // a route that starts or ends at a known place is a place.
            (EntityKind::Location, "pattern/route")
        } else if matches!(prev_word, "in" | "near" | "outside")
            && !given
            && title.is_none()
            && !company
            && !has_connector
            && !sentence_initial
            && words.len() <= 2
            && words.iter().all(|w| {
                first_upper(w)
                    && (w.len() < 2 || !w.bytes().all(|b| b.is_ascii_uppercase()))
                    && !is_org_head(w)
                    && !w.contains(|c: char| c.is_ascii_digit())
            })
            && !self.nonnames.contains(last)
            && !next_text.starts_with(['\'', '\u{2019}', '-'])
            // "in Ste. Therese": an abbreviation opens a longer name.
            && !(next_text.starts_with('.') && last.len() <= 3)
            && self.locative_place(text, start, &words, next_text)
            && !corporate_elsewhere(text, last)
            && !self.named_person_elsewhere(text, start, last)
        {
            // "won in Lievre on Sunday", "a village near Kharbat": an unknown name after a
            // preposition of place is a place.
            (EntityKind::Location, "pattern/locative")
        } else if self.reporting_subject(text, start, end, &words, reporting_after, next_text)
            && title.is_none()
            && !given
            && !has_connector
            && (sentence_starts.contains(&start) || {
                let b = text[..start].trim_end();
                b.ends_with([',', '"', '\u{201d}']) || prev_word == "but"
            })
            // Not a name the article gives a person elsewhere, nor one after a title and a
            // comma ("President of the Coffee Institute, Jorio Dauster told").
            && !out
                .iter()
                .any(|m| m.kind == EntityKind::Person && m.span.slice(text) == &text[start..end])
            && !text[..start].trim_end().strip_suffix(',').is_some_and(|b| {
                let clause = b
                    .rfind(['.', '\n', '"', '\u{201c}'])
                    .map_or(0, |i| i + 1);
                let at = clause + (b.len() - clause - b[clause..].trim_start().len());
                !titles_in(titles, at, at + 1).is_empty()
            })
        {
            (EntityKind::Organization, "pattern/reporting-subject")
        } else if words.len() == 1
            && title.is_none()
            && !given
            && !company
            && self.lone_speaker(text, start, first, next_text, out)
        {
            // "\"We will not sign,\" Vidal said", "Vidal said he would": a surname that reports.
            (EntityKind::Person, "pattern/lone-speaker")
        } else if words.len() == 1
            && (!sentence_initial
                || sentence_starts.contains(&start)
                    && next_text
                        .starts_with(|c: char| c.is_lowercase() || matches!(c, ',' | '\'' | '’')))
        {
            // A lone capitalised word: resolve keeps it only as the surname of a person named in full
            // (also at the start of a sentence: "Faraj was later promoted", "Faraj, who ...").
            if self.nonnames.contains(first) {
                return;
            }
            (EntityKind::Person, "pattern/single")
        } else {
            // "Hubbard and Reed chatted": two lone capitalised words joined by "and" are each
            // kept as a lone word (resolve keeps one only as the surname of a person named in
            // full).
            if run.len() == 3
                && words.len() == 3
                && title.is_none()
                && words[1] == "and"
                && [words[0], words[2]]
                    .iter()
                    .all(|&w| w.len() > 1 && !self.nonnames.contains(w) && !is_org_head(w))
            {
                for &i in [run[0], run[2]].iter() {
                    out.push(Mention {
                        span: tokens[i].span,
                        kind: EntityKind::Person,
                        target: Target::Name(tokens[i].text(text).to_string()),
                        form: Form::Name,
                        rule: "pattern/single",
                        title: None,
                    });
                }
            }
            self.split_and_names(text, tokens, run, &words, title.is_some(), out);
            return;
        };
        // (Made only here: most runs have returned by now.)
        let name: String = crate::text::collapse_ws(&text[start..end]);
        if name.chars().count() < 2 {
            return;
        }
        // "Vexa Labs and Orvane": a list of two companies, the first ending in a word that
        // ends companies' names.
        if rule == "pattern/org-head" && has_connector {
            let word = |i: usize| tokens[idx[i]].text(text);
            if let Some(k) =
                (2..idx.len().saturating_sub(1)).find(|&k| word(k) == "and" || word(k) == "&")
            {
                if self.list_after_name_end(k, &word, 0, idx.len() - 1)
                    && (k + 1..idx.len()).all(|j| first_upper(word(j)))
                {
                    // The second name is left out when it may be cut short: a person's
                    // ("Vexa Inc and Richard L. Morgan"), or a partnership's before its comma
                    // ("Orvane Corp and Wheat, First Securities Inc").
                    let last = idx.len() - 1;
                    let cut = self.is_given_name(word(k + 1))
                        || word(last).len() == 1
                        || text[tokens[idx[last]].span.end..].starts_with(',');
                    for (a, b) in [(0, k - 1), (k + 1, last)] {
                        if a > 0 && cut {
                            continue;
                        }
                        let span = Span::new(tokens[idx[a]].span.start, tokens[idx[b]].span.end);
                        out.push(Mention::named(text, span, kind, rule));
                    }
                    return;
                }
            }
        }
        out.push(Mention {
            span: Span::new(start, end),
            kind,
            target: Target::Name(name),
            form: Form::Name,
            rule,
            title: if kind == EntityKind::Person {
                title
            } else {
                None
            },
        });
    }
}

/// Capitalised words after "Mr"/"Ms" that are a form of address or a name of its own, not a
/// surname ("Mr President", "Madam Speaker", "Mr Men", "Miss World").
const HONORIFIC_OBJECTS: &[&str] = &[
    "President",
    "Speaker",
    "Chairman",
    "Chairwoman",
    "Secretary",
    "Minister",
    "Ambassador",
    "Mayor",
    "Governor",
    "Justice",
    "Deputy",
    "Prime",
    "Premier",
    "Men",
    "Right",
    "Nice",
    "Big",
    "World",
    "Universe",
];

/// True when the article also writes `word` in lower case, as a word: "Traders said it"
/// where "traders said" is used too is a common noun, not a name.
fn lower_case_use(text: &str, word: &str) -> bool {
    let lower = crate::text::lower_cow(word);
    lower != word
        && crate::text::match_starts(text, &lower).any(|i| boundary_ok(text, i, i + lower.len()))
}

/// True when "he", "she", "his" or "her" comes within 300 bytes after `end`: the one who
/// spoke is a person.
fn pronoun_after(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    let rest = &rest[..crate::text::floor_char(rest, 300)];
    rest.split(|c: char| !c.is_alphabetic()).any(|w| {
        matches!(
            w,
            "he" | "she" | "his" | "her" | "He" | "She" | "His" | "Her"
        )
    })
}

/// True when the article writes `word` as the last word of a longer capitalised name that no
/// company word ends ("Dan Stevens ... Stevens said it", not "B.F. Goodrich Co ... Goodrich
/// said it"): a person's surname.
fn surname_use(text: &str, word: &str) -> bool {
    crate::text::match_starts(text, word).any(|i| {
        let end = i + word.len();
        let before = text[..i].strip_suffix([' ', '\n']).unwrap_or("");
        let prev = before
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("");
        let next = text[end..]
            .trim_start_matches(' ')
            .split(|c: char| !(c.is_alphanumeric() || c == '.'))
            .next()
            .unwrap_or("");
        boundary_ok(text, i, end)
            && !before.is_empty()
            && first_upper(prev)
            && prev
                .chars()
                .all(|c| c.is_alphabetic() || c == '.' || c == '-')
            && !in_list_ascii_ci(LEADING_FUNCTION_WORDS, prev)
            && !is_company_tail(next)
            && !is_org_head(next)
    })
}

/// True when the article writes `word` after an honorific ("Mr Lyle"): a surname.
fn honorific_use(text: &str, word: &str) -> bool {
    crate::text::match_starts(text, word).any(|i| {
        boundary_ok(text, i, i + word.len()) && {
            let b = text[..i].trim_end_matches(' ').trim_end_matches('.');
            ["Mr", "Mrs", "Ms", "Miss", "Dr"]
                .iter()
                .any(|h| b.ends_with(h) && boundary_ok(text, b.len() - h.len(), b.len()))
        }
    })
}

/// Words that make "<word> Center/Centre" a venue rather than a body.
const VENUE_WORDS: &[&str] = &[
    "Events",
    "Convention",
    "Conference",
    "Exhibition",
    "Shopping",
    "Civic",
    "Leisure",
    "Sports",
    "Trade",
];

/// True when a name ends in a venue's words: "Iowa Events Center", "Bexley Shopping Centre",
/// "World Trade Center".
///
/// ```text
/// is_venue("Iowa Events Center") == true
/// is_venue("Carter Center") == false
/// ```
fn is_venue(name: &str) -> bool {
    let mut ws = name.split_whitespace().rev();
    matches!(ws.next(), Some("Center" | "Centre"))
        && ws.next().is_some_and(|w| VENUE_WORDS.contains(&w))
}

/// True when the words before `start` credit a wire story's journalist: "Reporting by",
/// "Additional reporting by", "Editing by", "Writing by", "Compiled by".
///
/// ```text
/// credit_line_before("(Editing by Will Dunham)", 12) == true
/// ```
fn credit_line_before(text: &str, start: usize) -> bool {
    let Some(before) = text[..start].trim_end().strip_suffix(" by") else {
        return false;
    };
    let verb = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    // The credit opens its own bracket, line or clause: "(Reporting by", "; Editing by";
    // "data compiled by Aviation Daily" is no credit.
    let opener = before[..before.len() - verb.len()].trim_end();
    let opens = opener.is_empty()
        || opener.ends_with(['(', ';', '\n', '-', '|'])
        || opener
            .len()
            .checked_sub("additional".len())
            .and_then(|i| opener.get(i..))
            .is_some_and(|w| w.eq_ignore_ascii_case("additional"));
    opens
        && [
            "reporting",
            "editing",
            "writing",
            "compiled",
            "written",
            "edited",
        ]
        .iter()
        .any(|v| verb.eq_ignore_ascii_case(v))
}

/// "Scottish rock band Franz Ferdinand", "Glasgow group Snow Patrol", "Mexican outfit Red
/// Sharks": a name right after a band's noun (no comma between) is the band's, even one that
/// opens with a given name; not two people ("the group Ivo Marsh and Ana Ruiz founded").
fn band_before(text: &str, start: usize, next_text: &str) -> bool {
    let Some(gap) = text[..start].strip_suffix(' ') else {
        return false;
    };
    let noun = gap
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    matches!(noun, "band" | "group" | "outfit" | "supergroup")
        && !gap[..gap.len() - noun.len()].ends_with('-')
        && !next_text.starts_with("and ")
        && !next_text.starts_with("& ")
}

/// True when a descriptor noun says the capitalised run at `start` (followed
/// by `next_text`) is an organisation: right before it ("retailer Wal-Mart",
/// "the carmaker, Toyota,") or heading an apposition after it ("Changyu, the
/// largest wine maker in China"). A hyphenated trade ("film-maker Theo van
/// Gogh") or a person's trade ("a documentary maker") does not count.
///
/// ```text
/// org_descriptor("retailer Tesco said", 9, " said") == true
/// ```
fn org_descriptor(text: &str, start: usize, next_text: &str) -> bool {
    let gap = text[..start].trim_end();
    let (gap, comma) = match gap.strip_suffix(',') {
        Some(g) => (g.trim_end(), true),
        None => (gap, false),
    };
    let noun = gap
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let before = (!comma || next_text.starts_with(','))
        && !gap[..gap.len() - noun.len()].ends_with('-')
        && (is_org_descriptor_ci(noun)
            // "analyst at brokers Hale Dunmore": the British trade's plural names one firm.
            || matches!(noun, "brokers" | "stockbrokers"))
        // ("the Bank, Barber Conable,", "Chase Manhattan Bank NA": a capitalised "Bank" ends
        // a body's name.)
        && !(noun != "bank" && noun.eq_ignore_ascii_case("bank"));
    // "a shadowy group known as Meibion Glyndwr", "a firm called Vexa": the noun before
    // "known as" or "called" ("named" is also a verb: "the company named X as manager").
    let named = !comma
        && ["known as", "called"].iter().any(|c| {
            gap.strip_suffix(c)
                .and_then(|g| g.strip_suffix(' '))
                .and_then(|g| g.trim_end().rsplit(|c: char| !c.is_alphanumeric()).next())
                .is_some_and(is_org_descriptor_ci)
        });
    before
        || named
        || next_text.strip_prefix(',').is_some_and(|after| {
            let after = after.trim_start();
            let phrase = &after[..crate::text::floor_char(after, 60)];
            let phrase = phrase.split([',', '.', ';', '(']).next().unwrap_or("");
            // (The article first, on the phrase as written: most commas after a name open
            // none, and need no lower-cased copy.)
            let article = phrase
                .split_whitespace()
                .next()
                .is_some_and(|w| ["the", "a", "an"].iter().any(|a| a.eq_ignore_ascii_case(w)));
            if !article {
                return false;
            }
            let lower = phrase.to_ascii_lowercase();
            let words: Vec<&str> = lower.split_whitespace().collect();
            // The head is the last word before a preposition or relative word.
            let head_end = words
                .iter()
                .position(|w| {
                    matches!(
                        *w,
                        "in" | "of" | "for" | "with" | "from" | "at" | "on" | "that" | "which"
                    ) || w.ends_with("-based")
                        || *w == "based"
                })
                .unwrap_or(words.len());
            matches!(words.first(), Some(&("the" | "a" | "an"))) && head_end >= 2 && {
                let (head, before) = (words[head_end - 1], words[head_end - 2]);
                // ("Separately, the Bank of England": a capitalised "Bank" opens a name.)
                if phrase.split_whitespace().nth(head_end - 1) == Some("Bank") {
                    return false;
                }
                is_org_descriptor(head)
                    && !matches!(head, "group" | "publisher" | "operator")
                    && !(matches!(head, "maker" | "producer")
                        && matches!(
                            before,
                            "film"
                                | "movie"
                                | "policy"
                                | "decision"
                                | "record"
                                | "tv"
                                | "television"
                                | "documentary"
                        ))
            }
        })
}

/// Plural nouns for companies that open a list of their names: "firms such as Vexa, Orvane
/// and Quintar".
const COMPANY_PLURALS: &[&str] = &[
    "companies",
    "firms",
    "rivals",
    "competitors",
    "retailers",
    "carmakers",
    "airlines",
    "insurers",
    "lenders",
    "banks",
    "manufacturers",
    "publishers",
    "broadcasters",
];

/// True when the capitalised run at `start` is an item of a list of companies opened by
/// "<companies|firms|rivals|...> such as|like|including": the first item, or one after
/// the earlier items and their commas or "and" ("firms such as Vexa, Orvane and
/// Quintar"). Walks back over at most six items, within 200 bytes.
///
/// ```text
/// company_list_before("firms such as Vexa, Orvane and Quintar", 32) == true
/// ```
fn company_list_before(text: &str, start: usize) -> bool {
    let floor = start.saturating_sub(200);
    let mut before = text[..start].trim_end();
    for _ in 0..6 {
        if before.len() < floor {
            return false;
        }
        for intro in [" such as", " like", " including"] {
            if let Some(b) = before.strip_suffix(intro) {
                let noun = b.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
                return COMPANY_PLURALS.iter().any(|n| n.eq_ignore_ascii_case(noun));
            }
        }
        // The earlier item: its separator, then its capitalised words.
        let Some(b) = before
            .strip_suffix(',')
            .or_else(|| before.strip_suffix(" and"))
        else {
            return false;
        };
        let mut b = b.trim_end();
        b = b.strip_suffix(',').unwrap_or(b).trim_end();
        let mut n = 0;
        while n < 5 {
            let w = b.rsplit(' ').next().unwrap_or("");
            if !w.starts_with(|c: char| c.is_uppercase()) {
                break;
            }
            b = b[..b.len() - w.len()].trim_end();
            n += 1;
        }
        if n == 0 {
            return false;
        }
        before = b;
    }
    false
}

/// True when "the" opens the capitalised run at `start` and a company noun follows it:
/// "the Vexa chain", "the Orvane subsidiary". Not "group": "the Edelman group" is as often
/// an investor's group as a company.
///
/// ```text
/// company_noun_after("sales at the Vexa chain rose", 13, "chain rose") == true
/// ```
fn company_noun_after(text: &str, start: usize, next_text: &str) -> bool {
    let noun = next_text
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    matches!(
        noun,
        "company" | "firm" | "chain" | "subsidiary" | "conglomerate" | "brewer"
    ) && !next_text[noun.len()..].starts_with(['-', '\''])
        && text[..start]
            .trim_end()
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("the"))
}

/// True when the words around the capitalised run at `start` (followed by
/// `next_text`) say it is a company: it owns what only companies have ("Tesco's
/// chief executive"), it is what shares are held in ("shares in Heineken"), or
/// its shares trade ("Heineken shares fell"). That last cue is not taken from a
/// lone word opening a sentence (`lone_initial`): "Mining shares fell".
///
/// ```text
/// org_context("shares in Heineken rose", 10, " rose", false) == true
/// ```
fn org_context(text: &str, start: usize, next_text: &str, lone_initial: bool) -> bool {
    let owned = next_text
        .strip_prefix("'s ")
        .or_else(|| next_text.strip_prefix("\u{2019}s "))
        .is_some_and(|after| {
            CORPORATE_POSSESSIONS.iter().any(|w| {
                after.len() > w.len()
                    && after.as_bytes()[..w.len()].eq_ignore_ascii_case(w.as_bytes())
                    && !after.as_bytes()[w.len()].is_ascii_alphanumeric()
            })
        });
    let before = text[..start].trim_end();
    let held = CORPORATE_BEFORE.iter().any(|p| {
        let b = before.as_bytes();
        b.len() >= p.len()
            && b[b.len() - p.len()..].eq_ignore_ascii_case(p.as_bytes())
            && (b.len() == p.len() || !b[b.len() - p.len() - 1].is_ascii_alphanumeric())
    });
    let traded =
        !lone_initial && next_text.starts_with("shares ") && !next_text.starts_with("shares of ");
    owned || held || traded
}

/// True when the article writes `word` as a company's name somewhere: before a company
/// suffix, a bracketed ticker or "shares" ("Orvane Inc", "Orvane <ORV>", "Orvane shares"), or
/// after "stake in", "shares in" and the like ([`CORPORATE_BEFORE`]).
///
/// ```text
/// corporate_elsewhere("Zorvane shares rose. It opened in Zorvane.", "Zorvane") == true
/// ```
fn corporate_elsewhere(text: &str, word: &str) -> bool {
    crate::text::match_starts(text, word).any(|p| {
        let q = p + word.len();
        boundary_ok(text, p, q) && corporate_use_at(text, p, q)
    })
}

/// True when the word at `text[p..q]` stands as a company's name: the test of
/// [`corporate_elsewhere`] at one place.
fn corporate_use_at(text: &str, p: usize, q: usize) -> bool {
    let after = text[q..].trim_start();
    let next = after
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let before = text[..p].trim_end().as_bytes();
    after.starts_with(['(', '<'])
        || is_suffix(next)
        || next == "shares"
        || CORPORATE_BEFORE.iter().any(|c| {
            before.len() >= c.len()
                && before[before.len() - c.len()..].eq_ignore_ascii_case(c.as_bytes())
        })
}

/// True when "<town|city|village|…> of" comes right before `start`: "the town
/// of Hinckley".
///
/// ```text
/// place_of("in the town of Bury St Edmunds", 15) == true
/// ```
fn place_of(text: &str, start: usize) -> bool {
    text[..start]
        .trim_end()
        .strip_suffix(" of")
        .and_then(|b| b.rsplit(|c: char| !c.is_alphanumeric()).next())
        .is_some_and(|noun| {
            PLACE_OF
                .iter()
                .chain(PLURAL_PLACE_NOUNS)
                .any(|p| p.eq_ignore_ascii_case(noun))
        })
}

/// True when the person-shaped name at `span` is a nickname given in quotes: the quote opens
/// at most two capitalised words before it ("Sir", "Mr") and closes right after it, and a verb
/// of naming and at most two words come before the quote ('dubbing Mr Brown "Sir Wastealot"',
/// 'branded him "Comical Ali"').
///
/// ```text
/// nickname_in_quotes("dubbing Mr Brown \"Sir Wastealot\".", <span of Wastealot>) == true
/// ```
fn nickname_in_quotes(text: &str, span: Span) -> bool {
    let closes = text[span.end..].starts_with(['"', '\u{201d}'])
        || text[span.end..].starts_with(['.', ','])
            && text[span.end + 1..].starts_with(['"', '\u{201d}']);
    if !closes {
        return false;
    }
    let before = &text[..span.start];
    let Some(q) = before.rfind(['"', '\u{201c}']) else {
        return false;
    };
    let inner = &before[q..];
    let inner = inner.trim_start_matches(['"', '\u{201c}']);
    let words: Vec<&str> = inner.split_whitespace().collect();
    if words.len() > 2 || !words.iter().all(|w| w.starts_with(char::is_uppercase)) {
        return false;
    }
    let lead: Vec<&str> = before[..q].split_whitespace().rev().take(3).collect();
    lead.iter().any(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "dubbing" | "dubbed" | "dubs" | "nicknamed" | "branding" | "branded" | "brands"
        )
    })
}

/// True when a plural place noun and "of" come right before `start`: "the boroughs of
/// Merton and Hounslow", "the cities of Kharkov and Lviv".
fn place_list_of(text: &str, start: usize) -> bool {
    text[..start]
        .trim_end()
        .strip_suffix(" of")
        .and_then(|b| b.rsplit(|c: char| !c.is_alphanumeric()).next())
        .is_some_and(|noun| {
            PLURAL_PLACE_NOUNS
                .iter()
                .any(|p| p.eq_ignore_ascii_case(noun))
        })
}

/// The name of a country's institution: "Iraqi Parliament".
pub fn institution_name(country: &EntityEntry, phrase: &str) -> String {
    let adj = country
        .list("demonyms")
        .first()
        .map(|s| s.to_string())
        .unwrap_or_else(|| country.name.clone());
    let head: Vec<String> = phrase
        .split_whitespace()
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        })
        .collect();
    format!("{adj} {}", head.join(" "))
}

/// True for weapon-designator shapes: `S-400`, `F-35A`, `Mi-28NM`, `MQ-9`, `Su-57`, `T-90`.
///
/// ```
/// assert!(newsgraph::ner::is_designator("Mi-28NM"));
/// assert!(!newsgraph::ner::is_designator("COVID-19"));
/// ```
pub fn is_designator(w: &str) -> bool {
    // Most words fail here: a designator starts with an ASCII capital and has
    // its first hyphen within its first four bytes.
    let b = w.as_bytes();
    if !(b.first().is_some_and(u8::is_ascii_uppercase)
        && b.get(1..b.len().min(4)).is_some_and(|h| h.contains(&b'-')))
    {
        return false;
    }
    let Some((pre, post)) = w.split_once('-') else {
        return false;
    };
    let pre_ok = (1..=3).contains(&pre.len())
        && pre.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && pre.chars().all(|c| c.is_ascii_alphabetic());
    let digits = post.bytes().take_while(u8::is_ascii_digit).count();
    let suffix = &post[digits..];
    let post_ok = (1..=3).contains(&digits)
        && suffix.len() <= 3
        && suffix.chars().all(|c| c.is_ascii_uppercase());
    let excluded = matches!(
        pre,
        "G" | "P" | "H" | "K" | "I" | "A" | "E" | "U" | "N" | "Q" | "Y" | "X"
    ) && pre.len() == 1
        && digits <= 2
        && pre != "T"
        && pre != "F"
        && pre != "S"
        && pre != "J"
        && pre != "B"
        && pre != "C";
    pre_ok && post_ok && !excluded
}

/// "Does any span seen so far overlap `start..end`?" in O(log n): a Fenwick
/// tree over start offsets holding the largest end of the spans starting there.
/// Spans are never removed; `sync` adds the mentions pushed since the last call
/// (a mention replaced by a wider one, as in `classify_run`, may stay: the
/// wider one covers it, so answers do not change).
/// True when the line ending at `end` (a line break follows) is a long line
/// of running text, as in hard-wrapped wire copy: 50 bytes or more, ending in
/// a word rather than punctuation.
///
/// The first line of a paragraph may be short when a dateline was cut from it
/// ("Foreign Trade Minister Herman\nDe Croo said ..."): it counts when it has three
/// words or more and the line after it is long wrapped prose.
fn wrapped_line(text: &str, end: usize) -> bool {
    let open = |line: &str| {
        line.chars()
            .last()
            .is_some_and(|c| c.is_alphanumeric() || c == ',')
    };
    let start = text[..end].rfind('\n').map_or(0, |i| i + 1);
    let line = text[start..end].trim();
    if !open(line) {
        return false;
    }
    if line.len() >= 50 {
        return true;
    }
    let opens_paragraph = text[..start].trim_end_matches([' ', '\t']).is_empty()
        || text[..start]
            .trim_end_matches([' ', '\t', '\r'])
            .ends_with("\n\n");
    let rest = &text[end..];
    let rest = rest.find('\n').map_or("", |i| &rest[i + 1..]);
    let next = rest[..rest.find('\n').unwrap_or(rest.len())].trim();
    opens_paragraph && line.split_whitespace().count() >= 3 && next.len() >= 50 && open(next)
}

/// Rule tag of a place mention swallowed by the organisation after it
/// ("Caspian" in "Caspian Policy Forum"); dropped when the runs are done.
const ABSORBED: &str = "absorbed";

/// Indices of the mentions in `out` by end offset, kept in step with an
/// append-only `out` (the same idea as [`Coverage`]): finds "the mention that
/// ends here" without scanning every mention found so far.
#[derive(Default)]
struct EndIndex {
    /// Per end offset, the first and the last mention indexed with that end.
    by_end: HashMap<usize, (u32, u32)>,
    /// Per mention indexed (`next[i]` for `out[i]`), the next one with the same end
    /// ([`EndIndex::NONE`]: none): a chain per end, with no list allocated per end. Its
    /// length is the number of mentions indexed.
    next: Vec<u32>,
}

impl EndIndex {
    /// No next mention.
    const NONE: u32 = u32::MAX;

    /// Indices, in order, of the mentions of `out` that end at `end` (as they ended when
    /// first indexed: a span moved later stays under its old end).
    fn ending_at<'a>(
        &'a mut self,
        out: &[Mention],
        end: usize,
    ) -> impl Iterator<Item = usize> + 'a {
        for (i, m) in out.iter().enumerate().skip(self.next.len()) {
            let i = u32::try_from(i).unwrap_or(Self::NONE);
            self.next.push(Self::NONE);
            match self.by_end.entry(m.span.end) {
                std::collections::hash_map::Entry::Occupied(mut e) => {
                    let (_, last) = e.get_mut();
                    self.next[*last as usize] = i;
                    *last = i;
                }
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert((i, i));
                }
            }
        }
        let mut cur = self
            .by_end
            .get(&end)
            .map_or(Self::NONE, |&(first, _)| first);
        let next = &self.next;
        std::iter::from_fn(move || {
            (cur != Self::NONE).then(|| {
                let i = cur as usize;
                cur = next[i];
                i
            })
        })
    }
}

/// A Fenwick tree of the greatest span end per start offset: "does an added span
/// overlap this one" in O(log n). One slot per byte of the text, so its trees come from
/// [`COVERAGE_POOL`] (zeroed) and go back to it (the slots they set zeroed again): a
/// fresh zeroed allocation per tree, three per article, cost about 1.3 % of the
/// instructions of `extract`.
struct Coverage {
    /// The tree in `tree[..n]`; a reused buffer may be longer, and is zero beyond.
    tree: Vec<u32>,
    /// Slots `1..n` of the tree (`n` = text length + 2).
    n: usize,
    /// The slots set non-zero, to zero again when the tree goes back to the pool.
    dirty: Vec<u32>,
    synced: usize,
}

thread_local! {
    /// Zeroed trees (and empty dirty lists) of the `Coverage`s dropped on this thread.
    static COVERAGE_POOL: std::cell::RefCell<Vec<(Vec<u32>, Vec<u32>)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Trees longer than this (a text of about a million bytes) are not kept for reuse.
const COVERAGE_KEEP_MAX: usize = 1 << 20;

impl Coverage {
    fn new(len: usize) -> Coverage {
        let n = len + 2;
        let (mut tree, dirty) = COVERAGE_POOL
            .try_with(|p| p.borrow_mut().pop())
            .ok()
            .flatten()
            .unwrap_or_default();
        if tree.len() < n {
            tree.resize(n, 0);
        }
        Coverage {
            tree,
            n,
            dirty,
            synced: 0,
        }
    }

    fn insert(&mut self, span: Span) {
        let end = u32::try_from(span.end).unwrap_or(u32::MAX);
        let mut i = span.start.min(self.n - 2) + 1;
        while i < self.n {
            let v = self.tree[i];
            if end > v {
                if v == 0 {
                    self.dirty.push(i as u32);
                }
                self.tree[i] = end;
            }
            i += i & i.wrapping_neg();
        }
    }

    /// Adds the mentions of `out` not added yet (and the last one, which may
    /// have replaced a removed one).
    fn sync(&mut self, out: &[Mention]) {
        for m in out.get(self.synced..).unwrap_or(&[]) {
            self.insert(m.span);
        }
        if let Some(m) = out.last() {
            self.insert(m.span);
        }
        self.synced = out.len();
    }

    /// True when an added span `s` has `s.start < end && start < s.end`.
    fn overlaps(&self, start: usize, end: usize) -> bool {
        let mut i = end.min(self.n - 1);
        let mut max = 0u32;
        while i > 0 {
            max = max.max(self.tree[i]);
            i -= i & i.wrapping_neg();
        }
        (max as usize) > start
    }
}

impl Drop for Coverage {
    fn drop(&mut self) {
        if self.tree.len() > COVERAGE_KEEP_MAX {
            return;
        }
        for &i in &self.dirty {
            self.tree[i as usize] = 0;
        }
        self.dirty.clear();
        let bufs = (
            std::mem::take(&mut self.tree),
            std::mem::take(&mut self.dirty),
        );
        // During the thread's exit the pool may be gone: the buffers are then freed.
        let _ = COVERAGE_POOL.try_with(|p| p.borrow_mut().push(bufs));
    }
}

#[cfg(test)]
mod list_tests {
    use super::*;

    /// A small deterministic generator for the randomised tests: each call gives a number
    /// below its argument.
    fn xorshift(mut seed: u64) -> impl FnMut(usize) -> usize {
        move |m: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % m as u64) as usize
        }
    }

    /// A `Coverage` answers as a brute-force search over the spans added to it, also when
    /// its tree is one reused from a longer or shorter text on the same thread.
    #[test]
    fn coverage_reused_trees_answer_as_fresh_ones() {
        let mut next = xorshift(0x2545_f491_4f6c_dd1d);
        for round in 0..40 {
            let len = 1 + next(if round % 2 == 0 { 300 } else { 40 });
            let mut cov = Coverage::new(len);
            let mut spans = Vec::new();
            for _ in 0..next(12) {
                let s = next(len + 1);
                let e = (s + next(20)).min(len);
                cov.insert(Span::new(s, e));
                spans.push((s, e));
            }
            for s in 0..=len {
                for e in s..=len {
                    let want = spans.iter().any(|&(a, b)| a < e && s < b);
                    assert_eq!(
                        cov.overlaps(s, e),
                        want,
                        "round {round}: {s}..{e} in {spans:?}"
                    );
                }
            }
        }
    }

    /// `EndIndex` answers as a scan of the mentions indexed so far, by the end each had when
    /// it was indexed, in index order, however the answers and the pushes interleave.
    #[test]
    fn end_index_answers_as_a_scan() {
        let text = "a".repeat(64);
        let mention =
            |s: usize, e: usize| Mention::named(&text, Span::new(s, e), EntityKind::Person, "t");
        let mut next = xorshift(0x9e37_79b9_7f4a_7c15);
        for round in 0..30 {
            let mut out: Vec<Mention> = Vec::new();
            let mut ends = EndIndex::default();
            // The end of each mention when the index first saw it.
            let mut indexed: Vec<usize> = Vec::new();
            for _ in 0..40 {
                match next(4) {
                    0 | 1 => {
                        let s = next(40);
                        out.push(mention(s, s + 1 + next(6)));
                    }
                    // A span moved after it was indexed stays under its old end.
                    2 if !indexed.is_empty() => {
                        let i = next(indexed.len());
                        out[i].span.end += 1;
                    }
                    _ => {
                        let end = next(48);
                        let got: Vec<usize> = ends.ending_at(&out, end).collect();
                        indexed.extend(out[indexed.len()..].iter().map(|m| m.span.end));
                        let want: Vec<usize> =
                            (0..indexed.len()).filter(|&i| indexed[i] == end).collect();
                        assert_eq!(got, want, "round {round}, end {end}");
                    }
                }
            }
        }
    }

    /// The case-blind descriptor test is the list's `eq_ignore_ascii_case`.
    #[test]
    fn org_descriptor_ci_is_the_case_blind_list() {
        for w in [
            "retailer",
            "Retailer",
            "CARMAKER",
            "Group",
            "groups",
            "Rétailer",
            "",
            "firm-",
        ] {
            let want = ORG_DESCRIPTORS.iter().any(|d| d.eq_ignore_ascii_case(w));
            assert_eq!(is_org_descriptor_ci(w), want, "{w}");
        }
        for d in ORG_DESCRIPTORS {
            assert!(is_org_descriptor(d) && is_org_descriptor_ci(&d.to_ascii_uppercase()));
        }
    }

    /// `in_list_ascii_ci` stands for "lower-case the word, then look it up": right only for
    /// lists written in lower case.
    #[test]
    fn case_blind_lists_are_lower_case() {
        for list in [NAME_PARTICLES, CONNECTORS, PLACE_TYPES] {
            for w in list {
                assert_eq!(*w, w.to_ascii_lowercase());
                assert!(in_list_ascii_ci(list, &w.to_ascii_uppercase()));
            }
        }
        assert!(!in_list_ascii_ci(CONNECTORS, "Off"));
    }

    /// The length filter before the title-organisation comparison lets every word through
    /// that the comparison accepts (any case), and all words of a listed length.
    #[test]
    fn title_org_length_filter_keeps_every_match() {
        let r = Recognizer::new(&crate::lexicon::Lexicon::builtin().unwrap());
        assert!(!r.title_orgs.is_empty());
        for w in &r.title_orgs {
            for v in [w.clone(), w.to_ascii_uppercase(), w.to_ascii_lowercase()] {
                assert!(r.title_org_lens & len_bit(v.len()) != 0, "{v}");
            }
        }
        let long = "x".repeat(300);
        assert_eq!(len_bit(long.len()), len_bit(127));
    }
}
