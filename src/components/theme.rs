//! Colour themes.

/// The colour theme of a widget (`data-theme` on `.anp-article` and the app).
///
/// ```
/// use alphanode_widgets::components::Theme;
/// assert_eq!(Theme::parse("dark"), Some(Theme::Dark));
/// assert_eq!(Theme::default().as_str(), "auto");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    /// Follows the reader's `prefers-color-scheme`.
    #[default]
    Auto,
    /// Light.
    Light,
    /// Dark.
    Dark,
    /// High contrast.
    Contrast,
}

impl Theme {
    /// Every theme, in menu order.
    pub const ALL: [Theme; 4] = [Self::Auto, Self::Light, Self::Dark, Self::Contrast];

    /// The attribute value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Auto => "auto",
            Self::Light => "light",
            Self::Dark => "dark",
            Self::Contrast => "contrast",
        }
    }

    /// Parse an attribute value (case-insensitive, trimmed).
    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|t| t.as_str().eq_ignore_ascii_case(value.trim()))
    }
}
