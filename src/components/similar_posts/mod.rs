//! The similar-posts list.

use leptos::prelude::*;

use crate::components::kept::{Fixed, IntoAnyKept};

use super::class::with_host_class;
use super::heading::{heading_in, HeadingOffset};
use crate::i18n::{Strings, Text};
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
    /// The host's own classes, added to the root element after its `anp-` classes.
    #[prop(optional, into)]
    class: MaybeProp<String>,
) -> impl IntoView {
    let strings = use_context::<Strings>().unwrap_or_default();
    let lang = strings.tag();
    // A title of the host's own is the host's words, in no language of ours.
    let (title, title_lang) = match title {
        Some(t) => (t, None),
        None => (strings.text(Text::SimilarTitle).to_owned(), Some(lang)),
    };
    let content = if refs.is_empty() {
        let empty = strings.text(Text::SimilarEmpty).to_owned();
        view! { <p class="anp-similar__empty" lang=lang>{empty}</p> }.into_any_kept()
    } else {
        let cards = refs
            .into_iter()
            .map(|r| {
                let template = link_template.get();
                let href = r.link(template.as_deref());
                view! { <li class="anp-similar__item">{card(r, href, on_navigate)}</li> }
            })
            .collect_view();
        view! { <ul class="anp-similar__list">{cards}</ul> }.into_any_kept()
    };
    view! {
        <section class=with_host_class("anp-similar", class)>
            {heading_in(2, "anp-similar__title", title, title_lang)}
            {content}
        </section>
    }
}

/// A card's title: one level below the list's heading, direction from its own text.
/// One element type with the tag chosen at run time, as in [`heading`].
fn card_title(child: AnyView) -> AnyView {
    let offset = use_context::<HeadingOffset>().unwrap_or_default().0;
    let tag = match 3u8.saturating_add(offset).min(6) {
        3 => "h3",
        4 => "h4",
        5 => "h5",
        _ => "h6",
    };
    leptos::tachys::html::element::custom(tag)
        .class("anp-similar__card-title")
        .attr("dir", "auto")
        .child(child)
        .into_any_kept()
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
        {topic.map(|t| view! { <p class="anp-similar__topic" dir="auto">{Fixed(t)}</p> })}
        {summary.map(|s| view! { <p class="anp-similar__summary" dir="auto">{Fixed(s)}</p> })}
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
                    {card_title(
                        view! {
                            <a class="anp-similar__link" href=href on:click=on_click>
                                {Fixed(title)}
                            </a>
                        }
                            .into_any_kept(),
                    )}
                    {details}
                </article>
            }
            .into_any_kept()
        }
        None => view! {
            <article class="anp-similar__card anp-similar__card--unlinked">
                {card_title(title.into_any_kept())}
                {details}
            </article>
        }
        .into_any_kept(),
    }
}
