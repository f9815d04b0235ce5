//! The preview's accessibility checks: the WCAG contrast ratio of the widget's text and
//! meter colours in the light, dark and high-contrast themes, read from the styles the
//! browser computes (so host overrides and stylesheet edits are what is measured), and
//! axe-core, fetched only when asked for (it is half a megabyte).

use leptos::prelude::*;

use crate::app::tokens::Tokens;
use crate::components::Theme;
use crate::i18n::{AppText, Strings};
use crate::platform::{axe, dom};

/// The themes checked, with their labels.
const THEMES: [(Theme, AppText); 3] = [
    (Theme::Light, AppText::ThemeLight),
    (Theme::Dark, AppText::ThemeDark),
    (Theme::Contrast, AppText::ThemeContrast),
];

/// Colour roles of the palette a probe element shows, by custom property.
const ROLES: [&str; 6] = ["fg", "bg", "surface", "muted", "link", "accent"];
/// The meter's track; it is drawn with `--anp-skeleton` (alphanode.css, meter rules).
const TRACK: &str = "skeleton";

/// The pairs checked: label, foreground role, background role, the ratio WCAG asks for
/// (4.5 for body text, SC 1.4.3; 3 for the parts of a graphic, SC 1.4.11).
const PAIRS: [(AppText, &str, &str, f64); 6] = [
    (AppText::PairText, "fg", "bg", 4.5),
    (AppText::PairSurface, "fg", "surface", 4.5),
    (AppText::PairMuted, "muted", "bg", 4.5),
    (AppText::PairLink, "link", "bg", 4.5),
    (AppText::PairMeterTrack, "accent", TRACK, 3.0),
    (AppText::PairMeterBg, "accent", "bg", 3.0),
];

/// An sRGB colour, 0–255 per channel.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Rgb(pub f64, pub f64, pub f64);

/// Parse a computed colour: `rgb(…)`, `rgba(…)` (alpha ignored: the palette is
/// opaque) or `color(srgb r g b)`.
pub(super) fn parse_color(css: &str) -> Option<Rgb> {
    crate::app::tokens::rgb_of(css).map(|[r, g, b]| Rgb(r, g, b))
}

/// WCAG 2 relative luminance.
fn luminance(c: Rgb) -> f64 {
    let channel = |v: f64| {
        let v = (v / 255.0).clamp(0.0, 1.0);
        if v <= 0.04045 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
}

/// WCAG 2 contrast ratio, 1 to 21.
pub(super) fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// One measured pair.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Row {
    /// The theme measured.
    pub theme: Theme,
    /// The theme's name.
    pub label: AppText,
    /// The pair's name.
    pub pair: AppText,
    /// The foreground's role: the name of its token (`muted` for `--anp-muted`).
    pub fg: &'static str,
    /// The background's role, as `fg`.
    pub bg: &'static str,
    /// The contrast ratio, when both colours could be read.
    pub ratio: Option<f64>,
    /// The ratio WCAG asks for.
    pub needs: f64,
}

impl Row {
    /// Whether the pair has the contrast it needs.
    pub fn passes(&self) -> bool {
        self.ratio.is_some_and(|r| r >= self.needs)
    }
}

/// The checks panel (a `details`, closed until opened). The probes take the tokens
/// changed in the tokens panel, as the panes do, and are measured again when they
/// change; `rows` is the last measurement, which the tokens panel marks by.
#[component]
pub(super) fn Checks(tokens: RwSignal<Tokens>, rows: RwSignal<Vec<Row>>) -> impl IntoView {
    // Stored, so that `t` is Copy and every reactive closure below can use it.
    let strings = StoredValue::new(use_context::<Strings>().unwrap_or_default());
    let t = move |key: AppText| strings.with_value(|s| s.app(key).to_owned());
    let probes = NodeRef::<leptos::html::Div>::new();
    let axe = RwSignal::new(None::<AxeState>);
    let measure = move || {
        if let Some(probes) = probes.get_untracked() {
            rows.set(measure_rows(&probes));
        }
    };
    // After the first render, when the stylesheet applies to the probes, and after
    // every change of a token, once the probes have it.
    Effect::new(move |_| {
        tokens.track();
        request_animation_frame(measure);
    });
    let run_axe = move |_| {
        axe.set(Some(AxeState::Running));
        leptos::task::spawn_local(async move {
            let src = format!("{}/axe.min.js", crate::app::base_path());
            let result = axe::run(&src, ".anp-preview__render-pane").await;
            axe.try_set(Some(match result {
                Some(list) => AxeState::Done(list),
                None => AxeState::Failed,
            }));
        });
    };

    view! {
        // One element per theme whose children show the palette's colours, so the
        // computed colours are the theme's whatever the preview shows.
        <div class="anp-preview__probes" node_ref=probes aria-hidden="true"
            style=move || tokens.with(Tokens::to_style)>
            {THEMES.iter().map(|(theme, _)| view! {
                <div class="anp-theme" data-theme=theme.as_str()>
                    {ROLES.iter().chain([TRACK].iter()).map(|role| view! {
                        <span data-role=*role style=format!("color: var(--anp-{role})")></span>
                    }).collect_view()}
                </div>
            }).collect_view()}
        </div>
        <details class="anp-preview__checks" on:toggle=move |_| measure()>
            <summary>{t(AppText::Checks)}</summary>
            <p class="anp-preview__checks-intro">{t(AppText::ContrastIntro)}</p>
            <table class="anp-preview__contrast">
                <thead><tr>
                    <th scope="col">{t(AppText::Theme)}</th>
                    <th scope="col">{t(AppText::ContrastPair)}</th>
                    <th scope="col">{t(AppText::ContrastRatio)}</th>
                    <th scope="col">{t(AppText::ContrastNeeds)}</th>
                </tr></thead>
                <tbody>
                    {move || rows.get().into_iter().map(|row| {
                        let pass = row.passes();
                        let verdict = t(if pass { AppText::Pass } else { AppText::Fail });
                        view! {
                            <tr data-pass=pass.to_string() data-theme=row.theme.as_str()>
                                <td>{t(row.label)}</td>
                                <td>{t(row.pair)}</td>
                                <td class="anp-preview__ratio">
                                    {row.ratio.map_or_else(|| "?".to_owned(), |r| format!("{r:.2}:1"))}
                                </td>
                                <td>{format!("{}:1 ", row.needs)}{verdict}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            <div class="anp-preview__actions">
                <button type="button" class="anp-preview__button" on:click=move |_| measure()>{t(AppText::ContrastRecheck)}</button>
                <button type="button" class="anp-preview__button anp-preview__axe" on:click=run_axe>{t(AppText::AxeRun)}</button>
            </div>
            <div class="anp-preview__axe-result" role="status">
                {move || axe.get().map(|state| match state {
                    AxeState::Running => view! { <p>{t(AppText::AxeLoading)}</p> }.into_any(),
                    AxeState::Failed => view! { <p>{t(AppText::AxeFailed)}</p> }.into_any(),
                    AxeState::Done(list) if list.is_empty() => view! { <p data-violations="0">{t(AppText::AxeClean)}</p> }.into_any(),
                    AxeState::Done(list) => view! {
                        <p data-violations=list.len().to_string()>{t(AppText::AxeFound)}</p>
                        <ul>{list.into_iter().map(|v| view! { <li>{v}</li> }).collect_view()}</ul>
                    }.into_any(),
                })}
            </div>
        </details>
    }
    // Erased: the preview page's view type is otherwise too deep to compile natively.
    .into_any()
}

#[derive(Clone, Debug, PartialEq)]
enum AxeState {
    Running,
    Failed,
    /// One line per violation: rule, impact, help, how many elements.
    Done(Vec<String>),
}

/// The pairs' ratios, from the colours the browser computes for the probes.
fn measure_rows(probes: &web_sys::Element) -> Vec<Row> {
    let color_of = |theme: Theme, role: &str| -> Option<Rgb> {
        let selector = format!("[data-theme=\"{}\"] [data-role=\"{role}\"]", theme.as_str());
        parse_color(&dom::computed_style(probes, &selector, "color")?)
    };
    let mut rows = Vec::new();
    for (theme, label) in THEMES {
        for (pair, fg, bg, needs) in PAIRS {
            let ratio = color_of(theme, fg)
                .zip(color_of(theme, bg))
                .map(|(a, b)| contrast(a, b));
            rows.push(Row {
                theme,
                label,
                pair,
                fg,
                bg,
                ratio,
                needs,
            });
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn computed_colours_parse() {
        assert_eq!(parse_color("rgb(29, 35, 48)"), Some(Rgb(29.0, 35.0, 48.0)));
        assert_eq!(
            parse_color("rgba(255, 255, 0, 0.5)"),
            Some(Rgb(255.0, 255.0, 0.0))
        );
        assert_eq!(
            parse_color("color(srgb 1 0.5 0)"),
            Some(Rgb(255.0, 127.5, 0.0))
        );
        assert_eq!(parse_color("light-dark(#fff, #000)"), None);
        assert_eq!(parse_color("rgb(1, 2)"), None);
    }

    #[test]
    fn ratios_follow_wcag() {
        let white = Rgb(255.0, 255.0, 255.0);
        let black = Rgb(0.0, 0.0, 0.0);
        assert!((contrast(white, black) - 21.0).abs() < 1e-9);
        assert!((contrast(black, white) - 21.0).abs() < 1e-9);
        assert!((contrast(white, white) - 1.0).abs() < 1e-9);
        // #767676 on white is the well-known 4.54:1.
        let grey = Rgb(118.0, 118.0, 118.0);
        assert!((contrast(grey, white) - 4.54).abs() < 0.01);
    }
}
