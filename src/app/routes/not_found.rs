//! The page for unknown routes and unknown slugs.

use leptos::prelude::*;

/// "Page not found", with a way back to the index.
#[component]
pub fn NotFound(
    /// What was asked for, e.g. the unknown slug.
    #[prop(optional, into)]
    what: Option<String>,
) -> impl IntoView {
    crate::app::set_title("Not found");
    let home = format!("{}/", crate::app::base_path());
    view! {
        <section class="anp-page anp-notfound" data-page="not-found">
            <h1 class="anp-page__title">"Page not found"</h1>
            <p class="anp-page__text">
                {match what {
                    Some(w) => format!("There is no post called “{w}”."),
                    None => "There is nothing at this address.".to_owned(),
                }}
            </p>
            <p>
                <a class="anp-page__link" href=home>
                    "Browse all posts"
                </a>
            </p>
        </section>
    }
}
