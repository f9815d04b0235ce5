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

mod article;
mod article_body;
mod checklist;
mod class;
mod heading;
mod kept;
mod markup;
mod meta_box;
mod similar_posts;
mod theme;

pub use article::{Article, ArticleProps, ArticleState, ReadyPost};
pub use article_body::{ArticleBody, ArticleBodyProps};
pub use checklist::{
    checklist_storage_key, progress_text, restore_checklist_state, serialize_checklist_state,
    Checklist, ChecklistProgress, ChecklistProps, ChecklistStorage,
};
pub use heading::{heading, HeadingOffset};
pub use meta_box::{
    MetaBox, MetaBoxProps, MetaLayout, StaticHtml, DEFAULT_COLLAPSE_DEPTH, DEFAULT_PAGE_SIZE,
};
pub use similar_posts::{NavigateRequest, SimilarPosts, SimilarPostsProps};
pub use theme::Theme;
// The article's parts without a view tree, and the body's listeners, for the embed.
#[cfg(all(feature = "embed", target_arch = "wasm32"))]
pub(crate) use {
    article::parts,
    article_body::{
        body_mounted, body_runs, body_ticks, checklist_changed, image_failed, keep_ticks,
    },
    checklist::LiveChecklist,
};
