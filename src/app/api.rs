//! The app's data: the browsing catalog (a sharded index when the site has one, else
//! the whole index) and a per-session cache of posts. Posts fetched once are kept, so
//! going back never refetches; hovering or focusing a link prefetches. Failures are
//! not cached, so "Try again" really tries again.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::components::ArticleState;
use crate::load::{fetch_catalog, fetch_post, LoadOptions};
use crate::model::{Catalog, Failure, IndexEntry};

/// Where the index lives, relative to the app's base URL.
pub const INDEX_URL: &str = "posts/index.json";

/// Where a sharded index's manifest lives (`anp-render --index posts/index.json
/// --shards posts/shards`). Asked for first; a 404, or the manifest the app's build
/// ships (`"sharded": false`), means the site has none.
pub const SHARDS_URL: &str = "posts/shards/manifest.json";

/// The index as the app sees it.
#[derive(Clone, Debug, Default)]
pub enum IndexState {
    /// Not loaded yet.
    #[default]
    Loading,
    /// Ready to search.
    Ready(Arc<Catalog>),
    /// Could not be loaded.
    Error(Arc<Failure>),
}

/// Shared app data, provided as context by [`App`](super::App).
#[derive(Clone, Copy)]
pub struct Store {
    /// The browsing index.
    pub index: RwSignal<IndexState>,
    /// The query string (`?q=…&page=2`, or empty) the reader last had on the index,
    /// so links back to the list return to it as they left it.
    pub index_query: RwSignal<String>,
    posts: RwSignal<HashMap<String, ArticleState>>,
    /// Links of listed posts that live elsewhere (`href`), as lists showed them: a
    /// sharded index has no whole list to look them up in.
    hrefs: StoredValue<HashMap<String, String>>,
}

impl Store {
    /// A store that starts loading the index.
    pub fn new() -> Self {
        let store = Self {
            index: RwSignal::new(IndexState::Loading),
            index_query: RwSignal::new(String::new()),
            posts: RwSignal::new(HashMap::new()),
            hrefs: StoredValue::new(HashMap::new()),
        };
        store.load_index();
        store
    }

    /// (Re)load the index.
    pub fn load_index(self) {
        self.index.set(IndexState::Loading);
        leptos::task::spawn_local(async move {
            let next = match fetch_catalog(SHARDS_URL, INDEX_URL, &LoadOptions::default()).await {
                Ok(catalog) => IndexState::Ready(Arc::new(catalog)),
                Err(failure) => IndexState::Error(Arc::new(failure)),
            };
            self.index.try_set(next);
        });
    }

    /// The post's state for a view: tracked, so the view follows loading.
    pub fn post(self, slug: &str) -> ArticleState {
        self.posts
            .with(|p| p.get(slug).cloned())
            .unwrap_or(ArticleState::Loading)
    }

    /// Fetch the post unless it is cached or on its way. `force` refetches after an error.
    pub fn ensure(self, slug: &str, force: bool) {
        let current = self.posts.with_untracked(|p| p.get(slug).cloned());
        match current {
            Some(ArticleState::Ready(_)) | Some(ArticleState::Loading) => return,
            Some(ArticleState::Error(_)) if !force => return,
            _ => {}
        }
        let slug = slug.to_owned();
        self.posts.update(|p| {
            p.insert(slug.clone(), ArticleState::Loading);
        });
        let url = self.post_url(&slug);
        leptos::task::spawn_local(async move {
            let state = ArticleState::loaded(fetch_post(&url, &LoadOptions::default()).await);
            self.posts.try_update(|p| {
                p.insert(slug, state);
            });
        });
    }

    /// Warm the cache for a post the reader is likely to open.
    pub fn prefetch(self, slug: &str) {
        self.ensure(slug, false);
    }

    /// Note where listed posts live, for [`ensure`](Self::ensure).
    pub fn listed(self, entries: &[IndexEntry]) {
        self.hrefs.update_value(|hrefs| {
            for e in entries {
                if let Some(href) = &e.href {
                    hrefs.insert(e.slug.clone(), href.clone());
                }
            }
        });
    }

    /// `posts/{slug}.json` beside the index, or the entry's own `href`.
    fn post_url(self, slug: &str) -> String {
        let href = self.index.with_untracked(|i| match i {
            IndexState::Ready(catalog) => match catalog.as_ref() {
                Catalog::Whole(index) => index.by_slug(slug).and_then(|e| e.href.clone()),
                Catalog::Sharded(_) => None,
            },
            _ => None,
        });
        let href = href.or_else(|| self.hrefs.with_value(|h| h.get(slug).cloned()));
        href.unwrap_or_else(|| {
            format!(
                "posts/{}.json",
                crate::model::fill_link_template("{slug}", slug)
            )
        })
    }
}

impl Default for Store {
    fn default() -> Self {
        Self::new()
    }
}
