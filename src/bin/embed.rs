//! Entry point of the embeddable widget bundled by Trunk from `embed/index.html`.
//! The exports live in the library's `embed` module; this binary only links them.

fn main() {
    // Natively (`cargo check --all-features`) there is no host page to export to.
    #[cfg(target_arch = "wasm32")]
    alphanode_widgets::embed::start();
}
