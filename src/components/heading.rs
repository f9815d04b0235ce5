//! Headings of the widget's own words. An article embedded under a host page's own
//! `h1` titles itself `h2`, and every heading inside moves down with it: the level
//! comes from [`WriteCx::heading`](super::WriteCx::heading).

use crate::components::markup::HtmlWriter;
use crate::components::WriteCx;

/// A section's title: `title` is the host's own words (no language claimed), else
/// `ours`, marked with the reader's language (it may differ from the post's).
/// Either way its direction comes from its own text.
pub(crate) fn write_heading(
    h: &mut HtmlWriter,
    cx: &WriteCx,
    level: u8,
    class: &'static str,
    title: Option<&str>,
    ours: &str,
) {
    h.tag(cx.heading(level))
        .class(class)
        .attr_lit("dir", "auto");
    match title {
        Some(title) => h.text(title),
        None => h.attr("lang", cx.strings.tag()).text(ours),
    };
    h.end();
}
