//! Pre-rendering: posts to static HTML with the same components, classes and order
//! as the browser, so `alphanode.css` styles both alike and the embed can take the
//! HTML over in place. Native only (feature `ssr`); the `anp-render` binary wraps it.
//!
//! ```
//! use alphanode_widgets::prerender::{render_post, RenderOptions};
//! let out = render_post(r#"{"title":"Hi","body":[]}"#, &RenderOptions::default()).unwrap();
//! assert!(out.html.contains(r#"class="anp-article""#));
//! ```

use crate::components::{
    write_article, ArticleOptions, ArticleState, MetaLayout, ReadyPost, Theme, WriteCx,
};
use crate::i18n::{AppText, Strings};
use crate::model::{Diagnostic, Failure, Index, Post};

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
    let strings = Strings::for_tag(options.lang.as_deref().unwrap_or("en"));
    let cx = WriteCx::new(strings)
        .heading_level(options.heading_level)
        .static_html(true);
    let article = ArticleOptions {
        theme: options.theme,
        layout: options.layout,
        link_template: options.link_template.clone(),
        class: None,
        retry: false,
    };
    write_article(&cx, state, &article).html
}

/// Escape text for HTML (element content and quoted attribute values).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The index as a static list with the app's classes (`anp-index__…`), in the
/// reader's language like the app's index (`anp-render --index --lang TAG`).
///
/// ```
/// use alphanode_widgets::i18n::Strings;
/// use alphanode_widgets::model::parse_index;
/// use alphanode_widgets::prerender::render_index;
/// let index = parse_index(r#"{"posts":[{"title":"T","slug":"t"}]}"#, None).into_result().unwrap().0;
/// let html = render_index(&index, "", &Strings::for_tag("de"));
/// assert!(html.contains(">Beiträge</h1>"));
/// ```
pub fn render_index(index: &Index, base: &str, s: &Strings) -> String {
    let base = base.trim_end_matches('/');
    let items: String = index
        .posts
        .iter()
        .map(|e| {
            let href = e.href.clone().unwrap_or_else(|| {
                format!("{base}/posts/{}", crate::model::fill_link_template("{slug}", &e.slug))
            });
            format!(
                "<li class=\"anp-index__item\"><h2 class=\"anp-index__title\"><a class=\"anp-index__link\" href=\"{}\">{}</a></h2><p class=\"anp-index__summary\">{}</p><p class=\"anp-index__meta\">{}</p></li>",
                escape(&href),
                escape(&e.title),
                escape(&e.summary),
                escape(&s.index_meta(e))
            )
        })
        .collect();
    format!(
        "<section class=\"anp-page anp-index\" data-page=\"index\"><h1 class=\"anp-page__title\">{}</h1><p class=\"anp-index__status\">{}</p><ul class=\"anp-index__list\">{items}</ul></section>",
        escape(s.app(AppText::Posts)),
        escape(&s.index_status(0, index.posts.len(), index.posts.len()))
    )
}

/// Put pre-rendered content into the app's `index.html`: the title, a description and
/// the content in `<div id="anp-prerender">`, which the app replaces when it starts.
pub fn fill_template(
    template: &str,
    title: &str,
    description: Option<&str>,
    content: &str,
) -> String {
    let mut page = template.to_owned();
    if let (Some(start), Some(end)) = (page.find("<title>"), page.find("</title>")) {
        if start < end {
            page.replace_range(
                start..end + "</title>".len(),
                &format!("<title>{} — alphanode</title>", escape(title)),
            );
        }
    }
    if let Some(description) = description {
        if let Some(head_end) = page.find("</head>") {
            page.insert_str(
                head_end,
                &format!(
                    "<meta name=\"description\" content=\"{}\" />\n",
                    escape(description)
                ),
            );
        }
    }
    let block = format!(
        "<div id=\"anp-prerender\" class=\"anp-app anp-theme\" data-theme=\"auto\"><main class=\"anp-app__main\">{content}</main></div>"
    );
    match page.find("<body>") {
        Some(i) => page.insert_str(i + "<body>".len(), &block),
        None => page.push_str(&block),
    }
    page
}
