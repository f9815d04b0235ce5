//! Getting post documents into the model: over HTTP with a timeout and status
//! checks, or from inline `<script type="application/json">` on the page. Nothing here
//! renders; callers turn the result into an
//! [`ArticleState`](crate::components::ArticleState).
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

use crate::model::{parse_index, Failure, Index, Parsed, ReadyPost};

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
    let (text, final_url) = imp::fetch_text(url, options).await?;
    ReadyPost::parse(&text, Some(&final_url))
}

/// Fetch and parse a browsing index.
pub async fn fetch_index(url: &str, options: &LoadOptions) -> Result<Index, Failure> {
    let (text, final_url) = imp::fetch_text(url, options).await?;
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
        imp::fetch_text(url, &self.0).await.map(|(text, _)| text)
    }
    async fn bytes(&self, url: &str) -> Result<Vec<u8>, Failure> {
        imp::fetch_bytes(url, &self.0).await
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
    match imp::fetch_text(shards_url, options).await {
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
    let text = imp::inline_text(reference)?;
    ReadyPost::parse(&text, imp::document_url().as_deref())
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
    imp::PREFETCHED.with(|p| {
        p.borrow_mut().push(imp::Prefetch {
            url,
            response,
            body,
            controller,
        })
    });
}

/// Resolve `url` against the page's base URL (for display and for events).
pub fn absolute_url(url: &str) -> String {
    imp::absolute(url).unwrap_or_else(|| url.to_owned())
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::LoadOptions;
    use crate::model::{Failure, FailureKind};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen_futures::JsFuture;

    /// A request started by the page, waiting for the widget that loads its URL.
    pub struct Prefetch {
        pub url: String,
        pub response: js_sys::Promise,
        pub body: js_sys::Promise,
        pub controller: web_sys::AbortController,
    }

    thread_local! {
        pub static PREFETCHED: std::cell::RefCell<Vec<Prefetch>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }

    fn take_prefetch(url: &str) -> Option<Prefetch> {
        PREFETCHED.with(|p| {
            let mut list = p.borrow_mut();
            let i = list.iter().position(|f| f.url == url)?;
            Some(list.swap_remove(i))
        })
    }

    /// The message of a rejected promise (an `Error`, or whatever was thrown).
    fn js_message(value: &JsValue) -> String {
        match value.dyn_ref::<js_sys::Error>() {
            Some(e) => format!("{}: {}", String::from(e.name()), String::from(e.message())),
            None => value
                .as_string()
                .unwrap_or_else(|| "unknown error".to_owned()),
        }
    }

    pub fn document_url() -> Option<String> {
        web_sys::window()?.document()?.base_uri().ok().flatten()
    }

    pub fn absolute(url: &str) -> Option<String> {
        let base = document_url()?;
        web_sys::Url::new_with_base(url, &base)
            .ok()
            .map(|u| u.href())
    }

    pub fn inline_text(reference: &str) -> Result<String, Failure> {
        let id = reference.strip_prefix('#').unwrap_or(reference);
        let document = web_sys::window()
            .and_then(|w| w.document())
            .ok_or_else(|| Failure::message("no document to read inline JSON from"))?;
        let element = document.get_element_by_id(id).ok_or_else(|| {
            Failure::message(format!(
                "no <script type=\"application/json\" id=\"{id}\"> on this page"
            ))
        })?;
        if !element.tag_name().eq_ignore_ascii_case("script") {
            return Err(Failure::message(format!(
                "#{id} is a <{}>, not a <script type=\"application/json\">",
                element.tag_name().to_ascii_lowercase()
            )));
        }
        Ok(element.text_content().unwrap_or_default())
    }

    /// Aborts the request when the timer fires, or when dropped: a load that is
    /// dropped unfinished (its widget unmounted, or it loads another source) cancels
    /// its request instead of leaving it to download for nobody. Dropped after the
    /// body was read, the abort changes nothing.
    struct Deadline {
        controller: web_sys::AbortController,
        handle: Option<i32>,
        _closure: Closure<dyn FnMut()>,
    }

    impl Drop for Deadline {
        fn drop(&mut self) {
            if let (Some(window), Some(handle)) = (web_sys::window(), self.handle) {
                window.clear_timeout_with_handle(handle);
            }
            self.controller.abort();
        }
    }

    fn deadline(
        timeout_ms: u32,
        controller: Option<web_sys::AbortController>,
    ) -> Result<Deadline, Failure> {
        let controller = match controller {
            Some(c) => c,
            None => web_sys::AbortController::new()
                .map_err(|_| Failure::message("this browser cannot cancel requests"))?,
        };
        let abort = controller.clone();
        let closure = Closure::<dyn FnMut()>::new(move || abort.abort());
        let handle = web_sys::window().and_then(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(
                closure.as_ref().unchecked_ref(),
                i32::try_from(timeout_ms).unwrap_or(i32::MAX),
            )
            .ok()
        });
        Ok(Deadline {
            controller,
            handle,
            _closure: closure,
        })
    }

    pub async fn fetch_text(url: &str, options: &LoadOptions) -> Result<(String, String), Failure> {
        match fetch_body(url, options, false).await? {
            (Body::Text(text), final_url) => Ok((text, final_url)),
            (Body::Bytes(_), _) => Err(Failure::message(format!("{url}: expected text"))),
        }
    }

    pub async fn fetch_bytes(url: &str, options: &LoadOptions) -> Result<Vec<u8>, Failure> {
        match fetch_body(url, options, true).await? {
            (Body::Bytes(bytes), _) => Ok(bytes),
            (Body::Text(text), _) => Ok(text.into_bytes()),
        }
    }

    enum Body {
        Text(String),
        Bytes(Vec<u8>),
    }

    /// One GET with the timeout, status and size checks; the body as text (checked to
    /// be JSON) or as bytes.
    async fn fetch_body(
        url: &str,
        options: &LoadOptions,
        bytes: bool,
    ) -> Result<(Body, String), Failure> {
        let absolute_url = absolute(url).unwrap_or_else(|| url.to_owned());
        let prefetch = if bytes {
            None
        } else {
            take_prefetch(&absolute_url)
        };
        let (prefetched, body, controller) = match prefetch {
            Some(p) => (Some(p.response), Some(p.body), Some(p.controller)),
            None => (None, None, None),
        };
        let deadline = deadline(options.timeout_ms, controller)?;
        let signal = deadline.controller.signal();
        let timed_out = || signal.aborted();
        let seconds = crate::model::format_seconds(options.timeout_ms);
        let timeout_failure = || {
            Failure::message(format!(
                "{absolute_url}: no answer within {seconds} s (timed out)"
            ))
            .of_kind(FailureKind::Timeout {
                ms: options.timeout_ms,
            })
        };

        // The request: the one the page started, or a new one. It is sent with the
        // page's `fetch` and every outcome checked here, so a host's `fetch` wrapper that
        // returns something other than a Response, or rejects with a non-Error, gives a
        // message instead of a panic (which would kill every widget on the page).
        let promise = match prefetched {
            Some(promise) => Ok(promise),
            None => new_request(&absolute_url, &signal).and_then(|request| {
                let window = web_sys::window().ok_or_else(|| "no window".to_owned())?;
                Ok(window.fetch_with_request(&request))
            }),
        };
        let sent = match promise {
            Ok(promise) => match JsFuture::from(promise).await {
                Ok(value) => value
                    .dyn_into::<web_sys::Response>()
                    .map_err(|_| "the page's fetch did not return a Response".to_owned()),
                Err(e) => Err(js_message(&e)),
            },
            Err(e) => Err(e),
        };
        let response = match sent {
            Ok(r) => r,
            Err(_) if timed_out() => return Err(timeout_failure()),
            Err(e) => {
                return Err(Failure::message(format!(
                    "{absolute_url}: the request failed (network error, blocked by CORS, or too many redirects): {e}"
                ))
                .of_kind(FailureKind::Network))
            }
        };
        if !response.ok() {
            let status = response.status();
            let text = response.status_text();
            let text = if text.is_empty() {
                status_reason(status).to_owned()
            } else {
                text
            };
            return Err(Failure::http(
                status,
                format!("{absolute_url}: HTTP {status} {text}"),
            ));
        }
        let header = |name: &str| response.headers().get(name).ok().flatten();
        let content_length = header("content-length").and_then(|v| v.parse::<usize>().ok());
        if let Some(len) = content_length.filter(|l| *l > options.max_bytes) {
            deadline.controller.abort();
            return Err(too_large(&absolute_url, len, options.max_bytes));
        }
        let content_type = header("content-type").unwrap_or_default();
        let final_url = {
            let u = response.url();
            if u.is_empty() {
                absolute_url.clone()
            } else {
                u
            }
        };
        if bytes {
            let read = match response.array_buffer() {
                Ok(promise) => JsFuture::from(promise)
                    .await
                    .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec())
                    .map_err(|e| js_message(&e)),
                Err(e) => Err(js_message(&e)),
            };
            return match read {
                Ok(body) if body.len() > options.max_bytes => {
                    Err(too_large(&absolute_url, body.len(), options.max_bytes))
                }
                Ok(body) => Ok((Body::Bytes(body), final_url)),
                Err(_) if timed_out() => Err(timeout_failure()),
                Err(e) => Err(Failure::message(format!(
                    "{absolute_url}: the response broke off before it was complete: {e}"
                ))
                .of_kind(FailureKind::Network)),
            };
        }
        // The page may have read the body already (see `adopt_prefetch`).
        let read_early = match body {
            Some(body) => JsFuture::from(body).await.map(|v| v.as_string()),
            None => Ok(None),
        };
        let read = match read_early {
            Ok(Some(text)) => Ok(text),
            Ok(None) => match response.text() {
                Ok(promise) => JsFuture::from(promise)
                    .await
                    .map(|v| v.as_string().unwrap_or_default())
                    .map_err(|e| js_message(&e)),
                Err(e) => Err(js_message(&e)),
            },
            Err(e) => Err(js_message(&e)),
        };
        let text = match read {
            Ok(t) => t,
            Err(_) if timed_out() => return Err(timeout_failure()),
            Err(e) => {
                return Err(Failure::message(format!(
                    "{absolute_url}: the response broke off before it was complete: {e}"
                ))
                .of_kind(FailureKind::Network))
            }
        };
        if text.len() > options.max_bytes {
            return Err(too_large(&absolute_url, text.len(), options.max_bytes));
        }
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
                "{absolute_url}: expected JSON, but the server sent {mime}"
            ))
            .of_kind(FailureKind::NotJson));
        }
        Ok((Body::Text(text), final_url))
    }

    /// A GET for JSON that `signal` aborts.
    fn new_request(url: &str, signal: &web_sys::AbortSignal) -> Result<web_sys::Request, String> {
        let init = web_sys::RequestInit::new();
        init.set_signal(Some(signal));
        let headers = web_sys::Headers::new().map_err(|e| js_message(&e))?;
        headers
            .append("Accept", "application/json")
            .map_err(|e| js_message(&e))?;
        init.set_headers(&headers);
        web_sys::Request::new_with_str_and_init(url, &init).map_err(|e| js_message(&e))
    }

    fn too_large(url: &str, len: usize, max: usize) -> Failure {
        Failure::message(format!(
            "{url}: the document is {len} bytes, more than the {max}-byte limit"
        ))
        .of_kind(FailureKind::TooLarge)
    }

    fn status_reason(status: u16) -> &'static str {
        match status {
            400 => "Bad Request",
            401 => "Unauthorized",
            403 => "Forbidden",
            404 => "Not Found",
            410 => "Gone",
            429 => "Too Many Requests",
            500 => "Internal Server Error",
            502 => "Bad Gateway",
            503 => "Service Unavailable",
            504 => "Gateway Timeout",
            _ => "",
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::LoadOptions;
    use crate::model::Failure;

    pub fn document_url() -> Option<String> {
        None
    }

    pub fn absolute(_url: &str) -> Option<String> {
        None
    }

    pub fn inline_text(reference: &str) -> Result<String, Failure> {
        Err(Failure::message(format!(
            "inline JSON ({reference}) can only be read in a browser"
        )))
    }

    pub async fn fetch_text(url: &str, _: &LoadOptions) -> Result<(String, String), Failure> {
        Err(Failure::message(format!(
            "{url}: fetching is only available in a browser"
        )))
    }

    pub async fn fetch_bytes(url: &str, _: &LoadOptions) -> Result<Vec<u8>, Failure> {
        Err(Failure::message(format!(
            "{url}: fetching is only available in a browser"
        )))
    }
}
