//! Type erasure without copies. Tachys's `into_any()` first turns a view into its
//! owned form, which copies every `&'static str` in it (class names, `dir="auto"`,
//! static text) into a fresh `Arc<str>` or `String` per element, and keeps the copy
//! for the element's lifetime. A view whose strings are `'static` already needs no
//! copy: [`Kept`] says so, and [`IntoAnyKept::into_any_kept`] erases through it.
//! Measured with 100 widgets of the reference post: 51,000 such copies, 1.4 MiB of
//! wasm memory. [`Fixed`] does the same for text taken from the post.

use leptos::prelude::*;
use leptos::tachys::html::attribute::{any_attribute::AnyAttribute, Attribute};
use leptos::tachys::hydration::Cursor;
use leptos::tachys::renderer::types::{Element, Node, Text};
use leptos::tachys::renderer::Rndr;
use leptos::tachys::ssr::StreamBuilder;
use leptos::tachys::view::strings::StringState;
use leptos::tachys::view::{
    add_attr::AddAnyAttr, Mountable, Position, PositionState, Render, RenderHtml,
};

/// A view that is its own owned form (see the module docs).
pub(crate) struct Kept<T>(pub T);

/// `into_any()` for views without borrowed data, keeping their `'static` strings:
/// `view! { <p class="anp-body__paragraph">{text}</p> }.into_any_kept()`.
pub(crate) trait IntoAnyKept {
    /// Erase the view's type without copying its strings.
    fn into_any_kept(self) -> AnyView;
}

impl<T: RenderHtml + 'static> IntoAnyKept for T {
    fn into_any_kept(self) -> AnyView {
        Kept(self).into_any()
    }
}

impl<T: Render> Render for Kept<T> {
    type State = T::State;

    fn build(self) -> Self::State {
        self.0.build()
    }

    fn rebuild(self, state: &mut Self::State) {
        self.0.rebuild(state)
    }
}

impl<T: AddAnyAttr> AddAnyAttr for Kept<T> {
    type Output<SomeNewAttr: Attribute> = T::Output<SomeNewAttr>;

    fn add_any_attr<NewAttr: Attribute>(self, attr: NewAttr) -> Self::Output<NewAttr>
    where
        Self::Output<NewAttr>: RenderHtml,
    {
        self.0.add_any_attr(attr)
    }
}

impl<T: RenderHtml + 'static> RenderHtml for Kept<T> {
    type AsyncOutput = T::AsyncOutput;
    type Owned = Self;

    const MIN_LENGTH: usize = T::MIN_LENGTH;
    const EXISTS: bool = T::EXISTS;

    fn dry_resolve(&mut self) {
        self.0.dry_resolve();
    }

    async fn resolve(self) -> Self::AsyncOutput {
        self.0.resolve().await
    }

    fn html_len(&self) -> usize {
        self.0.html_len()
    }

    fn to_html_with_buf(
        self,
        buf: &mut String,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) {
        self.0
            .to_html_with_buf(buf, position, escape, mark_branches, extra_attrs);
    }

    fn to_html_async_with_buf<const OUT_OF_ORDER: bool>(
        self,
        buf: &mut StreamBuilder,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) where
        Self: Sized,
    {
        self.0.to_html_async_with_buf::<OUT_OF_ORDER>(
            buf,
            position,
            escape,
            mark_branches,
            extra_attrs,
        );
    }

    fn hydrate<const FROM_SERVER: bool>(
        self,
        cursor: &Cursor,
        position: &PositionState,
    ) -> Self::State {
        self.0.hydrate::<FROM_SERVER>(cursor, position)
    }

    async fn hydrate_async(self, cursor: &Cursor, position: &PositionState) -> Self::State {
        self.0.hydrate_async(cursor, position).await
    }

    fn into_owned(self) -> Self::Owned {
        self
    }
}

/// Text that does not change once shown: only its DOM text node is kept. Tachys keeps
/// a copy of every `String` child beside its text node, to compare against on
/// rebuild; the post's text would then live once per widget in wasm memory, on top
/// of the DOM's own copy. A rebuild here writes the text without comparing.
pub(crate) struct Fixed(pub String);

/// The text node of a [`Fixed`] (or, hydrated, tachys's own state for a `String`).
pub(crate) enum FixedState {
    Built(Text),
    Hydrated(StringState),
}

impl Render for Fixed {
    type State = FixedState;

    fn build(self) -> Self::State {
        FixedState::Built(Rndr::create_text_node(&self.0))
    }

    fn rebuild(self, state: &mut Self::State) {
        match state {
            FixedState::Built(node) => Rndr::set_text(node, &self.0),
            FixedState::Hydrated(state) => self.0.rebuild(state),
        }
    }
}

impl Mountable for FixedState {
    fn unmount(&mut self) {
        match self {
            Self::Built(node) => node.unmount(),
            Self::Hydrated(state) => state.unmount(),
        }
    }

    fn mount(&mut self, parent: &Element, marker: Option<&Node>) {
        match self {
            Self::Built(node) => node.mount(parent, marker),
            Self::Hydrated(state) => state.mount(parent, marker),
        }
    }

    fn insert_before_this(&self, child: &mut dyn Mountable) -> bool {
        match self {
            Self::Built(node) => node.insert_before_this(child),
            Self::Hydrated(state) => state.insert_before_this(child),
        }
    }

    fn elements(&self) -> Vec<Element> {
        Vec::new()
    }
}

impl AddAnyAttr for Fixed {
    type Output<SomeNewAttr: Attribute> = Fixed;

    fn add_any_attr<NewAttr: Attribute>(self, _attr: NewAttr) -> Self::Output<NewAttr>
    where
        Self::Output<NewAttr>: RenderHtml,
    {
        self
    }
}

impl RenderHtml for Fixed {
    type AsyncOutput = Self;
    type Owned = Self;

    const MIN_LENGTH: usize = 0;

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Self::AsyncOutput {
        self
    }

    fn html_len(&self) -> usize {
        self.0.len()
    }

    fn to_html_with_buf(
        self,
        buf: &mut String,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) {
        self.0
            .to_html_with_buf(buf, position, escape, mark_branches, extra_attrs);
    }

    fn to_html_async_with_buf<const OUT_OF_ORDER: bool>(
        self,
        buf: &mut StreamBuilder,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) where
        Self: Sized,
    {
        self.0.to_html_async_with_buf::<OUT_OF_ORDER>(
            buf,
            position,
            escape,
            mark_branches,
            extra_attrs,
        );
    }

    fn hydrate<const FROM_SERVER: bool>(
        self,
        cursor: &Cursor,
        position: &PositionState,
    ) -> Self::State {
        FixedState::Hydrated(self.0.hydrate::<FROM_SERVER>(cursor, position))
    }

    fn into_owned(self) -> Self::Owned {
        self
    }
}
