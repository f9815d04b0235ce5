//! The whole article for one post, in its loading, ready or error state.

use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;

pub(crate) mod parts;

use crate::components::kept::IntoAnyKept;

use super::article_body::{ArticleBody, ArticleBodyProps};
use super::checklist::ChecklistProgress;
use super::class::with_host_class;
use super::heading::HeadingOffset;
use super::meta_box::MetaLayout;
use super::similar_posts::NavigateRequest;
use super::theme::Theme;
use crate::i18n::Strings;
pub use crate::model::ReadyPost;
use crate::model::{Failure, Post};
use parts::{clicked, error_markup, head, meta_part, similar_part, skeleton, Handlers, Written};

/// What an [`Article`] shows. Loading code produces it; the article only renders it.
///
/// ```
/// use alphanode_widgets::components::ArticleState;
/// use alphanode_widgets::model::parse_post;
/// let state = ArticleState::from_parsed(parse_post("{", None));
/// assert_eq!(state.as_str(), "error");
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub enum ArticleState {
    /// Waiting for the document.
    #[default]
    Loading,
    /// The post and its warnings.
    Ready(Arc<ReadyPost>),
    /// Why there is nothing to show.
    Error(Arc<Failure>),
}

impl ArticleState {
    /// The `data-state` value: `loading`, `ready` or `error`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Loading => "loading",
            Self::Ready(_) => "ready",
            Self::Error(_) => "error",
        }
    }

    /// Ready with the post, or the error explaining why not.
    pub fn from_parsed(parsed: crate::model::Parsed<Post>) -> Self {
        match parsed.into_result() {
            Ok((post, warnings)) => Self::Ready(Arc::new(ReadyPost { post, warnings })),
            Err(failure) => Self::Error(Arc::new(failure)),
        }
    }

    /// An error state from a failure.
    pub fn failed(failure: Failure) -> Self {
        Self::Error(Arc::new(failure))
    }

    /// The state for a load's outcome (see [`crate::load`]): the one place a load
    /// result becomes what a widget shows.
    pub fn loaded(result: Result<Arc<ReadyPost>, Failure>) -> Self {
        match result {
            Ok(ready) => Self::Ready(ready),
            Err(failure) => Self::failed(failure),
        }
    }
}

/// One post: title, body (with its checklists), meta box and similar posts, inside
/// `.anp-article` with `data-state="loading|ready|error"` and `data-theme`.
///
/// While loading it shows a skeleton of the same shape (`aria-busy="true"`); on error
/// an element with `role="alert"` gives the reason and every diagnostic with its JSON
/// path, and a "Try again" button when `on_retry` is set. Warnings of a post that did
/// render are listed in a collapsed `details` element, so nothing is dropped silently.
///
/// ```
/// use alphanode_widgets::components::{Article, ArticleState, MetaLayout, Theme};
/// use alphanode_widgets::model::parse_post;
/// use leptos::prelude::*;
/// let state = ArticleState::from_parsed(parse_post(r#"{"title":"T","body":[]}"#, None));
/// let _view = view! {
///     <Article state=state theme=Theme::Dark layout=MetaLayout::Grid link_template="/blog/{slug}" />
/// };
/// ```
#[component]
pub fn Article(
    /// What to show.
    #[prop(into)]
    state: Signal<ArticleState>,
    /// Colour theme; [`Theme::Auto`] follows `prefers-color-scheme`.
    #[prop(optional, into)]
    theme: MaybeProp<Theme>,
    /// Meta-box layout.
    #[prop(optional, into)]
    layout: MaybeProp<MetaLayout>,
    /// Where similar posts without `href` link, e.g. `/blog/{slug}`.
    #[prop(optional, into)]
    link_template: MaybeProp<String>,
    /// Shows a "Try again" button in the error state.
    #[prop(optional, into)]
    on_retry: Option<Callback<()>>,
    /// Called when a checklist changes.
    #[prop(optional, into)]
    on_checklist_change: Option<Callback<ChecklistProgress>>,
    /// Called on a plain click on a similar post; return `true` to take over navigation.
    #[prop(optional, into)]
    on_navigate: Option<Callback<NavigateRequest, bool>>,
    /// Level of the title (1–6, default 1); headings inside move down with it. An
    /// article embedded under a host page's own `h1` should use 2.
    #[prop(optional, into)]
    heading_level: MaybeProp<u8>,
    /// The host's own classes, added to the root element after its `anp-` classes.
    #[prop(optional, into)]
    class: MaybeProp<String>,
) -> impl IntoView {
    // The reader's language (a context, as the embed, the app and `anp-render` give
    // it): the widget's words and its layout direction; content keeps `dir="auto"`.
    let strings = use_context::<Strings>().unwrap_or_default();
    let dir = strings.dir();
    let data_state = move || state.with(|s| s.as_str());
    let data_theme = move || theme.get().unwrap_or_default().as_str();
    // The post's own language marks the content; absent, nothing is claimed.
    let lang = move || {
        state.with(|s| match s {
            ArticleState::Ready(ready) => ready.post.lang.clone(),
            _ => None,
        })
    };
    // Everything inside is static markup (see `parts`); the buttons and links of the
    // meta box and the similar posts act through the click listener on the root,
    // with what those parts leave here when they are written. The body listens for
    // its checklists and images itself.
    let written = StoredValue::new(Written::default());
    let handlers = Handlers {
        on_retry: on_retry.map(|cb| Rc::new(move || cb.run(())) as Rc<dyn Fn()>),
        on_navigate: on_navigate
            .map(|cb| Rc::new(move |r| cb.run(r)) as Rc<dyn Fn(NavigateRequest) -> bool>),
    };
    let shown = StoredValue::new(strings.clone());
    let content = move || {
        // Read here, so a new level re-renders the headings (the context is provided
        // afresh to the new children).
        let offset = heading_level.get().unwrap_or(1).clamp(1, 6) - 1;
        provide_context(HeadingOffset(offset));
        let strings = shown.get_value();
        match state.get() {
            ArticleState::Loading => skeleton(&strings).into_any_kept(),
            ArticleState::Error(failure) => {
                error_markup(&strings, &failure, on_retry.is_some()).into_any_kept()
            }
            ArticleState::Ready(ready) => {
                let body = ArticleBody(ArticleBodyProps {
                    blocks: ready.post.body.clone(),
                    post_key: ready.post.state_key().map(str::to_owned),
                    on_checklist_change,
                    class: MaybeProp::default(),
                });
                let meta = ready.post.meta.clone();
                let meta = move || {
                    let layout = layout.get().unwrap_or_default();
                    let (markup, pager) = shown.with_value(|s| meta_part(s, meta.clone(), layout));
                    written.update_value(|w| w.pager = pager);
                    markup
                };
                let similar = ready.post.similar.clone();
                let similar = move || {
                    let template = link_template.get();
                    let (markup, links) =
                        shown.with_value(|s| similar_part(s, similar.clone(), template.as_deref()));
                    written.update_value(|w| w.links = links);
                    markup
                };
                (head(&strings, &ready), body, meta, similar).into_any_kept()
            }
        }
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        written.with_value(|w| clicked(w, &handlers, &ev));
    };
    view! {
        <article
            class=with_host_class("anp-article", class)
            lang=lang
            dir=dir
            data-state=data_state
            data-theme=data_theme
            aria-busy=move || (data_state() == "loading").to_string()
            on:click=on_click
        >
            {content}
        </article>
    }
}
