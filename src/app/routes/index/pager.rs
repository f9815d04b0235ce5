//! Previous / page N of M / next, under the list.

use leptos::prelude::*;

use crate::i18n::{AppText, Strings};

/// Previous / page N of M / next; `href(n)` links to page `n`.
#[component]
pub(super) fn Pager(
    page: usize,
    pages: usize,
    href: impl Fn(usize) -> String + 'static,
) -> impl IntoView {
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
