//! Native tests of the format contract (`docs/post-format.md`): every row of its tables
//! and every error path, with exact values, paths and messages.
//!
//! Run with `cargo test --features ssr --test model`.

mod common;

use alphanode_widgets::model::{
    check_url, classify, fill_link_template, format_number, is_absolute_web_url, parse_index,
    parse_json, parse_post, post_from_value, Block, BlockKind, Checklist, ChecklistItem, Decimal,
    Diagnostic, Failure, Image, Index, IndexEntry, JsonPath, MetaKind, Parsed, Post, PostRef,
    Severity, UrlRefusal, MAX_DEPTH,
};
use serde_json::{json, Number, Value};

// ---------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------

const BASE: &str = "https://cdn.example/posts/p.json";
const REFERENCE_SLUG: &str = "keeping-staging-close-to-production-python-services";

/// Every diagnostic as `"<severity>: <path>: <message>[ (line l, column c)]"`, so one
/// comparison checks severity, path, message and position.
fn described(diagnostics: &[Diagnostic]) -> Vec<String> {
    diagnostics
        .iter()
        .map(|d| format!("{}: {d}", d.severity.as_str()))
        .collect()
}

/// A document that must load; returns it with its described diagnostics.
fn loads<T: std::fmt::Debug>(parsed: Parsed<T>) -> (T, Vec<String>) {
    let diagnostics = described(&parsed.diagnostics);
    let value = parsed
        .value
        .unwrap_or_else(|| panic!("expected a value, got diagnostics {diagnostics:?}"));
    (value, diagnostics)
}

/// A document that must be refused; returns its described diagnostics.
fn refused<T: std::fmt::Debug>(parsed: Parsed<T>) -> Vec<String> {
    assert!(
        parsed.value.is_none(),
        "expected no value, got {:?}",
        parsed.value
    );
    assert!(
        parsed.diagnostics.iter().any(Diagnostic::is_error),
        "a refused document must carry an error: {:?}",
        parsed.diagnostics
    );
    described(&parsed.diagnostics)
}

fn load_post(text: &str) -> (Post, Vec<String>) {
    loads(parse_post(text, None))
}

fn post_value(value: &Value) -> (Post, Vec<String>) {
    loads(post_from_value(value, None))
}

fn post_refused(text: &str) -> Vec<String> {
    refused(parse_post(text, None))
}

/// A post with the given `body`, parsed against [`BASE`].
fn body(blocks: Value) -> (Vec<Block>, Vec<String>) {
    let (post, diagnostics) = loads(post_from_value(
        &json!({ "title": "T", "body": blocks }),
        Some(BASE),
    ));
    (post.body, diagnostics)
}

/// One block as `body[0]`: its kind (if it was kept) and the diagnostics.
fn block(value: Value) -> (Option<BlockKind>, Vec<String>) {
    let (blocks, diagnostics) = body(json!([value]));
    assert!(blocks.len() <= 1);
    let kind = blocks.into_iter().next().map(|b| {
        assert_eq!(b.source_index, 0);
        b.kind
    });
    (kind, diagnostics)
}

/// A block that must be kept.
fn kept(value: Value) -> (BlockKind, Vec<String>) {
    let (kind, diagnostics) = block(value);
    (kind.expect("block was skipped"), diagnostics)
}

/// A block that must be skipped; returns the diagnostics.
fn skipped(value: Value) -> Vec<String> {
    let (kind, diagnostics) = block(value);
    assert_eq!(kind, None, "block was kept");
    diagnostics
}

/// One post ref as `similar[0]`, parsed against [`BASE`].
fn similar(value: Value) -> (Option<PostRef>, Vec<String>) {
    let (post, diagnostics) = loads(post_from_value(
        &json!({ "title": "T", "body": [], "similar": [value] }),
        Some(BASE),
    ));
    assert!(post.similar.len() <= 1);
    (post.similar.into_iter().next(), diagnostics)
}

fn num(text: &str) -> Number {
    serde_json::from_str(text).expect("a JSON number")
}

fn text_of(kind: &BlockKind) -> &str {
    match kind {
        BlockKind::Paragraph { text }
        | BlockKind::Heading { text, .. }
        | BlockKind::Quote { text, .. } => text,
        BlockKind::Code { code, .. } => code,
        other => panic!("no text in {other:?}"),
    }
}

fn paragraph(text: &str) -> Value {
    json!({ "type": "paragraph", "text": text })
}

/// `{"title":"t","body":[],"meta":{"deep": [[…]]}}` where the deepest point is
/// `total_depth` levels deep, counting the top-level object. The meta part starts
/// line 3 and begins with the returned prefix.
fn deep_post(total_depth: usize) -> (String, &'static str) {
    // Top-level object and meta object are 2 levels; the rest are arrays.
    let arrays = total_depth - 2;
    let meta_prefix = "\"meta\":{\"deep\":";
    let text = format!(
        "{{\n\"title\":\"t\",\"body\":[],\n{meta_prefix}{}{}}}}}",
        "[".repeat(arrays),
        "]".repeat(arrays)
    );
    (text, meta_prefix)
}

/// Alternating arrays and objects, `levels` deep in total: `[{"k":[{"k":…1}]}]`.
fn nested_mixed(levels: usize) -> String {
    let is_array = |level: usize| level.is_multiple_of(2);
    let open: String = (0..levels)
        .map(|l| if is_array(l) { "[" } else { "{\"k\":" })
        .collect();
    let close: String = (0..levels)
        .rev()
        .map(|l| if is_array(l) { ']' } else { '}' })
        .collect();
    // An innermost object needs a value for its key.
    let inner = if levels > 0 && !is_array(levels - 1) {
        "1"
    } else {
        ""
    };
    format!("{open}{inner}{close}")
}

fn nesting_of(value: &Value) -> usize {
    match value {
        Value::Array(items) => 1 + items.iter().map(nesting_of).max().unwrap_or(0),
        Value::Object(map) => 1 + map.values().map(nesting_of).max().unwrap_or(0),
        _ => 0,
    }
}

fn reference_text(name: &str) -> String {
    let path = format!("{}/public/posts/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn reference_post() -> (Post, Vec<String>) {
    loads(parse_post(
        &reference_text(&format!("{REFERENCE_SLUG}.json")),
        Some(&format!("https://example.test/posts/{REFERENCE_SLUG}.json")),
    ))
}

const REFUSED_JS: &str =
    "URL with scheme \"javascript:\" refused (only http, https and relative URLs are allowed)";

// ---------------------------------------------------------------------------
// Post table
// ---------------------------------------------------------------------------

#[test]
fn post_every_field() {
    let (post, diagnostics) = post_value(&json!({
        "format": "alphanode.post/1",
        "id": "alphanode-027517",
        "slug": "keeping-staging",
        "title": "the headline",
        "body": [paragraph("one")],
        "meta": { "b": 1, "a": "x" },
        "similar": [{ "title": "other" }]
    }));
    assert_eq!(diagnostics, Vec::<String>::new());
    assert_eq!(post.format.as_deref(), Some("alphanode.post/1"));
    assert_eq!(post.id.as_deref(), Some("alphanode-027517"));
    assert_eq!(post.slug.as_deref(), Some("keeping-staging"));
    assert_eq!(post.title, "the headline");
    assert_eq!(
        post.body,
        vec![Block {
            source_index: 0,
            kind: BlockKind::Paragraph { text: "one".into() }
        }]
    );
    let meta = post.meta.as_ref().expect("meta");
    assert_eq!(meta.keys().collect::<Vec<_>>(), ["b", "a"]);
    assert_eq!(meta["a"], json!("x"));
    assert_eq!(
        post.similar,
        vec![PostRef {
            title: "other".into(),
            ..PostRef::default()
        }]
    );
    assert_eq!(post.state_key(), Some("alphanode-027517"));
}

#[test]
fn post_minimal_has_defaults() {
    let (post, diagnostics) = load_post(r#"{"title":"T","body":[]}"#);
    assert_eq!(diagnostics, Vec::<String>::new());
    assert_eq!(
        post,
        Post {
            title: "T".into(),
            ..Post::default()
        }
    );
    assert_eq!(post.state_key(), None);
    // `null` for optional fields is the same as absent.
    let (post, diagnostics) = load_post(
        r#"{"title":"T","body":[],"format":null,"id":null,"slug":null,"meta":null,"similar":null}"#,
    );
    assert_eq!(diagnostics, Vec::<String>::new());
    assert_eq!(
        post,
        Post {
            title: "T".into(),
            ..Post::default()
        }
    );
}

#[test]
fn state_key_falls_back_to_slug() {
    let (post, _) = load_post(r#"{"slug":"s","title":"T","body":[]}"#);
    assert_eq!(post.state_key(), Some("s"));
}

#[test]
fn missing_title_is_an_error() {
    assert_eq!(
        post_refused(r#"{"body":[]}"#),
        ["error: title: required field is missing"]
    );
}

#[test]
fn non_string_title_is_an_error() {
    for (title, found) in [
        ("5", "a number"),
        ("null", "null"),
        ("true", "a boolean"),
        ("[\"a\"]", "an array"),
        ("{}", "an object"),
    ] {
        assert_eq!(
            post_refused(&format!(r#"{{"title":{title},"body":[]}}"#)),
            [format!("error: title: expected a string, found {found}")],
            "title {title}"
        );
    }
}

#[test]
fn missing_or_non_array_body_reports_an_error() {
    for (text, expected) in [
        (
            r#"{"title":"T"}"#,
            vec!["error: body: required field is missing"],
        ),
        (
            r#"{"title":"T","body":{"type":"paragraph"}}"#,
            vec!["error: body: expected an array, found an object"],
        ),
        (
            r#"{"title":"T","body":"text"}"#,
            vec!["error: body: expected an array, found a string"],
        ),
        // Both problems are reported, not just the first.
        (
            r#"{"body":null}"#,
            vec![
                "error: title: required field is missing",
                "error: body: expected an array, found null",
            ],
        ),
    ] {
        assert_eq!(
            described(&parse_post(text, None).diagnostics),
            expected,
            "{text}"
        );
    }
}

/// The format: "A document without a string `title`, without a `body` array […] is an
/// error: the widget shows its error state". Today a post without a body array is
/// still returned (with an empty body), so `into_result` is `Ok` and the error ends up
/// among the warnings of a rendered post.
#[test]
fn missing_or_non_array_body_refuses_the_post() {
    for text in [
        r#"{"title":"T"}"#,
        r#"{"title":"T","body":{"type":"paragraph"}}"#,
        r#"{"title":"T","body":null}"#,
    ] {
        assert_eq!(post_refused(text).len(), 1, "{text}");
        let failure = parse_post(text, None).into_result().expect_err(text);
        assert!(failure.summary.starts_with("body: "), "{}", failure.summary);
    }
}

#[test]
fn top_level_must_be_an_object() {
    for (text, found) in [
        ("[]", "an array"),
        (r#"[{"title":"T","body":[]}]"#, "an array"),
        (r#""a post""#, "a string"),
        ("null", "null"),
        ("42", "a number"),
        ("true", "a boolean"),
    ] {
        assert_eq!(
            post_refused(text),
            [format!(
                "error: $: a post must be a JSON object, found {found}"
            )],
            "{text}"
        );
    }
}

#[test]
fn refused_post_becomes_a_failure_with_its_message() {
    let failure = parse_post(r#"{"title":1,"body":[]}"#, None)
        .into_result()
        .expect_err("refused");
    assert_eq!(failure.summary, "title: expected a string, found a number");
    assert_eq!(failure.to_string(), failure.summary);
    assert_eq!(failure.diagnostics.len(), 1);
    assert_eq!(failure.diagnostics[0].path, "title");
    assert_eq!(failure.diagnostics[0].severity, Severity::Error);

    let (post, warnings) = parse_post(r#"{"title":"T","body":[1]}"#, None)
        .into_result()
        .expect("loads");
    assert_eq!(post.title, "T");
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].severity, Severity::Warning);

    assert_eq!(
        Failure::from_diagnostics(Vec::new()).summary,
        "the document could not be read"
    );
    assert_eq!(Failure::message("HTTP 404").to_string(), "HTTP 404");
}

#[test]
fn supported_formats_load() {
    for format in [
        "alphanode.post/1",
        "alphanode.post/1.2",
        "alphanode.post/1.0.7",
    ] {
        let (post, diagnostics) = post_value(&json!({"format": format, "title": "T", "body": []}));
        assert_eq!(diagnostics, Vec::<String>::new(), "{format}");
        assert_eq!(post.format.as_deref(), Some(format));
    }
}

#[test]
fn other_major_version_is_an_error_that_says_so() {
    for format in [
        "alphanode.post/2",
        "alphanode.post/2.0",
        "alphanode.post/10",
        "alphanode.post/0",
        "alphanode.post/",
    ] {
        let diagnostics = refused(post_from_value(
            &json!({"format": format, "title": "T", "body": []}),
            None,
        ));
        assert_eq!(
            diagnostics,
            [format!(
                "error: format: unsupported format version \"{format}\": this library reads \"alphanode.post/1\""
            )]
        );
    }
}

#[test]
fn other_document_kind_is_an_error() {
    for format in ["alphanode.index/1", "something/1", "ALPHANODE.POST/1"] {
        let diagnostics = refused(post_from_value(
            &json!({"format": format, "title": "T", "body": []}),
            None,
        ));
        assert_eq!(
            diagnostics,
            [format!(
                "error: format: \"{format}\" is not a document this library reads (expected \"alphanode.post/1\")"
            )]
        );
    }
}

#[test]
fn non_string_format_is_a_warning() {
    let (post, diagnostics) = load_post(r#"{"format":1,"title":"T","body":[]}"#);
    assert_eq!(post.format, None);
    assert_eq!(
        diagnostics,
        ["warning: format: expected a string, found a number"]
    );
}

#[test]
fn unknown_fields_are_ignored() {
    let (post, diagnostics) = post_value(&json!({
        "title": "T",
        "body": [
            { "type": "paragraph", "text": "p", "style": "bold", "x": [1, 2] },
            { "type": "heading", "text": "h", "anchor": "top" }
        ],
        "author": { "name": "someone" },
        "published": "2017-04-22",
        "similar": [{ "title": "r", "rank": 1 }],
        "version": 2
    }));
    assert_eq!(diagnostics, Vec::<String>::new());
    assert_eq!(post.body.len(), 2);
    assert_eq!(post.similar.len(), 1);
}

#[test]
fn wrong_typed_optional_fields_warn_and_the_post_still_renders() {
    let (post, diagnostics) = post_value(&json!({
        "id": ["x"],
        "slug": { "a": 1 },
        "title": "T",
        "body": [paragraph("still here")],
        "meta": ["not", "an", "object"],
        "similar": { "title": "not a list" }
    }));
    assert_eq!(
        diagnostics,
        [
            "warning: id: expected a string, found an array",
            "warning: slug: expected a string, found an object",
            "warning: meta: expected an object, found an array",
            "warning: similar: expected an array, found an object",
        ]
    );
    assert_eq!(post.id, None);
    assert_eq!(post.slug, None);
    assert_eq!(post.meta, None);
    assert!(post.similar.is_empty());
    assert_eq!(post.title, "T");
    assert_eq!(text_of(&post.body[0].kind), "still here");

    let (post, diagnostics) = post_value(&json!({
        "id": 27517, "slug": true, "title": "T", "body": [], "meta": "m", "similar": 3
    }));
    assert_eq!(
        diagnostics,
        [
            "warning: id: expected a string, found a number; shown as text",
            "warning: slug: expected a string, found a boolean; shown as text",
            "warning: meta: expected an object, found a string",
            "warning: similar: expected an array, found a number",
        ]
    );
    assert_eq!(post.id.as_deref(), Some("27517"));
    assert_eq!(post.slug.as_deref(), Some("true"));
}

#[test]
fn text_is_never_interpreted() {
    let html = "<b>bold</b> &amp; <script>alert(1)</script>";
    let (post, diagnostics) = post_value(&json!({ "title": html, "body": [paragraph(html)] }));
    assert_eq!(diagnostics, Vec::<String>::new());
    assert_eq!(post.title, html);
    assert_eq!(text_of(&post.body[0].kind), html);
}

// ---------------------------------------------------------------------------
// Blocks table
// ---------------------------------------------------------------------------

#[test]
fn paragraph_block() {
    let (kind, diagnostics) = kept(paragraph("hello"));
    assert_eq!(diagnostics, Vec::<String>::new());
    assert_eq!(
        kind,
        BlockKind::Paragraph {
            text: "hello".into()
        }
    );
    assert_eq!(kind.type_name(), "paragraph");
}

#[test]
fn heading_level_defaults_to_2() {
    let (kind, diagnostics) = kept(json!({ "type": "heading", "text": "why" }));
    assert_eq!(diagnostics, Vec::<String>::new());
    assert_eq!(
        kind,
        BlockKind::Heading {
            text: "why".into(),
            level: 2
        }
    );
    assert_eq!(kind.type_name(), "heading");
}

#[test]
fn heading_levels_2_to_4() {
    for level in [2u8, 3, 4] {
        let (kind, diagnostics) = kept(json!({ "type": "heading", "text": "h", "level": level }));
        assert_eq!(diagnostics, Vec::<String>::new());
        assert_eq!(
            kind,
            BlockKind::Heading {
                text: "h".into(),
                level
            }
        );
    }
    // 3.0 is the number 3.
    let (kind, diagnostics) = kept(json!({ "type": "heading", "text": "h", "level": 3.0 }));
    assert_eq!(diagnostics, Vec::<String>::new());
    assert!(matches!(kind, BlockKind::Heading { level: 3, .. }));
}

#[test]
fn heading_level_out_of_range_is_clamped_with_a_warning() {
    for (level, shown, written) in [
        (json!(1), 2u8, "1"),
        (json!(0), 2, "0"),
        (json!(-3), 2, "-3"),
        (json!(5), 4, "5"),
        (json!(6), 4, "6"),
        (json!(100), 4, "100"),
    ] {
        let (kind, diagnostics) = kept(json!({ "type": "heading", "text": "h", "level": level }));
        assert_eq!(
            kind,
            BlockKind::Heading {
                text: "h".into(),
                level: shown
            }
        );
        assert_eq!(
            diagnostics,
            [format!(
                "warning: body[0].level: heading level must be 2, 3 or 4; {written} shown as {shown}"
            )]
        );
    }
}

#[test]
fn heading_level_of_wrong_type_defaults_with_a_warning() {
    let (kind, diagnostics) = kept(json!({ "type": "heading", "text": "h", "level": "3" }));
    assert!(matches!(kind, BlockKind::Heading { level: 2, .. }));
    assert_eq!(
        diagnostics,
        ["warning: body[0].level: expected a number from 2 to 4, found a string"]
    );
}

#[test]
fn image_block_with_all_fields() {
    let (kind, diagnostics) = kept(json!({
        "type": "image",
        "src": "https://images.unsplash.com/photo-1?w=1200&q=80",
        "alt": "a desk",
        "caption": "visual reference 1",
        "credit": "unsplash",
        "credit_url": "https://unsplash.com"
    }));
    assert_eq!(diagnostics, Vec::<String>::new());
    assert_eq!(
        kind,
        BlockKind::Image(Image {
            src: Some("https://images.unsplash.com/photo-1?w=1200&q=80".into()),
            alt: Some("a desk".into()),
            caption: Some("visual reference 1".into()),
            credit: Some("unsplash".into()),
            credit_url: Some("https://unsplash.com".into()),
        })
    );
    assert_eq!(kind.type_name(), "image");
}

#[test]
fn image_with_only_src() {
    let (kind, diagnostics) = kept(json!({ "type": "image", "src": "https://x.test/a.png" }));
    assert_eq!(diagnostics, Vec::<String>::new());
    assert_eq!(
        kind,
        BlockKind::Image(Image {
            src: Some("https://x.test/a.png".into()),
            ..Image::default()
        })
    );
}

#[test]
fn image_with_refused_src_keeps_its_text() {
    let (kind, diagnostics) = kept(json!({
        "type": "image",
        "src": "javascript:alert(1)",
        "alt": "alt text",
        "caption": "a caption",
        "credit": "unsplash",
        "credit_url": "data:text/html,x"
    }));
    assert_eq!(
        kind,
        BlockKind::Image(Image {
            src: None,
            alt: Some("alt text".into()),
            caption: Some("a caption".into()),
            credit: Some("unsplash".into()),
            credit_url: None,
        })
    );
    assert_eq!(
        diagnostics,
        [
            format!("warning: body[0].src: {REFUSED_JS}"),
            "warning: body[0].credit_url: URL with scheme \"data:\" refused (only http, https and relative URLs are allowed)".to_owned(),
        ]
    );
}

#[test]
fn image_refusal_path_names_the_block_index() {
    let (blocks, diagnostics) = body(json!([
        paragraph("a"),
        paragraph("b"),
        { "type": "image", "src": " JaVaScRiPt:alert(1)", "alt": "kept" }
    ]));
    assert_eq!(diagnostics, [format!("warning: body[2].src: {REFUSED_JS}")]);
    assert_eq!(blocks[2].source_index, 2);
    assert!(
        matches!(&blocks[2].kind, BlockKind::Image(Image { src: None, alt: Some(a), .. }) if a == "kept")
    );
}

#[test]
fn image_relative_src_is_resolved_against_the_base() {
    let (kind, diagnostics) = kept(json!({
        "type": "image",
        "src": "img/1.jpg",
        "credit_url": "/credits"
    }));
    assert_eq!(diagnostics, Vec::<String>::new());
    assert_eq!(
        kind,
        BlockKind::Image(Image {
            src: Some("https://cdn.example/posts/img/1.jpg".into()),
            credit_url: Some("https://cdn.example/credits".into()),
            ..Image::default()
        })
    );
    // Without a base, a relative URL is kept as written.
    let (post, _) = load_post(r#"{"title":"T","body":[{"type":"image","src":"img/1.jpg"}]}"#);
    assert!(
        matches!(&post.body[0].kind, BlockKind::Image(Image { src: Some(s), .. }) if s == "img/1.jpg")
    );
}

#[test]
fn image_with_empty_src_warns() {
    let (kind, diagnostics) = kept(json!({ "type": "image", "src": "  ", "alt": "a" }));
    assert!(matches!(kind, BlockKind::Image(Image { src: None, .. })));
    assert_eq!(diagnostics, ["warning: body[0].src: empty URL refused"]);
}

#[test]
fn list_block() {
    let (kind, diagnostics) = kept(json!({ "type": "list", "items": ["a", "b"] }));
    assert_eq!(diagnostics, Vec::<String>::new());
    assert_eq!(
        kind,
        BlockKind::List {
            items: vec!["a".into(), "b".into()],
            ordered: false
        }
    );
    assert_eq!(kind.type_name(), "list");

    let (kind, diagnostics) = kept(json!({ "type": "list", "items": [], "ordered": true }));
    assert_eq!(diagnostics, Vec::<String>::new());
    assert_eq!(
        kind,
        BlockKind::List {
            items: vec![],
            ordered: true
        }
    );
}

#[test]
fn list_with_bad_items_and_ordered() {
    let (kind, diagnostics) = kept(json!({
        "type": "list",
        "items": ["a", 2, { "x": 1 }, "d"],
        "ordered": "yes"
    }));
    assert_eq!(
        kind,
        BlockKind::List {
            items: vec!["a".into(), "2".into(), "d".into()],
            ordered: false
        }
    );
    assert_eq!(
        diagnostics,
        [
            "warning: body[0].items[1]: expected a string, found a number; shown as text",
            "warning: body[0].items[2]: expected a string, found an object",
            "warning: body[0].ordered: expected a boolean, found a string",
        ]
    );
}

#[test]
fn checklist_with_string_items() {
    let (kind, diagnostics) = kept(json!({
        "type": "checklist",
        "title": "implementation checklist",
        "items": ["inspect cache headers", "measure response time"]
    }));
    assert_eq!(diagnostics, Vec::<String>::new());
    assert_eq!(
        kind,
        BlockKind::Checklist(Checklist {
            title: Some("implementation checklist".into()),
            items: vec![
                ChecklistItem {
                    text: "inspect cache headers".into(),
                    checked: false
                },
                ChecklistItem {
                    text: "measure response time".into(),
                    checked: false
                },
            ],
        })
    );
    assert_eq!(kind.type_name(), "checklist");
}

#[test]
fn checklist_with_object_items_and_no_title() {
    let (kind, diagnostics) = kept(json!({
        "type": "checklist",
        "items": [
            { "text": "done", "checked": true },
            { "text": "open", "checked": false },
            { "text": "default" },
            "plain"
        ]
    }));
    assert_eq!(diagnostics, Vec::<String>::new());
    let item = |text: &str, checked| ChecklistItem {
        text: text.into(),
        checked,
    };
    assert_eq!(
        kind,
        BlockKind::Checklist(Checklist {
            title: None,
            items: vec![
                item("done", true),
                item("open", false),
                item("default", false),
                item("plain", false)
            ],
        })
    );
}

#[test]
fn checklist_bad_items_are_skipped_with_warnings() {
    let (kind, diagnostics) = kept(json!({
        "type": "checklist",
        "items": [
            { "checked": true },
            { "text": "kept", "checked": "yes" },
            7,
            "last"
        ]
    }));
    let BlockKind::Checklist(checklist) = kind else {
        panic!("not a checklist")
    };
    assert_eq!(
        checklist.items,
        [
            ChecklistItem {
                text: "kept".into(),
                checked: false
            },
            ChecklistItem {
                text: "last".into(),
                checked: false
            },
        ]
    );
    assert_eq!(
        diagnostics,
        [
            "warning: body[0].items[0].text: required field is missing; skipped",
            "warning: body[0].items[1].checked: expected a boolean, found a string",
            "warning: body[0].items[2]: expected a string or an item object, found a number",
        ]
    );
}

#[test]
fn quote_block() {
    let (kind, diagnostics) =
        kept(json!({ "type": "quote", "text": "measure first", "cite": "ops" }));
    assert_eq!(diagnostics, Vec::<String>::new());
    assert_eq!(
        kind,
        BlockKind::Quote {
            text: "measure first".into(),
            cite: Some("ops".into())
        }
    );
    assert_eq!(kind.type_name(), "quote");
    let (kind, _) = kept(json!({ "type": "quote", "text": "q" }));
    assert_eq!(
        kind,
        BlockKind::Quote {
            text: "q".into(),
            cite: None
        }
    );
}

#[test]
fn code_block() {
    let code = "def f():\n    return 1\n";
    let (kind, diagnostics) = kept(json!({ "type": "code", "code": code, "language": "python" }));
    assert_eq!(diagnostics, Vec::<String>::new());
    assert_eq!(
        kind,
        BlockKind::Code {
            code: code.into(),
            language: Some("python".into())
        }
    );
    assert_eq!(kind.type_name(), "code");
    let (kind, _) = kept(json!({ "type": "code", "code": "x" }));
    assert_eq!(
        kind,
        BlockKind::Code {
            code: "x".into(),
            language: None
        }
    );
}

#[test]
fn unknown_block_type_is_skipped_and_neighbours_render() {
    let (blocks, diagnostics) = body(json!([
        paragraph("before"),
        { "type": "video", "src": "https://x.test/v.mp4" },
        paragraph("after")
    ]));
    assert_eq!(
        diagnostics,
        ["warning: body[1].type: unknown block type \"video\"; block skipped"]
    );
    assert_eq!(
        blocks,
        [
            Block {
                source_index: 0,
                kind: BlockKind::Paragraph {
                    text: "before".into()
                }
            },
            Block {
                source_index: 2,
                kind: BlockKind::Paragraph {
                    text: "after".into()
                }
            },
        ]
    );
}

#[test]
fn block_type_missing_or_not_a_string() {
    assert_eq!(
        skipped(json!({ "text": "no type" })),
        ["warning: body[0].type: required field is missing; block skipped"]
    );
    assert_eq!(
        skipped(json!({ "type": 1, "text": "t" })),
        ["warning: body[0].type: expected a string, found a number; block skipped"]
    );
    // Type names are case-sensitive.
    assert_eq!(
        skipped(json!({ "type": "Paragraph", "text": "t" })),
        ["warning: body[0].type: unknown block type \"Paragraph\"; block skipped"]
    );
}

#[test]
fn block_that_is_not_an_object_is_skipped() {
    let (blocks, diagnostics) = body(json!([
        "just text",
        paragraph("kept"),
        null,
        [paragraph("nested")],
        42
    ]));
    assert_eq!(
        diagnostics,
        [
            "warning: body[0]: expected a block object, found a string; block skipped",
            "warning: body[2]: expected a block object, found null; block skipped",
            "warning: body[3]: expected a block object, found an array; block skipped",
            "warning: body[4]: expected a block object, found a number; block skipped",
        ]
    );
    assert_eq!(blocks.len(), 1);
    assert_eq!(blocks[0].source_index, 1);
}

#[test]
fn missing_required_fields_skip_the_block() {
    for (value, expected) in [
        (
            json!({ "type": "paragraph" }),
            "warning: body[0].text: required field is missing; skipped",
        ),
        (
            json!({ "type": "paragraph", "text": null }),
            "warning: body[0].text: required field is missing; skipped",
        ),
        (
            json!({ "type": "heading", "level": 3 }),
            "warning: body[0].text: required field is missing; skipped",
        ),
        (
            json!({ "type": "image", "alt": "a" }),
            "warning: body[0].src: required field is missing; block skipped",
        ),
        (
            json!({ "type": "list", "ordered": true }),
            "warning: body[0].items: required field is missing; block skipped",
        ),
        (
            json!({ "type": "checklist", "title": "t" }),
            "warning: body[0].items: required field is missing; block skipped",
        ),
        (
            json!({ "type": "quote", "cite": "c" }),
            "warning: body[0].text: required field is missing; skipped",
        ),
        (
            json!({ "type": "code", "language": "python" }),
            "warning: body[0].code: required field is missing; skipped",
        ),
    ] {
        assert_eq!(skipped(value.clone()), [expected], "{value}");
    }
}

#[test]
fn required_field_of_a_wrong_type_skips_the_block() {
    for (value, expected) in [
        (
            json!({ "type": "paragraph", "text": ["a"] }),
            "warning: body[0].text: expected a string, found an array",
        ),
        (
            json!({ "type": "code", "code": { "a": 1 } }),
            "warning: body[0].code: expected a string, found an object",
        ),
        (
            json!({ "type": "list", "items": "a, b" }),
            "warning: body[0].items: expected an array of strings, found a string",
        ),
        (
            json!({ "type": "checklist", "items": { "a": true } }),
            "warning: body[0].items: expected an array, found an object; block skipped",
        ),
    ] {
        assert_eq!(skipped(value.clone()), [expected], "{value}");
    }
}

#[test]
fn number_in_a_text_field_is_shown_as_text() {
    let (blocks, diagnostics) = body(json!([
        paragraph("0"),
        paragraph("1"),
        paragraph("2"),
        { "type": "paragraph", "text": 46156 },
        { "type": "heading", "text": 1.5 },
        { "type": "quote", "text": true, "cite": 7 },
        { "type": "code", "code": 12, "language": 3 }
    ]));
    assert_eq!(
        diagnostics,
        [
            "warning: body[3].text: expected a string, found a number; shown as text",
            "warning: body[4].text: expected a string, found a number; shown as text",
            "warning: body[5].text: expected a string, found a boolean; shown as text",
            "warning: body[5].cite: expected a string, found a number; shown as text",
            "warning: body[6].code: expected a string, found a number; shown as text",
            "warning: body[6].language: expected a string, found a number; shown as text",
        ]
    );
    assert_eq!(
        blocks.iter().map(|b| b.source_index).collect::<Vec<_>>(),
        [0, 1, 2, 3, 4, 5, 6]
    );
    assert_eq!(
        blocks[3].kind,
        BlockKind::Paragraph {
            text: "46156".into()
        }
    );
    assert_eq!(text_of(&blocks[4].kind), "1.5");
    assert_eq!(
        blocks[5].kind,
        BlockKind::Quote {
            text: "true".into(),
            cite: Some("7".into())
        }
    );
    assert_eq!(
        blocks[6].kind,
        BlockKind::Code {
            code: "12".into(),
            language: Some("3".into())
        }
    );
}

#[test]
fn warnings_come_in_document_order_across_blocks() {
    let (blocks, diagnostics) = body(json!([
        { "type": "video" },
        paragraph("a"),
        { "type": "paragraph" },
        { "type": "image", "src": "vbscript:msgbox" },
        "x"
    ]));
    assert_eq!(
        diagnostics,
        [
            "warning: body[0].type: unknown block type \"video\"; block skipped",
            "warning: body[2].text: required field is missing; skipped",
            "warning: body[3].src: URL with scheme \"vbscript:\" refused (only http, https and relative URLs are allowed)",
            "warning: body[4]: expected a block object, found a string; block skipped",
        ]
    );
    assert_eq!(
        blocks.iter().map(|b| b.source_index).collect::<Vec<_>>(),
        [1, 3]
    );
}

// ---------------------------------------------------------------------------
// Meta table
// ---------------------------------------------------------------------------

#[test]
fn meta_string_is_text() {
    assert_eq!(classify(&json!("python")), MetaKind::Text("python"));
    assert_eq!(classify(&json!("")), MetaKind::Text(""));
    assert_eq!(
        classify(&json!("see https://x.test")),
        MetaKind::Text("see https://x.test")
    );
}

#[test]
fn meta_web_url_string_is_a_link() {
    for url in [
        "https://images.unsplash.com/photo-1?w=1200",
        "http://example.com/",
        "HTTPS://EXAMPLE.COM",
    ] {
        assert_eq!(classify(&json!(url)), MetaKind::Link(url));
    }
}

#[test]
fn meta_other_scheme_string_stays_text() {
    for text in [
        "javascript:alert(1)",
        "data:text/html,<b>x</b>",
        "ftp://files.test/a",
        "/relative/path",
        "mailto:a@b.test",
    ] {
        assert_eq!(classify(&json!(text)), MetaKind::Text(text));
    }
}

#[test]
fn meta_number_bool_null() {
    let n = num("46156");
    assert_eq!(classify(&Value::Number(n.clone())), MetaKind::Number(&n));
    let f = num("-2.5");
    assert_eq!(classify(&Value::Number(f.clone())), MetaKind::Number(&f));
    assert_eq!(classify(&json!(true)), MetaKind::Bool(true));
    assert_eq!(classify(&json!(false)), MetaKind::Bool(false));
    assert_eq!(classify(&json!(null)), MetaKind::Null);
}

#[test]
fn meta_array_is_a_list() {
    let value = json!(["python services", "backend", "python"]);
    let MetaKind::List(items) = classify(&value) else {
        panic!("not a list")
    };
    assert_eq!(items, value.as_array().expect("array").as_slice());
    assert_eq!(classify(&json!([])), MetaKind::List(&[]));
    // Mixed values, and objects with no key in common, stay a plain list.
    for list in [
        json!([1, "a", null, [2]]),
        json!([{ "a": 1 }, { "b": 2 }]),
        json!([{ "a": 1 }, "x"]),
        json!(["x", { "a": 1 }]),
        json!([{}]),
    ] {
        assert!(
            matches!(classify(&list), MetaKind::List(items) if items.len() == list.as_array().map_or(0, Vec::len)),
            "{list}"
        );
    }
}

#[test]
fn meta_array_of_objects_sharing_keys_is_records() {
    let entities = json!([
        { "name": "python services", "type": "stack" },
        { "name": "backend", "type": "area" },
        { "name": "keeping staging close to production", "type": "problem" }
    ]);
    assert_eq!(
        classify(&entities),
        MetaKind::Records {
            items: entities.as_array().expect("array"),
            columns: vec!["name", "type"],
        }
    );
    // Columns are the union of keys, in first-seen order.
    let ragged = json!([
        { "source": "unsplash", "url": "https://x.test/1" },
        { "caption": "c", "source": "unsplash" },
        { "source": "other", "url": "u", "extra": 1 }
    ]);
    let MetaKind::Records { items, columns } = classify(&ragged) else {
        panic!("not records")
    };
    assert_eq!(items.len(), 3);
    assert_eq!(columns, ["source", "url", "caption", "extra"]);
    // A single object is a one-row table.
    assert!(
        matches!(classify(&json!([{ "k": 1 }])), MetaKind::Records { columns, .. } if columns == ["k"])
    );
}

#[test]
fn meta_object_is_a_group() {
    let revision =
        json!({ "status": "drafted", "version": "1.4.8", "last reviewed": "2017-04-22" });
    let MetaKind::Group(map) = classify(&revision) else {
        panic!("not a group")
    };
    assert_eq!(
        map.keys().collect::<Vec<_>>(),
        ["status", "version", "last reviewed"]
    );
    assert!(matches!(classify(&json!({})), MetaKind::Group(m) if m.is_empty()));
}

#[test]
fn meta_object_of_0_to_100_numbers_is_scores() {
    let score = json!({ "quality": 80, "freshness": 66, "depth": 70, "clarity": 74 });
    let MetaKind::Scores(scores) = classify(&score) else {
        panic!("not scores")
    };
    let plain: Vec<(&str, String)> = scores
        .iter()
        .map(|(label, n)| (*label, n.to_string()))
        .collect();
    assert_eq!(
        plain,
        [
            ("quality", "80".to_owned()),
            ("freshness", "66".to_owned()),
            ("depth", "70".to_owned()),
            ("clarity", "74".to_owned()),
        ]
    );
    // The bounds are inclusive, fractions and exponents are allowed, and the check is
    // exact (no float rounding at the edges).
    let edges: Value = serde_json::from_str(
        r#"{ "min": 0, "max": 100, "half": 49.5, "neg zero": -0.0, "exp": 1e2, "tiny": 1e-300 }"#,
    )
    .unwrap();
    let MetaKind::Scores(scores) = classify(&edges) else {
        panic!("not scores")
    };
    assert_eq!(scores.len(), 6);
    assert_eq!(scores[2].1.to_string(), "49.5");
    let just_over: Value = serde_json::from_str(r#"{ "a": 100.00000000000000000001 }"#).unwrap();
    assert!(matches!(classify(&just_over), MetaKind::Group(_)));
    let just_under: Value = serde_json::from_str(r#"{ "a": -0.00000000000000000001 }"#).unwrap();
    assert!(matches!(classify(&just_under), MetaKind::Group(_)));
}

#[test]
fn meta_object_outside_0_to_100_or_not_numbers_is_a_group() {
    for object in [
        json!({ "quality": 101 }),
        json!({ "quality": 80, "freshness": 100.5 }),
        json!({ "quality": -1 }),
        json!({ "quality": 80, "freshness": "66" }),
        json!({ "quality": 80, "freshness": null }),
        json!({ "quality": 80, "nested": { "a": 1 } }),
        json!({ "quality": 80, "flag": true }),
    ] {
        assert!(
            matches!(classify(&object), MetaKind::Group(_)),
            "{object} should be a group"
        );
    }
}

#[test]
fn format_number_groups_thousands() {
    for (text, shown) in [
        ("0", "0"),
        ("5", "5"),
        ("999", "999"),
        ("1000", "1,000"),
        ("46156", "46,156"),
        ("100000", "100,000"),
        ("1234567", "1,234,567"),
        ("18446744073709551615", "18,446,744,073,709,551,615"),
    ] {
        assert_eq!(format_number(&num(text)), shown, "{text}");
    }
}

#[test]
fn format_number_decimals_and_negatives() {
    for (text, shown) in [
        ("0.5", "0.5"),
        ("1234.5", "1,234.5"),
        ("12345.678901", "12,345.678901"),
        ("1.0", "1.0"),
        ("-1", "-1"),
        ("-999", "-999"),
        ("-1000", "-1,000"),
        ("-46156", "-46,156"),
        ("-1234567.25", "-1,234,567.25"),
        ("-0.25", "-0.25"),
    ] {
        assert_eq!(format_number(&num(text)), shown, "{text}");
    }
}

#[test]
fn format_number_keeps_every_digit_of_huge_integers() {
    assert_eq!(
        format_number(&num("123456789012345678901234567890")),
        "123,456,789,012,345,678,901,234,567,890"
    );
    assert_eq!(
        format_number(&num("18446744073709551616")),
        "18,446,744,073,709,551,616"
    );
    assert_eq!(
        format_number(&num("-98765432109876543210987654321")),
        "-98,765,432,109,876,543,210,987,654,321"
    );
    // Also when they arrive inside a parsed document.
    let (post, _) = load_post(r#"{"title":"T","body":[],"meta":{"big":99999999999999999999999}}"#);
    let meta = post.meta.expect("meta");
    let MetaKind::Number(n) = classify(&meta["big"]) else {
        panic!("not a number")
    };
    assert_eq!(format_number(n), "99,999,999,999,999,999,999,999");
}

#[test]
fn format_number_exponents() {
    assert_eq!(format_number(&num("1e3")), "1,000");
    assert_eq!(format_number(&num("1.5E3")), "1,500");
    // Past u64 but integral and below 1e21: every digit, grouped.
    assert_eq!(format_number(&num("1.5e20")), "150,000,000,000,000,000,000");
    // Not representable as f64: shown as published, in serde_json's normal form
    // (which writes positive exponents with a `+`).
    assert_eq!(format_number(&num("1e400")), "1e+400");
    assert_eq!(format_number(&num("-1e400")), "-1e+400");
    assert_eq!(format_number(&num("2.5e-3")), "2.5e-3");
}

#[test]
fn meta_key_order_is_kept_exactly() {
    let (post, diagnostics) =
        load_post(r#"{"title":"T","body":[],"meta":{"z":1,"a":2,"view count":3,"m":4,"A":5}}"#);
    assert_eq!(diagnostics, Vec::<String>::new());
    let meta = post.meta.expect("meta");
    assert_eq!(
        meta.keys().collect::<Vec<_>>(),
        ["z", "a", "view count", "m", "A"]
    );
    // Nested objects keep their order too.
    let (post, _) = load_post(r#"{"title":"T","body":[],"meta":{"g":{"b":"1","a":"2","c":"3"}}}"#);
    let meta = post.meta.expect("meta");
    let MetaKind::Group(group) = classify(&meta["g"]) else {
        panic!("not a group")
    };
    assert_eq!(group.keys().collect::<Vec<_>>(), ["b", "a", "c"]);
}

#[test]
fn reference_meta_keys_in_the_seed_order() {
    let (post, _) = reference_post();
    let meta = post.meta.expect("meta");
    assert_eq!(meta.keys().collect::<Vec<_>>(), common::SEED_META_KEYS);
}

#[test]
fn reference_meta_is_classified_per_the_table() {
    let (post, _) = reference_post();
    let meta = post.meta.expect("meta");
    let kind_name = |key: &str| match classify(&meta[key]) {
        MetaKind::Text(_) => "text",
        MetaKind::Link(_) => "link",
        MetaKind::Number(_) => "number",
        MetaKind::Bool(_) => "bool",
        MetaKind::Null => "null",
        MetaKind::List(_) => "list",
        MetaKind::Records { .. } => "records",
        MetaKind::Group(_) => "group",
        MetaKind::Scores(_) => "scores",
        MetaKind::Flags(_) => "flags",
    };
    let kinds: Vec<(&str, &str)> = meta.keys().map(|k| (k.as_str(), kind_name(k))).collect();
    assert_eq!(
        kinds,
        [
            ("topic", "text"),
            ("summary", "text"),
            ("ai outline", "group"),
            ("ai brief", "text"),
            ("stack", "list"),
            ("tools", "list"),
            ("code language", "text"),
            ("difficulty", "text"),
            ("reading time", "number"),
            ("view count", "number"),
            ("score", "scores"),
            ("revision", "group"),
            ("reference", "text"),
            ("hash", "text"),
            // All values are 0 or 1: flags, never meters.
            ("flags", "flags"),
            ("checklist", "list"),
            ("entities", "records"),
            ("image sources", "records"),
            ("payload", "group"),
            ("notes", "list"),
        ]
    );
    let MetaKind::Number(views) = classify(&meta["view count"]) else {
        panic!("view count")
    };
    assert_eq!(format_number(views), "46,156");
    let MetaKind::Records { columns, .. } = classify(&meta["image sources"]) else {
        panic!("image sources")
    };
    assert_eq!(columns, ["source", "url", "caption"]);
    assert_eq!(
        meta["notes"][0],
        json!("sanitized array meta is expected to render as a list in the frontend box")
    );
}

// ---------------------------------------------------------------------------
// Nesting
// ---------------------------------------------------------------------------

#[test]
fn max_depth_is_128() {
    assert_eq!(MAX_DEPTH, 128);
}

#[test]
fn document_nested_exactly_max_depth_loads() {
    let (text, _) = deep_post(MAX_DEPTH);
    let value = parse_json(&text).expect("128 levels load");
    assert_eq!(nesting_of(&value), MAX_DEPTH);
    let (post, diagnostics) = load_post(&text);
    assert_eq!(diagnostics, Vec::<String>::new());
    let meta = post.meta.expect("meta");
    assert_eq!(nesting_of(&meta["deep"]), MAX_DEPTH - 2);
    assert!(matches!(classify(&meta["deep"]), MetaKind::List(items) if items.len() == 1));

    // Bare containers of either kind, too.
    for text in [
        format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH)),
        nested_mixed(MAX_DEPTH),
    ] {
        let value = parse_json(&text).expect("128 levels load");
        assert_eq!(nesting_of(&value), MAX_DEPTH);
    }
}

#[test]
fn document_nested_one_level_too_deep_is_refused_with_position() {
    let (text, meta_prefix) = deep_post(MAX_DEPTH + 1);
    let d = parse_json(&text).expect_err("129 levels are refused");
    // The 129th opener is the 127th `[` after `"meta":{"deep":` on line 3.
    let column = meta_prefix.chars().count() + (MAX_DEPTH + 1 - 2);
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(d.path, "$");
    assert_eq!(d.message, "the document nests deeper than 128 levels");
    assert_eq!((d.line, d.column), (Some(3), Some(column)));
    assert_eq!(
        d.to_string(),
        format!("$: the document nests deeper than 128 levels (line 3, column {column})")
    );
    assert_eq!(
        post_refused(&text),
        [format!(
            "error: $: the document nests deeper than 128 levels (line 3, column {column})"
        )]
    );
    let d = parse_json(&nested_mixed(MAX_DEPTH + 1)).expect_err("129 levels are refused");
    assert_eq!(d.path, "$");
    assert_eq!(d.line, Some(1));
}

#[test]
fn brackets_inside_strings_do_not_count_as_nesting() {
    let brackets = format!("\\\"{}{}", "[".repeat(500), "{".repeat(500));
    let text = format!(r#"{{"title":"{brackets}","body":[],"meta":{{"k":"]]]\\"}}}}"#);
    let (post, diagnostics) = load_post(&text);
    assert_eq!(diagnostics, Vec::<String>::new());
    assert_eq!(post.title.len(), 1 + 1000);
    assert_eq!(post.meta.expect("meta")["k"], json!("]]]\\"));
}

#[test]
fn hugely_deep_documents_are_refused_without_crashing() {
    const LEVELS: usize = 100_000;
    let texts = [
        format!("{}{}", "[".repeat(LEVELS), "]".repeat(LEVELS)),
        "[".repeat(LEVELS),
        "{\"a\":".repeat(LEVELS),
        nested_mixed(LEVELS),
        format!(
            r#"{{"title":"T","body":[],"meta":{{"x":{}{}}}}}"#,
            "[".repeat(LEVELS),
            "]".repeat(LEVELS)
        ),
    ];
    for text in &texts {
        assert_eq!(
            post_refused(text),
            [format!(
                "error: $: the document nests deeper than 128 levels (line 1, column {})",
                position_of_129th_opener(text)
            )]
        );
        assert!(parse_index(text, None).value.is_none());
    }
}

/// 1-based column of the opener that makes nesting reach 129 (single-line documents).
fn position_of_129th_opener(text: &str) -> usize {
    let mut depth = 0;
    let mut in_string = false;
    for (i, c) in text.chars().enumerate() {
        match c {
            '"' => in_string = !in_string,
            '[' | '{' if !in_string => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return i + 1;
                }
            }
            ']' | '}' if !in_string => depth -= 1,
            _ => {}
        }
    }
    panic!("not too deep")
}

// ---------------------------------------------------------------------------
// Malformed JSON
// ---------------------------------------------------------------------------

#[test]
fn truncated_json_reports_line_and_column() {
    let text = "{\n  \"title\": \"T\",\n  \"body\": [";
    let d = parse_json(text).expect_err("truncated");
    assert_eq!(d.path, "$");
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(
        d.message,
        "the JSON ends too early: EOF while parsing a list"
    );
    assert_eq!((d.line, d.column), (Some(3), Some(11)));
    assert_eq!(
        post_refused(text),
        ["error: $: the JSON ends too early: EOF while parsing a list (line 3, column 11)"]
    );
    assert_eq!(
        post_refused(r#"{"title": "unterminated"#),
        ["error: $: the JSON ends too early: EOF while parsing a string (line 1, column 23)"]
    );
}

#[test]
fn syntax_error_reports_line_and_column() {
    let text = "{\"title\": \"T\",\n \"body\": [1,]}";
    assert_eq!(
        post_refused(text),
        ["error: $: malformed JSON: trailing comma (line 2, column 13)"]
    );
    assert_eq!(
        post_refused("{'title': 'T'}"),
        ["error: $: malformed JSON: key must be a string (line 1, column 2)"]
    );
}

#[test]
fn trailing_garbage_is_refused() {
    assert_eq!(
        post_refused(r#"{"title":"T","body":[]} x"#),
        ["error: $: malformed JSON: trailing characters (line 1, column 25)"]
    );
    assert_eq!(
        post_refused("{\"title\":\"T\",\"body\":[]}\n{}"),
        ["error: $: malformed JSON: trailing characters (line 2, column 1)"]
    );
    // Trailing white space is fine.
    let (post, _) = load_post("{\"title\":\"T\",\"body\":[]}\n\t \n");
    assert_eq!(post.title, "T");
}

#[test]
fn empty_document_is_refused() {
    for text in ["", "   ", "\n\n"] {
        let diagnostics = refused(parse_post(text, None));
        assert_eq!(diagnostics.len(), 1);
        assert!(
            diagnostics[0]
                .starts_with("error: $: the JSON ends too early: EOF while parsing a value"),
            "{diagnostics:?}"
        );
        let d = parse_json(text).expect_err("empty");
        assert!(d.line.is_some() && d.column.is_some());
    }
}

// ---------------------------------------------------------------------------
// Post refs
// ---------------------------------------------------------------------------

#[test]
fn post_ref_with_every_field() {
    let (r, diagnostics) = similar(json!({
        "title": "caching expensive queries",
        "slug": "caching-expensive-queries",
        "href": "other.json",
        "summary": "a summary",
        "topic": "caching / node apis",
        "image": "//img.test/a.jpg"
    }));
    assert_eq!(diagnostics, Vec::<String>::new());
    assert_eq!(
        r,
        Some(PostRef {
            title: "caching expensive queries".into(),
            slug: Some("caching-expensive-queries".into()),
            href: Some("https://cdn.example/posts/other.json".into()),
            summary: Some("a summary".into()),
            topic: Some("caching / node apis".into()),
            image: Some("https://img.test/a.jpg".into()),
        })
    );
}

#[test]
fn post_ref_without_title_is_skipped_with_a_warning() {
    let (post, diagnostics) = post_value(&json!({
        "title": "T",
        "body": [],
        "similar": [
            { "title": "first" },
            { "slug": "no-title" },
            "not an object",
            { "title": ["x"] },
            { "title": "last" }
        ]
    }));
    assert_eq!(
        diagnostics,
        [
            "warning: similar[1].title: required field is missing; skipped",
            "warning: similar[2]: expected a post ref object, found a string; skipped",
            "warning: similar[3].title: expected a string, found an array",
        ]
    );
    assert_eq!(
        post.similar
            .iter()
            .map(|r| r.title.as_str())
            .collect::<Vec<_>>(),
        ["first", "last"]
    );
}

#[test]
fn post_ref_with_refused_href_is_kept_without_it() {
    let (r, diagnostics) = similar(json!({
        "title": "kept",
        "slug": "kept",
        "href": "javascript:alert(1)",
        "image": "data:image/png;base64,AAAA"
    }));
    assert_eq!(
        diagnostics,
        [
            format!("warning: similar[0].href: {REFUSED_JS}"),
            "warning: similar[0].image: URL with scheme \"data:\" refused (only http, https and relative URLs are allowed)".to_owned(),
        ]
    );
    let r = r.expect("kept");
    assert_eq!(r.title, "kept");
    assert_eq!(r.href, None);
    assert_eq!(r.image, None);
    // It then links through the template like any ref without href.
    assert_eq!(r.link(Some("/blog/{slug}")).as_deref(), Some("/blog/kept"));
}

#[test]
fn post_ref_link_prefers_href() {
    let r = PostRef {
        title: "T".into(),
        slug: Some("s".into()),
        href: Some("https://x.test/a".into()),
        ..PostRef::default()
    };
    assert_eq!(
        r.link(Some("/blog/{slug}")).as_deref(),
        Some("https://x.test/a")
    );
    assert_eq!(r.link(None).as_deref(), Some("https://x.test/a"));
}

#[test]
fn post_ref_link_fills_the_template_with_an_encoded_slug() {
    let with_slug = |slug: &str| PostRef {
        title: "T".into(),
        slug: Some(slug.into()),
        ..PostRef::default()
    };
    assert_eq!(
        with_slug("keeping-staging")
            .link(Some("/blog/{slug}"))
            .as_deref(),
        Some("/blog/keeping-staging")
    );
    assert_eq!(
        with_slug("a b/c?d#e&f")
            .link(Some("https://h.test/p/{slug}.html"))
            .as_deref(),
        Some("https://h.test/p/a%20b%2Fc%3Fd%23e%26f.html")
    );
    assert_eq!(
        with_slug("café").link(Some("/{slug}")).as_deref(),
        Some("/caf%C3%A9")
    );
    assert_eq!(
        with_slug("x").link(Some("/a/{slug}/b/{slug}")).as_deref(),
        Some("/a/x/b/x")
    );
    // No template, no slug, empty slug, or a template that makes a refused URL: no link.
    assert_eq!(with_slug("s").link(None), None);
    assert_eq!(with_slug("").link(Some("/blog/{slug}")), None);
    assert_eq!(
        PostRef {
            title: "T".into(),
            ..PostRef::default()
        }
        .link(Some("/blog/{slug}")),
        None
    );
    assert_eq!(with_slug("alert(1)").link(Some("javascript:{slug}")), None);
    // A slug cannot smuggle in a scheme: `:` is encoded.
    assert_eq!(
        with_slug("javascript:alert(1)")
            .link(Some("{slug}"))
            .as_deref(),
        Some("javascript%3Aalert%281%29")
    );
}

#[test]
fn fill_link_template_encodes_only_unreserved_bytes_literally() {
    assert_eq!(fill_link_template("/blog/{slug}", "a b"), "/blog/a%20b");
    assert_eq!(fill_link_template("/p/{slug}", "A-z_0.9~"), "/p/A-z_0.9~");
    assert_eq!(fill_link_template("/p/{slug}", "../x"), "/p/..%2Fx");
    assert_eq!(fill_link_template("/static", "s"), "/static");
}

// ---------------------------------------------------------------------------
// URL policy
// ---------------------------------------------------------------------------

#[test]
fn check_url_accepts_web_and_relative_urls() {
    for url in [
        "https://example.com/a?b=1#c",
        "http://example.com",
        "HTTP://EXAMPLE.COM/",
        "HtTpS://example.com/",
        "/absolute/path",
        "relative/path.png",
        "?query",
        "#fragment",
        "//cdn.example/x.png",
    ] {
        assert_eq!(check_url(url, None).as_deref(), Ok(url), "{url}");
    }
    // White space around a URL is trimmed; tabs and newlines inside are removed.
    assert_eq!(
        check_url("  https://x.test/a\n", None).as_deref(),
        Ok("https://x.test/a")
    );
    assert_eq!(
        check_url("https://x.test/a\tb", None).as_deref(),
        Ok("https://x.test/ab")
    );
}

#[test]
fn check_url_resolves_relative_urls_against_the_base() {
    for (reference, resolved) in [
        ("img/1.jpg", "https://cdn.example/posts/img/1.jpg"),
        ("./img/1.jpg", "https://cdn.example/posts/img/1.jpg"),
        ("../img/1.jpg", "https://cdn.example/img/1.jpg"),
        ("../../../img/1.jpg", "https://cdn.example/img/1.jpg"),
        ("/img/1.jpg", "https://cdn.example/img/1.jpg"),
        ("//other.test/x.jpg", "https://other.test/x.jpg"),
        (
            "other.json?v=2#top",
            "https://cdn.example/posts/other.json?v=2#top",
        ),
        ("#top", "https://cdn.example/posts/p.json#top"),
    ] {
        assert_eq!(
            check_url(reference, Some(BASE)).as_deref(),
            Ok(resolved),
            "{reference}"
        );
    }
    // Absolute web URLs ignore the base.
    assert_eq!(
        check_url("http://x.test/a", Some(BASE)).as_deref(),
        Ok("http://x.test/a")
    );
}

/// A relative URL resolved against a base that is not http(s) must not come out as a
/// URL of a refused scheme: the result goes into the DOM as an accepted URL.
#[test]
fn check_url_never_returns_a_refused_scheme_whatever_the_base() {
    for base in [
        "javascript:alert(1)//",
        "data:text/html,abc",
        "vbscript:x/y",
    ] {
        for reference in ["x", "/x", "?q", "#f", "../x"] {
            let result = check_url(reference, Some(base));
            if let Ok(url) = &result {
                let lower = url.to_ascii_lowercase();
                assert!(
                    !["javascript:", "data:", "vbscript:"]
                        .iter()
                        .any(|s| lower.starts_with(s)),
                    "{reference:?} against {base:?} gave {url:?}"
                );
            }
        }
    }
}

#[test]
fn check_url_refuses_other_schemes_in_any_disguise() {
    for (url, scheme) in [
        ("javascript:alert(1)", "javascript"),
        ("JavaScript:alert(1)", "javascript"),
        ("JAVASCRIPT:alert(1)", "javascript"),
        ("  javascript:alert(1)", "javascript"),
        ("\n\tjavascript:alert(1)", "javascript"),
        ("\u{0}\u{1f} javascript:alert(1)", "javascript"),
        ("java\tscript:alert(1)", "javascript"),
        ("java\nscript:alert(1)", "javascript"),
        ("java\r\nscript:alert(1)", "javascript"),
        ("jav\tascr\nipt:alert(1)", "javascript"),
        ("&#106;avascript:alert(1)", "javascript"),
        ("&#x6A;avascript:alert(1)", "javascript"),
        ("&#X6a;avascript:alert(1)", "javascript"),
        ("javascript&#58;alert(1)", "javascript"),
        ("javascript&colon;alert(1)", "javascript"),
        ("java&#x09;script:alert(1)", "javascript"),
        ("java&Tab;script:alert(1)", "javascript"),
        ("data:text/html,<script>alert(1)</script>", "data"),
        ("DATA:image/svg+xml;base64,AAAA", "data"),
        (" data:text/html,x", "data"),
        ("vbscript:msgbox(1)", "vbscript"),
        ("VbScRiPt:msgbox(1)", "vbscript"),
        ("file:///etc/passwd", "file"),
        ("ftp://x.test/a", "ftp"),
        ("mailto:a@b.test", "mailto"),
    ] {
        assert_eq!(
            check_url(url, Some(BASE)),
            Err(UrlRefusal::Scheme(scheme.into())),
            "{url:?}"
        );
    }
}

#[test]
fn check_url_refusal_messages() {
    assert_eq!(
        check_url("javascript:x", None)
            .expect_err("refused")
            .to_string(),
        REFUSED_JS
    );
    assert_eq!(check_url("", None), Err(UrlRefusal::Empty));
    assert_eq!(check_url(" \t\n", None), Err(UrlRefusal::Empty));
    assert_eq!(UrlRefusal::Empty.to_string(), "empty URL refused");
}

#[test]
fn is_absolute_web_url_cases() {
    for yes in [
        "https://example.com/x",
        "http://example.com",
        "HTTPS://A.TEST/",
    ] {
        assert!(is_absolute_web_url(yes), "{yes}");
    }
    for no in [
        "/relative",
        "img/a.png",
        "javascript:alert(1)",
        "data:text/html,x",
        "https://",
        "https://a.test/has space",
        "example.com",
        "",
    ] {
        assert!(!is_absolute_web_url(no), "{no}");
    }
}

// ---------------------------------------------------------------------------
// Paths and diagnostics
// ---------------------------------------------------------------------------

#[test]
fn json_path_display() {
    let root = JsonPath::root();
    assert_eq!(root.to_string(), "$");
    assert_eq!(root.depth(), 0);
    assert_eq!(
        root.key("body").index(3).key("text").to_string(),
        "body[3].text"
    );
    assert_eq!(
        root.key("meta").key("view count").to_string(),
        r#"meta["view count"]"#
    );
    assert_eq!(root.key("view count").to_string(), r#"$["view count"]"#);
    assert_eq!(root.index(0).to_string(), "$[0]");
    assert_eq!(root.key("a\"b").to_string(), r#"$["a\"b"]"#);
    assert_eq!(root.key("meta").key("1st").to_string(), r#"meta["1st"]"#);
    assert_eq!(root.key("meta").key("_x1").to_string(), "meta._x1");
    assert_eq!(root.key("a").index(1).index(2).depth(), 3);
}

#[test]
fn diagnostic_display_and_severity() {
    let path = JsonPath::root().key("body").index(3).key("text");
    let d = Diagnostic::error(&path, "expected a string, found a number");
    assert_eq!(
        d.to_string(),
        "body[3].text: expected a string, found a number"
    );
    assert!(d.is_error());
    let w = Diagnostic::warning(&JsonPath::root(), "w").at(2, 7);
    assert!(!w.is_error());
    assert_eq!(w.to_string(), "$: w (line 2, column 7)");
    assert!(Severity::Error > Severity::Warning);
    assert_eq!(Severity::Warning.as_str(), "warning");
    assert_eq!(Severity::Error.as_str(), "error");
}

// ---------------------------------------------------------------------------
// Index
// ---------------------------------------------------------------------------

#[test]
fn index_with_every_field() {
    let text = r#"{
        "format": "alphanode.index/1",
        "posts": [
            { "slug": "keeping-staging", "title": "Keeping staging", "summary": "s",
              "topic": "t / python", "stack": ["python services", "backend", "python"],
              "difficulty": "beginner", "reading_time": 5, "extra": true },
            { "title": "Elsewhere", "href": "../elsewhere/post.json", "stack": "rust" }
        ]
    }"#;
    let (index, diagnostics) = loads(parse_index(text, Some("https://h.test/data/index.json")));
    assert_eq!(diagnostics, Vec::<String>::new());
    assert_eq!(
        index,
        Index {
            posts: vec![
                IndexEntry {
                    slug: "keeping-staging".into(),
                    title: "Keeping staging".into(),
                    summary: "s".into(),
                    topic: "t / python".into(),
                    stack: vec!["python services".into(), "backend".into(), "python".into()],
                    difficulty: Some("beginner".into()),
                    reading_time: Some(5),
                    href: None,
                },
                IndexEntry {
                    slug: String::new(),
                    title: "Elsewhere".into(),
                    stack: vec!["rust".into()],
                    href: Some("https://h.test/elsewhere/post.json".into()),
                    ..IndexEntry::default()
                },
            ]
        }
    );
}

#[test]
fn index_without_format_loads() {
    let (index, diagnostics) = loads(parse_index(r#"{"posts":[]}"#, None));
    assert_eq!(diagnostics, Vec::<String>::new());
    assert!(index.posts.is_empty());
}

#[test]
fn index_entry_without_slug_or_href_is_skipped() {
    let text = r#"{"posts":[
        {"slug":"a","title":"A"},
        {"title":"nowhere"},
        {"title":"empty","slug":""},
        {"title":"bad href","href":"javascript:alert(1)"},
        {"slug":"no-title"},
        "x",
        {"slug":"b","title":"B"}
    ]}"#;
    let (index, diagnostics) = loads(parse_index(text, None));
    assert_eq!(
        diagnostics,
        [
            "warning: posts[1]: an index entry needs a slug or an href; skipped".to_owned(),
            "warning: posts[2]: an index entry needs a slug or an href; skipped".to_owned(),
            format!("warning: posts[3].href: {REFUSED_JS}"),
            "warning: posts[3]: an index entry needs a slug or an href; skipped".to_owned(),
            "warning: posts[4].title: required field is missing; skipped".to_owned(),
            "warning: posts[5]: expected an object, found a string".to_owned(),
        ]
    );
    assert_eq!(
        index
            .posts
            .iter()
            .map(|p| p.slug.as_str())
            .collect::<Vec<_>>(),
        ["a", "b"]
    );
}

#[test]
fn index_entry_wrong_types_warn() {
    let text = r#"{"posts":[{"slug":"a","title":"A","stack":[1,"x",null],"reading_time":"5","difficulty":3}]}"#;
    let (index, diagnostics) = loads(parse_index(text, None));
    assert_eq!(
        diagnostics,
        [
            "warning: posts[0].stack[0]: expected a string, found a number; shown as text",
            "warning: posts[0].stack[2]: expected a string, found null",
            "warning: posts[0].reading_time: expected a whole number, found a string",
            "warning: posts[0].difficulty: expected a string, found a number; shown as text",
        ]
    );
    let entry = &index.posts[0];
    assert_eq!(entry.stack, ["1", "x"]);
    assert_eq!(entry.reading_time, None);
    assert_eq!(entry.difficulty.as_deref(), Some("3"));
}

#[test]
fn index_with_wrong_format_or_shape_is_an_error() {
    for (text, expected) in [
        (
            r#"{"format":"alphanode.post/1","posts":[]}"#,
            "error: format: \"alphanode.post/1\" is not a document this library reads (expected \"alphanode.index/1\")",
        ),
        (
            r#"{"format":"alphanode.index/2","posts":[]}"#,
            "error: format: unsupported format version \"alphanode.index/2\": this library reads \"alphanode.index/1\"",
        ),
        (r#"{"format":"alphanode.index/1"}"#, "error: posts: required field is missing"),
        (r#"{"posts":{}}"#, "error: posts: expected an array, found an object"),
        ("[]", "error: $: an index must be a JSON object, found an array"),
        ("{", "error: $: the JSON ends too early: EOF while parsing an object (line 1, column 1)"),
    ] {
        assert_eq!(refused(parse_index(text, None)), [expected], "{text}");
    }
    // A post is not an index.
    let diagnostics = refused(parse_index(
        &reference_text(&format!("{REFERENCE_SLUG}.json")),
        None,
    ));
    assert_eq!(
        diagnostics,
        ["error: format: \"alphanode.post/1\" is not a document this library reads (expected \"alphanode.index/1\")"]
    );
}

// ---------------------------------------------------------------------------
// The reference post and the published corpus
// ---------------------------------------------------------------------------

#[test]
fn reference_post_parses_exactly() {
    let (post, diagnostics) = reference_post();
    assert_eq!(diagnostics, Vec::<String>::new());
    assert_eq!(post.format.as_deref(), Some("alphanode.post/1"));
    assert_eq!(post.id.as_deref(), Some("alphanode-027517"));
    assert_eq!(post.slug.as_deref(), Some(REFERENCE_SLUG));
    assert_eq!(
        post.title,
        "how to handle keeping staging close to production in python services"
    );
    assert!(post.similar.is_empty());

    let types: Vec<&str> = post.body.iter().map(|b| b.kind.type_name()).collect();
    assert_eq!(
        types,
        [
            "paragraph",
            "image",
            "heading",
            "paragraph",
            "paragraph",
            "paragraph",
            "checklist",
            "image",
            "heading",
            "paragraph"
        ]
    );
    assert_eq!(
        post.body.iter().map(|b| b.source_index).collect::<Vec<_>>(),
        (0..10).collect::<Vec<_>>()
    );
    assert_eq!(types.iter().filter(|t| **t == "paragraph").count(), 5);

    let images: Vec<&Image> = post
        .body
        .iter()
        .filter_map(|b| match &b.kind {
            BlockKind::Image(image) => Some(image),
            _ => None,
        })
        .collect();
    assert_eq!(images.len(), 2);
    for (i, image) in images.iter().enumerate() {
        assert_eq!(image.credit.as_deref(), Some("unsplash"));
        assert_eq!(image.credit_url.as_deref(), Some("https://unsplash.com"));
        assert!(image
            .src
            .as_deref()
            .is_some_and(|s| s.starts_with("https://images.unsplash.com/photo-")));
        let text = format!(
            "keeping staging close to production with python services visual reference {}",
            i + 1
        );
        assert_eq!(image.alt.as_deref(), Some(text.as_str()));
        assert_eq!(image.caption.as_deref(), Some(text.as_str()));
    }

    let headings: Vec<(&str, u8)> = post
        .body
        .iter()
        .filter_map(|b| match &b.kind {
            BlockKind::Heading { text, level } => Some((text.as_str(), *level)),
            _ => None,
        })
        .collect();
    assert_eq!(headings, [("why this matters", 2), ("final notes", 2)]);

    let checklists: Vec<&Checklist> = post
        .body
        .iter()
        .filter_map(|b| match &b.kind {
            BlockKind::Checklist(c) => Some(c),
            _ => None,
        })
        .collect();
    assert_eq!(checklists.len(), 1);
    assert_eq!(
        checklists[0].title.as_deref(),
        Some("implementation checklist")
    );
    assert_eq!(
        checklists[0]
            .items
            .iter()
            .map(|i| (i.text.as_str(), i.checked))
            .collect::<Vec<_>>(),
        [
            ("inspect cache headers", false),
            ("test logged-in traffic", false),
            ("purge only the affected route", false),
            ("measure response time", false),
            ("keep a rollback command ready", false),
        ]
    );
    assert!(text_of(&post.body[0].kind)
        .starts_with("a reliable python services setup is less about clever code"));
}

#[test]
fn every_published_post_and_the_index_load_cleanly() {
    let dir = format!("{}/public/posts", env!("CARGO_MANIFEST_DIR"));
    let (index, diagnostics) = loads(parse_index(&reference_text("index.json"), None));
    assert_eq!(diagnostics, Vec::<String>::new());
    assert!(!index.posts.is_empty());
    assert!(index.posts.iter().any(|p| p.slug == REFERENCE_SLUG));
    for entry in &index.posts {
        let name = format!("{}.json", entry.slug);
        assert!(
            std::path::Path::new(&dir).join(&name).is_file(),
            "index lists {name}, which does not exist"
        );
        let (post, diagnostics) = loads(parse_post(&reference_text(&name), None));
        assert_eq!(diagnostics, Vec::<String>::new(), "{name}");
        assert_eq!(post.title, entry.title, "{name}");
        assert_eq!(post.slug.as_deref(), Some(entry.slug.as_str()), "{name}");
    }
}

// ---------------------------------------------------------------------------
// exact decimals (number text read without floating point)
// ---------------------------------------------------------------------------

fn dec(text: &str) -> Decimal {
    Decimal::parse(text).unwrap_or_else(|| panic!("{text} did not parse"))
}

#[test]
fn decimals_read_json_number_text_exactly() {
    assert_eq!(dec("0").integer(), Some(0));
    assert_eq!(dec("-0.0").integer(), Some(0));
    assert_eq!(dec("42").integer(), Some(42));
    assert_eq!(dec("-12.50e1").integer(), Some(-125));
    assert_eq!(dec("1.5E3").integer(), Some(1500));
    assert_eq!(dec("2.5").integer(), None);
    assert_eq!(dec("1e400").integer(), None, "too large for i128");
    assert_eq!(dec("3.000").integer(), Some(3));
    assert_eq!(dec("300e-2").integer(), Some(3));
    assert_eq!(
        dec("1.2345678901234567891e20").integral_text(21).as_deref(),
        Some("123456789012345678910"),
        "exact where a float would round"
    );
    assert_eq!(dec("1e21").integral_text(21), None, "22 digits");
    assert_eq!(dec("-5e2").integral_text(21).as_deref(), Some("-500"));
    // Saturated exponents neither panic nor wrap.
    assert_eq!(
        dec("1e99999999999999999999999").cmp_int(100),
        std::cmp::Ordering::Greater
    );
    assert_eq!(
        dec("1e-99999999999999999999999").cmp_int(0),
        std::cmp::Ordering::Greater
    );
    for bad in [
        "", "-", "1.", ".5", "1e", "1e+", "0x10", "1_000", "--1", "1.2.3", "one",
    ] {
        assert_eq!(Decimal::parse(bad), None, "{bad:?}");
    }
}

#[test]
fn decimals_compare_and_round() {
    use std::cmp::Ordering::*;
    assert_eq!(dec("100").cmp_int(100), Equal);
    assert_eq!(dec("1e2").cmp_int(100), Equal);
    assert_eq!(dec("99.999").cmp_int(100), Less);
    assert_eq!(dec("100.001").cmp_int(100), Greater);
    assert_eq!(dec("-0.001").cmp_int(0), Less);
    assert_eq!(dec("-5").cmp_int(-4), Less);
    assert_eq!(dec("-3").cmp_int(-4), Greater);
    assert!(dec("0.05") < dec("0.5"));
    assert!(dec("12") < dec("12.5"));
    // Halves away from zero, then limited to the range.
    for (text, rounded) in [
        ("2.5", 3),
        ("3.49", 3),
        ("3.5", 4),
        ("2.05", 2),
        ("0.5", 2),
        ("-2.5", 2),
        ("1e400", 4),
        ("-1e400", 2),
        ("4.4", 4),
    ] {
        assert_eq!(dec(text).round_clamped(2, 4), rounded, "{text}");
    }
    assert_eq!(dec("-2.5").round_clamped(-10, 10), -3);
    assert_eq!(dec("0.05").round_clamped(-10, 10), 0);
    assert_eq!(dec("0.5").round_clamped(-10, 10), 1);
}

#[test]
fn heading_level_fractions_and_huge_numbers_round_into_range() {
    for (level, shown, written) in [
        ("2.5", 3u8, "2.5"),
        ("3.4", 3, "3.4"),
        ("1e400", 4, "1e+400"),
    ] {
        let json =
            format!(r#"{{"title":"T","body":[{{"type":"heading","text":"h","level":{level}}}]}}"#);
        let parsed = parse_post(&json, None);
        let post = parsed.value.expect("the post parses");
        assert_eq!(
            post.body[0].kind,
            BlockKind::Heading {
                text: "h".into(),
                level: shown
            },
            "{level}"
        );
        assert_eq!(
            parsed
                .diagnostics
                .iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>(),
            [format!(
                "body[0].level: heading level must be 2, 3 or 4; {written} shown as {shown}"
            )],
        );
        assert_eq!(parsed.diagnostics[0].severity, Severity::Warning);
    }
}
