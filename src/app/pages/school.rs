//! `/skole/<orgnr>`: an upper-secondary school, where it is, its programmes with the points it
//! took to get in year by year, and what each programme leads to.

use crate::app::components::folded::Folded;
use crate::app::components::later::LaterPart;
use crate::app::components::schools::{pupil_points, CountyNotes, PointsCalculator, TrendChart};
use crate::app::components::{fact_row, set_title, with_schools, ExternalLink, Link};
use crate::app::pages::not_found::NotFound;
use crate::app::routes;
use crate::app::strings;
use crate::core::catalog::Catalog;
use crate::core::model::{School, SchoolProgramme};
use crate::core::schools::{is_earlier_offer, latest, newest_year, points_by_year, reach, Schools};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use std::collections::BTreeMap;
use std::sync::Arc;

#[component]
pub fn SchoolPage() -> impl IntoView {
    let params = use_params_map();
    let number = Memo::new(move |_| params.read().get("orgnr").unwrap_or_default());
    with_schools(move |catalog, schools| {
        let number: String = number
            .get()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        match schools.school(&number).cloned() {
            Some(school) => {
                set_title(&school.name);
                view! { <SchoolView catalog=catalog schools=schools.clone() school=school/> }
                    .into_any()
            }
            None => {
                let message = if crate::core::orgnr::is_valid(&number) {
                    strings::school_not_found()
                } else {
                    strings::orgnr_invalid()
                };
                let suggestions = vec![(routes::VGS.to_string(), strings::nav_vgs().to_string())];
                view! { <NotFound message=message suggestions=suggestions/> }.into_any()
            }
        }
    })
}

#[component]
fn SchoolView(catalog: Arc<Catalog>, schools: Arc<Schools>, school: School) -> impl IntoView {
    let county_name = catalog.region_name(&school.county);
    let municipality = school
        .municipality
        .as_deref()
        .map(|m| catalog.region_name(m));
    // What is below the facts is built with its part (`LaterPart`), in a task of its own.
    let programmes = {
        let (catalog, schools, school) = (catalog.clone(), schools.clone(), school.clone());
        move || programmes_by_level(catalog, schools, &school)
    };
    let notes = {
        let (schools, county, county_name) =
            (schools.clone(), school.county.clone(), county_name.clone());
        move || {
            schools.county(&county).cloned().map(
                |admission| view! { <CountyNotes admission=admission county_name=county_name/> },
            )
        }
    };
    view! {
        <article class="school">
            <h1 lang="nb">{school.name.clone()}</h1>
            <p class="lead">{strings::school_in(municipality.as_deref(), &county_name)}</p>
            <dl class="facts">
                {fact_row(strings::school_facts_municipality(), municipality.clone(), school.municipality.as_deref().map(routes::municipality))}
                {fact_row(strings::school_facts_county(), Some(county_name.clone()), Some(routes::county(&school.county)))}
                {fact_row(strings::school_facts_address(), Some(school.address.clone()), None)}
                {fact_row(strings::school_facts_intake_region(), school.intake_region.clone(), None)}
            </dl>
            {school.website.clone().map(|url| view! {
                <p><ExternalLink href=url>{strings::school_website()}</ExternalLink></p>
            })}
            <LaterPart class="school-parts">
                <section aria-labelledby="programmer">
                    <h2 id="programmer">{strings::school_programmes_heading()}</h2>
                    {notes()}
                    <PointsCalculator/>
                    {programmes()}
                </section>
            </LaterPart>
        </article>
    }
}

/// The school's programmes by level (Vg1, Vg2, Vg3), offers no longer made folded apart.
fn programmes_by_level(catalog: Arc<Catalog>, schools: Arc<Schools>, school: &School) -> AnyView {
    let mut by_level: BTreeMap<u8, Vec<SchoolProgramme>> = BTreeMap::new();
    for programme in &school.programmes {
        by_level
            .entry(programme.level)
            .or_default()
            .push(programme.clone());
    }
    let newest = newest_year(&school);
    let levels = by_level
        .into_iter()
        .map(|(level, programmes)| {
            let (earlier, current): (Vec<_>, Vec<_>) = programmes
                .into_iter()
                .partition(|p| is_earlier_offer(p, newest));
            let (catalog, schools, county) =
                (catalog.clone(), schools.clone(), school.county.clone());
            let rows = move |programmes: &[SchoolProgramme]| {
                programmes
                    .iter()
                    .map(|p| {
                        view! {
                            <ProgrammeRow catalog=catalog.clone() schools=schools.clone() county=county.clone() programme=p.clone()/>
                        }
                    })
                    .collect_view()
            };
            let earlier_count = earlier.len();
            let earlier = (earlier_count > 0).then(|| {
                let summary = strings::earlier_offers(earlier_count).into_any();
                let note = strings::earlier_offers_note(newest.unwrap_or_default());
                let lead = view! { <p class="note">{note}</p> }.into_any();
                let rows = rows.clone();
                let offers = move || view! { <ul class="school-offers">{rows(&earlier)}</ul> };
                view! {
                    <Folded summary=summary lead=lead body=offers class="earlier-offers" kept_without_script=true/>
                }
            });
            // Points from year 10 decide only Vg1; later years say how their intake works.
            let intake_note = match level {
                1 => None,
                2 => Some(strings::later_intake_vg2()),
                _ => Some(strings::later_intake_vg3()),
            };
            view! {
                <h3>{strings::vg_level(level)}</h3>
                {intake_note.map(|note| view! { <p class="note intake-note">{note}</p> })}
                <ul class="school-offers">{rows(&current)}</ul>
                {earlier}
            }
        })
        .collect_view();
    if school.programmes.is_empty() {
        view! { <p class="missing-note">{strings::school_no_programmes()}</p> }.into_any()
    } else {
        levels.into_any()
    }
}

/// One programme of the school: its name, the latest threshold, the trend, whether the
/// pupil's points reach it, every year in a small table, and where it leads.
#[component]
fn ProgrammeRow(
    catalog: Arc<Catalog>,
    schools: Arc<Schools>,
    county: String,
    programme: SchoolProgramme,
) -> impl IntoView {
    let round_of = {
        let schools = schools.clone();
        let county = county.clone();
        move |year| schools.round_of(&county, year)
    };
    let latest_cell = latest(&programme);
    let threshold =
        latest_cell.map(|(year, cell)| strings::threshold_text(cell, year, round_of(year)));
    // Only Vg1 is decided by the points from year 10.
    let reach_line = latest_cell
        .filter(|_| programme.level == 1)
        .map(|(year, cell)| {
            let pupil = pupil_points();
            move || {
                pupil.get().map(
                    |p| view! { <p class="reach">{strings::reach_text(reach(p, cell), year)}</p> },
                )
            }
        });
    let other_round = schools.county(&county).and_then(|c| c.other_round);
    let years: Vec<u16> = programme
        .thresholds
        .keys()
        .chain(programme.other_round.keys())
        .copied()
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .rev()
        .collect();
    let show_other = other_round.filter(|_| !programme.other_round.is_empty());
    let main_round = latest_cell.and_then(|(year, _)| round_of(year));
    let year_rows: Vec<(u16, String, Option<String>)> = years
        .iter()
        .map(|year| {
            // A year from another round than the column's says which.
            let round_note = round_of(*year)
                .filter(|r| Some(*r) != main_round)
                .map(|r| format!(" ({})", strings::round_column(r)))
                .unwrap_or_default();
            let main = programme
                .thresholds
                .get(year)
                .map(|c| format!("{}{round_note}", strings::cell_text(*c)))
                .unwrap_or_else(|| strings::none_dash().to_string());
            let other = show_other.map(|_| {
                programme
                    .other_round
                    .get(year)
                    .map(|c| strings::cell_text(*c))
                    .unwrap_or_else(|| strings::none_dash().to_string())
            });
            (*year, main, other)
        })
        .collect();
    let leads = match programme.code.as_deref().and_then(|c| catalog.programme(c)) {
        Some(area) => {
            let count = catalog.programme_occupations(&area.code).len();
            let text =
                strings::programme_leads_link(&crate::app::components::programme_name(area), count);
            // The occupations themselves, when the area leads to some we link.
            let list = (count > 0).then(|| {
                let href = routes::programme_list(&area.code);
                view! { " · " <Link href=href>{strings::vgs_in_list()}</Link> }
            });
            view! { <p><Link href=routes::programme(&area.code)>{text}</Link>{list}</p> }.into_any()
        }
        None => view! { <p class="note">{strings::programme_not_matched()}</p> }.into_any(),
    };
    let main_round_heading = match main_round {
        Some(round) => strings::round_column(round),
        None => strings::col_threshold().to_string(),
    };
    // Every year's points, built when the reader unfolds them.
    let table = move || {
        let rows = year_rows
            .iter()
            .map(|(year, main, other)| {
                view! {
                    <tr>
                        <th scope="row">{year.to_string()}</th>
                        <td>{main.clone()}</td>
                        {other.clone().map(|o| view! { <td>{o}</td> })}
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-wrap" tabindex="0">
            <table class="figures thresholds">
                <caption class="visually-hidden">{strings::trend_caption()}</caption>
                <thead>
                    <tr>
                        <th scope="col">{strings::col_year()}</th>
                        <th scope="col">{main_round_heading.clone()}</th>
                        {show_other.map(|r| view! { <th scope="col">{strings::round_column(r)}</th> })}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            </div>
        }
    };
    view! {
        <li class="school-offer">
            <span class="offer-name" lang="nb">{programme.name.clone()}</span>
            {threshold.map(|t| view! { <p class="threshold">{t}</p> })}
            <TrendChart values=points_by_year(&programme)/>
            {reach_line}
            <Folded summary=strings::all_years().into_any() body=table class="more-table" kept_without_script=true/>
            {leads}
        </li>
    }
}
