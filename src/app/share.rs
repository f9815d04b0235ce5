//! Share links for the designer preview: the JSON (deflated, base64url), the layout
//! and the theme in the URL fragment, so a link reproduces the preview exactly.

use crate::components::{MetaLayout, Theme};

/// What a share link carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shared {
    /// The post JSON as typed.
    pub json: String,
    /// Meta-box layout.
    pub layout: MetaLayout,
    /// Theme.
    pub theme: Theme,
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk.first().copied().unwrap_or(0),
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            let index = ((n >> (18 - 6 * i)) & 63) as usize;
            out.push(char::from(ALPHABET.get(index).copied().unwrap_or(b'A')));
        }
    }
    out
}

fn unbase64url(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut buffer = 0u32;
    let mut bits = 0;
    for c in text.bytes() {
        let value = ALPHABET.iter().position(|a| *a == c)? as u32;
        buffer = (buffer << 6) | value;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push(((buffer >> bits) & 0xff) as u8);
        }
    }
    Some(out)
}

/// The fragment (without `#`) for a shared preview.
///
/// ```
/// use alphanode_widgets::app::share::{decode, encode, Shared};
/// use alphanode_widgets::components::{MetaLayout, Theme};
/// let shared = Shared { json: "{\"title\":\"T\",\"body\":[]}".into(), layout: MetaLayout::Table, theme: Theme::Dark };
/// assert_eq!(decode(&encode(&shared)), Some(shared));
/// ```
pub fn encode(shared: &Shared) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec(shared.json.as_bytes(), 9);
    format!(
        "layout={}&theme={}&post={}",
        shared.layout.as_str(),
        shared.theme.as_str(),
        base64url(&packed)
    )
}

/// Read a fragment made by [`encode`]; `None` when it holds no post. Decompression is
/// capped at 16 MiB so a crafted link cannot exhaust memory.
pub fn decode(fragment: &str) -> Option<Shared> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut shared = Shared {
        json: String::new(),
        layout: MetaLayout::default(),
        theme: Theme::Auto,
    };
    let mut found = false;
    for pair in fragment.split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "layout" => shared.layout = MetaLayout::parse(value).unwrap_or_default(),
            "theme" => shared.theme = Theme::parse(value).unwrap_or_default(),
            "post" => {
                let packed = unbase64url(value)?;
                let bytes =
                    miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, 16 << 20).ok()?;
                shared.json = String::from_utf8(bytes).ok()?;
                found = true;
            }
            _ => {}
        }
    }
    found.then_some(shared)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_round_trips_every_length() {
        for len in 0..40u8 {
            let bytes: Vec<u8> = (0..len).map(|i| i.wrapping_mul(37)).collect();
            assert_eq!(unbase64url(&base64url(&bytes)), Some(bytes));
        }
    }

    #[test]
    fn garbage_fragments_are_refused() {
        assert_eq!(decode("post=@@@"), None);
        assert_eq!(decode("layout=grid"), None);
        assert_eq!(decode("post=AAAA"), None);
    }

    #[test]
    fn unicode_survives() {
        let shared = Shared {
            json: "{\"title\":\"مرحبا — ✓\"}".into(),
            layout: MetaLayout::Compact,
            theme: Theme::Contrast,
        };
        assert_eq!(decode(&format!("#{}", encode(&shared))), Some(shared));
    }
}
