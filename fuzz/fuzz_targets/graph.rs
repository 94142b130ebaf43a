#![no_main]
//! The graph loader (`read_graph`) on arbitrary bytes.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    newsgraph_fuzz::graph(data);
});
