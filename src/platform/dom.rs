//! Reading the page around an event, for listeners delegated to a parent element
//! (one listener on a list instead of one per item, as for static markup).

/// The `name` attribute of the element matching `selector` that the event's target
/// is in (the target itself or its closest such ancestor). `None` when there is none,
/// and natively, where there are no events.
///
/// ```
/// # fn demo(ev: &web_sys::Event) -> Option<String> {
/// alphanode_widgets::platform::dom::closest_attribute(ev, "a.anp-index__link", "href")
/// # }
/// ```
pub fn closest_attribute(event: &web_sys::Event, selector: &str, name: &str) -> Option<String> {
    imp::closest_attribute(event, selector, name)
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use wasm_bindgen::JsCast;

    pub fn closest_attribute(event: &web_sys::Event, selector: &str, name: &str) -> Option<String> {
        event
            .target()?
            .dyn_into::<web_sys::Element>()
            .ok()?
            .closest(selector)
            .ok()??
            .get_attribute(name)
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub fn closest_attribute(_: &web_sys::Event, _: &str, _: &str) -> Option<String> {
        None
    }
}
