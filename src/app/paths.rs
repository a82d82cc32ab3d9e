//! The path the app is served under ("" at a domain's root, "/karriere/yrker" below it) and
//! the site's origin. In the browser both are read once from the document (its `<base href>`,
//! which Trunk writes from its public URL); at build time the prerenderer sets them. One
//! setting (`make dist PUBLIC_URL=/karriere/yrker/`) so serves assets, data fetches and routes.
//! A page's language adds its folder ("/nn", "/en") to the base of every link and route;
//! assets and data stay at the site's root.

use crate::app::strings;
use crate::core::lang::Lang;
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

/// The router's base path: the site's, with the page's language folder ("/karriere/yrker/nn").
pub fn base() -> String {
    format!("{}{}", site().base, strings::lang().prefix())
}

/// The site's own base path, without a language folder ("/karriere/yrker", or "").
pub fn site_base() -> String {
    site().base
}

/// The language of the address the browser opened ("/karriere/yrker/en/yrke/kokk" → English).
/// Bokmål outside the browser, where the prerenderer sets the language itself.
pub fn address_lang() -> Lang {
    if !cfg!(target_arch = "wasm32") {
        return Lang::Nb;
    }
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    split_address(&path).0
}

/// A browser address's language and app path: "/karriere/yrker/nn/yrke/kokk" → (nynorsk,
/// "/yrke/kokk"). Paths the router already gives without the base pass unchanged.
pub fn split_address(pathname: &str) -> (Lang, String) {
    let below_base = pathname.strip_prefix(&site_base()).unwrap_or(pathname);
    let (lang, path) = Lang::split_path(below_base);
    let path = if path.is_empty() { "/" } else { path };
    (lang, path.to_string())
}

/// An app path ("/yrke/kokk") as a link on this site ("/karriere/yrker/yrke/kokk").
pub fn href(path: &str) -> String {
    format!("{}{path}", base())
}

/// An app path as a link to the same page in another language ("/karriere/yrker/en/yrke/kokk").
pub fn href_in(lang: Lang, path: &str) -> String {
    format!("{}{}", site_base(), lang.path(path))
}

/// An app path as a full URL, for links that leave the page (embeds, snippets).
pub fn absolute(path: &str) -> String {
    format!("{}{}", site().origin, href(path))
}

/// A file at the site's root ("/embed.js") as a full URL, whatever the page's language.
pub fn asset(path: &str) -> String {
    let site = site();
    format!("{}{}{path}", site.origin, site.base)
}
