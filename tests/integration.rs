//! One integration-test binary (keeps link time down); each module is one area.

mod acceptance;
mod cli;
mod export;
mod extraction;
mod laws;
mod merge;
mod query;
mod quotes_table;
