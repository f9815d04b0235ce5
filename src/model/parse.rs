//! From JSON text to the typed model, collecting diagnostics on the way.
//!
//! Parsing is two steps: the text becomes a `serde_json::Value` (syntax errors carry
//! line and column; nesting is checked first so no input can exhaust the stack), then
//! the value is walked with its JSON path so every problem names where it is.

use std::sync::Arc;

use serde_json::{Map, Value};

use super::diagnostic::{Diagnostic, Failure, JsonPath};
use super::number::Decimal;
use super::post::*;
use super::url::check_url;

/// How deep a document may nest (objects and arrays). Deeper documents are refused.
pub const MAX_DEPTH: usize = 128;

/// A parsed value together with everything noticed while parsing it.
///
/// `value` is `None` when an error made the document unusable; warnings never do.
///
/// ```
/// use alphanode_widgets::model::parse_post;
/// let parsed = parse_post(r#"{"title":"T","body":[{"type":"video"}]}"#, None);
/// assert!(parsed.value.is_some());
/// assert_eq!(parsed.diagnostics[0].path, "body[0].type");
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Parsed<T> {
    /// The result, unless an error prevented it.
    pub value: Option<T>,
    /// Errors and warnings, in document order.
    pub diagnostics: Vec<Diagnostic>,
}

impl<T> Parsed<T> {
    /// The value and its warnings, or a [`Failure`] that explains why there is none.
    pub fn into_result(self) -> Result<(T, Vec<Diagnostic>), Failure> {
        match self.value {
            Some(v) => Ok((v, self.diagnostics)),
            None => Err(Failure::from_diagnostics(self.diagnostics)),
        }
    }
}

/// Parse a post document. `base_url` is the URL the document was loaded from;
/// relative URLs inside it resolve against it.
///
/// ```
/// use alphanode_widgets::model::parse_post;
/// let parsed = parse_post(r#"{"title": 5, "body": []}"#, None);
/// assert!(parsed.value.is_none());
/// assert_eq!(parsed.diagnostics[0].to_string(), "title: expected a string, found a number");
/// ```
pub fn parse_post(text: &str, base_url: Option<&str>) -> Parsed<Post> {
    match parse_json(text) {
        Ok(mut value) => {
            // The meta object is the bulk of most posts and the walker never looks
            // inside it: it moves into the post instead of being copied. Its place
            // keeps an empty object, so the walk (and its diagnostics) is the same.
            let meta = match value.get_mut("meta") {
                Some(Value::Object(meta)) => Some(std::mem::take(meta)),
                _ => None,
            };
            let mut parsed = post_from_value(&value, base_url);
            if let (Some(post), Some(meta)) = (parsed.value.as_mut(), meta) {
                post.meta = Some(Arc::new(meta));
            }
            parsed
        }
        Err(d) => Parsed {
            value: None,
            diagnostics: vec![d],
        },
    }
}

/// Parse JSON text into a value, refusing nesting deeper than [`MAX_DEPTH`].
///
/// ```
/// use alphanode_widgets::model::parse_json;
/// let err = parse_json("{\"a\": [1, 2,").unwrap_err();
/// assert!(err.line.is_some());
/// ```
pub fn parse_json(text: &str) -> Result<Value, Diagnostic> {
    let root = JsonPath::root();
    // Browsers strip a byte-order mark when decoding a fetched body; do the same here.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // First with serde_json's own depth limit, which is stricter than ours (it
    // refuses a 128th level): a document it reads nests less than MAX_DEPTH, so the
    // nesting scan below is only paid for documents that fail. A failure before any
    // level past its limit is the same failure as without the limit.
    let error = match parse_value(text, true) {
        Ok(value) => return Ok(value),
        Err(e) => e,
    };
    if let Some((line, column)) = too_deep(text) {
        return Err(Diagnostic::error(
            &root,
            format!("the document nests deeper than {MAX_DEPTH} levels"),
        )
        .at(line, column));
    }
    let error = if error.to_string().starts_with("recursion limit exceeded") {
        // Exactly MAX_DEPTH levels: allowed here, and bounded by the scan above.
        match parse_value(text, false) {
            Ok(value) => return Ok(value),
            Err(e) => e,
        }
    } else {
        error
    };
    let what = match error.classify() {
        serde_json::error::Category::Eof => "the JSON ends too early",
        _ => "malformed JSON",
    };
    let message = strip_position(&error.to_string());
    Err(Diagnostic::error(&root, format!("{what}: {message}"))
        .at(error.line().max(1), error.column().max(1)))
}

/// The whole text as one value, with or without serde_json's depth limit (only
/// lifted once the depth is known to be bounded).
fn parse_value(text: &str, limited: bool) -> Result<Value, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    if !limited {
        de.disable_recursion_limit();
    }
    serde::Deserialize::deserialize(&mut de).and_then(|v: Value| de.end().map(|_| v))
}

fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message.get(..i).unwrap_or(message).to_owned(),
        None => message.to_owned(),
    }
}

/// Line and column where nesting first exceeds [`MAX_DEPTH`], scanning outside strings.
///
/// A byte scan: every byte that matters (`"`, `\\`, brackets, braces, newlines) is
/// ASCII, and UTF-8 never uses ASCII bytes inside a multi-byte character. The column
/// (in characters, as before) is only counted for the one position reported.
fn too_deep(text: &str) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'"' => {
                // Skip the string: to the next unescaped quote.
                i += 1;
                while let Some(&c) = bytes.get(i) {
                    match c {
                        b'\\' => i += 2,
                        b'"' => break,
                        _ => i += 1,
                    }
                }
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(position_of(text, i));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// The line and column of byte `at` of `text` as the nesting check reports them:
/// lines counted by the newlines outside strings, the column in characters since the
/// last of them.
fn position_of(text: &str, at: usize) -> (usize, usize) {
    let (mut line, mut column) = (1usize, 0usize);
    let (mut in_string, mut escaped) = (false, false);
    for (i, c) in text.char_indices() {
        column += 1;
        if i >= at {
            break;
        }
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '\n' => {
                line += 1;
                column = 0;
            }
            _ => {}
        }
    }
    (line, column)
}

/// Whether `tag` has the shape of a BCP 47 language tag: subtags of 1–8 ASCII letters
/// or digits joined by `-`, the first of 2–8 letters (or the private-use `x`/`i`).
/// The registry itself is not consulted: browsers accept any well-formed tag in
/// `lang`, and an unknown but well-formed one does no harm.
///
/// ```
/// use alphanode_widgets::model::is_language_tag;
/// assert!(is_language_tag("en"));
/// assert!(is_language_tag("zh-Hant-TW"));
/// assert!(!is_language_tag("english please"));
/// assert!(!is_language_tag(""));
/// ```
pub fn is_language_tag(tag: &str) -> bool {
    if tag.len() > 64 {
        return false;
    }
    let mut subtags = tag.split('-');
    let first_ok = subtags.next().is_some_and(|first| {
        let len = first.len();
        first.chars().all(|c| c.is_ascii_alphabetic())
            && ((2..=8).contains(&len)
                || first.eq_ignore_ascii_case("x")
                || first.eq_ignore_ascii_case("i"))
    });
    first_ok
        && subtags
            .all(|s| (1..=8).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// The blocks of `body` whose `type` is a string this library does not know (the
/// ones `Walker::block` warns about as unknown), kept as published.
fn unknown_blocks(body: &[Value]) -> Vec<UnknownBlock> {
    body.iter()
        .enumerate()
        .filter_map(|(source_index, block)| {
            let type_name = block.get("type")?.as_str()?;
            (!BLOCK_TYPES.contains(&type_name)).then(|| UnknownBlock {
                source_index,
                type_name: type_name.to_owned(),
                json: block.clone(),
            })
        })
        .collect()
}

/// The JSON type name used in messages ("found a number").
pub fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Where the walker is, as a chain of borrowed segments: building it costs nothing,
/// and only a diagnostic turns it into a [`JsonPath`] (most fields have none).
#[derive(Clone, Copy)]
enum Path<'a> {
    Root,
    /// A path given by a caller.
    Json(&'a JsonPath),
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl<'a> Path<'a> {
    fn key<'b>(&'b self, key: &'b str) -> Path<'b> {
        Path::Key(self, key)
    }

    fn index(&self, index: usize) -> Path<'_> {
        Path::Index(self, index)
    }

    fn to_json_path(self) -> JsonPath {
        match self {
            Path::Root => JsonPath::root(),
            Path::Json(path) => path.clone(),
            Path::Key(parent, key) => parent.to_json_path().key(key),
            Path::Index(parent, index) => parent.to_json_path().index(index),
        }
    }
}

/// Walks one document, collecting diagnostics.
struct Walker<'a> {
    base: Option<&'a str>,
    diagnostics: Vec<Diagnostic>,
}

impl<'a> Walker<'a> {
    fn warn(&mut self, path: &Path<'_>, message: impl Into<String>) {
        self.diagnostics
            .push(Diagnostic::warning(&path.to_json_path(), message));
    }

    fn error(&mut self, path: &Path<'_>, message: impl Into<String>) {
        self.diagnostics
            .push(Diagnostic::error(&path.to_json_path(), message));
    }

    fn wrong_type(&mut self, path: &Path<'_>, expected: &str, found: &Value) {
        self.warn(
            path,
            format!("expected {expected}, found {}", type_name(found)),
        );
    }

    /// A string field. Numbers and booleans are shown as their text, with a warning,
    /// so that nothing the publisher wrote is lost.
    fn text(&mut self, obj: &Map<String, Value>, key: &str, path: &Path<'_>) -> Option<String> {
        let value = obj.get(key)?;
        let path = path.key(key);
        match value {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => {
                self.warn(&path, "expected a string, found a number; shown as text");
                Some(n.to_string())
            }
            Value::Bool(b) => {
                self.warn(&path, "expected a string, found a boolean; shown as text");
                Some(b.to_string())
            }
            Value::Null => None,
            other => {
                self.wrong_type(&path, "a string", other);
                None
            }
        }
    }

    fn required_text(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        path: &Path<'_>,
    ) -> Option<String> {
        if !obj.contains_key(key) || obj.get(key).is_some_and(Value::is_null) {
            self.warn(&path.key(key), "required field is missing; skipped");
            return None;
        }
        self.text(obj, key, path)
    }

    fn bool_field(&mut self, obj: &Map<String, Value>, key: &str, path: &Path<'_>) -> bool {
        match obj.get(key) {
            None | Some(Value::Null) => false,
            Some(Value::Bool(b)) => *b,
            Some(other) => {
                self.wrong_type(&path.key(key), "a boolean", other);
                false
            }
        }
    }

    fn url(&mut self, obj: &Map<String, Value>, key: &str, path: &Path<'_>) -> Option<String> {
        let raw = self.text(obj, key, path)?;
        match check_url(&raw, self.base) {
            Ok(url) => Some(url),
            Err(refusal) => {
                self.warn(&path.key(key), refusal.to_string());
                None
            }
        }
    }

    fn strings(&mut self, value: &Value, path: &Path<'_>) -> Option<Vec<String>> {
        let Value::Array(items) = value else {
            self.wrong_type(path, "an array of strings", value);
            return None;
        };
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            match item {
                Value::String(s) => out.push(s.clone()),
                Value::Number(n) => {
                    self.warn(
                        &path.index(i),
                        "expected a string, found a number; shown as text",
                    );
                    out.push(n.to_string());
                }
                Value::Bool(b) => {
                    self.warn(
                        &path.index(i),
                        "expected a string, found a boolean; shown as text",
                    );
                    out.push(b.to_string());
                }
                other => self.wrong_type(&path.index(i), "a string", other),
            }
        }
        Some(out)
    }

    fn post(&mut self, value: &Value) -> Option<Post> {
        let root = Path::Root;
        let Value::Object(obj) = value else {
            self.error(
                &root,
                format!("a post must be a JSON object, found {}", type_name(value)),
            );
            return None;
        };
        let format = self.format(obj, "alphanode.post/", POST_FORMAT)?;
        let title = match obj.get("title") {
            Some(Value::String(s)) => Some(s.clone()),
            None => {
                self.error(&root.key("title"), "required field is missing");
                None
            }
            Some(other) => {
                self.error(
                    &root.key("title"),
                    format!("expected a string, found {}", type_name(other)),
                );
                None
            }
        };
        let body = match obj.get("body") {
            Some(Value::Array(blocks)) => Some(blocks),
            None => {
                self.error(&root.key("body"), "required field is missing");
                None
            }
            Some(other) => {
                self.error(
                    &root.key("body"),
                    format!("expected an array, found {}", type_name(other)),
                );
                None
            }
        };
        let id = self.text(obj, "id", &root);
        let slug = self.text(obj, "slug", &root);
        let lang = self.text(obj, "lang", &root).and_then(|lang| {
            if is_language_tag(&lang) {
                Some(lang)
            } else {
                self.warn(
                    &root.key("lang"),
                    "not a language tag (BCP 47, e.g. \"en\" or \"pt-BR\"); ignored",
                );
                None
            }
        });
        let blocks = body
            .map(|blocks| {
                blocks
                    .iter()
                    .enumerate()
                    .filter_map(|(i, b)| self.block(i, b, &root.key("body").index(i)))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        let meta = match obj.get("meta") {
            None | Some(Value::Null) => None,
            Some(Value::Object(m)) => Some(Arc::new(m.clone())),
            Some(other) => {
                self.wrong_type(&root.key("meta"), "an object", other);
                None
            }
        };
        let similar = match obj.get("similar") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(refs)) => refs
                .iter()
                .enumerate()
                .filter_map(|(i, r)| self.post_ref(r, &root.key("similar").index(i)))
                .collect(),
            Some(other) => {
                self.wrong_type(&root.key("similar"), "an array", other);
                Vec::new()
            }
        };
        let body = body?;
        Some(Post {
            format,
            id,
            slug,
            lang,
            title: title?,
            body: blocks,
            meta,
            similar,
            unknown_blocks: unknown_blocks(body),
        })
    }

    /// `Some(format)` when the document may be read; `None` after an error.
    fn format(
        &mut self,
        obj: &Map<String, Value>,
        family: &str,
        expected: &str,
    ) -> Option<Option<String>> {
        let root = Path::Root;
        let path = root.key("format");
        let format = match obj.get("format") {
            None | Some(Value::Null) => return Some(None),
            Some(Value::String(s)) => s,
            Some(other) => {
                self.wrong_type(&path, "a string", other);
                return Some(None);
            }
        };
        let Some(version) = format.strip_prefix(family) else {
            self.error(
                &path,
                format!(
                    "\"{format}\" is not a document this library reads (expected \"{expected}\")"
                ),
            );
            return None;
        };
        let major = version.split('.').next().unwrap_or_default();
        if major != "1" {
            self.error(
                &path,
                format!(
                    "unsupported format version \"{format}\": this library reads \"{expected}\""
                ),
            );
            return None;
        }
        Some(Some(format.clone()))
    }

    fn block(&mut self, index: usize, value: &Value, path: &Path<'_>) -> Option<Block> {
        // An unknown type is warned about here and kept by `unknown_blocks`.
        let Value::Object(obj) = value else {
            self.warn(
                path,
                format!(
                    "expected a block object, found {}; block skipped",
                    type_name(value)
                ),
            );
            return None;
        };
        let kind = match obj.get("type") {
            Some(Value::String(t)) => t.as_str(),
            None => {
                self.warn(
                    &path.key("type"),
                    "required field is missing; block skipped",
                );
                return None;
            }
            Some(other) => {
                self.warn(
                    &path.key("type"),
                    format!(
                        "expected a string, found {}; block skipped",
                        type_name(other)
                    ),
                );
                return None;
            }
        };
        let kind = match kind {
            "paragraph" => BlockKind::Paragraph {
                text: self.required_text(obj, "text", path)?,
            },
            "heading" => BlockKind::Heading {
                text: self.required_text(obj, "text", path)?,
                level: self.heading_level(obj, path),
            },
            "image" => {
                if obj.get("src").is_none_or(Value::is_null) {
                    self.warn(&path.key("src"), "required field is missing; block skipped");
                    return None;
                }
                BlockKind::Image(Image {
                    src: self.url(obj, "src", path),
                    alt: self.text(obj, "alt", path),
                    caption: self.text(obj, "caption", path),
                    credit: self.text(obj, "credit", path),
                    credit_url: self.url(obj, "credit_url", path),
                })
            }
            "list" => {
                let Some(items) = obj.get("items") else {
                    self.warn(
                        &path.key("items"),
                        "required field is missing; block skipped",
                    );
                    return None;
                };
                BlockKind::List {
                    items: self.strings(items, &path.key("items"))?,
                    ordered: self.bool_field(obj, "ordered", path),
                }
            }
            "checklist" => BlockKind::Checklist(self.checklist(obj, path)?),
            "quote" => BlockKind::Quote {
                text: self.required_text(obj, "text", path)?,
                cite: self.text(obj, "cite", path),
            },
            "code" => BlockKind::Code {
                code: self.required_text(obj, "code", path)?,
                language: self.text(obj, "language", path),
            },
            other => {
                self.warn(
                    &path.key("type"),
                    format!("unknown block type \"{other}\"; block skipped"),
                );
                return None;
            }
        };
        Some(Block {
            source_index: index,
            kind,
        })
    }

    fn heading_level(&mut self, obj: &Map<String, Value>, path: &Path<'_>) -> u8 {
        let Some(value) = obj.get("level") else {
            return 2;
        };
        let Some(number) = value.as_number() else {
            self.wrong_type(&path.key("level"), "a number from 2 to 4", value);
            return 2;
        };
        // Read exactly from the published digits: `3.0` is 3, `2.5` rounds to 3.
        let decimal = Decimal::parse(number.as_str());
        match decimal.as_ref().and_then(Decimal::integer) {
            Some(level @ 2..=4) => level as u8,
            _ => {
                let level = decimal.map_or(2, |d| d.round_clamped(2, 4)) as u8;
                self.warn(
                    &path.key("level"),
                    format!("heading level must be 2, 3 or 4; {number} shown as {level}"),
                );
                level
            }
        }
    }

    fn checklist(&mut self, obj: &Map<String, Value>, path: &Path<'_>) -> Option<Checklist> {
        let title = self.text(obj, "title", path);
        let items_path = path.key("items");
        let items = match obj.get("items") {
            Some(Value::Array(items)) => items,
            None => {
                self.warn(&items_path, "required field is missing; block skipped");
                return None;
            }
            Some(other) => {
                self.warn(
                    &items_path,
                    format!(
                        "expected an array, found {}; block skipped",
                        type_name(other)
                    ),
                );
                return None;
            }
        };
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let item_path = items_path.index(i);
            match item {
                Value::String(s) => out.push(ChecklistItem {
                    text: s.clone(),
                    checked: false,
                }),
                Value::Object(o) => {
                    if let Some(text) = self.required_text(o, "text", &item_path) {
                        let checked = self.bool_field(o, "checked", &item_path);
                        out.push(ChecklistItem { text, checked });
                    }
                }
                other => self.wrong_type(&item_path, "a string or an item object", other),
            }
        }
        Some(Checklist { title, items: out })
    }

    fn post_ref(&mut self, value: &Value, path: &Path<'_>) -> Option<PostRef> {
        let Value::Object(obj) = value else {
            self.warn(
                path,
                format!(
                    "expected a post ref object, found {}; skipped",
                    type_name(value)
                ),
            );
            return None;
        };
        let title = self.required_text(obj, "title", path)?;
        Some(PostRef {
            title,
            slug: self.text(obj, "slug", path),
            href: self.url(obj, "href", path),
            summary: self.text(obj, "summary", path),
            topic: self.text(obj, "topic", path),
            image: self.url(obj, "image", path),
        })
    }

    fn index(&mut self, value: &Value) -> Option<Index> {
        let root = Path::Root;
        let Value::Object(obj) = value else {
            self.error(
                &root,
                format!("an index must be a JSON object, found {}", type_name(value)),
            );
            return None;
        };
        self.format(obj, "alphanode.index/", INDEX_FORMAT)?;
        let posts = match obj.get("posts") {
            Some(Value::Array(posts)) => posts,
            Some(other) => {
                self.error(
                    &root.key("posts"),
                    format!("expected an array, found {}", type_name(other)),
                );
                return None;
            }
            None => {
                self.error(&root.key("posts"), "required field is missing");
                return None;
            }
        };
        let entries = posts
            .iter()
            .enumerate()
            .filter_map(|(i, p)| self.index_entry(p, &root.key("posts").index(i)))
            .collect();
        Some(Index { posts: entries })
    }

    fn index_entry(&mut self, value: &Value, path: &Path<'_>) -> Option<IndexEntry> {
        let Value::Object(obj) = value else {
            self.wrong_type(path, "an object", value);
            return None;
        };
        let title = self.required_text(obj, "title", path)?;
        let href = self.url(obj, "href", path);
        let slug = self.text(obj, "slug", path).unwrap_or_default();
        if slug.is_empty() && href.is_none() {
            self.warn(path, "an index entry needs a slug or an href; skipped");
            return None;
        }
        let stack = match obj.get("stack") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::String(s)) => vec![s.clone()],
            Some(v) => self.strings(v, &path.key("stack")).unwrap_or_default(),
        };
        let reading_time = match obj.get("reading_time") {
            None | Some(Value::Null) => None,
            Some(v) => match v.as_u64().and_then(|n| u32::try_from(n).ok()) {
                Some(n) => Some(n),
                None => {
                    self.wrong_type(&path.key("reading_time"), "a whole number", v);
                    None
                }
            },
        };
        Some(IndexEntry {
            title,
            summary: self.text(obj, "summary", path).unwrap_or_default(),
            topic: self.text(obj, "topic", path).unwrap_or_default(),
            difficulty: self.text(obj, "difficulty", path),
            slug,
            stack,
            reading_time,
            href,
        })
    }
}

/// Check an already-parsed JSON value as a post.
///
/// ```
/// use alphanode_widgets::model::post_from_value;
/// let v = serde_json::json!({"title": "T", "body": [{"type": "paragraph", "text": 3}]});
/// let parsed = post_from_value(&v, None);
/// assert_eq!(parsed.diagnostics[0].path, "body[0].text");
/// ```
pub fn post_from_value(value: &Value, base_url: Option<&str>) -> Parsed<Post> {
    let mut walker = Walker {
        base: base_url,
        diagnostics: Vec::new(),
    };
    let post = walker.post(value);
    Parsed {
        value: post,
        diagnostics: walker.diagnostics,
    }
}

/// Parse a browsing index (`alphanode.index/1`). Relative `href`s resolve against `base_url`.
///
/// ```
/// use alphanode_widgets::model::parse_index;
/// let idx = parse_index(r#"{"posts":[{"slug":"a","title":"A"}]}"#, None).value.unwrap();
/// assert_eq!(idx.posts[0].slug, "a");
/// ```
pub fn parse_index(text: &str, base_url: Option<&str>) -> Parsed<Index> {
    let value = match parse_json(text) {
        Ok(v) => v,
        Err(d) => {
            return Parsed {
                value: None,
                diagnostics: vec![d],
            }
        }
    };
    let mut walker = Walker {
        base: base_url,
        diagnostics: Vec::new(),
    };
    let index = walker.index(&value);
    Parsed {
        value: index,
        diagnostics: walker.diagnostics,
    }
}

/// Walk a browsing index without holding its whole tree: `visit` gets each listed
/// post's position in `posts`, its JSON object and the entry the app would list
/// (entries [`parse_index`] skips are not visited). The rules and the diagnostics are
/// `parse_index`'s, so whatever is built from the walk lists exactly what the app
/// lists from the file. For the shard builder: a million posts as one `Value` tree
/// need several gigabytes.
///
/// `value` is the number of posts visited, or `None` (with the reason) when the
/// document is not a usable index. A `posts` key given twice is refused, since the
/// entries of the first were already visited.
///
/// ```
/// use alphanode_widgets::model::walk_index;
/// let mut slugs = Vec::new();
/// let parsed = walk_index(r#"{"posts":[{"slug":"a","title":"A"},{"title":"no slug"}]}"#, |_, _, e| slugs.push(e.slug));
/// assert_eq!(parsed.value, Some(1));
/// assert_eq!(slugs, ["a"]);
/// assert_eq!(parsed.diagnostics[0].path, "posts[1]");
/// ```
pub fn walk_index(text: &str, mut visit: impl FnMut(usize, &Value, IndexEntry)) -> Parsed<usize> {
    use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
    use std::fmt;

    struct Walk<'w, 'b, F> {
        walker: &'w mut Walker<'b>,
        visit: &'w mut F,
        format: Option<Value>,
        posts: usize,
        seen_posts: bool,
        duplicate: bool,
    }
    struct Root<'r, 'w, 'b, F>(&'r mut Walk<'w, 'b, F>);
    struct Posts<'r, 'w, 'b, F>(&'r mut Walk<'w, 'b, F>);

    impl<'de, F: FnMut(usize, &Value, IndexEntry)> Visitor<'de> for Root<'_, '_, '_, F> {
        type Value = ();
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("an index object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
            while let Some(key) = map.next_key::<String>()? {
                match key.as_str() {
                    "format" => self.0.format = Some(map.next_value::<Value>()?),
                    "posts" if self.0.seen_posts => {
                        self.0.duplicate = true;
                        map.next_value::<IgnoredAny>()?;
                    }
                    "posts" => {
                        self.0.seen_posts = true;
                        map.next_value_seed(Posts(&mut *self.0))?;
                    }
                    _ => {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
            }
            Ok(())
        }
    }
    impl<'de, F: FnMut(usize, &Value, IndexEntry)> DeserializeSeed<'de> for Posts<'_, '_, '_, F> {
        type Value = ();
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
            d.deserialize_seq(self)
        }
    }
    impl<'de, F: FnMut(usize, &Value, IndexEntry)> Visitor<'de> for Posts<'_, '_, '_, F> {
        type Value = ();
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("an array of posts")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
            let root = Path::Root;
            let posts = root.key("posts");
            let mut i = 0;
            while let Some(value) = seq.next_element::<Value>()? {
                if let Some(entry) = self.0.walker.index_entry(&value, &posts.index(i)) {
                    (self.0.visit)(i, &value, entry);
                    self.0.posts += 1;
                }
                i += 1;
            }
            Ok(())
        }
    }

    let stripped = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Anything but the expected shape (bad JSON, too deep, no `posts` array, a wrong
    // `format`): `parse_index` says why, in its words. Only broken files pay for it.
    let fallback = || {
        let parsed = parse_index(text, None);
        Parsed {
            value: None,
            diagnostics: parsed.diagnostics,
        }
    };
    if too_deep(stripped).is_some() || !stripped.trim_start().starts_with('{') {
        return fallback();
    }
    let mut walker = Walker {
        base: None,
        diagnostics: Vec::new(),
    };
    let mut walk = Walk {
        walker: &mut walker,
        visit: &mut visit,
        format: None,
        posts: 0,
        seen_posts: false,
        duplicate: false,
    };
    let mut de = serde_json::Deserializer::from_str(stripped);
    de.disable_recursion_limit();
    let streamed = de.deserialize_map(Root(&mut walk)).and_then(|()| de.end());
    let (format, posts, seen, duplicate) = (
        walk.format.take(),
        walk.posts,
        walk.seen_posts,
        walk.duplicate,
    );
    if streamed.is_err() || !seen {
        return fallback();
    }
    if duplicate {
        walker.error(&Path::Root.key("posts"), "the key `posts` is given twice");
        return Parsed {
            value: None,
            diagnostics: walker.diagnostics,
        };
    }
    let mut root = Map::new();
    if let Some(format) = format {
        root.insert("format".into(), format);
    }
    if walker
        .format(&root, "alphanode.index/", INDEX_FORMAT)
        .is_none()
    {
        return Parsed {
            value: None,
            diagnostics: walker.diagnostics,
        };
    }
    Parsed {
        value: Some(posts),
        diagnostics: walker.diagnostics,
    }
}

/// The entries of a list of index posts, as [`parse_index`] reads them, with URLs
/// resolved against `base` (the whole index's URL). `None` where `parse_index` would
/// skip the post. For shard fragments, which carry the index's own post objects.
pub(crate) fn index_entries(
    posts: &[Value],
    path: &JsonPath,
    base: Option<&str>,
) -> Vec<Option<IndexEntry>> {
    let mut walker = Walker {
        base,
        diagnostics: Vec::new(),
    };
    posts
        .iter()
        .enumerate()
        .map(|(i, p)| walker.index_entry(p, &Path::Json(path).index(i)))
        .collect()
}
