use std::time::Instant;
fn main() {
    for _ in 0..3 {
        let t = Instant::now();
        let lex = newsgraph::lexicon::Lexicon::builtin().unwrap();
        let a = t.elapsed();
        let r = newsgraph::ner::Recognizer::new(&lex);
        let b = t.elapsed();
        let e = newsgraph::extract::Extractor::new(&lex);
        let c = t.elapsed();
        std::hint::black_box((r, e));
        eprintln!(
            "lexicon {:?} recognizer {:?} extractor {:?}",
            a,
            b - a,
            c - b
        );
    }
}
