//! The few browser services the components use, behind functions that also work
//! natively (an in-memory store) so components render and are tested without a browser.

pub mod storage;
