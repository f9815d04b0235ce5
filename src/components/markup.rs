//! Static markup: every part of a post is written as one escaped HTML string and
//! handed to the browser's parser, instead of one tachys view per element.
//!
//! Why: a tachys view keeps, per element, its node handle, its attributes' state and
//! its children's state for as long as the widget lives, and each distinct `view!`
//! adds its own build code to the wasm. For markup whose changes are rare that is
//! pure cost: 100 widgets of the reference post held about 70,000 such handles. A
//! [`Markup`] keeps three handles, whatever it holds, and its writer is one small
//! function per value kind. Nothing interactive is a view either: checklists,
//! image fallbacks, "Show N more" and disclosure buttons act through the delegated
//! listeners of [`super::live`], which also rewrites a part when its inputs change.
//!
//! Safety: every text and attribute value goes through [`escape_into`], which writes
//! the entities of [`html_escape::encode_text`] and `encode_double_quoted_attribute`,
//! the same escaping tachys applies when it renders to HTML; tag and attribute names are `'static` (never from the
//! post). Links reach the writer only after the URL policy (`model::url`) accepted
//! them.

use leptos::tachys::html::attribute::{any_attribute::AnyAttribute, Attribute};
use leptos::tachys::hydration::Cursor;
use leptos::tachys::renderer::types::{Element, Node};
use leptos::tachys::ssr::StreamBuilder;
use leptos::tachys::view::{
    add_attr::AddAnyAttr, Mountable, Position, PositionState, Render, RenderHtml,
};

/// Appends `text` to `out` escaped for HTML text (`&`, `<`, `>`) or, with `quote`,
/// for a double-quoted attribute value (`"` too): the same entities as
/// [`html_escape::encode_text`] and `encode_double_quoted_attribute`. U+0000 is a
/// parse error in HTML text and attributes (browsers drop it or make it U+FFFD): it
/// becomes U+FFFD here, so the HTML written is the HTML a browser reads.
///
/// One pass over the bytes: the runs between special bytes are copied whole. All the
/// special bytes are ASCII, so every run boundary is a character boundary.
///
/// Written here rather than taken from `html_escape` (which tachys uses): that crate
/// looks at one byte at a time, and escaping was the largest share of the server
/// renderer's time (`perf`, 19 %). Eight bytes are tested at once instead (the
/// zero-byte test of "Bit Twiddling Hacks", in safe code that wasm runs too), and
/// only a word that holds a special byte is looked at byte by byte; most text holds
/// none.
fn escape_into(out: &mut String, text: &str, quote: bool) {
    let bytes = text.as_bytes();
    out.reserve(bytes.len());
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(word) = bytes.get(i..i + 8) {
            let mut eight = [0u8; 8];
            eight.copy_from_slice(word);
            if !has_special(u64::from_le_bytes(eight), quote) {
                i += 8;
                continue;
            }
        }
        // A word with a special byte, or the last few bytes: one at a time.
        let end = (i + 8).min(bytes.len());
        while i < end {
            let entity = match bytes.get(i) {
                Some(b'&') => "&amp;",
                Some(b'<') => "&lt;",
                Some(b'>') => "&gt;",
                Some(b'"') if quote => "&quot;",
                Some(0) => "\u{FFFD}",
                _ => {
                    i += 1;
                    continue;
                }
            };
            out.push_str(text.get(start..i).unwrap_or_default());
            out.push_str(entity);
            i += 1;
            start = i;
        }
    }
    out.push_str(text.get(start..).unwrap_or_default());
}

/// Whether any of the eight bytes of `word` is one [`escape_into`] replaces.
fn has_special(word: u64, quote: bool) -> bool {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    // Non-zero exactly when some byte of `x` is zero.
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let is = |b: u8| zero(word ^ (ONES * u64::from(b)));
    let found = zero(word) | is(b'&') | is(b'<') | is(b'>');
    (found | if quote { is(b'"') } else { 0 }) != 0
}

/// Elements without content or end tag. A `match` rather than a list's `contains`:
/// it compares lengths and short words inline, where `contains` called `memcmp` for
/// every element the writer closed (`perf`).
fn is_void(name: &str) -> bool {
    matches!(name, "img" | "br" | "hr" | "input")
}

/// Writes escaped HTML: `tag` opens an element (attributes follow with `attr`), `text`
/// adds text, `end` closes the innermost open element.
///
/// ```ignore
/// let mut h = HtmlWriter::default();
/// h.tag("p").class("anp-body__paragraph").text("a < b").end();
/// assert_eq!(h.finish().html(), r#"<p class="anp-body__paragraph">a &lt; b</p>"#);
/// ```
#[derive(Default)]
pub(crate) struct HtmlWriter {
    buf: String,
    open: Vec<&'static str>,
    /// The last `tag`'s start tag still takes attributes (its `>` is not written yet).
    in_start: bool,
    top_level: usize,
}

impl HtmlWriter {
    /// A writer whose buffer holds `bytes` before it grows.
    pub fn with_capacity(bytes: usize) -> Self {
        Self {
            buf: String::with_capacity(bytes),
            ..Self::default()
        }
    }

    fn close_start(&mut self) {
        if self.in_start {
            self.buf.push('>');
            self.in_start = false;
        }
    }

    /// Opens `<name`; attributes may follow until the first child or `end`.
    pub fn tag(&mut self, name: &'static str) -> &mut Self {
        self.close_start();
        if self.open.is_empty() {
            self.top_level += 1;
        }
        self.buf.push('<');
        self.buf.push_str(name);
        self.open.push(name);
        self.in_start = true;
        self
    }

    /// An attribute of the element just opened (ignored anywhere else).
    pub fn attr(&mut self, name: &'static str, value: &str) -> &mut Self {
        if self.in_start {
            self.buf.push(' ');
            self.buf.push_str(name);
            self.buf.push_str("=\"");
            escape_into(&mut self.buf, value, true);
            self.buf.push('"');
        }
        self
    }

    /// `class="class"` on the element just opened, for the crate's own `anp-` classes.
    /// They are constants, so they are not escaped (nor scanned: this is most of
    /// the attribute bytes a post writes); a host's classes go through
    /// [`attr`](Self::attr).
    pub fn class(&mut self, class: &'static str) -> &mut Self {
        self.attr_lit("class", class)
    }

    /// [`attr`](Self::attr) for a constant value of the crate's (`dir="auto"`,
    /// `type="checkbox"`), written as it is. Constants never need escaping, which
    /// debug builds (and so every test) check.
    pub fn attr_lit(&mut self, name: &'static str, value: &'static str) -> &mut Self {
        debug_assert!(
            !value.contains(['&', '<', '>', '"', '\0']),
            "{value:?} needs escaping: use attr"
        );
        if self.in_start {
            self.buf.push(' ');
            self.buf.push_str(name);
            self.buf.push_str("=\"");
            self.buf.push_str(value);
            self.buf.push('"');
        }
        self
    }

    /// [`attr`](Self::attr) when there is a value.
    pub fn attr_opt(&mut self, name: &'static str, value: Option<&str>) -> &mut Self {
        match value {
            Some(value) => self.attr(name, value),
            None => self,
        }
    }

    /// Text inside the open element.
    pub fn text(&mut self, text: &str) -> &mut Self {
        self.close_start();
        escape_into(&mut self.buf, text, false);
        self
    }

    /// `<name class="class">text</name>`, the most common shape.
    pub fn leaf(&mut self, name: &'static str, class: &'static str, text: &str) -> &mut Self {
        self.tag(name).class(class).text(text).end()
    }

    /// `<name class="class" dir="auto">text</name>`: a text of the post, which takes its
    /// direction from its own content (the format's "Text direction and language").
    pub fn leaf_auto(&mut self, name: &'static str, class: &'static str, text: &str) -> &mut Self {
        self.tag(name)
            .class(class)
            .attr_lit("dir", "auto")
            .text(text)
            .end()
    }

    /// HTML another writer wrote (already escaped), inside the open element.
    pub fn raw(&mut self, html: &str) -> &mut Self {
        self.close_start();
        if self.open.is_empty() && !html.is_empty() {
            self.top_level += 1;
        }
        self.buf.push_str(html);
        self
    }

    /// How many elements are open: a writer that shares this one closes what it
    /// opened with [`close_to`](Self::close_to).
    pub fn depth(&self) -> usize {
        self.open.len()
    }

    /// Closes open elements until `depth` are left.
    pub fn close_to(&mut self, depth: usize) -> &mut Self {
        while self.open.len() > depth {
            self.end();
        }
        self
    }

    /// Where the next child goes, for [`insert_raw`](Self::insert_raw): a part that
    /// comes first but is only known once what follows it is written.
    pub fn mark(&mut self) -> usize {
        self.close_start();
        self.buf.len()
    }

    /// HTML another writer wrote (already escaped), at `mark`, a place
    /// [`mark`](Self::mark) gave inside the element open now.
    pub fn insert_raw(&mut self, mark: usize, html: &str) -> &mut Self {
        if self.buf.is_char_boundary(mark) {
            self.buf.insert_str(mark, html);
        }
        self
    }

    /// Closes the innermost open element.
    pub fn end(&mut self) -> &mut Self {
        let Some(name) = self.open.pop() else {
            return self;
        };
        self.close_start();
        if !is_void(name) {
            self.buf.push_str("</");
            self.buf.push_str(name);
            self.buf.push('>');
        }
        self
    }

    /// The markup written so far, every element closed.
    pub fn finish(mut self) -> Markup {
        while !self.open.is_empty() {
            self.end();
        }
        Markup {
            html: self.buf,
            nodes: self.top_level,
            root: None,
        }
    }
}

/// A run of sibling elements given as HTML (see the module docs). Made by
/// [`HtmlWriter::finish`]; it renders like any view, including to HTML on the server
/// and in hydration, where it takes over the server's nodes as they are.
pub(crate) struct Markup {
    html: String,
    /// How many top-level elements `html` holds (hydration claims that many nodes).
    nodes: usize,
    /// Where the first element goes once it is in the page (built or hydrated), for
    /// the controller that makes it act (see [`super::live`]).
    root: Option<RootSlot>,
}

/// The element a [`Markup`] was built or hydrated into, once it is.
pub(crate) type RootSlot =
    leptos::prelude::StoredValue<Option<Element>, leptos::prelude::LocalStorage>;

impl Markup {
    /// The HTML of one element, which tells `slot` where it is once built or
    /// hydrated.
    pub fn element(html: String, slot: RootSlot) -> Self {
        Self {
            html,
            nodes: 1,
            root: Some(slot),
        }
    }

    fn fill_slot(&self, nodes: &Option<(Node, Node)>) {
        use leptos::prelude::SetValue;
        use leptos::wasm_bindgen::JsCast;
        if let (Some(slot), Some((first, _))) = (&self.root, nodes) {
            slot.set_value(first.clone().dyn_into::<Element>().ok());
        }
    }

    /// The HTML text.
    #[cfg(test)]
    pub fn html(&self) -> &str {
        &self.html
    }

    /// The HTML text, for a listener that inserts it itself (`insertAdjacentHTML`).
    pub fn into_html(self) -> String {
        self.html
    }
}

/// The nodes of a [`Markup`]: the first and the last, siblings of each other while
/// mounted, and the fragment that holds them while they are not.
pub(crate) struct MarkupState {
    nodes: Option<(Node, Node)>,
    parked: Option<leptos::web_sys::DocumentFragment>,
    /// A hash of the HTML, so that a rebuild with the same HTML keeps the nodes (and
    /// an image in them keeps its loaded or failed state) without keeping the text.
    hash: u64,
}

impl MarkupState {
    /// No nodes (an empty markup, or no document to parse it in).
    /// The place of an empty markup: an empty comment (see `to_html_with_buf`).
    fn placeholder(hash: u64) -> Self {
        let document = leptos::tachys::dom::document();
        let fragment = document.create_document_fragment();
        let comment: Node = document.create_comment("").into();
        let _ = fragment.append_child(&comment);
        Self {
            nodes: Some((comment.clone(), comment)),
            parked: Some(fragment),
            hash,
        }
    }

    fn empty(hash: u64) -> Self {
        Self {
            nodes: None,
            parked: None,
            hash,
        }
    }
}

fn hash_of(html: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::hash::DefaultHasher::new();
    html.hash(&mut hasher);
    hasher.finish()
}

/// Moves every node from `first` to `last` before `marker` in `parent`.
fn move_run(nodes: &Option<(Node, Node)>, parent: &Node, marker: Option<&Node>) {
    let Some((first, last)) = nodes else {
        return;
    };
    let mut next = Some(first.clone());
    while let Some(node) = next {
        next = (&node != last).then(|| node.next_sibling()).flatten();
        let _ = parent.insert_before(&node, marker);
    }
}

impl Render for Markup {
    type State = MarkupState;

    fn build(self) -> Self::State {
        use leptos::wasm_bindgen::JsCast;
        let hash = hash_of(&self.html);
        if self.nodes == 0 {
            return MarkupState::placeholder(hash);
        }
        // A <template> parses in an inert document: nothing loads or runs until the
        // nodes are inserted, and table parts (<tr>, <td>) parse as such.
        let template: leptos::web_sys::HtmlTemplateElement =
            match leptos::tachys::dom::document().create_element("template") {
                Ok(el) => el.unchecked_into(),
                Err(_) => return MarkupState::empty(hash),
            };
        template.set_inner_html(&self.html);
        let content = template.content();
        let nodes = content.first_child().zip(content.last_child());
        self.fill_slot(&nodes);
        MarkupState {
            nodes,
            parked: Some(content),
            hash,
        }
    }

    fn rebuild(self, state: &mut Self::State) {
        if hash_of(&self.html) == state.hash {
            return;
        }
        // A new text: the new nodes take the old ones' place.
        let marker = state.nodes.as_ref().and_then(|(first, _)| {
            let parent = first.parent_node()?;
            Some((parent, first.clone()))
        });
        let new = self.build();
        if let Some((parent, first)) = marker {
            move_run(&new.nodes, &parent, Some(&first));
        }
        state.unmount();
        *state = new;
    }
}

impl Mountable for MarkupState {
    fn unmount(&mut self) {
        let parked = self
            .parked
            .get_or_insert_with(|| leptos::tachys::dom::document().create_document_fragment());
        move_run(&self.nodes, parked, None);
    }

    fn mount(&mut self, parent: &Element, marker: Option<&Node>) {
        // Parked (just built, or unmounted): the whole fragment moves in one call.
        if let (Some(parked), Some((first, _))) = (&self.parked, &self.nodes) {
            let parked: &Node = parked.as_ref();
            if first.parent_node().as_ref() == Some(parked) {
                let _ = parent.insert_before(parked, marker);
                return;
            }
        }
        move_run(&self.nodes, parent, marker);
    }

    fn insert_before_this(&self, child: &mut dyn Mountable) -> bool {
        let Some((first, _)) = &self.nodes else {
            return false;
        };
        match first.parent_element() {
            Some(parent) => {
                child.mount(&parent, Some(first));
                true
            }
            None => false,
        }
    }

    fn elements(&self) -> Vec<Element> {
        Vec::new()
    }
}

impl AddAnyAttr for Markup {
    type Output<SomeNewAttr: Attribute> = Markup;

    fn add_any_attr<NewAttr: Attribute>(self, _attr: NewAttr) -> Self::Output<NewAttr>
    where
        Self::Output<NewAttr>: RenderHtml,
    {
        self
    }
}

impl RenderHtml for Markup {
    type AsyncOutput = Self;
    type Owned = Self;

    const MIN_LENGTH: usize = 0;

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Self::AsyncOutput {
        self
    }

    fn html_len(&self) -> usize {
        self.html.len()
    }

    fn to_html_with_buf(
        self,
        buf: &mut String,
        position: &mut Position,
        _escape: bool,
        _mark_branches: bool,
        _extra_attrs: Vec<AnyAttribute>,
    ) {
        // Nothing to show still leaves a place (an empty comment, as tachys marks
        // an empty view), so that a later rebuild knows where its nodes go.
        buf.push_str(if self.nodes == 0 { "<!>" } else { &self.html });
        *position = Position::NextChild;
    }

    fn to_html_async_with_buf<const OUT_OF_ORDER: bool>(
        self,
        buf: &mut StreamBuilder,
        position: &mut Position,
        _escape: bool,
        _mark_branches: bool,
        _extra_attrs: Vec<AnyAttribute>,
    ) where
        Self: Sized,
    {
        buf.push_sync(if self.nodes == 0 { "<!>" } else { &self.html });
        *position = Position::NextChild;
    }

    fn hydrate<const FROM_SERVER: bool>(
        self,
        cursor: &Cursor,
        position: &PositionState,
    ) -> Self::State {
        let hash = hash_of(&self.html);
        // As an element does: the first node is the next one, then its siblings.
        match position.get() {
            Position::FirstChild => cursor.child(),
            Position::Current => {}
            _ => cursor.sibling(),
        }
        // An empty markup's place is the comment its HTML wrote.
        let first = cursor.current();
        for _ in 1..self.nodes.max(1) {
            cursor.sibling();
        }
        let last = cursor.current();
        position.set(Position::NextChild);
        let nodes = Some((first, last));
        self.fill_slot(&nodes);
        MarkupState {
            nodes,
            parked: None,
            hash,
        }
    }

    fn into_owned(self) -> Self::Owned {
        self
    }
}

#[cfg(test)]
mod tests {
    use super::HtmlWriter;

    #[test]
    fn text_and_attributes_are_escaped_and_elements_closed() {
        let mut h = HtmlWriter::default();
        h.tag("p")
            .attr("class", "a\"b<c>&")
            .text("<script>alert(1)</script> & \"q\"");
        h.tag("img").attr_lit("alt", "x").end();
        let m = h.finish();
        assert_eq!(
            m.html(),
            "<p class=\"a&quot;b&lt;c&gt;&amp;\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"q\"<img alt=\"x\"></p>"
        );
        assert_eq!(m.nodes, 1);
    }

    /// The one-pass escaper writes what `html_escape` (tachys's escaper) writes, with
    /// U+0000 as U+FFFD, for text and attribute values alike.
    #[test]
    fn escaping_matches_html_escape() {
        for text in [
            "",
            "plain",
            "a < b && c > \"d\" 'e'",
            "&amp; already",
            "\0lead\0\0mid\0",
            "日本語 <b>ü</b> \u{1F600}\0\"",
            "<<>>&&\"\"",
        ] {
            let clean = text.replace('\0', "\u{FFFD}");
            let mut out = String::new();
            super::escape_into(&mut out, text, false);
            assert_eq!(out, html_escape::encode_text(&clean), "{text:?}");
            out.clear();
            super::escape_into(&mut out, text, true);
            assert_eq!(
                out,
                html_escape::encode_double_quoted_attribute(&clean),
                "{text:?}"
            );
        }
    }

    /// Every special byte at every place of a word, and across words: the word test
    /// never misses one.
    #[test]
    fn escaping_finds_special_bytes_anywhere_in_a_word() {
        for special in ['&', '<', '>', '"', '\0'] {
            for len in 0..20 {
                for at in 0..len {
                    let text: String = (0..len)
                        .map(|i| match i {
                            _ if i == at => special,
                            _ if i % 3 == 0 => 'é',
                            _ => 'a',
                        })
                        .collect::<String>()
                        + "abcdefghijklmnop";
                    let clean = text.replace('\0', "\u{FFFD}");
                    let mut out = String::new();
                    super::escape_into(&mut out, &text, false);
                    assert_eq!(out, html_escape::encode_text(&clean), "{text:?}");
                    out.clear();
                    super::escape_into(&mut out, &text, true);
                    let attr = html_escape::encode_double_quoted_attribute(&clean);
                    assert_eq!(out, attr, "{text:?}");
                }
            }
        }
        // Bytes next to the special ones (0x01, '%', ';', '=', '?', 0x7F, 0xFF in UTF-8)
        // are not special.
        let near = "\u{1}%';=?\u{7f}ÿ\u{1}%';=?\u{7f}ÿ";
        let mut out = String::new();
        super::escape_into(&mut out, near, true);
        assert_eq!(out, near);
    }

    #[test]
    fn top_level_elements_are_counted() {
        let mut h = HtmlWriter::default();
        h.leaf("p", "x", "one").leaf("p", "x", "two");
        h.tag("ul").leaf("li", "i", "a").leaf("li", "i", "b").end();
        assert_eq!(h.finish().nodes, 3);
    }
}
