//! The embeddable widget: renders posts into host elements, reads options from
//! `data-alphanode-*` attributes, and reports to the host with DOM events.
//!
//! Host contract (see README): `<div data-alphanode-post="URL | #script-id">`, options
//! `data-alphanode-theme`, `-layout`, `-link`, `-timeout`; events `alphanode:ready`,
//! `alphanode:error`, `alphanode:checklist-change`, `alphanode:navigate` (cancelable).
//! `embed.js` wraps [`mount`] as `mount(element, options)` and `mountAll(root)`
//! (finding the elements itself, so each handle has its `ready` promise), and defines
//! `<alphanode-article>`.
//!
//! Why no view tree: a widget shows what the article's one writer writes for its
//! state and options, through the same controller the
//! [`Article`](crate::components::Article) component uses (three delegated
//! listeners on its `<article>`, rewrites that morph in place). Mounting it through
//! Leptos's renderer and signals instead made the wasm hosts download 29% larger,
//! for nothing a host sees; the embed keeps no reactive owner at all.

mod events;
mod options;
mod render;
mod renderers;

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::{
    checkboxes, checklist_sections, shown_warnings, write_article, ArticleOptions, ArticleState,
    Handlers, Live, WriteCx,
};
use crate::load::{
    fetch_meta_profile, fetch_post_shared, inline_meta_profile, inline_post, LoadOptions,
    SharedPost,
};
use crate::model::MetaProfile;
use events::{emit, emit_cancelable};
pub use options::{ProfileSource, WidgetOptions};
pub use render::render_to_string;

/// Attribute set on an element while a widget is mounted in it.
pub const MOUNTED_ATTR: &str = "data-alphanode-mounted";

/// Called by the embed binary's `main`; nothing runs until the host mounts.
pub fn start() {}

/// A live widget, kept in the registry until unmounted.
struct Mounted {
    id: u32,
    element: web_sys::HtmlElement,
    /// The widget's `<article class="anp-article">` and what makes it act.
    live: Live,
    /// While pre-rendered HTML is still showing: the detached element the widget
    /// renders into, swapped in once the post is ready.
    takeover: Option<web_sys::HtmlElement>,
    /// Whether `takeover` has replaced the pre-rendered HTML yet.
    swapped: bool,
    /// The JS options given so far (`mount` then every `update`), applied over the
    /// element's attributes, so attribute changes and option objects combine.
    overrides: js_sys::Object,
    options: WidgetOptions,
    state: ArticleState,
    /// Bumped by every load, so a late answer to an earlier one is ignored.
    generation: u32,
    /// The load under way: aborting it drops its future, whose request deadline then
    /// aborts the request.
    inflight: Option<futures::future::AbortHandle>,
    /// The meta profile of `options.meta_profile`, once read or fetched.
    profile: Option<Arc<MetaProfile>>,
    /// Bumped by every profile load, so a late profile of an earlier source is ignored.
    profile_generation: u32,
}

thread_local! {
    // Widgets live here, not in the JS handle: a host that drops the handle (as
    // `mountAll()` callers usually do) must not lose the widget to garbage collection.
    static WIDGETS: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: std::cell::Cell<u32> = const { std::cell::Cell::new(1) };
}

/// Runs `f` on widget `id`. Nothing that dispatches events to the page may run
/// inside (a host's handler may call back into the registry). A host's renderer
/// does run inside (a write): whatever it calls back does nothing rather than panic.
fn with_widget<R>(id: u32, f: impl FnOnce(&mut Mounted) -> R) -> Option<R> {
    WIDGETS.with(|w| {
        w.try_borrow_mut()
            .ok()?
            .iter_mut()
            .find(|m| m.id == id)
            .map(f)
    })
}

fn remove_widget(predicate: impl Fn(&Mounted) -> bool) {
    let removed: Vec<Mounted> = WIDGETS.with(|w| {
        let Ok(mut widgets) = w.try_borrow_mut() else {
            return Vec::new();
        };
        let (gone, kept): (Vec<_>, Vec<_>) = widgets.drain(..).partition(|m| predicate(m));
        *widgets = kept;
        gone
    });
    // Dropped outside the borrow.
    for m in removed {
        if let Some(load) = m.inflight {
            load.abort();
        }
        let _ = m.element.remove_attribute(MOUNTED_ATTR);
        let _ = m.element.remove_attribute("data-state");
        m.live.root().remove();
        if let Some(holder) = m.takeover {
            holder.remove();
        }
        // Dropping the controller removes its listeners and stops following storage.
        drop(m.live);
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
    /// Remove the widget: its DOM, listeners and state.
    pub fn unmount(&self) {
        remove_widget(|m| m.id == self.id);
    }

    /// Apply new options: theme, layout and link change in place; a new source reloads.
    pub fn update(&self, options: JsValue) {
        let reload = with_widget(self.id, |m| {
            if options.is_object() {
                js_sys::Object::assign(&m.overrides, &js_sys::Object::from(options));
            }
            let next = WidgetOptions::from_element(&m.element).merged(&m.overrides);
            let previous = std::mem::replace(&mut m.options, next.clone());
            // The article is written again (the loaded post is kept, nothing is
            // fetched); the rewrite keeps every part written the same way, and the
            // reader's ticks.
            render(m);
            let reload = next.source != previous.source || next.timeout_ms != previous.timeout_ms;
            (reload, next.meta_profile != previous.meta_profile)
        });
        match reload {
            Some((true, _)) => start_load(self.id),
            // A new profile alone: the post stays, shown with the old profile until
            // the new one is read.
            Some((false, true)) => load_profile(self.id),
            _ => {}
        }
    }

    /// `loading`, `ready`, `error`, or `unmounted`.
    #[wasm_bindgen(getter)]
    pub fn state(&self) -> String {
        with_widget(self.id, |m| m.state.as_str().to_owned())
            .unwrap_or_else(|| "unmounted".to_owned())
    }
}

/// Mount a widget in `element`. `options` (an object or `undefined`) overrides the
/// element's `data-alphanode-*` attributes: `{ src, theme, layout, link, timeout,
/// heading, storage, lang, strings }`, and `renderers` (functions by block type,
/// see the README).
#[wasm_bindgen]
pub fn mount(element: web_sys::HtmlElement, options: JsValue) -> WidgetHandle {
    let overrides = js_sys::Object::new();
    if options.is_object() {
        js_sys::Object::assign(&overrides, &js_sys::Object::from(options));
    }
    let options = WidgetOptions::from_element(&element).merged(&overrides);
    // Mounting again replaces the widget already there.
    remove_widget(|m| m.element == element);
    let document = element.owner_document();
    let create = |name: &str| document.as_ref().and_then(|d| d.create_element(name).ok());
    let Some(root) = create("article") else {
        return WidgetHandle { id: 0 };
    };
    root.set_class_name("anp-article");
    // Pre-rendered HTML (from `anp-render`) stays on screen while the post loads; the
    // widget renders off-screen and is swapped in, so nothing flashes or shifts.
    // Anything else the host put inside is replaced at once.
    let prerendered = element
        .query_selector(":scope > .anp-article")
        .ok()
        .flatten()
        .is_some();
    let takeover = create("div")
        .filter(|_| prerendered)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match &takeover {
        Some(holder) => {
            holder.set_class_name("anp-takeover");
            let _ = holder.append_child(&root);
        }
        None => {
            element.set_text_content(None);
            let _ = element.append_child(&root);
        }
    }
    let _ = element.set_attribute(MOUNTED_ATTR, "");

    let id = NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1));
        id
    });
    let host: web_sys::EventTarget = element.clone().into();
    let navigate_target = host.clone();
    let handlers = Handlers {
        on_retry: Some(Rc::new(move || retry_all(id))),
        on_navigate: Some(Rc::new(move |r| {
            !emit_cancelable(
                &navigate_target,
                "alphanode:navigate",
                &events::navigate_detail(&r),
            )
        })),
        on_checklist_change: None,
    };
    let handlers = Handlers {
        on_checklist_change: Some(Rc::new(move |p| events::checklist(&host, &p))),
        ..handlers
    };
    let live = Live::attach(root, Default::default(), options.reader_strings(), handlers);
    WIDGETS.with(|w| {
        let Ok(mut widgets) = w.try_borrow_mut() else {
            return;
        };
        widgets.push(Mounted {
            id,
            element,
            live,
            takeover,
            swapped: false,
            overrides,
            options,
            state: ArticleState::Loading,
            generation: 0,
            inflight: None,
            profile: None,
            profile_generation: 0,
        })
    });
    start_load(id);
    WidgetHandle { id }
}

/// Writes the widget's whole article for its state and options, in place of what
/// it shows (see [`Live::rewrite`]). Returns the body indices of the unknown blocks
/// a renderer showed, which the `alphanode:ready` event does not count as warnings.
fn render(m: &mut Mounted) -> Vec<usize> {
    let o = &m.options;
    // Read at every write, so `update({ renderers })` applies as any option does.
    let base = renderers::base_of(o.source.as_deref());
    let cx = WriteCx::new(o.reader_strings())
        .heading_level(o.heading_level)
        .storage(o.storage)
        .lang(o.lang.clone())
        .meta_profile(m.profile.clone())
        .renderers(renderers::from_options(&m.overrides, base, true));
    let article = ArticleOptions {
        theme: o.theme,
        layout: o.layout,
        link_template: o.link.clone(),
        class: None,
        retry: true,
    };
    let written = write_article(&cx, &m.state, &article);
    let shown_unknown = written.hooks.shown_unknown.clone();
    m.live.rewrite(written);
    shown_unknown
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

/// Replace pre-rendered HTML with the live widget, once the live article is written.
fn swap_in_takeover(id: u32) {
    let Some((element, holder)) = with_widget(id, |m| {
        if m.swapped {
            return None;
        }
        m.swapped = true;
        Some((m.element.clone(), m.takeover.clone()?))
    })
    .flatten() else {
        return;
    };
    // A reader may have ticked the pre-rendered checklist before the widget was
    // ready (a lazy one, or on a slow connection): carry those ticks over.
    let ticks = checklist_ticks(&element);
    element.replace_children_with_node_1(&holder);
    apply_ticks(&holder, &ticks);
}

/// The checkboxes of each checklist in `root`, found as the controller finds them.
fn checkboxes_by_list(root: &web_sys::Element) -> Vec<Vec<web_sys::HtmlInputElement>> {
    checklist_sections(root).iter().map(checkboxes).collect()
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
/// listener, so the tick is saved and reported like any other.
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
fn retry_all(id: u32) {
    let Some(source) = with_widget(id, |m| m.options.source.clone()).flatten() else {
        return;
    };
    let failed: Vec<u32> = WIDGETS.with(|w| {
        w.borrow()
            .iter()
            .filter(|m| {
                m.id == id
                    || (m.options.source.as_deref() == Some(&source)
                        && matches!(m.state, ArticleState::Error(_)))
            })
            .map(|m| m.id)
            .collect()
    });
    for id in failed {
        start_load(id);
    }
}

fn start_load(id: u32) {
    let Some((element, options, generation)) = with_widget(id, |m| {
        m.generation = m.generation.wrapping_add(1);
        // This load brings the profile too: a profile load still under way is stale.
        m.profile_generation = m.profile_generation.wrapping_add(1);
        if let Some(load) = m.inflight.take() {
            load.abort();
        }
        m.state = ArticleState::Loading;
        render(m);
        (m.element.clone(), m.options.clone(), m.generation)
    }) else {
        return;
    };
    let _ = element.set_attribute("data-state", "loading");
    let target: web_sys::EventTarget = element.clone().into();
    // The profile is read before the post is shown, so no key it hides is ever in
    // the page, not even for a moment.
    let profile_url = match &options.meta_profile {
        Some(ProfileSource::Reference(url)) if !url.starts_with('#') => Some(url.clone()),
        _ => None,
    };
    let profile_now = profile_url
        .is_none()
        .then(|| options.meta_profile.as_ref().map(read_profile))
        .flatten();
    let finish = move |result: SharedPost, profile: Option<Arc<MetaProfile>>| {
        let shown = with_widget(id, |m| {
            if m.generation != generation {
                return None;
            }
            m.inflight = None;
            m.state = ArticleState::loaded(result.clone());
            m.profile = profile;
            Some(render(m))
        });
        let Some(Some(shown_unknown)) = shown else {
            return;
        };
        let (name, detail, data_state) = match &result {
            Ok(ready) => {
                // As the widget shows them: an unknown block a renderer showed is no
                // longer a warning.
                let warnings = shown_warnings(&shown_unknown, &ready.warnings);
                (
                    "alphanode:ready",
                    events::ready_detail(&ready.post, &warnings),
                    "ready",
                )
            }
            Err(failure) => ("alphanode:error", events::error_detail(failure), "error"),
        };
        let _ = element.set_attribute("data-state", data_state);
        if data_state == "ready" {
            swap_in_takeover(id);
        }
        emit(&target, name, &detail);
    };
    let load = LoadOptions {
        timeout_ms: options.timeout_ms,
        ..LoadOptions::default()
    };
    match options.source {
        None => finish(Err(crate::model::Failure::message(
            "no post given: set data-alphanode-post to a URL or to #id of a <script type=\"application/json\">",
        )), profile_now),
        Some(src) if src.starts_with('#') && profile_url.is_none() => {
            finish(inline_post(&src), profile_now)
        }
        Some(src) => {
            let (task, handle) = futures::future::abortable(async move {
                let post = async {
                    if src.starts_with('#') {
                        inline_post(&src)
                    } else {
                        fetch_post_shared(&src, &load).await
                    }
                };
                let profile = async {
                    match &profile_url {
                        Some(url) => Some(Arc::new(fetch_meta_profile(url, &load).await)),
                        None => profile_now,
                    }
                };
                let (post, profile) = futures::future::join(post, profile).await;
                finish(post, profile);
            });
            with_widget(id, |m| m.inflight = Some(handle));
            wasm_bindgen_futures::spawn_local(async move {
                let _ = task.await;
            });
        }
    }
}

/// A profile that is on the page (inline JSON or `#id`), read at once.
fn read_profile(source: &ProfileSource) -> Arc<MetaProfile> {
    Arc::new(match source {
        ProfileSource::Inline(text) => MetaProfile::parse(text),
        ProfileSource::Reference(reference) => inline_meta_profile(reference),
    })
}

/// Reads (or fetches) widget `id`'s profile again, after its source changed, and
/// writes the widget with it.
fn load_profile(id: u32) {
    let Some((source, generation, timeout_ms)) = with_widget(id, |m| {
        m.profile_generation = m.profile_generation.wrapping_add(1);
        (
            m.options.meta_profile.clone(),
            m.profile_generation,
            m.options.timeout_ms,
        )
    }) else {
        return;
    };
    let apply = move |profile: Option<Arc<MetaProfile>>| {
        with_widget(id, |m| {
            if m.profile_generation == generation {
                m.profile = profile;
                render(m);
            }
        });
    };
    match source {
        Some(ProfileSource::Reference(url)) if !url.starts_with('#') => {
            let load = LoadOptions {
                timeout_ms,
                ..LoadOptions::default()
            };
            wasm_bindgen_futures::spawn_local(async move {
                apply(Some(Arc::new(fetch_meta_profile(&url, &load).await)));
            });
        }
        other => apply(other.as_ref().map(read_profile)),
    }
}
