//! The markup the app's pages and the static export (`anp-render`) share: one writer
//! for each piece both put in a page, so the static copy a crawler or a reader
//! without JavaScript gets is the app's DOM for the same data — same elements,
//! classes, attributes, roles and directions. The app shows these pieces (as static
//! markup, or built from the same constants) around its interactive controls;
//! `prerender` writes them into `index.html`.

pub(crate) mod index;
pub(crate) mod shell;
