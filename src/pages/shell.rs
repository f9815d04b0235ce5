//! The page shell around every page: the app's root element (theme, the reader's
//! language and direction), its header and its `<main>`.

use crate::components::{HtmlWriter, Theme};
use crate::i18n::{AppText, Strings};

/// Classes of the app's root element.
pub(crate) const APP_CLASS: &str = "anp-app anp-theme";
/// The root element's `data-theme` in the static pages: the reader's system theme
/// (the app's follows the header's switch).
#[cfg(feature = "ssr")]
pub(crate) const THEME: &str = "auto";
/// Class of the page's `<main>`.
pub(crate) const MAIN_CLASS: &str = "anp-app__main";
/// Class of the header above every page.
pub(crate) const HEADER_CLASS: &str = "anp-app__header";
/// `id` of the static copy in the page, which the app takes the place of when it
/// starts.
pub(crate) const PRERENDER_ID: &str = "anp-prerender";
/// The comments around `index.html`'s loading shell ([`crate::prerender::fill_loading`]),
/// so that a page filled from that template ([`crate::prerender::fill_template`])
/// replaces it instead of showing both.
#[cfg(feature = "ssr")]
pub(crate) const LOADING_MARKS: (&str, &str) = ("<!--anp-loading-->", "<!--/anp-loading-->");

/// The themes the header offers, with their labels: the system's, light, dark.
/// (High contrast stays a choice of the preview and of hosts.)
pub(crate) const THEMES: [(Theme, AppText); 3] = [
    (Theme::Auto, AppText::ThemeSystem),
    (Theme::Light, AppText::ThemeLight),
    (Theme::Dark, AppText::ThemeDark),
];

/// Class of the header's controls in a static copy: shown disabled, with the app's
/// geometry, so the app's header taking their place moves nothing; hidden for readers
/// without scripting, for whom they would never work (see [`NOSCRIPT_MARK_CLASS`]).
#[cfg(feature = "ssr")]
pub(crate) const STATIC_CONTROL_CLASS: &str = "anp-app__static-control";

/// Class of an empty element a static header writes inside `<noscript>`: with
/// scripting off the browser parses it as an element, which app.css finds with
/// `:has()` to hide the static controls, as app.css's `@media (scripting: none)`
/// does where the browser knows that feature (Chrome 120, Firefox 113, Safari 17 and
/// later). An inline `<style>` in the `<noscript>` would be refused under a strict CSP.
#[cfg(feature = "ssr")]
pub(crate) const NOSCRIPT_MARK_CLASS: &str = "anp-app__nojs";

/// The index's address under `base` (the app's base path, no trailing slash).
pub(crate) fn home_href(base: &str) -> String {
    format!("{}/", base.trim_end_matches('/'))
}

/// The start of the header, the same in the app and the static pages: the site's
/// name linking to the index, and its tagline. The app adds its controls after it
/// (they need script, so the static pages leave them out).
pub(crate) fn write_brand(h: &mut HtmlWriter, s: &Strings, home: &str) {
    h.tag("a")
        .class("anp-app__brand")
        .attr("href", home)
        .text("alphanode")
        .end();
    h.leaf("span", "anp-app__tagline", s.app(AppText::Tagline));
}

/// [`write_brand`] as a view (static markup).
#[cfg(feature = "app")]
pub(crate) fn brand(s: &Strings, home: &str) -> impl leptos::prelude::IntoView {
    let mut h = HtmlWriter::default();
    write_brand(&mut h, s, home);
    h.finish()
}

/// The "← All posts" link above a post, in a breadcrumb `<nav>`, pointing at `href`.
/// "Back" points to where the reader's text starts: left, or right in Arabic and
/// Hebrew (as the pager's arrows do).
#[cfg(feature = "ssr")]
pub(crate) fn write_crumbs(h: &mut HtmlWriter, s: &Strings, href: &str) {
    h.tag("nav")
        .class("anp-page__crumbs")
        .attr("aria-label", s.app(AppText::Breadcrumb));
    h.tag("a")
        .class("anp-page__link")
        .attr("href", href)
        .text(&all_posts_label(s))
        .end();
    h.end();
}

/// The words of the link back to the index, with the arrow of the reader's direction.
pub(crate) fn all_posts_label(s: &Strings) -> String {
    let back = if s.dir() == "rtl" { "→" } else { "←" };
    format!("{back} {}", s.app(AppText::AllPosts))
}

/// The static copy of the shell around `content` (already escaped HTML): the root
/// element as the app writes it — with the reader's `lang` and `dir` — holding the
/// header (its name and tagline, linking to `{base}/`) and `<main>`, under the
/// [`PRERENDER_ID`] the app removes.
#[cfg(feature = "ssr")]
pub(crate) fn write_static(s: &Strings, base: &str, content: &str) -> String {
    let mut h = HtmlWriter::default();
    h.tag("div")
        .attr("id", PRERENDER_ID)
        .class(APP_CLASS)
        .attr("data-theme", THEME)
        .attr("lang", s.tag())
        .attr("dir", s.dir());
    h.tag("header").class(HEADER_CLASS);
    write_brand(&mut h, s, &home_href(base));
    write_static_controls(&mut h, s, base);
    h.end();
    h.tag("main").class(MAIN_CLASS).raw(content);
    h.finish().into_html()
}

/// The rest of the app's header as it first shows: the preview's link (a page of its
/// own, which works from a static page too) and the theme and language pickers,
/// disabled until the app takes over (see [`STATIC_CONTROL_CLASS`]).
#[cfg(feature = "ssr")]
fn write_static_controls(h: &mut HtmlWriter, s: &Strings, base: &str) {
    h.tag("noscript");
    h.tag("span").class(NOSCRIPT_MARK_CLASS).end();
    h.end();
    h.tag("a")
        .class("anp-app__preview-link")
        .attr("href", &format!("{}/preview", base.trim_end_matches('/')))
        .attr_lit("rel", "external")
        .text(s.app(AppText::Preview))
        .end();
    let themes = THEMES
        .iter()
        .map(|(t, label)| (t.as_str(), s.app(*label), None, *t == Theme::Auto));
    write_picker(h, "anp-app__theme", s.app(AppText::Theme), themes);
    let langs = crate::i18n::LOCALES
        .iter()
        .map(|l| (l.tag, l.name, Some(l.tag), l.tag == s.tag()));
    write_picker(h, "anp-app__lang", s.app(AppText::Language), langs);
}

/// One disabled picker: `{class}` label, `{class}-label` and `{class}-select`, as the app
/// writes them; options are (value, text, lang, selected).
#[cfg(feature = "ssr")]
fn write_picker<'a>(
    h: &mut HtmlWriter,
    class: &str,
    label: &str,
    options: impl Iterator<Item = (&'a str, &'a str, Option<&'a str>, bool)>,
) {
    h.tag("label")
        .attr("class", &format!("{class} {STATIC_CONTROL_CLASS}"));
    h.tag("span")
        .attr("class", &format!("{class}-label"))
        .text(label)
        .end();
    h.tag("select")
        .attr("class", &format!("{class}-select"))
        .attr_lit("disabled", "");
    for (value, text, lang, selected) in options {
        h.tag("option").attr("value", value).attr_opt("lang", lang);
        if selected {
            h.attr_lit("selected", "");
        }
        h.text(text).end();
    }
    h.end();
    h.end();
}
