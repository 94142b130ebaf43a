//! Within-article entity resolution: mentions → entities with canonical ids.
//!
//! Lexicon mentions take the lexicon id (so "Baghdad", "Iraqi" and "Iraq" are
//! all `country:iraq`; "Moscow" is `country:soviet-union` in an article on the Soviet Union
//! that never names Russia). Pattern mentions are grouped by name; a surname-only
//! mention ("Hood", "Al Azzawi") joins the one full name in the article that
//! ends with it. A lone capitalised word that joins nothing is dropped.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use crate::model::EntityKind;
use crate::ner::{
    BARE_HEAD, BARE_INSTITUTION, Form, Mention, Recognizer, Target, institution_name,
};
use crate::slug::{fold, slug};

/// One entity of an article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArticleEntity {
    /// Canonical id (`country:iraq`, `person:joey-hood`).
    pub id: String,
    /// Display name.
    pub name: String,
    /// Kind.
    pub kind: EntityKind,
    /// Indices of its mentions.
    pub mentions: Vec<usize>,
}

/// The result of resolution.
#[derive(Clone, Debug, Default)]
pub struct Resolution {
    /// Entities, sorted by id.
    pub entities: Vec<ArticleEntity>,
    /// For every mention, the index of its entity (None: dropped).
    pub entity_of: Vec<Option<usize>>,
    /// The article's home country, a lexicon index (see [`main_country`]).
    pub main_country: Option<usize>,
}

impl Resolution {
    /// The entity id of mention `m`.
    pub fn id_of(&self, m: usize) -> Option<&str> {
        self.entity_of
            .get(m)
            .copied()
            .flatten()
            .map(|e| self.entities[e].id.as_str())
    }

    /// The entity index with this id.
    pub fn by_id(&self, id: &str) -> Option<usize> {
        self.entities
            .binary_search_by(|e| e.id.as_str().cmp(id))
            .ok()
    }
}

/// The suffixes a full name may be referred to by: last word, and particle + last word; a
/// generational suffix is no surname ("Evans" for "Charles Evans Jr").
///
/// ```
/// assert_eq!(newsgraph::resolve::surname_keys("Charles Evans Jr."), ["evans"]);
/// ```
pub fn surname_keys(name: &str) -> Vec<String> {
    let words = name_words(name);
    let mut out = Vec::new();
    if words.len() >= 2 {
        out.push(fold(words[words.len() - 1]));
        if words.len() >= 3 && surname_particle(&words[words.len() - 2].to_ascii_lowercase()) {
            out.push(fold(&words[words.len() - 2..].join(" ")));
        }
    }
    out
}

/// True for a particle (lower case) that a surname key keeps with the last word ("al
/// Azzawi", "van Driel").
fn surname_particle(p: &str) -> bool {
    matches!(
        p,
        "al" | "el"
            | "bin"
            | "ibn"
            | "abu"
            | "van"
            | "von"
            | "de"
            | "der"
            | "da"
            | "di"
            | "du"
            | "del"
            | "la"
            | "le"
            | "ben"
    )
}

/// True for a particle that opens a surname or a name of descent, in any case ("Van", "de",
/// "Abu", "Bin", "Mac", "St").
fn is_particle(w: &str) -> bool {
    let w = w.to_ascii_lowercase();
    surname_particle(&w) || matches!(w.as_str(), "mac" | "mc" | "st" | "san" | "dos" | "das")
}

/// The words of a person's name without a closing generational suffix ("Jr", "Sr.", "III"),
/// when two words or more are left.
fn name_words(name: &str) -> Vec<&str> {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    if words.len() >= 3
        && words.last().is_some_and(|w| {
            matches!(
                w.trim_end_matches('.'),
                "Jr" | "Sr" | "II" | "III" | "IV" | "jr" | "sr"
            )
        })
    {
        words.pop();
    }
    words
}

/// A mention's entity while resolving: id, display name, kind. Lexicon entries' ids and names
/// and the article's own names are borrowed, not copied per mention; only a made id (`org:`
/// and the slug of a name) is a new string.
type Resolved<'a> = (Cow<'a, str>, Cow<'a, str>, EntityKind);

/// Of several people with one surname ("Hillary Clinton", "Bill Clinton"), the one a bare
/// "Clinton" at `pos` is: the one of `cands` (folded full names) the article names in full most
/// often (`full_at`: where each full name is written); on a tie, `prefer` when it is one of
/// them, else the one named last before it.
fn pick_full_name<'s>(
    text: &str,
    full_at: &BTreeMap<String, Vec<usize>>,
    cands: &[&'s str],
    pos: usize,
    prefer: Option<&str>,
) -> Option<&'s str> {
    let count = |c: &str| full_at.get(c).map_or(0, Vec::len);
    // "Hillary Clinton ... Her husband, Bill Clinton, ... Clinton said": a relative brought in
    // by a family noun is not who a later bare surname goes on about.
    let introduced_as_family =
        |p: usize| FAMILY_NOUNS.contains(&word_before(text, p, ',')) || relative_of(text, p);
    let last_before = |c: &str, skip_family: bool| {
        full_at.get(c).and_then(|v| {
            v.iter()
                .rev()
                .find(|&&p| p < pos && !(skip_family && introduced_as_family(p)))
                .copied()
        })
    };
    let best = cands.iter().map(|c| count(c)).max()?;
    let top: Vec<&str> = cands.iter().copied().filter(|c| count(c) == best).collect();
    match top.as_slice() {
        [one] => Some(*one),
        _ if prefer.is_some_and(|p| top.contains(&p)) => {
            top.iter().copied().find(|&c| Some(c) == prefer)
        }
        _ => [true, false].into_iter().find_map(|skip_family| {
            top.iter()
                .filter_map(|c| last_before(c, skip_family).map(|p| (p, *c)))
                .max()
                .map(|(_, c)| c)
        }),
    }
}

/// The word right before byte `p`, past white space and one kind of mark `mark` ("Mrs. " →
/// "Mrs" with '.', "husband, " → "husband" with ','); empty after any other mark ("son. ").
fn word_before(text: &str, p: usize, mark: char) -> &str {
    text[..p]
        .trim_end()
        .trim_end_matches(mark)
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
}

/// "the younger brother of Hollywood legend Ron Howard": a name at byte `p` after a family
/// noun and "of", with at most three words between "of" and the name, all in one sentence.
fn relative_of(text: &str, p: usize) -> bool {
    let from = text[..p]
        .char_indices()
        .rev()
        .take(80)
        .last()
        .map_or(p, |(i, _)| i);
    // Only the phrase right before the name: nothing past a sentence or clause mark.
    let tail = text[from..p]
        .rsplit(['.', ',', ';', '"', '\n'])
        .next()
        .unwrap_or("");
    family_phrase(tail)
}

/// The words of `phrase` end with a family noun, "of" and at most three more words.
fn family_phrase(phrase: &str) -> bool {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    (2..=5).any(|back| {
        words.len() >= back
            && words[words.len() - back + 1] == "of"
            && FAMILY_NOUNS.contains(&words[words.len() - back])
    })
}

/// Nouns of family that introduce a relative of someone the article is about ("her husband,
/// Bill Clinton").
const FAMILY_NOUNS: &[&str] = &[
    "husband",
    "wife",
    "son",
    "daughter",
    "brother",
    "sister",
    "father",
    "mother",
    "niece",
    "nephew",
    "cousin",
    "uncle",
    "aunt",
    "grandson",
    "granddaughter",
    "stepson",
    "stepdaughter",
    "spouse",
    "widow",
    "widower",
    "children",
    "sons",
    "daughters",
];

/// Resolves mentions into entities.
pub fn resolve(rec: &Recognizer, text: &str, mentions: &[Mention]) -> Resolution {
    resolve_at_home(rec, text, mentions, None)
}

/// [`resolve`] for an article whose outlet has a home country (`home`, an entity index; see
/// [`Recognizer::outlet_country`]): the article's home country when it names none itself.
pub fn resolve_at_home(
    rec: &Recognizer,
    text: &str,
    mentions: &[Mention],
    home: Option<usize>,
) -> Resolution {
    // "ex-King Michael", "Princess Marguerite": a royal goes by a given name, which is then a
    // short form only of a full name the article also gives a royal title ("Prince Alwaleed
    // bin Talal"), not of a commoner's ("Michael Ancram").
    let royal = |m: &Mention| {
        m.title.is_some_and(|t| {
            let last = t.slice(text).rsplit(['-', ' ']).next().unwrap_or("");
            [
                "king", "queen", "prince", "princess", "emperor", "empress", "sultan",
            ]
            .iter()
            .any(|r| last.eq_ignore_ascii_case(r))
        })
    };
    // Full names (folded) written with a royal title.
    let mut royal_full: BTreeSet<String> = BTreeSet::new();
    // Full person names (folded) -> display name.
    let mut full_persons: BTreeMap<String, &str> = BTreeMap::new();
    // Where each full name is written (folded name -> mention starts, in text order).
    let mut full_at: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for m in mentions {
        let full: &str = match (m.kind, &m.target, m.form) {
            (EntityKind::Person, Target::Name(n), _) if n.split_whitespace().count() >= 2 => n,
            (EntityKind::Person, Target::Lex(i), Form::Name) => &rec.entities[*i].name,
            _ => continue,
        };
        let folded = fold(full);
        if royal(m) {
            royal_full.insert(folded.clone());
        }
        full_at
            .entry(folded.clone())
            .or_default()
            .push(m.span.start);
        full_persons.entry(folded).or_insert(full);
    }
    // A shorter full name inside a longer one ("Abdul Al Azzawi" vs "Abdul Khaleq Al Azzawi") is kept as is.
    let mut surname_index: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for (folded, display) in &full_persons {
        for k in surname_keys(display) {
            surname_index.entry(k).or_default().push(folded);
        }
    }
    // Two-word short forms of longer full names that open with a given name: the last two
    // words ("Mrs Parker Bowles" for "Camilla Parker Bowles", "Mr Duncan Smith") and the
    // first and last ("Sir Anthony Meyer" for "Anthony John Charles Meyer"; not where several
    // people of the surname are named in full, as in a family's story: "George Bush" beside
    // "George W. Bush" and "Jeb Bush" may be the father), folded.
    let mut short_index: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for (folded, display) in &full_persons {
        let words = name_words(display);
        let [first, .., before_last, last] = words[..] else {
            continue;
        };
        if words.len() < 3 || !rec.is_given_name(first) {
            continue;
        }
        let short = format!("{first} {last}");
        let short_key = fold(&short);
        let family = surname_index
            .get(&fold(last))
            .is_some_and(|v| v.iter().any(|&o| o != folded.as_str() && o != short_key));
        let mut keys = vec![format!("{before_last} {last}")];
        if !family {
            keys.push(short);
        }
        for k in keys {
            let v = short_index.entry(fold(&k)).or_default();
            if !v.contains(&folded.as_str()) {
                v.push(folded);
            }
        }
    }
    // A bare surname goes to the longer full name a two-word one shortens ("Sir Anthony Meyer
    // ... Sir Anthony John Charles Meyer ... Meyer's party": one man).
    for cands in surname_index.values_mut() {
        for c in cands.iter_mut() {
            if let Some([longer]) = short_index.get(*c).map(Vec::as_slice) {
                if longer != c {
                    *c = longer;
                }
            }
        }
        let mut seen = BTreeSet::new();
        cands.retain(|c| seen.insert(*c));
    }
    // Full names by their first word, for "Sir Alan" / "Dame Judi" (a knight is
    // named by the given name).
    let mut given_index: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for (folded, display) in &full_persons {
        if let Some(first) = display.split_whitespace().next() {
            given_index.entry(fold(first)).or_default().push(folded);
        }
    }
    let knighted = |m: &Mention| {
        m.title
            .is_some_and(|t| matches!(t.slice(text), "Sir" | "Dame"))
    };
    let lex_person_id = |folded: &str| -> Option<(&str, &str)> {
        rec.person_by_fold
            .get(folded)
            .map(|&i| (rec.entities[i].id.as_str(), rec.entities[i].name.as_str()))
    };
    let main_country = main_country(rec, mentions).or(home);
    // Named organisations of the article, lower-cased once (a bare institution
    // looks for the one that ends with its name).
    let org_names: Vec<(String, &str)> = mentions
        .iter()
        .filter_map(|o| match &o.target {
            Target::Name(on) if o.kind == EntityKind::Organization => Some(on.as_str()),
            _ => None,
        })
        .collect::<BTreeSet<&str>>()
        .into_iter()
        .map(|on| (on.to_lowercase(), on))
        .collect();
    // Lexicon organisations of the article with their countries, for a bare institution word
    // ("parliament" after "Iran's parliament").
    let lex_orgs: BTreeSet<(usize, usize)> = mentions
        .iter()
        .filter(|o| o.kind == EntityKind::Organization && o.form == Form::Name)
        .filter_map(|o| {
            let Target::Lex(oi) = o.target else {
                return None;
            };
            let c = rec.entities[oi].attrs.get("country")?;
            Some((oi, *rec.by_id.get(c.as_str())?))
        })
        .collect();
    // Every organisation of the article with its words, for a lone head word ("the Bank" →
    // "World Bank" or "Bank of Japan"): id -> name.
    let org_words = org_words(rec, mentions);
    // A bare institution word that the lexicon gives to one country ("Treasury" → U.S. Treasury)
    // names the home country's own organisation when the lexicon has one ("HM Treasury"), unless
    // the article names the other one in full.
    let bare_phrase = |m: &Mention| -> Option<(usize, usize, String)> {
        let (Target::Lex(i), Some(mc)) = (&m.target, main_country) else {
            return None;
        };
        let i = *i;
        let e = &rec.entities[i];
        if e.kind != EntityKind::Organization || m.form != Form::Name {
            return None;
        }
        let ci = e
            .attrs
            .get("country")
            .and_then(|c| rec.by_id.get(c.as_str()))?;
        let phrase = m.span.slice(text).to_lowercase();
        (rec.country_org(*ci, &phrase) == Some(i)).then_some((i, mc, phrase))
    };
    let mut rehomed: BTreeMap<usize, Option<usize>> = BTreeMap::new();
    for m in mentions {
        let Target::Lex(i) = m.target else { continue };
        if rec.entities[i].kind != EntityKind::Organization {
            continue;
        }
        match bare_phrase(m) {
            Some((i, mc, phrase)) => {
                rehomed
                    .entry(i)
                    .or_insert_with(|| rec.country_org(mc, &phrase).filter(|&o| o != i));
            }
            None => {
                rehomed.insert(i, None);
            }
        }
    }
    let rehome = |i: &usize| rehomed.get(i).copied().flatten();
    // A former state's successor's capital and seats stand for the former state in an article
    // that names it and never the successor ("Moscow" beside "the Soviet Union"): successor →
    // former state.
    let named_entries: BTreeSet<usize> = mentions
        .iter()
        .filter(|m| matches!(m.form, Form::Name | Form::Demonym))
        .filter_map(|m| match m.target {
            Target::Lex(i) => Some(i),
            Target::Name(_) => None,
        })
        .collect();
    // Every lexicon entry the article names, in any form.
    let seen: BTreeSet<usize> = mentions
        .iter()
        .filter_map(|m| match m.target {
            Target::Lex(i) => Some(i),
            Target::Name(_) => None,
        })
        .collect();
    // A place written with its article ("the Gulf") is the lexicon's only in an article that
    // names one of the countries near it (its `near` attribute).
    let near_named = |e: &crate::lexicon::EntityEntry| {
        e.list("near")
            .iter()
            .any(|c| rec.by_id.get(*c).is_some_and(|ci| seen.contains(ci)))
    };
    let former: BTreeMap<usize, usize> = named_entries
        .iter()
        .filter_map(|&f| {
            let s = rec.entities[f].attrs.get("successor")?;
            let s = *rec.by_id.get(s.as_str())?;
            (!named_entries.contains(&s)).then_some((s, f))
        })
        .collect();
    // "a better deal from Brussels": a capital that is the seat of a body the article names
    // stands for that body, not for the host country the article never names itself.
    let seats = seat_bodies(rec, mentions);
    // [`longer_org`] of each distinct unknown name, found once (it scans every organisation).
    let mut longer_memo: BTreeMap<&str, Option<(&str, &str)>> = BTreeMap::new();
    // The organisations' first and last words, for [`longer_org`] (split once, when first needed).
    let shapes = std::cell::OnceCell::new();
    // The organisation each distinct unknown organisation name stands for ([`org_named`]),
    // made once.
    let mut org_memo: BTreeMap<&str, Resolved> = BTreeMap::new();
    // Whether the article writes the company name `n` with a seat after it ("TDK Corp of
    // Tokyo"): such a name is the parent company, never short for "TDK Corp of America", its
    // unit. (Asked only of a name that an "of America" name would take.)
    let seated = |n: &str| {
        mentions.iter().any(|m| {
            m.kind == EntityKind::Organization
                && matches!(&m.target, Target::Name(t) if t == n)
                && text[m.span.end..].starts_with(" of ")
        })
    };
    let mut ids: Vec<Option<Resolved>> = vec![None; mentions.len()];
    for (k, m) in mentions.iter().enumerate() {
        ids[k] = match &m.target {
            Target::Name(n) if m.rule == BARE_HEAD => {
                let mut found = org_words
                    .iter()
                    .filter(|(_, name)| name.split_whitespace().any(|w| w == n));
                match (found.next(), found.next()) {
                    (Some((id, name)), None) => Some((
                        Cow::Borrowed(&**id),
                        Cow::Borrowed(&**name),
                        EntityKind::Organization,
                    )),
                    _ => None,
                }
            }
            Target::Lex(i) => {
                let e = &rec.entities[*i];
                let with_article = |t: &str| {
                    t.len() > 4
                        && matches!(t.get(..3), Some("the" | "The"))
                        && t.as_bytes()[3].is_ascii_whitespace()
                };
                if e.attrs.contains_key("near")
                    && with_article(m.span.slice(text))
                    && !near_named(e)
                {
                    None
                } else if m.form == Form::Surname {
                    // A different full name with this surname in the article wins. When the
                    // article names the known person in full too ("Donald Trump ... Melania
                    // Trump"), the bare surname stays theirs unless "Mrs"/"Ms"/"Miss" says it is
                    // a woman of the family.
                    let key = fold(m.span.slice(text));
                    let woman = matches!(
                        word_before(text, m.span.start, '.'),
                        "Mrs" | "Ms" | "Miss" | "MRS" | "MS"
                    );
                    let own = fold(&e.name);
                    let prefer = (!woman).then_some(own.as_str());
                    match surname_index
                        .get(&key)
                        .and_then(|c| pick_full_name(text, &full_at, c, m.span.start, prefer))
                    {
                        Some(c) if own != c => {
                            let display = full_persons[c];
                            Some((
                                Cow::Owned(format!("person:{}", slug(display))),
                                Cow::Borrowed(display),
                                EntityKind::Person,
                            ))
                        }
                        // "Mrs Blair" with no other Blair named in full: not Tony Blair,
                        // whose given name is a man's; a woman of the family.
                        _ if woman
                            && e.name
                                .split_whitespace()
                                .next()
                                .is_some_and(|g| rec.given_name_gender(g) > 0) =>
                        {
                            let surname = m.span.slice(text);
                            Some((
                                Cow::Owned(format!("person:{}", slug(surname))),
                                Cow::Borrowed(surname),
                                EntityKind::Person,
                            ))
                        }
                        _ => Some(lex_resolved(rec, *i)),
                    }
                } else if let Some(f) = former.get(i).filter(|_| m.form == Form::Capital) {
                    Some(lex_resolved(rec, *f))
                } else if let Some(&o) = seats
                    .get(m.span.slice(text))
                    .filter(|_| m.form == Form::Capital && !named_entries.contains(i))
                {
                    Some(lex_resolved(rec, o))
                } else if let Some(oi) = rehome(i) {
                    Some(lex_resolved(rec, oi))
                } else {
                    Some(lex_resolved(rec, *i))
                }
            }
            Target::Name(n) if m.rule == BARE_INSTITUTION => {
                // The one "<X> Parliament" of the article, or the one lexicon body of the
                // article that a country's phrase names ("Iran's parliament" → Majlis), else the
                // main country's.
                let suffix = format!(" {n}");
                let named: BTreeSet<&str> = org_names
                    .iter()
                    .filter(|(lower, _)| lower.ends_with(&suffix))
                    .map(|(_, on)| *on)
                    .collect();
                let lex_named: BTreeSet<usize> = lex_orgs
                    .iter()
                    .filter(|&&(oi, ci)| rec.country_org(ci, n) == Some(oi))
                    .map(|&(oi, _)| oi)
                    .collect();
                match (named.len(), lex_named.first()) {
                    (0, Some(&oi)) if lex_named.len() == 1 => Some(lex_resolved(rec, oi)),
                    (1, None) => {
                        let on = named.into_iter().next().unwrap_or_default();
                        Some((
                            Cow::Owned(format!("org:{}", slug(on))),
                            Cow::Borrowed(on),
                            EntityKind::Organization,
                        ))
                    }
                    (0, None) => main_country.map(|ci| {
                        // The country's own organisation in the lexicon ("UK Parliament"), else a
                        // made one ("Iraqi Parliament").
                        if let Some(oi) = rec.country_org(ci, n) {
                            return lex_resolved(rec, oi);
                        }
                        let name = institution_name(&rec.entities[ci], n);
                        (
                            Cow::Owned(format!("org:{}", slug(&name))),
                            Cow::Owned(name),
                            EntityKind::Organization,
                        )
                    }),
                    _ => None,
                }
            }
            Target::Name(n) => {
                let words = n.split_whitespace().count();
                match m.kind {
                    EntityKind::Person if words == 1 || m.rule == "pattern/single" => {
                        let key = fold(n);
                        // "Sir Alan"; "Hillary" when the article names one Hillary in full and
                        // nobody with that surname; "Mr. Xi" after "Xi Jinping": a word no given
                        // name that opens the one short full name of the article is the family
                        // name written first (Chinese, Korean, Vietnamese, Hungarian order).
                        let surname_first = |c: &[&str]| {
                            c.len() == 1
                                && !rec.is_given_name(n)
                                && full_persons[c[0]].split_whitespace().count() <= 3
                        };
                        let by_given = || {
                            given_index
                                .get(&key)
                                .filter(|c| !royal(m) || c.iter().all(|f| royal_full.contains(*f)))
                                .filter(|c| {
                                    knighted(m)
                                        || c.len() == 1 && rec.is_given_name(n)
                                        || surname_first(c)
                                })
                        };
                        let one = surname_index
                            .get(&key)
                            .or_else(by_given)
                            .and_then(|c| pick_full_name(text, &full_at, c, m.span.start, None));
                        match one {
                            Some(one) => {
                                let display = full_persons[one];
                                Some(
                                    lex_person_id(one)
                                        .map(|(id, name)| {
                                            (
                                                Cow::Borrowed(id),
                                                Cow::Borrowed(name),
                                                EntityKind::Person,
                                            )
                                        })
                                        .unwrap_or_else(|| {
                                            (
                                                Cow::Owned(format!("person:{}", slug(display))),
                                                Cow::Borrowed(display),
                                                EntityKind::Person,
                                            )
                                        }),
                                )
                            }
                            // A lone word that is the name of an organisation the
                            // article names by pattern ("retailer Wal-Mart ... Wal-Mart said").
                            // (Lexicon organisations are found wherever they are written.)
                            // So is the name of one without its company words ("GenCorp"
                            // for "GenCorp Inc").
                            _ if m.rule == "pattern/single" => {
                                let longer = longer_cached(
                                    n,
                                    shapes.get_or_init(|| org_shapes(&org_words)),
                                    &mut longer_memo,
                                );
                                (mentions.iter().any(|o| {
                                    o.kind == EntityKind::Organization
                                        && o.rule != BARE_HEAD
                                        && o.rule != BARE_INSTITUTION
                                        && matches!(&o.target, Target::Name(on) if on == n)
                                }) || longer.is_some())
                                .then(|| org_named(n, longer))
                            }
                            _ => Some((
                                Cow::Owned(format!("person:{}", slug(n))),
                                Cow::Borrowed(n.as_str()),
                                EntityKind::Person,
                            )),
                        }
                    }
                    EntityKind::Person => {
                        let key = fold(n);
                        // "H. Ross Perot" when the article also writes "Ross Perot": a leading
                        // initial before another full name of the article is that person.
                        let prefixed = n
                            .split_once(' ')
                            .filter(|(i, rest)| {
                                i.trim_end_matches('.').len() == 1
                                    && i.starts_with(|c: char| c.is_ascii_uppercase())
                                    && rest.contains(' ')
                            })
                            .and_then(|(_, rest)| full_persons.get(&fold(rest)).copied())
                            // "Making Michael Howard leader was a mistake ... Michael
                            // Howard": a word that is no given name glued before a full
                            // name the article writes on its own, opening with a given name.
                            .or_else(|| {
                                let (w, rest) = n.split_once(' ')?;
                                let starts_given = rest
                                    .split_whitespace()
                                    .next()
                                    .is_some_and(|g| rec.is_given_name(g));
                                (rest.contains(' ')
                                    && starts_given
                                    && !rec.is_given_name(w)
                                    && w.len() > 2
                                    && w.chars().all(|c| c.is_alphabetic())
                                    && !is_particle(w))
                                .then(|| full_persons.get(&fold(rest)).copied())
                                .flatten()
                            });
                        // Two-word suffix form ("Al Azzawi") of a longer name, or another
                        // two-word short form of the one longer name it fits.
                        let display = match surname_index.get(&key).map(Vec::as_slice) {
                            _ if prefixed.is_some() => prefixed,
                            Some([one]) if *one != key => Some(full_persons[*one]),
                            _ => match short_index.get(&key).map(Vec::as_slice) {
                                Some([one]) if *one != key => Some(full_persons[*one]),
                                _ => None,
                            },
                        };
                        let name = display.unwrap_or(n);
                        Some((
                            Cow::Owned(format!("person:{}", slug(name))),
                            Cow::Borrowed(name),
                            EntityKind::Person,
                        ))
                    }
                    EntityKind::Organization => Some(match org_memo.get(n.as_str()) {
                        Some(o) => o.clone(),
                        None => {
                            let shapes = shapes.get_or_init(|| org_shapes(&org_words));
                            let longer = longer_cached(n, shapes, &mut longer_memo)
                                .filter(|(_, name)| american_core(name).is_none() || !seated(n));
                            let o = org_named(n, longer);
                            org_memo.insert(n.as_str(), o.clone());
                            o
                        }
                    }),
                    kind => Some((
                        Cow::Owned(format!("{}:{}", kind.id_prefix(), slug(n))),
                        Cow::Borrowed(n.as_str()),
                        kind,
                    )),
                }
            }
        };
        if let Some((id, _, _)) = &ids[k] {
            if id.ends_with(':') {
                ids[k] = None;
            }
        }
    }
    // "WorldCom ... is now known as MCI", "Altus, formerly known as First Southern Savings": a
    // renamed organisation is one entity under both names (the one named first).
    for (a, b) in renamed_pairs(text, mentions) {
        let (Some(keep), Some(old)) = (ids[a].clone(), ids[b].as_ref().map(|r| r.0.clone())) else {
            continue;
        };
        for v in ids.iter_mut().flatten() {
            if v.0 == old {
                *v = keep.clone();
            }
        }
    }
    // The entities in id order, each with its mentions in order; the id and name are those
    // of the entity's first mention. (A mention of an id met before only adds its index: no
    // copy of the id per mention.)
    let mut by_id: BTreeMap<&str, ArticleEntity> = BTreeMap::new();
    for (k, v) in ids.iter().enumerate() {
        if let Some((id, name, kind)) = v {
            match by_id.get_mut(id.as_ref()) {
                Some(e) => e.mentions.push(k),
                None => {
                    by_id.insert(
                        id.as_ref(),
                        ArticleEntity {
                            id: id.as_ref().to_owned(),
                            name: name.as_ref().to_owned(),
                            kind: *kind,
                            mentions: vec![k],
                        },
                    );
                }
            }
        }
    }
    let mut entities: Vec<ArticleEntity> = by_id.into_values().collect();
    // "the Guardian newspaper": an organisation the lexicon names "The Guardian" keeps the
    // article in its name only when the text writes "The" capitalised inside a sentence.
    for e in &mut entities {
        if e.kind != EntityKind::Organization || !e.name.starts_with("The ") {
            continue;
        }
        let capital_article = e.mentions.iter().any(|&k| {
            let sp = mentions[k].span;
            sp.slice(text).starts_with("The")
                && sp.slice(text)[3..].starts_with(char::is_whitespace)
                && text[..sp.start]
                    .trim_end()
                    .ends_with(|c: char| c.is_alphanumeric() || matches!(c, ',' | ';'))
        });
        if !capital_article {
            e.name = e.name["The ".len()..].to_string();
        }
    }
    // Each mention's entity: the one whose mentions hold it (every mention with an id is in
    // the entity of that id).
    let mut entity_of = vec![None; ids.len()];
    for (ei, e) in entities.iter().enumerate() {
        for &k in &e.mentions {
            entity_of[k] = Some(ei);
        }
    }
    Resolution {
        entities,
        entity_of,
        main_country,
    }
}

/// The bodies of the article's lexicon that sit in a city standing for them (their `seat`
/// attribute): seat city -> body; of several bodies with one seat, the one named most often
/// (on a tie, the one named first).
fn seat_bodies<'a>(rec: &'a Recognizer, mentions: &[Mention]) -> BTreeMap<&'a str, usize> {
    // body -> (times named, minus the first position: more is better on both)
    let mut named: BTreeMap<usize, (usize, std::cmp::Reverse<usize>)> = BTreeMap::new();
    for m in mentions.iter().filter(|m| m.form == Form::Name) {
        let Target::Lex(i) = m.target else { continue };
        if rec.entities[i].attrs.contains_key("seat") {
            let c = named
                .entry(i)
                .or_insert((0, std::cmp::Reverse(m.span.start)));
            c.0 += 1;
        }
    }
    let mut best: BTreeMap<&str, (usize, (usize, std::cmp::Reverse<usize>))> = BTreeMap::new();
    for (&i, &score) in &named {
        for city in rec.entities[i].list("seat") {
            let b = best.entry(city).or_insert((i, score));
            if score > b.1 {
                *b = (i, score);
            }
        }
    }
    best.into_iter().map(|(city, (i, _))| (city, i)).collect()
}

/// Words that say the organisation named next is another name of one named before it.
const RENAME_PHRASES: &[&str] = &[
    "now known as",
    "formerly known as",
    "now called",
    "formerly called",
];

/// Pairs of organisation mentions (earlier, later) of one organisation under two names: the
/// later right after "now known as"/"formerly known as" (and an article), the earlier the last
/// organisation before that phrase in the same sentence and line, at most 150 bytes before it.
fn renamed_pairs(text: &str, mentions: &[Mention]) -> Vec<(usize, usize)> {
    let org = |m: &Mention| m.kind == EntityKind::Organization && m.rule != BARE_HEAD;
    let mut out = Vec::new();
    for (b, mb) in mentions.iter().enumerate().filter(|(_, m)| org(m)) {
        let before = text[..mb.span.start].trim_end();
        let before = before
            .strip_suffix("the")
            .or_else(|| before.strip_suffix("The"))
            .map_or(before, str::trim_end)
            .trim_end_matches('<')
            .trim_end();
        let Some(phrase_at) = RENAME_PHRASES.iter().find_map(|p| {
            let rest = before.strip_suffix(p)?;
            rest.ends_with(char::is_whitespace).then_some(rest.len())
        }) else {
            continue;
        };
        // The last organisation before the phrase, in the same sentence.
        let a = mentions[..b].iter().rposition(|ma| {
            org(ma)
                && ma.span.end <= phrase_at
                && phrase_at - ma.span.end <= 150
                && !text[ma.span.end..phrase_at].contains([';', '\n'])
                && !text[ma.span.end..phrase_at].contains(". ")
        });
        if let Some(a) = a {
            out.push((a, b));
        }
    }
    out
}

/// Lexicon entry `i` as a resolved entity: its id, name and kind, borrowed.
fn lex_resolved(rec: &Recognizer, i: usize) -> Resolved<'_> {
    let e = &rec.entities[i];
    (Cow::Borrowed(&e.id), Cow::Borrowed(&e.name), e.kind)
}

/// Every organisation of the article (not a bare head word) with its words, id -> name: a
/// lexicon body's id and name, and `org:` and the slug of a name found by pattern (not a bare
/// institution word). Of mentions with one id, the last one's name. (Made from the last
/// mention back, so each distinct name is slugged once.)
fn org_words<'a>(
    rec: &'a Recognizer,
    mentions: &'a [Mention],
) -> BTreeMap<Cow<'a, str>, Cow<'a, str>> {
    let mut orgs: BTreeMap<Cow<'a, str>, Cow<'a, str>> = BTreeMap::new();
    let mut named: BTreeSet<&str> = BTreeSet::new();
    for o in mentions.iter().rev() {
        if o.kind != EntityKind::Organization || o.rule == BARE_HEAD {
            continue;
        }
        match &o.target {
            Target::Lex(i) => {
                let e = &rec.entities[*i];
                if !orgs.contains_key(e.id.as_str()) {
                    orgs.insert(Cow::Borrowed(&e.id), Cow::Borrowed(&e.name));
                }
            }
            // (A name met again, later in the text, is in the table already.)
            Target::Name(on) if o.rule != BARE_INSTITUTION && named.insert(on) => {
                orgs.entry(Cow::Owned(format!("org:{}", slug(on))))
                    .or_insert(Cow::Borrowed(on));
            }
            _ => {}
        }
    }
    orgs
}

/// The organisation an unknown name `n` stands for: the article's one longer name it
/// shortens (`longer`, from [`longer_org`]: id and name), else its own.
fn org_named<'a>(n: &'a str, longer: Option<(&'a str, &'a str)>) -> Resolved<'a> {
    match longer {
        Some((id, name)) => (
            Cow::Borrowed(id),
            Cow::Borrowed(name),
            EntityKind::Organization,
        ),
        None => (
            Cow::Owned(format!("org:{}", slug(n))),
            Cow::Borrowed(n),
            EntityKind::Organization,
        ),
    }
}

/// An organisation of the article for [`longer_org`]: id, name, and the name's first and last
/// words (`split_whitespace`).
type OrgShape<'a> = (&'a str, &'a str, Option<&'a str>, Option<&'a str>);

/// The [`OrgShape`]s of the article's organisations (id -> name), in id order.
fn org_shapes<'a>(orgs: &'a BTreeMap<Cow<'a, str>, Cow<'a, str>>) -> Vec<OrgShape<'a>> {
    orgs.iter()
        .map(|(id, name)| {
            let mut w = name.split_whitespace();
            let first = w.next();
            (&**id, &**name, first, w.next_back().or(first))
        })
        .collect()
}

/// The last words of an American company's own name ("Hospital Corp of America"), which its
/// short forms drop.
const AMERICA_TAIL: [&str; 2] = ["of", "America"];

/// `name` without its closing "of America" ("Hospital Corp" for "Hospital Corp of America").
fn american_core(name: &str) -> Option<&str> {
    name.strip_suffix(" of America")
}

/// [`longer_org`] of `n`, remembered in `memo` for the next mention of the same name.
fn longer_cached<'a>(
    n: &'a str,
    orgs: &[OrgShape<'a>],
    memo: &mut BTreeMap<&'a str, Option<(&'a str, &'a str)>>,
) -> Option<(&'a str, &'a str)> {
    *memo.entry(n).or_insert_with(|| longer_org(n, orgs))
}

/// The one longer organisation name of the article that `n` shortens: `n` and company words
/// ("Burlington Industries" for "Burlington Industries Inc", "AFG" for "AFG Industries Inc"),
/// one word opening a company's name of up to four words ("Tandem" for "Tandem Computers Inc"), an
/// acronym opening a name of up to four words ("BDO" for "BDO Stoy Hayward"), or
/// its last two or more words ("National Bank" for "Swiss National Bank"). Of several, the one
/// name that is `n` and a legal form alone ("Velko" is "Velko Corp", not its unit "Velko
/// Express Ltd"). `orgs`: the article's organisations ([`org_shapes`]); the answer is an id
/// and its name.
fn longer_org<'a>(n: &str, orgs: &[OrgShape<'a>]) -> Option<(&'a str, &'a str)> {
    let nw: Vec<&str> = n.split_whitespace().collect();
    // Whether `name` is `n` and legal forms only ("Velko Corp" for "Velko").
    let bare_company = |name: &str| {
        let mut w = name.split_whitespace();
        nw.iter().all(|x| w.next() == Some(*x)) && w.all(crate::ner::is_suffix)
    };
    // (A trade word ends a one-word short form's name only where no other body of the
    // article opens with the word: "Standard" beside "Standard Oil" and "Standard Chartered"
    // is neither.)
    let sole_opener = |first: &str| {
        orgs.iter()
            .filter(|o| o.2 == Some(first) && o.1 != n)
            .count()
            == 1
    };
    let mut found = orgs
        .iter()
        .filter(|(_, name, name_first, name_last)| {
            // Cheap test first, on the words split once: the name must open with `n`'s first
            // word (head) or, for two or more words, end with its last one (tail).
            if let (Some(&first), Some(&last)) = (nw.first(), nw.last())
                && !name_first.is_some_and(|w| owner_word(w, first))
                && (nw.len() < 2 || *name_last != Some(last))
            {
                return false;
            }
            let w: Vec<&str> = name.split_whitespace().collect();
            if w.len() <= nw.len() {
                return false;
            }
            // "Tandem" for "Tandem Computers Inc": one word opening a short company name that
            // ends in a company word; "Foster" for "Foster's Group" too.
            // "BDO" for "BDO Stoy Hayward": an acronym opening a name of up to four words.
            let acronym = nw.len() == 1 && crate::ner::is_short_acronym(nw[0]);
            // ("Selas" for "Selas Corp of America": the American company's name without its
            // "of America".)
            let hw = match w.strip_suffix(&AMERICA_TAIL) {
                Some(core) if core.len() > nw.len() => core,
                _ => &w[..],
            };
            let rest = &hw[nw.len()..];
            let head = hw[..nw.len()]
                .iter()
                .zip(&nw)
                .all(|(a, b)| owner_word(a, b))
                && (rest.iter().all(|x| crate::ner::is_company_tail(x))
                    // "AG Edwards" for "AG Edwards & Sons".
                    || matches!(rest, [amp, kin] if matches!(*amp, "&" | "and")
                        && matches!(*kin, "Sons" | "Son" | "Co" | "Company"))
                    // "Circuit City" for "Circuit City Stores": a name of two words or more
                    // and one trade word, no other body opening with the same word.
                    || nw.len() >= 2
                        && matches!(rest, [x] if SECTOR_TAILS.contains(x))
                        && sole_opener(hw[0])
                    || nw.len() == 1
                        && hw.len() <= 4
                        && (acronym
                            || hw.last().is_some_and(|x| {
                                crate::ner::is_company_tail(x)
                                    || SECTOR_TAILS.contains(x) && sole_opener(hw[0])
                            })));
            let tail = nw.len() >= 2 && w[w.len() - nw.len()..] == nw[..];
            // "Medical Foundation" for "Medical Foundation for the Care of Victims of Torture",
            // "Royal Bank" for "Royal Bank of Scotland": two words or more opening a name
            // that goes on with "for" or "of" (not a company's: "Sara Lee Corp of Canada Ltd"
            // is Sara Lee Corp's subsidiary; but "Hospital Corp" is "Hospital Corp of
            // America", the American company's own name).
            let opening = nw.len() >= 2
                && w[..nw.len()] == nw[..]
                && matches!(w[nw.len()], "for" | "of")
                && (!nw.last().is_some_and(|x| crate::ner::is_suffix(x))
                    || w[nw.len()..] == AMERICA_TAIL)
                && !w.last().is_some_and(|x| crate::ner::is_suffix(x));
            // "Economic Social Research Council" for "Economic and Social Research Council":
            // the same words but "and".
            let and_less = nw.len() >= 3
                && w.iter()
                    .filter(|x| !matches!(**x, "and" | "&"))
                    .eq(nw.iter());
            head || tail || opening || and_less
        })
        .map(|&(id, name, _, _)| (id, name));
    // ("Bastian" for "Bastian Technologies" and "Bastian Technologies Corp": one company, the
    // shorter name being the longer without its legal form.)
    let all: Vec<(&str, &str)> = found.by_ref().collect();
    let legal_form_of = |short: &str, long: &str| {
        long.strip_prefix(short)
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(|rest| rest.split_whitespace().all(crate::ner::is_suffix))
    };
    let mut found = all
        .iter()
        .filter(|(_, name)| !all.iter().any(|(_, other)| legal_form_of(name, other)))
        .copied();
    match (found.next(), found.next()) {
        (Some(x), None) => Some(x),
        (Some(x), Some(y)) => {
            let mut bare = [x, y]
                .into_iter()
                .chain(found)
                .filter(|(_, name)| bare_company(name));
            match (bare.next(), bare.next()) {
                (Some(x), None) => Some(x),
                // "Financial Corp" beside "Financial Corp of America" and "First Nationwide
                // Financial Corp": the one that is `n` and "of America".
                _ => {
                    let mut american = all.iter().filter(|(_, name)| {
                        american_core(name)
                            .is_some_and(|core| core.split_whitespace().eq(nw.iter().copied()))
                    });
                    match (american.next(), american.next()) {
                        (Some(&x), None) => Some(x),
                        _ => None,
                    }
                }
            }
        }
        _ => None,
    }
}

/// Words of a company's trade that end its name after the distinctive word, which the
/// article may drop ("Cairn" for "Cairn Energy", "Nortel" for "Nortel Networks", "Dow" for
/// "Dow Chemical"): for [`longer_org`]'s one-word short forms only.
const SECTOR_TAILS: &[&str] = &[
    "Energy",
    "Petroleum",
    "Oil",
    "Gas",
    "Resources",
    "Networks",
    "Systems",
    "Technologies",
    "Technology",
    "Stores",
    "Airways",
    "Chemical",
    "Electric",
    "Power",
    "Semiconductor",
    "Computer",
    "Computers",
    "Pharmaceutical",
    "Research",
    "Broadband",
];

/// True when the name word `w` is `n`, or `n` with a possessive ending: "Foster's" in
/// "Foster's Group" for "Foster".
fn owner_word(w: &str, n: &str) -> bool {
    w == n
        || w.strip_prefix(n)
            .is_some_and(|rest| matches!(rest, "'s" | "’s"))
}

/// The article's home country (a lexicon index): the country most often named, directly or through
/// its demonym, capital or seat of government, or through a lexicon place or organisation of that
/// country ("the Commons", "Manchester"); ties go to the one named first.
pub fn main_country(rec: &Recognizer, mentions: &[Mention]) -> Option<usize> {
    // country -> (count, first position)
    let mut counts: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
    for m in mentions {
        let Target::Lex(i) = m.target else { continue };
        let e = &rec.entities[i];
        let ci = match e.kind {
            EntityKind::Country => Some(i),
            EntityKind::Organization | EntityKind::Location => e
                .attrs
                .get("country")
                .and_then(|c| rec.by_id.get(c.as_str()).copied()),
            _ => None,
        };
        // Scotland's and Wales's mentions count for the United Kingdom.
        if let Some(ci) = ci.map(|c| rec.sovereign(c)) {
            let c = counts.entry(ci).or_insert((0, m.span.start));
            c.0 += 1;
            c.1 = c.1.min(m.span.start);
        }
    }
    counts
        .iter()
        .max_by(|a, b| a.1.0.cmp(&b.1.0).then_with(|| b.1.1.cmp(&a.1.1)))
        .map(|(i, _)| *i)
}
