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

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use super::{post_href, store};
use crate::app::api::IndexState;
use crate::app::scroll::{restore_scroll, Restore};
use crate::i18n::{AppText, Strings};
use crate::load::HttpShards;
use crate::model::{Catalog, Failure, IndexQuery, ListPage, SortOrder};
use crate::pages::index::{
    self, LIST_CLASS, PAGE, SECTION_CLASS, STATUS_CLASS, STATUS_LIVE, STATUS_ROLE,
};

/// What a list shows: a query and the page asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
struct ListKey {
    query: IndexQuery,
    page: usize,
}

type Answer = Result<Arc<ListPage>, Arc<Failure>>;

/// Where a key's page starts.
fn start_of(key: &ListKey) -> usize {
    key.page.saturating_sub(1).saturating_mul(PAGE_SIZE)
}

/// Where the last page starts, when a page starting at `start` is past the end (the
/// list then shows the last page, and the URL is corrected, see below).
fn last_start(start: usize, page: &ListPage) -> Option<usize> {
    (page.total > 0 && start >= page.total).then(|| (page.total - 1) / PAGE_SIZE * PAGE_SIZE)
}

/// The page a key asks for, or the last one when it asks past the end.
async fn answer(catalog: &Catalog, key: &ListKey) -> Answer {
    let fetch = HttpShards::default();
    let start = start_of(key);
    let mut page = catalog.page(&fetch, &key.query, start, PAGE_SIZE).await;
    if let Some(last) = page.as_ref().ok().and_then(|p| last_start(start, p)) {
        page = catalog.page(&fetch, &key.query, last, PAGE_SIZE).await;
    }
    page.map(Arc::new).map_err(Arc::new)
}

/// [`answer`] from a whole index, which never waits.
fn answer_now(catalog: &Catalog, key: &ListKey) -> Option<Answer> {
    let start = start_of(key);
    let mut page = catalog.page_now(&key.query, start, PAGE_SIZE)?;
    if let Some(last) = last_start(start, &page) {
        page = catalog.page_now(&key.query, last, PAGE_SIZE)?;
    }
    Some(Ok(Arc::new(page)))
}

fn page_number(page: &ListPage) -> usize {
    page.start / PAGE_SIZE + 1
}

fn page_count(page: &ListPage) -> usize {
    page.total.div_ceil(PAGE_SIZE).max(1)
}

/// Posts per page.
pub const PAGE_SIZE: usize = 20;

/// How long typing must pause before a sharded index is searched.
const TYPING_PAUSE_MS: u64 = 150;

fn query_string(pairs: &[(&str, String)]) -> String {
    let parts: Vec<String> = pairs
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", encode(v)))
        .collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

fn encode(value: &str) -> String {
    let mut out = String::new();
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(char::from(b))
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// The index page.
#[component]
pub fn IndexPage() -> impl IntoView {
    let s = use_context::<Strings>().unwrap_or_default();
    crate::app::set_title(s.app(AppText::Posts));
    let store = store();
    let query_map = use_query_map();
    let navigate = use_navigate();
    let param = move |key: &str| query_map.with(|m| m.get(key).unwrap_or_default());
    let search = Signal::derive(move || match store.index.get() {
        IndexState::Ready(index) => Some(index),
        _ => None,
    });
    // Filters the index does not offer count as unset, so the menus (which cannot show
    // them) and the list agree while the URL is being corrected.
    let known = move |value: String, offered: fn(&Catalog) -> &[String]| {
        let unknown = !value.is_empty()
            && search.with(|s| s.as_ref().is_some_and(|s| !offered(s).contains(&value)));
        if unknown {
            String::new()
        } else {
            value
        }
    };
    let text = Memo::new(move |_| param("q"));
    let stack = Memo::new(move |_| known(param("stack"), Catalog::stacks));
    let difficulty = Memo::new(move |_| known(param("difficulty"), Catalog::difficulties));
    let sort = Memo::new(move |_| SortOrder::parse(&param("sort")).unwrap_or_default());
    let page = Memo::new(move |_| param("page").parse::<usize>().unwrap_or(1).max(1));
    // What was corrected in the URL, shown until the reader changes something.
    let notes = RwSignal::new(Vec::<String>::new());

    // Change some parameters; anything but the page resets to page 1.
    let set = {
        let navigate = navigate.clone();
        move |changes: &[(&str, String)], replace: bool| {
            notes.set(Vec::new());
            let mut current = vec![
                ("q", text.get_untracked()),
                ("stack", stack.get_untracked()),
                ("difficulty", difficulty.get_untracked()),
                ("sort", {
                    let s = sort.get_untracked();
                    if s == SortOrder::Index {
                        String::new()
                    } else {
                        s.as_str().to_owned()
                    }
                }),
                ("page", String::new()),
            ];
            for (key, value) in changes {
                if let Some(slot) = current.iter_mut().find(|(k, _)| k == key) {
                    slot.1 = value.clone();
                }
            }
            let target = format!("/{}", query_string(&current));
            navigate(
                &target,
                NavigateOptions {
                    replace,
                    scroll: false,
                    ..NavigateOptions::default()
                },
            );
        }
    };

    let key = Memo::new(move |_| ListKey {
        query: IndexQuery {
            text: text.get(),
            stack: Some(stack.get()).filter(|s| !s.is_empty()),
            difficulty: Some(difficulty.get()).filter(|s| !s.is_empty()),
            sort: sort.get(),
        },
        page: page.get(),
    });
    // A sharded index's last answer, with the key it answers.
    let fetched = RwSignal::new(None::<(ListKey, Answer)>);
    // The answer for the current key; `None` while it is on its way.
    let current = Memo::new(move |_| {
        let catalog = search.get()?;
        let key = key.get();
        answer_now(&catalog, &key).or_else(|| {
            fetched.with(|f| {
                f.as_ref()
                    .filter(|(k, _)| *k == key)
                    .map(|(_, a)| a.clone())
            })
        })
    });
    Effect::new(move |previous: Option<Option<ListKey>>| {
        let catalog = search.get()?;
        let asked = key.get();
        if matches!(catalog.as_ref(), Catalog::Whole(_))
            || fetched.with_untracked(|f| f.as_ref().is_some_and(|(k, _)| *k == asked))
        {
            return Some(asked);
        }
        // While the reader types, only the words they stop at are fetched, not every
        // prefix on the way ("c", "ca", "cac"…: the shortest match the most tokens).
        // Filters, sorting and paging go at once.
        let typing = previous
            .flatten()
            .is_some_and(|p| p.query.text != asked.query.text);
        let go = {
            let asked = asked.clone();
            move || {
                if key.try_get_untracked().as_ref() != Some(&asked) {
                    return;
                }
                leptos::task::spawn_local(async move {
                    let got = answer(&catalog, &asked).await;
                    if let Ok(page) = &got {
                        store.listed(&page.entries);
                    }
                    // Only an answer to what the reader still asks is kept.
                    if key.try_get_untracked().as_ref() == Some(&asked) {
                        fetched.try_set(Some((asked, got)));
                    }
                });
            }
        };
        if typing {
            set_timeout(go, std::time::Duration::from_millis(TYPING_PAUSE_MS));
        } else {
            go();
        }
        Some(asked)
    });
    // What is on screen: the current answer, or the last one until it comes.
    let shown = Memo::new(move |previous: Option<&Option<Answer>>| {
        current.get().or_else(|| previous.cloned().flatten())
    });
    let busy = move || current.with(Option::is_none);
    let retry = move |_| {
        fetched.set(None);
        store.load_index();
    };

    // While the router swaps pages this one still sees the next page's URL.
    let index_path = crate::app::base_path();
    let is_index_path = move |path: &str| path.trim_end_matches('/') == index_path;
    let location = use_location();
    let on_index = {
        let is_index_path = is_index_path.clone();
        move || location.pathname.with(|p| is_index_path(p))
    };
    // Drop unknown values from the URL and clamp the page, replacing the history
    // entry: back should not return to an address that shows something else.
    {
        let set = set.clone();
        let on_index = on_index.clone();
        let s = s.clone();
        Effect::new(move |_| {
            if !on_index() {
                return;
            }
            // Only an answer to the URL as it is now tells what to correct.
            let Some(Ok(answered)) = current.get() else {
                return;
            };
            let raw = query_map.get();
            let mut fixed = Vec::new();
            for (key, kept, note) in [
                ("stack", stack.get(), AppText::UnknownStack),
                ("difficulty", difficulty.get(), AppText::UnknownDifficulty),
            ] {
                let asked = raw.get(key).unwrap_or_default();
                if asked != kept {
                    fixed.push(s.app_with(note, &[], &[("asked", &asked)]));
                }
            }
            let asked_sort = raw.get("sort").unwrap_or_default();
            if !asked_sort.is_empty() && SortOrder::parse(&asked_sort).is_none() {
                fixed.push(s.app_with(AppText::UnknownSort, &[], &[("asked", &asked_sort)]));
            }
            let asked_page = raw.get("page").unwrap_or_default();
            let shown_page = page_number(&answered).min(page_count(&answered));
            let asked_number = asked_page.parse::<usize>().ok();
            let page_ok = asked_page.is_empty()
                || asked_number.is_some_and(|n| (1..=shown_page).contains(&n));
            if let Some(asked) = asked_number.filter(|n| *n > shown_page) {
                fixed.push(s.app_with(
                    AppText::NoSuchPage,
                    &[("page", shown_page), ("asked", asked)],
                    &[],
                ));
            }
            if page_ok && fixed.is_empty() {
                return;
            }
            let page_value = if shown_page <= 1 {
                String::new()
            } else {
                shown_page.to_string()
            };
            set(&[("page", page_value)], true);
            notes.set(fixed);
        });
    }
    // Remember the list as the reader has it, for "← All posts" on post pages.
    Effect::new(move |_| {
        let query = location.search.get();
        if on_index() {
            store.index_query.set(if query.is_empty() {
                String::new()
            } else {
                format!("?{query}")
            });
        }
    });

    // Keep the search box in step with the URL (back/forward) without fighting the caret.
    let input_ref = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        let wanted = text.get();
        if let Some(input) = input_ref.get() {
            if input.value() != wanted {
                input.set_value(&wanted);
            }
        }
    });

    restore_scroll(
        is_index_path,
        move || current.with(|c| matches!(c, Some(Ok(_)))),
        Restore::OnArrival,
    );

    let on_search = {
        let set = set.clone();
        move |ev: leptos::ev::Event| set(&[("q", event_target_value(&ev))], true)
    };
    let on_stack = {
        let set = set.clone();
        move |ev: leptos::ev::Event| set(&[("stack", event_target_value(&ev))], false)
    };
    let on_difficulty = {
        let set = set.clone();
        move |ev: leptos::ev::Event| set(&[("difficulty", event_target_value(&ev))], false)
    };
    let on_sort = {
        let set = set.clone();
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            let value = if value == SortOrder::Index.as_str() {
                String::new()
            } else {
                value
            };
            set(&[("sort", value)], false)
        }
    };
    let clear = {
        let set = set.clone();
        move |_| {
            set(
                &[
                    ("q", String::new()),
                    ("stack", String::new()),
                    ("difficulty", String::new()),
                    ("sort", String::new()),
                ],
                false,
            )
        }
    };
    let page_href = move |n: usize| {
        let s = sort.get();
        format!(
            "{}/{}",
            crate::app::base_path(),
            query_string(&[
                ("q", text.get()),
                ("stack", stack.get()),
                ("difficulty", difficulty.get()),
                (
                    "sort",
                    if s == SortOrder::Index {
                        String::new()
                    } else {
                        s.as_str().to_owned()
                    }
                ),
                ("page", if n <= 1 { String::new() } else { n.to_string() }),
            ])
        )
    };

    let options = move |items: Vec<String>, selected: String| {
        items
            .into_iter()
            .map(|s| {
                let is = s == selected;
                let label = s.clone();
                view! { <option value=s selected=is>{label}</option> }
            })
            .collect_view()
    };

    let (sort_strings, list_strings) = (s.clone(), s.clone());
    view! {
        <section class=SECTION_CLASS data-page=PAGE>
            {index::heading(&s)}
            <form class="anp-index__controls" role="search" on:submit=|ev| ev.prevent_default()>
                <label class="anp-index__field anp-index__field--search">
                    <span class="anp-index__label">{s.app(AppText::Search).to_owned()}</span>
                    <input
                        node_ref=input_ref
                        class="anp-index__search"
                        type="search"
                        name="q"
                        placeholder=s.app(AppText::SearchPlaceholder).to_owned()
                        autocomplete="off"
                        value=text.get_untracked()
                        on:input=on_search
                    />
                </label>
                <label class="anp-index__field">
                    <span class="anp-index__label">{s.app(AppText::Stack).to_owned()}</span>
                    <select class="anp-index__select" name="stack" on:change=on_stack>
                        <option value="" selected=move || stack.get().is_empty()>{s.app(AppText::AllStacks).to_owned()}</option>
                        {move || search.get().map(|s| options(s.stacks().to_vec(), stack.get()))}
                    </select>
                </label>
                <label class="anp-index__field">
                    <span class="anp-index__label">{s.app(AppText::Difficulty).to_owned()}</span>
                    <select class="anp-index__select" name="difficulty" on:change=on_difficulty>
                        <option value="" selected=move || difficulty.get().is_empty()>{s.app(AppText::AnyDifficulty).to_owned()}</option>
                        {move || search.get().map(|s| options(s.difficulties().to_vec(), difficulty.get()))}
                    </select>
                </label>
                <label class="anp-index__field">
                    <span class="anp-index__label">{s.app(AppText::Sort).to_owned()}</span>
                    <select class="anp-index__select" name="sort" on:change=on_sort>
                        {move || {
                            let s = sort_strings.clone();
                            let current = sort.get();
                            SortOrder::ALL
                                .into_iter()
                                .map(|o| view! { <option value=o.as_str() selected=o == current>{sort_label(&s, o)}</option> })
                                .collect_view()
                        }}
                    </select>
                </label>
            </form>
            <p class="anp-index__note" role="status">{move || notes.get().join(" ")}</p>
            {move || { let s = list_strings.clone(); match store.index.get() {
                IndexState::Loading => view! {
                    {status_line(s.app(AppText::LoadingPosts).to_owned())}
                    <ul class="anp-index__list anp-index__list--skeleton" aria-hidden="true">
                        {(0..6).map(|_| view! { <li class="anp-index__item anp-index__item--skeleton"></li> }).collect_view()}
                    </ul>
                }
                .into_any(),
                IndexState::Error(failure) => view! {
                    <div class="anp-index__error" role="alert">
                        <p>{s.app(AppText::IndexFailed).to_owned()}</p>
                        <p>{failure.summary.clone()}</p>
                        <button type="button" class="anp-index__button" on:click=move |_| store.load_index()>
                            {s.text(crate::i18n::Text::TryAgain).to_owned()}
                        </button>
                    </div>
                }
                .into_any(),
                IndexState::Ready(_) => match shown.get() {
                    None => view! {
                        {status_line(s.app(AppText::LoadingPosts).to_owned())}
                        <ul class="anp-index__list anp-index__list--skeleton" aria-hidden="true">
                            {(0..6).map(|_| view! { <li class="anp-index__item anp-index__item--skeleton"></li> }).collect_view()}
                        </ul>
                    }
                    .into_any(),
                    Some(Err(failure)) => view! {
                        <div class="anp-index__error" role="alert">
                            <p>{s.app(AppText::IndexFailed).to_owned()}</p>
                            <p>{failure.summary.clone()}</p>
                            <button type="button" class="anp-index__button" on:click=retry>
                                {s.text(crate::i18n::Text::TryAgain).to_owned()}
                            </button>
                        </div>
                    }
                    .into_any(),
                    Some(Ok(list)) => {
                        let total = list.total;
                        let page_no = page_number(&list);
                        let pages = page_count(&list);
                        let prefetch = move |slug: &str| store.prefetch(slug);
                        view! {
                            {listed(&s, &list, Signal::derive(busy), prefetch)}
                            {(total == 0).then(|| view! {
                                <button type="button" class="anp-index__button" on:click=clear.clone()>{s.app(AppText::ClearFilters).to_owned()}</button>
                            })}
                            {(pages > 1).then(|| view! { <Pager page=page_no pages=pages href=page_href /> })}
                        }
                        .into_any()
                    }
                },
            }}}
        </section>
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

/// Previous / page N of M / next.
#[component]
fn Pager(page: usize, pages: usize, href: impl Fn(usize) -> String + 'static) -> impl IntoView {
    let s = use_context::<Strings>().unwrap_or_default();
    let previous = s.app(AppText::Previous).to_owned();
    let next_label = s.app(AppText::Next).to_owned();
    let status = s.app_with(AppText::PageOf, &[("pages", pages), ("page", page)], &[]);
    let prev = (page > 1).then(|| href(page - 1));
    let next = (page < pages).then(|| href(page + 1));
    view! {
        <nav class="anp-pager" aria-label=s.app(AppText::Pages).to_owned()>
            {match prev {
                Some(h) => view! { <a class="anp-pager__link" href=h rel="prev">{previous}</a> }.into_any(),
                None => view! { <span class="anp-pager__link anp-pager__link--disabled">{previous}</span> }.into_any(),
            }}
            <span class="anp-pager__status">{status}</span>
            {match next {
                Some(h) => view! { <a class="anp-pager__link" href=h rel="next">{next_label}</a> }.into_any(),
                None => view! { <span class="anp-pager__link anp-pager__link--disabled">{next_label}</span> }.into_any(),
            }}
        </nav>
    }
}

/// A sort order's menu label.
fn sort_label(s: &Strings, order: SortOrder) -> String {
    let key = match order {
        SortOrder::Index => AppText::SortIndex,
        SortOrder::Title => AppText::SortTitle,
        SortOrder::ReadingTime => AppText::SortShort,
        SortOrder::ReadingTimeDesc => AppText::SortLong,
    };
    s.app(key).to_owned()
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
