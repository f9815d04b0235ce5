//! Building the JSON documents (posts and index entries).

use serde_json::{json, Map, Value};

use crate::plan::{plan_content, Content, Image, Link, PostSpec};
use crate::reference::Reference;
use crate::rng::Rng;
use crate::text::word_count;
use crate::vocab::METRIC_WORDS;

pub(crate) fn paragraph(text: &str) -> Value {
    json!({ "type": "paragraph", "text": text })
}

pub(crate) fn heading(text: &str, level: u8) -> Value {
    json!({ "type": "heading", "text": text, "level": level })
}

pub(crate) fn image_block(image: &Image) -> Value {
    json!({
        "type": "image",
        "src": image.src,
        "alt": image.caption,
        "caption": image.caption,
        "credit": "unsplash",
        "credit_url": "https://unsplash.com",
    })
}

pub(crate) fn checklist_block(content: &Content) -> Value {
    let items: Vec<Value> = match &content.checked {
        Some(checked) => content
            .checklist
            .iter()
            .zip(checked)
            .map(|(text, done)| json!({ "text": text, "checked": done }))
            .collect(),
        None => content.checklist.iter().map(|t| json!(t)).collect(),
    };
    json!({ "type": "checklist", "title": content.checklist_title, "items": items })
}

pub(crate) fn extra_blocks(spec: &PostSpec, content: &Content) -> Vec<Value> {
    let mut blocks = Vec::new();
    if let Some((ordered, items)) = &content.list {
        let title = if *ordered {
            "rollout order"
        } else {
            "what to measure"
        };
        blocks.push(heading(title, 3));
        blocks.push(json!({ "type": "list", "ordered": ordered, "items": items }));
    }
    if let Some((text, cite)) = content.quote {
        blocks.push(heading("a note from the field", 4));
        let mut quote = json!({ "type": "quote", "text": text });
        if let (Some(cite), Some(obj)) = (cite, quote.as_object_mut()) {
            obj.insert("cite".into(), json!(cite));
        }
        blocks.push(quote);
    }
    if content.code {
        blocks.push(heading("a quick measurement", 3));
        blocks.push(json!({
            "type": "code",
            "language": spec.stack.code_language,
            "code": spec.stack.snippet,
        }));
    }
    blocks
}

pub(crate) fn build_body(spec: &PostSpec, content: &Content) -> Vec<Value> {
    let mut body = vec![paragraph(&content.intro)];
    let mut images = content.images.iter();
    if let Some(image) = images.next() {
        body.push(image_block(image));
    }
    body.push(heading(content.why_heading, 2));
    body.extend(content.middle.iter().map(|t| paragraph(t)));
    body.extend(extra_blocks(spec, content));
    body.push(checklist_block(content));
    body.extend(images.map(image_block));
    body.push(heading(content.final_heading, 2));
    body.push(paragraph(&content.final_text));
    body
}

/// Minutes to read, calibrated so the reference post comes out at 5.
pub(crate) fn reading_time(body: &[Value]) -> u64 {
    let words: usize = body
        .iter()
        .map(|block| {
            let text = block
                .get("text")
                .and_then(Value::as_str)
                .map_or(0, word_count);
            let items = block
                .get("items")
                .and_then(Value::as_array)
                .map_or(0, |items| {
                    items
                        .iter()
                        .filter_map(|i| i.as_str().or_else(|| i.get("text")?.as_str()))
                        .map(word_count)
                        .sum()
                });
            text + items
        })
        .sum();
    (words as u64).div_ceil(55).clamp(2, 20)
}

pub(crate) fn build_meta(
    spec: &PostSpec,
    content: &Content,
    reading: u64,
    extra: usize,
) -> Map<String, Value> {
    let stack = spec.stack;
    let has_images = !content.images.is_empty();
    let image_heavy = content.images.len() >= 2 && content.middle.len() <= 2;
    let [quality, freshness, depth, clarity] = content.score;
    let (status, version, reviewed) = &content.revision;
    let value = json!({
        "topic": spec.topic,
        "summary": spec.summary,
        "ai outline": {
            "context": spec.scenario,
            "problem": spec.problem,
            "stack": stack.name,
            "recommended action": content.action,
        },
        "ai brief": content.brief,
        "stack": [stack.name, stack.area, stack.lang],
        "tools": content.tools,
        "code language": stack.code_language,
        "difficulty": spec.difficulty,
        "reading time": reading,
        "view count": content.view_count,
        "score": { "quality": quality, "freshness": freshness, "depth": depth, "clarity": clarity },
        "revision": { "status": status, "version": version, "last reviewed": reviewed },
        "reference": content.reference,
        "hash": content.hash,
        "flags": {
            "ai generated style": 1,
            "has images": u8::from(has_images),
            "image heavy": u8::from(image_heavy),
            "needs human review": u8::from(content.needs_review),
        },
        "checklist": content.checklist,
        "entities": [
            { "name": stack.name, "type": "stack" },
            { "name": stack.area, "type": "area" },
            { "name": spec.problem, "type": "problem" },
        ],
        "image sources": content.images.iter().map(|image| json!({
            "source": "unsplash",
            "url": image.src,
            "caption": image.caption,
        })).collect::<Vec<_>>(),
        "payload": {
            "source id": post_id(spec.number),
            "generator": "anp content synthesizer",
            "paragraphs": content.middle.len() + 1,
            "scenario": spec.scenario,
            "seed": spec.number,
        },
        "notes": content.notes,
    });
    let mut meta = match value {
        Value::Object(map) => map,
        _ => Map::new(),
    };
    add_extra_meta(&mut meta, spec.content_seed, extra);
    meta
}

pub(crate) fn add_extra_meta(meta: &mut Map<String, Value>, seed: u64, count: usize) {
    let mut rng = Rng::new(seed ^ 0x00E7_7A5E_ED00_0000);
    for k in 1..=count {
        meta.insert(format!("metric {k:05}"), extra_meta_value(&mut rng, k));
    }
}

pub(crate) fn extra_meta_value(rng: &mut Rng, k: usize) -> Value {
    let word = rng.pick(METRIC_WORDS);
    match rng.below(8) {
        0 => json!(rng.range(0, 1_000_000)),
        1 => json!(rng.range(0, 100_000) as f64 / 100.0),
        2 => json!(format!("{word} sample {k}")),
        3 => json!([word, rng.pick(METRIC_WORDS), rng.range(0, 999)]),
        4 => json!({ "name": word, "value": rng.range(0, 5000), "unit": "ms" }),
        5 => {
            json!({ "min": rng.range(0, 30), "avg": rng.range(30, 60), "max": rng.range(60, 100) })
        }
        6 => json!(rng.chance(50)),
        _ => {
            if rng.chance(50) {
                Value::Null
            } else {
                json!(format!("https://example.com/metrics/{word}/{k}"))
            }
        }
    }
}

pub(crate) fn post_id(number: u64) -> String {
    format!("alphanode-{number:06}")
}

pub(crate) fn post_ref(spec: &PostSpec) -> Value {
    json!({ "title": spec.title, "slug": spec.slug, "summary": spec.summary, "topic": spec.topic })
}

pub(crate) fn build_similar(
    spec: &PostSpec,
    specs: &[PostSpec],
    reference: Option<&Reference>,
) -> Vec<Value> {
    spec.similar
        .iter()
        .filter_map(|link| match link {
            Link::Generated(i) => specs.get(*i).map(post_ref),
            Link::Reference => reference.map(|r| r.post_ref.clone()),
        })
        .collect()
}

/// Builds one generated post; returns it with its reading time.
pub(crate) fn build_post(
    index: usize,
    specs: &[PostSpec],
    reference: Option<&Reference>,
    extra: usize,
) -> (Value, u64) {
    let spec = &specs[index];
    let content = plan_content(spec, index);
    let body = build_body(spec, &content);
    let reading = reading_time(&body);
    let meta = build_meta(spec, &content, reading, extra);
    let post = json!({
        "format": "alphanode.post/1",
        "id": post_id(spec.number),
        "slug": spec.slug,
        "title": spec.title,
        "body": body,
        "meta": meta,
        "similar": build_similar(spec, specs, reference),
    });
    (post, reading)
}

pub(crate) fn index_entry(spec: &PostSpec, reading: u64) -> Value {
    let stack = spec.stack;
    json!({
        "slug": spec.slug,
        "title": spec.title,
        "summary": spec.summary,
        "topic": spec.topic,
        "stack": [stack.name, stack.area, stack.lang],
        "difficulty": spec.difficulty,
        "reading_time": reading,
    })
}
