//! Getting post documents into the model: over HTTP with a timeout and status
//! checks, or from inline `<script type="application/json">` on the page. This is the
//! policy (what to fetch, that it must be JSON, how it is parsed and shared, which
//! failure is which); the browser's side of a request is
//! [`platform::fetch`](crate::platform). Nothing here renders; callers turn the
//! result into an [`ArticleState`](crate::components::ArticleState).
//!
//! ```no_run
//! # async fn demo() {
//! use alphanode_widgets::load::{fetch_post, LoadOptions};
//! match fetch_post("posts/a.json", &LoadOptions::default()).await {
//!     Ok(ready) => println!("{} ({} warnings)", ready.post.title, ready.warnings.len()),
//!     Err(failure) => println!("{failure}"),
//! }
//! # }
//! ```

use std::sync::Arc;

use crate::model::{
    parse_index, Diagnostic, Failure, FailureKind, Index, JsonPath, MetaProfile, Parsed, ReadyPost,
};
use crate::platform::fetch::{self, Limits};

/// Fetch settings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadOptions {
    /// Give up after this many milliseconds (default 10 000).
    pub timeout_ms: u32,
    /// Refuse bodies larger than this many bytes (default 10 MiB).
    pub max_bytes: usize,
}

impl Default for LoadOptions {
    fn default() -> Self {
        Self {
            timeout_ms: 10_000,
            max_bytes: 10 * 1024 * 1024,
        }
    }
}

impl LoadOptions {
    fn limits(&self) -> Limits {
        Limits {
            timeout_ms: self.timeout_ms,
            max_bytes: self.max_bytes,
        }
    }
}

/// GET a JSON document: its text and the URL it was finally served from.
async fn fetch_json(url: &str, options: &LoadOptions) -> Result<(String, String), Failure> {
    let fetched = fetch::fetch_text(url, options.limits()).await?;
    refuse_non_json(&fetched.text, &fetched.content_type, url)?;
    Ok((fetched.text, fetched.final_url))
}

/// The reader's strings for `tag`. Built with `lazy-locales` (the reader's app and
/// the preview), a locale's words but English's are not in the wasm: they are
/// fetched from `locales/{tag}.json` and `locales/app/{tag}.json` beside the page
/// (written by `anp-render --locales`, which `scripts/build.sh` runs). A file that
/// fails leaves its words in English, with the locale's numbers and direction, and a
/// console warning: the page still works. Otherwise the compiled-in strings, at once.
///
/// ```no_run
/// # async fn demo() {
/// use alphanode_widgets::load::fetch_strings;
/// let s = fetch_strings("de").await;
/// assert_eq!(s.tag(), "de");
/// # }
/// ```
#[cfg(feature = "app")]
pub async fn fetch_strings(tag: &str) -> crate::i18n::Strings {
    let strings = crate::i18n::Strings::for_tag(tag);
    if !cfg!(all(feature = "lazy-locales", not(feature = "ssr"))) || strings.tag() == "en" {
        return strings;
    }
    let options = LoadOptions {
        max_bytes: 1024 * 1024,
        ..LoadOptions::default()
    };
    let urls = [
        format!("locales/{}.json", strings.tag()),
        format!("locales/app/{}.json", strings.tag()),
    ];
    let (widget, app) = futures::future::join(
        fetch_json(&urls[0], &options),
        fetch_json(&urls[1], &options),
    )
    .await;
    let mut words = Vec::new();
    for (url, got) in urls.iter().zip([widget, app]) {
        match got.map(|(text, _)| crate::i18n::parse_overrides(&text)) {
            Ok(Some(list)) => words.extend(list),
            Ok(None) => leptos::logging::warn!(
                "alphanode: {url} is not a JSON object of strings; its words stay in English"
            ),
            Err(e) => leptos::logging::warn!("alphanode: {url}: {e}; its words stay in English"),
        }
    }
    strings.with_overrides(words)
}

/// A body that neither looks like JSON nor is served as JSON is refused, so an HTML
/// error page served with status 200 says what it is instead of failing to parse.
fn refuse_non_json(text: &str, content_type: &str, url: &str) -> Result<(), Failure> {
    let looks_like_json = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with(['{', '[']);
    let mime = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    if !looks_like_json && !mime.is_empty() && !mime.contains("json") {
        return Err(Failure::message(format!(
            "{}: expected JSON, but the server sent {mime}",
            absolute_url(url)
        ))
        .of_kind(FailureKind::NotJson));
    }
    Ok(())
}

/// A loaded post shared by every widget that shows it, or why it failed.
pub type SharedPost = Result<Arc<ReadyPost>, Failure>;

#[cfg(target_arch = "wasm32")]
mod shared;

/// Like [`fetch_post`], but widgets that load the same URL at the same time share one
/// request and one parsed post. Dropping the future stops waiting; the request is
/// aborted once no widget waits for it any more.
///
/// ```no_run
/// # #[cfg(target_arch = "wasm32")]
/// # async fn demo() {
/// use alphanode_widgets::load::{fetch_post_shared, LoadOptions};
/// match fetch_post_shared("posts/a.json", &LoadOptions::default()).await {
///     Ok(ready) => println!("{}", ready.post.title),
///     Err(failure) => println!("{failure}"),
/// }
/// # }
/// ```
#[cfg(target_arch = "wasm32")]
pub async fn fetch_post_shared(url: &str, options: &LoadOptions) -> SharedPost {
    shared::fetch_post_shared(url, options).await
}

/// Fetch and parse a post. Relative URLs inside it resolve against the URL it was
/// finally served from (after redirects).
pub async fn fetch_post(url: &str, options: &LoadOptions) -> SharedPost {
    let (text, final_url) = fetch_json(url, options).await?;
    ReadyPost::parse(&text, Some(&final_url))
}

/// Fetch and parse a browsing index.
pub async fn fetch_index(url: &str, options: &LoadOptions) -> Result<Index, Failure> {
    let (text, final_url) = fetch_json(url, options).await?;
    let parsed: Parsed<Index> = parse_index(&text, Some(&final_url));
    parsed.into_result().map(|(index, _)| index)
}

/// Fragments of a sharded index over HTTP, with these options (timeouts, sizes).
///
/// ```no_run
/// # async fn demo(index: alphanode_widgets::model::ShardIndex) {
/// use alphanode_widgets::load::HttpShards;
/// use alphanode_widgets::model::IndexQuery;
/// let page = index.page(&HttpShards::default(), &IndexQuery::default(), 0, 20).await;
/// # }
/// ```
#[derive(Clone, Debug, Default)]
pub struct HttpShards(pub LoadOptions);

impl crate::model::ShardFetch for HttpShards {
    async fn text(&self, url: &str) -> Result<String, Failure> {
        fetch_json(url, &self.0).await.map(|(text, _)| text)
    }
    async fn bytes(&self, url: &str) -> Result<Vec<u8>, Failure> {
        fetch::fetch_bytes(url, self.0.limits()).await
    }
}

/// Load a browsing catalog: the sharded index whose manifest is at `shards_url` when
/// there is one, else the whole index at `index_url`. "None" is a 404 or a manifest
/// that says `"sharded": false` (what the app's own build ships, so that a site that
/// does not shard sees no failed request). Any other failure of the manifest is reported, not papered over with the whole
/// index: a site that shards does so because the whole index is too big to load.
///
/// ```no_run
/// # async fn demo() {
/// use alphanode_widgets::load::{fetch_catalog, LoadOptions};
/// let catalog = fetch_catalog("posts/shards/manifest.json", "posts/index.json", &LoadOptions::default()).await;
/// # }
/// ```
pub async fn fetch_catalog(
    shards_url: &str,
    index_url: &str,
    options: &LoadOptions,
) -> Result<crate::model::Catalog, Failure> {
    use crate::model::{Catalog, SearchIndex, ShardIndex};
    match fetch_json(shards_url, options).await {
        Ok((text, final_url)) if !crate::model::shards::declines_shards(&text) => {
            ShardIndex::from_manifest(&text, &final_url).map(Catalog::Sharded)
        }
        Err(failure) if failure.status != Some(404) => Err(failure),
        // No shards: a 404, or the manifest that says so.
        _ => fetch_index(index_url, options)
            .await
            .map(|index| Catalog::Whole(SearchIndex::new(index))),
    }
}

/// Parse the JSON inside `<script type="application/json" id="…">` on this page.
/// `reference` is `#id` (or a bare id). Relative URLs resolve against the page.
pub fn inline_post(reference: &str) -> SharedPost {
    let text = fetch::inline_text(reference)?;
    ReadyPost::parse(&text, fetch::document_url().as_deref())
}

/// The meta profile inside `<script type="application/json" id="…">` on this page
/// (`reference` is `#id`); one that is not there is a profile with that error (the
/// widget then shows every key).
pub fn inline_meta_profile(reference: &str) -> MetaProfile {
    match fetch::inline_text(reference) {
        Ok(text) => MetaProfile::parse(&text),
        Err(failure) => profile_failure(&failure),
    }
}

/// Fetch a meta profile as posts are fetched (status, timeout, size, JSON checks); a
/// failed fetch is a profile with that error (the widget then shows every key).
pub async fn fetch_meta_profile(url: &str, options: &LoadOptions) -> MetaProfile {
    match fetch_json(url, options).await {
        Ok((text, _)) => MetaProfile::parse(&text),
        Err(failure) => profile_failure(&failure),
    }
}

fn profile_failure(failure: &Failure) -> MetaProfile {
    MetaProfile::failed(Diagnostic::error(
        &JsonPath::root(),
        format!("the meta profile could not be loaded: {}", failure.summary),
    ))
}

/// Hand over a request for `url` that the page started before the widget code was
/// ready (`embed.js` starts one for every post already on the page, so the document
/// downloads while the wasm compiles). The next [`fetch_post`] of the same absolute
/// URL takes it over instead of fetching again; `controller` is what its timeout
/// aborts. `body` resolves to the response's text when the page has read it already
/// (so the wasm does not wait for it), or to `null` when the page left the body
/// unread (an error status, or a `Content-Length` over the limit); the checks on the
/// response apply either way. Only the first load of a URL uses a prefetch: a retry
/// always fetches afresh.
///
/// ```no_run
/// # #[cfg(target_arch = "wasm32")]
/// # fn demo(url: String, response: js_sys::Promise, body: js_sys::Promise, controller: web_sys::AbortController) {
/// alphanode_widgets::load::adopt_prefetch(url, response, body, controller);
/// # }
/// ```
#[cfg(target_arch = "wasm32")]
pub fn adopt_prefetch(
    url: String,
    response: js_sys::Promise,
    body: js_sys::Promise,
    controller: web_sys::AbortController,
) {
    fetch::adopt_prefetch(url, response, body, controller);
}

/// Resolve `url` against the page's base URL (for display and for events).
pub fn absolute_url(url: &str) -> String {
    fetch::absolute(url).unwrap_or_else(|| url.to_owned())
}

#[cfg(test)]
mod tests {
    use super::refuse_non_json;
    use crate::model::FailureKind;

    #[test]
    fn only_bodies_that_are_neither_json_nor_served_as_json_are_refused() {
        let refused = refuse_non_json("<!DOCTYPE html>", "text/html; charset=utf-8", "a.json")
            .expect_err("an HTML page");
        assert_eq!(refused.kind, FailureKind::NotJson);
        assert_eq!(
            refused.summary,
            "a.json: expected JSON, but the server sent text/html"
        );
        for (text, content_type) in [
            ("\u{feff} {\"title\": 1}", "text/html"),
            ("[1]", "text/plain"),
            ("oops", "application/json"),
            ("oops", "application/vnd.alphanode+json"),
            ("oops", ""),
        ] {
            assert!(
                refuse_non_json(text, content_type, "a.json").is_ok(),
                "{text:?} as {content_type:?}"
            );
        }
    }
}
