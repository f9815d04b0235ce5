//! The preview's problems list: every diagnostic of the editor's text, each a button
//! that selects the value it is about in the editor and scrolls it into view.

use leptos::prelude::*;

use super::Check;
use crate::i18n::{AppText, Strings};
use crate::model::{locate_span, Diagnostic};
use crate::platform::textarea::TextRange;

/// The headline and the list of diagnostics under the editor.
#[component]
pub(super) fn Problems(
    status: RwSignal<Check>,
    text: RwSignal<String>,
    editor: NodeRef<leptos::html::Textarea>,
) -> impl IntoView {
    let goto = move |d: &Diagnostic| {
        let Some(range) = text.with_untracked(|t| diagnostic_range(t, d)) else {
            return;
        };
        if let Some(area) = editor.get_untracked() {
            crate::platform::textarea::select_and_reveal(&area, range);
        }
    };
    let s = use_context::<Strings>().unwrap_or_default();
    view! {
        <div class="anp-preview__diagnostics" aria-live="polite">
            {move || {
                let current = status.get();
                let headline = s.app(if !current.ok {
                    AppText::CantRender
                } else if current.diagnostics.is_empty() {
                    AppText::NoProblems
                } else {
                    AppText::WithWarnings
                }).to_owned();
                view! {
                    <p class="anp-preview__headline" data-ok=current.ok.to_string()>{headline}</p>
                    <ul class="anp-preview__problems" lang="en" dir="ltr">
                        {current.diagnostics.into_iter().map(|d| {
                            // Where the caret goes, which for a missing comma is not
                            // where the parser stopped.
                            let position = d.line.zip(d.column).map(|(l, c)| {
                                let (l, c) = text.with_untracked(|t| line_column(t, syntax_error_at(t, &d))).unwrap_or((l, c));
                                format!("line {l}, column {c}")
                            });
                            let target = d.clone();
                            view! {
                                <li class="anp-preview__problem" data-severity=d.severity.as_str()>
                                    <button type="button" class="anp-preview__goto" on:click=move |_| goto(&target)>
                                        <code class="anp-diagnostic__path">{d.path.clone()}</code>
                                        ": " {d.message.clone()}
                                        {position.map(|p| view! { <span class="anp-preview__position">" (" {p} ")"</span> })}
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
            }}
        </div>
    }
}

/// What to select in `text` for a diagnostic: the value at its path; for a missing
/// field, the object that lacks it; a bare caret for problems with the document as a
/// whole (syntax errors carry their own position).
fn diagnostic_range(text: &str, d: &Diagnostic) -> Option<TextRange> {
    if d.path == "$" {
        let at = syntax_error_at(text, d);
        return Some(TextRange::from_bytes(text, at, at));
    }
    let span = locate_span(text, &d.path)?;
    let root = text.len() - text.trim_start().len();
    // Selecting the whole document says nothing: point at its start instead.
    let end = if span.exact || span.start != root {
        span.end
    } else {
        span.start
    };
    Some(TextRange::from_bytes(text, span.start, end))
}

/// Byte offset of a document-wide diagnostic (a syntax error) in `text`: its line and
/// column; for a missing comma, the end of the value that lacks it. The parser reports
/// a missing comma where it found the next key or item instead, often at the start of
/// the next line, but the comma is to be typed right after the value before it.
pub(super) fn syntax_error_at(text: &str, d: &Diagnostic) -> usize {
    let at = byte_offset(text, d.line.unwrap_or(1), d.column.unwrap_or(1));
    if d.message.contains("expected `,` or") {
        text.get(..at).map_or(at, |before| before.trim_end().len())
    } else {
        at
    }
}

/// The 1-based line and column (in characters) of byte offset `at` of `text`, as the
/// parser counts them; `None` when `at` is not on a character boundary.
fn line_column(text: &str, at: usize) -> Option<(usize, usize)> {
    let before = text.get(..at)?;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.matches('\n').count() + 1;
    Some((line, before.get(line_start..)?.chars().count() + 1))
}

/// Byte offset of a 1-based line and column (in characters), clamped to the text.
pub(super) fn byte_offset(text: &str, line: usize, column: usize) -> usize {
    let mut offset = 0;
    for (i, l) in text.split('\n').enumerate() {
        if i + 1 == line {
            return offset
                + l.char_indices()
                    .nth(column.saturating_sub(1))
                    .map_or(l.len(), |(at, _)| at);
        }
        offset += l.len() + 1;
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{JsonPath, Severity};

    fn at(path: &JsonPath) -> Diagnostic {
        Diagnostic::warning(path, "x")
    }

    fn selected(text: &str, d: &Diagnostic) -> String {
        let range = diagnostic_range(text, d).unwrap_or_default();
        let units: Vec<u16> = text.encode_utf16().collect();
        String::from_utf16_lossy(
            units
                .get(range.start as usize..range.end as usize)
                .unwrap_or_default(),
        )
    }

    #[test]
    fn selects_the_value_at_the_path() {
        let text = "{\n  \"title\": \"é\",\n  \"body\": [\n    {\"type\": \"paragraph\", \"text\": 42}\n  ]\n}\n";
        let root = JsonPath::root();
        assert_eq!(
            selected(text, &at(&root.key("body").index(0).key("text"))),
            "42"
        );
        assert_eq!(selected(text, &at(&root.key("title"))), "\"é\"");
        // Missing field: the object that should have it.
        assert_eq!(
            selected(text, &at(&root.key("body").index(0).key("src"))),
            "{\"type\": \"paragraph\", \"text\": 42}"
        );
        // Missing at the top: a caret at the start, not the whole document.
        assert_eq!(selected(text, &at(&root.key("similar"))), "");
        let range = diagnostic_range(text, &at(&root.key("body").index(0).key("text")));
        assert_eq!(range.map(|r| (r.line, r.column)), Some((3, 34)));
    }

    #[test]
    fn syntax_errors_put_a_caret_at_their_position() {
        let text = "{\n  \"a\": é,\n}";
        let d = Diagnostic {
            severity: Severity::Error,
            path: "$".into(),
            message: "x".into(),
            line: Some(2),
            column: Some(8),
        };
        let range = diagnostic_range(text, &d).unwrap_or_default();
        assert_eq!(
            (range.start, range.end, range.line, range.column),
            (9, 9, 1, 7)
        );
        assert_eq!(byte_offset(text, 9, 9), text.len());
    }

    #[test]
    fn a_missing_comma_puts_the_caret_right_after_the_value() {
        let text = "{\n  \"title\": \"a\"\n  \"body\": []\n}\n";
        let d = crate::model::parse_json(text)
            .err()
            .unwrap_or_else(|| at(&JsonPath::root()));
        assert!(d.message.contains("expected `,` or `}`"), "{}", d.message);
        // The parser points at the next key's quote, line 3; the comma goes after "a".
        assert_eq!((d.line, d.column), (Some(3), Some(3)));
        let range = diagnostic_range(text, &d).unwrap_or_default();
        assert_eq!((range.line, range.column), (1, 14));
        assert_eq!(
            syntax_error_at(text, &d),
            text.find("\"a\"").map_or(0, |i| i + 3)
        );
        // The problems list names that place too, not the parser's.
        assert_eq!(line_column(text, syntax_error_at(text, &d)), Some((2, 15)));
    }
}
