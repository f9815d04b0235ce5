//! Heading levels that fit the host page: an article embedded under a host's own
//! `h1` titles itself `h2`, and every heading inside moves down with it.

use leptos::prelude::*;

/// How many levels the headings inside an [`Article`](super::Article) are moved down.
/// Provided as context by `Article` from its `heading_level` prop.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HeadingOffset(pub u8);

/// A heading of the given nominal level (1 = the article title), shifted by the
/// [`HeadingOffset`] in context and capped at `h6`.
pub fn heading(level: u8, class: &'static str, text: String) -> AnyView {
    let offset = use_context::<HeadingOffset>().unwrap_or_default().0;
    match level.saturating_add(offset).clamp(1, 6) {
        1 => view! { <h1 class=class>{text}</h1> }.into_any(),
        2 => view! { <h2 class=class>{text}</h2> }.into_any(),
        3 => view! { <h3 class=class>{text}</h3> }.into_any(),
        4 => view! { <h4 class=class>{text}</h4> }.into_any(),
        5 => view! { <h5 class=class>{text}</h5> }.into_any(),
        _ => view! { <h6 class=class>{text}</h6> }.into_any(),
    }
}
