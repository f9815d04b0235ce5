//! The preview's toolbar: sample, layout, theme, width and compare controls, and the
//! share actions (link, embed snippets, download).

use leptos::prelude::*;

use super::{download_json, snippet, web_base, write_fragment, Notice, Preview, VIEWPORTS};
use crate::app::samples::SAMPLES;
use crate::app::share::{Focus, SAFE_LINK_LENGTH};
use crate::components::{MetaLayout, Theme};
use crate::i18n::{AppText, Strings};
use crate::platform::clipboard;

/// Value of the Layout menu's entry for compare mode, which shows every layout.
const ALL_LAYOUTS: &str = "all";

/// Copy the share link. Built from the state, not read from the address bar: the last
/// keystrokes may still be waiting for the debounce. A link too long to be safe says so
/// and offers the JSON file instead.
pub(super) fn copy_link(preview: Preview, strings: Strings) {
    let url = write_fragment(&preview.shared());
    let notice = preview.notice;
    leptos::task::spawn_local(async move {
        let copied = clipboard::write_text(&url).await;
        let long = url.chars().count() > SAFE_LINK_LENGTH;
        let next = match (copied, long) {
            (_, true) => Notice {
                message: strings.app_with(
                    if copied {
                        AppText::LongLinkCopied
                    } else {
                        AppText::LongLink
                    },
                    &[("n", url.chars().count()), ("limit", SAFE_LINK_LENGTH)],
                    &[],
                ),
                manual: (!copied).then_some(url),
                offer_download: true,
            },
            (true, false) => Notice::say(strings.app(AppText::LinkCopied).to_owned()),
            (false, false) => {
                Notice::say(strings.app_with(AppText::CopyThisLink, &[], &[("url", &url)]))
            }
        };
        notice.try_set(next);
    });
}

/// The toolbar. `load_sample` gets the id of the sample picked in the menu; `format`
/// pretty-prints the editor's JSON, `reset` discards the draft for the sample.
#[component]
pub(super) fn Toolbar(
    preview: Preview,
    load_sample: Callback<String>,
    format: Callback<()>,
    reset: Callback<()>,
) -> impl IntoView {
    let Preview {
        shown,
        layout,
        theme,
        viewport,
        compare,
        focus,
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
                    offer_download: false,
                }
            };
            notice.try_set(next);
        });
    };
    let link_strings = s.clone();
    let on_copy_link = move |_| copy_link(preview, link_strings.clone());
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
    let url_done = say(AppText::UrlSnippetCopied);
    let copy_url_snippet = move |_| {
        let snippet =
            snippet::url_snippet(&web_base(), layout.get_untracked(), theme.get_untracked());
        copy(snippet, url_done.clone(), url_manual.clone());
    };
    // A stored value, so that the handler is Copy: two buttons use it.
    let download_failed = StoredValue::new(say(AppText::DownloadFailed));
    let downloaded = StoredValue::new(say(AppText::Downloaded));
    let text_to_copy = say(AppText::TextToCopy);
    let download_instead = say(AppText::DownloadInstead);
    let download = move |_| {
        let slug = preview
            .rendered
            .with_untracked(|r| r.as_ref().and_then(|r| r.post.slug.clone()));
        notice.set(Notice::say(
            if download_json(&preview.text.get_untracked(), slug.as_deref()) {
                downloaded.get_value()
            } else {
                download_failed.get_value()
            },
        ));
    };

    view! {
        <div class="anp-preview__toolbar" role="toolbar" aria-label=s.app(AppText::PreviewOptions).to_owned()>
            <label class="anp-preview__control">
                <span>{s.app(AppText::Sample).to_owned()}</span>
                <select class="anp-preview__sample" on:change=move |ev| load_sample.run(event_target_value(&ev))>
                    <option value="" prop:selected=move || shown.get().is_none()>{s.app(AppText::LoadSample).to_owned()}</option>
                    {SAMPLES.iter().map(|x| view! {
                        <option value=x.id prop:selected=move || shown.get() == Some(x.id)>{x.label_in(&s)}</option>
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
                            {layout_label(&s, *l)}
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
            <label class="anp-preview__control">
                <span>{s.app(AppText::Show).to_owned()}</span>
                // Compare mode shows the meta boxes only.
                <select class="anp-preview__focus" prop:disabled=move || compare.get() on:change=move |ev| {
                    focus.set(Focus::parse(&event_target_value(&ev)).unwrap_or_default())
                }>
                    {Focus::ALL.iter().map(|f| view! {
                        <option value=f.as_str() prop:selected=move || focus.get() == *f>{s.app(focus_label(*f)).to_owned()}</option>
                    }).collect_view()}
                </select>
            </label>
            <fieldset class="anp-preview__control anp-preview__viewports">
                <legend>{s.app(AppText::Width).to_owned()}</legend>
                {VIEWPORTS.iter().map(|width| {
                    let width = *width;
                    view! {
                        <label class="anp-preview__radio">
                            <input type="radio" name="anp-viewport" value=width.to_string()
                                prop:checked=move || viewport.get() == width
                                on:change=move |_| viewport.set(width) />
                            {viewport_label(&s, width)}
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
                <button type="button" class="anp-preview__button anp-preview__format" title=s.app(AppText::FormatTitle).to_owned()
                    aria-keyshortcuts="Control+Shift+F Meta+Shift+F" on:click=move |_| format.run(())>{s.app(AppText::Format).to_owned()}</button>
                <button type="button" class="anp-preview__button anp-preview__copy-link" title=s.app(AppText::CopyLinkTitle).to_owned()
                    aria-keyshortcuts="Control+Shift+L Meta+Shift+L" on:click=on_copy_link>{s.app(AppText::CopyLink).to_owned()}</button>
                <button type="button" class="anp-preview__button" on:click=copy_snippet>{s.app(AppText::CopySnippet).to_owned()}</button>
                <button type="button" class="anp-preview__button" on:click=copy_url_snippet>{s.app(AppText::CopyUrlSnippet).to_owned()}</button>
                <button type="button" class="anp-preview__button" on:click=download>{s.app(AppText::Download).to_owned()}</button>
                <button type="button" class="anp-preview__button anp-preview__reset" title=s.app(AppText::ResetTitle).to_owned()
                    on:click=move |_| reset.run(())>{s.app(AppText::Reset).to_owned()}</button>
            </div>
            <p class="anp-preview__notice" role="status">{move || notice.with(|n| n.message.clone())}</p>
            {move || notice.with(|n| n.offer_download).then(|| view! {
                <button type="button" class="anp-preview__button anp-preview__download-instead" on:click=download>
                    {download_instead.clone()}
                </button>
            })}
            {move || notice.with(|n| n.manual.clone()).map(|text| view! {
                <textarea class="anp-preview__manual" dir="ltr" readonly aria-label=text_to_copy.clone() rows="5"
                    spellcheck="false">{text}</textarea>
            })}
        </div>
    }
    // Erased: the preview page's view type is otherwise too deep to compile natively.
    .into_any()
}

fn focus_label(focus: Focus) -> AppText {
    match focus {
        Focus::Both => AppText::ShowBoth,
        Focus::Meta => AppText::ShowMeta,
        Focus::Article => AppText::ShowArticle,
    }
}

/// A meta-box layout's name in the reader's language (the menu's value stays
/// `as_str()`).
pub(super) fn layout_label(s: &Strings, layout: MetaLayout) -> String {
    let key = match layout {
        MetaLayout::List => AppText::LayoutList,
        MetaLayout::Grid => AppText::LayoutGrid,
        MetaLayout::Table => AppText::LayoutTable,
        MetaLayout::Compact => AppText::LayoutCompact,
    };
    s.app(key).to_owned()
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
fn viewport_label(s: &Strings, width: u32) -> String {
    let key = match width {
        375 => AppText::Phone,
        768 => AppText::Tablet,
        1280 => AppText::Desktop,
        _ => return s.app(AppText::Fill).to_owned(),
    };
    format!("{} {width}", s.app(key))
}
