//! The renders the native tests read: a component with its props, in a fresh
//! reactive owner, and a whole article through the library's one entry
//! ([`alphanode_widgets::prerender::render_article`]), which the pre-renderer, the
//! embed, the fuzzers and the benchmark use too.

#![allow(dead_code)]

use alphanode_widgets::components::ArticleState;
use alphanode_widgets::model::parse_post;
use alphanode_widgets::prerender::{self, RenderOptions};
use leptos::prelude::*;

/// A component's HTML as the server writes it, rendered inside a fresh reactive owner
/// (for tests of a component and its props: `<MetaBox meta layout />`, …).
pub fn component<V: IntoView + 'static>(view: impl FnOnce() -> V) -> String {
    let owner = Owner::new();
    let html = owner.with(|| view().to_html());
    drop(owner);
    html
}

/// The article for `state` with the default options.
pub fn article(state: &ArticleState) -> String {
    prerender::render_article(state, &RenderOptions::default())
}

/// The article for the post document `json` (parsed without a base URL, so an error
/// is an error state), with the default options.
pub fn post(json: &str) -> String {
    article(&ArticleState::from_parsed(parse_post(json, None)))
}
