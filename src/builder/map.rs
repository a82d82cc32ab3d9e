//! The county map: Kartverket's county polygons (GeoJSON, lon/lat) projected with a transverse
//! Mercator centred on 15° E (the projection of Norway's official UTM zone 33), scaled to a
//! fixed height, simplified (Douglas–Peucker, islands smaller than a few pixels dropped) and
//! written as compact SVG path data with whole-pixel relative steps.

use crate::builder::error::{BuildError, BuildResult};
use crate::builder::input::read_json;
use crate::core::model::{CountyMap, CountyShape, Region};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

/// Height of the map in SVG units; the width follows from the country's shape.
const HEIGHT: f64 = 900.0;
/// Points closer than this (SVG units) to the simplified line are dropped.
const TOLERANCE: f64 = 0.9;
/// Rings with a smaller area (SVG units squared) are dropped, except a county's largest.
const MIN_AREA: f64 = 12.0;
const CENTRAL_MERIDIAN: f64 = 15.0;

#[derive(Deserialize)]
struct FeatureCollection {
    features: Vec<Feature>,
}

#[derive(Deserialize)]
struct Feature {
    properties: BTreeMap<String, serde_json::Value>,
    geometry: Geometry,
}

#[derive(Deserialize)]
#[serde(tag = "type", content = "coordinates")]
enum Geometry {
    Polygon(Vec<Vec<[f64; 2]>>),
    MultiPolygon(Vec<Vec<Vec<[f64; 2]>>>),
}

type Ring = Vec<(f64, f64)>;

fn project(lon: f64, lat: f64) -> (f64, f64) {
    let (phi, dlambda) = (lat.to_radians(), (lon - CENTRAL_MERIDIAN).to_radians());
    let b = phi.cos() * dlambda.sin();
    let x = 0.5 * ((1.0 + b) / (1.0 - b)).ln();
    let y = phi.tan().atan2(dlambda.cos());
    (x, -y) // SVG's y grows downwards
}

pub fn read(path: &Path, counties: &[Region]) -> BuildResult<CountyMap> {
    let collection: FeatureCollection = read_json(path)?;
    let mut shapes: Vec<(String, Vec<Ring>)> = Vec::new();
    for (index, feature) in collection.features.into_iter().enumerate() {
        let code = feature
            .properties
            .get("fylkesnummer")
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string();
        if !counties.iter().any(|c| c.code == code) {
            return Err(BuildError::at(
                path,
                format!("features[{index}]"),
                format!("fylkesnummer \"{code}\" is not a 2024 county"),
            ));
        }
        let polygons = match feature.geometry {
            Geometry::Polygon(rings) => vec![rings],
            Geometry::MultiPolygon(polygons) => polygons,
        };
        let rings = polygons
            .into_iter()
            .flatten()
            .map(|ring| ring.iter().map(|[lon, lat]| project(*lon, *lat)).collect())
            .collect();
        shapes.push((code, rings));
    }
    if let Some(missing) = counties
        .iter()
        .find(|c| !shapes.iter().any(|(code, _)| *code == c.code))
    {
        return Err(BuildError::new(
            path,
            format!("county {} {} has no shape", missing.code, missing.name),
        ));
    }
    Ok(fit(shapes))
}

/// Scales projected shapes into the map's box and writes their paths.
fn fit(shapes: Vec<(String, Vec<Ring>)>) -> CountyMap {
    let points = || shapes.iter().flat_map(|(_, rings)| rings.iter().flatten());
    let min_x = points().map(|p| p.0).fold(f64::INFINITY, f64::min);
    let max_x = points().map(|p| p.0).fold(f64::NEG_INFINITY, f64::max);
    let min_y = points().map(|p| p.1).fold(f64::INFINITY, f64::min);
    let max_y = points().map(|p| p.1).fold(f64::NEG_INFINITY, f64::max);
    let scale = HEIGHT / (max_y - min_y).max(f64::EPSILON);
    let width = ((max_x - min_x) * scale).ceil();
    let mut counties: Vec<CountyShape> = shapes
        .into_iter()
        .map(|(county, rings)| {
            let rings: Vec<Ring> = rings
                .into_iter()
                .map(|ring| {
                    ring.into_iter()
                        .map(|(x, y)| ((x - min_x) * scale, (y - min_y) * scale))
                        .collect()
                })
                .collect();
            CountyShape {
                county,
                path: path_data(&rings),
            }
        })
        .collect();
    counties.sort_by(|a, b| a.county.cmp(&b.county));
    CountyMap {
        width: width as u32,
        height: HEIGHT as u32,
        counties,
    }
}

fn area(ring: &[(f64, f64)]) -> f64 {
    let mut sum = 0.0;
    for (i, a) in ring.iter().enumerate() {
        let b = ring[(i + 1) % ring.len()];
        sum += a.0 * b.1 - b.0 * a.1;
    }
    (sum / 2.0).abs()
}

fn distance_to_segment(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let length = dx * dx + dy * dy;
    if length == 0.0 {
        return ((p.0 - a.0).powi(2) + (p.1 - a.1).powi(2)).sqrt();
    }
    let t = (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / length).clamp(0.0, 1.0);
    ((p.0 - a.0 - t * dx).powi(2) + (p.1 - a.1 - t * dy).powi(2)).sqrt()
}

/// Douglas–Peucker on an open line; keeps the first and last point.
pub fn simplify(points: &[(f64, f64)], tolerance: f64) -> Vec<(f64, f64)> {
    if points.len() < 3 {
        return points.to_vec();
    }
    let mut keep = vec![false; points.len()];
    keep[0] = true;
    keep[points.len() - 1] = true;
    let mut stack = vec![(0, points.len() - 1)];
    while let Some((first, last)) = stack.pop() {
        let mut farthest = (0.0, first);
        for i in first + 1..last {
            let d = distance_to_segment(points[i], points[first], points[last]);
            if d > farthest.0 {
                farthest = (d, i);
            }
        }
        if farthest.0 > tolerance {
            keep[farthest.1] = true;
            stack.push((first, farthest.1));
            stack.push((farthest.1, last));
        }
    }
    points
        .iter()
        .zip(keep)
        .filter_map(|(p, k)| k.then_some(*p))
        .collect()
}

/// SVG path data: absolute move to each ring's start, then whole-unit relative line steps.
fn path_data(rings: &[Ring]) -> String {
    let largest = rings.iter().map(|r| area(r)).fold(0.0f64, f64::max);
    let mut out = String::new();
    for ring in rings {
        let ring_area = area(ring);
        if ring_area < MIN_AREA && ring_area < largest {
            continue;
        }
        let simplified = simplify(ring, TOLERANCE);
        let mut at = (
            simplified[0].0.round() as i64,
            simplified[0].1.round() as i64,
        );
        let _ = write!(out, "M{} {}", at.0, at.1);
        let mut steps = 0;
        for point in &simplified[1..] {
            let next = (point.0.round() as i64, point.1.round() as i64);
            let (dx, dy) = (next.0 - at.0, next.1 - at.1);
            if dx == 0 && dy == 0 {
                continue;
            }
            let sep = if dx < 0 { "" } else { " " };
            let sep_y = if dy < 0 { "" } else { " " };
            if steps == 0 {
                let _ = write!(out, "l{dx}{sep_y}{dy}");
            } else {
                let _ = write!(out, "{sep}{dx}{sep_y}{dy}");
            }
            steps += 1;
            at = next;
        }
        out.push('z');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simplification_keeps_corners_and_drops_points_on_a_line() {
        let line = [(0.0, 0.0), (1.0, 0.01), (2.0, 0.0), (2.0, 5.0)];
        assert_eq!(simplify(&line, 0.5), [(0.0, 0.0), (2.0, 0.0), (2.0, 5.0)]);
    }

    #[test]
    fn writes_relative_whole_unit_paths_and_drops_specks() {
        let square: Ring = vec![
            (10.0, 10.0),
            (20.0, 10.0),
            (20.0, 20.0),
            (10.0, 20.0),
            (10.0, 10.0),
        ];
        let speck: Ring = vec![(50.0, 50.0), (51.0, 50.0), (51.0, 51.0), (50.0, 50.0)];
        assert_eq!(
            path_data(&[square.clone(), speck]),
            "M10 10l10 0 0 10-10 0 0-10z"
        );
        // A county that is only a speck keeps it.
        let tiny: Ring = vec![(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 0.0)];
        assert!(!path_data(&[tiny]).is_empty());
    }

    #[test]
    fn north_is_up_and_the_map_fits_its_box() {
        let shape = |lon: f64, lat: f64| -> Vec<Ring> {
            vec![vec![
                project(lon, lat),
                project(lon + 1.0, lat),
                project(lon + 1.0, lat + 1.0),
                project(lon, lat),
            ]]
        };
        let map = fit(vec![
            ("03".into(), shape(10.0, 59.0)),
            ("56".into(), shape(25.0, 70.0)),
        ]);
        assert_eq!(map.height, 900);
        let start_y = |code: &str| -> i64 {
            let path = &map.counties.iter().find(|c| c.county == code).unwrap().path;
            path[1..].split(['l', ' ']).nth(1).unwrap().parse().unwrap()
        };
        assert!(
            start_y("56") < start_y("03"),
            "Finnmark is drawn above Oslo"
        );
    }
}
