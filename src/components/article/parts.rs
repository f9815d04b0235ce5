//! The article's writer: the whole `<article class="anp-article">` for a state, from
//! its parts' own writers. The [`Article`](super::Article) component, the embed and
//! the pre-renderer all show what this writes.

use std::sync::Arc;

use super::ArticleState;
use crate::components::article_body::{shown_warnings, write_body, BodyExtras};
use crate::components::live::{Hooks, Written};
use crate::components::markup::HtmlWriter;
use crate::components::meta_box::{write_meta_section, MetaLayout, MetaOptions};
use crate::components::similar_posts::{write_similar_section, SimilarOptions};
use crate::components::theme::Theme;
use crate::components::write::{class_list, WriteCx};
use crate::i18n::{Strings, Text};
use crate::model::{Diagnostic, Failure, ReadyPost};

/// How an article is written, besides its state and the [`WriteCx`].
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct ArticleOptions {
    pub theme: Theme,
    pub layout: MetaLayout,
    /// Where similar posts without `href` link.
    pub link_template: Option<String>,
    /// The host's own classes.
    pub class: Option<String>,
    /// The error state offers "Try again".
    pub retry: bool,
}

/// The article for `state`. Its root carries `lang` (the post's own language, when
/// it gives one), `dir` (the reader's), `data-state`, `data-theme` and `aria-busy`.
pub(crate) fn write_article(
    cx: &WriteCx,
    state: &ArticleState,
    options: &ArticleOptions,
) -> Written {
    let strings = &cx.strings;
    // A post's article is some tens of kilobytes (22 KB on average over the samples):
    // room for most from the start spares the buffer's doublings, each of which
    // copies everything written so far.
    let mut h = match state {
        ArticleState::Ready(_) => HtmlWriter::with_capacity(32 * 1024),
        _ => HtmlWriter::default(),
    };
    h.tag("article").attr(
        "class",
        &class_list("anp-article", options.class.as_deref()),
    );
    if let ArticleState::Ready(ready) = state {
        h.attr_opt("lang", ready.post.lang.as_deref());
    }
    h.attr("dir", strings.dir())
        .attr("data-state", state.as_str())
        .attr("data-theme", options.theme.as_str())
        .attr(
            "aria-busy",
            if matches!(state, ArticleState::Loading) {
                "true"
            } else {
                "false"
            },
        );
    let hooks = match state {
        ArticleState::Loading => {
            write_skeleton(&mut h, strings);
            Hooks::default()
        }
        ArticleState::Error(failure) => {
            write_error(&mut h, strings, failure, options.retry);
            Hooks::default()
        }
        ArticleState::Ready(ready) => write_ready(&mut h, cx, ready, options),
    };
    h.end();
    Written {
        html: h.finish().into_html(),
        hooks,
        strings: strings.clone(),
    }
}

/// Title, warnings, body, meta box and similar posts.
fn write_ready(
    h: &mut HtmlWriter,
    cx: &WriteCx,
    ready: &Arc<ReadyPost>,
    options: &ArticleOptions,
) -> Hooks {
    let post = &ready.post;
    h.tag("header").class("anp-article__header");
    h.leaf_auto(cx.heading(1), "anp-article__title", &post.title);
    h.end();
    let extras = BodyExtras {
        lang: post.lang.as_deref(),
        unknown: &post.unknown_blocks,
    };
    // The body is written before the warnings above it: only its writer knows which
    // unknown blocks a renderer showed (and so are no longer warnings). They go in
    // front of it afterwards, which moves the body only when there are any.
    let before_body = h.mark();
    let body = write_body(h, cx, &post.body, post.state_key(), None, extras);
    let warnings = shown_warnings(&body.shown_unknown, &ready.warnings);
    if !warnings.is_empty() {
        let mut w = HtmlWriter::default();
        write_warnings(&mut w, &cx.strings, &warnings);
        h.insert_raw(before_body, &w.finish().into_html());
    }
    let pager = post.meta.as_ref().map(|meta| {
        let options = MetaOptions::in_layout(options.layout);
        write_meta_section(h, cx, meta.clone(), &options)
    });
    let links = write_similar_section(
        h,
        cx,
        &post.similar,
        &SimilarOptions {
            template: options.link_template.as_deref(),
            ..SimilarOptions::default()
        },
    );
    Hooks {
        pager,
        links,
        lists: body.lists,
        fills: body.fills,
        shown_unknown: body.shown_unknown,
    }
}

/// The loading state: a skeleton of the article's shape, and a status for screen
/// readers.
fn write_skeleton(h: &mut HtmlWriter, strings: &Strings) {
    h.tag("div")
        .class("anp-article__skeleton")
        .attr_lit("aria-hidden", "true");
    for shape in [
        "anp-skeleton anp-skeleton--title",
        "anp-skeleton anp-skeleton--line",
        "anp-skeleton anp-skeleton--line",
        "anp-skeleton anp-skeleton--line anp-skeleton--short",
        "anp-skeleton anp-skeleton--figure",
        "anp-skeleton anp-skeleton--line",
        "anp-skeleton anp-skeleton--line anp-skeleton--short",
    ] {
        h.tag("div").class(shape).end();
    }
    h.end();
    h.tag("p")
        .class("anp-visually-hidden")
        .attr_lit("role", "status")
        .attr("lang", strings.tag());
    h.text(strings.text(Text::Loading)).end();
}

/// The list of diagnostics: JSON path, message and, for syntax errors, the position.
pub(crate) fn write_diagnostics(h: &mut HtmlWriter, diagnostics: &[Diagnostic]) {
    h.tag("ul")
        .class("anp-diagnostics__list")
        .attr_lit("lang", "en")
        .attr_lit("dir", "ltr");
    for d in diagnostics {
        h.tag("li")
            .class("anp-diagnostic")
            .attr("data-severity", d.severity.as_str());
        h.leaf("code", "anp-diagnostic__path", &d.path)
            .leaf("span", "anp-diagnostic__sep", ": ")
            .leaf("span", "anp-diagnostic__message", &d.message);
        if let (Some(line), Some(column)) = (d.line, d.column) {
            h.text(&format!(" (line {line}, column {column})"));
        }
        h.end();
    }
    h.end();
}

/// The reader's words carry the reader's `lang`; the summary and the diagnostics
/// (JSON paths and messages, for whoever fixes the post) stay English, marked `en`.
fn write_error(h: &mut HtmlWriter, strings: &Strings, failure: &Failure, retry: bool) {
    let lang = strings.tag();
    h.tag("div")
        .class("anp-article__error")
        .attr_lit("role", "alert")
        .attr("lang", lang);
    h.leaf(
        "p",
        "anp-article__error-title",
        strings.text(Text::ErrorTitle),
    );
    h.leaf("p", "anp-article__error-reason", &strings.failure(failure));
    h.tag("p")
        .class("anp-article__error-summary")
        .attr_lit("lang", "en")
        .attr_lit("dir", "auto");
    h.text(&failure.summary).end();
    if !failure.diagnostics.is_empty() {
        write_diagnostics(h, &failure.diagnostics);
    }
    if retry {
        h.tag("button")
            .attr_lit("type", "button")
            .class("anp-article__retry");
        h.text(strings.text(Text::TryAgain)).end();
    }
    h.end();
}

/// Warnings of a post that did render, in a collapsed `details` element.
fn write_warnings(h: &mut HtmlWriter, strings: &Strings, warnings: &[Diagnostic]) {
    if warnings.is_empty() {
        return;
    }
    h.tag("details").class("anp-diagnostics");
    h.tag("summary")
        .class("anp-diagnostics__summary")
        .attr("lang", strings.tag());
    h.text(&strings.count(Text::Warnings, warnings.len())).end();
    write_diagnostics(h, warnings);
    h.end();
}
