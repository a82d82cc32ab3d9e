//! `/vgs` (every Vg1 programme area, with what it leads to) and `/vgs/<code>` (the tree from a
//! programme area to lærefag and occupations, with salary and people in work).

use crate::app::components::compare::CompareToggle;
use crate::app::components::figures::{
    employed_summary, median_summary, salary_spread_summary, SourceNote,
};
use crate::app::components::folded::Folded;
use crate::app::components::later::LaterPart;
use crate::app::components::schools::ProgrammeSchools;
use crate::app::components::{breakable, programme_name, set_title, with_catalog, Link};
use crate::app::pages::not_found::NotFound;
use crate::app::routes;
use crate::app::strings;
use crate::core::catalog::Catalog;
use crate::core::model::{Programme, SourceId};
use crate::core::programmes::{code_from_address, ProgrammeKind};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use std::sync::Arc;

/// Steps below the page's own programme area shown in the tree (Vg2, Vg3/lærefag, Vg4).
const TREE_DEPTH: usize = 4;

#[component]
pub fn VgsIndexPage() -> impl IntoView {
    set_title(strings::vgs_title());
    view! {
        <h1>{strings::vgs_title()}</h1>
        <p class="lead">{strings::vgs_lead()}</p>
        {with_catalog(|catalog| view! { <Vg1List catalog=catalog/> })}
    }
}

/// Every Vg1 programme area as a card: lærefag, occupations and their salary spread.
#[component]
pub fn Vg1List(catalog: Arc<Catalog>) -> impl IntoView {
    let cards = catalog
        .vg1_programmes()
        .into_iter()
        .map(|programme| {
            let occupations = catalog.programme_occupations(&programme.code);
            let counts = strings::vgs_counts(
                catalog.programme_apprenticeships(&programme.code),
                occupations.len(),
            );
            let spread = salary_spread_summary(&catalog, &occupations);
            let name = programme_name(programme);
            let none = occupations.is_empty().then(no_occupations_note);
            view! {
                <li class="vgs-card">
                    <h2><Link href=routes::programme(&programme.code)>{name}</Link></h2>
                    <p>{counts}</p>
                    <p class="figure">{spread}</p>
                    {none}
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="vgs-cards">{cards}</ul>
        <SourceNote id=SourceId::UpperSecondary/>
        <SourceNote id=SourceId::Salary/>
    }
}

#[component]
pub fn VgsProgrammePage() -> impl IntoView {
    let params = use_params_map();
    let code = Memo::new(move |_| params.read().get("code").unwrap_or_default());
    with_catalog(move |catalog| {
        let typed = code.get();
        let found = code_from_address(&typed).and_then(|c| catalog.programme(&c).cloned());
        match found {
            Some(programme) => {
                set_title(&programme_name(&programme));
                view! { <ProgrammeTree catalog=catalog.clone() programme=programme/> }.into_any()
            }
            None => {
                let suggestions: Vec<_> = catalog
                    .suggest_programmes(&typed, 8)
                    .into_iter()
                    .map(|p| (routes::programme(&p.code), programme_name(p)))
                    .collect();
                view! {
                    <NotFound message=strings::programme_not_found(&typed) suggestions=suggestions/>
                }
                .into_any()
            }
        }
    })
}

/// For a programme area the data links to no occupation: say so, and offer the occupations
/// that need higher education (a list, not a link the data makes).
fn no_occupations_note() -> impl IntoView {
    view! {
        <p class="note">
            {strings::vgs_no_occupations()}" "
            <Link href=routes::higher_education_list()>{strings::vgs_higher_link()}</Link>
        </p>
    }
}

/// One programme area: where it sits (the way from Vg1), what it leads to as a tree, and the
/// same as a table.
#[component]
fn ProgrammeTree(catalog: Arc<Catalog>, programme: Programme) -> impl IntoView {
    let way = catalog.programme_way(&programme.code);
    let breadcrumbs = (way.len() > 1).then(|| {
        let steps = way
            .iter()
            .map(|step| {
                let text = programme_name(step);
                if step.code == programme.code {
                    view! { <li aria-current="page">{text}</li> }.into_any()
                } else {
                    let href = routes::programme(&step.code);
                    view! { <li><Link href=href>{text}</Link></li> }.into_any()
                }
            })
            .collect_view();
        view! {
            <nav aria-label=strings::vgs_way_label() class="breadcrumbs">
                <ol>{steps}</ol>
            </nav>
        }
    });
    let occupations = catalog.programme_occupations(&programme.code);
    let spread = salary_spread_summary(&catalog, &occupations);
    let summary = if ProgrammeKind::of(&programme) == ProgrammeKind::Apprenticeship {
        strings::vgs_trade_leads_to(occupations.len(), &spread)
    } else {
        strings::vgs_leads_to(
            catalog.programme_apprenticeships(&programme.code),
            occupations.len(),
            &spread,
        )
    };
    let qualification = programme
        .qualification
        .clone()
        .map(|q| view! { <p>{strings::vgs_qualification(&q)}</p> });
    // The tree is built with its part (`LaterPart`), in a task of its own.
    let tree = {
        let (catalog, programme) = (catalog.clone(), programme.clone());
        move || branches(catalog, programme, 0)
    };
    let table = {
        let (catalog, programme) = (catalog.clone(), programme.clone());
        move || {
            let rows = table_rows(&catalog, &programme);
            if rows.is_empty() {
                view! { <p class="missing-note">{strings::vgs_no_occupations()}</p> }.into_any()
            } else {
                view! { <TreeTable rows=rows/> }.into_any()
            }
        }
    };
    view! {
        {breadcrumbs}
        <h1>{breakable(&programme_name(&programme))}</h1>
        <p class="lead">{summary}</p>
        {qualification}
        <section aria-labelledby="veien-videre">
            <h2 id="veien-videre">{strings::vgs_tree_heading()}</h2>
            <p class="hint">{strings::vgs_tree_hint()}</p>
            <LaterPart class="vgs-tree">{tree()}</LaterPart>
        </section>
        <Folded summary=strings::vgs_table_summary().into_any() body=table class="vgs-table" kept_without_script=true/>
        {if occupations.is_empty() {
            no_occupations_note().into_any()
        } else {
            let href = routes::programme_list(&programme.code);
            view! { <p><Link href=href>{strings::vgs_in_list()}</Link></p> }.into_any()
        }}
        <LaterPart class="programme-schools">
            <ProgrammeSchools programme=programme.clone()/>
        </LaterPart>
        <p><Link href=routes::VGS>{strings::vgs_all_link()}</Link></p>
        <SourceNote id=SourceId::UpperSecondary/>
        <SourceNote id=SourceId::Salary/>
        <SourceNote id=SourceId::Employment/>
    }
}

/// What comes after `programme`: its own occupations (a lærefag's), then each programme area
/// one can continue to, folded (`<details>`, opened and closed by keyboard like any button).
/// A fold's content is built when it opens; without JavaScript each fold links to its step's
/// own page, and the table below holds every way whole.
fn branches(catalog: Arc<Catalog>, programme: Programme, depth: usize) -> AnyView {
    let own = (!programme.occupations.is_empty()
        || ProgrammeKind::of(&programme) == ProgrammeKind::Apprenticeship)
        .then(|| occupation_list(&catalog, &programme));
    let next: Vec<Programme> = if depth < TREE_DEPTH {
        programme
            .next
            .iter()
            .filter_map(|code| catalog.programme(code).cloned())
            .collect()
    } else {
        Vec::new()
    };
    let branches = next
        .into_iter()
        .map(|child| {
            let count = catalog.programme_occupations(&child.code).len();
            let heading = format!(
                "{} · {}",
                programme_name(&child),
                strings::vgs_branch_count(count)
            );
            let heading = breakable(&heading);
            let page = routes::programme(&child.code);
            let page_label = strings::vgs_open_page(&programme_name(&child));
            let lead = view! { <p class="note"><Link href=page>{page_label}</Link></p> }.into_any();
            let catalog = catalog.clone();
            let inner = move || branches(catalog.clone(), child.clone(), depth + 1);
            view! {
                <li>
                    <Folded summary=heading lead=lead body=inner/>
                </li>
            }
        })
        .collect_view();
    view! {
        {own}
        <ul class="vgs-branches">{branches}</ul>
    }
    .into_any()
}

/// A lærefag's occupations with salary, people in work and the compare button; or that the
/// data links it to none.
fn occupation_list(catalog: &Catalog, programme: &Programme) -> AnyView {
    let occupations: Vec<usize> = programme
        .occupations
        .iter()
        .filter_map(|slug| catalog.position(slug))
        .collect();
    if occupations.is_empty() {
        return view! { <p class="missing-note">{strings::vgs_no_occupations()}</p> }.into_any();
    }
    let items = occupations
        .into_iter()
        .map(|position| {
            let occupation = catalog.occupations()[position].clone();
            let facet = &catalog.facets()[position];
            let facts: Vec<String> = [median_summary(facet), employed_summary(facet)]
                .into_iter()
                .flatten()
                .collect();
            let facts = if facts.is_empty() {
                strings::vgs_no_figures().to_string()
            } else {
                facts.join(" · ")
            };
            let title = occupation.title.clone();
            let href = routes::occupation(&occupation.slug);
            let name = occupation.title.clone();
            view! {
                <li class="vgs-occupation">
                    <Link href=href>{name}</Link>
                    " "
                    <span class="figure">{facts}</span>
                    <CompareToggle slug=Signal::stored(occupation.slug.clone()) title=Signal::stored(title) compact=true/>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="vgs-occupations">{items}</ul> }.into_any()
}

/// One row per way from the page's programme area to an occupation.
#[derive(Clone)]
struct TableRow {
    steps: Vec<String>,
    occupation: Option<(String, String)>,
    median: String,
    employed: String,
}

fn table_rows(catalog: &Catalog, programme: &Programme) -> Vec<TableRow> {
    fn walk(
        catalog: &Catalog,
        programme: &Programme,
        trail: &mut Vec<String>,
        rows: &mut Vec<TableRow>,
    ) {
        if trail.len() > TREE_DEPTH + 1 {
            return;
        }
        trail.push(programme_name(programme));
        for slug in &programme.occupations {
            if let Some(position) = catalog.position(slug) {
                let occupation = &catalog.occupations()[position];
                let facet = &catalog.facets()[position];
                rows.push(TableRow {
                    steps: trail[1..].to_vec(),
                    occupation: Some((routes::occupation(slug), occupation.title.clone())),
                    median: median_summary(facet)
                        .unwrap_or_else(|| strings::vgs_missing_figure().into()),
                    employed: employed_summary(facet)
                        .unwrap_or_else(|| strings::vgs_missing_figure().into()),
                });
            }
        }
        for code in &programme.next {
            if let Some(next) = catalog.programme(code) {
                walk(catalog, next, trail, rows);
            }
        }
        trail.pop();
    }
    let mut rows = Vec::new();
    walk(catalog, programme, &mut Vec::new(), &mut rows);
    rows
}

#[component]
fn TreeTable(rows: Vec<TableRow>) -> impl IntoView {
    let body = rows
        .into_iter()
        .map(|row| {
            let way = if row.steps.is_empty() {
                strings::vgs_here().to_string()
            } else {
                row.steps.join(" → ")
            };
            let way = breakable(&way);
            let occupation = row.occupation.map(
                |(href, title)| view! { <Link href=href><span lang="nb">{title}</span></Link> },
            );
            view! {
                <tr>
                    <td>{way}</td>
                    <th scope="row">{occupation}</th>
                    <td>{row.median}</td>
                    <td>{row.employed}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap" tabindex="0">
            <table class="figures">
                <caption>{strings::vgs_table_caption()}</caption>
                <thead><tr>
                    <th scope="col">{strings::vgs_table_way()}</th>
                    <th scope="col">{strings::vgs_table_occupation()}</th>
                    <th scope="col">{strings::vgs_table_salary()}</th>
                    <th scope="col">{strings::vgs_table_employed()}</th>
                </tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
