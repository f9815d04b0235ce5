//! `/posts/:slug`: one post with the four components.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::{post_href, store, NotFound};
use crate::app::scroll::{restore_scroll, Restore};
use crate::components::{Article, ArticleState};
use crate::i18n::{AppText, Strings};
use crate::platform::head::Head;

/// The post page. Posts come from the session cache when already fetched; similar
/// posts link to app routes, so following them never reloads the page. A 404 shows
/// the not-found page; any other failure shows the reason with "Try again". Back and
/// forward return to where the reader was in each post; "← All posts" returns to the
/// list as the reader left it (filters, page and position).
#[component]
pub fn PostPage() -> impl IntoView {
    let s = use_context::<Strings>().unwrap_or_default();
    let store = store();
    let params = use_params_map();
    let slug = Memo::new(move |_| params.with(|p| p.get("slug").unwrap_or_default()));
    Effect::new(move |_| store.ensure(&slug.get(), false));
    let state = Signal::derive(move || store.post(&slug.get()));
    let titles = s.clone();
    Effect::new(move |_| {
        let path = post_href(&slug.get());
        let head = match state.get() {
            ArticleState::Ready(ready) => Head::post(&titles, &ready.post, &path),
            ArticleState::Loading => {
                Head::post_pending(&titles, titles.app(AppText::LoadingTitle), &path)
            }
            // The not-found page says its own.
            ArticleState::Error(f) if f.status == Some(404) => return,
            ArticleState::Error(_) => {
                Head::post_pending(&titles, titles.app(AppText::Unavailable), &path)
            }
        };
        crate::app::set_title(&head.title);
        crate::platform::head::apply(&head);
    });
    crate::app::takeover::ready_when(move || !matches!(state.get(), ArticleState::Loading));
    let posts_prefix = format!("{}/posts/", crate::app::base_path());
    restore_scroll(
        move |path| path.starts_with(&posts_prefix),
        move || !matches!(state.get(), ArticleState::Loading),
        Restore::OnTraversal,
    );
    // The article follows the header's theme switch (its own `data-theme` would
    // otherwise follow the system).
    let theme = use_context::<crate::app::AppTheme>()
        .map(|t| Signal::derive(move || t.0.get()))
        .unwrap_or_else(|| Signal::stored(crate::components::Theme::Auto));
    let link_template = post_href("{slug}").replace("%7Bslug%7D", "{slug}");
    let base = crate::app::base_path();
    let home = move || format!("{base}/{}", store.index_query.get());
    let is_missing = move || matches!(state.get(), ArticleState::Error(f) if f.status == Some(404));
    let is_error = move || matches!(state.get(), ArticleState::Error(_));
    // Copy handles: the `Show` children are built again each time they show.
    let crumbs = StoredValue::new(s.app(AppText::Breadcrumb).to_owned());
    let all_posts = StoredValue::new(crate::pages::shell::all_posts_label(&s));
    let failed = StoredValue::new(s.app(AppText::PostFailed).to_owned());
    view! {
        <Show
            when=move || !is_missing()
            fallback=move || view! { <NotFound what=slug.get() /> }
        >
            <nav class="anp-page__crumbs" aria-label=move || crumbs.get_value()>
                <a class="anp-page__link" href=home.clone()>
                    {move || all_posts.get_value()}
                </a>
            </nav>
            <Show when=is_error>
                <h1 class="anp-page__title anp-page__title--error">{move || failed.get_value()}</h1>
            </Show>
            <Article
                state=state
                theme=theme
                link_template=link_template.clone()
                on_retry=Callback::new(move |_| store.ensure(&slug.get_untracked(), true))
            />
        </Show>
    }
}
