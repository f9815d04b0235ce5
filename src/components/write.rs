//! What every writer of a post's parts is told, instead of reading it from Leptos
//! context: the same value reaches the components, the embed and the pre-renderer,
//! so each part is written by one function whoever shows it.

use std::sync::Arc;

use crate::components::checklist::ChecklistStorage;
use crate::i18n::Strings;
use crate::model::MetaProfile;

/// How a post's parts are written: in which words, how far headings move down,
/// where checklists keep their ticks, and whether the HTML is for readers without
/// JavaScript.
///
/// ```
/// use alphanode_widgets::components::{ChecklistStorage, WriteCx};
/// use alphanode_widgets::i18n::Strings;
/// let cx = WriteCx::new(Strings::for_tag("de")).heading_level(2);
/// assert_eq!(cx.heading(1), "h2");
/// assert_eq!(cx.heading(6), "h6");
/// assert_eq!(cx.storage, ChecklistStorage::Local);
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WriteCx {
    /// The reader's words, numbers and direction.
    pub strings: Strings,
    /// Levels every heading moves down: the title is `h{1 + heading_offset}`.
    pub heading_offset: u8,
    /// Where checklists keep their ticks.
    pub storage: ChecklistStorage,
    /// Static HTML for readers without JavaScript: what the browser keeps behind a
    /// button ("Show N more", collapsed groups) is written in full inside
    /// `<noscript>` (by native builds only: the wasm's server renderer leaves the
    /// meta box's out, for size), and a checklist gets a progress line that CSS
    /// counts (written by every build, so `renderToString` and `anp-render` agree).
    pub static_html: bool,
    /// The host's meta profile (`docs/meta-profile.md`): which meta keys the meta box
    /// shows, how and in what order. Shared, so every part and every rewrite reads the
    /// one parsed profile; `None` shows every key as the format's Meta table says.
    pub meta_profile: Option<Arc<MetaProfile>>,
    /// The reader's language as asked for (`de-AT`, `sv`), which a meta profile's
    /// labels are picked by; else the tag of `strings` (the shipped language, which
    /// may be English for a language not shipped).
    pub lang: Option<String>,
    /// A host's renderers for block types, asked by the body writer first (the
    /// embed's `renderers` option, the Leptos [`BlockRenderers`](crate::components::BlockRenderers)).
    pub renderers: crate::components::Overrides,
}

impl WriteCx {
    /// The defaults around `strings`: title `h1`, ticks in `localStorage`.
    pub fn new(strings: Strings) -> Self {
        Self {
            strings,
            ..Self::default()
        }
    }

    /// The title's level, 1–6 (out-of-range values are clamped); headings inside
    /// follow it.
    pub fn heading_level(mut self, level: u8) -> Self {
        self.heading_offset = level.clamp(1, 6) - 1;
        self
    }

    /// Where checklists keep their ticks.
    pub fn storage(mut self, storage: ChecklistStorage) -> Self {
        self.storage = storage;
        self
    }

    /// Writes static HTML (see [`WriteCx::static_html`]).
    pub fn static_html(mut self, on: bool) -> Self {
        self.static_html = on;
        self
    }

    /// Shows meta through `profile` (see [`WriteCx::meta_profile`]).
    ///
    /// ```
    /// use alphanode_widgets::components::WriteCx;
    /// use alphanode_widgets::model::MetaProfile;
    /// let profile = MetaProfile::parse(r#"{"keys": [{"match": "hash", "show": false}]}"#);
    /// let cx = WriteCx::default().meta_profile(Some(profile.into()));
    /// assert_eq!(cx.meta_profile.map(|p| p.rules.len()), Some(1));
    /// ```
    pub fn meta_profile(mut self, profile: Option<Arc<MetaProfile>>) -> Self {
        self.meta_profile = profile;
        self
    }

    /// The reader's language tag as asked for (the `lang` field).
    pub fn lang(mut self, tag: Option<String>) -> Self {
        self.lang = tag;
        self
    }

    /// The language a meta profile's labels are picked for.
    pub fn label_lang(&self) -> &str {
        self.lang.as_deref().unwrap_or(self.strings.tag())
    }

    /// Writes blocks with a host's renderers asked first (see [`WriteCx::renderers`]).
    pub fn renderers(mut self, renderers: crate::components::Overrides) -> Self {
        self.renderers = renderers;
        self
    }

    /// The tag of a heading of nominal `level` (1 = the article title), moved down by
    /// the offset and kept within `h1`…`h6`.
    pub fn heading(&self, level: u8) -> &'static str {
        match level.saturating_add(self.heading_offset).clamp(1, 6) {
            1 => "h1",
            2 => "h2",
            3 => "h3",
            4 => "h4",
            5 => "h5",
            _ => "h6",
        }
    }
}

/// A root's `class` value: the part's own `anp-` classes, then the host's (a
/// component's `class` prop), so host CSS and utility classes can target the widget
/// without a wrapper of their own.
///
/// ```ignore
/// assert_eq!(class_list("anp-body", Some(" prose ")), "anp-body prose");
/// assert_eq!(class_list("anp-body", Some("")), "anp-body");
/// ```
pub(crate) fn class_list(own: &'static str, host: Option<&str>) -> std::borrow::Cow<'static, str> {
    match host.map(str::trim) {
        Some(extra) if !extra.is_empty() => format!("{own} {extra}").into(),
        _ => own.into(),
    }
}

/// The direction of a text by its first strong character, as `dir="auto"` finds it
/// (the Unicode bidi rule P2), for an element whose own children already carry
/// `dir` attributes, which `dir="auto"` skips: a list by its first item, a quote by
/// its text, a caption by its caption. `None` when there is no strong character.
///
/// Written out rather than taken from a bidi crate: its tables would add several KB
/// to the embed for the one question "right-to-left script or not". The ranges are
/// the right-to-left blocks of Unicode (Hebrew, Arabic, Syriac, Thaana, NKo,
/// Samaritan, Mandaic and their presentation forms, and the historic ones of plane 1);
/// any other letter is left-to-right.
///
/// ```ignore
/// assert_eq!(text_dir("  «שלום» world"), Some("rtl"));
/// assert_eq!(text_dir("1. hello"), Some("ltr"));
/// assert_eq!(text_dir("123 !"), None);
/// ```
pub(crate) fn text_dir(text: &str) -> Option<&'static str> {
    text.chars().find_map(|c| {
        let rtl = matches!(c as u32,
            0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF);
        if rtl {
            Some("rtl")
        } else if c.is_alphabetic() {
            Some("ltr")
        } else {
            None
        }
    })
}

#[cfg(test)]
mod tests {
    use super::text_dir;

    #[test]
    fn a_text_goes_the_way_of_its_first_strong_character() {
        assert_eq!(text_dir("  «שלום» world"), Some("rtl"));
        assert_eq!(text_dir("١٢ مرحبا"), Some("rtl"));
        assert_eq!(text_dir("1. hello שלום"), Some("ltr"));
        assert_eq!(text_dir("日本語"), Some("ltr"));
        assert_eq!(text_dir("123 !"), None);
        assert_eq!(text_dir(""), None);
    }
}
