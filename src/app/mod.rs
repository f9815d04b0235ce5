//! The single-page app: browse the index, read posts, follow similar posts.
//! Routes live in [`routes`], one file per page; data in [`api`].

pub mod api;
mod focus;
pub mod routes;
#[cfg(feature = "preview")]
pub mod samples;
pub mod scroll;
#[cfg(feature = "preview")]
pub mod share;
pub(crate) mod takeover;
#[cfg(feature = "preview")]
pub mod tokens;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::Theme;
use crate::i18n::{AppText, Strings, LOCALES};
use crate::pages::shell::{self, APP_CLASS, HEADER_CLASS, MAIN_CLASS, THEMES};
use api::Store;
use routes::{IndexPage, NotFound, PostPage};

/// The app's base path (no trailing slash), read from `<base href>`, which
/// `trunk build --public-url /sub/path/` writes into `index.html`.
pub fn base_path() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let base = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.base_uri().ok().flatten())
            .and_then(|b| web_sys::Url::new(&b).ok())
            .map(|u| u.pathname())
            .unwrap_or_default();
        base.trim_end_matches('/').to_owned()
    }
    #[cfg(not(target_arch = "wasm32"))]
    String::new()
}

/// Set `document.title` ("… — alphanode") and announce the page; the rest of the
/// head follows with [`crate::platform::head::apply`].
pub fn set_title(title: &str) {
    focus::announce(title);
    crate::platform::head::set_title(title);
}

/// Where the reader's choice of language is kept.
const LANG_KEY: &str = "alphanode:lang";

/// The app's language: the reader's last choice, else the first of the browser's
/// languages that is shipped (`de-AT` counts as `de`), else English.
///
/// ```
/// // Natively there is no browser: English, unless a choice was saved.
/// let tag = alphanode_widgets::app::initial_lang();
/// assert!(alphanode_widgets::i18n::is_shipped(&tag) || tag == "en");
/// ```
pub fn initial_lang() -> String {
    if let Some(saved) = crate::platform::storage::get(LANG_KEY) {
        return saved;
    }
    #[cfg(target_arch = "wasm32")]
    if let Some(navigator) = web_sys::window().map(|w| w.navigator()) {
        let languages = navigator.languages();
        let found = (0..languages.length())
            .filter_map(|i| languages.get(i).as_string())
            .chain(navigator.language())
            .find(|tag| crate::i18n::is_shipped(tag));
        if let Some(tag) = found {
            return tag;
        }
    }
    "en".to_owned()
}

/// The language picker (`<select>` labelled "Language", in the language itself);
/// a choice switches the app at once and is remembered.
#[component]
fn LanguagePicker(lang: RwSignal<Strings>) -> impl IntoView {
    let s = lang.get_untracked();
    let current = s.tag();
    // The page stays in its language until the new one's words have arrived (built
    // with `lazy-locales` they are fetched), so it never shows half of each.
    let on_change = move |ev: leptos::ev::Event| {
        let tag = event_target_value(&ev);
        let _ = crate::platform::storage::set(LANG_KEY, &tag);
        leptos::task::spawn_local(async move {
            lang.set(crate::load::fetch_strings(&tag).await);
        });
    };
    view! {
        <label class="anp-app__lang">
            <span class="anp-app__lang-label">{s.app(AppText::Language).to_owned()}</span>
            <select class="anp-app__lang-select" on:change=on_change>
                {LOCALES
                    .iter()
                    .map(|l| view! { <option value=l.tag lang=l.tag selected=l.tag == current>{l.name}</option> })
                    .collect_view()}
            </select>
        </label>
    }
}

/// Where the reader's choice of colour theme is kept.
const THEME_KEY: &str = "alphanode:theme";

/// The app's colour theme, in context for the pages: the reader's saved choice, else
/// the system's.
#[derive(Clone, Copy)]
pub(crate) struct AppTheme(pub RwSignal<Theme>);

/// The reader's saved theme, when it is one the header offers.
fn initial_theme() -> Theme {
    crate::platform::storage::get(THEME_KEY)
        .and_then(|saved| Theme::parse(&saved))
        .filter(|t| THEMES.iter().any(|(offered, _)| offered == t))
        .unwrap_or_default()
}

/// The theme switch (`<select>` labelled "Theme"): system, light or dark; a choice
/// applies at once and is remembered. A native select: labelled, and used with the
/// keyboard as any other (arrows, type-ahead).
#[component]
fn ThemePicker(theme: RwSignal<Theme>) -> impl IntoView {
    let s = use_context::<Strings>().unwrap_or_default();
    let current = theme.get_untracked();
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(chosen) = Theme::parse(&event_target_value(&ev)) {
            let _ = crate::platform::storage::set(THEME_KEY, chosen.as_str());
            theme.set(chosen);
        }
    };
    view! {
        <label class="anp-app__theme">
            <span class="anp-app__theme-label">{s.app(AppText::Theme).to_owned()}</span>
            <select class="anp-app__theme-select" on:change=on_change>
                {THEMES
                    .iter()
                    .map(|(t, label)| view! { <option value=t.as_str() selected=*t == current>{s.app(*label).to_owned()}</option> })
                    .collect_view()}
            </select>
        </label>
    }
}

/// Start the app in the page: mount [`App`] in the body, which takes the place of
/// what `anp-render` put in `#anp-prerender` (the static export's page, for crawlers
/// and readers without JavaScript, or `index.html`'s loading shell) once its page is
/// ready (see `takeover`). It mounts once the reader's words are there (built with
/// `lazy-locales`, a language but English's are fetched first: one request, while
/// the static page or `index.html`'s loading state stays on screen).
pub fn start() {
    // Not Leptos's `spawn_local`: its executor starts with the mount below. Natively
    // there is no page to start in.
    #[cfg(target_arch = "wasm32")]
    wasm_bindgen_futures::spawn_local(async {
        let strings = crate::load::fetch_strings(&initial_lang()).await;
        leptos::mount::mount_to_body(move || view! { <App strings /> });
    });
}

/// Start the designer preview in its own page (`preview.html`, the
/// `alphanode-preview` bundle): [`PreviewApp`] in the body.
#[cfg(feature = "preview")]
pub fn start_preview() {
    #[cfg(target_arch = "wasm32")]
    wasm_bindgen_futures::spawn_local(async {
        let strings = crate::load::fetch_strings(&initial_lang()).await;
        leptos::mount::mount_to_body(move || view! { <PreviewApp strings /> });
    });
}

/// Moves focus and announces the page after each navigation (see [`focus`]).
#[component]
fn NavigationFocus(
    main: NodeRef<leptos::html::Main>,
    announcer: NodeRef<leptos::html::P>,
) -> impl IntoView {
    focus::follow_navigation(main, announcer);
}

/// What the shell of both bundles keeps across a change of language.
#[derive(Clone, Copy)]
struct ShellState {
    lang: RwSignal<Strings>,
    take_over: takeover::TakeOver,
    theme: RwSignal<Theme>,
    main_ref: NodeRef<leptos::html::Main>,
    announcer: NodeRef<leptos::html::P>,
}

impl ShellState {
    /// The reader's theme (in context for the pages) and language, with the page's
    /// own `lang` and `dir` following the language, for the browser and screen readers.
    fn new(strings: Option<Strings>) -> Self {
        let theme = RwSignal::new(initial_theme());
        provide_context(AppTheme(theme));
        let take_over = takeover::TakeOver::provide();
        let lang = RwSignal::new(strings.unwrap_or_else(|| Strings::for_tag(&initial_lang())));
        Effect::new(move |_| {
            let s = lang.get();
            #[cfg(target_arch = "wasm32")]
            if let Some(root) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
            {
                let _ = root.set_attribute("lang", s.tag());
                let _ = root.set_attribute("dir", s.dir());
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = s;
        });
        ShellState {
            lang,
            take_over,
            theme,
            main_ref: NodeRef::new(),
            announcer: NodeRef::new(),
        }
    }

    /// The page shell around `page`: skip link, header (brand, the preview's link,
    /// theme and language pickers), announcer and main region. Every page reads the
    /// strings when it is created: a new language renders the shell and the current
    /// page again (data stays in the store; the preview keeps its state in the
    /// address).
    fn view(self, page: impl Fn() -> AnyView + Send + Sync + 'static) -> impl IntoView {
        let ShellState {
            lang,
            take_over,
            theme,
            main_ref,
            announcer,
        } = self;
        let base = base_path();
        let home = shell::home_href(&base);
        let preview = format!("{base}/preview");
        // Following `href="#main"` would go to the index (it resolves against `<base
        // href>`) or add a history entry, and browsers do not always move focus to the
        // target: move focus here instead and leave the URL alone. The handler sits on the
        // link itself (Leptos delegates no events unless its `delegation` feature is on), so
        // the default is prevented before the router's click handler on `window` runs.
        let skip = move |ev: leptos::ev::MouseEvent| {
            ev.prevent_default();
            #[cfg(target_arch = "wasm32")]
            if let Some(main) = main_ref.get_untracked() {
                let _ = main.focus();
            }
        };
        move || {
            let s = lang.get();
            provide_context(s.clone());
            // rel="external": the preview is a page of its own (its own bundle), which
            // the router must not try to render.
            view! {
                <div class=APP_CLASS data-theme=move || theme.get().as_str() lang=s.tag() dir=s.dir() style:display=take_over.display()>
                    <a class="anp-app__skip" href="#main" on:click=skip>
                        {s.app(AppText::Skip).to_owned()}
                    </a>
                    <header class=HEADER_CLASS>
                        {shell::brand(&s, &home)}
                        <a class="anp-app__preview-link" href=preview.clone() rel="external">
                            {s.app(AppText::Preview).to_owned()}
                        </a>
                        <ThemePicker theme />
                        <LanguagePicker lang />
                    </header>
                    <p class="anp-visually-hidden" role="status" node_ref=announcer></p>
                    <main class=MAIN_CLASS id="main" tabindex="-1" node_ref=main_ref>
                        {page()}
                    </main>
                </div>
            }
        }
    }
}

/// `/preview` reached inside the reader's app, which a host sends for it when its
/// fallback to `index.html` wins over the preview's own page: load that page
/// (`preview/index.html`, a file every static host serves as it is; the address's
/// fragment, a shared preview, goes along).
#[component]
fn PreviewRedirect() -> impl IntoView {
    #[cfg(target_arch = "wasm32")]
    if let Some(location) = web_sys::window().map(|w| w.location()) {
        let hash = location.hash().unwrap_or_default();
        let _ = location.replace(&format!("{}/preview/index.html{hash}", base_path()));
    }
}

/// The app's root component: the router, the shared [`Store`] and the page shell.
/// `strings`: the reader's words, when they were fetched first (see
/// [`fetch_strings`](crate::load::fetch_strings) and [`start`]); without them, those
/// compiled in for [`initial_lang`].
///
/// ```no_run
/// use alphanode_widgets::app::App;
/// use leptos::prelude::*;
/// leptos::mount::mount_to_body(|| view! { <App /> });
/// ```
#[component]
pub fn App(#[prop(optional)] strings: Option<Strings>) -> impl IntoView {
    scroll::install();
    provide_context(Store::new());
    let state = ShellState::new(strings);
    let ShellState {
        main_ref,
        announcer,
        ..
    } = state;
    view! {
        <Router base=base_path()>
            <NavigationFocus main=main_ref announcer />
            {state.view(|| {
                view! {
                    <Routes fallback=|| view! { <NotFound /> }>
                        <Route path=path!("/") view=IndexPage />
                        <Route path=path!("/posts/:slug") view=PostPage />
                        <Route path=path!("/preview") view=PreviewRedirect />
                    </Routes>
                }
                .into_any()
            })}
        </Router>
    }
}

/// The designer preview's root component: the app's shell around
/// [`PreviewPage`](routes::PreviewPage), without the router (every link of the page
/// leads to another page, the reader's app).
///
/// `strings` as for [`App`].
///
/// ```no_run
/// use alphanode_widgets::app::PreviewApp;
/// use leptos::prelude::*;
/// leptos::mount::mount_to_body(|| view! { <PreviewApp /> });
/// ```
#[cfg(feature = "preview")]
#[component]
pub fn PreviewApp(#[prop(optional)] strings: Option<Strings>) -> impl IntoView {
    provide_context(Store::new());
    let state = ShellState::new(strings);
    // Its page has everything it shows from the start.
    takeover::ready_when(|| true);
    state.view(|| view! { <routes::PreviewPage /> }.into_any())
}
