//! What the reader did in the prerendered page's forms before the app ran (text typed, boxes
//! checked, options chosen): read, the fields put back as rendered, then done again in the
//! live page through the events the app listens to.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

/// One thing the reader did in a form of the prerendered page.
pub enum FormEntry {
    /// Text typed into the field with this id.
    Typed { id: String, value: String },
    /// The radio button or checkbox with this name and value checked.
    Checked { name: String, value: String },
    /// The option chosen in the list with this id.
    Chosen { id: String, value: String },
}

/// What differs in the prerendered page's forms from how they were rendered (text typed, boxes
/// checked, options chosen), with each field put back as rendered: the live page, whether the
/// same nodes taken over or a twin, learns of it only through [`FormEntry::apply`].
pub fn take_form_state(page: &Element) -> Vec<FormEntry> {
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
                    input.set_checked(input.default_checked());
                }
                "text" | "search" | "number" => {
                    if input.value() != input.default_value() && !input.id().is_empty() {
                        entries.push(FormEntry::Typed {
                            id: input.id(),
                            value: input.value(),
                        });
                    }
                    input.set_value(&input.default_value());
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
            select.set_selected_index(rendered as i32);
        }
    }
    entries
}

impl FormEntry {
    /// Does the same in the live page, through the events the app listens to, where the live
    /// page does not already show it.
    pub fn apply(&self, page: &HtmlElement) {
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
