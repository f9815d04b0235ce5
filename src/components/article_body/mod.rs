//! The article body: every block type of the format.

use leptos::prelude::*;

use super::checklist::{ChecklistProgress, LiveChecklist};
use super::class::with_host_class;
use super::heading::heading_tag;
use super::markup::{HtmlWriter, Markup};
use crate::i18n::{Strings, Text};
use crate::model::{Block, BlockKind, Image};

/// Renders body blocks in reading order inside `.anp-body`.
///
/// Block classes: `anp-body__paragraph`, `anp-body__heading` (`--2`…`--4`),
/// `anp-figure` (with `__frame`, `__image`, `__fallback`, `__caption`, `__credit`),
/// `anp-list` (`--ordered`), `anp-checklist`, `anp-quote`, `anp-code`.
///
/// ```
/// use alphanode_widgets::components::ArticleBody;
/// use alphanode_widgets::model::parse_post;
/// use leptos::prelude::*;
/// let post = parse_post(r#"{"title":"T","body":[{"type":"paragraph","text":"Hi"}]}"#, None)
///     .value.unwrap();
/// let _view = view! { <ArticleBody blocks=post.body /> };
/// ```
#[component]
pub fn ArticleBody(
    /// The parsed blocks.
    blocks: Vec<Block>,
    /// The post's state key, for checklist progress. Read once: a new post is a new
    /// body.
    #[prop(optional, into)]
    post_key: Option<String>,
    /// Called when a checklist changes.
    #[prop(optional, into)]
    on_checklist_change: Option<Callback<ChecklistProgress>>,
    /// The host's own classes, added to the root element after its `anp-` classes.
    #[prop(optional, into)]
    class: MaybeProp<String>,
) -> impl IntoView {
    let strings = use_context::<Strings>().unwrap_or_default();
    let (runs, lists) = body_runs(&strings, blocks, post_key);
    let body = NodeRef::<leptos::html::Div>::new();
    let live = StoredValue::new((lists, strings));
    Effect::new(move |_| {
        if let Some(body) = body.get() {
            let watches = live.with_value(|(lists, strings)| body_mounted(&body, lists, strings));
            on_cleanup(move || drop(watches));
        }
    });
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(body) = body.get_untracked() {
            let report = on_checklist_change.map(|cb| move |p| cb.run(p));
            live.with_value(|(lists, strings)| {
                checklist_changed(&body, &ev, lists, strings, report)
            });
        }
    };
    view! {
        <div
            class=with_host_class("anp-body", class)
            node_ref=body
            on:error:capture=|ev: leptos::ev::ErrorEvent| image_failed(&ev)
            on:change=on_change
        >
            {runs}
        </div>
    }
}

/// Every block in order as static markup: a run of blocks per markup, each figure a
/// markup of its own, so a re-render that leaves a figure as it was (the preview
/// re-renders on every edit) keeps its `<img>`, loaded or failed, instead of
/// loading it again. Checklists are markup too; their listeners are on the body
/// (see [`checklist_changed`]). Returns the runs and the checklists, in order.
pub(crate) fn body_runs(
    strings: &Strings,
    blocks: Vec<Block>,
    post_key: Option<String>,
) -> (Vec<Markup>, Vec<LiveChecklist>) {
    let tag = |level: u8| heading_tag(level.clamp(2, 4));
    let mut runs = Vec::new();
    let mut lists = Vec::new();
    let mut h = HtmlWriter::default();
    for block in blocks {
        match block.kind {
            BlockKind::Checklist(checklist) => {
                let live = LiveChecklist::new(checklist, post_key.clone(), block.source_index);
                h.tag("section").attr("class", "anp-checklist");
                live.write(&mut h, strings);
                h.end();
                lists.push(live);
            }
            BlockKind::Image(image) => {
                if !h.is_empty() {
                    runs.push(std::mem::take(&mut h).finish());
                }
                let mut figure = HtmlWriter::default();
                write_figure(&mut figure, strings, image);
                runs.push(figure.finish());
            }
            kind => write_block(&mut h, kind, tag),
        }
    }
    if !h.is_empty() {
        runs.push(h.finish());
    }
    (runs, lists)
}

/// The checklist sections of a body, in order.
fn checklist_sections(body: &leptos::web_sys::Element) -> Vec<leptos::web_sys::Element> {
    let mut found = Vec::new();
    let mut block = body.first_element_child();
    while let Some(el) = block {
        if el.class_list().contains("anp-checklist") {
            found.push(el.clone());
        }
        block = el.next_element_sibling();
    }
    found
}

/// A body is in the page: saved ticks show (and are followed), and images that
/// failed before this code ran (server-rendered HTML being hydrated), which sent
/// their error event to nobody, show their fallback. Dropping the watches stops
/// following storage.
pub(crate) fn body_mounted(
    body: &leptos::web_sys::Element,
    lists: &[LiveChecklist],
    strings: &Strings,
) -> Vec<crate::platform::storage::Watch> {
    let mut block = body.first_element_child();
    while let Some(el) = block {
        if let Ok(Some(img)) = el.query_selector("img.anp-figure__image") {
            use leptos::wasm_bindgen::JsCast;
            if let Some(img) = img.dyn_ref::<leptos::web_sys::HtmlImageElement>() {
                if img.complete() && img.natural_width() == 0 {
                    show_fallback(img);
                }
            }
        }
        block = el.next_element_sibling();
    }
    checklist_sections(body)
        .into_iter()
        .zip(lists)
        .filter_map(|(section, live)| live.follow_storage(section, strings))
        .collect()
}

/// A `change` in a body: a checkbox of one of its checklists.
pub(crate) fn checklist_changed(
    body: &leptos::web_sys::Element,
    ev: &leptos::ev::Event,
    lists: &[LiveChecklist],
    strings: &Strings,
    on_change: Option<impl Fn(ChecklistProgress)>,
) {
    use leptos::wasm_bindgen::JsCast;
    let Some(section) = ev
        .target()
        .and_then(|t| t.dyn_into::<leptos::web_sys::Element>().ok())
        .and_then(|t| t.closest(".anp-checklist").ok().flatten())
    else {
        return;
    };
    let sections = checklist_sections(body);
    if let Some(live) = sections
        .iter()
        .position(|s| *s == section)
        .and_then(|i| lists.get(i))
    {
        live.changed(&section, strings, on_change);
    }
}

/// The ticks each checklist of a body shows, to carry over with [`keep_ticks`].
#[cfg(all(feature = "embed", target_arch = "wasm32"))]
pub(crate) fn body_ticks(body: &leptos::web_sys::Element) -> Vec<Vec<bool>> {
    checklist_sections(body)
        .iter()
        .map(super::checklist::ticks)
        .collect()
}

/// A body written again for the same post keeps the ticks [`body_ticks`] read from the
/// one it replaced, where no storage holds them.
#[cfg(all(feature = "embed", target_arch = "wasm32"))]
pub(crate) fn keep_ticks(
    body: &leptos::web_sys::Element,
    lists: &[LiveChecklist],
    strings: &Strings,
    before: &[Vec<bool>],
) {
    for ((section, live), before) in checklist_sections(body).iter().zip(lists).zip(before) {
        live.keep(section, strings, before);
    }
}

/// `error` does not bubble, so the body listens while capturing.
pub(crate) fn image_failed(ev: &leptos::ev::ErrorEvent) {
    use leptos::wasm_bindgen::JsCast;
    if let Some(img) = ev
        .target()
        .and_then(|t| t.dyn_into::<leptos::web_sys::Element>().ok())
    {
        show_fallback(&img);
    }
}

/// A figure's image failed: the image hides and its alt text (or `image_unavailable`)
/// shows in its place; caption and credit stay.
fn show_fallback(img: &leptos::web_sys::Element) {
    if !img.matches("img.anp-figure__image").unwrap_or(false) {
        return;
    }
    let _ = img.set_attribute("hidden", "");
    if let Ok(Some(figure)) = img.closest(".anp-figure") {
        let _ = figure.set_attribute("data-broken", "true");
        if let Ok(Some(fallback)) = figure.query_selector(".anp-figure__fallback") {
            let _ = fallback.remove_attribute("hidden");
        }
    }
}

/// The markup of a block without anything interactive in it.
fn write_block(h: &mut HtmlWriter, kind: BlockKind, heading: impl Fn(u8) -> &'static str) {
    match kind {
        BlockKind::Paragraph { text } => {
            h.leaf_auto("p", "anp-body__paragraph", &text);
        }
        BlockKind::Heading { text, level } => {
            let class = match level {
                3 => "anp-body__heading anp-body__heading--3",
                4 => "anp-body__heading anp-body__heading--4",
                _ => "anp-body__heading anp-body__heading--2",
            };
            h.leaf_auto(heading(level), class, &text);
        }
        BlockKind::List { items, ordered } => {
            if ordered {
                h.tag("ol").attr("class", "anp-list anp-list--ordered");
            } else {
                h.tag("ul").attr("class", "anp-list");
            }
            for item in items {
                h.leaf_auto("li", "anp-list__item", &item);
            }
            h.end();
        }
        BlockKind::Quote { text, cite } => {
            h.tag("figure").attr("class", "anp-quote");
            h.tag("blockquote").attr("class", "anp-quote__text");
            h.tag("p").attr("dir", "auto").text(&text).end().end();
            if let Some(cite) = cite {
                h.leaf_auto("figcaption", "anp-quote__cite", &cite);
            }
            h.end();
        }
        BlockKind::Code { code, language } => {
            h.tag("figure").attr("class", "anp-code");
            if let Some(language) = &language {
                h.leaf("figcaption", "anp-code__language", language);
            }
            h.tag("pre")
                .attr("class", "anp-code__pre")
                .attr("tabindex", "0")
                .attr("dir", "auto")
                .attr_opt("data-language", language.as_deref());
            h.leaf("code", "anp-code__code", &code).end().end();
        }
        // Their own writers, see `body_runs`.
        BlockKind::Image(_) | BlockKind::Checklist(_) => {}
    }
}

/// An image block as a figure. When the image fails to load (see [`show_fallback`]),
/// or its URL was refused, the alt text is shown in its place, and caption and credit
/// stay readable.
fn write_figure(h: &mut HtmlWriter, strings: &Strings, image: Image) {
    let Image {
        src,
        alt,
        caption,
        credit,
        credit_url,
    } = image;
    let broken = src.is_none();
    h.tag("figure")
        .attr("class", "anp-figure")
        .attr("data-broken", if broken { "true" } else { "false" });
    h.tag("div").attr("class", "anp-figure__frame");
    if let Some(src) = &src {
        h.tag("img")
            .attr("class", "anp-figure__image")
            .attr("src", src)
            .attr("alt", alt.as_deref().unwrap_or_default())
            .attr("loading", "lazy")
            .attr("decoding", "async")
            .end();
    }
    let fallback = alt
        .as_deref()
        .filter(|a| !a.trim().is_empty())
        .unwrap_or(strings.text(Text::ImageUnavailable));
    h.tag("span")
        .attr("class", "anp-figure__fallback")
        .attr("dir", "auto");
    if !broken {
        h.attr("hidden", "");
    }
    h.text(fallback).end().end();
    if caption.is_some() || credit.is_some() {
        h.tag("figcaption").attr("class", "anp-figure__caption");
        if let Some(caption) = &caption {
            h.leaf_auto("span", "anp-figure__caption-text", caption);
        }
        if let Some(credit) = &credit {
            // "caption. image source: unsplash", as the reference page reads.
            match &caption {
                Some(c) if !c.trim_end().ends_with(['.', '!', '?', ':']) => {
                    h.text(". ");
                }
                Some(_) => {
                    h.text(" ");
                }
                None => {}
            }
            h.tag("span")
                .attr("class", "anp-figure__credit")
                .text(strings.text(Text::ImageSource));
            match &credit_url {
                Some(url) => {
                    h.tag("a")
                        .attr("class", "anp-figure__credit-link")
                        .attr("href", url)
                        .attr("rel", "noopener noreferrer nofollow");
                    h.text(credit).end();
                }
                None => {
                    h.text(credit);
                }
            }
            h.end();
        }
        h.end();
    }
    h.end();
}
