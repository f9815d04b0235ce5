//! The editor's highlighter: JSON tokens, diagnostic markers and the matching bracket
//! of the caret, as HTML for the lines on screen only.
//!
//! A JSON string cannot hold a raw line break, so every line can be tokenized on its
//! own: the highlighter never looks at lines that are off screen, which keeps typing in
//! the 10,000-entry sample as quick as in a short post.

use std::fmt::Write as _;

use crate::model::Severity;

/// What a run of a line's text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// An object key (a string followed by `:`).
    Key,
    /// Any other string (also an unterminated one, to the end of the line).
    String,
    Number,
    /// `true`, `false`, `null`.
    Literal,
    /// `{ } [ ] , :`
    Punct,
    /// Spaces and anything that is not JSON.
    Plain,
}

impl Kind {
    fn class(self) -> Option<&'static str> {
        match self {
            Kind::Key => Some("anp-editor__key"),
            Kind::String => Some("anp-editor__string"),
            Kind::Number => Some("anp-editor__number"),
            Kind::Literal => Some("anp-editor__literal"),
            Kind::Punct => Some("anp-editor__punct"),
            Kind::Plain => None,
        }
    }
}

/// The tokens of one line: `(start, end, kind)` in bytes of `line`, covering it whole.
///
/// ```ignore
/// tokens(r#"  "a": [1, true]"#) // Plain, Key, Punct, Plain, Punct, Number, …
/// ```
pub(super) fn tokens(line: &str) -> Vec<(usize, usize, Kind)> {
    let bytes = line.as_bytes();
    let mut out: Vec<(usize, usize, Kind)> = Vec::new();
    let mut push = |start: usize, end: usize, kind: Kind| {
        if let Some(last) = out.last_mut() {
            if last.2 == kind && last.1 == start && kind == Kind::Plain {
                last.1 = end;
                return;
            }
        }
        out.push((start, end, kind));
    };
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let start = i;
        match b {
            b'"' => {
                i += 1;
                while let Some(&c) = bytes.get(i) {
                    i += 1;
                    match c {
                        b'\\' => i += 1,
                        b'"' => break,
                        _ => {}
                    }
                }
                i = i.min(bytes.len());
                let mut after = i;
                while matches!(bytes.get(after), Some(b' ' | b'\t')) {
                    after += 1;
                }
                let kind = if bytes.get(after) == Some(&b':') {
                    Kind::Key
                } else {
                    Kind::String
                };
                push(start, i, kind);
            }
            b'{' | b'}' | b'[' | b']' | b',' | b':' => {
                i += 1;
                push(start, i, Kind::Punct);
            }
            b'-' | b'0'..=b'9' => {
                while matches!(
                    bytes.get(i),
                    Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')
                ) {
                    i += 1;
                }
                push(start, i, Kind::Number);
            }
            b'a'..=b'z' | b'A'..=b'Z' => {
                while matches!(
                    bytes.get(i),
                    Some(b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_')
                ) {
                    i += 1;
                }
                let word = line.get(start..i).unwrap_or_default();
                let kind = if matches!(word, "true" | "false" | "null") {
                    Kind::Literal
                } else {
                    Kind::Plain
                };
                push(start, i, kind);
            }
            _ => {
                // One character, whole: `line` may hold any UTF-8.
                let len = line
                    .get(i..)
                    .and_then(|rest| rest.chars().next())
                    .map_or(1, char::len_utf8);
                i += len;
                push(start, i, Kind::Plain);
            }
        }
    }
    out
}

/// A marked range of the text: a diagnostic or a matching bracket.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Mark {
    /// Byte range in the whole text.
    pub start: usize,
    pub end: usize,
    pub what: MarkKind,
}

/// What a [`Mark`] is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum MarkKind {
    /// A diagnostic, with the text shown on hover and when the caret is in it.
    Problem { severity: Severity, message: String },
    /// The bracket at the caret or its partner.
    Bracket,
}

/// Byte offsets where each line starts.
pub(super) fn line_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    starts.extend(
        text.bytes()
            .enumerate()
            .filter(|(_, b)| *b == b'\n')
            .map(|(i, _)| i + 1),
    );
    starts
}

/// The HTML of lines `first..last` (0-based, clamped) of `text`: one line per row,
/// tokens and marks as `anp-editor__*` spans. Marks carry their range in UTF-16 units
/// (`data-from`, `data-to`) so a click can select it in the textarea. The editor
/// uses [`render_line_list`]; this whole-block form is what the tests read best.
#[cfg(test)]
pub(super) fn render_lines(
    text: &str,
    starts: &[usize],
    first: usize,
    last: usize,
    marks: &[Mark],
) -> String {
    let mut html = String::new();
    for line in render_line_list(text, starts, first, last, marks) {
        html.push_str(&line);
        html.push('\n');
    }
    html
}

/// [`render_lines`] one line at a time, without the line breaks, so the editor can
/// replace only the lines that changed.
pub(super) fn render_line_list(
    text: &str,
    starts: &[usize],
    first: usize,
    last: usize,
    marks: &[Mark],
) -> Vec<String> {
    let mut list = Vec::new();
    let last = last.min(starts.len());
    for n in first..last {
        let mut html = String::new();
        let (Some(&from), to) = (starts.get(n), starts.get(n + 1).map(|s| s - 1)) else {
            continue;
        };
        let to = to.unwrap_or(text.len());
        let line = text.get(from..to).unwrap_or_default();
        let line = line.strip_suffix('\r').unwrap_or(line);
        let here: Vec<&Mark> = marks
            .iter()
            .filter(|m| m.start < from + line.len().max(1) && m.end.max(m.start + 1) > from)
            .collect();
        for (start, end, kind) in tokens(line) {
            // Split the token where a mark begins or ends.
            let mut cuts = vec![start, end];
            for m in &here {
                for edge in [m.start, m.end] {
                    if edge > from + start && edge < from + end {
                        cuts.push(edge - from);
                    }
                }
            }
            cuts.sort_unstable();
            cuts.dedup();
            for pair in cuts.windows(2) {
                let (Some(&a), Some(&b)) = (pair.first(), pair.get(1)) else {
                    continue;
                };
                let covering: Vec<&&Mark> = here
                    .iter()
                    .filter(|m| m.start <= from + a && m.end.max(m.start + 1) >= from + b)
                    .collect();
                piece(
                    &mut html,
                    text,
                    line.get(a..b).unwrap_or_default(),
                    kind,
                    &covering,
                );
            }
        }
        list.push(html);
    }
    list
}

fn piece(html: &mut String, text: &str, content: &str, kind: Kind, marks: &[&&Mark]) {
    let mut classes: Vec<&str> = kind.class().into_iter().collect();
    let mut title = None;
    let mut range = None;
    for m in marks {
        match &m.what {
            MarkKind::Bracket => classes.push("anp-editor__bracket"),
            MarkKind::Problem { severity, message } => {
                classes.push("anp-editor__marker");
                classes.push(match severity {
                    Severity::Error => "anp-editor__marker--error",
                    Severity::Warning => "anp-editor__marker--warning",
                });
                if title.is_none() {
                    title = Some(message.as_str());
                    range = Some((utf16_at(text, m.start), utf16_at(text, m.end)));
                }
            }
        }
    }
    if classes.is_empty() {
        escape_into(html, content);
        return;
    }
    let _ = write!(html, "<span class=\"{}\"", classes.join(" "));
    if let Some(title) = title {
        html.push_str(" title=\"");
        escape_into(html, title);
        html.push('"');
    }
    if let Some((from, to)) = range {
        let _ = write!(html, " data-from=\"{from}\" data-to=\"{to}\"");
    }
    html.push('>');
    escape_into(html, content);
    html.push_str("</span>");
}

fn escape_into(html: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => html.push_str("&amp;"),
            '<' => html.push_str("&lt;"),
            '>' => html.push_str("&gt;"),
            '"' => html.push_str("&quot;"),
            _ => html.push(c),
        }
    }
}

/// UTF-16 offset of byte `at` of `text` (clamped to a character boundary).
pub(super) fn utf16_at(text: &str, at: usize) -> u32 {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let units = text.get(..at).map_or(0, |s| s.encode_utf16().count());
    u32::try_from(units).unwrap_or(u32::MAX)
}

/// Byte offset of UTF-16 offset `units` of `text` (clamped to the text; an offset
/// inside a surrogate pair gives the character after it). Always a character
/// boundary.
pub(super) fn byte_at(text: &str, units: u32) -> usize {
    // A loop over bytes, not `char_indices`: it runs for the caret on every repaint
    // and for every edit, halfway into half a megabyte in the large sample. A lead
    // byte starts a character (a continuation byte is 0b10xxxxxx); four-byte
    // characters are two UTF-16 units.
    let mut count = 0u32;
    for (i, &b) in text.as_bytes().iter().enumerate() {
        if b & 0xC0 == 0x80 {
            continue;
        }
        if count >= units {
            return i;
        }
        count += if b >= 0xF0 { 2 } else { 1 };
    }
    text.len()
}

/// Apply an edit given in UTF-16 units (`removed` units at `at` replaced by
/// `inserted`, both clamped to the text) to `text` and to its line starts, in time
/// proportional to the edit and the number of lines, not to the text's length (the
/// line starts after the edit move by the same amount).
pub(super) fn splice(
    text: &mut String,
    starts: &mut Vec<usize>,
    at: u32,
    removed: u32,
    inserted: &str,
) {
    let from = byte_at(text, at);
    let to = from + byte_at(text.get(from..).unwrap_or_default(), removed);
    // `byte_at` only returns character boundaries; checked all the same, since a
    // replace off a boundary would panic.
    if !text.is_char_boundary(from) || !text.is_char_boundary(to) {
        *starts = line_starts(text);
        return;
    }
    text.replace_range(from..to, inserted);
    // A line starts after each line break: those of the removed bytes started in
    // `from + 1 ..= to`, the inserted ones start after theirs, the later ones move.
    let keep = starts.partition_point(|s| *s <= from);
    let gone = starts.partition_point(|s| *s <= to).max(keep);
    for s in starts.iter_mut().skip(gone) {
        *s = *s - (to - from) + inserted.len();
    }
    let new = inserted.match_indices('\n').map(|(i, _)| from + i + 1);
    starts.splice(keep..gone, new);
}

/// The bracket next to byte `caret` (just after it, else just before) and its
/// partner, skipping brackets inside strings. `None` when there is no bracket there
/// or it has no partner.
pub(super) fn matching_bracket(
    text: &str,
    starts: &[usize],
    caret: usize,
) -> Option<(usize, usize)> {
    let punct_at = |at: usize| -> Option<u8> {
        let line = starts.partition_point(|s| *s <= at).checked_sub(1)?;
        let from = *starts.get(line)?;
        let to = starts.get(line + 1).map_or(text.len(), |s| s - 1);
        let rel = at.checked_sub(from)?;
        let is_punct = tokens(text.get(from..to)?)
            .iter()
            .any(|(s, e, k)| *k == Kind::Punct && *s == rel && *e == rel + 1);
        let b = *text.as_bytes().get(at)?;
        (is_punct && matches!(b, b'{' | b'}' | b'[' | b']')).then_some(b)
    };
    let (at, b) = [Some(caret), caret.checked_sub(1)]
        .into_iter()
        .flatten()
        .find_map(|at| punct_at(at).map(|b| (at, b)))?;
    let forward = matches!(b, b'{' | b'[');
    let line = starts.partition_point(|s| *s <= at).checked_sub(1)?;
    let mut depth = 0usize;
    let lines: Box<dyn Iterator<Item = usize>> = if forward {
        Box::new(line..starts.len())
    } else {
        Box::new((0..=line).rev())
    };
    for n in lines {
        let from = *starts.get(n)?;
        let to = starts.get(n + 1).map_or(text.len(), |s| s - 1);
        let mut toks: Vec<(usize, usize, Kind)> = tokens(text.get(from..to)?)
            .into_iter()
            .filter(|t| t.2 == Kind::Punct)
            .collect();
        if !forward {
            toks.reverse();
        }
        for (s, _, _) in toks {
            let pos = from + s;
            if (forward && pos < at) || (!forward && pos > at) {
                continue;
            }
            match text.as_bytes().get(pos) {
                Some(b'{' | b'[') if forward => depth += 1,
                Some(b'}' | b']') if !forward => depth += 1,
                Some(b'}' | b']') if forward => depth = depth.checked_sub(1)?,
                Some(b'{' | b'[') if !forward => depth = depth.checked_sub(1)?,
                _ => continue,
            }
            if depth == 0 {
                return Some((at, pos));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(line: &str) -> Vec<(&str, Kind)> {
        tokens(line)
            .into_iter()
            .filter(|t| t.2 != Kind::Plain)
            .map(|(s, e, k)| (&line[s..e], k))
            .collect()
    }

    #[test]
    fn tokens_cover_keys_strings_numbers_literals() {
        use Kind::*;
        assert_eq!(
            kinds(r#"  "a\"b" : ["x", -1.5e3, true, null],"#),
            vec![
                (r#""a\"b""#, Key),
                (":", Punct),
                ("[", Punct),
                ("\"x\"", String),
                (",", Punct),
                ("-1.5e3", Number),
                (",", Punct),
                ("true", Literal),
                (",", Punct),
                ("null", Literal),
                ("]", Punct),
                (",", Punct),
            ]
        );
        // Unterminated strings and stray words do not panic or loop.
        assert_eq!(kinds("\"é😀"), vec![("\"é😀", String)]);
        assert_eq!(kinds("nope é"), vec![]);
        let whole: usize = tokens("é x \"\\").iter().map(|t| t.1 - t.0).sum();
        assert_eq!(whole, "é x \"\\".len());
    }

    #[test]
    fn lines_render_escaped_with_marks() {
        let text = "{\n  \"a\": \"<b>\",\n  \"n\": 42\n}";
        let starts = line_starts(text);
        let at = text.find("42").unwrap_or_default();
        let marks = vec![Mark {
            start: at,
            end: at + 2,
            what: MarkKind::Problem {
                severity: Severity::Error,
                message: "expected \"a\" string".into(),
            },
        }];
        let html = render_lines(text, &starts, 1, 3, &marks);
        assert_eq!(
            html,
            "  <span class=\"anp-editor__key\">&quot;a&quot;</span><span class=\"anp-editor__punct\">:</span> \
             <span class=\"anp-editor__string\">&quot;&lt;b&gt;&quot;</span><span class=\"anp-editor__punct\">,</span>\n  \
             <span class=\"anp-editor__key\">&quot;n&quot;</span><span class=\"anp-editor__punct\">:</span> \
             <span class=\"anp-editor__number anp-editor__marker anp-editor__marker--error\" \
             title=\"expected &quot;a&quot; string\" data-from=\"23\" data-to=\"25\">42</span>\n"
        );
        // Out of range asks for nothing.
        assert_eq!(render_lines(text, &starts, 9, 99, &marks), "");
    }

    #[test]
    fn a_mark_inside_a_token_splits_it() {
        let text = "\"abcdef\"";
        let marks = vec![Mark {
            start: 2,
            end: 4,
            what: MarkKind::Bracket,
        }];
        let html = render_lines(text, &line_starts(text), 0, 1, &marks);
        assert_eq!(
            html,
            "<span class=\"anp-editor__string\">&quot;a</span>\
             <span class=\"anp-editor__string anp-editor__bracket\">bc</span>\
             <span class=\"anp-editor__string\">def&quot;</span>\n"
        );
    }

    #[test]
    fn brackets_match_across_lines_and_skip_strings() {
        let text = "{\n  \"a\": [\"]\", {}],\n  \"b\": \"{\"\n}";
        let starts = line_starts(text);
        let open = text.find('[').unwrap_or_default();
        let close = text.rfind(']').unwrap_or_default();
        assert_eq!(matching_bracket(text, &starts, open), Some((open, close)));
        assert_eq!(
            matching_bracket(text, &starts, close + 1),
            Some((close, open))
        );
        assert_eq!(
            matching_bracket(text, &starts, 0),
            Some((0, text.len() - 1))
        );
        // Inside a string: not a bracket.
        let quoted = text.find("\"]\"").unwrap_or_default() + 1;
        assert_eq!(matching_bracket(text, &starts, quoted), None);
        assert_eq!(matching_bracket("[", &line_starts("["), 0), None);
        assert_eq!(matching_bracket("", &line_starts(""), 5), None);
    }

    #[test]
    fn utf16_offsets_round_trip() {
        let text = "a😀é\nb";
        for (byte, units) in [(0, 0), (1, 1), (5, 3), (7, 4), (9, 6)] {
            assert_eq!(utf16_at(text, byte), units);
            assert_eq!(byte_at(text, units), byte);
        }
        assert_eq!(utf16_at(text, 3), 1);
        assert_eq!(byte_at(text, 99), text.len());
        // Inside the surrogate pair of 😀: the character after it.
        assert_eq!(byte_at(text, 2), 5);
    }

    #[test]
    fn splices_keep_text_and_line_starts_as_a_full_scan_would() {
        let cases: &[(&str, u32, u32, &str)] = &[
            ("{\n  \"a\": 1\n}", 8, 0, "x"),
            ("{\n  \"a\": 1\n}", 9, 1, ""),
            ("{\n  \"a\": 1\n}", 1, 1, ""),
            ("{\n  \"a\": 1\n}", 0, 13, "[\n]\n"),
            ("a😀é\nb\nc", 3, 2, "\n\nz"),
            ("a😀é\nb\nc", 6, 1, ""),
            ("a😀é\nb\nc", 99, 5, "\n"),
            ("", 0, 0, "\n"),
            ("\n\n\n", 1, 1, ""),
        ];
        for &(before, at, removed, inserted) in cases {
            let mut text = before.to_owned();
            let mut starts = line_starts(&text);
            splice(&mut text, &mut starts, at, removed, inserted);
            let from = byte_at(before, at);
            let to = from + byte_at(&before[from..], removed);
            let expected = format!("{}{inserted}{}", &before[..from], &before[to..]);
            assert_eq!(text, expected, "{before:?} {at} {removed} {inserted:?}");
            assert_eq!(
                starts,
                line_starts(&expected),
                "{before:?} {at} {removed} {inserted:?}"
            );
        }
    }
}
