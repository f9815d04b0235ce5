//! The list's state as the URL holds it: the search text, the filters, the sort order
//! and the page (`?q=&stack=&difficulty=&sort=&page=`), how a control changes them
//! (a navigation, so back and forward restore them), and the correction of values
//! the index does not know.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use super::answers::{page_count, page_number, Answer, ListKey};
use crate::app::api::{IndexState, Store};
use crate::i18n::{AppText, Strings};
use crate::model::{Catalog, IndexQuery, SortOrder};

type Navigate = Box<dyn Fn(&str, NavigateOptions)>;

/// The URL's parameters (read as the index understands them), and what was corrected
/// in them. Copy handles, for every closure of the page.
#[derive(Clone, Copy)]
pub(super) struct Query {
    /// The catalog to search, once loaded.
    pub search: Signal<Option<Arc<Catalog>>>,
    pub text: Memo<String>,
    /// A stack the index offers, or empty.
    pub stack: Memo<String>,
    /// A difficulty the index offers, or empty.
    pub difficulty: Memo<String>,
    pub sort: Memo<SortOrder>,
    /// The page asked for, from 1.
    pub page: Memo<usize>,
    /// What was corrected in the URL, shown until the reader changes something.
    pub notes: RwSignal<Vec<String>>,
    navigate: StoredValue<Navigate, LocalStorage>,
}

impl Query {
    /// The parameters of the current URL, for the index in `store`.
    pub fn from_url(store: Store) -> Self {
        let query_map = use_query_map();
        let navigate = use_navigate();
        let param = move |key: &str| query_map.with(|m| m.get(key).unwrap_or_default());
        let search = Signal::derive(move || match store.index.get() {
            IndexState::Ready(index) => Some(index),
            _ => None,
        });
        // Filters the index does not offer count as unset, so the menus (which cannot
        // show them) and the list agree while the URL is being corrected.
        let known = move |value: String, offered: fn(&Catalog) -> &[String]| {
            let unknown = !value.is_empty()
                && search.with(|s| s.as_ref().is_some_and(|s| !offered(s).contains(&value)));
            if unknown {
                String::new()
            } else {
                value
            }
        };
        Self {
            search,
            text: Memo::new(move |_| param("q")),
            stack: Memo::new(move |_| known(param("stack"), Catalog::stacks)),
            difficulty: Memo::new(move |_| known(param("difficulty"), Catalog::difficulties)),
            sort: Memo::new(move |_| SortOrder::parse(&param("sort")).unwrap_or_default()),
            page: Memo::new(move |_| param("page").parse::<usize>().unwrap_or(1).max(1)),
            notes: RwSignal::new(Vec::new()),
            navigate: StoredValue::new_local(Box::new(navigate) as Navigate),
        }
    }

    /// What the list shows for these parameters.
    pub fn key(self) -> ListKey {
        ListKey {
            query: IndexQuery {
                text: self.text.get(),
                stack: Some(self.stack.get()).filter(|s| !s.is_empty()),
                difficulty: Some(self.difficulty.get()).filter(|s| !s.is_empty()),
                sort: self.sort.get(),
            },
            page: self.page.get(),
        }
    }

    /// The sort order as the URL writes it (the index's own order is no parameter).
    fn sort_param(sort: SortOrder) -> String {
        if sort == SortOrder::Index {
            String::new()
        } else {
            sort.as_str().to_owned()
        }
    }

    /// Change some parameters; anything but the page resets to page 1. `replace`
    /// replaces the history entry (typing, corrections) instead of adding one.
    pub fn set(self, changes: &[(&str, String)], replace: bool) {
        self.notes.set(Vec::new());
        let mut current = vec![
            ("q", self.text.get_untracked()),
            ("stack", self.stack.get_untracked()),
            ("difficulty", self.difficulty.get_untracked()),
            ("sort", Self::sort_param(self.sort.get_untracked())),
            ("page", String::new()),
        ];
        for (key, value) in changes {
            if let Some(slot) = current.iter_mut().find(|(k, _)| k == key) {
                slot.1 = value.clone();
            }
        }
        let target = format!("/{}", query_string(&current));
        self.navigate.with_value(|navigate| {
            navigate(
                &target,
                NavigateOptions {
                    replace,
                    scroll: false,
                    ..NavigateOptions::default()
                },
            )
        });
    }

    /// Clear the search and the filters (and the sort order).
    pub fn clear(self) {
        self.set(
            &[
                ("q", String::new()),
                ("stack", String::new()),
                ("difficulty", String::new()),
                ("sort", String::new()),
            ],
            false,
        );
    }

    /// The link to page `n` of the list as it is.
    pub fn page_href(self, n: usize) -> String {
        format!(
            "{}/{}",
            crate::app::base_path(),
            query_string(&[
                ("q", self.text.get()),
                ("stack", self.stack.get()),
                ("difficulty", self.difficulty.get()),
                ("sort", Self::sort_param(self.sort.get())),
                ("page", if n <= 1 { String::new() } else { n.to_string() }),
            ])
        )
    }

    /// Drop unknown values from the URL and clamp the page once `current` answers it,
    /// replacing the history entry (back should not return to an address that shows
    /// something else), and say what was dropped. Only while `on_index()`: while the
    /// router swaps pages this one still sees the next page's URL.
    pub fn correct(
        self,
        s: &Strings,
        current: Memo<Option<Answer>>,
        on_index: impl Fn() -> bool + 'static,
    ) {
        let query_map = use_query_map();
        let s = s.clone();
        Effect::new(move |_| {
            if !on_index() {
                return;
            }
            // Only an answer to the URL as it is now tells what to correct.
            let Some(Ok(answered)) = current.get() else {
                return;
            };
            let raw = query_map.get();
            let mut fixed = Vec::new();
            for (key, kept, note) in [
                ("stack", self.stack.get(), AppText::UnknownStack),
                (
                    "difficulty",
                    self.difficulty.get(),
                    AppText::UnknownDifficulty,
                ),
            ] {
                let asked = raw.get(key).unwrap_or_default();
                if asked != kept {
                    fixed.push(s.app_with(note, &[], &[("asked", &asked)]));
                }
            }
            let asked_sort = raw.get("sort").unwrap_or_default();
            if !asked_sort.is_empty() && SortOrder::parse(&asked_sort).is_none() {
                fixed.push(s.app_with(AppText::UnknownSort, &[], &[("asked", &asked_sort)]));
            }
            let asked_page = raw.get("page").unwrap_or_default();
            let shown_page = page_number(&answered).min(page_count(&answered));
            let asked_number = asked_page.parse::<usize>().ok();
            let page_ok = asked_page.is_empty()
                || asked_number.is_some_and(|n| (1..=shown_page).contains(&n));
            if let Some(asked) = asked_number.filter(|n| *n > shown_page) {
                fixed.push(s.app_with(
                    AppText::NoSuchPage,
                    &[("page", shown_page), ("asked", asked)],
                    &[],
                ));
            }
            if page_ok && fixed.is_empty() {
                return;
            }
            let page_value = if shown_page <= 1 {
                String::new()
            } else {
                shown_page.to_string()
            };
            self.set(&[("page", page_value)], true);
            self.notes.set(fixed);
        });
    }
}

fn query_string(pairs: &[(&str, String)]) -> String {
    let parts: Vec<String> = pairs
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", encode(v)))
        .collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

fn encode(value: &str) -> String {
    let mut out = String::new();
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(char::from(b))
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}
