//! The similar-posts list.

use leptos::prelude::*;

use super::heading::{heading, HeadingOffset};
use crate::model::PostRef;

/// A request to follow a similar-post link, passed to `on_navigate`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NavigateRequest {
    /// The ref's slug, when it has one.
    pub slug: Option<String>,
    /// The link's URL.
    pub href: String,
}

/// Cards for `similar[]`: title, summary and topic, each linking per the format's rule
/// (its `href`, else `link_template` with `{slug}` filled in, else no link). An empty
/// list shows an empty state.
///
/// `on_navigate` runs on a plain click (no modifier keys); returning `true` means the
/// host took over, and the browser's own navigation is cancelled.
///
/// Classes: `anp-similar`, `__title`, `__list`, `__item`, `__card`, `__card-title`,
/// `__topic`, `__summary`, `__image`, `__empty`.
///
/// ```
/// use alphanode_widgets::components::SimilarPosts;
/// use alphanode_widgets::model::PostRef;
/// use leptos::prelude::*;
/// let refs = vec![PostRef { title: "Next".into(), slug: Some("next".into()), ..Default::default() }];
/// let _view = view! { <SimilarPosts refs link_template="/blog/{slug}" /> };
/// ```
#[component]
pub fn SimilarPosts(
    /// The parsed refs.
    refs: Vec<PostRef>,
    /// Where refs without `href` link, e.g. `/blog/{slug}`.
    #[prop(optional, into)]
    link_template: MaybeProp<String>,
    /// Called on a plain click; return `true` to cancel the browser's navigation.
    #[prop(optional, into)]
    on_navigate: Option<Callback<NavigateRequest, bool>>,
    /// Heading of the list.
    #[prop(optional, into)]
    title: Option<String>,
) -> impl IntoView {
    let title = title.unwrap_or_else(|| "Similar Posts".to_owned());
    let content = if refs.is_empty() {
        view! { <p class="anp-similar__empty">"No similar posts yet."</p> }.into_any()
    } else {
        let cards = refs
            .into_iter()
            .map(|r| {
                let template = link_template.get();
                let href = r.link(template.as_deref());
                view! { <li class="anp-similar__item">{card(r, href, on_navigate)}</li> }
            })
            .collect_view();
        view! { <ul class="anp-similar__list">{cards}</ul> }.into_any()
    };
    view! {
        <section class="anp-similar">
            {heading(2, "anp-similar__title", title)}
            {content}
        </section>
    }
}

/// A card's title: one level below the list's heading.
#[component]
fn CardTitle(children: Children) -> impl IntoView {
    let offset = use_context::<HeadingOffset>().unwrap_or_default().0;
    match 3u8.saturating_add(offset).min(6) {
        3 => view! { <h3 class="anp-similar__card-title">{children()}</h3> }.into_any(),
        4 => view! { <h4 class="anp-similar__card-title">{children()}</h4> }.into_any(),
        5 => view! { <h5 class="anp-similar__card-title">{children()}</h5> }.into_any(),
        _ => view! { <h6 class="anp-similar__card-title">{children()}</h6> }.into_any(),
    }
}

fn card(
    r: PostRef,
    href: Option<String>,
    on_navigate: Option<Callback<NavigateRequest, bool>>,
) -> AnyView {
    let PostRef {
        title,
        slug,
        summary,
        topic,
        image,
        ..
    } = r;
    let details = view! {
        {image.map(|src| view! { <img class="anp-similar__image" src=src alt="" loading="lazy" /> })}
        {topic.map(|t| view! { <p class="anp-similar__topic">{t}</p> })}
        {summary.map(|s| view! { <p class="anp-similar__summary">{s}</p> })}
    };
    match href {
        Some(href) => {
            let request = NavigateRequest {
                slug,
                href: href.clone(),
            };
            let on_click = move |ev: leptos::ev::MouseEvent| {
                let plain = ev.button() == 0
                    && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key());
                if let (true, Some(cb)) = (plain, on_navigate) {
                    if cb.run(request.clone()) {
                        ev.prevent_default();
                    }
                }
            };
            view! {
                <article class="anp-similar__card">
                    <CardTitle>
                        <a class="anp-similar__link" href=href on:click=on_click>
                            {title}
                        </a>
                    </CardTitle>
                    {details}
                </article>
            }
            .into_any()
        }
        None => view! {
            <article class="anp-similar__card anp-similar__card--unlinked">
                <CardTitle>{title}</CardTitle>
                {details}
            </article>
        }
        .into_any(),
    }
}
