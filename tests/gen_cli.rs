//! The corpus generator as a user runs it: deterministic output, `--index-only`,
//! and clear errors.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_anp-gen");

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = fs::remove_dir_all(&dir);
    dir
}

fn generate(out: &Path, extra: &[&str]) {
    let status = Command::new(BIN)
        .args(["--posts", "40", "--seed", "7", "--out"])
        .arg(out)
        .args(extra)
        .output()
        .expect("run anp-gen");
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
}

fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("read output dir")
        .map(|e| {
            e.expect("dir entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    names
}

#[test]
fn same_arguments_same_bytes_and_index_only_writes_the_same_index() {
    let (a, b, only) = (scratch("gen-a"), scratch("gen-b"), scratch("gen-only"));
    generate(&a, &[]);
    generate(&b, &[]);
    generate(&only, &["--index-only"]);
    let names = files(&a);
    assert_eq!(names.len(), 41, "40 posts and index.json: {names:?}");
    assert_eq!(names, files(&b));
    for name in &names {
        assert_eq!(
            fs::read(a.join(name)).ok(),
            fs::read(b.join(name)).ok(),
            "{name} differs between runs"
        );
    }
    assert_eq!(files(&only), ["index.json"]);
    assert_eq!(
        fs::read(only.join("index.json")).ok(),
        fs::read(a.join("index.json")).ok()
    );
    let index = fs::read_to_string(a.join("index.json")).expect("index.json");
    let parsed = alphanode_widgets::model::parse_index(&index, None);
    assert_eq!(parsed.value.map(|i| i.posts.len()), Some(40));
}

#[test]
fn a_bad_argument_exits_2_with_the_usage() {
    let out = Command::new(BIN)
        .args(["--posts", "many"])
        .output()
        .expect("run anp-gen");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("--posts expects a non-negative integer, got `many`"),
        "{stderr}"
    );
    assert!(stderr.contains("usage: anp-gen"), "{stderr}");
}
