//! `/preview`: reserved for the designer preview.

use leptos::prelude::*;

/// Placeholder until the designer preview lands.
#[component]
pub fn PreviewPage() -> impl IntoView {
    crate::app::set_title("Preview");
    view! {
        <section class="anp-page" data-page="preview">
            <h1 class="anp-page__title">"Designer preview"</h1>
            <p class="anp-page__text">"The layout preview is not available yet."</p>
        </section>
    }
}
