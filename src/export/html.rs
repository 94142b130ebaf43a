//! HTML report (stub).
use std::io::Write;
use super::View;
use crate::error::Result;
/// Writes the report.
pub fn write_html<W: Write>(_view: &View<'_>, _w: &mut W) -> Result<()> { Ok(()) }
