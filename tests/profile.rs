//! Meta profiles: the documented example and schema agree with the parser, and the
//! meta box honours a profile over the sample posts and the adversarial corpus
//! (hidden keys never reach the HTML, labels per language, bad profiles fall back).
//!
//! Run with `cargo test --features ssr --test profile`.
#![cfg(not(target_arch = "wasm32"))]

use alphanode_widgets::model::{DisplayKind, MetaProfile};
use serde_json::Value;

/// The first ```json block of docs/meta-profile.md.
fn documented_example() -> String {
    let doc = std::fs::read_to_string("docs/meta-profile.md").unwrap_or_default();
    doc.split("```json\n")
        .nth(1)
        .and_then(|rest| rest.split("\n```").next())
        .unwrap_or_default()
        .to_owned()
}

fn schema() -> Value {
    let text = std::fs::read_to_string("docs/meta-profile.schema.json").unwrap_or_default();
    serde_json::from_str(&text).unwrap_or(Value::Null)
}

/// Enough of JSON Schema 2020-12 for the profile's schema (`type`, `properties`,
/// `required`, `additionalProperties`, `items`, `enum`, `oneOf`, `minLength`,
/// `$ref` to `#/$defs/…`); `pattern` and `propertyNames` are left to the parser's own
/// checks. Returns the paths that fail.
fn validate(schema: &Value, root: &Value, value: &Value, path: &str, errors: &mut Vec<String>) {
    let schema = match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => r
            .strip_prefix("#/$defs/")
            .and_then(|name| root.get("$defs").and_then(|d| d.get(name)))
            .unwrap_or(&Value::Null),
        None => schema,
    };
    if let Some(t) = schema.get("type").and_then(Value::as_str) {
        let ok = match t {
            "object" => value.is_object(),
            "array" => value.is_array(),
            "string" => value.is_string(),
            "boolean" => value.is_boolean(),
            "integer" => value.is_i64() || value.is_u64(),
            _ => true,
        };
        if !ok {
            errors.push(format!("{path}: not {t}"));
            return;
        }
    }
    if let Some(options) = schema.get("enum").and_then(Value::as_array) {
        if !options.contains(value) {
            errors.push(format!("{path}: not one of the enum"));
        }
    }
    if let (Some(min), Some(s)) = (
        schema.get("minLength").and_then(Value::as_u64),
        value.as_str(),
    ) {
        if (s.chars().count() as u64) < min {
            errors.push(format!("{path}: too short"));
        }
    }
    if let Some(options) = schema.get("oneOf").and_then(Value::as_array) {
        let passing = options
            .iter()
            .filter(|o| {
                let mut e = Vec::new();
                validate(o, root, value, path, &mut e);
                e.is_empty()
            })
            .count();
        if passing != 1 {
            errors.push(format!("{path}: {passing} of oneOf match"));
        }
    }
    if let (Some(items), Some(array)) = (schema.get("items"), value.as_array()) {
        for (i, item) in array.iter().enumerate() {
            validate(items, root, item, &format!("{path}[{i}]"), errors);
        }
    }
    if let Some(object) = value.as_object() {
        let properties = schema.get("properties").and_then(Value::as_object);
        for required in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(name) = required.as_str() {
                if !object.contains_key(name) {
                    errors.push(format!("{path}: {name} missing"));
                }
            }
        }
        for (key, v) in object {
            let at = format!("{path}.{key}");
            match properties.and_then(|p| p.get(key)) {
                Some(s) => validate(s, root, v, &at, errors),
                None => match schema.get("additionalProperties") {
                    Some(Value::Bool(false)) => errors.push(format!("{at}: not allowed")),
                    Some(s @ Value::Object(_)) => validate(s, root, v, &at, errors),
                    _ => {}
                },
            }
        }
    }
}

fn schema_errors(value: &Value) -> Vec<String> {
    let schema = schema();
    let mut errors = Vec::new();
    validate(&schema, &schema, value, "$", &mut errors);
    errors
}

#[test]
fn the_documented_example_parses_without_a_diagnostic_and_fits_the_schema() {
    let example = documented_example();
    assert!(
        example.contains("\"keys\""),
        "no example in docs/meta-profile.md"
    );
    let profile = MetaProfile::parse(&example);
    assert!(profile.diagnostics.is_empty(), "{:?}", profile.diagnostics);
    assert!(profile.rules.len() >= 8);
    let value: Value = serde_json::from_str(&example).unwrap_or(Value::Null);
    assert_eq!(schema_errors(&value), Vec::<String>::new());
}

#[test]
fn the_schema_names_the_kinds_and_fields_the_parser_reads() {
    let schema = schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    let kinds: Vec<&str> = schema["$defs"]["rule"]["properties"]["kind"]["enum"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(kinds, DisplayKind::NAMES);
    // Every field the schema allows in a rule is one the parser reads without a
    // warning, and a field it does not allow gets one.
    let fields: Vec<&String> = schema["$defs"]["rule"]["properties"]
        .as_object()
        .map(|p| p.keys().collect())
        .unwrap_or_default();
    assert_eq!(fields.len(), 7);
    for field in fields {
        let value = if field == "match" || field == "group" || field == "unit" {
            "\"x\""
        } else if field == "show" {
            "true"
        } else if field == "order" {
            "1"
        } else if field == "kind" {
            "\"number\""
        } else {
            "\"Label\""
        };
        let text =
            format!(r#"{{"keys": [{{"match": "k", "kind": "number", "{field}": {value}}}]}}"#);
        let profile = MetaProfile::parse(&text);
        assert!(
            profile.diagnostics.is_empty(),
            "{field}: {:?}",
            profile.diagnostics
        );
    }
    // What the parser refuses, the schema refuses too.
    for bad in [
        r#"{"keys": [{"match": "k", "kind": "sparkline"}]}"#,
        r#"{"keys": [{"match": "k", "show": "no"}]}"#,
        r#"{"keys": [{"show": false}]}"#,
        r#"{"keys": [{"match": "k", "order": 1.5}]}"#,
        r#"{"keys": [{"match": ""}]}"#,
        r#"{"groups": [{"label": "x"}]}"#,
        r#"{"keys": [{"match": "k", "label": 3}]}"#,
    ] {
        let value: Value = serde_json::from_str(bad).unwrap_or(Value::Null);
        assert!(MetaProfile::parse(bad).has_errors(), "{bad}");
        assert!(!schema_errors(&value).is_empty(), "schema accepts {bad}");
    }
}

mod render {
    use std::sync::Arc;

    use alphanode_widgets::components::{ArticleState, MetaBox, MetaLayout};
    use alphanode_widgets::model::{parse_post, MetaProfile};
    use alphanode_widgets::prerender::{render_article, RenderOptions};
    use anp_html_reader::{normalize_space, Doc};
    use leptos::prelude::*;
    use serde_json::{json, Map, Value};

    const REFERENCE: &str =
        include_str!("../public/posts/keeping-staging-close-to-production-python-services.json");

    fn html(json: &str, layout: MetaLayout, lang: &str, profile: Option<&MetaProfile>) -> String {
        let options = RenderOptions {
            layout,
            lang: Some(lang.to_owned()),
            meta_profile: profile.cloned().map(Arc::new),
            ..RenderOptions::default()
        };
        let parsed = parse_post(json, Some("https://host.test/posts/doc.json"));
        render_article(&ArticleState::from_parsed(parsed), &options)
    }

    /// Every text and attribute value of the HTML as a browser without JavaScript
    /// reads it (`<noscript>` content included), whitespace collapsed.
    fn haystack(html: &str) -> String {
        let doc = Doc::parse(html);
        let mut all = doc.root().raw_text();
        for el in doc.all() {
            for (_, value) in el.attrs() {
                all.push('\n');
                all.push_str(value);
            }
        }
        normalize_space(&all)
    }

    /// The leaf strings (and keys) of a value.
    fn leaves(value: &Value, out: &mut Vec<String>) {
        match value {
            Value::String(s) => out.push(normalize_space(s)),
            Value::Array(items) => items.iter().for_each(|v| leaves(v, out)),
            Value::Object(map) => {
                for (k, v) in map {
                    out.push(normalize_space(k));
                    leaves(v, out);
                }
            }
            _ => {}
        }
    }

    /// The keys the meta box shows, as the `dt` texts of its root entries (the
    /// entries of a collapsed group's `<noscript>` copy are not root entries).
    fn shown_keys(html: &str) -> Vec<String> {
        let doc = Doc::parse(html);
        let collapsed: std::collections::HashSet<String> = doc
            .by_class("anp-meta__collapsed")
            .iter()
            .flat_map(|c| c.descendants())
            .map(|e| e.outer())
            .collect();
        doc.by_class("anp-meta__entries")
            .into_iter()
            .filter(|list| !collapsed.contains(&list.outer()))
            .flat_map(|list| list.children())
            .filter(|e| e.has_class("anp-meta__entry"))
            .filter_map(|e| {
                e.children()
                    .into_iter()
                    .find(|c| c.has_class("anp-meta__key"))
            })
            .map(|k| k.text().trim_end_matches(':').trim().to_owned())
            .collect()
    }

    /// Renders `post` with `profile` in every layout and checks that no hidden key
    /// and nothing only a hidden key holds reaches the HTML: the post written with
    /// those keys removed is the reference for what may appear.
    fn assert_hidden(name: &str, post: &Value, profile: &MetaProfile, lang: &str) -> usize {
        let Some(meta) = post.get("meta").and_then(Value::as_object) else {
            return 0;
        };
        let hidden: Vec<&String> = meta
            .keys()
            .filter(|k| profile.rule_for(k).is_some_and(|r| !r.show))
            .collect();
        let mut without = post.clone();
        if let Some(m) = without.get_mut("meta").and_then(Value::as_object_mut) {
            m.retain(|k, _| !hidden.contains(&k));
        }
        let mut secrets = Vec::new();
        for key in &hidden {
            secrets.push(normalize_space(key));
            if let Some(v) = meta.get(*key) {
                leaves(v, &mut secrets);
            }
        }
        for layout in MetaLayout::ALL {
            let reference = haystack(&html(&without.to_string(), layout, lang, None));
            let shaped_html = html(&post.to_string(), layout, lang, Some(profile));
            let shaped = haystack(&shaped_html);
            for secret in secrets.iter().filter(|s| s.chars().count() >= 3) {
                if !reference.contains(secret.as_str()) {
                    assert!(
                        !shaped.contains(secret.as_str()),
                        "{name} {layout:?}: hidden {secret:?} is in the HTML"
                    );
                }
            }
            let keys = shown_keys(&shaped_html);
            for key in &hidden {
                assert!(!keys.contains(key), "{name} {layout:?}: key {key:?} shown");
            }
            assert_inert(name, &shaped_html);
        }
        hidden.len()
    }

    /// No tag or attribute from a payload, no URL with a refused scheme.
    fn assert_inert(name: &str, html: &str) {
        let doc = Doc::parse(html);
        for el in doc.all() {
            assert!(
                !matches!(
                    el.name(),
                    "script" | "iframe" | "object" | "embed" | "style"
                ),
                "{name}: <{}>",
                el.name()
            );
            for (attr, value) in el.attrs() {
                assert!(!attr.starts_with("on"), "{name}: {attr}");
                if attr == "href" || attr == "src" {
                    let v = value.trim().to_ascii_lowercase();
                    assert!(
                        v.starts_with("https://") || v.starts_with("http://"),
                        "{name}: {attr}={value}"
                    );
                }
            }
        }
    }

    fn sample_profile() -> MetaProfile {
        MetaProfile::parse(
            r#"{"groups": [{"id": "numbers", "label": {"en": "Numbers", "de": "Zahlen"}}],
                "keys": [
                {"match": "hash", "show": false},
                {"match": "payload", "show": false},
                {"match": "notes", "show": false},
                {"match": "image *", "show": false},
                {"match": "reading time", "label": {"en": "Reading time", "de": "Lesezeit"}, "kind": "number", "unit": "min", "group": "numbers", "order": 1},
                {"match": "view count", "label": {"en": "Views", "de": "Aufrufe"}, "group": "numbers", "order": 0},
                {"match": "tools", "kind": "badge"},
                {"match": "difficulty", "kind": "badge"},
                {"match": "flags", "kind": "flag"},
                {"match": "score", "kind": "meter"}
            ]}"#,
        )
    }

    fn sample_posts() -> Vec<(String, Value)> {
        let mut posts: Vec<(String, Value)> = std::fs::read_dir("public/posts")
            .map(|dir| {
                dir.filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "json"))
                    .filter_map(|p| {
                        let text = std::fs::read_to_string(&p).ok()?;
                        Some((p.display().to_string(), serde_json::from_str(&text).ok()?))
                    })
                    .collect()
            })
            .unwrap_or_default();
        posts.sort_by(|a, b| a.0.cmp(&b.0));
        posts
    }

    #[test]
    fn hidden_keys_never_reach_the_html_of_the_sample_posts() {
        let profile = sample_profile();
        assert!(profile.diagnostics.is_empty(), "{:?}", profile.diagnostics);
        let posts = sample_posts();
        assert!(posts.len() >= 50, "{} sample posts", posts.len());
        let mut hidden = 0;
        for (name, post) in &posts {
            hidden += assert_hidden(name, post, &profile, "en");
        }
        // hash, payload, notes and image sources in most posts.
        assert!(hidden >= 150, "{hidden} keys hidden");
        // The reference post: its secrets by name, in the static HTML and noscript.
        let out = html(REFERENCE, MetaLayout::List, "en", Some(&profile));
        for secret in [
            "fa1554d137dc4be139783b57",
            "anp content synthesizer",
            "image sources",
            "hash",
            "payload",
        ] {
            assert!(
                !out.contains(secret),
                "{secret} in the reference post's HTML"
            );
        }
    }

    /// Hides every other key of each document of the adversarial corpus, and shows
    /// the rest in every kind in turn: nothing hidden is written, nothing unsafe.
    #[test]
    fn hidden_keys_never_reach_the_html_of_the_adversarial_corpus() {
        let dir = std::fs::read_dir("tests/adversarial/docs").map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.path())
                .collect::<Vec<_>>()
        });
        let mut paths = dir.unwrap_or_default();
        paths.sort();
        assert!(paths.len() >= 40);
        let mut checked = 0;
        for path in paths {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let name = path.display().to_string();
            let Some(post) = parse_post(&text, None).value else {
                continue;
            };
            let Some(meta) = post.meta.as_deref() else {
                continue;
            };
            let Ok(value) = serde_json::from_str::<Value>(&text) else {
                continue;
            };
            for (round, kind) in alphanode_widgets::model::DisplayKind::NAMES
                .iter()
                .enumerate()
            {
                let mut keys: Vec<Value> = meta
                    .keys()
                    .enumerate()
                    .filter(|(i, _)| (i + round) % 2 == 0)
                    .map(|(_, k)| json!({"match": k, "show": false}))
                    .collect();
                keys.push(json!({"match": "*", "kind": kind, "unit": "u", "label": {"en": "L", "de": "D"}}));
                let profile = MetaProfile::from_value(&json!({ "keys": keys }));
                assert!(!profile.has_errors(), "{name}: {:?}", profile.diagnostics);
                checked += assert_hidden(&name, &value, &profile, "de");
            }
        }
        assert!(checked > 20, "{checked} keys hidden over the corpus");
    }

    #[test]
    fn labels_in_two_languages_order_and_groups() {
        let profile = sample_profile();
        let de = html(REFERENCE, MetaLayout::List, "de-AT", Some(&profile));
        let doc = Doc::parse(&de);
        let keys = shown_keys(&de);
        assert!(keys.contains(&"Lesezeit".to_owned()), "{keys:?}");
        assert!(!keys.contains(&"reading time".to_owned()));
        // The group comes after the keys of no group, with its heading; views first.
        let section = doc.one("anp-meta__section");
        assert_eq!(section.attr("data-group"), Some("numbers"));
        assert_eq!(section.one("anp-meta__section-title").text(), "Zahlen");
        assert_eq!(
            section.one("anp-meta__section-title").attr("lang"),
            Some("de")
        );
        assert_eq!(
            section.by_class_texts("anp-meta__key"),
            ["Aufrufe:", "Lesezeit:"]
        );
        let lesezeit = section.find_class("anp-meta__key").into_iter().nth(1);
        assert_eq!(lesezeit.and_then(|k| k.attr("lang")), Some("de"));
        assert_eq!(keys.last().map(String::as_str), Some("Lesezeit"));
        // The unit follows the number.
        let value = section
            .find_class("anp-meta__value")
            .into_iter()
            .nth(1)
            .map(|v| v.text());
        assert_eq!(value.as_deref(), Some("5 min"));

        let en = html(REFERENCE, MetaLayout::List, "en", Some(&profile));
        let keys = shown_keys(&en);
        assert!(
            keys.contains(&"Reading time".to_owned()) && keys.contains(&"Views".to_owned()),
            "{keys:?}"
        );
        assert_eq!(
            Doc::parse(&en).one("anp-meta__section-title").text(),
            "Numbers"
        );
        // A language the labels do not have: the key itself.
        let fr = html(REFERENCE, MetaLayout::List, "fr", Some(&profile));
        assert!(shown_keys(&fr).contains(&"reading time".to_owned()));
        // Kinds: badges, flags, meters.
        let doc = Doc::parse(&en);
        let entry = |key: &str| {
            doc.by_class("anp-meta__entry")
                .into_iter()
                .find(|e| e.one("anp-meta__key").text() == format!("{key}:"))
                .map(|e| {
                    (
                        e.attr("data-kind").unwrap_or_default().to_owned(),
                        e.outer(),
                    )
                })
                .unwrap_or_default()
        };
        assert_eq!(entry("tools").0, "badge");
        assert!(entry("tools").1.contains("anp-meta__badges"));
        assert_eq!(entry("difficulty").0, "badge");
        // An object is no flag or meter value: shown as without a profile.
        assert_eq!(entry("flags").0, "flags");
        assert_eq!(entry("score").0, "scores");
    }

    #[test]
    fn bad_profiles_fall_back_to_every_key_with_a_diagnostic() {
        let post: Value = serde_json::from_str(REFERENCE).unwrap_or(Value::Null);
        let all: Vec<String> = post["meta"]
            .as_object()
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default();
        assert!(all.len() >= 15);
        let without = html(REFERENCE, MetaLayout::List, "en", None);
        for (text, path) in [
            (
                r#"{"keys": [{"match": "hash", "show": false}, {"match": "notes", "show": false}, {"match": "score", "kind": "sparkline"}]}"#,
                "$.keys[2].kind",
            ),
            (r#"{"keys": [{"match": "hash", "show": false}"#, "$"),
            ("<html>", "$"),
        ] {
            let profile = MetaProfile::parse(text);
            let out = html(REFERENCE, MetaLayout::List, "en", Some(&profile));
            assert_eq!(shown_keys(&out), all, "{text}");
            let doc = Doc::parse(&out);
            let error = doc.one("anp-meta__profile-error");
            assert_eq!(error.one("anp-diagnostic__path").text(), path, "{text}");
            // Apart from the note, the entries are those without a profile.
            let entries = without
                .split_once(r#"<dl class="anp-meta__entries">"#)
                .and_then(|(_, rest)| rest.split_once("</section>"))
                .map(|(entries, _)| entries)
                .unwrap_or("missing");
            assert!(out.contains(entries), "{text}: other entries");
            assert_eq!(out.matches("anp-meta__entries").count(), 1, "{text}");
        }
    }

    #[test]
    fn without_a_profile_nothing_changes() {
        let profile = MetaProfile::parse(r#"{"keys": []}"#);
        for layout in MetaLayout::ALL {
            assert_eq!(
                html(REFERENCE, layout, "en", Some(&profile)),
                html(REFERENCE, layout, "en", None),
                "{layout:?}"
            );
        }
    }

    #[test]
    fn the_component_takes_a_profile_and_pages_each_group() {
        let meta: Map<String, Value> = (0..7)
            .map(|i| (format!("k{i}"), json!(i)))
            .chain([("secret".to_owned(), json!("s3cr3t"))])
            .collect();
        let profile = Arc::new(MetaProfile::parse(
            r#"{"keys": [{"match": "secret", "show": false}, {"match": "k0", "group": "g"}, {"match": "k?", "group": "h"}]}"#,
        ));
        let html = {
            let owner = Owner::new();
            let meta = Arc::new(meta);
            let html = owner.with(|| {
                view! { <MetaBox meta meta_profile=profile page_size=2usize /> }.to_html()
            });
            drop(owner);
            html
        };
        assert!(
            !html.contains("secret") && !html.contains("s3cr3t"),
            "{html}"
        );
        let doc = Doc::parse(&html);
        let more: Vec<(Option<&str>, Option<&str>)> = doc
            .by_class("anp-meta__more")
            .iter()
            .map(|b| (b.attr("data-anp-from"), b.attr("data-anp-to")))
            .collect();
        // "g" holds k0, no button; "h" k1 to k6, entries 1..7, two on its first page.
        assert_eq!(more, [(Some("3"), Some("7"))]);
    }
}

mod kinds {
    use std::sync::Arc;

    use alphanode_widgets::components::ArticleState;
    use alphanode_widgets::model::{parse_post, MetaProfile};
    use alphanode_widgets::prerender::{render_article, RenderOptions};
    use anp_html_reader::Doc;

    /// Each kind on values it fits, and on values it does not (shown as without a
    /// profile).
    #[test]
    fn every_kind_shows_what_it_fits() {
        let post = r#"{"title": "k", "body": [], "meta": {
            "published": "2024-03-05T10:30:00Z", "unix": 1700000000, "not a date": "soon",
            "pct": 42, "too much": 420, "on": 1, "off": false, "two": 2,
            "url": "https://a.test/x", "script": "javascript:alert(1)",
            "size": "1234.5", "plain": "https://a.test/y", "tags": ["a", 2, true], "records": [{"a": 1}, {"a": 2}]
        }}"#;
        let profile = MetaProfile::parse(
            r#"{"keys": [
            {"match": "published", "kind": "date"}, {"match": "unix", "kind": "date"}, {"match": "not a date", "kind": "date"},
            {"match": "pct", "kind": "meter"}, {"match": "too much", "kind": "meter"},
            {"match": "on", "kind": "flag"}, {"match": "off", "kind": "flag"}, {"match": "two", "kind": "flag"},
            {"match": "url", "kind": "link"}, {"match": "script", "kind": "link"},
            {"match": "size", "kind": "number", "unit": "KB"}, {"match": "plain", "kind": "text"},
            {"match": "tags", "kind": "badge"}, {"match": "records", "kind": "list"}
        ]}"#,
        );
        assert!(profile.diagnostics.is_empty(), "{:?}", profile.diagnostics);
        let options = RenderOptions {
            meta_profile: Some(Arc::new(profile)),
            lang: Some("de".into()),
            ..RenderOptions::default()
        };
        let html = render_article(&ArticleState::from_parsed(parse_post(post, None)), &options);
        let doc = Doc::parse(&html);
        let entry = |key: &str| {
            doc.by_class("anp-meta__entry")
                .into_iter()
                .find(|e| e.one("anp-meta__key").text() == format!("{key}:"))
                .map(|e| {
                    let value = e.one("anp-meta__value");
                    (
                        e.attr("data-kind").unwrap_or_default().to_owned(),
                        value.text(),
                        value.outer(),
                    )
                })
                .unwrap_or_default()
        };
        let published = entry("published");
        assert_eq!(
            (published.0.as_str(), published.1.as_str()),
            ("date", "2024-03-05 10:30")
        );
        assert!(published
            .2
            .contains(r#"<time class="anp-meta__date" datetime="2024-03-05T10:30:00Z">"#));
        assert_eq!(entry("unix").1, "2023-11-14 22:13");
        assert_eq!(entry("not a date").0, "text");
        let pct = entry("pct");
        assert_eq!(pct.0, "meter");
        assert!(pct.2.contains("<meter") && pct.2.contains(r#"aria-label="pct""#));
        assert_eq!(entry("too much").0, "number");
        assert_eq!((entry("on").0, entry("on").1), ("flag".into(), "ja".into()));
        assert_eq!(entry("off").1, "nein");
        assert_eq!(entry("two").0, "number");
        assert!(entry("url").2.contains(r#"href="https://a.test/x""#));
        let script = entry("script");
        assert_eq!(script.0, "text");
        assert!(!script.2.contains("href"));
        assert_eq!(entry("size").1, "1.234,5 KB");
        let plain = entry("plain");
        assert_eq!(plain.0, "text");
        assert!(!plain.2.contains("href"));
        assert_eq!(entry("tags").1, "a2ja");
        assert_eq!(entry("tags").0, "badge");
        let records = entry("records");
        assert_eq!(records.0, "list");
        assert!(records.2.contains("anp-meta__items"));
    }
}

mod cli {
    use std::process::Command;

    const BIN: &str = env!("CARGO_BIN_EXE_anp-render");
    const REFERENCE: &str = "public/posts/keeping-staging-close-to-production-python-services.json";

    #[test]
    fn anp_render_takes_a_meta_profile_file() {
        let dir = std::env::temp_dir().join(format!("anp-profile-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let good = dir.join("good.json");
        std::fs::write(
            &good,
            r#"{"keys": [{"match": "hash", "show": false}, {"match": "reading time", "label": {"de": "Lesezeit"}}]}"#,
        )
        .expect("write");
        let out = Command::new(BIN)
            .args([REFERENCE, "--lang", "de", "--meta-profile"])
            .arg(&good)
            .output()
            .expect("run anp-render");
        let html = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.stderr.is_empty());
        assert!(!html.contains("fa1554d137dc4be139783b57"));
        assert!(html.contains(r#"lang="de">Lesezeit<"#));

        let bad = dir.join("bad.json");
        std::fs::write(&bad, r#"{"keys": [{"match": "hash", "show": false}, {"match": "a"}, {"match": "b", "kind": "sparkline"}]}"#)
            .expect("write");
        let out = Command::new(BIN)
            .arg(REFERENCE)
            .arg("--meta-profile")
            .arg(&bad)
            .output()
            .expect("run anp-render");
        assert_eq!(out.status.code(), Some(1));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("error: $.keys[2].kind: unknown kind \"sparkline\""),
            "{stderr}"
        );
        // Rendered anyway, with every key and the diagnostic.
        let html = String::from_utf8_lossy(&out.stdout);
        assert!(html.contains("fa1554d137dc4be139783b57"));
        assert!(html.contains("anp-meta__profile-error"));

        let missing = Command::new(BIN)
            .args([REFERENCE, "--meta-profile", "/nonexistent/profile.json"])
            .output()
            .expect("run anp-render");
        assert_eq!(missing.status.code(), Some(2));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
