//! Taking over what is already on screen when the app starts: the static export's
//! pre-rendered page, or `index.html`'s loading shell (both under
//! `#anp-prerender`, see [`crate::pages::shell`]). Removing that first and rendering
//! the page again showed the app's own loading state for as long as the page's
//! data took (a blank-looking repaint, and the largest paint moved after the wasm).
//! So the app renders hidden beside it, and the two change places in one task once
//! the page shown has what it needs ([`ready_when`]): nothing on screen is painted
//! twice, and no frame is empty.

use leptos::prelude::*;

/// Whether the app's own page is on screen yet, in context for the routes.
#[derive(Clone, Copy)]
pub(crate) struct TakeOver {
    shown: RwSignal<bool>,
}

impl TakeOver {
    /// In context for the pages: hidden while the page has a static copy.
    pub(crate) fn provide() -> Self {
        let take_over = TakeOver {
            shown: RwSignal::new(static_copy().is_none()),
        };
        provide_context(take_over);
        take_over
    }

    /// `display: none` for the app's root while the static copy is on screen.
    pub(crate) fn display(self) -> impl Fn() -> Option<&'static str> + Copy {
        move || (!self.shown.get()).then_some("none")
    }
}

/// Show the app in place of the static copy once `ready` is true (the page's data
/// has arrived, or failed and says so). Every route calls it; after the first page,
/// it does nothing.
pub(crate) fn ready_when(ready: impl Fn() -> bool + Send + Sync + 'static) {
    let Some(take_over) = use_context::<TakeOver>() else {
        return;
    };
    Effect::new(move |_| {
        if !take_over.shown.get_untracked() && ready() {
            if let Some(copy) = static_copy() {
                copy.remove();
            }
            take_over.shown.set(true);
        }
    });
}

/// The static copy on the page, if any (natively, none).
fn static_copy() -> Option<web_sys::Element> {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(crate::pages::shell::PRERENDER_ID))
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}
