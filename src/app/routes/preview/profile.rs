//! The preview's meta profile panel: the profile JSON (`docs/meta-profile.md`) typed
//! by the designer, applied live to every pane through the components'
//! `meta_profile` prop, its diagnostics listed with their JSON paths, and copied to
//! take home. A profile with errors has no rules, so the panes then show every key
//! (the writer's own fallback); an empty field is no profile at all.

use std::sync::Arc;

use leptos::prelude::*;

use crate::i18n::{AppText, Strings};
use crate::model::MetaProfile;

/// The profile a text gives: none when it is blank, else the parsed profile (which
/// carries its own diagnostics when it is wrong).
pub(super) fn read_profile(text: &str) -> Option<Arc<MetaProfile>> {
    (!text.trim().is_empty()).then(|| Arc::new(MetaProfile::parse(text)))
}

/// The meta profile panel (a `details`, closed until opened, like the tokens panel).
#[component]
pub(super) fn ProfilePanel(
    text: RwSignal<String>,
    profile: Memo<Option<Arc<MetaProfile>>>,
) -> impl IntoView {
    let strings = StoredValue::new(use_context::<Strings>().unwrap_or_default());
    let t = move |key: AppText| strings.with_value(|s| s.app(key).to_owned());
    let status = RwSignal::new(String::new());
    let copy = move |_| {
        let (done, failed) = (t(AppText::ProfileCopied), t(AppText::ProfileCopyFailed));
        super::copy_and_report(text.get_untracked(), status, done, failed);
    };
    let invalid = move || profile.with(|p| p.as_ref().is_some_and(|p| p.has_errors()));
    let diagnostics = move || {
        profile.with(|p| {
            p.as_ref()
                .map(|p| p.diagnostics.clone())
                .unwrap_or_default()
        })
    };
    let summary_note = move || {
        profile.with(|p| match p {
            Some(p) if p.has_errors() => Some(format!(" ({})", t(AppText::ProfileInvalid))),
            Some(p) => Some(format!(" ({})", p.rules.len())),
            None => None,
        })
    };

    view! {
        <details class="anp-preview__profile">
            <summary>{t(AppText::Profile)}{summary_note}</summary>
            <p class="anp-preview__tokens-intro" id="anp-profile-help">{t(AppText::ProfileIntro)}</p>
            <label class="anp-preview__label" for="anp-profile-json">{t(AppText::ProfileJson)}</label>
            <textarea id="anp-profile-json" class="anp-preview__profile-json" dir="ltr" rows="8"
                spellcheck="false" autocomplete="off" aria-describedby="anp-profile-help anp-profile-problems"
                aria-invalid=move || invalid().to_string()
                prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            <ul class="anp-preview__profile-problems" id="anp-profile-problems">
                {move || diagnostics().into_iter().map(|d| view! {
                    <li class="anp-preview__profile-problem" data-severity=d.severity.as_str() data-path=d.path.clone()>
                        <code dir="ltr">{d.path.clone()}</code>" "{d.message.clone()}
                    </li>
                }).collect_view()}
            </ul>
            {move || invalid().then(|| view! {
                <p class="anp-preview__tokens-intro" data-profile-fallback="true">{t(AppText::ProfileFallback)}</p>
            })}
            <div class="anp-preview__actions">
                <button type="button" class="anp-preview__button anp-preview__profile-copy" on:click=copy>{t(AppText::ProfileCopy)}</button>
            </div>
            <p class="anp-preview__tokens-status anp-preview__profile-status" role="status">{move || status.get()}</p>
        </details>
    }
    // Erased: the preview page's view type is otherwise too deep to compile natively.
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_blank_field_is_no_profile_and_a_bad_one_keeps_its_paths() {
        assert_eq!(read_profile("  \n"), None);
        let bad = read_profile(r#"{"keys": [{"match": "a", "kind": "sparkline"}]}"#);
        let bad = bad
            .as_deref()
            .map(|p| (p.has_errors(), p.diagnostics[0].path.clone()));
        assert_eq!(bad, Some((true, "$.keys[0].kind".to_owned())));
        let good = read_profile(r#"{"keys": [{"match": "a", "show": false}]}"#);
        assert_eq!(good.map(|p| p.rules.len()), Some(1));
    }
}
