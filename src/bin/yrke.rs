//! `yrke search "<query>" [--snapshot DIR]`: the app's search engine on the command line, for
//! checking search quality without a browser. Prints the top 10 as one JSON object per line.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::PathBuf;
    use std::process::ExitCode;
    use yrkesutforskeren::builder::DEFAULT_OUT_DIR;
    use yrkesutforskeren::core::catalog::Catalog;
    use yrkesutforskeren::core::fulltext::{FullTextFile, FULL_TEXT_FILE};
    use yrkesutforskeren::core::model::{SearchData, SEARCH_FILE, SNAPSHOT_FILE};

    const USAGE: &str = "usage: yrke search \"<query>\" [--snapshot DIR] [--limit N]\n  \
        --snapshot  folder holding snapshot.json (default: build/snapshot)";
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut query = None;
    let mut dir = PathBuf::from(DEFAULT_OUT_DIR);
    let mut limit = 10usize;
    let mut rest = args.iter();
    match rest.next().map(String::as_str) {
        Some("search") => {}
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    }
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--snapshot" => match rest.next() {
                Some(value) => dir = PathBuf::from(value),
                None => {
                    eprintln!("{USAGE}");
                    return ExitCode::from(2);
                }
            },
            "--limit" => match rest.next().and_then(|v| v.parse().ok()) {
                Some(value) => limit = value,
                None => {
                    eprintln!("{USAGE}");
                    return ExitCode::from(2);
                }
            },
            value if query.is_none() => query = Some(value.to_string()),
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let Some(query) = query else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let path = dir.join(SNAPSHOT_FILE);
    // The same checks as the app: content hash, schema version, content.
    let catalog = match std::fs::read_to_string(&path) {
        Ok(text) => match Catalog::from_json(&text) {
            Ok(catalog) => catalog,
            Err(error) => {
                eprintln!("error: {}: {error}", path.display());
                return ExitCode::FAILURE;
            }
        },
        Err(error) => {
            eprintln!(
                "error: {}: {error} (run `make snapshot` first)",
                path.display()
            );
            return ExitCode::FAILURE;
        }
    };
    // The files only search reads, checked and attached as the app does. Without
    // `search.json` search answers from names and codes; without `fulltext.json`, without the
    // pages' texts.
    let search_path = dir.join(SEARCH_FILE);
    let attached = read_sealed::<SearchData>(&search_path)
        .and_then(|data| catalog.attach_search_data(data).map_err(|e| e.to_string()));
    if let Err(error) = attached {
        eprintln!(
            "warning: {}: {error}; searching names and codes only",
            search_path.display()
        );
        catalog.search_without_search_data();
    }
    let full_text_path = dir.join(FULL_TEXT_FILE);
    let attached = read_sealed::<FullTextFile>(&full_text_path)
        .and_then(|file| catalog.attach_full_text(file).map_err(|e| e.to_string()));
    if let Err(error) = attached {
        eprintln!(
            "warning: {}: {error}; searching without the pages' texts",
            full_text_path.display()
        );
    }
    let Some(results) = catalog.search(&query) else {
        eprintln!("error: search is not ready");
        return ExitCode::FAILURE;
    };
    for (rank, hit) in results.hits.iter().take(limit).enumerate() {
        let occupation = &catalog.occupations()[hit.position];
        let line = serde_json::json!({
            "rank": rank + 1,
            "slug": occupation.slug,
            "title": occupation.title,
            "score": (hit.score * 100.0).round() / 100.0,
            "from_text": hit.from_text,
            "borrowed": hit.borrowed,
            "answer": format!("{:?}", results.answer).to_lowercase(),
        });
        println!("{line}");
    }
    ExitCode::SUCCESS
}

/// A sealed snapshot file, read and checked as the app checks it.
#[cfg(not(target_arch = "wasm32"))]
fn read_sealed<T: serde::de::DeserializeOwned>(path: &std::path::Path) -> Result<T, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    yrkesutforskeren::core::catalog::decode_checked(&text).map_err(|e| e.to_string())
}

/// Reads files, which a browser cannot: on wasm this binary does nothing.
#[cfg(target_arch = "wasm32")]
fn main() {}
