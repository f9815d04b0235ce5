//! The article's parts as static markup, and what a click in them does. The
//! [`Article`](super::Article) component shows them in its view tree; the embed
//! writes them straight into the host's element, without one.

use std::rc::Rc;
use std::sync::Arc;

use leptos::web_sys::Element;

use crate::components::heading::heading_tag;
use crate::components::markup::{HtmlWriter, Markup};
use crate::components::meta_box::{meta_section, MetaLayout, Pager};
use crate::components::similar_posts::{similar_clicked, write_similar_section, NavigateRequest};
use crate::i18n::{Strings, Text};
use crate::model::{Diagnostic, Failure, Meta, PostRef, ReadyPost};

/// What a click needs from the parts last written: the meta box's pager and the
/// similar posts' links.
#[derive(Clone, Default)]
pub(crate) struct Written {
    pub pager: Option<Pager>,
    pub links: Vec<NavigateRequest>,
}

/// What a widget's owner hears of through a click: "Try again", and similar-post
/// clicks (return `true` to take over the navigation). Plain closures, not
/// [`Callback`](leptos::prelude::Callback)s: the embed has no reactive owner to keep
/// those in.
#[derive(Clone, Default)]
pub(crate) struct Handlers {
    pub on_retry: Option<Rc<dyn Fn()>>,
    pub on_navigate: Option<Rc<dyn Fn(NavigateRequest) -> bool>>,
}

/// The title and the warnings of a ready post.
pub(crate) fn head(strings: &Strings, ready: &ReadyPost) -> Markup {
    let mut h = HtmlWriter::default();
    h.tag("header").attr("class", "anp-article__header");
    h.leaf_auto(heading_tag(1), "anp-article__title", &ready.post.title);
    h.end();
    write_warnings(&mut h, strings, &ready.warnings);
    h.finish()
}

/// The meta box of a post (nothing without `meta`).
pub(crate) fn meta_part(
    strings: &Strings,
    meta: Option<Arc<Meta>>,
    layout: MetaLayout,
) -> (Markup, Option<Pager>) {
    match meta {
        Some(meta) => {
            let (markup, pager) = meta_section(strings, meta, layout);
            (markup, Some(pager))
        }
        None => (HtmlWriter::default().finish(), None),
    }
}

/// The similar posts of a post, linked through `template` where they have no `href`.
pub(crate) fn similar_part(
    strings: &Strings,
    refs: Vec<PostRef>,
    template: Option<&str>,
) -> (Markup, Vec<NavigateRequest>) {
    let mut h = HtmlWriter::default();
    let links = write_similar_section(&mut h, strings, refs, template);
    (h.finish(), links)
}

/// A click in the article: "Try again", a meta-box button or a similar-post link.
pub(crate) fn clicked(written: &Written, handlers: &Handlers, ev: &leptos::ev::MouseEvent) {
    use leptos::wasm_bindgen::JsCast;
    let retry = ev
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|t| t.closest("button.anp-article__retry").ok().flatten());
    if let (Some(_), Some(retry)) = (retry, &handlers.on_retry) {
        retry();
        return;
    }
    if let Some(pager) = &written.pager {
        pager.on_click(ev);
    }
    similar_clicked(ev, &written.links, handlers.on_navigate.as_deref());
}

/// The loading state: a skeleton of the article's shape, and a status for screen
/// readers.
pub(crate) fn skeleton(strings: &Strings) -> Markup {
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
fn write_diagnostics(h: &mut HtmlWriter, diagnostics: &[Diagnostic]) {
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
    h.end();
}

/// The reader's words carry the reader's `lang`; the summary and the diagnostics
/// (JSON paths and messages, for whoever fixes the post) stay English, marked `en`.
pub(crate) fn error_markup(strings: &Strings, failure: &Failure, retry: bool) -> Markup {
    let lang = strings.tag();
    let mut h = HtmlWriter::default();
    h.tag("div")
        .attr("class", "anp-article__error")
        .attr("role", "alert")
        .attr("lang", lang);
    h.leaf(
        "p",
        "anp-article__error-title",
        strings.text(Text::ErrorTitle),
    );
    h.leaf("p", "anp-article__error-reason", &strings.failure(failure));
    h.tag("p")
        .attr("class", "anp-article__error-summary")
        .attr("lang", "en")
        .attr("dir", "auto");
    h.text(&failure.summary).end();
    if !failure.diagnostics.is_empty() {
        write_diagnostics(&mut h, &failure.diagnostics);
    }
    if retry {
        h.tag("button")
            .attr("type", "button")
            .attr("class", "anp-article__retry");
        h.text(strings.text(Text::TryAgain)).end();
    }
    h.finish()
}

/// Warnings of a post that did render, in a collapsed `details` element.
fn write_warnings(h: &mut HtmlWriter, strings: &Strings, warnings: &[Diagnostic]) {
    if warnings.is_empty() {
        return;
    }
    h.tag("details").attr("class", "anp-diagnostics");
    h.tag("summary")
        .attr("class", "anp-diagnostics__summary")
        .attr("lang", strings.tag());
    h.text(&strings.count(Text::Warnings, warnings.len())).end();
    write_diagnostics(h, warnings);
    h.end();
}
