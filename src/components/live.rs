//! A written part on the page: the listeners that make its static markup act, and
//! rewriting it in place when its inputs change. Every component and the embed go
//! through this one controller, so a click, a tick or a failed image is handled the
//! same way wherever the part is shown.
//!
//! Why a morph instead of replacing the HTML: a rewrite (another layout, language or
//! heading level, an edit in the preview) must keep what the reader did and what the
//! browser loaded. Each child of a container the writers nest parts in (the article,
//! its body, a checklist and its items, the meta box, the similar posts) keeps the
//! hash of the HTML it was written from; a child written the same way again is kept
//! as it is (a loaded or failed image, a ticked box, a revealed page of entries, the
//! focus), a changed container is morphed child by child, anything else replaced.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::wasm_bindgen::{closure::Closure, JsCast};
use leptos::web_sys::{Element, Event, HtmlElement, HtmlTemplateElement, MouseEvent};

use crate::components::article_body::{image_failed, show_failed_images};
use crate::components::checklist::{ChecklistProgress, LiveChecklist};
use crate::components::meta_box::Pager;
use crate::components::similar_posts::{similar_clicked, similar_toggled, NavigateRequest};
use crate::i18n::Strings;
use crate::platform::storage::Watch;

/// What a written part leaves for its listeners: the meta box's pager, the similar
/// posts' links and the checklists, in document order.
#[derive(Clone, Default)]
pub(crate) struct Hooks {
    pub pager: Option<Pager>,
    pub links: Vec<NavigateRequest>,
    pub lists: Vec<LiveChecklist>,
    /// The blocks a host's renderers fill themselves, by JSON path.
    pub fills: Vec<(String, crate::components::Fill)>,
    /// Body indices of the unknown blocks a host's renderer showed: the warnings an
    /// event reports leave them out, as the written ones do.
    #[cfg_attr(
        not(all(feature = "embed", target_arch = "wasm32")),
        allow(dead_code, reason = "only the embed's events read it")
    )]
    pub shown_unknown: Vec<usize>,
}

/// Whom a live part tells. Plain closures: the embed has no reactive owner to keep
/// Leptos callbacks in.
#[derive(Clone, Default)]
pub(crate) struct Handlers {
    /// "Try again" was pressed.
    pub on_retry: Option<Rc<dyn Fn()>>,
    /// A plain click on a similar post; `true` takes over the navigation.
    pub on_navigate: Option<Rc<dyn Fn(NavigateRequest) -> bool>>,
    /// The reader ticked or unticked an item.
    pub on_checklist_change: Option<Rc<dyn Fn(ChecklistProgress)>>,
}

/// A part as written: the HTML of one root element, its hooks, and the words it
/// was written in (the listeners write progress lines in them).
pub(crate) struct Written {
    pub html: String,
    pub hooks: Hooks,
    pub strings: Strings,
}

struct State {
    /// The hash of the HTML each container child was written from (see the module
    /// docs), mirroring the part's containers.
    stamps: Stamps,
    hooks: Hooks,
    strings: Strings,
    handlers: Handlers,
    /// The checklists following storage; dropping them stops it.
    watches: Vec<Watch>,
}

type Listener = Closure<dyn Fn(Event)>;

/// A part on the page, from [`Live::attach`] until dropped (which removes its
/// listeners and stops following storage).
pub(crate) struct Live {
    root: Element,
    state: Rc<RefCell<State>>,
    listeners: Vec<(&'static str, bool, Listener)>,
}

impl Live {
    /// Makes the part at `root`, written with `hooks` in `strings`, act: listeners,
    /// saved ticks, and images that failed before anyone listened.
    pub fn attach(root: Element, hooks: Hooks, strings: Strings, handlers: Handlers) -> Self {
        let state = Rc::new(RefCell::new(State {
            stamps: stamp(&root, 0),
            hooks,
            strings,
            handlers,
            watches: Vec::new(),
        }));
        let listeners = listen(&root, &state);
        let live = Self {
            root,
            state,
            listeners,
        };
        live.settle();
        live
    }

    /// The root element.
    #[cfg(all(feature = "embed", target_arch = "wasm32"))]
    pub fn root(&self) -> &Element {
        &self.root
    }

    /// Shows `written` in place of what the part shows now, keeping every child
    /// written the same way, the ticks of checklists that stay, and the focus.
    pub fn rewrite(&self, written: Written) {
        let focused = focus_path(&self.root);
        {
            let mut state = self.state.borrow_mut();
            if let Some(new) = parse(&written.html) {
                let before = std::mem::take(&mut state.stamps);
                state.stamps = morph(&self.root, &new, 0, before);
            }
            state.hooks = written.hooks;
            state.strings = written.strings;
        }
        self.settle();
        if let Some(path) = focused {
            restore_focus(&self.root, &path);
        }
    }

    /// After a write: checklists show their ticks in the current words (a kept list
    /// keeps the reader's, a stored one shows the saved ones) and follow storage;
    /// failed images show their fallback.
    fn settle(&self) {
        let mut state = self.state.borrow_mut();
        state.watches.clear();
        let sections = checklist_sections(&self.root);
        let mut watches = Vec::new();
        for (section, live) in sections.iter().zip(&state.hooks.lists) {
            live.show_current(section, &state.strings);
            if let Some(watch) = live.follow_storage(section.clone(), &state.strings) {
                watches.push(watch);
            }
        }
        state.watches = watches;
        let fills = state.hooks.fills.clone();
        // Released first: a host's renderer may do anything, write this part included.
        drop(state);
        for (path, fill) in &fills {
            let selector = format!(".anp-custom[data-path=\"{path}\"]");
            if let Ok(Some(el)) = self.root.query_selector(&selector) {
                fill(&el);
            }
        }
        show_failed_images(&self.root);
    }
}

impl Drop for Live {
    fn drop(&mut self) {
        for (name, capture, listener) in &self.listeners {
            let _ = self.root.remove_event_listener_with_callback_and_bool(
                name,
                listener.as_ref().unchecked_ref(),
                *capture,
            );
        }
    }
}

/// The checklist sections in a part, the root itself included, in document order.
pub(crate) fn checklist_sections(root: &Element) -> Vec<Element> {
    if root.class_list().contains("anp-checklist") {
        return vec![root.clone()];
    }
    // A checklist inside a host's block (`renderDefault()` in its HTML) is the host's:
    // the widget's checklists are the ones it wrote itself.
    let Ok(list) = root.query_selector_all(".anp-checklist:not(.anp-custom *)") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

/// The root's three listeners. Each copies what it needs out of the state first:
/// what it calls may write the part again.
fn listen(root: &Element, state: &Rc<RefCell<State>>) -> Vec<(&'static str, bool, Listener)> {
    let on_click = {
        let state = state.clone();
        Listener::new(move |ev: Event| {
            let Some(ev) = ev.dyn_ref::<MouseEvent>() else {
                return;
            };
            let (hooks, handlers) = {
                let s = state.borrow();
                (s.hooks.clone(), s.handlers.clone())
            };
            clicked(&hooks, &handlers, ev);
        })
    };
    let on_change = {
        let state = state.clone();
        let root = root.clone();
        Listener::new(move |ev: Event| {
            let Some(section) = ev
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|t| t.closest(".anp-checklist").ok().flatten())
            else {
                return;
            };
            let (lists, strings, report) = {
                let s = state.borrow();
                let report = s.handlers.on_checklist_change.clone();
                (s.hooks.lists.clone(), s.strings.clone(), report)
            };
            let position = checklist_sections(&root).iter().position(|s| *s == section);
            if let Some(live) = position.and_then(|i| lists.get(i)) {
                live.changed(&section, &strings, report.as_deref());
            }
        })
    };
    // `error` does not bubble: the root listens while capturing. An image's `error`
    // is a plain `Event`; only its target is read.
    let on_error = Listener::new(move |ev: Event| image_failed(&ev));
    let listeners = vec![
        ("click", false, on_click),
        ("change", false, on_change),
        ("error", true, on_error),
    ];
    for (name, capture, listener) in &listeners {
        let _ = root.add_event_listener_with_callback_and_bool(
            name,
            listener.as_ref().unchecked_ref(),
            *capture,
        );
    }
    listeners
}

/// A click in a part: "Try again", a meta-box button, "Show N more" of the similar
/// posts or a similar-post link.
fn clicked(hooks: &Hooks, handlers: &Handlers, ev: &MouseEvent) {
    let retry = ev
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|t| t.closest("button.anp-article__retry").ok().flatten());
    if let (Some(_), Some(retry)) = (retry, &handlers.on_retry) {
        retry();
        return;
    }
    if let Some(pager) = &hooks.pager {
        pager.on_click(ev);
    }
    similar_toggled(ev);
    similar_clicked(ev, &hooks.links, handlers.on_navigate.as_deref());
}

/// The containers a rewrite morphs child by child (see the module docs); deeper
/// than this a changed element is replaced whole.
const CONTAINERS: &str = ".anp-article, .anp-body, .anp-checklist, .anp-checklist__items, \
                          .anp-meta, .anp-similar, .anp-similar__list";
const MAX_DEPTH: usize = 4;
/// Per child of a container: the hash of the HTML it was written from, and the
/// same for its own children when it is a container too. Kept on the Rust side: a
/// property on each element would keep a JS wrapper alive per element.
#[derive(Default)]
struct Stamps(Vec<(u64, Stamps)>);

fn is_container(el: &Element, depth: usize) -> bool {
    depth <= MAX_DEPTH && el.matches(CONTAINERS).unwrap_or(false)
}

fn hash_of(html: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::hash::DefaultHasher::new();
    html.hash(&mut hasher);
    hasher.finish()
}

fn element_children(el: &Element) -> Vec<Element> {
    let list = el.children();
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

/// Only element children (no text of its own between them): what a container
/// written by the writers holds.
fn elements_only(el: &Element) -> bool {
    el.child_nodes().length() == el.child_element_count()
}

/// The stamps of `el`'s children, when it is a container, from the HTML they show
/// now: right after they were written, that is the HTML they were written from.
fn stamp(el: &Element, depth: usize) -> Stamps {
    if !is_container(el, depth) || !elements_only(el) {
        return Stamps::default();
    }
    Stamps(
        element_children(el)
            .iter()
            .map(|child| (hash_of(&child.outer_html()), stamp(child, depth + 1)))
            .collect(),
    )
}

/// `html`'s root element, parsed in an inert document (nothing loads or runs until
/// it is inserted).
fn parse(html: &str) -> Option<Element> {
    let document = leptos::web_sys::window()?.document()?;
    let template: HtmlTemplateElement =
        document.create_element("template").ok()?.dyn_into().ok()?;
    template.set_inner_html(html);
    template.content().first_element_child()
}

fn sync_attributes(old: &Element, new: &Element) {
    let names = old.get_attribute_names();
    for name in names.iter().filter_map(|n| n.as_string()) {
        if !new.has_attribute(&name) {
            let _ = old.remove_attribute(&name);
        }
    }
    for name in new
        .get_attribute_names()
        .iter()
        .filter_map(|n| n.as_string())
    {
        let value = new.get_attribute(&name).unwrap_or_default();
        if old.get_attribute(&name).as_deref() != Some(value.as_str()) {
            let _ = old.set_attribute(&name, &value);
        }
    }
}

/// Makes `old` show what `new` (freshly parsed) shows; `old` stays in place.
/// `before` are the stamps of `old`'s children; returns those of its new ones.
fn morph(old: &Element, new: &Element, depth: usize, before: Stamps) -> Stamps {
    sync_attributes(old, new);
    let olds = element_children(old);
    if !(is_container(old, depth) && elements_only(old) && elements_only(new))
        || before.0.len() != olds.len()
    {
        old.set_inner_html(&new.inner_html());
        return stamp(old, depth);
    }
    let mut before = before.0.into_iter();
    let mut after = Vec::new();
    for (i, fresh) in element_children(new).iter().enumerate() {
        let hash = hash_of(&fresh.outer_html());
        let stamps = before.next();
        match (olds.get(i), stamps) {
            (Some(_), Some((was, children))) if was == hash => after.push((hash, children)),
            (Some(same), Some((_, children)))
                if same.tag_name() == fresh.tag_name()
                    && same.get_attribute("class") == fresh.get_attribute("class")
                    && is_container(same, depth + 1) =>
            {
                after.push((hash, morph(same, fresh, depth + 1, children)));
            }
            (Some(other), _) => {
                let children = stamp(fresh, depth + 1);
                let _ = old.replace_child(fresh, other);
                after.push((hash, children));
            }
            (None, _) => {
                let children = stamp(fresh, depth + 1);
                let _ = old.append_child(fresh);
                after.push((hash, children));
            }
        }
    }
    for gone in olds.iter().skip(after.len()) {
        gone.remove();
    }
    Stamps(after)
}

/// Where the focus is inside `root`, as child indices from it.
fn focus_path(root: &Element) -> Option<Vec<u32>> {
    let active = root.owner_document()?.active_element()?;
    if !root.contains(Some(&active)) || active == *root {
        return None;
    }
    let mut path = Vec::new();
    let mut el = active;
    while el != *root {
        let mut index = 0;
        let mut previous = el.previous_element_sibling();
        while let Some(p) = previous {
            index += 1;
            previous = p.previous_element_sibling();
        }
        path.push(index);
        el = el.parent_element()?;
    }
    path.reverse();
    Some(path)
}

/// The focus was on an element a rewrite replaced: it goes to the element now in
/// its place, so a keyboard reader does not land on `<body>`.
fn restore_focus(root: &Element, path: &[u32]) {
    let active = root.owner_document().and_then(|d| d.active_element());
    if active.is_some_and(|a| root.contains(Some(&a)) && a != *root) {
        return;
    }
    let mut el = root.clone();
    for &index in path {
        match el.children().item(index) {
            Some(child) => el = child,
            None => return,
        }
    }
    if let Some(el) = el.dyn_ref::<HtmlElement>() {
        let _ = el.focus();
    }
}
