//! Share links for the designer preview: every toolbar setting and the JSON
//! (deflated, base64url) in the URL fragment, so a link reproduces the preview exactly.
//!
//! Links carry their format version (`v=2`); links made before versions existed (no
//! `v`) are version 1 and open the same way, since version 2 only added settings.

use crate::app::tokens::Tokens;
use crate::components::{MetaLayout, Theme};

/// The format version [`encode`] writes.
///
/// ```
/// use alphanode_widgets::app::share::{encode, Shared, VERSION};
/// assert!(encode(&Shared::default()).starts_with(&format!("v={VERSION}&")));
/// ```
pub const VERSION: u32 = 2;

/// Above this many characters a link may not survive: some browsers, chat apps,
/// proxies and servers cut or refuse URLs past about 8 KB.
///
/// ```
/// use alphanode_widgets::app::share::SAFE_LINK_LENGTH;
/// let link = "https://example.test/preview#v=2&post=…";
/// assert!(link.chars().count() <= SAFE_LINK_LENGTH);
/// ```
pub const SAFE_LINK_LENGTH: usize = 8000;

/// What the preview shows of the post.
///
/// ```
/// use alphanode_widgets::app::share::Focus;
/// assert_eq!(Focus::parse("meta"), Some(Focus::Meta));
/// assert_eq!(Focus::Meta.as_str(), "meta");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Focus {
    /// The whole article with its meta box.
    #[default]
    Both,
    /// Only the meta box, which designers compare.
    Meta,
    /// The article without its meta box.
    Article,
}

impl Focus {
    /// Every focus, in menu order.
    pub const ALL: [Focus; 3] = [Focus::Both, Focus::Meta, Focus::Article];

    /// The name in links.
    pub fn as_str(self) -> &'static str {
        match self {
            Focus::Both => "both",
            Focus::Meta => "meta",
            Focus::Article => "article",
        }
    }

    /// The focus named `value`, if any.
    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.as_str() == value)
    }
}

/// What a share link carries: the JSON and every toolbar control.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shared {
    /// The post JSON as typed; `None` when it is the [`sample`](Self::sample)'s JSON
    /// unchanged, which the link then names instead of carrying (the 10,000-entry
    /// sample would make a link of hundreds of kilobytes).
    pub json: Option<String>,
    /// Id of the sample picked in the gallery menu, if any.
    pub sample: Option<String>,
    /// Meta-box layout.
    pub layout: MetaLayout,
    /// Theme.
    pub theme: Theme,
    /// Width preset of the frame in CSS pixels; 0 fills the pane.
    pub width: u32,
    /// Whether the layouts are compared side by side.
    pub compare: bool,
    /// What is shown of the post (version 2).
    pub focus: Focus,
    /// The theme tokens changed in the tokens panel (`tok.{name}=value` pairs; a
    /// link without them opens with the theme's values).
    pub tokens: Tokens,
    /// The meta profile panel's JSON as typed (`profile=`, deflated like the post; a
    /// link without it opens with no profile).
    pub profile: Option<String>,
}

impl Default for Shared {
    fn default() -> Self {
        Self {
            json: None,
            sample: None,
            layout: MetaLayout::default(),
            theme: Theme::Auto,
            width: 0,
            compare: false,
            focus: Focus::Both,
            tokens: Tokens::default(),
            profile: None,
        }
    }
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

/// Deflated and base64url, as the link carries long texts.
fn pack(text: &str) -> String {
    base64url(&miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 9))
}

/// The text [`pack`] made; decompression is capped at 16 MiB so a crafted link cannot
/// exhaust memory.
fn unpack(value: &str) -> Option<String> {
    let packed = unbase64url(value)?;
    let bytes = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, 16 << 20).ok()?;
    String::from_utf8(bytes).ok()
}

/// The fragment (without `#`) for a shared preview.
///
/// ```
/// use alphanode_widgets::app::share::{decode, encode, Focus, Shared};
/// use alphanode_widgets::components::{MetaLayout, Theme};
/// let shared = Shared {
///     json: Some("{\"title\":\"T\",\"body\":[]}".into()),
///     sample: Some("rtl".into()),
///     layout: MetaLayout::Table,
///     theme: Theme::Dark,
///     width: 375,
///     compare: true,
///     focus: Focus::Meta,
///     tokens: Default::default(),
///     profile: Some("{\"keys\":[{\"match\":\"a\",\"show\":false}]}".into()),
/// };
/// assert_eq!(decode(&encode(&shared)), Some(shared));
/// ```
pub fn encode(shared: &Shared) -> String {
    let mut out = format!(
        "v={VERSION}&layout={}&theme={}&width={}&compare={}&focus={}",
        shared.layout.as_str(),
        shared.theme.as_str(),
        shared.width,
        u8::from(shared.compare),
        shared.focus.as_str()
    );
    if let Some(sample) = &shared.sample {
        // Sample ids are plain words; anything else is left out rather than escaped.
        if !sample.is_empty()
            && sample
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        {
            out.push_str("&sample=");
            out.push_str(sample);
        }
    }
    for pair in shared.tokens.to_pairs() {
        out.push('&');
        out.push_str(&pair);
    }
    if let Some(profile) = &shared.profile {
        out.push_str("&profile=");
        out.push_str(&pack(profile));
    }
    if let Some(json) = &shared.json {
        out.push_str("&post=");
        out.push_str(&pack(json));
    }
    out
}

/// Read a fragment made by [`encode`]; `None` when it holds neither a post nor a
/// sample. Unknown or malformed settings fall back to their defaults, so links made
/// before a setting existed (version 1, without `v`) still open, and so do links of a
/// later version, with the settings this one knows. Decompression is capped at 16 MiB so a crafted
/// link cannot exhaust memory.
pub fn decode(fragment: &str) -> Option<Shared> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut shared = Shared::default();
    for pair in fragment.split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "layout" => shared.layout = MetaLayout::parse(value).unwrap_or_default(),
            "theme" => shared.theme = Theme::parse(value).unwrap_or_default(),
            "width" => shared.width = value.parse().unwrap_or(0),
            "compare" => shared.compare = value == "1",
            "focus" => shared.focus = Focus::parse(value).unwrap_or_default(),
            "sample" if !value.is_empty() => shared.sample = Some(value.to_owned()),
            "post" => shared.json = Some(unpack(value)?),
            // A profile that does not unpack is left out: the post still opens.
            "profile" => shared.profile = unpack(value).filter(|p| !p.trim().is_empty()),
            _ => {
                shared.tokens.read_pair(key, value);
            }
        }
    }
    (shared.json.is_some() || shared.sample.is_some()).then_some(shared)
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
    fn the_profile_travels_and_links_without_it_still_open() {
        let shared = Shared {
            sample: Some("reference".into()),
            profile: Some("{\"keys\": [{\"match\": \"hash\", \"show\": false}]}".into()),
            ..Shared::default()
        };
        assert_eq!(decode(&encode(&shared)), Some(shared.clone()));
        // A link made before profiles: none.
        let old = "v=2&layout=list&theme=auto&width=0&compare=0&focus=both&sample=reference";
        assert_eq!(decode(old).map(|s| s.profile), Some(None));
        // A broken profile is dropped, the post kept.
        let broken = format!("{old}&profile=@@@");
        assert_eq!(
            decode(&broken).map(|s| (s.sample, s.profile)),
            Some((Some("reference".into()), None))
        );
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
            json: Some("{\"title\":\"مرحبا — ✓\"}".into()),
            layout: MetaLayout::Compact,
            theme: Theme::Contrast,
            ..Shared::default()
        };
        assert_eq!(decode(&format!("#{}", encode(&shared))), Some(shared));
    }

    #[test]
    fn a_pristine_sample_travels_by_name() {
        let shared = Shared {
            sample: Some("huge-meta".into()),
            width: 768,
            ..Shared::default()
        };
        let fragment = encode(&shared);
        assert_eq!(
            fragment,
            "v=2&layout=list&theme=auto&width=768&compare=0&focus=both&sample=huge-meta"
        );
        assert_eq!(decode(&fragment), Some(shared));
    }

    #[test]
    fn links_from_before_width_and_compare_still_open() {
        let old = Shared {
            json: Some("{}".into()),
            layout: MetaLayout::Grid,
            theme: Theme::Dark,
            ..Shared::default()
        };
        // A version-1 link: no version, width, compare or focus.
        let fragment = encode(&old)
            .replace("v=2&", "")
            .replace("&width=0&compare=0&focus=both", "");
        assert!(
            fragment.starts_with("layout=grid&theme=dark&post="),
            "{fragment}"
        );
        assert_eq!(decode(&fragment), Some(old));
        let odd =
            decode("width=huge&compare=yes&sample=rtl").map(|s| (s.width, s.compare, s.sample));
        assert_eq!(odd, Some((0, false, Some("rtl".to_owned()))));
        assert_eq!(decode("sample="), None);
        // A later version's link opens with what this version knows.
        let later =
            decode("v=3&layout=grid&focus=meta&glow=1&sample=rtl").map(|s| (s.layout, s.focus));
        assert_eq!(later, Some((MetaLayout::Grid, Focus::Meta)));
    }

    #[test]
    fn changed_tokens_travel_and_links_without_them_open_as_before() {
        let mut shared = Shared {
            sample: Some("rtl".into()),
            ..Shared::default()
        };
        let before = encode(&shared);
        assert!(!before.contains("tok."), "{before}");
        assert_eq!(decode(&before), Some(shared.clone()));
        let _ = shared.tokens.set("accent", "#c0392b");
        let _ = shared.tokens.set("font", "\"Noto Sans\", serif");
        let fragment = encode(&shared);
        assert!(
            fragment.ends_with(
                "&sample=rtl&tok.accent=%23c0392b&tok.font=%22Noto%20Sans%22%2C%20serif"
            ),
            "{fragment}"
        );
        assert_eq!(decode(&fragment), Some(shared));
        // A crafted value is dropped, the rest of the link still opens.
        let crafted = decode("v=2&sample=rtl&tok.accent=red%7D%20body%7B&tok.radius=2px");
        let tokens = crafted.map(|s| s.tokens.to_style());
        assert_eq!(tokens.as_deref(), Some("--anp-radius: 2px"));
    }
}
