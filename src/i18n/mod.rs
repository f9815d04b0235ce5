//! The reader's language: the words the library writes, plural rules and number
//! formatting for the shipped locales, with no Leptos and no browser in sight, so the
//! browser and native rendering (`anp-render`) give the same text.
//!
//! Every locale is one entry of [`LOCALES`]: its tag, direction, plural rule and
//! number symbols are one line of `registry.rs`; its strings are the file
//! `locales/{tag}.json` at the crate's root, keyed by [`Text::key`] and
//! [`AppText::key`], a plural string an object of its CLDR forms (`{"one": …,
//! "other": …}`). `build.rs` compiles the files into one line per key, in key order
//! (`keys.rs`). Adding a locale is one registry line and one file; `tests/locales.rs`
//! checks the file has every key, the placeholders English has and the plural forms
//! its rule needs. A tag is matched exactly, then by its base language (`de-AT` →
//! `de`), else English.
//!
//! ```
//! use alphanode_widgets::i18n::{Strings, Text};
//! let de = Strings::for_tag("de-AT");
//! assert_eq!(de.tag(), "de");
//! assert_eq!(de.count(Text::ShowMore, 1500), "1.500 weitere anzeigen");
//! assert_eq!(de.number("-1234567.25"), "-1.234.567,25");
//! assert_eq!(Strings::for_tag("xx").tag(), "en");
//! ```

mod plural;
mod table;

use std::borrow::Cow;
use std::sync::Arc;

pub use plural::{Plural, PluralRule};
pub use table::LOCALES;

use crate::model::Decimal;

/// How a locale writes numbers, as `Intl.NumberFormat(tag).formatToParts` gives it.
///
/// ```
/// use alphanode_widgets::i18n::Strings;
/// let fr = Strings::for_tag("fr").locale().number;
/// assert_eq!(fr.group, "\u{202f}");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberSymbols {
    /// Between groups of three integer digits.
    pub group: &'static str,
    /// Between the integer and the fraction.
    pub decimal: &'static str,
    /// Before a negative number (with its bidi mark where the locale has one).
    pub minus: &'static str,
    /// The fewest integer digits that get grouped: 4 in most locales, 5 where CLDR's
    /// minimum grouping digits is 2 (es, it, pl write `1234` but `12 345`).
    pub min_grouped: usize,
    /// The locale's zero; the other digits follow it (`'0'` for Latin digits).
    pub zero: char,
}

/// One shipped locale.
///
/// ```
/// use alphanode_widgets::i18n::LOCALES;
/// assert!(LOCALES.iter().any(|l| l.tag == "ar" && l.rtl));
/// ```
#[derive(Debug)]
pub struct Locale {
    /// BCP 47 tag (a base language).
    pub tag: &'static str,
    /// The language's own name, for pickers.
    pub name: &'static str,
    /// Written right to left: the widget's layout mirrors.
    pub rtl: bool,
    /// CLDR plural rule for whole numbers.
    pub plural: PluralRule,
    /// Number symbols.
    pub number: NumberSymbols,
    /// The widget's strings, one line per [`Text`], plural forms separated by `|` in
    /// the order of [`PluralRule::forms`].
    pub widget: &'static str,
    /// The app's and the preview's strings, one line per [`AppText`].
    #[cfg(any(feature = "app", feature = "ssr"))]
    pub app: &'static str,
}

macro_rules! keys {
    ($(#[$meta:meta])* $name:ident { $($(#[$doc:meta])* $variant:ident = $key:literal,)* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$doc])* $variant,)*
        }

        impl $name {
            /// Every key, in table order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// The key's name in a `strings` override (`"show_more"`).
            pub fn key(self) -> &'static str {
                match self {
                    $($name::$variant => $key,)*
                }
            }

            /// The key called `name`, if there is one.
            pub fn from_key(name: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|k| k.key() == name)
            }

            fn index(self) -> usize {
                self as usize
            }
        }
    };
}

/// `app_keys!` is `keys!` for the app's strings, which exist with `app` or `ssr` only.
macro_rules! app_keys {
    ($($tokens:tt)*) => {
        #[cfg(any(feature = "app", feature = "ssr"))]
        keys! { $($tokens)* }
    };
}

include!("keys.rs");

/// A tag's locale: exact (case-insensitive), then its base language, then English.
///
/// ```
/// use alphanode_widgets::i18n::find_locale;
/// assert_eq!(find_locale("PT-br").tag, "pt");
/// assert_eq!(find_locale("zh-Hant-TW").tag, "zh");
/// assert_eq!(find_locale("").tag, "en");
/// ```
pub fn find_locale(tag: &str) -> &'static Locale {
    let tag = tag.trim().replace('_', "-");
    let exact = LOCALES.iter().find(|l| l.tag.eq_ignore_ascii_case(&tag));
    let base = tag.split('-').next().unwrap_or_default();
    exact
        .or_else(|| LOCALES.iter().find(|l| l.tag.eq_ignore_ascii_case(base)))
        .unwrap_or(&table::EN)
}

/// Whether a shipped locale matches `tag` (exactly or by its base language).
///
/// ```
/// use alphanode_widgets::i18n::is_shipped;
/// assert!(is_shipped("de-AT"));
/// assert!(!is_shipped("sv"));
/// ```
pub fn is_shipped(tag: &str) -> bool {
    let base = tag.trim().split(['-', '_']).next().unwrap_or_default();
    LOCALES.iter().any(|l| l.tag.eq_ignore_ascii_case(base))
}

/// The host's own words from a JSON object of strings (`{"show_more": "Noch {n}"}`),
/// as the embed's `strings` option, `data-alphanode-strings` and `anp-render
/// --strings` give them; `None` when the text is not a JSON object. Values that are
/// not strings are skipped: a host's typo must not cost the widget its other words.
///
/// ```
/// use alphanode_widgets::i18n::parse_overrides;
/// let words = parse_overrides(r#"{"try_again": "Nochmal", "n": 3}"#).unwrap();
/// assert_eq!(words, [("try_again".to_owned(), "Nochmal".to_owned())]);
/// assert!(parse_overrides("[1]").is_none());
/// ```
pub fn parse_overrides(text: &str) -> Option<Vec<(String, String)>> {
    match serde_json::from_str::<serde_json::Value>(text) {
        Ok(serde_json::Value::Object(map)) => Some(
            map.into_iter()
                .filter_map(|(k, v)| v.as_str().map(|s| (k, s.to_owned())))
                .collect(),
        ),
        _ => None,
    }
}

/// The strings of one reader: a locale plus the host's overrides (`strings`).
/// Cheap to clone; the default is English.
///
/// ```
/// use alphanode_widgets::i18n::{Strings, Text};
/// let s = Strings::for_tag("sv").with_overrides([("similar_title".to_owned(), "Liknande".to_owned())]);
/// assert_eq!(s.text(Text::SimilarTitle), "Liknande");
/// assert_eq!(s.text(Text::TryAgain), "Try again");
/// ```
#[derive(Clone, Debug)]
pub struct Strings {
    locale: &'static Locale,
    overrides: Option<Arc<Vec<(String, String)>>>,
}

impl Default for Strings {
    fn default() -> Self {
        Self {
            locale: &table::EN,
            overrides: None,
        }
    }
}

impl PartialEq for Strings {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.locale, other.locale) && self.overrides == other.overrides
    }
}

impl Strings {
    /// The strings for a language tag (see [`find_locale`]).
    ///
    /// ```
    /// use alphanode_widgets::i18n::{Strings, Text};
    /// assert_eq!(Strings::for_tag("fr-CA").tag(), "fr");
    /// ```
    pub fn for_tag(tag: &str) -> Self {
        Self {
            locale: find_locale(tag),
            overrides: None,
        }
    }

    /// These strings with the host's own for some keys (`"show_more"`, `"app.language"`…);
    /// unknown keys are kept but never asked for.
    ///
    /// ```
    /// use alphanode_widgets::i18n::{Strings, Text};
    /// let s = Strings::for_tag("de").with_overrides([("try_again".to_owned(), "Nochmal".to_owned())]);
    /// assert_eq!(s.text(Text::TryAgain), "Nochmal");
    /// ```
    pub fn with_overrides(mut self, overrides: impl IntoIterator<Item = (String, String)>) -> Self {
        let list: Vec<(String, String)> = overrides.into_iter().collect();
        self.overrides = (!list.is_empty()).then(|| Arc::new(list));
        self
    }

    /// The locale.
    ///
    /// ```
    /// use alphanode_widgets::i18n::{Strings, Text};
    /// assert_eq!(Strings::for_tag("ko").locale().name, "한국어");
    /// ```
    pub fn locale(&self) -> &'static Locale {
        self.locale
    }

    /// The locale's tag, for `lang` attributes.
    ///
    /// ```
    /// use alphanode_widgets::i18n::{Strings, Text};
    /// assert_eq!(Strings::default().tag(), "en");
    /// ```
    pub fn tag(&self) -> &'static str {
        self.locale.tag
    }

    /// `rtl` or `ltr`, for the widget's `dir`.
    ///
    /// ```
    /// use alphanode_widgets::i18n::{Strings, Text};
    /// assert_eq!(Strings::for_tag("he").dir(), "rtl");
    /// ```
    pub fn dir(&self) -> &'static str {
        if self.locale.rtl {
            "rtl"
        } else {
            "ltr"
        }
    }

    fn raw<'a>(&'a self, key: &'a str, app: bool, index: usize) -> &'a str {
        if let Some(found) = self
            .overrides
            .as_ref()
            .and_then(|o| o.iter().find(|(k, _)| k == key))
        {
            return &found.1;
        }
        line(table_of(self.locale, app), index)
            .or_else(|| line(table_of(&table::EN, app), index))
            .unwrap_or(key)
    }

    /// A string without a count.
    ///
    /// ```
    /// use alphanode_widgets::i18n::{Strings, Text};
    /// assert_eq!(Strings::for_tag("es").text(Text::ShowFewer), "Mostrar menos");
    /// ```
    pub fn text(&self, key: Text) -> &str {
        let raw = self.raw(key.key(), false, key.index());
        raw.split('|').next_back().unwrap_or(raw)
    }

    /// A plural string for `n`, with `{n}` written in the locale's digits.
    ///
    /// ```
    /// use alphanode_widgets::i18n::{Strings, Text};
    /// assert_eq!(Strings::for_tag("ru").count(Text::ShowMore, 5), "Показать ещё 5");
    /// ```
    pub fn count(&self, key: Text, n: usize) -> String {
        let raw = self.raw(key.key(), false, key.index());
        self.fill(self.form(raw, n), &[("n", n)])
    }

    /// A string with number placeholders filled in, the plural form chosen by the
    /// first of them (`{done}`/`{total}` choose by `total`, listed first).
    ///
    /// ```
    /// use alphanode_widgets::i18n::{Strings, Text};
    /// let s = Strings::for_tag("nl");
    /// assert_eq!(s.format(Text::Progress, &[("total", 5), ("done", 2)]), "2 van 5 klaar");
    /// ```
    pub fn format(&self, key: Text, values: &[(&str, usize)]) -> String {
        let raw = self.raw(key.key(), false, key.index());
        let n = values.first().map(|(_, v)| *v).unwrap_or(0);
        self.fill(self.form(raw, n), values)
    }

    /// A string with text placeholders (`{s}`, `{status}`) filled in as given.
    ///
    /// ```
    /// use alphanode_widgets::i18n::{Strings, Text};
    /// assert_eq!(Strings::default().with(Text::FailHttp, &[("status", "503")]), "The server answered with HTTP 503.");
    /// ```
    pub fn with(&self, key: Text, values: &[(&str, &str)]) -> String {
        let mut out = self.text(key).to_owned();
        for (name, value) in values {
            out = out.replace(&format!("{{{name}}}"), value);
        }
        out
    }

    fn form<'a>(&self, raw: &'a str, n: usize) -> &'a str {
        let count = raw.split('|').count();
        let wanted = self.locale.plural.select(n);
        let index = self
            .locale
            .plural
            .forms()
            .iter()
            .position(|p| *p == wanted)
            .filter(|i| *i < count)
            .unwrap_or(count.saturating_sub(1));
        raw.split('|').nth(index).unwrap_or(raw)
    }

    fn fill(&self, text: &str, values: &[(&str, usize)]) -> String {
        let mut out = text.to_owned();
        for (name, value) in values {
            out = out.replace(&format!("{{{name}}}"), &self.number(&value.to_string()));
        }
        out
    }

    /// The reader's sentence for a failure (the summary, with URL and details, stays
    /// English beside it, like the diagnostics).
    ///
    /// ```
    /// use alphanode_widgets::i18n::Strings;
    /// use alphanode_widgets::model::Failure;
    /// let de = Strings::for_tag("de");
    /// assert_eq!(de.failure(&Failure::http(500, "x")), "Der Server antwortete mit HTTP 500.");
    /// ```
    pub fn failure(&self, failure: &crate::model::Failure) -> String {
        use crate::model::FailureKind;
        match failure.kind {
            FailureKind::Http if failure.status == Some(404) => {
                self.text(Text::FailNotFound).to_owned()
            }
            FailureKind::Http => {
                let status = failure.status.map(|s| s.to_string()).unwrap_or_default();
                self.with(Text::FailHttp, &[("status", &status)])
            }
            FailureKind::Timeout { ms } => {
                let seconds = crate::model::format_seconds(ms);
                self.with(Text::FailTimeout, &[("s", &self.number(&seconds))])
            }
            FailureKind::NotJson => self.text(Text::FailNotJson).to_owned(),
            FailureKind::Network => self.text(Text::FailNetwork).to_owned(),
            FailureKind::TooLarge => self.text(Text::FailTooLarge).to_owned(),
            FailureKind::Invalid => self.text(Text::FailInvalid).to_owned(),
            FailureKind::Other => self.text(Text::FailOther).to_owned(),
        }
    }

    /// JSON number text in the locale's way, every published digit kept (see
    /// [`format_number`]).
    ///
    /// ```
    /// use alphanode_widgets::i18n::{Strings, Text};
    /// assert_eq!(Strings::for_tag("ru").number("1234567.5"), "1\u{a0}234\u{a0}567,5");
    /// ```
    pub fn number(&self, text: &str) -> String {
        format_number(text, &self.locale.number)
    }

    /// An app or preview string.
    ///
    /// ```
    /// use alphanode_widgets::i18n::{AppText, Strings};
    /// assert_eq!(Strings::for_tag("de").app(AppText::Language), "Sprache");
    /// ```
    #[cfg(any(feature = "app", feature = "ssr"))]
    pub fn app(&self, key: AppText) -> &str {
        let raw = self.raw(key.key(), true, key.index());
        raw.split('|').next_back().unwrap_or(raw)
    }

    /// An app string with placeholders: numbers (in the locale's way) and text.
    ///
    /// ```
    /// use alphanode_widgets::i18n::{AppText, Strings};
    /// let s = Strings::for_tag("de");
    /// assert_eq!(s.app_with(AppText::PageOf, &[("pages", 3), ("page", 1)], &[]), "Seite 1 von 3");
    /// ```
    #[cfg(any(feature = "app", feature = "ssr"))]
    pub fn app_with(
        &self,
        key: AppText,
        numbers: &[(&str, usize)],
        texts: &[(&str, &str)],
    ) -> String {
        let raw = self.raw(key.key(), true, key.index());
        let n = numbers.first().map(|(_, v)| *v).unwrap_or(0);
        let mut out = self.fill(self.form(raw, n), numbers);
        for (name, value) in texts {
            out = out.replace(&format!("{{{name}}}"), value);
        }
        out
    }
}

#[cfg(any(feature = "app", feature = "ssr"))]
impl Strings {
    /// The line under a listed post (see [`crate::model::IndexEntry::meta_line`]),
    /// with the reading time in the reader's language: the app's index and the static
    /// one `anp-render --index` writes say the same.
    ///
    /// ```
    /// use alphanode_widgets::i18n::Strings;
    /// use alphanode_widgets::model::parse_index;
    /// let index = parse_index(r#"{"posts":[{"title":"T","slug":"t","reading_time":7}]}"#, None).into_result().unwrap().0;
    /// assert_eq!(Strings::for_tag("de").index_meta(&index.posts[0]), "7 Min. Lesezeit");
    /// ```
    pub fn index_meta(&self, e: &crate::model::IndexEntry) -> String {
        [
            (!e.topic.is_empty()).then(|| e.topic.clone()),
            (!e.stack.is_empty()).then(|| e.stack.join(", ")),
            e.difficulty.clone(),
            e.reading_time
                .map(|t| self.app_with(AppText::MinRead, &[("n", t as usize)], &[])),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ")
    }

    /// "1–20 of 41 posts", "1 of 1 post" or "No posts match.": `shown` posts from the
    /// `start`th (0-based) of `total`.
    ///
    /// ```
    /// use alphanode_widgets::i18n::Strings;
    /// assert_eq!(Strings::default().index_status(20, 20, 41), "21–40 of 41 posts");
    /// ```
    pub fn index_status(&self, start: usize, shown: usize, total: usize) -> String {
        if total == 0 || shown == 0 {
            return self.app(AppText::NoMatch).to_owned();
        }
        let (from, to) = (start + 1, start + shown);
        if shown == 1 {
            self.app_with(AppText::AllShown, &[("n", total), ("from", from)], &[])
        } else {
            self.app_with(
                AppText::Range,
                &[("n", total), ("from", from), ("to", to)],
                &[],
            )
        }
    }
}

/// A locale's widget strings as the JSON object the embed fetches
/// (`locales/{tag}.json` beside the wasm, written by `anp-render --locales DIR` from
/// the tables `build.rs` compiled from the crate's own `locales/{tag}.json`): key →
/// string, plural forms `|`-separated in the order of the locale's rule, the same form
/// a host's `strings` option takes. The app's strings are left out: the embed has
/// none.
///
/// ```
/// use alphanode_widgets::i18n::{find_locale, locale_json};
/// let json: serde_json::Value = serde_json::from_str(&locale_json(find_locale("de"))).unwrap();
/// assert_eq!(json["similar_title"], "Ähnliche Beiträge");
/// ```
pub fn locale_json(locale: &Locale) -> String {
    let map: serde_json::Map<String, serde_json::Value> = Text::ALL
        .iter()
        .filter_map(|key| {
            let text = line(locale.widget, key.index())?;
            Some((key.key().to_owned(), serde_json::Value::from(text)))
        })
        .collect();
    serde_json::Value::Object(map).to_string()
}

/// A locale's app strings (`app.*` keys) as JSON of the same form as
/// [`locale_json`]: `locales/app/{tag}.json`, which the reader's app and the preview
/// fetch when they are built with the `lazy-locales` feature.
///
/// ```
/// use alphanode_widgets::i18n::{app_locale_json, find_locale};
/// let json: serde_json::Value = serde_json::from_str(&app_locale_json(find_locale("de"))).unwrap();
/// assert_eq!(json["app.language"], "Sprache");
/// ```
#[cfg(any(feature = "app", feature = "ssr"))]
pub fn app_locale_json(locale: &Locale) -> String {
    let map: serde_json::Map<String, serde_json::Value> = AppText::ALL
        .iter()
        .filter_map(|key| {
            let text = line(locale.app, key.index())?;
            Some((key.key().to_owned(), serde_json::Value::from(text)))
        })
        .collect();
    serde_json::Value::Object(map).to_string()
}

fn line(table: &str, index: usize) -> Option<&str> {
    table.lines().nth(index).filter(|l| !l.is_empty())
}

/// A locale's table of app strings (`app`) or widget strings. Chosen by name, not by
/// comparing tables: a locale whose strings are fetched has two empty ones.
fn table_of(locale: &'static Locale, app: bool) -> &'static str {
    #[cfg(any(feature = "app", feature = "ssr"))]
    if app {
        return locale.app;
    }
    let _ = app;
    locale.widget
}

/// Format JSON number text with a locale's symbols, exactly: the digits are the
/// published ones (no float on the way), grouped in threes from the point, with the
/// locale's separators, minus and digits. Whole numbers in exponent form below 10^21
/// are written out (`1.5e3` → `1,500`); other exponent forms stay as published.
/// Text that is not a JSON number is returned unchanged.
///
/// ```
/// use alphanode_widgets::i18n::{format_number, find_locale};
/// let es = &find_locale("es").number;
/// assert_eq!(format_number("1234", es), "1234");
/// assert_eq!(format_number("12345.5", es), "12.345,5");
/// assert_eq!(format_number("123456789012345678901234567890.5", &find_locale("en").number),
///            "123,456,789,012,345,678,901,234,567,890.5");
/// ```
pub fn format_number(text: &str, symbols: &NumberSymbols) -> String {
    let plain: Cow<str> = if text.contains(['e', 'E']) {
        match Decimal::parse(text).and_then(|d| d.integral_text(21)) {
            Some(digits) => Cow::Owned(digits),
            None => return text.to_owned(),
        }
    } else {
        Cow::Borrowed(text)
    };
    let (negative, unsigned) = match plain.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, plain.as_ref()),
    };
    let (int, frac) = match unsigned.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (unsigned, None),
    };
    if int.is_empty() || !int.bytes().all(|b| b.is_ascii_digit()) {
        return text.to_owned();
    }
    let digit = |b: u8| {
        char::from_u32(u32::from(symbols.zero) + u32::from(b.wrapping_sub(b'0'))).unwrap_or('?')
    };
    let mut out = String::with_capacity(text.len() + text.len() / 3 * 3 + 4);
    if negative {
        out.push_str(symbols.minus);
    }
    let grouped = int.len() >= symbols.min_grouped;
    for (i, b) in int.bytes().enumerate() {
        if grouped && i > 0 && (int.len() - i) % 3 == 0 {
            out.push_str(symbols.group);
        }
        out.push(digit(b));
    }
    if let Some(frac) = frac {
        out.push_str(symbols.decimal);
        out.extend(frac.bytes().map(digit));
    }
    out
}

#[cfg(test)]
mod tests;
