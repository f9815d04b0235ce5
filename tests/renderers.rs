//! Custom renderers (issue 30, part 3), natively: the body writer's one hook
//! (`WriteCx::renderers`), the Leptos `BlockRenderers` context written on a server,
//! blocks of unknown types shown by its `with_unknown` renderers, and the warnings a
//! shown unknown block loses (and one left to the default keeps).
//!
//! Run with `cargo test --features ssr --test renderers`.

use alphanode_widgets::components::{Article, ArticleBody, ArticleState, BlockRenderers};
use alphanode_widgets::model::{parse_post, BlockKind, BLOCK_TYPES};
use leptos::prelude::*;
use serde_json::json;

const POST: &str = r#"{"id": "p", "lang": "en", "title": "T", "body": [
    {"type": "paragraph", "text": "before"},
    {"type": "code", "code": "<x>", "language": "rust"},
    {"type": "callout", "tone": "info", "text": "note"},
    {"type": "checklist", "items": ["a", {"text": "b", "checked": true}]},
    {"type": "image", "src": "javascript:alert(1)", "alt": "alt"},
    {"type": "code", "code": "y"}]}"#;

fn article(renderers: Option<BlockRenderers>) -> String {
    let state = ArticleState::from_parsed(parse_post(POST, Some("https://a.test/posts/p.json")));
    let owner = Owner::new();
    owner.with(|| {
        if let Some(r) = renderers {
            provide_context(r);
        }
        view! { <Article state /> }.to_html()
    })
}

/// The body's HTML alone (without hydration markers the two renders share).
fn body_of(html: &str) -> &str {
    let start = html.find(r#"<div class="anp-body""#).unwrap_or(0);
    let end = html[start..]
        .find(r#"<section class="anp-meta"#)
        .map_or(html.len(), |e| start + e);
    &html[start..end]
}

#[test]
fn a_leptos_renderer_replaces_its_type_and_leaves_every_other_block_as_it_was() {
    let plain = article(None);
    let custom = article(Some(BlockRenderers::default().with("code", |block, cx| {
        let BlockKind::Code { code, .. } = &block.kind else {
            return None;
        };
        Some(
            view! { <pre class="host-code" data-at=cx.path.clone()>{code.clone()}</pre> }
                .into_any(),
        )
    })));
    assert!(custom.contains(
        r#"<div class="anp-custom" data-block-type="code" data-path="body[1]"><pre data-at="body[1]" class="host-code">&lt;x&gt;</pre></div>"#
    ), "{custom}");
    assert!(
        custom.contains(r#"data-path="body[5]"><pre data-at="body[5]" class="host-code">y</pre>"#)
    );
    assert!(!custom.contains("anp-code"), "no default code block left");
    // Everything else is written as without renderers: the checklist (still a live one,
    // with its progress), the figure, the warnings (the callout is nobody's here).
    let strip = |html: &str| {
        body_of(html)
            .replace(r#"<div class="anp-custom" data-block-type="code" data-path="body[1]"><pre data-at="body[1]" class="host-code">&lt;x&gt;</pre></div>"#, "")
            .replace(r#"<div class="anp-custom" data-block-type="code" data-path="body[5]"><pre data-at="body[5]" class="host-code">y</pre></div>"#, "")
    };
    let without_code = |html: &str| {
        let mut out = body_of(html).to_owned();
        while let Some(start) = out.find(r#"<figure class="anp-code""#) {
            let end = out[start..]
                .find("</figure>")
                .map_or(out.len(), |e| start + e + "</figure>".len());
            out.replace_range(start..end, "");
        }
        out
    };
    assert_eq!(strip(&custom), without_code(&plain));
    assert!(custom.contains("1 of 2 done"));
    assert!(
        custom.contains("unknown block type"),
        "the callout has no renderer here"
    );
}

#[test]
fn a_leptos_renderer_that_returns_none_writes_the_default() {
    let plain = article(None);
    let none = article(Some(
        BlockRenderers::default()
            .with("code", |_, _| None)
            .with("paragraph", |_, cx| {
                assert_eq!(
                    cx.default_html,
                    r#"<p class="anp-body__paragraph" dir="auto">before</p>"#
                );
                None
            }),
    ));
    assert_eq!(none, plain);
}

/// What the article shows between `from` and `to` (`to` searched after `from`).
fn between<'a>(html: &'a str, from: &str, to: &str) -> &'a str {
    let start = html.find(from).map_or(html.len(), |s| s + from.len());
    let rest = html.get(start..).unwrap_or_default();
    rest.get(..rest.find(to).unwrap_or(rest.len()))
        .unwrap_or_default()
}

const CALLOUT: &str = r#"<div class="anp-custom" data-block-type="callout" data-path="body[2]"><aside data-tone="info" class="host-callout">note</aside></div>"#;

#[test]
fn a_leptos_renderer_for_an_unknown_type_shows_it_in_its_place_and_drops_its_warning() {
    let plain = article(None);
    let custom = article(Some(
        BlockRenderers::default()
            .with_unknown("callout", |json, cx| {
                // The block as published, and where it sits.
                assert_eq!(
                    json,
                    &json!({"type": "callout", "tone": "info", "text": "note"})
                );
                assert_eq!(
                    (
                        cx.index,
                        cx.path.as_str(),
                        cx.lang,
                        cx.default_html.as_str()
                    ),
                    (2, "body[2]", Some("en"), "")
                );
                let tone = json.get("tone")?.as_str()?.to_owned();
                let text = json.get("text")?.as_str()?.to_owned();
                Some(view! { <aside class="host-callout" data-tone=tone>{text}</aside> }.into_any())
            })
            // A type of the format at the same time: given parsed, the refused URL
            // left out.
            .with("image", |block, cx| {
                assert_eq!(block.to_json(), json!({"type": "image", "alt": "alt"}));
                Some(
                    view! { <div class="frame" inner_html=cx.default_html.clone()></div> }
                        .into_any(),
                )
            }),
    ));
    // In its published place: after the first code block, before the checklist.
    let body = body_of(&custom);
    let callout = body.find(CALLOUT).unwrap_or(usize::MAX);
    assert!(callout < body.len(), "{body}");
    assert!(body
        .find(r#"class="anp-code""#)
        .is_some_and(|c| c < callout));
    assert!(body
        .find(r#"class="anp-checklist""#)
        .is_some_and(|c| c > callout));
    assert!(!body_of(&plain).contains("host-callout"));
    // The image renderer wrapped the widget's own figure.
    assert!(custom.contains(r#"data-block-type="image" data-path="body[4]"><div class="frame"><figure class="anp-figure""#), "{custom}");
    // The callout's warning went; the refused image URL's stayed, on both.
    assert!(plain.contains("unknown block type"), "{plain}");
    assert!(!custom.contains("unknown block type"), "{custom}");
    let diagnostics =
        |html: &str| between(html, r#"class="anp-diagnostics"#, "</section>").to_owned();
    assert!(diagnostics(&plain).contains("body[4].src"), "{plain}");
    assert!(diagnostics(&custom).contains("body[4].src"), "{custom}");
    // The checklist is still the widget's, with its progress.
    assert!(custom.contains("1 of 2 done"));
}

#[test]
fn an_unknown_type_whose_renderer_returns_none_stays_skipped_with_its_warning() {
    let plain = article(None);
    assert!(plain.contains("unknown block type"));
    let none = article(Some(
        BlockRenderers::default().with_unknown("callout", |_, _| None),
    ));
    assert_eq!(none, plain);
    // A renderer of the other kind never sees the block: `with` is for the format's
    // types, `with_unknown` for the others.
    let mismatched = article(Some(
        BlockRenderers::default()
            .with("callout", |_, _| panic!("a callout is not a format block"))
            .with_unknown("code", |_, _| panic!("a code block is not unknown")),
    ));
    assert_eq!(mismatched, plain);
    // The last renderer given for a type is the one asked.
    let replaced = article(Some(
        BlockRenderers::default()
            .with_unknown("callout", |_, _| {
                Some(view! { <aside class="host-callout" data-tone="x">"old"</aside> }.into_any())
            })
            .with_unknown("callout", |_, _| None),
    ));
    assert_eq!(replaced, plain);
}

#[test]
fn a_block_as_json_has_the_format_fields_of_its_type() {
    let post = parse_post(
        r#"{"title": "T", "body": [
            {"type": "paragraph", "text": "p"},
            {"type": "heading", "text": "h", "level": 3},
            {"type": "image", "src": "i.png", "caption": "c", "credit": "u", "credit_url": "https://u.test/"},
            {"type": "list", "items": ["a"]},
            {"type": "checklist", "title": "t", "items": ["a", {"text": "b", "checked": true}]},
            {"type": "quote", "text": "q"},
            {"type": "code", "code": "c", "language": "rust"}]}"#,
        Some("https://a.test/posts/p.json"),
    )
    .value
    .unwrap_or_default();
    let json: Vec<_> = post.body.iter().map(|b| b.to_json()).collect();
    assert_eq!(
        json,
        [
            json!({"type": "paragraph", "text": "p"}),
            json!({"type": "heading", "text": "h", "level": 3}),
            json!({"type": "image", "src": "https://a.test/posts/i.png", "caption": "c", "credit": "u", "credit_url": "https://u.test/"}),
            json!({"type": "list", "items": ["a"], "ordered": false}),
            json!({"type": "checklist", "title": "t", "items": [{"text": "a", "checked": false}, {"text": "b", "checked": true}]}),
            json!({"type": "quote", "text": "q"}),
            json!({"type": "code", "code": "c", "language": "rust"}),
        ]
    );
    // Every type the parser knows is in BLOCK_TYPES, so none is taken for unknown.
    let names: Vec<_> = post.body.iter().map(|b| b.kind.type_name()).collect();
    assert_eq!(names, BLOCK_TYPES);
    assert!(post.unknown_blocks.is_empty());
}

#[test]
fn article_body_alone_reads_the_renderers_context_too() {
    let blocks = parse_post(POST, None).value.unwrap_or_default().body;
    let owner = Owner::new();
    let html = owner.with(|| {
        provide_context(BlockRenderers::default().with("paragraph", |_, _| {
            Some(view! { <p class="mine">"mine"</p> }.into_any())
        }));
        view! { <ArticleBody blocks /> }.to_html()
    });
    assert!(
        html.contains(r#"data-path="body[0]"><p class="mine">mine</p></div>"#),
        "{html}"
    );
}
