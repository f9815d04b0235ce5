//! Text helpers: slugs and word counts.

use std::collections::{HashMap, HashSet};

/// Lowercase, `[a-z0-9-]` only, no leading/trailing or doubled dashes.
pub(crate) fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
}

pub(crate) fn is_url_safe(slug: &str) -> bool {
    !slug.is_empty()
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Hands out unique slugs, appending `-2`, `-3`, … on collision.
#[derive(Default)]
pub(crate) struct SlugRegistry {
    pub(crate) used: HashSet<String>,
    pub(crate) next_suffix: HashMap<String, usize>,
}

impl SlugRegistry {
    pub(crate) fn reserve(&mut self, slug: &str) {
        self.used.insert(slug.to_string());
    }

    pub(crate) fn claim(&mut self, base: &str) -> String {
        if self.used.insert(base.to_string()) {
            return base.to_string();
        }
        let suffix = self.next_suffix.entry(base.to_string()).or_insert(2);
        loop {
            let candidate = format!("{base}-{suffix}");
            *suffix += 1;
            if self.used.insert(candidate.clone()) {
                return candidate;
            }
        }
    }
}

pub(crate) fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}
