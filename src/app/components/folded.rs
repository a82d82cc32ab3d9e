//! A fold (`<details>`) whose body is rendered once the reader opens it. The summary and what
//! the fold always shows (`lead`, such as a link to the body's own page) are on the page from
//! the start; the body is built only when asked for, so a page of many folds is small to send,
//! to take over and to keep in memory. Without JavaScript the fold shows its lead only, so a
//! page uses it where the lead or another part of the page leads to the same content.

use leptos::html::Details;
use leptos::prelude::*;

#[component]
pub fn Folded<B, V>(
    summary: AnyView,
    /// Shown under the summary whenever the fold is open, body or not.
    #[prop(optional)]
    lead: Option<AnyView>,
    /// The content, built the first time the fold opens and kept while the page stays.
    body: B,
) -> impl IntoView
where
    B: Fn() -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let opened = RwSignal::new(false);
    let fold = NodeRef::<Details>::new();
    // Built once: opening the fold again shows the same body.
    let open = move |details: Option<web_sys::HtmlDetailsElement>| {
        if !opened.get_untracked() && details.is_some_and(|d| d.has_attribute("open")) {
            opened.set(true);
        }
    };
    // A fold the reader opened before the app took the page over opens with the app.
    Effect::new(move |_| open(fold.get()));
    let on_toggle = move |_| open(fold.get_untracked());
    view! {
        <details node_ref=fold on:toggle=on_toggle>
            <summary>{summary}</summary>
            {lead}
            {move || opened.get().then(&body)}
        </details>
    }
}
