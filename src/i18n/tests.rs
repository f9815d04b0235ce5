use super::*;

/// What `build.rs` made of `locales/*.json` (the files themselves are checked by
/// `tests/locales.rs`): a line per key, and a plural string (one of English's with
/// forms) with every form of the locale's rule.
fn check_table(tag: &str, table: &str, english: &str, keys: &[&str], forms: usize) {
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), keys.len(), "{tag}: one line per key");
    for ((line, en), key) in lines.iter().zip(english.lines()).zip(keys) {
        assert!(!line.trim().is_empty(), "{tag}: {key} is empty");
        let parts = line.split('|').count();
        let plural = en.contains('|');
        assert_eq!(
            parts,
            if plural { forms } else { 1 },
            "{tag}: {key} has {parts} forms"
        );
    }
}

#[test]
fn every_locale_has_every_key() {
    let keys: Vec<&str> = Text::ALL.iter().map(|k| k.key()).collect();
    for locale in &LOCALES {
        let forms = locale.plural.forms().len();
        check_table(locale.tag, locale.widget, table::EN.widget, &keys, forms);
        #[cfg(feature = "app")]
        {
            let app: Vec<&str> = AppText::ALL.iter().map(|k| k.key()).collect();
            check_table(locale.tag, locale.app, table::EN.app, &app, forms);
        }
    }
    // The fifteen of the README, English first; a new locale only adds to them.
    let tags: Vec<&str> = LOCALES.iter().map(|l| l.tag).collect();
    assert_eq!(
        tags.get(..15),
        Some(
            &[
                "en", "de", "fr", "es", "pt", "it", "nl", "pl", "ru", "tr", "ja", "zh", "ko", "ar",
                "he"
            ][..]
        )
    );
    let mut unique = tags.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), tags.len(), "a tag is registered twice");
}

#[test]
fn the_tables_are_the_files() {
    let de: serde_json::Value =
        serde_json::from_str(include_str!("../../locales/de.json")).unwrap();
    let s = Strings::for_tag("de");
    assert_eq!(s.text(Text::TryAgain), de["try_again"]);
    assert_eq!(s.text(Text::ImageSource), de["image_source"]);
    assert_eq!(
        s.count(Text::ShowList, 1),
        de["show_list"]["one"].as_str().unwrap().replace("{n}", "1")
    );
    assert_eq!(
        s.count(Text::ShowList, 2),
        de["show_list"]["other"]
            .as_str()
            .unwrap()
            .replace("{n}", "2")
    );
}

#[cfg(feature = "app")]
#[test]
fn app_strings_with_a_count_take_every_form_of_the_language() {
    let ar = Strings::for_tag("ar");
    let read = |n: usize| ar.app_with(AppText::MinRead, &[("n", n)], &[]);
    assert_eq!(read(1), "قراءة دقيقة واحدة");
    assert_eq!(read(2), "قراءة دقيقتين");
    assert_eq!(read(5), "قراءة 5 دقائق");
    assert_eq!(read(11), "قراءة 11 دقيقة");
    assert_eq!(read(100), "قراءة 100 دقيقة");
    assert_eq!(ar.index_status(0, 1, 1), "1 من منشور واحد");
    assert_eq!(ar.index_status(0, 3, 7), "1–3 من 7 منشورات");
    let he = Strings::for_tag("he");
    assert_eq!(
        he.app_with(AppText::MinRead, &[("n", 1)], &[]),
        "דקת קריאה אחת"
    );
    assert_eq!(
        Strings::for_tag("ru").app_with(AppText::Range, &[("n", 21), ("from", 1), ("to", 20)], &[]),
        "1–20 из 21 публикации"
    );
    assert_eq!(Strings::for_tag("de").app(AppText::LayoutGrid), "Raster");
}

#[test]
fn no_locale_but_english_repeats_english() {
    // A line copied from English by mistake would show English words on a page in
    // another language. Words that are the same in both are allowed.
    let same = [
        "no", "Layout", "Tablet", "Desktop", "Stack", "Pages", "System", "Preview",
    ];
    for locale in LOCALES.iter().skip(1) {
        for (line, en) in locale.widget.lines().zip(table::EN.widget.lines()) {
            assert!(
                line != en || same.contains(&en),
                "{}: {en:?} is English",
                locale.tag
            );
        }
    }
}

fn fixture() -> serde_json::Value {
    serde_json::from_str(include_str!("../../tests/fixtures/intl.json")).unwrap()
}

#[test]
fn plural_rules_match_intl_for_every_count_in_the_fixture() {
    let fixture = fixture();
    for locale in &LOCALES {
        let plurals = fixture["locales"][locale.tag]["plurals"]
            .as_object()
            .unwrap();
        assert!(
            plurals.len() > 200,
            "{}: fixture has its counts",
            locale.tag
        );
        for (n, expected) in plurals {
            let n: usize = n.parse().unwrap();
            assert_eq!(
                locale.plural.select(n).as_str(),
                expected.as_str().unwrap(),
                "{} plural of {n}",
                locale.tag
            );
        }
    }
}

#[test]
fn numbers_match_intl_in_every_locale_huge_ones_included() {
    let fixture = fixture();
    for locale in &LOCALES {
        let numbers = fixture["locales"][locale.tag]["numbers"]
            .as_object()
            .unwrap();
        assert!(numbers.contains_key("123456789012345678901234567890.123456789"));
        for (text, expected) in numbers {
            assert_eq!(
                format_number(text, &locale.number),
                expected.as_str().unwrap(),
                "{} formats {text}",
                locale.tag
            );
        }
    }
}

#[test]
fn numbers_keep_every_published_digit() {
    let de = Strings::for_tag("de");
    assert_eq!(
        de.number("123456789012345678901234567890.123456789"),
        "123.456.789.012.345.678.901.234.567.890,123456789"
    );
    // Past f64: these two differ only after the 17th digit.
    assert_eq!(de.number("9007199254740993"), "9.007.199.254.740.993");
    assert_eq!(
        de.number("0.10000000000000000555"),
        "0,10000000000000000555"
    );
    assert_eq!(de.number("1.5e3"), "1.500");
    assert_eq!(
        de.number("1e400"),
        "1e400",
        "exponent forms stay as published"
    );
    assert_eq!(Strings::for_tag("ar").number("-1234"), "\u{200e}-1,234");
    assert_eq!(Strings::for_tag("pl").number("1234"), "1234");
    assert_eq!(Strings::for_tag("pl").number("12345"), "12\u{a0}345");
    assert_eq!(Strings::for_tag("fr").number("46156"), "46\u{202f}156");
}

#[test]
fn tags_fall_back_to_the_base_language_then_english() {
    assert_eq!(find_locale("de-AT").tag, "de");
    assert_eq!(find_locale("de_CH").tag, "de");
    assert_eq!(find_locale("PT-BR").tag, "pt");
    assert_eq!(find_locale("zh-Hant-TW").tag, "zh");
    assert_eq!(find_locale("he-IL").tag, "he");
    assert_eq!(find_locale("sv-SE").tag, "en");
    assert_eq!(find_locale("").tag, "en");
    assert_eq!(find_locale(" ja ").tag, "ja");
    assert!(is_shipped("ar-EG"));
    assert!(!is_shipped("sv"));
}

#[test]
fn plural_strings_pick_the_form_of_each_language() {
    let ru = Strings::for_tag("ru");
    assert_eq!(
        ru.count(Text::ShowList, 1),
        "Показать вложенный список (1 элемент)"
    );
    assert_eq!(
        ru.count(Text::ShowList, 3),
        "Показать вложенный список (3 элемента)"
    );
    assert_eq!(
        ru.count(Text::ShowList, 5),
        "Показать вложенный список (5 элементов)"
    );
    assert_eq!(
        ru.count(Text::ShowList, 21),
        "Показать вложенный список (21 элемент)"
    );
    assert_eq!(
        ru.count(Text::ShowList, 11),
        "Показать вложенный список (11 элементов)"
    );
    let pl = Strings::for_tag("pl");
    assert_eq!(
        pl.count(Text::ShowGroup, 1),
        "Pokaż zagnieżdżoną grupę (1 element)"
    );
    assert_eq!(
        pl.count(Text::ShowGroup, 22),
        "Pokaż zagnieżdżoną grupę (22 elementy)"
    );
    assert_eq!(
        pl.count(Text::ShowGroup, 12),
        "Pokaż zagnieżdżoną grupę (12 elementów)"
    );
    assert_eq!(
        pl.count(Text::ShowGroup, 21),
        "Pokaż zagnieżdżoną grupę (21 elementów)"
    );
    let ar = Strings::for_tag("ar");
    assert_eq!(ar.count(Text::ShowMore, 1), "عرض عنصر واحد آخر");
    assert_eq!(ar.count(Text::ShowMore, 2), "عرض عنصرين آخرين");
    assert_eq!(ar.count(Text::ShowMore, 3), "عرض 3 عناصر أخرى");
    assert_eq!(ar.count(Text::ShowMore, 11), "عرض 11 عنصرًا آخر");
    assert_eq!(ar.count(Text::ShowMore, 100), "عرض 100 عنصر آخر");
    let en = Strings::default();
    assert_eq!(
        en.count(Text::Warnings, 1),
        "1 part of this post could not be shown as published"
    );
    assert_eq!(en.count(Text::ShowMore, 9950), "Show 9,950 more");
    let fr = Strings::for_tag("fr");
    assert_eq!(
        fr.count(Text::ShowGroup, 0),
        "Afficher le groupe imbriqué (0 entrée)"
    );
    assert_eq!(
        fr.count(Text::ShowMore, 1_000_000),
        "Afficher 1\u{202f}000\u{202f}000 de plus"
    );
    let ja = Strings::for_tag("ja");
    assert_eq!(
        ja.format(Text::Progress, &[("total", 5), ("done", 2)]),
        "5 件中 2 件完了"
    );
    let he = Strings::for_tag("he");
    assert_eq!(he.count(Text::ShowMore, 1), "הצגת פריט אחד נוסף");
    assert_eq!(he.count(Text::ShowMore, 2), "הצגת 2 נוספים");
}

#[test]
fn host_strings_override_any_key_and_fill_a_missing_language() {
    let s = Strings::for_tag("sv").with_overrides([
        ("show_more".to_owned(), "Visa {n} till".to_owned()),
        ("progress".to_owned(), "{done} av {total} klara".to_owned()),
    ]);
    assert_eq!(s.tag(), "en");
    assert_eq!(s.count(Text::ShowMore, 1234), "Visa 1,234 till");
    assert_eq!(
        s.format(Text::Progress, &[("total", 5), ("done", 2)]),
        "2 av 5 klara"
    );
    assert_eq!(s.text(Text::TryAgain), "Try again");
    assert_ne!(s, Strings::for_tag("sv"));
}

#[test]
fn failures_have_a_sentence_in_each_language() {
    use crate::model::{Failure, FailureKind};
    let de = Strings::for_tag("de");
    assert_eq!(
        de.failure(&Failure::http(404, "u: HTTP 404")),
        "Unter dieser Adresse gibt es keinen Beitrag (HTTP 404)."
    );
    let timeout = Failure::message("u").of_kind(FailureKind::Timeout { ms: 2_500 });
    assert_eq!(
        de.failure(&timeout),
        "Der Server hat nicht innerhalb von 2,5 s geantwortet."
    );
    assert_eq!(
        Strings::for_tag("ja").failure(&Failure::message("u").of_kind(FailureKind::NotJson)),
        "サーバーが JSON を送信しませんでした。"
    );
    assert_eq!(Strings::for_tag("ar").dir(), "rtl");
    assert_eq!(Strings::for_tag("he").dir(), "rtl");
    assert_eq!(Strings::for_tag("de").dir(), "ltr");
}
