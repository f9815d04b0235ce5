//! Diagnostics: what was wrong with a document, and where.

use std::fmt;

/// How bad a [`Diagnostic`] is.
///
/// ```
/// use alphanode_widgets::model::Severity;
/// assert!(Severity::Error > Severity::Warning);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Something was skipped or shown without a part (an unknown block, a refused URL).
    Warning,
    /// The document cannot be shown (no title, malformed JSON, unsupported format).
    Error,
}

impl Severity {
    /// Lower-case name, used in class names (`anp-diagnostic--warning`).
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One finding about a document, with the JSON path it concerns.
///
/// Paths look like `body[3].text` or `meta["view count"]`; `$` is the document itself.
/// Syntax errors also carry a 1-based line and column.
///
/// ```
/// use alphanode_widgets::model::{Diagnostic, JsonPath};
/// let path = JsonPath::root().key("body").index(3).key("text");
/// let d = Diagnostic::error(&path, "expected a string, found a number");
/// assert_eq!(d.to_string(), "body[3].text: expected a string, found a number");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// JSON path, `$` for the whole document.
    pub path: String,
    /// What is wrong, in plain words.
    pub message: String,
    /// 1-based line of a syntax error.
    pub line: Option<usize>,
    /// 1-based column of a syntax error.
    pub column: Option<usize>,
}

impl Diagnostic {
    /// An error at `path`.
    pub fn error(path: &JsonPath, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, path, message)
    }

    /// A warning at `path`.
    pub fn warning(path: &JsonPath, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, path, message)
    }

    fn new(severity: Severity, path: &JsonPath, message: impl Into<String>) -> Self {
        Self {
            severity,
            path: path.to_string(),
            message: message.into(),
            line: None,
            column: None,
        }
    }

    /// Attach a 1-based line and column.
    pub fn at(mut self, line: usize, column: usize) -> Self {
        self.line = Some(line);
        self.column = Some(column);
        self
    }

    /// `true` for [`Severity::Error`].
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)?;
        if let (Some(line), Some(column)) = (self.line, self.column) {
            write!(f, " (line {line}, column {column})")?;
        }
        Ok(())
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Segment {
    Key(String),
    Index(usize),
}

/// A JSON path built while walking a document.
///
/// ```
/// use alphanode_widgets::model::JsonPath;
/// let p = JsonPath::root().key("meta").key("view count");
/// assert_eq!(p.to_string(), r#"meta["view count"]"#);
/// assert_eq!(JsonPath::root().to_string(), "$");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct JsonPath {
    segments: Vec<Segment>,
}

impl JsonPath {
    /// The document itself (`$`).
    pub fn root() -> Self {
        Self::default()
    }

    /// This path followed by an object key.
    pub fn key(&self, key: &str) -> Self {
        let mut next = self.clone();
        next.segments.push(Segment::Key(key.to_owned()));
        next
    }

    /// This path followed by an array index.
    pub fn index(&self, index: usize) -> Self {
        let mut next = self.clone();
        next.segments.push(Segment::Index(index));
        next
    }

    /// How many segments deep the path is.
    pub fn depth(&self) -> usize {
        self.segments.len()
    }
}

fn is_identifier(key: &str) -> bool {
    let mut chars = key.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.segments.is_empty() {
            return f.write_str("$");
        }
        for (i, segment) in self.segments.iter().enumerate() {
            match segment {
                Segment::Key(key) if is_identifier(key) => {
                    if i > 0 {
                        f.write_str(".")?;
                    }
                    f.write_str(key)?;
                }
                Segment::Key(key) => {
                    if i == 0 {
                        f.write_str("$")?;
                    }
                    // serde_json's string form escapes quotes and controls.
                    let quoted = serde_json::Value::String(key.clone()).to_string();
                    write!(f, "[{quoted}]")?;
                }
                Segment::Index(index) => {
                    if i == 0 {
                        f.write_str("$")?;
                    }
                    write!(f, "[{index}]")?;
                }
            }
        }
        Ok(())
    }
}

/// Why a document could not be shown: a headline plus the diagnostics behind it.
///
/// ```
/// use alphanode_widgets::model::Failure;
/// let f = Failure::message("HTTP 404 Not Found");
/// assert_eq!(f.summary, "HTTP 404 Not Found");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    /// One sentence that says what went wrong.
    pub summary: String,
    /// The findings, errors first.
    pub diagnostics: Vec<Diagnostic>,
    /// The HTTP status, when the failure was an HTTP error (404 means "no such post").
    pub status: Option<u16>,
    /// What kind of failure, so the reader gets a sentence in their language (the
    /// summary, with its URL and details, stays English like the diagnostics).
    pub kind: FailureKind,
}

/// What went wrong, for the reader's message.
///
/// ```
/// use alphanode_widgets::model::{Failure, FailureKind};
/// let f = Failure::message("x: no answer").of_kind(FailureKind::Timeout { ms: 10_000 });
/// assert_eq!(f.kind, FailureKind::Timeout { ms: 10_000 });
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FailureKind {
    /// Anything not listed.
    #[default]
    Other,
    /// The document is not a valid post (see the diagnostics).
    Invalid,
    /// An HTTP error status (see `status`).
    Http,
    /// No answer within the timeout.
    Timeout {
        /// The timeout, in milliseconds.
        ms: u32,
    },
    /// The server sent something other than JSON.
    NotJson,
    /// The request failed (network, CORS, redirects).
    Network,
    /// Over the size limit.
    TooLarge,
}

impl Failure {
    /// A failure with no JSON path (network, HTTP status, timeout).
    pub fn message(summary: impl Into<String>) -> Self {
        Self {
            summary: summary.into(),
            diagnostics: Vec::new(),
            status: None,
            kind: FailureKind::Other,
        }
    }

    /// This failure, of the given kind.
    ///
    /// ```
    /// use alphanode_widgets::model::{Failure, FailureKind};
    /// assert_eq!(Failure::message("x").of_kind(FailureKind::NotJson).kind, FailureKind::NotJson);
    /// ```
    pub fn of_kind(mut self, kind: FailureKind) -> Self {
        self.kind = kind;
        self
    }

    /// A failure for an HTTP error status.
    pub fn http(status: u16, summary: impl Into<String>) -> Self {
        Self {
            status: Some(status),
            kind: FailureKind::Http,
            ..Self::message(summary)
        }
    }

    /// A failure made from the diagnostics of an invalid document.
    pub fn from_diagnostics(diagnostics: Vec<Diagnostic>) -> Self {
        let summary = diagnostics
            .iter()
            .find(|d| d.is_error())
            .map(|d| d.to_string())
            .unwrap_or_else(|| "the document could not be read".to_owned());
        Self {
            summary,
            diagnostics,
            status: None,
            kind: FailureKind::Invalid,
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.summary)
    }
}
