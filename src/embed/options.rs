//! Widget options from `data-alphanode-*` attributes and a JS options object.

use wasm_bindgen::JsValue;

use crate::components::{ChecklistStorage, MetaLayout, Theme};

/// Everything a host can set on one widget.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WidgetOptions {
    /// A post URL, or `#id` of inline JSON.
    pub source: Option<String>,
    /// Colour theme.
    pub theme: Theme,
    /// Meta-box layout.
    pub layout: MetaLayout,
    /// Link template for similar posts, e.g. `/blog/{slug}`.
    pub link: Option<String>,
    /// Fetch timeout in milliseconds.
    pub timeout_ms: u32,
    /// Level of the article's title (1–6); 2 by default, under the host's own `h1`.
    pub heading_level: u8,
    /// Where checklists keep their ticks: `localStorage` (default) or memory only
    /// (`data-alphanode-storage="none"`).
    pub storage: ChecklistStorage,
    /// The reader's language: the `lang` option, else `data-alphanode-lang`, else the
    /// nearest `lang` attribute from the element up (an `<alphanode-article lang>`
    /// included); `None` is English.
    pub lang: Option<String>,
    /// The host's own strings (key → text), over the locale's: the `strings` option
    /// (an object, or its JSON text), else `data-alphanode-strings` (JSON).
    pub strings: Vec<(String, String)>,
    /// The locale's strings, fetched by `embed.js` from `locales/{tag}.json` (the
    /// embed's wasm carries only English's), under the host's own.
    pub locale_strings: Vec<(String, String)>,
    /// The host's meta profile (docs/meta-profile.md): the `metaProfile` option, else
    /// `data-alphanode-meta-profile`.
    pub meta_profile: Option<ProfileSource>,
}

/// Where a widget's meta profile comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProfileSource {
    /// `#id` of a `<script type="application/json">`, or a URL fetched as posts are.
    Reference(String),
    /// The profile's JSON text (the `metaProfile` option as an object, or a string
    /// that starts with `{`).
    Inline(String),
}

impl ProfileSource {
    /// A profile given as text: its JSON when it starts with `{` (or is not an
    /// object at all: then the parser says so), else a reference.
    fn from_text(text: &str) -> Self {
        if text.starts_with(['{', '[']) {
            Self::Inline(text.to_owned())
        } else {
            Self::Reference(text.to_owned())
        }
    }
}

/// The host's words; anything but a JSON object gives none.
fn strings_from_json(text: &str) -> Vec<(String, String)> {
    crate::i18n::parse_overrides(text).unwrap_or_default()
}

impl Default for WidgetOptions {
    fn default() -> Self {
        Self {
            source: None,
            theme: Theme::Auto,
            layout: MetaLayout::List,
            link: None,
            timeout_ms: crate::load::LoadOptions::default().timeout_ms,
            heading_level: 2,
            storage: ChecklistStorage::Local,
            lang: None,
            strings: Vec::new(),
            locale_strings: Vec::new(),
            meta_profile: None,
        }
    }
}

fn non_empty(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

impl WidgetOptions {
    /// Read the options of a host element. Both the `data-alphanode-*` attributes and
    /// the plain attributes of `<alphanode-article>` (`src`, `theme`, `layout`, `link`, …, `storage`) count.
    pub fn from_element(element: &web_sys::Element) -> Self {
        let attr = |names: &[&str]| {
            names
                .iter()
                .find_map(|n| non_empty(element.get_attribute(n)))
        };
        let mut options = Self {
            source: attr(&["data-alphanode-post", "src"]),
            ..Self::default()
        };
        if let Some(t) = attr(&["data-alphanode-theme", "theme"]).and_then(|t| Theme::parse(&t)) {
            options.theme = t;
        }
        if let Some(l) =
            attr(&["data-alphanode-layout", "layout"]).and_then(|l| MetaLayout::parse(&l))
        {
            options.layout = l;
        }
        options.link = attr(&["data-alphanode-link", "link"]);
        if let Some(ms) = attr(&["data-alphanode-timeout", "timeout"]).and_then(|t| t.parse().ok())
        {
            options.timeout_ms = ms;
        }
        if let Some(level) =
            attr(&["data-alphanode-heading", "heading"]).and_then(|h| h.parse::<u8>().ok())
        {
            options.heading_level = level.clamp(1, 6);
        }
        if let Some(mode) =
            attr(&["data-alphanode-storage", "storage"]).and_then(|m| ChecklistStorage::parse(&m))
        {
            options.storage = mode;
        }
        options.lang = attr(&["data-alphanode-lang"]).or_else(|| {
            element
                .closest("[lang]")
                .ok()
                .flatten()
                .and_then(|e| non_empty(e.get_attribute("lang")))
        });
        if let Some(json) = attr(&["data-alphanode-strings"]) {
            options.strings = strings_from_json(&json);
        }
        options.meta_profile =
            attr(&["data-alphanode-meta-profile"]).map(|p| ProfileSource::from_text(&p));
        options
    }

    /// The strings these options ask for.
    pub fn reader_strings(&self) -> crate::i18n::Strings {
        crate::i18n::Strings::for_tag(self.lang.as_deref().unwrap_or("en"))
            .with_overrides(self.strings.iter().chain(&self.locale_strings).cloned())
    }

    /// These options overridden by the fields present in a JS object.
    pub fn merged(mut self, overrides: &JsValue) -> Self {
        if !overrides.is_object() {
            return self;
        }
        let get = |key: &str| {
            js_sys::Reflect::get(overrides, &JsValue::from_str(key))
                .ok()
                .filter(|v| !v.is_undefined() && !v.is_null())
        };
        let get_string = |key: &str| non_empty(get(key).and_then(|v| v.as_string()));
        if let Some(src) = get_string("src") {
            self.source = Some(src);
        }
        if let Some(t) = get_string("theme").and_then(|t| Theme::parse(&t)) {
            self.theme = t;
        }
        if let Some(l) = get_string("layout").and_then(|l| MetaLayout::parse(&l)) {
            self.layout = l;
        }
        if let Some(link) = get_string("link") {
            self.link = Some(link);
        }
        if let Some(mode) = get_string("storage").and_then(|m| ChecklistStorage::parse(&m)) {
            self.storage = mode;
        }
        if let Some(lang) = get_string("lang") {
            self.lang = Some(lang);
        }
        let strings_of = |value: JsValue| match value.as_string() {
            Some(json) => strings_from_json(&json),
            None => js_sys::JSON::stringify(&value)
                .ok()
                .and_then(|s| s.as_string())
                .map(|json| strings_from_json(&json))
                .unwrap_or_default(),
        };
        if let Some(strings) = get("strings") {
            self.strings = strings_of(strings);
        }
        // Set by embed.js for the language these options resolve to (an empty object
        // for English or a language not shipped).
        if let Some(strings) = get("localeStrings") {
            self.locale_strings = strings_of(strings);
        }
        // An object is the profile itself; a string its JSON, `#id` or URL.
        if let Some(profile) = get("metaProfile") {
            let text = match profile.as_string() {
                Some(text) => non_empty(Some(text)),
                None => js_sys::JSON::stringify(&profile)
                    .ok()
                    .and_then(|s| s.as_string()),
            };
            if let Some(text) = text {
                self.meta_profile = Some(ProfileSource::from_text(&text));
            }
        }
        if let Some(level) = get("heading").and_then(|v| v.as_f64()) {
            if (1.0..=6.0).contains(&level) {
                self.heading_level = level as u8;
            }
        }
        if let Some(ms) = get("timeout").and_then(|v| v.as_f64()) {
            if ms.is_finite() && ms > 0.0 {
                self.timeout_ms = ms.min(f64::from(u32::MAX)) as u32;
            }
        }
        self
    }
}
