//! The interactive checklist.

use std::rc::Rc;

use leptos::prelude::*;
use serde_json::{Map, Value};

use super::adapt::{live_part, reader_cx};
use super::live::{Handlers, Hooks, Written};
use super::markup::HtmlWriter;
use super::write::{class_list, WriteCx};
use crate::i18n::{Strings, Text};
use crate::model::Checklist as ChecklistModel;
use crate::platform::storage;

/// Progress of one checklist, reported after every change.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChecklistProgress {
    /// The post's state key (its `id`, else its slug), when it has one.
    pub post_id: Option<String>,
    /// Texts of the checked items, in order.
    pub checked: Vec<String>,
    /// How many items are checked.
    pub done: usize,
    /// How many items there are.
    pub total: usize,
}

/// The storage key for one checklist of one post.
///
/// ```
/// use alphanode_widgets::components::checklist_storage_key;
/// assert_eq!(checklist_storage_key("alphanode-027517", 6), "alphanode:checklist:alphanode-027517:6");
/// ```
pub fn checklist_storage_key(post_key: &str, block_index: usize) -> String {
    format!("alphanode:checklist:{post_key}:{block_index}")
}

/// Item states: the published defaults, overridden by what `saved` holds for each item
/// text. Anything in `saved` that is not a JSON object of booleans is ignored, so a
/// corrupted or foreign value never breaks the list.
///
/// ```
/// use alphanode_widgets::components::restore_checklist_state;
/// use alphanode_widgets::model::Checklist;
/// let list = Checklist { title: None, items: vec![Default::default()] };
/// assert_eq!(restore_checklist_state(&list, Some("not json")), vec![false]);
/// ```
pub fn restore_checklist_state(list: &ChecklistModel, saved: Option<&str>) -> Vec<bool> {
    let saved: Option<Map<String, Value>> = saved
        .and_then(|s| serde_json::from_str::<Value>(s).ok())
        .and_then(|v| match v {
            Value::Object(m) => Some(m),
            _ => None,
        });
    list.items
        .iter()
        .map(|item| {
            saved
                .as_ref()
                .and_then(|m| m.get(&item.text))
                .and_then(Value::as_bool)
                .unwrap_or(item.checked)
        })
        .collect()
}

/// The JSON stored for these item states.
pub fn serialize_checklist_state(list: &ChecklistModel, state: &[bool]) -> String {
    let map: Map<String, Value> = list
        .items
        .iter()
        .zip(state)
        .map(|(item, checked)| (item.text.clone(), Value::Bool(*checked)))
        .collect();
    Value::Object(map).to_string()
}

/// Where checklists keep their ticks: the `storage` prop of the components (or a
/// context around them), [`WriteCx::storage`], the embed's `data-alphanode-storage`;
/// [`ChecklistStorage::Local`] unless told otherwise.
///
/// ```
/// use alphanode_widgets::components::ChecklistStorage;
/// assert_eq!(ChecklistStorage::parse(" None "), Some(ChecklistStorage::Memory));
/// assert_eq!(ChecklistStorage::parse("local"), Some(ChecklistStorage::Local));
/// assert_eq!(ChecklistStorage::parse("cookies"), None);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ChecklistStorage {
    /// `localStorage` under [`checklist_storage_key`]; widgets of the same post stay in
    /// step, on the page and across tabs.
    #[default]
    Local,
    /// Memory only: nothing is read from or written to storage, and each checklist
    /// keeps its own ticks until the page is closed (it follows no other widget).
    Memory,
}

impl ChecklistStorage {
    /// `local` or `none` (any case, surrounding spaces ignored).
    pub fn parse(value: &str) -> Option<Self> {
        match value.trim().to_ascii_lowercase().as_str() {
            "local" => Some(Self::Local),
            "none" => Some(Self::Memory),
            _ => None,
        }
    }
}

/// "2 of 5 done", in the reader's language (plural by `total`).
///
/// ```
/// use alphanode_widgets::components::progress_text;
/// use alphanode_widgets::i18n::Strings;
/// assert_eq!(progress_text(&Strings::default(), 2, 5), "2 of 5 done");
/// assert_eq!(progress_text(&Strings::for_tag("de"), 2, 5), "2 von 5 erledigt");
/// ```
pub fn progress_text(strings: &Strings, done: usize, total: usize) -> String {
    strings.format(Text::Progress, &[("total", total), ("done", done)])
}

/// An interactive checklist: real checkboxes with labels, an "N of M done" progress
/// line announced politely to screen readers, and state saved in `localStorage` under
/// the post's key and the block's index (unless `storage` says to keep it in memory).
/// Storage that is missing, full or corrupted is tolerated: the list keeps working in
/// memory and says that progress is not saved.
///
/// Every prop but the callback is followed: a new list, key or language is written
/// again in place, and items that stay keep the reader's ticks and the focus.
///
/// ```
/// use alphanode_widgets::components::Checklist;
/// use alphanode_widgets::model::{Checklist as Model, ChecklistItem};
/// use leptos::prelude::*;
/// let list = Model {
///     title: Some("implementation checklist".into()),
///     items: vec![ChecklistItem { text: "measure response time".into(), checked: false }],
/// };
/// let _view = view! { <Checklist checklist=list post_key="alphanode-027517" block_index=6 /> };
/// ```
#[component]
pub fn Checklist(
    /// The parsed checklist block.
    #[prop(into)]
    checklist: Signal<ChecklistModel>,
    /// The post's state key (`id`, else slug). Without one (or with
    /// [`ChecklistStorage::Memory`]), state is kept in memory only.
    #[prop(optional, into)]
    post_key: MaybeProp<String>,
    /// The block's index in `body`, so several checklists in one post keep separate
    /// state.
    #[prop(optional, into)]
    block_index: MaybeProp<usize>,
    /// Called with the new progress after each change.
    #[prop(optional, into)]
    on_change: Option<Callback<ChecklistProgress>>,
    /// Where ticks are kept; else the [`ChecklistStorage`] in context, else
    /// `localStorage`.
    #[prop(optional, into)]
    storage: MaybeProp<ChecklistStorage>,
    /// The reader's words; else the [`Strings`] in context, else English.
    #[prop(optional, into)]
    strings: MaybeProp<Strings>,
    /// Level of the article title this list sits under (1–6, default 1): the
    /// list's title is one below it.
    #[prop(optional, into)]
    heading_level: MaybeProp<u8>,
    /// The host's own classes, added to the root element after its `anp-` classes.
    #[prop(optional, into)]
    class: MaybeProp<String>,
) -> impl IntoView {
    let cx = reader_cx(strings, heading_level, storage);
    let inputs = move || {
        checklist.track();
        (
            cx(),
            post_key.get(),
            block_index.get().unwrap_or(0),
            class.get(),
        )
    };
    // The first render shows the published defaults, on the server and in the
    // browser alike, so hydration finds the HTML it expects; saved ticks are applied
    // once the controller is attached, in the browser only.
    let write =
        move |(cx, key, index, class): &(WriteCx, Option<String>, usize, Option<String>)| {
            let live =
                LiveChecklist::new(checklist.get_untracked(), key.clone(), *index, cx.storage);
            let mut h = HtmlWriter::default();
            live.write(&mut h, cx, class.as_deref());
            Written {
                html: h.finish().into_html(),
                hooks: Hooks {
                    lists: vec![live],
                    ..Hooks::default()
                },
                strings: cx.strings.clone(),
            }
        };
    let handlers = Handlers {
        on_checklist_change: on_change.map(|cb| Rc::new(move |p| cb.run(p)) as Rc<dyn Fn(_)>),
        ..Handlers::default()
    };
    live_part(inputs, write, handlers)
}

/// One checklist on the page: its items, and where its ticks are kept. The listeners
/// of [`Checklist`] and of an [`Article`](crate::components::Article) body act through
/// it; the ticks themselves live in the checkboxes, so there is no second copy to
/// keep in step.
#[derive(Clone)]
pub(crate) struct LiveChecklist {
    model: std::sync::Arc<ChecklistModel>,
    post_key: Option<String>,
    /// With storage off (or no post key), none: nothing is read, written or watched.
    storage_key: Option<String>,
}

impl LiveChecklist {
    /// The checklist of block `block_index` of the post `post_key`, its ticks kept
    /// as `storage` says.
    pub(crate) fn new(
        model: ChecklistModel,
        post_key: Option<String>,
        block_index: usize,
        storage: ChecklistStorage,
    ) -> Self {
        let storage_key = post_key
            .as_deref()
            .filter(|_| storage == ChecklistStorage::Local)
            .map(|k| checklist_storage_key(k, block_index));
        Self {
            model: std::sync::Arc::new(model),
            post_key,
            storage_key,
        }
    }

    /// The whole `section.anp-checklist` with the published ticks, with the host's
    /// own classes after its own.
    pub(crate) fn write(&self, h: &mut HtmlWriter, cx: &WriteCx, class: Option<&str>) {
        h.tag("section")
            .attr("class", &class_list("anp-checklist", class));
        write_checklist(h, cx, &self.model);
        h.end();
    }

    /// Shows the ticks the boxes hold in the current words (after a rewrite kept the
    /// boxes but wrote the progress line again).
    pub(crate) fn show_current(&self, section: &leptos::web_sys::Element, strings: &Strings) {
        let current = ticks(section);
        if current.len() == self.model.items.len() {
            show(section, strings, &current);
        }
    }

    /// Shows the saved ticks, then follows every later change of them: another
    /// widget of the same post (on this page or in another tab) ticked. Dropping the
    /// watch stops following.
    pub(crate) fn follow_storage(
        &self,
        section: leptos::web_sys::Element,
        strings: &Strings,
    ) -> Option<storage::Watch> {
        let key = self.storage_key.clone()?;
        let (model, strings) = (self.model.clone(), strings.clone());
        let follow = move |saved: Option<&str>| {
            let next = restore_checklist_state(&model, saved);
            if ticks(&section) != next {
                show(&section, &strings, &next);
            }
        };
        follow(storage::get(&key).as_deref());
        Some(storage::watch(&key, follow))
    }

    /// The reader ticked or unticked an item: progress, storage and `on_change`.
    pub(crate) fn changed(
        &self,
        section: &leptos::web_sys::Element,
        strings: &Strings,
        on_change: Option<impl Fn(ChecklistProgress)>,
    ) {
        let current = ticks(section);
        show(section, strings, &current);
        if let Some(key) = &self.storage_key {
            let json = serialize_checklist_state(&self.model, &current);
            let unsaved = storage::set(key, &json).is_err();
            if let Ok(Some(note)) = section.query_selector(".anp-checklist__note") {
                let _ = note.toggle_attribute_with_force("hidden", !unsaved);
            }
        }
        if let Some(cb) = on_change {
            let checked: Vec<String> = (self.model.items.iter().zip(&current))
                .filter(|(_, c)| **c)
                .map(|(i, _)| i.text.clone())
                .collect();
            cb(ChecklistProgress {
                post_id: self.post_key.clone(),
                done: checked.len(),
                total: current.len(),
                checked,
            });
        }
    }
}

/// The inside of a checklist with the published ticks: title, progress (announced
/// politely), the bar, the items and the "not saved" note.
fn write_checklist(h: &mut HtmlWriter, cx: &WriteCx, checklist: &ChecklistModel) {
    let strings = &cx.strings;
    let lang = strings.tag();
    if let Some(title) = &checklist.title {
        h.leaf_auto(cx.heading(2), "anp-checklist__title", title);
    }
    let total = checklist.items.len();
    let done = checklist.items.iter().filter(|i| i.checked).count();
    h.tag("p")
        .class("anp-checklist__progress")
        .attr_lit("aria-live", "polite")
        .attr("lang", lang);
    h.text(&progress_text(strings, done, total)).end();
    h.tag("progress")
        .class("anp-checklist__bar")
        .attr_lit("aria-hidden", "true")
        .attr("max", &total.max(1).to_string())
        .attr("value", &done.to_string())
        .end();
    h.tag("ul").class("anp-checklist__items");
    for item in &checklist.items {
        h.tag("li")
            .class("anp-checklist__item")
            .attr("data-checked", if item.checked { "true" } else { "false" });
        h.tag("label").class("anp-checklist__label");
        h.tag("input")
            .class("anp-checklist__checkbox")
            .attr_lit("type", "checkbox");
        if item.checked {
            h.attr_lit("checked", "");
        }
        h.end();
        h.leaf_auto("span", "anp-checklist__text", &item.text);
        h.end().end();
    }
    h.end();
    if cx.static_html {
        write_tally(h, strings, total);
    }
    h.tag("p")
        .class("anp-checklist__note")
        .attr("lang", lang)
        .attr_lit("hidden", "");
    h.text(strings.text(Text::NotSaved)).end();
}

/// The progress line for readers without JavaScript, whose ticks no script counts:
/// inside `<noscript>` (an element only when scripting is off), after the items, so
/// a CSS counter over the ticked items can write the done count
/// (`.anp-checklist__tally-count::before`); alphanode.css then hides the bar and,
/// from sight only, the written line, and shows this one in their place. The sentence around the
/// count is the language's own: the plural is chosen by the total, which is known.
/// Left out where the count could not be written as the language writes it.
fn write_tally(h: &mut HtmlWriter, strings: &Strings, total: usize) {
    // A count no list reaches, to find where the done count goes in the sentence.
    const MARK: usize = 3_141_592_653;
    if strings.locale().number.zero != '0' {
        // CSS counters would write Latin digits.
        return;
    }
    let line = progress_text(strings, MARK, total);
    let Some((before, after)) = line.split_once(&strings.number(&MARK.to_string())) else {
        return;
    };
    h.tag("noscript");
    // Hidden from assistive technology, which has no counters (it would read " of 5
    // done"): the written line stays there instead, visually hidden.
    h.tag("p")
        .class("anp-checklist__tally")
        .attr("lang", strings.tag())
        .attr_lit("aria-hidden", "true");
    h.text(before);
    h.tag("span").class("anp-checklist__tally-count").end();
    h.text(after);
    h.end();
    h.end();
}

pub(crate) fn checkboxes(
    section: &leptos::web_sys::Element,
) -> Vec<leptos::web_sys::HtmlInputElement> {
    use leptos::wasm_bindgen::JsCast;
    let mut boxes = Vec::new();
    let mut item = section
        .query_selector(".anp-checklist__items")
        .ok()
        .flatten()
        .and_then(|list| list.first_element_child());
    while let Some(li) = item {
        if let Some(checkbox) = li
            .query_selector(".anp-checklist__checkbox")
            .ok()
            .flatten()
            .and_then(|b| b.dyn_into().ok())
        {
            boxes.push(checkbox);
        }
        item = li.next_element_sibling();
    }
    boxes
}

/// The ticks as the reader sees them.
fn ticks(section: &leptos::web_sys::Element) -> Vec<bool> {
    checkboxes(section).iter().map(|b| b.checked()).collect()
}

/// Shows `state`: the boxes, each item's `data-checked`, the progress line and bar.
fn show(section: &leptos::web_sys::Element, strings: &Strings, state: &[bool]) {
    for (checkbox, checked) in checkboxes(section).iter().zip(state) {
        checkbox.set_checked(*checked);
        if let Ok(Some(item)) = checkbox.closest(".anp-checklist__item") {
            let _ = item.set_attribute("data-checked", if *checked { "true" } else { "false" });
        }
    }
    let done = state.iter().filter(|c| **c).count();
    if let Ok(Some(progress)) = section.query_selector(".anp-checklist__progress") {
        progress.set_text_content(Some(&progress_text(strings, done, state.len())));
    }
    if let Ok(Some(bar)) = section.query_selector(".anp-checklist__bar") {
        let _ = bar.set_attribute("value", &done.to_string());
    }
}
