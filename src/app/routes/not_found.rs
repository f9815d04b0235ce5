//! The page for unknown routes and unknown slugs.

use leptos::prelude::*;

use crate::i18n::{AppText, Strings};

/// "Page not found", with a way back to the index.
#[component]
pub fn NotFound(
    /// What was asked for, e.g. the unknown slug.
    #[prop(optional, into)]
    what: Option<String>,
) -> impl IntoView {
    let s = use_context::<Strings>().unwrap_or_default();
    // The address asked for (the base included), as the router has it: the
    // browser's may not have changed yet.
    let path = leptos_router::hooks::use_location()
        .pathname
        .get_untracked();
    let head = crate::platform::head::Head::not_found(&s, &path);
    crate::app::set_title(&head.title);
    crate::platform::head::apply(&head);
    crate::app::takeover::ready_when(|| true);
    let home = format!("{}/", crate::app::base_path());
    view! {
        <section class="anp-page anp-notfound" data-page="not-found">
            <h1 class="anp-page__title">{s.app(AppText::NotFound).to_owned()}</h1>
            <p class="anp-page__text">
                {match what {
                    Some(w) => s.app_with(AppText::NoSuchPost, &[], &[("slug", &w)]),
                    None => s.app(AppText::NothingHere).to_owned(),
                }}
            </p>
            <p>
                <a class="anp-page__link" href=home>
                    {s.app(AppText::BrowseAll).to_owned()}
                </a>
            </p>
        </section>
    }
}
