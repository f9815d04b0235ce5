//! Selecting a range of a `<textarea>` and scrolling it into view, for editors that
//! point at a place in their text (a diagnostic, a search hit); replacing its whole
//! text, as an edit or not. Natively these do nothing (there is no textarea).
//!
//! Browsers do not scroll a textarea when its selection is set from script, so the
//! scroll position is computed from the line the range starts on. This assumes lines
//! do not wrap (`wrap="off"`), which is what a code editor wants anyway.

/// A range of an editor's text as the DOM counts it (UTF-16 code units), with the
/// 0-based line and column where it starts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TextRange {
    /// First selected unit.
    pub start: u32,
    /// Just past the last selected unit (`start` for a bare caret).
    pub end: u32,
    /// Line of `start`, counting from 0.
    pub line: u32,
    /// Column of `start` within its line, in UTF-16 units from 0.
    pub column: u32,
}

impl TextRange {
    /// The range of bytes `start..end` of `text` (clamped to the text and to
    /// character boundaries).
    ///
    /// ```
    /// use alphanode_widgets::platform::textarea::TextRange;
    /// let text = "{\n  \"é😀\": 42\n}";
    /// let start = text.find("42").unwrap();
    /// let range = TextRange::from_bytes(text, start, start + 2);
    /// assert_eq!((range.start, range.end, range.line, range.column), (11, 13, 1, 9));
    /// ```
    pub fn from_bytes(text: &str, start: usize, end: usize) -> Self {
        let units = |byte: usize| {
            let mut byte = byte.min(text.len());
            while !text.is_char_boundary(byte) {
                byte -= 1;
            }
            text.get(..byte).unwrap_or_default()
        };
        let before = units(start);
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let count = |s: &str| u32::try_from(s.encode_utf16().count()).unwrap_or(u32::MAX);
        let start_units = count(before);
        Self {
            start: start_units,
            end: count(units(end.max(start))),
            line: u32::try_from(before.matches('\n').count()).unwrap_or(u32::MAX),
            column: count(before.get(line_start..).unwrap_or_default()),
        }
    }
}

/// Focus `area`, select `range` and scroll the area so the range's first line (and,
/// for a long line, its column) is in view, a third of the way down.
#[cfg(target_arch = "wasm32")]
pub fn select_and_reveal(area: &web_sys::HtmlTextAreaElement, range: TextRange) {
    // Focus first: focusing scrolls the page to the textarea, and in some browsers
    // to its old caret, which the lines below then correct.
    let _ = area.focus();
    let _ = area.set_selection_range(range.start, range.end);
    let Some(style) = web_sys::window().and_then(|w| w.get_computed_style(area).ok().flatten())
    else {
        return;
    };
    let px = |name: &str| {
        style
            .get_property_value(name)
            .ok()
            .and_then(|v| v.trim_end_matches("px").trim().parse::<f64>().ok())
    };
    let font_size = px("font-size").unwrap_or(16.0);
    // `line-height: normal` computes to the keyword; browsers use about 1.2em.
    let line_height = px("line-height").unwrap_or(font_size * 1.2);
    let top = px("padding-top").unwrap_or(0.0) + f64::from(range.line) * line_height;
    let visible = f64::from(area.client_height());
    let scroll_top = f64::from(area.scroll_top());
    if top < scroll_top || top + line_height > scroll_top + visible {
        area.set_scroll_top(((top - visible / 3.0).max(0.0)) as i32);
    }
    // Horizontal position: monospace digits are about 0.6em wide; close enough to
    // bring a value on a long line on screen.
    let left = px("padding-left").unwrap_or(0.0) + f64::from(range.column) * font_size * 0.6;
    let width = f64::from(area.client_width());
    let scroll_left = f64::from(area.scroll_left());
    if left < scroll_left || left + font_size * 2.0 > scroll_left + width {
        area.set_scroll_left(((left - width / 3.0).max(0.0)) as i32);
    }
}

/// [`select_and_reveal`] natively: there is no textarea to select in.
#[cfg(not(target_arch = "wasm32"))]
pub fn select_and_reveal(_: &web_sys::HtmlTextAreaElement, _: TextRange) {}

/// Replace all of `area`'s text through the editing commands, so it lands on the
/// browser's undo stack; a browser without `execCommand` gets the value set (no undo).
/// The caret and the scroll position go to the start. Nothing natively.
pub fn replace_as_edit(area: &web_sys::HtmlTextAreaElement, text: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use js_sys::{Function, Reflect};
        use wasm_bindgen::{JsCast, JsValue};
        let _ = area.focus();
        area.select();
        let inserted = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| {
                let exec: Function = Reflect::get(&d, &"execCommand".into())
                    .ok()?
                    .dyn_into()
                    .ok()?;
                exec.call3(
                    &d,
                    &"insertText".into(),
                    &JsValue::FALSE,
                    &JsValue::from_str(text),
                )
                .ok()
            })
            .and_then(|r| r.as_bool())
            .unwrap_or(false);
        if !inserted || area.value() != text {
            area.set_value(text);
        }
        let _ = area.set_selection_range(0, 0);
        area.set_scroll_top(0);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (area, text);
}

/// Set `area`'s text without the editing commands (the browser's undo forgets it),
/// the caret and the scroll position at the start. Nothing natively.
pub fn set_text(area: &web_sys::HtmlTextAreaElement, text: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        area.set_value(text);
        let _ = area.set_selection_range(0, 0);
        area.set_scroll_top(0);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (area, text);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_count_utf16_and_clamp() {
        let text = "ab\n😀x\n";
        let r = TextRange::from_bytes(text, 7, 8);
        assert_eq!((r.start, r.end, r.line, r.column), (5, 6, 1, 2));
        // Past the end and inside a character: clamped, never a panic.
        let r = TextRange::from_bytes(text, 5, 99);
        assert_eq!((r.start, r.end, r.line, r.column), (3, 7, 1, 0));
        let r = TextRange::from_bytes(text, 4, 2);
        assert_eq!((r.start, r.end), (3, 3));
    }
}
