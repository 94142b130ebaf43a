//! Safe file output: every file is written to a temporary file in the same
//! folder and renamed over the target only when complete, so a crash or an
//! error midway leaves the previous file intact.

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Writes `path` atomically: `write` fills a buffered temporary file in the same
/// folder; on success it is flushed, synced and renamed over `path`; on failure
/// it is removed and `path` is untouched.
///
/// ```
/// let dir = std::env::temp_dir().join(format!("ng-doc-{}", std::process::id()));
/// std::fs::create_dir_all(&dir).unwrap();
/// let p = dir.join("x.txt");
/// newsgraph::io::write_atomic(&p, |w| w.write_all(b"hi")).unwrap();
/// assert_eq!(std::fs::read_to_string(&p).unwrap(), "hi");
/// ```
pub fn write_atomic(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<()> {
    // Devices and pipes (`-o /dev/null`, `-o /dev/stdout`) are written in place: renaming a
    // file over them would replace the device.
    if let Ok(meta) = fs::metadata(path) {
        if !meta.is_file() && !meta.is_dir() {
            let f = fs::OpenOptions::new()
                .write(true)
                .open(path)
                .map_err(|e| Error::io(path, e))?;
            let mut w = BufWriter::new(f);
            return write(&mut w)
                .and_then(|()| w.flush())
                .map_err(|e| Error::io(path, e));
        }
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".into());
    let tmp: PathBuf = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let result = (|| -> io::Result<()> {
        let f = fs::File::create(&tmp)?;
        let mut w = BufWriter::new(f);
        write(&mut w)?;
        w.flush()?;
        let f = w.into_inner().map_err(|e| e.into_error())?;
        f.sync_all()?;
        Ok(())
    })();
    match result {
        Ok(()) => fs::rename(&tmp, path).map_err(|e| {
            let _ = fs::remove_file(&tmp);
            Error::io(path, e)
        }),
        Err(e) => {
            let _ = fs::remove_file(&tmp);
            Err(Error::io(path, e))
        }
    }
}

/// Files below this size are read in one piece by [`read_file`].
#[cfg(unix)]
const SPLIT_READ_MIN: u64 = 4 << 20;

/// Reads a whole file, like [`std::fs::read`], but a large file's two halves
/// on two threads: most of the cost of reading a file that is in the page
/// cache is faulting in the fresh pages it is copied to, and that work splits.
/// A file that changes size while it is read is read again in one piece.
///
/// ```
/// let p = std::env::temp_dir().join(format!("ng-read-{}", std::process::id()));
/// std::fs::write(&p, b"abc").unwrap();
/// assert_eq!(newsgraph::io::read_file(&p).unwrap(), b"abc");
/// ```
pub fn read_file(path: &Path) -> io::Result<Vec<u8>> {
    #[cfg(unix)]
    return read_halves(path);
    #[cfg(not(unix))]
    return fs::read(path);
}

/// [`read_file`] with positioned reads (a Unix file API).
#[cfg(unix)]
fn read_halves(path: &Path) -> io::Result<Vec<u8>> {
    use std::os::unix::fs::FileExt;
    let file = fs::File::open(path)?;
    let len = file.metadata()?.len();
    if len < SPLIT_READ_MIN {
        return fs::read(path);
    }
    let half = len / 2;
    let mut bytes = vec![0u8; usize::try_from(len).map_err(io::Error::other)?];
    let (front, back) = bytes.split_at_mut(half as usize);
    let read = std::thread::scope(|s| {
        let back = s.spawn(|| file.read_exact_at(back, half));
        let front = file.read_exact_at(front, 0);
        let back = back
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        front.and(back)
    });
    // The length was right if both halves filled and nothing follows.
    match read {
        Ok(()) if file.read_at(&mut [0u8], len)? == 0 => Ok(bytes),
        Ok(()) => fs::read(path),
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => fs::read(path),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(unix)]
    fn devices_are_written_in_place_not_replaced() {
        let dev = Path::new("/dev/null");
        if !dev.exists() {
            eprintln!("skipped: no /dev/null here");
            return;
        }
        write_atomic(dev, |w| w.write_all(b"discarded")).unwrap();
        let meta = fs::metadata(dev).unwrap();
        assert!(!meta.is_file(), "/dev/null was replaced by a regular file");
    }

    #[test]
    #[cfg(unix)]
    fn read_file_reads_large_files_whole() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("big");
        let data: Vec<u8> = (0..SPLIT_READ_MIN as usize * 2 + 7)
            .map(|i| (i % 251) as u8)
            .collect();
        fs::write(&p, &data).unwrap();
        assert_eq!(read_file(&p).unwrap(), data);
        fs::write(&p, b"small").unwrap();
        assert_eq!(read_file(&p).unwrap(), b"small");
        assert!(read_file(&dir.path().join("missing")).is_err());
    }

    #[test]
    fn failed_write_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("graph.json");
        fs::write(&p, "old graph").unwrap();
        let err = write_atomic(&p, |w| {
            w.write_all(b"half of a new gr")?;
            Err(io::Error::other("disk full (simulated)"))
        })
        .unwrap_err();
        assert!(err.to_string().contains("disk full"), "{err}");
        assert_eq!(fs::read_to_string(&p).unwrap(), "old graph");
        // No temporary file is left behind.
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
