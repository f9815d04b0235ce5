//! The part of `wasm-streams`' API that server_fn's browser client uses, for this
//! workspace's bundles, which have no server functions (see Cargo.toml for why it
//! exists). Both conversions fail loudly instead of streaming: a streaming server
//! function added to this workspace gets an error, never silently empty data.

use std::pin::Pin;

use futures_util::stream::{self, Stream};
use wasm_bindgen::{JsCast, JsValue};

/// Why nothing streams (a macro, so the JS source below can quote it).
macro_rules! unsupported {
    () => {
        "alphanode-widgets builds with a stand-in wasm-streams: server functions cannot stream"
    };
}

/// A JS `ReadableStream`, as `wasm_streams::ReadableStream` wraps one.
pub struct ReadableStream {
    raw: web_sys::ReadableStream,
}

/// What [`ReadableStream::into_stream`] returns.
pub type IntoStream<'a> = Pin<Box<dyn Stream<Item = Result<JsValue, JsValue>> + 'a>>;

impl ReadableStream {
    /// Wraps a JS stream.
    pub fn from_raw(raw: web_sys::ReadableStream) -> Self {
        Self { raw }
    }

    /// A JS stream that errors when read (the real crate would read `stream`).
    pub fn from_stream<St>(_stream: St) -> Self
    where
        St: Stream<Item = Result<JsValue, JsValue>> + 'static,
    {
        // `new ReadableStream({start(c) { c.error(...) }})`, built without exported
        // Rust classes (which are what this crate exists to leave out).
        let source = js_sys::Object::new();
        let start = js_sys::Function::new_with_args(
            "c",
            concat!("c.error(new Error('", unsupported!(), "'))"),
        );
        let _ = js_sys::Reflect::set(&source, &JsValue::from_str("start"), &start);
        let raw = web_sys::ReadableStream::new_with_underlying_source(&source)
            .unwrap_or_else(|_| JsValue::UNDEFINED.unchecked_into());
        Self { raw }
    }

    /// The wrapped JS stream.
    pub fn into_raw(self) -> web_sys::ReadableStream {
        self.raw
    }

    /// A stream of one error (the real crate would read the JS stream's chunks).
    pub fn into_stream(self) -> IntoStream<'static> {
        Box::pin(stream::once(async {
            Err(JsValue::from_str(unsupported!()))
        }))
    }
}
