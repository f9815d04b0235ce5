//! What the app browses: a whole index in memory, or a sharded one read a fragment at
//! a time. Both answer a query with the same [`ListPage`].

use super::search::ListPage;
use super::shards::{ShardFetch, ShardIndex};
use super::{Failure, IndexQuery, SearchIndex};

/// A browsing index, whole or sharded.
///
/// ```
/// use alphanode_widgets::model::{parse_index, Catalog, SearchIndex};
/// let index = parse_index(r#"{"posts":[{"slug":"a","title":"A","stack":["rust"]}]}"#, None).value.unwrap();
/// let catalog = Catalog::Whole(SearchIndex::new(index));
/// assert_eq!((catalog.len(), catalog.stacks()), (1, &["rust".to_owned()][..]));
/// ```
#[derive(Debug)]
pub enum Catalog {
    /// `alphanode.index/1`, loaded whole.
    Whole(SearchIndex),
    /// `alphanode.index-shards/1`: the manifest, fragments on demand.
    Sharded(ShardIndex),
}

impl Catalog {
    /// Posts in the index.
    pub fn len(&self) -> usize {
        match self {
            Self::Whole(i) => i.len(),
            Self::Sharded(i) => i.len(),
        }
    }

    /// `true` when there are no posts.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The stack menu.
    pub fn stacks(&self) -> &[String] {
        match self {
            Self::Whole(i) => i.stacks(),
            Self::Sharded(i) => i.stacks(),
        }
    }

    /// Posts per stack, in [`stacks`](Self::stacks) order.
    pub fn stack_counts(&self) -> &[usize] {
        match self {
            Self::Whole(i) => i.stack_counts(),
            Self::Sharded(i) => i.stack_counts(),
        }
    }

    /// The difficulty menu.
    pub fn difficulties(&self) -> &[String] {
        match self {
            Self::Whole(i) => i.difficulties(),
            Self::Sharded(i) => i.difficulties(),
        }
    }

    /// The page at `start` of a query's results. A whole index answers at once; a
    /// sharded one fetches what the page needs through `fetch`.
    pub async fn page(
        &self,
        fetch: &impl ShardFetch,
        query: &IndexQuery,
        start: usize,
        size: usize,
    ) -> Result<ListPage, Failure> {
        match self {
            Self::Whole(i) => Ok(i.page(query, start, size)),
            Self::Sharded(i) => i.page(fetch, query, start, size).await,
        }
    }

    /// The whole index's result for a query, when it can answer without waiting.
    pub fn page_now(&self, query: &IndexQuery, start: usize, size: usize) -> Option<ListPage> {
        match self {
            Self::Whole(i) => Some(i.page(query, start, size)),
            Self::Sharded(_) => None,
        }
    }
}
