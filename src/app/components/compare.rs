//! The "compare" toggle shown on list rows and occupation pages, and the one status line
//! that tells when the selection is full. A list row shows different occupations as the user
//! types, so a toggle holds no state of its own and follows its `slug`.

use crate::app::data::AppData;
use crate::app::strings;
use leptos::prelude::*;

#[component]
pub fn CompareToggle(
    #[prop(into)] slug: Signal<String>,
    #[prop(into)] title: Signal<String>,
    #[prop(optional)] compact: bool,
) -> impl IntoView {
    let data = AppData::use_context();
    let class = if compact {
        "button small secondary"
    } else {
        "button secondary"
    };
    let pressed = move || slug.with(|slug| data.compare.with(|list| list.contains(slug)));
    let toggle = move |_| {
        let added = data.toggle_compare(&slug.get_untracked());
        data.compare_full.set(!added);
    };
    let pressed_attr = pressed;
    view! {
        <button
            type="button"
            class=class
            aria-pressed=move || if pressed_attr() { "true" } else { "false" }
            on:click=toggle
        >
            {move || if pressed() { "✓ " } else { "" }}
            {strings::nav_compare()}
            <span class="visually-hidden">{move || format!(" {}", title.get())}</span>
        </button>
    }
}

/// Says so when a fifth occupation could not be added.
#[component]
pub fn CompareNotice() -> impl IntoView {
    let data = AppData::use_context();
    view! {
        <p role="status" class="compare-notice">
            {move || data.compare_full.get().then_some(strings::compare_full())}
        </p>
    }
}
