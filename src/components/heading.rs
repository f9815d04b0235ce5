//! Heading levels that fit the host page: an article embedded under a host's own
//! `h1` titles itself `h2`, and every heading inside moves down with it.

use leptos::prelude::*;

use crate::components::kept::{Fixed, IntoAnyKept};
use crate::components::markup::HtmlWriter;
use crate::i18n::Strings;

/// How many levels the headings inside an [`Article`](super::Article) are moved down.
/// Provided as context by `Article` from its `heading_level` prop.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HeadingOffset(pub u8);

/// A heading of the given nominal level (1 = the article title), shifted by the
/// [`HeadingOffset`] in context and capped at `h6`.
pub fn heading(level: u8, class: &'static str, text: String) -> AnyView {
    heading_in(level, class, text, None)
}

/// The tag of a heading of nominal `level`, shifted by the [`HeadingOffset`] in
/// context and kept within `h1`…`h6`.
pub(crate) fn heading_tag(level: u8) -> &'static str {
    let offset = use_context::<HeadingOffset>().unwrap_or_default().0;
    match level.saturating_add(offset).clamp(1, 6) {
        1 => "h1",
        2 => "h2",
        3 => "h3",
        4 => "h4",
        5 => "h5",
        _ => "h6",
    }
}

/// A heading of the widget's own words (a section's title), in static markup:
/// marked with the reader's language, direction from its own text.
pub(crate) fn write_heading_in(
    h: &mut HtmlWriter,
    level: u8,
    class: &'static str,
    text: &str,
    strings: &Strings,
) {
    h.tag(heading_tag(level))
        .attr("class", class)
        .attr("dir", "auto")
        .attr("lang", strings.tag());
    h.text(text).end();
}

/// A [`heading`] of the widget's own words, marked with the reader's language (they
/// may differ from the post's).
pub(crate) fn heading_in(
    level: u8,
    class: &'static str,
    text: String,
    lang: Option<&'static str>,
) -> AnyView {
    let tag = heading_tag(level);
    // One element type whose tag is chosen at run time, rather than six `view!`s:
    // each distinct view type adds its own build and rebuild code to the wasm.
    // `dir="auto"`: a heading takes its direction from its own text (the format's
    // "Text direction and language").
    leptos::tachys::html::element::custom(tag)
        .class(class)
        .attr("dir", "auto")
        .attr("lang", lang)
        .child(Fixed(text))
        .into_any_kept()
}
