//! The embeddable widget: mounts [`Article`] into host elements, reads options from
//! `data-alphanode-*` attributes, and reports to the host with DOM events.
//!
//! Host contract (see README): `<div data-alphanode-post="URL | #script-id">`, options
//! `data-alphanode-theme`, `-layout`, `-link`, `-timeout`; events `alphanode:ready`,
//! `alphanode:error`, `alphanode:checklist-change`, `alphanode:navigate` (cancelable).
//! `embed.js` wraps these exports as `mount(element, options)` and `mountAll(root)`,
//! and defines `<alphanode-article>`.

mod events;
mod options;

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::components::{Article, ArticleState, MetaLayout, ReadyPost, Theme};
use crate::load::{fetch_post, inline_post, LoadOptions, PostResult};
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
    options: StoredValue<WidgetOptions>,
    generation: RwSignal<u32>,
}

/// A mounted widget. `unmount()` removes everything it added.
#[wasm_bindgen]
pub struct WidgetHandle {
    element: web_sys::HtmlElement,
    mounted: Option<leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>>,
    live: Option<Live>,
    /// Owns the widget's signals; dropping it disposes them.
    owner: Option<Owner>,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Remove the widget: its DOM, listeners and reactive state.
    pub fn unmount(&mut self) {
        if let Some(live) = self.live.take() {
            // Bumping the generation makes any load still in flight drop its result.
            live.generation.try_update(|g| *g = g.wrapping_add(1));
        }
        // Dropping the handle unmounts the view; then the signals go.
        self.mounted = None;
        if let Some(owner) = self.owner.take() {
            owner.cleanup();
        }
        let _ = self.element.remove_attribute(MOUNTED_ATTR);
        let _ = self.element.remove_attribute("data-state");
    }

    /// Apply new options: theme, layout and link change in place; a new source reloads.
    pub fn update(&mut self, options: JsValue) {
        let Some(live) = self.live else { return };
        let next = WidgetOptions::from_element(&self.element).merged(&options);
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
        if next.source != previous.source || next.timeout_ms != previous.timeout_ms {
            start_load(&self.element, live);
        }
    }

    /// `loading`, `ready` or `error`.
    #[wasm_bindgen(getter)]
    pub fn state(&self) -> String {
        self.live
            .as_ref()
            .and_then(|l| l.state.try_with_untracked(|s| s.as_str().to_owned()))
            .unwrap_or_else(|| "unmounted".to_owned())
    }
}

/// Mount a widget in `element`. `options` (an object or `undefined`) overrides the
/// element's `data-alphanode-*` attributes: `{ src, theme, layout, link, timeout }`.
#[wasm_bindgen]
pub fn mount(element: web_sys::HtmlElement, options: JsValue) -> WidgetHandle {
    let options = WidgetOptions::from_element(&element).merged(&options);
    // Whatever the host (or a pre-render) put inside is replaced by the widget.
    element.set_text_content(None);
    let _ = element.set_attribute(MOUNTED_ATTR, "");

    let owner = Owner::new();
    let live = owner.with(|| Live {
        state: RwSignal::new(ArticleState::Loading),
        theme: RwSignal::new(options.theme),
        layout: RwSignal::new(options.layout),
        link: RwSignal::new(options.link.clone()),
        options: StoredValue::new(options.clone()),
        generation: RwSignal::new(0),
    });
    let Live {
        state,
        theme,
        layout,
        link,
        ..
    } = live;

    let host: web_sys::EventTarget = element.clone().into();
    let retry_target = element.clone();
    let on_retry = move |_| start_load(&retry_target, live);
    let checklist_target = host.clone();
    let navigate_target = host.clone();
    let mounted = owner.with(|| {
        leptos::mount::mount_to(element.clone(), move || {
            view! {
                <Article
                    state=state
                    theme=theme
                    layout=layout
                    link_template=link
                    on_retry=Callback::new(on_retry)
                    on_checklist_change=Callback::new(move |p| events::checklist(&checklist_target, &p))
                    on_navigate=Callback::new(move |r| !emit_cancelable(&navigate_target, "alphanode:navigate", &events::navigate_detail(&r)))
                />
            }
            .into_any()
        })
    });
    let handle = WidgetHandle {
        element: element.clone(),
        mounted: Some(mounted),
        live: Some(live),
        owner: Some(owner),
    };
    start_load(&element, live);
    handle
}

/// Mount a widget in every `[data-alphanode-post]` under `root` (default: the
/// document) that has none yet. Returns the new handles.
#[wasm_bindgen(js_name = mountAll)]
pub fn mount_all(root: Option<web_sys::Element>) -> js_sys::Array {
    let handles = js_sys::Array::new();
    let selector = format!("[data-alphanode-post]:not([{MOUNTED_ATTR}])");
    let found = match &root {
        Some(r) => r.query_selector_all(&selector),
        None => match web_sys::window().and_then(|w| w.document()) {
            Some(d) => d.query_selector_all(&selector),
            None => return handles,
        },
    };
    let Ok(list) = found else { return handles };
    for i in 0..list.length() {
        if let Some(el) = list
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        {
            handles.push(&JsValue::from(mount(el, JsValue::UNDEFINED)));
        }
    }
    handles
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
    let finish = move |result: PostResult| {
        if current.try_get_untracked() != Some(generation) {
            return;
        }
        let next = match result {
            Ok((post, warnings)) => {
                let detail = events::ready_detail(&post, &warnings);
                state.try_set(ArticleState::Ready(Arc::new(ReadyPost { post, warnings })));
                let _ = element.set_attribute("data-state", "ready");
                ("alphanode:ready", detail)
            }
            Err(failure) => {
                let detail = events::error_detail(&failure);
                state.try_set(ArticleState::failed(failure));
                let _ = element.set_attribute("data-state", "error");
                ("alphanode:error", detail)
            }
        };
        emit(&target, next.0, &next.1);
    };
    match source {
        None => finish(Err(crate::model::Failure::message(
            "no post given: set data-alphanode-post to a URL or to #id of a <script type=\"application/json\">",
        ))),
        Some(src) if src.starts_with('#') => finish(inline_post(&src)),
        Some(src) => leptos::task::spawn_local(async move {
            finish(fetch_post(&src, &load).await);
        }),
    }
}
