//! The records one article yields: the `extract` wire format.
//!
//! [`Analysis`] is what `newsgraph extract` prints as one JSON line per
//! article and what `newsgraph build` reads back. Every record points into the
//! article's original bytes with an [`Evidence`] (span + text).

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::span::Span;

/// What kind of thing an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A named person.
    Person,
    /// A sovereign state (or its government, by metonymy).
    Country,
    /// A company, body, party, agency, armed group, outlet, ...
    Organization,
    /// A city, region, province, site.
    Location,
    /// A weapon system or platform.
    Weapon,
}

impl EntityKind {
    /// All kinds, in display order.
    pub const ALL: [EntityKind; 5] = [
        EntityKind::Person,
        EntityKind::Country,
        EntityKind::Organization,
        EntityKind::Location,
        EntityKind::Weapon,
    ];

    /// The lower-case name used in ids and JSON (`"person"`).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Country => "country",
            EntityKind::Organization => "organization",
            EntityKind::Location => "location",
            EntityKind::Weapon => "weapon",
        }
    }

    /// The id prefix (`"person"`, `"country"`, `"org"`, `"loc"`, `"weapon"`).
    pub fn id_prefix(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Country => "country",
            EntityKind::Organization => "org",
            EntityKind::Location => "loc",
            EntityKind::Weapon => "weapon",
        }
    }

    /// Parses a kind name or id prefix (`"org"` and `"organization"` both work).
    ///
    /// ```
    /// use newsgraph::EntityKind;
    /// assert_eq!(EntityKind::parse("org"), Some(EntityKind::Organization));
    /// ```
    pub fn parse(s: &str) -> Option<EntityKind> {
        Some(match s.trim().to_ascii_lowercase().as_str() {
            "person" | "per" => EntityKind::Person,
            "country" | "gpe" => EntityKind::Country,
            "organization" | "organisation" | "org" => EntityKind::Organization,
            "location" | "loc" => EntityKind::Location,
            "weapon" => EntityKind::Weapon,
            _ => return None,
        })
    }

    /// The kind named by an entity id's prefix (`"country:iraq"` → country).
    pub fn of_id(id: &str) -> Option<EntityKind> {
        id.split_once(':').and_then(|(p, _)| EntityKind::parse(p))
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How firmly the text states an event.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// Stated as fact by the article.
    #[default]
    Asserted,
    /// Stated as not having happened ("no contracts have been signed").
    Negated,
    /// Planned, wanted, announced ("intends to buy", "in negotiations for").
    Intended,
    /// Conditional or speculative ("would probably trigger sanctions").
    Hypothetical,
    /// Attributed to a source rather than stated by the article.
    Reported,
}

impl Modality {
    /// Lower-case name as in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Negated => "negated",
            Modality::Intended => "intended",
            Modality::Hypothetical => "hypothetical",
            Modality::Reported => "reported",
        }
    }
}

impl fmt::Display for Modality {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A span of the original input together with the text it covers.
///
/// Invariant: `text == input[start..end]` (lossily decoded where the input
/// was not valid UTF-8).
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Evidence {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The covered text.
    pub text: String,
}

impl Evidence {
    /// The span this evidence covers.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// Metadata of one article.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ArticleMeta {
    /// Stable id: the JSONL `id`, else the file path relative to the input root.
    pub id: String,
    /// Where it was read from (`-` for stdin).
    #[serde(default)]
    pub path: Option<String>,
    /// Headline.
    #[serde(default)]
    pub title: Option<String>,
    /// Publication date (the anchor for relative dates).
    #[serde(default)]
    pub published: Option<NaiveDate>,
    /// Byline.
    #[serde(default)]
    pub author: Option<String>,
    /// Outlet.
    #[serde(default)]
    pub source: Option<String>,
    /// Original address, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// One mention of an entity.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct MentionRecord {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Original text of the mention.
    pub text: String,
    /// Which rule found it (`gazetteer`, `title+name`, `surname`, ...).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rule: String,
}

/// A title a person holds, and for whom (`President` of `country:united-states`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Affiliation {
    /// Title words as written, e.g. `National Security Adviser`.
    #[serde(default)]
    pub title: Option<String>,
    /// Entity id of the organisation or country, when known.
    #[serde(default)]
    pub org: Option<String>,
    /// Where the affiliation is stated.
    pub evidence: Evidence,
}

/// One entity of one article with all its mentions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityRecord {
    /// Canonical id, stable across articles (`country:iraq`, `person:donald-trump`).
    pub id: String,
    /// Canonical display name.
    pub name: String,
    /// Kind.
    pub kind: EntityKind,
    /// Distinct surface forms seen in this article (sorted).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Titles and affiliations stated for this entity (persons).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub affiliations: Vec<Affiliation>,
    /// Every mention, in text order.
    pub mentions: Vec<MentionRecord>,
}

/// A typed, directed relation between two entities, stated somewhere in an article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelationRecord {
    /// Entity id of the actor.
    pub source: String,
    /// Entity id of the target.
    pub target: String,
    /// Relation type (`buys`, `threatens`, `member_of`, ...).
    #[serde(rename = "type")]
    pub rel_type: String,
    /// CAMEO 1.1b3 event code, for events.
    #[serde(default)]
    pub cameo: Option<String>,
    /// How firmly it is stated.
    #[serde(default)]
    pub modality: Modality,
    /// ISO date (`2020-01-14` or `2019-09`) when the text dates it.
    #[serde(default)]
    pub date: Option<String>,
    /// For `member_of`: the title held.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The words that state it (the trigger clause).
    pub evidence: Evidence,
    /// The whole sentence it sits in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentence: Option<Evidence>,
    /// Which rule produced it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rule: String,
}

/// A quotation (direct or reported speech) with its speaker.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteRecord {
    /// Entity id of the speaker, or null when nobody could be named.
    pub speaker: Option<String>,
    /// The words naming the speaker (may be a pronoun or title).
    pub speaker_mention: Option<Evidence>,
    /// The reporting verb or phrase (`said`, `according to`).
    pub cue: Option<Evidence>,
    /// What was said.
    pub content: Evidence,
    /// True for words in quotation marks.
    pub direct: bool,
    /// Entity ids the content is about, sorted.
    #[serde(default)]
    pub about: Vec<String>,
    /// ISO date of the utterance when known.
    #[serde(default)]
    pub date: Option<String>,
}

/// Everything extracted from one article: one line of `newsgraph extract`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Analysis {
    /// The article's metadata.
    pub article: ArticleMeta,
    /// Entities, sorted by id.
    pub entities: Vec<EntityRecord>,
    /// Relations, in text order.
    pub relations: Vec<RelationRecord>,
    /// Quotes, in text order.
    pub quotes: Vec<QuoteRecord>,
}

impl Evidence {
    /// Why this evidence is not a valid span of `raw` with the lossily decoded
    /// text of that span, if it is not.
    pub fn check(&self, raw: &[u8]) -> Result<(), String> {
        if self.start > self.end || self.end > raw.len() {
            return Err(format!(
                "span {}..{} outside 0..{}",
                self.start,
                self.end,
                raw.len()
            ));
        }
        let actual = String::from_utf8_lossy(&raw[self.start..self.end]);
        if actual != self.text {
            return Err(format!(
                "span {}..{}: text {:?} is not the input's {actual:?}",
                self.start, self.end, self.text
            ));
        }
        Ok(())
    }
}

impl Analysis {
    /// Checks every span of this analysis (mentions, affiliations, relation
    /// evidence and sentences, quote speakers, cues and contents) against the
    /// article's original bytes `raw`: `start <= end <= raw.len()` and the
    /// text is the lossy decoding of `raw[start..end]`. Returns the first
    /// violation, naming where it is.
    ///
    /// ```
    /// use newsgraph::{article::Article, pipeline::Pipeline};
    /// let a = Article::from_text("a", "Turkey bought the S-400 from Russia.");
    /// let an = Pipeline::builtin().unwrap().analyze(&a);
    /// assert_eq!(an.check_spans(&a.raw), Ok(()));
    /// ```
    pub fn check_spans(&self, raw: &[u8]) -> Result<(), String> {
        let at = |what: &str, r: Result<(), String>| r.map_err(|e| format!("{what}: {e}"));
        for e in &self.entities {
            for m in &e.mentions {
                let ev = Evidence {
                    start: m.start,
                    end: m.end,
                    text: m.text.clone(),
                };
                at(&format!("mention of {}", e.id), ev.check(raw))?;
            }
            for a in &e.affiliations {
                at(&format!("affiliation of {}", e.id), a.evidence.check(raw))?;
            }
        }
        for r in &self.relations {
            let what = format!("{} -{}-> {}", r.source, r.rel_type, r.target);
            at(&what, r.evidence.check(raw))?;
            if let Some(s) = &r.sentence {
                at(&format!("sentence of {what}"), s.check(raw))?;
            }
        }
        for (i, q) in self.quotes.iter().enumerate() {
            at(&format!("quote {i} content"), q.content.check(raw))?;
            if let Some(c) = &q.cue {
                at(&format!("quote {i} cue"), c.check(raw))?;
            }
            if let Some(s) = &q.speaker_mention {
                at(&format!("quote {i} speaker"), s.check(raw))?;
            }
        }
        Ok(())
    }
}
