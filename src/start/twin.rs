//! Any page the app does not take over: the address rendered into a hidden twin, swapped in
//! within one task once nothing in it is loading. The reader sees the same layout, now live.

use super::form_state::take_form_state;
use super::mark_ready;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, MutationObserver};

/// Longest wait for the twin to finish loading before it is swapped in anyway (it then shows
/// its own loading or error state).
const SWAP_TIMEOUT_MS: i32 = 10_000;

pub fn start(document: Document, prerendered: Element) {
    let Some(body) = document.body() else {
        return;
    };
    let Ok(twin) = document
        .create_element("div")
        .map(|e| e.unchecked_into::<HtmlElement>())
    else {
        return;
    };
    twin.set_hidden(true);
    if body.append_child(&twin).is_err() {
        return;
    }
    // The app starts in a task after the one that instantiated it: two short tasks, not one
    // long one, while the reader may already be scrolling the page.
    later(move || {
        leptos::mount::mount_to(twin.clone(), yrkesutforskeren::app::App).forget();
        yrkesutforskeren::app::data::mark("mounted");
        swap_when_loaded(document, prerendered, twin);
    });
}

fn is_loading(twin: &HtmlElement) -> bool {
    twin.query_selector("[data-loading]")
        .ok()
        .flatten()
        .is_some()
}

/// Swaps the twin in as soon as nothing in it is loading (checked after each change to it),
/// or after [`SWAP_TIMEOUT_MS`]. The swap (and the layout it brings) runs in a task after the
/// one that rendered the twin, so neither makes the other longer.
fn swap_when_loaded(document: Document, prerendered: Element, twin: HtmlElement) {
    let swap = {
        let twin = twin.clone();
        let mut done = false;
        move |force: bool| {
            if done || (!force && is_loading(&twin)) {
                return done;
            }
            done = true;
            let (document, prerendered, twin) =
                (document.clone(), prerendered.clone(), twin.clone());
            later(move || swap(&document, &prerendered, &twin));
            true
        }
    };
    let swap = std::rc::Rc::new(std::cell::RefCell::new(swap));
    let observer_slot: std::rc::Rc<std::cell::RefCell<Option<MutationObserver>>> =
        Default::default();
    let on_change = {
        let swap = swap.clone();
        let observer_slot = observer_slot.clone();
        Closure::<dyn FnMut()>::new(move || {
            if (swap.borrow_mut())(false) {
                if let Some(observer) = observer_slot.borrow_mut().take() {
                    observer.disconnect();
                }
            }
        })
    };
    if let Ok(observer) = MutationObserver::new(on_change.as_ref().unchecked_ref()) {
        let options = web_sys::MutationObserverInit::new();
        options.set_child_list(true);
        options.set_subtree(true);
        if observer.observe_with_options(&twin, &options).is_ok() {
            *observer_slot.borrow_mut() = Some(observer);
        }
    }
    on_change.forget();
    let on_timeout = Closure::<dyn FnMut()>::new(move || {
        (swap.borrow_mut())(true);
        if let Some(observer) = observer_slot.borrow_mut().take() {
            observer.disconnect();
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            on_timeout.as_ref().unchecked_ref(),
            SWAP_TIMEOUT_MS,
        );
    }
    on_timeout.forget();
}

fn swap(document: &Document, prerendered: &Element, twin: &HtmlElement) {
    // What the reader did before the app ran: where focus was, what they typed, chose and
    // answered.
    let focused_id = document
        .active_element()
        .filter(|e| prerendered.contains(Some(e)))
        .map(|e| e.id())
        .filter(|id| !id.is_empty());
    let done = take_form_state(prerendered);
    if prerendered.replace_with_with_node_1(twin).is_err() {
        return;
    }
    twin.set_id("app");
    twin.set_hidden(false);
    yrkesutforskeren::app::data::mark("swapped");
    for entry in done {
        entry.apply(twin);
    }
    if let Some(element) = focused_id
        .and_then(|id| document.get_element_by_id(&id))
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = element.focus();
    }
    mark_ready(document);
}

/// Runs `f` in a later task of the event loop.
fn later(f: impl FnOnce() + 'static) {
    let task = Closure::once(f);
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback(task.as_ref().unchecked_ref());
    }
    task.forget();
}
