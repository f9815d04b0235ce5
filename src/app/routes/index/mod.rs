//! `/`: the index with search as you type, stack and difficulty filters, sorting and
//! pages. The whole state lives in the query string (`?q=&stack=&difficulty=&sort=&page=`),
//! so links, reloads, back and forward all restore it; the scroll position is
//! restored on return too. Values the index does not know (a stack no post has, a
//! page past the last) are dropped from the URL with a note, so the controls, the
//! list and the address always agree.
//!
//! A whole index answers at once. A sharded one answers after fetching the page's
//! fragments: meanwhile the last list stays on screen (`aria-busy`), and an answer
//! that arrives after the reader has moved on is dropped.
//!
//! The page's parts, one job each: [`query`] (the URL's parameters, and their
//! correction), [`answers`] (what the list shows for them), [`controls`] (search box
//! and menus), [`list`] (the list, in the markup the static index shares) and
//! [`pager`].

mod answers;
mod controls;
mod list;
mod pager;
mod query;

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::store;
use crate::app::scroll::{restore_scroll, Restore};
use crate::i18n::Strings;
use crate::pages::index::{self, PAGE, SECTION_CLASS};
use answers::Answers;
use controls::Controls;
use list::Results;
use query::Query;

/// The index page.
#[component]
pub fn IndexPage() -> impl IntoView {
    let s = use_context::<Strings>().unwrap_or_default();
    let head = crate::platform::head::Head::index(&s, &crate::app::base_path());
    crate::app::set_title(&head.title);
    crate::platform::head::apply(&head);
    let store = store();
    let query = Query::from_url(store);
    let answers = Answers::follow(query, store);

    // While the router swaps pages this one still sees the next page's URL.
    let index_path = crate::app::base_path();
    let is_index_path = move |path: &str| path.trim_end_matches('/') == index_path;
    let location = use_location();
    let on_index = {
        let is_index_path = is_index_path.clone();
        move || location.pathname.with(|p| is_index_path(p))
    };
    query.correct(&s, answers.current, on_index.clone());
    // Remember the list as the reader has it, for "← All posts" on post pages.
    Effect::new(move |_| {
        let search = location.search.get();
        if on_index() {
            store.index_query.set(if search.is_empty() {
                String::new()
            } else {
                format!("?{search}")
            });
        }
    });
    // On screen once the list (or why there is none) can be shown.
    crate::app::takeover::ready_when(move || {
        matches!(store.index.get(), crate::app::api::IndexState::Error(_))
            || answers.current.with(Option::is_some)
    });
    restore_scroll(
        is_index_path,
        move || answers.current.with(|c| matches!(c, Some(Ok(_)))),
        Restore::OnArrival,
    );

    view! {
        <section class=SECTION_CLASS data-page=PAGE>
            {index::heading(&s)}
            <Controls query />
            <p class="anp-index__note" role="status">{move || query.notes.get().join(" ")}</p>
            <Results query answers store />
        </section>
    }
}
