//! Plain-text tables for query results.

use std::fmt::Write as _;

use super::{NeighborRow, PathStep, Profile, QuoteRow, RelationRow, TopRow};

fn clip(s: &str, n: usize) -> String {
    let flat = crate::text::collapse_ws(s);
    if flat.chars().count() <= n {
        flat
    } else {
        let mut t: String = flat.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// Renders rows as aligned columns under a header.
pub fn render(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut width: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            width[i] = width[i].max(c.chars().count());
        }
    }
    let mut out = String::new();
    let line = |cells: Vec<String>, out: &mut String| {
        let mut l = String::new();
        for (i, c) in cells.iter().enumerate() {
            if i + 1 == cells.len() {
                l.push_str(c);
            } else {
                let pad = width[i] - c.chars().count();
                l.push_str(c);
                l.push_str(&" ".repeat(pad + 2));
            }
        }
        out.push_str(l.trim_end());
        out.push('\n');
    };
    line(header.iter().map(|s| s.to_string()).collect(), &mut out);
    line(width.iter().map(|w| "-".repeat(*w)).collect(), &mut out);
    for r in rows {
        line(r.clone(), &mut out);
    }
    out
}

fn date_cell(d: &Option<String>, article_date: bool) -> String {
    match d {
        Some(d) if article_date => format!("({d})"),
        Some(d) => d.clone(),
        None => "-".to_string(),
    }
}

/// Quotes table. Dates in brackets are the article's date.
pub fn quotes(rows: &[QuoteRow]) -> String {
    let body: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                date_cell(&r.date, r.date_is_article_date),
                r.speaker_name.clone().unwrap_or_else(|| "(unknown)".into()),
                clip(&r.about.join(", "), 40),
                r.article.clone(),
                clip(
                    &format!(
                        "{}{}{}",
                        if r.direct { "\u{201c}" } else { "" },
                        r.text,
                        if r.direct { "\u{201d}" } else { "" }
                    ),
                    100,
                ),
            ]
        })
        .collect();
    render(&["DATE", "SPEAKER", "ABOUT", "ARTICLE", "QUOTE"], &body)
        + &format!("{} quotes\n", rows.len())
}

/// Relations table.
pub fn relations(rows: &[RelationRow]) -> String {
    let body: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                date_cell(&r.date, r.date_is_article_date),
                r.source_name.clone(),
                r.rel_type.clone(),
                r.target_name.clone(),
                r.cameo.clone().unwrap_or_else(|| "-".into()),
                r.modality.clone(),
                r.article.clone(),
                clip(&r.evidence, 90),
            ]
        })
        .collect();
    render(
        &[
            "DATE", "SOURCE", "TYPE", "TARGET", "CAMEO", "MODALITY", "ARTICLE", "EVIDENCE",
        ],
        &body,
    ) + &format!("{} statements\n", rows.len())
}

/// Entity profile.
pub fn profile(p: &Profile) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} ({}, {})", p.name, p.kind, p.id);
    let _ = writeln!(out, "aliases: {}", p.aliases.join(", "));
    for (t, o) in &p.affiliations {
        let _ = writeln!(
            out,
            "title: {}{}",
            t.as_deref().unwrap_or("-"),
            o.as_deref().map(|o| format!(", {o}")).unwrap_or_default()
        );
    }
    let _ = writeln!(
        out,
        "mentions: {} in {} articles",
        p.mention_count,
        p.articles.len()
    );
    let links = |v: &[super::LinkSummary], arrow: &str| -> String {
        let rows: Vec<Vec<String>> = v
            .iter()
            .map(|l| {
                vec![
                    l.rel_type.clone(),
                    format!("{arrow} {}", l.other_name),
                    l.count.to_string(),
                    l.first_date.clone().unwrap_or_else(|| "-".into()),
                    l.last_date.clone().unwrap_or_else(|| "-".into()),
                ]
            })
            .collect();
        render(&["TYPE", "OTHER", "COUNT", "FIRST", "LAST"], &rows)
    };
    if !p.relations_out.is_empty() {
        let _ = write!(out, "\nrelations out:\n{}", links(&p.relations_out, "->"));
    }
    if !p.relations_in.is_empty() {
        let _ = write!(out, "\nrelations in:\n{}", links(&p.relations_in, "<-"));
    }
    if !p.quotes_by.is_empty() {
        let _ = write!(out, "\nquotes by:\n{}", quotes(&p.quotes_by));
    }
    if !p.quotes_about.is_empty() {
        let _ = write!(out, "\nquotes about:\n{}", quotes(&p.quotes_about));
    }
    out
}

/// Neighbours table.
pub fn neighbors(rows: &[NeighborRow]) -> String {
    let body: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                r.depth.to_string(),
                r.name.clone(),
                r.kind.to_string(),
                format!("{} -{}-> {}", r.via.source, r.via.rel_type, r.via.target),
                r.via.count.to_string(),
            ]
        })
        .collect();
    render(&["DEPTH", "ENTITY", "KIND", "VIA", "COUNT"], &body)
}

/// A path, one step per line.
pub fn path(steps: Option<&[PathStep]>) -> String {
    match steps {
        None => "not connected\n".to_string(),
        Some([]) => "same entity\n".to_string(),
        Some(steps) => {
            let body: Vec<Vec<String>> = steps
                .iter()
                .map(|s| {
                    vec![
                        format!("{} -{}-> {}", s.source, s.rel_type, s.target),
                        s.article.clone(),
                        clip(&s.evidence, 90),
                    ]
                })
                .collect();
            render(&["STEP", "ARTICLE", "EVIDENCE"], &body)
        }
    }
}

/// Ranking table.
pub fn top(rows: &[TopRow]) -> String {
    let body: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let score = if r.score.fract() == 0.0 {
                format!("{}", r.score as i64)
            } else {
                format!("{:.4}", r.score)
            };
            vec![
                r.rank.to_string(),
                r.name.clone(),
                r.kind.to_string(),
                score,
            ]
        })
        .collect();
    render(&["RANK", "ENTITY", "KIND", "SCORE"], &body)
}
