//! A host's own rendering of block types (issue 30): the body writer asks an optional
//! [`BlockOverride`] before writing a block itself, so the body keeps one writer and a
//! replaced block sits among the others exactly where it was published. The embed's
//! `renderers` option and the Leptos [`BlockRenderers`] are the two overrides.

use std::borrow::Cow;
use std::fmt;
use std::rc::Rc;
use std::sync::Arc;

use crate::model::{Block, Diagnostic, UnknownBlock};

/// A block as a host's renderer is given it: one the format knows, parsed and
/// checked, or one of a type this library does not know, as published.
#[derive(Clone, Copy, Debug)]
pub enum BlockInput<'a> {
    /// A block of one of the format's types.
    Known(&'a Block),
    /// A block of another type (skipped with a warning unless a renderer takes it).
    Unknown(&'a UnknownBlock),
}

impl BlockInput<'_> {
    /// The block's `type`.
    pub fn type_name(&self) -> &str {
        match self {
            BlockInput::Known(block) => block.kind.type_name(),
            BlockInput::Unknown(block) => &block.type_name,
        }
    }

    /// Index of the block in the document's `body` array.
    pub fn source_index(&self) -> usize {
        match self {
            BlockInput::Known(block) => block.source_index,
            BlockInput::Unknown(block) => block.source_index,
        }
    }

    /// The block as a JSON object (see [`Block::to_json`]; an unknown one as published).
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            BlockInput::Known(block) => block.to_json(),
            BlockInput::Unknown(block) => block.json.clone(),
        }
    }
}

/// What a renderer is told about the block besides the block itself.
#[derive(Clone, Debug)]
pub struct RenderCx<'a> {
    /// The post's own language (its `lang` field), when it has one.
    pub lang: Option<&'a str>,
    /// The reader's language (the widget's words), e.g. `de`.
    pub reader_lang: &'a str,
    /// Index of the block in the document's `body` array.
    pub index: usize,
    /// The block's JSON path, e.g. `body[3]`.
    pub path: String,
    /// The HTML the widget writes for this block without a renderer (empty for a type
    /// it does not know).
    pub default_html: String,
}

/// Fills a block's `div.anp-custom` once the body is on the page (after every write
/// that rendered the block).
pub type Fill = Rc<dyn Fn(&leptos::web_sys::Element)>;

/// What a renderer made of a block.
#[derive(Clone)]
pub enum CustomBlock {
    /// HTML to insert as is (the host's responsibility: it is not escaped).
    Html(String),
    /// Nothing written now: the element is filled by the function once the body is
    /// on the page (a DOM node, a mounted view).
    Slot(Fill),
}

impl fmt::Debug for CustomBlock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CustomBlock::Html(html) => f.debug_tuple("Html").field(html).finish(),
            CustomBlock::Slot(_) => f.write_str("Slot"),
        }
    }
}

/// A host's renderers, asked by the body writer before it writes a block itself.
pub trait BlockOverride {
    /// Whether a renderer is registered for blocks of `type_name`; only those are
    /// asked (and a block of an unknown type loses its warning only when the renderer
    /// shows it).
    fn takes(&self, type_name: &str) -> bool;

    /// The block's rendering, or `None` for the default one. A renderer that fails
    /// returns `None` (and says so itself): the block is written as usual.
    fn render(&self, block: BlockInput<'_>, cx: &RenderCx<'_>) -> Option<CustomBlock>;
}

/// The optional [`BlockOverride`] a [`WriteCx`](crate::components::WriteCx) carries.
/// Two are equal when they are the same override (a write with the same one writes
/// the same HTML).
#[derive(Clone, Default)]
pub struct Overrides(Option<Rc<dyn BlockOverride>>);

impl Overrides {
    /// Writes with `renderers` asked first.
    pub fn new(renderers: Rc<dyn BlockOverride>) -> Self {
        Self(Some(renderers))
    }

    /// The override, if any.
    pub fn get(&self) -> Option<&dyn BlockOverride> {
        self.0.as_deref()
    }
}

/// The warnings a reader should see, given the body indices of the unknown blocks a
/// host's renderer showed (see [`write_body`](super::write_body)): those lose their
/// "unknown block type" warning; one its renderer left to the default keeps it, as
/// the default of an unknown block is to be skipped with that warning.
pub(crate) fn shown_warnings<'a>(
    shown_unknown: &[usize],
    warnings: &'a [Diagnostic],
) -> Cow<'a, [Diagnostic]> {
    if shown_unknown.is_empty() {
        return Cow::Borrowed(warnings);
    }
    let taken: Vec<String> = shown_unknown
        .iter()
        .map(|i| format!("body[{i}].type"))
        .collect();
    warnings
        .iter()
        .filter(|w| !taken.contains(&w.path))
        .cloned()
        .collect()
}

impl PartialEq for Overrides {
    fn eq(&self, other: &Self) -> bool {
        match (&self.0, &other.0) {
            (None, None) => true,
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl fmt::Debug for Overrides {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.0.is_some() {
            "Overrides(Some)"
        } else {
            "Overrides(None)"
        })
    }
}

/// A Leptos view for a block, or `None` for the default rendering.
pub type BlockView =
    Arc<dyn Fn(&Block, &RenderCx<'_>) -> Option<leptos::prelude::AnyView> + Send + Sync>;

/// A Leptos view for a block of a type the format does not define, given the block
/// as published (its JSON object), or `None` for the default (skipped, with its
/// warning).
pub type UnknownBlockView = Arc<
    dyn Fn(&serde_json::Value, &RenderCx<'_>) -> Option<leptos::prelude::AnyView> + Send + Sync,
>;

/// One type's renderer: the format's types come parsed and checked, the others as
/// published, so each closure gets what it can rely on.
#[derive(Clone)]
enum Renderer {
    Known(BlockView),
    Unknown(UnknownBlockView),
}

/// Renderers for block types, for Leptos hosts: provide it with `provide_context`
/// above an [`Article`](crate::components::Article) or
/// [`ArticleBody`](crate::components::ArticleBody), and each block of a type it names
/// is shown as its view returns (`None`: the default). On a server the view is
/// written as HTML (`to_html`); in the browser it is built and mounted in the block's
/// place (`div.anp-custom`), so its handlers and signals work.
///
/// [`with`](Self::with) names one of the format's block types and gets the parsed
/// [`Block`]; [`with_unknown`](Self::with_unknown) names a type the format does not
/// define (a `callout`, an `embed`) and gets the block's JSON as published. Such a
/// block is otherwise skipped with an "unknown block type" warning; it loses the
/// warning only when its view is shown.
///
/// ```
/// use alphanode_widgets::components::{Article, ArticleState, BlockRenderers};
/// use alphanode_widgets::model::BlockKind;
/// use leptos::prelude::*;
/// let renderers = BlockRenderers::default()
///     .with("code", |block, cx| match &block.kind {
///         BlockKind::Code { code, .. } => Some(
///             view! { <pre class="my-code" data-path=cx.path.clone()>{code.clone()}</pre> }
///                 .into_any(),
///         ),
///         _ => None,
///     })
///     .with_unknown("callout", |json, _cx| {
///         let text = json.get("text")?.as_str()?.to_owned();
///         Some(view! { <aside class="my-callout">{text}</aside> }.into_any())
///     });
/// # let owner = Owner::new();
/// # owner.with(|| {
/// provide_context(renderers);
/// let state = ArticleState::from_parsed(alphanode_widgets::model::parse_post(
///     r#"{"title":"T","body":[{"type":"code","code":"<b>"},{"type":"callout","text":"Hi"}]}"#,
///     None,
/// ));
/// let html = view! { <Article state /> }.to_html();
/// assert!(html.contains(r#"<pre data-path="body[0]" class="my-code">&lt;b&gt;</pre>"#));
/// assert!(html.contains(r#"<aside class="my-callout">Hi</aside>"#));
/// assert!(!html.contains("unknown block type"));
/// # });
/// ```
#[derive(Clone, Default)]
pub struct BlockRenderers(Vec<(String, Renderer)>);

impl BlockRenderers {
    /// These renderers and `render` for blocks of `type_name`, one of the format's
    /// block types (replacing one given before for it).
    ///
    /// ```
    /// use alphanode_widgets::components::BlockRenderers;
    /// use leptos::prelude::*;
    /// let _r = BlockRenderers::default()
    ///     .with("quote", |_block, cx| Some(view! { <p>{cx.path.clone()}</p> }.into_any()));
    /// ```
    pub fn with(
        self,
        type_name: impl Into<String>,
        render: impl Fn(&Block, &RenderCx<'_>) -> Option<leptos::prelude::AnyView>
            + Send
            + Sync
            + 'static,
    ) -> Self {
        self.set(type_name.into(), Renderer::Known(Arc::new(render)))
    }

    /// These renderers and `render` for blocks of `type_name`, a type the format does
    /// not define, given each such block's JSON object as published (replacing one
    /// given before for it). `render` returning `None` leaves the block to the
    /// default: skipped, with its "unknown block type" warning. A type the format
    /// defines never reaches `render` (name it with [`with`](Self::with)).
    ///
    /// ```
    /// use alphanode_widgets::components::BlockRenderers;
    /// use leptos::prelude::*;
    /// let _r = BlockRenderers::default().with_unknown("embed", |json, _cx| {
    ///     let url = json.get("url")?.as_str()?.to_owned();
    ///     Some(view! { <p class="my-embed">{url}</p> }.into_any())
    /// });
    /// ```
    pub fn with_unknown(
        self,
        type_name: impl Into<String>,
        render: impl Fn(&serde_json::Value, &RenderCx<'_>) -> Option<leptos::prelude::AnyView>
            + Send
            + Sync
            + 'static,
    ) -> Self {
        self.set(type_name.into(), Renderer::Unknown(Arc::new(render)))
    }

    fn set(mut self, type_name: String, renderer: Renderer) -> Self {
        self.0.retain(|(t, _)| *t != type_name);
        self.0.push((type_name, renderer));
        self
    }

    /// As an override of the body writer.
    pub(crate) fn overrides(&self) -> Overrides {
        if self.0.is_empty() {
            return Overrides::default();
        }
        Overrides::new(Rc::new(self.clone()))
    }
}

impl BlockOverride for BlockRenderers {
    fn takes(&self, type_name: &str) -> bool {
        self.0.iter().any(|(t, _)| t == type_name)
    }

    fn render(&self, block: BlockInput<'_>, cx: &RenderCx<'_>) -> Option<CustomBlock> {
        let (_, renderer) = self.0.iter().find(|(t, _)| t == block.type_name())?;
        let view = match (renderer, block) {
            (Renderer::Known(render), BlockInput::Known(block)) => render(block, cx)?,
            (Renderer::Unknown(render), BlockInput::Unknown(block)) => render(&block.json, cx)?,
            // A renderer for the other kind of type than the block's: the default.
            _ => return None,
        };
        Some(custom_view(view))
    }
}

/// On a server a view is its HTML.
#[cfg(feature = "ssr")]
fn custom_view(view: leptos::prelude::AnyView) -> CustomBlock {
    use leptos::prelude::RenderHtml;
    CustomBlock::Html(view.to_html())
}

/// In the browser a view is built and mounted into its element, so its handlers and
/// signals work; the mounted view lives until the next write replaces it.
#[cfg(not(feature = "ssr"))]
fn custom_view(view: leptos::prelude::AnyView) -> CustomBlock {
    use leptos::prelude::{Mountable, Render};
    use std::cell::RefCell;
    let view = RefCell::new(Some(view));
    let mounted = RefCell::new(None);
    CustomBlock::Slot(Rc::new(move |el: &leptos::web_sys::Element| {
        let Some(view) = view.borrow_mut().take() else {
            return;
        };
        el.replace_children_with_node_0();
        let mut state = view.build();
        state.mount(el, None);
        *mounted.borrow_mut() = Some(state);
    }))
}
