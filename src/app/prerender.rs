//! Build time: the app's own views rendered natively to static HTML, one file per page, so a
//! page is readable, its links work and a shared link shows a proper card before any wasm runs
//! (and with JavaScript off). The browser app then takes the page over (see `src/main.rs`).
//!
//! Every page exists in each language: bokmål at the root, nynorsk under `nn/`, English under
//! `en/`. Per page: the body from [`Site`] at that address, `<html lang>`, the `<title>` the
//! page sets, a meta description, links to the page in the other languages and Open Graph
//! tags, written into Trunk's `index.html`. Besides the pages: per language the frame with a
//! loading state (`shell.html`, `nn/shell.html`, `en/shell.html`, for other addresses and
//! offline), `sitemap.xml`, `robots.txt` and `prerendered.txt` (the files written, which the
//! service worker leaves out).

use crate::app::components::take_rendered_title;
use crate::app::data::page_files::PageFiles;
use crate::app::data::{AppData, Preloaded};
use crate::app::{paths, routes, strings, Shell, Site};
use crate::core::format::escape_html;
use crate::core::lang::Lang;
use crate::core::model::Block;
use crate::core::programmes::code_from_address;
use leptos::prelude::*;
use leptos_router::location::RequestUrl;

/// The frame with a loading state, served for every address without a page of its own.
pub const SHELL_FILE: &str = "shell.html";
/// The files this step wrote, one per line, relative to the site folder.
pub const LIST_FILE: &str = "prerendered.txt";
/// The address the frame is rendered at: no page's, so no menu item is marked as current.
const SHELL_PATH: &str = "/laster";
/// Longest meta description; search engines and link cards cut around here.
const DESCRIPTION_CHARS: usize = 160;

/// One rendered page.
pub struct Page {
    pub lang: Lang,
    /// The app path ("/yrke/kokk"), the same in every language.
    pub path: String,
    pub title: String,
    pub description: String,
    pub body: String,
    /// What the page's views read besides the snapshot; `None` for the frame, which the
    /// browser never takes over (it renders the address it is served for).
    pub files: Option<PageFiles>,
    /// The content hashes of the files the page was rendered from ([`Preloaded::seals`]): the
    /// browser takes the page over only with the same files.
    pub seals: String,
    /// The file of the page's wasm chunk (`wasm-split-<name>-<hash>.wasm`), which start.js
    /// requests beside the app; `None` where the build has no such file.
    pub chunk: Option<String>,
}

/// Every address rendered at build time: the front page, the lists, "Hva liker du å gjøre?",
/// the about page, and each
/// occupation, STYRK code, county and upper-secondary programme area.
pub fn paths_to_render(preloaded: &Preloaded) -> Vec<String> {
    let snapshot = preloaded.catalog.snapshot();
    let mut paths: Vec<String> = [
        routes::HOME,
        routes::STYRK,
        routes::COUNTIES,
        routes::VGS,
        routes::INTERESTS,
        routes::ABOUT,
    ]
    .map(String::from)
    .to_vec();
    paths.extend(
        snapshot
            .occupations
            .iter()
            .map(|o| routes::occupation(&o.slug)),
    );
    paths.extend(snapshot.styrk.iter().map(|c| routes::styrk_code(&c.code)));
    paths.extend(snapshot.counties.iter().map(|c| routes::county(&c.code)));
    paths.extend(
        snapshot
            .programmes
            .iter()
            .map(|p| routes::programme(&p.code)),
    );
    paths.extend(
        preloaded
            .schools
            .data()
            .schools
            .iter()
            .map(|s| routes::school(&s.orgnr)),
    );
    paths.extend(
        preloaded
            .studies
            .data()
            .studies
            .iter()
            .map(|s| routes::study(&s.code)),
    );
    paths
}

/// Where a page's file goes in the site folder: "/" → `index.html`, "/yrke/kokk" →
/// `yrke/kokk.html` (static hosts serve "/yrke/kokk" from it), a language's front page "/nn/"
/// → `nn/index.html`.
pub fn file_for(address: &str) -> String {
    match address.trim_start_matches('/') {
        "" => "index.html".to_string(),
        folder if folder.ends_with('/') => format!("{folder}index.html"),
        inner => format!("{inner}.html"),
    }
}

/// The frame's file for a language: `shell.html`, `nn/shell.html`, `en/shell.html`.
pub fn shell_file(lang: Lang) -> String {
    format!("{}/{SHELL_FILE}", lang.prefix())
        .trim_start_matches('/')
        .to_string()
}

/// Renders with the data in context: the snapshot files when given (then also what of them
/// the views read), else nothing loaded.
fn with_data<T>(
    preloaded: Option<&Preloaded>,
    render: impl FnOnce() -> T,
) -> (T, Option<PageFiles>) {
    let owner = Owner::new();
    let result = owner.with(|| {
        let data = match preloaded {
            Some(preloaded) => AppData::provide_preloaded(preloaded.clone()),
            None => AppData::provide_unloaded(),
        };
        let rendered = render();
        (rendered, preloaded.map(|_| data.files_read()))
    });
    owner.unset();
    result
}

/// Renders the page at `path` (an app path, without the site's base path) in `lang`.
pub fn render(preloaded: &Preloaded, lang: Lang, path: &str) -> Page {
    strings::set_lang(lang);
    let url = paths::href(path);
    // A sliced page is rendered from its own data, which the browser takes it over with.
    let (own, slice) = preloaded.for_page(path);
    let (body, mut files) = with_data(Some(&own), || {
        provide_context(RequestUrl::new(&url));
        view! { <Site/> }.to_html()
    });
    if let Some(files) = files.as_mut() {
        files.slice = slice;
    }
    let title = take_rendered_title().unwrap_or_else(|| strings::app_name().to_string());
    Page {
        lang,
        path: path.to_string(),
        title,
        description: description(preloaded, path),
        body,
        seals: files
            .as_ref()
            .map(|files| own.seals(&own.catalog, files))
            .unwrap_or_default(),
        files,
        chunk: None,
    }
}

/// The frame and a loading state in `lang`, for addresses without a page of their own.
pub fn render_shell(lang: Lang) -> Page {
    strings::set_lang(lang);
    let (body, _) = with_data(None, || {
        provide_context(RequestUrl::new(&paths::href(SHELL_PATH)));
        view! { <Shell/> }.to_html()
    });
    Page {
        lang,
        path: routes::HOME.to_string(),
        title: strings::app_name().to_string(),
        description: strings::meta_description().to_string(),
        body,
        files: None,
        seals: String::new(),
        chunk: None,
    }
}

/// The page's meta description: an occupation's first paragraph, otherwise a sentence about
/// the page.
fn description(preloaded: &Preloaded, path: &str) -> String {
    let catalog = &preloaded.catalog;
    let mut parts = path.trim_matches('/').splitn(2, '/');
    // An occupation's own text is bokmål: the bokmål page describes itself with it, the
    // others with a sentence in their language.
    let own_text = |slug: &str| {
        (strings::lang() == Lang::Nb)
            .then(|| preloaded.details.get(slug))
            .flatten()
            .and_then(|d| d.as_ref().ok().cloned().flatten())
            .and_then(|d| first_paragraph(&d.description))
    };
    let text = match (parts.next(), parts.next()) {
        (Some("yrke"), Some(slug)) => own_text(slug).or_else(|| {
            catalog
                .occupation(slug)
                .map(|o| strings::meta_occupation(&o.title))
        }),
        (Some("styrk"), Some(code)) => catalog
            .code(code)
            .map(|c| strings::meta_styrk_code(&c.code, &c.name)),
        (Some("fylke"), Some(code)) => catalog.county(code).map(|c| strings::meta_county(&c.name)),
        (Some("vgs"), Some(code)) => code_from_address(code)
            .and_then(|code| catalog.programme(&code))
            .map(|p| strings::meta_programme(&p.name)),
        (Some("skole"), Some(orgnr)) => preloaded.schools.school(orgnr).map(|s| {
            strings::meta_school(&s.name, &catalog.region_name(&s.county), s.programmes.len())
        }),
        (Some("studie"), Some(code)) => preloaded.studies.study(code).map(|s| {
            strings::meta_study(&s.name, preloaded.studies.institution_name(&s.institution))
        }),
        (Some("styrk"), None) => Some(strings::meta_styrk().to_string()),
        (Some("fylke"), None) => Some(strings::meta_counties().to_string()),
        (Some("vgs"), None) => Some(strings::meta_vgs().to_string()),
        (Some("om"), None) => Some(strings::meta_about().to_string()),
        (Some("interesser"), None) => Some(strings::meta_interests().to_string()),
        _ => None,
    };
    shorten(&text.unwrap_or_else(|| strings::meta_description().to_string()))
}

fn first_paragraph(blocks: &[Block]) -> Option<String> {
    blocks.iter().find_map(|block| match block {
        Block::Paragraph(spans) => {
            let text: String = spans.iter().map(|s| s.text.as_str()).collect();
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            (!text.is_empty()).then_some(text)
        }
        _ => None,
    })
}

/// Cuts at a word before [`DESCRIPTION_CHARS`] and marks the cut.
fn shorten(text: &str) -> String {
    if text.chars().count() <= DESCRIPTION_CHARS {
        return text.to_string();
    }
    let cut: String = text.chars().take(DESCRIPTION_CHARS - 1).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', '.', ';', ':']))
}

/// Trunk's `index.html` with the page's language, head and body. `site_url` is the site's
/// full address ("https://skole.no/karriere/yrker/"), for the canonical link, the links to
/// the other languages and the card's URL and image.
pub fn fill(template: &str, page: &Page, site_url: &str) -> Result<String, String> {
    let root = site_url.trim_end_matches('/');
    let url = format!("{root}{}", page.lang.path(&page.path));
    let title = escape_html(&page.title);
    let description = escape_html(&page.description);
    let alternates: String = Lang::ALL
        .iter()
        .map(|lang| {
            format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\" />\n    ",
                lang.code(),
                escape_html(&format!("{root}{}", lang.path(&page.path)))
            )
        })
        .collect();
    let locale = match page.lang {
        Lang::Nb => "nb_NO",
        Lang::Nn => "nn_NO",
        Lang::En => "en_GB",
    };
    let head = format!(
        "<title>{title}</title>\n    \
         <meta name=\"description\" content=\"{description}\" />\n    \
         <link rel=\"canonical\" href=\"{url}\" />\n    \
         {alternates}\
         <meta property=\"og:type\" content=\"website\" />\n    \
         <meta property=\"og:site_name\" content=\"{app}\" />\n    \
         <meta property=\"og:locale\" content=\"{locale}\" />\n    \
         <meta property=\"og:title\" content=\"{title}\" />\n    \
         <meta property=\"og:description\" content=\"{description}\" />\n    \
         <meta property=\"og:url\" content=\"{url}\" />\n    \
         <meta property=\"og:image\" content=\"{root}/icon-512.png\" />\n    \
         <meta name=\"twitter:card\" content=\"summary\" />",
        url = escape_html(&url),
        root = escape_html(root),
        app = strings::app_name(),
    );
    let html =
        replace_between(template, "<title>", "</title>", "")?.replacen("<title></title>", &head, 1);
    let html = remove_tag(&html, "<meta name=\"description\"")?;
    let html = replace_between(&html, "<html lang=\"", "\"", page.lang.code())?;
    // A page the browser takes over names its address and the files it was rendered from.
    let takeover = page
        .files
        .as_ref()
        .map(|files| {
            format!(
                " data-page=\"{}\" data-files=\"{}\" data-seals=\"{}\"",
                escape_html(&page.lang.path(&page.path)),
                escape_html(&files.to_attribute()),
                escape_html(&page.seals)
            )
        })
        .unwrap_or_default();
    // A page in nynorsk or English names its texts file, which start.js requests beside the app.
    let texts = strings::fixed::file_name(page.lang)
        .map(|file| format!(" data-texts=\"{}\"", escape_html(&file)))
        .unwrap_or_default();
    // A page in a wasm chunk names its file, which start.js requests beside the app.
    let chunk = page
        .chunk
        .as_ref()
        .map(|file| format!(" data-chunk=\"{}\"", escape_html(file)))
        .unwrap_or_default();
    let body = format!(
        "<div id=\"app\"{takeover}{texts}{chunk}>{}</div>",
        page.body
    );
    replace_between(
        &html,
        "<body>",
        "</body>",
        &format!("\n    {}\n    {body}\n  ", body_notes(page.lang)),
    )
}

/// What a page says outside the app, in its language: the note for readers without
/// JavaScript (pointing to the STYRK pages, where every occupation is linked) and the one
/// shown when the app cannot start. Links are relative to the document's `<base>`.
fn body_notes(lang: Lang) -> String {
    strings::set_lang(lang);
    let styrk = lang.path(routes::STYRK);
    format!(
        "<noscript><p class=\"noscript-note\">{} <a href=\"{}\">{}</a>.</p></noscript>\n    \
         <p id=\"start-failed\" hidden>{}</p>",
        escape_html(strings::noscript_note()),
        escape_html(styrk.trim_start_matches('/')),
        escape_html(strings::nav_styrk()),
        escape_html(strings::start_failed()),
    )
}

fn replace_between(html: &str, open: &str, close: &str, with: &str) -> Result<String, String> {
    let start = html
        .find(open)
        .ok_or_else(|| format!("index.html has no {open}"))?
        + open.len();
    let end = start
        + html[start..]
            .find(close)
            .ok_or_else(|| format!("index.html has no {close}"))?;
    Ok(format!("{}{with}{}", &html[..start], &html[end..]))
}

fn remove_tag(html: &str, start_of_tag: &str) -> Result<String, String> {
    let Some(start) = html.find(start_of_tag) else {
        return Ok(html.to_string());
    };
    let end = start
        + html[start..]
            .find('>')
            .ok_or_else(|| format!("index.html: {start_of_tag} is not closed"))?
        + 1;
    let end = end + html[end..].len() - html[end..].trim_start().len();
    Ok(format!("{}{}", &html[..start], &html[end..]))
}

/// Every prerendered page's address (with its language folder), for search engines.
pub fn sitemap(site_url: &str, paths: &[String]) -> String {
    let root = site_url.trim_end_matches('/');
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for path in paths {
        xml.push_str(&format!(
            "  <url><loc>{}</loc></url>\n",
            escape_html(&format!("{root}{path}"))
        ));
    }
    xml.push_str("</urlset>\n");
    xml
}

/// Every page may be indexed except the embeds (a school's copy of a page); the sitemap is
/// named.
pub fn robots(site_url: &str) -> String {
    let root = site_url.trim_end_matches('/');
    let base = paths::base_path(site_url);
    let embeds: String = Lang::ALL
        .iter()
        .map(|lang| format!("Disallow: {base}{}/embed/\n", lang.prefix()))
        .collect();
    format!("User-agent: *\n{embeds}\nSitemap: {root}/sitemap.xml\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::data::PageSlice;
    use crate::core::catalog::tests::catalog;
    use crate::core::page_slice;
    use crate::core::places::tests::places;
    use crate::core::schools::tests::schools;
    use std::collections::HashMap;
    use std::sync::Arc;

    const TEMPLATE: &str = "<!doctype html>\n<html lang=\"nb\">\n  <head>\n    <meta name=\"description\" content=\"Generisk\" />\n    <base href=\"/\" />\n    <title>Yrkesutforskeren</title>\n  </head>\n  <body>\n    <noscript>Trenger JavaScript.</noscript>\n  </body>\n</html>\n";

    fn preloaded() -> Preloaded {
        let places = places(None);
        let catalog = catalog();
        let details = catalog
            .occupations()
            .iter()
            .map(|o| (o.slug.clone(), Ok(None)))
            .collect::<HashMap<_, _>>();
        let schools = schools();
        let studies = crate::core::studies::tests::fixture();
        let head = page_slice::head(catalog.snapshot());
        let whole = page_slice::Whole {
            snapshot: catalog.snapshot(),
            regions: places.data(),
            schools: schools.data(),
            studies: &studies,
        };
        let page_slices = page_slice::SlicedPage::all(&whole)
            .into_iter()
            .map(|page| {
                let part = page_slice::part(&whole, &page).unwrap();
                let slice = PageSlice::new(page.clone(), head.clone(), part).unwrap();
                (routes::sliced(&page), slice)
            })
            .collect();
        Preloaded {
            catalog: Arc::new(catalog),
            places: Arc::new(places),
            schools: Arc::new(schools),
            studies: Arc::new(crate::core::studies::Studies::new(studies)),
            study_history: Arc::new(crate::core::model::StudyHistoryData {
                content_hash: String::new(),
                schema_version: crate::core::model::SCHEMA_VERSION,
                data_version: "v".into(),
                studies: Default::default(),
            }),
            details,
            page_slices,
        }
    }

    /// The HTML without the comments that mark where the views' parts begin and end (the
    /// browser takes the page over by them).
    fn without_markers(html: &str) -> String {
        html.replace("<!>", "").replace("<!--<() />-->", "")
    }

    fn page(path: &str, title: &str, description: &str, body: &str) -> Page {
        Page {
            lang: Lang::Nb,
            path: path.into(),
            title: title.into(),
            description: description.into(),
            body: body.into(),
            files: None,
            seals: String::new(),
            chunk: None,
        }
    }

    #[test]
    fn pages_become_files_a_static_host_serves_at_their_address() {
        assert_eq!(file_for("/"), "index.html");
        assert_eq!(file_for("/yrke/kokk"), "yrke/kokk.html");
        assert_eq!(file_for("/styrk"), "styrk.html");
        assert_eq!(file_for("/vgs/ELELE1"), "vgs/ELELE1.html");
        assert_eq!(file_for("/nn/"), "nn/index.html");
        assert_eq!(file_for("/en/yrke/kokk"), "en/yrke/kokk.html");
        assert_eq!(shell_file(Lang::Nb), "shell.html");
        assert_eq!(shell_file(Lang::Nn), "nn/shell.html");
    }

    #[test]
    fn each_language_renders_its_own_words_links_and_head() {
        let preloaded = preloaded();
        let nynorsk = render(&preloaded, Lang::Nn, "/yrke/tomrer");
        assert!(
            without_markers(&nynorsk.body).contains("<h1 lang=\"nb\">Tømrer</h1>"),
            "{}",
            nynorsk.body
        );
        assert!(nynorsk.body.contains("Kvar i landet"));
        assert!(
            nynorsk.body.contains("href=\"/nn/styrk\""),
            "links stay in nynorsk"
        );
        assert!(!nynorsk.body.contains("Hvor i landet"));
        assert!(nynorsk.description.contains("arbeidsoppgåver"));

        let english = render(&preloaded, Lang::En, "/styrk");
        assert!(english
            .body
            .contains("STYRK-08: the classification of occupations"));
        assert!(english.body.contains("href=\"/en/fylke\""));
        let html = fill(TEMPLATE, &english, "https://skole.no/").unwrap();
        assert!(html.contains("<html lang=\"en\">"));
        assert!(html.contains("<link rel=\"canonical\" href=\"https://skole.no/en/styrk\" />"));
        for (code, address) in [("nb", "/styrk"), ("nn", "/nn/styrk"), ("en", "/en/styrk")] {
            let link = format!(
                "<link rel=\"alternate\" hreflang=\"{code}\" href=\"https://skole.no{address}\" />"
            );
            assert!(html.contains(&link), "{link}");
        }
        assert!(
            html.contains("<a href=\"en/styrk\">STYRK codes</a>"),
            "the no-script note"
        );
        assert!(html.contains("og:locale\" content=\"en_GB\""));
        strings::set_lang(Lang::Nb);
    }

    #[test]
    fn every_occupation_code_and_list_is_rendered_once() {
        let paths = paths_to_render(&preloaded());
        for path in [
            "/",
            "/styrk",
            "/fylke",
            "/vgs",
            "/om",
            "/yrke/tomrer",
            "/styrk/7115",
        ] {
            assert!(paths.iter().any(|p| p == path), "{path}");
        }
        let unique: std::collections::HashSet<_> = paths.iter().collect();
        assert_eq!(unique.len(), paths.len());
    }

    #[test]
    fn a_rendered_occupation_page_has_its_heading_title_and_no_loading_state() {
        let rendered = render(&preloaded(), Lang::Nb, "/yrke/tomrer");
        assert_eq!(rendered.title, "Tømrer – Yrkesutforskeren");
        assert!(
            without_markers(&rendered.body).contains("<h1 lang=\"nb\">Tømrer</h1>"),
            "{}",
            rendered.body
        );
        assert!(!rendered.body.contains("data-loading"));
        assert!(rendered.description.starts_with("Tømrer: "));
    }

    #[test]
    fn a_page_names_its_address_the_files_its_views_read_and_their_hashes() {
        let data = preloaded();
        let occupation = render(&data, Lang::Nn, "/yrke/tomrer");
        let files = occupation.files.clone().expect("a page is taken over");
        assert_eq!(files.details, vec!["tomrer".to_string()]);
        assert!(
            !files.places,
            "the occupation page reads the region data only once a county is chosen"
        );
        assert!(!files.study_history);
        assert_eq!(
            files.slice,
            Some(crate::core::page_slice::SlicedPage::Occupation(
                "tomrer".into()
            )),
            "read from its slice"
        );
        let html = fill(TEMPLATE, &occupation, "https://skole.no/").unwrap();
        let snapshot = &data.catalog.snapshot().content_hash;
        let slice = &data.page_slices["/yrke/tomrer"]
            .catalog
            .snapshot()
            .content_hash;
        assert_eq!(
            occupation.seals,
            format!("{slice} -"),
            "the slice's files, and no texts for tomrer"
        );
        // A nynorsk page names its texts file too.
        assert!(html.contains(&format!(
            "<div id=\"app\" data-page=\"/nn/yrke/tomrer\" data-files=\"{}\" data-seals=\"{}\" \
             data-texts=\"{}\">",
            files.to_attribute(),
            occupation.seals,
            strings::fixed::file_name(Lang::Nn).unwrap()
        )));
        // A page in a wasm chunk names its file, which start.js requests beside the app.
        let chunked = Page {
            chunk: Some("wasm-split-occupation-0123456789abcdef.wasm".into()),
            ..occupation
        };
        let html = fill(TEMPLATE, &chunked, "https://skole.no/").unwrap();
        assert!(html.contains(&format!(
            "data-texts=\"{}\" data-chunk=\"wasm-split-occupation-0123456789abcdef.wasm\">",
            strings::fixed::file_name(Lang::Nn).unwrap()
        )));
        // Each page records its own reads: the counties read the region data, the list of
        // codes reads no occupation's texts.
        let counties = render(&data, Lang::Nb, "/fylke");
        assert!(counties.files.expect("a page is taken over").places);
        let places = &data.places.data().content_hash;
        assert!(counties.seals.starts_with(&format!("{snapshot} {places}")));
        assert_eq!(
            render(&data, Lang::Nb, "/styrk").files,
            Some(Default::default())
        );
        // A code's page reads its own slice.
        assert_eq!(
            render(&data, Lang::Nb, "/styrk/2511").files,
            Some(PageFiles {
                slice: Some(crate::core::page_slice::SlicedPage::Code("2511".into())),
                ..Default::default()
            })
        );
        // The frame is never taken over.
        let shell = fill(TEMPLATE, &render_shell(Lang::Nb), "https://skole.no/").unwrap();
        assert!(shell.contains("<div id=\"app\"><"));
        let shell = fill(TEMPLATE, &render_shell(Lang::En), "https://skole.no/").unwrap();
        assert!(shell.contains(&format!(
            "<div id=\"app\" data-texts=\"texts/en-{:016x}.json\"><",
            strings::fixed::VERSION
        )));
    }

    #[test]
    fn the_shell_is_the_frame_with_a_loading_state() {
        let shell = render_shell(Lang::Nb);
        assert!(shell.body.contains("site-header"));
        assert!(shell.body.contains("data-loading"));
        assert!(
            !shell.body.contains("aria-current=\"page\""),
            "no page is current"
        );
        assert_eq!(shell.title, strings::app_name());
    }

    #[test]
    fn the_template_gets_the_pages_head_and_body_with_data_escaped() {
        let html = fill(
            TEMPLATE,
            &page(
                "/yrke/a",
                "A & B – Yrkesutforskeren",
                "Om \"A\" <b>",
                "<main>x</main>",
            ),
            "https://skole.no/yrker/",
        )
        .unwrap();
        assert!(html.contains("<title>A &amp; B – Yrkesutforskeren</title>"));
        assert!(
            html.contains("<meta name=\"description\" content=\"Om &quot;A&quot; &lt;b&gt;\" />")
        );
        assert!(
            !html.contains("Generisk"),
            "the generic description is replaced"
        );
        assert!(
            html.contains("<meta property=\"og:url\" content=\"https://skole.no/yrker/yrke/a\" />")
        );
        assert!(html.contains("<link rel=\"canonical\" href=\"https://skole.no/yrker/yrke/a\" />"));
        assert!(html.contains("<div id=\"app\"><main>x</main></div>"));
        assert!(html.contains("<html lang=\"nb\">"));
        assert!(
            html.contains("trenger JavaScript"),
            "the no-script note in bokmål"
        );
        assert!(html.contains("<p id=\"start-failed\" hidden>"));
        assert_eq!(html.matches("<title>").count(), 1);
    }

    #[test]
    fn a_template_without_a_title_or_body_is_an_error_not_a_broken_page() {
        let p = page("/", "T", "D", "");
        assert!(fill("<html><body></body></html>", &p, "https://x.no/").is_err());
        assert!(fill("<html><title>x</title></html>", &p, "https://x.no/").is_err());
    }

    #[test]
    fn long_descriptions_are_cut_at_a_word() {
        let long = "ord ".repeat(80);
        let short = shorten(long.trim());
        assert!(short.chars().count() <= DESCRIPTION_CHARS);
        assert!(short.ends_with("ord…"));
        assert_eq!(shorten("Kort."), "Kort.");
    }

    #[test]
    fn sitemap_and_robots_name_the_sites_addresses() {
        let xml = sitemap("https://skole.no/yrker/", &["/".into(), "/yrke/a&b".into()]);
        assert!(xml.contains("<loc>https://skole.no/yrker/</loc>"));
        assert!(xml.contains("<loc>https://skole.no/yrker/yrke/a&amp;b</loc>"));
        let robots = robots("https://skole.no/yrker/");
        assert!(robots.contains("Disallow: /yrker/embed/"));
        assert!(robots.contains("Disallow: /yrker/nn/embed/"));
        assert!(robots.contains("Sitemap: https://skole.no/yrker/sitemap.xml"));
    }
}
