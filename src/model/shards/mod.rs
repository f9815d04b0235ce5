//! A browsing index split into static files (`alphanode.index-shards/1`), so that the
//! app fetches what a view needs (tens of kilobytes) instead of the whole index
//! (hundreds of megabytes at a million posts). The format is documented in
//! `docs/index-shards.md`; [`build`] writes it, [`ShardIndex`] reads it.
//!
//! Results are exactly [`SearchIndex`](super::SearchIndex)'s: a query word matches a
//! post when it occurs in the post's lower-cased title, summary or topic. A word has
//! no whitespace, so it occurs there exactly when it occurs inside one of the
//! whitespace-separated tokens of that text. The shards therefore hold, per sort
//! order, the ranks of the posts that have each token; a word's posts are the union
//! over the tokens that contain it, and the tokens are found through buckets keyed by
//! the word's first one to three characters.
//!
//! ```
//! use alphanode_widgets::model::shards::{build, BuildOptions};
//! let index = r#"{"posts":[{"slug":"a","title":"Caching"},{"slug":"b","title":"Testing"}]}"#;
//! let mut files = Vec::new();
//! let report = build(index.to_owned(), "../index.json", &BuildOptions::default(), |path, bytes| {
//!     files.push((path.to_owned(), bytes.len()));
//!     Ok(())
//! }).unwrap();
//! assert_eq!(report.posts, 2);
//! assert!(files.iter().any(|(p, _)| p == "manifest.json"));
//! ```

mod build;
mod postings;
mod query;

pub use build::{build, BuildOptions, BuildReport};
pub use postings::Bitset;
pub use query::{ShardFetch, ShardIndex};

/// The format written into the manifest and at the head of every fragment.
pub const SHARDS_FORMAT: &str = "alphanode.index-shards/1";

/// The manifest's file name, in the shards directory.
pub const MANIFEST: &str = "manifest.json";

/// Posts per list chunk unless the builder is told otherwise: one page of the app.
pub const DEFAULT_CHUNK: usize = 20;

/// `true` for a manifest that says the site has no shards (`"sharded": false`): the
/// app's build ships one, so that sites that do not shard never see a failed request
/// for the manifest, and `anp-render --shards` replaces it.
///
/// ```
/// use alphanode_widgets::model::shards::declines_shards;
/// assert!(declines_shards(r#"{"format":"alphanode.index-shards/1","sharded":false}"#));
/// assert!(!declines_shards(r#"{"format":"alphanode.index-shards/1","sharded":true}"#));
/// ```
pub fn declines_shards(manifest: &str) -> bool {
    crate::model::parse_json(manifest)
        .ok()
        .and_then(|v| v.get("sharded").and_then(serde_json::Value::as_bool))
        == Some(false)
}

/// FNV-1a, 64 bits: the gram buckets and the build id must hash the same in the
/// builder and in the browser, on every platform and Rust version (std's hasher
/// promises neither).
pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The characters a word's bucket is keyed by: its first three (fewer if shorter).
/// Every token that contains the word contains them, so that bucket lists it.
pub(crate) fn key_gram(word: &str) -> &str {
    match word.char_indices().nth(3) {
        Some((end, _)) => word.get(..end).unwrap_or(word),
        None => word,
    }
}

/// Every run of characters in a token (itself included), shortest first from each
/// start: what a query word could be, inside that token.
pub(crate) fn pieces(token: &str) -> impl Iterator<Item = &str> {
    let bounds: Vec<usize> = token
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(token.len()))
        .collect();
    (0..bounds.len()).flat_map(move |a| {
        let bounds = bounds.clone();
        (a + 1..bounds.len()).filter_map(move |b| {
            let (start, end) = (bounds.get(a)?, bounds.get(b)?);
            token.get(*start..*end)
        })
    })
}

/// Every distinct run of one, two and three characters in a token: the buckets it is
/// listed in.
pub(crate) fn grams(token: &str) -> Vec<&str> {
    let mut out: Vec<&str> = pieces(token).filter(|p| p.chars().count() <= 3).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The bucket of a gram among `buckets`.
pub(crate) fn bucket_of(gram: &str, buckets: u32) -> u32 {
    (fnv1a(gram.as_bytes()) % u64::from(buckets.max(1))) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grams_cover_every_key_of_a_contained_word() {
        let token = "caché";
        let all = grams(token);
        for word in ["c", "ca", "cac", "ché", "é", "hé", "aché"] {
            assert!(token.contains(word));
            assert!(all.contains(&key_gram(word)), "{word}");
        }
        assert_eq!(key_gram("ab"), "ab");
        assert_eq!(key_gram("ünïcode"), "ünï");
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
