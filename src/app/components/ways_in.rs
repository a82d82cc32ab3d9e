//! Ways into the list for a pupil who does not know job titles yet: NAV's areas and the Vg1
//! programme areas, each with how many occupations and their salary spread.

use crate::app::components::figures::salary_spread_summary;
use crate::app::components::Link;
use crate::app::routes;
use crate::app::strings;
use crate::core::catalog::Catalog;
use crate::core::explore::Filters;
use crate::core::programmes::short_name;
use leptos::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;

/// One tile: a name linking on, and how many occupations with their salary spread.
fn tile(catalog: &Catalog, href: String, name: String, positions: &[usize]) -> impl IntoView {
    let facts = format!(
        "{} · {}",
        strings::occupations_count(positions.len()),
        salary_spread_summary(catalog, positions)
    );
    view! {
        <li class="tile">
            <Link href=href><span lang="nb">{name}</span></Link>
            <span class="note">{facts}</span>
        </li>
    }
}

/// Two folded lists of tiles: "Yrker etter område" (NAV level 1, opening the list filtered)
/// and "Yrker etter Vg1-program" (opening `/vgs/<code>`). `placement` names where it stands
/// ("topp" above the list on wide screens, "bunn" below it on phones, where the first screen
/// belongs to the search and the first results).
#[component]
pub fn WaysIn(catalog: Arc<Catalog>, placement: &'static str) -> impl IntoView {
    let mut areas: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (position, facet) in catalog.facets().iter().enumerate() {
        for (level1, _) in &facet.nav {
            let list = areas.entry(level1.as_str()).or_default();
            if list.last() != Some(&position) {
                list.push(position);
            }
        }
    }
    let area_count = areas.len();
    let area_tiles = areas
        .into_iter()
        .map(|(name, positions)| {
            let href = routes::explorer(
                &Filters {
                    nav_level1: Some(name.to_string()),
                    ..Filters::default()
                }
                .to_query(),
            );
            tile(&catalog, href, name.to_string(), &positions)
        })
        .collect_view();
    let vg1 = catalog.vg1_programmes();
    let vg1_count = vg1.len();
    let vg1_tiles = vg1
        .into_iter()
        .map(|programme| {
            let positions = catalog.programme_occupations(&programme.code);
            let href = routes::programme(&programme.code);
            tile(
                &catalog,
                href,
                short_name(programme).to_string(),
                &positions,
            )
        })
        .collect_view();
    view! {
        <section class=format!("ways-in ways-in-{placement}") aria-labelledby=format!("veier-inn-{placement}")>
            <h2 id=format!("veier-inn-{placement}") class="visually-hidden">{strings::ways_in_heading()}</h2>
            <details>
                <summary>{strings::ways_in_areas(area_count)}</summary>
                <ul class="tiles">{area_tiles}</ul>
            </details>
            <details>
                <summary>{strings::ways_in_vg1(vg1_count)}</summary>
                <ul class="tiles">{vg1_tiles}</ul>
                <p><Link href=routes::VGS>{strings::vgs_all_link()}</Link></p>
            </details>
        </section>
    }
}
