//! Writes every page of a built site as static HTML, rendered with the app's own views.
//!
//! Usage: `prerender [--site DIR] [--origin URL]`
//! - `--site`: the built site (Trunk's output with `index.html` and `snapshot/`); default
//!   `$TRUNK_STAGING_DIR`, so it runs as a Trunk post-build hook.
//! - `--origin`: where the site is published ("https://skole.no"), for the canonical links, the
//!   link cards and the sitemap; default `$YRKE_SITE_ORIGIN`, else http://127.0.0.1:8080. The
//!   path below it is read from the `<base href>` Trunk wrote.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;
use yrkesutforskeren::app::data::files;
use yrkesutforskeren::app::page_chunks::ChunkedPage;
use yrkesutforskeren::app::{paths, prerender, strings};
use yrkesutforskeren::core::lang::Lang;

const DEFAULT_ORIGIN: &str = "http://127.0.0.1:8080";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let mut site = std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from);
    let mut origin = std::env::var("YRKE_SITE_ORIGIN")
        .ok()
        .filter(|o| !o.is_empty());
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--site" => site = args.next().map(PathBuf::from),
            "--origin" => origin = args.next(),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    let site = site.ok_or("give the built site: --site DIR (or TRUNK_STAGING_DIR)")?;
    let origin = origin.unwrap_or_else(|| DEFAULT_ORIGIN.to_string());
    let started = Instant::now();

    let template_path = site.join("index.html");
    let template = std::fs::read_to_string(&template_path)
        .map_err(|e| format!("{}: {e}", template_path.display()))?;
    let base = base_href(&template).ok_or("index.html has no <base href>")?;
    let site_url = format!("{}{base}", origin.trim_end_matches('/'));
    paths::set_site_url(&site_url);

    let preloaded = files::load(&site.join("snapshot")).map_err(|e| e.to_string())?;
    let chunks = chunk_files(&site)?;
    let paths = prerender::paths_to_render(&preloaded);
    let mut addresses = Vec::with_capacity(paths.len() * Lang::ALL.len());
    let mut written = Vec::with_capacity(addresses.capacity() + 6);
    let mut bytes = 0usize;
    for lang in Lang::ALL {
        for path in &paths {
            let mut page = prerender::render(&preloaded, lang, path);
            page.chunk = ChunkedPage::at(path).and_then(|page| chunks.get(page.chunk()).cloned());
            let html = prerender::fill(&template, &page, &site_url)?;
            let address = lang.path(path);
            let file = prerender::file_for(&address);
            bytes += html.len();
            write(&site, &file, &html)?;
            written.push(file);
            addresses.push(address);
        }
        let shell = prerender::render_shell(lang);
        let file = prerender::shell_file(lang);
        write(
            &site,
            &file,
            &prerender::fill(&template, &shell, &site_url)?,
        )?;
        written.push(file);
    }
    // The fixed texts of nynorsk and English, which the browser build reads from these files.
    for lang in Lang::ALL {
        if let Some((file, json)) = strings::fixed::texts_file(lang) {
            write(&site, &file, &json)?;
        }
    }
    let pages = addresses;
    write(&site, "sitemap.xml", &prerender::sitemap(&site_url, &pages))?;
    write(&site, "robots.txt", &prerender::robots(&site_url))?;
    written.extend(["sitemap.xml".to_string(), "robots.txt".to_string()]);
    write(&site, prerender::LIST_FILE, &(written.join("\n") + "\n"))?;
    println!(
        "prerender: {} pages in {} languages ({:.1} MB of HTML) for {site_url} in {:.1} s",
        pages.len(),
        Lang::ALL.len(),
        bytes as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// The page chunks of the built site by chunk name: `wasm-split-vgs-<hash>.wasm` under "vgs"
/// (`scripts/split-wasm.sh` names them so).
fn chunk_files(site: &Path) -> Result<HashMap<String, String>, String> {
    let entries = std::fs::read_dir(site).map_err(|e| format!("{}: {e}", site.display()))?;
    let mut chunks = HashMap::new();
    for entry in entries {
        let file = entry
            .map_err(|e| format!("{}: {e}", site.display()))?
            .file_name()
            .to_string_lossy()
            .into_owned();
        if let Some(name) = chunk_name(&file) {
            chunks.insert(name.to_string(), file);
        }
    }
    Ok(chunks)
}

/// "vgs" for `wasm-split-vgs-0123456789abcdef.wasm`; nothing for any other file.
fn chunk_name(file: &str) -> Option<&str> {
    let stem = file.strip_prefix("wasm-split-")?.strip_suffix(".wasm")?;
    let (name, hash) = stem.rsplit_once('-')?;
    (hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit())).then_some(name)
}

/// The `href` of the document's `<base>` ("/" or "/karriere/yrker/").
fn base_href(html: &str) -> Option<String> {
    let tag_start = html.find("<base ")?;
    let tag = &html[tag_start..tag_start + html[tag_start..].find('>')?];
    let value_start = tag.find("href=\"")? + "href=\"".len();
    let value = &tag[value_start..value_start + tag[value_start..].find('"')?];
    Some(if value.ends_with('/') {
        value.to_string()
    } else {
        format!("{value}/")
    })
}

fn write(site: &Path, file: &str, content: &str) -> Result<(), String> {
    let path = site.join(file);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    std::fs::write(&path, content).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_chunk_is_known_by_the_name_in_its_file_name() {
        assert_eq!(
            chunk_name("wasm-split-vgs-0123456789abcdef.wasm"),
            Some("vgs")
        );
        assert_eq!(
            chunk_name("wasm-split-region-results-0123456789abcdef.wasm"),
            Some("region-results")
        );
        for other in [
            "wasm-chunk-18-0123456789abcdef.wasm",
            "wasm-split-0123456789abcdef.js",
            "wasm-split-vgs-0123.wasm",
            "wasm-split-vgs-0123456789abcdeg.wasm",
            "yrkesutforskeren-0123456789abcdef_bg.wasm",
        ] {
            assert_eq!(chunk_name(other), None, "{other}");
        }
    }
}
