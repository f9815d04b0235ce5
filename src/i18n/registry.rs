// The shipped locales, one line each, English first (the fallback for every other tag
// and for any string a locale lacks): the tag (its strings are `locales/{tag}.json`),
// the language's own name, `ltr` or `rtl`, the CLDR plural rule (see `plural.rs`) and
// the number symbols, those of `Intl.NumberFormat(tag).formatToParts` (ICU 78, checked
// by the fixture test). Adding a locale is one line here and one file in `locales/`.
//
// Included by `table.rs` (which makes `LOCALES`) and by `build.rs` (which orders each
// plural string's forms by the locale's rule).

registry! {
    "en" "English" ltr OneOther symbols(",", ".", 4);
    "de" "Deutsch" ltr OneOther symbols(".", ",", 4);
    "fr" "Français" ltr French symbols("\u{202f}", ",", 4);
    "es" "Español" ltr OneManyOther symbols(".", ",", 5);
    "pt" "Português" ltr French symbols(".", ",", 4);
    "it" "Italiano" ltr OneManyOther symbols(".", ",", 5);
    "nl" "Nederlands" ltr OneOther symbols(".", ",", 4);
    "pl" "Polski" ltr Polish symbols("\u{a0}", ",", 5);
    "ru" "Русский" ltr Slavic symbols("\u{a0}", ",", 4);
    "tr" "Türkçe" ltr OneOther symbols(".", ",", 4);
    "ja" "日本語" ltr None symbols(",", ".", 4);
    "zh" "中文" ltr None symbols(",", ".", 4);
    "ko" "한국어" ltr None symbols(",", ".", 4);
    "ar" "العربية" rtl Arabic bidi_symbols(",", ".", 4);
    "he" "עברית" rtl Hebrew bidi_symbols(",", ".", 4);
}
