//! The post-meta box: the format's Meta table, rendered recursively. Layouts and the
//! component live here, each value kind in [`values`], paging of long collections in
//! [`paging`].

mod paging;
mod values;

use std::sync::Arc;

use leptos::prelude::*;

use super::adapt::{live_part, reader_cx};
use super::heading::write_heading;
use super::live::{Handlers, Hooks, Written};
use super::markup::HtmlWriter;
use super::write::{class_list, WriteCx};
use crate::i18n::{Strings, Text};
use crate::model::{Meta, MetaProfile, ShapedSection};
pub(crate) use paging::Pager;
use values::{write_paged, write_paged_range, Coll, Out};

/// How the meta box lays out its entries. Host option `data-alphanode-layout`.
///
/// ```
/// use alphanode_widgets::components::MetaLayout;
/// assert_eq!(MetaLayout::parse("grid"), Some(MetaLayout::Grid));
/// assert_eq!(MetaLayout::Table.as_str(), "table");
/// assert_eq!(MetaLayout::default(), MetaLayout::List);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum MetaLayout {
    /// Key above value, one entry per row.
    #[default]
    List,
    /// Entries as cards in a responsive grid.
    Grid,
    /// Two columns; arrays of records become real tables.
    Table,
    /// Dense inline entries.
    Compact,
}

impl MetaLayout {
    /// Every layout, in menu order.
    pub const ALL: [MetaLayout; 4] = [Self::List, Self::Grid, Self::Table, Self::Compact];

    /// The attribute value (`list`, `grid`, `table`, `compact`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::List => "list",
            Self::Grid => "grid",
            Self::Table => "table",
            Self::Compact => "compact",
        }
    }

    /// Parse an attribute value (case-insensitive, trimmed).
    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|l| l.as_str().eq_ignore_ascii_case(value.trim()))
    }
}

/// Entries shown before a "Show N more" button, per collection.
pub const DEFAULT_PAGE_SIZE: usize = 50;
/// Nesting depth at which groups collapse behind a button.
pub const DEFAULT_COLLAPSE_DEPTH: usize = 4;

/// Context marker for static HTML, for a Leptos app rendering on the server: the
/// components inside write what the browser keeps behind a button ("Show N more",
/// collapsed groups) in full inside `<noscript>` (see [`WriteCx::static_html`]), so
/// readers without JavaScript see every value. With scripting on, browsers ignore
/// `<noscript>` content. [`crate::prerender`] always writes it.
///
/// ```
/// use alphanode_widgets::components::StaticHtml;
/// use leptos::prelude::*;
/// let owner = Owner::new();
/// owner.with(|| provide_context(StaticHtml));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StaticHtml;

#[derive(Clone, Copy)]
pub(super) struct Ctx {
    layout: MetaLayout,
    collapse_depth: usize,
    page: usize,
    /// Static HTML: hidden parts go into `<noscript>` instead of behind buttons.
    static_html: bool,
}

impl Ctx {
    /// Everything at once, no buttons: the content of a `<noscript>` fallback (which
    /// must not nest another `<noscript>`).
    fn expanded(self) -> Self {
        Self {
            collapse_depth: usize::MAX,
            page: usize::MAX,
            static_html: false,
            ..self
        }
    }
}

/// The post-meta box (`.anp-meta`): every key in the publisher's order as a
/// description list. Arrays become lists, arrays of records small records (a table in
/// the `table` layout), objects nested groups, 0–100 score objects labelled meters with
/// the number in text, all-0/1 objects on/off flags with the number in text, numbers
/// are grouped (`46,156`), absolute http(s) strings are links. Every key and text takes
/// its direction from its own content (`dir="auto"`). Past `collapse_depth` a group
/// collapses behind a disclosure button; collections longer than `page_size` show the
/// rest behind "Show N more" (and fold back with "Show fewer"). Nothing is ever
/// dropped.
///
/// Classes: see the class table in README.md (`anp-meta…`). The root has `data-layout`.
///
/// ```
/// use alphanode_widgets::components::{MetaBox, MetaLayout};
/// use leptos::prelude::*;
/// let meta = serde_json::json!({"reading time": 5}).as_object().cloned().unwrap();
/// let _view = view! { <MetaBox meta=std::sync::Arc::new(meta) layout=MetaLayout::Grid /> };
/// ```
#[component]
pub fn MetaBox(
    /// The `meta` object of a post.
    #[prop(into)]
    meta: Signal<Arc<Meta>>,
    /// Layout; defaults to [`MetaLayout::List`].
    #[prop(optional, into)]
    layout: MaybeProp<MetaLayout>,
    /// Nesting depth at which groups collapse (default [`DEFAULT_COLLAPSE_DEPTH`]).
    #[prop(optional, into)]
    collapse_depth: MaybeProp<usize>,
    /// Entries shown per collection before "Show N more" (default [`DEFAULT_PAGE_SIZE`]).
    #[prop(optional, into)]
    page_size: MaybeProp<usize>,
    /// Heading of the box (the host's words); else "alphanode post meta" in the
    /// reader's language.
    #[prop(optional, into)]
    title: MaybeProp<String>,
    /// The reader's words; else the [`Strings`] in context, else English.
    #[prop(optional, into)]
    strings: MaybeProp<Strings>,
    /// Level of the article title this box sits under (1–6, default 1): the box's
    /// title is one below it.
    #[prop(optional, into)]
    heading_level: MaybeProp<u8>,
    /// The host's own classes, added to the root element after its `anp-` classes.
    #[prop(optional, into)]
    class: MaybeProp<String>,
    /// The host's meta profile (`docs/meta-profile.md`): hidden keys, labels, order,
    /// groups, kinds. A profile with errors shows every key and its diagnostics.
    #[prop(optional, into)]
    meta_profile: MaybeProp<Arc<MetaProfile>>,
) -> impl IntoView {
    let reader = reader_cx(strings, heading_level, MaybeProp::default());
    let cx = move || reader().meta_profile(meta_profile.get());
    let inputs = move || {
        let options = MetaOptions {
            layout: layout.get().unwrap_or_default(),
            collapse_depth: collapse_depth.get().unwrap_or(DEFAULT_COLLAPSE_DEPTH),
            page_size: page_size.get().unwrap_or(DEFAULT_PAGE_SIZE),
            title: title.get(),
            class: class.get(),
        };
        (cx(), meta.get(), options)
    };
    let write = |(cx, meta, options): &(WriteCx, Arc<Meta>, MetaOptions)| {
        let mut h = HtmlWriter::default();
        let pager = write_meta_section(&mut h, cx, meta.clone(), options);
        Written {
            html: h.finish().into_html(),
            hooks: Hooks {
                pager: Some(pager),
                ..Hooks::default()
            },
            strings: cx.strings.clone(),
        }
    };
    live_part(inputs, write, Handlers::default())
}

/// How a meta box is written, besides the meta itself.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct MetaOptions {
    pub layout: MetaLayout,
    pub collapse_depth: usize,
    pub page_size: usize,
    /// The host's own title, else ours.
    pub title: Option<String>,
    /// The host's own classes.
    pub class: Option<String>,
}

impl MetaOptions {
    /// The defaults in `layout`, as the [`Article`](crate::components::Article) shows
    /// a box.
    pub fn in_layout(layout: MetaLayout) -> Self {
        Self {
            layout,
            collapse_depth: DEFAULT_COLLAPSE_DEPTH,
            page_size: DEFAULT_PAGE_SIZE,
            title: None,
            class: None,
        }
    }
}

/// The entries of a meta box, or its empty state.
fn write_entries(out: &mut Out, meta: &Meta) {
    if meta.is_empty() {
        write_empty(out);
    } else {
        write_paged(out, Coll::Map(meta), 0);
    }
}

fn write_empty(out: &mut Out) {
    let h: &mut HtmlWriter = &mut out.h;
    h.tag("p")
        .class("anp-meta__empty")
        .attr("lang", out.strings.tag());
    h.text(out.strings.text(Text::MetaEmpty)).end();
}

/// The entries of a meta box shaped by a profile: the keys of no group first, then
/// each group under its heading (`.anp-meta__section`), each paged on its own.
fn write_sections(out: &mut Out, cx: &WriteCx, meta: &Meta, sections: &[ShapedSection]) {
    if meta.is_empty() {
        write_empty(out);
        return;
    }
    for section in sections {
        let Some(group) = &section.group else {
            write_paged_range(out, Coll::Map(meta), section.range.clone(), 0);
            continue;
        };
        out.h
            .tag("div")
            .class("anp-meta__section")
            .attr("data-group", group);
        out.h
            .tag(cx.heading(3))
            .class("anp-meta__section-title")
            .attr_lit("dir", "auto")
            .attr_opt("lang", section.heading_lang.as_deref());
        out.h.text(&section.heading).end();
        write_paged_range(out, Coll::Map(meta), section.range.clone(), 0);
        out.h.end();
    }
}

/// A profile that was not applied: why, for whoever wrote it (English, as every
/// diagnostic), above the entries it left as they are.
fn write_profile_error(h: &mut HtmlWriter, profile: &MetaProfile) {
    h.tag("div")
        .class("anp-meta__profile-error")
        .attr_lit("role", "note")
        .attr_lit("lang", "en")
        .attr_lit("dir", "ltr");
    h.leaf(
        "p",
        "anp-meta__profile-summary",
        "The meta profile was not applied, so every key is shown:",
    );
    let errors: Vec<_> = profile
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .cloned()
        .collect();
    crate::components::article::write_diagnostics(h, &errors);
    h.end();
}

/// The whole `section.anp-meta`, written into `h` (the article's writer, so the
/// section is not copied into it afterwards); the [`Pager`] is what its click
/// listener needs ([`Pager::on_click`]).
pub(crate) fn write_meta_section(
    h: &mut HtmlWriter,
    cx: &WriteCx,
    meta: Arc<Meta>,
    options: &MetaOptions,
) -> Pager {
    let ctx = Ctx {
        layout: options.layout,
        collapse_depth: options.collapse_depth.max(1),
        page: options.page_size.max(1),
        static_html: cx.static_html,
    };
    let strings = &cx.strings;
    let profile = cx.meta_profile.as_deref();
    // A profile's meta holds the shown keys only, in its order: hidden keys are not
    // even in what "Show N more" reads from.
    let (meta, shaped) = match profile {
        Some(p) if !p.has_errors() => {
            let s = p.shape(&meta, cx.label_lang());
            (Arc::new(s.meta), Some((Arc::new(s.entries), s.sections)))
        }
        _ => (meta, None),
    };
    let entries = shaped.as_ref().map(|(e, _)| e.clone());
    let mut out =
        Out::new(strings, ctx, Vec::new()).with_entries(entries.as_deref().map(Vec::as_slice));
    out.h = std::mem::take(h);
    let depth = out.h.depth();
    out.h
        .tag("section")
        .attr("class", &class_list("anp-meta", options.class.as_deref()))
        .attr("data-layout", options.layout.as_str());
    write_heading(
        &mut out.h,
        cx,
        2,
        "anp-meta__title",
        options.title.as_deref(),
        strings.text(Text::MetaTitle),
    );
    if let Some(p) = profile.filter(|p| p.has_errors()) {
        write_profile_error(&mut out.h, p);
    }
    match &shaped {
        Some((_, sections)) => write_sections(&mut out, cx, &meta, sections),
        None => write_entries(&mut out, &meta),
    }
    out.h.close_to(depth);
    *h = out.h;
    Pager {
        meta,
        strings: strings.clone(),
        ctx,
        entries,
    }
}
