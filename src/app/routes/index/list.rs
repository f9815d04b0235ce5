//! The list under the controls: loading (a skeleton), failed (with "Try again"), or
//! a page of posts with its status line, a way out of an empty search and the pager.
//! The status line and the posts are the markup the static index has too
//! ([`crate::pages::index`]).

use leptos::prelude::*;

use super::answers::{page_count, page_number, Answers};
use super::pager::Pager;
use super::query::Query;
use crate::app::api::{IndexState, Store};
use crate::app::routes::post_href;
use crate::i18n::{AppText, Strings, Text};
use crate::model::{Failure, ListPage};
use crate::pages::index::{self, LIST_CLASS, STATUS_CLASS, STATUS_LIVE, STATUS_ROLE};

/// What the index and the answers have to show.
#[component]
pub(super) fn Results(query: Query, answers: Answers, store: Store) -> impl IntoView {
    let s = use_context::<Strings>().unwrap_or_default();
    move || match store.index.get() {
        IndexState::Loading => loading(&s).into_any(),
        IndexState::Error(failure) => failed(&s, &failure, move || store.load_index()).into_any(),
        IndexState::Ready(_) => match answers.shown.get() {
            None => loading(&s).into_any(),
            Some(Err(failure)) => failed(&s, &failure, move || answers.retry()).into_any(),
            Some(Ok(list)) => {
                let total = list.total;
                let page_no = page_number(&list);
                let pages = page_count(&list);
                let busy = Signal::derive(move || answers.busy());
                let prefetch = move |slug: &str| store.prefetch(slug);
                view! {
                    {listed(&s, &list, busy, prefetch)}
                    {(total == 0).then(|| view! {
                        <button type="button" class="anp-index__button" on:click=move |_| query.clear()>
                            {s.app(AppText::ClearFilters).to_owned()}
                        </button>
                    })}
                    {(pages > 1).then(|| view! {
                        <Pager page=page_no pages=pages href=move |n| query.page_href(n) />
                    })}
                }
                .into_any()
            }
        },
    }
}

/// The status line and six empty items while the list is on its way.
fn loading(s: &Strings) -> impl IntoView {
    view! {
        {status_line(s.app(AppText::LoadingPosts).to_owned())}
        <ul class="anp-index__list anp-index__list--skeleton" aria-hidden="true">
            {(0..6).map(|_| view! { <li class="anp-index__item anp-index__item--skeleton"></li> }).collect_view()}
        </ul>
    }
}

/// Why the list could not be shown, and "Try again" (`retry`).
fn failed(s: &Strings, failure: &Failure, retry: impl Fn() + 'static) -> impl IntoView {
    view! {
        <div class="anp-index__error" role="alert">
            <p>{s.app(AppText::IndexFailed).to_owned()}</p>
            <p>{failure.summary.clone()}</p>
            <button type="button" class="anp-index__button" on:click=move |_| retry()>
                {s.text(Text::TryAgain).to_owned()}
            </button>
        </div>
    }
}

/// The status line: the shared markup's element, kept in place (a live region that
/// is replaced is not read out).
fn status_line(text: String) -> impl IntoView {
    view! { <p class=STATUS_CLASS role=STATUS_ROLE aria-live=STATUS_LIVE>{text}</p> }
}

/// A page of the list: the status line and the listed posts, written by the writer
/// the static index uses ([`crate::pages::index`]). `prefetch` is called with the slug
/// of a post whose link is hovered or focused (one listener on the list for all).
fn listed(
    s: &Strings,
    list: &ListPage,
    busy: Signal<bool>,
    prefetch: impl Fn(&str) + Clone + 'static,
) -> impl IntoView {
    let status = s.index_status(list.start, list.entries.len(), list.total);
    // Which post each link is for, by the link's `href` as written.
    let links: Vec<(String, String)> = list
        .entries
        .iter()
        .map(|e| (post_href(&e.slug), e.slug.clone()))
        .collect();
    let warm = move |ev: &leptos::web_sys::Event| {
        let href = crate::platform::dom::closest_attribute(ev, "a.anp-index__link", "href");
        if let Some((_, slug)) = href.and_then(|h| links.iter().find(|(l, _)| *l == h)) {
            prefetch(slug);
        }
    };
    let on_focus = warm.clone();
    view! {
        {status_line(status)}
        <ul
            class=LIST_CLASS
            aria-busy=move || busy.get().then_some("true")
            on:mouseover=move |ev| warm(&ev)
            on:focusin=move |ev| on_focus(&ev)
        >
            {index::entries(s, &list.entries, |e| post_href(&e.slug))}
        </ul>
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use leptos::prelude::*;

    use super::listed;
    use crate::i18n::Strings;
    use crate::model::{parse_index, ListPage};
    use crate::prerender::render_index;

    /// Posts whose texts need escaping and go either way, one without a summary.
    const INDEX: &str = r#"{"posts": [
        {"slug": "a", "title": "Tabs <and> \"spaces\" & 'quotes'", "summary": "One & two", "topic": "Tools", "stack": ["python", "c"], "difficulty": "easy", "reading_time": 7},
        {"slug": "b/c d", "title": "שלום עולם", "summary": "מה נשמע?", "stack": ["rust"]},
        {"slug": "e", "title": "Short"}
    ]}"#;

    #[test]
    fn the_static_index_is_the_apps_list_for_the_same_entries() {
        let index = parse_index(INDEX, None)
            .into_result()
            .expect("the test index parses")
            .0;
        for tag in ["en", "ar", "de"] {
            let s = Strings::for_tag(tag);
            let page = ListPage {
                total: index.posts.len(),
                start: 0,
                entries: index.posts.clone(),
            };
            let owner = Owner::new();
            let (heading, list) = owner.with(|| {
                (
                    crate::pages::index::heading(&s).to_html(),
                    listed(&s, &page, Signal::derive(|| false), |_| {}).to_html(),
                )
            });
            let static_html = render_index(&index, "/", &s);
            assert_eq!(
                static_html,
                format!(
                    "<section class=\"anp-page anp-index\" data-page=\"index\">{heading}{list}</section>"
                ),
                "{tag}"
            );
            assert!(
                list.starts_with(
                    "<p role=\"status\" aria-live=\"polite\" class=\"anp-index__status\">"
                ),
                "{list}"
            );
            for class in ["anp-index__title", "anp-index__summary", "anp-index__meta"] {
                assert_eq!(
                    list.matches(&format!("class=\"{class}\" dir=\"auto\""))
                        .count(),
                    3,
                    "{class}: {list}"
                );
            }
            assert!(list.contains("href=\"/posts/b%2Fc%20d\""), "{list}");
            assert!(
                list.contains(">Tabs &lt;and&gt; \"spaces\" &amp; 'quotes'</a>"),
                "{list}"
            );
        }
    }
}
