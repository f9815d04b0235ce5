//! What search engines and feed readers get from the static export
//! (`anp-render --index … --site-url`): each page's description, canonical link,
//! Open Graph and Twitter card tags and `BlogPosting` JSON-LD, read with a real HTML
//! parser (html5ever); the sitemap and the Atom feed read with a real XML parser
//! (roxmltree) and checked for the elements their schemas require.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use alphanode_widgets::model::parse_post;
use alphanode_widgets::seo::sitemap::{sitemaps, Limits};
use alphanode_widgets::seo::{self, SiteUrl};
use anp_html_reader::scraper::{Html, Selector};
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_anp-render");
const SITEMAP_NS: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";
const ATOM_NS: &str = "http://www.w3.org/2005/Atom";

/// A fresh scratch directory under the target's.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn run(args: &[&str], out: &Path) -> Output {
    Command::new(BIN)
        .args(args)
        .arg("--out")
        .arg(out)
        // The app's own index.html: it has a description of its own, which each
        // page's replaces.
        .args(["--template", "index.html"])
        .env("SOURCE_DATE_EPOCH", "1767225600")
        .output()
        .expect("run anp-render")
}

fn run_ok(args: &[&str], out: &Path) {
    let result = run(args, out);
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// One page's head, as a crawler reads it.
struct Head {
    html: String,
    doc: Html,
}

impl Head {
    fn read(path: &Path) -> Self {
        let html = read(path);
        let doc = Html::parse_document(&html);
        Self { html, doc }
    }

    /// Every value of `attribute` on the elements matching `selector`.
    fn all(&self, selector: &str, attribute: &str) -> Vec<String> {
        let selector = Selector::parse(selector).expect("selector");
        self.doc
            .select(&selector)
            .filter_map(|e| e.value().attr(attribute).map(str::to_owned))
            .collect()
    }

    /// The one value of `attribute` on the one element matching `selector`.
    fn one(&self, selector: &str, attribute: &str) -> Option<String> {
        let mut values = self.all(selector, attribute);
        assert!(values.len() <= 1, "{selector}: {values:?}");
        values.pop()
    }

    fn property(&self, name: &str) -> Option<String> {
        self.one(&format!(r#"head meta[property="{name}"]"#), "content")
    }

    fn name(&self, name: &str) -> Option<String> {
        self.one(&format!(r#"head meta[name="{name}"]"#), "content")
    }

    /// The page's JSON-LD, parsed: there must be exactly one, and it must be JSON.
    fn json_ld(&self) -> Value {
        let selector = Selector::parse(r#"script[type="application/ld+json"]"#).expect("selector");
        let scripts: Vec<String> = self
            .doc
            .select(&selector)
            .map(|e| e.text().collect())
            .collect();
        assert_eq!(scripts.len(), 1, "one JSON-LD script");
        serde_json::from_str(&scripts[0]).expect("the JSON-LD is JSON")
    }

    /// How many `<script>` elements the page has: post text never adds one.
    fn scripts(&self) -> usize {
        let selector = Selector::parse("script").expect("selector");
        self.doc.select(&selector).count()
    }
}

/// What every post page must say about its post.
fn check_post_page(head: &Head, json: &str, slug: &str, site: Option<&SiteUrl>) {
    let post = parse_post(json, None).value.expect("a post");
    let title = seo::clean_text(&post.title);
    let descriptions = head.all(r#"meta[name="description"]"#, "content");
    assert_eq!(descriptions.len(), 1, "{slug}: one description");
    let description = &descriptions[0];
    assert!(!description.is_empty(), "{slug}");
    assert!(
        description.chars().count() <= seo::DESCRIPTION_LIMIT,
        "{slug}: {description}"
    );
    if let Some(expected) = seo::describe(&post) {
        assert_eq!(description, &expected, "{slug}");
    }
    assert_eq!(
        head.property("og:title").as_deref(),
        Some(title.as_str()),
        "{slug}"
    );
    assert_eq!(
        head.property("og:description").as_ref(),
        Some(description),
        "{slug}"
    );
    assert_eq!(
        head.property("og:type").as_deref(),
        Some("article"),
        "{slug}"
    );
    assert_eq!(
        head.name("twitter:title").as_deref(),
        Some(title.as_str()),
        "{slug}"
    );
    assert_eq!(head.name("twitter:description").as_ref(), Some(description));
    let canonical = head.one(r#"head link[rel="canonical"]"#, "href");
    assert_eq!(canonical, site.map(|s| s.post(slug)), "{slug}");
    assert_eq!(head.property("og:url"), canonical, "{slug}");
    let image = head.property("og:image");
    match seo::first_image(&post) {
        Some(_) if site.is_some() => {
            let image = image
                .clone()
                .unwrap_or_else(|| panic!("{slug}: an og:image"));
            assert!(
                image.starts_with("https://") || image.starts_with("http://"),
                "{image}"
            );
        }
        Some(src) => assert_eq!(image.is_some(), src.starts_with("http"), "{slug}"),
        None => assert_eq!(image, None, "{slug}"),
    }
    let card = if image.is_some() {
        "summary_large_image"
    } else {
        "summary"
    };
    assert_eq!(head.name("twitter:card").as_deref(), Some(card), "{slug}");
    assert_eq!(head.name("twitter:image"), image, "{slug}");
    assert_eq!(
        head.property("og:locale"),
        post.lang.as_deref().map(seo::og_locale),
        "{slug}"
    );

    let ld = head.json_ld();
    assert_eq!(ld["@context"], "https://schema.org");
    assert_eq!(ld["@type"], "BlogPosting");
    assert_eq!(ld["headline"], title.as_str(), "{slug}");
    assert_eq!(
        ld["description"].as_str(),
        Some(description.as_str()),
        "{slug}"
    );
    assert_eq!(ld["url"].as_str(), canonical.as_deref(), "{slug}");
    assert_eq!(ld["mainEntityOfPage"]["@id"].as_str(), canonical.as_deref());
    assert_eq!(ld["image"][0].as_str(), image.as_deref(), "{slug}");
    assert_eq!(ld["inLanguage"].as_str(), post.lang.as_deref(), "{slug}");
    let keywords = seo::keywords(&post);
    if keywords.is_empty() {
        assert!(ld.get("keywords").is_none(), "{slug}");
    } else {
        assert_eq!(ld["keywords"], serde_json::json!(keywords), "{slug}");
    }
    // The text between the script's tags holds no `<` at all: nothing can end it early.
    let start = head
        .html
        .find(r#"<script type="application/ld+json">"#)
        .expect("JSON-LD");
    let rest = &head.html[start..];
    let body = &rest[..rest.find("</script>").expect("its end")];
    assert_eq!(body.matches('<').count(), 1, "{slug}: only the start tag's");
}

#[test]
fn every_sample_post_page_has_description_canonical_open_graph_and_blog_posting() {
    let out = scratch("seo-samples");
    run_ok(
        &[
            "--index",
            "public/posts/index.json",
            "--site-url",
            "https://example.com",
            "--base",
            "/blog/",
        ],
        &out,
    );
    let site = SiteUrl::parse("https://example.com/blog/", None).expect("site");
    let index: Value =
        serde_json::from_str(&read(Path::new("public/posts/index.json"))).expect("index");
    let mut pages = 0;
    for entry in index["posts"].as_array().expect("posts") {
        let slug = entry["slug"].as_str().expect("slug");
        let json = read(&Path::new("public/posts").join(format!("{slug}.json")));
        let head = Head::read(&out.join("posts").join(slug).join("index.html"));
        check_post_page(&head, &json, slug, Some(&site));
        // The reference post's summary, cut at a word for search results.
        if slug == "keeping-staging-close-to-production-python-services" {
            let d = head.name("description").expect("description");
            assert!(
                d.starts_with("this ai-style technical summary explains keeping staging"),
                "{d}"
            );
            assert!(d.ends_with('…') && !d.ends_with(" …"), "{d}");
            assert_eq!(head.json_ld()["identifier"], "alphanode-027517");
            assert!(head
                .property("og:image")
                .unwrap()
                .starts_with("https://images.unsplash.com/"));
        }
        assert_eq!(
            head.one(
                r#"link[rel="alternate"][type="application/atom+xml"]"#,
                "href"
            )
            .as_deref(),
            Some("https://example.com/blog/feed.xml")
        );
        pages += 1;
    }
    assert!(pages >= 50, "{pages} pages");

    // The index: the site's description, its canonical URL, a website.
    let head = Head::read(&out.join("index.html"));
    assert_eq!(
        head.all(r#"meta[name="description"]"#, "content"),
        [seo::DEFAULT_SITE_DESCRIPTION]
    );
    assert_eq!(
        head.one(r#"link[rel="canonical"]"#, "href").as_deref(),
        Some("https://example.com/blog/")
    );
    assert_eq!(head.property("og:type").as_deref(), Some("website"));
    assert!(head
        .all(r#"script[type="application/ld+json"]"#, "type")
        .is_empty());
    // Its links follow --base.
    assert!(head
        .html
        .contains(r#"href="/blog/posts/keeping-staging-close-to-production-python-services""#));
}

/// The adversarial corpus's documents that render, plus a few made here: a title that
/// tries to close the script, quotes of both kinds, right-to-left text, no summary,
/// no figure, a relative figure.
#[test]
fn adversarial_posts_get_escaped_tags_and_json_ld_that_no_text_can_close() {
    let dir = scratch("seo-adversarial");
    let posts = dir.join("posts");
    std::fs::create_dir_all(&posts).expect("posts dir");
    let expect: Value = serde_json::from_str(&read(Path::new("tests/adversarial/expect.json")))
        .expect("expect.json");
    let mut docs: Vec<(String, String)> = expect
        .as_object()
        .expect("an object")
        .iter()
        .filter(|(_, v)| v["state"] == "ready")
        .map(|(name, _)| {
            (
                name.clone(),
                read(&Path::new("tests/adversarial/docs").join(format!("{name}.json"))),
            )
        })
        .collect();
    let made = [
        (
            "closing-script",
            serde_json::json!({
                "title": "</script><script>alert(\"x\")</script> it's \"quoted\" & <b>bold</b>",
                "lang": "en-GB",
                "body": [{ "type": "paragraph", "text": "No summary: </script><!-- this paragraph is the description, \"cut\" at a word boundary if it runs past the limit of what search results show. More words to pass the limit for sure." }],
                "meta": { "topic": "</script>", "stack": ["a\"b", "c'd"] }
            }),
        ),
        (
            "right-to-left",
            serde_json::json!({
                "title": "كيف تحافظ على بيئة الاختبار قريبة من الإنتاج",
                "lang": "ar-EG",
                "body": [
                    { "type": "heading", "text": "مقدمة" },
                    { "type": "paragraph", "text": "هذه فقرة عربية تصف المقال." },
                    { "type": "image", "src": "img/figure.png", "alt": "صورة" }
                ],
                "meta": { "summary": "ملخص \"عربي\" قصير", "stack": "rust" }
            }),
        ),
        (
            "nothing-at-all",
            serde_json::json!({ "title": "Empty", "body": [] }),
        ),
    ];
    for (name, value) in &made {
        docs.push(((*name).to_owned(), value.to_string()));
    }
    let mut entries = Vec::new();
    for (name, json) in &docs {
        std::fs::write(posts.join(format!("{name}.json")), json).expect("write post");
        entries.push(serde_json::json!({ "slug": name, "title": name }));
    }
    let index = posts.join("index.json");
    std::fs::write(&index, serde_json::json!({ "posts": entries }).to_string()).expect("index");
    let out = dir.join("out");
    run_ok(
        &[
            "--index",
            index.to_str().expect("utf-8 path"),
            "--site-url",
            "https://example.com",
        ],
        &out,
    );
    let site = SiteUrl::parse("https://example.com", None).expect("site");
    let template_scripts = Head::read(Path::new("index.html")).scripts();
    for (name, json) in &docs {
        let head = Head::read(&out.join("posts").join(name).join("index.html"));
        check_post_page(&head, json, name, Some(&site));
        // The JSON-LD is the one script the export adds (the article may add none).
        assert_eq!(head.scripts(), template_scripts + 1, "{name}");
        assert!(!head.html.contains("<script>alert"), "{name}");
        assert!(!head.html.contains("<script>window.__canary"), "{name}");
    }
    let head = Head::read(&out.join("posts/closing-script/index.html"));
    assert_eq!(
        head.property("og:title").as_deref(),
        Some("</script><script>alert(\"x\")</script> it's \"quoted\" & <b>bold</b>")
    );
    assert_eq!(
        head.json_ld()["keywords"],
        serde_json::json!(["</script>", "a\"b", "c'd"])
    );
    assert_eq!(head.property("og:locale").as_deref(), Some("en_GB"));
    assert_eq!(head.property("og:image"), None, "no figure");
    assert!(head
        .name("description")
        .unwrap()
        .starts_with("No summary: </script><!-- this paragraph"));
    let head = Head::read(&out.join("posts/right-to-left/index.html"));
    assert_eq!(
        head.name("description").as_deref(),
        Some("ملخص \"عربي\" قصير")
    );
    assert_eq!(head.property("og:locale").as_deref(), Some("ar_EG"));
    assert_eq!(head.json_ld()["inLanguage"], "ar-EG");
    // A relative figure, absolute: against the post document, posts/{slug}.json.
    assert_eq!(
        head.property("og:image").as_deref(),
        Some("https://example.com/posts/img/figure.png")
    );
    assert_eq!(head.property("og:image:alt").as_deref(), Some("صورة"));
    let head = Head::read(&out.join("posts/nothing-at-all/index.html"));
    // No summary, no paragraph: the index entry's summary, and here it has none either,
    // so the title stands in (a page always has a description).
    assert!(head.name("description").is_some_and(|d| !d.is_empty()));
}

/// The sitemap's URLs, every file of it read with roxmltree; the index's too.
fn read_sitemaps(out: &Path) -> (Vec<String>, usize) {
    let text = read(&out.join("sitemap.xml"));
    let doc = roxmltree::Document::parse(&text).expect("sitemap.xml is XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().namespace(), Some(SITEMAP_NS));
    let locs = |node: roxmltree::Node, parent: &str| -> Vec<String> {
        node.children()
            .filter(|n| n.is_element())
            .map(|n| {
                assert_eq!(n.tag_name().name(), parent);
                assert_eq!(n.tag_name().namespace(), Some(SITEMAP_NS));
                let loc = n
                    .children()
                    .find(|c| c.has_tag_name((SITEMAP_NS, "loc")))
                    .and_then(|c| c.text())
                    .expect("every entry has a loc");
                assert!(
                    loc.starts_with("https://") || loc.starts_with("http://"),
                    "{loc}"
                );
                assert!(loc.len() < 2048, "{loc}");
                loc.to_owned()
            })
            .collect()
    };
    match root.tag_name().name() {
        "urlset" => (locs(root, "url"), 1),
        "sitemapindex" => {
            let files = locs(root, "sitemap");
            let mut urls = Vec::new();
            for file in &files {
                let name = file.rsplit('/').next().expect("a file name");
                let part = read(&out.join(name));
                let doc = roxmltree::Document::parse(&part).expect("a sitemap part is XML");
                assert!(
                    doc.root_element().has_tag_name((SITEMAP_NS, "urlset")),
                    "{name}"
                );
                urls.extend(locs(doc.root_element(), "url"));
            }
            (urls, files.len())
        }
        other => panic!("sitemap.xml's root is {other}"),
    }
}

#[test]
fn sitemap_feed_and_robots_parse_and_have_what_their_schemas_require() {
    let out = scratch("seo-xml");
    run_ok(
        &[
            "--index",
            "public/posts/index.json",
            "--site-url",
            "https://example.com/docs/posts/",
        ],
        &out,
    );
    let index: Value =
        serde_json::from_str(&read(Path::new("public/posts/index.json"))).expect("index");
    let slugs: Vec<&str> = index["posts"]
        .as_array()
        .expect("posts")
        .iter()
        .filter_map(|e| e["slug"].as_str())
        .collect();
    let site = SiteUrl::parse("https://example.com/docs/posts/", None).expect("site");

    let (urls, files) = read_sitemaps(&out);
    assert_eq!(files, 1);
    let mut expected = vec![site.index()];
    expected.extend(slugs.iter().map(|s| site.post(s)));
    assert_eq!(urls, expected);

    let text = read(&out.join("feed.xml"));
    let doc = roxmltree::Document::parse(&text).expect("feed.xml is XML");
    let feed = doc.root_element();
    assert!(feed.has_tag_name((ATOM_NS, "feed")));
    let child = |node: roxmltree::Node<'_, '_>, name: &str| -> Option<String> {
        node.children()
            .find(|c| c.has_tag_name((ATOM_NS, name)))
            .map(|c| c.text().unwrap_or_default().to_owned())
    };
    let rfc3339 = |t: &str| humantime::parse_rfc3339(t).unwrap_or_else(|e| panic!("{t}: {e}"));
    assert_eq!(
        child(feed, "id").as_deref(),
        Some("https://example.com/docs/posts/")
    );
    assert_eq!(child(feed, "title").as_deref(), Some("Posts — alphanode"));
    // SOURCE_DATE_EPOCH, as run() sets it.
    assert_eq!(
        child(feed, "updated").as_deref(),
        Some("2026-01-01T00:00:00Z")
    );
    assert!(
        child(feed, "author").is_some(),
        "a feed author, as entries name none"
    );
    let links = |node: roxmltree::Node<'_, '_>| -> Vec<(String, String)> {
        node.children()
            .filter(|c| c.has_tag_name((ATOM_NS, "link")))
            .map(|l| {
                (
                    l.attribute("rel").unwrap_or("alternate").to_owned(),
                    l.attribute("href").expect("href").to_owned(),
                )
            })
            .collect()
    };
    assert!(links(feed).contains(&(
        "self".into(),
        "https://example.com/docs/posts/feed.xml".into()
    )));
    let entries: Vec<_> = feed
        .children()
        .filter(|c| c.has_tag_name((ATOM_NS, "entry")))
        .collect();
    assert_eq!(entries.len(), seo::feed::FEED_ENTRIES);
    let mut ids = BTreeSet::new();
    for (entry, slug) in entries.iter().zip(&slugs) {
        let id = child(*entry, "id").expect("an entry id");
        assert_eq!(id, site.post(slug), "the publisher's order");
        assert!(ids.insert(id.clone()), "ids are unique");
        assert!(!child(*entry, "title").expect("a title").is_empty());
        rfc3339(&child(*entry, "updated").expect("updated"));
        assert!(links(*entry).contains(&("alternate".into(), id)));
        assert!(child(*entry, "summary").is_some_and(|s| !s.is_empty()));
    }

    assert_eq!(
        read(&out.join("robots.txt")),
        "User-agent: *\nAllow: /\n\nSitemap: https://example.com/docs/posts/sitemap.xml\n"
    );
}

#[test]
fn past_the_per_file_limit_the_sitemap_is_split_with_an_index() {
    // The library, with a small limit.
    let site = SiteUrl::parse("https://example.com", Some("/b/")).expect("site");
    let urls: Vec<String> = (0..25)
        .map(|i| site.post(&format!("post {i} & <more>")))
        .collect();
    let files = sitemaps(
        &urls,
        &site,
        Limits {
            urls: 10,
            ..Limits::default()
        },
    );
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "sitemap-1.xml",
            "sitemap-2.xml",
            "sitemap-3.xml",
            "sitemap.xml"
        ]
    );
    let dir = scratch("seo-split-lib");
    for (name, text) in &files {
        std::fs::write(dir.join(name), text).expect("write");
    }
    let (listed, parts) = read_sitemaps(&dir);
    assert_eq!((listed, parts), (urls, 3));

    // The CLI, with --sitemap-urls.
    let out = scratch("seo-split-cli");
    run_ok(
        &[
            "--index",
            "public/posts/index.json",
            "--site-url",
            "https://example.com",
            "--sitemap-urls",
            "20",
        ],
        &out,
    );
    let (listed, parts) = read_sitemaps(&out);
    let index: Value =
        serde_json::from_str(&read(Path::new("public/posts/index.json"))).expect("index");
    let posts = index["posts"].as_array().expect("posts").len();
    assert_eq!(listed.len(), posts + 1);
    assert_eq!(parts, (posts + 1).div_ceil(20));
    assert!(read(&out.join("robots.txt")).contains("Sitemap: https://example.com/sitemap.xml"));
}

#[test]
fn a_site_url_that_is_not_absolute_is_a_usage_error() {
    let out = scratch("seo-bad-url");
    for bad in [
        "example.com",
        "/blog/",
        "ftp://example.com",
        "https://",
        "https://example.com/?a=b",
    ] {
        let result = run(
            &["--index", "public/posts/index.json", "--site-url", bad],
            &out,
        );
        assert_eq!(result.status.code(), Some(2), "{bad}");
        let stderr = String::from_utf8_lossy(&result.stderr);
        assert!(stderr.contains("--site-url"), "{bad}: {stderr}");
    }
    let clash = run(
        &[
            "--index",
            "public/posts/index.json",
            "--site-url",
            "https://x.test/a/",
            "--base",
            "/b/",
        ],
        &out,
    );
    assert_eq!(clash.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&clash.stderr).contains("disagree"));
    assert!(!out.join("index.html").exists(), "nothing written");
}

#[test]
fn without_a_site_url_pages_get_what_needs_no_absolute_url_and_no_sitemap_or_feed() {
    let out = scratch("seo-no-site");
    run_ok(
        &[
            "--index",
            "public/posts/index.json",
            "--site-description",
            "My \"own\" <site>",
        ],
        &out,
    );
    for file in ["sitemap.xml", "feed.xml", "robots.txt"] {
        assert!(!out.join(file).exists(), "{file}");
    }
    let slug = "keeping-staging-close-to-production-python-services";
    let json = read(&Path::new("public/posts").join(format!("{slug}.json")));
    let head = Head::read(&out.join("posts").join(slug).join("index.html"));
    check_post_page(&head, &json, slug, None);
    assert_eq!(head.one(r#"link[rel="canonical"]"#, "href"), None);
    assert_eq!(head.property("og:url"), None);
    // The reference post's figures are absolute already.
    assert!(head.property("og:image").is_some());
    let index = Head::read(&out.join("index.html"));
    assert_eq!(
        index.name("description").as_deref(),
        Some("My \"own\" <site>")
    );
}
