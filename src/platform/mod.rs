//! The few browser services the components, the loaders and the app use, behind
//! functions that also work natively (an in-memory store, a clipboard that refuses,
//! requests that fail with a message, a page with no elements) so they render and
//! are tested without a browser, and callers need not branch on the target.

#[cfg(feature = "app")]
pub mod axe;
pub mod clipboard;
pub mod dom;
#[cfg(feature = "app")]
pub mod download;
pub(crate) mod fetch;
#[cfg(feature = "app")]
pub mod head;
#[cfg(feature = "app")]
pub mod location;
pub mod storage;
pub mod textarea;
