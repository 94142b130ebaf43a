//! The company a spokesman speaks for, as the subject of what the spokesman said: in "A
//! Halvern spokesman said the company will sell its unit" and "a spokesman for Halvern Corp
//! said the firm ...", "the company" is Halvern, whatever company opened the sentences
//! before. Read by [`super::coref`] before its other policies for a body's generic noun; and
//! "its" in "A Halvern spokesman said the company has filed for approval of its offer" is the
//! company that opens what its spokesman said ([`content_subject`], read by the event
//! finder's pronoun resolution when the sentence has no subject of its own).

use super::Doc;
use super::quotes::{QuoteOut, SPOKES};
use crate::model::EntityKind;
use crate::span::Span;

/// The organisation (entity index) that `phrase`, a company's generic noun ("the company",
/// "the firm", "the group", "the corporation"), stands for when it opens the content of a
/// quote whose speaker is an organisation named through its spokesman or official ("a Halvern
/// spokesman", "officials of Halvern Corp"). `None` otherwise, and when that organisation is
/// `not`.
pub(crate) fn spokesman_company(
    doc: &Doc<'_>,
    quotes: &[QuoteOut],
    phrase: Span,
    not: Option<usize>,
) -> Option<usize> {
    let written = crate::text::collapse_ws(&doc.lower_at(phrase));
    if !matches!(
        written.as_str(),
        "the company" | "the firm" | "the group" | "the corporation"
    ) {
        return None;
    }
    let q = quotes.iter().find(|q| q.content.start == phrase.start)?;
    let e = q.speaker.filter(|&e| Some(e) != not)?;
    let spoken_for = q.record.speaker_mention.as_ref().is_some_and(|m| {
        m.text
            .split_whitespace()
            .any(|w| SPOKES.contains(&w.to_lowercase().as_str()) && w != "statement")
    });
    (spoken_for && doc.res.entities[e].kind == EntityKind::Organization).then_some(e)
}

/// "it"/"its" at `pos` inside what a company's spokesman said, when that content opens
/// with the company's generic noun ("A Halvern spokesman said the company has filed for
/// approval of its offer"): that company (see [`spokesman_company`]). `None` otherwise, and
/// the caller goes on as before.
pub(crate) fn content_subject(
    doc: &Doc<'_>,
    quotes: &[QuoteOut],
    pos: usize,
) -> Option<Option<usize>> {
    let q = quotes
        .iter()
        .find(|q| q.content.start < pos && pos <= q.content.end)?;
    let j = doc.token_at_or_after(q.content.start);
    if doc.tokens.get(j)?.span.start != q.content.start || doc.word_cow(j) != "the" {
        return None;
    }
    let noun = doc.tokens.get(j + 1).filter(|t| t.span.end < pos)?;
    let phrase = Span::new(q.content.start, noun.span.end);
    spokesman_company(doc, quotes, phrase, None).map(Some)
}
