//! The class names are a public API (host CSS targets them), documented in one place:
//! the class table in README.md. This checks the table against what the components
//! render (every layout and state) and what the stylesheets style.
//!
//! Run with `cargo test --features ssr --test classes`.

use std::collections::BTreeSet;

use alphanode_widgets::components::{Article, ArticleState, MetaLayout};
use alphanode_widgets::model::{parse_post, Failure};
use alphanode_widgets::prerender::{render_article, RenderOptions};
use anp_html_reader::Doc;
use leptos::prelude::*;

/// Every class the README's class table names, expanded (`anp-meta` + `__text` +
/// `--unbroken` → `anp-meta__text--unbroken`), and the blocks listed for the app.
fn documented() -> (BTreeSet<String>, BTreeSet<String>) {
    let readme = std::fs::read_to_string("README.md").unwrap_or_default();
    let table = readme
        .split("## Class names (public API)")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .unwrap_or_default();
    let mut classes = BTreeSet::new();
    let mut app_blocks = BTreeSet::new();
    for row in table.lines().filter(|l| l.starts_with("| ")) {
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        let (Some(first), Some(rest)) = (cells.get(1), cells.get(2)) else {
            continue;
        };
        let tokens = |cell: &str| -> Vec<String> {
            cell.split('`')
                .skip(1)
                .step_by(2)
                .map(str::to_owned)
                .collect()
        };
        if first.starts_with("app") {
            app_blocks.extend(tokens(rest).into_iter().filter(|t| t.starts_with("anp-")));
            continue;
        }
        let mut block = String::new();
        let mut last = String::new();
        for token in tokens(first).into_iter().chain(tokens(rest)) {
            if token.starts_with("anp-") {
                block.clone_from(&token);
                last.clone_from(&token);
                classes.insert(token);
            } else if let Some(element) = token.strip_prefix("__") {
                last = format!("{block}__{element}");
                classes.insert(last.clone());
            } else if token.starts_with("--") && !last.is_empty() {
                classes.insert(format!("{last}{token}"));
            }
        }
    }
    (classes, app_blocks)
}

/// The `anp-` classes in rendered HTML, read by an HTML parser (which also checks that
/// the HTML is well formed).
fn rendered_classes(html: &str) -> BTreeSet<String> {
    Doc::parse(html)
        .all()
        .iter()
        .flat_map(|el| el.attr("class").unwrap_or("").split_whitespace())
        .filter(|c| c.starts_with("anp-"))
        .map(str::to_owned)
        .collect()
}

/// The `anp-` classes a stylesheet's selectors name.
fn styled_classes(css: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = css;
    while let Some(i) = rest.find(".anp-") {
        let tail = &rest[i + 1..];
        let end = tail
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(tail.len());
        if end > "anp-".len() {
            out.insert(tail[..end].to_owned());
        }
        rest = &tail[end..];
    }
    out
}

fn render_all() -> BTreeSet<String> {
    let posts = [
        include_str!("../public/posts/keeping-staging-close-to-production-python-services.json"),
        include_str!("e2e/pages/fixtures/showcase-post.json"),
        include_str!("e2e/pages/fixtures/rtl-post.json"),
        r#"{"title": "warnings", "body": [{"type": "mystery"}, {"type": "image", "src": "javascript:x"}],
            "meta": {"yes": true, "no": false, "nothing": null, "empty": [], "group": {},
                     "many": [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,
                              27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51],
                     "deep": {"a": {"b": {"c": {"d": 1}}}}},
            "similar": [{"title": "unlinked"}, {"title": "linked", "href": "https://a.test/", "image": "https://a.test/i.png"}]}"#,
    ];
    let mut states: Vec<ArticleState> = posts
        .iter()
        .map(|json| ArticleState::from_parsed(parse_post(json, None)))
        .collect();
    states.push(ArticleState::Loading);
    states.push(ArticleState::from_parsed(parse_post(
        r#"{"body": 1}"#,
        None,
    )));
    states.push(ArticleState::failed(Failure::message("offline")));
    let mut classes = BTreeSet::new();
    // A meta profile's groups, kinds and, when it has an error, its diagnostics.
    let profiled = ArticleState::from_parsed(parse_post(
        r#"{"title": "p", "body": [], "meta": {"a": "2024-03-05", "b": 5, "c": ["x", "y"], "d": 1}}"#,
        None,
    ));
    for profile in [
        r#"{"keys": [{"match": "a", "kind": "date"}, {"match": "b", "kind": "number", "unit": "min", "group": "g"}, {"match": "c", "kind": "badge"}]}"#,
        r#"{"keys": [{"match": "a", "kind": "sparkline"}]}"#,
    ] {
        let options = RenderOptions {
            meta_profile: Some(std::sync::Arc::new(
                alphanode_widgets::model::MetaProfile::parse(profile),
            )),
            ..RenderOptions::default()
        };
        classes.extend(rendered_classes(&render_article(&profiled, &options)));
    }
    for layout in MetaLayout::ALL {
        for state in &states {
            // The static HTML (the pre-renderer's, `<noscript>` fallbacks and all), and the
            // component's.
            let options = RenderOptions {
                layout,
                ..RenderOptions::default()
            };
            classes.extend(rendered_classes(&render_article(state, &options)));
            let state = state.clone();
            let owner = Owner::new();
            let html = owner.with(|| {
                view! { <Article state layout on_retry=Callback::new(|_| ()) /> }.to_html()
            });
            classes.extend(rendered_classes(&html));
        }
    }
    classes
}

#[test]
fn every_rendered_class_is_in_the_readme_table() {
    let (documented, _) = documented();
    assert!(
        documented.len() > 50,
        "the README class table was not found"
    );
    let missing: Vec<_> = render_all().difference(&documented).cloned().collect();
    assert!(
        missing.is_empty(),
        "rendered but not in README's class table: {missing:?}"
    );
}

#[test]
fn every_styled_class_is_documented() {
    let (documented, app_blocks) = documented();
    let widget = styled_classes(include_str!("../style/alphanode.css"));
    let missing: Vec<_> = widget.difference(&documented).cloned().collect();
    assert!(
        missing.is_empty(),
        "alphanode.css styles undocumented classes: {missing:?}"
    );
    // The app's classes belong to the blocks its row lists.
    let app = styled_classes(include_str!("../style/app.css"));
    let stray: Vec<_> = app
        .iter()
        .filter(|c| !documented.contains(*c))
        .filter(|c| {
            let block = c.split("__").next().unwrap_or(c);
            let block = block.split("--").next().unwrap_or(block);
            !app_blocks.contains(block)
        })
        .cloned()
        .collect();
    assert!(
        stray.is_empty(),
        "app.css styles classes of no documented block: {stray:?}"
    );
}

#[test]
fn the_documented_component_classes_are_all_rendered_or_styled() {
    let (documented, _) = documented();
    let used: BTreeSet<String> = render_all()
        .into_iter()
        .chain(styled_classes(include_str!("../style/alphanode.css")))
        .collect();
    let stale: Vec<_> = documented.difference(&used).cloned().collect();
    assert!(
        stale.is_empty(),
        "documented but neither rendered nor styled: {stale:?}"
    );
}

/// The `class` value of the root element of rendered HTML (the component's root).
fn root_class(html: &str) -> String {
    Doc::parse(html)
        .root()
        .attr("class")
        .unwrap_or_default()
        .to_owned()
}

/// The README's "Host classes" table: component name → its root's block class.
fn documented_roots() -> Vec<(String, String)> {
    let readme = std::fs::read_to_string("README.md").unwrap_or_default();
    let section = readme
        .split("### Host classes")
        .nth(1)
        .and_then(|rest| rest.split("\n#").next())
        .unwrap_or_default();
    section
        .lines()
        .filter(|l| l.starts_with("| `"))
        .filter_map(|row| {
            let cells: Vec<&str> = row.split('|').map(str::trim).collect();
            let strip = |c: &str| c.trim_matches('`').to_owned();
            Some((strip(cells.get(1)?), strip(cells.get(2)?)))
        })
        .collect()
}

/// Every public component takes `class`: the host's classes land on its root, after
/// the root's own `anp-` class, which the README's table names per component.
#[test]
fn the_class_prop_adds_host_classes_to_every_component_root() {
    use alphanode_widgets::components::{ArticleBody, Checklist, MetaBox, SimilarPosts};
    use alphanode_widgets::model::Checklist as ChecklistModel;
    let post = parse_post(
        include_str!("../public/posts/keeping-staging-close-to-production-python-services.json"),
        None,
    )
    .value
    .expect("the reference post parses");
    let html_of = |name: &str| -> String {
        let post = post.clone();
        let owner = Owner::new();
        owner.with(|| match name {
            "Article" => {
                let state =
                    ArticleState::from_parsed(parse_post(r#"{"title":"T","body":[]}"#, None));
                view! { <Article state class="host-a host-b" /> }.to_html()
            }
            "ArticleBody" => {
                view! { <ArticleBody blocks=post.body class="host-a host-b" /> }.to_html()
            }
            "Checklist" => {
                let checklist = ChecklistModel {
                    title: None,
                    items: vec![Default::default()],
                };
                view! { <Checklist checklist class="host-a host-b" /> }.to_html()
            }
            "MetaBox" => {
                let meta = post.meta.unwrap_or_default();
                view! { <MetaBox meta class="host-a host-b" /> }.to_html()
            }
            "SimilarPosts" => {
                view! { <SimilarPosts refs=post.similar class="host-a host-b" /> }.to_html()
            }
            other => panic!("README names a component the test does not know: {other}"),
        })
    };
    let roots = documented_roots();
    let names: BTreeSet<&str> = roots.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        BTreeSet::from([
            "Article",
            "ArticleBody",
            "Checklist",
            "MetaBox",
            "SimilarPosts"
        ]),
        "the README's host-class table lists every public component"
    );
    for (name, block) in roots {
        assert_eq!(
            root_class(&html_of(&name)),
            format!("{block} host-a host-b"),
            "{name}"
        );
    }
    // Without the prop, the root has its own class only.
    let owner = Owner::new();
    let html = owner.with(|| view! { <Article state=ArticleState::Loading /> }.to_html());
    assert_eq!(root_class(&html), "anp-article");
}
