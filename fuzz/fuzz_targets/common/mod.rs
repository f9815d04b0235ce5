//! Invariants shared by the fuzz targets. Each helper panics (which libFuzzer reports
//! as a crash) with a message naming the broken invariant and the offending value.

#![allow(dead_code)]

use alphanode_widgets::components::{Article, ArticleState};
use alphanode_widgets::model::{check_url, Parsed};
use leptos::prelude::*;
#[allow(unused_imports)]
use leptos::tachys::view::RenderHtml;

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

/// Renders an [`Article`] to HTML natively, inside a fresh reactive owner.
pub fn render_article(state: ArticleState) -> String {
    let owner = Owner::new();
    let html = owner.with(move || view! { <Article state /> }.to_html());
    drop(owner);
    html
}

/// The minimal entity decoding a browser applies to attribute values (enough for the
/// checks here: named `amp`, `quot`, `lt`, `gt`, `apos`, `colon`, `tab`, `newline`
/// and numeric references).
pub fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let end = after.find(';').filter(|&e| e <= 12);
        let decoded = end.and_then(|e| {
            let name = after[..e].to_ascii_lowercase();
            let code = if let Some(hex) = name.strip_prefix("#x") {
                u32::from_str_radix(hex, 16).ok()?
            } else if let Some(dec) = name.strip_prefix('#') {
                dec.parse().ok()?
            } else {
                match name.as_str() {
                    "amp" => '&' as u32,
                    "quot" => '"' as u32,
                    "lt" => '<' as u32,
                    "gt" => '>' as u32,
                    "apos" => '\'' as u32,
                    "colon" => ':' as u32,
                    "tab" => '\t' as u32,
                    "newline" => '\n' as u32,
                    _ => return None,
                }
            };
            char::from_u32(code)
        });
        match (decoded, end) {
            (Some(c), Some(e)) => {
                out.push(c);
                rest = &after[e + 1..];
            }
            _ => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
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
/// * no `<script` anywhere, in any case (Leptos escapes `<` in text and attribute
///   values, so a literal one would be a real tag);
/// * a small tag scanner (comments skipped, quoted attribute values honoured) finds no
///   event-handler attribute (`on…`), no `style`/`srcdoc` attribute carrying input, and
///   every URL attribute is relative or http/https after entity decoding.
pub fn html_invariants(html: &str) {
    let lower = html.to_ascii_lowercase();
    assert!(
        !lower.contains("<script"),
        "rendered HTML contains <script: {html}"
    );
    assert!(
        !lower.contains("<iframe"),
        "rendered HTML contains <iframe: {html}"
    );
    assert!(
        !lower.contains("<object"),
        "rendered HTML contains <object: {html}"
    );

    let bytes = html.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        let rest = &html[i..];
        if rest.starts_with("<!--") {
            let end = rest
                .find("-->")
                .unwrap_or_else(|| panic!("unterminated comment in {html}"));
            i += end + 3;
            continue;
        }
        if rest.starts_with("<!") {
            // Leptos's `<!>` hydration marker.
            let end = rest
                .find('>')
                .unwrap_or_else(|| panic!("unterminated <! in {html}"));
            i += end + 1;
            continue;
        }
        i = scan_tag(html, i + 1);
    }
}

/// Scans one tag starting just after its `<`; returns the index after its `>`.
fn scan_tag(html: &str, start: usize) -> usize {
    let bytes = html.as_bytes();
    let mut i = start;
    if bytes.get(i) == Some(&b'/') {
        i += 1;
    }
    let name_start = i;
    while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'-') {
        i += 1;
    }
    let name = &html[name_start..i];
    assert!(
        !name.is_empty(),
        "'<' not followed by a tag name at byte {start} of {html}"
    );
    loop {
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        match bytes.get(i) {
            None => panic!("unterminated tag <{name} in {html}"),
            Some(b'>') => return i + 1,
            Some(b'/') if bytes.get(i + 1) == Some(&b'>') => return i + 2,
            _ => {}
        }
        let attr_start = i;
        while i < bytes.len()
            && !matches!(
                bytes[i],
                b'=' | b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'
            )
        {
            i += 1;
        }
        let attr = html[attr_start..i].to_ascii_lowercase();
        assert!(
            !attr.is_empty(),
            "empty attribute name in <{name} at byte {attr_start} of {html}"
        );
        let mut value = None;
        if bytes.get(i) == Some(&b'=') {
            i += 1;
            match bytes.get(i) {
                Some(&q @ (b'"' | b'\'')) => {
                    let close = html[i + 1..].find(q as char).unwrap_or_else(|| {
                        panic!("unterminated attribute value in <{name} {attr}= of {html}")
                    });
                    value = Some(&html[i + 1..i + 1 + close]);
                    i += close + 2;
                }
                _ => {
                    let v_start = i;
                    while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' {
                        i += 1;
                    }
                    value = Some(&html[v_start..i]);
                }
            }
        }
        assert!(
            !attr.starts_with("on"),
            "event-handler attribute {attr}={value:?} on <{name}> in {html}"
        );
        assert!(attr != "srcdoc", "srcdoc attribute on <{name}> in {html}");
        if let Some(value) = value {
            if URL_ATTRIBUTES.contains(&attr.as_str()) {
                let decoded = decode_entities(value);
                assert_web_or_relative(&decoded, || {
                    format!("<{name} {attr}=…> in rendered HTML {html}")
                });
            }
        }
    }
}
