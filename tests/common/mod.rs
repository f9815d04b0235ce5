//! Facts about the reference post shared by the native test files.

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
