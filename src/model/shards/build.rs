//! Writing the shards of an `alphanode.index/1` file.
//!
//! Memory is what limits a million posts: the index is walked entry by entry (never
//! one `Value` tree), each post is kept as its JSON text in one string, and tokens as
//! ids in one array. Each sort order's lists are built, written and dropped in turn.

use std::collections::HashMap;

use serde_json::{json, Value};

use super::postings::{encode, encode_pack};
use super::{bucket_of, fnv1a, grams, pieces, DEFAULT_CHUNK, MANIFEST, SHARDS_FORMAT};
use crate::model::search::{
    difficulty_menu, haystack, sort_positions, stack_menu, title_key, SortOrder,
};
use crate::model::{walk_index, Diagnostic, Failure};

/// How to split.
///
/// ```
/// use alphanode_widgets::model::shards::BuildOptions;
/// assert_eq!(BuildOptions::default().chunk, 20);
/// ```
#[derive(Clone, Debug)]
pub struct BuildOptions {
    /// Posts per list chunk (the app shows 20 per page, so one chunk is one page).
    pub chunk: usize,
    /// Postings per pack file: the lists of rare tokens share a file until their
    /// postings add up to this; a token with more gets a file of its own.
    pub pack_postings: usize,
    /// Aim for gram buckets of about this many bytes.
    pub bucket_bytes: usize,
}

impl Default for BuildOptions {
    fn default() -> Self {
        Self {
            chunk: DEFAULT_CHUNK,
            pack_postings: 32 * 1024,
            bucket_bytes: 16 * 1024,
        }
    }
}

/// What a build wrote.
#[derive(Clone, Debug, Default)]
pub struct BuildReport {
    /// The build id, also the name of the fragments' directory.
    pub build: String,
    /// Posts listed.
    pub posts: usize,
    /// Distinct tokens.
    pub tokens: usize,
    /// Files written, the manifest included.
    pub files: usize,
    /// Bytes written.
    pub bytes: u64,
    /// The index's warnings (skipped entries and the like), as the app would see them.
    pub warnings: Vec<Diagnostic>,
}

/// Split the index `text` into shards (taken by value: it is dropped as soon as it
/// has been read, to halve the peak memory). `index_href` is where the whole index is,
/// relative to the manifest (`../index.json` for `posts/shards/` beside
/// `posts/index.json`): post links in the index resolve against it, as they do when
/// the app loads the index whole. `write` gets each file's path, relative to the
/// shards directory, and its bytes; the manifest comes last, so a reader never sees a
/// manifest whose fragments are not all there.
///
/// The fragments go into `f/{build}/`, where the build id hashes the index, the
/// options and this crate's version: a rebuild of the same index writes the same files, and a changed index
/// writes a new directory beside the old one, so readers of the old manifest finish
/// with the old files.
pub fn build(
    text: String,
    index_href: &str,
    options: &BuildOptions,
    mut write: impl FnMut(&str, &[u8]) -> Result<(), String>,
) -> Result<BuildReport, Failure> {
    let chunk = options.chunk.max(1);
    let build_id = {
        // The writer's version too: a fix in how fragments are written must not reuse
        // a directory that hosts and browsers cache as immutable.
        let head = format!(
            "{SHARDS_FORMAT} {} {chunk} {} {index_href}\n",
            env!("CARGO_PKG_VERSION"),
            options.pack_postings
        );
        let h = fnv1a(head.as_bytes()) ^ fnv1a(text.as_bytes()).rotate_left(17);
        format!("{h:016x}")
    };

    // Pass 1: every listed post, as the app would list it.
    let mut raw = String::new();
    let mut raw_ends: Vec<usize> = Vec::new();
    let mut titles: Vec<String> = Vec::new();
    let mut times: Vec<Option<u32>> = Vec::new();
    let mut vocabulary: HashMap<String, u32> = HashMap::new();
    let mut token_ids: Vec<u32> = Vec::new();
    let mut token_ends: Vec<usize> = Vec::new();
    // Stacks and difficulties as ids in order of appearance, renumbered to menu order
    // below: a million posts' strings would cost hundreds of megabytes.
    let mut stack_seen: HashMap<String, u32> = HashMap::new();
    let mut post_stacks: Vec<u32> = Vec::new();
    let mut stack_ends: Vec<usize> = Vec::new();
    let mut difficulty_seen: HashMap<String, u32> = HashMap::new();
    let mut post_difficulty: Vec<u32> = Vec::new();
    let walked = walk_index(&text, |_, value: &Value, entry| {
        raw.push_str(&value.to_string());
        raw_ends.push(raw.len());
        let hay = haystack(&entry);
        titles.push(title_key(&hay).to_owned());
        times.push(entry.reading_time);
        let mut mine: Vec<u32> = hay
            .split_whitespace()
            .map(|token| {
                let next = vocabulary.len() as u32;
                match vocabulary.get(token) {
                    Some(id) => *id,
                    None => {
                        vocabulary.insert(token.to_owned(), next);
                        next
                    }
                }
            })
            .collect();
        mine.sort_unstable();
        mine.dedup();
        token_ids.extend(mine);
        token_ends.push(token_ids.len());
        let mut stack: Vec<u32> = entry
            .stack
            .into_iter()
            .map(|s| {
                let next = stack_seen.len() as u32;
                *stack_seen.entry(s).or_insert(next)
            })
            .collect();
        stack.sort_unstable();
        stack.dedup();
        post_stacks.extend(stack);
        stack_ends.push(post_stacks.len());
        post_difficulty.push(match entry.difficulty {
            Some(d) => {
                let next = difficulty_seen.len() as u32;
                *difficulty_seen.entry(d).or_insert(next)
            }
            None => u32::MAX,
        });
    });
    drop(text);
    let warnings = walked.diagnostics;
    let Some(posts) = walked.value else {
        return Err(Failure::from_diagnostics(warnings));
    };

    // Token ids in sorted order, so that a rebuild is byte for byte the same.
    let mut sorted: Vec<(String, u32)> = vocabulary.into_iter().collect();
    sorted.sort_unstable();
    let mut renumber = vec![0u32; sorted.len()];
    for (new, (_, old)) in sorted.iter().enumerate() {
        if let Some(slot) = renumber.get_mut(*old as usize) {
            *slot = new as u32;
        }
    }
    let tokens: Vec<String> = sorted.into_iter().map(|(t, _)| t).collect();
    // A token's list holds the posts with any token that contains it (itself
    // included), so a query word needs only the lists of the shortest tokens it
    // occurs in: "services" one list, not also those of "services," and "services.".
    let contained = {
        let ids: HashMap<&str, u32> = tokens
            .iter()
            .enumerate()
            .map(|(i, t)| (t.as_str(), i as u32))
            .collect();
        tokens
            .iter()
            .map(|t| {
                let mut inside: Vec<u32> = pieces(t).filter_map(|p| ids.get(p).copied()).collect();
                inside.sort_unstable();
                inside.dedup();
                inside
            })
            .collect::<Vec<Vec<u32>>>()
    };
    {
        let mut closed = Vec::with_capacity(token_ids.len());
        let mut ends = Vec::with_capacity(token_ends.len());
        let mut start = 0;
        for end in &token_ends {
            let mut mine: Vec<u32> = token_ids
                .get(start..*end)
                .unwrap_or_default()
                .iter()
                .filter_map(|old| renumber.get(*old as usize))
                .filter_map(|new| contained.get(*new as usize))
                .flatten()
                .copied()
                .collect();
            mine.sort_unstable();
            mine.dedup();
            closed.extend(mine);
            ends.push(closed.len());
            start = *end;
        }
        token_ids = closed;
        token_ends = ends;
    }
    drop((renumber, contained));
    let tokens_of = |post: usize| run(&token_ids, &token_ends, post);

    // Packs: consecutive tokens until their postings add up to `pack_postings`.
    let mut frequency = vec![0usize; tokens.len()];
    for id in &token_ids {
        if let Some(f) = frequency.get_mut(*id as usize) {
            *f += 1;
        }
    }
    let mut pack_of = Vec::with_capacity(tokens.len());
    let (mut pack, mut filled) = (0u32, 0usize);
    for f in &frequency {
        if filled > 0 && filled + f > options.pack_postings {
            pack += 1;
            filled = 0;
        }
        pack_of.push(pack);
        filled += f;
    }
    let packs = if tokens.is_empty() { 0 } else { pack + 1 };

    // Facet ids in menu order.
    let menu_ids = |seen: &HashMap<String, u32>, names: &[String]| -> Vec<u32> {
        let mut by_seen = vec![u32::MAX; seen.len()];
        for (menu, name) in names.iter().enumerate() {
            if let Some(slot) = seen.get(name).and_then(|s| by_seen.get_mut(*s as usize)) {
                *slot = menu as u32;
            }
        }
        by_seen
    };
    let stack_names = stack_menu(stack_seen.keys().cloned());
    let difficulty_names = difficulty_menu(difficulty_seen.keys().cloned());
    let stack_menu_of = menu_ids(&stack_seen, &stack_names);
    let difficulty_menu_of = menu_ids(&difficulty_seen, &difficulty_names);
    drop((stack_seen, difficulty_seen));
    let stacks_of = |post: usize| run(&post_stacks, &stack_ends, post);

    let mut report = BuildReport {
        build: build_id.clone(),
        posts,
        tokens: tokens.len(),
        warnings,
        ..BuildReport::default()
    };
    let mut put = |path: String, bytes: &[u8]| -> Result<(), Failure> {
        write(&path, bytes).map_err(|e| Failure::message(format!("{path}: {e}")))?;
        report.files += 1;
        report.bytes += bytes.len() as u64;
        Ok(())
    };
    let dir = format!("f/{build_id}");
    // The fields every JSON fragment starts with.
    let head = format!("\"format\":\"{SHARDS_FORMAT}\",\"build\":\"{build_id}\",");

    // Pass 2, per order: list chunks, then postings.
    let mut stack_counts = vec![0usize; stack_names.len()];
    let mut difficulty_counts = vec![0usize; difficulty_names.len()];
    for (o, sort) in SortOrder::ALL.into_iter().enumerate() {
        let order = sort.as_str();
        let mut positions: Vec<usize> = (0..posts).collect();
        sort_positions(
            &mut positions,
            sort,
            |i| titles.get(i).cloned(),
            |i| times.get(i).copied().flatten(),
        );
        for (k, ranks) in positions.chunks(chunk).enumerate() {
            let mut out = format!("{{{}\"order\":\"{order}\",\"chunk\":{k},\"posts\":[", head);
            for (n, post) in ranks.iter().enumerate() {
                if n > 0 {
                    out.push(',');
                }
                let start = post
                    .checked_sub(1)
                    .and_then(|p| raw_ends.get(p))
                    .copied()
                    .unwrap_or(0);
                let end = raw_ends.get(*post).copied().unwrap_or(start);
                out.push_str(raw.get(start..end).unwrap_or("null"));
            }
            out.push_str("]}\n");
            put(format!("{dir}/l/{order}/{k}.json"), out.as_bytes())?;
        }

        let mut lists: Vec<Vec<u32>> = frequency.iter().map(|f| Vec::with_capacity(*f)).collect();
        let mut stack_lists: Vec<Vec<u32>> = vec![Vec::new(); stack_names.len()];
        let mut difficulty_lists: Vec<Vec<u32>> = vec![Vec::new(); difficulty_names.len()];
        for (rank, post) in positions.iter().enumerate() {
            let rank = rank as u32;
            for id in tokens_of(*post) {
                if let Some(l) = lists.get_mut(*id as usize) {
                    l.push(rank);
                }
            }
            for s in stacks_of(*post) {
                let menu = stack_menu_of.get(*s as usize).copied().unwrap_or(u32::MAX);
                if let Some(l) = stack_lists.get_mut(menu as usize) {
                    l.push(rank);
                }
            }
            let d = post_difficulty.get(*post).copied().unwrap_or(u32::MAX);
            let menu = difficulty_menu_of
                .get(d as usize)
                .copied()
                .unwrap_or(u32::MAX);
            if let Some(l) = difficulty_lists.get_mut(menu as usize) {
                l.push(rank);
            }
        }
        let mut members: Vec<(u32, Vec<u8>)> = Vec::new();
        let mut current = 0u32;
        for (id, list) in lists.into_iter().enumerate() {
            let p = pack_of.get(id).copied().unwrap_or(0);
            if p != current && !members.is_empty() {
                put(
                    format!("{dir}/p/{order}/{current}.bin"),
                    &encode_pack(&build_id, &members),
                )?;
                members.clear();
            }
            current = p;
            members.push((id as u32, encode(&list, posts)));
        }
        if !members.is_empty() {
            put(
                format!("{dir}/p/{order}/{current}.bin"),
                &encode_pack(&build_id, &members),
            )?;
        }
        for (prefix, facet_lists, counts) in [
            ("s", stack_lists, &mut stack_counts),
            ("d", difficulty_lists, &mut difficulty_counts),
        ] {
            for (i, list) in facet_lists.into_iter().enumerate() {
                if o == 0 {
                    if let Some(c) = counts.get_mut(i) {
                        *c = list.len();
                    }
                }
                let pack = encode_pack(&build_id, &[(i as u32, encode(&list, posts))]);
                put(format!("{dir}/p/{order}/{prefix}{i}.bin"), &pack)?;
            }
        }
    }

    // Gram buckets: each token in the buckets of all its 1-, 2- and 3-grams.
    let estimate: usize = tokens.iter().map(|t| (t.len() + 16) * grams(t).len()).sum();
    let buckets = estimate
        .div_ceil(options.bucket_bytes.max(1))
        .clamp(1, 1 << 16)
        .next_power_of_two() as u32;
    let mut members: Vec<Vec<u32>> = vec![Vec::new(); buckets as usize];
    for (id, token) in tokens.iter().enumerate() {
        let mut mine: Vec<u32> = grams(token)
            .into_iter()
            .map(|g| bucket_of(g, buckets))
            .collect();
        mine.sort_unstable();
        mine.dedup();
        for b in mine {
            if let Some(m) = members.get_mut(b as usize) {
                m.push(id as u32);
            }
        }
    }
    for (b, ids) in members.iter().enumerate() {
        let list: Vec<Value> = ids
            .iter()
            .filter_map(|id| {
                let token = tokens.get(*id as usize)?;
                let pack = pack_of.get(*id as usize).copied().unwrap_or(0);
                let posts_with = frequency.get(*id as usize).copied().unwrap_or(0);
                Some(json!([token, id, pack, posts_with]))
            })
            .collect();
        let body = format!(
            "{{{}\"bucket\":{b},\"tokens\":{}}}\n",
            head,
            Value::Array(list)
        );
        put(format!("{dir}/g/{b}.json"), body.as_bytes())?;
    }

    let facet = |names: &[String], counts: &[usize]| -> Value {
        Value::Array(
            names
                .iter()
                .zip(counts)
                .map(|(name, posts)| json!({ "name": name, "posts": posts }))
                .collect(),
        )
    };
    let manifest = json!({
        "format": SHARDS_FORMAT,
        "sharded": true,
        "build": build_id,
        "posts": posts,
        "chunk": chunk,
        "index": index_href,
        "orders": SortOrder::ALL.iter().map(|o| o.as_str()).collect::<Vec<_>>(),
        "stacks": facet(&stack_names, &stack_counts),
        "difficulties": facet(&difficulty_names, &difficulty_counts),
        "buckets": buckets,
        "tokens": tokens.len(),
        "packs": packs,
        "files": format!("{dir}/"),
    });
    let text = serde_json::to_string_pretty(&manifest).unwrap_or_default() + "\n";
    put(MANIFEST.to_owned(), text.as_bytes())?;
    Ok(report)
}

/// Post `i`'s run in a flat array of per-post runs, `ends` holding where each ends: a
/// million small vectors would cost 24 bytes each, and an allocation.
fn run<'a>(values: &'a [u32], ends: &[usize], i: usize) -> &'a [u32] {
    let start = i
        .checked_sub(1)
        .and_then(|p| ends.get(p))
        .copied()
        .unwrap_or(0);
    let end = ends.get(i).copied().unwrap_or(start);
    values.get(start..end).unwrap_or_default()
}
