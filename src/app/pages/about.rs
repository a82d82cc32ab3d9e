//! `/om`: what the app is, privacy, sources and licences, embedding and hosting, and an
//! accessibility statement a school can reuse.

use crate::app::components::layout::{DataVersion, SourceList};
use crate::app::components::{set_title, CopyButton};
use crate::app::paths;
use crate::app::strings;
use leptos::prelude::*;

#[component]
pub fn AboutPage() -> impl IntoView {
    set_title(strings::about_title());
    let script = paths::asset("/embed.js");
    let card = format!("<script src=\"{script}\" data-yrke=\"kokk\"></script>");
    let search = format!(
        "<script src=\"{script}\" data-view=\"sok\" data-farge=\"#0b5cad\" data-visning=\"kompakt\"></script>"
    );
    let interests = format!("<script src=\"{script}\" data-view=\"interesser\"></script>");
    view! {
        <article class="about">
            <h1>{strings::about_title()}</h1>
            <p class="lead">{strings::about_lead()}</p>
            <section aria-labelledby="personvern">
                <h2 id="personvern">{strings::privacy_heading()}</h2>
                {strings::privacy().iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
            </section>
            <section aria-labelledby="kilder">
                <h2 id="kilder">{strings::sources_and_licences()}</h2>
                <p>{strings::sources_intro()}</p>
                <SourceList/>
                <DataVersion/>
            </section>
            <section aria-labelledby="bygg-inn">
                <h2 id="bygg-inn">{strings::embed_heading()}</h2>
                {strings::embed_guide().iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
                {[card, search, interests].map(snippet).into_iter().collect_view()}
                <ul>
                    {strings::embed_options().iter().map(|p| view! { <li>{*p}</li> }).collect_view()}
                </ul>
            </section>
            <section aria-labelledby="drift">
                <h2 id="drift">{strings::hosting_heading()}</h2>
                {strings::hosting().iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
            </section>
            <section aria-labelledby="tilgjengelighet">
                <h2 id="tilgjengelighet">{strings::accessibility_heading()}</h2>
                {strings::accessibility().iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
            </section>
        </article>
    }
}

/// One embed line, whole (wrapped, never cut), with a button that copies it.
fn snippet(code: String) -> impl IntoView {
    let text = code.clone();
    view! {
        <div class="snippet-block">
            <pre class="snippet" tabindex="0"><code>{code}</code></pre>
            <div class="actions">
                <CopyButton label=strings::embed_copy() done=strings::embed_copied() text=move || text.clone()/>
            </div>
        </div>
    }
}
