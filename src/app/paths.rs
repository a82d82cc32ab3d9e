//! The path the app is served under ("" at a domain's root, "/karriere/yrker" below it) and
//! the site's origin. In the browser both are read once from the document (its `<base href>`,
//! which Trunk writes from its public URL); at build time the prerenderer sets them. One
//! setting (`make dist PUBLIC_URL=/karriere/yrker/`) so serves assets, data fetches and routes.

use std::cell::OnceCell;

/// Where the app lives: origin ("https://skole.no") and base path ("/karriere/yrker").
#[derive(Clone, Default)]
struct Site {
    origin: String,
    base: String,
}

thread_local! {
    static SITE: OnceCell<Site> = const { OnceCell::new() };
}

fn read_site() -> Site {
    if !cfg!(target_arch = "wasm32") {
        return Site::default();
    }
    let Some(window) = web_sys::window() else {
        return Site::default();
    };
    let base_uri = window
        .document()
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    Site {
        origin: window.location().origin().unwrap_or_default(),
        base: base_path(&base_uri),
    }
}

fn site() -> Site {
    SITE.with(|s| s.get_or_init(read_site).clone())
}

/// Build time: the site's full URL ("https://skole.no/karriere/yrker/"), set before any view
/// renders.
pub fn set_site_url(url: &str) {
    let origin = url
        .split_once("://")
        .map(|(scheme, rest)| format!("{scheme}://{}", rest.split('/').next().unwrap_or("")))
        .unwrap_or_default();
    let _ = SITE.with(|s| {
        s.set(Site {
            origin,
            base: base_path(url),
        })
    });
}

/// "https://skole.no/karriere/yrker/" → "/karriere/yrker"; a root URL → "".
pub fn base_path(base_uri: &str) -> String {
    let without_scheme = base_uri
        .split_once("://")
        .map(|(_, rest)| rest)
        .unwrap_or("");
    let path = without_scheme
        .find('/')
        .map(|i| &without_scheme[i..])
        .unwrap_or("/");
    let path = path.split(['?', '#']).next().unwrap_or("/");
    path.trim_end_matches('/').to_string()
}

/// The router's base path.
pub fn base() -> String {
    site().base
}

/// An app path ("/yrke/kokk") as a link on this site ("/karriere/yrker/yrke/kokk").
pub fn href(path: &str) -> String {
    format!("{}{path}", base())
}

/// An app path as a full URL, for links that leave the page (embeds, snippets).
pub fn absolute(path: &str) -> String {
    let site = site();
    format!("{}{}{path}", site.origin, site.base)
}
