//! axe-core, the accessibility checker, loaded into the page only when asked for (it
//! is half a megabyte) and run on part of it.

/// Load axe-core from `script_src` (once per page) and run it on the first element
/// matching `selector`: one line per violation (rule, impact, help, how many
/// elements). `None` when it could not be loaded or run, and natively.
pub async fn run(script_src: &str, selector: &str) -> Option<Vec<String>> {
    #[cfg(target_arch = "wasm32")]
    {
        imp(script_src, selector).await
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (script_src, selector);
        None
    }
}

#[cfg(target_arch = "wasm32")]
async fn imp(script_src: &str, selector: &str) -> Option<Vec<String>> {
    use js_sys::{Array, Function, Promise, Reflect};
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;

    let window = web_sys::window()?;
    let document = window.document()?;
    let loaded = |w: &web_sys::Window| {
        Reflect::get(w, &"axe".into())
            .ok()
            .filter(|a| !a.is_undefined())
    };
    if loaded(&window).is_none() {
        let script: web_sys::HtmlScriptElement =
            document.create_element("script").ok()?.dyn_into().ok()?;
        script.set_src(script_src);
        let done = Promise::new(&mut |resolve: Function, reject: Function| {
            script.set_onload(Some(&resolve));
            script.set_onerror(Some(&reject));
        });
        document.body()?.append_child(&script).ok()?;
        JsFuture::from(done).await.ok()?;
    }
    let axe = loaded(&window)?;
    let run: Function = Reflect::get(&axe, &"run".into()).ok()?.dyn_into().ok()?;
    let target: JsValue = document.query_selector(selector).ok().flatten()?.into();
    let promise: Promise = run.call1(&axe, &target).ok()?.dyn_into().ok()?;
    let result = JsFuture::from(promise).await.ok()?;
    let violations: Array = Reflect::get(&result, &"violations".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let text = |v: &JsValue, key: &str| {
        Reflect::get(v, &key.into())
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_default()
    };
    Some(
        violations
            .iter()
            .map(|v| {
                let nodes = Reflect::get(&v, &"nodes".into())
                    .ok()
                    .and_then(|n| n.dyn_into::<Array>().ok())
                    .map_or(0, |n| n.length());
                format!(
                    "{} ({}): {} — {nodes}",
                    text(&v, "id"),
                    text(&v, "impact"),
                    text(&v, "help")
                )
            })
            .collect(),
    )
}
