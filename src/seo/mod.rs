//! What search engines, link previews and feed readers read about a page: its
//! description, its canonical URL, its language and direction, its keywords. Plain
//! Rust over the [model](crate::model), with no Leptos and no browser, so the static
//! export (`anp-render --site-url`, feature `ssr`: [`head`], [`sitemap`], [`feed`])
//! and the app's head ([`crate::app`]) say the same things about the same post.
//!
//! ```
//! use alphanode_widgets::model::parse_post;
//! use alphanode_widgets::seo::describe;
//! let post = parse_post(r#"{"title":"T","body":[{"type":"paragraph","text":"First words."}]}"#, None)
//!     .value.unwrap();
//! assert_eq!(describe(&post).as_deref(), Some("First words."));
//! ```

#[cfg(feature = "ssr")]
pub mod feed;
#[cfg(feature = "ssr")]
pub mod head;
#[cfg(feature = "ssr")]
pub mod sitemap;

use crate::model::{BlockKind, Post};

/// The site's name: the end of every document title ("Posts — alphanode"), the feed's
/// author, `og:site_name`.
pub const SITE_NAME: &str = "alphanode";

/// `document.title` (and the static pages' `<title>`) for a page titled `title`.
///
/// ```
/// assert_eq!(alphanode_widgets::seo::document_title("Posts"), "Posts — alphanode");
/// ```
pub fn document_title(title: &str) -> String {
    format!("{title} — {SITE_NAME}")
}

/// The index page's description when the publisher gives none
/// (`anp-render --site-description`); the app's index says the same.
pub const DEFAULT_SITE_DESCRIPTION: &str =
    "Practical engineering posts: how-tos, checklists and notes on building and running software.";

/// The designer preview's description (the app's `/preview`).
pub const PREVIEW_DESCRIPTION: &str =
    "Designer preview: edit an alphanode post's JSON and see it rendered live in every layout, theme and width.";

/// The not-found page's description.
pub const NOT_FOUND_DESCRIPTION: &str = "This page does not exist; browse all alphanode posts.";

/// Longest description written, in characters: what search results show before they
/// cut (about 155–160), so the cut is ours, at a word, not theirs mid-word.
pub const DESCRIPTION_LIMIT: usize = 160;

/// A post's description: its `meta.summary` when it is a non-empty string, else its
/// first non-empty paragraph; whitespace collapsed, control characters dropped, and
/// cut at a word boundary to [`DESCRIPTION_LIMIT`] characters. `None` when the post
/// has neither.
///
/// ```
/// use alphanode_widgets::model::parse_post;
/// use alphanode_widgets::seo::describe;
/// let post = parse_post(r#"{"title":"T","body":[],"meta":{"summary":"  Short\n summary. "}}"#, None)
///     .value.unwrap();
/// assert_eq!(describe(&post).as_deref(), Some("Short summary."));
/// ```
pub fn describe(post: &Post) -> Option<String> {
    let summary = post
        .meta
        .as_ref()
        .and_then(|m| m.get("summary"))
        .and_then(|v| v.as_str())
        .map(clean_text)
        .filter(|s| !s.is_empty());
    let text = summary.or_else(|| {
        post.body.iter().find_map(|b| match &b.kind {
            BlockKind::Paragraph { text } => Some(clean_text(text)).filter(|t| !t.is_empty()),
            _ => None,
        })
    })?;
    Some(cut_at_word(&text, DESCRIPTION_LIMIT))
}

/// The description of a post's page, in the static export and in the app alike:
/// [`describe`], else `fallback` (the index entry's summary, where there is one),
/// else the post's title — so a post page never keeps the site's description. `None`
/// only for a post with no text at all.
///
/// ```
/// use alphanode_widgets::model::parse_post;
/// use alphanode_widgets::seo::page_description;
/// let post = parse_post(r#"{"title":"Only a title","body":[]}"#, None).value.unwrap();
/// assert_eq!(page_description(&post, Some(" From the index ")).as_deref(), Some("From the index"));
/// assert_eq!(page_description(&post, None).as_deref(), Some("Only a title"));
/// ```
pub fn page_description(post: &Post, fallback: Option<&str>) -> Option<String> {
    describe(post).or_else(|| {
        [fallback, Some(post.title.as_str())]
            .into_iter()
            .flatten()
            .map(clean_text)
            .find(|d| !d.is_empty())
            .map(|d| cut_at_word(&d, DESCRIPTION_LIMIT))
    })
}

/// `text` with runs of whitespace made one space, control characters (invalid in XML,
/// parse errors in HTML) dropped, and trimmed.
///
/// ```
/// assert_eq!(alphanode_widgets::seo::clean_text(" a\u{0}\n\t b "), "a b");
/// ```
pub fn clean_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
        } else if !c.is_control() && c != '\u{FFFE}' && c != '\u{FFFF}' {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    out
}

/// `text` cut to at most `max` characters, at the last space before the limit with
/// `…` added; a text without a space there (Chinese, Japanese, one long word) is cut
/// at the character. Texts that fit are returned whole.
///
/// ```
/// use alphanode_widgets::seo::cut_at_word;
/// assert_eq!(cut_at_word("one two three", 10), "one two…");
/// assert_eq!(cut_at_word("one two", 10), "one two");
/// assert_eq!(cut_at_word("一二三四五六", 4), "一二三…");
/// ```
pub fn cut_at_word(text: &str, max: usize) -> String {
    if text.chars().count() <= max || max == 0 {
        return text.to_owned();
    }
    // Room for the ellipsis.
    let keep = max - 1;
    let end = text.char_indices().nth(keep).map_or(text.len(), |(i, _)| i);
    let head = text.get(..end).unwrap_or(text);
    // A word boundary: the last space, unless that leaves less than half the room.
    let cut = match head.rfind(' ') {
        Some(space)
            if head
                .get(..space)
                .is_some_and(|h| h.chars().count() >= keep / 2) =>
        {
            head.get(..space).unwrap_or(head)
        }
        _ => head,
    };
    let mut out = cut
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '-'))
        .to_owned();
    out.push('…');
    out
}

/// The post's keywords: its `meta.topic` (a string) and `meta.stack` (a string or
/// strings), in that order, each once; empty when the post has neither.
///
/// ```
/// use alphanode_widgets::model::parse_post;
/// use alphanode_widgets::seo::keywords;
/// let post = parse_post(r#"{"title":"T","body":[],"meta":{"topic":"caching","stack":["rust","caching"]}}"#, None)
///     .value.unwrap();
/// assert_eq!(keywords(&post), ["caching", "rust"]);
/// ```
pub fn keywords(post: &Post) -> Vec<String> {
    let Some(meta) = post.meta.as_ref() else {
        return Vec::new();
    };
    let mut out: Vec<String> = Vec::new();
    let mut add = |v: &serde_json::Value| {
        if let Some(word) = v.as_str().map(clean_text).filter(|w| !w.is_empty()) {
            if !out.contains(&word) {
                out.push(word);
            }
        }
    };
    if let Some(topic) = meta.get("topic") {
        add(topic);
    }
    match meta.get("stack") {
        Some(serde_json::Value::Array(items)) => items.iter().for_each(&mut add),
        Some(one) => add(one),
        None => {}
    }
    out
}

/// The first image of the post that has a URL (what a link preview shows), as the
/// post gives it: absolute, or relative to the document.
///
/// ```
/// use alphanode_widgets::model::parse_post;
/// let post = parse_post(r#"{"title":"T","body":[{"type":"image","src":"a.png"}]}"#, None).value.unwrap();
/// assert_eq!(alphanode_widgets::seo::first_image(&post), Some("a.png"));
/// ```
pub fn first_image(post: &Post) -> Option<&str> {
    post.body.iter().find_map(|b| match &b.kind {
        BlockKind::Image(image) => image.src.as_deref(),
        _ => None,
    })
}

/// Whether text in the language `tag` (BCP 47) is written right to left: by its
/// script subtag when it has one (`Arab`, `Hebr`, `Thaa`, `Syrc`, `Nkoo`, `Adlm`,
/// `Rohg`), else by its language (Arabic, Hebrew, Persian, Urdu, Pashto, Sindhi,
/// Uyghur, Yiddish, Dhivehi, Kurdish Sorani, …). `az-Arab` is; `pa` is not.
///
/// ```
/// use alphanode_widgets::seo::is_rtl_language;
/// assert!(is_rtl_language("ar-EG"));
/// assert!(is_rtl_language("he"));
/// assert!(!is_rtl_language("en"));
/// assert!(is_rtl_language("az-Arab"));
/// assert!(!is_rtl_language("ku-Latn"));
/// ```
pub fn is_rtl_language(tag: &str) -> bool {
    const RTL_SCRIPTS: [&str; 7] = ["arab", "hebr", "thaa", "syrc", "nkoo", "adlm", "rohg"];
    const RTL_LANGUAGES: [&str; 14] = [
        "ar", "he", "iw", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb", "syr", "arc", "nqo",
    ];
    let lower = tag.to_ascii_lowercase();
    let mut parts = lower.split(['-', '_']);
    let language = parts.next().unwrap_or_default();
    if let Some(script) = parts.next().filter(|p| p.len() == 4) {
        return RTL_SCRIPTS.contains(&script);
    }
    RTL_LANGUAGES.contains(&language)
}

/// `rtl` or `ltr` for the language `tag` (see [`is_rtl_language`]).
///
/// ```
/// assert_eq!(alphanode_widgets::seo::language_dir("fa"), "rtl");
/// ```
pub fn language_dir(tag: &str) -> &'static str {
    if is_rtl_language(tag) {
        "rtl"
    } else {
        "ltr"
    }
}

/// Open Graph's `og:locale` for a BCP 47 tag: `language_TERRITORY` (`en-GB` →
/// `en_GB`, `zh-Hant-TW` → `zh_TW`); a tag without a region gives its language alone
/// (`de`), since guessing a territory would be wrong as often as right.
///
/// ```
/// use alphanode_widgets::seo::og_locale;
/// assert_eq!(og_locale("en-gb"), "en_GB");
/// assert_eq!(og_locale("zh-Hant-TW"), "zh_TW");
/// assert_eq!(og_locale("de"), "de");
/// ```
pub fn og_locale(tag: &str) -> String {
    let mut parts = tag.split(['-', '_']);
    let language = parts.next().unwrap_or_default().to_ascii_lowercase();
    let region = parts.find(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()));
    match region {
        Some(r) => format!("{language}_{}", r.to_ascii_uppercase()),
        None => language,
    }
}

/// Where the export is served: the site's origin and the path of its index (always
/// ending in `/`). Every absolute URL of the head tags, the sitemap and the feed is
/// made here, so each follows `--base`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteUrl {
    /// `https://example.com`, no trailing slash.
    origin: String,
    /// `/` or `/docs/posts/`.
    base: String,
}

impl SiteUrl {
    /// The site at `url` (absolute `http:`/`https:`, e.g. `https://example.com` or
    /// `https://example.com/blog/`), published under `base` (`anp-render --base`,
    /// e.g. `/blog/`; `None` when not given). A path in `url` is the base when `base`
    /// is not given; when both are, they must agree. Query strings and fragments are
    /// refused: a site is a place, not a request.
    ///
    /// ```
    /// use alphanode_widgets::seo::SiteUrl;
    /// let site = SiteUrl::parse("https://example.com", Some("/blog")).unwrap();
    /// assert_eq!(site.index(), "https://example.com/blog/");
    /// assert_eq!(site.page("posts/a%20b"), "https://example.com/blog/posts/a%20b");
    /// assert_eq!(SiteUrl::parse("https://example.com/blog/", None).unwrap(), site);
    /// assert!(SiteUrl::parse("example.com", None).is_err());
    /// assert!(SiteUrl::parse("https://example.com/a/", Some("/b/")).is_err());
    /// ```
    pub fn parse(url: &str, base: Option<&str>) -> Result<Self, String> {
        let not_absolute = || {
            format!(
                "--site-url must be an absolute http:// or https:// URL (e.g. https://example.com), not {url:?}"
            )
        };
        let trimmed = url.trim();
        let (scheme, rest) = trimmed.split_once("://").ok_or_else(not_absolute)?;
        let scheme = scheme.to_ascii_lowercase();
        if scheme != "http" && scheme != "https" {
            return Err(not_absolute());
        }
        if rest.contains(['?', '#']) || rest.chars().any(|c| c.is_whitespace() || c == '\\') {
            return Err(format!(
                "--site-url takes a site's address without spaces, query or fragment, not {url:?}"
            ));
        }
        let (host, path) = rest.find('/').map_or((rest, ""), |i| rest.split_at(i));
        if host.is_empty() || host.starts_with(['.', ':']) || host.contains('@') {
            return Err(not_absolute());
        }
        let url_base = normal_base(path);
        let base = match base.map(normal_base) {
            Some(b) if url_base != "/" && b != url_base => {
                return Err(format!(
                    "--site-url's path {url_base} and --base {b} disagree: give the path once"
                ))
            }
            Some(b) => b,
            None => url_base,
        };
        Ok(Self {
            origin: format!("{scheme}://{}", host.to_ascii_lowercase()),
            base,
        })
    }

    /// The base path, `/` or `/blog/`.
    ///
    /// ```
    /// # use alphanode_widgets::seo::SiteUrl;
    /// assert_eq!(SiteUrl::parse("http://x.test/a", None).unwrap().base(), "/a/");
    /// ```
    pub fn base(&self) -> &str {
        &self.base
    }

    /// The index page's URL, `https://example.com/blog/`.
    ///
    /// ```
    /// # use alphanode_widgets::seo::SiteUrl;
    /// assert_eq!(SiteUrl::parse("http://x.test", None).unwrap().index(), "http://x.test/");
    /// ```
    pub fn index(&self) -> String {
        format!("{}{}", self.origin, self.base)
    }

    /// The URL of `path` (already percent-encoded, relative to the base).
    ///
    /// ```
    /// # use alphanode_widgets::seo::SiteUrl;
    /// assert_eq!(SiteUrl::parse("http://x.test", None).unwrap().page("feed.xml"), "http://x.test/feed.xml");
    /// ```
    pub fn page(&self, path: &str) -> String {
        format!(
            "{}{}{}",
            self.origin,
            self.base,
            path.trim_start_matches('/')
        )
    }

    /// A post page's URL: the app's route `posts/{slug}`, the slug percent-encoded.
    ///
    /// ```
    /// # use alphanode_widgets::seo::SiteUrl;
    /// let site = SiteUrl::parse("https://x.test", Some("/b/")).unwrap();
    /// assert_eq!(site.post("a b"), "https://x.test/b/posts/a%20b");
    /// ```
    pub fn post(&self, slug: &str) -> String {
        self.page(&crate::model::fill_link_template("posts/{slug}", slug))
    }
}

/// `text` escaped for XML character data and double-quoted attribute values, with the
/// characters XML 1.0 does not allow at all (control characters but tab and line
/// breaks, U+FFFE, U+FFFF) dropped: an escape cannot make them valid.
#[cfg(feature = "ssr")]
pub(crate) fn xml_escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
}

/// `path` as a base path: one leading and one trailing slash.
fn normal_base(path: &str) -> String {
    let inner = path.trim_matches('/');
    if inner.is_empty() {
        "/".to_owned()
    } else {
        format!("/{inner}/")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_keep_whole_words_and_never_exceed_the_limit() {
        let text = "word ".repeat(100);
        let cut = cut_at_word(text.trim(), DESCRIPTION_LIMIT);
        assert!(cut.chars().count() <= DESCRIPTION_LIMIT, "{cut}");
        assert!(cut.ends_with("word…"), "{cut}");
        // One long word: cut at the character.
        let long = "x".repeat(500);
        assert_eq!(cut_at_word(&long, 10), format!("{}…", "x".repeat(9)));
        // Multi-byte text cuts on characters, not bytes.
        let arabic = "مرحبا ".repeat(60);
        let cut = cut_at_word(arabic.trim(), 20);
        assert!(
            cut.chars().count() <= 20 && cut.ends_with("مرحبا…"),
            "{cut}"
        );
    }

    #[test]
    fn site_urls_are_checked_and_normalised() {
        for bad in [
            "",
            "/blog",
            "ftp://x.test",
            "https://",
            "https://x.test/?q",
            "javascript:alert(1)",
            "https://x .test",
        ] {
            assert!(SiteUrl::parse(bad, None).is_err(), "{bad}");
        }
        let site = SiteUrl::parse("HTTPS://Example.COM/", Some("docs/posts")).unwrap();
        assert_eq!(site.index(), "https://example.com/docs/posts/");
        assert!(SiteUrl::parse("https://x.test/docs/", Some("/docs")).is_ok());
    }
}
