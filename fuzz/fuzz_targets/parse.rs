//! Fuzz target: arbitrary bytes through the parsers and the URL policy.
//!
//! Invariants: no panic; `value == None` ⇒ at least one error diagnostic; every
//! diagnostic has a non-empty path and message; `check_url` never lets through a URL
//! whose scheme (as a browser reads it) is not http/https, with or without a base.

#![no_main]

use alphanode_widgets::model::{parse_index, parse_post};
use libfuzzer_sys::fuzz_target;

#[path = "common/mod.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };

    let post = parse_post(text, Some(common::BASE));
    common::parsed_invariants(&post, "parse_post");
    let post_no_base = parse_post(text, None);
    common::parsed_invariants(&post_no_base, "parse_post (no base)");
    // The base only changes URLs, never whether the document parses.
    assert_eq!(
        post.value.is_some(),
        post_no_base.value.is_some(),
        "the base URL changed whether the post parses"
    );

    let index = parse_index(text, Some(common::BASE));
    common::parsed_invariants(&index, "parse_index");

    // The URL policy on the raw text (when it is short enough to be URL-like: whole
    // 30 KB documents only slow the fuzzer down), on every line, and with the first
    // line as the base of the second and the other way round.
    if text.len() <= 4096 {
        common::check_url_invariants(text, Some(common::BASE));
        common::check_url_invariants(text, None);
    }
    let mut lines = text.split(['\0', '\n']);
    if let (Some(first), Some(second)) = (lines.next(), lines.next()) {
        common::check_url_invariants(second, Some(first));
        common::check_url_invariants(first, Some(second));
    }
    for line in text.lines().take(64) {
        common::check_url_invariants(line, Some(common::BASE));
        let _ = alphanode_widgets::model::is_absolute_web_url(line);
    }
});
