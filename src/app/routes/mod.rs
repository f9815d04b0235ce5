//! One file per page.

mod index;
mod not_found;
mod post;
#[cfg(feature = "preview")]
mod preview;

pub use index::IndexPage;
pub use not_found::NotFound;
pub use post::PostPage;
#[cfg(feature = "preview")]
pub use preview::PreviewPage;

use super::api::Store;
use leptos::prelude::*;

/// The shared store, or a fresh one when a page is used outside [`App`](super::App).
fn store() -> Store {
    use_context::<Store>().unwrap_or_else(|| {
        let store = Store::new();
        provide_context(store);
        store
    })
}

/// `{base}/posts/{slug}` for links inside the app.
fn post_href(slug: &str) -> String {
    format!(
        "{}/posts/{}",
        super::base_path(),
        crate::model::fill_link_template("{slug}", slug)
    )
}
