//! The "compare" toggle shown on list rows and occupation pages.

use crate::app::state::AppData;
use crate::app::strings;
use leptos::prelude::*;

#[component]
pub fn CompareToggle(
    slug: String,
    title: String,
    #[prop(optional)] compact: bool,
) -> impl IntoView {
    let data = AppData::use_context();
    let full = RwSignal::new(false);
    let pressed = {
        let slug = slug.clone();
        Memo::new(move |_| data.compare.with(|list| list.contains(&slug)))
    };
    let toggle = move |_| {
        let added = data.toggle_compare(&slug);
        full.set(!added);
    };
    let class = if compact {
        "button small secondary"
    } else {
        "button secondary"
    };
    view! {
        <span class="compare-toggle">
            <button
                type="button"
                class=class
                aria-pressed=move || if pressed.get() { "true" } else { "false" }
                on:click=toggle
            >
                {move || if pressed.get() { "✓ " } else { "" }}
                {strings::NAV_COMPARE}
                <span class="visually-hidden">{format!(" {title}")}</span>
            </button>
            <span role="status" class="note">
                {move || full.get().then_some(strings::COMPARE_FULL)}
            </span>
        </span>
    }
}
