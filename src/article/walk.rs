//! Inputs: files, folders (recursive) and stdin, streamed one item at a time.
//!
//! Folders are walked depth-first in byte order of file names, skipping
//! hidden files and folders and files without a known extension; symlinked
//! folders are followed once (visited folders are tracked by canonical path,
//! so loops end). Ids are paths relative to the folder argument (`sub/a.md`),
//! the file name for a file given directly, `stdin` for `-`. Bad files
//! (binary, mostly not UTF-8, empty, too large, unreadable) become
//! [`Skipped`] items, or errors under `strict`. JSON Lines files are streamed
//! record by record.

use std::collections::{HashSet, VecDeque};
use std::fs::{self, File};
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

use super::jsonl::JsonlStream;
use super::{Input, InputFormat, ReadOptions, Skipped, build_article, reject_reason};

/// The file name part of a path string (the whole string if it has none).
pub(crate) fn file_name_of(path: &str) -> String {
    Path::new(path)
        .file_name()
        .map_or_else(|| path.to_string(), |n| n.to_string_lossy().into_owned())
}

fn extension_format(path: &Path) -> Option<InputFormat> {
    path.extension()
        .and_then(|e| e.to_str())
        .and_then(InputFormat::from_extension)
}

/// One folder argument being walked.
struct Walk {
    root: PathBuf,
    stack: Vec<std::vec::IntoIter<PathBuf>>,
    visited: HashSet<PathBuf>,
}

fn sorted_entries(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut names = Vec::new();
    for entry in fs::read_dir(dir)? {
        names.push(entry?.file_name());
    }
    names.sort();
    Ok(names.into_iter().map(|n| dir.join(n)).collect())
}

impl Walk {
    /// The next article file `(path, id)`, or a skip `(path, reason)`.
    fn next_file(&mut self) -> Option<std::result::Result<(PathBuf, String), (PathBuf, String)>> {
        loop {
            let top = self.stack.last_mut()?;
            let Some(path) = top.next() else {
                self.stack.pop();
                continue;
            };
            let hidden = path
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'));
            if hidden {
                continue;
            }
            let md = match fs::metadata(&path) {
                Ok(md) => md,
                Err(e) => return Some(Err((path, format!("unreadable: {e}")))),
            };
            if md.is_dir() {
                let Ok(canon) = fs::canonicalize(&path) else {
                    continue;
                };
                if !self.visited.insert(canon) {
                    continue;
                }
                match sorted_entries(&path) {
                    Ok(entries) => self.stack.push(entries.into_iter()),
                    Err(e) => return Some(Err((path, format!("unreadable folder: {e}")))),
                }
                continue;
            }
            if extension_format(&path).is_none() {
                continue;
            }
            let rel = path.strip_prefix(&self.root).unwrap_or(&path);
            let id = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            return Some(Ok((path, id)));
        }
    }
}

/// Streaming reader over files, folders and stdin; see [`read_inputs`].
pub struct Inputs {
    opts: ReadOptions,
    roots: VecDeque<PathBuf>,
    walk: Option<Walk>,
    jsonl: Option<JsonlStream>,
    done: bool,
    /// JSON Lines records are yielded unparsed ([`Inputs::deferred`]).
    defer: bool,
}

/// Reads articles from files, folders (recursively) and `-` (stdin).
///
/// Streaming: yields inputs one by one, in a stable order (arguments in
/// order, folder contents sorted by name); never holds a whole corpus in
/// memory. Bad files and, with `skip_bad`, malformed JSON Lines records are
/// yielded as [`Input::Skipped`]. After an error the iterator stops.
///
/// ```
/// use newsgraph::article::{read_inputs, Input, ReadOptions};
/// let dir = std::env::temp_dir().join(format!("newsgraph-doc-{}", std::process::id()));
/// std::fs::create_dir_all(dir.join("sub")).unwrap();
/// std::fs::write(dir.join("sub/a.md"), "# Title\n\nBody.\n").unwrap();
/// let items: Vec<Input> = read_inputs(&[dir.clone()], &ReadOptions::default())
///     .collect::<Result<_, _>>()
///     .unwrap();
/// match &items[0] {
///     Input::Article(a) => assert_eq!(a.meta.id, "sub/a.md"),
///     _ => unreachable!(),
/// }
/// std::fs::remove_dir_all(dir).unwrap();
/// ```
pub fn read_inputs(paths: &[PathBuf], opts: &ReadOptions) -> Inputs {
    Inputs {
        opts: opts.clone(),
        roots: paths.iter().cloned().collect(),
        walk: None,
        jsonl: None,
        done: false,
        defer: false,
    }
}

impl Inputs {
    /// Yields JSON Lines records as [`Input::Record`]s, not parsed: the
    /// reader only splits lines, and whoever takes a record parses it
    /// ([`crate::article::Record::parse`], which gives what this iterator
    /// would have given). [`crate::pipeline::run`] parses them on its worker
    /// threads, so the thread reading the input does not become the
    /// bottleneck. Other inputs are read as before.
    pub fn deferred(mut self) -> Inputs {
        self.defer = true;
        self
    }

    /// Starts streaming a JSON Lines source.
    fn start_jsonl(&mut self, reader: Box<dyn BufRead>, path: String, file_name: String) {
        let mut stream = JsonlStream::new(reader, path, file_name);
        if self.defer {
            stream.defer(&self.opts);
        }
        self.jsonl = Some(stream);
    }

    fn skip(&mut self, path: &str, reason: String) -> Result<Input> {
        if self.opts.strict {
            self.done = true;
            Err(Error::Rejected {
                path: path.into(),
                reason,
            })
        } else {
            Ok(Input::Skipped(Skipped {
                path: path.to_string(),
                line: None,
                reason,
            }))
        }
    }

    /// Reads a whole (non-JSONL) document after the size check.
    fn finish_document(
        &mut self,
        reader: &mut dyn Read,
        id: &str,
        path: &str,
        format: InputFormat,
    ) -> Result<Input> {
        let mut bytes = Vec::new();
        let limit = self.opts.max_article_bytes as u64 + 1;
        if let Err(e) = reader.take(limit).read_to_end(&mut bytes) {
            return self.skip(path, format!("unreadable: {e}"));
        }
        if let Some(reason) = reject_reason(&bytes, &self.opts) {
            return self.skip(path, reason);
        }
        Ok(Input::Article(build_article(
            id,
            Some(path),
            &bytes,
            format,
            &self.opts,
            None,
        )))
    }

    /// Opens one file; `None` when it started a JSON Lines stream.
    fn open_file(&mut self, path: &Path, id: String, explicit: bool) -> Option<Result<Input>> {
        let shown = path.to_string_lossy().into_owned();
        let fail = |this: &mut Inputs, e: std::io::Error| {
            if explicit {
                this.done = true;
                Err(Error::io(path, e))
            } else {
                this.skip(&shown, format!("unreadable: {e}"))
            }
        };
        let file = match File::open(path) {
            Ok(f) => f,
            Err(e) => return Some(fail(self, e)),
        };
        let format = self.opts.format.or_else(|| extension_format(path));
        if format != Some(InputFormat::JsonLines)
            && let Ok(md) = file.metadata()
            && md.len() > self.opts.max_article_bytes as u64
        {
            let reason = format!(
                "larger than the maximum article size ({} > {} bytes)",
                md.len(),
                self.opts.max_article_bytes
            );
            return Some(self.skip(&shown, reason));
        }
        let mut reader = BufReader::with_capacity(64 * 1024, file);
        let format = match format {
            Some(f) => f,
            None => match reader.fill_buf() {
                Ok(head) => InputFormat::sniff(head),
                Err(e) => return Some(fail(self, e)),
            },
        };
        if format == InputFormat::JsonLines {
            let name = file_name_of(&shown);
            self.start_jsonl(Box::new(reader), shown, name);
            return None;
        }
        Some(self.finish_document(&mut reader, &id, &shown, format))
    }

    fn open_stdin(&mut self) -> Option<Result<Input>> {
        let mut reader = BufReader::with_capacity(64 * 1024, std::io::stdin());
        let format = match self.opts.format {
            Some(f) => f,
            None => match reader.fill_buf() {
                Ok(head) => InputFormat::sniff(head),
                Err(e) => {
                    self.done = true;
                    return Some(Err(Error::io("-", e)));
                }
            },
        };
        if format == InputFormat::JsonLines {
            self.start_jsonl(Box::new(reader), "-".to_string(), "stdin".to_string());
            return None;
        }
        Some(self.finish_document(&mut reader, "stdin", "-", format))
    }

    fn open_root(&mut self, root: PathBuf) -> Option<Result<Input>> {
        if root.as_os_str() == "-" {
            return self.open_stdin();
        }
        let md = match fs::metadata(&root) {
            Ok(md) => md,
            Err(e) => {
                self.done = true;
                return Some(Err(Error::io(&root, e)));
            }
        };
        if md.is_dir() {
            let entries = match sorted_entries(&root) {
                Ok(entries) => entries,
                Err(e) => {
                    self.done = true;
                    return Some(Err(Error::io(&root, e)));
                }
            };
            let mut visited = HashSet::new();
            if let Ok(canon) = fs::canonicalize(&root) {
                visited.insert(canon);
            }
            self.walk = Some(Walk {
                root,
                stack: vec![entries.into_iter()],
                visited,
            });
            return None;
        }
        let id = file_name_of(&root.to_string_lossy());
        self.open_file(&root, id, true)
    }
}

impl Iterator for Inputs {
    type Item = Result<Input>;

    fn next(&mut self) -> Option<Result<Input>> {
        loop {
            if self.done {
                return None;
            }
            if let Some(stream) = self.jsonl.as_mut() {
                match stream.next_item(&self.opts) {
                    Some(item) => {
                        if item.is_err() {
                            self.done = true;
                        }
                        return Some(item);
                    }
                    None => self.jsonl = None,
                }
                continue;
            }
            if let Some(walk) = self.walk.as_mut() {
                match walk.next_file() {
                    Some(Ok((path, id))) => {
                        if let Some(item) = self.open_file(&path, id, false) {
                            return Some(item);
                        }
                    }
                    Some(Err((path, reason))) => {
                        return Some(self.skip(&path.to_string_lossy(), reason));
                    }
                    None => self.walk = None,
                }
                continue;
            }
            let root = self.roots.pop_front()?;
            if let Some(item) = self.open_root(root) {
                return Some(item);
            }
        }
    }
}
