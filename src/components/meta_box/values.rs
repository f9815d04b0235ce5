//! One meta value per the format's Meta table: text, links, numbers, badges, lists,
//! records, groups, meters and flags, recursively.
//!
//! A value that needs no button (no collection past the page size, none past the
//! collapse depth) is written as static markup ([`HtmlWriter`]), whole: that is
//! nearly every value. Only the collections on the way to a button are views, and
//! the static runs between their interactive items are markup again.

use std::ops::Range;
use std::sync::Arc;

use leptos::prelude::*;

use crate::components::kept::IntoAnyKept;
use crate::components::markup::HtmlWriter;
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

fn strings() -> Strings {
    use_context::<Strings>().unwrap_or_default()
}

/// Whether rendering `value` at `depth` puts a button on the page ("Show N more", a
/// disclosure): then it is a view, otherwise static markup. Mirrors [`kind_view`].
fn interactive(value: &Value, depth: usize, ctx: Ctx) -> bool {
    match classify(value) {
        MetaKind::Scores(items) => items.len() > ctx.page,
        MetaKind::Flags(items) => items.len() > ctx.page,
        _ if depth + 1 >= ctx.collapse_depth && is_nonempty_collection(value) => true,
        MetaKind::List(items) => {
            items.len() > ctx.page || items.iter().any(|i| item_interactive(i, false, depth, ctx))
        }
        MetaKind::Records { items, columns } if ctx.layout == MetaLayout::Table => {
            items.len() > ctx.page
                || items
                    .iter()
                    .any(|i| row_interactive(i, &columns, depth, ctx))
        }
        MetaKind::Records { items, .. } => {
            items.len() > ctx.page || items.iter().any(|i| item_interactive(i, true, depth, ctx))
        }
        MetaKind::Group(map) => map_interactive(map, depth + 1, ctx),
        _ => false,
    }
}

/// A map whose entries are at `depth`.
fn map_interactive(map: &Map<String, Value>, depth: usize, ctx: Ctx) -> bool {
    map.len() > ctx.page || map.values().any(|v| interactive(v, depth, ctx))
}

/// An item of a list at `depth` (a record's entries, or the item itself, one deeper).
fn item_interactive(item: &Value, records: bool, depth: usize, ctx: Ctx) -> bool {
    match item {
        Value::Object(map) if records => map_interactive(map, depth + 1, ctx),
        other => interactive(other, depth + 1, ctx),
    }
}

/// A row of a table at `depth` (its cells are one deeper).
fn row_interactive(item: &Value, columns: &[impl AsRef<str>], depth: usize, ctx: Ctx) -> bool {
    columns.iter().any(|c| {
        item.get(c.as_ref())
            .is_some_and(|v| interactive(v, depth + 1, ctx))
    })
}

/// Views for `items`: each interactive one through `view`, every run of static ones
/// between them as one markup through `write`.
fn runs<T>(
    items: impl Iterator<Item = T>,
    is_view: impl Fn(&T) -> bool,
    mut write: impl FnMut(&mut HtmlWriter, T),
    view: impl Fn(T) -> AnyView,
) -> Vec<AnyView> {
    let mut out = Vec::new();
    let mut run = HtmlWriter::default();
    for item in items {
        if is_view(&item) {
            run.flush_into(&mut out);
            out.push(view(item));
        } else {
            write(&mut run, item);
        }
    }
    run.flush_into(&mut out);
    out
}

/// A map's entries, as the top-level list (`depth == 0`) or a nested group.
pub(super) fn paged_map(map: Arc<Map<String, Value>>, depth: usize, ctx: Ctx) -> AnyView {
    let class = map_class(depth);
    let total = map.len();
    paged(
        ctx,
        total,
        Arc::new(move |range: Range<usize>, ctx: Ctx| {
            let strings = strings();
            let chunk = runs(
                map.iter().skip(range.start).take(range.len()),
                |(_, value)| interactive(value, depth, ctx),
                |h, (key, value)| write_entry(h, &strings, key, value, depth, ctx),
                |(key, value)| entry_view(key, value, depth, ctx),
            );
            view! { <dl class=class>{chunk}</dl> }.into_any_kept()
        }),
    )
}

fn map_class(depth: usize) -> &'static str {
    if depth == 0 {
        "anp-meta__entries"
    } else {
        "anp-meta__group"
    }
}

/// An entry whose value has a button somewhere inside.
fn entry_view(key: &str, value: &Value, depth: usize, ctx: Ctx) -> AnyView {
    let kind = classify(value);
    let name = kind.name();
    let mut dt = HtmlWriter::default();
    write_key(&mut dt, key);
    view! {
        <div class="anp-meta__entry" data-kind=name>
            {dt.finish()}
            <dd class="anp-meta__value">{kind_view(value, kind, depth, ctx)}</dd>
        </div>
    }
    .into_any_kept()
}

/// A key or label with its ": " separator inside it, direction from its own text.
fn write_label(h: &mut HtmlWriter, name: &'static str, class: &'static str, text: &str) {
    h.tag(name).attr("class", class).attr("dir", "auto");
    h.text(text).leaf("span", "anp-meta__sep", ": ").end();
}

fn write_key(h: &mut HtmlWriter, key: &str) {
    write_label(h, "dt", "anp-meta__key", key);
}

fn write_entry(
    h: &mut HtmlWriter,
    strings: &Strings,
    key: &str,
    value: &Value,
    depth: usize,
    ctx: Ctx,
) {
    // Classified once: the kind names the entry and picks its writer.
    let kind = classify(value);
    h.tag("div")
        .attr("class", "anp-meta__entry")
        .attr("data-kind", kind.name());
    write_key(h, key);
    h.tag("dd").attr("class", "anp-meta__value");
    write_kind(h, strings, kind, depth, ctx);
    h.end().end();
}

fn write_value(h: &mut HtmlWriter, strings: &Strings, value: &Value, depth: usize, ctx: Ctx) {
    write_kind(h, strings, classify(value), depth, ctx)
}

/// The markup of a value without buttons (see [`interactive`]).
fn write_kind(h: &mut HtmlWriter, strings: &Strings, kind: MetaKind<'_>, depth: usize, ctx: Ctx) {
    match kind {
        MetaKind::Text(s) => {
            let class = if has_unbroken_run(s) {
                "anp-meta__text anp-meta__text--unbroken"
            } else {
                "anp-meta__text"
            };
            h.leaf_auto("span", class, s);
        }
        MetaKind::Link(url) => {
            h.tag("a")
                .attr("class", "anp-meta__link")
                .attr("href", url)
                .attr("rel", "noopener noreferrer nofollow")
                .attr("dir", "auto");
            h.text(url).end();
        }
        MetaKind::Number(n) => write_number(h, strings, n, "anp-meta__number"),
        MetaKind::Bool(b) => {
            let (class, text) = if b {
                ("anp-meta__badge anp-meta__badge--yes", Text::Yes)
            } else {
                ("anp-meta__badge anp-meta__badge--no", Text::No)
            };
            h.tag("span")
                .attr("class", class)
                .attr("lang", strings.tag());
            h.text(strings.text(text)).end();
        }
        MetaKind::Null => {
            h.tag("span")
                .attr("class", "anp-meta__null")
                .attr("title", "null");
            h.text("—").end();
        }
        MetaKind::Scores(scores) => {
            h.tag("ul").attr("class", "anp-meta__scores");
            for (label, n) in scores {
                write_score(h, strings, label, n);
            }
            h.end();
        }
        MetaKind::Flags(flags) => {
            h.tag("ul").attr("class", "anp-meta__flags");
            for (label, n, on) in flags {
                write_flag(h, strings, label, n, on);
            }
            h.end();
        }
        MetaKind::List([]) => {
            h.leaf("span", "anp-meta__empty", "none");
        }
        MetaKind::List(items) => {
            h.tag("ul").attr("class", "anp-meta__items");
            for item in items {
                write_item(h, strings, item, false, depth, ctx);
            }
            h.end();
        }
        MetaKind::Records { items, columns } if ctx.layout == MetaLayout::Table => {
            h.tag("div")
                .attr("class", "anp-meta__table-wrap")
                .attr("tabindex", "0");
            h.tag("table").attr("class", "anp-meta__table");
            write_table_head(h, &columns);
            h.tag("tbody");
            for item in items {
                write_row(h, strings, item, &columns, depth, ctx);
            }
            h.end().end().end();
        }
        MetaKind::Records { items, .. } => {
            h.tag("ul").attr("class", "anp-meta__records");
            for item in items {
                write_item(h, strings, item, true, depth, ctx);
            }
            h.end();
        }
        MetaKind::Group(map) if map.is_empty() => {
            h.leaf("span", "anp-meta__empty", "empty");
        }
        MetaKind::Group(map) => {
            h.tag("dl").attr("class", map_class(depth + 1));
            for (key, value) in map {
                write_entry(h, strings, key, value, depth + 1, ctx);
            }
            h.end();
        }
    }
}

/// A number as published, grouped for reading, with the exact digits in `value`.
fn write_number(h: &mut HtmlWriter, strings: &Strings, n: &Number, class: &'static str) {
    h.tag("data").attr("class", class).attr("value", n.as_str());
    h.text(&strings.number(n.as_str())).end();
}

fn write_score(h: &mut HtmlWriter, strings: &Strings, label: &str, n: &Number) {
    h.tag("li").attr("class", "anp-meta__score");
    write_label(h, "span", "anp-meta__score-label", label);
    write_number(h, strings, n, "anp-meta__score-value");
    h.tag("meter")
        .attr("class", "anp-meta__meter")
        .attr("min", "0")
        .attr("max", "100")
        .attr("value", n.as_str())
        .attr("aria-label", label)
        .end();
    h.end();
}

/// A flag: an on/off mark (drawn by CSS, hidden from screen readers, which read the
/// number), the label and the number as published.
fn write_flag(h: &mut HtmlWriter, strings: &Strings, label: &str, n: &Number, on: bool) {
    h.tag("li")
        .attr("class", "anp-meta__flag")
        .attr("data-on", if on { "true" } else { "false" });
    h.tag("span")
        .attr("class", "anp-meta__flag-mark")
        .attr("aria-hidden", "true")
        .end();
    write_label(h, "span", "anp-meta__flag-label", label);
    write_number(h, strings, n, "anp-meta__flag-value");
    h.end();
}

/// The class of a list item: records, nested collections (no bullet of their own, so
/// nested lists step in evenly instead of stacking bullets on one line), or plain.
fn item_class(item: &Value, records: bool) -> &'static str {
    match item {
        Value::Object(_) if records => "anp-meta__record",
        other if is_nonempty_collection(other) => "anp-meta__item anp-meta__item--nested",
        _ => "anp-meta__item",
    }
}

fn write_item(
    h: &mut HtmlWriter,
    strings: &Strings,
    item: &Value,
    records: bool,
    depth: usize,
    ctx: Ctx,
) {
    h.tag("li").attr("class", item_class(item, records));
    match item {
        Value::Object(map) if records => {
            h.tag("dl").attr("class", map_class(depth + 1));
            for (key, value) in map {
                write_entry(h, strings, key, value, depth + 1, ctx);
            }
            h.end();
        }
        other => write_value(h, strings, other, depth + 1, ctx),
    }
    h.end();
}

fn write_table_head(h: &mut HtmlWriter, columns: &[impl AsRef<str>]) {
    h.tag("thead").tag("tr");
    for column in columns {
        h.tag("th").attr("scope", "col").attr("dir", "auto");
        h.text(column.as_ref()).end();
    }
    h.end().end();
}

fn write_row(
    h: &mut HtmlWriter,
    strings: &Strings,
    item: &Value,
    columns: &[impl AsRef<str>],
    depth: usize,
    ctx: Ctx,
) {
    h.tag("tr");
    for column in columns {
        h.tag("td");
        match item.get(column.as_ref()) {
            Some(v) => write_value(h, strings, v, depth + 1, ctx),
            None => {
                h.tag("span")
                    .attr("class", "anp-meta__null")
                    .attr("title", "missing");
                h.text("—").end();
            }
        }
        h.end();
    }
    h.end();
}

fn is_nonempty_collection(value: &Value) -> bool {
    match value {
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
        _ => false,
    }
}

/// The view of a value with a button inside (see [`interactive`]).
fn kind_view(value: &Value, kind: MetaKind<'_>, depth: usize, ctx: Ctx) -> AnyView {
    match kind {
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
        MetaKind::List(items) => paged_list(items, depth, ctx, false),
        MetaKind::Records { items, columns } if ctx.layout == MetaLayout::Table => {
            records_table(items, &columns, depth, ctx)
        }
        MetaKind::Records { items, .. } => paged_list(items, depth, ctx, true),
        MetaKind::Group(map) => paged_map(Arc::new(map.clone()), depth + 1, ctx),
        // Nothing else has a button; written as markup should it get here.
        kind => {
            let mut h = HtmlWriter::default();
            write_kind(&mut h, &strings(), kind, depth, ctx);
            h.finish().into_any_kept()
        }
    }
}

fn value_view(value: &Value, depth: usize, ctx: Ctx) -> AnyView {
    if interactive(value, depth, ctx) {
        kind_view(value, classify(value), depth, ctx)
    } else {
        let mut h = HtmlWriter::default();
        write_value(&mut h, &strings(), value, depth, ctx);
        h.finish().into_any_kept()
    }
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
    paged(
        ctx,
        owned.len(),
        Arc::new(move |range: Range<usize>, _: Ctx| {
            let strings = strings();
            let mut h = HtmlWriter::default();
            for (label, n, on) in owned.iter().skip(range.start).take(range.len()) {
                match on {
                    Some(on) => write_flag(&mut h, &strings, label, n, *on),
                    None => write_score(&mut h, &strings, label, n),
                }
            }
            view! { <ul class=list_class>{h.finish()}</ul> }.into_any_kept()
        }),
    )
}

/// A list (or list of records) of an array value.
fn paged_list(items: &[Value], depth: usize, ctx: Ctx, records: bool) -> AnyView {
    let list_class = if records {
        "anp-meta__records"
    } else {
        "anp-meta__items"
    };
    let owned = Arc::new(items.to_vec());
    paged(
        ctx,
        items.len(),
        Arc::new(move |range: Range<usize>, ctx: Ctx| {
            let strings = strings();
            let chunk = runs(
                owned.iter().skip(range.start).take(range.len()),
                |item| item_interactive(item, records, depth, ctx),
                |h, item| write_item(h, &strings, item, records, depth, ctx),
                |item| {
                    let inner = match item {
                        Value::Object(map) if records => {
                            paged_map(Arc::new(map.clone()), depth + 1, ctx)
                        }
                        other => value_view(other, depth + 1, ctx),
                    };
                    view! { <li class=item_class(item, records)>{inner}</li> }.into_any_kept()
                },
            );
            view! { <ul class=list_class>{chunk}</ul> }.into_any_kept()
        }),
    )
}

fn records_table(items: &[Value], columns: &[&str], depth: usize, ctx: Ctx) -> AnyView {
    let columns: Arc<Vec<String>> = Arc::new(columns.iter().map(|c| (*c).to_owned()).collect());
    let owned = Arc::new(items.to_vec());
    paged(
        ctx,
        items.len(),
        Arc::new(move |range: Range<usize>, ctx: Ctx| {
            let strings = strings();
            // Only the first page carries the head; later pages continue its columns.
            let mut head = HtmlWriter::default();
            if range.start == 0 {
                write_table_head(&mut head, &columns);
            }
            let rows = runs(
                owned.iter().skip(range.start).take(range.len()),
                |item| row_interactive(item, &columns, depth, ctx),
                |h, item| write_row(h, &strings, item, &columns, depth, ctx),
                |item| {
                    let cells = columns
                        .iter()
                        .map(|c| match item.get(c) {
                            Some(v) => {
                                view! { <td>{value_view(v, depth + 1, ctx)}</td> }.into_any_kept()
                            }
                            None => {
                                let mut h = HtmlWriter::default();
                                h.tag("td")
                                    .tag("span")
                                    .attr("class", "anp-meta__null")
                                    .attr("title", "missing");
                                h.text("—");
                                h.finish().into_any_kept()
                            }
                        })
                        .collect_view();
                    view! { <tr>{cells}</tr> }.into_any_kept()
                },
            );
            view! {
                <div class="anp-meta__table-wrap" tabindex="0">
                    <table class="anp-meta__table">{head.finish()} <tbody>{rows}</tbody></table>
                </div>
            }
            .into_any_kept()
        }),
    )
}

/// Past the collapse depth: a disclosure button that renders the value on demand, with
/// the depth counted afresh so each expansion shows a few more levels. The button stays
/// where it is (and keeps focus) and folds the value away again.
fn collapsed(value: &Value, ctx: Ctx) -> AnyView {
    if cfg!(feature = "ssr") && ctx.static_html {
        let inner = value_view(value, 0, ctx.expanded());
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
    let strings = strings();
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
            {move || open.get().then(|| value_view(&owned, 0, ctx))}
        </div>
    }
    .into_any_kept()
}
