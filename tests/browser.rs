//! Browser tests (wasm-bindgen-test in headless Chromium): the checklist's
//! interaction and persistence in a real DOM with real `localStorage`.
//!
//! Run: `CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_USE_BROWSER=1
//!       cargo test --target wasm32-unknown-unknown --features csr --test browser`
#![cfg(target_arch = "wasm32")]

use alphanode_widgets::components::{
    checklist_storage_key, Article, ArticleState, Checklist, ChecklistProgress,
};
use alphanode_widgets::model::{parse_post, Checklist as Model, ChecklistItem};
use leptos::prelude::*;
use std::sync::{Arc, Mutex};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn model() -> Model {
    Model {
        title: Some("implementation checklist".into()),
        items: [
            "inspect cache headers",
            "test logged-in traffic",
            "measure response time",
        ]
        .into_iter()
        .map(|t| ChecklistItem {
            text: t.into(),
            checked: false,
        })
        .collect(),
    }
}

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("document")
}

fn storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage")
}

/// A fresh container in the page.
fn container() -> web_sys::HtmlElement {
    let el: web_sys::HtmlElement = document()
        .create_element("div")
        .expect("div")
        .unchecked_into();
    document()
        .body()
        .expect("body")
        .append_child(&el)
        .expect("append");
    el
}

/// Let Leptos run its scheduled effects.
async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Waits (a scheduler turn at a time, at most about five seconds) until `done` holds.
async fn until(what: &str, done: impl Fn() -> bool) {
    for _ in 0..250 {
        if done() {
            return;
        }
        tick().await;
    }
    panic!("timed out waiting until {what}");
}

fn checkboxes(root: &web_sys::HtmlElement) -> Vec<web_sys::HtmlInputElement> {
    let list = root
        .query_selector_all(".anp-checklist__checkbox")
        .expect("query");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.unchecked_into())
        .collect()
}

fn progress(root: &web_sys::HtmlElement) -> String {
    root.query_selector(".anp-checklist__progress")
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

fn mount(
    root: &web_sys::HtmlElement,
    key: &str,
    log: Arc<Mutex<Vec<ChecklistProgress>>>,
) -> impl Drop {
    let key = key.to_owned();
    leptos::mount::mount_to(root.clone(), move || {
        view! {
            <Checklist
                checklist=model()
                post_key=key
                block_index=3
                on_change=Callback::new(move |p| log.lock().expect("log").push(p))
            />
        }
    })
}

#[wasm_bindgen_test]
async fn clicking_ticks_items_updates_progress_and_reports() {
    storage().clear().expect("clear");
    let root = container();
    let log = Arc::new(Mutex::new(Vec::new()));
    let _handle = mount(&root, "post-a", log.clone());
    tick().await;
    let boxes = checkboxes(&root);
    assert_eq!(boxes.len(), 3);
    assert_eq!(progress(&root), "0 of 3 done");

    boxes[1].click();
    tick().await;
    assert!(boxes[1].checked());
    assert_eq!(progress(&root), "1 of 3 done");
    let events = log.lock().expect("log").clone();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].checked, vec!["test logged-in traffic".to_owned()]);
    assert_eq!((events[0].done, events[0].total), (1, 3));
    assert_eq!(events[0].post_id.as_deref(), Some("post-a"));

    // Clicking the label text toggles too (the checkbox is labelled).
    let label: web_sys::HtmlElement = root
        .query_selector_all(".anp-checklist__text")
        .expect("query")
        .item(2)
        .expect("third label")
        .unchecked_into();
    label.click();
    tick().await;
    assert_eq!(progress(&root), "2 of 3 done");
}

#[wasm_bindgen_test]
async fn state_survives_a_remount_per_post_and_block() {
    storage().clear().expect("clear");
    let root = container();
    {
        let _handle = mount(&root, "post-b", Arc::default());
        tick().await;
        checkboxes(&root)[0].click();
        tick().await;
    }
    let saved = storage()
        .get_item(&checklist_storage_key("post-b", 3))
        .expect("get")
        .expect("saved value");
    assert!(saved.contains("\"inspect cache headers\":true"), "{saved}");

    // A new mount (like a reload) restores the saved state.
    let again = container();
    let _handle = mount(&again, "post-b", Arc::default());
    tick().await;
    let boxes = checkboxes(&again);
    assert!(boxes[0].checked());
    assert!(!boxes[1].checked());
    assert_eq!(progress(&again), "1 of 3 done");

    // Another post's checklist is independent.
    let other = container();
    let _other = mount(&other, "post-c", Arc::default());
    tick().await;
    assert_eq!(progress(&other), "0 of 3 done");
}

#[wasm_bindgen_test]
async fn corrupted_or_foreign_storage_falls_back_to_defaults() {
    for junk in [
        "not json",
        "[1,2,3]",
        "{\"inspect cache headers\": \"yes\"}",
        "null",
    ] {
        storage().clear().expect("clear");
        storage()
            .set_item(&checklist_storage_key("post-d", 3), junk)
            .expect("set");
        let root = container();
        let _handle = mount(&root, "post-d", Arc::default());
        tick().await;
        assert_eq!(progress(&root), "0 of 3 done", "with {junk:?}");
        checkboxes(&root)[2].click();
        tick().await;
        assert_eq!(progress(&root), "1 of 3 done", "with {junk:?}");
    }
}

#[wasm_bindgen_test]
async fn full_storage_keeps_working_in_memory_and_says_so() {
    storage().clear().expect("clear");
    // Fill localStorage until it refuses even one more character.
    let mut size = 1 << 20;
    let mut i = 0;
    while size > 0 && i < 10_000 {
        if storage()
            .set_item(&format!("f{i}"), &"x".repeat(size))
            .is_err()
        {
            size /= 2;
        }
        i += 1;
    }
    let root = container();
    let _handle = mount(&root, "post-e", Arc::default());
    tick().await;
    checkboxes(&root)[0].click();
    tick().await;
    assert_eq!(progress(&root), "1 of 3 done");
    let note = root
        .query_selector(".anp-checklist__note")
        .expect("query")
        .expect("note");
    assert!(
        !note.has_attribute("hidden"),
        "the unsaved note should show"
    );
    storage().clear().expect("clear");
}

#[wasm_bindgen_test]
async fn article_follows_a_heading_level_signal() {
    let root = container();
    let json = r#"{"title": "T", "body": [{"type": "heading", "text": "Section"}],
                   "meta": {"a": 1}, "similar": [{"title": "Next"}]}"#;
    let state = ArticleState::from_parsed(parse_post(json, None));
    let level = RwSignal::new(2u8);
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <Article state=state heading_level=level /> }
    });
    let tag = {
        let root = root.clone();
        move |class: &str| {
            root.query_selector(&format!(".{class}"))
                .ok()
                .flatten()
                .map(|e| e.tag_name())
                .unwrap_or_default()
        }
    };
    until("the title is an h2", || tag("anp-article__title") == "H2").await;
    assert_eq!(tag("anp-body__heading"), "H3");
    level.set(4);
    until("the title follows the signal to h4", || {
        tag("anp-article__title") == "H4"
    })
    .await;
    assert_eq!(tag("anp-body__heading"), "H5");
    assert_eq!(tag("anp-meta__title"), "H5");
    assert_eq!(tag("anp-similar__card-title"), "H6");
}
