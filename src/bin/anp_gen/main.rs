//! `anp-gen`: a deterministic generator for alphanode post corpora.
//!
//! Writes `DIR/index.json` (format `alphanode.index/1`) and one `DIR/{slug}.json`
//! (format `alphanode.post/1`) per post, shaped like the reference post in
//! `docs/reference-post.txt`. The same arguments always produce
//! byte-identical files: all randomness comes from a small built-in splitmix64
//! generator seeded by `--seed`.
//!
//! ```text
//! anp-gen [--posts N] [--seed S] [--out DIR] [--meta-entries M]
//!         [--include-reference FILE] [--index-only]
//!
//!   --posts N                 generated posts (default 50)
//!   --seed S                  generator seed; post ids count up from S + 1 (default 27517)
//!   --out DIR                 output directory, created if missing (default public/posts)
//!   --meta-entries M          extra "metric NNNNN" entries per post meta (default 0)
//!   --include-reference FILE  copy this post into DIR as the first index entry and
//!                             link three generated posts to it
//!   --index-only              write index.json only, no post files (for index-scale
//!                             tests: a million posts' files would not fit a disk)
//! ```
//!
//! Example (the shipped sample corpus):
//!
//! ```text
//! cargo run --bin anp-gen -- --posts 50 --seed 27517 --out public/posts \
//!     --include-reference public/posts/keeping-staging-close-to-production-python-services.json
//! ```
//!
//! Errors are reported on stderr with exit code 2; `--help` prints the usage.

mod json;
mod plan;
mod reference;
mod rng;
mod text;
mod vocab;

use serde_json::{json, Value};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use json::{build_post, index_entry};
use plan::{link_posts, plan_posts};
use reference::load_reference;
use text::SlugRegistry;

const USAGE: &str = "usage: anp-gen [--posts N] [--seed S] [--out DIR] [--meta-entries M] \
[--include-reference FILE] [--index-only]";

/// Parsed command-line options.
#[derive(Debug)]
struct Args {
    posts: usize,
    seed: u64,
    out: PathBuf,
    meta_entries: usize,
    include_reference: Option<PathBuf>,
    index_only: bool,
}

/// What the command line asks for.
enum Command {
    Run(Args),
    Help,
}

fn parse_args(mut raw: impl Iterator<Item = String>) -> Result<Command, String> {
    let mut args = Args {
        posts: 50,
        seed: 27517,
        out: PathBuf::from("public/posts"),
        meta_entries: 0,
        include_reference: None,
        index_only: false,
    };
    while let Some(arg) = raw.next() {
        if arg == "-h" || arg == "--help" {
            return Ok(Command::Help);
        }
        if arg == "--index-only" {
            args.index_only = true;
            continue;
        }
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if arg.starts_with("--") => {
                (flag.to_string(), Some(value.to_string()))
            }
            _ => (arg.clone(), None),
        };
        let mut value = || -> Result<String, String> {
            match inline.clone().or_else(|| raw.next()) {
                Some(v) => Ok(v),
                None => Err(format!("{flag} needs a value")),
            }
        };
        match flag.as_str() {
            "--posts" => args.posts = parse_number(&flag, &value()?)?,
            "--seed" => args.seed = parse_number(&flag, &value()?)?,
            "--out" => args.out = PathBuf::from(value()?),
            "--meta-entries" => args.meta_entries = parse_number(&flag, &value()?)?,
            "--include-reference" => args.include_reference = Some(PathBuf::from(value()?)),
            _ => return Err(format!("unknown argument `{arg}`")),
        }
    }
    Ok(Command::Run(args))
}

fn parse_number<T: std::str::FromStr>(flag: &str, text: &str) -> Result<T, String> {
    text.parse()
        .map_err(|_| format!("{flag} expects a non-negative integer, got `{text}`"))
}

fn write_json(path: &Path, value: &Value) -> Result<(), String> {
    let mut bytes = serde_json::to_vec_pretty(value)
        .map_err(|e| format!("cannot serialize {}: {e}", path.display()))?;
    bytes.push(b'\n');
    write_bytes(path, &bytes)
}

fn write_bytes(path: &Path, bytes: &[u8]) -> Result<(), String> {
    fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn run(args: &Args) -> Result<usize, String> {
    let reference = args
        .include_reference
        .as_deref()
        .map(load_reference)
        .transpose()?;
    let mut slugs = SlugRegistry::default();
    slugs.reserve("index");
    if let Some(r) = &reference {
        slugs.reserve(&r.slug);
    }
    let mut specs = plan_posts(args, &mut slugs);
    link_posts(&mut specs, args.seed, reference.is_some());

    fs::create_dir_all(&args.out)
        .map_err(|e| format!("cannot create {}: {e}", args.out.display()))?;
    let mut entries = Vec::with_capacity(specs.len() + 1);
    if let Some(r) = reference.as_ref().filter(|_| !args.index_only) {
        write_bytes(&args.out.join(format!("{}.json", r.slug)), &r.bytes)?;
    }
    if let Some(r) = &reference {
        entries.push(r.entry.clone());
    }
    for (i, spec) in specs.iter().enumerate() {
        let (post, reading) = build_post(i, &specs, reference.as_ref(), args.meta_entries);
        if !args.index_only {
            write_json(&args.out.join(format!("{}.json", spec.slug)), &post)?;
        }
        entries.push(index_entry(spec, reading));
    }
    let written = entries.len();
    let index = json!({ "format": "alphanode.index/1", "posts": entries });
    write_json(&args.out.join("index.json"), &index)?;
    Ok(written)
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(Command::Run(args)) => args,
        Ok(Command::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("anp-gen: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(written) => {
            let what = if args.index_only {
                format!("index.json ({written} entries, no post files)")
            } else {
                format!("{written} posts and index.json")
            };
            eprintln!("anp-gen: wrote {what} to {}", args.out.display());
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("anp-gen: error: {message}");
            ExitCode::from(2)
        }
    }
}
