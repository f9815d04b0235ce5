//! How each meta value is shown, decided without any UI code: the format's Meta table
//! as a function from a JSON value to a [`MetaKind`].

use std::cmp::Ordering;

use serde_json::{Map, Number, Value};

use super::number::Decimal;
use super::url::is_absolute_web_url;

/// What a meta value renders as.
///
/// ```
/// use alphanode_widgets::model::{classify, MetaKind};
/// let score = serde_json::json!({"quality": 80, "depth": 70});
/// assert!(matches!(classify(&score), MetaKind::Scores(_)));
/// assert!(matches!(classify(&serde_json::json!("https://a.test")), MetaKind::Link(_)));
/// ```
#[derive(Debug, PartialEq)]
pub enum MetaKind<'a> {
    /// Plain text.
    Text(&'a str),
    /// An absolute http(s) URL, shown as a link.
    Link(&'a str),
    /// A number, see [`format_number`].
    Number(&'a Number),
    /// A yes/no badge.
    Bool(bool),
    /// A dash.
    Null,
    /// A list of values.
    List(&'a [Value]),
    /// A list of objects that share keys; `columns` is the union of their keys in first-seen order.
    Records {
        /// The objects.
        items: &'a [Value],
        /// Column names for a table.
        columns: Vec<&'a str>,
    },
    /// A nested group.
    Group(&'a Map<String, Value>),
    /// Labelled 0–100 meters: (label, the number as published). Some value is above 1.
    Scores(Vec<(&'a str, &'a Number)>),
    /// On/off flags: every value is `0` or `1` (label, the number as published, on).
    Flags(Vec<(&'a str, &'a Number, bool)>),
}

impl MetaKind<'_> {
    /// A short name for the kind (`data-kind` on meta entries).
    ///
    /// ```
    /// use alphanode_widgets::model::classify;
    /// assert_eq!(classify(&serde_json::json!(5)).name(), "number");
    /// ```
    pub fn name(&self) -> &'static str {
        match self {
            MetaKind::Text(_) => "text",
            MetaKind::Link(_) => "link",
            MetaKind::Number(_) => "number",
            MetaKind::Bool(_) => "boolean",
            MetaKind::Null => "null",
            MetaKind::List(_) => "list",
            MetaKind::Records { .. } => "records",
            MetaKind::Group(_) => "group",
            MetaKind::Scores(_) => "scores",
            MetaKind::Flags(_) => "flags",
        }
    }
}

/// Classify a meta value per the format's Meta table.
pub fn classify(value: &Value) -> MetaKind<'_> {
    match value {
        Value::Null => MetaKind::Null,
        Value::Bool(b) => MetaKind::Bool(*b),
        Value::Number(n) => MetaKind::Number(n),
        Value::String(s) if is_absolute_web_url(s) => MetaKind::Link(s),
        Value::String(s) => MetaKind::Text(s),
        Value::Array(items) => match record_columns(items) {
            Some(columns) => MetaKind::Records { items, columns },
            None => MetaKind::List(items),
        },
        Value::Object(map) => {
            if let Some(flags) = flags(map) {
                MetaKind::Flags(flags)
            } else if let Some(scores) = scores(map) {
                MetaKind::Scores(scores)
            } else {
                MetaKind::Group(map)
            }
        }
    }
}

/// Columns when every item is an object and at least one key is common to all.
fn record_columns(items: &[Value]) -> Option<Vec<&str>> {
    let first = items.first()?.as_object()?;
    let mut columns: Vec<&str> = first.keys().map(String::as_str).collect();
    let mut shared: Vec<&str> = columns.clone();
    for item in items.get(1..).unwrap_or_default() {
        let obj = item.as_object()?;
        shared.retain(|k| obj.contains_key(*k));
        for key in obj.keys() {
            if !columns.contains(&key.as_str()) {
                columns.push(key);
            }
        }
    }
    (!shared.is_empty()).then_some(columns)
}

/// Every value a number from 0 to 100, and at least one above 1 (all-0/1 objects are
/// flags, and a meter would show "1" as almost empty).
fn scores(map: &Map<String, Value>) -> Option<Vec<(&str, &Number)>> {
    let mut above_one = false;
    let scores = map
        .iter()
        .map(|(k, v)| {
            let n = v.as_number()?;
            let d = Decimal::parse(n.as_str())?;
            let in_range = d.cmp_int(0) != Ordering::Less && d.cmp_int(100) != Ordering::Greater;
            above_one |= d.cmp_int(1) == Ordering::Greater;
            in_range.then_some((k.as_str(), n))
        })
        .collect::<Option<Vec<_>>>()?;
    above_one.then_some(scores)
}

/// Every value exactly 0 or 1 (`1.0` counts: the digits are compared, not the text).
fn flags(map: &Map<String, Value>) -> Option<Vec<(&str, &Number, bool)>> {
    if map.is_empty() {
        return None;
    }
    map.iter()
        .map(|(k, v)| {
            let n = v.as_number()?;
            let d = Decimal::parse(n.as_str())?;
            if d.is_zero() {
                Some((k.as_str(), n, false))
            } else if d.cmp_int(1) == Ordering::Equal {
                Some((k.as_str(), n, true))
            } else {
                None
            }
        })
        .collect()
}

/// Format a JSON number for display with thousands separators, exactly as published
/// (no rounding: integers beyond `u64` keep every digit).
///
/// The grouping is the English one (`46,156`, `1,234.5`), the same in the browser and
/// in native rendering so pre-rendered HTML matches.
///
/// ```
/// use alphanode_widgets::model::format_number;
/// let n = |s: &str| serde_json::from_str::<serde_json::Number>(s).unwrap();
/// assert_eq!(format_number(&n("46156")), "46,156");
/// assert_eq!(format_number(&n("-1234567.25")), "-1,234,567.25");
/// assert_eq!(format_number(&n("5")), "5");
/// ```
pub fn format_number(n: &Number) -> String {
    let text = n.to_string();
    if text.contains(['e', 'E']) {
        // Whole numbers below 1e21 are written out (exactly, from the decimal digits);
        // fractions and longer numbers stay as published.
        return match Decimal::parse(&text).and_then(|d| d.integral_text(21)) {
            Some(digits) => group_digits(&digits),
            None => text,
        };
    }
    group_digits(&text)
}

/// Milliseconds as seconds for messages, without float formatting: `10000` → `"10"`,
/// `2500` → `"2.5"`, `1` → `"0.001"`.
///
/// ```
/// use alphanode_widgets::model::format_seconds;
/// assert_eq!(format_seconds(10_000), "10");
/// assert_eq!(format_seconds(2_500), "2.5");
/// assert_eq!(format_seconds(1), "0.001");
/// ```
pub fn format_seconds(ms: u32) -> String {
    let (whole, frac) = (ms / 1000, ms % 1000);
    if frac == 0 {
        return whole.to_string();
    }
    let digits = format!("{frac:03}");
    format!("{whole}.{}", digits.trim_end_matches('0'))
}

fn group_digits(text: &str) -> String {
    let (sign, unsigned) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let (int, frac) = match unsigned.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (unsigned, None),
    };
    let len = int.len();
    let mut out = String::with_capacity(text.len() + len / 3);
    out.push_str(sign);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (len - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn num(s: &str) -> Number {
        serde_json::from_str(s).unwrap_or_else(|_| Number::from(0))
    }

    #[test]
    fn numbers_keep_every_digit() {
        assert_eq!(
            format_number(&num("123456789012345678901234567890")),
            "123,456,789,012,345,678,901,234,567,890"
        );
        assert_eq!(format_number(&num("100")), "100");
        assert_eq!(format_number(&num("1000")), "1,000");
        assert_eq!(format_number(&num("0.5")), "0.5");
        assert_eq!(format_number(&num("1e3")), "1,000");
        assert_eq!(format_number(&num("1e400")), "1e+400");
    }

    #[test]
    fn the_meta_table() {
        assert_eq!(classify(&json!(null)), MetaKind::Null);
        assert_eq!(classify(&json!(true)), MetaKind::Bool(true));
        assert_eq!(classify(&json!("python")), MetaKind::Text("python"));
        assert_eq!(
            classify(&json!("javascript:alert(1)")),
            MetaKind::Text("javascript:alert(1)")
        );
        assert!(matches!(classify(&json!(["a", "b"])), MetaKind::List(items) if items.len() == 2));
        assert!(matches!(classify(&json!([])), MetaKind::List(items) if items.is_empty()));
        let records = json!([{"name": "a", "type": "x"}, {"name": "b", "extra": 1}]);
        match classify(&records) {
            MetaKind::Records { columns, .. } => assert_eq!(columns, ["name", "type", "extra"]),
            other => panic!("expected records, got {other:?}"),
        }
        assert!(matches!(
            classify(&json!([{"a": 1}, {"b": 2}])),
            MetaKind::List(_)
        ));
        assert!(matches!(
            classify(&json!([{"a": 1}, "x"])),
            MetaKind::List(_)
        ));
        assert!(matches!(classify(&json!({"q": 80, "f": 0})), MetaKind::Scores(s) if s.len() == 2));
        assert!(matches!(
            classify(&json!({"has images": 1, "image heavy": 0})),
            MetaKind::Flags(f) if f.len() == 2 && f[0].2 && !f[1].2
        ));
        assert!(matches!(
            classify(&json!({"on": 1.0, "off": 0e3})),
            MetaKind::Flags(_)
        ));
        assert!(matches!(
            classify(&json!({"a": 1, "b": 1})),
            MetaKind::Flags(_)
        ));
        assert!(matches!(
            classify(&json!({"half": 0.5, "one": 1})),
            MetaKind::Group(_)
        ));
        assert!(matches!(
            classify(&json!({"a": 1, "b": 2})),
            MetaKind::Scores(_)
        ));
        assert!(matches!(classify(&json!({"q": 101})), MetaKind::Group(_)));
        assert!(matches!(classify(&json!({"q": -1})), MetaKind::Group(_)));
        assert!(matches!(classify(&json!({"q": "80"})), MetaKind::Group(_)));
        assert!(matches!(classify(&json!({})), MetaKind::Group(_)));
    }
}
