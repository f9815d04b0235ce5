//! `ssr-bench`: renders every post of a corpus to HTML with the library's one render
//! entry (`prerender::render_post`, feature `ssr`: what the `Article` component, the
//! embed and `anp-render` write), the way a server would pre-render pages, and
//! reports posts per second.
//!
//! Two builds of it: `ssr-bench` with the system allocator, which a server that
//! links the library gets by default, and `ssr-bench-mimalloc` with mimalloc, the
//! allocator `anp-render` is built with for large sites (its feature `mimalloc`).
//! The parse allocates a string per JSON key and value, so the allocator is a large
//! share of the time (`perf`, about a fifth with glibc's).
//!
//! ```text
//! ssr-bench [--dir public/posts] [--rounds 7] [--passes 20] [--warmup 3] [--dump FILE]
//! ```
//!
//! `--dump FILE` also writes every post's HTML to FILE (one post per line, in
//! file-name order), to compare the output of two builds byte for byte.
//!
//! Each post is parsed from its JSON text (with the URL it would be served from as
//! the base) and rendered, so a round measures parse + render, the same work as
//! `bench/baseline/render-string.mjs`.
//! The last line of output is one JSON object for `bench/run.mjs`.

use std::time::Instant;

use alphanode_widgets::prerender::{render_post, RenderOptions};

struct Args {
    dir: String,
    rounds: usize,
    passes: usize,
    warmup: usize,
    dump: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        dir: "public/posts".to_owned(),
        rounds: 7,
        passes: 20,
        warmup: 3,
        dump: None,
    };
    let mut raw = std::env::args().skip(1);
    while let Some(flag) = raw.next() {
        let mut value = || raw.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--dir" => args.dir = value()?,
            "--rounds" => args.rounds = value()?.parse().map_err(|e| format!("--rounds: {e}"))?,
            "--passes" => args.passes = value()?.parse().map_err(|e| format!("--passes: {e}"))?,
            "--warmup" => args.warmup = value()?.parse().map_err(|e| format!("--warmup: {e}"))?,
            "--dump" => args.dump = Some(value()?),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(args)
}

/// The corpus: (options with the URL it would be served from, JSON text), in
/// file-name order.
fn load_corpus(dir: &str) -> Result<Vec<(RenderOptions, String)>, String> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {dir}: {e}"))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .filter(|p| p.file_stem().is_some_and(|s| s != "index"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let options = RenderOptions {
                base_url: Some(format!("http://127.0.0.1/posts/{name}")),
                ..RenderOptions::default()
            };
            Ok((options, text))
        })
        .collect()
}

/// Parse and render one post; returns the HTML length (0 for a post that does not
/// render, which the first pass refuses).
fn render_one(options: &RenderOptions, json: &str) -> usize {
    render_post(json, options).map_or(0, |rendered| rendered.html.len())
}

/// The benchmark, for `allocator` (the name it reports).
pub fn run(allocator: &str) {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("ssr-bench: {e}");
            std::process::exit(2);
        }
    };
    let corpus = match load_corpus(&args.dir) {
        Ok(c) if !c.is_empty() => c,
        Ok(_) => {
            eprintln!("ssr-bench: no posts in {}", args.dir);
            std::process::exit(2);
        }
        Err(e) => {
            eprintln!("ssr-bench: {e}");
            std::process::exit(2);
        }
    };
    let mut bytes = 0;
    let mut dump = String::new();
    for (options, json) in &corpus {
        match render_post(json, options) {
            Ok(rendered) => {
                bytes += rendered.html.len();
                if args.dump.is_some() {
                    dump.push_str(&rendered.html);
                    dump.push('\n');
                }
            }
            Err(failure) => {
                let url = options.base_url.as_deref().unwrap_or_default();
                eprintln!("ssr-bench: {url} does not render: {failure}");
                std::process::exit(2);
            }
        }
    }
    if let Some(file) = &args.dump {
        if let Err(e) = std::fs::write(file, &dump) {
            eprintln!("ssr-bench: {file}: {e}");
            std::process::exit(2);
        }
    }
    for _ in 0..args.warmup {
        for (u, j) in &corpus {
            std::hint::black_box(render_one(u, j));
        }
    }
    let mut rates = Vec::with_capacity(args.rounds);
    for round in 0..args.rounds {
        let started = Instant::now();
        let mut sink = 0usize;
        for _ in 0..args.passes {
            for (u, j) in &corpus {
                sink = sink.wrapping_add(render_one(u, j));
            }
        }
        std::hint::black_box(sink);
        let seconds = started.elapsed().as_secs_f64();
        let posts = (args.passes * corpus.len()) as f64;
        let rate = posts / seconds;
        println!("round {}: {posts} posts in {:.3} s = {rate:.0} posts/s", round + 1, seconds);
        rates.push(rate);
    }
    let list = rates.iter().map(|r| format!("{r:.1}")).collect::<Vec<_>>().join(",");
    println!(
        "{{\"posts\":{},\"htmlBytes\":{bytes},\"passes\":{},\"allocator\":\"{allocator}\",\"postsPerSecond\":[{list}]}}",
        corpus.len(),
        args.passes
    );
}
