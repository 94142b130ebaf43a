//! Lexicons: the built-in word lists under `data/lexicons/` and user additions.
//!
//! Every lexicon is a UTF-8 text file of tab-separated lines; `#` starts a
//! comment line and blank lines are skipped. A file may declare its table with
//! a `#! table: NAME` line (built-in files are named by their file name). The
//! tables and their columns:
//!
//! | table | columns |
//! |---|---|
//! | `entities` (countries, organizations, locations, weapons, people) | `id`, `name`, `aliases` (`\|`-separated), `attributes` (`key=value;key=value`) |
//! | `titles` | `title`, `category`, `attributes` |
//! | `institutions` | `word`, `mode` (`country` or `org`), `attributes` |
//! | `events` | `lemma`, `pos` (`verb`/`noun`), `type`, `cameo`, `forms` (`\|`-separated) |
//! | `reporting` | `lemma`, `forms` (`\|`-separated), `attributes` |
//! | `stance` | `word` (a phrase matched on its last word), `role` (`said`, `is`, `does`, `speaker`, `feel`, `deed`, `block`, `cue`, `as-cue`), `polarity` (`criticize`, `praise`, `accuse`, `support` or `-`) |
//! | `commodities` | `word` (one lower-case word), `kind` (`goods` or `unit`) |
//! | `given_names` | one word per line, optionally a tab and `f` or `m` (a name usually borne by women or by men) |
//! | `nonnames` | one word per line |
//!
//! Errors name the file and the 1-based line.

use std::collections::BTreeMap;
use std::path::Path;

use crate::error::{Error, Result};
use crate::model::EntityKind;

/// The built-in lexicon files, embedded at compile time: (file name, table, contents).
pub const BUILTIN: &[(&str, &str, &str)] = &[
    (
        "countries.tsv",
        "entities",
        include_str!("../../data/lexicons/countries.tsv"),
    ),
    (
        "organizations.tsv",
        "entities",
        include_str!("../../data/lexicons/organizations.tsv"),
    ),
    (
        "locations.tsv",
        "entities",
        include_str!("../../data/lexicons/locations.tsv"),
    ),
    (
        "weapons.tsv",
        "entities",
        include_str!("../../data/lexicons/weapons.tsv"),
    ),
    (
        "people.tsv",
        "entities",
        include_str!("../../data/lexicons/people.tsv"),
    ),
    (
        "titles.tsv",
        "titles",
        include_str!("../../data/lexicons/titles.tsv"),
    ),
    (
        "institutions.tsv",
        "institutions",
        include_str!("../../data/lexicons/institutions.tsv"),
    ),
    (
        "events.tsv",
        "events",
        include_str!("../../data/lexicons/events.tsv"),
    ),
    (
        "reporting.tsv",
        "reporting",
        include_str!("../../data/lexicons/reporting.tsv"),
    ),
    (
        "stance.tsv",
        "stance",
        include_str!("../../data/lexicons/stance.tsv"),
    ),
    (
        "commodities.tsv",
        "commodities",
        include_str!("../../data/lexicons/commodities.tsv"),
    ),
    (
        "given_names.txt",
        "given_names",
        include_str!("../../data/lexicons/given_names.txt"),
    ),
    (
        "nonnames.txt",
        "nonnames",
        include_str!("../../data/lexicons/nonnames.txt"),
    ),
];

/// Where a lexicon entry was defined.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    /// File name.
    pub file: String,
    /// 1-based line.
    pub line: usize,
}

/// A known entity: a country, organisation, place, weapon or well-known person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntityEntry {
    /// Canonical id, e.g. `country:iraq`.
    pub id: String,
    /// Kind, from the id prefix.
    pub kind: EntityKind,
    /// Canonical name.
    pub name: String,
    /// Other names it goes by.
    pub aliases: Vec<String>,
    /// Extra attributes (`demonyms`, `capital`, `country`, `title`, `type`, ...).
    pub attrs: BTreeMap<String, String>,
    /// Where it was defined.
    pub origin: Origin,
}

impl EntityEntry {
    /// A `|`-separated attribute as a list (empty when absent).
    pub fn list(&self, key: &str) -> Vec<&str> {
        self.attrs
            .get(key)
            .map(|v| {
                v.split('|')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// A title word or phrase (`president`, `national security adviser`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TitleEntry {
    /// The title, lower case.
    pub title: String,
    /// Category (`government`, `military`, `legislature`, ...).
    pub category: String,
    /// Extra attributes (e.g. `org=parliament`).
    pub attrs: BTreeMap<String, String>,
}

/// How a "<demonym> <word>" phrase resolves: to the country, or to a new organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InstitutionMode {
    /// "the Iraqi government" stands for Iraq.
    Country,
    /// "the Iraqi Parliament" is an organisation of its own.
    Org,
}

/// A word naming a state institution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InstitutionEntry {
    /// The word, lower case (`parliament`).
    pub word: String,
    /// Resolution mode.
    pub mode: InstitutionMode,
}

/// Part of speech of an event trigger.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TriggerPos {
    /// A verb form (`bought`).
    Verb,
    /// A noun form (`purchase`).
    Noun,
}

/// An event trigger lemma with its forms and coding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventEntry {
    /// Lemma (`buy`).
    pub lemma: String,
    /// Part of speech.
    pub pos: TriggerPos,
    /// Relation type (`buys`).
    pub rel_type: String,
    /// CAMEO code (`062`).
    pub cameo: String,
    /// Inflected forms, lower case.
    pub forms: Vec<String>,
}

/// A reporting verb (`say`) and its forms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportingEntry {
    /// Lemma.
    pub lemma: String,
    /// Forms, lower case (may be multi-word: `according to`).
    pub forms: Vec<String>,
    /// Extra attributes.
    pub attrs: BTreeMap<String, String>,
}

/// A stance word: how a speaker's words judge a named person or body (see
/// `data/lexicons/stance.tsv` for the roles).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StanceEntry {
    /// The word or phrase, lower case.
    pub word: String,
    /// Its role: `said`, `is`, `does`, `speaker`, `feel`, `deed`, `block`, `cue` or `as-cue`.
    pub role: String,
    /// For a judgement role, `criticize`, `praise`, `accuse` or `support`; `-` for the other
    /// roles.
    pub polarity: String,
}

/// What a commodities row names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CommodityKind {
    /// A commodity noun (`wheat`).
    Goods,
    /// A unit goods are counted in (`tonnes`).
    Unit,
}

/// A traded commodity or trade unit (read by the commodity-deal rule).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommodityEntry {
    /// The word, lower case.
    pub word: String,
    /// Goods or unit.
    pub kind: CommodityKind,
}

/// All lexicon tables.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    /// Known entities; a later entry with the same id replaces an earlier one.
    pub entities: Vec<EntityEntry>,
    /// Titles.
    pub titles: Vec<TitleEntry>,
    /// Institution words.
    pub institutions: Vec<InstitutionEntry>,
    /// Event triggers.
    pub events: Vec<EventEntry>,
    /// Reporting verbs.
    pub reporting: Vec<ReportingEntry>,
    /// Stance words (judgements in quotes).
    pub stance: Vec<StanceEntry>,
    /// Commodity nouns and trade units.
    pub commodities: Vec<CommodityEntry>,
    /// Common given names (a name-shape feature, not a list of people).
    pub given_names: Vec<String>,
    /// The given names usually borne by women (`f` in the file's second column) and by men
    /// (`m`): a hint for "she" and "he", never a person's identity.
    pub female_names: Vec<String>,
    /// See [`Lexicon::female_names`].
    pub male_names: Vec<String>,
    /// Capitalised words that are not names (sentence starters, months, ...).
    pub nonnames: Vec<String>,
}

fn err(file: &str, line: usize, message: impl Into<String>) -> Error {
    Error::Lexicon {
        file: file.to_string(),
        line,
        message: message.into(),
    }
}

fn parse_attrs(file: &str, line: usize, s: &str) -> Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for part in s.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let (k, v) = part
            .split_once('=')
            .ok_or_else(|| err(file, line, format!("attribute `{part}` is not key=value")))?;
        out.insert(k.trim().to_string(), v.trim().to_string());
    }
    Ok(out)
}

fn split_list(s: &str) -> Vec<String> {
    s.split('|')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

impl Lexicon {
    /// The built-in lexicons.
    ///
    /// ```
    /// let lex = newsgraph::lexicon::Lexicon::builtin().unwrap();
    /// assert!(lex.entities.iter().any(|e| e.id == "country:iraq"));
    /// ```
    pub fn builtin() -> Result<Lexicon> {
        let mut lex = Lexicon::default();
        for (file, table, text) in BUILTIN {
            lex.parse_into(file, table, text)?;
        }
        Ok(lex)
    }

    /// Adds a user lexicon file; entity lines replace built-in entries with the same id.
    /// The table is given by a `#! table: NAME` line, `entities` by default.
    pub fn load_file(&mut self, path: &Path) -> Result<()> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        let name = path.display().to_string();
        let table = text
            .lines()
            .find_map(|l| {
                l.strip_prefix("#!")
                    .and_then(|r| r.trim().strip_prefix("table:"))
            })
            .map(|t| t.trim().to_string())
            .unwrap_or_else(|| "entities".to_string());
        self.parse_into(&name, &table, &text)
    }

    /// Parses `text` as table `table`, appending to this lexicon.
    pub fn parse_into(&mut self, file: &str, table: &str, text: &str) -> Result<()> {
        // Position of the first entity with each id (a later line with the same
        // id replaces it), instead of a scan of all entities per line.
        let mut entity_at: rustc_hash::FxHashMap<String, usize> = rustc_hash::FxHashMap::default();
        if table == "entities" {
            for (pos, e) in self.entities.iter().enumerate() {
                entity_at.entry(e.id.clone()).or_insert(pos);
            }
        }
        for (i, line) in text.lines().enumerate() {
            let n = i + 1;
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let need = |k: usize| -> Result<()> {
                if cols.len() < k || cols[..k].iter().any(|c| c.trim().is_empty()) {
                    Err(err(
                        file,
                        n,
                        format!(
                            "table `{table}` needs {k} tab-separated columns, found {}",
                            cols.len()
                        ),
                    ))
                } else {
                    Ok(())
                }
            };
            match table {
                "entities" => {
                    need(2)?;
                    let id = cols[0].trim();
                    let kind = EntityKind::of_id(id).ok_or_else(|| {
                        err(
                            file,
                            n,
                            format!(
                                "id `{id}` must start with person:, country:, org:, loc: or weapon:"
                            ),
                        )
                    })?;
                    let entry = EntityEntry {
                        id: id.to_string(),
                        kind,
                        name: cols[1].trim().to_string(),
                        aliases: cols.get(2).map(|s| split_list(s)).unwrap_or_default(),
                        attrs: parse_attrs(file, n, cols.get(3).copied().unwrap_or(""))?,
                        origin: Origin {
                            file: file.to_string(),
                            line: n,
                        },
                    };
                    if let Some(&pos) = entity_at.get(&entry.id) {
                        self.entities[pos] = entry;
                    } else {
                        entity_at.insert(entry.id.clone(), self.entities.len());
                        self.entities.push(entry);
                    }
                }
                "titles" => {
                    need(2)?;
                    self.titles.push(TitleEntry {
                        title: cols[0].trim().to_lowercase(),
                        category: cols[1].trim().to_string(),
                        attrs: parse_attrs(file, n, cols.get(2).copied().unwrap_or(""))?,
                    });
                }
                "institutions" => {
                    need(2)?;
                    let mode = match cols[1].trim() {
                        "country" => InstitutionMode::Country,
                        "org" => InstitutionMode::Org,
                        other => {
                            return Err(err(
                                file,
                                n,
                                format!("mode `{other}` must be `country` or `org`"),
                            ));
                        }
                    };
                    self.institutions.push(InstitutionEntry {
                        word: cols[0].trim().to_lowercase(),
                        mode,
                    });
                }
                "events" => {
                    need(5)?;
                    let pos = match cols[1].trim() {
                        "verb" => TriggerPos::Verb,
                        "noun" => TriggerPos::Noun,
                        other => {
                            return Err(err(
                                file,
                                n,
                                format!("pos `{other}` must be `verb` or `noun`"),
                            ));
                        }
                    };
                    let cameo = cols[3].trim();
                    if !cameo.chars().all(|c| c.is_ascii_digit()) || !(2..=4).contains(&cameo.len())
                    {
                        return Err(err(
                            file,
                            n,
                            format!("CAMEO code `{cameo}` must be 2 to 4 digits"),
                        ));
                    }
                    self.events.push(EventEntry {
                        lemma: cols[0].trim().to_lowercase(),
                        pos,
                        rel_type: cols[2].trim().to_string(),
                        cameo: cameo.to_string(),
                        forms: split_list(&cols[4].to_lowercase()),
                    });
                }
                "reporting" => {
                    need(2)?;
                    self.reporting.push(ReportingEntry {
                        lemma: cols[0].trim().to_lowercase(),
                        forms: split_list(&cols[1].to_lowercase()),
                        attrs: parse_attrs(file, n, cols.get(2).copied().unwrap_or(""))?,
                    });
                }
                "stance" => {
                    need(3)?;
                    let role = cols[1].trim();
                    let polarity = cols[2].trim();
                    let judges = matches!(role, "said" | "is" | "does" | "speaker" | "feel");
                    if !judges && !matches!(role, "deed" | "block" | "cue" | "as-cue") {
                        return Err(err(file, n, format!("unknown stance role `{role}`")));
                    }
                    match (judges, polarity) {
                        (true, "criticize" | "praise" | "accuse" | "support") | (false, "-") => {}
                        _ => {
                            return Err(err(
                                file,
                                n,
                                format!("polarity `{polarity}` does not fit role `{role}`"),
                            ));
                        }
                    }
                    let word = cols[0].trim().to_lowercase();
                    if word.split(' ').any(str::is_empty) || word.split(' ').count() > 4 {
                        return Err(err(file, n, format!("`{word}` must be one to four words")));
                    }
                    self.stance.push(StanceEntry {
                        word,
                        role: role.to_string(),
                        polarity: polarity.to_string(),
                    });
                }
                "commodities" => {
                    need(2)?;
                    let word = cols[0].trim().to_lowercase();
                    if word.contains(char::is_whitespace) {
                        return Err(err(file, n, format!("`{word}` must be one word")));
                    }
                    let kind = match cols[1].trim() {
                        "goods" => CommodityKind::Goods,
                        "unit" => CommodityKind::Unit,
                        other => {
                            return Err(err(
                                file,
                                n,
                                format!("kind `{other}` must be `goods` or `unit`"),
                            ));
                        }
                    };
                    self.commodities.push(CommodityEntry { word, kind });
                }
                "given_names" => {
                    let name = cols[0].trim().to_string();
                    match cols.get(1).map(|c| c.trim()) {
                        None | Some("") => {}
                        Some("f") => self.female_names.push(name.clone()),
                        Some("m") => self.male_names.push(name.clone()),
                        Some(other) => {
                            return Err(err(
                                file,
                                n,
                                format!("gender `{other}` must be `f`, `m` or left out"),
                            ));
                        }
                    }
                    self.given_names.push(name);
                }
                "nonnames" => self.nonnames.push(cols[0].trim().to_string()),
                other => return Err(err(file, n, format!("unknown table `{other}`"))),
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_lexicon_parses() {
        let lex = Lexicon::builtin().expect("built-in lexicons parse");
        assert!(lex.entities.len() > 10);
        assert!(!lex.events.is_empty());
        assert!(!lex.reporting.is_empty());
        assert!(
            lex.commodities
                .iter()
                .any(|c| c.word == "wheat" && c.kind == CommodityKind::Goods)
        );
        assert!(
            lex.commodities
                .iter()
                .any(|c| c.word == "tonnes" && c.kind == CommodityKind::Unit)
        );
        assert!(
            lex.stance
                .iter()
                .any(|w| w.role == "said" && w.polarity == "praise")
        );
    }

    /// The message of the error that loading `text` as table `table` of file `file` gives.
    fn load_error(file: &str, table: &str, text: &str) -> String {
        Lexicon::default()
            .parse_into(file, table, text)
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn errors_name_file_and_line() {
        assert_eq!(
            load_error("mine.tsv", "entities", "# c\ncountry:x\tX\nbad:y\tY\n"),
            "lexicon mine.tsv:3: id `bad:y` must start with person:, country:, org:, loc: or weapon:"
        );
        let e = load_error("ev.tsv", "events", "buy\tverb\tbuys\t06x\tbuy\n");
        assert!(e.starts_with("lexicon ev.tsv:1:"), "{e}");
        assert_eq!(
            load_error(
                "goods.tsv",
                "commodities",
                "# c\nwheat\tgoods\nsalt\tgood\n"
            ),
            "lexicon goods.tsv:3: kind `good` must be `goods` or `unit`"
        );
        assert_eq!(
            load_error("names.txt", "given_names", "# c\nRuth\tf\nJohn\tmale\n"),
            "lexicon names.txt:3: gender `male` must be `f`, `m` or left out"
        );
    }

    #[test]
    fn given_names_may_carry_a_gender() {
        let mut lex = Lexicon::default();
        lex.parse_into("n.txt", "given_names", "Ruth\tf\nJohn\tm\nChris\n")
            .unwrap();
        assert_eq!(lex.given_names, vec!["Ruth", "John", "Chris"]);
        assert_eq!(lex.female_names, vec!["Ruth"]);
        assert_eq!(lex.male_names, vec!["John"]);
    }

    #[test]
    fn later_entity_replaces_earlier() {
        let mut lex = Lexicon::default();
        lex.parse_into("a", "entities", "org:x\tX Corp\n").unwrap();
        lex.parse_into("b", "entities", "org:x\tX Corporation\tXC\n")
            .unwrap();
        assert_eq!(lex.entities.len(), 1);
        assert_eq!(lex.entities[0].name, "X Corporation");
        assert_eq!(lex.entities[0].aliases, vec!["XC"]);
    }

    #[test]
    fn no_duplicate_ids_and_no_alias_clash() {
        use std::collections::{BTreeMap, BTreeSet};
        // Parse each entity file on its own: `Lexicon` replaces an entry with a repeated id.
        let mut ids: BTreeMap<String, String> = BTreeMap::new();
        let mut entities = Vec::new();
        let mut problems = Vec::new();
        for (file, table, text) in BUILTIN {
            if *table != "entities" {
                continue;
            }
            let mut lex = Lexicon::default();
            lex.parse_into(file, table, text)
                .expect("entity lexicon parses");
            let lines = text
                .lines()
                .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
                .count();
            if lines != lex.entities.len() {
                problems.push(format!("{file}: an id is repeated within the file"));
            }
            for e in lex.entities {
                if let Some(other) = ids.insert(e.id.clone(), file.to_string()) {
                    problems.push(format!("id {} in both {other} and {file}", e.id));
                }
                entities.push(e);
            }
        }
        // Every surface string (name, alias, demonym, capital, seat) names one entity only.
        let mut surface: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for e in &entities {
            let mut strings: Vec<&str> = vec![e.name.as_str()];
            strings.extend(e.aliases.iter().map(String::as_str));
            for key in ["demonyms", "capital", "seats"] {
                strings.extend(e.list(key));
            }
            for s in strings {
                surface
                    .entry(s.to_string())
                    .or_default()
                    .insert(e.id.clone());
            }
        }
        for (s, owners) in &surface {
            if owners.len() > 1 {
                problems.push(format!("`{s}` names {owners:?}"));
            }
        }
        // Reference attributes point to existing ids.
        for e in &entities {
            for key in ["country", "org", "origin", "party"] {
                for target in e.list(key) {
                    if !ids.contains_key(target) {
                        problems.push(format!("{}: {key}={target} is not a known id", e.id));
                    }
                }
            }
        }
        // Event types come from the fixed vocabulary.
        const TYPES: &[&str] = &[
            "buys",
            "sells",
            "negotiates",
            "meets",
            "visits",
            "threatens",
            "sanctions",
            "attacks",
            "kills",
            "demands",
            "expels",
            "accuses",
            "criticizes",
            "supports",
            "aids",
            "cuts_aid",
            "rejects",
            "cooperates",
            "agrees",
            "appeals",
            "protests",
            "arrests",
            "withdraws",
            "deploys",
            "invades",
            "occupies",
            "signs",
            "condemns",
            "praises",
            "warns",
            "blockades",
            "seizes",
            "bombs",
            "cuts_ties",
        ];
        let lex = Lexicon::builtin().expect("built-in lexicons parse");
        for ev in &lex.events {
            if !TYPES.contains(&ev.rel_type.as_str()) {
                problems.push(format!(
                    "event {} has unknown type {}",
                    ev.lemma, ev.rel_type
                ));
            }
            if ev.forms.is_empty() {
                problems.push(format!("event {} has no forms", ev.lemma));
            }
        }
        assert!(
            problems.is_empty(),
            "lexicon problems:\n{}",
            problems.join("\n")
        );
    }

    #[test]
    fn builtin_lexicons_have_expected_coverage() {
        let lex = Lexicon::builtin().expect("built-in lexicons parse");
        let count = |prefix: &str| {
            lex.entities
                .iter()
                .filter(|e| e.id.starts_with(prefix))
                .count()
        };
        assert!(count("country:") >= 195, "countries: {}", count("country:"));
        assert!(count("org:") >= 400);
        assert!(count("loc:") >= 400);
        assert!(count("weapon:") >= 200);
        assert!(count("person:") >= 250);
        assert!(lex.titles.len() >= 250);
        assert!(lex.events.len() >= 150);
        assert!(lex.reporting.len() >= 80);
        assert!(lex.given_names.len() >= 2000);
        assert!(lex.female_names.len() >= 300 && lex.male_names.len() >= 300);
        assert!(lex.nonnames.len() >= 600);
        let us = lex
            .entities
            .iter()
            .find(|e| e.id == "country:united-states")
            .expect("united states");
        assert!(us.aliases.iter().any(|a| a == "U.S."));
        assert!(us.list("demonyms").contains(&"American"));
        assert!(us.list("capital").contains(&"Washington"));
        let russia = lex
            .entities
            .iter()
            .find(|e| e.id == "country:russia")
            .unwrap();
        assert!(russia.list("seats").contains(&"Kremlin"));
        // Titles are lower case and aliases never hold bare lower-case ambiguous words like `us`.
        assert!(lex.titles.iter().all(|t| t.title == t.title.to_lowercase()));
        assert!(
            lex.entities
                .iter()
                .all(|e| !e.aliases.iter().any(|a| a == "us"))
        );
    }
}
