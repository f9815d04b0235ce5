//! The host's own classes on a component's root element.

use leptos::prelude::*;

/// The root's `class` value: the component's own `anp-` classes, then the host's (as
/// given in the component's `class` prop), so host CSS and utility classes can target
/// the widget without a wrapper of their own.
pub(super) fn with_host_class(
    own: impl Into<String>,
    host: MaybeProp<String>,
) -> impl Fn() -> String + Send + Sync + Clone + 'static {
    let own = own.into();
    move || match host.get() {
        Some(extra) if !extra.trim().is_empty() => format!("{own} {}", extra.trim()),
        _ => own.clone(),
    }
}
