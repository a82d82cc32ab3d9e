//! Native search benchmark: index build time and query latency over the quality set
//! (criterion), then p50/p95 of single queries. Reads the snapshot from build/snapshot.

use criterion::{black_box, Criterion};
use std::time::{Duration, Instant};
use yrkesutforskeren::core::catalog::Catalog;
use yrkesutforskeren::core::search::SearchIndex;

fn load() -> Option<(Catalog, Vec<String>)> {
    let root = env!("CARGO_MANIFEST_DIR");
    let text = std::fs::read_to_string(format!("{root}/build/snapshot/snapshot.json")).ok()?;
    let catalog = Catalog::from_json(&text).ok()?;
    let quality: Vec<serde_json::Value> = serde_json::from_str(
        &std::fs::read_to_string(format!("{root}/tests/search/quality.json")).ok()?,
    )
    .ok()?;
    let queries = quality
        .iter()
        .filter_map(|q| q["query"].as_str().map(str::to_string))
        .collect();
    Some((catalog, queries))
}

fn build_index(catalog: &Catalog) -> SearchIndex {
    let order: Vec<usize> = (0..catalog.occupations().len())
        .map(|i| catalog.alphabetical_rank(i))
        .collect();
    SearchIndex::build(catalog.occupations(), |c| catalog.code(c), &order)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 * p) as usize).min(sorted.len() - 1)]
}

fn main() {
    let Some((catalog, queries)) = load() else {
        eprintln!("no snapshot in build/snapshot: run `make snapshot` first");
        return;
    };
    let mut criterion = Criterion::default()
        .configure_from_args()
        .sample_size(20)
        .measurement_time(Duration::from_secs(3));
    criterion.bench_function("search/index build", |b| {
        b.iter(|| black_box(build_index(&catalog)))
    });
    let index = build_index(&catalog);
    criterion.bench_function("search/all quality-set queries", |b| {
        b.iter(|| {
            for q in &queries {
                black_box(index.search(q));
            }
        })
    });
    criterion.final_summary();

    let mut times = Vec::new();
    for _ in 0..20 {
        for q in &queries {
            let start = Instant::now();
            black_box(index.search(q));
            times.push(start.elapsed());
        }
    }
    times.sort();
    let builds: Vec<Duration> = (0..10)
        .map(|_| {
            let start = Instant::now();
            black_box(build_index(&catalog));
            start.elapsed()
        })
        .collect();
    let mut builds = builds;
    builds.sort();
    println!(
        "native: {} index words; index build median {:.2} ms; query over {} queries x 20: p50 {:.1} µs, p95 {:.1} µs, max {:.1} µs",
        index.word_count(),
        percentile(&builds, 0.5).as_secs_f64() * 1e3,
        queries.len(),
        percentile(&times, 0.5).as_secs_f64() * 1e6,
        percentile(&times, 0.95).as_secs_f64() * 1e6,
        times.last().map(|d| d.as_secs_f64() * 1e6).unwrap_or_default(),
    );
}
