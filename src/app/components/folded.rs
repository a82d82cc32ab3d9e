//! A fold (`<details>`) whose body is rendered once the reader opens it. The summary and what
//! the fold always shows (`lead`, such as a link to the body's own page) are on the page from
//! the start; the body is built only when asked for, so a page of many folds is small to take
//! over and to keep in memory.
//!
//! Without JavaScript a fold shows its lead, and, where it is `kept_without_script`, its body
//! too: the prerendered page holds the body inside `<noscript>`, which a browser running
//! scripts keeps as one inert text node (no elements to build, nothing for the app to take
//! over) and a browser without scripts shows as the page's own content.

use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn Folded<B, V>(
    summary: AnyView,
    /// Shown under the summary whenever the fold is open, body or not.
    #[prop(optional)]
    lead: Option<AnyView>,
    /// The content, built the first time the fold opens and kept while the page stays.
    body: B,
    #[prop(optional)] class: Option<&'static str>,
    /// Whether the prerendered page also holds the body for readers without JavaScript.
    #[prop(optional)]
    kept_without_script: bool,
) -> impl IntoView
where
    B: Fn() -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let body: Body = Arc::new(move || body().into_any());
    fold(summary, lead, body, class, kept_without_script)
}

/// A fold's body, built anew by each call.
type Body = Arc<dyn Fn() -> AnyView + Send + Sync>;

/// The fold itself, one function for every kind of body (a small wasm).
fn fold(
    summary: AnyView,
    lead: Option<AnyView>,
    body: Body,
    class: Option<&'static str>,
    kept_without_script: bool,
) -> AnyView {
    let opened = RwSignal::new(false);
    // Built once: opening the fold again shows the same body. A fold the reader opened before
    // the app took the page over gets its toggle then (`start::takeover`).
    let on_toggle = move |event: web_sys::Event| {
        let open = event_target::<web_sys::Element>(&event).has_attribute("open");
        if open && !opened.get_untracked() {
            opened.set(true);
        }
    };
    let without_script = kept_without_script.then(|| without_script::copy(&body));
    view! {
        <details class=class on:toggle=on_toggle>
            <summary>{summary}</summary>
            {lead}
            {without_script}
            {move || opened.get().then(|| body())}
        </details>
    }
    .into_any()
}

/// The body for readers without JavaScript. The app takes `<noscript>` over without reading
/// what is inside, so the browser side renders it empty and never builds the body for it.
#[cfg(not(feature = "prerender"))]
mod without_script {
    use leptos::prelude::*;

    pub fn copy(_body: &super::Body) -> AnyView {
        view! { <noscript></noscript> }.into_any()
    }
}

/// The body for readers without JavaScript, written into the prerendered page. Its own
/// element keeps every text in it escaped (the children of `<noscript>` itself are written as
/// they are). A kept fold inside another one's copy is already in `<noscript>`: its body is
/// written in place.
#[cfg(feature = "prerender")]
mod without_script {
    use leptos::prelude::*;
    use std::cell::Cell;

    thread_local! {
        static IN_COPY: Cell<bool> = const { Cell::new(false) };
    }

    pub fn copy(body: &super::Body) -> AnyView {
        if IN_COPY.get() {
            return body();
        }
        IN_COPY.set(true);
        let copy = body();
        IN_COPY.set(false);
        view! { <noscript><div class="fold-body">{copy}</div></noscript> }.into_any()
    }
}

#[cfg(all(test, feature = "prerender"))]
mod tests {
    use super::*;

    fn rendered(view: impl FnOnce() -> AnyView) -> String {
        let owner = Owner::new();
        let html = owner.with(|| view().to_html());
        owner.unset();
        html
    }

    #[test]
    fn a_kept_fold_holds_its_body_for_readers_without_javascript_escaped_and_once() {
        let html = rendered(|| {
            let inner = || {
                view! {
                    <Folded summary=view! { "Alle år" }.into_any() body=|| "<b>2026</b>" kept_without_script=true/>
                }
            };
            view! {
                <Folded
                    summary=view! { "Tidligere tilbud" }.into_any()
                    lead=view! { <p class="note">"Før 2026"</p> }.into_any()
                    body=move || view! { "<script>alert(1)</script>" {inner()} }
                    class="more-table"
                    kept_without_script=true
                />
            }
            .into_any()
        });
        assert!(html.starts_with("<details class=\"more-table\">"), "{html}");
        assert!(html.contains("Før 2026"), "{html}");
        assert!(
            html.contains("<noscript><div class=\"fold-body\">"),
            "{html}"
        );
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{html}"
        );
        assert!(html.contains("&lt;b&gt;2026&lt;/b&gt;"), "{html}");
        assert!(!html.contains("<script>"), "{html}");
        assert!(!html.contains("<b>"), "{html}");
        assert_eq!(html.matches("<noscript>").count(), 1, "{html}");
        assert_eq!(html.matches("Alle år").count(), 1, "{html}");
    }

    #[test]
    fn a_fold_that_is_not_kept_sends_its_summary_and_lead_only() {
        let html = rendered(|| {
            view! {
                <Folded
                    summary=view! { "Vg2 Elenergi og ekom" }.into_any()
                    lead=view! { <p class="note">"Egen side"</p> }.into_any()
                    body=|| "Elektrikerfaget"
                />
            }
            .into_any()
        });
        assert!(
            html.contains("Vg2 Elenergi og ekom") && html.contains("Egen side"),
            "{html}"
        );
        assert!(
            !html.contains("Elektrikerfaget") && !html.contains("noscript"),
            "{html}"
        );
    }
}
