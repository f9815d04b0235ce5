//! Exact reading of JSON number text, without floating point.
//!
//! The model only compares numbers with small bounds (scores, heading levels) and
//! writes out exponents (`1.5e3` → `1,500`). Doing that on the published decimal
//! digits is exact at any size, and it keeps the float parser and its tables out of
//! the wasm, where they were the largest single part of the model.

use std::cmp::Ordering;

/// A JSON number's exact value: `digits × 10^scale`, with `digits` the significant
/// decimal digits (no leading or trailing zeros; empty for zero).
///
/// ```
/// use alphanode_widgets::model::Decimal;
/// let d = Decimal::parse("-12.50e1").unwrap();
/// assert_eq!(d.integer(), Some(-125));
/// assert_eq!(Decimal::parse("49.5").unwrap().cmp_int(50), std::cmp::Ordering::Less);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decimal {
    negative: bool,
    digits: Vec<u8>,
    scale: i64,
}

impl Decimal {
    /// Read JSON number text (`-?int(.frac)?([eE][+-]?exp)?`); `None` for anything else.
    pub fn parse(text: &str) -> Option<Self> {
        let (negative, rest) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let (mantissa, exponent) = match rest.find(['e', 'E']) {
            Some(i) => (rest.get(..i)?, Some(rest.get(i + 1..)?)),
            None => (rest, None),
        };
        let (int, frac) = match mantissa.split_once('.') {
            Some((int, frac)) => (int, frac),
            None => (mantissa, ""),
        };
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if int.is_empty() || !all_digits(int) || !all_digits(frac) {
            return None;
        }
        if mantissa.contains('.') && frac.is_empty() {
            return None;
        }
        let exponent = match exponent {
            Some(e) => parse_exponent(e)?,
            None => 0,
        };
        let mut digits: Vec<u8> = int.bytes().chain(frac.bytes()).map(|b| b - b'0').collect();
        let leading = digits.iter().take_while(|d| **d == 0).count();
        digits.drain(..leading);
        let mut scale = exponent.saturating_sub(i64::try_from(frac.len()).unwrap_or(i64::MAX));
        while digits.last() == Some(&0) {
            digits.pop();
            scale = scale.saturating_add(1);
        }
        if digits.is_empty() {
            scale = 0;
        }
        Some(Self {
            negative: negative && !digits.is_empty(),
            digits,
            scale,
        })
    }

    /// Whether the value is zero.
    pub fn is_zero(&self) -> bool {
        self.digits.is_empty()
    }

    /// The number of digits before the decimal point (0 for |value| < 1).
    fn integer_digits(&self) -> i64 {
        if self.is_zero() {
            return 0;
        }
        i64::try_from(self.digits.len())
            .unwrap_or(i64::MAX)
            .saturating_add(self.scale)
            .max(0)
    }

    /// The exact value when it is a whole number that fits in `i128`.
    pub fn integer(&self) -> Option<i128> {
        if self.scale < 0 || self.integer_digits() > 38 {
            return None;
        }
        let mut value: i128 = 0;
        for d in &self.digits {
            value = value * 10 + i128::from(*d);
        }
        for _ in 0..self.scale {
            value *= 10;
        }
        Some(if self.negative { -value } else { value })
    }

    /// The whole-number digits of an integral value with at most `max_digits` of them
    /// (`"1500"` for `1.5e3`), or `None` when it has a fraction or is longer.
    pub fn integral_text(&self, max_digits: usize) -> Option<String> {
        if self.is_zero() {
            return Some("0".to_owned());
        }
        if self.scale < 0 || self.integer_digits() > i64::try_from(max_digits).unwrap_or(i64::MAX) {
            return None;
        }
        let mut text = String::with_capacity(self.digits.len() + 1);
        if self.negative {
            text.push('-');
        }
        text.extend(self.digits.iter().map(|d| char::from(b'0' + d)));
        for _ in 0..self.scale {
            text.push('0');
        }
        Some(text)
    }

    /// Compare with a whole number.
    pub fn cmp_int(&self, other: i64) -> Ordering {
        let other = Decimal::parse(&other.to_string()).unwrap_or(Decimal {
            negative: false,
            digits: Vec::new(),
            scale: 0,
        });
        self.cmp(&other)
    }

    /// Rounded to the nearest whole number (halves away from zero), limited to
    /// `min..=max`.
    pub fn round_clamped(&self, min: i64, max: i64) -> i64 {
        if self.cmp_int(min) != Ordering::Greater {
            return min;
        }
        if self.cmp_int(max) != Ordering::Less {
            return max;
        }
        if self.scale >= 0 {
            let whole = self.integer().and_then(|v| i64::try_from(v).ok());
            return whole.unwrap_or(min).clamp(min, max);
        }
        // Within the (small) range the whole part fits; the first fractional digit
        // decides the rounding. `point` digits of `digits` are after the point.
        let point = usize::try_from(self.scale.unsigned_abs()).unwrap_or(usize::MAX);
        let split = self.digits.len().saturating_sub(point);
        let mut whole: i128 = 0;
        for d in self.digits.get(..split).unwrap_or_default() {
            whole = whole * 10 + i128::from(*d);
        }
        // With fewer digits than `point`, the fraction starts with zeros (0.05).
        let first_fraction = if self.digits.len() >= point {
            self.digits.get(split).copied().unwrap_or(0)
        } else {
            0
        };
        if first_fraction >= 5 {
            whole += 1;
        }
        let rounded = if self.negative { -whole } else { whole };
        i64::try_from(rounded).unwrap_or(min).clamp(min, max)
    }
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> Ordering {
        let sign = |d: &Decimal| match (d.is_zero(), d.negative) {
            (true, _) => 0,
            (false, true) => -1,
            (false, false) => 1,
        };
        match sign(self).cmp(&sign(other)) {
            Ordering::Equal => {}
            unequal => return unequal,
        }
        let magnitude = compare_magnitude(self, other);
        if self.negative {
            magnitude.reverse()
        } else {
            magnitude
        }
    }
}

/// Compare |a| and |b|, both non-zero or both zero.
fn compare_magnitude(a: &Decimal, b: &Decimal) -> Ordering {
    if a.is_zero() || b.is_zero() {
        return a.digits.len().cmp(&b.digits.len());
    }
    // The position of the leading digit decides, then the digits themselves.
    let lead = |d: &Decimal| {
        i64::try_from(d.digits.len())
            .unwrap_or(i64::MAX)
            .saturating_add(d.scale)
    };
    match lead(a).cmp(&lead(b)) {
        Ordering::Equal => a.digits.cmp(&b.digits),
        unequal => unequal,
    }
}

/// An exponent, saturated: `1e99999999999999999999` is simply very large.
fn parse_exponent(text: &str) -> Option<i64> {
    let (negative, digits) = match text.as_bytes().first() {
        Some(b'-') => (true, text.get(1..)?),
        Some(b'+') => (false, text.get(1..)?),
        _ => (false, text),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut value: i64 = 0;
    for b in digits.bytes() {
        value = value.saturating_mul(10).saturating_add(i64::from(b - b'0'));
    }
    Some(if negative { -value } else { value })
}
