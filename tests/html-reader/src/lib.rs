//! The native tests' HTML reader: rendered HTML read with a real parser (html5ever,
//! through `scraper`), the way a browser reads it: a [`Doc`] is a fragment parsed in a
//! `<body>` and [`El`] one of its elements, with the few queries the tests ask
//! (by class, by tag, children in order, text, decoded attributes).
//!
//! [`Doc::parse`] also checks that the HTML is well formed: html5ever reports no parse
//! error, and the tree it builds has exactly the elements the markup opens and closes,
//! in that order (a writer that forgets an end tag, closes the wrong element or nests a
//! block where the parser would move it — a `<div>` in a `<p>`, a `<tr>` outside a
//! `<tbody>` — fails there, even where HTML's error recovery is silent about it).

use std::cell::RefCell;

use html5ever::driver::{self, ParseOpts};
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::tree_builder::TreeBuilderOpts;
use html5ever::{local_name, ns, QualName};
use scraper::{ElementRef, Html, HtmlTreeSink, Node};

pub use scraper;

/// Elements that have no end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// `html` parsed as the children of a `<body>`. With `scripting` off the content of a
/// `<noscript>` is parsed as elements, as a browser without JavaScript (the reader
/// static HTML is for) parses it; with it on, as one text node.
pub fn parse_fragment(html: &str, scripting: bool) -> Html {
    let opts = ParseOpts {
        tree_builder: TreeBuilderOpts {
            scripting_enabled: scripting,
            ..TreeBuilderOpts::default()
        },
        ..ParseOpts::default()
    };
    driver::parse_fragment(
        HtmlTreeSink::new(Html::new_fragment()),
        opts,
        QualName::new(None, ns!(html), local_name!("body")),
        Vec::new(),
        false,
    )
    .one(html)
}

/// One step of an element structure: an element opens or closes.
#[derive(Debug, PartialEq, Eq)]
pub enum Step {
    /// A start tag, or the element in the tree.
    Open(String),
    /// An end tag, or the end of the element in the tree.
    Close(String),
}

/// The tags of `html` as html5ever's tokenizer reads them, before any tree building.
/// Void elements only open.
pub fn written_structure(html: &str) -> Vec<Step> {
    struct Tags(RefCell<Vec<Step>>);
    impl TokenSink for Tags {
        type Handle = ();
        fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
            if let Token::TagToken(tag) = token {
                let name = tag.name.to_string();
                self.0.borrow_mut().push(match tag.kind {
                    TagKind::StartTag => Step::Open(name),
                    TagKind::EndTag => Step::Close(name),
                });
            }
            TokenSinkResult::Continue
        }
    }
    let tokenizer = Tokenizer::new(Tags(RefCell::new(Vec::new())), TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from(html));
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    tokenizer.sink.0.into_inner()
}

/// The element structure of a parsed fragment, in document order.
pub fn parsed_structure(doc: &Html) -> Vec<Step> {
    fn walk(el: ElementRef<'_>, steps: &mut Vec<Step>) {
        let name = el.value().name();
        steps.push(Step::Open(name.to_owned()));
        for child in el.child_elements() {
            walk(child, steps);
        }
        if !VOID.contains(&name) {
            steps.push(Step::Close(name.to_owned()));
        }
    }
    let mut steps = Vec::new();
    for el in fragment_root(doc).child_elements() {
        walk(el, &mut steps);
    }
    steps
}

/// The `<html>` element a fragment's nodes are children of.
fn fragment_root(doc: &Html) -> ElementRef<'_> {
    doc.root_element()
}

/// Panics unless `html` is well formed: no parse error, and the parsed tree has
/// exactly the elements the markup writes, nested as written.
pub fn assert_well_formed(html: &str, parsed: &Html) {
    assert!(
        parsed.errors.is_empty(),
        "html5ever reports {:?} in\n{html}",
        parsed.errors
    );
    assert_structure_as_written(html, parsed);
}

/// Panics unless the tree parsed from `html` has exactly the elements its markup
/// writes, nested as written: nothing in it was moved, closed early or left open,
/// and no text was read as a tag.
pub fn assert_structure_as_written(html: &str, parsed: &Html) {
    let written = written_structure(html);
    let built = parsed_structure(parsed);
    if written != built {
        let at = written
            .iter()
            .zip(&built)
            .position(|(w, b)| w != b)
            .unwrap_or(written.len().min(built.len()));
        panic!(
            "the parser built another structure than the markup writes, from step {at}: \
             written {:?}, built {:?} in\n{html}",
            &written[at..(at + 6).min(written.len())],
            &built[at..(at + 6).min(built.len())],
        );
    }
}

/// Rendered HTML, parsed (scripting off) and checked to be well formed.
pub struct Doc {
    /// The HTML as rendered.
    pub html: String,
    parsed: Html,
}

impl Doc {
    /// Parses `html` as a fragment; panics unless it is well formed
    /// ([`assert_well_formed`]).
    pub fn parse(html: &str) -> Self {
        let parsed = parse_fragment(html, false);
        assert_well_formed(html, &parsed);
        Doc {
            html: html.to_owned(),
            parsed,
        }
    }

    /// Every element, in document order.
    pub fn all(&self) -> Vec<El<'_>> {
        fragment_root(&self.parsed)
            .descendent_elements()
            .skip(1)
            .map(El)
            .collect()
    }

    /// The top-level elements.
    pub fn roots(&self) -> Vec<El<'_>> {
        fragment_root(&self.parsed)
            .child_elements()
            .map(El)
            .collect()
    }

    /// The single top-level element.
    pub fn root(&self) -> El<'_> {
        let roots = self.roots();
        assert_eq!(
            roots.len(),
            1,
            "expected one root element in\n{}",
            self.html
        );
        roots[0]
    }

    /// The elements with `class`, in document order.
    pub fn by_class(&self, class: &str) -> Vec<El<'_>> {
        self.root().find_class(class)
    }

    /// The first element with `class`; panics if there is none.
    pub fn one(&self, class: &str) -> El<'_> {
        self.root().one(class)
    }

    /// Text content of the whole document, whitespace collapsed.
    pub fn text(&self) -> String {
        self.root().text()
    }

    /// Every element's attribute names, for checks that no attribute of a name exists.
    pub fn attribute_names(&self) -> Vec<&str> {
        self.all()
            .into_iter()
            .flat_map(|e| e.attrs().into_iter().map(|(n, _)| n))
            .collect()
    }
}

/// `text` with runs of whitespace made one space, and none at either end.
pub fn normalize_space(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One element of a [`Doc`].
#[derive(Clone, Copy)]
pub struct El<'d>(pub ElementRef<'d>);

impl std::fmt::Debug for El<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.outer())
    }
}

impl<'d> El<'d> {
    /// The tag name, lower-cased.
    pub fn name(&self) -> &'d str {
        self.0.value().name()
    }

    /// The attributes, names lower-cased and values decoded, in name order.
    pub fn attrs(&self) -> Vec<(&'d str, &'d str)> {
        self.0.value().attrs().collect()
    }

    /// An attribute's decoded value (`""` for a boolean attribute).
    pub fn attr(&self, name: &str) -> Option<&'d str> {
        self.0.value().attr(name)
    }

    /// Whether the element has the attribute `name`.
    pub fn has_attr(&self, name: &str) -> bool {
        self.attr(name).is_some()
    }

    /// Whether `class` is one of the element's classes.
    pub fn has_class(&self, class: &str) -> bool {
        self.attr("class")
            .is_some_and(|c| c.split_whitespace().any(|t| t == class))
    }

    /// `tag.first-class`, e.g. `p.anp-body__paragraph`.
    pub fn describe(&self) -> String {
        let class = self.attr("class").unwrap_or("");
        format!(
            "{}.{}",
            self.name(),
            class.split_whitespace().next().unwrap_or("")
        )
    }

    /// The element as the parser serialises it.
    pub fn outer(&self) -> String {
        self.0.html()
    }

    /// Decoded text content, whitespace kept as parsed.
    pub fn raw_text(&self) -> String {
        self.0.text().collect()
    }

    /// Decoded text content, whitespace collapsed.
    pub fn text(&self) -> String {
        normalize_space(&self.raw_text())
    }

    /// Only the element's own text nodes, whitespace collapsed.
    pub fn own_text(&self) -> String {
        let text: String = self
            .0
            .children()
            .filter_map(|n| match n.value() {
                Node::Text(t) => Some(&**t),
                _ => None,
            })
            .collect();
        normalize_space(&text)
    }

    /// The child nodes that matter to a reader, in order: elements and text (comments
    /// left out).
    pub fn child_nodes(&self) -> Vec<Child<'d>> {
        self.0
            .children()
            .filter_map(|n| match n.value() {
                Node::Text(t) => Some(Child::Text(t.to_string())),
                Node::Element(_) => ElementRef::wrap(n).map(|e| Child::El(El(e))),
                _ => None,
            })
            .collect()
    }

    /// The child elements, in order.
    pub fn children(&self) -> Vec<El<'d>> {
        self.0.child_elements().map(El).collect()
    }

    /// The elements inside this one (not itself), in document order.
    pub fn descendants(&self) -> Vec<El<'d>> {
        self.0.descendent_elements().skip(1).map(El).collect()
    }

    /// This element and those inside it that have `class`, in document order.
    pub fn find_class(&self, class: &str) -> Vec<El<'d>> {
        self.0
            .descendent_elements()
            .map(El)
            .filter(|e| e.has_class(class))
            .collect()
    }

    /// The elements inside this one named `name`, in document order.
    pub fn find_tag(&self, name: &str) -> Vec<El<'d>> {
        self.descendants()
            .into_iter()
            .filter(|e| e.name() == name)
            .collect()
    }

    /// The first element with `class` (itself or a descendant); panics if there is none.
    pub fn one(&self, class: &str) -> El<'d> {
        *self
            .find_class(class)
            .first()
            .unwrap_or_else(|| panic!("no .{class} in\n{}", self.outer()))
    }

    /// How many elements [`El::find_class`] finds.
    pub fn count(&self, class: &str) -> usize {
        self.find_class(class).len()
    }

    /// Texts of the elements with `class`, in order.
    pub fn by_class_texts(&self, class: &str) -> Vec<String> {
        self.find_class(class).iter().map(El::text).collect()
    }

    /// Whether this element is inside a `<noscript>`.
    pub fn in_noscript(&self) -> bool {
        self.0
            .ancestors()
            .filter_map(ElementRef::wrap)
            .any(|a| a.value().name() == "noscript")
    }
}

/// A child node of an [`El`].
#[derive(Debug)]
pub enum Child<'d> {
    /// A text node, decoded.
    Text(String),
    /// An element.
    El(El<'d>),
}
