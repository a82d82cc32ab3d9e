//! `yrke search` end to end: the binary run as a person runs it, on a snapshot the builder
//! wrote, and with the mistakes a person makes (no query, no snapshot, a damaged one).

mod real_data;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;
use yrkesutforskeren::builder;

fn yrke(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_yrke"))
        .args(args)
        .output()
        .expect("the yrke binary runs")
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("yrke-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The real snapshot, written by the builder as `make snapshot` writes it.
fn real_snapshot() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let out = scratch("real").join("snapshot");
        builder::write(real_data::real_build(), &out).expect("the snapshot is written");
        out
    })
}

/// The printed lines, one JSON object each.
fn hits(output: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is JSON"))
        .collect()
}

#[test]
#[ignore = "real data: make test runs it (cargo test -- --include-ignored)"]
fn search_prints_the_top_hits_as_json_lines() {
    let dir = real_snapshot().to_str().unwrap();
    let output = yrke(&["search", "sykepleir", "--snapshot", dir]);
    assert!(output.status.success(), "{output:?}");
    let found = hits(&output);
    assert_eq!(found.len(), 10, "ten by default");
    assert_eq!(found[0]["slug"], "sykepleier");
    assert_eq!(found[0]["title"], "Sykepleier");
    assert_eq!(found[0]["rank"], 1);
    assert!(found
        .iter()
        .enumerate()
        .all(|(i, hit)| hit["rank"] == i + 1));

    let output = yrke(&["search", "kokk", "--snapshot", dir, "--limit", "3"]);
    let found = hits(&output);
    assert_eq!(found.len(), 3);
    assert_eq!(found[0]["slug"], "kokk");
    // Without the full text it searches without the pages' texts, and says so.
    std::fs::remove_file(real_snapshot().join("fulltext.json")).unwrap();
    let output = yrke(&["search", "kokk", "--snapshot", dir, "--limit", "3"]);
    assert!(output.status.success());
    assert_eq!(hits(&output)[0]["slug"], "kokk");
    let warned = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(
        warned.contains("searching without the pages' texts"),
        "{warned}"
    );
    // Without search.json too it searches names and codes, and says so.
    std::fs::remove_file(real_snapshot().join("search.json")).unwrap();
    let output = yrke(&["search", "kokk", "--snapshot", dir, "--limit", "3"]);
    assert!(output.status.success());
    assert_eq!(hits(&output)[0]["slug"], "kokk");
    let warned = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(warned.contains("search.json"), "{warned}");
    assert!(
        warned.contains("searching names and codes only"),
        "{warned}"
    );
}

#[test]
fn a_missing_query_or_option_value_prints_the_usage() {
    for args in [
        &[][..],
        &["search"][..],
        &["find", "kokk"][..],
        &["search", "kokk", "--limit"][..],
        &["search", "kokk", "--limit", "ti"][..],
        &["search", "kokk", "--snapshot"][..],
        &["search", "kokk", "baker"][..],
    ] {
        let output = yrke(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&output.stderr).starts_with("usage: yrke search"),
            "{args:?}"
        );
        assert!(output.stdout.is_empty());
    }
}

#[test]
fn a_missing_or_damaged_snapshot_is_named() {
    let dir = scratch("broken");
    let output = yrke(&["search", "kokk", "--snapshot", dir.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(message.contains("snapshot.json"), "{message}");
    assert!(message.contains("make snapshot"), "{message}");

    std::fs::write(dir.join("snapshot.json"), "{\"content_hash\": \"nope\"").unwrap();
    let output = yrke(&["search", "kokk", "--snapshot", dir.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(message.starts_with("error: "), "{message}");
    assert!(message.contains("snapshot.json"), "{message}");
    assert!(output.stdout.is_empty());
}
