//! `/preview`: the designer preview. Edit a post's JSON and see it rendered live, in
//! every layout and theme, at phone, tablet and desktop widths; share it as a link.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;

use crate::app::samples::{REFERENCE, SAMPLES};
#[cfg(target_arch = "wasm32")]
use crate::app::share;
use crate::app::share::Shared;
use crate::components::{Article, ArticleState, MetaBox, MetaLayout, ReadyPost, Theme};
use crate::model::{locate_path, parse_post, Diagnostic};

/// Widths of the preview frame.
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

/// The designer preview page.
#[component]
pub fn PreviewPage() -> impl IntoView {
    crate::app::set_title("Preview");
    let initial = read_fragment().unwrap_or(Shared {
        json: REFERENCE.to_owned(),
        layout: MetaLayout::List,
        theme: Theme::Light,
    });
    let (first_check, first_ready) = check(&initial.json);
    let text = RwSignal::new(initial.json.clone());
    let status = RwSignal::new(first_check);
    let rendered = RwSignal::new(first_ready);
    let layout = RwSignal::new(initial.layout);
    let theme = RwSignal::new(initial.theme);
    let viewport = RwSignal::new(0u32);
    let compare = RwSignal::new(false);
    let notice = RwSignal::new(String::new());
    let editor = NodeRef::<leptos::html::Textarea>::new();
    let pending = StoredValue::new(None::<TimeoutHandle>);

    // Parse now; keep the last good render while the JSON is invalid.
    let reparse = move || {
        let (result, ready) = text.with_untracked(|t| check(t));
        if let Some(ready) = ready {
            rendered.set(Some(ready));
        }
        status.set(result);
        write_fragment(
            &text.get_untracked(),
            layout.get_untracked(),
            theme.get_untracked(),
        );
    };
    let on_input = move |ev: leptos::ev::Event| {
        text.set(event_target_value(&ev));
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        pending.set_value(set_timeout_with_handle(reparse, DEBOUNCE).ok());
    };
    let load_sample = move |ev: leptos::ev::Event| {
        let id = event_target_value(&ev);
        if let Some(sample) = SAMPLES.iter().find(|s| s.id == id) {
            let json = (sample.make)();
            if let Some(area) = editor.get_untracked() {
                area.set_value(&json);
            }
            text.set(json);
            reparse();
        }
    };
    Effect::new(move |_| {
        let (l, t) = (layout.get(), theme.get());
        write_fragment(&text.get_untracked(), l, t);
    });

    let goto = move |d: &Diagnostic| {
        let (Some(line), Some(column)) = (d.line, d.column) else {
            return;
        };
        if let Some(area) = editor.get_untracked() {
            let offset = text.with_untracked(|t| utf16_offset(t, line, column));
            let _ = area.focus();
            let _ = area.set_selection_range(offset, offset);
        }
    };

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

    // The notice says "copied" only once the clipboard accepted the text; when it
    // refuses (no permission, not focused, no clipboard API) the text itself is shown
    // so it can be copied by hand.
    let copy_link = move |_| {
        let url = web_location_href();
        leptos::task::spawn_local(async move {
            notice.try_set(if copy_text(&url).await {
                "Link copied.".into()
            } else {
                format!("Copy this link: {url}")
            });
        });
    };
    let copy_snippet = move |_| {
        let snippet = embed_snippet(layout.get_untracked(), theme.get_untracked());
        leptos::task::spawn_local(async move {
            notice.try_set(if copy_text(&snippet).await {
                "Embed snippet copied.".into()
            } else {
                snippet
            });
        });
    };
    let download = move |_| {
        notice.set(if download_json(&text.get_untracked()) {
            "post.json downloaded.".into()
        } else {
            "The download could not start in this browser.".into()
        });
    };

    view! {
        <section class="anp-page anp-preview" data-page="preview">
            <h1 class="anp-page__title">"Designer preview"</h1>
            <div class="anp-preview__toolbar" role="toolbar" aria-label="Preview options">
                <label class="anp-preview__control">
                    <span>"Sample"</span>
                    <select class="anp-preview__sample" on:change=load_sample>
                        <option value="" selected>"Load a sample…"</option>
                        {SAMPLES.iter().map(|s| view! { <option value=s.id>{s.label}</option> }).collect_view()}
                    </select>
                </label>
                <label class="anp-preview__control">
                    <span>"Layout"</span>
                    <select class="anp-preview__layout" on:change=move |ev| {
                        layout.set(MetaLayout::parse(&event_target_value(&ev)).unwrap_or_default())
                    }>
                        {MetaLayout::ALL.iter().map(|l| view! {
                            <option value=l.as_str() selected=move || layout.get() == *l>{l.as_str()}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label class="anp-preview__control">
                    <span>"Theme"</span>
                    <select class="anp-preview__theme" on:change=move |ev| {
                        theme.set(Theme::parse(&event_target_value(&ev)).unwrap_or_default())
                    }>
                        {Theme::ALL.iter().map(|t| view! {
                            <option value=t.as_str() selected=move || theme.get() == *t>{theme_label(*t)}</option>
                        }).collect_view()}
                    </select>
                </label>
                <fieldset class="anp-preview__control anp-preview__viewports">
                    <legend>"Width"</legend>
                    {VIEWPORTS.iter().map(|(width, label)| {
                        let width = *width;
                        view! {
                            <label class="anp-preview__radio">
                                <input type="radio" name="anp-viewport" value=width.to_string()
                                    prop:checked=move || viewport.get() == width
                                    on:change=move |_| viewport.set(width) />
                                {*label}
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
                <label class="anp-preview__control anp-preview__check">
                    <input type="checkbox" class="anp-preview__compare" prop:checked=compare
                        on:change=move |ev| compare.set(event_target_checked(&ev)) />
                    "Compare layouts"
                </label>
                <div class="anp-preview__actions">
                    <button type="button" class="anp-preview__button" on:click=copy_link>"Copy link"</button>
                    <button type="button" class="anp-preview__button" on:click=copy_snippet>"Copy embed snippet"</button>
                    <button type="button" class="anp-preview__button" on:click=download>"Download JSON"</button>
                </div>
                <p class="anp-preview__notice" role="status">{move || notice.get()}</p>
            </div>
            <div class="anp-preview__panes" class:anp-preview__panes--compare=move || compare.get()>
                <div class="anp-preview__editor-pane">
                    <label class="anp-preview__label" for="anp-preview-json">"Post JSON"</label>
                    <textarea
                        id="anp-preview-json"
                        node_ref=editor
                        class="anp-preview__editor"
                        spellcheck="false"
                        wrap="off"
                        autocomplete="off"
                        prop:value=initial.json
                        on:input=on_input
                    ></textarea>
                    <div class="anp-preview__diagnostics" aria-live="polite">
                        {move || {
                            let current = status.get();
                            let headline = if !current.ok {
                                "The JSON can't be rendered; the last good render stays visible."
                            } else if current.diagnostics.is_empty() {
                                "No problems."
                            } else {
                                "Rendered, with warnings:"
                            };
                            view! {
                                <p class="anp-preview__headline" data-ok=current.ok.to_string()>{headline}</p>
                                <ul class="anp-preview__problems">
                                    {current.diagnostics.into_iter().map(|d| {
                                        let position = d.line.zip(d.column).map(|(l, c)| format!("line {l}, column {c}"));
                                        let target = d.clone();
                                        view! {
                                            <li class="anp-preview__problem" data-severity=d.severity.as_str()>
                                                <button type="button" class="anp-preview__goto" on:click=move |_| goto(&target)>
                                                    <code class="anp-diagnostic__path">{d.path.clone()}</code>
                                                    ": " {d.message.clone()}
                                                    {position.map(|p| view! { <span class="anp-preview__position">" (" {p} ")"</span> })}
                                                </button>
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                            }
                        }}
                    </div>
                </div>
                <div class="anp-preview__render-pane">
                    <div class=frame_class data-width=move || viewport.get().to_string()>
                        {move || if compare.get() {
                            compare_view(rendered.get(), theme.get()).into_any()
                        } else {
                            view! { <Article state theme=theme layout=layout heading_level=2u8 /> }.into_any()
                        }}
                    </div>
                </div>
            </div>
        </section>
    }
}

fn theme_label(theme: Theme) -> &'static str {
    match theme {
        Theme::Auto => "System",
        Theme::Light => "Light",
        Theme::Dark => "Dark",
        Theme::Contrast => "High contrast",
    }
}

/// Every layout's meta box side by side for the same data.
fn compare_view(ready: Option<Arc<ReadyPost>>, theme: Theme) -> impl IntoView {
    let meta = ready.and_then(|r| r.post.meta.clone());
    view! {
        <div class="anp-preview__compare-grid">
            {MetaLayout::ALL.iter().map(|layout| {
                let meta = meta.clone();
                view! {
                    <section class="anp-preview__compare-cell anp-theme" data-theme=theme.as_str()>
                        <h2 class="anp-preview__compare-title">{layout.as_str()}</h2>
                        <div class="anp-article" data-theme=theme.as_str() data-state="ready">
                            {match meta {
                                Some(meta) => view! { <MetaBox meta layout=*layout /> }.into_any(),
                                None => view! { <p>"This post has no meta."</p> }.into_any(),
                            }}
                        </div>
                    </section>
                }
            }).collect_view()}
        </div>
    }
}

/// The embed snippet for the current options.
fn embed_snippet(layout: MetaLayout, theme: Theme) -> String {
    let origin = web_origin();
    format!(
        "<script type=\"module\" src=\"{origin}/embed.js\"></script>\n<div data-alphanode-post=\"{origin}/posts/your-post.json\" data-alphanode-layout=\"{}\" data-alphanode-theme=\"{}\"></div>",
        layout.as_str(),
        theme.as_str()
    )
}

/// Character position (line, column, 1-based) → UTF-16 offset for `setSelectionRange`.
fn utf16_offset(text: &str, line: usize, column: usize) -> u32 {
    let mut offset = 0usize;
    for (i, l) in text.split('\n').enumerate() {
        if i + 1 == line {
            offset += l
                .chars()
                .take(column.saturating_sub(1))
                .map(char::len_utf16)
                .sum::<usize>();
            break;
        }
        offset += l.chars().map(char::len_utf16).sum::<usize>() + 1;
    }
    u32::try_from(offset).unwrap_or(u32::MAX)
}

#[cfg(target_arch = "wasm32")]
fn read_fragment() -> Option<Shared> {
    let hash = web_sys::window()?.location().hash().ok()?;
    share::decode(&hash)
}

#[cfg(target_arch = "wasm32")]
fn write_fragment(json: &str, layout: MetaLayout, theme: Theme) {
    let fragment = share::encode(&Shared {
        json: json.to_owned(),
        layout,
        theme,
    });
    if let Some(window) = web_sys::window() {
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
    }
}

#[cfg(target_arch = "wasm32")]
fn web_location_href() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

#[cfg(target_arch = "wasm32")]
fn web_origin() -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}", crate::app::base_path())
}

/// Whether the clipboard took `text` (the browser may refuse).
#[cfg(target_arch = "wasm32")]
async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    // Outside a secure context `navigator.clipboard` is undefined.
    let clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into())
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null());
    if clipboard.is_none() {
        return false;
    }
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
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
fn write_fragment(_: &str, _: MetaLayout, _: Theme) {}
#[cfg(not(target_arch = "wasm32"))]
fn web_location_href() -> String {
    String::new()
}
#[cfg(not(target_arch = "wasm32"))]
fn web_origin() -> String {
    String::new()
}
#[cfg(not(target_arch = "wasm32"))]
async fn copy_text(_: &str) -> bool {
    false
}
#[cfg(not(target_arch = "wasm32"))]
fn download_json(_: &str) -> bool {
    false
}
