//! The shipped locales, made from the registry (`registry.rs`: one line per locale)
//! and the strings `build.rs` compiles from `locales/{tag}.json`: one line per key in
//! key order ([`Text`](super::Text), [`AppText`](super::AppText)), plural forms
//! `|`-separated in the order of the rule's [`forms`](super::PluralRule::forms).

use super::{Locale, NumberSymbols, PluralRule};

// `widget_strings!("de")` and `app_strings!("de")`: the tables of `locales/de.json`.
include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The embed (built without the app) leaves the strings of every locale but English
/// out of its wasm: all of them would add about 10 KB brotli to every host's
/// download. It fetches the one a widget needs instead, `locales/{tag}.json` beside
/// the wasm, which the build writes from these same tables (`anp-render --locales`).
/// The reader's app and the preview do the same with the `lazy-locales` feature
/// (their own strings too, from `locales/app/{tag}.json`). Number symbols and plural
/// rules stay in: they are a few bytes each. Native builds keep every table: servers
/// write any language without fetching.
macro_rules! lazy {
    ($strings:expr) => {
        if cfg!(all(
            not(feature = "ssr"),
            any(
                all(feature = "embed", not(feature = "app")),
                feature = "lazy-locales"
            )
        )) {
            ""
        } else {
            $strings
        }
    };
}

/// The app's strings of a locale but English: left out under `lazy-locales`.
#[cfg(any(feature = "app", feature = "ssr"))]
macro_rules! lazy_app {
    ($strings:expr) => {
        if cfg!(all(not(feature = "ssr"), feature = "lazy-locales")) {
            ""
        } else {
            $strings
        }
    };
}

/// `true` for `rtl`, `false` for `ltr`.
macro_rules! rtl {
    (ltr) => {
        false
    };
    (rtl) => {
        true
    };
}

/// One locale of the registry; its widget strings compiled in (`eager`) or left to
/// the embed to fetch (`lazy`).
macro_rules! locale {
    ($load:ident $tag:tt $name:tt $dir:ident $rule:ident $number:expr) => {
        Locale {
            tag: $tag,
            name: $name,
            rtl: rtl!($dir),
            plural: PluralRule::$rule,
            number: $number,
            widget: locale!(@$load widget_strings!($tag)),
            #[cfg(any(feature = "app", feature = "ssr"))]
            app: locale!(@app $load app_strings!($tag)),
        }
    };
    (@eager $strings:expr) => {
        $strings
    };
    (@lazy $strings:expr) => {
        lazy!($strings)
    };
    (@app eager $strings:expr) => {
        $strings
    };
    (@app lazy $strings:expr) => {
        lazy_app!($strings)
    };
}

/// English (the registry's first line) as [`EN`], every line as [`LOCALES`].
macro_rules! registry {
    (
        $en:tt $en_name:tt $en_dir:ident $en_rule:ident $en_number:expr;
        $($tag:tt $name:tt $dir:ident $rule:ident $number:expr;)*
    ) => {
        /// English: the fallback for every other tag and for any line a locale lacks.
        pub(super) const EN: Locale = locale!(eager $en $en_name $en_dir $en_rule $en_number);

        /// Every shipped locale, English first.
        ///
        /// ```
        /// use alphanode_widgets::i18n::LOCALES;
        /// assert_eq!(LOCALES[0].tag, "en");
        /// assert!(LOCALES.iter().any(|l| l.tag == "ja"));
        /// ```
        pub static LOCALES: [Locale; 1 + [$($tag),*].len()] = [
            EN,
            $(locale!(lazy $tag $name $dir $rule $number),)*
        ];
    };
}

const fn symbols(group: &'static str, decimal: &'static str, min_grouped: usize) -> NumberSymbols {
    NumberSymbols {
        group,
        decimal,
        minus: "-",
        min_grouped,
        zero: '0',
    }
}

/// Symbols with a left-to-right mark before the minus, so a negative number keeps its
/// sign on the left in right-to-left text.
const fn bidi_symbols(
    group: &'static str,
    decimal: &'static str,
    min_grouped: usize,
) -> NumberSymbols {
    NumberSymbols {
        minus: "\u{200e}-",
        ..symbols(group, decimal, min_grouped)
    }
}

include!("registry.rs");
