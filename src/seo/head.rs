//! The head of a static page: description, canonical link, Open Graph and Twitter
//! card tags, and schema.org `BlogPosting` JSON-LD, as `anp-render --index` writes
//! them into each page (before `</head>`). Every value is text: attributes are
//! escaped, and the JSON-LD is escaped so that no post text can end its `<script>`.
//!
//! ```
//! use alphanode_widgets::seo::head::{head_tags, PageMeta};
//! let meta = PageMeta {
//!     title: "A <b>".into(),
//!     description: Some("About \"it\"".into()),
//!     canonical: Some("https://x.test/posts/a".into()),
//!     ..PageMeta::default()
//! };
//! let tags = head_tags(&meta);
//! assert!(tags.contains(r#"<link rel="canonical" href="https://x.test/posts/a" />"#));
//! assert!(tags.contains(r#"<meta property="og:title" content="A &lt;b&gt;" />"#));
//! assert!(!tags.contains("ld+json"), "a website, not an article: no BlogPosting");
//! ```

use serde_json::{json, Map, Value};

use super::{clean_text, og_locale, SITE_NAME};

/// What kind of page: a post (`og:type=article`, a `BlogPosting`) or the site's index
/// (`og:type=website`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PageKind {
    /// The index, or any page that is not one post.
    #[default]
    Website,
    /// One post.
    Article,
}

/// What the head says about one page. URLs are written only when absolute: a
/// canonical link, `og:url` and `og:image` must be (Open Graph and the canonical
/// link are read without the page's address), so without `--site-url` they are left
/// out rather than written wrong.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageMeta {
    /// The page's own title (the post's headline), without the site's name.
    pub title: String,
    /// The description (see [`describe`](super::describe)).
    pub description: Option<String>,
    /// The page's absolute URL.
    pub canonical: Option<String>,
    /// An absolute image URL: the post's first figure.
    pub image: Option<String>,
    /// The image's alternative text.
    pub image_alt: Option<String>,
    /// The content's language (BCP 47), the post's `lang`.
    pub lang: Option<String>,
    /// Keywords: the post's topic and stacks.
    pub keywords: Vec<String>,
    /// The post's `id`, as the `BlogPosting`'s `identifier`.
    pub id: Option<String>,
    /// Post or index.
    pub kind: PageKind,
    /// The site's Atom feed (absolute), linked as `rel="alternate"` for feed readers.
    pub feed: Option<String>,
}

impl PageMeta {
    /// What a post's page says about it: its title, [`describe`](super::describe)
    /// (else `fallback`, e.g. the index entry's summary, else the title), keywords, language, id,
    /// and — when the site's URL is known — its canonical URL `posts/{slug}` and its
    /// first figure as an absolute URL (a relative `src` resolves against the post
    /// document at `posts/{slug}.json`, where the app reads it). Without a site URL
    /// only an image that is already absolute is kept.
    ///
    /// ```
    /// use alphanode_widgets::model::parse_post;
    /// use alphanode_widgets::seo::{head::PageMeta, SiteUrl};
    /// let post = parse_post(r#"{"title":"T","body":[{"type":"image","src":"img/a.png","alt":"A"}]}"#, None)
    ///     .value.unwrap();
    /// let site = SiteUrl::parse("https://x.test/blog/", None).unwrap();
    /// let meta = PageMeta::post(&post, "t", Some("About T"), Some(&site));
    /// assert_eq!(meta.canonical.as_deref(), Some("https://x.test/blog/posts/t"));
    /// assert_eq!(meta.image.as_deref(), Some("https://x.test/blog/posts/img/a.png"));
    /// assert_eq!(meta.description.as_deref(), Some("About T"));
    /// assert_eq!(PageMeta::post(&post, "t", None, None).image, None);
    /// ```
    pub fn post(
        post: &crate::model::Post,
        slug: &str,
        fallback: Option<&str>,
        site: Option<&super::SiteUrl>,
    ) -> Self {
        use crate::model::{check_url, fill_link_template, is_absolute_web_url};
        let description = super::page_description(post, fallback);
        let src = super::first_image(post);
        let image = src.and_then(|src| {
            if is_absolute_web_url(src) {
                return check_url(src, None).ok();
            }
            let document = site?.page(&fill_link_template("posts/{slug}.json", slug));
            check_url(src, Some(&document))
                .ok()
                .filter(|u| is_absolute_web_url(u))
        });
        let image_alt = image.as_ref().and_then(|_| {
            post.body.iter().find_map(|b| match &b.kind {
                crate::model::BlockKind::Image(i) if i.src.is_some() => {
                    i.alt.clone().filter(|a| !a.trim().is_empty())
                }
                _ => None,
            })
        });
        Self {
            title: post.title.clone(),
            description,
            canonical: site.map(|s| s.post(slug)),
            image,
            image_alt,
            lang: post.lang.clone(),
            keywords: super::keywords(post),
            id: post.id.clone(),
            kind: PageKind::Article,
            feed: None,
        }
    }
}

/// Give `page` the description `text`: the content of its `<meta name="description">`
/// (the first, as the app's `index.html` writes it) is replaced, or the element is
/// added before `</head>`; a page has one description, never two.
///
/// ```
/// use alphanode_widgets::seo::head::set_description;
/// let mut page = r#"<head><meta name="description" content="app" /></head>"#.to_owned();
/// set_description(&mut page, "a \"post\"");
/// assert_eq!(page, "<head><meta name=\"description\" content=\"a &quot;post&quot;\" />\n</head>");
/// ```
pub fn set_description(page: &mut String, text: &str) {
    let mut meta = String::new();
    tag(
        &mut meta,
        "meta",
        &[("name", "description"), ("content", text)],
    );
    let existing = page.find("<meta name=\"description\"").and_then(|start| {
        let end = page.get(start..)?.find('>')? + start + 1;
        // The line break after it goes too: the new element brings its own.
        let end = if page.get(end..)?.starts_with('\n') {
            end + 1
        } else {
            end
        };
        Some(start..end)
    });
    match existing {
        Some(range) => page.replace_range(range, &meta),
        None => insert_into_head(page, &meta),
    }
}

/// Put `tags` into `page` just before its `</head>` (nothing happens to a page
/// without one).
///
/// ```
/// let mut page = "<head><title>x</title></head><body></body>".to_owned();
/// alphanode_widgets::seo::head::insert_into_head(&mut page, "<meta name=\"a\" />\n");
/// assert_eq!(page, "<head><title>x</title><meta name=\"a\" />\n</head><body></body>");
/// ```
pub fn insert_into_head(page: &mut String, tags: &str) {
    if let Some(end) = page.find("</head>") {
        page.insert_str(end, tags);
    }
}

/// The tags for `meta`, one a line, to put before `</head>`; the description itself
/// is not among them ([`fill_template`](crate::prerender::fill_template) writes it).
/// A post's tags end with its JSON-LD ([`json_ld`]).
///
/// ```
/// use alphanode_widgets::seo::head::{head_tags, PageKind, PageMeta};
/// let meta = PageMeta { title: "T".into(), kind: PageKind::Article, lang: Some("pt-BR".into()), ..PageMeta::default() };
/// let tags = head_tags(&meta);
/// assert!(tags.contains(r#"<meta property="og:type" content="article" />"#));
/// assert!(tags.contains(r#"<meta property="og:locale" content="pt_BR" />"#));
/// assert!(tags.contains(r#"<meta name="twitter:card" content="summary" />"#));
/// assert!(tags.contains(r#"<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting""#));
/// ```
pub fn head_tags(meta: &PageMeta) -> String {
    let mut out = String::new();
    let title = clean_text(&meta.title);
    let description = meta.description.as_deref().map(clean_text);
    if let Some(url) = &meta.canonical {
        tag(&mut out, "link", &[("rel", "canonical"), ("href", url)]);
    }
    if let Some(feed) = &meta.feed {
        tag(
            &mut out,
            "link",
            &[
                ("rel", "alternate"),
                ("type", "application/atom+xml"),
                ("href", feed),
            ],
        );
    }
    let property = |out: &mut String, name: &str, content: &str| {
        tag(out, "meta", &[("property", name), ("content", content)]);
    };
    let named = |out: &mut String, name: &str, content: &str| {
        tag(out, "meta", &[("name", name), ("content", content)]);
    };
    property(&mut out, "og:site_name", SITE_NAME);
    property(&mut out, "og:title", &title);
    if let Some(d) = &description {
        property(&mut out, "og:description", d);
    }
    let og_type = match meta.kind {
        PageKind::Article => "article",
        PageKind::Website => "website",
    };
    property(&mut out, "og:type", og_type);
    if let Some(url) = &meta.canonical {
        property(&mut out, "og:url", url);
    }
    if let Some(image) = &meta.image {
        property(&mut out, "og:image", image);
        if let Some(alt) = meta.image_alt.as_deref().map(clean_text) {
            property(&mut out, "og:image:alt", &alt);
        }
    }
    if let Some(lang) = &meta.lang {
        property(&mut out, "og:locale", &og_locale(lang));
    }
    if meta.kind == PageKind::Article {
        for word in &meta.keywords {
            property(&mut out, "article:tag", &clean_text(word));
        }
    }
    let card = if meta.image.is_some() {
        "summary_large_image"
    } else {
        "summary"
    };
    named(&mut out, "twitter:card", card);
    named(&mut out, "twitter:title", &title);
    if let Some(d) = &description {
        named(&mut out, "twitter:description", d);
    }
    if let Some(image) = &meta.image {
        named(&mut out, "twitter:image", image);
        if let Some(alt) = meta.image_alt.as_deref().map(clean_text) {
            named(&mut out, "twitter:image:alt", &alt);
        }
    }
    if meta.kind == PageKind::Article {
        out.push_str("<script type=\"application/ld+json\">");
        out.push_str(&json_ld(meta));
        out.push_str("</script>\n");
    }
    out
}

/// The post's schema.org `BlogPosting` as JSON that is safe as the text of a
/// `<script>`: `<`, `>` and `&` are written `\u003c`, `\u003e`, `\u0026` (and U+2028,
/// U+2029 escaped too), so no text can close the script or open a comment, and the
/// JSON still means the same. Fields the post gives nothing for are left out; format
/// 1 has no dates or authors, so there are none.
///
/// ```
/// use alphanode_widgets::seo::head::{json_ld, PageMeta};
/// let meta = PageMeta { title: "</script><b>".into(), ..PageMeta::default() };
/// let text = json_ld(&meta);
/// assert!(!text.contains('<'));
/// let value: serde_json::Value = serde_json::from_str(&text).unwrap();
/// assert_eq!(value["headline"], "</script><b>");
/// ```
pub fn json_ld(meta: &PageMeta) -> String {
    let mut ld = Map::new();
    ld.insert("@context".into(), json!("https://schema.org"));
    ld.insert("@type".into(), json!("BlogPosting"));
    ld.insert("headline".into(), json!(clean_text(&meta.title)));
    if let Some(d) = &meta.description {
        ld.insert("description".into(), json!(clean_text(d)));
    }
    if let Some(url) = &meta.canonical {
        ld.insert("url".into(), json!(url));
        ld.insert(
            "mainEntityOfPage".into(),
            json!({ "@type": "WebPage", "@id": url }),
        );
    }
    if let Some(image) = &meta.image {
        ld.insert("image".into(), json!([image]));
    }
    if let Some(lang) = &meta.lang {
        ld.insert("inLanguage".into(), json!(lang));
    }
    if !meta.keywords.is_empty() {
        let words: Vec<String> = meta.keywords.iter().map(|w| clean_text(w)).collect();
        ld.insert("keywords".into(), json!(words));
    }
    if let Some(id) = &meta.id {
        ld.insert("identifier".into(), json!(id));
    }
    ld.insert(
        "publisher".into(),
        json!({ "@type": "Organization", "name": SITE_NAME }),
    );
    script_safe_json(&Value::Object(ld))
}

/// `value` as compact JSON with every character that means something to an HTML
/// parser inside `<script>` escaped.
fn script_safe_json(value: &Value) -> String {
    let text = value.to_string();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// `<name a="v" … />` and a newline, the values escaped for double-quoted attributes.
fn tag(out: &mut String, name: &str, attributes: &[(&str, &str)]) {
    out.push('<');
    out.push_str(name);
    for (key, value) in attributes {
        out.push(' ');
        out.push_str(key);
        out.push_str("=\"");
        html_escape::encode_double_quoted_attribute_to_string(value, out);
        out.push('"');
    }
    out.push_str(" />\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_text_closes_the_script() {
        let evil = "</script><script>alert(1)</script><!-- \u{2028} & ' \"";
        let meta = PageMeta {
            title: evil.into(),
            description: Some(evil.into()),
            keywords: vec![evil.into()],
            kind: PageKind::Article,
            ..PageMeta::default()
        };
        let tags = head_tags(&meta);
        let start = tags.find("<script type=\"application/ld+json\">").unwrap();
        let body = &tags[start + "<script type=\"application/ld+json\">".len()..];
        let end = body.find("</script>").unwrap();
        assert_eq!(
            end + "</script>\n".len(),
            body.len(),
            "one script end, the last"
        );
        let value: Value = serde_json::from_str(&body[..end]).unwrap();
        assert_eq!(value["headline"], clean_text(evil));
        assert_eq!(value["keywords"][0], clean_text(evil));
    }
}
