//! Key-value storage: `localStorage` in the browser, memory elsewhere.
//!
//! Every failure (storage disabled, quota exceeded, a sandboxed iframe that throws on
//! access) is reported as `Err` and never panics: callers keep working in memory.

/// Why a value could not be stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StorageError(pub String);

/// Read a value. `None` when absent or when storage is unavailable.
///
/// ```
/// use alphanode_widgets::platform::storage;
/// storage::set("anp-doc-example", "1").unwrap();
/// assert_eq!(storage::get("anp-doc-example").as_deref(), Some("1"));
/// ```
pub fn get(key: &str) -> Option<String> {
    imp::get(key)
}

/// Write a value, and tell every [`watch`]er of `key` on this page — even when the
/// write failed, so widgets on one page stay in step without storage.
pub fn set(key: &str, value: &str) -> Result<(), StorageError> {
    let written = imp::set(key, value);
    notify(key, Some(value));
    written
}

type Callback = std::rc::Rc<dyn Fn(Option<&str>)>;

thread_local! {
    static WATCHERS: std::cell::RefCell<Vec<(u64, String, Callback)>> =
        const { std::cell::RefCell::new(Vec::new()) };
    static NEXT_WATCH: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

/// Watching one key; dropping it stops the calls.
#[derive(Debug)]
pub struct Watch(u64);

impl Drop for Watch {
    fn drop(&mut self) {
        let id = self.0;
        // `try_with`: a watch dropped while the thread's storage is torn down is gone anyway.
        let none_left = WATCHERS
            .try_with(|w| {
                let mut watchers = w.borrow_mut();
                watchers.retain(|(i, _, _)| *i != id);
                watchers.is_empty()
            })
            .unwrap_or(false);
        if none_left {
            imp::stop_listening();
        }
    }
}

/// Call `on_change` with the new value (or `None` when removed or cleared) whenever
/// `key` changes: by [`set`] on this page, or in another tab or window of the same
/// origin (the browser's `storage` event). Two widgets of one post share a key, so a
/// tick in one shows in the other.
///
/// ```
/// use alphanode_widgets::platform::storage;
/// use std::{cell::RefCell, rc::Rc};
/// let seen = Rc::new(RefCell::new(Vec::new()));
/// let log = seen.clone();
/// let watch = storage::watch("anp-doc-watch", move |v| log.borrow_mut().push(v.map(str::to_owned)));
/// storage::set("anp-doc-watch", "1").unwrap();
/// drop(watch);
/// storage::set("anp-doc-watch", "2").unwrap();
/// assert_eq!(*seen.borrow(), vec![Some("1".to_owned())]);
/// ```
pub fn watch(key: &str, on_change: impl Fn(Option<&str>) + 'static) -> Watch {
    imp::listen_to_other_tabs();
    let id = NEXT_WATCH.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1));
        id
    });
    WATCHERS.with(|w| {
        w.borrow_mut()
            .push((id, key.to_owned(), std::rc::Rc::new(on_change)))
    });
    Watch(id)
}

/// Call the watchers of `key` (every key when `None`: storage was cleared).
fn notify(key: &str, value: Option<&str>) {
    notify_matching(Some(key), value);
}

fn notify_matching(key: Option<&str>, value: Option<&str>) {
    // Collected first: a callback may watch or unwatch, which borrows the list again.
    let callbacks: Vec<Callback> = WATCHERS.with(|w| {
        w.borrow()
            .iter()
            .filter(|(_, k, _)| key.is_none_or(|key| k == key))
            .map(|(_, _, f)| f.clone())
            .collect()
    });
    for f in callbacks {
        f(value);
    }
}

/// Remove a value (absent keys are fine).
pub fn remove(key: &str) {
    imp::remove(key);
    notify(key, None);
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::StorageError;

    fn local() -> Option<web_sys::Storage> {
        // `window.localStorage` itself throws in sandboxed frames and with cookies off.
        web_sys::window()?.local_storage().ok().flatten()
    }

    pub fn get(key: &str) -> Option<String> {
        local()?.get_item(key).ok().flatten()
    }

    pub fn set(key: &str, value: &str) -> Result<(), StorageError> {
        let storage = local().ok_or_else(|| StorageError("storage is unavailable".into()))?;
        storage
            .set_item(key, value)
            .map_err(|_| StorageError("storage is full or refused the write".into()))
    }

    pub fn remove(key: &str) {
        if let Some(storage) = local() {
            let _ = storage.remove_item(key);
        }
    }

    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    type Listener = Closure<dyn Fn(web_sys::StorageEvent)>;

    thread_local! {
        // One `storage` listener for the page while anything watches, removed with the
        // last watch, so unmounted widgets leave no listener behind.
        static LISTENER: std::cell::RefCell<Option<Listener>> = const { std::cell::RefCell::new(None) };
    }

    pub fn listen_to_other_tabs() {
        LISTENER.with(|l| {
            let mut slot = l.borrow_mut();
            if slot.is_some() {
                return;
            }
            let Some(window) = web_sys::window() else {
                return;
            };
            let listener = Listener::new(|event: web_sys::StorageEvent| {
                let value = event.new_value();
                match event.key() {
                    Some(key) => super::notify_matching(Some(&key), value.as_deref()),
                    // `clear()` in another tab: every key is gone.
                    None => super::notify_matching(None, None),
                }
            });
            let _ = window
                .add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
            *slot = Some(listener);
        });
    }

    pub fn stop_listening() {
        let Some(listener) = LISTENER.try_with(|l| l.borrow_mut().take()).ok().flatten() else {
            return;
        };
        if let Some(window) = web_sys::window() {
            let _ = window
                .remove_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::StorageError;
    use std::cell::RefCell;
    use std::collections::HashMap;

    thread_local! {
        static STORE: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
    }

    pub fn get(key: &str) -> Option<String> {
        STORE.with(|s| s.borrow().get(key).cloned())
    }

    pub fn set(key: &str, value: &str) -> Result<(), StorageError> {
        STORE.with(|s| s.borrow_mut().insert(key.to_owned(), value.to_owned()));
        Ok(())
    }

    pub fn remove(key: &str) {
        STORE.with(|s| s.borrow_mut().remove(key));
    }

    /// There are no other tabs natively.
    pub fn listen_to_other_tabs() {}

    pub fn stop_listening() {}
}
