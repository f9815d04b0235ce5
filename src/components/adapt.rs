//! How the Leptos components show a part: the part's one writer, run again whenever
//! a prop it reads changes, through the same controller the embed uses
//! ([`super::live`]). On the server the component is just the written HTML; in the
//! browser it is built or hydrated as such, and the controller takes it from there.

use leptos::prelude::*;

use super::checklist::ChecklistStorage;
use super::live::{Handlers, Live, Written};
use super::markup::Markup;
use super::write::WriteCx;
use crate::i18n::Strings;

/// The [`WriteCx`] a component writes with, following its props: `strings`, else
/// the [`Strings`] in context, else English; `heading_level` (default 1); `storage`,
/// else the [`ChecklistStorage`] in context, else `localStorage`; the
/// [`BlockRenderers`](super::BlockRenderers) in context. Contexts are read
/// once, when the component is created.
pub(crate) fn reader_cx(
    strings: MaybeProp<Strings>,
    heading_level: MaybeProp<u8>,
    storage: MaybeProp<ChecklistStorage>,
) -> impl Fn() -> WriteCx + Clone + 'static {
    let context_strings = use_context::<Strings>();
    let context_storage = use_context::<ChecklistStorage>();
    let static_html = use_context::<super::StaticHtml>().is_some();
    let renderers = use_context::<super::BlockRenderers>()
        .map(|r| r.overrides())
        .unwrap_or_default();
    move || {
        let strings = strings
            .get()
            .or_else(|| context_strings.clone())
            .unwrap_or_default();
        WriteCx::new(strings)
            .heading_level(heading_level.get().unwrap_or(1))
            .storage(storage.get().or(context_storage).unwrap_or_default())
            .static_html(static_html)
            .renderers(renderers.clone())
    }
}

/// A part written by `write` from what `inputs` reads. `inputs` runs tracked (each
/// signal it reads is followed); `write` runs untracked, first when the component
/// is created and then after every change, and the page is morphed to the new HTML
/// (see [`Live::rewrite`]).
pub(crate) fn live_part<I: 'static>(
    inputs: impl Fn() -> I + 'static,
    write: impl Fn(&I) -> Written + 'static,
    handlers: Handlers,
) -> impl IntoView {
    let first = untrack(|| write(&inputs()));
    let slot = StoredValue::new_local(None);
    let markup = Markup::element(first.html.clone(), slot);
    // Disposed with the component's owner, which drops the controller and so its
    // listeners and storage watches.
    let live = StoredValue::new_local(None::<Live>);
    let mut pending = Some(first);
    Effect::new(move |_| {
        let now = inputs();
        let written = untrack(|| write(&now));
        if let Some(first) = pending.take() {
            // The first run comes after the page shows the first HTML; a prop may
            // have changed in between, and then the page must follow at once.
            let Some(root) = slot.get_value() else {
                return;
            };
            let changed = written.html != first.html;
            let attached = Live::attach(root, first.hooks, first.strings, handlers.clone());
            if changed {
                attached.rewrite(written);
            }
            live.set_value(Some(attached));
            return;
        }
        live.with_value(|live| {
            if let Some(live) = live {
                live.rewrite(written);
            }
        });
    });
    markup
}
