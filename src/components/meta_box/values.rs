//! One meta value per the format's Meta table: text, links, numbers, badges, lists,
//! records, groups, meters and flags, recursively.

use std::ops::Range;
use std::sync::Arc;

use leptos::prelude::*;

use crate::components::kept::{Fixed, IntoAnyKept};
use serde_json::{Map, Number, Value};

use super::paging::paged;
use super::{Ctx, MetaLayout};
use crate::i18n::{Strings, Text};
use crate::model::{classify, MetaKind};

/// A text without a break opportunity this long (a hash, a token, a path) may break
/// anywhere; shorter words stay whole, even in a squeezed table column.
const UNBROKEN_RUN: usize = 20;

fn has_unbroken_run(text: &str) -> bool {
    text.split_whitespace()
        .any(|word| word.chars().nth(UNBROKEN_RUN).is_some())
}

/// A map's entries, as the top-level list (`depth == 0`) or a nested group.
pub(super) fn paged_map(map: Arc<Map<String, Value>>, depth: usize, ctx: Ctx) -> AnyView {
    let class = if depth == 0 {
        "anp-meta__entries"
    } else {
        "anp-meta__group"
    };
    let total = map.len();
    paged(ctx, total, move |range: Range<usize>, ctx: Ctx| {
        let chunk = map
            .iter()
            .skip(range.start)
            .take(range.len())
            .map(|(key, value)| entry(key, value, depth, ctx))
            .collect_view();
        view! { <dl class=class>{chunk}</dl> }.into_any_kept()
    })
}

/// One entry. Not erased: its state stays inline in the list's `Vec` instead of a
/// box of its own (one per entry per widget).
fn entry(key: &str, value: &Value, depth: usize, ctx: Ctx) -> impl IntoView {
    // Classified once: the kind names the entry and picks its renderer.
    let kind = classify(value);
    let name = kind.name();
    view! {
        <div class="anp-meta__entry" data-kind=name>
            <dt class="anp-meta__key" dir="auto">
                {Fixed(key.to_owned())}<span class="anp-meta__sep">": "</span>
            </dt>
            <dd class="anp-meta__value">{render_kind(value, kind, depth, ctx)}</dd>
        </div>
    }
}

fn render_value(value: &Value, depth: usize, ctx: Ctx) -> AnyView {
    render_kind(value, classify(value), depth, ctx)
}

fn render_kind(value: &Value, kind: MetaKind<'_>, depth: usize, ctx: Ctx) -> AnyView {
    match kind {
        MetaKind::Text(s) => {
            let class = if has_unbroken_run(s) {
                "anp-meta__text anp-meta__text--unbroken"
            } else {
                "anp-meta__text"
            };
            view! { <span class=class dir="auto">{Fixed(s.to_owned())}</span> }.into_any_kept()
        }
        MetaKind::Link(url) => view! {
            <a class="anp-meta__link" href=url.to_owned() rel="noopener noreferrer nofollow" dir="auto">
                {Fixed(url.to_owned())}
            </a>
        }
        .into_any_kept(),
        MetaKind::Number(n) => number(n, "anp-meta__number"),
        MetaKind::Bool(b) => {
            let strings = use_context::<Strings>().unwrap_or_default();
            let (class, text) = if b {
                ("anp-meta__badge anp-meta__badge--yes", Text::Yes)
            } else {
                ("anp-meta__badge anp-meta__badge--no", Text::No)
            };
            let text = strings.text(text).to_owned();
            view! { <span class=class lang=strings.tag()>{text}</span> }.into_any_kept()
        }
        MetaKind::Null => view! { <span class="anp-meta__null" title="null">"—"</span> }.into_any_kept(),
        MetaKind::Scores(scores) => labelled_numbers(
            ctx,
            scores.into_iter().map(|(l, n)| (l, n, None)),
            "anp-meta__scores",
        ),
        MetaKind::Flags(flags) => labelled_numbers(
            ctx,
            flags.into_iter().map(|(l, n, on)| (l, n, Some(on))),
            "anp-meta__flags",
        ),
        _ if depth + 1 >= ctx.collapse_depth && is_nonempty_collection(value) => {
            collapsed(value, ctx)
        }
        MetaKind::List([]) => view! { <span class="anp-meta__empty">"none"</span> }.into_any_kept(),
        MetaKind::List(_) => paged_list(value, depth, ctx, false),
        MetaKind::Records { columns, .. } if ctx.layout == MetaLayout::Table => {
            records_table(value, &columns, depth, ctx)
        }
        MetaKind::Records { .. } => paged_list(value, depth, ctx, true),
        MetaKind::Group(map) if map.is_empty() => {
            view! { <span class="anp-meta__empty">"empty"</span> }.into_any_kept()
        }
        MetaKind::Group(map) => paged_map(Arc::new(map.clone()), depth + 1, ctx),
    }
}

/// A number as published, grouped for reading, with the exact digits in `value`.
fn number(n: &Number, class: &'static str) -> AnyView {
    let text = use_context::<Strings>()
        .unwrap_or_default()
        .number(n.as_str());
    view! { <data class=class value=n.to_string()>{Fixed(text)}</data> }.into_any_kept()
}

/// Scores (`on` is `None`) or flags, paged like every collection.
fn labelled_numbers<'a>(
    ctx: Ctx,
    items: impl Iterator<Item = (&'a str, &'a Number, Option<bool>)>,
    list_class: &'static str,
) -> AnyView {
    let owned: Arc<Vec<(String, Number, Option<bool>)>> = Arc::new(
        items
            .map(|(label, n, on)| (label.to_owned(), n.clone(), on))
            .collect(),
    );
    paged(ctx, owned.len(), move |range: Range<usize>, _: Ctx| {
        let items = owned
            .iter()
            .skip(range.start)
            .take(range.len())
            .map(|(label, n, on)| match on {
                Some(on) => flag_item(label, n, *on),
                None => score_item(label, n),
            })
            .collect_view();
        view! { <ul class=list_class>{items}</ul> }.into_any_kept()
    })
}

fn score_item(label: &str, n: &Number) -> AnyView {
    view! {
        <li class="anp-meta__score">
            <span class="anp-meta__score-label" dir="auto">
                {Fixed(label.to_owned())}<span class="anp-meta__sep">": "</span>
            </span>
            {number(n, "anp-meta__score-value")}
            <meter
                class="anp-meta__meter"
                min="0"
                max="100"
                value=n.to_string()
                aria-label=label.to_owned()
            ></meter>
        </li>
    }
    .into_any_kept()
}

/// A flag: an on/off mark (drawn by CSS, hidden from screen readers, which read the
/// number), the label and the number as published.
fn flag_item(label: &str, n: &Number, on: bool) -> AnyView {
    view! {
        <li class="anp-meta__flag" data-on=on.to_string()>
            <span class="anp-meta__flag-mark" aria-hidden="true"></span>
            <span class="anp-meta__flag-label" dir="auto">
                {Fixed(label.to_owned())}<span class="anp-meta__sep">": "</span>
            </span>
            {number(n, "anp-meta__flag-value")}
        </li>
    }
    .into_any_kept()
}

fn is_nonempty_collection(value: &Value) -> bool {
    match value {
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
        _ => false,
    }
}

/// A list (or list of records) of an array value.
fn paged_list(value: &Value, depth: usize, ctx: Ctx, records: bool) -> AnyView {
    let Value::Array(items) = value else {
        return ().into_any_kept();
    };
    let list_class = if records {
        "anp-meta__records"
    } else {
        "anp-meta__items"
    };
    let render = move |item: &Value, ctx: Ctx| {
        let (class, inner) = match item {
            Value::Object(map) if records => (
                "anp-meta__record",
                paged_map(Arc::new(map.clone()), depth + 1, ctx),
            ),
            // A list or group inside a list: no bullet of its own, so nested lists
            // step in evenly instead of stacking bullets on one line.
            other if is_nonempty_collection(other) => (
                "anp-meta__item anp-meta__item--nested",
                render_value(other, depth + 1, ctx),
            ),
            other => ("anp-meta__item", render_value(other, depth + 1, ctx)),
        };
        view! { <li class=class>{inner}</li> }
    };
    let owned = Arc::new(items.clone());
    paged(ctx, items.len(), move |range: Range<usize>, ctx: Ctx| {
        let chunk = owned
            .iter()
            .skip(range.start)
            .take(range.len())
            .map(|item| render(item, ctx))
            .collect_view();
        view! { <ul class=list_class>{chunk}</ul> }.into_any_kept()
    })
}

fn records_table(value: &Value, columns: &[&str], depth: usize, ctx: Ctx) -> AnyView {
    let Value::Array(items) = value else {
        return ().into_any_kept();
    };
    let columns: Arc<Vec<String>> = Arc::new(columns.iter().map(|c| (*c).to_owned()).collect());
    let row = {
        let columns = columns.clone();
        move |item: &Value, ctx: Ctx| {
            let cells = columns
                .iter()
                .map(|c| match item.get(c) {
                    Some(v) => view! { <td>{render_value(v, depth + 1, ctx)}</td> }.into_any_kept(),
                    None => view! {
                        <td>
                            <span class="anp-meta__null" title="missing">"—"</span>
                        </td>
                    }
                    .into_any_kept(),
                })
                .collect_view();
            view! { <tr>{cells}</tr> }
        }
    };
    let owned = Arc::new(items.clone());
    paged(ctx, items.len(), move |range: Range<usize>, ctx: Ctx| {
        // Only the first page carries the head; later pages continue its columns.
        let head = (range.start == 0).then(|| {
            let cells = columns
                .iter()
                .map(|c| view! { <th scope="col" dir="auto">{c.clone()}</th> })
                .collect_view();
            view! {
                <thead>
                    <tr>{cells}</tr>
                </thead>
            }
        });
        let rows = owned
            .iter()
            .skip(range.start)
            .take(range.len())
            .map(|item| row(item, ctx))
            .collect_view();
        view! {
            <div class="anp-meta__table-wrap" tabindex="0">
                <table class="anp-meta__table">{head} <tbody>{rows}</tbody></table>
            </div>
        }
        .into_any_kept()
    })
}

/// Past the collapse depth: a disclosure button that renders the value on demand, with
/// the depth counted afresh so each expansion shows a few more levels. The button stays
/// where it is (and keeps focus) and folds the value away again.
fn collapsed(value: &Value, ctx: Ctx) -> AnyView {
    if cfg!(feature = "ssr") && ctx.static_html {
        let inner = render_value(value, 0, ctx.expanded());
        return view! {
            <div class="anp-meta__collapsed">
                <noscript>{inner}</noscript>
            </div>
        }
        .into_any_kept();
    }
    let (show, hide, count) = match value {
        Value::Array(a) => (Text::ShowList, Text::HideList, a.len()),
        Value::Object(o) => (Text::ShowGroup, Text::HideGroup, o.len()),
        _ => (Text::ShowGroup, Text::HideGroup, 0),
    };
    let strings = use_context::<Strings>().unwrap_or_default();
    let owned = Arc::new(value.clone());
    let open = RwSignal::new(false);
    let show = strings.count(show, count);
    let hide = strings.text(hide).to_owned();
    view! {
        <div class="anp-meta__collapsed">
            <button
                type="button"
                class="anp-meta__expand"
                lang=strings.tag()
                aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {move || if open.get() { hide.clone() } else { show.clone() }}
            </button>
            {move || open.get().then(|| render_value(&owned, 0, ctx))}
        </div>
    }
    .into_any_kept()
}
