//! The page's address: its fragment (read, and replaced without a new history
//! entry) and its origin. Natively there is no address: no fragment, empty strings.

/// The address's fragment, with its `#` (empty when there is none); `None` natively.
pub fn hash() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()?.location().hash().ok()
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// Make `#fragment` the address's fragment, replacing the history entry (the path and
/// query stay); the page's full URL with it, or empty natively.
pub fn replace_hash(fragment: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    {
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
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = fragment;
        String::new()
    }
}

/// The page's origin (`https://example.com`); empty natively.
pub fn origin() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.location().origin().ok())
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    String::new()
}
