//! `anp-render` as a user runs it: fragments on stdout, diagnostics on stderr,
//! exit status 1 for documents that can't be rendered.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_anp-render");
const REFERENCE: &str = "public/posts/keeping-staging-close-to-production-python-services.json";

/// Run anp-render and require success, showing its stderr otherwise.
fn run_ok(command: &mut Command) -> std::process::Output {
    let out = command.output().expect("run anp-render");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

#[test]
fn renders_a_post_fragment() {
    let out = run_ok(Command::new(BIN).args([
        REFERENCE,
        "--heading",
        "2",
        "--layout",
        "table",
        "--theme",
        "dark",
    ]));
    let html = String::from_utf8_lossy(&out.stdout);
    assert!(html.starts_with("<article"));
    assert!(html.contains(r#"data-theme="dark""#));
    assert!(html.contains(r#"data-layout="table""#));
    assert!(html.contains(r#"<h2 class="anp-article__title" dir="auto">how to handle keeping staging close to production in python services</h2>"#));
    assert!(!html.contains("<!>"), "no hydration markers in static HTML");
    assert!(out.stderr.is_empty());
}

#[test]
fn bad_documents_exit_1_with_their_paths_on_stderr() {
    let dir = std::env::temp_dir().join(format!("anp-render-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let bad = dir.join("bad.json");
    std::fs::write(&bad, r#"{"title": 5, "body": [{"type": "video"}]}"#).expect("write");
    let out = Command::new(BIN)
        .arg(&bad)
        .output()
        .expect("run anp-render");
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("error: title: expected a string, found a number"),
        "{stderr}"
    );
    assert!(
        stderr.contains("warning: body[0].type: unknown block type \"video\""),
        "{stderr}"
    );
    let usage = Command::new(BIN)
        .arg("--nope")
        .output()
        .expect("run anp-render");
    assert_eq!(usage.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn exports_a_corpus_as_pages() {
    let dir = std::env::temp_dir().join(format!("anp-export-test-{}", std::process::id()));
    let template = dir.join("template.html");
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(
        &template,
        "<!DOCTYPE html><html><head><title>x</title></head><body></body></html>",
    )
    .expect("write");
    run_ok(
        Command::new(BIN)
            .args(["--index", "public/posts/index.json", "--out"])
            .arg(&dir)
            .arg("--template")
            .arg(&template),
    );
    let page = std::fs::read_to_string(
        dir.join("posts/keeping-staging-close-to-production-python-services/index.html"),
    )
    .expect("post page");
    assert!(page.contains("<title>how to handle keeping staging close to production in python services — alphanode</title>"));
    assert!(page.contains(r#"<div id="anp-prerender""#));
    assert!(page.contains(r#"<meta name="description""#));
    let index = std::fs::read_to_string(dir.join("index.html")).expect("index page");
    assert!(index.contains(r#"href="/posts/keeping-staging-close-to-production-python-services""#));
    assert!(index.contains(r#"<h1 class="anp-page__title">Posts</h1>"#));
    assert!(index.contains(" min read</p>"), "{index}");

    // The static index speaks the reader's language, as the app's does.
    let german = dir.join("de");
    run_ok(
        Command::new(BIN)
            .args([
                "--index",
                "public/posts/index.json",
                "--lang",
                "de",
                "--out",
            ])
            .arg(&german)
            .arg("--template")
            .arg(&template),
    );
    let index = std::fs::read_to_string(german.join("index.html")).expect("German index page");
    assert!(
        index.contains("<title>Beiträge — alphanode</title>"),
        "{index}"
    );
    assert!(index.contains(r#"<h1 class="anp-page__title">Beiträge</h1>"#));
    assert!(index.contains(" Min. Lesezeit</p>"), "{index}");
    assert!(!index.contains(">Posts<") && !index.contains("min read"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_exports_pages_have_the_apps_header_and_a_link_to_all_posts_under_the_base() {
    let dir = std::env::temp_dir().join(format!("anp-export-shell-{}", std::process::id()));
    let template = dir.join("template.html");
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(
        &template,
        "<!DOCTYPE html><html><head><title>x</title></head><body></body></html>",
    )
    .expect("write");
    for (lang, arrow, all_posts, tagline) in [
        ("en", "←", "All posts", "engineering posts"),
        // The arrow points where the reader's text starts.
        ("ar", "→", "كل المنشورات", "منشورات تقنية"),
    ] {
        let out = dir.join(lang);
        run_ok(
            Command::new(BIN)
                .args([
                    "--index",
                    "public/posts/index.json",
                    "--base",
                    "/docs/posts/",
                ])
                .args(["--lang", lang, "--out"])
                .arg(&out)
                .arg("--template")
                .arg(&template),
        );
        let header = format!(
            r#"<header class="anp-app__header"><a class="anp-app__brand" href="/docs/posts/">alphanode</a><span class="anp-app__tagline">{tagline}</span><noscript><span class="anp-app__nojs"></span></noscript><a class="anp-app__preview-link" href="/docs/posts/preview" rel="external">"#
        );
        // Every page: the site's header above `<main>`, its name linking to the index
        // under the base, the mark that hides the pickers without scripting, then
        // the preview's link and the app's pickers, disabled (the app's own take
        // their place).
        let index = std::fs::read_to_string(out.join("index.html")).expect("index page");
        assert!(index.contains(&header), "{lang} index: {index}");
        assert!(
            index.contains(r#"<select class="anp-app__lang-select" disabled="">"#),
            "{lang} index: {index}"
        );
        assert!(index.contains("</select></label></header><main class=\"anp-app__main\">"));
        let post = std::fs::read_to_string(
            out.join("posts/keeping-staging-close-to-production-python-services/index.html"),
        )
        .expect("post page");
        assert!(post.contains(&header), "{lang} post: {post}");
        // A post page: "All posts" back to the index, first in `<main>`, before the
        // article.
        let crumbs = format!(
            r#"<main class="anp-app__main"><nav class="anp-page__crumbs" aria-label="{}"><a class="anp-page__link" href="/docs/posts/">{arrow} {all_posts}</a></nav><article class="anp-article""#,
            if lang == "ar" {
                "مسار التنقل"
            } else {
                "Breadcrumb"
            }
        );
        assert!(post.contains(&crumbs), "{lang} post: {post}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn lang_gives_the_readers_words_numbers_and_direction() {
    let html = |lang: &str| {
        let out = run_ok(Command::new(BIN).args([REFERENCE, "--lang", lang]));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let de = html("de-AT");
    assert!(de.contains(">Ähnliche Beiträge</h2>"), "{de}");
    assert!(de.contains(">0 von 5 erledigt</p>"));
    assert!(de.contains(">46.156</data>"), "numbers the German way");
    assert!(!de.contains("Similar Posts"));
    assert!(de.contains(r#"dir="ltr""#));
    let ar = html("ar");
    assert!(ar.contains(r#"dir="rtl""#));
    assert!(ar.contains("منشورات مشابهة"));
    // Unknown languages are English, not an error.
    assert!(html("sv").contains(">Similar Posts</h2>"));
}

#[test]
fn locales_writes_one_file_per_language_but_english() {
    let dir = std::env::temp_dir().join(format!("anp-locales-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    run_ok(Command::new(BIN).arg("--locales").arg(&dir));
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    // 14 languages, and the folder of the app's own strings.
    assert_eq!(names.len(), 15, "{names:?}");
    assert!(!names.contains(&"en.json".to_owned()));
    let app_de: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("app/de.json")).unwrap()).unwrap();
    assert_eq!(app_de["app.language"], "Sprache");
    assert_eq!(
        app_de.as_object().unwrap().len(),
        alphanode_widgets::i18n::AppText::ALL.len()
    );
    let ja: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("ja.json")).unwrap()).unwrap();
    assert_eq!(ja["similar_title"], "関連する投稿");
    assert_eq!(
        ja.as_object().unwrap().len(),
        alphanode_widgets::i18n::Text::ALL.len()
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn shards_an_index_and_keeps_the_previous_build_for_its_readers() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-shards");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    let index = dir.join("index.json");
    let write_index = |title: &str| {
        std::fs::write(
            &index,
            format!(r#"{{"posts":[{{"slug":"a","title":"{title}"}},{{"slug":"b","title":"Two","href":"elsewhere/b.json"}},{{"title":"no slug"}}]}}"#),
        )
        .expect("write the index");
    };
    let shards = dir.join("shards");
    let build = || {
        let out = run_ok(
            Command::new(BIN)
                .arg("--index")
                .arg(&index)
                .arg("--shards")
                .arg(&shards),
        );
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        let manifest: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(shards.join("manifest.json")).expect("a manifest"),
        )
        .expect("the manifest is JSON");
        (stderr, manifest)
    };
    write_index("One");
    let (stderr, first) = build();
    assert!(
        stderr.contains("posts[2]: an index entry needs a slug or an href; skipped"),
        "{stderr}"
    );
    assert!(stderr.contains("2 posts"), "{stderr}");
    assert_eq!(first["posts"], 2);
    assert_eq!(first["index"], "../index.json");
    let builds = || {
        let mut names: Vec<String> = std::fs::read_dir(shards.join("f"))
            .expect("f/")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    let chunk = std::fs::read_to_string(shards.join(format!(
        "{}l/index/0.json",
        first["files"].as_str().unwrap_or_default()
    )))
    .expect("the first chunk");
    assert!(
        chunk.contains(r#""href":"elsewhere/b.json""#),
        "posts are kept as written: {chunk}"
    );

    write_index("Changed");
    let (_, second) = build();
    assert_ne!(first["build"], second["build"]);
    assert_eq!(
        builds().len(),
        2,
        "the old manifest's build stays for its readers"
    );
    write_index("Again");
    let (_, third) = build();
    let mut want = vec![
        second["build"].as_str().unwrap_or_default().to_owned(),
        third["build"].as_str().unwrap_or_default().to_owned(),
    ];
    want.sort();
    assert_eq!(builds(), want, "older builds are removed");

    let bad = dir.join("bad.json");
    std::fs::write(&bad, "{\"posts\": [").expect("write");
    let out = Command::new(BIN)
        .arg("--index")
        .arg(&bad)
        .arg("--shards")
        .arg(dir.join("bad-shards"))
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("the JSON ends too early"));
}

#[test]
fn strings_put_the_hosts_words_over_the_languages() {
    let out = run_ok(Command::new(BIN).args([
        REFERENCE,
        "--lang",
        "de",
        "--strings",
        r#"{"similar_title": "Weiterlesen", "n": 3}"#,
    ]));
    let html = String::from_utf8_lossy(&out.stdout);
    assert!(html.contains(">Weiterlesen<"), "the host's word");
    assert!(!html.contains("Ähnliche Beiträge"), "not German's own");
    assert!(
        html.contains("0 von 5 erledigt"),
        "German's other words stay"
    );

    let bad = Command::new(BIN)
        .args([REFERENCE, "--strings", "[1]"])
        .output()
        .expect("run anp-render");
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--strings takes a JSON object"));
}
