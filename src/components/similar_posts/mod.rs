//! The similar-posts list.

use std::rc::Rc;

use leptos::prelude::*;

use super::adapt::{live_part, reader_cx};
use super::heading::write_heading;
use super::live::{Handlers, Hooks, Written};
use super::markup::HtmlWriter;
use super::write::{class_list, WriteCx};
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
    #[prop(into)]
    refs: Signal<Vec<PostRef>>,
    /// Where refs without `href` link, e.g. `/blog/{slug}`.
    #[prop(optional, into)]
    link_template: MaybeProp<String>,
    /// Called on a plain click; return `true` to cancel the browser's navigation.
    #[prop(optional, into)]
    on_navigate: Option<Callback<NavigateRequest, bool>>,
    /// Heading of the list (the host's words); else "Similar Posts" in the reader's
    /// language.
    #[prop(optional, into)]
    title: MaybeProp<String>,
    /// The reader's words; else the [`Strings`] in context, else English.
    #[prop(optional, into)]
    strings: MaybeProp<Strings>,
    /// Level of the article title this list sits under (1–6, default 1): the list's
    /// title is one below it, each card's two below.
    #[prop(optional, into)]
    heading_level: MaybeProp<u8>,
    /// The host's own classes, added to the root element after its `anp-` classes.
    #[prop(optional, into)]
    class: MaybeProp<String>,
) -> impl IntoView {
    let cx = reader_cx(strings, heading_level, MaybeProp::default());
    let inputs = move || {
        refs.track();
        (cx(), link_template.get(), title.get(), class.get())
    };
    let write = move |(cx, template, title, class): &(
        WriteCx,
        Option<String>,
        Option<String>,
        Option<String>,
    )| {
        let mut h = HtmlWriter::default();
        let links = refs.with_untracked(|refs| {
            write_similar_section(
                &mut h,
                cx,
                refs,
                &SimilarOptions {
                    template: template.as_deref(),
                    title: title.as_deref(),
                    class: class.as_deref(),
                },
            )
        });
        Written {
            html: h.finish().into_html(),
            hooks: Hooks {
                links,
                ..Hooks::default()
            },
            strings: cx.strings.clone(),
        }
    };
    let handlers = Handlers {
        on_navigate: on_navigate
            .map(|cb| Rc::new(move |r| cb.run(r)) as Rc<dyn Fn(NavigateRequest) -> bool>),
        ..Handlers::default()
    };
    live_part(inputs, write, handlers)
}

/// How a similar-posts section is written, besides its refs.
#[derive(Clone, Copy, Default)]
pub(crate) struct SimilarOptions<'a> {
    /// Where refs without `href` link.
    pub template: Option<&'a str>,
    /// The host's own title, else ours.
    pub title: Option<&'a str>,
    /// The host's own classes.
    pub class: Option<&'a str>,
}

/// The whole `section.anp-similar`: its title, then the cards (static, see
/// `markup`) or the empty state. Returns the links, in order, for
/// [`similar_clicked`].
pub(crate) fn write_similar_section(
    h: &mut HtmlWriter,
    cx: &WriteCx,
    refs: &[PostRef],
    options: &SimilarOptions,
) -> Vec<NavigateRequest> {
    let strings = &cx.strings;
    h.tag("section")
        .attr("class", &class_list("anp-similar", options.class));
    write_heading(
        h,
        cx,
        2,
        "anp-similar__title",
        options.title,
        strings.text(Text::SimilarTitle),
    );
    let mut links = Vec::new();
    if refs.is_empty() {
        h.tag("p")
            .attr("class", "anp-similar__empty")
            .attr("lang", strings.tag());
        h.text(strings.text(Text::SimilarEmpty)).end();
    } else {
        let title_tag = cx.heading(3);
        h.tag("ul").attr("class", "anp-similar__list");
        for r in refs {
            let href = r.link(options.template);
            write_card(h, r, href.as_deref(), title_tag);
            if let Some(href) = href {
                links.push(NavigateRequest {
                    slug: r.slug.clone(),
                    href,
                });
            }
        }
        h.end();
    }
    h.end();
    links
}

/// A click in a similar-posts list: a plain click (no modifier keys) on a link asks
/// `on_navigate`, whose `true` cancels the browser's own navigation.
pub(crate) fn similar_clicked(
    ev: &leptos::ev::MouseEvent,
    links: &[NavigateRequest],
    on_navigate: Option<impl Fn(NavigateRequest) -> bool>,
) {
    let plain =
        ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key());
    let Some(cb) = on_navigate.filter(|_| plain) else {
        return;
    };
    if let Some(request) = clicked_link(ev).and_then(|i| links.get(i)) {
        if cb(request.clone()) {
            ev.prevent_default();
        }
    }
}

/// Which link of the list a click is on (its position among the list's links).
fn clicked_link(ev: &leptos::ev::MouseEvent) -> Option<usize> {
    use leptos::wasm_bindgen::JsCast;
    let target: leptos::web_sys::Element = ev.target()?.dyn_into().ok()?;
    let item = target
        .closest("a.anp-similar__link")
        .ok()??
        .closest(".anp-similar__item")
        .ok()??;
    // Linked cards before this one.
    let mut index = 0;
    let mut previous = item.previous_element_sibling();
    while let Some(card) = previous {
        if let Ok(Some(_)) = card.query_selector("a.anp-similar__link") {
            index += 1;
        }
        previous = card.previous_element_sibling();
    }
    Some(index)
}

/// One card: its title (a link when it has one) one level below the list's heading,
/// then image, topic and summary.
fn write_card(h: &mut HtmlWriter, r: &PostRef, href: Option<&str>, title_tag: &'static str) {
    h.tag("li")
        .attr("class", "anp-similar__item")
        .tag("article");
    h.attr(
        "class",
        if href.is_some() {
            "anp-similar__card"
        } else {
            "anp-similar__card anp-similar__card--unlinked"
        },
    );
    h.tag(title_tag)
        .attr("class", "anp-similar__card-title")
        .attr("dir", "auto");
    match href {
        Some(href) => {
            h.tag("a")
                .attr("class", "anp-similar__link")
                .attr("href", href);
            h.text(&r.title).end();
        }
        None => {
            h.text(&r.title);
        }
    }
    h.end();
    if let Some(src) = &r.image {
        h.tag("img")
            .attr("class", "anp-similar__image")
            .attr("src", src)
            .attr("alt", "")
            .attr("loading", "lazy")
            .end();
    }
    if let Some(topic) = &r.topic {
        h.leaf_auto("p", "anp-similar__topic", topic);
    }
    if let Some(summary) = &r.summary {
        h.leaf_auto("p", "anp-similar__summary", summary);
    }
    h.end().end();
}
