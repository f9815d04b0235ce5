//! The example's server: renders `/posts/{slug}` from `{posts}/{slug}.json` with
//! [`PostPage`], and serves the browser build from `{site}/pkg/`.
//!
//! ```sh
//! anp-example-server --addr 127.0.0.1:3000 --posts ../../public/posts --site target/site
//! ```

use std::path::PathBuf;
use std::sync::Arc;

use anp_leptos_ssr_example::{PostPage, POST_DATA_ID};
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use futures::stream::{self, Stream, StreamExt};
use leptos::prelude::*;

const REFERENCE: &str = "keeping-staging-close-to-production-python-services";

struct Config {
    posts: PathBuf,
    site: PathBuf,
}

#[tokio::main]
async fn main() {
    let mut addr = "127.0.0.1:3000".to_owned();
    let mut config = Config {
        posts: PathBuf::from("../../public/posts"),
        site: PathBuf::from("target/site"),
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next().unwrap_or_default();
        match arg.as_str() {
            "--addr" => addr = value,
            "--posts" => config.posts = value.into(),
            "--site" => config.site = value.into(),
            other => {
                eprintln!("unknown option {other} (--addr, --posts, --site)");
                std::process::exit(2);
            }
        }
    }
    let app = Router::new()
        .route(
            "/",
            get(|| async { Redirect::to(&format!("/posts/{REFERENCE}")) }),
        )
        .route("/posts/{slug}", get(post_page))
        .route("/pkg/{file}", get(pkg_file))
        .with_state(Arc::new(config));
    let listener = match tokio::net::TcpListener::bind(&addr).await {
        Ok(listener) => listener,
        Err(e) => {
            eprintln!("cannot listen on {addr}: {e}");
            std::process::exit(1);
        }
    };
    // The e2e test waits for this line.
    println!(
        "listening on http://{}",
        listener.local_addr().map(|a| a.to_string()).unwrap_or(addr)
    );
    if let Err(e) = axum::serve(listener, app).await {
        eprintln!("server error: {e}");
    }
}

/// Slugs are `[a-z0-9-]`, so a request never names a file outside the posts folder.
fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
}

async fn post_page(State(config): State<Arc<Config>>, Path(slug): Path<String>) -> Response {
    let file = config.posts.join(format!("{slug}.json"));
    let json = if valid_name(&slug) {
        std::fs::read_to_string(file).ok()
    } else {
        None
    };
    let Some(json) = json else {
        return (StatusCode::NOT_FOUND, "no such post").into_response();
    };
    let body = Body::from_stream(render_page(json).map(Ok::<_, std::convert::Infallible>));
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], body).into_response()
}

/// The whole document, streamed as Leptos's server integrations stream it
/// (`leptos_axum::render_app_to_stream` does the same through
/// `to_html_stream_in_order`): the head first, carrying the post's JSON and the
/// script that hydrates; then the body as [`PostPage`] renders it, since hydration
/// walks it node by node; then the end of the document.
fn render_page(json: String) -> impl Stream<Item = String> + Send {
    let title = page_title(&json);
    // Inside <script>, only `</script` (or `<!--`) could end the element early; JSON
    // may write `<` as `\u003c` anywhere it is in a string, and nowhere else has one.
    let data = json.replace('<', "\\u003c");
    let head = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title>\
         <link rel=\"stylesheet\" href=\"/pkg/alphanode.css\">\
         <script type=\"application/json\" id=\"{POST_DATA_ID}\">{data}</script>\
         <script type=\"module\">import init, {{ hydrate }} from \"/pkg/anp_example.js\";\
         await init({{ module_or_path: \"/pkg/anp_example_bg.wasm\" }}); hydrate();</script>\
         </head><body>"
    );
    let owner = Owner::new();
    let app = owner.with(move || view! { <PostPage json /> }.to_html_stream_in_order());
    stream::once(async move { head })
        .chain(app)
        // The owner lives until the page is written.
        .chain(stream::once(async move {
            drop(owner);
            "</body></html>".to_owned()
        }))
}

/// The post's title for `<title>`, HTML-escaped (the article shows parse errors).
fn page_title(json: &str) -> String {
    let title = alphanode_widgets::model::parse_post(json, None)
        .value
        .map(|post| post.title)
        .unwrap_or_else(|| "alphanode post".to_owned());
    title
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

async fn pkg_file(State(config): State<Arc<Config>>, Path(file): Path<String>) -> Response {
    let content_type = match file.rsplit('.').next() {
        Some("js") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css",
        _ => "application/octet-stream",
    };
    let path = config.site.join("pkg").join(&file);
    match valid_name(&file)
        .then(|| std::fs::read(path).ok())
        .flatten()
    {
        Some(bytes) => ([(header::CONTENT_TYPE, content_type)], bytes).into_response(),
        None => (StatusCode::NOT_FOUND, "not found").into_response(),
    }
}
