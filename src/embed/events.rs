//! DOM CustomEvents dispatched on the host element (they bubble).

use wasm_bindgen::JsValue;

use crate::components::{ChecklistProgress, NavigateRequest};
use crate::model::{Diagnostic, Failure, Post};

fn object(entries: &[(&str, JsValue)]) -> JsValue {
    let obj = js_sys::Object::new();
    for (key, value) in entries {
        let _ = js_sys::Reflect::set(&obj, &JsValue::from_str(key), value);
    }
    obj.into()
}

fn opt(value: Option<&str>) -> JsValue {
    value.map(JsValue::from_str).unwrap_or(JsValue::NULL)
}

fn strings<'a>(items: impl Iterator<Item = &'a str>) -> JsValue {
    items
        .map(JsValue::from_str)
        .collect::<js_sys::Array>()
        .into()
}

fn dispatch(target: &web_sys::EventTarget, name: &str, detail: &JsValue, cancelable: bool) -> bool {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_cancelable(cancelable);
    init.set_detail(detail);
    match web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        Ok(event) => target.dispatch_event(&event).unwrap_or(true),
        Err(_) => true,
    }
}

/// Dispatch a bubbling event.
pub fn emit(target: &web_sys::EventTarget, name: &str, detail: &JsValue) {
    dispatch(target, name, detail, false);
}

/// Dispatch a bubbling, cancelable event; `false` when a listener called `preventDefault()`.
pub fn emit_cancelable(target: &web_sys::EventTarget, name: &str, detail: &JsValue) -> bool {
    dispatch(target, name, detail, true)
}

/// `alphanode:ready` detail: `{ id, slug, title, warnings: [string] }`.
pub fn ready_detail(post: &Post, warnings: &[Diagnostic]) -> JsValue {
    let warnings: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    object(&[
        ("id", opt(post.id.as_deref())),
        ("slug", opt(post.slug.as_deref())),
        ("title", JsValue::from_str(&post.title)),
        ("warnings", strings(warnings.iter().map(String::as_str))),
    ])
}

/// `alphanode:error` detail: `{ message, diagnostics: [string] }`.
pub fn error_detail(failure: &Failure) -> JsValue {
    let diagnostics: Vec<String> = failure
        .diagnostics
        .iter()
        .map(ToString::to_string)
        .collect();
    object(&[
        ("message", JsValue::from_str(&failure.summary)),
        (
            "diagnostics",
            strings(diagnostics.iter().map(String::as_str)),
        ),
    ])
}

/// `alphanode:navigate` detail: `{ slug, href }`.
pub fn navigate_detail(request: &NavigateRequest) -> JsValue {
    object(&[
        ("slug", opt(request.slug.as_deref())),
        (
            "href",
            JsValue::from_str(&crate::load::absolute_url(&request.href)),
        ),
    ])
}

/// Emit `alphanode:checklist-change` with `{ postId, checked, done, total }`.
pub fn checklist(target: &web_sys::EventTarget, progress: &ChecklistProgress) {
    let detail = object(&[
        ("postId", opt(progress.post_id.as_deref())),
        (
            "checked",
            strings(progress.checked.iter().map(String::as_str)),
        ),
        ("done", JsValue::from_f64(progress.done as f64)),
        ("total", JsValue::from_f64(progress.total as f64)),
    ]);
    emit(target, "alphanode:checklist-change", &detail);
}
