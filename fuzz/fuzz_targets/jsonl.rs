#![no_main]
//! JSON Lines: one record through `parse_document`, the whole file through `read_inputs`.

use libfuzzer_sys::fuzz_target;
use newsgraph::article::InputFormat;

fuzz_target!(|data: &[u8]| {
    newsgraph_fuzz::document(data, InputFormat::JsonLines, false);
    newsgraph_fuzz::jsonl_file(data, true);
});
