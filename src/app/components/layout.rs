//! Site chrome: skip link, header with navigation, footer with data version and credits.

use crate::app::components::Link;
use crate::app::state::AppData;
use crate::app::strings;
use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    let data = AppData::use_context();
    let compare_href = move || crate::app::pages::compare::compare_href(&data.compare.get());
    let compare_label = move || strings::compare_nav(data.compare.with(Vec::len));
    view! {
        <a class="skip-link" href="#innhold">{strings::SKIP_TO_CONTENT}</a>
        <header class="site-header">
            <div class="wrap header-row">
                <Link href="/" class="brand">{strings::APP_NAME}</Link>
                <nav aria-label=strings::NAV_LABEL>
                    <ul class="nav-list">
                        <li><Link href="/">{strings::NAV_OCCUPATIONS}</Link></li>
                        <li><Link href="/styrk">{strings::NAV_STYRK}</Link></li>
                        <li><Link href="/fylke">{strings::NAV_REGIONS}</Link></li>
                        <li><Link href=compare_href>{compare_label}</Link></li>
                        <li><Link href="/om">{strings::NAV_ABOUT}</Link></li>
                    </ul>
                </nav>
            </div>
        </header>
        <UpdateNotice/>
        <StaleNotice/>
    }
}

/// Every dataset with publisher, period, licence and the credit its licence asks for.
#[component]
pub fn SourceList() -> impl IntoView {
    let data = AppData::use_context();
    move || {
        data.loaded().map(|catalog| {
            let sources = catalog
                .snapshot()
                .sources
                .iter()
                .map(|s| {
                    view! {
                        <li>
                            <a href=crate::core::format::http_url(&s.url).map(str::to_string) rel="noopener noreferrer">{s.dataset.clone()}</a>
                            {format!(" ({}, {}). {}. {}", s.publisher, s.period, s.licence, s.credit)}
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="credits">{sources}</ul> }
        })
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let data = AppData::use_context();
    let version = move || {
        data.loaded()
            .map(|catalog| strings::data_version(&catalog.snapshot().data_version))
    };
    view! {
        <footer class="site-footer">
            <div class="wrap">
                <h2 class="footer-heading">{strings::FOOTER_DATA}</h2>
                <p>{version} " " <Link href="/om">{strings::ABOUT_TITLE}</Link></p>
                <SourceList/>
            </div>
        </footer>
    }
}

/// Shown when the current snapshot failed its checks and the last good copy is in use.
#[component]
pub fn StaleNotice() -> impl IntoView {
    let data = AppData::use_context();
    move || {
        let error = data.stale.get()?;
        let version = data.loaded()?.snapshot().data_version.clone();
        Some(view! {
            <div class="update-notice" role="alert">
                <p>{strings::stale_data(&version)} " " {error.message()}</p>
                <button type="button" class="button" on:click=move |_| data.retry()>{strings::RETRY}</button>
            </div>
        })
    }
}

/// "Ny versjon er klar": shown when the service worker has a new version cached.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let data = AppData::use_context();
    move || {
        data.updates.ready.get().then(|| {
            view! {
                <div class="update-notice" role="status">
                    <p>{strings::UPDATE_READY}</p>
                    <button type="button" class="button" on:click=move |_| data.updates.apply()>
                        {strings::UPDATE_RELOAD}
                    </button>
                </div>
            }
        })
    }
}
