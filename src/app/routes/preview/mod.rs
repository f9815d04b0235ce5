//! `/preview`: the designer preview. Edit a post's JSON and see it rendered live, in
//! every layout and theme, at phone, tablet and desktop widths; share it as a link.
//!
//! This file holds the page's state and the rendering; the toolbar and the problems
//! list live beside it.

mod problems;
mod snippet;
mod toolbar;

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;

use crate::app::samples::{self, REFERENCE};
#[cfg(target_arch = "wasm32")]
use crate::app::share;
use crate::app::share::Shared;
use crate::components::{Article, ArticleState, MetaBox, MetaLayout, ReadyPost, Theme};
use crate::i18n::{AppText, Strings};
use crate::model::{locate_path, parse_post, Diagnostic};

use problems::Problems;
use toolbar::Toolbar;

/// Widths of the preview frame; 0 fills the pane.
const VIEWPORTS: [(u32, &str); 4] = [
    (375, "Phone 375"),
    (768, "Tablet 768"),
    (1280, "Desktop 1280"),
    (0, "Fill"),
];
/// Wait this long after the last keystroke before re-rendering.
const DEBOUNCE: Duration = Duration::from_millis(250);

/// Result of one parse of the editor's text.
#[derive(Clone, Debug, Default, PartialEq)]
struct Check {
    /// Errors or warnings, with line and column where they can be found in the text.
    diagnostics: Vec<Diagnostic>,
    /// Whether the text could be rendered.
    ok: bool,
}

fn check(text: &str) -> (Check, Option<Arc<ReadyPost>>) {
    let parsed = parse_post(text, None);
    let mut diagnostics = parsed.diagnostics.clone();
    for d in &mut diagnostics {
        if d.line.is_none() {
            if let Some((line, column)) = locate_path(text, &d.path) {
                d.line = Some(line);
                d.column = Some(column);
            }
        }
    }
    let ready = parsed.value.map(|post| {
        Arc::new(ReadyPost {
            post,
            warnings: diagnostics.clone(),
        })
    });
    let ok = ready.is_some();
    (Check { diagnostics, ok }, ready)
}

/// Everything the preview's parts share. Every field is a signal, so the struct is
/// `Copy` and each part reads what it needs.
#[derive(Clone, Copy)]
struct Preview {
    /// The editor's text, updated on every keystroke.
    text: RwSignal<String>,
    /// The text of the last render (the editor may hold invalid JSON meanwhile).
    rendered_text: StoredValue<String>,
    /// The last post that could be rendered.
    rendered: RwSignal<Option<Arc<ReadyPost>>>,
    /// Diagnostics of the editor's text as of the last parse.
    status: RwSignal<Check>,
    /// Sample picked in the gallery menu.
    sample: RwSignal<Option<&'static str>>,
    /// Whether the text is still the picked sample's, unedited.
    pristine: RwSignal<bool>,
    layout: RwSignal<MetaLayout>,
    theme: RwSignal<Theme>,
    /// Frame width preset, one of [`VIEWPORTS`].
    viewport: RwSignal<u32>,
    compare: RwSignal<bool>,
    /// The toolbar's message after an action.
    notice: RwSignal<Notice>,
}

/// What the toolbar says after an action.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Notice {
    message: String,
    /// Text the clipboard refused, offered for copying by hand.
    manual: Option<String>,
}

impl Notice {
    fn say(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            manual: None,
        }
    }
}

impl Preview {
    fn new(initial: &Shared, json: String, sample: Option<&'static str>) -> Self {
        let (first_check, first_ready) = check(&json);
        let width = VIEWPORTS
            .iter()
            .map(|(w, _)| *w)
            .find(|w| *w == initial.width)
            .unwrap_or(0);
        Self {
            rendered_text: StoredValue::new(if first_ready.is_some() {
                json.clone()
            } else {
                String::new()
            }),
            pristine: RwSignal::new(sample.is_some() && initial.json.is_none()),
            text: RwSignal::new(json),
            rendered: RwSignal::new(first_ready),
            status: RwSignal::new(first_check),
            sample: RwSignal::new(sample),
            layout: RwSignal::new(initial.layout),
            theme: RwSignal::new(initial.theme),
            viewport: RwSignal::new(width),
            compare: RwSignal::new(initial.compare),
            notice: RwSignal::new(Notice::default()),
        }
    }

    /// Parse the editor's text now; keep the last good render while it is invalid.
    fn reparse(self) {
        let (result, ready) = self.text.with_untracked(|t| check(t));
        if let Some(ready) = ready {
            self.rendered_text.set_value(self.text.get_untracked());
            self.rendered.set(Some(ready));
        }
        self.status.set(result);
        write_fragment(&self.shared());
    }

    /// The current state as a share link carries it.
    fn shared(self) -> Shared {
        let sample = self.sample.get_untracked();
        let pristine = self.pristine.get_untracked() && sample.is_some();
        Shared {
            json: (!pristine).then(|| self.text.get_untracked()),
            sample: sample.map(str::to_owned),
            layout: self.layout.get_untracked(),
            theme: self.theme.get_untracked(),
            width: self.viewport.get_untracked(),
            compare: self.compare.get_untracked(),
        }
    }
}

/// The designer preview page.
#[component]
pub fn PreviewPage() -> impl IntoView {
    let s = use_context::<Strings>().unwrap_or_default();
    crate::app::set_title(s.app(AppText::Preview));
    let initial = read_fragment().unwrap_or(Shared {
        theme: Theme::Light,
        ..Shared::default()
    });
    let sample = initial.sample.as_deref().and_then(samples::find);
    let json = initial
        .json
        .clone()
        .or_else(|| sample.map(|s| (s.make)()))
        .unwrap_or_else(|| REFERENCE.to_owned());
    let initial_json = json.clone();
    let preview = Preview::new(&initial, json, sample.map(|s| s.id));
    let Preview {
        text,
        rendered,
        layout,
        theme,
        viewport,
        compare,
        ..
    } = preview;
    let editor = NodeRef::<leptos::html::Textarea>::new();
    let pending = StoredValue::new(None::<TimeoutHandle>);

    let on_input = move |ev: leptos::ev::Event| {
        text.set(event_target_value(&ev));
        preview.pristine.set(false);
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        pending.set_value(set_timeout_with_handle(move || preview.reparse(), DEBOUNCE).ok());
    };
    let load_sample = Callback::new(move |id: String| {
        let Some(sample) = samples::find(&id) else {
            return;
        };
        let json = (sample.make)();
        if let Some(area) = editor.get_untracked() {
            area.set_value(&json);
        }
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        text.set(json);
        preview.sample.set(Some(sample.id));
        preview.pristine.set(true);
        preview.reparse();
    });
    // Every control is in the link as soon as it changes, so the address bar can be
    // copied as well as the button's link.
    Effect::new(move |_| {
        layout.track();
        theme.track();
        viewport.track();
        compare.track();
        write_fragment(&preview.shared());
    });

    let state = Signal::derive(move || match rendered.get() {
        Some(ready) => ArticleState::Ready(ready),
        None => ArticleState::Loading,
    });
    let frame_class = move || {
        let width = viewport.get();
        if width == 0 {
            "anp-preview__frame anp-preview__frame--fill".to_owned()
        } else {
            format!("anp-preview__frame anp-preview__frame--{width}")
        }
    };

    view! {
        <section class="anp-page anp-preview" data-page="preview">
            <h1 class="anp-page__title">{s.app(AppText::DesignerPreview).to_owned()}</h1>
            <Toolbar preview load_sample />
            <div class="anp-preview__panes" class:anp-preview__panes--compare=move || compare.get()>
                <div class="anp-preview__editor-pane">
                    <label class="anp-preview__label" for="anp-preview-json">{s.app(AppText::PostJson).to_owned()}</label>
                    // JSON reads left to right whatever the interface's language.
                    <textarea
                        id="anp-preview-json"
                        dir="ltr"
                        node_ref=editor
                        class="anp-preview__editor"
                        spellcheck="false"
                        wrap="off"
                        autocomplete="off"
                        prop:value=initial_json
                        on:input=on_input
                    ></textarea>
                    <Problems status=preview.status text editor />
                </div>
                <div class="anp-preview__render-pane">
                    <div class=frame_class data-width=move || viewport.get().to_string()>
                        {move || if compare.get() {
                            compare_view(&s, rendered.get(), theme.get()).into_any()
                        } else {
                            view! { <Article state theme=theme layout=layout heading_level=2u8 /> }.into_any()
                        }}
                    </div>
                </div>
            </div>
        </section>
    }
}

/// Every layout's meta box side by side for the same data.
fn compare_view(s: &Strings, ready: Option<Arc<ReadyPost>>, theme: Theme) -> impl IntoView {
    let meta = ready.and_then(|r| r.post.meta.clone());
    let no_meta = s.app(AppText::NoMeta).to_owned();
    view! {
        <div class="anp-preview__compare-grid">
            {MetaLayout::ALL.iter().map(|layout| {
                let meta = meta.clone();
                let no_meta = no_meta.clone();
                view! {
                    <section class="anp-preview__compare-cell anp-theme" data-theme=theme.as_str()>
                        <h2 class="anp-preview__compare-title">{layout.as_str()}</h2>
                        <div class="anp-article" data-theme=theme.as_str() data-state="ready">
                            {match meta {
                                Some(meta) => view! { <MetaBox meta layout=*layout /> }.into_any(),
                                None => view! { <p>{no_meta}</p> }.into_any(),
                            }}
                        </div>
                    </section>
                }
            }).collect_view()}
        </div>
    }
}

#[cfg(target_arch = "wasm32")]
fn read_fragment() -> Option<Shared> {
    let hash = web_sys::window()?.location().hash().ok()?;
    share::decode(&hash)
}

/// Put the state in the address bar; returns the page's full URL with it.
#[cfg(target_arch = "wasm32")]
fn write_fragment(shared: &Shared) -> String {
    let fragment = share::encode(shared);
    let Some(window) = web_sys::window() else {
        return String::new();
    };
    // A bare "#…" would resolve against <base href>, not against this page.
    let location = window.location();
    let here = format!(
        "{}{}#{fragment}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&here));
    }
    location.href().unwrap_or(here)
}

/// Where the app (and the embed files beside it) is served, as an absolute URL.
#[cfg(target_arch = "wasm32")]
fn web_base() -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}", crate::app::base_path())
}

#[cfg(target_arch = "wasm32")]
fn download_json(json: &str) -> bool {
    use wasm_bindgen::JsCast;
    let run = || -> Option<()> {
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(json));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("application/json");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let document = web_sys::window()?.document()?;
        let a: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
        a.set_href(&url);
        a.set_download("post.json");
        a.click();
        let _ = web_sys::Url::revoke_object_url(&url);
        Some(())
    };
    run().is_some()
}

#[cfg(not(target_arch = "wasm32"))]
fn read_fragment() -> Option<Shared> {
    None
}
#[cfg(not(target_arch = "wasm32"))]
fn write_fragment(_: &Shared) -> String {
    String::new()
}
#[cfg(not(target_arch = "wasm32"))]
fn web_base() -> String {
    String::new()
}
#[cfg(not(target_arch = "wasm32"))]
fn download_json(_: &str) -> bool {
    false
}
