//! Entry point of the single-page app bundled by Trunk from `index.html`.

fn main() {
    leptos::mount::mount_to_body(alphanode_widgets::app::App);
}
