//! The embed snippets the preview hands out: the post inline, or a URL for hosts that
//! publish the JSON.

use crate::components::{MetaLayout, Theme};

/// Where the copied snippet's `post.json` is assumed to be published; the host
/// replaces it (the `.example` domain is reserved and never resolves).
pub(super) const PUBLISH_PLACEHOLDER: &str = "https://your-site.example/post.json";

/// A snippet that renders `json` (the editor's text) exactly: the JSON in a
/// `<script type="application/json">`, the widget element pointing at it, and the
/// script tag for `embed.js` served from `base` (an absolute URL, no trailing slash).
pub(super) fn inline_snippet(
    base: &str,
    json: &str,
    slug: Option<&str>,
    layout: MetaLayout,
    theme: Theme,
) -> String {
    let id = element_id(slug);
    format!(
        "<script type=\"module\" src=\"{base}/embed.js\"></script>\n\
         <script type=\"application/json\" id=\"{id}\">{json}</script>\n\
         <div data-alphanode-post=\"#{id}\" {attrs}></div>\n",
        base = attribute(base),
        json = script_safe(json.trim()),
        attrs = options(layout, theme),
    )
}

/// A snippet for a host that publishes the post's JSON at [`PUBLISH_PLACEHOLDER`].
pub(super) fn url_snippet(base: &str, layout: MetaLayout, theme: Theme) -> String {
    format!(
        "<script type=\"module\" src=\"{base}/embed.js\"></script>\n\
         <!-- Publish the post's JSON (Download JSON) and put its address here. -->\n\
         <div data-alphanode-post=\"{PUBLISH_PLACEHOLDER}\" {attrs}></div>\n",
        base = attribute(base),
        attrs = options(layout, theme),
    )
}

fn options(layout: MetaLayout, theme: Theme) -> String {
    format!(
        "data-alphanode-theme=\"{}\" data-alphanode-layout=\"{}\"",
        theme.as_str(),
        layout.as_str()
    )
}

/// `alphanode-post-{slug}`, keeping only characters that need no escaping in an
/// attribute or a `#id` reference.
fn element_id(slug: Option<&str>) -> String {
    let clean: String = slug
        .unwrap_or_default()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .take(80)
        .collect();
    let clean = clean.trim_matches('-');
    if clean.is_empty() {
        "alphanode-post".to_owned()
    } else {
        format!("alphanode-post-{clean}")
    }
}

/// Text for inside a `<script>` element. Only `</` (which could close the element,
/// `</script>` in any case) and `<!--` (after which, followed by `<script`, a later
/// `</script>` no longer closes it) are special there. In valid JSON a `<` can only
/// appear inside a string, where `\/` and `\u003c` are escapes of the same text, so
/// the JSON still parses to the same value.
fn script_safe(json: &str) -> String {
    json.replace("<!--", "\\u003c!--").replace("</", "<\\/")
}

fn attribute(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_json_cannot_leave_its_script_element() {
        let json = r#"{"title": "</script><script>alert(1)</script>", "body": [{"type": "paragraph", "text": "<!--<script></SCRIPT x>"}]}"#;
        let snippet = inline_snippet(
            "https://h.example",
            json,
            Some("a/b c"),
            MetaLayout::Grid,
            Theme::Dark,
        );
        let inner = snippet
            .split_once("id=\"alphanode-post-a-b-c\">")
            .and_then(|(_, rest)| rest.split_once("</script>"))
            .map(|(inner, _)| inner.to_owned());
        let inner = inner.unwrap_or_default();
        assert!(!inner.contains("</") && !inner.contains("<!--"), "{inner}");
        let back: serde_json::Value = serde_json::from_str(&inner).unwrap_or_default();
        let original: serde_json::Value = serde_json::from_str(json).unwrap_or_default();
        assert_eq!(back, original);
        assert!(snippet.contains(
            "<div data-alphanode-post=\"#alphanode-post-a-b-c\" data-alphanode-theme=\"dark\" data-alphanode-layout=\"grid\"></div>"
        ));
        assert!(snippet
            .starts_with("<script type=\"module\" src=\"https://h.example/embed.js\"></script>\n"));
    }

    #[test]
    fn ids_and_urls_are_plain() {
        assert_eq!(element_id(None), "alphanode-post");
        assert_eq!(element_id(Some("\"><")), "alphanode-post");
        assert_eq!(
            element_id(Some("keeping-staging")),
            "alphanode-post-keeping-staging"
        );
        let snippet = url_snippet("https://h.example/a\"b", MetaLayout::List, Theme::Auto);
        assert!(snippet.contains("src=\"https://h.example/a&quot;b/embed.js\""));
        assert!(snippet.contains(&format!("data-alphanode-post=\"{PUBLISH_PLACEHOLDER}\"")));
    }
}
