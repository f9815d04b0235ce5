//! Meta profiles: a host's say over the meta box. A small JSON document
//! (`docs/meta-profile.md`) lists, per key or key pattern, whether the key is shown,
//! its label per language, its order, its group and how its value is shown. This
//! module parses one (with diagnostics naming JSON paths) and applies it to a post's
//! meta; the meta box's writer shows the result.
//!
//! Rules are tried in the order the profile lists them and the **first rule whose
//! `match` fits a key wins**; a key no rule fits is shown as without a profile. A
//! profile with any error is not applied at all: every key shows, and the errors are
//! reported, so a typo never hides a value the host meant to show (or shows one it
//! meant to hide behind a half-read rule).
//!
//! ```
//! use alphanode_widgets::model::MetaProfile;
//! let profile = MetaProfile::parse(r#"{"keys": [
//!     {"match": "hash", "show": false},
//!     {"match": "reading time", "label": {"en": "Reading time", "de": "Lesezeit"}}
//! ]}"#);
//! assert!(profile.diagnostics.is_empty());
//! let meta = serde_json::json!({"hash": "ab12", "reading time": 5});
//! let shaped = profile.shape(meta.as_object().unwrap(), "de-AT");
//! assert_eq!(shaped.meta.len(), 1);
//! assert_eq!(shaped.entries[0].label.as_deref(), Some("Lesezeit"));
//! ```

use std::ops::Range;

use serde_json::Value;

use super::diagnostic::{Diagnostic, JsonPath};
use super::parse::{is_language_tag, parse_json, type_name};
use super::post::Meta;

/// The `format` a profile may declare.
pub const PROFILE_FORMAT: &str = "alphanode.meta-profile/1";

/// How a value is shown, when the profile says so (`kind`). A value the kind does
/// not fit (a `date` that is no date, a `meter` over 100) is shown as without a
/// profile.
///
/// ```
/// use alphanode_widgets::model::DisplayKind;
/// assert_eq!(DisplayKind::parse("badge", None), Some(DisplayKind::Badge));
/// assert_eq!(DisplayKind::parse("number", Some("min")).map(|k| k.name()), Some("number"));
/// assert_eq!(DisplayKind::parse("sparkline", None), None);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum DisplayKind {
    /// Plain text: a string as it is (a URL is not made a link), a number's digits as
    /// published.
    Text,
    /// An array as a list (an array of records too, never a table).
    List,
    /// A string, number or boolean (or an array of them) as badges.
    Badge,
    /// An ISO 8601 date (`2024-03-05`, `2024-03-05T10:30:00Z`) or a Unix time in
    /// seconds, as `<time>`.
    Date,
    /// An absolute http(s) URL as a link; anything else as text.
    Link,
    /// A number (or a string of one), grouped, with an optional unit after it.
    Number {
        /// Written after the number (`min`, `KB`, `%`).
        unit: Option<String>,
    },
    /// A number from 0 to 100 as a meter with the number.
    Meter,
    /// `true`/`false` or `1`/`0` as an on/off mark with "yes"/"no".
    Flag,
}

impl DisplayKind {
    /// Every kind's name, as a profile spells it.
    pub const NAMES: [&'static str; 8] = [
        "text", "list", "badge", "date", "link", "number", "meter", "flag",
    ];

    /// The kind named `name`; `unit` is kept for `number` only.
    pub fn parse(name: &str, unit: Option<&str>) -> Option<Self> {
        Some(match name {
            "text" => Self::Text,
            "list" => Self::List,
            "badge" => Self::Badge,
            "date" => Self::Date,
            "link" => Self::Link,
            "number" => Self::Number {
                unit: unit.map(str::to_owned),
            },
            "meter" => Self::Meter,
            "flag" => Self::Flag,
            _ => return None,
        })
    }

    /// The kind's name (`data-kind` on an entry shown this way).
    pub fn name(&self) -> &'static str {
        match self {
            Self::Text => "text",
            Self::List => "list",
            Self::Badge => "badge",
            Self::Date => "date",
            Self::Link => "link",
            Self::Number { .. } => "number",
            Self::Meter => "meter",
            Self::Flag => "flag",
        }
    }
}

/// A label: none (the key itself), one for every language, or one per language tag.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub enum Label {
    /// The key (or group id) itself.
    #[default]
    None,
    /// The same words in every language.
    All(String),
    /// Language tag → words, in the profile's order.
    ByLang(Vec<(String, String)>),
}

impl Label {
    /// The words for a reader of `lang`, and the tag they are in (`None` for a label
    /// of every language): the tag itself, else its base language (`de-AT` → `de`),
    /// else nothing (the caller shows the key). Tags compare case-insensitively.
    ///
    /// ```
    /// use alphanode_widgets::model::Label;
    /// let label = Label::ByLang(vec![("en".into(), "Reading time".into()), ("de".into(), "Lesezeit".into())]);
    /// assert_eq!(label.pick("de-CH"), Some(("Lesezeit", Some("de"))));
    /// assert_eq!(label.pick("fr"), None);
    /// ```
    pub fn pick(&self, lang: &str) -> Option<(&str, Option<&str>)> {
        match self {
            Label::None => None,
            Label::All(text) => Some((text, None)),
            Label::ByLang(labels) => {
                let find = |tag: &str| {
                    labels
                        .iter()
                        .find(|(t, _)| t.eq_ignore_ascii_case(tag))
                        .map(|(t, text)| (text.as_str(), Some(t.as_str())))
                };
                let base = lang.split('-').next().unwrap_or(lang);
                find(lang).or_else(|| find(base))
            }
        }
    }
}

/// One rule of a profile (an item of `keys`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct KeyRule {
    /// The key, or a glob over keys: `*` is any run of characters, `?` one character.
    pub pattern: String,
    /// Whether matching keys are shown (default `true`).
    pub show: bool,
    /// The label shown instead of the key.
    pub label: Label,
    /// Sort position: keys with an order come first, ascending; the rest keep the
    /// publisher's order after them.
    pub order: Option<i64>,
    /// The id of the group the key is shown in.
    pub group: Option<String>,
    /// How the value is shown; else as without a profile.
    pub kind: Option<DisplayKind>,
}

impl KeyRule {
    /// Whether this rule's pattern fits `key` (case-sensitive, the whole key).
    ///
    /// ```
    /// use alphanode_widgets::model::KeyRule;
    /// let rule = KeyRule { pattern: "build_*".into(), ..KeyRule::default() };
    /// assert!(rule.matches("build_id"));
    /// assert!(!rule.matches("rebuild_id"));
    /// ```
    pub fn matches(&self, key: &str) -> bool {
        glob(&self.pattern, key)
    }
}

/// A group of a profile (an item of `groups`): its id and heading.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct ProfileGroup {
    /// What rules name in `group`.
    pub id: String,
    /// The group's heading; the id itself when none fits the reader's language.
    pub label: Label,
}

/// A parsed meta profile and what was wrong with it.
///
/// Its diagnostics' paths start with `$` (`$.keys[2].kind`), the profile document
/// itself, to tell them from a post's.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MetaProfile {
    /// The rules, in the profile's order (the first that matches a key wins).
    pub rules: Vec<KeyRule>,
    /// The groups' order and headings.
    pub groups: Vec<ProfileGroup>,
    /// Errors and warnings, in document order.
    pub diagnostics: Vec<Diagnostic>,
}

/// One shown entry of [`ShapedMeta`], beside its key and value in `meta`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ShapedEntry {
    /// The words shown instead of the key.
    pub label: Option<String>,
    /// The language tag of `label`, when it is one language's.
    pub label_lang: Option<String>,
    /// How the value is shown.
    pub kind: Option<DisplayKind>,
}

/// A run of entries of one group in [`ShapedMeta`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShapedSection {
    /// The group's id; `None` for the keys of no group (they come first, without a
    /// heading).
    pub group: Option<String>,
    /// The group's heading (its label for the reader, else its id).
    pub heading: String,
    /// The language tag of `heading`, when it is one language's label.
    pub heading_lang: Option<String>,
    /// The entries' positions in [`ShapedMeta::meta`].
    pub range: Range<usize>,
}

/// A post's meta as a profile shows it: the shown keys only, in the profile's order,
/// with a label and kind per entry and the runs of each group.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ShapedMeta {
    /// The shown keys and their values, in display order; hidden keys are not here.
    pub meta: Meta,
    /// Per entry of `meta`, in the same order.
    pub entries: Vec<ShapedEntry>,
    /// The groups, in display order, covering `meta` without gaps.
    pub sections: Vec<ShapedSection>,
}

impl MetaProfile {
    /// Parse a profile document. Never fails: what was wrong is in
    /// [`MetaProfile::diagnostics`], and a profile with an error has no rules (it
    /// shows every key).
    ///
    /// ```
    /// use alphanode_widgets::model::MetaProfile;
    /// let bad = MetaProfile::parse(r#"{"keys": [{"match": "a"}, {"match": "b"}, {"match": "c", "kind": "sparkline"}]}"#);
    /// assert!(bad.rules.is_empty());
    /// assert_eq!(bad.diagnostics[0].path, "$.keys[2].kind");
    /// assert!(MetaProfile::parse("{not json").has_errors());
    /// ```
    pub fn parse(text: &str) -> Self {
        match parse_json(text) {
            Ok(value) => Self::from_value(&value),
            Err(mut d) => {
                d.path = "$".to_owned();
                d.message = format!("the meta profile is not valid JSON: {}", d.message);
                Self::failed(d)
            }
        }
    }

    /// A profile that could not be had (not loaded, not JSON): no rules, one error.
    pub fn failed(diagnostic: Diagnostic) -> Self {
        Self {
            diagnostics: vec![diagnostic],
            ..Self::default()
        }
    }

    /// Read a profile from a parsed JSON value (see [`MetaProfile::parse`]).
    pub fn from_value(value: &Value) -> Self {
        let mut r = Reader::default();
        let root = JsonPath::root();
        let Some(doc) = value.as_object() else {
            r.error(
                &root,
                format!(
                    "a meta profile is a JSON object, found {}",
                    type_name(value)
                ),
            );
            return r.finish(Vec::new(), Vec::new());
        };
        let mut rules = Vec::new();
        let mut groups = Vec::new();
        for (field, v) in doc {
            let path = root.key(field);
            match field.as_str() {
                "format" => match v.as_str() {
                    Some(f)
                        if f == PROFILE_FORMAT || f.starts_with("alphanode.meta-profile/1.") => {}
                    Some(f) => r.error(
                        &path,
                        format!("unsupported format \"{f}\": this reads {PROFILE_FORMAT}"),
                    ),
                    None => r.expected(&path, "a string", v),
                },
                "keys" => match v.as_array() {
                    Some(items) => {
                        for (i, item) in items.iter().enumerate() {
                            if let Some(rule) = r.rule(&path.index(i), item) {
                                rules.push(rule);
                            }
                        }
                    }
                    None => r.expected(&path, "an array of rules", v),
                },
                "groups" => match v.as_array() {
                    Some(items) => {
                        for (i, item) in items.iter().enumerate() {
                            let Some(group) = r.group(&path.index(i), item) else {
                                continue;
                            };
                            if groups.iter().any(|g: &ProfileGroup| g.id == group.id) {
                                r.warning(
                                    &path.index(i).key("id"),
                                    format!(
                                        "group \"{}\" is listed twice; the first counts",
                                        group.id
                                    ),
                                );
                            } else {
                                groups.push(group);
                            }
                        }
                    }
                    None => r.expected(&path, "an array of groups", v),
                },
                "$schema" | "description" => {}
                _ => r.unknown(&path),
            }
        }
        r.finish(rules, groups)
    }

    /// Whether any diagnostic is an error (then no rule applies).
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// The first rule that matches `key`.
    pub fn rule_for(&self, key: &str) -> Option<&KeyRule> {
        self.rules.iter().find(|rule| rule.matches(key))
    }

    /// Apply the profile to `meta` for a reader of `lang`: hidden keys dropped, labels
    /// for the language (else its base language, else the key), order, groups and
    /// kinds. A profile with errors shows every key as it is.
    ///
    /// Order: the keys of no group first, then each group in the order of `groups`,
    /// then groups `groups` does not list, in the order their first key is published.
    /// Within a group, keys with an `order` first (ascending, ties in the
    /// publisher's order), then the rest in the publisher's order.
    pub fn shape(&self, meta: &Meta, lang: &str) -> ShapedMeta {
        let mut shown: Vec<(usize, &String, &Value, Option<&KeyRule>)> = Vec::new();
        for (i, (key, value)) in meta.iter().enumerate() {
            let rule = if self.has_errors() {
                None
            } else {
                self.rule_for(key)
            };
            if rule.is_some_and(|r| !r.show) {
                continue;
            }
            shown.push((i, key, value, rule));
        }
        // Group ranks: 0 for no group, then listed groups, then the others as met.
        let mut unlisted: Vec<&str> = Vec::new();
        for (_, _, _, rule) in &shown {
            if let Some(g) = rule.and_then(|r| r.group.as_deref()) {
                if !self.groups.iter().any(|pg| pg.id == g) && !unlisted.contains(&g) {
                    unlisted.push(g);
                }
            }
        }
        let rank = |group: Option<&str>| -> usize {
            match group {
                None => 0,
                Some(g) => self
                    .groups
                    .iter()
                    .position(|pg| pg.id == g)
                    .or_else(|| {
                        unlisted
                            .iter()
                            .position(|u| *u == g)
                            .map(|p| p + self.groups.len())
                    })
                    .map_or(usize::MAX, |p| p + 1),
            }
        };
        shown.sort_by_key(|(i, _, _, rule)| {
            let group = rule.and_then(|r| r.group.as_deref());
            let order = rule.and_then(|r| r.order);
            (rank(group), order.is_none(), order.unwrap_or(0), *i)
        });
        let mut shaped = ShapedMeta::default();
        for (_, key, value, rule) in shown {
            let group = rule.and_then(|r| r.group.clone());
            let position = shaped.meta.len();
            match shaped.sections.last_mut() {
                Some(section) if section.group == group => section.range.end = position + 1,
                _ => {
                    let (heading, heading_lang) = match &group {
                        None => (String::new(), None),
                        Some(id) => {
                            let label = self.groups.iter().find(|g| &g.id == id).map(|g| &g.label);
                            match label.and_then(|l| l.pick(lang)) {
                                Some((text, tag)) => (text.to_owned(), tag.map(str::to_owned)),
                                None => (id.clone(), None),
                            }
                        }
                    };
                    shaped.sections.push(ShapedSection {
                        group,
                        heading,
                        heading_lang,
                        range: position..position + 1,
                    });
                }
            }
            let (label, label_lang) = match rule.and_then(|r| r.label.pick(lang)) {
                Some((text, tag)) => (Some(text.to_owned()), tag.map(str::to_owned)),
                None => (None, None),
            };
            shaped.entries.push(ShapedEntry {
                label,
                label_lang,
                kind: rule.and_then(|r| r.kind.clone()),
            });
            shaped.meta.insert(key.clone(), value.clone());
        }
        shaped
    }
}

/// Collects diagnostics while a profile is read.
#[derive(Default)]
struct Reader {
    diagnostics: Vec<Diagnostic>,
}

/// A profile's paths start at `$`, the profile itself: `$.keys[2].kind`.
fn dollar(d: Diagnostic) -> Diagnostic {
    let path = if d.path.starts_with('$') {
        d.path.clone()
    } else {
        format!("$.{}", d.path)
    };
    Diagnostic { path, ..d }
}

impl Reader {
    fn error(&mut self, path: &JsonPath, message: impl Into<String>) {
        self.diagnostics
            .push(dollar(Diagnostic::error(path, message)));
    }

    fn warning(&mut self, path: &JsonPath, message: impl Into<String>) {
        self.diagnostics
            .push(dollar(Diagnostic::warning(path, message)));
    }

    fn expected(&mut self, path: &JsonPath, what: &str, found: &Value) {
        self.error(path, format!("expected {what}, found {}", type_name(found)));
    }

    fn unknown(&mut self, path: &JsonPath) {
        self.warning(path, "unknown field, ignored");
    }

    fn finish(self, rules: Vec<KeyRule>, groups: Vec<ProfileGroup>) -> MetaProfile {
        let failed = self.diagnostics.iter().any(Diagnostic::is_error);
        MetaProfile {
            rules: if failed { Vec::new() } else { rules },
            groups: if failed { Vec::new() } else { groups },
            diagnostics: self.diagnostics,
        }
    }

    fn label(&mut self, path: &JsonPath, value: &Value) -> Label {
        match value {
            Value::String(s) => Label::All(s.clone()),
            Value::Object(map) => {
                let mut labels = Vec::new();
                for (tag, text) in map {
                    let at = path.key(tag);
                    if !is_language_tag(tag) {
                        self.error(
                            &at,
                            format!("\"{tag}\" is not a language tag (en, de, pt-BR…)"),
                        );
                    } else if let Some(text) = text.as_str() {
                        labels.push((tag.clone(), text.to_owned()));
                    } else {
                        self.expected(&at, "a string", text);
                    }
                }
                Label::ByLang(labels)
            }
            other => {
                self.expected(
                    path,
                    "a string or an object of language tag → string",
                    other,
                );
                Label::None
            }
        }
    }

    fn rule(&mut self, path: &JsonPath, value: &Value) -> Option<KeyRule> {
        let Some(map) = value.as_object() else {
            self.expected(path, "an object (a rule)", value);
            return None;
        };
        let mut rule = KeyRule {
            show: true,
            ..KeyRule::default()
        };
        let mut kind: Option<&str> = None;
        let mut unit: Option<&str> = None;
        for (field, v) in map {
            let at = path.key(field);
            match field.as_str() {
                "match" => match v.as_str() {
                    Some(p) if !p.is_empty() => rule.pattern = p.to_owned(),
                    Some(_) => self.error(&at, "an empty pattern matches no key"),
                    None => self.expected(&at, "a string (a key or a pattern)", v),
                },
                "show" => match v.as_bool() {
                    Some(show) => rule.show = show,
                    None => self.expected(&at, "true or false", v),
                },
                "label" => rule.label = self.label(&at, v),
                "order" => match v.as_i64() {
                    Some(order) => rule.order = Some(order),
                    None => self.expected(&at, "a whole number", v),
                },
                "group" => match v.as_str() {
                    Some(g) if !g.is_empty() => rule.group = Some(g.to_owned()),
                    _ => self.expected(&at, "a group id (a non-empty string)", v),
                },
                "kind" => match v.as_str() {
                    Some(k) if DisplayKind::NAMES.contains(&k) => kind = Some(k),
                    Some(k) => self.error(
                        &at,
                        format!(
                            "unknown kind \"{k}\": use one of {}",
                            DisplayKind::NAMES.join(", ")
                        ),
                    ),
                    None => self.expected(&at, "a string (a kind)", v),
                },
                "unit" => match v.as_str() {
                    Some(u) => unit = Some(u),
                    None => self.expected(&at, "a string", v),
                },
                _ => self.unknown(&at),
            }
        }
        if rule.pattern.is_empty() {
            if !map.contains_key("match") {
                self.error(path, "a rule needs \"match\": the key or pattern it is for");
            }
            return None;
        }
        if unit.is_some() && kind != Some("number") {
            self.warning(
                &path.key("unit"),
                "unit is for kind \"number\" only; ignored",
            );
        }
        rule.kind = kind.and_then(|k| DisplayKind::parse(k, unit));
        Some(rule)
    }

    fn group(&mut self, path: &JsonPath, value: &Value) -> Option<ProfileGroup> {
        let Some(map) = value.as_object() else {
            self.expected(path, "an object (a group)", value);
            return None;
        };
        let mut group = ProfileGroup::default();
        for (field, v) in map {
            let at = path.key(field);
            match field.as_str() {
                "id" => match v.as_str() {
                    Some(id) if !id.is_empty() => group.id = id.to_owned(),
                    _ => self.expected(&at, "a group id (a non-empty string)", v),
                },
                "label" => group.label = self.label(&at, v),
                _ => self.unknown(&at),
            }
        }
        if group.id.is_empty() {
            if !map.contains_key("id") {
                self.error(path, "a group needs \"id\": what rules name in \"group\"");
            }
            return None;
        }
        Some(group)
    }
}

/// Whether `pattern` (`*` any run, `?` one character, anything else itself) matches
/// the whole of `text`. Greedy with one backtrack point, so linear-ish and never
/// recursive (patterns come from hosts, keys from publishers).
fn glob(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    let (mut pi, mut ti) = (0usize, 0usize);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        match p.get(pi) {
            Some('*') => {
                star = Some((pi, ti));
                pi += 1;
            }
            Some(&c) if c == '?' || Some(&c) == t.get(ti) => {
                pi += 1;
                ti += 1;
            }
            _ => match star {
                Some((sp, st)) => {
                    pi = sp + 1;
                    ti = st + 1;
                    star = Some((sp, st + 1));
                }
                None => return false,
            },
        }
    }
    p.get(pi..).unwrap_or_default().iter().all(|&c| c == '*')
}

/// A date or date-time value as `(machine value, text)`: an ISO 8601 date
/// (`2024-03-05`), date-time (`2024-03-05T10:30`, seconds and zone allowed), or a
/// Unix time in whole seconds. The text is `2024-03-05` or `2024-03-05 10:30` (UTC for
/// a Unix time): unambiguous in every language, without month names to translate.
///
/// ```
/// use alphanode_widgets::model::read_date;
/// assert_eq!(read_date(&serde_json::json!("2024-03-05")), Some(("2024-03-05".into(), "2024-03-05".into())));
/// assert_eq!(read_date(&serde_json::json!(0)), Some(("1970-01-01T00:00:00Z".into(), "1970-01-01 00:00".into())));
/// assert_eq!(read_date(&serde_json::json!("next week")), None);
/// ```
pub fn read_date(value: &Value) -> Option<(String, String)> {
    match value {
        Value::String(s) => {
            let s = s.trim();
            let date = s.get(..10)?;
            let b = date.as_bytes();
            let digits =
                |r: Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
            let shape = digits(0..4)
                && b.get(4) == Some(&b'-')
                && digits(5..7)
                && b.get(7) == Some(&b'-')
                && digits(8..10);
            let month: u32 = date.get(5..7)?.parse().ok()?;
            let day: u32 = date.get(8..10)?.parse().ok()?;
            if !shape || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
                return None;
            }
            let rest = s.get(10..)?;
            if rest.is_empty() {
                return Some((s.to_owned(), s.to_owned()));
            }
            let time = rest.strip_prefix(['T', 't', ' '])?;
            let tb = time.as_bytes();
            let hm = tb.get(..5)?;
            let ok = hm.get(2) == Some(&b':')
                && [0usize, 1, 3, 4]
                    .iter()
                    .all(|&i| hm.get(i).is_some_and(u8::is_ascii_digit));
            let hour: u32 = time.get(..2)?.parse().ok()?;
            let minute: u32 = time.get(3..5)?.parse().ok()?;
            if !ok || hour > 23 || minute > 59 {
                return None;
            }
            let tail = time.get(5..)?;
            let tail_ok = tail
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | '+' | '-' | 'Z' | 'z'));
            tail_ok.then(|| {
                (
                    s.to_owned(),
                    format!("{date} {}", time.get(..5).unwrap_or_default()),
                )
            })
        }
        Value::Number(n) => {
            let secs = n.as_i64()?;
            // Years 0000–9999 only: a datetime attribute has four-digit years.
            if !(-62_167_219_200..=253_402_300_799).contains(&secs) {
                return None;
            }
            let days = secs.div_euclid(86_400);
            let rem = secs.rem_euclid(86_400);
            let (y, m, d) = civil_from_days(days);
            let (hh, mm, ss) = (rem / 3600, rem % 3600 / 60, rem % 60);
            Some((
                format!("{y:04}-{m:02}-{d:02}T{hh:02}:{mm:02}:{ss:02}Z"),
                format!("{y:04}-{m:02}-{d:02} {hh:02}:{mm:02}"),
            ))
        }
        _ => None,
    }
}

/// Days since 1970-01-01 to a proleptic Gregorian (year, month, day): Howard
/// Hinnant's `civil_from_days`.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Map};

    fn meta_of(value: Value) -> Map<String, Value> {
        value.as_object().cloned().unwrap_or_default()
    }

    #[test]
    fn globs() {
        assert!(glob("build_*", "build_"));
        assert!(glob("build_*", "build_sha"));
        assert!(!glob("build_*", "xbuild_sha"));
        assert!(glob("*time", "reading time"));
        assert!(glob("a?c", "abc"));
        assert!(!glob("a?c", "ac"));
        assert!(glob("*", ""));
        assert!(glob("**x*", "yyxyy"));
        assert!(glob("exact", "exact"));
        assert!(!glob("exact", "exact!"));
        assert!(glob("é*", "été"));
        // Pathological patterns stay fast (no recursion, no blow-up).
        let long = "a".repeat(2000);
        assert!(!glob(&"*a".repeat(50).replace("a", "a*b"), &long));
    }

    #[test]
    fn first_matching_rule_wins() {
        let profile = MetaProfile::parse(
            r#"{"keys": [
                {"match": "build_id", "label": "Build"},
                {"match": "build_*", "show": false},
                {"match": "*", "label": "never for build_id"}
            ]}"#,
        );
        assert!(profile.diagnostics.is_empty(), "{:?}", profile.diagnostics);
        let meta = meta_of(json!({"build_sha": "x", "build_id": 7, "other": 1}));
        let shaped = profile.shape(&meta, "en");
        let keys: Vec<&String> = shaped.meta.keys().collect();
        assert_eq!(keys, ["build_id", "other"]);
        assert_eq!(shaped.entries[0].label.as_deref(), Some("Build"));
        assert_eq!(
            shaped.entries[1].label.as_deref(),
            Some("never for build_id")
        );
    }

    #[test]
    fn labels_fall_back_to_the_base_language_then_the_key() {
        let profile = MetaProfile::parse(
            r#"{"keys": [{"match": "reading time", "label": {"en": "Reading time", "de": "Lesezeit", "pt-BR": "Tempo"}}]}"#,
        );
        let meta = meta_of(json!({"reading time": 5}));
        let label = |lang: &str| profile.shape(&meta, lang).entries[0].clone();
        assert_eq!(label("de").label.as_deref(), Some("Lesezeit"));
        assert_eq!(label("DE-at").label.as_deref(), Some("Lesezeit"));
        assert_eq!(label("de-AT").label_lang.as_deref(), Some("de"));
        assert_eq!(label("en-GB").label.as_deref(), Some("Reading time"));
        assert_eq!(label("pt-BR").label.as_deref(), Some("Tempo"));
        assert_eq!(label("pt").label, None);
        assert_eq!(label("fr").label, None);
    }

    #[test]
    fn order_and_groups() {
        let profile = MetaProfile::parse(
            r#"{
              "groups": [{"id": "stats", "label": {"en": "Numbers", "de": "Zahlen"}}, {"id": "about"}],
              "keys": [
                {"match": "c", "order": 2},
                {"match": "d", "order": 1},
                {"match": "e", "group": "about"},
                {"match": "f", "group": "stats", "order": -1},
                {"match": "g", "group": "stats"},
                {"match": "h", "group": "zzz"}
              ]
            }"#,
        );
        assert!(profile.diagnostics.is_empty(), "{:?}", profile.diagnostics);
        let meta = meta_of(json!({"h": 0, "a": 0, "g": 0, "b": 0, "e": 0, "c": 0, "f": 0, "d": 0}));
        let shaped = profile.shape(&meta, "de");
        let keys: Vec<&str> = shaped.meta.keys().map(String::as_str).collect();
        assert_eq!(keys, ["d", "c", "a", "b", "f", "g", "e", "h"]);
        let sections: Vec<(Option<&str>, &str, Range<usize>)> = shaped
            .sections
            .iter()
            .map(|s| (s.group.as_deref(), s.heading.as_str(), s.range.clone()))
            .collect();
        assert_eq!(
            sections,
            [
                (None, "", 0..4),
                (Some("stats"), "Zahlen", 4..6),
                (Some("about"), "about", 6..7),
                (Some("zzz"), "zzz", 7..8),
            ]
        );
        assert_eq!(shaped.entries.len(), shaped.meta.len());
    }

    #[test]
    fn kinds_and_units() {
        let profile = MetaProfile::parse(
            r#"{"keys": [{"match": "t", "kind": "number", "unit": "min"}, {"match": "b", "kind": "badge", "unit": "x"}]}"#,
        );
        assert!(!profile.has_errors());
        assert_eq!(profile.diagnostics.len(), 1);
        assert_eq!(profile.diagnostics[0].path, "$.keys[1].unit");
        assert_eq!(
            profile.rules[0].kind,
            Some(DisplayKind::Number {
                unit: Some("min".into())
            })
        );
        assert_eq!(profile.rules[1].kind, Some(DisplayKind::Badge));
        for name in DisplayKind::NAMES {
            let p = MetaProfile::parse(&format!(
                r#"{{"keys": [{{"match": "k", "kind": "{name}"}}]}}"#
            ));
            assert!(p.diagnostics.is_empty(), "{name}: {:?}", p.diagnostics);
        }
    }

    #[test]
    fn bad_profiles_show_everything_and_say_where() {
        let meta = meta_of(json!({"hash": "x", "a": 1}));
        let cases = [
            (
                r#"{"keys": [{"match": "hash", "show": false}, {"match": "a", "kind": "sparkline"}]}"#,
                "$.keys[1].kind",
            ),
            (
                r#"{"keys": [{"match": "hash", "show": "no"}]}"#,
                "$.keys[0].show",
            ),
            (r#"{"keys": {"hash": false}}"#, "$.keys"),
            (r#"{"keys": [{"show": false}]}"#, "$.keys[0]"),
            (
                r#"{"keys": [{"match": "a", "label": {"not a tag!": "x"}}]}"#,
                r#"$.keys[0].label["not a tag!"]"#,
            ),
            (
                r#"{"keys": [{"match": "a", "order": 1.5}]}"#,
                "$.keys[0].order",
            ),
            (
                r#"{"format": "alphanode.meta-profile/2", "keys": []}"#,
                "$.format",
            ),
            (r#"{"groups": [{"label": "x"}], "keys": []}"#, "$.groups[0]"),
            (r#"[1, 2]"#, "$"),
            (r#"{"keys": [{"match": "hash", "show": false},"#, "$"),
            ("", "$"),
        ];
        for (text, path) in cases {
            let profile = MetaProfile::parse(text);
            assert!(profile.has_errors(), "{text}");
            assert!(
                profile
                    .diagnostics
                    .iter()
                    .any(|d| d.is_error() && d.path == path),
                "{text}: {:?}",
                profile.diagnostics
            );
            assert!(profile.rules.is_empty(), "{text}");
            let shaped = profile.shape(&meta, "en");
            assert_eq!(shaped.meta, meta, "{text}");
        }
        let syntax = MetaProfile::parse("{\n  \"keys\": [,]\n}");
        assert_eq!(syntax.diagnostics[0].line, Some(2));
    }

    #[test]
    fn unknown_fields_warn_and_the_rest_applies() {
        let profile = MetaProfile::parse(
            r#"{"keyz": [], "keys": [{"match": "a", "shwo": false, "show": false}]}"#,
        );
        assert!(!profile.has_errors());
        let paths: Vec<&str> = profile
            .diagnostics
            .iter()
            .map(|d| d.path.as_str())
            .collect();
        assert_eq!(paths, ["$.keyz", "$.keys[0].shwo"]);
        assert!(profile
            .shape(&meta_of(json!({"a": 1})), "en")
            .meta
            .is_empty());
    }

    #[test]
    fn dates() {
        let d = |v: Value| read_date(&v).map(|(_, text)| text);
        assert_eq!(
            d(json!("2024-03-05T10:30:00Z")).as_deref(),
            Some("2024-03-05 10:30")
        );
        assert_eq!(
            d(json!("2024-03-05 10:30+02:00")).as_deref(),
            Some("2024-03-05 10:30")
        );
        assert_eq!(d(json!(1_700_000_000)).as_deref(), Some("2023-11-14 22:13"));
        assert_eq!(d(json!(-86_400)).as_deref(), Some("1969-12-31 00:00"));
        for bad in [
            json!("2024-13-01"),
            json!("2024-03-5"),
            json!("2024-03-05Tnoon"),
            json!("2024-03-05T10:30<b>"),
            json!("１２３４-03-05"),
            json!(1.5),
            json!(i64::MAX),
            json!(true),
        ] {
            assert_eq!(read_date(&bad), None, "{bad}");
        }
    }
}
