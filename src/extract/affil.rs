//! Titles and affiliations of people: `member_of` relations.
//!
//! Three shapes are read:
//! * pre-modifiers: "U.S. President Donald Trump", "White House National
//!   Security Adviser Robert O'Brien", "parliamentarian and committee member X";
//! * appositions: "Karim Elaiwi, an Iraqi member of parliament, ...",
//!   "Joey Hood, the U.S. State Department's principal deputy assistant
//!   secretary for Near Eastern Affairs, said";
//! * copular bios: "X is a Research Fellow at the Center for Y", "X is president of Y" (a
//!   bare "is" only with a title right after it and the body named);
//! * a country's possessive or demonym before a name ("Norway's X", "Kenyan X"), a
//!   person's own firm ("Mr X's Acme Holdings merged"), "X, from Acme, said";
//!   a title's remit before the body ("head of engine development at Acme");
//! * a title shared across "and" ("Chile's finance minister X and director of public finance
//!   Y"), "company spokesman X" (the one firm named before), "X, who was elected to the
//!   Senate", "central bank governor X" (the home country), a party's member noun the
//!   recogniser left alone ("Conservative shadow home secretary X");
//! * a party's letter and state after a name ("Sen. X (R-Kan.)", "X, D-Ohio,"): the party and
//!   the state the member sits for (also across a wrapped line: "X,\nR-Mo.");
//! * a body's possessive before words that qualify the title ("X, BMW's group chief
//!   executive,", "the Association of Chief Police Officers' spokesman"); a firm's officer by
//!   the title alone ("..., chairman X said", "X, chairman and chief executive officer, said")
//!   where the article names one firm before;
//! * a body opening a determiner-less apposition ("X, BBC rural affairs correspondent,"),
//!   "the party's nominee" for the one party named before, "Acme ex-chairman X", "X, who is
//!   (also) chairman of Y", and a seat holder's state ("Sen. X of Ohio", "Sens. X of Ohio and
//!   Y of Maine").
//!
//! A post the text puts in the past ("former Renault chairman X", "ex-Yukos boss X", "the late
//! Sen. X", "X, a former Fed official,") keeps its body, with the title marked "former".
//!
//! A bare national office ("Finance Minister X") falls back on the article's dominant
//! country; a party's name that is also a portfolio ("Labour Minister" abroad) or the tail
//! of another party's ("Social Democrat") is not that party.
//!
//! What gives no body: "deputy" ranking another post ("deputy chief economist", "his
//! deputy") names no parliament; a country that opens a body's name the recogniser missed
//! ("British Music Rights", "Swiss Re chief executive X", "French Open champion X"), ends one
//! ("Bank of Tokyo economist"), places someone ("a Singapore-based analyst"), ranks a firm
//! ("Spain's biggest bank") or precedes an unnamed private body ("Colombia's coffee growers'
//! federation"); a capital before a private post ("London investor X"); a possessor's remit
//! ("Screen International's US editor X" is the magazine's). A widely known person's lexicon
//! office gives way to another state body the text gives them.

use super::Doc;
use crate::lexicon::EntityEntry;
use crate::model::{EntityKind, Modality, RelationRecord};
use crate::ner::institution_name;
use crate::slug::slug;
use crate::span::Span;

/// One affiliation found in the text.
#[derive(Clone, Debug)]
pub(crate) struct Affil {
    /// Entity index of the person.
    pub person: usize,
    /// Title as written.
    pub title: Option<String>,
    /// Organisation or country id.
    pub org: Option<String>,
    /// Where it is stated.
    pub span: Span,
    pub rule: &'static str,
}

/// True when the article ties person `person` (an entity index) to the organisation or
/// country of id `org`.
pub(crate) fn tied_to(affils: &[Affil], person: usize, org: &str) -> bool {
    affils
        .iter()
        .any(|a| a.person == person && a.org.as_deref() == Some(org))
}

impl Affil {
    pub fn relation(&self, doc: &Doc<'_>) -> Option<RelationRecord> {
        let org = self.org.clone()?;
        let s = doc
            .sentence_at(self.span.start)
            .map(|i| doc.sentences[i].span);
        Some(RelationRecord {
            source: doc.res.entities[self.person].id.clone(),
            target: org,
            rel_type: "member_of".to_string(),
            cameo: None,
            modality: Modality::Asserted,
            date: None,
            title: self.title.clone(),
            evidence: doc.article.evidence(self.span),
            sentence: s.map(|s| doc.article.evidence(s)),
            rule: self.rule.to_string(),
        })
    }
}

use crate::text::collapse_ws as clean;

/// What joins a name to the title that follows it in a bio: "X is a Research Fellow at Y",
/// "X has become a paid adviser to Y", "X was appointed chief executive of Y".
const COPULAS: &[&str] = &[
    "is a ",
    "is an ",
    "is the ",
    "was a ",
    "was an ",
    "was the ",
    ", who is a ",
    ", who is the ",
    ", who is also ",
    ", who was also ",
    // (Last: only a title right after it, "X, who is chairman of Y", not "who is running for
    // president".)
    ", who is ",
    ", who was ",
    "has become a ",
    "has become an ",
    "has become the ",
    "became a ",
    "became an ",
    "became the ",
    "is now a ",
    "is now an ",
    "is now the ",
    "serves as ",
    "served as ",
    "will serve as ",
    "works as a ",
    "works as an ",
    "was named ",
    "has been named ",
    "was appointed ",
    "has been appointed ",
    // (Last, like ", who is ": only a title right after it, "X is president of Y", not
    // "X is running for president".)
    "is ",
    "was ",
];

/// "Tory Jo Hale", "Lib Dem Jo Hale": a party's alias that names one member (singular, not
/// the party's full name: not "Tories", "Labour Party").
fn member_alias(doc: &Doc<'_>, o: usize) -> bool {
    let Some(e) = doc.res.entity_of[o] else {
        return false;
    };
    let written = doc.mentions[o].span.slice(doc.text);
    doc.lexicon_type(e) == Some("party")
        && doc.mentions[o].form == crate::ner::Form::Name
        && !written.ends_with('s')
        && !written.contains("Party")
        && !written.contains("party")
        && written != doc.res.entities[e].name
}

/// A party's letter or short form in brackets right after a member's name ("Gov. Ada Grant
/// (R)", "Jo Hale (Lab)") and the party's id.
const PARTY_TAGS: &[(&str, &str)] = &[
    ("(R)", "org:republican-party"),
    ("(D)", "org:democratic-party"),
    ("(Lab)", "org:uk-labour-party"),
    ("(Con)", "org:uk-conservative-party"),
    ("(LD)", "org:liberal-democrats"),
    ("(Lib Dem)", "org:liberal-democrats"),
];

/// "a Texas Democrat,", "a Republican from Ohio,", "an Illinois Republican and ...": an
/// apposition whose head is a party's member noun (lexicon `type=party`, its `demonyms` or a
/// one-word alias such as "Tory"), before a comma, full stop or a joining word (never a noun:
/// "a Republican strategist" is a title, "a Republican consulting firm" no member). The
/// party's country must be that of the place before the noun ("a Texas Democrat") or, with
/// none, `home` (the country of a place named before the apposition: "Jo Hale of Ohio, a
/// Republican") or the article's main country ("a Democrat" in a Thai story is not the US
/// party). Returns the party's id and the end of its noun.
fn party_apposition(
    doc: &Doc<'_>,
    start: usize,
    limit: usize,
    home: Option<&str>,
) -> Option<(String, usize)> {
    let text = doc.text;
    let rest = text.get(start..limit)?;
    let det = ["a ", "an "].into_iter().find(|d| rest.starts_with(d))?;
    let mut p = start + det.len();
    // An optional place: "a Texas Democrat", "a New Jersey Republican".
    let place = doc
        .mention_covering(p)
        .filter(|&o| {
            doc.mentions[o].span.start == p
                && matches!(doc.kind(o), EntityKind::Location | EntityKind::Country)
                && doc.mentions[o].form == crate::ner::Form::Name
                && text[doc.mentions[o].span.end..].starts_with(' ')
        })
        .and_then(|o| {
            let id = doc.id(o)?;
            p = doc.mentions[o].span.end + 1;
            Some(if doc.kind(o) == EntityKind::Country {
                id.to_string()
            } else {
                doc.lexicon_attr_of(id, "country")?.to_string()
            })
        });
    let word_end = p + text[p..limit]
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(limit - p);
    let word = &text[p..word_end];
    if word.is_empty() || !word.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let tail = &text[word_end..limit];
    let closed = tail.is_empty()
        || tail.starts_with([',', '.', ';'])
        || [" from ", " of ", " and ", " who "]
            .iter()
            .any(|j| tail.starts_with(j));
    if !closed {
        return None;
    }
    let rec = &doc.pipeline.recognizer;
    let party = rec.entities.iter().find(|e| {
        e.attrs.get("type").map(String::as_str) == Some("party")
            && (e.list("demonyms").contains(&word)
                || e.aliases.iter().any(|a| a == word && a.len() > 3))
    })?;
    let country = party.attrs.get("country")?;
    let home = place
        .or_else(|| home.map(str::to_string))
        .or_else(|| main_country(doc))?;
    (*country == home).then(|| (party.id.clone(), word_end))
}

/// The state in a party tag from `from` to `end` ("Ohio" in "(R-Ohio)", "Miss." in ", R-Miss.,"):
/// a location the gazetteer knows, written right at `from`; its id.
fn party_seat(doc: &Doc<'_>, from: usize, end: usize) -> Option<String> {
    let o = doc.mention_covering(from)?;
    let span = doc.mentions[o].span;
    (span.start == from
        && span.end <= end + 1
        && doc.kind(o) == EntityKind::Location
        && doc.mentions[o].form == crate::ner::Form::Name)
        .then(|| doc.id(o).map(str::to_string))
        .flatten()
}

/// Titles of those elected for a state (or, in other federations, a province): "Sen. Ada
/// Grant of Ohio", "Gov. Jo Hale of Texas".
const STATE_SEATS: &[&str] = &[
    "sen.",
    "senator",
    "rep.",
    "representative",
    "congressman",
    "congresswoman",
    "gov.",
    "governor",
    "lt. gov.",
];

/// Plurals of [`STATE_SEATS`] that open a list of seat holders ("Sens. Ada Grant of Ohio and
/// Jo Hale of Maine", "senators such as Ada Grant of Ohio").
const STATE_SEAT_PLURALS: &[&str] = &[
    "sens.",
    "senators",
    "reps.",
    "representatives",
    "congressmen",
    "govs.",
    "governors",
];

/// True for a seat holder's title ([`STATE_SEATS`]), also past or at state level ("former
/// governor", "state senator").
fn seat_title(title: &str) -> bool {
    let t = title.to_ascii_lowercase();
    let t = t.strip_prefix("former ").unwrap_or(&t);
    let t = t.strip_prefix("state ").unwrap_or(t);
    STATE_SEATS.contains(&t) || matches!(t, "legislator" | "lawmaker" | "assemblyman")
}

/// True when mention `o` is a lexicon place of type province (a state, not a city).
fn province(doc: &Doc<'_>, o: usize) -> bool {
    doc.mentions[o].form == crate::ner::Form::Name
        && doc
            .id(o)
            .is_some_and(|id| doc.lexicon_attr_of(id, "type") == Some("province"))
}

/// "Sen. Ada Grant of Ohio said", "Gov. Jo Hale of Texas, a Republican,": a seat holder's
/// title right before the name and "of" a state (a province-type place) right after it
/// give the state, with the title; so does a list after a plural seat title earlier in the
/// sentence ("Sens. Ada Grant of Ohio and Jo Hale of Maine voted no"). Not a city ("Rep.
/// Jo Hale of Queens") nor a place that opens a longer phrase ("of Ohio State University"
/// is a body).
fn seat_of_state(
    doc: &Doc<'_>,
    name: Span,
    m_end: usize,
    after: &str,
    sent: Span,
) -> Option<Affil> {
    after.strip_prefix("of ")?;
    let text = doc.text;
    let adjacent = text[..name.start].strip_suffix(' ').and_then(|before| {
        let t = doc.titles.iter().find(|t| t.span.end == before.len())?;
        let title = clean(t.span.slice(text));
        STATE_SEATS
            .contains(&title.to_lowercase().as_str())
            .then_some((t.span.start, Some(title)))
    });
    let listed = || {
        let lead = text.get(sent.start..name.start)?;
        let at = lead.split(' ').scan(sent.start, |p, w| {
            let here = *p;
            *p += w.len() + 1;
            Some((here, w))
        });
        at.filter(|(_, w)| STATE_SEAT_PLURALS.iter().any(|s| w.eq_ignore_ascii_case(s)))
            .last()
            .map(|(p, _)| (p, None))
    };
    let (from, title) = adjacent.or_else(listed)?;
    let o = doc.mention_covering(m_end + 3)?;
    let span = doc.mentions[o].span;
    let id = doc.id(o)?;
    let next = &text[span.end..];
    (span.start == m_end + 3
        && doc.kind(o) == EntityKind::Location
        && doc.mentions[o].form == crate::ner::Form::Name
        && doc.lexicon_attr_of(id, "type") == Some("province")
        && (next.is_empty()
            || next.starts_with([',', '.', ';', ')', ':'])
            || next.starts_with(' ') && next[1..].starts_with(|c: char| c.is_lowercase())))
    .then(|| Affil {
        person: 0,
        title,
        org: Some(id.to_string()),
        span: Span::new(from, span.end),
        rule: "affil/seat-of-state",
    })
}

/// The organisation a title implies ("member of parliament" → that country's parliament).
fn implied_org(doc: &Doc<'_>, person: usize, title_index: usize, near: Span) -> Option<String> {
    let (_, _, org) = &doc.pipeline.recognizer.title_list[title_index];
    let word = org.as_deref()?;
    // The article's own "<X> Parliament", when it names exactly one.
    let suffix = format!(" {word}");
    let named: Vec<&str> = doc
        .res
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Organization && e.name.to_lowercase().ends_with(&suffix))
        .map(|e| e.id.as_str())
        .collect();
    if let [one] = named.as_slice() {
        return Some(one.to_string());
    }
    // A country mentioned in the phrase, else a known person's own, else the nearest before it in
    // the sentence, else the article's main country.
    let sent = doc
        .sentence_at(near.start)
        .map(|i| doc.sentences[i].span)
        .unwrap_or(near);
    let in_phrase = doc
        .mentions_in(near)
        .into_iter()
        .find(|&k| doc.kind(k) == EntityKind::Country);
    // Countries named earlier in the sentence: only an unambiguous one counts.
    let before: std::collections::BTreeSet<&str> = doc
        .mentions_in(Span::new(sent.start, near.start))
        .into_iter()
        .filter(|&k| doc.kind(k) == EntityKind::Country)
        .filter_map(|k| doc.id(k))
        .collect();
    let before =
        (before.len() == 1).then(|| before.into_iter().next().unwrap_or_default().to_string());
    let rec = &doc.pipeline.recognizer;
    // A widely known person's own country before one named earlier in the sentence ("Sen.
    // Mitch McConnell said that after the Iran deal ..." is of the U.S. Senate).
    // (Named in full somewhere: "Sen. Bennett" alone may be another Bennett.)
    let in_full = || {
        doc.mentions.iter().enumerate().any(|(k, m)| {
            doc.res.entity_of[k] == Some(person)
                && m.form == crate::ner::Form::Name
                && m.span.slice(doc.text).contains(' ')
        })
    };
    let stated = in_phrase
        .and_then(|k| doc.id(k).map(str::to_string))
        .or_else(|| lexicon_country(doc, person).filter(|_| in_full()))
        .or(before)
        .or_else(|| lexicon_country(doc, person));
    let by_article = stated.is_none();
    let country = stated.or_else(|| main_country(doc))?;
    let ci = rec.by_id.get(&country).copied()?;
    // "Senator X" of a country whose legislature is not called a parliament: the chamber the
    // title names, when the lexicon has it (the U.S. Senate, the U.S. Congress).
    let chamber = match rec.title_list[title_index].0.as_str() {
        "senator" | "sen." | "sens." => Some("senate"),
        "congressman" | "congresswoman" => Some("congress"),
        _ => None,
    };
    let body = rec
        .country_org(ci, word)
        .or_else(|| chamber.and_then(|c| rec.country_org(ci, c)))
        .map_or_else(
            || format!("org:{}", slug(&institution_name(&rec.entities[ci], word))),
            |oi| rec.entities[oi].id.clone(),
        );
    // The body itself when the article names it; else its country, when the phrase, the
    // sentence or the people lexicon gives it ("Sen. Ted Cruz" in an article that never names
    // the Senate is of the United States): an affiliation ties a person to what the article
    // speaks of. (A country known only as the article's main one stays behind its body.)
    Some(if by_article || doc.res.by_id(&body).is_some() {
        body
    } else {
        country
    })
}

/// "deputy chief economist", "Deputy Assistant Treasury Secretary", "his deputy": the word
/// "deputy" (on its own a legislator's title, a member of parliament) only ranks another
/// post when another word follows it before the name, or when it is someone's ("his
/// deputy"). Such a title names no parliament.
fn rank_deputy(doc: &Doc<'_>, t: &crate::ner::TitleMatch) -> bool {
    if doc.pipeline.recognizer.title_list[t.index].0 != "deputy" {
        return false;
    }
    let text = doc.text;
    let owner = text[..t.span.start]
        .trim_end()
        .rsplit([' ', '\n'])
        .next()
        .is_some_and(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "his" | "her" | "their" | "its" | "whose"
            ) || w.ends_with("'s")
                || w.ends_with("\u{2019}s")
        });
    // The next word, across a wrapped line, when it is not where a person's name starts.
    let rest = &text[t.span.end..];
    let gap = rest.len() - rest.trim_start_matches([' ', '\n', '-']).len();
    let next = t.span.end + gap;
    let word_follows = gap > 0
        && text[next..].starts_with(char::is_alphabetic)
        && doc
            .mention_covering(next)
            .is_none_or(|o| doc.kind(o) != EntityKind::Person);
    owner || word_follows
}

/// A well-known person's country from the lexicon: the country of the office (`org=`) the
/// lexicon gives, when the title in the text names no country ("Sen. Bernie Sanders agreed with
/// the German plan" is about the U.S. Senate, whatever other country the article names).
fn lexicon_country(doc: &Doc<'_>, person: usize) -> Option<String> {
    let rec = &doc.pipeline.recognizer;
    let org = lexicon_entry(doc, person)?.attrs.get("org")?;
    if org.starts_with("country:") {
        return Some(org.clone());
    }
    let &oi = rec.by_id.get(org.as_str())?;
    rec.entities[oi]
        .attrs
        .get("country")
        .filter(|c| c.starts_with("country:"))
        .cloned()
}

/// True for a title of national government ("minister", "Home Secretary", "Premier",
/// "shadow chancellor"); not a city's, a state's or a company's ("mayor", "governor",
/// "company secretary"). "President" is left out: wire copy uses it for companies as often
/// ("Beghin-Say President X").
fn national_office(title: &str) -> bool {
    let t = title.to_ascii_lowercase();
    let words: Vec<&str> = t.split([' ', '-']).collect();
    let office = words
        .iter()
        .any(|w| matches!(*w, "minister" | "secretary" | "premier" | "chancellor"));
    let other = words.iter().any(|w| {
        matches!(
            *w,
            "mayor"
                | "governor"
                | "company"
                | "general"
                | "press"
                | "party"
                | "club"
                | "union"
                | "of"
                | "for"
                | "executive"
                | "bank"
                | "university"
                | "council"
                | "county"
                | "state"
        )
    });
    office && !other
}

/// True when the article shows the home country foreign to `person`: another country given
/// to them in the text ("Brazilian Finance Minister X" earlier), or the home country named
/// after them in one of their sentences as a place they go to or come from ("Finance Minister
/// X will travel to Washington", "X, on a visit to Britain").
fn foreign_to(doc: &Doc<'_>, person: usize, home: &str, placed: &[(usize, String)]) -> bool {
    if placed.iter().any(|(p, c)| *p == person && c != home) {
        return true;
    }
    let text = doc.text;
    doc.mentions.iter().enumerate().any(|(k, m)| {
        if m.kind != EntityKind::Person || doc.res.entity_of[k] != Some(person) {
            return false;
        }
        let Some(sent) = doc.sentence_at(m.span.start).map(|i| doc.sentences[i].span) else {
            return false;
        };
        // "a visit by Chancellor X to Chile": the visit named before the visitor.
        // (Asked only when the home country follows "to" right after the name.)
        let visit_by = || {
            let lead = text[sent.start..m.span.start].to_ascii_lowercase();
            ["visit by ", "trip by ", "tour by "]
                .iter()
                .any(|v| lead.rfind(v).is_some_and(|i| !lead[i..].contains(',')))
        };
        // "a visit to Tokyo by Minister X": the visit's destination named before the visitor.
        let visited_before = doc
            .mentions_in(Span::new(sent.start, m.span.start))
            .into_iter()
            .filter(|&o| doc.id(o) == Some(home))
            .any(|o| {
                let lead = text[sent.start..doc.mentions[o].span.start].to_ascii_lowercase();
                let gap = text[doc.mentions[o].span.end..m.span.start].to_ascii_lowercase();
                [
                    "visit to ",
                    "visits to ",
                    "trip to ",
                    "tour of ",
                    "journey to ",
                ]
                .iter()
                .any(|v| lead.ends_with(v))
                    && gap.starts_with(" by ")
                    && !gap.contains([',', ';'])
            });
        visited_before
            || doc
                .mentions_in(Span::new(m.span.end, sent.end))
                .into_iter()
                .filter(|&o| doc.id(o) == Some(home))
                .any(|o| {
                    let after = &text[doc.mentions[o].span.end..];
                    // "met his Italian counterpart": the other side's country.
                    if doc.mentions[o].form == crate::ner::Form::Demonym {
                        return after.starts_with(" counterpart");
                    }
                    if after.starts_with(['\'', '\u{2019}']) {
                        return false;
                    }
                    let gap = text[m.span.end..doc.mentions[o].span.start].trim_end();
                    let gap = gap.strip_suffix(" the").unwrap_or(gap).to_ascii_lowercase();
                    let mut words = gap.rsplit([' ', '\n']);
                    let last = words.next().unwrap_or("");
                    let verb = words.next().unwrap_or("");
                    travel_cue(verb, last) || gap.trim() == "to" && visit_by()
                })
    })
}

/// "travel to", "flew to", "a visit to", "left for", "arrived in", "visiting": the words
/// before a place that someone goes to (not "return to", "come to": one's own country).
fn travel_cue(verb: &str, prep: &str) -> bool {
    match prep {
        "visit" | "visits" | "visited" | "visiting" | "toured" | "touring" => true,
        "to" => matches!(
            verb,
            "travel"
                | "travels"
                | "traveled"
                | "travelled"
                | "traveling"
                | "travelling"
                | "trip"
                | "visit"
                | "fly"
                | "flies"
                | "flew"
                | "flying"
                | "go"
                | "goes"
                | "went"
                | "going"
                | "mission"
                | "journey"
                | "headed"
                | "heading"
        ),
        "for" => matches!(
            verb,
            "leave" | "leaves" | "left" | "leaving" | "depart" | "departs" | "departed"
        ),
        "in" => matches!(verb, "arrive" | "arrives" | "arrived" | "arriving"),
        _ => false,
    }
}

/// Countries whose governments have no ministers: a "minister" is never theirs.
const NO_MINISTERS: &[&str] = &["country:united-states"];

/// A minister's or premier's title ("Trade Minister", "Premier"): an office some countries
/// do not have (see [`NO_MINISTERS`]).
fn ministerial(title: &str) -> bool {
    title
        .to_ascii_lowercase()
        .split([' ', '-'])
        .any(|w| matches!(w, "minister" | "premier"))
}

/// True when `title` is a national office that `home` may hold: a minister's only in a
/// country with ministers; in the ministers' pass (`ministers`), a minister's only.
fn office_at_home(title: &str, ministers: bool, home: &str) -> bool {
    if !national_office(title) {
        return false;
    }
    if ministerial(title) {
        !NO_MINISTERS.contains(&home)
    } else {
        !ministers
    }
}

/// The home country of a minister: the article's home ([`main_country`]) or, when that has no
/// ministers ([`NO_MINISTERS`]), the country with the most mentions among the others; when it
/// is named at least twice and twice as often as any other country that has ministers.
fn dominant_country_of(doc: &Doc<'_>, without: &[&str]) -> Option<String> {
    let counts = country_counts(doc);
    let mut ranked: Vec<(&str, usize)> = counts
        .into_iter()
        .filter(|(id, _)| !without.contains(id))
        .collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let home = main_country(doc)
        .filter(|h| !without.contains(&h.as_str()))
        .or_else(|| {
            // A tie for the most mentions names no home.
            match ranked.as_slice() {
                [(top, n), rest @ ..] if rest.first().is_none_or(|r| r.1 < *n) => {
                    Some(top.to_string())
                }
                _ => None,
            }
        })?;
    let n = ranked
        .iter()
        .find(|(id, _)| *id == home)
        .map_or(0, |(_, c)| *c);
    let rival = ranked
        .iter()
        .filter(|(id, _)| *id != home)
        .map(|(_, c)| *c)
        .max()
        .unwrap_or(0);
    (n >= 2 && n >= 2 * rival).then_some(home)
}

/// True when the sentence at `pos` names a country other than `home` that has ministers
/// ("The Australian government is awaiting the talks, Industry Minister X said" in an
/// article on Japan).
fn names_other_country(doc: &Doc<'_>, pos: usize, home: &str) -> bool {
    let Some(i) = doc.sentence_at(pos) else {
        return false;
    };
    doc.mentions_in(doc.sentences[i].span)
        .into_iter()
        .filter(|&k| doc.kind(k) == EntityKind::Country)
        .filter_map(|k| doc.id(k))
        .filter(|id| !constituent(doc, id))
        .any(|id| id != home && !NO_MINISTERS.contains(&id))
}

/// True for a country that is part of another (Scotland, Wales: `part_of` in the lexicon). Those
/// have no ministers of the sovereign state's kind and do not weigh as an article's country.
fn constituent(doc: &Doc<'_>, id: &str) -> bool {
    let rec = &doc.pipeline.recognizer;
    rec.by_id.get(id).is_some_and(|&i| rec.sovereign(i) != i)
}

/// Mentions of each country in the article; a capital named as a venue ("a conference in
/// Paris") does not count for its country.
fn country_counts<'d>(doc: &'d Doc<'_>) -> std::collections::BTreeMap<&'d str, usize> {
    let mut counts: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for k in 0..doc.mentions.len() {
        let venue = || {
            let lead = doc.text[..doc.mentions[k].span.start].trim_end_matches([' ', '\n']);
            doc.mentions[k].form == crate::ner::Form::Capital
                && [" in", " at"].iter().any(|p| lead.ends_with(p))
        };
        if doc.kind(k) == EntityKind::Country && !venue() {
            if let Some(id) = doc.id(k) {
                if !constituent(doc, id) {
                    *counts.entry(id).or_default() += 1;
                }
            }
        }
    }
    counts
}

/// The article's home country when it has at least twice the mentions of any other country.
/// A capital named as a venue ("a conference in Paris") does not count for its country.
fn dominant_country(doc: &Doc<'_>) -> Option<String> {
    let counts = country_counts(doc);
    let home = main_country(doc)?;
    let n = counts.get(home.as_str()).copied().unwrap_or(0);
    let rival = counts
        .iter()
        .filter(|(id, _)| **id != home.as_str())
        .map(|(_, c)| *c)
        .max()
        .unwrap_or(0);
    (n >= 1 && n >= 2 * rival).then_some(home)
}

/// The article's home country (see [`crate::resolve::main_country`]).
pub(crate) fn main_country(doc: &Doc<'_>) -> Option<String> {
    let rec = &doc.pipeline.recognizer;
    doc.res.main_country.map(|i| rec.entities[i].id.clone())
}

/// Words that are no portfolio: a walk back from a title over its portfolio words ("Belgian
/// Foreign Trade Minister") stops at them ("brought into the White House by former Senator X").
const FUNCTION_WORDS: &[&str] = &[
    "by", "to", "for", "with", "from", "in", "on", "at", "or", "the", "a", "an", "as", "said",
    "says", "told", "after", "before", "since", "under", "that", "than", "met", "between", "his",
    "her", "their", "into", "against", "when", "while", "if", "but", "he", "she", "it", "they",
    "we", "i", "you", "who", "which", "was", "is", "were", "are", "has", "have", "had", "will",
    "would", "could", "should", "can", "may", "not", "did", "does", "about", "over", "during",
    "through", "without", "among", "upon", "toward", "towards", "via", "amid", "across", "behind",
    "near", "until", "within", "despite",
];

/// A word that may stand between a body and its title as part of a portfolio ("Brazilian
/// finance minister", "Tory work and pensions spokesman"): not a function word, and not a verb
/// by its shape ("the PMDB praised Finance Minister X", "the Senate overrode President X").
fn portfolio_word(w: &str) -> bool {
    /// Plural nouns of portfolios; other lower-case words ending in "s" are taken for verbs.
    const PLURALS: &[&str] = &[
        "affairs",
        "pensions",
        "sports",
        "works",
        "relations",
        "communications",
        "customs",
        "arms",
        "forces",
        "services",
        "resources",
        "industries",
        "mines",
        "finances",
        "statistics",
        "economics",
        "securities",
        "operations",
        "sales",
        "news",
        "markets",
        "telecommunications",
        "rights",
        "lands",
        "fisheries",
        "transports",
        "heritage",
    ];
    /// Past tenses that do not end in "-ed".
    const PAST: &[&str] = &[
        "overrode", "told", "met", "saw", "sent", "gave", "took", "made", "led", "won", "beat",
        "left", "let", "put", "set", "hit", "cut", "sought", "brought", "thought", "wrote",
        "spoke", "chose", "held", "became", "began", "kept", "paid", "heard", "felt", "meet",
        "urge", "back", "quote", "praise", "tell", "ask",
    ];
    if FUNCTION_WORDS.contains(&w) || PAST.contains(&w) {
        return false;
    }
    if w.starts_with(|c: char| c.is_ascii_lowercase()) {
        if w.ends_with("ed") {
            return false;
        }
        if w.ends_with('s') && !w.ends_with("ss") && !PLURALS.contains(&w) {
            return false;
        }
    }
    true
}

/// "former Renault chairman X", "ex-Yukos boss X", "the late Sen. X", "X, a former Fed
/// official,": a word that puts the post in the past within the four words before the title at
/// `pos` (from `floor` on), with only words of the title's phrase between (names, portfolio
/// words; not a clause: "former colleagues said chairman X").
fn former_before(text: &str, floor: usize, pos: usize) -> bool {
    let mut words = text[floor..pos].split_whitespace().rev().take(4).peekable();
    while let Some(w) = words.next() {
        let lw = crate::text::lower_cow(w);
        if lw.starts_with("ex-")
            || matches!(
                &*lw,
                "former" | "formerly" | "onetime" | "one-time" | "erstwhile"
            )
            || lw == "late" && words.peek().is_some_and(|p| p.eq_ignore_ascii_case("the"))
        {
            return true;
        }
        if !portfolio_word(w) {
            return false;
        }
    }
    false
}

/// `title` marked as a past post when `former_before` says so ("former chairman").
fn past_title(text: &str, floor: usize, pos: usize, title: String) -> String {
    let lower = crate::text::lower_cow(&title);
    if former_before(text, floor, pos) && !lower.starts_with("former") && !lower.starts_with("ex-")
    {
        format!("former {title}")
    } else {
        title
    }
}

/// `title` marked as an opposition post when "shadow" stands right before it ("shadow home
/// secretary X" is not the home secretary).
fn shadow_title(text: &str, floor: usize, pos: usize, title: String) -> String {
    let lead = text[floor..pos].trim_end();
    let word = lead.rsplit([' ', '\n']).next().unwrap_or("");
    // (Not a courtesy title the office is written with: "shadow home secretary Mr Davis".)
    let courtesy = matches!(
        title.as_str(),
        "Mr" | "Mrs" | "Ms" | "Miss" | "Dr" | "Sir" | "Dame" | "Lord" | "Lady"
    );
    if word.eq_ignore_ascii_case("shadow")
        && !courtesy
        && !crate::text::lower_cow(&title).starts_with("shadow")
    {
        format!("shadow {title}")
    } else {
        title
    }
}

/// The words between two titles of one person: "chairman and chief executive", "writer-director",
/// "parliamentarian and security and defense committee member": up to five lower-case words,
/// none of them a function word or verb of a clause ("official said he believed President X",
/// "secretary during the saga which ended with Mr X").
fn title_joiner(gap: &str) -> bool {
    let gap = gap.trim_start_matches(['-', '/']);
    let mut n = 0;
    gap.split_whitespace().all(|w| {
        n += 1;
        n <= 5
            && (w == "&"
                || w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                    && !FUNCTION_WORDS.contains(&w))
    })
}

/// " of mines and power ", " of public finance ": a title's remit of one to four lower-case
/// words between the title and the name ("Nigerian minister of mines and power X"), no
/// function word or verb among them.
fn remit_gap(gap: &str) -> bool {
    let Some(rest) = gap.strip_prefix(" of ").and_then(|r| r.strip_suffix(' ')) else {
        return false;
    };
    let words: Vec<&str> = rest.split([' ', '\n']).collect();
    (1..=4).contains(&words.len())
        && words.last() != Some(&"and")
        && words.iter().all(|w| {
            !w.is_empty()
                && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                && (*w == "and" || !FUNCTION_WORDS.contains(w))
                && !w.ends_with("ed")
        })
}

/// True when the line break at `nl` only wraps a line: a word character on both sides (not a
/// blank line, not an indented paragraph, not a heading line before it).
fn wrapped_line(text: &str, nl: usize) -> bool {
    let prev = text[..nl].chars().next_back();
    let next = text[nl + 1..].chars().next();
    prev.is_some_and(|c| !c.is_whitespace()) && next.is_some_and(|c| !c.is_whitespace())
}

/// The first of `stops` at or after `from`, or a line break that does not merely wrap a line
/// of wire copy ("chief economist at Friedburg Commodity\nManagement, said").
fn clause_stop(text: &str, from: usize, stops: &[char]) -> Option<usize> {
    text[from..]
        .char_indices()
        .find(|&(i, c)| stops.contains(&c) || c == '\n' && !wrapped_line(text, from + i))
        .map(|(i, _)| from + i)
}

/// Where the first byte of `ascii` (ASCII bytes) or the first opening double quote
/// (`\u{201c}`) stands in `s`: `s.find` of those characters, one pass over the bytes
/// (`\u{201c}` is E2 80 9C; an E2 byte always opens a character).
fn find_stop(s: &str, ascii: &[u8]) -> Option<usize> {
    let bytes = s.as_bytes();
    bytes.iter().enumerate().position(|(i, &b)| {
        ascii.contains(&b) || b == 0xE2 && bytes[i + 1..].starts_with(&[0x80, 0x9C])
    })
}

/// Where the words after the first " as a ", " as an " or " as the " in `clause` begin
/// (the least `find(p) + 4` over the three): one search for " as " and a look at what follows.
fn as_article(clause: &str) -> Option<usize> {
    let bytes = clause.as_bytes();
    let mut from = 0;
    while let Some(i) = memchr::memmem::find(&bytes[from..], b" as ") {
        let at = from + i + 4;
        let rest = &bytes[at..];
        if rest.starts_with(b"a ") || rest.starts_with(b"an ") || rest.starts_with(b"the ") {
            return Some(at);
        }
        // " as " can overlap itself by its last space (" as as a ").
        from = at - 1;
    }
    None
}

/// "Airgas Inc said chairman X", "Acme Corp said its president, ...": the firm (its name ends
/// in a company's word) whose report names its own officer right before the title.
fn reporting_firm(doc: &Doc<'_>, title_start: usize, title: &str) -> Option<usize> {
    let b = doc.text[..title_start].trim_end();
    let b = b.strip_suffix(" its").unwrap_or(b);
    let b = b.strip_suffix(" that").unwrap_or(b);
    let b = ["said", "says", "announced"]
        .iter()
        .find_map(|v| b.strip_suffix(v))?;
    let b = b.strip_suffix(' ')?.trim_end();
    // A wire ticker may stand after the name: "Acme Corp <ACME.N> said".
    let b = b
        .strip_suffix('>')
        .and_then(|b| b.rsplit_once('<'))
        .map_or(b, |(b, _)| b.trim_end());
    let k = doc.mention_ending_at(b.len())?;
    // Not a party ("the Liberal Democrats said Dr X") nor a courtesy title.
    let party = doc.res.entity_of[k].and_then(|e| doc.lexicon_type(e)) == Some("party");
    (doc.kind(k) == EntityKind::Organization
        && firm_name(doc, k)
        && !party
        && !private_occupation(title))
    .then_some(k)
}

/// The country of a government body: the lexicon's `country=` of a `type=government` body
/// ("U.S. Treasury"), or the country whose demonym opens a body the recogniser made
/// ("Argentine Treasury").
fn government_country(doc: &Doc<'_>, o: usize) -> Option<String> {
    let rec = &doc.pipeline.recognizer;
    if doc.kind(o) != EntityKind::Organization {
        return None;
    }
    let e = doc.res.entity_of[o]?;
    if let Some(entry) = lexicon_entry(doc, e) {
        let country = lexicon_government_country(entry)
            .filter(|c| c.starts_with("country:"))?
            .to_string();
        // The country must be named with the body ("U.S. Treasury") or be the article's own:
        // a bare "Treasury" in an article on Italy is Italy's, whatever the lexicon links.
        let said = doc.mentions[o].span.slice(doc.text);
        let &ci = rec.by_id.get(country.as_str())?;
        let c = &rec.entities[ci];
        let named = std::iter::once(c.name.as_str())
            .chain(c.aliases.iter().map(String::as_str))
            .chain(c.list("demonyms"))
            .any(|p| {
                said.strip_prefix(p)
                    .is_some_and(|r| r.starts_with([' ', '\n']))
            });
        return (named || main_country(doc).as_deref() == Some(country.as_str()))
            .then_some(country);
    }
    let name = doc.res.entities[e].name.as_str();
    // "Central Bank Governor X", "Foreign Ministry Spokesman X" (rule `pattern/employer`): a
    // national bank or a ministry named with no country serves the article's dominant one.
    if doc.mentions[o].rule == crate::ner::EMPLOYER {
        let national = matches!(name, "Central Bank" | "Reserve Bank" | "National Bank")
            || name.ends_with(" Ministry");
        return national.then(|| dominant_country(doc)).flatten();
    }
    if doc.mentions[o].rule != "pattern/institution" {
        return None;
    }
    rec.entities
        .iter()
        .filter(|c| c.kind == EntityKind::Country)
        .find(|c| {
            let demonyms = c.list("demonyms");
            let adj = demonyms.first().copied().unwrap_or(c.name.as_str());
            name.strip_prefix(adj).is_some_and(|r| r.starts_with(' '))
        })
        .map(|c| c.id.clone())
}

/// "co-founder of Acme" where this "Acme" was left untagged: the organisation the article
/// names elsewhere with exactly the words after the title's last "of".
fn org_named_in_title(doc: &Doc<'_>, title: &str) -> Option<String> {
    let (_, tail) = title.rsplit_once(" of ")?;
    (0..doc.mentions.len())
        .filter(|&k| doc.kind(k) == EntityKind::Organization)
        .filter_map(|k| doc.res.entity_of[k])
        .find(|&e| doc.res.entities[e].name == tail)
        .map(|e| doc.res.entities[e].id.clone())
}

/// "Conservative shadow foreign secretary X", "Conservative health spokesman X": a party's
/// member noun (lexicon `demonyms` of a `type=party` body) the recogniser left alone, before
/// up to three portfolio words and the title, for a party of the article's main country.
fn party_demonym_before(doc: &Doc<'_>, title_start: usize, zone_start: usize) -> Option<String> {
    let text = doc.text;
    let mut p = title_start;
    for _ in 0..4 {
        let b = text[zone_start..p].trim_end();
        let w_start = b
            .rfind([' ', '\n'])
            .map_or(zone_start, |i| zone_start + i + 1);
        let w = &text[w_start..zone_start + b.len()];
        if w.is_empty() || !w.bytes().all(|c| c.is_ascii_alphabetic()) {
            return None;
        }
        if w.starts_with(|c: char| c.is_ascii_uppercase()) {
            if doc.mention_covering(w_start).is_some() {
                return None;
            }
            let home = main_country(doc)?;
            let rec = &doc.pipeline.recognizer;
            return rec
                .parties
                .iter()
                .map(|&i| &rec.entities[i])
                .find(|e| e.list("demonyms").contains(&w))
                .filter(|e| e.attrs.get("country") == Some(&home))
                .map(|e| e.id.clone());
        }
        if !portfolio_word(w) {
            return None;
        }
        p = w_start;
    }
    None
}

/// "Party chief executive Lord X", "the party chairman, X": the word "party" right before a
/// title names the article's party, when it names exactly one party (lexicon `type=party`) and
/// the phrase is not about another ("opposition party leader", "rival party").
fn article_party(doc: &Doc<'_>, title_start: usize, zone_start: usize) -> Option<String> {
    let lead = doc.text[zone_start..title_start].trim_end();
    let mut words = lead.rsplit(' ');
    if !words.next()?.eq_ignore_ascii_case("party") {
        return None;
    }
    if words.next().is_some_and(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "opposition"
                | "rival"
                | "other"
                | "another"
                | "new"
                | "minor"
                | "smaller"
                | "his"
                | "her"
                | "their"
        ) || w.starts_with(char::is_uppercase)
    }) {
        return None;
    }
    let parties: std::collections::BTreeSet<&str> = (0..doc.mentions.len())
        .filter_map(|k| doc.res.entity_of[k])
        .filter(|&e| doc.lexicon_type(e) == Some("party"))
        .map(|e| doc.res.entities[e].id.as_str())
        .collect();
    match parties.into_iter().collect::<Vec<_>>().as_slice() {
        [one] => Some(one.to_string()),
        _ => None,
    }
}

/// "Britain's Jo Hale won", "Kenyan Jo Hale": a country right before a name gives the
/// person's nationality, unless a possessive pronoun opens the phrase ("his French Jo Hale")
/// or the name goes on in a hyphenated compound ("the Kenyan Jo Hale-led team").
fn nationality_context(doc: &Doc<'_>, o: usize, name_end: usize) -> bool {
    let text = doc.text;
    let lead = text[..doc.mentions[o].span.start].trim_end();
    let prev = lead
        .rsplit([' ', '\n'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    !matches!(
        prev.as_str(),
        "his" | "her" | "their" | "its" | "our" | "my"
    ) && !text[name_end..].starts_with('-')
}

/// A name of two or more words with no word of a company's name ("Canadian Tire Corp",
/// "Swiss Re", "American Savings" are firms the recogniser took for people).
fn plain_person_name(doc: &Doc<'_>, person: usize, said: Span) -> bool {
    const FIRM_WORDS: &[&str] = &[
        "inc",
        "inc.",
        "corp",
        "corp.",
        "co",
        "co.",
        "ltd",
        "ltd.",
        "plc",
        "sa",
        "nv",
        "ag",
        "group",
        "corporation",
        "company",
        "holdings",
        "bank",
        "savings",
        "association",
        "industries",
        "international",
        "services",
        "systems",
    ];
    said.slice(doc.text).trim().contains(' ')
        && doc.res.entities[person]
            .name
            .split_whitespace()
            .all(|w| !FIRM_WORDS.contains(&w.to_ascii_lowercase().as_str()))
}

/// A mention of a person by their full name or surname, not by a given name alone ("Paul's
/// Diner Inc" names a firm after someone).
fn surname_mention(doc: &Doc<'_>, person: usize, said: Span) -> bool {
    let said = said.slice(doc.text).trim();
    said.contains(' ')
        || doc.res.entities[person]
            .name
            .split_whitespace()
            .next_back()
            .is_some_and(|last| last == said)
}

/// A party (lexicon `type=party`) or a firm whose name as written ends in a company's word
/// ("Acme Holdings", "Acme Corp Ltd", "Veritas Party"), not a council or a commission.
fn firm_name(doc: &Doc<'_>, o: usize) -> bool {
    const ENDS: &[&str] = &[
        "inc",
        "inc.",
        "corp",
        "corp.",
        "ltd",
        "ltd.",
        "plc",
        "co",
        "co.",
        "company",
        "holdings",
        "group",
        "international",
        "industries",
        "sa",
        "ag",
        "nv",
        "party",
    ];
    let party = doc.res.entity_of[o].and_then(|e| doc.lexicon_type(e)) == Some("party");
    let last = doc.mentions[o]
        .span
        .slice(doc.text)
        .rsplit(' ')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    party || ENDS.contains(&last.as_str())
}

/// What follows "X's Acme" when Acme is X's own firm: punctuation, or a verb of the
/// firm ("merged", "said", "has", "will"), not a noun it modifies ("X's Acme interview").
fn owned_firm_context(rest: &str) -> bool {
    if rest.starts_with([',', '.', ';', ')']) {
        return true;
    }
    let w = rest
        .trim_start()
        .split([' ', ',', '.'])
        .next()
        .unwrap_or("");
    matches!(
        w,
        "is" | "was" | "has" | "had" | "will" | "would" | "said" | "says" | "announced"
    ) || w.len() > 4 && w.ends_with("ed") && w.bytes().all(|b| b.is_ascii_lowercase())
}

/// The org/country mention ending right before `pos` (allowing "ex-", "'s", a plural's bare
/// apostrophe as in "the Association of Chief Police Officers' spokesman", spaces and a wire
/// ticker: "Sony Corp <SNE.T> chairman").
fn org_before(doc: &Doc<'_>, pos: usize) -> Option<usize> {
    // "Borg-Warner ex-chairman X": the body before a past post.
    let before = doc.text[..pos].trim_end();
    let before = before.strip_suffix(" ex-").unwrap_or(before).trim_end();
    let before = before
        .strip_suffix("'s")
        .or_else(|| before.strip_suffix("’s"))
        .or_else(|| {
            before
                .strip_suffix(['\'', '’'])
                .filter(|b| b.ends_with('s'))
        })
        .unwrap_or(before)
        .trim_end();
    let before = before
        .strip_suffix('>')
        .and_then(|b| b.rsplit_once('<'))
        .filter(|(_, t)| {
            (1..=12).contains(&t.len())
                && t.bytes()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'.')
        })
        .map_or(before, |(b, _)| b.trim_end());
    let k = doc.mention_ending_at(before.len()).or_else(|| {
        // "Morgan Stanley & Co Managing Director X": a company the recogniser named without
        // the legal form written after it.
        // "<Morgan Stanley & Co> Managing Director X": a wire's bracketed company.
        let bare = before.strip_suffix('>').unwrap_or(before);
        let end = if bare.len() < before.len() && !bare.contains('<') {
            return None;
        } else if bare.len() < before.len() {
            match doc.mention_ending_at(bare.len()) {
                Some(_) => bare.len(),
                None => legal_form_before(bare).unwrap_or(bare.len()),
            }
        } else {
            legal_form_before(bare)?
        };
        let k = doc.mention_ending_at(end)?;
        (doc.kind(k) == EntityKind::Organization).then_some(k)
    })?;
    (matches!(doc.kind(k), EntityKind::Country | EntityKind::Organization)
        && !other_party_name(doc, k)
        && !portfolio_party(doc, k)
        && !name_tail(doc, k))
    .then_some(k)
}

/// Where the words before a company's legal form end, when `before` ends in one ("& Co",
/// "and Co.", "Inc", "Ltd", "Corp", "plc", "& Co Inc"): the end of the name it follows.
fn legal_form_before(before: &str) -> Option<usize> {
    let mut rest = before;
    let mut stripped = false;
    loop {
        let (head, last) = rest.rsplit_once(|c: char| c.is_ascii_whitespace())?;
        let last = last.trim_end_matches('.');
        if matches!(last, "Inc" | "Corp" | "Ltd" | "plc" | "PLC" | "LLC" | "Co") {
            rest = head.trim_end();
            stripped = true;
            if last == "Co" {
                rest = rest
                    .strip_suffix('&')
                    .or_else(|| rest.strip_suffix(" and"))
                    .map_or(rest, str::trim_end);
            }
        } else {
            return stripped.then_some(rest.len());
        }
    }
}

/// True when `span` (a title word) lies inside the name of a body that starts before it
/// ("Chief" in "Association of Chief Police Officers"); not a title that opens the name.
fn inside_body_name(doc: &Doc<'_>, span: Span) -> bool {
    doc.mention_covering(span.start).is_some_and(|o| {
        doc.kind(o) == EntityKind::Organization
            && doc.mentions[o].span.start < span.start
            && doc.mentions[o].span.end > span.end
    })
}

/// "X, BBC political correspondent,", "X, a Reuters economics writer,": a body named at
/// `start`, the opening of an apposition, with only up to two lower-case words between it
/// and the title at `title_start`. Its mention.
fn body_opening(doc: &Doc<'_>, start: usize, title_start: usize) -> Option<usize> {
    let o = doc.mention_covering(start)?;
    let span = doc.mentions[o].span;
    let gap = doc.text.get(span.end..title_start)?;
    (span.start == start
        && doc.kind(o) == EntityKind::Organization
        && gap.starts_with(' ')
        && gap.split_whitespace().count() <= 2
        && gap
            .split_whitespace()
            .all(|w| w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')))
    .then_some(o)
}

/// "X, BMW's group chief executive,", "X, Acme's world-wide Linux strategy manager,": a
/// body's possessive before up to four words that only qualify the title at `pos` (lower-case,
/// or capitalised words the recogniser left alone), no further back than `floor`.
fn possessor_across_modifiers(doc: &Doc<'_>, pos: usize, floor: usize) -> Option<usize> {
    let mut p = pos;
    for _ in 0..=4 {
        let b = doc.text[floor..p].trim_end_matches(' ');
        let ws = b.rfind(' ').map_or(floor, |i| floor + i + 1);
        let w = &doc.text[ws..floor + b.len()];
        if w.ends_with("'s") || w.ends_with("\u{2019}s") {
            return (p < pos)
                .then(|| org_before(doc, p))
                .flatten()
                .filter(|&o| doc.kind(o) == EntityKind::Organization);
        }
        if w.is_empty()
            || !w.bytes().all(|c| c.is_ascii_alphabetic() || c == b'-')
            || doc.mention_covering(ws).is_some()
        {
            return None;
        }
        p = ws;
    }
    None
}

/// "Bank of Tokyo economist X", "University of Missouri economist X": a country or its
/// capital after "of" and a capitalised word ends a body's name the recogniser did not take.
fn name_tail(doc: &Doc<'_>, k: usize) -> bool {
    doc.kind(k) == EntityKind::Country
        && doc.text[..doc.mentions[k].span.start]
            .strip_suffix(" of ")
            .and_then(|b| b.rsplit([' ', '\n']).next())
            .is_some_and(|w| {
                w.starts_with(|c: char| c.is_ascii_uppercase())
                    && w.chars().skip(1).all(|c| c.is_ascii_lowercase())
            })
}

/// A party's name as the tail of another party's: "Social Democrat", "Christian Democratic",
/// "Free Democrats", "Liberal Democratic" are not the U.S. Democratic Party.
fn other_party_name(doc: &Doc<'_>, k: usize) -> bool {
    const OPENERS: &[&str] = &[
        "social",
        "christian",
        "free",
        "liberal",
        "new",
        "national",
        "progressive",
        "popular",
        "radical",
        "socialist",
        "united",
        "constitutional",
        "people's",
    ];
    let Some(e) = doc.res.entity_of[k] else {
        return false;
    };
    if doc.lexicon_type(e) != Some("party") {
        return false;
    }
    let lead = doc.text[..doc.mentions[k].span.start].trim_end_matches([' ', '-']);
    let word = lead.rsplit([' ', '\n']).next().unwrap_or("");
    word.starts_with(|c: char| c.is_ascii_uppercase())
        && OPENERS.contains(&word.to_ascii_lowercase().as_str())
}

/// "Labour Minister X", "the Labour Office": a party's name that is also a portfolio, right
/// before a word for an office, in an article whose home country is not the party's (a
/// Brazilian labour minister is no member of the British Labour Party).
fn portfolio_party(doc: &Doc<'_>, k: usize) -> bool {
    let Some(e) = doc.res.entity_of[k] else {
        return false;
    };
    if doc.lexicon_type(e) != Some("party") {
        return false;
    }
    let said = doc.mentions[k].span.slice(doc.text);
    if !matches!(said, "Labour" | "Labor") {
        return false;
    }
    let next = doc.text[doc.mentions[k].span.end..]
        .trim_start()
        .split([' ', '\n', ','])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    if !matches!(
        next.as_str(),
        "minister" | "ministry" | "ministers" | "office" | "secretary" | "department" | "court"
    ) {
        return false;
    }
    let party_country = doc.lexicon_attr(e, "country");
    party_country.is_none() || party_country != main_country(doc).as_deref()
}

/// The place (a state, province or city, not a country) named right before `pos`, one
/// space between: "Indiana" in "Indiana Gov.".
fn place_before(doc: &Doc<'_>, pos: usize) -> Option<usize> {
    let k = doc.mention_ending_at(doc.text[..pos].strip_suffix(' ')?.len())?;
    (doc.kind(k) == EntityKind::Location).then_some(k)
}

/// An occupation that belongs to no body of the place named before it: "New Jersey
/// investor X", "Norfolk farmer X" say where the person lives or works, not whose member
/// they are (unlike "Indiana Gov. X", "Leeds manager X").
fn private_occupation(title: &str) -> bool {
    let t = title.to_ascii_lowercase();
    let last = t.rsplit([' ', '-']).next().unwrap_or("");
    matches!(
        last,
        "investor"
            | "investors"
            | "farmer"
            | "businessman"
            | "businesswoman"
            | "billionaire"
            | "millionaire"
            | "physician"
            | "dr"
            | "dr."
            | "nurse"
            | "student"
            | "analyst"
            | "lawyer"
            | "researcher"
            | "producer"
            | "actor"
            | "actress"
            | "singer"
            | "writer"
            | "author"
            | "artist"
            | "developer"
            | "entrepreneur"
            | "tycoon"
            | "mr"
            | "mr."
            | "mrs"
            | "ms"
            | "sir"
    )
}

/// True when a name continues after byte `end` with "for", "of" or "and" and a capitalised
/// word ("the Center| for American Women").
fn name_runs_on(text: &str, end: usize) -> bool {
    let mut w = text[end..].split(' ');
    w.next() == Some("")
        && matches!(w.next(), Some("for" | "of" | "and"))
        && w.next()
            .is_some_and(|x| x.starts_with(|c: char| c.is_uppercase()))
}

/// "director of the Center for Rural Health at Acme University": a unit the recogniser left
/// unnamed (capitalised words, joined only by "for", "of", "and", "on" or "the") right after
/// `pos`, then "at" and a named organisation: that organisation's mention.
fn unnamed_unit_at(doc: &Doc<'_>, pos: usize, limit: usize) -> Option<usize> {
    let text = doc.text;
    let rest = text.get(pos..limit)?.strip_prefix(" of the ")?;
    let at = rest.find(" at ")?;
    let words: Vec<&str> = rest[..at].split(' ').collect();
    let named = words.first()?.starts_with(|c: char| c.is_uppercase())
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(char::is_alphabetic)
                || matches!(*w, "for" | "of" | "and" | "on" | "the")
        });
    if !named || words.len() > 8 {
        return None;
    }
    let from = limit - rest.len() + at + " at ".len();
    doc.mentions_in(Span::new(from, limit))
        .into_iter()
        .next()
        .filter(|&k| {
            doc.kind(k) == EntityKind::Organization
                && matches!(text[from..doc.mentions[k].span.start].trim(), "" | "the")
        })
}

/// "the Center for Urban Studies at Acme University": the organisation named right after
/// "at" (or "at the") that follows the body mention `o`, before `limit`.
fn parent_at(doc: &Doc<'_>, o: usize, limit: usize) -> Option<usize> {
    let from = doc.mentions[o].span.end;
    doc.mentions_in(Span::new(from, limit))
        .into_iter()
        .find(|&k| k != o)
        .filter(|&k| {
            doc.kind(k) == EntityKind::Organization
                && matches!(
                    &doc.text[from..doc.mentions[k].span.start],
                    " at " | " at the "
                )
                && doc.id(k) != doc.id(o)
        })
}

/// The org/country mention starting right after `pos` after "at", "of", "with", "for" ("at the Center for ...").
/// A city that places the body ("of Amsterdam-based Orion") counts as its country would.
fn org_after(doc: &Doc<'_>, pos: usize, limit: usize) -> Option<usize> {
    doc.mentions_in(Span::new(pos, limit))
        .into_iter()
        .find(|&k| {
            matches!(doc.kind(k), EntityKind::Country | EntityKind::Organization)
                || doc.kind(k) == EntityKind::Location
                    && doc.text[doc.mentions[k].span.end..].starts_with("-based")
        })
        .filter(|&k| {
            let gap = doc.text[pos..doc.mentions[k].span.start].to_ascii_lowercase();
            let gap = gap.trim();
            let preps = [
                "at", "of", "with", "for", "at the", "of the", "with the", "for the", "in",
                "in the",
            ];
            // "adviser to Indepen Consulting": a body, never a country ("ambassador to France").
            let to = matches!(gap, "to" | "to the") && doc.kind(k) == EntityKind::Organization;
            gap.len() <= 12 && preps.contains(&gap)
                || to
                || doc.kind(k) == EntityKind::Organization
                    && (kind_noun_gap(gap) || modifier_gap(gap))
        })
        .and_then(|k| match described_body(doc, k, limit) {
            Some(o) => Some(o),
            None if doc.kind(k) == EntityKind::Location => None,
            None => (!country_describes(doc, k)).then_some(k),
        })
}

/// Words after a country or its demonym that go on to name one of its state bodies ("the
/// British Embassy", "the U.S. Government"): the country stands for it.
const STATE_BODY_WORDS: &[&str] = &[
    "Embassy",
    "Mint",
    "Federal",
    "Supreme",
    "Coast",
    "Postal",
    "Joint",
    "Consulate",
    "Government",
    "Administration",
    "Army",
    "Navy",
    "Air",
    "Ministry",
    "Department",
    "Central",
    "National",
    "State",
    "Foreign",
    "Finance",
    "Treasury",
    "Trade",
    "Agriculture",
    "Defence",
    "Defense",
    "Interior",
    "Home",
    "Economy",
    "Energy",
    "Industry",
    "Commerce",
    "Justice",
    "Labour",
    "Labor",
    "Customs",
    "Mission",
    "Delegation",
    "Cabinet",
    "Parliament",
    "Senate",
    "Congress",
];

/// "private coffee exporters' association", "coffee growers' federation", "advisory
/// committee": up to five lower-case words (right after a country's possessive) ending in a
/// word for a body outside the state, which the text does not name.
fn private_body_words(rest: &str) -> bool {
    const BODIES: &[&str] = &[
        "association",
        "federation",
        "union",
        "committee",
        "chamber",
        "society",
        "foundation",
        "league",
        "club",
        "company",
        "firm",
        "group",
        "consortium",
        "cooperative",
        "co-operative",
        "producer",
        "producers",
        "exporters",
        "importers",
    ];
    for w in rest.split([' ', '\n']).take(5) {
        let w = w.trim_end_matches([',', '.', ';', ':', ')']);
        if w.is_empty() || !w.starts_with(|c: char| c.is_ascii_lowercase()) {
            return false;
        }
        if matches!(w, "central" | "state" | "government" | "national") {
            return false;
        }
        let head = w.trim_end_matches(['\'', '\u{2019}']);
        if BODIES.contains(&head) {
            return true;
        }
    }
    false
}

/// "general manager of British Music Rights", "economist at Swiss Re", "a Singapore-based
/// analyst", "chairman of Spain's most powerful bank": a country (by name, demonym or capital)
/// that opens the name of a body the recogniser did not take (a capitalised word follows, no
/// person's name, title or state body), places someone ("-based"), or ranks a firm among the
/// country's ("biggest", "most powerful") says nothing of whose member the person is.
fn country_describes(doc: &Doc<'_>, k: usize) -> bool {
    if doc.kind(k) != EntityKind::Country {
        return false;
    }
    let text = doc.text;
    let end = doc.mentions[k].span.end;
    let rest = &text[end..];
    if rest.starts_with("-based") {
        return true;
    }
    if let Some(r) = rest
        .strip_prefix("'s ")
        .or_else(|| rest.strip_prefix("\u{2019}s "))
    {
        let w = r.split([' ', '\n']).next().unwrap_or("");
        return matches!(
            w,
            "biggest" | "largest" | "most" | "leading" | "second" | "third" | "oldest"
        ) || private_body_words(r);
    }
    let Some(r) = rest.strip_prefix([' ', '\n']) else {
        return false;
    };
    // "analyst with Dutch merchant bank Pierson": words for a kind of body, then its name.
    let words: Vec<&str> = r.split([' ', '\n']).take(5).collect();
    let kinds = (1..words.len()).any(|n| {
        kind_words(&words[..n])
            && words[n].starts_with(|c: char| c.is_ascii_uppercase())
            && words[n].chars().skip(1).any(|c| c.is_ascii_lowercase())
    });
    if kinds {
        return true;
    }
    let next = end + 1;
    let word = r
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '&')
        .next()
        .unwrap_or("");
    word.starts_with(|c: char| c.is_ascii_uppercase())
        && word.chars().skip(1).any(|c| c.is_ascii_lowercase())
        && !STATE_BODY_WORDS.contains(&word)
        && !doc.titles.iter().any(|t| t.span.start == next)
        && doc.mention_covering(next).is_none_or(|o| {
            !matches!(
                doc.kind(o),
                EntityKind::Person | EntityKind::Country | EntityKind::Organization
            )
        })
}

/// "editor of Indian film journal Trade Guide", "co-founder of Amsterdam-based OneStat": a
/// country (or its demonym or capital) that only describes the body named after it, with
/// "-based" or lower-case words for a kind of body between them. Returns that body's mention.
fn described_body(doc: &Doc<'_>, k: usize, limit: usize) -> Option<usize> {
    if !matches!(doc.kind(k), EntityKind::Country | EntityKind::Location) {
        return None;
    }
    let text = doc.text;
    let end = doc.mentions[k].span.end;
    let rest = text.get(end..limit)?;
    let (rest, based) = match rest.strip_prefix("-based") {
        Some(r) => (r, true),
        None if doc.kind(k) == EntityKind::Location => return None,
        None => (rest, false),
    };
    let rest = rest.strip_prefix(' ')?;
    let from = limit - rest.len();
    let o = doc
        .mentions_in(Span::new(from, limit))
        .into_iter()
        .next()
        .filter(|&o| doc.kind(o) == EntityKind::Organization)?;
    let gap = &text[from..doc.mentions[o].span.start];
    let words: Vec<&str> = gap.split_whitespace().collect();
    let kinds = kind_words(&words) || gap.is_empty() && based;
    kinds.then_some(o)
}

/// "head of car development at Acme", "director for public policy at Acme": a title's remit
/// (up to four lower-case words after "of" or "for"), then the body after "at", "of", "for"
/// or "with".
fn org_after_remit(doc: &Doc<'_>, pos: usize, limit: usize) -> Option<usize> {
    let o = doc
        .mentions_in(Span::new(pos, limit))
        .into_iter()
        .find(|&k| matches!(doc.kind(k), EntityKind::Country | EntityKind::Organization))?;
    if doc.kind(o) != EntityKind::Organization {
        return None;
    }
    let gap = &doc.text[pos..doc.mentions[o].span.start];
    let mut words: Vec<&str> = gap.split_whitespace().collect();
    if words.last() == Some(&"the") {
        words.pop();
    }
    // "head of equities trading at brokers Acme": words for a kind of body may stand
    // between the last preposition and the name.
    if let Some(j) = words
        .iter()
        .rposition(|w| matches!(*w, "at" | "of" | "for" | "with"))
        .filter(|&j| j >= 2 && j + 1 < words.len() && kind_words(&words[j + 1..]))
    {
        words.truncate(j + 1);
    }
    let [first, remit @ .., last] = words.as_slice() else {
        return None;
    };
    (matches!(*first, "of" | "for")
        && matches!(*last, "at" | "of" | "for" | "with")
        && (1..=4).contains(&remit.len())
        && remit.iter().all(|w| {
            w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                && (*w == "and" || !FUNCTION_WORDS.contains(w))
        }))
    .then_some(o)
}

/// "for e-mail software firm", "at the investment bank": a preposition, then up to four
/// lower-case words ending in a word for a kind of body, right before the body's name.
fn kind_noun_gap(gap: &str) -> bool {
    let mut words = gap.split_whitespace();
    if !words
        .next()
        .is_some_and(|p| matches!(p, "at" | "of" | "for" | "with" | "in"))
    {
        return false;
    }
    let rest: Vec<&str> = words
        .skip_while(|w| matches!(*w, "the" | "a" | "an"))
        .collect();
    kind_words(&rest)
}

/// "of the anti-war", "at the non-partisan", "of the influential": a preposition, an article
/// and one or two words that only qualify the body named next ("Jo Hale of the anti-war
/// Peace Pledge Union"): hyphenated words or a few evaluative adjectives.
fn modifier_gap(gap: &str) -> bool {
    const ADJECTIVES: &[&str] = &[
        "influential",
        "independent",
        "conservative",
        "liberal",
        "nonpartisan",
        "powerful",
        "prestigious",
        "respected",
        "private",
        "leftist",
        "rightist",
    ];
    let mut words = gap.split_whitespace();
    if !words
        .next()
        .is_some_and(|p| matches!(p, "at" | "of" | "for" | "with" | "from"))
    {
        return false;
    }
    let rest: Vec<&str> = words
        .skip_while(|w| matches!(*w, "the" | "a" | "an"))
        .collect();
    (1..=2).contains(&rest.len())
        && rest.iter().all(|w| {
            ADJECTIVES.contains(w)
                || w.contains('-')
                    && !w.starts_with('-')
                    && !w.ends_with('-')
                    && w.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

/// "film journal", "sugar producer", "brokers": one to four lower-case words ending in a
/// word for a kind of body, that describe the body named right after them.
fn kind_words(rest: &[&str]) -> bool {
    // Beyond the recogniser's descriptor nouns ("retailer", "carmaker"), kinds of body that
    // only describe an employer here ("bank Barclays" names no organisation for it).
    const MORE_KINDS: &[&str] = &[
        "bank",
        "agency",
        "channel",
        "paper",
        "consultancy",
        "carrier",
        "start-up",
        "label",
        "studio",
        "organisation",
        "organization",
        "institute",
        "university",
        "union",
        "journal",
        "magazine",
        "brokers",
        "broker",
        "brokerage",
        "side",
        "club",
    ];
    (1..=4).contains(&rest.len())
        && rest
            .last()
            .is_some_and(|w| crate::ner::is_org_descriptor(w) || MORE_KINDS.contains(w))
        && rest
            .iter()
            .all(|w| w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
}

/// "said Jo Hale at Merrill Lynch", "Jo Hale, at Merrill Lynch, said", "Jo Hale at Merrill
/// Lynch said", "Jo Hale, from Families Need Fathers, said", "Jo Hale, of Acme Corp, said":
/// an organisation after "at", "from" or (set off by a comma) "of" right after the name, when a reporting verb comes right before the name or right
/// after the organisation (not "met Jo Hale at the White House").
fn name_at_org(doc: &Doc<'_>, name: Span, m_end: usize, after: &str, sent: Span) -> Option<Affil> {
    let text = doc.text;
    let from = if [", at ", ", from ", ", of ", ", for "]
        .iter()
        .any(|p| after.starts_with(p))
    {
        m_end + 1
    } else if after.starts_with("at ") || after.starts_with("from ") {
        m_end
    } else {
        return None;
    };
    // "Jo Hale, from Families Need Fathers, said", "said Jo Hale, from the campaign group
    // Acme": "from" with a body (a kind word may stand before it), like "at".
    let o = doc
        .mentions_in(Span::new(from, sent.end))
        .into_iter()
        .find(|&k| matches!(doc.kind(k), EntityKind::Country | EntityKind::Organization))?;
    let os = doc.mentions[o].span;
    let gap = text[from..os.start].trim().to_ascii_lowercase();
    let by_kind = || {
        gap.strip_prefix("from ")
            .is_some_and(|g| kind_noun_gap(&format!("at {g}")))
    };
    // "Oliver Letwin, for the Tories, attacked X": a party a politician speaks for, set off
    // by commas.
    let party_for = matches!(gap.as_str(), "for" | "for the")
        && text[os.end..].starts_with(',')
        && doc.res.entity_of[o].is_some_and(|e| doc.lexicon_type(e) == Some("party"));
    if doc.kind(o) != EntityKind::Organization
        || !(matches!(
            gap.as_str(),
            "at" | "at the" | "from" | "from the" | "of" | "of the"
        ) || by_kind()
            || party_for)
    {
        return None;
    }
    let before = text[sent.start..name.start].trim_end().to_ascii_lowercase();
    let rest = text[os.end..].trim_start_matches(',').trim_start();
    // ("said:" too: "X, from the Federation, said: ...".)
    let reported = ["said", "says", "according to", "told"]
        .iter()
        .any(|v| before.ends_with(v))
        || ["said", "says", "told", "added"].iter().any(|v| {
            rest.strip_prefix(v)
                .is_some_and(|r| r.starts_with([' ', ':']))
        })
        || party_for;
    (reported && !text[os.end..].starts_with(['\'', '\u{2019}'])).then(|| Affil {
        person: 0,
        title: None,
        org: doc.id(o).map(str::to_string),
        span: Span::new(name.start, os.end),
        rule: if party_for {
            "affil/name-for-party"
        } else if gap.starts_with("from") {
            "affil/name-from"
        } else if gap.starts_with("of") {
            "affil/name-of-org"
        } else {
            "affil/name-at"
        },
    })
}

/// "Jo Hale joined Merrill Lynch", "Jo Hale, who joined the Labour Party in 1990", "Jo Hale,
/// who works for Acme", "Jo Hale, who heads the Senate Banking Committee": an organisation
/// (not a country: "Spain joined the EU" is no person's) right after the verb.
/// Returns the organisation's mention and the rule ("affil/joined", "affil/works-for",
/// "affil/heads").
fn joined_org(doc: &Doc<'_>, m_end: usize, after: &str) -> Option<(usize, &'static str)> {
    const VERBS: &[&str] = &[
        "joined ",
        "has joined ",
        "had joined ",
        "rejoined ",
        "works for ",
        "works at ",
        "worked for ",
        "worked at ",
        "works in ",
        "worked in ",
        "was elected to ",
        "was re-elected to ",
        "has been elected to ",
        "elected to ",
    ];
    // After "who" only: "X, who heads the Senate Banking Committee" (not "X led Acme to a
    // loss").
    const WHO_VERBS: &[&str] = &[
        "heads ",
        "headed ",
        "runs ",
        "ran ",
        "leads ",
        "led ",
        "chairs ",
        "chaired ",
        "founded ",
        "co-founded ",
    ];
    let who = after
        .strip_prefix(", who ")
        .or_else(|| after.strip_prefix("who "));
    let rest = who.unwrap_or(after);
    let rest = ["has ", "had ", "also ", "still ", "now "]
        .iter()
        .find_map(|h| rest.strip_prefix(h))
        .filter(|_| who.is_some())
        .unwrap_or(rest);
    let verb = VERBS
        .iter()
        .chain(WHO_VERBS.iter().filter(|_| who.is_some()))
        .find(|v| rest.starts_with(**v))?;
    let verb_len = after.len() - rest.len() + verb.len();
    let rule = if verb.contains("joined") {
        "affil/joined"
    } else if verb.contains("elected") {
        "affil/elected"
    } else if verb.starts_with("work") {
        "affil/works-for"
    } else {
        "affil/heads"
    };
    let mut p = m_end + verb_len;
    if doc.text[p..].starts_with("the ") {
        p += 4;
    }
    let o = doc.mention_covering(p)?;
    let rest = &doc.text[doc.mentions[o].span.end..];
    // "joined Democrats in calling for", "joined Labour on the platform": siding, not membership.
    let siding = rest.strip_prefix(" in ").is_some_and(|r| {
        r.split([' ', ',', '.'])
            .next()
            .is_some_and(|w| w.ends_with("ing") && w.starts_with(|c: char| c.is_ascii_lowercase()))
    }) || [" on ", " to ", " for "].iter().any(|q| {
        rest.strip_prefix(q)
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_lowercase()))
    });
    (doc.mentions[o].span.start == p
        && doc.kind(o) == EntityKind::Organization
        && !siding
        && !rest.starts_with(['\'', '\u{2019}']))
    .then_some((o, rule))
}

/// "Ana Ruiz, head of the Federation", "president of the company": a short reference after
/// a title, "of", "for", "at" or "with" and "the" and one word, to the one body named before
/// in the article that the word fits: a body whose name holds the word ("the Federation",
/// "the bank"), or a firm for "the company", "the firm", "the group". Returns the body's id.
fn short_reference(doc: &Doc<'_>, from: usize, limit: usize) -> Option<String> {
    let text = doc.text;
    let rest = text.get(from..limit)?.trim_start();
    let rest = ["of the ", "for the ", "at the ", "with the "]
        .iter()
        .find_map(|p| rest.strip_prefix(p))?;
    let at = limit - rest.len();
    let w_len = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    let word = &rest[..w_len];
    let next = rest[w_len..].trim_start_matches(' ');
    // Not a name the recogniser missed ("the Bank of Japan", "the Meat Board"), nor a
    // name's first word or a word it modifies ("the company's", "the group board").
    if word.len() < 4
        || doc.mention_covering(at).is_some()
        || next.starts_with(char::is_uppercase)
        || next.starts_with("of ")
        || rest[w_len..].starts_with(['\'', '\u{2019}', '-'])
        || !(rest[w_len..].is_empty()
            || rest[w_len..].starts_with([',', '.', ';', ')'])
            || FUNCTION_WORDS.contains(&next.split([' ', ',', '.']).next().unwrap_or("")))
    {
        return None;
    }
    one_body_before(doc, word, from)
}

/// "X, the party's nominee,", "X, the company's new chief executive,": a body word's
/// possessive at `start` (after "the"), then up to two lower-case words before the title at
/// `title_start`, names the one body of that kind the article named before.
fn possessive_reference(doc: &Doc<'_>, start: usize, title_start: usize) -> Option<String> {
    let lead = doc.text.get(start..title_start)?;
    let (word, gap) = lead
        .split_once("'s ")
        .or_else(|| lead.split_once("\u{2019}s "))?;
    (word.bytes().all(|b| b.is_ascii_lowercase())
        && gap.split_whitespace().count() <= 2
        && gap
            .split_whitespace()
            .all(|w| w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')))
    .then(|| one_body_before(doc, word, start))?
}

/// "company spokesman Jo Hale", "a company spokeswoman, Jo Hale,": the one firm named before
/// `title_start` in the article, for "company" or "firm" (lower case, or opening the
/// sentence) right before the title.
fn company_word_before(doc: &Doc<'_>, title_start: usize) -> Option<String> {
    let text = doc.text;
    let b = text.get(..title_start)?.strip_suffix(' ')?;
    let w_start = b.rfind([' ', '\n', '"']).map_or(0, |i| i + 1);
    let word = &b[w_start..];
    let opens = doc
        .sentence_at(title_start)
        .is_some_and(|i| doc.sentences[i].span.start == w_start);
    let firm = matches!(word, "company" | "firm")
        || opens && matches!(word, "Company" | "Firm")
        || matches!(word, "Company" | "Firm") && text[..w_start].ends_with("a ");
    // Not a kind of company that describes the person's own ("the drug company executive").
    let before = text[..w_start].trim_end_matches(' ');
    let modifier = before.rsplit([' ', '\n']).next().is_some_and(|w| {
        !w.is_empty()
            && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            && !FUNCTION_WORDS.contains(&w)
    }) && !before.ends_with(['\n', ',']);
    if !firm || modifier {
        return None;
    }
    one_body_before(doc, "company", title_start)
}

/// The one body named before `from` that a short reference's head `word` fits (see
/// [`short_reference`]): a body whose name holds the word, or a firm for "company", "firm",
/// "group".
pub(crate) fn one_body_before(doc: &Doc<'_>, word: &str, from: usize) -> Option<String> {
    let lower = word.to_ascii_lowercase();
    const BODIES: &[&str] = &[
        "bank",
        "union",
        "federation",
        "association",
        "council",
        "agency",
        "organisation",
        "organization",
        "committee",
        "commission",
        "institute",
        "foundation",
        "board",
        "society",
        "fund",
        "league",
        "exchange",
        "bureau",
        "authority",
        "corporation",
        "party",
    ];
    let firm = matches!(lower.as_str(), "company" | "firm" | "group");
    let capital = word.starts_with(char::is_uppercase);
    if !(firm || capital || BODIES.contains(&lower.as_str())) {
        return None;
    }
    let spelled = |w: &str| {
        let w = w.to_ascii_lowercase();
        w == lower
            || matches!(
                (w.as_str(), lower.as_str()),
                ("organization", "organisation") | ("organisation", "organization")
            )
    };
    let mut found: Option<usize> = None;
    for k in doc.mentions_in(Span::new(0, from)) {
        if doc.kind(k) != EntityKind::Organization {
            continue;
        }
        let Some(e) = doc.res.entity_of[k] else {
            continue;
        };
        let name = doc.res.entities[e].name.as_str();
        let fits = if firm {
            let company = doc.lexicon_type(e) == Some("company");
            (company || firm_name(doc, k))
                && doc.lexicon_type(e) != Some("party")
                && (lower != "group" || name.ends_with("Group") || company || firm_name(doc, k))
        } else {
            name.split([' ', '-']).any(spelled)
        };
        if fits {
            if found.is_some_and(|f| f != e) {
                return None;
            }
            found = Some(e);
        }
    }
    found.map(|e| doc.res.entities[e].id.clone())
}

/// True when mention `k` of a body does not name it: a body the recogniser built from a
/// country and lower-case words ("Peru's central bank"), or the portfolio word of a national
/// office ("Treasury" in "Treasury Secretary X").
fn unnamed_mention(doc: &Doc<'_>, k: usize) -> bool {
    let m = &doc.mentions[k];
    let said = m.span.slice(doc.text);
    // (A government's body only: "Mexico's stock exchange" is no office of Mexico.)
    let lower = m.rule == "pattern/institution"
        && said.rsplit([' ', '\n']).next().is_some_and(|w| {
            matches!(
                w,
                "bank" | "ministry" | "department" | "treasury" | "government" | "office"
            )
        });
    // "Home Office Minister X" names the Home Office; "Treasury Secretary X" only a portfolio.
    let body_noun = said.rsplit([' ', '\n']).next().is_some_and(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "office" | "ministry" | "department" | "bank" | "house" | "council" | "agency"
        )
    });
    lower
        || doc.titles.iter().any(|t| {
            let covers = t.span.start <= m.span.start && t.span.end >= m.span.end;
            let after = t.span.start == m.span.end + 1 && !body_noun;
            (covers || after) && national_office(&clean(t.span.slice(doc.text)))
        })
}

/// The country of a government body the article never names as a body of its own (every
/// mention of it [`unnamed_mention`]): "Treasury Secretary X" serves the United States,
/// "Peruvian central bank president X" Peru. Else the country of `person`'s office in the
/// lexicon.
fn unnamed_body_country(doc: &Doc<'_>, o: usize, person: Option<usize>) -> Option<String> {
    if doc.kind(o) != EntityKind::Organization {
        return None;
    }
    let e = doc.res.entity_of[o]?;
    let unnamed = (0..doc.mentions.len())
        .filter(|&k| doc.res.entity_of[k] == Some(e))
        .all(|k| unnamed_mention(doc, k));
    if !unnamed {
        return None;
    }
    government_country(doc, o)
        .or_else(|| person.and_then(|p| lexicon_country(doc, p)))
        .or_else(|| home_of_bare_body(doc, e))
}

/// The article's dominant country, for a government body of another country named only by its
/// portfolio word: "Treasury Secretary X" in an article on Argentina's debt is Argentina's
/// treasury secretary, whatever country the lexicon gives a bare "Treasury".
fn home_of_bare_body(doc: &Doc<'_>, e: usize) -> Option<String> {
    let owner = lexicon_government_country(lexicon_entry(doc, e)?)?;
    dominant_country(doc).filter(|home| home != owner)
}

/// The `country=` of a lexicon body of `type=government` ("U.S. Treasury": the United States).
fn lexicon_government_country(entry: &EntityEntry) -> Option<&str> {
    let attrs = &entry.attrs;
    (attrs.get("type").map(String::as_str) == Some("government"))
        .then(|| attrs.get("country").map(String::as_str))
        .flatten()
}

/// A well-known person's office from the lexicon (`org=`), when the article names that body
/// or it is no government body (a firm, a party); else the body's country ("Foreign Secretary X" in an article that never names the Foreign
/// Office serves the United Kingdom).
fn office_or_country(doc: &Doc<'_>, org: &str) -> String {
    if org.starts_with("country:")
        || doc.lexicon_attr_of(org, "type") != Some("government")
        || (0..doc.mentions.len()).any(|k| doc.id(k) == Some(org))
    {
        return org.to_string();
    }
    doc.lexicon_attr_of(org, "country")
        .filter(|c| c.starts_with("country:"))
        .unwrap_or(org)
        .to_string()
}

/// "Trade and Industry Secretary X" in an article that names the "Department of Trade and
/// Industry", "Home Secretary X" in one that names the "Home Office": the one department the
/// article names whose name holds the capitalised portfolio words right before the title.
fn portfolio_department(
    doc: &Doc<'_>,
    title: &str,
    title_start: usize,
    zone_start: usize,
) -> Option<String> {
    if !national_office(title) {
        return None;
    }
    let lead = doc.text.get(zone_start..title_start)?;
    let words: Vec<&str> = lead.split_whitespace().collect();
    let mut n = 0;
    for w in words.iter().rev() {
        let cap = w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.bytes().all(|b| b.is_ascii_alphabetic());
        if cap || n > 0 && matches!(*w, "and" | "&") {
            n += 1;
        } else {
            break;
        }
    }
    let mut portfolio = &words[words.len() - n..];
    while let [first, rest @ ..] = portfolio {
        if first.starts_with(|c: char| c.is_ascii_uppercase()) {
            break;
        }
        portfolio = rest;
    }
    if portfolio.is_empty() {
        return None;
    }
    let p = portfolio.join(" ").to_lowercase();
    let home = main_country(doc);
    let mut found: Option<usize> = None;
    for k in 0..doc.mentions.len() {
        let Some(e) = doc.res.entity_of[k].filter(|_| doc.kind(k) == EntityKind::Organization)
        else {
            continue;
        };
        let name = doc.res.entities[e].name.to_lowercase();
        // A department's full name ("Department of Trade and Industry", "Ministry for Work
        // and Pensions") or a British office ("Home Office"); not a short "Agriculture
        // Ministry", which wire copy writes for any country's.
        let full_name = |name: &str| {
            [
                "department of ",
                "department for ",
                "ministry of ",
                "ministry for ",
            ]
            .iter()
            .any(|d| {
                name.strip_prefix(d).is_some_and(|r| {
                    r.strip_prefix("the ").unwrap_or(r) == p
                        || r.starts_with(&format!("{p},"))
                        || r.starts_with(&format!("{p} and "))
                })
            })
        };
        // A lexicon department of the article's home country is also found by its full alias
        // after the country's short name ("U.S. Department of Agriculture" for "Agriculture
        // Secretary X"; not for another country's "Agriculture Minister").
        let lexicon_alias = || {
            lexicon_entry(doc, e).is_some_and(|le| {
                le.attrs.contains_key("country")
                    && le.attrs.get("country") == home.as_ref()
                    && le.aliases.iter().any(|a| {
                        let a = a.to_lowercase();
                        a.split_once(' ').is_some_and(|(head, r)| {
                            head.len() <= 4
                                && head.bytes().all(|b| b.is_ascii_alphabetic() || b == b'.')
                                && full_name(r)
                        })
                    })
            })
        };
        let department = full_name(&name) || lexicon_alias();
        let office = name == format!("{p} office");
        // A department the article names, not one the recogniser built from lower-case words
        // ("the commerce ministry").
        if (department || office) && !unnamed_mention(doc, k) {
            if found.is_some_and(|f| f != e) {
                return None;
            }
            found = Some(e);
        }
    }
    found.map(|e| doc.res.entities[e].id.clone())
}

/// "his Peruvian counterpart, Ana Ruiz", "Chilean counterpart Tomas Vidal": a demonym before
/// "counterpart" right before the name gives the person's country.
fn counterpart(doc: &Doc<'_>, name: Span) -> Option<Affil> {
    let lead = doc.text[..name.start].trim_end_matches([' ', '\n']);
    let lead = lead.strip_suffix(',').unwrap_or(lead);
    let lead = lead
        .strip_suffix("counterparts")
        .or_else(|| lead.strip_suffix("counterpart"))?;
    let k = doc.mention_ending_at(lead.strip_suffix([' ', '\n'])?.len())?;
    (doc.kind(k) == EntityKind::Country && doc.mentions[k].form == crate::ner::Form::Demonym).then(
        || Affil {
            person: 0,
            title: Some("counterpart".to_string()),
            org: doc.id(k).map(str::to_string),
            span: Span::new(doc.mentions[k].span.start, name.end),
            rule: "affil/counterpart",
        },
    )
}

/// "A former Home Office minister has called for X. Jo Hale said ...": an article that opens
/// with an unnamed person's description (a body right before the title, no person named in
/// the sentence) and names them at the start of the next sentence, for the first time.
fn lead_description(doc: &Doc<'_>) -> Option<Affil> {
    let text = doc.text;
    let (Some(first), Some(second)) = (doc.sentences.first(), doc.sentences.get(1)) else {
        return None;
    };
    let lead = text[first.span.start..first.span.end].trim_start();
    if !(lead.starts_with("A ") || lead.starts_with("An ")) {
        return None;
    }
    let t = doc.titles.iter().find(|t| first.span.contains(t.span))?;
    let before = &text[first.span.start..t.span.start];
    let next = text[t.span.end..first.span.end]
        .split_whitespace()
        .next()
        .unwrap_or("");
    if before.contains(',')
        || before.split_whitespace().count() > 6
        || !matches!(
            next,
            "has" | "have" | "is" | "was" | "says" | "said" | "will" | "would" | "who" | "and"
        )
    {
        return None;
    }
    let o = org_before(doc, t.span.start)?;
    let mentions = doc.mentions_in(first.span);
    if mentions.iter().any(|&k| doc.kind(k) == EntityKind::Person) {
        return None;
    }
    let start = second.span.start + text[second.span.start..].len()
        - text[second.span.start..].trim_start().len();
    let k = doc
        .mention_covering(start)
        .filter(|&k| doc.mentions[k].span.start == start && doc.kind(k) == EntityKind::Person)?;
    let ei = doc.res.entity_of[k]?;
    let named = doc.mentions[k].span.slice(text).trim().contains(' ');
    let first_mention = (0..k).all(|j| doc.res.entity_of[j] != Some(ei));
    // A country only for an office of state ("A senior U.S. official"), not a nationality
    // ("A Norwegian student", "A British author").
    let category = doc.pipeline.recognizer.title_list[t.index].1.as_str();
    if doc.kind(o) == EntityKind::Country
        && !matches!(
            category,
            "government" | "legislature" | "military" | "diplomat"
        )
    {
        return None;
    }
    (named && first_mention && doc.res.entities[ei].kind == EntityKind::Person).then(|| Affil {
        person: ei,
        title: Some(clean(t.span.slice(text))),
        org: unnamed_body_country(doc, o, Some(ei)).or_else(|| doc.id(o).map(str::to_string)),
        span: Span::new(doc.mentions[o].span.start, doc.mentions[k].span.end),
        rule: "affil/lead-description",
    })
}

/// Forms of address that may stand before a name set off after a title.
const HONORIFICS: &[&str] = &[
    "Sheikh", "Sheik", "Sir", "Dr", "Mr", "Mrs", "Ms", "Prince", "Princess", "Lord", "Lady",
    "Dame", "Emir",
];

/// "Brazil's finance minister, Jo Hale, said", "the Brazilian trade minister, Jo Hale,": a
/// title ending right before ", NAME", with a country or body (up to three words before the
/// title) owning it; the name closed by a comma or followed by "said".
fn title_comma_name(doc: &Doc<'_>, name: Span, after: &str) -> Option<Affil> {
    let text = doc.text;
    // ("Kuwait's Oil Minister, Sheikh Ali al-Sabah,": a form of address may open the name.)
    let lead = text[..name.start]
        .strip_suffix(' ')
        .and_then(|b| {
            let w = b.rsplit(' ').next()?;
            HONORIFICS
                .contains(&w.trim_end_matches('.'))
                .then(|| name.start - w.len() - 1)
        })
        .unwrap_or(name.start);
    let comma = lead.checked_sub(2)?;
    if text.get(comma..lead) != Some(", ") {
        return None;
    }
    let closed = after.starts_with(',') || after.starts_with("said ") || after.starts_with("says ");
    // The title ends at the comma, or goes on with its remit or body: "minister of energy
    // and mines, X", "the head of the central bank of Chile, X".
    let (t, tail) = match doc.titles.iter().find(|t| t.span.end == comma) {
        Some(t) => (t, None),
        None => doc
            .titles
            .iter()
            .rev()
            .filter(|t| t.span.end < comma && comma - t.span.end <= 80)
            .find_map(|t| title_tail(doc, t.span.end, comma).map(|tail| (t, Some(tail))))?,
    };
    let line = text[..t.span.start]
        .rfind(['\n', ',', ';', '(', '"'])
        .map_or(0, |i| i + 1);
    // A name not closed by a comma or "said" ("the head of the central bank of Chile, Jo
    // Hale met ...") only after a phrase that opens its clause or follows "and": not "after
    // meeting the minister, Jo Hale said".
    let opens = || {
        let sent = doc
            .sentence_at(t.span.start)
            .map_or(0, |i| doc.sentences[i].span.start);
        let lead = text[sent..t.span.start].trim_end();
        let lead = ["the", "The"]
            .iter()
            .find_map(|d| lead.strip_suffix(d))
            .unwrap_or(lead)
            .trim_end();
        lead.is_empty() || lead.ends_with(',') || lead.rsplit([' ', '\n']).next() == Some("and")
    };
    if !(closed || tail.is_some() && opens()) {
        return None;
    }
    let has_tail = tail.is_some();
    match tail {
        Some(TitleTail::Body(o, title_end)) => {
            let org = match doc.kind(o) {
                EntityKind::Organization => unnamed_body_country(doc, o, None),
                _ => None,
            };
            return Some(Affil {
                person: 0,
                title: Some(clean(&text[t.span.start..title_end])),
                org: org.or_else(|| doc.id(o).map(str::to_string)),
                span: Span::new(t.span.start, name.end),
                rule: "affil/title-comma-name",
            });
        }
        Some(TitleTail::Reference(org)) => {
            return Some(Affil {
                person: 0,
                title: Some(clean(&text[t.span.start..comma])),
                org: Some(org),
                span: Span::new(t.span.start, name.end),
                rule: "affil/title-comma-name",
            });
        }
        _ => {}
    }
    let mut p = t.span.start;
    let mut found = org_before(doc, p);
    for _ in 0..3 {
        if found.is_some() {
            break;
        }
        let b = text[line..p].trim_end();
        let w_start = b.rfind(' ').map_or(line, |i| line + i + 1);
        let w = &text[w_start..line + b.len()];
        // Not across "but" or a person's possessive ("but his lawyer"), nor across a word
        // for a body of its own ("Belgrade trade union council leader": the council's).
        if w.is_empty()
            || !w.bytes().all(|c| c.is_ascii_alphabetic() || c == b'-')
            || matches!(
                w,
                "but"
                    | "his"
                    | "her"
                    | "union"
                    | "council"
                    | "committee"
                    | "party"
                    | "association"
                    | "federation"
                    | "board"
                    | "club"
            )
            || doc
                .mention_covering(w_start)
                .is_some_and(|o| !portfolio_party(doc, o))
        {
            break;
        }
        p = w_start;
        found = org_before(doc, p);
    }
    let Some(o) = found.filter(|&o| doc.mentions[o].span.start >= line) else {
        // "a company spokesman, Jo Hale, said": the one firm the article names before.
        return company_word_before(doc, t.span.start).map(|org| Affil {
            person: 0,
            title: Some(clean(t.span.slice(text))),
            org: Some(org),
            span: Span::new(t.span.start, name.end),
            rule: "affil/title-comma-name",
        });
    };
    // "Labour minister, X": a portfolio (a labour ministry), not the party.
    let title = clean(t.span.slice(text));
    if doc.mentions[o].span.slice(text) == "Labour" && title.eq_ignore_ascii_case("minister") {
        return None;
    }
    let title = if has_tail {
        clean(&text[t.span.start..comma])
    } else {
        title
    };
    Some(Affil {
        person: 0,
        title: Some(title),
        org: unnamed_body_country(doc, o, None).or_else(|| doc.id(o).map(str::to_string)),
        span: Span::new(doc.mentions[o].span.start, name.end),
        rule: "affil/title-comma-name",
    })
}

/// What follows a title up to the comma before a name: its remit ("of energy and mines"),
/// the body it belongs to ("of the central bank of Chile", "at Acme Corp"), or a short
/// reference to a body named earlier ("for the Federation").
enum TitleTail {
    Remit,
    /// The body's mention and the end of the title before it.
    Body(usize, usize),
    /// The id of the body referred to.
    Reference(String),
}

/// Reads the words between a title's end and the comma before a name (see [`TitleTail`]):
/// a preposition, up to five lower-case words, and optionally a last preposition and the
/// body's name ending at the comma; nothing else (no clause, no other name).
fn title_tail(doc: &Doc<'_>, from: usize, comma: usize) -> Option<TitleTail> {
    let text = doc.text;
    let tail = text.get(from..comma)?;
    if tail.contains([',', ';', '(', ')', '"', '\u{201c}', '\u{201d}'])
        || tail
            .char_indices()
            .any(|(i, c)| c == '\n' && !wrapped_line(text, from + i))
    {
        return None;
    }
    // Not a capital standing for its country: "Mayor of London, X" is the city's.
    let body = doc
        .mention_ending_at(comma)
        .filter(|&o| matches!(doc.kind(o), EntityKind::Country | EntityKind::Organization))
        .filter(|&o| doc.mentions[o].form != crate::ner::Form::Capital)
        .filter(|&o| doc.mentions[o].span.start > from);
    let words_end = body.map_or(comma, |o| doc.mentions[o].span.start);
    let mut words: Vec<&str> = text[from..words_end].split_whitespace().collect();
    if words
        .first()
        .is_none_or(|w| !matches!(*w, "of" | "for" | "at"))
    {
        return None;
    }
    let remit_word = |w: &&str| {
        w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            && (matches!(*w, "and" | "the") || !FUNCTION_WORDS.contains(w))
    };
    if body.is_none() {
        // A short reference to a body named before: "for the Federation".
        if let Some(r) = short_reference(doc, from, comma) {
            return Some(TitleTail::Reference(r));
        }
        return ((2..=6).contains(&words.len()) && words[1..].iter().all(remit_word))
            .then_some(TitleTail::Remit);
    }
    let o = body?;
    if words.last() == Some(&"the") {
        words.pop();
    }
    let ok = words.len() == 1 || {
        let last = words.len() - 1;
        matches!(words[last], "of" | "for" | "at")
            && last <= 6
            && words[1..last].iter().all(remit_word)
            && words[1..last].iter().any(|w| !matches!(*w, "the" | "and"))
    };
    // The title ends before the last preposition: "head of the central bank".
    let lead = text[from..doc.mentions[o].span.start].trim_end();
    let lead = lead.strip_suffix(" the").unwrap_or(lead);
    let title_end = from + lead.rfind(' ').unwrap_or(0);
    ok.then_some(TitleTail::Body(o, title_end))
}

/// Extends a title with "for Near Eastern Affairs" / "of Defense" (capitalised words only).
fn extend_title(doc: &Doc<'_>, end: usize) -> usize {
    let rest = &doc.text[end..];
    for prep in [" for ", " of "] {
        if let Some(r) = rest.strip_prefix(prep) {
            // "chairman of AFG Industries Inc": a named body is the employer, not the title.
            // So is a city that places one ("co-founder of Amsterdam-based Orion").
            if doc.mention_covering(end + prep.len()).is_some_and(|o| {
                matches!(doc.kind(o), EntityKind::Organization | EntityKind::Country)
                    || doc.kind(o) == EntityKind::Location
                        && doc.text[doc.mentions[o].span.end..].starts_with("-based")
            }) {
                return end;
            }
            let mut e = end + prep.len();
            let mut any = false;
            for w in r.split(' ') {
                let w2 = w.trim_end_matches([',', '.', ';', ':']);
                if w2.chars().next().is_some_and(char::is_uppercase) || (any && w2 == "and") {
                    e += w2.len();
                    any = true;
                    if w2.len() != w.len() {
                        break;
                    }
                    e += 1;
                } else {
                    break;
                }
            }
            if any {
                // (The last word of the text has no space after it: "... of Acme Inc.\n".)
                let e = doc.text[..e.min(doc.text.len())].trim_end().len();
                let e = if doc.text[..e].ends_with(" and") {
                    e - 4
                } else {
                    e
                };
                return e;
            }
        }
    }
    end
}

/// "central bank president Jo Hale", "central bank governor Jo Hale": a title right after
/// the lower-case "central bank", with no body of its own: an office of the home country.
fn central_bank_title(text: &str, a: &Affil) -> bool {
    a.org.is_none()
        && a.rule == "affil/title+name"
        && a.title.as_deref().is_some_and(|t| {
            matches!(
                t.to_ascii_lowercase().as_str(),
                "president" | "governor" | "chairman" | "head" | "deputy governor"
            )
        })
        && central_bank_before(text, a.span.start)
}

/// True when "central bank" (any case) ends right before `pos`.
fn central_bank_before(text: &str, pos: usize) -> bool {
    text[..pos]
        .trim_end()
        .to_ascii_lowercase()
        .ends_with("central bank")
}

/// The portfolio of a minister's or secretary's title, lower case: "finance" of "Finance
/// Minister", "Minister of Finance" or "finance secretary"; "home" of "Home Secretary". None
/// for a post that heads no ministry (prime minister, secretary-general, press secretary), a
/// shadow post and a deputy's or junior post ("deputy finance minister" is still of it).
fn portfolio(title: &str) -> Option<String> {
    let t = title.to_ascii_lowercase();
    let t = t
        .strip_prefix("former ")
        .unwrap_or(&t)
        .trim_start_matches("deputy ")
        .trim_start_matches("acting ");
    if t.starts_with("shadow") {
        return None;
    }
    let p = [
        "minister of ",
        "minister for ",
        "secretary of ",
        "secretary for ",
    ]
    .iter()
    .find_map(|h| t.strip_prefix(h))
    .or_else(|| {
        t.strip_suffix(" minister")
            .or_else(|| t.strip_suffix(" secretary"))
    })?
    .trim();
    let p = p.strip_prefix("state for ").unwrap_or(p);
    let none = matches!(
        p,
        "" | "prime"
            | "chief"
            | "first"
            | "general"
            | "press"
            | "private"
            | "permanent"
            | "cabinet"
            | "state"
            | "junior"
            | "assistant"
            | "under"
            | "company"
            | "executive"
            | "party"
            | "the"
    ) || p.contains("general");
    (!none && p.split(' ').count() <= 3).then(|| p.to_string())
}

/// "Finance Minister X" in an article that names the "Finance Ministry" (or the "Ministry of
/// Finance", "Home Secretary" and the "Home Office"): X is of that ministry too. Only when
/// exactly one ministry of the article fits the portfolio, and not one of another country
/// than the one the text gives X.
fn portfolio_ministries(doc: &Doc<'_>, out: &mut Vec<Affil>) {
    // Each post's portfolio, read once (the rival test below compares them pairwise).
    let portfolios: Vec<Option<String>> = out
        .iter()
        .map(|a| a.title.as_deref().and_then(portfolio))
        .collect();
    if portfolios.iter().all(Option::is_none) {
        return;
    }
    // The article's organisations, lower case without a leading "the", and its dominant
    // country: the same for every post, so made once.
    let orgs: Vec<(usize, String)> = (0..doc.res.entities.len())
        .filter(|&e| doc.res.entities[e].kind == EntityKind::Organization)
        .map(|e| {
            let name = doc.res.entities[e].name.to_lowercase();
            let name = name
                .strip_prefix("the ")
                .map_or(name.clone(), str::to_string);
            (e, name)
        })
        .collect();
    let mut dominant: Option<Option<String>> = None;
    let mut added = Vec::new();
    for (i, a) in out.iter().enumerate() {
        let Some(p) = portfolios[i].as_ref() else {
            continue;
        };
        // "shadow home secretary X" where the title matched leaves "shadow" out.
        let before = doc.text[..a.span.start].trim_end();
        if before.len() >= 6 && before[before.len() - 6..].eq_ignore_ascii_case("shadow") {
            continue;
        }
        let forms = [
            format!("{p} ministry"),
            format!("ministry of {p}"),
            format!("ministry for {p}"),
            format!("{p} office"),
            format!("{p} department"),
            format!("department of {p}"),
            format!("department for {p}"),
            format!("ministry of the {p}"),
            format!("department of the {p}"),
        ];
        let fits: Vec<usize> = orgs
            .iter()
            .filter(|(_, name)| {
                forms.iter().any(|f| {
                    name == f
                        || name
                            .strip_suffix(f.as_str())
                            .is_some_and(|front| front.ends_with(' '))
                })
            })
            .map(|&(e, _)| e)
            .collect();
        let [m] = fits.as_slice() else {
            continue;
        };
        let id = &doc.res.entities[*m].id;
        if a.org.as_deref() == Some(id.as_str()) {
            continue;
        }
        // The ministry's country: the lexicon's, else one its name holds ("French Finance
        // Ministry"), else (a bare "Finance Ministry") the article's dominant one.
        let rec = &doc.pipeline.recognizer;
        let home = doc
            .lexicon_attr(*m, "country")
            .map(str::to_string)
            .or_else(|| {
                rec.country_in_name(&doc.res.entities[*m].name)
                    .map(|ci| rec.entities[ci].id.clone())
            });
        let bare = home.is_none();
        let home = home.or_else(|| {
            dominant
                .get_or_insert_with(|| dominant_country(doc))
                .clone()
        });
        let given = a.org.as_deref().filter(|o| o.starts_with("country:"));
        let fits = match (a.org.as_deref(), home.as_deref(), given) {
            (None, _, _) => true,
            (Some(_), Some(h), Some(g)) => h == g,
            _ => false,
        };
        // A bare ministry in an article with ministers of that portfolio from two countries
        // is either's.
        let rival = bare
            && out.iter().zip(&portfolios).any(|(b, bp)| {
                b.person != a.person
                    && b.org.as_deref().is_some_and(|o| o.starts_with("country:"))
                    && b.org != a.org
                    && bp.as_ref() == Some(p)
            });
        if !fits || rival {
            continue;
        }
        added.push(Affil {
            person: a.person,
            title: a.title.clone(),
            org: Some(id.clone()),
            span: a.span,
            rule: "affil/portfolio-ministry",
        });
    }
    // A body found for a post that had none replaces the empty one.
    for n in added {
        match out
            .iter_mut()
            .find(|a| a.person == n.person && a.org.is_none() && a.span == n.span)
        {
            Some(a) => *a = n,
            None => out.push(n),
        }
    }
}

/// Heads of posts called "commissioner" that belong to no commission: a police, fire or
/// prisons commissioner, a diplomat ("High Commissioner"), a sports league's head.
const LONE_COMMISSIONERS: &[&str] = &[
    "police",
    "fire",
    "prisons",
    "prison",
    "high",
    "county",
    "city",
    "league",
    "baseball",
    "football",
    "nfl",
    "nba",
    "mlb",
    "nhl",
    "tax",
    "insurance",
    "information",
    "children's",
    "assistant",
    "deputy",
];

/// "Agriculture Commissioner X" in an article that names the European Commission: a
/// commissioner with a portfolio and no body of their own sits on the one commission the
/// article names (none when it names two, or none).
fn commission_members(doc: &Doc<'_>, out: &mut [Affil]) {
    // The portfolio is in the title ("Trade Commissioner") or the capitalised word right
    // before it ("Agriculture Commissioner" where the title matched "Commissioner").
    let post = |a: &Affil| {
        let Some(title) = a.title.as_deref().filter(|_| a.org.is_none()) else {
            return false;
        };
        let t = title.to_ascii_lowercase();
        let t = t.strip_prefix("former ").unwrap_or(&t);
        let Some(portfolio) = t.strip_suffix("commissioner").map(str::trim_end) else {
            return false;
        };
        let first = match portfolio.split(' ').next().filter(|w| !w.is_empty()) {
            Some(w) => w.to_string(),
            None => match doc.text[..a.span.start]
                .trim_end_matches([' ', '\n'])
                .rsplit([' ', '\n'])
                .next()
                .filter(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
            {
                Some(w) => w.to_ascii_lowercase(),
                None => return false,
            },
        };
        !LONE_COMMISSIONERS.contains(&first.as_str())
    };
    if !out.iter().any(post) {
        return;
    }
    let Some(c) = doc.sole_org(|name| name.rsplit(' ').next() == Some("Commission")) else {
        return;
    };
    for a in out.iter_mut().filter(|a| post(a)) {
        a.org = Some(doc.res.entities[c].id.clone());
    }
}

/// Words naming a country's party to talks: "the Ruritanian team", "Ruritania's delegation".
const DELEGATION_NOUNS: &[&str] = &["team", "delegation", "negotiators", "mission", "side"];

/// "The Ruritanian team, headed by Finance Minister X and Central Bank Governor Y, will ...":
/// the titled people who head or make up a country's delegation are of that country. The
/// country is a demonym or a possessive at most two words before a delegation noun, which
/// "headed by", "led by" or "including" follows; between that cue and the title only names,
/// titles, commas and "and" (no clause stop).
fn delegation_members(doc: &Doc<'_>, out: &mut Vec<Affil>) {
    let text = doc.text;
    // (A body the recogniser made before the title, "Central Bank Governor Y", keeps its row;
    // the country comes as a row of its own.)
    let employer = |a: &Affil| {
        a.org.as_deref().is_some_and(|id| {
            (0..doc.mentions.len())
                .any(|k| doc.id(k) == Some(id) && doc.mentions[k].rule == crate::ner::EMPLOYER)
        })
    };
    let mut more = Vec::new();
    for a in out
        .iter_mut()
        .filter(|a| (a.org.is_none() || employer(a)) && a.title.is_some())
    {
        let Some(s) = doc.sentence_at(a.span.start) else {
            continue;
        };
        let seg = &text[doc.sentences[s].span.start..a.span.start];
        // The last cue of the sentence before the title (words split at any white space:
        // wire copy breaks lines anywhere).
        let words: Vec<(usize, &str)> = seg
            .split_ascii_whitespace()
            .map(|w| (w.as_ptr() as usize - seg.as_ptr() as usize, w))
            .collect();
        let Some(i) = (1..words.len()).rev().find(|&i| {
            words[i].1 == "including"
                || words[i].1 == "by" && matches!(words[i - 1].1, "headed" | "led")
        }) else {
            continue;
        };
        let cue = words[if words[i].1 == "by" { i - 1 } else { i }].0;
        let between = &seg[words[i].0 + words[i].1.len()..];
        if between.contains(['.', ';', ':', '"', '(', '\u{201c}'])
            || between.split_whitespace().count() > 12
        {
            continue;
        }
        let group = seg[..cue].trim_end().trim_end_matches(',');
        let Some((head, noun)) = group.rsplit_once(|c: char| c.is_ascii_whitespace()) else {
            continue;
        };
        if !DELEGATION_NOUNS.contains(&noun.to_ascii_lowercase().as_str()) {
            continue;
        }
        // The country within two words before the noun ("the Nigerian debt team",
        // "Nigeria's delegation").
        let from = doc.sentences[s].span.start;
        let near = head
            .char_indices()
            .rev()
            .filter(|&(_, c)| c.is_ascii_whitespace())
            .nth(2)
            .map_or(0, |(i, _)| i + 1);
        let span = Span::new(from + near, from + head.len());
        let Some(k) = doc
            .mentions_in(span)
            .into_iter()
            .rfind(|&k| doc.kind(k) == EntityKind::Country)
        else {
            continue;
        };
        let tail = text[doc.mentions[k].span.end..from + head.len()]
            .trim_start_matches(['\'', '\u{2019}', 's']);
        if tail
            .split_whitespace()
            .any(|w| !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
        {
            continue;
        }
        let country = doc.id(k).map(str::to_string);
        if a.org.is_none() {
            a.org = country;
        } else {
            more.push(Affil {
                org: country,
                title: a.title.clone(),
                ..*a
            });
        }
    }
    out.extend(more);
}

/// "Chile's finance minister Jo Hale and director of public finance Ana Ruiz": a title and
/// name right after "and" with no body of their own take the country of the title and name
/// right before the "and", when a country opens that one ("Chile's", "Chilean") or it is a
/// central bank's ("central bank president X and director of public finance Y"). Not for an
/// occupation, an honorific or a state's office ("and author Professor X", "and Governor X"),
/// a minister beside a country without ministers, nor the two sides of "talks between A
/// and B".
fn share_coordinated_country(doc: &Doc<'_>, out: &mut [Affil]) {
    let text = doc.text;
    for i in 0..out.len() {
        let a = &out[i];
        let Some(title) = a.title.as_deref() else {
            continue;
        };
        let t = title.to_ascii_lowercase();
        let honorific = t.split([' ', '-']).any(|w| {
            matches!(
                w,
                "professor"
                    | "prof."
                    | "dr"
                    | "dr."
                    | "sir"
                    | "dame"
                    | "lord"
                    | "lady"
                    | "governor"
                    | "gov."
                    | "mayor"
                    | "senator"
                    | "sen."
                    | "sens."
            )
        });
        let between = doc
            .sentence_at(a.span.start)
            .is_some_and(|s| text[doc.sentences[s].span.start..a.span.start].contains("between "));
        if a.org.is_some()
            || a.rule != "affil/title+name"
            || private_occupation(title)
            || honorific
            || between
        {
            continue;
        }
        let Some(q) = text[..a.span.start]
            .strip_suffix(" and ")
            .map(|b| b.trim_end_matches(',').len())
        else {
            continue;
        };
        let Some(prev) = doc
            .mention_ending_at(q)
            .filter(|&o| doc.kind(o) == EntityKind::Person)
            .and_then(|o| doc.res.entity_of[o])
        else {
            continue;
        };
        let country = out.iter().find_map(|b| {
            let opened = doc
                .mention_covering(b.span.start)
                .is_some_and(|o| doc.kind(o) == EntityKind::Country)
                || central_bank_before(text, b.span.start);
            (b.person == prev
                && b.span.end == q
                && opened
                && matches!(b.rule, "affil/title+name" | "affil/government+name"))
            .then_some(b.org.as_ref())
            .flatten()
            .filter(|o| o.starts_with("country:"))
            .filter(|o| !(ministerial(title) && NO_MINISTERS.contains(&o.as_str())))
            .cloned()
        });
        if let Some(c) = country.filter(|_| out[i].person != prev) {
            out[i].org = Some(c);
            out[i].rule = "affil/coordinated";
        }
    }
}

/// A firm's officer by the title alone: "chairman", "chief executive officer", "spokeswoman",
/// "president" or "treasurer" in lower case (not "President X", a head of state, nor
/// "Treasurer X", a minister).
fn company_officer(title: &str) -> bool {
    matches!(title, "president" | "treasurer")
        || matches!(
            &*crate::text::lower_cow(title),
            "chairman"
                | "chairwoman"
                | "chief executive"
                | "chief executive officer"
                | "chief financial officer"
                | "chief operating officer"
                | "vice president"
                | "executive vice president"
                | "senior vice president"
                | "managing director"
                | "spokesman"
                | "spokeswoman"
                | "spokesperson"
        )
}

/// "..., chairman Allan Reed said", "Ana Ruiz, chairman and chief executive officer, said": a
/// firm's officer named by the title alone, no body given, where the article names one firm before (a company of the
/// lexicon or a name ending in a legal form): the firm's own report naming its officer. Not a
/// widely known person (a lexicon entry), nor one another statement gives a body.
fn bare_officer(doc: &Doc<'_>, out: &mut [Affil]) {
    for i in 0..out.len() {
        let a = &out[i];
        if !matches!(a.rule, "affil/title+name" | "affil/apposition")
            || a.org.is_some()
            || !a
                .title
                .as_deref()
                .is_some_and(|t| t.split(" and ").all(company_officer))
            || lexicon_entry(doc, a.person).is_some()
            || out.iter().any(|b| b.person == a.person && b.org.is_some())
        {
            continue;
        }
        let Some(org) = one_body_before(doc, "company", a.span.start) else {
            continue;
        };
        if bare_context(doc, a, &org) {
            out[i].org = Some(org);
            out[i].rule = "affil/company-officer";
        }
    }
}

/// The title of `a` stands alone: before a title before the name, punctuation (not a bracket's
/// close: "Bundesbank (central bank) president X"), a function or reporting word ("said
/// chairman X", "its chief executive X") or a word of the firm `org`'s own name ("Coastal
/// chairman X"), not a description ("deposed president X") or another possessor ("May's
/// chairman X"); after an apposition's title, its end or a verb ("X, chairman, said"), not a
/// body ("X, chairman of the Mozilla foundation,").
fn bare_context(doc: &Doc<'_>, a: &Affil, org: &str) -> bool {
    let text = doc.text;
    if a.rule == "affil/apposition" {
        // (Past more title words: "X, chairman and chief executive officer, said".)
        let rest = &text[a.span.end..];
        let cut = rest.find([',', '.']).unwrap_or(rest.len());
        if rest[..cut].split_whitespace().any(|w| {
            !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                || matches!(w, "of" | "for" | "at" | "with" | "in" | "from")
        }) {
            return false;
        }
        let rest = &rest[cut..];
        let rest = rest.strip_prefix(',').unwrap_or(rest).trim_start();
        let next = rest.split([' ', '\n', ',', '.']).next().unwrap_or("");
        return rest.starts_with('.')
            || matches!(
                next,
                "said"
                    | "says"
                    | "told"
                    | "added"
                    | "also"
                    | "will"
                    | "would"
                    | "has"
                    | "had"
                    | "is"
                    | "was"
                    | "who"
            );
    }
    let before = text[..a.span.start].trim_end();
    let Some(last) = before.chars().next_back() else {
        return true;
    };
    // (A full stop only as the previous sentence's end, not "Ashland Oil, Inc. chairman X".)
    if !last.is_alphanumeric() {
        return last != ')'
            && (last != '.'
                || doc
                    .sentence_at(a.span.start)
                    .is_some_and(|i| doc.sentences[i].span.start >= before.len()));
    }
    let w = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    if w.starts_with(|c: char| c.is_uppercase()) {
        let name = doc
            .res
            .entities
            .iter()
            .find(|e| e.id == org)
            .map_or("", |e| e.name.as_str());
        let w = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("\u{2019}s"))
            .unwrap_or(w);
        return name.split(' ').any(|n| n == w);
    }
    FUNCTION_WORDS.contains(&w)
        || matches!(
            w,
            "said"
                | "says"
                | "and"
                | "also"
                | "added"
                | "its"
                | "group"
                | "company"
                | "board"
                | "joint"
                | "when"
                | "because"
        )
}

/// A well-known person's own body or country and party, from the lexicon (`org=`, `party=`),
/// when the article itself names that body: "Labour" in an article on a Labour prime minister,
/// "Britain" in one on its prime minister.
/// Stated at the person's first mention; nothing when a rule above already gave that pair.
fn known_bodies(doc: &Doc<'_>, out: &mut Vec<Affil>) {
    let named: std::collections::BTreeSet<&str> =
        (0..doc.mentions.len()).filter_map(|k| doc.id(k)).collect();
    let mut first: std::collections::BTreeMap<usize, Span> = std::collections::BTreeMap::new();
    // Persons the article names in full, under their lexicon title ("President Reagan"), more
    // than once, or at least once inside a sentence: a lone capitalised word opening a sentence
    // is too weak ("Major gains in futures were posted" is not the prime minister).
    let mut seen: std::collections::BTreeMap<usize, (usize, bool)> = Default::default();
    // Persons the text itself calls by their lexicon title ("President Reagan"): the office
    // is stated, whatever the article's date.
    let mut titled: std::collections::BTreeSet<usize> = Default::default();
    for (k, m) in doc.mentions.iter().enumerate() {
        if m.kind == EntityKind::Person {
            if let Some(ei) = doc.res.entity_of[k] {
                first.entry(ei).or_insert(m.span);
                let opens = doc.sentence_at(m.span.start).is_some_and(|i| {
                    doc.text[doc.sentences[i].span.start..m.span.start]
                        .trim_start_matches(|c: char| !c.is_alphanumeric())
                        .is_empty()
                });
                let titled_here = lexicon_title_before(doc, ei, m.span.start);
                if titled_here {
                    titled.insert(ei);
                }
                let strong = doc.text[m.span.start..m.span.end].contains(char::is_whitespace)
                    || titled_here
                    || !opens;
                let e = seen.entry(ei).or_insert((0, false));
                e.0 += 1;
                e.1 |= strong;
            }
        }
    }
    let full: std::collections::BTreeSet<usize> = seen
        .into_iter()
        .filter(|&(_, (n, strong))| strong || n > 1)
        .map(|(ei, _)| ei)
        .collect();
    for (ei, span) in first {
        let Some(e) = lexicon_entry(doc, ei) else {
            continue;
        };
        for key in ["org", "party"] {
            let Some(org) = e.attrs.get(key) else {
                continue;
            };
            // Not a city's office (a mayor's): the lexicon's office may postdate the article
            // (a candidate, a former minister). A country stays the person's country whatever
            // the office, so a leader named in an article that names the country is its member.
            // Another state body the text itself gives the person is the office of the
            // article's day ("Treasury Secretary James Baker" where the lexicon has him at the
            // State Department, "Sen. Marco Rubio" where it has him at the State Department;
            // "FBI general counsel James Baker" is a namesake).
            let state_body = |o: &str| {
                matches!(
                    doc.lexicon_attr_of(o, "type"),
                    Some("government" | "intelligence" | "legislature")
                )
            };
            let stated_body = key == "org"
                && state_body(org)
                && out.iter().any(|a| {
                    a.person == ei && a.org.as_deref().is_some_and(|o| o != org && state_body(o))
                });
            if org.starts_with("loc:")
                || stated_body
                || (org.starts_with("country:")
                    && (!full.contains(&ei) || (!titled.contains(&ei) && out_of_office(doc, e))))
                || !named.contains(org.as_str())
                || out.iter().any(|a| {
                    a.person == ei
                        && (a.org.as_ref() == Some(org)
                            || (org.starts_with("country:")
                                && a.org.as_ref().is_some_and(|o| o.starts_with("country:"))))
                })
            {
                continue;
            }
            out.push(Affil {
                person: ei,
                title: None,
                org: Some(org.clone()),
                span,
                rule: "affil/known",
            });
        }
    }
}

/// True when the article is dated outside every span of years the lexicon gives the person's
/// national office (`in_office=1981-1989|2001-`): a candidate before taking office or a past
/// president in a later story ("Reagan's tax cuts" in 2016) holds no office of the article's day.
fn out_of_office(doc: &Doc<'_>, e: &EntityEntry) -> bool {
    let (Some(spans), Some(date)) = (e.attrs.get("in_office"), doc.article.meta.published) else {
        return false;
    };
    let year = chrono::Datelike::year(&date);
    !spans.split('|').any(|span| {
        let (from, to) = span.split_once('-').unwrap_or((span, span));
        let from = from.trim().parse::<i32>().unwrap_or(i32::MIN);
        let to = to.trim().parse::<i32>().unwrap_or(i32::MAX);
        (from..=to).contains(&year)
    })
}

/// "Fox News' Megyn Kelly", "CNN's Jake Tapper": a news outlet or a company (of the lexicon)
/// whose possessive stands right before the name at `start`. Not a person's or a country's
/// ("Trump's Mike Pence", "Russia's Putin" say nothing of employment).
fn possessing_firm(doc: &Doc<'_>, start: usize) -> Option<usize> {
    let before = &doc.text[..start];
    let stem = before
        .strip_suffix("'s ")
        .or_else(|| before.strip_suffix("\u{2019}s "))
        .or_else(|| before.strip_suffix("' "))
        .or_else(|| before.strip_suffix("\u{2019} "))?;
    let o = doc.mention_ending_at(stem.len())?;
    let e = doc.res.entity_of[o]?;
    (doc.kind(o) == EntityKind::Organization
        && matches!(doc.lexicon_type(e), Some("media" | "company")))
    .then_some(o)
}

/// The lexicon's entry for the article's entity `ei`, when its id is a lexicon id.
fn lexicon_entry<'a>(doc: &Doc<'a>, ei: usize) -> Option<&'a EntityEntry> {
    let rec = &doc.pipeline.recognizer;
    rec.by_id
        .get(doc.res.entities[ei].id.as_str())
        .map(|&li| &rec.entities[li])
}

/// True when the words right before `at` are the lexicon title of entity `ei`, a widely known
/// person ("President Reagan"), compared without case.
fn lexicon_title_before(doc: &Doc<'_>, ei: usize, at: usize) -> bool {
    let Some(title) = lexicon_entry(doc, ei).and_then(|e| e.attrs.get("title")) else {
        return false;
    };
    let before = doc.text[..at].trim_end_matches(' ');
    before.len() < at
        && before.len() >= title.len()
        && before.is_char_boundary(before.len() - title.len())
        && before[before.len() - title.len()..].eq_ignore_ascii_case(title)
        && !before[..before.len() - title.len()].ends_with(char::is_alphanumeric)
}

pub(crate) fn find(doc: &Doc<'_>) -> Vec<Affil> {
    let mut out = Vec::new();
    let text = doc.text;
    for (k, m) in doc.mentions.iter().enumerate() {
        if m.kind != EntityKind::Person {
            continue;
        }
        let Some(ei) = doc.res.entity_of[k] else {
            continue;
        };
        let sent = doc
            .sentence_at(m.span.start)
            .map(|i| doc.sentences[i].span)
            .unwrap_or(m.span);

        // Pre-modifier titles: the zone of title words right before the name.
        let zone_start = {
            let mut s = m.span.start;
            let before = &text[sent.start..m.span.start];
            // Walk back over words without punctuation, at most 12 words.
            let mut words = 0;
            for (i, c) in before.char_indices().rev() {
                // A line wrapped inside a sentence ("U.S. Treasury\nSecretary James Baker",
                // wire copy) joins words like a space; a blank line or an indented one opens
                // a new paragraph.
                let wrap = c == '\n' && wrapped_line(text, sent.start + i);
                if matches!(c, ',' | ';' | ':' | '(' | ')' | '"' | '“' | '”' | '\n') && !wrap {
                    break;
                }
                if c == ' ' || wrap {
                    words += 1;
                    if words > 12 {
                        break;
                    }
                }
                s = sent.start + i;
            }
            s
        };
        let zone = Span::new(zone_start, m.span.start);
        let zone_titles: Vec<&crate::ner::TitleMatch> = doc
            .titles
            .iter()
            .filter(|t| zone.contains(t.span) && t.span.end <= m.span.start)
            .collect();
        // Only if the last title is adjacent to the name (title + name).
        let adjacent = zone_titles.last().is_some_and(|t| {
            let gap = &text[t.span.end..m.span.start];
            gap.trim().is_empty() || remit_gap(gap)
        }) || m.title.is_some();
        if adjacent && !zone_titles.is_empty() {
            // Contiguous block of titles right before the name, joined by lowercase words.
            let last = zone_titles.last().unwrap();
            // Each link of the block is at most a joining word ("president and chief
            // operating officer", "deputy"), never a clause ("official said he believed
            // President X").
            let mut first = *last;
            for t in zone_titles.iter().rev().skip(1) {
                let gap = text.get(t.span.end..first.span.start).unwrap_or("");
                if !title_joiner(gap) {
                    break;
                }
                first = *t;
            }
            let first = &first;
            // "senior deputy governor X", "Deputy Prime Minister X": a title word right before
            // another title only qualifies it; the body is the second's.
            let qualifier = text[first.span.end..].starts_with(' ')
                && zone_titles
                    .iter()
                    .any(|t| t.span.start == first.span.end + 1)
                || rank_deputy(doc, first);
            let primary =
                if doc.pipeline.recognizer.title_list[first.index].2.is_some() && !qualifier {
                    first
                } else {
                    last
                };
            let title = past_title(
                text,
                zone.start,
                first.span.start,
                shadow_title(
                    text,
                    zone.start,
                    first.span.start,
                    clean(primary.span.slice(text)),
                ),
            );
            let category = doc.pipeline.recognizer.title_list[primary.index].1.as_str();
            let state_post = matches!(
                category,
                "government" | "diplomat" | "military" | "legislature"
            );
            // "Belgian Foreign Trade Minister X": up to three portfolio words between the
            // country or body and the title. A capitalised word before a post outside the
            // state's service ("Swiss Re chief executive X", "French Open champion X",
            // "American Securities analyst X") ends the name of a body the recogniser missed:
            // the country only opens that name.
            // (A title written in lower case: a capitalised one after capitalised words is an
            // office's name, "U.S. District Judge X", "U.S. Budget Director X".)
            let opened_body = |capitalised: bool| {
                capitalised
                    && !state_post
                    && !matches!(category, "judicial" | "royal" | "religious")
                    && text[first.span.start..].starts_with(|c: char| c.is_ascii_lowercase())
            };
            let before = org_before(doc, first.span.start).or_else(|| {
                let mut p = first.span.start;
                let mut capitalised = false;
                for _ in 0..3 {
                    let b = text[zone.start..p].trim_end();
                    let w_start = b.rfind(' ').map_or(zone.start, |i| zone.start + i + 1);
                    let w = &text[w_start..zone.start + b.len()];
                    if w.is_empty()
                        || !w.bytes().all(|c| c.is_ascii_alphabetic())
                        || doc
                            .mention_covering(w_start)
                            .is_some_and(|o| !portfolio_party(doc, o))
                        || !portfolio_word(w)
                    {
                        break;
                    }
                    // (Not a body of its own joined by "and": "Ireland and Munster lock X";
                    // not "TV": "US TV presenter X".)
                    capitalised = w.starts_with(|c: char| c.is_ascii_uppercase()) && w != "TV"
                        || capitalised && !matches!(w, "and" | "&");
                    p = w_start;
                    if let Some(o) = org_before(doc, p) {
                        return (doc.kind(o) != EntityKind::Country || !opened_body(capitalised))
                            .then_some(o);
                    }
                }
                None
            });
            // "London investor X", "Tokyo economist X", "Madrid president X": a capital before
            // a post outside the state's service is the city, not the country.
            let before = before.filter(|&o| {
                doc.kind(o) != EntityKind::Country
                    || doc.mentions[o].form != crate::ner::Form::Capital
                    || state_post && !clean(primary.span.slice(text)).eq_ignore_ascii_case("mayor")
            });
            // "Screen International's US editor X", "its UK chief executive X": a country
            // between a body's possessive (or "its") and the title is the post's remit; the
            // body is the possessor's.
            let before = match before.filter(|&o| doc.kind(o) == EntityKind::Country) {
                Some(c) => {
                    let lead = text[..doc.mentions[c].span.start].trim_end();
                    if lead.ends_with(" its") || lead.ends_with(" their") {
                        None
                    } else {
                        org_before(doc, doc.mentions[c].span.start)
                            .filter(|&o| {
                                doc.kind(o) == EntityKind::Organization
                                    && text[doc.mentions[o].span.end..]
                                        .starts_with(['\'', '\u{2019}'])
                            })
                            .or(Some(c))
                    }
                }
                None => before,
            };
            // "Lib Dem Treasury spokesman X", "Labour's Treasury spokesman X": a department
            // after a party is the portfolio of the party's spokesman; the party is the body.
            let spokesman = matches!(
                clean(primary.span.slice(text))
                    .to_ascii_lowercase()
                    .as_str(),
                "spokesman" | "spokeswoman" | "spokesperson"
            );
            let party = |e: usize| doc.lexicon_type(e) == Some("party");
            let before = before.map(|o| {
                if !spokesman
                    || doc.kind(o) != EntityKind::Organization
                    || doc.res.entity_of[o].is_none_or(party)
                {
                    return o;
                }
                org_before(doc, doc.mentions[o].span.start)
                    .filter(|&p| doc.res.entity_of[p].is_some_and(party))
                    .unwrap_or(o)
            });
            // "Treasury Secretary James Baker": a body named inside the title phrase.
            let inside = doc
                .mentions_in(Span::new(first.span.start, last.span.end))
                .into_iter()
                .find(|&o| doc.kind(o) == EntityKind::Organization);
            // "President Halvor Brandt of Norway": the body or country after the name.
            let of_after = text[m.span.end..]
                .starts_with(" of ")
                .then(|| org_after(doc, m.span.end, sent.end))
                .flatten()
                // Not "of Thailand's Board of Investment": that names the board.
                .filter(|&o| !text[doc.mentions[o].span.end..].starts_with(['\'', '\u{2019}']));
            // "Tulsa police Chief X": an organisation whose name the title's first word ends.
            let overlapping = doc.mention_covering(first.span.start).filter(|&o| {
                doc.kind(o) == EntityKind::Organization
                    && doc.mentions[o].span.start < first.span.start
            });
            // "Indiana Gov. X", "the Vermont senator X": a state or region right before the
            // title is the person's constituency, before any body the title implies.
            let place = place_before(doc, first.span.start)
                .filter(|_| !private_occupation(&clean(first.span.slice(text))));
            let org_mention = before
                .filter(|&o| doc.kind(o) == EntityKind::Organization)
                .or(overlapping)
                .or(inside)
                .or(of_after)
                .or(place)
                .or_else(|| reporting_firm(doc, first.span.start, &title));
            // "Treasury Secretary X", "Peruvian central bank president X": a body the text
            // never names stands for its country.
            let org = org_mention
                .and_then(|o| unnamed_body_country(doc, o, Some(ei)))
                .or_else(|| org_mention.and_then(|o| doc.id(o).map(str::to_string)))
                .or_else(|| portfolio_department(doc, &title, first.span.start, zone.start))
                .or_else(|| company_word_before(doc, first.span.start))
                .or_else(|| party_demonym_before(doc, first.span.start, zone.start))
                .or_else(|| {
                    (!rank_deputy(doc, primary)).then(|| {
                        implied_org(doc, ei, primary.index, Span::new(zone.start, m.span.end))
                    })?
                })
                .or_else(|| before.and_then(|o| doc.id(o).map(str::to_string)))
                .or_else(|| article_party(doc, first.span.start, zone.start));
            let span = Span::new(
                org_before(doc, first.span.start)
                    .map(|o| doc.mentions[o].span.start)
                    .unwrap_or(first.span.start),
                m.span.end,
            );
            // "U.S. Treasury Secretary James Baker", "Argentine Treasury Secretary X": a
            // minister of a country's government body serves that country too.
            let country = org_mention
                .filter(|&o| {
                    let end = last.span.end.max(first.span.end);
                    !text[zone.start..first.span.start]
                        .to_ascii_lowercase()
                        .contains("shadow")
                        && text
                            .get(first.span.end..last.span.start)
                            .is_none_or(|g| g.trim().is_empty())
                        // (Any officer of a national bank: "Central Bank Governor X".)
                        && (national_office(&clean(&text[first.span.start..end]))
                            || doc.mentions[o].rule == crate::ner::EMPLOYER)
                })
                .and_then(|o| government_country(doc, o));
            out.push(Affil {
                person: ei,
                title: Some(title.clone()),
                org,
                span,
                rule: "affil/title+name",
            });
            if let Some(c) = country {
                out.push(Affil {
                    person: ei,
                    title: Some(title),
                    org: Some(c),
                    span,
                    rule: "affil/government+name",
                });
            }
        }

        // "Democrat Hillary Clinton": a party's adjective right before the name; "MSNBC's Joe
        // Scarborough": a body's possessive.
        if zone_titles.is_empty() {
            let before = org_before(doc, m.span.start).and_then(|o| {
                let gap = &text[doc.mentions[o].span.end..m.span.start];
                let party = gap == " "
                    && (doc.mentions[o].form == crate::ner::Form::Demonym || member_alias(doc, o));
                let possessor = gap == "'s " || gap == "’s ";
                let org = doc.kind(o) == EntityKind::Organization;
                // "Britain's Jo Hale", "Kenyan Jo Hale": a country by its name or its
                // demonym (not its capital: "Washington's Jo Hale" is a city's).
                let country = doc.kind(o) == EntityKind::Country
                    && doc.mentions[o].form != crate::ner::Form::Capital
                    && (possessor && doc.mentions[o].form == crate::ner::Form::Name || party)
                    && nationality_context(doc, o, m.span.end)
                    && plain_person_name(doc, ei, m.span);
                let rule = match (org, party) {
                    (true, true) => "affil/party+name",
                    (true, false) => "affil/possessor+name",
                    (false, true) => "affil/demonym+name",
                    (false, false) => "affil/country+name",
                };
                ((party || possessor) && (org || country)).then_some((o, rule))
            });
            if let Some((o, rule)) = before {
                out.push(Affil {
                    person: ei,
                    title: None,
                    org: doc.id(o).map(str::to_string),
                    span: Span::new(doc.mentions[o].span.start, m.span.end),
                    rule,
                });
            }
        }

        // "Mr Mittal's Acme Holdings merged with": a person's own firm, when a verb or
        // punctuation follows the firm's name (not "Jo Hale's Acme interview").
        let firm_at = text[m.span.end..]
            .strip_prefix("'s ")
            .or_else(|| text[m.span.end..].strip_prefix("’s "))
            .map(|r| text.len() - r.len());
        if let Some(o) = firm_at
            .and_then(|p| {
                doc.mention_covering(p)
                    .filter(|&o| doc.mentions[o].span.start == p)
            })
            .filter(|&o| {
                doc.kind(o) == EntityKind::Organization
                    && doc.res.entities[ei].kind == EntityKind::Person
                    && surname_mention(doc, ei, m.span)
                    && firm_name(doc, o)
                    && owned_firm_context(&text[doc.mentions[o].span.end..])
            })
        {
            out.push(Affil {
                person: ei,
                title: None,
                org: doc.id(o).map(str::to_string),
                span: Span::new(m.span.start, doc.mentions[o].span.end),
                rule: "affil/person's-firm",
            });
        }

        // Apposition: NAME, a/an/the [X's] TITLE [for ...] ,
        let after_raw = &text[m.span.end..];
        let after_ws = after_raw.len() - after_raw.trim_start().len();
        let after = &after_raw[after_ws..];
        let m_end = m.span.end + after_ws;
        // (A comma may end a wrapped line of wire copy: "said Jo Hale,\nAsian Director".)
        let after_comma = after.strip_prefix(", ").or_else(|| {
            after
                .strip_prefix(",\n")
                .filter(|_| wrapped_line(text, m_end + 1))
        });
        if let Some(rest) = after_comma {
            let lower = rest.to_ascii_lowercase();
            // "X, chairman of AFG,", "X, Dominion Textile's president,": no determiner, a
            // title or a possessor first.
            // ... or after up to two modifiers: "X, senior US economist at Y,".
            let modified_title = || {
                let mut p = m_end + 2;
                // "X, endorsed Republican candidate Y": a verb before a body is no modifier.
                let mut body = false;
                let mut verb = false;
                for w in rest.split(' ').take(3) {
                    if doc.titles.iter().any(|t| t.span.start == p) {
                        return p > m_end + 2 && !(body && verb);
                    }
                    // (Only a body after such a word: "X, BMW's group chief executive" has
                    // the body first.)
                    body |= verb
                        && doc
                            .mention_covering(p)
                            .is_some_and(|o| doc.kind(o) == EntityKind::Organization);
                    verb |= w.starts_with(|c: char| c.is_ascii_lowercase()) && !portfolio_word(w);
                    // "X, relieved the Minister of Y": an article after a verb opens its
                    // object (not "X, now the director").
                    if matches!(w, "the" | "a" | "an")
                        && rest[..p - m_end - 2].trim_end().ends_with("ed")
                    {
                        return false;
                    }
                    // "X, former Labour MP for Y,", "X, Texas director of Acme": a country,
                    // a place or a body (a party) may qualify the title too.
                    let modifier = !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase())
                        || doc.mention_covering(p).is_some_and(|o| {
                            matches!(
                                doc.kind(o),
                                EntityKind::Country
                                    | EntityKind::Organization
                                    | EntityKind::Location
                            )
                        })
                        // "X, Asian Director for Y": one capitalised word before a title
                        // written with a capital too.
                        || p == m_end + 2
                            && w.starts_with(|c: char| c.is_ascii_uppercase())
                            && w.bytes().skip(1).all(|b| b.is_ascii_lowercase())
                            && doc.mention_covering(p).is_none()
                            && text[p + w.len()..].starts_with(' ')
                            && text[p + w.len() + 1..].starts_with(|c: char| c.is_uppercase())
                            && doc.titles.iter().any(|t| t.span.start == p + w.len() + 1);
                    if !modifier {
                        return false;
                    }
                    p += w.len() + 1;
                }
                false
            };
            let bare = doc.titles.iter().any(|t| t.span.start == m_end + 2)
                || modified_title()
                || doc.mention_covering(m_end + 2).is_some_and(|o| {
                    matches!(doc.kind(o), EntityKind::Organization | EntityKind::Country)
                        && doc.mentions[o].span.start == m_end + 2
                        && text[doc.mentions[o].span.end..].starts_with(['\'', '\u{2019}'])
                });
            let det = ["a ", "an ", "the "]
                .iter()
                .copied()
                .find(|d| lower.starts_with(*d))
                .or(bare.then_some(""));
            if let Some(det) = det {
                let app_start = m_end + 2 + det.len();
                let app_end = clause_stop(text, m_end + 2, &[',', ';'])
                    .unwrap_or(sent.end)
                    .min(sent.end)
                    .max(app_start);
                let app = Span::new(app_start, app_end);
                // (Not a title word inside a body's name: "the Association of Chief Police
                // Officers' spokesman" is a spokesman.)
                let t = doc
                    .titles
                    .iter()
                    .find(|t| app.contains(t.span) && !inside_body_name(doc, t.span));
                // "after meeting Finance Minister X, the Canadian banker said": a determiner
                // phrase that a reporting verb follows, no comma closing it, is the subject
                // of the next clause, not a description of X.
                let after_object = {
                    let b = &text[sent.start..m.span.start];
                    !b.contains(['"', '\u{201c}', '\u{201d}'])
                        && b.split(' ')
                            .any(|w| !w.is_empty() && w.bytes().all(|c| c.is_ascii_lowercase()))
                };
                let subject_of_next = |t: &crate::ner::TitleMatch| {
                    det == "the "
                        && after_object
                        && !text[app_start..t.span.end].contains(',')
                        && text[t.span.end..]
                            .trim_start()
                            .split(' ')
                            .next()
                            .is_some_and(|w| {
                                matches!(w, "said" | "says" | "told" | "added" | "asked")
                            })
                };
                // "Jacques Chirac, German chancellor Gerhard Schroeder and X met": the title
                // opens the next item of a list of people, it does not describe X.
                let titles_next_person = |t: &crate::ner::TitleMatch| {
                    doc.mentions_in(app).into_iter().any(|o| {
                        doc.kind(o) == EntityKind::Person
                            && doc.mentions[o].span.start >= t.span.end
                            && text[t.span.end..doc.mentions[o].span.start]
                                .trim()
                                .is_empty()
                    })
                };
                if let Some(t) = t.filter(|t| !subject_of_next(t) && !titles_next_person(t)) {
                    // "deputy head of ...", "deputy chief economist at ...": the post that
                    // "deputy" ranks, when a title follows within three words.
                    let lead = t;
                    let t = doc
                        .titles
                        .iter()
                        .find(|x| {
                            rank_deputy(doc, lead)
                                && app.contains(x.span)
                                && x.span.start > lead.span.end
                                && text[lead.span.end..x.span.start].split_whitespace().count() <= 3
                        })
                        .unwrap_or(lead);
                    let tend = extend_title(doc, t.span.end);
                    let title = past_title(
                        text,
                        m_end + 2,
                        lead.span.start,
                        clean(&text[lead.span.start..tend]),
                    );
                    let before = org_before(doc, lead.span.start)
                        .or_else(|| possessor_across_modifiers(doc, lead.span.start, app_start))
                        .filter(|&o| doc.mentions[o].span.start >= app_start);
                    // "chairman and chief executive of GenCorp Inc": after the last title.
                    let after_last = || {
                        let last = doc.titles.iter().rfind(|x| app.contains(x.span))?;
                        org_after(doc, extend_title(doc, last.span.end), app_end)
                    };
                    let body = before
                        .filter(|&o| doc.kind(o) == EntityKind::Organization)
                        .or_else(|| body_opening(doc, app_start, lead.span.start))
                        .or_else(|| org_after(doc, tend, app_end))
                        .or_else(after_last)
                        .or_else(|| org_after_remit(doc, tend, app_end));
                    // "X, the New Jersey governor,", "X, a former Iowa congressman,": the
                    // state a seat holder sits for, beside the body the title implies.
                    if let Some(state) = place_before(doc, lead.span.start)
                        .filter(|&o| doc.mentions[o].span.start >= app_start)
                        .filter(|&o| seat_title(&title) && province(doc, o))
                        // (The description ends there: not "Against X, the Ohio governor
                        // earned ..." nor a title opening the next name of a list.)
                        .filter(|_| {
                            let rest = text[tend..].trim_start();
                            rest.is_empty()
                                || rest.starts_with([',', '.', ';', ')', ':'])
                                || rest.starts_with("who ")
                                || rest.starts_with("and ")
                        })
                        .and_then(|o| doc.id(o))
                    {
                        out.push(Affil {
                            person: ei,
                            title: Some(title.clone()),
                            org: Some(state.to_string()),
                            span: Span::new(m.span.start, tend),
                            rule: "affil/seat-of-state",
                        });
                    }
                    let org = body
                        .and_then(|o| unnamed_body_country(doc, o, Some(ei)))
                        .or_else(|| body.and_then(|o| doc.id(o).map(str::to_string)))
                        .or_else(|| org_named_in_title(doc, &title))
                        .or_else(|| short_reference(doc, tend, app_end))
                        .or_else(|| {
                            (det == "the ")
                                .then(|| possessive_reference(doc, app_start, lead.span.start))?
                        })
                        .or_else(|| {
                            company_word_before(doc, lead.span.start)
                                .filter(|_| lead.span.start >= app_start + "company ".len())
                        })
                        .or_else(|| {
                            (!rank_deputy(doc, t)).then(|| implied_org(doc, ei, t.index, app))?
                        })
                        .or_else(|| before.and_then(|o| doc.id(o).map(str::to_string)))
                        .or_else(|| {
                            // "an Iraqi lawmaker": the demonym's country.
                            doc.mentions_in(Span::new(app_start, t.span.start))
                                .into_iter()
                                .find(|&o| doc.kind(o) == EntityKind::Country)
                                .filter(|&o| !country_describes(doc, o))
                                .and_then(|o| doc.id(o).map(str::to_string))
                        });
                    out.push(Affil {
                        person: ei,
                        title: Some(title),
                        org,
                        span: Span::new(m.span.start, tend.max(app_start)),
                        rule: "affil/apposition",
                    });
                }
            }
        }

        // "Jo Hale, a Texas Democrat, said", "Jo Hale, a Republican, said": a party's member
        // noun as the whole description; "Gov. Jo Hale of Ohio, a Republican who ...": the
        // same after the person's home place, whose country the party must share.
        let party = after
            .strip_prefix(", ")
            .and_then(|_| party_apposition(doc, m_end + 2, sent.end, None))
            .or_else(|| {
                after
                    .strip_prefix("of ")
                    .and_then(|_| doc.mention_covering(m_end + 3))
                    .filter(|&o| {
                        doc.mentions[o].span.start == m_end + 3
                            && doc.kind(o) == EntityKind::Location
                            && doc.mentions[o].form == crate::ner::Form::Name
                            && text[doc.mentions[o].span.end..].starts_with(", ")
                    })
                    .and_then(|o| {
                        let home = doc.id(o).and_then(|id| doc.lexicon_attr_of(id, "country"));
                        party_apposition(doc, doc.mentions[o].span.end + 2, sent.end, home)
                    })
            });
        if let Some((id, end)) = party {
            out.push(Affil {
                person: ei,
                title: None,
                org: Some(id),
                span: Span::new(m.span.start, end),
                rule: "affil/party-apposition",
            });
        }

        // "Gov. Ada Grant (R)", "Jo Hale (Lab)": a party's letter or short form in brackets,
        // for a party of the article's main country.
        if let Some(&(tag, id)) = PARTY_TAGS.iter().find(|(t, id)| {
            after.starts_with(t)
                && doc.lexicon_attr_of(id, "country").is_some()
                && doc.lexicon_attr_of(id, "country") == main_country(doc).as_deref()
        }) {
            out.push(Affil {
                person: ei,
                title: None,
                org: Some(id.to_string()),
                span: Span::new(m.span.start, m_end + tag.len()),
                rule: "affil/party-tag",
            });
        }

        // "Sen. Ada Grant (R-Ohio)": the party's letter and the state after the name; both are
        // affiliations (the party, and the state the member sits for).
        // "Sen. Ada Grant, R-Ohio, said": the same set off by commas, where the state must be
        // a place the gazetteer knows (not "Jo Hale, D-Day veteran").
        let comma_state = |i: usize| {
            let pos = m_end + i;
            doc.mention_covering(pos)
                .filter(|&o| {
                    doc.kind(o) == EntityKind::Location && doc.mentions[o].span.start == pos
                })
                .map(|o| doc.mentions[o].span.end - m_end)
                .filter(|&e| {
                    let rest = after[e..].trim_start_matches('.');
                    rest.is_empty() || rest.starts_with([',', ' ', ';', ')'])
                })
        };
        // (The comma may end a wrapped line: "Rep. Ada Grant,\nR-Mo. and ...".)
        let tagged = |p: &str| match p.strip_prefix(", ") {
            Some(letter) => after_comma.is_some_and(|a| a.starts_with(letter)),
            None => after.starts_with(p),
        };
        // (An independent's "I-" gives the seat alone: "Sen. Ada Grant (I-Vt.)".)
        if let Some(party) = ["(R-", "(D-", "(I-", ", R-", ", D-", ", I-"]
            .iter()
            .position(|p| tagged(p))
            .filter(|&p| after[3 + p / 3..].starts_with(|c: char| c.is_ascii_uppercase()))
        {
            let id = [
                Some("org:republican-party"),
                Some("org:democratic-party"),
                None,
            ][party % 3];
            let close = if party < 3 {
                after.find(')').filter(|&i| i < 20)
            } else {
                comma_state(4).map(|e| e - 1)
            };
            if let Some(close) = close {
                if let Some(id) = id {
                    out.push(Affil {
                        person: ei,
                        title: None,
                        org: Some(id.to_string()),
                        span: Span::new(m.span.start, m_end + close + 1),
                        rule: "affil/party-state",
                    });
                }
                // The state the member sits for, when the gazetteer knows it ("R-Miss."):
                // a senator's or representative's seat is an affiliation of its own.
                if let Some(seat) = party_seat(doc, m_end + 3 + party / 3, m_end + close) {
                    out.push(Affil {
                        person: ei,
                        title: None,
                        org: Some(seat),
                        span: Span::new(m.span.start, m_end + close + 1),
                        rule: "affil/party-seat",
                    });
                }
            }
        }

        // "Sen. Ada Grant of Ohio", "Gov. Jo Hale of Texas": a seat holder's state.
        if let Some(a) = seat_of_state(doc, m.span, m_end, after, sent) {
            out.push(Affil { person: ei, ..a });
        }

        // "Steven Wieting of Citigroup said": a name followed by "of" and an organisation.
        if let Some(o) = after
            .starts_with("of ")
            .then(|| org_after(doc, m_end, sent.end))
            .flatten()
            .filter(|&o| {
                doc.kind(o) == EntityKind::Organization
                    && !text[doc.mentions[o].span.end..].starts_with(['\'', '\u{2019}'])
            })
        {
            out.push(Affil {
                person: ei,
                title: None,
                org: doc.id(o).map(str::to_string),
                span: Span::new(m.span.start, doc.mentions[o].span.end),
                rule: "affil/name-of",
            });
        }

        // "said Jo Hale at Merrill Lynch", "Jo Hale, at Merrill Lynch, said": the firm of one
        // whose words are reported.
        if let Some(a) = name_at_org(doc, m.span, m_end, after, sent) {
            out.push(Affil { person: ei, ..a });
        }

        // "Fox News' Megyn Kelly", "CNN's Jake Tapper": a news outlet's or a company's own.
        // (A full name: "General Motors Corp's Chevrolet" is a brand the recogniser misread.)
        if let Some(o) =
            possessing_firm(doc, m.span.start).filter(|_| doc.res.entities[ei].name.contains(' '))
        {
            out.push(Affil {
                person: ei,
                title: None,
                org: doc.id(o).map(str::to_string),
                span: Span::new(doc.mentions[o].span.start, m.span.end),
                rule: "affil/firm-possessive",
            });
        }

        // "Jo Hale, who joined Merrill Lynch in 2001": the body a person joined.
        if let Some((o, rule)) = joined_org(doc, m_end, after) {
            out.push(Affil {
                person: ei,
                title: None,
                org: doc.id(o).map(str::to_string),
                span: Span::new(m.span.start, doc.mentions[o].span.end),
                rule,
            });
        }

        // "Brazil's finance minister, Jo Hale, said": a possessed title before the name, set
        // off by commas.
        // (Of a person, not a body the recogniser first took for one: "the president of the
        // Coffee Institute, IBC".)
        let person = doc.res.entities[ei].kind == EntityKind::Person;
        if let Some(a) = title_comma_name(doc, m.span, after).filter(|_| person) {
            out.push(Affil { person: ei, ..a });
        }

        // "his Peruvian counterpart, Ana Ruiz": the country of the other side.
        if let Some(a) = counterpart(doc, m.span).filter(|_| person) {
            out.push(Affil { person: ei, ..a });
        }

        // Copular bio: NAME is a/an/the TITLE at/of ORG
        // (A bare "is"/"was" only with a title right after it: "X is acting as an adviser"
        // is an "as" phrase.)
        let cop = COPULAS.iter().find(|c| after.starts_with(**c)).filter(|c| {
            !matches!(**c, "is " | "was ")
                || doc.titles.iter().any(|t| t.span.start == m_end + c.len())
        });
        // "X makes his money as a non-executive director of Y": the sentence's subject, an
        // "as" phrase before any comma or other person.
        let as_phrase = || {
            if m_end >= sent.end {
                return None;
            }
            let clause = &text[m_end..sent.end];
            let clause = &clause[..find_stop(clause, b",;\"").unwrap_or(clause.len())];
            // (The subject test below is asked only when there is such a phrase.)
            let subject = || {
                doc.mentions_in(Span::new(sent.start, m.span.start))
                    .into_iter()
                    .all(|o| doc.kind(o) != EntityKind::Person)
                    && find_stop(&text[sent.start..m.span.start], b",\"").is_none()
            };
            as_article(clause).map(|i| m_end + i).filter(|&p| {
                subject()
                    && text[m_end..p].split(' ').count() <= 12
                    && doc
                        .mentions_in(Span::new(m_end, p))
                        .into_iter()
                        .all(|o| doc.kind(o) != EntityKind::Person)
            })
        };
        let start = match cop {
            Some(c) => Some(m_end + c.len()),
            None => as_phrase(),
        };
        if let Some(start) = start {
            let rest = &text[start..];
            let end = clause_stop(text, start, &['.', ';'])
                .unwrap_or(sent.end)
                .min(sent.end)
                .max(start);
            // (A full stop inside a body's name is none: "founder of Acme.com".)
            let end = doc
                .mention_covering(end)
                .map(|o| doc.mentions[o].span)
                .filter(|s| s.start < end && s.end <= sent.end)
                .map_or(end, |s| s.end);
            // The title may follow up to two lower-case modifiers: "a paid adviser to",
            // "a non-executive director of" (where the title may start inside the hyphenated
            // word).
            let title_at = |p: usize| {
                doc.titles
                    .iter()
                    .find(|t| t.span.start >= start && t.span.start <= p && t.span.end > p)
            };
            let mut p = start;
            let mut found = title_at(p);
            let modifiers = match cop {
                Some(&", who is " | &", who was " | &"is " | &"was ") => 0,
                _ => 2,
            };
            // ("X, who is also Nigerian Oil Minister,": a country's demonym may open the
            // title's phrase, capitalised portfolio words after it; the country is the body.)
            let mut demonym = None;
            for w in rest.split(' ').take(modifiers) {
                if found.is_some() || w.is_empty() {
                    break;
                }
                let country = (p == start)
                    .then(|| doc.mention_covering(p))
                    .flatten()
                    .filter(|&k| {
                        doc.mentions[k].span == Span::new(p, p + w.len())
                            && doc.kind(k) == EntityKind::Country
                            && doc.mentions[k].form == crate::ner::Form::Demonym
                    });
                let portfolio = demonym.is_some() && w.bytes().all(|b| b.is_ascii_alphabetic());
                if country.is_none()
                    && !portfolio
                    && !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                {
                    break;
                }
                demonym = demonym.or(country);
                p += w.len() + 1;
                found = title_at(p);
            }
            if let Some(t) = found {
                // (A country only for an office of state: not "a Nigerian lawyer".)
                let state = matches!(
                    doc.pipeline.recognizer.title_list[t.index].1.as_str(),
                    "government" | "legislature" | "military" | "diplomat"
                );
                let o = org_after(doc, t.span.end, end).or(demonym.filter(|_| state));
                // An "as" phrase, or a bare "is"/"was" ("X is director of the Center
                // for Y", a body the recogniser may have missed), says something only
                // with its body named.
                let bare = matches!(cop, None | Some(&"is " | &"was "));
                // (Nor when the body's name runs on past the mention: "the Center for
                // American Women and Politics" is not "the Center" named before.)
                let o = o
                    .filter(|&o| !bare || !name_runs_on(text, doc.mentions[o].span.end))
                    .or_else(|| unnamed_unit_at(doc, t.span.end, end));
                if !bare || o.is_some() {
                    out.push(Affil {
                        person: ei,
                        title: Some(clean(t.span.slice(text))),
                        org: o.and_then(|o| doc.id(o).map(str::to_string)),
                        span: Span::new(
                            m.span.start,
                            o.map(|o| doc.mentions[o].span.end).unwrap_or(t.span.end),
                        ),
                        rule: if cop.is_some() {
                            "affil/copula"
                        } else {
                            "affil/as-title"
                        },
                    });
                }
                // "X is director of the Center for Y at Acme University": the unit's
                // parent body too.
                if let Some(k) = o.and_then(|o| parent_at(doc, o, end)) {
                    out.push(Affil {
                        person: ei,
                        title: Some(clean(t.span.slice(text))),
                        org: doc.id(k).map(str::to_string),
                        span: Span::new(m.span.start, doc.mentions[k].span.end),
                        rule: "affil/copula-parent",
                    });
                }
            }
        }
    }
    // "A former Home Office minister has said ... Jo Hale said": the lead's description.
    out.extend(lead_description(doc));
    // A well-known person's own body, from the lexicon, when the stated title is theirs
    // ("President Reagan": the United States).
    let rec = &doc.pipeline.recognizer;
    for a in out.iter_mut().filter(|a| a.org.is_none()) {
        let Some(title) = a.title.as_deref() else {
            continue;
        };
        let Some(e) = lexicon_entry(doc, a.person) else {
            continue;
        };
        let own = e.attrs.get("title").is_some_and(|t| {
            let t = t.to_lowercase();
            let said = title.to_lowercase();
            said == t || said.ends_with(&format!(" {t}"))
        });
        if own {
            a.org = e.attrs.get("org").map(|o| office_or_country(doc, o));
        } else if a.rule == "affil/title+name"
            && national_office(title)
            && !title.to_ascii_lowercase().starts_with("shadow")
        {
            // "Prime Minister Jacques Chirac" where the lexicon knows him as President: a
            // national office of the same country (a title right before the name only, not
            // a description after it that may be another namesake's).
            a.org = lexicon_country(doc, a.person);
        }
    }
    // "Education minister X", "President X" with no country or body in sight: a national
    // office of the article's home country.
    // Only when one country clearly dominates the article (twice the mentions of any other),
    // not for an opposition "shadow" post, not for a person the lexicon knows (whose own
    // office is settled above), and not when the title goes on with "of"/"at" and a name the
    // recogniser missed ("President of Interallianz Bank").
    let unplaced_office = out
        .iter()
        .any(|a| a.org.is_none() && a.title.as_deref().is_some_and(national_office));
    // A minister's home is never a country without ministers (the United States has
    // secretaries): "Trade Minister X" in an article on Thailand's dispute with the U.S.
    let unplaced_minister = out.iter().any(|a| {
        a.org.is_none()
            && a.title
                .as_deref()
                .is_some_and(|t| national_office(t) && ministerial(t))
    });
    let home_minister = unplaced_minister
        .then(|| dominant_country_of(doc, NO_MINISTERS))
        .flatten();
    let unplaced_office = unplaced_office
        || out
            .iter()
            .any(|a| a.org.is_none() && central_bank_title(text, a));
    let home_any = unplaced_office.then(|| dominant_country(doc)).flatten();
    for (home, ministers) in [(home_any, false), (home_minister, true)] {
        let Some(home) = home else {
            continue;
        };
        // Countries the text itself gives each person ("Brazilian Finance Minister X").
        let placed: Vec<(usize, String)> = out
            .iter()
            .filter_map(|a| {
                let org = a.org.as_ref().filter(|o| o.starts_with("country:"))?;
                Some((a.person, org.clone()))
            })
            .collect();
        for a in out.iter_mut().filter(|a| a.org.is_none()) {
            let before = text[..a.span.start].trim_end().to_ascii_lowercase();
            let after = &text[a.span.end..];
            let named_after = [" of ", " at "].iter().any(|p| {
                after
                    .strip_prefix(p)
                    .is_some_and(|r| r.starts_with(char::is_uppercase))
            });
            // "central bank governor X": not of a country whose central bank has other
            // titles (the Fed), nor in a sentence that names another country.
            let central = !ministers
                && central_bank_title(text, a)
                && !NO_MINISTERS.contains(&home.as_str())
                && !names_other_country(doc, a.span.start, &home);
            let office = a
                .title
                .as_deref()
                .is_some_and(|t| office_at_home(t, ministers, &home))
                || central;
            let elsewhere = ministers && names_other_country(doc, a.span.start, &home);
            if office
                && !elsewhere
                && !foreign_to(doc, a.person, &home, &placed)
                && !before.ends_with("shadow")
                && !text[a.span.start..a.span.end]
                    .to_ascii_lowercase()
                    .starts_with("shadow")
                && !named_after
                && !rec
                    .by_id
                    .contains_key(doc.res.entities[a.person].id.as_str())
            {
                a.org = Some(home.clone());
            }
        }
    }
    // "The Ruritanian team, headed by Finance Minister X and Central Bank Governor Y".
    delegation_members(doc, &mut out);
    // "... central bank president Jo Hale and director of public finance Ana Ruiz".
    share_coordinated_country(doc, &mut out);
    bare_officer(doc, &mut out);
    known_bodies(doc, &mut out);
    portfolio_ministries(doc, &mut out);
    commission_members(doc, &mut out);
    // One affiliation per (person, title, org): the first statement; none of a body with
    // itself ("AGPM, an AGPM official": the apposition is not the body's).
    let mut seen = std::collections::HashSet::new();
    out.retain(|a| {
        a.org.as_deref() != Some(doc.res.entities[a.person].id.as_str())
            && seen.insert((
                a.person,
                a.title.as_deref().map(str::to_lowercase),
                a.org.clone(),
            ))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Random texts over the bytes these searches care about ("as", articles, stops and the
    /// curly quotes that share their first byte).
    fn random_texts() -> Vec<String> {
        const PIECES: [&str; 14] = [
            " ", "as", "a", "an", "the", "s", "n", ",", ";", "\"", "\u{201c}", "\u{201d}", "—", "x",
        ];
        let mut next = crate::text::test_rng(0x9E37_79B9_7F4A_7C15);
        (0..20_000)
            .map(|_| {
                let n = next(16);
                (0..n).map(|_| PIECES[next(PIECES.len())]).collect()
            })
            .collect()
    }

    /// `find_stop` and `as_article` answer as the `str::find`s they replace.
    #[test]
    fn byte_searches_answer_as_str_find() {
        for t in random_texts() {
            let t = t.as_str();
            assert_eq!(
                find_stop(t, b",;\""),
                t.find([',', ';', '"', '\u{201c}']),
                "{t:?}"
            );
            assert_eq!(
                find_stop(t, b",\""),
                t.find([',', '"', '\u{201c}']),
                "{t:?}"
            );
            let old = [" as a ", " as an ", " as the "]
                .iter()
                .filter_map(|a| t.find(a).map(|i| i + 4))
                .min();
            assert_eq!(as_article(t), old, "{t:?}");
        }
    }
}
