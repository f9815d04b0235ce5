//! Fuzz target: arbitrary bytes → `parse_post` → `ArticleState::from_parsed` → the
//! article rendered to HTML natively (`prerender::render_article`, feature `ssr`: what
//! the `Article` component, the embed and `anp-render` write).
//!
//! Invariants: no panic; the HTML never contains `<script` (in any case), never an
//! event-handler attribute, and every URL attribute is relative or http/https.

#![no_main]

use alphanode_widgets::components::ArticleState;
use alphanode_widgets::model::parse_post;
use alphanode_widgets::prerender::{render_article, RenderOptions};
use libfuzzer_sys::fuzz_target;

#[path = "common/mod.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let parsed = parse_post(text, Some(common::BASE));
    common::parsed_invariants(&parsed, "parse_post");
    let state = ArticleState::from_parsed(parsed);
    let html = render_article(&state, &RenderOptions::default());
    common::html_invariants(&html);
});
