//! One request and one parse per post, however many widgets show it: widgets that
//! load the same URL while a load is under way wait for that load and share its
//! parsed post (`Arc`). The load belongs to its waiters together: it is aborted only
//! when the last of them stops waiting (unmounted, or loading something else).

use std::cell::RefCell;

use futures::channel::oneshot;
use futures::future::{abortable, AbortHandle};

use super::{fetch_post, LoadOptions, SharedPost};
use crate::model::Failure;

struct Entry {
    url: String,
    waiters: Vec<oneshot::Sender<SharedPost>>,
    abort: AbortHandle,
}

thread_local! {
    // A list, not a map: a page has a handful of loads under way at once, and a
    // `HashMap` would bring its hasher into the wasm.
    static LOADS: RefCell<Vec<Entry>> = const { RefCell::new(Vec::new()) };
}

fn take(loads: &mut Vec<Entry>, url: &str) -> Option<Entry> {
    let i = loads.iter().position(|e| e.url == url)?;
    Some(loads.swap_remove(i))
}

/// Stops waiting when dropped; the last waiter to go aborts the load.
struct Waiting(String);

impl Drop for Waiting {
    fn drop(&mut self) {
        let _ = LOADS.try_with(|loads| {
            let mut loads = loads.borrow_mut();
            let Some(entry) = loads.iter_mut().find(|e| e.url == self.0) else {
                return;
            };
            entry.waiters.retain(|w| !w.is_canceled());
            if entry.waiters.is_empty() {
                entry.abort.abort();
                take(&mut loads, &self.0);
            }
        });
    }
}

pub async fn fetch_post_shared(url: &str, options: &LoadOptions) -> SharedPost {
    let key = super::absolute_url(url);
    let (sender, receiver) = oneshot::channel();
    let start = LOADS.with(|loads| {
        let mut loads = loads.borrow_mut();
        if let Some(entry) = loads.iter_mut().find(|e| e.url == key) {
            entry.waiters.push(sender);
            return None;
        }
        let (task, abort) = abortable({
            let key = key.clone();
            let url = url.to_owned();
            let options = options.clone();
            async move {
                let result = fetch_post(&url, &options).await;
                let waiters = LOADS
                    .with(|loads| take(&mut loads.borrow_mut(), &key))
                    .map(|e| e.waiters)
                    .unwrap_or_default();
                for waiter in waiters {
                    let _ = waiter.send(result.clone());
                }
            }
        });
        loads.push(Entry {
            url: key.clone(),
            waiters: vec![sender],
            abort,
        });
        Some(task)
    });
    if let Some(task) = start {
        // The browser's own queue, not Leptos's executor: the embed mounts no Leptos
        // view, which is what sets that executor up.
        wasm_bindgen_futures::spawn_local(async move {
            let _ = task.await;
        });
    }
    // Declared before awaiting: if this future is dropped, `receiver` goes first and
    // then `waiting` sees this waiter cancelled.
    let _waiting = Waiting(key);
    receiver
        .await
        .unwrap_or_else(|_| Err(Failure::message("the load was cancelled")))
}
