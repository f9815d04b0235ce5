// The keys of the strings, in table order: each variant's name in `locales/*.json` (and
// in a host's `strings` override) is the literal beside it. A doc comment says what a
// string is for and which placeholders it takes; the words themselves are in
// `locales/en.json`. A plural string (an object of CLDR forms in the files) is marked
// so: the number that picks its form is named.
//
// Included by `mod.rs` (which makes the enums) and by `build.rs` (which orders each
// locale's strings by these lists). Renaming a key renames it in every locale file.

keys! {
    /// A string the widget writes. Placeholders: `{n}` (the count of a plural
    /// string), `{done}` and `{total}` (progress), `{status}` (HTTP), `{s}` (seconds).
    ///
    /// ```
    /// use alphanode_widgets::i18n::Text;
    /// assert_eq!(Text::from_key("show_more"), Some(Text::ShowMore));
    /// ```
    Text {
        /// Screen-reader status while a post loads.
        Loading = "loading",
        /// Heading of the error state.
        ErrorTitle = "error_title",
        /// The retry button.
        TryAgain = "try_again",
        /// Summary of the warnings list: how many blocks could not be shown (plural
        /// on `{n}`).
        Warnings = "warnings",
        /// Checklist progress, `{done}` ticked of `{total}` (plural on `{total}`).
        Progress = "progress",
        /// Checklist note when storage fails: ticks last until the page closes.
        NotSaved = "not_saved",
        /// Heading of the similar posts.
        SimilarTitle = "similar_title",
        /// Empty similar posts.
        SimilarEmpty = "similar_empty",
        /// Heading of the meta box.
        MetaTitle = "meta_title",
        /// Empty meta box.
        MetaEmpty = "meta_empty",
        /// The button that reveals `{n}` more entries of a long collection (plural
        /// on `{n}`).
        ShowMore = "show_more",
        /// The button that folds a collection back to its first page.
        ShowFewer = "show_fewer",
        /// A `true` meta value.
        Yes = "yes",
        /// A `false` meta value.
        No = "no",
        /// An empty list as a meta value (`[]`).
        EmptyList = "empty_list",
        /// An empty group as a meta value (`{}`).
        EmptyGroup = "empty_group",
        /// Expand a collapsed list of `{n}` entries (plural on `{n}`).
        ShowList = "show_list",
        /// Expand a collapsed group of `{n}` entries (plural on `{n}`).
        ShowGroup = "show_group",
        /// Collapse a list.
        HideList = "hide_list",
        /// Collapse a group.
        HideGroup = "hide_group",
        /// An HTTP error status, `{status}`.
        FailHttp = "fail_http",
        /// HTTP 404.
        FailNotFound = "fail_not_found",
        /// No answer in time, `{s}` seconds.
        FailTimeout = "fail_timeout",
        /// The response was not JSON.
        FailNotJson = "fail_not_json",
        /// The request failed.
        FailNetwork = "fail_network",
        /// The document is over the size limit.
        FailTooLarge = "fail_too_large",
        /// The document is not a valid post.
        FailInvalid = "fail_invalid",
        /// Anything else.
        FailOther = "fail_other",
        /// Shown in place of a figure's image that failed (or was refused) and has no
        /// alt text.
        ImageUnavailable = "image_unavailable",
        /// Before a figure's credit, after its caption (with its own trailing
        /// separator: the credit follows directly).
        ImageSource = "image_source",
    }
}

app_keys! {
    /// A string of the app or the preview.
    ///
    /// ```
    /// use alphanode_widgets::i18n::AppText;
    /// assert_eq!(AppText::Language.key(), "app.language");
    /// ```
    AppText {
        /// Label of the language picker in the header.
        Language = "app.language",
        /// The skip link to the main content.
        Skip = "app.skip",
        /// The site's tagline beside its name.
        Tagline = "app.tagline",
        /// The index page's heading and window title.
        Posts = "app.posts",
        /// Label of the index's search field.
        Search = "app.search",
        /// Placeholder of the search field: what it searches.
        SearchPlaceholder = "app.search_placeholder",
        /// Label of the stack filter.
        Stack = "app.stack",
        /// The stack filter's "no filter" choice.
        AllStacks = "app.all_stacks",
        /// Label of the difficulty filter.
        Difficulty = "app.difficulty",
        /// The difficulty filter's "no filter" choice.
        AnyDifficulty = "app.any_difficulty",
        /// Label of the sort menu.
        Sort = "app.sort",
        /// Sort choice: the index's own order.
        SortIndex = "app.sort_index",
        /// Sort choice: by title, alphabetically.
        SortTitle = "app.sort_title",
        /// Sort choice: shortest reading time first.
        SortShort = "app.sort_short",
        /// Sort choice: longest reading time first.
        SortLong = "app.sort_long",
        /// A listed post's reading time, `{n}` minutes (plural on `{n}`).
        MinRead = "app.min_read",
        /// Status while the index loads.
        LoadingPosts = "app.loading_posts",
        /// The index failed to load.
        IndexFailed = "app.index_failed",
        /// The button that resets search and filters.
        ClearFilters = "app.clear_filters",
        /// Label of the pager's navigation.
        Pages = "app.pages",
        /// The pager's link to the previous page.
        Previous = "app.previous",
        /// The pager's link to the next page.
        Next = "app.next",
        /// The pager's position, page `{page}` of `{pages}` (page numbers, no count:
        /// not plural).
        PageOf = "app.page_of",
        /// The posts shown, `{from}` to `{to}` of `{n}` (plural on `{n}`).
        Range = "app.range",
        /// One post shown, the `{from}`th of `{n}` (plural on `{n}`).
        AllShown = "app.all_shown",
        /// Search and filters match nothing.
        NoMatch = "app.no_match",
        /// Heading of the not-found page.
        NotFound = "app.not_found",
        /// Not-found text for a post address, `{slug}`.
        NoSuchPost = "app.no_such_post",
        /// Not-found text for any other address.
        NothingHere = "app.nothing_here",
        /// Link from the not-found page to the index.
        BrowseAll = "app.browse_all",
        /// Label of a post page's breadcrumb navigation.
        Breadcrumb = "app.breadcrumb",
        /// Window title when a post failed to load.
        PostFailed = "app.post_failed",
        /// Window title while a post loads.
        LoadingTitle = "app.loading_title",
        /// Heading when a post is unavailable.
        Unavailable = "app.unavailable",
        /// The preview's link in the header and its window title.
        Preview = "app.preview",
        /// The preview page's heading.
        DesignerPreview = "app.designer_preview",
        /// Label of the preview's JSON editor.
        PostJson = "app.post_json",
        /// The previewed post has no `meta`.
        NoMeta = "app.no_meta",
        /// The editor's JSON does not render; the previous render stays.
        CantRender = "app.cant_render",
        /// The editor's JSON has no problems.
        NoProblems = "app.no_problems",
        /// Heading of the warnings list of a render.
        WithWarnings = "app.with_warnings",
        /// Label of the preview's toolbar.
        PreviewOptions = "app.preview_options",
        /// Label of the sample menu.
        Sample = "app.sample",
        /// The sample menu's prompt.
        LoadSample = "app.load_sample",
        /// Label of the meta-box layout menu.
        Layout = "app.layout",
        /// The layout menu's entry in compare mode (every layout at once).
        AllLayouts = "app.all_layouts",
        /// The meta box's `list` layout, in the layout menu and compare panes.
        LayoutList = "app.layout_list",
        /// The meta box's `grid` layout.
        LayoutGrid = "app.layout_grid",
        /// The meta box's `table` layout.
        LayoutTable = "app.layout_table",
        /// The meta box's `compact` layout.
        LayoutCompact = "app.layout_compact",
        /// Label of the theme menu.
        Theme = "app.theme",
        /// Label of the viewport width choice.
        Width = "app.width",
        /// The compare-layouts toggle.
        Compare = "app.compare",
        /// The button that copies a link to the preview.
        CopyLink = "app.copy_link",
        /// The button that copies an embed snippet with the post inline.
        CopySnippet = "app.copy_snippet",
        /// The button that copies an embed snippet that loads the post by URL.
        CopyUrlSnippet = "app.copy_url_snippet",
        /// The button that downloads the post's JSON.
        Download = "app.download",
        /// Label of the text box offered when the clipboard fails.
        TextToCopy = "app.text_to_copy",
        /// Notice: the link is on the clipboard.
        LinkCopied = "app.link_copied",
        /// Notice when the clipboard fails, with the link, `{url}`.
        CopyThisLink = "app.copy_this_link",
        /// Notice: the snippet is copied, with the last JSON that rendered (the editor's
        /// has errors).
        SnippetCopiedOld = "app.snippet_copied_old",
        /// Notice: the snippet is copied.
        SnippetCopied = "app.snippet_copied",
        /// Notice when the clipboard fails, above the snippet.
        CopyThisSnippet = "app.copy_this_snippet",
        /// The same for the URL snippet, which needs the post's address put in.
        CopyThisUrlSnippet = "app.copy_this_url_snippet",
        /// Notice: the browser did not start the download.
        DownloadFailed = "app.download_failed",
        /// Theme choice: follow the system.
        ThemeSystem = "app.theme_system",
        /// Theme choice: light.
        ThemeLight = "app.theme_light",
        /// Theme choice: dark.
        ThemeDark = "app.theme_dark",
        /// Theme choice: high contrast.
        ThemeContrast = "app.theme_contrast",
        /// Viewport choice: a phone's width.
        Phone = "app.phone",
        /// Viewport choice: a tablet's width.
        Tablet = "app.tablet",
        /// Viewport choice: a desktop's width.
        Desktop = "app.desktop",
        /// Viewport choice: the whole width available.
        Fill = "app.fill",
        /// The breadcrumb's link back to the index.
        AllPosts = "app.all_posts",
        /// Window title of the not-found page.
        NotFoundTitle = "app.not_found_title",
        /// The editor's hint line when the caret is on no problem.
        HintNone = "app.hint_none",
        /// The hint line's lead for an error at the caret.
        HintError = "app.hint_error",
        /// The hint line's lead for a warning at the caret.
        HintWarning = "app.hint_warning",
        /// The format button.
        Format = "app.format",
        /// Tooltip of the format button (with its shortcut).
        FormatTitle = "app.format_title",
        /// Notice: the JSON was formatted, and how to undo it.
        FormatDone = "app.format_done",
        /// Notice: the JSON cannot be formatted (a syntax error).
        FormatFailed = "app.format_failed",
        /// Tooltip of the copy-link button (with its shortcut).
        CopyLinkTitle = "app.copy_link_title",
        /// The reset button.
        Reset = "app.reset",
        /// Tooltip of the reset button: the draft is dropped for the sample.
        ResetTitle = "app.reset_title",
        /// Notice: the draft was dropped.
        ResetDone = "app.reset_done",
        /// Label of the menu of what the preview shows.
        Show = "app.show",
        /// Show choice: the article with its meta box.
        ShowBoth = "app.show_both",
        /// Show choice: the meta box alone.
        ShowMeta = "app.show_meta",
        /// Show choice: the article alone.
        ShowArticle = "app.show_article",
        /// Label of the compare panes.
        ComparePanes = "app.compare_panes",
        /// Notice: a link of `{n}` characters was copied, over the safe `{limit}`
        /// (plural on `{n}`; `{limit}` is a fixed 8000).
        LongLinkCopied = "app.long_link_copied",
        /// The same when the clipboard failed (plural on `{n}`).
        LongLink = "app.long_link",
        /// The button offered with a long link.
        DownloadInstead = "app.download_instead",
        /// Heading of the accessibility checks.
        Checks = "app.checks",
        /// What the contrast table shows.
        ContrastIntro = "app.contrast_intro",
        /// The button that computes the contrast again.
        ContrastRecheck = "app.contrast_recheck",
        /// Contrast table column: the colour pair.
        ContrastPair = "app.contrast_pair",
        /// Contrast table column: the ratio.
        ContrastRatio = "app.contrast_ratio",
        /// Contrast table column: the ratio required.
        ContrastNeeds = "app.contrast_needs",
        /// A contrast that passes.
        Pass = "app.pass",
        /// A contrast that fails.
        Fail = "app.fail",
        /// The button that runs axe-core.
        AxeRun = "app.axe_run",
        /// Status while axe-core loads and runs.
        AxeLoading = "app.axe_loading",
        /// axe-core did not load or run.
        AxeFailed = "app.axe_failed",
        /// axe-core found nothing.
        AxeClean = "app.axe_clean",
        /// Heading of axe-core's findings.
        AxeFound = "app.axe_found",
        /// Heading of the theme tokens panel.
        Tokens = "app.tokens",
        /// What the tokens panel shows and does.
        TokensIntro = "app.tokens_intro",
        /// Token group: colours.
        TokenGroupColour = "app.token_group_colour",
        /// Token group: type (fonts, size, line height).
        TokenGroupType = "app.token_group_type",
        /// Token group: space (gaps, widths).
        TokenGroupSpace = "app.token_group_space",
        /// Token group: shape (radius, ratio).
        TokenGroupShape = "app.token_group_shape",
        /// Accessible name of a colour picker, after the token's name.
        TokenPicker = "app.token_picker",
        /// A token value that was not taken, and why.
        TokenRefused = "app.token_refused",
        /// Before the pairs a colour token fails.
        TokenLowContrast = "app.token_low_contrast",
        /// Note when the contrast theme is shown.
        TokensContrastKept = "app.tokens_contrast_kept",
        /// The button that gives every token the theme's value back.
        TokensReset = "app.tokens_reset",
        /// Label of the exported CSS.
        TokensCss = "app.tokens_css",
        /// Where the exported CSS goes.
        TokensCssHelp = "app.tokens_css_help",
        /// Label of the exported style attribute.
        TokensStyle = "app.tokens_style",
        /// The button that copies the exported CSS.
        TokensCopy = "app.tokens_copy",
        /// Notice: the CSS was copied.
        TokensCopied = "app.tokens_copied",
        /// Notice: the clipboard refused the CSS.
        TokensCopyFailed = "app.tokens_copy_failed",
        /// Heading of the meta profile panel.
        Profile = "app.profile",
        /// What the meta profile panel does.
        ProfileIntro = "app.profile_intro",
        /// Label of the profile's JSON field.
        ProfileJson = "app.profile_json",
        /// After the panel's heading: the profile has errors.
        ProfileInvalid = "app.profile_invalid",
        /// Note: a profile with errors is not applied.
        ProfileFallback = "app.profile_fallback",
        /// The button that copies the profile.
        ProfileCopy = "app.profile_copy",
        /// Notice: the profile was copied.
        ProfileCopied = "app.profile_copied",
        /// Notice: the clipboard refused the profile.
        ProfileCopyFailed = "app.profile_copy_failed",
        /// Colour pair: text on the background.
        PairText = "app.pair_text",
        /// Colour pair: text on a surface.
        PairSurface = "app.pair_surface",
        /// Colour pair: muted text on the background.
        PairMuted = "app.pair_muted",
        /// Colour pair: a link on the background.
        PairLink = "app.pair_link",
        /// Colour pair: a meter's fill on its track.
        PairMeterTrack = "app.pair_meter_track",
        /// Colour pair: a meter's fill on the background.
        PairMeterBg = "app.pair_meter_bg",
        /// Notice: the URL snippet is copied, and what to do with it.
        UrlSnippetCopied = "app.url_snippet_copied",
        /// Notice: the JSON was downloaded.
        Downloaded = "app.downloaded",
        /// Notice: the address asked for an unknown stack, `{asked}`.
        UnknownStack = "app.unknown_stack",
        /// Notice: the address asked for an unknown difficulty, `{asked}`.
        UnknownDifficulty = "app.unknown_difficulty",
        /// Notice: the address asked for an unknown sort order, `{asked}`.
        UnknownSort = "app.unknown_sort",
        /// Notice: the address asked for page `{asked}`, past the last; page `{page}`
        /// is shown (page numbers: not plural).
        NoSuchPage = "app.no_such_page",
        /// Sample: the reference post.
        SampleReference = "app.sample_reference",
        /// Sample: a post with an empty meta.
        SampleEmptyMeta = "app.sample_empty_meta",
        /// Sample: a meta of `{n}` entries (plural on `{n}`).
        SampleHugeMeta = "app.sample_huge_meta",
        /// Sample: strings without break opportunities.
        SampleLongStrings = "app.sample_long_strings",
        /// Sample: a right-to-left post.
        SampleRtl = "app.sample_rtl",
        /// Sample: deeply nested meta.
        SampleDeep = "app.sample_deep",
        /// Sample: a post with many similar posts.
        SampleSimilar = "app.sample_similar",
    }
}
