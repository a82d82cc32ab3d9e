//! `/om`: what the app is, privacy, sources and licences, embedding and hosting, and an
//! accessibility statement a school can reuse.

use crate::app::components::layout::{DataVersion, SourceList};
use crate::app::components::set_title;
use crate::app::paths;
use crate::app::strings;
use leptos::prelude::*;

#[component]
pub fn AboutPage() -> impl IntoView {
    set_title(strings::ABOUT_TITLE);
    let script = paths::absolute("/embed.js");
    let card = format!("<script src=\"{script}\" data-yrke=\"kokk\"></script>");
    let search = format!(
        "<script src=\"{script}\" data-view=\"sok\" data-farge=\"#0b5cad\" data-visning=\"kompakt\"></script>"
    );
    view! {
        <article class="about">
            <h1>{strings::ABOUT_TITLE}</h1>
            <p class="lead">{strings::ABOUT_LEAD}</p>
            <section aria-labelledby="personvern">
                <h2 id="personvern">{strings::PRIVACY_HEADING}</h2>
                {strings::PRIVACY.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
            </section>
            <section aria-labelledby="kilder">
                <h2 id="kilder">{strings::SOURCES_AND_LICENCES}</h2>
                <p>{strings::SOURCES_INTRO}</p>
                <SourceList/>
                <DataVersion/>
            </section>
            <section aria-labelledby="bygg-inn">
                <h2 id="bygg-inn">{strings::EMBED_HEADING}</h2>
                {strings::EMBED_GUIDE.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
                <pre class="snippet" tabindex="0"><code>{card}</code></pre>
                <pre class="snippet" tabindex="0"><code>{search}</code></pre>
                <ul>
                    {strings::EMBED_OPTIONS.iter().map(|p| view! { <li>{*p}</li> }).collect_view()}
                </ul>
            </section>
            <section aria-labelledby="drift">
                <h2 id="drift">{strings::HOSTING_HEADING}</h2>
                {strings::HOSTING.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
            </section>
            <section aria-labelledby="tilgjengelighet">
                <h2 id="tilgjengelighet">{strings::ACCESSIBILITY_HEADING}</h2>
                {strings::ACCESSIBILITY.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
            </section>
        </article>
    }
}
