//! Reading and following the page's elements: the element an event happened in (for
//! listeners delegated to a parent, one on a list instead of one per item), computed
//! styles, scroll positions kept alike, and size changes. Natively there is no page:
//! nothing is found, nothing is watched.

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
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        event
            .target()?
            .dyn_into::<web_sys::Element>()
            .ok()?
            .closest(selector)
            .ok()??
            .get_attribute(name)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (event, selector, name);
        None
    }
}

/// The computed value of the CSS `property` of the first element inside `root` that
/// matches `selector` (what the browser paints, host styles included); `None` when
/// there is none, and natively.
pub fn computed_style(root: &web_sys::Element, selector: &str, property: &str) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        let el = root.query_selector(selector).ok().flatten()?;
        let style = web_sys::window()?.get_computed_style(&el).ok().flatten()?;
        style.get_property_value(property).ok()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (root, selector, property);
        None
    }
}

/// Scroll every sibling of the event's current target to the target's relative
/// scroll position (0 at the top, 1 at the bottom), unless that is within 1% of
/// `last`, the position they were last brought to. Returns the new position when
/// they were scrolled; `None` otherwise and natively.
pub fn scroll_siblings_alike(event: &web_sys::Event, last: f64) -> Option<f64> {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let pane = event
            .current_target()?
            .dyn_into::<web_sys::Element>()
            .ok()?;
        let range = |el: &web_sys::Element| f64::from(el.scroll_height() - el.client_height());
        let ratio = if range(&pane) > 0.0 {
            f64::from(pane.scroll_top()) / range(&pane)
        } else {
            0.0
        };
        if (ratio - last).abs() < 0.01 {
            return None;
        }
        if let Some(parent) = pane.parent_element() {
            let children = parent.children();
            for i in 0..children.length() {
                if let Some(other) = children.item(i) {
                    if other != pane {
                        other.set_scroll_top((ratio * range(&other)).round() as i32);
                    }
                }
            }
        }
        Some(ratio)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (event, last);
        None
    }
}

/// A `ResizeObserver` calling a function whenever an element it observes changes
/// size; disconnected when dropped, before its callback is.
pub struct ResizeWatch {
    #[cfg(target_arch = "wasm32")]
    observer: web_sys::ResizeObserver,
    #[cfg(target_arch = "wasm32")]
    _on_resize: wasm_bindgen::closure::Closure<dyn Fn()>,
}

impl ResizeWatch {
    /// A watch that calls `on_resize`; `None` when the browser has no
    /// `ResizeObserver`, and natively.
    pub fn new(on_resize: impl Fn() + 'static) -> Option<Self> {
        #[cfg(target_arch = "wasm32")]
        {
            use wasm_bindgen::JsCast;
            let on_resize = wasm_bindgen::closure::Closure::<dyn Fn()>::new(on_resize);
            let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
            Some(Self {
                observer,
                _on_resize: on_resize,
            })
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            let _ = on_resize;
            None
        }
    }

    /// Watch `element` too.
    pub fn observe(&self, element: &web_sys::Element) {
        #[cfg(target_arch = "wasm32")]
        self.observer.observe(element);
        #[cfg(not(target_arch = "wasm32"))]
        let _ = element;
    }
}

#[cfg(target_arch = "wasm32")]
impl Drop for ResizeWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
