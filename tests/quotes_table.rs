//! Quote attribution, one line per case: a sentence written for these tests, the speaker
//! entity it must give (or none) and the exact content.

use newsgraph::Analysis;
use newsgraph::article::Article;
use newsgraph::pipeline::Pipeline;

fn analyze(text: &str) -> Analysis {
    thread_local! {
        static P: Pipeline = Pipeline::builtin().unwrap();
    }
    let a = Article::from_text("case", text);
    P.with(|p| p.analyze(&a))
}

/// (text, speaker entity id, exact content): some quote of the text must have both.
const CASES: &[(&str, Option<&str>, &str)] = &[
    // A progressive is no passive: the object after `is promising` is what was promised.
    (
        "Omar Haddad is promising to cut taxes for farmers.",
        Some("person:omar-haddad"),
        "to cut taxes for farmers",
    ),
    // A participle after `X said,` has X as its subject, not a name inside the quote.
    (
        "\"Nadia Karim will lose the vote,\" Omar Haddad said, adding that the count was fair.",
        Some("person:omar-haddad"),
        "the count was fair",
    ),
];

#[test]
fn quote_table() {
    let mut failures = Vec::new();
    for (text, speaker, content) in CASES {
        let a = analyze(text);
        if !a
            .quotes
            .iter()
            .any(|q| q.content.text == *content && q.speaker.as_deref() == *speaker)
        {
            let got: Vec<_> = a
                .quotes
                .iter()
                .map(|q| (q.speaker.as_deref(), q.content.text.as_str()))
                .collect();
            failures.push(format!(
                "{text:?}\n  wants {speaker:?} <= {content:?}\n  got   {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
