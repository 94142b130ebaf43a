#![no_main]
//! markdown reader, then the extractor, on arbitrary bytes.

use libfuzzer_sys::fuzz_target;
use newsgraph::article::InputFormat;

fuzz_target!(|data: &[u8]| {
    newsgraph_fuzz::document(data, InputFormat::Markdown, true);
});
