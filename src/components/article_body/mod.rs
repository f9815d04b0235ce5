//! The article body: every block type of the format.

use leptos::prelude::*;

use crate::components::kept::{Fixed, IntoAnyKept};

use super::checklist::{Checklist, ChecklistProgress, ChecklistProps};
use super::class::with_host_class;
use super::heading::heading_tag;
use super::markup::HtmlWriter;
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
    // Images (their fallback) and checklists are views; every run of other blocks
    // between them is one static markup (see `markup`).
    let tag = |level: u8| heading_tag(level.clamp(2, 4));
    let mut views = Vec::new();
    let mut run = HtmlWriter::default();
    for block in blocks {
        let view = match block.kind {
            BlockKind::Image(image) => view! { <Figure image /> }.into_any_kept(),
            BlockKind::Checklist(checklist) => Checklist(ChecklistProps {
                checklist,
                post_key: post_key.clone(),
                block_index: block.source_index,
                on_change: on_checklist_change,
                class: MaybeProp::default(),
            })
            .into_any_kept(),
            kind => {
                write_block(&mut run, kind, tag);
                continue;
            }
        };
        run.flush_into(&mut views);
        views.push(view);
    }
    run.flush_into(&mut views);
    view! { <div class=with_host_class("anp-body", class)>{views}</div> }
}

/// The markup of a block without anything interactive in it.
fn write_block(h: &mut HtmlWriter, kind: BlockKind, heading: impl Fn(u8) -> &'static str) {
    match kind {
        BlockKind::Paragraph { text } => {
            h.tag("p")
                .attr("class", "anp-body__paragraph")
                .attr("dir", "auto");
            h.text(&text).end();
        }
        BlockKind::Heading { text, level } => {
            let class = match level {
                3 => "anp-body__heading anp-body__heading--3",
                4 => "anp-body__heading anp-body__heading--4",
                _ => "anp-body__heading anp-body__heading--2",
            };
            h.tag(heading(level))
                .attr("class", class)
                .attr("dir", "auto");
            h.text(&text).end();
        }
        BlockKind::List { items, ordered } => {
            if ordered {
                h.tag("ol").attr("class", "anp-list anp-list--ordered");
            } else {
                h.tag("ul").attr("class", "anp-list");
            }
            for item in items {
                h.tag("li")
                    .attr("class", "anp-list__item")
                    .attr("dir", "auto");
                h.text(&item).end();
            }
            h.end();
        }
        BlockKind::Quote { text, cite } => {
            h.tag("figure").attr("class", "anp-quote");
            h.tag("blockquote").attr("class", "anp-quote__text");
            h.tag("p").attr("dir", "auto").text(&text).end().end();
            if let Some(cite) = cite {
                h.tag("figcaption")
                    .attr("class", "anp-quote__cite")
                    .attr("dir", "auto");
                h.text(&cite).end();
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
        // Views, see `ArticleBody`.
        BlockKind::Image(_) | BlockKind::Checklist(_) => {}
    }
}

/// An image block as a figure. When the image fails to load, or its URL was refused,
/// the alt text is shown in its place, and caption and credit stay readable.
#[component]
fn Figure(image: Image) -> impl IntoView {
    let Image {
        src,
        alt,
        caption,
        credit,
        credit_url,
    } = image;
    let broken = RwSignal::new(src.is_none());
    let image_ref = NodeRef::<leptos::html::Img>::new();
    // A re-render of the same shape (the preview re-renders on every edit) patches the
    // DOM in place and keeps this <img>: with its src unchanged no new error event
    // comes, so take the state the element is already in.
    Effect::new(move |_| {
        if let Some(img) = image_ref.get() {
            if img.complete() && img.natural_width() == 0 {
                broken.set(true);
            }
        }
    });
    let fallback_text = alt
        .clone()
        .filter(|a| !a.trim().is_empty())
        .unwrap_or_else(|| "Image unavailable".to_owned());
    let img = src.map(|src| {
        view! {
            <img
                node_ref=image_ref
                class="anp-figure__image"
                src=src
                alt=alt.clone().unwrap_or_default()
                loading="lazy"
                decoding="async"
                hidden=move || broken.get()
                on:error=move |_| broken.set(true)
            />
        }
    });
    let credit = credit.map(|credit| {
        let label = match credit_url {
            Some(url) => view! {
                <a class="anp-figure__credit-link" href=url rel="noopener noreferrer nofollow">
                    {Fixed(credit)}
                </a>
            }
            .into_any_kept(),
            None => Fixed(credit).into_any_kept(),
        };
        view! { <span class="anp-figure__credit">"image source: " {label}</span> }
    });
    let has_caption = caption.is_some() || credit.is_some();
    // "caption. image source: unsplash", as the reference page reads.
    let joiner = match (&caption, &credit) {
        (Some(c), Some(_)) if !c.trim_end().ends_with(['.', '!', '?', ':']) => ". ",
        (Some(_), Some(_)) => " ",
        _ => "",
    };
    view! {
        <figure class="anp-figure" data-broken=move || broken.get().to_string()>
            <div class="anp-figure__frame">
                {img}
                <span class="anp-figure__fallback" dir="auto" hidden=move || !broken.get()>
                    {fallback_text}
                </span>
            </div>
            {has_caption
                .then(|| {
                    view! {
                        <figcaption class="anp-figure__caption">
                            {caption.map(|c| view! { <span class="anp-figure__caption-text" dir="auto">{Fixed(c)}</span> })}
                            {joiner}
                            {credit}
                        </figcaption>
                    }
                })}
        </figure>
    }
}
