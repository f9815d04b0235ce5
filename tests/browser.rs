//! Browser tests (wasm-bindgen-test in headless Chromium): the checklist's
//! interaction and persistence in a real DOM with real `localStorage`, and every
//! public component following every prop that can change, in place, keeping the
//! reader's ticks and the focus where the part they are in stays.
//!
//! Run: `CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_USE_BROWSER=1
//!       cargo test --target wasm32-unknown-unknown --features csr --test browser`
#![cfg(target_arch = "wasm32")]

use alphanode_widgets::components::{
    checklist_storage_key, Article, ArticleBody, ArticleState, Checklist, ChecklistProgress,
    ChecklistStorage, MetaBox, MetaLayout, SimilarPosts, Theme,
};
use alphanode_widgets::i18n::Strings;
use alphanode_widgets::model::{
    parse_post, Block, Checklist as Model, ChecklistItem, Meta, PostRef,
};
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

// ---------------------------------------------------------------------------
// every prop of every component, changed in place
// ---------------------------------------------------------------------------

/// The classes of the article body's children, in order.
fn body_children(root: &web_sys::Element) -> Vec<String> {
    all(root, ".anp-body > *")
        .iter()
        .map(|e| e.get_attribute("class").unwrap_or_default())
        .collect()
}

/// Clicks the button a host's view rendered and waits for the view's signal to show
/// `expected` (its handler and signal work where it was mounted).
async fn click_host_view(root: &web_sys::Element, selector: &str, expected: &str) {
    let button: web_sys::HtmlElement = find(root, selector).expect("button").unchecked_into();
    button.click();
    until("the view's signal follows", || {
        text(root, selector) == expected
    })
    .await;
}

fn find(root: &web_sys::Element, selector: &str) -> Option<web_sys::Element> {
    root.query_selector(selector).ok().flatten()
}

fn text(root: &web_sys::Element, selector: &str) -> String {
    find(root, selector)
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

fn tag(root: &web_sys::Element, selector: &str) -> String {
    find(root, selector)
        .map(|e| e.tag_name())
        .unwrap_or_default()
}

fn attr(root: &web_sys::Element, selector: &str, name: &str) -> Option<String> {
    find(root, selector).and_then(|e| e.get_attribute(name))
}

fn all(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let list = root.query_selector_all(selector).expect("query");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.unchecked_into())
        .collect()
}

fn boxes_in(root: &web_sys::Element) -> Vec<web_sys::HtmlInputElement> {
    all(root, ".anp-checklist__checkbox")
        .into_iter()
        .map(|e| e.unchecked_into())
        .collect()
}

fn focused() -> Option<web_sys::Element> {
    document().active_element()
}

fn model_of(items: &[&str]) -> Model {
    Model {
        title: Some("implementation checklist".into()),
        items: items
            .iter()
            .map(|t| ChecklistItem {
                text: (*t).into(),
                checked: false,
            })
            .collect(),
    }
}

const POST_A: &str = r#"{"id": "reactive-a", "title": "First post", "body": [
    {"type": "heading", "text": "Section"},
    {"type": "paragraph", "text": "Hello"},
    {"type": "checklist", "title": "steps", "items": [
        {"text": "one", "checked": false}, {"text": "two", "checked": false},
        {"text": "three", "checked": false}]}],
  "meta": {"reading time": 5, "tags": ["a", "b"]},
  "similar": [{"title": "Next", "slug": "next"}, {"title": "Other", "slug": "other"}]}"#;

const POST_B: &str = r#"{"id": "reactive-b", "title": "Second post", "body": [
    {"type": "paragraph", "text": "Bye"}]}"#;

fn ready(json: &str) -> ArticleState {
    ArticleState::from_parsed(parse_post(json, None))
}

#[wasm_bindgen_test]
async fn article_follows_every_prop_and_keeps_ticks_and_focus() {
    let root = container();
    let state = RwSignal::new(ArticleState::Loading);
    let theme = RwSignal::new(Theme::Light);
    let layout = RwSignal::new(MetaLayout::List);
    let link = RwSignal::new("/blog/{slug}".to_owned());
    let level = RwSignal::new(2u8);
    let strings = RwSignal::new(Strings::default());
    let storage = RwSignal::new(ChecklistStorage::Memory);
    let class = RwSignal::new("host-a".to_owned());
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <Article state theme layout link_template=link heading_level=level
                strings storage class />
        }
    });
    let r: web_sys::Element = root.clone().into();
    let article = find(&r, ".anp-article").expect("article");
    assert_eq!(
        article.get_attribute("data-state").as_deref(),
        Some("loading")
    );
    assert_eq!(article.get_attribute("aria-busy").as_deref(), Some("true"));

    state.set(ready(POST_A));
    until("the post shows", || {
        text(&r, ".anp-article__title") == "First post"
    })
    .await;
    // The same element all along: the host's references to it stay good.
    let same = find(&r, ".anp-article").expect("article");
    assert!(same == article, "the root is morphed, not replaced");
    assert_eq!(
        article.get_attribute("data-state").as_deref(),
        Some("ready")
    );
    assert_eq!(
        article.get_attribute("class").as_deref(),
        Some("anp-article host-a")
    );
    assert_eq!(tag(&r, ".anp-article__title"), "H2");

    // Ticks with storage "none": kept through every rewrite below.
    boxes_in(&r)[1].click();
    until("the tick shows", || {
        text(&r, ".anp-checklist__progress") == "1 of 3 done"
    })
    .await;
    let paragraph = find(&r, ".anp-body__paragraph").expect("paragraph");

    theme.set(Theme::Dark);
    until("the theme follows", || {
        article.get_attribute("data-theme").as_deref() == Some("dark")
    })
    .await;

    // The focus on a checkbox stays through a layout change (its part is kept).
    boxes_in(&r)[1].focus().expect("focus");
    layout.set(MetaLayout::Grid);
    until("the layout follows", || {
        attr(&r, ".anp-meta", "data-layout").as_deref() == Some("grid")
    })
    .await;
    assert!(focused() == Some(boxes_in(&r)[1].clone().into()));
    assert!(
        find(&r, ".anp-body__paragraph").as_ref() == Some(&paragraph),
        "the body was not written again for a meta layout"
    );

    // A link that is written again takes the focus along.
    let first_link: web_sys::HtmlElement = find(&r, ".anp-similar__link")
        .expect("link")
        .unchecked_into();
    assert_eq!(
        first_link.get_attribute("href").as_deref(),
        Some("/blog/next")
    );
    first_link.focus().expect("focus");
    link.set("/posts/{slug}".to_owned());
    until("the link template follows", || {
        attr(&r, ".anp-similar__link", "href").as_deref() == Some("/posts/next")
    })
    .await;
    let now = find(&r, ".anp-similar__link").expect("link");
    assert!(
        focused() == Some(now),
        "the focus moved to the rewritten link"
    );

    level.set(4);
    until("the heading level follows", || {
        tag(&r, ".anp-article__title") == "H4"
    })
    .await;
    assert_eq!(tag(&r, ".anp-body__heading"), "H5");
    assert_eq!(tag(&r, ".anp-meta__title"), "H5");
    assert_eq!(tag(&r, ".anp-similar__card-title"), "H6");
    assert!(
        boxes_in(&r)[1].checked(),
        "the unsaved tick survives a new level"
    );
    assert_eq!(text(&r, ".anp-checklist__progress"), "1 of 3 done");

    strings.set(Strings::for_tag("de"));
    until("the language follows", || {
        text(&r, ".anp-checklist__progress") == "1 von 3 erledigt"
    })
    .await;
    assert!(
        boxes_in(&r)[1].checked(),
        "the unsaved tick survives a new language"
    );
    assert_eq!(
        attr(&r, ".anp-checklist__item:nth-child(2)", "data-checked").as_deref(),
        Some("true")
    );

    class.set("host-b".to_owned());
    until("the class follows", || {
        article.get_attribute("class").as_deref() == Some("anp-article host-b")
    })
    .await;

    // Local storage: a tick is saved under the post's key.
    storage.set(ChecklistStorage::Local);
    tick().await;
    boxes_in(&r)[0].click();
    let key = checklist_storage_key("reactive-a", 2);
    let saved = move || {
        web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .and_then(|s| s.get_item(&key).ok().flatten())
    };
    until("the tick is saved", || saved().is_some()).await;

    state.set(ready(POST_B));
    until("another post shows", || {
        text(&r, ".anp-article__title") == "Second post"
    })
    .await;
    assert!(find(&r, ".anp-meta").is_none());
    assert!(boxes_in(&r).is_empty());
}

#[wasm_bindgen_test]
async fn body_follows_blocks_key_words_level_and_class() {
    let root = container();
    let post = parse_post(POST_A, None).value.expect("post");
    let blocks = RwSignal::new(post.body.clone());
    let key = RwSignal::new(Some("body-a".to_owned()));
    let level = RwSignal::new(1u8);
    let strings = RwSignal::new(Strings::default());
    let class = RwSignal::new("prose".to_owned());
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <ArticleBody blocks post_key=key heading_level=level strings class
                storage=ChecklistStorage::Memory />
        }
    });
    let r: web_sys::Element = root.clone().into();
    until("the body shows", || {
        text(&r, ".anp-body__paragraph") == "Hello"
    })
    .await;
    assert_eq!(
        attr(&r, ".anp-body", "class").as_deref(),
        Some("anp-body prose")
    );
    assert_eq!(tag(&r, ".anp-body__heading"), "H2");
    boxes_in(&r)[2].click();
    until("the tick shows", || {
        text(&r, ".anp-checklist__progress") == "1 of 3 done"
    })
    .await;

    level.set(3);
    until("the level follows", || {
        tag(&r, ".anp-body__heading") == "H4"
    })
    .await;
    strings.set(Strings::for_tag("fr"));
    until("the words follow", || {
        text(&r, ".anp-checklist__progress").contains('3')
            && text(&r, ".anp-checklist__progress") != "1 of 3 done"
    })
    .await;
    assert!(boxes_in(&r)[2].checked());
    class.set(String::new());
    until("the class follows", || {
        attr(&r, ".anp-body", "class").as_deref() == Some("anp-body")
    })
    .await;
    key.set(Some("body-b".to_owned()));
    tick().await;
    assert_eq!(boxes_in(&r).len(), 3);

    let mut more: Vec<Block> = post.body.clone();
    more.retain(|b| !matches!(b.kind, alphanode_widgets::model::BlockKind::Checklist(_)));
    blocks.set(more);
    until("the blocks follow", || boxes_in(&r).is_empty()).await;
    assert_eq!(text(&r, ".anp-body__paragraph"), "Hello");
}

#[wasm_bindgen_test]
async fn checklist_follows_its_list_words_level_storage_and_class() {
    let root = container();
    let list = RwSignal::new(model_of(&["one", "two"]));
    let strings = RwSignal::new(Strings::default());
    let level = RwSignal::new(1u8);
    let storage = RwSignal::new(ChecklistStorage::Memory);
    let class = RwSignal::new("mine".to_owned());
    let index = RwSignal::new(4usize);
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <Checklist checklist=list post_key="reactive-list" block_index=index strings
                heading_level=level storage class />
        }
    });
    let r: web_sys::Element = root.clone().into();
    until("the list shows", || boxes_in(&r).len() == 2).await;
    assert_eq!(
        attr(&r, ".anp-checklist", "class").as_deref(),
        Some("anp-checklist mine")
    );
    assert_eq!(tag(&r, ".anp-checklist__title"), "H2");
    boxes_in(&r)[0].click();
    until("the tick shows", || {
        text(&r, ".anp-checklist__progress") == "1 of 2 done"
    })
    .await;
    boxes_in(&r)[0].focus().expect("focus");

    level.set(2);
    until("the level follows", || {
        tag(&r, ".anp-checklist__title") == "H3"
    })
    .await;
    assert!(
        focused() == Some(boxes_in(&r)[0].clone().into()),
        "focus kept"
    );
    strings.set(Strings::for_tag("nl"));
    until("the words follow", || {
        text(&r, ".anp-checklist__progress") != "1 of 2 done"
    })
    .await;
    assert!(boxes_in(&r)[0].checked());
    class.set("theirs".to_owned());
    until("the class follows", || {
        attr(&r, ".anp-checklist", "class").as_deref() == Some("anp-checklist theirs")
    })
    .await;

    // A longer list keeps the ticks of the items that stay.
    list.set(model_of(&["one", "two", "three"]));
    until("the list follows", || boxes_in(&r).len() == 3).await;
    assert!(boxes_in(&r)[0].checked());

    // Storage on: ticks are saved under the post key and the block index.
    storage.set(ChecklistStorage::Local);
    index.set(7);
    tick().await;
    boxes_in(&r)[1].click();
    let key = checklist_storage_key("reactive-list", 7);
    until("the tick is saved", || {
        web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .and_then(|s| s.get_item(&key).ok().flatten())
            .is_some()
    })
    .await;
}

#[wasm_bindgen_test]
async fn meta_box_follows_its_meta_layout_paging_title_words_and_class() {
    let root = container();
    let meta_of = |json: &str| -> Arc<Meta> {
        Arc::new(
            serde_json::from_str::<serde_json::Value>(json)
                .expect("json")
                .as_object()
                .cloned()
                .expect("object"),
        )
    };
    let meta = RwSignal::new(meta_of(r#"{"reading time": 5, "tags": ["a", "b", "c"]}"#));
    let layout = RwSignal::new(MetaLayout::List);
    let page = RwSignal::new(50usize);
    let depth = RwSignal::new(4usize);
    let title = RwSignal::new(None::<String>);
    let strings = RwSignal::new(Strings::default());
    let level = RwSignal::new(1u8);
    let class = RwSignal::new("box".to_owned());
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <MetaBox meta layout page_size=page collapse_depth=depth title strings
                heading_level=level class />
        }
    });
    let r: web_sys::Element = root.clone().into();
    until("the box shows", || {
        text(&r, ".anp-meta__title") == "alphanode post meta"
    })
    .await;
    let section = find(&r, ".anp-meta").expect("box");
    layout.set(MetaLayout::Table);
    until("the layout follows", || {
        section.get_attribute("data-layout").as_deref() == Some("table")
    })
    .await;
    page.set(1);
    until("paging follows", || find(&r, ".anp-meta__more").is_some()).await;
    let more: web_sys::HtmlElement = find(&r, ".anp-meta__more").expect("more").unchecked_into();
    more.click();
    until("Show more reveals the rest", || {
        find(&r, "[data-anp-revealed]").is_some()
    })
    .await;
    page.set(50);
    until("paging follows back", || {
        find(&r, ".anp-meta__more").is_none()
    })
    .await;
    depth.set(1);
    tick().await;
    title.set(Some("At a glance".to_owned()));
    until("the title follows", || {
        text(&r, ".anp-meta__title") == "At a glance"
    })
    .await;
    assert_eq!(
        attr(&r, ".anp-meta__title", "lang"),
        None,
        "the host's words claim no language"
    );
    title.set(None);
    strings.set(Strings::for_tag("de"));
    until("the words follow", || {
        text(&r, ".anp-meta__title") != "alphanode post meta"
            && text(&r, ".anp-meta__title") != "At a glance"
    })
    .await;
    assert_eq!(attr(&r, ".anp-meta__title", "lang").as_deref(), Some("de"));
    level.set(3);
    until("the level follows", || tag(&r, ".anp-meta__title") == "H4").await;
    class.set("other".to_owned());
    until("the class follows", || {
        section.get_attribute("class").as_deref() == Some("anp-meta other")
    })
    .await;
    meta.set(meta_of(r#"{"words": 1200}"#));
    until("the meta follows", || {
        text(&r, ".anp-meta__key").starts_with("words")
    })
    .await;
    assert!(
        find(&r, ".anp-meta").as_ref() == Some(&section),
        "the root stays"
    );
}

#[wasm_bindgen_test]
async fn similar_posts_follow_refs_template_title_words_level_and_class() {
    let root = container();
    let card = |t: &str, s: &str| PostRef {
        title: t.into(),
        slug: Some(s.into()),
        ..Default::default()
    };
    let refs = RwSignal::new(vec![card("Next", "next")]);
    let link = RwSignal::new(None::<String>);
    let title = RwSignal::new(None::<String>);
    let strings = RwSignal::new(Strings::default());
    let level = RwSignal::new(1u8);
    let class = RwSignal::new("cards".to_owned());
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <SimilarPosts refs link_template=link title strings heading_level=level class /> }
    });
    let r: web_sys::Element = root.clone().into();
    until("the cards show", || {
        text(&r, ".anp-similar__card-title") == "Next"
    })
    .await;
    assert!(
        find(&r, ".anp-similar__link").is_none(),
        "no template, no link"
    );
    level.set(2);
    until("the level follows", || {
        tag(&r, ".anp-similar__card-title") == "H4"
    })
    .await;
    link.set(Some("/p/{slug}".to_owned()));
    until("the template follows", || {
        attr(&r, ".anp-similar__link", "href").as_deref() == Some("/p/next")
    })
    .await;
    title.set(Some("Read next".to_owned()));
    until("the title follows", || {
        text(&r, ".anp-similar__title") == "Read next"
    })
    .await;
    title.set(None);
    strings.set(Strings::for_tag("de"));
    until("the words follow", || {
        attr(&r, ".anp-similar__title", "lang").as_deref() == Some("de")
    })
    .await;
    level.set(2);
    until("the level follows", || {
        tag(&r, ".anp-similar__card-title") == "H4"
    })
    .await;
    class.set("more".to_owned());
    until("the class follows", || {
        attr(&r, ".anp-similar", "class").as_deref() == Some("anp-similar more")
    })
    .await;
    refs.set(vec![card("Next", "next"), card("Later", "later")]);
    until("the refs follow", || {
        all(&r, ".anp-similar__item").len() == 2
    })
    .await;
    refs.set(Vec::new());
    until("the empty state shows", || {
        find(&r, ".anp-similar__empty").is_some()
    })
    .await;
}

/// Issue 30: a `BlockRenderers` context replaces the code blocks with a live view
/// (its handler and signal work), mounted in the block's place; the checklist beside
/// it still ticks, and a rewrite mounts the view again.
#[wasm_bindgen_test]
async fn block_renderers_mount_live_views_in_place_and_the_checklist_still_ticks() {
    use alphanode_widgets::components::BlockRenderers;
    use alphanode_widgets::model::BlockKind;
    const POST: &str = r#"{"id": "renderers-csr", "title": "T", "body": [
        {"type": "paragraph", "text": "before"},
        {"type": "code", "code": "x = 1"},
        {"type": "checklist", "items": ["a", "b"]},
        {"type": "quote", "text": "q"}]}"#;
    let root = container();
    let level = RwSignal::new(2u8);
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context(BlockRenderers::default().with("code", |block, cx| {
            let BlockKind::Code { code, .. } = &block.kind else {
                return None;
            };
            let clicks = RwSignal::new(0);
            let path = cx.path.clone();
            Some(
                view! {
                    <button class="host-code" data-at=path on:click=move |_| clicks.update(|n| *n += 1)>
                        {code.clone()} " " {move || clicks.get()}
                    </button>
                }
                .into_any(),
            )
        }));
        view! { <Article state=ready(POST) heading_level=level storage=ChecklistStorage::Memory /> }
    });
    let r: web_sys::Element = root.clone().into();
    until("the view is mounted", || find(&r, ".host-code").is_some()).await;
    let children = body_children(&r);
    assert_eq!(
        children,
        [
            "anp-body__paragraph",
            "anp-custom",
            "anp-checklist",
            "anp-quote"
        ]
    );
    assert_eq!(
        attr(&r, ".anp-custom", "data-path").as_deref(),
        Some("body[1]")
    );
    assert_eq!(
        attr(&r, ".host-code", "data-at").as_deref(),
        Some("body[1]")
    );
    click_host_view(&r, ".host-code", "x = 1 1").await;
    boxes_in(&r)[0].click();
    until("the checklist ticks", || progress(&root) == "1 of 2 done").await;
    level.set(3);
    until("the rewrite", || tag(&r, ".anp-article__title") == "H3").await;
    until("the view is mounted again", || {
        text(&r, ".host-code") == "x = 1 0"
    })
    .await;
    assert_eq!(progress(&root), "1 of 2 done");
}

/// Issue 30: a `BlockRenderers` renderer for a type the format does not define
/// mounts its live view in the block's published place and takes its warning away;
/// one that returns `None` leaves the block skipped and the warning shown.
#[wasm_bindgen_test]
async fn block_renderers_show_an_unknown_type_as_a_live_view_and_none_keeps_its_warning() {
    use alphanode_widgets::components::BlockRenderers;
    const POST: &str = r#"{"id": "renderers-unknown", "title": "T", "body": [
        {"type": "paragraph", "text": "before"},
        {"type": "callout", "text": "note"},
        {"type": "checklist", "items": ["a", "b"]}]}"#;
    let shown = container();
    let _shown = leptos::mount::mount_to(shown.clone(), move || {
        provide_context(
            BlockRenderers::default().with_unknown("callout", |json, _| {
                let text = json.get("text")?.as_str()?.to_owned();
                let clicks = RwSignal::new(0);
                Some(
                    view! {
                        <button class="host-callout" on:click=move |_| clicks.update(|n| *n += 1)>
                            {text} " " {move || clicks.get()}
                        </button>
                    }
                    .into_any(),
                )
            }),
        );
        view! { <Article state=ready(POST) storage=ChecklistStorage::Memory /> }
    });
    let skipped = container();
    let _skipped = leptos::mount::mount_to(skipped.clone(), move || {
        provide_context(BlockRenderers::default().with_unknown("callout", |_, _| None));
        view! { <Article state=ready(POST) storage=ChecklistStorage::Memory /> }
    });
    let r: web_sys::Element = shown.clone().into();
    until("the view is mounted", || {
        find(&r, ".host-callout").is_some()
    })
    .await;
    let children = body_children(&r);
    assert_eq!(
        children,
        ["anp-body__paragraph", "anp-custom", "anp-checklist"]
    );
    assert_eq!(
        attr(&r, ".anp-custom", "data-block-type").as_deref(),
        Some("callout")
    );
    assert!(find(&r, ".anp-diagnostics").is_none(), "no warning left");
    click_host_view(&r, ".host-callout", "note 1").await;
    boxes_in(&r)[0].click();
    until("the checklist ticks", || progress(&shown) == "1 of 2 done").await;

    let s: web_sys::Element = skipped.into();
    until("the other article is ready", || {
        find(&s, ".anp-body").is_some()
    })
    .await;
    assert!(find(&s, ".anp-custom").is_none());
    assert!(
        text(&s, ".anp-diagnostics").contains("unknown block type"),
        "{}",
        text(&s, ".anp-diagnostics")
    );
}
