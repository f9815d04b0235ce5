//! Native rendering tests of the components: the HTML they produce with the `ssr`
//! feature, checked for structure, order and escaping.
//!
//! Run with `cargo test --features ssr --test ssr`.
//!
//! The HTML is read with html5ever (`tests/common/html.rs`), as a browser reads it,
//! and every render is checked to be well formed: no parse error, and the parsed tree
//! has exactly the elements the markup writes.

mod common;

use std::sync::Arc;

use alphanode_widgets::components::{
    checklist_storage_key, Article, ArticleBody, ArticleState, MetaBox, MetaLayout, SimilarPosts,
    Theme, DEFAULT_COLLAPSE_DEPTH, DEFAULT_PAGE_SIZE,
};
use alphanode_widgets::model::{parse_post, Meta, Post, PostRef};
use alphanode_widgets::platform::storage;
use alphanode_widgets::prerender::{self, RenderOptions};
use anp_html_reader::{Child, Doc, El};
use leptos::prelude::*;
use serde_json::{json, Value};

// ---------------------------------------------------------------------------
// the reader
// ---------------------------------------------------------------------------

#[test]
fn the_reader_understands_rendered_html() {
    let doc = Doc::parse(
        r#"<div class="a b" data-x="&quot;&gt;&lt;i&gt;" hidden><!--hk=1--><p>one <b>two</b></p><!--/--><img src="x&amp;y" alt=""> &amp; three&#39;s</div>"#,
    );
    let root = doc.root();
    assert!(root.has_class("a") && root.has_class("b") && !root.has_class("c"));
    assert_eq!(root.attr("data-x"), Some("\"><i>"));
    assert!(root.has_attr("hidden") && !root.has_attr("class-x"));
    assert_eq!(root.describe(), "div.a");
    assert_eq!(
        root.children().iter().map(El::describe).collect::<Vec<_>>(),
        ["p.", "img."]
    );
    assert_eq!(root.find_tag("img")[0].attr("src"), Some("x&y"));
    assert_eq!(root.text(), "one two & three's", "comments are not text");
    assert_eq!(root.own_text(), "& three's");
    // Badly formed HTML is rejected, also where the parser recovers silently.
    for bad in [
        "<div><p></div>",
        "<div><span></div>",
        "<div></span></div>",
        "<p><div></div></p>",
        "<table><tr><td>x</td></tr></table>",
        "<div/><p></p>",
        "<p>1 < 2</p>",
        "<div class=\"a\"",
    ] {
        let parsed = std::panic::catch_unwind(|| Doc::parse(bad));
        assert!(parsed.is_err(), "{bad} must be rejected");
    }
}

// ---------------------------------------------------------------------------
// rendering and assertions
// ---------------------------------------------------------------------------

/// Renders a component with its props natively inside a fresh reactive owner.
fn render<V: IntoView + 'static>(view: impl FnOnce() -> V) -> Doc {
    Doc::parse(&common::render::component(view))
}

/// The article for `state` through the library's one entry, default options.
fn render_article(state: ArticleState) -> Doc {
    Doc::parse(&common::render::article(&state))
}

/// The article for the post document `json` through the library's one entry.
fn render_post(json: &str) -> Doc {
    Doc::parse(&common::render::post(json))
}

/// The `Article` component's own render of `json` (what the browser first shows
/// and hydrates: buttons where static HTML has `<noscript>`).
fn render_live_post(json: &str) -> Doc {
    let state = ArticleState::from_parsed(parse_post(json, None));
    render(move || view! { <Article state /> })
}

/// A post that must parse, for rendering its parts alone.
fn post(json: &str) -> Post {
    let parsed = parse_post(json, None);
    parsed
        .value
        .unwrap_or_else(|| panic!("{json} did not parse: {:?}", parsed.diagnostics))
}

fn render_body(blocks: Value) -> Doc {
    let body = post(&json!({"title": "T", "body": blocks}).to_string()).body;
    render(move || view! { <ArticleBody blocks=body /> })
}

fn meta_map(value: Value) -> Arc<Meta> {
    match value {
        Value::Object(map) => Arc::new(map),
        other => panic!("meta must be an object, got {other}"),
    }
}

fn render_meta(meta: Value) -> Doc {
    let meta = meta_map(meta);
    render(move || view! { <MetaBox meta /> })
}

/// Asserts each needle occurs in `haystack`, each after the previous one.
fn assert_in_order(haystack: &str, needles: &[&str]) {
    let mut from = 0;
    for needle in needles {
        match haystack[from..].find(needle) {
            Some(i) => from += i + needle.len(),
            None => panic!(
                "{needle:?} missing or out of order; searched after byte {from} of\n{haystack}"
            ),
        }
    }
}

/// Asserts that no start tag is one of `tags` and no attribute is one of `attrs`.
fn assert_no_markup(doc: &Doc, tags: &[&str], attrs: &[&str]) {
    for el in doc.all() {
        assert!(
            !tags.contains(&el.name()),
            "unexpected <{}>: {el:?}",
            el.name()
        );
    }
    let names = doc.attribute_names();
    for attr in attrs {
        assert!(!names.contains(attr), "unexpected {attr}= in\n{}", doc.html);
    }
}

/// Asserts that no attribute value contains `needle` (text may still mention it).
fn assert_no_attr_value(doc: &Doc, needle: &str) {
    for el in doc.all() {
        for (name, value) in el.attrs() {
            assert!(!value.contains(needle), "{name}={value:?} on {el:?}");
        }
    }
}

/// The keys of a meta `dl`'s direct entries, in order.
fn entry_keys(dl: El<'_>) -> Vec<String> {
    dl.children()
        .iter()
        .filter(|e| e.has_class("anp-meta__entry"))
        .map(|e| e.one("anp-meta__key").own_text())
        .collect()
}

/// The entry for `key` among the direct entries of `dl`.
fn entry<'d>(dl: El<'d>, key: &str) -> El<'d> {
    dl.children()
        .into_iter()
        .find(|e| e.has_class("anp-meta__entry") && e.one("anp-meta__key").own_text() == key)
        .unwrap_or_else(|| panic!("no entry {key:?} in {:?}", entry_keys(dl)))
}

/// The value (`dd`) of the top-level meta entry `key`.
fn top_value<'d>(doc: &'d Doc, key: &str) -> El<'d> {
    entry(doc.one("anp-meta__entries"), key).one("anp-meta__value")
}

// ---------------------------------------------------------------------------
// the reference post
// ---------------------------------------------------------------------------

const REFERENCE: &str =
    include_str!("../public/posts/keeping-staging-close-to-production-python-services.json");

const IMAGE_1: &str =
    "https://images.unsplash.com/photo-1498050108023-c5249f4df085?auto=format&fit=crop&w=1200&q=80";
const IMAGE_2: &str =
    "https://images.unsplash.com/photo-1515879218367-8466d910aaa4?auto=format&fit=crop&w=1200&q=80";
const CAPTION_1: &str =
    "keeping staging close to production with python services visual reference 1";
const CAPTION_2: &str =
    "keeping staging close to production with python services visual reference 2";
const TITLE: &str = "how to handle keeping staging close to production in python services";
const REL: &str = "noopener noreferrer nofollow";

const CHECKLIST_ITEMS: [&str; 5] = [
    "inspect cache headers",
    "test logged-in traffic",
    "purge only the affected route",
    "measure response time",
    "keep a rollback command ready",
];

const PARAGRAPHS: [&str; 5] = [
    "a reliable python services setup is less about clever code and more about repeatable habits. in this guide, we look at keeping staging close to production with simple rollback steps and keep the steps focused on production work.",
    "start by writing down what the system currently does. include the route, the expected input, the slow query or failing command, and the exact place where the user notices the problem. this small baseline prevents random changes and makes the final result easier to verify.",
    "the first useful improvement is usually visibility. collect the response time, error rate, cache status, and database call count before changing code. if those numbers are not available, add a lightweight log line or health check instead of guessing.",
    "for performance work, change one variable at a time. measure the before state, apply the smallest safe change, clear only the cache that matters, and compare the result. this avoids confusing a lucky cache hit with a real fix. for this python services case, keep the owner, expected result, and rollback note in the same place.",
    "the best result is not only a faster or cleaner python services implementation. it is a change that another developer can inspect, understand, and safely repeat. keep the final commands, metrics, and assumptions close to the article so future maintenance is easier.",
];

use common::SEED_META_KEYS as META_KEYS;

/// Every line of the seed page (`docs/reference-post.txt`) in page order, as
/// the rendered text must show it: meta entries as `key: value`, numbers grouped per
/// the format (`46156` → `46,156`), the caption line split into caption and credit.
const SEED: &[&str] = &[
    TITLE,
    PARAGRAPHS[0],
    CAPTION_1,
    CAPTION_1,
    "image source: unsplash",
    "why this matters",
    PARAGRAPHS[1],
    PARAGRAPHS[2],
    PARAGRAPHS[3],
    "implementation checklist",
    "inspect cache headers",
    "test logged-in traffic",
    "purge only the affected route",
    "measure response time",
    "keep a rollback command ready",
    CAPTION_2,
    CAPTION_2,
    "image source: unsplash",
    "final notes",
    PARAGRAPHS[4],
    "alphanode post meta",
    "topic: keeping staging close to production / python services",
    "summary: this ai-style technical summary explains keeping staging close to production in python services, with emphasis on measurement, safe defaults, rollback planning, and maintainable documentation.",
    "ai outline: ",
    "context: with simple rollback steps",
    "problem: keeping staging close to production",
    "stack: python services",
    "recommended action: measure first, change carefully, document the result",
    "ai brief: the article is written like a careful ai generated engineering draft: it explains the reason for the change, lists operational checks, and avoids pretending that one command fixes every production case.",
    "stack: ",
    "python services",
    "backend",
    "python",
    "tools: ",
    "fastapi",
    "pytest",
    "uvicorn",
    "ruff",
    "git",
    "logs",
    "code language: python",
    "difficulty: beginner",
    "reading time: 5",
    "view count: 46,156",
    "score: ",
    "quality: 80",
    "freshness: 66",
    "depth: 70",
    "clarity: 74",
    "revision: ",
    "status: drafted",
    "version: 1.4.8",
    "last reviewed: 2017-04-22",
    "reference: anp-ref-027517-3851",
    "hash: fa1554d137dc4be139783b57",
    "flags: ",
    "ai generated style: 1",
    "has images: 1",
    "image heavy: 0",
    "needs human review: 0",
    "checklist: ",
    "inspect cache headers",
    "test logged-in traffic",
    "purge only the affected route",
    "measure response time",
    "keep a rollback command ready",
    "entities: ",
    "name: python services",
    "type: stack",
    "name: backend",
    "type: area",
    "name: keeping staging close to production",
    "type: problem",
    "image sources: ",
    "source: unsplash",
    "url: https://images.unsplash.com/photo-1498050108023-c5249f4df085?auto=format&fit=crop&w=1200&q=80",
    "caption: keeping staging close to production with python services visual reference 1",
    "source: unsplash",
    "url: https://images.unsplash.com/photo-1515879218367-8466d910aaa4?auto=format&fit=crop&w=1200&q=80",
    "caption: keeping staging close to production with python services visual reference 2",
    "payload: ",
    "source id: alphanode-027517",
    "generator: anp content synthesizer",
    "paragraphs: 4",
    "scenario: with simple rollback steps",
    "seed: 27,517",
    "notes: ",
    "sanitized array meta is expected to render as a list in the frontend box",
    "view count is synthetic and only used for testing meta volume",
    "content is generated for import/load testing and should be reviewed before indexing",
    "Similar Posts",
];

fn reference() -> Doc {
    render_post(REFERENCE)
}

#[test]
fn reference_root_and_title() {
    let doc = reference();
    let root = doc.root();
    assert_eq!(root.describe(), "article.anp-article");
    assert_eq!(root.attr("data-state"), Some("ready"));
    assert_eq!(root.attr("data-theme"), Some("auto"));
    assert_eq!(root.attr("aria-busy"), Some("false"));
    let title = doc.one("anp-article__title");
    assert_eq!(title.name(), "h1");
    assert_eq!(title.text(), TITLE);
    assert_eq!(
        root.children().iter().map(El::describe).collect::<Vec<_>>(),
        [
            "header.anp-article__header",
            "div.anp-body",
            "section.anp-meta",
            "section.anp-similar"
        ],
        "a post without warnings has no diagnostics"
    );
}

#[test]
fn reference_body_blocks_in_order() {
    let doc = reference();
    let blocks = doc.one("anp-body").children();
    assert_eq!(
        blocks.iter().map(El::describe).collect::<Vec<_>>(),
        [
            "p.anp-body__paragraph",
            "figure.anp-figure",
            "h2.anp-body__heading",
            "p.anp-body__paragraph",
            "p.anp-body__paragraph",
            "p.anp-body__paragraph",
            "section.anp-checklist",
            "figure.anp-figure",
            "h2.anp-body__heading",
            "p.anp-body__paragraph",
        ]
    );
    assert_eq!(blocks[2].text(), "why this matters");
    assert_eq!(blocks[8].text(), "final notes");
    let paragraphs: Vec<String> = doc
        .by_class("anp-body__paragraph")
        .iter()
        .map(El::text)
        .collect();
    assert_eq!(paragraphs, PARAGRAPHS);
}

#[test]
fn reference_figures() {
    let doc = reference();
    let figures = doc.by_class("anp-figure");
    assert_eq!(figures.len(), 2);
    for (figure, (src, caption)) in figures
        .iter()
        .zip([(IMAGE_1, CAPTION_1), (IMAGE_2, CAPTION_2)])
    {
        assert_eq!(figure.attr("data-broken"), Some("false"));
        let img = figure.one("anp-figure__image");
        assert_eq!(img.name(), "img");
        assert_eq!(img.attr("src"), Some(src));
        assert_eq!(img.attr("alt"), Some(caption));
        assert!(!img.has_attr("hidden"));
        let fallback = figure.one("anp-figure__fallback");
        assert!(
            fallback.has_attr("hidden"),
            "fallback hidden while the image is fine"
        );
        assert_eq!(fallback.text(), caption);
        let figcaption = figure.one("anp-figure__caption");
        assert_eq!(figcaption.name(), "figcaption");
        assert_eq!(figcaption.one("anp-figure__caption-text").text(), caption);
        let credit = figcaption.one("anp-figure__credit");
        assert_eq!(credit.text(), "image source: unsplash");
        let link = credit.one("anp-figure__credit-link");
        assert_eq!(link.name(), "a");
        assert_eq!(link.attr("href"), Some("https://unsplash.com"));
        assert_eq!(link.attr("rel"), Some(REL));
        assert_eq!(link.text(), "unsplash");
    }
}

#[test]
fn reference_checklist() {
    let doc = reference();
    let checklist = doc.one("anp-checklist");
    assert_eq!(checklist.one("anp-checklist__title").name(), "h2");
    assert_eq!(
        checklist.one("anp-checklist__title").text(),
        "implementation checklist"
    );
    let progress = checklist.one("anp-checklist__progress");
    assert_eq!(progress.text(), "0 of 5 done");
    assert_eq!(progress.attr("aria-live"), Some("polite"));
    let bar = checklist.one("anp-checklist__bar");
    assert_eq!((bar.attr("max"), bar.attr("value")), (Some("5"), Some("0")));
    let labels = checklist.find_tag("label");
    assert_eq!(labels.len(), 5);
    for (label, text) in labels.iter().zip(CHECKLIST_ITEMS) {
        let inputs = label.find_tag("input");
        assert_eq!(inputs.len(), 1, "one checkbox per label: {label:?}");
        assert_eq!(inputs[0].attr("type"), Some("checkbox"));
        assert!(!inputs[0].has_attr("checked"));
        assert_eq!(label.text(), text);
    }
    assert_eq!(checklist.find_tag("input").len(), 5);
}

#[test]
fn reference_meta_keys_in_seed_order() {
    let doc = reference();
    let meta = doc.one("anp-meta");
    assert_eq!(meta.name(), "section");
    assert_eq!(meta.attr("data-layout"), Some("list"));
    assert_eq!(meta.one("anp-meta__title").text(), "alphanode post meta");
    assert_eq!(entry_keys(meta.one("anp-meta__entries")), META_KEYS);
}

#[test]
fn reference_meta_numbers_and_scores() {
    let doc = reference();
    let views = top_value(&doc, "view count").one("anp-meta__number");
    assert_eq!(views.name(), "data");
    assert_eq!(views.attr("value"), Some("46156"));
    assert_eq!(views.text(), "46,156");
    assert!(!doc.text().contains("46156"), "numbers are grouped in text");
    let seed = entry(top_value(&doc, "payload").one("anp-meta__group"), "seed");
    assert_eq!(seed.one("anp-meta__number").attr("value"), Some("27517"));
    assert_eq!(seed.one("anp-meta__number").text(), "27,517");

    let score = top_value(&doc, "score");
    let meters = score.find_tag("meter");
    assert_eq!(meters.len(), 4);
    let values: Vec<_> = meters
        .iter()
        .map(|m| m.attr("value").unwrap_or(""))
        .collect();
    assert_eq!(values, ["80", "66", "70", "74"]);
    let labels: Vec<_> = meters
        .iter()
        .map(|m| m.attr("aria-label").unwrap_or(""))
        .collect();
    assert_eq!(labels, ["quality", "freshness", "depth", "clarity"]);
    for meter in &meters {
        assert_eq!(
            (meter.attr("min"), meter.attr("max")),
            (Some("0"), Some("100"))
        );
    }
    let texts: Vec<String> = score.by_class_texts("anp-meta__score");
    assert_eq!(
        texts,
        ["quality: 80", "freshness: 66", "depth: 70", "clarity: 74"]
    );
}

#[test]
fn reference_flags_are_marks_with_their_number_not_meters() {
    let doc = reference();
    let flags = top_value(&doc, "flags");
    assert!(flags.find_tag("meter").is_empty(), "flags are never meters");
    assert_eq!(
        flags.by_class_texts("anp-meta__flag"),
        [
            "ai generated style: 1",
            "has images: 1",
            "image heavy: 0",
            "needs human review: 0"
        ]
    );
    let on: Vec<_> = flags
        .find_class("anp-meta__flag")
        .iter()
        .map(|f| f.attr("data-on").unwrap_or(""))
        .collect();
    assert_eq!(on, ["true", "true", "false", "false"]);
    for mark in flags.find_class("anp-meta__flag-mark") {
        assert_eq!(mark.attr("aria-hidden"), Some("true"));
    }
    let value = flags.find_class("anp-meta__flag-value");
    assert_eq!(value.first().and_then(|v| v.attr("value")), Some("1"));
}

#[test]
fn texts_take_their_direction_from_their_content_and_lang_marks_the_article() {
    let doc = render_post(
        &json!({
            "title": "عنوان", "lang": "ar",
            "body": [
                {"type": "paragraph", "text": "نص"},
                {"type": "heading", "text": "h"},
                {"type": "list", "items": ["a"]},
                {"type": "quote", "text": "q", "cite": "c"},
                {"type": "checklist", "items": ["c"]},
                {"type": "image", "src": "https://a.test/i.png", "alt": "alt", "caption": "cap"}
            ],
            "meta": {"key": "value", "list": ["x"], "scores": {"s": 50}, "flags": {"f": 1}},
            "similar": [{"title": "t", "summary": "s", "topic": "p"}]
        })
        .to_string(),
    );
    assert_eq!(doc.one("anp-article").attr("lang"), Some("ar"));
    for class in [
        "anp-article__title",
        "anp-body__paragraph",
        "anp-body__heading",
        "anp-list__item",
        "anp-quote__cite",
        "anp-checklist__text",
        "anp-figure__caption-text",
        "anp-figure__fallback",
        "anp-meta__key",
        "anp-meta__text",
        "anp-meta__score-label",
        "anp-meta__flag-label",
        "anp-similar__card-title",
        "anp-similar__summary",
        "anp-similar__topic",
    ] {
        for el in doc.by_class(class) {
            assert_eq!(el.attr("dir"), Some("auto"), "{class}");
        }
        assert!(!doc.by_class(class).is_empty(), "{class} rendered");
    }
    // Without `lang`, or with one that is not a language tag, nothing is claimed.
    let none = render_post(r#"{"title": "T", "body": [], "lang": "not a tag!"}"#);
    assert_eq!(none.one("anp-article").attr("lang"), None);
}

#[test]
fn nested_lists_are_marked_so_they_carry_no_bullet_of_their_own() {
    let doc = render_meta(json!({"deep list": [[["x"]], "y"]}));
    let nested = doc.by_class("anp-meta__item--nested");
    assert_eq!(nested.len(), 2, "the two items that hold lists");
    let plain: Vec<_> = doc
        .by_class("anp-meta__item")
        .into_iter()
        .filter(|i| i.attr("class") == Some("anp-meta__item"))
        .map(|i| i.text())
        .collect();
    assert_eq!(plain, ["x", "y"]);
}

#[test]
fn long_unbroken_text_may_break_but_words_stay_whole() {
    let doc = render_meta(json!({"hash": "fa1554d137dc4be139783b57", "words": "short words only"}));
    assert_eq!(
        top_value(&doc, "hash").one("anp-meta__text").attr("class"),
        Some("anp-meta__text anp-meta__text--unbroken")
    );
    assert_eq!(
        top_value(&doc, "words").one("anp-meta__text").attr("class"),
        Some("anp-meta__text")
    );
}

#[test]
fn reference_meta_groups_and_records() {
    let doc = reference();
    let outline = top_value(&doc, "ai outline").one("anp-meta__group");
    assert_eq!(outline.name(), "dl");
    assert_eq!(
        entry_keys(outline),
        ["context", "problem", "stack", "recommended action"]
    );
    assert_eq!(
        entry(outline, "recommended action")
            .one("anp-meta__value")
            .text(),
        "measure first, change carefully, document the result"
    );
    let revision = top_value(&doc, "revision").one("anp-meta__group");
    assert_eq!(
        entry(revision, "last reviewed")
            .one("anp-meta__text")
            .text(),
        "2017-04-22"
    );

    let tools = top_value(&doc, "tools").one("anp-meta__items");
    assert_eq!(tools.name(), "ul");
    assert_eq!(
        tools.by_class_texts("anp-meta__item"),
        ["fastapi", "pytest", "uvicorn", "ruff", "git", "logs"]
    );

    for (key, count) in [("entities", 3), ("image sources", 2)] {
        let records = top_value(&doc, key).one("anp-meta__records");
        assert_eq!(records.name(), "ul");
        assert_eq!(records.count("anp-meta__record"), count, "{key}");
    }
    let entities = top_value(&doc, "entities");
    let firsts: Vec<_> = entities
        .find_class("anp-meta__record")
        .iter()
        .map(|r| entry_keys(r.one("anp-meta__group")))
        .collect();
    assert_eq!(firsts, vec![vec!["name", "type"]; 3]);

    let links = top_value(&doc, "image sources").find_class("anp-meta__link");
    assert_eq!(links.len(), 2);
    for (link, url) in links.iter().zip([IMAGE_1, IMAGE_2]) {
        assert_eq!(link.name(), "a");
        assert_eq!(link.attr("href"), Some(url));
        assert_eq!(link.attr("rel"), Some(REL));
        assert_eq!(link.text(), url);
    }
}

#[test]
fn reference_similar_posts_empty_state() {
    let doc = reference();
    let similar = doc.one("anp-similar");
    assert_eq!(similar.one("anp-similar__title").text(), "Similar Posts");
    assert_eq!(
        similar.one("anp-similar__empty").text(),
        "No similar posts yet."
    );
    assert_eq!(similar.count("anp-similar__card"), 0);
}

#[test]
fn reference_shows_every_seed_value_in_order() {
    let doc = reference();
    let text = doc.text();
    // Adjacent elements have no whitespace between them, so `key: ` + value read as
    // `key: value`, exactly as the seed lists them.
    assert_in_order(&text, SEED);
}

#[test]
fn reference_shows_every_meta_leaf() {
    // Independent of the seed listing: walk the document's meta and find every key
    // and every scalar (numbers grouped) in the rendered text.
    fn leaves(value: &Value, out: &mut Vec<String>) {
        match value {
            Value::String(s) => out.push(s.clone()),
            Value::Number(n) => out.push(alphanode_widgets::model::format_number(n)),
            Value::Array(items) => items.iter().for_each(|v| leaves(v, out)),
            Value::Object(map) => map.iter().for_each(|(k, v)| {
                out.push(format!("{k}: "));
                leaves(v, out)
            }),
            Value::Bool(_) | Value::Null => unreachable!("the reference has none"),
        }
    }
    let document: Value = serde_json::from_str(REFERENCE).expect("reference JSON");
    let mut expected = Vec::new();
    leaves(&document["meta"], &mut expected);
    assert!(expected.len() > 80, "walked {} leaves", expected.len());
    let text = reference().text();
    let needles: Vec<&str> = expected.iter().map(String::as_str).collect();
    assert_in_order(&text, &needles);
}

// ---------------------------------------------------------------------------
// escaping
// ---------------------------------------------------------------------------

#[test]
fn text_is_never_markup() {
    let title = "<script>alert(1)</script>";
    let paragraph = "<img src=x onerror=alert(1)>";
    let (key, value) = ("<b>k</b>", "\"><svg onload=alert(1)>");
    let label = "\" onmouseover=\"alert(1)";
    let document = json!({
        "title": title,
        "body": [{"type": "paragraph", "text": paragraph}],
        "meta": {key: value, "score": {label: 50}},
    });
    let doc = render_post(&document.to_string());

    assert_no_markup(
        &doc,
        &["script", "svg", "b", "img"],
        &["onerror", "onload", "onmouseover"],
    );
    for raw in ["<script", "<img src=x", "<svg", "<b>"] {
        assert!(!doc.html.contains(raw), "{raw} in\n{}", doc.html);
    }
    assert!(doc.html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(doc.html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(doc.html.contains("&lt;b&gt;k&lt;/b&gt;"));

    // The text reads exactly as published.
    assert_eq!(doc.one("anp-article__title").text(), title);
    assert_eq!(doc.one("anp-body__paragraph").text(), paragraph);
    assert_eq!(top_value(&doc, key).text(), value);
    // A score label is also an attribute value: it stays inside its quotes.
    let meter = top_value(&doc, "score").find_tag("meter")[0];
    assert_eq!(meter.attr("aria-label"), Some(label));
}

// ---------------------------------------------------------------------------
// article states
// ---------------------------------------------------------------------------

#[test]
fn loading_state_shows_a_skeleton() {
    let doc = render_article(ArticleState::Loading);
    let root = doc.root();
    assert_eq!(root.attr("data-state"), Some("loading"));
    assert_eq!(root.attr("aria-busy"), Some("true"));
    let skeleton = doc.one("anp-article__skeleton");
    assert_eq!(skeleton.attr("aria-hidden"), Some("true"));
    assert!(skeleton.count("anp-skeleton") >= 3);
    assert_eq!(root.find_class("anp-article__title").len(), 0);
    let status = root
        .descendants()
        .into_iter()
        .find(|e| e.attr("role") == Some("status"))
        .expect("a status for screen readers");
    assert_eq!(status.text(), "Loading post…");
}

const NOT_A_POST: &str = r#"{"title": 5, "body": []}"#;

fn error_doc(retry: bool) -> Doc {
    let state = ArticleState::from_parsed(parse_post(NOT_A_POST, None));
    if retry {
        render(move || view! { <Article state on_retry=Callback::new(|()| ()) /> })
    } else {
        render_article(state)
    }
}

#[test]
fn error_state_names_the_path_and_problem() {
    let doc = error_doc(false);
    let root = doc.root();
    assert_eq!(root.attr("data-state"), Some("error"));
    assert_eq!(root.attr("aria-busy"), Some("false"));
    let alert = doc.one("anp-article__error");
    assert_eq!(alert.attr("role"), Some("alert"));
    let diagnostic = alert.one("anp-diagnostic");
    assert_eq!(diagnostic.attr("data-severity"), Some("error"));
    assert_eq!(diagnostic.one("anp-diagnostic__path").name(), "code");
    assert_eq!(diagnostic.one("anp-diagnostic__path").text(), "title");
    assert_eq!(
        diagnostic.one("anp-diagnostic__message").text(),
        "expected a string, found a number"
    );
    assert!(
        alert.find_tag("button").is_empty(),
        "no retry without on_retry"
    );
    assert_eq!(root.count("anp-body"), 0);
}

#[test]
fn error_state_offers_retry_when_asked() {
    let doc = error_doc(true);
    let button = doc.one("anp-article__retry");
    assert_eq!(button.name(), "button");
    assert_eq!(button.attr("type"), Some("button"));
    assert_eq!(button.text(), "Try again");
    assert!(doc.one("anp-article__error").find_tag("button").len() == 1);
}

#[test]
fn too_deep_documents_are_an_error_not_a_crash() {
    let doc = render_post(&nested_post(alphanode_widgets::model::MAX_DEPTH + 1));
    assert_eq!(doc.root().attr("data-state"), Some("error"));
    assert!(
        doc.one("anp-article__error")
            .text()
            .contains("the document nests deeper than 128 levels"),
        "{}",
        doc.text()
    );
}

#[test]
fn warnings_keep_the_blocks_around_a_skipped_one() {
    let doc = render_post(
        r#"{"title":"T","body":[
            {"type":"paragraph","text":"before"},
            {"type":"video","src":"https://example.com/v.mp4"},
            {"type":"paragraph","text":"after"}]}"#,
    );
    assert_eq!(doc.root().attr("data-state"), Some("ready"));
    let blocks = doc.one("anp-body").children();
    assert_eq!(
        blocks.iter().map(El::text).collect::<Vec<_>>(),
        ["before", "after"]
    );
    let details = doc.one("anp-diagnostics");
    assert_eq!(details.name(), "details");
    assert!(!details.has_attr("open"), "warnings start collapsed");
    assert_eq!(
        details.one("anp-diagnostics__summary").text(),
        "1 part of this post could not be shown as published"
    );
    let items = details.find_class("anp-diagnostic");
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].attr("data-severity"), Some("warning"));
    assert_eq!(items[0].one("anp-diagnostic__path").text(), "body[1].type");
    // Without meta there is no meta box.
    assert_eq!(doc.root().count("anp-meta"), 0);
}

// ---------------------------------------------------------------------------
// blocks
// ---------------------------------------------------------------------------

#[test]
fn heading_levels_choose_the_element() {
    let doc = render_body(json!([
        {"type": "heading", "text": "two", "level": 2},
        {"type": "heading", "text": "three", "level": 3},
        {"type": "heading", "text": "four", "level": 4},
        {"type": "heading", "text": "default"},
    ]));
    let headings: Vec<(String, String, String)> = doc
        .one("anp-body")
        .children()
        .iter()
        .map(|h| {
            let level = h.attr("class").unwrap_or("").to_owned();
            (h.name().to_owned(), level, h.text())
        })
        .collect();
    let expected = [
        ("h2", 2, "two"),
        ("h3", 3, "three"),
        ("h4", 4, "four"),
        ("h2", 2, "default"),
    ]
    .map(|(tag, level, text)| {
        let class = format!("anp-body__heading anp-body__heading--{level}");
        (tag.to_owned(), class, text.to_owned())
    });
    assert_eq!(headings, expected);
}

#[test]
fn lists_are_bulleted_or_numbered() {
    let doc = render_body(json!([
        {"type": "list", "items": ["a", "b"]},
        {"type": "list", "items": ["one", "two", "three"], "ordered": true},
    ]));
    let lists = doc.one("anp-body").children();
    let shapes: Vec<_> = lists
        .iter()
        .map(|l| {
            (
                l.name(),
                l.attr("class").unwrap_or(""),
                l.by_class_texts("anp-list__item"),
            )
        })
        .collect();
    assert_eq!(
        shapes,
        [
            ("ul", "anp-list", vec!["a".to_owned(), "b".to_owned()]),
            (
                "ol",
                "anp-list anp-list--ordered",
                ["one", "two", "three"].map(str::to_owned).to_vec()
            ),
        ]
    );
}

#[test]
fn quotes_with_and_without_cite() {
    let doc = render_body(json!([
        {"type": "quote", "text": "measure first", "cite": "an engineer"},
        {"type": "quote", "text": "anonymous"},
    ]));
    let quotes = doc.by_class("anp-quote");
    assert_eq!(quotes.len(), 2);
    assert_eq!(quotes[0].one("anp-quote__text").name(), "blockquote");
    assert_eq!(quotes[0].one("anp-quote__text").text(), "measure first");
    assert_eq!(quotes[0].one("anp-quote__cite").name(), "figcaption");
    assert_eq!(quotes[0].one("anp-quote__cite").text(), "an engineer");
    assert_eq!(quotes[1].one("anp-quote__text").text(), "anonymous");
    assert_eq!(quotes[1].count("anp-quote__cite"), 0);
}

#[test]
fn code_keeps_whitespace_and_is_escaped() {
    let code = "def f(a, b):\n    if a < b && b > 0:\n        return \"</code><script>\"\n";
    let doc = render_body(json!([
        {"type": "code", "code": code, "language": "python"},
        {"type": "code", "code": "plain"},
    ]));
    let blocks = doc.by_class("anp-code");
    assert_eq!(blocks.len(), 2);
    let pre = blocks[0].one("anp-code__pre");
    assert_eq!(pre.name(), "pre");
    assert_eq!(pre.attr("data-language"), Some("python"));
    assert_eq!(blocks[0].one("anp-code__language").text(), "python");
    assert_eq!(pre.one("anp-code__code").raw_text(), code);
    assert_no_markup(&doc, &["script"], &[]);
    assert!(doc.html.contains("&lt;/code&gt;&lt;script&gt;"));
    let plain = blocks[1].one("anp-code__pre");
    assert!(!plain.has_attr("data-language"));
    assert_eq!(blocks[1].count("anp-code__language"), 0);
}

#[test]
fn refused_image_keeps_alt_and_caption_readable() {
    let doc = render_post(
        r#"{"title":"T","body":[{"type":"image","src":"javascript:alert(1)",
            "alt":"a server rack","caption":"the rack","credit":"unsplash"}]}"#,
    );
    let figure = doc.one("anp-figure");
    assert_eq!(figure.attr("data-broken"), Some("true"));
    assert!(figure.find_tag("img").is_empty());
    assert_no_attr_value(&doc, "javascript:");
    let fallback = figure.one("anp-figure__fallback");
    assert!(
        !fallback.has_attr("hidden"),
        "the alt text must be visible: {fallback:?}"
    );
    assert_eq!(fallback.text(), "a server rack");
    assert_eq!(figure.one("anp-figure__caption-text").text(), "the rack");
    assert_eq!(
        figure.one("anp-figure__credit").text(),
        "image source: unsplash"
    );
    assert_eq!(figure.count("anp-figure__credit-link"), 0);
    let diagnostic = doc.one("anp-diagnostics").one("anp-diagnostic");
    assert_eq!(diagnostic.one("anp-diagnostic__path").text(), "body[0].src");
    assert!(
        diagnostic.text().contains("\"javascript:\" refused"),
        "{diagnostic:?}"
    );
}

#[test]
fn refused_image_without_alt_says_so() {
    let doc = render_body(json!([{"type": "image", "src": "data:image/png;base64,AAAA"}]));
    let figure = doc.one("anp-figure");
    assert!(figure.find_tag("img").is_empty());
    assert_eq!(
        figure.one("anp-figure__fallback").text(),
        "Image unavailable"
    );
    assert_eq!(figure.count("anp-figure__caption"), 0);
}

// ---------------------------------------------------------------------------
// meta box
// ---------------------------------------------------------------------------

fn records_meta() -> Value {
    json!({"people": [{"name": "a", "type": "x"}, {"name": "b", "extra": 1}]})
}

#[test]
fn every_layout_is_an_attribute_and_only_table_draws_tables() {
    for layout in MetaLayout::ALL {
        let meta = meta_map(records_meta());
        let doc = render(move || view! { <MetaBox meta layout /> });
        assert_eq!(doc.root().attr("data-layout"), Some(layout.as_str()));
        let value = top_value(&doc, "people");
        if layout == MetaLayout::Table {
            assert_eq!(value.count("anp-meta__records"), 0);
            let table = value.one("anp-meta__table");
            assert_eq!(table.name(), "table");
            let heads: Vec<_> = table.find_tag("th").iter().map(El::text).collect();
            assert_eq!(heads, ["name", "type", "extra"], "first-seen order");
            assert!(table
                .find_tag("th")
                .iter()
                .all(|th| th.attr("scope") == Some("col")));
            let rows: Vec<Vec<String>> = table.find_tag("tbody")[0]
                .find_tag("tr")
                .iter()
                .map(|tr| tr.find_tag("td").iter().map(El::text).collect())
                .collect();
            assert_eq!(rows, [["a", "x", "—"], ["b", "—", "1"]]);
        } else {
            assert_eq!(value.count("anp-meta__table"), 0, "{layout:?}");
            let records = value.one("anp-meta__records");
            assert_eq!(records.count("anp-meta__record"), 2, "{layout:?}");
        }
    }
}

#[test]
fn scalars_render_per_the_meta_table() {
    let doc = render_meta(json!({
        "yes": true,
        "no": false,
        "nothing": null,
        "web": "https://example.com/a?b=1&c=2",
        "script": "javascript:alert(1)",
        "relative": "/posts/a",
        "float": -1234567.25,
    }));
    let badge = |key: &str| top_value(&doc, key).one("anp-meta__badge");
    assert!(badge("yes").has_class("anp-meta__badge--yes"));
    assert_eq!(badge("yes").text(), "yes");
    assert!(badge("no").has_class("anp-meta__badge--no"));
    assert_eq!(badge("no").text(), "no");
    assert_eq!(top_value(&doc, "nothing").one("anp-meta__null").text(), "—");

    let link = top_value(&doc, "web").one("anp-meta__link");
    assert_eq!(link.name(), "a");
    assert_eq!(link.attr("href"), Some("https://example.com/a?b=1&c=2"));
    assert_eq!(link.attr("rel"), Some(REL));
    for key in ["script", "relative"] {
        let value = top_value(&doc, key);
        assert!(value.find_tag("a").is_empty(), "{key} must not be a link");
        assert!(value.descendants().iter().all(|e| !e.has_attr("href")));
    }
    assert_eq!(
        top_value(&doc, "script").one("anp-meta__text").text(),
        "javascript:alert(1)"
    );
    let hrefs: Vec<_> = doc.all().iter().filter_map(|e| e.attr("href")).collect();
    assert_eq!(hrefs, ["https://example.com/a?b=1&c=2"]);
    assert_eq!(top_value(&doc, "float").text(), "-1,234,567.25");
}

#[test]
fn empty_values_and_empty_meta_say_so() {
    let doc = render_meta(json!({"group": {}, "list": []}));
    assert_eq!(
        top_value(&doc, "group").one("anp-meta__empty").text(),
        "empty"
    );
    assert_eq!(
        top_value(&doc, "list").one("anp-meta__empty").text(),
        "none"
    );
    let doc = render_meta(json!({}));
    assert_eq!(doc.one("anp-meta__empty").text(), "No post meta.");
    assert_eq!(doc.root().count("anp-meta__entries"), 0);
}

/// Renders a meta array of `len` items and returns (shown items, "Show N more" label).
fn paged_array(len: usize, page_size: Option<usize>) -> (Vec<String>, Option<String>) {
    let items: Vec<String> = (0..len).map(|i| format!("item-{i:05}")).collect();
    let meta = meta_map(json!({ "items": items }));
    let doc = render(move || match page_size {
        Some(page_size) => view! { <MetaBox meta page_size /> }.into_any(),
        None => view! { <MetaBox meta /> }.into_any(),
    });
    let value = top_value(&doc, "items");
    let more = value.find_class("anp-meta__more").first().map(|b| {
        assert_eq!(b.name(), "button");
        assert!(!b.has_attr("hidden"));
        b.text()
    });
    (value.by_class_texts("anp-meta__item"), more)
}

#[test]
fn long_arrays_show_a_page_and_a_button() {
    let cases = [
        (120, None, DEFAULT_PAGE_SIZE, Some("Show 70 more")),
        (10_000, None, DEFAULT_PAGE_SIZE, Some("Show 9,950 more")),
        (120, Some(100), 100, Some("Show 20 more")),
        (DEFAULT_PAGE_SIZE, None, DEFAULT_PAGE_SIZE, None),
    ];
    for (len, page_size, shown, label) in cases {
        let (items, more) = paged_array(len, page_size);
        let expected: Vec<String> = (0..shown).map(|i| format!("item-{i:05}")).collect();
        assert_eq!(items, expected, "len {len}, page {page_size:?}");
        assert_eq!(more.as_deref(), label, "len {len}, page {page_size:?}");
    }
}

#[test]
fn big_objects_show_a_page_and_a_button() {
    let map: serde_json::Map<String, Value> = (0..60)
        .map(|i| (format!("key {i:02}"), json!(format!("value {i}"))))
        .collect();
    let doc = render_meta(Value::Object(map.clone()));
    let expected: Vec<String> = (0..50).map(|i| format!("key {i:02}")).collect();
    assert_eq!(entry_keys(doc.one("anp-meta__entries")), expected);
    assert_eq!(doc.root().count("anp-meta__entry"), 50);
    assert_eq!(doc.one("anp-meta__more").text(), "Show 10 more");
    // The same inside a nested group.
    let doc = render_meta(json!({ "group": map }));
    let group = top_value(&doc, "group");
    assert_eq!(entry_keys(group.one("anp-meta__group")), expected);
    assert_eq!(group.one("anp-meta__more").text(), "Show 10 more");
}

/// `{"level 0": {"level 1": … "bottom"}}`, `depth` objects deep.
fn nested_meta(depth: usize) -> Value {
    (0..depth).rev().fold(
        json!("bottom"),
        |inner, level| json!({ format!("level {level}"): inner }),
    )
}

/// A post whose whole document nests `depth` levels (the root object counts).
fn nested_post(depth: usize) -> String {
    let meta_depth = depth - 1;
    let mut text = String::from(r#"{"title":"deep","body":[],"meta":"#);
    for level in 0..meta_depth - 1 {
        text.push_str(&format!(r#"{{"level {level}":"#));
    }
    text.push_str(r#"{"bottom":"here"}"#);
    text.push_str(&"}".repeat(meta_depth));
    text
}

/// Every meta key shown, in document order.
fn shown_keys(doc: &Doc) -> Vec<String> {
    doc.by_class("anp-meta__key")
        .iter()
        .map(El::own_text)
        .collect()
}

#[test]
fn deep_groups_collapse_behind_a_button() {
    let doc = render_meta(nested_meta(10));
    let expected: Vec<String> = (0..DEFAULT_COLLAPSE_DEPTH)
        .map(|l| format!("level {l}"))
        .collect();
    assert_eq!(shown_keys(&doc), expected);
    assert_eq!(
        doc.root().count("anp-meta__group"),
        DEFAULT_COLLAPSE_DEPTH - 1
    );
    let buttons = doc.by_class("anp-meta__expand");
    assert_eq!(buttons.len(), 1);
    assert_eq!(buttons[0].name(), "button");
    assert_eq!(buttons[0].attr("aria-expanded"), Some("false"));
    assert_eq!(buttons[0].text(), "Show nested group (1 entry)");
    assert!(!doc.text().contains("bottom"));

    let meta = meta_map(nested_meta(10));
    let doc = render(move || view! { <MetaBox meta collapse_depth=2 /> });
    assert_eq!(shown_keys(&doc), ["level 0", "level 1"]);
    assert_eq!(doc.root().count("anp-meta__expand"), 1);
}

#[test]
fn deep_lists_and_records_collapse_too() {
    let lists = (0..10).fold(json!("bottom"), |inner, _| json!([inner]));
    let records = (0..10).fold(json!("bottom"), |inner, _| json!([{ "r": inner }]));
    for (value, label) in [
        (lists, "Show nested list (1 entry)"),
        (records, "Show nested list (1 entry)"),
    ] {
        let doc = render_meta(json!({ "deep": value }));
        let buttons = doc.by_class("anp-meta__expand");
        assert_eq!(buttons.len(), 1, "{}", doc.html);
        assert_eq!(buttons[0].attr("aria-expanded"), Some("false"));
        assert_eq!(buttons[0].text(), label);
        assert!(!doc.text().contains("bottom"));
    }
}

#[test]
fn a_128_deep_document_renders() {
    // The browser's render, which stops at the collapse depth behind a button (the
    // static HTML of the same document: the test after
    // `static_html_puts_what_sits_behind_buttons_in_noscript`).
    let depth = alphanode_widgets::model::MAX_DEPTH;
    let doc = render_live_post(&nested_post(depth));
    assert_eq!(doc.root().attr("data-state"), Some("ready"));
    assert_eq!(doc.root().one("anp-article__title").text(), "deep");
    assert_eq!(doc.root().count("anp-meta__expand"), 1);
    assert_eq!(shown_keys(&doc).len(), DEFAULT_COLLAPSE_DEPTH);
}

// ---------------------------------------------------------------------------
// similar posts
// ---------------------------------------------------------------------------

fn similar_doc(similar: Value, template: Option<&str>) -> Doc {
    let refs = post(&json!({"title": "T", "body": [], "similar": similar}).to_string()).similar;
    render_refs(refs, template)
}

fn render_refs(refs: Vec<PostRef>, template: Option<&str>) -> Doc {
    let template = template.map(str::to_owned);
    render(move || match template {
        Some(link_template) => view! { <SimilarPosts refs link_template /> }.into_any(),
        None => view! { <SimilarPosts refs /> }.into_any(),
    })
}

/// Each card as (title, link or None, topic, summary).
fn cards(doc: &Doc) -> Vec<(String, Option<String>, String, String)> {
    doc.by_class("anp-similar__card")
        .iter()
        .map(|card| {
            let title = card.one("anp-similar__card-title");
            let link = title.find_tag("a").first().map(|a| {
                assert!(a.has_class("anp-similar__link"));
                assert!(!card.has_class("anp-similar__card--unlinked"));
                a.attr("href").unwrap_or("").to_owned()
            });
            if link.is_none() {
                assert!(card.has_class("anp-similar__card--unlinked"), "{card:?}");
                assert!(card.find_tag("a").is_empty());
            }
            let optional = |class: &str| {
                card.find_class(class)
                    .first()
                    .map(El::text)
                    .unwrap_or_default()
            };
            (
                title.text(),
                link,
                optional("anp-similar__topic"),
                optional("anp-similar__summary"),
            )
        })
        .collect()
}

#[test]
fn similar_posts_link_per_the_format() {
    let doc = similar_doc(
        json!([
            {"title": "explicit", "href": "https://example.com/a", "slug": "ignored",
             "topic": "topic 1", "summary": "summary 1"},
            {"title": "templated", "slug": "my-slug", "topic": "topic 2"},
            {"title": "spaced", "slug": "my slug", "summary": "summary 3"},
            {"title": "unlinked", "summary": "summary 4"},
            {"title": "refused", "href": "javascript:alert(1)"},
            {"title": "refused with slug", "href": "vbscript:x", "slug": "fallback"},
        ]),
        Some("/blog/{slug}"),
    );
    let expected = [
        (
            "explicit",
            Some("https://example.com/a"),
            "topic 1",
            "summary 1",
        ),
        ("templated", Some("/blog/my-slug"), "topic 2", ""),
        ("spaced", Some("/blog/my%20slug"), "", "summary 3"),
        ("unlinked", None, "", "summary 4"),
        ("refused", None, "", ""),
        ("refused with slug", Some("/blog/fallback"), "", ""),
    ]
    .map(|(t, l, topic, s)| {
        (
            t.to_owned(),
            l.map(str::to_owned),
            topic.to_owned(),
            s.to_owned(),
        )
    });
    assert_eq!(cards(&doc), expected);
    assert_no_attr_value(&doc, "javascript:");
    assert_no_attr_value(&doc, "vbscript:");
    assert!(!doc.html.contains("javascript:") && !doc.html.contains("vbscript:"));
    assert_eq!(doc.one("anp-similar__title").text(), "Similar Posts");
    assert_eq!(doc.root().count("anp-similar__empty"), 0);
    // Within a card: title, then topic, then summary.
    let first = doc.one("anp-similar__card").children();
    assert_eq!(
        first.iter().map(El::describe).collect::<Vec<_>>(),
        [
            "h3.anp-similar__card-title",
            "p.anp-similar__topic",
            "p.anp-similar__summary"
        ]
    );
}

#[test]
fn similar_posts_without_template_link_only_hrefs() {
    let doc = similar_doc(
        json!([{"title": "slug only", "slug": "a"}, {"title": "relative", "href": "/x"}]),
        None,
    );
    assert_eq!(
        cards(&doc).into_iter().map(|c| c.1).collect::<Vec<_>>(),
        [None, Some("/x".to_owned())]
    );
}

#[test]
fn similar_posts_empty_state_and_custom_title() {
    let doc = render_refs(Vec::new(), Some("/blog/{slug}"));
    assert_eq!(
        doc.one("anp-similar__empty").text(),
        "No similar posts yet."
    );
    assert_eq!(doc.root().count("anp-similar__list"), 0);
    let doc = render(|| view! { <SimilarPosts refs=Vec::new() title="Read next".to_owned() /> });
    assert_eq!(doc.one("anp-similar__title").text(), "Read next");
}

#[test]
fn similar_posts_show_six_and_the_rest_behind_a_disclosure() {
    let refs = |n: usize| {
        json!((0..n)
            .map(|i| json!({"title": format!("post {i}"), "slug": format!("p{i}")}))
            .collect::<Vec<_>>())
    };
    // Six or fewer: one list, nothing held back.
    let doc = similar_doc(refs(6), Some("/blog/{slug}"));
    assert_eq!(doc.root().count("anp-similar__item"), 6);
    assert_eq!(doc.root().count("anp-similar__more"), 0);
    assert_eq!(doc.root().count("anp-similar__list"), 1);

    // Sixty (a sample has as many): six shown, 54 in a `<details>` after the list,
    // every one a link, in order.
    let doc = similar_doc(refs(60), Some("/blog/{slug}"));
    let section = doc.one("anp-similar");
    assert_eq!(
        section
            .children()
            .iter()
            .map(El::describe)
            .collect::<Vec<_>>(),
        [
            "h2.anp-similar__title",
            "ul.anp-similar__list",
            "details.anp-similar__more"
        ]
    );
    let lists = section.find_class("anp-similar__list");
    assert_eq!(lists.len(), 2);
    assert_eq!(lists[0].count("anp-similar__item"), 6);
    let more = section.one("anp-similar__more");
    assert!(!more.has_attr("open"), "closed at first");
    let toggle = more.children();
    assert_eq!(
        toggle.iter().map(El::describe).collect::<Vec<_>>(),
        ["summary.anp-similar__toggle", "ul.anp-similar__list"]
    );
    assert!(toggle[1].has_class("anp-similar__list--more"));
    assert_eq!(more.one("anp-similar__show").text(), "Show 54 more");
    assert_eq!(more.one("anp-similar__hide").text(), "Show fewer");
    assert_eq!(
        more.one("anp-similar__list--more")
            .count("anp-similar__item"),
        54
    );
    let hrefs: Vec<_> = cards(&doc).into_iter().filter_map(|c| c.1).collect();
    assert_eq!(hrefs.len(), 60);
    assert_eq!(hrefs[6], "/blog/p6");
    assert_eq!(hrefs[59], "/blog/p59");
}

#[test]
fn similar_posts_more_is_in_the_readers_language_and_static_html_reaches_every_card() {
    let refs: Vec<Value> = (0..8)
        .map(|i| json!({"title": format!("post {i}"), "slug": format!("p{i}")}))
        .collect();
    let document = json!({"title": "T", "body": [], "similar": refs}).to_string();
    for (lang, show, hide) in [
        ("de", "2 weitere anzeigen", "Weniger anzeigen"),
        ("en", "Show 2 more", "Show fewer"),
        // Arabic has a form for two: not "عرض 2 عناصر أخرى".
        ("ar", "عرض عنصرين آخرين", "عرض أقل"),
        ("pl", "Pokaż jeszcze 2", "Pokaż mniej"),
    ] {
        let options = RenderOptions {
            lang: Some(lang.to_owned()),
            link_template: Some("/posts/{slug}".to_owned()),
            ..RenderOptions::default()
        };
        let html = prerender::render_post(&document, &options)
            .map(|r| r.html)
            .unwrap_or_default();
        let doc = Doc::parse(&html);
        let more = doc.one("anp-similar__more");
        assert_eq!(more.one("anp-similar__toggle").attr("lang"), Some(lang));
        assert_eq!(more.one("anp-similar__show").text(), show);
        assert_eq!(more.one("anp-similar__hide").text(), hide);
        // A disclosure needs no script: the static page holds every card as a link,
        // none inside `<noscript>`.
        assert_eq!(doc.root().find_tag("a").len(), 8, "{html}");
        assert!(!html.contains("<noscript"), "{html}");
    }
}

#[test]
fn similar_posts_more_is_translated_in_every_shipped_locale_with_its_plural_rule() {
    use alphanode_widgets::i18n::{Strings, Text, LOCALES};
    let english = Strings::for_tag("en");
    // 1, 2, 3, 5, 11, 21, 22 and 100 hidden cards: one, two, few and many where the
    // locale has them.
    for hidden in [1usize, 2, 3, 5, 11, 21, 22, 100] {
        let refs: Vec<Value> = (0..6 + hidden)
            .map(|i| json!({"title": format!("post {i}"), "slug": format!("p{i}")}))
            .collect();
        let document = json!({"title": "T", "body": [], "similar": refs}).to_string();
        for locale in LOCALES.iter() {
            let options = RenderOptions {
                lang: Some(locale.tag.to_owned()),
                ..RenderOptions::default()
            };
            let html = prerender::render_post(&document, &options)
                .map(|r| r.html)
                .unwrap_or_default();
            let doc = Doc::parse(&html);
            let show = doc.one("anp-similar__show").text();
            let strings = Strings::for_tag(locale.tag);
            assert_eq!(
                show,
                strings.count(Text::ShowMore, hidden),
                "{}",
                locale.tag
            );
            assert!(
                show.contains(&strings.number(&hidden.to_string()))
                    || (hidden <= 2 && matches!(locale.tag, "ar" | "he")),
                "{}: {show}",
                locale.tag
            );
            if locale.tag != "en" {
                assert_ne!(
                    show,
                    english.count(Text::ShowMore, hidden),
                    "{} is not English",
                    locale.tag
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------
// checklist
// ---------------------------------------------------------------------------

/// Checked flags and progress text of the first checklist of post `p`.
fn checklist_state(items: Value) -> (Vec<bool>, String) {
    let document =
        json!({"id": "p", "title": "T", "body": [{"type": "checklist", "items": items}]});
    let doc = render_post(&document.to_string());
    let checklist = doc.one("anp-checklist");
    let checked: Vec<bool> = checklist
        .find_class("anp-checklist__item")
        .iter()
        .map(|item| {
            let flag = item.one("anp-checklist__checkbox").has_attr("checked");
            assert_eq!(
                item.attr("data-checked"),
                Some(if flag { "true" } else { "false" })
            );
            flag
        })
        .collect();
    let progress = checklist.one("anp-checklist__progress").text();
    let bar = checklist.one("anp-checklist__bar");
    let done = checked.iter().filter(|c| **c).count().to_string();
    assert_eq!(bar.attr("value"), Some(done.as_str()));
    (checked, progress)
}

#[test]
fn checklist_defaults_come_from_the_document() {
    let key = checklist_storage_key("p", 0);
    storage::remove(&key);
    let state = checklist_state(json!([{"text": "a", "checked": true}, "b"]));
    assert_eq!(state, (vec![true, false], "1 of 2 done".to_owned()));
}

/// The server's HTML must be what the browser renders first, or hydration breaks: a
/// checklist renders its published defaults whatever storage holds (the browser
/// applies saved ticks after hydration; `tests/e2e/hydrate.test.mjs`,
/// `tests/e2e/storage.test.mjs`).
#[test]
fn checklist_renders_the_published_defaults_whatever_storage_holds() {
    let key = checklist_storage_key("p", 0);
    for saved in [
        r#"{"a":true}"#,
        r#"{"a":false,"b":true,"gone":true}"#,
        "not json",
        "[1,2]",
        r#"{"a":"yes"}"#,
        "",
    ] {
        storage::set(&key, saved).expect("native storage");
        let state = checklist_state(json!([{"text": "a", "checked": true}, "b"]));
        assert_eq!(
            state,
            (vec![true, false], "1 of 2 done".to_owned()),
            "saved {saved:?}"
        );
    }
    storage::remove(&key);
}

/// What the browser applies after hydration: saved state overrides a published
/// default in both directions, and anything that is not an object of booleans is
/// ignored.
#[test]
fn saved_checklist_state_overrides_the_defaults() {
    use alphanode_widgets::components::restore_checklist_state;
    use alphanode_widgets::model::{Checklist, ChecklistItem};
    let list = Checklist {
        title: None,
        items: vec![
            ChecklistItem {
                text: "a".into(),
                checked: true,
            },
            ChecklistItem {
                text: "b".into(),
                checked: false,
            },
        ],
    };
    assert_eq!(
        restore_checklist_state(&list, Some(r#"{"a":true}"#)),
        vec![true, false]
    );
    assert_eq!(
        restore_checklist_state(&list, Some(r#"{"a":false,"b":true,"gone":true}"#)),
        vec![false, true]
    );
    for saved in [
        "not json",
        "[1,2]",
        r#"{"a":"yes"}"#,
        "",
        "null",
        r#"{"a":1}"#,
    ] {
        assert_eq!(
            restore_checklist_state(&list, Some(saved)),
            vec![true, false],
            "saved {saved:?}"
        );
    }
}

// ---------------------------------------------------------------------------
// theme
// ---------------------------------------------------------------------------

#[test]
fn theme_is_an_attribute() {
    for theme in Theme::ALL {
        let state = ArticleState::from_parsed(parse_post(r#"{"title":"T","body":[]}"#, None));
        let options = RenderOptions {
            theme,
            ..RenderOptions::default()
        };
        let rendered = Doc::parse(&prerender::render_article(&state, &options));
        assert_eq!(rendered.root().attr("data-theme"), Some(theme.as_str()));
        let doc = render(move || view! { <Article state theme /> });
        assert_eq!(doc.root().attr("data-theme"), Some(theme.as_str()));
    }
    let doc = render(|| view! { <Article state=ArticleState::Loading theme=Theme::Dark /> });
    assert_eq!(doc.root().attr("data-theme"), Some("dark"));
}

#[test]
fn big_score_objects_are_paged_like_other_collections() {
    let scores: serde_json::Map<String, Value> = (0..120)
        .map(|i| (format!("k{i}"), Value::from(i % 101)))
        .collect();
    let doc = render_meta(serde_json::json!({ "g": Value::Object(scores) }));
    assert_eq!(doc.by_class("anp-meta__meter").len(), 50);
    let more = doc.one("anp-meta__more");
    assert_eq!(more.text(), "Show 70 more");
}

#[test]
fn refs_built_in_code_are_checked_too() {
    let refs = vec![PostRef {
        title: "x".into(),
        href: Some("javascript:alert(1)".into()),
        ..PostRef::default()
    }];
    let doc = render(move || view! { <SimilarPosts refs /> });
    assert!(doc.by_class("anp-similar__link").is_empty());
    assert_no_attr_value(&doc, "javascript:");
}

#[test]
fn caption_and_credit_read_as_one_line() {
    let doc = render_body(serde_json::json!([{
        "type": "image", "src": "https://x.test/a.png", "alt": "a",
        "caption": "visual reference 1", "credit": "unsplash"
    }]));
    assert_eq!(
        doc.one("anp-figure__caption").text(),
        "visual reference 1. image source: unsplash"
    );
}

#[test]
fn heading_level_moves_every_heading_down() {
    let json = r#"{"title":"T","body":[{"type":"heading","text":"h","level":3},
        {"type":"checklist","title":"c","items":["a"]}],"meta":{"k":1},
        "similar":[{"title":"s","slug":"s"}]}"#;
    let state = ArticleState::from_parsed(parse_post(json, None));
    let options = RenderOptions {
        heading_level: 2,
        ..RenderOptions::default()
    };
    let rendered = Doc::parse(&prerender::render_article(&state, &options));
    let doc = render(move || view! { <Article state heading_level=2u8 /> });
    for doc in [doc, rendered] {
        let tags = |class: &str| doc.one(class).name().to_owned();
        assert_eq!(tags("anp-article__title"), "h2");
        assert_eq!(tags("anp-body__heading"), "h4");
        assert_eq!(tags("anp-checklist__title"), "h3");
        assert_eq!(tags("anp-meta__title"), "h3");
        assert_eq!(tags("anp-similar__title"), "h3");
        assert_eq!(tags("anp-similar__card-title"), "h4");
    }
}

// ---------------------------------------------------------------------------
// static HTML (pre-rendering): nothing waits behind a button that needs JavaScript
// ---------------------------------------------------------------------------

/// A post whose meta has a long list and a deep group in its first page, then 120
/// numbered keys: things that sit behind "Show N more" and collapsed-group buttons.
fn big_meta_post() -> String {
    let mut meta = serde_json::Map::new();
    meta.insert(
        "long list".into(),
        json!((0..70).map(|i| format!("item {i}")).collect::<Vec<_>>()),
    );
    meta.insert(
        "deep".into(),
        json!({"a": {"b": {"c": {"d": {"e": "bottom value"}}}}}),
    );
    for i in 0..120 {
        meta.insert(format!("key {i:03}"), json!(format!("value {i:03}")));
    }
    json!({"title": "T", "body": [], "meta": meta}).to_string()
}

#[test]
fn static_html_puts_what_sits_behind_buttons_in_noscript() {
    let rendered = prerender::render_post(&big_meta_post(), &RenderOptions::default())
        .expect("the post renders");
    // Read as a browser without JavaScript reads it: `<noscript>` holds elements.
    let doc = Doc::parse(&rendered.html);
    let text = doc.text();
    for needle in ["item 69", "bottom value", "key 119", "value 119", "key 000"] {
        assert!(
            text.contains(needle),
            "{needle} is missing from the static HTML"
        );
    }
    // No button that only works with JavaScript.
    assert_eq!(doc.by_class("anp-meta__more").len(), 0);
    assert_eq!(doc.by_class("anp-meta__expand").len(), 0);
    // The rest of the top-level entries, the rest of the long list and the collapsed
    // group: three fallbacks, none inside another (a nested `</noscript>` would end
    // the outer one early in a browser with scripting on).
    let fallbacks: Vec<_> = doc
        .all()
        .into_iter()
        .filter(|e| e.name() == "noscript")
        .collect();
    assert_eq!(fallbacks.len(), 3, "{}", rendered.html);
    for fallback in &fallbacks {
        assert!(
            fallback.find_tag("noscript").is_empty(),
            "nested noscript: {}",
            fallback.outer()
        );
    }
    // And as a browser with scripting on reads it: each fallback is one text, and none
    // ends early (an early `</noscript>` would leave a stray one, a parse error).
    let scripted = anp_html_reader::parse_fragment(&rendered.html, true);
    assert!(scripted.errors.is_empty(), "{:?}", scripted.errors);
    let noscripts = anp_html_reader::scraper::Selector::parse("noscript").expect("a selector");
    assert_eq!(scripted.select(&noscripts).count(), 3);
    for fallback in scripted.select(&noscripts) {
        assert_eq!(fallback.child_elements().count(), 0, "{}", fallback.html());
    }
    // What shows at once (outside the fallbacks) is the same first page as in the browser.
    let pages = doc.by_class("anp-meta__entries");
    assert_eq!(
        pages.len(),
        2,
        "the first page and the fallback's one page of the rest"
    );
    assert_eq!(entry_keys(pages[0]).len(), DEFAULT_PAGE_SIZE);
    assert_eq!(entry_keys(pages[1]).len(), 122 - DEFAULT_PAGE_SIZE);

    // The browser's render keeps the buttons and has no fallback.
    let live = render_live_post(&big_meta_post());
    assert!(live.all().iter().all(|e| e.name() != "noscript"));
    assert_eq!(live.by_class("anp-meta__more").len(), 2);
    assert_eq!(live.by_class("anp-meta__expand").len(), 1);
}

#[test]
fn static_html_of_the_deepest_allowed_document_renders_every_level() {
    // In static HTML a collapsed group is rendered in full at once, so the whole
    // depth is rendered in one go (on a test thread's small stack here).
    let depth = alphanode_widgets::model::MAX_DEPTH;
    let rendered = prerender::render_post(&nested_post(depth), &RenderOptions::default())
        .expect("the deepest allowed document renders");
    let doc = Doc::parse(&rendered.html);
    assert_eq!(doc.by_class("anp-meta__expand").len(), 0);
    let fallbacks = doc
        .all()
        .into_iter()
        .filter(|e| e.name() == "noscript")
        .count();
    assert_eq!(
        fallbacks, 1,
        "one fallback holds everything below the collapse depth"
    );
    assert!(
        doc.text().contains("bottom: here"),
        "the deepest value is there"
    );
    // Every level's key, in order, down to the deepest.
    let mut expected: Vec<String> = (0..depth - 2).map(|l| format!("level {l}")).collect();
    expected.push("bottom".into());
    assert_eq!(shown_keys(&doc), expected);
}

// ---------------------------------------------------------------------------
// hydration
// ---------------------------------------------------------------------------

/// Hydration needs the browser's first render to equal the server's, so nothing in
/// the HTML may come from a counter, a clock or randomness: rendering a post again
/// (after other renders, in a fresh owner) gives the same bytes, and the components
/// set no `id` (which would have to be derived from the post).
#[test]
fn rendering_is_deterministic_and_sets_no_ids() {
    let json =
        include_str!("../public/posts/keeping-staging-close-to-production-python-services.json");
    let html = || {
        let state = ArticleState::from_parsed(parse_post(json, None));
        common::render::component(|| view! { <Article state /> })
    };
    let first = html();
    let _other = render_post(r#"{"title":"T","body":[{"type":"checklist","items":["a"]}]}"#);
    let _live = render_live_post(r#"{"title":"T","body":[{"type":"checklist","items":["a"]}]}"#);
    assert_eq!(html(), first);
    let doc = Doc::parse(&first);
    assert_eq!(doc.root().describe(), "article.anp-article");
    let ids: Vec<_> = doc.all().into_iter().filter(|e| e.has_attr("id")).collect();
    assert!(ids.is_empty(), "ids on {ids:?}");
}

#[test]
fn keys_and_labels_hold_their_separator_and_entries_their_value() {
    let doc = render_meta(json!({
        "topic": "staging",
        "score": {"quality": 80, "depth": 70},
        "flags": {"has images": 1, "image heavy": 0}
    }));
    // Each key and label: its text, then the separator inside it, and nothing else
    // (no whitespace between them, so the text reads `key: value`).
    for (class, text) in [
        ("anp-meta__key", "topic"),
        ("anp-meta__score-label", "quality"),
        ("anp-meta__flag-label", "has images"),
    ] {
        let label = doc
            .by_class(class)
            .into_iter()
            .find(|e| e.own_text() == text)
            .unwrap_or_else(|| panic!("no .{class} {text:?} in {}", doc.html));
        assert_eq!(label.attrs(), [("class", class), ("dir", "auto")]);
        assert_eq!(
            child_nodes(label),
            [format!("{text:?}"), "span.anp-meta__sep".into()]
        );
        let sep = label.one("anp-meta__sep");
        assert_eq!(sep.attrs(), [("class", "anp-meta__sep")]);
        assert_eq!(sep.raw_text(), ": ");
    }
    // An entry is its key, then its value, which holds the value's text.
    let entry = entry(doc.one("anp-meta__entries"), "topic");
    assert_eq!(entry.name(), "div");
    assert_eq!(
        child_nodes(entry),
        ["dt.anp-meta__key", "dd.anp-meta__value"]
    );
    let value = entry.one("anp-meta__value");
    assert_eq!(value.attrs(), [("class", "anp-meta__value")]);
    assert_eq!(child_nodes(value), ["span.anp-meta__text"]);
    let text = value.one("anp-meta__text");
    assert_eq!(text.attrs(), [("class", "anp-meta__text"), ("dir", "auto")]);
    assert_eq!(child_nodes(text), ["\"staging\""]);
}

/// An element's child nodes: elements as `tag.first-class`, text quoted.
fn child_nodes(el: El<'_>) -> Vec<String> {
    el.child_nodes()
        .iter()
        .map(|c| match c {
            Child::Text(t) => format!("{t:?}"),
            Child::El(e) => e.describe(),
        })
        .collect()
}
