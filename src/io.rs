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
