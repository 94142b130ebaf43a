//! Extraction: events, quotes and dates from analysed text.

pub mod date;
