//! What the list shows for the URL's parameters: a whole index answers at once; a
//! sharded one answers after fetching the page's fragments (only the words the reader
//! stops at while typing), and an answer that arrives after the reader has moved on
//! is dropped. Meanwhile the last answer stays on screen.

use std::sync::Arc;

use leptos::prelude::*;

use super::query::Query;
use crate::app::api::Store;
use crate::load::HttpShards;
use crate::model::{Catalog, Failure, IndexQuery, ListPage};

/// Posts per page.
const PAGE_SIZE: usize = 20;

/// How long typing must pause before a sharded index is searched.
const TYPING_PAUSE_MS: u64 = 150;

/// What a list shows: a query and the page asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct ListKey {
    pub query: IndexQuery,
    pub page: usize,
}

pub(super) type Answer = Result<Arc<ListPage>, Arc<Failure>>;

/// Where a key's page starts.
fn start_of(key: &ListKey) -> usize {
    key.page.saturating_sub(1).saturating_mul(PAGE_SIZE)
}

/// Where the last page starts, when a page starting at `start` is past the end (the
/// list then shows the last page, and the URL is corrected, see
/// [`Query::correct`]).
fn last_start(start: usize, page: &ListPage) -> Option<usize> {
    (page.total > 0 && start >= page.total).then(|| (page.total - 1) / PAGE_SIZE * PAGE_SIZE)
}

/// The page a key asks for, or the last one when it asks past the end.
async fn answer(catalog: &Catalog, key: &ListKey) -> Answer {
    let fetch = HttpShards::default();
    let start = start_of(key);
    let mut page = catalog.page(&fetch, &key.query, start, PAGE_SIZE).await;
    if let Some(last) = page.as_ref().ok().and_then(|p| last_start(start, p)) {
        page = catalog.page(&fetch, &key.query, last, PAGE_SIZE).await;
    }
    page.map(Arc::new).map_err(Arc::new)
}

/// [`answer`] from a whole index, which never waits.
fn answer_now(catalog: &Catalog, key: &ListKey) -> Option<Answer> {
    let start = start_of(key);
    let mut page = catalog.page_now(&key.query, start, PAGE_SIZE)?;
    if let Some(last) = last_start(start, &page) {
        page = catalog.page_now(&key.query, last, PAGE_SIZE)?;
    }
    Some(Ok(Arc::new(page)))
}

/// The number of the page that `page` is, from 1.
pub(super) fn page_number(page: &ListPage) -> usize {
    page.start / PAGE_SIZE + 1
}

/// How many pages the list has (1 when empty).
pub(super) fn page_count(page: &ListPage) -> usize {
    page.total.div_ceil(PAGE_SIZE).max(1)
}

/// The answers to a [`Query`].
#[derive(Clone, Copy)]
pub(super) struct Answers {
    /// The answer for the current parameters; `None` while it is on its way.
    pub current: Memo<Option<Answer>>,
    /// What is on screen: the current answer, or the last one until it comes.
    pub shown: Memo<Option<Answer>>,
    /// A sharded index's last answer, with the key it answers.
    fetched: RwSignal<Option<(ListKey, Answer)>>,
    store: Store,
}

impl Answers {
    /// Answer `query` from the index in `store`, fetching as the parameters change.
    pub fn follow(query: Query, store: Store) -> Self {
        let key = Memo::new(move |_| query.key());
        let fetched = RwSignal::new(None::<(ListKey, Answer)>);
        let search = query.search;
        let current = Memo::new(move |_| {
            let catalog = search.get()?;
            let key = key.get();
            answer_now(&catalog, &key).or_else(|| {
                fetched.with(|f| {
                    f.as_ref()
                        .filter(|(k, _)| *k == key)
                        .map(|(_, a)| a.clone())
                })
            })
        });
        Effect::new(move |previous: Option<Option<ListKey>>| {
            let catalog = search.get()?;
            let asked = key.get();
            if matches!(catalog.as_ref(), Catalog::Whole(_))
                || fetched.with_untracked(|f| f.as_ref().is_some_and(|(k, _)| *k == asked))
            {
                return Some(asked);
            }
            // While the reader types, only the words they stop at are fetched, not every
            // prefix on the way ("c", "ca", "cac"…: the shortest match the most tokens).
            // Filters, sorting and paging go at once.
            let typing = previous
                .flatten()
                .is_some_and(|p| p.query.text != asked.query.text);
            let go = {
                let asked = asked.clone();
                move || {
                    if key.try_get_untracked().as_ref() != Some(&asked) {
                        return;
                    }
                    leptos::task::spawn_local(async move {
                        let got = answer(&catalog, &asked).await;
                        if let Ok(page) = &got {
                            store.listed(&page.entries);
                        }
                        // Only an answer to what the reader still asks is kept.
                        if key.try_get_untracked().as_ref() == Some(&asked) {
                            fetched.try_set(Some((asked, got)));
                        }
                    });
                }
            };
            if typing {
                set_timeout(go, std::time::Duration::from_millis(TYPING_PAUSE_MS));
            } else {
                go();
            }
            Some(asked)
        });
        let shown = Memo::new(move |previous: Option<&Option<Answer>>| {
            current.get().or_else(|| previous.cloned().flatten())
        });
        Self {
            current,
            shown,
            fetched,
            store,
        }
    }

    /// Whether the list on screen is not the answer to the current parameters yet.
    pub fn busy(self) -> bool {
        self.current.with(Option::is_none)
    }

    /// Ask again after a failure (the index too, when it failed).
    pub fn retry(self) {
        self.fetched.set(None);
        self.store.load_index();
    }
}
