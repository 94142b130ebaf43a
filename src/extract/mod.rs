//! Extraction: events, affiliations, quotes and dates from analysed text.
//!
//! Input is one article after tokenisation, recognition and resolution (a
//! [`Doc`]); output is typed relations with CAMEO codes, modality and dates,
//! `member_of` affiliations, and quotes attributed to speakers. Every record
//! carries a span into the original bytes and the id of the rule that made it.

mod affil;
mod business;
mod coref;
pub mod date;
mod events;
mod quotes;
mod roles;
mod spoken_for;
mod stance;
mod trade;

use std::collections::BTreeMap;

use rustc_hash::FxHashMap as HashMap;

use crate::article::Article;
use crate::lexicon::{EventEntry, Lexicon, TriggerPos};
use crate::model::{Affiliation, EntityKind, QuoteRecord, RelationRecord};
use crate::ner::{Form, Mention, Target, TitleMatch};
use crate::pipeline::Pipeline;
use crate::resolve::Resolution;
use crate::span::Span;
use crate::text::{Sentence, Token};

/// Event and reporting tables compiled from the lexicon.
#[derive(Debug)]
pub struct Extractor {
    /// Event forms by (first) word, and the event finder's word lists: one look-up per
    /// word answers [`Extractor::phrase`], [`Extractor::triggers`] and the lists.
    words: HashMap<String, WordInfo>,
    events: Vec<EventEntry>,
    /// Reporting-verb forms: what each can be as a speech cue, in one look-up.
    cues: HashMap<String, Cue>,
    /// The (first byte, length) shapes of the keys of `words` and `cues`: most words
    /// of a text are answered without hashing (see [`Shapes`]).
    word_shapes: Shapes,
    cue_shapes: Shapes,
    /// Every word that can open a cue of indirect speech (see [`quotes::indirect_heads`]):
    /// a sentence without one is passed over whole.
    indirect_heads: crate::wordset::WordSet,
    /// Stance words (see [`stance`]).
    stance: stance::Words,
    /// Commodity nouns and trade units (see [`trade`]).
    goods: trade::Goods,
}

/// Per first byte, a bit per key length (lengths from 31 on share the last bit): a word
/// whose bit is clear is no key.
#[derive(Debug)]
struct Shapes(Box<[u32; 256]>);

/// No keys: every word is certainly none.
impl Default for Shapes {
    fn default() -> Shapes {
        Shapes(Box::new([0; 256]))
    }
}

impl Shapes {
    fn of<'a>(keys: impl Iterator<Item = &'a String>) -> Shapes {
        let mut t = Box::new([0u32; 256]);
        for k in keys {
            match k.as_bytes().first() {
                Some(&f) => t[usize::from(f)] |= 1 << k.len().min(31),
                // An empty key: every first byte may begin it (never filter).
                None => t.fill(u32::MAX),
            }
        }
        Shapes(t)
    }

    /// False when `w` is certainly no key.
    #[inline]
    fn may_hold(&self, w: &str) -> bool {
        match w.as_bytes().first() {
            Some(&f) => self.0[usize::from(f)] & (1 << w.len().min(31)) != 0,
            None => self.0.contains(&u32::MAX),
        }
    }
}

/// What a lower-case reporting-verb form is as a speech cue (see [`Extractor::cue`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cue {
    /// A speech verb that can introduce a quote (`said`): [`Extractor::is_reporting`].
    pub reporting: bool,
    /// A verb of thinking (`believe`): [`Extractor::is_cognition`].
    pub cognition: bool,
    /// Its object is what was said, asked or wanted (`urged X to`, `endorsed X`):
    /// [`Extractor::takes_object`].
    pub object: bool,
    /// Its object is what was said only as an infinitive (`sought to reassure`, not
    /// `sought clarification`): `object=to` in the lexicon.
    pub infinitive: bool,
}

/// What one lower-case word is to the event finder: the event forms that begin with it,
/// and its place in the finder's word lists.
#[derive(Debug, Default)]
pub(crate) struct WordInfo {
    /// One-word forms: event indices.
    single: Vec<usize>,
    /// Multi-word forms: (remaining words, event index), longest first.
    phrases: Vec<(Vec<String>, usize)>,
    /// Its index among the sports cues ([`events::SPORTS_CUES`]).
    pub(crate) sports: Option<usize>,
    /// A verb of protection ([`events::PROTECT_VERBS`]).
    pub(crate) protect: bool,
    /// A verb of paying ([`events::PAY_VERBS`]): a sentence without one has no `paid_for`.
    pub(crate) pay: bool,
    /// A verb of lending or a noun of credit ([`events::LEND_VERBS`],
    /// [`events::EXTENDED_NOUNS`]): a sentence without one has no `extended_aid`.
    pub(crate) aid: bool,
}

impl Extractor {
    /// Compiles the tables.
    pub fn new(lex: &Lexicon) -> Extractor {
        let mut forms: HashMap<String, WordInfo> = HashMap::default();
        for (i, e) in lex.events.iter().enumerate() {
            for f in &e.forms {
                let words: Vec<String> = f.split_whitespace().map(str::to_string).collect();
                match words.as_slice() {
                    [] => {}
                    [one] => forms.entry(one.clone()).or_default().single.push(i),
                    [first, rest @ ..] => forms
                        .entry(first.clone())
                        .or_default()
                        .phrases
                        .push((rest.to_vec(), i)),
                }
            }
        }
        for v in forms.values_mut() {
            v.phrases
                .sort_by_key(|(rest, _)| std::cmp::Reverse(rest.len()));
        }
        for (i, w) in events::SPORTS_CUES.iter().enumerate() {
            forms.entry(w.to_string()).or_default().sports = Some(i);
        }
        for w in events::PROTECT_VERBS {
            forms.entry(w.to_string()).or_default().protect = true;
        }
        for w in events::PAY_VERBS {
            forms.entry(w.to_string()).or_default().pay = true;
        }
        for w in events::LEND_VERBS.iter().chain(events::EXTENDED_NOUNS) {
            forms.entry(w.to_string()).or_default().aid = true;
        }
        // A form listed twice takes the kind of its last entry and is object-taking when
        // any entry says so.
        let mut cues: HashMap<String, Cue> = HashMap::default();
        for r in &lex.reporting {
            let infinitive = r.attrs.get("object").is_some_and(|v| v == "to");
            let object = infinitive || r.attrs.get("object").is_some_and(|v| v == "1");
            let cognition = r.attrs.get("kind").is_some_and(|k| k == "cognition");
            for f in &r.forms {
                let cue = cues.entry(f.clone()).or_default();
                cue.reporting = !cognition;
                cue.cognition = cognition;
                cue.object |= object;
                cue.infinitive |= infinitive;
            }
        }
        Extractor {
            word_shapes: Shapes::of(forms.keys()),
            cue_shapes: Shapes::of(cues.keys()),
            indirect_heads: quotes::indirect_heads(cues.keys()),
            words: forms,
            events: lex.events.clone(),
            cues,
            stance: stance::Words::new(lex),
            goods: trade::Goods::new(lex),
        }
    }

    /// All that a lower-case word form is as a speech cue, in one look-up (all false for
    /// a word that is no reporting verb).
    pub fn cue(&self, form: &str) -> Cue {
        if !self.cue_shapes.may_hold(form) {
            return Cue::default();
        }
        self.cues.get(form).copied().unwrap_or_default()
    }

    /// Event entries a lower-case word form can trigger, verbs first.
    pub fn triggers(&self, form: &str) -> Vec<&EventEntry> {
        self.word(form).map_or_else(Vec::new, |f| self.single(f))
    }

    /// Can a lower-case word form trigger an event as a verb ("met", "urged")? No allocation:
    /// for the many words tested while finding subjects and appositions.
    pub fn is_event_verb(&self, form: &str) -> bool {
        self.word(form).is_some_and(|f| {
            f.single
                .iter()
                .any(|&i| self.events[i].pos == TriggerPos::Verb)
        })
    }

    /// The one-word entries of `f`, verbs first.
    fn single(&self, f: &WordInfo) -> Vec<&EventEntry> {
        let mut v: Vec<&EventEntry> = f.single.iter().map(|&i| &self.events[i]).collect();
        v.sort_by_key(|e| e.pos != TriggerPos::Verb);
        v
    }

    /// What a word starts, in one look-up: the longest multi-word trigger starting with
    /// `first` whose remaining words are `next` (as [`Extractor::phrase`]: the number of
    /// extra words and that one entry), else `first` as a one-word trigger (as
    /// [`Extractor::triggers`]: no extra words, its entries, verbs first; none for a word
    /// that triggers nothing).
    pub fn trigger_at<S: AsRef<str>>(&self, first: &str, next: &[S]) -> (usize, Vec<&EventEntry>) {
        self.trigger_with(self.word(first), next)
    }

    /// What the event finder knows of a lower-case word (None: nothing).
    #[inline]
    pub(crate) fn word(&self, w: &str) -> Option<&WordInfo> {
        if !self.word_shapes.may_hold(w) {
            return None;
        }
        self.word_lookup(w)
    }

    /// [`Extractor::word`] past the shape filter (out of line: the filter, inlined into the
    /// callers, turns most words away).
    #[inline(never)]
    fn word_lookup(&self, w: &str) -> Option<&WordInfo> {
        self.words.get(w)
    }

    /// [`Extractor::trigger_at`] for a word already looked up with [`Extractor::word`].
    pub(crate) fn trigger_with<S: AsRef<str>>(
        &self,
        first: Option<&WordInfo>,
        next: &[S],
    ) -> (usize, Vec<&EventEntry>) {
        let Some(f) = first else {
            return (0, Vec::new());
        };
        match self.phrase_in(f, next) {
            Some((extra, e)) => (extra, vec![e]),
            None => (0, self.single(f)),
        }
    }

    /// The longest of `f`'s multi-word forms whose remaining words are `next`.
    fn phrase_in<S: AsRef<str>>(&self, f: &WordInfo, next: &[S]) -> Option<(usize, &EventEntry)> {
        f.phrases.iter().find_map(|(rest, i)| {
            (next.len() >= rest.len()
                && next.iter().zip(rest).all(|(a, b)| a.as_ref() == b.as_str()))
            .then(|| (rest.len(), &self.events[*i]))
        })
    }

    /// The longest multi-word trigger starting with `first` whose remaining words are `next`:
    /// (number of extra words, event entry).
    pub fn phrase<S: AsRef<str>>(&self, first: &str, next: &[S]) -> Option<(usize, &EventEntry)> {
        self.phrase_in(self.word(first)?, next)
    }

    /// True for a speech-verb form that can introduce a quote (`said`, `told`, `according`),
    /// not a verb of thinking (`think`, `believe`).
    pub fn is_reporting(&self, form: &str) -> bool {
        self.cue(form).reporting
    }

    /// True for a verb whose object is the content (`urged X to ...`, `endorsed X`,
    /// `called for X`): no clause or "that" needed.
    pub fn takes_object(&self, form: &str) -> bool {
        self.cue(form).object
    }

    /// True for a verb of thinking (`think`, `believe`): reported only with "that".
    pub fn is_cognition(&self, form: &str) -> bool {
        self.cue(form).cognition
    }
}

/// One analysed article, as the extractors see it.
pub struct Doc<'a> {
    /// The article.
    pub article: &'a Article,
    /// Its analysis text.
    pub text: &'a str,
    /// The analysis text with ASCII letters lower-cased (same length and
    /// character boundaries): lower-case ASCII words are borrowed from it.
    pub lower: &'a str,
    /// True when the text is all ASCII: every span of [`Doc::lower`] is then its
    /// lower-case text, with no check per look-up.
    pub ascii: bool,
    /// The text's paragraphs ([`crate::text::paragraphs`]).
    pub paragraphs: &'a [(usize, usize)],
    /// Tokens.
    pub tokens: &'a [Token],
    /// Sentences.
    pub sentences: &'a [Sentence],
    /// Title phrases.
    pub titles: &'a [TitleMatch],
    /// Mentions, sorted by start.
    pub mentions: &'a [Mention],
    /// Their resolution into entities.
    pub res: &'a Resolution,
    /// The pipeline (lexicon tables).
    pub pipeline: &'a Pipeline,
    /// Date expressions per sentence, found on first use (see
    /// [`Doc::date_in`]); empty until then. Build with [`Doc::date_cache`].
    pub dates: Vec<std::cell::OnceCell<Vec<date::DateMention>>>,
    /// The words of the whole text ([`crate::text::word_spans`]), found on first use (see
    /// [`Doc::word_spans`]) unless given (the pipeline finds them with the word starts,
    /// [`crate::wordscan::starts_and_words`]).
    pub words: std::cell::OnceCell<Vec<Span>>,
    /// A Title Case headline that the analysis text reads as prose
    /// ([`crate::headline::fold_headline`]): its events and words are taken only from a
    /// named subject or speaker.
    pub headline: Option<Span>,
}

impl<'a> Doc<'a> {
    /// The lexicon `type` of entity `e` ("company", "province", "government"): None for a name
    /// found by patterns or an entry without one.
    pub fn lexicon_type(&self, e: usize) -> Option<&'a str> {
        self.lexicon_attr(e, "type")
    }

    /// The lexicon attribute `key` of entity `e` (`"country"`, `"org"`, `"title"`): None for
    /// a name found by patterns or an entry without it.
    pub fn lexicon_attr(&self, e: usize, key: &str) -> Option<&'a str> {
        self.lexicon_attr_of(&self.res.entities[e].id, key)
    }

    /// The lexicon attribute `key` of the lexicon entry with id `id`, whether or not the
    /// article names it (the country of the office that a leader's entry links to).
    pub fn lexicon_attr_of(&self, id: &str, key: &str) -> Option<&'a str> {
        let rec = &self.pipeline.recognizer;
        let &i = rec.by_id.get(id)?;
        rec.entities[i].attrs.get(key).map(String::as_str)
    }
}

impl Doc<'_> {
    /// The resolved mention ending exactly at byte `end` (the first in order when a name is
    /// nested in a longer one).
    pub fn mention_ending_at(&self, end: usize) -> Option<usize> {
        let k = self.mentions.partition_point(|m| m.span.end < end);
        (self.mentions.get(k)?.span.end == end && self.id(k).is_some()).then_some(k)
    }

    /// The entity id of mention `k`.
    pub fn id(&self, k: usize) -> Option<&str> {
        self.res.id_of(k)
    }

    /// Entity kind of mention `k`.
    pub fn kind(&self, k: usize) -> EntityKind {
        self.mentions[k].kind
    }

    /// Index of the sentence containing byte `pos`.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= pos);
        (i < self.sentences.len() && self.sentences[i].span.start <= pos).then_some(i)
    }

    /// Mentions (indices) inside a span, in order, resolved ones only.
    pub fn mentions_in(&self, span: Span) -> Vec<usize> {
        let from = self.mentions.partition_point(|m| m.span.start < span.start);
        (from..self.mentions.len())
            .take_while(|&k| self.mentions[k].span.start < span.end)
            .filter(|&k| self.mentions[k].span.end <= span.end && self.id(k).is_some())
            .collect()
    }

    /// Token indices inside a span.
    pub fn tokens_in(&self, span: Span) -> std::ops::Range<usize> {
        let a = self.tokens.partition_point(|t| t.span.start < span.start);
        let b = self.tokens.partition_point(|t| t.span.start < span.end);
        a..b
    }

    /// Lower-case text of token `i`, borrowed from the text when it is
    /// lower-case ASCII already (most words: no allocation).
    #[inline]
    pub fn word_cow(&self, i: usize) -> std::borrow::Cow<'_, str> {
        // A `match`, not `map_or` with a closure: a generic the compiler sometimes leaves out
        // of line (150,000 calls per thousand articles from the event finder's word table).
        match self.tokens.get(i) {
            Some(t) => self.lower_at(t.span),
            None => std::borrow::Cow::Borrowed(""),
        }
    }

    /// Lower-case text of `span` (as [`crate::text::lower_cow`]), borrowed from
    /// [`Doc::lower`] when it is ASCII: no allocation for capitalised words either.
    #[inline]
    pub fn lower_at(&self, span: Span) -> std::borrow::Cow<'_, str> {
        // ASCII in `lower` exactly where the text is ASCII. (The all-ASCII case is inlined
        // into the callers, half a million per thousand articles; the rest is not.)
        if self.ascii {
            if let Some(l) = self.lower.get(span.start..span.end) {
                return std::borrow::Cow::Borrowed(l);
            }
        }
        self.lower_at_mixed(span)
    }

    /// [`Doc::lower_at`] of a text with non-ASCII characters (or of a span off its char
    /// boundaries).
    #[inline(never)]
    fn lower_at_mixed(&self, span: Span) -> std::borrow::Cow<'_, str> {
        match self.lower.get(span.start..span.end) {
            Some(l) if l.is_ascii() => std::borrow::Cow::Borrowed(l),
            _ => crate::text::lower_cow(span.slice(self.text)),
        }
    }

    /// The words of `span` as [`crate::text::word_spans`] finds them, read from the table of
    /// the whole text's words (built on the first call): no scan of the text per call.
    pub fn word_spans(&self, span: Span) -> std::borrow::Cow<'_, [Span]> {
        let all = self
            .words
            .get_or_init(|| crate::text::text_words(self.text));
        crate::text::words_within(all, self.text, span)
    }

    /// ISO date of the first date expression inside `span`.
    ///
    /// The dates of each sentence are found once and shared by every
    /// trigger and quote that asks, so the cost stays linear in the article
    /// however many events a sentence holds. An expression counts when it
    /// lies wholly inside `span`.
    pub fn date_in(&self, span: Span) -> Option<String> {
        let anchor = self.article.meta.published;
        let first = self.sentences.partition_point(|s| s.span.end <= span.start);
        // Before scanning a sentence for the first time: can `span` hold a date
        // expression at all? Most quote cue zones (`said that`) cannot, and
        // then no sentence need be scanned for them (asked once, lazily).
        let mut possible: Option<bool> = None;
        self.sentences[first..]
            .iter()
            .enumerate()
            .take_while(|(_, s)| s.span.start < span.end)
            .find_map(|(k, s)| {
                let cell = self.dates.get(first + k)?;
                let dates = match cell.get() {
                    Some(dates) => dates,
                    None => {
                        let possible = *possible.get_or_insert_with(|| {
                            self.text
                                .get(span.start..span.end)
                                .is_none_or(date::may_hold_date)
                        });
                        if !possible {
                            return None;
                        }
                        cell.get_or_init(|| {
                            date::find_dates(self.text, s.span.start..s.span.end, anchor)
                        })
                    }
                };
                dates
                    .iter()
                    .filter(|d| d.start >= span.start && d.end <= span.end)
                    .find_map(|d| d.value.map(|v| v.iso()))
            })
    }

    /// The end of the date expression that starts at byte `start` ("on Tuesday", "last week",
    /// "this morning"), from the same per-sentence cache as [`Doc::date_in`].
    pub fn date_starting_at(&self, start: usize) -> Option<usize> {
        // Most words cannot open a date expression: then the sentence need not be
        // scanned for one.
        if !date::may_open_date(self.text, start) {
            return None;
        }
        let si = self.sentences.partition_point(|s| s.span.end <= start);
        let s = self.sentences.get(si).filter(|s| s.span.start <= start)?;
        let dates = self.dates.get(si)?.get_or_init(|| {
            date::find_dates(
                self.text,
                s.span.start..s.span.end,
                self.article.meta.published,
            )
        });
        dates.iter().find(|d| d.start == start).map(|d| d.end)
    }

    /// An empty per-sentence date cache for [`Doc::dates`].
    pub fn date_cache(sentences: &[Sentence]) -> Vec<std::cell::OnceCell<Vec<date::DateMention>>> {
        (0..sentences.len()).map(|_| Default::default()).collect()
    }

    /// The first token starting at or after byte `pos` (`tokens.len()` when none does).
    pub fn token_at_or_after(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < pos)
    }

    /// The mention whose span contains `pos`.
    pub fn mention_covering(&self, pos: usize) -> Option<usize> {
        let i = self.mentions.partition_point(|m| m.span.end <= pos);
        (i < self.mentions.len() && self.mentions[i].span.start <= pos && self.id(i).is_some())
            .then_some(i)
    }

    /// True when a possessive "'s" (straight or curly apostrophe) begins at byte `pos`
    /// ("Iran's", "Norway’s" at the end of the name), or a plural's bare apostrophe before a
    /// word ("the Tories' plans").
    pub(crate) fn possessive_at(&self, pos: usize) -> bool {
        self.possessive_len(pos).is_some()
    }

    /// The length in bytes of the possessive [`Doc::possessive_at`] finds at `pos` ("'s",
    /// "’s", or the bare apostrophe).
    pub(crate) fn possessive_len(&self, pos: usize) -> Option<usize> {
        let rest = &self.text[pos..];
        ["'s", "’s"]
            .into_iter()
            .find(|p| rest.starts_with(p))
            // A plural's bare apostrophe: "the Tories' plans", "the Lib Dems' leader".
            .or_else(|| {
                ["'", "’"].into_iter().find(|a| {
                    self.text[..pos].ends_with('s')
                        && rest
                            .strip_prefix(a)
                            .and_then(|r| r.strip_prefix(' '))
                            .is_some_and(|r| r.starts_with(|c: char| c.is_alphanumeric()))
                })
            })
            .map(str::len)
    }

    /// The one organisation of the article whose name passes `test` (None when there are
    /// none or several): "the European Commission" for a name ending in "Commission".
    pub(crate) fn sole_org(&self, test: impl Fn(&str) -> bool) -> Option<usize> {
        let mut found = (0..self.res.entities.len()).filter(|&e| {
            let ent = &self.res.entities[e];
            ent.kind == EntityKind::Organization && test(&ent.name)
        });
        match (found.next(), found.next()) {
            (Some(e), None) => Some(e),
            _ => None,
        }
    }

    /// True when mention `k` is a possessor ("Iran's demands").
    pub(crate) fn is_possessor(&self, k: usize) -> bool {
        self.possessive_at(self.mentions[k].span.end)
    }

    /// True when mention `k` is a party's adjective before a word of party politics ("the
    /// Democratic nomination", "a Republican debate", "Democratic-leaning New Jersey"): it
    /// describes the thing, and is never a side of an event.
    pub fn party_thing(&self, k: usize) -> bool {
        let m = &self.mentions[k];
        if m.form != Form::Demonym || m.kind != EntityKind::Organization {
            return false;
        }
        self.text[m.span.end..].starts_with("-leaning")
            || crate::ner::PARTY_THINGS.contains(&crate::ner::word_after(self.text, m.span.end))
    }

    /// "the U.S. Accused Japan", "the U.S. Criticism of Bonn": wire copy capitalises the
    /// word after an abbreviation, and the recogniser takes it for a name the resolver then
    /// drops. True when mention `k` is such an abbreviation and the one word after it is a
    /// verb form or an event word, lower-cased (not "U.S. Currency", "U.K. Subsidiary").
    fn verb_or_event_after_abbreviation(&self, k: usize) -> bool {
        let (m, Some(n)) = (&self.mentions[k], self.mentions.get(k + 1)) else {
            return false;
        };
        let word = n.span.slice(self.text);
        if !m.span.slice(self.text).ends_with('.')
            || self.text[m.span.end..n.span.start] != *" "
            || word.contains(' ')
        {
            return false;
        }
        let lower = word.to_lowercase();
        lower.ends_with("ed")
            || matches!(
                lower.as_str(),
                "has" | "had" | "have" | "is" | "was" | "are" | "were" | "will" | "would" | "wants"
                    | "can" | "could" | "must" | "may" | "should" | "said" | "says"
            )
            // (An event word, not a plural: "U.S. Sales", "U.S. Fears" are things.)
            || !lower.ends_with('s') && !self.pipeline.extractor.triggers(&lower).is_empty()
    }

    /// True when mention `k` is a demonym or country name directly modifying another
    /// mention, possibly across title words ("Russian S-400", "Iranian General Qassem Soleimani",
    /// "U.S. President Donald Trump"), or a party's adjective before a word of party politics
    /// ("the Democratic nomination").
    pub fn is_modifier(&self, k: usize) -> bool {
        let m = &self.mentions[k];
        // "Ohio Gov. John Kasich", "Vermont Sen. Bernie Sanders": a place before a person's
        // title is the title's, as a country is ("Russian President X").
        if m.kind == EntityKind::Location {
            // (Titles are in text order: only those right after the place are looked at.)
            let from = self.titles.partition_point(|t| t.span.start < m.span.end);
            return self.mentions.get(k + 1).is_some_and(|n| {
                n.kind == EntityKind::Person
                    && self.titles[from..]
                        .iter()
                        .take_while(|t| self.text[m.span.end..t.span.start].trim().is_empty())
                        .any(|t| {
                            t.span.end <= n.span.start
                                && self.text[t.span.end..n.span.start].trim().is_empty()
                        })
            });
        }
        if !matches!(m.kind, EntityKind::Country | EntityKind::Organization) {
            return false;
        }
        if self.party_thing(k) {
            return true;
        }
        let Some(n) = self.mentions.get(k + 1) else {
            return false;
        };
        // (relc26) "Labour MPs criticised X": a plural acronym the recogniser took for a name
        // and the resolver dropped ("MPs", "MEPs") is no entity the name could describe.
        // (Nor is a word the resolver dropped right after an abbreviation, which wire copy
        // capitalises: "the U.S. Accused Japan".)
        if self.id(k + 1).is_none()
            && (crate::text::is_plural_acronym(n.span.slice(self.text))
                || self.verb_or_event_after_abbreviation(k))
        {
            return false;
        }
        if !matches!(
            n.kind,
            EntityKind::Weapon | EntityKind::Person | EntityKind::Organization
        ) {
            return false;
        }
        let gap = Span::new(m.span.end, n.span.start);
        if gap.len() > 80 {
            return false;
        }
        // Only spaces and title words in between.
        let mut rest = gap.slice(self.text).to_string();
        for t in self.titles.iter().filter(|t| gap.contains(t.span)) {
            rest = rest.replace(t.span.slice(self.text), " ");
        }
        // "Republican rival Donald Trump": a contest noun between a party and a person.
        let contest = n.kind == EntityKind::Person
            && rest
                .split_whitespace()
                .all(|w| crate::ner::CONTEST_NOUNS.contains(&w));
        (rest.trim().is_empty() || contest)
            && (m.form == Form::Demonym || n.kind != EntityKind::Organization)
    }
}

/// What extraction yields for one article.
#[derive(Debug, Default)]
pub struct Extracted {
    /// Relations (events and affiliations), in text order.
    pub relations: Vec<RelationRecord>,
    /// Quotes, in text order.
    pub quotes: Vec<QuoteRecord>,
    /// Affiliations per entity index.
    pub affiliations: BTreeMap<usize, Vec<Affiliation>>,
}

/// Adds mentions for the byline author and the outlet named in the metadata.
pub fn add_meta_mentions(p: &Pipeline, article: &Article, mentions: &mut Vec<Mention>) {
    let mut add = |span: Option<Span>, kind: EntityKind, rule: &'static str| {
        let Some(span) = span else { return };
        if span.end > article.text.len() || mentions.iter().any(|m| m.span.overlaps(span)) {
            return;
        }
        let name = crate::text::collapse_ws(&article.slice(span));
        if name.is_empty() {
            return;
        }
        let target = p
            .recognizer
            .entities
            .iter()
            .position(|e| e.name == name || e.aliases.contains(&name))
            .map(Target::Lex)
            .unwrap_or(Target::Name(name));
        let kind = match target {
            Target::Lex(i) => p.recognizer.entities[i].kind,
            _ => kind,
        };
        mentions.push(Mention {
            span,
            kind,
            target,
            form: Form::Name,
            rule,
            title: None,
        });
    };
    add(article.author_span, EntityKind::Person, "meta/author");
    add(article.source_span, EntityKind::Organization, "meta/source");
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
}

/// Runs every extractor over one article.
pub fn extract(doc: &Doc<'_>) -> Extracted {
    let mut out = Extracted::default();
    let affiliations = affil::find(doc);
    let mut quotes = quotes::find(doc, &affiliations);
    if let Some(h) = doc.headline {
        quotes.retain(|q| headline_quote_ok(doc, h, &q.record));
    }
    out.relations
        .extend(events::find(doc, &quotes, &affiliations));
    out.relations.extend(stance::find(doc, &quotes));
    out.relations
        .extend(stance::exhortations(doc, &quotes, &affiliations));
    out.relations.extend(roles::find(doc));
    if let Some(h) = doc.headline {
        out.relations.retain(|r| headline_relation_ok(doc, h, r));
    }
    for a in &affiliations {
        // A body made up from a title and a country ("lawmaker" in an article about the U.S.
        // gives an "American Parliament") is kept only when the article names it: a made-up
        // name is no entity of the article or of the lexicon. The title stays.
        let org = a.org.clone().filter(|o| {
            doc.res.by_id(o).is_some() || doc.pipeline.recognizer.by_id.contains_key(o.as_str())
        });
        if org.is_some() {
            out.relations.extend(a.relation(doc));
        }
        out.affiliations
            .entry(a.person)
            .or_default()
            .push(Affiliation {
                title: a.title.clone(),
                org,
                evidence: doc.article.evidence(a.span),
            });
    }
    for v in out.affiliations.values_mut() {
        v.sort();
        v.dedup();
    }
    out.relations.sort_by(|a, b| {
        (
            a.evidence.start,
            a.evidence.end,
            &a.rel_type,
            &a.source,
            &a.target,
        )
            .cmp(&(
                b.evidence.start,
                b.evidence.end,
                &b.rel_type,
                &b.source,
                &b.target,
            ))
    });
    out.relations.dedup_by(|a, b| {
        a.source == b.source
            && a.target == b.target
            && a.rel_type == b.rel_type
            && a.evidence == b.evidence
    });
    out.quotes = quotes.into_iter().map(|q| q.record).collect();
    out
}

/// True when entity `id` is named inside `span` by its name or surname (not by a demonym or
/// a capital: "Syrian Lawmakers", "Lima Rejects Talks").
fn named_in(doc: &Doc<'_>, span: Span, id: &str) -> bool {
    doc.mentions.iter().enumerate().any(|(k, m)| {
        span.contains(m.span)
            && matches!(m.form, Form::Name | Form::Surname)
            && doc.res.id_of(k) == Some(id)
    })
}

/// A relation stated in a Title Case headline is kept when its source is named there: a
/// headline drops articles and tense, and "Syrian Lawmakers Vote to Expel France From Talks"
/// states no event of Syria's.
fn headline_relation_ok(doc: &Doc<'_>, h: Span, r: &RelationRecord) -> bool {
    !(h.start..h.end).contains(&r.evidence.start) || named_in(doc, h, &r.source)
}

/// Words reported in a Title Case headline are kept when they are a `Name: words` line's, or
/// their speaker is named there ("Obama Says ...") or is no entity ("New Poll Shows ..."), not
/// an entity named by a demonym or a capital ("Lima Rejects Talks as Pressure Mounts").
fn headline_quote_ok(doc: &Doc<'_>, h: Span, q: &QuoteRecord) -> bool {
    if !(h.start..h.end).contains(&q.content.start) {
        return true;
    }
    if q.cue.as_ref().is_some_and(|c| c.text == ":") {
        return true;
    }
    q.speaker.as_deref().is_none_or(|id| named_in(doc, h, id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_never_reject_a_key() {
        let long = "a".repeat(40);
        let keys: Vec<String> = ["said", "told", "é", &long]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let sh = Shapes::of(keys.iter());
        for k in &keys {
            assert!(sh.may_hold(k), "{k}");
        }
        assert!(sh.may_hold(&"a".repeat(33)));
        assert!(!sh.may_hold("sai"));
        assert!(!sh.may_hold("xaid"));
        assert!(!sh.may_hold(""));
        let with_empty = [String::new()];
        assert!(Shapes::of(with_empty.iter()).may_hold(""));
    }

    /// `trigger_at` answers what `phrase`, then `triggers`, answered, for every word of
    /// every event form followed by every continuation the lexicon has.
    #[test]
    fn trigger_at_agrees_with_phrase_then_triggers() {
        let lex = Lexicon::builtin().unwrap();
        let ex = Extractor::new(&lex);
        let mut words: Vec<Vec<&str>> = lex
            .events
            .iter()
            .flat_map(|e| e.forms.iter().map(|f| f.split_whitespace().collect()))
            .collect();
        words.push(vec!["nothing", "here"]);
        for w in &words {
            for cut in 0..w.len() {
                let (first, next) = (w[cut], &w[cut + 1..]);
                let old = match ex.phrase(first, next) {
                    Some((extra, e)) => (extra, vec![e]),
                    None => (0, ex.triggers(first)),
                };
                let new = ex.trigger_at(first, next);
                assert_eq!(old.0, new.0, "{w:?} at {cut}");
                let ptr = |v: &[&EventEntry]| v.iter().map(|e| *e as *const _).collect::<Vec<_>>();
                assert_eq!(ptr(&old.1), ptr(&new.1), "{w:?} at {cut}");
            }
        }
    }

    /// The word tables hold the event finder's lists exactly.
    #[test]
    fn word_info_holds_the_sports_and_protection_lists() {
        let ex = Extractor::new(&Lexicon::builtin().unwrap());
        for (i, w) in events::SPORTS_CUES.iter().enumerate() {
            assert_eq!(ex.word(w).and_then(|x| x.sports), Some(i), "{w}");
        }
        for w in events::PROTECT_VERBS {
            assert!(ex.word(w).is_some_and(|x| x.protect), "{w}");
        }
        for w in events::PAY_VERBS {
            assert!(ex.word(w).is_some_and(|x| x.pay), "{w}");
        }
        for w in events::LEND_VERBS.iter().chain(events::EXTENDED_NOUNS) {
            assert!(ex.word(w).is_some_and(|x| x.aid), "{w}");
        }
        let listed = |w: &str| {
            events::SPORTS_CUES.contains(&w)
                || events::PROTECT_VERBS.contains(&w)
                || events::PAY_VERBS.contains(&w)
                || events::LEND_VERBS.contains(&w)
                || events::EXTENDED_NOUNS.contains(&w)
        };
        for (w, info) in &ex.words {
            assert_eq!(
                info.sports.is_some(),
                events::SPORTS_CUES.contains(&w.as_str()),
                "{w}"
            );
            assert_eq!(
                info.protect,
                events::PROTECT_VERBS.contains(&w.as_str()),
                "{w}"
            );
            assert_eq!(info.pay, events::PAY_VERBS.contains(&w.as_str()), "{w}");
            assert_eq!(
                info.aid,
                events::LEND_VERBS.contains(&w.as_str())
                    || events::EXTENDED_NOUNS.contains(&w.as_str()),
                "{w}"
            );
            assert!(
                listed(w) || !info.single.is_empty() || !info.phrases.is_empty(),
                "{w}"
            );
        }
    }

    /// The cue flags say what the reporting lexicon says: a form's last entry gives its
    /// kind, any entry with `object=1` or `object=to` makes it object-taking.
    #[test]
    fn cue_flags_follow_the_reporting_lexicon() {
        let lex = Lexicon::builtin().unwrap();
        let ex = Extractor::new(&lex);
        let mut kind: HashMap<&str, &str> = HashMap::default();
        let mut object: HashMap<&str, bool> = HashMap::default();
        for r in &lex.reporting {
            let k = r.attrs.get("kind").map_or("speech", String::as_str);
            let o = r.attrs.get("object").is_some_and(|v| v == "1" || v == "to");
            for f in &r.forms {
                kind.insert(f, k);
                *object.entry(f).or_default() |= o;
            }
        }
        assert!(!kind.is_empty());
        for (f, k) in &kind {
            assert_eq!(ex.is_reporting(f), *k != "cognition", "{f}");
            assert_eq!(ex.is_cognition(f), *k == "cognition", "{f}");
            assert_eq!(ex.takes_object(f), object[f], "{f}");
        }
        assert_eq!(ex.cue("table"), Cue::default());
    }
}
