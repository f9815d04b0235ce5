//! Custom renderers (issue 30, part 3), natively: the body writer's one hook
//! (`WriteCx::renderers`), the Leptos `BlockRenderers` context written on a server,
//! blocks of unknown types kept for a renderer, and the warnings a taken type loses.
//!
//! Run with `cargo test --features ssr --test renderers`.

use std::rc::Rc;

use alphanode_widgets::components::{
    Article, ArticleBody, ArticleState, BlockInput, BlockOverride, BlockRenderers, CustomBlock,
    Overrides, RenderCx,
};
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

/// An override as the embed's is: it takes a type the format does not know.
struct Callouts;

impl BlockOverride for Callouts {
    fn takes(&self, type_name: &str) -> bool {
        type_name == "callout" || type_name == "image"
    }

    fn render(&self, block: BlockInput<'_>, cx: &RenderCx<'_>) -> Option<CustomBlock> {
        match block {
            BlockInput::Unknown(u) => {
                assert_eq!(cx.default_html, "");
                assert_eq!(
                    (cx.index, cx.path.as_str(), cx.lang),
                    (2, "body[2]", Some("en"))
                );
                Some(CustomBlock::Html(format!(
                    "<aside>{}</aside>",
                    u.json["tone"].as_str().unwrap_or_default()
                )))
            }
            BlockInput::Known(b) => {
                // The refused URL is not in what a renderer is given.
                assert_eq!(b.to_json(), json!({"type": "image", "alt": "alt"}));
                Some(CustomBlock::Html(format!(
                    "<div class=\"frame\">{}</div>",
                    cx.default_html
                )))
            }
        }
    }
}

#[test]
fn an_unknown_type_a_renderer_takes_shows_in_its_place_and_is_no_longer_a_warning() {
    let parsed = parse_post(POST, None);
    let post = parsed.value.clone().unwrap_or_default();
    assert_eq!(post.unknown_blocks.len(), 1);
    assert_eq!(post.unknown_blocks[0].type_name, "callout");
    assert_eq!(post.unknown_blocks[0].source_index, 2);
    let overrides = Overrides::new(Rc::new(Callouts));
    let warnings = parsed.diagnostics.clone();
    let shown = overrides.shown_warnings(&post.unknown_blocks, &warnings);
    assert!(warnings.iter().any(|w| w.path == "body[2].type"));
    assert!(!shown.iter().any(|w| w.path == "body[2].type"));
    assert_eq!(
        shown.len(),
        warnings.len() - 1,
        "the others stay: {shown:?}"
    );
    assert_eq!(
        Overrides::default()
            .shown_warnings(&post.unknown_blocks, &warnings)
            .len(),
        warnings.len()
    );
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
