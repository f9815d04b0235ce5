//! The adversarial corpus (`tests/adversarial/docs`, made by `generate.mjs`) and
//! huge documents built here: each is rendered or refused with a message naming its
//! path, never panics, and never yields markup or a dangerous URL in the HTML.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use alphanode_widgets::components::ArticleState;
use alphanode_widgets::model::{parse_post, Parsed, Post, MAX_DEPTH};
use anp_html_reader::{Doc, El};
use serde_json::Value;
use std::fs;

const BASE: &str = "https://host.test/posts/doc.json";

/// The article for a parse, through the library's one entry (static HTML: what
/// sits behind buttons in the browser is in `<noscript>`, so every value is there).
fn render(parsed: Parsed<Post>) -> String {
    common::render::article(&ArticleState::from_parsed(parsed))
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
    "noscript",
];

/// Well formed, and no tag or event-handler attribute from the payloads, and no URL
/// attribute with a refused scheme: the HTML parsed as a browser without JavaScript
/// parses it (the content of `<noscript>` as elements), with attribute values decoded.
fn assert_inert(name: &str, html: &str) -> Doc {
    // No parse error at all: a U+0000 from the payload is written as U+FFFD, as a
    // browser would read it.
    assert!(!html.contains('\0'), "{name}: U+0000 written into the HTML");
    let doc = Doc::parse(html);
    for el in doc.all() {
        let tag = el.name();
        assert!(ALLOWED_TAGS.contains(&tag), "{name}: unexpected <{tag}>");
        for (attr, value) in el.attrs() {
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
    doc
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
        let doc = assert_inert(name, &html);
        assert_eq!(doc.root().attr("data-state"), Some(state), "{name}");
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
    // Each string whole, where it belongs.
    let doc = Doc::parse(&render(parsed));
    assert!(doc.one("anp-article__title").text() == big, "the title");
    assert!(
        doc.one("anp-body__paragraph").text() == big,
        "the paragraph"
    );
    assert!(doc.one("anp-meta__text").text() == big, "the meta value");
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
    let doc = Doc::parse(&render(parsed));
    let texts = |els: Vec<El<'_>>| els.iter().map(|e| e.text()).collect::<Vec<_>>();
    let all: Vec<String> = (0..100_000).map(|i| format!("item {i}")).collect();
    // The body's lists are complete.
    assert_eq!(texts(doc.one("anp-list").find_class("anp-list__item")), all);
    assert_eq!(
        texts(doc.one("anp-checklist").find_class("anp-checklist__text")),
        all
    );
    // The meta array is paged: its first page shows at once, the rest (behind "Show
    // 99,950 more" in the browser) is the fallback for readers without JavaScript.
    let (rest, page): (Vec<_>, Vec<_>) = doc
        .one("anp-meta__entries")
        .find_class("anp-meta__item")
        .into_iter()
        .partition(|e| e.in_noscript());
    assert_eq!(texts(page), all[..50]);
    assert_eq!(texts(rest), all[50..]);
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
    // Rendered to the bottom: the levels past the collapse depth in one fallback.
    let doc = Doc::parse(&render(at));
    assert_eq!(doc.root().attr("data-state"), Some("ready"));
    let collapsed = doc.by_class("anp-meta__collapsed");
    assert_eq!(collapsed.len(), 1);
    assert_eq!(collapsed[0].children()[0].name(), "noscript");
    assert_eq!(doc.by_class("anp-meta__items").len(), MAX_DEPTH - 2);
    let numbers = doc.by_class("anp-meta__number");
    assert_eq!(numbers.len(), 1);
    assert_eq!(
        (numbers[0].attr("value"), numbers[0].text().as_str()),
        (Some("1"), "1")
    );
    assert!(numbers[0].in_noscript());
    let past = parse_post(&nested(MAX_DEPTH + 1), None);
    assert!(past.value.is_none());
    assert!(past.diagnostics[0].message.contains("deeper than 128"));
    let absurd = parse_post(&"[".repeat(100_000), None);
    assert!(absurd.value.is_none());
}
