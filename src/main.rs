//! The `newsgraph` command line: parse arguments, run, report errors.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

mod cli;

/// jemalloc instead of the system allocator: an article's analysis makes several hundred short-lived
/// allocations, and glibc's free lists cost 12-15 % of the run (see `docs/performance.md`).
#[global_allocator]
static GLOBAL: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() -> ExitCode {
    let args = cli::args::Cli::parse();
    match cli::run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            let mut err = std::io::stderr();
            let _ = writeln!(err, "newsgraph: error: {e:#}");
            if let Some(h) = hint(&e) {
                let _ = writeln!(err, "newsgraph: hint: {h}");
            }
            ExitCode::from(1)
        }
    }
}

/// A closed stdout (`newsgraph extract ... | head`) is not an error.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<newsgraph::Error>().is_some_and(|ne| {
                matches!(ne, newsgraph::Error::Io { source, .. } if source.kind() == std::io::ErrorKind::BrokenPipe)
            })
    })
}

/// What to do about an input error, when the error itself does not say.
fn hint(e: &anyhow::Error) -> Option<&'static str> {
    e.chain()
        .find_map(|c| match c.downcast_ref::<newsgraph::Error>()? {
            newsgraph::Error::Syntax { .. } => Some(
                "fix or remove that line, or pass --skip-bad to skip malformed records with a warning",
            ),
            newsgraph::Error::Rejected { .. } => {
                Some("remove the file, or run without --strict to skip bad inputs with a warning")
            }
            _ => None,
        })
}
