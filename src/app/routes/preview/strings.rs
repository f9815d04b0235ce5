//! The interface text added with the editor, the focus views, the checks and the
//! share warnings, in one place so it can be routed through a locale table.

pub(super) const HINT_NONE: &str = "Put the caret on an underlined value to read its problem here.";
pub(super) const HINT_ERROR: &str = "Error at the caret:";
pub(super) const HINT_WARNING: &str = "Warning at the caret:";

pub(super) const FORMAT: &str = "Format";
pub(super) const FORMAT_TITLE: &str =
    "Pretty-print the JSON, keeping key order (Ctrl+Shift+F); Ctrl+Z undoes it";
pub(super) const FORMAT_DONE: &str = "Formatted. Ctrl+Z (Cmd+Z) undoes it.";
pub(super) const FORMAT_FAILED: &str = "Can't format: the JSON has a syntax error";
pub(super) const COPY_LINK_TITLE: &str = "Copy a link to this preview (Ctrl+Shift+L)";
pub(super) const RESET: &str = "Reset to sample";
pub(super) const RESET_TITLE: &str = "Forget the kept draft and load the sample's JSON again";
pub(super) const RESET_DONE: &str = "The draft was discarded; the sample is loaded again.";

pub(super) const SHOW: &str = "Show";
pub(super) const SHOW_BOTH: &str = "Article and meta box";
pub(super) const SHOW_META: &str = "Meta box only";
pub(super) const SHOW_ARTICLE: &str = "Article only";
pub(super) const COMPARE_PANES: &str = "Layouts compared side by side";

pub(super) const LONG_LINK: &str = "characters long: links over about 8,000 characters may be cut by browsers, chat apps or servers. Share the JSON file instead.";
pub(super) const DOWNLOAD_INSTEAD: &str = "Download JSON instead";

pub(super) const CHECKS: &str = "Accessibility checks";
pub(super) const CONTRAST_INTRO: &str =
    "WCAG contrast ratios of the widget's colours in each theme, computed from the styles the browser applies.";
pub(super) const CONTRAST_RECHECK: &str = "Recompute contrast";
pub(super) const CONTRAST_THEME: &str = "Theme";
pub(super) const CONTRAST_PAIR: &str = "Colours";
pub(super) const CONTRAST_RATIO: &str = "Ratio";
pub(super) const CONTRAST_NEEDS: &str = "Needs";
pub(super) const PASS: &str = "pass";
pub(super) const FAIL: &str = "fail";
pub(super) const AXE_RUN: &str = "Run accessibility check (axe)";
pub(super) const AXE_LOADING: &str = "Loading axe-core and checking the preview…";
pub(super) const AXE_FAILED: &str = "axe-core could not be loaded or run.";
pub(super) const AXE_CLEAN: &str = "axe-core found no violations in the preview.";
pub(super) const AXE_FOUND: &str = "axe-core violations in the preview:";
