//! The JSON editor: a plain `<textarea>` (so typing, selection, undo, IME and screen
//! readers are the browser's own) under a highlighted copy of the lines on screen,
//! with a line-number gutter, a wavy marker at the span of every diagnostic and the
//! caret's matching bracket.
//!
//! The textarea's text is transparent and the layer above it paints the same glyphs
//! in colour at the same places: both use one font, size, line height, padding and
//! `white-space: pre`, and the layer follows the textarea's scroll. Only the visible
//! lines (and a margin) are rendered, after an animation frame, so a keystroke in the
//! 10,000-entry sample costs what it costs in a short post.

use leptos::prelude::*;

use super::highlight::{self, Mark, MarkKind};
use super::Check;
use crate::i18n::{AppText, Strings};
use crate::model::{locate_span, Diagnostic, Severity};
use crate::platform::dom::{self, ResizeWatch};
use crate::platform::textarea;

/// Lines rendered above and below the visible ones, so a quick scroll shows text
/// before the next frame repaints.
#[cfg(target_arch = "wasm32")]
const OVERSCAN: usize = 20;

/// Where a diagnostic's marker goes: the value at its path; for a missing field, the
/// first character of the object that lacks it; for a syntax error, the character
/// at its line and column (the last one when that is the end of the text); for a
/// missing comma, the last character of the value that lacks it (the comma's place,
/// after it, is often a line break, which has no width to underline).
pub(super) fn marker_span(text: &str, d: &Diagnostic) -> Option<(usize, usize)> {
    let one_char = |at: usize| {
        let at = at.min(text.len());
        let next = text
            .get(at..)
            .and_then(|rest| rest.chars().next())
            .map(char::len_utf8);
        match next {
            Some(len) => (at, at + len),
            None => {
                let before = text.trim_end();
                let start = before.char_indices().last().map_or(0, |(i, _)| i);
                (start, before.len().max(start))
            }
        }
    };
    if d.path == "$" {
        let at = super::problems::syntax_error_at(text, d);
        let reported =
            super::problems::byte_offset(text, d.line.unwrap_or(1), d.column.unwrap_or(1));
        if at < reported {
            // Moved back to the end of a value: mark its last character.
            let last = text
                .get(..at)
                .and_then(|v| v.char_indices().last())
                .map_or(0, |(i, _)| i);
            return Some((last, at.max(last)));
        }
        return Some(one_char(at));
    }
    let span = locate_span(text, &d.path)?;
    if span.exact && span.end > span.start {
        Some((span.start, span.end))
    } else {
        Some(one_char(span.start))
    }
}

/// The markers of a parse's diagnostics.
pub(super) fn problem_marks(text: &str, check: &Check) -> Vec<Mark> {
    check
        .diagnostics
        .iter()
        .filter_map(|d| {
            let (start, end) = marker_span(text, d)?;
            Some(Mark {
                start,
                end,
                what: MarkKind::Problem {
                    severity: d.severity,
                    message: format!("{}: {}", d.path, d.message),
                },
            })
        })
        .collect()
}

/// What the hint line says when the caret (byte `at`) is inside a marker.
fn hint_at(marks: &[Mark], at: usize, s: &Strings) -> Option<String> {
    marks.iter().find_map(|m| match &m.what {
        MarkKind::Problem { severity, message } if m.start <= at && at <= m.end => Some(format!(
            "{} {message}",
            match severity {
                Severity::Error => s.app(AppText::HintError),
                Severity::Warning => s.app(AppText::HintWarning),
            }
        )),
        _ => None,
    })
}

/// The textarea's selection and length just before an edit (its `beforeinput`), in
/// UTF-16 units as the DOM counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Before {
    pub start: u32,
    pub end: u32,
    pub len: u32,
}

/// What an input event changed, as `(at, removed, inserted)` in UTF-16 units: the
/// `removed` units at `at` were replaced by the `inserted` units now at `at`. Told from
/// the kind of input, the selection and length before it, and the caret and length
/// after it; `None` whenever these do not pin the edit down exactly (composition,
/// drops, undo and redo, script edits…): the whole text is read then.
pub(super) fn edit_of(
    input_type: &str,
    before: Before,
    caret: u32,
    len: u32,
) -> Option<(u32, u32, u32)> {
    let Before {
        start,
        end,
        len: old,
    } = before;
    if start > end || end > old {
        return None;
    }
    match input_type {
        // The selection is replaced by what was typed or pasted; the caret lands after it.
        "insertText" | "insertLineBreak" | "insertParagraph" | "insertFromPaste" | "insertTab" => {
            let removed = end - start;
            let inserted = caret.checked_sub(start)?;
            (old - removed)
                .checked_add(inserted)
                .filter(|n| *n == len)?;
            Some((start, removed, inserted))
        }
        // A range is removed: the selection, or as much before or after a bare caret;
        // the caret lands where the range was.
        "deleteContentBackward"
        | "deleteContentForward"
        | "deleteWordBackward"
        | "deleteWordForward"
        | "deleteSoftLineBackward"
        | "deleteSoftLineForward"
        | "deleteHardLineBackward"
        | "deleteHardLineForward"
        | "deleteByCut" => {
            let removed = old.checked_sub(len)?;
            let exact = if start == end {
                caret == start || caret.checked_add(removed) == Some(start)
            } else {
                caret == start && removed == end - start
            };
            (exact && caret.checked_add(removed).is_some_and(|e| e <= old))
                .then_some((caret, removed, 0))
        }
        _ => None,
    }
}

/// The editor. It keeps `text` in step with the textarea (reading only what an edit
/// changed where it can tell, see [`edit_of`]); `on_input` then gets every input
/// event of the user's. While `replacing` is set, the page itself is setting the
/// textarea's text (and `text`), so its input events are ignored.
#[component]
pub(super) fn Editor(
    text: RwSignal<String>,
    status: RwSignal<Check>,
    area: NodeRef<leptos::html::Textarea>,
    initial: String,
    replacing: StoredValue<bool>,
    on_input: Callback<leptos::ev::Event>,
) -> impl IntoView {
    let code = NodeRef::<leptos::html::Code>::new();
    let gutter = NodeRef::<leptos::html::Div>::new();
    let marks = StoredValue::new(Vec::<Mark>::new());
    let starts = StoredValue::new(highlight::line_starts(&initial));
    let hint = RwSignal::new(None::<String>);
    // Stored, so that the (Copy) closures below can read it.
    let strings = StoredValue::new(use_context::<Strings>().unwrap_or_default());
    let scheduled = StoredValue::new(false);
    let shown = StoredValue::new(Shown::default());
    let digits = RwSignal::new(digits_of(starts.with_value(Vec::len)));
    // The selection before the edit under way (from `beforeinput`).
    let before = StoredValue::new(None::<Before>);
    // The byte length of `text` whose line starts the input handler has already
    // brought up to date, so the effect below need not scan the whole text again.
    let starts_for = StoredValue::new(None::<usize>);
    // `text`'s length in UTF-16 units, with the byte length it is for: an edit is
    // applied piecewise only when the textarea's length before it agrees.
    let units = StoredValue::new(None::<(usize, u32)>);
    // The caret right after a typed edit, read by the input handler: the paint that
    // follows uses it instead of asking again. In a large textarea every read of the
    // selection makes Chromium count characters up to it (several ms at 0.5 MB).
    let caret_after = StoredValue::new(None::<u32>);

    let paint = move || {
        scheduled.set_value(false);
        #[cfg(target_arch = "wasm32")]
        paint_now(
            area,
            code,
            gutter,
            text,
            starts,
            marks,
            hint,
            strings,
            shown,
            caret_after.get_value(),
        );
        caret_after.set_value(None);
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (code, gutter, hint, shown);
    };
    let schedule = move || {
        if !scheduled.get_value() {
            scheduled.set_value(true);
            request_animation_frame(paint);
        }
    };
    // Something that may have moved the caret: the next paint reads it afresh.
    let moved = move || {
        caret_after.set_value(None);
        schedule();
    };
    // A key that typed or deleted has had its input event, which scheduled the paint
    // with the caret; other keys (arrows, Home, shortcuts) may move the caret.
    let on_key_up = move |ev: leptos::ev::KeyboardEvent| {
        let key = ev.key();
        let typed = (key.chars().count() == 1 && !(ev.ctrl_key() || ev.meta_key() || ev.alt_key()))
            || matches!(key.as_str(), "Backspace" | "Delete" | "Enter");
        if !typed {
            moved();
        }
    };
    // Text from any source (typing, a sample, Format, Reset): new line starts, unless
    // the input handler has already spliced them.
    Effect::new(move |_| {
        text.with(|t| {
            if starts_for.get_value() != Some(t.len()) {
                starts.set_value(highlight::line_starts(t));
                // Not typed: the caret is wherever the new text put it.
                caret_after.set_value(None);
            }
        });
        starts_for.set_value(None);
        // Only on a change: a new style on the editor restyles the textarea, and
        // Chromium then lays out all its text again (tens of ms for the large sample).
        let wanted = digits_of(starts.with_value(Vec::len));
        if digits.get_untracked() != wanted {
            digits.set(wanted);
        }
        schedule();
    });
    // A new parse: new markers (until then the old ones stay where they were).
    Effect::new(move |_| {
        status.with(|check| {
            let fresh = text.with_untracked(|t| problem_marks(t, check));
            marks.set_value(fresh);
        });
        schedule();
    });
    // The layer is sized to the textarea's text box: follow the textarea when it is
    // resized (by its handle, the window, or a mode with another height).
    let watch = ResizeWatch::new(schedule);
    Effect::new(move |_| {
        if let (Some(el), Some(watch)) = (area.get(), watch.as_ref()) {
            watch.observe(&el);
        }
    });

    let on_before_input = move |_: leptos::ev::InputEvent| {
        #[cfg(target_arch = "wasm32")]
        before.set_value(area.get_untracked().and_then(|area| {
            Some(Before {
                start: area.selection_start().ok()??,
                end: area.selection_end().ok()??,
                len: value_of(&area)?.length(),
            })
        }));
        #[cfg(not(target_arch = "wasm32"))]
        let _ = before;
    };
    let on_area_input = move |ev: leptos::ev::Event| {
        let edit_before = before.get_value();
        before.set_value(None);
        if replacing.get_value() {
            return;
        }
        #[cfg(target_arch = "wasm32")]
        caret_after.set_value(follow_input(
            &ev,
            edit_before,
            area,
            text,
            starts,
            starts_for,
            units,
        ));
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (edit_before, starts_for, units);
        on_input.run(ev);
    };

    // A click on a marker selects the value it is about.
    let on_layer_down = move |ev: leptos::ev::MouseEvent| {
        let attr = |name: &str| {
            dom::closest_attribute(&ev, "[data-from]", name).and_then(|v| v.parse::<u32>().ok())
        };
        let (Some(from), Some(to), Some(area)) =
            (attr("data-from"), attr("data-to"), area.get_untracked())
        else {
            return;
        };
        ev.prevent_default();
        // Focusing alone would scroll to the old caret (the end, after a text was
        // set): select and scroll to the value instead.
        let range = text.with_untracked(|t| {
            textarea::TextRange::from_bytes(
                t,
                highlight::byte_at(t, from),
                highlight::byte_at(t, to),
            )
        });
        textarea::select_and_reveal(&area, range);
        moved();
    };

    view! {
        // JSON reads left to right whatever the interface's language (gutter included).
        <div class="anp-editor" dir="ltr" style=move || format!("--anp-editor-digits: {}", digits.get())>
            <div class="anp-editor__gutter" aria-hidden="true">
                <div class="anp-editor__numbers" node_ref=gutter></div>
            </div>
            <div class="anp-editor__body">
                <textarea
                    id="anp-preview-json"
                    node_ref=area
                    class="anp-preview__editor anp-editor__input"
                    spellcheck="false"
                    wrap="off"
                    autocomplete="off"
                    autocapitalize="off"
                    aria-describedby="anp-editor-hint"
                    prop:value=initial
                    on:beforeinput=on_before_input
                    on:input=on_area_input
                    on:scroll=move |_| schedule()
                    on:keyup=on_key_up
                    on:click=move |_| moved()
                    on:select=move |_| moved()
                    on:focus=move |_| moved()
                    on:mouseup=move |_| moved()
                ></textarea>
                <pre class="anp-editor__layer" aria-hidden="true" on:mousedown=on_layer_down>
                    <code class="anp-editor__code" node_ref=code></code>
                </pre>
            </div>
        </div>
        <p class="anp-editor__hint" id="anp-editor-hint" role="status">
            {move || hint.get().unwrap_or_else(|| strings.with_value(|s| s.app(AppText::HintNone).to_owned()))}
        </p>
    }
    // Erased: the preview page's view type is otherwise too deep to compile natively.
    .into_any()
}

/// What the layer shows now, so a repaint writes only what differs: a keystroke
/// changes one line, a key released or a click often nothing. Rewriting every line
/// made Chromium parse, style and lay out a few hundred spans twice per key.
#[derive(Default)]
struct Shown {
    /// First line rendered.
    first: usize,
    /// The HTML of each rendered line, as in the layer's line elements.
    lines: Vec<String>,
    numbers: String,
    code_transform: String,
    gutter_transform: String,
}

fn digits_of(lines: usize) -> usize {
    lines.max(1).to_string().len().max(2)
}

/// The textarea's value as a JS string, not copied into wasm memory.
#[cfg(target_arch = "wasm32")]
fn value_of(area: &web_sys::HtmlTextAreaElement) -> Option<js_sys::JsString> {
    use wasm_bindgen::JsCast;
    js_sys::Reflect::get(area, &"value".into())
        .ok()?
        .dyn_into()
        .ok()
}

/// Bring `text` and its line starts up to date after an input event of the textarea.
/// A keystroke in the 10,000-entry sample would otherwise copy half a megabyte out of
/// the DOM (and convert it to UTF-8) and scan it for line breaks, every key: when the
/// event says exactly what changed (see [`edit_of`]), only the changed units are read
/// and spliced in. Anything else reads the whole text. The debounced re-parse checks
/// the text against the textarea's all the same (`Preview::sync_text`).
#[cfg(target_arch = "wasm32")]
fn follow_input(
    ev: &leptos::ev::Event,
    before: Option<Before>,
    area: NodeRef<leptos::html::Textarea>,
    text: RwSignal<String>,
    starts: StoredValue<Vec<usize>>,
    starts_for: StoredValue<Option<usize>>,
    units: StoredValue<Option<(usize, u32)>>,
) -> Option<u32> {
    use wasm_bindgen::JsCast;
    let area = area.get_untracked()?;
    let Some(value) = value_of(&area) else {
        text.set(area.value());
        return None;
    };
    let len = value.length();
    let known = units.get_value();
    let edit = ev
        .dyn_ref::<web_sys::InputEvent>()
        .filter(|e| ev.is_trusted() && !e.is_composing())
        .zip(before)
        .zip(area.selection_start().ok().flatten())
        .filter(|((_, b), _)| text.with_untracked(|t| known == Some((t.len(), b.len))))
        .and_then(|((e, b), caret)| {
            edit_of(&e.input_type(), b, caret, len).map(|edit| (edit, caret))
        });
    match edit {
        Some(((at, removed, inserted), caret)) => {
            let inserted = String::from(value.slice(at, at + inserted));
            text.update(|t| {
                starts.update_value(|s| highlight::splice(t, s, at, removed, &inserted));
                starts_for.set_value(Some(t.len()));
                units.set_value(Some((t.len(), len)));
            });
            Some(caret)
        }
        None => {
            let whole = String::from(value);
            units.set_value(Some((whole.len(), len)));
            starts_for.set_value(None);
            text.set(whole);
            None
        }
    }
}

// Every argument is one of the editor's Copy handles; a struct of them would only
// rename them.
#[cfg(target_arch = "wasm32")]
#[allow(clippy::too_many_arguments)]
fn paint_now(
    area: NodeRef<leptos::html::Textarea>,
    code: NodeRef<leptos::html::Code>,
    gutter: NodeRef<leptos::html::Div>,
    text: RwSignal<String>,
    starts: StoredValue<Vec<usize>>,
    marks: StoredValue<Vec<Mark>>,
    hint: RwSignal<Option<String>>,
    strings: StoredValue<Strings>,
    shown: StoredValue<Shown>,
    caret_after_edit: Option<u32>,
) {
    let (Some(area), Some(code), Some(gutter)) = (
        area.get_untracked(),
        code.get_untracked(),
        gutter.get_untracked(),
    ) else {
        return;
    };
    let line_height = line_height(&area);
    let top = f64::from(area.scroll_top());
    let left = f64::from(area.scroll_left());
    let visible = f64::from(area.client_height());
    let first = ((top / line_height).floor() as usize).saturating_sub(OVERSCAN);
    let last = first + (visible / line_height).ceil() as usize + 2 * OVERSCAN;
    let (html, numbers, new_hint) = text.with_untracked(|t| {
        starts.with_value(|starts| {
            marks.with_value(|problems| {
                // After a typed edit the selection is collapsed at the caret.
                let (caret, collapsed) = match caret_after_edit {
                    Some(caret) => (Some(caret), true),
                    None => {
                        let caret = area.selection_start().ok().flatten();
                        (caret, caret == area.selection_end().ok().flatten())
                    }
                };
                let caret = caret.map(|c| highlight::byte_at(t, c));
                let mut all = problems.clone();
                if let (Some(at), true) = (caret, collapsed) {
                    if let Some((a, b)) = highlight::matching_bracket(t, starts, at) {
                        for pos in [a, b] {
                            all.push(Mark {
                                start: pos,
                                end: pos + 1,
                                what: MarkKind::Bracket,
                            });
                        }
                    }
                }
                let html = highlight::render_line_list(t, starts, first, last, &all);
                let end = last.min(starts.len());
                let numbers: String = (first..end)
                    .map(|n| (n + 1).to_string())
                    .collect::<Vec<_>>()
                    .join("\n");
                let new_hint =
                    caret.and_then(|at| strings.with_value(|s| hint_at(problems, at, s)));
                (html, numbers, new_hint)
            })
        })
    });
    let shift = f64::from(u32::try_from(first).unwrap_or(u32::MAX)) * line_height - top;
    let code_transform = format!("translate({}px, {shift}px)", -left);
    let gutter_transform = format!("translateY({shift}px)");
    shown.update_value(|shown| {
        show_lines(&code, shown, first, html);
        if shown.numbers != numbers {
            gutter.set_text_content(Some(&numbers));
            shown.numbers = numbers;
        }
        if shown.code_transform != code_transform {
            let _ = web_sys::HtmlElement::style(&code).set_property("transform", &code_transform);
            shown.code_transform = code_transform;
        }
        if shown.gutter_transform != gutter_transform {
            let _ =
                web_sys::HtmlElement::style(&gutter).set_property("transform", &gutter_transform);
            shown.gutter_transform = gutter_transform;
        }
    });
    // The layer covers the textarea's text box, not its scrollbars; written only when
    // that changes, so a keystroke lays out nothing but the lines it shows.
    if let Some(layer) = code.parent_element() {
        use wasm_bindgen::JsCast;
        if let Ok(layer) = layer.dyn_into::<web_sys::HtmlElement>() {
            let style = web_sys::HtmlElement::style(&layer);
            for (name, value) in [
                ("width", format!("{}px", area.client_width())),
                ("height", format!("{}px", area.client_height())),
            ] {
                if style.get_property_value(name).ok().as_deref() != Some(value.as_str()) {
                    let _ = style.set_property(name, &value);
                }
            }
        }
    }
    if hint.with_untracked(|h| *h != new_hint) {
        hint.set(new_hint);
    }
}

/// The element of one line of the layer: its HTML and its line break, so the
/// layer's text is the textarea's, line for line.
#[cfg(target_arch = "wasm32")]
fn line_element(html: &str) -> String {
    format!("<span class=\"anp-editor__line\">{html}\n</span>")
}

/// Put lines `first..` (their HTML in `lines`) in the layer, rewriting only the line
/// elements whose HTML changed when the same lines are shown as before; everything
/// at once otherwise (a scroll, a line added or removed before the visible ones).
#[cfg(target_arch = "wasm32")]
fn show_lines(code: &web_sys::HtmlElement, shown: &mut Shown, first: usize, lines: Vec<String>) {
    let children = code.children();
    let same_window = shown.first == first
        && shown.lines.len() == lines.len()
        && children.length() == u32::try_from(lines.len()).unwrap_or(u32::MAX);
    let changed: Vec<usize> = if same_window {
        (0..lines.len())
            .filter(|i| shown.lines.get(*i) != lines.get(*i))
            .collect()
    } else {
        Vec::new()
    };
    // Many changed lines (a line break shifts all below it) are quicker in one go.
    if same_window && changed.len() <= lines.len() / 4 + 1 {
        for i in changed {
            let (Some(el), Some(html)) = (
                u32::try_from(i).ok().and_then(|i| children.item(i)),
                lines.get(i),
            ) else {
                continue;
            };
            el.set_inner_html(&format!("{html}\n"));
        }
    } else {
        let all: String = lines.iter().map(|l| line_element(l)).collect();
        code.set_inner_html(&all);
    }
    shown.first = first;
    shown.lines = lines;
}

#[cfg(target_arch = "wasm32")]
fn line_height(area: &web_sys::HtmlTextAreaElement) -> f64 {
    web_sys::window()
        .and_then(|w| w.get_computed_style(area).ok().flatten())
        .and_then(|style| style.get_property_value("line-height").ok())
        .and_then(|v| v.trim_end_matches("px").trim().parse::<f64>().ok())
        .filter(|h| *h > 0.0)
        .unwrap_or(18.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::JsonPath;

    #[test]
    fn markers_sit_on_the_value_the_parent_or_the_syntax_error() {
        let text = "{\n  \"title\": 42,\n  \"body\": []\n}";
        let root = JsonPath::root();
        let at = |d: &Diagnostic| marker_span(text, d).map(|(a, b)| &text[a..b]);
        assert_eq!(at(&Diagnostic::error(&root.key("title"), "x")), Some("42"));
        assert_eq!(at(&Diagnostic::warning(&root.key("meta"), "x")), Some("{"));
        let syntax = Diagnostic::error(&root, "x").at(2, 12);
        assert_eq!(at(&syntax), Some("4"));
        // At the very end: the last character, never an empty or out-of-range span.
        let end = Diagnostic::error(&root, "x").at(99, 1);
        assert_eq!(at(&end), Some("}"));
        assert_eq!(marker_span("", &end), Some((0, 0)));
    }

    #[test]
    fn a_missing_comma_is_marked_at_the_value_that_lacks_it() {
        for (text, value) in [
            ("{\n  \"title\": \"a\"\n  \"body\": []\n}", "\"a\""),
            ("{\"body\": [1 2]}", "1"),
            ("{\"a\": {\"b\": true}\n\n   \"c\": 1}", "}"),
        ] {
            let d = crate::model::parse_json(text).err();
            let d = d.unwrap_or_else(|| Diagnostic::error(&JsonPath::root(), "none"));
            assert!(d.message.contains("expected `,`"), "{text}: {}", d.message);
            let end = text.find(value).map_or(0, |i| i + value.len());
            // Not the next key's quote (or item) where the parser found it.
            assert_eq!(marker_span(text, &d), Some((end - 1, end)), "{text}");
        }
    }

    #[test]
    fn the_hint_names_the_problem_at_the_caret() {
        let text = "{\"title\": 42}";
        let check = Check {
            diagnostics: vec![Diagnostic::error(&JsonPath::root().key("title"), "bad")],
            ok: false,
        };
        let marks = problem_marks(text, &check);
        assert_eq!(
            hint_at(&marks, 11, &Strings::default()).as_deref(),
            Some("Error at the caret: title: bad")
        );
        assert_eq!(hint_at(&marks, 2, &Strings::default()), None);
    }

    #[test]
    fn edits_are_told_from_the_selection_before_and_the_caret_after() {
        let at = |start, end, len| Before { start, end, len };
        // Typing at a caret, over a selection, a line break, a paste.
        assert_eq!(edit_of("insertText", at(5, 5, 10), 6, 11), Some((5, 0, 1)));
        assert_eq!(edit_of("insertText", at(2, 5, 10), 3, 8), Some((2, 3, 1)));
        assert_eq!(
            edit_of("insertLineBreak", at(5, 5, 10), 6, 11),
            Some((5, 0, 1))
        );
        assert_eq!(
            edit_of("insertFromPaste", at(0, 10, 10), 4, 4),
            Some((0, 10, 4))
        );
        // Backspace and Delete at a caret (a surrogate pair is two units), over a
        // selection; a word backwards.
        assert_eq!(
            edit_of("deleteContentBackward", at(5, 5, 10), 3, 8),
            Some((3, 2, 0))
        );
        assert_eq!(
            edit_of("deleteContentForward", at(5, 5, 10), 5, 9),
            Some((5, 1, 0))
        );
        assert_eq!(
            edit_of("deleteContentBackward", at(2, 6, 10), 2, 6),
            Some((2, 4, 0))
        );
        assert_eq!(
            edit_of("deleteWordBackward", at(9, 9, 10), 4, 5),
            Some((4, 5, 0))
        );
        // What does not add up, and what cannot be told: the whole text is read.
        assert_eq!(edit_of("insertText", at(5, 5, 10), 6, 12), None);
        assert_eq!(edit_of("insertText", at(5, 5, 10), 4, 9), None);
        assert_eq!(edit_of("deleteContentBackward", at(5, 5, 10), 2, 8), None);
        assert_eq!(edit_of("deleteContentBackward", at(2, 6, 10), 3, 6), None);
        assert_eq!(edit_of("deleteContentForward", at(9, 9, 10), 9, 12), None);
        assert_eq!(edit_of("deleteContentBackward", at(6, 2, 10), 2, 6), None);
        assert_eq!(edit_of("historyUndo", at(5, 5, 10), 5, 10), None);
        assert_eq!(edit_of("insertCompositionText", at(5, 5, 10), 6, 11), None);
        assert_eq!(edit_of("insertFromDrop", at(5, 5, 10), 6, 11), None);
    }
}
