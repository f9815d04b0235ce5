//! The meta box's buttons, all through one click listener on the box: "Show N more"
//! writes the rest of its collection, "Show fewer" folds it away, a disclosure
//! button writes or removes the value it hides. What they add is written by the
//! same writers as the first render ([`super::values`]), from the button's path.

use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::request_animation_frame;
use leptos::wasm_bindgen::JsCast;
use leptos::web_sys::{Element, HtmlElement};

use super::values::{disclosure_labels, resolve, write_chunk, write_value, Coll, Out};
use super::Ctx;
use crate::i18n::Strings;
use crate::model::{Meta, ShapedEntry};

/// Items per revealed wrapper after "Show N more".
const REVEAL_CHUNK: usize = 250;

/// What the box's click listener needs: the meta it renders, the reader's words and
/// the settings it was written with.
#[derive(Clone)]
pub(crate) struct Pager {
    pub(super) meta: Arc<Meta>,
    pub(super) strings: Strings,
    pub(super) ctx: Ctx,
    /// A meta profile's labels and kinds for the root entries of `meta`.
    pub(super) entries: Option<Arc<Vec<ShapedEntry>>>,
}

impl Pager {
    /// A click anywhere in the box (or the article around it): acts when it is on
    /// one of the box's buttons.
    pub(crate) fn on_click(&self, ev: &leptos::ev::MouseEvent) {
        let Some(button) = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest("button").ok().flatten())
        else {
            return;
        };
        match button.class_name().as_str() {
            "anp-meta__more" => more(self, button),
            "anp-meta__fewer" => fewer(&button),
            "anp-meta__expand" => toggle(self, &button),
            _ => {}
        }
    }
}

/// The path a button names (`data-anp-path`, indices joined by dots).
fn path_of(button: &Element) -> Option<Vec<usize>> {
    let text = button.get_attribute("data-anp-path")?;
    if text.is_empty() {
        return Some(Vec::new());
    }
    text.split('.').map(|i| i.parse().ok()).collect()
}

fn more(pager: &Pager, button: Element) {
    let Some(path) = path_of(&button) else {
        return;
    };
    let depth = button
        .get_attribute("data-anp-depth")
        .and_then(|d| d.parse().ok())
        .unwrap_or(0);
    let map = button.has_attribute("data-anp-map");
    let Some(len) = Coll::at(&pager.meta, &path, map).map(|c| c.len()) else {
        return;
    };
    // A profile's group pages a range of the root entries; other buttons page the
    // whole collection after its first page.
    let bound = |name: &str| {
        button
            .get_attribute(name)
            .and_then(|v| v.parse::<usize>().ok())
    };
    let from = bound("data-anp-from").unwrap_or(pager.ctx.page);
    let total = bound("data-anp-to").map_or(len, |to| to.min(len));
    // The wrapper just before the button is the first page; the first revealed
    // wrapper will follow it. Found now, before anything is inserted.
    let first_page = button.previous_element_sibling();
    let _ = button.set_attribute("hidden", "");
    let job = Rc::new(Reveal {
        pager: pager.clone(),
        button,
        path,
        depth,
        map,
        total,
    });
    reveal(job, from, 1);
    if let Some(entry) = first_page
        .and_then(|page| page.next_element_sibling())
        .and_then(|chunk| first_entry(&chunk))
    {
        focus(&entry);
    }
}

/// One "Show N more" under way.
struct Reveal {
    pager: Pager,
    button: Element,
    path: Vec<usize>,
    depth: usize,
    map: bool,
    total: usize,
}

/// Writes `wrappers` wrappers from item `from`, and schedules the next frame's until
/// all are shown. The first frame shows one wrapper, so the first new entries paint
/// at once; each later frame doubles what is shown (1, 2, 4 … wrappers), so 10,000
/// entries take 6 frames rather than 40 and the page is laid out 6 times instead of
/// 40 while it grows.
fn reveal(job: Rc<Reveal>, from: usize, wrappers: usize) {
    // The box re-rendered (another layout) meanwhile: this button is gone.
    if !job.button.is_connected() {
        return;
    }
    let Some(coll) = Coll::at(&job.pager.meta, &job.path, job.map) else {
        return;
    };
    let mut out = Out::new(&job.pager.strings, job.pager.ctx, job.path.clone())
        .with_entries(job.pager.entries.as_deref().map(Vec::as_slice));
    let mut start = from;
    for _ in 0..wrappers {
        if start >= job.total {
            break;
        }
        let end = (start + REVEAL_CHUNK).min(job.total);
        write_chunk(&mut out, &coll, start..end, job.depth, true);
        start = end;
    }
    let _ = job
        .button
        .insert_adjacent_html("beforebegin", &out.h.finish().into_html());
    if start < job.total {
        request_animation_frame(move || reveal(job, start, wrappers * 2));
    } else if let Some(fewer) = job.button.next_element_sibling() {
        let _ = fewer.remove_attribute("hidden");
    }
}

/// "Show fewer": the revealed wrappers go, "Show N more" comes back with the focus.
fn fewer(button: &Element) {
    let Some(more) = button.previous_element_sibling() else {
        return;
    };
    while let Some(revealed) = more
        .previous_element_sibling()
        .filter(|w| w.has_attribute("data-anp-revealed"))
    {
        revealed.remove();
    }
    let _ = button.set_attribute("hidden", "");
    let _ = more.remove_attribute("hidden");
    focus(&more);
}

/// A disclosure button: writes the value after itself, or removes it. The button
/// stays where it is, and keeps the focus.
fn toggle(pager: &Pager, button: &Element) {
    let Some(path) = path_of(button) else {
        return;
    };
    let Some(value) = resolve(&pager.meta, &path) else {
        return;
    };
    let (show, hide) = disclosure_labels(&pager.strings, value);
    let open = button.get_attribute("aria-expanded").as_deref() == Some("true");
    if open {
        while let Some(shown) = button.next_sibling() {
            if let Some(parent) = shown.parent_node() {
                let _ = parent.remove_child(&shown);
            }
        }
        button.set_text_content(Some(&show));
    } else {
        let mut out = Out::new(&pager.strings, pager.ctx, path);
        write_value(&mut out, value, 0);
        let _ = button.insert_adjacent_html("afterend", &out.h.finish().into_html());
        button.set_text_content(Some(&hide));
    }
    let _ = button.set_attribute("aria-expanded", if open { "false" } else { "true" });
}

/// The first entry of a revealed wrapper: an entry of a `<dl>`, an item of a list, or
/// a row of a table.
fn first_entry(wrapper: &Element) -> Option<Element> {
    wrapper
        .query_selector(":scope > .anp-meta__entry, :scope > li, :scope tbody > tr")
        .ok()
        .flatten()
}

/// Focus an element that is not focusable by itself (`tabindex="-1"`: focusable by
/// script, not a Tab stop).
fn focus(element: &Element) {
    if element.tag_name() != "BUTTON" {
        let _ = element.set_attribute("tabindex", "-1");
    }
    if let Some(el) = element.dyn_ref::<HtmlElement>() {
        let _ = el.focus();
    }
}
