//! Entry point of the designer preview, its own bundle (Trunk, from `preview.html`),
//! served at `/preview`: the reader's app (`app.rs`) carries none of its code.

fn main() {
    alphanode_widgets::app::start_preview();
}
