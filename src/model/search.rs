//! Search, filters and sorting over a browsing [`Index`], without any UI.
//!
//! Text is lower-cased once when the search index is built, so each keystroke is a
//! plain substring scan (a 10,000-post index filters in about a millisecond).

use std::sync::{Arc, Mutex};

use super::post::{Index, IndexEntry};

/// How results are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortOrder {
    /// The publisher's order.
    #[default]
    Index,
    /// Title A–Z.
    Title,
    /// Shortest reading time first.
    ReadingTime,
    /// Longest reading time first.
    ReadingTimeDesc,
}

impl SortOrder {
    /// Every order, in menu order.
    pub const ALL: [SortOrder; 4] = [
        Self::Index,
        Self::Title,
        Self::ReadingTime,
        Self::ReadingTimeDesc,
    ];

    /// The query-string value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Index => "index",
            Self::Title => "title",
            Self::ReadingTime => "time",
            Self::ReadingTimeDesc => "time-desc",
        }
    }

    /// A label for menus.
    pub fn label(self) -> &'static str {
        match self {
            Self::Index => "Publisher's order",
            Self::Title => "Title (A–Z)",
            Self::ReadingTime => "Shortest read first",
            Self::ReadingTimeDesc => "Longest read first",
        }
    }

    /// Parse a query-string value.
    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == value)
    }
}

/// What the reader asked for.
///
/// ```
/// use alphanode_widgets::model::{IndexQuery, SortOrder};
/// let q = IndexQuery { text: "cache".into(), stack: Some("python".into()), ..IndexQuery::default() };
/// assert_eq!(q.sort, SortOrder::Index);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IndexQuery {
    /// Words to find in title, summary or topic (all must match).
    pub text: String,
    /// Only posts with this stack.
    pub stack: Option<String>,
    /// Only posts of this difficulty.
    pub difficulty: Option<String>,
    /// Result order.
    pub sort: SortOrder,
}

/// An index prepared for searching.
///
/// ```
/// use alphanode_widgets::model::{parse_index, IndexQuery, SearchIndex};
/// let index = parse_index(r#"{"posts":[
///   {"slug":"a","title":"Caching","stack":["python"],"difficulty":"beginner"},
///   {"slug":"b","title":"Testing","stack":["rust"],"difficulty":"advanced"}]}"#, None).value.unwrap();
/// let search = SearchIndex::new(index);
/// let hits = search.run(&IndexQuery { text: "cach".into(), ..Default::default() });
/// assert_eq!(hits.len(), 1);
/// assert_eq!(search.entry(hits[0]).unwrap().slug, "a");
/// ```
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    entries: Vec<IndexEntry>,
    haystacks: Vec<String>,
    stacks: Vec<String>,
    /// Posts per stack, in `stacks` order.
    stack_counts: Vec<usize>,
    difficulties: Vec<String>,
    /// The last query [`page`](Self::page) ran and its hits: paging through one
    /// query searches once.
    last: Arc<Mutex<Option<LastQuery>>>,
}

/// A query and the positions of its hits.
type LastQuery = (IndexQuery, Arc<Vec<usize>>);

impl SearchIndex {
    /// Prepare an index.
    pub fn new(index: Index) -> Self {
        let haystacks = index.posts.iter().map(haystack).collect();
        let stacks = stack_menu(index.posts.iter().flat_map(|e| e.stack.iter().cloned()));
        let difficulties = difficulty_menu(index.posts.iter().filter_map(|e| e.difficulty.clone()));
        let stack_counts = stack_counts(&stacks, &index.posts);
        Self {
            entries: index.posts,
            haystacks,
            stacks,
            stack_counts,
            difficulties,
            last: Arc::default(),
        }
    }

    /// Number of posts.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// `true` when there are no posts.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entry at a position returned by [`run`](Self::run).
    pub fn entry(&self, position: usize) -> Option<&IndexEntry> {
        self.entries.get(position)
    }

    /// The entry with this slug.
    pub fn by_slug(&self, slug: &str) -> Option<&IndexEntry> {
        self.entries.iter().find(|e| e.slug == slug)
    }

    /// Every stack, sorted, for the filter menu.
    pub fn stacks(&self) -> &[String] {
        &self.stacks
    }

    /// Posts per stack, in [`stacks`](Self::stacks) order: the menu shows them, so a
    /// reader sees which stacks have many posts (as a sharded index's manifest does).
    ///
    /// ```
    /// use alphanode_widgets::model::{parse_index, SearchIndex};
    /// let json = r#"{"posts":[{"slug":"a","title":"A","stack":["rust","go"]},
    ///                         {"slug":"b","title":"B","stack":["rust","rust"]}]}"#;
    /// let search = SearchIndex::new(parse_index(json, None).value.unwrap());
    /// assert_eq!((search.stacks(), search.stack_counts()), (&["go".to_owned(), "rust".to_owned()][..], &[1, 2][..]));
    /// ```
    pub fn stack_counts(&self) -> &[usize] {
        &self.stack_counts
    }

    /// Every difficulty (beginner, intermediate, advanced first), for the filter menu.
    pub fn difficulties(&self) -> &[String] {
        &self.difficulties
    }

    /// Positions of the matching entries, in the requested order.
    pub fn run(&self, query: &IndexQuery) -> Vec<usize> {
        let words = query_words(&query.text);
        let mut hits: Vec<usize> = self
            .entries
            .iter()
            .zip(&self.haystacks)
            .enumerate()
            .filter(|(_, (entry, hay))| {
                words.iter().all(|w| hay.contains(w.as_str()))
                    && query.stack.as_ref().is_none_or(|s| entry.stack.contains(s))
                    && query
                        .difficulty
                        .as_ref()
                        .is_none_or(|d| entry.difficulty.as_ref() == Some(d))
            })
            .map(|(i, _)| i)
            .collect();
        sort_positions(
            &mut hits,
            query.sort,
            |i| self.haystacks.get(i).map(|h| title_key(h).to_owned()),
            |i| self.entries.get(i).and_then(|e| e.reading_time),
        );
        hits
    }

    /// One page of results: the total and the entries at `start..start + size`.
    ///
    /// ```
    /// use alphanode_widgets::model::{parse_index, IndexQuery, SearchIndex};
    /// let index = parse_index(r#"{"posts":[{"slug":"a","title":"A"},{"slug":"b","title":"B"}]}"#, None).value.unwrap();
    /// let page = SearchIndex::new(index).page(&IndexQuery::default(), 1, 1);
    /// assert_eq!((page.total, page.entries[0].slug.as_str()), (2, "b"));
    /// ```
    pub fn page(&self, query: &IndexQuery, start: usize, size: usize) -> ListPage {
        let cached = self.last.lock().ok().and_then(|last| {
            last.as_ref()
                .filter(|(q, _)| q == query)
                .map(|(_, hits)| hits.clone())
        });
        let hits = cached.unwrap_or_else(|| {
            let hits = Arc::new(self.run(query));
            if let Ok(mut last) = self.last.lock() {
                *last = Some((query.clone(), hits.clone()));
            }
            hits
        });
        ListPage {
            total: hits.len(),
            start,
            entries: hits
                .iter()
                .skip(start)
                .take(size)
                .filter_map(|i| self.entry(*i).cloned())
                .collect(),
        }
    }
}

/// One page of a list: how many posts match in all, where the page starts, and its
/// entries. The same from a whole index and from a sharded one.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListPage {
    /// Matching posts in all.
    pub total: usize,
    /// Position of the first entry among the matches.
    pub start: usize,
    /// The page's entries, in order.
    pub entries: Vec<IndexEntry>,
}

/// The text a query searches: title, summary and topic, lower-cased once. Each query
/// word must occur in it; fields are on their own lines so a word never spans two.
pub(crate) fn haystack(entry: &IndexEntry) -> String {
    format!("{}\n{}\n{}", entry.title, entry.summary, entry.topic).to_lowercase()
}

/// What titles sort by: the haystack's first line (the lower-cased title's first line).
pub(crate) fn title_key(haystack: &str) -> &str {
    haystack.lines().next().unwrap_or_default()
}

/// A query's words, lower-cased; every one must match.
pub(crate) fn query_words(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_lowercase).collect()
}

/// Order positions (already in publisher order) by `sort`. Stable, so ties keep the
/// publisher's order, and so any subset comes out in the order it has in the whole
/// sorted list (which is what lets a sharded index store each order once).
pub(crate) fn sort_positions(
    positions: &mut [usize],
    sort: SortOrder,
    title: impl Fn(usize) -> Option<String>,
    time: impl Fn(usize) -> Option<u32>,
) {
    match sort {
        SortOrder::Index => {}
        SortOrder::Title => positions.sort_by_cached_key(|i| title(*i)),
        SortOrder::ReadingTime => positions.sort_by_key(|i| (time(*i).is_none(), time(*i))),
        SortOrder::ReadingTimeDesc => {
            positions.sort_by_key(|i| (time(*i).is_none(), std::cmp::Reverse(time(*i))))
        }
    }
}

/// The stack menu: every stack once, sorted.
pub(crate) fn stack_menu(stacks: impl Iterator<Item = String>) -> Vec<String> {
    let mut stacks: Vec<String> = stacks.collect();
    stacks.sort();
    stacks.dedup();
    stacks
}

/// How many posts list each of `stacks` (a post that names a stack twice counts once,
/// as the filter finds it once).
fn stack_counts(stacks: &[String], posts: &[IndexEntry]) -> Vec<usize> {
    let mut counts = vec![0; stacks.len()];
    for entry in posts {
        let mut seen: Vec<usize> = entry
            .stack
            .iter()
            .filter_map(|s| stacks.binary_search(s).ok())
            .collect();
        seen.sort_unstable();
        seen.dedup();
        for i in seen {
            if let Some(c) = counts.get_mut(i) {
                *c += 1;
            }
        }
    }
    counts
}

/// The difficulty menu: beginner, intermediate, advanced, then the rest A–Z.
pub(crate) fn difficulty_menu(difficulties: impl Iterator<Item = String>) -> Vec<String> {
    let mut difficulties: Vec<String> = difficulties.collect();
    difficulties.sort_by_key(|d| (difficulty_rank(d), d.clone()));
    difficulties.dedup();
    difficulties
}

fn difficulty_rank(d: &str) -> u8 {
    match d {
        "beginner" => 0,
        "intermediate" => 1,
        "advanced" => 2,
        _ => 3,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_index;

    fn search() -> SearchIndex {
        let json = r#"{"posts":[
          {"slug":"a","title":"Zebra caching","summary":"fast pages","topic":"web","stack":["python","backend"],"difficulty":"beginner","reading_time":5},
          {"slug":"b","title":"Apple tests","summary":"flaky CACHE","topic":"qa","stack":["rust"],"difficulty":"advanced","reading_time":9},
          {"slug":"c","title":"Mango logs","summary":"observability","topic":"ops","stack":["python"],"difficulty":"advanced","reading_time":2},
          {"slug":"d","title":"No time","stack":[]}
        ]}"#;
        SearchIndex::new(parse_index(json, None).value.unwrap_or_default())
    }

    fn slugs(s: &SearchIndex, q: IndexQuery) -> Vec<String> {
        s.run(&q)
            .into_iter()
            .filter_map(|i| s.entry(i))
            .map(|e| e.slug.clone())
            .collect()
    }

    #[test]
    fn text_matches_title_summary_topic_case_insensitively() {
        let s = search();
        let q = |t: &str| IndexQuery {
            text: t.into(),
            ..IndexQuery::default()
        };
        assert_eq!(slugs(&s, q("cache")), ["b"]);
        assert_eq!(slugs(&s, q("CACHING")), ["a"]);
        assert_eq!(slugs(&s, q("ops")), ["c"]);
        assert_eq!(slugs(&s, q("mango observ")), ["c"]);
        assert_eq!(slugs(&s, q("mango zebra")), Vec::<String>::new());
        assert_eq!(slugs(&s, q("  ")).len(), 4);
    }

    #[test]
    fn filters_combine() {
        let s = search();
        let q = IndexQuery {
            stack: Some("python".into()),
            ..IndexQuery::default()
        };
        assert_eq!(slugs(&s, q.clone()), ["a", "c"]);
        let q = IndexQuery {
            difficulty: Some("advanced".into()),
            ..q
        };
        assert_eq!(slugs(&s, q.clone()), ["c"]);
        let q = IndexQuery {
            text: "zebra".into(),
            ..q
        };
        assert!(slugs(&s, q).is_empty());
        assert_eq!(s.stacks(), ["backend", "python", "rust"]);
        assert_eq!(s.difficulties(), ["beginner", "advanced"]);
    }

    #[test]
    fn sorting() {
        let s = search();
        let q = |sort| IndexQuery {
            sort,
            ..IndexQuery::default()
        };
        assert_eq!(slugs(&s, q(SortOrder::Title)), ["b", "c", "d", "a"]);
        assert_eq!(slugs(&s, q(SortOrder::ReadingTime)), ["c", "a", "b", "d"]);
        assert_eq!(
            slugs(&s, q(SortOrder::ReadingTimeDesc)),
            ["b", "a", "c", "d"]
        );
        assert_eq!(slugs(&s, q(SortOrder::Index)), ["a", "b", "c", "d"]);
    }
}
