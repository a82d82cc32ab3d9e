//! Browser entry point (built by Trunk with `--features csr`).
//!
//! The page arrives as prerendered HTML (or the frame from `shell.html`) inside `#app`. The
//! app renders the same address into a hidden twin and, once nothing in it is loading,
//! swaps the twin in within one task: the reader sees the same layout, now live. Focus and
//! what the reader did in the page's forms before the swap (text typed, answers and boxes
//! checked, options chosen) carry over.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, HtmlInputElement, MutationObserver};

/// Longest wait for the twin to finish loading before it is swapped in anyway (it then shows
/// its own loading or error state).
const SWAP_TIMEOUT_MS: i32 = 10_000;
/// Set on `<html>` once the app runs the page (`data-app="ready"`); tests wait for it.
const READY_ATTRIBUTE: &str = "data-app";

fn main() {
    console_error_panic_hook::set_once();
    let Some(window) = web_sys::window() else {
        return;
    };
    // A reader who chose nynorsk or English gets the page in that language.
    if let Some(address) = yrkesutforskeren::app::language::remembered_address() {
        if window.location().replace(&address).is_ok() {
            return;
        }
    }
    let Some(document) = window.document() else {
        return;
    };
    let (Some(body), Some(prerendered)) = (document.body(), document.get_element_by_id("app"))
    else {
        leptos::mount::mount_to_body(yrkesutforskeren::app::App);
        mark_ready(&document);
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

/// Marks the page as run by the app; what `start.js` hid until then (the parts the address's
/// query decides, the frame around an embed) is the live page's now.
fn mark_ready(document: &Document) {
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute(READY_ATTRIBUTE, "ready");
        let _ = root.remove_attribute("data-query");
        let _ = root.remove_attribute("data-embed");
        let _ = root.remove_attribute("data-typing");
    }
}

fn is_loading(twin: &HtmlElement) -> bool {
    twin.query_selector("[data-loading]")
        .ok()
        .flatten()
        .is_some()
}

/// Runs `f` in a later task of the event loop.
fn later(f: impl FnOnce() + 'static) {
    let task = Closure::once(f);
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback(task.as_ref().unchecked_ref());
    }
    task.forget();
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
    let done = form_state(prerendered);
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

/// One thing the reader did in a form of the prerendered page.
enum FormEntry {
    /// Text typed into the field with this id.
    Typed { id: String, value: String },
    /// The radio button or checkbox with this name and value checked.
    Checked { name: String, value: String },
    /// The option chosen in the list with this id.
    Chosen { id: String, value: String },
}

/// What differs in the prerendered page's forms from how they were rendered: text typed,
/// boxes checked, options chosen. Read just before the swap.
fn form_state(page: &Element) -> Vec<FormEntry> {
    let mut entries = Vec::new();
    let Ok(fields) = page.query_selector_all("input, select") else {
        return entries;
    };
    for index in 0..fields.length() {
        let Some(node) = fields.item(index) else {
            continue;
        };
        if let Some(input) = node.dyn_ref::<HtmlInputElement>() {
            match input.type_().as_str() {
                "radio" | "checkbox" => {
                    if input.checked() != input.default_checked() && input.checked() {
                        entries.push(FormEntry::Checked {
                            name: input.name(),
                            value: input.value(),
                        });
                    }
                }
                "text" | "search" | "number" => {
                    if input.value() != input.default_value() && !input.id().is_empty() {
                        entries.push(FormEntry::Typed {
                            id: input.id(),
                            value: input.value(),
                        });
                    }
                }
                _ => {}
            }
        } else if let Some(select) = node.dyn_ref::<web_sys::HtmlSelectElement>() {
            // The option the page was rendered with: the one marked selected, else the first.
            let options = select.options();
            let rendered = (0..options.length())
                .find(|&i| {
                    options
                        .item(i)
                        .and_then(|o| o.dyn_into::<web_sys::HtmlOptionElement>().ok())
                        .is_some_and(|o| o.default_selected())
                })
                .unwrap_or(0);
            if select.selected_index() != rendered as i32 && !select.id().is_empty() {
                entries.push(FormEntry::Chosen {
                    id: select.id(),
                    value: select.value(),
                });
            }
        }
    }
    entries
}

impl FormEntry {
    /// Does the same in the live page, through the events the app listens to, where the live
    /// page does not already show it.
    fn apply(&self, page: &HtmlElement) {
        match self {
            FormEntry::Typed { id, value } => {
                let Some(input) = find::<HtmlInputElement>(page, &format!("#{id}")) else {
                    return;
                };
                if input.value() != *value {
                    input.set_value(value);
                    dispatch(&input, "input");
                }
            }
            FormEntry::Checked { name, value } => {
                let selector = format!("input[name=\"{name}\"][value=\"{value}\"]");
                if let Some(input) = find::<HtmlInputElement>(page, &selector) {
                    if !input.checked() {
                        input.click();
                    }
                }
            }
            FormEntry::Chosen { id, value } => {
                let Some(select) = find::<web_sys::HtmlSelectElement>(page, &format!("#{id}"))
                else {
                    return;
                };
                if select.value() != *value {
                    select.set_value(value);
                    dispatch(&select, "change");
                }
            }
        }
    }
}

/// The first element matching `selector` (ids and names come from our own pages) as `T`.
fn find<T: JsCast>(page: &HtmlElement, selector: &str) -> Option<T> {
    page.query_selector(selector)
        .ok()
        .flatten()?
        .dyn_into::<T>()
        .ok()
}

fn dispatch(target: &web_sys::EventTarget, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    if let Ok(event) = web_sys::Event::new_with_event_init_dict(kind, &init) {
        let _ = target.dispatch_event(&event);
    }
}
