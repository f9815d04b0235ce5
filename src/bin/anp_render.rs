//! `anp-render`: pre-render posts to static HTML with the library's components.
//!
//! ```text
//! anp-render POST.json [--base-url URL] [--layout list|grid|table|compact]
//!            [--theme auto|light|dark|contrast] [--heading 1-6] [--link TEMPLATE]
//!            [--lang TAG] [--strings JSON] [--meta-profile FILE]   > post.html
//! anp-render --index posts/index.json --out DIR --template dist/index.html [--base /]
//!            [--site-url URL] [--site-description TEXT] [--sitemap-urls N]
//! anp-render --index posts/index.json --shards DIR [--chunk N]
//! anp-render --locales DIR
//! anp-render --loading-shell dist/index.html [--base /]
//! ```
//!
//! `--shards` splits the index into `alphanode.index-shards/1` files in `DIR`
//! (docs/index-shards.md): the app, finding `posts/shards/manifest.json`, then
//! fetches only what each list and search needs. The fragments of earlier builds are
//! removed, except those of the build the old manifest named (readers still on it
//! finish with them).
//!
//! `--loading-shell` puts the app's header and a loading skeleton into the app's
//! `index.html` (the build runs it), so the page is never blank while the wasm loads;
//! the app takes its place when its page is ready. A page exported from that
//! template replaces the shell with its content.
//!
//! `--locales` writes `DIR/{tag}.json` for every shipped locale but English: the
//! widget's strings the embed fetches for a reader of that language, from the
//! translations in the crate's `locales/{tag}.json` as compiled in (plural forms
//! `|`-separated, the form of a host's `strings` option; see `crate::i18n`), and
//! `DIR/app/{tag}.json`, the app's and the preview's own strings (`app.*` keys), which
//! they fetch when built with the `lazy-locales` feature.
//!
//! The first form prints the `<article class="anp-article">` fragment to put inside
//! `<div data-alphanode-post="URL">`. The second writes a crawlable page per post at
//! `DIR/posts/{slug}/index.html` and the index at `DIR/index.html`, from the app's
//! `index.html`. `--lang` is the reader's language (the widget's words and numbers;
//! `de-AT` falls back to `de`, unknown tags to English), as `data-alphanode-lang`; with
//! `--index` every page's `lang` and `dir` (on `<html>` and the app's shell, as the
//! app sets them) and the index page's own words (title, heading, count, reading
//! times) too.
//!
//! Every page of the export gets a description (a post's summary, else its first
//! paragraph; the index's `--site-description`), Open Graph and Twitter card tags,
//! and each post a schema.org `BlogPosting` (see `alphanode_widgets::seo`).
//! `--site-url` is the absolute URL the export is served at (`https://example.com`,
//! or with the sub-path `https://example.com/blog/`, which is then `--base` too):
//! with it the pages also get their canonical link, `og:url` and absolute
//! `og:image`, and `DIR/sitemap.xml` (split into `sitemap-N.xml` and an index past
//! 50,000 URLs, or `--sitemap-urls N`), `DIR/feed.xml` (Atom, the first posts of the index) and
//! `DIR/robots.txt` are written. Without it none of those are: each needs absolute
//! URLs. `--strings` is the host's own words, a JSON object as the embed's
//! `strings` option (`{"similar_title": "Related"}`). The shell and the index list
//! are the app's markup, from the writers the app uses. `--meta-profile` is a meta
//! profile (docs/meta-profile.md), as the embed's `data-alphanode-meta-profile`, for
//! every post rendered (with `--index` too): a profile with an error is reported on
//! stderr, the posts are rendered with every key and the diagnostics shown (as the
//! widget does), and the exit status is 1.
//! Diagnostics go to stderr; errors exit with status 1, usage with 2.

// Feature `mimalloc` (see Cargo.toml): parsing allocates many small strings, which
// mimalloc serves faster than glibc's malloc.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use alphanode_widgets::components::{MetaLayout, Theme};
use alphanode_widgets::i18n::{AppText, Strings};
use alphanode_widgets::model::{parse_index, Diagnostic};
use alphanode_widgets::model::{IndexEntry, Post};
use alphanode_widgets::prerender::{
    fill_template, render_index, render_post, render_post_page, RenderOptions,
};
use alphanode_widgets::seo::head::{head_tags, insert_into_head, PageMeta};
use alphanode_widgets::seo::{
    self, document_title, feed, sitemap, SiteUrl, DEFAULT_SITE_DESCRIPTION,
};

struct Args {
    post: Option<PathBuf>,
    index: Option<PathBuf>,
    out: Option<PathBuf>,
    template: Option<PathBuf>,
    locales: Option<PathBuf>,
    /// `--loading-shell FILE`: the app's page to give a loading shell.
    loading_shell: Option<PathBuf>,
    shards: Option<PathBuf>,
    chunk: Option<usize>,
    base: String,
    /// `--site-url`, checked, with the base it implies.
    site: Option<SiteUrl>,
    /// `--site-description`.
    site_description: Option<String>,
    /// `--sitemap-urls`: URLs in one sitemap file.
    sitemap: sitemap::Limits,
    options: RenderOptions,
    /// `--meta-profile`: the file, for its diagnostics.
    profile_file: Option<PathBuf>,
}

fn usage(message: &str) -> ExitCode {
    eprintln!("anp-render: {message}");
    eprintln!("usage: anp-render POST.json [--base-url URL] [--layout L] [--theme T] [--heading N] [--link TEMPLATE] [--lang TAG] [--strings JSON] [--meta-profile FILE]");
    eprintln!("       anp-render --index posts/index.json --out DIR --template dist/index.html [--base /] [--site-url URL] [--site-description TEXT] [--sitemap-urls N]");
    eprintln!("       anp-render --index posts/index.json --shards DIR [--chunk N]");
    eprintln!("       anp-render --locales DIR");
    eprintln!("       anp-render --loading-shell dist/index.html [--base /]");
    ExitCode::from(2)
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        post: None,
        index: None,
        out: None,
        template: None,
        locales: None,
        loading_shell: None,
        shards: None,
        chunk: None,
        base: "/".to_owned(),
        site: None,
        site_description: None,
        sitemap: sitemap::Limits::default(),
        options: RenderOptions::default(),
        profile_file: None,
    };
    let (mut site_url, mut base_given) = (None, None);
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
            "--meta-profile" => {
                let path = PathBuf::from(value("--meta-profile")?);
                let text = read(&path)?;
                let profile = alphanode_widgets::model::MetaProfile::parse(&text);
                args.options.meta_profile = Some(std::sync::Arc::new(profile));
                args.profile_file = Some(path);
            }
            "--locales" => args.locales = Some(value("--locales")?.into()),
            "--loading-shell" => args.loading_shell = Some(value("--loading-shell")?.into()),
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
            "--base" => base_given = Some(value("--base")?),
            "--site-url" => site_url = Some(value("--site-url")?),
            "--site-description" => args.site_description = Some(value("--site-description")?),
            "--sitemap-urls" => {
                let v = value("--sitemap-urls")?;
                args.sitemap.urls = v
                    .parse::<usize>()
                    .ok()
                    .filter(|n| (1..=sitemap::MAX_URLS).contains(n))
                    .ok_or(format!(
                        "--sitemap-urls takes 1 to {}, not {v}",
                        sitemap::MAX_URLS
                    ))?;
            }
            "-h" | "--help" => return Err("help".into()),
            other if other.starts_with('-') => return Err(format!("unknown option {other}")),
            other => args.post = Some(other.into()),
        }
    }
    if let Some(base) = &base_given {
        args.base = base.clone();
    }
    if let Some(url) = site_url {
        let site = SiteUrl::parse(&url, base_given.as_deref())?;
        // A path in the site's URL is where the export lives: the links follow it.
        args.base = site.base().to_owned();
        args.site = Some(site);
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
    let site = args.site.as_ref();
    let mut seo = SeoExport::new(site);
    for entry in index.posts.iter().filter(|e| e.href.is_none()) {
        let file = dir.join(format!("{}.json", entry.slug));
        match render_post(&read(&file)?, &options) {
            Ok(rendered) => {
                report(&file, &rendered.warnings);
                let head = seo.post(&rendered.post, entry, &file);
                let mut page = fill_template(
                    &template,
                    &strings,
                    base,
                    &rendered.post.title,
                    head.description.as_deref(),
                    &render_post_page(&strings, base, &rendered.html),
                );
                insert_into_head(&mut page, &head_tags(&head));
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
    let title = strings.app(AppText::Posts);
    let description = args
        .site_description
        .as_deref()
        .unwrap_or(DEFAULT_SITE_DESCRIPTION);
    let head = seo.index(title, description, args.options.lang.as_deref());
    let mut page = fill_template(
        &template,
        &strings,
        base,
        title,
        head.description.as_deref(),
        &render_index(&index, base, &strings),
    );
    insert_into_head(&mut page, &head_tags(&head));
    write(&out.join("index.html"), &page)?;
    let files = seo.finish(&document_title(title), description, &strings, args.sitemap);
    for (name, text) in &files {
        write(&out.join(name), text)?;
    }
    eprintln!(
        "anp-render: {ok} post pages and the index written to {}{}; {failed} failed",
        out.display(),
        if files.is_empty() {
            String::new()
        } else {
            format!(
                ", with {}",
                files
                    .iter()
                    .map(|(n, _)| n.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        }
    );
    Ok(failed == 0)
}

/// The export's metadata as it is written: each page's head, and the sitemap, feed
/// and robots.txt collected along the way (those only with `--site-url`).
struct SeoExport<'a> {
    site: Option<&'a SiteUrl>,
    /// Every page written, index first, for the sitemap.
    urls: Vec<String>,
    /// The first posts, for the feed.
    entries: Vec<feed::Entry>,
}

impl<'a> SeoExport<'a> {
    fn new(site: Option<&'a SiteUrl>) -> Self {
        Self {
            site,
            urls: site
                .map(|s| vec![s.index()])
                .into_iter()
                .flatten()
                .collect(),
            entries: Vec::new(),
        }
    }

    /// The head of a post's page; the post joins the sitemap and, while there is
    /// room, the feed.
    fn post(&mut self, post: &Post, entry: &IndexEntry, file: &Path) -> PageMeta {
        let summary = Some(entry.summary.as_str()).filter(|s| !s.trim().is_empty());
        let mut head = PageMeta::post(post, &entry.slug, summary, self.site);
        if let Some(site) = self.site {
            head.feed = Some(site.page(feed::FEED_FILE));
            let url = site.post(&entry.slug);
            if self.entries.len() < feed::FEED_ENTRIES {
                let mut categories = seo::keywords(post);
                if categories.is_empty() {
                    categories = std::iter::once(&entry.topic)
                        .chain(&entry.stack)
                        .filter(|t| !t.is_empty())
                        .cloned()
                        .collect();
                }
                self.entries.push(feed::Entry {
                    url: url.clone(),
                    title: post.title.clone(),
                    summary: head.description.clone(),
                    updated: modified(file),
                    categories,
                    lang: post.lang.clone(),
                });
            }
            self.urls.push(url);
        }
        head
    }

    /// The index page's head.
    fn index(&self, title: &str, description: &str, lang: Option<&str>) -> PageMeta {
        PageMeta {
            title: title.to_owned(),
            description: Some(seo::cut_at_word(
                &seo::clean_text(description),
                seo::DESCRIPTION_LIMIT,
            )),
            canonical: self.site.map(SiteUrl::index),
            lang: lang.map(str::to_owned),
            feed: self.site.map(|s| s.page(feed::FEED_FILE)),
            ..PageMeta::default()
        }
    }

    /// sitemap.xml (or its parts and index), feed.xml and robots.txt; nothing without
    /// a site URL.
    fn finish(
        self,
        title: &str,
        description: &str,
        s: &Strings,
        limits: sitemap::Limits,
    ) -> Vec<(String, String)> {
        let Some(site) = self.site else {
            return Vec::new();
        };
        let mut files = sitemap::sitemaps(&self.urls, site, limits);
        let feed = feed::Feed {
            site: site.clone(),
            title: title.to_owned(),
            subtitle: Some(description.to_owned()),
            lang: Some(s.tag().to_owned()),
            entries: self.entries,
        };
        files.push((feed::FEED_FILE.to_owned(), feed::atom(&feed)));
        files.push(("robots.txt".to_owned(), sitemap::robots_txt(site)));
        files
    }
}

/// When the post's file last changed, as RFC 3339 (format 1 gives posts no dates): an
/// Atom entry's `updated`. `SOURCE_DATE_EPOCH`, when set, wins, for reproducible
/// builds; a file whose time can't be read counts as changed now.
fn modified(file: &Path) -> String {
    let epoch = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .map(|secs| std::time::UNIX_EPOCH + std::time::Duration::from_secs(secs));
    let time = epoch
        .or_else(|| std::fs::metadata(file).and_then(|m| m.modified()).ok())
        .unwrap_or_else(std::time::SystemTime::now);
    humantime::format_rfc3339_seconds(time).to_string()
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

/// The locale files the embed fetches (`DIR/{tag}.json`) and the app's own strings
/// (`DIR/app/{tag}.json`, for the app and the preview built with `lazy-locales`),
/// from the translations compiled in (`locales/*.json`).
fn locales(dir: &Path) -> Result<bool, String> {
    for locale in alphanode_widgets::i18n::LOCALES
        .iter()
        .filter(|l| l.tag != "en")
    {
        let path = dir.join(format!("{}.json", locale.tag));
        write(&path, &alphanode_widgets::i18n::locale_json(locale))?;
        let path = dir.join("app").join(format!("{}.json", locale.tag));
        write(&path, &alphanode_widgets::i18n::app_locale_json(locale))?;
    }
    Ok(true)
}

/// The app's `index.html` with its loading shell (the header and a skeleton, shown
/// before any wasm runs), rewritten in place.
fn loading_shell(args: &Args) -> Result<bool, String> {
    let Some(path) = args.loading_shell.as_deref() else {
        return Ok(true);
    };
    let page = read(path)?;
    write(
        path,
        &alphanode_widgets::prerender::fill_loading(&page, &args.base),
    )?;
    Ok(true)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => return usage(&e),
    };
    // Reported once, not per post; the posts still render (with every key).
    let mut profile_failed = false;
    if let (Some(file), Some(profile)) = (&args.profile_file, &args.options.meta_profile) {
        report(file, &profile.diagnostics);
        profile_failed = profile.has_errors();
    }
    let result = match (&args.index, &args.post) {
        _ if args.loading_shell.is_some() => loading_shell(&args),
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
        Ok(true) if profile_failed => ExitCode::from(1),
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("anp-render: {e}");
            ExitCode::from(1)
        }
    }
}
