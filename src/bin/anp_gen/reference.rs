//! The copied reference post (`--include-reference`).

use std::fs;
use std::path::Path;

use serde_json::{json, Map, Value};

use crate::text::{is_url_safe, slugify};

/// The copied reference post.
pub(crate) struct Reference {
    pub(crate) slug: String,
    pub(crate) bytes: Vec<u8>,
    pub(crate) entry: Value,
    pub(crate) post_ref: Value,
}

pub(crate) fn load_reference(path: &Path) -> Result<Reference, String> {
    let shown = path.display();
    let bytes = fs::read(path).map_err(|e| format!("cannot read reference {shown}: {e}"))?;
    let doc: Value = serde_json::from_slice(&bytes)
        .map_err(|e| format!("reference {shown} is not valid JSON: {e}"))?;
    let obj = doc
        .as_object()
        .ok_or_else(|| format!("reference {shown}: top level is not an object"))?;
    let title = obj
        .get("title")
        .and_then(Value::as_str)
        .ok_or_else(|| format!("reference {shown}: title: expected a string"))?;
    let slug = reference_slug(obj, path)
        .ok_or_else(|| format!("reference {shown}: no usable slug (field or file name)"))?;
    let empty = Map::new();
    let meta = obj.get("meta").and_then(Value::as_object).unwrap_or(&empty);
    let text = |key: &str| meta.get(key).and_then(Value::as_str).map(str::to_string);

    let mut entry = Map::new();
    entry.insert("slug".into(), json!(slug));
    entry.insert("title".into(), json!(title));
    let mut post_ref = entry.clone();
    for (key, field) in [("summary", "summary"), ("topic", "topic")] {
        if let Some(value) = text(key) {
            entry.insert(field.into(), json!(value));
            post_ref.insert(field.into(), json!(value));
        }
    }
    if let Some(stack) = meta.get("stack").and_then(Value::as_array) {
        let names: Vec<&str> = stack.iter().filter_map(Value::as_str).collect();
        entry.insert("stack".into(), json!(names));
    }
    if let Some(difficulty) = text("difficulty") {
        entry.insert("difficulty".into(), json!(difficulty));
    }
    if let Some(minutes) = meta.get("reading time").and_then(Value::as_u64) {
        entry.insert("reading_time".into(), json!(minutes));
    }
    Ok(Reference {
        slug,
        bytes,
        entry: Value::Object(entry),
        post_ref: Value::Object(post_ref),
    })
}

pub(crate) fn reference_slug(obj: &Map<String, Value>, path: &Path) -> Option<String> {
    let slug = match obj.get("slug").and_then(Value::as_str) {
        Some(s) if is_url_safe(s) => s.to_string(),
        Some(s) => slugify(s),
        None => slugify(&path.file_stem()?.to_string_lossy()),
    };
    (!slug.is_empty()).then_some(slug)
}
