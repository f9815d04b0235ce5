//! The system clipboard.

/// Put `text` on the clipboard. `false` when the browser refuses (no permission, the
/// page is not focused, no clipboard API outside a secure context) and natively, so
/// callers can show the text for copying by hand instead.
pub async fn write_text(text: &str) -> bool {
    imp::write_text(text).await
}

#[cfg(target_arch = "wasm32")]
mod imp {
    pub async fn write_text(text: &str) -> bool {
        let Some(window) = web_sys::window() else {
            return false;
        };
        // Outside a secure context `navigator.clipboard` is undefined, and calling
        // through the binding would throw.
        let clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into())
            .ok()
            .filter(|c| !c.is_undefined() && !c.is_null());
        if clipboard.is_none() {
            return false;
        }
        let promise = window.navigator().clipboard().write_text(text);
        wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub async fn write_text(_: &str) -> bool {
        false
    }
}
