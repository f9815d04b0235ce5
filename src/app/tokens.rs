//! The theme tokens the designer preview edits: every `--anp-*` custom property that
//! `style/alphanode.css` registers, grouped as the preview's panel shows them, and the
//! designer's changes to them, with the forms they leave the preview in: a CSS block
//! for the host's stylesheet, a `style` attribute, and the share link's pairs.
//!
//! Pure logic (no Leptos, no DOM), so the export is tested natively. A value is taken
//! only if it cannot end the declaration it goes into (no `;`, braces, unbalanced
//! quotes or brackets, no `url(`): a shared link is written by anyone, and its values
//! end up pasted into a host's stylesheet.

use std::collections::BTreeMap;

/// The panel's groups, in its order.
///
/// ```
/// use alphanode_widgets::app::tokens::{Group, TOKENS};
/// assert!(TOKENS.iter().any(|t| t.group == Group::Shape));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// Colours of the palette (each theme has its own values).
    Colour,
    /// Font stacks, size and line height.
    Type,
    /// Gaps, widths and the room kept while loading.
    Space,
    /// Corner radius and the figures' shape.
    Shape,
}

impl Group {
    /// Every group, in the panel's order.
    pub const ALL: [Group; 4] = [Group::Colour, Group::Type, Group::Space, Group::Shape];
}

/// The control that edits a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A colour: a colour picker beside the text (any CSS colour may be typed).
    Colour,
    /// A CSS length or expression (`1rem`, `8px`, `min(100svh, 64rem)`).
    Length,
    /// A plain number (the line height).
    Number,
    /// Free text: a font stack, a ratio.
    Text,
}

/// One `--anp-*` custom property.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// The name after `--anp-` (`accent` for `--anp-accent`).
    pub name: &'static str,
    /// The panel's group.
    pub group: Group,
    /// The control.
    pub kind: Kind,
}

impl Token {
    /// The custom property's full name.
    ///
    /// ```
    /// use alphanode_widgets::app::tokens::find;
    /// assert_eq!(find("accent").map(|t| t.property()), Some("--anp-accent".to_owned()));
    /// ```
    pub fn property(&self) -> String {
        format!("--anp-{}", self.name)
    }
}

const fn token(name: &'static str, group: Group, kind: Kind) -> Token {
    Token { name, group, kind }
}

/// Every token `style/alphanode.css` registers with `@property`, in the panel's order
/// (a unit test checks the list against the stylesheet).
pub const TOKENS: [Token; 22] = [
    token("bg", Group::Colour, Kind::Colour),
    token("surface", Group::Colour, Kind::Colour),
    token("fg", Group::Colour, Kind::Colour),
    token("muted", Group::Colour, Kind::Colour),
    token("border", Group::Colour, Kind::Colour),
    token("accent", Group::Colour, Kind::Colour),
    token("accent-fg", Group::Colour, Kind::Colour),
    token("link", Group::Colour, Kind::Colour),
    token("focus", Group::Colour, Kind::Colour),
    token("danger", Group::Colour, Kind::Colour),
    token("warning", Group::Colour, Kind::Colour),
    token("success", Group::Colour, Kind::Colour),
    token("skeleton", Group::Colour, Kind::Colour),
    token("font", Group::Type, Kind::Text),
    token("font-mono", Group::Type, Kind::Text),
    token("font-size", Group::Type, Kind::Length),
    token("line-height", Group::Type, Kind::Number),
    token("gap", Group::Space, Kind::Length),
    token("max-width", Group::Space, Kind::Length),
    token("reserve", Group::Space, Kind::Length),
    token("radius", Group::Shape, Kind::Length),
    token("figure-ratio", Group::Shape, Kind::Text),
];

/// The token named `name` (without `--anp-`), if the stylesheet has it.
pub fn find(name: &str) -> Option<&'static Token> {
    TOKENS.iter().find(|t| t.name == name)
}

/// The longest value taken, in bytes: a font stack fits many times over.
pub const MAX_VALUE: usize = 300;

/// Why a value was not taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// No such token.
    Unknown,
    /// The value could end its declaration or block, load a resource, or is too long.
    Unsafe,
}

/// Whether `value` stays inside the one declaration it is written into.
fn safe(value: &str) -> bool {
    if value.len() > MAX_VALUE {
        return false;
    }
    if value
        .chars()
        .any(|c| matches!(c, ';' | '{' | '}' | '<' | '>' | '\\' | '!' | '@') || c.is_control())
    {
        return false;
    }
    let lower = value.to_ascii_lowercase();
    if lower.contains("url(") || lower.contains("/*") || lower.contains("*/") {
        return false;
    }
    // Quotes and brackets balanced: an open string or bracket swallows what follows.
    let mut depth = 0i32;
    let mut quote = None::<char>;
    for c in value.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '(' | '[') => depth += 1,
            (None, ')' | ']') => {
                depth -= 1;
                if depth < 0 {
                    return false;
                }
            }
            _ => {}
        }
    }
    quote.is_none() && depth == 0
}

/// The tokens the designer changed, by name; the others keep the theme's values.
///
/// ```
/// use alphanode_widgets::app::tokens::Tokens;
/// let mut tokens = Tokens::default();
/// tokens.set("accent", "#c0392b").unwrap();
/// tokens.set("radius", "2px").unwrap();
/// assert_eq!(
///     tokens.to_css(":root"),
///     ":root {\n  --anp-accent: #c0392b;\n  --anp-radius: 2px;\n}\n"
/// );
/// assert_eq!(tokens.to_style(), "--anp-accent: #c0392b; --anp-radius: 2px");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tokens {
    values: BTreeMap<&'static str, String>,
}

impl Tokens {
    /// Change a token; an empty value (after trimming) takes the change back.
    pub fn set(&mut self, name: &str, value: &str) -> Result<(), Refused> {
        let token = find(name).ok_or(Refused::Unknown)?;
        let value = value.trim();
        if value.is_empty() {
            self.values.remove(token.name);
            return Ok(());
        }
        if !safe(value) {
            return Err(Refused::Unsafe);
        }
        self.values.insert(token.name, value.to_owned());
        Ok(())
    }

    /// Take a change back.
    pub fn remove(&mut self, name: &str) {
        self.values.remove(name);
    }

    /// The changed value of `name`, if it was changed.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.values.get(name).map(String::as_str)
    }

    /// Whether nothing was changed.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// How many tokens were changed.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// The changed tokens, in the panel's order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static Token, &str)> + '_ {
        TOKENS
            .iter()
            .filter_map(|t| self.values.get(t.name).map(|v| (t, v.as_str())))
    }

    /// A rule setting every changed token on `selector`, for the host's stylesheet:
    /// on `:root` the whole page's widgets take it (the properties inherit), on a
    /// class only the widgets inside that element.
    pub fn to_css(&self, selector: &str) -> String {
        let mut out = format!("{selector} {{\n");
        for (token, value) in self.iter() {
            out.push_str(&format!("  {}: {value};\n", token.property()));
        }
        out.push_str("}\n");
        out
    }

    /// The declarations for a `style` attribute (the preview's panes take them so, and
    /// a host may put them on any element around a widget).
    pub fn to_style(&self) -> String {
        self.iter()
            .map(|(token, value)| format!("{}: {value}", token.property()))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// The share link's pairs: `tok.{name}` and the value, percent-encoded.
    pub fn to_pairs(&self) -> Vec<String> {
        self.iter()
            .map(|(token, value)| format!("{LINK_PREFIX}{}={}", token.name, percent_encode(value)))
            .collect()
    }

    /// Take one share-link pair (`key` as it stands in the link, `value` still
    /// encoded); `false` when the key is not a token's. A value not taken is dropped,
    /// so a crafted link opens with the theme's value instead.
    pub fn read_pair(&mut self, key: &str, value: &str) -> bool {
        let Some(name) = key.strip_prefix(LINK_PREFIX) else {
            return false;
        };
        if let Some(value) = percent_decode(value) {
            let _ = self.set(name, &value);
        }
        true
    }
}

/// What a token's key starts with in a share link.
pub const LINK_PREFIX: &str = "tok.";

fn percent_encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn percent_decode(value: &str) -> Option<String> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let hex = value.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(if b == b'+' { b' ' } else { b });
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// A computed colour's red, green and blue on 0–255: `rgb(…)`, `rgba(…)` (alpha
/// ignored: the palette is opaque) or `color(srgb r g b)`; `None` for anything else.
/// The contrast checks measure with it too.
pub(crate) fn rgb_of(css: &str) -> Option<[f64; 3]> {
    let css = css.trim();
    let (scale, inner) = if let Some(rest) = css.strip_prefix("color(srgb ") {
        (255.0, rest.strip_suffix(')')?)
    } else {
        let rest = css
            .strip_prefix("rgba(")
            .or_else(|| css.strip_prefix("rgb("))?;
        (1.0, rest.strip_suffix(')')?)
    };
    let mut parts = inner
        .split(|c: char| c == ',' || c == '/' || c.is_whitespace())
        .filter(|p| !p.is_empty())
        .map(|p| p.parse::<f64>().ok());
    let mut next = || parts.next().flatten().map(|v| v * scale);
    Some([next()?, next()?, next()?])
}

/// A computed colour (`rgb(r, g, b)`, `rgba(…)`, `color(srgb r g b)`) as `#rrggbb`,
/// which the colour picker takes; `None` for anything else.
///
/// ```
/// use alphanode_widgets::app::tokens::hex_colour;
/// assert_eq!(hex_colour("rgb(31, 95, 191)").as_deref(), Some("#1f5fbf"));
/// assert_eq!(hex_colour("#ABCDEF").as_deref(), Some("#abcdef"));
/// assert_eq!(hex_colour("tomato"), None);
/// ```
pub fn hex_colour(css: &str) -> Option<String> {
    let css = css.trim();
    if let Some(hex) = css.strip_prefix('#') {
        let full = match hex.len() {
            6 => hex.to_owned(),
            3 => hex.chars().flat_map(|c| [c, c]).collect(),
            _ => return None,
        };
        return full
            .chars()
            .all(|c| c.is_ascii_hexdigit())
            .then(|| format!("#{}", full.to_ascii_lowercase()));
    }
    let [r, g, b] = rgb_of(css)?.map(|v| v.round().clamp(0.0, 255.0) as u8);
    Some(format!("#{r:02x}{g:02x}{b:02x}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_every_token_the_stylesheet_registers() {
        let css = include_str!("../../style/alphanode.css");
        let registered: Vec<&str> = css
            .split("@property --anp-")
            .skip(1)
            .filter_map(|rest| rest.split_whitespace().next())
            .collect();
        let mut listed: Vec<&str> = TOKENS.iter().map(|t| t.name).collect();
        let mut sorted = registered.clone();
        sorted.sort_unstable();
        listed.sort_unstable();
        assert_eq!(listed, sorted);
        assert!(registered.len() >= 20, "{registered:?}");
    }

    #[test]
    fn the_export_lists_the_changes_in_the_panel_order() {
        let mut tokens = Tokens::default();
        assert_eq!(tokens.to_css(".my-scope"), ".my-scope {\n}\n");
        assert_eq!(tokens.to_style(), "");
        tokens.set("radius", " 2px ").unwrap_or_default();
        tokens
            .set("font", "\"Iowan Old Style\", Georgia, serif")
            .unwrap_or_default();
        tokens.set("accent", "#c0392b").unwrap_or_default();
        assert_eq!(
            tokens.to_css(":root"),
            ":root {\n  --anp-accent: #c0392b;\n  --anp-font: \"Iowan Old Style\", Georgia, serif;\n  --anp-radius: 2px;\n}\n"
        );
        // Empty takes the change back.
        tokens.set("font", "  ").unwrap_or_default();
        assert_eq!(tokens.get("font"), None);
        assert_eq!(tokens.len(), 2);
        tokens.remove("accent");
        assert_eq!(tokens.to_style(), "--anp-radius: 2px");
    }

    #[test]
    fn values_that_could_leave_their_declaration_are_refused() {
        let mut tokens = Tokens::default();
        for bad in [
            "red; color: blue",
            "red } body { display: none",
            "url(https://tracker.test/x.png)",
            "URL(x)",
            "\"unclosed",
            "rgb(1, 2, 3",
            "a)b(",
            "red !important",
            "red /* */",
            "</style><script>",
            "\\7d",
            "a\nb",
            &"x".repeat(MAX_VALUE + 1),
        ] {
            assert_eq!(tokens.set("accent", bad), Err(Refused::Unsafe), "{bad:?}");
        }
        assert_eq!(tokens.set("glow", "1"), Err(Refused::Unknown));
        assert!(tokens.is_empty());
        for good in [
            "light-dark(#fff, #000)",
            "color-mix(in srgb, red 40%, white)",
            "'Noto Sans', \"Segoe UI\", sans-serif",
            "min(100svh, 64rem)",
            "3 / 2",
        ] {
            assert_eq!(tokens.set("font", good), Ok(()), "{good:?}");
        }
    }

    #[test]
    fn link_pairs_round_trip_any_value() {
        let mut tokens = Tokens::default();
        tokens
            .set("font", "\"Noto Sans\", système, sans-serif")
            .unwrap_or_default();
        tokens.set("accent", "#c0392b").unwrap_or_default();
        tokens.set("figure-ratio", "16 / 9").unwrap_or_default();
        let pairs = tokens.to_pairs();
        assert_eq!(
            pairs.first().map(String::as_str),
            Some("tok.accent=%23c0392b")
        );
        let mut back = Tokens::default();
        for pair in &pairs {
            assert!(!pair.contains(['&', '#', ' ', '"']), "{pair}");
            let (key, value) = pair.split_once('=').unwrap_or_default();
            assert!(back.read_pair(key, value));
        }
        assert_eq!(back, tokens);
        // Not a token's key; a token's bad value or bad encoding is dropped.
        assert!(!back.read_pair("layout", "grid"));
        assert!(back.read_pair("tok.accent", "red%3B%20x"));
        assert!(back.read_pair("tok.radius", "%E"));
        assert!(back.read_pair("tok.nope", "1"));
        assert_eq!(back.get("accent"), Some("#c0392b"));
    }

    #[test]
    fn computed_colours_become_hex() {
        assert_eq!(hex_colour("rgb(255, 255, 255)").as_deref(), Some("#ffffff"));
        assert_eq!(hex_colour("rgba(0, 0, 0, 0.5)").as_deref(), Some("#000000"));
        assert_eq!(
            hex_colour("color(srgb 1 0.5 0)").as_deref(),
            Some("#ff8000")
        );
        assert_eq!(hex_colour("#abc").as_deref(), Some("#aabbcc"));
        assert_eq!(hex_colour("#abcd"), None);
        assert_eq!(hex_colour("#ggg"), None);
        assert_eq!(hex_colour("rgb(1, 2)"), None);
    }
}
