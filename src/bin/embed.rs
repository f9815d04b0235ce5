//! Entry point of the embeddable widget bundled by Trunk from `embed/index.html`.
//! The exports live in the library's `embed` module; this binary only links them.

fn main() {
    alphanode_widgets::embed::start();
}
