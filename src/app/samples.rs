//! The preview's sample gallery: real and edge-case posts that stress the layouts.

use serde_json::{json, Map, Value};

use crate::i18n::{AppText, Strings};

/// Entries of the huge-meta sample (its label says how many).
const HUGE_META_ENTRIES: usize = 10_000;

/// The reference post, as shipped in `public/posts/`.
pub const REFERENCE: &str =
    include_str!("../../public/posts/keeping-staging-close-to-production-python-services.json");

/// A sample: its menu label and a function that makes its JSON.
pub struct Sample {
    /// Stable id for the menu and tests.
    pub id: &'static str,
    /// Menu label, in the reader's language (see [`Sample::label_in`]).
    pub label: AppText,
    /// Pretty-printed JSON.
    pub make: fn() -> String,
}

/// Every sample, reference first.
pub const SAMPLES: &[Sample] = &[
    Sample {
        id: "reference",
        label: AppText::SampleReference,
        make: reference,
    },
    Sample {
        id: "empty-meta",
        label: AppText::SampleEmptyMeta,
        make: empty_meta,
    },
    Sample {
        id: "huge-meta",
        label: AppText::SampleHugeMeta,
        make: huge_meta,
    },
    Sample {
        id: "long-strings",
        label: AppText::SampleLongStrings,
        make: long_strings,
    },
    Sample {
        id: "rtl",
        label: AppText::SampleRtl,
        make: rtl,
    },
    Sample {
        id: "deep",
        label: AppText::SampleDeep,
        make: deep,
    },
    Sample {
        id: "many-similar",
        label: AppText::SampleSimilar,
        make: many_similar,
    },
];

impl Sample {
    /// The menu label in the reader's language.
    ///
    /// ```
    /// use alphanode_widgets::app::samples::find;
    /// use alphanode_widgets::i18n::Strings;
    /// let huge = find("huge-meta").map(|s| s.label_in(&Strings::for_tag("de")));
    /// assert_eq!(huge.as_deref(), Some("Riesige Metadaten (10.000 Einträge)"));
    /// ```
    pub fn label_in(&self, s: &Strings) -> String {
        s.app_with(self.label, &[("n", HUGE_META_ENTRIES)], &[])
    }
}

/// The sample with this id.
///
/// ```
/// use alphanode_widgets::app::samples::find;
/// assert_eq!(find("rtl").map(|s| s.id), Some("rtl"));
/// assert!(find("nope").is_none());
/// ```
pub fn find(id: &str) -> Option<&'static Sample> {
    SAMPLES.iter().find(|s| s.id == id)
}

fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default()
}

fn base() -> Value {
    serde_json::from_str(REFERENCE).unwrap_or_else(|_| json!({ "title": "reference", "body": [] }))
}

fn with(key: &str, value: Value) -> String {
    let mut post = base();
    if let Some(obj) = post.as_object_mut() {
        obj.insert(key.to_owned(), value);
    }
    pretty(&post)
}

fn reference() -> String {
    REFERENCE.to_owned()
}

fn empty_meta() -> String {
    with("meta", json!({}))
}

fn huge_meta() -> String {
    let meta: Map<String, Value> = (1..=HUGE_META_ENTRIES)
        .map(|i| {
            let value = match i % 5 {
                0 => json!(i * 37),
                1 => json!(format!("value {i}")),
                2 => json!(["a", "b", i]),
                3 => json!({ "x": i, "y": i % 7 == 0 }),
                _ => json!(format!("https://example.com/item/{i}")),
            };
            (format!("metric {i:05}"), value)
        })
        .collect();
    with("meta", Value::Object(meta))
}

fn long_strings() -> String {
    let long = "x".repeat(3000);
    let url = format!("https://example.com/{}", "segment".repeat(300));
    json!({
        "title": format!("A{}", "very".repeat(200)),
        "body": [{ "type": "paragraph", "text": long }, { "type": "code", "code": long, "language": "text" },
                 { "type": "list", "items": [long.clone()] }],
        "meta": { "long": long, "url": url, "list": [long.clone()], "records": [{ "k": long.clone() }],
                  format!("key{}", "k".repeat(500)): "v" },
        "similar": [{ "title": long.clone(), "summary": long.clone(), "slug": "long" }]
    })
    .to_string()
}

fn rtl() -> String {
    pretty(&json!({
        "title": "كيف تحافظ على بيئة الاختبار قريبة من الإنتاج",
        "body": [
            { "type": "paragraph", "text": "هذه فقرة باللغة العربية مع كلمة English في الوسط." },
            { "type": "paragraph", "text": "זו פסקה בעברית." },
            { "type": "checklist", "title": "قائمة", "items": ["افحص الترويسات", "قِس زمن الاستجابة"] }
        ],
        "meta": { "الموضوع": "الإنتاج", "score": { "الجودة": 80 }, "وسوم": ["أ", "ب"] },
        "similar": [{ "title": "مقال مشابه", "slug": "rtl-2", "summary": "ملخص قصير" }]
    }))
}

fn deep() -> String {
    let mut value = json!("the bottom");
    for i in (0..40).rev() {
        value = json!({ format!("level {i}"): value });
    }
    with(
        "meta",
        json!({ "deep": value, "deep list": [[[[[[["seven"]]]]]]] }),
    )
}

fn many_similar() -> String {
    let refs: Vec<Value> = (1..=60)
        .map(|i| {
            json!({ "title": format!("Similar post {i}"), "slug": format!("similar-{i}"),
                          "summary": "a short summary of the post", "topic": "topic" })
        })
        .collect();
    with("similar", Value::Array(refs))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_post;

    #[test]
    fn every_sample_parses_without_errors() {
        for sample in SAMPLES {
            let parsed = parse_post(&(sample.make)(), None);
            assert!(
                parsed.value.is_some(),
                "{}: {:?}",
                sample.id,
                parsed.diagnostics
            );
            assert!(
                parsed.diagnostics.is_empty(),
                "{}: {:?}",
                sample.id,
                parsed.diagnostics
            );
        }
    }
}
