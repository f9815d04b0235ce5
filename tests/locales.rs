//! The translations, `locales/{tag}.json`, against English and the registry
//! (`src/i18n/registry.rs`): every file is a registered locale and the other way
//! round; every locale has every key English has and no other; each string has
//! English's placeholders; each plural string (an object in English) gives exactly the
//! CLDR forms of the locale's rule. A problem is reported by file and key.
//!
//! Run with `cargo test --features ssr,app --test locales`.
#![cfg(all(not(target_arch = "wasm32"), any(feature = "app", feature = "ssr")))]

use std::collections::{BTreeMap, BTreeSet};

use alphanode_widgets::i18n::{AppText, PluralRule, Text, LOCALES};
use serde_json::{Map, Value};

type Files = BTreeMap<String, Map<String, Value>>;

fn read_files() -> Files {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut files = Files::new();
    for entry in std::fs::read_dir(&dir).expect("locales/") {
        let path = entry.expect("locales/ entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let Some(tag) = name.strip_suffix(".json") else {
            continue;
        };
        let text = std::fs::read_to_string(&path).expect("a locale file");
        match serde_json::from_str(&text) {
            Ok(Value::Object(map)) => files.insert(tag.to_owned(), map),
            other => panic!("locales/{name}: not a JSON object: {other:?}"),
        };
    }
    files
}

/// The placeholders (`{n}`, `{done}`…) of one string.
fn placeholders(text: &str) -> BTreeSet<String> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_owned()))
        .collect()
}

fn list(set: &BTreeSet<String>) -> String {
    let names: Vec<String> = set.iter().map(|p| format!("{{{p}}}")).collect();
    if names.is_empty() {
        "none".to_owned()
    } else {
        names.join(" ")
    }
}

/// The categories of a rule, by name, in order.
fn forms(rule: PluralRule) -> Vec<&'static str> {
    rule.forms().iter().map(|p| p.as_str()).collect()
}

/// Whether a category of the rule holds one count only (Arabic `two`, English `one`),
/// so its form may write the number as a word instead of `{n}`.
fn single_count(rule: PluralRule, category: &str) -> bool {
    (0..10_000)
        .filter(|n| rule.select(*n).as_str() == category)
        .nth(1)
        .is_none()
}

/// Every problem of the files, one line each, naming file and key.
fn problems(files: &Files) -> Vec<String> {
    let mut out = Vec::new();
    let registered: Vec<&str> = LOCALES.iter().map(|l| l.tag).collect();
    for tag in &registered {
        if !files.contains_key(*tag) {
            out.push(format!(
                "locales/{tag}.json: missing (src/i18n/registry.rs has {tag})"
            ));
        }
    }
    for tag in files.keys() {
        if !registered.contains(&tag.as_str()) {
            out.push(format!(
                "locales/{tag}.json: not in src/i18n/registry.rs (add its line there)"
            ));
        }
    }
    let Some(english) = files.get("en") else {
        out.push("locales/en.json: missing".to_owned());
        return out;
    };
    let code: Vec<&str> = Text::ALL
        .iter()
        .map(|k| k.key())
        .chain(AppText::ALL.iter().map(|k| k.key()))
        .collect();
    for key in english.keys() {
        if !code.contains(&key.as_str()) {
            out.push(format!(
                "locales/en.json: {key:?} is no key of src/i18n/keys.rs"
            ));
        }
    }
    for (tag, strings) in files {
        let file = format!("locales/{tag}.json");
        let rule = LOCALES.iter().find(|l| l.tag == tag).map(|l| l.plural);
        for key in &code {
            let Some(en) = english.get(*key) else {
                if tag == "en" {
                    out.push(format!("{file}: {key:?} is missing"));
                }
                continue;
            };
            match strings.get(*key) {
                None if tag != "en" => {
                    out.push(format!("{file}: {key:?} is missing (English: {en})"))
                }
                None => {}
                Some(value) => check(&mut out, &file, key, value, en, rule),
            }
        }
        for key in strings.keys() {
            if tag != "en" && !english.contains_key(key) {
                out.push(format!("{file}: {key:?} is not a key of locales/en.json"));
            }
        }
    }
    out
}

/// One string of a locale against English's.
fn check(
    out: &mut Vec<String>,
    file: &str,
    key: &str,
    value: &Value,
    en: &Value,
    rule: Option<PluralRule>,
) {
    let carried = |out: &mut Vec<String>, at: &str, text: &str| {
        if text.trim().is_empty() {
            out.push(format!("{file}: {at} is empty"));
        }
        if text.contains(['\n', '\r', '|']) {
            out.push(format!("{file}: {at} has a line break or a `|`"));
        }
    };
    match (value, en) {
        (Value::String(text), Value::String(en)) => {
            carried(out, &format!("{key:?}"), text);
            let (theirs, ours) = (placeholders(text), placeholders(en));
            if theirs != ours {
                out.push(format!(
                    "{file}: {key:?} has placeholders {}, English {}: {text}",
                    list(&theirs),
                    list(&ours)
                ));
            }
        }
        (Value::Object(given), Value::Object(en)) => {
            let ours: BTreeSet<String> = en
                .values()
                .filter_map(Value::as_str)
                .flat_map(placeholders)
                .collect();
            let Some(rule) = rule else {
                return;
            };
            let wanted = forms(rule);
            let lacking: Vec<&str> = wanted
                .iter()
                .copied()
                .filter(|c| !given.contains_key(*c))
                .collect();
            if !lacking.is_empty() {
                out.push(format!(
                    "{file}: {key:?} lacks plural form {} (rule {rule:?}: {})",
                    lacking.join(", "),
                    wanted.join(", ")
                ));
            }
            for (category, form) in given {
                let at = format!("{key:?}.{category}");
                if !wanted.contains(&category.as_str()) {
                    out.push(format!(
                        "{file}: {at} is a plural form rule {rule:?} does not have ({})",
                        wanted.join(", ")
                    ));
                    continue;
                }
                let Some(text) = form.as_str() else {
                    out.push(format!("{file}: {at} is not a string"));
                    continue;
                };
                carried(out, &at, text);
                let theirs = placeholders(text);
                let mut needed = ours.clone();
                if single_count(rule, category) {
                    needed.remove("n");
                }
                if !theirs.is_subset(&ours) || !needed.is_subset(&theirs) {
                    out.push(format!(
                        "{file}: {at} has placeholders {}, English {}: {text}",
                        list(&theirs),
                        list(&ours)
                    ));
                }
            }
        }
        (Value::String(_), Value::Object(en)) => {
            let wanted = rule.map(forms).unwrap_or_default();
            out.push(format!(
                "{file}: {key:?} is plural in English ({}): an object of the forms {}",
                en.keys().cloned().collect::<Vec<_>>().join(", "),
                wanted.join(", ")
            ));
        }
        (_, Value::String(_)) => out.push(format!(
            "{file}: {key:?} is one string in English, not plural forms"
        )),
        _ => out.push(format!(
            "{file}: {key:?} is neither a string nor an object of plural forms"
        )),
    }
}

#[test]
fn every_locale_has_every_key_its_placeholders_and_plural_forms() {
    let files = read_files();
    assert!(files.len() >= 15, "{:?}", files.keys());
    let problems = problems(&files);
    assert!(
        problems.is_empty(),
        "{} problem(s) in locales/:\n  {}",
        problems.len(),
        problems.join("\n  ")
    );
}

#[test]
fn english_gives_every_key_of_the_code() {
    let files = read_files();
    let en = files.get("en").expect("locales/en.json");
    assert_eq!(en.len(), Text::ALL.len() + AppText::ALL.len());
    // Every string the code counts with is plural (an object) in English.
    for key in [
        "warnings",
        "progress",
        "show_more",
        "show_list",
        "show_group",
        "app.min_read",
        "app.range",
        "app.all_shown",
        "app.long_link_copied",
        "app.long_link",
        "app.sample_huge_meta",
    ] {
        assert!(en[key].is_object(), "{key} is plural");
    }
}

#[test]
fn the_check_names_the_locale_and_key_of_each_problem() {
    let mut files = read_files();
    let de = files.get_mut("de").expect("de");
    de.remove("try_again");
    de.insert("try_agian".into(), "Nochmal".into());
    de.insert("fail_http".into(), "HTTP {code}".into());
    de.insert(
        "similar_title".into(),
        serde_json::json!({"one": "a", "other": "b"}),
    );
    let ru = files.get_mut("ru").expect("ru");
    ru["show_list"]
        .as_object_mut()
        .expect("plural")
        .remove("few");
    ru["show_group"]
        .as_object_mut()
        .expect("plural")
        .insert("other".into(), "{n}".into());
    let ar = files.get_mut("ar").expect("ar");
    ar.insert("app.min_read".into(), "قراءة {n} دقيقة".into());
    ar["show_more"]["few"] = "عرض عناصر أخرى".into();
    files.insert("sv".into(), Map::new());
    let found = problems(&files);
    for expected in [
        r#"locales/de.json: "try_again" is missing (English: "Try again")"#,
        r#"locales/de.json: "try_agian" is not a key of locales/en.json"#,
        r#"locales/de.json: "fail_http" has placeholders {code}, English {status}: HTTP {code}"#,
        r#"locales/de.json: "similar_title" is one string in English, not plural forms"#,
        r#"locales/ru.json: "show_list" lacks plural form few (rule Slavic: one, few, many)"#,
        r#"locales/ru.json: "show_group".other is a plural form rule Slavic does not have (one, few, many)"#,
        r#"locales/ar.json: "app.min_read" is plural in English (one, other): an object of the forms zero, one, two, few, many, other"#,
        r#"locales/ar.json: "show_more".few has placeholders none, English {n}: عرض عناصر أخرى"#,
        "locales/sv.json: not in src/i18n/registry.rs (add its line there)",
    ] {
        assert!(
            found.iter().any(|p| p == expected),
            "expected {expected}\nin {found:#?}"
        );
    }
    // Arabic `one` and `two` hold one count each: their forms may spell it out.
    assert!(!found.iter().any(|p| p.contains("\"show_more\".one")));
}

/// The words the widget writes around a post's own content come from the locale:
/// a figure's fallback and credit, an empty list or group in the meta box.
#[cfg(feature = "ssr")]
#[test]
fn figures_and_empty_meta_values_are_in_the_readers_language() {
    use alphanode_widgets::prerender::{render_post, RenderOptions};
    let post = r#"{"title": "T", "body": [
        {"type": "image", "src": "data:image/png;base64,AAAA", "caption": "the rack", "credit": "unsplash"}],
        "meta": {"group": {}, "list": []}}"#;
    let files = read_files();
    for locale in &LOCALES {
        let options = RenderOptions {
            lang: Some(locale.tag.to_owned()),
            ..RenderOptions::default()
        };
        let html = render_post(post, &options).expect("renders").html;
        let words = &files[locale.tag];
        for key in [
            "image_unavailable",
            "image_source",
            "empty_list",
            "empty_group",
        ] {
            let text = words[key].as_str().expect("a string");
            let escaped = text.replace('&', "&amp;").replace('<', "&lt;");
            assert!(
                html.contains(&escaped),
                "{}: {key} ({text:?}) is not in\n{html}",
                locale.tag
            );
        }
    }
}
