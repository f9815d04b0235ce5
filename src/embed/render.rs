//! `renderToString` for hosts that render on a server in JavaScript
//! (`alphanode-widgets/server`, npm/server.js): the pre-renderer's HTML from the
//! embed's own wasm. One binary in the package serves the browser and the server, and
//! what a server writes here is byte for byte what `anp-render` writes for the same
//! post and options: the HTML the widget takes over in the browser without a repaint.

use wasm_bindgen::prelude::*;

use super::events::error_detail;
use super::{ProfileSource, WidgetOptions};
use crate::components::{ArticleState, ReadyPost};
use crate::components::{MetaLayout, Theme};
use crate::prerender::{render_article_with, render_post, RenderOptions};

/// Render a post document (its JSON text) to the `<article class="anp-article">`
/// fragment. `options` are the embed's names (`heading`, `layout`, `theme`, `lang`,
/// `strings`, `link`, `metaProfile`: the profile object or its JSON text) plus `baseUrl` (the URL the post is published at) and
/// `localeStrings` (the language's words, which server.js reads from `locales/`, as
/// embed.js fetches them), and `renderers` (the widget's, returning strings only: a
/// server has no DOM nodes). Defaults are the embed's (`heading` 2, under the host's
/// own `h1`), so the widget given the same options takes the HTML over unchanged.
///
/// Throws a `TypeError` for an option the widget would not understand (a host's bug,
/// said at once rather than rendered with a default), and `{ message, diagnostics }`,
/// the `alphanode:error` detail, for a post that cannot be shown.
///
/// ```js
/// import { renderToString } from "alphanode-widgets/server";
/// const html = await renderToString(jsonText, { layout: "grid", lang: "de" });
/// ```
#[wasm_bindgen(js_name = renderToString)]
pub fn render_to_string(post: &str, options: JsValue) -> Result<String, JsValue> {
    check_options(&options)?;
    let widget = WidgetOptions::default().merged(&options);
    let render = RenderOptions {
        base_url: string_option(&options, "baseUrl"),
        layout: widget.layout,
        theme: widget.theme,
        heading_level: widget.heading_level,
        link_template: widget.link.clone(),
        lang: widget.lang.clone(),
        // As the widget layers them: the host's words over the language's.
        strings: widget
            .strings
            .iter()
            .chain(&widget.locale_strings)
            .cloned()
            .collect(),
        meta_profile: match &widget.meta_profile {
            Some(ProfileSource::Inline(text)) => {
                Some(std::sync::Arc::new(crate::model::MetaProfile::parse(text)))
            }
            _ => None,
        },
    };
    let renderers = super::renderers::from_options(&options, render.base_url.clone(), false);
    if renderers.get().is_none() {
        return render_post(post, &render)
            .map(|rendered| rendered.html)
            .map_err(|failure| error_detail(&failure));
    }
    let ready = ReadyPost::parse(post, render.base_url.as_deref())
        .map_err(|failure| error_detail(&failure))?;
    Ok(render_article_with(
        &ArticleState::Ready(ready),
        &render,
        renderers,
    ))
}

fn option(options: &JsValue, key: &str) -> Option<JsValue> {
    if !options.is_object() {
        return None;
    }
    js_sys::Reflect::get(options, &JsValue::from_str(key))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

fn string_option(options: &JsValue, key: &str) -> Option<String> {
    option(options, key)
        .and_then(|v| v.as_string())
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
}

fn type_error(message: String) -> JsValue {
    js_sys::TypeError::new(&message).into()
}

/// The options [`WidgetOptions::merged`] would quietly skip, as errors: a browser
/// widget must render whatever its attributes say, a server call can be told.
fn check_options(options: &JsValue) -> Result<(), JsValue> {
    if !options.is_undefined() && !options.is_null() && !options.is_object() {
        return Err(type_error("options must be an object".to_owned()));
    }
    for key in ["theme", "layout", "lang", "link", "baseUrl"] {
        if option(options, key).is_some_and(|v| v.as_string().is_none()) {
            return Err(type_error(format!("options.{key} must be a string")));
        }
    }
    if let Some(theme) = string_option(options, "theme").filter(|t| Theme::parse(t).is_none()) {
        return Err(type_error(format!(
            "options.theme is \"{theme}\": use light, dark, contrast or auto"
        )));
    }
    if let Some(layout) =
        string_option(options, "layout").filter(|l| MetaLayout::parse(l).is_none())
    {
        return Err(type_error(format!(
            "options.layout is \"{layout}\": use list, grid, table or compact"
        )));
    }
    if let Some(heading) = option(options, "heading") {
        let level = heading
            .as_f64()
            .filter(|h| h.fract() == 0.0 && (1.0..=6.0).contains(h));
        if level.is_none() {
            return Err(type_error(
                "options.heading must be a whole number from 1 to 6".to_owned(),
            ));
        }
    }
    // A server has no page to find `#id` in, and renders without fetching: the
    // profile itself, please. (A bad profile renders with its diagnostics, as the
    // widget would show it.)
    if let Some(profile) = option(options, "metaProfile") {
        let inline = match profile.as_string() {
            Some(text) => text.trim_start().starts_with(['{', '[']),
            None => profile.is_object(),
        };
        if !inline {
            return Err(type_error(
                "options.metaProfile must be the meta profile: an object, or its JSON text"
                    .to_owned(),
            ));
        }
    }
    if let Some(renderers) = option(options, "renderers") {
        let functions = renderers.is_object()
            && !renderers.is_function()
            && js_sys::Object::values(&js_sys::Object::from(renderers))
                .iter()
                .all(|f| f.is_function());
        if !functions {
            return Err(type_error(
                "options.renderers must be an object of functions, by block type".to_owned(),
            ));
        }
    }
    if let Some(strings) = option(options, "strings") {
        let text = match strings.as_string() {
            Some(text) => Some(text),
            None if strings.is_object() => js_sys::JSON::stringify(&strings)
                .ok()
                .and_then(|s| s.as_string()),
            None => None,
        };
        if text
            .as_deref()
            .and_then(crate::i18n::parse_overrides)
            .is_none()
        {
            return Err(type_error(
                "options.strings must be an object of strings (or its JSON text)".to_owned(),
            ));
        }
    }
    Ok(())
}
