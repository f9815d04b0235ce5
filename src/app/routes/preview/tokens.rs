//! The preview's theme tokens panel: every `--anp-*` custom property, grouped, with a
//! control showing the value of the theme shown (or the designer's change), the
//! colours the contrast checks fail marked, and the export (a CSS block and a `style`
//! attribute, plain custom properties on an element around the widget, no
//! `data-alphanode-*` attribute). The list, the checks on values and the export's
//! text are `crate::app::tokens`; the panes and the checks' probes take the changes.

use std::collections::{BTreeMap, BTreeSet};

use leptos::prelude::*;

use super::checks::Row;
use crate::app::tokens::{hex_colour, Group, Kind, Token, Tokens, TOKENS};
use crate::components::Theme;
use crate::i18n::{AppText, Strings};
use crate::platform::dom;

/// Where the exported CSS sets the tokens: on the root, every widget of the host page
/// inherits them, whatever its `data-theme` (but the contrast theme, whose palette is
/// declared on the widget). A host that themes only part of its page puts its own
/// selector there; the panel says so.
const EXPORT_SCOPE: &str = ":root";

/// The panel's state, every part a signal, so that a row's closures can share it.
#[derive(Clone, Copy)]
struct Panel {
    tokens: RwSignal<Tokens>,
    /// The theme's own values (no change applied), by token name.
    defaults: RwSignal<BTreeMap<&'static str, String>>,
    /// Tokens whose last typed value was not taken.
    refused: RwSignal<BTreeSet<&'static str>>,
    /// The contrast checks' last measurement.
    rows: RwSignal<Vec<Row>>,
    strings: StoredValue<Strings>,
}

impl Panel {
    fn t(self, key: AppText) -> String {
        self.strings.with_value(|s| s.app(key).to_owned())
    }

    /// What the control shows: the change, else the theme's value.
    fn value(self, name: &'static str) -> String {
        self.tokens
            .with(|t| t.get(name).map(str::to_owned))
            .or_else(|| self.defaults.with(|d| d.get(name).cloned()))
            .unwrap_or_default()
    }

    /// Take a typed value; a refused one stays in the field, marked, and changes
    /// nothing (the panes keep the last value taken).
    fn take(self, name: &'static str, value: &str) {
        let mut next = self.tokens.get_untracked();
        match next.set(name, value) {
            Ok(()) => {
                if self.tokens.with_untracked(|t| *t != next) {
                    self.tokens.set(next);
                }
                if self.refused.with_untracked(|r| r.contains(name)) {
                    self.refused.update(|r| {
                        r.remove(name);
                    });
                }
            }
            Err(_) => {
                if !self.refused.with_untracked(|r| r.contains(name)) {
                    self.refused.update(|r| {
                        r.insert(name);
                    });
                }
            }
        }
    }

    /// The pairs of the contrast checks that `name` takes part in and fails, named.
    fn failing(self, name: &'static str) -> Vec<String> {
        self.rows.with(|rows| {
            rows.iter()
                .filter(|r| r.fg == name || r.bg == name)
                .filter_map(|r| {
                    let ratio = r.ratio?;
                    (!r.passes()).then(|| {
                        format!(
                            "{} · {} {ratio:.2}:1 < {}:1",
                            self.t(r.label),
                            self.t(r.pair),
                            r.needs
                        )
                    })
                })
                .collect()
        })
    }

    fn row(self, token: &'static Token) -> impl IntoView {
        let name = token.name;
        let property = token.property();
        let id = format!("anp-token-{name}");
        let note_id = format!("anp-token-{name}-note");
        let on_input = move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            // Emptied while typing: wait for the change event (below) to take it back.
            if !value.trim().is_empty() {
                self.take(name, &value);
            }
        };
        let on_change = move |ev: leptos::ev::Event| {
            if event_target_value(&ev).trim().is_empty() {
                self.refused.update(|r| {
                    r.remove(name);
                });
                self.tokens.update(|t| t.remove(name));
            }
        };
        let picker = (token.kind == Kind::Colour).then(|| {
            let label = format!("{property} {}", self.t(AppText::TokenPicker));
            view! {
                <input type="color" class="anp-preview__token-picker" aria-label=label
                    prop:value=move || hex_colour(&self.value(name)).unwrap_or_else(|| "#000000".to_owned())
                    on:input=move |ev| self.take(name, &event_target_value(&ev)) />
            }
        });
        let kind = if token.kind == Kind::Number {
            "number"
        } else {
            "text"
        };
        let invalid = move || self.refused.with(|r| r.contains(name));
        view! {
            <div class="anp-preview__token" data-token=name
                data-changed=move || self.tokens.with(|t| t.get(name).is_some()).to_string()
                data-contrast=move || if self.failing(name).is_empty() { "pass" } else { "fail" }>
                <label class="anp-preview__token-name" for=id.clone()><code>{property}</code></label>
                <span class="anp-preview__token-controls">
                    {picker}
                    <input type=kind id=id class="anp-preview__token-input" dir="ltr" spellcheck="false"
                        autocomplete="off" step=(kind == "number").then_some("0.05") min=(kind == "number").then_some("0")
                        prop:value=move || self.value(name)
                        aria-invalid=move || invalid().to_string() aria-describedby=note_id.clone()
                        on:input=on_input on:change=on_change />
                </span>
                <p class="anp-preview__token-note" id=note_id>
                    {move || invalid().then(|| self.t(AppText::TokenRefused))}
                    {move || {
                        let failing = self.failing(name);
                        (!failing.is_empty()).then(|| format!("{} {}", self.t(AppText::TokenLowContrast), failing.join("; ")))
                    }}
                </p>
            </div>
        }
    }
}

/// The tokens panel (a `details`, closed until opened: on a phone it is a line).
#[component]
pub(super) fn TokensPanel(
    tokens: RwSignal<Tokens>,
    theme: RwSignal<Theme>,
    rows: RwSignal<Vec<Row>>,
) -> impl IntoView {
    let panel = Panel {
        tokens,
        defaults: RwSignal::new(BTreeMap::new()),
        refused: RwSignal::new(BTreeSet::new()),
        rows,
        strings: StoredValue::new(use_context::<Strings>().unwrap_or_default()),
    };
    let t = move |key: AppText| panel.t(key);
    let probe = NodeRef::<leptos::html::Div>::new();
    let read_defaults = move || {
        if let Some(probe) = probe.get_untracked() {
            panel.defaults.set(theme_values(&probe));
        }
    };
    // Once the probe has the theme (after the first render, after every change).
    Effect::new(move |_| {
        theme.track();
        request_animation_frame(read_defaults);
    });
    let status = RwSignal::new(String::new());
    let css = Memo::new(move |_| tokens.with(|t| t.to_css(EXPORT_SCOPE)));
    let style_attribute = Memo::new(move |_| {
        tokens.with(|t| {
            format!(
                "style=\"{}\"",
                html_escape::encode_double_quoted_attribute(&t.to_style())
            )
        })
    });
    let copy = move |_| {
        let (done, failed) = (t(AppText::TokensCopied), t(AppText::TokensCopyFailed));
        super::copy_and_report(css.get_untracked(), status, done, failed);
    };
    let reset = move |_| {
        panel.refused.set(BTreeSet::new());
        tokens.set(Tokens::default());
        status.set(String::new());
    };
    let changed = move || {
        let n = tokens.with(Tokens::len);
        (n > 0).then(|| format!(" ({n})"))
    };

    view! {
        // The theme's own values: a probe outside the panes, which have the changes.
        <div class="anp-preview__probes" node_ref=probe aria-hidden="true">
            <div class="anp-theme" data-theme=move || theme.get().as_str()>
                {TOKENS.iter().filter(|t| t.kind == Kind::Colour).map(|t| view! {
                    <span data-probe=t.name style=format!("color: var({})", t.property())></span>
                }).collect_view()}
            </div>
        </div>
        <details class="anp-preview__tokens" on:toggle=move |_| read_defaults()>
            <summary>{t(AppText::Tokens)}{changed}</summary>
            <p class="anp-preview__tokens-intro">{t(AppText::TokensIntro)}</p>
            {move || (theme.get() == Theme::Contrast).then(|| view! {
                <p class="anp-preview__tokens-intro" data-contrast-kept="true">{t(AppText::TokensContrastKept)}</p>
            })}
            {Group::ALL.iter().map(|group| view! {
                <fieldset class="anp-preview__token-group" data-group=group_name(*group)>
                    <legend>{t(group_label(*group))}</legend>
                    {TOKENS.iter().filter(|token| token.group == *group).map(|token| panel.row(token)).collect_view()}
                </fieldset>
            }).collect_view()}
            <div class="anp-preview__tokens-export">
                <label class="anp-preview__label" for="anp-tokens-css">{t(AppText::TokensCss)}</label>
                <p class="anp-preview__tokens-intro" id="anp-tokens-css-help">{t(AppText::TokensCssHelp)}</p>
                <textarea id="anp-tokens-css" class="anp-preview__tokens-css" dir="ltr" readonly rows="6"
                    spellcheck="false" aria-describedby="anp-tokens-css-help" prop:value=move || css.get()></textarea>
                <label class="anp-preview__label" for="anp-tokens-style">{t(AppText::TokensStyle)}</label>
                <input id="anp-tokens-style" class="anp-preview__tokens-style" dir="ltr" readonly
                    spellcheck="false" prop:value=move || style_attribute.get() />
                <div class="anp-preview__actions">
                    <button type="button" class="anp-preview__button anp-preview__tokens-copy" on:click=copy>{t(AppText::TokensCopy)}</button>
                    <button type="button" class="anp-preview__button anp-preview__tokens-reset" on:click=reset>{t(AppText::TokensReset)}</button>
                </div>
                <p class="anp-preview__tokens-status" role="status">{move || status.get()}</p>
            </div>
        </details>
    }
    // Erased: the preview page's view type is otherwise too deep to compile natively.
    .into_any()
}

fn group_label(group: Group) -> AppText {
    match group {
        Group::Colour => AppText::TokenGroupColour,
        Group::Type => AppText::TokenGroupType,
        Group::Space => AppText::TokenGroupSpace,
        Group::Shape => AppText::TokenGroupShape,
    }
}

fn group_name(group: Group) -> &'static str {
    match group {
        Group::Colour => "colour",
        Group::Type => "type",
        Group::Space => "space",
        Group::Shape => "shape",
    }
}

/// Every token's value in the probe's theme: colours as the browser resolves them
/// (`light-dark()` picks the theme's), as `#rrggbb`; the rest as the stylesheet
/// gives them.
fn theme_values(probe: &web_sys::Element) -> BTreeMap<&'static str, String> {
    TOKENS
        .iter()
        .filter_map(|token| {
            let value = if token.kind == Kind::Colour {
                let selector = format!("[data-probe=\"{}\"]", token.name);
                hex_colour(&dom::computed_style(probe, &selector, "color")?)?
            } else {
                dom::computed_style(probe, ".anp-theme", &token.property())?
                    .trim()
                    .to_owned()
            };
            Some((token.name, value))
        })
        .collect()
}
