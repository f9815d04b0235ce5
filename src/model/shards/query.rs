//! Reading shards: the manifest, then per query only the fragments it needs.

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex};

use serde_json::Value;

use super::postings::{read_pack, Bitset, PackError};
use super::{bucket_of, key_gram, SHARDS_FORMAT};
use crate::model::parse::index_entries;
use crate::model::search::{query_words, ListPage};
use crate::model::{
    check_url, parse_json, Failure, FailureKind, IndexEntry, IndexQuery, JsonPath, SortOrder,
};

/// How [`ShardIndex`] gets its fragments: over HTTP in the app, from files in tests
/// and tools. URLs are absolute.
///
/// ```
/// use alphanode_widgets::model::{Failure, ShardFetch};
/// struct Offline;
/// impl ShardFetch for Offline {
///     async fn text(&self, url: &str) -> Result<String, Failure> { Err(Failure::message(format!("{url}: offline"))) }
///     async fn bytes(&self, url: &str) -> Result<Vec<u8>, Failure> { Err(Failure::message(format!("{url}: offline"))) }
/// }
/// ```
pub trait ShardFetch {
    /// A JSON fragment's text.
    fn text(&self, url: &str) -> impl Future<Output = Result<String, Failure>>;
    /// A binary fragment's bytes.
    fn bytes(&self, url: &str) -> impl Future<Output = Result<Vec<u8>, Failure>>;
}

/// Fragments kept after use, so paging back and refining a query refetch nothing.
/// Bounded: a long session must not grow without end.
const CACHE_BYTES: usize = 8 << 20;

/// A gram bucket: each token with its id, its pack and how many posts have it.
type Bucket = Arc<Vec<(String, u32, u32, usize)>>;

#[derive(Clone)]
enum Cached {
    Bucket(Bucket),
    Chunk(Arc<Vec<IndexEntry>>),
    Pack(Arc<Vec<u8>>),
}

#[derive(Default)]
struct Cache {
    items: HashMap<String, (Cached, usize)>,
    bytes: usize,
}

/// A sharded index, from its manifest. Cheap to share; its fragment cache is
/// internal.
///
/// ```
/// use alphanode_widgets::model::ShardIndex;
/// let manifest = r#"{"format":"alphanode.index-shards/1","build":"00ff","posts":2,"chunk":20,
///   "index":"../index.json","stacks":[{"name":"rust","posts":1}],"difficulties":[],
///   "buckets":1,"files":"f/00ff/"}"#;
/// let index = ShardIndex::from_manifest(manifest, "https://example.com/posts/shards/manifest.json").unwrap();
/// assert_eq!((index.len(), index.stacks()), (2, &["rust".to_owned()][..]));
/// ```
pub struct ShardIndex {
    build: String,
    posts: usize,
    chunk: usize,
    buckets: u32,
    files: String,
    index_url: String,
    stacks: Vec<String>,
    stack_counts: Vec<usize>,
    difficulties: Vec<String>,
    difficulty_counts: Vec<usize>,
    cache: Mutex<Cache>,
}

impl std::fmt::Debug for ShardIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ShardIndex")
            .field("build", &self.build)
            .field("posts", &self.posts)
            .field("files", &self.files)
            .finish_non_exhaustive()
    }
}

/// Fetch every key's fragment at once; the first failure fails them all.
async fn fetch_all<K, V, F>(keys: &[K], get: impl Fn(K) -> F) -> Result<HashMap<K, V>, Failure>
where
    K: Copy + Eq + std::hash::Hash,
    F: Future<Output = Result<V, Failure>>,
{
    let got = futures::future::join_all(keys.iter().map(|k| get(*k))).await;
    keys.iter()
        .copied()
        .zip(got)
        .map(|(k, v)| v.map(|v| (k, v)))
        .collect()
}

/// `true` when a shorter piece of `token` (a run of its characters) is in `set`.
fn has_proper_part_in(token: &str, set: &std::collections::HashSet<&str>) -> bool {
    super::pieces(token).any(|part| part.len() < token.len() && set.contains(part))
}

fn invalid(url: &str, what: impl std::fmt::Display) -> Failure {
    Failure::message(format!("{url}: {what}")).of_kind(FailureKind::Invalid)
}

fn stale(url: &str, seen: &str, build: &str) -> Failure {
    invalid(
        url,
        format!(
            "this fragment is from build {seen}, but the manifest is build {build} (the index \
             was rebuilt or a cache mixed two builds; try again to reload it)"
        ),
    )
}

impl ShardIndex {
    /// Read a manifest fetched from `url` (absolute). Every problem names its field.
    pub fn from_manifest(text: &str, url: &str) -> Result<Self, Failure> {
        let value = parse_json(text).map_err(|d| invalid(url, &d.message))?;
        let root = JsonPath::root();
        let field = |key: &str| value.get(key);
        let bad = |key: &str, what: &str| invalid(url, format!("`{}`: {what}", root.key(key)));
        match field("format").and_then(Value::as_str) {
            Some(SHARDS_FORMAT) => {}
            Some(other) => {
                return Err(bad(
                    "format",
                    &format!("this app reads {SHARDS_FORMAT}, not {other}"),
                ))
            }
            None => return Err(bad("format", &format!("required: \"{SHARDS_FORMAT}\""))),
        }
        let number = |key: &str| -> Result<usize, Failure> {
            field(key)
                .and_then(Value::as_u64)
                .and_then(|n| usize::try_from(n).ok())
                .ok_or_else(|| bad(key, "expected a whole number"))
        };
        let text_field = |key: &str| -> Result<String, Failure> {
            field(key)
                .and_then(Value::as_str)
                .map(str::to_owned)
                .ok_or_else(|| bad(key, "expected a string"))
        };
        let build = text_field("build")?;
        if build.is_empty() || !build.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Err(bad("build", "expected letters and digits"));
        }
        let files = text_field("files")?;
        let tidy = files.ends_with('/')
            && !files.starts_with('/')
            && files.split('/').all(|part| part != ".." && part != ".")
            && files
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"/_-".contains(&b));
        if !tidy {
            return Err(bad(
                "files",
                "expected a relative directory such as \"f/…/\"",
            ));
        }
        let chunk = number("chunk")?;
        if chunk == 0 {
            return Err(bad("chunk", "must be at least 1"));
        }
        let buckets = u32::try_from(number("buckets")?).map_err(|_| bad("buckets", "too large"))?;
        let index_href = text_field("index")?;
        let index_url =
            check_url(&index_href, Some(url)).map_err(|e| bad("index", &e.to_string()))?;
        let files_url = check_url(&files, Some(url)).map_err(|e| bad("files", &e.to_string()))?;
        let facet = |key: &str| -> Result<(Vec<String>, Vec<usize>), Failure> {
            let items = field(key)
                .and_then(Value::as_array)
                .ok_or_else(|| bad(key, "expected an array"))?;
            let mut names = Vec::new();
            let mut counts = Vec::new();
            for (i, item) in items.iter().enumerate() {
                let path = root.key(key).index(i);
                let name = item.get("name").and_then(Value::as_str);
                let posts = item.get("posts").and_then(Value::as_u64);
                match (name, posts) {
                    (Some(n), Some(p)) => {
                        names.push(n.to_owned());
                        counts.push(usize::try_from(p).unwrap_or(usize::MAX));
                    }
                    _ => {
                        return Err(invalid(
                            url,
                            format!("`{path}`: expected {{\"name\": …, \"posts\": …}}"),
                        ))
                    }
                }
            }
            Ok((names, counts))
        };
        let (stacks, stack_counts) = facet("stacks")?;
        let (difficulties, difficulty_counts) = facet("difficulties")?;
        Ok(Self {
            build,
            posts: number("posts")?,
            chunk,
            buckets,
            files: files_url,
            index_url,
            stacks,
            stack_counts,
            difficulties,
            difficulty_counts,
            cache: Mutex::new(Cache::default()),
        })
    }

    /// Posts in the index.
    pub fn len(&self) -> usize {
        self.posts
    }

    /// `true` when the index lists no posts.
    pub fn is_empty(&self) -> bool {
        self.posts == 0
    }

    /// Every stack, sorted, as [`SearchIndex::stacks`](crate::model::SearchIndex::stacks).
    pub fn stacks(&self) -> &[String] {
        &self.stacks
    }

    /// Posts per stack, in [`stacks`](Self::stacks) order.
    pub fn stack_counts(&self) -> &[usize] {
        &self.stack_counts
    }

    /// Every difficulty, in menu order.
    pub fn difficulties(&self) -> &[String] {
        &self.difficulties
    }

    /// Posts per difficulty, in [`difficulties`](Self::difficulties) order.
    pub fn difficulty_counts(&self) -> &[usize] {
        &self.difficulty_counts
    }

    /// The build this manifest describes.
    pub fn build(&self) -> &str {
        &self.build
    }

    /// One page of results, exactly [`SearchIndex::page`](crate::model::SearchIndex::page)'s
    /// on the same index, fetching only: the gram buckets of the query's words, the
    /// posting packs of the tokens they match and of the filters, and the list chunks
    /// that hold the page. With no words and no filters, only the list chunks.
    pub async fn page(
        &self,
        fetch: &impl ShardFetch,
        query: &IndexQuery,
        start: usize,
        size: usize,
    ) -> Result<ListPage, Failure> {
        let order = query.sort;
        let empty = ListPage {
            total: 0,
            start,
            entries: Vec::new(),
        };
        let facet_id = |asked: &Option<String>, names: &[String]| match asked {
            None => Ok(None),
            Some(name) => names.iter().position(|n| n == name).map(Some).ok_or(()),
        };
        let (Ok(stack), Ok(difficulty)) = (
            facet_id(&query.stack, &self.stacks),
            facet_id(&query.difficulty, &self.difficulties),
        ) else {
            // A filter no post has matches nothing, as in the whole index.
            return Ok(empty);
        };
        let mut words = query_words(&query.text);
        words.sort();
        words.dedup();

        let (total, ranks) = if words.is_empty() && stack.is_none() && difficulty.is_none() {
            let end = start.saturating_add(size).min(self.posts);
            (self.posts, (start.min(end)..end).collect::<Vec<_>>())
        } else {
            // The tokens each word occurs in.
            let bucket_ids: Vec<u32> = {
                let mut ids: Vec<u32> = words
                    .iter()
                    .map(|w| bucket_of(key_gram(w), self.buckets))
                    .collect();
                ids.sort_unstable();
                ids.dedup();
                ids
            };
            let buckets = fetch_all(&bucket_ids, |b| self.bucket(fetch, b)).await?;
            let mut matched: Vec<Vec<(u32, u32)>> = Vec::new();
            for word in &words {
                let bucket = buckets.get(&bucket_of(key_gram(word), self.buckets));
                let tokens: Vec<&(String, u32, u32, usize)> = bucket
                    .into_iter()
                    .flat_map(|b| b.iter())
                    .filter(|(token, ..)| token.contains(word.as_str()))
                    .collect();
                if tokens.is_empty() {
                    return Ok(empty);
                }
                // A token every post has makes the word match every post: no lists
                // needed (short words like "a" match such tokens, and would otherwise
                // fetch the lists of nearly every token).
                if tokens.iter().any(|(.., posts)| *posts >= self.posts) {
                    continue;
                }
                // A token's list covers every token that contains it, so only the
                // tokens with no other match inside them are needed.
                let names: std::collections::HashSet<&str> =
                    tokens.iter().map(|(t, ..)| t.as_str()).collect();
                matched.push(
                    tokens
                        .iter()
                        .filter(|(t, ..)| !has_proper_part_in(t, &names))
                        .map(|(_, id, pack, _)| (*id, *pack))
                        .collect(),
                );
            }
            // Their postings, and the filters'.
            let mut names: Vec<String> = matched
                .iter()
                .flatten()
                .map(|(_, pack)| pack.to_string())
                .chain(stack.map(|i| format!("s{i}")))
                .chain(difficulty.map(|i| format!("d{i}")))
                .collect();
            names.sort();
            names.dedup();
            let keys: Vec<&str> = names.iter().map(String::as_str).collect();
            let packs = fetch_all(&keys, |n| self.pack(fetch, order, n)).await?;
            let list = |name: &str, id: u32| -> Result<Bitset, Failure> {
                let url = self.pack_url(order, name);
                let bytes = packs
                    .get(name)
                    .ok_or_else(|| invalid(&url, "not fetched"))?;
                read_pack(bytes, &self.build, id, self.posts).map_err(|e| match e {
                    PackError::Header(seen) => invalid(
                        &url,
                        format!(
                            "expected the header \"{SHARDS_FORMAT} {}\", found \"{seen}\"",
                            self.build
                        ),
                    ),
                    PackError::Broken => invalid(&url, "the file is cut short or malformed"),
                    PackError::Missing => invalid(&url, format!("the list {id} is not in it")),
                })
            };
            let mut hits = Bitset::full(self.posts);
            for tokens in &matched {
                let mut any = Bitset::new(self.posts);
                for (id, pack) in tokens {
                    any.or(&list(&pack.to_string(), *id)?);
                }
                hits.and(&any);
            }
            if let Some(i) = stack {
                hits.and(&list(&format!("s{i}"), i as u32)?);
            }
            if let Some(i) = difficulty {
                hits.and(&list(&format!("d{i}"), i as u32)?);
            }
            (hits.count(), hits.ranks(start, size))
        };

        // The entries, from the list chunks that hold them.
        let mut chunk_ids: Vec<usize> = ranks.iter().map(|r| r / self.chunk).collect();
        chunk_ids.dedup();
        let chunks = fetch_all(&chunk_ids, |k| self.chunk(fetch, order, k)).await?;
        let mut entries = Vec::with_capacity(ranks.len());
        for rank in ranks {
            let k = rank / self.chunk;
            let entry = chunks
                .get(&k)
                .and_then(|c| c.get(rank % self.chunk))
                .cloned();
            entries.push(entry.ok_or_else(|| {
                invalid(
                    &self.chunk_url(order, k),
                    format!("has no post at position {}", rank % self.chunk),
                )
            })?);
        }
        Ok(ListPage {
            total,
            start,
            entries,
        })
    }

    fn chunk_url(&self, order: SortOrder, k: usize) -> String {
        format!("{}l/{}/{k}.json", self.files, order.as_str())
    }

    fn pack_url(&self, order: SortOrder, name: &str) -> String {
        format!("{}p/{}/{name}.bin", self.files, order.as_str())
    }

    fn cached(&self, url: &str) -> Option<Cached> {
        self.cache
            .lock()
            .ok()?
            .items
            .get(url)
            .map(|(c, _)| c.clone())
    }

    fn keep(&self, url: &str, item: Cached, bytes: usize) {
        if let Ok(mut cache) = self.cache.lock() {
            if cache.bytes + bytes > CACHE_BYTES {
                cache.items.clear();
                cache.bytes = 0;
            }
            cache.bytes += bytes;
            cache.items.insert(url.to_owned(), (item, bytes));
        }
    }

    /// A JSON fragment, checked to be of this format and build.
    async fn fragment(
        &self,
        fetch: &impl ShardFetch,
        url: &str,
    ) -> Result<(Value, usize), Failure> {
        let text = fetch.text(url).await?;
        let value = parse_json(&text)
            .map_err(|d| invalid(url, format!("{} (the file may be cut short)", d.message)))?;
        match value.get("format").and_then(Value::as_str) {
            Some(SHARDS_FORMAT) => {}
            other => {
                return Err(invalid(
                    url,
                    format!(
                        "`format`: expected \"{SHARDS_FORMAT}\", found {}",
                        other.map_or("nothing".into(), |f| format!("\"{f}\""))
                    ),
                ))
            }
        }
        match value.get("build").and_then(Value::as_str) {
            Some(b) if b == self.build => Ok((value, text.len())),
            other => Err(stale(url, other.unwrap_or("(none)"), &self.build)),
        }
    }

    async fn bucket(&self, fetch: &impl ShardFetch, b: u32) -> Result<Bucket, Failure> {
        let url = format!("{}g/{b}.json", self.files);
        if let Some(Cached::Bucket(hit)) = self.cached(&url) {
            return Ok(hit);
        }
        let (value, bytes) = self.fragment(fetch, &url).await?;
        if value.get("bucket").and_then(Value::as_u64) != Some(u64::from(b)) {
            return Err(invalid(&url, format!("`bucket`: expected {b}")));
        }
        let items = value
            .get("tokens")
            .and_then(Value::as_array)
            .ok_or_else(|| invalid(&url, "`tokens`: expected an array"))?;
        let mut tokens = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let t = item.get(0).and_then(Value::as_str);
            let id = item
                .get(1)
                .and_then(Value::as_u64)
                .and_then(|n| u32::try_from(n).ok());
            let pack = item
                .get(2)
                .and_then(Value::as_u64)
                .and_then(|n| u32::try_from(n).ok());
            let posts = item
                .get(3)
                .and_then(Value::as_u64)
                .and_then(|n| usize::try_from(n).ok());
            match (t, id, pack, posts) {
                (Some(t), Some(id), Some(pack), Some(posts)) => {
                    tokens.push((t.to_owned(), id, pack, posts))
                }
                _ => {
                    return Err(invalid(
                        &url,
                        format!("`tokens[{i}]`: expected [token, id, pack, posts]"),
                    ))
                }
            }
        }
        let tokens = Arc::new(tokens);
        self.keep(&url, Cached::Bucket(tokens.clone()), bytes);
        Ok(tokens)
    }

    async fn pack(
        &self,
        fetch: &impl ShardFetch,
        order: SortOrder,
        name: &str,
    ) -> Result<Arc<Vec<u8>>, Failure> {
        let url = self.pack_url(order, name);
        if let Some(Cached::Pack(hit)) = self.cached(&url) {
            return Ok(hit);
        }
        let bytes = Arc::new(fetch.bytes(&url).await?);
        self.keep(&url, Cached::Pack(bytes.clone()), bytes.len());
        Ok(bytes)
    }

    async fn chunk(
        &self,
        fetch: &impl ShardFetch,
        order: SortOrder,
        k: usize,
    ) -> Result<Arc<Vec<IndexEntry>>, Failure> {
        let url = self.chunk_url(order, k);
        if let Some(Cached::Chunk(hit)) = self.cached(&url) {
            return Ok(hit);
        }
        let (value, bytes) = self.fragment(fetch, &url).await?;
        if value.get("order").and_then(Value::as_str) != Some(order.as_str())
            || value.get("chunk").and_then(Value::as_u64) != Some(k as u64)
        {
            return Err(invalid(
                &url,
                format!("expected chunk {k} of the order \"{}\"", order.as_str()),
            ));
        }
        let posts = value
            .get("posts")
            .and_then(Value::as_array)
            .ok_or_else(|| invalid(&url, "`posts`: expected an array"))?;
        let expected = self.posts.saturating_sub(k * self.chunk).min(self.chunk);
        if posts.len() != expected {
            return Err(invalid(
                &url,
                format!("`posts`: expected {expected} posts, found {}", posts.len()),
            ));
        }
        let mut entries = Vec::with_capacity(posts.len());
        for (i, entry) in
            index_entries(posts, &JsonPath::root().key("posts"), Some(&self.index_url))
                .into_iter()
                .enumerate()
        {
            entries
                .push(entry.ok_or_else(|| {
                    invalid(&url, format!("`posts[{i}]` is not a listable post"))
                })?);
        }
        let entries = Arc::new(entries);
        self.keep(&url, Cached::Chunk(entries.clone()), bytes);
        Ok(entries)
    }
}
