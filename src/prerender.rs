//! Pre-rendering: posts to static HTML with the same components, classes and order
//! as the browser, so `alphanode.css` styles both alike and the embed can take the
//! HTML over in place. The `anp-render` binary wraps it (feature `ssr`); the embed's
//! wasm exports [`render_post`] as `renderToString` for `alphanode-widgets/server`
//! (feature `embed`), so a Node host gets the very bytes `anp-render` writes. The
//! pages of the static export ([`render_index`], [`fill_template`]) are `ssr` only.
//!
//! ```
//! use alphanode_widgets::prerender::{render_post, RenderOptions};
//! let out = render_post(r#"{"title":"Hi","body":[]}"#, &RenderOptions::default()).unwrap();
//! assert!(out.html.contains(r#"class="anp-article""#));
//! ```

#[cfg(feature = "ssr")]
use crate::components::HtmlWriter;
use crate::components::{
    write_article, ArticleOptions, ArticleState, MetaLayout, ReadyPost, Theme, WriteCx,
};
use crate::i18n::Strings;
use crate::model::{Diagnostic, Failure, MetaProfile, Post};
#[cfg(feature = "ssr")]
use crate::model::{Index, IndexEntry};
#[cfg(feature = "ssr")]
use crate::pages::shell;
use std::sync::Arc;

/// How to render.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenderOptions {
    /// The URL the post is published at; relative URLs inside resolve against it.
    pub base_url: Option<String>,
    /// Meta-box layout.
    pub layout: MetaLayout,
    /// Theme attribute.
    pub theme: Theme,
    /// Level of the title (1 for a page of its own, 2 under a host's `h1`).
    pub heading_level: u8,
    /// Link template for similar posts.
    pub link_template: Option<String>,
    /// The reader's language (`de`, `de-AT`…; see [`crate::i18n`]); English when
    /// absent. The same words and numbers as the embed gives for that language.
    pub lang: Option<String>,
    /// The host's own words (key → text, as the embed's `strings` option), over the
    /// language's; the first of a key wins.
    pub strings: Vec<(String, String)>,
    /// The host's meta profile (`docs/meta-profile.md`), as the embed's
    /// `data-alphanode-meta-profile`; `None` shows every meta key.
    pub meta_profile: Option<Arc<MetaProfile>>,
}

impl Default for RenderOptions {
    fn default() -> Self {
        Self {
            base_url: None,
            layout: MetaLayout::List,
            theme: Theme::Auto,
            heading_level: 1,
            link_template: None,
            lang: None,
            strings: Vec::new(),
            meta_profile: None,
        }
    }
}

/// A rendered post.
#[derive(Clone, Debug, PartialEq)]
pub struct Rendered {
    /// The `<article class="anp-article">…</article>` fragment.
    pub html: String,
    /// The parsed post (for titles and descriptions of pages).
    pub post: Post,
    /// Warnings, as the browser would list them.
    pub warnings: Vec<Diagnostic>,
}

/// Render one post document to an HTML fragment, or explain why it can't be.
pub fn render_post(json: &str, options: &RenderOptions) -> Result<Rendered, Failure> {
    let ready = ReadyPost::parse(json, options.base_url.as_deref())?;
    let html = render_article(&ArticleState::Ready(ready.clone()), options);
    // The state above is gone: this is the last handle, and nothing is copied.
    let ReadyPost { post, warnings } = std::sync::Arc::unwrap_or_clone(ready);
    Ok(Rendered {
        html,
        post,
        warnings,
    })
}

/// The `<article class="anp-article">` for any state, exactly as the
/// [`Article`](crate::components::Article) component and the embed write it, for
/// readers without JavaScript (what hides behind buttons is in `<noscript>`). The
/// one entry the pre-renderer, the tests, the fuzzers and the benchmark share.
///
/// ```
/// use alphanode_widgets::components::ArticleState;
/// use alphanode_widgets::prerender::{render_article, RenderOptions};
/// let html = render_article(&ArticleState::Loading, &RenderOptions::default());
/// assert!(html.starts_with(r#"<article class="anp-article" dir="ltr" data-state="loading""#));
/// ```
pub fn render_article(state: &ArticleState, options: &RenderOptions) -> String {
    render_article_with(state, options, crate::components::Overrides::default())
}

/// [`render_article`] with a host's renderers asked first for each block (the npm
/// `renderToString`'s `renderers` option).
pub(crate) fn render_article_with(
    state: &ArticleState,
    options: &RenderOptions,
    renderers: crate::components::Overrides,
) -> String {
    let strings = Strings::for_tag(options.lang.as_deref().unwrap_or("en"))
        .with_overrides(options.strings.iter().cloned());
    let cx = WriteCx::new(strings)
        .heading_level(options.heading_level)
        .static_html(true)
        .lang(options.lang.clone())
        .meta_profile(options.meta_profile.clone())
        .renderers(renderers);
    let article = ArticleOptions {
        theme: options.theme,
        layout: options.layout,
        link_template: options.link_template.clone(),
        class: None,
        retry: false,
    };
    write_article(&cx, state, &article).html
}

#[cfg(feature = "ssr")]
/// The index as a static list with the app's markup (`anp-index__…`, written by the
/// same writer as the app's list), in the reader's language like the app's index
/// (`anp-render --index --lang TAG`). Every post is listed, on one page.
///
/// ```
/// use alphanode_widgets::i18n::Strings;
/// use alphanode_widgets::model::parse_index;
/// use alphanode_widgets::prerender::render_index;
/// let index = parse_index(r#"{"posts":[{"title":"T","slug":"t"}]}"#, None).into_result().unwrap().0;
/// let html = render_index(&index, "", &Strings::for_tag("de"));
/// assert!(html.contains(">Beiträge</h1>"));
/// assert!(html.contains(r#"<a class="anp-index__link" href="/posts/t">T</a>"#));
/// ```
pub fn render_index(index: &Index, base: &str, s: &Strings) -> String {
    use crate::pages::index::{self, LIST_CLASS, PAGE, SECTION_CLASS};
    let base = base.trim_end_matches('/');
    let href = |e: &IndexEntry| {
        e.href.clone().unwrap_or_else(|| {
            format!(
                "{base}/posts/{}",
                crate::model::fill_link_template("{slug}", &e.slug)
            )
        })
    };
    let total = index.posts.len();
    let mut h = HtmlWriter::default();
    h.tag("section")
        .class(SECTION_CLASS)
        .attr("data-page", PAGE);
    index::write_heading(&mut h, s);
    index::write_status(&mut h, &s.index_status(0, total, total));
    h.tag("ul").class(LIST_CLASS);
    index::write_entries(&mut h, s, &index.posts, href);
    h.finish().into_html()
}

#[cfg(feature = "ssr")]
/// A post's page content as the app shows it: the "← All posts" link back to the
/// index at `{base}/`, then the article (`article_html`, e.g. [`Rendered::html`]).
///
/// ```
/// use alphanode_widgets::i18n::Strings;
/// use alphanode_widgets::prerender::render_post_page;
/// let html = render_post_page(&Strings::default(), "/docs", "<article></article>");
/// assert!(html.contains(r#"<a class="anp-page__link" href="/docs/">← All posts</a>"#));
/// assert!(html.ends_with("</nav><article></article>"));
/// ```
pub fn render_post_page(s: &Strings, base: &str, article_html: &str) -> String {
    let mut h = HtmlWriter::default();
    shell::write_crumbs(&mut h, s, &shell::home_href(base));
    let mut html = h.finish().into_html();
    html.push_str(article_html);
    html
}

#[cfg(feature = "ssr")]
/// Put pre-rendered content into the app's `index.html`: the title, a description (in
/// place of the template's, when it has one), the
/// reader's language and direction (on `<html>` and on the app's root element, as the
/// app sets them) and the content in the app's shell — its header, whose name links
/// to the index at `{base}/`, and `<main>` — under `<div id="anp-prerender">`, which
/// the app replaces when it starts. `s` is the reader's language.
///
/// ```
/// use alphanode_widgets::i18n::Strings;
/// use alphanode_widgets::prerender::fill_template;
/// let template = r#"<html lang="en"><head><title>alphanode</title></head><body></body></html>"#;
/// let page = fill_template(template, &Strings::for_tag("ar"), "/", "T", None, "<p>x</p>");
/// assert!(page.starts_with(r#"<html lang="ar" dir="rtl"><head><title>T — alphanode</title>"#));
/// assert!(page.contains(r#"<div id="anp-prerender" class="anp-app anp-theme" data-theme="auto" lang="ar" dir="rtl"><header class="anp-app__header"><a class="anp-app__brand" href="/">alphanode</a>"#));
/// assert!(page.contains(r#"</header><main class="anp-app__main"><p>x</p></main></div>"#));
/// ```
pub fn fill_template(
    template: &str,
    s: &Strings,
    base: &str,
    title: &str,
    description: Option<&str>,
    content: &str,
) -> String {
    let mut page = template.to_owned();
    set_root_lang(&mut page, s);
    if let (Some(start), Some(end)) = (page.find("<title>"), page.find("</title>")) {
        if start < end {
            let mut element = "<title>".to_owned();
            html_escape::encode_text_to_string(crate::seo::document_title(title), &mut element);
            element.push_str("</title>");
            page.replace_range(start..end + "</title>".len(), &element);
        }
    }
    if let Some(description) = description {
        // The template's own description (the app's) gives way to the page's.
        crate::seo::head::set_description(&mut page, description);
    }
    remove_loading(&mut page);
    drop_app_preloads(&mut page);
    let block = shell::write_static(s, base, content);
    match page.find("<body>") {
        Some(i) => page.insert_str(i + "<body>".len(), &block),
        None => page.push_str(&block),
    }
    page
}

#[cfg(feature = "ssr")]
/// `index.html` with a loading shell in its `<body>`: the app's header (its name
/// linking to `{base}/`) and an article's loading skeleton, under the static copy's
/// `id`, so that the page shows the site's frame and the shape of what comes before
/// any wasm runs, and the app takes its place once its page is ready (no blank page,
/// no repaint of the header). In English, the app's first language; a shell already
/// there is replaced, so running it twice gives the same page.
///
/// ```
/// use alphanode_widgets::prerender::fill_loading;
/// let page = fill_loading("<html><head></head><body></body></html>", "/docs/");
/// assert!(page.contains(r#"<a class="anp-app__brand" href="/docs/">alphanode</a>"#));
/// assert!(page.contains(r#"data-state="loading""#));
/// assert_eq!(fill_loading(&page, "/docs/"), page);
/// ```
pub fn fill_loading(template: &str, base: &str) -> String {
    let mut page = template.to_owned();
    remove_loading(&mut page);
    let s = Strings::default();
    let skeleton = render_article(&ArticleState::Loading, &RenderOptions::default());
    let (open, close) = shell::LOADING_MARKS;
    let block = format!("{open}{}{close}", shell::write_static(&s, base, &skeleton));
    match page.find("<body>") {
        Some(i) => page.insert_str(i + "<body>".len(), &block),
        None => page.push_str(&block),
    }
    page
}

#[cfg(feature = "ssr")]
/// Take out the template's preloads of the app's script and wasm: a pre-rendered page
/// is whole without them, and fetched first they compete with its own text, fonts
/// and images on a slow phone line (and Lighthouse's simulation counts them before
/// its largest paint). The app's script still loads them, once the page is shown.
fn drop_app_preloads(page: &mut String) {
    let mut from = 0;
    while let Some(start) = page
        .get(from..)
        .and_then(|rest| rest.find("<link"))
        .map(|i| from + i)
    {
        let Some(end) = page
            .get(start..)
            .and_then(|rest| rest.find('>'))
            .map(|e| start + e + 1)
        else {
            return;
        };
        let tag = &page[start..end];
        let app_file = tag.contains(r#"rel="modulepreload""#)
            || (tag.contains(r#"rel="preload""#) && tag.contains("application/wasm"));
        if app_file {
            page.replace_range(start..end, "");
            from = start;
        } else {
            from = end;
        }
    }
}

#[cfg(feature = "ssr")]
/// Take out a loading shell [`fill_loading`] put in, marks included.
fn remove_loading(page: &mut String) {
    let (open, close) = shell::LOADING_MARKS;
    if let Some(start) = page.find(open) {
        if let Some(end) = page[start..].find(close) {
            page.replace_range(start..start + end + close.len(), "");
        }
    }
}

#[cfg(feature = "ssr")]
/// Give the template's `<html>` the reader's `lang` and `dir` (replacing any it had),
/// keeping its other attributes as they are.
fn set_root_lang(page: &mut String, s: &Strings) {
    let Some(start) = page.find("<html").filter(|&i| {
        page.get(i + "<html".len()..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(|c| c == '>' || c.is_ascii_whitespace())
    }) else {
        return;
    };
    let Some(end) = page
        .get(start..)
        .and_then(|rest| rest.find('>'))
        .map(|e| start + e)
    else {
        return;
    };
    let attributes = page.get(start + "<html".len()..end).unwrap_or_default();
    let mut tag = "<html".to_owned();
    for (name, text) in attribute_spans(attributes) {
        if !name.eq_ignore_ascii_case("lang") && !name.eq_ignore_ascii_case("dir") {
            tag.push(' ');
            tag.push_str(text);
        }
    }
    // Both from the shipped locale table: nothing to escape.
    tag.push_str(&format!(" lang=\"{}\" dir=\"{}\">", s.tag(), s.dir()));
    page.replace_range(start..=end, &tag);
}

#[cfg(feature = "ssr")]
/// The attributes of a start tag's attribute text: each one's name and its whole
/// text (`name`, `name=value`, `name="value"` or `name='value'`).
fn attribute_spans(text: &str) -> Vec<(&str, &str)> {
    let mut spans = Vec::new();
    let mut rest = text.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
    while !rest.is_empty() {
        let name_len = rest
            .find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '/')
            .unwrap_or(rest.len());
        let (name, mut after) = rest.split_at(name_len);
        let mut len = name_len;
        let trimmed = after.trim_start();
        if let Some(value) = trimmed.strip_prefix('=') {
            let value = value.trim_start();
            let value_len = match value.chars().next() {
                Some(q @ ('"' | '\'')) => value
                    .get(1..)
                    .and_then(|v| v.find(q))
                    .map_or(value.len(), |close| close + 2),
                _ => value
                    .find(|c: char| c.is_ascii_whitespace())
                    .unwrap_or(value.len()),
            };
            len = rest.len() - value.len() + value_len;
            after = rest.get(len..).unwrap_or_default();
        }
        if name.is_empty() {
            // A stray `=` or quote: skip a character and go on.
            let skip = rest.chars().next().map_or(1, char::len_utf8);
            rest = rest.get(skip..).unwrap_or_default();
            continue;
        }
        spans.push((name, rest.get(..len).unwrap_or(name)));
        rest = after.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
    }
    spans
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn exported_pages_do_not_preload_the_apps_files() {
        let template = concat!(
            r#"<html><head><link rel="preload" href="m.json" as="fetch">"#,
            r#"<link rel="modulepreload" href="/a.js"><link rel="preload" href="/a_bg.wasm" as="fetch" type="application/wasm">"#,
            "</head><body></body></html>"
        );
        let page = fill_template(template, &Strings::default(), "/", "T", None, "<p>x</p>");
        assert!(
            page.contains(r#"<link rel="preload" href="m.json" as="fetch">"#),
            "{page}"
        );
        assert!(
            !page.contains("a.js") && !page.contains("a_bg.wasm"),
            "{page}"
        );
    }

    #[test]
    fn the_roots_language_is_replaced_and_its_other_attributes_kept() {
        let s = Strings::for_tag("he");
        let mut page =
            "<!DOCTYPE html>\n<html class='x y' lang=\"en\" dir=ltr data-a>\n<head>".to_owned();
        set_root_lang(&mut page, &s);
        assert_eq!(
            page,
            "<!DOCTYPE html>\n<html class='x y' data-a lang=\"he\" dir=\"rtl\">\n<head>"
        );
        let mut bare = "<html><body>".to_owned();
        set_root_lang(&mut bare, &Strings::for_tag("de"));
        assert_eq!(bare, "<html lang=\"de\" dir=\"ltr\"><body>");
        // `<htmlx>` is not the root.
        let mut other = "<htmlx lang=\"en\">".to_owned();
        set_root_lang(&mut other, &s);
        assert_eq!(other, "<htmlx lang=\"en\">");
    }

    #[test]
    fn titles_and_descriptions_are_escaped() {
        let page = fill_template(
            "<head><title>alphanode</title></head><body></body>",
            &Strings::default(),
            "/",
            "a <b> & \"c\"",
            Some("d \"e\" <f>"),
            "",
        );
        assert!(
            page.contains("<title>a &lt;b&gt; &amp; \"c\" — alphanode</title>"),
            "{page}"
        );
        assert!(
            page.contains(
                "<meta name=\"description\" content=\"d &quot;e&quot; &lt;f&gt;\" />\n</head>"
            ),
            "{page}"
        );
    }
}
