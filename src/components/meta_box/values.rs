//! One meta value per the format's Meta table: text, links, numbers, badges, lists,
//! records, groups, meters and flags, recursively, written as static markup
//! ([`HtmlWriter`]). The buttons ("Show N more", disclosure) are markup too: each
//! names its collection by its path of indices from the meta root
//! (`data-anp-path`), and the box's one click listener ([`super::paging`]) writes
//! what they reveal with these same writers.

use serde_json::{Map, Number, Value};

use super::{Ctx, MetaLayout};
use crate::components::markup::HtmlWriter;
use crate::i18n::{Strings, Text};
use crate::model::{
    classify, is_absolute_web_url, read_date, Decimal, DisplayKind, MetaKind, ShapedEntry,
};

/// A text without a break opportunity this long (a hash, a token, a path) may break
/// anywhere; shorter words stay whole, even in a squeezed table column.
const UNBROKEN_RUN: usize = 20;

fn has_unbroken_run(text: &str) -> bool {
    // No more characters than bytes: most values are short words, decided here.
    if text.len() <= UNBROKEN_RUN {
        return false;
    }
    // One pass, counting the characters since the last white space.
    let mut run = 0;
    text.chars().any(|c| {
        run = if c.is_whitespace() { 0 } else { run + 1 };
        run > UNBROKEN_RUN
    })
}

/// Where values are written: the markup, the reader's words, the box's settings and
/// the path (indices from the meta root) of the value being written.
pub(super) struct Out<'a> {
    pub h: HtmlWriter,
    pub strings: &'a Strings,
    pub ctx: Ctx,
    pub path: Vec<usize>,
    /// A meta profile's labels and kinds for the root entries, by position (the root
    /// map is then the profile's shaped meta).
    pub entries: Option<&'a [ShapedEntry]>,
}

impl<'a> Out<'a> {
    pub fn new(strings: &'a Strings, ctx: Ctx, path: Vec<usize>) -> Self {
        Self {
            h: HtmlWriter::default(),
            strings,
            ctx,
            path,
            entries: None,
        }
    }

    /// This writer, with a profile's labels and kinds for the root entries.
    pub fn with_entries(mut self, entries: Option<&'a [ShapedEntry]>) -> Self {
        self.entries = entries;
        self
    }

    /// Writes the child at `index` of the current value.
    fn at(&mut self, index: usize, write: impl FnOnce(&mut Self)) {
        self.path.push(index);
        write(self);
        self.path.pop();
    }

    fn path_attr(&self) -> String {
        let mut text = String::new();
        for (i, index) in self.path.iter().enumerate() {
            if i > 0 {
                text.push('.');
            }
            text.push_str(&index.to_string());
        }
        text
    }
}

/// A collection, paged the same way whatever its kind: map entries, scores, flags,
/// list items, records (a table in the `table` layout).
pub(super) enum Coll<'v> {
    Map(&'v Map<String, Value>),
    Scores(Vec<(&'v str, &'v Number)>),
    Flags(Vec<(&'v str, &'v Number, bool)>),
    List(&'v [Value]),
    Records {
        items: &'v [Value],
        columns: Vec<&'v str>,
    },
}

impl<'v> Coll<'v> {
    pub fn len(&self) -> usize {
        match self {
            Coll::Map(m) => m.len(),
            Coll::Scores(s) => s.len(),
            Coll::Flags(f) => f.len(),
            Coll::List(items) | Coll::Records { items, .. } => items.len(),
        }
    }

    /// The collection a button at `path` pages: a map's entries when `map`, else
    /// the value's own kind.
    pub fn at(root: &'v Map<String, Value>, path: &[usize], map: bool) -> Option<Self> {
        if path.is_empty() {
            return Some(Coll::Map(root));
        }
        let value = resolve(root, path)?;
        if map {
            return value.as_object().map(Coll::Map);
        }
        match classify(value) {
            MetaKind::Scores(s) => Some(Coll::Scores(s)),
            MetaKind::Flags(f) => Some(Coll::Flags(f)),
            MetaKind::List(items) => Some(Coll::List(items)),
            MetaKind::Records { items, columns } => Some(Coll::Records { items, columns }),
            MetaKind::Group(m) => Some(Coll::Map(m)),
            _ => None,
        }
    }
}

/// The value at `path` below the root map (`None` for the root itself or a path that
/// leads nowhere).
pub(super) fn resolve<'v>(root: &'v Map<String, Value>, path: &[usize]) -> Option<&'v Value> {
    let (&first, rest) = path.split_first()?;
    let mut value = root.iter().nth(first)?.1;
    for &index in rest {
        value = match value {
            Value::Object(m) => m.iter().nth(index)?.1,
            Value::Array(a) => a.get(index)?,
            _ => return None,
        };
    }
    Some(value)
}

/// A collection at `depth`: its first page, then the rest behind "Show N more" (in
/// the browser) or inside `<noscript>` (static HTML).
pub(super) fn write_paged(out: &mut Out, coll: Coll, depth: usize) {
    let total = coll.len();
    write_paged_range(out, coll, 0..total, depth);
}

/// Items `range` of a collection, paged as [`write_paged`]. A range that is not the
/// whole collection (a profile's group of root entries) tells its button where it
/// ends (`data-anp-from`, `data-anp-to`).
pub(super) fn write_paged_range(
    out: &mut Out,
    coll: Coll,
    range: std::ops::Range<usize>,
    depth: usize,
) {
    let whole = range.start == 0 && range.end == coll.len();
    let page = out.ctx.page;
    let first_end = range.start.saturating_add(page).min(range.end);
    write_chunk(out, &coll, range.start..first_end, depth, false);
    if first_end >= range.end {
        return;
    }
    if cfg!(feature = "ssr") && out.ctx.static_html {
        let ctx = out.ctx;
        out.ctx = ctx.expanded();
        out.h.tag("noscript");
        write_chunk(out, &coll, first_end..range.end, depth, false);
        out.h.end();
        out.ctx = ctx;
        return;
    }
    let lang = out.strings.tag();
    let path = out.path_attr();
    out.h
        .tag("button")
        .attr_lit("type", "button")
        .class("anp-meta__more")
        .attr("lang", lang)
        .attr("data-anp-path", &path)
        .attr("data-anp-depth", &depth.to_string());
    if matches!(coll, Coll::Map(_)) {
        out.h.attr_lit("data-anp-map", "");
    }
    if !whole {
        out.h
            .attr("data-anp-from", &first_end.to_string())
            .attr("data-anp-to", &range.end.to_string());
    }
    let label = out.strings.count(Text::ShowMore, range.end - first_end);
    out.h.text(&label).end();
    out.h
        .tag("button")
        .attr_lit("type", "button")
        .class("anp-meta__fewer")
        .attr("lang", lang)
        .attr_lit("hidden", "");
    out.h.text(out.strings.text(Text::ShowFewer)).end();
}

/// The items `range` of a collection in the collection's own wrapper (`<dl>`, a
/// list, a table). A `revealed` wrapper is one "Show N more" added (marked
/// `data-anp-revealed`, so "Show fewer" finds it).
pub(super) fn write_chunk(
    out: &mut Out,
    coll: &Coll,
    range: std::ops::Range<usize>,
    depth: usize,
    revealed: bool,
) {
    let skip = range.start;
    let take = range.len();
    let (tag, class) = match coll {
        Coll::Map(_) => ("dl", map_class(depth)),
        Coll::Scores(_) => ("ul", "anp-meta__scores"),
        Coll::Flags(_) => ("ul", "anp-meta__flags"),
        Coll::Records { .. } if out.ctx.layout == MetaLayout::Table => {
            ("div", "anp-meta__table-wrap")
        }
        Coll::Records { .. } => ("ul", "anp-meta__records"),
        Coll::List(_) => ("ul", "anp-meta__items"),
    };
    out.h.tag(tag).class(class);
    if revealed {
        out.h.attr_lit("data-anp-revealed", "");
    }
    match coll {
        Coll::Map(map) => {
            // Only the root map is the profile's (a disclosure's content starts at
            // depth 0 too, below the root).
            let shaped = out.entries.filter(|_| depth == 0 && out.path.is_empty());
            for (i, (key, value)) in map.iter().enumerate().skip(skip).take(take) {
                let entry = shaped.and_then(|e| e.get(i));
                out.at(i, |out| write_entry(out, key, value, depth, entry));
            }
        }
        Coll::Scores(scores) => {
            for (label, n) in scores.iter().skip(skip).take(take) {
                write_score(&mut out.h, out.strings, label, n);
            }
        }
        Coll::Flags(flags) => {
            for (label, n, on) in flags.iter().skip(skip).take(take) {
                write_flag(&mut out.h, out.strings, label, n, *on);
            }
        }
        Coll::Records { items, columns } if out.ctx.layout == MetaLayout::Table => {
            out.h.attr_lit("tabindex", "0");
            out.h.tag("table").class("anp-meta__table");
            // Only the first page carries the head; later pages continue its columns.
            if skip == 0 {
                write_table_head(&mut out.h, columns);
            }
            out.h.tag("tbody");
            for (i, item) in items.iter().enumerate().skip(skip).take(take) {
                out.at(i, |out| write_row(out, item, columns, depth));
            }
            out.h.end().end();
        }
        Coll::List(items) | Coll::Records { items, .. } => {
            let records = matches!(coll, Coll::Records { .. });
            for (i, item) in items.iter().enumerate().skip(skip).take(take) {
                out.at(i, |out| write_item(out, item, records, depth));
            }
        }
    }
    out.h.end();
}

fn map_class(depth: usize) -> &'static str {
    if depth == 0 {
        "anp-meta__entries"
    } else {
        "anp-meta__group"
    }
}

/// A key or label with its ": " separator inside it, direction from its own text.
fn write_label(h: &mut HtmlWriter, name: &'static str, class: &'static str, text: &str) {
    h.tag(name).class(class).attr_lit("dir", "auto");
    h.text(text).leaf("span", "anp-meta__sep", ": ").end();
}

fn write_entry(out: &mut Out, key: &str, value: &Value, depth: usize, entry: Option<&ShapedEntry>) {
    let shown = entry
        .and_then(|e| e.kind.as_ref())
        .and_then(|kind| Shown::plan(kind, value, out.ctx, depth));
    // Classified once: the kind names the entry and picks its writer.
    let kind = match shown {
        Some(_) => None,
        None => Some(classify(value)),
    };
    let name = match (&shown, &kind) {
        (Some(shown), _) => shown.name(),
        (None, Some(kind)) => kind.name(),
        (None, None) => "null",
    };
    out.h
        .tag("div")
        .class("anp-meta__entry")
        .attr("data-kind", name);
    let label = entry.and_then(|e| e.label.as_deref()).unwrap_or(key);
    out.h
        .tag("dt")
        .class("anp-meta__key")
        .attr_lit("dir", "auto")
        .attr_opt("lang", entry.and_then(|e| e.label_lang.as_deref()));
    out.h.text(label).leaf("span", "anp-meta__sep", ": ").end();
    out.h.tag("dd").class("anp-meta__value");
    match (shown, kind) {
        (Some(shown), _) => write_shown(out, shown, label, depth),
        (None, Some(kind)) => write_kind(out, value, kind, depth),
        (None, None) => {}
    }
    out.h.end().end();
}

/// A value as a profile's kind shows it, when the kind fits the value.
enum Shown<'v> {
    Text(std::borrow::Cow<'v, str>),
    List(&'v [Value]),
    Badge(&'v Value),
    Badges(&'v [Value]),
    Date(String, String),
    Link(&'v str),
    Number(Number, Option<String>),
    Meter(&'v Number),
    Flag(bool),
}

fn is_scalar(value: &Value) -> bool {
    matches!(value, Value::String(_) | Value::Number(_) | Value::Bool(_))
}

impl<'v> Shown<'v> {
    /// How `kind` shows `value`, or `None` when it does not fit (the value is then
    /// shown as without a profile).
    fn plan(kind: &DisplayKind, value: &'v Value, ctx: Ctx, depth: usize) -> Option<Self> {
        use std::cmp::Ordering::{Greater, Less};
        Some(match (kind, value) {
            (DisplayKind::Text, Value::String(s)) => Shown::Text(s.as_str().into()),
            (DisplayKind::Text, Value::Number(n)) => Shown::Text(n.as_str().to_owned().into()),
            // A list past the collapse depth stays behind its disclosure button.
            (DisplayKind::List, Value::Array(items))
                if !items.is_empty() && depth + 1 < ctx.collapse_depth =>
            {
                Shown::List(items)
            }
            (DisplayKind::Badge, v) if is_scalar(v) => Shown::Badge(v),
            // More badges than a page are a list, paged as lists are.
            (DisplayKind::Badge, Value::Array(items))
                if !items.is_empty() && items.len() <= ctx.page && items.iter().all(is_scalar) =>
            {
                Shown::Badges(items)
            }
            (DisplayKind::Date, v) => {
                let (machine, text) = read_date(v)?;
                Shown::Date(machine, text)
            }
            (DisplayKind::Link, Value::String(s)) if is_absolute_web_url(s) => Shown::Link(s),
            (DisplayKind::Link, Value::String(s)) => Shown::Text(s.as_str().into()),
            (DisplayKind::Number { unit }, Value::Number(n)) => {
                Shown::Number(n.clone(), unit.clone())
            }
            (DisplayKind::Number { unit }, Value::String(s)) => {
                // Read as a whole value, the one JSON reader the wasm has: a reader of
                // `Number` alone was another copy of serde_json's (1 KB of brotli).
                let Ok(Value::Number(n)) = serde_json::from_str::<Value>(s.trim()) else {
                    return None;
                };
                Shown::Number(n, unit.clone())
            }
            (DisplayKind::Meter, Value::Number(n)) => {
                let d = Decimal::parse(n.as_str())?;
                if d.cmp_int(0) == Less || d.cmp_int(100) == Greater {
                    return None;
                }
                Shown::Meter(n)
            }
            (DisplayKind::Flag, Value::Bool(b)) => Shown::Flag(*b),
            (DisplayKind::Flag, Value::Number(n)) => {
                let d = Decimal::parse(n.as_str())?;
                if d.is_zero() {
                    Shown::Flag(false)
                } else if d.cmp_int(1) == std::cmp::Ordering::Equal {
                    Shown::Flag(true)
                } else {
                    return None;
                }
            }
            _ => return None,
        })
    }

    /// `data-kind` of an entry shown this way.
    fn name(&self) -> &'static str {
        match self {
            Shown::Text(_) => "text",
            Shown::List(_) => "list",
            Shown::Badge(_) | Shown::Badges(_) => "badge",
            Shown::Date(..) => "date",
            Shown::Link(_) => "link",
            Shown::Number(..) => "number",
            Shown::Meter(_) => "meter",
            Shown::Flag(_) => "flag",
        }
    }
}

fn write_shown(out: &mut Out, shown: Shown, label: &str, depth: usize) {
    let strings = out.strings;
    match shown {
        Shown::Text(s) => write_text(&mut out.h, &s),
        Shown::List(items) => write_paged(out, Coll::List(items), depth),
        Shown::Badge(v) => write_badge(&mut out.h, strings, v),
        Shown::Badges(items) => {
            out.h.tag("ul").class("anp-meta__badges");
            for item in items {
                out.h.tag("li");
                write_badge(&mut out.h, strings, item);
                out.h.end();
            }
            out.h.end();
        }
        Shown::Date(machine, text) => {
            out.h
                .tag("time")
                .class("anp-meta__date")
                .attr("datetime", &machine);
            out.h.text(&text).end();
        }
        Shown::Link(url) => write_link(&mut out.h, url),
        Shown::Number(n, unit) => {
            write_number(&mut out.h, strings, &n, "anp-meta__number");
            if let Some(unit) = unit {
                out.h.text(" ").leaf_auto("span", "anp-meta__unit", &unit);
            }
        }
        Shown::Meter(n) => {
            write_number(&mut out.h, strings, n, "anp-meta__number");
            out.h
                .tag("meter")
                .class("anp-meta__meter")
                .attr_lit("min", "0")
                .attr_lit("max", "100")
                .attr("value", n.as_str())
                .attr("aria-label", label)
                .end();
        }
        Shown::Flag(on) => {
            out.h
                .tag("span")
                .class("anp-meta__flag")
                .attr("data-on", if on { "true" } else { "false" });
            out.h
                .tag("span")
                .class("anp-meta__flag-mark")
                .attr_lit("aria-hidden", "true")
                .end();
            out.h
                .tag("span")
                .class("anp-meta__flag-value")
                .attr("lang", strings.tag());
            out.h
                .text(strings.text(if on { Text::Yes } else { Text::No }))
                .end()
                .end();
        }
    }
}

/// One badge: a boolean in the reader's words (yes/no), a number grouped, a string
/// as it is.
fn write_badge(h: &mut HtmlWriter, strings: &Strings, value: &Value) {
    match value {
        Value::Bool(b) => {
            let (class, text) = if *b {
                ("anp-meta__badge anp-meta__badge--yes", Text::Yes)
            } else {
                ("anp-meta__badge anp-meta__badge--no", Text::No)
            };
            h.tag("span").class(class).attr("lang", strings.tag());
            h.text(strings.text(text)).end();
        }
        Value::Number(n) => {
            h.leaf("span", "anp-meta__badge", &strings.number(n.as_str()));
        }
        Value::String(s) => {
            h.leaf_auto("span", "anp-meta__badge", s);
        }
        _ => {}
    }
}

fn write_text(h: &mut HtmlWriter, s: &str) {
    let class = if has_unbroken_run(s) {
        "anp-meta__text anp-meta__text--unbroken"
    } else {
        "anp-meta__text"
    };
    h.leaf_auto("span", class, s);
}

fn write_link(h: &mut HtmlWriter, url: &str) {
    h.tag("a")
        .class("anp-meta__link")
        .attr("href", url)
        .attr_lit("rel", "noopener noreferrer nofollow")
        .attr_lit("dir", "auto");
    h.text(url).end();
}

/// A value at `depth`, with the path of `out` (a disclosure's content starts again
/// at depth 0).
pub(super) fn write_value(out: &mut Out, value: &Value, depth: usize) {
    write_kind(out, value, classify(value), depth)
}

fn write_kind(out: &mut Out, value: &Value, kind: MetaKind<'_>, depth: usize) {
    let strings = out.strings;
    match kind {
        MetaKind::Text(s) => write_text(&mut out.h, s),
        MetaKind::Link(url) => write_link(&mut out.h, url),
        MetaKind::Number(n) => write_number(&mut out.h, strings, n, "anp-meta__number"),
        MetaKind::Bool(b) => {
            let (class, text) = if b {
                ("anp-meta__badge anp-meta__badge--yes", Text::Yes)
            } else {
                ("anp-meta__badge anp-meta__badge--no", Text::No)
            };
            out.h.tag("span").class(class).attr("lang", strings.tag());
            out.h.text(strings.text(text)).end();
        }
        MetaKind::Null => {
            out.h
                .tag("span")
                .class("anp-meta__null")
                .attr_lit("title", "null");
            out.h.text("—").end();
        }
        MetaKind::Scores(scores) => write_paged(out, Coll::Scores(scores), depth),
        MetaKind::Flags(flags) => write_paged(out, Coll::Flags(flags), depth),
        _ if depth + 1 >= out.ctx.collapse_depth && is_nonempty_collection(value) => {
            write_collapsed(out, value)
        }
        MetaKind::List([]) => {
            out.h
                .leaf("span", "anp-meta__empty", strings.text(Text::EmptyList));
        }
        MetaKind::List(items) => write_paged(out, Coll::List(items), depth),
        MetaKind::Records { items, columns } => {
            write_paged(out, Coll::Records { items, columns }, depth)
        }
        MetaKind::Group(map) if map.is_empty() => {
            out.h
                .leaf("span", "anp-meta__empty", strings.text(Text::EmptyGroup));
        }
        MetaKind::Group(map) => write_paged(out, Coll::Map(map), depth + 1),
    }
}

/// A number as published, grouped for reading, with the exact digits in `value`.
fn write_number(h: &mut HtmlWriter, strings: &Strings, n: &Number, class: &'static str) {
    h.tag("data").class(class).attr("value", n.as_str());
    h.text(&strings.number(n.as_str())).end();
}

fn write_score(h: &mut HtmlWriter, strings: &Strings, label: &str, n: &Number) {
    h.tag("li").class("anp-meta__score");
    write_label(h, "span", "anp-meta__score-label", label);
    write_number(h, strings, n, "anp-meta__score-value");
    h.tag("meter")
        .class("anp-meta__meter")
        .attr_lit("min", "0")
        .attr_lit("max", "100")
        .attr("value", n.as_str())
        .attr("aria-label", label)
        .end();
    h.end();
}

/// A flag: an on/off mark (drawn by CSS, hidden from screen readers, which read the
/// number), the label and the number as published.
fn write_flag(h: &mut HtmlWriter, strings: &Strings, label: &str, n: &Number, on: bool) {
    h.tag("li")
        .class("anp-meta__flag")
        .attr("data-on", if on { "true" } else { "false" });
    h.tag("span")
        .class("anp-meta__flag-mark")
        .attr_lit("aria-hidden", "true")
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

fn write_item(out: &mut Out, item: &Value, records: bool, depth: usize) {
    out.h.tag("li").class(item_class(item, records));
    match item {
        Value::Object(map) if records => write_paged(out, Coll::Map(map), depth + 1),
        other => write_value(out, other, depth + 1),
    }
    out.h.end();
}

fn write_table_head(h: &mut HtmlWriter, columns: &[&str]) {
    h.tag("thead").tag("tr");
    for column in columns {
        h.tag("th").attr_lit("scope", "col").attr_lit("dir", "auto");
        h.text(column).end();
    }
    h.end().end();
}

fn write_row(out: &mut Out, item: &Value, columns: &[&str], depth: usize) {
    out.h.tag("tr");
    for column in columns {
        out.h.tag("td");
        let cell = item
            .as_object()
            .and_then(|m| m.iter().enumerate().find(|(_, (k, _))| k == column));
        match cell {
            Some((i, (_, v))) => out.at(i, |out| write_value(out, v, depth + 1)),
            None => {
                out.h
                    .tag("span")
                    .class("anp-meta__null")
                    .attr_lit("title", "missing");
                out.h.text("—").end();
            }
        }
        out.h.end();
    }
    out.h.end();
}

fn is_nonempty_collection(value: &Value) -> bool {
    match value {
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
        _ => false,
    }
}

/// The words of a disclosure button for `value`: (closed, open).
pub(super) fn disclosure_labels(strings: &Strings, value: &Value) -> (String, String) {
    let (show, hide, count) = match value {
        Value::Array(a) => (Text::ShowList, Text::HideList, a.len()),
        Value::Object(o) => (Text::ShowGroup, Text::HideGroup, o.len()),
        _ => (Text::ShowGroup, Text::HideGroup, 0),
    };
    (strings.count(show, count), strings.text(hide).to_owned())
}

/// Past the collapse depth: a disclosure button; what it shows is written when it is
/// opened, with the depth counted afresh so each expansion shows a few more levels.
fn write_collapsed(out: &mut Out, value: &Value) {
    out.h.tag("div").class("anp-meta__collapsed");
    if cfg!(feature = "ssr") && out.ctx.static_html {
        let ctx = out.ctx;
        out.ctx = ctx.expanded();
        out.h.tag("noscript");
        write_value(out, value, 0);
        out.h.end();
        out.ctx = ctx;
    } else {
        let (show, _) = disclosure_labels(out.strings, value);
        let path = out.path_attr();
        out.h
            .tag("button")
            .attr_lit("type", "button")
            .class("anp-meta__expand")
            .attr("lang", out.strings.tag())
            .attr_lit("aria-expanded", "false")
            .attr("data-anp-path", &path);
        out.h.text(&show).end();
    }
    out.h.end();
}

#[cfg(test)]
mod tests {
    use super::*;

    use anp_html_reader::scraper::Selector;

    /// `html` (a box, or what pressing a button writes) read by an HTML parser.
    fn parse(html: &str) -> anp_html_reader::scraper::Html {
        anp_html_reader::parse_fragment(html, false)
    }

    fn selector(css: &str) -> Selector {
        Selector::parse(css).unwrap_or_else(|e| panic!("{css}: {e}"))
    }

    /// The buttons in `html` that name a collection: (class, path, depth, map, label).
    fn buttons(html: &str) -> Vec<(String, Vec<usize>, usize, bool, String)> {
        let mut found = Vec::new();
        for button in parse(html).select(&selector("button")) {
            let class = button.attr("class").unwrap_or_default().to_owned();
            let Some(path) = button.attr("data-anp-path") else {
                assert_eq!(class, "anp-meta__fewer", "{}", button.html());
                continue;
            };
            let path = path
                .split('.')
                .filter(|i| !i.is_empty())
                .map(|i| i.parse().unwrap_or(usize::MAX))
                .collect();
            let depth = button
                .attr("data-anp-depth")
                .and_then(|d| d.parse().ok())
                .unwrap_or(0);
            let map = button.attr("data-anp-map").is_some();
            found.push((class, path, depth, map, button.text().collect()));
        }
        found
    }

    /// Every "Show N more" and disclosure button names, by its path, the collection it
    /// pages or the value it hides, at any depth and in every layout: pressing them
    /// all (as the box's listener writes what they reveal) shows every value.
    #[test]
    fn every_button_path_leads_to_its_collection() {
        let meta = serde_json::json!({
            "long": [1, 2, 3, 4, 5],
            "group": {"a": "x", "b": "y", "c": "z"},
            "records": [{"k": [1, 2, 3], "v": "r1"}, {"k": [4, 5, 6, 7], "v": "r2"}, {"k": [], "v": "r3"}],
            "scores": {"a": 10, "b": 20, "c": 30},
            "deep": {"x": {"y": {"z": {"w": ["deepest"]}}}},
        });
        let meta = meta.as_object().cloned().unwrap_or_default();
        let strings = Strings::default();
        for layout in MetaLayout::ALL {
            let ctx = Ctx {
                layout,
                collapse_depth: 3,
                page: 2,
                static_html: false,
            };
            let mut out = Out::new(&strings, ctx, Vec::new());
            write_paged(&mut out, Coll::Map(&meta), 0);
            let mut shown = out.h.finish().into_html();
            let mut pending = buttons(&shown);
            let mut pressed = 0;
            while let Some((class, path, depth, map, label)) = pending.pop() {
                pressed += 1;
                assert!(pressed < 100, "{layout:?}: buttons without end");
                let mut out = Out::new(&strings, ctx, path.clone());
                if class == "anp-meta__more" {
                    let coll = Coll::at(&meta, &path, map);
                    let Some(coll) = coll else {
                        panic!("{layout:?}: {path:?} names no collection");
                    };
                    assert_eq!(label, format!("Show {} more", coll.len() - 2));
                    write_chunk(&mut out, &coll, 2..coll.len(), depth, true);
                } else {
                    assert_eq!(class, "anp-meta__expand");
                    let value = resolve(&meta, &path);
                    let Some(value) = value.filter(|v| is_nonempty_collection(v)) else {
                        panic!("{layout:?}: {path:?} names no collection");
                    };
                    write_value(&mut out, value, 0);
                }
                let revealed = out.h.finish().into_html();
                pending.extend(buttons(&revealed));
                shown.push_str(&revealed);
            }
            assert!(pressed >= 6, "{layout:?}: {pressed} buttons");
            // The last values of each collection, read as text (and a score's label as
            // its meter's name).
            let shown = parse(&shown);
            let texts: Vec<&str> = shown.root_element().text().map(str::trim).collect();
            for value in ["r3", "7", "deepest", "z", "5"] {
                assert!(
                    texts.contains(&value),
                    "{layout:?}: {value} never shown in {texts:?}"
                );
            }
            let meters: Vec<_> = shown
                .select(&selector("meter"))
                .filter_map(|m| m.attr("aria-label"))
                .collect();
            assert!(meters.contains(&"c"), "{layout:?}: meters {meters:?}");
        }
    }
}
