//! `anp-render`: pre-render posts to static HTML with the library's components.
//!
//! ```text
//! anp-render POST.json [--base-url URL] [--layout list|grid|table|compact]
//!            [--theme auto|light|dark|contrast] [--heading 1-6] [--link TEMPLATE]
//!            [--lang TAG] [--strings JSON]   > post.html
//! anp-render --index posts/index.json --out DIR --template dist/index.html [--base /]
//! anp-render --index posts/index.json --shards DIR [--chunk N]
//! anp-render --locales DIR
//! ```
//!
//! `--shards` splits the index into `alphanode.index-shards/1` files in `DIR`
//! (docs/index-shards.md): the app, finding `posts/shards/manifest.json`, then
//! fetches only what each list and search needs. The fragments of earlier builds are
//! removed, except those of the build the old manifest named (readers still on it
//! finish with them).
//!
//! `--locales` writes `DIR/{tag}.json` for every shipped locale but English: the
//! widget's strings the embed fetches for a reader of that language, from the
//! translations in the crate's `locales/{tag}.json` as compiled in (plural forms
//! `|`-separated, the form of a host's `strings` option; see `crate::i18n`).
//!
//! The first form prints the `<article class="anp-article">` fragment to put inside
//! `<div data-alphanode-post="URL">`. The second writes a crawlable page per post at
//! `DIR/posts/{slug}/index.html` and the index at `DIR/index.html`, from the app's
//! `index.html`. `--lang` is the reader's language (the widget's words and numbers;
//! `de-AT` falls back to `de`, unknown tags to English), as `data-alphanode-lang`; with
//! `--index` every page's `lang` and `dir` (on `<html>` and the app's shell, as the
//! app sets them) and the index page's own words (title, heading, count, reading
//! times) too. `--strings` is the host's own words, a JSON object as the embed's
//! `strings` option (`{"similar_title": "Related"}`). The shell and the index list
//! are the app's markup, from the writers the app uses.
//! Diagnostics go to stderr; errors exit with status 1, usage with 2.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use alphanode_widgets::components::{MetaLayout, Theme};
use alphanode_widgets::i18n::{AppText, Strings};
use alphanode_widgets::model::{parse_index, Diagnostic};
use alphanode_widgets::prerender::{
    fill_template, render_index, render_post, render_post_page, RenderOptions,
};

struct Args {
    post: Option<PathBuf>,
    index: Option<PathBuf>,
    out: Option<PathBuf>,
    template: Option<PathBuf>,
    locales: Option<PathBuf>,
    shards: Option<PathBuf>,
    chunk: Option<usize>,
    base: String,
    options: RenderOptions,
}

fn usage(message: &str) -> ExitCode {
    eprintln!("anp-render: {message}");
    eprintln!("usage: anp-render POST.json [--base-url URL] [--layout L] [--theme T] [--heading N] [--link TEMPLATE] [--lang TAG] [--strings JSON]");
    eprintln!("       anp-render --index posts/index.json --out DIR --template dist/index.html [--base /]");
    eprintln!("       anp-render --index posts/index.json --shards DIR [--chunk N]");
    eprintln!("       anp-render --locales DIR");
    ExitCode::from(2)
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        post: None,
        index: None,
        out: None,
        template: None,
        locales: None,
        shards: None,
        chunk: None,
        base: "/".to_owned(),
        options: RenderOptions::default(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--base-url" => args.options.base_url = Some(value("--base-url")?),
            "--layout" => {
                let v = value("--layout")?;
                args.options.layout = MetaLayout::parse(&v).ok_or(format!("unknown layout {v}"))?;
            }
            "--theme" => {
                let v = value("--theme")?;
                args.options.theme = Theme::parse(&v).ok_or(format!("unknown theme {v}"))?;
            }
            "--heading" => {
                let v = value("--heading")?;
                args.options.heading_level = v
                    .parse::<u8>()
                    .ok()
                    .filter(|l| (1..=6).contains(l))
                    .ok_or(format!("--heading takes 1 to 6, not {v}"))?;
            }
            "--link" => args.options.link_template = Some(value("--link")?),
            "--lang" => args.options.lang = Some(value("--lang")?),
            "--strings" => {
                let v = value("--strings")?;
                args.options.strings = alphanode_widgets::i18n::parse_overrides(&v)
                    .ok_or(format!("--strings takes a JSON object of strings, not {v}"))?;
            }
            "--locales" => args.locales = Some(value("--locales")?.into()),
            "--index" => args.index = Some(value("--index")?.into()),
            "--out" => args.out = Some(value("--out")?.into()),
            "--shards" => args.shards = Some(value("--shards")?.into()),
            "--chunk" => {
                let v = value("--chunk")?;
                args.chunk = Some(
                    v.parse::<usize>()
                        .ok()
                        .filter(|n| *n > 0)
                        .ok_or(format!("--chunk takes a whole number above 0, not {v}"))?,
                );
            }
            "--template" => args.template = Some(value("--template")?.into()),
            "--base" => args.base = value("--base")?,
            "-h" | "--help" => return Err("help".into()),
            other if other.starts_with('-') => return Err(format!("unknown option {other}")),
            other => args.post = Some(other.into()),
        }
    }
    Ok(args)
}

fn report(file: &Path, diagnostics: &[Diagnostic]) {
    for d in diagnostics {
        eprintln!("{}: {}: {d}", file.display(), d.severity.as_str());
    }
}

fn report_failure(file: &Path, failure: &alphanode_widgets::model::Failure) {
    if failure.diagnostics.is_empty() {
        eprintln!("{}: error: {}", file.display(), failure.summary);
    }
    report(file, &failure.diagnostics);
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

fn one(path: &Path, options: &RenderOptions) -> Result<bool, String> {
    let json = read(path)?;
    match render_post(&json, options) {
        Ok(rendered) => {
            report(path, &rendered.warnings);
            // A closed pipe (`| head`) is not an error worth a panic.
            let _ = writeln!(std::io::stdout().lock(), "{}", rendered.html);
            Ok(true)
        }
        Err(failure) => {
            report_failure(path, &failure);
            Ok(false)
        }
    }
}

fn corpus(args: &Args, index_path: &Path) -> Result<bool, String> {
    let out = args.out.as_ref().ok_or("--index needs --out DIR")?;
    let template = read(
        args.template
            .as_ref()
            .ok_or("--index needs --template dist/index.html")?,
    )?;
    let (index, warnings) = parse_index(&read(index_path)?, None)
        .into_result()
        .map_err(|f| format!("{}: {f}", index_path.display()))?;
    report(index_path, &warnings);
    let dir = index_path.parent().unwrap_or(Path::new("."));
    let base = args.base.trim_end_matches('/');
    let mut options = args.options.clone();
    options.link_template = Some(format!("{base}/posts/{{slug}}"));
    // The reader's language: the pages' own words, `lang` and `dir`.
    let strings = Strings::for_tag(args.options.lang.as_deref().unwrap_or("en"));
    let (mut ok, mut failed) = (0usize, 0usize);
    for entry in index.posts.iter().filter(|e| e.href.is_none()) {
        let file = dir.join(format!("{}.json", entry.slug));
        match render_post(&read(&file)?, &options) {
            Ok(rendered) => {
                report(&file, &rendered.warnings);
                let page = fill_template(
                    &template,
                    &strings,
                    base,
                    &rendered.post.title,
                    Some(entry.summary.as_str()).filter(|s| !s.is_empty()),
                    &render_post_page(&strings, base, &rendered.html),
                );
                write(
                    &out.join("posts").join(&entry.slug).join("index.html"),
                    &page,
                )?;
                ok += 1;
            }
            Err(failure) => {
                report_failure(&file, &failure);
                failed += 1;
            }
        }
    }
    let page = fill_template(
        &template,
        &strings,
        base,
        strings.app(AppText::Posts),
        None,
        &render_index(&index, base, &strings),
    );
    write(&out.join("index.html"), &page)?;
    eprintln!(
        "anp-render: {ok} post pages and the index written to {}; {failed} failed",
        out.display()
    );
    Ok(failed == 0)
}

/// The index, split into shards in `dir`.
fn shards(args: &Args, index_path: &Path, dir: &Path) -> Result<bool, String> {
    use alphanode_widgets::model::shards::{build, BuildOptions, MANIFEST};
    let text = read(index_path)?;
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let index_href = relative_href(dir, index_path)?;
    let previous = std::fs::read_to_string(dir.join(MANIFEST))
        .ok()
        .and_then(|m| serde_json::from_str::<serde_json::Value>(&m).ok())
        .and_then(|m| m.get("build").and_then(|b| b.as_str()).map(str::to_owned));
    let mut options = BuildOptions::default();
    if let Some(chunk) = args.chunk {
        options.chunk = chunk;
    }
    let mut made = std::collections::HashSet::new();
    let result = build(text, &index_href, &options, |path, bytes| {
        let file = dir.join(path);
        if let Some(parent) = file.parent() {
            if made.insert(parent.to_path_buf()) {
                std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
            }
        }
        if path == MANIFEST {
            // Replaced in one step: a reader sees the old manifest or the new one.
            let tmp = dir.join(format!("{MANIFEST}.tmp"));
            std::fs::write(&tmp, bytes).map_err(|e| e.to_string())?;
            std::fs::rename(&tmp, &file).map_err(|e| e.to_string())
        } else {
            std::fs::write(&file, bytes).map_err(|e| e.to_string())
        }
    });
    let report_ = match result {
        Ok(r) => r,
        Err(failure) => {
            report_failure(index_path, &failure);
            return Ok(false);
        }
    };
    report(index_path, &report_.warnings);
    if let Ok(builds) = std::fs::read_dir(dir.join("f")) {
        for old in builds.flatten() {
            let name = old.file_name().to_string_lossy().into_owned();
            if name != report_.build && Some(&name) != previous.as_ref() {
                let _ = std::fs::remove_dir_all(old.path());
            }
        }
    }
    eprintln!(
        "anp-render: {} posts, {} tokens: {} files, {} bytes, in {} (build {})",
        report_.posts,
        report_.tokens,
        report_.files,
        report_.bytes,
        dir.display(),
        report_.build
    );
    Ok(true)
}

/// `to` as a URL relative to the directory `from`, segments percent-encoded.
fn relative_href(from: &Path, to: &Path) -> Result<String, String> {
    let canon = |p: &Path| std::fs::canonicalize(p).map_err(|e| format!("{}: {e}", p.display()));
    let (from, to) = (canon(from)?, canon(to)?);
    let a: Vec<_> = from.components().collect();
    let b: Vec<_> = to.components().collect();
    let common = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut parts: Vec<String> = a.iter().skip(common).map(|_| "..".to_owned()).collect();
    for c in b.iter().skip(common) {
        let segment = c.as_os_str().to_string_lossy();
        let mut encoded = String::new();
        for byte in segment.bytes() {
            match byte {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                    encoded.push(char::from(byte))
                }
                _ => encoded.push_str(&format!("%{byte:02X}")),
            }
        }
        parts.push(encoded);
    }
    Ok(parts.join("/"))
}

/// The embed's locale files, from the translations compiled in (`locales/*.json`).
fn locales(dir: &Path) -> Result<bool, String> {
    for locale in alphanode_widgets::i18n::LOCALES
        .iter()
        .filter(|l| l.tag != "en")
    {
        let path = dir.join(format!("{}.json", locale.tag));
        write(&path, &alphanode_widgets::i18n::locale_json(locale))?;
    }
    Ok(true)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => return usage(&e),
    };
    let result = match (&args.index, &args.post) {
        _ if args.locales.is_some() => locales(args.locales.as_deref().unwrap_or(Path::new("."))),
        (Some(index), _) if args.shards.is_some() => shards(
            &args,
            index,
            args.shards.as_deref().unwrap_or(Path::new(".")),
        ),
        (Some(index), _) => corpus(&args, index),
        (None, Some(post)) => one(post, &args.options),
        (None, None) => return usage("give a post file or --index"),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("anp-render: {e}");
            ExitCode::from(1)
        }
    }
}
