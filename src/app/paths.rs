//! The path the app is served under ("" at a domain's root, "/karriere/yrker" below it), read
//! once from the document's `<base href>`, which Trunk writes from its public URL. One setting
//! (`make dist PUBLIC_URL=/karriere/yrker/`) so serves assets, data fetches and routes.

use std::cell::OnceCell;

thread_local! {
    static BASE: OnceCell<String> = const { OnceCell::new() };
}

fn read_base() -> String {
    let base_uri = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    base_path(&base_uri)
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
    BASE.with(|b| b.get_or_init(read_base).clone())
}

/// An app path ("/yrke/kokk") as a link on this site ("/karriere/yrker/yrke/kokk").
pub fn href(path: &str) -> String {
    format!("{}{path}", base())
}

/// An app path as a full URL, for links that leave the page (embeds, snippets).
pub fn absolute(path: &str) -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}", href(path))
}
