#![no_main]
//! The extractor (`Pipeline::analyze`) on arbitrary text, bypassing the readers.

use libfuzzer_sys::fuzz_target;
use newsgraph::article::Article;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let a = Article::from_text("fuzz", &text);
    let an = newsgraph_fuzz::pipeline().analyze(&a);
    newsgraph_fuzz::check_analysis(&a.raw, &an);
});
