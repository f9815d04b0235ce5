//! The URL policy of the format: absolute `http:`/`https:` or relative, nothing else.
//!
//! Relative references are resolved against the URL the document was loaded from
//! as browsers resolve them (the WHATWG URL Standard; `tests/url_whatwg.rs` compares
//! with the `url` crate over its test data), so a post fetched from `https://cdn.example/posts/a.json` with an
//! image `img/1.jpg` shows `https://cdn.example/posts/img/1.jpg`. Browsers strip
//! tabs and newlines from URLs and trim control characters, so the scheme check does
//! the same first: `java\tscript:` is refused like `javascript:`.

use std::fmt;

/// Why a URL was refused.
///
/// ```
/// use alphanode_widgets::model::{check_url, UrlRefusal};
/// assert_eq!(
///     check_url(" JavaScript:alert(1)", None),
///     Err(UrlRefusal::Scheme("javascript".into()))
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UrlRefusal {
    /// Nothing but white space.
    Empty,
    /// A scheme other than http/https (lower-cased).
    Scheme(String),
}

impl fmt::Display for UrlRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UrlRefusal::Empty => f.write_str("empty URL refused"),
            UrlRefusal::Scheme(s) => write!(
                f,
                "URL with scheme \"{s}:\" refused (only http, https and relative URLs are allowed)"
            ),
        }
    }
}

/// Check `raw` against the URL policy and resolve it against `base`.
///
/// Returns the URL to put in the DOM. `base` should be the absolute URL the
/// document was loaded from; with no base, relative URLs are returned as written.
///
/// ```
/// use alphanode_widgets::model::check_url;
/// assert_eq!(
///     check_url("img/a.png", Some("https://cdn.example/posts/p.json")).unwrap(),
///     "https://cdn.example/posts/img/a.png"
/// );
/// assert_eq!(check_url("https://x.test/a", None).unwrap(), "https://x.test/a");
/// assert!(check_url("data:text/html,hi", None).is_err());
/// ```
pub fn check_url(raw: &str, base: Option<&str>) -> Result<String, UrlRefusal> {
    let cleaned = clean(raw);
    if cleaned.is_empty() {
        return Err(UrlRefusal::Empty);
    }
    // `&#106;avascript:` is harmless as an attribute set through the DOM, but a host
    // that copies the value into HTML would decode it, so it is refused as well.
    let decoded = decode_entities(&cleaned);
    if decoded != cleaned {
        if let Some(scheme) = scheme_of(&clean(&decoded)) {
            if !is_web_scheme(&scheme) {
                return Err(UrlRefusal::Scheme(scheme));
            }
        }
    }
    match scheme_of(&cleaned) {
        Some(scheme) if is_web_scheme(&scheme) => Ok(match base.and_then(Base::parse) {
            Some(base) => base.resolve_web(&scheme, &cleaned),
            None => cleaned,
        }),
        Some(scheme) => Err(UrlRefusal::Scheme(scheme)),
        None => Ok(match base.and_then(Base::parse) {
            Some(base) => base.resolve(&cleaned),
            None => cleaned,
        }),
    }
}

/// `/` or `\`: the same in the scheme, authority and path of an http(s) URL (WHATWG).
fn is_slash(c: char) -> bool {
    c == '/' || c == '\\'
}

/// `true` when `raw` is an absolute http(s) URL (used to decide which meta strings become links).
///
/// ```
/// use alphanode_widgets::model::is_absolute_web_url;
/// assert!(is_absolute_web_url("https://example.com/x"));
/// assert!(!is_absolute_web_url("/relative"));
/// assert!(!is_absolute_web_url("javascript:alert(1)"));
/// ```
pub fn is_absolute_web_url(raw: &str) -> bool {
    // Most meta strings are words, not URLs: without a `:` there is no scheme, and
    // nothing needs cleaning or copying to say so.
    if !raw.contains(':') {
        return false;
    }
    let cleaned = clean_cow(raw);
    matches!(scheme_of(&cleaned), Some(s) if is_web_scheme(&s))
        && cleaned
            .split_once("://")
            .is_some_and(|(_, rest)| !rest.is_empty())
        && !cleaned.chars().any(char::is_whitespace)
}

fn is_web_scheme(scheme: &str) -> bool {
    scheme == "http" || scheme == "https"
}

/// [`clean`] without a copy when there is nothing to remove.
fn clean_cow(raw: &str) -> std::borrow::Cow<'_, str> {
    let trimmed = raw.trim_matches(|c: char| c <= ' ');
    if trimmed.contains(['\t', '\n', '\r']) {
        clean(trimmed).into()
    } else {
        trimmed.into()
    }
}

fn clean(raw: &str) -> String {
    raw.trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect()
}

/// The lower-cased scheme, when the string starts with one.
fn scheme_of(url: &str) -> Option<String> {
    let colon = url.find(':')?;
    let candidate = url.get(..colon)?;
    let mut chars = candidate.chars();
    let first_ok = matches!(chars.next(), Some(c) if c.is_ascii_alphabetic());
    let rest_ok = chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    (first_ok && rest_ok).then(|| candidate.to_ascii_lowercase())
}

/// Decode the character references a browser would decode in an attribute: numeric
/// ones with any number of digits and an optional `;`, and the named ones that can
/// spell a scheme (`&colon;`, `&Tab;`, `&NewLine;`).
fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(rest.get(..amp).unwrap_or_default());
        let after = rest.get(amp + 1..).unwrap_or_default();
        match decode_entity(after) {
            Some((c, used)) => {
                out.push(c);
                rest = after.get(used..).unwrap_or_default();
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character a reference starting right after `&` stands for, and how many bytes
/// it used (including a closing `;`).
fn decode_entity(after: &str) -> Option<(char, usize)> {
    let with_semicolon = |used: usize| {
        if after.get(used..used + 1) == Some(";") {
            used + 1
        } else {
            used
        }
    };
    if let Some(numeric) = after.strip_prefix('#') {
        let (hex, digits_from) = match numeric.get(..1) {
            Some("x") | Some("X") => (true, 2),
            _ => (false, 1),
        };
        let digits: String = after
            .get(digits_from..)?
            .chars()
            .take_while(|c| {
                if hex {
                    c.is_ascii_hexdigit()
                } else {
                    c.is_ascii_digit()
                }
            })
            .collect();
        if digits.is_empty() {
            return None;
        }
        let trimmed = digits.trim_start_matches('0');
        let code = if trimmed.is_empty() {
            0
        } else if trimmed.len() > 7 {
            0x110000 // out of range: decodes to U+FFFD, never a scheme letter
        } else {
            u32::from_str_radix(trimmed, if hex { 16 } else { 10 }).ok()?
        };
        let c = char::from_u32(code).unwrap_or('\u{fffd}');
        return Some((c, with_semicolon(digits_from + digits.len())));
    }
    let lower = after.get(..after.len().min(8))?.to_ascii_lowercase();
    for (name, c) in [
        ("colon", ':'),
        ("tab", '\t'),
        ("newline", '\n'),
        ("amp", '&'),
    ] {
        if lower.starts_with(name) {
            return Some((c, with_semicolon(name.len())));
        }
    }
    None
}

/// An absolute base URL split into RFC 3986 components.
struct Base<'a> {
    scheme: &'a str,
    authority: &'a str,
    path: &'a str,
    query: Option<&'a str>,
}

impl<'a> Base<'a> {
    fn parse(url: &'a str) -> Option<Self> {
        let colon = url.find(':')?;
        let scheme = url.get(..colon)?;
        // Only a web page can be a base: resolving against `javascript:` or `data:`
        // would turn a harmless relative reference into a refused scheme.
        if !scheme_of(url).is_some_and(|s| is_web_scheme(&s)) {
            return None;
        }
        let rest = url.get(colon + 1..)?;
        let rest = rest.split('#').next().unwrap_or_default();
        let (rest, query) = match rest.split_once('?') {
            Some((r, q)) => (r, Some(q)),
            None => (rest, None),
        };
        let (authority, path) = match rest.strip_prefix("//") {
            Some(after) => match after.find('/') {
                Some(slash) => (after.get(..slash)?, after.get(slash..)?),
                None => (after, ""),
            },
            None => ("", rest),
        };
        Some(Self {
            scheme,
            authority,
            path,
            query,
        })
    }

    /// An http(s) URL with its scheme written out, resolved as the WHATWG URL
    /// Standard does. With an authority (`http://h`, `http:\\h`) it is absolute
    /// and kept as written: browsers parse it the same on any page. Otherwise the
    /// page would matter, so it is resolved here: with the base's own scheme it is a
    /// relative reference (`http:g`, `http:/g`, `http:`), with the other scheme the
    /// rest is the authority (`https:/h/` is `https://h/`).
    fn resolve_web(&self, scheme: &str, url: &str) -> String {
        let rest = url.get(scheme.len() + 1..).unwrap_or_default();
        if rest.chars().take(2).filter(|c| is_slash(*c)).count() == 2 {
            return url.to_owned();
        }
        if self.scheme.eq_ignore_ascii_case(scheme) {
            return self.resolve(rest);
        }
        format!("{scheme}://{}", rest.trim_start_matches(is_slash))
    }

    /// A relative reference resolved as the WHATWG URL Standard does for an http(s)
    /// base (RFC 3986 §5 with the browsers' differences: `\` is `/` before the
    /// query, any number of slashes starts an authority, `%2e` is a dot). Parts the
    /// browser normalizes again when it parses the result (percent-encoding, host,
    /// port) are left as written.
    fn resolve(&self, reference: &str) -> String {
        // A fragment and a query are taken as written, backslashes and all.
        let (without_fragment, fragment) = match reference.split_once('#') {
            Some((r, f)) => (r, Some(f)),
            None => (reference, None),
        };
        let (ref_path, ref_query) = match without_fragment.split_once('?') {
            Some((p, q)) => (p, Some(q)),
            None => (without_fragment, None),
        };
        let ref_path = ref_path.replace('\\', "/");
        let (authority, path, query) = if let Some(after) = ref_path.strip_prefix("//") {
            // `///h/p` is `//h/p`: slashes before the host are skipped.
            let after = after.trim_start_matches('/');
            let (auth, p) = match after.find('/') {
                Some(slash) => after.split_at(slash),
                None => (after, ""),
            };
            (auth.to_owned(), remove_dot_segments(p), ref_query)
        } else if ref_path.is_empty() {
            (
                self.authority.to_owned(),
                self.path.to_owned(),
                ref_query.or(self.query),
            )
        } else if ref_path.starts_with('/') {
            (
                self.authority.to_owned(),
                remove_dot_segments(&ref_path),
                ref_query,
            )
        } else {
            (
                self.authority.to_owned(),
                remove_dot_segments(&self.merge(&ref_path)),
                ref_query,
            )
        };
        // Only http(s) bases get here, and they always have an authority (an empty
        // one makes an invalid URL, as it does in the browser).
        let mut out = format!("{}://{authority}", self.scheme);
        out.push_str(&path);
        if let Some(q) = query {
            out.push('?');
            out.push_str(q);
        }
        if let Some(f) = fragment {
            out.push('#');
            out.push_str(f);
        }
        out
    }

    fn merge(&self, ref_path: &str) -> String {
        if !self.authority.is_empty() && self.path.is_empty() {
            return format!("/{ref_path}");
        }
        match self.path.rfind('/') {
            Some(slash) => format!("{}{ref_path}", self.path.get(..=slash).unwrap_or("/")),
            None => ref_path.to_owned(),
        }
    }
}

/// 1 for a `.` segment, 2 for `..`, 0 otherwise; `%2e` is a dot (WHATWG).
fn dots(segment: &str) -> u8 {
    match segment.to_ascii_lowercase().as_str() {
        "." | "%2e" => 1,
        ".." | ".%2e" | "%2e." | "%2e%2e" => 2,
        _ => 0,
    }
}

fn remove_dot_segments(path: &str) -> String {
    let mut output: Vec<&str> = Vec::new();
    let absolute = path.starts_with('/');
    let segments: Vec<&str> = path.split('/').collect();
    let last = segments.len().saturating_sub(1);
    let mut trailing_slash = false;
    for (i, segment) in segments.iter().enumerate() {
        match dots(segment) {
            1 => trailing_slash = i == last,
            2 => {
                if output.len() > usize::from(absolute) {
                    output.pop();
                }
                trailing_slash = i == last;
            }
            _ => {
                output.push(segment);
                trailing_slash = false;
            }
        }
    }
    let mut joined = output.join("/");
    if absolute && !joined.starts_with('/') {
        joined.insert(0, '/');
    }
    if trailing_slash && !joined.ends_with('/') {
        joined.push('/');
    }
    joined
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "https://a.test/b/c/d.json?q=1";

    #[test]
    fn resolves_rfc3986_examples() {
        let base = Some("http://a/b/c/d;p?q");
        let cases = [
            ("g", "http://a/b/c/g"),
            ("./g", "http://a/b/c/g"),
            ("g/", "http://a/b/c/g/"),
            ("/g", "http://a/g"),
            ("//g", "http://g"),
            ("?y", "http://a/b/c/d;p?y"),
            ("g?y", "http://a/b/c/g?y"),
            ("#s", "http://a/b/c/d;p?q#s"),
            ("g#s", "http://a/b/c/g#s"),
            (";x", "http://a/b/c/;x"),
            (".", "http://a/b/c/"),
            ("./", "http://a/b/c/"),
            ("..", "http://a/b/"),
            ("../g", "http://a/b/g"),
            ("../..", "http://a/"),
            ("../../g", "http://a/g"),
            ("../../../g", "http://a/g"),
            ("/./g", "http://a/g"),
            ("g.", "http://a/b/c/g."),
            ("./../g", "http://a/b/g"),
        ];
        for (reference, expected) in cases {
            assert_eq!(
                check_url(reference, base).as_deref(),
                Ok(expected),
                "{reference}"
            );
        }
    }

    #[test]
    fn keeps_absolute_web_urls() {
        assert_eq!(
            check_url("HTTPS://x.test/", Some(BASE)).as_deref(),
            Ok("HTTPS://x.test/")
        );
        assert_eq!(
            check_url("  http://x.test/a  ", None).as_deref(),
            Ok("http://x.test/a")
        );
    }

    #[test]
    fn refuses_other_schemes_in_any_disguise() {
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "  javascript:alert(1)",
            "\u{1}javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "data:text/html,<script>",
            "vbscript:msgbox",
            "javascript&#58;alert(1)",
            "&#106;avascript:alert(1)",
            "javascript&colon;alert(1)",
            "&#x6A;avascript:alert(1)",
            "&#0000000106;avascript:alert(1)",
            "&#106avascript:alert(1)",
            "javascript&colonalert(1)",
            "&#X6a;avascript:alert(1)",
            "file:///etc/passwd",
        ] {
            assert!(check_url(bad, Some(BASE)).is_err(), "{bad:?} was accepted");
        }
        assert_eq!(check_url(" \t", None), Err(UrlRefusal::Empty));
    }

    #[test]
    fn relative_without_base_is_kept() {
        assert_eq!(check_url("img/a.png", None).as_deref(), Ok("img/a.png"));
        assert_eq!(check_url("/x", Some("not a url")).as_deref(), Ok("/x"));
    }

    #[test]
    fn backslashes_act_as_slashes() {
        assert_eq!(
            check_url("\\\\evil.test/x", Some(BASE)).as_deref(),
            Ok("https://evil.test/x")
        );
    }
}
