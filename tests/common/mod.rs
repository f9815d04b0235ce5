//! Facts about the reference post shared by the native test files, and the renders
//! they read (read with `anp_html_reader`, tests/html-reader).

#![allow(dead_code)]

#[cfg(feature = "ssr")]
pub mod render;

/// The top-level meta keys of the seed page, in its order.
pub const SEED_META_KEYS: [&str; 20] = [
    "topic",
    "summary",
    "ai outline",
    "ai brief",
    "stack",
    "tools",
    "code language",
    "difficulty",
    "reading time",
    "view count",
    "score",
    "revision",
    "reference",
    "hash",
    "flags",
    "checklist",
    "entities",
    "image sources",
    "payload",
    "notes",
];
