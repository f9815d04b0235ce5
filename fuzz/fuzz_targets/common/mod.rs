//! Invariants shared by the fuzz targets. Each helper panics (which libFuzzer reports
//! as a crash) with a message naming the broken invariant and the offending value.

#![allow(dead_code)]

use alphanode_widgets::model::{check_url, Parsed};

/// The base URL the targets parse against, so relative URLs get resolved.
pub const BASE: &str = "https://host.test/posts/p.json";

/// What a browser does to a URL attribute before it looks for a scheme: trim leading
/// and trailing C0 controls and spaces, remove every tab and newline.
pub fn browser_clean(url: &str) -> String {
    url.trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect()
}

/// The lower-cased scheme of `url` as a browser's URL parser sees it, when it has one
/// (`ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"`).
pub fn scheme(url: &str) -> Option<String> {
    let cleaned = browser_clean(url);
    let colon = cleaned.find(':')?;
    let candidate = &cleaned[..colon];
    let mut chars = candidate.chars();
    let first_ok = matches!(chars.next(), Some(c) if c.is_ascii_alphabetic());
    let rest_ok = chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    (first_ok && rest_ok).then(|| candidate.to_ascii_lowercase())
}

/// Panics unless `url` is relative or an absolute http/https URL.
/// `context` names where the URL came from; it is only built for the panic message.
pub fn assert_web_or_relative(url: &str, context: impl FnOnce() -> String) {
    if let Some(s) = scheme(url) {
        assert!(
            s == "http" || s == "https",
            "{}: URL {url:?} has scheme {s:?}, only http/https (or relative) may pass",
            context()
        );
    }
}

/// `check_url` must refuse every non-web scheme, with or without a base.
pub fn check_url_invariants(raw: &str, base: Option<&str>) {
    if let Ok(url) = check_url(raw, base) {
        assert_web_or_relative(&url, || format!("check_url({raw:?}, {base:?})"));
    }
}

/// A parse result must explain a missing value, and every diagnostic must say where.
pub fn parsed_invariants<T>(parsed: &Parsed<T>, what: &str) {
    if parsed.value.is_none() {
        assert!(
            parsed.diagnostics.iter().any(|d| d.is_error()),
            "{what}: no value but no error diagnostic: {:?}",
            parsed.diagnostics
        );
    }
    for d in &parsed.diagnostics {
        assert!(
            !d.path.is_empty(),
            "{what}: diagnostic with an empty path: {d:?}"
        );
        assert!(
            !d.message.is_empty(),
            "{what}: diagnostic with an empty message: {d:?}"
        );
        if let (Some(line), Some(column)) = (d.line, d.column) {
            assert!(
                line >= 1 && column >= 1,
                "{what}: 0-based position in {d:?}"
            );
        }
    }
}

/// Attributes whose value a browser loads or navigates to.
const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "srcset",
    "action",
    "formaction",
    "poster",
    "data",
    "xlink:href",
    "background",
    "cite",
];

/// Checks rendered HTML for injected markup:
/// * no `<script`, `<iframe` or `<object` anywhere, in any case (text and attribute
///   values are escaped, so a literal one would be a real tag);
/// * read by html5ever as a browser without JavaScript reads it (the content of
///   `<noscript>` as elements too), the tree has exactly the elements the markup
///   writes (no text became a tag, nothing was closed early), none is a script,
///   iframe or object, none has an event-handler attribute (`on…`) or `srcdoc`, and
///   every URL attribute, decoded by the parser, is relative or http/https.
///
/// Parse errors that leave the structure as written are allowed: a U+0000 from the
/// input stays in the text as written, which HTML counts as one (a browser drops it).
pub fn html_invariants(html: &str) {
    let lower = html.to_ascii_lowercase();
    for tag in ["<script", "<iframe", "<object"] {
        assert!(!lower.contains(tag), "rendered HTML contains {tag}: {html}");
    }

    let parsed = anp_html_reader::parse_fragment(html, false);
    anp_html_reader::assert_structure_as_written(html, &parsed);
    for element in parsed.root_element().descendent_elements().skip(1) {
        let name = element.value().name();
        assert!(
            !matches!(name, "script" | "iframe" | "object"),
            "<{name}> in rendered HTML {html}"
        );
        for (attr, value) in element.value().attrs() {
            assert!(
                !attr.starts_with("on"),
                "event-handler attribute {attr}={value:?} on <{name}> in {html}"
            );
            assert!(attr != "srcdoc", "srcdoc attribute on <{name}> in {html}");
            if URL_ATTRIBUTES.contains(&attr) {
                assert_web_or_relative(value, || {
                    format!("<{name} {attr}=…> in rendered HTML {html}")
                });
            }
        }
    }
}
