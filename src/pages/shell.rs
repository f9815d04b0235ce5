//! The page shell around every page: the app's root element (theme, the reader's
//! language and direction), its header and its `<main>`.

use crate::components::HtmlWriter;
use crate::i18n::{AppText, Strings};

/// Classes of the app's root element.
pub(crate) const APP_CLASS: &str = "anp-app anp-theme";
/// The root element's `data-theme` in the static pages: the reader's system theme
/// (the app's follows the header's switch).
#[cfg(feature = "ssr")]
pub(crate) const THEME: &str = "auto";
/// Class of the page's `<main>`.
pub(crate) const MAIN_CLASS: &str = "anp-app__main";
/// Class of the header above every page.
pub(crate) const HEADER_CLASS: &str = "anp-app__header";
/// `id` of the static copy in the page, which the app takes the place of when it
/// starts.
pub(crate) const PRERENDER_ID: &str = "anp-prerender";
/// The comments around `index.html`'s loading shell ([`crate::prerender::fill_loading`]),
/// so that a page filled from that template ([`crate::prerender::fill_template`])
/// replaces it instead of showing both.
#[cfg(feature = "ssr")]
pub(crate) const LOADING_MARKS: (&str, &str) = ("<!--anp-loading-->", "<!--/anp-loading-->");

/// The index's address under `base` (the app's base path, no trailing slash).
pub(crate) fn home_href(base: &str) -> String {
    format!("{}/", base.trim_end_matches('/'))
}

/// The start of the header, the same in the app and the static pages: the site's
/// name linking to the index, and its tagline. The app adds its controls after it
/// (they need script, so the static pages leave them out).
pub(crate) fn write_brand(h: &mut HtmlWriter, s: &Strings, home: &str) {
    h.tag("a")
        .attr("class", "anp-app__brand")
        .attr("href", home)
        .text("alphanode")
        .end();
    h.leaf("span", "anp-app__tagline", s.app(AppText::Tagline));
}

/// [`write_brand`] as a view (static markup).
#[cfg(feature = "app")]
pub(crate) fn brand(s: &Strings, home: &str) -> impl leptos::prelude::IntoView {
    let mut h = HtmlWriter::default();
    write_brand(&mut h, s, home);
    h.finish()
}

/// The "← All posts" link above a post, in a breadcrumb `<nav>`, pointing at `href`.
/// "Back" points to where the reader's text starts: left, or right in Arabic and
/// Hebrew (as the pager's arrows do).
#[cfg(feature = "ssr")]
pub(crate) fn write_crumbs(h: &mut HtmlWriter, s: &Strings, href: &str) {
    h.tag("nav")
        .attr("class", "anp-page__crumbs")
        .attr("aria-label", s.app(AppText::Breadcrumb));
    h.tag("a")
        .attr("class", "anp-page__link")
        .attr("href", href)
        .text(&all_posts_label(s))
        .end();
    h.end();
}

/// The words of the link back to the index, with the arrow of the reader's direction.
pub(crate) fn all_posts_label(s: &Strings) -> String {
    let back = if s.dir() == "rtl" { "→" } else { "←" };
    format!("{back} {}", s.app(AppText::AllPosts))
}

/// The static copy of the shell around `content` (already escaped HTML): the root
/// element as the app writes it — with the reader's `lang` and `dir` — holding the
/// header (its name and tagline, linking to `{base}/`) and `<main>`, under the
/// [`PRERENDER_ID`] the app removes.
#[cfg(feature = "ssr")]
pub(crate) fn write_static(s: &Strings, base: &str, content: &str) -> String {
    let mut h = HtmlWriter::default();
    h.tag("div")
        .attr("id", PRERENDER_ID)
        .attr("class", APP_CLASS)
        .attr("data-theme", THEME)
        .attr("lang", s.tag())
        .attr("dir", s.dir());
    h.tag("header").attr("class", HEADER_CLASS);
    write_brand(&mut h, s, &home_href(base));
    h.end();
    h.tag("main").attr("class", MAIN_CLASS).raw(content);
    h.finish().into_html()
}
