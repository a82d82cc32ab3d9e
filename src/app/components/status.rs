//! Loading and error states, with a way out of the error.

use crate::app::data::fetch::LoadError;
use crate::app::data::AppData;
use crate::app::strings;
use leptos::prelude::*;

/// A loading state. `data-loading` marks it for the start-up, which shows the live page only
/// once nothing in it is loading (see `src/main.rs`).
#[component]
pub fn Loading(#[prop(into)] label: String) -> impl IntoView {
    view! {
        <p class="status" role="status" aria-live="polite" data-loading="">
            <span class="spinner" aria-hidden="true"></span>
            {label}
        </p>
    }
}

/// What could not be loaded (`title`, the data by default), why, and a retry.
#[component]
pub fn LoadFailed(
    error: LoadError,
    on_retry: Callback<()>,
    #[prop(optional, into)] title: Option<String>,
) -> impl IntoView {
    let title = title.unwrap_or_else(|| strings::load_failed_title().to_string());
    view! {
        <div class="error-box" role="alert">
            <h2>{title}</h2>
            <p>{error.message()}</p>
            <button type="button" class="button" on:click=move |_| on_retry.run(())>
                {strings::retry()}
            </button>
            <details>
                <summary>{strings::error_details()}</summary>
                <p class="technical">{error.detail()}</p>
            </details>
        </div>
    }
}

/// Why search cannot answer (its part of the app could not be fetched), with a retry; nothing
/// while search works. Every search box shows it beside its results.
#[component]
pub fn SearchFailed() -> impl IntoView {
    let data = AppData::use_context();
    let on_retry = Callback::new(move |_| data.retry_search());
    move || {
        data.search_failed
            .get()
            .map(|error| {
                view! { <LoadFailed error=error on_retry=on_retry title=strings::search_failed_title()/> }
            })
    }
}
