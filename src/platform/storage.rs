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

/// Write a value.
pub fn set(key: &str, value: &str) -> Result<(), StorageError> {
    imp::set(key, value)
}

/// Remove a value (absent keys are fine).
pub fn remove(key: &str) {
    imp::remove(key)
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
}
