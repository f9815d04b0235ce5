// CLDR plural categories for whole numbers, hand-written for the shipped locales.
//
// Why not a crate: the plural crates carry every CLDR locale and fractional operands,
// several KB of wasm in the embed for rules that are a few comparisons each here.
// The counts the widget writes are whole numbers ≥ 0, so only the integer branches of
// each rule apply. `tests/fixtures/intl.json` (from Node's `Intl.PluralRules`, see
// `scripts/intl-fixture.mjs`) checks every rule.
//
// No inner attributes here: `build.rs` includes this file to order plural forms.

/// A CLDR plural category.
///
/// ```
/// use alphanode_widgets::i18n::{Plural, PluralRule};
/// assert_eq!(PluralRule::Slavic.select(22), Plural::Few);
/// assert_eq!(Plural::Many.as_str(), "many");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    /// zero
    Zero,
    /// one
    One,
    /// two
    Two,
    /// few
    Few,
    /// many
    Many,
    /// other
    Other,
}

impl Plural {
    /// The CLDR name.
    pub fn as_str(self) -> &'static str {
        match self {
            Plural::Zero => "zero",
            Plural::One => "one",
            Plural::Two => "two",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }
}

/// The plural rule of a locale (integers only).
///
/// ```
/// use alphanode_widgets::i18n::{Plural, PluralRule};
/// assert_eq!(PluralRule::French.select(0), Plural::One);
/// assert_eq!(PluralRule::French.select(1_000_000), Plural::Many);
/// assert_eq!(PluralRule::Arabic.select(11), Plural::Many);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralRule {
    /// ja, zh, ko: one form.
    None,
    /// en, de, nl, tr: 1 is `one`.
    OneOther,
    /// es, it: 1 is `one`, whole millions are `many`.
    OneManyOther,
    /// fr, pt: 0 and 1 are `one`, whole millions are `many`.
    French,
    /// ru: by the last digits (1, 21 `one`; 2–4, 22 `few`; else `many`).
    Slavic,
    /// pl: 1 alone is `one`; 2–4, 22 `few`; else `many`.
    Polish,
    /// ar: zero, one, two, few (3–10 mod 100), many (11–99 mod 100), other.
    Arabic,
    /// he: one, two, other.
    Hebrew,
}

impl PluralRule {
    /// The category of the whole number `n`.
    ///
    /// ```
    /// use alphanode_widgets::i18n::{Plural, PluralRule};
    /// assert_eq!(PluralRule::Polish.select(12), Plural::Many);
    /// ```
    pub fn select(self, n: usize) -> Plural {
        let (m10, m100) = (n % 10, n % 100);
        let millions = n != 0 && n.is_multiple_of(1_000_000);
        match self {
            PluralRule::None => Plural::Other,
            PluralRule::OneOther if n == 1 => Plural::One,
            PluralRule::OneOther => Plural::Other,
            PluralRule::OneManyOther if n == 1 => Plural::One,
            PluralRule::OneManyOther if millions => Plural::Many,
            PluralRule::OneManyOther => Plural::Other,
            PluralRule::French if n <= 1 => Plural::One,
            PluralRule::French if millions => Plural::Many,
            PluralRule::French => Plural::Other,
            PluralRule::Slavic if m10 == 1 && m100 != 11 => Plural::One,
            PluralRule::Slavic if (2..=4).contains(&m10) && !(12..=14).contains(&m100) => {
                Plural::Few
            }
            PluralRule::Slavic => Plural::Many,
            PluralRule::Polish if n == 1 => Plural::One,
            PluralRule::Polish if (2..=4).contains(&m10) && !(12..=14).contains(&m100) => {
                Plural::Few
            }
            PluralRule::Polish => Plural::Many,
            PluralRule::Arabic => match n {
                0 => Plural::Zero,
                1 => Plural::One,
                2 => Plural::Two,
                _ if (3..=10).contains(&m100) => Plural::Few,
                _ if (11..=99).contains(&m100) => Plural::Many,
                _ => Plural::Other,
            },
            PluralRule::Hebrew => match n {
                1 => Plural::One,
                2 => Plural::Two,
                _ => Plural::Other,
            },
        }
    }

    /// The categories a plural string gives forms for, in order (`|`-separated). A
    /// category not listed (French `many`) takes the last form.
    ///
    /// ```
    /// use alphanode_widgets::i18n::{Plural, PluralRule};
    /// assert_eq!(PluralRule::Hebrew.forms(), &[Plural::One, Plural::Two, Plural::Other]);
    /// ```
    pub fn forms(self) -> &'static [Plural] {
        use Plural::*;
        match self {
            PluralRule::None => &[Other],
            PluralRule::OneOther | PluralRule::OneManyOther | PluralRule::French => &[One, Other],
            PluralRule::Slavic | PluralRule::Polish => &[One, Few, Many],
            PluralRule::Arabic => &[Zero, One, Two, Few, Many, Other],
            PluralRule::Hebrew => &[One, Two, Other],
        }
    }
}
