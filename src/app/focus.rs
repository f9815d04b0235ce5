//! Focus across navigation, as accessible single-page apps move it: a followed link
//! leaves focus on an element that is gone or off-screen, and the next Tab would
//! leave the page. After a navigation the main region takes the focus (so the next
//! Tab starts at the new page); after Back or Forward the link that led away from
//! the page shown again takes it, as a browser's own history restores it; and the new
//! page's title is announced politely.

use leptos::prelude::*;

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// Set by `popstate`: the next navigation is Back or Forward.
    static TRAVERSED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Set by a click on a link: the next navigation follows it. Other changes of
    /// the address (a search typed, a filter chosen) keep the focus where it is.
    static FOLLOWED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// A navigation happened: from now on, each title a page gives is announced.
    static ANNOUNCE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    static ANNOUNCER: std::cell::RefCell<Option<web_sys::Element>> = const { std::cell::RefCell::new(None) };
}

/// Follows the router's location (call inside the `Router`): moves focus after each
/// navigation into `main`, or to the link back to the page left on Back/Forward.
pub(crate) fn follow_navigation(
    main: NodeRef<leptos::html::Main>,
    announcer: NodeRef<leptos::html::P>,
) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let location = leptos_router::hooks::use_location();
        // The router's `search` has no leading `?`; a link's has.
        let url = Memo::new(move |_| {
            let path = location.pathname.get();
            let search = location.search.get();
            let search = search.trim_start_matches('?');
            let url = if search.is_empty() {
                path.clone()
            } else {
                format!("{path}?{search}")
            };
            (path, url)
        });
        if let Some(window) = web_sys::window() {
            let on_popstate = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| {
                TRAVERSED.with(|t| t.set(true));
                ANNOUNCE.with(|a| a.set(true));
            });
            let _ = window
                .add_event_listener_with_callback("popstate", on_popstate.as_ref().unchecked_ref());
            let on_click = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(
                |ev: web_sys::Event| {
                    let link = ev
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .and_then(|t| t.closest("a[href]").ok().flatten());
                    FOLLOWED.with(|f| f.set(link.is_some()));
                },
            );
            // Capturing, so it runs before the router's own handler navigates.
            let _ = window.add_event_listener_with_callback_and_bool(
                "click",
                on_click.as_ref().unchecked_ref(),
                true,
            );
            // The app lives as long as the page: the listeners are never removed.
            on_popstate.forget();
            on_click.forget();
        }
        Effect::new(move |_| {
            if let Some(p) = announcer.get() {
                let el: web_sys::Element = p.into();
                ANNOUNCER.with(|a| *a.borrow_mut() = Some(el));
            }
        });
        Effect::new(move |previous: Option<(String, String)>| {
            let now = url.get();
            if let Some((left_path, left)) = previous.filter(|p| p.1 != now.1) {
                let followed = FOLLOWED.with(|f| f.replace(false));
                let moved = followed || left_path != now.0;
                if moved {
                    ANNOUNCE.with(|a| a.set(true));
                }
                // After the new page has rendered (and its scroll was restored).
                // The router updates the location inside its own `popstate` listener,
                // before this module's runs: whether this was Back or Forward is
                // known only now.
                request_animation_frame(move || {
                    let back = TRAVERSED.with(|t| t.replace(false));
                    if !(back || moved) {
                        return;
                    }
                    let Some(main) = main.get_untracked() else {
                        return;
                    };
                    let target = back
                        .then(|| link_to(&main, &left))
                        .flatten()
                        .unwrap_or(main);
                    let options = web_sys::FocusOptions::new();
                    options.set_prevent_scroll(true);
                    let _ = target.focus_with_options(&options);
                });
            }
            now
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (main, announcer);
}

/// The first link in `main` to `url` (path and query).
#[cfg(target_arch = "wasm32")]
fn link_to(main: &web_sys::HtmlElement, url: &str) -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    let links = main.query_selector_all("a[href]").ok()?;
    (0..links.length())
        .filter_map(|i| links.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .find(|a| format!("{}{}", a.pathname(), a.search()) == url)
        .map(Into::into)
}

/// A page names itself (as it loads, then once it has its post): after the first
/// navigation, screen readers hear it. The first page is announced by the browser.
pub(crate) fn announce(title: &str) {
    #[cfg(target_arch = "wasm32")]
    if ANNOUNCE.with(|a| a.get()) {
        ANNOUNCER.with(|a| {
            if let Some(el) = a.borrow().as_ref() {
                el.set_text_content(Some(title));
            }
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = title;
}
