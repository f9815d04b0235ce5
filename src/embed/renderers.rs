//! The `renderers` option of `mount()` and `renderToString()`: a host's functions for
//! block types, `(block, ctx) => string | Node | null`, as the body writer's
//! [`BlockOverride`]. A function that throws or returns anything else leaves its
//! block to the default rendering, with a console warning naming the block's JSON
//! path: a host's bug must never take the widget (or the page) down.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::{BlockInput, BlockOverride, CustomBlock, Overrides, RenderCx};
use crate::model::check_url;

/// The host's renderers object, and the helpers every `ctx` shares. The helpers
/// live as long as the write that uses them: `ctx` is for the call.
struct JsRenderers {
    map: js_sys::Object,
    /// In a browser a renderer may return a DOM node; a server has none to test for.
    nodes: bool,
    escape: Closure<dyn Fn(JsValue) -> String>,
    safe_url: Closure<dyn Fn(JsValue) -> JsValue>,
}

/// The `renderers` of a JS options object as an override; none when it has no
/// function of its own. `base` is what relative URLs given to `ctx.safeUrl` resolve
/// against; `nodes` whether a returned DOM node is taken.
pub(crate) fn from_options(options: &JsValue, base: Option<String>, nodes: bool) -> Overrides {
    if !options.is_object() {
        return Overrides::default();
    }
    let Some(map) = js_sys::Reflect::get(options, &JsValue::from_str("renderers"))
        .ok()
        .filter(|m| m.is_object() && !m.is_function())
        .map(js_sys::Object::from)
    else {
        return Overrides::default();
    };
    let any = js_sys::Object::keys(&map)
        .iter()
        .any(|key| js_sys::Reflect::get(&map, &key).is_ok_and(|f| f.is_function()));
    if !any {
        return Overrides::default();
    }
    let escape =
        Closure::<dyn Fn(JsValue) -> String>::new(|text: JsValue| escape_html(&text_of(&text)));
    let safe_url = Closure::<dyn Fn(JsValue) -> JsValue>::new(move |url: JsValue| {
        url.as_string()
            .and_then(|url| check_url(&url, base.as_deref()).ok())
            .map_or(JsValue::NULL, |url| JsValue::from_str(&url))
    });
    Overrides::new(Rc::new(JsRenderers {
        map,
        nodes,
        escape,
        safe_url,
    }))
}

/// What `String(value)` gives for the values a host escapes; `""` for `null` and
/// `undefined`.
fn text_of(value: &JsValue) -> String {
    if let Some(text) = value.as_string() {
        return text;
    }
    if value.is_null() || value.is_undefined() {
        return String::new();
    }
    // JS's own `toString` (a number, boolean, object, symbol or bigint has one), not
    // Rust's: `String(1e21)` is "1e21" where Rust's f64 Display writes 22 digits,
    // and Rust's float formatting was 3 KB of the embed's brotli for this alone.
    String::from(value.unchecked_ref::<js_sys::Object>().to_string())
}

/// HTML-escapes text for element content and for quoted attribute values alike.
fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn warn(message: &str, detail: &JsValue) {
    web_sys::console::warn_2(&JsValue::from_str(message), detail);
}

impl JsRenderers {
    /// The host's function for `type_name`: an own property (a block typed
    /// `toString` must not find `Object.prototype`'s).
    fn function(&self, type_name: &str) -> Option<js_sys::Function> {
        let key = JsValue::from_str(type_name);
        if !js_sys::Object::has_own(&self.map, &key) {
            return None;
        }
        js_sys::Reflect::get(&self.map, &key)
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()
    }

    fn ctx(&self, block: &BlockInput<'_>, cx: &RenderCx<'_>, render_default: &JsValue) -> JsValue {
        let ctx = js_sys::Object::new();
        let set = |key: &str, value: &JsValue| {
            let _ = js_sys::Reflect::set(&ctx, &JsValue::from_str(key), value);
        };
        set("escape", self.escape.as_ref());
        set("safeUrl", self.safe_url.as_ref());
        set("renderDefault", render_default);
        set("type", &JsValue::from_str(block.type_name()));
        set("index", &JsValue::from_f64(cx.index as f64));
        set("path", &JsValue::from_str(&cx.path));
        set("lang", &cx.lang.map_or(JsValue::NULL, JsValue::from_str));
        set("readerLang", &JsValue::from_str(cx.reader_lang));
        ctx.into()
    }
}

impl BlockOverride for JsRenderers {
    fn takes(&self, type_name: &str) -> bool {
        self.function(type_name).is_some()
    }

    fn render(&self, block: BlockInput<'_>, cx: &RenderCx<'_>) -> Option<CustomBlock> {
        let function = self.function(block.type_name())?;
        let json = js_sys::JSON::parse(&block.to_json().to_string()).ok()?;
        let default = cx.default_html.clone();
        let render_default = Closure::<dyn Fn() -> String>::new(move || default.clone());
        let ctx = self.ctx(&block, cx, render_default.as_ref());
        let result = function.call2(&self.map, &json, &ctx);
        let type_name = block.type_name();
        let path = &cx.path;
        let value = match result {
            Ok(value) => value,
            Err(error) => {
                warn(
                    &format!("alphanode: the renderer for \"{type_name}\" threw at {path}; the block is shown as usual."),
                    &error,
                );
                return None;
            }
        };
        if value.is_null() || value.is_undefined() {
            return None;
        }
        if let Some(html) = value.as_string() {
            return Some(CustomBlock::Html(html));
        }
        if self.nodes {
            if let Ok(node) = value.clone().dyn_into::<web_sys::Node>() {
                return Some(CustomBlock::Slot(Rc::new(move |el: &web_sys::Element| {
                    el.replace_children_with_node_1(&node);
                })));
            }
        }
        let expected = if self.nodes {
            "a string, a Node or null"
        } else {
            "a string or null"
        };
        warn(
            &format!("alphanode: the renderer for \"{type_name}\" at {path} returned something other than {expected}; the block is shown as usual."),
            &value,
        );
        None
    }
}

/// Where `ctx.safeUrl` resolves relative URLs for a widget showing `source`: the
/// post's URL (against the page), or the page for inline JSON, as the widget reads
/// the post's own URLs.
pub(crate) fn base_of(source: Option<&str>) -> Option<String> {
    match source {
        Some(src) if !src.starts_with('#') => crate::platform::fetch::absolute(src),
        _ => crate::platform::fetch::document_url(),
    }
}
