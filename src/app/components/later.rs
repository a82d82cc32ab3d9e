//! A part of a prerendered page taken over in a task of its own.
//!
//! Taking a page over (Leptos hydration) is one synchronous walk over the page, and on a slow
//! laptop the browser compiles every wasm function it meets for the first time on the way, so
//! one walk over a whole page blocks the main thread for well over 50 ms. A [`LaterPart`] cuts
//! that walk: while the page is taken over it claims only its own element and leaves the nodes
//! inside as they are; [`take_over_later_parts`] then takes each such part over in a task of its
//! own, in the order of the page, with the owner (and so the context) it was created under.
//! Rendered anew (a link followed, the prerenderer writing the page, a page rendered in a twin),
//! a part is its element with its children, nothing more.

use leptos::prelude::*;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::view::any_view::AnyViewState;
use leptos::tachys::view::{Mountable, Position, PositionState, Render, RenderHtml};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use wasm_bindgen::JsCast;

type Job = Box<dyn FnOnce()>;

thread_local! {
    static TAKING_OVER: Cell<bool> = const { Cell::new(false) };
    static WAITING: RefCell<VecDeque<Job>> = const { RefCell::new(VecDeque::new()) };
}

/// Runs `take_over` (the page's hydration) with later parts waiting for their own tasks.
pub fn taking_over<T>(take_over: impl FnOnce() -> T) -> T {
    TAKING_OVER.with(|flag| flag.set(true));
    let result = take_over();
    TAKING_OVER.with(|flag| flag.set(false));
    result
}

/// Takes the waiting parts over, each in a task of its own; parts inside a part wait their
/// turn after it. Returns once none is left.
pub async fn take_over_later_parts() {
    loop {
        let Some(job) = WAITING.with(|waiting| waiting.borrow_mut().pop_front()) else {
            return;
        };
        crate::app::data::fetch::next_task().await;
        taking_over(job);
    }
}

/// An element (`<div class=…>`) whose children are taken over after the rest of the page.
#[component]
pub fn LaterPart(#[prop(optional)] class: &'static str, children: Children) -> impl IntoView {
    if !TAKING_OVER.with(Cell::get) {
        return view! { <div class=class>{children()}</div> }.into_any();
    }
    let element = NodeRef::<leptos::html::Div>::new();
    let state = StoredValue::new_local(None::<AnyViewState>);
    let owner = Owner::current();
    let job: Job = Box::new(move || {
        // A page left before its turn came has nothing left to take over.
        let (Some(element), Some(owner)) = (element.get_untracked(), owner) else {
            return;
        };
        if !element.is_connected() {
            return;
        }
        let taken = owner.with(|| {
            // A part built (not taken over) while a page was taken over has no nodes to take
            // over: its children are built into it.
            if element.first_child().is_none() {
                let mut built = children().build();
                built.mount(&element, None);
                return built;
            }
            let cursor = Cursor::new(element.unchecked_into());
            let position = PositionState::new(Position::FirstChild);
            children().hydrate::<true>(&cursor, &position)
        });
        let _ = state.try_set_value(Some(taken));
        crate::app::data::mark(&format!("part-taken-over:{class}"));
    });
    WAITING.with(|waiting| waiting.borrow_mut().push_back(job));
    view! { <div class=class node_ref=element></div> }.into_any()
}
