//! The article body: every block type of the format.

use leptos::prelude::*;

use crate::components::kept::{Fixed, IntoAnyKept};

use super::checklist::{Checklist, ChecklistProgress, ChecklistProps};
use super::class::with_host_class;
use super::heading::heading;
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
    let views = blocks
        .into_iter()
        .map(|block| render_block(block, post_key.clone(), on_checklist_change))
        .collect_view();
    view! { <div class=with_host_class("anp-body", class)>{views}</div> }
}

fn render_block(
    block: Block,
    post_key: Option<String>,
    on_checklist_change: Option<Callback<ChecklistProgress>>,
) -> AnyView {
    match block.kind {
        BlockKind::Paragraph { text } => {
            view! { <p class="anp-body__paragraph" dir="auto">{Fixed(text)}</p> }.into_any_kept()
        }
        BlockKind::Heading { text, level } => {
            let class = match level {
                3 => "anp-body__heading anp-body__heading--3",
                4 => "anp-body__heading anp-body__heading--4",
                _ => "anp-body__heading anp-body__heading--2",
            };
            heading(level.clamp(2, 4), class, text)
        }
        BlockKind::Image(image) => view! { <Figure image /> }.into_any_kept(),
        BlockKind::List { items, ordered } => {
            let items = items
                .into_iter()
                .map(|i| view! { <li class="anp-list__item" dir="auto">{Fixed(i)}</li> })
                .collect_view();
            if ordered {
                view! { <ol class="anp-list anp-list--ordered">{items}</ol> }.into_any_kept()
            } else {
                view! { <ul class="anp-list">{items}</ul> }.into_any_kept()
            }
        }
        BlockKind::Checklist(checklist) => Checklist(ChecklistProps {
            checklist,
            post_key,
            block_index: block.source_index,
            on_change: on_checklist_change,
            class: MaybeProp::default(),
        })
        .into_any_kept(),
        BlockKind::Quote { text, cite } => view! {
            <figure class="anp-quote">
                <blockquote class="anp-quote__text">
                    <p dir="auto">{Fixed(text)}</p>
                </blockquote>
                {cite.map(|c| view! { <figcaption class="anp-quote__cite" dir="auto">{Fixed(c)}</figcaption> })}
            </figure>
        }
        .into_any_kept(),
        BlockKind::Code { code, language } => view! {
            <figure class="anp-code">
                {language
                    .clone()
                    .map(|l| view! { <figcaption class="anp-code__language">{l}</figcaption> })}
                <pre class="anp-code__pre" tabindex="0" dir="auto" data-language=language>
                    <code class="anp-code__code">{Fixed(code)}</code>
                </pre>
            </figure>
        }
        .into_any_kept(),
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
