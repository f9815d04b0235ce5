//! `/preview`: the designer preview. Edit a post's JSON and see it rendered live, in
//! every layout and theme, at phone, tablet and desktop widths; share it as a link.
//!
//! This file holds the page's state and the rendering; the editor, the toolbar, the
//! problems list and the checks live beside it. The draft (text and controls) is kept
//! in `localStorage`, in the share link's format, and comes back when `/preview` is
//! opened without a link.

mod checks;
// The editor paints in the browser only: natively (tests, pre-rendering) its
// painting helpers are reached from the unit tests alone.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod editor;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod highlight;
mod problems;
mod profile;
mod snippet;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod tokens;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod toolbar;

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;

use crate::app::samples::{self, REFERENCE};
use crate::app::share::{self, Focus, Shared};
use crate::app::tokens::Tokens;
use crate::components::{Article, ArticleState, MetaBox, MetaLayout, ReadyPost, Theme};
use crate::i18n::{AppText, Strings};
use crate::model::{locate_path, parse_post, Diagnostic, MetaProfile, Parsed};
use crate::platform::dom::{self, ResizeWatch};
use crate::platform::{download, location, storage, textarea};

use checks::Checks;
use editor::Editor;
use problems::Problems;
use profile::ProfilePanel;
use tokens::TokensPanel;
use toolbar::Toolbar;

/// The `localStorage` key of the draft: the share fragment of the last state.
const DRAFT_KEY: &str = "anp-preview-draft";

/// Widths of the preview frame; 0 fills the pane.
const VIEWPORTS: [u32; 4] = [375, 768, 1280, 0];
/// The frame's dashed border on each side, in px (`.anp-preview__frame` in
/// style/app.css): the frame is that much wider than its preset, whose width is the
/// content's.
const FRAME_BORDER: f64 = 1.0;
/// Compare mode: the largest share of the row a pane takes, so that the next one
/// peeks in and tells that the row scrolls (`.anp-preview__compare-cell`).
const COMPARE_SHARE: f64 = 0.88;
/// Compare mode: the grid's padding on each side, in px (0.5rem).
const COMPARE_PADDING: f64 = 8.0;
/// Texts up to this many bytes are replaced through the browser's editing commands
/// (undone by its own Ctrl+Z); larger ones directly (see `Preview::replace_text`).
const NATIVE_UNDO_LIMIT: usize = 64 * 1024;
/// Wait this long after the last keystroke before re-rendering.
const DEBOUNCE: Duration = Duration::from_millis(250);

/// Result of one parse of the editor's text.
#[derive(Clone, Debug, Default, PartialEq)]
struct Check {
    /// Errors or warnings, with line and column where they can be found in the text.
    diagnostics: Vec<Diagnostic>,
    /// Whether the text could be rendered.
    ok: bool,
}

fn check(text: &str) -> (Check, Option<Arc<ReadyPost>>) {
    let parsed = parse_post(text, None);
    let mut diagnostics = parsed.diagnostics.clone();
    for d in &mut diagnostics {
        if d.line.is_none() {
            if let Some((line, column)) = locate_path(text, &d.path) {
                d.line = Some(line);
                d.column = Some(column);
            }
        }
    }
    let ready = ReadyPost::from_parsed(Parsed {
        value: parsed.value,
        diagnostics: diagnostics.clone(),
    })
    .ok();
    let ok = ready.is_some();
    (Check { diagnostics, ok }, ready)
}

/// Everything the preview's parts share. Every field is a signal, so the struct is
/// `Copy` and each part reads what it needs.
#[derive(Clone, Copy)]
struct Preview {
    /// The editor's text, updated on every keystroke.
    text: RwSignal<String>,
    /// The text of the last render (the editor may hold invalid JSON meanwhile).
    rendered_text: StoredValue<String>,
    /// The last post that could be rendered.
    rendered: RwSignal<Option<Arc<ReadyPost>>>,
    /// Diagnostics of the editor's text as of the last parse.
    status: RwSignal<Check>,
    /// Sample picked in the gallery menu.
    sample: RwSignal<Option<&'static str>>,
    /// The sample the menu names: the picked one, or the reference post when the page
    /// opened on it unpicked (a first visit). Not in the link: a first visit's link
    /// carries its JSON, as every link to an unpicked text does.
    shown: RwSignal<Option<&'static str>>,
    /// Whether the text is still the picked sample's, unedited.
    pristine: RwSignal<bool>,
    layout: RwSignal<MetaLayout>,
    theme: RwSignal<Theme>,
    /// Frame width preset, one of [`VIEWPORTS`].
    viewport: RwSignal<u32>,
    compare: RwSignal<bool>,
    /// What is shown of the post.
    focus: RwSignal<Focus>,
    /// The theme tokens changed in the tokens panel; every pane takes them.
    tokens: RwSignal<Tokens>,
    /// The meta profile panel's text; empty is no profile.
    profile_text: RwSignal<String>,
    /// The profile every pane shows the meta through.
    profile: Memo<Option<Arc<MetaProfile>>>,
    /// The toolbar's message after an action.
    notice: RwSignal<Notice>,
    /// The editor's textarea.
    editor: NodeRef<leptos::html::Textarea>,
    /// Set while the page itself replaces the editor's text: the input event that
    /// fires then is not the user's edit.
    replacing: StoredValue<bool>,
    /// The text before and after the page's last replacement of a large text, which
    /// the browser's undo cannot hold (see [`replace_text`](Self::replace_text)).
    own_undo: StoredValue<Option<(String, String)>>,
}

/// What the toolbar says after an action.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Notice {
    message: String,
    /// Text the clipboard refused, offered for copying by hand.
    manual: Option<String>,
    /// Offer the JSON file (a link too long to be safe).
    offer_download: bool,
}

impl Notice {
    fn say(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            ..Self::default()
        }
    }
}

impl Preview {
    fn new(initial: &Shared, json: String, sample: Option<&'static str>) -> Self {
        let (first_check, first_ready) = check(&json);
        let width = VIEWPORTS
            .iter()
            .copied()
            .find(|w| *w == initial.width)
            .unwrap_or(0);
        let shown = sample.or_else(|| (json == REFERENCE).then_some("reference"));
        let profile_text = RwSignal::new(initial.profile.clone().unwrap_or_default());
        Self {
            rendered_text: StoredValue::new(if first_ready.is_some() {
                json.clone()
            } else {
                String::new()
            }),
            pristine: RwSignal::new(sample.is_some() && initial.json.is_none()),
            text: RwSignal::new(json),
            rendered: RwSignal::new(first_ready),
            status: RwSignal::new(first_check),
            sample: RwSignal::new(sample),
            shown: RwSignal::new(shown),
            layout: RwSignal::new(initial.layout),
            theme: RwSignal::new(initial.theme),
            viewport: RwSignal::new(width),
            compare: RwSignal::new(initial.compare),
            focus: RwSignal::new(initial.focus),
            tokens: RwSignal::new(initial.tokens.clone()),
            profile_text,
            profile: Memo::new(move |_| profile_text.with(|t| profile::read_profile(t))),
            notice: RwSignal::new(Notice::default()),
            editor: NodeRef::new(),
            replacing: StoredValue::new(false),
            own_undo: StoredValue::new(None),
        }
    }

    /// Replace the editor's whole text as an edit of the user's, so the browser's undo
    /// (Ctrl+Z) brings the old text back; then parse it at once. The browser's editing
    /// command takes tens of seconds for the 10,000-entry sample, so a large text is set
    /// directly and Ctrl+Z is answered by the page (see [`undo`](Self::undo)).
    fn replace_text(self, json: String) {
        if let Some(area) = self.editor.get_untracked() {
            self.replacing.set_value(true);
            if json.len().max(self.text.with_untracked(String::len)) <= NATIVE_UNDO_LIMIT {
                textarea::replace_as_edit(&area, &json);
                self.own_undo.set_value(None);
            } else {
                let before = self.text.get_untracked();
                textarea::set_text(&area, &json);
                self.own_undo.set_value(Some((before, json.clone())));
            }
            self.replacing.set_value(false);
        }
        self.text.set(json);
        self.reparse();
    }

    /// Undo the page's last replacement of a large text, if the text is still what it
    /// put there; `false` leaves Ctrl+Z to the browser.
    fn undo(self) -> bool {
        let Some((before, after)) = self.own_undo.get_value() else {
            return false;
        };
        if self.text.with_untracked(|t| *t != after) {
            return false;
        }
        self.own_undo.set_value(None);
        if let Some(area) = self.editor.get_untracked() {
            textarea::set_text(&area, &before);
        }
        self.pristine.set(false);
        self.text.set(before);
        self.reparse();
        true
    }

    /// Pretty-print the editor's JSON, keeping its key order.
    fn format(self, s: &Strings) {
        let pretty = self.text.with_untracked(|t| format_json(t));
        match pretty {
            Ok(pretty) => {
                if self.text.with_untracked(|t| *t != pretty) {
                    self.pristine.set(false);
                    self.replace_text(pretty);
                }
                self.notice
                    .set(Notice::say(s.app(AppText::FormatDone).to_owned()));
            }
            Err(message) => self.notice.set(Notice::say(format!(
                "{}: {message}",
                s.app(AppText::FormatFailed)
            ))),
        }
    }

    /// Make `text` the textarea's text if it is not (the editor follows most edits
    /// piecewise; this is the check that it did, once per pause rather than per key).
    fn sync_text(self) {
        if let Some(area) = self.editor.get_untracked() {
            let value = area.value();
            if self.text.with_untracked(|t| *t != value) {
                self.text.set(value);
            }
        }
    }

    /// Parse the editor's text now; keep the last good render while it is invalid.
    fn reparse(self) {
        let (result, ready) = self.text.with_untracked(|t| check(t));
        if let Some(ready) = ready {
            self.rendered_text.set_value(self.text.get_untracked());
            self.rendered.set(Some(ready));
        }
        self.status.set(result);
        write_fragment(&self.shared());
    }

    /// Load a sample's JSON (as an edit, so it can be undone) and name it in the link.
    fn load_sample(self, id: &str) {
        let Some(sample) = samples::find(id) else {
            return;
        };
        self.sample.set(Some(sample.id));
        self.shown.set(Some(sample.id));
        self.pristine.set(true);
        self.replace_text((sample.make)());
    }

    /// The current state as a share link carries it.
    fn shared(self) -> Shared {
        let sample = self.sample.get_untracked();
        let pristine = self.pristine.get_untracked() && sample.is_some();
        Shared {
            json: (!pristine).then(|| self.text.get_untracked()),
            sample: sample.map(str::to_owned),
            layout: self.layout.get_untracked(),
            theme: self.theme.get_untracked(),
            width: self.viewport.get_untracked(),
            compare: self.compare.get_untracked(),
            focus: self.focus.get_untracked(),
            tokens: self.tokens.get_untracked(),
            profile: self
                .profile_text
                .with_untracked(|t| (!t.trim().is_empty()).then(|| t.clone())),
        }
    }
}

/// The layout width of the frame for a Width preset (0: none, it fills the pane): the
/// preset plus the border; in compare mode wide enough for a pane of the preset's
/// width to be at most [`COMPARE_SHARE`] of the row.
fn frame_width(preset: u32, compare: bool) -> Option<f64> {
    if preset == 0 {
        return None;
    }
    let preset = f64::from(preset);
    Some(if compare {
        preset / COMPARE_SHARE + 2.0 * (COMPARE_PADDING + FRAME_BORDER)
    } else {
        preset + 2.0 * FRAME_BORDER
    })
}

/// How much a frame `width` px wide is scaled to fit `room` px: 1 when it fits, or
/// when the room is not measured yet. Scaled down rather than narrowed, so the
/// designer sees the layout of the width the preset names, as a device mode shows it.
fn fit_scale(width: Option<f64>, room: f64) -> f64 {
    match width {
        Some(width) if room > 0.0 && width > room => room / width,
        _ => 1.0,
    }
}

/// What the pane says of the frame's size: "1280 px · 56 %" when scaled, "768 px"
/// when shown as is, the pane's own width for Fill (empty until it is measured).
fn size_label(preset: u32, room: f64, scale: f64) -> String {
    if preset == 0 {
        return if room > 0.0 {
            format!("{:.0} px", room.floor())
        } else {
            String::new()
        };
    }
    if scale < 1.0 {
        // Down, so a frame scaled at all never reads "100 %".
        format!("{preset} px · {:.0} %", (scale * 100.0).floor())
    } else {
        format!("{preset} px")
    }
}

/// The editor's text pretty-printed with two spaces, keys in their order; the syntax
/// error otherwise.
fn format_json(text: &str) -> Result<String, String> {
    let value: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| format!("line {}, column {}", e.line(), e.column()))?;
    let mut pretty = serde_json::to_string_pretty(&value).map_err(|e| e.to_string())?;
    pretty.push('\n');
    Ok(pretty)
}

/// The designer preview page.
#[component]
pub fn PreviewPage() -> impl IntoView {
    let s = use_context::<Strings>().unwrap_or_default();
    let head = crate::platform::head::Head::preview(&s, &crate::app::base_path());
    crate::app::set_title(&head.title);
    crate::platform::head::apply(&head);
    // A link wins; without one, the kept draft; without that, the reference post.
    let initial = read_fragment()
        .or_else(|| storage::get(DRAFT_KEY).and_then(|d| share::decode(&d)))
        // A first visit: the reference post in the reader's own colour scheme.
        .unwrap_or_default();
    let sample = initial.sample.as_deref().and_then(samples::find);
    let json = initial
        .json
        .clone()
        .or_else(|| sample.map(|s| (s.make)()))
        .unwrap_or_else(|| REFERENCE.to_owned());
    let initial_json = json.clone();
    let preview = Preview::new(&initial, json, sample.map(|s| s.id));
    let Preview {
        text,
        rendered,
        layout,
        theme,
        viewport,
        compare,
        focus,
        editor,
        ..
    } = preview;
    let pending = StoredValue::new(None::<TimeoutHandle>);

    // The editor has brought `text` up to date (by the edit alone where it can), and
    // ignores the input events of the page's own replacements.
    let on_input = Callback::new(move |_: leptos::ev::Event| {
        preview.pristine.set(false);
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let parse = move || {
            preview.sync_text();
            preview.reparse();
        };
        pending.set_value(set_timeout_with_handle(parse, DEBOUNCE).ok());
    });
    let cancel_pending = move || {
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
    };
    let load_sample = Callback::new(move |id: String| {
        cancel_pending();
        preview.load_sample(&id);
    });
    let reset_strings = s.clone();
    let reset = Callback::new(move |()| {
        cancel_pending();
        storage::remove(DRAFT_KEY);
        // Back to the sample as a first visit shows it: every control too.
        let start = Shared::default();
        preview.layout.set(start.layout);
        preview.theme.set(start.theme);
        preview.viewport.set(start.width);
        preview.compare.set(start.compare);
        preview.focus.set(start.focus);
        preview.tokens.set(start.tokens);
        preview.profile_text.set(String::new());
        preview.load_sample(preview.sample.get_untracked().unwrap_or("reference"));
        preview.notice.set(Notice::say(
            reset_strings.app(AppText::ResetDone).to_owned(),
        ));
    });
    let format_strings = s.clone();
    let format = Callback::new(move |()| {
        cancel_pending();
        preview.format(&format_strings);
    });
    // Every control is in the link as soon as it changes, so the address bar can be
    // copied as well as the button's link.
    Effect::new(move |_| {
        layout.track();
        theme.track();
        viewport.track();
        compare.track();
        focus.track();
        preview.tokens.track();
        preview.profile_text.track();
        write_fragment(&preview.shared());
    });
    // Shortcuts anywhere on the page: Ctrl/Cmd+Shift+F formats, Ctrl/Cmd+Shift+L copies
    // the link (the buttons say so in their titles and aria-keyshortcuts).
    let link_strings = s.clone();
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if !(ev.ctrl_key() || ev.meta_key()) || ev.alt_key() {
            return;
        }
        if !ev.shift_key() {
            if ev.key().eq_ignore_ascii_case("z") && preview.undo() {
                ev.prevent_default();
            }
            return;
        }
        match ev.key().to_ascii_lowercase().as_str() {
            "f" => {
                ev.prevent_default();
                format.run(());
            }
            "l" => {
                ev.prevent_default();
                toolbar::copy_link(preview, link_strings.clone());
            }
            _ => {}
        }
    };

    let state = Signal::derive(move || match rendered.get() {
        Some(ready) if focus.get() == Focus::Article => {
            // The article without its meta box.
            let mut bare = (*ready).clone();
            bare.post.meta = None;
            ArticleState::Ready(Arc::new(bare))
        }
        Some(ready) => ArticleState::Ready(ready),
        None => ArticleState::Loading,
    });
    // The frame is as wide as its preset and scaled down to fit the pane when the pane
    // is narrower. A transform leaves the layout (and the article's container queries)
    // at the preset's width and keeps hit-testing, so the scaled post stays usable;
    // but it does not change the space the frame takes, so the stage around it is
    // given the scaled height, measured.
    let pane_ref = NodeRef::<leptos::html::Div>::new();
    let frame_ref = NodeRef::<leptos::html::Div>::new();
    // The pane's width and the frame's unscaled height, as layout last had them.
    let room = RwSignal::new(0.0f64);
    let frame_height = RwSignal::new(0.0f64);
    let measure = move || {
        if let Some(pane) = pane_ref.get_untracked() {
            let width = f64::from(pane.client_width());
            if room.get_untracked() != width {
                room.set(width);
            }
        }
        if let Some(frame) = frame_ref.get_untracked() {
            let height = f64::from(frame.offset_height());
            if frame_height.get_untracked() != height {
                frame_height.set(height);
            }
        }
    };
    let watch = ResizeWatch::new(measure);
    Effect::new(move |_| {
        if let (Some(pane), Some(frame), Some(watch)) =
            (pane_ref.get(), frame_ref.get(), watch.as_ref())
        {
            watch.observe(&pane);
            watch.observe(&frame);
        }
    });
    let width = Memo::new(move |_| frame_width(viewport.get(), compare.get()));
    let scale = Memo::new(move |_| fit_scale(width.get(), room.get()));
    let frame_class = move || {
        let preset = viewport.get();
        let mut class = if compare.get() || preset == 0 {
            "anp-preview__frame anp-preview__frame--fill".to_owned()
        } else {
            format!("anp-preview__frame anp-preview__frame--{preset}")
        };
        if scale.get() < 1.0 {
            class.push_str(" anp-preview__frame--scaled");
        }
        class
    };
    let frame_style = move || match width.get() {
        // Unscaled in compare mode the frame fills the pane: its panes have their width.
        Some(_) if compare.get() && scale.get() >= 1.0 => None,
        Some(width) => Some(format!(
            "--anp-frame-width: {width}px; --anp-scale: {}",
            scale.get()
        )),
        None => None,
    };
    let stage_style = move || {
        let scale = scale.get();
        (scale < 1.0).then(|| format!("height: {}px", (frame_height.get() * scale).ceil()))
    };
    let size = move || size_label(viewport.get(), room.get(), scale.get());
    // The contrast checks' last measurement, which the tokens panel marks colours by.
    let contrast = RwSignal::new(Vec::new());

    view! {
        <section class="anp-page anp-preview" data-page="preview" on:keydown=on_keydown>
            <h1 class="anp-page__title">{s.app(AppText::DesignerPreview).to_owned()}</h1>
            <Toolbar preview load_sample format reset />
            <div class="anp-preview__panes" class:anp-preview__panes--compare=move || compare.get()>
                <div class="anp-preview__editor-pane">
                    <label class="anp-preview__label" for="anp-preview-json">{s.app(AppText::PostJson).to_owned()}</label>
                    <Editor text status=preview.status area=editor initial=initial_json replacing=preview.replacing on_input />
                    <Problems status=preview.status text editor />
                    <Checks tokens=preview.tokens rows=contrast />
                    <TokensPanel tokens=preview.tokens theme rows=contrast />
                    <ProfilePanel text=preview.profile_text profile=preview.profile />
                </div>
                <div class="anp-preview__render-pane" node_ref=pane_ref data-focus=move || focus.get().as_str()
                    style=move || preview.tokens.with(Tokens::to_style)>
                    <p class="anp-preview__size" dir="ltr">{size}</p>
                    <div class="anp-preview__stage" style=stage_style>
                    <div class=frame_class node_ref=frame_ref style=frame_style
                        data-width=move || viewport.get().to_string() data-scale=move || scale.get().to_string()>
                        {move || if compare.get() {
                            compare_view(&s, rendered.get(), theme.get(), viewport.get(), preview.profile).into_any()
                        } else if focus.get() == Focus::Meta {
                            meta_only(&s, rendered.get(), theme.get(), layout.get(), preview.profile).into_any()
                        } else {
                            let meta_profile = preview.profile;
                            view! { <Article state theme=theme layout=layout heading_level=2u8 meta_profile /> }.into_any()
                        }}
                    </div>
                    </div>
                </div>
            </div>
        </section>
    }
}

/// The meta box alone, as the article would show it.
fn meta_only(
    s: &Strings,
    ready: Option<Arc<ReadyPost>>,
    theme: Theme,
    layout: MetaLayout,
    meta_profile: Memo<Option<Arc<MetaProfile>>>,
) -> impl IntoView {
    let meta = ready.and_then(|r| r.post.meta.clone());
    let no_meta = s.app(AppText::NoMeta).to_owned();
    view! {
        <div class="anp-article anp-preview__meta-only" data-theme=theme.as_str() data-state="ready">
            {match meta {
                Some(meta) => view! { <MetaBox meta layout meta_profile /> }.into_any(),
                None => view! { <p>{no_meta}</p> }.into_any(),
            }}
        </div>
    }
}

/// Every layout's meta box for the same data, in panes side by side at every width
/// (a phone scrolls them sideways, one pane at a time), each scrolling on its own and
/// keeping the others at the same relative position.
fn compare_view(
    s: &Strings,
    ready: Option<Arc<ReadyPost>>,
    theme: Theme,
    width: u32,
    meta_profile: Memo<Option<Arc<MetaProfile>>>,
) -> impl IntoView {
    let meta = ready.and_then(|r| r.post.meta.clone());
    let no_meta = s.app(AppText::NoMeta).to_owned();
    // The ratio last applied to every pane: a pane's scroll event at that ratio is the
    // echo of our own write, not the user's.
    let synced = StoredValue::new(-1.0f64);
    let style = (width > 0).then(|| format!("--anp-pane-width: {width}px"));
    view! {
        <div class="anp-preview__compare-grid" role="group" aria-label=s.app(AppText::ComparePanes).to_owned() style=style>
            {MetaLayout::ALL.iter().map(|layout| {
                let meta = meta.clone();
                let no_meta = no_meta.clone();
                let title_id = format!("anp-compare-{}", layout.as_str());
                let title = toolbar::layout_label(s, *layout);
                let on_scroll = move |ev: leptos::ev::Event| sync_panes(&ev, synced);
                view! {
                    <section class="anp-preview__compare-cell anp-theme" data-theme=theme.as_str()
                        data-layout=layout.as_str() aria-labelledby=title_id.clone() tabindex="0" on:scroll=on_scroll>
                        <h2 class="anp-preview__compare-title" id=title_id.clone()>{title}</h2>
                        <div class="anp-article" data-theme=theme.as_str() data-state="ready">
                            {match meta {
                                Some(meta) => view! { <MetaBox meta layout=*layout meta_profile /> }.into_any(),
                                None => view! { <p>{no_meta}</p> }.into_any(),
                            }}
                        </div>
                    </section>
                }
            }).collect_view()}
        </div>
    }
}

/// Scroll every other pane of the compare grid to the scrolled pane's relative
/// position.
fn sync_panes(ev: &leptos::ev::Event, synced: StoredValue<f64>) {
    if let Some(ratio) = dom::scroll_siblings_alike(ev, synced.get_value()) {
        synced.set_value(ratio);
    }
}

/// The state a share link in the address carries.
fn read_fragment() -> Option<Shared> {
    share::decode(&location::hash()?)
}

/// Put the state in the address bar, and keep it as the draft; returns the page's
/// full URL with it.
fn write_fragment(shared: &Shared) -> String {
    let fragment = share::encode(shared);
    // The draft: refused (full, disabled) only means it is not kept.
    let _ = storage::set(DRAFT_KEY, &fragment);
    location::replace_hash(&fragment)
}

/// Where the app (and the embed files beside it) is served, as an absolute URL.
fn web_base() -> String {
    format!("{}{}", location::origin(), crate::app::base_path())
}

/// Offer the editor's JSON as `{slug}.json` (the post's slug, kept to the
/// characters every file system takes), else `post.json`.
fn download_json(json: &str, slug: Option<&str>) -> bool {
    download::save(&download_name(slug), "application/json", json)
}

fn download_name(slug: Option<&str>) -> String {
    let safe: String = slug
        .unwrap_or_default()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .take(80)
        .collect();
    if safe.is_empty() {
        "post.json".to_owned()
    } else {
        format!("{safe}.json")
    }
}

/// Copies `text` to the clipboard, then says in `status` whether it worked (`done`)
/// or not (`failed`): the tokens' and the profile's copy buttons.
fn copy_and_report(text: String, status: RwSignal<String>, done: String, failed: String) {
    leptos::task::spawn_local(async move {
        let copied = crate::platform::clipboard::write_text(&text).await;
        status.try_set(if copied { done } else { failed });
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_preset_wider_than_the_pane_is_scaled_to_fit_it() {
        // Desktop 1280 in a 700 px pane: the frame keeps 1280 px of content and is
        // shown at 700 / 1282.
        let desktop = frame_width(1280, false);
        assert_eq!(desktop, Some(1282.0));
        let scale = fit_scale(desktop, 700.0);
        assert!((scale * 1282.0 - 700.0).abs() < 1e-9);
        assert_eq!(size_label(1280, 700.0, scale), "1280 px · 54 %");
        // Tablet 768 in a 720 px pane is scaled too, not narrowed to the pane.
        assert!(fit_scale(frame_width(768, false), 720.0) < 1.0);
        // What fits is shown as is; Fill and an unmeasured pane are never scaled.
        assert_eq!(fit_scale(frame_width(375, false), 720.0), 1.0);
        assert_eq!(size_label(375, 720.0, 1.0), "375 px");
        assert_eq!(fit_scale(frame_width(0, false), 200.0), 1.0);
        assert_eq!(fit_scale(desktop, 0.0), 1.0);
        assert_eq!(size_label(0, 720.4, 1.0), "720 px");
        assert_eq!(size_label(0, 0.0, 1.0), "");
        // Barely scaled still says so.
        assert_eq!(size_label(768, 769.0, 0.999), "768 px · 99 %");
    }

    #[test]
    fn compare_panes_are_as_wide_as_the_preset() {
        // The frame holds the grid's padding, its border and a pane at most
        // COMPARE_SHARE of the row.
        let width = frame_width(375, true).unwrap_or_default();
        let row = width - 2.0 * (COMPARE_PADDING + FRAME_BORDER);
        assert!((row * COMPARE_SHARE - 375.0).abs() < 1e-9);
        assert!(fit_scale(Some(width), 311.0) < 1.0);
        assert_eq!(fit_scale(Some(width), 720.0), 1.0);
    }
}
