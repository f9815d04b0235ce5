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
/// The first [`SHOWN`] cards show; the rest wait in a `<details>` whose summary says
/// "Show N more" (a disclosure that works without JavaScript too, so a static page
/// reaches every card). Opening it with the widget's script moves the focus to the
/// first card it shows.
///
/// Classes: `anp-similar`, `__title`, `__list` (`--more`), `__item`, `__card`,
/// `__card-title`, `__topic`, `__summary`, `__image`, `__empty`, `__more`,
/// `__toggle`, `__show`, `__hide`.
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
            .class("anp-similar__empty")
            .attr("lang", strings.tag());
        h.text(strings.text(Text::SimilarEmpty)).end();
    } else {
        let title_tag = cx.heading(3);
        let (shown, rest) = refs.split_at(refs.len().min(SHOWN));
        h.tag("ul").class("anp-similar__list");
        write_cards(h, shown, options.template, title_tag, &mut links);
        h.end();
        if !rest.is_empty() {
            // Both labels are written; the stylesheet shows the one for the state the
            // disclosure is in, so it reads right without script as well.
            h.tag("details").class("anp-similar__more");
            h.tag("summary")
                .class("anp-similar__toggle")
                .attr("lang", strings.tag());
            h.leaf(
                "span",
                "anp-similar__show",
                &strings.count(Text::ShowMore, rest.len()),
            );
            h.leaf("span", "anp-similar__hide", strings.text(Text::ShowFewer));
            h.end();
            h.tag("ul")
                .class("anp-similar__list anp-similar__list--more");
            write_cards(h, rest, options.template, title_tag, &mut links);
            h.end().end();
        }
    }
    h.end();
    links
}

/// Cards shown before "Show N more": two full rows of three, three of two.
pub(crate) const SHOWN: usize = 6;

/// The cards of `refs`, their links added to `links` in order.
fn write_cards(
    h: &mut HtmlWriter,
    refs: &[PostRef],
    template: Option<&str>,
    title_tag: &'static str,
    links: &mut Vec<NavigateRequest>,
) {
    for r in refs {
        let href = r.link(template);
        write_card(h, r, href.as_deref(), title_tag);
        if let Some(href) = href {
            links.push(NavigateRequest {
                slug: r.slug.clone(),
                href,
            });
        }
    }
}

/// A click on "Show N more" of a closed list: it opens, and the focus goes to the
/// first card it shows (its link, or the card itself when it has none), so a
/// keyboard reader goes on from there. Closing is the browser's own.
pub(crate) fn similar_toggled(ev: &leptos::ev::MouseEvent) {
    use leptos::wasm_bindgen::JsCast;
    let Some(details) = ev
        .target()
        .and_then(|t| t.dyn_into::<leptos::web_sys::Element>().ok())
        .and_then(|t| t.closest("summary.anp-similar__toggle").ok().flatten())
        .and_then(|summary| summary.parent_element())
        .filter(|d| d.class_list().contains("anp-similar__more"))
    else {
        return;
    };
    if details.has_attribute("open") {
        return;
    }
    ev.prevent_default();
    let _ = details.set_attribute("open", "");
    let Some(card) = details
        .query_selector(".anp-similar__list--more > .anp-similar__item > .anp-similar__card")
        .ok()
        .flatten()
    else {
        return;
    };
    let target = match card.query_selector("a.anp-similar__link") {
        Ok(Some(link)) => link,
        _ => {
            let _ = card.set_attribute("tabindex", "-1");
            card
        }
    };
    if let Some(el) = target.dyn_ref::<leptos::web_sys::HtmlElement>() {
        let _ = el.focus();
    }
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

/// Which link of the section a click is on (its position among the section's links,
/// those shown first and those behind "Show N more" in one count).
fn clicked_link(ev: &leptos::ev::MouseEvent) -> Option<usize> {
    use leptos::wasm_bindgen::JsCast;
    let target: leptos::web_sys::Element = ev.target()?.dyn_into().ok()?;
    let link = target.closest("a.anp-similar__link").ok()??;
    let all = link
        .closest(".anp-similar")
        .ok()??
        .query_selector_all("a.anp-similar__link")
        .ok()?;
    let link: &leptos::web_sys::Node = link.as_ref();
    (0..all.length())
        .find(|&i| all.item(i).is_some_and(|n| n == *link))
        .map(|i| i as usize)
}

/// One card: its title (a link when it has one) one level below the list's heading,
/// then image, topic and summary.
fn write_card(h: &mut HtmlWriter, r: &PostRef, href: Option<&str>, title_tag: &'static str) {
    h.tag("li").class("anp-similar__item").tag("article");
    h.attr(
        "class",
        if href.is_some() {
            "anp-similar__card"
        } else {
            "anp-similar__card anp-similar__card--unlinked"
        },
    );
    h.tag(title_tag)
        .class("anp-similar__card-title")
        .attr_lit("dir", "auto");
    match href {
        Some(href) => {
            h.tag("a").class("anp-similar__link").attr("href", href);
            h.text(&r.title).end();
        }
        None => {
            h.text(&r.title);
        }
    }
    h.end();
    if let Some(src) = &r.image {
        h.tag("img")
            .class("anp-similar__image")
            .attr("src", src)
            .attr_lit("alt", "")
            .attr_lit("loading", "lazy")
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
