fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let p = newsgraph::pipeline::Pipeline::builtin().unwrap();
    let mut a = newsgraph::article::Article::from_text("seed", &text);
    a.meta.published = chrono::NaiveDate::from_ymd_opt(2020, 1, 16);
    let an = p.analyze(&a);
    for e in &an.entities { println!("ENT {} [{}] {:?} {:?} {:?}", e.id, e.kind, e.aliases, e.mentions.iter().map(|m| m.rule.as_str()).collect::<Vec<_>>(), e.affiliations.iter().map(|a| (a.title.clone(), a.org.clone())).collect::<Vec<_>>()); }
    for r in &an.relations { println!("REL {} -{}-> {} ({:?}, {}, {:?}) :: {} [{}]", r.source, r.rel_type, r.target, r.cameo, r.modality, r.date, r.evidence.text, r.rule); }
    for q in &an.quotes { println!("QUOTE {:?} direct={} date={:?} about={:?} :: {}", q.speaker, q.direct, q.date, q.about, q.content.text.chars().take(70).collect::<String>()); }
}
