//! Typed form of the format: a post, its blocks, checklist items and post refs.

use std::sync::Arc;

/// The post-meta table: any JSON, in the publisher's key order.
pub type Meta = serde_json::Map<String, serde_json::Value>;

/// The format identifier this library reads.
pub const POST_FORMAT: &str = "alphanode.post/1";
/// The index format identifier this library reads.
pub const INDEX_FORMAT: &str = "alphanode.index/1";

/// One post, parsed and checked.
///
/// Build it with [`parse_post`](crate::model::parse_post); every URL in it already
/// passed the URL policy and relative ones are resolved.
///
/// ```
/// use alphanode_widgets::model::parse_post;
/// let parsed = parse_post(r#"{"title":"Hello","body":[]}"#, None);
/// let post = parsed.value.unwrap();
/// assert_eq!(post.title, "Hello");
/// assert!(post.similar.is_empty());
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Post {
    /// `format`, when given.
    pub format: Option<String>,
    /// Stable id, keys per-post state such as checklist progress.
    pub id: Option<String>,
    /// URL segment.
    pub slug: Option<String>,
    /// The content's language (BCP 47, e.g. `en`, `ar-EG`), set as `lang` on the
    /// article. Absent (or not a language tag): unknown, and nothing is set.
    pub lang: Option<String>,
    /// The headline.
    pub title: String,
    /// The article, in reading order (invalid blocks already skipped).
    pub body: Vec<Block>,
    /// The post-meta box, when present.
    pub meta: Option<Arc<Meta>>,
    /// Similar posts (invalid refs already skipped).
    pub similar: Vec<PostRef>,
    /// Blocks of a `type` this library does not know, as published: skipped with a
    /// warning unless a host's renderer shows them (see
    /// [`BlockOverride`](crate::components::BlockOverride)).
    pub unknown_blocks: Vec<UnknownBlock>,
}

/// A body block whose `type` is none of [`BLOCK_TYPES`], kept as published so a
/// host's renderer can show it.
#[derive(Clone, Debug, PartialEq)]
pub struct UnknownBlock {
    /// Index of the block in the document's `body` array.
    pub source_index: usize,
    /// Its `type`.
    pub type_name: String,
    /// The block object as published.
    pub json: serde_json::Value,
}

/// The block types of the format, as [`BlockKind::type_name`] names them.
pub const BLOCK_TYPES: [&str; 7] = [
    "paragraph",
    "heading",
    "image",
    "list",
    "checklist",
    "quote",
    "code",
];

impl Post {
    /// The key under which per-post state is stored: `id`, else `slug`.
    ///
    /// ```
    /// # use alphanode_widgets::model::Post;
    /// let post = Post { slug: Some("a".into()), ..Post::default() };
    /// assert_eq!(post.state_key(), Some("a"));
    /// ```
    pub fn state_key(&self) -> Option<&str> {
        self.id.as_deref().or(self.slug.as_deref())
    }
}

/// A post ready to show, with the warnings found while reading it. Loaded once and
/// shared (`Arc`) by every widget that shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct ReadyPost {
    /// The parsed post.
    pub post: Post,
    /// Warnings (skipped blocks, refused URLs, coerced types).
    pub warnings: Vec<super::Diagnostic>,
}

impl ReadyPost {
    /// A parse's outcome as a post ready to show, or the failure that explains why
    /// there is none: the one place a parsed post becomes one.
    ///
    /// ```
    /// use alphanode_widgets::model::{parse_post, ReadyPost};
    /// let ready = ReadyPost::from_parsed(parse_post(r#"{"title":"T","body":[]}"#, None)).unwrap();
    /// assert_eq!(ready.post.title, "T");
    /// assert!(ReadyPost::from_parsed(parse_post("{", None)).is_err());
    /// ```
    pub fn from_parsed(
        parsed: super::Parsed<Post>,
    ) -> Result<std::sync::Arc<Self>, super::Failure> {
        parsed
            .into_result()
            .map(|(post, warnings)| std::sync::Arc::new(Self { post, warnings }))
    }

    /// Parses a post document (see [`parse_post`](super::parse_post)) into a post
    /// ready to show.
    ///
    /// ```
    /// use alphanode_widgets::model::ReadyPost;
    /// let failure = ReadyPost::parse(r#"{"title": 5, "body": []}"#, None).unwrap_err();
    /// assert_eq!(failure.diagnostics[0].path, "title");
    /// ```
    pub fn parse(
        json: &str,
        base_url: Option<&str>,
    ) -> Result<std::sync::Arc<Self>, super::Failure> {
        Self::from_parsed(super::parse_post(json, base_url))
    }
}

/// A body block. Each keeps its index in the source `body` array.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    /// Index of the block in the document's `body` array.
    pub source_index: usize,
    /// What the block is.
    pub kind: BlockKind,
}

/// The block types of the format.
#[derive(Clone, Debug, PartialEq)]
pub enum BlockKind {
    /// `paragraph`.
    Paragraph {
        /// The text.
        text: String,
    },
    /// `heading`, level 2–4.
    Heading {
        /// The text.
        text: String,
        /// 2, 3 or 4.
        level: u8,
    },
    /// `image`.
    Image(Image),
    /// `list`.
    List {
        /// The items.
        items: Vec<String>,
        /// Numbered when `true`.
        ordered: bool,
    },
    /// `checklist`.
    Checklist(Checklist),
    /// `quote`.
    Quote {
        /// The quoted text.
        text: String,
        /// Who said it.
        cite: Option<String>,
    },
    /// `code`.
    Code {
        /// The code.
        code: String,
        /// Its language, e.g. `python`.
        language: Option<String>,
    },
}

impl BlockKind {
    /// The format's `type` name of this block.
    pub fn type_name(&self) -> &'static str {
        match self {
            BlockKind::Paragraph { .. } => "paragraph",
            BlockKind::Heading { .. } => "heading",
            BlockKind::Image(_) => "image",
            BlockKind::List { .. } => "list",
            BlockKind::Checklist(_) => "checklist",
            BlockKind::Quote { .. } => "quote",
            BlockKind::Code { .. } => "code",
        }
    }
}

impl Block {
    /// The block as a format object (`{"type": "code", "code": …}`), as it was read:
    /// defaults filled in, URLs checked and resolved (a refused one is absent). What
    /// a host's renderer is given.
    ///
    /// ```
    /// use alphanode_widgets::model::parse_post;
    /// let post = parse_post(r#"{"title":"T","body":[{"type":"heading","text":"Hi"}]}"#, None)
    ///     .value.unwrap();
    /// assert_eq!(post.body[0].to_json().to_string(), r#"{"type":"heading","text":"Hi","level":2}"#);
    /// ```
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::{json, Map, Value};
        let mut out = Map::new();
        out.insert("type".into(), self.kind.type_name().into());
        let mut put = |key: &str, value: Value| {
            if !value.is_null() {
                out.insert(key.into(), value);
            }
        };
        match &self.kind {
            BlockKind::Paragraph { text } => put("text", json!(text)),
            BlockKind::Heading { text, level } => {
                put("text", json!(text));
                put("level", json!(level));
            }
            BlockKind::Image(image) => {
                put("src", json!(image.src));
                put("alt", json!(image.alt));
                put("caption", json!(image.caption));
                put("credit", json!(image.credit));
                put("credit_url", json!(image.credit_url));
            }
            BlockKind::List { items, ordered } => {
                put("items", json!(items));
                put("ordered", json!(ordered));
            }
            BlockKind::Checklist(list) => {
                put("title", json!(list.title));
                let items: Vec<Value> = list
                    .items
                    .iter()
                    .map(|i| json!({ "text": i.text, "checked": i.checked }))
                    .collect();
                put("items", Value::Array(items));
            }
            BlockKind::Quote { text, cite } => {
                put("text", json!(text));
                put("cite", json!(cite));
            }
            BlockKind::Code { code, language } => {
                put("code", json!(code));
                put("language", json!(language));
            }
        }
        Value::Object(out)
    }
}

/// An image block. `src` is `None` when the URL was refused: the figure still shows
/// its alt text, caption and credit.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Image {
    /// Checked, resolved image URL.
    pub src: Option<String>,
    /// Alternative text.
    pub alt: Option<String>,
    /// Caption under the image.
    pub caption: Option<String>,
    /// Credit, e.g. `unsplash`.
    pub credit: Option<String>,
    /// Checked, resolved link for the credit.
    pub credit_url: Option<String>,
}

/// A checklist block.
///
/// ```
/// # use alphanode_widgets::model::{Checklist, ChecklistItem};
/// let c = Checklist { title: None, items: vec![ChecklistItem { text: "a".into(), checked: true }] };
/// assert_eq!(c.items.iter().filter(|i| i.checked).count(), 1);
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Checklist {
    /// Heading above the items.
    pub title: Option<String>,
    /// The items with their published default state.
    pub items: Vec<ChecklistItem>,
}

/// One checklist item.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChecklistItem {
    /// Label text.
    pub text: String,
    /// Published default; the reader's saved state overrides it.
    pub checked: bool,
}

/// Percent-encode a slug for use in a URL path segment.
fn encode_segment(slug: &str) -> String {
    let mut out = String::with_capacity(slug.len());
    for b in slug.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Fill `{slug}` in a link template such as `/blog/{slug}`, percent-encoding the slug.
///
/// ```
/// use alphanode_widgets::model::fill_link_template;
/// assert_eq!(fill_link_template("/blog/{slug}", "a b"), "/blog/a%20b");
/// ```
pub fn fill_link_template(template: &str, slug: &str) -> String {
    template.replace("{slug}", &encode_segment(slug))
}

/// An entry of `similar[]`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PostRef {
    /// Title (required).
    pub title: String,
    /// Slug, for link templates and app routes.
    pub slug: Option<String>,
    /// Checked, resolved explicit link.
    pub href: Option<String>,
    /// Short summary.
    pub summary: Option<String>,
    /// Topic line.
    pub topic: Option<String>,
    /// Checked, resolved image URL.
    pub image: Option<String>,
}

impl PostRef {
    /// Where this ref links to, per the format: its `href`; else the link template
    /// with `{slug}` filled in (the host's, or the app's own route); else nowhere.
    /// A template that yields a refused URL links nowhere.
    ///
    /// ```
    /// use alphanode_widgets::model::PostRef;
    /// let r = PostRef { title: "T".into(), slug: Some("s".into()), ..PostRef::default() };
    /// assert_eq!(r.link(Some("/blog/{slug}")).as_deref(), Some("/blog/s"));
    /// assert_eq!(r.link(None), None);
    /// ```
    pub fn link(&self, template: Option<&str>) -> Option<String> {
        // Parsed refs are already checked; refs built in code are checked here.
        if let Some(href) = &self.href {
            if let Ok(url) = crate::model::check_url(href, None) {
                return Some(url);
            }
        }
        let slug = self.slug.as_deref().filter(|s| !s.is_empty())?;
        let filled = fill_link_template(template?, slug);
        crate::model::check_url(&filled, None).ok()
    }
}

/// A browsing index (`alphanode.index/1`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Index {
    /// The listed posts, in the publisher's order.
    pub posts: Vec<IndexEntry>,
}

/// One post of an [`Index`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct IndexEntry {
    /// Slug; the post lives at `posts/{slug}.json` unless `href` is set.
    pub slug: String,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Topic.
    pub topic: String,
    /// Stacks, for filters.
    pub stack: Vec<String>,
    /// Difficulty, for filters.
    pub difficulty: Option<String>,
    /// Minutes to read.
    pub reading_time: Option<u32>,
    /// Where the post document is, when not beside the index.
    pub href: Option<String>,
}

impl IndexEntry {
    /// The line under a listed post: topic · stacks · difficulty · reading time.
    ///
    /// ```
    /// use alphanode_widgets::model::IndexEntry;
    /// let e = IndexEntry { topic: "t".into(), stack: vec!["a".into(), "b".into()], reading_time: Some(5), ..IndexEntry::default() };
    /// assert_eq!(e.meta_line(), "t · a, b · 5 min read");
    /// ```
    pub fn meta_line(&self) -> String {
        [
            (!self.topic.is_empty()).then(|| self.topic.clone()),
            (!self.stack.is_empty()).then(|| self.stack.join(", ")),
            self.difficulty.clone(),
            self.reading_time.map(|t| format!("{t} min read")),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ")
    }
}
