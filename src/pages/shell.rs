//! The page shell around every page: the app's root element (theme, the reader's
//! language and direction) and its `<main>`, and the document title.

#[cfg(feature = "ssr")]
use crate::components::HtmlWriter;
#[cfg(feature = "ssr")]
use crate::i18n::Strings;

/// Classes of the app's root element.
pub(crate) const APP_CLASS: &str = "anp-app anp-theme";
/// The root element's `data-theme`: the reader's system theme.
pub(crate) const THEME: &str = "auto";
/// Class of the page's `<main>`.
pub(crate) const MAIN_CLASS: &str = "anp-app__main";
/// `id` of the static copy in the page, which the app removes when it starts.
pub(crate) const PRERENDER_ID: &str = "anp-prerender";

/// `document.title` for a page titled `title`.
pub(crate) fn document_title(title: &str) -> String {
    crate::seo::document_title(title)
}

/// The static copy of the shell around `content` (already escaped HTML): the root
/// element as the app writes it — with the reader's `lang` and `dir` — holding
/// `<main>`, under the [`PRERENDER_ID`] the app removes.
#[cfg(feature = "ssr")]
pub(crate) fn write_static(s: &Strings, content: &str) -> String {
    let mut h = HtmlWriter::default();
    h.tag("div")
        .attr("id", PRERENDER_ID)
        .attr("class", APP_CLASS)
        .attr("data-theme", THEME)
        .attr("lang", s.tag())
        .attr("dir", s.dir());
    h.tag("main").attr("class", MAIN_CLASS).raw(content);
    h.finish().into_html()
}
