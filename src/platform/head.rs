//! The document's head as the app navigates: its title, `<meta name="description">`,
//! `<link rel="canonical">` and the `lang` and `dir` of `<html>` follow the page
//! shown, so a crawler that runs script and a reader's share button see the post on
//! screen, not the page the app started on. Each value comes from the functions the
//! static export (`anp-render --index`) writes its pages with
//! ([`seo::document_title`], [`seo::page_description`], the reader's
//! [`Strings`]), so a page says the same in both. What a page's head is, is plain
//! Rust ([`Head`]), tested natively; only [`apply`] touches the document, and
//! natively it does nothing.

use crate::i18n::{AppText, Strings};
use crate::model::Post;
use crate::seo;

/// What the head says about the page shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Head {
    /// The page's own title; the document's is [`seo::document_title`] of it.
    pub title: String,
    /// The description.
    pub description: String,
    /// The page's path under the site's origin, the app's base included
    /// (`/docs/posts/posts/a%20b`); the canonical link is the origin and this path.
    pub path: String,
    /// `<html lang>`: the reader's language, as the static pages have it (a post's
    /// own language is on its `<article>`).
    pub lang: String,
    /// `<html dir>`, the direction of [`lang`](Self::lang).
    pub dir: String,
}

impl Head {
    /// A page in the reader's language `s`.
    fn new(s: &Strings, title: &str, description: &str, path: &str) -> Self {
        Self {
            title: title.to_owned(),
            description: description.to_owned(),
            path: path.to_owned(),
            lang: s.tag().to_owned(),
            dir: s.dir().to_owned(),
        }
    }

    /// The index at `{base}/` (`base` without its trailing slash): "Posts" and the
    /// site's description, as the static index has them without `--site-description`.
    ///
    /// ```
    /// use alphanode_widgets::{i18n::Strings, platform::head::Head, seo};
    /// let head = Head::index(&Strings::for_tag("en"), "/docs");
    /// assert_eq!(head.path, "/docs/");
    /// assert_eq!(head.description, seo::DEFAULT_SITE_DESCRIPTION);
    /// ```
    pub fn index(s: &Strings, base: &str) -> Self {
        Self::new(
            s,
            s.app(AppText::Posts),
            seo::DEFAULT_SITE_DESCRIPTION,
            &format!("{}/", base.trim_end_matches('/')),
        )
    }

    /// A post shown at `path`: its title and [`seo::page_description`], as its
    /// static page has them.
    ///
    /// ```
    /// use alphanode_widgets::{i18n::Strings, model::parse_post, platform::head::Head};
    /// let post = parse_post(r#"{"title":"T","body":[{"type":"paragraph","text":"Hello there."}]}"#, None)
    ///     .value.unwrap();
    /// let head = Head::post(&Strings::for_tag("ar"), &post, "/posts/t");
    /// assert_eq!((head.title.as_str(), head.description.as_str()), ("T", "Hello there."));
    /// assert_eq!((head.lang.as_str(), head.dir.as_str()), ("ar", "rtl"));
    /// ```
    pub fn post(s: &Strings, post: &Post, path: &str) -> Self {
        let description = seo::page_description(post, None).unwrap_or_default();
        Self::new(s, &post.title, &description, path)
    }

    /// A post at `path` that is not shown yet (loading) or could not be loaded: the
    /// page's `title` ("Loading…", "Post unavailable") and the site's description,
    /// with the post's own canonical link already.
    pub fn post_pending(s: &Strings, title: &str, path: &str) -> Self {
        Self::new(s, title, seo::DEFAULT_SITE_DESCRIPTION, path)
    }

    /// The designer preview at `{base}/preview`.
    ///
    /// ```
    /// use alphanode_widgets::{i18n::Strings, platform::head::Head};
    /// assert_eq!(Head::preview(&Strings::for_tag("en"), "").path, "/preview");
    /// ```
    pub fn preview(s: &Strings, base: &str) -> Self {
        Self::new(
            s,
            s.app(AppText::Preview),
            seo::PREVIEW_DESCRIPTION,
            &format!("{}/preview", base.trim_end_matches('/')),
        )
    }

    /// The not-found page, shown at `path` (the address asked for).
    pub fn not_found(s: &Strings, path: &str) -> Self {
        Self::new(
            s,
            s.app(AppText::NotFoundTitle),
            seo::NOT_FOUND_DESCRIPTION,
            path,
        )
    }
}

/// The canonical URL of the page at `path` on `origin`: without its query string
/// and fragment (the index's filters and a preview's JSON are states of one page).
///
/// ```
/// use alphanode_widgets::platform::head::canonical_url;
/// assert_eq!(canonical_url("https://x.test", "/posts/a?b=1#c"), "https://x.test/posts/a");
/// assert_eq!(canonical_url("https://x.test", "docs/"), "https://x.test/docs/");
/// ```
pub fn canonical_url(origin: &str, path: &str) -> String {
    let path = path.split(['?', '#']).next().unwrap_or_default();
    format!(
        "{}/{}",
        origin.trim_end_matches('/'),
        path.trim_start_matches('/')
    )
}

/// Make the document's head say what `head` says: `document.title`, the content of
/// `<meta name="description">` and the `href` of `<link rel="canonical">` (each
/// added when the page has none), and `<html lang dir>`. When the page was another
/// page's static copy (its canonical link named another path), the tags only that
/// page could fill — its Open Graph and Twitter tags and its JSON-LD — are removed,
/// so nothing names the post the reader left (link previews read the static pages,
/// which have their own). Natively there is no document: nothing happens.
pub fn apply(head: &Head) {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        set_title(&head.title);
        let canonical = canonical_url(&super::location::origin(), &head.path);
        let Ok(Some(parent)) = doc.query_selector("head") else {
            return;
        };
        let link = find_or_add(
            &doc,
            &parent,
            "link[rel=\"canonical\"]",
            "link",
            &[("rel", "canonical")],
        );
        let before = link.as_ref().and_then(|l| l.get_attribute("href"));
        if let Some(link) = &link {
            let _ = link.set_attribute("href", &canonical);
        }
        if let Some(meta) = find_or_add(
            &doc,
            &parent,
            "meta[name=\"description\"]",
            "meta",
            &[("name", "description")],
        ) {
            let _ = meta.set_attribute("content", &head.description);
        }
        if before.is_some_and(|b| path_of(&b) != path_of(&canonical)) {
            forget_static_page(&doc);
        }
        if let Some(root) = doc.document_element() {
            let _ = root.set_attribute("lang", &head.lang);
            let _ = root.set_attribute("dir", &head.dir);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = head;
}

/// Set `document.title` to [`seo::document_title`] of `title` ("Posts — alphanode");
/// natively nothing happens.
pub fn set_title(title: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(&seo::document_title(title));
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = title;
}

/// The first element of the head matching `selector`, else a new `<name>` with
/// `attributes` appended to it.
#[cfg(target_arch = "wasm32")]
fn find_or_add(
    doc: &web_sys::Document,
    parent: &web_sys::Element,
    selector: &str,
    name: &str,
    attributes: &[(&str, &str)],
) -> Option<web_sys::Element> {
    if let Ok(Some(found)) = parent.query_selector(selector) {
        return Some(found);
    }
    let element = doc.create_element(name).ok()?;
    for (key, value) in attributes {
        let _ = element.set_attribute(key, value);
    }
    parent.append_child(&element).ok()?;
    Some(element)
}

/// The path of an absolute URL (a static page's canonical link names the site's
/// origin, which need not be the one it is served from).
#[cfg(target_arch = "wasm32")]
fn path_of(url: &str) -> String {
    web_sys::Url::new(url)
        .map(|u| u.pathname())
        .unwrap_or_else(|_| url.to_owned())
}

/// Remove the head tags `anp-render` wrote for the page the app started on, which
/// only that page could fill (see [`apply`]).
#[cfg(target_arch = "wasm32")]
fn forget_static_page(doc: &web_sys::Document) {
    let stale = "script[type=\"application/ld+json\"], meta[property^=\"og:\"]:not([property=\"og:site_name\"]), \
                 meta[name^=\"twitter:\"], meta[property^=\"article:\"]";
    if let Ok(list) = doc.query_selector_all(stale) {
        for i in 0..list.length() {
            if let Some(node) = list.item(i) {
                if let Some(parent) = node.parent_node() {
                    let _ = parent.remove_child(&node);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_has_a_title_a_description_and_a_path() {
        let s = Strings::for_tag("he");
        for head in [
            Head::index(&s, ""),
            Head::preview(&s, "/b"),
            Head::not_found(&s, "/nope"),
            Head::post_pending(&s, "Loading", "/posts/x"),
        ] {
            assert!(!head.title.is_empty(), "{head:?}");
            assert!(!head.description.is_empty(), "{head:?}");
            assert!(head.path.starts_with('/'), "{head:?}");
            assert_eq!((head.lang.as_str(), head.dir.as_str()), ("he", "rtl"));
        }
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn a_post_says_what_its_static_page_says() {
        let post = crate::model::parse_post(
            r#"{"title":"T","body":[],"meta":{"summary":"A summary."}}"#,
            None,
        )
        .value
        .unwrap();
        let site = seo::SiteUrl::parse("https://x.test/b/", None).unwrap();
        let page = seo::head::PageMeta::post(&post, "a b", None, Some(&site));
        let head = Head::post(&Strings::for_tag("en"), &post, "/b/posts/a%20b");
        assert_eq!(Some(head.description), page.description);
        assert_eq!(
            Some(canonical_url("https://x.test", &head.path)),
            page.canonical
        );
    }
}
