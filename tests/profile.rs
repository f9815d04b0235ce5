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
