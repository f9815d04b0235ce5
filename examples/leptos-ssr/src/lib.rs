//! The example app's page, shared by the server (which renders it to HTML) and the
//! browser (which hydrates that HTML).

use alphanode_widgets::components::{Article, ArticleState, MetaBox, MetaLayout};
use alphanode_widgets::model::parse_post;
use leptos::prelude::*;

/// The id of the `<script type="application/json">` in the page's head that carries
/// the post to the browser, so it parses the very document the server rendered.
pub const POST_DATA_ID: &str = "anp-post-data";

/// A post page: the whole article, and the post's meta again in an "At a glance"
/// sidebar that pages after eight entries. Both sides parse the same JSON, so the
/// browser's first render is the server's HTML.
#[component]
pub fn PostPage(json: String) -> impl IntoView {
    let parsed = parse_post(&json, None);
    let meta = parsed.value.as_ref().and_then(|post| post.meta.clone());
    let state = ArticleState::from_parsed(parsed);
    view! {
        <main class="example-page">
            <Article state link_template="/posts/{slug}" class="example-article" />
            {meta
                .map(|meta| {
                    view! {
                        <aside class="example-aside">
                            <MetaBox
                                meta
                                page_size=8
                                layout=MetaLayout::Compact
                                title="At a glance"
                                class="example-glance"
                            />
                        </aside>
                    }
                })}
        </main>
    }
}

/// The browser's entry point, called by the page's module script once the wasm is
/// loaded: hydrate the server's HTML in `<body>`.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    let json = document()
        .get_element_by_id(POST_DATA_ID)
        .and_then(|script| script.text_content())
        .unwrap_or_default();
    leptos::mount::hydrate_body(move || view! { <PostPage json /> });
    // Outside <body>, so not part of what was hydrated: tells scripts and tests that
    // the page is live (saved checklist ticks follow in the next microtask).
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-hydrated", "");
    }
}
