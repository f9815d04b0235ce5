//! The format, in plain Rust: types, parsing with diagnostics, the meta table and the
//! URL policy. Nothing here knows about Leptos or the browser, so it runs and is
//! tested natively, and other renderers can reuse it.
//!
//! ```
//! use alphanode_widgets::model::parse_post;
//! let parsed = parse_post(r#"{"title":"Hi","body":[{"type":"paragraph","text":"x"}]}"#, None);
//! assert_eq!(parsed.value.map(|p| p.body.len()), Some(1));
//! ```

mod catalog;
mod diagnostic;
mod locate;
mod meta;
mod number;
mod parse;
mod post;
mod profile;
mod search;
pub mod shards;
mod url;

pub use catalog::Catalog;
pub use diagnostic::{Diagnostic, Failure, FailureKind, JsonPath, Severity};
pub use locate::{locate_path, locate_span, PathSpan};
pub use meta::{classify, format_number, format_seconds, MetaKind};
pub use number::Decimal;
pub use parse::{
    is_language_tag, parse_index, parse_json, parse_post, post_from_value, type_name, walk_index,
    Parsed, MAX_DEPTH,
};
pub use post::*;
pub use profile::{
    read_date, DisplayKind, KeyRule, Label, MetaProfile, ProfileGroup, ShapedEntry, ShapedMeta,
    ShapedSection, PROFILE_FORMAT,
};
pub use search::{IndexQuery, ListPage, SearchIndex, SortOrder};
pub use shards::{ShardFetch, ShardIndex, SHARDS_FORMAT};
pub use url::{check_url, is_absolute_web_url, UrlRefusal};
