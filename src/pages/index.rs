//! The index page's shared pieces: its section, its heading, the status line and
//! the list of posts. The app shows them around its search box, filters and pager
//! (`app::routes::index`); `prerender::render_index` writes them as the static
//! index.
//!
//! Each text of a post (title, summary, meta line) takes its direction from its own
//! content (`dir="auto"`); the words of the page are in the reader's language and
//! direction, which the shell around it sets.

use crate::components::HtmlWriter;
use crate::i18n::{AppText, Strings};
use crate::model::IndexEntry;

/// Classes of the page's `<section>`.
pub(crate) const SECTION_CLASS: &str = "anp-page anp-index";
/// The section's `data-page`.
pub(crate) const PAGE: &str = "index";
/// Class of the list of posts (`<ul>`).
pub(crate) const LIST_CLASS: &str = "anp-index__list";
/// Class of the status line ("1–20 of 57 posts").
pub(crate) const STATUS_CLASS: &str = "anp-index__status";
/// The status line's role: a polite live region, so a new count is read out.
pub(crate) const STATUS_ROLE: &str = "status";
/// The status line's `aria-live` (what its role implies, said for older readers).
pub(crate) const STATUS_LIVE: &str = "polite";

/// The page's heading, `<h1 class="anp-page__title">`.
pub(crate) fn write_heading(h: &mut HtmlWriter, s: &Strings) {
    h.leaf("h1", "anp-page__title", s.app(AppText::Posts));
}

/// One listed post: its title linking to `href`, its summary and its meta line.
pub(crate) fn write_entry(h: &mut HtmlWriter, s: &Strings, entry: &IndexEntry, href: &str) {
    h.tag("li").class("anp-index__item");
    h.tag("h2")
        .class("anp-index__title")
        .attr_lit("dir", "auto");
    h.tag("a")
        .class("anp-index__link")
        .attr("href", href)
        .text(&entry.title)
        .end();
    h.end();
    h.leaf_auto("p", "anp-index__summary", &entry.summary);
    h.leaf_auto("p", "anp-index__meta", &s.index_meta(entry));
    h.end();
}

/// The listed posts (the `<li>`s of the list), each linking to `href(entry)`.
pub(crate) fn write_entries(
    h: &mut HtmlWriter,
    s: &Strings,
    entries: &[IndexEntry],
    href: impl Fn(&IndexEntry) -> String,
) {
    for entry in entries {
        write_entry(h, s, entry, &href(entry));
    }
}

/// The status line, for a page without script. The app renders it from the same
/// constants as an element of its own, which stays in place as the count changes
/// (a live region that is replaced is not read out); Leptos writes an element's
/// `class` after its other attributes, and so does this. The test in
/// `app::routes::index` holds the two equal.
#[cfg(feature = "ssr")]
pub(crate) fn write_status(h: &mut HtmlWriter, text: &str) {
    h.tag("p")
        .attr("role", STATUS_ROLE)
        .attr("aria-live", STATUS_LIVE)
        .class(STATUS_CLASS)
        .text(text)
        .end();
}
/// [`write_heading`] as a view (static markup, see `components::markup`).
#[cfg(feature = "app")]
pub(crate) fn heading(s: &Strings) -> impl leptos::prelude::IntoView {
    let mut h = HtmlWriter::default();
    write_heading(&mut h, s);
    h.finish()
}

/// [`write_entries`] as a view (the children of the app's list).
#[cfg(feature = "app")]
pub(crate) fn entries(
    s: &Strings,
    entries: &[IndexEntry],
    href: impl Fn(&IndexEntry) -> String,
) -> impl leptos::prelude::IntoView {
    let mut h = HtmlWriter::default();
    write_entries(&mut h, s, entries, href);
    h.finish()
}
