//! Quotes: direct (in quotation marks), partial and indirect ("X said that ..."),
//! attributed to a speaker.
//!
//! Speakers are found next to a reporting cue: after the quote (`"...," X said`,
//! `"...," said X`), before it in the same sentence (`X said on Tuesday that "..."`),
//! or at the end of the previous paragraph (`X said last week that` / `"..."`).
//! Pronouns ("he said") and bare titles ("the minister said") resolve to the
//! last person mentioned (with that title).

use super::Doc;
use super::affil::Affil;
use crate::model::{EntityKind, QuoteRecord};
use crate::span::Span;
use crate::text::is_quote_char;

/// A quote with the spans the event extractor needs.
#[derive(Clone, Debug)]
pub(crate) struct QuoteOut {
    pub record: QuoteRecord,
    pub content: Span,
    /// Entity index of the speaker.
    pub speaker: Option<usize>,
}

const REPORTING_NOUNS: &[&str] = &[
    "comments",
    "comment",
    "remarks",
    "remark",
    "statement",
    "statements",
    "claim",
    "claims",
    "words",
    "warning",
    "assertion",
    "announcement",
];
const PRONOUNS: &[&str] = &["he", "she", "they", "He", "She", "They"];

/// Quotation spans (content without the marks) with a flag for "ran to the end of the paragraph".
fn quote_spans(text: &str) -> Vec<(Span, Span)> {
    let mut out = Vec::new();
    for (ps, pe) in crate::text::paragraphs(text) {
        let para = &text[ps..pe];
        let mut open: Option<(usize, char)> = None;
        let chars: Vec<(usize, char)> = para.char_indices().collect();
        for (n, &(i, c)) in chars.iter().enumerate() {
            if !is_quote_char(c) || c == '\'' || c == '‘' || c == '’' {
                continue;
            }
            let prev = if n > 0 { Some(chars[n - 1].1) } else { None };
            let next = chars.get(n + 1).map(|x| x.1);
            let can_open = matches!(c, '“' | '«' | '„')
                || (c == '"' && prev.is_none_or(|p| p.is_whitespace() || "([{:—–-,".contains(p)));
            let can_close =
                matches!(c, '”' | '»') || (c == '"' && next.is_none_or(|x| !x.is_alphanumeric()));
            match open {
                None if can_open => open = Some((ps + i, c)),
                Some((o, oc)) if can_close => {
                    // The opening mark may be several bytes (“, «, „).
                    let inner = Span::new((o + oc.len_utf8()).min(ps + i), ps + i);
                    if !text[inner.start..inner.end].trim().is_empty() {
                        out.push((trim(text, inner), Span::new(o, ps + i + c.len_utf8())));
                    }
                    open = None;
                }
                _ => {}
            }
        }
        if let Some((o, c)) = open {
            let inner = Span::new(o + c.len_utf8(), pe);
            if text[inner.start..inner.end].split_whitespace().count() >= 4 {
                out.push((trim(text, inner), Span::new(o, pe)));
            }
        }
    }
    out
}

fn trim(text: &str, s: Span) -> Span {
    let inner = &text[s.start..s.end];
    let lead = inner.len() - inner.trim_start().len();
    let t = inner.trim();
    Span::new(s.start + lead, s.start + lead + t.len())
}

/// A speaker candidate: (mention index or pronoun span, entity index).
struct Speaker {
    mention: Span,
    entity: Option<usize>,
}

/// The last person mentioned before `pos` (optionally holding a title word).
fn last_person(
    doc: &Doc<'_>,
    pos: usize,
    title_word: Option<&str>,
    affils: &[Affil],
) -> Option<usize> {
    let upto = doc.mentions.partition_point(|m| m.span.start < pos);
    (0..upto).rev().find_map(|k| {
        let m = &doc.mentions[k];
        if m.kind != EntityKind::Person {
            return None;
        }
        let e = doc.res.entity_of[k]?;
        match title_word {
            None => Some(e),
            Some(w) => affils
                .iter()
                .any(|a| {
                    a.person == e
                        && a.title
                            .as_deref()
                            .is_some_and(|t| t.to_lowercase().contains(w))
                })
                .then_some(e),
        }
    })
}

/// Speaker around a cue: the mention right after the verb (inversion) or the nearest one before it.
fn speaker_near_cue(
    doc: &Doc<'_>,
    cue: Span,
    left_limit: usize,
    right_limit: usize,
    affils: &[Affil],
) -> Option<Speaker> {
    let text = doc.text;
    // Inversion: said X / said the minister.
    let after = &text[cue.end..right_limit.max(cue.end)];
    let lead = after.len() - after.trim_start().len();
    let after_t = after.trim_start();
    if let Some(k) = doc.mention_covering(cue.end + lead).filter(|&k| {
        matches!(
            doc.kind(k),
            EntityKind::Person | EntityKind::Organization | EntityKind::Country
        )
    }) {
        return Some(Speaker {
            mention: doc.mentions[k].span,
            entity: doc.res.entity_of[k],
        });
    }
    for p in PRONOUNS {
        if after_t.starts_with(p)
            && after_t[p.len()..].starts_with(|c: char| !c.is_alphanumeric())
            && after_t.len() > p.len()
        {
            let s = Span::new(cue.end + lead, cue.end + lead + p.len());
            return Some(Speaker {
                mention: s,
                entity: last_person(doc, cue.start, None, affils),
            });
        }
    }
    // Before the cue: nearest person, else org/country, within the clause.
    let left = Span::new(left_limit.min(cue.start), cue.start);
    let before = doc.mentions_in(left);
    let person = before
        .iter()
        .rev()
        .find(|&&k| doc.kind(k) == EntityKind::Person);
    let any = before.iter().rev().find(|&&k| {
        matches!(doc.kind(k), EntityKind::Organization | EntityKind::Country) && !doc.is_modifier(k)
    });
    if let Some(&k) = person.or(any) {
        return Some(Speaker {
            mention: doc.mentions[k].span,
            entity: doc.res.entity_of[k],
        });
    }
    // Pronoun or bare title right before the cue.
    let prefix = text[left.start..cue.start].trim_end();
    let last_word_start = prefix
        .rfind(|c: char| !c.is_alphanumeric())
        // Past that character, which may be several bytes (« ” NBSP).
        .map(|i| i + prefix[i..].chars().next().map_or(1, char::len_utf8))
        .unwrap_or(0);
    let lw = &prefix[last_word_start..];
    if PRONOUNS.contains(&lw) {
        let s = Span::new(left.start + last_word_start, left.start + prefix.len());
        return Some(Speaker {
            mention: s,
            entity: last_person(doc, s.start, None, affils),
        });
    }
    let lower = lw.to_lowercase();
    if doc
        .pipeline
        .recognizer
        .title_list
        .iter()
        .any(|t| t.0 == lower)
        && prefix[..last_word_start]
            .trim_end()
            .to_lowercase()
            .ends_with("the")
    {
        let s = Span::new(left.start + last_word_start, left.start + prefix.len());
        return Some(Speaker {
            mention: s,
            entity: last_person(doc, s.start, Some(&lower), affils),
        });
    }
    None
}

fn word_spans(text: &str, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let s = &text[span.start..span.end];
    let mut start = None;
    for (i, c) in s.char_indices() {
        if c.is_alphanumeric() || c == '\'' {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(st) = start.take() {
            out.push(Span::new(span.start + st, span.start + i));
        }
    }
    if let Some(st) = start {
        out.push(Span::new(span.start + st, span.end));
    }
    out
}

/// The last reporting cue in `span` (a verb form, or a reporting noun).
fn last_cue(doc: &Doc<'_>, span: Span) -> Option<Span> {
    let ws = word_spans(doc.text, span);
    ws.iter().rev().copied().find(|w| {
        let lw = w.slice(doc.text).to_lowercase();
        (doc.pipeline.extractor.is_reporting(&lw) && lw != "according")
            || REPORTING_NOUNS.contains(&lw.as_str())
    })
}

/// The first reporting cue in `span`.
fn first_cue(doc: &Doc<'_>, span: Span) -> Option<Span> {
    let ws = word_spans(doc.text, span);
    ws.iter().copied().find(|w| {
        let lw = w.slice(doc.text).to_lowercase();
        doc.pipeline.extractor.is_reporting(&lw) && lw != "according"
    })
}

fn about(doc: &Doc<'_>, content: Span, speaker: Option<&str>) -> Vec<String> {
    let mut v: Vec<String> = doc
        .mentions_in(content)
        .into_iter()
        .filter_map(|k| doc.id(k).map(str::to_string))
        .filter(|id| Some(id.as_str()) != speaker)
        .collect();
    v.sort();
    v.dedup();
    v
}

pub(crate) fn find(doc: &Doc<'_>, affils: &[Affil]) -> Vec<QuoteOut> {
    let text = doc.text;
    let mut out: Vec<QuoteOut> = Vec::new();
    let spans = quote_spans(text);
    let paras = crate::text::paragraphs(text);
    let para_of = |pos: usize| paras.iter().position(|&(s, e)| s <= pos && pos < e);
    let mut covered: Vec<Span> = Vec::new();

    for &(content, marks) in &spans {
        let words = content.slice(text).split_whitespace().count();
        let sent = doc
            .sentence_at(marks.start)
            .map(|i| doc.sentences[i].span)
            .unwrap_or(marks);
        // Short quotes inside a sentence are partial quotes: left to the indirect pass.
        if words < 5 && !text[sent.start..marks.start].trim().is_empty() {
            continue;
        }
        let sent_end = doc
            .sentence_at(marks.end.saturating_sub(1))
            .map(|i| doc.sentences[i].span.end)
            .unwrap_or(marks.end);
        let pi = para_of(marks.start);
        let para = pi.map(|i| paras[i]).unwrap_or((marks.start, marks.end));
        let mut speaker: Option<Speaker> = None;
        let mut cue: Option<Span> = None;
        let mut date_zone: Option<Span> = None;

        // 1. Cue after the quote, up to the end of its sentence (or 80 bytes).
        let after_end = sent_end.max(marks.end).min(marks.end + 120).min(para.1);
        let after = Span::new(marks.end, after_end);
        let after_txt = after.slice(text).trim_start();
        if after_txt.starts_with([',', '!', '?', '—', '–'])
            || content.slice(text).ends_with([',', '!', '?'])
            || after_txt.starts_with(|c: char| c.is_lowercase())
        {
            if let Some(c) = first_cue(doc, after) {
                if c.start - marks.end <= 60 {
                    speaker = speaker_near_cue(doc, c, marks.end, after_end, affils);
                    cue = Some(c);
                    date_zone = Some(Span::new(marks.end, after_end));
                }
            }
        }
        // 2. Cue before the quote in the same sentence.
        if speaker.is_none() && sent.start < marks.start {
            let before = Span::new(sent.start.max(para.0), marks.start);
            if let Some(c) = last_cue(doc, before) {
                speaker = speaker_near_cue(doc, c, before.start, marks.start, affils);
                cue = Some(c);
                date_zone = Some(Span::new(c.start, marks.start));
            }
        }
        // 3. Quote opening a paragraph: cue at the end of the previous paragraph.
        if speaker.is_none() && text[para.0..marks.start].trim().is_empty() {
            if let Some(pi) = pi.filter(|&i| i > 0) {
                let (ps, pe) = paras[pi - 1];
                let prev = &text[ps..pe];
                let tail = prev.trim_end();
                let ends_open = !tail.ends_with(['.', '!', '?', '"', '”']) || tail.ends_with(':');
                if ends_open {
                    let last_sent = doc
                        .sentence_at(ps + tail.len().saturating_sub(1))
                        .map(|i| doc.sentences[i].span.start)
                        .unwrap_or(ps);
                    let zone = Span::new(last_sent.max(ps), ps + tail.len());
                    if let Some(c) = last_cue(doc, zone) {
                        speaker = speaker_near_cue(doc, c, zone.start, zone.end, affils);
                        cue = Some(c);
                        date_zone = Some(Span::new(c.start, zone.end));
                    }
                }
            }
        }
        // Short quotes inside a sentence with no cue of their own are partial quotes: left to the indirect pass.
        let whole_sentence = text[sent.start..marks.start].trim().is_empty();
        if speaker.is_none() && words < 5 && !whole_sentence {
            continue;
        }
        let speaker_id = speaker
            .as_ref()
            .and_then(|s| s.entity)
            .map(|e| doc.res.entities[e].id.clone());
        let date = date_zone.and_then(|z| doc.date_in(z));
        covered.push(Span::new(
            sent.start.min(marks.start),
            sent_end.max(marks.end),
        ));
        out.push(QuoteOut {
            record: QuoteRecord {
                about: about(doc, content, speaker_id.as_deref()),
                speaker: speaker_id,
                speaker_mention: speaker.as_ref().map(|s| doc.article.evidence(s.mention)),
                cue: cue.map(|c| doc.article.evidence(c)),
                content: doc.article.evidence(content),
                direct: true,
                date,
            },
            content,
            speaker: speaker.and_then(|s| s.entity),
        });
    }

    // Indirect speech: "X said (that) CLAUSE", "X's comments that CLAUSE", "according to X, CLAUSE".
    for s in doc.sentences {
        let span = s.span;
        if covered.iter().any(|c| c.overlaps(span)) {
            // Only skip sentences whose quote is a full direct quote.
            if out
                .iter()
                .any(|q| span.contains(q.content) || q.content.contains(span))
            {
                continue;
            }
        }
        let ws = word_spans(text, span);
        for (wi, w) in ws.iter().enumerate() {
            let lw = w.slice(text).to_lowercase();
            let is_noun = REPORTING_NOUNS.contains(&lw.as_str());
            if !(doc.pipeline.extractor.is_reporting(&lw) || is_noun) {
                continue;
            }
            // according to X, CLAUSE  /  CLAUSE, according to X.
            if lw == "according" {
                let Some(to) = ws.get(wi + 1).filter(|t| t.slice(text) == "to") else {
                    continue;
                };
                let rest = Span::new(to.end, span.end);
                let Some(k) = doc.mentions_in(rest).into_iter().next() else {
                    continue;
                };
                let sp = doc.mentions[k].span;
                let (content, cue) = if w.start <= span.start + 1 {
                    let after = text[sp.end..span.end]
                        .find(',')
                        .map(|i| sp.end + i + 1)
                        .unwrap_or(sp.end);
                    (Span::new(after, span.end), Span::new(w.start, to.end))
                } else {
                    (
                        Span::new(
                            span.start,
                            text[..w.start].trim_end().trim_end_matches(',').len(),
                        ),
                        Span::new(w.start, to.end),
                    )
                };
                push_indirect(
                    doc,
                    &mut out,
                    content,
                    cue,
                    Some(Speaker {
                        mention: sp,
                        entity: doc.res.entity_of[k],
                    }),
                    None,
                );
                break;
            }
            // X said that ... / X's comments last week that ...
            let Some(that) = ws[wi + 1..]
                .iter()
                .take(8)
                .find(|t| t.slice(text) == "that")
            else {
                // "X said CLAUSE" without "that": only verbs, a following pronoun/name/determiner.
                continue;
            };
            if is_noun
                && !text[w.end..that.start]
                    .split_whitespace()
                    .all(|x| !x.contains(','))
            {
                continue;
            }
            let content = trim(text, Span::new(that.end, span.end));
            let content = Span::new(content.start, strip_final_punct(text, content));
            if content.is_empty() || text[content.start..content.end].split_whitespace().count() < 3
            {
                continue;
            }
            // Skip if a direct quote already covers this content.
            if out.iter().any(|q| {
                q.content.overlaps(content)
                    && q.record.direct
                    && q.content.len() * 2 > content.len()
            }) {
                continue;
            }
            let speaker = speaker_near_cue(doc, *w, span.start, that.start, affils);
            push_indirect(
                doc,
                &mut out,
                content,
                *w,
                speaker,
                Some(Span::new(w.start, that.start)),
            );
            break;
        }
    }
    out.sort_by_key(|q| (q.content.start, q.content.end));
    // The same words quoted twice (a pull quote): the unattributed copy takes the attributed one's speaker.
    let attributed: Vec<(String, Option<String>, Option<usize>)> = out
        .iter()
        .filter(|q| q.record.speaker.is_some())
        .map(|q| {
            (
                norm(&q.record.content.text),
                q.record.speaker.clone(),
                q.speaker,
            )
        })
        .collect();
    for q in out.iter_mut().filter(|q| q.record.speaker.is_none()) {
        if let Some((_, sp, e)) = attributed
            .iter()
            .find(|(t, _, _)| *t == norm(&q.record.content.text))
        {
            q.record.speaker = sp.clone();
            q.speaker = *e;
            q.record.about.retain(|a| Some(a) != sp.as_ref());
        }
    }
    out
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn strip_final_punct(text: &str, s: Span) -> usize {
    let t = &text[s.start..s.end];
    let trimmed = t.trim_end_matches(['.', ' ', '!', '?']);
    // Keep a closing quote mark when the content ends with a partial quote.
    s.start + trimmed.len()
}

fn push_indirect(
    doc: &Doc<'_>,
    out: &mut Vec<QuoteOut>,
    content: Span,
    cue: Span,
    speaker: Option<Speaker>,
    date_zone: Option<Span>,
) {
    if content.is_empty() {
        return;
    }
    let speaker_id = speaker
        .as_ref()
        .and_then(|s| s.entity)
        .map(|e| doc.res.entities[e].id.clone());
    let date = date_zone.and_then(|z| doc.date_in(z));
    out.push(QuoteOut {
        record: QuoteRecord {
            about: about(doc, content, speaker_id.as_deref()),
            speaker: speaker_id,
            speaker_mention: speaker.as_ref().map(|s| doc.article.evidence(s.mention)),
            cue: Some(doc.article.evidence(cue)),
            content: doc.article.evidence(content),
            direct: false,
            date,
        },
        content,
        speaker: speaker.and_then(|s| s.entity),
    });
}
