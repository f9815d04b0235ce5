//! The single-page app: browse posts, read them, preview layouts.

use leptos::prelude::*;

use crate::components::{Article, ArticleState};
use crate::load::{fetch_post, LoadOptions};

/// Slug of the reference post the app opens with.
pub const REFERENCE_SLUG: &str = "keeping-staging-close-to-production-python-services";

/// The app's root component.
///
/// ```no_run
/// use alphanode_widgets::app::App;
/// leptos::mount::mount_to_body(App);
/// ```
#[component]
pub fn App() -> impl IntoView {
    let state = RwSignal::new(ArticleState::Loading);
    let load = move || {
        state.set(ArticleState::Loading);
        leptos::task::spawn_local(async move {
            let url = format!("posts/{REFERENCE_SLUG}.json");
            let result = fetch_post(&url, &LoadOptions::default()).await;
            state.set(match result {
                Ok((post, warnings)) => {
                    ArticleState::Ready(std::sync::Arc::new(crate::components::ReadyPost {
                        post,
                        warnings,
                    }))
                }
                Err(failure) => ArticleState::failed(failure),
            });
        });
    };
    load();
    view! {
        <div class="anp-app">
            <main class="anp-app__main">
                <Article state on_retry=Callback::new(move |_| load()) link_template="/posts/{slug}" />
            </main>
        </div>
    }
}
