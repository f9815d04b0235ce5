//! The few browser services the components and the app use, behind functions that
//! also work natively (an in-memory store, a clipboard that refuses) so they render
//! and are tested without a browser.

pub mod clipboard;
pub mod dom;
pub(crate) mod fetch;
pub mod storage;
pub mod textarea;
