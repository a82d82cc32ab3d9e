//! Native search benchmark: index build time (names index, and decoding the full-text file)
//! and query latency over the quality set (criterion), then p50/p95 of single queries with
//! the full text, as the app searches once it has loaded; decoding `snapshot.json` in one go and
//! in steps. Reads build/snapshot.

use criterion::{black_box, Criterion};
use std::time::{Duration, Instant};
use yrkesutforskeren::core::catalog::{decode_checked, Catalog};
use yrkesutforskeren::core::fulltext::{FullTextFile, FullTextIndex};
use yrkesutforskeren::core::model::{SearchData, Snapshot};
use yrkesutforskeren::core::search::{Engine, SearchIndex};
use yrkesutforskeren::core::snapshot_steps::SnapshotSteps;

fn load() -> Option<(Catalog, SearchData, String, Vec<String>)> {
    let root = env!("CARGO_MANIFEST_DIR");
    let text = std::fs::read_to_string(format!("{root}/build/snapshot/snapshot.json")).ok()?;
    let catalog = Catalog::from_json(&text).ok()?;
    let search_data: SearchData = decode_checked(
        &std::fs::read_to_string(format!("{root}/build/snapshot/search.json")).ok()?,
    )
    .ok()?;
    catalog.attach_search_data(search_data.clone()).ok()?;
    let full_text = std::fs::read_to_string(format!("{root}/build/snapshot/fulltext.json")).ok()?;
    let quality: Vec<serde_json::Value> = serde_json::from_str(
        &std::fs::read_to_string(format!("{root}/tests/search/quality.json")).ok()?,
    )
    .ok()?;
    let queries = quality
        .iter()
        .filter_map(|q| q["query"].as_str().map(str::to_string))
        .collect();
    Some((catalog, search_data, full_text, queries))
}

fn decode_full_text(catalog: &Catalog, json: &str) -> FullTextIndex {
    let file: FullTextFile = decode_checked(json).expect("fulltext.json decodes");
    let snapshot = catalog.snapshot();
    FullTextIndex::from_file(file, &snapshot.data_version, snapshot.occupations.len())
        .expect("fulltext.json belongs to the snapshot")
}

fn build_index(catalog: &Catalog, search_data: &SearchData) -> SearchIndex {
    catalog.build_search_index(&Engine, Some(search_data))
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 * p) as usize).min(sorted.len() - 1)]
}

fn main() {
    let Some((catalog, search_data, full_text_json, queries)) = load() else {
        eprintln!("no snapshot in build/snapshot: run `make snapshot` first");
        return;
    };
    let mut criterion = Criterion::default()
        .configure_from_args()
        .sample_size(20)
        .measurement_time(Duration::from_secs(3));
    criterion.bench_function("search/index build", |b| {
        b.iter(|| black_box(build_index(&catalog, &search_data)))
    });
    criterion.bench_function("search/full-text decode", |b| {
        b.iter(|| black_box(decode_full_text(&catalog, &full_text_json)))
    });
    let index = build_index(&catalog, &search_data);
    let full_text = decode_full_text(&catalog, &full_text_json);
    criterion.bench_function("search/all quality-set queries", |b| {
        b.iter(|| {
            for q in &queries {
                black_box(index.find(q, Some(&full_text)));
            }
        })
    });
    criterion.final_summary();

    let mut times = Vec::new();
    for _ in 0..20 {
        for q in &queries {
            let start = Instant::now();
            black_box(index.find(q, Some(&full_text)));
            times.push(start.elapsed());
        }
    }
    times.sort();
    let builds: Vec<Duration> = (0..10)
        .map(|_| {
            let start = Instant::now();
            black_box(build_index(&catalog, &search_data));
            start.elapsed()
        })
        .collect();
    let mut builds = builds;
    builds.sort();
    let mut decodes: Vec<Duration> = (0..10)
        .map(|_| {
            let start = Instant::now();
            black_box(decode_full_text(&catalog, &full_text_json));
            start.elapsed()
        })
        .collect();
    decodes.sort();
    // Loading: `snapshot.json` in one go, and a part at a time as the browser decodes it
    // (the longest step is what a slow laptop waits for at once).
    let snapshot_json = std::fs::read_to_string(format!(
        "{}/build/snapshot/snapshot.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("snapshot.json");
    let mut whole: Vec<Duration> = (0..10)
        .map(|_| {
            let start = Instant::now();
            black_box(decode_checked::<Snapshot>(&snapshot_json).expect("decodes"));
            start.elapsed()
        })
        .collect();
    whole.sort();
    let mut longest_steps = Vec::new();
    let mut step_counts = Vec::new();
    for _ in 0..10 {
        let start = Instant::now();
        let mut steps = SnapshotSteps::start(&snapshot_json).expect("sealed");
        let mut longest = start.elapsed();
        let mut count = 1;
        loop {
            let start = Instant::now();
            let more = steps.step().expect("decodes");
            longest = longest.max(start.elapsed());
            count += 1;
            if !more {
                break;
            }
        }
        black_box(steps.finish().expect("decodes"));
        longest_steps.push(longest);
        step_counts.push(count);
    }
    longest_steps.sort();
    println!(
        "native: snapshot.json decode in one go median {:.2} ms; in {} steps, longest step median {:.2} ms",
        percentile(&whole, 0.5).as_secs_f64() * 1e3,
        step_counts[0],
        percentile(&longest_steps, 0.5).as_secs_f64() * 1e3,
    );
    // The names index as the browser builds it, a part per task.
    let mut longest_index_steps = Vec::new();
    let mut index_step_count = 0;
    for _ in 0..10 {
        let start = Instant::now();
        let mut steps = catalog
            .search_index_steps(&Engine)
            .expect("search.json attached");
        let mut longest = start.elapsed();
        index_step_count = 0;
        loop {
            let start = Instant::now();
            let more = steps.step();
            longest = longest.max(start.elapsed());
            index_step_count += 1;
            if !more {
                break;
            }
        }
        black_box(steps.finish());
        longest_index_steps.push(longest);
    }
    longest_index_steps.sort();
    println!(
        "native: names index in {} steps, longest step median {:.2} ms",
        index_step_count,
        percentile(&longest_index_steps, 0.5).as_secs_f64() * 1e3,
    );
    println!(
        "native: {} index words, {} full-text terms; index build median {:.2} ms, full-text decode median {:.2} ms; query over {} queries x 20: p50 {:.1} µs, p95 {:.1} µs, max {:.1} µs",
        index.word_count(),
        full_text.term_count(),
        percentile(&builds, 0.5).as_secs_f64() * 1e3,
        percentile(&decodes, 0.5).as_secs_f64() * 1e3,
        queries.len(),
        percentile(&times, 0.5).as_secs_f64() * 1e6,
        percentile(&times, 0.95).as_secs_f64() * 1e6,
        times.last().map(|d| d.as_secs_f64() * 1e6).unwrap_or_default(),
    );
}
