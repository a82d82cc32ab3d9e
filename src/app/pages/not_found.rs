//! The view for an address we have no page for.

use crate::app::components::set_title;
use crate::app::components::Link;
use crate::app::routes;
use crate::app::strings;
use leptos::prelude::*;

#[component]
pub fn NotFound(
    #[prop(optional, into)] message: Option<String>,
    /// Pages the user may have meant: (address, label); some arrive later (from search).
    #[prop(optional, into)]
    suggestions: Signal<Vec<(String, String)>>,
) -> impl IntoView {
    set_title(strings::not_found_title());
    view! {
        <div class="not-found">
            <h1>{strings::not_found_title()}</h1>
            {message.map(|m| view! { <p class="lead">{m}</p> })}
            {move || {
                let suggestions = suggestions.get();
                (!suggestions.is_empty()).then(|| view! {
                    <h2>{strings::not_found_suggestions()}</h2>
                    <ul class="suggestions">
                        {suggestions
                            .into_iter()
                            .map(|(href, label)| view! { <li><Link href=href>{label}</Link></li> })
                            .collect_view()}
                    </ul>
                })
            }}
            <p>{strings::not_found_text()}</p>
            <p><Link href=routes::all_occupations() class="button">{strings::back_to_list()}</Link></p>
        </div>
    }
}
