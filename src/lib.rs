//! # alphanode-widgets
//!
//! Leptos components that render alphanode posts (`alphanode.post/1`, see
//! `docs/post-format.md` in the package): the article body, an interactive checklist, the post-meta box and
//! the similar-posts list.
//!
//! The crate is layered so each part can be used alone:
//!
//! | module | what | knows Leptos |
//! |---|---|---|
//! | [`model`] | format types, parsing with diagnostics, the meta table, URL policy | no |
//! | [`components`] | render a parsed model | yes |
//! | [`i18n`] | the reader's language: strings, plurals, numbers, 15 locales | no |
//! | [`platform`] | browser services (storage, clipboard, HTTP, events) with native fallbacks | no |
//! | [`load`] | what to fetch and how: JSON checks, parsing, sharing one load, catalogs | no |
//! | `app` (feature `app`) | the reader's routes and shell; the designer preview with feature `preview` | yes |
//! | `embed` (feature `embed`, wasm32 only) | host-page scanning, events, JS exports | yes |
//!
//! ```
//! use alphanode_widgets::components::{Article, ArticleState};
//! use alphanode_widgets::model::parse_post;
//! use leptos::prelude::*;
//!
//! let json = r#"{"title": "Hello", "body": [{"type": "paragraph", "text": "World"}]}"#;
//! let state = ArticleState::from_parsed(parse_post(json, None));
//! let _view = view! { <Article state /> };
//! ```

#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]

#[cfg(feature = "app")]
pub mod app;
pub mod components;
// The embed is JS exports and nothing else, so it exists only where JS does; the
// feature still compiles natively (`cargo check --all-features`), as an empty one.
#[cfg(all(feature = "embed", target_arch = "wasm32"))]
pub mod embed;
pub mod i18n;
pub mod load;
pub mod model;
// What the app's pages and the static export write alike.
#[cfg(any(feature = "app", feature = "ssr"))]
mod pages;
pub mod platform;
// Descriptions, canonical URLs, structured data, sitemaps and feeds (the app's head,
// and the static export's).
#[cfg(any(feature = "ssr", feature = "embed"))]
pub mod prerender;
#[cfg(any(feature = "app", feature = "ssr"))]
pub mod seo;
