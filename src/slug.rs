//! Canonical ids: `kind:slug` built from names.

/// Folds a name to an id slug: lower-case ASCII letters and digits joined by `-`.
///
/// ```
/// assert_eq!(newsgraph::slug::slug("Recep Tayyip Erdoğan"), "recep-tayyip-erdogan");
/// assert_eq!(newsgraph::slug::slug("Robert O'Brien"), "robert-obrien");
/// ```
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut dash = false;
    for c in name.chars() {
        let c = fold_char(c);
        if c == '\'' || c == '’' || c == '.' {
            continue;
        }
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c.to_ascii_lowercase());
        } else {
            dash = true;
        }
    }
    out
}

/// Drops common diacritics (é → e, ğ → g, ö → o, ...).
pub fn fold_char(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' => 'A',
        'ç' | 'ć' | 'č' => 'c',
        'Ç' | 'Ć' | 'Č' => 'C',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' => 'E',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
        'Ì' | 'Í' | 'Î' | 'Ï' | 'İ' => 'I',
        'ñ' | 'ń' | 'ň' => 'n',
        'Ñ' => 'N',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => 'O',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'Ù' | 'Ú' | 'Û' | 'Ü' => 'U',
        'ý' | 'ÿ' => 'y',
        'ğ' => 'g',
        'Ğ' => 'G',
        'ş' | 'ś' | 'š' => 's',
        'Ş' | 'Ś' | 'Š' => 'S',
        'ž' | 'ź' | 'ż' => 'z',
        'Ž' | 'Ź' | 'Ż' => 'Z',
        'ł' => 'l',
        'Ł' => 'L',
        'ř' => 'r',
        'ť' => 't',
        'ď' => 'd',
        _ => c,
    }
}

/// [`fold`] of ASCII text, byte by byte: no accents to drop, and ASCII
/// lower-casing is what `char::to_lowercase` does for ASCII (names are folded
/// for every surname look-up and every person of a graph).
fn fold_ascii(name: &str) -> String {
    let mut out = Vec::with_capacity(name.len());
    let mut gap = false;
    for &b in name.as_bytes() {
        match b {
            b'.' | b'\'' => {}
            // `char::is_whitespace` for ASCII.
            b' ' | b'\t'..=b'\r' => gap = true,
            _ => {
                if gap && !out.is_empty() {
                    out.push(b' ');
                }
                gap = false;
                out.push(b.to_ascii_lowercase());
            }
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

/// Case- and accent-insensitive key for matching names (`"Erdoğan"` ~ `"erdogan"`).
pub fn fold(name: &str) -> String {
    if name.is_ascii() {
        return fold_ascii(name);
    }
    fold_chars(name)
}

/// [`fold`] character by character.
fn fold_chars(name: &str) -> String {
    // One pass: whitespace runs become one space, none at either end.
    let mut out = String::with_capacity(name.len());
    let mut gap = false;
    for c in name
        .chars()
        .map(fold_char)
        .filter(|c| *c != '.' && *c != '’' && *c != '\'')
        .flat_map(char::to_lowercase)
    {
        if c.is_whitespace() {
            gap = true;
        } else {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_fold_matches_the_general_fold() {
        // Every string of up to five characters over letters of both cases,
        // the dropped marks and every kind of ASCII white space.
        let alphabet = [
            'a', 'B', 'z', '.', '\'', ' ', '\t', '\n', '\u{0B}', '\u{0C}', '\r', '-', '1',
        ];
        let mut level = vec![String::new()];
        for _ in 0..5 {
            let mut next = Vec::new();
            for t in &level {
                for c in alphabet {
                    let s = format!("{t}{c}");
                    assert_eq!(fold_ascii(&s), fold_chars(&s), "{s:?}");
                    next.push(s);
                }
            }
            level = next;
        }
        assert_eq!(fold("  Mr. O'Neil \n JONES "), "mr oneil jones");
        assert_eq!(fold("Erdoğan"), "erdogan");
    }
}
