//! Entry point of the single-page app bundled by Trunk from `index.html`.

fn main() {
    alphanode_widgets::app::start();
}
