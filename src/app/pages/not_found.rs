//! The view for an address we have no page for.

use crate::app::components::set_title;
use crate::app::components::Link;
use crate::app::routes;
use crate::app::strings;
use leptos::prelude::*;

#[component]
pub fn NotFound(
    #[prop(optional, into)] message: Option<String>,
    /// Pages the user may have meant: (address, label).
    #[prop(optional)]
    suggestions: Vec<(String, String)>,
) -> impl IntoView {
    set_title(strings::NOT_FOUND_TITLE);
    view! {
        <div class="not-found">
            <h1>{strings::NOT_FOUND_TITLE}</h1>
            {message.map(|m| view! { <p class="lead">{m}</p> })}
            {(!suggestions.is_empty()).then(|| view! {
                <h2>{strings::NOT_FOUND_SUGGESTIONS}</h2>
                <ul class="suggestions">
                    {suggestions
                        .into_iter()
                        .map(|(href, label)| view! { <li><Link href=href>{label}</Link></li> })
                        .collect_view()}
                </ul>
            })}
            <p>{strings::NOT_FOUND_TEXT}</p>
            <p><Link href=routes::HOME class="button">{strings::BACK_TO_LIST}</Link></p>
        </div>
    }
}
