//! Leptos components that render a parsed post. Each works alone; [`Article`]
//! composes them. They take model types and never fetch: loading lives in
//! [`crate::load`].
//!
//! ```
//! use alphanode_widgets::components::{Article, ArticleState};
//! use alphanode_widgets::model::parse_post;
//! use leptos::prelude::*;
//! let state = ArticleState::from_parsed(parse_post(r#"{"title":"T","body":[]}"#, None));
//! let _view = view! { <Article state /> };
//! ```

mod adapt;
mod article;
mod article_body;
mod checklist;
mod heading;
mod live;
mod markup;
mod meta_box;
mod similar_posts;
mod theme;
mod write;

pub use article::{Article, ArticleProps, ArticleState, ReadyPost};
pub use article_body::{
    ArticleBody, ArticleBodyProps, BlockInput, BlockOverride, CustomBlock, Fill, Overrides,
    RenderCx,
};
pub use article_body::{BlockRenderers, BlockView, UnknownBlockView};
pub use checklist::{
    checklist_storage_key, progress_text, restore_checklist_state, serialize_checklist_state,
    Checklist, ChecklistProgress, ChecklistProps, ChecklistStorage,
};
pub use meta_box::{
    MetaBox, MetaBoxProps, MetaLayout, StaticHtml, DEFAULT_COLLAPSE_DEPTH, DEFAULT_PAGE_SIZE,
};
pub use similar_posts::{NavigateRequest, SimilarPosts, SimilarPostsProps};
pub use theme::Theme;
pub use write::WriteCx;
// The article's writer and the controller that makes it act, for the embed and the
// pre-renderer.
#[cfg(any(feature = "ssr", all(feature = "embed", target_arch = "wasm32")))]
pub(crate) use article::{write_article, ArticleOptions};
#[cfg(any(feature = "app", feature = "ssr"))]
pub(crate) use markup::HtmlWriter;
#[cfg(all(feature = "embed", target_arch = "wasm32"))]
pub(crate) use {
    article_body::shown_warnings,
    checklist::checkboxes,
    live::{checklist_sections, Handlers, Live},
};
