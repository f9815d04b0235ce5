//! The whole article for one post, in its loading, ready or error state.

use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;

pub(crate) mod parts;

use super::adapt::{live_part, reader_cx};
use super::checklist::{ChecklistProgress, ChecklistStorage};
use super::live::Handlers;
use super::meta_box::MetaLayout;
use super::similar_posts::NavigateRequest;
use super::theme::Theme;
use super::write::WriteCx;
use crate::i18n::Strings;
pub use crate::model::ReadyPost;
use crate::model::{Failure, MetaProfile, Post};
pub(crate) use parts::{write_article, write_diagnostics, ArticleOptions};

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
        Self::loaded(ReadyPost::from_parsed(parsed))
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
/// Every prop but the callbacks is followed: a change writes the article again in
/// place, keeping every part written the same way (a loaded image, a revealed page
/// of meta entries), the reader's ticks and the focus.
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
    /// Where checklist ticks are kept; else the [`ChecklistStorage`] in context,
    /// else `localStorage`.
    #[prop(optional, into)]
    storage: MaybeProp<ChecklistStorage>,
    /// The reader's words and layout direction; else the [`Strings`] in context,
    /// else English. The post's own text keeps `dir="auto"`.
    #[prop(optional, into)]
    strings: MaybeProp<Strings>,
    /// The host's own classes, added to the root element after its `anp-` classes.
    #[prop(optional, into)]
    class: MaybeProp<String>,
    /// The host's meta profile (`docs/meta-profile.md`) for the meta box: hidden keys,
    /// labels, order, groups, kinds. A profile with errors shows every key and its
    /// diagnostics; none shows every key as the format's Meta table says.
    #[prop(optional, into)]
    meta_profile: MaybeProp<Arc<MetaProfile>>,
) -> impl IntoView {
    let reader = reader_cx(strings, heading_level, storage);
    let cx = move || reader().meta_profile(meta_profile.get());
    let retry = on_retry.is_some();
    let inputs = move || {
        let options = ArticleOptions {
            theme: theme.get().unwrap_or_default(),
            layout: layout.get().unwrap_or_default(),
            link_template: link_template.get(),
            class: class.get(),
            retry,
        };
        (cx(), state.get(), options)
    };
    let write = |(cx, state, options): &(WriteCx, ArticleState, ArticleOptions)| {
        write_article(cx, state, options)
    };
    let handlers = Handlers {
        on_retry: on_retry.map(|cb| Rc::new(move || cb.run(())) as Rc<dyn Fn()>),
        on_navigate: on_navigate
            .map(|cb| Rc::new(move |r| cb.run(r)) as Rc<dyn Fn(NavigateRequest) -> bool>),
        on_checklist_change: on_checklist_change
            .map(|cb| Rc::new(move |p| cb.run(p)) as Rc<dyn Fn(ChecklistProgress)>),
    };
    live_part(inputs, write, handlers)
}
