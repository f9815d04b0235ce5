//! The adversarial corpus (`tests/adversarial/docs`, made by `generate.mjs`) and
//! huge documents built here: each is rendered or refused with a message naming its
//! path, never panics, and never yields markup or a dangerous URL in the HTML.
#![cfg(not(target_arch = "wasm32"))]

use alphanode_widgets::components::{Article, ArticleState};
use alphanode_widgets::model::{parse_post, Parsed, Post, MAX_DEPTH};
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use serde_json::Value;
use std::fs;

const BASE: &str = "https://host.test/posts/doc.json";

fn render(parsed: Parsed<Post>) -> String {
    let owner = Owner::new();
    owner.with(|| {
        let state = ArticleState::from_parsed(parsed);
        view! { <Article state /> }.to_html()
    })
}

/// Tags of the HTML with their attributes, read the way a browser tokenises: `<`
/// in text opens a tag (text is escaped, so only real tags have one) and quoted
/// attribute values may hold anything.
fn tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let chars: Vec<char> = html.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '<' {
            i += 1;
            continue;
        }
        i += 1;
        if chars.get(i) == Some(&'!') || chars.get(i) == Some(&'/') {
            while i < chars.len() && chars[i] != '>' {
                i += 1;
            }
            continue;
        }
        let mut name = String::new();
        while i < chars.len() && !chars[i].is_whitespace() && chars[i] != '>' && chars[i] != '/' {
            name.push(chars[i].to_ascii_lowercase());
            i += 1;
        }
        let mut attrs = Vec::new();
        loop {
            while i < chars.len() && (chars[i].is_whitespace() || chars[i] == '/') {
                i += 1;
            }
            if i >= chars.len() || chars[i] == '>' {
                i += 1;
                break;
            }
            let mut attr = String::new();
            while i < chars.len() && !chars[i].is_whitespace() && !matches!(chars[i], '=' | '>') {
                attr.push(chars[i].to_ascii_lowercase());
                i += 1;
            }
            let mut value = String::new();
            if chars.get(i) == Some(&'=') {
                i += 1;
                if let Some(&q) = chars.get(i).filter(|c| **c == '"' || **c == '\'') {
                    i += 1;
                    while i < chars.len() && chars[i] != q {
                        value.push(chars[i]);
                        i += 1;
                    }
                    i += 1;
                } else {
                    while i < chars.len() && !chars[i].is_whitespace() && chars[i] != '>' {
                        value.push(chars[i]);
                        i += 1;
                    }
                }
            }
            attrs.push((attr, value));
        }
        out.push((name, attrs));
    }
    out
}

const ALLOWED_TAGS: &[&str] = &[
    "article",
    "header",
    "h1",
    "h2",
    "h3",
    "h4",
    "div",
    "p",
    "span",
    "figure",
    "figcaption",
    "img",
    "a",
    "ul",
    "ol",
    "li",
    "section",
    "label",
    "input",
    "progress",
    "blockquote",
    "pre",
    "code",
    "aside",
    "dl",
    "dt",
    "dd",
    "data",
    "meter",
    "button",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "details",
    "summary",
];

/// No tag or event-handler attribute from the payloads, and no URL attribute with a refused scheme.
fn assert_inert(name: &str, html: &str) {
    for (tag, attrs) in tags(html) {
        assert!(
            ALLOWED_TAGS.contains(&tag.as_str()),
            "{name}: unexpected <{tag}>"
        );
        for (attr, value) in attrs {
            assert!(!attr.starts_with("on"), "{name}: <{tag} {attr}>");
            assert!(
                attr != "srcdoc" && attr != "style",
                "{name}: <{tag} {attr}>"
            );
            if attr == "href" || attr == "src" {
                let squashed: String = value
                    .to_ascii_lowercase()
                    .chars()
                    .filter(|c| !c.is_whitespace() && !c.is_control())
                    .collect();
                assert!(
                    squashed.starts_with("https://") || squashed.starts_with("http://"),
                    "{name}: <{tag} {attr}=\"{value}\">"
                );
            }
        }
    }
}

#[test]
fn every_document_of_the_corpus_renders_or_is_refused_with_its_path() {
    let expect: Value = serde_json::from_str(
        &fs::read_to_string("tests/adversarial/expect.json").expect("expect.json"),
    )
    .expect("valid expect.json");
    let expect = expect.as_object().expect("an object");
    assert!(
        expect.len() >= 40,
        "the corpus has {} documents",
        expect.len()
    );
    for (name, want) in expect {
        let text = fs::read_to_string(format!("tests/adversarial/docs/{name}.json")).expect("doc");
        let parsed = parse_post(&text, Some(BASE));
        let state = if parsed.value.is_some() {
            "ready"
        } else {
            "error"
        };
        assert_eq!(state, want["state"], "{name}: {:?}", parsed.diagnostics);
        if let Some(path) = want["path"].as_str() {
            assert!(
                parsed.diagnostics.iter().any(|d| d.path == path),
                "{name}: no diagnostic at {path}: {:?}",
                parsed.diagnostics
            );
        }
        if state == "error" {
            assert!(parsed.diagnostics.iter().any(|d| d.is_error()), "{name}");
        }
        let html = render(parsed);
        assert!(html.contains(&format!("data-state=\"{state}\"")), "{name}");
        assert_inert(name, &html);
    }
}

fn doc(title: &str, body: Value, meta: Value) -> String {
    serde_json::json!({ "title": title, "body": body, "meta": meta }).to_string()
}

#[test]
fn megabyte_strings_render() {
    let big = "A".repeat(1 << 20);
    let text = doc(
        &big,
        serde_json::json!([{ "type": "paragraph", "text": big }]),
        serde_json::json!({ "k": big }),
    );
    let parsed = parse_post(&text, None);
    assert!(parsed.diagnostics.is_empty());
    let html = render(parsed);
    assert!(html.len() > 3 << 20);
}

#[test]
fn hundred_thousand_item_arrays_render_with_paging_in_meta() {
    let items: Vec<Value> = (0..100_000)
        .map(|i| Value::from(format!("item {i}")))
        .collect();
    let text = doc(
        "arrays",
        serde_json::json!([{ "type": "list", "items": items }, { "type": "checklist", "items": items }]),
        serde_json::json!({ "many": items }),
    );
    let parsed = parse_post(&text, None);
    let post = parsed.value.clone().expect("renders");
    assert_eq!(post.body.len(), 2);
    let html = render(parsed);
    assert!(html.contains("Show 99,950 more"));
    assert!(html.contains("item 99999"), "body lists are complete");
}

fn nested(depth: usize) -> String {
    // The top-level object is level 1; meta is level 2; each array adds one.
    let inner = depth.saturating_sub(2);
    format!(
        "{{\"title\":\"deep\",\"body\":[],\"meta\":{{\"d\":{}1{}}}}}",
        "[".repeat(inner),
        "]".repeat(inner)
    )
}

#[test]
fn nesting_at_the_limit_loads_and_past_it_is_refused() {
    let at = parse_post(&nested(MAX_DEPTH), None);
    assert!(at.value.is_some(), "{:?}", at.diagnostics);
    assert!(render(at).contains("anp-meta__expand"));
    let past = parse_post(&nested(MAX_DEPTH + 1), None);
    assert!(past.value.is_none());
    assert!(past.diagnostics[0].message.contains("deeper than 128"));
    let absurd = parse_post(&"[".repeat(100_000), None);
    assert!(absurd.value.is_none());
}
