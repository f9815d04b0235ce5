//! The article body: every block type of the format.

use std::rc::Rc;

use leptos::prelude::*;

use super::adapt::{live_part, reader_cx};
use super::checklist::{ChecklistProgress, ChecklistStorage, LiveChecklist};
use super::live::{Handlers, Hooks, Written};
use super::markup::HtmlWriter;
use super::write::{class_list, text_dir, WriteCx};
use crate::i18n::{Strings, Text};
use crate::model::{Block, BlockKind, Image, UnknownBlock};

mod custom;

pub(crate) use custom::shown_warnings;
pub use custom::{BlockInput, BlockOverride, CustomBlock, Fill, Overrides, RenderCx};
pub use custom::{BlockRenderers, BlockView, UnknownBlockView};

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
    #[prop(into)]
    blocks: Signal<Vec<Block>>,
    /// The post's state key, for checklist progress.
    #[prop(optional, into)]
    post_key: MaybeProp<String>,
    /// Called when a checklist changes.
    #[prop(optional, into)]
    on_checklist_change: Option<Callback<ChecklistProgress>>,
    /// Where checklist ticks are kept; else the [`ChecklistStorage`] in context, else
    /// `localStorage`.
    #[prop(optional, into)]
    storage: MaybeProp<ChecklistStorage>,
    /// The reader's words; else the [`Strings`] in context, else English.
    #[prop(optional, into)]
    strings: MaybeProp<Strings>,
    /// Level of the article title this body sits under (1–6, default 1): section
    /// headings start one below it.
    #[prop(optional, into)]
    heading_level: MaybeProp<u8>,
    /// The host's own classes, added to the root element after its `anp-` classes.
    #[prop(optional, into)]
    class: MaybeProp<String>,
) -> impl IntoView {
    let cx = reader_cx(strings, heading_level, storage);
    let inputs = move || {
        blocks.track();
        (cx(), post_key.get(), class.get())
    };
    let write = move |(cx, key, class): &(WriteCx, Option<String>, Option<String>)| {
        let mut h = HtmlWriter::default();
        let body = blocks.with_untracked(|b| {
            write_body(
                &mut h,
                cx,
                b,
                key.as_deref(),
                class.as_deref(),
                BodyExtras::default(),
            )
        });
        Written {
            html: h.finish().into_html(),
            hooks: Hooks {
                lists: body.lists,
                fills: body.fills,
                ..Hooks::default()
            },
            strings: cx.strings.clone(),
        }
    };
    let handlers = Handlers {
        on_checklist_change: on_checklist_change
            .map(|cb| Rc::new(move |p| cb.run(p)) as Rc<dyn Fn(_)>),
        ..Handlers::default()
    };
    live_part(inputs, write, handlers)
}

/// What the body writer needs of the post besides its blocks, for a host's
/// renderers: its language and the blocks of unknown types (none: the default).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct BodyExtras<'a> {
    pub lang: Option<&'a str>,
    pub unknown: &'a [UnknownBlock],
}

/// What [`write_body`] leaves for the listeners and the warnings.
#[derive(Default)]
pub(crate) struct BodyWritten {
    /// The checklists, in order.
    pub lists: Vec<LiveChecklist>,
    /// What fills the blocks the host's renderers fill themselves, by JSON path.
    pub fills: Vec<(String, Fill)>,
    /// Body indices of the unknown blocks a renderer showed (their warning goes, see
    /// [`shown_warnings`]).
    pub shown_unknown: Vec<usize>,
}

/// The body, `div.anp-body` with every block in order (the host's classes after its
/// own).
///
/// The one hook for a host's renderers ([`WriteCx::renderers`]): each block whose
/// type they take is offered to them first, and a block they render is written as
/// `div.anp-custom` holding their HTML (or left empty for them to fill) in its place;
/// blocks of unknown types are offered in their published place too.
pub(crate) fn write_body(
    h: &mut HtmlWriter,
    cx: &WriteCx,
    blocks: &[Block],
    post_key: Option<&str>,
    class: Option<&str>,
    extras: BodyExtras<'_>,
) -> BodyWritten {
    let mut out = BodyWritten::default();
    let depth = h.depth();
    h.tag("div").attr("class", &class_list("anp-body", class));
    let renderers = cx.renderers.get();
    // Blocks of unknown types interleave by their index; without renderers none shows.
    let mut unknown = extras
        .unknown
        .iter()
        .filter(|_| renderers.is_some())
        .peekable();
    for block in blocks {
        while let Some(u) = unknown.next_if(|u| u.source_index < block.source_index) {
            write_unknown(h, cx, u, extras, &mut out);
        }
        let custom = renderers.is_some_and(|r| r.takes(block.kind.type_name()));
        if custom
            && write_custom(
                h,
                cx,
                BlockInput::Known(block),
                extras,
                &mut out.fills,
                || {
                    let mut d = HtmlWriter::default();
                    write_default(&mut d, cx, block, post_key);
                    d.finish().into_html()
                },
            )
        {
            continue;
        }
        if let Some(live) = write_default(h, cx, block, post_key) {
            out.lists.push(live);
        }
    }
    for u in unknown {
        write_unknown(h, cx, u, extras, &mut out);
    }
    h.close_to(depth);
    out
}

/// An unknown block, when a renderer shows it (else nothing: it stays a warning).
fn write_unknown(
    h: &mut HtmlWriter,
    cx: &WriteCx,
    block: &UnknownBlock,
    extras: BodyExtras<'_>,
    out: &mut BodyWritten,
) {
    let input = BlockInput::Unknown(block);
    if write_custom(h, cx, input, extras, &mut out.fills, String::new) {
        out.shown_unknown.push(block.source_index);
    }
}

/// A block as the widget writes it; its checklist, when it is one.
fn write_default(
    h: &mut HtmlWriter,
    cx: &WriteCx,
    block: &Block,
    post_key: Option<&str>,
) -> Option<LiveChecklist> {
    match &block.kind {
        BlockKind::Checklist(checklist) => {
            let live = LiveChecklist::new(
                checklist.clone(),
                post_key.map(str::to_owned),
                block.source_index,
                cx.storage,
            );
            live.write(h, cx, None);
            Some(live)
        }
        BlockKind::Image(image) => {
            write_figure(h, cx, image);
            None
        }
        kind => {
            write_block(h, kind, |level| cx.heading(level.clamp(2, 4)));
            None
        }
    }
}

/// Offers `block` to the host's renderers; writes what they made of it and returns
/// `true`, or writes nothing and returns `false` (the default then).
fn write_custom(
    h: &mut HtmlWriter,
    cx: &WriteCx,
    block: BlockInput<'_>,
    extras: BodyExtras<'_>,
    fills: &mut Vec<(String, Fill)>,
    default_html: impl FnOnce() -> String,
) -> bool {
    let Some(renderers) = cx.renderers.get() else {
        return false;
    };
    if !renderers.takes(block.type_name()) {
        return false;
    }
    let path = format!("body[{}]", block.source_index());
    let render_cx = RenderCx {
        lang: extras.lang,
        reader_lang: cx.strings.tag(),
        index: block.source_index(),
        path,
        default_html: default_html(),
    };
    let Some(custom) = renderers.render(block, &render_cx) else {
        return false;
    };
    h.tag("div")
        .class("anp-custom")
        .attr("data-block-type", block.type_name())
        .attr("data-path", &render_cx.path);
    match custom {
        CustomBlock::Html(html) => {
            h.raw(&html);
        }
        CustomBlock::Slot(fill) => fills.push((render_cx.path.clone(), fill)),
    }
    h.end();
    true
}

/// Images that failed before anyone listened (server-rendered HTML being hydrated,
/// or a rewrite that kept a failed image) sent their error event to nobody: they
/// show their fallback now.
pub(crate) fn show_failed_images(root: &leptos::web_sys::Element) {
    use leptos::wasm_bindgen::JsCast;
    let Ok(images) = root.query_selector_all("img.anp-figure__image") else {
        return;
    };
    for img in (0..images.length()).filter_map(|i| images.item(i)) {
        if let Some(img) = img.dyn_ref::<leptos::web_sys::HtmlImageElement>() {
            if img.complete() && img.natural_width() == 0 {
                show_fallback(img);
            }
        }
    }
}

/// An image's `error` (which does not bubble: the part's root listens while
/// capturing).
pub(crate) fn image_failed(ev: &leptos::web_sys::Event) {
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
fn write_block(h: &mut HtmlWriter, kind: &BlockKind, heading: impl Fn(u8) -> &'static str) {
    match kind {
        BlockKind::Paragraph { text } => {
            h.leaf_auto("p", "anp-body__paragraph", text);
        }
        BlockKind::Heading { text, level } => {
            let class = match level {
                3 => "anp-body__heading anp-body__heading--3",
                4 => "anp-body__heading anp-body__heading--4",
                _ => "anp-body__heading anp-body__heading--2",
            };
            h.leaf_auto(heading(*level), class, text);
        }
        BlockKind::List { items, ordered } => {
            // The list goes the way of its first item, so its markers and their
            // indent sit on the side where the items start.
            if *ordered {
                h.tag("ol").class("anp-list anp-list--ordered");
            } else {
                h.tag("ul").class("anp-list");
            }
            h.attr_opt("dir", items.iter().find_map(|i| text_dir(i)));
            for item in items {
                h.leaf_auto("li", "anp-list__item", item);
            }
            h.end();
        }
        BlockKind::Quote { text, cite } => {
            // The quote's bar sits where its text starts.
            h.tag("figure").class("anp-quote").attr_opt(
                "dir",
                text_dir(text).or_else(|| cite.as_deref().and_then(text_dir)),
            );
            h.tag("blockquote").class("anp-quote__text");
            h.tag("p").attr_lit("dir", "auto").text(text).end().end();
            if let Some(cite) = cite {
                h.leaf_auto("figcaption", "anp-quote__cite", cite);
            }
            h.end();
        }
        BlockKind::Code { code, language } => {
            h.tag("figure").class("anp-code").attr_lit("dir", "auto");
            if let Some(language) = language {
                h.leaf("figcaption", "anp-code__language", language);
            }
            h.tag("pre")
                .class("anp-code__pre")
                .attr_lit("tabindex", "0")
                .attr_lit("dir", "auto")
                .attr_opt("data-language", language.as_deref());
            h.leaf("code", "anp-code__code", code).end().end();
        }
        // Their own writers, see `write_body`.
        BlockKind::Image(_) | BlockKind::Checklist(_) => {}
    }
}

/// An image block as a figure. When the image fails to load (see [`show_fallback`]),
/// or its URL was refused, the alt text is shown in its place, and caption and credit
/// stay readable.
fn write_figure(h: &mut HtmlWriter, cx: &WriteCx, image: &Image) {
    let strings = &cx.strings;
    let Image {
        src,
        alt,
        caption,
        credit,
        credit_url,
    } = image;
    let broken = src.is_none();
    h.tag("figure")
        .class("anp-figure")
        .attr("data-broken", if broken { "true" } else { "false" });
    h.tag("div").class("anp-figure__frame");
    if let Some(src) = &src {
        h.tag("img")
            .class("anp-figure__image")
            .attr("src", src)
            .attr("alt", alt.as_deref().unwrap_or_default())
            .attr_lit("loading", "lazy")
            .attr_lit("decoding", "async")
            .end();
    }
    // The alt text stands in for the image, even where the caption says the same:
    // the reference page shows both (the image's text, then its caption), and every
    // value of it must stay readable when the image fails.
    h.tag("span")
        .class("anp-figure__fallback")
        .attr_lit("dir", "auto");
    let fallback = match alt.as_deref().filter(|a| !a.trim().is_empty()) {
        Some(alt) => alt,
        None => {
            h.attr("lang", strings.tag());
            strings.text(Text::ImageUnavailable)
        }
    };
    if !broken {
        h.attr_lit("hidden", "");
    }
    h.text(fallback).end().end();
    if caption.is_some() || credit.is_some() {
        // The caption reads in its own direction, and its credit in the reader's.
        h.tag("figcaption").class("anp-figure__caption").attr(
            "dir",
            caption
                .as_deref()
                .and_then(text_dir)
                .unwrap_or(strings.dir()),
        );
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
                .class("anp-figure__credit")
                .attr_lit("dir", "auto")
                .attr("lang", strings.tag())
                .text(strings.text(Text::ImageSource));
            match &credit_url {
                Some(url) => {
                    h.tag("a")
                        .class("anp-figure__credit-link")
                        .attr("href", url)
                        .attr_lit("rel", "noopener noreferrer nofollow");
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
