//! Where a JSON path is in the source text, so an editor can put the cursor on the
//! value a diagnostic names.

/// One step of a parsed path string.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Step {
    Key(String),
    Index(usize),
}

/// Parse a path as [`JsonPath`](super::JsonPath) prints it (`$`, `body[3].text`,
/// `meta["view count"]`).
fn parse_path(path: &str) -> Option<Vec<Step>> {
    let mut steps = Vec::new();
    let mut rest = path.strip_prefix('$').unwrap_or(path);
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('[') {
            if after.starts_with('"') {
                // A JSON string key: find its end with serde_json itself.
                let mut de = serde_json::Deserializer::from_str(after).into_iter::<String>();
                let key = de.next()?.ok()?;
                let used = de.byte_offset();
                steps.push(Step::Key(key));
                rest = after.get(used..)?.strip_prefix(']')?;
            } else {
                let close = after.find(']')?;
                steps.push(Step::Index(after.get(..close)?.parse().ok()?));
                rest = after.get(close + 1..)?;
            }
        } else {
            let rest_key = rest.strip_prefix('.').unwrap_or(rest);
            let end = rest_key.find(['.', '[']).unwrap_or(rest_key.len());
            steps.push(Step::Key(rest_key.get(..end)?.to_owned()));
            rest = rest_key.get(end..)?;
        }
    }
    Some(steps)
}

/// The 1-based line and column (in characters) where the value at `path` starts in
/// `text`; for a missing field, where its parent object starts. `None` when the text
/// is not valid enough to walk.
///
/// ```
/// use alphanode_widgets::model::locate_path;
/// let text = "{\n  \"body\": [\n    {\"text\": 5}\n  ]\n}";
/// assert_eq!(locate_path(text, "body[0].text"), Some((3, 14)));
/// assert_eq!(locate_path(text, "body[0].missing"), Some((3, 5)));
/// ```
pub fn locate_path(text: &str, path: &str) -> Option<(usize, usize)> {
    locate_span(text, path).map(|span| line_col(text, span.start))
}

/// Where the value a path names is in the source text: byte offsets of its first and
/// past-its-last character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PathSpan {
    /// Byte offset where the value starts.
    pub start: usize,
    /// Byte offset just after the value (equal to `start` when its end is not found).
    pub end: usize,
    /// `false` when the path's last steps do not exist in the text (a missing field):
    /// the span is then the nearest enclosing value that does.
    pub exact: bool,
}

/// The span of the value at `path` in `text`, so an editor can select it; for a
/// missing field, the span of the nearest enclosing value. `None` when the path
/// cannot be read.
///
/// ```
/// use alphanode_widgets::model::{locate_span, PathSpan};
/// let text = r#"{"body": [{"text": 42, "x": "y"}]}"#;
/// let span = locate_span(text, "body[0].text").unwrap();
/// assert_eq!((&text[span.start..span.end], span.exact), ("42", true));
/// let parent = locate_span(text, "body[0].missing").unwrap();
/// assert_eq!((&text[parent.start..parent.end], parent.exact), (r#"{"text": 42, "x": "y"}"#, false));
/// ```
pub fn locate_span(text: &str, path: &str) -> Option<PathSpan> {
    let steps = parse_path(path)?;
    let bytes = text.as_bytes();
    let mut pos = skip_ws(bytes, 0);
    let mut exact = true;
    for step in &steps {
        let next = match (step, bytes.get(pos)) {
            (Step::Key(key), Some(b'{')) => find_key(text, pos, key),
            (Step::Index(index), Some(b'[')) => find_index(bytes, pos, *index),
            _ => None,
        };
        match next {
            Some(value_pos) => pos = value_pos,
            None => {
                exact = false;
                break;
            }
        }
    }
    let end = skip_value(bytes, pos).unwrap_or(pos);
    Some(PathSpan {
        start: pos,
        end,
        exact,
    })
}

fn skip_ws(bytes: &[u8], mut pos: usize) -> usize {
    while matches!(bytes.get(pos), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        pos += 1;
    }
    pos
}

/// End of the value starting at `pos` (strings, numbers, literals, nested containers).
fn skip_value(bytes: &[u8], pos: usize) -> Option<usize> {
    match bytes.get(pos)? {
        b'"' => skip_string(bytes, pos),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut i = pos;
            while let Some(&b) = bytes.get(i) {
                match b {
                    b'"' => {
                        i = skip_string(bytes, i)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth = depth.checked_sub(1)?;
                        if depth == 0 {
                            return Some(i + 1);
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            None
        }
        _ => {
            let mut i = pos;
            while let Some(&b) = bytes.get(i) {
                if matches!(b, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r') {
                    break;
                }
                i += 1;
            }
            Some(i)
        }
    }
}

fn skip_string(bytes: &[u8], pos: usize) -> Option<usize> {
    let mut i = pos + 1;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

/// Position of the value of the last occurrence of `key` in the object at `pos`
/// (the last wins, as in parsing).
fn find_key(text: &str, pos: usize, key: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = skip_ws(bytes, pos + 1);
    let mut found = None;
    while bytes.get(i) == Some(&b'"') {
        let end = skip_string(bytes, i)?;
        let name: String = serde_json::from_str(text.get(i..end)?).ok()?;
        let colon = skip_ws(bytes, end);
        if bytes.get(colon) != Some(&b':') {
            return found;
        }
        let value = skip_ws(bytes, colon + 1);
        if name == key {
            found = Some(value);
        }
        let after = skip_ws(bytes, skip_value(bytes, value)?);
        if bytes.get(after) != Some(&b',') {
            break;
        }
        i = skip_ws(bytes, after + 1);
    }
    found
}

fn find_index(bytes: &[u8], pos: usize, index: usize) -> Option<usize> {
    let mut i = skip_ws(bytes, pos + 1);
    for _ in 0..index {
        if bytes.get(i) == Some(&b']') {
            return None;
        }
        let after = skip_ws(bytes, skip_value(bytes, i)?);
        if bytes.get(after) != Some(&b',') {
            return None;
        }
        i = skip_ws(bytes, after + 1);
    }
    (bytes.get(i) != Some(&b']')).then_some(i)
}

fn line_col(text: &str, byte: usize) -> (usize, usize) {
    let before = text.get(..byte).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_values_by_path() {
        let text = r#"{"title": "t", "meta": {"view count": [1, {"a b": true}]}, "body": []}"#;
        assert_eq!(locate_path(text, "title"), Some((1, 11)));
        assert_eq!(
            locate_path(text, r#"meta["view count"][1]["a b"]"#),
            Some((1, 51))
        );
        assert_eq!(locate_path(text, "$"), Some((1, 1)));
        assert_eq!(locate_path(text, "body[4]"), Some((1, 68)));
        assert_eq!(locate_path("not json", "a"), Some((1, 1)));
    }

    #[test]
    fn spans_cover_whole_values() {
        let text = r#"{"title": "t \" x", "meta": {"a": [1, {"b": null}]}, "n": -1.5e3}"#;
        let cut = |path: &str| {
            locate_span(text, path)
                .map(|s| (text.get(s.start..s.end).unwrap_or("?").to_owned(), s.exact))
        };
        assert_eq!(cut("title"), Some((r#""t \" x""#.to_owned(), true)));
        assert_eq!(
            cut("meta.a"),
            Some((r#"[1, {"b": null}]"#.to_owned(), true))
        );
        assert_eq!(cut("meta.a[1].b"), Some(("null".to_owned(), true)));
        assert_eq!(cut("n"), Some(("-1.5e3".to_owned(), true)));
        assert_eq!(
            cut("meta.a[7]"),
            Some((r#"[1, {"b": null}]"#.to_owned(), false))
        );
        // Text that cannot be walked to the value: the document, never a panic.
        assert_eq!(
            locate_span(r#"{"a": "open"#, "a").map(|s| (s.start, s.end, s.exact)),
            Some((0, 0, false))
        );
    }

    #[test]
    fn paths_round_trip() {
        assert_eq!(
            parse_path(r#"meta["x\"y"].list[2]"#),
            Some(vec![
                Step::Key("meta".into()),
                Step::Key("x\"y".into()),
                Step::Key("list".into()),
                Step::Index(2)
            ])
        );
    }
}
