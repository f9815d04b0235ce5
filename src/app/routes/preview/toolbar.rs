//! The preview's toolbar: sample, layout, theme, width and compare controls, and the
//! share actions (link, embed snippets, download).

use leptos::prelude::*;

use super::{download_json, snippet, web_base, write_fragment, Notice, Preview, VIEWPORTS};
use crate::app::samples::SAMPLES;
use crate::components::{MetaLayout, Theme};
use crate::i18n::{AppText, Strings};
use crate::platform::clipboard;

/// Value of the Layout menu's entry for compare mode, which shows every layout.
const ALL_LAYOUTS: &str = "all";

/// The toolbar. `load_sample` gets the id of the sample picked in the menu.
#[component]
pub(super) fn Toolbar(preview: Preview, load_sample: Callback<String>) -> impl IntoView {
    let Preview {
        sample,
        layout,
        theme,
        viewport,
        compare,
        notice,
        ..
    } = preview;
    let s = use_context::<Strings>().unwrap_or_default();
    let say = {
        let s = s.clone();
        move |key: AppText| s.app(key).to_owned()
    };

    // The notice says "copied" only once the clipboard accepted the text; when it
    // refuses (no permission, not focused, no clipboard API) the text itself is shown
    // so it can be copied by hand.
    let copy = move |text: String, done: String, manual: String| {
        leptos::task::spawn_local(async move {
            let next = if clipboard::write_text(&text).await {
                Notice::say(done)
            } else {
                Notice {
                    message: manual,
                    manual: Some(text),
                }
            };
            notice.try_set(next);
        });
    };
    let (copied, copy_this) = (say(AppText::LinkCopied), s.clone());
    let copy_link = move |_| {
        let copied = copied.clone();
        let copy_this = copy_this.clone();
        // Built from the state, not read from the address bar: the last keystrokes may
        // still be waiting for the debounce.
        let url = write_fragment(&preview.shared());
        leptos::task::spawn_local(async move {
            notice.try_set(if clipboard::write_text(&url).await {
                Notice::say(copied)
            } else {
                Notice::say(copy_this.app_with(AppText::CopyThisLink, &[], &[("url", &url)]))
            });
        });
    };
    let snippet_texts = (
        say(AppText::SnippetCopiedOld),
        say(AppText::SnippetCopied),
        say(AppText::CopyThisSnippet),
    );
    let copy_snippet = move |_| {
        let (old, fresh, manual) = snippet_texts.clone();
        let json = preview.rendered_text.get_value();
        let slug = preview
            .rendered
            .with_untracked(|r| r.as_ref().and_then(|r| r.post.slug.clone()));
        let snippet = snippet::inline_snippet(
            &web_base(),
            &json,
            slug.as_deref(),
            layout.get_untracked(),
            theme.get_untracked(),
        );
        let stale = !preview.status.with_untracked(|s| s.ok);
        copy(snippet, if stale { old } else { fresh }, manual);
    };
    let url_manual = say(AppText::CopyThisUrlSnippet);
    let copy_url_snippet = move |_| {
        let snippet =
            snippet::url_snippet(&web_base(), layout.get_untracked(), theme.get_untracked());
        copy(
            snippet,
            "URL embed snippet copied: publish post.json (Download JSON) and put its address in it."
                .to_owned(),
            url_manual.clone(),
        );
    };
    let download_failed = say(AppText::DownloadFailed);
    let text_to_copy = say(AppText::TextToCopy);
    let download = move |_| {
        notice.set(Notice::say(
            if download_json(&preview.text.get_untracked()) {
                "post.json downloaded.".to_owned()
            } else {
                download_failed.clone()
            },
        ));
    };

    view! {
        <div class="anp-preview__toolbar" role="toolbar" aria-label=s.app(AppText::PreviewOptions).to_owned()>
            <label class="anp-preview__control">
                <span>{s.app(AppText::Sample).to_owned()}</span>
                <select class="anp-preview__sample" on:change=move |ev| load_sample.run(event_target_value(&ev))>
                    <option value="" prop:selected=move || sample.get().is_none()>{s.app(AppText::LoadSample).to_owned()}</option>
                    {SAMPLES.iter().map(|x| view! {
                        <option value=x.id prop:selected=move || sample.get() == Some(x.id)>{x.label}</option>
                    }).collect_view()}
                </select>
            </label>
            <label class="anp-preview__control">
                <span>{s.app(AppText::Layout).to_owned()}</span>
                // Compare mode shows every layout, so the menu says so and cannot change.
                <select
                    class="anp-preview__layout"
                    prop:disabled=move || compare.get()
                    on:change=move |ev| {
                        if let Some(l) = MetaLayout::parse(&event_target_value(&ev)) {
                            layout.set(l);
                        }
                    }
                >
                    {MetaLayout::ALL.iter().map(|l| view! {
                        <option value=l.as_str() prop:selected=move || !compare.get() && layout.get() == *l>
                            {l.as_str()}
                        </option>
                    }).collect_view()}
                    <option value=ALL_LAYOUTS hidden=move || !compare.get() prop:selected=move || compare.get()>
                        {s.app(AppText::AllLayouts).to_owned()}
                    </option>
                </select>
            </label>
            <label class="anp-preview__control">
                <span>{s.app(AppText::Theme).to_owned()}</span>
                <select class="anp-preview__theme" on:change=move |ev| {
                    theme.set(Theme::parse(&event_target_value(&ev)).unwrap_or_default())
                }>
                    {Theme::ALL.iter().map(|t| view! {
                        <option value=t.as_str() prop:selected=move || theme.get() == *t>{theme_label(&s, *t)}</option>
                    }).collect_view()}
                </select>
            </label>
            <fieldset class="anp-preview__control anp-preview__viewports">
                <legend>{s.app(AppText::Width).to_owned()}</legend>
                {VIEWPORTS.iter().map(|(width, label)| {
                    let width = *width;
                    view! {
                        <label class="anp-preview__radio">
                            <input type="radio" name="anp-viewport" value=width.to_string()
                                prop:checked=move || viewport.get() == width
                                on:change=move |_| viewport.set(width) />
                            {viewport_label(&s, width, label)}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            <label class="anp-preview__control anp-preview__check">
                <input type="checkbox" class="anp-preview__compare" prop:checked=compare
                    on:change=move |ev| compare.set(event_target_checked(&ev)) />
                {s.app(AppText::Compare).to_owned()}
            </label>
            <div class="anp-preview__actions">
                <button type="button" class="anp-preview__button" on:click=copy_link>{s.app(AppText::CopyLink).to_owned()}</button>
                <button type="button" class="anp-preview__button" on:click=copy_snippet>{s.app(AppText::CopySnippet).to_owned()}</button>
                <button type="button" class="anp-preview__button" on:click=copy_url_snippet>{s.app(AppText::CopyUrlSnippet).to_owned()}</button>
                <button type="button" class="anp-preview__button" on:click=download>{s.app(AppText::Download).to_owned()}</button>
            </div>
            <p class="anp-preview__notice" role="status">{move || notice.with(|n| n.message.clone())}</p>
            {move || notice.with(|n| n.manual.clone()).map(|text| view! {
                <textarea class="anp-preview__manual" dir="ltr" readonly aria-label=text_to_copy.clone() rows="5"
                    spellcheck="false">{text}</textarea>
            })}
        </div>
    }
}

fn theme_label(s: &Strings, theme: Theme) -> String {
    let key = match theme {
        Theme::Auto => AppText::ThemeSystem,
        Theme::Light => AppText::ThemeLight,
        Theme::Dark => AppText::ThemeDark,
        Theme::Contrast => AppText::ThemeContrast,
    };
    s.app(key).to_owned()
}

/// "Phone 375": the device in the reader's language, the width as a number.
fn viewport_label(s: &Strings, width: u32, english: &str) -> String {
    let key = match width {
        375 => AppText::Phone,
        768 => AppText::Tablet,
        1280 => AppText::Desktop,
        _ => return s.app(AppText::Fill).to_owned(),
    };
    let _ = english;
    format!("{} {width}", s.app(key))
}
