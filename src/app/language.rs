//! The page's language: read from the address once when the app starts, written to
//! `<html lang>`, and the reader's choice remembered on the device, so an address without a
//! language folder opens in the language they chose last.

use crate::app::data::local_storage;
use crate::app::{paths, strings};
use crate::core::lang::Lang;

const STORAGE_KEY: &str = "yrkesutforskeren.sprak";

/// Sets the texts' language from the address and marks the document with it.
pub fn start() {
    let lang = paths::address_lang();
    strings::set_lang(lang);
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.code());
    }
}

/// The language the reader chose last on this device.
pub fn remembered() -> Option<Lang> {
    local_storage()?
        .get_item(STORAGE_KEY)
        .ok()
        .flatten()
        .and_then(|code| Lang::from_code(&code))
}

/// Keeps the reader's choice for their next visit.
pub fn remember(lang: Lang) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(STORAGE_KEY, lang.code());
    }
}

/// Where the browser should go instead of the address it opened: the same page in the
/// remembered language, when the address names none (bokmål at the root) and the reader chose
/// nynorsk or English. Embeds follow the school's `data-sprak`, never the reader's choice.
pub fn remembered_address() -> Option<String> {
    let remembered = remembered()?;
    let location = web_sys::window()?.location();
    let (lang, path) = paths::split_address(&location.pathname().ok()?);
    if lang != Lang::Nb || remembered == Lang::Nb || path.starts_with("/embed/") {
        return None;
    }
    Some(format!(
        "{}{}{}",
        paths::href_in(remembered, &path),
        location.search().unwrap_or_default(),
        location.hash().unwrap_or_default()
    ))
}
