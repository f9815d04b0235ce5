//! The export's Atom 1.0 feed (RFC 4287), `feed.xml`: the newest posts. Format 1 gives
//! posts no dates, so "newest" is the publisher's order (the index's, first first),
//! and each entry's `updated` is what the caller knows of its last change
//! (`anp-render`: the post file's modification time).
//!
//! ```
//! use alphanode_widgets::seo::feed::{atom, Entry, Feed};
//! use alphanode_widgets::seo::SiteUrl;
//! let site = SiteUrl::parse("https://x.test", None).unwrap();
//! let feed = Feed {
//!     site: site.clone(),
//!     title: "Posts — alphanode".into(),
//!     subtitle: None,
//!     lang: Some("en".into()),
//!     entries: vec![Entry {
//!         url: site.post("a"),
//!         title: "A & B".into(),
//!         summary: None,
//!         updated: "2026-01-02T03:04:05Z".into(),
//!         categories: vec![],
//!         lang: None,
//!     }],
//! };
//! let xml = atom(&feed);
//! assert!(xml.contains("<entry><id>https://x.test/posts/a</id><title>A &amp; B</title>"));
//! assert!(xml.contains("<updated>2026-01-02T03:04:05Z</updated>"));
//! ```

use super::{xml_escape, SiteUrl, SITE_NAME};

/// How many posts the feed carries: enough for a reader that polls daily, small
/// enough to fetch often.
pub const FEED_ENTRIES: usize = 20;
/// The feed's file in the export.
pub const FEED_FILE: &str = "feed.xml";

/// A feed: the site and its newest posts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Feed {
    /// Where the site is; the feed's `id` is the index's URL.
    pub site: SiteUrl,
    /// The feed's title (the index page's).
    pub title: String,
    /// The site's description.
    pub subtitle: Option<String>,
    /// The feed's language (`xml:lang`), the reader's language of the export.
    pub lang: Option<String>,
    /// The entries, newest first (the caller caps them, e.g. at [`FEED_ENTRIES`]).
    pub entries: Vec<Entry>,
}

/// One post in the feed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The post page's absolute URL: the entry's `id` and its `alternate` link.
    pub url: String,
    /// The headline.
    pub title: String,
    /// The description.
    pub summary: Option<String>,
    /// RFC 3339 date-time, e.g. `2026-01-02T03:04:05Z`.
    pub updated: String,
    /// Topic and stacks, as `<category term>`.
    pub categories: Vec<String>,
    /// The post's language (`xml:lang` on the entry).
    pub lang: Option<String>,
}

/// The feed as Atom 1.0 XML. The feed's `updated` is the latest of its entries'
/// (RFC 3339 strings in UTC compare as text), or 1970-01-01 for a feed with none;
/// its author, required when entries name none, is the site.
pub fn atom(feed: &Feed) -> String {
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    x.push_str("<feed xmlns=\"http://www.w3.org/2005/Atom\"");
    if let Some(lang) = &feed.lang {
        x.push_str(" xml:lang=\"");
        xml_escape(lang, &mut x);
        x.push('"');
    }
    x.push_str(">\n");
    element(&mut x, "id", &feed.site.index());
    element(&mut x, "title", &super::clean_text(&feed.title));
    if let Some(subtitle) = &feed.subtitle {
        element(&mut x, "subtitle", &super::clean_text(subtitle));
    }
    let updated = feed
        .entries
        .iter()
        .map(|e| e.updated.as_str())
        .max()
        .unwrap_or("1970-01-01T00:00:00Z");
    element(&mut x, "updated", updated);
    link(&mut x, "alternate", "text/html", &feed.site.index());
    x.push('\n');
    link(
        &mut x,
        "self",
        "application/atom+xml",
        &feed.site.page(FEED_FILE),
    );
    x.push('\n');
    x.push_str("<author><name>");
    xml_escape(SITE_NAME, &mut x);
    x.push_str("</name><uri>");
    xml_escape(&feed.site.index(), &mut x);
    x.push_str("</uri></author>\n");
    x.push_str("<generator>anp-render</generator>\n");
    for entry in &feed.entries {
        x.push_str("<entry");
        if let Some(lang) = &entry.lang {
            x.push_str(" xml:lang=\"");
            xml_escape(lang, &mut x);
            x.push('"');
        }
        x.push('>');
        inline(&mut x, "id", &entry.url);
        inline(&mut x, "title", &super::clean_text(&entry.title));
        inline(&mut x, "updated", &entry.updated);
        link(&mut x, "alternate", "text/html", &entry.url);
        if let Some(summary) = &entry.summary {
            inline(&mut x, "summary", &super::clean_text(summary));
        }
        for term in &entry.categories {
            x.push_str("<category term=\"");
            xml_escape(term, &mut x);
            x.push_str("\"/>");
        }
        x.push_str("</entry>\n");
    }
    x.push_str("</feed>\n");
    x
}

/// `<name>text</name>` and a newline.
fn element(x: &mut String, name: &str, text: &str) {
    inline(x, name, text);
    x.push('\n');
}

/// `<name>text</name>`.
fn inline(x: &mut String, name: &str, text: &str) {
    x.push('<');
    x.push_str(name);
    x.push('>');
    xml_escape(text, x);
    x.push_str("</");
    x.push_str(name);
    x.push('>');
}

/// `<link rel type href/>`.
fn link(x: &mut String, rel: &str, kind: &str, href: &str) {
    x.push_str("<link rel=\"");
    x.push_str(rel);
    x.push_str("\" type=\"");
    x.push_str(kind);
    x.push_str("\" href=\"");
    xml_escape(href, x);
    x.push_str("\"/>");
}
