//! The sharded index against the whole one: on a generated 10,000-post index, every
//! query (words, filters, sorts, pages) gives exactly the same total and the same
//! entries; and broken fragments give errors, never other results.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;
use std::future::Future;
use std::path::Path;
use std::pin::pin;
use std::process::Command;
use std::sync::Mutex;
use std::task::{Context, Poll, Waker};

use alphanode_widgets::model::shards::{build, BuildOptions};
use alphanode_widgets::model::{
    parse_index, Failure, IndexQuery, SearchIndex, ShardFetch, ShardIndex, SortOrder,
};

/// The fragments of one build, by path.
type FileMap = HashMap<String, Vec<u8>>;

const BASE: &str = "https://shards.test/posts/shards/";

/// Fragments from memory; every URL asked for is logged.
struct Files {
    files: FileMap,
    asked: Mutex<Vec<String>>,
}

impl Files {
    fn get(&self, url: &str) -> Result<&Vec<u8>, Failure> {
        if let Ok(mut asked) = self.asked.lock() {
            asked.push(url.to_owned());
        }
        url.strip_prefix(BASE)
            .and_then(|p| self.files.get(p))
            .ok_or_else(|| Failure::http(404, format!("{url}: HTTP 404 Not Found")))
    }
}

impl ShardFetch for Files {
    async fn text(&self, url: &str) -> Result<String, Failure> {
        Ok(String::from_utf8_lossy(self.get(url)?).into_owned())
    }
    async fn bytes(&self, url: &str) -> Result<Vec<u8>, Failure> {
        Ok(self.get(url)?.clone())
    }
}

/// Every fragment is ready at once, so one poll finishes a query.
fn now<T>(future: impl Future<Output = T>) -> T {
    let mut future = pin!(future);
    match future
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
    {
        Poll::Ready(v) => v,
        Poll::Pending => panic!("a fragment fetch was not ready"),
    }
}

fn generated(posts: usize) -> String {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("shards-{posts}"));
    let _ = std::fs::remove_dir_all(&dir);
    let out = Command::new(env!("CARGO_BIN_EXE_anp-gen"))
        .args([
            "--posts",
            &posts.to_string(),
            "--seed",
            "11",
            "--index-only",
            "--out",
        ])
        .arg(&dir)
        .output()
        .expect("run anp-gen");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::read_to_string(dir.join("index.json")).expect("read the generated index")
}

fn shard(text: &str, options: &BuildOptions) -> (Files, ShardIndex) {
    let mut files = HashMap::new();
    build(text.to_owned(), "../index.json", options, |path, bytes| {
        files.insert(path.to_owned(), bytes.to_vec());
        Ok(())
    })
    .expect("build the shards");
    let manifest = String::from_utf8_lossy(&files["manifest.json"]).into_owned();
    let index = ShardIndex::from_manifest(&manifest, &format!("{BASE}manifest.json"))
        .expect("read the manifest");
    (
        Files {
            files,
            asked: Mutex::new(Vec::new()),
        },
        index,
    )
}

fn whole(text: &str) -> SearchIndex {
    let parsed = parse_index(text, Some("https://shards.test/posts/index.json"));
    SearchIndex::new(parsed.value.expect("the index parses"))
}

fn query(text: &str, stack: Option<&str>, difficulty: Option<&str>, sort: SortOrder) -> IndexQuery {
    IndexQuery {
        text: text.into(),
        stack: stack.map(Into::into),
        difficulty: difficulty.map(Into::into),
        sort,
    }
}

#[test]
fn ten_thousand_posts_give_the_whole_index_results() {
    let text = generated(10_000);
    let reference = whole(&text);
    let (files, sharded) = shard(&text, &BuildOptions::default());
    assert_eq!(sharded.len(), reference.len());
    assert_eq!(sharded.stacks(), reference.stacks());
    // The stack menu shows these counts, whole or sharded alike.
    assert_eq!(sharded.stack_counts(), reference.stack_counts());
    assert_eq!(sharded.difficulties(), reference.difficulties());

    // Words from the corpus itself, whole and in part, plus ones that match nothing.
    let first = reference.entry(0).expect("a first post");
    let title_words: Vec<String> = first.title.split_whitespace().map(str::to_owned).collect();
    let mut texts: Vec<String> = vec![
        String::new(),
        "a".into(),
        "e".into(),
        "in".into(),
        "ing".into(),
        "zzzqx".into(),
        "é".into(),
        "  ".into(),
    ];
    for w in title_words.iter().take(3) {
        texts.push(w.clone());
        texts.push(w.to_uppercase());
        texts.push(w.chars().skip(1).take(3).collect());
    }
    texts.push(title_words.join(" "));
    texts.push(first.topic.clone());
    texts.push(format!(
        "{} {}",
        first.topic,
        title_words.first().cloned().unwrap_or_default()
    ));
    texts.push(
        first
            .summary
            .split_whitespace()
            .take(2)
            .collect::<Vec<_>>()
            .join(" "),
    );

    let stack = reference.stacks().first().cloned();
    let difficulty = reference.difficulties().last().cloned();
    let mut compared = 0;
    for t in &texts {
        for sort in SortOrder::ALL {
            for (s, d) in [
                (None, None),
                (stack.as_deref(), None),
                (None, difficulty.as_deref()),
                (stack.as_deref(), difficulty.as_deref()),
                (Some("no such stack"), None),
            ] {
                let q = query(t, s, d, sort);
                let expected_total = reference.run(&q).len();
                let last = expected_total.saturating_sub(1) / 20 * 20;
                for start in [0, last] {
                    let want = reference.page(&q, start, 20);
                    let got = now(sharded.page(&files, &q, start, 20))
                        .unwrap_or_else(|f| panic!("{q:?} at {start}: {f}"));
                    assert_eq!(got, want, "{q:?} at {start}");
                    compared += 1;
                }
            }
        }
    }
    assert!(compared > 400, "{compared} pages compared");
}

#[test]
fn a_first_list_needs_one_chunk_and_a_search_a_few_fragments() {
    let text = generated(2_000);
    let reference = whole(&text);
    let (files, sharded) = shard(&text, &BuildOptions::default());
    let page = now(sharded.page(&files, &IndexQuery::default(), 0, 20)).expect("the first list");
    assert_eq!(page.entries.len(), 20);
    assert_eq!(
        files.asked.lock().map(|a| a.clone()).unwrap_or_default(),
        [format!("{BASE}f/{}/l/index/0.json", sharded.build())]
    );

    let word = reference
        .entry(3)
        .and_then(|e| e.title.split_whitespace().next().map(str::to_lowercase))
        .unwrap_or_default();
    files.asked.lock().map(|mut a| a.clear()).ok();
    let q = query(&word, None, None, SortOrder::Title);
    assert_eq!(
        now(sharded.page(&files, &q, 0, 20)).expect("a search"),
        reference.page(&q, 0, 20)
    );
    let asked = files.asked.lock().map(|a| a.clone()).unwrap_or_default();
    assert!(asked.iter().any(|u| u.contains("/g/")), "{asked:?}");
    assert!(asked.iter().any(|u| u.contains("/p/title/")), "{asked:?}");
    assert!(asked.len() <= 30, "{} fragments: {asked:?}", asked.len());
    assert!(!asked.iter().any(|u| u.ends_with("index.json")));

    // Again: from the cache.
    files.asked.lock().map(|mut a| a.clear()).ok();
    now(sharded.page(&files, &q, 0, 20)).expect("the same search");
    assert!(files.asked.lock().map(|a| a.is_empty()).unwrap_or(false));
}

#[test]
fn broken_fragments_are_errors_never_other_results() {
    let text = generated(300);
    let reference = whole(&text);
    let word = reference
        .entry(0)
        .and_then(|e| e.title.split_whitespace().next().map(str::to_lowercase))
        .unwrap_or_default();
    let q = query(&word, None, None, SortOrder::Index);
    let options = BuildOptions::default();

    let broken = |change: &dyn Fn(&mut FileMap, &str)| -> String {
        let (mut files, sharded) = shard(&text, &options);
        change(&mut files.files, sharded.build());
        match now(sharded.page(&files, &q, 0, 20)) {
            Ok(page) => panic!(
                "a broken fragment gave a page of {} posts",
                page.entries.len()
            ),
            Err(f) => f.summary,
        }
    };
    let missing = broken(&|files, build| {
        files.retain(|p, _| !p.starts_with(&format!("f/{build}/p/")));
    });
    assert!(missing.contains("404"), "{missing}");
    let truncated = broken(&|files, build| {
        for (p, bytes) in files.iter_mut() {
            if p.starts_with(&format!("f/{build}/p/index/")) {
                bytes.truncate(bytes.len() - 1);
            }
        }
    });
    assert!(truncated.contains("cut short or malformed"), "{truncated}");
    let cut_json = broken(&|files, build| {
        for (p, bytes) in files.iter_mut() {
            if p.starts_with(&format!("f/{build}/g/")) {
                bytes.truncate(bytes.len() / 2);
            }
        }
    });
    assert!(cut_json.contains("cut short"), "{cut_json}");
    let other_build = broken(&|files, build| {
        for (p, bytes) in files.iter_mut() {
            if p.starts_with(&format!("f/{build}/l/")) {
                let t = String::from_utf8_lossy(bytes).replace(build, "0123456789abcdef");
                *bytes = t.into_bytes();
            }
        }
    });
    assert!(
        other_build.contains("from build 0123456789abcdef"),
        "{other_build}"
    );
    let other_version = broken(&|files, build| {
        for (p, bytes) in files.iter_mut() {
            if p.starts_with(&format!("f/{build}/g/")) {
                let t = String::from_utf8_lossy(bytes).replace("index-shards/1", "index-shards/2");
                *bytes = t.into_bytes();
            }
        }
    });
    assert!(
        other_version.contains("expected \"alphanode.index-shards/1\""),
        "{other_version}"
    );
}

#[test]
fn manifests_are_checked_field_by_field() {
    let url = format!("{BASE}manifest.json");
    let error = |text: &str| {
        ShardIndex::from_manifest(text, &url)
            .map(|_| ())
            .unwrap_err()
            .summary
    };
    assert!(error("{").contains("manifest.json"));
    assert!(
        error(r#"{"format":"alphanode.index-shards/9"}"#).contains("not alphanode.index-shards/9")
    );
    let good = r#"{"format":"alphanode.index-shards/1","build":"ab","posts":1,"chunk":20,"index":"../index.json","stacks":[],"difficulties":[],"buckets":1,"files":"f/ab/"}"#;
    assert!(ShardIndex::from_manifest(good, &url).is_ok());
    assert!(error(&good.replace("\"posts\":1", "\"posts\":\"1\"")).contains("`posts`"));
    assert!(error(&good.replace("f/ab/", "../../etc/")).contains("`files`"));
    assert!(error(&good.replace("\"stacks\":[]", "\"stacks\":[1]")).contains("`stacks[0]`"));
}

#[test]
fn a_rebuild_of_the_same_index_writes_the_same_files() {
    let text = generated(200);
    let (a, _) = shard(&text, &BuildOptions::default());
    let (b, _) = shard(&text, &BuildOptions::default());
    assert_eq!(a.files, b.files);
    let (c, _) = shard(
        &text.replacen("\"title\"", "\"title\" ", 1),
        &BuildOptions::default(),
    );
    assert_ne!(a.files.get("manifest.json"), c.files.get("manifest.json"));
}
