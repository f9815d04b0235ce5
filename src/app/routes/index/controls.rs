//! The search box and the stack, difficulty and sort menus. Each change is a change
//! of the URL ([`Query::set`]); typing replaces the history entry, a menu adds one.

use leptos::prelude::*;

use super::query::Query;
use crate::i18n::{AppText, Strings};
use crate::model::SortOrder;

/// The `<form role="search">` above the list.
#[component]
pub(super) fn Controls(query: Query) -> impl IntoView {
    let s = use_context::<Strings>().unwrap_or_default();
    let Query {
        search,
        text,
        stack,
        difficulty,
        sort,
        ..
    } = query;

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

    let on_search = move |ev: leptos::ev::Event| query.set(&[("q", event_target_value(&ev))], true);
    let on_stack =
        move |ev: leptos::ev::Event| query.set(&[("stack", event_target_value(&ev))], false);
    let on_difficulty =
        move |ev: leptos::ev::Event| query.set(&[("difficulty", event_target_value(&ev))], false);
    let on_sort = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let value = if value == SortOrder::Index.as_str() {
            String::new()
        } else {
            value
        };
        query.set(&[("sort", value)], false)
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

    let sort_strings = s.clone();
    let stack_strings = s.clone();
    view! {
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
                    {move || search.get().map(|c| stack_options(&stack_strings, c.stacks(), c.stack_counts(), &stack.get()))}
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
    }
}

/// The stack menu's options: A–Z (as the index sorts them), each with its number of
/// posts, so among some thirty names of languages, areas and systems a reader finds
/// one by its first letter and sees at once which have many posts.
fn stack_options(
    s: &Strings,
    stacks: &[String],
    counts: &[usize],
    selected: &str,
) -> impl IntoView {
    stacks
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let label = match counts.get(i) {
                Some(n) => format!("{name} ({})", s.number(&n.to_string())),
                None => name.clone(),
            };
            let is = name == selected;
            view! { <option value=name.clone() selected=is>{label}</option> }
        })
        .collect_view()
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
