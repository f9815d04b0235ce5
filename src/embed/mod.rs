//! The embeddable widget: mounts [`Article`] into host elements, reads options from
//! `data-alphanode-*` attributes, and reports to the host with DOM events.
//!
//! Host contract (see README): `<div data-alphanode-post="URL | #script-id">`, options
//! `data-alphanode-theme`, `-layout`, `-link`, `-timeout`; events `alphanode:ready`,
//! `alphanode:error`, `alphanode:checklist-change`, `alphanode:navigate` (cancelable).
//! `embed.js` wraps [`mount`] as `mount(element, options)` and `mountAll(root)`
//! (finding the elements itself, so each handle has its `ready` promise), and defines
//! `<alphanode-article>`.

mod events;
mod options;

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::{Article, ArticleState, ChecklistStorage, MetaLayout, ReadyPost, Theme};
use crate::load::{fetch_post_shared, inline_post, LoadOptions, SharedPost};
use events::{emit, emit_cancelable};
pub use options::WidgetOptions;

/// Attribute set on an element while a widget is mounted in it.
pub const MOUNTED_ATTR: &str = "data-alphanode-mounted";

/// Called by the embed binary's `main`; nothing runs until the host mounts.
pub fn start() {}

/// The reactive state of one mounted widget (all signals, so it is `Copy`).
#[derive(Clone, Copy)]
struct Live {
    state: RwSignal<ArticleState>,
    theme: RwSignal<Theme>,
    layout: RwSignal<MetaLayout>,
    link: RwSignal<Option<String>>,
    heading: RwSignal<u8>,
    storage: RwSignal<ChecklistStorage>,
    /// Bumped when the reader's language or strings change (they are read from
    /// `options`; a counter rather than a signal of the strings, whose type would add
    /// its own copy of the signal code to the wasm).
    lang_rev: RwSignal<u32>,
    options: StoredValue<WidgetOptions>,
    generation: RwSignal<u32>,
    /// The load under way: aborting it drops its future, whose request deadline then
    /// aborts the request.
    inflight: StoredValue<Option<futures::future::AbortHandle>>,
}

impl Live {
    fn abort_load(&self) {
        if let Some(Some(load)) = self.inflight.try_update_value(Option::take) {
            load.abort();
        }
    }
}

/// A live widget, kept in the registry until unmounted.
struct Mounted {
    id: u32,
    element: web_sys::HtmlElement,
    live: Live,
    /// While pre-rendered HTML is still showing: the detached element the widget
    /// renders into, swapped in once the post is ready.
    takeover: Option<web_sys::HtmlElement>,
    /// Whether `takeover` has replaced the pre-rendered HTML yet.
    swapped: bool,
    /// The JS options given so far (`mount` then every `update`), applied over the
    /// element's attributes, so attribute changes and option objects combine.
    overrides: js_sys::Object,
    /// Dropping it unmounts the view.
    _view: leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>,
    /// Owns the widget's signals; cleaned up on unmount.
    owner: Owner,
}

thread_local! {
    // Widgets live here, not in the JS handle: a host that drops the handle (as
    // `mountAll()` callers usually do) must not lose the widget to garbage collection.
    static WIDGETS: std::cell::RefCell<Vec<Mounted>> = const { std::cell::RefCell::new(Vec::new()) };
    static NEXT_ID: std::cell::Cell<u32> = const { std::cell::Cell::new(1) };
}

fn with_widget<R>(found: impl Fn(&Mounted) -> bool, f: impl FnOnce(&Mounted) -> R) -> Option<R> {
    WIDGETS.with(|w| w.borrow().iter().find(|m| found(m)).map(f))
}

fn remove_widget(predicate: impl Fn(&Mounted) -> bool) {
    let removed: Vec<Mounted> = WIDGETS.with(|w| {
        let mut widgets = w.borrow_mut();
        let (gone, kept): (Vec<_>, Vec<_>) = widgets.drain(..).partition(|m| predicate(m));
        *widgets = kept;
        gone
    });
    // Dropped outside the borrow: unmounting may run cleanups that touch the registry.
    for m in removed {
        m.live.abort_load();
        m.live.generation.try_update(|g| *g = g.wrapping_add(1));
        let _ = m.element.remove_attribute(MOUNTED_ATTR);
        let _ = m.element.remove_attribute("data-state");
        let Mounted {
            _view,
            owner,
            takeover,
            ..
        } = m;
        if let Some(holder) = takeover {
            holder.remove();
        }
        drop(_view);
        owner.cleanup();
    }
}

/// A handle on a mounted widget. Dropping it keeps the widget; `unmount()` removes
/// everything the widget added.
#[wasm_bindgen]
pub struct WidgetHandle {
    id: u32,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Remove the widget: its DOM, listeners and reactive state.
    pub fn unmount(&self) {
        remove_widget(|m| m.id == self.id);
    }

    /// Apply new options: theme, layout and link change in place; a new source reloads.
    pub fn update(&self, options: JsValue) {
        let Some((element, live, overrides)) = with_widget(
            |m| m.id == self.id,
            |m| (m.element.clone(), m.live, m.overrides.clone()),
        ) else {
            return;
        };
        if options.is_object() {
            js_sys::Object::assign(&overrides, &js_sys::Object::from(options));
        }
        let next = WidgetOptions::from_element(&element).merged(&overrides);
        let Some(previous) = live.options.try_get_value() else {
            return;
        };
        live.options.try_set_value(next.clone());
        if next.theme != previous.theme {
            live.theme.try_set(next.theme);
        }
        if next.layout != previous.layout {
            live.layout.try_set(next.layout);
        }
        if next.link != previous.link {
            live.link.try_set(next.link.clone());
        }
        if next.heading_level != previous.heading_level {
            live.heading.try_set(next.heading_level);
        }
        if next.storage != previous.storage {
            live.storage.try_set(next.storage);
        }
        if next.lang != previous.lang
            || next.strings != previous.strings
            || next.locale_strings != previous.locale_strings
        {
            live.lang_rev.try_update(|r| *r = r.wrapping_add(1));
        }
        if next.source != previous.source || next.timeout_ms != previous.timeout_ms {
            start_load(&element, live);
        }
    }

    /// `loading`, `ready`, `error`, or `unmounted`.
    #[wasm_bindgen(getter)]
    pub fn state(&self) -> String {
        with_widget(
            |m| m.id == self.id,
            |m| m.live.state.try_with_untracked(|s| s.as_str().to_owned()),
        )
        .flatten()
        .unwrap_or_else(|| "unmounted".to_owned())
    }
}

/// Mount a widget in `element`. `options` (an object or `undefined`) overrides the
/// element's `data-alphanode-*` attributes: `{ src, theme, layout, link, timeout,
/// heading, storage, lang, strings }`.
#[wasm_bindgen]
pub fn mount(element: web_sys::HtmlElement, options: JsValue) -> WidgetHandle {
    let overrides = js_sys::Object::new();
    if options.is_object() {
        js_sys::Object::assign(&overrides, &js_sys::Object::from(options));
    }
    let options = WidgetOptions::from_element(&element).merged(&overrides);
    // Mounting again replaces the widget already there.
    remove_widget(|m| m.element == element);
    // Pre-rendered HTML (from `anp-render`) stays on screen while the post loads; the
    // widget renders off-screen and is swapped in, so nothing flashes or shifts.
    // Anything else the host put inside is replaced at once.
    let prerendered = element
        .query_selector(":scope > .anp-article")
        .ok()
        .flatten()
        .is_some();
    let takeover = if prerendered {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.create_element("div").ok())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    } else {
        None
    };
    if let Some(holder) = &takeover {
        holder.set_class_name("anp-takeover");
    } else {
        element.set_text_content(None);
    }
    let mount_target = takeover.clone().unwrap_or_else(|| element.clone());
    let _ = element.set_attribute(MOUNTED_ATTR, "");

    let owner = Owner::new();
    let live = owner.with(|| Live {
        state: RwSignal::new(ArticleState::Loading),
        theme: RwSignal::new(options.theme),
        layout: RwSignal::new(options.layout),
        link: RwSignal::new(options.link.clone()),
        heading: RwSignal::new(options.heading_level),
        storage: RwSignal::new(options.storage),
        lang_rev: RwSignal::new(0),
        options: StoredValue::new(options.clone()),
        generation: RwSignal::new(0),
        inflight: StoredValue::new(None),
    });
    let Live {
        state,
        theme,
        layout,
        link,
        heading,
        storage,
        lang_rev,
        options: current_options,
        ..
    } = live;

    let host: web_sys::EventTarget = element.clone().into();
    let retry_target = element.clone();
    let on_retry = move |_| retry_all(&retry_target);
    let checklist_target = host.clone();
    let navigate_target = host.clone();
    let mounted = owner.with(|| {
        leptos::mount::mount_to(mount_target, move || {
            let on_retry = Callback::new(on_retry);
            let on_checklist_change =
                Callback::new(move |p| events::checklist(&checklist_target, &p));
            let on_navigate = Callback::new(move |r| {
                !emit_cancelable(
                    &navigate_target,
                    "alphanode:navigate",
                    &events::navigate_detail(&r),
                )
            });
            // The checklists read the storage mode, and every part the reader's
            // strings, when they are created: a new mode or language renders the
            // article again (the loaded post is kept, nothing is fetched).
            (move || {
                provide_context(storage.get());
                lang_rev.track();
                provide_context(
                    current_options
                        .try_with_value(WidgetOptions::reader_strings)
                        .unwrap_or_default(),
                );
                view! {
                    <Article
                        state=state
                        theme=theme
                        layout=layout
                        link_template=link
                        heading_level=heading
                        on_retry=on_retry
                        on_checklist_change=on_checklist_change
                        on_navigate=on_navigate
                    />
                }
            })
            .into_any()
        })
    });
    let id = NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1));
        id
    });
    WIDGETS.with(|w| {
        w.borrow_mut().push(Mounted {
            id,
            element: element.clone(),
            live,
            takeover,
            swapped: false,
            overrides,
            _view: mounted,
            owner,
        })
    });
    start_load(&element, live);
    WidgetHandle { id }
}

/// Called by `embed.js` for each post request it started while the wasm was loading;
/// the widget that loads `url` first takes the response over (see
/// [`crate::load::adopt_prefetch`]).
#[wasm_bindgen]
pub fn prefetched(
    url: String,
    response: js_sys::Promise,
    body: js_sys::Promise,
    controller: web_sys::AbortController,
) {
    crate::load::adopt_prefetch(url, response, body, controller);
}

/// Replace pre-rendered HTML with the live widget, after the widget's DOM has caught
/// up with the ready state (effects run before the next frame).
fn swap_in_takeover(element: &web_sys::HtmlElement) {
    let holder = WIDGETS.with(|w| {
        w.borrow_mut()
            .iter_mut()
            .find(|m| m.element == *element && !m.swapped)
            .and_then(|m| {
                m.swapped = true;
                m.takeover.clone()
            })
    });
    let Some(holder) = holder else { return };
    let element = element.clone();
    request_animation_frame(move || {
        // A reader may have ticked the pre-rendered checklist before the widget was
        // ready (a lazy one, or on a slow connection): carry those ticks over.
        let ticks = checklist_ticks(&element);
        element.replace_children_with_node_1(&holder);
        apply_ticks(&holder, &ticks);
    });
}

fn checkboxes_by_list(root: &web_sys::Element) -> Vec<Vec<web_sys::HtmlInputElement>> {
    let all = |node: &web_sys::Element, selector: &str| -> Vec<web_sys::Element> {
        let Ok(list) = node.query_selector_all(selector) else {
            return Vec::new();
        };
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
            .collect()
    };
    all(root, ".anp-checklist")
        .iter()
        .map(|list| {
            all(list, ".anp-checklist__checkbox")
                .into_iter()
                .filter_map(|b| b.dyn_into::<web_sys::HtmlInputElement>().ok())
                .collect()
        })
        .collect()
}

/// Per checklist, per item: the state the reader gave it, where it differs from the
/// published one.
fn checklist_ticks(root: &web_sys::Element) -> Vec<Vec<Option<bool>>> {
    checkboxes_by_list(root)
        .iter()
        .map(|boxes| {
            boxes
                .iter()
                .map(|b| (b.checked() != b.default_checked()).then(|| b.checked()))
                .collect()
        })
        .collect()
}

/// Tick the live checklist as the reader did; a click goes through the widget's own
/// handler, so the tick is saved and reported like any other.
fn apply_ticks(root: &web_sys::Element, ticks: &[Vec<Option<bool>>]) {
    for (boxes, wanted) in checkboxes_by_list(root).iter().zip(ticks) {
        for (checkbox, want) in boxes.iter().zip(wanted) {
            if matches!(want, Some(w) if *w != checkbox.checked()) {
                checkbox.click();
            }
        }
    }
}

/// "Try again" in one widget retries every widget of the same post that failed, and
/// they share the new request.
fn retry_all(element: &web_sys::HtmlElement) {
    let Some(source) = with_widget(
        |m| m.element == *element,
        |m| m.live.options.try_with_value(|o| o.source.clone()),
    )
    .flatten()
    .flatten() else {
        return;
    };
    let failed: Vec<(web_sys::HtmlElement, Live)> = WIDGETS.with(|w| {
        w.borrow()
            .iter()
            .filter(|m| {
                m.element == *element
                    || (m
                        .live
                        .options
                        .try_with_value(|o| o.source.as_deref() == Some(&source))
                        == Some(true)
                        && m.live
                            .state
                            .try_with_untracked(|s| matches!(s, ArticleState::Error(_)))
                            == Some(true))
            })
            .map(|m| (m.element.clone(), m.live))
            .collect()
    });
    for (element, live) in failed {
        start_load(&element, live);
    }
}

fn start_load(element: &web_sys::HtmlElement, live: Live) {
    let Some(options) = live.options.try_get_value() else {
        return;
    };
    let generation = live.generation.try_update(|g| {
        *g = g.wrapping_add(1);
        *g
    });
    let Some(generation) = generation else { return };
    let state = live.state;
    let current = live.generation;
    let target: web_sys::EventTarget = element.clone().into();
    let element = element.clone();
    state.try_set(ArticleState::Loading);
    let _ = element.set_attribute("data-state", "loading");
    let source = options.source.clone();
    let load = LoadOptions {
        timeout_ms: options.timeout_ms,
        ..LoadOptions::default()
    };
    let finish = move |result: SharedPost| {
        if current.try_get_untracked() != Some(generation) {
            return;
        }
        let (name, detail, data_state) = match &result {
            Ok(ready) => (
                "alphanode:ready",
                events::ready_detail(&ready.post, &ready.warnings),
                "ready",
            ),
            Err(failure) => ("alphanode:error", events::error_detail(failure), "error"),
        };
        state.try_set(ArticleState::loaded(result));
        let _ = element.set_attribute("data-state", data_state);
        if data_state == "ready" {
            swap_in_takeover(&element);
        }
        emit(&target, name, &detail);
    };
    match source {
        None => finish(Err(crate::model::Failure::message(
            "no post given: set data-alphanode-post to a URL or to #id of a <script type=\"application/json\">",
        ))),
        Some(src) if src.starts_with('#') => finish(
            inline_post(&src).map(|(post, warnings)| Arc::new(ReadyPost { post, warnings })),
        ),
        Some(src) => {
            live.abort_load();
            let (task, handle) = futures::future::abortable(async move {
                finish(fetch_post_shared(&src, &load).await);
            });
            live.inflight.try_set_value(Some(handle));
            leptos::task::spawn_local(async move {
                let _ = task.await;
            });
        }
    }
}
