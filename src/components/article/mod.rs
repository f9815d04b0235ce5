//! The whole article for one post, in its loading, ready or error state.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::kept::IntoAnyKept;
use crate::components::markup::{HtmlWriter, Markup};

use super::article_body::{ArticleBody, ArticleBodyProps};
use super::checklist::ChecklistProgress;
use super::class::with_host_class;
use super::heading::{heading, HeadingOffset};
use super::meta_box::{MetaBox, MetaLayout};
use super::similar_posts::{NavigateRequest, SimilarPosts, SimilarPostsProps};
use super::theme::Theme;
use crate::i18n::{Strings, Text};
pub use crate::model::ReadyPost;
use crate::model::{Diagnostic, Failure, Post};

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
    let content = move || {
        // Read here, so a new level re-renders the headings (the context is provided
        // afresh to the new children).
        let offset = heading_level.get().unwrap_or(1).clamp(1, 6) - 1;
        provide_context(HeadingOffset(offset));
        match state.get() {
            ArticleState::Loading => skeleton(&strings).into_any_kept(),
            ArticleState::Error(failure) => {
                error_view(&strings, &failure, on_retry).into_any_kept()
            }
            ArticleState::Ready(ready) => {
                let ReadyPost { post, warnings } = (*ready).clone();
                let post_key = post.state_key().map(str::to_owned);
                view! {
                    <header class="anp-article__header">
                        {heading(1, "anp-article__title", post.title)}
                    </header>
                    {warnings_view(&strings, warnings)}
                    {ArticleBody(ArticleBodyProps {
                        blocks: post.body,
                        post_key,
                        on_checklist_change,
                        class: MaybeProp::default(),
                    })}
                    {post.meta.map(|meta| view! { <MetaBox meta layout /> })}
                    {SimilarPosts(SimilarPostsProps {
                        refs: post.similar,
                        link_template,
                        on_navigate,
                        title: None,
                        class: MaybeProp::default(),
                    })}
                }
                .into_any_kept()
            }
        }
    };
    view! {
        <article
            class=with_host_class("anp-article", class)
            lang=lang
            dir=dir
            data-state=data_state
            data-theme=data_theme
            aria-busy=move || (data_state() == "loading").to_string()
        >
            {content}
        </article>
    }
}

fn skeleton(strings: &Strings) -> Markup {
    let mut h = HtmlWriter::default();
    h.tag("div")
        .attr("class", "anp-article__skeleton")
        .attr("aria-hidden", "true");
    for shape in [
        "anp-skeleton anp-skeleton--title",
        "anp-skeleton anp-skeleton--line",
        "anp-skeleton anp-skeleton--line",
        "anp-skeleton anp-skeleton--line anp-skeleton--short",
        "anp-skeleton anp-skeleton--figure",
        "anp-skeleton anp-skeleton--line",
        "anp-skeleton anp-skeleton--line anp-skeleton--short",
    ] {
        h.tag("div").attr("class", shape).end();
    }
    h.end();
    h.tag("p")
        .attr("class", "anp-visually-hidden")
        .attr("role", "status")
        .attr("lang", strings.tag());
    h.text(strings.text(Text::Loading)).end();
    h.finish()
}

/// The list of diagnostics: JSON path, message and, for syntax errors, the position.
fn diagnostic_list(diagnostics: &[Diagnostic]) -> Markup {
    let mut h = HtmlWriter::default();
    h.tag("ul")
        .attr("class", "anp-diagnostics__list")
        .attr("lang", "en")
        .attr("dir", "ltr");
    for d in diagnostics {
        h.tag("li")
            .attr("class", "anp-diagnostic")
            .attr("data-severity", d.severity.as_str());
        h.leaf("code", "anp-diagnostic__path", &d.path)
            .leaf("span", "anp-diagnostic__sep", ": ")
            .leaf("span", "anp-diagnostic__message", &d.message);
        if let (Some(line), Some(column)) = (d.line, d.column) {
            h.text(&format!(" (line {line}, column {column})"));
        }
        h.end();
    }
    h.finish()
}

/// The reader's words carry the reader's `lang`; the summary and the diagnostics
/// (JSON paths and messages, for whoever fixes the post) stay English, marked `en`.
fn error_view(
    strings: &Strings,
    failure: &Failure,
    on_retry: Option<Callback<()>>,
) -> impl IntoView {
    let lang = strings.tag();
    let list = (!failure.diagnostics.is_empty()).then(|| diagnostic_list(&failure.diagnostics));
    let again = strings.text(Text::TryAgain).to_owned();
    let retry = on_retry.map(|cb| {
        view! {
            <button type="button" class="anp-article__retry" on:click=move |_| cb.run(())>
                {again}
            </button>
        }
    });
    let title = strings.text(Text::ErrorTitle).to_owned();
    let reason = strings.failure(failure);
    view! {
        <div class="anp-article__error" role="alert" lang=lang>
            <p class="anp-article__error-title">{title}</p>
            <p class="anp-article__error-reason">{reason}</p>
            <p class="anp-article__error-summary" lang="en" dir="auto">{failure.summary.clone()}</p>
            {list}
            {retry}
        </div>
    }
}

fn warnings_view(strings: &Strings, warnings: Vec<Diagnostic>) -> Option<impl IntoView> {
    if warnings.is_empty() {
        return None;
    }
    let summary = strings.count(Text::Warnings, warnings.len());
    Some(view! {
        <details class="anp-diagnostics">
            <summary class="anp-diagnostics__summary" lang=strings.tag()>{summary}</summary>
            {diagnostic_list(&warnings)}
        </details>
    })
}
