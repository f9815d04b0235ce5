//! The URL policy resolves relative references against http(s) bases as browsers do:
//! a differential test against the `url` crate (the WHATWG URL Standard) over
//! web-platform-tests' `urltestdata.json` (tests/data/README.md).
//!
//! What the policy returns goes into `src`/`href`, where the browser parses it again,
//! against the host page's own URL. So the check is that this second parse, against
//! any page (http or https), gives what the browser would have resolved against the
//! post's URL. The policy refuses, on purpose, every scheme but http and https and
//! the empty reference (which WHATWG resolves to the base itself); those cases are
//! counted, not compared.
//!
//! Run with `cargo test --test url_whatwg`.

use alphanode_widgets::model::{check_url, UrlRefusal};
use serde_json::Value;
use url::Url;

/// What WHATWG resolves `reference` against `base` to, by the `url` crate. One
/// correction: for `//` followed by more slashes, url 2.5.8 takes the first two as the
/// authority's and then finds an empty host (an error), where the standard's "special
/// authority ignore slashes state" skips every slash before the host, as browsers do
/// (`///h/p` is `//h/p`). The reference is handed over with the run shortened to two.
fn whatwg(reference: &str, base: &Url) -> Option<Url> {
    let cleaned: String = reference
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let reference = match cleaned.strip_prefix("//") {
        Some(rest) if rest.starts_with(['/', '\\']) => {
            format!("//{}", rest.trim_start_matches(['/', '\\']))
        }
        _ => cleaned,
    };
    Url::options().base_url(Some(base)).parse(&reference).ok()
}

/// Pages the policy's output may land on: it must not depend on which.
const PAGES: [&str; 2] = [
    "https://host.test/page/index.html",
    "http://host.test/page/index.html",
];

#[test]
fn relative_references_resolve_as_whatwg_does() {
    let data: Vec<Value> =
        serde_json::from_str(include_str!("data/urltestdata.json")).expect("urltestdata.json");
    let (mut compared, mut refused) = (0, 0);
    let mut wrong = Vec::new();
    for case in data.iter().filter_map(Value::as_object) {
        let (Some(input), Some(base)) = (
            case.get("input").and_then(Value::as_str),
            case.get("base").and_then(Value::as_str),
        ) else {
            continue;
        };
        let Ok(base_url) = Url::parse(base) else {
            continue;
        };
        if !matches!(base_url.scheme(), "http" | "https") {
            continue;
        }
        let expected = whatwg(input, &base_url);
        let ours = match check_url(input, Some(base)) {
            Ok(ours) => ours,
            Err(UrlRefusal::Scheme(scheme)) => {
                println!("refused {input:?}: {scheme}");
                assert!(scheme != "http" && scheme != "https", "{input:?}: {scheme}");
                refused += 1;
                continue;
            }
            Err(UrlRefusal::Empty) => {
                println!("refused {input:?}: empty");
                refused += 1;
                continue;
            }
        };
        compared += 1;
        for page in PAGES {
            let page = Url::parse(page).expect("page URL");
            let landed = Url::options().base_url(Some(&page)).parse(&ours).ok();
            if landed.as_ref().map(Url::as_str) != expected.as_ref().map(Url::as_str) {
                wrong.push(format!(
                    "{input:?} against {base:?}: policy gave {ours:?}, which on {page} is {:?}; WHATWG: {:?}",
                    landed.as_ref().map(Url::as_str),
                    expected.as_ref().map(Url::as_str),
                ));
            }
        }
    }
    println!("{compared} references compared, {refused} refused by the policy");
    // The vendored data is fixed: a change in these counts is a change of policy.
    assert_eq!((compared, refused), (151, 39));
    assert!(
        wrong.is_empty(),
        "{} differences:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// References the test data leaves out (the two of issue #17 first), compared the
/// same way against a few bases.
#[test]
fn more_relative_references_resolve_as_whatwg_does() {
    let references = [
        "///example.org/../path",
        "#\\",
        "\\\\x\\y",
        "/\\x/y",
        "\\/x",
        "////x//y",
        "//x\\y?a\\b#c\\d",
        "?a\\b",
        "..%2e/x",
        "%2E%2e/x",
        ".%2E",
        "a/%2e/b",
        "..",
        "/..",
        "../../../x",
        "?",
        "#",
        "x?#",
        "//",
        "//@",
        "//u:p@h:81/x",
        "http:",
        "http:g",
        "https:/x/y",
        "http:\\\\x",
        "http:/\\x",
        "HTTP:g",
    ];
    let bases = [
        "http://example.org/",
        "http://example.org/foo/bar?q#f",
        "https://u:p@example.org:8443/a/b/",
        "https://example.org",
    ];
    let mut wrong = Vec::new();
    for base in bases {
        let base_url = Url::parse(base).expect("base");
        for reference in references {
            let expected = whatwg(reference, &base_url);
            let ours = check_url(reference, Some(base)).expect("a web reference");
            for page in PAGES {
                let page = Url::parse(page).expect("page URL");
                let landed = Url::options().base_url(Some(&page)).parse(&ours).ok();
                if landed.as_ref().map(Url::as_str) != expected.as_ref().map(Url::as_str) {
                    wrong.push(format!(
                        "{reference:?} against {base:?}: policy gave {ours:?}, on {page} {:?}; WHATWG: {:?}",
                        landed.as_ref().map(Url::as_str),
                        expected.as_ref().map(Url::as_str),
                    ));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} differences:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    // The two of the issue, as written.
    assert_eq!(
        check_url("///example.org/../path", Some("http://example.org/")).as_deref(),
        Ok("http://example.org/path")
    );
    assert_eq!(
        check_url("#\\", Some("http://example.org/")).as_deref(),
        Ok("http://example.org/#\\")
    );
}
