//! HTTP for the loaders: one GET with the browser's `fetch`, a timeout that aborts it
//! (`AbortController`), and checks of the status and the size; requests the page
//! started before the wasm was ready, taken over (`adopt_prefetch`); the
//! page's base URL; the text of an inline `<script>`. Natively there is no browser:
//! every request fails with a message that says so, and there is no page.
//!
//! What to fetch, how to parse it, what to share and which answers are errors of
//! the format (not JSON, say) is [`crate::load`]'s.

use crate::model::Failure;

/// Limits of one request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Limits {
    /// Give up after this many milliseconds.
    pub timeout_ms: u32,
    /// Refuse bodies larger than this many bytes.
    pub max_bytes: usize,
}

/// A body read as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Fetched {
    pub text: String,
    /// The URL it was finally served from (after redirects).
    pub final_url: String,
    /// Its `Content-Type`, or empty.
    pub content_type: String,
}

/// GET `url` (relative to the page) and read the body as text.
pub(crate) async fn fetch_text(url: &str, limits: Limits) -> Result<Fetched, Failure> {
    imp::fetch_text(url, limits).await
}

/// GET `url` (relative to the page) and read the body as bytes.
pub(crate) async fn fetch_bytes(url: &str, limits: Limits) -> Result<Vec<u8>, Failure> {
    imp::fetch_bytes(url, limits).await
}

/// The page's base URL (`document.baseURI`); `None` natively.
pub(crate) fn document_url() -> Option<String> {
    imp::document_url()
}

/// `url` resolved against the page's base URL; `None` natively or when it does not
/// parse.
pub(crate) fn absolute(url: &str) -> Option<String> {
    imp::absolute(url)
}

/// The text of `<script id="…">` on the page (`reference` is `#id` or a bare id).
pub(crate) fn inline_text(reference: &str) -> Result<String, Failure> {
    imp::inline_text(reference)
}

/// Keep a request the page started for `url` (absolute) for the next
/// [`fetch_text`] of that URL; `controller` is what its timeout aborts, `body` the
/// text when the page has read it already (or `null`).
#[cfg(target_arch = "wasm32")]
pub(crate) fn adopt_prefetch(
    url: String,
    response: js_sys::Promise,
    body: js_sys::Promise,
    controller: web_sys::AbortController,
) {
    imp::adopt_prefetch(url, response, body, controller);
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::{Fetched, Limits};
    use crate::model::{Failure, FailureKind};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen_futures::JsFuture;

    /// A request started by the page, waiting for the widget that loads its URL.
    struct Prefetch {
        url: String,
        response: js_sys::Promise,
        body: js_sys::Promise,
        controller: web_sys::AbortController,
    }

    thread_local! {
        static PREFETCHED: std::cell::RefCell<Vec<Prefetch>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }

    pub fn adopt_prefetch(
        url: String,
        response: js_sys::Promise,
        body: js_sys::Promise,
        controller: web_sys::AbortController,
    ) {
        PREFETCHED.with(|p| {
            p.borrow_mut().push(Prefetch {
                url,
                response,
                body,
                controller,
            })
        });
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

    pub async fn fetch_text(url: &str, limits: Limits) -> Result<Fetched, Failure> {
        match fetch_body(url, limits, false).await? {
            (Body::Text(text), final_url, content_type) => Ok(Fetched {
                text,
                final_url,
                content_type,
            }),
            (Body::Bytes(_), _, _) => Err(Failure::message(format!("{url}: expected text"))),
        }
    }

    pub async fn fetch_bytes(url: &str, limits: Limits) -> Result<Vec<u8>, Failure> {
        match fetch_body(url, limits, true).await? {
            (Body::Bytes(bytes), _, _) => Ok(bytes),
            (Body::Text(text), _, _) => Ok(text.into_bytes()),
        }
    }

    enum Body {
        Text(String),
        Bytes(Vec<u8>),
    }

    /// One GET with the timeout, status and size checks: the body as text or as
    /// bytes, the URL it was finally served from and its `Content-Type`.
    async fn fetch_body(
        url: &str,
        limits: Limits,
        bytes: bool,
    ) -> Result<(Body, String, String), Failure> {
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
        let deadline = deadline(limits.timeout_ms, controller)?;
        let signal = deadline.controller.signal();
        let timed_out = || signal.aborted();
        let seconds = crate::model::format_seconds(limits.timeout_ms);
        let timeout_failure = || {
            Failure::message(format!(
                "{absolute_url}: no answer within {seconds} s (timed out)"
            ))
            .of_kind(FailureKind::Timeout {
                ms: limits.timeout_ms,
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
        if let Some(len) = content_length.filter(|l| *l > limits.max_bytes) {
            deadline.controller.abort();
            return Err(too_large(&absolute_url, len, limits.max_bytes));
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
                Ok(body) if body.len() > limits.max_bytes => {
                    Err(too_large(&absolute_url, body.len(), limits.max_bytes))
                }
                Ok(body) => Ok((Body::Bytes(body), final_url, content_type)),
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
        if text.len() > limits.max_bytes {
            return Err(too_large(&absolute_url, text.len(), limits.max_bytes));
        }
        Ok((Body::Text(text), final_url, content_type))
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
    use super::{Fetched, Limits};
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

    pub async fn fetch_text(url: &str, _: Limits) -> Result<Fetched, Failure> {
        Err(Failure::message(format!(
            "{url}: fetching is only available in a browser"
        )))
    }

    pub async fn fetch_bytes(url: &str, _: Limits) -> Result<Vec<u8>, Failure> {
        Err(Failure::message(format!(
            "{url}: fetching is only available in a browser"
        )))
    }
}
