//! The post-meta box: the format's Meta table, rendered recursively. Layouts and the
//! component live here, each value kind in [`values`], paging of long collections in
//! [`paging`].

mod paging;
mod values;

use std::sync::Arc;

use leptos::prelude::*;

use super::class::with_host_class;
use super::heading::{heading_in, write_heading_in};
use super::markup::{HtmlWriter, Markup};
use crate::i18n::{Strings, Text};
use crate::model::Meta;
pub(crate) use paging::Pager;
use values::{write_paged, Coll, Out};

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

/// Context marker for static HTML (provided by [`crate::prerender`]): what the browser
/// keeps behind a button ("Show N more", collapsed groups) is rendered in full inside
/// `<noscript>`, so readers without JavaScript see every value. With scripting on,
/// browsers ignore `<noscript>` content, and the embed replaces the static copy.
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
/// let _view = view! { <MetaBox meta=meta layout=MetaLayout::Grid /> };
/// ```
#[component]
pub fn MetaBox(
    /// The `meta` object of a post.
    #[prop(into)]
    meta: Arc<Meta>,
    /// Layout; defaults to [`MetaLayout::List`].
    #[prop(optional, into)]
    layout: MaybeProp<MetaLayout>,
    /// Nesting depth at which groups collapse (default [`DEFAULT_COLLAPSE_DEPTH`]).
    #[prop(optional)]
    collapse_depth: Option<usize>,
    /// Entries shown per collection before "Show N more" (default [`DEFAULT_PAGE_SIZE`]).
    #[prop(optional)]
    page_size: Option<usize>,
    /// Heading of the box.
    #[prop(optional, into)]
    title: Option<String>,
    /// The host's own classes, added to the root element after its `anp-` classes.
    #[prop(optional, into)]
    class: MaybeProp<String>,
) -> impl IntoView {
    let strings = use_context::<Strings>().unwrap_or_default();
    let lang = strings.tag();
    let (title, title_lang) = match title {
        Some(t) => (t, None),
        None => (strings.text(Text::MetaTitle).to_owned(), Some(lang)),
    };
    let collapse_depth = collapse_depth.unwrap_or(DEFAULT_COLLAPSE_DEPTH).max(1);
    let page = page_size.unwrap_or(DEFAULT_PAGE_SIZE).max(1);
    let current = move || layout.get().unwrap_or_default();
    // Only native rendering writes static HTML; the browser build leaves the fallback
    // code out.
    let static_html = cfg!(feature = "ssr") && use_context::<StaticHtml>().is_some();
    let ctx = move |layout| Ctx {
        layout,
        collapse_depth,
        page,
        static_html,
    };
    // One listener for every button the box writes (see `paging`), with the pager of
    // the entries last written (their layout).
    let pager = StoredValue::new(None::<Pager>);
    let entries = move || {
        let mut out = Out::new(&strings, ctx(current()), Vec::new());
        write_entries(&mut out, &meta);
        let markup = out.h.finish();
        pager.set_value(Some(Pager {
            meta: meta.clone(),
            strings: strings.clone(),
            ctx: out.ctx,
        }));
        markup
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        pager.with_value(|p| {
            if let Some(p) = p {
                p.on_click(&ev);
            }
        });
    };
    view! {
        <section
            class=with_host_class("anp-meta", class)
            data-layout=move || current().as_str()
            on:click=on_click
        >
            {heading_in(2, "anp-meta__title", title, title_lang)}
            {entries}
        </section>
    }
}

/// The entries of a meta box, or its empty state.
fn write_entries(out: &mut Out, meta: &Meta) {
    if meta.is_empty() {
        let h: &mut HtmlWriter = &mut out.h;
        h.tag("p")
            .attr("class", "anp-meta__empty")
            .attr("lang", out.strings.tag());
        h.text(out.strings.text(Text::MetaEmpty)).end();
    } else {
        write_paged(out, Coll::Map(meta), 0);
    }
}

/// A whole meta box with its default title and settings, as the
/// [`Article`](crate::components::Article) shows it; the [`Pager`] is what its
/// click listener needs ([`Pager::on_click`]).
pub(crate) fn meta_section(
    strings: &Strings,
    meta: Arc<Meta>,
    layout: MetaLayout,
) -> (Markup, Pager) {
    let ctx = Ctx {
        layout,
        collapse_depth: DEFAULT_COLLAPSE_DEPTH,
        page: DEFAULT_PAGE_SIZE,
        static_html: cfg!(feature = "ssr") && use_context::<StaticHtml>().is_some(),
    };
    let mut out = Out::new(strings, ctx, Vec::new());
    out.h
        .tag("section")
        .attr("class", "anp-meta")
        .attr("data-layout", layout.as_str());
    write_heading_in(
        &mut out.h,
        2,
        "anp-meta__title",
        strings.text(Text::MetaTitle),
        strings,
    );
    write_entries(&mut out, &meta);
    let markup = out.h.finish();
    let pager = Pager {
        meta,
        strings: strings.clone(),
        ctx,
    };
    (markup, pager)
}
