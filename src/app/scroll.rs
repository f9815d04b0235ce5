//! Scroll positions across in-app navigations, one mechanism for every page.
//!
//! The browser's own restoration (`history.scrollRestoration = "auto"`) cannot work
//! here: on back/forward it scrolls before the app has rendered the page it returns
//! to, so the position is clamped to whatever the old page's height allows. The app
//! takes over: it notes the position of the page being left — at the click that
//! leaves it, or at `popstate` (before anything re-renders) — keyed by path and query,
//! and a page puts its position back once its content is there.
//!
//! Recording on `scroll` events instead would be wrong: by the time they fire during
//! a navigation the router has already swapped the content (the height, and so the
//! position, changed) while the URL may still be the old one.

#[cfg(target_arch = "wasm32")]
use leptos::prelude::*;
#[cfg(target_arch = "wasm32")]
use std::cell::{Cell, RefCell};
#[cfg(target_arch = "wasm32")]
use std::collections::HashMap;

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// Last known position of each page, by `path?query`.
    static POSITIONS: RefCell<HashMap<String, f64>> = RefCell::new(HashMap::new());
    /// The page on screen: which [`restore_scroll`] call owns it, and its key.
    static SHOWN: RefCell<Option<(u64, String)>> = const { RefCell::new(None) };
    /// The page a back/forward step went to, until that page has restored itself.
    static TRAVERSAL: RefCell<Option<String>> = const { RefCell::new(None) };
    static NEXT_OWNER: Cell<u64> = const { Cell::new(0) };
    static INSTALLED: Cell<bool> = const { Cell::new(false) };
}

/// When a page puts its scroll position back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Restore {
    /// On back and forward only; following a link opens the page at its top.
    OnTraversal,
    /// Also whenever the reader comes to this page from another one (a link back to
    /// the index returns to where the reader was in that list).
    OnArrival,
}

/// Put the scroll position back when the reader returns to this page.
///
/// `owns(path)` says whether a path belongs to the calling page (during a navigation
/// the old page still sees the new URL for a moment); `ready()` becomes `true` once
/// the content is rendered, so the position exists again. The key is the path and
/// query string, so a component that shows several URLs (one post after another, the
/// index with different filters) restores each one separately.
pub fn restore_scroll(
    owns: impl Fn(&str) -> bool + Send + Sync + 'static,
    ready: impl Fn() -> bool + 'static,
    when: Restore,
) {
    #[cfg(target_arch = "wasm32")]
    {
        install_listeners();
        let location = leptos_router::hooks::use_location();
        let key = Memo::new(move |_| {
            let path = location.pathname.get();
            owns(&path).then(|| key_of(&path, &location.search.get()))
        });
        let owner = NEXT_OWNER.with(|n| {
            let id = n.get();
            n.set(id.wrapping_add(1));
            id
        });
        Effect::new(move |_| {
            if let Some(k) = key.get() {
                SHOWN.with(|s| *s.borrow_mut() = Some((owner, k)));
            }
        });
        // Only this page's claim: the next page may already have made its own.
        on_cleanup(move || {
            SHOWN.with(|s| {
                let mut s = s.borrow_mut();
                if s.as_ref().is_some_and(|(id, _)| *id == owner) {
                    *s = None;
                }
            })
        });
        Effect::new(move |handled: Option<Option<String>>| {
            let handled = handled.flatten();
            let (Some(k), true) = (key.get(), ready()) else {
                return handled;
            };
            if handled.as_deref() == Some(k.as_str()) {
                return handled;
            }
            let traversal = TRAVERSAL.with(|t| {
                let mut t = t.borrow_mut();
                let hit = t.as_deref() == Some(k.as_str());
                if hit {
                    *t = None;
                }
                hit
            });
            let saved = POSITIONS.with(|p| p.borrow().get(&k).copied());
            let target = if traversal {
                // Without a saved position (e.g. after a reload) the top beats the
                // previous page's offset.
                Some(saved.unwrap_or(0.0))
            } else if handled.is_none() && when == Restore::OnArrival {
                saved
            } else {
                None
            };
            if let Some(y) = target {
                scroll_when_tall_enough(k.clone(), y, 60);
            }
            Some(k)
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (owns, ready, when);
}

/// The key of a page: its path and query. Under a sub-path the index is reached both
/// as `/docs/posts/` (links) and as `/docs/posts` (the router's `navigate("/…")`), so a
/// trailing slash does not count.
#[cfg(target_arch = "wasm32")]
fn key_of(path: &str, search: &str) -> String {
    format!("{}?{search}", path.trim_end_matches('/'))
}

/// Scroll to `y` in a later frame, after the router's own scrolling, once the page is
/// tall enough to get there: content can still be filling in for a frame or two after
/// its data is ready, and scrolling earlier would stop short. Gives up waiting after
/// `frames` frames, and drops the scroll if the reader has gone to another page.
#[cfg(target_arch = "wasm32")]
fn scroll_when_tall_enough(key: String, y: f64, frames: u32) {
    request_animation_frame(move || {
        let still_here = SHOWN.with(|s| s.borrow().as_ref().is_some_and(|(_, k)| *k == key));
        let Some(w) = web_sys::window().filter(|_| still_here) else {
            return;
        };
        let height = w
            .document()
            .and_then(|d| d.document_element())
            .map(|e| f64::from(e.scroll_height()))
            .unwrap_or_default();
        let viewport = w
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or_default();
        if height - viewport + 1.0 >= y || frames == 0 {
            w.scroll_to_with_x_and_y(0.0, y);
        } else {
            scroll_when_tall_enough(key, y, frames - 1);
        }
    });
}

/// Note the position of the page on screen.
#[cfg(target_arch = "wasm32")]
fn remember() {
    let Some(y) = web_sys::window().and_then(|w| w.scroll_y().ok()) else {
        return;
    };
    if let Some(key) = SHOWN.with(|s| s.borrow().as_ref().map(|(_, k)| k.clone())) {
        POSITIONS.with(|p| p.borrow_mut().insert(key, y));
    }
}

/// Take over scroll restoration: the window listeners that note where the reader
/// was, once per app. [`App`](super::App) calls this before it creates the router, so
/// at `popstate` these listeners run before the router's (which re-renders at once);
/// [`restore_scroll`] calls it too, for pages used on their own.
pub fn install() {
    #[cfg(target_arch = "wasm32")]
    install_listeners();
}

#[cfg(target_arch = "wasm32")]
fn install_listeners() {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    if INSTALLED.with(|i| i.replace(true)) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = js_sys::Reflect::set(&history, &"scrollRestoration".into(), &"manual".into());
    }
    // Capture phase: before the router handles a link click and swaps the page.
    let on_click = Closure::<dyn Fn()>::new(remember);
    let _ = window.add_event_listener_with_callback_and_bool(
        "click",
        on_click.as_ref().unchecked_ref(),
        true,
    );
    // At `popstate` the URL is already the new one but the old page is still on
    // screen, at its own position — as long as this runs before the router's listener:
    // registered earlier, in the same (bubbling) phase.
    let on_popstate = Closure::<dyn Fn()>::new(|| {
        remember();
        let location = web_sys::window().map(|w| w.location());
        let key = location.and_then(|l| {
            let path = l.pathname().ok()?;
            let search = l.search().ok()?;
            Some(key_of(&path, search.strip_prefix('?').unwrap_or(&search)))
        });
        TRAVERSAL.with(|t| *t.borrow_mut() = key);
    });
    let _ =
        window.add_event_listener_with_callback("popstate", on_popstate.as_ref().unchecked_ref());
    // The app lives as long as the page: these listeners are never removed.
    on_click.forget();
    on_popstate.forget();
}
