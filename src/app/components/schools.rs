//! Upper-secondary schools and their admission points, shared by the programme pages,
//! `/skole/<orgnr>`, the county pages and the occupation page's "Hvor i landet": the county
//! choice, one school's row with its latest threshold and trend, the county's notes and
//! sources, and "Regn ut poengene dine".

use crate::app::components::figures::SourceNote;
use crate::app::components::{programme_name, state_navigation, with_schools, ExternalLink, Link};
use crate::app::data::{local_storage, AppData};
use crate::app::routes;
use crate::app::strings;
use crate::core::catalog::Catalog;
use crate::core::format::{fixed, norwegian_sort_key};
use crate::core::model::{AdmissionCounty, Programme, SchoolProgramme, SourceId};
use crate::core::order;
use crate::core::programmes::short_name;
use crate::core::schools::{grade_average, latest, points, points_by_year, reach, Offer, Schools};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use std::sync::Arc;

/// vilbli.no, the counties' own guide to upper-secondary schools and their programmes.
pub const VILBLI_URL: &str = "https://www.vilbli.no/";

/// Where the last county chosen for schools is kept (this browser only).
const COUNTY_STORAGE_KEY: &str = "yrkesutforskeren.fylke";

/// The pupil's points from what they typed into the calculator, when it reads as grades.
pub fn pupil_points() -> Signal<Option<f64>> {
    let grades = AppData::use_context().grades;
    Signal::derive(move || grade_average(&grades.get()).ok().map(points))
}

/// The county chosen for the schools: the address's `?fylke=`, else the last choice made in
/// this browser (once the page is live: see [`AppData::live`]).
fn chosen_county(catalog: Arc<Catalog>) -> Memo<Option<String>> {
    let query = use_query_map();
    let live = AppData::use_context().live;
    Memo::new(move |_| {
        let from_address = query.read().get("fylke");
        let stored = || {
            live.get()
                .then(local_storage)
                .flatten()
                .and_then(|s| s.get_item(COUNTY_STORAGE_KEY).ok().flatten())
        };
        from_address
            .or_else(stored)
            .filter(|c| catalog.county(c).is_some())
    })
}

/// The county chosen (see [`chosen_county`]) and how to choose one: kept in the address
/// (`?fylke=`) and remembered in this browser.
pub fn county_choice(catalog: Arc<Catalog>) -> (Memo<Option<String>>, Callback<String>) {
    let county = chosen_county(catalog);
    let navigate = use_navigate();
    let location = use_location();
    let choose = Callback::new(move |chosen: String| {
        if let Some(storage) = local_storage() {
            let _ = storage.set_item(COUNTY_STORAGE_KEY, &chosen);
        }
        let path = crate::app::paths::split_address(&location.pathname.get_untracked()).1;
        let href = if chosen.is_empty() {
            path
        } else {
            format!("{path}?fylke={chosen}")
        };
        navigate(&href, state_navigation(true));
    });
    (county, choose)
}

/// "Fylke" with every county to choose from; choosing one goes through `choose`.
#[component]
pub fn CountyPicker(
    id: &'static str,
    catalog: Arc<Catalog>,
    county: Memo<Option<String>>,
    choose: Callback<String>,
) -> impl IntoView {
    let options = county_options(&catalog, county);
    view! {
        <div class="filters school-picker">
            <div class="field">
                <label for=id>{strings::where_county()}</label>
                <select
                    id=id
                    on:change=move |ev| choose.run(event_target_value(&ev))
                    prop:value=move || county.get().unwrap_or_default()
                >
                    <option value="">{strings::where_choose_county()}</option>
                    {options}
                </select>
            </div>
        </div>
    }
}

/// Every county, A–Å, as options of a select.
pub fn county_options(catalog: &Catalog, chosen: Memo<Option<String>>) -> impl IntoView {
    catalog
        .counties_by_name()
        .into_iter()
        .map(|c| {
            let code = c.code.clone();
            view! {
                <option value=c.code.clone() selected=move || chosen.get().as_deref() == Some(code.as_str())>
                    {c.name.clone()}
                </option>
            }
        })
        .collect_view()
}

/// "Skoler med dette programmet i …" on a programme area's page: a county choice (kept in the
/// address and remembered), then the county's schools with this programme and the calculator.
/// A Vg2 or later area shows it only where some county's list has it.
#[component]
pub fn ProgrammeSchools(programme: Programme) -> impl IntoView {
    with_schools(move |catalog, schools| {
        let code = programme.code.clone();
        let is_vg1 = code.as_bytes().get(5) == Some(&b'1');
        if !is_vg1 && schools.counties_offering(&code).is_empty() {
            return None;
        }
        let (county, choose) = county_choice(catalog.clone());
        let heading = {
            let catalog = catalog.clone();
            move || match county.get() {
                Some(c) => strings::schools_heading_in(&catalog.region_name(&c)),
                None => strings::schools_heading().to_string(),
            }
        };
        let results = {
            let catalog = catalog.clone();
            let schools = schools.clone();
            let code = code.clone();
            move || {
                match county.get() {
                None => {
                    // Without a choice (and without JavaScript): the counties whose schools we
                    // hold, each to its page with the list.
                    let mut links: Vec<(String, String)> = schools
                        .data()
                        .counties
                        .iter()
                        .map(|c| (catalog.region_name(&c.county), c.county.clone()))
                        .collect();
                    order::sort_by_cached_key(&mut links, |(name, _)| norwegian_sort_key(name));
                    let items = links
                        .into_iter()
                        .map(|(name, code)| view! { <li><Link href=routes::county(&code)>{name}</Link></li> })
                        .collect_view();
                    view! {
                        <p class="note">{strings::schools_pick_county()}</p>
                        <p>{strings::schools_per_county()}</p>
                        <ul class="inline-list">{items}</ul>
                    }
                    .into_any()
                }
                Some(county) => view! {
                    <CountyOffers catalog=catalog.clone() schools=schools.clone() code=code.clone() county=county/>
                }
                .into_any(),
            }
            }
        };
        Some(view! {
            <section class="schools" aria-labelledby="skoler">
                <h2 id="skoler">{heading}</h2>
                <CountyPicker id="skole-fylke" catalog=catalog.clone() county=county choose=choose/>
                <div aria-live="polite">{results}</div>
            </section>
        })
    })
}

/// The schools of one county with one programme area, or why there are none.
#[component]
pub fn CountyOffers(
    catalog: Arc<Catalog>,
    schools: Arc<Schools>,
    code: String,
    county: String,
) -> impl IntoView {
    let county_name = catalog.region_name(&county);
    let Some(admission) = schools.county(&county).cloned() else {
        return view! { <NotPublished county_name=county_name/> }.into_any();
    };
    let offers = schools.offering(&code, &county);
    let list = if offers.is_empty() {
        view! { <p class="missing-note">{strings::none_offering(&county_name)}</p> }.into_any()
    } else {
        view! { <OfferList schools=schools.clone() offers=by_school(offers)/> }.into_any()
    };
    // What the figures are comes before them: a long list is not read to its end.
    view! {
        <CountyNotes admission=admission county_name=county_name/>
        <PointsCalculator/>
        {list}
    }
    .into_any()
}

/// One school's rows for a programme area (its current name first), owned so a view can keep
/// them.
#[derive(Clone)]
struct SchoolRows {
    orgnr: String,
    school: String,
    county: String,
    programmes: Vec<SchoolProgramme>,
}

/// The offers grouped by school, in the order given; within a school the row with the latest
/// figure first.
fn by_school(offers: Vec<Offer<'_>>) -> Vec<SchoolRows> {
    let mut out: Vec<SchoolRows> = Vec::new();
    for offer in offers {
        match out.last_mut() {
            Some(last) if last.orgnr == offer.school.orgnr => {
                last.programmes.push(offer.programme.clone())
            }
            _ => out.push(SchoolRows {
                orgnr: offer.school.orgnr.clone(),
                school: offer.school.name.clone(),
                county: offer.school.county.clone(),
                programmes: vec![offer.programme.clone()],
            }),
        }
    }
    for school in &mut out {
        order::sort_by_key(&mut school.programmes, |p| {
            std::cmp::Reverse(latest(p).map(|(year, _)| year))
        });
    }
    out
}

/// One row's latest threshold with year and round, its trend, and whether the pupil's points
/// reach it.
#[component]
fn OfferRow(schools: Arc<Schools>, county: String, programme: SchoolProgramme) -> impl IntoView {
    let latest_cell = latest(&programme);
    let threshold = latest_cell
        .map(|(year, cell)| strings::threshold_text(cell, year, schools.round_of(&county, year)));
    let reach_line = latest_cell.map(|(year, cell)| {
        let pupil = pupil_points();
        move || {
            pupil
                .get()
                .map(|p| view! { <p class="reach">{strings::reach_text(reach(p, cell), year)}</p> })
        }
    });
    view! {
        <div class="offer-row">
            <span class="note" lang="nb">{programme.name.clone()}</span>
            {threshold.map(|t| view! { <p class="threshold">{t}</p> })}
            <TrendChart values=points_by_year(&programme)/>
            {reach_line}
        </div>
    }
}

/// A list of schools, each linked, with its rows for the programme area.
#[component]
fn OfferList(schools: Arc<Schools>, offers: Vec<SchoolRows>) -> impl IntoView {
    let items = offers
        .into_iter()
        .map(|school| {
            let rows = school
                .programmes
                .into_iter()
                .map(|programme| {
                    view! { <OfferRow schools=schools.clone() county=school.county.clone() programme=programme/> }
                })
                .collect_view();
            let name = school.school.clone();
            view! {
                <li class="school-offer">
                    <Link href=routes::school(&school.orgnr)><span lang="nb">{name}</span></Link>
                    {rows}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="school-offers">{items}</ul> }
}

/// What holds for every figure of a county: how it admits, which round, the caution, and the
/// county's own list.
#[component]
pub fn CountyNotes(admission: AdmissionCounty, county_name: String) -> impl IntoView {
    let admits = if admission.free_choice {
        strings::free_choice_note()
    } else {
        strings::nearness_note()
    };
    view! {
        <p class="note">
            {strings::threshold_explained()} " " {admits}
            {admission.public_schools_only.then(|| view! { " " {strings::public_only_note()} })}
            {admission.by_intake_region.then(|| view! { " " {strings::intake_region_note()} })}
        </p>
        <p class="note">
            {strings::admission_caution()} " "
            <ExternalLink href=admission.source_url.clone()>{strings::county_list_link(&county_name)}</ExternalLink>
        </p>
        <SourceNote id=SourceId::AdmissionPoints/>
    }
}

/// A county that publishes no thresholds: said plainly, with vilbli.no.
#[component]
pub fn NotPublished(county_name: String) -> impl IntoView {
    view! {
        <p class="missing-note">{strings::thresholds_not_published(&county_name)}</p>
        <p><ExternalLink href=VILBLI_URL.to_string()>{strings::vilbli_schools_link()}</ExternalLink></p>
    }
}

/// A small line chart of the points over the years; its text alternative names every figure.
/// Nothing for fewer than two years with points.
#[component]
pub fn TrendChart(values: Vec<(u16, f32)>) -> impl IntoView {
    // Whole numbers, so every figure in the drawing is written with integers only.
    const WIDTH: u16 = 160;
    const HEIGHT: u16 = 44;
    const PAD: u16 = 6;
    const LABEL: u16 = 12;
    let (width, pad) = (f32::from(WIDTH), f32::from(PAD));
    if values.len() < 2 {
        return None;
    }
    let (low, high) = values
        .iter()
        .fold((f32::MAX, f32::MIN), |(lo, hi), (_, v)| {
            (lo.min(*v), hi.max(*v))
        });
    let span = (high - low).max(1.0);
    let first = f32::from(values[0].0);
    let years = (f32::from(values[values.len() - 1].0) - first).max(1.0);
    let plot = f32::from(HEIGHT - LABEL - PAD);
    let at = |(year, value): (u16, f32)| {
        let x = pad + (f32::from(year) - first) / years * (width - 2.0 * pad);
        let y = pad + (high - value) / span * (plot - pad);
        (x, y)
    };
    let line: Vec<String> = values
        .iter()
        .map(|v| {
            let (x, y) = at(*v);
            format!("{},{}", fixed(x.into(), 1), fixed(y.into(), 1))
        })
        .collect();
    let dots = values
        .iter()
        .map(|v| {
            let (x, y) = at(*v);
            view! { <circle cx=fixed(x.into(), 1) cy=fixed(y.into(), 1) r="2.5"/> }
        })
        .collect_view();
    let label = strings::trend_label(&values);
    let first_year = values[0].0.to_string();
    let last_year = values[values.len() - 1].0.to_string();
    Some(view! {
        <svg class="trend" viewBox=format!("0 0 {WIDTH} {HEIGHT}") width=WIDTH height=HEIGHT role="img" aria-label=label>
            <polyline points=line.join(" ")/>
            {dots}
            <text x=PAD y=HEIGHT - 1 aria-hidden="true">{first_year}</text>
            <text x=WIDTH - PAD y=HEIGHT - 1 text-anchor="end" aria-hidden="true">{last_year}</text>
        </svg>
    })
}

/// "Regn ut poengene dine": grade average or grades in, points out, in one sentence; every
/// school list on the page then says whether they would have been enough. Nothing is stored
/// or sent: the text lives in the running app only.
#[component]
pub fn PointsCalculator() -> impl IntoView {
    let grades = AppData::use_context().grades;
    let answer = Signal::derive(move || match grade_average(&grades.get()) {
        Ok(average) => Some(strings::your_points(points(average), average)),
        Err(error) => strings::grades_error(error).map(str::to_string),
    });
    view! {
        <div class="calculator">
            <h3>{strings::calculator_heading()}</h3>
            <GradesField
                id="karakterer"
                grades=grades
                label=strings::calculator_label()
                hint=strings::calculator_hint()
                answer=answer
            />
            <p class="note">{strings::calculator_rule()} " " {strings::calculator_private()}</p>
        </div>
    }
}

/// A text field for grades, its example, and the answer read to screen readers as it changes
/// (`<id>-hint`, `<id>-svar`). What is typed stays in `grades`: never stored or sent.
#[component]
pub fn GradesField(
    id: &'static str,
    grades: RwSignal<String>,
    label: &'static str,
    hint: &'static str,
    answer: Signal<Option<String>>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let answer_id = format!("{id}-svar");
    view! {
        <label for=id>{label}</label>
        <input
            id=id
            type="text"
            inputmode="decimal"
            autocomplete="off"
            aria-describedby=format!("{hint_id} {answer_id}")
            prop:value=move || grades.get()
            on:input=move |ev| grades.set(event_target_value(&ev))
        />
        <p id=hint_id class="hint">{hint}</p>
        <p id=answer_id class="points-answer" aria-live="polite">{move || answer.get()}</p>
    }
}

/// The schools of the first step (the Vg1 programme areas) in one county, for "Hvor i landet".
#[component]
pub fn FirstStepSchools(vg1: Vec<Programme>, county: String) -> impl IntoView {
    with_schools(move |catalog, schools| {
        let county_name = catalog.region_name(&county);
        let Some(admission) = schools.county(&county).cloned() else {
            return view! { <NotPublished county_name=county_name.clone()/> }.into_any();
        };
        let blocks = vg1
            .iter()
            .map(|programme| {
                let offers = schools.offering(&programme.code, &county);
                let title = strings::schools_in(short_name(programme), &county_name);
                let list = if offers.is_empty() {
                    view! { <p class="missing-note">{strings::none_offering(&county_name)}</p> }
                        .into_any()
                } else {
                    view! { <OfferList schools=schools.clone() offers=by_school(offers)/> }
                        .into_any()
                };
                let name = programme_name(programme);
                view! {
                    <h4>{title}</h4>
                    {list}
                    <p><Link href=routes::programme(&programme.code)>{name}</Link></p>
                }
            })
            .collect_view();
        view! {
            <CountyNotes admission=admission county_name=county_name.clone()/>
            <PointsCalculator/>
            {blocks}
        }
        .into_any()
    })
}

/// A county's schools as links, for the county page.
#[component]
pub fn CountySchoolList(county: String) -> impl IntoView {
    with_schools(move |catalog, schools| {
        let county_name = catalog.region_name(&county);
        let heading = strings::upper_secondary_schools_in(&county_name);
        let body = match schools.county(&county).cloned() {
            None => view! { <NotPublished county_name=county_name.clone()/> }.into_any(),
            Some(admission) => {
                let items = schools
                    .in_county(&county)
                    .into_iter()
                    .map(|school| {
                        let place = school
                            .municipality
                            .as_deref()
                            .map(|m| catalog.region_name(m));
                        let name = school.name.clone();
                        view! {
                            <li>
                                <Link href=routes::school(&school.orgnr)><span lang="nb">{name}</span></Link>
                                {place.map(|p| view! { " " <span class="note">{p}</span> })}
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <CountyNotes admission=admission county_name=county_name.clone()/>
                    <ul class="columns">{items}</ul>
                }
                .into_any()
            }
        };
        view! {
            <section aria-labelledby="vgs-skoler">
                <h2 id="vgs-skoler">{heading}</h2>
                {body}
            </section>
        }
    })
}
