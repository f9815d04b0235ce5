//! The post-meta box: the format's Meta table, rendered recursively.

use std::ops::Range;
use std::sync::Arc;

use leptos::prelude::*;
use serde_json::{Map, Value};

use super::heading::heading;
use crate::model::{classify, format_number, Meta, MetaKind};

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
struct Ctx {
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

/// The items `start..total` of a collection that do not show at first: behind
/// "Show N more" in the browser, inside `<noscript>` in static HTML.
fn more<F>(ctx: Ctx, start: usize, total: usize, render: F) -> AnyView
where
    F: Fn(Range<usize>, Ctx) -> AnyView + Send + Sync + 'static,
{
    if cfg!(feature = "ssr") && ctx.static_html {
        let all = render(start..total, ctx.expanded());
        return view! { <noscript>{all}</noscript> }.into_any();
    }
    view! { <ShowMore start total render=move |range| render(range, ctx) /> }.into_any()
}

/// The post-meta box (`.anp-meta`): every key in the publisher's order as a
/// description list. Arrays become lists, arrays of records small records (a table in
/// the `table` layout), objects nested groups, 0–100 score objects labelled meters with
/// the number in text, numbers are grouped (`46,156`), absolute http(s) strings are
/// links. Past `collapse_depth` a group collapses behind a button; collections longer
/// than `page_size` show the rest behind "Show N more". Nothing is ever dropped.
///
/// Classes: `anp-meta`, `__title`, `__entries`, `__entry`, `__key`, `__sep`, `__value`,
/// `__text`, `__link`, `__number`, `__badge` (`--yes`/`--no`), `__null`, `__items`,
/// `__item`, `__records`, `__record`, `__group`, `__table`, `__scores`, `__score`,
/// `__meter`, `__more`, `__expand`, `__empty`. The root has `data-layout`.
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
) -> impl IntoView {
    let title = title.unwrap_or_else(|| "alphanode post meta".to_owned());
    let collapse_depth = collapse_depth.unwrap_or(DEFAULT_COLLAPSE_DEPTH).max(1);
    let page = page_size.unwrap_or(DEFAULT_PAGE_SIZE).max(1);
    let current = move || layout.get().unwrap_or_default();
    // Only native rendering writes static HTML; the browser build leaves the fallback
    // code out.
    let static_html = cfg!(feature = "ssr") && use_context::<StaticHtml>().is_some();
    view! {
        <section class="anp-meta" data-layout=move || current().as_str()>
            {heading(2, "anp-meta__title", title)}
            {move || {
                let ctx = Ctx {
                    layout: current(),
                    collapse_depth,
                    page,
                    static_html,
                };
                if meta.is_empty() {
                    view! { <p class="anp-meta__empty">"No post meta."</p> }.into_any()
                } else {
                    paged_map(meta.clone(), 0, ctx)
                }
            }}
        </section>
    }
}

/// A map's entries, the first page at once and the rest behind a button.
fn paged_map(map: Arc<Map<String, Value>>, depth: usize, ctx: Ctx) -> AnyView {
    let total = map.len();
    let first = entries(map.iter().take(ctx.page), depth, ctx);
    let class = if depth == 0 {
        "anp-meta__entries"
    } else {
        "anp-meta__group"
    };
    if total <= ctx.page {
        return view! { <dl class=class>{first}</dl> }.into_any();
    }
    let rest = move |range: Range<usize>, ctx: Ctx| {
        let chunk = entries(map.iter().skip(range.start).take(range.len()), depth, ctx);
        view! { <dl class=class>{chunk}</dl> }.into_any()
    };
    view! {
        <dl class=class>{first}</dl>
        {more(ctx, ctx.page, total, rest)}
    }
    .into_any()
}

fn entries<'a>(
    items: impl Iterator<Item = (&'a String, &'a Value)>,
    depth: usize,
    ctx: Ctx,
) -> Vec<AnyView> {
    items
        .map(|(key, value)| {
            // Classified once: the kind names the entry and picks its renderer.
            let kind = classify(value);
            let name = kind.name();
            view! {
                <div class="anp-meta__entry" data-kind=name>
                    <dt class="anp-meta__key">
                        {key.clone()}<span class="anp-meta__sep">": "</span>
                    </dt>
                    <dd class="anp-meta__value">{render_kind(value, kind, depth, ctx)}</dd>
                </div>
            }
            .into_any()
        })
        .collect()
}

fn render_value(value: &Value, depth: usize, ctx: Ctx) -> AnyView {
    render_kind(value, classify(value), depth, ctx)
}

fn render_kind(value: &Value, kind: MetaKind<'_>, depth: usize, ctx: Ctx) -> AnyView {
    match kind {
        MetaKind::Text(s) => {
            view! { <span class="anp-meta__text">{s.to_owned()}</span> }.into_any()
        }
        MetaKind::Link(url) => view! {
            <a class="anp-meta__link" href=url.to_owned() rel="noopener noreferrer nofollow">
                {url.to_owned()}
            </a>
        }
        .into_any(),
        MetaKind::Number(n) => view! {
            <data class="anp-meta__number" value=n.to_string()>{format_number(n)}</data>
        }
        .into_any(),
        MetaKind::Bool(b) => {
            let (class, text) = if b {
                ("anp-meta__badge anp-meta__badge--yes", "yes")
            } else {
                ("anp-meta__badge anp-meta__badge--no", "no")
            };
            view! { <span class=class>{text}</span> }.into_any()
        }
        MetaKind::Null => view! { <span class="anp-meta__null" title="null">"—"</span> }.into_any(),
        MetaKind::Scores(scores) => {
            let first = score_items(scores.iter().take(ctx.page));
            if scores.len() <= ctx.page {
                return view! { <ul class="anp-meta__scores">{first}</ul> }.into_any();
            }
            let total = scores.len();
            let owned = Arc::new(value.clone());
            let rest = move |range: Range<usize>, _: Ctx| {
                let chunk = match classify(&owned) {
                    MetaKind::Scores(all) => {
                        Some(score_items(all.iter().skip(range.start).take(range.len())))
                    }
                    _ => None,
                };
                view! { <ul class="anp-meta__scores">{chunk}</ul> }.into_any()
            };
            view! {
                <ul class="anp-meta__scores">{first}</ul>
                {more(ctx, ctx.page, total, rest)}
            }
            .into_any()
        }
        _ if depth + 1 >= ctx.collapse_depth && is_nonempty_collection(value) => {
            collapsed(value, ctx)
        }
        MetaKind::List([]) => view! { <span class="anp-meta__empty">"none"</span> }.into_any(),
        MetaKind::List(_) => paged_list(value, depth, ctx, false),
        MetaKind::Records { columns, .. } if ctx.layout == MetaLayout::Table => {
            records_table(value, &columns, depth, ctx)
        }
        MetaKind::Records { .. } => paged_list(value, depth, ctx, true),
        MetaKind::Group(map) if map.is_empty() => {
            view! { <span class="anp-meta__empty">"empty"</span> }.into_any()
        }
        MetaKind::Group(map) => paged_map(Arc::new(map.clone()), depth + 1, ctx),
    }
}

fn score_items<'a>(
    scores: impl Iterator<Item = &'a (&'a str, &'a serde_json::Number)>,
) -> Vec<AnyView> {
    scores
        .map(|(label, raw)| {
            let label = (*label).to_owned();
            view! {
                <li class="anp-meta__score">
                    <span class="anp-meta__score-label">
                        {label.clone()}<span class="anp-meta__sep">": "</span>
                    </span>
                    <data class="anp-meta__score-value" value=raw.to_string()>
                        {format_number(raw)}
                    </data>
                    <meter class="anp-meta__meter" min="0" max="100" value=raw.to_string() aria-label=label></meter>
                </li>
            }
            .into_any()
        })
        .collect()
}

fn is_nonempty_collection(value: &Value) -> bool {
    match value {
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
        _ => false,
    }
}

/// A list (or list of records) of an array value; items past the page wait behind a button.
fn paged_list(value: &Value, depth: usize, ctx: Ctx, records: bool) -> AnyView {
    let Value::Array(items) = value else {
        return ().into_any();
    };
    let (list_class, item_class) = if records {
        ("anp-meta__records", "anp-meta__record")
    } else {
        ("anp-meta__items", "anp-meta__item")
    };
    let render = move |item: &Value, ctx: Ctx| {
        let inner = match item {
            Value::Object(map) if records => paged_map(Arc::new(map.clone()), depth + 1, ctx),
            other => render_value(other, depth + 1, ctx),
        };
        view! { <li class=item_class>{inner}</li> }
    };
    let first = items
        .iter()
        .take(ctx.page)
        .map(|item| render(item, ctx))
        .collect_view();
    if items.len() <= ctx.page {
        return view! { <ul class=list_class>{first}</ul> }.into_any();
    }
    let total = items.len();
    let owned = Arc::new(value.clone());
    let rest = move |range: Range<usize>, ctx: Ctx| {
        let chunk = owned.as_array().map(|a| {
            a.iter()
                .skip(range.start)
                .take(range.len())
                .map(|item| render(item, ctx))
                .collect_view()
        });
        view! { <ul class=list_class>{chunk}</ul> }.into_any()
    };
    view! {
        <ul class=list_class>{first}</ul>
        {more(ctx, ctx.page, total, rest)}
    }
    .into_any()
}

fn records_table(value: &Value, columns: &[&str], depth: usize, ctx: Ctx) -> AnyView {
    let Value::Array(items) = value else {
        return ().into_any();
    };
    let head = columns
        .iter()
        .map(|c| view! { <th scope="col">{(*c).to_owned()}</th> })
        .collect_view();
    let columns: Arc<Vec<String>> = Arc::new(columns.iter().map(|c| (*c).to_owned()).collect());
    let row = {
        let columns = columns.clone();
        move |item: &Value, ctx: Ctx| {
            let cells = columns
                .iter()
                .map(|c| match item.get(c) {
                    Some(v) => view! { <td>{render_value(v, depth + 1, ctx)}</td> }.into_any(),
                    None => view! {
                        <td>
                            <span class="anp-meta__null" title="missing">"—"</span>
                        </td>
                    }
                    .into_any(),
                })
                .collect_view();
            view! { <tr>{cells}</tr> }
        }
    };
    let first = items
        .iter()
        .take(ctx.page)
        .map(|item| row(item, ctx))
        .collect_view();
    let rest = (items.len() > ctx.page).then(|| {
        let owned = Arc::new(value.clone());
        let total = items.len();
        let rest = move |range: Range<usize>, ctx: Ctx| {
            let chunk = owned.as_array().map(|a| {
                a.iter()
                    .skip(range.start)
                    .take(range.len())
                    .map(|item| row(item, ctx))
                    .collect_view()
            });
            view! {
                <div class="anp-meta__table-wrap">
                    <table class="anp-meta__table">
                        <tbody>{chunk}</tbody>
                    </table>
                </div>
            }
            .into_any()
        };
        more(ctx, ctx.page, total, rest)
    });
    view! {
        <div class="anp-meta__table-wrap" tabindex="0">
            <table class="anp-meta__table">
                <thead>
                    <tr>{head}</tr>
                </thead>
                <tbody>{first}</tbody>
            </table>
        </div>
        {rest}
    }
    .into_any()
}

/// Past the collapse depth: a button that renders the value on demand, with the
/// depth counted afresh so each expansion shows a few more levels.
fn collapsed(value: &Value, ctx: Ctx) -> AnyView {
    if cfg!(feature = "ssr") && ctx.static_html {
        let inner = render_value(value, 0, ctx.expanded());
        return view! {
            <div class="anp-meta__collapsed">
                <noscript>{inner}</noscript>
            </div>
        }
        .into_any();
    }
    let (noun, count) = match value {
        Value::Array(a) => ("list", a.len()),
        Value::Object(o) => ("group", o.len()),
        _ => ("value", 0),
    };
    let owned = Arc::new(value.clone());
    let open = RwSignal::new(false);
    let label = format!(
        "Show nested {noun} ({} {})",
        format_number(&count.into()),
        if count == 1 { "entry" } else { "entries" }
    );
    view! {
        <div class="anp-meta__collapsed">
            <button
                type="button"
                class="anp-meta__expand"
                aria-expanded=move || open.get().to_string()
                hidden=move || open.get()
                on:click=move |_| open.set(true)
            >
                {label}
            </button>
            {move || open.get().then(|| render_value(&owned, 0, ctx))}
        </div>
    }
    .into_any()
}

/// Items per revealed wrapper after "Show N more".
const REVEAL_CHUNK: usize = 250;

/// Reveal more wrappers, and schedule the next frame's until all are shown. The first
/// frame shows one wrapper, so the first new entries paint at once; each later frame
/// doubles what is shown (1, 2, 4 … wrappers), so 10,000 entries take 7 frames rather
/// than 40 and the page is laid out 7 times instead of 40 while it grows.
fn reveal(chunks: RwSignal<usize>, needed: usize) {
    let Some(shown) = chunks.try_update(|c| {
        *c = (*c + (*c).max(1)).min(needed);
        *c
    }) else {
        return; // unmounted meanwhile
    };
    if shown < needed {
        request_animation_frame(move || reveal(chunks, needed));
    }
}

/// "Show N more" for the items `start..total`; once clicked, `render` draws them
/// chunk by chunk.
#[component]
fn ShowMore<F>(start: usize, total: usize, render: F) -> impl IntoView
where
    F: Fn(Range<usize>) -> AnyView + Send + Sync + 'static,
{
    let render = Arc::new(render);
    let chunks = RwSignal::new(0usize);
    let hidden = total.saturating_sub(start);
    let needed = hidden.div_ceil(REVEAL_CHUNK);
    let label = format!("Show {} more", format_number(&hidden.into()));
    view! {
        <For
            each=move || 0..chunks.get()
            key=|chunk| *chunk
            children=move |chunk| {
                let from = start + chunk * REVEAL_CHUNK;
                render(from..(from + REVEAL_CHUNK).min(total))
            }
        />
        <button
            type="button"
            class="anp-meta__more"
            hidden=move || { chunks.get() > 0 }
            on:click=move |_| reveal(chunks, needed)
        >
            {label}
        </button>
    }
}
