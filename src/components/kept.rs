//! Type erasure without copies. Tachys's `into_any()` first turns a view into its
//! owned form, which copies every `&'static str` in it (class names, `dir="auto"`,
//! static text) into a fresh `Arc<str>` or `String` per element, and keeps the copy
//! for the element's lifetime. A view whose strings are `'static` already needs no
//! copy: [`Kept`] says so, and [`IntoAnyKept::into_any_kept`] erases through it.
//! Measured with 100 widgets of the reference post: 51,000 such copies, 1.4 MiB of
//! wasm memory.

use leptos::prelude::*;
use leptos::tachys::html::attribute::{any_attribute::AnyAttribute, Attribute};
use leptos::tachys::hydration::Cursor;
use leptos::tachys::ssr::StreamBuilder;
use leptos::tachys::view::{add_attr::AddAnyAttr, Position, PositionState, Render, RenderHtml};

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
