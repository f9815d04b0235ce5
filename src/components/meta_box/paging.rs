//! Long collections, page by page: the first page at once, the rest behind
//! "Show N more" in the browser, or inside `<noscript>` in static HTML.

use std::ops::Range;
use std::sync::Arc;

use leptos::prelude::*;

use crate::components::kept::IntoAnyKept;

use super::Ctx;
use crate::i18n::{Strings, Text};

/// Renders the items of a range of a collection in the collection's own wrapper.
/// Shared, not generic: one copy of the paging code for every collection kind.
pub(super) type Chunk = Arc<dyn Fn(Range<usize>, Ctx) -> AnyView + Send + Sync>;

/// One collection of `total` items: `chunk(range, ctx)` renders the items `range` in
/// the collection's own wrapper (`<dl>`, `<ul>`, a table). The first page shows at
/// once; the rest waits behind a button, so every collection kind pages the same way.
pub(super) fn paged(ctx: Ctx, total: usize, chunk: Chunk) -> AnyView {
    let first = chunk(0..total.min(ctx.page), ctx);
    if total <= ctx.page {
        return first;
    }
    view! {
        {first}
        {more(ctx, ctx.page, total, chunk)}
    }
    .into_any_kept()
}

/// The items `start..total` that do not show at first.
fn more(ctx: Ctx, start: usize, total: usize, chunk: Chunk) -> AnyView {
    if cfg!(feature = "ssr") && ctx.static_html {
        let all = chunk(start..total, ctx.expanded());
        return view! { <noscript>{all}</noscript> }.into_any_kept();
    }
    let render: Arc<dyn Fn(Range<usize>) -> AnyView + Send + Sync> =
        Arc::new(move |range| chunk(range, ctx));
    view! { <ShowMore start total render /> }.into_any_kept()
}

/// Items per revealed wrapper after "Show N more".
const REVEAL_CHUNK: usize = 250;

/// Reveal more wrappers, and schedule the next frame's until all are shown. The first
/// frame shows one wrapper, so the first new entries paint at once; each later frame
/// doubles what is shown (1, 2, 4 … wrappers), so 10,000 entries take 7 frames rather
/// than 40 and the page is laid out 7 times instead of 40 while it grows.
fn reveal(chunks: RwSignal<usize>, needed: usize) {
    let Some(shown) = chunks.try_update(|c| {
        *c = (*c + (*c).max(1)).min(needed);
        *c
    }) else {
        return; // unmounted meanwhile
    };
    if shown < needed {
        request_animation_frame(move || reveal(chunks, needed));
    }
}

/// "Show N more" for the items `start..total`; once clicked, `render` draws them
/// chunk by chunk, focus moves to the first new entry (the button it was on is
/// gone), and "Show fewer" at the end folds them away again.
#[component]
fn ShowMore(
    start: usize,
    total: usize,
    render: Arc<dyn Fn(Range<usize>) -> AnyView + Send + Sync>,
) -> impl IntoView {
    let chunks = RwSignal::new(0usize);
    let hidden = total.saturating_sub(start);
    let needed = hidden.div_ceil(REVEAL_CHUNK);
    let strings = use_context::<Strings>().unwrap_or_default();
    let lang = strings.tag();
    let label = strings.count(Text::ShowMore, hidden);
    let fewer = strings.text(Text::ShowFewer).to_owned();
    let more_button = NodeRef::<leptos::html::Button>::new();
    let on_more = move |_| {
        // The wrapper just before the button is the collection's first page; the first
        // revealed wrapper will follow it. Found now, before anything is inserted.
        let first_page = more_button
            .get_untracked()
            .and_then(|b| b.previous_element_sibling());
        reveal(chunks, needed);
        // The new entries are in the DOM by the next frame (effects run first).
        request_animation_frame(move || {
            if let Some(entry) = first_page
                .and_then(|page| page.next_element_sibling())
                .and_then(|chunk| first_entry(&chunk))
            {
                focus(&entry);
            }
        });
    };
    let on_fewer = move |_| {
        chunks.set(0);
        request_animation_frame(move || {
            if let Some(button) = more_button.get_untracked() {
                let _ = button.focus();
            }
        });
    };
    view! {
        <For
            each=move || 0..chunks.get()
            key=|chunk| *chunk
            children=move |chunk| {
                let from = start + chunk * REVEAL_CHUNK;
                render(from..(from + REVEAL_CHUNK).min(total))
            }
        />
        <button
            type="button"
            class="anp-meta__more"
            lang=lang
            node_ref=more_button
            hidden=move || { chunks.get() > 0 }
            on:click=on_more
        >
            {label}
        </button>
        <button
            type="button"
            class="anp-meta__fewer"
            lang=lang
            hidden=move || { chunks.get() < needed }
            on:click=on_fewer
        >
            {fewer}
        </button>
    }
}

/// The first entry of a revealed wrapper: an entry of a `<dl>`, an item of a list, or
/// a row of a table.
fn first_entry(wrapper: &leptos::web_sys::Element) -> Option<leptos::web_sys::Element> {
    wrapper
        .query_selector(":scope > .anp-meta__entry, :scope > li, :scope tbody > tr")
        .ok()
        .flatten()
}

/// Focus an element that is not focusable by itself (`tabindex="-1"`: focusable by
/// script, not a Tab stop).
fn focus(element: &leptos::web_sys::Element) {
    use wasm_bindgen::JsCast;
    let _ = element.set_attribute("tabindex", "-1");
    if let Some(el) = element.dyn_ref::<leptos::web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}
